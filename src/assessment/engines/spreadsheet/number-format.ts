import { MONTH_NAMES as MONTHS } from '../../models/month-names.js'
import { excelRound } from './excel-round.js'

/** Splits a format code at the semicolons that are not inside quotes or escapes. */
function sections(code: string): string[] {
  const out: string[] = []
  let cur = ''
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!
    if (ch === '"') {
      const end = code.indexOf('"', i + 1)
      cur += code.slice(i, end + 1)
      i = end
    } else if (ch === '\\') {
      cur += code.slice(i, i + 2)
      i++
    } else if (ch === ';') {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

type Token = { lit: string } | { code: string }

/** Reads a section into literal text and format codes; colour and condition brackets drop out. */
function tokens(section: string): Token[] {
  const out: Token[] = []
  const re =
    /"([^"]*)"|\\(.)|\[(h+|m+|s+)\]|\[[^\]]*\]|(AM\/PM|A\/P)|(y+|m+|d+|h+|s+)|([0#?.,%@])|(.)/giy
  for (let m = re.exec(section); m; m = re.exec(section)) {
    if (m[1] !== undefined) out.push({ lit: m[1] })
    else if (m[2] !== undefined) out.push({ lit: m[2] })
    else if (m[3] !== undefined) out.push({ code: `[${m[3].toLowerCase()}]` })
    else if (m[4] !== undefined) out.push({ code: m[4].toUpperCase() })
    else if (m[5] !== undefined) out.push({ code: m[5].toLowerCase() })
    else if (m[6] !== undefined) out.push({ code: m[6] })
    else if (m[7] !== undefined && m[0].startsWith('[')) continue
    else if (m[7] !== undefined) out.push({ lit: m[7] })
  }
  return out
}

const DAYS = ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const pad = (n: number, width: number) => String(n).padStart(width, '0')

function dateText(value: number, toks: Token[]): string {
  const whole = Math.floor(value)
  const date = new Date(Date.UTC(1899, 11, 30) + whole * 86_400_000)
  const secondsOfDay = Math.round((value - whole) * 86_400)
  const hour = Math.floor(secondsOfDay / 3600)
  const minute = Math.floor((secondsOfDay % 3600) / 60)
  const second = secondsOfDay % 60
  const twelve = toks.some((t) => 'code' in t && (t.code === 'AM/PM' || t.code === 'A/P'))
  const codes = toks.map((t) => ('code' in t ? t.code : ''))
  return toks
    .map((t, i) => {
      if ('lit' in t) return t.lit
      const c = t.code
      if (c[0] === 'y')
        return c.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear())
      if (c[0] === 'd') {
        if (c.length === 1) return String(date.getUTCDate())
        if (c.length === 2) return pad(date.getUTCDate(), 2)
        const name = DAYS[((whole % 7) + 7) % 7]!
        return c.length === 3 ? name.slice(0, 3) : name
      }
      if (c[0] === 'm') {
        // m after an hour or before a second is minutes, as Excel reads it.
        const prev = codes
          .slice(0, i)
          .reverse()
          .find((x) => x !== '')
        const next = codes.slice(i + 1).find((x) => x !== '')
        const minutes = prev?.[0] === 'h' || prev?.startsWith('[h') || next?.[0] === 's'
        if (minutes && c.length <= 2) return c.length === 1 ? String(minute) : pad(minute, 2)
        const month = date.getUTCMonth()
        if (c.length === 1) return String(month + 1)
        if (c.length === 2) return pad(month + 1, 2)
        return c.length === 3 ? MONTHS[month]!.slice(0, 3) : MONTHS[month]!
      }
      if (c[0] === 'h') {
        const h = twelve ? ((hour + 11) % 12) + 1 : hour
        return c.length === 1 ? String(h) : pad(h, 2)
      }
      if (c[0] === 's') return c.length === 1 ? String(second) : pad(second, 2)
      if (c === '[h]') return String(Math.floor(Math.round(value * 86_400) / 3600))
      if (c === '[m]') return String(Math.floor(Math.round(value * 86_400) / 60))
      if (c === 'AM/PM') return hour < 12 ? 'AM' : 'PM'
      if (c === 'A/P') return hour < 12 ? 'A' : 'P'
      return c
    })
    .join('')
}

function numberText(value: number, toks: Token[]): string {
  const codes = toks.map((t) => ('code' in t ? t.code : ''))
  const digits = (c: string) => c === '0' || c === '#' || c === '?'
  const first = codes.findIndex(digits)
  let last = codes.length - 1
  while (last >= 0 && !digits(codes[last]!)) last--
  let v = value * 100 ** codes.filter((c) => c === '%').length
  if (first < 0) return toks.map((t) => ('lit' in t ? t.lit : t.code === '%' ? '%' : '')).join('')
  // Commas straight after the last digit placeholder divide by a thousand each.
  let scaleEnd = last + 1
  while (codes[scaleEnd] === ',') {
    v /= 1000
    scaleEnd++
  }
  const block = codes.slice(first, last + 1)
  const point = block.indexOf('.')
  const intCodes = (point < 0 ? block : block.slice(0, point)).filter(digits)
  const decCodes = point < 0 ? [] : block.slice(point + 1).filter(digits)
  const grouped = (point < 0 ? block : block.slice(0, point)).includes(',')
  const rounded = excelRound(Math.abs(v), decCodes.length, 'half')
  const [intRaw, decRaw = ''] = rounded.toFixed(decCodes.length).split('.')
  let intText = intRaw === '0' ? '' : intRaw!
  intText = intText.padStart(intCodes.filter((c) => c === '0').length, '0')
  if (grouped) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  let decText = decRaw
  // Optional decimal places (#) drop their trailing zeros.
  for (let i = decCodes.length - 1; i >= 0 && decCodes[i] === '#' && decText.endsWith('0'); i--)
    decText = decText.slice(0, -1)
  const numberPart = intText + (point < 0 ? '' : `.${decText}`)
  const before = toks.slice(0, first)
  const after = toks.slice(scaleEnd)
  const text = (ts: Token[]) =>
    ts.map((t) => ('lit' in t ? t.lit : t.code === '%' ? '%' : t.code === ',' ? '' : '')).join('')
  return text(before) + numberPart + text(after)
}

/**
 * A value shown through an Excel number format code: up to four sections (positive; negative;
 * zero; text), digit placeholders 0 # ?, thousands separators and scaling commas, percent,
 * quoted and escaped literals, and date and time codes (d m y h s, [h], AM/PM).
 *
 * @example formatValue(-1500, '#,##0;(#,##0)') // '(1,500)'
 */
export function formatValue(value: number | string, code: string): string {
  const parts = sections(code)
  if (typeof value === 'string') {
    const section = parts[3] ?? (parts.length === 1 && parts[0]!.includes('@') ? parts[0]! : '@')
    return tokens(section)
      .map((t) => ('lit' in t ? t.lit : t.code === '@' ? value : ''))
      .join('')
  }
  let section = parts[0]!
  let shownValue = value
  if (value < 0 && parts.length >= 2) {
    section = parts[1]!
    shownValue = -value
  } else if (value === 0 && parts.length >= 3) section = parts[2]!
  const toks = tokens(section)
  const isDate = toks.some((t) => 'code' in t && /^(\[?[dmyhs]|AM\/PM|A\/P)/.test(t.code))
  if (isDate) return dateText(shownValue, toks)
  if (section.toLowerCase() === 'general') return String(Number(shownValue.toPrecision(11)))
  const text = numberText(shownValue, toks)
  return value < 0 && parts.length < 2 ? `-${text}` : text
}
