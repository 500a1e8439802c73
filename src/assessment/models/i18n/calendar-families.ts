import type { Rng } from '../../rng.js'
import { family } from './i18n-text.js'

// Calendars and date display: ISO weeks, first day of the week by locale, Intl date and time
// styles, relative time and JavaScript Date pitfalls. Patterns are typed from CLDR as ICU 7x
// applies them; the key test formats the same dates with Intl. Dates are in 2026 unless stated.

const MONTHS = {
  en: [
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
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
} as const
const DAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
} as const

const p2 = (n: number) => String(n).padStart(2, '0')
/** A day in 2026 (month 1-based) with day 13–28, so day and month cannot be confused. */
const dayOf = (rng: Rng) => ({ y: 2026, m: rng.int(1, 12), d: rng.int(13, 28) })
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay()

/** ISO 8601 week number: weeks start Monday; week 1 holds the year's first Thursday. */
function isoWeek(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d)
  const dow = (weekday(y, m, d) + 6) % 7
  const thursday = t + (3 - dow) * 86_400_000
  const ty = new Date(thursday).getUTCFullYear()
  return Math.floor((thursday - Date.UTC(ty, 0, 1)) / 86_400_000 / 7) + 1
}
/** US-style week number: weeks start Sunday; week 1 holds 1 January. */
function usWeek(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d)
  const jan1 = weekday(y, 1, 1)
  return Math.floor(((t - Date.UTC(y, 0, 1)) / 86_400_000 + jan1) / 7) + 1
}

export const CALENDAR_FAMILIES = [
  family('iso-week-number', (rng) => {
    const y = rng.pick([2026, 2027, 2021])
    const m = rng.pick([1, 1, 12, rng.int(2, 11)])
    const d = m === 1 ? rng.int(1, 10) : m === 12 ? rng.int(22, 31) : rng.int(1, 28)
    const iso = isoWeek(y, m, d)
    const doy = Math.floor((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000)
    return {
      stem: `A European payroll report labels ${y}-${p2(m)}-${p2(d)} with its ISO 8601 week number (weeks start on Monday; week 1 is the week holding the year's first Thursday). Which week number is it?`,
      key: `W${p2(iso)}`,
      wrong: [
        [`W${p2(usWeek(y, m, d))}`, 'uses the US rule: Sunday start, week 1 holds 1 January'],
        [`W${p2(Math.floor(doy / 7) + 1)}`, 'counts seven-day blocks from 1 January'],
        [`W${p2(Math.floor(doy / 7))}`, 'counts completed weeks from 1 January'],
        [
          `W${p2(Math.floor((doy + 7 - ((weekday(y, m, d) + 6) % 7)) / 7))}`,
          'numbers weeks from the first Monday, as strftime %W does',
        ],
        [
          `W${p2(Math.floor((doy + 7 - weekday(y, m, d)) / 7))}`,
          'numbers weeks from the first Sunday, as strftime %U does',
        ],
        [`W${p2(iso - 1)}`, 'numbers ISO weeks from zero'],
        [
          `W${p2(Math.ceil((doy + 1 + ((weekday(y, 1, 1) + 6) % 7)) / 7))}`,
          'counts Monday-start weeks from the one holding 1 January',
        ],
      ],
      figures: { y, m, d },
    }
  }),
  family('first-day-of-week', (rng) => {
    const [tag, first] = rng.pick([
      ['en-US', 7],
      ['en-GB', 1],
      ['de-DE', 1],
      ['ar-EG', 6],
      ['pt-BR', 7],
      ['fr-FR', 1],
      ['he-IL', 7],
      ['ja-JP', 7],
      ['fr-CA', 7],
      ['es-MX', 7],
      ['es-ES', 1],
    ] as const)
    const name = (n: number) => DAYS.en[n % 7]!
    // The first day in the country the language is best known for (en → US, fr → FR, es → ES).
    const byLanguage = { en: 7, fr: 1, es: 1, de: 1, ar: 6, pt: 7, he: 7, ja: 7 }[tag.slice(0, 2)]!
    return {
      stem: `A date picker takes its first column from CLDR's week data for the locale ${tag}. That data is keyed by region, not language: firstDay is Monday for the world default (region 001) and every region not listed otherwise; Sunday for regions including US, CA, MX, BR, IL and JP; Saturday for regions including EG. Which day does the picker start the week on?`,
      key: name(first),
      wrong: [
        [name(byLanguage), "follows the language's best-known country, not the region"],
        [
          name(first === 1 ? 7 : 1),
          first === 1
            ? 'applies the US Sunday start everywhere'
            : 'applies the ISO Monday start everywhere',
        ],
        [
          name(first === 6 ? 7 : 6),
          first === 6
            ? 'applies the US Sunday start everywhere'
            : 'applies the Middle Eastern Saturday start',
        ],
        [name(5), 'takes the first weekend day as the week start'],
        [name(first === 6 ? 1 : first === 1 ? 6 : 1), 'reads firstDay 1 as Sunday'],
        [name(0), 'expects Sunday for every non-European locale'],
      ],
      figures: { tag },
    }
  }),
  family('short-date-by-locale', (rng) => {
    const { y, m, d } = dayOf(rng)
    const tag = rng.pick(['en-US', 'en-GB', 'de-DE', 'ja-JP', 'fr-FR'])
    const f: Record<string, string> = {
      'en-US': `${m}/${d}/${String(y).slice(2)}`,
      'en-GB': `${p2(d)}/${p2(m)}/${y}`,
      'de-DE': `${p2(d)}.${p2(m)}.${String(y).slice(2)}`,
      'ja-JP': `${y}/${p2(m)}/${p2(d)}`,
      'fr-FR': `${p2(d)}/${p2(m)}/${y}`,
    }
    const others = Object.entries(f).filter(([t, v]) => t !== tag && v !== f[tag])
    return {
      stem: `An order page formats ${y}-${p2(m)}-${p2(d)} with \`new Intl.DateTimeFormat('${tag}', { dateStyle: 'short', timeZone: 'UTC' })\`. What does it display?`,
      key: f[tag]!,
      wrong: [
        ...others.map(([t, v]) => [v, `uses the ${t} pattern`] as [string, string]),
        [`${y}-${p2(m)}-${p2(d)}`, 'expects ISO 8601 in every locale'],
      ],
      figures: { tag, y, m, d },
    }
  }),
  family('long-date-by-locale', (rng) => {
    const { y, m, d } = dayOf(rng)
    const tag = rng.pick(['en-US', 'de-DE', 'fr-FR', 'es-ES'])
    const l = tag.slice(0, 2) as keyof typeof MONTHS
    const mon = MONTHS[l][m - 1]!
    const f: Record<string, string> = {
      en: `${MONTHS.en[m - 1]} ${d}, ${y}`,
      de: `${d}. ${MONTHS.de[m - 1]} ${y}`,
      fr: `${d} ${MONTHS.fr[m - 1]} ${y}`,
      es: `${d} de ${MONTHS.es[m - 1]} de ${y}`,
    }
    const capped = mon[0]!.toUpperCase() + mon.slice(1)
    return {
      stem: `A contract template formats its date with \`new Intl.DateTimeFormat('${tag}', { dateStyle: 'long', timeZone: 'UTC' })\` for ${y}-${p2(m)}-${p2(d)}. What does it display?`,
      key: f[l]!,
      wrong: [
        [
          l === 'en' ? `${d} ${mon} ${y}` : f[l]!.replace(mon, capped),
          l === 'en' ? 'uses the British day-first order' : 'capitalises the month name',
        ],
        [
          l === 'de' ? `${d} ${mon} ${y}` : `${d}. ${mon} ${y}`,
          l === 'de' ? 'drops the German ordinal period' : 'adds the German ordinal period',
        ],
        [
          `${MONTHS.en[m - 1]} ${d}, ${y}`.replace(
            l === 'en' ? 'X' : MONTHS.en[m - 1]!,
            l === 'en' ? 'X' : mon,
          ),
          l === 'en' ? '' : 'keeps the US month-first order',
        ],
        [
          l === 'en' ? `${MONTHS.en[m - 1]} ${d}th, ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`,
          l === 'en' ? 'adds an ordinal suffix' : 'leaves the month name in English',
        ],
        [
          l === 'es' ? `${d} ${mon} ${y}` : `${d} de ${mon} de ${y}`,
          l === 'es' ? 'drops the Spanish “de”' : 'adds the Spanish “de”',
        ],
      ].filter(([, mm]) => mm !== '') as [string, string][],
      figures: { tag, y, m, d },
    }
  }),
  family('weekday-name-by-locale', (rng) => {
    const { y, m, d } = dayOf(rng)
    const l = rng.pick(['de', 'fr', 'es'] as const)
    const w = weekday(y, m, d)
    const name = DAYS[l][w]!
    return {
      stem: `A calendar formats ${y}-${p2(m)}-${p2(d)} with \`new Intl.DateTimeFormat('${l}', { weekday: 'long', timeZone: 'UTC' })\`. What does it display?`,
      key: name,
      wrong: [
        [DAYS.en[w]!, 'expects English day names from a bare locale'],
        [
          DAYS[l][(w + 6) % 7]!,
          'reads the date at local midnight in a zone west of UTC, a day early',
        ],
        [
          l === 'de' ? name.toLowerCase() : name[0]!.toUpperCase() + name.slice(1),
          l === 'de' ? 'lowercases the German noun' : 'capitalises the day as English does',
        ],
        [DAYS[l][(w + 1) % 7]!, 'indexes a Monday-first list of names with getDay()'],
      ],
      figures: { l, y, m, d },
    }
  }),
]

export const DATE_PITFALL_FAMILIES = [
  family('time-style-by-locale', (rng) => {
    const h = rng.int(13, 23)
    const mi = rng.int(1, 59)
    const tag = rng.pick(['en-US', 'en-US', 'de-DE', 'en-GB', 'ja-JP'])
    const h12 = `${h - 12}:${p2(mi)} PM`
    const h24 = `${h}:${p2(mi)}`
    const key = tag === 'en-US' ? h12 : h24
    return {
      stem: `A delivery slot at ${h}:${p2(mi)} (UTC) is shown with \`new Intl.DateTimeFormat('${tag}', { timeStyle: 'short', timeZone: 'UTC' })\`. Any no-break space in the output is shown here as an ordinary space. What does it display?`,
      key,
      wrong: [
        [
          tag === 'en-US' ? h24 : h12,
          tag === 'en-US'
            ? 'expects a 24-hour clock in every locale'
            : 'applies the US 12-hour clock',
        ],
        [`${p2(h - 12)}:${p2(mi)} PM`, 'pads the 12-hour hour to two digits'],
        [`${h}:${p2(mi)}:00`, 'expects seconds in the short style'],
        [`${h - 12}:${p2(mi)}`, 'drops the day period from a 12-hour time'],
        [`${h}h${p2(mi)}`, 'uses the French-Canadian h separator'],
      ],
      figures: { tag, h, mi },
    }
  }),
  family('date-only-string-utc', (rng) => {
    const { y, m, d } = dayOf(rng)
    const [zone, west] = rng.pick([
      ['America/Los_Angeles', true],
      ['America/New_York', true],
      ['America/Sao_Paulo', true],
      ['Asia/Tokyo', false],
      ['Europe/Berlin', false],
    ] as const)
    const prev = `${m}/${d - 1}/${y}`
    const same = `${m}/${d}/${y}`
    return {
      stem: `An event date arrives from an API as '${y}-${p2(m)}-${p2(d)}' and is shown with \`new Date('${y}-${p2(m)}-${p2(d)}').toLocaleDateString('en-US', { timeZone: '${zone}' })\`. A date-only ISO string is parsed as UTC midnight. What does it display?`,
      key: west ? prev : same,
      wrong: [
        [
          west ? same : prev,
          west
            ? 'expects a date-only string to be local midnight'
            : 'expects every zone east of UTC to roll back a day',
        ],
        [`${d}/${m}/${y}`, 'writes the day first as en-GB does'],
        [`${m}/${d + 1}/${y}`, 'moves the date forward for a zone behind UTC'],
        [`${y}-${p2(m)}-${p2(d)}`, 'expects the ISO string back unchanged'],
      ],
      figures: { zone, y, m, d },
    }
  }),
  family('relative-time', (rng) => {
    const [unit, plural] = rng.pick([
      ['day', 'days'],
      ['week', 'weeks'],
      ['month', 'months'],
      ['year', 'years'],
    ] as const)
    const v = rng.pick([-1, 1, -2, 3, -1, 1])
    const numeric = rng.pick(['auto', 'always'] as const)
    const words: Record<string, [string, string]> = {
      day: ['yesterday', 'tomorrow'],
      week: ['last week', 'next week'],
      month: ['last month', 'next month'],
      year: ['last year', 'next year'],
    }
    const plain =
      v < 0 ? `${-v} ${-v === 1 ? unit : plural} ago` : `in ${v} ${v === 1 ? unit : plural}`
    const key = numeric === 'auto' && Math.abs(v) === 1 ? words[unit]![v < 0 ? 0 : 1] : plain
    return {
      stem: `An activity feed writes \`new Intl.RelativeTimeFormat('en', { numeric: '${numeric}' }).format(${v}, '${unit}')\`. With numeric 'auto', ±1 uses a word such as “yesterday”; 'always' keeps the number. What does it produce?`,
      key,
      wrong: [
        [
          key === plain
            ? Math.abs(v) === 1
              ? words[unit]![v < 0 ? 0 : 1]
              : `${Math.abs(v)} ${plural}`
            : plain,
          key === plain
            ? Math.abs(v) === 1
              ? 'uses the word with numeric always'
              : 'drops the direction'
            : 'ignores numeric auto',
        ],
        [
          v < 0 ? `in ${-v} ${-v === 1 ? unit : plural}` : `${v} ${v === 1 ? unit : plural} ago`,
          'reads the sign the wrong way round',
        ],
        [v < 0 ? `${v} ${plural}` : `+${v} ${plural}`, 'prints the signed number with the unit'],
        [v < 0 ? `${-v} ${plural} ago` : `in ${v} ${plural}`, 'always uses the plural unit'],
      ],
      figures: { unit, v, numeric },
    }
  }),
]
