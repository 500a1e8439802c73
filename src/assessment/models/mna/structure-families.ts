import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  rest,
  sub,
  usd,
} from './mna-text.js'

// Deal structure and consideration. The slips are the wrong price on either side (the target's
// post-leak price or VWAP, the acquirer's unaffected, signing-date, closing or last price, a
// measurement average used where the agreement fixes another), the premium grossed up as a
// margin, the cash left out of the value or the threshold, a collar ignored, read at its other
// bound, applied to the whole consideration or adjusted the wrong way, the wrong share count on
// either side (basic for diluted, options gross, an out-of-the-money tranche netted, RSUs, a
// toehold or treasury shares counted, the target's old shares added to the acquirer's), an
// ownership or listing limit measured on the wrong base, a ratio of contributions read as a share,
// a proration spread over the wrong shares, a tax threshold misread (the old 50 % guideline, the
// 40 % taken as the cap on cash or as a ratio to cash), an equity raise left out or priced at
// market, a spread not annualised, on the wrong base or with a dividend left out, and synergies or
// costs left out or given all to one side.

const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const R4 = 'to four decimal places (a half rounded up)'
const SH3 = 'in millions of shares to three decimal places (a half rounded up)'
/** An exchange ratio. */
const ratio = (x: Fraction): string => fixed(x, 4)
/** A price per share. */
const perShare = usd(2)
/** A share count in millions. */
const shares = (x: Fraction): string => `${fixed(x, 3)} million shares`
/** An amount drawn in tenths of a million dollars, as millions, and as a stem writes it. */
const tm = (t: number): Fraction => frac(t, 10)
const mText = (t: number): string => `$${fixed(tm(t), 1)} million`
/** A price drawn in cents, as dollars, and as a stem writes it. */
const ct = (c: number): Fraction => frac(c, 100)
const pText = (c: number): string => `$${fixed(ct(c), 2)}`
/** A share count drawn in thousands, as millions, and as a stem writes it. */
const ks = (k: number): Fraction => frac(k, 1000)
const sText = (k: number): string => `${fixed(ks(k), 3)} million`
/** An exchange ratio drawn in ten-thousandths, and as a stem writes it. */
const rt = (t: number): Fraction => frac(t, 10000)
const rText = (t: number): string => fixed(rt(t), 4)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn percentage from `low` to `high`, to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** Net shares of `k` thousand options at strike `K` by the treasury method at value `v`. */
const net = (k: number, K: number, v: Fraction): Fraction => mul(ks(k), sub(1, div(ct(K), v)))
/** `x` as a plain number, for the draw's own comparisons (never shown). */
const num = (x: Fraction): number => Number(x.n) / Number(x.d)

export const STRUCTURE_FAMILIES: ScenarioFamily[] = [
  apart('exchange-ratio-for-a-premium-to-the-unaffected-price', (rng) => {
    const Tu = rng.int(1500, 6000)
    const p = rng.int(20, 45)
    // The acquirer's VWAP is drawn to the cent in its own right (a ratio of 0.30 to 0.85), not as
    // the offer value over a round ratio.
    const Av = rng.int(Math.ceil((Tu * (100 + p)) / 85), Math.floor((Tu * (100 + p)) / 30))
    const Au = part(rng, Av, 102, 108)
    const Ac = part(rng, Av, 92, 98)
    const Tv = part(rng, Tu, 90, 97)
    const Tc = part(rng, Tu, 105, 100 + p - 3)
    const offer = (t: number) => mul(ct(t), pc(100 + p))
    return balanced({
      stem: `An acquirer agrees an all-stock merger at a ${p}% premium to the target’s unaffected price of ${pText(Tu)}, its close on the last trading day before rumours of the deal (the target has since traded up to ${pText(Tc)}; its 30-day VWAP to the unaffected date was ${pText(Tv)}). The exchange ratio is fixed at signing by dividing the offer value per target share by the acquirer’s 10-day VWAP to signing, ${pText(Av)}; the acquirer’s own unaffected price was ${pText(Au)} and it closed at ${pText(Ac)} the day before signing. How many acquirer shares does each target share receive, ${R4}?`,
      show: ratio,
      figures: { Tu, p, Av, Au, Ac, Tv, Tc },
      key: div(offer(Tu), ct(Av)),
      wrong: [
        [div(offer(Tc), ct(Av)), 'applies the premium to the price after the rumours'],
        [div(offer(Tu), ct(Ac)), 'divides by the acquirer’s last close'],
        [
          div(div(ct(Tu), pc(100 - p)), ct(Av)),
          'divides by one less the premium instead of multiplying by one plus it',
        ],
        [div(offer(Tu), ct(Au)), 'divides by the acquirer’s unaffected price'],
        [frac(Tu, Av), 'leaves out the premium'],
        [div(offer(Tv), ct(Av)), 'applies the premium to the target’s 30-day VWAP'],
      ],
    })
  }),
  apart('target-holders-pro-forma-ownership-with-a-toehold', (rng) => {
    const R = rng.int(3000, 9000)
    const Td = rng.int(20000, 120000)
    const Tb = part(rng, Td, 94, 98)
    const H = part(rng, Td, 3, 9)
    const issued = mul(rt(R), Td - H)
    const Ad = Math.round((num(issued) * rng.int(150, 600)) / 100)
    const Ab = part(rng, Ad, 94, 98)
    const A = rng.int(2000, 10000)
    const Tu = Math.round((R * A) / (100 * rng.int(120, 145)))
    const own = (k: Fraction | number, base: Fraction | number) => div(k, add(base, k))
    return balanced({
      stem: `An acquirer with ${sText(Ad)} diluted shares (${sText(Ab)} basic) agrees an all-stock merger at ${rText(R)} acquirer shares per target share. The target has ${sText(Td)} diluted shares (${sText(Tb)} basic), of which the acquirer already owns ${sText(H)}; those shares will be cancelled in the merger for no consideration. The acquirer’s shares trade at ${pText(A)} and the target’s unaffected price was ${pText(Tu)}. What share of the combined company’s diluted shares will the target’s other holders own, ${PCT2}?`,
      show: pct2,
      figures: { R, Td, Tb, H, Ad, Ab, A, Tu },
      key: own(issued, Ad),
      wrong: [
        [own(mul(rt(R), Td), Ad), 'issues shares for the toehold too'],
        [own(issued, Ab), 'uses the acquirer’s basic shares'],
        [div(issued, Ad), 'divides the new shares by the acquirer’s shares alone'],
        [own(mul(rt(R), Tb - H), Ad), 'uses the target’s basic shares'],
        [div(issued, Ad + Td), 'adds the target’s old shares to the acquirer’s'],
        [own(Tu * (Td - H), A * Ad), 'takes the market-value split before the premium'],
      ],
    })
  }),
  apart('value-per-target-share-after-the-acquirer-price-falls', (rng) => {
    const C = rng.int(500, 3000)
    const R = rng.int(3000, 8500)
    const A0 = rng.int(3000, 12000)
    const A1 = part(rng, A0, 80, 93)
    const Av = A1 + Math.round(((A0 - A1) * rng.int(30, 70)) / 100)
    const Au = part(rng, A0, 102, 108)
    const cash = ct(C)
    const stock = (a: number) => mul(rt(R), ct(a))
    const atSigning = add(cash, stock(A0))
    return balanced({
      stem: `Under a merger agreement each target share will receive ${pText(C)} in cash and ${rText(R)} acquirer shares, a fixed exchange ratio with no collar. The acquirer’s unaffected price before the deal was announced was ${pText(Au)}; its shares closed at ${pText(A0)} on the day the deal was signed; over the last 20 trading days they have averaged ${pText(Av)}, and today they closed at ${pText(A1)}. What is the consideration for one target share worth at today’s close, ${CENTS}?`,
      show: perShare,
      figures: { C, R, A0, A1, Av, Au },
      key: add(cash, stock(A1)),
      wrong: [
        [atSigning, 'values the shares at the signing-date price'],
        [add(cash, stock(Av)), 'values the shares at the 20-day average'],
        [add(cash, stock(Au)), 'values the shares at the acquirer’s unaffected price'],
        [stock(A1), 'leaves out the cash'],
        [mul(atSigning, frac(A1, A0)), 'applies the acquirer’s fall to the cash too'],
        [sub(atSigning, ct(A0 - A1)), 'takes the fall in the acquirer’s price off one for one'],
      ],
    })
  }),
  apart('shares-issued-under-a-floating-exchange-ratio', (rng) => {
    const V = rng.int(2000, 6000)
    const Am = Math.round((V * 100) / rng.int(30, 80))
    const A0 = part(rng, Am, 103, 110)
    const Ac = part(rng, Am, 90, 97)
    const Aw = part(rng, Am, 93, 98)
    const B = rng.int(20000, 100000)
    const U = part(rng, B, 1, 3)
    const n0 = part(rng, B, 2, 5)
    const K = part(rng, V, 50, 85)
    const Ts = add(ks(B + U), net(n0, K, ct(V)))
    const issue = (a: number, target: Fraction) => mul(div(V, a), target)
    return balanced({
      stem: `A stock-for-stock merger gives each target share a fixed value of ${pText(V)} in acquirer shares: the exchange ratio floats, set at ${pText(V)} ÷ the acquirer’s 10-day VWAP ending three trading days before closing, with no collar and no rounding. That VWAP came in at ${pText(Am)} (its 20-day VWAP to the same day was ${pText(Aw)}); the acquirer’s price was ${pText(A0)} at signing and ${pText(Ac)} at the last close before closing. The target has ${sText(B)} basic shares and ${sText(U)} RSUs (each settled in one target share just before closing), and options over ${sText(n0)} shares at ${pText(K)}, each net exercised for target shares worth its spread at ${pText(V)} (n × (1 − strike ÷ value)). How many acquirer shares are issued, ${SH3}?`,
      show: shares,
      figures: { V, Am, A0, Ac, Aw, B, U, n0, K },
      key: issue(Am, Ts),
      wrong: [
        [issue(A0, Ts), 'fixes the ratio on the signing-date price'],
        [issue(Am, ks(B)), 'exchanges the basic shares only'],
        [issue(Am, sub(Ts, ks(U))), 'leaves out the RSUs'],
        [issue(Ac, Ts), 'fixes the ratio on the last close'],
        [issue(Am, ks(B + U + n0)), 'counts the options gross'],
        [issue(Aw, Ts), 'fixes the ratio on the 20-day VWAP'],
      ],
    })
  }),
  apart('value-per-target-share-under-a-fixed-value-collar-below-the-floor', (rng) => {
    const C = rng.int(500, 3000)
    const Vs = rng.int(2000, 6000)
    const A0 = rng.int(3000, 10000)
    const b = rng.pick([10, 12, 15])
    const L = Math.round((A0 * (100 - b)) / 100)
    const H = Math.round((A0 * (100 + b)) / 100)
    const P = part(rng, L, 80, 95)
    const cash = ct(C)
    const stock = (bound: number, at: number) => mul(ct(Vs), frac(at, bound))
    return balanced({
      stem: `Each target share will receive ${pText(C)} in cash plus acquirer shares worth ${pText(Vs)}, under a fixed-value collar: the exchange ratio is ${pText(Vs)} ÷ the acquirer’s 10-day average price before closing while that average is between ${pText(L)} and ${pText(H)}; below ${pText(L)} the ratio is fixed at ${pText(Vs)} ÷ ${pText(L)}, and above ${pText(H)} at ${pText(Vs)} ÷ ${pText(H)}. The acquirer traded at ${pText(A0)} at signing, and its 10-day average came in at ${pText(P)}. What is the consideration for one target share worth, with the acquirer’s shares valued at that average, ${CENTS}?`,
      show: perShare,
      figures: { C, Vs, A0, b, L, H, P },
      key: add(cash, stock(L, P)),
      wrong: [
        [add(cash, ct(Vs)), 'holds the stock value outside the band too'],
        [add(cash, stock(L, A0)), 'values the shares at the signing-date price'],
        [add(cash, mul(ct(Vs), frac(L, P))), 'inverts the price adjustment'],
        [stock(L, P), 'leaves out the cash'],
        [add(cash, stock(A0, P)), 'fixes the ratio on the signing-date price'],
        [add(cash, stock(H, P)), 'fixes the ratio at the upper bound'],
        [mul(ct(C + Vs), frac(P, L)), 'applies the collar to the whole consideration'],
      ],
    })
  }),
  apart('shares-issued-under-a-fixed-ratio-collar-above-the-cap', (rng) => {
    const R = rng.int(3000, 9000)
    const A0 = rng.int(3000, 10000)
    const b = rng.pick([10, 12, 15])
    const L = Math.round((A0 * (100 - b)) / 100)
    const H = Math.round((A0 * (100 + b)) / 100)
    const P = part(rng, H, 104, 118)
    const cap = mul(rt(R), ct(H))
    const B = rng.int(20000, 100000)
    const U = part(rng, B, 1, 3)
    const n0 = part(rng, B, 2, 5)
    const K = Math.round(num(cap) * rng.int(40, 85))
    const Ts = add(ks(B + U), net(n0, K, cap))
    const issue = (r: Fraction, target: Fraction) => mul(r, target)
    const adj = (bound: number) => mul(rt(R), frac(bound, P))
    return balanced({
      stem: `Each target share converts into ${rText(R)} acquirer shares, a fixed exchange ratio while the acquirer’s 10-day average price before closing is between ${pText(L)} and ${pText(H)}. Above ${pText(H)} the ratio falls to ${rText(R)} × ${pText(H)} ÷ the average, so the value per target share is capped; below ${pText(L)} it rises to ${rText(R)} × ${pText(L)} ÷ the average. The acquirer traded at ${pText(A0)} at signing, and the average came in at ${pText(P)}. The target has ${sText(B)} basic shares, ${sText(U)} RSUs (each settled in one target share) and options over ${sText(n0)} shares at ${pText(K)}, each net exercised for target shares worth its spread at the capped value per target share (n × (1 − strike ÷ value)). How many acquirer shares are issued, ${SH3}?`,
      show: shares,
      figures: { R, A0, b, L, H, P, B, U, n0, K },
      key: issue(adj(H), Ts),
      wrong: [
        [issue(rt(R), Ts), 'keeps the ratio fixed above the cap'],
        [issue(mul(rt(R), frac(P, H)), Ts), 'turns the adjustment upside down'],
        [issue(adj(H), ks(B + U + n0)), 'counts the options gross'],
        [issue(adj(L), Ts), 'adjusts from the lower bound'],
        [issue(adj(A0), Ts), 'adjusts from the signing-date price'],
        [issue(adj(H), ks(B)), 'exchanges the basic shares only'],
      ],
    })
  }),
  apart('cash-received-when-a-cash-election-is-oversubscribed', (rng) => {
    const T = rng.int(40000, 150000)
    const X = rng.int(2000, 8000)
    const R = rng.int(3000, 9000)
    const q = rng.int(40, 60)
    const K = Math.round((X * q * T) / 1e6)
    const D = part(rng, T, 1, 4)
    const Ec = part(rng, T, 55, 75)
    const Lt = part(rng, T, 1, 3)
    const Es = part(rng, T, 10, 20)
    const En = T - Ec - Es - Lt - D
    if (En <= 0) rest()
    const N = rng.int(20, 400) * 100
    // The pool left for cash electors after the dissenters, in millions of dollars.
    const pool = sub(tm(K), mul(ct(X), ks(D)))
    const f = div(pool, mul(ct(X), ks(Ec)))
    if (num(f) < 0.4 || num(f) > 0.95) rest()
    const holder = (over: number) => mul(N, div(pool, ks(over)))
    const shortfall = sub(mul(ct(X), ks(Ec)), pool)
    return balanced({
      stem: `In a cash-or-stock election merger, each target share may elect ${pText(X)} in cash or ${rText(R)} acquirer shares, with the total cash capped at ${mText(K)}. Dissenting shares are paid ${pText(X)} each from that cap first, as stated for this exercise. If what is left is less than ${pText(X)} times the cash-election shares, every cash-election share receives an equal part of what is left in cash and acquirer shares for the rest; shares with no election and elections received after the deadline are treated as stock elections. Of the ${sText(T)} target shares, ${sText(Ec)} elected cash on time, ${sText(Es)} elected stock, ${sText(Lt)} elected cash after the deadline, ${sText(En)} made no election and ${sText(D)} dissented. A holder of ${n(N)} shares elected cash on time. How much cash does that holder receive, ${CENTS}?`,
      show: perShare,
      figures: { T, X, R, K, D, Ec, Lt, Es, En, N },
      key: holder(Ec),
      wrong: [
        [mul(N, ct(X)), 'pays the election in full'],
        [mul(N, div(tm(K), ks(Ec))), 'leaves the dissenters’ cash in the pool'],
        [mul(N, sub(ct(X), div(shortfall, ks(T)))), 'spreads the shortfall over all the shares'],
        [holder(T), 'prorates over all the shares'],
        [holder(Ec + En), 'counts the shares with no election as cash elections'],
        [holder(Ec + Lt), 'counts the late elections as cash elections'],
      ],
    })
  }),
  apart('premium-implied-by-an-all-stock-exchange-ratio', (rng) => {
    const Tu = rng.int(1500, 6000)
    const R = rng.int(3000, 8500)
    // The acquirer's unaffected price is drawn to the cent in its own right (an offer 22 % to 45 %
    // above the target's price), not as the price that yields a whole-percent premium.
    const Au = rng.int(Math.ceil((Tu * 12200) / R), Math.floor((Tu * 14500) / R))
    const Ac = part(rng, Au, 92, 97)
    const Tc = part(rng, Tu, 105, 115)
    const Tv = part(rng, Tu, 90, 97)
    const Av = part(rng, Au, 100.5, 104)
    const rho = Math.round(((Tu * 10000) / Au) * (rng.int(88, 97) / 100))
    const offer = (a: number) => mul(rt(R), ct(a))
    const prem = (value: Fraction, base: number) => sub(div(value, ct(base)), 1)
    return balanced({
      stem: `An all-stock offer gives ${rText(R)} acquirer shares for each target share. On the unaffected date (the last trading day before the deal leaked) the acquirer closed at ${pText(Au)} and the target at ${pText(Tu)}; the two companies’ 30-day VWAPs to that date were ${pText(Av)} for the acquirer and ${pText(Tv)} for the target, and the 30-day average of the daily ratio of the two prices was ${rText(rho)}. Since the announcement the acquirer has closed at ${pText(Ac)} and the target at ${pText(Tc)}. The proxy statement states the premium as the offer value at the acquirer’s unaffected price over the target’s unaffected price, less one. What premium is that, ${PCT2}?`,
      show: pct2,
      figures: { Tu, R, Au, Ac, Tc, Tv, Av, rho },
      key: prem(offer(Au), Tu),
      wrong: [
        [prem(offer(Ac), Tu), 'values the offer at the acquirer’s price since the announcement'],
        [prem(offer(Au), Tc), 'measures against the target’s price since the announcement'],
        [sub(1, div(ct(Tu), offer(Au))), 'divides the premium by the offer value'],
        [prem(offer(Au), Tv), 'measures against the target’s 30-day VWAP'],
        [sub(frac(R, rho), 1), 'compares with the 30-day average price ratio'],
        [prem(offer(Av), Tu), 'values the offer at the acquirer’s 30-day VWAP'],
      ],
    })
  }),
  apart('exchange-ratio-from-the-net-income-contribution', (rng) => {
    const NA = rng.int(2000, 10000)
    const k = rng.int(20, 60)
    const NT = Math.round((NA * k) / 100)
    const EA = part(rng, NA, 200, 300)
    const ET = Math.round((EA * k * rng.int(110, 140)) / 10000)
    const SA = part(rng, EA, 400, 700)
    const ST = Math.round((SA * k * rng.int(60, 90)) / 10000)
    const Ad = rng.int(50000, 300000)
    const Ab = part(rng, Ad, 94, 98)
    const Td = rng.int(20000, 150000)
    const Tb = part(rng, Td, 94, 98)
    const x = (target: number, acquirer: number, a: number, t: number) =>
      div(target * a, acquirer * t)
    const c = frac(NT, NA + NT)
    return balanced({
      stem: `Two companies agree a stock merger. The acquirer has net income of ${mText(NA)}, EBITDA of ${mText(EA)} and revenue of ${mText(SA)}, with ${sText(Ad)} diluted shares (${sText(Ab)} basic); the target has net income of ${mText(NT)}, EBITDA of ${mText(ET)} and revenue of ${mText(ST)}, with ${sText(Td)} diluted shares (${sText(Tb)} basic). The boards agree that the target’s holders will own the same share of the combined company’s diluted shares as the target contributes to combined net income. What exchange ratio (acquirer shares per target share) does that give, ${R4}?`,
      show: ratio,
      figures: { NA, NT, EA, ET, SA, ST, Ad, Ab, Td, Tb },
      key: x(NT, NA, Ad, Td),
      wrong: [
        [x(ET, EA, Ad, Td), 'uses the EBITDA contribution'],
        [x(NT, NA, Ad, Tb), 'uses the target’s basic shares'],
        [x(NT, NA - NT, Ad, Td), 'takes the ratio of the two net incomes as the target’s share'],
        [x(NT, NA, Ab, Td), 'uses the acquirer’s basic shares'],
        [x(ST, SA, Ad, Td), 'uses the revenue contribution'],
        [mul(c, frac(Ad, Td)), 'applies the contribution share to the acquirer’s shares'],
      ],
    })
  }),
  apart('acquirer-price-at-the-walk-away-threshold', (rng) => {
    const R = rng.int(3000, 8500)
    const A0 = rng.int(3000, 10000)
    const C = Math.round((R * A0 * rng.int(20, 60)) / 1000000)
    const Ax = part(rng, A0, 86, 96)
    const d = rng.int(10, 20)
    const V0 = add(ct(C), mul(rt(R), ct(A0)))
    const Tu = Math.round((num(V0) * 10000) / rng.int(120, 140))
    const floor = mul(V0, pc(100 - d))
    const stockPart = sub(floor, ct(C))
    return balanced({
      stem: `Each target share will receive ${pText(C)} in cash and ${rText(R)} acquirer shares. The acquirer’s shares were at ${pText(A0)} at signing and closed today at ${pText(Ax)}; the target’s unaffected price was ${pText(Tu)}. The target may walk away if the consideration per target share, with the acquirer’s shares valued at their 10-day average before closing, is worth less than ${100 - d}% of its value at signing. Below what 10-day average acquirer price may the target walk away, ${CENTS}?`,
      show: perShare,
      figures: { C, R, A0, Ax, d, Tu },
      key: div(stockPart, rt(R)),
      wrong: [
        [mul(ct(A0), pc(100 - d)), 'applies the percentage fall to the acquirer’s price'],
        [div(floor, rt(R)), 'leaves out the cash when converting to an acquirer price'],
        [sub(ct(A0), mul(V0, pc(d))), 'takes the fall in value off the acquirer’s price'],
        [stockPart, 'gives the stock value per target share'],
        [
          div(sub(mul(add(ct(C), mul(rt(R), ct(Ax))), pc(100 - d)), ct(C)), rt(R)),
          'measures the fall from today’s value',
        ],
        [div(sub(mul(ct(Tu), pc(100 - d)), ct(C)), rt(R)), 'measures from the unaffected price'],
      ],
    })
  }),
  apart('target-holders-ownership-on-the-targets-diluted-shares', (rng) => {
    const R = rng.int(3000, 9000)
    const A = rng.int(2000, 10000)
    const V = mul(rt(R), ct(A))
    const Vc = num(V) * 100
    const Tu = Math.round(Vc / (rng.int(120, 145) / 100))
    const B = rng.int(20000, 120000)
    const n1 = part(rng, B, 1, 4)
    const K1 = part(rng, Tu, 40, 80)
    const n2 = part(rng, B, 1, 3)
    const K2 = rng.int(Math.ceil(Tu * 1.02), Math.floor(Vc * 0.95))
    const n3 = part(rng, B, 1, 3)
    const K3 = Math.round(Vc * (rng.int(105, 130) / 100))
    const U = part(rng, B, 1, 3)
    const Td = add(ks(B + U), net(n1, K1, V), net(n2, K2, V))
    const Ad = Math.round((num(mul(rt(R), Td)) * 1000 * rng.int(150, 600)) / 100)
    const Ab = part(rng, Ad, 94, 98)
    const own = (t: Fraction, a: number) => div(mul(rt(R), t), add(ks(a), mul(rt(R), t)))
    return balanced({
      stem: `An acquirer with ${sText(Ad)} diluted shares (${sText(Ab)} basic), trading at ${pText(A)}, offers ${rText(R)} of its shares for each target share. The target’s unaffected price was ${pText(Tu)}. It has ${sText(B)} basic shares, ${sText(U)} RSUs, and options over ${sText(n1)} shares at ${pText(K1)}, ${sText(n2)} at ${pText(K2)} and ${sText(n3)} at ${pText(K3)}. All awards vest on the change of control; options count by the treasury stock method at the offer value per target share (only those with a strike below it), and RSUs as shares. What share of the combined company’s diluted shares will the target’s holders own, ${PCT2}?`,
      show: pct2,
      figures: { R, A, Tu, B, n1, K1, n2, K2, n3, K3, U, Ad, Ab },
      key: own(Td, Ad),
      wrong: [
        [own(ks(B + U + n1 + n2), Ad), 'counts the in-the-money options gross'],
        [own(Td, Ab), 'uses the acquirer’s basic shares'],
        [div(mul(rt(R), Td), ks(Ad)), 'divides the new shares by the acquirer’s shares alone'],
        [own(ks(B), Ad), 'uses the target’s basic shares'],
        [
          own(add(ks(B + U), net(n1, K1, ct(Tu))), Ad),
          'tests and nets the options at the unaffected price',
        ],
        [own(add(Td, net(n3, K3, V)), Ad), 'nets the out-of-the-money tranche too'],
      ],
    })
  }),
  apart('least-cash-per-share-to-hold-the-acquirers-ownership', (rng) => {
    const X = rng.int(2000, 8000)
    const A = rng.int(2000, 10000)
    const Au = part(rng, A, 103, 110)
    const B = rng.int(20000, 120000)
    const U = part(rng, B, 1, 3)
    const No = part(rng, B, 1, 3)
    const n0 = part(rng, No, 150, 300)
    const Td = B + U + No
    const k = rng.int(60, 80)
    const Ad = Math.round((rng.int(55, 80) * X * k * Td) / (100 * A * (100 - k)))
    const Ab = part(rng, Ad, 94, 98)
    // The most stock per target share that leaves the acquirer's holders k % of the combined.
    const stock = (price: number, a: number, t: number, share: Fraction) =>
      div(mul(ct(price), a, share), t)
    const most = (price: number, a: number, t: number) => stock(price, a, t, frac(100 - k, k))
    const cash = (s: Fraction) => sub(ct(X), s)
    return balanced({
      stem: `An acquirer offers ${pText(X)} per target share in a mix of cash and new acquirer shares, the shares issued at its 10-day VWAP of ${pText(A)} (its unaffected price was ${pText(Au)}). Its board wants its existing holders to keep at least ${k}% of the combined company’s diluted shares. The acquirer has ${sText(Ad)} diluted shares (${sText(Ab)} basic); the target has ${sText(B)} basic shares, ${sText(U)} RSUs and in-the-money options over ${sText(n0)} shares, worth ${sText(No)} net shares by the treasury stock method, all of which receive the same mix. What is the least cash per target share the offer must include, ${CENTS}?`,
      show: perShare,
      figures: { X, A, Au, B, U, No, n0, k, Ad, Ab },
      key: cash(most(A, Ad, Td)),
      wrong: [
        [
          cash(stock(A, Ad, Td, pc(100 - k))),
          `caps the new shares at ${100 - k}% of the acquirer’s current shares`,
        ],
        [cash(most(A, Ab, Td)), 'uses the acquirer’s basic shares'],
        [cash(most(A, Ad, B + U + n0)), 'counts the options gross'],
        [cash(most(A, Ad, B)), 'uses the target’s basic shares'],
        [cash(most(A, Ad, B + No)), 'leaves out the RSUs'],
        [cash(most(Au, Ad, Td)), 'prices the new shares at the unaffected price'],
      ],
    })
  }),
  apart('most-cash-per-share-for-continuity-of-interest', (rng) => {
    const R = rng.int(3000, 9000)
    const As = rng.int(3000, 10000)
    const Ac = part(rng, As, 88, 96)
    const T = rng.int(30000, 120000)
    const D = part(rng, T, 2, 6)
    const Vd = Math.round((R * As * rng.int(150, 200)) / 1000000)
    const s = (a: number) => mul(rt(R), ct(a))
    const dissent = (over: number) => div(mul(ct(Vd), D), over)
    const most = (scale: Fraction, a: number, over: number) => sub(mul(scale, s(a)), dissent(over))
    return balanced({
      stem: `A buyer wants a target merger to qualify as a tax-free reorganisation, and its tax adviser requires the acquirer stock to be at least 40% of the total consideration by value (Treas. Reg. §1.368-1(e)(2)(v), Example 1), valued under the signing-date rule on the last business day before the agreement became binding, when the acquirer’s shares closed at ${pText(As)} (they are now ${pText(Ac)}). Each non-dissenting target share will receive ${rText(R)} acquirer shares plus cash. Of the ${sText(T)} target shares, ${sText(D)} have dissented and are expected to be paid ${pText(Vd)} each in cash; as stated for this exercise, that cash counts in the total consideration. What is the most cash per non-dissenting target share that keeps the stock at 40%, ${CENTS}?`,
      show: perShare,
      figures: { R, As, Ac, T, D, Vd },
      key: most(frac(3, 2), As, T - D),
      wrong: [
        [mul(frac(3, 2), s(As)), 'leaves out the cash paid to dissenters'],
        [most(frac(3, 2), As, T), 'spreads the dissenters’ cash over all the shares'],
        [most(frac(5, 2), As, T - D), 'reads the 40% as a ratio of stock to cash'],
        [most(frac(1), As, T - D), 'applies the old 50% ruling guideline'],
        [most(frac(3, 2), Ac, T - D), 'values the stock at today’s price'],
        [most(frac(2, 3), As, T - D), 'caps the cash at 40% of the total'],
      ],
    })
  }),
  apart('target-holders-ownership-after-an-equity-raise-for-the-cash', (rng) => {
    const R = rng.int(3000, 9000)
    const A = rng.int(2000, 10000)
    const C = Math.round((R * A * rng.int(20, 60)) / 1000000)
    const disc = rng.int(3, 8)
    const fee = rng.int(2, 4)
    const Td = rng.int(20000, 120000)
    const Tb = part(rng, Td, 94, 98)
    const Ad = Math.round((R * Td * rng.int(150, 500)) / 1000000)
    const F = part(rng, Math.round((C * Td) / 10000), 1, 3)
    const price = mul(ct(A), pc(100 - disc))
    // Shares sold (millions) to net `needed` ($ millions) at `each` dollars after the fee.
    const sold = (needed: Fraction, each: Fraction) => div(needed, each)
    const cashFor = (t: number) => mul(ct(C), ks(t))
    const own = (t: number, raise: Fraction, base: Fraction) =>
      div(mul(rt(R), ks(t)), add(base, mul(rt(R), ks(t)), raise))
    const netEach = mul(price, pc(100 - fee))
    const raise = sold(cashFor(Td), netEach)
    return balanced({
      stem: `An acquirer with ${sText(Ad)} diluted shares, trading at ${pText(A)}, offers ${pText(C)} in cash plus ${rText(R)} of its shares for each of the target’s ${sText(Td)} diluted shares (${sText(Tb)} basic). It will fund all of the cash consideration by selling new shares in an underwritten offering priced at ${an(`${disc}%`)} discount to ${pText(A)}, paying underwriting fees of ${fee}% of the gross proceeds; its ${mText(F)} of transaction fees are paid from cash on hand. What share of the combined company’s diluted shares will the target’s former holders own, ${PCT2}?`,
      show: pct2,
      figures: { R, A, C, disc, fee, Td, Tb, Ad, F },
      key: own(Td, raise, ks(Ad)),
      wrong: [
        [own(Td, frac(0), ks(Ad)), 'leaves out the shares sold in the offering'],
        [
          own(Td, sold(cashFor(Td), mul(ct(A), pc(100 - fee))), ks(Ad)),
          'prices the offering at the market price',
        ],
        [own(Td, sold(cashFor(Td), price), ks(Ad)), 'leaves out the underwriting fees'],
        [own(Tb, sold(cashFor(Tb), netEach), ks(Ad)), 'uses the target’s basic shares'],
        [
          div(mul(rt(R), ks(Td)), add(ks(Ad + Td), raise)),
          'adds the target’s old shares to the acquirer’s',
        ],
        [
          own(Td, sold(add(cashFor(Td), tm(F)), netEach), ks(Ad)),
          'funds the transaction fees in the offering too',
        ],
      ],
    })
  }),
  apart('annualised-merger-arbitrage-spread', (rng) => {
    const R = rng.int(3000, 9000)
    const A = rng.int(2000, 10000)
    const C = Math.round((R * A * rng.int(25, 70)) / 1000000)
    const V = add(ct(C), mul(rt(R), ct(A)))
    const T = Math.round((num(V) * 100 * 1000) / rng.int(1020, 1080))
    const d = rng.int(60, 240)
    const dT = rng.int(20, 80)
    const dA = Math.max(1, Math.round((dT * rng.int(10, 60) * 100) / R))
    const Tu = Math.round(T / (rng.int(115, 135) / 100))
    const divs = sub(ct(dT), mul(rt(R), ct(dA)))
    if (divs.n <= 0n) rest()
    const gain = add(sub(V, ct(T)), divs)
    const yearly = frac(365, d)
    return balanced({
      stem: `A cash-and-stock offer gives each target share ${pText(C)} in cash plus ${rText(R)} acquirer shares, expected to close in ${d} days. An arbitrageur buys one target share at ${pText(T)} and sells short ${rText(R)} acquirer shares at ${pText(A)}. Before closing the target will pay dividends of ${pText(dT)} per share, which the arbitrageur receives, and the acquirer ${pText(dA)} per share, which the short position pays. The target’s unaffected price was ${pText(Tu)}. The desk quotes the gross spread, dividends included, on the target’s current price, annualised on a simple 365-day basis. What is that annualised spread, ${PCT2}?`,
      show: pct2,
      figures: { R, A, C, T, d, dT, dA, Tu },
      key: mul(div(gain, ct(T)), yearly),
      wrong: [
        [div(gain, ct(T)), 'does not annualise the spread'],
        [mul(div(gain, V), yearly), 'divides by the offer value'],
        [mul(div(sub(V, ct(T)), ct(T)), yearly), 'leaves out the dividends'],
        [
          mul(div(add(gain, mul(2, mul(rt(R), ct(dA)))), ct(T)), yearly),
          'credits the acquirer’s dividend instead of paying it',
        ],
        [mul(div(gain, ct(Tu)), yearly), 'divides by the unaffected price'],
        [
          mul(div(add(gain, mul(rt(R), ct(dA))), ct(T)), yearly),
          'leaves out the dividend the short position pays',
        ],
      ],
    })
  }),
  apart('acquirer-price-at-the-twenty-percent-listing-threshold', (rng) => {
    const Vs = rng.int(1500, 5000)
    const C = part(rng, Vs, 20, 60)
    const V = ct(C + Vs)
    const I = rng.int(20000, 120000)
    const Tt = part(rng, I, 2, 8)
    const B = I - Tt
    const U = part(rng, B, 1, 3)
    const n0 = part(rng, B, 2, 5)
    const K = part(rng, C + Vs, 40, 85)
    const Ts = add(ks(B + U), net(n0, K, V))
    const Ab = Math.round((Vs * num(Ts) * 1000) / (0.2 * rng.int(2000, 9000)))
    const Ad = part(rng, Ab, 103, 108)
    const price = (value: Fraction, target: Fraction, share: Fraction, a: number) =>
      div(mul(value, target), mul(share, ks(a)))
    const fifth = frac(1, 5)
    return balanced({
      stem: `Each target share will receive ${pText(C)} in cash plus acquirer shares worth ${pText(Vs)}, the number set by dividing ${pText(Vs)} by the acquirer’s 10-day average price before closing. The target has ${sText(I)} shares issued, of which ${sText(Tt)} are held in treasury; ${sText(U)} RSUs, each settled in one share; and options over ${sText(n0)} shares at ${pText(K)}, net exercised for shares worth their spread at the ${pText(C + Vs)} offer value (n × (1 − strike ÷ value)). The acquirer has ${sText(Ab)} shares outstanding (${sText(Ad)} diluted). Under NYSE Rule 312.03(c) and Nasdaq Rule 5635(a) its holders must approve the deal if the shares it issues equal or exceed 20% of its shares outstanding before the issuance. At what 10-day average acquirer price would the shares issued equal exactly 20% of them, ${CENTS}?`,
      show: perShare,
      figures: { C, Vs, I, Tt, U, n0, K, Ab, Ad },
      key: price(ct(Vs), Ts, fifth, Ab),
      wrong: [
        [price(V, Ts, fifth, Ab), 'issues shares for the whole offer value'],
        [price(ct(Vs), ks(B + U + n0), fifth, Ab), 'counts the options gross'],
        [price(ct(Vs), add(Ts, ks(Tt)), fifth, Ab), 'counts the target’s treasury shares'],
        [price(ct(Vs), Ts, frac(1, 4), Ab), 'measures 20% of the shares after the issuance'],
        [price(ct(Vs), Ts, fifth, Ad), 'uses the acquirer’s diluted shares'],
        [price(ct(Vs), ks(B), fifth, Ab), 'exchanges the outstanding shares only'],
      ],
    })
  }),
  apart('pro-forma-value-per-target-share-with-synergies', (rng) => {
    const An = rng.int(80000, 300000)
    const A = rng.int(3000, 10000)
    const Tn = rng.int(30000, 150000)
    const R = rng.int(3000, 8500)
    const Tu = Math.round((R * A) / (100 * rng.int(125, 140)))
    const MA = frac(A * An, 100000)
    const MT = frac(Tu * Tn, 100000)
    const premium = sub(mul(rt(R), ct(A), ks(Tn)), MT)
    const S = Math.round(num(premium) * rng.int(14, 25))
    const X = part(rng, S, 8, 20)
    const newShares = mul(rt(R), ks(Tn))
    const combined = (extra: number) => add(MA, MT, tm(extra))
    const perTarget = (value: Fraction) => div(mul(rt(R), value), add(ks(An), newShares))
    const x = div(newShares, add(ks(An), newShares))
    return balanced({
      stem: `An acquirer with ${sText(An)} shares at ${pText(A)} agrees to buy a target with ${sText(Tn)} shares (unaffected price ${pText(Tu)}) in an all-stock deal at ${rText(R)} acquirer shares per target share. The buyer puts the present value of after-tax synergies at ${mText(S)} and one-off transaction and integration costs at ${mText(X)}, both borne by the combined company. Assuming the combined company is valued at the two unaffected market values plus synergies less costs, what is the pro forma value of the consideration for one target share (the exchange ratio times the combined value per share), ${CENTS}?`,
      show: perShare,
      figures: { An, A, Tn, R, Tu, S, X },
      key: perTarget(combined(S - X)),
      wrong: [
        [perTarget(combined(S)), 'leaves out the costs'],
        [div(combined(S - X), add(ks(An), newShares)), 'gives the value per combined share'],
        [
          div(add(mul(x, add(MA, MT)), tm(S - X)), ks(Tn)),
          'gives the target’s holders all the synergies',
        ],
        [perTarget(combined(-X)), 'leaves out the synergies'],
        [mul(rt(R), ct(A)), 'values the offer at the acquirer’s standalone price'],
        [
          div(mul(div(MT, add(MA, MT)), combined(S - X)), ks(Tn)),
          'splits the combined value by the unaffected market values',
        ],
      ],
    })
  }),
]
