import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, bidder, Client, cents, family, symbol, worked } from './pro-text.js'

// Compliance before price: a lowest-price-compliant award, where pass/fail criteria (deadline,
// delivery limit, certification) rule bids out before any price is compared.

export const COMPLIANCE_FAMILIES: readonly ScenarioFamily[] = [
  family('lowest-price-compliant-award', (rng) => {
    const maxWeeks = rng.pick([4, 6, 8])
    // Cheapest first: late, no certificate, too slow, compliant (key), compliant and fastest.
    const price = [0, 1, 2, 3, 4].map((j) =>
      amount(rng, 20_000 + j * 2_000, 21_900 + j * 2_000, 10),
    )
    const weeks = [
      rng.int(2, maxWeeks),
      rng.int(2, maxWeeks),
      maxWeeks + rng.int(1, 3),
      maxWeeks,
      rng.int(2, maxWeeks - 1),
    ]
    const cert = [true, false, true, true, true]
    const late = [true, false, false, false, false]
    const at = rng.shuffle([0, 1, 2, 3, 4])
    const m = cents(symbol(rng))
    const row = (k: number) => {
      const j = at.indexOf(k)
      return `${bidder(k)}: ${m(price[j]!)}, delivery in ${weeks[j]} weeks, ISO 9001 ${cert[j] ? 'certified' : 'not certified'}${late[j] ? ', received 40 minutes after the deadline' : ''}`
    }
    const who = (j: number) => bidder(at[j]!)
    return worked(rng, {
      stem: `${Client(rng)} awards to the lowest-priced compliant bid. Bids must arrive by the deadline, offer delivery within ${maxWeeks} weeks and hold ISO 9001 certification (all pass/fail). ${[0, 1, 2, 3, 4].map(row).join('; ')}. Who wins?`,
      in: {
        maxWeeks,
        ...Object.fromEntries(
          at.map((k, j) => [
            `b${k}`,
            `${price[j]}|${weeks[j]}|${cert[j] ? 1 : 0}|${late[j] ? 1 : 0}`,
          ]),
        ),
      },
      key: who(3),
      wrong: [
        ['acceptsLate', who(0), 'accepts the bid that arrived after the deadline'],
        ['ignoresCertificate', who(1), 'treats the certificate as a scored point, not pass/fail'],
        ['ignoresDelivery', who(2), 'overlooks the delivery limit'],
        ['fastest', who(4), 'prefers the fastest compliant delivery to the lowest price'],
      ],
    })
  }),
]
