import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, client, drawn, family, figures, pct, qty, statements } from './lss-text.js'

// Lean measures: takt time (available time over customer demand), lead time by Little's law
// (WIP over throughput; Little, Operations Research 9(3), 1961), process cycle efficiency
// (value-added time over lead time; George, Lean Six Sigma, 2002), OEE as availability ×
// performance × quality (Nakajima, Introduction to TPM, 1988), the Toyota kanban count
// N = D × L × (1 + α) / C (Monden, Toyota Production System), operators needed as work content
// over takt, line output set by the bottleneck, and SMED's internal and external set-up
// (Shingo, A Revolution in Manufacturing: The SMED System, 1985).

export const LEAN_MEASURE_FAMILIES: readonly ScenarioFamily[] = [
  family('takt-time', (rng) => {
    const shifts = rng.pick([1, 2, 3])
    const shift = rng.pick([480, 450, 510])
    const breaks = rng.pick([30, 40, 50, 60])
    const demand = drawn(rng, 200, 1500, 10)
    const avail = shifts * (shift - breaks) * 60
    return figures(rng, qty('seconds', 1), {
      stem: `${Client(rng)} runs ${shifts} shift${shifts > 1 ? 's' : ''} a day of ${shift} minutes, each with ${breaks} minutes of planned breaks, and customers order ${demand} units a day. What is the takt time in seconds (one decimal place)?`,
      in: { shifts, shift, breaks, demand },
      key: avail / demand,
      wrong: [
        ['noBreaks', (shifts * shift * 60) / demand, 'ignores the planned breaks'],
        [
          'oneShift',
          ((shift - breaks) * 60) / demand,
          'counts the available time of one shift only',
        ],
        ['rate', demand / (avail / 3600), 'gives the output rate per hour, not the time per unit'],
        ['minutes', avail / 60 / demand, 'gives the takt in minutes, not seconds'],
      ],
    })
  }),
  family('littles-law-lead-time', (rng) => {
    const wip = drawn(rng, 60, 2000, 10)
    const weekly = drawn(rng, 40, 600, 5)
    return figures(rng, qty('working days', 1), {
      stem: `A claims office at ${client(rng)} has ${wip} claims in progress and completes ${weekly} claims a week (5 working days), with WIP and throughput steady. By Little's law, what is the average lead time in working days (one decimal place)?`,
      in: { wip, weekly },
      key: wip / (weekly / 5),
      wrong: [
        ['weeks', wip / weekly, 'gives the lead time in weeks, not days'],
        ['sevenDays', wip / (weekly / 7), 'spreads weekly throughput over 7 days instead of 5'],
        ['inverse', weekly / 5 / wip, 'divides throughput by WIP'],
        ['hours', wip / (weekly / 5 / 8), 'gives the lead time in 8-hour working hours, not days'],
      ],
    })
  }),
  family('oee', (rng) => {
    const planned = rng.pick([420, 450, 480])
    const down = drawn(rng, 20, 90)
    const ideal = rng.pick([0.5, 0.75, 1, 1.2, 1.5])
    const run = planned - down
    const total = Math.floor((run / ideal) * rng.pick([0.75, 0.8, 0.85, 0.9, 0.95]))
    const good = total - drawn(rng, 3, Math.floor(total * 0.08))
    const A = run / planned
    const P = (ideal * total) / run
    const Q = good / total
    return figures(rng, pct(1), {
      stem: `A machine at ${client(rng)} had ${planned} minutes of planned production time and ${down} minutes of unplanned downtime. Its ideal cycle time is ${ideal} minutes a part; it made ${total} parts, of which ${good} were good. What is its OEE (one decimal place)?`,
      in: { planned, down, ideal, total, good },
      key: A * P * Q,
      wrong: [
        ['average', (A + P + Q) / 3, 'averages the three factors instead of multiplying them'],
        ['noQuality', A * P, 'leaves out the quality factor'],
        [
          'plannedPerf',
          A * ((ideal * total) / planned) * Q,
          'works performance over planned time, counting downtime twice',
        ],
        [
          'goodPerf',
          A * ((ideal * good) / run) * Q,
          'counts only good parts in performance, counting the rejects twice',
        ],
      ],
    })
  }),
  family('kanban-count', (rng) => {
    const D = drawn(rng, 40, 600, 10)
    const L = rng.pick([0.5, 1, 1.5, 2, 3])
    const a = rng.pick([0.1, 0.15, 0.2, 0.25])
    const C = rng.pick([10, 20, 25, 40, 50])
    // Rounded to 1e-9 first, so a product such as 418.00000000000006 is not taken up a container.
    const raw = Number(((D * L * (1 + a)) / C).toFixed(9))
    return figures(rng, qty('kanbans'), {
      stem: `At ${client(rng)} a part is used at ${D} a day; replenishment takes ${L} day${L === 1 ? '' : 's'}; the safety factor is ${a}; a container holds ${C}. With N = D × L × (1 + α) / C, rounded up to whole containers, how many kanbans are needed?`,
      in: { D, L, a, C },
      key: Math.ceil(raw),
      wrong: [
        ['noSafety', Math.ceil(Number(((D * L) / C).toFixed(9))), 'leaves out the safety factor'],
        ['down', Math.floor(raw), 'rounds down, leaving the loop short of a container'],
        [
          'noLead',
          Math.ceil(Number(((D * (1 + a)) / C).toFixed(9))),
          'leaves out the replenishment lead time',
        ],
        [
          'perUnit',
          Math.ceil(Number((D * L * (1 + a)).toFixed(9))),
          'counts a card per part instead of per container',
        ],
      ],
    })
  }),
  family('operators-needed', (rng) => {
    const shift = rng.pick([450, 480])
    const breaks = rng.pick([30, 40, 60])
    const D = drawn(rng, 150, 900, 10)
    const W = drawn(rng, 120, 900, 5)
    const takt = ((shift - breaks) * 60) / D
    return figures(rng, qty('operators'), {
      stem: `A cell at ${client(rng)} works a ${shift}-minute shift with ${breaks} minutes of breaks, customers need ${D} units a shift, and one unit takes ${W} seconds of total work content. Rounding up to whole people, how many operators does it need to meet takt?`,
      in: { shift, breaks, D, W },
      key: Math.ceil(W / takt),
      wrong: [
        ['down', Math.floor(W / takt), 'rounds down, leaving the cell short of takt'],
        ['noBreaks', Math.ceil(W / ((shift * 60) / D)), 'ignores the breaks when working out takt'],
        ['taktMinutes', Math.ceil(W / (takt / 60)), 'divides seconds of work by a takt in minutes'],
        [
          'perHour',
          Math.ceil((W * D) / 3600),
          'divides the shift’s work by one hour instead of the shift',
        ],
      ],
    })
  }),
  family('bottleneck-output', (rng) => {
    const k = rng.int(4, 6)
    const ts = Array.from({ length: k }, () => drawn(rng, 20, 90))
    const max = Math.max(...ts)
    return figures(rng, qty('units an hour', 1), {
      stem: `A line at ${client(rng)} has ${k} stations in series with cycle times of ${ts.join(', ')} seconds; each station works on one unit at a time. What is the line's maximum output per hour (one decimal place)?`,
      in: Object.fromEntries(ts.map((t, i) => [`t${i}`, t])),
      key: 3600 / max,
      wrong: [
        ['fastest', 3600 / Math.min(...ts), 'paces the line by the fastest station'],
        ['sum', 3600 / ts.reduce((a, t) => a + t, 0), 'paces the line by the total work content'],
        [
          'mean',
          3600 / (ts.reduce((a, t) => a + t, 0) / k),
          'paces the line by the average station time',
        ],
        ['first', 3600 / ts[0]!, 'paces the line by the first station'],
      ],
    })
  }),
  family('smed-internal-time', (rng) => {
    const tasks = [
      ['fetch the next die from the store', 'external'],
      ['preheat the next die', 'external'],
      ['gather the tools and clamps', 'external'],
      ['unclamp and remove the old die', 'internal'],
      ['clamp the new die in place', 'internal'],
      ['return the old die to the store', 'external'],
      ['set the stroke on the stopped press', 'internal'],
    ] as const
    const times = tasks.map(() => drawn(rng, 3, 25))
    const ext = tasks
      .map(([, k], i) => (k === 'external' ? times[i]! : 0))
      .reduce((a, x) => a + x, 0)
    const all = times.reduce((a, x) => a + x, 0)
    return figures(rng, qty('minutes'), {
      stem: `A press changeover at ${client(rng)} is done entirely with the press stopped: ${tasks.map(([t], i) => `${t} (${times[i]} min)`).join('; ')}. SMED's first step moves every task that can be done while the press runs to before or after the stop. How long is the press then stopped?`,
      in: Object.fromEntries(times.map((t, i) => [`t${i}`, t])),
      key: all - ext,
      wrong: [
        ['unchanged', all, 'keeps every task inside the stop'],
        ['external', ext, 'gives the time moved outside, not what is left inside'],
        ['keepReturn', all - ext + times[5]!, 'keeps returning the old die inside the stop'],
        ['keepPreheat', all - ext + times[1]!, 'keeps preheating the next die inside the stop'],
      ],
    })
  }),
  family('line-balance-efficiency', (rng) => {
    const k = rng.int(4, 6)
    const ts = Array.from({ length: k }, () => drawn(rng, 25, 60))
    const max = Math.max(...ts)
    const total = ts.reduce((a, t) => a + t, 0)
    return figures(rng, pct(1), {
      stem: `Station work contents on a ${k}-station line at ${client(rng)} are ${ts.join(', ')} seconds. Line balance efficiency is total work content over (number of stations × the longest station time). What is it (one decimal place)?`,
      in: Object.fromEntries(ts.map((t, i) => [`t${i}`, t])),
      key: total / (k * max),
      wrong: [
        ['delay', 1 - total / (k * max), 'gives the balance delay, the idle share'],
        ['minStation', total / (k * Math.min(...ts)), 'uses the shortest station time'],
        ['minOverMax', Math.min(...ts) / max, 'compares the shortest station with the longest'],
        ['noStations', max / total, 'divides the longest station by the total work content'],
      ],
    })
  }),
]

export const SMED_FAMILIES: readonly ScenarioFamily[] = [
  family('smed-external-task', (rng) =>
    statements(rng, {
      stem: `A Green Belt runs a SMED workshop on a changeover at ${client(rng)}. Which task is external set-up, one that can be done while the machine is still running?`,
      key: rng.pick([
        'Bring the next job’s tools to the machine before it stops',
        'Preheat the next mould while the current job runs',
        'Stage the next batch’s material beside the machine in advance',
      ]),
      wrong: [
        [
          'Unbolt and lift out the mould that has just finished its run',
          'is internal: the mould can only come out when the machine is stopped',
        ],
        [
          'Clamp the new fixture onto the machine bed',
          'is internal: fixing to the bed needs the machine stopped',
        ],
        [
          'Adjust the stroke and run the first-off part for approval',
          'is internal: adjustment and trial need the machine stopped',
        ],
        [
          'Swap the cutting head on the spindle',
          'is internal: the spindle must be stopped to change it',
        ],
        [
          'Remove the old tooling and clean the machine bed where it sat',
          'is internal: the bed is reachable only with the machine stopped',
        ],
      ],
    }),
  ),
  family('smed-convert-internal', (rng) =>
    statements(rng, {
      stem: `After separating internal and external set-up at ${client(rng)}, what is SMED's next step for the tasks still done with the machine stopped?`,
      key: rng.pick([
        'Convert internal set-up to external, e.g. preheating off line',
        'Turn internal work into external, e.g. presetting fixtures',
      ]),
      wrong: [
        [
          'Add operators so the internal set-up time is shared among them',
          'adds people before converting tasks',
        ],
        [
          'Run longer batches so that set-ups happen less often',
          'hides long set-ups by batching, which SMED exists to avoid',
        ],
        [
          'Buy a faster machine so each job runs in less time',
          'attacks the run time, not the set-up',
        ],
        [
          'Time each internal task again before changing anything at all',
          'repeats the first stage instead of moving on',
        ],
        [
          'Skip the first-off check to start the next job sooner',
          'drops a quality check instead of converting set-up',
        ],
      ],
    }),
  ),
]
