import {
  CATEGORIES,
  DEFAULT_CUT_PERCENT,
  DEFAULT_SCORED_ITEMS,
  DEFAULT_SECONDS_PER_ITEM,
  DEFAULT_VALIDITY_MONTHS,
  type Item,
  type ItemBank,
  type ItemModel,
  MAX_PRETEST_ITEMS,
  RETAKE_WAIT_DAYS,
  type TestDefinition,
} from '../../../src/assessment/index.js'

import { KEY_MARKER } from '../../support/key-marker-scan.js'

export { KEY_MARKER }

const blueprint = [
  { id: 'syntax', title: 'Syntax and types', weight: 0.4, itemModelIds: [] },
  { id: 'runtime', title: 'Runtime behaviour', weight: 0.3, itemModelIds: ['sum-model'] },
  { id: 'tooling', title: 'Tooling', weight: 0.3, itemModelIds: [] },
]

export const FIXTURE_TEST: TestDefinition = {
  id: 'fixture-js',
  title: 'Fixture JavaScript',
  skill: { label: 'JavaScript', escoUri: 'http://data.europa.eu/esco/skill/fixture' },
  category: CATEGORIES[3],
  description: 'A test bank built for the attempt tests.',
  learningOutcomes: ['Reads JavaScript', 'Predicts what it prints'],
  workloadHours: 10,
  eqfLevel: 5,
  blueprint,
  form: {
    scoredItems: DEFAULT_SCORED_ITEMS,
    maxPretestItems: MAX_PRETEST_ITEMS,
    secondsPerItem: DEFAULT_SECONDS_PER_ITEM,
  },
  timeLimitSeconds: (DEFAULT_SCORED_ITEMS + MAX_PRETEST_ITEMS) * DEFAULT_SECONDS_PER_ITEM,
  passRule: { kind: 'percent-cut', cutPercent: DEFAULT_CUT_PERCENT },
  retakePolicy: {
    waitDays: RETAKE_WAIT_DAYS,
    maxAttemptsPerWindow: 4,
    windowDays: 365,
    renewalWindowDays: 60,
  },
  validityMonths: DEFAULT_VALIDITY_MONTHS,
  version: 1,
}

const OTHER_TEST: TestDefinition = {
  ...FIXTURE_TEST,
  id: 'fixture-copywriting',
  title: 'Fixture copywriting',
  skill: { label: 'Copywriting' },
  category: CATEGORIES[2],
  description: 'Headlines and calls to action.',
  blueprint: [{ id: 'headlines', title: 'Headlines', weight: 1, itemModelIds: [] }],
}

function item(
  testId: string,
  domain: string,
  n: number,
  lifecycle: Item['lifecycle'],
  multiple = false,
): Item {
  const options = ['A', 'B', 'C', 'D'].map((letter, i) => ({
    // Keys get the marker in their bank id; distractors a plain one.
    id: (multiple ? i < 2 : i === n % 4) ? `${KEY_MARKER}-${letter}` : letter,
    markdown: `Option ${letter} of ${domain} ${n}`,
  }))
  return {
    id: `${testId}-${domain}-${lifecycle}-${n}`,
    testId,
    domain,
    kind: multiple ? 'multiple' : 'single',
    stem: `Question ${n} about ${domain}:\n\n\`\`\`js\nconsole.log(${n})\n\`\`\``,
    options,
    keys: options.filter((o) => o.id.startsWith(KEY_MARKER)).map((o) => o.id),
    lifecycle,
    source: 'authored',
  }
}

function itemsOf(test: TestDefinition): Item[] {
  const items: Item[] = []
  for (const domain of test.blueprint) {
    // Five times what a form draws from the domain, so the exposure cap can hold.
    for (let n = 0; n < 75; n++)
      items.push(item(test.id, domain.id, n, 'operational', n % 10 === 9))
    for (let n = 0; n < 3; n++) items.push(item(test.id, domain.id, n, 'pretest'))
    items.push(item(test.id, domain.id, 0, 'draft'), item(test.id, domain.id, 0, 'retired'))
  }
  return items
}

/** An item model whose key is computed: the sum of two numbers; distractors are near misses. */
const sumModel: ItemModel = {
  id: 'sum-model',
  title: 'Sum of two numbers',
  engine: 'javascript',
  kind: 'single',
  async generate(rng) {
    const a = rng.int(10, 99)
    const b = rng.int(10, 99)
    const values = [a + b, a + b + 1, a + b - 1, a + b + 10]
    const options = values.map((value, i) => ({
      id: i === 0 ? `${KEY_MARKER}-sum` : `d${i}`,
      markdown: `\`${value}\``,
      value: String(value),
    }))
    return {
      modelId: 'sum-model',
      kind: 'single',
      stem: `What does \`console.log(${a} + ${b})\` print?`,
      options,
      keys: [options[0]!.id],
      task: { kind: 'javascript', source: `console.log(${a} + ${b})` },
    }
  },
}

const tests = [FIXTURE_TEST, OTHER_TEST]
const bankItems = new Map(tests.map((t) => [t.id, itemsOf(t)]))

/**
 * The attempt tests' item bank: two tests, 75 operational items per domain (the tooling domain's
 * take several answers), a few pretest items, and one item model.
 */
export const fixtureBank: ItemBank = {
  tests: async () => tests,
  test: async (_db, id) => tests.find((t) => t.id === id) ?? null,
  items: async (_db, id) => bankItems.get(id) ?? [],
  itemModel: (id) => (id === sumModel.id ? sumModel : null),
}
