import { snippetModel } from './snippet-model.js'

const WORDS = [
  'freelance',
  'microcredential',
  'javascript',
  'marketplace',
  'assessment',
  'typescript',
  'spreadsheet',
  'translation',
]

/** slice, substring, padStart, replace versus replaceAll, at, indexOf. */
export const stringMethodsModel = snippetModel({
  id: 'js-string-methods',
  title: 'JavaScript string methods',
  language: 'javascript',
  build: (rng) => {
    const word = rng.pick(WORDS)
    const a = rng.int(1, 4)
    const b = rng.int(a + 2, word.length - 1)
    const letter = rng.pick([...new Set(word.split(''))])
    const sources: readonly [string, readonly string[]][] = [
      [
        `'${word}'.slice(${a}, ${b})`,
        [
          `'${word}'.slice(${a}, ${b + 1})`,
          `'${word}'.slice(${a - 1}, ${b})`,
          `'${word}'.substr(${a}, ${b})`,
        ],
      ],
      [
        `'${word}'.substring(${b}, ${a})`,
        [
          `'${word}'.slice(${b}, ${a})`,
          `'${word}'.substring(${b}, ${a + 1})`,
          `'${word}'.slice(${a}, ${b + 1})`,
        ],
      ],
      [
        `'${word}'.slice(-${a})`,
        [`'${word}'.slice(0, -${a})`, `'${word}'.slice(-${a + 1})`, `'${word}'.slice(${a})`],
      ],
      [
        `'${word}'.replace('${letter}', '_')`,
        [
          `'${word}'.replaceAll('${letter}', '_')`,
          `'${word}'.replace('${letter}', '')`,
          `'${word}'.replaceAll('${letter}', '')`,
        ],
      ],
      [
        `'${word}'.indexOf('${letter}') + '${word}'.lastIndexOf('${letter}')`,
        [
          `2 * '${word}'.indexOf('${letter}')`,
          `'${word}'.indexOf('${letter}') + '${word}'.lastIndexOf('${letter}') + 2`,
          `2 * '${word}'.lastIndexOf('${letter}')`,
        ],
      ],
      [
        `'${word.slice(0, a + 2)}'.padStart(${a + 5}, '*')`,
        [
          `'${word.slice(0, a + 2)}'.padEnd(${a + 5}, '*')`,
          `'${word.slice(0, a + 2)}'.padStart(${a + 6}, '*')`,
          `'*'.repeat(${a + 5}) + '${word.slice(0, a + 2)}'`,
        ],
      ],
    ]
    const [expr, wrong] = rng.pick(sources)
    const src = (e: string) => `const show = (v) => JSON.stringify(v)\nconsole.log(show(${e}))`
    return {
      source: src(expr),
      mistakes: wrong.map(src),
      question: 'What does this code log? (`show` prints strings with their quotes.)',
    }
  },
})
