import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Company,
  company,
  days,
  drawn,
  family,
  figures,
  symbol,
  thousands,
  times,
} from './fsa-text.js'

// Working-capital efficiency: days of receivables on credit sales, of inventory and of payables
// on cost of sales (or purchases when the stem says so), the cash conversion cycle, and asset
// turnovers. Each stem states its day count and whether balances are averaged or closing.

export const EFFICIENCY_FAMILIES: readonly ScenarioFamily[] = [
  family('dso-on-average-receivables', (rng) => {
    const m = thousands(symbol(rng))
    const sales = drawn(rng, 3000, 15000, 10)
    const open = drawn(rng, 300, 2000, 5)
    const close = drawn(rng, 300, 2000, 5)
    return figures(rng, days(1), {
      stem: `${Company(rng)} made credit sales of ${m(sales)} in the year; trade receivables were ${m(open)} at the start and ${m(close)} at the end. On average receivables and a 365-day year, what is days sales outstanding (one decimal place)?`,
      in: { sales, open, close },
      key: ((open + close) / 2 / sales) * 365,
      wrong: [
        ['closing', (close / sales) * 365, 'uses closing receivables'],
        ['y360', ((open + close) / 2 / sales) * 360, 'uses a 360-day year'],
        ['noHalf', ((open + close) / sales) * 365, 'adds the balances without halving'],
        ['opening', (open / sales) * 365, 'uses opening receivables'],
      ],
    })
  }),
  family('dso-credit-sales-only-360', (rng) => {
    const m = thousands(symbol(rng))
    const total = drawn(rng, 4000, 15000, 10)
    const cashSales = Math.round(total * rng.pick([0.2, 0.3, 0.4]))
    const ar = drawn(rng, 300, 2000, 5)
    return figures(rng, days(1), {
      stem: `${Company(rng)} had total sales of ${m(total)}, of which ${m(cashSales)} were cash sales; closing trade receivables are ${m(ar)}. Using credit sales, closing receivables and a 360-day year, what is DSO (one decimal place)?`,
      in: { total, cashSales, ar },
      key: (ar / (total - cashSales)) * 360,
      wrong: [
        ['allSales', (ar / total) * 360, 'divides by total sales including cash sales'],
        ['y365', (ar / (total - cashSales)) * 365, 'uses 365 days though the stem says 360'],
        ['cashSales', (ar / cashSales) * 360, 'divides by the cash sales'],
      ],
    })
  }),
  family('dio-on-cost-of-sales', (rng) => {
    const m = thousands(symbol(rng))
    const cogs = drawn(rng, 2000, 10000, 10)
    const rev = Math.round(cogs * rng.pick([1.3, 1.5, 1.8]))
    const open = drawn(rng, 200, 2000, 5)
    const close = drawn(rng, 200, 2000, 5)
    return figures(rng, days(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, cost of sales ${m(cogs)}, inventory ${m(open)} at the start and ${m(close)} at the end of the year. On average inventory and a 365-day year, what is days inventory outstanding (one decimal place)?`,
      in: { cogs, rev, open, close },
      key: ((open + close) / 2 / cogs) * 365,
      wrong: [
        [
          'revenue',
          ((open + close) / 2 / rev) * 365,
          'divides by revenue instead of cost of sales',
        ],
        ['closing', (close / cogs) * 365, 'uses closing inventory'],
        ['opening', (open / cogs) * 365, 'uses opening inventory'],
        ['y360', ((open + close) / 2 / cogs) * 360, 'uses a 360-day year'],
        ['noHalf', ((open + close) / cogs) * 365, 'adds the balances without halving'],
      ],
    })
  }),
  family('dpo-on-purchases', (rng) => {
    const m = thousands(symbol(rng))
    const cogs = drawn(rng, 2000, 10000, 10)
    const inv0 = drawn(rng, 200, 1500, 5)
    const inv1 = drawn(rng, 200, 1500, 5)
    const ap = drawn(rng, 200, 1500, 5)
    const purchases = cogs + inv1 - inv0
    return figures(rng, days(1), {
      stem: `${Company(rng)}: cost of sales ${m(cogs)}, inventory ${m(inv0)} at the start and ${m(inv1)} at the end of the year, closing trade payables ${m(ap)}. Working out purchases from cost of sales and the change in inventory, what is DPO on purchases (closing payables, 365-day year, one decimal place)?`,
      in: { cogs, inv0, inv1, ap },
      key: (ap / purchases) * 365,
      wrong: [
        ['cogs', (ap / cogs) * 365, 'divides by cost of sales, not purchases'],
        [
          'signFlip',
          (ap / (cogs - inv1 + inv0)) * 365,
          'takes the inventory increase off cost of sales',
        ],
        ['y360', (ap / purchases) * 360, 'uses a 360-day year though the stem says 365'],
      ],
    })
  }),
  family('cash-conversion-cycle', (rng) => {
    const dso = drawn(rng, 25, 90)
    const dio = drawn(rng, 20, 120)
    const dpo = drawn(rng, 20, 90)
    return figures(rng, days(0), {
      stem: `An analyst has worked out, on the same 365-day basis, ${company(rng)}'s days sales outstanding of ${dso}, days inventory outstanding of ${dio} and days payables outstanding of ${dpo}. What is the cash conversion cycle?`,
      in: { dso, dio, dpo },
      key: dso + dio - dpo,
      wrong: [
        ['addAll', dso + dio + dpo, 'adds payables days instead of subtracting them'],
        ['operating', dso + dio, 'gives the operating cycle, ignoring supplier credit'],
        ['wrongSign', dio + dpo - dso, 'subtracts receivables days instead of payables days'],
        ['dsoOut', dso - dio + dpo, 'subtracts inventory days and adds payables days'],
      ],
      signed: true,
    })
  }),
  family('cash-conversion-cycle-from-statements', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 4000, 15000, 10)
    const cogs = Math.round(rev * rng.pick([0.55, 0.6, 0.7]))
    const ar = drawn(rng, 400, 2000, 5)
    const inv = drawn(rng, 300, 2000, 5)
    const ap = drawn(rng, 200, 1500, 5)
    const dso = (ar / rev) * 365
    const dio = (inv / cogs) * 365
    const dpo = (ap / cogs) * 365
    return figures(rng, days(1), {
      stem: `${Company(rng)}: revenue ${m(rev)} (all on credit), cost of sales ${m(cogs)}, closing receivables ${m(ar)}, inventory ${m(inv)} and trade payables ${m(ap)}. With closing balances, a 365-day year, and inventory and payables days on cost of sales, what is the cash conversion cycle (one decimal place)?`,
      in: { rev, cogs, ar, inv, ap },
      key: dso + dio - dpo,
      wrong: [
        [
          'allRevenue',
          dso + (inv / rev) * 365 - (ap / rev) * 365,
          'puts inventory and payables days on revenue',
        ],
        ['addDpo', dso + dio + dpo, 'adds payables days'],
        ['noDpo', dso + dio, 'leaves payables out (the operating cycle)'],
      ],
      signed: true,
    })
  }),
  family('cash-released-by-faster-collection', (rng) => {
    const m = thousands(symbol(rng))
    const sales = drawn(rng, 3650, 36500, 365)
    const d0 = drawn(rng, 45, 80)
    const d1 = drawn(rng, 25, d0 - 5)
    return figures(rng, m, {
      stem: `${Company(rng)} makes credit sales of ${m(sales)} a year, spread evenly. If DSO falls from ${d0} to ${d1} days (365-day year), how much cash is released from receivables?`,
      in: { sales, d0, d1 },
      key: (sales / 365) * (d0 - d1),
      wrong: [
        ['y360', (sales / 360) * (d0 - d1), 'uses a 360-day year'],
        ['newBalance', (sales / 365) * d1, 'gives the new receivables balance'],
        ['ratio', sales * (1 - d1 / d0), 'scales annual sales by the fall in DSO'],
      ],
    })
  }),
  family('receivables-turnover', (rng) => {
    const m = thousands(symbol(rng))
    const sales = drawn(rng, 3000, 15000, 10)
    const open = drawn(rng, 300, 2000, 5)
    const close = drawn(rng, 300, 2000, 5)
    return figures(rng, times(2), {
      stem: `${Company(rng)}: credit sales ${m(sales)}; trade receivables ${m(open)} at the start and ${m(close)} at the end of the year. On average receivables, what is receivables turnover (two decimal places)?`,
      in: { sales, open, close },
      key: sales / ((open + close) / 2),
      wrong: [
        ['closing', sales / close, 'uses closing receivables'],
        ['noHalf', sales / (open + close), 'adds the balances without halving'],
        ['inverse', (open + close) / 2 / sales, 'puts receivables over sales'],
      ],
    })
  }),
  family('total-asset-turnover', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 3000, 20000, 10)
    const open = drawn(rng, 3000, 15000, 10)
    const close = drawn(rng, 3000, 15000, 10)
    const ni = Math.round(rev * 0.07)
    return figures(rng, times(2), {
      stem: `${Company(rng)}: revenue ${m(rev)}, net income ${m(ni)}, total assets ${m(open)} at the start and ${m(close)} at the end of the year. On average total assets, what is asset turnover (two decimal places)?`,
      in: { rev, open, close, ni },
      key: rev / ((open + close) / 2),
      wrong: [
        ['closing', rev / close, 'uses closing total assets'],
        ['roa', ni / ((open + close) / 2), 'divides net income, giving ROA'],
        ['inverse', (open + close) / 2 / rev, 'puts assets over revenue'],
      ],
    })
  }),
  family('fixed-asset-turnover-net', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 3000, 20000, 10)
    const gross = drawn(rng, 3000, 12000, 10)
    const dep = Math.round(gross * rng.pick([0.3, 0.4, 0.55]))
    return figures(rng, times(2), {
      stem: `${Company(rng)}: revenue ${m(rev)}; property, plant and equipment at cost ${m(gross)}, accumulated depreciation ${m(dep)}. On closing net book value, what is fixed asset turnover (two decimal places)?`,
      in: { rev, gross, dep },
      key: rev / (gross - dep),
      wrong: [
        ['gross', rev / gross, 'uses cost, not net book value'],
        ['dep', rev / dep, 'divides by accumulated depreciation'],
        ['addDep', rev / (gross + dep), 'adds accumulated depreciation to cost'],
      ],
    })
  }),
  family('dso-change-from-receivables-growth', (rng) => {
    const m = thousands(symbol(rng))
    const s0 = drawn(rng, 3000, 10000, 10)
    const s1 = Math.round(s0 * rng.pick([1.05, 1.1, 1.2]))
    const a0 = drawn(rng, 300, 1500, 5)
    const a1 = Math.round(a0 * rng.pick([1.3, 1.4, 1.6]))
    const d0 = (a0 / s0) * 365
    const d1 = (a1 / s1) * 365
    return figures(rng, days(1), {
      stem: `${Company(rng)}'s credit sales rose from ${m(s0)} to ${m(s1)} while closing receivables rose from ${m(a0)} to ${m(a1)}. On closing receivables and 365 days, by how many days did DSO lengthen (one decimal place)?`,
      in: { s0, s1, a0, a1 },
      key: d1 - d0,
      wrong: [
        ['oldSales', (a1 / s0) * 365 - d0, 'divides this year’s receivables by last year’s sales'],
        ['level', d1, 'gives this year’s DSO, not the change'],
        ['y360', (a1 / s1 - a0 / s0) * 360, 'uses a 360-day year'],
        ['lastYear', d0, 'gives last year’s DSO'],
        [
          'oldReceivables',
          ((a1 - a0) / s1) * 365,
          'divides only the rise in receivables by this year’s sales',
        ],
      ],
    })
  }),
  family('working-capital-turnover', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 4000, 20000, 10)
    const ca = drawn(rng, 1500, 5000, 10)
    const cl = drawn(rng, 600, 1400, 10)
    return figures(rng, times(2), {
      stem: `${Company(rng)}: revenue ${m(rev)}, closing current assets ${m(ca)}, closing current liabilities ${m(cl)}. What is working capital turnover, revenue over net working capital (two decimal places)?`,
      in: { rev, ca, cl },
      key: rev / (ca - cl),
      wrong: [
        ['ca', rev / ca, 'divides by current assets alone'],
        ['sum', rev / (ca + cl), 'adds current liabilities instead of deducting them'],
        ['inverse', (ca - cl) / rev, 'puts working capital over revenue'],
      ],
    })
  }),
  family('payables-days-on-cost-of-sales-average', (rng) => {
    const m = thousands(symbol(rng))
    const cogs = drawn(rng, 2000, 10000, 10)
    const rev = Math.round(cogs * rng.pick([1.3, 1.5, 1.7]))
    const open = drawn(rng, 200, 1500, 5)
    const close = drawn(rng, 200, 1500, 5)
    return figures(rng, days(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, cost of sales ${m(cogs)}, trade payables ${m(open)} at the start and ${m(close)} at the end of the year. Using average payables, cost of sales and a 365-day year, what is DPO (one decimal place)?`,
      in: { cogs, rev, open, close },
      key: ((open + close) / 2 / cogs) * 365,
      wrong: [
        ['revenue', ((open + close) / 2 / rev) * 365, 'divides by revenue'],
        ['closing', (close / cogs) * 365, 'uses closing payables'],
        ['y360', ((open + close) / 2 / cogs) * 360, 'uses a 360-day year'],
      ],
    })
  }),
  family('ccc-change-driver', (rng) => {
    const dso0 = drawn(rng, 30, 70)
    const dio0 = drawn(rng, 30, 90)
    const dpo0 = drawn(rng, 25, 70)
    const dso1 = dso0 + drawn(rng, -8, 12)
    const dio1 = dio0 + drawn(rng, -10, 15)
    const dpo1 = dpo0 + drawn(rng, -5, 20)
    const c0 = dso0 + dio0 - dpo0
    const c1 = dso1 + dio1 - dpo1
    return figures(rng, (v) => `${v > 0 ? '+' : ''}${v} days`, {
      stem: `${Company(rng)}'s DSO went from ${dso0} to ${dso1} days, DIO from ${dio0} to ${dio1} and DPO from ${dpo0} to ${dpo1}. By how many days did the cash conversion cycle change (a rise shown with +)?`,
      in: { dso0, dio0, dpo0, dso1, dio1, dpo1 },
      key: c1 - c0,
      wrong: [
        ['addDpo', dso1 + dio1 + dpo1 - (dso0 + dio0 + dpo0), 'adds the change in payables days'],
        ['noDpo', dso1 + dio1 - dso0 - dio0, 'ignores the change in payables days'],
        ['reversed', c0 - c1, 'takes this year from last year'],
        ['dsoOnly', dso1 - dso0, 'gives only the change in receivables days'],
      ],
      signed: true,
    })
  }),
]
