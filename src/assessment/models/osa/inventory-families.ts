import {
  add,
  CENTS,
  ceil,
  cents,
  DP1,
  div,
  dollars,
  floor,
  frac,
  mul,
  PCT1,
  pct,
  plain,
  rest,
  usd,
  WHOLE,
  worked,
} from './osa-text.js'

// Inventory and stock as a virtual assistant keeps a shop’s stock figures true: reorder points,
// stock after receipts, returns and write-offs, what is available to sell, days of cover, kits
// drawn from component stock, counts reconciled, average and FIFO costs and orders rounded to the
// supplier’s packs. The slips are a week taken for a day, committed or incoming stock counted as
// on hand, a kit’s components counted once and a count compared with the wrong base.

const money = usd(2)
const pct1 = pct(1)
const units = plain(0, 'units')
const min = (...xs: readonly number[]) => Math.min(...xs)

export const INVENTORY_FAMILIES = [
  worked('reorder-point-from-weekly-sales-and-a-lead-time-in-days', (rng) => {
    const w = rng.int(20, 300)
    const l = rng.int(4, 20)
    const s = rng.int(10, 120)
    return {
      stem: `A product sells ${w} units a week, evenly over all seven days. The supplier’s lead time is ${l} days and the client keeps ${s} units of safety stock. Reorder point = daily sales × lead time + safety stock. What reorder point should you set, ${WHOLE}?`,
      show: units,
      figures: { w, l, s },
      key: add(mul(frac(w, 7), l), s),
      wrong: [
        [add(mul(w, l), s), 'uses weekly sales as daily sales'],
        [add(mul(frac(w, 5), l), s), 'spreads the week’s sales over five days'],
        [mul(frac(w, 7), l), 'leaves out the safety stock'],
        [frac(Math.ceil(w / 7) * l + s), 'rounds the daily sales up before multiplying'],
      ],
    }
  }),
  worked('stock-on-hand-after-receipts-returns-and-write-offs', (rng) => {
    const o = rng.int(40, 400)
    const rc = rng.int(20, 200)
    const sd = rng.int(30, o + rc - 20)
    const r1 = rng.int(2, 15)
    const r2 = rng.int(1, 8)
    const wo = rng.int(1, 10)
    return {
      stem: `A SKU started the week with ${o} units on hand. During the week: ${rc} units received, ${sd} units sold and shipped, ${r1 + r2} units returned of which ${r2} were damaged and not restocked, and ${wo} unit${wo > 1 ? 's' : ''} written off after a shelf accident. How many units are on hand at the end of the week?`,
      show: units,
      figures: { o, rc, sd, r1, r2, wo },
      key: frac(o + rc - sd + r1 - wo),
      wrong: [
        [frac(o + rc - sd + r1 + r2 - wo), 'restocks the damaged returns too'],
        [frac(o + rc - sd - wo), 'leaves out the restocked returns'],
        [frac(o + rc - sd + r1), 'leaves out the write-off'],
        [frac(o + rc - sd - r1 - wo), 'subtracts the returns'],
        [frac(o + rc - sd + r1 + r2), 'restocks the damaged returns and leaves out the write-off'],
        [frac(o + rc - sd + r1 - r2 - wo), 'subtracts the damaged returns'],
      ],
    }
  }),
  worked('available-to-sell-net-of-commitments', (rng) => {
    const h = rng.int(80, 600)
    const c = rng.int(10, Math.floor(h / 3))
    const q = rng.int(2, 15)
    const inc = rng.int(20, 200)
    return {
      stem: `The warehouse shows ${h} units of a SKU on hand. ${c} units are committed to paid orders not yet shipped, ${q} units are on hold for a quality check, and a purchase order of ${inc} units is due next week. The shop sells only what is on hand and not committed or on hold. How many units are available to sell?`,
      show: units,
      figures: { h, c, q, inc },
      key: frac(h - c - q),
      wrong: [
        [frac(h - c), 'leaves the units on hold in stock'],
        [frac(h - c - q + inc), 'counts the incoming purchase order'],
        [frac(h - q), 'leaves the committed units in stock'],
        [frac(h), 'counts everything on hand as available'],
      ],
    }
  }),
  worked('days-of-cover-net-of-committed-orders', (rng) => {
    const t = rng.int(60, 900)
    const s = rng.int(40, 600)
    const c = rng.int(5, Math.floor(s / 4))
    return {
      stem: `A SKU sold ${t} units over the last 4 weeks (28 days). It has ${s} units on hand, of which ${c} are committed to orders not yet shipped. At that average daily rate, how many days of cover does the uncommitted stock give, ${DP1}?`,
      show: plain(1, 'days'),
      figures: { t, s, c },
      key: div(mul(s - c, 28), t),
      wrong: [
        [div(mul(s, 28), t), 'counts the committed units as cover'],
        [div(mul(s - c, 30), t), 'takes the four weeks as 30 days'],
        [div(mul(s - c, 4), t), 'gives weeks of cover'],
        [div(mul(s - c, 20), t), 'counts only the 20 weekdays'],
      ],
    }
  }),
  worked('kits-buildable-from-component-stock', (rng) => {
    const a = 2
    const b = 3
    const c = rng.int(5, 6)
    const kits = rng.int(15, 60)
    const sc = kits * c + rng.int(0, c - 1)
    const sb = (kits + rng.int(5, 30)) * b + rng.int(0, b - 1)
    const sa = rng.int(2 * kits + 2, Math.min(sb, sc) - 1)
    const k = min(Math.floor(sa / a), Math.floor(sb / b), Math.floor(sc / c))
    const low = min(sa, sb, sc)
    const lowK =
      low === sa ? Math.floor(sa / a) : low === sb ? Math.floor(sb / b) : Math.floor(sc / c)
    if (lowK === k) rest()
    return {
      stem: `A gift kit uses ${a} candle${a > 1 ? 's' : ''}, ${b} soaps and ${c} bath bombs. On hand: ${sa} candles, ${sb} soaps, ${sc} bath bombs. How many complete kits can the kit listing show as available?`,
      show: plain(0, 'kits'),
      figures: { a, b, c, sa, sb, sc },
      key: frac(k),
      wrong: [
        [frac(low), 'takes the fewest components on hand'],
        [frac(lowK), 'works from the component with the fewest units on hand'],
        [
          frac(Math.floor((sa + sb + sc) / (a + b + c))),
          'divides all components by the kit’s size',
        ],
        [
          frac(Math.max(Math.floor(sa / a), Math.floor(sb / b), Math.floor(sc / c))),
          'takes the most kits any one component allows',
        ],
        [
          frac(Math.floor(low / c)),
          'divides the scarcest component by the largest quantity a kit uses',
        ],
      ],
    }
  }),
  worked('component-left-after-kits-and-singles', (rng) => {
    const a = rng.int(2, 4)
    const k = rng.int(10, 60)
    const s1 = rng.int(10, 80)
    const sa = k * a + s1 + rng.int(20, 200)
    return {
      stem: `A mug is sold on its own and in a gift set that holds ${a} mugs; the set draws its stock from the mug’s inventory. The mug had ${sa} units. This week ${s1} single mugs and ${k} gift sets sold. How many mugs are left?`,
      show: units,
      figures: { a, k, s1, sa },
      key: frac(sa - s1 - k * a),
      wrong: [
        [frac(sa - s1 - k), 'takes one mug per set'],
        [frac(sa - s1), 'leaves out the sets'],
        [frac(sa - k * a), 'leaves out the single sales'],
        [frac(sa - (s1 + k) * a), 'multiplies the single sales by the set size too'],
      ],
    }
  }),
  worked('shrink-rate-from-a-cycle-count-with-picked-orders', (rng) => {
    const s = rng.int(200, 1500)
    const t = rng.int(5, 40)
    const sh = rng.int(3, 30)
    const c = s - t - sh
    return {
      stem: `The system shows ${s} units of a SKU. You count ${c} on the shelf. ${t} units were picked for orders after the system figure was taken and are not yet deducted from it. Shrink rate = missing units ÷ units that should be on the shelf. What is the shrink rate, ${PCT1}?`,
      show: pct1,
      figures: { s, t, c },
      key: frac(sh, s - t),
      wrong: [
        [frac(s - c, s), 'counts the picked units as missing'],
        [frac(sh, c), 'divides by the units counted'],
        [frac(sh, s), 'divides by the system figure'],
        [frac(s - c, s - t), 'counts the picked units as missing over the corrected base'],
      ],
    }
  }),
  worked('stock-turn-on-average-inventory-at-cost', (rng) => {
    const op = rng.int(20, 120) * 100
    const cl = rng.int(20, 120) * 100
    const cogs = rng.int(100, 900) * 100
    const mu = rng.pick([60, 80, 100, 120])
    if (op === cl) rest()
    const rev = (cogs * (100 + mu)) / 100
    return {
      stem: `Last year the shop’s stock at cost was ${dollars(op * 100)} at the start and ${dollars(cl * 100)} at the end. Cost of goods sold was ${dollars(cogs * 100)} and sales revenue ${dollars(rev * 100)}. Stock turn = cost of goods sold ÷ average stock at cost, where average = (opening + closing) ÷ 2. What is the stock turn, to two decimal places (a half rounded up)?`,
      show: plain(2, 'turns'),
      figures: { op, cl, cogs, mu },
      key: div(cogs, frac(op + cl, 2)),
      wrong: [
        [div(rev, frac(op + cl, 2)), 'uses sales revenue, not cost of goods sold'],
        [frac(cogs, op + cl), 'divides by opening plus closing without halving'],
        [frac(cogs, cl), 'divides by closing stock'],
        [frac(cogs, op), 'divides by opening stock'],
        [div(frac(op + cl, 2), cogs), 'divides average stock by cost of goods sold'],
        [frac(rev, cl), 'uses sales revenue over closing stock'],
      ],
    }
  }),
  worked('weighted-average-cost-after-a-receipt-with-freight', (rng) => {
    const q1 = rng.int(20, 200)
    const c1 = rng.int(300, 2000)
    const q2 = rng.int(50, 300)
    const c2 = c1 + rng.int(20, 400)
    const f = rng.int(20, 300) * 100
    const total = add(mul(cents(c1), q1), mul(cents(c2), q2), cents(f))
    return {
      stem: `A SKU has ${q1} units on hand at an average cost of ${dollars(c1)}. A delivery of ${q2} units arrives at ${dollars(c2)} each, and the delivery’s freight of ${dollars(f)} is part of its cost. The shop uses weighted average cost. What is the new average cost per unit, ${CENTS}?`,
      show: money,
      figures: { q1, c1, q2, c2, f },
      key: div(total, q1 + q2),
      wrong: [
        [div(add(mul(cents(c1), q1), mul(cents(c2), q2)), q1 + q2), 'leaves out the freight'],
        [
          add(div(add(mul(cents(c1), q1), mul(cents(c2), q2)), q1 + q2), div(cents(f), q2)),
          'adds the freight per delivered unit to the average',
        ],
        [add(cents(c2), div(cents(f), q2)), 'gives the delivery’s landed cost alone'],
        [
          div(add(cents(c1), cents(c2), div(cents(f), q2)), 2),
          'averages the two unit costs without weighting',
        ],
        [div(cents(c1 + c2), 2), 'averages the two unit costs, leaving out the freight'],
      ],
    }
  }),
  worked('order-quantity-rounded-up-to-case-packs', (rng) => {
    const k = rng.pick([6, 8, 12, 20, 24])
    const tgt = rng.int(150, 800)
    const oh = rng.int(20, Math.floor(tgt / 3))
    const oo = rng.int(10, Math.floor(tgt / 4))
    const need = tgt - oh - oo
    if (need % k === 0) rest()
    return {
      stem: `The client tops a SKU up to ${tgt} units each month. It has ${oh} on hand and ${oo} on an open purchase order. The supplier sells only in cases of ${k}, and the shop orders enough whole cases to reach at least the target. How many units do you order?`,
      show: units,
      figures: { k, tgt, oh, oo },
      key: mul(ceil(frac(need, k)), k),
      wrong: [
        [frac(need), 'orders the exact shortfall, ignoring the case size'],
        [mul(floor(frac(need, k)), k), 'rounds down to whole cases'],
        [mul(ceil(frac(tgt - oh, k)), k), 'ignores the open purchase order'],
        [ceil(frac(need, k)), 'gives the number of cases, not units'],
      ],
    }
  }),
  worked('supplier-claim-for-short-and-damaged-units', (rng) => {
    const q = rng.int(50, 400)
    const sh = rng.int(3, 25)
    const dm = rng.int(2, 15)
    const c = rng.int(200, 2500)
    const v = rng.pick([5, 10, 20])
    return {
      stem: `A purchase order for ${q} units at ${dollars(c)} each (plus VAT at ${v}%) was invoiced in full. ${q - sh} units arrived and ${dm} of those were damaged. The supplier credits short and damaged units at the invoice price including VAT. What credit do you claim, ${CENTS}?`,
      show: money,
      figures: { q, sh, dm, c, v },
      key: mul(cents(c), sh + dm, frac(100 + v, 100)),
      wrong: [
        [mul(cents(c), sh + dm), 'leaves out the VAT'],
        [mul(cents(c), sh, frac(100 + v, 100)), 'claims the short units only'],
        [mul(cents(c), dm, frac(100 + v, 100)), 'claims the damaged units only'],
        [
          div(mul(cents(c), sh + dm), frac(100 + v, 100)),
          'takes VAT out of the unit price as if it included VAT',
        ],
      ],
    }
  }),
  worked('open-to-buy-units-for-next-month', (rng) => {
    const ps = rng.int(100, 800)
    const pe = rng.int(80, 500)
    const op = rng.int(60, 400)
    const oo = rng.int(20, 200)
    const key = ps + pe - op - oo
    if (key <= 20) rest()
    return {
      stem: `For next month the client plans to sell ${ps} units of a line and wants ${pe} units left at month end. She expects to start the month with ${op} units, and ${oo} units are already on order for delivery in the month. Open-to-buy = planned sales + planned closing stock − opening stock − on order. How many more units may she buy?`,
      show: units,
      figures: { ps, pe, op, oo },
      key: frac(key),
      wrong: [
        [frac(ps + pe - op), 'ignores the units already on order'],
        [frac(ps + pe + op - oo), 'adds the opening stock'],
        [frac(ps + pe - oo), 'ignores the opening stock'],
        [frac(ps + pe + oo - op), 'adds the units on order'],
      ],
    }
  }),
  worked('revenue-lost-to-a-stock-out-before-a-delivery', (rng) => {
    const d = rng.int(4, 30)
    const l = rng.int(2, 4)
    const s = rng.int(5, 7 * d * l - 10)
    const p = rng.int(15, 90) * 100 - 1
    const c = Math.round((p * rng.int(35, 60)) / 100)
    return {
      stem: `A product sells ${d} units a day, seven days a week, at ${dollars(p)} (cost ${dollars(c)}). ${s} units are left and the next delivery arrives in ${l} weeks. Sales that cannot be made while it is out of stock are lost. What sales revenue is lost before the delivery, ${CENTS}?`,
      show: money,
      figures: { d, l, s, p, c },
      key: mul(7 * d * l - s, cents(p)),
      wrong: [
        [mul(7 * d * l - s, cents(c)), 'values the lost units at cost'],
        [mul(7 * d * l, cents(p)), 'ignores the units still in stock'],
        [mul(7 * d * l - s, cents(p - c)), 'gives the lost gross profit'],
        [mul(7 * d * l + s, cents(p)), 'adds the units in stock to the demand'],
        [mul((7 * l + 1) * d - s, cents(p)), 'counts the delivery day as a day out of stock'],
      ],
    }
  }),
  worked('fifo-cost-of-units-sold-across-two-batches', (rng) => {
    const q1 = rng.int(20, 150)
    const c1 = rng.int(300, 2000)
    const q2 = rng.int(50, 200)
    const c2 = c1 + rng.int(30, 500)
    const s = rng.int(q1 + 5, q1 + q2 - 5)
    const avg = div(add(mul(cents(c1), q1), mul(cents(c2), q2)), q1 + q2)
    const lifo = s <= q2 ? mul(cents(c2), s) : add(mul(cents(c2), q2), mul(cents(c1), s - q2))
    return {
      stem: `A SKU’s stock is an older batch of ${q1} units at ${dollars(c1)} and a newer batch of ${q2} units at ${dollars(c2)}. This month ${s} units sold. The shop costs sales first in, first out. What is the cost of goods sold, ${CENTS}?`,
      show: money,
      figures: { q1, c1, q2, c2, s },
      key: add(mul(cents(c1), q1), mul(cents(c2), s - q1)),
      wrong: [
        [mul(cents(c1), s), 'costs every unit at the older price'],
        [mul(cents(c2), s), 'costs every unit at the newer price'],
        [lifo, 'costs the newer batch first'],
        [mul(avg, s), 'uses the weighted average cost'],
        [mul(cents(c1), q1), 'costs only the older batch'],
      ],
    }
  }),
  worked('min-max-order-quantity-with-backorders', (rng) => {
    const mx = rng.int(200, 900)
    const mn = rng.int(40, Math.floor(mx / 3))
    const oh = rng.int(5, mn)
    const oo = rng.int(10, 80)
    const bo = rng.int(3, 30)
    return {
      stem: `A SKU runs on min-max: when stock on hand plus on order, less backorders owed to customers, is at or below ${mn}, order up to ${mx}. It has ${oh} on hand, ${oo} on order and ${bo} units backordered. How many units do you order?`,
      show: units,
      figures: { mx, mn, oh, oo, bo },
      key: frac(mx - oh - oo + bo),
      wrong: [
        [frac(mx - oh + bo), 'ignores the units on order'],
        [frac(mx - oh - oo), 'ignores the backorders'],
        [frac(mx - mn), 'orders the gap between max and min'],
        [frac(mx - oh - oo - bo), 'subtracts the backorders'],
        [frac(mx - oo + bo), 'ignores the stock on hand'],
      ],
    }
  }),
  worked('write-down-of-slow-stock-to-net-realisable-value', (rng) => {
    const q = rng.int(20, 300)
    const c = rng.int(800, 4000)
    const p = rng.int(Math.floor(c * 0.4), Math.floor(c * 0.9))
    const s = rng.int(50, Math.floor(p / 3))
    return {
      stem: `${q} units of a discontinued line cost ${dollars(c)} each. They can be cleared at ${dollars(p)} each, with selling costs (fees and postage) of ${dollars(s)} a unit. Stock is written down to net realisable value (clearance price less selling costs) where that is below cost. What is the write-down, ${CENTS}?`,
      show: money,
      figures: { q, c, p, s },
      key: mul(q, cents(c - p + s)),
      wrong: [
        [mul(q, cents(c - p)), 'ignores the selling costs'],
        [mul(q, cents(c)), 'writes off the whole cost'],
        [mul(q, cents(p - s)), 'gives the net realisable value'],
        [mul(q, cents(c - p - s)), 'adds the selling costs to the clearance price'],
      ],
    }
  }),
]
