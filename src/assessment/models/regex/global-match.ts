import { runRegex } from '../../engines/regex-runner.js'
import type { TaskEngines } from '../../engines/task-engines.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { code, codeCandidate, singleAnswer } from '../assemble-variant.js'
import { acceptedVariant } from '../batched-generation.js'

interface Case {
  readonly pattern: string
  readonly flags: string
  readonly input: string
  readonly mistakes: readonly { readonly pattern: string; readonly flags: string }[]
}

const digits = (rng: Rng, n: number): string =>
  Array.from({ length: n }, () => rng.int(0, 9)).join('')

const CASES: readonly ((rng: Rng) => Case)[] = [
  (rng) => {
    const input = `id${digits(rng, rng.int(1, 2))}-${digits(rng, rng.int(3, 5))}x${digits(rng, rng.int(2, 4))}`
    const [lo, hi] = [2, 3]
    return {
      pattern: `\\d{${lo},${hi}}`,
      flags: 'g',
      input,
      mistakes: [
        { pattern: `\\d{${lo}}`, flags: 'g' },
        { pattern: '\\d+', flags: 'g' },
        { pattern: `\\d{${lo},${hi}}?`, flags: 'g' },
        { pattern: `\\d{${lo},${hi}}`, flags: '' },
      ],
    }
  },
  (rng) => {
    const tags = rng.shuffle(['b', 'i', 'em', 'code', 'span']).slice(0, 2)
    const input = `<${tags[0]}>${rng.pick(['one', 'two', 'red'])}</${tags[0]}> and <${tags[1]}>${rng.pick(['x', 'y'])}</${tags[1]}>`
    return {
      pattern: '<.+?>',
      flags: 'g',
      input,
      mistakes: [
        { pattern: '<.+>', flags: 'g' },
        { pattern: '<\\w+>', flags: 'g' },
        { pattern: '<.+?>', flags: '' },
      ],
    }
  },
  (rng) => {
    const words = rng
      .shuffle(['Alpha', 'beta', 'Gamma', 'delta', 'Echo', 'fox', 'Golf'])
      .slice(0, 5)
    const input = words.join(rng.pick([' ', ', ', '; ']))
    return {
      pattern: '\\b[A-Z]\\w*',
      flags: 'g',
      input,
      mistakes: [
        { pattern: '\\b[A-Z]\\w*', flags: 'gi' },
        { pattern: '[A-Z]', flags: 'g' },
        { pattern: '\\b[a-z]\\w*', flags: 'g' },
      ],
    }
  },
  (rng) => {
    const user = rng.pick(['ana', 'ben.k', 'dev_9', 'eun'])
    const input = `mail ${user}@example.${rng.pick(['com', 'org'])} or ${rng.pick(['info', 'help'])}@test.io now`
    return {
      pattern: '\\w+@\\w+\\.\\w+',
      flags: 'g',
      input,
      mistakes: [
        { pattern: '[\\w.]+@\\w+\\.\\w+', flags: 'g' },
        { pattern: '\\w+@\\w+', flags: 'g' },
        { pattern: '\\S+@\\S+', flags: 'g' },
      ],
    }
  },
]

/** `String.prototype.match` with greedy and lazy quantifiers, word boundaries and flags. */
export const globalMatchModel: ItemModel = {
  id: 'regex-global-match',
  title: 'Regular expressions: quantifiers, boundaries and flags',
  engine: 'regex',
  kind: 'single',
  generate: (rng, engines) => acceptedVariant(() => draft(rng, engines)),
}

function draft(rng: Rng, engines: TaskEngines): ItemVariant {
  const c = rng.pick(CASES)(rng)
  const run = (pattern: string, flags: string) =>
    runRegex(engines.javascript, { pattern, flags, input: c.input, operation: 'match' })
  const key = run(c.pattern, c.flags)
  return singleAnswer({
    modelId: globalMatchModel.id,
    stem: `What does this log?\n\n${code(`console.log(${JSON.stringify(c.input)}.match(/${c.pattern}/${c.flags}))`)}`,
    task: {
      kind: 'regex',
      pattern: c.pattern,
      flags: c.flags,
      input: c.input,
      operation: 'match',
    },
    key: codeCandidate(key),
    distractors: c.mistakes.map((m) => ({
      ...codeCandidate(run(m.pattern, m.flags)),
      mistake: `/${m.pattern}/${m.flags}`,
    })),
    rng,
  })
}
