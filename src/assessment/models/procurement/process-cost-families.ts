import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  cents,
  family,
  figures,
  grouped,
  part,
  possessive,
  supplier,
  symbol,
} from './pro-text.js'

// Conversion cost a buyer checks in a supplier's quote: labour per part from cycle time and
// crew, and overhead absorbed at a machine-hour rate.

export const PROCESS_COST_FAMILIES: readonly ScenarioFamily[] = [
  family('labour-cost-per-part-from-cycle-time', (rng) => {
    const cycle = rng.int(20, 240) // seconds a part
    const crew = rng.int(1, 4)
    const rate = amount(rng, 18, 45) + rng.pick([0, 50])
    const onCost = rng.pick([20, 25, 30])
    const m = cents(symbol(rng))
    // Cents a part: seconds × crew × hourly rate × (100 + on-cost) ÷ (3,600 × 100).
    const per = (people: number, uplift: number, seconds = 3_600) =>
      part(cycle * people * rate * (100 + uplift), seconds * 100)
    return figures(rng, m, {
      stem: `${possessive(supplier(rng))} line makes one part every ${cycle} seconds with a crew of ${crew}, each paid ${m(rate)} an hour; employer on-costs add ${onCost}% to pay. What direct labour cost per part should the should-cost model carry, to the nearest cent?`,
      in: { cycle, crew, rate, onCost },
      key: per(crew, onCost),
      wrong: [
        ['noOnCost', per(crew, 0), 'leaves out the on-costs'],
        ['oneOperator', per(1, onCost), 'costs one operator, not the crew'],
        ['onCostTwice', per(crew, 2 * onCost), 'adds the on-costs twice'],
        [
          'onCostAsMargin',
          part(cycle * crew * rate * 100, 3_600 * (100 - onCost)),
          'divides by one less the on-cost rate, as for a margin',
        ],
        ['perMinute', per(crew, onCost, 60), 'reads the hourly rate as per minute'],
        [
          'crewDivided',
          part(cycle * rate * (100 + onCost), 3_600 * 100 * crew),
          'divides by the crew instead of multiplying',
        ],
      ],
    })
  }),
  family('overhead-absorbed-per-part', (rng) => {
    const overhead = amount(rng, 100_000, 900_000, 1_000)
    const hours = rng.int(4, 20) * 500
    const labourHours = hours + rng.int(5, 30) * 100
    const minutes = rng.int(2, 30)
    const m = cents(symbol(rng))
    // Overhead per machine hour, in cents, rounded first as the supplier's rate card shows it.
    const rate = part(overhead, hours)
    return figures(rng, m, {
      stem: `${supplier(rng)} absorbs ${m(overhead)} of annual overhead over ${grouped(hours, 0)} budgeted machine hours (its staff work ${grouped(labourHours, 0)} hours). A part takes ${minutes} machine minutes. Rounding the hourly rate to the cent first, how much overhead does each part carry?`,
      in: { overhead, hours, labourHours, minutes },
      key: part(rate * minutes, 60),
      wrong: [
        [
          'labourHourBase',
          part(part(overhead, labourHours) * minutes, 60),
          'spreads overhead over labour hours',
        ],
        ['hourlyRate', rate, 'gives the hourly rate'],
        ['minutesAsHours', rate * minutes, 'treats the minutes as hours'],
        [
          'perMinuteOfYear',
          part(overhead * minutes, 525_600),
          'spreads overhead over every minute of the year',
        ],
      ],
    })
  }),
]
