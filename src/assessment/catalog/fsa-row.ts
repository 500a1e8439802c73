import { type CatalogRow, row } from './catalog-row.js'

/** Financial statement analysis as a freelance financial analyst practises it. */
export const FSA_ROW: CatalogRow = row(
  'financial-statement-analysis',
  'Financial statement analysis',
  'Finance',
  6,
  30,
  [
    ['fsaLiquidity', 17],
    ['fsaProfitability', 17],
    ['fsaEfficiency', 16],
    ['fsaTrend', 13],
    ['fsaCashFlow', 17],
    ['fsaQuality', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial analyst is hired by lenders, investors, acquirers and owners to read ' +
      'a company’s statements and say what they show: whether it can pay its debts, how it earns ' +
      'its returns, how fast cash turns, where the trend is going, whether the profit is backed ' +
      'by cash, and what the adjusted figures hide. Liquidity, solvency and coverage (current, ' +
      'quick and cash ratios, working capital, debt-to-equity, gearing, net debt to EBITDA, ' +
      'interest, fixed-charge and debt service cover), the first questions of every credit ' +
      'review: 17 %. Profitability and DuPont (margins, ROA, ROE, ROCE, ROIC, EPS, the three- ' +
      'and five-step decompositions): 17 %. Working-capital efficiency (DSO, DIO, DPO, the cash ' +
      'conversion cycle, turnovers), the usual lever in a lending or turnaround brief: 16 %. ' +
      'Common-size and horizontal analysis (vertical shares, changes, index numbers, CAGR, ' +
      'percentage points against percent, operating leverage, payout and sustainable growth): ' +
      '13 %. The cash-flow statement (indirect-method operating cash flow, direct-method ' +
      'receipts and payments, capital expenditure, free cash flow, cash conversion and accruals ' +
      'ratios): 17 %. Adjusted figures and judgement (EBITDA and adjusted EBITDA, non-recurring ' +
      'items after tax, organic and constant-currency growth, LIFO to FIFO, Beneish indices, red ' +
      'flags in ratio changes, and stable IFRS–US GAAP differences such as LIFO, revaluation, ' +
      'impairment reversals, lease cost and cash-flow classification under ASC 230), weighted ' +
      'highest because it is where clients most need an outside view: 20 %. Every day count (365 ' +
      'or 360, or a 90-day quarter), whether balances are averaged or closing, what counts as ' +
      'debt, and each rounding an item depends on is stated in its stem. Not tested: valuation ' +
      'and forecasting models (a separate financial modelling test), bookkeeping entries, tax ' +
      'law, auditing standards, any one data terminal or spreadsheet, and IFRS–US GAAP points ' +
      'still changing (such as the interest-paid choice under IFRS 18).',
  },
)
