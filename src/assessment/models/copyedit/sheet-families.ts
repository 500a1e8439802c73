import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, q, worked } from './copyedit-text.js'
import { type CaseRule, caseTitle, RULE_TEXT, type TitleWord } from './title-case.js'

// The rest of a house style sheet a copy-editor applies line by line: the serial comma, headline
// capitalisation, abbreviations at first mention and compound modifiers. Each rule is quoted in
// the stem; the key applies it, each distractor misreads one clause of it.

/** A list of three or more joined as the sheet says; `inner` marks items holding their own “and”. */
export function series(items: readonly string[], conj: string, serial: boolean): string {
  const head = items.slice(0, -1).join(', ')
  return `${head}${serial ? ',' : ''} ${conj} ${items.at(-1)}`
}

const LISTS = [
  ['letters', 'diaries', 'bread and cheese receipts'],
  ['maps', 'tide tables', 'bills of sale and lading'],
  ['sermons', 'hymn books', 'parish registers'],
  ['posters', 'ration books', 'tickets and programmes'],
]
const PAIRS = [
  ['photographs', 'postcards'],
  ['ledgers', 'minute books'],
  ['sketches', 'plans'],
]

function commaItem(rng: Rng, conj: 'and' | 'or', rule: 'serial' | 'whenNeeded') {
  const items = rng.shuffle(rng.pick(LISTS))
  const [p1, p2] = rng.pick(PAIRS)
  const inner = items.some((i) => i.includes(' and '))
  const verb = conj === 'and' ? 'holds' : 'may lend'
  const s = (list: string, pair: string) =>
    `The archive ${verb} ${list}; readers ${conj === 'and' ? 'may also see' : 'may see'} ${pair}.`
  const serialNeeded = rule === 'serial' || items.slice(-2).some((i) => i.includes(' and '))
  const pair = `${p1} ${conj} ${p2}`
  const key = s(series(items, conj, serialNeeded), pair)
  const split = items.flatMap((i) => i.split(' and '))
  const statement =
    rule === 'serial'
      ? `put a comma before the final “${conj}” in a list of three or more items (the serial comma)`
      : `no comma before the final “${conj}” in a list, except where the last item or the one before it contains “and” of its own`
  return worked(rng, {
    stem: `A copy-editor for ${client(rng)} applies the house rule: ${statement}. Which version of this sentence follows it? ${q(s(series(items, conj, !serialNeeded), pair))}`,
    in: { items, conj, pair: [p1, p2], rule, verb },
    key,
    wrong: [
      [
        'flip',
        s(series(items, conj, !serialNeeded), pair),
        rule === 'serial'
          ? 'leaves out the serial comma the sheet asks for'
          : inner
            ? 'leaves out the comma the sheet’s exception needs where an item contains “and”'
            : 'adds a serial comma the sheet does not use',
      ],
      [
        'pairComma',
        s(series(items, conj, serialNeeded), `${p1}, ${conj} ${p2}`),
        'puts a comma between two items, which are no list of three',
      ],
      [
        'splitItem',
        s(series(split, conj, serialNeeded), pair),
        'splits an item that contains “and” into two list items',
      ],
      [
        'serialNoAnd',
        s(`${items.slice(0, -1).join(', ')}, ${items.at(-1)}`, pair),
        'drops the final conjunction instead of placing its comma',
      ],
      [
        'semicolons',
        s(`${items.slice(0, -1).join('; ')}; ${conj} ${items.at(-1)}`, pair),
        'separates a simple list with semicolons',
      ],
      [
        'polysyndeton',
        s(`${items.slice(0, -1).join(` ${conj} `)} ${conj} ${items.at(-1)}`, pair),
        'joins every item with the conjunction instead of commas',
      ],
    ],
  })
}

type Title = readonly TitleWord[]
const M = (w: string): TitleWord => [w, 'major']
const A = (w: string): TitleWord => [w, 'article']
const C = (w: string): TitleWord => [w, 'conj']
const P = (w: string): TitleWord => [w, 'prep']
const COLON: TitleWord = [':', 'major']

// Each title holds an article, a short major word and (but for the last list) a preposition of
// four or more letters, so that the two rules and each misreading give different titles.
const LONG_PREP_TITLES: readonly Title[] = [
  [M('walking'), P('through'), A('the'), M('valley'), P('with'), M('its'), M('old'), M('mills')],
  [M('letters'), P('from'), A('a'), M('new'), M('prison'), P('between'), A('the'), M('wars')],
  [M('life'), P('after'), M('empire'), C('and'), M('what'), M('it'), M('left'), P('behind')],
  [M('songs'), P('about'), A('the'), M('old'), M('rivers'), P('of'), M('England')],
  [M('trade'), P('with'), A('the'), M('east'), C('but'), P('without'), M('its'), M('ships')],
]
const END_PREP_TITLES: readonly Title[] = [
  [M('what'), A('the'), M('city'), M('is'), M('made'), P('of')],
  [M('the'), M('songs'), A('the'), M('river'), M('is'), M('known'), P('for')],
  [M('what'), A('the'), M('sea'), M('is'), M('good'), P('for')],
  [M('the'), M('house'), A('the'), M('mill'), M('was'), M('built'), P('on')],
]
const COLON_TITLES: readonly Title[] = [
  [
    M('harbour'),
    M('lights'),
    COLON,
    A('the'),
    M('keepers'),
    P('with'),
    M('their'),
    M('own'),
    M('log'),
  ],
  [M('salt'), COLON, A('a'), M('history'), P('of'), M('its'), M('trade'), P('from'), M('below')],
  [M('open'), M('doors'), COLON, A('the'), M('new'), M('work'), P('after'), M('migration')],
  [
    M('paper'),
    M('trails'),
    COLON,
    A('an'),
    M('archive'),
    P('from'),
    A('the'),
    M('old'),
    M('docks'),
  ],
]

function titleItem(rng: Rng, title: Title, rule: CaseRule) {
  const key = caseTitle(title, rule)
  const raw = caseTitle(title, rule, 'sentence')
  return worked(rng, {
    stem: `The book list of ${client(rng)} capitalises titles by this rule: ${RULE_TEXT[rule]}. How should the title ${q(raw)} be capitalised?`,
    in: { title, rule },
    key,
    wrong: [
      [
        'otherRule',
        caseTitle(title, rule, 'otherRule'),
        'applies the other common title-case rule, not the one stated',
      ],
      [
        'byLength',
        caseTitle(title, rule, 'byLength'),
        'lower-cases words by their length, not their class',
      ],
      [
        'every',
        caseTitle(title, rule, 'every'),
        'capitalises every word, articles and prepositions included',
      ],
      [
        'lastLower',
        caseTitle(title, rule, 'lastLower'),
        'lower-cases a final preposition the rule capitalises',
      ],
      [
        'colonLower',
        caseTitle(title, rule, 'colonLower'),
        'lower-cases the first word after the colon',
      ],
      [
        'sentence',
        caseTitle(title, rule, 'sentence'),
        'sets the title in sentence case, as the author did',
      ],
    ],
  })
}

const TERMS = [
  ['World Health Organization', 'WHO'],
  ['gross domestic product', 'GDP'],
  ['non-governmental organisation', 'NGO'],
  ['Office for National Statistics', 'ONS'],
  ['randomised controlled trial', 'RCT'],
  ['chronic obstructive pulmonary disease', 'COPD'],
] as const
const FRAMES = [
  (t: string) => `The ${t} figures were revised in May.`,
  (t: string) => `Critics of the ${t} approach were few.`,
  (t: string) => `By 2010 the ${t} question had faded.`,
]

/** Each mention as the style gives it: `define` mentions are written in full with the abbreviation after. */
const mention = (full: string, abbr: string, how: 'full' | 'abbr' | 'define') =>
  how === 'full' ? full : how === 'abbr' ? abbr : `${full} (${abbr})`

export const SHEET_FAMILIES: readonly ScenarioFamily[] = [
  family('serial-comma-before-and', (rng) => commaItem(rng, 'and', 'serial')),
  family('serial-comma-before-or', (rng) => commaItem(rng, 'or', 'serial')),
  family('serial-comma-only-where-an-item-has-and', (rng) => commaItem(rng, 'and', 'whenNeeded')),
  family('title-case-prepositions-lower-at-any-length', (rng) =>
    titleItem(rng, rng.pick(LONG_PREP_TITLES), 'anyLength'),
  ),
  family('title-case-words-of-four-letters-capitalised', (rng) =>
    titleItem(rng, rng.pick(LONG_PREP_TITLES), 'fourLetters'),
  ),
  family('title-case-last-word-capitalised', (rng) =>
    titleItem(rng, rng.pick(END_PREP_TITLES), 'anyLength'),
  ),
  family('title-case-first-word-after-a-colon', (rng) =>
    titleItem(rng, rng.pick(COLON_TITLES), rng.pick(['anyLength', 'fourLetters'] as const)),
  ),
  family('abbreviation-defined-at-first-mention', (rng) => {
    const [full, abbr] = rng.pick(TERMS)
    const frames = rng.shuffle(FRAMES)
    const text = (hows: readonly ('full' | 'abbr' | 'define')[]) =>
      frames.map((f, i) => f(mention(full, abbr, hows[i]!))).join(' ')
    return worked(rng, {
      stem: `The style sheet for ${client(rng)} says: spell a term out at its first mention with its abbreviation in parentheses, then use the abbreviation alone. The author wrote ${q(text(['abbr', 'define', 'full']))} Which version follows the sheet?`,
      in: { full, abbr, frames: frames.map((f) => f('@')), mentions: 3 },
      key: text(['define', 'abbr', 'abbr']),
      wrong: [
        [
          'author',
          text(['abbr', 'define', 'abbr']),
          'keeps the definition where the author put it, after the first mention',
        ],
        [
          'never',
          text(['abbr', 'abbr', 'abbr']),
          'uses the abbreviation without ever spelling it out',
        ],
        [
          'alwaysFull',
          text(['full', 'full', 'full']),
          'spells the term out every time, dropping the abbreviation',
        ],
        [
          'eachTime',
          text(['define', 'define', 'define']),
          'defines the abbreviation at every mention',
        ],
        [
          'reversed',
          frames.map((f, k) => f(k === 0 ? `${abbr} (${full})` : abbr)).join(' '),
          'gives the abbreviation first and the full form in parentheses',
        ],
      ],
    })
  }),
  family('abbreviation-for-a-term-mentioned-once', (rng) => {
    const [[f1, a1], [f2, a2]] = rng.shuffle(TERMS) as [
      (typeof TERMS)[number],
      (typeof TERMS)[number],
    ]
    const [x, y, z] = rng.shuffle(FRAMES)
    const text = (
      once: 'full' | 'abbr' | 'define',
      twice: ['full' | 'abbr' | 'define', 'full' | 'abbr' | 'define'],
    ) =>
      `${x!(mention(f1, a1, twice[0]))} ${y!(mention(f2, a2, once))} ${z!(mention(f1, a1, twice[1]))}`
    return worked(rng, {
      stem: `The style sheet for ${client(rng)} says: spell a term out at its first mention with its abbreviation in parentheses and use the abbreviation alone after that, but do not introduce an abbreviation for a term mentioned only once. The author wrote ${q(text('define', ['define', 'abbr']))} Which version follows the sheet?`,
      in: { f1, a1, f2, a2, frames: [x!('@'), y!('@'), z!('@')] },
      key: text('full', ['define', 'abbr']),
      wrong: [
        [
          'asWritten',
          text('define', ['define', 'abbr']),
          'introduces an abbreviation that is never used again',
        ],
        [
          'onceAbbr',
          text('abbr', ['define', 'abbr']),
          'uses a bare abbreviation for a term the reader meets only once',
        ],
        [
          'noneAbbr',
          text('full', ['full', 'full']),
          'spells out both terms throughout, dropping a needed abbreviation',
        ],
        [
          'bothBare',
          text('full', ['abbr', 'abbr']),
          'uses the repeated term’s abbreviation without defining it',
        ],
        [
          'definedEach',
          text('define', ['define', 'define']),
          'defines each abbreviation at every mention',
        ],
        [
          'reversedFirst',
          `${x!(`${a1} (${f1})`)} ${y!(f2)} ${z!(a1)}`,
          'gives the abbreviation first and the full form in parentheses',
        ],
      ],
    })
  }),
  family('abbreviation-defined-again-in-each-chapter', (rng) => {
    const [full, abbr] = rng.pick(TERMS)
    const [f, g] = rng.shuffle(FRAMES)
    const text = (h: readonly ('full' | 'abbr' | 'define')[]) =>
      `Chapter 1: ${f!(mention(full, abbr, h[0]!))} ${g!(mention(full, abbr, h[1]!))} Chapter 2: ${f!(mention(full, abbr, h[2]!)).replace('The', 'Later, the')} ${g!(mention(full, abbr, h[3]!))}`
    return worked(rng, {
      stem: `An edited volume from ${client(rng)} is read chapter by chapter, so its style sheet says: spell a term out with its abbreviation in parentheses at its first mention in each chapter, and use the abbreviation alone after that within the chapter. Which version follows the sheet? ${q(text(['define', 'abbr', 'abbr', 'abbr']))}`,
      in: { full, abbr, frames: [f!('@'), g!('@')] },
      key: text(['define', 'abbr', 'define', 'abbr']),
      wrong: [
        [
          'onceOnly',
          text(['define', 'abbr', 'abbr', 'abbr']),
          'defines the abbreviation once for the whole book, not in each chapter',
        ],
        [
          'eachTime',
          text(['define', 'define', 'define', 'define']),
          'defines the abbreviation at every mention',
        ],
        [
          'secondOnly',
          text(['abbr', 'abbr', 'define', 'abbr']),
          'defines it only in the later chapter',
        ],
        [
          'fullLater',
          text(['define', 'abbr', 'full', 'full']),
          'spells the term out in full throughout the later chapter',
        ],
        [
          'fullAfterDefining',
          text(['define', 'full', 'define', 'abbr']),
          'spells the term out again straight after defining it',
        ],
        [
          'never',
          text(['abbr', 'abbr', 'abbr', 'abbr']),
          'uses the abbreviation without ever spelling it out',
        ],
      ],
    })
  }),
  family('compound-modifier-hyphenated-before-a-noun', (rng) => {
    const [a, b] = rng.pick([
      ['well', 'known'],
      ['long', 'term'],
      ['full', 'time'],
      ['high', 'risk'],
    ])
    const adv = rng.pick(['newly', 'highly', 'badly', 'widely'])
    const part = rng.pick(['built', 'paid', 'read', 'praised'])
    const noun = rng.pick(['study', 'post', 'project', 'report'])
    const s = (before: string, after: string, ly: string) =>
      `It was a ${before} ${noun} of a ${ly} district; the ${noun} itself was ${after}.`
    const h = `${a}-${b}`
    const o = `${a} ${b}`
    const lyH = `${adv}-${part}`
    const ly = `${adv} ${part}`
    return worked(rng, {
      stem: `The sheet of ${client(rng)} says: hyphenate a compound modifier before its noun (a ${['well', 'known'].join('-')} author) but not after it (the author is well known), and never hyphenate after an adverb ending in -ly. Which version follows the sheet?`,
      in: { a, b, adv, part, noun },
      key: s(h, o, ly),
      wrong: [
        ['afterToo', s(h, h, ly), 'hyphenates the compound after the noun as well as before it'],
        ['lyHyphen', s(h, o, lyH), 'hyphenates after an adverb ending in -ly'],
        ['none', s(o, o, ly), 'leaves the compound open before the noun'],
        ['swapped', s(o, h, ly), 'hyphenates after the noun but not before it'],
        [
          'allHyphens',
          s(h, h, lyH),
          'hyphenates every compound, before and after the noun and after -ly',
        ],
        ['lyOnly', s(o, o, lyH), 'hyphenates only the -ly compound'],
      ],
    })
  }),
]
