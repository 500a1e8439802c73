import type { Rng } from '../../rng.js'
import { cap, family, product } from './i18n-text.js'
import { CARDINAL, CATEGORIES, englishOrdinal } from './plural-rules.js'

// Plural categories and ICU MessageFormat output. Categories follow the CLDR cardinal rules
// typed in plural-rules.ts, as Intl.PluralRules applies them; messages are evaluated as ICU
// MessageFormat does: an exact `=n` match first, then the count's category, then `other`.

/** A count that lands in `want` under `lang`'s rules (drawn from 0–130). */
function countIn(rng: Rng, lang: string, want: string): number {
  const all = Array.from({ length: 131 }, (_, n) => n).filter((n) => CARDINAL[lang]!(n) === want)
  return rng.pick(all)
}

const categoryFamily = (
  id: string,
  lang: string,
  name: string,
  extra: readonly [string, string][],
) =>
  family(id, (rng) => {
    // Categories some whole number reaches (Polish and Russian keep other for fractions).
    const want = rng.pick(
      CATEGORIES[lang]!.filter((c) =>
        Array.from({ length: 131 }, (_, n) => n).some((n) => CARDINAL[lang]!(n) === c),
      ),
    )
    const n = countIn(rng, lang, want)
    const wrong: [string, string][] = [
      [CARDINAL.en!(n), 'applies the English one/other rule'],
      ...extra.map(([l, m]) => [CARDINAL[l]!(n), m] as [string, string]),
      ...['one', 'two', 'few', 'many', 'zero', 'other']
        .filter((c) => c !== want && CATEGORIES[lang]!.includes(c))
        .map((c) => [c, `puts ${n} in the ${c} range of the ${name} rules`] as [string, string]),
    ]
    return {
      stem: `A translator asks which ${name} plural form a notification needs for a count of ${n}. What does \`new Intl.PluralRules('${lang}').select(${n})\` return, under the CLDR rules ICU applies?`,
      key: want,
      wrong,
      figures: { lang, n },
    }
  })

export const PLURAL_FAMILIES = [
  categoryFamily('polish-category', 'pl', 'Polish', [
    ['ru', 'applies the Russian rule that 21, 31… are one'],
    ['cs', 'applies the Czech rule with no teen exception'],
  ]),
  categoryFamily('russian-category', 'ru', 'Russian', [
    ['pl', 'applies the Polish rule that only 1 is one'],
    ['cs', 'applies the Czech rule with no teen exception'],
  ]),
  categoryFamily('arabic-category', 'ar', 'Arabic', [
    ['cy', 'applies the Welsh rule'],
    ['ga', 'applies the Irish rule'],
  ]),
  categoryFamily('welsh-category', 'cy', 'Welsh', [
    ['ar', 'applies the Arabic ranges'],
    ['ga', 'applies the Irish ranges'],
  ]),
  categoryFamily('irish-category', 'ga', 'Irish', [
    ['cy', 'applies the Welsh single values'],
    ['ar', 'applies the Arabic ranges'],
  ]),
  categoryFamily('czech-category', 'cs', 'Czech', [
    ['pl', 'applies the Polish rule that 5 and up are many'],
    ['ru', 'applies the Russian rule that 21, 31… are one'],
  ]),
  family('french-zero-is-one', (rng) => {
    const n = rng.pick([0, 0, 1, 2, 3, 5, 10])
    const msg = `{count, plural, one {# photo supprimée} other {# photos supprimées}}`
    const pick = (one: boolean) => (one ? `${n} photo supprimée` : `${n} photos supprimées`)
    return {
      stem: `${cap(product(rng))}'s French resource holds the ICU message ${msg}. In French (CLDR), 0 and 1 both take the one form. What does the message produce for count = ${n}?`,
      key: pick(CARDINAL.fr!(n) === 'one'),
      wrong: [
        [pick(CARDINAL.en!(n) === 'one'), 'applies the English rule that only 1 is singular'],
        [pick(CARDINAL.fr!(n) !== 'one'), 'swaps the two forms'],
        [
          `# ${pick(CARDINAL.fr!(n) === 'one')
            .split(' ')
            .slice(1)
            .join(' ')}`,
          'expects # to be printed literally',
        ],
        [`${n} photo supprimées`, 'pluralises only the participle'],
        [`${n} photos supprimée`, 'pluralises only the noun'],
      ],
      figures: { lang: 'fr', n },
    }
  }),
  family('english-ordinal', (rng) => {
    const n = rng.pick([1, 2, 3, 11, 12, 13, 21, 22, 23, 101, 102, 103, 111, 112, 113, 121, 122])
    const naive = `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`
    return {
      stem: `A leaderboard shows places with \`new Intl.PluralRules('en-US', { type: 'ordinal' })\`, mapping one → st, two → nd, few → rd, other → th. What does it show for place ${n}?`,
      key: englishOrdinal(n),
      wrong: [
        [naive, 'looks at the last digit only, missing 11–13'],
        [`${n}th`, 'uses th for every number'],
        [`${n}.`, 'uses the German ordinal period'],
        [`${n}º`, 'uses the Spanish ordinal indicator'],
      ],
      figures: { n },
    }
  }),
  family('polish-message-forms', (rng) => {
    const want = rng.pick(['one', 'few', 'few', 'many', 'many'])
    const n = countIn(rng, 'pl', want)
    const form = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' } as Record<
      string,
      string
    >
    return {
      stem: `A Polish upload screen uses {n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}. Polish (CLDR): one is 1; few is an integer ending in 2–4 but not 12–14; many is any other integer. What does it show for n = ${n}?`,
      key: `${n} ${form[want]}`,
      wrong: [
        [`${n} ${form[CARDINAL.ru!(n)]}`, 'applies the Russian rule'],
        [`${n} ${form.few}`, 'uses the few form for every plural'],
        [`${n} ${form.many}`, 'uses the many form for every plural'],
        [`${n} ${form.other}`, 'falls to other for every count above 1'],
        [`${n} ${form.one}`, 'leaves the noun in the singular after a number'],
      ],
      figures: { lang: 'pl', n },
    }
  }),
  family('exact-zero-match', (rng) => {
    const n = rng.pick([0, 0, 0, 1, 2, 3, 5, 7, 12])
    const msg = `{count, plural, =0 {No new messages} one {# new message} other {# new messages}}`
    const key = n === 0 ? 'No new messages' : n === 1 ? '1 new message' : `${n} new messages`
    return {
      stem: `An inbox badge uses the ICU message ${msg} in English. What does it produce for count = ${n}?`,
      key,
      wrong: [
        n === 0
          ? ['0 new messages', 'ignores the exact-zero branch']
          : n === 1
            ? ['1 new messages', 'uses the other branch for every count']
            : [`${n} new message`, 'uses the one branch for every count'],
        [`# new message${n === 1 ? '' : 's'}`, 'expects # to be printed literally'],
        [n === 1 ? '1 new messages' : `${n} new message`, 'swaps the one and other forms'],
        [`{count} new message${n === 1 ? '' : 's'}`, 'expects the placeholder name to be printed'],
        [
          n === 0 ? '0 new message' : `${n} new messages.`,
          n === 0
            ? 'applies the French rule that 0 is one'
            : 'adds punctuation the message does not have',
        ],
      ],
      figures: { n },
    }
  }),
  family('nested-select-plural-forms', (rng) => {
    const genders = rng.int(2, 3)
    const lang = rng.pick(['pl', 'ru', 'ar', 'cy', 'ga', 'en'])
    const names: Record<string, string> = {
      pl: 'Polish',
      ru: 'Russian',
      ar: 'Arabic',
      cy: 'Welsh',
      ga: 'Irish',
      en: 'English',
    }
    const c = CATEGORIES[lang]!.length
    return {
      stem: `A message nests a plural inside a select on the sender's gender with ${genders} branches (${genders === 3 ? 'female, male, other' : 'female, other'}). The ${names[lang]} translation must give a variant for every CLDR cardinal plural category of ${names[lang]} in every branch. How many variants does the translator write?`,
      key: String(genders * c),
      wrong: [
        [String(genders * 2), 'gives every language English one/other'],
        [String(genders + c), 'adds the branches instead of multiplying'],
        [String(c), 'counts the plural categories only'],
        [String(genders * (c - 1)), 'leaves out the other category'],
        [String(genders * (c + 1)), 'adds an exact-zero variant as if required'],
      ],
      figures: { lang, genders },
    }
  }),
  family('one-decimal-is-other', (rng) => {
    const noun = rng.pick([
      ['star', 'stars'],
      ['kilometre', 'kilometres'],
      ['hour', 'hours'],
    ] as const)
    return {
      stem: `A rating widget formats a value of 1 with one fixed decimal, "1.0", and picks the English plural with \`new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1)\`, whose result chooses "${noun[0]}" for one and "${noun[1]}" for other. CLDR English makes a number one only when it is 1 with no visible fraction digits. What text shows?`,
      key: `1.0 ${noun[1]}`,
      wrong: [
        [`1.0 ${noun[0]}`, 'picks the category from the value, not the visible digits'],
        [`1 ${noun[0]}`, 'expects the formatter to drop the .0'],
        [`1 ${noun[1]}`, 'drops the decimal and still picks other'],
        [`1.0 ${noun[0]}(s)`, 'hedges with a parenthesised plural'],
      ],
      figures: { noun: noun[1] },
    }
  }),
  family('missing-category-fallback', (rng) => {
    const n = countIn(rng, 'pl', rng.pick(['few', 'many']))
    const msg = `{n, plural, one {# plik} other {# pliki}}`
    return {
      stem: `A Polish resource was copied from English and holds only ${msg}. ICU falls back to the other branch when the count's category has no branch. Under CLDR Polish rules, what does it show for n = ${n}?`,
      key: `${n} pliki`,
      wrong: [
        [
          `${n} ${CARDINAL.pl!(n) === 'few' ? 'pliki' : 'plików'}`,
          'expects ICU to supply the missing form',
        ],
        [`${n} plik`, 'falls back to the first branch'],
        [`${n} pliku`, 'uses the Polish fraction form for the gap'],
        [
          `{n, plural, one {# plik} other {# pliki}}`,
          'expects the raw pattern on a missing branch',
        ],
        [`n pliki`, 'prints the argument name for #'],
      ],
      figures: { lang: 'pl', n },
    }
  }),
  family('russian-few-count', (rng) => {
    const list = rng
      .shuffle(Array.from({ length: 40 }, (_, i) => i + rng.pick([0, 100])))
      .slice(0, 7)
      .sort((a, b) => a - b)
    const few = list.filter((n) => CARDINAL.ru!(n) === 'few').length
    return {
      stem: `A QA script checks Russian notifications for the counts ${list.join(', ')}. Russian (CLDR): one is an integer ending in 1 but not 11; few ends in 2–4 but not 12–14; many is every other integer. How many of these counts use the few form?`,
      key: String(few),
      wrong: [
        [
          String(list.filter((n) => n % 10 >= 2 && n % 10 <= 4).length),
          'forgets the 12–14 exception',
        ],
        [String(list.filter((n) => n >= 2 && n <= 4).length), 'counts only 2, 3 and 4'],
        [
          String(list.filter((n) => CARDINAL.ru!(n) !== 'one' && CARDINAL.ru!(n) !== 'few').length),
          'counts the many form instead',
        ],
        [String(list.filter((n) => n !== 1).length), 'applies English and counts every plural'],
        [
          String(list.filter((n) => CARDINAL.ru!(n) === 'one').length),
          'counts the one form instead',
        ],
      ],
      figures: { list: list.join(',') },
    }
  }),
  family('category-count', (rng) => {
    const lang = rng.pick(['ar', 'cy', 'ga', 'pl', 'ru', 'ja', 'cs'])
    const names: Record<string, string> = {
      ar: 'Arabic',
      cy: 'Welsh',
      ga: 'Irish',
      pl: 'Polish',
      ru: 'Russian',
      ja: 'Japanese',
      cs: 'Czech',
    }
    const c = CATEGORIES[lang]!.length
    return {
      stem: `Before sending files for ${names[lang]}, a localisation engineer reads \`new Intl.PluralRules('${lang}').resolvedOptions().pluralCategories\`, which lists every CLDR cardinal category the language uses, including other. How many categories does it list?`,
      key: String(c),
      wrong: [
        ['2', 'assumes every language has one and other'],
        [String(c - 1), 'leaves out other'],
        ['6', 'assumes every language uses all six categories'],
        [String(c + 1), 'counts an exact-zero match as a category'],
        ['3', 'counts singular, dual and plural'],
      ],
      figures: { lang },
    }
  }),
]

export const SELECT_FAMILIES = [
  family('select-other-fallback', (rng) => {
    const value = rng.pick(['female', 'male', 'nonbinary', 'unknown', 'FEMALE'])
    const msg = `{gender, select, female {She replied} male {He replied} other {They replied}}`
    const key =
      value === 'female' ? 'She replied' : value === 'male' ? 'He replied' : 'They replied'
    return {
      stem: `A comment thread uses the ICU message ${msg}. A select matches its keyword exactly (case-sensitive) and falls back to other. What does it produce for gender = '${value}'?`,
      key,
      wrong: [
        [
          value === 'FEMALE' ? 'She replied' : value === 'female' ? 'They replied' : 'She replied',
          value === 'FEMALE'
            ? 'matches select keywords ignoring case'
            : value === 'female'
              ? 'expects select to use other by default'
              : 'falls back to the first branch',
        ],
        ['', 'expects an empty string for an unmatched value'],
        [`${value} replied`, 'prints the argument value'],
        [`{gender} replied`, 'prints the placeholder'],
        [
          value === 'male' ? 'She replied' : 'He replied',
          value === 'male' ? 'falls back to the first branch' : 'defaults to the masculine branch',
        ],
      ].filter(([t]) => t !== '') as [string, string][],
      figures: { value },
    }
  }),
]
