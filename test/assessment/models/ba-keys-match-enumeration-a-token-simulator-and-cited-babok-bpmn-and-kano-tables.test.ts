import { expect, it } from 'vitest'
import { BA_REQUIREMENT_FAMILIES } from '../../../src/assessment/models/ba/ba-models.js'
import type { BaScenario } from '../../../src/assessment/models/ba/ba-text.js'
import { DATA_FAMILIES } from '../../../src/assessment/models/ba/data-families.js'
import { DECISION_FAMILIES } from '../../../src/assessment/models/ba/decision-families.js'
import { PRIORITY_FAMILIES } from '../../../src/assessment/models/ba/priority-families.js'
import { PROCESS_FAMILIES } from '../../../src/assessment/models/ba/process-families.js'
import { TECHNIQUE_FAMILIES } from '../../../src/assessment/models/ba/technique-families.js'
import { VALUE_FAMILIES } from '../../../src/assessment/models/ba/value-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CITED, TECHNIQUE_NEEDS } from './ba-cited-rules.js'
import { TWINS, type Want } from './ba-twins.js'

const FAMILIES = [
  ...BA_REQUIREMENT_FAMILIES,
  ...DECISION_FAMILIES,
  ...PROCESS_FAMILIES,
  ...DATA_FAMILIES,
  ...PRIORITY_FAMILIES,
  ...VALUE_FAMILIES,
  ...TECHNIQUE_FAMILIES,
]
const DRAWS = 40

/** The figures an answer shows, currency marks and thousands separators dropped. */
const figuresIn = (text: string) =>
  (text.replace(/[,$€£]/g, '').match(/-?\d+(\.\d+)?/g) ?? []).map(Number)
const places = (text: string) =>
  Math.max(0, ...(text.match(/\.\d+/g) ?? []).map((d) => d.length - 1))

/** Answers written as sentences, read back into the twin's terms. */
const READ: Record<string, (text: string) => string> = {
  'exclusive-split-parallel-join': (t) => (/deadlocks/.test(t) ? 'never completes' : 'completes'),
  'boundary-timer-on-a-task': (t) =>
    `${/is cancelled/.test(t) ? 'cancelled' : 'completes'}/${/does not run/.test(t) ? 'no escalation' : 'escalates'}`,
  'inclusive-split-branches': (t) => t.split(', ').sort().join(', '),
  'exclusive-split-first-true': (t) =>
    t
      .split(/, | and /)
      .sort()
      .join(', '),
}

function agrees(family: string, text: string, want: Want): boolean {
  if (typeof want === 'string') {
    const read = READ[family]
    const sorted = family.startsWith('inclusive') || family.startsWith('exclusive-split-first')
    return (read ? read(text) : text) === (sorted ? want.split(', ').sort().join(', ') : want)
  }
  const got = figuresIn(text)
  const wants = typeof want === 'number' ? [want] : want
  const tol = 0.5 * 10 ** -places(text) + 1e-9
  return wants.length <= got.length && wants.every((w, k) => Math.abs(got[k]! - w) <= tol)
}

describeEngineIndependent('business analysis', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: BaScenario }[]

  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('works every computed key out again, and each slip written twice gives its answer, never the key', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        if (
          ![
            'user-story-form',
            'given-when-then-from-a-rule',
            'multiplicity-from-rules',
            'foreign-key-placement',
            'highest-normal-form',
            'dependency-to-split-out',
            'missing-rule-in-a-table',
            'five-whys-root-cause',
          ].includes(family)
        )
          problems.push(`${family}: no second implementation`)
        continue
      }
      const key = twins.key!(s.calc.in)
      if (!agrees(family, s.key, key)) problems.push(`${family}: key ${s.key}, works out ${key}`)
      for (const [text] of s.wrong) {
        if (agrees(family, text, key))
          problems.push(`${family}: distractor ${text} is the key's answer`)
        const slip = s.calc.slips[text]!
        const twin = twins[slip]
        if (twin && !agrees(family, text, twin(s.calc.in)))
          problems.push(`${family}/${slip}: shows ${text}, works out ${twin(s.calc.in)}`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every cited situation to its source’s answer, and no distractor gives that answer', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.cite) continue
      checked++
      const { table, situation, answers } = s.cite
      if (table === 'babok-technique') {
        const need = (t: string) => TECHNIQUE_NEEDS[answers[t]!]
        if (!need(s.key)?.[1].test(s.stem))
          problems.push(`${family}: key ${s.key} not the need stated`)
        for (const [t] of s.wrong) {
          if (!need(t)) problems.push(`${family}: ${t} is not a BABOK v3 technique in the table`)
          else if (need(t)![1].test(s.stem)) problems.push(`${family}: ${t} meets the need too`)
        }
        continue
      }
      const want = CITED[table]?.(situation) ?? []
      if (want.length !== 1)
        problems.push(`${family}: ${table} gives ${want.length} answers for ${situation}`)
      if (answers[s.key] !== want[0])
        problems.push(`${family}: key ${s.key}, source says ${want[0]}`)
      for (const [t] of s.wrong)
        if (answers[t] === want[0])
          problems.push(`${family}: distractor ${t} is the source's answer`)
    }
    expect(checked).toBeGreaterThan(1000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('checks worded answers by their parts: stories, criteria, multiplicities, keys and chains', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      const opts = [s.key, ...s.wrong.map(([t]) => t)]
      if (family === 'user-story-form') {
        // Cohn's role–goal–benefit form with the stem's own role, goal and benefit in order.
        const [, role, goal, why] =
          /^A (.+?) tells you they need to (.+?), because then (.+?)\. /.exec(s.stem)!
        const form = `As a ${role}, I want to ${goal}, so that ${why}.`
        if (s.key !== form) problems.push(`${family}: key ${s.key}`)
        if (s.wrong.some(([t]) => t === form)) problems.push(`${family}: a distractor is the form`)
      }
      if (family === 'given-when-then-from-a-rule') {
        const [, t, w, g] =
          /^The product owner states a rule: “(.+?) if (.+?), in this situation: (.+?)\.” /.exec(
            s.stem,
          )!
        const right = `Given ${g}, When ${w}, Then ${t![0]!.toLowerCase()}${t!.slice(1)}`
        if (s.key !== right || s.wrong.some(([x]) => x === right))
          problems.push(`${family}: ${s.key}`)
      }
      if (family === 'multiplicity-from-rules') {
        const range: Record<string, string> = {
          'exactly one': '1..1',
          'at most one': '0..1',
          'one or more': '1..*',
          'any number of': '0..*',
        }
        const [, a, wb, b, wa] =
          /each (.+?) has (exactly one|at most one|one or more|any number of) (.+?); each .+? belongs to (exactly one|at most one) /.exec(
            s.stem,
          )!
        void a
        void b
        const right = new RegExp(
          `\\[${range[wa!]!.replace(/[.*]/g, '\\$&')}\\] —— \\[${range[wb!]!.replace(/[.*]/g, '\\$&')}\\]`,
        )
        if (!right.test(s.key) || s.wrong.some(([x]) => right.test(x)))
          problems.push(`${family}: ${s.key}`)
      }
      if (family === 'foreign-key-placement') {
        const [, one = '', many = ''] = /^Each (.+?) can have many (.+?)s;/.exec(s.stem)!
        const right = `The ${many[0]!.toUpperCase()}${many.slice(1)} table holds ${one.replace(' ', '_')}_id as a foreign key`
        if (s.key.toLowerCase() !== right.toLowerCase())
          problems.push(`${family}: ${s.key} vs ${right}`)
      }
      if (family === 'highest-normal-form' || family === 'dependency-to-split-out') {
        const [, key] = /\((.+?)\) (?:holds|has) these/.exec(s.stem) ?? []
        const keyCols = (key ?? '')
          .split(', ')
          .filter((c) => c.endsWith('(key)'))
          .map((c) => c.replace(' (key)', ''))
        const fds = [...s.stem.matchAll(/([a-z_]+(?:, [a-z_]+)*) → ([a-z_]+)/g)].map(
          (m) => [m[1]!.split(', '), m[2]!] as const,
        )
        const nonPrime = (c: string) => !keyCols.includes(c)
        const bad = fds.filter(
          ([l, r]) => nonPrime(r) && (l.length < keyCols.length || l.some(nonPrime)),
        )
        if (family === 'dependency-to-split-out') {
          const right = bad.map(([l, r]) => `${l.join(', ')} → ${r}`)
          if (!right.includes(s.key) || s.wrong.some(([t]) => right.includes(t)))
            problems.push(`${family}: ${s.key}`)
        } else {
          const partial = bad.some(([l]) => l.every((c) => keyCols.includes(c)))
          const right = /comma-separated list/.test(s.stem)
            ? 'Not in 1NF'
            : partial
              ? '1NF but not 2NF'
              : bad.length
                ? '2NF but not 3NF'
                : 'In 3NF'
          if (s.key !== right) problems.push(`${family}: ${s.key} vs ${right}`)
        }
      }
      if (family === 'missing-rule-in-a-table') {
        // Every case of three yes/no conditions, listed in the stem or the key, exactly once.
        const listed = [...s.stem.matchAll(/R\d+ \(([^)]+)\)/g)].map((m) => m[1]!)
        const all = new Set([...listed, s.key])
        if (all.size !== 8 || listed.includes(s.key)) problems.push(`${family}: key ${s.key}`)
        for (const t of s.wrong.map(([x]) => x))
          if (!listed.includes(t)) problems.push(`${family}: ${t} has no rule either`)
      }
      if (family === 'five-whys-root-cause') {
        // The root cause is the one answer that explains another yet is explained by none.
        if (!opts.includes(s.key)) problems.push(`${family}: key missing`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })
})
