import {
  ceilOf,
  count,
  floorOf,
  frac,
  moreBp,
  pct,
  percent1,
  plus,
  TO_CENT,
  times,
  usd,
  w,
  worked,
} from './opr-text.js'

// Stock allocation and backorders: available-to-promise from on-hand, reserved and incoming
// stock, allocating scarce stock by the rule the stem states, and what partial and split
// shipments ship, charge and leave owing. Counts are whole units; money is to the cent.

const units = count('units')

export const STOCK_FAMILIES = [
  worked('available-to-promise-less-reserved-and-safety', (rng) => {
    const [h, r, sf] = [rng.int(200, 900), rng.int(20, 120), rng.int(10, 60)]
    return {
      stem: `A SKU shows ${h} units on hand. Open orders have ${r} of them reserved, and the shop holds ${sf} back as safety stock that is never promised. How many units are available to promise to new orders?`,
      show: units,
      inputs: { h, r, sf },
      key: w(h - r - sf),
      wrong: [
        [w(h - r), 'forgets the safety stock'],
        [w(h - sf), 'forgets the reserved units'],
        [w(h), 'promises everything on hand'],
        [w(h - r + sf), 'adds the safety stock instead of holding it back'],
      ],
    }
  }),
  worked('available-to-promise-with-incoming-and-backorders', (rng) => {
    const [h, r, i, b] = [rng.int(150, 400), rng.int(10, 60), rng.int(100, 500), rng.int(10, 80)]
    return {
      stem: `A SKU has ${h} units on hand, ${r} of them reserved for open orders. A purchase order of ${i} units is due on Wednesday, and ${b} units are already owed to customers on backorder, who are served first from that delivery. How many units can be promised to new orders for dispatch next Friday?`,
      show: units,
      inputs: { h, r, i, b },
      key: w(h - r + i - b),
      wrong: [
        [w(h - r - b), 'leaves out the incoming purchase order'],
        [w(h - r + i), 'forgets the backorders'],
        [w(h + i - b), 'forgets the reserved units'],
        [w(h - r + i + b), 'adds the backorders instead of serving them'],
        [w(i - b), 'promises only from the delivery, leaving out stock on hand'],
        [w(h - r + i - 2 * b), 'holds the backorders against stock on hand and the delivery both'],
      ],
    }
  }),
  worked('pro-rata-share-rounded-down', (rng) => {
    const [q1, q2, q3] = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)]
    const n = rng.int(Math.floor((q1 + q2 + q3) * 0.3), Math.floor((q1 + q2 + q3) * 0.8))
    const tot = q1 + q2 + q3
    return {
      stem: `Only ${n} units of a scarce item are in stock against three wholesale orders for ${q1}, ${q2} and ${q3} units. The rule is a fair share: each order gets the stock in proportion to its quantity, rounded down to whole units. How many units does the first order get?`,
      show: units,
      inputs: { n, q1, q2, q3 },
      key: floorOf(frac(n * q1, tot)),
      wrong: [
        [floorOf(frac(n, 3)), 'splits the stock equally'],
        [w(Math.min(q1, n)), 'fills the first order in full'],
        [floorOf(frac(n * q1, q2 + q3)), 'divides by the other orders’ quantity only'],
        [w(q1 - Math.floor((n * q1) / tot)), 'gives the shortfall, not the allocation'],
      ],
    }
  }),
  worked('priority-customer-served-first', (rng) => {
    const [q1, q2, q3] = [rng.int(30, 80), rng.int(20, 60), rng.int(20, 60)]
    const n = q2 + rng.int(5, q1 - 5)
    return {
      stem: `Stock of ${n} units must cover three orders, in order-date order: A (regular customer, ${q1} units), B (priority account, ${q2} units) and C (regular, ${q3} units). The rule: priority accounts are filled first, then the rest by order date, partial lines allowed. How many units does order A get?`,
      show: units,
      inputs: { n, q1, q2, q3 },
      key: w(Math.min(q1, n - q2)),
      wrong: [
        [w(Math.min(q1, n)), 'fills by order date, ignoring the priority'],
        [floorOf(frac(n * q1, q1 + q2 + q3)), 'shares the stock pro rata'],
        [w(q1 - (n - q2)), 'gives the units A is short'],
        [
          floorOf(frac((n - q2) * q1, q1 + q3)),
          'shares what is left after B between A and C pro rata',
        ],
      ],
    }
  }),
  worked('backorder-after-reserved-stock', (rng) => {
    const [h, r] = [rng.int(30, 200), rng.int(10, 40)]
    const q = h - r + rng.int(r + 5, r + 80)
    return {
      stem: `A customer orders ${q} units. The SKU has ${h} on hand, of which ${r} are reserved for earlier orders. The shop ships what is free now and backorders the rest. How many units go on backorder?`,
      show: units,
      inputs: { h, r, q },
      key: w(q - (h - r)),
      wrong: [
        [w(q - h), 'ignores the reserved units'],
        [w(h - r), 'gives the units shipped now'],
        [w(q - r), 'takes the reserved units as the free stock'],
        [w(q), 'backorders the whole order instead of shipping what is free'],
      ],
    }
  }),
  worked('charge-only-what-ships-in-a-partial-shipment', (rng) => {
    const [q1, u1, q2, u2] = [
      rng.int(2, 10),
      rng.int(800, 5000),
      rng.int(4, 12),
      rng.int(800, 5000),
    ]
    const s2 = rng.int(1, q2 - 1)
    const sh = rng.int(5, 15) * 100 - 1
    // The whole shipping charge rides on this parcel, so what is charged now is goods plus it.
    const now = (goods: number) => w(goods + sh)
    return {
      stem: `An order has ${q1} cushions at ${usd(w(u1))} (all in stock) and ${q2} throws at ${usd(w(u2))}, of which only ${s2} are in stock, with ${usd(w(sh))} shipping. The shop ships what it has now and charges the card only for what ships, with the whole shipping charge on this first parcel; the backordered throws will follow at no further shipping charge. What is charged now (before tax)?`,
      inputs: { q1, u1, q2, u2, s2, sh },
      key: now(q1 * u1 + s2 * u2),
      wrong: [
        [now(q1 * u1 + q2 * u2), 'charges the backordered throws too'],
        [now(q1 * u1), 'drops the part-filled line'],
        [now(q1 * u1 + (q2 - s2) * u2), 'charges the backordered throws instead of those shipped'],
        [now(s2 * u2), 'charges only the part-filled line'],
        [w(q1 * u1 + s2 * u2), 'leaves out the shipping charged with this parcel'],
        [now(q1 * u1 + s2 * u2 + sh), 'charges the shipping again for the backorder'],
      ],
    }
  }),
  worked('stock-after-a-day-of-movements', (rng) => {
    const [h, sh, rg, rd, rc] = [
      rng.int(100, 600),
      rng.int(20, 90),
      rng.int(2, 15),
      rng.int(1, 8),
      rng.int(24, 144),
    ]
    return {
      stem: `A SKU opened the day with ${h} units on hand. During the day ${sh} units were shipped, ${rg} returned units were checked and restocked as sellable, ${rd} returned units were damaged and written off (never restocked), and a delivery of ${rc} units was received. How many sellable units are on hand at the close?`,
      show: units,
      inputs: { h, sh, rg, rd, rc },
      key: w(h - sh + rg + rc),
      wrong: [
        [w(h - sh + rg + rd + rc), 'restocks the damaged returns too'],
        [w(h - sh - rg + rc), 'subtracts the restocked returns'],
        [w(h - sh + rg), 'leaves out the delivery'],
        [
          w(h - sh + rg - rd + rc),
          'subtracts the damaged returns from stock they never re-entered',
        ],
      ],
    }
  }),
  worked('bundles-from-component-stock', (rng) => {
    // The refills run out first, so each component left out gives a different count.
    const k = rng.int(10, 60)
    const c = 3 * k + rng.int(0, 2)
    const [a, b] = [2 * k + rng.int(4, 60), k + rng.int(2, 40)]
    return {
      stem: `A gift bundle is made of 2 candles, 1 diffuser and 3 refills. There are ${a} candles, ${b} diffusers and ${c} refills in stock. How many bundles can be promised?`,
      show: count('bundles'),
      inputs: { a, b, c },
      key: w(Math.min(Math.floor(a / 2), b, Math.floor(c / 3))),
      wrong: [
        [w(Math.floor((a + b + c) / 6)), 'pools the components'],
        [w(b), 'takes the diffusers, one per bundle, as the limit'],
        [w(Math.floor(a / 2)), 'takes the candles as the limit'],
        [w(Math.floor(c / 2)), 'divides the refills by two, as for the candles'],
        [w(Math.floor(c / 6)), 'divides the refills by all six items in a bundle'],
        [
          w(Math.min(Math.floor(a / 3), b, Math.floor(c / 2))),
          'swaps the candle and refill counts in the recipe',
        ],
      ],
    }
  }),
  worked('stock-held-back-for-the-marketplace', (rng) => {
    const [h, p, o] = [rng.int(80, 600), rng.int(1, 4) * 500, rng.int(5, 40)]
    const held = Math.floor((h * p) / 10000)
    return {
      stem: `The shop keeps ${pct(p)} of on-hand stock (rounded down to whole units) listed only on its marketplace channel. A SKU has ${h} on hand and ${o} units reserved for open web-shop orders, which draw on the web share. How many units can the web shop still sell?`,
      show: units,
      inputs: { h, p, o },
      key: w(h - held - o),
      wrong: [
        [w(h - o), 'forgets the marketplace share'],
        [w(h - held), 'forgets the open orders'],
        [w(h - Math.ceil((h * p) / 10000) - o), 'rounds the marketplace share up'],
        [
          w(h - Math.floor(((h - o) * p) / 10000) - o),
          'works the marketplace share on the stock left after open orders',
        ],
      ],
    }
  }),
  worked('units-to-pick-for-paid-orders', (rng) => {
    const q = [rng.int(1, 12), rng.int(1, 12), rng.int(1, 12), rng.int(1, 12), rng.int(1, 12)]
    const st = ['paid', 'on hold (fraud check)', 'paid', 'awaiting payment', 'paid']
    // The export opens with a paid order, then the held and the unpaid one in either order.
    const order = rng.int(0, 1) === 0 ? [0, 1, 2, 3, 4] : [0, 3, 2, 1, 4]
    const lines = order.map(
      (i, k) => `#${1041 + k}: ${q[i]} unit${q[i] === 1 ? '' : 's'}, ${st[i]}`,
    )
    const paid = (q[0] ?? 0) + (q[2] ?? 0) + (q[4] ?? 0)
    return {
      stem: `Today’s pick list should hold only paid orders; orders on hold or awaiting payment are not picked. The export shows ${lines.join('; ')}. How many units of the SKU go on the pick list?`,
      show: units,
      inputs: { q0: q[0] ?? 0, q1: q[1] ?? 0, q2: q[2] ?? 0, q3: q[3] ?? 0, q4: q[4] ?? 0 },
      key: w(paid),
      wrong: [
        [w(q.reduce((s, x) => s + x, 0)), 'picks every order'],
        [w(paid + (q[1] ?? 0)), 'picks the order on hold'],
        [w(paid + (q[3] ?? 0)), 'picks the order awaiting payment'],
        [w(q[0] ?? 0), 'stops at the first order that is not paid'],
        [w(paid - (q[4] ?? 0)), 'misses the last order in the export'],
      ],
    }
  }),
  worked('pre-orders-open-against-an-incoming-delivery', (rng) => {
    const [i, b, p] = [rng.int(200, 900), rng.int(1, 3) * 500, rng.int(20, 150)]
    const buf = Math.floor((i * b) / 10000)
    return {
      stem: `A purchase order for ${i} units arrives next month. The shop takes pre-orders against it but keeps back ${pct(b)} of the delivery (rounded down) for damage in transit. ${p} units are already pre-ordered. How many more units can be pre-sold?`,
      show: units,
      inputs: { i, b, p },
      key: w(i - buf - p),
      wrong: [
        [w(i - p), 'forgets the buffer'],
        [w(i - buf), 'forgets the existing pre-orders'],
        [w(i - buf + p), 'adds the existing pre-orders'],
        [
          w(Math.floor(((i - p) * (10000 - b)) / 10000)),
          'takes the buffer off what is left after pre-orders',
        ],
      ],
    }
  }),
  worked('balance-owed-on-backordered-units-with-tax', (rng) => {
    const [qn, u, t] = [rng.int(4, 20), rng.int(900, 6000), rng.int(20, 100) * 25]
    const s = rng.int(1, qn - 1)
    return {
      stem: `A prepaid order for ${qn} units at ${usd(w(u))} plus ${pct(t)} tax ships ${s} units now and backorders the rest. What value, tax included, is still owed to the customer in goods, ${TO_CENT}?`,
      inputs: { qn, u, t, s },
      key: moreBp(w((qn - s) * u), t),
      wrong: [
        [w((qn - s) * u), 'leaves out the tax'],
        [moreBp(w(s * u), t), 'values the shipped units, not the backordered'],
        [moreBp(w(qn * u), t), 'values the whole order'],
        [
          plus(w((qn - s) * u), times(w(qn * u), frac(t, 10000))),
          'adds the tax on the whole order',
        ],
      ],
    }
  }),
  worked('line-fill-rate', (rng) => {
    const ordered = rng.int(120, 400)
    const complete = ordered - rng.int(6, 60)
    const unitsOrd = ordered * rng.int(3, 6)
    const unitsShip = unitsOrd - rng.int(10, 120)
    const rate = (n: number, d: number) => frac(n * 100, d)
    return {
      stem: `Last week ${ordered} order lines were placed (${unitsOrd} units) and ${complete} lines shipped complete (${unitsShip} units shipped in all). What is the line fill rate, lines shipped complete as a share of lines ordered, to one decimal place, a half rounded up?`,
      show: percent1,
      inputs: { ordered, complete, unitsOrd, unitsShip },
      key: rate(complete, ordered),
      wrong: [
        [rate(unitsShip, unitsOrd), 'gives the unit fill rate'],
        [rate(ordered - complete, ordered), 'gives the share of lines short'],
        [rate(complete, unitsOrd), 'divides lines by units'],
        [rate(unitsOrd - unitsShip, unitsOrd), 'gives the share of units short'],
      ],
    }
  }),
  worked('split-shipment-from-two-warehouses', (rng) => {
    const [x, y] = [rng.int(5, 40), rng.int(5, 40)]
    const q = x + rng.int(1, y - 1)
    const [s1, s2] = [rng.int(450, 900), rng.int(450, 900)]
    return {
      stem: `An order for ${q} units is filled from the nearer warehouse first (${x} units on hand) and the rest from the second (${y} on hand). Each warehouse’s shipment is a separate parcel, costing ${usd(w(s1))} from the nearer and ${usd(w(s2))} from the second. What does the shop pay to ship the order?`,
      inputs: { q, x, y, s1, s2 },
      key: w(s1 + s2),
      wrong: [
        [w(s1), 'ships everything from the nearer warehouse'],
        [w(s2), 'ships everything from the second warehouse'],
        [w(2 * s1), 'prices both parcels at the nearer warehouse’s rate'],
        [w(2 * s2), 'prices both parcels at the second warehouse’s rate'],
      ],
    }
  }),
  worked('days-of-cover-for-backorder-promise', (rng) => {
    const d = rng.int(8, 40)
    const h = d * rng.int(6, 14) + rng.int(1, d - 1)
    const r = rng.int(2 * d + 1, 4 * d - 1)
    return {
      stem: `A SKU sells about ${d} units a day. ${h} units are on hand and ${r} of them are reserved for open orders. For how many whole days will the free stock cover sales, rounded down?`,
      show: count('days'),
      inputs: { d, h, r },
      key: floorOf(frac(h - r, d)),
      wrong: [
        [floorOf(frac(h, d)), 'forgets the reserved units'],
        [plus(floorOf(frac(h - r, d)), w(1)), 'rounds the part day up'],
        [floorOf(frac(h + r, d)), 'adds the reserved units'],
        [ceilOf(frac(h, d)), 'forgets the reserved units and rounds up'],
        [
          frac((2n * BigInt(h) + BigInt(d)) / (2n * BigInt(d))),
          'forgets the reserved units and rounds to the nearest day',
        ],
        [floorOf(frac(r, d)), 'gives the days the reserved units cover'],
      ],
    }
  }),
  worked('allocated-by-order-date-not-by-list-order', (rng) => {
    const [q1, q2, q3] = [rng.int(20, 80), rng.int(20, 80), rng.int(20, 80)]
    const n = q2 + q3 + rng.int(5, q1 - 5)
    return {
      stem: `${n} units are in stock for three orders, filled in order-date order with a partial line allowed: #A (placed 3 March, ${q1} units), #B (placed 1 March, ${q2} units) and #C (placed 2 March, ${q3} units). How many units does #A get?`,
      show: units,
      inputs: { n, q1, q2, q3 },
      key: w(n - q2 - q3),
      wrong: [
        [w(Math.min(q1, n)), 'fills the orders in the order listed'],
        [floorOf(frac(n * q1, q1 + q2 + q3)), 'shares the stock pro rata'],
        [w(q1 - (n - q2 - q3)), 'gives the units #A is short'],
        [w(Math.min(q1, Math.floor(n / 3))), 'splits the stock equally between the three orders'],
      ],
    }
  }),
]
