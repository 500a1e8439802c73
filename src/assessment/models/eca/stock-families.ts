import {
  add,
  CENT,
  cents,
  div,
  dollars,
  eur,
  frac,
  mul,
  n,
  rate4,
  rest,
  sub,
  usd,
  worked,
} from './eca-text.js'

// Stock an online seller holds in its own store room, with a third-party warehouse and at a
// marketplace's fulfilment centres, costed the way a bookkeeper keeps it: freight and duty
// allocated on the basis the stem states, inbound and prep fees capitalised, storage and outbound
// fees expensed, stock in transit owned from the stated shipping terms, write-downs to a net
// realisable value after marketplace fees, and lost, damaged and disposed units. The slips are
// freight shared by units when the stem says value or weight, duty left off freight, storage
// fees capitalised, stock at the fulfilment centre or in transit left out of the count.

const money = usd(2)

export const STOCK_FAMILIES = [
  worked('landed-unit-cost-with-freight-allocated-by-value', (rng) => {
    const qa = rng.int(100, 800)
    const qb = rng.int(100, 800)
    const pa = rng.int(300, 2500)
    const pb = rng.int(300, 2500)
    if (pa === pb) rest()
    const f = rng.int(400, 2500) * 100
    const d = rng.pick([4, 5, 6, 8, 10, 12])
    const tot = qa * pa + qb * pb
    return {
      stem: `A container holds ${n(qa)} units of product A at ${dollars(pa)} and ${n(qb)} units of product B at ${dollars(pb)}. Sea freight of ${dollars(f)} is shared across the products by their purchase value, and duty of ${d}% is charged on the purchase price of the goods only. What is product A's landed cost per unit, ${CENT}?`,
      show: money,
      figures: { qa, qb, pa, pb, f, d },
      key: add(mul(cents(pa), frac(100 + d, 100)), mul(cents(f), frac(pa, tot))),
      wrong: [
        [
          add(mul(cents(pa), frac(100 + d, 100)), div(cents(f), qa + qb)),
          'shares the freight by units',
        ],
        [add(cents(pa), mul(cents(f), frac(pa, tot))), 'leaves out the duty'],
        [mul(cents(pa), frac(100 + d, 100)), 'leaves out the freight'],
        [
          mul(add(cents(pa), mul(cents(f), frac(pa, tot))), frac(100 + d, 100)),
          'charges duty on the freight too',
        ],
      ],
    }
  }),
  worked('landed-unit-cost-with-freight-allocated-by-weight', (rng) => {
    const qa = rng.int(100, 600)
    const qb = rng.int(100, 600)
    const wa = rng.int(2, 20) * 100
    const wb = rng.int(2, 20) * 100
    const pa = rng.int(400, 3000)
    const pb = rng.int(400, 3000)
    if (wa === wb || pa === pb) rest()
    const f = rng.int(300, 2000) * 100
    const kg = qa * wa + qb * wb
    const val = qa * pa + qb * pb
    return {
      stem: `An air shipment holds ${n(qa)} units of product A (${dollars(pa)} each, ${wa} g each) and ${n(qb)} units of product B (${dollars(pb)} each, ${wb} g each). The seller shares the ${dollars(f)} freight by shipped weight. What is product A's cost per unit including freight, ${CENT}?`,
      show: money,
      figures: { qa, qb, wa, wb, pa, pb, f },
      key: add(cents(pa), mul(cents(f), frac(wa, kg))),
      wrong: [
        [add(cents(pa), div(cents(f), qa + qb)), 'shares the freight by units'],
        [add(cents(pa), mul(cents(f), frac(pa, val))), 'shares the freight by value'],
        [add(cents(pa), div(cents(f), 2 * qa)), 'splits the freight equally between the products'],
        [add(cents(pa), mul(cents(f), frac(wa, qa * wa + wb))), 'weighs product B as one unit'],
      ],
    }
  }),
  worked('fifo-cost-of-sales-with-inbound-fees-capitalised', (rng) => {
    const q1 = rng.int(100, 400)
    const c1 = rng.int(500, 2000)
    const q2 = rng.int(100, 400)
    const c2 = c1 + rng.int(50, 400)
    const fee = rng.int(20, 90)
    const s = q1 + rng.int(20, q2 - 10)
    return {
      stem: `A seller sent two batches to a marketplace's fulfilment centre: first ${n(q1)} units bought at ${dollars(c1)}, then ${n(q2)} units bought at ${dollars(c2)}. Each unit also bore a ${dollars(fee)} inbound placement fee, which the seller capitalises into stock. In the month ${n(s)} units sold. On FIFO, what is the cost of sales, ${CENT}?`,
      show: money,
      figures: { q1, c1, q2, c2, fee, s },
      key: cents(q1 * c1 + (s - q1) * c2 + s * fee),
      wrong: [
        [cents(q1 * c1 + (s - q1) * c2), 'expenses the inbound fees rather than capitalising them'],
        [
          cents((s <= q2 ? s * c2 : q2 * c2 + (s - q2) * c1) + s * fee),
          'takes the later batch first',
        ],
        [
          mul(cents(s), add(frac(q1 * c1 + q2 * c2, q1 + q2), frac(fee))),
          'uses the weighted average',
        ],
        [
          cents(q1 * c1 + (s - q1) * c2 + (q1 + q2) * fee),
          'charges every unit’s inbound fee to sales',
        ],
      ],
    }
  }),
  worked('closing-stock-with-storage-and-outbound-fees-expensed', (rng) => {
    const u = rng.int(200, 1500)
    const c = rng.int(500, 3000)
    const fr = rng.int(30, 150)
    const du = rng.int(20, 200)
    const st = rng.int(300, 2000) * 100
    const ob = rng.int(200, 500)
    return {
      stem: `At month end a seller holds ${n(u)} units at a fulfilment centre. Each cost ${dollars(c)} from the supplier, plus ${dollars(fr)} inbound freight and ${dollars(du)} duty per unit. The month's storage fees were ${dollars(st)}, and the marketplace will charge a ${dollars(ob)} fulfilment fee per unit when each sells. What is the closing stock value at cost, ${CENT}?`,
      show: money,
      figures: { u, c, fr, du, st, ob },
      key: cents(u * (c + fr + du)),
      wrong: [
        [cents(u * (c + fr + du) + st), 'capitalises the storage fees'],
        [cents(u * (c + fr + du + ob)), 'adds the fulfilment fee still to be charged'],
        [cents(u * c), 'values the units at supplier price only'],
        [cents(u * (c + du)), 'leaves out the inbound freight'],
        [cents(u * (c + fr)), 'leaves out the duty'],
        [cents(u * (c + fr + du + ob) + st), 'capitalises the storage and fulfilment fees'],
      ],
    }
  }),
  worked('units-missing-from-a-warehouse-reconciliation-at-cost', (rng) => {
    const t = rng.int(10, 80)
    const rt = rng.int(5, 40)
    const miss = rng.int(15, 60)
    const w = rng.int(500, 3000)
    const res = rng.int(3, 12)
    const b = w + t + rt + miss
    const c = rng.int(500, 3000)
    return {
      stem: `A seller's books show ${n(b)} units of a product. The fulfilment centre counts ${n(w)} units on hand, of which ${n(res)} are reserved for open orders. A further ${n(t)} units are on a shipment to the centre not yet received, and ${n(rt)} customer returns are in transit back to the centre; both are in the book figure. At ${dollars(c)} a unit, what stock loss is booked, ${CENT}?`,
      show: money,
      figures: { t, rt, miss, w, res, b, c },
      key: cents(miss * c),
      wrong: [
        [cents((miss + t) * c), 'treats the inbound shipment as lost'],
        [cents((miss + rt) * c), 'treats the returns in transit as lost'],
        [cents((miss + t + rt) * c), 'compares the books with the centre’s count alone'],
        [cents((miss + res) * c), 'takes the reserved units off the count'],
        [cents((miss - res) * c), 'takes the reserved units off the book figure as sold'],
      ],
    }
  }),
  worked('dropship-cost-of-sales-for-the-month', (rng) => {
    const o = rng.int(80, 600)
    const u = o + rng.int(10, 200)
    const c = rng.int(500, 3000)
    const df = rng.int(100, 300)
    const sh = rng.int(400, 900)
    return {
      stem: `A store dropships every order: the supplier charges ${dollars(c)} a unit, a ${dollars(df)} dropship fee per order and ${dollars(sh)} shipping per order, all recorded as cost of sales. In the month it shipped ${n(o)} orders containing ${n(u)} units. What is the month's cost of sales, ${CENT}?`,
      show: money,
      figures: { o, u, c, df, sh },
      key: cents(u * c + o * (df + sh)),
      wrong: [
        [cents(u * c), 'counts the goods only'],
        [cents(u * (c + df + sh)), 'charges the per-order fees per unit'],
        [cents(o * (c + df + sh)), 'counts one unit per order'],
        [cents(u * c + o * sh), 'leaves out the dropship fee'],
      ],
    }
  }),
  worked('write-down-to-a-marketplace-net-realisable-value', (rng) => {
    const u = rng.int(50, 600)
    const c = rng.int(1200, 3000)
    const p = c + rng.int(-300, 400)
    const ref = 15
    const ff = rng.int(300, 700)
    const nm = rng.pick([10, 15, 20])
    const st = rng.int(10, 90)
    const nrv = mul(cents(p), frac(100 - ref, 100))
    const net = sub(nrv, cents(ff))
    if (p - ff >= c || p * (100 - ref) >= c * 100) rest()
    if (p * (100 - ref - nm) <= 100 * (ff + st)) rest()
    return {
      stem: `A seller holds ${n(u)} units costing ${dollars(c)} each that will now sell only at ${dollars(p)} on a marketplace charging a ${ref}% referral fee and a ${dollars(ff)} fulfilment fee per unit. Until they sell, the units incur monthly storage of ${dollars(st)} each, a cost of holding them rather than of selling them; the seller's normal profit margin is ${nm}% of the price. Stock is held at the lower of cost and net realisable value. What write-down is booked, ${CENT}?`,
      show: money,
      figures: { u, c, p, ff, nm, st },
      key: mul(sub(cents(c), net), u),
      wrong: [
        [mul(sub(cents(c), nrv), u), 'leaves out the fulfilment fee'],
        [mul(sub(cents(c), sub(cents(p), cents(ff))), u), 'leaves out the referral fee'],
        [mul(cents(c), u), 'writes the stock off entirely'],
        [
          mul(
            sub(
              cents(c),
              sub(mul(cents(p), frac(100 - ref, 100)), mul(cents(ff), frac(100 - ref, 100))),
            ),
            u,
          ),
          'takes the referral fee off the price after the fulfilment fee',
        ],
        [
          mul(sub(cents(c), sub(net, mul(cents(p), frac(nm, 100)))), u),
          'also deducts the normal profit margin, the old market floor',
        ],
        [
          mul(sub(cents(c), sub(net, cents(st))), u),
          'deducts the storage, a holding cost, as a cost to sell',
        ],
      ],
    }
  }),
  worked('loss-on-disposing-of-stranded-units', (rng) => {
    const u = rng.int(20, 300)
    const c = rng.int(400, 2500)
    const dfee = rng.pick([15, 25, 30, 50])
    const rfee = rng.pick([50, 75, 97])
    return {
      stem: `A seller has the fulfilment centre dispose of ${n(u)} unsellable units carried at ${dollars(c)} each. Disposal costs ${dollars(dfee)} a unit (a removal to the seller would have cost ${dollars(rfee)}). What total loss does the disposal put through the accounts, ${CENT}?`,
      show: money,
      figures: { u, c, dfee, rfee },
      key: cents(u * (c + dfee)),
      wrong: [
        [cents(u * c), 'writes off the units but leaves out the disposal fee'],
        [cents(u * (c + rfee)), 'uses the removal fee'],
        [cents(u * dfee), 'books only the disposal fee'],
        [cents(u * (c + dfee + rfee)), 'books both the disposal and the removal fees'],
      ],
    }
  }),
  worked('landed-unit-cost-in-dollars-with-duty-on-the-cif-value', (rng) => {
    const q = rng.int(200, 2000)
    const pe = rng.int(200, 2000)
    const r1 = rng.int(10500, 11500)
    const r2 = r1 + rng.pick([-1, 1]) * rng.int(50, 300)
    const fr = rng.int(500, 3000) * 100
    const d = rng.pick([3, 4, 5, 6, 8])
    const goods = mul(cents(q * pe), frac(r1, 10000))
    const cif = add(goods, cents(fr))
    return {
      stem: `A seller buys ${n(q)} units at ${eur(pe)} each. The invoice is dated when the rate is $${rate4(r1)} per euro, and is paid later at $${rate4(r2)}. Freight and insurance to the port cost ${dollars(fr)}. Duty of ${d}% is charged on the customs value: goods plus freight and insurance. The seller translates the purchase at the invoice-date rate. What is the landed cost per unit in dollars, ${CENT}?`,
      show: money,
      figures: { q, pe, r1, r2, fr, d },
      key: div(mul(cif, frac(100 + d, 100)), q),
      wrong: [
        [div(add(mul(goods, frac(100 + d, 100)), cents(fr)), q), 'charges duty on the goods only'],
        [
          div(mul(add(mul(cents(q * pe), frac(r2, 10000)), cents(fr)), frac(100 + d, 100)), q),
          'translates at the payment-date rate',
        ],
        [div(cif, q), 'leaves out the duty'],
        [div(mul(goods, frac(100 + d, 100)), q), 'leaves out the freight'],
      ],
    }
  }),
  worked('closing-stock-including-goods-in-transit-by-shipping-terms', (rng) => {
    const own = rng.int(5000, 30000) * 100
    const fba = rng.int(5000, 30000) * 100
    const sp = rng.int(1000, 8000) * 100
    const de = rng.int(1000, 8000) * 100
    const con = rng.int(500, 4000) * 100
    const ds = rng.int(300, 3000) * 100
    const dp = rng.int(300, 3000) * 100
    if (ds === dp) rest()
    return {
      stem: `At month end, at cost: the seller's own store room holds ${dollars(own)} of stock (including ${dollars(con)} of a maker's goods held on consignment), the fulfilment centre holds ${dollars(fba)} of the seller's stock, and two supplier shipments are at sea: ${dollars(sp)} bought on FOB shipping-point terms and ${dollars(de)} on FOB destination terms. Two wholesale orders the seller has shipped are still on the road, not in any of these figures: ${dollars(ds)} sold on FOB destination terms and ${dollars(dp)} sold on FOB shipping-point terms. What closing stock does the seller report, ${CENT}?`,
      show: money,
      figures: { own, fba, sp, de, con, ds, dp },
      key: cents(own - con + fba + sp + ds),
      wrong: [
        [cents(own + fba + sp + ds), 'includes the consigned goods'],
        [cents(own - con + fba + ds), 'leaves out the supplier shipment it owns at sea'],
        [cents(own - con + fba + sp + de + ds), 'includes the shipment it does not yet own'],
        [cents(own - con + sp + ds), 'leaves out the stock at the fulfilment centre'],
        [
          cents(own - con + fba + sp),
          'leaves out the goods sold on destination terms, still its own until delivered',
        ],
        [
          cents(own - con + fba + sp + ds + dp),
          'includes the goods sold on shipping-point terms, the buyer’s from shipment',
        ],
      ],
    }
  }),
  worked('cost-of-sales-from-a-count-across-locations', (rng) => {
    const op = rng.int(10000, 40000) * 100
    const pu = rng.int(20000, 80000) * 100
    const fi = rng.int(1000, 6000) * 100
    const pr = rng.int(300, 2500) * 100
    const wh = rng.int(5000, 20000) * 100
    const fba = rng.int(5000, 20000) * 100
    const tr = rng.int(1000, 5000) * 100
    return {
      stem: `For the quarter: opening stock ${dollars(op)}; purchases ${dollars(pu)}; inbound freight on purchases ${dollars(fi)}; goods returned to suppliers ${dollars(pr)}. Closing stock at cost: ${dollars(wh)} in the seller's warehouse, ${dollars(fba)} at the marketplace's fulfilment centres and ${dollars(tr)} shipped from the warehouse to a fulfilment centre but not yet received. What is the cost of sales, ${CENT}?`,
      show: money,
      figures: { op, pu, fi, pr, wh, fba, tr },
      key: cents(op + pu + fi - pr - wh - fba - tr),
      wrong: [
        [cents(op + pu + fi - pr - wh - tr), 'leaves the fulfilment-centre stock out of the count'],
        [cents(op + pu + fi - pr - wh - fba), 'leaves out the stock in transit between locations'],
        [cents(op + pu - pr - wh - fba - tr), 'expenses the inbound freight outside cost of sales'],
        [cents(op + pu + fi - wh - fba - tr), 'ignores the goods returned to suppliers'],
      ],
    }
  }),
  worked('storage-fee-accrual-at-the-peak-season-rate', (rng) => {
    const u = rng.int(500, 5000)
    const cf = rng.int(5, 40)
    const offp = rng.pick([78, 87])
    const peak = rng.pick([240, 256])
    const end = u + rng.pick([-1, 1]) * rng.int(50, Math.floor(u / 3))
    return {
      stem: `A seller's daily average at the fulfilment centre in November was ${n(u)} units, each ${(cf / 100).toFixed(2)} cubic feet; ${n(end)} units were there at month end. Monthly storage is charged per cubic foot on the daily average: ${dollars(offp)} January to September and ${dollars(peak)} October to December. What storage fee is accrued for November, ${CENT}?`,
      show: money,
      figures: { u, cf, offp, peak, end },
      key: mul(cents(u * cf * peak), frac(1, 100)),
      wrong: [
        [mul(cents(u * cf * offp), frac(1, 100)), 'uses the off-peak rate'],
        [mul(cents(end * cf * peak), frac(1, 100)), 'uses the month-end units'],
        [cents(u * peak), 'charges per unit, not per cubic foot'],
        [mul(cents(end * cf * offp), frac(1, 100)), 'uses month-end units at the off-peak rate'],
      ],
    }
  }),
  worked('unit-cost-of-a-kit-with-capitalised-prep', (rng) => {
    const a = rng.int(200, 1500)
    const b = rng.int(100, 900)
    const na = rng.int(2, 4)
    const bx = rng.int(40, 200)
    const prep = rng.int(50, 150)
    const ob = rng.int(300, 600)
    return {
      stem: `A seller builds a gift kit from ${na} units of component A (${dollars(a)} each), one component B (${dollars(b)}) and a box (${dollars(bx)}). The fulfilment centre's ${dollars(prep)} per-kit prep and labelling fee is capitalised; its ${dollars(ob)} fulfilment fee on each sale is expensed. What is the kit's unit cost in stock, ${CENT}?`,
      show: money,
      figures: { a, b, na, bx, prep, ob },
      key: cents(na * a + b + bx + prep),
      wrong: [
        [cents(a + b + bx + prep), 'counts one unit of component A'],
        [cents(na * a + b + bx), 'expenses the prep fee'],
        [cents(na * a + b + bx + prep + ob), 'capitalises the fulfilment fee too'],
        [cents(na * a + b + prep), 'leaves out the box'],
      ],
    }
  }),
  worked('net-cost-of-replacements-for-parcels-lost-in-transit', (rng) => {
    const k = rng.int(5, 40)
    const c = rng.int(3000, 8000)
    const sh = rng.int(400, 1200)
    const cl = rng.pick([2000, 2500])
    const p = c + rng.int(500, 4000)
    return {
      stem: `A carrier lost ${n(k)} parcels, each holding one unit costing ${dollars(c)} that the buyer paid ${dollars(p)} for; the lost units are already in cost of sales. The seller sends each buyer a replacement unit at ${dollars(sh)} shipping a parcel, and the carrier pays a flat ${dollars(cl)} per lost parcel. What net cost do the replacements add, ${CENT}?`,
      show: money,
      figures: { k, c, sh, cl, p },
      key: cents(k * (c + sh - cl)),
      wrong: [
        [cents(k * (c + sh)), 'leaves out the carrier’s payment'],
        [cents(k * (c - cl)), 'leaves out the replacement shipping'],
        [cents(k * (p + sh - cl)), 'costs the replacement at the sale price'],
        [cents(k * (2 * c + sh - cl)), 'books the lost unit’s cost again with the replacement'],
      ],
    }
  }),
  worked('closing-stock-at-weighted-average-after-damaged-units', (rng) => {
    const q0 = rng.int(100, 500)
    const c0 = rng.int(500, 2000)
    const q1 = rng.int(100, 500)
    const c1 = c0 + rng.int(-300, 400)
    if (c1 === c0) rest()
    const s = rng.int(50, q0 + q1 - 100)
    const dmg = rng.int(5, 30)
    if (s + dmg >= q0 + q1) rest()
    const avg = frac(q0 * c0 + q1 * c1, 100 * (q0 + q1))
    return {
      stem: `A seller held ${n(q0)} units at ${dollars(c0)} and received ${n(q1)} more at ${dollars(c1)}. It then sold ${n(s)} units and found ${n(dmg)} damaged units, which it writes off. It costs stock at the weighted average after each receipt. What is the closing stock value, ${CENT}?`,
      show: money,
      figures: { q0, c0, q1, c1, s, dmg },
      key: mul(avg, q0 + q1 - s - dmg),
      wrong: [
        [mul(avg, q0 + q1 - s), 'does not write off the damaged units'],
        [mul(frac(c0 + c1, 200), q0 + q1 - s - dmg), 'averages the two unit prices'],
        [mul(cents(c1), q0 + q1 - s - dmg), 'values what is left at the latest price'],
        [mul(cents(c0), q0 + q1 - s - dmg), 'values what is left at the older price'],
      ],
    }
  }),
  worked('private-label-unit-cost-with-a-one-off-mould-charge', (rng) => {
    const q = rng.int(500, 5000)
    const u = rng.int(300, 2000)
    const m = rng.int(1000, 6000) * 100
    const life = q * rng.int(3, 6)
    const fr = rng.int(200, 1500) * 100
    return {
      stem: `A seller's first order of a private-label product is ${n(q)} units at ${dollars(u)} each, with freight of ${dollars(fr)} and a one-off mould charge of ${dollars(m)}. Its policy capitalises the mould charge into the first order's units. It expects to sell ${n(life)} units over the product's life. What is the first order's cost per unit, ${CENT}?`,
      show: money,
      figures: { q, u, m, life, fr },
      key: add(cents(u), div(cents(m + fr), q)),
      wrong: [
        [add(cents(u), div(cents(fr), q)), 'expenses the mould charge'],
        [
          add(cents(u), div(cents(fr), q), div(cents(m), life)),
          'spreads the mould over the expected lifetime units',
        ],
        [add(cents(u), div(cents(m), q)), 'leaves out the freight'],
        [cents(u), 'uses the supplier price alone'],
      ],
    }
  }),
]
