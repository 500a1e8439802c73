import {
  count,
  dollars,
  frac,
  lessBp,
  minus,
  ofBp,
  over,
  pct,
  percent1,
  plus,
  TO_CENT,
  times,
  usd,
  w,
  worked,
} from './opr-text.js'

// Order records and reconciliation: matching orders to a payout (commission, payment fees,
// refunds, reserves), counts from an order export, numbering sequences and duplicate checks, and
// which status changes a stated workflow allows. Every rule the count or the sum uses is stated.

const orders = count('orders')

export const RECORDS_FAMILIES = [
  worked('payout-after-commission-fees-and-refunds', (rng) => {
    const [g, k, n, f, rf] = [
      dollars(rng, 800, 6000),
      rng.int(8, 15) * 100,
      rng.int(20, 90),
      rng.pick([25, 30, 35]),
      dollars(rng, 20, 200),
    ]
    const fees = plus(ofBp(w(g), k), w(n * f))
    return {
      stem: `A marketplace’s weekly statement shows ${n} orders with gross sales of ${usd(w(g))}. It deducts ${pct(k)} commission on gross sales and a ${usd(w(f))} fee per order, and a ${usd(w(rf))} customer refund was paid out of the balance (its commission is not returned). What is the payout, ${TO_CENT}?`,
      inputs: { g, k, n, f, rf },
      key: minus(minus(w(g), fees), w(rf)),
      wrong: [
        [
          minus(minus(w(g), ofBp(w(g), k)), w(f + rf)),
          'takes the per-order fee once, not per order',
        ],
        [minus(w(g), fees), 'forgets the refund'],
        [
          minus(minus(w(g), ofBp(w(g - rf), k)), w(n * f + rf)),
          'works the commission on sales net of the refund',
        ],
        [minus(lessBp(w(g), k), w(rf)), 'leaves out the per-order fees'],
      ],
    }
  }),
  worked('commission-on-item-price-and-shipping', (rng) => {
    const [p, sh, k] = [dollars(rng, 15, 250), rng.int(4, 12) * 100 - 1, rng.int(8, 15) * 100]
    return {
      stem: `A marketplace charges ${pct(k)} commission on the total the buyer pays for an item, shipping included. A sale is ${usd(w(p))} for the item and ${usd(w(sh))} shipping. What does the seller receive after commission, ${TO_CENT}?`,
      inputs: { p, sh, k },
      key: lessBp(w(p + sh), k),
      wrong: [
        [plus(lessBp(w(p), k), w(sh)), 'takes commission on the item price only'],
        [ofBp(w(p + sh), k), 'gives the commission, not what the seller receives'],
        [lessBp(w(p), k), 'leaves out the shipping the buyer paid'],
        [w(p + sh), 'forgets the commission'],
      ],
    }
  }),
  worked('missing-invoice-numbers-in-a-range', (rng) => {
    const a = rng.int(1000, 8000)
    const b = a + rng.int(40, 200)
    const m = b - a + 1 - rng.int(3, 14)
    return {
      stem: `Invoices are numbered in an unbroken sequence. This month’s run is INV-${a} to INV-${b}, both included, and the accounts folder holds ${m} of them. How many invoices are missing from the folder?`,
      show: count('invoices'),
      inputs: { a, b, m },
      key: w(b - a + 1 - m),
      wrong: [
        [w(b - a - m), 'leaves one end out of the count'],
        [w(b - a + 1), 'gives the invoices in the run'],
        [w(b - a + 2 - m), 'adds one for each end of the run'],
        [w(b - a - 1 - m), 'counts only the numbers strictly between'],
        [w(m), 'gives the invoices held'],
      ],
    }
  }),
  worked('unique-orders-after-duplicates', (rng) => {
    const [n, pairs, triples] = [rng.int(120, 400), rng.int(3, 12), rng.int(1, 4)]
    return {
      stem: `An order export has ${n} rows. A duplicate check (same customer, same items, same amount, within ten minutes) finds ${pairs} orders that appear twice and ${triples} that appear three times; every other row is a distinct order. How many distinct orders are there?`,
      show: orders,
      inputs: { n, pairs, triples },
      key: w(n - pairs - 2 * triples),
      wrong: [
        [w(n - 2 * pairs - 3 * triples), 'removes every copy, including the one to keep'],
        [w(n - pairs - triples), 'removes one copy of each triple, not two'],
        [w(n), 'keeps the duplicates'],
        [w(n - pairs), 'removes the pairs’ copies and forgets the triples'],
        [w(n - 2 * pairs - 2 * triples), 'removes both copies of each pair'],
        [w(n - pairs - 3 * triples), 'removes all three copies of each triple'],
      ],
    }
  }),
  worked('orders-awaiting-dispatch-from-status-counts', (rng) => {
    const [pending, paid, hold, picked, shipped, cancelled] = [
      rng.int(5, 40),
      rng.int(20, 90),
      rng.int(2, 10),
      rng.int(5, 30),
      rng.int(100, 300),
      rng.int(3, 15),
    ]
    return {
      stem: `Today’s status counts are: pending payment ${pending}, paid ${paid}, paid but on hold ${hold} (counted only as on hold), picked and packed ${picked}, shipped ${shipped}, cancelled ${cancelled}. Orders awaiting dispatch are those paid or picked and packed, not on hold. How many orders await dispatch?`,
      show: orders,
      inputs: { pending, paid, hold, picked, shipped, cancelled },
      key: w(paid + picked),
      wrong: [
        [w(paid + picked + hold), 'counts the orders on hold'],
        [w(paid + picked + pending), 'counts the orders not yet paid'],
        [w(paid), 'leaves out the picked and packed orders'],
        [w(paid + picked - hold), 'takes the on-hold orders off again'],
      ],
    }
  }),
  worked('net-sales-excluding-tax-and-refunds', (rng) => {
    const [g, t, d, rf] = [
      dollars(rng, 3000, 20000),
      rng.int(20, 100) * 25,
      dollars(rng, 100, 900),
      dollars(rng, 100, 900),
    ]
    const taxed = (x: number) => over(w(x), frac(10000 + t, 10000))
    return {
      stem: `The month’s export shows gross sales of ${usd(w(g))}, discounts of ${usd(w(d))} and refunds of ${usd(w(rf))}, all including ${pct(t)} tax (every sale taxed at that rate). Net sales are gross less discounts and refunds, before tax. What are net sales, ${TO_CENT}?`,
      inputs: { g, t, d, rf },
      key: taxed(g - d - rf),
      wrong: [
        [w(g - d - rf), 'leaves the tax in'],
        [lessBp(w(g - d - rf), t), 'takes the tax rate off the tax-inclusive figure'],
        [taxed(g - d), 'forgets the refunds'],
        [minus(taxed(g), w(d + rf)), 'takes the tax out of gross sales only'],
        [
          minus(taxed(g - d), w(rf)),
          'takes the tax out of gross and discounts but not the refunds',
        ],
      ],
    }
  }),
  worked('average-order-value-excluding-cancelled', (rng) => {
    const [n, c, rev, can, t] = [
      rng.int(80, 300),
      rng.int(4, 20),
      dollars(rng, 4000, 20000),
      dollars(rng, 200, 1500),
      rng.int(20, 100) * 25,
    ]
    return {
      stem: `An export lists ${n} orders worth ${usd(w(rev))} before tax, of which ${c} orders worth ${usd(w(can))} were cancelled. Average order value is the value of orders not cancelled, before tax, divided by their number; tax was ${pct(t)}. What is the average order value, ${TO_CENT}?`,
      inputs: { n, c, rev, can, t },
      key: over(w(rev - can), w(n - c)),
      wrong: [
        [over(w(rev), w(n)), 'keeps the cancelled orders'],
        [over(w(rev - can), w(n)), 'takes the cancelled value off but not their count'],
        [over(w(rev), w(n - c)), 'takes the cancelled count off but not their value'],
        [times(over(w(rev - can), w(n - c)), frac(10000 + t, 10000)), 'adds the tax'],
      ],
    }
  }),
  worked('payout-with-a-rolling-reserve', (rng) => {
    const [s, k, r, rel] = [
      dollars(rng, 2000, 9000),
      rng.int(8, 15) * 100,
      rng.int(1, 3) * 500,
      dollars(rng, 100, 900),
    ]
    const net = lessBp(w(s), k)
    return {
      stem: `A marketplace pays out sales less ${pct(k)} commission, holds back ${pct(r)} of gross sales as a rolling reserve, and releases reserves held from earlier periods. This period: gross sales ${usd(w(s))}, reserve released ${usd(w(rel))}. What is paid out, ${TO_CENT}?`,
      inputs: { s, k, r, rel },
      key: plus(minus(net, ofBp(w(s), r)), w(rel)),
      wrong: [
        [minus(net, ofBp(w(s), r)), 'forgets the released reserve'],
        [plus(minus(net, ofBp(net, r)), w(rel)), 'holds the reserve on sales after commission'],
        [plus(net, w(rel)), 'forgets the new reserve'],
        [
          minus(minus(net, ofBp(w(s), r)), w(rel)),
          'takes the released reserve off instead of adding it',
        ],
      ],
    }
  }),
  worked('processor-fees-on-a-batch-of-orders', (rng) => {
    const [n, tot, p, f] = [
      rng.int(20, 200),
      dollars(rng, 1500, 15000),
      rng.int(150, 350),
      rng.pick([20, 25, 30, 35]),
    ]
    return {
      stem: `A card processor charges ${pct(p)} + ${usd(w(f))} on each order. Yesterday’s ${n} orders totalled ${usd(w(tot))}. What were the processing fees, ${TO_CENT}?`,
      inputs: { n, tot, p, f },
      key: plus(ofBp(w(tot), p), w(n * f)),
      wrong: [
        [plus(ofBp(w(tot), p), w(f)), 'charges the fixed fee once for the batch'],
        [ofBp(w(tot), p), 'leaves out the fixed fee'],
        [w(n * f), 'leaves out the percentage fee'],
        [minus(w(tot), plus(ofBp(w(tot), p), w(n * f))), 'gives the amount settled, not the fees'],
        [
          plus(ofBp(w(tot + n * f), p), w(n * f)),
          'works the percentage on the total plus the fixed fees',
        ],
      ],
    }
  }),
  worked('tiered-commission-on-one-sale', (rng) => {
    const [hi, lo] = [rng.int(12, 16) * 100, rng.int(5, 9) * 100]
    const cut = rng.pick([50000, 100000])
    const p = cut + dollars(rng, 50, 900)
    return {
      stem: `A marketplace charges ${pct(hi)} commission on the part of a sale up to ${usd(w(cut))} and ${pct(lo)} on the part above it. What is the commission on a ${usd(w(p))} sale, ${TO_CENT}?`,
      inputs: { hi, lo, cut, p },
      key: plus(ofBp(w(cut), hi), ofBp(w(p - cut), lo)),
      wrong: [
        [ofBp(w(p), hi), 'charges the whole sale at the first rate'],
        [ofBp(w(p), lo), 'charges the whole sale at the lower rate once it passes the break'],
        [plus(ofBp(w(cut), lo), ofBp(w(p - cut), hi)), 'swaps the two rates'],
        [ofBp(w(cut), hi), 'leaves out the part above the break'],
      ],
    }
  }),
  worked('payout-converted-less-a-conversion-fee', (rng) => {
    const [e, rate, f] = [dollars(rng, 500, 5000), rng.int(1040, 1190), rng.int(1, 4) * 50]
    const conv = times(w(e), frac(rate, 1000))
    return {
      stem: `A marketplace pays a €${(e / 100).toFixed(2)} balance into a dollar account at 1 EUR = ${(rate / 1000).toFixed(3)} USD, less a ${pct(f)} conversion fee on the converted amount. What arrives in dollars, ${TO_CENT}?`,
      inputs: { e, rate, f },
      key: lessBp(conv, f),
      wrong: [
        [lessBp(over(w(e), frac(rate, 1000)), f), 'divides by the rate'],
        [conv, 'forgets the conversion fee'],
        [
          minus(conv, ofBp(w(e), f)),
          'works the fee on the euro amount and takes it off the dollars',
        ],
        [ofBp(conv, f), 'gives the fee, not the amount received'],
        [over(w(e), frac(rate, 1000)), 'divides by the rate and forgets the fee'],
      ],
    }
  }),
  worked('units-sold-net-of-returns', (rng) => {
    const [ord, can, ret, exch] = [
      rng.int(300, 900),
      rng.int(5, 40),
      rng.int(10, 60),
      rng.int(2, 10),
    ]
    return {
      stem: `A SKU report shows ${ord} units ordered, of which ${can} were cancelled before shipping. ${ret} shipped units were returned for a refund, and ${exch} more were returned and exchanged for the same SKU (a replacement shipped, so they still count as sold). How many units count as sold, net of returns?`,
      show: count('units'),
      inputs: { ord, can, ret, exch },
      key: w(ord - can - ret),
      wrong: [
        [w(ord - can - ret - exch), 'takes the exchanges off too'],
        [w(ord - ret), 'keeps the cancelled units'],
        [w(ord - can), 'forgets the refunded returns'],
        [w(ord - can - ret + exch), 'adds the replacement units again'],
      ],
    }
  }),
  worked('refund-rate-by-orders', (rng) => {
    const [n, r, rv, tv] = [
      rng.int(200, 600),
      rng.int(20, 90),
      dollars(rng, 200, 1500),
      dollars(rng, 8000, 40000),
    ]
    // Orders placed but cancelled before shipping never reach the refund rate's base.
    const placed = n + rng.int(10, 80)
    const rate = (a: number, b: number) => frac(a * 100, b)
    return {
      stem: `Last quarter ${placed} orders were placed and ${n} of them shipped (worth ${usd(w(tv))}); the rest were cancelled before shipping. ${r} shipped orders were refunded (worth ${usd(w(rv))}). The refund rate is refunded orders as a share of orders shipped. What is it, as a percentage to one decimal place, a half rounded up?`,
      show: percent1,
      inputs: { placed, n, r, rv, tv },
      key: rate(r, n),
      wrong: [
        [rate(rv, tv), 'works it by value'],
        [rate(r, placed), 'divides by the orders placed, not shipped'],
        [rate(r, n - r), 'divides by the orders not refunded'],
        [rate(n - r, n), 'gives the share kept'],
      ],
    }
  }),
  worked('sales-tax-to-remit-after-refunds', (rng) => {
    const [coll, refd, mf] = [
      dollars(rng, 800, 6000),
      dollars(rng, 20, 300),
      dollars(rng, 100, 900),
    ]
    return {
      stem: `For the month the shop’s own checkout collected ${usd(w(coll))} of sales tax and refunded ${usd(w(refd))} of it on returns. Separately, a marketplace collected and remitted ${usd(w(mf))} of tax on the shop’s marketplace sales itself. How much tax does the shop remit?`,
      inputs: { coll, refd, mf },
      key: w(coll - refd),
      wrong: [
        [w(coll), 'forgets the tax refunded'],
        [w(coll - refd + mf), 'adds the tax the marketplace already remitted'],
        [w(coll + refd), 'adds the tax refunded'],
        [w(coll + mf), 'adds the marketplace tax and forgets the refunds'],
      ],
    }
  }),
  worked('transitions-a-workflow-does-not-allow', (rng) => {
    const [a, b, c, d, e] = [
      rng.int(40, 200),
      rng.int(30, 150),
      rng.int(1, 9),
      rng.int(1, 9),
      rng.int(5, 30),
    ]
    return {
      stem: `The shop’s order workflow allows only: pending → paid, pending → cancelled, paid → shipped, paid → refunded, shipped → refunded. This week’s status log has ${a} pending → paid, ${b} paid → shipped, ${c} shipped → paid, ${d} cancelled → paid and ${e} paid → refunded changes. How many logged changes break the workflow?`,
      show: count('changes'),
      inputs: { a, b, c, d, e },
      key: w(c + d),
      wrong: [
        [w(c), 'treats reopening a cancelled order as allowed'],
        [w(d), 'treats moving a shipped order back to paid as allowed'],
        [w(c + d + e), 'counts refunds of paid orders as breaches'],
        [w(d + e), 'counts refunds and reopened orders, missing the shipped-to-paid moves'],
        [w(b + c + d + e), 'treats only pending → paid as allowed'],
        [w(c + e), 'counts refunds as breaches and misses the reopened orders'],
      ],
    }
  }),
  worked('orders-in-an-export-date-range', (rng) => {
    const counts = [
      rng.int(20, 60),
      rng.int(20, 60),
      rng.int(20, 60),
      rng.int(20, 60),
      rng.int(20, 60),
    ]
    const [mon, tue, wed, thu, fri] = counts
    const sum = (from: number, to: number) => counts.slice(from, to + 1).reduce((s, x) => s + x, 0)
    return {
      stem: `Daily order counts for the week are Monday ${mon}, Tuesday ${tue}, Wednesday ${wed}, Thursday ${thu}, Friday ${fri}. A client asks for the orders “from Tuesday to Thursday”, both days included. How many orders does the export hold?`,
      show: orders,
      inputs: { mon: mon ?? 0, tue: tue ?? 0, wed: wed ?? 0, thu: thu ?? 0, fri: fri ?? 0 },
      key: w(sum(1, 3)),
      wrong: [
        [w(sum(1, 2)), 'leaves out the end day'],
        [w(sum(2, 3)), 'leaves out the start day'],
        [w(sum(2, 2)), 'counts only the days strictly between'],
        [w(sum(1, 4)), 'runs to the end of the week'],
        [w(sum(0, 3)), 'runs from the start of the week'],
        [w(sum(0, 4)), 'exports the whole week'],
      ],
    }
  }),
]
