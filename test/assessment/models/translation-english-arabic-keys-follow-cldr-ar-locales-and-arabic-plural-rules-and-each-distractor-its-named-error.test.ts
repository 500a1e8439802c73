import { expect, it } from 'vitest'
import {
  choiceCount,
  choose,
  translationOptions,
} from '../../../src/assessment/models/translation/translation-model.js'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/**
 * What can be checked of an English → Arabic translation without an Arabic grammar: dates
 * (Gregorian with the month names of Egypt, the Gulf or the Levant, and Hijri by the Umm al-Qura
 * calendar), numbers, currency amounts, percentages and times against the CLDR data of the Arabic
 * locale each brief names (read through Intl, never the families' own text); the noun a number
 * takes by Intl.PluralRules('ar') and a numeral and noun table written here; foreign names by a
 * table of their usual transliterations; and each distractor whose named error is mechanical
 * (Western for Arabic-Indic digits or the reverse, Latin punctuation, another locale's month
 * names) shown to be that change. The shared translation test proves the rest: a key and at
 * least three wrong options, each naming one error.
 */
const FAMILIES = TRANSLATION_FAMILIES['en-ar']!

/** The bidirectional marks CLDR puts around amounts and percentages; a text does not show them. */
const bare = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '')

/**
 * Each coupled choice of each family rendered once per position of its free variation, key and
 * wrong options alike, so a check can hold of every wording or find the wording an error edits.
 */
const RENDERINGS = FAMILIES.flatMap((family) =>
  Array.from({ length: choiceCount(family) }, (_, k) => {
    const frame = choose(family.frame, k)
    const at = (i: number) => translationOptions(frame, (c) => c[i % c.length]!)
    const options = [0, 1, 2].map(at)
    const keys = [...new Set(options.map((o) => o.key.value))]
    const wrong = options[0]!.wrong.map((w, j) => ({
      mistake: w.mistake ?? '',
      values: [...new Set(options.map((o) => o.wrong[j]!.value))],
    }))
    return { id: family.id, source: choose(family.source, k), keys, wrong }
  }),
)

/** Keys drawn with their free variation as the item model draws them. */
const DRAWN = drawFamilies(
  FAMILIES.map((family) => ({
    id: family.id,
    draw: (rng: { int(min: number, max: number): number; pick<T>(c: readonly T[]): T }) => {
      const k = rng.int(0, choiceCount(family) - 1)
      const { key } = translationOptions(choose(family.frame, k), (c) => rng.pick(c))
      return { source: choose(family.source, k), key: key.value }
    },
  })),
  12,
  2026_12_04,
)

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The locale a brief names, as CLDR spells it; Saudi Gregorian dates ask for that calendar. */
function localeOf(source: string): string | undefined {
  if (/Hijri/.test(source)) return 'ar-SA-u-ca-islamic-umalqura'
  if (/Saudi/.test(source)) return 'ar-SA-u-ca-gregory'
  if (/UAE/.test(source)) return 'ar-AE'
  if (/Jordan/.test(source)) return 'ar-JO'
  if (/Egyptian/.test(source)) return 'ar-EG'
  return undefined
}
const dateIn = (locale: string, date: Date) =>
  bare(
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date),
  )
const weekdayIn = (locale: string, date: Date) =>
  bare(
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(date),
  )
const numberIn = (locale: string, value: number, options: Intl.NumberFormatOptions = {}) =>
  bare(new Intl.NumberFormat(locale, options).format(value))

/** Western digits and separators as the Arabic-Indic ones, and back, written out here. */
const INDIC = '٠١٢٣٤٥٦٧٨٩'
const toIndic = (s: string) =>
  s
    .replace(/\d/g, (d) => INDIC[Number(d)]!)
    .replace(/(?<=[٠-٩]),(?=[٠-٩])/g, '٬')
    .replace(/(?<=[٠-٩])\.(?=[٠-٩])/g, '٫')
    .replace(/%/g, '٪')
const toWestern = (s: string) =>
  s
    .replace(/[٠-٩]/g, (d) => String(INDIC.indexOf(d)))
    .replace(/٬/g, ',')
    .replace(/٫/g, '.')
    .replace(/٪/g, '%')

/**
 * Numerals 3 to 10 before a masculine and before a feminine noun: the numeral takes the other
 * gender (ثلاثة مهندسين, ثلاث شركات). From 13 to 19 the unit keeps that rule and عشر agrees.
 */
const UNITS: Record<number, { m: string; f: string }> = {
  3: { m: 'ثلاثة', f: 'ثلاث' },
  4: { m: 'أربعة', f: 'أربع' },
  5: { m: 'خمسة', f: 'خمس' },
  6: { m: 'ستة', f: 'ست' },
  7: { m: 'سبعة', f: 'سبع' },
  8: { m: 'ثمانية', f: 'ثماني' },
  9: { m: 'تسعة', f: 'تسع' },
  10: { m: 'عشرة', f: 'عشر' },
}
/** Tens in the nominative, as the subject of a sentence. */
const TENS: Record<number, string> = { 20: 'عشرون', 30: 'ثلاثون', 40: 'أربعون' }
const HUNDREDS: Record<number, string> = { 100: 'مئة', 1000: 'ألف' }

/**
 * The counted nouns of the sources: gender of the singular, the genitive plural after 3 to 10,
 * the accusative singular after 11 to 99 (unvocalised ة carries no tanwīn alif), the genitive
 * singular after 100 and 1000, and the dual.
 */
const NOUNS: Record<
  string,
  { g: 'm' | 'f'; plural: string; acc: string; gen: string; dual?: readonly string[] }
> = {
  engineers: {
    g: 'm',
    plural: 'مهندسين',
    acc: 'مهندسًا',
    gen: 'مهندس',
    dual: ['مهندسان', 'مهندسين'],
  },
  managers: { g: 'm', plural: 'مديرين', acc: 'مديرًا', gen: 'مدير', dual: ['مديران', 'مديرين'] },
  accountants: {
    g: 'm',
    plural: 'محاسبين',
    acc: 'محاسبًا',
    gen: 'محاسب',
    dual: ['محاسبان', 'محاسبين'],
  },
  companies: { g: 'f', plural: 'شركات', acc: 'شركة', gen: 'شركة' },
  days: { g: 'm', plural: 'أيام', acc: 'يومًا', gen: 'يوم' },
  cars: { g: 'f', plural: 'سيارات', acc: 'سيارة', gen: 'سيارة', dual: ['سيارتان', 'سيارتين'] },
  printers: { g: 'f', plural: 'طابعات', acc: 'طابعة', gen: 'طابعة', dual: ['طابعتان', 'طابعتين'] },
  machines: { g: 'f', plural: 'آلات', acc: 'آلة', gen: 'آلة', dual: ['آلتان', 'آلتين'] },
  branches: { g: 'm', plural: 'فروع', acc: 'فرعًا', gen: 'فرع' },
  employees: { g: 'm', plural: 'موظفين', acc: 'موظفًا', gen: 'موظف' },
  orders: { g: 'm', plural: 'طلبات', acc: 'طلبًا', gen: 'طلب' },
  units: { g: 'f', plural: 'وحدات', acc: 'وحدة', gen: 'وحدة' },
  visitors: { g: 'm', plural: 'زوار', acc: 'زائرًا', gen: 'زائر' },
}

/** The numeral a count is written with in words, or undefined where figures are written. */
function numeralFor(n: number, g: 'm' | 'f'): string | undefined {
  const other = g === 'm' ? 'm' : 'f'
  if (UNITS[n]) return UNITS[n]![other]
  if (n > 10 && n < 20 && UNITS[n - 10])
    return `${UNITS[n - 10]![other]} ${g === 'm' ? 'عشر' : 'عشرة'}`
  return TENS[n] ?? HUNDREDS[n]
}

/** The noun form Arabic takes after a number, by the CLDR plural category of that number. */
const PLURAL = new Intl.PluralRules('ar')
function nounAfter(n: number, noun: (typeof NOUNS)[string]): string {
  const category = PLURAL.select(n)
  if (category === 'few') return noun.plural
  if (category === 'many') return noun.acc
  if (category === 'other') return noun.gen
  throw new Error(`no table row for ${category}`)
}

/** Whether `text` holds `phrase` as whole words (طلب is not in طلبات). */
const wordsIn = (text: string, phrase: string) =>
  new RegExp(`(?<![\u0621-\u0652])${phrase}(?![\u0621-\u0652])`).test(text)

/** Usual Arabic transliterations of the English names the sources use. */
const NAMES: Record<string, string> = {
  'John Smith': 'جون سميث',
  'Mary Brown': 'ماري براون',
  'David Miller': 'ديفيد ميلر',
}

describeEngineIndependent('English → Arabic translation keys and distractors', () => {
  it('draws every family', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('writes a dated source as CLDR does for the locale its brief names, and no date or digit error holds that date', () => {
    let checked = 0
    const DATE = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')}) (\\d{4})\\b`)
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const m = DATE.exec(source)
      const locale = localeOf(source)
      if (!m || !locale) continue
      checked++
      const date = new Date(Date.UTC(Number(m[3]), EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      const cldr = dateIn(locale, date)
      for (const key of keys) expect(key, id).toContain(cldr)
      for (const w of wrong)
        for (const value of w.values) expect(value, `${id}: ${w.mistake}`).not.toContain(cldr)
      if (locale.includes('islamic')) expect(cldr, id).toMatch(/هـ$/)
    }
    expect(checked).toBe(15)
  })

  it('names the weekday of a date as CLDR ar-EG does, with the Arabic comma after it', () => {
    let checked = 0
    const DAY = new RegExp(`\\w+day, (\\d{1,2}) (${EN_MONTHS.join('|')})`)
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const m = DAY.exec(source)
      if (!m) continue
      checked++
      const cldr = weekdayIn('ar-EG', new Date(Date.UTC(2026, EN_MONTHS.indexOf(m[2]!), +m[1]!)))
      expect(cldr, id).toContain('،')
      for (const key of keys) expect(key, id).toContain(cldr)
      for (const w of wrong) for (const value of w.values) expect(value, id).not.toContain(cldr)
    }
    expect(checked).toBe(3)
  })

  it('uses the month names of the locale a brief names, and an error of that kind uses another locale’s', () => {
    let checked = 0
    for (const { id, source, wrong } of RENDERINGS) {
      for (const w of wrong) {
        const m = /^format: the (Levantine|Egyptian and Gulf) month names/.exec(w.mistake)
        if (!m) continue
        checked++
        const other = m[1] === 'Levantine' ? 'ar-JO' : 'ar-EG'
        const date = new RegExp(`(\\d{1,2}) (${EN_MONTHS.join('|')}) (\\d{4})`).exec(source)!
        const at = new Date(Date.UTC(+date[3]!, EN_MONTHS.indexOf(date[2]!), +date[1]!))
        const month = bare(
          new Intl.DateTimeFormat(other, { month: 'long', timeZone: 'UTC' }).format(at),
        )
        for (const value of w.values) expect(value, `${id}: ${value}`).toContain(month)
      }
    }
    expect(checked).toBe(9)
  })

  it('writes riyal, dirham and Egyptian pound amounts as CLDR does for the brief’s locale, symbol after the amount', () => {
    let checked = 0
    const CURRENCY: Record<string, string> = {
      SAR: 'ar-SA',
      AED: 'ar-AE',
      EGP: 'ar-EG',
    }
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const m = /\b(SAR|AED|EGP) ([\d,]+\.\d{2})/.exec(source)
      if (!m) continue
      checked++
      const cldr = numberIn(CURRENCY[m[1]!]!, Number(m[2]!.replace(/,/g, '')), {
        style: 'currency',
        currency: m[1]!,
      })
      for (const key of keys) expect(key, id).toContain(cldr)
      for (const w of wrong) for (const value of w.values) expect(value, id).not.toContain(cldr)
    }
    expect(checked).toBe(9)
  })

  it('writes counts, decimals and percentages in the digits and separators of the brief’s locale', () => {
    let checked = 0
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const locale = localeOf(source)
      const m = /\b([\d,]+(?:\.\d+)?)(%| kg| units| visitors)/.exec(source)
      if (!m || !locale) continue
      checked++
      const value = Number(m[1]!.replace(/,/g, ''))
      const cldr =
        m[2] === '%' ? numberIn(locale, value / 100, { style: 'percent' }) : numberIn(locale, value)
      for (const key of keys) expect(key, id).toContain(cldr)
      for (const w of wrong) for (const value of w.values) expect(value, id).not.toContain(cldr)
    }
    expect(checked).toBe(12)
  })

  it('gives a p.m. time in the 12-hour CLDR ar-SA form with م', () => {
    let checked = 0
    for (const { id, source, keys } of RENDERINGS) {
      const m = /\b(\d{1,2}) p\.m\./.exec(source)
      if (!m) continue
      checked++
      const cldr = bare(
        new Intl.DateTimeFormat('ar-SA', {
          hour: 'numeric',
          minute: '2-digit',
          timeZone: 'UTC',
        }).format(new Date(Date.UTC(2026, 0, 5, Number(m[1]) + 12))),
      )
      expect(cldr, id).toMatch(/م$/)
      for (const key of keys) expect(key, id).toContain(cldr)
    }
    expect(checked).toBe(3)
  })

  it('keeps every key in the digits its brief asks for, and makes each digit error exactly that change', () => {
    const counts = { indic: 0, western: 0, errors: 0 }
    for (const { id, source, keys, wrong } of RENDERINGS) {
      for (const key of keys) {
        if (/Arabic-Indic digits/.test(source)) {
          counts.indic++
          expect(key, id).not.toMatch(/\d/)
        } else if (/Western digits/.test(source)) {
          counts.western++
          expect(key, id).not.toMatch(/[٠-٩]/)
        }
      }
      for (const w of wrong) {
        if (!w.mistake.startsWith('digits')) continue
        counts.errors++
        const convert = /^digits: Western/.test(w.mistake) ? toWestern : toIndic
        const edited = keys.map(convert)
        expect(
          w.values.some((v) => edited.includes(v)),
          `${id}: ${w.values[0]}`,
        ).toBe(true)
        for (const value of w.values) expect(keys, id).not.toContain(value)
      }
    }
    expect(counts.indic).toBeGreaterThanOrEqual(20)
    expect(counts.western).toBeGreaterThanOrEqual(9)
    expect(counts.errors).toBeGreaterThanOrEqual(12)
  })

  it('counts a noun by the CLDR plural category of its number and the numeral table, and each numeral error breaks that rule', () => {
    const counts = { keys: 0, agreement: 0, number: 0 }
    const COUNTED = new RegExp(
      `\\b(\\d[\\d,]*|Two|two)(?: new)? (${Object.keys(NOUNS).join('|')})\\b`,
    )
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const m = COUNTED.exec(source)
      if (!m || /digits/.test(source)) continue
      const noun = NOUNS[m[2]!]!
      counts.keys++
      if (/^two/i.test(m[1]!)) {
        expect(PLURAL.select(2)).toBe('two')
        for (const key of keys)
          expect(
            noun.dual?.some((d) => key.includes(d)),
            id,
          ).toBe(true)
        continue
      }
      const n = Number(m[1]!.replace(/,/g, ''))
      const numeral = numeralFor(n, noun.g)
      const phrase = `${numeral} ${nounAfter(n, noun)}`
      for (const key of keys) expect(wordsIn(key, phrase), `${id}: ${key}`).toBe(true)
      for (const w of wrong) {
        if (w.mistake.startsWith('agreement: the numeral in the gender of its noun')) {
          counts.agreement++
          const same = numeralFor(n, noun.g === 'm' ? 'f' : 'm')
          for (const v of w.values) expect(v, id).toContain(`${same} ${nounAfter(n, noun)}`)
        } else if (/^number: (a|an) (plural|singular|accusative|genitive)/.test(w.mistake)) {
          counts.number++
          for (const v of w.values) expect(wordsIn(v, phrase), `${id}: ${v}`).toBe(false)
        }
      }
    }
    expect(counts.keys).toBe(32)
    expect(counts.agreement).toBe(15)
    expect(counts.number).toBeGreaterThanOrEqual(24)
  })

  it('writes a foreign name in Arabic script by its usual transliteration', () => {
    let checked = 0
    for (const { id, source, keys, wrong } of RENDERINGS) {
      const m = /guest today is (\w+ \w+)\./.exec(source)
      if (!m) continue
      checked++
      for (const key of keys) expect(key, id).toContain(NAMES[m[1]!]!)
      for (const w of wrong) for (const v of w.values) expect(v, id).not.toContain(NAMES[m[1]!]!)
    }
    expect(checked).toBe(3)
  })

  it('punctuates every key with the Arabic comma and question mark, and makes each punctuation error only that change', () => {
    let errors = 0
    const PUNCTUATION = /[،,؟?.!:\s]/g
    for (const { id, keys, wrong } of RENDERINGS) {
      for (const key of keys) {
        expect(key, id).not.toMatch(/\?/)
        expect(toWestern(key).replace(/\d,\d/g, ''), `${id}: ${key}`).not.toMatch(/,/)
      }
      for (const w of wrong) {
        if (!w.mistake.startsWith('punctuation')) continue
        errors++
        const stripped = keys.map((k) => k.replace(PUNCTUATION, ''))
        expect(
          w.values.some((v) => stripped.includes(v.replace(PUNCTUATION, ''))),
          `${id}: ${w.values[0]}`,
        ).toBe(true)
        for (const v of w.values) expect(keys, id).not.toContain(v)
      }
    }
    expect(errors).toBe(15)
  })
})
