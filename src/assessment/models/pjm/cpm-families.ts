import { VariantError } from '../assemble-variant.js'
import { drawNetwork, pass, pickActivity, successors, table } from './network.js'
import { answered, computed, family, job, type PjmFamily } from './pjm-text.js'

// Critical path method on a drawn precedence network, finish-to-start links, zero-based days
// (an activity with no predecessor starts at 0). Definitions: PMBOK Guide 6th ed. §6.5.2.2
// ("Critical Path Method": early and late start and finish dates by forward and backward pass;
// total float; "free float is the amount of time that a schedule activity can be delayed
// without delaying the early start date of any successor"); PMI Lexicon of Project Management
// Terms: critical path "the sequence of activities that represents the longest path through a
// project, which determines the shortest possible duration".

const intro = (rng: Parameters<PjmFamily['draw']>[0]) =>
  `You are planning ${job(rng)}. The activities, all linked finish-to-start, are:`

/** The longest chain's length and, for distractors, the shortest end-to-end chain's. */
function chains(acts: ReturnType<typeof drawNetwork>) {
  const lens: number[] = []
  const counts: number[] = []
  const walk = (id: string, len: number, count: number) => {
    const a = acts.find((x) => x.id === id)!
    const succ = successors(acts, id)
    if (succ.length === 0) {
      lens.push(len + a.d)
      counts.push(len + a.d + count)
      return
    }
    for (const s of succ) walk(s, len + a.d, count + 1)
  }
  for (const a of acts) if (a.pred.length === 0) walk(a.id, 0, 0)
  return { shortest: Math.min(...lens), gapped: Math.max(...counts) }
}

export const CPM_FAMILIES: readonly PjmFamily[] = [
  family('cpm-project-duration', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const c = chains(acts)
    return computed(rng, {
      kind: 'cpm',
      ask: 'duration',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nWhat is the shortest time in which the project can finish?`,
      in: { acts },
      format: 'days',
      key: p.end,
      wrong: [
        ['sum', acts.reduce((s, a) => s + a.d, 0), 'adds every duration as if all ran in sequence'],
        ['shortest', c.shortest, 'takes the shortest path through the network'],
        [
          'most-steps',
          len(acts, pathMost(acts)),
          'takes the length of the path with the most activities',
        ],
        ['gapped', c.gapped, 'adds a day between linked activities, mixing the day-one convention'],
        [
          'no-last',
          p.end - acts.find((a) => p.ef[a.id] === p.end)!.d,
          'stops at the start of the last activity, not its finish',
        ],
      ],
    })
  }),
  family('cpm-early-start', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => a.pred.length === 2 && p.tf[a.id]! > 0)
    return computed(rng, {
      kind: 'cpm',
      ask: 'es',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nWhat is activity ${x.id}’s early start (day 0 is the project start)?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.es[x.id]!,
      wrong: [
        ['ef', p.ef[x.id]!, 'gives the early finish instead of the early start'],
        ['ls', p.ls[x.id]!, 'gives the late start from the backward pass'],
        [
          'min-pred',
          Math.min(...x.pred.map((q) => p.ef[q]!)),
          'takes the earliest-finishing predecessor at the merge, not the latest',
        ],
        [
          'pred-dur',
          Math.max(...x.pred.map((q) => acts.find((a) => a.id === q)!.d)),
          'takes the longest predecessor’s duration, not its finish',
        ],
        ['first-pred', p.ef[x.pred[0]!]!, 'follows only the first predecessor listed'],
        [
          'pred-es',
          Math.max(...x.pred.map((q) => p.es[q]!)),
          'takes the latest predecessor’s early start, not its early finish',
        ],
        [
          'sum-pred',
          x.pred.reduce((s, q) => s + p.ef[q]!, 0),
          'adds the predecessors’ finishes at the merge',
        ],
      ],
    })
  }),
  family('cpm-early-finish', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => a.pred.length === 2 && p.tf[a.id]! > 0)
    return computed(rng, {
      kind: 'cpm',
      ask: 'ef',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nBy the forward pass, on which day does activity ${x.id} finish at the earliest (day 0 is the project start)?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.ef[x.id]!,
      wrong: [
        ['es', p.es[x.id]!, 'gives the early start instead of the early finish'],
        ['lf', p.lf[x.id]!, 'gives the late finish from the backward pass'],
        ['end', p.end, 'gives the project’s finish, not the activity’s'],
        [
          'min-pred-ef',
          Math.min(...x.pred.map((q) => p.ef[q]!)) + x.d,
          'starts after the earliest-finishing predecessor, not the latest',
        ],
        [
          'pred-es-ef',
          Math.max(...x.pred.map((q) => p.es[q]!)) + x.d,
          'starts it at the latest predecessor’s early start, not its finish',
        ],
        [
          'pred-dur-ef',
          Math.max(...x.pred.map((q) => acts.find((a) => a.id === q)!.d)) + x.d,
          'starts after the longest predecessor’s duration, not its finish',
        ],
        [
          'sum-pred-ef',
          x.pred.reduce((s, q) => s + p.ef[q]!, 0) + x.d,
          'adds the predecessors’ finishes at the merge',
        ],
      ],
    })
  }),
  family('cpm-late-finish', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => successors(acts, a.id).length >= 2 && p.tf[a.id]! > 0)
    const succ = successors(acts, x.id)
    return computed(rng, {
      kind: 'cpm',
      ask: 'lf',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nWhat is activity ${x.id}’s late finish, if the project is to end on its earliest possible day?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.lf[x.id]!,
      wrong: [
        ['ef', p.ef[x.id]!, 'gives the early finish from the forward pass'],
        ['ls', p.ls[x.id]!, 'gives the late start instead of the late finish'],
        [
          'max-succ',
          Math.max(...succ.map((s) => p.ls[s]!)),
          'takes the latest successor’s late start at the burst, not the earliest',
        ],
        ['end', p.end, 'gives the project end as every activity’s late finish'],
        ['lf-plus-tf', p.lf[x.id]! + p.tf[x.id]!, 'adds the float to the late finish'],
        [
          'min-succ-es',
          Math.min(...succ.map((s) => p.es[s]!)),
          'uses the successors’ early starts, not their late starts',
        ],
      ],
    })
  }),
  family('cpm-late-start', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => successors(acts, a.id).length >= 2 && p.tf[a.id]! > 0)
    const succ = successors(acts, x.id)
    return computed(rng, {
      kind: 'cpm',
      ask: 'ls',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nWhat is the latest day activity ${x.id} can start without delaying the earliest project finish?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.ls[x.id]!,
      wrong: [
        ['es', p.es[x.id]!, 'gives the early start from the forward pass'],
        ['lf', p.lf[x.id]!, 'gives the late finish instead of the late start'],
        [
          'max-succ-ls',
          Math.max(...succ.map((s) => p.ls[s]!)) - x.d,
          'works back from the latest successor at the burst, not the earliest',
        ],
        ['ff-start', p.es[x.id]! + p.ff[x.id]!, 'adds only the free float to the early start'],
        ['end-minus-d', p.end - x.d, 'works back from the project end, ignoring the successors'],
        [
          'min-succ-es-ls',
          Math.min(...succ.map((s) => p.es[s]!)) - x.d,
          'works back from the successors’ early starts',
        ],
      ],
    })
  }),
  family('cpm-total-float', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const c = chainsThrough(acts)
    const x = pickActivity(rng, acts, (a) => p.tf[a.id]! > 0 && p.ff[a.id]! !== p.tf[a.id]!)
    return computed(rng, {
      kind: 'cpm',
      ask: 'tf',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nHow much total float does activity ${x.id} have?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.tf[x.id]!,
      wrong: [
        ['ff', p.ff[x.id]!, 'gives the free float, the slack before the next activity only'],
        ['lf-es', p.lf[x.id]! - p.es[x.id]!, 'subtracts the early start from the late finish'],
        [
          'short-through',
          p.end - c(x.id),
          'measures the float from the shortest path through the activity',
        ],
        ['ls', p.ls[x.id]!, 'gives the late start as the float'],
        ['ls-ef', p.ls[x.id]! - p.ef[x.id]!, 'subtracts the early finish from the late start'],
        ['es', p.es[x.id]!, 'gives the early start as the float'],
      ],
    })
  }),
  family('cpm-free-float', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(
      rng,
      acts,
      (a) => p.tf[a.id]! > p.ff[a.id]! && p.ff[a.id]! > 0 && successors(acts, a.id).length > 0,
    )
    const succ = successors(acts, x.id)
    return computed(rng, {
      kind: 'cpm',
      ask: 'ff',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nHow many days can activity ${x.id} slip without delaying the early start of any activity that follows it?`,
      in: { acts, x: x.id },
      format: 'days',
      key: p.ff[x.id]!,
      wrong: [
        ['tf', p.tf[x.id]!, 'gives the total float, which may delay a successor'],
        [
          'max-succ-es',
          Math.max(...succ.map((s) => p.es[s]!)) - p.ef[x.id]!,
          'measures to the latest-starting successor, not the earliest',
        ],
        [
          'es-gap',
          Math.min(...succ.map((s) => p.es[s]!)) - p.es[x.id]!,
          'measures from the activity’s start, forgetting its duration',
        ],
        ['zero', 0, 'thinks only the last activity of a chain can have free float'],
        [
          'from-lf',
          Math.min(...succ.map((s) => p.es[s]!)) - p.lf[x.id]!,
          'measures from the late finish, not the early finish',
        ],
        ['day-one', p.ff[x.id]! - 1, 'takes a day off the gap, mixing in the day-one convention'],
        [
          'interfering',
          p.tf[x.id]! - p.ff[x.id]!,
          'gives the interfering float, the part of the total float its successors share',
        ],
        [
          'independent',
          Math.min(...succ.map((s) => p.es[s]!)) -
            Math.max(0, ...x.pred.map((q) => p.lf[q]!)) -
            x.d,
          'gives the independent float, which lets the predecessors finish late',
        ],
      ],
    })
  }),
  family('cpm-critical-activities', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const crit = acts.filter((a) => p.tf[a.id] === 0).map((a) => a.id)
    // One critical path only: every critical activity but the last has one critical successor.
    for (const id of crit) {
      const cs = successors(acts, id).filter((s) => crit.includes(s))
      if (cs.length > 1) throw new VariantError('more than one critical path')
    }
    if (crit.length < 3 || crit.length === acts.length) throw new VariantError('dull network')
    const zeroFree = acts.filter((a) => p.ff[a.id] === 0).map((a) => a.id)
    const longestOne = acts.reduce((m, a) => (a.d > m.d ? a : m))
    const withLongest = acts
      .filter((a) => a.id === longestOne.id || crit.includes(a.id))
      .map((a) => a.id)
    const mostSteps = pathMost(acts)
    return answered(rng, {
      kind: 'cpm',
      ask: 'critical',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nWhich activities are on the critical path?`,
      in: { acts },
      key: crit.join(', '),
      wrong: [
        ['zero-ff', zeroFree.join(', '), 'takes every activity with zero free float as critical'],
        [
          'with-longest',
          withLongest.join(', '),
          'adds the single longest activity, wherever it sits',
        ],
        ['most-steps', mostSteps.join(', '), 'takes the path with the most activities'],
        [
          'shortest-path',
          pathShortest(acts).join(', '),
          'takes the shortest path, as the one with no room to spare',
        ],
      ],
    })
  }),
  family('cpm-delay-within-total-float', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => p.tf[a.id]! >= 2 && p.tf[a.id]! > p.ff[a.id]!)
    const k = rng.int(p.ff[x.id]! + 1, p.tf[x.id]!)
    return computed(rng, {
      kind: 'cpm',
      ask: 'delay',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nThe supplier for activity ${x.id} warns it will take ${k} days longer than planned. If nothing else changes, how long will the project now take?`,
      in: { acts, x: x.id, k },
      format: 'days',
      key: p.end,
      wrong: [
        ['plus-k', p.end + k, 'adds every delay straight to the end date'],
        [
          'past-ff',
          p.end + k - p.ff[x.id]!,
          'lets only free float absorb the delay, not total float',
        ],
        [
          'minus-left',
          p.end - (p.tf[x.id]! - k),
          'subtracts the float left over from the end date',
        ],
        ['x-finish', p.ef[x.id]! + k, 'gives the delayed activity’s own new finish'],
        [
          'plus-left',
          p.end + (p.tf[x.id]! - k),
          'adds the float left over to the end date instead of leaving the end as it is',
        ],
        ['minus-k', p.end - k, 'takes the delay off the end date instead of adding it'],
      ],
    })
  }),
  family('cpm-delay-beyond-total-float', (rng) => {
    const acts = drawNetwork(rng)
    const p = pass(acts)
    const x = pickActivity(rng, acts, (a) => p.tf[a.id]! >= 1 && p.tf[a.id]! > p.ff[a.id]!)
    const k = p.tf[x.id]! + rng.int(1, 4)
    return computed(rng, {
      kind: 'cpm',
      ask: 'delay',
      stem: `${intro(rng)}\n\n${table(acts)}\n\nActivity ${x.id} will now take ${k} days longer than planned. If nothing else changes, how long will the project take?`,
      in: { acts, x: x.id, k },
      format: 'days',
      key: p.end + k - p.tf[x.id]!,
      wrong: [
        ['plus-k', p.end + k, 'adds the whole delay, ignoring the activity’s float'],
        ['none', p.end, 'thinks an activity off the critical path can never delay the project'],
        [
          'past-ff',
          p.end + k - p.ff[x.id]!,
          'lets only free float absorb the delay, not total float',
        ],
        ['x-finish', p.ef[x.id]! + k, 'gives the delayed activity’s own new finish'],
        [
          'plus-left',
          p.end + (p.tf[x.id]! - k),
          'takes the overrun beyond total float off the end date instead of adding it',
        ],
      ],
    })
  }),
]

/** For the float distractor: the shortest start-to-end chain through each activity. */
function chainsThrough(acts: ReturnType<typeof drawNetwork>) {
  return (id: string): number => {
    const to = (x: string): number => {
      const a = acts.find((y) => y.id === x)!
      return a.d + (a.pred.length ? Math.min(...a.pred.map(to)) : 0)
    }
    const from = (x: string): number => {
      const a = acts.find((y) => y.id === x)!
      const succ = successors(acts, x)
      return a.d + (succ.length ? Math.min(...succ.map(from)) : 0)
    }
    return to(id) + from(id) - acts.find((y) => y.id === id)!.d
  }
}

function allPaths(acts: ReturnType<typeof drawNetwork>): string[][] {
  const out: string[][] = []
  const walk = (id: string, path: string[]) => {
    const succ = successors(acts, id)
    if (succ.length === 0) out.push([...path, id])
    for (const s of succ) walk(s, [...path, id])
  }
  for (const a of acts) if (a.pred.length === 0) walk(a.id, [])
  return out
}
const len = (acts: ReturnType<typeof drawNetwork>, path: string[]) =>
  path.reduce((s, id) => s + acts.find((a) => a.id === id)!.d, 0)
function pathMost(acts: ReturnType<typeof drawNetwork>): string[] {
  return allPaths(acts).reduce((m, p) =>
    p.length > m.length || (p.length === m.length && len(acts, p) < len(acts, m)) ? p : m,
  )
}
function pathShortest(acts: ReturnType<typeof drawNetwork>): string[] {
  return allPaths(acts).reduce((m, p) => (len(acts, p) < len(acts, m) ? p : m))
}
