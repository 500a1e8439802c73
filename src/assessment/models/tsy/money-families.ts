import {
  add,
  an,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  sub,
  usd,
  worked,
} from './tsy-text.js'

// Short-term investment. The slips are a day count of another market (365 for 360, 30/360 for
// actual), the discount rate taken as an add-on yield or the reverse, the bid for the ask, a rate of
// another tenor or size tier, the original term for the days left, the trade date for settlement, a
// fee or the accrued interest left out or counted in, a haircut taken as a margin, and a policy
// limit of another tier or measured before the new cash.

const money = usd(2)
/** Thousandths of a percent as a stem writes them: 4235 → `4.235%`. */
const th = (x: number): string => `${(x / 1000).toFixed(3)}%`
/** Basis points as a stem writes a rate: 425 → `4.25%`. */
const rt = (bp: number): string => `${(bp / 100).toFixed(2)}%`
/** A fraction of one as a percentage to three places. */
const pct3 = (x: Fraction): string => `${fixed(mul(x, 100), 3)}%`
const PCT3 = 'as a percentage to three decimal places (a half rounded up)'
/** `face` less a discount at `rate` (a fraction of one) for `days` of a `basis`-day year. */
const disc = (face: number, rate: Fraction, days: number, basis: number): Fraction =>
  mul(face, sub(1, mul(rate, frac(days, basis))))
/** A rate in thousandths of a percent, as a fraction of one. */
const T = (x: number): Fraction => frac(x, 100000)
/** A rate in basis points, as a fraction of one. */
const B = (x: number): Fraction => frac(x, 10000)

export const MONEY_FAMILIES = [
  worked('treasury-bill-sale-proceeds-at-the-bid-discount', (rng) => {
    const F = rng.int(10, 50) * 100000
    const t = rng.int(30, 85)
    const b = rng.int(4000, 5200)
    const a = b - rng.int(10, 30)
    const d0 = b + rng.int(100, 400)
    return {
      stem: `A company holds ${dol(F)} face of a 13-week (91-day) Treasury bill it bought at a discount rate of ${th(d0)}. It sells the bill today for settlement tomorrow, ${t} days before maturity. The dealer quotes the bill at ${th(b)} bid and ${th(a)} asked (discount rates, actual/360). What are the sale proceeds, ${CENTS}?`,
      show: money,
      figures: { F, t, b, a, d0 },
      key: disc(F, T(b), t, 360),
      wrong: [
        [disc(F, T(a), t, 360), 'sells at the asked rate'],
        [disc(F, T(b), t, 365), 'uses a 365-day year'],
        [div(F, add(1, mul(T(b), frac(t, 360)))), 'takes the discount rate as an add-on yield'],
        [disc(F, T(b), 91, 360), 'uses the original 91-day term'],
        [disc(F, T(b), t + 1, 360), 'counts from the trade date'],
        [disc(F, T(d0), t, 360), 'uses the purchase discount rate'],
      ],
    }
  }),
  worked('treasury-bill-bond-equivalent-yield', (rng) => {
    const t = rng.int(40, 170)
    const a = rng.int(4000, 5200)
    const b = a + rng.int(12, 30)
    const bey = (d: Fraction, days: number) => div(mul(d, 365), sub(360, mul(d, days)))
    return {
      stem: `A company buys a 26-week (182-day) Treasury bill in the secondary market for settlement tomorrow, ${t} days before maturity, at the dealer’s quote of ${th(b)} bid and ${th(a)} asked (discount rates, actual/360). The year after settlement has no February 29. What is the bill’s bond-equivalent yield (the gain over the price, on a 365-day year), ${PCT3}?`,
      show: pct3,
      figures: { t, a, b },
      key: bey(T(a), t),
      wrong: [
        [bey(T(b), t), 'buys at the bid rate'],
        [bey(T(a), 182), 'uses the original 182-day term'],
        [bey(frac(a + b, 200000), t), 'buys at the mid rate'],
        [div(mul(T(a), 360), sub(360, mul(T(a), t))), 'gives the money market yield on 360 days'],
        [T(a), 'gives the discount rate'],
        [mul(T(a), frac(365, 360)), 'restates the discount rate on 365 days over the face'],
      ],
    }
  }),
  worked('treasury-bill-gain-when-sold-before-maturity', (rng) => {
    const F = rng.int(20, 100) * 100000
    const t1 = rng.int(150, 182)
    const h = rng.int(20, 60)
    const t2 = t1 - h
    const d1 = rng.int(4500, 5200)
    const d2 = d1 - rng.int(50, 300)
    const d2a = d2 - rng.int(10, 30)
    const gain = (sell: Fraction, sellDays: number, basis = 360) =>
      sub(disc(F, sell, sellDays, basis), disc(F, T(d1), t1, basis))
    return {
      stem: `A company bought ${dol(F)} face of a Treasury bill ${t1} days before maturity at a discount rate of ${th(d1)}. After holding it ${h} days it sells it (${t2} days before maturity) at the dealer’s quote of ${th(d2)} bid and ${th(d2a)} asked. Discount rates are actual/360. What is the company’s dollar gain on the bill, ${CENTS}?`,
      show: money,
      figures: { F, t1, h, d1, d2, d2a },
      key: gain(T(d2), t2),
      wrong: [
        [mul(F, T(d1), frac(t1, 360)), 'takes the discount it would earn to maturity'],
        [gain(T(d2a), t2), 'sells at the asked rate'],
        [gain(T(d2), h), 'prices the sale on the days held'],
        [gain(T(d1), t2), 'sells at the purchase rate'],
        [gain(T(d2), t2, 365), 'uses a 365-day year'],
        [gain(T(d2), t1), 'prices the sale on the original days'],
      ],
    }
  }),
  worked('commercial-paper-purchase-price-from-dealer-quotes', (rng) => {
    const F = rng.int(10, 50) * 100000
    const i = rng.int(2, 15)
    const m = rng.int(i + 2, 28)
    const t = 59 - i + m
    const d60 = rng.int(420, 480)
    const d90 = d60 + rng.int(5, 20)
    const s = rng.int(2, 4)
    const c = rng.int(8, 15)
    return {
      stem: `A company buys, at issue, ${dol(F)} face of A-1/P-1 commercial paper issued on February ${i}, 2027 and maturing on April ${m}, 2027. The dealer offers paper at discount rates (actual/360) of ${rt(d60)} for 31–60 days and ${rt(d90)} for 61–90 days; its bids are ${rt(s)} higher. The issuer pays the dealer a commission of ${rt(c)} a year. What does the company pay, ${CENTS}?`,
      show: money,
      figures: { F, i, m, d60, d90, s, c },
      key: disc(F, B(d90), t, 360),
      wrong: [
        [disc(F, B(d90), t, 365), 'uses a 365-day year'],
        [div(F, add(1, mul(B(d90), frac(t, 360)))), 'takes the discount rate as an add-on yield'],
        [disc(F, B(d60), t, 360), 'uses the 31–60-day rate'],
        [disc(F, B(d90), t + 1, 360), 'counts the days on 30/360'],
        [disc(F, B(d90 + s), t, 360), 'pays the dealer’s bid rate'],
        [disc(F, B(d90 + c), t, 360), 'deducts the issuer’s commission'],
      ],
    }
  }),
  worked('certificate-of-deposit-maturity-value', (rng) => {
    const P = rng.int(10, 49) * 100000
    const i = rng.int(1, 20)
    const m = rng.int(i, 25)
    const t = 92 - i + m
    const r1 = rng.int(380, 450)
    const r2 = r1 + rng.int(5, 15)
    const r3 = r2 + rng.int(5, 15)
    const value = (bp: number, days: number, basis = 360) =>
      add(P, mul(P, B(bp), frac(days, basis)))
    return {
      stem: `A company places ${dol(P)} in a negotiable certificate of deposit from May ${i}, 2027 to August ${m}, 2027. The bank’s rate sheet (simple interest, actual/360, paid at maturity) gives ${rt(r1)} for 61–90 days, ${rt(r2)} for 91–120 days and ${rt(r3)} for 121–180 days, with 0.25% added for deposits of $5,000,000 or more. What does the company receive at maturity, ${CENTS}?`,
      show: money,
      figures: { P, i, m, r1, r2, r3 },
      key: value(r2, t),
      wrong: [
        [value(r3, t), 'uses the 121–180-day rate'],
        [value(r2 + 25, t), 'adds the $5,000,000 premium'],
        [value(r2, t + 1), 'counts both the first and last day'],
        [value(r2, t, 365), 'uses a 365-day year'],
        [value(r2, t - 2), 'counts the days on 30/360'],
        [value(r1, t), 'uses the 61–90-day rate'],
      ],
    }
  }),
  worked('reverse-repo-repurchase-price-with-a-haircut', (rng) => {
    const Fc = rng.int(50, 200) * 100000
    const cl = rng.int(95000, 105000)
    const ai = rng.int(100, 2500)
    const h = rng.int(2, 5)
    const rr = rng.int(400, 550)
    const t = rng.int(7, 30)
    const MV = frac(Fc * (cl + ai), 100000)
    const cash = mul(MV, frac(100 - h, 100))
    const grow = (x: Fraction, basis = 360) => mul(x, add(1, mul(B(rr), frac(t, basis))))
    return {
      stem: `A company invests in ${an(t)}-day reverse repo: it buys ${dol(Fc)} face of Treasury notes (clean price ${(cl / 1000).toFixed(3)} plus accrued interest of ${(ai / 1000).toFixed(3)} per 100 of face) and pays for them their market value with accrued interest less ${an(h)}% haircut. The repo rate is ${rt(rr)}, actual/360, on the cash paid. What is the repurchase price the company receives at the end, ${CENTS}?`,
      show: money,
      figures: { Fc, cl, ai, h, rr, t },
      key: grow(cash),
      wrong: [
        [grow(MV), 'leaves out the haircut'],
        [grow(div(MV, frac(100 + h, 100))), 'takes the haircut as a margin over the cash'],
        [add(cash, mul(MV, B(rr), frac(t, 360))), 'charges the repo rate on the collateral'],
        [grow(mul(frac(Fc * cl, 100000), frac(100 - h, 100))), 'leaves out the accrued interest'],
        [grow(cash, 365), 'uses a 365-day year'],
        [cash, 'leaves out the repo interest'],
      ],
    }
  }),
  worked('money-market-fund-seven-day-yield', (rng) => {
    const A = rng.int(800, 2500) * 1000000
    const G = Math.round((A * rng.int(450, 550) * 7) / (10000 * 365))
    const X = Math.round((A * rng.int(30, 50) * 7) / (10000 * 365))
    const W = Math.round((X * rng.int(20, 50)) / 100)
    const R = Math.round((A * rng.int(5, 20) * 7) / (10000 * 365))
    const S = rng.int(50, 200) * 1000000
    const y = (net: number, base: number, days = 365, per = 7) =>
      mul(frac(net, base), frac(days, per))
    const net = G - X + W
    return {
      stem: `A government money market fund had net assets of ${dol(A)} at the start of a seven-day period. Over the seven days it accrued ${dol(G)} of gross income and ${dol(X)} of expenses, of which the adviser waived ${dol(W)}; it realised ${dol(R)} of gains and took in ${dol(S)} of net subscriptions. Its seven-day (SEC) yield is the period’s net investment income (income less expenses after waivers, without gains or capital changes) over the starting net assets, annualised by 365/7. What is the seven-day yield, ${PCT3}?`,
      show: pct3,
      figures: { A, G, X, W, R, S },
      key: y(net, A),
      wrong: [
        [y(net + R, A), 'counts the realised gains'],
        [y(G, A), 'leaves out the expenses'],
        [y(net, A, 365, 5), 'annualises over five business days'],
        [y(net, A, 360), 'annualises by 360/7'],
        [y(net, A + S + net + R), 'divides by the closing net assets'],
        [y(G - X, A), 'ignores the waiver'],
      ],
    }
  }),
  worked('investment-policy-room-under-the-issuer-limit', (rng) => {
    const Tp = rng.int(400, 1200) * 100000
    const N = rng.int(50, 200) * 100000
    const p2 = rng.int(2, 3)
    const p1 = p2 + 2
    const q = rng.int(10, 15)
    const h = Math.round((Tp * p2 * rng.int(10, 60)) / 100 / 100 / 1000) * 1000
    const lim = ((Tp + N) * p2) / 100
    const H2 = h + Math.round(((lim - h) * rng.int(20, 80)) / 100 / 1000) * 1000
    const share = (p: number, base: number) => frac(p * base, 100)
    return {
      stem: `A company’s investment policy limits any one A-2/P-2 issuer to ${p2}% of the portfolio (${p1}% for A-1/P-1 issuers) and all A-2/P-2 paper to ${q}%, measured on the portfolio after the new cash is invested. The portfolio is ${dol(Tp)} and ${dol(N)} of new cash is to be invested today. It already holds ${dol(h)} of one A-2/P-2 issuer’s paper and ${dol(H2)} of A-2/P-2 paper in all (that issuer’s included). How much more of that issuer’s paper may it buy today, ${CENTS}?`,
      show: money,
      figures: { Tp, N, p2, q, h, H2 },
      key: sub(share(p2, Tp + N), h),
      wrong: [
        [sub(share(p1, Tp + N), h), 'uses the A-1/P-1 issuer limit'],
        [sub(share(q, Tp + N), H2), 'takes only the A-2/P-2 total limit'],
        [share(p2, Tp + N), 'leaves out the issuer’s existing holding'],
        [sub(share(p2, Tp), h), 'measures before the new cash'],
        [share(p2, N), 'applies the limit to the new cash alone'],
        [sub(share(p2, Tp + N), H2), 'subtracts all the A-2/P-2 holdings'],
      ],
    }
  }),
  worked('investment-policy-room-under-the-tenor-limit', (rng) => {
    const Tp = rng.int(1200, 2000) * 100000
    const N = rng.int(50, 200) * 100000
    const q = rng.int(30, 40)
    const a = [0, 1, 2, 3, 4].map(() => rng.int(20, 60) * 100000)
    const [a1, a2, a3, a4, a5] = a as [number, number, number, number, number]
    const t2 = rng.int(120, 175)
    const t3 = rng.int(400, 700)
    const t4 = rng.int(40, 80)
    const t5 = rng.int(200, 300)
    const room = (base: number, held: number) => sub(frac(q * base, 100), held)
    return {
      stem: `A company’s investment policy allows at most ${q}% of the portfolio, measured after today’s new cash, to mature more than 90 days ahead, measured by days left to final maturity (also for floating-rate notes). The portfolio is ${dol(Tp)} and ${dol(N)} of new cash arrives today. It includes: ${dol(a1)} of CDs with 90 days left (bought as 180-day paper); ${dol(a2)} of commercial paper with ${t2} days left (bought as 270-day paper); ${dol(a3)} of a floating-rate note with ${t3} days to final maturity, reset monthly; ${dol(a4)} of Treasury bills with ${t4} days left (bought as 26-week bills); and ${dol(a5)} of agency notes with ${t5} days left (bought as one-year paper). How much more may it invest beyond 90 days today, ${CENTS}?`,
      show: money,
      figures: { Tp, N, q, a1, a2, a3, a4, a5, t2, t3, t4, t5 },
      key: room(Tp + N, a2 + a3 + a5),
      wrong: [
        [room(Tp + N, 0), 'leaves out the holdings already beyond 90 days'],
        [room(Tp + N, a2 + a5), 'measures the floating-rate note to its reset'],
        [room(Tp + N, a3 + a5), 'counts only the holdings beyond 180 days'],
        [room(Tp, a2 + a3 + a5), 'measures before the new cash'],
        [room(Tp + N, a1 + a2 + a3 + a4 + a5), 'goes by the original terms'],
        [room(Tp + N, a1 + a2 + a3 + a5), 'counts the paper with exactly 90 days left'],
      ],
    }
  }),
  worked('reverse-repo-collateral-face-required', (rng) => {
    const C = rng.int(50, 250) * 100000
    const cl = rng.int(95000, 99000)
    const ai = rng.int(100, 900)
    const h = rng.int(2, 5)
    const rr = rng.int(400, 550)
    const t = rng.int(7, 30)
    const face = (cash: Fraction | number, px: Fraction) => div(cash, px)
    const dirty = frac(cl + ai, 100000)
    const keep = frac(100 - h, 100)
    return {
      stem: `A company lends ${dol(C)} for ${t} days in a tri-party reverse repo at ${rt(rr)} (actual/360). The agent must allocate Treasury notes whose market value, with accrued interest, less ${an(h)}% haircut equals the cash lent. The notes trade at a clean price of ${(cl / 1000).toFixed(3)} with accrued interest of ${(ai / 1000).toFixed(3)} per 100 of face. What face amount of notes must be allocated, ${CENTS}?`,
      show: money,
      figures: { C, cl, ai, h, rr, t },
      key: face(C, mul(dirty, keep)),
      wrong: [
        [face(C, mul(frac(cl, 100000), keep)), 'prices the notes without accrued interest'],
        [
          face(mul(C, add(1, mul(B(rr), frac(t, 360)))), mul(dirty, keep)),
          'covers the repurchase price, not the cash lent',
        ],
        [face(C, sub(dirty, frac(h, 100))), 'takes the haircut off the price in points'],
        [div(C, keep), 'gives the market value, not the face'],
        [face(mul(C, frac(100 + h, 100)), dirty), 'adds the haircut to the cash'],
        [face(C, dirty), 'leaves out the haircut'],
      ],
    }
  }),
  worked('treasury-bill-cost-of-a-non-competitive-auction-award', (rng) => {
    const F = rng.int(10, 50) * 100000
    const hi = rng.int(4000, 5200)
    const med = hi - rng.int(10, 40)
    const inv = Math.round((hi * 365 * 100000) / (360 * 100000 - hi * 91))
    const d26 = hi + rng.int(20, 120)
    return {
      stem: `A company puts in a non-competitive bid for ${dol(F)} face of the 13-week (91-day) Treasury bill, auctioned on Monday and issued on Thursday. Non-competitive bidders pay the price at the high discount rate, ${th(hi)} (actual/360; take the price unrounded, as stated for this exercise); the median rate was ${th(med)} and the investment rate ${th(inv)}. The same day’s 26-week bill stopped at ${th(d26)}. What does the company pay, ${CENTS}?`,
      show: money,
      figures: { F, hi, med, inv, d26 },
      key: disc(F, T(hi), 91, 360),
      wrong: [
        [disc(F, T(hi), 91, 365), 'uses a 365-day year'],
        [disc(F, T(med), 91, 360), 'pays the median rate'],
        [div(F, add(1, mul(T(hi), frac(91, 360)))), 'takes the discount rate as an add-on yield'],
        [disc(F, T(inv), 91, 360), 'discounts at the investment rate'],
        [disc(F, T(d26), 91, 360), 'uses the 26-week bill’s rate'],
        [disc(F, T(hi), 94, 360), 'counts from the auction date'],
      ],
    }
  }),
  worked('certificate-of-deposit-bought-in-the-secondary-market', (rng) => {
    const P = rng.int(10, 50) * 100000
    const Tm = rng.pick([180, 270, 360])
    const t = rng.int(40, Tm - 60)
    const c = rng.int(380, 460)
    const y = c + rng.int(30, 90)
    const mv = add(P, mul(P, B(c), frac(Tm, 360)))
    const at = (x: Fraction | number, rate: number, days: number, basis = 360) =>
      div(x, add(1, mul(B(rate), frac(days, basis))))
    return {
      stem: `A company buys a negotiable CD in the secondary market: face ${dol(P)}, coupon ${rt(c)} for its whole ${Tm}-day term, paid with the face at maturity (actual/360), with ${t} days left. It buys at a yield of ${rt(y)}, and the price is the maturity value discounted at the yield as simple interest for the days left (actual/360). What does the company pay, accrued interest included, ${CENTS}?`,
      show: money,
      figures: { P, Tm, t, c, y },
      key: at(mv, y, t),
      wrong: [
        [at(mv, c, t), 'discounts at the coupon rate'],
        [at(mv, y, t, 365), 'discounts on a 365-day year'],
        [add(at(mv, y, t), mul(P, B(c), frac(Tm - t, 360))), 'adds the accrued interest again'],
        [at(P, y, t), 'discounts the face, not the maturity value'],
        [mul(mv, sub(1, mul(B(y), frac(t, 360)))), 'takes the yield as a discount rate'],
        [at(mv, y, Tm), 'discounts over the whole term'],
      ],
    }
  }),
  worked('sterling-time-deposit-interest-on-actual-365', (rng) => {
    const P = rng.int(10, 80) * 100000
    const i = rng.int(1, 20)
    const m = rng.int(i, 27)
    const t = 62 - i + m
    const r1 = rng.int(380, 440)
    const r2 = r1 + rng.int(5, 15)
    const r3 = r2 + rng.int(5, 15)
    const int = (bp: number, num: number, den: number) => mul(P, B(bp), frac(num, den))
    return {
      stem: `A UK subsidiary places £${P.toLocaleString('en-US')} on a sterling time deposit from July ${i}, 2027 to September ${m}, 2027. Sterling money market interest is simple, actual/365. The bank’s rates are ${rt(r1)} for 31–60 days, ${rt(r2)} for 61–90 days and ${rt(r3)} for 91–180 days. What interest does the deposit earn, in pounds ${CENTS}?`,
      show: (x) => `£${money(x).slice(1)}`,
      figures: { P, i, m, r1, r2, r3 },
      key: int(r2, t, 365),
      wrong: [
        [int(r2, t, 360), 'uses the dollar 360-day year'],
        [int(r3, t, 365), 'uses the 91–180-day rate'],
        [int(r2, t + 1, 365), 'counts both the first and last day'],
        [int(r2, t - 2, 365), 'counts the days on 30/360'],
        [int(r1, t, 365), 'uses the 31–60-day rate'],
        [int(r2, 2, 12), 'takes two months as two twelfths of a year'],
      ],
    }
  }),
  worked('open-repo-interest-over-a-repriced-week', (rng) => {
    const C = rng.int(100, 400) * 100000
    const mid = [0, 1, 2].map(() => rng.int(420, 480))
    const [r2, r3, r4] = mid as [number, number, number]
    const r1 = Math.max(r2, r3, r4) + rng.int(2, 6)
    const r5 = Math.min(r2, r3, r4) - rng.int(3, 8)
    const h = rng.int(2, 5)
    const rates = [r1, r2, r3, r4, r5]
    const nights = (fri: number) => [1, 1, 1, 1, fri]
    const simple = (x: Fraction | number, ns: number[], basis = 360) =>
      add(...rates.map((q, k) => mul(x, B(q), frac(ns[k]!, basis))))
    const compound = rates.reduce(
      (acc, q, k) => mul(acc, add(1, mul(B(q), frac(nights(3)[k]!, 360)))),
      frac(C),
    )
    return {
      stem: `A company invests ${dol(C)} in an open reverse repo from Monday to the following Monday, secured by collateral with ${an(h)}% haircut. The repo is repriced each business day, the rate applying until the next business day, simple interest on the cash lent, actual/360, all paid at the close. The rates set Monday to Friday were ${rt(r1)}, ${rt(r2)}, ${rt(r3)}, ${rt(r4)} and ${rt(r5)}. What interest does the company receive, ${CENTS}?`,
      show: money,
      figures: { C, r1, r2, r3, r4, r5, h },
      key: simple(C, nights(3)),
      wrong: [
        [mul(C, B(r1), frac(7, 360)), 'keeps Monday’s rate all week'],
        [
          mul(C, frac(r1 + r2 + r3 + r4 + r5, 5 * 10000), frac(7, 360)),
          'applies the average of the five rates to seven nights',
        ],
        [sub(compound, C), 'compounds the interest each night'],
        [simple(C, nights(1)), 'counts Friday’s rate for one night'],
        [simple(C, nights(3), 365), 'uses a 365-day year'],
        [
          simple(mul(C, frac(100 - h, 100)), nights(3)),
          'charges the rate on the cash less the haircut',
        ],
      ],
    }
  }),
  worked('investment-policy-room-under-the-tier-2-total-limit', (rng) => {
    const Tp = rng.int(600, 1200) * 100000
    const N = rng.int(20, 80) * 100000
    const p = 5
    const q = rng.int(10, 15)
    const all = (q * (Tp + N)) / 100
    const room = Math.round(((((Tp + N) * p) / 100) * rng.int(40, 90)) / 100 / 100000) * 100000
    const held = all - room
    const H2 = Math.round((held * rng.int(65, 85)) / 100 / 100000) * 100000
    const Hs = held - H2
    const X = rng.int(2, 10) * 100000
    const cap = (pct: number, base: number) => frac(pct * base, 100)
    return {
      stem: `A company’s investment policy limits paper rated A-2/P-2, taken at the lower of its S&P and Moody’s ratings, to ${q}% of the portfolio in all, and any one issuer to ${p}%, both measured on holdings after today’s new cash is invested. The portfolio is ${dol(Tp)} after this morning’s maturities, and ${dol(N)} of new cash is to be invested today. It holds ${dol(H2)} of paper rated A-2/P-2 and ${dol(Hs)} rated A-1/P-2; a further ${dol(X)} of A-2/P-2 paper matured and was repaid this morning. It holds none of a new A-2/P-2 issuer’s paper. How much of that new issuer’s paper may it buy today, ${CENTS}?`,
      show: money,
      figures: { Tp, N, q, H2, Hs, X },
      key: sub(cap(q, Tp + N), H2 + Hs),
      wrong: [
        [sub(cap(q, Tp + N), H2), 'takes the split-rated paper at its higher rating'],
        [cap(p, Tp + N), 'applies only the issuer limit'],
        [cap(q, Tp + N), 'leaves out the A-2/P-2 paper already held'],
        [sub(cap(q, Tp), H2 + Hs), 'measures before the new cash'],
        [cap(q, N), 'applies the limit to the new cash alone'],
        [sub(cap(q, Tp + N), H2 + Hs + X), 'counts the paper that matured this morning'],
      ],
    }
  }),
  worked('treasury-bill-money-market-yield', (rng) => {
    const t = rng.int(40, 170)
    const a = rng.int(4000, 5200)
    const b = a + rng.int(12, 30)
    const mmy = (d: Fraction, year: number, days = t) => div(mul(d, year), sub(360, mul(d, days)))
    return {
      stem: `A company compares a Treasury bill with bank deposits quoted as simple interest on 360 days. It can buy the bill for settlement tomorrow, ${t} days before maturity, at the dealer’s quote of ${th(b)} bid and ${th(a)} asked (discount rates, actual/360). What is the bill’s money market (CD-equivalent) yield, the gain over the price on a 360-day year, ${PCT3}?`,
      show: pct3,
      figures: { t, a, b },
      key: mmy(T(a), 360),
      wrong: [
        [mmy(T(b), 360), 'buys at the bid rate'],
        [mmy(frac(a + b, 200000), 360), 'buys at the mid rate'],
        [mmy(T(a), 365), 'gives the bond-equivalent yield on 365 days'],
        [T(a), 'gives the discount rate'],
        [mul(T(a), frac(360, 365)), 'scales the discount rate by 360/365'],
        [div(mul(T(a), 360), sub(365, mul(T(a), t))), 'prices the bill on a 365-day year'],
      ],
    }
  }),
  worked('certificate-of-deposit-pickup-over-a-treasury-bill', (rng) => {
    const t = rng.int(40, 170)
    const a = rng.int(4000, 5200)
    const b = a + rng.int(12, 30)
    const mmy = (d: Fraction, year: number, basis = 360) => div(mul(d, year), sub(basis, mul(d, t)))
    const base = mmy(T(a), 360)
    const cd = Number((base.n * 10000n) / base.d) + rng.int(10, 40)
    const over = (x: Fraction) => sub(B(cd), x)
    return {
      stem: `A company can place funds for ${t} days in a bank CD at ${rt(cd)} (simple interest, actual/360) or buy a Treasury bill maturing the same day, quoted at ${th(b)} bid and ${th(a)} asked (discount rates, actual/360). To compare them on the CD’s basis it converts the bill to its money market yield (the gain over the price on a 360-day year). By how many basis points does the CD’s rate exceed the bill’s yield, to one decimal place (a half rounded up)?`,
      show: (x) => `${fixed(mul(x, 10000), 1)} bp`,
      figures: { t, a, b, cd },
      key: over(base),
      wrong: [
        [over(T(a)), 'compares with the discount rate'],
        [mul(over(base), frac(365, 360)), 'states the pickup on a 365-day basis'],
        [over(mmy(T(a), 360, 365)), 'prices the bill on a 365-day year'],
        [over(mmy(T(a), 365)), 'compares with the bond-equivalent yield'],
        [over(mmy(T(b), 360)), 'buys the bill at the bid rate'],
        [over(mmy(frac(a + b, 200000), 360)), 'buys the bill at the mid rate'],
      ],
    }
  }),
]
