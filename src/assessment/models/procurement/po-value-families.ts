import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  Client,
  cents,
  client,
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

// The money on a purchase order: incremental price schedules, trade discount before VAT, stock
// held on consignment and paid for as used, topping an order up to a minimum order value, and a
// carriage charge waived above a threshold.

export const PO_VALUE_FAMILIES: readonly ScenarioFamily[] = [
  family('incremental-price-schedule-total', (rng) => {
    const { item, unit } = goods(rng)
    const b1 = rng.pick([100, 200, 250])
    const b2 = b1 * rng.pick([2, 3, 4])
    const p1 = rng.int(400, 2_000)
    const p2 = part(p1 * rng.int(85, 94), 100)
    const p3 = part(p1 * rng.int(70, 84), 100)
    const q = rng.int(b2 + 10, b2 * 2)
    const m = cents(symbol(rng))
    const tiered = (b1 - 1) * p1 + (b2 - b1) * p2 + (q - b2 + 1) * p3
    return figures(rng, m, {
      stem: `${possessive(supplier(rng))} incremental price schedule for ${item}: units 1–${grouped(b1 - 1, 0)} at ${m(p1)}; units ${grouped(b1, 0)}–${grouped(b2 - 1, 0)} at ${m(p2)}; every unit from ${grouped(b2, 0)} on at ${m(p3)} (each price applies only to the units in its band). What is the line value of an order for ${grouped(q, 0)} ${unit}?`,
      in: { b1, b2, p1, p2, p3, q },
      key: tiered,
      wrong: [
        ['allUnits', q * p3, 'prices every unit at the band the order reaches'],
        ['listPrice', q * p1, 'prices every unit at the first band'],
        [
          'bandWidthsFromZero',
          b1 * p1 + (b2 - b1) * p2 + (q - b2) * p3,
          'counts each break quantity in the band below',
        ],
        ['twoBands', (b1 - 1) * p1 + (q - b1 + 1) * p2, 'stops at the second band'],
        [
          'averageOfBands',
          part(q * (p1 + p2 + p3), 3),
          'prices every unit at the average of the three prices',
        ],
      ],
    })
  }),
  family('po-total-trade-discount-then-vat', (rng) => {
    const { item, unit } = goods(rng)
    const list = amount(rng, 5, 150) + rng.int(0, 99)
    const qty = rng.int(10, 400)
    const disc = rng.pick([5, 10, 12, 15, 20, 25])
    const vat = rng.pick([20, 21, 19, 23])
    const m = cents(symbol(rng))
    const goodsValue = qty * list
    const net = goodsValue - part(goodsValue * disc, 100)
    return figures(rng, m, {
      stem: `A purchase order for ${grouped(qty, 0)} ${unit} of ${item} at a list price of ${m(list)} carries a ${disc}% trade discount; VAT at ${vat}% is charged on the discounted value. Rounding each step to the cent, what is the order total including VAT?`,
      in: { list, qty, disc, vat },
      key: net + part(net * vat, 100),
      wrong: [
        ['noDiscount', goodsValue + part(goodsValue * vat, 100), 'leaves out the trade discount'],
        ['vatOnList', net + part(goodsValue * vat, 100), 'charges VAT on the list value'],
        ['netOnly', net, 'stops before VAT'],
        [
          'discountAdded',
          goodsValue +
            part(goodsValue * disc, 100) +
            part((goodsValue + part(goodsValue * disc, 100)) * vat, 100),
          'adds the discount instead of deducting it',
        ],
        [
          'vatFraction',
          net + part(net * vat, 100 + vat),
          'adds the VAT fraction of the net, as if taking VAT out of a gross sum',
        ],
      ],
    })
  }),
  family('consignment-stock-usage-invoice', (rng) => {
    const price = amount(rng, 3, 90) + rng.int(0, 99)
    const opening = rng.int(50, 400)
    const delivered = rng.int(100, 600)
    const closing = rng.int(30, opening + delivered - 40)
    const scrapped = rng.int(2, 20)
    const m = cents(symbol(rng))
    const used = opening + delivered - closing
    return figures(rng, m, {
      stem: `${supplier(rng)} holds consignment stock at the site of ${client(rng)}; the client pays ${m(price)} a unit for what it draws from stock each month. This month: opening count ${grouped(opening, 0)}, delivered into consignment ${grouped(delivered, 0)}, closing count ${grouped(closing, 0)}. Of the units drawn, ${scrapped} were later scrapped in the client's own process. What is this month's invoice?`,
      in: { price, opening, delivered, closing, scrapped },
      key: used * price,
      wrong: [
        ['delivered', delivered * price, 'invoices what was delivered into consignment'],
        ['closingStock', closing * price, 'invoices the stock left on site'],
        ['scrapDeducted', (used - scrapped) * price, 'deducts the units the client scrapped'],
        ['noOpening', (delivered - closing) * price, 'leaves out the opening stock'],
        [
          'openingPlusDelivered',
          (opening + delivered) * price,
          'invoices all stock available in the month',
        ],
      ],
    })
  }),
  family('top-up-to-minimum-order-value', (rng) => {
    const { item, unit } = goods(rng)
    const price = amount(rng, 4, 40) + rng.int(0, 99)
    const need = rng.int(5, 40)
    const mov = (part(need * price, 100) + rng.int(5, 30)) * 100
    const show = count(unit)
    const m = cents(symbol(rng))
    const atLeast = Math.ceil(mov / price)
    return figures(rng, show, {
      stem: `${Client(rng)} needs ${grouped(need, 0)} ${unit} of ${item} at ${m(price)} each, but ${supplier(rng)} has a minimum order value of ${m(mov)} (goods only). How many ${unit} should the order be for, at the fewest that meets the minimum?`,
      in: { price, need, mov },
      key: atLeast,
      wrong: [
        ['need', need, 'orders the need and ignores the minimum'],
        [
          'roundedDown',
          Math.floor(mov / price),
          'rounds the units down and falls short of the minimum',
        ],
        ['extraOnly', atLeast - need, 'gives only the extra units'],
        [
          'needPlusMinimum',
          need + Math.ceil(mov / price),
          'adds the minimum’s units on top of the need',
        ],
        ['minimumAsUnits', part(mov, 100), 'reads the minimum value as a number of units'],
      ],
    })
  }),
  family('carriage-waived-above-threshold', (rng) => {
    const threshold = amount(rng, 100, 500, 50)
    const carriage = amount(rng, 8, 40) + rng.pick([0, 50, 95])
    const goodsValue = threshold - amount(rng, 1, 60) - rng.int(1, 99)
    const vat = rng.pick([20, 21])
    const m = cents(symbol(rng))
    const net = goodsValue + carriage
    return figures(rng, m, {
      stem: `${supplier(rng)} charges ${m(carriage)} carriage on orders under ${m(threshold)} of goods (excluding VAT); orders at or above it travel free. Carriage is subject to VAT like the goods, at ${vat}%. An order has ${m(goodsValue)} of goods. What is the order total including VAT?`,
      in: { threshold, carriage, goodsValue, vat },
      key: net + part(net * vat, 100),
      wrong: [
        [
          'carriageFree',
          goodsValue + part(goodsValue * vat, 100),
          'treats the order as over the threshold',
        ],
        [
          'carriageNoVat',
          goodsValue + part(goodsValue * vat, 100) + carriage,
          'charges no VAT on carriage',
        ],
        ['noVat', net, 'leaves out VAT'],
        [
          'thresholdValue',
          threshold + part(threshold * vat, 100),
          'tops the goods up to the threshold',
        ],
        [
          'carriageTwice',
          net + carriage + part((net + carriage) * vat, 100),
          'adds the carriage twice',
        ],
      ],
    })
  }),
]
