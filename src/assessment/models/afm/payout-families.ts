import {
  add,
  CENT,
  cents,
  div,
  dollars,
  frac,
  mul,
  plain,
  rest,
  share,
  sub,
  tp,
  usd,
  worked,
} from './afm-text.js'

// Payouts. Stems state the threshold, the hold period and the day it counts from, the exchange
// rate and its direction, and the order withholding, fees and reserves are applied in, because
// the slips are a rate multiplied where it divides, a hold counted from the wrong day, pending
// commission paid early, a carried balance forgotten, and a fee taken before it is due.

const money = usd(2)
/** A drawn exchange rate in ten-thousandths: 10850 → `1.0850`. */
const fx = (x: number): string => (x / 10000).toFixed(4)

export const PAYOUT_FAMILIES = [
  worked('payout-with-a-carried-balance', (rng) => {
    const th = rng.pick([5000, 10000, 20000])
    const p = rng.int(1000, th - 500)
    const a = rng.int(th * 2, th * 5)
    const h = rng.int(2000, 20000)
    const r = rng.int(500, Math.floor(a / 4))
    return {
      stem: `A network pays approved commission once the balance reaches ${dollars(th)}; a smaller balance is carried to the next month. An affiliate carried ${dollars(p)} from last month; this month ${dollars(a)} was approved, ${dollars(h)} is still pending in the hold period, and ${dollars(r)} of earlier commission was reversed and comes off the balance. What is paid this month, ${CENT}?`,
      show: money,
      figures: { th, p, a, h, r },
      key: cents(p + a - r),
      wrong: [
        [cents(a - r), 'forgets the carried balance'],
        [cents(p + a + h - r), 'pays the pending commission'],
        [cents(p + a), 'ignores the reversal'],
        [cents(p + a - r - th), 'keeps the threshold back'],
        [cents(p + a + r), 'adds the reversal'],
        [cents(a), 'pays only this month’s approvals'],
      ],
    }
  }),
  worked('commission-locked-after-a-30-day-hold', (rng) => {
    const s = Array.from({ length: 4 }, () => rng.int(1000, 20000))
    const [s1, s2, s3, s4] = s as [number, number, number, number]
    const d1 = rng.int(1, 20)
    const d2 = rng.int(22, 30)
    const d4 = rng.int(3, 12)
    const t = rng.int(50, 150)
    return {
      stem: `A commission locks 30 days after its sale (a sale on April 10 locks on May 10), and on June 15 the network pays every commission locked by May 31. At ${tp(t)}, an affiliate’s sales were ${dollars(s1)} on April ${d1}, ${dollars(s2)} on April ${d2}, ${dollars(s3)} on May 1 and ${dollars(s4)} on May ${d4}. What is paid on June 15, ${CENT}?`,
      show: money,
      figures: { s1, s2, s3, s4, t },
      key: share(t, s1 + s2 + s3),
      wrong: [
        [share(t, s1 + s2), 'pays only April’s sales'],
        [share(t, s1 + s2 + s3 + s4), 'ignores the hold'],
        [share(t, s3 + s4), 'pays only May’s sales'],
        [share(t, s4), 'pays only the sale still inside its hold'],
      ],
    }
  }),
  worked('euro-commission-paid-in-dollars-less-a-fee', (rng) => {
    const e = rng.int(20000, 400000)
    const x = rng.int(10500, 12500)
    const f = rng.int(1, 4)
    return {
      stem: `A network pays an affiliate’s €${dollars(e).slice(1)} of commission in US dollars at €1 = $${fx(x)}, then deducts a ${f}% currency fee from the dollar amount. What does the affiliate receive, ${CENT}?`,
      show: money,
      figures: { e, x, f },
      key: mul(cents(e), frac(x, 10000), frac(100 - f, 100)),
      wrong: [
        [mul(cents(e), frac(10000, x), frac(100 - f, 100)), 'divides by the rate'],
        [mul(cents(e), frac(x, 10000)), 'leaves out the fee'],
        [mul(cents(e), frac(x, 10000), frac(100 + f, 100)), 'adds the fee'],
        [mul(cents(e), frac(10000, x)), 'divides by the rate and leaves out the fee'],
        [mul(cents(e), frac(x, 10000), frac(100 - 2 * f, 100)), 'takes the fee twice'],
        [
          div(mul(cents(e), frac(x, 10000)), frac(100 - f, 100)),
          'grosses the amount up by the fee',
        ],
      ],
    }
  }),
  worked('backup-withholding-then-a-transfer-fee', (rng) => {
    const g = rng.int(50000, 500000)
    const fee = rng.int(100, 3000)
    const w = rng.pick([24, 28, 30])
    return {
      stem: `An affiliate with no tax form on file earns ${dollars(g)}. The network withholds ${w}% of the gross commission and then deducts a ${dollars(fee)} transfer fee. What does the affiliate receive, ${CENT}?`,
      show: money,
      figures: { g, fee, w },
      key: sub(mul(cents(g), frac(100 - w, 100)), cents(fee)),
      wrong: [
        [mul(cents(g - fee), frac(100 - w, 100)), 'deducts the fee before withholding'],
        [cents(g - fee), 'leaves out the withholding'],
        [mul(cents(g), frac(100 - w, 100)), 'leaves out the fee'],
        [sub(mul(cents(g), frac(w, 100)), cents(fee)), 'pays the withheld share'],
        [
          sub(div(cents(g), frac(100 + w, 100)), cents(fee)),
          'divides by one plus the withholding rate',
        ],
        [sub(mul(cents(g), frac(100 - w, 100)), cents(2 * fee)), 'takes the fee twice'],
      ],
    }
  }),
  worked('days-from-sale-to-payment', (rng) => {
    const d = rng.int(2, 28)
    const net = rng.pick([30, 45, 60])
    const toMonthEnd = 31 - d
    return {
      stem: `A programme approves a commission at the end of the month after the month of the sale, then pays it net-${net}: ${net} days after approval. A sale is made on March ${d} (March has 31 days, April 30). How many days after the sale is it paid?`,
      show: plain(0, 'days'),
      figures: { d, net },
      key: frac(toMonthEnd + 30 + net),
      wrong: [
        [frac(net), 'counts the terms from the sale'],
        [frac(toMonthEnd + net), 'approves at the end of the month of sale'],
        [frac(30 + net), 'counts a whole month from the sale before the terms'],
        [frac(toMonthEnd + 30 + net + 31), 'approves a month later'],
        [frac(toMonthEnd + 30 + 2 * net), 'applies the terms twice'],
        [frac(31 + 30 + net), 'counts the whole of March'],
      ],
    }
  }),
  worked('capped-percentage-payment-fee', (rng) => {
    const x = rng.int(30000, 250000)
    const f = rng.int(2, 4)
    const cap = rng.pick([2000, 2500, 3000])
    const wire = rng.int(1500, 4500)
    const pf = mul(cents(x), frac(f, 100))
    const fee = Number(pf.n) * 100 < cap * Number(pf.d) ? pf : cents(cap)
    if (pf.n * 100n === BigInt(cap) * pf.d) return rest()
    return {
      stem: `An affiliate takes a ${dollars(x)} payout by an e-wallet that charges ${f}% of the payout, capped at ${dollars(cap)}; a bank wire would cost a flat ${dollars(wire)}. What does it receive by e-wallet, ${CENT}?`,
      show: money,
      figures: { x, f, cap, wire },
      key: sub(cents(x), fee),
      wrong: [
        [sub(cents(x), pf), 'ignores the cap'],
        [cents(x - cap), 'always charges the cap'],
        [cents(x - wire), 'charges the wire fee'],
        [cents(x), 'leaves out the fee'],
        [sub(cents(x - cap), pf), 'charges the cap and the percentage'],
      ],
    }
  }),
  worked('two-currencies-paid-in-dollars', (rng) => {
    const gb = rng.int(20000, 300000)
    const eu = rng.int(20000, 300000)
    const rg = rng.int(12200, 13800)
    const re = rng.int(10500, 11800)
    return {
      stem: `An affiliate earned £${dollars(gb).slice(1)} from a UK merchant and €${dollars(eu).slice(1)} from a German one. The network pays in US dollars at £1 = $${fx(rg)} and €1 = $${fx(re)}. What is the payout, ${CENT}?`,
      show: money,
      figures: { gb, eu, rg, re },
      key: add(mul(cents(gb), frac(rg, 10000)), mul(cents(eu), frac(re, 10000))),
      wrong: [
        [
          add(mul(cents(gb), frac(10000, rg)), mul(cents(eu), frac(10000, re))),
          'divides by both rates',
        ],
        [mul(cents(gb + eu), frac(rg, 10000)), 'converts both at the pound rate'],
        [mul(cents(gb + eu), frac(re, 10000)), 'converts both at the euro rate'],
        [
          add(mul(cents(gb), frac(re, 10000)), mul(cents(eu), frac(rg, 10000))),
          'swaps the two rates',
        ],
        [cents(gb + eu), 'adds the amounts without converting'],
        [
          add(mul(cents(gb), frac(rg, 10000)), mul(cents(eu), frac(10000, re))),
          'divides by the euro rate',
        ],
      ],
    }
  }),
  worked('sub-network-share-before-payout', (rng) => {
    const c = rng.int(50000, 500000)
    const k = rng.int(10, 30)
    const fee = rng.int(100, 2000)
    return {
      stem: `An affiliate joins a merchant through a sub-network that keeps ${k}% of the commission the merchant pays and deducts a ${dollars(fee)} payment fee from what is left. The merchant pays ${dollars(c)} of commission. What does the affiliate receive, ${CENT}?`,
      show: money,
      figures: { c, k, fee },
      key: sub(mul(cents(c), frac(100 - k, 100)), cents(fee)),
      wrong: [
        [sub(mul(cents(c), frac(k, 100)), cents(fee)), 'receives the sub-network’s share'],
        [cents(c - fee), 'leaves out the sub-network’s share'],
        [mul(cents(c), frac(100 - k, 100)), 'leaves out the fee'],
        [mul(cents(c - fee), frac(100 - k, 100)), 'deducts the fee first'],
        [sub(div(cents(c), frac(100 + k, 100)), cents(fee)), 'divides by one plus the share'],
        [add(mul(cents(c), frac(100 - k, 100)), cents(fee)), 'adds the fee'],
        [sub(mul(cents(c), frac(100 - 2 * k, 100)), cents(fee)), 'takes the share twice'],
      ],
    }
  }),
  worked('rolling-reserve-held-and-released', (rng) => {
    const now = rng.int(100000, 800000)
    const old = rng.int(100000, 800000)
    const rr = rng.int(5, 20)
    return {
      stem: `A merchant holds back ${rr}% of each month’s approved commission as a reserve and releases it three months later. This month an affiliate has ${dollars(now)} approved; three months ago it had ${dollars(old)} approved. What is paid this month, ${CENT}?`,
      show: money,
      figures: { now, old, rr },
      key: add(mul(cents(now), frac(100 - rr, 100)), mul(cents(old), frac(rr, 100))),
      wrong: [
        [mul(cents(now), frac(100 - rr, 100)), 'forgets the released reserve'],
        [add(cents(now), mul(cents(old), frac(rr, 100))), 'leaves out this month’s hold-back'],
        [
          add(mul(cents(now), frac(100 - rr, 100)), mul(cents(old), frac(100 - rr, 100))),
          'releases the paid part instead of the reserve',
        ],
        [cents(now), 'pays in full'],
        [mul(cents(now + old), frac(100 - rr, 100)), 'holds back from the release as well'],
        [
          sub(mul(cents(now), frac(100 - rr, 100)), mul(cents(old), frac(rr, 100))),
          'takes the release off',
        ],
      ],
    }
  }),
  worked('conversion-at-a-rate-with-a-spread', (rng) => {
    const d = rng.int(30000, 500000)
    const mid = rng.int(8500, 9500)
    const sp = rng.int(10, 30)
    return {
      stem: `A network pays a German affiliate’s $${dollars(d).slice(1)} in euros at the mid-market rate of $1 = €${fx(mid)} less a ${(sp / 10).toFixed(1)}% spread (so each dollar buys ${(sp / 10).toFixed(1)}% fewer euros). What does the affiliate receive, in euros ${CENT}?`,
      show: (x) => `€${usd(2)(x).slice(1)}`,
      figures: { d, mid, sp },
      key: mul(cents(d), frac(mid, 10000), frac(1000 - sp, 1000)),
      wrong: [
        [mul(cents(d), frac(mid, 10000)), 'leaves out the spread'],
        [mul(cents(d), frac(mid, 10000), frac(1000 + sp, 1000)), 'adds the spread'],
        [mul(cents(d), frac(10000, mid), frac(1000 - sp, 1000)), 'divides by the rate'],
        [mul(cents(d), frac(10000, mid)), 'divides by the rate and leaves out the spread'],
        [div(mul(cents(d), frac(mid, 10000)), frac(1000 + sp, 1000)), 'divides the spread out'],
      ],
    }
  }),
  worked('net-60-paid-by-the-end-of-june', (rng) => {
    const e = Array.from({ length: 6 }, () => rng.int(20000, 200000))
    const [e1, e2, e3, e4, e5, e6] = e as [number, number, number, number, number, number]
    return {
      stem: `A network pays each month’s commission net-60: commission earned in a month is paid at the end of the second month after it (January’s at the end of March). An affiliate earned ${e.map(dollars).join(', ')} in January to June. How much had been paid by the end of June, ${CENT}?`,
      show: money,
      figures: { e1, e2, e3, e4, e5, e6 },
      key: cents(e1 + e2 + e3 + e4),
      wrong: [
        [cents(e1 + e2 + e3), 'pays three months after'],
        [cents(e1 + e2 + e3 + e4 + e5), 'pays one month after'],
        [cents(e1 + e2 + e3 + e4 + e5 + e6), 'counts every month earned'],
        [cents(e1 + e2), 'counts sixty days as four months'],
        [cents(e3 + e4 + e5 + e6), 'pays the last four months'],
      ],
    }
  }),
  worked('vat-on-a-self-billed-invoice', (rng) => {
    const c = rng.int(50000, 500000)
    const v = rng.pick([19, 20, 21])
    const fee = rng.int(100, 1500)
    return {
      stem: `A network self-bills a VAT-registered affiliate: it adds ${v}% VAT to the ${dollars(c)} commission and then deducts a ${dollars(fee)} payment fee (no VAT on the fee). What does the affiliate receive, ${CENT}?`,
      show: money,
      figures: { c, v, fee },
      key: sub(mul(cents(c), frac(100 + v, 100)), cents(fee)),
      wrong: [
        [sub(mul(cents(c), frac(100 - v, 100)), cents(fee)), 'takes VAT off instead of adding it'],
        [cents(c - fee), 'leaves out VAT'],
        [mul(cents(c), frac(100 + v, 100)), 'leaves out the fee'],
        [mul(cents(c - fee), frac(100 + v, 100)), 'charges VAT after the fee'],
        [sub(div(cents(c), frac(100 - v, 100)), cents(fee)), 'grosses up by dividing'],
        [sub(div(cents(c), frac(100 + v, 100)), cents(fee)), 'divides VAT out of the commission'],
      ],
    }
  }),
  worked('threshold-over-four-months', (rng) => {
    const th = rng.pick([5000, 10000])
    const e1 = rng.int(1000, th - 1000)
    const e2 = rng.int(th - e1 + 100, th * 2)
    const e3 = rng.int(500, th - 1500)
    const e4 = rng.int(th - e3 + 200, th * 2)
    return {
      stem: `A network pays an affiliate’s whole balance at the end of any month it reaches ${dollars(th)}, and carries a smaller balance forward. The affiliate earns ${dollars(e1)}, ${dollars(e2)}, ${dollars(e3)} and ${dollars(e4)} in months 1 to 4. How much is paid at the end of month 4, ${CENT}?`,
      show: money,
      figures: { th, e1, e2, e3, e4 },
      key: cents(e3 + e4),
      wrong: [
        [cents(e4), 'forgets the balance carried from month 3'],
        [cents(e1 + e2 + e3 + e4), 'pays everything earned'],
        [cents(e2 + e3 + e4), 'carries month 2 as well'],
        [cents(e3 + e4 - th), 'keeps the threshold back'],
        [cents(e1 + e3 + e4), 'carries month 1 instead of paying it'],
        [cents(th), 'pays only the threshold amount'],
      ],
    }
  }),
  worked('clawback-converted-at-the-payment-rate', (rng) => {
    const a = rng.int(100000, 600000)
    const cb = rng.int(5000, 60000)
    const x = rng.int(10500, 12000)
    const xo = x + rng.int(-600, 600)
    if (Math.abs(x - xo) < 80) return rest()
    return {
      stem: `An affiliate is paid in dollars for euro commission. This month €${dollars(a).slice(1)} is approved, and €${dollars(cb).slice(1)} paid in an earlier month was reversed and is clawed back. The network nets the euros first and converts at this month’s rate, €1 = $${fx(x)} (the earlier payment was made at €1 = $${fx(xo)}). What is paid, ${CENT}?`,
      show: money,
      figures: { a, cb, x, xo },
      key: mul(cents(a - cb), frac(x, 10000)),
      wrong: [
        [
          sub(mul(cents(a), frac(x, 10000)), mul(cents(cb), frac(xo, 10000))),
          'converts the clawback at the earlier rate',
        ],
        [mul(cents(a), frac(x, 10000)), 'ignores the clawback'],
        [mul(cents(a - cb), frac(10000, x)), 'divides by the rate'],
        [
          sub(mul(cents(a), frac(x, 10000)), cents(cb)),
          'takes the clawback off in euros as dollars',
        ],
        [mul(cents(a + cb), frac(x, 10000)), 'adds the clawback'],
      ],
    }
  }),
  worked('treaty-rate-withholding', (rng) => {
    const g = rng.int(100000, 800000)
    // 0 % and 15 % would make the slips meet the key (30 − 15 = 15).
    const tr = rng.pick([5, 10])
    const fee = rng.int(100, 2500)
    return {
      stem: `A US network withholds 30% from a foreign affiliate’s commission unless the affiliate files a form claiming its treaty rate, here ${tr}%. The affiliate has filed the form. Its commission is ${dollars(g)}, and a ${dollars(fee)} wire fee comes off after withholding. What does it receive, ${CENT}?`,
      show: money,
      figures: { g, tr, fee },
      key: sub(mul(cents(g), frac(100 - tr, 100)), cents(fee)),
      wrong: [
        [sub(mul(cents(g), frac(70, 100)), cents(fee)), 'withholds the 30% rate'],
        [sub(mul(cents(g), frac(70 + tr, 100)), cents(fee)), 'withholds 30% less the treaty rate'],
        [cents(g - fee), 'withholds nothing'],
        [mul(cents(g - fee), frac(100 - tr, 100)), 'takes the fee off first'],
        [mul(cents(g), frac(100 - tr, 100)), 'leaves out the fee'],
      ],
    }
  }),
  worked('network-invoice-to-the-merchant', (rng) => {
    const c = rng.int(200000, 2000000)
    const ov = rng.int(20, 35)
    const fee = rng.int(20000, 100000)
    return {
      stem: `A network invoices a merchant for the month: the ${dollars(c)} of affiliate commission it will pass on, an override of ${ov}% of that commission, and a ${dollars(fee)} platform fee. What is the invoice, ${CENT}?`,
      show: money,
      figures: { c, ov, fee },
      key: add(mul(cents(c), frac(100 + ov, 100)), cents(fee)),
      wrong: [
        [add(cents(c), cents(fee)), 'leaves out the override'],
        [mul(cents(c), frac(100 + ov, 100)), 'leaves out the platform fee'],
        [add(mul(cents(c + fee), frac(100 + ov, 100))), 'charges the override on the fee too'],
        [
          add(mul(cents(c), frac(100 - ov, 100)), cents(fee)),
          'takes the override off the commission',
        ],
        [add(mul(cents(c), frac(100 + 2 * ov, 100)), cents(fee)), 'charges the override twice'],
        [add(mul(cents(c), frac(ov, 100)), cents(fee)), 'invoices only the network’s own charges'],
      ],
    }
  }),
]
