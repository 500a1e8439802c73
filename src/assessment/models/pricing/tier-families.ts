import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  bp,
  cap,
  ceilDiv,
  cents,
  client,
  family,
  money,
  pctBp,
  share,
  units,
  whole,
} from './pricing-text.js'

// Tiers, bundles and price discrimination, worked from stated willingness-to-pay (WTP) tables.
// The choice rule every stem states: a segment buys the option with the greatest surplus (WTP less
// price); it buys nothing if every surplus is below zero; a tie goes to the dearer option.

const RULE =
  'Each segment buys the option with the greatest surplus (willingness to pay less price), buys nothing if every surplus is below zero, and breaks a tie in favour of the dearer option.'

type Choice = 'surplus' | 'dearest' | 'cheapest'

/** The option a segment takes under a rule, or −1 for none; prices and values by option. */
function pick(prices: readonly number[], values: readonly number[], rule: Choice): number {
  let at = -1
  for (let i = 0; i < prices.length; i++) {
    const s = values[i]! - prices[i]!
    if (s < 0) continue
    if (at < 0) {
      at = i
      continue
    }
    const best = values[at]! - prices[at]!
    const dearer = prices[i]! > prices[at]!
    if (rule === 'surplus' && (s > best || (s === best && dearer))) at = i
    if (rule === 'dearest' && dearer) at = i
    if (rule === 'cheapest' && prices[i]! < prices[at]!) at = i
  }
  return at
}

interface Segment {
  readonly name: string
  readonly size: number
  values: readonly number[]
}

const NAMES = ['Hobbyists', 'Freelancers', 'Small teams', 'Agencies', 'Enterprises'] as const

/** Tier prices, rising, and segments whose values sit around them, so their choices differ. */
function tierSet(rng: Rng, count: number): { segs: Segment[]; prices: number[] } {
  const p1 = whole(rng, 9, 40)
  const d1 = whole(rng, 15, 30)
  const d2 = whole(rng, 15, 40)
  const prices = [p1, p1 + d1, p1 + d1 + d2]
  const segs = NAMES.slice(0, count).map((name) => {
    const v1 = p1 + whole(rng, -6, 20)
    const v2 = v1 + d1 + whole(rng, -12, 12)
    const v3 = v2 + d2 + whole(rng, -14, 12)
    return { name, size: rng.int(2, 40) * 10, values: [v1, v2, v3] }
  })
  return { segs, prices }
}

const TIERS = ['Basic', 'Plus', 'Pro'] as const

function table(
  segs: readonly Segment[],
  m: (c: number) => string,
  labels: readonly string[],
): string {
  return segs
    .map(
      (s) =>
        `${s.name} (${s.size} customers): ${s.values.map((v, i) => `${labels[i]} ${m(v)}`).join(', ')}`,
    )
    .join('; ')
}

const revenue = (segs: readonly Segment[], prices: readonly number[], rule: Choice): number =>
  segs.reduce((a, s) => {
    const i = pick(prices, s.values, rule)
    return a + (i < 0 ? 0 : s.size * prices[i]!)
  }, 0)

const flat = (segs: readonly Segment[]) =>
  Object.fromEntries(
    segs.flatMap((s, i) => [
      [`n${i}`, s.size],
      ...s.values.map((v, j) => [`w${i}${j}`, v] as const),
    ]),
  )

/** Two products' values per segment, for the bundling cases. */
function pairSegments(rng: Rng): Segment[] {
  return NAMES.slice(0, 3).map((name) => ({
    name,
    size: rng.int(2, 40) * 10,
    values: [whole(rng, 10, 90), whole(rng, 10, 90)],
  }))
}

/** The best single price from a list of candidates, by a score; ties to the dearer. */
function bestPrice(candidates: readonly number[], score: (p: number) => number): number {
  let best = candidates[0]!
  for (const p of candidates) {
    const [a, b] = [score(p), score(best)]
    if (a > b || (a === b && p > best)) best = p
  }
  return best
}
const buyersAt = (segs: readonly Segment[], j: number, p: number) =>
  segs.reduce((a, s) => a + (s.values[j]! >= p ? s.size : 0), 0)
const bundleBuyersAt = (segs: readonly Segment[], p: number) =>
  segs.reduce((a, s) => a + (s.values[0]! + s.values[1]! >= p ? s.size : 0), 0)

export const TIER_FAMILIES = [
  family('pure-bundle-best-price-revenue', (rng) => {
    const m = money(rng)
    const segs = pairSegments(rng)
    const totals = segs.map((s) => s.values[0]! + s.values[1]!)
    const pb = bestPrice(totals, (p) => p * bundleBuyersAt(segs, p))
    const sep = [0, 1].reduce((a, j) => {
      const c = segs.map((s) => s.values[j]!)
      const p = bestPrice(c, (x) => x * buyersAt(segs, j, x))
      return a + p * buyersAt(segs, j, p)
    }, 0)
    const hi = Math.max(...totals)
    const lo = Math.min(...totals)
    return {
      stem: `${cap(client(rng))} sells an app (A) and a template pack (B). Survey segments and what each customer would pay: ${table(segs, m, ['A', 'B'])}. A segment values the pair at the sum of its two values. If the two are sold only as a pure bundle at one price, set at one of the segments' bundle values, what is the highest revenue the bundle can earn?`,
      key: m(pb * bundleBuyersAt(segs, pb)),
      wrong: [
        [
          m(segs.reduce((a, s, i) => a + s.size * totals[i]!, 0)),
          'charges every segment its full bundle value',
        ],
        [m(sep), 'gives the best revenue from selling A and B separately'],
        [m(hi * bundleBuyersAt(segs, hi)), 'prices the bundle at the highest bundle value'],
        [m(lo * bundleBuyersAt(segs, lo)), 'prices the bundle so every segment buys'],
      ],
      figures: flat(segs),
    }
  }),
  family('mixed-bundle-revenue', (rng) => {
    const m = money(rng)
    const segs = pairSegments(rng)
    const [pa, pb] = [whole(rng, 20, 70), whole(rng, 20, 70)]
    const pab = pa + pb - whole(rng, 3, 12)
    const prices = [pa, pb, pab]
    const opts = segs.map((s) => ({
      ...s,
      values: [s.values[0]!, s.values[1]!, s.values[0]! + s.values[1]!],
    }))
    const separate = segs.reduce(
      (a, s) => a + s.size * ((s.values[0]! >= pa ? pa : 0) + (s.values[1]! >= pb ? pb : 0)),
      0,
    )
    const bundleOnly = opts.reduce((a, s) => a + (s.values[2]! >= pab ? s.size * pab : 0), 0)
    return {
      stem: `An online shop offers a course (A) at ${m(pa)}, an e-book (B) at ${m(pb)}, or both as a bundle at ${m(pab)}. Each segment's values: ${table(segs, m, ['A', 'B'])}; the bundle is worth the sum. ${RULE} What revenue does the offer earn?`,
      key: m(revenue(opts, prices, 'surplus')),
      wrong: [
        [
          m(revenue(opts, prices, 'dearest')),
          'has each segment buy the dearest option it can afford',
        ],
        [
          m(revenue(opts, prices, 'cheapest')),
          'has each segment buy the cheapest option it can afford',
        ],
        [m(separate), 'ignores the bundle and sells A and B on their own'],
        [m(bundleOnly), 'counts only the segments whose bundle value covers the bundle price'],
        [
          m(
            opts.reduce(
              (a, s) => a + (pick(prices, s.values, 'surplus') === 2 ? s.size * pab : 0),
              0,
            ),
          ),
          'gives the bundle’s revenue alone',
        ],
      ],
      figures: { ...flat(segs), pa, pb, pab },
    }
  }),
  family('single-price-profit-from-wtp', (rng) => {
    const m = money(rng)
    const c = whole(rng, 5, 30)
    const segs = NAMES.map((name) => ({
      name,
      size: rng.int(2, 30) * 10,
      values: [c + whole(rng, 1, 80)],
    }))
    const vals = segs.map((s) => s.values[0]!)
    if (new Set(vals).size < 5) throw new VariantError('two segments value it alike')
    const profit = bestPrice(vals, (p) => (p - c) * buyersAt(segs, 0, p))
    const profits = vals.map((p) => (p - c) * buyersAt(segs, 0, p))
    if (new Set(profits).size < profits.length) throw new VariantError('two prices earn alike')
    const sizeAt = (p: number) => segs.find((s) => s.values[0] === p)!.size
    const rev = bestPrice(vals, (p) => p * buyersAt(segs, 0, p))
    const mean = share(
      segs.reduce((a, s) => a + s.size * s.values[0]!, 0),
      1,
      segs.reduce((a, s) => a + s.size, 0),
    )
    return {
      stem: `A product costs ${m(c)} a unit. Customers by segment, with what each would pay: ${segs.map((s) => `${s.name}, ${s.size} at ${m(s.values[0]!)}`).join('; ')}. Everyone whose value is at least the price buys one. Which single price, from the segments' values, maximises gross profit?`,
      key: m(profit),
      wrong: [
        [m(rev), 'maximises revenue, not gross profit'],
        [m(Math.max(...vals)), 'prices at the highest value'],
        [m(Math.min(...vals)), 'prices so that every segment buys'],
        [m(mean), 'prices at the average value'],
        [m(2 * c), 'doubles the cost, a keystone markup'],
        [
          m(bestPrice(vals, (p) => (p - c) * sizeAt(p))),
          'counts only the segment whose value sets the price',
        ],
        [m(bestPrice(vals, sizeAt)), 'prices at the largest segment’s value'],
      ],
      figures: { c, ...flat(segs) },
    }
  }),
  family('tier-set-revenue', (rng) => {
    const m = money(rng)
    const { segs, prices } = tierSet(rng, 4)
    return {
      stem: `A SaaS client prices ${TIERS.map((t, i) => `${t} at ${m(prices[i]!)}`).join(', ')} a month. Monthly willingness to pay by segment: ${table(segs, m, TIERS)}. ${RULE} What monthly revenue does the tier set earn?`,
      key: m(revenue(segs, prices, 'surplus')),
      wrong: [
        [
          m(revenue(segs, prices, 'dearest')),
          'has each segment buy the dearest tier it can afford',
        ],
        [
          m(revenue(segs, prices, 'cheapest')),
          'has each segment buy the cheapest tier it can afford',
        ],
        [
          m(segs.reduce((a, s) => a + s.size * Math.max(...s.values), 0)),
          'charges each segment its highest value',
        ],
        [
          m(segs.reduce((a, s) => a + (s.values[2]! >= prices[2]! ? s.size * prices[2]! : 0), 0)),
          'counts only the top tier’s buyers',
        ],
      ],
      figures: { ...flat(segs), p0: prices[0]!, p1: prices[1]!, p2: prices[2]! },
    }
  }),
  family('middle-tier-revenue-change', (rng) => {
    const m = money(rng)
    const { segs, prices } = tierSet(rng, 4)
    const two = [prices[0]!, prices[2]!]
    const twoSegs = segs.map((s) => ({ ...s, values: [s.values[0]!, s.values[2]!] }))
    const before = revenue(twoSegs, two, 'surplus')
    const after = revenue(segs, prices, 'surplus')
    const plusBuyers = segs.reduce(
      (a, s) => a + (pick(prices, s.values, 'surplus') === 1 ? s.size : 0),
      0,
    )
    return {
      stem: `A SaaS client sells Basic at ${m(prices[0]!)} and Pro at ${m(prices[2]!)} a month and is adding Plus at ${m(prices[1]!)}. Willingness to pay by segment: ${table(segs, m, TIERS)}. ${RULE} By how much does monthly revenue change when Plus is added (a fall shown with a minus sign)?`,
      key: m(after - before),
      wrong: [
        [
          m(plusBuyers * prices[1]!),
          'counts Plus sales without the sales they take from Basic and Pro',
        ],
        [m(after), 'gives the new revenue, not the change'],
        [
          m(revenue(segs, prices, 'dearest') - revenue(twoSegs, two, 'dearest')),
          'has each segment buy the dearest tier it can afford',
        ],
        [
          m(revenue(segs, prices, 'cheapest') - revenue(twoSegs, two, 'cheapest')),
          'has each segment buy the cheapest tier it can afford',
        ],
      ],
      figures: { ...flat(segs), p0: prices[0]!, p1: prices[1]!, p2: prices[2]! },
    }
  }),
  family('versioning-pro-price-cap', (rng) => {
    const m = money(rng)
    const lb = whole(rng, 10, 60)
    const lp = lb + whole(rng, 2, 20)
    const hb = lb + whole(rng, 5, 40)
    const hp = Math.max(hb, lp) + whole(rng, 20, 120)
    return {
      stem: `A software client sells a Basic and a Pro version. Professionals value Basic at ${m(hb)} and Pro at ${m(hp)}; students value Basic at ${m(lb)} and Pro at ${m(lp)}. Basic is priced at ${m(lb)} so students buy it. Each buyer takes the version with the greater surplus, a tie going to Pro. What is the highest Pro price at which professionals still buy Pro?`,
      key: m(hp - (hb - lb)),
      wrong: [
        [m(hp), 'charges professionals their full value for Pro'],
        [m(hp - hb), 'prices Pro at the value gap alone, forgetting the Basic price'],
        [m(lp), 'prices Pro at the students’ value'],
        [m(lb + hp - lp), 'adds the professionals’ Pro value less the students’ to Basic'],
        [m(hb), 'prices Pro at the professionals’ value for Basic'],
      ],
      figures: { lb, lp, hb, hp },
    }
  }),
  family('student-price-net-revenue-gain', (rng) => {
    const m = money(rng)
    const p = whole(rng, 20, 120)
    const d = pctBp(rng, 20, 50, 5)
    const s = p - share(p, d, 10000)
    const n1 = rng.int(20, 200) * 10
    const n2 = rng.int(10, 200) * 10
    const leak = pctBp(rng, 2, 15)
    const switched = share(n1, leak, 10000)
    return {
      stem: `A client sells to ${n1.toLocaleString('en-US')} customers a month at ${m(p)}. A ${bp(d)} student price (rounded to the cent) would win ${n2.toLocaleString('en-US')} students who will not pay full price, but ${bp(leak)} of current customers (rounded to a whole customer) would qualify and switch to it. What is the net change in monthly revenue?`,
      key: m(n2 * s - switched * (p - s)),
      wrong: [
        [m(n2 * s), 'ignores the current customers who switch'],
        [m(n2 * s - switched * p), 'loses the switchers’ whole payment, not just the discount'],
        [m(n1 * p + n2 * s - switched * (p - s)), 'gives the new revenue, not the change'],
        [m(n2 * p - switched * (p - s)), 'counts the students at full price'],
        [m(n2 * s - n1 * (p - s)), 'gives every current customer the student price'],
        [m(n2 * s + switched * s), 'counts the switchers as extra customers'],
      ],
      figures: { p, d, n1, n2, leak },
    }
  }),
  family('revenue-max-single-price-revenue', (rng) => {
    const m = money(rng)
    const segs = NAMES.map((name) => ({
      name,
      size: rng.int(2, 30) * 10,
      values: [whole(rng, 10, 150)],
    }))
    const vals = segs.map((s) => s.values[0]!)
    if (new Set(vals).size < 5) throw new VariantError('two segments value it alike')
    const best = bestPrice(vals, (p) => p * buyersAt(segs, 0, p))
    const hi = Math.max(...vals)
    const lo = Math.min(...vals)
    return {
      stem: `Survey segments for a new product and what each customer would pay: ${segs.map((s) => `${s.name}, ${s.size} at ${m(s.values[0]!)}`).join('; ')}. Everyone whose value is at least the price buys one. At the single price (one of those values) that earns most, what is the revenue?`,
      key: m(best * buyersAt(segs, 0, best)),
      wrong: [
        [
          m(segs.reduce((a, s) => a + s.size * s.values[0]!, 0)),
          'charges every segment its own value',
        ],
        [m(hi * buyersAt(segs, 0, hi)), 'prices at the highest value'],
        [m(lo * buyersAt(segs, 0, lo)), 'prices so every segment buys'],
        [
          m(best * segs.reduce((a, s) => a + s.size, 0)),
          'sells to every segment at the best price',
        ],
        [
          m(best * segs.filter((s) => s.values[0] === best).reduce((a, s) => a + s.size, 0)),
          'counts only the segment whose value sets the price',
        ],
        [
          m(segs.reduce((a, s) => a + (s.values[0]! >= best ? s.size * s.values[0]! : 0), 0)),
          'charges the buyers their own values',
        ],
      ],
      figures: flat(segs),
    }
  }),
  family('highest-bundle-price-a-segment-takes', (rng) => {
    const m = money(rng)
    const [pa, pb] = [whole(rng, 20, 80), whole(rng, 20, 80)]
    const a = pa + whole(rng, -10, 30)
    const b = pb + whole(rng, -15, 10)
    const alone = Math.max(0, a - pa, b - pb, a + b - pa - pb)
    return {
      stem: `A gym sells classes (A) at ${m(pa)} and a pool pass (B) at ${m(pb)} a month. One segment values A at ${m(a)} and B at ${m(b)}, and a bundle of both at the sum. Its options are A alone, B alone, A and B bought separately, or the bundle; it takes the one with the greatest surplus, nothing if every surplus is below zero, and the bundle on a tie. What is the highest bundle price at which this segment buys the bundle?`,
      key: m(a + b - alone),
      wrong: [
        [m(a + b), 'charges the segment its full bundle value'],
        [m(pa + pb), 'prices the bundle at the sum of the separate prices'],
        [m(Math.max(a, b)), 'prices the bundle at the value of the part it wants most'],
        [m(a + b - Math.max(0, a - pa)), 'keeps only the surplus on A in view'],
        [m(Math.max(pa, pb)), 'prices the bundle at the dearer single price'],
        [m(a + pb), 'adds its value for A to B’s price'],
      ],
      figures: { pa, pb, a, b },
    }
  }),
  family('all-units-quantity-discount', (rng) => {
    const m = money(rng)
    const p1 = cents(rng, 2, 40)
    const p2 = p1 - share(p1, pctBp(rng, 5, 12), 10000)
    const p3 = p2 - share(p1, pctBp(rng, 4, 10), 10000)
    const [b2, b3] = [rng.pick([50, 100, 200]), 0]
    const top = b2 * rng.pick([3, 4, 5])
    const q = rng.int(b2 + 1, top + b2 * 2)
    const rate = q >= top ? p3 : q >= b2 ? p2 : p1
    const graduated =
      Math.min(q, b2 - 1) * p1 +
      Math.max(0, Math.min(q, top - 1) - (b2 - 1)) * p2 +
      Math.max(0, q - (top - 1)) * p3
    return {
      stem: `A wholesaler's price list: 1 to ${b2 - 1} units at ${m(p1)} each, ${b2} to ${top - 1} units at ${m(p2)}, ${top} or more at ${m(p3)}. It is an all-units schedule: the whole order is priced at the rate of the band its quantity reaches. What does an order of ${q.toLocaleString('en-US')} units cost?`,
      key: m(q * rate + b3),
      wrong: [
        [m(graduated), 'prices each band’s units at its own rate, a graduated schedule'],
        [m(q * p1), 'uses the list rate for every unit'],
        [
          m(q * (rate === p3 ? p2 : p3)),
          rate === p3 ? 'uses the middle band’s rate' : 'uses the top band’s rate',
        ],
        [m(q * share(p1 + p2 + p3, 1, 3)), 'averages the three rates'],
      ],
      figures: { p1, p2, p3, b2, top, q },
    }
  }),
  family('graduated-seat-pricing', (rng) => {
    const m = money(rng)
    const s1 = whole(rng, 12, 40)
    const s2 = s1 - whole(rng, 2, 6)
    const s3 = s2 - whole(rng, 1, 4)
    const [t1, t2] = [rng.pick([5, 10]), rng.pick([25, 50])]
    const n = rng.int(t1 + 2, t2 * 3)
    const grad =
      Math.min(n, t1) * s1 + Math.max(0, Math.min(n, t2) - t1) * s2 + Math.max(0, n - t2) * s3
    const volRate = n > t2 ? s3 : n > t1 ? s2 : s1
    return {
      stem: `A SaaS plan bills seats on a graduated schedule: seats 1 to ${t1} at ${m(s1)} each, seats ${t1 + 1} to ${t2} at ${m(s2)}, and every seat after ${t2} at ${m(s3)}, each band at its own rate. What is the monthly bill for ${n} seats?`,
      key: m(grad),
      wrong: [
        [m(n * volRate), 'prices every seat at the band the total reaches, a volume schedule'],
        [m(n * s1), 'prices every seat at the first band’s rate'],
        [m(n * share(s1 + s2 + s3, 1, 3)), 'averages the three rates'],
        [m(t1 * s1 + Math.max(0, n - t1) * s2), 'stops at the second band’s rate'],
      ],
      figures: { s1, s2, s3, t1, t2, n },
    }
  }),
  family('two-part-tariff-revenue', (rng) => {
    const m = money(rng)
    const fee = whole(rng, 10, 60)
    const visit = whole(rng, 2, 10)
    const segs = NAMES.slice(0, 4).map((name) => ({
      name,
      size: rng.int(2, 40) * 10,
      values: [visit + whole(rng, 1, 12), rng.int(1, 12)],
    }))
    const joins = (s: Segment) => (s.values[0]! - visit) * s.values[1]! >= fee
    const rev = (filter: (s: Segment) => boolean, withFee = true) =>
      segs.reduce(
        (a, s) => a + (filter(s) ? s.size * ((withFee ? fee : 0) + visit * s.values[1]!) : 0),
        0,
      )
    return {
      stem: `A climbing wall charges a ${m(fee)} monthly membership plus ${m(visit)} a visit. Segments (size, value of one visit, visits a month): ${segs.map((s) => `${s.name} ${s.size}, ${m(s.values[0]!)}, ${s.values[1]}`).join('; ')}. A segment joins only if its monthly surplus, (value − visit price) × visits, is at least the membership fee. What monthly revenue does the wall earn?`,
      key: m(rev(joins)),
      wrong: [
        [m(rev(() => true)), 'assumes every segment joins'],
        [m(rev(joins, false)), 'leaves out the membership fees'],
        [
          m(rev((s) => s.values[0]! * s.values[1]! >= fee)),
          'compares the fee with the visits’ full value, not the surplus',
        ],
        [
          m(segs.reduce((a, s) => a + (joins(s) ? s.size * fee : 0), 0)),
          'counts the membership fees alone',
        ],
        [
          m(segs.reduce((a, s) => a + (joins(s) ? s.size * (fee + visit) * s.values[1]! : 0), 0)),
          'charges the membership fee on every visit',
        ],
        [
          m(segs.reduce((a, s) => a + (joins(s) ? s.size * (fee + visit) : 0), 0)),
          'counts one visit a month for every member',
        ],
      ],
      figures: { fee, visit, ...flat(segs) },
    }
  }),
  family('revenue-left-by-one-price', (rng) => {
    const m = money(rng)
    const segs = NAMES.map((name) => ({
      name,
      size: rng.int(2, 30) * 10,
      values: [whole(rng, 10, 150)],
    }))
    const vals = segs.map((s) => s.values[0]!)
    if (new Set(vals).size < 5) throw new VariantError('two segments value it alike')
    const full = segs.reduce((a, s) => a + s.size * s.values[0]!, 0)
    const best = bestPrice(vals, (p) => p * buyersAt(segs, 0, p))
    const uni = best * buyersAt(segs, 0, best)
    const hi = Math.max(...vals)
    return {
      stem: `A client could price a service per segment (each segment paying exactly its value) or at one price for all. Segments and values: ${segs.map((s) => `${s.name}, ${s.size} at ${m(s.values[0]!)}`).join('; ')}. Everyone whose value is at least the price buys once. How much more revenue does per-segment pricing earn than the best single price (one of the values)?`,
      key: m(full - uni),
      wrong: [
        [m(uni), 'gives the single price’s revenue, not the gap'],
        [
          m(full - hi * buyersAt(segs, 0, hi)),
          'compares with the highest value as the single price',
        ],
        [
          m(full - Math.min(...vals) * buyersAt(segs, 0, 0)),
          'compares with the price every segment pays',
        ],
        [m(full), 'gives the per-segment revenue, not the gap'],
        [
          m(
            share(
              full - uni,
              1,
              segs.reduce((a, s) => a + s.size, 0),
            ),
          ),
          'gives the gap per customer, not in total',
        ],
        [
          m(segs.reduce((a, s) => a + (s.values[0]! < best ? s.size * s.values[0]! : 0), 0)),
          'counts only the segments the single price shuts out',
        ],
      ],
      figures: flat(segs),
    }
  }),
  family('bundle-discount-percent', (rng) => {
    const m = money(rng)
    const parts = [whole(rng, 8, 90), whole(rng, 8, 90), whole(rng, 8, 90)]
    const sum = parts[0]! + parts[1]! + parts[2]!
    const pab = sum - share(sum, rng.int(8, 30), 100)
    return {
      stem: `A studio sells three workshops at ${m(parts[0]!)}, ${m(parts[1]!)} and ${m(parts[2]!)}, or all three as a bundle for ${m(pab)}. The bundle's discount is quoted against buying the three separately. What discount is that, as a percentage to two decimal places?`,
      key: bp(share(sum - pab, 10000, sum)),
      wrong: [
        [bp(share(sum - pab, 10000, pab)), 'divides the saving by the bundle price'],
        [
          bp(share(sum - pab, 10000, Math.max(...parts))),
          'divides the saving by the dearest workshop',
        ],
        [bp(share(pab, 10000, sum)), 'gives the bundle price as a share of the separate prices'],
        [bp(share(sum - pab, 10000, 3 * sum)), 'spreads the saving over the three workshops'],
        [
          bp(share(sum - pab, 10000, Math.min(...parts))),
          'divides the saving by the cheapest workshop',
        ],
      ],
      figures: { a: parts[0]!, b: parts[1]!, c: parts[2]!, pab },
    }
  }),
  family('order-up-to-the-next-band', (rng) => {
    const m = money(rng)
    const p1 = cents(rng, 3, 40)
    const p2 = p1 - share(p1, pctBp(rng, 8, 25), 10000)
    const b2 = rng.pick([50, 100, 120, 200, 250])
    return {
      stem: `A supplier prices all units of an order at ${m(p1)} each below ${b2} units and at ${m(p2)} each from ${b2} units up (an all-units schedule). A buyer needs fewer than ${b2}. From how many needed units is it no dearer to order ${b2} instead (the smallest whole number of units)?`,
      key: units(ceilDiv(b2 * p2, p1)),
      wrong: [
        [units(b2), 'gives the band’s threshold itself'],
        [
          units(ceilDiv(b2 * p1, p2) - b2),
          'divides the wrong way, the list rate over the band rate',
        ],
        [
          units(b2 - ceilDiv(b2 * (p1 - p2), p1)),
          'rounds down, where ordering the band still costs more',
        ],
        [
          units(ceilDiv(b2 * (p1 - p2), p1)),
          'gives the units the discount is worth, not the threshold',
        ],
      ],
      figures: { p1, p2, b2 },
    }
  }),
  family('volume-against-graduated-seat-bill', (rng) => {
    const m = money(rng)
    const s1 = whole(rng, 12, 40)
    const s2 = s1 - whole(rng, 2, 6)
    const s3 = s2 - whole(rng, 1, 4)
    const [t1, t2] = [rng.pick([5, 10]), rng.pick([25, 50])]
    const n = rng.int(t2 + 1, t2 * 3)
    const grad = t1 * s1 + (t2 - t1) * s2 + (n - t2) * s3
    return {
      stem: `A vendor offers ${n} seats either on a graduated schedule (seats 1 to ${t1} at ${m(s1)}, ${t1 + 1} to ${t2} at ${m(s2)}, each seat after ${t2} at ${m(s3)}, each band at its own rate) or on a volume schedule (every seat at the rate of the band the total reaches). How much less a month is the volume schedule?`,
      key: m(grad - n * s3),
      wrong: [
        [m(grad), 'gives the graduated bill, not the difference'],
        [m(t1 * (s1 - s3)), 'counts the saving on the first band only'],
        [m(n * (s2 - s3)), 'prices the graduated bill at the middle band throughout'],
        [m(n * s1 - n * s3), 'compares with every seat at the first band’s rate'],
      ],
      figures: { s1, s2, s3, t1, t2, n },
    }
  }),
]
