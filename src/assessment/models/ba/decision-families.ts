import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cited, family, figures, unit, worked } from './ba-text.js'
import {
  ACTIONS,
  allCases,
  CONDITIONS,
  caseText,
  drawEntries,
  type Entry,
  fewestRules,
  matches,
  type Rule,
  tableText,
} from './decision-table.js'

// Decision tables and business rules: sizing a complete table, finding its gaps, contradictions
// and uncovered cases, reading it under a DMN hit policy, and contracting it with "either" entries.

/** BABOK v3 10.9: definitional rules define or derive; behavioural rules oblige or forbid. */
const RULE_KINDS = {
  'Definitional rule': [
    'A customer is “gold” when their spend over the last 12 months exceeds 10,000.',
    'The order total is the sum of its line amounts less any discounts.',
    'A claim is “late” if it is filed more than 30 days after the incident.',
  ],
  'Behavioural rule': [
    'A refund over 500 must be approved by a team leader before it is paid.',
    'A driver must not be assigned more than 10 hours of shifts in one day.',
    'An order must not ship to an address that failed verification.',
  ],
  'Business policy': [
    'We aim to treat every customer complaint fairly and promptly.',
    'The company prefers local suppliers wherever practical.',
  ],
  'Process step': [
    'The clerk scans the delivery note and files it in the supplier folder.',
    'After lunch, the team lead opens the queue and assigns tickets.',
  ],
} as const
const RULE_SLIPS: Record<keyof typeof RULE_KINDS, string> = {
  'Definitional rule': 'takes any statement with a threshold for a definition',
  'Behavioural rule': 'takes any statement with “must” or a limit for an obligation',
  'Business policy':
    'takes any general statement of intent for a policy, even when it is actionable',
  'Process step': 'takes a statement about people doing work for a step in the process',
}

const names = (rng: import('../../rng.js').Rng, n: number) =>
  rng.shuffle([...CONDITIONS]).slice(0, n)
const pairText = (i: number, j: number) => `R${i + 1} and R${j + 1}`

export const DECISION_FAMILIES: readonly ScenarioFamily[] = [
  family('business-rule-kind', (rng) => {
    const labels = Object.keys(RULE_KINDS) as (keyof typeof RULE_KINDS)[]
    const label = rng.pick(labels)
    const text = rng.pick(RULE_KINDS[label])
    return cited(rng, {
      stem: `While analysing ${Client(rng).toLowerCase()}’s rulebook you find: “${text}” Under BABOK v3 business rules analysis, what is it?`,
      table: 'rule-kind',
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, RULE_SLIPS[l]] as const),
    })
  }),
  family('missing-rule-in-a-table', (rng) => {
    const ns = names(rng, 3)
    const cases = allCases(3)
    const gap = rng.int(1, 6)
    const listed = cases.filter((_, k) => k !== gap)
    const flip = cases[gap]!.map((e) => (e === 'Y' ? 'N' : 'Y'))
    return worked(rng, {
      stem: `A decision table for order handling has three yes/no conditions and should cover every case. Its rules, in order: ${listed.map((c, k) => `R${k + 1} (${caseText(ns, c)})`).join('; ')}. Which case has no rule?`,
      in: { gap, names: ns.join('|') },
      key: caseText(ns, cases[gap]!),
      wrong: [
        ['next', caseText(ns, cases[gap + 1]!), 'names the rule listed where the gap is'],
        ['previous', caseText(ns, cases[gap - 1]!), 'names the rule listed just before the gap'],
        ['inverted', caseText(ns, flip), 'reads the yes and no entries the wrong way round'],
        [
          'lastCondition',
          caseText(ns, [...cases[gap]!.slice(0, 2), cases[gap]![2] === 'Y' ? 'N' : 'Y']),
          'checks only the first two conditions for the gap',
        ],
      ],
    })
  }),
  family('first-hit-policy-outcome', (rng) => {
    const n = 3
    const acts = rng.shuffle([...ACTIONS]).slice(0, 5)
    const c = allCases(n)[rng.int(0, 7)]!
    // The top rule misses the case on one condition and two later rules match it, so the first
    // hit, the last hit and the top rule differ.
    const rules: Rule[] = acts.map((action) => ({ entries: drawEntries(rng, n, 0.45), action }))
    const miss = rng.int(0, n - 1)
    rules[0] = {
      ...rules[0]!,
      entries: rules[0]!.entries.map((e, k) => (k === miss ? (c[k] === 'Y' ? 'N' : 'Y') : e)),
    }
    for (const k of [1, 3])
      rules[k] = { ...rules[k]!, entries: rules[k]!.entries.map((e, i) => (e === '-' ? e : c[i]!)) }
    const hits = rules.map((r, k) => [r, k] as const).filter(([r]) => matches(r, c))
    const flipped = (k: number) =>
      c.map((e, i) => (i === k ? (e === 'Y' ? 'N' : 'Y') : e)) as Entry[]
    const firstOf = (cc: readonly Entry[]) =>
      rules.find((r) => matches(r, cc))?.action ?? 'No action'
    const specific = [...hits].sort(
      (a, b) =>
        a[0].entries.filter((e) => e === '-').length - b[0].entries.filter((e) => e === '-').length,
    )[0]
    const ns = names(rng, n)
    return worked(rng, {
      stem: `A DMN decision table with hit policy F (first) has rules in this order: ${tableText(ns, rules)}. What does it decide for an order with ${caseText(ns, c)}? (“No action” if no rule matches.)`,
      in: { rules: rules.map((r) => `${r.entries.join('')}:${r.action}`).join('|'), c: c.join('') },
      key: firstOf(c),
      wrong: [
        [
          'lastHit',
          hits.length ? hits[hits.length - 1]![0].action : 'No action',
          'takes the last matching rule',
        ],
        [
          'mostSpecific',
          specific ? specific[0].action : 'No action',
          'takes the matching rule with the fewest “either” entries',
        ],
        ['flipFirst', firstOf(flipped(0)), 'misreads the first condition'],
        ['flipLast', firstOf(flipped(n - 1)), 'misreads the last condition'],
        ['topRule', rules[0]!.action, 'takes the first rule without checking it matches'],
      ],
    })
  }),
  family('collect-sum-hit-policy', (rng) => {
    const n = 3
    const rules: Rule[] = Array.from({ length: 5 }, () => ({
      entries: drawEntries(rng, n, 0.5),
      action: String(rng.int(1, 9) * 5),
    }))
    const c = allCases(n)[rng.int(0, 7)]!
    const hit = rules.filter((r) => matches(r, c)).map((r) => Number(r.action))
    const ns = ['Prior claim', 'Young driver', 'Urban address']
    return figures(rng, unit('points'), {
      stem: `A DMN risk table with hit policy C+ (collect, sum) adds points from every matching rule: ${tableText(
        ns,
        rules.map((r) => ({ ...r, action: `${r.action} points` })),
      )}. How many points does an applicant with ${caseText(ns, c)} score?`,
      in: { rules: rules.map((r) => `${r.entries.join('')}:${r.action}`).join('|'), c: c.join('') },
      key: hit.reduce((a, b) => a + b, 0),
      wrong: [
        ['first', hit[0] ?? 0, 'stops at the first matching rule (hit policy F)'],
        ['max', Math.max(0, ...hit), 'takes the largest matching score (C>)'],
        ['min', Math.min(...hit), 'takes the smallest matching score (C<)'],
        [
          'inverted',
          rules
            .filter((r) =>
              matches(
                r,
                c.map((e) => (e === 'Y' ? 'N' : 'Y')),
              ),
            )
            .reduce((a, r) => a + Number(r.action), 0),
          'reads each of the applicant’s yes/no answers the other way round',
        ],
        ['count', hit.length, 'counts the matching rules (C#)'],
        [
          'anyCondition',
          rules
            .filter((r) => r.entries.some((e, k) => e === '-' || e === c[k]))
            .reduce((a, r) => a + Number(r.action), 0),
          'reads a rule as matching when any one of its conditions holds',
        ],
        [
          'all',
          rules.reduce((a, r) => a + Number(r.action), 0),
          'adds every rule’s points whether or not it matches',
        ],
      ],
    })
  }),
  family('contradictory-rules', (rng) => {
    const n = 3
    const cases = rng.shuffle(allCases(n)).slice(0, 5)
    const acts = rng.shuffle([...ACTIONS])
    const rules: Rule[] = cases.map((c, k) => ({ entries: c, action: acts[k % 3]! }))
    const i = rng.int(0, 4)
    const dupAction = rng.pick(acts.filter((a) => a !== rules[i]!.action).slice(0, 3))
    rules.splice(rng.int(0, 5), 0, { entries: rules[i]!.entries, action: dupAction })
    const at = (e: readonly Entry[]) =>
      rules
        .map((r, k) => [r, k] as const)
        .filter(([r]) => r.entries.join() === e.join())
        .map(([, k]) => k)
    const [a, b] = at(rules.find((r, k) => at(r.entries).length > 1 && k >= 0)!.entries) as [
      number,
      number,
    ]
    const sameAction: string[] = []
    const oneApart: string[] = []
    for (let x = 0; x < rules.length; x++)
      for (let y = x + 1; y < rules.length; y++) {
        if (x === a && y === b) continue
        if (rules[x]!.action === rules[y]!.action) sameAction.push(pairText(x, y))
        if (rules[x]!.entries.filter((e, k) => e !== rules[y]!.entries[k]).length === 1)
          oneApart.push(pairText(x, y))
      }
    return worked(rng, {
      stem: `Reviewing a decision table (three yes/no conditions): ${tableText(names(rng, n), rules)}. Which two rules contradict each other?`,
      in: { rules: rules.map((r) => `${r.entries.join('')}:${r.action}`).join('|') },
      key: pairText(a, b),
      wrong: [
        [
          'sameAction',
          sameAction[0] ?? '',
          'picks two rules with the same action, which is redundancy at most',
        ],
        ['oneApart', oneApart[0] ?? '', 'picks two rules that differ in one condition only'],
        ['sameAction2', sameAction[1] ?? '', 'picks another pair with the same action'],
        ['oneApart2', oneApart[1] ?? '', 'picks another pair that differs in one condition only'],
      ].filter(([, t]) => t !== '') as [string, string, string][],
    })
  }),
  family('fewest-contracted-rules', (rng) => {
    const n = 4
    const ns = names(rng, n)
    const order = rng.shuffle([0, 1, 2, 3])
    const pol = order.map(() => rng.pick(['Y', 'N'] as const))
    const acts = rng.shuffle([...ACTIONS]).slice(0, 3)
    const depth = rng.int(2, 3)
    const f = (c: readonly Entry[]) => {
      for (let k = 0; k < depth - 1; k++) if (c[order[k]!] === pol[k]) return acts[k]!
      return c[order[depth - 1]!] === pol[depth - 1] ? acts[depth - 1]! : acts[0]!
    }
    const policy = [
      ...Array.from(
        { length: depth - 1 },
        (_, k) => `if ${ns[order[k]!]} is ${pol[k] === 'Y' ? 'yes' : 'no'}, ${acts[k]}`,
      ),
      `otherwise, if ${ns[order[depth - 1]!]} is ${pol[depth - 1] === 'Y' ? 'yes' : 'no'}, ${acts[depth - 1]}, else ${acts[0]}`,
    ].join('; ')
    const out = allCases(n).map(f)
    return figures(rng, unit('rules'), {
      stem: `The policy reads, checked in this order: ${policy}. Conditions: ${ns.join(', ')} (yes/no). What is the fewest non-overlapping rules a contracted decision table (with “either” entries) needs to state it?`,
      in: { f: out.join('|') },
      key: fewestRules(n, f),
      wrong: [
        ['full', 2 ** n, 'lists every combination of the conditions'],
        ['actions', new Set(out).size, 'writes one rule per distinct action'],
        ['clauses', depth, 'writes one rule per clause of the policy, ignoring the final “else”'],
        ['conditions', n, 'writes one rule per condition'],
        [
          'unusedSplit',
          fewestRules(n, f) * 2 ** (n - depth),
          'repeats each rule for yes and no of the conditions the policy never mentions',
        ],
      ],
    })
  }),
]
