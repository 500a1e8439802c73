import { createContext, Script } from 'node:vm'

/**
 * A snippet that runs longer than this is stopped. Item snippets finish in microseconds; the margin
 * covers a first use of ICU data and a busy machine.
 */
export const SANDBOX_TIMEOUT_MS = 1000

/**
 * A context is reused for this many runs, then replaced: creating one costs ~0.5 ms, and
 * replacing it bounds what a snippet that mutated a built-in could leak into later runs.
 */
export const SANDBOX_RUNS_PER_CONTEXT = 5000

// Installed once per context: renders values the way the stems describe them
// (strings quoted inside arrays and objects, bare at top level).
const PRELUDE = `
// Building an ICU formatter costs ~0.1 ms and snippets build the same few again and again, so
// the Intl constructors hand out one shared instance per argument list.
for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules']) {
  const Original = Intl[name]
  const cache = new Map()
  Intl[name] = new Proxy(Original, {
    construct(target, args) {
      const key = JSON.stringify(args)
      let made = cache.get(key)
      if (!made) { made = Reflect.construct(target, args); cache.set(key, made) }
      return made
    },
  })
}
globalThis.__show = function show(value, nested) {
  if (typeof value === 'string') return nested ? "'" + value + "'" : value
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value)
  if (typeof value === 'bigint') return value + 'n'
  if (typeof value === 'function') return '[Function]'
  if (value === null || value === undefined || typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return '[' + value.map((v) => show(v, true)).join(', ') + ']'
  if (value instanceof Map) return 'Map(' + value.size + ') {' + [...value].map(([k, v]) => show(k, true) + ' => ' + show(v, true)).join(', ') + '}'
  if (value instanceof Set) return 'Set(' + value.size + ') {' + [...value].map((v) => show(v, true)).join(', ') + '}'
  const entries = Object.entries(value)
  return entries.length === 0 ? '{}' : '{ ' + entries.map(([k, v]) => k + ': ' + show(v, true)).join(', ') + ' }'
}
`

function createSandboxContext(): object {
  const ctx = createContext({})
  new Script(PRELUDE).runInContext(ctx)
  return ctx
}

export class SnippetError extends Error {
  override readonly name = 'SnippetError'
}

/** Isolated V8 contexts (no `require`, no `process`, no timers) that snippets run in. */
export interface JavaScriptSandbox {
  /**
   * Runs a snippet and returns what it logged, one line per `console.log` call, joined with
   * newlines.
   *
   * @example sandbox.run('console.log([1, 2].map((x) => x * 2))') // '[2, 4]'
   */
  run(source: string): string
  /**
   * Runs several snippets, each in its own strict function scope, under one timer: a variant's
   * key and its mistaken readings cost one entry into the sandbox instead of five. A snippet that
   * throws yields a `SnippetError` in its place; a timeout throws for the whole batch.
   */
  runBatch(sources: readonly string[]): (string | SnippetError)[]
}

/**
 * A sandbox whose context is reused for `SANDBOX_RUNS_PER_CONTEXT` runs, then replaced. The
 * platform makes one per process and hands it to whatever executes tasks.
 *
 * @example createJavaScriptSandbox().run('console.log(1 + 1)') // '2'
 */
export function createJavaScriptSandbox(): JavaScriptSandbox {
  let context = createSandboxContext()
  let runs = 0
  const sandbox: JavaScriptSandbox = {
    run(source) {
      const [outcome] = sandbox.runBatch([source])
      if (outcome instanceof SnippetError) throw outcome
      return outcome!
    },
    runBatch(sources) {
      if (++runs > SANDBOX_RUNS_PER_CONTEXT) {
        context = createSandboxContext()
        runs = 1
      }
      return runBatchIn(context, sources, (source) => sandbox.runBatch([source]))
    },
  }
  return sandbox
}

function runBatchIn(
  context: object,
  sources: readonly string[],
  runAlone: (source: string) => (string | SnippetError)[],
): (string | SnippetError)[] {
  const bodies = sources.map(
    (source) => `(() => { 'use strict'; const __out = [];
const console = { log: (...args) => { __out.push(args.map((a) => __show(a, false)).join(' ')) } };
try {
${source}
;return { ok: __out.join('\\n') } } catch (e) { return { error: String(e && e.message || e) } } })()`,
  )
  let script: Script
  try {
    script = new Script(`[${bodies.join(',\n')}]`)
  } catch (error) {
    // One snippet that does not parse must not take the others down with it.
    if (sources.length > 1) return sources.flatMap(runAlone)
    return [new SnippetError(`snippet does not parse: ${(error as Error).message}`)]
  }
  let outcomes: { ok?: string; error?: string }[]
  try {
    // The limit is per snippet, so a batch gets the sum of its snippets' limits.
    outcomes = script.runInContext(context, {
      timeout: SANDBOX_TIMEOUT_MS * sources.length,
    }) as { ok?: string; error?: string }[]
  } catch (error) {
    throw new SnippetError(
      `snippet failed: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  return outcomes.map((o) =>
    o.ok !== undefined ? o.ok : new SnippetError(`snippet failed: ${o.error ?? 'unknown error'}`),
  )
}
