import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cents, family, figures, part, symbol } from './pro-text.js'

// A price review as written: an index change passed on within a cap and above a collar.

export const REVIEW_FAMILIES: readonly ScenarioFamily[] = [
  family('price-review-within-cap-and-collar', (rng) => {
    const price = amount(rng, 20, 500) + rng.int(0, 99)
    const cap = rng.pick([3, 4, 5])
    const collar = rng.pick([1, 2])
    const beyond = rng.int(0, 1) === 1
    const change = beyond ? cap + rng.int(1, 6) : rng.int(collar + 1, cap - 1) // percent
    const m = cents(symbol(rng))
    const passed = Math.min(change, cap)
    return figures(rng, m, {
      stem: `At the annual review a unit price of ${m(price)} moves with the agreed index, but the change passed on is limited to ${cap}% (cap), and changes smaller than ${collar}% are ignored (collar). The index rose ${change}%. What is the new price, to the cent?`,
      in: { price, cap, collar, change },
      key: price + part(price * (change < collar ? 0 : passed), 100),
      wrong: [
        [
          'fullChange',
          price + part(price * change, 100),
          'passes on the whole change, ignoring the cap',
        ],
        ['capAlways', price + part(price * cap, 100), 'passes on the cap whatever the change'],
        [
          'collarDeducted',
          price + part(price * (passed - collar), 100),
          'deducts the collar from the change',
        ],
        ['noChange', price, 'treats the cap as a freeze'],
        ['collarOnly', price + part(price * collar, 100), 'passes on the collar'],
        ['capPlusCollar', price + part(price * (cap + collar), 100), 'adds the collar to the cap'],
      ],
    })
  }),
]
