import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  rest,
  sub,
} from './mna-text.js'

// Purchase price allocation. The slips are deferred tax left off a step-up, or put on an item the
// rule spares (an asset deal's stepped-up bases, an indefinite-lived trade name left without its
// liability), a deferred tax asset left out, the target's old goodwill or old deferred tax kept,
// an identified intangible left in goodwill or one the standards forbid (an assembled workforce)
// recognised, acquisition costs capitalised, the non-controlling interest at the other measure
// (fair value for a share of net assets, or book for fair value) or the acquirer's percentage, a
// previously held interest left out, at its carrying amount or at the control price, or its
// translation loss left out of its carrying amount or of profit or loss, contingent
// consideration left out, undiscounted, at its maximum or at the wrong tier, a fair value change
// measured at the wrong factor, the wrong months or life, a step-up run through cost of sales at
// once or after tax, a margin taken on price rather than cost, the old two-step impairment test,
// another unit's headroom netted, and a post-acquisition event booked as a measurement-period
// adjustment.

const MILLIONS = 'in $ millions to two decimal places (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** Dollars in millions to two places: `$12.35 million`. */
const millions = (x: Fraction): string => `$${fixed(x, 2)} million`
/** Whole dollars in millions as a stem writes them. */
const m$ = (x: number): string => `$${n(x)} million`
/** An amount drawn in hundredths of $1 million as a stem writes it: `$910.42 million`. */
const h$ = (x: number): string => `$${fixed(frac(x, 100), 2)} million`
/** An amount drawn (or worked) in hundredths of $1 million, in $ millions. */
const hm = (x: Fraction | number): Fraction => div(x, 100)
/** A price drawn in cents as a stem writes it. */
const c$ = (c: number): string => `$${fixed(frac(c, 100), 2)}`
/** A discount factor drawn in ten-thousandths as a stem writes it. */
const dfText = (f: number): string => fixed(frac(f, 10000), 4)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn whole percent from `lo` to `hi`, to a whole number. */
const part = (rng: Rng, x: number, lo: number, hi: number): number =>
  Math.round((x * rng.int(lo, hi)) / 100)
/** Tax rates a stem states. */
const TAX = [21, 23, 25, 26, 27] as const
const taxRate = (rng: Rng): number => TAX[rng.int(0, TAX.length - 1)]!
/** Cents times millions of shares, in $ millions. */
const worth = (cents: number, shares: number): Fraction => frac(cents * shares, 100)
/** One-year and two-year discount factors at a whole-percent rate, to four places. */
const factors = (i: number): [number, number] => [
  Math.round(1000000 / (100 + i)),
  Math.round(100000000 / ((100 + i) * (100 + i))),
]

/** Original service period, service rendered and service still required, in years. */
const SERVICE = [
  [4, 3, 2],
  [5, 4, 2],
  [5, 4, 3],
  [6, 4, 3],
] as const

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** The standard sentence of a share deal whose tax bases carry over. */
const CARRYOVER = (t: number): string =>
  `It is a purchase of shares, so the target’s tax bases carry over at its old book amounts, and deferred tax at ${t}% is recognised on every difference between a fair value and its tax basis; the target has no deferred tax balances of its own, and its old goodwill has no tax basis.`

export const PPA_FAMILIES: ScenarioFamily[] = [
  apart('goodwill-with-deferred-tax-on-fair-value-step-ups', (rng) => {
    // Amounts in hundredths of $1 million, so no option shares the key's cents through a whole
    // figure added or taken away.
    const BV = rng.int(30000, 150000)
    const G0 = part(rng, BV, 5, 15)
    const dP = part(rng, BV, 10, 30)
    const CR = part(rng, BV, 15, 40)
    const TN = part(rng, BV, 5, 15)
    const t = taxRate(rng)
    const keep = sub(1, pc(t))
    const C = Math.round(((BV - G0 + (dP + CR + TN) * (1 - t / 100)) * rng.int(120, 160)) / 100)
    const K = part(rng, C, 1, 3)
    const net = (book: number, steps: Fraction | number) => add(book, steps)
    const gw = (nav: Fraction) => hm(sub(C, nav))
    const key = gw(net(BV - G0, mul(dP + CR + TN, keep)))
    return balanced({
      stem: `Under ASC 805 (IFRS 3 gives the same answer here), an acquirer buys 100% of a target’s shares for ${h$(C)} in cash and pays ${h$(K)} of advisory and legal fees. The target’s book net assets are ${h$(BV)}, including ${h$(G0)} of goodwill from its own earlier acquisitions. At fair value its property, plant and equipment is ${h$(dP)} above book, and the acquirer identifies customer relationships of ${h$(CR)} and a trade name of ${h$(TN)} that are not on the target’s books; every other asset and liability is at fair value at its book amount. ${CARRYOVER(t)} Goodwill is the consideration transferred less the identifiable net assets at fair value (the target’s own goodwill is not an identifiable asset), and acquisition-related costs are expensed as incurred. What goodwill does the acquirer recognise, ${MILLIONS}?`,
      show: millions,
      figures: { BV, G0, dP, CR, TN, t, C, K },
      key,
      wrong: [
        [gw(net(BV - G0, dP + CR + TN)), 'records no deferred tax on the step-ups'],
        [gw(net(BV, mul(dP + CR + TN, keep))), 'keeps the target’s old goodwill in net assets'],
        [
          gw(net(BV - G0, add(mul(dP, keep), CR + TN))),
          'records deferred tax on the PP&E step-up only',
        ],
        [gw(net(BV - G0, mul(dP, keep))), 'leaves the identified intangibles in goodwill'],
        [add(key, hm(K)), 'capitalises the acquisition costs'],
        [gw(frac(BV)), 'deducts the book net assets only'],
      ],
    })
  }),
  apart('bargain-purchase-gain-with-an-earn-out', (rng) => {
    // Amounts in hundredths of $1 million, so the slips that add back a whole figure do not share
    // the key's cents.
    const BV = rng.int(30000, 150000)
    const G0 = part(rng, BV, 3, 10)
    const dP = part(rng, BV, 15, 35)
    const CR = part(rng, BV, 10, 30)
    const t = taxRate(rng)
    const keep = sub(1, pc(t))
    const X = part(rng, BV, 5, 12)
    const p = rng.int(5, 15) * 5
    const f = rng.int(8300, 9600)
    const DF = frac(f, 10000)
    const FVNA = add(BV - G0, mul(dP + CR, keep))
    const C = Math.round(
      ((Number(FVNA.n) / Number(FVNA.d)) * rng.int(75, 92)) / 100 - (X * p) / 110,
    )
    const earn = mul(X, pc(p), DF)
    const gain = hm(sub(FVNA, add(C, earn)))
    return balanced({
      stem: `Under IFRS 3, an acquirer buys 100% of a target’s shares for ${h$(C)} in cash plus an earn-out of ${h$(X)}, payable in two years if a revenue target is met, which it judges ${p}% likely; the earn-out is part of the consideration transferred at its acquisition-date fair value, which the acquirer takes as its probability-weighted amount times a two-year discount factor of ${dfText(f)}. The target’s book net assets are ${h$(BV)}, including ${h$(G0)} of old goodwill, which is not an identifiable asset. At fair value its PP&E is ${h$(dP)} above book and it has customer relationships of ${h$(CR)} not on its books; everything else is at fair value at book. ${CARRYOVER(t)} After reassessing every item, the acquirer confirms a bargain purchase: the identifiable net assets exceed the consideration transferred, and the excess is a gain in profit or loss that carries no further tax. What gain does it recognise, ${MILLIONS}?`,
      show: millions,
      figures: { BV, G0, dP, CR, t, X, p, f, C },
      key: gain,
      wrong: [
        [add(gain, hm(mul(dP + CR, pc(t)))), 'records no deferred tax on the step-ups'],
        [add(gain, hm(G0)), 'keeps the target’s old goodwill as an asset'],
        [add(gain, hm(earn)), 'leaves out the earn-out'],
        [mul(gain, keep), 'takes tax off the gain'],
        [hm(sub(FVNA, add(C, mul(X, DF)))), 'counts the earn-out at its full amount'],
        [hm(sub(FVNA, add(C, mul(X, pc(p))))), 'does not discount the earn-out'],
      ],
    })
  }),
  apart('full-goodwill-with-the-nci-at-fair-value', (rng) => {
    const Sa = rng.int(30, 120)
    const Sn = Math.round((Sa * rng.int(20, 65)) / 100)
    const Pq = rng.int(20, 80) * 100 + rng.int(0, 99)
    const Pc = Math.round((Pq * rng.int(120, 140)) / 100)
    // Cents times millions of shares: hundredths of $1 million, the unit the net assets and the
    // costs are drawn in, so no option shares the key's cents through a whole figure.
    const cap = (Sa + Sn) * Pq
    const FVNA = Math.round((cap * rng.int(55, 80)) / 100)
    const BV = part(rng, FVNA, 55, 80)
    const C = Pc * Sa
    const NCI = Pq * Sn
    const K = Math.round(C / rng.int(50, 70))
    const p = frac(Sa, Sa + Sn)
    const gw = (nci: Fraction | number, nav: Fraction | number) => hm(sub(add(C, nci), nav))
    const key = gw(NCI, FVNA)
    return balanced({
      stem: `An acquirer buys ${n(Sa)} million of a target’s ${n(Sa + Sn)} million shares for ${c$(Pc)} each in cash, obtaining control, and pays ${h$(K)} of acquisition costs, which it expenses. The other ${n(Sn)} million shares stay with outside holders and trade at ${c$(Pq)}, which measures the fair value of the non-controlling interest (the price paid per share includes a control premium the outside holders do not share). The fair value of the target’s identifiable net assets, deferred tax included, is ${h$(FVNA)}; their book amount is ${h$(BV)}. The acquirer measures the non-controlling interest at fair value (the full goodwill method of IFRS 3, and the rule of ASC 805). What goodwill does it recognise, ${MILLIONS}?`,
      show: millions,
      figures: { Sa, Sn, Pq, Pc, FVNA, BV, K },
      key,
      wrong: [
        [gw(mul(sub(1, p), FVNA), FVNA), 'measures the NCI at its share of net assets'],
        [gw(0, FVNA), 'leaves out the non-controlling interest'],
        [gw(mul(sub(1, p), BV), FVNA), 'measures the NCI at its share of book net assets'],
        [gw(Pc * Sn, FVNA), 'values the NCI at the price paid for control'],
        [gw(NCI, mul(p, FVNA)), 'deducts only the acquirer’s share of net assets'],
        [add(key, hm(K)), 'capitalises the acquisition costs'],
      ],
    })
  }),
  apart('nci-at-its-share-of-identifiable-net-assets', (rng) => {
    const BV = rng.int(30, 150) * 10
    const G0 = part(rng, BV, 5, 12)
    const dP = part(rng, BV, 10, 30)
    const CR = part(rng, BV, 15, 35)
    const t = taxRate(rng)
    const keep = sub(1, pc(t))
    const Sa = rng.int(30, 120)
    const Sn = Math.round((Sa * rng.int(20, 65)) / 100)
    const FVNA = add(BV - G0, mul(dP + CR, keep))
    const Pq = Math.round(((Number(FVNA.n) / Number(FVNA.d)) * rng.int(115, 160)) / (Sa + Sn))
    const q = frac(Sn, Sa + Sn)
    const share = (x: Fraction | number) => mul(q, x)
    return balanced({
      stem: `Under IFRS 3, an acquirer buys ${n(Sa)} million of a target’s ${n(Sa + Sn)} million shares, obtaining control; the other ${n(Sn)} million shares stay with outside holders and trade at ${c$(Pq)}. The target’s book net assets are ${m$(BV)}, including ${m$(G0)} of old goodwill. At fair value its PP&E is ${m$(dP)} above book and it has customer relationships of ${m$(CR)} not on its books; everything else is at fair value at book. ${CARRYOVER(t)} The acquirer elects to measure the non-controlling interest at its proportionate share of the identifiable net assets. At what amount does it recognise the non-controlling interest, ${MILLIONS}?`,
      show: millions,
      figures: { BV, G0, dP, CR, t, Sa, Sn, Pq },
      key: share(FVNA),
      wrong: [
        [worth(Pq, Sn), 'measures the NCI at fair value'],
        [share(BV - G0 + dP + CR), 'takes the net assets before deferred tax'],
        [share(add(BV, mul(dP + CR, keep))), 'keeps the target’s old goodwill in net assets'],
        [mul(frac(Sa, Sa + Sn), FVNA), 'applies the acquirer’s percentage'],
        [share(BV), 'takes the share of book net assets'],
        [share(add(BV - G0, mul(dP, keep))), 'leaves out the customer relationships'],
        [share(add(BV - G0, mul(CR, keep))), 'leaves the PP&E at book'],
      ],
    })
  }),
  apart('remeasurement-gain-on-a-previously-held-interest', (rng) => {
    const Sh = rng.int(10, 40)
    const Sb = rng.int(Sh + 5, Sh + 60)
    const Sn = rng.int(5, 40)
    const ST = Sh + Sb + Sn
    const Pq = rng.int(20, 80) * 100 + rng.int(0, 99)
    const Pc = Math.round((Pq * rng.int(115, 140)) / 100)
    const P0 = Math.round((Pq * rng.int(80, 92)) / 100)
    // Money in hundredths of $1 million (cents times millions of shares), so the stake's history
    // does not share the key's cents.
    const held = Sh * Pq
    const cost = Math.round((held * rng.int(30, 50)) / 100)
    const prof = Math.round((held * rng.int(10, 25)) / 100)
    const dv = Math.round((prof * rng.int(20, 50)) / 100)
    const L = Math.round((held * rng.int(2, 5)) / 100)
    const FVNA = Math.round((ST * Pq * rng.int(65, 85)) / 100)
    // The translation loss went through other comprehensive income, so it has already cut the
    // stake's equity-method carrying amount; reclassifying it on obtaining control takes the same
    // loss to profit or loss, and the two cancel in the net amount.
    const CA = cost + prof - dv - L
    const gain = (fair: Fraction | number, carrying: number, recycled: number) =>
      hm(sub(fair, carrying + recycled))
    return balanced({
      stem: `Under IFRS 3, an acquirer that held ${n(Sh)} million of a target’s ${n(ST)} million shares as an associate (equity method) buys another ${n(Sb)} million for ${c$(Pc)} each on the acquisition date and obtains control. It bought the first stake for ${h$(cost)}; since then it has recognised ${h$(prof)} as its share of the associate’s profits, received ${h$(dv)} of dividends from it, and recognised in other comprehensive income a ${h$(L)} loss on translating the associate from its foreign currency, held in its translation reserve; the stake’s carrying amount reflects all of these. On obtaining control, IFRS 3 remeasures the previously held interest to its acquisition-date fair value, taking the difference from its carrying amount to profit or loss, and reclassifies the translation reserve to profit or loss as it would be on a disposal. The target’s shares traded at ${c$(P0)} before the deal was announced and at ${c$(Pq)} on the acquisition date; the acquirer measures the previously held interest at that acquisition-date quoted price (the price it paid includes a control premium). The fair value of the target’s identifiable net assets is ${h$(FVNA)}. What net gain does the acquirer recognise in profit or loss on the previously held interest, the reclassified reserve included, ${MILLIONS}?`,
      show: millions,
      figures: { Sh, Sb, Sn, Pq, Pc, P0, cost, prof, dv, L, FVNA },
      key: gain(held, CA, L),
      wrong: [
        [gain(Pc * Sh, CA, L), 'values the old stake at the price paid for control'],
        [gain(held, cost, L), 'measures the gain against the original cost'],
        [gain(held, CA, 0), 'leaves out the reclassified translation loss'],
        [gain(held, CA + L, L), 'leaves the translation loss out of the carrying amount'],
        [gain(held, CA + dv, L), 'does not deduct the dividends received'],
        [gain(P0 * Sh, CA, L), 'values the old stake at the pre-announcement price'],
        [
          gain(mul(frac(Sh, ST), FVNA), CA, L),
          'values the old stake at its share of identifiable net assets',
        ],
      ],
    })
  }),
  apart('goodwill-in-a-step-acquisition', (rng) => {
    const Sh = rng.int(10, 40)
    const Sb = rng.int(Sh + 5, Sh + 60)
    const Sn = rng.int(5, 40)
    const ST = Sh + Sb + Sn
    const Pq = rng.int(20, 80) * 100 + rng.int(0, 99)
    const Pc = Math.round((Pq * rng.int(115, 140)) / 100)
    // Money in hundredths of $1 million, the unit of cents times millions of shares.
    const CA = Math.round((Sh * Pq * rng.int(55, 85)) / 100)
    const FVNA = Math.round((ST * Pq * rng.int(55, 80)) / 100)
    const C = Pc * Sb
    const K = Math.round(C / rng.int(40, 60))
    const old = Pq * Sh
    const NCI = Pq * Sn
    const gw = (phi: Fraction | number, nci: Fraction | number) => hm(sub(add(C, phi, nci), FVNA))
    const key = gw(old, NCI)
    return balanced({
      stem: `An acquirer that held ${n(Sh)} million of a target’s ${n(ST)} million shares, carried at ${h$(CA)} under the equity method, buys another ${n(Sb)} million for ${c$(Pc)} each in cash and obtains control, paying ${h$(K)} of acquisition costs, which it expenses. The previously held interest is remeasured to its acquisition-date fair value, the gain going to profit or loss. The target’s shares trade at ${c$(Pq)} on the acquisition date; that quoted price measures both the previously held interest and the non-controlling interest in the other ${n(Sn)} million shares (the price paid includes a control premium). The acquirer measures the non-controlling interest at fair value. The fair value of the target’s identifiable net assets is ${h$(FVNA)}. Under IFRS 3 (and ASC 805), what goodwill does the acquirer recognise, ${MILLIONS}?`,
      show: millions,
      figures: { Sh, Sb, Sn, Pq, Pc, CA, FVNA, K },
      key,
      wrong: [
        [gw(0, NCI), 'leaves out the previously held interest'],
        [gw(CA, NCI), 'takes the previously held interest at its carrying amount'],
        [gw(old, mul(frac(Sn, ST), FVNA)), 'measures the NCI at its share of net assets'],
        [gw(Pc * Sh, NCI), 'values the previously held interest at the price paid'],
        [add(key, hm(old - CA)), 'adds the remeasurement gain to goodwill'],
        [add(key, hm(K)), 'capitalises the acquisition costs'],
      ],
    })
  }),
  apart('goodwill-with-a-two-tier-earn-out', (rng) => {
    // Amounts in hundredths of $1 million, so the slips that leave out the earn-out or add the
    // costs do not share the key's cents.
    const As = rng.int(40000, 200000)
    const Lb = part(rng, As, 20, 45)
    const NA = As - Lb
    const C = part(rng, NA, 105, 140)
    const A1 = part(rng, NA, 5, 12)
    const A2 = part(rng, A1, 60, 150)
    const p1 = rng.int(6, 10) * 5
    const p2 = rng.int(3, Math.min(8, 18 - p1 / 5)) * 5
    const p0 = 100 - p1 - p2
    const f = rng.int(8300, 9600)
    const DF = frac(f, 10000)
    const K = part(rng, C, 1, 3)
    const expected = add(mul(A1, pc(p1)), mul(A1 + A2, pc(p2)))
    const gw = (earn: Fraction | number) => hm(sub(add(C, earn), NA))
    const key = gw(mul(expected, DF))
    return balanced({
      stem: `Under ASC 805, an acquirer buys 100% of a target for ${h$(C)} in cash plus an earn-out classified as a liability: ${h$(A1)} if next year’s revenue passes a first threshold, and a further ${h$(A2)} on top if it also passes a second, both paid in two years. It judges the outcomes at ${p0}% (neither threshold), ${p1}% (the first only) and ${p2}% (both). The earn-out is part of the consideration transferred at its acquisition-date fair value, which the acquirer takes as the probability-weighted payment times a two-year discount factor of ${dfText(f)}. It pays ${h$(K)} of acquisition costs, which it expenses. The fair values of the identifiable assets acquired and liabilities assumed, deferred tax included, are ${h$(As)} and ${h$(Lb)}. What goodwill does the acquirer recognise, ${MILLIONS}?`,
      show: millions,
      figures: { As, Lb, C, A1, A2, p1, p2, f, K },
      key,
      wrong: [
        [gw(0), 'leaves out the earn-out'],
        [
          gw(mul(add(mul(A1, pc(p1)), mul(A2, pc(p2))), DF)),
          'pays only the second tier when both thresholds are passed',
        ],
        [gw(mul(A1, pc(p1 + p2), DF)), 'leaves out the second tier'],
        [gw(expected), 'does not discount the earn-out'],
        [gw(mul(A1 + A2, DF)), 'counts the earn-out at its maximum'],
        [add(key, hm(K)), 'capitalises the acquisition costs'],
      ],
    })
  }),
  apart('change-in-fair-value-of-an-earn-out-liability', (rng) => {
    const X = rng.int(20, 200)
    const p0 = rng.int(6, 12) * 5
    const p1 = rng.int(p0 / 5 + 2, 18) * 5
    const i = rng.int(6, 12)
    const [f1, f2] = factors(i)
    const D1 = frac(f1, 10000)
    const D2 = frac(f2, 10000)
    const fv0 = mul(X, pc(p0), D2)
    const fv1 = mul(X, pc(p1), D1)
    return balanced({
      stem: `Under ASC 805, an acquirer recognised an earn-out classified as a liability: ${m$(X)} payable two years after the acquisition if a revenue target is met, which it then judged ${p0}% likely. It measures the earn-out at its probability-weighted payment times a discount factor at ${i}% a year: ${dfText(f2)} for two years at the acquisition date and ${dfText(f1)} for the one year left at the first year-end. A liability-classified earn-out is remeasured to fair value at each reporting date until it is settled, and a change that comes from events after the acquisition date (not from new facts about conditions at that date) goes to earnings, not goodwill. At the first year-end, after a strong first year, the acquirer judges the target ${p1}% likely to be met, a change that comes from events after the acquisition date. What charge does the remeasurement put through earnings for the first year, ${MILLIONS}?`,
      show: millions,
      figures: { X, p0, p1, i, f1, f2 },
      key: sub(fv1, fv0),
      wrong: [
        [fv1, 'charges the whole new fair value'],
        [sub(mul(X, D1), fv0), 'remeasures at the full payment'],
        [sub(mul(X, pc(p1)), fv0), 'stops discounting at the year-end'],
        [mul(X, pc(p1 - p0), D2), 'values the change in probability at the old factor'],
        [mul(X, pc(p1 - p0), D1), 'leaves out the unwinding of the discount'],
        [mul(X, pc(p0), sub(D1, D2)), 'charges only the unwinding of the discount'],
      ],
    })
  }),
  apart('first-year-amortisation-of-identified-intangibles', (rng) => {
    const MONTHS = ['August', 'September', 'October'] as const
    const mi = rng.int(0, 2)
    const k = 5 - mi
    const CR = rng.int(40, 300) * 5
    const L1 = rng.int(8, 15)
    const TE = part(rng, CR, 30, 80)
    const L2 = rng.int(3, 6)
    const NC = part(rng, CR, 5, 15)
    const L3 = rng.int(2, 4)
    const TN = part(rng, CR, 20, 60)
    const BL = part(rng, CR, 3, 10)
    const b = rng.int(2, k)
    const GW = part(rng, CR, 80, 200)
    const yearly = (techLife: number, ncLife: number) =>
      add(frac(CR, L1), frac(TE, techLife), frac(NC, ncLife))
    const fy = (months: Fraction, backlog: Fraction | number, techLife = L2, ncLife = L3) =>
      add(mul(yearly(techLife, ncLife), months), backlog)
    const key = fy(frac(k, 12), BL)
    return balanced({
      stem: `An acquirer with a calendar fiscal year (a public business entity reporting under US GAAP, so goodwill is not amortised) completes an acquisition on ${MONTHS[mi]} 1, 2026. The allocation identifies customer relationships of ${m$(CR)} (useful life ${L1} years), developed technology of ${m$(TE)} (${L2} years), a non-compete agreement of ${m$(NC)} (${L3} years), a trade name of ${m$(TN)} with an indefinite life, and an order backlog of ${m$(BL)} that is filled evenly over the ${b} months after closing; goodwill is ${m$(GW)}. Every finite-lived intangible is amortised straight line by month from the acquisition date over its life (the backlog over the months it is filled). What amortisation of acquired intangibles does the acquirer record for 2026, ${MILLIONS}?`,
      show: millions,
      figures: { mi, CR, L1, TE, L2, NC, L3, TN, BL, b, GW },
      key,
      wrong: [
        [fy(frac(1), BL), 'charges a full year'],
        [add(key, mul(frac(GW, 10), frac(k, 12))), 'amortises goodwill over ten years'],
        [fy(frac(1, 2), BL), 'charges half a year by convention'],
        [fy(frac(k, 12), mul(BL, frac(k, 12))), 'amortises the backlog over a year'],
        [fy(frac(k, 12), BL, L1), 'amortises the technology over the customer life'],
        [fy(frac(k - 1, 12), BL), 'counts the months from the month after closing'],
      ],
    })
  }),
  apart('first-quarter-gross-margin-with-an-inventory-step-up', (rng) => {
    const B = rng.int(40, 200)
    const SP = part(rng, B, 150, 190)
    const CS = part(rng, SP, 5, 12)
    const PA = part(rng, SP, 8, 16)
    const U = SP - CS - PA - B
    if (U <= 0) rest()
    const x = rng.int(10, 18) * 5
    const H0 = mul(B, pc(x))
    const H = Math.round(Number(H0.n) / Number(H0.d)) + part(rng, B, 40, 120)
    const R = part(rng, H, 140, 190)
    const t = taxRate(rng)
    const margin = (stepUp: Fraction | number) => div(sub(R, add(H, stepUp)), R)
    const key = margin(mul(U, pc(x)))
    return balanced({
      stem: `An acquirer’s allocation measures a target’s finished goods, book cost ${m$(B)}, at fair value: estimated selling price ${m$(SP)}, less costs of disposal of ${m$(CS)} and a reasonable profit allowance for the selling effort of ${m$(PA)}. In the first quarter after the acquisition ${x}% of those goods are sold; the target’s revenue for the quarter is ${m$(R)} and its cost of sales at the old book cost (those goods and everything else sold) is ${m$(H)}. The step-up is charged to cost of sales as the goods are sold; the tax rate is ${t}%. What gross margin (gross profit ÷ revenue) do the target’s results show in the acquirer’s consolidated accounts for the quarter, ${PCT2}?`,
      show: pct2,
      figures: { B, SP, CS, PA, x, H, R, t },
      key,
      wrong: [
        [margin(0), 'leaves out the inventory step-up'],
        [margin(mul(U, pc(x), sub(1, pc(t)))), 'charges the step-up after tax'],
        [
          div(sub(R, add(H, mul(U, pc(x)))), add(H, mul(U, pc(x)))),
          'divides the gross profit by cost of sales',
        ],
        [margin(U), 'charges the whole step-up in the quarter'],
        [margin(mul(SP - CS - B, pc(x))), 'leaves out the profit allowance'],
        [margin(mul(H, frac(U, B))), 'applies the step-up rate to all cost of sales'],
      ],
    })
  }),
  apart('revenue-from-acquired-deferred-revenue-under-ifrs-3', (rng) => {
    const rm = rng.int(6, 11)
    const k = rng.int(2, rm - 1)
    const Dc = rng.int(10, 80)
    const Oc = part(rng, Dc, 20, 50)
    const m = rng.int(10, 30)
    const CL = Math.round(((Dc + Oc) * rng.int(170, 260)) / 100)
    const FV = mul(Dc + Oc, add(1, pc(m)))
    const over = (x: Fraction | number, months: number) => mul(x, frac(k, months))
    return balanced({
      stem: `Under IFRS 3, an acquirer takes on a target’s annual service contracts, which customers paid in advance; the target carries ${m$(CL)} of deferred revenue for them, and ${rm} months of service remain at the acquisition date, delivered evenly. Measured at fair value, the obligation is the cost to fulfil it, ${m$(Dc)} of direct costs and ${m$(Oc)} of indirect costs, plus a normal profit mark-up of ${m}% on that cost (the bottom-up measure of fair value, as stated for this exercise; under US GAAP, ASU 2021-08 would instead measure the liability under ASC 606 as if the acquirer had originated the contracts). The acquirer’s fiscal year ends ${k} months after the acquisition. How much revenue from these contracts does the acquirer recognise in that fiscal year, ${MILLIONS}?`,
      show: millions,
      figures: { rm, k, Dc, Oc, m, CL },
      key: over(FV, rm),
      wrong: [
        [over(CL, rm), 'recognises the target’s carrying amount'],
        [over(div(Dc + Oc, sub(1, pc(m))), rm), 'takes the margin on price instead of cost'],
        [FV, 'recognises the whole fair value in the year'],
        [over(Dc + Oc, rm), 'leaves out the profit mark-up'],
        [over(mul(Dc, add(1, pc(m))), rm), 'counts only the direct costs'],
        [over(FV, 12), 'spreads the fair value over a twelve-month term'],
      ],
    })
  }),
  apart('goodwill-impairment-of-a-reporting-unit-in-one-step', (rng) => {
    // Amounts in hundredths of $1 million and the loss worked from the stated figures, so the key
    // is not a whole number while the tax and ownership slips are not.
    const Mc = rng.int(40000, 200000)
    const c = rng.int(1, 3) * 5
    const FV = frac(Mc * (100 + c), 100)
    const G = part(rng, Mc, 30, 60)
    const CA = Math.round((Mc * (100 + c)) / 100) + part(rng, G, 20, 60)
    const loss = sub(CA, FV)
    const FVNA = Math.round(((CA - G) * rng.int(105, 125)) / 100)
    const Dc = part(rng, Mc, 1, 3)
    // Every slip stays under the goodwill, so none is cut back to it by the cap. The key stays
    // under it too: a binding cap would make the key the goodwill printed in the stem and leave
    // too few slips above it.
    if (!below(frac(CA - Mc), frac(G)) || !below(frac(FVNA), FV) || !below(add(loss, Dc), frac(G)))
      rest()
    const t = taxRate(rng)
    const own = rng.int(14, 19) * 5
    const H = Math.round((Number(loss.n) / Number(loss.d)) * (rng.int(15, 70) / 100))
    return balanced({
      stem: `A public company tests a reporting unit for goodwill impairment under ASC 350 as amended by ASU 2017-04: the loss is the amount by which the unit’s carrying amount exceeds its fair value, limited to the goodwill allocated to the unit, and fair value is the ASC 820 exit price, not reduced by the costs of selling. The unit’s carrying amount, goodwill included, is ${h$(CA)}; its goodwill is ${h$(G)} and is not tax-deductible. The unit is a listed subsidiary in which the company owns ${own}%: its market capitalisation is ${h$(Mc)}, and the company measures the unit’s fair value as that plus a ${c}% control premium (as stated for this exercise); selling the unit would cost ${h$(Dc)}. The fair value of the unit’s identifiable net assets is ${h$(FVNA)}, and the company’s other reporting unit has a fair value ${h$(H)} above its carrying amount. The loss is recognised for the whole unit and attributed to the parent and the non-controlling interest afterwards. What goodwill impairment loss is recognised for the unit, ${MILLIONS}?`,
      show: millions,
      figures: { Mc, c, G, CA, FVNA, Dc, t, own, H },
      key: hm(loss),
      wrong: [
        [hm(sub(G, sub(FV, FVNA))), 'uses the old two-step test'],
        [hm(add(loss, Dc)), 'deducts the costs of disposal from fair value'],
        [hm(CA - Mc), 'leaves out the control premium'],
        [hm(mul(loss, sub(1, pc(t)))), 'takes the loss net of tax'],
        [hm(mul(loss, pc(own))), 'recognises only the parent’s share'],
        [hm(sub(loss, H)), 'nets the other unit’s headroom'],
      ],
    })
  }),
  apart('net-deferred-tax-liability-in-the-allocation', (rng) => {
    const TB = rng.int(20, 120) * 5
    const BVp = part(rng, TB, 110, 140)
    const FVp = part(rng, BVp, 115, 150)
    const INT = part(rng, TB, 60, 150)
    const ITB = part(rng, TB, 20, 50)
    const IFV = part(rng, ITB, 70, 92)
    const PROV = part(rng, TB, 5, 20)
    const NOL = part(rng, TB, 5, 20)
    const t = taxRate(rng)
    const T = pc(t)
    const W = ITB - IFV
    const dtl = (ppe: number, intangibles: number, write: number, nol: number) =>
      mul(T, ppe + intangibles - write - PROV - nol)
    const key = dtl(FVp - TB, INT, W, NOL)
    return balanced({
      stem: `Under ASC 805, an acquirer buys a target’s shares, so the target’s tax bases carry over. In the allocation: PP&E has a fair value of ${m$(FVp)}, a book amount of ${m$(BVp)} and a tax basis of ${m$(TB)} (tax depreciation has run ahead of book); newly identified intangibles have a fair value of ${m$(INT)} and no tax basis; inventory with a tax basis of ${m$(ITB)} is written down to a fair value of ${m$(IFV)}; a litigation provision of ${m$(PROV)} is recognised at fair value and will be deductible when paid; and the target brings ${m$(NOL)} of net operating losses the acquirer expects to use in full. The tax rate is ${t}%, and no valuation allowance is needed. What net deferred tax liability does the acquirer recognise in the allocation, ${MILLIONS}?`,
      show: millions,
      figures: { TB, BVp, FVp, INT, ITB, IFV, PROV, NOL, t },
      key,
      wrong: [
        [mul(T, FVp - TB + INT), 'leaves out every deferred tax asset'],
        [dtl(FVp - TB, INT, W, 0), 'leaves out the operating losses'],
        [dtl(FVp - TB, INT, 0, NOL), 'leaves out the inventory write-down'],
        [dtl(FVp - BVp, INT, W, NOL), 'measures the PP&E difference from book, not tax basis'],
        [
          sub(dtl(FVp - TB, INT, W, 0), NOL),
          'deducts the operating losses without tax-effecting them',
        ],
        [dtl(FVp - TB, 0, W, NOL), 'gives the new intangibles a tax basis'],
      ],
    })
  }),
  apart('goodwill-in-a-taxable-asset-purchase', (rng) => {
    const PPE = rng.int(40, 200) * 5
    const PB = part(rng, PPE, 60, 85)
    const AR = part(rng, PPE, 20, 50)
    const SP = part(rng, PPE, 20, 45)
    const CS = part(rng, SP, 5, 12)
    const PA = part(rng, SP, 8, 16)
    const CR = part(rng, PPE, 20, 60)
    const AW = part(rng, PPE, 5, 15)
    const AP = part(rng, PPE, 15, 35)
    const CASH = part(rng, PPE, 5, 20)
    const DTL0 = part(rng, PPE, 4, 12)
    const t = taxRate(rng)
    const NA = AR + (SP - CS - PA) + PPE + CR - AP
    const C = part(rng, NA, 115, 150)
    const K = part(rng, C, 1, 3)
    const gw = (netAssets: number) => frac(C - netAssets)
    return balanced({
      stem: `Under ASC 805, an acquirer buys a target’s business in a taxable purchase of assets for ${m$(C)} in cash, on a cash-free, debt-free basis, and pays ${m$(K)} of acquisition costs. It takes over receivables with a fair value of ${m$(AR)}, finished goods (estimated selling price ${m$(SP)}, costs of disposal ${m$(CS)}, a reasonable profit allowance for the selling effort ${m$(PA)}), PP&E with a fair value of ${m$(PPE)} (book ${m$(PB)}) and customer relationships of ${m$(CR)}, and assumes payables of ${m$(AP)}. The seller keeps its ${m$(CASH)} of cash and its deferred tax liability of ${m$(DTL0)}. A specialist also values the assembled workforce at ${m$(AW)}. The acquirer’s tax bases equal the amounts it records, goodwill included (as stated for this exercise), so no deferred tax arises; the tax rate is ${t}%. What goodwill does the acquirer recognise, ${MILLIONS}?`,
      show: millions,
      figures: { PPE, PB, AR, SP, CS, PA, CR, AW, AP, CASH, DTL0, t, C, K },
      key: gw(NA),
      wrong: [
        [
          add(gw(NA), mul(pc(t), PPE - PB + CR)),
          'records deferred tax on the step-ups as in a share deal',
        ],
        [gw(NA - DTL0), 'takes over the seller’s deferred tax liability'],
        [gw(NA - K), 'capitalises the acquisition costs'],
        [gw(NA + CASH), 'counts the cash the seller keeps'],
        [gw(NA + PA), 'leaves out the profit allowance on the inventory'],
        [gw(NA + AW), 'recognises the assembled workforce'],
      ],
    })
  }),
  apart('deferred-tax-liability-after-the-first-year', (rng) => {
    const MONTHS = ['April', 'May', 'June', 'July', 'August', 'September'] as const
    const mi = rng.int(0, MONTHS.length - 1)
    const k = 9 - mi
    const dP = rng.int(20, 150) * 5
    const LP = rng.int(5, 10)
    const CR = part(rng, dP, 60, 150)
    const L1 = rng.int(8, 15)
    const TE = part(rng, dP, 30, 80)
    const L2 = rng.int(3, 6)
    const TN = part(rng, dP, 20, 60)
    const t = taxRate(rng)
    const T = pc(t)
    const DTL0 = mul(T, dP + CR + TE + TN)
    const ppe = frac(dP, LP)
    const amort = add(frac(CR, L1), frac(TE, L2))
    const f = frac(k, 12)
    const key = sub(DTL0, mul(T, add(ppe, amort), f))
    return balanced({
      stem: `On ${MONTHS[mi]} 1, 2026 an acquirer with a calendar fiscal year buys a target’s shares, so the tax bases carry over at their old book amounts, and recognises deferred tax at ${t}% on the step-ups: PP&E ${m$(dP)} above book (remaining life ${LP} years), customer relationships of ${m$(CR)} (${L1} years) and developed technology of ${m$(TE)} (${L2} years), and a trade name of ${m$(TN)} with an indefinite life; none of the step-ups or the trade name has a tax basis. Step-ups are depreciated and amortised straight line by month from the acquisition date, and nothing else changes the differences. What is the deferred tax liability on these step-ups at December 31, 2026, ${MILLIONS}?`,
      show: millions,
      figures: { mi, dP, LP, CR, L1, TE, L2, TN, t },
      key,
      wrong: [
        [DTL0, 'does not unwind the liability'],
        [sub(DTL0, mul(T, amort, f)), 'unwinds only the intangibles'],
        [sub(DTL0, mul(T, ppe, f)), 'unwinds only the PP&E step-up'],
        [sub(DTL0, mul(T, add(ppe, amort))), 'unwinds a full year'],
        [sub(key, mul(T, TN)), 'records no liability on the trade name'],
        [sub(DTL0, mul(add(ppe, amort), f)), 'unwinds by the pre-tax charge'],
      ],
    })
  }),
  apart('goodwill-after-measurement-period-adjustments', (rng) => {
    const G0 = rng.int(60, 400) * 5
    const D = part(rng, G0, 10, 30)
    const L = part(rng, D, 25, 75)
    const X = part(rng, G0, 5, 15)
    const mo = rng.int(4, 10)
    const t = taxRate(rng)
    const keep = sub(1, pc(t))
    const key = add(sub(G0, mul(D, keep)), mul(L, keep))
    return balanced({
      stem: `An acquirer recorded provisional goodwill of ${m$(G0)} for a share purchase, with deferred tax at ${t}% on every fair value difference (the tax bases carried over at the old book amounts). Under ASC 805, within the measurement period (at most one year from the acquisition date) the acquirer adjusts the provisional amounts, and goodwill with them, for new information about facts and circumstances that existed at the acquisition date; a change from an event after that date goes to earnings instead. ${mo} months after the acquisition date it completes the allocation: the final appraisal puts the acquired PP&E ${m$(D)} above its provisional fair value, and a lawsuit that existed at the acquisition date is recognised as a ${m$(L)} liability, deductible for tax when paid. In the same month a major customer left after a dispute that arose after the acquisition, and the company estimates this cut the value of the acquired customer relationships by ${m$(X)}. What goodwill does the acquirer now carry for the acquisition, ${MILLIONS}?`,
      show: millions,
      figures: { G0, D, L, X, mo, t },
      key,
      wrong: [
        [add(sub(G0, D), L), 'records no deferred tax on the adjustments'],
        [sub(G0, mul(D, keep)), 'leaves out the lawsuit liability'],
        [add(sub(G0, D), mul(L, keep)), 'records no deferred tax on the PP&E increase'],
        [add(key, mul(X, keep)), 'adjusts goodwill for the customer lost after the acquisition'],
        [add(G0, mul(L, keep)), 'takes the appraisal change to profit or loss instead'],
        [add(sub(G0, mul(D, keep)), L), 'records no deferred tax on the lawsuit liability'],
      ],
    })
  }),
  apart('consideration-transferred-with-replacement-awards', (rng) => {
    // Amounts in hundredths of $1 million (cents times millions of shares), so the fees and issue
    // costs do not share the key's cents.
    const Cc = rng.int(40000, 300000)
    const Ns = rng.int(5, 40)
    const Pcl = rng.int(30, 120) * 100 + rng.int(0, 99)
    const Pan = Math.round((Pcl * rng.int(106, 125)) / 100)
    // Service periods where the replacement lengthens the total and less service follows the
    // acquisition than preceded it.
    const [V, R, Q] = SERVICE[rng.int(0, SERVICE.length - 1)]!
    const M = rng.int(800, 6000)
    const Mr = part(rng, M, 110, 140)
    const K = part(rng, Cc, 1, 3)
    const IC = Math.round((Ns * Pcl) / rng.int(60, 100))
    const shares = Pcl * Ns
    const pre = mul(M, frac(R, Math.max(R + Q, V)))
    const total = (sh: number, awards: Fraction | number) => hm(add(Cc, sh, awards))
    const key = total(shares, pre)
    return balanced({
      stem: `Under ASC 805, an acquirer buys 100% of a target for ${h$(Cc)} in cash and ${n(Ns)} million of its own shares, which traded at ${c$(Pan)} when the deal was announced and at ${c$(Pcl)} at closing, the acquisition date; equity issued is measured at its acquisition-date fair value. It is obliged to replace the target’s employee share options: at the acquisition date the fair-value-based measure of the target’s awards is ${h$(M)} and of the acquirer’s replacement awards ${h$(Mr)}. The target’s awards had a ${V}-year service period, of which ${R} years had been rendered; the replacement awards vest after ${Q} more years of service. The part of the replacement awards that counts as consideration (ASC 805-30-30-12) is the target’s awards’ measure × service rendered before the acquisition ÷ the greater of the total service period (before plus after the acquisition) and the original service period; the rest is post-combination compensation cost. The acquirer also pays ${h$(K)} of advisory fees, which it expenses, and ${h$(IC)} of costs to register and issue the shares, which reduce additional paid-in capital. What consideration is transferred, ${MILLIONS}?`,
      show: millions,
      figures: { Cc, Ns, Pcl, Pan, V, R, Q, M, Mr, K, IC },
      key,
      wrong: [
        [total(Pan * Ns, pre), 'values the shares at the announcement price'],
        [total(shares, mul(M, frac(R, V))), 'divides by the original service period'],
        [total(shares, Mr), 'counts the whole replacement award'],
        [add(key, hm(K)), 'adds the advisory fees'],
        [total(shares, 0), 'leaves out the replacement awards'],
        [
          total(shares, mul(M, frac(Q, R + Q))),
          'counts the part for service after the acquisition',
        ],
        [sub(key, hm(IC)), 'deducts the share issue costs'],
      ],
    })
  }),
]
