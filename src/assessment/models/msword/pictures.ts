import { MONTH_NAMES } from '../month-names.js'
// Word's field formatting switches, as documented in "Format field results" (Microsoft Support,
// Word: the \@ date-time picture switch and the \# numeric picture switch) and in ECMA-376 Part 1
// (date-and-time-formatting-switch and numeric-formatting-switch picture items):
// M month 1-12, MM with a leading zero, MMM three-letter name, MMMM full name; d day, dd with a
// leading zero, ddd weekday abbreviated, dddd weekday in full; yy two-digit year, yyyy four-digit;
// h/hh 12-hour clock, H/HH 24-hour clock; m/mm minutes (lower case m is minutes, upper case M is
// month); AM/PM or am/pm; 'text' literal. In \#: 0 a digit, shown as 0 when absent; # a digit,
// shown as a space when absent; . the decimal point, extra fractional digits rounded; , groups
// of three; other characters (such as $ or %) are included as they are, so % does not scale the
// value; a picture `positive;negative` formats negative values with its second part.

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** A moment a field is updated at: year, month 1-12, day, hour 0-23, minute. */
export interface Moment {
  readonly y: number
  readonly mo: number
  readonly d: number
  readonly h: number
  readonly mi: number
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** A date-time picture applied to a moment, token by token. */
export function datePicture(picture: string, t: Moment): string {
  const weekday = new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()
  let out = ''
  let i = 0
  while (i < picture.length) {
    const c = picture[i]!
    if (c === "'") {
      const end = picture.indexOf("'", i + 1)
      out += picture.slice(i + 1, end)
      i = end + 1
      continue
    }
    if (picture.startsWith('AM/PM', i) || picture.startsWith('am/pm', i)) {
      const am = t.h < 12
      out += c === 'A' ? (am ? 'AM' : 'PM') : am ? 'am' : 'pm'
      i += 5
      continue
    }
    let run = 1
    while (picture[i + run] === c) run++
    const h12 = t.h % 12 === 0 ? 12 : t.h % 12
    switch (c) {
      case 'M':
        out +=
          run === 1
            ? String(t.mo)
            : run === 2
              ? pad(t.mo, 2)
              : run === 3
                ? MONTH_NAMES[t.mo - 1]!.slice(0, 3)
                : MONTH_NAMES[t.mo - 1]!
        break
      case 'd':
        out +=
          run === 1
            ? String(t.d)
            : run === 2
              ? pad(t.d, 2)
              : run === 3
                ? WEEKDAYS[weekday]!.slice(0, 3)
                : WEEKDAYS[weekday]!
        break
      case 'y':
        out += run <= 2 ? pad(t.y % 100, 2) : String(t.y)
        break
      case 'h':
        out += run === 1 ? String(h12) : pad(h12, 2)
        break
      case 'H':
        out += run === 1 ? String(t.h) : pad(t.h, 2)
        break
      case 'm':
        out += run === 1 ? String(t.mi) : pad(t.mi, 2)
        break
      default:
        out += c.repeat(run)
    }
    i += run
  }
  return out
}

/**
 * A numeric picture applied to a value: prefix characters, a digit part of 0, #, comma and
 * point, and suffix characters; `pos;neg` gives negatives the second part, without a minus.
 */
export function numberPicture(picture: string, value: number): string {
  const parts = picture.split(';')
  const negPart = parts[1]
  const part = value < 0 && negPart !== undefined ? negPart : parts[0]!
  const v = value < 0 && negPart !== undefined ? -value : value
  const m = /^([^0#,.]*)([0#,.]+)(.*)$/.exec(part)
  if (!m) return part
  const [, prefix, digits, suffix] = m as unknown as [string, string, string, string]
  const [intPic, fracPic = ''] = digits.split('.')
  const places = fracPic.replace(/[^0#]/g, '').length
  const grouped = intPic!.includes(',')
  const minInt = intPic!.replace(/[^0]/g, '').length
  const slots = intPic!.replace(/[^0#]/g, '').length
  const fixed = Math.abs(v).toFixed(places)
  const [whole, frac] = fixed.split('.')
  let intText = whole!.replace(/^0+(?=\d)/, '')
  if (intText === '0' && minInt === 0) intText = ''
  intText = intText.padStart(minInt, '0')
  if (grouped) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  if (intText.replace(/,/g, '').length < slots)
    intText = intText.padStart(slots + (grouped ? Math.floor((slots - 1) / 3) : 0), ' ')
  const sign = v < 0 ? '-' : ''
  return `${sign}${prefix}${intText}${places > 0 ? `.${frac}` : ''}${suffix}`
}

/** Where a one-place edit of `base` lies: the changed span of `base` and what replaces it. */
function edit(base: string, changed: string): { from: number; to: number; put: string } {
  let from = 0
  while (from < base.length && from < changed.length && base[from] === changed[from]) from++
  let tail = 0
  while (
    tail < base.length - from &&
    tail < changed.length - from &&
    base[base.length - 1 - tail] === changed[changed.length - 1 - tail]
  )
    tail++
  return { from, to: base.length - tail, put: changed.slice(from, changed.length - tail) }
}

/**
 * Two slips made together: each one edit of `base` (lower-case months and a two-digit year), both
 * applied when they touch different places; undefined when they overlap.
 */
export function bothSlips(base: string, a: string, b: string): string | undefined {
  const x = edit(base, a)
  const y = edit(base, b)
  const [first, second] = x.from <= y.from ? [x, y] : [y, x]
  if (first.to > second.from || (first.from === first.to && second.from === second.to))
    return undefined
  return (
    base.slice(0, first.from) +
    first.put +
    base.slice(first.to, second.from) +
    second.put +
    base.slice(second.to)
  )
}
