import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Company, drawn, family, figures, pct, symbol, thousands, times } from './fsa-text.js'

// Reading the cash-flow statement: operating cash flow by the indirect method (non-cash charges
// back, gains out, working-capital increases out), direct-method lines from accrual figures,
// free cash flow, cash conversion and the accruals ratios analysts use to test earnings quality.

export const CASH_FLOW_FAMILIES: readonly ScenarioFamily[] = [
  family('indirect-cfo-with-gain-on-disposal', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2000, 5)
    const dep = drawn(rng, 100, 800, 5)
    const gain = drawn(rng, 20, 200, 5)
    const dAr = drawn(rng, 20, 300, 5)
    const dAp = drawn(rng, 10, 200, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: net income ${m(ni)}, depreciation ${m(dep)}, gain on sale of equipment ${m(gain)}, increase in trade receivables ${m(dAr)}, increase in trade payables ${m(dAp)}. What is cash from operating activities by the indirect method?`,
      in: { ni, dep, gain, dAr, dAp },
      key: ni + dep - gain - dAr + dAp,
      wrong: [
        ['addGain', ni + dep + gain - dAr + dAp, 'adds the gain back instead of taking it out'],
        ['wcSigns', ni + dep - gain + dAr - dAp, 'reverses the working-capital signs'],
        ['keepGain', ni + dep - dAr + dAp, 'leaves the gain in operating cash flow'],
        ['noDep', ni - gain - dAr + dAp, 'does not add back depreciation'],
      ],
      signed: true,
    })
  }),
  family('indirect-cfo-inventory-and-accruals', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2000, 5)
    const amort = drawn(rng, 50, 500, 5)
    const dInv = drawn(rng, 20, 300, 5)
    const dAcc = drawn(rng, 10, 150, 5)
    const dPre = drawn(rng, 5, 80, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: net income ${m(ni)}, amortisation ${m(amort)}; over the year inventory fell by ${m(dInv)}, accrued expenses fell by ${m(dAcc)} and prepayments rose by ${m(dPre)}. What is operating cash flow by the indirect method?`,
      in: { ni, amort, dInv, dAcc, dPre },
      key: ni + amort + dInv - dAcc - dPre,
      wrong: [
        [
          'invSign',
          ni + amort - dInv - dAcc - dPre,
          'treats the fall in inventory as a use of cash',
        ],
        [
          'accSign',
          ni + amort + dInv + dAcc - dPre,
          'treats the fall in accrued expenses as a source of cash',
        ],
        ['preSign', ni + amort + dInv - dAcc + dPre, 'adds the rise in prepayments'],
      ],
      signed: true,
    })
  }),
  family('free-cash-flow-cfo-less-capex', (rng) => {
    const m = thousands(symbol(rng))
    const cfo = drawn(rng, 500, 4000, 10)
    const capex = drawn(rng, 200, 1500, 10)
    const proceeds = drawn(rng, 20, 200, 5)
    const div = drawn(rng, 50, 400, 5)
    return figures(rng, m, {
      stem: `${Company(rng)} reports cash from operations ${m(cfo)}, purchases of property and equipment ${m(capex)}, proceeds from disposals ${m(proceeds)} and dividends paid ${m(div)}. An analyst defines free cash flow as operating cash flow less gross capital expenditure. What is it?`,
      in: { cfo, capex, proceeds, div },
      key: cfo - capex,
      wrong: [
        ['netCapex', cfo - capex + proceeds, 'nets disposal proceeds off capital expenditure'],
        ['lessDiv', cfo - capex - div, 'also deducts dividends'],
        ['addCapex', cfo + capex, 'adds capital expenditure'],
      ],
      signed: true,
    })
  }),
  family('cash-collected-from-customers', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 3000, 15000, 10)
    const ar0 = drawn(rng, 300, 2000, 5)
    const ar1 = drawn(rng, 300, 2000, 5)
    const wo = drawn(rng, 5, 60, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: credit revenue ${m(rev)}; receivables ${m(ar0)} at the start and ${m(ar1)} at the end of the year, after writing off ${m(wo)} of bad debts directly against receivables. Under the direct method, how much cash was collected from customers?`,
      in: { rev, ar0, ar1, wo },
      key: rev + ar0 - ar1 - wo,
      wrong: [
        ['noWo', rev + ar0 - ar1, 'forgets the write-off also reduced receivables'],
        ['flip', rev - ar0 + ar1 - wo, 'adds the closing and deducts the opening balance'],
        ['addWo', rev + ar0 - ar1 + wo, 'adds the write-off as if collected'],
      ],
    })
  }),
  family('cash-paid-to-suppliers', (rng) => {
    const m = thousands(symbol(rng))
    const cogs = drawn(rng, 2000, 10000, 10)
    const inv0 = drawn(rng, 200, 1500, 5)
    const inv1 = drawn(rng, 200, 1500, 5)
    const ap0 = drawn(rng, 200, 1200, 5)
    const ap1 = drawn(rng, 200, 1200, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: cost of sales ${m(cogs)}; inventory ${m(inv0)} opening and ${m(inv1)} closing; trade payables ${m(ap0)} opening and ${m(ap1)} closing. All purchases are on credit. How much cash was paid to suppliers?`,
      in: { cogs, inv0, inv1, ap0, ap1 },
      key: cogs + (inv1 - inv0) - (ap1 - ap0),
      wrong: [
        ['purchases', cogs + inv1 - inv0, 'stops at purchases, ignoring the change in payables'],
        ['apSign', cogs + (inv1 - inv0) + (ap1 - ap0), 'adds the increase in payables'],
        [
          'invSign',
          cogs - (inv1 - inv0) - (ap1 - ap0),
          'takes the inventory increase off cost of sales',
        ],
      ],
    })
  }),
  family('income-tax-paid', (rng) => {
    const m = thousands(symbol(rng))
    const exp = drawn(rng, 100, 900, 5)
    const p0 = drawn(rng, 30, 300, 5)
    const p1 = drawn(rng, 30, 300, 5)
    return figures(rng, m, {
      stem: `${Company(rng)} charged income tax expense of ${m(exp)} (all current tax); current tax payable was ${m(p0)} at the start of the year and ${m(p1)} at the end. How much tax was paid in cash?`,
      in: { exp, p0, p1 },
      key: exp + p0 - p1,
      wrong: [
        ['flip', exp - p0 + p1, 'adds the increase in the liability'],
        ['expense', exp + p0, 'adds the opening liability but ignores the closing one'],
        ['closing', exp - p1, 'takes off only the closing liability'],
        ['expenseOnly', exp, 'takes the tax expense as the tax paid'],
      ],
    })
  }),
  family('cash-conversion-cfo-over-net-income', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2500, 5)
    const cfo = Math.round(ni * rng.pick([0.6, 0.75, 0.9, 1.2, 1.4]))
    const ebitda = Math.round(ni * 1.8)
    return figures(rng, pct(0), {
      stem: `${Company(rng)} reports net income ${m(ni)}, EBITDA ${m(ebitda)} and operating cash flow ${m(cfo)}. An analyst measures earnings quality as operating cash flow over net income. What is it (nearest whole percent)?`,
      in: { ni, cfo, ebitda },
      key: cfo / ni,
      wrong: [
        ['inverse', ni / cfo, 'puts net income over cash flow'],
        ['ebitda', cfo / ebitda, 'divides by EBITDA'],
        ['gap', (cfo - ni) / ni, 'gives the gap between cash flow and income'],
        ['accrualShare', (ni - cfo) / ni, 'gives accruals as a share of income'],
        ['niOverEbitda', ni / ebitda, 'compares net income with EBITDA instead of cash flow'],
      ],
    })
  }),
  family('cash-flow-accruals-ratio', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2500, 5)
    const cfo = drawn(rng, 100, 2500, 5)
    const cfi = drawn(rng, 100, 1500, 5)
    const a0 = drawn(rng, 5000, 15000, 10)
    const a1 = drawn(rng, 5000, 15000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: net income ${m(ni)}, cash from operations ${m(cfo)}, net cash used in investing ${m(cfi)}; total assets ${m(a0)} opening and ${m(a1)} closing. The cash-flow accruals ratio is (net income less operating cash flow less investing cash flow, where investing outflows are negative) over average total assets. What is it (one decimal place)?`,
      in: { ni, cfo, cfi, a0, a1 },
      key: (ni - cfo + cfi) / ((a0 + a1) / 2),
      wrong: [
        ['noCfi', (ni - cfo) / ((a0 + a1) / 2), 'leaves investing cash flow out'],
        [
          'cfiSign',
          (ni - cfo - cfi) / ((a0 + a1) / 2),
          'deducts the investing outflow as if it were an inflow',
        ],
        ['closing', (ni - cfo + cfi) / a1, 'divides by closing total assets'],
      ],
      signed: true,
    })
  }),
  family('balance-sheet-accruals-ratio', (rng) => {
    const m = thousands(symbol(rng))
    const noa0 = drawn(rng, 2000, 8000, 10)
    const noa1 = noa0 + (rng.next() < 0.25 ? -1 : 1) * drawn(rng, 150, 900, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s net operating assets (operating assets less operating liabilities) went from ${m(noa0)} to ${m(noa1)}. The balance-sheet accruals ratio is the change in net operating assets over their average. What is it (one decimal place, a fall negative)?`,
      in: { noa0, noa1 },
      key: (noa1 - noa0) / ((noa0 + noa1) / 2),
      wrong: [
        ['opening', (noa1 - noa0) / noa0, 'divides by the opening balance (growth rate)'],
        ['closing', (noa1 - noa0) / noa1, 'divides by the closing balance'],
        ['sum', (noa1 - noa0) / (noa0 + noa1), 'divides by the sum without halving'],
      ],
      signed: true,
    })
  }),
  family('capex-from-ppe-roll', (rng) => {
    const m = thousands(symbol(rng))
    const open = drawn(rng, 2000, 8000, 10)
    const dep = drawn(rng, 200, 800, 5)
    const nbvSold = drawn(rng, 20, 200, 5)
    const capex = dep + nbvSold + drawn(rng, 100, 1200, 5)
    const close = open + capex - dep - nbvSold
    return figures(rng, m, {
      stem: `${Company(rng)}'s net property, plant and equipment went from ${m(open)} to ${m(close)}. Depreciation for the year was ${m(dep)}, and assets with a net book value of ${m(nbvSold)} were sold; there were no revaluations or impairments. How much was spent on capital expenditure?`,
      in: { open, dep, nbvSold, close },
      key: close - open + dep + nbvSold,
      wrong: [
        ['noDisposal', close - open + dep, 'ignores the book value of assets sold'],
        ['noDep', close - open + nbvSold, 'forgets depreciation reduced the balance'],
        [
          'minusDisposal',
          close - open + dep - nbvSold,
          'deducts the disposals instead of adding them back',
        ],
      ],
    })
  }),
  family('fcf-margin', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 4000, 20000, 10)
    const cfo = Math.round(rev * rng.pick([0.1, 0.14, 0.18]))
    const capex = Math.round(rev * rng.pick([0.03, 0.05, 0.07]))
    const ni = Math.round(rev * 0.08)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, net income ${m(ni)}, operating cash flow ${m(cfo)}, capital expenditure ${m(capex)}. With free cash flow as operating cash flow less capital expenditure, what is the free cash flow margin (one decimal place)?`,
      in: { rev, cfo, capex, ni },
      key: (cfo - capex) / rev,
      wrong: [
        ['cfo', cfo / rev, 'gives the operating cash flow margin'],
        ['net', ni / rev, 'gives the net profit margin'],
        ['overCfo', (cfo - capex) / cfo, 'divides free cash flow by operating cash flow'],
        ['capexShare', capex / rev, 'gives capital expenditure as a share of revenue'],
        ['plusCapex', (cfo + capex) / rev, 'adds capital expenditure instead of deducting it'],
      ],
    })
  }),
  family('dividends-paid-from-retained-earnings-and-payable', (rng) => {
    const m = thousands(symbol(rng))
    const re0 = drawn(rng, 2000, 8000, 10)
    const ni = drawn(rng, 300, 1500, 5)
    const declared = drawn(rng, 100, Math.floor(ni * 0.8), 5)
    const dp0 = drawn(rng, 20, 150, 5)
    const dp1 = drawn(rng, 20, 150, 5)
    const re1 = re0 + ni - declared
    return figures(rng, m, {
      stem: `${Company(rng)}'s retained earnings moved from ${m(re0)} to ${m(re1)} with net income of ${m(ni)} and no other movement but dividends declared. Dividends payable were ${m(dp0)} at the start and ${m(dp1)} at the end. How much was paid in dividends in cash?`,
      in: { re0, re1, ni, dp0, dp1 },
      key: re0 + ni - re1 + dp0 - dp1,
      wrong: [
        ['declared', re0 + ni - re1, 'gives dividends declared, not paid'],
        ['flip', re0 + ni - re1 - dp0 + dp1, 'adds the increase in dividends payable'],
        ['reChange', re1 - re0, 'takes the change in retained earnings as the dividend'],
      ],
    })
  }),
  family('interest-paid-from-accrual', (rng) => {
    const m = thousands(symbol(rng))
    const exp = drawn(rng, 50, 500, 5)
    const a0 = drawn(rng, 5, 80, 5)
    const a1 = a0 + (rng.next() < 0.5 ? -1 : 1) * drawn(rng, 5, Math.max(5, a0 - 5), 5)
    return figures(rng, m, {
      stem: `${Company(rng)} charged interest expense of ${m(exp)} (none capitalised, no discount amortisation); accrued interest was ${m(a0)} at the start and ${m(a1)} at the end of the year. How much interest was paid in cash?`,
      in: { exp, a0, a1 },
      key: exp + a0 - a1,
      wrong: [
        ['flip', exp - a0 + a1, 'adds the increase in accrued interest'],
        ['expense', exp, 'takes the expense as the cash paid'],
        ['closing', exp + a1, 'adds the closing accrual'],
        ['openingOnly', exp + a0, 'adds the opening accrual but ignores the closing one'],
      ],
    })
  }),
  family('cfo-to-current-liabilities', (rng) => {
    const m = thousands(symbol(rng))
    const cfo = drawn(rng, 300, 3000, 10)
    const cl0 = drawn(rng, 600, 2500, 10)
    const cl1 = drawn(rng, 600, 2500, 10)
    return figures(rng, times(2), {
      stem: `${Company(rng)} generated operating cash flow of ${m(cfo)}; current liabilities were ${m(cl0)} at the start and ${m(cl1)} at the end of the year. On average current liabilities, what is the cash flow ratio (operating cash flow over current liabilities, two decimal places)?`,
      in: { cfo, cl0, cl1 },
      key: cfo / ((cl0 + cl1) / 2),
      wrong: [
        ['closing', cfo / cl1, 'uses closing current liabilities'],
        ['opening', cfo / cl0, 'uses opening current liabilities'],
        ['inverse', (cl0 + cl1) / 2 / cfo, 'puts liabilities over cash flow'],
      ],
    })
  }),
  family('capex-to-depreciation', (rng) => {
    const m = thousands(symbol(rng))
    const dep = drawn(rng, 200, 1200, 5)
    const capex = Math.round(dep * rng.pick([0.6, 0.8, 1.3, 1.6, 2.1]))
    const cfo = drawn(rng, 500, 3000, 10)
    return figures(rng, times(2), {
      stem: `${Company(rng)} spent ${m(capex)} on property and equipment and charged depreciation of ${m(dep)}; operating cash flow was ${m(cfo)}. To judge whether it is reinvesting enough to maintain its asset base, what is capital expenditure over depreciation (two decimal places)?`,
      in: { capex, dep, cfo },
      key: capex / dep,
      wrong: [
        ['inverse', dep / capex, 'puts depreciation over capital expenditure'],
        ['overCfo', capex / cfo, 'divides capital expenditure by operating cash flow'],
        ['net', (capex - dep) / dep, 'gives net investment over depreciation'],
        [
          'shortfall',
          (dep - capex) / dep,
          'gives the reinvestment shortfall as a share of depreciation',
        ],
      ],
    })
  }),
  family('cfo-with-share-based-pay-and-impairment', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 200, 1500, 5)
    const sbc = drawn(rng, 20, 300, 5)
    const imp = drawn(rng, 20, 400, 5)
    const dAr = drawn(rng, 10, 200, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: net income ${m(ni)} after share-based payment expense of ${m(sbc)} (settled in shares) and a goodwill impairment of ${m(imp)}; trade receivables rose by ${m(dAr)}. There were no other adjustments. What is operating cash flow by the indirect method?`,
      in: { ni, sbc, imp, dAr },
      key: ni + sbc + imp - dAr,
      wrong: [
        ['noSbc', ni + imp - dAr, 'treats share-settled pay as a cash cost'],
        ['noImp', ni + sbc - dAr, 'does not add back the impairment'],
        ['arSign', ni + sbc + imp + dAr, 'adds the increase in receivables'],
      ],
    })
  }),
]
