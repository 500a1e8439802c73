import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, drawn, family, statements, worked } from './lss-text.js'

// Run rules applied to a drawn series, as Nelson stated them ("The Shewhart control chart: tests
// for special causes", Journal of Quality Technology 16(4), 1984): test 2, nine points in a row
// on one side of the centre line; test 5, two out of three points in a row beyond two sigma on
// the same side (the Western Electric Statistical Quality Control Handbook, 1956, rule 2). Each
// stem states its rule.

/** A value `k` sigma from the centre line `cl`, shown to one decimal place. */
const at = (cl: number, sigma: number, k: number) => Number((cl + k * sigma).toFixed(1))
const pointText = (n: number) => `Point ${n}`
const show = (xs: readonly number[]) => xs.map((x, i) => `${i + 1}: ${x.toFixed(1)}`).join(', ')

/** Points inside ±1.5 sigma, alternating sides in short runs so no rule fires. */
function calm(rng: Rng, cl: number, sigma: number, len: number, start: 1 | -1): number[] {
  const out: number[] = []
  let side = start
  let run = 0
  for (let i = 0; i < len; i++) {
    if (run >= rng.int(1, 3)) {
      side = side === 1 ? -1 : 1
      run = 0
    }
    out.push(at(cl, sigma, side * (0.2 + rng.next() * 1.2)))
    run++
  }
  return out
}

/** The 1-based number of the first point at which `fires` holds, or 0. */
function firstSignal(xs: readonly number[], fires: (i: number) => boolean): number {
  for (let i = 0; i < xs.length; i++) if (fires(i)) return i + 1
  return 0
}

export const RUN_RULE_FAMILIES: readonly ScenarioFamily[] = [
  family('run-of-nine', (rng) => {
    const cl = drawn(rng, 40, 90)
    const sigma = drawn(rng, 10, 40) / 10
    const side = rng.next() < 0.5 ? 1 : -1
    const pre = calm(rng, cl, sigma, rng.int(4, 8), side === 1 ? -1 : 1)
    if ((pre.at(-1)! - cl) * side > 0) pre.push(at(cl, sigma, -side * 0.7))
    const len = rng.int(10, 11)
    // A run that zig-zags in height so no six-point trend forms inside it.
    const run = Array.from({ length: len }, (_, i) =>
      at(cl, sigma, side * (i % 2 === 0 ? 0.3 + rng.next() * 0.4 : 0.9 + rng.next() * 0.5)),
    )
    const xs = [...pre, ...run]
    const s = pre.length
    if (
      firstSignal(xs, (i) => i >= 8 && xs.slice(i - 8, i + 1).every((x) => (x - cl) * side > 0)) !==
      s + 9
    )
      throw new VariantError('another run')
    return worked(rng, {
      stem: `A Green Belt at ${client(rng)} reviews an individuals chart with centre line ${cl} and sigma ${sigma}. Points in order: ${show(xs)}. Under the rule “nine points in a row on the same side of the centre line”, at which point does the chart first signal?`,
      in: { cl, sigma, ...Object.fromEntries(xs.map((x, i) => [`x${i}`, x])) },
      key: pointText(s + 9),
      wrong: [
        ['start', pointText(s + 1), 'marks the first point of the run, before the rule is met'],
        ['seven', pointText(s + 7), 'applies a seven-in-a-row rule instead of the nine stated'],
        [
          'end',
          pointText(s + len),
          'waits for the run to end instead of signalling when it reaches nine',
        ],
        ['six', pointText(s + 6), 'applies the six-point length of the trend rule to a run'],
      ],
    })
  }),
  family('two-of-three-beyond-two-sigma', (rng) => {
    const cl = drawn(rng, 40, 90)
    const sigma = drawn(rng, 10, 40) / 10
    const side = rng.next() < 0.5 ? 1 : -1
    const big = () => 2.2 + rng.next() * 0.6
    const xs = calm(rng, cl, sigma, rng.int(2, 4), 1)
    const single = xs.length
    xs.push(at(cl, sigma, side * big()))
    xs.push(...calm(rng, cl, sigma, 3, side === 1 ? -1 : 1))
    const opp = xs.length
    xs.push(at(cl, sigma, side * big()), at(cl, sigma, -side * big()))
    xs.push(...calm(rng, cl, sigma, rng.int(2, 3), side === 1 ? -1 : 1))
    const first = xs.length
    xs.push(at(cl, sigma, side * big()), at(cl, sigma, side * 0.6), at(cl, sigma, side * big()))
    xs.push(...calm(rng, cl, sigma, 2, side === 1 ? -1 : 1))
    const beyond = (i: number) => (xs[i]! - cl) * side > 2 * sigma
    const twoOfThree = (i: number) =>
      i >= 2 && [i - 2, i - 1, i].filter(beyond).length >= 2 && beyond(i)
    if (firstSignal(xs, twoOfThree) !== first + 3) throw new VariantError('another pair')
    return worked(rng, {
      stem: `An individuals chart at ${client(rng)} has centre line ${cl} and sigma ${sigma} (2-sigma lines at ${(cl - 2 * sigma).toFixed(1)} and ${(cl + 2 * sigma).toFixed(1)}). Points: ${show(xs)}. Under the rule “two out of three consecutive points beyond 2 sigma on the same side”, at which point does the chart first signal?`,
      in: { cl, sigma, ...Object.fromEntries(xs.map((x, i) => [`x${i}`, x])) },
      key: pointText(first + 3),
      wrong: [
        ['single', pointText(single + 1), 'treats one point beyond 2 sigma as a signal'],
        ['opposite', pointText(opp + 2), 'counts two points beyond 2 sigma on opposite sides'],
        ['first', pointText(first + 1), 'marks the first of the pair, before the second arrives'],
        [
          'middle',
          pointText(first + 2),
          'marks the point between the pair, which is inside 2 sigma',
        ],
      ],
    })
  }),
  family('special-cause-response', (rng) => {
    const event = rng.pick([
      'on the day a new resin lot was loaded',
      'right after the night shift changed the cutting tool',
      'on the morning the air conditioning failed',
    ])
    return statements(rng, {
      stem: `A stable chart at ${client(rng)} shows one point above the upper control limit, ${event}. What should the Green Belt do?`,
      key: rng.pick([
        'Treat it as a special cause: find what changed at that point and remove it',
        'Investigate the event as a special cause and stop it recurring',
      ]),
      wrong: [
        [
          'Recalculate the control limits with that point included so that it falls inside them',
          'widens the limits to hide a special cause',
        ],
        [
          'Adjust the process mean straight away by the size of the excursion',
          'tampers: adjusts instead of finding the cause',
        ],
        [
          'Start a project to redesign the whole process',
          'treats a special cause as a system problem',
        ],
        [
          'Ignore it: one point in many is expected from common causes',
          'dismisses a signal beyond the three-sigma limit',
        ],
        [
          'Move the specification limits so the point no longer counts as a defect',
          'confuses control limits with specification limits',
        ],
      ],
    })
  }),
  family('common-cause-response', (rng) =>
    statements(rng, {
      stem: `Three months of data at ${client(rng)} plot inside the control limits with no run-rule signals, but the process makes too many out-of-specification parts. What should the Green Belt do?`,
      key: rng.pick([
        'Change the process itself: the spread comes from common causes',
        'Improve the system, since common-cause variation is built into it',
        'Change the process itself',
      ]),
      wrong: [
        [
          'Investigate each out-of-specification part as its own special cause',
          'treats common-cause variation as special causes',
        ],
        [
          'Adjust the machine after every part that lands away from target',
          'tampers, which adds variation to a stable process',
        ],
        [
          'Tighten the control limits to the specification limits',
          'confuses control limits with specification limits',
        ],
        [
          'Leave it alone: a process in control cannot be improved further by anyone',
          'thinks control means capable',
        ],
        [
          'Recalculate the limits every week until the defects stop appearing',
          'expects new limits to change the process',
        ],
      ],
    }),
  ),
]
