import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  client,
  drawn,
  family,
  figures,
  item,
  qty,
  statements,
  symbol,
  worked,
} from './scm-text.js'

// Purchasing and warehouse operations: picking by FEFO (first expired, first out) and FIFO, the
// latest date a purchase order can go out, the three-way match of order, receipt and invoice,
// the days left before a reorder, cycle-count workloads, and the practices a client names.

/** Day numbers count from 1 January 2026 (day 0); dates are shown as `14 April 2026`. */
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
export const dayText = (day: number): string => DATE.format(new Date(Date.UTC(2026, 0, 1 + day)))

const LOT_IDS = ['L-104', 'L-117', 'L-121', 'L-136', 'L-142', 'L-158'] as const

/** Lots whose receipt order differs from their expiry order, each with a quantity. */
function lots(rng: Rng, n: number) {
  const ids = rng.shuffle([...LOT_IDS]).slice(0, n)
  // Distinct dates, so that each ordering names one lot.
  const received = rng.shuffle(Array.from({ length: 34 }, (_, k) => 20 + 3 * k))
  const expires = rng.shuffle(Array.from({ length: 60 }, (_, k) => 200 + 3 * k))
  return ids.map((id, k) => ({
    id,
    received: received[k]!,
    expires: expires[k]!,
    units: drawn(rng, 40, 300, 10),
  }))
}

export const OPERATION_FAMILIES: readonly ScenarioFamily[] = [
  family('fefo-lot-to-pick', (rng) => {
    const today = 140
    const minLife = rng.pick([14, 21, 30])
    // One lot is too short-dated to ship; the others all have the minimum shelf life left.
    const ls = lots(rng, 5).map((l, k) =>
      k === 0 ? { ...l, expires: today + rng.int(1, minLife - 1) } : l,
    )
    const eligible = ls.filter((l) => l.expires - today >= minLife)
    const first = <T>(xs: T[], f: (x: T) => number) => [...xs].sort((a, b) => f(a) - f(b))[0]!
    const table = rng
      .shuffle(ls)
      .map((l) => `${l.id} received ${dayText(l.received)}, expires ${dayText(l.expires)}`)
      .join('; ')
    return worked(rng, {
      stem: `${Client(rng)} picks food supplements by FEFO, and a lot may ship only with at least ${minLife} days of shelf life left. Today is ${dayText(today)}. Lots in stock: ${table}. Which lot is picked next?`,
      in: {
        today,
        minLife,
        ...Object.fromEntries(
          ls.flatMap((l) => [
            [`r${l.id}`, l.received],
            [`e${l.id}`, l.expires],
          ]),
        ),
      },
      key: first(eligible, (l) => l.expires).id,
      wrong: [
        [
          'fifo',
          first(eligible, (l) => l.received).id,
          'picks the oldest receipt (FIFO) instead of the earliest expiry',
        ],
        [
          'shortDated',
          first(ls, (l) => l.expires).id,
          'picks the earliest expiry without checking the minimum shelf life',
        ],
        ['lifo', first(eligible, (l) => -l.received).id, 'picks the newest receipt (LIFO)'],
        ['latest', first(eligible, (l) => -l.expires).id, 'picks the longest-dated lot'],
      ],
    })
  }),
  family('fifo-allocation-of-a-pick', (rng) => {
    const ls = lots(rng, 4)
    const total = ls.reduce((s, l) => s + l.units, 0)
    const want = drawn(rng, Math.min(...ls.map((l) => l.units)) + 10, Math.floor(total * 0.6), 10)
    const allocate = (order: typeof ls) => {
      let left = want
      const out: string[] = []
      for (const l of order) {
        if (left <= 0) break
        const take = Math.min(left, l.units)
        out.push(`${take} from ${l.id}`)
        left -= take
      }
      return out.join(', ')
    }
    const by = (f: (l: (typeof ls)[number]) => number) => [...ls].sort((a, b) => f(a) - f(b))
    return worked(rng, {
      stem: `A warehouse allocates picks FIFO by receipt date. ${want} ${item(rng)} are ordered; stock is ${ls.map((l) => `${l.id}: ${l.units} units received ${dayText(l.received)}`).join('; ')}. Which allocation is right?`,
      in: {
        want,
        ...Object.fromEntries(
          ls.flatMap((l) => [
            [`r${l.id}`, l.received],
            [`u${l.id}`, l.units],
          ]),
        ),
      },
      key: allocate(by((l) => l.received)),
      wrong: [
        ['lifo', allocate(by((l) => -l.received)), 'takes the newest receipts first (LIFO)'],
        [
          'largest',
          allocate(by((l) => -l.units)),
          'takes the largest lot first to save pick trips',
        ],
        [
          'lotNumber',
          allocate(by((l) => Number(l.id.slice(2)))),
          'takes lots in lot-number order instead of receipt date',
        ],
        ['smallest', allocate(by((l) => l.units)), 'clears the smallest lots first'],
      ],
    })
  }),
  family('latest-purchase-order-date', (rng) => {
    const need = drawn(rng, 120, 330)
    const P = rng.pick([14, 21, 28, 35])
    const T = drawn(rng, 18, 40)
    const R = rng.pick([2, 3, 4, 5])
    return worked(rng, {
      stem: `${Client(rng)} needs ${item(rng)} on the shelf by ${dayText(need)}. The supplier needs ${P} calendar days to make the goods after the order, ocean and inland transit takes ${T} days, and receiving and quality inspection take ${R} days. What is the latest date to place the purchase order?`,
      in: { need, P, T, R },
      key: dayText(need - P - T - R),
      wrong: [
        ['noReceiving', dayText(need - P - T), 'leaves out the receiving and inspection days'],
        ['noTransit', dayText(need - P - R), 'leaves out the transit time'],
        ['productionOnly', dayText(need - P), 'counts only the supplier’s production time'],
        [
          'noProduction',
          dayText(need - T - R),
          'treats the supplier’s lead time as starting at shipment',
        ],
      ],
    })
  }),
  family('three-way-match-amount-to-pay', (rng) => {
    const m = cash(symbol(rng), 2)
    const q = drawn(rng, 100, 2000, 50)
    const r = q - drawn(rng, 10, Math.floor(q / 4), 5)
    const p = drawn(rng, 150, 4000, 5) / 100
    const pi = +(p * rng.pick([1.02, 1.04, 1.05, 1.08])).toFixed(2)
    return figures(rng, m, {
      stem: `A purchase order is for ${q} ${item(rng)} at ${m(p)} each. The goods receipt shows ${r} units received in good condition; the supplier invoices ${q} units at ${m(pi)}. With a three-way match and no agreed price change, how much should be approved for payment now?`,
      in: { q, r, p, pi },
      key: r * p,
      wrong: [
        ['invoice', q * pi, 'pays the invoice as billed'],
        ['ordered', q * p, 'pays the ordered quantity at the order price'],
        ['invoicePrice', r * pi, 'pays for the units received at the invoiced price'],
      ],
    })
  }),
  family('days-until-reorder', (rng) => {
    const d = drawn(rng, 20, 200, 5)
    const L = drawn(rng, 4, 15)
    const SS = drawn(rng, 1, 5) * d
    const onHand = d * L + SS + drawn(rng, 2, 25) * d + drawn(rng, 0, 4) * 5
    return figures(rng, qty('days', 1), {
      stem: `An item sells a steady ${d} units a day. Safety stock is ${SS} units and the supplier's lead time is ${L} days. With ${onHand} units on hand and nothing on order, in how many days must the next purchase order be placed (one decimal place)?`,
      in: { d, L, SS, onHand },
      key: (onHand - SS - d * L) / d,
      wrong: [
        [
          'units',
          onHand - SS - d * L,
          'gives the units above the reorder point without dividing by daily demand',
        ],

        [
          'noLead',
          (onHand - SS) / d,
          'counts the days until safety stock is reached, ignoring the lead time',
        ],
        ['noSafety', (onHand - d * L) / d, 'ignores the safety stock'],
        ['cover', onHand / d, 'gives the days of cover of the stock on hand'],
      ],
    })
  }),
  family('cycle-count-workload', (rng) => {
    const [a, b, c] = [drawn(rng, 20, 120, 5), drawn(rng, 60, 300, 10), drawn(rng, 200, 1500, 50)]
    return figures(rng, qty('counts a year'), {
      stem: `${Client(rng)} cycle-counts class A SKUs monthly, class B quarterly and class C once a year. It has ${a} A, ${b} B and ${c} C SKUs, each in one location. How many location counts a year does that plan take?`,
      in: { a, b, c },
      key: 12 * a + 4 * b + c,
      wrong: [
        ['skus', a + b + c, 'counts each SKU once a year'],
        ['reversed', a + 4 * b + 12 * c, 'counts class C monthly and class A yearly'],
        ['weekly', 52 * a + 4 * b + c, 'counts class A weekly instead of monthly'],
        ['aOnly', 12 * a, 'counts only the class A SKUs'],
      ],
    })
  }),
  family('bullwhip-remedy', (rng) =>
    statements(rng, {
      stem: `${Client(rng)}'s orders to its supplier swing far more than its customers' demand for ${item(rng)}. Which change would dampen this bullwhip effect?`,
      key: 'Share point-of-sale demand data with the supplier so it plans from real demand',
      wrong: [
        [
          'Order in larger, less frequent batches so each order costs less to place and ship',
          'batches orders, which amplifies the swings',
        ],
        [
          'Run more frequent price promotions to smooth sales through the year',
          'uses promotions, which cause forward buying and spikes',
        ],
        [
          'Base each order on the orders received from the next tier down, not on sales',
          'forecasts from orders instead of end demand, the source of the swings',
        ],
        [
          'Order extra when supply is short, to secure a larger share of the allocation',
          'games shortage allocation, which inflates orders',
        ],
      ],
    }),
  ),
]

const SCORE_AREAS = ['quality', 'on-time delivery', 'price', 'responsiveness'] as const

/** A supplier scorecard: weighted sum of scores; the mistakes are its usual slips. */
export const SCORECARD_FAMILY: ScenarioFamily = family(
  'supplier-scorecard-weighted-score',
  (rng) => {
    const weights = rng.pick([
      [0.4, 0.3, 0.2, 0.1],
      [0.35, 0.35, 0.2, 0.1],
      [0.3, 0.4, 0.2, 0.1],
      [0.5, 0.2, 0.2, 0.1],
    ] as const)
    const scores = SCORE_AREAS.map(() => drawn(rng, 50, 100))
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    return figures(rng, qty('points', 1), {
      stem: `A buyer scores a supplier out of 100 on ${SCORE_AREAS.map((a, k) => `${a} (weight ${weights[k]}): ${scores[k]}`).join('; ')}. What is the weighted score (one decimal place)?`,
      in: {
        ...Object.fromEntries(scores.map((v, k) => [`s${k}`, v])),
        ...Object.fromEntries(weights.map((w, k) => [`w${k}`, w])),
      },
      key: sum(scores.map((v, k) => v * weights[k]!)),
      wrong: [
        ['unweighted', sum(scores) / 4, 'averages the scores without the weights'],
        [
          'reversed',
          sum(scores.map((v, k) => v * weights[3 - k]!)),
          'pairs the weights with the areas in reverse order, a misaligned weight column',
        ],
        [
          'divided',
          sum(scores.map((v, k) => v * weights[k]!)) / 4,
          'divides the weighted sum by the number of areas',
        ],
      ],
    })
  },
)

/**
 * Practices a client describes; each family asks for one, and the others are its confusions.
 * Each practice goes by more than one name in the trade (cross-docking or cross-dock operation,
 * kanban or kanban replenishment); every option shows one of its names drawn at random, so no
 * option's length or wording marks the key. The description avoids the key's own words.
 */
const TERMS = {
  'Cross-dock operation': {
    names: ['Cross-docking', 'Cross-dock operation', 'Cross-dock flow-through'],
    says: 'inbound pallets are broken down on arrival and the cartons moved straight to outbound trailers for the stores, never put away into storage',
    gloss: 'moves goods from inbound to outbound without storing them',
  },
  'Drop-ship fulfilment': {
    names: ['Drop shipping', 'Drop-ship fulfilment', 'Drop-ship order fulfilment'],
    says: 'the shop takes the customer’s order and payment and the supplier sends the goods straight to the customer, so the shop never holds the stock',
    gloss: 'has the supplier send the goods straight to the end customer',
  },
  'Consignment inventory': {
    names: ['Consignment stock', 'Consignment inventory', 'Supplier-owned consignment stock'],
    says: 'the supplier’s goods sit in the client’s warehouse but remain the supplier’s property until the client takes them out to use or sell',
    gloss: 'keeps supplier-owned stock at the customer until it is used',
  },
  'Vendor-managed inventory': {
    names: ['Vendor-managed inventory', 'VMI', 'Vendor-managed inventory (VMI)'],
    says: 'the supplier sees the client’s stock levels and sales and decides when and how much to send, within agreed minimum and maximum levels',
    gloss: 'lets the supplier decide the customer’s replenishment',
  },
  'Product postponement': {
    names: ['Postponement', 'Product postponement', 'Delayed differentiation (postponement)'],
    says: 'the product is kept in a generic form and only labelled, packed or configured for a market once a customer order arrives',
    gloss: 'delays the final configuration until an order arrives',
  },
  'Cycle counting programme': {
    names: ['Cycle counting', 'Cycle counting programme', 'Rolling cycle counts'],
    says: 'a few locations are checked every day on a schedule, high-value fast movers more often, instead of closing for one annual stocktake',
    gloss: 'counts a few locations on a rolling schedule',
  },
  'Blanket purchase order': {
    names: ['Blanket order', 'Blanket purchase order', 'Blanket PO'],
    says: 'one agreement fixes the price and total quantity for the year, and the buyer calls off deliveries against it as needed',
    gloss: 'fixes price and quantity for a period with call-offs',
  },
  'Kanban replenishment': {
    names: ['Kanban', 'Kanban replenishment', 'Kanban pull system'],
    says: 'an empty container or card sent back to the supplying process is the only signal to refill exactly that container',
    gloss: 'replenishes on a card or empty-bin signal',
  },
  'Milk-run supplier pickup': {
    names: ['Milk run', 'Milk-run supplier pickup', 'Milk-run collection round'],
    says: 'one truck follows a fixed route on a fixed timetable, gathering small loads from several nearby vendors and bringing them in together',
    gloss: 'collects from several suppliers on one fixed round',
  },
  'Wave-based order picking': {
    names: ['Wave picking', 'Wave-based order picking', 'Picking in waves'],
    says: 'work is released to the floor in batches timed to each carrier’s collection, and every operative works the same batch at once',
    gloss: 'releases orders in timed batches for carrier departures',
  },
  'Velocity-based slotting': {
    names: ['Velocity slotting', 'Velocity-based slotting', 'Slotting by pick velocity'],
    says: 'fast-moving SKUs are moved to the pick faces nearest the dispatch area at waist height, slow movers to the far and high locations',
    gloss: 'places SKUs in locations by how fast they move',
  },
  'Third-party logistics': {
    names: ['3PL', 'Third-party logistics', 'Third-party logistics (3PL)'],
    says: 'an outside company receives, stores, picks and ships the client’s goods in its own warehouse for fees per pallet and per order',
    gloss: 'outsources warehousing and fulfilment to a provider',
  },
} as const
type Term = keyof typeof TERMS
const TERM_NAMES = Object.keys(TERMS) as Term[]

const termFamily = (term: Term): ScenarioFamily =>
  family(
    `practice-${term
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-$/, '')}`,
    (rng) => {
      const others = rng.shuffle(TERM_NAMES.filter((t) => t !== term))
      const name = (t: Term) => rng.pick(TERMS[t].names)
      return statements(rng, {
        stem: `A freelance operations analyst reviews how ${client(rng)} works: ${TERMS[term].says}. What is this practice called?`,
        key: name(term),
        wrong: others.map(
          (o) => [name(o), `confuses it with ${o}, which ${TERMS[o].gloss}`] as const,
        ),
      })
    },
  )

export const PRACTICE_FAMILIES: readonly ScenarioFamily[] = [
  ...TERM_NAMES.map(termFamily),
  SCORECARD_FAMILY,
]
