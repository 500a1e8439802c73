import type { Item } from '../item.js'
import {
  type LintFinding,
  type LintRule,
  MAX_CUE_SHARE,
  MIN_FAMILY_FOR_CUES,
} from './lint-rules.js'
import {
  cuesPointingAt,
  isMalformed,
  LETTER_REFERENCE,
  OF_THE_ABOVE,
  type OptionCue,
  readText,
} from './option-cues.js'

const CUE_RULES: Readonly<Record<OptionCue, LintRule>> = {
  longest: 'key-is-longest',
  'most-similar': 'key-is-most-similar',
  'middle-value': 'key-is-middle-value',
}

/**
 * Option checks for delivered items, whose options are always shuffled: impossible-looking
 * options, references to other options by position or letter, and, per family (an item model's
 * variants, or a test's authored items), keys that a test-wise rule would find more often than
 * chance.
 *
 * @example lintOptions(items).filter((f) => f.severity === 'error')
 */
export function lintOptions(items: readonly Item[]): LintFinding[] {
  const findings: LintFinding[] = []
  const families = new Map<
    string,
    { testId: string; count: number; cues: Map<OptionCue, number> }
  >()
  for (const item of items) {
    const texts = item.options.map((o) => readText(o.markdown))
    item.options.forEach((option, i) => {
      const text = texts[i]!
      const at = (rule: LintRule, message: string) =>
        findings.push({ rule, severity: 'error', testId: item.testId, itemId: item.id, message })
      if (isMalformed(text))
        at('malformed-option', `option ${option.id} is not a well-formed answer: ${text}`)
      if (OF_THE_ABOVE.test(text))
        at('of-the-above', `option ${option.id} refers to the others: ${text}`)
      if (LETTER_REFERENCE.test(text))
        at('letter-reference', `option ${option.id} names options by letter: ${text}`)
    })
    if (item.kind !== 'single') continue
    const family = item.modelId ?? item.testId
    const entry = families.get(family) ?? { testId: item.testId, count: 0, cues: new Map() }
    entry.count++
    const key = item.options.findIndex((o) => o.id === item.keys[0])
    for (const cue of key < 0 ? [] : cuesPointingAt(texts, key)) {
      entry.cues.set(cue, (entry.cues.get(cue) ?? 0) + 1)
    }
    families.set(family, entry)
  }
  for (const [family, { testId, count, cues }] of families) {
    if (count < MIN_FAMILY_FOR_CUES) continue
    for (const [cue, times] of cues) {
      const share = times / count
      if (share <= MAX_CUE_SHARE) continue
      findings.push({
        rule: CUE_RULES[cue],
        severity: 'error',
        testId,
        message: `in ${family} the key is the ${cue} option in ${(share * 100).toFixed(0)} % of ${count} items (at most ${MAX_CUE_SHARE * 100} %)`,
      })
    }
  }
  return findings
}
