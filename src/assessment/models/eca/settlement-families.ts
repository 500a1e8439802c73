import {
  add,
  CENT,
  cents,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  pct,
  rest,
  sub,
  tenth,
  usd,
  worked,
} from './eca-text.js'

// Marketplace settlements and payment clearing as a bookkeeper posts them: sales booked gross
// with the marketplace's fees as expenses, payouts cleared through a clearing account, reserves
// held and released, fee credits on refunds and processor fees per order. The slips are the
// ones that show up in sellers' books: the payout booked as revenue, fees netted against sales,
// marketplace-collected tax taken as income, reserves treated as paid out and fees credited in full.

const money = usd(2)

export const SETTLEMENT_FAMILIES = [
  worked('revenue-booked-gross-from-a-settlement-report', (rng) => {
    const s = rng.int(8000, 40000) * 100
    const h = rng.int(300, 2500) * 100
    const t = rng.int(400, 2400) * 100
    const rf = rng.int(300, 2500) * 100
    const r = rng.int(1200, 5000) * 100
    const fba = rng.int(1500, 6000) * 100
    return {
      stem: `A marketplace settlement for the month shows product sales ${dollars(s)}, shipping credits charged to buyers ${dollars(h)}, sales tax collected and remitted by the marketplace as facilitator ${dollars(t)}, refunds to buyers ${dollars(rf)} (item and shipping, no tax), referral fees ${dollars(r)} and fulfilment fees ${dollars(fba)}. The seller books revenue gross, with fees as expenses. What net revenue (sales less refunds) is booked for the month, ${CENT}?`,
      show: money,
      figures: { s, h, t, rf, r, fba },
      key: cents(s + h - rf),
      wrong: [
        [cents(s + h - rf - r - fba), 'books the payout as revenue, netting the fees'],
        [cents(s + h - rf - r), 'nets the referral fees against sales'],
        [cents(s - rf), 'leaves out the shipping credits'],
        [cents(s + h + t - rf), 'counts the marketplace-collected tax as revenue'],
        [cents(s + h), 'ignores the refunds'],
      ],
    }
  }),
  worked('marketplace-clearing-balance-at-month-end', (rng) => {
    const o = rng.int(800, 4000) * 100
    const g = rng.int(20000, 60000) * 100
    const fe = Math.round((g * rng.int(25, 35)) / 100)
    const rf = rng.int(500, 3000) * 100
    const rs = rng.int(300, 1500) * 100
    const pd = g - fe - rf + o - rs - rng.int(4000, 9000) * 100
    if (pd <= 0) rest()
    return {
      stem: `A seller clears marketplace takings through a clearing account. It opened the month with ${dollars(o)} owed by the marketplace. In the month the seller posted sales of ${dollars(g)} (debit clearing), fees of ${dollars(fe)} and refunds of ${dollars(rf)} (both credit clearing), and payouts received in the bank of ${dollars(pd)}. Of what the marketplace still owes, ${dollars(rs)} is a reserve it holds back from the seller. What is the clearing account's debit balance at month end, ${CENT}?`,
      show: money,
      figures: { o, g, fe, rf, rs, pd },
      key: cents(o + g - fe - rf - pd),
      wrong: [
        [cents(g - fe - rf - pd), 'leaves out the opening balance'],
        [cents(o + g - fe - rf - pd - rs), 'treats the reserve held back as paid out'],
        [cents(o + g - fe - pd), 'leaves out the refunds'],
        [cents(o + g - pd), 'posts the payouts but not the fees and refunds'],
      ],
    }
  }),
  worked('payout-after-a-reserve-held-and-one-released', (rng) => {
    const s = rng.int(10000, 40000) * 100
    const f = Math.round((s * rng.int(12, 18)) / 100)
    const rf = rng.int(500, 2500) * 100
    const held = rng.int(800, 3000) * 100
    const rel = rng.int(500, 3000) * 100
    if (held === rel) rest()
    return {
      stem: `A settlement period shows sales ${dollars(s)}, fees ${dollars(f)} and refunds ${dollars(rf)}. The marketplace holds back a reserve of ${dollars(held)} from this period and releases the ${dollars(rel)} reserve it held from the last period. What is paid out to the seller's bank, ${CENT}?`,
      show: money,
      figures: { s, f, rf, held, rel },
      key: cents(s - f - rf - held + rel),
      wrong: [
        [cents(s - f - rf - held), 'leaves out the reserve released'],
        [cents(s - f - rf), 'ignores both reserve movements'],
        [cents(s - f - rf + held - rel), 'adds the reserve held and deducts the one released'],
        [cents(s - f - held + rel), 'leaves out the refunds'],
        [cents(s - rf - held + rel), 'leaves out the fees'],
      ],
    }
  }),
  worked('referral-fees-net-of-refund-credits-less-an-admin-charge', (rng) => {
    const s = rng.int(10000, 50000) * 100
    const rf = rng.int(800, 5000) * 100
    const p = rng.pick([8, 12, 15])
    const a = rng.pick([20, 25])
    return {
      stem: `A seller's sales for the month were ${dollars(s)} and refunds ${dollars(rf)}. The marketplace charges a referral fee of ${p}% of the sale price; on a refund it credits the referral fee back less a refund administration charge of ${a}% of the fee it credits back. What referral fee expense is booked for the month, ${CENT}?`,
      show: money,
      figures: { s, rf, p, a },
      key: sub(mul(cents(s), frac(p, 100)), mul(cents(rf), frac(p * (100 - a), 10000))),
      wrong: [
        [mul(cents(s), frac(p, 100)), 'books the fee on sales with no refund credit'],
        [mul(cents(s - rf), frac(p, 100)), 'credits the refunded fee back in full'],
        [
          sub(mul(cents(s), frac(p, 100)), mul(cents(rf), frac(p * a, 10000))),
          'credits back only the admin charge share',
        ],
        [
          add(mul(cents(s), frac(p, 100)), mul(cents(rf), frac(p * a, 10000))),
          'books the admin charge as a fee but misses the credit',
        ],
      ],
    }
  }),
  worked('gross-sales-grossed-up-from-a-processor-payout', (rng) => {
    const k = rng.int(8, 60) * 10
    const p = rng.pick([25, 29, 34])
    const fx = rng.pick([25, 30])
    const avg = rng.int(30, 120) * 100
    const g = k * avg
    // Whole orders of whole tens of dollars keep the percentage fee, and so the payout, in cents.
    const pcn = g - (g * p) / 1000 - k * fx
    // Last month's sales were paid out already; the reserve released with them is not this month's.
    const rel = rng.int(20, 200) * 1000
    return {
      stem: `A payment processor paid out ${dollars(pcn + rel)} for ${n(k)} orders, with no refunds; the payout also released ${dollars(rel)} of a rolling reserve it had held back from last month's payouts. It charges ${tenth(p)} of each order plus ${dollars(fx)} per order, deducted before payout. What gross sales does the bookkeeper record for these orders, ${CENT}?`,
      show: money,
      figures: { k, p, fx, pcn, rel },
      key: div(add(cents(pcn), cents(k * fx)), frac(1000 - p, 1000)),
      wrong: [
        [cents(pcn + rel), 'books the payout, reserve and all, as the sales'],
        [add(cents(pcn), cents(k * fx)), 'adds back only the fixed fees'],
        [
          add(mul(cents(pcn), frac(1000 + p, 1000)), cents(k * fx)),
          'adds the percentage on the payout, not on the sales',
        ],
        [
          div(add(cents(pcn + rel), cents(k * fx)), frac(1000 - p, 1000)),
          'grosses up the released reserve as if it were this month’s sales',
        ],
      ],
    }
  }),
  worked('processor-fees-expensed-including-those-kept-on-refunds', (rng) => {
    const k = rng.int(100, 800)
    const g = k * rng.int(3000, 9000)
    const j = rng.int(5, Math.floor(k / 8))
    const rfv = j * rng.int(3000, 9000)
    const p = rng.pick([25, 29, 30])
    const fx = rng.pick([25, 30])
    return {
      stem: `In the month a store took ${n(k)} card orders worth ${dollars(g)} and refunded ${n(j)} of them in full, ${dollars(rfv)}. The processor charges ${tenth(p)} plus ${dollars(fx)} per order and keeps its fees on refunded orders, returning nothing. What processing fee expense is booked for the month, ${CENT}?`,
      show: money,
      figures: { k, g, j, rfv, p, fx },
      key: add(mul(cents(g), frac(p, 1000)), cents(k * fx)),
      wrong: [
        [
          add(mul(cents(g - rfv), frac(p, 1000)), cents((k - j) * fx)),
          'assumes fees on refunded orders come back',
        ],
        [
          add(mul(cents(g - rfv), frac(p, 1000)), cents(k * fx)),
          'assumes the percentage comes back on refunds',
        ],
        [mul(cents(g), frac(p, 1000)), 'leaves out the per-order fee'],
        [
          add(mul(cents(g + rfv), frac(p, 1000)), cents((k + j) * fx)),
          'charges fees on the refunds as new transactions',
        ],
      ],
    }
  }),
  worked('fees-as-a-share-of-gross-sales-on-a-settlement', (rng) => {
    const s = rng.int(10000, 40000) * 100
    const h = rng.int(500, 2500) * 100
    const r = Math.round(s * 0.15)
    const fba = rng.int(1500, 6000) * 100
    const st = rng.int(100, 800) * 100
    return {
      stem: `A settlement shows product sales ${dollars(s)}, shipping credits ${dollars(h)}, referral fees ${dollars(r)}, fulfilment fees ${dollars(fba)} and storage fees ${dollars(st)}. What are the marketplace's total fees as a share of gross sales (product sales plus shipping credits), ${PCT1}?`,
      show: pct(1),
      figures: { s, h, r, fba, st },
      key: div(cents(r + fba + st), cents(s + h)),
      wrong: [
        [div(cents(r + fba + st), cents(s)), 'divides by product sales only'],
        [div(cents(r + fba), cents(s + h)), 'leaves out the storage fees'],
        [div(cents(r + fba + st), cents(s + h - r - fba - st)), 'divides by the payout'],
        [div(cents(r), cents(s + h)), 'counts only the referral fees'],
      ],
    }
  }),
  worked('bank-deposit-matched-to-a-settlement-with-a-debt-recovery', (rng) => {
    const s = rng.int(10000, 40000) * 100
    const f = Math.round((s * rng.int(25, 35)) / 100)
    const rf = rng.int(500, 3000) * 100
    const neg = rng.int(200, 1500) * 100
    const ad = rng.int(300, 2000) * 100
    return {
      stem: `A marketplace settlement shows sales ${dollars(s)}, fees ${dollars(f)} and refunds ${dollars(rf)}. The marketplace also deducts advertising charges of ${dollars(ad)} and recovers a ${dollars(neg)} negative balance the seller owed from the last settlement. What deposit should the bookkeeper expect in the bank, ${CENT}?`,
      show: money,
      figures: { s, f, rf, neg, ad },
      key: cents(s - f - rf - ad - neg),
      wrong: [
        [cents(s - f - rf - ad), 'forgets the recovered negative balance'],
        [cents(s - f - rf - neg), 'forgets the advertising deducted from the payout'],
        [cents(s - f - rf - ad + neg), 'adds the recovered balance instead of deducting it'],
        [cents(s - f - ad - neg), 'leaves out the refunds'],
      ],
    }
  }),
  worked('unremitted-payout-in-transit-at-month-end', (rng) => {
    const d = rng.pick([3, 4, 5])
    const per = rng.int(2000, 8000) * 100
    const last = rng.int(500, 5000) * 100
    return {
      stem: `A processor pays out each day's net takings ${d} business days later. Net takings for the last ${d} business days of the month were ${dollars(per)} each, apart from the final day's ${dollars(last)}; none of these had reached the bank by month end. What payouts in transit does the bookkeeper show at month end, ${CENT}?`,
      show: money,
      figures: { d, per, last },
      key: cents(per * (d - 1) + last),
      wrong: [
        [cents(per * d), 'takes every day at the usual takings'],
        [cents(per * (d - 1)), 'leaves out the final day'],
        [cents(per * (d - 2) + last), 'counts one business day fewer'],
        [cents(per * d + last), 'counts one business day more'],
        [cents(last), 'counts only the final day’s payout'],
      ],
    }
  }),
  worked('fee-credit-on-a-refund-of-a-fulfilled-order', (rng) => {
    const p = rng.int(2000, 15000)
    const ref = rng.pick([8, 12, 15])
    const ff = rng.int(300, 900)
    const a = rng.pick([20, 25])
    const cap = 500
    const adm = Math.min(cap, Math.round((p * ref * a) / 10000))
    if (adm === cap) rest()
    return {
      stem: `A ${dollars(p)} marketplace order is refunded in full. At sale the marketplace charged a ${ref}% referral fee and a ${dollars(ff)} fulfilment fee. On the refund it returns the referral fee less an admin charge of ${a}% of that fee (at most $5.00) and does not return the fulfilment fee. What fee cost does the seller bear on this order in the end, ${CENT}?`,
      show: money,
      figures: { p, ref, ff, a },
      key: add(mul(cents(p), frac(ref * a, 10000)), cents(ff)),
      wrong: [
        [add(mul(cents(p), frac(ref, 100)), cents(ff)), 'assumes no fee comes back'],
        [cents(ff), 'forgets the admin charge'],
        [mul(cents(p), frac(ref * a, 10000)), 'assumes the fulfilment fee comes back'],
        [
          add(mul(cents(p), frac(ref * (100 - a), 10000)), cents(ff)),
          'keeps the credited share, not the admin charge',
        ],
        [
          add(mul(cents(p), frac(ref * (100 + a), 10000)), cents(ff)),
          'adds the admin charge to the whole fee kept',
        ],
      ],
    }
  }),
  worked('shopify-payout-to-match-with-a-currency-conversion-fee', (rng) => {
    const g = rng.int(5000, 30000) * 100
    const fo = rng.int(15, 40) * 10000
    const p = rng.pick([25, 29])
    const fx = rng.pick([25, 30])
    const k = rng.int(60, 300)
    const cc = rng.pick([10, 15, 20])
    return {
      stem: `A store's card takings for a day were ${dollars(g)} from ${n(k)} orders; ${dollars(fo)} of that came from orders paid in a foreign currency. The processor charges ${tenth(p)} plus ${dollars(fx)} per order on all orders, and a further ${tenth(cc)} currency conversion fee on the foreign-currency orders only. What payout should arrive for the day, ${CENT}?`,
      show: money,
      figures: { g, fo, p, fx, k, cc },
      key: sub(
        sub(mul(cents(g), frac(1000 - p, 1000)), cents(k * fx)),
        mul(cents(fo), frac(cc, 1000)),
      ),
      wrong: [
        [sub(mul(cents(g), frac(1000 - p, 1000)), cents(k * fx)), 'leaves out the conversion fee'],
        [
          sub(
            sub(mul(cents(g), frac(1000 - p, 1000)), cents(k * fx)),
            mul(cents(g), frac(cc, 1000)),
          ),
          'takes the conversion fee on all takings',
        ],
        [
          sub(mul(cents(g), frac(1000 - p, 1000)), mul(cents(fo), frac(cc, 1000))),
          'leaves out the per-order fees',
        ],
        [
          sub(
            sub(mul(cents(g - fo), frac(1000 - p, 1000)), cents(k * fx)),
            mul(cents(fo), frac(cc - 1000, 1000)),
          ),
          'charges the conversion fee instead of the card rate on foreign orders',
        ],
      ],
    }
  }),
  worked('marketplace-reimbursement-for-lost-stock-booked-as-income', (rng) => {
    const u = rng.int(4, 40)
    const c = rng.int(500, 3000)
    const rp = c + rng.int(200, 2000)
    const sp = rp + rng.int(300, 2500)
    return {
      stem: `A fulfilment centre lost ${n(u)} of a seller's units, each carried at a cost of ${dollars(c)} and listed at ${dollars(sp)}. The marketplace reimburses ${dollars(rp)} a unit. The seller writes the lost units off at cost and books the reimbursement as other income. What is the net gain shown on the loss and reimbursement, ${CENT}?`,
      show: money,
      figures: { u, c, rp, sp },
      key: cents(u * (rp - c)),
      wrong: [
        [cents(u * rp), 'books the reimbursement without writing off the units'],
        [cents(u * (sp - rp)), 'measures the shortfall against the list price'],
        [cents(u * c), 'shows only the cost written off'],
        [cents(u * (sp - c)), 'takes the lost list price less cost as the gain'],
      ],
    }
  }),
  worked('chargeback-posted-to-clearing-with-a-dispute-fee', (rng) => {
    const b = rng.int(5000, 20000) * 100
    const cb = rng.int(50, 500) * 100
    const df = rng.pick([1500, 2000])
    const won = rng.int(20, 300) * 100
    if (won >= cb) rest()
    return {
      stem: `A store's processor balance stood at ${dollars(b)} owed to the store. A ${dollars(cb)} chargeback is debited with a ${dollars(df)} dispute fee, and a ${dollars(won)} chargeback from last month is won and credited back (its dispute fee is not refunded). What balance does the processor owe after these entries, ${CENT}?`,
      show: money,
      figures: { b, cb, df, won },
      key: cents(b - cb - df + won),
      wrong: [
        [cents(b - cb + won), 'leaves out the dispute fee'],
        [cents(b - cb - df), 'leaves out the chargeback won'],
        [cents(b - cb), 'leaves out the dispute fee and the chargeback won'],
        [cents(b - cb - df - won), 'deducts the won chargeback again instead of adding it back'],
      ],
    }
  }),
  worked('referral-fee-on-the-total-sales-price-with-a-per-unit-minimum', (rng) => {
    const k = rng.int(40, 300)
    const j = rng.int(10, 60)
    const p = rng.int(1800, 6000)
    const lo = rng.int(199, 399)
    const h = rng.int(99, 199)
    const rate = 15
    const min = 100
    return {
      stem: `A seller sold ${n(k)} units at ${dollars(p)} and ${n(j)} units at ${dollars(lo)}, each unit with ${dollars(h)} shipping charged to the buyer. The marketplace's referral fee is ${rate}% of the total sales price (item plus shipping) or ${dollars(min)} per unit, whichever is greater. What referral fees are booked, ${CENT}?`,
      show: money,
      figures: { k, j, p, lo, h },
      key: add(mul(cents(k * (p + h)), frac(rate, 100)), cents(j * min)),
      wrong: [
        [mul(cents(k * (p + h) + j * (lo + h)), frac(rate, 100)), 'ignores the per-unit minimum'],
        [
          add(mul(cents(k * p), frac(rate, 100)), cents(j * min)),
          'charges the fee on items only, not shipping',
        ],
        [mul(cents(k * (p + h)), frac(rate, 100)), 'leaves out the cheaper units'],
        [
          add(mul(cents(k * (p + h) + j * (lo + h)), frac(rate, 100)), cents(j * min)),
          'adds the minimum on top of the percentage',
        ],
      ],
    }
  }),
  worked('effective-fee-rate-per-order-after-refunds', (rng) => {
    const k = rng.int(200, 900)
    const avg = rng.int(2500, 8000)
    const p = rng.pick([25, 29, 30])
    const fx = rng.pick([25, 30])
    const j = rng.int(10, Math.floor(k / 6))
    const g = k * avg
    const fees = add(mul(cents(g), frac(p, 1000)), cents(k * fx))
    return {
      stem: `A store took ${n(k)} card orders averaging ${dollars(avg)} and refunded ${n(j)} of them in full. The processor charged ${tenth(p)} plus ${dollars(fx)} per order and returned no fees on refunds. What were processing fees as a share of net sales (sales less refunds), ${PCT1}?`,
      show: pct(1),
      figures: { k, avg, p, fx, j },
      key: div(fees, cents((k - j) * avg)),
      wrong: [
        [div(fees, cents(g)), 'divides by gross sales'],
        [frac(p, 1000), 'quotes the headline percentage'],
        [div(mul(cents(g), frac(p, 1000)), cents((k - j) * avg)), 'leaves out the per-order fees'],
        [
          div(
            add(mul(cents((k - j) * avg), frac(p, 1000)), cents((k - j) * fx)),
            cents((k - j) * avg),
          ),
          'counts fees only on orders kept',
        ],
      ],
    }
  }),
  worked('marketplace-liability-when-a-settlement-is-negative', (rng) => {
    const s = rng.int(1000, 5000) * 100
    const rf = rng.int(800, 4000) * 100
    const f = rng.int(1500, 5000) * 100
    const st = rng.int(500, 2500) * 100
    if (s - rf - f - st >= 0) rest()
    return {
      stem: `In a slow month a marketplace settlement shows sales ${dollars(s)}, refunds ${dollars(rf)}, fees ${dollars(f)} and long-term storage fees ${dollars(st)}. There was no opening balance, and nothing was paid out. The marketplace will charge the shortfall to the seller's card. What does the seller owe the marketplace at month end, ${CENT}?`,
      show: money,
      figures: { s, rf, f, st },
      key: cents(rf + f + st - s),
      wrong: [
        [cents(rf + f - s), 'leaves out the storage fees'],
        [cents(f + st), 'counts only the fees'],
        [cents(rf + f + st), 'ignores the sales in the period'],
        [cents(rf + f + st + s), 'adds the sales to what is owed instead of setting them off'],
      ],
    }
  }),
]
