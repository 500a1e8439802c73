import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Company,
  company,
  drawn,
  family,
  figures,
  pct,
  symbol,
  thousands,
  times,
} from './fsa-text.js'

// Profitability and the DuPont decomposition: margins over revenue, returns over average
// balances when the stem says so, ROE as margin x asset turnover x equity multiplier, and the
// five-step split into tax burden, interest burden, operating margin, turnover and leverage.

export const PROFITABILITY_FAMILIES: readonly ScenarioFamily[] = [
  family('gross-margin-from-income-statement', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 2000, 12000, 10)
    const cogs = Math.round(rev * rng.pick([0.45, 0.55, 0.62, 0.7]))
    const opex = drawn(rng, 200, Math.floor((rev - cogs) * 0.8), 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)} reports revenue ${m(rev)}, cost of sales ${m(cogs)} and operating expenses ${m(opex)}. What is the gross margin (one decimal place)?`,
      in: { rev, cogs, opex },
      key: (rev - cogs) / rev,
      wrong: [
        ['markup', (rev - cogs) / cogs, 'divides gross profit by cost of sales (markup)'],
        ['operating', (rev - cogs - opex) / rev, 'takes operating expenses off too'],
        ['costShare', cogs / rev, 'gives cost of sales as a share of revenue'],
        ['gpOverCosts', (rev - cogs) / (cogs + opex), 'divides gross profit by total costs'],
      ],
    })
  }),
  family('operating-margin', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 2000, 12000, 10)
    const gp = Math.round(rev * rng.pick([0.35, 0.42, 0.5]))
    const opex = drawn(rng, 100, Math.floor(gp * 0.8), 10)
    const int = drawn(rng, 10, 120, 5)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, gross profit ${m(gp)}, selling and administrative expenses ${m(opex)}, interest expense ${m(int)}. What is the operating (EBIT) margin to one decimal place?`,
      in: { rev, gp, opex, int },
      key: (gp - opex) / rev,
      wrong: [
        ['gross', gp / rev, 'gives the gross margin'],
        ['afterInt', (gp - opex - int) / rev, 'takes interest off, a pre-tax margin'],
        ['overGp', (gp - opex) / gp, 'divides operating profit by gross profit'],
      ],
    })
  }),
  family('net-margin-after-tax', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 2000, 12000, 10)
    const ebt = Math.round(rev * rng.pick([0.06, 0.09, 0.12, 0.15]))
    const tax = Math.round(ebt * rng.pick([0.2, 0.25, 0.3]))
    return figures(rng, pct(1), {
      stem: `${Company(rng)} had revenue of ${m(rev)}, profit before tax of ${m(ebt)} and income tax expense of ${m(tax)}. What is the net profit margin (one decimal place)?`,
      in: { rev, ebt, tax },
      key: (ebt - tax) / rev,
      wrong: [
        ['preTax', ebt / rev, 'uses profit before tax'],
        ['taxRate', tax / ebt, 'gives the effective tax rate'],
        ['overEbt', (ebt - tax) / ebt, 'divides net profit by profit before tax (tax burden)'],
        ['taxShare', tax / rev, 'gives tax as a share of revenue'],
        ['plusTax', (ebt + tax) / rev, 'adds tax instead of deducting it'],
      ],
    })
  }),
  family('return-on-average-assets', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 100, 900, 5)
    const open = drawn(rng, 3000, 9000, 10)
    const close = drawn(rng, 3000, 9000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)} earned net income of ${m(ni)}. Total assets were ${m(open)} at the start of the year and ${m(close)} at the end. Using average total assets (mean of opening and closing), what is return on assets (one decimal place)?`,
      in: { ni, open, close },
      key: ni / ((open + close) / 2),
      wrong: [
        ['closing', ni / close, 'uses closing total assets'],
        ['opening', ni / open, 'uses opening total assets'],
        ['noHalf', ni / (open + close), 'adds the two balances without halving'],
      ],
    })
  }),
  family('return-on-average-equity', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 100, 900, 5)
    const div = drawn(rng, 20, Math.floor(ni * 0.6), 5)
    const open = drawn(rng, 1500, 5000, 10)
    const close = open + ni - div
    return figures(rng, pct(1), {
      stem: `${Company(rng)} began the year with equity of ${m(open)}, earned net income of ${m(ni)} and paid dividends of ${m(div)}; there were no other equity movements. Using average equity (mean of opening and closing), what is ROE (one decimal place)?`,
      in: { ni, div, open },
      key: ni / ((open + close) / 2),
      wrong: [
        ['opening', ni / open, 'uses opening equity'],
        ['closing', ni / close, 'uses closing equity'],
        ['retained', (ni - div) / ((open + close) / 2), 'uses profit retained after dividends'],
        ['noDiv', ni / ((open + open + ni) / 2), 'forgets to take dividends off closing equity'],
      ],
    })
  }),
  family('dupont-three-step-roe', (rng) => {
    const margin = rng.pick([0.04, 0.05, 0.06, 0.08, 0.1, 0.12])
    const turn = rng.pick([0.8, 1.2, 1.5, 1.8, 2.2])
    const mult = rng.pick([1.5, 1.8, 2, 2.5, 3])
    return figures(rng, pct(1), {
      stem: `An analyst decomposes ${company(rng)}'s ROE with the three-step DuPont identity: net profit margin ${(margin * 100).toFixed(1)}%, asset turnover ${turn.toFixed(2)}x, equity multiplier (assets over equity) ${mult.toFixed(2)}x. What is ROE (one decimal place)?`,
      in: { margin, turn, mult },
      key: margin * turn * mult,
      wrong: [
        ['roa', margin * turn, 'stops at ROA, leaving out the equity multiplier'],
        [
          'divide',
          (margin * turn) / mult,
          'divides by the equity multiplier instead of multiplying',
        ],
        [
          'deRatio',
          margin * turn * (mult - 1),
          'multiplies by debt-to-equity instead of assets over equity',
        ],
        ['noTurnover', margin * mult, 'leaves asset turnover out'],
      ],
    })
  }),
  family('dupont-equity-multiplier-from-debt-ratio', (rng) => {
    const d = rng.pick([0.2, 0.25, 0.4, 0.5, 0.6, 0.75])
    return figures(rng, times(2), {
      stem: `${Company(rng)} finances its assets ${(d * 100).toFixed(0)}% with liabilities and the rest with equity. What equity multiplier (total assets over equity) goes into its DuPont ROE (two decimal places)?`,
      in: { d },
      key: 1 / (1 - d),
      wrong: [
        ['de', d / (1 - d), 'gives debt-to-equity'],
        ['debtInv', 1 / d, 'inverts the liabilities share instead of the equity share'],
        ['onePlus', 1 + d, 'adds the debt ratio to one'],
        ['equityShare', 1 - d, 'gives the equity share of assets'],
      ],
    })
  }),
  family('dupont-five-step-tax-burden', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 400, 3000, 10)
    const int = drawn(rng, 30, Math.floor(ebit * 0.4), 5)
    const tax = Math.round((ebit - int) * rng.pick([0.2, 0.25, 0.3]))
    return figures(rng, times(3), {
      stem: `${Company(rng)}: EBIT ${m(ebit)}, interest ${m(int)}, income tax ${m(tax)}. In the five-step DuPont split, what is the tax burden (net income over profit before tax, three decimal places)?`,
      in: { ebit, int, tax },
      key: (ebit - int - tax) / (ebit - int),
      wrong: [
        ['rate', tax / (ebit - int), 'gives the effective tax rate instead of one minus it'],
        ['interest', (ebit - int) / ebit, 'gives the interest burden'],
        ['overEbit', (ebit - int - tax) / ebit, 'divides net income by EBIT, mixing two burdens'],
        ['taxOverNi', tax / (ebit - int - tax), 'divides tax by net income'],
        ['ebitBase', 1 - tax / ebit, 'divides tax by EBIT, not profit before tax'],
      ],
    })
  }),
  family('dupont-five-step-interest-burden', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 400, 3000, 10)
    const int = drawn(rng, 30, Math.floor(ebit * 0.4), 5)
    return figures(rng, times(3), {
      stem: `${Company(rng)} reports EBIT of ${m(ebit)} and interest expense of ${m(int)}. What is the interest burden in the five-step DuPont split (profit before tax over EBIT, three decimal places)?`,
      in: { ebit, int },
      key: (ebit - int) / ebit,
      wrong: [
        ['share', int / ebit, 'gives interest as a share of EBIT'],
        ['overPbt', ebit / (ebit - int), 'puts EBIT over profit before tax'],
        ['overInt', int / (ebit - int), 'puts interest over profit before tax'],
        ['plus', (ebit + int) / ebit, 'adds interest instead of deducting it'],
        ['cover', ebit / int, 'gives interest cover'],
      ],
    })
  }),
  family('roce-capital-employed', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 300, 2000, 10)
    const ta = drawn(rng, 4000, 12000, 10)
    const cl = drawn(rng, 500, 2500, 10)
    const ni = Math.round(ebit * 0.6)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: EBIT ${m(ebit)}, net income ${m(ni)}, total assets ${m(ta)}, current liabilities ${m(cl)}. Using closing capital employed (total assets less current liabilities), what is ROCE (one decimal place)?`,
      in: { ebit, ta, cl, ni },
      key: ebit / (ta - cl),
      wrong: [
        ['assets', ebit / ta, 'divides by total assets, not capital employed'],
        ['netIncome', ni / (ta - cl), 'uses net income instead of EBIT'],
        ['addCl', ebit / (ta + cl), 'adds current liabilities instead of deducting them'],
      ],
    })
  }),
  family('basic-eps-preference-dividends', (rng) => {
    const ni = drawn(rng, 800, 6000, 10) * 1000
    const pref = drawn(rng, 50, 400, 10) * 1000
    const sh = drawn(rng, 2, 12) * 1000000
    const ord = drawn(rng, 50, 400, 10) * 1000
    const c = symbol(rng)
    const money = (v: number) => `${c}${v.toLocaleString('en-US')}`
    return figures(rng, (v) => `${c}${v.toFixed(2)}`, {
      stem: `${Company(rng)} earned net income of ${money(ni)}, declared preference dividends of ${money(pref)} and ordinary dividends of ${money(ord)}. ${sh.toLocaleString('en-US')} ordinary shares were outstanding all year. What is basic EPS (two decimal places)?`,
      in: { ni, pref, sh, ord },
      key: (ni - pref) / sh,
      wrong: [
        ['noPref', ni / sh, 'does not deduct preference dividends'],
        ['bothDiv', (ni - pref - ord) / sh, 'also deducts ordinary dividends'],
        ['addPref', (ni + pref) / sh, 'adds preference dividends back'],
      ],
    })
  }),
  family('weighted-average-shares-issue', (rng) => {
    const open = drawn(rng, 2, 10) * 1000000
    const issue = drawn(rng, 2, 20) * 100000
    const month = rng.int(2, 11)
    const months = [
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
    ]
    const name = months[month - 2]!
    const outstanding = 12 - (month - 1)
    const n = (v: number) => Math.round(v).toLocaleString('en-US')
    return figures(rng, (v) => `${n(v)} shares`, {
      stem: `${Company(rng)} had ${n(open)} ordinary shares at 1 January and issued ${n(issue)} new shares for cash on 1 ${name}; its year ends 31 December. Weighting by whole months, what is the weighted average number of shares for basic EPS?`,
      in: { open, issue, outstanding },
      key: open + (issue * outstanding) / 12,
      wrong: [
        ['closing', open + issue, 'uses the closing number of shares'],
        ['opening', open, 'uses the opening number, ignoring the issue'],
        [
          'elapsed',
          open + (issue * (12 - outstanding)) / 12,
          'weights the issue by the months before it, not after',
        ],
        ['half', open + issue / 2, 'counts the issue for half the year regardless of its date'],
        [
          'lateStart',
          open + (issue * (outstanding - 1)) / 12,
          'leaves out the month the shares were issued in',
        ],
      ],
    })
  }),
  family('effective-tax-rate', (rng) => {
    const m = thousands(symbol(rng))
    const ebt = drawn(rng, 300, 3000, 10)
    const tax = Math.round(ebt * rng.pick([0.18, 0.22, 0.27, 0.31]))
    const rev = drawn(rng, 5000, 20000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, profit before tax ${m(ebt)}, income tax expense ${m(tax)}. What is the effective tax rate (one decimal place)?`,
      in: { ebt, tax, rev },
      key: tax / ebt,
      wrong: [
        ['overNet', tax / (ebt - tax), 'divides tax by profit after tax'],
        ['overRev', tax / rev, 'divides tax by revenue'],
        ['burden', (ebt - tax) / ebt, 'gives one minus the rate (the tax burden)'],
      ],
    })
  }),
  family('roic-from-nopat', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 400, 2500, 10)
    const t = rng.pick([0.2, 0.25, 0.3])
    const debt = drawn(rng, 1000, 5000, 10)
    const eq = drawn(rng, 1500, 6000, 10)
    const cash = drawn(rng, 100, 800, 10)
    const ic = debt + eq - cash
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: EBIT ${m(ebit)}, tax rate ${(t * 100).toFixed(0)}%, borrowings ${m(debt)}, equity ${m(eq)}, cash ${m(cash)}. Taking invested capital as borrowings plus equity less cash, and NOPAT as EBIT times one minus the tax rate, what is ROIC (one decimal place)?`,
      in: { ebit, t, debt, eq, cash },
      key: (ebit * (1 - t)) / ic,
      wrong: [
        ['preTax', ebit / ic, 'uses EBIT before tax'],
        ['withCash', (ebit * (1 - t)) / (debt + eq), 'keeps cash in invested capital'],
        ['equityOnly', (ebit * (1 - t)) / eq, 'divides by equity alone'],
      ],
    })
  }),
  family('margin-change-in-percentage-points', (rng) => {
    const r0 = drawn(rng, 2000, 8000, 10)
    const r1 = Math.round(r0 * rng.pick([1.05, 1.1, 1.15, 0.92]))
    const p0 = Math.round(r0 * rng.pick([0.08, 0.1, 0.12]))
    const p1 = Math.round(r1 * rng.pick([0.06, 0.14, 0.15]))
    const m = thousands(symbol(rng))
    const mg0 = p0 / r0
    const mg1 = p1 / r1
    return figures(rng, (v) => `${v < 0 ? '-' : '+'}${Math.abs(v * 100).toFixed(2)} points`, {
      stem: `${Company(rng)}'s operating profit was ${m(p0)} on revenue of ${m(r0)} last year and ${m(p1)} on ${m(r1)} this year. By how many percentage points did the operating margin change (two decimal places)?`,
      in: { r0, r1, p0, p1 },
      key: mg1 - mg0,
      wrong: [
        ['relative', mg1 / mg0 - 1, 'gives the relative (percent) change of the margin'],
        ['gap', (p1 - p0) / r1, 'divides the profit change by this year’s revenue'],
        ['lastRevenue', (p1 - p0) / r0, 'divides the profit change by last year’s revenue'],
        ['avgRevenue', (p1 - p0) / ((r0 + r1) / 2), 'divides the profit change by average revenue'],
      ],
      signed: true,
    })
  }),
  family('return-on-equity-with-preference-shares', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2000, 10)
    const pdiv = drawn(rng, 20, 120, 5)
    const pref = drawn(rng, 200, 1000, 10)
    const ord = drawn(rng, 1500, 6000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)} earned net income of ${m(ni)} and paid preference dividends of ${m(pdiv)}. Equity at the year end: preference shares ${m(pref)}, ordinary shareholders' equity ${m(ord)}. Using closing balances, what is return on ordinary equity (one decimal place)?`,
      in: { ni, pdiv, pref, ord },
      key: (ni - pdiv) / ord,
      wrong: [
        ['total', ni / (pref + ord), 'uses total equity and all net income'],
        ['noPdiv', ni / ord, 'does not deduct preference dividends'],
        ['totalEq', (ni - pdiv) / (pref + ord), 'keeps preference shares in the denominator'],
        [
          'pdivAdded',
          (ni + pdiv) / ord,
          'adds preference dividends back instead of deducting them',
        ],
        ['prefOnly', pdiv / pref, 'gives the preference dividend rate'],
      ],
    })
  }),
]
