import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, money, person, span, worked } from './travel-text.js'

// Choosing among flight options under a travel policy the stem states: the lowest logical fare
// inside a time window and a stop limit, and business class by the length of each flight.

const usd = (c: number) => money('$', c)
const two = (n: number) => String(n).padStart(2, '0')

interface Option {
  readonly name: string
  readonly dep: number
  readonly stops: number
  readonly fare: number
  readonly airline: string
}
const AIRLINES = ['Delta', 'United', 'American', 'Alaska', 'JetBlue'] as const
const shown = (o: Option) =>
  `${o.name} (${o.airline}) ${two(Math.floor(o.dep / 60))}:${two(o.dep % 60)}, ${o.stops === 0 ? 'nonstop' : `${o.stops} stop${o.stops > 1 ? 's' : ''}`}, ${usd(o.fare)}`
const label = (o: Option) => `${o.name}, ${usd(o.fare)}`

function _options(rng: Rng, n: number): Option[] {
  return Array.from({ length: n }, (_, k) => ({
    name: `Option ${'PQRSTU'[k]}`,
    dep: drawn(rng, 6 * 60, 21 * 60, 5),
    stops: rng.pick([0, 0, 1, 1, 2]),
    fare: drawn(rng, 240, 620, 5) * 100,
    airline: rng.pick(AIRLINES),
  }))
}
const cheapest = (os: readonly Option[]) =>
  os.length === 0 ? undefined : os.reduce((b, o) => (o.fare < b.fare ? o : b))
const slip = (s: string, o: Option | undefined, mistake: string): [string, string, string][] =>
  o ? [[s, label(o), mistake]] : []
const table = (os: readonly Option[]) => os.map(shown).join('; ')
const optionIn = (os: readonly Option[]) =>
  Object.fromEntries(
    os.flatMap((o, k) => [
      [`dep${k}`, o.dep],
      [`stops${k}`, o.stops],
      [`fare${k}`, o.fare],
      [`air${k}`, o.airline],
    ]),
  )

const lowestLogical = family('lowest-logical-fare-in-window-and-stop-limit', (rng) => {
  const want = drawn(rng, 8 * 60, 18 * 60, 60)
  const w = rng.pick([60, 120])
  const near = () => want + rng.pick([-1, 1]) * drawn(rng, 10, w, 5)
  const far = () => want + rng.pick([-1, 1]) * drawn(rng, w + 20, w + 180, 5)
  const f = [0, 1, 2, 3, 4, 5].map(() => drawn(rng, 240, 620, 5) * 100).sort((x, y) => x - y)
  if (new Set(f).size < 6) throw new VariantError('tied fares')
  // Cheapest outside the window; a two-stop in it; the key; a nonstop; the closest; a filler.
  const plan: [number, number, number][] = [
    [far(), rng.pick([0, 1]), f[0]!],
    [near(), 2, f[1]!],
    [near(), 1, f[2]!],
    [near(), 0, f[3]!],
    [want, 1, f[4]!],
    [far(), rng.pick([0, 1, 2]), f[5]!],
  ]
  const os: Option[] = rng.shuffle(plan).map(([dep, stops, fare], k) => ({
    name: `Option ${'PQRSTU'[k]}`,
    dep,
    stops,
    fare,
    airline: rng.pick(AIRLINES),
  }))
  if (new Set(os.map((o) => o.fare)).size < os.length) throw new VariantError('tied fares')
  const inWindow = (o: Option) => Math.abs(o.dep - want) <= w
  const key = cheapest(os.filter((o) => inWindow(o) && o.stops <= 1))!
  const byTime = [...os.filter((o) => o.stops <= 1)].sort(
    (x, y) => Math.abs(x.dep - want) - Math.abs(y.dep - want),
  )
  return worked(rng, {
    stem: `${person(rng)} wants to leave around ${two(want / 60)}:00. Policy: book the lowest fare leaving within ${w / 60} hour${w > 60 ? 's' : ''} either side of the preferred time, with at most one stop. Options: ${table(os)}. Which do you book?`,
    in: { want, w, ...optionIn(os) },
    key: label(key),
    wrong: [
      ...slip('cheapestOverall', cheapest(os), 'books the cheapest fare, ignoring the time window'),
      ...slip('anyStops', cheapest(os.filter(inWindow)), 'ignores the stop limit'),
      ...slip(
        'nonstopOnly',
        cheapest(os.filter((o) => inWindow(o) && o.stops === 0)),
        'allows only nonstop flights',
      ),
      ...slip(
        'closest',
        byTime[0],
        'books the departure closest to the preferred time, whatever the fare',
      ),
    ],
  })
})

const businessByLeg = family('business-class-for-flights-over-a-stated-length', (rng) => {
  const limit = rng.pick([6, 8, 9]) * 60
  const legs = rng.shuffle([
    limit,
    drawn(rng, limit + 5, limit + 55, 5),
    drawn(rng, limit - 200, limit - 30, 5),
  ])
  const conn = drawn(rng, 90, 240, 5)
  const say = (ok: readonly boolean[]) => {
    const n = ok.flatMap((o, k) => (o ? [k + 1] : []))
    return n.length === 0
      ? 'None of them'
      : n.length === 1
        ? `Flight ${n[0]} only`
        : `Flights ${n.slice(0, -1).join(', ')} and ${n.at(-1)}`
  }
  return worked(rng, {
    stem: `Policy allows business class on any flight scheduled for more than ${limit / 60} hours. ${person(rng)}’s journey has three flights of ${legs.map(span).join(', ')} (flights 1, 2 and 3), with connections of ${span(conn)} between them. Which flights may be booked in business?`,
    in: { limit, l0: legs[0]!, l1: legs[1]!, l2: legs[2]!, conn },
    key: say(legs.map((l) => l > limit)),
    wrong: [
      [
        'journey',
        say([true, true, true]),
        'applies the limit to the whole journey instead of each flight',
      ],
      ['atLeast', say(legs.map((l) => l >= limit)), 'reads “more than” as “at least”'],
      [
        'withConnection',
        say(legs.map((l, k) => (k < 2 ? l + conn : l) > limit)),
        'adds the following connection to each flight',
      ],
      [
        'withPrecedingConnection',
        say(legs.map((l, k) => (k > 0 ? l + conn : l) > limit)),
        'adds the connection before each flight to that flight',
      ],
      [
        'wholeHours',
        say(legs.map((l) => Math.floor(l / 60) * 60 > limit)),
        'reads each flight by its whole hours, dropping the minutes',
      ],
    ],
  })
})

export const POLICY_FAMILIES: readonly ScenarioFamily[] = [lowestLogical, businessByLeg]
