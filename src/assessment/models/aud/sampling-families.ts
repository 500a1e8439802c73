import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  plain,
  rest,
  sub,
  usd,
} from './aud-text.js'

// Substantive sampling. The slips are a confidence or expansion factor of another level, the
// expected misstatement left out, unexpanded or multiplied by the confidence factor, the items
// taken with certainty left in the population or left out of the count, another population (net
// of credits, with the key items, with the sample's own items), a tainting over the audited value
// or over the wrong unit, a certainty item's misstatement projected, the taintings ranked the
// wrong way or given their cumulative factors, a projection by another method (difference for
// ratio, unstratified for stratified) and a sample size without or with a wrong finite correction.

const money = usd(2)
const items = plain(0, 'items')
/** A factor drawn in hundredths. */
const h = (x: number): Fraction => frac(x, 100)
/** A factor in hundredths as a stem writes it: 231 → `2.31`. */
const f2 = (x: number): string => fixed(h(x), 2)
/** A factor in hundredths with the places it needs: 150 → `1.5`, 125 → `1.25`. */
const f = (x: number): string => String(x / 100)
/** The smallest whole number at or above x (x > 0). */
const ceil = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
/** The largest whole number at or below x (x ≥ 0). */
const floor = (x: Fraction): Fraction => frac(x.n / x.d)
/** `x` as a plain number, for comparisons inside a draw (never shown). */
const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** The sum of fractions. */
const total = (xs: readonly Fraction[]): Fraction => xs.reduce((s, x) => add(s, x), frac(0))
/** Whole dollars drawn from `low` to `high` dollars. */
const between = (rng: { int(a: number, b: number): number }, low: number, high: number): number =>
  rng.int(Math.ceil(low), Math.floor(high))

/** The firm's monetary unit sampling table by risk of incorrect acceptance. */
const RISK = [5, 10, 15, 20, 25] as const
const CF0 = [300, 231, 190, 161, 139] as const
const EXP = [160, 150, 140, 130, 125] as const
const TABLE =
  'for risks of incorrect acceptance of 5%, 10%, 15%, 20% and 25%, zero-misstatement confidence factors of 3.00, 2.31, 1.90, 1.61 and 1.39 and expansion factors of 1.6, 1.5, 1.4, 1.3 and 1.25'
/** Poisson upper-limit factors for 0 to 3 misstatements, by confidence level. */
const UPPER: Readonly<Record<number, readonly number[]>> = {
  95: [300, 475, 630, 776],
  90: [231, 389, 533, 669],
}
/** The AICPA-style assurance factors for nonstatistical sample sizes (rows: risk of material
 * misstatement; columns: risk that other substantive procedures fail to detect). */
const LEVELS = ['maximum', 'slightly below maximum', 'moderate', 'low'] as const
const ASSURANCE = [
  [30, 27, 23, 20],
  [27, 24, 21, 16],
  [23, 21, 16, 12],
  [20, 16, 12, 10],
] as const
/** Reliability coefficients for classical variables sampling, in thousandths, by confidence. */
const Z: Readonly<Record<number, number>> = { 99: 2576, 95: 1960, 90: 1645 }
/** The firm's MUS confidence factors by the ratio of expected to tolerable misstatement. */
const RATIOS = [0, 5, 10, 15, 20, 25, 30] as const
const BY_RATIO: Readonly<Record<number, readonly number[]>> = {
  5: [300, 331, 368, 411, 463, 524, 600],
  10: [231, 252, 277, 307, 341, 383, 433],
}
/** A list of dollar amounts as a stem writes it: `$1, $2 and $3`. */
const listed = (xs: readonly number[]): string =>
  xs.length === 1
    ? dol(xs[0]!)
    : `${xs.slice(0, -1).map(dol).join(', ')} and ${dol(xs[xs.length - 1]!)}`

/** The tainting of an overstatement: (book − audited) ÷ book. */
const taint = (book: number, audited: number): Fraction => frac(book - audited, book)

/** Items at or above `cut` among `xs`: their count and total. */
const certain = (xs: readonly number[], cut: Fraction): [number, number] => {
  const over = xs.filter((x) => num(frac(x)) >= num(cut))
  return [over.length, over.reduce((s, x) => s + x, 0)]
}

/** Basic precision plus ranked projected misstatements × incremental factors. */
const upperLimit = (J: Fraction, factors: readonly number[], ts: readonly Fraction[]) => {
  let u = mul(J, h(factors[0]!))
  ts.forEach((t, k) => {
    u = add(u, mul(t, J, h(factors[k + 1]! - factors[k]!)))
  })
  return u
}
/** Taintings from the largest down. */
const desc = (ts: readonly Fraction[]): Fraction[] => [...ts].sort((a, b) => num(b) - num(a))

/**
 * A family that draws its case again, up to eight more times, when a draw leaves no contrast (two
 * options alike, or the slips all on one side of the key), rather than refusing it outright.
 */
const patient = (family: ScenarioFamily): ScenarioFamily => ({
  id: family.id,
  draw: (rng) => {
    for (let t = 0; t < 8; t++) {
      try {
        return family.draw(rng)
      } catch (error) {
        if (!(error instanceof VariantError)) throw error
      }
    }
    return family.draw(rng)
  },
})

export const SAMPLING_FAMILIES: ScenarioFamily[] = [
  patient(
    apart('mus-sample-size-from-confidence-and-expansion-factors', (rng) => {
      const D = rng.int(300, 1500) * 10000
      const Cr = Math.round((D * rng.int(40, 120)) / 1000000) * 1000
      const TM = between(rng, (D * 0.03) / 1000, (D * 0.06) / 1000) * 1000
      const EM = Math.round((TM * rng.int(10, 30)) / 100000) * 1000
      const i = rng.int(1, 3)
      if (EM <= 0) rest()
      const size = (pop: number, cf: number, em: Fraction) =>
        ceil(div(mul(pop, h(cf)), sub(TM, em)))
      return {
        stem: `Trade receivables at the year end are ${dol(D - Cr)} net: debit balances of ${dol(D)} and credit balances of ${dol(Cr)}. The firm tests the credit balances separately and samples only the debit balances by monetary unit sampling. Tolerable misstatement for receivables is ${dol(TM)}, the expected misstatement ${dol(EM)}, and the engagement team has set the risk of incorrect acceptance at ${RISK[i]}%. The firm’s table gives, ${TABLE}. The sample size is the population × the confidence factor ÷ (tolerable misstatement − expected misstatement × the expansion factor), rounded up to a whole item. How many items does the sample need?`,
        show: items,
        figures: { D, Cr, TM, EM, i },
        key: size(D, CF0[i]!, mul(EM, h(EXP[i]!))),
        wrong: [
          [
            size(D, CF0[i - 1]!, mul(EM, h(EXP[i - 1]!))),
            `uses the factors for ${RISK[i - 1]}% risk`,
          ],
          [
            size(D, CF0[i]!, mul(EM, h(CF0[i]!))),
            'multiplies the expected misstatement by the confidence factor',
          ],
          [
            size(D + Cr, CF0[i]!, mul(EM, h(EXP[i]!))),
            'samples debit and credit balances together at their absolute values',
          ],
          [
            size(D, CF0[i + 1]!, mul(EM, h(EXP[i + 1]!))),
            `uses the factors for ${RISK[i + 1]}% risk`,
          ],
          [size(D, CF0[i]!, frac(0)), 'leaves out the expected misstatement'],
          [size(D, CF0[i]!, frac(EM)), 'leaves the expected misstatement unexpanded'],
          [size(D - Cr, CF0[i]!, mul(EM, h(EXP[i]!))), 'sizes the sample on the net balance'],
        ],
      }
    }),
  ),
  apart('mus-items-examined-with-certainty-and-by-interval', (rng) => {
    const BV = rng.int(500, 1500) * 10000 + rng.int(0, 9999)
    const TM = between(rng, (BV * 0.03) / 1000, (BV * 0.05) / 1000) * 1000
    const EM = Math.round((TM * rng.int(10, 25)) / 100000) * 1000
    const i = rng.int(0, 3)
    const cf = h(CF0[i]!)
    const J = floor(div(sub(TM, mul(EM, h(EXP[i]!))), cf))
    const J1 = floor(div(TM - EM, cf))
    const J2 = floor(div(TM, cf))
    const [j, j1, j2] = [J, J1, J2].map(num) as [number, number, number]
    if (j1 - j < 20 || j2 - j1 < 20) rest()
    const big = [
      between(rng, TM, TM * 1.6),
      between(rng, j2, TM - 1),
      between(rng, j1, j2 - 1),
      ...Array.from({ length: rng.int(1, 2) }, () => between(rng, j, j1 - 1)),
      between(rng, j * 0.7, j - 1),
      between(rng, j * 0.7, j - 1),
    ]
    const L = rng.shuffle(big)
    const Y = Math.floor((j * 0.6) / 1000) * 1000
    const tested = (interval: Fraction, cut: Fraction) => {
      const [c, C] = certain(L, cut)
      return add(c, ceil(div(BV - C, interval)))
    }
    const [c, C] = certain(L, J)
    const fig: Record<string, number> = { BV, TM, EM, i, Y }
    L.forEach((x, k) => {
      fig[`x${k}`] = x
    })
    return {
      stem: `Inventory at the year end has a book value of ${dol(BV)}. For monetary unit sampling, tolerable misstatement is ${dol(TM)} and the expected misstatement ${dol(EM)}; at the risk of incorrect acceptance set, the firm’s table gives a confidence factor of ${f2(CF0[i]!)} and an expansion factor of ${f(EXP[i]!)}. The sampling interval is (tolerable misstatement − expected misstatement × expansion factor) ÷ confidence factor, rounded down to the whole dollar. Every item at or above the interval is examined with certainty, and the rest of the population is sampled at that interval: the number of selections is the remaining book value ÷ the interval, rounded up, each falling on a different item. The largest items are ${listed(L)}; every other item is below ${dol(Y)}. How many items will be examined in all?`,
      show: items,
      figures: fig,
      key: tested(J, J),
      wrong: [
        [ceil(div(BV, J)), 'samples the whole population without taking items with certainty'],
        [
          add(c, ceil(div(BV, J))),
          'takes the certainty items and also samples the whole book value',
        ],
        [tested(J, frac(TM)), 'takes with certainty only items at or above tolerable misstatement'],
        [ceil(div(BV - C, J)), 'leaves the certainty items out of the count'],
        [tested(J1, J1), 'leaves the expected misstatement unexpanded'],
        [tested(J2, J2), 'leaves out the expected misstatement'],
      ],
    }
  }),
  patient(
    apart('mus-systematic-selection-from-a-random-start', (rng) => {
      const J = rng.int(300, 900) * 100 + rng.int(0, 99)
      const m = 10
      const bigAt = rng.int(1, m - 2)
      const a = Array.from({ length: m }, (_, k) =>
        k === bigAt ? between(rng, 2.05 * J, 2.6 * J) : between(rng, 0.15 * J, 0.9 * J),
      )
      // A random start that makes one unit land exactly on a running total.
      const S: number[] = []
      a.reduce((s, x, k) => {
        S[k] = s + x
        return S[k]!
      }, 0)
      const fits = [...Array(m - 1).keys()].filter(
        (k) => k !== bigAt && k + 1 !== bigAt && a[k + 1]! > a[k]! && S[k]! > J,
      )
      if (fits.length === 0) rest()
      const onto = rng.pick(fits)
      const top = S[m - 1]!
      const R = ((S[onto]! - 1) % J) + 1
      const units = (start: number) => {
        const out: number[] = []
        for (let u = start; u <= top; u += J) out.push(u)
        return out
      }
      const at = (u: number) => S.findIndex((s) => s >= u)
      const sum = (ks: Iterable<number>) => [...new Set(ks)].reduce((s, k) => s + a[k]!, 0)
      const chosen = (us: readonly number[]) => sum(us.map(at))
      const key = chosen(units(R))
      const exact = units(R).map((u) => (S.includes(u) ? at(u) + 1 : at(u)))
      const wrong: [Fraction, string][] = [
        [
          frac(units(R).reduce((s, u) => s + a[at(u)]!, 0)),
          'adds a balance once for each unit it holds',
        ],
        [
          frac(
            sum(
              units(R)
                .map((u) => at(u) + 1)
                .filter((k) => k < m),
            ),
          ),
          'takes the balance after the one whose running total reaches each unit',
        ],
        [
          frac(
            sum(
              units(R)
                .map((u) => at(u) - 1)
                .filter((k) => k >= 0),
            ),
          ),
          'takes the balance whose running total is the last below each unit',
        ],
        [frac(chosen(units(J))), 'starts at the interval instead of the random start'],
        [frac(chosen(units(R + J))), 'adds the interval to the random start for the first unit'],
        [frac(key - a[bigAt]!), 'leaves out the balance larger than the interval'],
        [
          frac(sum(exact.filter((k) => k < m))),
          'puts a unit equal to a running total in the next balance',
        ],
      ]
      const above = wrong.filter(([x]) => x.n > BigInt(key)).length
      const below = wrong.filter(([x]) => x.n < BigInt(key)).length
      if (above < 3 || below < 3) rest()
      const fig: Record<string, number> = { J, R }
      a.forEach((x, k) => {
        fig[`a${k}`] = x
      })
      return {
        stem: `The first page of a receivables listing, in ledger order with running totals from zero, shows these balances: ${a.map((x, k) => `${k + 1}. ${dol(x)} (running total ${dol(S[k]!)})`).join('; ')}. Monetary unit sampling uses an interval of ${dol(J)} and a random start of ${n(R)}: the selected dollar units are the random start and every interval after it, and a unit falls in the first balance whose running total reaches it (a unit equal to a running total falls in that balance). Large balances are not set aside first, and a balance holding more than one selected unit is tested once. What is the total book value of the balances on this page to be tested, ${CENTS}?`,
        show: money,
        figures: fig,
        key: frac(key),
        wrong,
      }
    }),
  ),
  apart('mus-projected-misstatement-from-taintings', (rng) => {
    const J = rng.int(400, 1600) * 50
    const lvl = rng.pick([95, 90])
    const B = [0, 1, 2].map(() => between(rng, 0.1 * J, 0.9 * J))
    const A = B.map((b) => between(rng, 0.2 * b, 0.95 * b))
    const Bc = between(rng, 1.2 * J, 3 * J)
    const Ac = Bc - between(rng, 0.02 * Bc, 0.25 * Bc)
    const ts = B.map((b, k) => taint(b, A[k]!))
    const Ec = frac(Bc - Ac)
    const projected = total(ts.map((t) => mul(t, J)))
    const key = add(projected, Ec)
    return {
      stem: `A monetary unit sample of receivables used a sampling interval of ${dol(J)}, planned at ${lvl}% confidence, whose zero-misstatement factor of ${f2(UPPER[lvl]![0]!)} gives the basic precision added at evaluation. Three sampled balances, each below the interval, were overstated: book ${dol(B[0]!)} audited ${dol(A[0]!)}, book ${dol(B[1]!)} audited ${dol(A[1]!)}, and book ${dol(B[2]!)} audited ${dol(A[2]!)}. A balance of ${dol(Bc)}, examined with certainty because it exceeds the interval, was audited at ${dol(Ac)}. The firm projects each sampled misstatement as its tainting (misstatement ÷ book value) × the interval and adds misstatements in items examined with certainty as found. What is the total projected misstatement, before any allowance for sampling risk, ${CENTS}?`,
      show: money,
      figures: { J, lvl, B0: B[0]!, A0: A[0]!, B1: B[1]!, A1: A[1]!, B2: B[2]!, A2: A[2]!, Bc, Ac },
      key,
      wrong: [
        [add(projected, mul(taint(Bc, Ac), J)), 'projects the certainty item’s tainting too'],
        [projected, 'leaves out the certainty item'],
        [
          add(frac(B[0]! + B[1]! + B[2]! - A[0]! - A[1]! - A[2]!), Ec),
          'adds the misstatements found without projecting them',
        ],
        [
          add(total(B.map((b, k) => mul(frac(b - A[k]!, A[k]!), J))), Ec),
          'takes the tainting over the audited value',
        ],
        [add(mul(3, J), Ec), 'projects each sampled misstatement as a whole interval'],
        [add(key, mul(J, h(UPPER[lvl]![0]!))), 'adds the basic precision'],
      ],
    }
  }),
  apart('mus-upper-misstatement-limit-with-ranked-incremental-allowances', (rng) => {
    const J = rng.int(400, 1600) * 50
    const lvl = rng.pick([95, 90])
    const F = UPPER[lvl]!
    const B = [0, 1, 2].map(() => between(rng, 0.1 * J, 0.9 * J))
    const A = B.map((b) => between(rng, 0.1 * b, 0.95 * b))
    const ts = B.map((b, k) => taint(b, A[k]!))
    const down = desc(ts)
    const key = upperLimit(frac(J), F, down)
    const bp = mul(J, h(F[0]!))
    const pm = total(ts.map((t) => mul(t, J)))
    return {
      stem: `A monetary unit sample of inventory used a sampling interval of ${dol(J)} and found three overstatements, all in items below the interval: book ${dol(B[0]!)} audited ${dol(A[0]!)}, book ${dol(B[1]!)} audited ${dol(A[1]!)}, and book ${dol(B[2]!)} audited ${dol(A[2]!)}. At ${lvl}% confidence the firm’s table gives factors of ${F.map(f2).join(', ')} for 0, 1, 2 and 3 misstatements, so incremental factors of ${F.slice(
        1,
      )
        .map((x, k) => f2(x - F[k]!))
        .join(
          ', ',
        )} for the first, second and third. The upper misstatement limit is the basic precision (interval × the zero-misstatement factor) plus each projected misstatement (tainting × interval, the tainting being misstatement ÷ book value) × its incremental factor, the projected misstatements ranked from the largest tainting down. What is the upper misstatement limit, ${CENTS}?`,
      show: money,
      figures: { J, lvl, B0: B[0]!, A0: A[0]!, B1: B[1]!, A1: A[1]!, B2: B[2]!, A2: A[2]! },
      key,
      wrong: [
        [upperLimit(frac(J), F, [...down].reverse()), 'ranks the taintings from the smallest up'],
        [sub(key, bp), 'leaves out the basic precision'],
        [add(bp, pm), 'adds the projected misstatements without incremental factors'],
        [
          add(bp, total(down.map((t, k) => mul(t, J, h(F[k + 1]!))))),
          'applies the cumulative factors instead of the increments',
        ],
        [mul(J, h(F[3]!)), 'treats every misstatement as fully tainted'],
        [
          upperLimit(frac(J), F, desc(B.map((b, k) => frac(b - A[k]!, A[k]!)))),
          'takes the taintings over the audited values',
        ],
      ],
    }
  }),
  apart('mus-upper-limit-with-no-sample-misstatement-and-certainty-items', (rng) => {
    const BV = rng.int(800, 3000) * 10000 + rng.int(0, 9999)
    const ns = rng.int(60, 140)
    const Jp = Math.round(BV / ns / 1000) * 1000
    const k = rng.int(3, 5)
    const big = Array.from({ length: k }, () => between(rng, 1.1 * Jp, 3 * Jp))
    const C = big.reduce((s, x) => s + x, 0)
    const E1 = between(rng, 0.02 * big[0]!, 0.15 * big[0]!)
    const E2 = between(rng, 0.02 * big[1]!, 0.15 * big[1]!)
    const J = frac(BV - C, ns)
    // The cut stated is the interval rounded down to the thousand, so every item at or above the
    // interval is among those examined in full and every other item is below the interval.
    const X = Number((J.n / J.d / 1000n) * 1000n)
    const Ec = frac(E1 + E2)
    const basic = (interval: Fraction, cf: number) => mul(interval, h(cf))
    const key = add(basic(J, 231), Ec)
    return {
      stem: `Sales of ${dol(BV)} are tested for overstatement. The ${k} invoices over ${dol(X)} (${listed(big)}), the only ones at or above the sampling interval worked out below, were examined in full: the ${dol(big[0]!)} invoice was overstated by ${dol(E1)} and the ${dol(big[1]!)} invoice by ${dol(E2)}. The rest of the population was sampled by monetary unit sampling with ${ns} selections, the interval being the remaining book value ÷ the number of selections, and the sample found no misstatement. The firm works at 90% confidence; its table gives zero-misstatement factors of 3.00 at 95%, 2.31 at 90% and 1.61 at 80%. The upper misstatement limit is the basic precision (interval × factor) plus the misstatements found in the items examined in full. What is the upper misstatement limit, ${CENTS}?`,
      show: money,
      figures: { BV, ns, X, k, ...Object.fromEntries(big.map((x, j) => [`c${j}`, x])), E1, E2 },
      key,
      wrong: [
        [add(basic(frac(BV, ns), 231), Ec), 'takes the interval over the whole book value'],
        [add(basic(J, 300), Ec), 'uses the 95% factor'],
        [
          add(basic(J, 231), mul(Ec, h(231))),
          'applies the confidence factor to the certainty misstatements',
        ],
        [
          add(basic(J, 231), add(mul(frac(E1, big[0]!), J), mul(frac(E2, big[1]!), J))),
          'projects the certainty misstatements by their tainting',
        ],
        [basic(J, 231), 'leaves out the certainty misstatements'],
        [add(basic(J, 161), Ec), 'uses the 80% factor'],
      ],
    }
  }),
  apart('mus-upper-limit-for-overstatement-net-of-understatement', (rng) => {
    const J = rng.int(400, 1600) * 50
    const lvl = rng.pick([95, 90])
    const F = UPPER[lvl]!
    const B = [0, 1].map(() => between(rng, 0.1 * J, 0.9 * J))
    const A = B.map((b) => between(rng, 0.1 * b, 0.95 * b))
    const Bu = between(rng, 0.1 * J, 0.8 * J)
    const Au = Bu + between(rng, 0.05 * Bu, Math.min(0.6 * Bu, 0.95 * J - Bu))
    const ts = desc(B.map((b, k) => taint(b, A[k]!)))
    const u = frac(Au - Bu, Bu)
    const gross = upperLimit(frac(J), F, ts)
    const key = sub(gross, mul(u, J))
    const bp = mul(J, h(F[0]!))
    return {
      stem: `A monetary unit sample of receivables with a sampling interval of ${dol(J)} found, in items below the interval, two overstatements (book ${dol(B[0]!)} audited ${dol(A[0]!)}; book ${dol(B[1]!)} audited ${dol(A[1]!)}) and one understatement (book ${dol(Bu)} audited ${dol(Au)}). At ${lvl}% confidence the firm’s table gives factors of ${F.slice(0, 4).map(f2).join(', ')} for 0, 1, 2 and 3 misstatements. The firm works out the upper limit for overstatement from the overstatements alone, as the basic precision (interval × the zero-misstatement factor) plus each projected overstatement (tainting × interval, the tainting being misstatement ÷ book value) × its incremental factor, ranked from the largest tainting down, and then reduces it by the projected understatement (its tainting × the interval). What is the net upper misstatement limit for overstatement, ${CENTS}?`,
      show: money,
      figures: { J, lvl, B0: B[0]!, A0: A[0]!, B1: B[1]!, A1: A[1]!, Bu, Au },
      key,
      wrong: [
        [gross, 'ignores the understatement'],
        [
          upperLimit(frac(J), F, desc([...ts, u])),
          'ranks the understatement with the overstatements',
        ],
        [sub(gross, frac(Au - Bu)), 'nets the understatement as found, unprojected'],
        [sub(key, bp), 'leaves out the basic precision'],
        [
          sub(add(bp, total(ts.map((t) => mul(t, J)))), mul(u, J)),
          'adds the projected overstatements without incremental factors',
        ],
        [
          sub(upperLimit(frac(J), F, [...ts].reverse()), mul(u, J)),
          'ranks the taintings from the smallest up',
        ],
      ],
    }
  }),
  apart('mus-projected-misstatement-of-a-customer-logical-unit', (rng) => {
    const J = rng.int(600, 2000) * 50
    const i1 = between(rng, 0.1 * J, 0.3 * J)
    const i2 = between(rng, 0.1 * J, 0.3 * J)
    const i3 = between(rng, 0.05 * J, 0.25 * J)
    const B = i1 + i2 + i3
    const e1 = between(rng, 0.25 * i1, 0.5 * i1)
    const e2 = between(rng, 0.05 * i2, 0.22 * i2)
    const key = mul(frac(e1 + e2, B), J)
    return {
      stem: `The logical unit for a monetary unit sample of receivables is the customer’s balance. With a sampling interval of ${dol(J)}, a selected dollar unit fell in invoice A of a customer whose balance of ${dol(B)} is made up of invoice A for ${dol(i1)}, invoice B for ${dol(i2)} and invoice C for ${dol(i3)}. Confirmation and follow-up found invoice A overstated by ${dol(e1)} and invoice B overstated by ${dol(e2)}; invoice C is right. The tainting is the logical unit’s misstatement ÷ its book value, and the projected misstatement the tainting × the interval. What is the projected misstatement for this customer, ${CENTS}?`,
      show: money,
      figures: { J, i1, i2, i3, e1, e2 },
      key,
      wrong: [
        [mul(frac(e1, i1), J), 'taints the selected invoice alone'],
        [
          add(mul(frac(e1, i1), J), mul(frac(e2, i2), J)),
          'projects each invoice over its own book value',
        ],
        [mul(frac(e1 + e2, B - e1 - e2), J), 'takes the tainting over the audited value'],
        [mul(frac(e1, B), J), 'projects only the misstatement in the selected invoice'],
        [frac(e1 + e2), 'takes the misstatements found without projecting them'],
        [frac(e1), 'takes the selected invoice’s misstatement as found'],
      ],
    }
  }),
  patient(
    apart('nonstatistical-sample-size-from-assurance-factors', (rng) => {
      const [r, c] = rng.pick([
        [1, 2],
        [2, 1],
        [1, 3],
        [3, 1],
      ] as const)
      const BV = rng.int(200, 900) * 10000 + rng.int(0, 9999)
      const M = between(rng, (BV * 0.04) / 1000, (BV * 0.07) / 1000) * 1000
      const TM = Math.round((M * rng.int(50, 75)) / 100000) * 1000
      const k = rng.int(3, 8)
      const X = Math.round(TM / 2 / 1000) * 1000
      const keys = Array.from({ length: k }, () => between(rng, X + 1, 2.5 * X))
      const K = keys.reduce((s, x) => s + x, 0)
      const size = (pop: number, af: number, tol: number) => ceil(mul(frac(pop, tol), frac(af, 10)))
      const key = add(k, size(BV - K, ASSURANCE[r]![c]!, TM))
      return {
        stem: `Fixed asset additions of ${dol(BV)} are to be tested with a nonstatistical sample. The ${k} additions over ${dol(X)}, totalling ${dol(K)}, are tested in full. Overall materiality is ${dol(M)} and tolerable misstatement for additions ${dol(TM)}. The risk of material misstatement is assessed as ${LEVELS[r]}, and the risk that other substantive procedures fail to detect a misstatement as ${LEVELS[c]}. The firm’s sample size is (book value of the population sampled ÷ tolerable misstatement) × the assurance factor, rounded up, the population sampled excluding the items tested in full. Its table of assurance factors (rows by risk of material misstatement, columns by the risk that other procedures fail to detect, each from maximum through slightly below maximum and moderate to low) reads: maximum 3.0, 2.7, 2.3, 2.0; slightly below maximum 2.7, 2.4, 2.1, 1.6; moderate 2.3, 2.1, 1.6, 1.2; low 2.0, 1.6, 1.2, 1.0. How many additions will be tested in all, counting those tested in full?`,
        show: items,
        figures: { r, c, BV, M, TM, k, X, K },
        key,
        wrong: [
          [
            add(k, size(BV - K, ASSURANCE[r - 1]![c]!, TM)),
            'reads the row for the next higher risk of material misstatement',
          ],
          [
            add(k, size(BV - K, ASSURANCE[r]![c - 1]!, TM)),
            'reads the column for the next higher risk that other procedures fail',
          ],
          [
            add(k, size(BV, ASSURANCE[r]![c]!, TM)),
            'samples the whole book value including the items tested in full',
          ],
          r < 3
            ? [
                add(k, size(BV - K, ASSURANCE[r + 1]![c]!, TM)),
                'reads the row for the next lower risk of material misstatement',
              ]
            : [
                add(k, size(BV - K, ASSURANCE[r]![c + 1]!, TM)),
                'reads the column for the next lower risk that other procedures fail',
              ],
          [size(BV - K, ASSURANCE[r]![c]!, TM), 'leaves the items tested in full out of the count'],
          [add(k, size(BV - K, ASSURANCE[r]![c]!, M)), 'divides by overall materiality'],
        ],
      }
    }),
  ),
  apart('ratio-projection-of-sample-misstatement-with-key-items', (rng) => {
    const N = rng.int(800, 3000)
    const avg = rng.int(800, 4000)
    const rest0 = N * avg + rng.int(0, 999)
    const ns = rng.int(40, 90)
    const s = Math.round(ns * avg * (rng.int(120, 180) / 100)) + rng.int(0, 99)
    const es = Math.round((s * rng.int(10, 40)) / 1000) + rng.int(0, 9)
    const k = rng.int(4, 9)
    const K = k * rng.int(Math.round(avg * 15), Math.round(avg * 40))
    const Ek = Math.round((K * rng.int(2, 15)) / 1000)
    const BV = rest0 + K
    const ratio = frac(es, s)
    const key = add(mul(ratio, BV - K), Ek)
    return {
      stem: `Inventory of ${dol(BV)} is made up of ${k} key items totalling ${dol(K)}, tested in full, and ${n(N)} other items. The key items were found overstated by ${dol(Ek)} in all. From the other items, a sample of ${ns} items with a book value of ${dol(s)} was found overstated by ${dol(es)}. The firm projects by the ratio method: the sample’s misstatement ÷ its book value × the book value of the population it was drawn from, plus the misstatement found in the key items. What is the total projected misstatement, ${CENTS}?`,
      show: money,
      figures: { BV, N, ns, s, es, k, K, Ek },
      key,
      wrong: [
        [add(mul(ratio, BV), Ek), 'projects over the whole book value including the key items'],
        [add(mul(frac(es, ns), N), Ek), 'projects by the difference method over the item count'],
        [
          add(mul(frac(es, s - es), BV - K), Ek),
          'takes the ratio over the audited value of the sample',
        ],
        [mul(ratio, BV - K), 'leaves out the key items’ misstatement'],
        [frac(es + Ek), 'takes the misstatements found without projecting them'],
        [
          add(mul(ratio, BV - K - s), Ek),
          'projects over the items not sampled and leaves out the sample’s own misstatement',
        ],
      ],
    }
  }),
  apart('difference-estimation-of-the-audited-value', (rng) => {
    const N = rng.int(1200, 5000)
    const avg = rng.int(300, 1500)
    const BVr = N * avg + rng.int(0, 999)
    const ns = rng.int(60, 120)
    const bs = Math.round(ns * avg * (rng.int(104, 115) / 100)) + rng.int(0, 99)
    const m = rng.int(4, 9)
    const d = Math.round((bs * rng.int(10, 35)) / 1000) + rng.int(0, 9)
    const as = bs - d
    const k = rng.int(3, 7)
    const K = k * rng.int(avg * 20, avg * 50)
    const Ek = Math.round((K * rng.int(3, 20)) / 1000)
    const Ak = K - Ek
    const mean = frac(d, ns)
    const key = add(sub(BVr, mul(mean, N)), Ak)
    return {
      stem: `Receivables of ${dol(BVr + K)} are made up of ${k} key balances totalling ${dol(K)}, confirmed in full and audited at ${dol(Ak)}, and ${n(N)} other balances with a book value of ${dol(BVr)}. A random sample of ${ns} of the other balances has a book value of ${dol(bs)} and an audited value of ${dol(as)}, the difference coming from misstatements in ${m} of them. The firm uses difference estimation: the audited value of the sampled population is its book value less the mean difference per sampled item × the number of items in that population, and the key balances are added at their audited value. What is the estimated audited value of receivables, ${CENTS}?`,
      show: money,
      figures: { N, BVr, ns, bs, as, m, k, K, Ak },
      key,
      wrong: [
        [add(mul(frac(as, bs), BVr), Ak), 'uses ratio estimation'],
        [add(mul(frac(as, ns), N), Ak), 'uses the mean audited value per item'],
        [add(sub(BVr, mul(mean, N)), K), 'adds the key balances at book value'],
        [add(BVr - d, Ak), 'deducts only the differences found in the sample'],
        [sub(key, d), 'deducts the sample’s differences again after projecting'],
        [
          add(sub(BVr, mul(frac(d, m), N)), Ak),
          'averages the difference over the misstated items only',
        ],
        [
          add(sub(BVr, mul(mean, N + k)), Ak),
          'projects over the item count including the key balances',
        ],
      ],
    }
  }),
  apart('stratified-mean-per-unit-projected-misstatement', (rng) => {
    const N1 = rng.int(100, 300)
    const N2 = rng.int(2000, 6000)
    const avg1 = rng.int(4000, 12000)
    const avg2 = rng.int(150, 900)
    const B1 = N1 * avg1 + rng.int(0, 999)
    const B2 = N2 * avg2 + rng.int(0, 999)
    const n1 = rng.int(30, 50)
    const n2 = rng.int(40, 70)
    const b1 = Math.round(n1 * avg1 * (rng.int(90, 98) / 100))
    const b2 = Math.round(n2 * avg2 * (rng.int(90, 98) / 100))
    const a1 = b1 - Math.round((b1 * rng.int(5, 25)) / 1000)
    const a2 = b2 - Math.round((b2 * rng.int(10, 40)) / 1000)
    const k = rng.int(3, 6)
    const K = k * rng.int(avg1 * 3, avg1 * 8)
    const Ek = Math.round((K * rng.int(3, 20)) / 1000)
    const Ak = K - Ek
    const BV = B1 + B2 + K
    const est = add(mul(frac(a1, n1), N1), mul(frac(a2, n2), N2))
    const key = sub(BV, add(est, Ak))
    return {
      stem: `Inventory recorded at ${dol(BV)} is audited by stratified mean-per-unit estimation. The ${k} key items recorded at ${dol(K)} were counted and priced in full and audited at ${dol(Ak)}. Stratum 1 holds ${n(N1)} items recorded at ${dol(B1)}; a sample of ${n1} of them, recorded at ${dol(b1)}, was audited at ${dol(a1)}. Stratum 2 holds ${n(N2)} items recorded at ${dol(B2)}; a sample of ${n2}, recorded at ${dol(b2)}, was audited at ${dol(a2)}. Each stratum’s audited value is estimated as its item count × the mean audited value of its sample, the key items are added at their audited value, and the projected misstatement is the recorded amount less the estimated audited value. What is the projected misstatement, ${CENTS}?`,
      show: money,
      figures: { N1, N2, B1, B2, n1, n2, b1, b2, a1, a2, k, K, Ak },
      key,
      wrong: [
        [
          add(mul(frac(b1 - a1, b1), B1), mul(frac(b2 - a2, b2), B2), frac(Ek)),
          'projects each stratum by the ratio of misstatement to book value',
        ],
        [
          add(mul(frac(b1 - a1, n1), N1), mul(frac(b2 - a2, n2), N2), frac(Ek)),
          'projects the mean difference per item instead',
        ],
        [sub(key, frac(Ek)), 'leaves the key items’ misstatement out'],
        [sub(BV, est), 'leaves the key items out of the estimate'],
        [
          sub(BV, add(mul(frac(a1, n1), N1 - n1), mul(frac(a2, n2), N2 - n2), frac(Ak))),
          'projects over the items not sampled and leaves the samples out',
        ],
        [add(key, frac(b1 - a1 + b2 - a2)), 'adds the samples’ own misstatement again'],
      ],
    }
  }),
  apart('classical-variables-sample-size-with-finite-correction', (rng) => {
    const N = rng.int(1000, 3000)
    const k = rng.int(5, 15)
    const SD = rng.int(40, 250)
    const target = rng.int(Math.round(N * 0.15), Math.round(N * 0.6))
    const A0 = (N * 1.96 * SD) / Math.sqrt(target)
    const EM = Math.round((A0 * rng.int(15, 35)) / 100 / 1000) * 1000
    const TM = Math.round(A0 / 1000) * 1000 + EM
    const n0 = (z: number, pop: number, allow: number) =>
      mul(frac(pop * z * SD, allow * 1000), frac(pop * z * SD, allow * 1000))
    const fpc = (x: Fraction, pop: number) => ceil(div(x, add(1, div(x, pop))))
    const key = fpc(n0(Z[95]!, N, TM - EM), N)
    const plainSize = n0(Z[95]!, N, TM - EM)
    if (num(plainSize) >= 0.8 * N) rest()
    return {
      stem: `A population of ${n(N + k)} receivable balances is to be tested by mean-per-unit estimation. The ${k} largest balances are confirmed in full and left out; the other ${n(N)} balances have an estimated standard deviation of ${dol(SD)}. Tolerable misstatement is ${dol(TM)} and the expected misstatement ${dol(EM)}, and the planned allowance for sampling risk is tolerable less expected misstatement. The firm requires 95% confidence; its reliability coefficients are 2.576 at 99%, 1.96 at 95% and 1.645 at 90%. The sample size is (items × coefficient × standard deviation ÷ planned allowance)², then corrected for the finite population by dividing it by (1 + that size ÷ items), and rounded up. How many balances must be sampled?`,
      show: items,
      figures: { N, k, SD, TM, EM },
      key,
      wrong: [
        [ceil(plainSize), 'leaves out the finite population correction'],
        [fpc(n0(Z[99]!, N, TM - EM), N), 'uses the 99% coefficient'],
        [
          ceil(mul(plainSize, add(1, div(plainSize, N)))),
          'multiplies by one plus size ÷ items instead of dividing',
        ],
        [fpc(n0(Z[95]!, N, TM), N), 'takes tolerable misstatement as the allowance'],
        [fpc(n0(Z[90]!, N, TM - EM), N), 'uses the 90% coefficient'],
        [
          ceil(mul(plainSize, sub(1, div(plainSize, N)))),
          'multiplies by one minus size ÷ items instead of dividing by one plus',
        ],
      ],
    }
  }),
  patient(
    apart('stratified-ratio-projection-across-strata', (rng) => {
      const N1 = rng.int(150, 400)
      const N2 = rng.int(1500, 5000)
      const avg1 = rng.int(5000, 15000)
      const avg2 = rng.int(200, 900)
      const BV1 = N1 * avg1 + rng.int(0, 999)
      const BV2 = N2 * avg2 + rng.int(0, 999)
      if (BV1 <= BV2) rest()
      const n1 = rng.int(40, 70)
      const n2 = rng.int(30, 60)
      const s1 = Math.round(n1 * avg1 * (rng.int(105, 130) / 100))
      const s2 = Math.round(n2 * avg2 * (rng.int(105, 130) / 100))
      const r1 = rng.int(3, 12)
      const r2 = r1 + rng.int(8, 25)
      const e1 = Math.round((s1 * r1) / 1000)
      const e2 = Math.round((s2 * r2) / 1000)
      const k = rng.int(3, 6)
      const K = k * rng.int(avg1 * 3, avg1 * 6)
      const Ek = Math.round((K * rng.int(2, 10)) / 1000)
      const p1 = mul(frac(e1, s1), BV1)
      const p2 = mul(frac(e2, s2), BV2)
      const key = add(p1, p2, frac(Ek))
      return {
        stem: `Payments to suppliers of ${dol(BV1 + BV2 + K)} are tested for overstatement. Of these, ${k} payments totalling ${dol(K)} were tested in full and found overstated by ${dol(Ek)}. The rest was split into two strata: stratum 1, ${n(N1)} payments of ${dol(BV1)}, from which ${n1} payments of ${dol(s1)} were sampled and found overstated by ${dol(e1)}; and stratum 2, ${n(N2)} payments of ${dol(BV2)}, from which ${n2} payments of ${dol(s2)} were sampled and found overstated by ${dol(e2)}. The firm projects each stratum by the ratio method (the sample’s misstatement ÷ its book value × the stratum’s book value), adds the strata, and adds the misstatement in the items tested in full. What is the total projected misstatement, ${CENTS}?`,
        show: money,
        figures: { N1, N2, BV1, BV2, n1, n2, s1, s2, e1, e2, k, K, Ek },
        key,
        wrong: [
          [
            add(mul(frac(e1 + e2, s1 + s2), BV1 + BV2), frac(Ek)),
            'projects the strata together at one ratio',
          ],
          [add(p1, p2), 'leaves out the misstatement in the items tested in full'],
          [frac(e1 + e2 + Ek), 'takes the misstatements found without projecting them'],
          [
            add(mul(frac(e1, s1 - e1), BV1), mul(frac(e2, s2 - e2), BV2), frac(Ek)),
            'takes each ratio over the sample’s audited value',
          ],
          [
            add(mul(frac(e1, n1), N1), mul(frac(e2, n2), N2), frac(Ek)),
            'projects the mean misstatement per item over each stratum’s count',
          ],
          [
            add(mul(add(frac(e1, s1), frac(e2, s2)), frac(BV1 + BV2, 2)), frac(Ek)),
            'applies the simple average of the two ratios to both strata',
          ],
        ],
      }
    }),
  ),
  apart('classical-variables-achieved-allowance-for-sampling-risk', (rng) => {
    // Sample sizes and populations whose finite correction √(1 − n/N) is rational.
    const [ns, N, p, q] = rng.pick([
      [361, 1900, 9, 10],
      [225, 1521, 12, 13],
      [100, 676, 12, 13],
      [400, 2704, 12, 13],
      [256, 1156, 15, 17],
      [196, 2500, 24, 25],
      [441, 5625, 24, 25],
      [144, 1369, 35, 37],
      [324, 6724, 40, 41],
      [289, 1377, 8, 9],
    ] as const)
    const root = Math.round(Math.sqrt(ns))
    const sa = rng.int(60, 400)
    const sb = sa + rng.int(10, 80)
    const mean = rng.int(300, 3000) * 100 + rng.int(0, 99)
    const fpc = frac(p, q)
    const allow = (z: number, sd: number, corr: Fraction, per: number) =>
      mul(frac(N * z * sd, 1000 * per), corr)
    const key = allow(Z[95]!, sa, fpc, root)
    return {
      stem: `A mean-per-unit sample of ${ns} items was drawn from a population of ${n(N)} inventory lines. The sample’s mean audited value is ${money(frac(mean, 100))}; the standard deviation of its audited values is ${dol(sa)} (of its book values, ${dol(sb)}). The firm requires 95% confidence; its reliability coefficients are 2.576 at 99%, 1.96 at 95% and 1.645 at 90%. The achieved allowance for sampling risk is items × coefficient × (standard deviation of the audited values ÷ √sample size) × √(1 − sample size ÷ items). What is the achieved allowance for sampling risk, ${CENTS}?`,
      show: money,
      figures: { ns, N, sa, sb, mean },
      key,
      wrong: [
        [allow(Z[95]!, sa, frac(1), root), 'leaves out the finite population correction'],
        [allow(Z[99]!, sa, fpc, root), 'uses the 99% coefficient'],
        [allow(Z[95]!, sb, fpc, root), 'uses the standard deviation of the book values'],
        [allow(Z[95]!, sa, mul(fpc, fpc), root), 'applies the correction without its square root'],
        [allow(Z[90]!, sa, fpc, root), 'uses the 90% coefficient'],
        [
          allow(Z[95]!, sa, fpc, ns),
          'divides the standard deviation by the sample size, not its root',
        ],
      ],
    }
  }),
  patient(
    apart('nonstatistical-sample-allocated-to-strata-by-recorded-amount', (rng) => {
      const NB = rng.int(800, 3000)
      const BB = NB * rng.int(300, 1500) + rng.int(0, 999)
      const sh = rng.int(55, 80)
      const BA = Math.round((BB * sh) / (100 - sh)) + rng.int(0, 999)
      const NA = Math.round(BA / rng.int(8000, 20000))
      if (NA < 20) rest()
      const Y = 5000
      const X = rng.pick([50000, 75000, 100000])
      const k = rng.int(4, 9)
      const K = Array.from({ length: k }, () => rng.int(X + 1, 3 * X)).reduce((s, x) => s + x, 0)
      const BV = BA + BB + K
      const TM = Math.round((BV * rng.int(30, 50)) / 1000000) * 1000
      // A factor and the one the AICPA table gives in the same row where the risk that other
      // procedures fail to detect is at the maximum (no other substantive procedure).
      const [af, af2] = rng.pick([
        [16, 23],
        [21, 27],
        [12, 20],
        [16, 27],
      ] as const)
      const size = (pop: number, f: number) => ceil(mul(frac(pop, TM), frac(f, 10)))
      const n0 = size(BA + BB, af)
      const part = (total: Fraction, num0: number, den: number) => ceil(mul(total, frac(num0, den)))
      return {
        stem: `Receivables of ${dol(BV)} are tested with a nonstatistical sample. The ${k} balances over ${dol(X)}, totalling ${dol(K)}, are confirmed in full. The rest is split into two strata: balances from ${dol(Y)} to ${dol(X)} (${n(NA)} balances, ${dol(BA)}) and balances below ${dol(Y)} (${n(NB)} balances, ${dol(BB)}). Tolerable misstatement is ${dol(TM)}; for the risks assessed the firm’s table gives an assurance factor of ${fixed(frac(af, 10), 1)} (${fixed(frac(af2, 10), 1)} where no other substantive procedure addresses the assertion, which is not the case here). The sample size is (book value sampled ÷ tolerable misstatement) × the assurance factor, rounded up, the book value sampled excluding the balances confirmed in full; the sample is then allocated to the strata in proportion to their recorded amounts, each stratum’s share rounded up. How many balances are selected from the stratum of balances from ${dol(Y)} to ${dol(X)}?`,
        show: items,
        figures: { NA, NB, BA, BB, X, k, K, TM, af, af2 },
        key: part(n0, BA, BA + BB),
        wrong: [
          [
            part(size(BA + BB, af2), BA, BA + BB),
            'uses the factor for no other substantive procedure',
          ],
          [part(size(BV, af), BA, BA + BB), 'sizes the sample on the whole book value'],
          [part(n0, BA + K, BV), 'allocates the key balances’ amount to the upper stratum'],
          [part(n0, NA, NA + NB), 'allocates by the number of balances'],
          [ceil(div(n0, 2)), 'splits the sample equally between the strata'],
          [part(n0, BA, BV), 'takes the stratum’s share of the whole book value'],
        ],
      }
    }),
  ),
  apart('mus-sample-size-from-the-ratio-of-expected-to-tolerable-misstatement', (rng) => {
    const BV = rng.int(300, 1500) * 10000 + rng.int(0, 9999)
    const M = between(rng, (BV * 0.03) / 1000, (BV * 0.06) / 1000) * 1000
    const TM = Math.round((M * rng.int(55, 80)) / 100000) * 1000
    const EM = rng.int(Math.ceil((TM * 0.05) / 1000) + 1, Math.floor((TM * 0.29) / 1000)) * 1000
    if ((EM * 100) % (TM * 5) === 0 || EM * 100 <= TM * 5) rest()
    const up = Math.ceil((EM * 20) / TM)
    const k = rng.int(3, 7)
    const keys = Array.from({ length: k }, () => between(rng, TM * 0.5 + 1, TM * 1.5))
    const K = keys.reduce((s, x) => s + x, 0)
    const size = (pop: number, col: number, row: number, tol: number) =>
      ceil(div(mul(pop, h(BY_RATIO[col]![row]!)), tol))
    return {
      stem: `The firm samples inventory of ${dol(BV)} by monetary unit sampling after removing the ${k} items over ${dol(Math.round(TM / 2))}, totalling ${dol(K)}, which are counted and priced in full. Overall materiality is ${dol(M)}, tolerable misstatement ${dol(TM)} and the expected misstatement ${dol(EM)}. Controls are relied on here, so the firm accepts a 10% risk of incorrect acceptance (it would accept 5% without reliance). Its table gives confidence factors by the ratio of expected to tolerable misstatement (${RATIOS.map((x) => fixed(frac(x, 100), 2)).join(', ')}): at 5% risk ${BY_RATIO[5]!.map(f2).join(', ')}; at 10% risk ${BY_RATIO[10]!.map(f2).join(', ')}. A ratio between two rows takes the next higher row. The sample size is the population sampled × the factor ÷ tolerable misstatement, rounded up. How many selections does the sample need, not counting the items tested in full?`,
      show: items,
      figures: { BV, M, TM, EM, k, K },
      key: size(BV - K, 10, up, TM),
      wrong: [
        [size(BV - K, 5, up, TM), 'uses the 5% risk factors'],
        [size(BV - K, 10, up, TM - EM), 'also subtracts the expected misstatement from tolerable'],
        [size(BV, 10, up, TM), 'samples the whole book value including the items tested in full'],
        [size(BV - K, 10, up - 1, TM), 'takes the next lower ratio row'],
        [size(BV - K, 10, 0, TM), 'uses the zero-ratio factor'],
        [size(BV - K, 10, up, M), 'divides by overall materiality'],
      ],
    }
  }),
]
