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

// Common-size (vertical) and horizontal analysis: each line over revenue or total assets, change
// over the base year, compound annual growth, index numbers, operating leverage, and reading a
// percentage-point change against a percent change.

export const TREND_FAMILIES: readonly ScenarioFamily[] = [
  family('common-size-income-line', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 3000, 15000, 10)
    const cogs = Math.round(rev * rng.pick([0.5, 0.6, 0.65]))
    const sga = Math.round(rev * rng.pick([0.18, 0.22, 0.27]))
    const ta = drawn(rng, 4000, 20000, 10)
    return figures(rng, pct(1), {
      stem: `In a common-size income statement of ${company(rng)} (every line as a share of revenue), what figure does selling, general and administrative expense get? Revenue ${m(rev)}, cost of sales ${m(cogs)}, SG&A ${m(sga)}, total assets ${m(ta)}. One decimal place.`,
      in: { rev, cogs, sga, ta },
      key: sga / rev,
      wrong: [
        ['assets', sga / ta, 'divides by total assets, the balance sheet base'],
        ['gp', sga / (rev - cogs), 'divides by gross profit'],
        ['costs', sga / (cogs + sga), 'divides by total costs'],
      ],
    })
  }),
  family('common-size-balance-sheet-line', (rng) => {
    const m = thousands(symbol(rng))
    const inv = drawn(rng, 300, 2500, 5)
    const ca = inv + drawn(rng, 500, 3000, 5)
    const nca = drawn(rng, 2000, 10000, 10)
    const rev = drawn(rng, 4000, 20000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)} shows inventory ${m(inv)}, total current assets ${m(ca)} and non-current assets ${m(nca)}; revenue was ${m(rev)}. In a common-size balance sheet (each line over total assets), what is inventory (one decimal place)?`,
      in: { inv, ca, nca, rev },
      key: inv / (ca + nca),
      wrong: [
        ['current', inv / ca, 'divides by current assets only'],
        ['revenue', inv / rev, 'divides by revenue, the income statement base'],
        ['nonCurrent', inv / nca, 'divides by non-current assets'],
      ],
    })
  }),
  family('horizontal-percent-change', (rng) => {
    const m = thousands(symbol(rng))
    const a = drawn(rng, 500, 5000, 5)
    const b = Math.round(a * rng.pick([0.8, 0.88, 1.12, 1.25, 1.4]))
    return figures(rng, pct(1), {
      stem: `In a horizontal analysis of ${company(rng)}, administrative expenses were ${m(a)} in the base year and ${m(b)} in the current year. What percentage change does the analysis show (one decimal place, a fall negative)?`,
      in: { a, b },
      key: (b - a) / a,
      wrong: [
        ['newBase', (b - a) / b, 'divides the change by the current year'],
        ['ratio', b / a, 'gives the current year as a share of the base'],
        ['flip', (a - b) / a, 'takes the current year from the base year'],
        ['baseShare', a / b, 'gives the base year as a share of the current year'],
      ],
      signed: true,
    })
  }),
  family('compound-annual-growth-rate', (rng) => {
    const m = thousands(symbol(rng))
    const n = rng.int(3, 6)
    const a = drawn(rng, 1000, 6000, 10)
    const b = Math.round(a * rng.pick([1.3, 1.5, 1.8, 2.1]))
    const y0 = rng.int(2017, 2020)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s revenue was ${m(a)} in ${y0} and ${m(b)} in ${y0 + n}. What is the compound annual growth rate over those ${n} years (one decimal place)?`,
      in: { a, b, n },
      key: (b / a) ** (1 / n) - 1,
      wrong: [
        ['simple', (b / a - 1) / n, 'divides total growth by the years (simple average)'],
        ['total', b / a - 1, 'gives total growth over the period'],
        ['extraYear', (b / a) ** (1 / (n + 1)) - 1, 'counts the years inclusively as periods'],
      ],
    })
  }),
  family('index-number-base-year', (rng) => {
    const m = thousands(symbol(rng))
    const y0 = drawn(rng, 1000, 6000, 10)
    const y1 = Math.round(y0 * rng.pick([1.05, 1.08, 0.95]))
    const y2 = Math.round(y0 * rng.pick([1.12, 1.2, 1.3, 0.9]))
    return figures(rng, (v) => v.toFixed(1), {
      stem: `${Company(rng)}'s cost of sales was ${m(y0)}, ${m(y1)} and ${m(y2)} in years 1, 2 and 3. In a trend (index) analysis with year 1 = 100, what is the index for year 3 (one decimal place)?`,
      in: { y0, y1, y2 },
      key: (y2 / y0) * 100,
      wrong: [
        ['chained', (y2 / y1) * 100, 'indexes on the previous year, not the base year'],
        ['change', ((y2 - y0) / y0) * 100, 'gives the percent change, not the index'],
        ['inverse', (y0 / y2) * 100, 'puts the base year over year 3'],
        ['year2', (y1 / y0) * 100, 'gives the index for year 2'],
        ['chainChange', ((y2 - y1) / y1) * 100, 'gives the change on the previous year'],
      ],
      signed: true,
    })
  }),
  family('degree-of-operating-leverage', (rng) => {
    const m = thousands(symbol(rng))
    const s0 = drawn(rng, 3000, 10000, 10)
    const g = rng.pick([0.05, 0.08, 0.1, 0.12])
    const s1 = Math.round(s0 * (1 + g))
    const e0 = Math.round(s0 * rng.pick([0.08, 0.1, 0.12]))
    const e1 = Math.round(e0 * (1 + g * rng.pick([2, 2.5, 3, 4])))
    const ge = e1 / e0 - 1
    const gs = s1 / s0 - 1
    return figures(rng, times(2), {
      stem: `${Company(rng)}'s revenue rose from ${m(s0)} to ${m(s1)} and EBIT from ${m(e0)} to ${m(e1)}. What degree of operating leverage do these figures imply (percent change in EBIT over percent change in revenue, two decimal places)?`,
      in: { s0, s1, e0, e1 },
      key: ge / gs,
      wrong: [
        ['inverse', gs / ge, 'divides revenue growth by EBIT growth'],
        [
          'absolute',
          (e1 - e0) / (s1 - s0),
          'divides the EBIT change by the revenue change in money',
        ],
        ['levels', e1 / e0 / (s1 / s0), 'divides the growth factors instead of the growth rates'],
        [
          'newBase',
          (e1 - e0) / e0 / ((s1 - s0) / s1),
          'divides the revenue change by this year’s revenue',
        ],
        ['ebitNewBase', (e1 - e0) / e1 / gs, 'divides the EBIT change by this year’s EBIT'],
      ],
    })
  }),
  family('growth-contribution-by-segment', (rng) => {
    const m = thousands(symbol(rng))
    const a0 = drawn(rng, 1000, 5000, 10)
    const b0 = drawn(rng, 1000, 5000, 10)
    const a1 = Math.round(a0 * rng.pick([1.1, 1.2, 1.3]))
    const b1 = Math.round(b0 * rng.pick([0.95, 1.02, 1.05]))
    const t0 = a0 + b0
    return figures(rng, (v) => `${(v * 100).toFixed(1)} points`, {
      stem: `${Company(rng)} has two segments. Segment A's revenue rose from ${m(a0)} to ${m(a1)}; segment B's went from ${m(b0)} to ${m(b1)}. How many percentage points of group revenue growth came from segment A (one decimal place)?`,
      in: { a0, a1, b0, b1 },
      key: (a1 - a0) / t0,
      wrong: [
        ['ownGrowth', (a1 - a0) / a0, 'gives segment A’s own growth rate'],
        ['group', (a1 + b1 - t0) / t0, 'gives total group growth'],
        ['newBase', (a1 - a0) / (a1 + b1), 'divides by this year’s group revenue'],
      ],
      signed: true,
    })
  }),
  family('common-size-cost-of-sales-line', (rng) => {
    const m = thousands(symbol(rng))
    const s0 = rng.pick([0.58, 0.6, 0.62, 0.64])
    const s1 = s0 + rng.pick([-0.04, -0.03, -0.02, 0.02, 0.03])
    const rev0 = drawn(rng, 3000, 12000, 100)
    const rev1 = Math.round((rev0 * rng.pick([1.08, 1.12, 1.15, 1.2])) / 100) * 100
    const cogs0 = Math.round(rev0 * s0)
    const cogs1 = Math.round(rev1 * s1)
    return figures(rng, m, {
      stem: `${Company(rng)} reported cost of sales of ${m(cogs0)} on revenue of ${m(rev0)} last year and ${m(cogs1)} on ${m(rev1)} this year, so in its common-size income statement the cost of sales line moved from ${pct(0)(s0)} to ${pct(0)(s1)} of revenue. Valuing that change in share at this year's revenue, how much gross profit did it add (a reduction shown negative)?`,
      in: { rev0, rev1, cogs0, cogs1 },
      key: rev1 * (cogs0 / rev0 - cogs1 / rev1),
      wrong: [
        [
          'oldRevenue',
          rev0 * (cogs0 / rev0 - cogs1 / rev1),
          'values the change in share at last year’s revenue',
        ],
        [
          'cogsChange',
          cogs0 - cogs1,
          'takes the whole change in cost of sales, growth in volume included',
        ],
        ['gpChange', rev1 - cogs1 - (rev0 - cogs0), 'gives the whole change in gross profit'],
        [
          'volume',
          (rev1 - rev0) * (1 - cogs0 / rev0),
          'gives the effect of revenue growth at last year’s margin',
        ],
      ],
      signed: true,
    })
  }),
  family('revenue-growth-real-terms', (rng) => {
    const g = rng.int(55, 220) / 1000
    const inf = rng.int(20, 75) / 1000
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s nominal revenue grew by ${(g * 100).toFixed(1)}% while prices in its market rose by ${(inf * 100).toFixed(1)}%. Deflating exactly (not by subtraction), what was its real revenue growth (one decimal place)?`,
      in: { g, inf },
      key: (1 + g) / (1 + inf) - 1,
      wrong: [
        ['subtract', g - inf, 'subtracts inflation from nominal growth (an approximation)'],
        ['multiply', (1 + g) * (1 + inf) - 1, 'compounds inflation in instead of taking it out'],
        ['dividedRate', g / (1 + inf), 'divides nominal growth by one plus inflation'],
        ['nominal', g, 'gives nominal growth, not deflating it'],
      ],
    })
  }),
  family('expense-share-of-total-assets-change', (rng) => {
    const m = thousands(symbol(rng))
    const ta0 = drawn(rng, 4000, 12000, 10)
    const ta1 = Math.round(ta0 * rng.pick([1.05, 1.15, 1.25]))
    const ar0 = Math.round(ta0 * rng.pick([0.12, 0.15, 0.18]))
    const ar1 = Math.round(ar0 * rng.pick([1.3, 1.45, 1.6]))
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s receivables went from ${m(ar0)} to ${m(ar1)} while total assets went from ${m(ta0)} to ${m(ta1)}. In this year's common-size balance sheet (lines over total assets), what share are receivables (one decimal place)?`,
      in: { ta0, ta1, ar0, ar1 },
      key: ar1 / ta1,
      wrong: [
        ['lastYear', ar0 / ta0, 'gives last year’s share'],
        ['oldBase', ar1 / ta0, 'divides by last year’s total assets'],
        ['growth', ar1 / ar0 - 1, 'gives the growth in receivables (horizontal analysis)'],
      ],
    })
  }),
  family('sustainable-growth-rate', (rng) => {
    const roe = rng.pick([0.1, 0.12, 0.15, 0.18, 0.2])
    const payout = rng.pick([0.25, 0.3, 0.4, 0.6, 0.65])
    return figures(rng, pct(1), {
      stem: `${Company(rng)} earns a return on equity of ${(roe * 100).toFixed(0)}% and pays out ${(payout * 100).toFixed(0)}% of its earnings as dividends. Taking the sustainable growth rate as ROE times the retention ratio, what growth can it fund without new equity or a change in leverage (one decimal place)?`,
      in: { roe, payout },
      key: roe * (1 - payout),
      wrong: [
        ['payout', roe * payout, 'multiplies by the payout ratio instead of the retention ratio'],
        ['roe', roe, 'gives ROE itself'],
        ['retention', 1 - payout, 'gives the retention ratio, leaving ROE out'],
      ],
    })
  }),
  family('dividend-payout-ratio', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 400, 3000, 10)
    const div = Math.round(ni * rng.pick([0.2, 0.35, 0.45, 0.6]))
    const cfo = Math.round(ni * rng.pick([1.2, 1.4]))
    return figures(rng, pct(1), {
      stem: `${Company(rng)} earned net income of ${m(ni)}, generated operating cash flow of ${m(cfo)} and paid dividends of ${m(div)}. What is the dividend payout ratio on earnings (one decimal place)?`,
      in: { ni, div, cfo },
      key: div / ni,
      wrong: [
        ['retention', 1 - div / ni, 'gives the retention ratio'],
        ['cash', div / cfo, 'divides by operating cash flow'],
        ['cover', ni / div, 'gives dividend cover as a percentage'],
        ['overRetained', div / (ni - div), 'divides dividends by the earnings retained'],
      ],
    })
  }),
]
