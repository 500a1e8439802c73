import { VariantError } from '../assemble-variant.js'
import { count, figure, type MetricFamily } from './metric-scenario.js'

const STABLE = 'The system is stable: items arrive about as fast as they finish.'

/**
 * Kanban flow metrics: Little's Law (average WIP = throughput × average cycle time, for a stable
 * system), cycle time against lead time, WIP limits, reading a cumulative flow diagram and flow
 * efficiency. Every figure is drawn and the key and each named mistake are computed from it.
 */
export const FLOW_FAMILIES: readonly MetricFamily[] = [
  {
    id: 'littles-law-cycle-time',
    draw: (rng) => {
      const wip = rng.int(6, 30)
      const weekly = rng.int(4, 20)
      return {
        stem: `A board averages ${wip} items in progress and finishes ${weekly} items a week (5 working days). ${STABLE} By Little’s Law, what is the average cycle time?`,
        key: count((5 * wip) / weekly, 'working day'),
        wrong: [
          [count(wip / weekly, 'working day'), 'gives the time in weeks, not working days'],
          [count((wip * weekly) / 5, 'working day'), 'multiplies WIP by throughput'],
          [
            count((7 * wip) / weekly, 'working day'),
            'counts seven days to the week, not five working days',
          ],
        ],
        figures: { wip, weekly },
      }
    },
  },
  {
    id: 'littles-law-wip',
    draw: (rng) => {
      // From 1.5 a day: at one a day the key is the cycle time the stem states, and dividing
      // cycle time by throughput gives the key too.
      const daily = rng.int(3, 8) / 2
      const cycle = rng.int(2, 12)
      return {
        stem: `A team finishes ${figure(daily)} items a working day on average, and its average cycle time is ${cycle} working days. ${STABLE} By Little’s Law, how many items are in progress on average?`,
        key: count(daily * cycle, 'item'),
        wrong: [
          [count(cycle / daily, 'item'), 'divides cycle time by throughput'],
          [count(daily / cycle, 'item'), 'divides throughput by cycle time'],
          [count(daily + cycle, 'item'), 'adds throughput to cycle time'],
        ],
        figures: { daily, cycle },
      }
    },
  },
  {
    id: 'littles-law-throughput',
    draw: (rng) => {
      const wip = rng.int(6, 24)
      const cycle = rng.int(2, 10)
      return {
        stem: `A board averages ${wip} items in progress with an average cycle time of ${cycle} working days. ${STABLE} By Little’s Law, how many items does it finish per 5-day week?`,
        key: count((5 * wip) / cycle, 'item'),
        wrong: [
          [count(wip / cycle, 'item'), 'gives the daily throughput as weekly'],
          [count(wip * cycle, 'item'), 'multiplies WIP by cycle time'],
          [
            count((7 * wip) / cycle, 'item'),
            'counts seven days to the week, not five working days',
          ],
        ],
        figures: { wip, cycle },
      }
    },
  },
  {
    id: 'lead-time-from-dates',
    draw: (rng) => {
      const requested = rng.int(1, 6)
      const started = requested + rng.int(2, 8)
      const coded = started + rng.int(1, 5)
      const released = coded + rng.int(1, 6)
      return {
        stem: `A customer requested a change on day ${requested} of the month. Work started on day ${started}, coding finished on day ${coded} and the change reached production (Done) on day ${released}. Counting elapsed calendar days, what is its lead time?`,
        key: count(released - requested, 'day'),
        wrong: [
          [count(released - started, 'day'), 'reports the cycle time'],
          [count(started - requested, 'day'), 'reports only the wait before work started'],
          [count(coded - requested, 'day'), 'stops the clock when coding ends'],
          [count(released - coded, 'day'), 'counts only the time after coding ended'],
        ],
        figures: { requested, started, coded, released },
      }
    },
  },
  {
    id: 'cycle-time-from-dates',
    draw: (rng) => {
      const requested = rng.int(1, 6)
      const started = requested + rng.int(2, 8)
      const coded = started + rng.int(1, 5)
      const released = coded + rng.int(1, 6)
      return {
        stem: `An item was added to the board on day ${requested} of the month. A Developer started it on day ${started}, finished coding on day ${coded}, and it met the Definition of Done in production on day ${released}. Counting elapsed calendar days from start to Done, what is its cycle time?`,
        key: count(released - started, 'day'),
        wrong: [
          [count(released - requested, 'day'), 'reports the lead time'],
          [
            count(coded - started, 'day'),
            'stops the clock when coding ends, before review and release',
          ],
          [count(started - requested, 'day'), 'reports the wait before work started'],
          [count(released - coded, 'day'), 'counts only the time after coding ended'],
        ],
        figures: { requested, started, coded, released },
      }
    },
  },
  {
    id: 'wip-limit-room',
    draw: (rng) => {
      // Some but not all items blocked, and not exactly half, so each mistake reads its own count.
      const limit = rng.int(4, 8)
      const held = rng.int(3, limit - 1)
      const blocked = rng.pick(
        [...Array(held - 1).keys()].map((i) => i + 1).filter((b) => 2 * b !== held),
      )
      return {
        stem: `The “In progress” column has a WIP limit of ${limit}. It holds ${held} items, ${blocked} of them blocked waiting on another team. How many more items may the team pull into the column?`,
        key: count(limit - held, 'item'),
        wrong: [
          [count(limit - held + blocked, 'item'), 'leaves blocked items out of the WIP count'],
          [count(limit, 'item'), 'ignores the items already in the column'],
          [count(limit - blocked, 'item'), 'counts only the blocked items against the limit'],
        ],
        figures: { limit, held, blocked },
      }
    },
  },
  {
    id: 'cfd-wip',
    draw: (rng) => {
      const done = rng.int(20, 120)
      const started = done + rng.int(4, 25)
      const arrived = started + rng.int(4, 30)
      return {
        stem: `On a cumulative flow diagram, on day 12 the Arrived line stands at ${arrived} items, the Started line at ${started} and the Done line at ${done}. The In progress band lies between Started and Done. How many items are in progress on day 12?`,
        key: count(started - done, 'item'),
        wrong: [
          [count(arrived - done, 'item'), 'counts items not yet started as in progress'],
          [count(arrived - started, 'item'), 'reports the queue not yet started'],
          [count(done, 'item'), 'reads the height of the Done line'],
        ],
        figures: { arrived, started, done },
      }
    },
  },
  {
    id: 'cfd-cycle-time',
    draw: (rng) => {
      const level = rng.int(30, 90)
      const arrivedDay = rng.int(1, 4)
      const startedDay = arrivedDay + rng.int(2, 6)
      const doneDay = startedDay + rng.int(3, 9)
      const gap = rng.int(10, 30)
      if (gap === doneDay - startedDay || gap === doneDay - arrivedDay || gap === doneDay)
        throw new VariantError('a gap equal to a time')
      return {
        stem: `On a cumulative flow diagram the Arrived line reaches ${level} items on day ${arrivedDay}, the Started line on day ${startedDay} and the Done line on day ${doneDay}. On day ${doneDay} the Started line is ${gap} items above the Done line. Reading horizontally, about how long is the average cycle time (start to Done)?`,
        key: count(doneDay - startedDay, 'day'),
        wrong: [
          [count(doneDay - arrivedDay, 'day'), 'measures from arrival, which is the lead time'],
          [count(gap, 'day'), 'reads the vertical gap, which is WIP, as time'],
          [count(doneDay, 'day'), 'reads the day number as the duration'],
        ],
        figures: { level, arrivedDay, startedDay, doneDay, gap },
      }
    },
  },
  {
    id: 'cfd-throughput',
    draw: (rng) => {
      const from = rng.int(2, 10)
      const span = rng.pick([4, 8, 10])
      // Half items a day as well as whole ones: a rate is an average, not a count.
      const rate = rng.int(4, 18) / 2
      const before = rng.int(10, 60)
      const after = before + rate * span
      return {
        stem: `On a cumulative flow diagram the Done line stands at ${before} items on day ${from} and at ${after} items on day ${from + span}. What was the average throughput over that span?`,
        key: `${count(rate, 'item')} a day`,
        wrong: [
          [
            `${count(after / (from + span), 'item')} a day`,
            'divides the running total by the day number',
          ],
          [`${count(after - before, 'item')} a day`, 'reports the span’s total as a daily rate'],
          [`${count(span / (after - before), 'item')} a day`, 'inverts the rate'],
        ],
        figures: { before, after, from, to: from + span },
      }
    },
  },
  {
    id: 'flow-efficiency',
    draw: (rng) => {
      const cycle = rng.pick([10, 20, 25])
      const active = rng.int(3, cycle - 2)
      if (2 * active === cycle) throw new VariantError('active equals waiting')
      const testing = rng.int(1, active - 1)
      const development = active - testing
      const waiting = cycle - active
      const pct = (x: number) => `${Math.round(x)} %`
      // Every option is a share that could be right (at most 100 %): of the two ratios of active
      // to waiting time only the one below 1 is offered.
      const ratio: readonly [string, string] =
        active < waiting
          ? [pct((100 * active) / waiting), 'divides active time by waiting time']
          : [pct((100 * waiting) / active), 'divides waiting time by active time']
      return {
        stem: `An item’s cycle time was ${cycle} working days. Someone actively worked on it for ${count(development, 'day')} in development and ${count(testing, 'day')} in testing; it waited the rest. What is its flow efficiency, to the nearest whole percent?`,
        key: pct((100 * active) / cycle),
        wrong: [
          [pct((100 * waiting) / cycle), 'reports the share spent waiting'],
          ratio,
          // One stage's days only: offering both would show two options summing to the key.
          rng.pick([
            [pct((100 * development) / cycle), 'counts only the development days as active'],
            [pct((100 * testing) / cycle), 'counts only the testing days as active'],
          ] as const),
        ],
        figures: { cycle, development, testing },
      }
    },
  },
]
