import type { Rng } from '../../rng.js'
import { cap, family, product } from './i18n-text.js'
import { CATEGORIES } from './plural-rules.js'

// The localisation workflow: display names, pseudo-localisation and expansion budgets, resource
// files and keys, plural entries and fallback coverage. Every rate and rule is in the stem.

const NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Language names in English, French, German and Spanish, as CLDR writes them (lower-case in
  // French and Spanish, capitalised in German).
  de: { en: 'German', fr: 'allemand', de: 'Deutsch', es: 'alemán' },
  fr: { en: 'French', fr: 'français', de: 'Französisch', es: 'francés' },
  ja: { en: 'Japanese', fr: 'japonais', de: 'Japanisch', es: 'japonés', ja: '日本語' },
  es: { en: 'Spanish', fr: 'espagnol', de: 'Spanisch', es: 'español' },
  it: { en: 'Italian', fr: 'italien', de: 'Italienisch', es: 'italiano', it: 'italiano' },
}
const LANG_NAME: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
}

/** A drawn count of strings with their lengths, for the expansion families. */
const lengths = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(4, 40))

export const WORKFLOW_FAMILIES = [
  family('display-names-language', (rng) => {
    const code = rng.pick(Object.keys(NAMES))
    const ui = rng.pick(['en', 'fr', 'de', 'es'].filter((l) => l !== code))
    const row = NAMES[code]!
    const name = row[ui]!
    const capd = name[0]!.toUpperCase() + name.slice(1)
    return {
      stem: `A language switcher in the ${LANG_NAME[ui]} UI labels the '${code}' option with \`new Intl.DisplayNames(['${ui}'], { type: 'language' }).of('${code}')\`. What does it return?`,
      key: name,
      wrong: [
        [row[code] ?? row.en!, 'expects the language’s own name (its autonym)'],
        [row.en!, 'expects English names from any UI locale'],
        [
          capd === name ? name.toLowerCase() : capd,
          capd === name ? 'lowercases a German noun' : 'capitalises the name as English does',
        ],
        [code.toUpperCase(), 'expects the code in capitals'],
      ],
      figures: { code, ui },
    }
  }),
  family('pseudo-localisation-length', (rng) => {
    const n = rng.int(5, 60)
    const [short, long] = [rng.pick([40, 50]), rng.pick([30])]
    const rate = n <= 10 ? 100 : n <= 20 ? 80 : n <= 30 ? 60 : long
    const pad = Math.ceil((n * rate) / 100)
    void short
    return {
      stem: `A pseudo-localisation step accents every letter (one character each) and pads each string to simulate expansion: +100 % for up to 10 characters, +80 % for 11–20, +60 % for 21–30, +30 % above 30, rounding the padding up to a whole character, then wraps the result in "[" and "]". How long is the pseudo-localised form of a ${n}-character string?`,
      key: String(n + pad + 2),
      wrong: [
        [String(n + pad), 'leaves out the two brackets'],
        [String(n + Math.ceil((n * 30) / 100) + 2), 'applies the long-string rate to every string'],
        [
          String(
            n + Math.floor((n * rate) / 100) + 2 === n + pad + 2
              ? n + pad + 4
              : n + Math.floor((n * rate) / 100) + 2,
          ),
          n + Math.floor((n * rate) / 100) + 2 === n + pad + 2
            ? 'counts each bracket as a pair'
            : 'rounds the padding down',
        ],
        [String(2 * n + 2), 'doubles every string'],
        [String(n + 2), 'counts accents as extra length only'],
      ],
      figures: { n },
    }
  }),
  family('expansion-budget-overflow', (rng) => {
    const ls = lengths(rng, 6)
    const budget = rng.pick([24, 30, 36])
    const rate = rng.pick([30, 35, 40])
    const grown = ls.map((l) => Math.ceil((l * (100 + rate)) / 100))
    const over = grown.filter((g) => g > budget).length
    return {
      stem: `A button holds at most ${budget} characters. The English labels are ${ls.join(', ')} characters long, and the team budgets German at +${rate} % (rounded up to a whole character). How many labels are expected to overflow in German?`,
      key: String(over),
      wrong: [
        [String(ls.filter((l) => l > budget).length), 'checks the English lengths only'],
        [
          String(ls.filter((l) => l + rate > budget).length),
          'adds the rate as characters, not a percentage',
        ],
        [
          String(grown.filter((g) => g >= budget).length),
          'counts a label that exactly fits as overflowing',
        ],
        [
          String(ls.filter((l) => Math.ceil((l * (100 + 2 * rate)) / 100) > budget).length),
          'doubles the rate',
        ],
        [String(6 - over), 'counts the labels that fit'],
      ],
      figures: { ls: ls.join(','), budget, rate },
    }
  }),
  family('plural-entries-in-file', (rng) => {
    const lang = rng.pick(['pl', 'ru', 'ar', 'cy', 'ja', 'ga'])
    const names: Record<string, string> = {
      pl: 'Polish',
      ru: 'Russian',
      ar: 'Arabic',
      cy: 'Welsh',
      ja: 'Japanese',
      ga: 'Irish',
    }
    const plain = rng.int(40, 200)
    const plural = rng.int(5, 30)
    const c = CATEGORIES[lang]!.length
    return {
      stem: `An English JSON resource has ${plain} plain strings and ${plural} plural messages, each plural written as one entry per CLDR cardinal category (English: one, other). The ${names[lang]} file needs an entry for every ${names[lang]} category of each plural message. How many entries does the ${names[lang]} file hold?`,
      key: String(plain + plural * c),
      wrong: [
        [String(plain + plural * 2), 'copies the English one/other structure'],
        [String(plain + plural), 'counts each plural message once'],
        [String(plain + plural * (c - 1)), 'leaves out the other category'],
        [String(plain + plural * 6), 'writes all six categories for every language'],
        [String(plain * c + plural * c), 'multiplies the plain strings by the categories too'],
      ],
      figures: { lang, plain, plural },
    }
  }),
  family('fallback-coverage-count', (rng) => {
    const total = rng.int(200, 600)
    const regional = rng.int(5, 40)
    const base = rng.int(total - 80, total - regional - 10)
    const both = rng.int(0, regional)
    const chain = rng.pick([
      ['de-AT', 'de'],
      ['pt-BR', 'pt'],
      ['fr-CA', 'fr'],
      ['es-MX', 'es'],
    ] as const)
    // Regional keys override the base; keys in neither fall through to English.
    const english = total - (base + regional - both)
    return {
      stem: `An app has ${total} keys in its English source. The ${chain[0]} file holds ${regional} keys, the ${chain[1]} file ${base}, and ${both} keys are in both. Lookup falls back ${chain[0]} → ${chain[1]} → en. How many keys does a ${chain[0]} user see in English?`,
      key: String(english),
      wrong: [
        [String(total - base), 'ignores the regional file'],
        [String(total - base - regional), 'counts the shared keys twice'],
        [String(total - regional), 'ignores the language fallback'],
        [String(base + regional - both), 'counts the translated keys instead'],
        [String(total - base + both), 'adds the shared keys back as missing'],
      ],
      figures: { total, regional, base, both },
    }
  }),
  family('resource-file-count', (rng) => {
    const locales = rng.int(4, 12)
    const ns = rng.int(3, 9)
    const regional = rng.int(1, 3)
    return {
      stem: `${cap(product(rng))} keeps one JSON file per locale per namespace, with ${ns} namespaces. It ships English (the source) plus ${locales} target locales; ${regional} of those are regional variants that override only the common namespace, falling back to their language's files for the rest. How many JSON files are in the repository?`,
      key: String((1 + locales - regional) * ns + regional),
      wrong: [
        [String((1 + locales) * ns), 'gives regional variants a full set of files'],
        [
          String((1 + locales) * ns + regional),
          'reads the regional variants as extra locales beyond the targets',
        ],
        [
          String((1 + locales + regional) * ns),
          'reads the regional variants as extra locales, each with a full set',
        ],
        [String((locales - regional) * ns + regional), 'leaves out the English source files'],
        [String(1 + locales + ns), 'adds locales and namespaces instead of multiplying'],
        [String((1 + locales - regional) * ns), 'forgets the variants’ override files'],
      ],
      figures: { locales, ns, regional },
    }
  }),
]
