import { type NamedMisreading, snippetModel } from './snippet-model.js'

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

/*
 * Each distractor is what the expression gives when the method behaves as a named misconception
 * says it does (an end index read as included, positions counted from 1, a length read where a
 * position is, replace changing every match as Python's does), never the expression with one of
 * its numbers edited.
 */

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
    const s = `'${word}'`
    const last = word.lastIndexOf(letter)
    const short = `'${word.slice(0, a + 2)}'`
    const named = (expr: string, mistake: string) => ({ expr, mistake })
    const sources: readonly [string, readonly { expr: string; mistake: string }[]][] = [
      [
        `${s}.slice(${a}, ${b})`,
        [
          named(
            `${s}.slice(${a}, ${b + 1})`,
            'thinks slice includes the character at its end index',
          ),
          named(
            `${s}.slice(${a - 1}, ${b})`,
            'counts string positions from 1 and takes the end position as included',
          ),
          named(
            `${s}.substr(${a}, ${b})`,
            "reads slice's second argument as a length, as substr's is",
          ),
          named(`${s}.slice(${a - 1}, ${b - 1})`, 'counts string positions from 1, not 0'),
        ],
      ],
      [
        `${s}.substring(${b}, ${a})`,
        [
          named(
            `${s}.slice(${b}, ${a})`,
            'thinks substring, like slice, gives an empty string when its start is past its end',
          ),
          named(
            `${s}.substr(${b}, ${a})`,
            'confuses substring with substr, reading the second argument as a length',
          ),
          named(
            `${s}.substring(${a}, ${b + 1})`,
            'thinks substring includes the character at its end index',
          ),
          named(
            `${s}.substring(${a - 1}, ${b})`,
            'counts string positions from 1 and takes the end position as included',
          ),
        ],
      ],
      [
        `${s}.slice(-${a})`,
        [
          named(
            `${s}.slice(0, -${a})`,
            'reads slice(-n) as dropping the last n characters rather than keeping them',
          ),
          named(
            `${s}.slice(${a})`,
            'thinks a negative index counts from the start as a positive one does',
          ),
          named(
            `${s}.substring(-${a})`,
            'thinks slice treats a negative start as 0, as substring does',
          ),
          named(
            `${s}.at(-${a})`,
            'reads slice(-n) as the one character n from the end, as at(-n) gives',
          ),
        ],
      ],
      [
        `${s}.replace('${letter}', '_')`,
        [
          named(
            `${s}.replaceAll('${letter}', '_')`,
            "expects replace to change every match, as Python's str.replace and Java's String.replace do",
          ),
          named(
            `${s}.replace('_', '${letter}')`,
            'reads the arguments of replace the other way round: the replacement first, the text to find second',
          ),
          named(
            `${s}.slice(0, ${last}) + '_' + ${s}.slice(${last + 1})`,
            'thinks replace changes the last match, searching from the end as lastIndexOf does',
          ),
        ],
      ],
      [
        `${s}.indexOf('${letter}') + ${s}.lastIndexOf('${letter}')`,
        [
          named(
            `${s}.indexOf('${letter}') + (${word.length - 1} - ${s}.lastIndexOf('${letter}'))`,
            'thinks lastIndexOf counts its position from the end of the string',
          ),
          named(
            `(${s}.indexOf('${letter}') + 1) + (${s}.lastIndexOf('${letter}') + 1)`,
            'counts string positions from 1, not 0',
          ),
          named(
            `${s}.indexOf('${letter}') + (${s}.length - 1)`,
            'reads lastIndexOf as the last index of the string, whatever it is asked to find',
          ),
          named(
            `${s}.indexOf('${letter}') + ${s}.split('${letter}').length - 1`,
            'thinks lastIndexOf counts how many times the text occurs',
          ),
        ],
      ],
      [
        // Padded with dots: a candidate reads '*' and '_' inside code as they are, but the
        // option reader drops them as emphasis, so '*'-padded options all read the same.
        `${short}.padStart(${a + 5}, '.')`,
        [
          named(
            `${short}.padEnd(${a + 5}, '.')`,
            'mixes up padStart and padEnd, putting the padding after the text',
          ),
          named(
            `'.'.repeat(${a + 5}) + ${short}`,
            "thinks padStart's first argument is how many pad characters to add, not the length to reach",
          ),
          named(
            `'.' + ${short}`,
            'thinks padStart adds the pad string once, not repeating it up to the length',
          ),
          named(
            `${short}.padStart(${a + 5} + ${short}.length, '.')`,
            "thinks padStart's length counts only the padding, not the text already there",
          ),
        ],
      ],
    ]
    const [expr, wrong] = rng.pick(sources)
    const src = (e: string) => `const show = (v) => JSON.stringify(v)\nconsole.log(show(${e}))`
    return {
      source: src(expr),
      mistakes: wrong.map((w): NamedMisreading => ({ source: src(w.expr), mistake: w.mistake })),
      question: 'What does this code log? (`show` prints strings with their quotes.)',
    }
  },
})
