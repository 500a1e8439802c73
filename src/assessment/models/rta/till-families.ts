import {
  add,
  CENT,
  cts,
  div,
  dol,
  type Fraction,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  worked,
} from './rta-text.js'

// Tills, cash and card settlements as a shop's bookkeeper reconciles them. The slips are a float,
// refund, paid-out, paid-in or cash-back left out of the expected cash, a card fee on the wrong
// base or left out, a batch not yet settled counted or missed, a tax-inclusive figure booked as
// revenue, and a reconciling item put on the wrong side.

/** A card fee drawn in hundredths of a percent, as a rate and as a stem writes it. */
const bp = (b: number): Fraction => frac(b, 10000)
const bpText = (b: number): string => `${(b / 100).toFixed(2)}%`

export const TILL_FAMILIES = [
  worked('cash-short-against-the-z-report', (rng) => {
    const fl = rng.int(10, 30) * 1000
    const c = rng.int(800, 3000) * 100 + rng.int(0, 99)
    const rf = rng.int(20, 200) * 100 + rng.int(0, 99)
    const po = rng.int(10, 80) * 100
    const pi = rng.int(5, 20) * 100
    const cb = rng.int(20, 150) * 100
    const short = rng.int(300, 4000)
    if (pi >= short) rest()
    const exp = fl + c - rf - po + pi - cb
    const x = exp - short
    return {
      stem: `A shop’s till started the day with a ${cts(fl)} float. The Z report shows cash sales ${cts(c)} and cash refunds ${cts(rf)}; ${cts(po)} was paid out of the till for window cleaning, ${cts(pi)} of change was paid in from the safe, and customers took ${cts(cb)} of cash-back on card payments. The cash counted at close, float included, is ${cts(x)}. By how much is the till short, ${CENT}?`,
      show: money,
      figures: { fl, c, rf, po, pi, cb, x },
      key: frac(short, 100),
      wrong: [
        [frac(short + rf, 100), 'leaves the cash refunds out'],
        [frac(short + po, 100), 'leaves the paid-out out'],
        [frac(short + cb, 100), 'leaves the cash-back out'],
        [frac(short - pi, 100), 'leaves the change paid in out'],
        [
          frac(short + fl, 100),
          'takes the float out of the count but not out of the expected cash',
        ],
      ],
    }
  }),
  worked('card-settlement-net-of-a-blended-rate-and-refunds', (rng) => {
    const k = rng.int(5000, 30000) * 100
    const n = rng.int(300, 1500)
    const rf = rng.int(100, 1500) * 100
    const f = rng.int(140, 290)
    const c = rng.int(5, 25)
    const fee = add(mul(k, bp(f)), frac(n * c))
    const key = div(sub(sub(k, rf), fee), 100)
    return {
      stem: `A shop’s card processor charges ${bpText(f)} of gross card sales plus ${c}¢ a transaction, and does not return the percentage fee on refunds. In the month the shop took ${cts(k)} of card sales in ${n} transactions and refunded ${cts(rf)} to cards. What does the processor pay over for the month, ${CENT}?`,
      show: money,
      figures: { k, n, rf, f, c },
      key,
      wrong: [
        [
          div(sub(sub(k, rf), add(mul(k - rf, bp(f)), n * c)), 100),
          'takes the percentage fee on sales net of refunds',
        ],
        [div(sub(sub(k, rf), mul(k, bp(f))), 100), 'leaves the transaction fees out'],
        [div(sub(k, fee), 100), 'leaves the refunds out'],
        [
          div(sub(sub(k, rf), add(mul(k + rf, bp(f)), n * c)), 100),
          'takes the percentage fee on the refunds as well',
        ],
        [div(sub(k, rf), 100), 'leaves all the fees out'],
      ],
    }
  }),
  worked('interchange-plus-fees-for-the-month', (rng) => {
    const k = rng.int(200, 900) * 100
    const n = rng.int(800, 4000)
    const rfv = rng.int(10, 60) * 100
    const i = rng.int(90, 190)
    const s = rng.int(8, 20)
    const m = rng.int(15, 45)
    const c = rng.int(5, 15)
    const mo = rng.int(10, 40)
    const pcts = mul(k, bp(i + s + m))
    const key = add(pcts, frac(n * c, 100), mo)
    return {
      stem: `A shop is on interchange-plus pricing: interchange averaging ${bpText(i)}, scheme fees of ${bpText(s)} and a processor margin of ${bpText(m)}, all on card sales, plus ${c}¢ a transaction and a ${dol(mo)} monthly terminal fee. This month: card sales ${dol(k)} in ${n} transactions, and ${dol(rfv)} of refunds, which carry no fees. What are the month’s card fees, ${CENT}?`,
      show: money,
      figures: { k, n, rfv, i, s, m, c, mo },
      key,
      wrong: [
        [add(mul(k, bp(i + m)), frac(n * c, 100), mo), 'leaves the scheme fees out'],
        [add(pcts, mo), 'leaves the transaction fees out'],
        [
          add(mul(k, bp(i + s)), mul(k, bp(i), bp(m)), frac(n * c, 100), mo),
          'takes the processor margin as a share of interchange',
        ],
        [
          add(mul(k + rfv, bp(i + s + m)), frac(n * c, 100), mo),
          'takes the fees on sales and refunds',
        ],
        [add(pcts, frac(n * c, 100)), 'leaves the terminal fee out'],
      ],
    }
  }),
  worked('effective-card-fee-rate', (rng) => {
    const k = rng.int(300, 1500) * 100
    const rf = rng.int(10, 80) * 100
    const fp = rng.int(150, 260)
    const pf = Math.round((k * fp) / 10000)
    const ft = rng.int(50, 300)
    const mo = rng.int(15, 60)
    const fees = pf + ft + mo
    return {
      stem: `A shop’s card statement for the month: gross card sales ${dol(k)}, refunds ${dol(rf)}, percentage fees ${dol(pf)}, transaction fees ${dol(ft)} and a monthly fee of ${dol(mo)}. The shop measures its effective card fee rate as all fees over gross card sales. What is it, ${PCT2}?`,
      show: pct2,
      figures: { k, rf, pf, ft, mo },
      key: frac(fees, k),
      wrong: [
        [frac(fees, k - rf), 'divides by sales net of refunds'],
        [frac(fees, k - rf - fees), 'divides by the amount paid over'],
        [frac(pf + ft, k), 'leaves the monthly fee out'],
        [frac(pf, k), 'counts only the percentage fees'],
        [frac(pf + mo, k), 'leaves the transaction fees out'],
        [frac(fees, k - fees), 'divides by the sales net of fees'],
      ],
    }
  }),
  worked('card-clearing-balance-at-month-end', (rng) => {
    const b = [0, 0, 0, 0].map(() => rng.int(1500, 6000) * 100 + rng.int(0, 99))
    const f = rng.int(150, 280)
    return {
      stem: `A shop debits a card clearing account with each day’s gross card batch; each batch is settled two business days later, net of a ${bpText(f)} fee, when the clearing account is credited with the settlement and the fee. The last four business days of the month had batches of ${b.map((x) => cts(x)).join(', ')}, in date order, and every earlier batch has settled. What is the clearing account balance at month end, ${CENT}?`,
      show: money,
      figures: { b0: b[0]!, b1: b[1]!, b2: b[2]!, b3: b[3]!, f },
      key: frac(b[2]! + b[3]!, 100),
      wrong: [
        [
          mul(frac(b[2]! + b[3]!, 100), sub(1, bp(f))),
          'carries the unsettled batches net of the fee',
        ],
        [frac(b[3]!, 100), 'leaves only the last day unsettled'],
        [frac(b[1]! + b[2]! + b[3]!, 100), 'leaves the last three days unsettled'],
        [
          frac(b[1]! + b[2]!, 100),
          'counts the two days in transit back from the day before the month end',
        ],
      ],
    }
  }),
  worked('chargeback-debit-on-the-settlement', (rng) => {
    const a = rng.int(80, 900) * 100 + rng.int(0, 99)
    const cf = rng.int(15, 35) * 100
    const p = rng.int(150, 290)
    const orig = mul(a, bp(p))
    return {
      stem: `A customer disputes a ${cts(a)} card purchase and the shop loses the chargeback. The processor debits the sale amount and a ${cts(cf)} chargeback fee from the next settlement; the ${bpText(p)} processing fee on the original sale is not refunded. How much is debited from the settlement, ${CENT}?`,
      show: money,
      figures: { a, cf, p },
      key: frac(a + cf, 100),
      wrong: [
        [frac(a, 100), 'leaves the chargeback fee out'],
        [div(sub(a + cf, orig), 100), 'takes the original processing fee as refunded'],
        [div(add(a + cf, orig), 100), 'adds the original processing fee to the debit'],
        [div(sub(a, orig), 100), 'debits the sale net of its fee, with no chargeback fee'],
      ],
    }
  }),
  worked('net-sales-for-the-ledger-from-a-z-report', (rng) => {
    const v = rng.pick([5, 10, 15, 20, 25])
    const g = rng.int(2000, 9000) * 100 + rng.int(0, 99)
    const rt = rng.int(50, 400) * 100
    const d = rng.int(30, 300) * 100
    const net = g - rt - d
    return {
      stem: `A shop’s Z report shows gross sales of ${cts(g)} before discounts, discounts given ${cts(d)} and returns ${cts(rt)}, all including VAT at ${v}%. What net sales, excluding VAT, go to the sales ledger for the day, ${CENT}?`,
      show: money,
      figures: { v, g, rt, d },
      key: div(frac(net, 100), frac(100 + v, 100)),
      wrong: [
        [frac(net, 100), 'books the sales with the VAT in them'],
        [mul(frac(net, 100), pc(100 - v)), 'takes the VAT rate off the inclusive sales'],
        [div(frac(g - d, 100), frac(100 + v, 100)), 'leaves the returns in'],
        [div(frac(g - rt, 100), frac(100 + v, 100)), 'leaves the discounts in'],
        [
          sub(div(frac(g, 100), frac(100 + v, 100)), frac(rt + d, 100)),
          'takes the VAT out of the gross sales only',
        ],
      ],
    }
  }),
  worked('card-sales-revenue-excluding-cash-back-and-tips', (rng) => {
    const v = rng.pick([5, 10, 15, 20, 25])
    const b = rng.int(3000, 9000) * 100 + rng.int(0, 99)
    const cb = rng.int(50, 400) * 100
    const tip = rng.int(20, 200) * 100 + rng.int(0, 99)
    const base = b - cb - tip
    return {
      stem: `A café-bookshop’s card batch for the day is ${cts(b)}. It includes ${cts(cb)} of cash-back handed over at the till and ${cts(tip)} of tips owed to staff; the rest is sales including VAT at ${v}%. What sales revenue, excluding VAT, does the bookkeeper record, ${CENT}?`,
      show: money,
      figures: { v, b, cb, tip },
      key: div(frac(base, 100), frac(100 + v, 100)),
      wrong: [
        [div(frac(b - cb, 100), frac(100 + v, 100)), 'keeps the tips in the sales'],
        [div(frac(b - tip, 100), frac(100 + v, 100)), 'keeps the cash-back in the sales'],
        [frac(base, 100), 'leaves the VAT in'],
        [mul(frac(base, 100), pc(100 - v)), 'takes the VAT rate off the inclusive sales'],
      ],
    }
  }),
  worked('adjusted-bank-balance-on-the-reconciliation', (rng) => {
    const s = rng.int(5000, 40000) * 100 + rng.int(0, 99)
    const d = rng.int(800, 6000) * 100 + rng.int(0, 99)
    const o = rng.int(200, 4000) * 100
    const ch = rng.int(10, 90) * 100
    return {
      stem: `At month end a shop’s bank statement shows ${cts(s)}. The last day’s takings of ${cts(d)} were banked after the statement closed; cheques of ${cts(o)} paid to suppliers have not yet been presented; bank charges of ${cts(ch)} on the statement are not yet in the cash book. What is the adjusted bank balance, ${CENT}?`,
      show: money,
      figures: { s, d, o, ch },
      key: frac(s + d - o, 100),
      wrong: [
        [frac(s - o, 100), 'leaves the takings in transit out'],
        [frac(s + d, 100), 'leaves the unpresented cheques out'],
        [frac(s - d - o, 100), 'subtracts the takings in transit'],
        [frac(s + d + o, 100), 'adds the unpresented cheques'],
        [frac(s + d - o - ch, 100), 'takes the bank charges off the statement balance'],
      ],
    }
  }),
  worked('cash-book-balance-after-unrecorded-items', (rng) => {
    const bk = rng.int(5000, 40000) * 100 + rng.int(0, 99)
    const fc = rng.int(100, 900) * 100 + rng.int(0, 99)
    const ch = rng.int(10, 60) * 100
    const nsf = rng.int(50, 500) * 100
    const it = rng.int(5, 80) * 100 + rng.int(0, 99)
    return {
      stem: `A shop’s cash book shows ${cts(bk)}. The bank statement shows items not yet recorded: card processing fees ${cts(fc)}, bank charges ${cts(ch)}, a customer’s cheque of ${cts(nsf)} returned unpaid, and interest received of ${cts(it)}. What is the corrected cash book balance, ${CENT}?`,
      show: money,
      figures: { bk, fc, ch, nsf, it },
      key: frac(bk - fc - ch - nsf + it, 100),
      wrong: [
        [frac(bk - ch - nsf + it, 100), 'leaves the card fees out'],
        [frac(bk - fc - ch + it, 100), 'leaves the returned cheque out'],
        [frac(bk - fc - ch - nsf - it, 100), 'subtracts the interest'],
        [frac(bk + fc + ch + nsf + it, 100), 'adds every statement item'],
        [frac(bk - fc - ch - nsf, 100), 'leaves the interest out'],
      ],
    }
  }),
  worked('settlement-net-of-fees-by-card-type', (rng) => {
    const kd = rng.int(200, 800) * 100
    const kc = rng.int(100, 500) * 100
    const ka = rng.int(20, 150) * 100
    const fd = rng.int(30, 90)
    const fc = rng.int(150, 220)
    const fa = rng.int(250, 350)
    const tot = kd + kc + ka
    const fees = add(mul(kd, bp(fd)), mul(kc, bp(fc)), mul(ka, bp(fa)))
    return {
      stem: `A shop’s card sales for the week: debit cards ${dol(kd)} at a ${bpText(fd)} fee, credit cards ${dol(kc)} at ${bpText(fc)}, and charge cards ${dol(ka)} at ${bpText(fa)}. What is the week’s settlement net of fees, ${CENT}?`,
      show: money,
      figures: { kd, kc, ka, fd, fc, fa },
      key: sub(tot, fees),
      wrong: [
        [sub(tot, mul(tot, bp(fd))), 'takes the debit card rate on everything'],
        [sub(tot, mul(tot, bp(fc))), 'takes the credit card rate on everything'],
        [
          sub(tot, mul(tot, bp(fd + fc + fa), frac(1, 3))),
          'takes the plain average of the three rates on everything',
        ],
        [sub(tot, mul(tot, bp(fa))), 'takes the charge card rate on everything'],
      ],
    }
  }),
  worked('monday-deposit-of-the-weekend-batches', (rng) => {
    const fr = rng.int(2000, 6000) * 100 + rng.int(0, 99)
    const sa = rng.int(3000, 9000) * 100 + rng.int(0, 99)
    const su = rng.int(1500, 5000) * 100 + rng.int(0, 99)
    const f = rng.int(140, 280)
    const net = (x: number) => mul(frac(x, 100), sub(1, bp(f)))
    return {
      stem: `A shop’s card batches settle on the next business day, net of a ${bpText(f)} fee; Saturday and Sunday are not business days. Its batches were Friday ${cts(fr)}, Saturday ${cts(sa)} and Sunday ${cts(su)}. What card deposit should the bookkeeper expect on Monday, ${CENT}?`,
      show: money,
      figures: { fr, sa, su, f },
      key: net(fr + sa + su),
      wrong: [
        [net(su), 'expects only Sunday’s batch'],
        [frac(fr + sa + su, 100), 'expects the batches gross of the fee'],
        [net(sa + su), 'expects only the weekend batches'],
        [net(fr), 'expects only Friday’s batch'],
        [net(fr + sa), 'expects Friday’s and Saturday’s batches only'],
      ],
    }
  }),
  worked('cash-taken-with-five-cent-rounding', (rng) => {
    // Most totals end in a digit that rounds up, so rounding each sale and rounding the day differ.
    const xs = Array.from(
      { length: 6 },
      (_, i) => rng.int(10, 599) * 10 + rng.pick(i < 4 ? [3, 4, 8, 9] : [1, 2, 6, 7]),
    )
    const near5 = (c: number) => {
      const m = c % 5
      return m === 0 ? c : m <= 2 ? c - m : c + (5 - m)
    }
    const exact = xs.reduce((a, b) => a + b, 0)
    const rounded = xs.reduce((a, b) => a + near5(b), 0)
    if (rounded === near5(exact)) rest()
    return {
      stem: `A shop rounds each cash sale’s total to the nearest 5¢ (totals ending in 1, 2, 6 or 7 cents round down, 3, 4, 8 or 9 round up). The day’s cash sales before rounding were ${xs.map((x) => cts(x)).join(', ')}. How much cash should the till hold from these sales, ${CENT}?`,
      show: money,
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, x3: xs[3]!, x4: xs[4]!, x5: xs[5]! },
      key: frac(rounded, 100),
      wrong: [
        [frac(exact, 100), 'records the totals before rounding'],
        [frac(near5(exact), 100), 'rounds the day’s total once instead of each sale'],
        [
          frac(
            xs.reduce((a, b) => a + b - (b % 5), 0),
            100,
          ),
          'rounds every sale down',
        ],
        [
          frac(
            xs.reduce((a, b) => a + b + ((5 - (b % 5)) % 5), 0),
            100,
          ),
          'rounds every sale up',
        ],
      ],
    }
  }),
  worked('dollars-banked-for-foreign-notes-taken', (rng) => {
    const e = rng.int(10, 60) * 10
    const b = rng.int(100, 130)
    const q = b + rng.int(3, 10)
    const c = rng.int(1, 4)
    return {
      stem: `A shop near the border takes ${e} euros in notes, crediting customers at its till rate of $${(q / 100).toFixed(2)} per euro. Its bank buys euro notes at $${(b / 100).toFixed(2)} per euro and then takes a ${c}% commission on the dollars. How many dollars does the shop bank for the notes, ${CENT}?`,
      show: money,
      figures: { e, b, q, c },
      key: mul(e, frac(b, 100), pc(100 - c)),
      wrong: [
        [mul(e, frac(q, 100)), 'uses the shop’s till rate'],
        [mul(e, frac(b, 100)), 'leaves the commission out'],
        [mul(e, frac(q, 100), pc(100 - c)), 'uses the till rate less commission'],
        [mul(div(e, frac(b, 100)), pc(100 - c)), 'divides by the bank’s rate'],
        [
          sub(mul(e, frac(b, 100)), mul(e, frac(q, 100), pc(c))),
          'takes the commission on the dollars at the till rate',
        ],
      ],
    }
  }),
  worked('till-shortage-as-a-share-of-cash-sales', (rng) => {
    const c = rng.int(800, 3000) * 100
    const k = rng.int(1500, 6000) * 100
    const short = rng.int(300, 4000)
    const fl = rng.int(10, 30) * 1000
    return {
      stem: `A shop tracks till shortages as a percentage of cash sales. This week: cash sales ${cts(c)}, card sales ${cts(k)}, a ${cts(fl)} float in each day’s count, and cash short by ${cts(short)} in total. What is the shortage rate, ${PCT2}?`,
      show: pct2,
      figures: { c, k, short, fl },
      key: frac(short, c),
      wrong: [
        [frac(short, c + k), 'divides by all sales, card included'],
        [frac(short, c + fl), 'divides by the cash counted with the float'],
        [frac(short, c - short), 'divides by the cash actually held'],
        [frac(short, k), 'divides by the card sales'],
      ],
    }
  }),
  worked('expected-cash-in-the-safe', (rng) => {
    const s0 = rng.int(2500, 5000) * 100
    const dr = rng.int(1000, 6000) * 100
    const bk = rng.int(800, 1800) * 100
    const fl = rng.int(10, 60) * 1000
    const ch = rng.int(100, 800) * 100
    const key = s0 + dr + ch - bk - fl
    if (key <= 0) rest()
    return {
      stem: `A shop’s safe held ${cts(s0)} on Monday morning. During the week the tills dropped ${cts(dr)} into it, the cash-in-transit firm collected ${cts(bk)} for banking, ${cts(fl)} was taken out to make up till floats, and a change order of ${cts(ch)} was delivered into it. What should the safe hold at the end of the week, ${CENT}?`,
      show: money,
      figures: { s0, dr, bk, fl, ch },
      key: frac(key, 100),
      wrong: [
        [frac(key + fl, 100), 'leaves the floats taken out'],
        [frac(key - ch, 100), 'leaves the change order out'],
        [frac(key + bk, 100), 'leaves the banking collected in'],
        [frac(key - dr, 100), 'leaves the till drops out'],
      ],
    }
  }),
]
