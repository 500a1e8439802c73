import type { Drawn } from './draw-families.js'

/*
 * The two checks a key test runs on items whose answers are tagged with their slip (HR and
 * payroll had each written them out): every figure worked out again by the slip's second
 * computation, and every rule family keyed to its documented rule.
 */

/** A drawn item: rule families carry no `calc`; figure families tag each answer with its slip. */
interface Tagged<I> {
  readonly key: string
  readonly wrong: readonly (readonly [text: string, ...unknown[]])[]
  readonly calc?: { readonly in: I; readonly slips: Readonly<Record<string, string>> }
}

/**
 * Each shown answer of every figure family against its slip's second computation: `shows` says
 * whether the text shows what a computation works out. A distractor that shows the key's value,
 * an answer with no known slip, and a family with no second computations are problems too.
 */
export function slipTwinProblems<I, W>(
  drawn: readonly Drawn<Tagged<I>>[],
  twinsOf: Readonly<Record<string, Readonly<Record<string, (i: I) => W>>>>,
  shows: (text: string, want: W) => boolean,
): { readonly problems: string[]; readonly checked: number } {
  const problems: string[] = []
  let checked = 0
  for (const { family, s } of drawn) {
    if (!s.calc) continue
    const twins = twinsOf[family]
    if (!twins) {
      problems.push(`${family}: no second implementation`)
      continue
    }
    const key = twins.key!(s.calc.in)
    for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
      const slip = s.calc.slips[text]
      const twin = slip === undefined ? undefined : twins[slip]
      if (!twin) {
        problems.push(`${family}: answer ${text} has no known slip (${slip})`)
        continue
      }
      checked++
      if ((slip === 'key') !== (text === s.key)) problems.push(`${family}: ${text} tagged ${slip}`)
      const want = twin(s.calc.in)
      if (!shows(text, want)) problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
      if (slip !== 'key' && shows(text, key))
        problems.push(`${family}/${slip}: ${text} is the key’s value`)
    }
  }
  return { problems: [...new Set(problems)], checked }
}

/**
 * Every family none of whose draws carries a `calc` (a rule family) against its documented rule:
 * the key must say what the rule's answer says and no distractor may. `ruleFamilies` counts them,
 * so a test can hold a floor under it.
 */
export function documentedRuleProblems(
  families: readonly { readonly id: string }[],
  drawn: readonly Drawn<Tagged<unknown>>[],
  rules: Readonly<Record<string, readonly [source: string, answer: RegExp]>>,
): { readonly problems: string[]; readonly ruleFamilies: number } {
  const problems: string[] = []
  const ruleFamilies = families.filter((f) => !drawn.find((d) => d.family === f.id)?.s.calc)
  for (const f of ruleFamilies) if (!rules[f.id]) problems.push(`${f.id}: no documented rule`)
  for (const { family, s } of drawn) {
    if (s.calc) continue
    const rule = rules[family]
    if (!rule) continue
    const [, answer] = rule
    if (!answer.test(s.key)) problems.push(`${family}: key “${s.key}” is not the rule’s answer`)
    for (const [t] of s.wrong)
      if (answer.test(t)) problems.push(`${family}: distractor “${t}” says what the rule says`)
  }
  return { problems: [...new Set(problems)], ruleFamilies: ruleFamilies.length }
}
