import { cmp } from './bigint-rationals.js'
import {
  add,
  at2,
  div,
  dp,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { writtenAs } from './written-half-up.js'

/*
 * Exit waterfalls worked again from each draw: every class's take is worked as a price per share
 * times its shares, the preference as the original issue price (drawn in ten-thousandths of a
 * dollar) per share, and each series' choice to convert is made here by comparing the two, not
 * read from the family.
 */

/** Four places, for a price per share; two places and an `x`, for a multiple. */
const at4 = writtenAs((x) => dp(x, 4))
/** A price in ten-thousandths of a dollar. */
const oip = (t: number): R => r(t, 10000)
/** The larger and the smaller of two amounts. */
const max = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
const min = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
/** Whole dollars. */
const $ = (x: number): R => r(x)
/** Proceeds `e` over `shares`: the price per share as converted. */
const per = (e: R, shares: number): R => div(e, r(shares))
/** A holder of `k` shares at price per share `pps`. */
const holds = (k: number, pps: R): R => mul(r(k), pps)
/** A whole percent. */
const pc = (p: number): R => r(p, 100)

/** Liquidation preferences and exit waterfalls worked again from each draw's terms. */
export const WATERFALL_ROUTES: Readonly<Record<string, Route>> = {
  'non-participating-series-a-proceeds-when-conversion-beats-the-preference': (f) => {
    const [S, p, C0, D, U, X, E0] = figuresOf(f, 'S', 'p', 'C0', 'D', 'U', 'X', 'E0')
    const net = sub($(E0), $(X))
    const pref = holds(S, oip(p))
    const asCommon = holds(S, per(net, S + C0 + D))
    return at2(
      max(pref, asCommon),
      pref,
      holds(S, per(sub(net, pref), S + C0 + D)),
      holds(S, per(net, S + C0 + D + U)),
      add(pref, holds(S, per(sub(net, pref), S + C0 + D))),
      holds(S, per($(E0), S + C0 + D)),
      holds(S, per(net, S + C0)),
    )
  },
  'sale-price-at-which-non-participating-series-a-converts': (f) => {
    const [S, p, C, U, X] = figuresOf(f, 'S', 'p', 'C', 'U', 'X')
    // Converting pays the same once the price per common share equals the issue price.
    const tie = (shares: number) => mul(oip(p), r(shares))
    return at2(
      add(tie(S + C), $(X)),
      add(tie(S), $(X)),
      tie(S + C),
      add(tie(C), $(X)),
      add(tie(S + C + U), $(X)),
      // The Series A's as-converted share less all the fees equals its preference.
      div(add(tie(S), $(X)), r(S, S + C)),
      add(tie(S), tie(S + C), $(X)),
    )
  },
  'proceeds-per-common-share-behind-fully-participating-preferred': (f) => {
    const [S, p, C, U, X, E0] = figuresOf(f, 'S', 'p', 'C', 'U', 'X', 'E0')
    const pref = holds(S, oip(p))
    const net = sub($(E0), $(X))
    const rest = sub(net, pref)
    const whole = per(net, S + C)
    return at4(
      per(rest, S + C),
      per(sub($(E0), pref), S + C),
      whole,
      per(rest, C),
      per(rest, S + C + U),
      per(sub(sub(net, holds(S, whole)), pref), C),
      sub(per(sub($(E0), pref), S + C), per($(X), C)),
    )
  },
  'founder-proceeds-when-capped-participation-reaches-its-cap': (f) => {
    const [S, p, C, F, U, X, k, E0] = figuresOf(f, 'S', 'p', 'C', 'F', 'U', 'X', 'k', 'E0')
    const net = sub($(E0), $(X))
    const pref = holds(S, oip(p))
    const cap = mul(pref, r(k, 10))
    // The Series A's take: participation up to the cap, or converting if that is more.
    const participating = min(cap, add(pref, holds(S, per(sub(net, pref), S + C))))
    const seriesA = max(participating, holds(S, per(net, S + C)))
    return at2(
      holds(F, per(sub(net, seriesA), C)),
      holds(F, per(sub(net, pref), S + C)),
      holds(F, per(sub(net, cap), S + C)),
      holds(F, per(sub(net, cap), C + U)),
      holds(F, per(net, S + C)),
      holds(F, per(sub(net, pref), C)),
      holds(F, per(sub($(E0), cap), C)),
    )
  },
  'capped-participating-series-a-proceeds-below-the-cap-or-converted': (f) => {
    const [S, p, C, X, k, E0] = figuresOf(f, 'S', 'p', 'C', 'X', 'k', 'E0')
    const net = sub($(E0), $(X))
    const pref = holds(S, oip(p))
    const cap = mul(pref, r(k, 10))
    const share = (e: R) => holds(S, per(e, S + C))
    const uncapped = add(pref, share(sub(net, pref)))
    const converted = share(net)
    const key = max(min(cap, uncapped), converted)
    if (cmp(key, converted) === 0)
      return at2(
        key,
        cap,
        pref,
        share(sub(net, pref)),
        uncapped,
        share($(E0)),
        add(cap, share(sub(net, cap))),
      )
    return at2(
      key,
      converted,
      pref,
      share(sub(net, pref)),
      cap,
      add(pref, share(net)),
      add(pref, share(sub($(E0), pref))),
    )
  },
  'founder-proceeds-behind-a-senior-two-times-preference': (f) => {
    const [SA, pA, SB, pB, C, F, U, E] = figuresOf(f, 'SA', 'pA', 'SB', 'pB', 'C', 'F', 'U', 'E')
    const PA = holds(SA, oip(pA))
    const twoB = holds(SB, mul(r(2), oip(pB)))
    const all = SA + SB + C
    // The Series B compares its 2x with converting beside a converting Series A.
    const bConverts = cmp(holds(SB, per($(E), all)), twoB) > 0
    const afterB = bConverts ? $(E) : sub($(E), twoB)
    const common = bConverts ? per($(E), all) : per(afterB, SA + C)
    const after = sub($(E), twoB)
    return at2(
      holds(F, common),
      holds(F, per($(E), all)),
      holds(F, per(sub(after, PA), C)),
      holds(F, per(after, C)),
      holds(F, per(sub(after, PA), SA + C)),
      holds(F, per(after, all)),
      holds(F, per(after, SA + C + U)),
    )
  },
  'series-a-proceeds-pari-passu-with-series-b-behind-a-senior-series-c': (f) => {
    const [SA, pA, SB, pB, SC, pC, rr, t, X, E0] = figuresOf(
      f,
      'SA',
      'pA',
      'SB',
      'pB',
      'SC',
      'pC',
      'r',
      't',
      'X',
      'E0',
    )
    const owedA = holds(SA, oip(pA))
    const owedB = holds(SB, oip(pB))
    const owedC = holds(SC, mul(r(3, 2), oip(pC)))
    const net = sub($(E0), $(X))
    // What the juniors share, in proportion to what each is owed, never beyond it.
    const junior = (left: R, a: R, b: R) => mul(min(left, add(a, b)), div(a, add(a, b)))
    const declaredNone = mul(holds(SC, oip(pC)), pc(rr), r(t))
    return at2(
      junior(sub(net, owedC), owedA, owedB),
      junior(sub(net, holds(SC, oip(pC))), owedA, owedB),
      junior(sub($(E0), owedC), owedA, owedB),
      div(mul(net, owedA), add(owedA, owedB, owedC)),
      sub(sub(net, owedC), owedB),
      junior(sub(sub(net, owedC), declaredNone), owedA, owedB),
      junior(sub(net, owedC), owedA, mul(owedB, r(3, 2))),
    )
  },
  'series-b-proceeds-pari-passu-with-cumulative-dividends-below-the-stack': (f) => {
    const [SA, pA, SB, pB, rr, tA, tB, X, E0] = figuresOf(
      f,
      'SA',
      'pA',
      'SB',
      'pB',
      'r',
      'tA',
      'tB',
      'X',
      'E0',
    )
    // Owed per share: the issue price plus rate × months ÷ 12 of it.
    const owedEach = (t: number, m: number) => mul(oip(t), add(r(1), mul(pc(rr), r(m, 12))))
    const compEach = (t: number, m: number) => {
      let x = oip(t)
      for (let i = 0; i < Math.floor(m / 12); i++) x = mul(x, add(r(1), pc(rr)))
      return mul(x, add(r(1), mul(pc(rr), r(m % 12, 12))))
    }
    const net = sub($(E0), $(X))
    const qA = holds(SA, owedEach(pA, tA))
    const qB = holds(SB, owedEach(pB, tB))
    const cA = holds(SA, compEach(pA, tA))
    const cB = holds(SB, compEach(pB, tB))
    const pro = (e: R, b: R, a: R) => div(mul(e, b), add(a, b))
    return at2(
      pro(net, qB, qA),
      pro(net, holds(SB, oip(pB)), holds(SA, oip(pA))),
      min(qB, net),
      pro($(E0), qB, qA),
      pro(net, r(SB), r(SA)),
      pro(net, cB, cA),
      sub(net, qA),
    )
  },
  'common-proceeds-after-cumulative-dividends-on-the-preference': (f) => {
    const [S, p, C, rr, t, E] = figuresOf(f, 'S', 'p', 'C', 'r', 't', 'E')
    const pref = holds(S, oip(p))
    const divs = mul(pref, pc(rr), r(t, 12))
    const owed = add(pref, divs)
    const asCommon = holds(S, per($(E), S + C))
    const seriesA = max(owed, asCommon)
    let grown = pref
    for (let i = 0; i < Math.floor(t / 12); i++) grown = mul(grown, add(r(1), pc(rr)))
    grown = mul(grown, add(r(1), mul(pc(rr), r(t % 12, 12))))
    const commonShare = (e: R) => holds(C, per(e, S + C))
    return at2(
      sub($(E), seriesA),
      sub($(E), pref),
      sub($(E), max(pref, asCommon)),
      sub($(E), add(pref, mul(pref, pc(rr), r(Math.floor(t / 12))))),
      sub($(E), grown),
      commonShare(sub($(E), owed)),
      sub(commonShare($(E)), divs),
    )
  },
  'manager-payout-from-a-tiered-carve-out-plan': (f) => {
    const [E0, X, T, c1, c2, K, k, Ku] = figuresOf(f, 'E0', 'X', 'T', 'c1', 'c2', 'K', 'k', 'Ku')
    const tiers = (v: number) =>
      v <= T ? mul(pc(c1), r(v)) : add(mul(pc(c1), r(T)), mul(pc(c2), r(v - T)))
    const net = E0 - X
    const mine = (pool: R, points = K) => mul(pool, r(k, points))
    return at2(
      mine(tiers(net)),
      mine(mul(pc(c2), r(net))),
      mine(tiers(E0)),
      mine(add(mul(pc(c1), r(net)), mul(pc(c2), r(net - T)))),
      mine(mul(pc(c1), r(net))),
      mine(tiers(net), K + Ku),
      mine(mul(pc(c2), r(net - T))),
    )
  },
  'founder-closing-proceeds-after-fees-and-an-escrow-holdback': (f) => {
    const [S, p, C, F, U, X, h, E0] = figuresOf(f, 'S', 'p', 'C', 'F', 'U', 'X', 'h', 'E0')
    const held = mul($(E0), pc(h))
    const closing = sub(sub($(E0), $(X)), held)
    const pref = holds(S, oip(p))
    // The Series A converts when its as-converted share of the closing cash beats its preference.
    const converts = cmp(holds(S, per(closing, S + C)), pref) > 0
    const common = converts ? per(closing, S + C) : per(sub(closing, pref), C)
    return at2(
      holds(F, common),
      holds(F, per(sub($(E0), $(X)), S + C)),
      holds(F, per(sub($(E0), held), S + C)),
      holds(F, per(mul(sub($(E0), $(X)), pc(100 - h)), S + C)),
      holds(F, per(sub(closing, pref), S + C)),
      holds(F, per(closing, S + C + U)),
      holds(F, per(sub(closing, pref), C)),
      sub(holds(F, per(sub($(E0), held), S + C)), holds(F, per($(X), C))),
    )
  },
  'founder-gain-between-two-offers-across-the-conversion-point': (f) => {
    const [S, p, C, F, U, lo, hi] = figuresOf(f, 'S', 'p', 'C', 'F', 'U', 'lo', 'hi')
    const pref = holds(S, oip(p))
    const founder = (e: number) => {
      const conv = holds(S, per($(e), S + C))
      return cmp(conv, pref) > 0 ? holds(F, per($(e), S + C)) : holds(F, per(sub($(e), pref), C))
    }
    const low = holds(F, per(sub($(lo), pref), C))
    return at2(
      sub(founder(hi), founder(lo)),
      holds(F, per($(hi - lo), S + C)),
      sub(holds(F, per($(hi), S + C + U)), low),
      sub(holds(F, per(sub($(hi), pref), S + C)), low),
      holds(F, per($(hi - lo), C)),
      sub(holds(F, per($(hi), S + C)), holds(F, per(sub($(lo), pref), S + C))),
      sub(holds(F, per($(hi), C)), low),
    )
  },
  'employee-option-cash-out-at-the-common-price-less-strike': (f) => {
    const [S, p, C, O1, O2, K1, K2, Uo, v, u, E] = figuresOf(
      f,
      'S',
      'p',
      'C',
      'O1',
      'O2',
      'K1',
      'K2',
      'Uo',
      'v',
      'u',
      'E',
    )
    const strikes = add(mul(r(O1), r(K1, 100)), mul(r(O2), r(K2, 100)))
    const shares = S + C + O1 + O2
    const price = per(add($(E), strikes), shares)
    const k1 = r(K1, 100)
    const net = (pps: R, count = v) => mul(r(count), sub(pps, k1))
    const pref = holds(S, oip(p))
    // The Series A converts only if its shares at that price beat its preference.
    const key =
      cmp(holds(S, price), pref) > 0
        ? net(price)
        : net(per(add(sub($(E), pref), strikes), C + O1 + O2))
    return at2(
      key,
      mul(r(v), price),
      net(per($(E), S + C)),
      net(price, v + u),
      net(per($(E), shares)),
      net(per(add($(E), strikes), shares + Uo)),
      net(per(add(sub($(E), pref), strikes), shares)),
    )
  },
  'sale-price-at-which-common-first-receives-proceeds': (f) => {
    const [SA, pA, SB, pB, rr, t, c, X] = figuresOf(f, 'SA', 'pA', 'SB', 'pB', 'r', 't', 'c', 'X')
    const invB = holds(SB, oip(pB))
    const prefs = (bMultiple: number, d: R) => add(holds(SA, oip(pA)), mul(invB, r(bMultiple)), d)
    const simple = mul(invB, pc(rr), r(t, 12))
    let grown = invB
    for (let i = 0; i < Math.floor(t / 12); i++) grown = mul(grown, add(r(1), pc(rr)))
    const compounded = sub(mul(grown, add(r(1), mul(pc(rr), r(t % 12, 12)))), invB)
    // The price less fees, less c% of that, just covers the preferences.
    const price = (stack: R) => add($(X), div(stack, sub(r(1), pc(c))))
    return at2(
      price(prefs(2, simple)),
      price(prefs(2, r(0))),
      price(prefs(1, simple)),
      add($(X), add(prefs(2, simple), mul(pc(c), prefs(2, simple)))),
      price(prefs(2, compounded)),
      div(add(prefs(2, simple), $(X)), sub(r(1), pc(c))),
      price(prefs(2, mul(r(2), simple))),
    )
  },
  'series-b-return-multiple-as-senior-participating-preferred': (f) => {
    const [SA, pA, SB, pB, C, U, X, E0] = figuresOf(f, 'SA', 'pA', 'SB', 'pB', 'C', 'U', 'X', 'E0')
    const invB = holds(SB, oip(pB))
    const prefA = holds(SA, oip(pA))
    const net = sub($(E0), $(X))
    const all = SA + SB + C
    // The Series A converts when that beats its preference; the Series B then shares with it.
    const aConverts = cmp(holds(SA, per(sub(net, invB), all)), prefA) > 0
    const bTake = aConverts
      ? add(invB, holds(SB, per(sub(net, invB), all)))
      : add(invB, holds(SB, per(sub(net, add(invB, prefA)), SB + C)))
    const multiple = (x: R) => div(x, invB)
    return at2x(
      multiple(bTake),
      multiple(add(invB, holds(SB, per(sub($(E0), invB), all)))),
      multiple(add(invB, holds(SB, per(net, all)))),
      multiple(add(invB, holds(SB, per(sub(net, add(invB, prefA)), SB + C)))),
      multiple(max(invB, holds(SB, per(net, all)))),
      multiple(add(invB, holds(SB, per(sub(net, invB), all + U)))),
      sub(multiple(bTake), r(1)),
    )
  },
  'sale-price-for-a-founder-to-receive-a-target': (f) => {
    const [S, p, C, F, U, X, Y] = figuresOf(f, 'S', 'p', 'C', 'F', 'U', 'X', 'Y')
    // The proceeds at which the founder's shares, priced as converted, come to Y.
    const proceeds = (shares: number) => div(mul($(Y), r(shares)), r(F))
    const pref = holds(S, oip(p))
    const e = proceeds(S + C)
    // At that price the Series A converts only if its shares are worth more than its preference.
    if (cmp(holds(S, per(e, S + C)), pref) <= 0) throw new Error('the Series A would not convert')
    return at2(
      add($(X), e),
      add($(X), proceeds(C)),
      e,
      add($(X), pref, proceeds(C)),
      add($(X), pref, e),
      add($(X), proceeds(S + C + U)),
      div(mul(add($(X), $(Y)), r(S + C)), r(F)),
    )
  },
  'non-participating-series-a-beside-a-senior-participating-series-b': (f) => {
    const [SA, pA, SB, pB, C, U, E] = figuresOf(f, 'SA', 'pA', 'SB', 'pB', 'C', 'U', 'E')
    const prefA = holds(SA, oip(pA))
    const prefB = holds(SB, oip(pB))
    const all = SA + SB + C
    const left = sub($(E), prefB)
    return at2(
      max(prefA, holds(SA, per(left, all))),
      prefA,
      holds(SA, per(left, all + U)),
      holds(SA, per(sub(left, prefA), all)),
      add(prefA, holds(SA, per(sub(left, prefA), all))),
      holds(SA, per($(E), all)),
      holds(SA, per(left, SA + C)),
    )
  },
}

/** A multiple to two places. */
function at2x(...xs: readonly R[]) {
  return writtenAs((x) => dp(x, 2))(...xs)
}
