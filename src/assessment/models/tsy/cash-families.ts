import { add, an, CENTS, dol, type Fraction, frac, mul, sub, usd, worked } from './tsy-text.js'

// Cash positioning and pooling. The slips are a ledger balance taken as available (or one-day
// float held back), a target balance or a participant left out, a payment of tomorrow counted today,
// a day count of another market (365 for 360), a pool rate without its margin or a stand-alone rate
// in its place, a currency converted the wrong way or at another currency's rate, an invoice left
// out of the netting, a float day or a fee left out or counted on the wrong calendar.

const money = usd(2)
/** Basis points as a stem writes a rate: 425 → `4.25%`. */
const rt = (bp: number): string => `${(bp / 100).toFixed(2)}%`
/** Simple interest on whole dollars at `bp` basis points for `days` over a `basis`-day year. */
const si = (amount: number, bp: number, days: number, basis: number): Fraction =>
  frac(amount * bp * days, 10000 * basis)
/** A rate quoted to four places, drawn in ten-thousandths: 10850 → `1.0850`. */
const q4 = (x: number): string => (x / 10000).toFixed(4)

export const CASH_FAMILIES = [
  worked('daily-cash-position-surplus-to-invest', (rng) => {
    const L = rng.int(2400, 3600) * 1000 + rng.int(1, 999)
    const F1 = rng.int(60, 140) * 1000 + rng.int(1, 999)
    const F2 = rng.int(150, 280) * 1000 + rng.int(1, 999)
    const Rw = rng.int(100, 400) * 1000
    const Ac = rng.int(50, 120) * 1000 + rng.int(1, 999)
    const D = rng.int(300, 600) * 1000 + rng.int(1, 999)
    const W = rng.int(200, 450) * 1000
    const T = rng.int(250, 500) * 1000
    const D2 = rng.int(320, 620) * 1000 + rng.int(1, 999)
    const key = L - F2 + Rw + Ac - D - W - T
    return {
      stem: `At 9 a.m. the bank reports a company’s concentration account with an opening ledger balance of ${dol(L)}; the ledger includes ${dol(F1)} of deposited checks on one-day availability (available today) and ${dol(F2)} on two-day availability (available tomorrow). Today the account will also receive ${dol(Rw)} of incoming wires and ${dol(Ac)} of ACH credits; the controlled disbursement account reports ${dol(D)} of checks presented today (funded from this account), and the analyst has ${dol(W)} of outgoing wires to release. Tomorrow’s presentment is estimated at ${dol(D2)}. The account’s target closing available balance is ${dol(T)}. What surplus available today can be invested overnight, ${CENTS}?`,
      show: money,
      figures: { L, F1, F2, Rw, Ac, D, W, T, D2 },
      key: frac(key),
      wrong: [
        [frac(key + F2), 'takes the whole ledger balance as available'],
        [frac(key + T), 'leaves out the target balance'],
        [frac(key + D), 'leaves out the checks presented today'],
        [frac(key - F1), 'holds back the one-day float too'],
        [frac(key - Ac), 'leaves out the ACH credits'],
        [frac(key - D2), 'also funds tomorrow’s presentment'],
      ],
    }
  }),
  worked('borrowing-need-across-accounts-against-target-balances', (rng) => {
    const hL = rng.int(320, 520) * 1000 + rng.int(1, 999)
    const f = rng.int(20, 80) * 1000 + rng.int(1, 999)
    const ha = hL - f
    const Th = rng.int(260, 400) * 1000
    const b1 = rng.int(200, 400) * 1000 + rng.int(1, 999)
    const t1 = rng.int(100, 150) * 1000
    const o2 = rng.int(50, 150) * 1000 + rng.int(1, 999)
    const t2 = rng.int(60, 90) * 1000
    const P = rng.int(600, 900) * 1000 + rng.int(1, 999)
    const P2 = rng.int(150, 300) * 1000 + rng.int(1, 999)
    const key = Th + t1 + t2 + P - ha - b1 + o2
    return {
      stem: `A company’s header account shows a ledger balance of ${dol(hL)} and an available balance of ${dol(ha)} this morning, and must pay today’s payroll of ${dol(P)}; a supplier run of ${dol(P2)} is due tomorrow. Its collection account has an available balance of ${dol(b1)} (target ${dol(t1)}); its disbursement account is overdrawn by ${dol(o2)} (target ${dol(t2)}). The header’s own target is ${dol(Th)}. Every account must close today at its target available balance, surpluses swept to the header, and any shortfall is drawn on the revolving credit facility. How much must be drawn today, ${CENTS}?`,
      show: money,
      figures: { hL, f, Th, b1, t1, o2, t2, P, P2 },
      key: frac(key),
      wrong: [
        [frac(key - Th), 'leaves out the header’s target'],
        [frac(key - f), 'uses the header’s ledger balance'],
        [frac(key - t1 - t2), 'leaves out the other accounts’ targets'],
        [frac(key + b1 - t1), 'does not sweep the collection account’s surplus'],
        [frac(key + P2), 'also funds tomorrow’s supplier run'],
        [frac(key + ha), 'leaves out the header’s own balance'],
      ],
    }
  }),
  worked('zero-balancing-header-closing-balance', (rng) => {
    const H = rng.int(1500, 2100) * 1000 + rng.int(1, 999)
    const P = rng.int(200, 400) * 1000 + rng.int(1, 999)
    const P2 = rng.int(150, 350) * 1000 + rng.int(1, 999)
    const b1 = rng.int(300, 600) * 1000 + rng.int(1, 999)
    const R = rng.int(5, 25) * 1000 + rng.int(1, 999)
    const b2 = rng.int(150, 300) * 1000 + rng.int(1, 999)
    const o3 = rng.int(400, 700) * 1000 + rng.int(1, 999)
    const I3 = o3 + rng.int(100, 300) * 1000 + rng.int(1, 999)
    const T = rng.int(50, 100) * 1000
    const b4 = T + rng.int(80, 200) * 1000 + rng.int(1, 999)
    const key = H - P + (b1 - R) + b2 - o3 + (b4 - T)
    return {
      stem: `A zero-balancing structure sweeps each participating account’s closing ledger balance to zero against the header at end of day, funding any debit balance from the header; account 4 is target-balancing and keeps ${dol(T)}. Today the header opened at ${dol(H)} and pays ${dol(P)} of its own wires (a further ${dol(P2)} goes out tomorrow). Before the sweep, account 1 (collections) stands at ${dol(b1)} but a deposited check of ${dol(R)} is returned unpaid and charged back to it today; account 2 stands at ${dol(b2)}; account 3 (disbursements) is overdrawn by ${dol(o3)} for the checks presented today, out of ${dol(I3)} of checks the company has issued; account 4 stands at ${dol(b4)}. What is the header’s closing balance after the sweep, ${CENTS}?`,
      show: money,
      figures: { H, P, P2, b1, R, b2, o3, I3, T, b4 },
      key: frac(key),
      wrong: [
        [frac(key + o3), 'does not fund the disbursement account'],
        [frac(key + T), 'sweeps account 4 to zero'],
        [frac(key + R), 'leaves out the returned check'],
        [frac(key - (b4 - T)), 'leaves out the target-balancing account'],
        [frac(key - P2), 'also takes tomorrow’s wires'],
        [frac(key - (I3 - o3)), 'funds all the checks issued, not those presented'],
      ],
    }
  }),
  worked('notional-pool-interest-advantage-on-a-net-credit-pool', (rng) => {
    const P1 = rng.int(5000, 8000) * 1000
    const P2 = rng.int(3000, 4000) * 1000
    const N3 = rng.int(500, 1500) * 1000
    const base = rng.int(450, 500)
    const m = rng.int(25, 75)
    const cs = rng.int(200, 300)
    const ds = rng.int(700, 900)
    const D = rng.pick([30, 31])
    const pos = P1 + P2
    const pool = si(pos - N3, base - m, D, 360)
    const alone = sub(si(pos, cs, D, 360), si(N3, ds, D, 360))
    const key = sub(pool, alone)
    return {
      stem: `Three subsidiaries join a single-currency notional pool for ${an(D)}-day month, with average balances of ${dol(P1)} and ${dol(P2)} in credit and ${dol(N3)} overdrawn. The pool’s net balance earns the bank’s base rate of ${rt(base)} less a margin of ${rt(m)}. Stand-alone, the accounts would earn ${rt(cs)} on credit balances and pay ${rt(ds)} on overdrafts. All interest is actual/360. What is the pool’s interest advantage over the stand-alone accounts for the month, ${CENTS}?`,
      show: money,
      figures: { P1, P2, N3, base, m, cs, ds, D },
      key,
      wrong: [
        [sub(si(pos - N3, base, D, 360), alone), 'leaves out the margin'],
        [pool, 'gives the pool interest without the stand-alone comparison'],
        [sub(si(pos + N3, base - m, D, 360), alone), 'adds the overdraft to the pool'],
        [
          sub(si(pos - N3, base - m, D, 365), sub(si(pos, cs, D, 365), si(N3, ds, D, 365))),
          'uses a 365-day year',
        ],
        [sub(pool, si(pos, cs, D, 360)), 'leaves out the stand-alone overdraft interest'],
        [
          sub(pool, si(pos - N3, cs, D, 360)),
          'charges the stand-alone overdraft at the credit rate',
        ],
      ],
    }
  }),
  worked('notional-pool-saving-on-a-net-debit-pool', (rng) => {
    const C1 = rng.int(1000, 2500) * 1000
    const N2 = rng.int(3000, 5000) * 1000
    const N3 = rng.int(1000, 2000) * 1000
    const base = rng.int(450, 550)
    const m = rng.int(100, 175)
    const cs = rng.int(100, 200)
    const ds = rng.int(800, 950)
    const D = rng.pick([30, 31])
    const neg = N2 + N3
    const pool = si(neg - C1, base + m, D, 360)
    const alone = sub(si(neg, ds, D, 360), si(C1, cs, D, 360))
    const key = sub(alone, pool)
    return {
      stem: `A group’s notional pool for ${an(D)}-day month has one subsidiary averaging ${dol(C1)} in credit and two overdrawn by ${dol(N2)} and ${dol(N3)}. The pool’s net debit balance pays the base rate of ${rt(base)} plus a margin of ${rt(m)}. Stand-alone, overdrafts would pay ${rt(ds)} and credit balances earn ${rt(cs)}. All interest is actual/360. By how much does the pool cut the group’s net interest cost for the month, ${CENTS}?`,
      show: money,
      figures: { C1, N2, N3, base, m, cs, ds, D },
      key,
      wrong: [
        [sub(alone, si(neg - C1, base, D, 360)), 'leaves out the margin'],
        [si(neg, ds, D, 360), 'takes the stand-alone overdraft interest as the saving'],
        [sub(si(neg, ds, D, 360), pool), 'leaves out the stand-alone credit interest'],
        [
          sub(sub(si(neg, ds, D, 365), si(C1, cs, D, 365)), si(neg - C1, base + m, D, 365)),
          'uses a 365-day year',
        ],
        [
          sub(alone, si(neg - C1, ds, D, 360)),
          'charges the pool at the stand-alone overdraft rate',
        ],
        [sub(alone, si(neg - C1, base + 2 * m, D, 360)), 'counts the margin twice'],
      ],
    }
  }),
  worked('notional-pool-interest-allocated-to-a-participant', (rng) => {
    const P1 = rng.int(2000, 5000) * 1000
    const P2 = rng.int(2000, 4000) * 1000
    const P3 = rng.int(1000, 3000) * 1000
    const pos = P1 + P2 + P3
    const N = Math.round((pos * rng.int(10, 28)) / 100000) * 1000
    const base = rng.int(400, 475)
    const m = rng.int(30, 75)
    const cs = rng.int(100, 200)
    const D = rng.pick([30, 31])
    const I = (bp: number, basis: number) => si(pos - N, bp, D, basis)
    const share = (x: Fraction, of: number) => mul(x, frac(P1, of))
    return {
      stem: `A notional pool’s net credit balance for ${an(D)}-day month, ${dol(pos - N)}, earns the base rate of ${rt(base)} less a margin of ${rt(m)}, actual/360. The pool agreement allocates the pool interest to the participants in credit in proportion to their average credit balances; the participant in debit (${dol(N)} overdrawn) gets none. Participants A, B and C averaged ${dol(P1)}, ${dol(P2)} and ${dol(P3)} in credit. Stand-alone, credit balances would earn ${rt(cs)}. How much interest is allocated to participant A, ${CENTS}?`,
      show: money,
      figures: { P1, P2, P3, N, base, m, cs, D },
      key: share(I(base - m, 360), pos),
      wrong: [
        [share(I(base - m, 360), pos - N), 'divides by the net pool balance'],
        [si(P1, base - m, D, 360), 'pays A the pool rate on its own balance'],
        [share(I(base, 360), pos), 'leaves out the margin'],
        [share(I(base - m, 365), pos), 'uses a 365-day year'],
        [share(I(base - m, 360), pos + N), 'divides by all balances, the overdraft included'],
        [si(P1, cs, D, 360), 'pays A the stand-alone credit rate'],
      ],
    }
  }),
  worked('multilateral-netting-payment-of-a-net-payer', (rng) => {
    const e = rng.int(10700, 11200)
    const g = rng.int(12300, 13200)
    const p1 = rng.int(600, 900) * 1000
    const p2 = rng.int(300, 500) * 1000
    const r1 = rng.int(200, 400) * 1000
    const r2 = rng.int(100, 250) * 1000
    const E = frac(e, 10000)
    const G = frac(g, 10000)
    const pay = (a: Fraction, b: Fraction, c: Fraction) =>
      sub(add(mul(p1, a), mul(p2, b)), add(r1, mul(r2, c)))
    const key = pay(E, G, E)
    return {
      stem: `A group nets its intercompany invoices monthly through a netting centre in US dollars, converting each invoice at the netting rates EUR/USD ${q4(e)} and GBP/USD ${q4(g)} (US dollars per unit). This month the US subsidiary owes the German subsidiary €${p1.toLocaleString('en-US')} and the UK subsidiary £${p2.toLocaleString('en-US')}; the German subsidiary owes it $${r1.toLocaleString('en-US')} and the UK subsidiary owes it €${r2.toLocaleString('en-US')}. What single payment does the US subsidiary make to the netting centre, in dollars ${CENTS}?`,
      show: money,
      figures: { e, g, p1, p2, r1, r2 },
      key,
      wrong: [
        [add(key, frac(r1)), 'leaves out the German subsidiary’s dollar invoice'],
        [add(key, mul(r2, E)), 'leaves out the UK subsidiary’s euro invoice'],
        [add(key, frac(r1), mul(r2, E)), 'pays its invoices gross'],
        [
          sub(add(div1(p1, E), mul(p2, G)), add(r1, div1(r2, E))),
          'divides the euro amounts by the rate',
        ],
        [pay(E, E, E), 'converts the sterling invoice at the euro rate'],
        [pay(E, G, G), 'converts the UK subsidiary’s euro invoice at the sterling rate'],
      ],
    }
  }),
  worked('lockbox-net-annual-benefit', (rng) => {
    const V = rng.int(1000, 2000) * 1000
    const m1 = rng.int(4, 5)
    const p1 = rng.int(1, 2)
    const a1 = rng.int(2, 3)
    const m2 = rng.int(1, 2)
    const i = rng.int(400, 550)
    const c = rng.int(10, 20)
    const N = rng.int(200, 600)
    const Fm = rng.int(300, 600)
    const fees = (days: number, months: number) => add(frac(c * N * days, 100), frac(Fm * months))
    const value = (d: number) => frac(V * d * i, 10000)
    const saved = m1 + p1 + a1 - m2 - 1
    return {
      stem: `A company receives ${dol(V)} of customer checks a business day. Today they spend ${m1} days in the mail, ${p1} day${p1 > 1 ? 's' : ''} in its own processing and ${a1} days before the bank makes them available. A lockbox would cut mail time to ${m2} day${m2 > 1 ? 's' : ''}, process the same day and give one-day availability. The lockbox costs ${c} cents an item on ${N} items a business day (250 business days a year) and ${dol(Fm)} a month. Freed funds earn ${rt(i)} a year (value each day of float as a year’s interest on one day’s receipts). What is the lockbox’s net annual benefit, ${CENTS}?`,
      show: money,
      figures: { V, m1, p1, a1, m2, i, c, N, Fm },
      key: sub(value(saved), fees(250, 12)),
      wrong: [
        [value(saved), 'leaves out the lockbox fees'],
        [sub(value(m1 + p1 + a1), fees(250, 12)), 'values the whole current float'],
        [sub(value(saved), fees(250, 1)), 'takes the monthly fee once'],
        [sub(value(saved - a1 + 1), fees(250, 12)), 'leaves out the availability days'],
        [sub(value(saved), fees(365, 12)), 'counts the item fee on 365 days'],
        [sub(value(m1 - m2), fees(250, 12)), 'counts only the mail days saved'],
      ],
    }
  }),
  worked('lockbox-break-even-daily-receipts', (rng) => {
    const m1 = rng.int(4, 5)
    const p1 = rng.int(1, 2)
    const a1 = rng.int(2, 3)
    const m2 = rng.int(1, 2)
    const i = rng.int(400, 550)
    const c = rng.int(15, 30)
    const N = rng.int(300, 800)
    const Fm = rng.int(400, 900)
    const fees = (days: number, months: number, items = 1) =>
      add(frac(c * N * days * items, 100), frac(Fm * months))
    const be = (cost: Fraction, d: number) => div2(cost, frac(d * i, 10000))
    const saved = m1 + p1 + a1 - m2 - 1
    return {
      stem: `Customer checks now spend ${m1} days in the mail, ${p1} day${p1 > 1 ? 's' : ''} in a company’s processing and ${a1} days before the bank makes them available. A lockbox would cut mail time to ${m2} day${m2 > 1 ? 's' : ''}, process the same day and give one-day availability, for ${c} cents an item on ${N} items a business day (250 business days a year) plus ${dol(Fm)} a month. Freed funds earn ${rt(i)} a year (each day of float is worth a year’s interest on one day’s receipts). At what level of daily receipts does the lockbox just pay for itself, ${CENTS}?`,
      show: money,
      figures: { m1, p1, a1, m2, i, c, N, Fm },
      key: be(fees(250, 12), saved),
      wrong: [
        [be(fees(250, 12), saved - a1 + 1), 'leaves out the availability days'],
        [be(fees(250, 12), m1 - m2), 'counts only the mail days saved'],
        [be(fees(365, 12), saved), 'counts the item fee on 365 days'],
        [be(fees(250, 1), saved), 'takes the monthly fee once'],
        [be(fees(250, 12), m1 + p1 + a1), 'uses the whole current float'],
        [be(frac(Fm * 12), saved), 'leaves out the item fees'],
      ],
    }
  }),
  worked('overnight-sweep-interest-over-a-holiday-week', (rng) => {
    const T = rng.int(200, 400) * 1000
    const b = [0, 1, 2, 3, 4].map(() => T + rng.int(300, 1500) * 1000 + rng.int(1, 999))
    const y = rng.int(420, 510)
    const f = rng.int(15, 40)
    const nights = (fri: number) => [1, 1, 1, 1, fri]
    const earn = (xs: number[], bp: number, ns: number[], basis: number) =>
      add(...xs.map((x, k) => si(x, bp, ns[k]!, basis)))
    const ex = b.map((x) => x - T)
    const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number]
    return {
      stem: `Each business day an account’s closing balance above its ${dol(T)} target is swept overnight into a money market fund yielding ${rt(y)}, less a sweep fee of ${rt(f)} a year, interest actual/360; each sweep comes back the next business day. Next Monday is a bank holiday. This week’s closing balances before the sweep, Monday to Friday, were ${dol(b0)}, ${dol(b1)}, ${dol(b2)}, ${dol(b3)} and ${dol(b4)}. What net interest do this week’s five sweeps earn, ${CENTS}?`,
      show: money,
      figures: { T, b0, b1, b2, b3, b4, y, f },
      key: earn(ex, y - f, nights(4), 360),
      wrong: [
        [earn(ex, y, nights(4), 360), 'leaves out the sweep fee'],
        [earn(b, y - f, nights(4), 360), 'sweeps the whole balance'],
        [
          sub(earn(b, y - f, nights(4), 360), si(T, y - f, 1, 360)),
          'takes off the target only once',
        ],
        [earn(ex, y - f, nights(3), 360), 'forgets the Monday holiday'],
        [earn(ex, y - f, nights(1), 360), 'counts one night for each sweep'],
        [earn(ex, y - f, nights(4), 365), 'uses a 365-day year'],
      ],
    }
  }),
  worked('concentration-wire-versus-ach-break-even-deposit', (rng) => {
    const wo = rng.int(1500, 3000)
    const wi = rng.int(800, 1500)
    const a = rng.int(20, 50)
    const i = rng.int(400, 550)
    const o = rng.int(700, 900)
    const be = (cents: number, bp: number, days: number, basis: number) =>
      frac(cents * basis * 10000, 100 * bp * days)
    return {
      stem: `On the Friday before a Monday bank holiday a field deposit can be moved to the concentration account by wire (outgoing fee ${dol2(wo)} at the field bank, incoming fee ${dol2(wi)} at the concentration bank), available today, or by ACH at ${dol2(a)}, settling on the next business day. Funds at the concentration account are invested overnight at ${rt(i)} (the overdraft rate, ${rt(o)}, does not apply: the account is in credit), interest actual/360 for each calendar day. Above what deposit is the wire cheaper, ${CENTS}?`,
      show: money,
      figures: { wo, wi, a, i, o },
      key: be(wo + wi - a, i, 4, 360),
      wrong: [
        [be(wo + wi - a, i, 4, 365), 'uses a 365-day year'],
        [be(wo + wi - a, i, 3, 360), 'forgets the Monday holiday'],
        [be(wo + wi, i, 4, 360), 'does not subtract the ACH fee'],
        [be(wo + wi - a, o, 4, 360), 'uses the overdraft rate'],
        [be(wo + wi - a, i, 5, 360), 'counts the settlement day too'],
        [be(wo - a, i, 4, 360), 'leaves out the incoming wire fee'],
      ],
    }
  }),
  worked('netting-annual-transfer-cost-saved', (rng) => {
    const k = rng.int(4, 6)
    const m = rng.int(2 * k + 4, k * (k - 1))
    const p = rng.int(k + 1, Math.min(m - 1, (k * (k - 1)) / 2))
    const j = rng.int(1, k - 2)
    const w = rng.int(35, 60)
    const F = rng.int(20, 40)
    const saved = (pays: number, fee: number, months = 12) =>
      frac(12 * (m - pays) * w - months * fee)
    return {
      stem: `A group of ${k} subsidiaries settles ${m} intercompany invoice flows a month (between ${p} pairs of subsidiaries), each by a cross-border payment costing ${dol(w)}. Under multilateral netting each subsidiary instead makes or receives one payment a month to or from the netting centre (${j === 1 ? '1 is a net payer' : `${j} are net payers`} this month, the rest net receivers), each costing ${dol(w)}, and the netting service costs ${dol(F)} a month. Taking every month like this one, what does netting save a year in transfer costs, ${CENTS}?`,
      show: money,
      figures: { k, m, p, j, w, F },
      key: saved(k, F),
      wrong: [
        [saved(j, F), 'counts only the net payers’ payments'],
        [saved(k, 0), 'leaves out the netting fee'],
        [saved(k, F, 1), 'takes the netting fee once a year'],
        [saved(p, F), 'counts one payment for each pair (bilateral netting)'],
        [saved(2 * k, F), 'counts a payment in and out for each subsidiary'],
        [saved(k, k * F), 'charges the netting fee for each subsidiary'],
      ],
    }
  }),
  worked('multilateral-netting-receipt-of-a-net-receiver', (rng) => {
    const e = rng.int(10700, 11200)
    const g = rng.int(12300, 13200)
    const a = rng.int(400, 700) * 1000
    const b = rng.int(200, 400) * 1000
    const c = rng.int(80, 200) * 1000
    const d = rng.int(50, 150) * 1000
    const E = frac(e, 10000)
    const G = frac(g, 10000)
    const inEur = (x: number) => div1(x, E)
    const net = (gbp: Fraction, cc = c, dd = d) => sub(add(inEur(a), gbp), add(frac(cc), inEur(dd)))
    const gE = mul(b, div2(G, E))
    return {
      stem: `A group’s netting centre converts every invoice through US dollars at EUR/USD ${q4(e)} and GBP/USD ${q4(g)} (US dollars per unit) and pays each net receiver in its own currency. This month the German subsidiary is owed $${a.toLocaleString('en-US')} by the US subsidiary and £${b.toLocaleString('en-US')} by the UK subsidiary, and owes the UK subsidiary €${c.toLocaleString('en-US')} and the US subsidiary $${d.toLocaleString('en-US')}. What does the netting centre pay the German subsidiary, in euros ${CENTS}?`,
      show: (x) => `€${money(x).slice(1)}`,
      figures: { e, g, a, b, c, d },
      key: net(gE),
      wrong: [
        [net(gE, 0), 'leaves out its euro invoice to the UK subsidiary'],
        [net(gE, c, 0), 'leaves out its dollar invoice to the US subsidiary'],
        [net(mul(b, G)), 'converts the sterling at GBP/USD alone'],
        [net(mul(b, div2(E, G))), 'inverts the sterling cross rate'],
        [net(frac(b)), 'takes the sterling invoice at par'],
        [net(frac(0)), 'leaves out the UK subsidiary’s sterling invoice'],
      ],
    }
  }),
  worked('controlled-disbursement-float-net-annual-value', (rng) => {
    const D = rng.int(1000, 2000) * 1000
    const c1 = rng.int(1, 2)
    const c2 = c1 + rng.int(1, 2)
    const i = rng.int(400, 550)
    const ec = rng.int(200, 300)
    const f0 = rng.int(5, 10)
    const f = f0 + rng.int(8, 15)
    const N = rng.int(100, 300)
    const Fm = rng.int(250, 500)
    const value = (d: number, bp = i) => frac(D * d * bp, 10000)
    const fees = (perCheck: number, days: number, months: number) =>
      add(frac(perCheck * N * days, 100), frac(Fm * months))
    return {
      stem: `A company pays ${dol(D)} of checks a business day. Drawn on its local bank they clear ${c1} day${c1 > 1 ? 's' : ''} after mailing; drawn on a controlled disbursement account at a remote bank they would clear ${c2} days after (mail time is the same either way). The disbursement account costs ${dol(Fm)} a month and ${f} cents a check against ${f0} cents a check now, on ${N} checks a business day (250 business days a year). Float is worth the company’s investment rate of ${rt(i)} a year (each day of float a year’s interest on one day’s checks); the bank’s earnings credit rate is ${rt(ec)}. What is the net annual value of the move, ${CENTS}?`,
      show: money,
      figures: { D, c1, c2, i, ec, f0, f, N, Fm },
      key: sub(value(c2 - c1), fees(f - f0, 250, 12)),
      wrong: [
        [value(c2 - c1), 'leaves out the fees'],
        [sub(value(c2), fees(f - f0, 250, 12)), 'values all the remote clearing days'],
        [sub(value(c2 - c1), fees(f - f0, 250, 1)), 'takes the monthly fee once'],
        [sub(value(c2 - c1), fees(f, 250, 12)), 'charges the whole check fee, not the extra'],
        [sub(value(c2 - c1), fees(f - f0, 365, 12)), 'counts the check fee on 365 days'],
        [
          sub(value(c2 - c1, ec), fees(f - f0, 250, 12)),
          'values the float at the earnings credit rate',
        ],
      ],
    }
  }),
  worked('remote-deposit-capture-net-annual-benefit', (rng) => {
    const Lc = rng.int(3, 8)
    const V = rng.int(500, 1500) * 1000
    const c = rng.int(1, 2)
    const i = rng.int(400, 550)
    const K = rng.int(150, 300)
    const S = rng.int(30, 60)
    const e = rng.int(3, 6)
    const N = rng.int(200, 600)
    const gain = (days: number, courier: number, lease: number, itemDays: number) =>
      sub(
        add(frac(V * days * i, 10000), frac(12 * courier * K)),
        add(frac(12 * lease * S), frac(e * N * itemDays, 100)),
      )
    return {
      stem: `A company’s ${Lc} branches receive ${dol(V)} of customer checks a business day in all. Today the checks wait on average ${c} business day${c > 1 ? 's' : ''} for a courier (${dol(K)} a month per branch) to take them to the bank, which then gives one-day availability. Remote deposit capture would deposit them the day they arrive, with the same one-day availability, and end the courier; it costs a scanner lease of ${dol(S)} a month per branch and ${e} cents an item on ${N} items a business day (250 business days a year). Freed funds earn ${rt(i)} a year (each day of float a year’s interest on one day’s checks). What is the net annual benefit, ${CENTS}?`,
      show: money,
      figures: { Lc, V, c, i, K, S, e, N },
      key: gain(c, Lc, Lc, 250),
      wrong: [
        [gain(c, Lc, Lc, 0), 'leaves out the item fees'],
        [gain(c, Lc, 1, 250), 'counts the scanner lease for one branch'],
        [gain(c + 1, Lc, Lc, 250), 'counts the availability day as saved too'],
        [gain(c, 0, Lc, 250), 'leaves out the courier saving'],
        [gain(c, Lc, Lc, 365), 'counts the item fee on 365 days'],
        [gain(c, 1, Lc, 250), 'counts the courier saving for one branch'],
      ],
    }
  }),
  worked('zero-balancing-intercompany-interest-of-a-lending-participant', (rng) => {
    const P1 = rng.int(800, 1500) * 1000
    const P2 = P1 + rng.int(200, 800) * 1000
    const P3 = P2 + rng.int(200, 800) * 1000
    const base = rng.int(420, 520)
    const m = rng.int(25, 75)
    const int = (dp: number[], bp: number, basis = 360) =>
      frac((P1 * dp[0]! + P2 * dp[1]! + P3 * dp[2]!) * bp, 10000 * basis)
    return {
      stem: `In a group’s zero-balancing structure every end-of-day sweep is booked as an intercompany loan between the participant and the header. A participant in credit earns the base rate of ${rt(base)} less ${rt(m)}; one in debit pays the base rate plus ${rt(m)}; interest is simple, actual/360, on each day’s cumulative position. In a 31-day month one participant was a lender throughout: ${dol(P1)} for days 1–10, ${dol(P2)} for days 11–20 and ${dol(P3)} for days 21–31. What intercompany interest does it earn for the month, ${CENTS}?`,
      show: money,
      figures: { P1, P2, P3, base, m },
      key: int([10, 10, 11], base - m),
      wrong: [
        [int([0, 0, 31], base - m), 'uses the month-end position for every day'],
        [int([10, 10, 11], base + m), 'uses the borrowing rate'],
        [int([10, 10, 11], base), 'leaves out the margin'],
        [int([10, 10, 11], base - m, 365), 'uses a 365-day year'],
        [int([31, 0, 0], base - m), 'uses the opening position for every day'],
        [int([10, 10, 10], base - m), 'counts a 30-day month'],
      ],
    }
  }),
]

/** Whole currency units divided by a rate. */
function div1(x: number, rate: Fraction): Fraction {
  return frac(BigInt(x) * rate.d, rate.n)
}

/** One fraction divided by another. */
function div2(x: Fraction, y: Fraction): Fraction {
  return frac(x.n * y.d, x.d * y.n)
}

/** Cents as a stem writes dollars: 2550 → `$25.50`. */
function dol2(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`
}
