/**
 * A BPMN token game written for the business-analysis key test, apart from the families: runs a
 * flow written as `from>to` edges (a gateway's kind by its first letter: x exclusive, p parallel,
 * o inclusive; `?d` a default flow, `?` with flags a condition's value at each evaluation, the
 * last flag repeating) and counts how often each task runs and whether the instance ends.
 */
export interface Run {
  readonly runs: Readonly<Record<string, number>>
  readonly completed: boolean
}

interface Edge {
  from: string
  to: string
  cond?: string
}

export function simulate(flow: string): Run {
  const edges: Edge[] = flow.split(';').map((e) => {
    const [from, rest] = e.split('>') as [string, string]
    const [to, cond] = rest.split('?') as [string, string | undefined]
    return cond === undefined ? { from, to } : { from, to, cond }
  })
  const kind = (n: string) =>
    /^[xpo]\d$/.test(n) ? n[0]! : n === 'start' || n === 'end' ? n : 'task'
  const out = (n: string) => edges.filter((e) => e.from === n)
  const inc = (n: string) => edges.filter((e) => e.to === n)
  const evaluations = new Map<Edge, number>()
  const holds = (e: Edge) => {
    const k = evaluations.get(e) ?? 0
    evaluations.set(e, k + 1)
    const flags = e.cond!
    return flags[Math.min(k, flags.length - 1)] === '1'
  }
  const runs: Record<string, number> = {}
  const waiting = new Map<string, Edge[]>()
  let ended = 0
  const queue: Edge[] = out('start')
  const leave = (n: string): Edge[] => {
    const outs = out(n)
    if (outs.length <= 1 || kind(n) === 'task' || kind(n) === 'p') return outs
    const conditional = outs.filter((e) => e.cond && e.cond !== 'd')
    const byDefault = outs.filter((e) => e.cond === 'd')
    const taken =
      kind(n) === 'x' ? conditional.filter(holds).slice(0, 1) : conditional.filter(holds)
    return taken.length > 0 ? taken : byDefault
  }
  for (let guard = 0; guard < 10_000; guard++) {
    const e = queue.shift()
    if (!e) {
      // Nothing moves: an inclusive join holding tokens fires, since no other token can still come.
      const ready = [...waiting].find(([n, held]) => kind(n) === 'o' && held.length > 0)
      if (!ready) break
      waiting.set(ready[0], [])
      queue.push(...leave(ready[0]))
      continue
    }
    const n = e.to
    if (n === 'end') {
      ended++
      continue
    }
    const k = kind(n)
    if ((k === 'p' || k === 'o') && inc(n).length > 1) {
      const held = [...(waiting.get(n) ?? []), e]
      waiting.set(n, held)
      if (k === 'p' && inc(n).every((i) => held.some((h) => h.from === i.from))) {
        waiting.set(n, [])
        queue.push(...leave(n))
      }
      continue
    }
    if (k === 'task') runs[n] = (runs[n] ?? 0) + 1
    queue.push(...leave(n))
  }
  const stuck = [...waiting.values()].some((held) => held.length > 0)
  return { runs, completed: ended > 0 && !stuck }
}
