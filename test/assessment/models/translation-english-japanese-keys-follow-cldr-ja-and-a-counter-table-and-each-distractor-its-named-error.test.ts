import { expect, it } from 'vitest'
import {
  choiceCount,
  choose,
  translationOptions,
} from '../../../src/assessment/models/translation/translation-model.js'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/**
 * What can be checked of an English → Japanese translation without a Japanese grammar: dates,
 * weekdays, era years, yen amounts, large numbers in 万 and 億, decimals and clock times against
 * the CLDR data for ja-JP (read through Intl, never the families' own text); the counter after a
 * numeral and its hiragana reading against a table written here; and each distractor whose named
 * error is mechanical (a particle, punctuation, hiragana for katakana, a style switch, an amount
 * off by a named factor, a date or time format) shown to be exactly that change of the key. The
 * shared translation test proves the rest: a key and at least three wrong options, each naming
 * one error.
 */
const FAMILIES = TRANSLATION_FAMILIES['en-ja']!

/** Every free-variation choice of an option: its groups all take choice `i` (or their last). */
const SPREAD = 4
interface Rendered {
  readonly id: string
  readonly source: string
  readonly keys: readonly string[]
  readonly wrong: readonly { readonly mistake: string; readonly values: readonly string[] }[]
}
const RENDERED: readonly Rendered[] = FAMILIES.flatMap((family) =>
  Array.from({ length: choiceCount(family) }, (_, k) => {
    const frame = choose(family.frame, k)
    const spread = Array.from({ length: SPREAD }, (_, i) =>
      translationOptions(frame, (c) => c[Math.min(i, c.length - 1)]!),
    )
    const first = spread[0]!
    return {
      id: family.id,
      source: choose(family.source, k),
      keys: [...new Set(spread.map((s) => s.key.value))],
      wrong: first.wrong.map((w, j) => ({
        mistake: w.mistake ?? '',
        values: [...new Set(spread.map((s) => s.wrong[j]!.value))],
      })),
    }
  }),
)

const JA = 'ja-JP'
const jaDate = (date: Date) =>
  new Intl.DateTimeFormat(JA, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
const jaEraDate = (date: Date) =>
  new Intl.DateTimeFormat(`${JA}-u-ca-japanese`, {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
const jaWeekdayDate = (date: Date) =>
  new Intl.DateTimeFormat(JA, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(date)
/** A yen amount as CLDR names the currency in Japanese: the figure grouped, 円 after it. */
const jaYen = (value: number) =>
  new Intl.NumberFormat(JA, { style: 'currency', currency: 'JPY', currencyDisplay: 'name' })
    .format(value)
    .replace(/\s/g, '')
/** A large number in CLDR's compact Japanese form: 万 for 10⁴, 億 for 10⁸. */
const jaCompact = (value: number) =>
  new Intl.NumberFormat(JA, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
const jaDecimal = (value: number) => new Intl.NumberFormat(JA).format(value)
const clock = (hour: number, minute: number, hour12: boolean) =>
  new Intl.DateTimeFormat(JA, {
    hour: 'numeric',
    minute: '2-digit',
    hour12,
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 0, 5, hour, minute)))
const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
  parts.find((p) => p.type === type)?.value ?? ''
/** A clock time as Japanese prose writes it: 午後3時, 15時, 午前9時30分. */
function jaTime(hour: number, minute: number, hour12: boolean): string {
  const parts = clock(hour, minute, hour12)
  const m = Number(part(parts, 'minute'))
  return `${part(parts, 'dayPeriod')}${Number(part(parts, 'hour'))}時${m ? `${m}分` : ''}`
}

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
const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

/** The counter Japanese puts after a numeral, by the kind of thing counted. */
const COUNTER: Record<string, string> = {
  pens: '本',
  umbrellas: '本',
  'bottles of water': '本',
  tickets: '枚',
  stamps: '枚',
  'sheets of paper': '枚',
  laptops: '台',
  printers: '台',
  monitors: '台',
  books: '冊',
  magazines: '冊',
  notebooks: '冊',
  cats: '匹',
  'cups of coffee': '杯',
  'cups of tea': '杯',
  'cups of green tea': '杯',
  engineers: '人',
}
/** Counter readings with their sound changes, written out from a grammar table. */
const READING: Record<string, Record<number, string>> = {
  pencil: { 1: 'いっぽん', 3: 'さんぼん', 6: 'ろっぽん' },
  dog: { 1: 'いっぴき', 3: 'さんびき', 6: 'ろっぴき' },
  person: { 1: 'ひとり', 2: 'ふたり', 4: 'よにん' },
  day: { 1: 'ついたち', 2: 'ふつか', 20: 'はつか' },
}

/** The case, topic and postpositional particles a particle error swaps, drops or adds. */
const PARTICLES = new Set(['', 'は', 'が', 'を', 'に', 'で', 'へ', 'の', 'と', 'から', 'まで'])
/** The two texts with their common beginning and end removed. */
function middles(a: string, b: string): [string, string] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)]
}
/** Japanese and English punctuation and spacing, whose swap or omission is a punctuation error. */
const PUNCTUATION = /[\s。、,.「」『』"()（）・：:？?！!]/g
const hiragana = (text: string) =>
  text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))

/** A Japanese amount read back: digits with commas, 億 and 万 as multipliers. */
function jaAmount(text: string): number | undefined {
  const m = /(?:([\d.,]+)億)?(?:([\d.,]+)万)?([\d,]+(?:\.\d+)?)?(?=円|人|ドル)/.exec(text)
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined
  const n = (s: string | undefined) => (s ? Number(s.replace(/,/g, '')) : 0)
  return n(m[1]) * 1e8 + n(m[2]) * 1e4 + n(m[3])
}

/** Whether some variant of the wrong option relates to some variant of the key as `related` says. */
const everyVariant = (
  r: Rendered,
  values: readonly string[],
  related: (key: string, wrong: string) => boolean,
) => values.every((w) => r.keys.some((k) => related(k, w)))

describeEngineIndependent('English → Japanese translation keys and distractors', () => {
  it('dates a source day as CLDR ja-JP does (年月日), in the era only where the brief asks for it', () => {
    let checked = 0
    const DATE = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')}) (\\d{4})\\b`)
    for (const r of RENDERED) {
      const m = DATE.exec(r.source)
      if (!m) continue
      checked++
      const date = new Date(Date.UTC(Number(m[3]), EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      const era = r.source.includes('Japanese era')
      const want = era ? jaEraDate(date) : jaDate(date)
      for (const key of r.keys) expect(key, r.id).toContain(want)
      for (const w of r.wrong) {
        for (const value of w.values) expect(value, `${r.id}: ${w.mistake}`).not.toContain(want)
        if (w.mistake.startsWith('format: the era name')) {
          for (const value of w.values) expect(value, r.id).toContain(jaEraDate(date))
        }
        if (w.mistake.startsWith('format: the Western year')) {
          for (const value of w.values) expect(value, r.id).toContain(jaDate(date))
        }
        if (w.mistake.includes('era year counted one short')) {
          const year = Number(/令和(\d+)年/.exec(jaEraDate(date))![1])
          for (const value of w.values) expect(value, r.id).toContain(`令和${year - 1}年`)
        }
      }
    }
    expect(checked).toBe(6)
  })

  it('gives a weekday after the date in brackets as CLDR ja-JP does, and the named wrong weekday is the next day’s', () => {
    let checked = 0
    const DAY = new RegExp(`\\b[A-Z][a-z]+day, (\\d{1,2}) (${EN_MONTHS.join('|')})`)
    for (const r of RENDERED) {
      const m = DAY.exec(r.source)
      if (!m) continue
      checked++
      const date = new Date(Date.UTC(2026, EN_MONTHS.indexOf(m[2]!), Number(m[1])))
      for (const key of r.keys) expect(key, r.id).toContain(jaWeekdayDate(date))
      const next = r.wrong.find((w) => w.mistake.includes('next day'))!
      const tomorrow = new Date(date.getTime() + 86_400_000)
      const weekday = /\(.\)/.exec(jaWeekdayDate(tomorrow))![0]
      for (const value of next.values)
        expect(value, r.id).toContain(`${jaWeekdayDate(date).replace(/\(.\)/, '')}${weekday}`)
    }
    expect(checked).toBe(3)
  })

  it('writes yen amounts as CLDR ja-JP names the currency (figure, then 円)', () => {
    let checked = 0
    for (const r of RENDERED) {
      const m = /¥([\d,]+)/.exec(r.source)
      if (!m) continue
      checked++
      const value = Number(m[1]!.replace(/,/g, ''))
      // A round sum of ten thousands is written in 万 (CLDR's compact form), any other in full.
      const want = value % 10_000 === 0 ? `${jaCompact(value)}円` : jaYen(value)
      for (const key of r.keys) expect(key, r.id).toContain(want)
      for (const w of r.wrong) {
        if (!/^format|amount/.test(w.mistake)) continue
        for (const v of w.values) expect(v, `${r.id}: ${w.mistake}`).not.toContain(want)
      }
    }
    expect(checked).toBe(9)
  })

  it('writes millions in 万 and 億 as CLDR ja-JP’s compact form does', () => {
    let checked = 0
    for (const r of RENDERED) {
      const m = /([\d.]+) million (users|yen)/.exec(r.source)
      if (!m) continue
      checked++
      const value = Number(m[1]) * 1e6
      const want = `${jaCompact(value)}${m[2] === 'users' ? '人' : '円'}`
      for (const key of r.keys) expect(key, r.id).toContain(want)
    }
    expect(checked).toBe(6)
  })

  it('makes each named amount error exactly its factor of the source amount', () => {
    const FACTOR: [RegExp, number][] = [
      [/multiplied by ten|read as tens of millions/, 10],
      [/divided by ten|read as hundreds of thousands/, 0.1],
      [/read as hundreds of millions/, 100],
      [/"million" rendered as 万|figure kept with 万/, 0.01],
    ]
    let checked = 0
    for (const r of RENDERED) {
      const source = r.source.match(/¥([\d,]+)|([\d.]+) million|([\d.]+) kg/)
      if (!source) continue
      const base = source[1]
        ? Number(source[1].replace(/,/g, ''))
        : source[2]
          ? Number(source[2]) * 1e6
          : Number(source[3])
      for (const w of r.wrong) {
        const factor = FACTOR.find(([re]) => re.test(w.mistake))?.[1]
        const dropped = w.mistake.includes('decimal point dropped')
        if (factor === undefined && !dropped) continue
        checked++
        for (const v of w.values) {
          const got = dropped ? Number(/([\d]+)kg/.exec(v)![1]) : jaAmount(v)
          const want = dropped ? Number(String(base).replace('.', '')) : base * factor!
          expect(got, `${r.id}: ${v}`).toBeCloseTo(want, 6)
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15)
  })

  it('writes a decimal as CLDR ja-JP does (a decimal point), and the named decimal comma is that one change', () => {
    let checked = 0
    for (const r of RENDERED) {
      const m = /weighs ([\d.]+) kg/.exec(r.source)
      if (!m) continue
      checked++
      const want = `${jaDecimal(Number(m[1]))}kg`
      for (const key of r.keys) expect(key, r.id).toContain(want)
      const comma = r.wrong.find((w) => w.mistake.includes('decimal comma'))!
      expect(
        everyVariant(r, comma.values, (k, w) => w === k.replace(want, want.replace('.', ','))),
        r.id,
      ).toBe(true)
    }
    expect(checked).toBe(3)
  })

  it('gives clock times as CLDR ja-JP does, with 午前/午後 or the 24-hour figure', () => {
    let checked = 0
    for (const r of RENDERED) {
      const pm = /\b(\d{1,2}) p\.m\./.exec(r.source)
      const am = /\b(\d{1,2}):(\d{2}) a\.m\./.exec(r.source)
      if (!pm && !am) continue
      checked++
      if (pm) {
        const hour = Number(pm[1]) + 12
        const forms = [jaTime(hour, 0, true), jaTime(hour, 0, false)]
        for (const key of r.keys)
          expect(
            forms.some((f) => key.includes(f)),
            key,
          ).toBe(true)
        // Both forms are met among the key's free variation.
        expect(
          forms.every((f) => r.keys.some((k) => k.includes(f))),
          r.id,
        ).toBe(true)
        const mixed = r.wrong.find((w) => w.mistake.includes('午後 with a 24-hour'))!
        for (const v of mixed.values) expect(v, r.id).toContain(`午後${hour}時`)
      } else if (am) {
        const want = jaTime(Number(am[1]), Number(am[2]), true)
        for (const key of r.keys) expect(key, r.id).toContain(want)
        const swapped = r.wrong.find((w) => w.mistake.includes('rendered as 午後'))!
        for (const v of swapped.values) expect(v, r.id).toContain(want.replace('午前', '午後'))
      }
    }
    expect(checked).toBe(6)
  })

  it('puts the counter the table gives after each numeral, and each counter error uses another', () => {
    let checked = 0
    const nouns = Object.keys(COUNTER).sort((a, b) => b.length - a.length)
    const COUNTED = new RegExp(`\\b(${Object.keys(EN_NUMBERS).join('|')}) (${nouns.join('|')})\\b`)
    for (const r of RENDERED) {
      const m = COUNTED.exec(r.source)
      if (!m) continue
      checked++
      const want = `${EN_NUMBERS[m[1]!]}${COUNTER[m[2]!]}`
      for (const key of r.keys) expect(key, r.id).toContain(want)
      for (const w of r.wrong) {
        if (!w.mistake.startsWith('counter:')) continue
        for (const v of w.values) expect(v, `${r.id}: ${v}`).not.toContain(want)
        expect(w.mistake, r.id).toContain(`(needs ${COUNTER[m[2]!]})`)
      }
    }
    expect(checked).toBe(21)
  })

  it('reads numeral and counter in hiragana with the sound changes of the table', () => {
    let checked = 0
    const WORDS: [RegExp, string][] = [
      [/\b(one|three|six) pencils?/i, 'pencil'],
      [/\b(one|three|six) dogs?/i, 'dog'],
      [/\b(one|two|four) (?:person|people)/i, 'person'],
      [/the (\d+)(?:st|nd|rd|th)\b/, 'day'],
    ]
    for (const r of RENDERED) {
      if (!r.source.includes('hiragana')) continue
      const [re, word] = WORDS.find(([re]) => re.test(r.source))!
      const said = re.exec(r.source)![1]!.toLowerCase()
      const n = EN_NUMBERS[said] ?? Number(said)
      const want = READING[word]![n]!
      checked++
      for (const key of r.keys) expect(key, r.id).toContain(want)
      for (const w of r.wrong) {
        if (w.mistake.startsWith('counter:')) {
          for (const v of w.values) expect(v, `${r.id}: ${v}`).not.toContain(want)
        }
      }
    }
    expect(checked).toBe(12)
  })

  it('makes each mechanical error exactly that change of the key', () => {
    const counts = new Map<string, number>()
    const seen = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1)
    for (const r of RENDERED) {
      for (const w of r.wrong) {
        const where = `${r.id}: ${w.values[0]} (${w.mistake})`
        let related: ((k: string, v: string) => boolean) | undefined
        if (w.mistake.startsWith('mistranslation: the range rendered as two single days')) {
          seen('から/まで')
          related = (k, v) => v === k.replace('から', 'と').replace('まで', '')
        } else if (w.mistake.startsWith('particle:')) {
          seen('particle')
          related = (k, v) => {
            const [a, b] = middles(k, v)
            return a !== b && PARTICLES.has(a) && PARTICLES.has(b)
          }
        } else if (w.mistake.startsWith('punctuation')) {
          seen('punctuation')
          related = (k, v) => k !== v && k.replace(PUNCTUATION, '') === v.replace(PUNCTUATION, '')
        } else if (w.mistake.startsWith('spelling: a foreign name in hiragana')) {
          seen('hiragana')
          related = (k, v) => v === hiragana(k) && v !== k
        } else if (w.mistake.startsWith('register: さん after your own name')) {
          seen('さん')
          related = (k, v) => {
            const [a, b] = middles(k, v)
            return a === '' && b === 'さん'
          }
        } else if (w.mistake.startsWith('register: plain だ')) {
          seen('だ')
          related = (k, v) => {
            const [a, b] = middles(k, v)
            return a === 'です' && b === 'だ'
          }
        } else if (w.mistake.startsWith('register: a です/ます form in a plain-style')) {
          seen('ます')
          related = (k, v) => {
            const [a, b] = middles(k, v)
            return a === '' && b === 'まし'
          }
        } else if (w.mistake.startsWith('format: 円 before')) {
          seen('円')
          related = (k, v) => v === k.replace(/([\d,]+)円/, '円$1')
        } else if (w.mistake.startsWith('format: a full stop as thousands')) {
          seen('thousands')
          related = (k, v) => v === k.replace(/(\d),(\d{3})/g, '$1.$2')
        } else if (w.mistake.startsWith('format: the weekday before')) {
          seen('weekday')
          related = (k, v) => v === k.replace(/(\d+月\d+日)(\(.\))/, '$2$1')
        } else if (w.mistake.startsWith('format: the year after')) {
          seen('year')
          related = (k, v) => v === k.replace(/(\d{4}年)(\d+月\d+日)/, '$2$1')
        }
        if (related) expect(everyVariant(r, w.values, related), where).toBe(true)
      }
    }
    expect(counts.get('particle')).toBeGreaterThanOrEqual(30)
    expect(counts.get('punctuation')).toBeGreaterThanOrEqual(8)
    expect(counts.get('hiragana')).toBe(6)
    expect(counts.get('から/まで')).toBe(3)
    for (const kind of ['さん', 'だ', 'ます', '円', 'thousands', 'weekday', 'year']) {
      expect(counts.get(kind), kind).toBeGreaterThan(0)
    }
  })

  it('quotes with 「」 and 『』 inside, and ends sentences with the full-width 。', () => {
    let quoted = 0
    for (const r of RENDERED) {
      for (const key of r.keys) {
        expect(key, r.id).not.toMatch(/["“”]|,(?!\d{3})|\.(?!\d)/)
        if (/"[^"]+"/.test(r.source)) {
          quoted++
          expect(key, r.id).toMatch(/「[^「」]+」/)
          if (/"[^"]*"[^"]+"[^"]*"/.test(r.source))
            expect(key, r.id).toMatch(/「[^「」]*『[^『』]+』[^「」]*」/)
        }
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(6)
  })
})
