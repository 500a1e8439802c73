import type { JavaScriptSandbox } from './javascript-sandbox.js'

export type RegexOperation = 'match' | 'replace' | 'test' | 'split' | 'filter'

/**
 * Applies a regular expression with the JavaScript engine inside the sandbox, so a pattern that
 * backtracks catastrophically is stopped by its timeout. `filter` keeps the lines of `input`
 * the pattern matches and returns them as a JSON array.
 *
 * @example runRegex(sandbox, { pattern: '\\d+', flags: 'g', input: 'a1b22', operation: 'match' }) // "['1', '22']"
 */
export function runRegex(sandbox: JavaScriptSandbox, task: RegexTask): string {
  return sandbox.run(regexSource(task))
}

export interface RegexTask {
  readonly pattern: string
  readonly flags: string
  readonly input: string
  readonly operation: RegexOperation
  readonly replacement?: string
}

/** The snippet that applies the expression and logs the result. */
export function regexSource(task: RegexTask): string {
  const re = `new RegExp(${JSON.stringify(task.pattern)}, ${JSON.stringify(task.flags)})`
  const input = JSON.stringify(task.input)
  switch (task.operation) {
    case 'match':
      return `console.log(${input}.match(${re}))`
    case 'replace':
      return `console.log(${input}.replace(${re}, ${JSON.stringify(task.replacement ?? '')}))`
    case 'test':
      return `console.log(${re}.test(${input}))`
    case 'split':
      return `console.log(${input}.split(${re}))`
    case 'filter':
      return `const re = ${re}; console.log(JSON.stringify(${input}.split('\\n').filter((s) => re.test(s)).sort()))`
  }
}
