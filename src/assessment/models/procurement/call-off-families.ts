import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  Client,
  cents,
  count,
  family,
  figures,
  grouped,
  part,
  supplier,
  symbol,
} from './pro-text.js'

// Call-offs and amendments: the value of an order after a change order, whole cartons of boxes
// for a need in pieces, and the headroom left under a framework's ceiling.

export const CALL_OFF_FAMILIES: readonly ScenarioFamily[] = [
  family('po-value-after-change-order', (rng) => {
    const q = rng.int(100, 900)
    const price = amount(rng, 5, 80) + rng.int(0, 99)
    const delivered = part(q * rng.int(20, 60), 100)
    const cut = rng.int(10, q - delivered - 10)
    const newPrice = price + rng.int(10, 150)
    const m = cents(symbol(rng))
    const remaining = q - delivered - cut
    return figures(rng, m, {
      stem: `A purchase order for ${grouped(q, 0)} units at ${m(price)} has had ${grouped(delivered, 0)} units delivered. A change order cancels ${grouped(cut, 0)} of the undelivered units and, at the supplier's request, raises the price of the units still to come to ${m(newPrice)}; delivered units stay at the old price. What is the revised order value?`,
      in: { q, price, delivered, cut, newPrice },
      key: delivered * price + remaining * newPrice,
      wrong: [
        ['allAtNewPrice', (q - cut) * newPrice, 'reprices the delivered units too'],
        [
          'noCancellation',
          delivered * price + (q - delivered) * newPrice,
          'keeps the cancelled units',
        ],
        ['oldPriceThroughout', (q - cut) * price, 'keeps the old price on the units to come'],
        [
          'cancelledRepriced',
          delivered * price + remaining * newPrice - cut * (newPrice - price),
          'deducts the price rise on the cancelled units',
        ],
        ['remainingOnly', remaining * newPrice, 'gives only the units still to come'],
      ],
    })
  }),
  family('whole-cartons-for-a-need-in-pieces', (rng) => {
    // Goods counted one by one, so a need in pieces reads naturally.
    const item = rng.pick([
      'steel brackets',
      'LED panels',
      'laboratory pipettes',
      'toner cartridges',
    ])
    const perBox = rng.pick([10, 12, 20, 25, 50])
    const boxesPerCarton = rng.pick([4, 6, 8, 10, 12])
    const need = rng.int(3, 40) * perBox * boxesPerCarton + rng.int(1, perBox * boxesPerCarton - 1)
    const perCarton = perBox * boxesPerCarton
    const show = count('cartons')
    return figures(rng, show, {
      stem: `${Client(rng)} needs ${grouped(need, 0)} ${item}. ${supplier(rng)} packs ${perBox} to a box and ${boxesPerCarton} boxes to a carton, and sells whole cartons only. How many cartons must be ordered?`,
      in: { perBox, boxesPerCarton, need },
      key: Math.ceil(need / perCarton),
      wrong: [
        ['roundedDown', Math.floor(need / perCarton), 'rounds down and falls short'],
        ['boxes', Math.ceil(need / perBox), 'gives the number of boxes'],
        ['perBoxOnly', Math.ceil(need / boxesPerCarton), 'divides by the boxes per carton only'],
        [
          'boxesThenCartons',
          Math.ceil(Math.ceil(need / perBox) / perBox),
          'divides by the pieces per box twice',
        ],
      ],
    })
  }),
  family('framework-headroom-after-call-offs', (rng) => {
    const ceiling = amount(rng, 200_000, 2_000_000, 5_000)
    const calls = [0, 1, 2].map(() => part(ceiling * rng.int(8, 22), 100))
    const pending = part(ceiling * rng.int(5, 15), 100)
    const vat = rng.pick([20, 21])
    const m = cents(symbol(rng))
    const used = calls.reduce((a, b) => a + b, 0)
    return figures(rng, m, {
      stem: `A framework agreement has a ceiling of ${m(ceiling)} excluding VAT. Call-offs awarded so far: ${calls.map(m).join(', ')} (excluding VAT; VAT at ${vat}% is charged on invoices). A new call-off of ${m(pending)} is about to be awarded. What headroom will remain under the ceiling after it?`,
      in: { ceiling, c0: calls[0]!, c1: calls[1]!, c2: calls[2]!, pending, vat },
      key: ceiling - used - pending,
      wrong: [
        ['beforeNewCallOff', ceiling - used, 'leaves out the new call-off'],
        [
          'withVat',
          ceiling - used - pending - part((used + pending) * vat, 100),
          'counts VAT against the ceiling',
        ],
        ['lastCallOffOnly', ceiling - calls[2]! - pending, 'deducts only the latest call-off'],
        ['used', used + pending, 'gives the value used'],
        ['pendingTwice', ceiling - used - 2 * pending, 'deducts the new call-off twice'],
      ],
    })
  }),
]
