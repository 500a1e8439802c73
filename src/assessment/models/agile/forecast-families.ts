import { VariantError } from '../assemble-variant.js'
import {
  ceilDiv,
  count,
  figure,
  floorDiv,
  type MetricFamily,
  velocities,
} from './metric-scenario.js'

const range = (lo: number, hi: number, unit: string) => `between ${lo} and ${hi} ${unit}`
const list = (vs: readonly number[]) => vs.join(', ')

/**
 * Forecasting from velocity and reading burn charts, the practices the Scrum Guide (November
 * 2020, The Sprint) names as useful aids that do not replace empiricism. Every figure is drawn;
 * the key and each named mistake are computed from the draw, and forecasts of whole Sprints or
 * days round up, since a part Sprint still has to be run.
 */
export const FORECAST_FAMILIES: readonly MetricFamily[] = [
  {
    id: 'average-velocity-sprints',
    draw: (rng) => {
      // The most recent Sprint is not the best one, so those two mistakes read different figures.
      const drawn = velocities(rng, 3, 18, 42).sort((a, b) => a - b)
      const v3 = rng.pick(drawn.slice(0, 2))
      const [v1, v2] = rng.shuffle(drawn.filter((v) => v !== v3)) as [number, number]
      const remaining = rng.int(80, 320)
      const total = v1 + v2 + v3
      return {
        stem: `A team’s last three Sprints completed ${list([v1, v2, v3])} story points, the most recent last. The Product Backlog items needed for a release total ${remaining} points. Forecasting with the average velocity of those three Sprints, how many more Sprints will the release take, counting a part Sprint as a whole one?`,
        key: count(ceilDiv(3 * remaining, total), 'Sprint'),
        wrong: [
          [count(floorDiv(3 * remaining, total), 'Sprint'), 'rounds the part Sprint down'],
          [count(ceilDiv(remaining, v3), 'Sprint'), 'forecasts from the most recent Sprint only'],
          [
            count(ceilDiv(remaining, Math.max(v1, v2, v3)), 'Sprint'),
            'forecasts from the best Sprint',
          ],
          [
            count(ceilDiv(remaining, total), 'Sprint'),
            'divides by the three Sprints’ total instead of their average',
          ],
          [
            count(ceilDiv(remaining, Math.min(v1, v2, v3)), 'Sprint'),
            'forecasts from the slowest Sprint instead of the average',
          ],
        ],
        figures: { v1, v2, v3, remaining },
      }
    },
  },
  {
    id: 'velocity-range-sprints',
    draw: (rng) => {
      const vs = velocities(rng, 5, 15, 45)
      const remaining = rng.int(120, 400)
      const lo = Math.min(...vs)
      const hi = Math.max(...vs)
      const total = vs.reduce((sum, v) => sum + v, 0)
      const first = vs[0]!
      const last = vs[4]!
      const fast = ceilDiv(remaining, hi)
      const slow = ceilDiv(remaining, lo)
      if (fast === slow) throw new VariantError('a range of one value')
      return {
        stem: `A team’s last five Sprints completed ${list(vs)} story points, in that order. ${remaining} points remain for the release. Using the slowest and the fastest of those Sprints as the range, how many more Sprints will the release take, counting a part Sprint as a whole one?`,
        key: range(fast, slow, 'Sprints'),
        wrong: [
          ...(floorDiv(remaining, hi) === floorDiv(remaining, lo)
            ? []
            : [
                [
                  range(floorDiv(remaining, hi), floorDiv(remaining, lo), 'Sprints'),
                  'rounds the part Sprints down',
                ] as const,
              ]),
          // The first and last Sprints can give one whole number at both ends: no range to show.
          ...(ceilDiv(remaining, Math.max(first, last)) ===
          ceilDiv(remaining, Math.min(first, last))
            ? []
            : [
                [
                  range(
                    ceilDiv(remaining, Math.max(first, last)),
                    ceilDiv(remaining, Math.min(first, last)),
                    'Sprints',
                  ),
                  'takes the first and last Sprints as the range',
                ] as const,
              ]),
          [range(lo, hi, 'Sprints'), 'reports the velocity range instead of dividing by it'],
          ...(ceilDiv(5 * remaining, total) === slow
            ? []
            : [
                [
                  range(ceilDiv(5 * remaining, total), slow, 'Sprints'),
                  'takes the average velocity as the fastest case',
                ] as const,
              ]),
        ],
        figures: { v1: vs[0]!, v2: vs[1]!, v3: vs[2]!, v4: vs[3]!, v5: vs[4]!, remaining },
      }
    },
  },
  {
    id: 'points-by-release-range',
    draw: (rng) => {
      const vs = velocities(rng, 5, 15, 45)
      const sprints = rng.int(3, 8)
      const lo = Math.min(...vs)
      const hi = Math.max(...vs)
      const first = vs[0]!
      const last = vs[4]!
      const mean = Math.round((sprints * vs.reduce((s, v) => s + v, 0)) / 5)
      return {
        stem: `A team’s last five Sprints completed ${list(vs)} story points, in that order. ${sprints} full Sprints remain before the release date. Using the slowest and the fastest Sprint as the range, how many points will be Done by the release?`,
        key: range(sprints * lo, sprints * hi, 'points'),
        wrong: [
          [range(lo, hi, 'points'), 'forgets to multiply by the Sprints left'],
          [
            range(sprints * Math.min(first, last), sprints * Math.max(first, last), 'points'),
            'takes the first and last Sprints as the range',
          ],
          [range(mean, sprints * hi, 'points'), 'takes the average velocity as the slowest case'],
        ],
        figures: { v1: vs[0]!, v2: vs[1]!, v3: vs[2]!, v4: vs[3]!, v5: vs[4]!, sprints },
      }
    },
  },
  {
    id: 'burndown-ideal-remaining',
    draw: (rng) => {
      const days = rng.pick([5, 10, 15, 20])
      const total = days * rng.int(3, 12)
      // Not the first or last day, where the daily burn equals the burned or remaining work.
      const day = rng.int(2, days - 2)
      if (2 * day === days) throw new VariantError('burned equals remaining')
      return {
        stem: `A Sprint burndown starts at ${total} points over ${days} working days, with an ideal line falling straight to zero. How many points does the ideal line show remaining at the end of day ${day}?`,
        key: count((total * (days - day)) / days, 'point'),
        wrong: [
          [count((total * day) / days, 'point'), 'reads the work burned so far as remaining'],
          [count(total / days, 'point'), 'reports the daily burn instead of the remaining work'],
          [count(total, 'point'), 'reads the line’s starting value'],
        ],
        figures: { total, days, day },
      }
    },
  },
  {
    id: 'burndown-days-at-actual-rate',
    draw: (rng) => {
      const days = 10
      const total = rng.int(60, 150)
      const day = rng.int(3, 7)
      const burned = rng.int(Math.ceil(total / 5), Math.floor((total * 3) / 4))
      const remaining = total - burned
      return {
        stem: `A ${days}-day Sprint’s burndown started at ${total} points. At the end of day ${day}, ${remaining} points remain. At the average rate burned so far, how many more working days will the remaining work take, counting a part day as a whole one?`,
        key: count(ceilDiv(remaining * day, burned), 'day'),
        wrong: [
          [
            count(ceilDiv(remaining * days, total), 'day'),
            'uses the ideal line’s rate instead of the actual rate',
          ],
          [count(days - day, 'day'), 'reports the days left in the Sprint'],
          [count(floorDiv(remaining * day, burned), 'day'), 'rounds the part day down'],
          [
            count(ceilDiv(total * day, burned), 'day'),
            'forecasts the whole Sprint’s work, not what remains',
          ],
        ],
        figures: { total, days, day, remaining },
      }
    },
  },
  {
    id: 'burnup-sprints-with-scope',
    draw: (rng) => {
      const start = rng.int(120, 300)
      const added = rng.int(15, 80)
      const velocity = rng.int(18, 40)
      const done = rng.int(Math.ceil(start / 4), start - velocity)
      const scope = start + added
      const sprint = rng.int(3, 12)
      // A forecast as a team reports it: Sprints to go and the Sprint the release lands in.
      const lands = (n: number) => `${count(n, 'more Sprint')}, finishing in Sprint ${sprint + n}`
      return {
        stem: `A release burnup shows the scope line rising from ${start} to ${scope} points as items were added; the Done line stands at ${done} points. Sprint ${sprint} has just ended, and velocity is steady at ${velocity} points a Sprint. Counting a part Sprint as a whole one, when will the release be Done?`,
        key: lands(ceilDiv(scope - done, velocity)),
        wrong: [
          [lands(ceilDiv(start - done, velocity)), 'ignores the scope added since the start'],
          [lands(ceilDiv(scope, velocity)), 'forgets the work already Done'],
          [lands(floorDiv(scope - done, velocity)), 'rounds the part Sprint down'],
          [lands(ceilDiv(start, velocity)), 'uses the original scope and forgets the work Done'],
        ],
        figures: { start, scope, done, velocity, sprint },
      }
    },
  },
  {
    id: 'burnup-scope-growth',
    draw: (rng) => {
      const velocity = rng.int(20, 40)
      // Up to three quarters of velocity, so dividing by the growth alone lands on either side of
      // the key.
      const growth = rng.int(4, Math.floor((velocity * 3) / 4))
      if (2 * growth === velocity) throw new VariantError('growth equals the net rate')
      const gap = rng.int(60, 240)
      return {
        stem: `On a release burnup, ${gap} points separate the Done line from the scope line. The team completes ${velocity} points a Sprint, and the Product Owner adds about ${growth} points of scope a Sprint. If both trends hold, in how many Sprints will the lines meet, counting a part Sprint as a whole one?`,
        key: count(ceilDiv(gap, velocity - growth), 'Sprint'),
        wrong: [
          [count(ceilDiv(gap, velocity), 'Sprint'), 'ignores the scope growth'],
          [count(ceilDiv(gap, velocity + growth), 'Sprint'), 'adds the growth to the velocity'],
          [count(ceilDiv(gap, growth), 'Sprint'), 'divides by the growth instead of the net rate'],
        ],
        figures: { gap, velocity, growth },
      }
    },
  },
  {
    id: 'capacity-adjusted-forecast',
    draw: (rng) => {
      const people = rng.int(4, 7)
      const usual = people * 10
      const off = rng.int(4, 14)
      const next = usual - off
      const velocity = rng.int(24, 60)
      // An exact half has no nearest whole point: rounding it either way is defensible.
      if ((2 * velocity * next) % usual === 0 && (velocity * next) % usual !== 0)
        throw new VariantError('a forecast of exactly half a point')
      return {
        stem: `A team of ${people} Developers averages ${velocity} points a Sprint with ${usual} person-days available. Next Sprint, holidays leave ${next} person-days. Scaling velocity by capacity, what should the Developers expect to complete, to the nearest point?`,
        key: count(Math.round((velocity * next) / usual), 'point'),
        wrong: [
          [count(velocity, 'point'), 'ignores the reduced capacity'],
          [
            count(Math.round((velocity * usual) / next), 'point'),
            'scales by capacity the wrong way round',
          ],
          [count(velocity - off, 'point'), 'subtracts the days off as points'],
        ],
        figures: { velocity, usual, next },
      }
    },
  },
  {
    id: 'throughput-days-for-items',
    draw: (rng) => {
      const period = rng.pick([10, 15, 20])
      const finished = rng.int(8, 40)
      const items = rng.int(12, 60)
      if (finished === period) throw new VariantError('a rate of one a day')
      return {
        stem: `Over the last ${period} working days a Kanban team finished ${figure(finished)} items. ${items} items are left for a milestone. At that throughput, how many working days will they take, counting a part day as a whole one?`,
        key: count(ceilDiv(items * period, finished), 'day'),
        wrong: [
          [count(ceilDiv(items, finished), 'day'), 'forgets the length of the period'],
          [count(ceilDiv(items * finished, period), 'day'), 'inverts the throughput rate'],
          [count(floorDiv(items * period, finished), 'day'), 'rounds the part day down'],
        ],
        figures: { period, finished, items },
      }
    },
  },
]
