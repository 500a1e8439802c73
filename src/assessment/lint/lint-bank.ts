import type { Item } from '../item.js'
import {
  KEY_POSITION_TOLERANCE,
  type LintFinding,
  MAX_STEM_CHARS,
  MIN_ITEMS_FOR_BALANCE,
  MIN_OPTIONS,
  MIN_STEM_CHARS,
} from './lint-rules.js'

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * Quality checks over a bank: exactly the declared number of keys (one for single answer, at
 * least one and not all for multiple), keys that name options, no duplicate options within an
 * item, no duplicate stems within a test, sane stem length, at least three options, and
 * balanced key positions per test.
 *
 * @example lintBank(items).filter((f) => f.severity === 'error')
 */
export function lintBank(items: readonly Item[]): LintFinding[] {
  const findings: LintFinding[] = []
  const add = (
    item: Item,
    rule: LintFinding['rule'],
    severity: LintFinding['severity'],
    message: string,
  ) => findings.push({ rule, severity, testId: item.testId, itemId: item.id, message })
  for (const item of items) {
    const ids = new Set(item.options.map((o) => o.id))
    const unknown = item.keys.filter((k) => !ids.has(k))
    if (unknown.length > 0)
      add(item, 'unknown-key', 'error', `keys ${unknown.join(', ')} name no option`)
    if (item.kind === 'single' && item.keys.length !== 1) {
      add(item, 'key-count', 'error', `a single-answer item has ${item.keys.length} keys`)
    }
    if (
      item.kind === 'multiple' &&
      (item.keys.length < 1 || item.keys.length >= item.options.length)
    ) {
      add(
        item,
        'key-count',
        'error',
        `a multiple-answer item has ${item.keys.length} keys of ${item.options.length} options`,
      )
    }
    if (new Set(item.keys).size !== item.keys.length)
      add(item, 'key-count', 'error', 'a key is listed twice')
    if (item.options.length < MIN_OPTIONS) {
      add(
        item,
        'too-few-options',
        'warning',
        `${item.options.length} options (at least ${MIN_OPTIONS})`,
      )
    }
    const seen = new Map<string, string>()
    for (const option of item.options) {
      const text = normalise(option.markdown)
      const twin = seen.get(text)
      if (twin)
        add(item, 'duplicate-option', 'error', `options ${twin} and ${option.id} are the same`)
      else seen.set(text, option.id)
    }
    const length = item.stem.trim().length
    if (length < MIN_STEM_CHARS || length > MAX_STEM_CHARS) {
      add(
        item,
        'stem-length',
        'warning',
        `stem of ${length} characters (${MIN_STEM_CHARS}–${MAX_STEM_CHARS})`,
      )
    }
  }
  findings.push(...duplicateStems(items), ...keyBalance(items))
  return findings
}

function duplicateStems(items: readonly Item[]): LintFinding[] {
  const first = new Map<string, Item>()
  const out: LintFinding[] = []
  for (const item of items) {
    const key = `${item.testId}\u0000${normalise(item.stem)}`
    const earlier = first.get(key)
    if (earlier) {
      out.push({
        rule: 'duplicate-stem',
        severity: 'error',
        testId: item.testId,
        itemId: item.id,
        message: `same stem as item ${earlier.id}`,
      })
    } else first.set(key, item)
  }
  return out
}

function keyBalance(items: readonly Item[]): LintFinding[] {
  const byTest = new Map<string, Item[]>()
  for (const item of items) {
    if (item.kind !== 'single' || item.lifecycle === 'retired') continue
    byTest.set(item.testId, [...(byTest.get(item.testId) ?? []), item])
  }
  const out: LintFinding[] = []
  for (const [testId, list] of byTest) {
    if (list.length < MIN_ITEMS_FOR_BALANCE) continue
    const counts = new Map<number, number>()
    let fair = 0
    for (const item of list) {
      const position = item.options.findIndex((o) => o.id === item.keys[0])
      counts.set(position, (counts.get(position) ?? 0) + 1)
      fair += 1 / item.options.length
    }
    const share = fair / list.length
    const positions = Math.max(...list.map((i) => i.options.length))
    for (let position = 0; position < positions; position++) {
      const observed = (counts.get(position) ?? 0) / list.length
      if (Math.abs(observed - share) > KEY_POSITION_TOLERANCE) {
        out.push({
          rule: 'key-position-balance',
          severity: 'warning',
          testId,
          message: `the key is option ${position + 1} in ${(observed * 100).toFixed(0)} % of ${list.length} items (fair share ${(share * 100).toFixed(0)} %)`,
        })
      }
    }
  }
  return out
}
