import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Activity, drawNetwork, pass, table } from './network.js'
import { answered, computed, drawn, family, job, type PjmFamily, rule } from './pjm-text.js'

// PERT three-point (beta) estimates: PMBOK Guide 6th ed. §6.4.2.4, tE = (tO + 4tM + tP) / 6,
// with the standard deviation (tP − tO) / 6 the PMI practice uses; the variances of activities
// in sequence add, so a path's standard deviation is the root of the summed variances; ±1σ
// covers about 68.3 % and ±2σ about 95.5 % of outcomes of a normal distribution.
// Leads and lags and the four dependency types: PMBOK 6th ed. §6.3.2.1 (precedence diagramming
// method: FS, SS, FF, SF) and §6.3.2.3 (a lead accelerates, a lag delays the successor).
// Resource levelling and smoothing: PMBOK 6th ed. §6.5.2.3. Schedule compression (crashing,
// fast tracking): §6.5.2.6.

function pert(rng: Rng) {
  const o = drawn(rng, 4, 12)
  const m = o + drawn(rng, 2, 8)
  const p = m + drawn(rng, 5, 20)
  return { o, m, p }
}
const mean = (e: { o: number; m: number; p: number }) => (e.o + 4 * e.m + e.p) / 6
const sd = (e: { o: number; m: number; p: number }) => (e.p - e.o) / 6

/** Finish of each activity when `extra` adds one more finish-to-start link. */
function endWith(acts: readonly Activity[], extra: readonly [string, string]): number {
  const memo: Record<string, number> = {}
  const ef = (id: string): number => {
    if (id in memo) return memo[id]!
    const a = acts.find((x) => x.id === id)!
    const pred = extra[1] === id ? [...a.pred, extra[0]] : a.pred
    memo[id] = Math.max(0, ...pred.map(ef)) + a.d
    return memo[id]!
  }
  return Math.max(...acts.map((a) => ef(a.id)))
}
/** Whether `to` follows `from` through the network's links. */
function follows(acts: readonly Activity[], from: string, to: string): boolean {
  const a = acts.find((x) => x.id === to)!
  return a.pred.some((q) => q === from || follows(acts, from, q))
}

export const SCHEDULE_FAMILIES: readonly PjmFamily[] = [
  family('pert-expected-duration', (rng) => {
    const e = pert(rng)
    return computed(rng, {
      kind: 'pert',
      ask: 'mean',
      stem: `For ${job(rng)}, the vendor estimates data migration at ${e.o} days at best, ${e.m} days most likely and ${e.p} days at worst. What is the PERT (beta) expected duration?`,
      in: e,
      format: 'days1',
      key: mean(e),
      wrong: [
        ['triangular', (e.o + e.m + e.p) / 3, 'takes the plain average of the three estimates'],
        ['most-likely', e.m, 'uses the most likely estimate alone'],
        ['div4', (e.o + 4 * e.m + e.p) / 4, 'divides the weighted sum by four, not six'],
        ['extremes', (e.o + e.p) / 2, 'averages the best and worst cases only'],
        [
          'o-weighted',
          (4 * e.o + e.m + e.p) / 6,
          'puts the weight of four on the optimistic estimate',
        ],
        ['optimistic', e.o, 'quotes the optimistic estimate'],
      ],
    })
  }),
  family('pert-standard-deviation', (rng) => {
    const e = pert(rng)
    return computed(rng, {
      kind: 'pert',
      ask: 'sd',
      stem: `The three-point estimate for the testing activity of ${job(rng)} is optimistic ${e.o}, most likely ${e.m} and pessimistic ${e.p} days. What is its PERT standard deviation?`,
      in: e,
      format: 'days1',
      key: sd(e),
      wrong: [
        ['variance', sd(e) ** 2, 'gives the variance, the square of the standard deviation'],
        ['half-range', (e.p - e.o) / 2, 'halves the range instead of dividing it by six'],
        ['p-minus-m', (e.p - e.m) / 6, 'measures from the most likely, not the optimistic, value'],
        ['third-range', (e.p - e.o) / 3, 'divides the range by three'],
        ['m-minus-o', (e.m - e.o) / 6, 'measures from the optimistic to the most likely value'],
      ],
    })
  }),
  family('pert-variance', (rng) => {
    const e = pert(rng)
    return computed(rng, {
      kind: 'pert',
      ask: 'variance',
      stem: `An activity of ${job(rng)} has estimates O = ${e.o}, M = ${e.m} and P = ${e.p} days. What is its PERT variance (in days squared)?`,
      in: e,
      format: 'days2',
      key: sd(e) ** 2,
      wrong: [
        ['sd', sd(e), 'gives the standard deviation, not its square'],
        ['range-sq-36-wrong', (e.p - e.o) ** 2 / 6, 'squares the range but divides by six, not 36'],
        ['p-minus-m-sq', ((e.p - e.m) / 6) ** 2, 'measures from the most likely value'],
        ['double', 2 * sd(e), 'doubles the standard deviation instead of squaring it'],
        ['range-sq', (e.p - e.o) ** 2, 'squares the range without dividing by 36'],
      ],
    })
  }),
  family('pert-path-standard-deviation', (rng) => {
    const es = [pert(rng), pert(rng), pert(rng)]
    const sds = es.map(sd)
    const lines = es.map((e, i) => `| ${'XYZ'[i]} | ${e.o} | ${e.m} | ${e.p} |`).join('\n')
    return computed(rng, {
      kind: 'pert',
      ask: 'path-sd',
      stem: `Three activities of ${job(rng)} run one after another:\n\n| Activity | O | M | P |\n|---|---|---|---|\n${lines}\n\nWhat is the PERT standard deviation of the whole chain, in days?`,
      in: { es },
      format: 'days1',
      key: Math.sqrt(sds.reduce((s, x) => s + x * x, 0)),
      wrong: [
        ['sum-sd', sds.reduce((s, x) => s + x, 0), 'adds the standard deviations'],
        ['sum-var', sds.reduce((s, x) => s + x * x, 0), 'adds the variances and stops there'],
        ['mean-sd', sds.reduce((s, x) => s + x, 0) / 3, 'averages the standard deviations'],
        ['max-sd', Math.max(...sds), 'takes the largest activity’s standard deviation'],
        [
          'root-sum-sd',
          Math.sqrt(sds.reduce((s, x) => s + x, 0)),
          'takes the root of the summed standard deviations',
        ],
      ],
    })
  }),
  family('pert-two-sigma-range', (rng) => {
    const e = pert(rng)
    const t = mean(e)
    const s = sd(e)
    const span = (c: number, k: number) =>
      `${(c - k * s).toFixed(1)} to ${(c + k * s).toFixed(1)} days`
    return answered(rng, {
      kind: 'pert',
      ask: 'range2',
      stem: `The sponsor of ${job(rng)} wants the range within which the integration work will finish with about 95 % confidence. The PERT estimates are O = ${e.o}, M = ${e.m}, P = ${e.p} days. Using ±2 standard deviations around the PERT mean, which range do you report?`,
      in: e,
      key: span(t, 2),
      wrong: [
        ['one', span(t, 1), 'uses ±1 standard deviation, which covers about 68 %'],
        ['three', span(t, 3), 'uses ±3 standard deviations, about 99.7 %'],
        [
          'o-to-p',
          `${e.o.toFixed(1)} to ${e.p.toFixed(1)} days`,
          'quotes the optimistic-to-pessimistic range',
        ],
        ['around-m', span(e.m, 2), 'centres the range on the most likely estimate'],
      ],
    })
  }),
  family('lag-finish-to-start', (rng) => {
    const s = drawn(rng, 3, 20)
    const dA = drawn(rng, 4, 12)
    const dB = drawn(rng, 3, 9)
    const lag = drawn(rng, 2, 5)
    return computed(rng, {
      kind: 'link',
      ask: 'fs',
      stem: `In ${job(rng)}, pouring the slab (A) starts on day ${s}, takes ${dA} days and finishes on day ${s + dA}. Tiling (B, ${dB} days) has a finish-to-start link to A with a ${lag}-day lag for curing. What is B’s early start?`,
      in: { s, dA, dB, lag },
      format: 'days',
      key: s + dA + lag,
      wrong: [
        ['no-lag', s + dA, 'ignores the lag'],
        ['as-ss', s + lag, 'measures the lag from A’s start, as start-to-start'],
        ['as-lead', s + dA - lag, 'reads the lag as a lead'],
        ['b-finish', s + dA + lag + dB, 'gives B’s finish instead of its start'],
        ['b-finish-no-lag', s + dA + dB, 'gives B’s finish and drops the lag'],
        ['next-day', s + dA + lag + 1, 'adds a day after A’s finish before the lag'],
      ],
    })
  }),
  family('lag-start-to-start', (rng) => {
    const s = drawn(rng, 3, 20)
    const dA = drawn(rng, 8, 15)
    const dB = drawn(rng, 3, 9)
    const lag = drawn(rng, 2, 5)
    return computed(rng, {
      kind: 'link',
      ask: 'ss',
      stem: `In ${job(rng)}, writing the user guide (A) starts on day ${s} and takes ${dA} days. Translating it (B, ${dB} days) has a start-to-start link to A with a ${lag}-day lag. What is B’s early start?`,
      in: { s, dA, dB, lag },
      format: 'days',
      key: s + lag,
      wrong: [
        ['as-fs', s + dA + lag, 'waits for A to finish, as finish-to-start'],
        ['no-lag', s, 'starts B with A, ignoring the lag'],
        ['fs-no-lag', s + dA, 'waits for A to finish and drops the lag'],
        ['as-lead', s - lag, 'reads the lag as a lead'],
        ['lag-only', lag, 'counts the lag from day 0, not from A’s start'],
        ['b-finish', s + lag + dB, 'gives B’s finish instead of its start'],
      ],
    })
  }),
  family('lag-finish-to-finish', (rng) => {
    const s = drawn(rng, 3, 20)
    const dA = drawn(rng, 8, 15)
    const dB = drawn(rng, 3, 7)
    const lag = drawn(rng, 2, 4)
    return computed(rng, {
      kind: 'link',
      ask: 'ff',
      stem: `In ${job(rng)}, data entry (A) starts on day ${s}, takes ${dA} days and finishes on day ${s + dA}. Checking the data (B, ${dB} days) has a finish-to-finish link to A with a ${lag}-day lag. What is B’s early finish?`,
      in: { s, dA, dB, lag },
      format: 'days',
      key: s + dA + lag,
      wrong: [
        ['as-fs', s + dA + lag + dB, 'starts B after A finishes, as finish-to-start'],
        ['no-lag', s + dA, 'finishes B with A, ignoring the lag'],
        ['as-ss', s + lag + dB, 'starts B a lag after A starts, as start-to-start'],
        ['fs-no-lag', s + dA + dB, 'starts B when A finishes and drops the lag'],
        ['as-lead', s + dA - lag, 'reads the lag as a lead'],
        ['next-day', s + dA + lag + 1, 'adds a day after A’s finish before the lag'],
      ],
    })
  }),
  family('lead-finish-to-start', (rng) => {
    const s = drawn(rng, 6, 20)
    const dA = drawn(rng, 8, 15)
    const dB = drawn(rng, 3, 9)
    const lag = drawn(rng, 2, 5)
    return computed(rng, {
      kind: 'link',
      ask: 'lead',
      stem: `In ${job(rng)}, building the site (A) starts on day ${s} and takes ${dA} days. Content loading (B, ${dB} days) is finish-to-start from A with a ${lag}-day lead. What is B’s early start?`,
      in: { s, dA, dB, lag },
      format: 'days',
      key: s + dA - lag,
      wrong: [
        ['as-lag', s + dA + lag, 'reads the lead as a lag'],
        ['no-lead', s + dA, 'ignores the lead'],
        ['from-start', s + lag, 'counts the lead from A’s start'],
        ['back-from-start', s - lag, 'counts the lead back from A’s start'],
        ['as-ff', s + dA - lag - dB, 'ends B, not starts it, the lead before A’s finish'],
        ['b-finish', s + dA - lag + dB, 'gives B’s finish instead of its start'],
      ],
    })
  }),
  family('resource-levelling-end-date', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const pairs: [Activity, Activity][] = []
    for (const a of acts)
      for (const b of acts)
        if (a.id < b.id && !follows(acts, a.id, b.id) && !follows(acts, b.id, a.id))
          pairs.push([a, b])
    const [x, y] = rng.pick(pairs.length ? pairs : [[acts[0]!, acts[0]!]])
    if (x.id === y.id) throw new VariantError('no parallel pair')
    const ab = endWith(acts, [x.id, y.id])
    const ba = endWith(acts, [y.id, x.id])
    const key = Math.min(ab, ba)
    if (key === p.end || ab === ba) throw new VariantError('levelling changes nothing here')
    return computed(rng, {
      kind: 'level',
      ask: 'end',
      stem: `You are planning ${job(rng)}:\n\n${table(acts)}\n\nActivities ${x.id} and ${y.id} both need the client’s only database specialist full time, so they cannot overlap. You level the resource, choosing the order of ${x.id} and ${y.id} that costs the least time. How long does the project take now?`,
      in: { acts, x: x.id, y: y.id },
      format: 'days',
      key,
      wrong: [
        ['unchanged', p.end, 'treats levelling like smoothing, which keeps the end date'],
        ['worse-order', Math.max(ab, ba), 'puts the pair in the order that costs more time'],
        ['add-both', p.end + x.d + y.d, 'adds both activities’ durations to the end date'],
        ['add-shorter', p.end + Math.min(x.d, y.d), 'adds the shorter activity to the end date'],
      ],
    })
  }),
  rule('levelling-can-move-critical-path', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.3 (resource levelling "can often cause the original critical path to change")',
    answer: 'may-extend',
    stem: (rng) =>
      `On ${job(rng)}, an engineer is booked on two parallel activities in the same week. You resolve it by resource levelling, delaying one activity until she is free. What can this do to the schedule?`,
    keys: [
      'It can change the critical path and push out the finish date',
      'The end date may slip and a new critical path may appear',
    ],
    wrong: [
      [
        'It leaves the end date as it is, because only float is used',
        'confuses levelling with resource smoothing',
      ],
      [
        'It shortens the project, because the engineer works without switching',
        'thinks removing over-allocation speeds the work',
      ],
      [
        'It changes the cost baseline but not the schedule',
        'thinks resource changes touch cost only',
      ],
      [
        'It moves only non-critical activities, so the critical path stays',
        'thinks levelling may only use float',
      ],
    ],
  }),
  rule('smoothing-stays-within-float', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.3 (resource smoothing: activities delayed only within their free and total float; critical path and completion date unchanged)',
    answer: 'within-float',
    stem: (rng) =>
      `The client of ${job(rng)} will not accept any change to the completion date, but the team's hours are uneven week to week. Which technique evens the demand without moving the end date?`,
    keys: [
      'Resource smoothing, using only the float',
      'Smoothing, which keeps the finish date fixed',
    ],
    wrong: [
      [
        'Resource levelling, which may delay the finish',
        'picks levelling, which can move the end date',
      ],
      [
        'Crashing the critical path with extra staff',
        'picks a compression technique for a resource question',
      ],
      ['Fast tracking the activities in parallel', 'takes fast tracking for resource smoothing'],
      ['Adding a lag after each critical activity', 'thinks lags spread resource demand'],
    ],
  }),
  rule('crashing-adds-cost', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.6 (crashing shortens the schedule "for the least incremental cost by adding resources"; it "may result in increased risk and/or cost")',
    answer: 'crash',
    stem: (rng) =>
      `The sponsor of ${job(rng)} wants two weeks back and will pay for it; the critical activities cannot overlap. Which schedule compression technique fits?`,
    keys: ['Crashing the critical activities', 'Crash: add paid resources on the critical path'],
    wrong: [
      [
        'Fast tracking: overlap the critical activities',
        'picks fast tracking where activities cannot overlap',
      ],
      ['Resource smoothing within float', 'takes smoothing for compression'],
      [
        'Add resources to the activities with the most float',
        'shortens activities off the critical path',
      ],
      ['Cut the contingency reserve from the schedule', 'thinks removing reserve is compression'],
    ],
  }),
  rule('fast-tracking-adds-rework-risk', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.6 (fast tracking: activities normally done in sequence performed in parallel; "may result in rework and increased risk")',
    answer: 'fast-track',
    stem: (rng) =>
      `On ${job(rng)} you start coding before design sign-off to win back time. What is the main trade-off of this technique?`,
    keys: ['It is fast tracking, and it risks rework', 'Fast tracking, which risks rework'],
    wrong: [
      ['It is crashing, and it raises labour cost', 'confuses fast tracking with crashing'],
      ['It is resource levelling, and it extends the finish', 'takes overlap for levelling'],
      ['It is a lag, and it adds waiting time', 'reads the overlap as a lag'],
      [
        'It has no trade-off if the path is critical',
        'thinks compression on the critical path is free',
      ],
    ],
  }),
  rule('crashing-off-critical-path-saves-nothing', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.6 and §6.5.2.2 (the critical path determines the shortest project duration; compression works on critical activities)',
    answer: 'no-gain',
    stem: (rng) =>
      `On ${job(rng)} a team member suggests paying overtime on an activity with 8 days of total float to finish the project sooner. What happens to the project end date?`,
    keys: [
      'It stays the same',
      'It moves no earlier, as it has float',
      'It moves no earlier: the days saved become float',
      'It stays the same: the activity is not on the critical path',
    ],
    wrong: [
      ['It moves earlier', 'thinks any shortened activity shortens the project'],
      ['It moves earlier by the days saved', 'counts every day saved off the activity'],
      [
        'It moves earlier, since a new critical path forms',
        'thinks shortening a non-critical activity makes the critical path shorter',
      ],
      ['It moves earlier by the 8 days of float', 'thinks float converts into saved time'],
      ['It moves later, as overtime slows the team', 'invents a slowdown from overtime'],
      ['It moves earlier by half the days saved', 'splits the saving between paths'],
    ],
  }),
  rule('critical-path-is-longest', {
    source:
      'PMI Lexicon of Project Management Terms (critical path: "the sequence of activities that represents the longest path through a project, which determines the shortest possible duration")',
    answer: 'longest',
    stem: (rng) =>
      `A client of ${job(rng)} asks what "critical path" means. Which answer is right?`,
    keys: [
      'The longest path through the network',
      'The chain with the longest total duration',
      'The longest chain of dependent activities, which sets the shortest project duration',
    ],
    wrong: [
      ['The path with the most float', 'inverts float: critical activities have the least'],
      ['The most expensive path', 'reads “critical” as where the money goes'],
      ['The path with the most activities on it', 'counts activities instead of durations'],
      [
        'The activities the client rates as most important',
        'reads “critical” as business priority',
      ],
      [
        'The shortest path, since it has no time to spare',
        'takes the shortest path for the critical one',
      ],
      ['The activities with the highest risk scores', 'confuses criticality with risk'],
    ],
  }),
  rule('negative-float-means-behind', {
    source:
      'PMBOK Guide 6th ed. §6.5.2.2 (a negative total float arises when a constraint date cannot be met by the current schedule)',
    answer: 'negative',
    stem: (rng) =>
      `After a delay, your scheduling tool shows total float of −4 days on the critical path of ${job(rng)}, which has a fixed opening date. What does that tell you?`,
    keys: [
      'The schedule misses the fixed date by 4 days',
      'The project is 4 days late on its fixed date',
    ],
    wrong: [
      ['The path has 4 days of spare time', 'reads a negative float as spare time'],
      ['The tool has a data error; float cannot be negative', 'thinks float is never below zero'],
      ['The activities can start 4 days early', 'reads negative float as a lead'],
      [
        'Another path is now 4 days longer than this one',
        'confuses float with the gap between paths',
      ],
    ],
  }),
  rule('finish-to-start-most-common', {
    source:
      'PMBOK Guide 6th ed. §6.3.2.1 (precedence diagramming method: finish-to-start is the most commonly used relationship; start-to-finish is very rarely used)',
    answer: 'fs',
    stem: () =>
      'In the precedence diagramming method, which dependency type is the most commonly used?',
    keys: [
      'Finish-to-start (FS)',
      'Finish-to-start: the successor starts once the predecessor finishes',
    ],
    wrong: [
      ['Start-to-start (SS)', 'takes the overlap type for the default'],
      ['Finish-to-finish (FF)', 'takes the finish-paired type for the default'],
      ['Start-to-finish (SF)', 'picks the type PMBOK calls very rarely used'],
      ['A lag of zero days, whatever the type', 'confuses lag with dependency type'],
    ],
  }),
  rule('start-to-finish-meaning', {
    source:
      'PMBOK Guide 6th ed. §6.3.2.1 (start-to-finish: a successor activity cannot finish until a predecessor activity has started)',
    answer: 'sf',
    stem: (rng) =>
      `On ${job(rng)}, the old booking system may not be switched off until the new one has gone live. Which dependency links “new system live” (predecessor) to “old system running” (successor)?`,
    keys: ['Start-to-finish', 'Start-to-finish (SF)'],
    wrong: [
      ['Finish-to-start', 'puts the old system after the new one finishes'],
      ['Start-to-start', 'links the two starts, not the old system’s end'],
      ['Finish-to-finish', 'ties the two finishes'],
      ['A mandatory lead of one day', 'reads the hand-over as a lead'],
    ],
  }),
  rule('milestone-zero-duration', {
    source:
      'PMI Lexicon of Project Management Terms (milestone: "a significant point or event in a project"); PMBOK Guide 6th ed. §6.2.3.3 (milestones have zero duration)',
    answer: 'zero',
    stem: (rng) =>
      `How long is the milestone “client sign-off of the design” in the schedule of ${job(rng)}?`,
    keys: [
      'Zero duration: a milestone is a point in time',
      'It has no duration; it marks an event',
    ],
    wrong: [
      ['One day, the shortest an activity can be', 'treats a milestone as a short activity'],
      ['As long as the client’s review takes', 'folds the review activity into the milestone'],
      ['It equals its float', 'confuses duration with float'],
      ['Half a day by convention', 'invents a convention'],
    ],
  }),
  rule('discretionary-dependency', {
    source:
      'PMBOK Guide 6th ed. §6.3.2.2 (discretionary dependencies, also preferred or soft logic, are set from best practice and can be changed when fast tracking)',
    answer: 'discretionary',
    stem: (rng) =>
      `On ${job(rng)} the team always finishes the style guide before writing copy, out of habit, though nothing requires it. What kind of dependency is this?`,
    keys: ['Discretionary', 'Soft logic (discretionary)'],
    wrong: [
      ['A mandatory dependency set by the team', 'takes a habit for hard logic'],
      ['External, because the habit came from a client', 'blames a team habit on an outside party'],
      ['Mandatory (hard logic)', 'takes a habit for a physical or contractual necessity'],
      ['External', 'thinks a team habit depends on outsiders'],
      ['Internal and mandatory', 'mixes the internal axis with hard logic'],
      ['A lag', 'confuses a dependency with a delay on a link'],
    ],
  }),
]
