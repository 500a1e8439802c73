import { VariantError } from '../assemble-variant.js'
import { bp, family, hundredths, money, ratio, share, thousands, times } from './cra-text.js'

// Credit risk measures. Expected loss is PD × LGD × EAD with the lender's stated conversion
// factor for undrawn lines; recoveries, scorecards and Z-scores use the coefficients, haircuts
// and priorities each stem gives, never a remembered version.

/** `x × a/10000 × b/10000` to the cent, rounded once. */
const twice = (x: number, a: number, b: number): number => share(x, a * b, 100_000_000)

export const RISK_FAMILIES = [
  family('expected-loss-with-ccf', (rng) => {
    const limit = thousands(rng, 200, 2000)
    const drawn = share(limit, rng.int(30, 85), 100)
    const ccf = rng.pick([2000, 5000, 7500])
    const pd = rng.int(50, 800)
    const lgd = rng.pick([2500, 3500, 4500, 5500, 6500])
    const m = money(rng)
    const ead = drawn + share(limit - drawn, ccf, 10000)
    return {
      stem: `Expected loss = PD × LGD × EAD, with EAD = drawn balance + credit conversion factor × undrawn commitment (rounded to the cent) and EL rounded to the cent. A ${m(limit)} revolving facility is ${m(drawn)} drawn; the lender's CCF for the undrawn part is ${bp(ccf)}, PD ${bp(pd)} and LGD ${bp(lgd)}. What is expected loss?`,
      key: m(twice(ead, pd, lgd)),
      wrong: [
        [m(twice(drawn, pd, lgd)), 'counts the drawn balance only'],
        [m(twice(limit, pd, lgd)), 'counts the whole limit'],
        [m(share(ead, pd, 10000)), 'leaves LGD out'],
        [m(twice(ead, pd, 10000 - lgd)), 'uses the recovery rate for LGD'],
        [m(share(ead, lgd, 10000)), 'leaves PD out'],
        [
          m(twice(drawn + share(limit - drawn, 10000 - ccf, 10000), pd, lgd)),
          'applies one minus the CCF',
        ],
      ],
      figures: { limit, drawn, ccf, pd, lgd },
    }
  }),
  family('lgd-after-collateral-haircut', (rng) => {
    const ead = thousands(rng, 200, 2000)
    const coll = share(ead, rng.int(40, 100), 100)
    const hc = rng.pick([2000, 2500, 3000, 4000])
    const costPct = rng.pick([500, 1000])
    const m = money(rng)
    const realised = coll - share(coll, hc, 10000)
    const costs = share(ead, costPct, 10000)
    const rec = Math.min(ead, realised) - costs
    if (rec <= 0) throw new VariantError('nothing recovered')
    const lgd = (r: number) => bp(ratio((ead - r) * 100, ead))
    return {
      stem: `LGD = (EAD − net recovery) ÷ EAD, where net recovery = collateral value after the lender's haircut (capped at EAD) − workout costs. EAD is ${m(ead)}; the collateral is valued at ${m(coll)} with a ${bp(hc)} haircut (rounded to the cent), and workout costs are ${bp(costPct)} of EAD (rounded to the cent). What is LGD, as a percentage to two decimal places?`,
      key: lgd(rec),
      wrong: [
        [lgd(Math.min(ead, coll) - costs), 'applies no haircut'],
        [lgd(Math.min(ead, realised)), 'leaves the workout costs out'],
        [bp(ratio(rec * 100, ead)), 'gives the recovery rate'],
        [
          lgd(Math.min(ead, share(coll, hc, 10000)) - costs),
          'keeps only the haircut share of collateral',
        ],
        [lgd(Math.min(ead, realised) - costs - costs), 'deducts the workout costs twice'],
        [bp(hc + costPct), 'adds the haircut and cost rates'],
      ],
      figures: { ead, coll, hc, costPct },
    }
  }),
  family('portfolio-expected-loss', (rng) => {
    const loans = Array.from({ length: 3 }, () => ({
      ead: thousands(rng, 100, 900),
      pd: rng.int(50, 900),
      lgd: rng.pick([2500, 3500, 4500, 6000]),
    }))
    const m = money(rng)
    const el = loans.reduce((s, l) => s + twice(l.ead, l.pd, l.lgd), 0)
    const tot = loans.reduce((s, l) => s + l.ead, 0)
    const avgPd = Math.round(loans.reduce((s, l) => s + l.pd, 0) / 3)
    const avgLgd = Math.round(loans.reduce((s, l) => s + l.lgd, 0) / 3)
    const listed = loans.map(
      (l, i) => `loan ${i + 1}: EAD ${m(l.ead)}, PD ${bp(l.pd)}, LGD ${bp(l.lgd)}`,
    )
    return {
      stem: `A lender's book has three loans (${listed.join('; ')}). Expected loss on each is PD × LGD × EAD, rounded to the cent; the book's EL is their sum. What is the book's expected loss?`,
      key: m(el),
      wrong: [
        [
          m(twice(tot, avgPd, avgLgd)),
          'multiplies the total EAD by simple-average PD and LGD (rounded to the basis point)',
        ],
        [m(loans.reduce((s, l) => s + share(l.ead, l.pd, 10000), 0)), 'leaves LGD out'],
        [
          m(loans.reduce((s, l) => s + twice(l.ead, l.pd, 10000 - l.lgd), 0)),
          'uses recovery rates for LGD',
        ],
        [
          m(twice(tot, Math.max(...loans.map((l) => l.pd)), avgLgd)),
          'applies the worst PD to the whole book',
        ],
        [
          m(twice(tot, Math.min(...loans.map((l) => l.pd)), avgLgd)),
          'applies the best PD to the whole book',
        ],
      ],
      figures: Object.fromEntries(
        loans.flatMap((l, i) => [
          [`e${i}`, l.ead],
          [`p${i}`, l.pd],
          [`l${i}`, l.lgd],
        ]),
      ),
    }
  }),
  family('altman-z-public-manufacturer', (rng) => {
    const ta = thousands(rng, 2000, 9000)
    const wc = share(ta, rng.int(-5, 30), 100)
    const re = share(ta, rng.int(5, 40), 100)
    const ebit = share(ta, rng.int(2, 18), 100)
    const mve = share(ta, rng.int(30, 150), 100)
    const bve = share(ta, rng.int(20, 60), 100)
    const tl = share(ta, rng.int(30, 80), 100)
    const sales = share(ta, rng.int(60, 200), 100)
    const ca = share(ta, rng.int(30, 60), 100)
    const m = money(rng)
    const key = zExact(ta, wc, re, ebit, mve, tl, sales, 100)
    return {
      stem: `Work Altman's Z-score for a listed manufacturer with the coefficients the lender's manual states: Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5, where X1 = working capital ÷ total assets, X2 = retained earnings ÷ total assets, X3 = EBIT ÷ total assets, X4 = market value of equity ÷ total liabilities and X5 = sales ÷ total assets. Total assets ${m(ta)}, current assets ${m(ca)}, working capital ${m(wc)}, retained earnings ${m(re)}, EBIT ${m(ebit)}, market value of equity ${m(mve)}, book equity ${m(bve)}, total liabilities ${m(tl)}, sales ${m(sales)}. What is Z, to two decimal places?`,
      key: times(key),
      wrong: [
        [times(zExact(ta, wc, re, ebit, bve, tl, sales, 100)), 'uses book equity for X4'],
        [times(zExact(ta, ca, re, ebit, mve, tl, sales, 100)), 'uses current assets for X1'],
        [times(zExact(ta, wc, re, ebit, mve, tl, sales, 0)), 'leaves out X5'],
        [times(zExact(ta, wc, re, ebit, mve, ta, sales, 100)), 'divides X4 by total assets'],
        [times(zExact(ta, wc, re, ebit, tl, mve, sales, 100)), 'inverts X4'],
      ],
      figures: { ta, wc, re, ebit, mve, bve, tl, sales, ca },
    }
  }),
  family('altman-z-double-prime-private', (rng) => {
    const ta = thousands(rng, 1000, 6000)
    const wc = share(ta, rng.int(-5, 30), 100)
    const re = share(ta, rng.int(-10, 40), 100)
    const ebit = share(ta, rng.int(-5, 18), 100)
    const eq = share(ta, rng.int(15, 60), 100)
    const tl = ta - eq
    const sales = share(ta, rng.int(60, 200), 100)
    const m = money(rng)
    const z = (x: readonly [number, number, number, number], e = eq, d = tl) =>
      zPrime(ta, wc, re, ebit, e, d, x)
    const C = [656, 326, 672, 105] as const
    return {
      stem: `For a private non-manufacturer the lender's manual gives Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, with X1 = working capital ÷ total assets, X2 = retained earnings ÷ total assets, X3 = EBIT ÷ total assets and X4 = book value of equity ÷ total liabilities (no sales term). Total assets ${m(ta)}, working capital ${m(wc)}, retained earnings ${m(re)}, EBIT ${m(ebit)}, book equity ${m(eq)}, total liabilities ${m(tl)}, sales ${m(sales)}. What is Z'', to two decimal places?`,
      key: times(z(C)),
      wrong: [
        [
          times(z(C) + ratio(sales, ta)),
          'adds a sales-to-assets term as in the manufacturer model',
        ],
        [times(z([120, 140, 330, 60])), 'uses the listed-manufacturer coefficients'],
        [times(z(C, eq, ta)), 'divides X4 by total assets'],
        [times(z(C, tl, eq)), 'inverts X4'],
        [times(z([656, 326, 672, 0])), 'leaves out X4'],
      ],
      figures: { ta, wc, re, ebit, eq, sales },
    }
  }),
  family('cumulative-pd', (rng) => {
    const pd = rng.int(50, 900)
    const years = rng.int(2, 5)
    const surv = 10000n ** BigInt(years) - (10000n - BigInt(pd)) ** BigInt(years)
    const key = roundDiv(surv * 10000n, 10000n ** BigInt(years))
    const sv = roundDiv((10000n - BigInt(pd)) ** BigInt(years) * 10000n, 10000n ** BigInt(years))
    // Where adding the PDs rounds to the key, the item cannot tell the two apart: refused.
    if (key === pd * years) throw new VariantError('adding the PDs gives the key')
    const all = 10000n ** BigInt(years)
    return {
      stem: `A borrower's annual probability of default is a constant ${bp(pd)}, independent from year to year. What is the probability that it defaults at some point within ${years} years (1 − (1 − PD)^${years}), as a percentage to two decimal places?`,
      key: bp(key),
      wrong: [
        [bp(pd * years), 'adds the annual PDs'],
        [bp(sv), 'gives the survival probability'],
        [bp(pd), 'gives one year’s PD'],
        [
          bp(roundDiv(((10000n + BigInt(pd)) ** BigInt(years) - all) * 10000n, all)),
          'compounds the PD upwards like interest instead of compounding survival',
        ],
        [
          bp(
            roundDiv(
              (10000n - BigInt(pd)) ** BigInt(years - 1) * BigInt(pd) * 10000n,
              10000n ** BigInt(years),
            ),
          ),
          'gives the chance of defaulting in the last year only',
        ],
      ],
      figures: { pd, years },
    }
  }),
  family('risk-based-minimum-rate', (rng) => {
    const cof = rng.int(250, 550)
    const pd = rng.int(50, 600)
    const lgd = rng.pick([3000, 4000, 4500, 6000])
    const opex = rng.int(50, 150)
    const cap = rng.pick([800, 1000, 1200])
    const hurdle = rng.pick([1200, 1500, 1800])
    const elRate = Math.round((pd * lgd) / 10000)
    const capCharge = Math.round((cap * hurdle) / 10000)
    const key = cof + elRate + opex + capCharge
    return {
      stem: `A lender prices a loan at cost of funds + expected-loss rate + operating cost + capital charge, where expected-loss rate = PD × LGD and capital charge = capital held (as a share of the loan) × hurdle return, each rounded to the basis point. Cost of funds ${bp(cof)}, PD ${bp(pd)}, LGD ${bp(lgd)}, operating cost ${bp(opex)}, capital held ${bp(cap)} and hurdle return ${bp(hurdle)}. What is the minimum annual rate?`,
      key: bp(key),
      wrong: [
        [bp(key - elRate + pd), 'charges the PD, not the expected-loss rate'],
        [bp(key - capCharge + cap), 'charges the whole capital held'],
        [bp(key - capCharge), 'leaves out the capital charge'],
        [bp(key - capCharge + hurdle), 'charges the hurdle return on the whole loan'],
        [bp(key - elRate), 'leaves out expected loss'],
        [bp(cof + elRate + capCharge), 'leaves out operating cost'],
      ],
      figures: { cof, pd, lgd, opex, cap, hurdle },
    }
  }),
  family('weighted-scorecard', (rng) => {
    const weights = rng.pick([
      [30, 25, 25, 20],
      [25, 30, 20, 25],
      [35, 25, 20, 20],
      [20, 30, 30, 20],
    ] as const)
    const lev = rng.int(100, 550)
    const cov = rng.int(120, 600)
    const cur = rng.int(80, 250)
    const yrs = rng.int(1, 25)
    const band = (v: number, cuts: readonly number[], low: boolean) => {
      const i = cuts.filter((c) => v >= c).length
      return low ? 5 - i : 1 + i
    }
    const sLev = band(lev, [200, 300, 400, 500], true)
    const sCov = band(cov, [200, 300, 400, 500], false)
    const sCur = band(cur, [100, 125, 150, 200], false)
    const sYrs = band(yrs, [3, 5, 10, 20], false)
    const s = [sLev, sCov, sCur, sYrs]
    const w = (sc: readonly number[]) => sc.reduce((t, x, i) => t + x * weights[i]!, 0)
    const flipLev = band(lev, [200, 300, 400, 500], false)
    return {
      stem: `The lender's rating scorecard scores four factors 1–5 and weights them: leverage (debt ÷ EBITDA) ${weights[0]}%, scoring 5 below 2.00×, 4 from 2.00× to below 3.00×, 3 from 3.00× to below 4.00×, 2 from 4.00× to below 5.00× and 1 at 5.00× or more; interest cover ${weights[1]}%, scoring 1 below 2.00×, 2 from 2.00×, 3 from 3.00×, 4 from 4.00× and 5 from 5.00×; current ratio ${weights[2]}%, scoring 1 below 1.00, 2 from 1.00, 3 from 1.25, 4 from 1.50 and 5 from 2.00; years trading ${weights[3]}%, scoring 1 below 3, 2 from 3, 3 from 5, 4 from 10 and 5 from 20. The borrower has leverage ${(lev / 100).toFixed(2)}×, interest cover ${(cov / 100).toFixed(2)}×, current ratio ${(cur / 100).toFixed(2)} and ${yrs} years trading. What is its weighted score (Σ weight × score ÷ 100), to two decimal places?`,
      key: hundredths(w(s)),
      wrong: [
        [hundredths(25 * s.reduce((a, b) => a + b, 0)), 'averages the scores without weights'],
        [
          hundredths(w([flipLev, sCov, sCur, sYrs])),
          'scores leverage the wrong way round, high as good',
        ],
        [hundredths(w([...s].reverse())), 'applies the weights in reverse order'],
        [hundredths(w([sLev, sCov, sCur, 5])), 'gives the top score for years trading'],
        [hundredths(w([1, sCov, sCur, sYrs])), 'gives leverage the bottom score'],
      ],
      figures: {
        w0: weights[0],
        w1: weights[1],
        w2: weights[2],
        w3: weights[3],
        lev,
        cov,
        cur,
        yrs,
      },
    }
  }),
  family('recovery-waterfall-unsecured', (rng) => {
    const proceeds = thousands(rng, 500, 3000)
    const costs = share(proceeds, rng.int(5, 15), 100)
    const pref = share(proceeds, rng.int(3, 10), 100)
    const secured = share(proceeds, rng.int(40, 75), 100)
    const unsec = share(proceeds, rng.int(40, 120), 100)
    const m = money(rng)
    const left = proceeds - costs - secured - pref
    if (left <= 0 || left >= unsec) throw new VariantError('no partial unsecured recovery')
    const rate = (x: number) => bp(ratio(x * 100, unsec))
    return {
      stem: `A borrower's assets realise ${m(proceeds)}. They are paid out in order: realisation costs ${m(costs)}, then the secured lender's ${m(secured)}, then preferential creditors ${m(pref)}; whatever is left goes pro rata to unsecured creditors owed ${m(unsec)} in total. What is the unsecured recovery rate (cents in the pound), as a percentage to two decimal places?`,
      key: rate(left),
      wrong: [
        [rate(left + costs), 'leaves the realisation costs out'],
        [rate(left + pref), 'ranks the preferential creditors after the unsecured'],
        [rate(proceeds - secured), 'pays only the secured lender first'],
        [bp(ratio(left * 100, unsec + secured + pref)), 'shares what is left over all creditors'],
        [
          bp(ratio(proceeds * 100, unsec + secured + pref + costs)),
          'shares everything pro rata with no priority',
        ],
      ],
      figures: { proceeds, costs, pref, secured, unsec },
    }
  }),
  family('collateral-cover-after-haircuts', (rng) => {
    const exp = thousands(rng, 300, 2000)
    const prop = share(exp, rng.int(40, 100), 100)
    const deb = share(exp, rng.int(20, 60), 100)
    const stock = share(exp, rng.int(10, 40), 100)
    const [hp, hd, hs] = [
      rng.pick([2000, 2500, 3000]),
      rng.pick([2000, 3000]),
      rng.pick([5000, 6000]),
    ]
    const m = money(rng)
    const after = (x: number, h: number) => x - share(x, h, 10000)
    const net = after(prop, hp) + after(deb, hd) + after(stock, hs)
    const cover = (v: number) => bp(ratio(v * 100, exp))
    return {
      stem: `The lender's collateral cover is the sum of collateral after its haircuts ÷ exposure. Exposure is ${m(exp)}; collateral is property ${m(prop)} (haircut ${bp(hp)}), receivables ${m(deb)} (haircut ${bp(hd)}) and stock ${m(stock)} (haircut ${bp(hs)}), each net value rounded to the cent. What is collateral cover, as a percentage to two decimal places?`,
      key: cover(net),
      wrong: [
        [cover(prop + deb + stock), 'applies no haircuts'],
        [
          cover(share(prop + deb + stock, 10000 - hp, 10000)),
          'applies the property haircut to everything',
        ],
        [
          cover(share(prop, hp, 10000) + share(deb, hd, 10000) + share(stock, hs, 10000)),
          'keeps the haircut shares',
        ],
        [cover(after(prop, hp) + after(deb, hd)), 'leaves the stock out'],
        [
          cover(after(prop, hp) + deb + stock - share(exp, hs, 10000)),
          'takes the stock haircut on the exposure',
        ],
      ],
      figures: { exp, prop, deb, stock, hp, hd, hs },
    }
  }),
  family('trade-credit-limit', (rng) => {
    const tnw = thousands(rng, 200, 2000)
    const wc = share(tnw, rng.int(20, 80), 100)
    const purch = share(tnw, rng.int(5, 40), 100)
    const [a, b] = [rng.pick([10, 15, 20]), rng.pick([20, 25, 30])]
    const terms = rng.pick([30, 45, 60])
    const m = money(rng)
    const r1 = share(tnw, a, 100)
    const r2 = share(wc, b, 100)
    const r3 = share(purch, terms, 30)
    const key = Math.min(r1, r2, r3)
    if (new Set([r1, r2, r3]).size < 3) throw new VariantError('tie')
    return {
      stem: `A trade creditor sets a customer's credit limit at the lowest of ${a}% of tangible net worth, ${b}% of working capital, and the expected monthly purchases × payment terms in days ÷ 30 (each rounded to the cent). The customer has tangible net worth ${m(tnw)} and working capital ${m(wc)}, expects to buy ${m(purch)} a month and is offered ${terms}-day terms. What is the credit limit?`,
      key: m(key),
      wrong: [
        [m(Math.max(r1, r2, r3)), 'takes the highest of the three'],
        [m(r1 + r2 + r3 - key - Math.max(r1, r2, r3)), 'takes the middle of the three'],
        [m(share(tnw, b, 100)), 'applies the working-capital rate to net worth'],
        [m(purch), 'limits to one month’s purchases'],
        [m(share(r1 + r2 + r3, 1, 3)), 'averages the three tests instead of taking the lowest'],
      ],
      figures: { tnw, wc, purch, a, b, terms },
    }
  }),
  family('stage-two-expected-credit-loss', (rng) => {
    const ead = thousands(rng, 100, 1500)
    const pd12 = rng.int(100, 600)
    const pdLife = pd12 * rng.int(2, 4) + rng.int(0, 200)
    const lgd = rng.pick([3000, 4000, 4500, 5500])
    const dpd = rng.int(31, 89)
    const m = money(rng)
    return {
      stem: `Under the lender's impairment policy a loan more than 30 days past due is in stage 2 and carries a lifetime expected credit loss (lifetime PD × LGD × EAD); stage 1 loans carry a 12-month ECL (12-month PD × LGD × EAD); each rounded to the cent. A loan with EAD ${m(ead)} is ${dpd} days past due; its 12-month PD is ${bp(pd12)}, lifetime PD ${bp(pdLife)} and LGD ${bp(lgd)}. What ECL does it carry?`,
      key: m(twice(ead, pdLife, lgd)),
      wrong: [
        [m(twice(ead, pd12, lgd)), 'uses the 12-month PD'],
        [m(share(ead, pdLife, 10000)), 'leaves LGD out'],
        [m(twice(ead, pdLife + pd12, lgd)), 'adds the 12-month PD to the lifetime PD'],
        [m(twice(ead, pdLife, 10000 - lgd)), 'uses the recovery rate for LGD'],
        [m(twice(ead, pdLife - pd12, lgd)), 'takes the 12-month PD off the lifetime PD'],
      ],
      figures: { ead, pd12, pdLife, lgd, dpd },
    }
  }),
  family('cohort-default-rate', (rng) => {
    const start = rng.int(200, 900)
    const defs = rng.int(4, 40)
    const newLoans = rng.int(20, 150)
    const newDefs = rng.int(1, 5)
    const repaid = rng.int(10, 80)
    const end = start + newLoans - defs - newDefs - repaid
    return {
      stem: `A lender measures a year's default rate by the cohort method: defaults during the year among borrowers in the book at the start ÷ the number in the book at the start. ${start} borrowers were in the book at the start; ${defs} of them defaulted in the year and ${repaid} repaid in full. ${newLoans} new borrowers joined during the year, ${newDefs} of whom defaulted. ${end} were in the book at the end. What is the default rate, as a percentage to two decimal places?`,
      key: bp(ratio(defs * 100, start)),
      wrong: [
        [bp(ratio((defs + newDefs) * 100, start)), 'counts the new borrowers’ defaults'],
        [
          bp(ratio((defs + newDefs) * 100, start + newLoans)),
          'adds the new borrowers to the cohort',
        ],
        [bp(ratio(defs * 100, end)), 'divides by the year-end count'],
        [bp(ratio(defs * 100, start - repaid)), 'takes the repaid borrowers out of the cohort'],
        [bp(ratio(defs * 200, start + end)), 'divides by the average count'],
      ],
      figures: { start, defs, newLoans, newDefs, repaid },
    }
  }),
  family('dilution-reserve', (rng) => {
    const sales = thousands(rng, 1000, 6000)
    const credits = share(sales, rng.int(1, 6), 100)
    const mult = rng.pick([2, 3])
    const floor = rng.pick([300, 500])
    const rec = share(sales, rng.int(10, 25), 100)
    const m = money(rng)
    const dil = ratio(credits * 100, sales)
    const rate = Math.max(dil * mult, floor)
    if (dil * mult === floor) throw new VariantError('tie')
    return {
      stem: `An invoice-finance firm holds a dilution reserve on the receivables it funds: dilution = credit notes ÷ invoiced sales over the last 12 months (a percentage to two decimal places); the reserve rate is ${mult} × dilution, but never below ${bp(floor)}. Sales were ${m(sales)}, credit notes ${m(credits)}, and funded receivables are ${m(rec)}. What is the reserve (receivables × reserve rate, rounded to the cent)?`,
      key: m(share(rec, rate, 10000)),
      wrong: [
        [m(share(rec, dil, 10000)), 'applies dilution without the multiple'],
        [m(share(rec, Math.min(dil * mult, floor), 10000)), 'treats the floor as a ceiling'],
        [m(share(sales, rate, 10000)), 'applies the rate to sales'],
        [m(share(rec, dil * mult + floor, 10000)), 'adds the floor to the multiple'],
        [m(share(rec, floor, 10000)), 'applies the floor regardless'],
      ],
      figures: { sales, credits, mult, floor, rec },
    }
  }),
  family('el-as-share-of-exposure', (rng) => {
    const pd = rng.int(50, 900)
    const coll = rng.int(30, 90)
    const hc = rng.pick([20, 25, 30, 40])
    const ead = thousands(rng, 200, 2000)
    const m = money(rng)
    const collV = share(ead, coll, 100)
    const rec = collV - share(collV, hc, 100)
    const lgdBp = ratio((ead - rec) * 100, ead)
    return {
      stem: `For a secured term loan with EAD ${m(ead)}, collateral is valued at ${m(collV)} and the lender's haircut is ${hc}% (recovery = value after haircut, rounded to the cent). LGD = (EAD − recovery) ÷ EAD, as a percentage to two places; PD is ${bp(pd)}. What is the expected loss rate PD × LGD, as a percentage to two decimal places (rounded once, at the end)?`,
      key: bp(roundDiv(BigInt(pd) * BigInt(lgdBp), 10000n)),
      wrong: [
        [
          bp(roundDiv(BigInt(pd) * BigInt(ratio((ead - collV) * 100, ead)), 10000n)),
          'applies no haircut',
        ],
        [bp(roundDiv(BigInt(pd) * BigInt(10000 - lgdBp), 10000n)), 'uses the recovery rate'],
        [bp(lgdBp), 'gives LGD, not the loss rate'],
        [bp(pd), 'gives PD, not the loss rate'],
        [
          bp(
            roundDiv(BigInt(pd) * BigInt(ratio((ead - share(collV, hc, 100)) * 100, ead)), 10000n),
          ),
          'keeps only the haircut share of collateral',
        ],
      ],
      figures: { pd, coll, hc, ead },
    }
  }),
  family('expected-loss-with-guarantee-substitution', (rng) => {
    const ead = thousands(rng, 200, 2000)
    const g = share(ead, rng.int(30, 80), 100)
    const pdB = rng.int(200, 900)
    const pdG = rng.int(10, 150)
    const lgd = rng.pick([3500, 4500, 5500])
    const m = money(rng)
    const key = twice(g, pdG, lgd) + twice(ead - g, pdB, lgd)
    return {
      stem: `A ${m(ead)} loan carries a bank guarantee of ${m(g)}. The lender substitutes the guarantor's PD for the guaranteed part only: EL = guarantor PD × LGD × guaranteed amount + borrower PD × LGD × the rest, each part rounded to the cent. Borrower PD is ${bp(pdB)}, guarantor PD ${bp(pdG)} and LGD ${bp(lgd)} on both parts. What is expected loss?`,
      key: m(key),
      wrong: [
        [m(twice(ead, pdB, lgd)), 'ignores the guarantee'],
        [m(twice(ead, pdG, lgd)), 'gives the whole loan the guarantor’s PD'],
        [m(twice(ead - g, pdB, lgd)), 'treats the guaranteed part as riskless'],
        [m(twice(g, pdB, lgd) + twice(ead - g, pdG, lgd)), 'swaps the two PDs'],
        [
          m(twice(ead, pdB, lgd) + twice(g, pdG, lgd)),
          'adds the guarantor’s loss to the borrower’s',
        ],
        [m(share(g, pdG, 10000) + share(ead - g, pdB, 10000)), 'leaves LGD out'],
      ],
      figures: { ead, g, pdB, pdG, lgd },
    }
  }),
]

/** Z' style scores with four coefficients in hundredths, X4 = e ÷ d; in hundredths. */
function zPrime(
  ta: number,
  wc: number,
  re: number,
  ebit: number,
  e: number,
  d: number,
  c: readonly [number, number, number, number],
): number {
  const [A, D] = [BigInt(ta), BigInt(d)]
  const num =
    (BigInt(c[0]) * BigInt(wc) + BigInt(c[1]) * BigInt(re) + BigInt(c[2]) * BigInt(ebit)) * D +
    BigInt(c[3]) * BigInt(e) * A
  return roundDiv(num, A * D)
}

/** `n ÷ d` rounded half away from zero; `d` positive. */
function roundDiv(n: bigint, d: bigint): number {
  const neg = n < 0n
  const a = neg ? -n : n
  const r = (2n * a + d) / (2n * d)
  return Number(neg ? -r : r)
}

/** Z = 1.2X1 + 1.4X2 + 3.3X3 + 0.6X4 + (x5/100)X5, in hundredths, rounded half away from zero. */
function zExact(
  ta: number,
  wc: number,
  re: number,
  ebit: number,
  mve: number,
  tl: number,
  sales: number,
  x5: number,
): number {
  // Over the common denominator ta × tl, all in BigInt: 100 × Z = Σ (100·coefficient) × ratio.
  const [A, L] = [BigInt(ta), BigInt(tl)]
  const num =
    (120n * BigInt(wc) + 140n * BigInt(re) + 330n * BigInt(ebit) + BigInt(x5) * BigInt(sales)) * L +
    60n * BigInt(mve) * A
  const den = A * L
  const neg = num < 0n
  const a = neg ? -num : num
  const r = (2n * a + den) / (2n * den)
  return Number(neg ? -r : r)
}
