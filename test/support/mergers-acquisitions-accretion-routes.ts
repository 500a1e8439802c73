import {
  add,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at3 } from './written-half-up.js'

/*
 * Accretion and dilution worked again from each draw: money in $ millions, shares in millions and
 * prices in cents as BigInt ratios. Each working builds pro forma net income term by term (after
 * tax as the pre-tax figure times (100 − t) ÷ 100), divides by the share count it names, and
 * writes the answer once: EPS and prices to the cent, shortfalls to $0.01 million, rates and
 * accretion to two places of a percent, a multiple to two places, a per-share cost to three.
 */

/** The after-tax share of a pre-tax amount at a whole-percent rate. */
const net = (x: R, t: number): R => div(mul(x, r(100 - t)), r(100))
/** A rate in basis points applied to an amount. */
const atBp = (x: R, b: number): R => div(mul(x, r(b)), r(10000))
/** Cents times millions of shares, in $ millions. */
const value = (cents: number, shares: number): R => r(cents * shares, 100)
/** Shares (millions) issued for `worth` ($ millions) at a price in cents. */
const issued = (worth: R, cents: number): R => div(mul(worth, r(100)), r(cents))
/** The sum of rationals, from zero. */
const total = (...xs: R[]): R => add(r(0), ...xs)
/** A multiple written to two places. */
const times = at2

const deal = (f: Parameters<Route>[0]) => {
  const [NA, SA, PA, NT, ST, PT, O] = figuresOf(f, 'NA', 'SA', 'PA', 'NT', 'ST', 'PT', 'O')
  return { NA, SA, PA, NT, ST, PT, O }
}

export const ACCRETION_ROUTES: Readonly<Record<string, Route>> = {
  'pro-forma-eps-of-an-all-stock-deal': (f) => {
    const { NA, SA, PA, NT, ST, PT, O } = deal(f)
    const [t, S, A] = figuresOf(f, 't', 'S', 'A')
    const newShares = issued(value(O, ST), PA)
    const oldPrice = issued(value(PT, ST), PA)
    const base = r(NA + NT)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const over = (earn: R, shares: R) => div(earn, add(r(SA), shares))
    return at2(
      over(sub(add(base, sN), aN), newShares),
      over(sub(add(base, sN), r(A)), newShares),
      over(sub(base, aN), newShares),
      over(sub(add(r(NA), net(r(NT), t), sN), aN), newShares),
      over(add(base, sN), newShares),
      over(sub(add(base, r(S)), aN), newShares),
      over(sub(add(base, sN), aN), oldPrice),
    )
  },
  'pro-forma-eps-of-a-cash-deal-paid-from-cash-on-hand': (f) => {
    const { NA, SA, NT, ST, PT, O } = deal(f)
    const [t, S, C, rc, rv] = figuresOf(f, 't', 'S', 'C', 'rc', 'rv')
    const price = value(O, ST)
    const sN = net(r(S), t)
    const eps = (syn: R, lost: R) => div(sub(total(r(NA), r(NT), syn), lost), r(SA))
    return at2(
      eps(sN, net(atBp(price, rc), t)),
      eps(sN, atBp(price, rc)),
      eps(sN, net(atBp(price, rv), t)),
      eps(r(0), net(atBp(price, rc), t)),
      eps(sN, net(atBp(r(C), rc), t)),
      eps(sN, r(0)),
      eps(r(S), net(atBp(price, rc), t)),
      eps(sN, net(atBp(value(PT, ST), rc), t)),
    )
  },
  'pro-forma-eps-of-a-debt-financed-deal-with-financing-fees': (f) => {
    const { NA, SA, NT, ST, PT, O } = deal(f)
    const [t, S, F, T, s, g] = figuresOf(f, 't', 'S', 'F', 'T', 's', 'g')
    const loan = add(value(O, ST), r(F))
    const sN = net(r(S), t)
    const feeYear = net(r(F, T), t)
    const eps = (syn: R, interest: R, fee: R) =>
      div(sub(sub(total(r(NA), r(NT), syn), interest), fee), r(SA))
    const intN = net(atBp(loan, s + g), t)
    return at2(
      eps(sN, intN, feeYear),
      eps(sN, atBp(loan, s + g), feeYear),
      eps(sN, intN, net(r(F), t)),
      eps(r(0), intN, feeYear),
      eps(r(S), intN, feeYear),
      eps(sN, net(atBp(add(value(PT, ST), r(F)), s + g), t), feeYear),
      eps(sN, net(atBp(loan, s), t), feeYear),
    )
  },
  'pro-forma-eps-of-a-deal-paid-in-stock-cash-and-new-debt': (f) => {
    const { NA, SA, PA, NT, ST, O } = deal(f)
    const [t, S, sp, cp, rc, rd] = figuresOf(f, 't', 'S', 'sp', 'cp', 'rc', 'rd')
    const dp = 100 - sp - cp
    const price = value(O, ST)
    const part = (p: number) => div(mul(price, r(p)), r(100))
    const sN = net(r(S), t)
    const shares = issued(part(sp), PA)
    const financing = (cashBp: number, debtBp: number) =>
      add(atBp(part(cp), cashBp), atBp(part(dp), debtBp))
    const eps = (syn: R, cost: R, extra: R) =>
      div(sub(total(r(NA), r(NT), syn), cost), add(r(SA), extra))
    return at2(
      eps(sN, net(financing(rc, rd), t), shares),
      eps(sN, financing(rc, rd), shares),
      eps(r(0), net(financing(rc, rd), t), shares),
      eps(sN, net(financing(rd, rd), t), shares),
      eps(sN, net(financing(0, rd), t), shares),
      eps(sN, net(financing(rd, rc), t), shares),
      eps(r(S), net(financing(rc, rd), t), shares),
    )
  },
  'accretion-of-a-debt-financed-deal-in-percent': (f) => {
    const { NA, NT, ST, PT, O } = deal(f)
    const [t, S, A, rd] = figuresOf(f, 't', 'S', 'A', 'rd')
    const price = value(O, ST)
    // The change in net income; with no new shares it is the change in EPS times the shares.
    const change = (syn: R, am: R, interest: R) => sub(sub(add(r(NT), syn), am), interest)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const iN = net(atBp(price, rd), t)
    const up = change(sN, aN, iN)
    const rel = (x: R) => div(x, r(NA))
    return pct2(
      rel(up),
      div(up, add(r(NA), up)),
      rel(change(sN, aN, atBp(price, rd))),
      rel(change(r(0), aN, iN)),
      rel(change(sN, r(A), iN)),
      rel(change(sN, r(0), iN)),
      rel(change(r(S), aN, iN)),
      rel(change(sN, aN, net(atBp(value(PT, ST), rd), t))),
    )
  },
  'highest-offer-pe-for-an-eps-neutral-stock-deal': (f) => {
    const [X, t, B, S, A] = figuresOf(f, 'X', 't', 'B', 'S', 'A')
    const pe = r(X, 10)
    const earned = net(r(B), t)
    // Neutral when the new shares' claim on earnings (offer value ÷ acquirer P/E) equals what the
    // target brings: the offer value is the acquirer's P/E times that, over standalone earnings.
    const brings = (base: R, syn: R, am: R) => sub(add(base, syn), am)
    const multiple = (x: R, over: R) => div(mul(pe, x), over)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const key = brings(earned, sN, aN)
    return times(
      multiple(key, earned),
      multiple(brings(earned, sN, r(A)), earned),
      multiple(brings(earned, r(0), aN), earned),
      multiple(key, r(B)),
      multiple(brings(earned, r(S), aN), earned),
      multiple(brings(earned, sN, r(0)), earned),
      multiple(brings(r(B), sN, aN), earned),
    )
  },
  'pre-tax-synergies-to-break-even-in-a-stock-deal': (f) => {
    const { NA, SA, PA, NT, ST, PT, O } = deal(f)
    const [t, A, ND] = figuresOf(f, 't', 'A', 'ND')
    const keep = r(100 - t, 100)
    // Earnings the new shares must carry at standalone EPS, less what the target brings.
    const carry = (shares: R, brought: R) => sub(div(mul(shares, r(NA)), r(SA)), brought)
    const newShares = issued(value(O, ST), PA)
    const gap = carry(newShares, r(NT))
    const aN = net(r(A), t)
    return at2(
      div(add(gap, aN), keep),
      add(gap, aN),
      mul(add(gap, aN), r(100 + t, 100)),
      div(gap, keep),
      add(div(carry(issued(value(PT, ST), PA), r(NT)), keep), r(A)),
      div(add(gap, r(A)), keep),
      add(div(carry(issued(add(value(O, ST), r(ND)), PA), r(NT)), keep), r(A)),
      add(div(carry(newShares, net(r(NT), t)), keep), r(A)),
    )
  },
  'pre-tax-synergies-to-break-even-in-a-debt-financed-deal': (f) => {
    const { NT, ST, PT, O } = deal(f)
    const [t, A, rd] = figuresOf(f, 't', 'A', 'rd')
    const keep = r(100 - t, 100)
    const interest = atBp(value(O, ST), rd)
    // Pre-tax synergies S break even when S − interest − amortisation + NT ÷ (1 − t) = 0.
    const needed = (int: R, am: R, nt: R) => sub(add(int, am), nt)
    const ntPre = div(r(NT), keep)
    return at2(
      needed(interest, r(A), ntPre),
      sub(net(add(interest, r(A)), t), r(NT)),
      needed(interest, r(0), ntPre),
      needed(atBp(value(PT, ST), rd), r(A), ntPre),
      div(needed(interest, net(r(A), t), r(NT)), keep),
      needed(interest, div(r(A), keep), ntPre),
      needed(interest, r(A), r(NT)),
    )
  },
  'highest-price-per-share-for-an-eps-neutral-debt-financed-deal': (f) => {
    const { NT, ST } = deal(f)
    const [t, S, A, rd, F] = figuresOf(f, 't', 'S', 'A', 'rd', 'F')
    // Debt the earnings can carry: after-tax earnings ÷ after-tax rate; less the fees, per share.
    const carried = (earn: R, cost: R, fees: number) => div(sub(div(earn, cost), r(fees)), r(ST))
    const brings = (syn: R, am: R) => sub(add(r(NT), syn), am)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const after = net(r(rd, 10000), t)
    const before = r(rd, 10000)
    return at2(
      carried(brings(sN, aN), after, F),
      carried(brings(sN, aN), before, F),
      carried(brings(r(0), aN), after, F),
      carried(brings(sN, r(A)), after, F),
      carried(brings(r(S), aN), after, F),
      carried(brings(sN, r(0)), after, F),
      carried(brings(sN, aN), after, 0),
    )
  },
  'highest-interest-rate-for-an-eps-neutral-debt-financed-deal': (f) => {
    const { NT, ST, PT, O } = deal(f)
    const [t, S, A] = figuresOf(f, 't', 'S', 'A')
    const brings = (syn: R, am: R) => sub(add(r(NT), syn), am)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    // The pre-tax rate r with r × (1 − t) × debt = what the target brings.
    const rate = (earn: R, debt: R, gross: boolean) =>
      gross ? div(earn, net(debt, t)) : div(earn, debt)
    const price = value(O, ST)
    return pct2(
      rate(brings(sN, aN), price, true),
      rate(brings(sN, aN), price, false),
      rate(brings(r(0), aN), price, true),
      rate(brings(sN, r(A)), price, true),
      rate(brings(r(S), aN), price, true),
      rate(brings(sN, r(0)), price, true),
      rate(brings(sN, aN), value(PT, ST), true),
    )
  },
  'first-year-eps-with-phased-synergies-and-integration-costs': (f) => {
    const { NA, SA, PA, NT, ST, O } = deal(f)
    const [t, S, p, C] = figuresOf(f, 't', 'S', 'p', 'C')
    const yearOne = div(mul(r(S), r(p)), r(100))
    const shares = issued(value(O, ST), PA)
    const eps = (syn: R, cost: R, extra: R) =>
      div(sub(total(r(NA), r(NT), syn), cost), add(r(SA), extra))
    return at2(
      eps(net(yearOne, t), net(r(C), t), shares),
      eps(net(r(S), t), net(r(C), t), shares),
      eps(net(yearOne, t), r(0), shares),
      eps(yearOne, net(r(C), t), shares),
      eps(net(yearOne, t), r(C), shares),
      eps(r(0), net(r(C), t), shares),
      div(sub(total(r(NA), net(r(NT), t), net(yearOne, t)), net(r(C), t)), add(r(SA), shares)),
    )
  },
  'pro-forma-eps-to-common-with-new-preferred-stock': (f) => {
    const { NA, SA, NT, ST, O } = deal(f)
    const [t, S, P, rp, rd, d0] = figuresOf(f, 't', 'S', 'P', 'rp', 'rd', 'd0')
    const debt = sub(value(O, ST), r(P))
    const intN = net(atBp(debt, rd), t)
    const pref = atBp(r(P), rp)
    const sN = net(r(S), t)
    const toCommon = (syn: R, interest: R, newPref: R, oldPref: number) =>
      div(sub(total(r(NA), r(NT), syn), total(interest, newPref, r(oldPref))), r(SA))
    return at2(
      toCommon(sN, intN, pref, d0),
      toCommon(sN, intN, net(pref, t), d0),
      toCommon(sN, intN, pref, 0),
      toCommon(sN, intN, r(0), d0),
      toCommon(r(S), intN, pref, d0),
      toCommon(sN, atBp(debt, rd), pref, d0),
      toCommon(sN, net(atBp(value(O, ST), rd), t), pref, d0),
      toCommon(r(0), intN, pref, d0),
    )
  },
  'acquirer-share-price-for-an-eps-neutral-stock-deal': (f) => {
    const { NA, SA, NT, ST, PT, O } = deal(f)
    const [t, S, A, ND] = figuresOf(f, 't', 'S', 'A', 'ND')
    // Neutral when the new shares (value ÷ price) times standalone EPS equal what the target
    // brings, so the price is value × NA ÷ (SA × brought).
    const price = (worth: R, syn: R, am: R) =>
      div(mul(worth, r(NA)), mul(r(SA), sub(add(r(NT), syn), am)))
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const worth = value(O, ST)
    return at2(
      price(worth, sN, aN),
      price(worth, r(S), aN),
      price(value(PT, ST), sN, aN),
      price(worth, sN, r(0)),
      price(worth, r(0), aN),
      price(worth, sN, r(A)),
      price(add(worth, r(ND)), sN, aN),
    )
  },
  'pro-forma-eps-when-the-targets-debt-is-refinanced': (f) => {
    const { NA, SA, NT, ST, O } = deal(f)
    const [t, S, DT, iT, rd] = figuresOf(f, 't', 'S', 'DT', 'iT', 'rd')
    const equity = value(O, ST)
    const newInt = atBp(add(equity, r(DT)), rd)
    const oldInt = atBp(r(DT), iT)
    const eps = (syn: R, back: R, cost: R) => div(sub(total(r(NA), r(NT), syn, back), cost), r(SA))
    const sN = net(r(S), t)
    return at2(
      eps(sN, net(oldInt, t), net(newInt, t)),
      eps(sN, net(oldInt, t), newInt),
      eps(sN, r(0), net(newInt, t)),
      eps(r(0), net(oldInt, t), net(newInt, t)),
      eps(sN, net(oldInt, t), net(atBp(equity, rd), t)),
      eps(sN, oldInt, net(newInt, t)),
      eps(r(S), net(oldInt, t), net(newInt, t)),
    )
  },
  'fiscal-year-eps-of-a-stock-deal-closed-during-the-year': (f) => {
    const { NA, SA, PA, NT, ST, O } = deal(f)
    const [t, A, k] = figuresOf(f, 't', 'A', 'k')
    const shares = issued(value(O, ST), PA)
    const months = (x: R, m: number) => div(mul(x, r(m)), r(12))
    // Earnings and shares each for the months the stem's rule gives them.
    const eps = (earnMonths: number, amMonths: number, taxed: boolean, shareMonths: number) => {
      const am = taxed ? net(r(A), t) : r(A)
      const earned = sub(months(r(NT), earnMonths), months(am, amMonths))
      return div(add(r(NA), earned), add(r(SA), months(shares, shareMonths)))
    }
    const epsNoAm = div(add(r(NA), months(r(NT), k)), add(r(SA), months(shares, k)))
    return at2(
      eps(k, k, true, k),
      eps(12, 12, true, k),
      eps(k, k, true, 12),
      epsNoAm,
      eps(k, k, false, k),
      eps(k, 12, true, k),
      eps(k, k, true, 12 - k),
    )
  },
  'eps-cost-of-the-new-amortisation-per-share': (f) => {
    const { SA, PA, ST, O } = deal(f)
    const [t, L1, L2, CR, TE, BL, OLD] = figuresOf(f, 't', 'L1', 'L2', 'CR', 'TE', 'BL', 'OLD')
    const shares = add(r(SA), issued(value(O, ST), PA))
    // The yearly charge with its parts named, less the target's old amortisation.
    const charge = (techLife: number, backlog: R, old: number) =>
      sub(total(r(CR, L1), r(TE, techLife), backlog), r(old))
    const per = (x: R, over: R) => div(x, over)
    return at3(
      per(net(charge(L2, r(BL), OLD), t), shares),
      per(net(charge(L2, r(BL), 0), t), shares),
      per(charge(L2, r(BL), OLD), shares),
      per(net(charge(L2, r(BL), OLD), t), r(SA)),
      per(net(charge(L2, r(0), OLD), t), shares),
      per(net(charge(L1, r(BL), OLD), t), shares),
      per(net(charge(L2, r(BL, L1), OLD), t), shares),
    )
  },
  'dilution-of-an-all-stock-deal-in-percent': (f) => {
    const { NA, SA, PA, NT, ST, PT, O } = deal(f)
    const [t, S, A] = figuresOf(f, 't', 'S', 'A')
    const standalone = r(NA, SA)
    const shares = issued(value(O, ST), PA)
    const pf = (syn: R, am: R, extra: R) =>
      div(sub(total(r(NA), r(NT), syn), am), add(r(SA), extra))
    const drop = (x: R) => div(sub(standalone, x), standalone)
    const sN = net(r(S), t)
    const aN = net(r(A), t)
    const key = pf(sN, aN, shares)
    return pct2(
      drop(key),
      div(sub(standalone, key), key),
      drop(pf(r(S), aN, shares)),
      drop(pf(r(0), aN, shares)),
      drop(pf(sN, r(0), shares)),
      drop(pf(sN, r(A), shares)),
      drop(pf(sN, aN, issued(value(PT, ST), PA))),
      drop(div(sub(add(r(NA), net(r(NT), t), sN), aN), add(r(SA), shares))),
    )
  },
}
