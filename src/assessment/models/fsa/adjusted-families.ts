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

// EBITDA and adjusted figures: building EBITDA up from net income, taking out items the stem
// names as non-recurring (after tax where earnings are after tax), restating LIFO inventory and
// cost of sales to FIFO with the LIFO reserve, and the Beneish indices analysts screen with.

export const ADJUSTED_FAMILIES: readonly ScenarioFamily[] = [
  family('ebitda-built-up-from-net-income', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 200, 2000, 5)
    const tax = drawn(rng, 50, 600, 5)
    const int = drawn(rng, 20, 300, 5)
    const dep = drawn(rng, 100, 800, 5)
    const amort = drawn(rng, 20, 300, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}: net income ${m(ni)}, income tax expense ${m(tax)}, interest expense ${m(int)}, depreciation ${m(dep)}, amortisation of intangibles ${m(amort)}. What is EBITDA?`,
      in: { ni, tax, int, dep, amort },
      key: ni + tax + int + dep + amort,
      wrong: [
        ['ebit', ni + tax + int, 'stops at EBIT'],
        ['noAmort', ni + tax + int + dep, 'adds back depreciation but not amortisation'],
        ['noTax', ni + int + dep + amort, 'does not add back income tax'],
        ['noInt', ni + tax + dep + amort, 'does not add back interest'],
      ],
    })
  }),
  family('adjusted-ebitda-restructuring-and-disposal-gain', (rng) => {
    const m = thousands(symbol(rng))
    const ebitda = drawn(rng, 800, 5000, 10)
    const restr = drawn(rng, 50, 400, 5)
    const gain = drawn(rng, 20, 300, 5)
    return figures(rng, m, {
      stem: `${Company(rng)}'s reported EBITDA of ${m(ebitda)} is after a one-off restructuring charge of ${m(restr)} and includes a one-off gain on selling a warehouse of ${m(gain)}. The analyst's adjusted EBITDA removes both one-off items. What is it?`,
      in: { ebitda, restr, gain },
      key: ebitda + restr - gain,
      wrong: [
        ['addOnly', ebitda + restr, 'adds back the charge but keeps the one-off gain'],
        ['both', ebitda + restr + gain, 'adds the gain back as if it were a charge'],
        ['reversed', ebitda - restr + gain, 'deducts the charge and adds the gain'],
      ],
    })
  }),
  family('normalised-net-income-after-tax', (rng) => {
    const m = thousands(symbol(rng))
    const ni = drawn(rng, 300, 2500, 5)
    const imp = drawn(rng, 40, 400, 10)
    const t = rng.pick([0.2, 0.25, 0.3])
    return figures(rng, m, {
      stem: `${Company(rng)}'s net income of ${m(ni)} is after a non-recurring write-down of ${m(imp)}, which was tax-deductible at ${(t * 100).toFixed(0)}%. What is normalised net income?`,
      in: { ni, imp, t },
      key: ni + imp * (1 - t),
      wrong: [
        ['pretax', ni + imp, 'adds back the charge before its tax effect'],
        ['taxOnly', ni + imp * t, 'adds back only the tax on the charge'],
        ['deduct', ni - imp * (1 - t), 'deducts the after-tax charge again'],
      ],
    })
  }),
  family('adjusted-eps-one-off-gain', (rng) => {
    const ni = drawn(rng, 2000, 8000, 10) * 1000
    const gain = drawn(rng, 200, 1500, 10) * 1000
    const t = rng.pick([0.2, 0.25])
    const sh = drawn(rng, 10, 40) * 100000
    const c = symbol(rng)
    const money = (v: number) => `${c}${v.toLocaleString('en-US')}`
    return figures(rng, (v) => `${c}${v.toFixed(2)}`, {
      stem: `${Company(rng)} earned net income of ${money(ni)}, which includes a one-off pre-tax gain of ${money(gain)} taxed at ${(t * 100).toFixed(0)}%; ${sh.toLocaleString('en-US')} shares were outstanding all year. What is EPS excluding the one-off gain (two decimal places)?`,
      in: { ni, gain, t, sh },
      key: (ni - gain * (1 - t)) / sh,
      wrong: [
        ['pretax', (ni - gain) / sh, 'removes the gain before its tax'],
        ['reported', ni / sh, 'gives reported EPS'],
        ['added', (ni + gain * (1 - t)) / sh, 'adds the gain instead of removing it'],
        ['taxOnly', (ni - gain * t) / sh, 'removes only the tax on the gain'],
        ['gainPerShare', (gain * (1 - t)) / sh, 'gives the after-tax gain per share'],
      ],
    })
  }),
  family('lifo-inventory-restated-to-fifo', (rng) => {
    const m = thousands(symbol(rng))
    const lifo = drawn(rng, 500, 4000, 5)
    const r0 = drawn(rng, 50, 500, 5)
    const r1 = r0 + drawn(rng, 10, 200, 5)
    return figures(rng, m, {
      stem: `A US GAAP reporter, ${company(rng)}, carries inventory at LIFO of ${m(lifo)}; its note discloses a LIFO reserve of ${m(r0)} last year and ${m(r1)} this year. To compare it with a FIFO peer, what is this year's inventory on a FIFO basis?`,
      in: { lifo, r0, r1 },
      key: lifo + r1,
      wrong: [
        ['lastReserve', lifo + r0, 'adds last year’s reserve'],
        ['change', lifo + r1 - r0, 'adds only the change in the reserve'],
        ['minus', lifo - r1, 'deducts the reserve'],
      ],
    })
  }),
  family('lifo-cost-of-sales-restated-to-fifo', (rng) => {
    const m = thousands(symbol(rng))
    const cogs = drawn(rng, 3000, 12000, 10)
    const r0 = drawn(rng, 100, 600, 5)
    const r1 = r0 + drawn(rng, 10, 200, 5)
    return figures(rng, m, {
      stem: `${Company(rng)} reports LIFO cost of sales of ${m(cogs)}; its LIFO reserve rose from ${m(r0)} to ${m(r1)} during a year of rising prices. What would cost of sales have been under FIFO?`,
      in: { cogs, r0, r1 },
      key: cogs - (r1 - r0),
      wrong: [
        ['add', cogs + (r1 - r0), 'adds the increase in the reserve'],
        ['whole', cogs - r1, 'deducts the whole closing reserve'],
        ['wholeAdd', cogs + r1, 'adds the whole closing reserve'],
      ],
    })
  }),
  family('lifo-reserve-after-tax-equity', (rng) => {
    const m = thousands(symbol(rng))
    const eq = drawn(rng, 2000, 9000, 10)
    const r = drawn(rng, 100, 900, 10)
    const t = rng.pick([0.21, 0.25, 0.3])
    return figures(rng, m, {
      stem: `Restating ${company(rng)}'s balance sheet from LIFO to FIFO, an analyst adds its LIFO reserve of ${m(r)} to inventory, with deferred tax at ${(t * 100).toFixed(0)}%. Reported equity is ${m(eq)}. What is equity on a FIFO basis?`,
      in: { eq, r, t },
      key: eq + r * (1 - t),
      wrong: [
        ['pretax', eq + r, 'adds the whole reserve, ignoring the tax on it'],
        ['taxOnly', eq + r * t, 'adds only the tax portion'],
        ['unchanged', eq - r * t, 'deducts the deferred tax without adding the reserve'],
      ],
    })
  }),
  family('ebitda-margin', (rng) => {
    const m = thousands(symbol(rng))
    const rev = drawn(rng, 3000, 20000, 10)
    const ebit = Math.round(rev * rng.pick([0.06, 0.09, 0.12]))
    const da = Math.round(rev * rng.pick([0.03, 0.05, 0.07]))
    const int = Math.round(rev * 0.01)
    return figures(rng, pct(1), {
      stem: `${Company(rng)}: revenue ${m(rev)}, operating profit ${m(ebit)}, depreciation and amortisation ${m(da)}, interest expense ${m(int)}. What is the EBITDA margin (one decimal place)?`,
      in: { rev, ebit, da, int },
      key: (ebit + da) / rev,
      wrong: [
        ['ebit', ebit / rev, 'gives the EBIT margin'],
        [
          'addInt',
          (ebit + da + int) / rev,
          'also adds back interest, already below operating profit',
        ],
        ['lessDa', (ebit - da) / rev, 'deducts depreciation again'],
        ['pretax', (ebit - int) / rev, 'gives the pre-tax margin'],
      ],
    })
  }),
  family('beneish-receivables-index', (rng) => {
    const m = thousands(symbol(rng))
    const s0 = drawn(rng, 3000, 10000, 10)
    const s1 = Math.round(s0 * rng.pick([1.05, 1.1, 1.2]))
    const a0 = drawn(rng, 300, 1500, 5)
    const a1 = Math.round(a0 * rng.pick([1.2, 1.4, 1.6]))
    return figures(rng, times(3), {
      stem: `Screening ${company(rng)} for earnings manipulation, an analyst works out the days sales in receivables index: (receivables over sales this year) divided by (receivables over sales last year). Sales went from ${m(s0)} to ${m(s1)}, receivables from ${m(a0)} to ${m(a1)}. What is the index (three decimal places)?`,
      in: { s0, s1, a0, a1 },
      key: a1 / s1 / (a0 / s0),
      wrong: [
        ['inverse', a0 / s0 / (a1 / s1), 'puts last year over this year'],
        ['arGrowth', a1 / a0, 'gives receivables growth alone'],
        ['level', a1 / s1, 'gives this year’s receivables-to-sales ratio, not the index'],
        ['growthGap', a1 / a0 - s1 / s0, 'subtracts sales growth from receivables growth'],
      ],
    })
  }),
  family('beneish-gross-margin-index', (rng) => {
    const m = thousands(symbol(rng))
    const s0 = drawn(rng, 3000, 10000, 10)
    const s1 = Math.round(s0 * rng.pick([1.05, 1.1, 1.2]))
    const g0 = Math.round(s0 * rng.pick([0.4, 0.45]))
    const g1 = Math.round(s1 * rng.pick([0.33, 0.36, 0.42]))
    return figures(rng, times(3), {
      stem: `${Company(rng)}'s gross profit was ${m(g0)} on sales of ${m(s0)} last year and ${m(g1)} on ${m(s1)} this year. The gross margin index is last year's gross margin over this year's. What is it (three decimal places)?`,
      in: { s0, s1, g0, g1 },
      key: g0 / s0 / (g1 / s1),
      wrong: [
        ['inverse', g1 / s1 / (g0 / s0), 'puts this year over last year'],
        ['profit', g0 / g1, 'divides gross profit, not margins'],
        ['pointDiff', 1 + (g0 / s0 - g1 / s1), 'adds the margin change in points to one'],
      ],
    })
  }),
  family('organic-growth-excluding-acquisition', (rng) => {
    const m = thousands(symbol(rng))
    const r0 = drawn(rng, 3000, 12000, 10)
    const acq = Math.round(r0 * rng.pick([0.05, 0.08, 0.12]))
    const r1 = Math.round(r0 * rng.pick([1.1, 1.15, 1.2])) + acq
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s revenue rose from ${m(r0)} to ${m(r1)}. This year's figure includes ${m(acq)} from a business acquired during the year, which had no revenue in the group last year; there were no disposals or currency effects. What was organic growth (one decimal place)?`,
      in: { r0, r1, acq },
      key: (r1 - acq - r0) / r0,
      wrong: [
        ['reported', (r1 - r0) / r0, 'gives reported growth including the acquisition'],
        ['newBase', (r1 - acq - r0) / (r1 - acq), 'divides by this year’s organic revenue'],
        [
          'acqInBase',
          (r1 - r0) / (r0 + acq),
          'adds the acquisition to the base but keeps it in this year',
        ],
        ['acqOnly', acq / r0, 'gives the acquisition’s contribution'],
        ['fullBase', (r1 - acq - r0) / (r0 + acq), 'adds acquired revenue to last year’s base'],
      ],
    })
  }),
  family('constant-currency-growth', (rng) => {
    const m = thousands(symbol(rng))
    const r0 = drawn(rng, 3000, 12000, 10)
    const fx = Math.round(r0 * rng.pick([0.03, 0.05, -0.04, -0.06]))
    const r1 = Math.round(r0 * rng.pick([1.06, 1.1, 1.14])) + fx
    return figures(rng, pct(1), {
      stem: `${Company(rng)}'s reported revenue went from ${m(r0)} to ${m(r1)}. Its note says translating this year's revenue at last year's exchange rates would change it by ${fx >= 0 ? '-' : '+'}${m(Math.abs(fx))}. What was constant-currency growth (one decimal place)?`,
      in: { r0, r1, fx },
      key: (r1 - fx - r0) / r0,
      wrong: [
        ['reported', (r1 - r0) / r0, 'gives reported growth'],
        ['wrongWay', (r1 + fx - r0) / r0, 'applies the currency effect the wrong way'],
        ['newBase', (r1 - fx - r0) / r1, 'divides by this year’s reported revenue'],
        ['fxShare', -fx / r0, 'gives the currency effect itself'],
      ],
      signed: true,
    })
  }),
]
