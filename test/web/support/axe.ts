import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

export interface Violation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly targets: readonly string[]
}

/** axe-core's browser script, read once per test file. */
export async function axeSource(): Promise<string> {
  const require = createRequire(import.meta.url)
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
}

/**
 * axe-core run inside the page, after the page has drawn what it waits for. It is evaluated
 * through the browser's debugging protocol, which the page's Content-Security-Policy does not
 * govern, so the app's policy stays as strict as it is.
 */
export async function seriousViolations(page: Page, source: string): Promise<Violation[]> {
  await page.evaluate(source)
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe
    return (await axe.run()).violations as {
      id: string
      impact: string | null
      help: string
      nodes: { target: string[] }[]
    }[]
  })
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }))
}
