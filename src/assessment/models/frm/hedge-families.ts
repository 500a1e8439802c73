import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  plain,
  rest,
  sub,
  usd,
} from './frm-text.js'

// Derivatives and hedging. The slips are a hedge ratio built the wrong way (correlation left out
// or squared, variances for standard deviations, the ratio inverted, one for one, the hedge not
// tailed), a beta change taken as the whole beta or the target, an unweighted or the wrong sleeve's
// beta, spot for the futures price, income or a dividend left out, added, undiscounted or
// discounted over the wrong period, simple for compound interest, a rate ratio inverted or not
// prorated, the wrong day count or period length, a basis or futures gain with the wrong sign or
// on the wrong quantity, a hedge assumed to lock in the first price, an option position's delta
// with the wrong sign or left out, gamma or vega neutralised with one option alone, a premium left
// out, counted twice or with the wrong sign, a cap applied to the all-in rate, a settlement left
// undiscounted or discounted at the wrong rate, a forward's value grown instead of discounted,
// and dividends, the risk-free rate or beta left out of a portfolio insurance strike.

const money = usd(2)
const euro = (x: Fraction): string => `€${fixed(x, 2)}`
const contracts = plain(0, 'contracts')
const shares = plain(0, 'shares')
const WHOLE_CONTRACT = 'rounded to the nearest whole contract (a half rounded up)'
const WHOLE_SHARE = 'to the nearest whole share (a half rounded up)'
/** Whole units as a stem writes them. */
const $ = (d: number): string => `$${n(d)}`
/** Cents as a stem writes a price: 4525 → `$45.25`. */
const $c = (c: number): string => `$${fixed(frac(c, 100), 2)}`
/** Basis points as a stem writes a rate: 425 → `4.25%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** Tenths of a percent as a stem writes a rate: 45 → `4.5%`. */
const tenthText = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** Hundredths as a stem writes a delta, beta or correlation: 55 → `0.55`. */
const hundredth = (h: number): string => fixed(frac(h, 100), 2)
/** A quote or factor drawn in ten-thousandths, as a stem writes it: 10925 → `1.0925`. */
const q4 = (x: number): string => fixed(frac(x, 10000), 4)
/** An exact decimal without trailing zeros (at least `least` places). */
function dec(x: Fraction, most: number, least = 0): string {
  const t = fixed(x, most)
  if (!t.includes('.')) return t
  const [whole, part] = t.split('.') as [string, string]
  const kept = part.replace(/0+$/, '').padEnd(least, '0')
  return kept ? `${whole}.${kept}` : whole
}
/** A basis-point rate as a fraction of one. */
const bp = (b: number): Fraction => frac(b, 10000)
/** `x` scaled by a drawn percentage from `low` to `high`, rounded to a multiple of `unit`. */
const part = (rng: Rng, x: number, low: number, high: number, unit = 1): number =>
  Math.round((x * rng.int(low, high)) / 100 / unit) * unit

export const HEDGE_FAMILIES: ScenarioFamily[] = [
  apart('cross-hedge-contracts-by-minimum-variance', (rng) => {
    const QA = rng.int(10, 60) * 100000
    const sS = rng.int(200, 400)
    const sF = Math.round((sS * rng.int(103, 110)) / 100)
    // A correlation below σS ÷ σF, as between jet fuel and heating oil.
    const rho = rng.int(800, Math.floor((1000 * sS) / sF) - 10)
    const QF = 42000
    const lots = (h: Fraction) => mul(h, frac(QA, QF))
    const r1 = frac(rho, 1000)
    return balanced({
      stem: `An airline will buy ${n(QA)} gallons of jet fuel in one month and hedges the purchase with NYMEX NY Harbor ULSD (heating oil) futures of 42,000 gallons per contract. Over recent months the standard deviation of the monthly change in the jet fuel price was $${q4(sS)} per gallon, that of the change in the futures price $${q4(sF)} per gallon, and the correlation between the two changes ${fixed(r1, 3)}. Using the minimum-variance hedge ratio h* = ρ × σS ÷ σF and N* = h* × gallons hedged ÷ gallons per contract, how many futures contracts should the airline buy, ${WHOLE_CONTRACT}?`,
      show: contracts,
      figures: { QA, sS, sF, rho },
      key: lots(mul(r1, frac(sS, sF))),
      wrong: [
        [lots(mul(r1, frac(sS * sS, sF * sF))), 'uses the ratio of the variances'],
        [lots(mul(r1, r1)), 'uses the hedge effectiveness ρ² as the hedge ratio'],
        [lots(mul(r1, r1, frac(sS, sF))), 'squares the correlation'],
        [lots(frac(sS, sF)), 'leaves out the correlation'],
        [lots(mul(r1, frac(sF, sS))), 'inverts the ratio of the standard deviations'],
        [frac(QA, QF), 'hedges one for one'],
      ],
    })
  }),
  apart('tailed-hedge-contracts-from-return-statistics', (rng) => {
    const QA = rng.int(10, 40) * 100000
    const S = rng.int(38000, 50000)
    const F = S + rng.int(200, 1200)
    const sS = rng.int(150, 250)
    const sF = sS - rng.int(5, 30)
    const top = Math.floor((100 * sF) / sS) - 2
    if (top < 75) rest()
    const rho = rng.int(75, top)
    const QF = 25000
    const varS = frac(sS * sS, 10000)
    const varF = frac(sF * sF, 10000)
    const cov = frac(rho * sS * sF, 1000000)
    // Contracts for a hedge ratio h on values: h × (S × pounds) ÷ (F × pounds per contract).
    const lots = (h: Fraction) => mul(h, frac(S * QA, F * QF))
    const r1 = frac(rho, 100)
    return balanced({
      stem: `A copper fabricator holds ${n(QA)} pounds of copper inventory, worth $${q4(S)} a pound at spot, and hedges it by selling COMEX copper futures (25,000 pounds per contract) priced at $${q4(F)} a pound. From a year of daily returns, the variance of spot returns is ${dec(varS, 4, 2)} and that of futures returns ${dec(varF, 4, 2)} (in squared percent), and their covariance is ${dec(cov, 6, 2)}. The fabricator uses the minimum-variance hedge ratio from returns, h = covariance ÷ variance of futures returns, and tails the hedge: N = h × value of the inventory ÷ value of one futures contract. How many contracts should it sell, ${WHOLE_CONTRACT}?`,
      show: contracts,
      figures: { QA, S, F, sS, sF, rho },
      key: lots(div(cov, varF)),
      wrong: [
        [lots(div(cov, varS)), 'divides the covariance by the variance of spot returns'],
        [lots(r1), 'uses the correlation as the hedge ratio'],
        [lots(mul(r1, r1)), 'uses the hedge effectiveness ρ² as the hedge ratio'],
        [lots(frac(1)), 'hedges one for one by value (a hedge ratio of 1)'],
        [lots(frac(sS, sF)), 'leaves out the correlation'],
        [mul(div(cov, varF), frac(QA, QF)), 'does not tail the hedge (uses pounds, not values)'],
      ],
    })
  }),
  apart('index-futures-to-cut-a-portfolio-beta', (rng) => {
    const V1 = rng.int(40, 150)
    const V2 = rng.int(15, Math.min(60, V1 - 5))
    const b1 = rng.int(110, 150)
    const b2 = rng.int(70, 100)
    const bt = rng.int(25, 50)
    const F = rng.int(500000, 620000)
    const S = Math.round(F / (1 + rng.int(150, 300) / 10000))
    const P = (V1 + V2) * 1000000
    const beta = frac(V1 * b1 + V2 * b2, 100 * (V1 + V2))
    // Beta change × portfolio value ÷ (index level × $50), the level drawn in hundredths.
    const N = (change: Fraction, level = F) => div(mul(change, P), frac(level * 50, 100))
    const target = frac(bt, 100)
    return balanced({
      stem: `A fund holds a growth sleeve of US equities worth $${V1} million with a beta of ${hundredth(b1)} and a defensive sleeve worth $${V2} million with a beta of ${hundredth(b2)}, both against the S&P 500. To cut the whole portfolio’s beta to ${hundredth(bt)} it will sell E-mini S&P 500 futures expiring in nine months ($50 × the index), now at ${fixed(frac(F, 100), 2)}; the index itself stands at ${fixed(frac(S, 100), 2)}. The number of contracts is the change in beta × the portfolio’s value ÷ the value of one contract (futures price × $50). How many contracts must it sell, ${WHOLE_CONTRACT}?`,
      show: contracts,
      figures: { V1, V2, b1, b2, bt, F, S },
      key: N(sub(beta, target)),
      wrong: [
        [N(sub(frac(b1 + b2, 200), target)), 'averages the sleeve betas without weighting them'],
        [N(target), 'hedges the target beta instead of the change'],
        [N(sub(1, target)), 'treats the portfolio beta as 1'],
        [N(beta), 'hedges the whole beta, down to zero'],
        [N(sub(beta, target), S), 'uses the index level in place of the futures price'],
        [N(sub(frac(b1, 100), target)), 'applies the growth sleeve’s beta to the whole portfolio'],
      ],
    })
  }),
  apart('forward-price-of-a-share-with-a-known-dividend', (rng) => {
    const S = rng.int(4000, 15000)
    const I = Math.round((S * rng.int(15, 40)) / 1000)
    const r = rng.int(30, 60)
    const g = add(1, frac(r, 1000))
    const s = frac(S, 100)
    const i = frac(I, 100)
    return balanced({
      stem: `A share trades at ${$c(S)}. It will pay a dividend of ${$c(I)} in exactly one year and no other dividend in the next two years. The risk-free rate is ${tenthText(r)} a year with annual compounding for every maturity up to two years. What is the no-arbitrage price of a two-year forward contract on the share, ${CENTS}?`,
      show: money,
      figures: { S, I, r },
      key: sub(mul(s, g, g), mul(i, g)),
      wrong: [
        [mul(s, g, g), 'leaves out the dividend'],
        [add(mul(s, g, g), mul(i, g)), 'adds the dividend instead of subtracting it'],
        [sub(mul(s, g, g), i), 'discounts the dividend over both years'],
        [mul(sub(s, i), g, g), 'subtracts the dividend without discounting it'],
        [sub(mul(s, g), i), 'grows the price over one year only'],
        [sub(mul(s, add(1, frac(2 * r, 1000))), mul(i, g)), 'uses simple interest'],
      ],
    })
  }),
  apart('peso-forward-rate-by-covered-interest-parity', (rng) => {
    const S = rng.int(165000, 205000)
    const rM = rng.int(750, 1100)
    const rU = rng.int(350, 500)
    const d = rng.pick([181, 182, 183, 184])
    const s = frac(S, 10000)
    // One plus a simple money-market rate in basis points over `t` days of a `y`-day year.
    const g = (i: number, y: number, t = d) => add(1, frac(i * t, 10000 * y))
    const fwd = (up: Fraction, down: Fraction) => mul(s, div(up, down))
    return balanced({
      stem: `USD/MXN spot is ${q4(S)} (pesos per US dollar). For the ${d}-day period to the forward date the peso deposit rate is ${bpText(rM)} and the US dollar deposit rate ${bpText(rU)}, both simple interest on an actual/360 basis. By covered interest parity, what is the ${d}-day USD/MXN forward rate, to four decimal places (a half rounded up)?`,
      show: plain(4),
      figures: { S, rM, rU, d },
      key: fwd(g(rM, 360), g(rU, 360)),
      wrong: [
        [fwd(g(rU, 360), g(rM, 360)), 'inverts the interest rate ratio'],
        [fwd(g(rM, 365), g(rU, 365)), 'uses a 365-day year for both rates'],
        [fwd(g(rM, 360, 180), g(rU, 360, 180)), 'counts six 30-day months (180 days)'],
        [fwd(add(1, bp(rM)), add(1, bp(rU))), 'does not prorate the annual rates'],
        [fwd(g(rM, 360), frac(1)), 'grows spot at the peso rate only'],
        [
          mul(s, add(1, frac((rM - rU) * d, 10000 * 360))),
          'adds the rate differential (linear approximation)',
        ],
      ],
    })
  }),
  apart('net-cost-of-a-partly-hedged-purchase-with-basis', (rng) => {
    const QA = rng.int(20, 80) * 10000
    const Nc = Math.round((QA * rng.int(55, 90)) / 100 / 5000)
    const NQ = Nc * 5000
    if (NQ >= QA || Nc < 1) rest()
    const F1 = rng.int(400, 520)
    const b1 = rng.int(15, 45)
    const S1 = F1 - b1
    const F2 = F1 + rng.int(20, 80)
    const b2 = b1 - rng.int(5, b1 - 3)
    const S2 = F2 - b2
    // Cents per bushel to dollars.
    const $ofc = (c: Fraction | number) => mul(c, frac(1, 100))
    const gain = NQ * (F2 - F1)
    return balanced({
      stem: `A feed mill will buy ${n(QA)} bushels of corn in March. In December, when its local cash price is ${$c(S1)} a bushel, it buys ${Nc} CBOT May corn futures (5,000 bushels each) at ${$c(F1)}. In March it buys all the corn locally at ${$c(S2)} a bushel and sells the futures at ${$c(F2)}. What is the mill’s total net cost of the corn, counting the gain or loss on the futures, ${CENTS}?`,
      show: money,
      figures: { QA, Nc, F1, S1, F2, S2 },
      key: $ofc(QA * S2 - gain),
      wrong: [
        [$ofc(QA * (S2 - (F2 - F1))), 'assumes the futures cover the whole quantity'],
        [
          $ofc(NQ * S2 - gain + (QA - NQ) * S1),
          'prices the unhedged part at the December cash price',
        ],
        [$ofc(NQ * S1 + (QA - NQ) * S2), 'assumes the hedge locks in the December cash price'],
        [$ofc(QA * S2), 'leaves out the futures gain'],
        [$ofc(QA * S2 + gain), 'adds the futures gain to the cost'],
        [$ofc(NQ * F1 + (QA - NQ) * S2), 'assumes the hedge locks in the first futures price'],
      ],
    })
  }),
  apart('shares-to-delta-hedge-an-option-book', (rng) => {
    const N1 = rng.int(200, 450)
    const d1 = rng.int(40, 70)
    const N2 = rng.int(20, 100)
    const d2 = rng.int(20, 40)
    const N3 = rng.int(50, 160)
    const d3 = rng.int(25, 60)
    // Shares held drawn to the share, so the key shares no trailing digits with the slips that
    // add or drop the holding.
    const H = rng.int(500, 4000)
    // The written calls' short delta is larger than what the bought puts add.
    if (N3 * d3 <= N2 * d2) rest()
    // Each contract is on 100 shares, so N contracts of delta d/100 move N × d shares.
    const buy = (calls: number, bought: number, puts: number, held: number) =>
      frac(calls + bought + puts - held)
    return balanced({
      stem: `An options dealer’s book in one stock: it has written ${N1} call contracts with a delta of ${hundredth(d1)}, bought ${N2} call contracts with a delta of ${hundredth(d2)} and bought ${N3} put contracts with a delta of −${hundredth(d3)}, each contract on 100 shares, and it holds ${n(H)} shares. How many more shares must it buy to make the book delta-neutral?`,
      show: shares,
      figures: { N1, d1, N2, d2, N3, d3, H },
      key: buy(N1 * d1, -N2 * d2, N3 * d3, H),
      wrong: [
        [buy(N1 * d1, -N2 * d2, -N3 * d3, H), 'gives the bought puts a positive delta'],
        [buy(N1 * d1, -N2 * d2, 0, H), 'leaves the puts out'],
        [buy(N1 * d1, 0, 0, H), 'hedges only the written calls'],
        [buy(N1 * d1, N2 * d2, N3 * d3, H), 'gives the bought calls a negative delta'],
        [buy(N1 * d1, -N2 * d2, N3 * d3, 0), 'leaves out the shares already held'],
        [buy(N1 * d1, -N2 * d2, N3 * d3, -H), 'treats the shares held as a short position'],
      ],
    })
  }),
  apart('gamma-and-vega-neutral-then-delta-neutral', (rng) => {
    const d1 = rng.int(45, 65)
    const g1 = rng.int(30, 60)
    const v1 = rng.int(10, 20)
    const d2 = rng.int(50, 70)
    const g2 = rng.int(10, 25)
    const v2 = rng.int(30, 50)
    const w1 = rng.int(20, 120) * 100
    const w2 = rng.int(20, 120) * 100
    // The book's delta drawn to the share, so the key shares no trailing digits with the slips
    // that drop or subtract it.
    const DB = rng.int(500, 6000)
    const G = frac(w1 * g1 + w2 * g2, 1000)
    const V = frac(w1 * v1 + w2 * v2, 100)
    const delta = (a: Fraction | number, b: Fraction | number) =>
      add(mul(a, frac(d1, 100)), mul(b, frac(d2, 100)))
    const key = add(DB, delta(w1, w2))
    return balanced({
      stem: `A dealer’s options book on a stock has a delta of +${n(DB)}, a gamma of −${dec(G, 3)} and a vega of −${dec(V, 2)} (per percentage point of volatility). Two traded options on the stock are available, each on one share: option 1 with a delta of ${hundredth(d1)}, a gamma of ${fixed(frac(g1, 1000), 3)} and a vega of ${hundredth(v1)}, and option 2 with a delta of ${hundredth(d2)}, a gamma of ${fixed(frac(g2, 1000), 3)} and a vega of ${hundredth(v2)}. The dealer first buys the quantities of the two options that make the book both gamma-neutral and vega-neutral, then trades the stock to make it delta-neutral. How many shares must it sell, ${WHOLE_SHARE}?`,
      show: shares,
      figures: { d1, g1, v1, d2, g2, v2, w1, w2, DB },
      key,
      wrong: [
        [delta(w1, w2), 'leaves out the book’s own delta'],
        [sub(delta(w1, w2), DB), 'subtracts the book’s delta instead of adding it'],
        [
          add(DB, delta(0, div(V, frac(v2, 100)))),
          'makes the book vega-neutral with option 2 alone',
        ],
        [
          add(DB, delta(div(G, frac(g1, 1000)), div(V, frac(v2, 100)))),
          'offsets gamma with option 1 and vega with option 2 separately',
        ],
        [
          add(DB, delta(0, div(G, frac(g2, 1000)))),
          'makes the book gamma-neutral with option 2 alone',
        ],
        [
          add(DB, delta(div(V, frac(v1, 100)), 0)),
          'makes the book vega-neutral with option 1 alone',
        ],
        [add(DB, delta(w2, w1)), 'swaps the two options’ deltas'],
      ],
    })
  }),
  apart('put-price-by-put-call-parity-with-a-dividend', (rng) => {
    const S = rng.int(4000, 12000)
    const K = Math.round(S / 500) * 500 + rng.pick([-500, 0, 500])
    // Rates whose six-month factor 1 ÷ √(1 + r), to four places, squares back close to 1 ÷ (1 + r).
    const r = rng.pick([33, 37, 41, 44, 47, 50, 53, 58])
    const D = rng.int(40, 150)
    const d6 = Math.round(10000 / Math.sqrt(1 + r / 1000))
    const base = S - (D * d6) / 10000 - K / (1 + r / 1000)
    const C = Math.max(Math.ceil(base), 0) + rng.int(250, 800)
    const dc = (c: Fraction | number) => mul(c, frac(1, 100))
    const pvK = div(K, add(1, frac(r, 1000)))
    const pvD = mul(D, frac(d6, 10000))
    const put = (strike: Fraction | number, dividend: Fraction | number) =>
      dc(add(C - S, strike, dividend))
    // A candidate may discount the strike with the six-month factor squared: refuse draws where
    // that prints differently from the one-year rate's 1 ÷ (1 + r).
    if (money(put(pvK, pvD)) !== money(put(mul(K, frac(d6 * d6, 100000000)), pvD))) rest()
    return balanced({
      stem: `A share trades at ${$c(S)}. European call and put options on it both have a strike of ${$c(K)} and one year to expiry, and the call costs ${$c(C)}. The share will pay a dividend of ${$c(D)} in six months. The one-year risk-free rate is ${tenthText(r)} with annual compounding, and the six-month discount factor is ${q4(d6)}. Using put-call parity with the present value of the dividend, what should the put cost, ${CENTS}?`,
      show: money,
      figures: { S, K, r, D, d6, C },
      key: put(pvK, pvD),
      wrong: [
        [put(pvK, 0), 'leaves the dividend out'],
        [put(pvK, mul(pvD, -1)), 'subtracts the dividend’s present value'],
        [put(mul(K, sub(1, frac(r, 1000))), pvD), 'discounts the strike by subtracting the rate'],
        [put(K, pvD), 'leaves the strike undiscounted'],
        [put(mul(K, frac(d6, 10000)), pvD), 'discounts the strike at the six-month factor'],
        [put(K, 0), 'ignores both the dividend and the discounting'],
      ],
    })
  }),
  apart('maximum-loss-of-a-protective-collar', (rng) => {
    const nS = rng.int(10, 100) * 100
    const S0 = rng.int(4000, 15000)
    const K1 = Math.floor((S0 * rng.int(82, 92)) / 10000) * 100
    const K2 = Math.ceil((S0 * rng.int(105, 120)) / 10000) * 100
    const p = rng.int(150, 500)
    const c = p - rng.int(20, 120)
    if (c < 30) rest()
    // n shares × a loss per share in cents.
    const loss = (perShare: number) => frac(nS * perShare, 100)
    return balanced({
      stem: `An investor buys ${n(nS)} shares at ${$c(S0)} each and at the same time buys ${nS / 100} put contracts (100 shares each) with a strike of ${$c(K1)} at ${$c(p)} a share and writes ${nS / 100} call contracts with a strike of ${$c(K2)} at ${$c(c)} a share, all expiring on the same date. Ignoring interest, dividends and trading costs, what is the most the whole position can lose by expiry, ${CENTS}?`,
      show: money,
      figures: { nS, S0, K1, K2, p, c },
      key: loss(S0 - K1 + p - c),
      wrong: [
        [loss(S0 - K1), 'leaves out both premiums'],
        [loss(S0 - K1 - p + c), 'takes the put premium as received and the call premium as paid'],
        [loss(S0 - K1 - p - c), 'subtracts both premiums'],
        [loss(S0 - K1 + p), 'leaves out the call premium received'],
        [loss(S0 - K1 + p + c), 'counts the call premium as a cost'],
        [loss(K2 - K1 + p - c), 'takes the whole range between the strikes as the loss'],
      ],
    })
  }),
  apart('settlement-of-a-forward-rate-agreement', (rng) => {
    const N = rng.int(10, 100) * 1000000
    const K = rng.int(180, 380)
    const L = K + rng.int(15, 90)
    const three = rng.int(0, 1) === 0
    const d = three ? rng.pick([91, 92]) : rng.pick([181, 182, 183, 184])
    const std = three ? 90 : 180
    // N × rate gap × t ÷ (1 + discount rate × t), rates in basis points, t = days ÷ year.
    const settle = (days: number, year: number, disc: number, discDays = days) =>
      div(mul(N, frac((L - K) * days, 10000 * year)), add(1, frac(disc * discDays, 10000 * year)))
    const label = three ? '3×6' : '6×12'
    const tenor = three ? '3-month' : '6-month'
    return balanced({
      stem: `A company that will borrow for ${three ? 'three' : 'six'} months bought a ${label} forward rate agreement on ${tenor} EURIBOR with a notional of €${n(N)} at a contract rate of ${bpText(K)}: it pays the contract rate and receives the EURIBOR fixing for the ${d}-day period, on an actual/360 basis. On the fixing date ${tenor} EURIBOR is set at ${bpText(L)}. The FRA settles at the start of the period: the interest difference for the period, discounted at the fixing rate for the period. How much does the company receive, to the nearest cent (a half rounded up)?`,
      show: euro,
      figures: { N, K, L, d },
      key: settle(d, 360, L),
      wrong: [
        [mul(N, frac((L - K) * d, 10000 * 360)), 'leaves the settlement undiscounted'],
        [settle(d, 360, K), 'discounts at the contract rate'],
        [div(mul(N, bp(L - K)), add(1, bp(L))), 'uses the annual rates without prorating them'],
        [settle(d, 365, L), 'uses a 365-day year'],
        [settle(d, 360, L, 360), 'discounts over a full year'],
        [settle(std, 360, L), `counts the period as ${std} days (30/360)`],
      ],
    })
  }),
  apart('net-payment-on-a-pay-fixed-interest-rate-swap', (rng) => {
    const N = rng.int(10, 200) * 1000000
    const L1 = rng.int(380, 480)
    const L2 = L1 + rng.int(10, 60)
    const K = L2 + rng.int(30, 150)
    const d = rng.pick([181, 182])
    // N × (fixed rate × its accrual − floating rate × its accrual), rates in basis points.
    const net = (fix: Fraction, flo: Fraction) => mul(N, sub(fix, flo))
    const acc = (rate: number, days: number, year: number) => frac(rate * days, 10000 * year)
    const fixed2 = frac(K, 20000)
    return balanced({
      stem: `A company pays fixed and receives floating on an interest rate swap with a notional of ${$(N)} that hedges its Term SOFR loan. The fixed leg pays ${bpText(K)} a year semiannually on a 30/360 basis; the floating leg pays 6-month CME Term SOFR on an actual/360 basis, fixed at the start of each period, and the legs are netted on each payment date. For the period just ended, of ${d} days, 6-month Term SOFR was fixed at ${bpText(L1)} at its start; today, at its end, it is ${bpText(L2)}. What net payment does the company make today, ${CENTS}?`,
      show: money,
      figures: { N, L1, L2, K, d },
      key: net(fixed2, acc(L1, d, 360)),
      wrong: [
        [net(fixed2, acc(L2, d, 360)), 'uses the fixing at the end of the period'],
        [net(fixed2, frac((L1 + L2) * d, 20000 * 360)), 'uses the average of the two fixings'],
        [net(acc(K, d, 365), acc(L1, d, 360)), 'counts the fixed leg on actual/365'],
        [net(fixed2, frac(L1, 20000)), 'counts the floating leg on 30/360'],
        [net(acc(K, d, 360), acc(L1, d, 360)), 'counts the fixed leg on actual/360'],
        [
          div(net(fixed2, acc(L1, d, 360)), add(1, acc(L1, d, 360))),
          'discounts the net payment at the fixing, as for an FRA settled in advance',
        ],
        [net(fixed2, acc(L1, d, 365)), 'counts the floating leg on actual/365'],
      ],
    })
  }),
  apart('value-of-an-outstanding-currency-forward', (rng) => {
    const N = rng.int(2, 40) * 100000
    const K = rng.int(10600, 11200)
    const St = K + rng.int(80, 500)
    const Ft = St + rng.int(40, 150)
    const d = rng.pick([60, 91, 120, 182])
    const d0 = d + rng.pick([90, 91, 92, 181, 182])
    const rU = rng.int(350, 500)
    // N × (rate − contract rate) in dollars, discounted for `t` days at `rate` (basis points).
    const gain = (to: number) => frac(N * (to - K), 10000)
    const pv = (x: Fraction, t: number, year = 360) => div(x, add(1, frac(rU * t, 10000 * year)))
    return balanced({
      stem: `${d0 - d} days ago a US importer bought €${n(N)} forward at ${q4(K)} dollars per euro, for settlement ${d0} days after the trade date, so ${d} days from today. Today EUR/USD spot is ${q4(St)} and the forward rate for the same settlement date is ${q4(Ft)}. The US dollar deposit rate for the remaining ${d} days is ${bpText(rU)}, simple interest on actual/360. What is the forward’s value to the importer today, in dollars, ${CENTS}?`,
      show: money,
      figures: { N, K, St, Ft, d, d0, rU },
      key: pv(gain(Ft), d),
      wrong: [
        [pv(gain(St), d), 'uses spot in place of the current forward rate'],
        [pv(gain(Ft), 360), 'discounts over a full year'],
        [pv(gain(Ft), d0), 'discounts over the contract’s original term'],
        [gain(Ft), 'leaves the gain undiscounted'],
        [pv(gain(Ft), d, 365), 'uses a 365-day year'],
        [
          mul(gain(Ft), add(1, frac(rU * d, 10000 * 360))),
          'grows the gain instead of discounting it',
        ],
      ],
    })
  }),
  apart('strike-of-index-puts-insuring-a-beta-portfolio', (rng) => {
    const V = rng.int(20, 200)
    const beta = rng.int(24, 40) * 5
    const S = rng.int(4500, 6000)
    const r = rng.int(350, 500)
    const q = rng.int(120, 200)
    const m = rng.pick([3, 6])
    const f = rng.int(85, 95)
    const period = (rate: number) => frac(rate * m, 10000 * 12)
    const b = frac(beta, 100)
    // The index level whose return matches the portfolio at its floor under the CAPM.
    const level = (rf: Fraction, qp: Fraction, qi: Fraction, slope: Fraction) => {
      const Rp = add(frac(f - 100, 100), qp)
      const Rm = add(rf, div(sub(Rp, rf), slope))
      return mul(S, add(1, sub(Rm, qi)))
    }
    const rT = period(r)
    const qT = period(q)
    return balanced({
      stem: `A fund manager holds a US equity portfolio worth $${V} million with a beta of ${hundredth(beta)} against the S&P 500, which stands at ${n(S)}. She will buy S&P 500 index puts expiring in ${m} months so that the protection starts if the portfolio’s value (not counting dividends received) falls below ${f}% of today’s. The risk-free rate is ${bpText(r)} a year and both the portfolio and the index have a dividend yield of ${bpText(q)} a year; prorate annual rates simply over the ${m} months. Assume the CAPM holds over the period: portfolio return − risk-free return = beta × (index return − risk-free return), with returns including dividends. At what index level should the puts be struck, to two decimal places (a half rounded up)?`,
      show: plain(2),
      figures: { V, beta, S, r, q, m, f },
      key: level(rT, qT, qT, b),
      wrong: [
        [frac(S * f, 100), 'ignores beta: lets the index fall as far as the portfolio'],
        [level(frac(0), qT, qT, b), 'leaves out the risk-free rate'],
        [level(rT, qT, qT, frac(100, beta)), 'multiplies by beta instead of dividing'],
        [level(rT, frac(0), frac(0), b), 'leaves out the dividends'],
        [level(rT, qT, mul(qT, -1), b), 'adds the index dividend yield instead of subtracting it'],
        [level(bp(r), bp(q), bp(q), b), 'uses the annual rates without prorating them'],
      ],
    })
  }),
  apart('euro-value-of-a-dollar-holding-with-a-forward-hedge', (rng) => {
    const V0 = rng.int(10, 80) * 1000000
    const S0 = rng.int(8800, 9500)
    const F = S0 - rng.int(80, 200)
    const S1 = F - rng.int(100, 700)
    const V1 = part(rng, V0, 103, 125, 1000)
    const at = (dollars: number, rate: number) => frac(dollars * rate, 10000)
    return balanced({
      stem: `A euro-based fund buys US equities worth ${$(V0)} when the spot rate is €${q4(S0)} per dollar, and at the same time sells ${$(V0)} forward for one year at €${q4(F)} per dollar to hedge the initial value. A year later the holding is worth ${$(V1)} and the spot rate is €${q4(S1)} per dollar; the fund delivers ${$(V0)} under the forward and converts the rest of the holding’s value at spot. What is the holding worth in euros after these conversions, to the nearest cent (a half rounded up)?`,
      show: euro,
      figures: { V0, S0, F, S1, V1 },
      key: add(at(V0, F), at(V1 - V0, S1)),
      wrong: [
        [at(V1, S1), 'leaves out the hedge'],
        [at(V0, F), 'leaves out the gain on the holding'],
        [add(at(V1 - V0, F), at(V0, S1)), 'swaps the two rates'],
        [at(V1, F), 'converts the whole year-end value at the forward rate'],
        [at(V1, S0), 'ignores the currency move (converts at the starting spot rate)'],
        [add(at(V0, F), at(V1 - V0, S0)), 'converts the gain at the starting spot rate'],
      ],
    })
  }),
  apart('proceeds-of-a-stack-and-roll-oil-hedge', (rng) => {
    const Q = rng.int(10, 50) * 10000
    const Nc = Math.round((Q * rng.int(60, 90)) / 100 / 1000)
    const NQ = Nc * 1000
    const o1 = rng.int(6500, 8000)
    const c1 = o1 - rng.int(50, 300)
    const o2 = c1 - rng.int(10, 80)
    const c2 = o2 - rng.int(50, 300)
    const o3 = c2 - rng.int(10, 80)
    const c3 = o3 - rng.int(50, 300)
    const ST = c3 + rng.int(-30, 30)
    const gains = o1 - c1 + (o2 - c2) + (o3 - c3)
    const dol = (cents: number) => frac(cents, 100)
    return balanced({
      stem: `An oil producer will sell ${n(Q)} barrels in 18 months and hedges by selling ${Nc} WTI futures (1,000 barrels each), rolled forward through three contracts. It sells contract 1 at ${$c(o1)} and buys it back at ${$c(c1)} when it rolls into contract 2, which it sells at ${$c(o2)}; it buys contract 2 back at ${$c(c2)} and sells contract 3 at ${$c(o3)}; on the sale date it buys contract 3 back at ${$c(c3)} and sells its oil at the spot price of ${$c(ST)}. Ignoring interest and the timing of margin flows, what does the producer receive in total, counting the futures gains and losses, ${CENTS}?`,
      show: money,
      figures: { Q, Nc, o1, c1, o2, c2, o3, c3, ST },
      key: dol(Q * ST + NQ * gains),
      wrong: [
        [dol(Q * ST + NQ * (o3 - c3)), 'counts only the last contract’s gain'],
        [dol(Q * ST - NQ * gains), 'treats the futures gains as losses'],
        [dol(Q * ST), 'leaves out the hedge'],
        [dol(Q * ST + Q * gains), 'hedges the whole quantity'],
        [
          dol(Q * ST + NQ * (o1 - c3)),
          'ignores the rolls: first opening price to last closing price',
        ],
        [dol(NQ * o1 + (Q - NQ) * ST), 'assumes the hedge locks in the first futures price'],
      ],
    })
  }),
  apart('quarterly-borrowing-cost-under-an-interest-rate-cap', (rng) => {
    const N = rng.int(10, 200) * 1000000
    const m = rng.int(120, 300)
    const K = rng.int(350, 450)
    const L = K + rng.int(20, 120)
    const d = rng.pick([91, 92])
    const P = Math.round((N * rng.int(50, 150)) / 10000 / 1000) * 1000
    const interest = (rate: number, days: number, year = 360) => frac(N * rate * days, 10000 * year)
    const share = frac(P, 12)
    return balanced({
      stem: `A company borrows ${$(N)} at 3-month CME Term SOFR + ${bpText(m)}, on an actual/360 basis, with the rate set at the start of each quarter and interest paid at its end. It bought a three-year interest rate cap on 3-month Term SOFR with a strike of ${bpText(K)}, paying a premium of ${$(P)} up front, which it spreads evenly over the cap’s 12 quarterly periods. For the quarter just ended, of ${d} days, Term SOFR was fixed at ${bpText(L)} at its start; the caplet pays notional × (Term SOFR − strike) × days ÷ 360 at the end of the quarter. What is the company’s net borrowing cost for the quarter, counting the caplet payment and the quarter’s share of the premium, ${CENTS}?`,
      show: money,
      figures: { N, m, K, L, d, P },
      key: add(interest(K + m, d), share),
      wrong: [
        [add(interest(K, d), share), 'caps the all-in rate, margin included'],
        [interest(K + m, d), 'leaves the premium out'],
        [add(interest(K + m, d, 365), share), 'uses a 365-day year'],
        [add(interest(K + m, 90), share), 'counts the quarter as 90 days'],
        [add(interest(L + m, d), share), 'ignores the cap'],
        [
          add(interest(L + m + L - K, d), share),
          'adds the caplet payment instead of subtracting it',
        ],
        [add(interest(K + m, d), P), 'charges the whole premium to this quarter'],
      ],
    })
  }),
]
