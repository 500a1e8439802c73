import type { ModelDomain } from './model-domains.js'

/** The financial statement analysis test's domains, each served by one scenario model. */
export const FSA_DOMAINS = {
  fsaLiquidity: {
    id: 'fsa-liquidity',
    title: 'Liquidity, solvency and coverage',
    itemModelIds: ['fsa-liquidity'],
    outcome:
      'Work out current, quick and cash ratios, working capital, debt-to-equity, gearing, net debt to EBITDA, and interest, fixed-charge and debt service cover from a company’s statements',
  },
  fsaProfitability: {
    id: 'fsa-profitability',
    title: 'Profitability, returns and DuPont',
    itemModelIds: ['fsa-profitability'],
    outcome:
      'Work out margins, returns on average or closing assets, equity and capital employed, ROIC, EPS and the effective tax rate, and decompose ROE by the three- and five-step DuPont identities',
  },
  fsaEfficiency: {
    id: 'fsa-efficiency',
    title: 'Working-capital days and asset turnover',
    itemModelIds: ['fsa-efficiency'],
    outcome:
      'Work out DSO, DIO, DPO and the cash conversion cycle on the stated day count and balance convention, the cash freed by shorter days, and asset, fixed-asset and working-capital turnover',
  },
  fsaTrend: {
    id: 'fsa-trend',
    title: 'Common-size and horizontal analysis',
    itemModelIds: ['fsa-trend'],
    outcome:
      'Prepare common-size income statements and balance sheets, horizontal changes, index numbers and CAGR, tell percentage points from percent changes, and read operating leverage, payout and sustainable growth',
  },
  fsaCashFlow: {
    id: 'fsa-cash-flow',
    title: 'Cash-flow statements and earnings quality',
    itemModelIds: ['fsa-cash-flow'],
    outcome:
      'Derive operating cash flow by the indirect method, direct-method receipts and payments, tax, interest and dividends paid, capital expenditure and free cash flow, and measure earnings quality by cash conversion and accruals ratios',
  },
  fsaQuality: {
    id: 'fsa-quality',
    title: 'Adjusted figures, red flags and IFRS–US GAAP differences',
    itemModelIds: ['fsa-quality'],
    outcome:
      'Build EBITDA and adjusted, normalised, organic and constant-currency figures, restate LIFO to FIFO, screen with Beneish indices, read red flags in ratio changes, and apply stable IFRS and US GAAP presentation differences',
  },
} as const satisfies Record<string, ModelDomain>
