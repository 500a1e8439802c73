import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  Client,
  cents,
  count,
  family,
  figures,
  goods,
  grouped,
  part,
  possessive,
  supplier,
  symbol,
} from './pro-text.js'

// Purchase orders and deliveries: order quantities under pack sizes and minimums, price-break
// schedules (all-units and incremental), over-delivery tolerances, back-orders after rejections,
// open commitments, cancellation charges and MRP net requirements, each as the stem's terms say.

/** Units rounded up to whole packs. */
const packs = (units: number, size: number) => Math.ceil(units / size) * size

export const ORDER_FAMILIES: readonly ScenarioFamily[] = [
  family('order-quantity-pack-and-minimum', (rng) => {
    const { item, unit } = goods(rng)
    const size = rng.pick([6, 12, 20, 24, 25, 50])
    const need = rng.int(3, 30) * size + rng.int(1, size - 1)
    const minimum = need + rng.int(1, 4) * size + rng.int(1, size - 1)
    const show = count(unit)
    return figures(rng, show, {
      stem: `${Client(rng)} needs ${show(need)} of ${item}. ${supplier(rng)} sells them only in packs of ${size} and has a minimum order of ${show(minimum)} per order. How many ${unit} must the order be for?`,
      in: { need, size, minimum },
      key: packs(Math.max(need, minimum), size),
      wrong: [
        ['needOnly', packs(need, size), 'rounds the need up to packs and ignores the minimum'],
        ['exactMinimum', minimum, 'orders the minimum without rounding it to whole packs'],
        [
          'roundedDown',
          Math.floor(minimum / size) * size,
          'rounds the minimum down to whole packs',
        ],
        ['minimumAsPacks', minimum * size, 'reads the minimum as a number of packs'],
        ['needPlusMinimum', packs(need + minimum, size), 'adds the minimum on top of the need'],
      ],
    })
  }),
  family('all-units-price-break-total', (rng) => {
    const { item, unit } = goods(rng)
    const b1 = rng.pick([100, 200, 250])
    const b2 = b1 * rng.pick([3, 4, 5])
    const p1 = rng.int(400, 2_000)
    const p2 = part(p1 * rng.int(85, 94), 100)
    const p3 = part(p1 * rng.int(72, 84), 100)
    const q = rng.int(b1 + 10, b2 - 10)
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${possessive(supplier(rng))} all-units price list for ${item}: 1–${grouped(b1 - 1, 0)} ${unit} at ${m(p1)} each; ${grouped(b1, 0)}–${grouped(b2 - 1, 0)} at ${m(p2)} each; ${grouped(b2, 0)} or more at ${m(p3)} each (the price reached applies to every unit ordered). What is the line value of an order for ${grouped(q, 0)} ${unit}?`,
      in: { b1, b2, p1, p2, p3, q },
      key: q * p2,
      wrong: [
        [
          'incremental',
          (b1 - 1) * p1 + (q - b1 + 1) * p2,
          'prices only the units above the break at the lower price',
        ],
        ['listPrice', q * p1, 'uses the first-tier price'],
        ['topTier', q * p3, 'uses the lowest price on the list'],
        ['breakQuantity', b1 * p2, 'prices the break quantity instead of the order'],
        ['averagePrice', part(q * (p1 + p2), 2), 'averages the first two tier prices'],
      ],
    })
  }),
  family('buy-up-to-the-price-break', (rng) => {
    const { item, unit } = goods(rng)
    const brk = rng.pick([100, 250, 500, 1_000])
    const p1 = rng.int(300, 3_000)
    const p2 = part(p1 * rng.int(82, 94), 100)
    const q = brk - rng.int(1, Math.floor(brk * 0.12))
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)} needs at least ${grouped(q, 0)} ${unit} of ${item} and can store any extra. Price: ${m(p1)} each below ${grouped(brk, 0)} ${unit}; ${m(p2)} each on every unit when ${grouped(brk, 0)} or more are ordered. What is the least it can pay?`,
      in: { brk, p1, p2, q },
      key: Math.min(q * p1, brk * p2),
      wrong: [
        ['exactNeed', q * p1, 'orders exactly the need at the higher price'],
        ['needAtBreakPrice', q * p2, 'takes the break price without reaching the break'],
        ['breakAtHigherPrice', brk * p1, 'orders the break quantity but at the higher price'],
        ['saving', Math.abs(q * p1 - brk * p2), 'gives the difference between the two orders'],
        ['extraUnitsOnly', (brk - q) * p2, 'prices only the extra units needed to reach the break'],
      ],
    })
  }),
  family('over-delivery-tolerance-returns', (rng) => {
    const { item, unit } = goods(rng)
    const ordered = rng.int(20, 200) * 10
    const tol = rng.pick([2, 3, 5, 10])
    const allowed = Math.floor((ordered * (100 + tol)) / 100)
    const delivered = allowed + rng.int(5, Math.max(6, part(ordered * tol, 100)))
    const show = count(unit)
    return figures(rng, show, {
      stem: `A purchase order for ${show(ordered)} of ${item} accepts over-delivery of up to ${tol}% of the ordered quantity at the order price; anything beyond is returned at the supplier's cost. ${show(delivered)} arrive. How many ${unit} go back?`,
      in: { ordered, tol, delivered },
      key: delivered - allowed,
      wrong: [
        ['allOver', delivered - ordered, 'returns everything over the ordered quantity'],
        [
          'toleranceUnits',
          Math.floor((ordered * tol) / 100),
          'gives the tolerance allowed rather than the excess',
        ],
        ['wholeDelivery', delivered, 'rejects the whole delivery'],
        ['acceptsAll', 0, 'reads the tolerance as covering any over-delivery'],
        [
          'toleranceOnExcess',
          delivered - ordered - Math.floor(((delivered - ordered) * tol) / 100),
          'applies the tolerance to the excess instead of the order',
        ],
      ],
    })
  }),
  family('back-order-after-rejections', (rng) => {
    const { item, unit } = goods(rng)
    const ordered = rng.int(40, 300) * 10
    const d1 = part(ordered * rng.int(25, 40), 100)
    const d2 = part(ordered * rng.int(25, 40), 100)
    const r1 = rng.int(3, 40)
    const r2 = rng.int(3, 40)
    const show = count(unit)
    return figures(rng, show, {
      stem: `A purchase order is for ${show(ordered)} of ${item}. Delivery 1 brought ${d1}, of which ${r1} failed inspection and were returned for credit; delivery 2 brought ${d2}, of which ${r2} were returned. The order stays open for every unit not yet accepted. How many ${unit} are still on back-order?`,
      in: { ordered, d1, d2, r1, r2 },
      key: ordered - (d1 - r1) - (d2 - r2),
      wrong: [
        ['ignoresReturns', ordered - d1 - d2, 'counts returned units as delivered'],
        ['returnsOnly', r1 + r2, 'gives only the returned units'],
        ['lastDeliveryOnly', ordered - (d2 - r2), 'deducts only the latest delivery'],
        ['returnsDoubled', ordered - d1 - d2 + 2 * (r1 + r2), 'adds the returns back twice'],
        ['accepted', d1 - r1 + d2 - r2, 'gives the units accepted so far'],
      ],
    })
  }),
  family('open-commitment-on-a-po', (rng) => {
    const price = amount(rng, 5, 120) + rng.int(0, 99)
    const ordered = rng.int(50, 600)
    const received = part(ordered * rng.int(30, 70), 100)
    const invoiced = received - rng.int(5, Math.max(6, part(received, 3)))
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)}'s purchase order is for ${grouped(ordered, 0)} units at ${m(price)}. ${grouped(received, 0)} have been received and ${grouped(invoiced, 0)} of those invoiced. The budget report shows as committed the value of goods ordered but not yet received. What is the open commitment?`,
      in: { price, ordered, received, invoiced },
      key: (ordered - received) * price,
      wrong: [
        [
          'notInvoiced',
          (ordered - invoiced) * price,
          'deducts what is invoiced, not what is received',
        ],
        [
          'receivedAndInvoiced',
          (ordered - received - invoiced) * price,
          'deducts both the received and the invoiced units',
        ],
        ['receivedValue', received * price, 'gives the value received'],
        ['wholeOrder', ordered * price, 'leaves the whole order committed'],
        [
          'receivedNotInvoiced',
          (received - invoiced) * price,
          'gives the value received but not invoiced',
        ],
      ],
    })
  }),
  family('cancellation-charge-by-notice', (rng) => {
    const value = amount(rng, 2_000, 40_000, 10)
    const tiers = rng.pick([
      [30, 14, 10, 25],
      [21, 7, 15, 40],
      [28, 10, 10, 30],
    ])
    const [free, late, mid, high] = tiers as [number, number, number, number]
    const band = rng.int(0, 1)
    const notice = band === 0 ? rng.int(late, free - 1) : rng.int(1, late - 1)
    const rate = band === 0 ? mid : high
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `A purchase order's terms: cancelled ${free} or more days before the delivery date, no charge; ${late} to ${free - 1} days before, ${mid}% of the cancelled value; fewer than ${late} days before, ${high}%. ${Client(rng)} cancels ${m(value)} of goods ${notice} days before delivery. What is the charge?`,
      in: { value, free, late, mid, high, notice },
      key: part(value * rate, 100),
      wrong: [
        [
          'otherBand',
          part(value * (band === 0 ? high : mid), 100),
          'reads the notice against the wrong band',
        ],
        ['remainder', value - part(value * rate, 100), 'gives what is saved, not what is charged'],
        ['bothBands', part(value * (mid + high), 100), 'adds both bands’ percentages'],
        ['noCharge', 0, 'treats any notice before delivery as free cancellation'],
        ['fullValue', value, 'charges the whole cancelled value'],
      ],
    })
  }),
  family('mrp-net-requirement', (rng) => {
    const { unit } = goods(rng)
    const gross = rng.int(300, 2_000)
    const onHand = rng.int(50, 400)
    const scheduled = rng.int(50, 400)
    const safety = rng.int(40, 200)
    const lot = rng.pick([50, 100, 200])
    const net = gross + safety - onHand - scheduled
    const lots = (n: number) => Math.ceil(Math.max(0, n) / lot) * lot
    const show = count(unit)
    return figures(rng, show, {
      stem: `For next period: gross requirement ${grouped(gross, 0)}, on hand ${grouped(onHand, 0)}, a scheduled receipt of ${grouped(scheduled, 0)} due, safety stock to hold ${grouped(safety, 0)} at period end. Orders are placed in lots of ${grouped(lot, 0)}. How many ${unit} should the planned order be?`,
      in: { gross, onHand, scheduled, safety, lot },
      key: lots(net),
      wrong: [
        ['noSafety', lots(gross - onHand - scheduled), 'leaves out the safety stock'],
        ['noScheduled', lots(gross + safety - onHand), 'ignores the scheduled receipt'],
        [
          'safetySubtracted',
          lots(gross - safety - onHand - scheduled),
          'subtracts the safety stock',
        ],
        ['grossInLots', lots(gross), 'orders the gross requirement'],
        ['roundedDown', Math.floor(Math.max(0, net) / lot) * lot, 'rounds down to whole lots'],
        ['unrounded', net, 'ignores the lot size'],
        ['safetyOnTop', lots(net) + safety, 'adds the safety stock again after rounding'],
      ],
    })
  }),
]
