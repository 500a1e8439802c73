import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  plain,
  rest,
  usd,
  worked,
} from './tsy-text.js'

// Foreign exchange risk. The slips are the wrong side of a bid/offer quote (or the mid), a cross
// built by multiplying where it divides or left in dollars, a money-market day count of another
// currency (GBP and JPY actual/365, USD and EUR actual/360), a rate not prorated for the tenor,
// forward points added where they are subtracted or read on the wrong side, a fixing of another
// day, a premium left out, counted twice or converted at another rate, a hedge ratio applied to
// the wrong base, and an exposure outside the policy horizon counted in (or an offset left out).

const money = usd(2)
const euro = (x: Fraction): string => `€${fixed(x, 0)}`
const pound = (x: Fraction): string => `£${fixed(x, 2)}`
const yen = (x: Fraction): string => `¥${fixed(x, 0)}`
/** A quote drawn in units of 0.0001, as a stem writes it. */
const q4 = (x: number): string => fixed(frac(x, 10000), 4)
/** A rate drawn in basis points, as a stem writes it: 425 → `4.25%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
const PENNY = 'to the nearest penny (a half rounded up)'
const CENT = 'to the nearest cent (a half rounded up)'
const QUOTES =
  'Each quote is bid/offer in units of the quote currency per one unit of the base currency: the bank buys the base currency at the bid and sells it at the offer.'

export const FX_FAMILIES: ScenarioFamily[] = [
  worked('sterling-paid-for-euros-through-two-dollar-quotes', (rng) => {
    const eb = rng.int(10800, 11200)
    const eo = eb + rng.int(2, 4)
    const gb = rng.int(12400, 13200)
    const go = gb + rng.int(2, 5)
    const A = rng.int(20, 90) * 10000
    return {
      stem: `A UK company must pay a German supplier €${n(A)}. Its bank quotes EUR/USD ${q4(eb)}/${q4(eo)} and GBP/USD ${q4(gb)}/${q4(go)}. ${QUOTES} The bank builds the EUR/GBP cross from the two dollar quotes, each at the side on which it deals with the company. How many pounds does the company pay for the euros, ${PENNY}?`,
      show: pound,
      figures: { eb, eo, gb, go, A },
      key: frac(A * eo, gb),
      wrong: [
        [frac(A * eb, go), 'builds the cross at which the bank buys euros'],
        [frac(A * eo, go), 'takes the offer of both dollar quotes'],
        [frac(A * (eb + eo), gb + go), 'uses the mid rates'],
        [frac(A * gb, eo), 'inverts the cross'],
        [frac(A * eo * gb, 10000 * 10000), 'multiplies the two dollar quotes'],
        [frac(A * eo, 10000), 'stops at the dollar amount'],
      ],
    }
  }),
  worked('dollars-received-selling-a-euro-receipt', (rng) => {
    const X = rng.int(50, 400) * 1000 + rng.int(1, 99) * 10
    const b = rng.int(10800, 11200)
    const o = b + rng.int(3, 8)
    const F = rng.int(15, 45)
    return {
      stem: `A US company receives €${n(X)} from a customer and sells the euros to its bank, which quotes EUR/USD ${q4(b)}/${q4(o)}. ${QUOTES} The bank deducts an incoming wire fee of $${F} from the dollar proceeds. How many dollars does the company receive, ${CENT}?`,
      show: money,
      figures: { X, b, o, F },
      key: frac(X * b - F * 10000, 10000),
      wrong: [
        [frac(X * o - F * 10000, 10000), 'converts at the offer'],
        [frac(X * (b + o) - F * 20000, 20000), 'converts at the mid rate'],
        [frac(X * b, 10000), 'leaves out the wire fee'],
        [frac(X * 10000 - F * b, b), 'divides by the bid'],
        [frac(X * 10000 - F * o, o), 'divides by the offer'],
        [frac(X * b - 2 * F * 10000, 10000), 'deducts the wire fee twice'],
      ],
    }
  }),
  worked('sterling-forward-rate-by-covered-interest-parity', (rng) => {
    const S = rng.int(12400, 13400)
    const iU = rng.int(350, 400)
    const iG = iU + rng.int(30, 90)
    const d = rng.pick([91, 92, 181, 182, 273])
    const s = frac(S, 10000)
    // A money-market rate in basis points grown over d days on a year of `y` days.
    const g = (i: number, y: number) => frac(y * 10000 + i * d, y * 10000)
    const fwd = (num: Fraction, den: Fraction) => frac(s.n * num.n * den.d, s.d * num.d * den.n)
    const key = fwd(g(iU, 360), g(iG, 365))
    return {
      stem: `GBP/USD spot is ${q4(S)} (dollars per pound). The ${d}-day US dollar deposit rate is ${bpText(iU)} on actual/360 and the ${d}-day sterling deposit rate is ${bpText(iG)} on actual/365, each simple interest for the period. What is the ${d}-day GBP/USD forward rate by covered interest parity, to four decimal places (a half rounded up)?`,
      show: plain(4),
      figures: { S, iU, iG, d },
      key,
      wrong: [
        [fwd(g(iU, 360), g(iG, 360)), 'puts sterling on actual/360'],
        [fwd(g(iU, 365), g(iG, 365)), 'puts the dollar on actual/365'],
        [fwd(g(iU, 365), g(iG, 360)), 'swaps the two day counts'],
        [fwd(frac(10000 + iU, 10000), frac(10000 + iG, 10000)), 'does not prorate the rates'],
        [fwd(g(iG, 365), g(iU, 360)), 'inverts the interest ratio'],
        [frac(2n * s.n * key.d - key.n * s.d, s.d * key.d), 'moves the forward the wrong way'],
        [fwd(g(iU, 360), frac(1)), 'grows spot at the dollar rate only'],
      ],
    }
  }),
  worked('euro-forward-points-on-actual-360', (rng) => {
    const S = rng.int(10700, 11300)
    const iE = rng.int(175, 250)
    const iU = rng.int(375, 450)
    const d = rng.pick([181, 182, 183, 184])
    const g = (i: number, y: number, t = d) => frac(y * 10000 + i * t, y * 10000)
    // Forward points in pips: (F − S) × 10,000 with F = S × up ÷ down.
    const pts = (up: Fraction, down: Fraction) =>
      frac(BigInt(S) * (up.n * down.d - down.n * up.d), up.d * down.n)
    return {
      stem: `EUR/USD spot is ${q4(S)}. For the six-month period of ${d} days the US dollar deposit rate is ${bpText(iU)} and the euro deposit rate ${bpText(iE)}, both simple interest on actual/360. By covered interest parity, what are the six-month forward points in pips (0.0001), to one decimal place (a half rounded up)?`,
      show: plain(1, 'pips'),
      figures: { S, iE, iU, d },
      key: pts(g(iU, 360), g(iE, 360)),
      wrong: [
        [pts(g(iU, 360), g(iE, 365)), 'puts the euro on actual/365'],
        [pts(frac(10000 + iU, 10000), frac(10000 + iE, 10000)), 'does not prorate the rates'],
        [pts(g(iU, 360), frac(1)), 'grows spot at the dollar rate only'],
        [pts(g(iU, 365), g(iE, 360)), 'puts the dollar on actual/365'],
        [pts(g(iU, 365), g(iE, 365)), 'puts both on actual/365'],
        [pts(g(iU, 360, 180), g(iE, 360, 180)), 'counts six 30-day months'],
      ],
    }
  }),
  worked('dollars-received-on-a-partly-hedged-receivable', (rng) => {
    const X = rng.int(20, 90) * 10000
    const h = rng.pick([55, 60, 65, 70, 75, 80])
    const F = rng.int(10900, 11300)
    const b = F - rng.int(150, 500)
    const o = b + rng.int(2, 6)
    const at = (hedged: number, fwd: number, spot: number) =>
      frac(X * (hedged * fwd + (100 - hedged) * spot), 100 * 10000)
    return {
      stem: `A US exporter expects €${n(X)} from a customer. Under its policy it sold ${h}% of the amount forward at ${q4(F)} (EUR/USD); the rest is sold at spot on receipt. On the day the euros arrive, the bank quotes EUR/USD ${q4(b)}/${q4(o)}. ${QUOTES} How many dollars does the exporter receive in total, ${CENT}?`,
      show: money,
      figures: { X, h, F, b, o },
      key: at(h, F, b),
      wrong: [
        [frac(X * F, 10000), 'converts all of it at the forward rate'],
        [at(h, F, o), 'sells the open part at the offer'],
        [frac(X * (2 * h * F + (100 - h) * (b + o)), 200 * 10000), 'sells the open part at mid'],
        [frac(X * b, 10000), 'leaves out the hedge'],
        [at(100 - h, F, b), 'applies the hedge ratio to the open part'],
        [frac(X * h * F, 100 * 10000), 'leaves out the unhedged part'],
      ],
    }
  }),
  worked('non-deliverable-forward-settled-in-dollars', (rng) => {
    const N = rng.int(20, 100) * 50000
    const K = rng.int(54000, 59000)
    const Fx = K + rng.int(500, 3000)
    const S2 = Fx - rng.int(50, 400)
    const F1 = Fx - rng.int(50, 400)
    const S0 = K - rng.int(300, 1200)
    const d = rng.pick([91, 92, 182, 183])
    if (S2 === F1) rest()
    const due = (fix: number, contract = K) => frac(N * (fix - contract), fix)
    return {
      stem: `A US company with a Brazilian subsidiary bought $${n(N)} against Brazilian reais in ${an(d)}-day non-deliverable forward at ${q4(K)} reais per dollar, when spot was ${q4(S0)}. No reais change hands: the difference between the fixing and the contract rate on the notional is converted into dollars at the fixing and paid in dollars. The fixing (the central bank’s PTAX rate two business days before settlement) is ${q4(Fx)}; the PTAX the day before that was ${q4(F1)} and spot on the settlement date ${q4(S2)}. How many dollars does the company receive, ${CENT}?`,
      show: money,
      figures: { N, K, Fx, S2, F1, S0, d },
      key: due(Fx),
      wrong: [
        [frac(N * (Fx - K), K), 'converts at the contract rate'],
        [frac(N * (Fx - K), 10000), 'leaves the difference in reais'],
        [due(Fx, S0), 'measures from spot at the trade'],
        [due(S2), 'uses spot on the settlement date'],
        [due(F1), 'uses the PTAX of the day before'],
        [frac(N * (Fx - K) * d, Fx * 360), 'prorates it like interest over the tenor'],
      ],
    }
  }),
  worked('worst-case-cost-of-a-euro-call-hedge', (rng) => {
    const X = rng.int(20, 90) * 10000
    const F = rng.int(10800, 11300)
    const K = F + rng.int(100, 300)
    const p = rng.int(100, 250)
    const i = rng.int(380, 450)
    const d = rng.pick([91, 92, 182, 183])
    const grown = (y: number, t = d) => frac(p * (y * 10000 + i * t), y * 10000)
    const cost = (strike: number, prem: Fraction) => mul(X, add(strike, prem), frac(1, 10000))
    return {
      stem: `A US importer must pay €${n(X)} in ${d} days. The forward rate is ${q4(F)} (EUR/USD). Instead it buys a euro call (dollar put) with strike ${q4(K)} and pays a premium of ${q4(p)} dollars per euro up front, which it funds at ${bpText(i)} simple interest on actual/360 until the payment date. What is the most the euros can cost in dollars on the payment date, counting the premium and its funding cost, ${CENT}?`,
      show: money,
      figures: { X, F, K, p, i, d },
      key: cost(K, grown(360)),
      wrong: [
        [frac(X * K, 10000), 'leaves out the premium'],
        [cost(K, frac(p)), 'leaves out the funding cost'],
        [cost(F, grown(360)), 'takes the forward rate instead of the strike'],
        [cost(K, grown(365)), 'funds the premium on actual/365'],
        [
          mul(X, K + p, frac(3600000 + i * d, 3600000 * 10000)),
          'charges interest on the strike too',
        ],
        [cost(K, grown(1, 1)), 'charges a full year of interest'],
        [cost(K + p, grown(360)), 'counts the premium twice'],
      ],
    }
  }),
  worked('option-premium-quoted-as-a-percent-of-the-euro-notional', (rng) => {
    const X = rng.int(20, 90) * 10000
    const P = rng.int(150, 260)
    const b = rng.int(10800, 11200)
    const o = b + rng.int(2, 5)
    const F = o + rng.int(50, 250)
    const K = F + rng.int(100, 300)
    const i = rng.int(380, 450)
    const d = rng.pick([91, 92, 182, 183])
    return {
      stem: `A US company buys ${an(d)}-day euro call with strike ${q4(K)} on €${n(X)}; the forward rate is ${q4(F)}. The premium is ${bpText(P)} of the euro notional, paid in dollars on the trade date by buying the euros at spot, EUR/USD ${q4(b)}/${q4(o)}. ${QUOTES} Dollar funding costs ${bpText(i)} on actual/360. What is the premium in dollars paid on the trade date, ${CENT}?`,
      show: money,
      figures: { X, P, b, o, F, K, i, d },
      key: frac(X * P * o, 10000 * 10000),
      wrong: [
        [frac(X * P * b, 10000 * 10000), 'converts at the bid'],
        [frac(X * P * (b + o), 2 * 10000 * 10000), 'converts at the mid rate'],
        [frac(X * P, 10000), 'leaves the premium in euros'],
        [frac(X * P, o), 'divides by the spot rate'],
        [frac(X * P * K, 10000 * 10000), 'converts at the strike'],
        [frac(X * P * F, 10000 * 10000), 'converts at the forward rate'],
        [
          mul(frac(X * P * o, 10000 * 10000), frac(3600000 + i * d, 3600000)),
          'adds funding to expiry',
        ],
      ],
    }
  }),
  worked('euro-hedge-still-needed-under-a-policy-ratio', (rng) => {
    const R1 = rng.int(500, 900) * 1000
    const R2 = rng.int(500, 900) * 1000
    const R3 = rng.int(200, 600) * 1000
    const P1 = rng.int(150, 400) * 1000
    const P2 = rng.int(100, 300) * 1000
    const h = rng.pick([60, 65, 70, 75, 80])
    const net = R1 + R2 - P1
    const H = Math.round((net * rng.int(3, 10)) / 100000) * 1000
    const hedge = (x: number) => frac(h * x, 100)
    return {
      stem: `A US company’s policy is to hedge ${h}% of its net euro exposure falling due within the next 90 days, net of forwards already in place. Its euro items are: receivables of €${n(R1)} (due in 30 days), €${n(R2)} (due in 75 days) and €${n(R3)} (due in 150 days); payables of €${n(P1)} (due in 45 days) and €${n(P2)} (due in 120 days). It has already sold €${n(H)} forward for the 90-day window. How many more euros should it sell forward, to the nearest euro?`,
      show: euro,
      figures: { R1, R2, R3, P1, P2, h, H },
      key: frac(h * net - 100 * H, 100),
      wrong: [
        [frac(h * (R1 + R2) - 100 * H, 100), 'does not offset the payable'],
        [hedge(net), 'ignores the forwards in place'],
        [frac(h * (net + R3) - 100 * H, 100), 'counts the receivable due in 150 days'],
        [frac(net - H), 'hedges all of the net exposure'],
        [frac(h * (net - P2) - 100 * H, 100), 'offsets the payable due in 120 days'],
        [frac(h * (R1 + R2) - 100 * (P1 + H), 100), 'offsets the payable after the ratio'],
        [frac((100 - h) * net - 100 * H, 100), 'takes the share left open'],
      ],
    }
  }),
  worked('dollar-cost-of-a-layered-euro-hedge', (rng) => {
    const X = rng.int(20, 90) * 10000
    const w1 = rng.pick([30, 35, 40])
    const w2 = rng.pick([20, 25])
    const w3 = rng.pick([10, 15])
    const F1 = rng.int(10700, 10900)
    const F2 = F1 + rng.int(40, 150)
    const F3 = F2 + rng.int(40, 150)
    const ST = F3 + rng.int(100, 400)
    const B = F1 - rng.int(50, 200)
    const W = w1 + w2 + w3
    const layers = w1 * F1 + w2 * F2 + w3 * F3
    // Layers each taken as a share of what the earlier layers left open.
    const a2 = frac(w2 * (100 - w1), 100)
    const a3 = frac(w3 * (100 - w1) * (100 - w2), 10000)
    const open = add(100 - w1, mul(-1, a2), mul(-1, a3))
    const rem = mul(
      X,
      add(mul(w1, F1), mul(a2, F2), mul(a3, F3), mul(open, ST)),
      frac(1, 100 * 10000),
    )
    return {
      stem: `A US company budgets to pay €${n(X)} to a supplier in the next quarter at a budget rate of ${q4(B)}. Its layered hedging programme bought ${w1}% of the amount forward at ${q4(F1)}, then ${w2}% at ${q4(F2)}, then ${w3}% at ${q4(F3)} (each a share of the full amount, EUR/USD); the rest is bought at spot on the payment date, when it is ${q4(ST)}. What do the euros cost in dollars in total, ${CENT}?`,
      show: money,
      figures: { X, w1, w2, w3, F1, F2, F3, ST, B },
      key: frac(X * (layers + (100 - W) * ST), 100 * 10000),
      wrong: [
        [frac(X * ST, 10000), 'leaves out the hedges'],
        [
          frac(X * (W * (F1 + F2 + F3) + 3 * (100 - W) * ST), 3 * 100 * 10000),
          'averages the layer rates unweighted',
        ],
        [rem, 'takes each layer as a share of the open remainder'],
        [frac(X * layers, W * 10000), 'takes the whole amount at the hedged rate'],
        [frac(X * (layers + (100 - W) * B), 100 * 10000), 'buys the open part at the budget rate'],
        [frac(X * layers, 100 * 10000), 'leaves out the unhedged part'],
      ],
    }
  }),
  worked('dollars-received-after-rolling-a-euro-forward', (rng) => {
    const X = rng.int(20, 90) * 10000
    const Fo = rng.int(10900, 11300)
    const Sb = Fo - rng.int(100, 400)
    const So = Sb + rng.int(2, 5)
    const pb = rng.int(20, 60)
    const po = pb + rng.int(2, 5)
    const at = (x: number) => frac(X * x, 10000)
    return {
      stem: `A US exporter sold €${n(X)} forward at ${q4(Fo)} (EUR/USD), maturing today, but its customer will pay a month late. The bank rolls the hedge with a swap: the company buys the euros at today’s spot offer to deliver into the old forward (the difference is settled in cash today), and sells them again one month forward at the spot bid plus the bid forward points (this pricing of the two legs as stated for this exercise). Spot is ${q4(Sb)}/${q4(So)} and one-month points are ${pb}/${po} (pips, added to spot). ${QUOTES} Ignoring interest on the cash, how many dollars does the company receive over the two dates together, ${CENT}?`,
      show: money,
      figures: { X, Fo, Sb, So, pb, po },
      key: at(Fo - So + Sb + pb),
      wrong: [
        [at(Fo + pb), 'uses one spot rate for both legs'],
        [at(Fo - So + Sb + po), 'takes the offer points'],
        [at(2 * Fo - So + pb), 'prices the new forward off the old rate'],
        [at(Sb + pb), 'leaves out the close-out settlement'],
        [at(Fo - So + Sb), 'leaves out the forward points'],
        [at(Fo - So + Sb - pb), 'subtracts the forward points'],
      ],
    }
  }),
  worked('unrealised-gain-on-a-euro-receivable-at-year-end', (rng) => {
    const X = rng.int(40, 90) * 10000
    const Y = rng.int(5, 15) * 10000
    const H = rng.int(10600, 11000)
    const C = H + rng.int(200, 600)
    const A = H + rng.int(50, C - H - 50)
    const P = H + rng.int(50, C - H - 50)
    const L = C + rng.int(50, 300)
    if (A === P) rest()
    const gain = (amount: number, to: number, from = H) => frac(amount * (to - from), 10000)
    return {
      stem: `A US company invoiced €${n(X)} on 15 October, booking the receivable at that day’s rate of ${q4(H)} (EUR/USD). The customer paid €${n(Y)} on 20 November at ${q4(P)}. At the 31 December year end the closing rate is ${q4(C)} and the year’s average rate ${q4(A)}; the rest was paid on 25 January at ${q4(L)}. The open receivable is remeasured at the closing rate. What unrealised exchange gain on it does the company record at year end, ${CENT}?`,
      show: money,
      figures: { X, Y, H, C, A, P, L },
      key: gain(X - Y, C),
      wrong: [
        [gain(X, C), 'remeasures the whole invoice'],
        [gain(X - Y, L), 'uses the January rate'],
        [frac((X - Y) * (C - H) + Y * (P - H), 10000), 'adds the realised gain'],
        [gain(X - Y, A), 'uses the average rate'],
        [gain(X - Y, C, P), 'measures from the November rate'],
        [frac((X - Y) * (C - H), C), 'states the gain in euros'],
      ],
    }
  }),
  worked('yen-received-for-euros-through-the-dollar', (rng) => {
    const X = rng.int(20, 90) * 10000
    const eb = rng.int(10800, 11200)
    const eo = eb + rng.int(2, 4)
    const jb = rng.int(14200, 15800)
    const jo = jb + rng.int(2, 5)
    const cross = (e: number, j: number) => frac(X * e * j, 10000 * 100)
    return {
      stem: `A European company’s Japanese unit must convert €${n(X)} of surplus cash into yen. The bank quotes EUR/USD ${q4(eb)}/${q4(eo)} and USD/JPY ${fixed(frac(jb, 100), 2)}/${fixed(frac(jo, 100), 2)}. ${QUOTES} The bank builds the EUR/JPY cross from the two dollar quotes, each at the side on which it deals with the company. How many yen does the company receive, to the nearest yen (a half rounded up)?`,
      show: yen,
      figures: { X, eb, eo, jb, jo },
      key: cross(eb, jb),
      wrong: [
        [cross(eb, jo), 'takes the USD/JPY offer'],
        [cross(eo, jb), 'takes the EUR/USD offer'],
        [cross(eo, jo), 'takes both offers'],
        [frac(X * jb, 100), 'treats the euros as dollars'],
        [frac(X * jb * 100, eb), 'divides by EUR/USD'],
        [frac(X * jo * 100, eo), 'divides by EUR/USD at the offers'],
      ],
    }
  }),
  worked('outright-forward-from-discount-points', (rng) => {
    const X = rng.int(20, 90) * 10000
    const Sb = rng.int(12400, 13400)
    const So = Sb + rng.int(2, 5)
    const po = rng.int(10, 40)
    const pb = po + rng.int(2, 5)
    const at = (x: number) => frac(X * x, 10000)
    return {
      stem: `A US company must pay £${n(X)} in three months and buys the pounds forward. The bank quotes GBP/USD spot ${q4(Sb)}/${q4(So)} and three-month points ${pb}/${po} in pips (0.0001). ${QUOTES} When the bid points are larger than the offer points they are subtracted from spot, bid from bid and offer from offer. How many dollars will the pounds cost, ${CENT}?`,
      show: money,
      figures: { X, Sb, So, pb, po },
      key: at(So - po),
      wrong: [
        [at(So - pb), 'subtracts the bid points from the offer'],
        [at(Sb - pb), 'takes the outright bid'],
        [at(Sb - po), 'takes the spot bid'],
        [at(So + po), 'adds the points'],
        [at(So), 'leaves out the points'],
        [at(So + pb), 'adds the bid points'],
      ],
    }
  }),
  worked('dollar-yen-forward-by-covered-interest-parity', (rng) => {
    const S = rng.int(14200, 15800)
    const iU = rng.int(380, 450)
    const iJ = rng.int(30, 80)
    const d = rng.pick([181, 182, 183, 184, 273])
    const s = frac(S, 100)
    const g = (i: number, y: number) => frac(y * 10000 + i * d, y * 10000)
    const fwd = (num: Fraction, den: Fraction) => frac(s.n * num.n * den.d, s.d * num.d * den.n)
    return {
      stem: `USD/JPY spot is ${fixed(s, 2)} (yen per dollar). For ${d} days the US dollar deposit rate is ${bpText(iU)} on actual/360 and the yen deposit rate ${bpText(iJ)} on actual/365, each simple interest for the period. What is the ${d}-day USD/JPY forward rate by covered interest parity, to three decimal places (a half rounded up)?`,
      show: plain(3),
      figures: { S, iU, iJ, d },
      key: fwd(g(iJ, 365), g(iU, 360)),
      wrong: [
        [fwd(g(iJ, 360), g(iU, 360)), 'puts the yen on actual/360'],
        [fwd(g(iJ, 365), g(iU, 365)), 'puts the dollar on actual/365'],
        [fwd(g(iU, 360), g(iJ, 365)), 'inverts the interest ratio'],
        [fwd(frac(10000 + iJ, 10000), frac(10000 + iU, 10000)), 'does not prorate the rates'],
        [fwd(frac(1), g(iU, 360)), 'discounts at the dollar rate only'],
        [
          frac(S * (1314000000 - iU * d * 365 + iJ * d * 360), 100 * 1314000000),
          'takes the rate difference as a straight line',
        ],
      ],
    }
  }),
  worked('non-deliverable-forward-selling-dollars-for-won', (rng) => {
    const N = rng.int(20, 100) * 50000
    const K = rng.int(135000, 145000)
    const Fx = K - rng.int(500, 3000)
    const S2 = Fx + rng.int(50, 400)
    const F1 = Fx - rng.int(50, 400)
    const S0 = K + rng.int(100, 800)
    const d = rng.pick([91, 92, 182, 183])
    const won = (x: number): string => fixed(frac(x, 100), 2)
    const due = (fix: number, contract = K) => frac(N * (contract - fix), fix)
    return {
      stem: `A US company whose Korean unit earns won sold $${n(N)} against won in ${an(d)}-day non-deliverable forward at ${won(K)} won per dollar, when spot was ${won(S0)}. No won change hands: the difference between the contract rate and the fixing on the notional is converted into dollars at the fixing and paid in dollars. The fixing (the published KRW reference rate on the fixing date) is ${won(Fx)}; the fixing the day before was ${won(F1)} and spot on the settlement date ${won(S2)}. How many dollars does the company receive, ${CENT}?`,
      show: money,
      figures: { N, K, Fx, S2, F1, S0, d },
      key: due(Fx),
      wrong: [
        [frac(N * (K - Fx), 100), 'leaves the difference in won'],
        [due(F1), 'uses the fixing of the day before'],
        [due(Fx, S0), 'measures from spot at the trade'],
        [frac(N * (K - Fx), K), 'converts at the contract rate'],
        [due(S2), 'uses spot on the settlement date'],
        [frac(N * (K - Fx) * d, Fx * 360), 'prorates it like interest over the tenor'],
      ],
    }
  }),
  worked('break-even-spot-of-a-euro-call-against-the-forward', (rng) => {
    const S0 = rng.int(10700, 11100)
    const F = S0 + rng.int(60, 200)
    const K = F + rng.int(100, 300)
    const p = rng.int(120, 250)
    const i = rng.int(380, 450)
    const d = rng.pick([91, 92, 182, 183])
    const funded = (days: number, year: number) =>
      mul(frac(p, 10000), frac(year * 10000 + i * days, year * 10000))
    const less = (rate: number, prem: Fraction) => add(frac(rate, 10000), mul(-1, prem))
    const cost = funded(d, 360)
    return {
      stem: `A US importer must pay euros in ${d} days. Spot EUR/USD is ${q4(S0)} and the ${d}-day forward ${q4(F)}. Instead of the forward it buys a euro call with strike ${q4(K)} for a premium of ${q4(p)} dollars per euro paid up front, funded at ${bpText(i)} simple interest on actual/360 to the payment date. Below what spot rate on the payment date does the option hedge (premium and its funding included) cost less per euro than the forward, to four decimal places (a half rounded up)?`,
      show: plain(4),
      figures: { S0, F, K, p, i, d },
      key: less(F, cost),
      wrong: [
        [less(F, frac(p, 10000)), 'leaves out the premium’s funding'],
        [add(frac(F, 10000), cost), 'adds the premium to the forward'],
        [less(K, cost), 'starts from the strike'],
        [less(F, funded(1, 1)), 'funds the premium for a whole year'],
        [less(S0, cost), 'starts from spot'],
        [less(F, mul(2, cost)), 'counts the premium twice'],
      ],
    }
  }),
]
