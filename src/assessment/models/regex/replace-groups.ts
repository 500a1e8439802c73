import { runRegex } from '../../engines/regex-runner.js'
import type { ItemModel } from '../../item-model.js'
import { code, codeCandidate, singleAnswer } from '../assemble-variant.js'
import { acceptedVariant } from '../batched-generation.js'

/** Replacement with capture groups: `$1`, `$2`, `$&` and the g flag. */
export const replaceGroupsModel: ItemModel = {
  id: 'regex-replace-groups',
  title: 'Regular expressions: replace with capture groups',
  engine: 'regex',
  kind: 'single',
  generate(rng, engines) {
    return acceptedVariant(async () => {
      const pad = (n: number) => String(n).padStart(2, '0')
      const cases = [
        () => {
          const dates = Array.from(
            { length: 2 },
            () => `${rng.int(2019, 2030)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
          )
          return {
            pattern: '(\\d+)-(\\d+)-(\\d+)',
            input: `from ${dates[0]} to ${dates[1]}`,
            replacement: '$3/$2/$1',
            // Groups numbered from the right, rotated, the month and day swapped (US order).
            others: ['$1/$2/$3', '$2/$3/$1', '$3/$1/$2', '$2/$1/$3', '$1/$3/$2'],
          }
        },
        () => {
          const people = rng
            .shuffle([
              ['Lovelace', 'Ada'],
              ['Hopper', 'Grace'],
              ['Turing', 'Alan'],
              ['Liskov', 'Barbara'],
            ])
            .slice(0, 2)
          return {
            pattern: '(\\w+), (\\w+)',
            input: people.map(([l, f]) => `${l}, ${f}`).join('; '),
            replacement: '$2 $1',
            // Groups in written order, the comma kept, `$&` taken as a group, one group only.
            others: ['$1 $2', '$2, $1', '$& $1', '$2', '$1'],
          }
        },
        () => {
          const prices = [rng.int(1, 99), rng.int(100, 999)]
          return {
            pattern: '(\\d+)',
            input: `items ${prices[0]} and ${prices[1]}`,
            replacement: '[$1]',
            // `$&` added to the group, `$0` or `$2` taken for it, the brackets dropped or doubled.
            others: ['[$&]$1', '[$0]', '[$2]', '$1', '[$&][$1]'],
          }
        },
      ]
      const c = rng.pick(cases)()
      const flags = rng.pick(['g', ''])
      const run = (replacement: string, f = flags) =>
        runRegex(engines.javascript, {
          pattern: c.pattern,
          flags: f,
          input: c.input,
          operation: 'replace',
          replacement,
        })
      const key = run(c.replacement)
      return singleAnswer({
        modelId: this.id,
        stem: `What does this evaluate to?\n\n${code(`${JSON.stringify(c.input)}.replace(/${c.pattern}/${flags}, '${c.replacement}')`)}`,
        task: {
          kind: 'regex',
          pattern: c.pattern,
          flags,
          input: c.input,
          operation: 'replace',
          replacement: c.replacement,
        },
        key: codeCandidate(key),
        distractors: [
          {
            ...codeCandidate(run(c.replacement, flags === 'g' ? '' : 'g')),
            mistake: flags === 'g' ? 'the g flag ignored' : 'every match replaced without g',
          },
          ...c.others.map((o) => ({ ...codeCandidate(run(o)), mistake: `replacement ${o}` })),
        ],
        rng,
      })
    })
  },
}
