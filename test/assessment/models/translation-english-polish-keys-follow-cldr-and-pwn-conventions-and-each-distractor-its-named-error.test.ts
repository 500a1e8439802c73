import { expect, it } from 'vitest'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { everyKeyChoice, renderedChoices } from '../../support/translation-renderings.js'

/**
 * What can be checked of an English → Polish translation without a Polish grammar: numbers,
 * amounts, dates and times against the CLDR data for pl-PL (read through Intl, never the
 * families' own text), Roman-numeral centuries recomputed, and each distractor whose named error
 * is mechanical (capitals, diacritics, punctuation, separators, "nie" joined or apart, ty for
 * Pan) shown to be exactly that change of the key. The shared translation test proves the rest:
 * a key and at least three wrong options, each naming one error.
 */
const FAMILIES = TRANSLATION_FAMILIES['en-pl']!

const RENDERED = renderedChoices(FAMILIES)

/** Every free-variation choice of every key, drawn many times, for checks that hold of each. */
const everyKey = () => everyKeyChoice(FAMILIES, 1)

const PL = 'pl-PL'
/** CLDR separates groups with a no-break space; the options use an ordinary one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const plNumber = (value: number, decimals: number) =>
  plain(
    new Intl.NumberFormat(PL, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value),
  )
const plDayMonth = (date: Date) =>
  new Intl.DateTimeFormat(PL, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date)
const plTime = (hour: number, minute: number) =>
  new Intl.DateTimeFormat(PL, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5, hour, minute)),
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

/** Roman numerals by the subtractive rule, written here so the keys are not read back. */
function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let out = ''
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters
      n -= value
    }
  }
  return out
}

/** Letters with their Polish diacritics removed: what a keyboard without Polish layout types. */
const stripDiacritics = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
const PUNCTUATION = /[,.„”“"«»]/g
/** Second-person forms of ty and wy: what a text addressed as Pan, Pani or Państwo never holds. */
const INFORMAL =
  /(?<!\p{L})(?:ty|ci|cię|ciebie|twój|twoja|twoje|twoją|twoim|was|wam|mógłbyś|mogłabyś)(?!\p{L})/iu

describeEngineIndependent('English → Polish translation keys and distractors', () => {
  it('writes amounts, percentages and prices as CLDR formats them for pl-PL, and each separator error fails that', () => {
    const AMOUNT = /(\d{1,3}(?:[ .,]\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?=\s?(?:zł|złotych|%))/g
    const checked = { keys: 0, wrong: 0 }
    const cldrFormatted = (text: string) =>
      [...text.matchAll(AMOUNT)].every((m) => {
        const whole = Number(m[1]!.replace(/[ .,]/g, ''))
        const decimals = m[3]?.length ?? 0
        const value = whole + (decimals ? Number(m[3]) / 10 ** decimals : 0)
        return m[0] === plNumber(value, decimals)
      })
    for (const { id, key } of everyKey()) {
      if (!AMOUNT.test(key)) continue
      AMOUNT.lastIndex = 0
      checked.keys++
      expect(cldrFormatted(key), `${id}: ${key}`).toBe(true)
    }
    for (const { id, key, wrong } of RENDERED) {
      for (const w of wrong) {
        if (!/^format: (?:decimal point|comma as thousands)/.test(w.mistake ?? '')) continue
        checked.wrong++
        expect(cldrFormatted(w.value), `${id}: ${w.value}`).toBe(false)
        const digitsAlike = (text: string) => text.replace(/(\d)[ .,](\d)/g, '$1#$2')
        expect(digitsAlike(w.value), id).toBe(digitsAlike(key))
      }
    }
    expect(checked.keys).toBeGreaterThan(50)
    expect(checked.wrong).toBeGreaterThanOrEqual(6)
  })

  it('dates a source day and month as CLDR does (month in the genitive, lower case) and the year with "r."', () => {
    let checked = 0
    const DATE = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')})(?: (\\d{4}))?\\b`)
    for (const { id, source, key, wrong } of RENDERED) {
      const m = DATE.exec(source)
      if (!m) continue
      checked++
      const date = new Date(Date.UTC(Number(m[3] ?? 2026), EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      const expected = `${plDayMonth(date)}${m[3] ? ` ${m[3]} r.` : ''}`
      expect(key, id).toContain(expected)
      for (const w of wrong) {
        expect(w.value, `${id}: ${w.mistake}`).not.toBe(key)
        if (w.mistake?.startsWith('capitalisation')) {
          expect(w.value.toLowerCase(), id).toBe(key.toLowerCase())
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6)
  })

  it('gives p.m. clock times in the 24-hour form and "half past" as "wpół do" the next hour', () => {
    const NEXT_HOUR_GENITIVE = [
      '',
      'pierwszej',
      'drugiej',
      'trzeciej',
      'czwartej',
      'piątej',
      'szóstej',
      'siódmej',
    ]
    const EN_NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven']
    let checked = 0
    for (const { id, source, key } of everyKey()) {
      const pm = /\b(\d{1,2}) p\.m\./.exec(source)
      if (pm) {
        checked++
        expect(key, id).toContain(`o ${plTime(Number(pm[1]) + 12, 0)}`)
      }
      const half = /half past (\w+)/.exec(source)
      if (half) {
        checked++
        const hour = EN_NUMBERS.indexOf(half[1]!)
        expect(hour, id).toBeGreaterThan(0)
        const either = [`wpół do ${NEXT_HOUR_GENITIVE[hour + 1]}`, plTime(hour + 12, 30)]
        expect(
          either.some((form) => key.includes(form)),
          `${id}: ${key}`,
        ).toBe(true)
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20)
  })

  it('numbers centuries in Roman numerals with no point, the named wrong century one less', () => {
    let checked = 0
    for (const { id, source, key, wrong } of RENDERED) {
      const m = /\b(\d{1,2})(?:st|nd|rd|th) century/.exec(source)
      if (!m) continue
      checked++
      const n = Number(m[1])
      expect(key, id).toContain(` ${roman(n)} wieku`)
      const before = wrong.find((w) => w.mistake?.includes('century before'))
      expect(before?.value, id).toContain(` ${roman(n - 1)} wieku`)
    }
    expect(checked).toBe(3)
  })

  it('makes each mechanical error exactly that change of the key', () => {
    const counts = new Map<string, number>()
    const seen = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1)
    for (const { id, key, wrong } of RENDERED) {
      for (const w of wrong) {
        const mistake = w.mistake ?? ''
        const where = `${id}: ${w.value} (${mistake})`
        if (mistake.startsWith('capitalisation')) {
          seen('capitalisation')
          expect(w.value.toLowerCase(), where).toBe(key.toLowerCase())
        } else if (mistake.startsWith('punctuation')) {
          seen('punctuation')
          expect(w.value.replace(PUNCTUATION, ''), where).toBe(key.replace(PUNCTUATION, ''))
        } else if (/diacritics dropped|accent of|"u" for "ó"/.test(mistake)) {
          seen('diacritics')
          expect(stripDiacritics(w.value).replace(/u/g, 'o'), where).toBe(
            stripDiacritics(key).replace(/u/g, 'o'),
          )
        } else if (/"nie" (?:written apart|joined)/.test(mistake)) {
          seen('nie')
          expect(w.value.replace(/ /g, ''), where).toBe(key.replace(/ /g, ''))
        } else if (mistake.startsWith('register: "ty"')) {
          seen('ty')
          expect(INFORMAL.test(w.value), where).toBe(true)
          expect(INFORMAL.test(key), `${id}: ${key}`).toBe(false)
        }
      }
    }
    expect(Object.fromEntries(counts)).toMatchObject({
      capitalisation: expect.any(Number),
      punctuation: expect.any(Number),
      diacritics: expect.any(Number),
      nie: expect.any(Number),
      ty: expect.any(Number),
    })
    expect(counts.get('capitalisation')).toBeGreaterThanOrEqual(8)
    expect(counts.get('punctuation')).toBeGreaterThanOrEqual(10)
  })

  it('puts quotations in Polish marks „…” and writes the diacritics of every key', () => {
    let quoted = 0
    for (const { id, source, key } of everyKey()) {
      if (/"[^"]+"/.test(source)) {
        quoted++
        expect(key, id).toMatch(/„[^„”]+”/)
      }
      // A key never holds an English quotation mark, and no key word has lost its diacritics
      // the way the keyboard-without-Polish-layout error loses them.
      expect(key, id).not.toMatch(/["“]/)
      expect(key, id).not.toMatch(
        /(?<!\p{L})(?:Dziekuje|Dziekujemy|sie|cierpliwosc|wiecej)(?!\p{L})/u,
      )
    }
    expect(quoted).toBeGreaterThan(0)
  })

  it('addresses a client as Pan, Pani or Państwo, with a capital, whenever the source says so', () => {
    let checked = 0
    for (const { id, source, key } of everyKey()) {
      if (
        !/\[(?:Formal|Email to a client|Closing an email to a client|Newsletter that addresses customers as Państwo)/.test(
          source,
        )
      )
        continue
      checked++
      expect(INFORMAL.test(key), `${id}: ${key}`).toBe(false)
      expect(key, id).not.toMatch(/(?<!\p{L})(?:pan|pani|panu|pana|państwa|państwo)(?!\p{L})/u)
    }
    expect(checked).toBeGreaterThan(20)
  })
})
