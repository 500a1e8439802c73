import type { Rng } from '../../rng.js'

/** How a successor is tied to a predecessor, as project-management software lists it. */
export type LinkType = 'FS' | 'SS' | 'FF'

export interface Link {
  readonly from: string
  readonly type: LinkType
  /** Working days; negative is a lead. */
  readonly lag: number
}

export interface Activity {
  readonly id: string
  readonly name: string
  readonly days: number
  readonly after: readonly Link[]
}

/** What a question asks of a network: the project's length or one activity's date or float. */
export type Ask =
  | { readonly what: 'finish' }
  | {
      readonly what: 'earlyStart' | 'earlyFinish' | 'lateStart' | 'lateFinish'
      readonly id: string
    }
  | { readonly what: 'totalFloat' | 'freeFloat'; readonly id: string }
  | { readonly what: 'criticalPath' }
  /** The activity to shorten by one day for the least extra cost, by the stated crash costs. */
  | { readonly what: 'crash' }

/**
 * A reading of a network. The key reads it as stated; each mistaken reading sets the one field
 * that says how it went wrong, so the key test can recompute both with its own scheduler.
 */
export interface ScheduleCalc {
  readonly op: 'schedule'
  readonly acts: readonly Activity[]
  readonly ask: Ask
  /** Dropped every lag and lead. */
  readonly noLag?: true
  /** Read a lead (negative lag) as a positive lag. */
  readonly leadAsLag?: true
  /** Read every start-to-start and finish-to-finish link as finish-to-start. */
  readonly allFs?: true
  /** Added every duration end to end, as if nothing ran in parallel. */
  readonly serial?: true
  /** Took the project's length as its longest single activity. */
  readonly longestActivity?: true
  /** Took the path with the most activities (of those, the most days) as the one that sets the finish. */
  readonly mostActivities?: true
  /** Walked from the start to the longest next activity at each fork and called that path critical. */
  readonly greedy?: true
  /** Crashed the cheapest activity in the whole plan, critical or not. */
  readonly cheapestAny?: true
  /** Crashed the longest critical activity, not the cheapest. */
  readonly longestCritical?: true
  /** The extra cost per day of shortening each activity, for crashing questions. */
  readonly crashCost?: Readonly<Record<string, number>>
  /** Started a merging activity after its earliest predecessor instead of its latest. */
  readonly firstPredecessor?: true
  /** Counted back from the project finish, ignoring the activity's successors. */
  readonly fromFinish?: true
  /** Took late finish minus early start as float, forgetting the duration. */
  readonly lfMinusEs?: true
  /** Answered another measure than the one asked (a finish for a start, free for total float). */
  readonly answered?: Ask
  /** A stated slip of one activity. */
  readonly slip?: { readonly id: string; readonly days: number }
  /** Added the slip to the finish in full. */
  readonly slipInFull?: true
  /** Assumed the activity's float absorbs the slip. */
  readonly slipAbsorbed?: true
  /** Took the slip beyond the activity's free float as the finish's delay. */
  readonly slipBeyondFreeFloat?: true
  /** Started each finish-to-start successor the day after its predecessor finishes, not that day. */
  readonly nextDay?: true
  /** Counted the slip twice: once in the activity's new duration and again on the finish. */
  readonly slipTwice?: true
}

export interface Timing {
  readonly es: number
  readonly ef: number
  readonly ls: number
  readonly lf: number
}

function adjust(c: ScheduleCalc): Activity[] {
  return c.acts.map((a) => ({
    ...a,
    after: a.after.map((l) => ({
      from: l.from,
      type: c.allFs ? 'FS' : l.type,
      lag:
        (c.noLag ? 0 : c.leadAsLag ? Math.abs(l.lag) : l.lag) +
        (c.nextDay && l.type === 'FS' ? 1 : 0),
    })),
  }))
}

/** Early and late dates by a forward and a backward pass in list order (predecessors first). */
export function passes(acts: readonly Activity[]): { finish: number; t: Map<string, Timing> } {
  const early = new Map<string, { es: number; ef: number }>()
  for (const a of acts) {
    let es = 0
    for (const l of a.after) {
      const p = early.get(l.from)
      if (!p) throw new Error(`${a.id} is listed before its predecessor ${l.from}`)
      if (l.type === 'FS') es = Math.max(es, p.ef + l.lag)
      if (l.type === 'SS') es = Math.max(es, p.es + l.lag)
      if (l.type === 'FF') es = Math.max(es, p.ef + l.lag - a.days)
    }
    early.set(a.id, { es, ef: es + a.days })
  }
  const finish = Math.max(...[...early.values()].map((e) => e.ef))
  const late = new Map<string, { ls: number; lf: number }>()
  for (const a of [...acts].reverse()) {
    let lf = finish
    for (const s of acts) {
      for (const l of s.after) {
        if (l.from !== a.id) continue
        const sl = late.get(s.id)!
        if (l.type === 'FS') lf = Math.min(lf, sl.ls - l.lag)
        if (l.type === 'SS') lf = Math.min(lf, sl.ls - l.lag + a.days)
        if (l.type === 'FF') lf = Math.min(lf, sl.lf - l.lag)
      }
    }
    late.set(a.id, { ls: lf - a.days, lf })
  }
  const t = new Map(acts.map((a) => [a.id, { ...early.get(a.id)!, ...late.get(a.id)! }]))
  return { finish, t }
}

/** Every chain of activities from one without predecessors to one without successors. */
export function chains(acts: readonly Activity[]): string[][] {
  const succ = (id: string) => acts.filter((a) => a.after.some((l) => l.from === id))
  const out: string[][] = []
  const walk = (a: Activity, path: string[]) => {
    const next = succ(a.id)
    if (next.length === 0) out.push([...path, a.id])
    for (const n of next) walk(n, [...path, a.id])
  }
  for (const a of acts.filter((x) => x.after.length === 0)) walk(a, [])
  return out
}

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`
export const dayNo = (n: number) => `day ${n}`
export const pathText = (ids: readonly string[]) => ids.join(' → ')
/** An activity as the options name it: its letter and what it is. */
export const activityText = (a: Activity) => `${a.id} ${a.name}`

/** The answer a reading gives, written as the options show it. */
export function readSchedule(c: ScheduleCalc): string {
  const slipped = (acts: Activity[]) =>
    c.slip && !c.slipAbsorbed && !c.slipInFull && !c.slipBeyondFreeFloat
      ? acts.map((a) =>
          a.id === c.slip!.id ? { ...a, days: a.days + (c.slipTwice ? 2 : 1) * c.slip!.days } : a,
        )
      : acts
  const acts = slipped(adjust(c))
  const ask = c.answered ?? c.ask
  if (c.serial) return dayNo(acts.reduce((s, a) => s + a.days, 0))
  const byId = new Map(acts.map((a) => [a.id, a]))
  const total = (p: readonly string[]) => p.reduce((s, id) => s + byId.get(id)!.days, 0)
  const crashOn = (ids: readonly string[]) => {
    const cost = c.crashCost!
    const least = Math.min(...ids.map((id) => cost[id]!))
    const cheapest = ids.filter((id) => cost[id] === least)
    if (cheapest.length !== 1) throw new Error('two activities crash at the same cost')
    return activityText(byId.get(cheapest[0]!)!)
  }
  if (c.longestActivity) {
    const most = Math.max(...acts.map((a) => a.days))
    if (ask.what !== 'criticalPath') return dayNo(most)
    // The longest activity taken to lie on the critical path: the longest chain through it.
    const longest = acts.filter((a) => a.days === most)
    if (longest.length !== 1) throw new Error('no single longest activity')
    const through = chains(acts).filter((p) => p.includes(longest[0]!.id))
    const days = Math.max(...through.map(total))
    const pick = through.filter((p) => total(p) === days)
    if (pick.length !== 1) throw new Error('no single chain through the longest activity')
    return pathText(pick[0]!)
  }
  if (c.greedy) {
    const path: string[] = []
    let at: Activity | undefined = acts.find((a) => a.after.length === 0)
    while (at) {
      path.push(at.id)
      const next = acts.filter((s) => s.after.some((l) => l.from === at!.id))
      if (next.length === 0) break
      const most = Math.max(...next.map((n) => n.days))
      const longest = next.filter((n) => n.days === most)
      if (longest.length !== 1) throw new Error('a fork between equally long activities')
      at = longest[0]
    }
    return pathText(path)
  }
  if (c.mostActivities) {
    const longest = Math.max(...chains(acts).map((p) => p.length))
    // Of chains with as many activities, the one with the most days: the mistake counts steps
    // first and only then looks at durations.
    const steps = chains(acts).filter((p) => p.length === longest)
    const days = Math.max(...steps.map(total))
    const most = steps.filter((p) => total(p) === days)
    if (most.length !== 1) throw new Error('no single path with the most activities')
    if (ask.what === 'crash') return crashOn(most[0]!)
    return ask.what === 'criticalPath' ? pathText(most[0]!) : dayNo(total(most[0]!))
  }
  const { finish, t } = passes(acts)
  const freeFloat = (id: string) => {
    const x = t.get(id)!
    let ff = finish - x.ef
    for (const s of acts) {
      for (const l of s.after.filter((k) => k.from === id)) {
        if (l.type !== 'FS') throw new Error('free float is asked over finish-to-start links only')
        ff = Math.min(ff, t.get(s.id)!.es - x.ef - l.lag)
      }
    }
    return ff
  }
  if (c.slip && (c.slipInFull || c.slipBeyondFreeFloat)) {
    const delay = c.slipInFull ? c.slip.days : Math.max(0, c.slip.days - freeFloat(c.slip.id))
    return dayNo(finish + delay)
  }
  const of = (id: string) => {
    const x = t.get(id)!
    if (c.fromFinish) {
      const lf = finish
      return { ...x, lf, ls: lf - byId.get(id)!.days }
    }
    if (c.firstPredecessor) {
      const a = byId.get(id)!
      const es = Math.min(...a.after.map((l) => t.get(l.from)!.ef + l.lag))
      return { ...x, es, ef: es + a.days }
    }
    return x
  }
  const criticalChain = (): string[] => {
    // A chain of activities without float joined by driving links: each successor's early
    // date is set by that link, not merely reached by it.
    const drives = (from: string, to: string) => {
      const s = byId.get(to)!
      const p = t.get(from)!
      const es = t.get(to)!.es
      return s.after.some(
        (l) =>
          l.from === from &&
          es ===
            (l.type === 'FS'
              ? p.ef + l.lag
              : l.type === 'SS'
                ? p.es + l.lag
                : p.ef + l.lag - s.days),
      )
    }
    const critical = chains(acts).filter(
      (p) =>
        p.every((id) => t.get(id)!.ls === t.get(id)!.es) &&
        t.get(p[0]!)!.es === 0 &&
        p.every((id, i) => i === 0 || drives(p[i - 1]!, id)),
    )
    if (critical.length !== 1) throw new Error('no single critical path')
    return critical[0]!
  }
  switch (ask.what) {
    case 'finish':
      return dayNo(finish)
    case 'earlyStart':
      return dayNo(of(ask.id).es)
    case 'earlyFinish':
      return dayNo(of(ask.id).ef)
    case 'lateStart':
      return dayNo(of(ask.id).ls)
    case 'lateFinish':
      return dayNo(of(ask.id).lf)
    case 'totalFloat': {
      const x = of(ask.id)
      return days(c.lfMinusEs ? x.lf - x.es : x.ls - x.es)
    }
    case 'freeFloat':
      return days(freeFloat(ask.id))
    case 'criticalPath':
      return pathText(criticalChain())
    case 'crash': {
      const chain = criticalChain()
      if (c.cheapestAny) return crashOn(acts.map((a) => a.id))
      if (c.longestCritical) {
        const most = Math.max(...chain.map((id) => byId.get(id)!.days))
        const longest = chain.filter((id) => byId.get(id)!.days === most)
        if (longest.length !== 1) throw new Error('no single longest critical activity')
        return activityText(byId.get(longest[0]!)!)
      }
      return crashOn(chain)
    }
  }
}

/**
 * Project contexts, each with activities a coordinator would schedule, in a workable order; the
 * ninth only in networks of four chains.
 */
export const PROJECTS: readonly { readonly project: string; readonly names: readonly string[] }[] =
  [
    {
      project: 'a client’s website relaunch',
      names: [
        'content audit',
        'sitemap',
        'copywriting',
        'design mock-ups',
        'photo shoot',
        'page build',
        'accessibility check',
        'launch',
        'post-launch review',
      ],
    },
    {
      project: 'a two-day partner conference',
      names: [
        'venue contract',
        'speaker invitations',
        'agenda',
        'registration page',
        'catering order',
        'badge printing',
        'rehearsal',
        'event days',
        'thank-you emails',
      ],
    },
    {
      project: 'an office move',
      names: [
        'lease signed',
        'floor plan',
        'furniture order',
        'network cabling',
        'packing',
        'removal',
        'IT set-up',
        'first day in',
        'snag list',
      ],
    },
    {
      project: 'a product catalogue print run',
      names: [
        'product list',
        'photography',
        'descriptions',
        'layout',
        'proofreading',
        'printer proof',
        'print run',
        'distribution',
        'reprint check',
      ],
    },
    {
      project: 'an online course launch',
      names: [
        'course outline',
        'scripts',
        'slide design',
        'video recording',
        'editing',
        'platform set-up',
        'beta review',
        'enrolment opens',
        'launch email',
      ],
    },
  ]

const LETTERS = 'ABCDEFGHI'

/**
 * A network of finish-to-start links drawn in list order, every activity but the first having one
 * or two predecessors among the earlier ones and every activity but the last a successor.
 */
export function drawNetwork(
  rng: Rng,
  size: number,
  distinct = false,
): { project: string; acts: Activity[] } {
  const ctx = rng.pick(PROJECTS)
  const acts: Activity[] = []
  // Distinct durations when a question turns on which activity or path is longest, so that no
  // tie decides it.
  const lengths = rng.shuffle([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
  for (let i = 0; i < size; i++) {
    const after: Link[] = []
    if (i > 0) {
      const first = i === 1 ? 0 : rng.int(Math.max(0, i - 3), i - 1)
      after.push({ from: LETTERS[first]!, type: 'FS', lag: 0 })
      if (i > 1 && rng.next() < 0.5) {
        const second = rng.int(0, i - 1)
        if (second !== first) after.push({ from: LETTERS[second]!, type: 'FS', lag: 0 })
      }
    }
    const days = distinct ? lengths[i]! : rng.int(2, 9)
    acts.push({ id: LETTERS[i]!, name: ctx.names[i]!, days, after })
  }
  // Every activity but the last feeds something, so the network ends in one activity.
  const last = acts[size - 1]!
  const dangling = acts
    .slice(0, -1)
    .filter((a) => !acts.some((s) => s.after.some((l) => l.from === a.id)))
  acts[size - 1] = {
    ...last,
    after: [
      ...last.after,
      ...dangling
        .filter((d) => !last.after.some((l) => l.from === d.id))
        .map((d) => ({ from: d.id, type: 'FS' as const, lag: 0 })),
    ],
  }
  return { project: ctx.project, acts }
}

/**
 * Four chains of activities after a first one, each built to trap one way of misreading which
 * chain is critical: the critical chain of two activities with the most days; a chain of three
 * short activities, the one with most activities; a single activity longer than any other
 * first step, where walking to the longest next activity leads; and a chain whose second activity
 * is the longest of all. Returned with the chains' activity ids, for questions that slip or crash
 * one of them.
 */
export function drawBranches(rng: Rng): {
  project: string
  acts: Activity[]
  chain: { critical: string[]; most: string[]; greedy: string[]; longest: string[] }
} {
  const ctx = rng.pick(PROJECTS)
  const s2 = rng.int(10, 13)
  const r1 = s2 - rng.int(1, 2)
  const p1 = r1 - rng.int(1, 2)
  const p2 = s2 - rng.int(1, 2)
  const s1 = rng.int(2, 3)
  const q = [rng.int(2, 4), rng.int(2, 4), rng.int(2, 4)]
  const branches = rng.shuffle([
    { role: 'critical' as const, days: [p1, p2] },
    { role: 'most' as const, days: q },
    { role: 'greedy' as const, days: [r1] },
    { role: 'longest' as const, days: [s1, s2] },
  ])
  const acts: Activity[] = [{ id: 'A', name: ctx.names[0]!, days: rng.int(2, 5), after: [] }]
  const chain = { critical: ['A'], most: ['A'], greedy: ['A'], longest: ['A'] }
  for (const b of branches) {
    let prev = 'A'
    for (const d of b.days) {
      const i = acts.length
      const id = LETTERS[i]!
      acts.push({ id, name: ctx.names[i]!, days: d, after: [{ from: prev, type: 'FS', lag: 0 }] })
      chain[b.role].push(id)
      prev = id
    }
  }
  return { project: ctx.project, acts, chain }
}

/** A link changed in place: its type and lag. */
export function relink(
  acts: readonly Activity[],
  id: string,
  from: string,
  type: LinkType,
  lag: number,
): Activity[] {
  return acts.map((a) =>
    a.id !== id
      ? a
      : { ...a, after: a.after.map((l) => (l.from === from ? { from, type, lag } : l)) },
  )
}

function linkText(l: Link): string {
  const lag = l.lag === 0 ? '' : l.lag > 0 ? ` + ${l.lag} d lag` : ` − ${-l.lag} d lead`
  return l.type === 'FS' && l.lag === 0 ? l.from : `${l.from} (${l.type}${lag})`
}

/**
 * A link with a type or lag named first: written last, "after C and D (FS + 4 d lag)" reads as a
 * lag on both links, while "after D (FS + 4 d lag) and C" ties it to D alone.
 */
function linksInOrder(links: readonly Link[]): Link[] {
  const plain = (l: Link) => l.type === 'FS' && l.lag === 0
  return [...links.filter((l) => !plain(l)), ...links.filter(plain)]
}

/** The network as a coordinator's plan lists it: one line per activity. */
export function listNetwork(acts: readonly Activity[]): string {
  return acts
    .map(
      (a) =>
        `${a.id} ${a.name}, ${a.days} d${a.after.length ? `, after ${linksInOrder(a.after).map(linkText).join(' and ')}` : ''}`,
    )
    .join('; ')
}

export const CONVENTION =
  'Days are working days counted from day 0; an activity of d days that starts on day s finishes on day s + d, and a finish-to-start successor may start that day.'
