import type { Rng } from '../../rng.js'
import { scriptedModel } from './scripted-model.js'

const LOCALES = [
  ['de-DE', 'German (Germany)'],
  ['fr-FR', 'French (France)'],
  ['es-ES', 'Spanish (Spain)'],
  ['en-US', 'English (United States)'],
  ['en-GB', 'English (United Kingdom)'],
  ['pt-BR', 'Portuguese (Brazil)'],
  ['it-IT', 'Italian (Italy)'],
  ['nl-NL', 'Dutch (Netherlands)'],
  ['de-CH', 'German (Switzerland)'],
  ['en-IN', 'English (India)'],
  ['ja-JP', 'Japanese (Japan)'],
  ['pl-PL', 'Polish (Poland)'],
  ['sv-SE', 'Swedish (Sweden)'],
] as const

// Invisible no-break spaces would make options look identical; they are shown as plain spaces.
const VISIBLE = `.replace(/[\\u00a0\\u202f]/g, ' ')`

function others(rng: Rng, locale: string): string[] {
  return rng.shuffle(LOCALES.map(([l]) => l).filter((l) => l !== locale))
}

/** How a locale writes numbers, currency amounts and dates (CLDR data through Intl). */
export const localeFormatsModel = scriptedModel({
  id: 'l10n-locale-formats',
  title: 'Localisation: number, currency and date conventions',
  // Twelve other locales' formats, all of one shape: hiding the key's length and likeness in
  // most draws left it the option that crossing out the longest and the most similar found.
  aimKeyPlaces: true,
  build: (rng) => {
    const [locale, name] = rng.pick(LOCALES)
    const alternatives = others(rng, locale)
    const kind = rng.pick(['number', 'currency', 'date'] as const)
    const value = rng.int(1_000_000, 99_999_999) / 100
    const currency = rng.pick(['EUR', 'USD', 'CHF', 'JPY', 'GBP'])
    const dateMs = Date.UTC(rng.int(2024, 2030), rng.int(0, 11), rng.int(13, 28))
    const date = String(dateMs)
    const expr = (l: string) => {
      switch (kind) {
        case 'number':
          return `new Intl.NumberFormat('${l}', { minimumFractionDigits: 2 }).format(${value})`
        case 'currency':
          return `new Intl.NumberFormat('${l}', { style: 'currency', currency: '${currency}' }).format(${value})`
        case 'date':
          return `new Intl.DateTimeFormat('${l}', { dateStyle: 'short', timeZone: 'UTC' }).format(${date})`
      }
    }
    const what = {
      number: `the number ${value.toLocaleString('en-US')}`,
      currency: `the amount ${value.toLocaleString('en-US')} ${currency}`,
      date: `the date ${new Date(dateMs).toISOString().slice(0, 10)} in short form`,
    }[kind]
    return {
      stem: `How is ${what} conventionally written in ${name} (${locale}, per CLDR)?`,
      source: `console.log(${expr(locale)}${VISIBLE})`,
      mistakes: alternatives.map((l) => `console.log(${expr(l)}${VISIBLE})`),
      display: 'code',
    }
  },
})

const PLURAL_LOCALES = [
  ['pl', 'Polish'],
  ['ru', 'Russian'],
  ['uk', 'Ukrainian'],
  ['cs', 'Czech'],
  ['ar', 'Arabic'],
  ['cy', 'Welsh'],
  ['ga', 'Irish'],
  ['sl', 'Slovenian'],
  ['lt', 'Lithuanian'],
  ['fr', 'French'],
  ['ro', 'Romanian'],
  ['he', 'Hebrew'],
] as const

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other']

/** Which CLDR plural category a language uses for a number: what a translator's string needs. */
export const pluralRulesModel = scriptedModel({
  id: 'l10n-plural-rules',
  title: 'Localisation: CLDR plural categories',
  build: (rng) => {
    const [locale, name] = rng.pick(PLURAL_LOCALES)
    const n = rng.pick([0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 102, 111, rng.int(0, 200)])
    const source = `console.log(new Intl.PluralRules('${locale}').select(${n}))`
    return {
      stem: `In ${name} (${locale}), which CLDR plural category selects the message for the count ${n}?`,
      source,
      mistakes: [
        `console.log(new Intl.PluralRules('en').select(${n}))`,
        ...rng.shuffle(CATEGORIES).map((c) => `console.log('${c}')`),
      ],
    }
  },
})
