import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bp,
  Client,
  cents,
  count,
  family,
  figures,
  grouped,
  part,
  possessive,
  supplier,
  suppliers,
  symbol,
} from './pro-text.js'

// Quality and tail spend in a supplier review: the rejects a ppm target allows, what rejects
// cost the client once handling and rework are charged back, and the share of spend in the tail
// of small suppliers.

export const QUALITY_COST_FAMILIES: readonly ScenarioFamily[] = [
  family('rejects-allowed-by-a-ppm-target', (rng) => {
    const target = rng.pick([150, 250, 500, 800, 1_000, 2_500])
    const volume = rng.int(20, 600) * 1_000 + rng.int(1, 999)
    const show = count('units')
    return figures(rng, show, {
      stem: `${possessive(supplier(rng))} quality agreement sets a defect target of ${target} ppm (rejected units per million received). ${Client(rng)} expects to receive ${grouped(volume, 0)} units next quarter. What is the most units that can be rejected while meeting the target (whole units)?`,
      in: { target, volume },
      key: Math.floor((target * volume) / 1_000_000),
      wrong: [
        ['perHundred', Math.floor((target * volume) / 100), 'reads ppm as per cent'],
        ['targetAsCount', target, 'takes the ppm figure as a count of units'],
        [
          'perHundredMillion',
          // A reading that rounds to no rejects at all is no answer a buyer would give.
          Math.floor((target * volume) / 100_000_000) || Number.NaN,
          'divides by a hundred million',
        ],
        ['perThousand', Math.floor((target * volume) / 1_000), 'reads ppm as per thousand'],
        [
          'perHundredThousand',
          Math.floor((target * volume) / 100_000),
          'reads ppm as per hundred thousand',
        ],
        ['perTenMillion', Math.floor((target * volume) / 10_000_000), 'divides by ten million'],
      ],
    })
  }),
  family('cost-of-rejected-deliveries', (rng) => {
    const rejected = rng.int(20, 600)
    const price = amount(rng, 2, 60) + rng.int(0, 99)
    const handling = amount(rng, 20, 90)
    const lots = rng.int(2, 9)
    const rework = rng.int(2, 15) * 100 // cents per unit reworked on site
    const reworked = rng.int(5, Math.floor(rejected / 2))
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `Under ${possessive(supplier(rng))} quality agreement, rejected units are credited at price (${m(price)} each), each rejected lot bears a ${m(handling)} handling charge, and units the client reworks itself instead of returning are charged back at ${m(rework)} each (and not credited). This quarter ${grouped(rejected, 0)} units in ${lots} lots were rejected; ${grouped(reworked, 0)} of them were reworked on site. What does the supplier owe in total?`,
      in: { rejected, price, handling, lots, rework, reworked },
      key: (rejected - reworked) * price + lots * handling + reworked * rework,
      wrong: [
        [
          'allCredited',
          rejected * price + lots * handling + reworked * rework,
          'credits the reworked units as well',
        ],
        [
          'handlingPerUnit',
          (rejected - reworked) * price + rejected * handling + reworked * rework,
          'charges handling per unit, not per lot',
        ],
        [
          'noHandling',
          (rejected - reworked) * price + reworked * rework,
          'leaves out the handling charges',
        ],
        [
          'noRework',
          (rejected - reworked) * price + lots * handling,
          'leaves out the rework charge-back',
        ],
        ['creditOnly', rejected * price, 'credits every rejected unit at price and stops there'],
      ],
    })
  }),
  family('tail-spend-share', (rng) => {
    const names = suppliers(rng, 9)
    const threshold = rng.pick([5_000, 10_000, 20_000])
    const big = [0, 1, 2, 3].map(() => amount(rng, threshold * 1.5, threshold * 6, 500))
    const small = [0, 1, 2, 3, 4].map(() => amount(rng, threshold / 10, threshold - 500, 50))
    const at = threshold * 100
    const edge = rng.int(0, 1) === 1 ? [at] : []
    const all = rng.shuffle([...big, ...small.slice(edge.length), ...edge])
    const total = all.reduce((a, b) => a + b, 0)
    const tail = all.filter((s) => s < at).reduce((a, b) => a + b, 0)
    const m = cents(symbol(rng))
    return figures(rng, bp, {
      stem: `${Client(rng)} defines tail spend as spend with suppliers it paid less than ${m(at)} in the year. Spend by supplier: ${all.map((s, k) => `${names[k]} ${m(s)}`).join('; ')}. What share of total spend is tail spend, to two decimal places?`,
      in: { threshold, ...Object.fromEntries(all.map((s, k) => [`s${k}`, s])) },
      key: part(tail * 10_000, total),
      wrong: [
        [
          'supplierCount',
          part(all.filter((s) => s < at).length * 10_000, all.length),
          'gives the share of suppliers, not of spend',
        ],
        [
          'includesThreshold',
          part(all.filter((s) => s <= at).reduce((a, b) => a + b, 0) * 10_000, total),
          'counts a supplier paid exactly the threshold as tail',
        ],
        ['ofNonTail', part(tail * 10_000, total - tail), 'divides by the rest of the spend'],
        ['nonTail', 10_000 - part(tail * 10_000, total), 'gives the share outside the tail'],
        [
          'nonTailCount',
          10_000 - part(all.filter((s) => s < at).length * 10_000, all.length),
          'gives the share of suppliers outside the tail',
        ],
        [
          'thresholdEstimate',
          part(all.filter((s) => s < at).length * at * 10_000, total),
          'assumes every tail supplier was paid the threshold',
        ],
      ],
    })
  }),
]
