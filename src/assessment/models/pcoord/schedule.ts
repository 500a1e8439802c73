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
      lag: c.noLag ? 0 : c.leadAsLag ? Math.abs(l.lag) : l.lag,
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

/** The answer a reading gives, written as the options show it. */
export function readSchedule(c: ScheduleCalc): string {
  const slipped = (acts: Activity[]) =>
    c.slip && !c.slipAbsorbed && !c.slipInFull && !c.slipBeyondFreeFloat
      ? acts.map((a) => (a.id === c.slip!.id ? { ...a, days: a.days + c.slip!.days } : a))
      : acts
  const acts = slipped(adjust(c))
  const ask = c.answered ?? c.ask
  if (c.serial) return dayNo(acts.reduce((s, a) => s + a.days, 0))
  if (c.longestActivity) return dayNo(Math.max(...acts.map((a) => a.days)))
  const byId = new Map(acts.map((a) => [a.id, a]))
  const total = (p: readonly string[]) => p.reduce((s, id) => s + byId.get(id)!.days, 0)
  if (c.mostActivities) {
    const longest = Math.max(...chains(acts).map((p) => p.length))
    // Of chains with as many activities, the one with the most days: the mistake counts steps
    // first and only then looks at durations.
    const steps = chains(acts).filter((p) => p.length === longest)
    const days = Math.max(...steps.map(total))
    const most = steps.filter((p) => total(p) === days)
    if (most.length !== 1) throw new Error('no single path with the most activities')
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
    case 'criticalPath': {
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
      return pathText(critical[0]!)
    }
  }
}

/** Project contexts, each with activities a coordinator would schedule, in a workable order. */
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
      ],
    },
  ]

const LETTERS = 'ABCDEFGH'

/**
 * A network of finish-to-start links drawn in list order, every activity but the first having one
 * or two predecessors among the earlier ones and every activity but the last a successor.
 */
export function drawNetwork(rng: Rng, size: number): { project: string; acts: Activity[] } {
  const ctx = rng.pick(PROJECTS)
  const acts: Activity[] = []
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
    acts.push({ id: LETTERS[i]!, name: ctx.names[i]!, days: rng.int(2, 9), after })
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

/** The network as a coordinator's plan lists it: one line per activity. */
export function listNetwork(acts: readonly Activity[]): string {
  return acts
    .map(
      (a) =>
        `${a.id} ${a.name}, ${a.days} d${a.after.length ? `, after ${a.after.map(linkText).join(' and ')}` : ''}`,
    )
    .join('; ')
}

export const CONVENTION =
  'Days are working days counted from day 0; an activity of d days that starts on day s finishes on day s + d, and a finish-to-start successor may start that day.'
