import { expect, it } from 'vitest'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { everyKeyChoice, renderedChoices } from '../../support/translation-renderings.js'

/**
 * What can be checked of an English → Russian translation without a Russian grammar: numbers,
 * amounts, dates and times against the CLDR data for ru-RU (read through Intl, never the
 * families' own text), the noun form after a number by the CLDR plural category of that number,
 * Roman-numeral centuries recomputed, passport names transliterated back by the ICAO table, and
 * each distractor whose named error is mechanical (capitals, punctuation, hyphens, ё, ты for
 * Вы) shown to be exactly that change of the key. The shared translation test proves the rest:
 * a key and at least three wrong options, each naming one error.
 */
const FAMILIES = TRANSLATION_FAMILIES['en-ru']!

const RENDERED = renderedChoices(FAMILIES)

/** Every free-variation choice of every key, drawn many times, for checks that hold of each. */
const everyKey = () => everyKeyChoice(FAMILIES, 7)

const RU = 'ru-RU'
/** CLDR separates groups with a no-break space; the options use an ordinary one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const ruNumber = (value: number, decimals: number) =>
  plain(
    new Intl.NumberFormat(RU, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value),
  )
const ruRoubles = (value: number) =>
  plain(new Intl.NumberFormat(RU, { style: 'currency', currency: 'RUB' }).format(value))
const ruDate = (date: Date, withYear: boolean) =>
  plain(
    new Intl.DateTimeFormat(RU, {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(date),
  )
const ruTime = (hour: number) =>
  new Intl.DateTimeFormat(RU, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5, hour, 0)),
  )
const RU_PLURAL = new Intl.PluralRules('ru')
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

/**
 * The noun forms of the counted words the sources use, one per CLDR plural category of the
 * number before them (one: 1, 21, 101; few: 2–4, 22–24; many: 5–20, 25–30 …), written from a
 * grammar table rather than read from the families.
 */
const COUNTED: Record<string, Record<'one' | 'few' | 'many', string>> = {
  files: { one: 'файл', few: 'файла', many: 'файлов' },
  pages: { one: 'страница', few: 'страницы', many: 'страниц' },
  days: { one: 'день', few: 'дня', many: 'дней' },
  roubles: { one: 'рубль', few: 'рубля', many: 'рублей' },
}

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

/** Cyrillic to Latin as ICAO Doc 9303 transliterates Russian names in machine-readable passports. */
const ICAO: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
}
const icao = (name: string) =>
  [...name]
    .map((ch) => {
      const lower = ch.toLowerCase()
      const latin = ICAO[lower]
      if (latin === undefined) return ch
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1)
    })
    .join('')

/** Marks whose omission or swap is a punctuation error; spaces go too, since a dash brings them. */
const PUNCTUATION = /[\s,.:;!?«»„“”"\-—]/g
/** Second-person singular forms: what a text to a client addressed as Вы never holds. */
const INFORMAL =
  /(?<!\p{L})(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твою|твоего|твоей|мог бы)(?!\p{L})/iu
/** The lower-case polite forms, wrong to one reader of a letter, right to several. */
const LOWER_VY =
  /(?<!\p{L})(?:вы|вас|вам|вами|ваш|ваша|ваше|вашу|ваши|вашего|вашей|вашему)(?!\p{L})/u
const CAPITAL_VY =
  /(?<!\p{L})(?:Вы|Вас|Вам|Вами|Ваш|Ваша|Ваше|Вашу|Ваши|Вашего|Вашей|Вашему)(?!\p{L})/u

describeEngineIndependent('English → Russian translation keys and distractors', () => {
  it('writes amounts and weights as CLDR formats them for ru-RU, and each separator error fails that', () => {
    const AMOUNT = /(\d{1,3}(?:[ .,]\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?=\s(?:₽|рубл|кг))/g
    const checked = { keys: 0, wrong: 0 }
    const cldrFormatted = (text: string) =>
      [...text.matchAll(AMOUNT)].every((m) => {
        const whole = Number(m[1]!.replace(/[ .,]/g, ''))
        const decimals = m[3]?.length ?? 0
        const value = whole + (decimals ? Number(m[3]) / 10 ** decimals : 0)
        return m[0] === ruNumber(value, decimals)
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
    expect(checked.keys).toBeGreaterThan(30)
    expect(checked.wrong).toBeGreaterThanOrEqual(4)
  })

  it('converts a rouble amount to the CLDR ru-RU currency form, ₽ after it', () => {
    let checked = 0
    for (const { id, source, key, wrong } of RENDERED) {
      const m = /₽([\d,]+\.\d{2})/.exec(source)
      if (!m) continue
      checked++
      const value = Number(m[1]!.replace(/,/g, ''))
      expect(key, id).toContain(ruRoubles(value))
      for (const w of wrong) expect(w.value, id).not.toContain(ruRoubles(value))
    }
    expect(checked).toBe(3)
  })

  it('puts the noun after a number in the form of the number’s CLDR plural category', () => {
    let checked = 0
    for (const { id, source, key, wrong } of RENDERED) {
      const m = /\b(\d{1,3}(?:,\d{3})*) (files|pages|days|roubles)\b/.exec(source)
      if (!m) continue
      checked++
      const n = Number(m[1]!.replace(/,/g, ''))
      const forms = COUNTED[m[2]!]!
      const category = RU_PLURAL.select(n) as 'one' | 'few' | 'many'
      expect(key, id).toContain(`${ruNumber(n, 0)} ${forms[category]}`)
      // Each named case error after the number is the form of another plural category, or a
      // nominative plural a learner reaches for; never the key's form.
      for (const w of wrong) {
        if (!/^case: .*(?:after|number)/.test(w.mistake ?? '')) continue
        expect(w.value, `${id}: ${w.value}`).not.toContain(`${ruNumber(n, 0)} ${forms[category]}`)
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12)
  })

  it('dates a source day and month as CLDR does (month in the genitive, lower case) and the year with "г."', () => {
    let checked = 0
    const DATE = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')})(?: (\\d{4}))?\\b`)
    for (const { id, source, key, wrong } of RENDERED) {
      const m = DATE.exec(source)
      if (!m) continue
      checked++
      const date = new Date(Date.UTC(Number(m[3] ?? 2026), EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      expect(key, id).toContain(ruDate(date, m[3] !== undefined))
      for (const w of wrong) {
        expect(w.value, `${id}: ${w.mistake}`).not.toBe(key)
        if (w.mistake?.startsWith('capitalisation')) {
          expect(w.value.toLowerCase(), id).toBe(key.toLowerCase())
        }
      }
    }
    expect(checked).toBe(6)
  })

  it('gives p.m. clock times in the 24-hour form', () => {
    let checked = 0
    for (const { id, source, key } of everyKey()) {
      const pm = /\b(\d{1,2}) p\.m\./.exec(source)
      if (!pm) continue
      checked++
      expect(key, id).toContain(` ${ruTime(Number(pm[1]) + 12)}`)
    }
    expect(checked).toBeGreaterThanOrEqual(20)
  })

  it('numbers centuries in Roman numerals without an ending, the named wrong century one less', () => {
    let checked = 0
    for (const { id, source, key, wrong } of RENDERED) {
      const m = /\b(\d{1,2})(?:st|nd|rd|th) century/.exec(source)
      if (!m) continue
      checked++
      const n = Number(m[1])
      expect(key, id).toContain(`в ${roman(n)} веке`)
      const before = wrong.find((w) => w.mistake?.includes('century before'))
      expect(before?.value, id).toContain(`в ${roman(n - 1)} веке`)
    }
    expect(checked).toBe(3)
  })

  it('writes an ordinal figure with the one-letter neuter ending "-е"', () => {
    let checked = 0
    for (const { id, source, key } of RENDERED) {
      const m = /\b(\d+)(?:st|nd|rd|th) edition/.exec(source)
      if (!m) continue
      checked++
      expect(key, id).toContain(`${m[1]}-е издание`)
    }
    expect(checked).toBe(3)
  })

  it('writes passport names that the ICAO table turns back into the source spelling', () => {
    let checked = 0
    // A Russian form may put the surname first: names compare as sets of words.
    const words = (name: string) => name.split(' ').sort().join(' ')
    const nameIn = (text: string) => words(/: ([^.:]+)\.$/.exec(text)![1]!)
    for (const { id, source, key, wrong } of RENDERED) {
      if (!source.includes('ICAO')) continue
      const latin = words(/Guest: ([^.]+)\./.exec(source)![1]!)
      const cyrillic = nameIn(key)
      checked++
      expect(words(icao(cyrillic)), id).toBe(latin)
      for (const w of wrong) {
        const name = nameIn(w.value)
        // ICAO writes й and и alike, and я as "ia": a letter-by-letter reading goes back to the
        // same Latin spelling, which is why it is a misreading and not a second correct form.
        const lossy = w.mistake?.includes('letter by letter') ?? false
        expect(words(icao(name)) === latin, `${id}: ${w.value}`).toBe(lossy)
        expect(name, id).not.toBe(cyrillic)
      }
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
        } else if (/hyphen .*dropped/.test(mistake)) {
          seen('hyphen')
          expect(w.value.replace(/[-\s]/g, ''), where).toBe(key.replace(/[-\s]/g, ''))
        } else if (mistake.startsWith('spelling: "е" for "ё"')) {
          seen('ё')
          expect(key, where).toMatch(/ё/)
          expect(w.value, where).toBe(key.replace(/ё/g, 'е'))
        } else if (mistake.startsWith('register: "ты"')) {
          seen('ты')
          expect(INFORMAL.test(w.value), where).toBe(true)
          expect(INFORMAL.test(key), `${id}: ${key}`).toBe(false)
        }
      }
    }
    expect(counts.get('capitalisation')).toBeGreaterThanOrEqual(8)
    expect(counts.get('punctuation')).toBeGreaterThanOrEqual(8)
    expect(counts.get('hyphen')).toBeGreaterThanOrEqual(2)
    expect(counts.get('ё')).toBe(1)
    expect(counts.get('ты')).toBeGreaterThanOrEqual(6)
  })

  it('quotes in «ёлочки» with „лапки“ inside, and sets the dash between spaces', () => {
    let quoted = 0
    for (const { id, source, key } of everyKey()) {
      if (/"[^"]+"/.test(source)) {
        quoted++
        expect(key, id).toMatch(/«[^«»]+»/)
        if (/"[^"]*"[^"]+"[^"]*"/.test(source)) expect(key, id).toMatch(/«[^«»]*„[^„“]+“[^«»]*»/)
      }
      // „…“ closes with the mark English opens with; a key never holds a straight or a ” mark.
      expect(key, id).not.toMatch(/["”]/)
      expect(key, id).not.toMatch(/\S—|—\S| - /)
    }
    expect(quoted).toBeGreaterThan(0)
  })

  it('addresses one client as Вы with a capital, a team as вы, and a friend as ты', () => {
    const checked = { client: 0, team: 0, friend: 0 }
    for (const { id, source, key } of everyKey()) {
      if (/^\[(?:Formal letter|Email to a client)/.test(source)) {
        checked.client++
        expect(INFORMAL.test(key), `${id}: ${key}`).toBe(false)
        expect(LOWER_VY.test(key), `${id}: ${key}`).toBe(false)
      } else if (source.startsWith('[Email to the whole')) {
        checked.team++
        expect(LOWER_VY.test(key), `${id}: ${key}`).toBe(true)
        expect(CAPITAL_VY.test(key), `${id}: ${key}`).toBe(false)
      } else if (source.startsWith('[Message to a close friend]')) {
        checked.friend++
        expect(CAPITAL_VY.test(key) || LOWER_VY.test(key), `${id}: ${key}`).toBe(false)
      }
    }
    expect(checked.client).toBeGreaterThan(60)
    expect(checked.team).toBeGreaterThan(0)
    expect(checked.friend).toBeGreaterThan(10)
  })

  it('writes ё where a style guide asks for it', () => {
    let checked = 0
    for (const { id, source, key } of everyKey()) {
      if (!source.includes('write ё')) continue
      checked++
      expect(key, id).toMatch(/ё/)
    }
    expect(checked).toBeGreaterThan(0)
  })
})
