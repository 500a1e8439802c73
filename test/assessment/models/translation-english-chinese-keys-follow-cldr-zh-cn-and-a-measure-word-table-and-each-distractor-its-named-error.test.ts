import { expect, it } from 'vitest'
import {
  choiceCount,
  choose,
  translationOptions,
} from '../../../src/assessment/models/translation/translation-model.js'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { renderedChoices } from '../../support/translation-renderings.js'

/**
 * What can be checked of an English → Chinese (mainland China) translation without a Chinese
 * grammar: dates, large numbers in 万 and 亿, yuan amounts and clock times against the CLDR data
 * for zh-CN (read through Intl, never the families' own text), the measure word after a number
 * by a table written here, foreign names by a table of their standard transliterations, and each
 * distractor whose named error is mechanical (half-width punctuation, spaces between words, 的,
 * 地 and 得, 二 for 两, 你 for 您) shown to be exactly that change. The shared translation test
 * proves the rest: a key and at least three wrong options, each naming one error.
 */
const FAMILIES = TRANSLATION_FAMILIES['en-zh']!

const RENDERED = renderedChoices(FAMILIES)

/** Keys drawn with their free variation, for the checks that hold of every rendering. */
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
const everyKey = () => DRAWN.map((d) => ({ id: d.family, ...d.s }))

const ZH = 'zh-CN'
const zhDate = (date: Date, withYear: boolean) =>
  new Intl.DateTimeFormat(ZH, {
    ...(withYear ? { year: 'numeric' } : {}),
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
/** Large numbers as CLDR zh-CN counts them: in 万 (10⁴) and 亿 (10⁸). */
const zhCount = (value: number) =>
  new Intl.NumberFormat(ZH, { notation: 'compact', maximumFractionDigits: 2 }).format(value)
const zhYuan = (value: number) =>
  new Intl.NumberFormat(ZH, { style: 'currency', currency: 'CNY' }).format(value)
const zhFixed2 = (value: number) =>
  new Intl.NumberFormat(ZH, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
const at = (hour: number) => new Date(Date.UTC(2026, 0, 5, hour, 0))
const zh24 = (hour: number) =>
  new Intl.DateTimeFormat(ZH, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(at(hour))
const zh12 = (hour: number) =>
  new Intl.DateTimeFormat(ZH, { hour: 'numeric', hour12: true, timeZone: 'UTC' }).format(at(hour))
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
/** Chinese numerals as a count is read before a measure word (两 for two). */
const NUMERALS: Record<string, string> = {
  '2': '两',
  two: '两',
  '3': '三',
  '4': '四',
  '5': '五',
  '6': '六',
  '7': '七',
  '8': '八',
  '10': '十',
  '12': '十二',
}

/**
 * The measure word each counted noun of the sources takes, written from a grammar table
 * rather than read from the families: 本 for bound volumes, 张 for flat surfaces, 辆 for
 * vehicles, 台 for machines, 封 for letters, 件 for tops, 把 for things held by a handle or a
 * back, 份 for documents, 家 for businesses, 名 for people counted by post, 位 for people
 * politely.
 */
const MEASURE: Record<string, readonly [string, RegExp]> = {
  books: ['本', /书/],
  tables: ['张', /桌子/],
  cars: ['辆', /汽车/],
  computers: ['台', /电脑/],
  printers: ['台', /打印机/],
  servers: ['台', /服务器/],
  letters: ['封', /信/],
  shirts: ['件', /衬衫/],
  chairs: ['把', /椅子/],
  contracts: ['份', /合同/],
  companies: ['家', /公司|企业/],
  engineers: ['名', /工程师/],
  guests: ['位', /客人/],
}
const MEASURE_WORDS = '本张辆台架封件把份家名位个条只双'

/** Standard transliterations (Xinhua's tables of English names) of the names the sources use. */
const NAMES: Record<string, string> = {
  John: '约翰',
  Smith: '史密斯',
  Mary: '玛丽',
  Brown: '布朗',
  David: '大卫',
  Miller: '米勒',
}

/** Every punctuation mark, both widths, and spaces: what a punctuation error may change. */
const PUNCTUATION = /[\s,.:;!?()"<>「」“”《》、，。：；！？（）…·-]/g
/** ASCII marks a Chinese sentence never holds, once figures (1,234.50, 15:00, 3.5) are set aside. */
const HALF_WIDTH = /[,.:;!?()"<>]/
const withoutFigures = (text: string) => text.replace(/\d[.,:]\d/g, '')
/** Briefs that name a client, customers or a formal letter: the reader is 您, never 你. */
const TO_A_CLIENT =
  /^\[(?:Email to a client|Formal letter|To a client|Notice to customers|Closing an email to a client|Phone call with a client|Closing a formal letter)/

describeEngineIndependent('English → Chinese translation keys and distractors', () => {
  it('draws every family', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(100)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('dates a source day, month and year as CLDR zh-CN does (2026年12月4日), and each date-format error fails that', () => {
    let checked = 0
    const DATE = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')})(?: (\\d{4}))?\\b`)
    for (const { id, source, key, wrong } of RENDERED) {
      const m = DATE.exec(source)
      if (!m) continue
      checked++
      const date = new Date(Date.UTC(Number(m[3] ?? 2026), EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      const cldr = zhDate(date, m[3] !== undefined)
      expect(key, id).toContain(cldr)
      for (const w of wrong) {
        expect(w.value, `${id}: ${w.mistake}`).not.toBe(key)
        if (w.mistake?.startsWith('format'))
          expect(w.value, `${id}: ${w.value}`).not.toContain(cldr)
      }
    }
    expect(checked).toBe(7)
  })

  it('counts tens of thousands and more in 万 and 亿 as CLDR zh-CN does, and no wrong option holds that count', () => {
    let checked = 0
    const COUNT =
      /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)( million)? (?:units|inhabitants|users|yuan)\b/
    for (const { id, source, key, wrong } of RENDERED) {
      const m = COUNT.exec(source)
      if (!m) continue
      const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1_000_000 : 1)
      if (value < 10_000) continue
      checked++
      const cldr = zhCount(value)
      expect(cldr, id).toMatch(/[万亿]$/)
      expect(key, id).toContain(cldr)
      for (const w of wrong) expect(w.value, `${id}: ${w.value}`).not.toContain(cldr)
    }
    expect(checked).toBe(9)
  })

  it('writes a yuan amount as CLDR zh-CN does, ¥ before it or 元 after it, and no wrong option holds it', () => {
    let checked = 0
    for (const { id, source, key, wrong } of everyKeyWithWrong()) {
      const m = /CNY ([\d,]+\.\d{2})/.exec(source)
      if (!m) continue
      checked++
      const value = Number(m[1]!.replace(/,/g, ''))
      const forms = [zhYuan(value), `${zhFixed2(value)}元`]
      expect(
        forms.some((f) => key.includes(f)),
        `${id}: ${key}`,
      ).toBe(true)
      for (const w of wrong) {
        expect(
          forms.some((f) => w.value.includes(f)),
          `${id}: ${w.value}`,
        ).toBe(false)
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3)
  })

  it('gives p.m. clock times in the 24-hour CLDR form or with 下午', () => {
    let checked = 0
    for (const { id, source, key } of everyKey()) {
      const pm = /\b(\d{1,2}) p\.m\./.exec(source)
      if (!pm) continue
      checked++
      const hour = Number(pm[1])
      const forms = [zh24(hour + 12), zh12(hour + 12), `下午${NUMERALS[pm[1]!] ?? pm[1]}点`]
      expect(
        forms.some((f) => key.includes(f)),
        `${id}: ${key} (${forms})`,
      ).toBe(true)
    }
    expect(checked).toBeGreaterThanOrEqual(20)
  })

  it('puts the measure word of the table between the number and the noun, and each measure-word error another or none', () => {
    const counts = { keys: 0, wrong: 0 }
    const COUNTED = new RegExp(`\\b(\\d+|two) (${Object.keys(MEASURE).join('|')})\\b`)
    for (const { id, source, key, wrong } of RENDERED) {
      const m = COUNTED.exec(source)
      if (!m) continue
      counts.keys++
      const [measure, noun] = MEASURE[m[2]!]!
      const numeral = NUMERALS[m[1]!]
      expect(numeral, `${id}: numeral for ${m[1]}`).toBeDefined()
      const phrase = new RegExp(`${numeral}([${MEASURE_WORDS}]?)(?:${noun.source})`)
      expect(phrase.exec(key)?.[1], `${id}: ${key}`).toBe(measure)
      for (const w of wrong) {
        if (!w.mistake?.startsWith('measure word')) continue
        counts.wrong++
        const got = phrase.exec(w.value)
        expect(got, `${id}: ${w.value}`).not.toBeNull()
        expect(got![1], `${id}: ${w.value}`).not.toBe(measure)
      }
    }
    expect(counts.keys).toBeGreaterThanOrEqual(30)
    expect(counts.wrong).toBeGreaterThanOrEqual(30)
  })

  it('writes a foreign name in its standard transliteration with the middle dot ·', () => {
    let checked = 0
    for (const { id, source, key, wrong } of RENDERED) {
      const m = /guest today is (\w+) (\w+)\./.exec(source)
      if (!m) continue
      checked++
      const name = `${NAMES[m[1]!]}·${NAMES[m[2]!]}`
      expect(key, id).toContain(name)
      for (const w of wrong) expect(w.value, id).not.toContain(name)
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
        if (mistake.startsWith('punctuation')) {
          seen('punctuation')
          expect(w.value.replace(PUNCTUATION, ''), where).toBe(key.replace(PUNCTUATION, ''))
          expect(w.value, where).not.toBe(key)
        } else if (mistake.startsWith('format: spaces between words')) {
          seen('spaces')
          expect(w.value.replace(/ /g, ''), where).toBe(key)
        } else if (/^spelling: (?:的|地) for (?:得|地)/.test(mistake)) {
          seen('de')
          const [, used, right] = /^spelling: (\S) for (\S)/.exec(mistake)!
          expect(w.value, where).toBe(key.replace(right!, used!))
        } else if (mistake.startsWith('spelling: 地 for 得')) {
          seen('de')
          expect(w.value, where).toBe(key.replace('得', '地'))
        } else if (mistake.startsWith('form: 二 for 两')) {
          seen('liang')
          expect(key, where).toMatch(/两[位台次]/)
          expect(w.value, where).toMatch(/二[位台次]/)
        } else if (mistake.startsWith('format: ¥ after')) {
          seen('yuan sign')
          expect(w.value.replace(/¥/, ''), where).toBe(key.replace(/¥/, ''))
          expect(w.value, where).toMatch(/\d¥$/)
        } else if (/^register: 你/.test(mistake)) {
          seen('ni')
          expect(w.value, where).toMatch(/你/)
          expect(key, where).not.toMatch(/你/)
        }
      }
    }
    expect(counts.get('punctuation')).toBeGreaterThanOrEqual(40)
    expect(counts.get('spaces')).toBe(3)
    expect(counts.get('de')).toBeGreaterThanOrEqual(9)
    expect(counts.get('liang')).toBe(5)
    expect(counts.get('yuan sign')).toBe(3)
    expect(counts.get('ni')).toBeGreaterThanOrEqual(15)
  })

  it('writes every key in full-width punctuation, without spaces, quoting in “…” and titles in 《…》', () => {
    let quoted = 0
    for (const { id, source, key } of everyKey()) {
      expect(key, id).not.toMatch(/ /)
      expect(withoutFigures(key), `${id}: ${key}`).not.toMatch(HALF_WIDTH)
      expect(key, id).not.toMatch(/[「」]/)
      if (/"[^"]+"/.test(source)) {
        quoted++
        expect(key, id).toMatch(/“[^“”]+”|《[^《》]+》/)
      }
    }
    expect(quoted).toBeGreaterThan(0)
  })

  it('addresses a client as 您 and a close friend as 你', () => {
    const checked = { client: 0, friend: 0 }
    for (const { id, source, key } of everyKey()) {
      if (TO_A_CLIENT.test(source)) {
        checked.client++
        expect(key, `${id}: ${key}`).not.toMatch(/你/)
      } else if (source.startsWith('[Message to a close friend]')) {
        checked.friend++
        expect(key, `${id}: ${key}`).toMatch(/你/)
        expect(key, `${id}: ${key}`).not.toMatch(/您/)
      }
    }
    expect(checked.client).toBeGreaterThan(150)
    expect(checked.friend).toBeGreaterThan(5)
  })
})

/** Every coupled word choice with its wrong options, each option with its own free variation. */
function everyKeyWithWrong() {
  let seed = 11
  const pick = (c: string[]) => {
    seed = (seed * 48271) % 2147483647
    return c[seed % c.length]!
  }
  return FAMILIES.flatMap((family) =>
    Array.from({ length: choiceCount(family) * 6 }, (_, i) => {
      const k = i % choiceCount(family)
      const { key, wrong } = translationOptions(choose(family.frame, k), pick)
      return { id: family.id, source: choose(family.source, k), key: key.value, wrong }
    }),
  )
}
