import { isValidIBAN } from 'ibantools'
import { parsePhoneNumber } from 'libphonenumber-js'
import validator from 'validator'
import { expect, it } from 'vitest'
import { FORMAT_FAMILIES } from '../../../src/assessment/models/dataentry/format-families.js'
import { HYGIENE_FAMILIES } from '../../../src/assessment/models/dataentry/hygiene-families.js'
import { MATCHING_FAMILIES } from '../../../src/assessment/models/dataentry/matching-families.js'
import { RECONCILE_FAMILIES } from '../../../src/assessment/models/dataentry/reconcile-families.js'
import type { DataScenario } from '../../../src/assessment/models/dataentry/records.js'
import { VALIDATION_FAMILIES } from '../../../src/assessment/models/dataentry/validation-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...FORMAT_FAMILIES,
  ...VALIDATION_FAMILIES,
  ...MATCHING_FAMILIES,
  ...RECONCILE_FAMILIES,
  ...HYGIENE_FAMILIES,
]
const DRAWS = 40
const DRAWN = drawFamilies<DataScenario>(FAMILIES, DRAWS, 2026_12_04)

type Facts = Record<string, any>

/**
 * How a family's key is judged: `key` recomputes it from the drawn facts (a library, the
 * platform's Intl data, or a second implementation written here); `wrong`, when given, says why
 * a distractor is not right (a validator rejects it, it names another value), as distinct text
 * alone would not show that a worded distractor is wrong.
 */
interface Judge {
  key(f: Facts, s: DataScenario): string
  wrongIsWrong?(text: string, f: Facts, s: DataScenario): boolean
}

// ---- Second implementations, written from the standards, never the families' routines.

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const DAY = 86_400_000

/** Windows-1252 code points for bytes 0x80–0x9F, as the code page's published table gives them. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]
const readAs1252 = (bytes: Uint8Array) =>
  String.fromCodePoint(...[...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80]! : b)))
const bytesOf1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => {
      const cp = c.codePointAt(0)!
      const at = CP1252.indexOf(cp)
      return at >= 0 && cp > 0xff ? 0x80 + at : cp
    }),
  )
const mojibake = (text: string) => readAs1252(Buffer.from(text, 'utf8'))
const unmojibake = (text: string) => new TextDecoder('utf-8').decode(bytesOf1252(text))

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    prev = row
  }
  return prev[b.length]!
}

/** Fields of one CSV line by RFC 4180: quotes open and close fields, doubled quotes escape. */
function csvFields(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      cur += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (c === ',' && !quoted) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  return [...out, cur]
}
const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)

/** What each formula the family offers shows for a cell holding `lost`, as a spreadsheet does. */
function sheetValue(formula: string, lost: string): string {
  const text = formula.match(/^=TEXT\(A2,"([0#]+)"\)$/)
  if (text) return lost.padStart(text[1]!.replaceAll('#', '').length, '0')
  if (formula === '="0"&A2') return `0${lost}`
  if (formula === '=VALUE("0"&A2)') return String(Number(`0${lost}`))
  if (formula === '=VALUE(TEXT(A2,"00000"))') return String(Number(lost))
  if (formula === '=LEFT(A2,5)') return lost.slice(0, 5)
  if (formula === '=VALUE(A2)') return String(Number(lost))
  throw new Error(`no reading of ${formula}`)
}

const e164 = (n: string, country: string) => parsePhoneNumber(n, country as 'GB').number as string
const normEmail = (e: string) => e.trim().toLowerCase()
const pence = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100)
const inZone = (ms: number, tz: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(ms)
    .replace(' ', 'T')
const region = new Intl.DisplayNames(['en'], { type: 'region' })
const currency = new Intl.DisplayNames(['en'], { type: 'currency' })
/** ISO 3166 codes reserved for other uses, which Intl maps to a country all the same. */
const RESERVED_NOT_ASSIGNED = new Set(['UK', 'EU', 'EZ', 'UN', 'SU'])

const swapsTo = (amount: number, diff: number) => {
  const s = String(amount)
  for (let i = 0; i + 1 < s.length; i++) {
    const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)
    if (t[0] !== '0' && Number(t) - amount === diff) return true
  }
  return false
}

const valid = (scheme: string, v: string): boolean => {
  switch (scheme) {
    case 'ean':
      return validator.isEAN(v)
    case 'upc':
      return v.length === 12 && validator.isEAN(`0${v}`)
    case 'isbn13':
      return validator.isISBN(v, 13)
    case 'isbn10':
      return validator.isISBN(v, 10)
    case 'card':
      return validator.isCreditCard(v)
    case 'iban':
      return isValidIBAN(v)
    case 'email': {
      // The rule the stems state, which the key must follow; the library must agree with it.
      const stated = STATED_EMAIL_RULE.test(v)
      if (stated !== validator.isEmail(v)) throw new Error(`${v}: stated rule and library differ`)
      return stated
    }
  }
  throw new Error(scheme)
}
/**
 * The email check the stems spell out: one @; before it letters, digits and . _ + - with no dot
 * first, last or doubled; after it two or more labels of letters, digits and hyphens.
 */
const STATED_EMAIL_RULE =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9._+-]+(?<!\.)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/
const checked: Judge = {
  key: (f, s) => {
    if ((f.keyValid ?? true) !== valid(f.scheme, s.key)) throw new Error(`${s.key} judged wrongly`)
    return s.key
  },
  wrongIsWrong: (t, f) => valid(f.scheme, t) === !(f.keyValid ?? true),
}

const JUDGES: Record<string, Judge> = {
  'slash-date-by-source-locale-to-iso': {
    key: (f) => {
      const [a, b, yy] = (f.text as string).split('/').map(Number) as [number, number, number]
      const [m, d] = f.order === 'dmy' ? [b, a] : [a, b]
      return utcDate(Date.UTC(f.century + yy, m - 1, d))
    },
  },
  'iso-date-to-us-slash-format': {
    key: (f) =>
      new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        timeZone: 'UTC',
      }).format(Date.UTC(f.y, f.m - 1, f.d)),
  },
  'iso-date-to-uk-long-date': {
    key: (f) =>
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(f.y, f.m - 1, f.d)),
  },
  'national-phone-to-e164-dropping-trunk-zero': { key: (f) => e164(f.input, f.country) },
  'italian-phone-to-e164-keeping-zero': { key: (f) => e164(f.input, f.country) },
  'nanp-phone-to-e164': { key: (f) => e164(f.input, f.country) },
  'surname-prefix-capitalisation-by-style-sheet': {
    key: (f) => {
      const low = (f.raw as string).toLowerCase()
      const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
      if (low.startsWith('mc')) return `Mc${cap(low.slice(2))}`
      if (low.startsWith("o'")) return `O'${cap(low.slice(2))}`
      return cap(low)
    },
  },
  'dutch-particle-sorted-surname': { key: (f) => `${f.main}, ${f.given} ${f.particle}` },
  'uk-postcode-spacing': {
    key: (f) => (f.raw as string).toUpperCase().replace(/^(\w+?)(\d[A-Z]{2})$/, '$1 $2'),
  },
  'us-zip-plus-four': { key: (f) => `${f.raw.slice(0, 5)}-${f.raw.slice(5)}` },
  'decimal-comma-amount-to-plain-number': {
    key: (f, s) => {
      const de = new Intl.NumberFormat(f.locale, { minimumFractionDigits: 2 })
      if (de.format(Number(s.key)) !== f.text) throw new Error(`${s.key} is not ${f.text}`)
      return s.key
    },
    wrongIsWrong: (t, f) =>
      new Intl.NumberFormat(f.locale, { minimumFractionDigits: 2 }).format(Number(t)) !== f.text,
  },
  'plain-number-to-german-format': {
    key: (f) =>
      new Intl.NumberFormat(f.locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(f.value),
  },
  'local-time-to-utc-iso-8601': {
    key: (f, s) => {
      if (!s.key.endsWith('Z') || inZone(Date.parse(s.key), f.tz) !== f.local)
        throw new Error(`${s.key} is not ${f.local} in ${f.tz}`)
      return s.key
    },
    wrongIsWrong: (t, f) => inZone(Date.parse(t), f.tz) !== f.local,
  },
  'local-time-as-iso-8601-with-offset': {
    key: (f, s) => {
      if (!s.key.startsWith(f.local) || inZone(Date.parse(s.key), f.tz) !== f.local)
        throw new Error(`${s.key} is not ${f.local} in ${f.tz}`)
      return s.key
    },
    wrongIsWrong: (t, f) => !t.startsWith(f.local) || inZone(Date.parse(t), f.tz) !== f.local,
  },
  'iso-3166-country-code': {
    key: (f, s) => {
      if (region.of(s.key) !== f.country) throw new Error(`${s.key} is not ${f.country}`)
      return s.key
    },
    wrongIsWrong: (t, f) => region.of(t) !== f.country || RESERVED_NOT_ASSIGNED.has(t),
  },
  'iso-4217-currency-code': {
    key: (f, s) => {
      const name = currency.of(s.key)!.toLowerCase()
      if (
        !Intl.supportedValuesOf('currency').includes(s.key) ||
        !f.currency.toLowerCase().startsWith(name)
      )
        throw new Error(`${s.key} is ${name}, not ${f.currency}`)
      return s.key
    },
    wrongIsWrong: (t, f) =>
      !Intl.supportedValuesOf('currency').includes(t) ||
      currency.of(t)!.split(' ')[0] !== f.currency.split(' ')[0],
  },
  'ean13-check-digit': checked,
  'upc-a-check-digit': checked,
  'isbn10-to-isbn13': {
    key: (f, s) => {
      if (s.key.slice(3, 12) !== f.isbn10.slice(0, 9)) throw new Error(`${s.key} for ${f.isbn10}`)
      return checked.key(f, s)
    },
    wrongIsWrong: (t) => !valid('isbn13', t) || t.slice(0, 3) !== '978',
  },
  'isbn10-check-digit': checked,
  'luhn-check-digit-for-test-card': checked,
  'luhn-catches-keying-errors': checked,
  'iban-check-digits': checked,
  'iban-catches-keying-errors': checked,
  'email-unusual-but-valid': checked,
  'email-invalid-caught': checked,
  'ean-check-misses-swap-of-digits-five-apart': {
    // A swap of the two digits at any neighbouring places of any barcode keeps it valid: tried
    // on barcodes made valid by the library's own check.
    key: (f, s) => {
      for (let at = 0; at + 1 < 12; at++) {
        const digits = Array.from({ length: 12 }, (_, i) =>
          i === at ? f.lo : i === at + 1 ? f.hi : (i * 7) % 10,
        )
        const body = digits.join('')
        const good = [...'0123456789'].map((c) => body + c).find((x) => validator.isEAN(x))!
        const swapped = good.slice(0, at) + good[at + 1] + good[at] + good.slice(at + 2)
        if (!validator.isEAN(swapped)) throw new Error(`${good} swapped fails`)
      }
      return s.key
    },
    wrongIsWrong: (t) => {
      const m = t.match(/digits (\d) and (\d) swapped/)
      // A single wrong digit always changes the weighted sum by a non-multiple of 10.
      if (!m) return true
      const body = `${m[1]}${m[2]}0000000000`
      const good = [...'0123456789'].map((c) => body + c).find((x) => validator.isEAN(x))!
      return !validator.isEAN(`${good[1]}${good[0]}${good.slice(2)}`)
    },
  },
  'duplicate-pair-by-normalised-email': {
    key: (f) => {
      const es = (f.emails as string[]).map(normEmail)
      const pairs: string[] = []
      es.forEach((e, i) => {
        es.forEach((g, j) => {
          if (i < j && e === g) pairs.push(`Rows ${i + 1} and ${j + 1}`)
        })
      })
      if (pairs.length !== 1) throw new Error(`${pairs.length} duplicate pairs`)
      return pairs[0]!
    },
  },
  'unique-contacts-after-normalising-email': {
    key: (f) => String(new Set((f.emails as string[]).map(normEmail)).size),
  },
  'merge-survivor-most-recently-updated-non-blank': {
    key: (f) =>
      (f.records as { phone: string; updated: number }[])
        .filter((r) => r.phone !== '')
        .sort((a, b) => b.updated - a.updated)[0]!.phone,
  },
  'edit-distance-name-match': {
    key: (f) => {
      const close = (f.pairs as string[][]).filter(
        ([a, b]) => levenshtein(a!.toLowerCase(), b!.toLowerCase()) <= 1,
      )
      if (close.length !== 1) throw new Error(`${close.length} pairs match`)
      return `${close[0]![0]} and ${close[0]![1]}`
    },
  },
  'distinct-phone-numbers-after-e164': {
    key: (f) => String(new Set((f.numbers as string[]).map((n) => e164(n, f.country))).size),
  },
  'company-name-normalised-match': {
    key: (_, s) => {
      const norm = (name: string) =>
        name
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .split(' ')
          .filter((w) => w && !['ltd', 'limited', 'llc'].includes(w))
          .join(' ')
      const same = (text: string) => {
        const [a, b] = text.split(' and ')
        return norm(a!) === norm(b!)
      }
      const matching = [s.key, ...s.wrong.map(([t]) => t)].filter(same)
      if (matching.length !== 1) throw new Error(`${matching.length} pairs match`)
      return matching[0]!
    },
  },
  'match-key-construction': {
    key: (f) => `${f.surname.toLowerCase()}-${f.postcode.replace(/\s+/g, '').toLowerCase()}`,
  },
  'transitive-duplicates-count': {
    key: (f) => {
      const recs = f.records as { email: string; phone: string }[]
      const parent = recs.map((_, i) => i)
      const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!))
      recs.forEach((a, i) => {
        recs.forEach((b, j) => {
          if (a.email === b.email || a.phone === b.phone) parent[root(i)] = root(j)
        })
      })
      return String(new Set(recs.map((_, i) => root(i))).size)
    },
  },
  'survivor-record-most-complete': {
    key: (f) => {
      const [best] = [...(f.records as { id: string; filled: number; updated: number }[])].sort(
        (a, b) => b.filled - a.filled || b.updated - a.updated,
      )
      return `Record ${best!.id}`
    },
  },
  'transposed-entry-from-difference-divisible-by-nine': {
    key: (f, s) => {
      const hits = (f.batch as number[]).filter((p) => swapsTo(p, f.diff))
      if (hits.length !== 1 || f.diff % 9 !== 0) throw new Error(`${hits.length} entries fit`)
      if (pence(s.key) !== hits[0]) throw new Error(`${s.key} is not the entry`)
      return s.key
    },
    wrongIsWrong: (t, f) => !swapsTo(pence(t), f.diff),
  },
  'sign-reversed-entry-from-half-difference': {
    key: (f, s) => {
      if (pence(s.key) * 2 !== f.diff) throw new Error(`${s.key} is not half the difference`)
      return s.key
    },
    wrongIsWrong: (t, f) => pence(t) * 2 !== f.diff,
  },
  'slid-decimal-entry-from-difference': {
    key: (f, s) => {
      if (pence(s.key) * 10 - pence(s.key) !== f.diff) throw new Error(`${s.key} did not slide`)
      return s.key
    },
    wrongIsWrong: (t, f) => pence(t) * 9 !== f.diff,
  },
  'keying-accuracy-rate': {
    key: (f) => `${(((f.all - f.errors) / f.all) * 100).toFixed(2)} %`,
  },
  'keystrokes-per-hour': {
    key: (f) => new Intl.NumberFormat('en-GB').format(f.strokes / (f.minutes / 60)),
  },
  'utf8-read-as-windows-1252': { key: (f) => mojibake(f.name) },
  'repair-double-encoded-text': {
    key: (f, s) => {
      const typed = unmojibake(unmojibake(f.text))
      if (typed !== s.key) throw new Error(`${f.text} repairs to ${typed}`)
      return f.name
    },
  },
  'csv-field-with-comma': {
    key: (f) => csvField(f.field),
    wrongIsWrong: (t, f) => csvFields(t).length !== 1 || csvFields(t)[0] !== f.field,
  },
  'csv-field-with-quotes': {
    key: (f) => csvField(f.field),
    wrongIsWrong: (t, f) => csvFields(t)[0] !== f.field || !t.startsWith('"'),
  },
  'csv-line-field-count': { key: (f) => String(csvFields(f.line).length) },
  'leading-zeros-lost-by-number-format': {
    key: (f, s) => {
      if (String(Number(f.zip)) !== f.lost) throw new Error(`${f.zip} shown as ${f.lost}`)
      const right = [s.key, ...s.wrong.map(([t]) => t)].filter(
        (t) => sheetValue(t, f.lost) === f.zip,
      )
      if (right.length !== 1) throw new Error(`${right.length} formulas give ${f.zip}`)
      return right[0]!
    },
  },
  'split-full-name-last-word-surname': {
    key: (f) => {
      const words = (f.full as string).split(' ')
      return `Given: ${words.slice(0, -1).join(' ')}; surname: ${words.at(-1)}`
    },
  },
  'join-address-skipping-blanks': {
    key: (f) => (f.parts as string[]).filter((p) => p !== '').join(', '),
  },
  'long-id-loses-digits-past-fifteen': {
    // Fifteen significant digits are kept, the rest become zeros (truncated, not rounded).
    key: (f) => String((BigInt(f.id) / 10n) * 10n),
  },
  'proper-function-result': {
    key: (f) => {
      let out = ''
      let prevLetter = false
      for (const c of (f.raw as string).toLowerCase()) {
        const letter = /[a-z]/.test(c)
        out += letter && !prevLetter ? c.toUpperCase() : c
        prevLetter = letter
      }
      return out
    },
  },
  'spreadsheet-serial-number-to-date': {
    key: (f) =>
      f.system === 1904
        ? utcDate(Date.UTC(1904, 0, 1) + f.serial * DAY)
        : // Serial 1 is 1 January 1900; serial 60 is the 29 February 1900 that never was.
          utcDate(Date.UTC(1900, 0, 1) + (f.serial - 1 - (f.serial > 60 ? 1 : 0)) * DAY),
  },
}

const computed = DRAWN.filter((d) => d.s.facts !== undefined)
const worded = DRAWN.filter((d) => d.s.facts === undefined)

describeEngineIndependent('data-entry scenarios', () => {
  it('are at least 60 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(60)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys that a library, the Intl data or a second implementation give', () => {
    const problems: string[] = []
    const judged = new Set<string>()
    for (const { family, s } of computed) {
      const judge = JUDGES[family]
      if (!judge) {
        problems.push(`${family}: states facts but has no judge`)
        continue
      }
      judged.add(family)
      try {
        const again = judge.key(s.facts!, s)
        if (again !== s.key) problems.push(`${family}: key ${s.key}, recomputed ${again}`)
      } catch (error) {
        problems.push(`${family}: ${(error as Error).message}`)
      }
    }
    expect([...new Set(problems)].slice(0, 8)).toEqual([])
    expect(judged.size).toBeGreaterThanOrEqual(45)
  })

  it('have distractors that are not right by the same judge', () => {
    const problems: string[] = []
    for (const { family, s } of computed) {
      const judge = JUDGES[family]
      for (const [text, mistake] of s.wrong) {
        if (text === s.key) problems.push(`${family}: ${mistake} gives the key`)
        if (judge?.wrongIsWrong && !judge.wrongIsWrong(text, s.facts!, s))
          problems.push(`${family}: ${mistake} (${text}) passes as right`)
      }
    }
    expect([...new Set(problems)].slice(0, 8)).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
    expect(worded.length).toBeGreaterThan(0)
  })
})
