import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import {
  I18N_LOCALE_FAMILIES,
  I18N_MODELS,
  I18N_NUMBER_FAMILIES,
  I18N_PLURAL_FAMILIES,
  I18N_TEXT_FAMILIES,
  I18N_TIME_FAMILIES,
} from '../../../src/assessment/models/i18n/i18n-models.js'
import type { I18nScenario } from '../../../src/assessment/models/i18n/i18n-text.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...I18N_NUMBER_FAMILIES,
  ...I18N_PLURAL_FAMILIES,
  ...I18N_TEXT_FAMILIES,
  ...I18N_TIME_FAMILIES,
  ...I18N_LOCALE_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<I18nScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- The second route is Node's own ICU: Intl, String.prototype.normalize and the engine's
// case mapping, regular expressions and TextEncoder; nothing is shared with the families' tables.
type F = Readonly<Record<string, number | string>>
/** ICU's no-break and narrow no-break spaces, as the stems show them. */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
const digest = sp
const nf =
  (tag: string, o: Intl.NumberFormatOptions = {}) =>
  (v: number) =>
    sp(new Intl.NumberFormat(tag, o).format(v))
const S = (f: F, k: string) => String(f[k])
const N = (f: F, k: string) => Number(f[k])
const cat = (lang: string, n: number, o: Intl.PluralRulesOptions = {}) =>
  new Intl.PluralRules(lang, o).select(n)
const dtf = (tag: string, o: Intl.DateTimeFormatOptions) => (t: number) =>
  sp(new Intl.DateTimeFormat(tag, o).format(new Date(t)))
/** `YYYY-MM-DD HH:MM` of the instant `t` on the wall clock of `zone`, by Intl. */
const wallIn = (zone: string) => (t: number) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(t))
      .map((x) => [x.type, x.value]),
  )
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}
/** Minutes east of UTC in `zone` at `t`, read back from Intl's longOffset. */
const offIn = (zone: string, t: number) => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(t))
    .find((x) => x.type === 'timeZoneName')!.value
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name)
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}
const k = (key: string, wrong?: readonly string[]): SecondWorking =>
  wrong ? { key, wrong } : { key }
const sortBy = (ws: readonly string[], cmp?: (a: string, b: string) => number) =>
  [...ws].sort(cmp).join(', ')

const NUMBERS: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'en-in-grouping': (f) => {
    const v = N(f, 'd')
    return k(nf('en-IN')(v), [nf('en-US')(v)])
  },
  'de-de-two-decimals': (f) => {
    const v = N(f, 'minor') / 100
    const o = { minimumFractionDigits: 2, maximumFractionDigits: 2 }
    return k(nf('de-DE', o)(v), [nf('en-US', o)(v), nf('fr-FR', o)(v)])
  },
  'de-de-euro-placement': (f) =>
    k(nf('de-DE', { style: 'currency', currency: 'EUR' })(N(f, 'minor') / 100)),
  'jpy-zero-decimals': (f) =>
    k(nf('en-US', { style: 'currency', currency: 'JPY' })(Number(S(f, 'v')))),
  'en-in-rupee-currency': (f) => {
    const v = N(f, 'minor') / 100
    return k(nf('en-IN', { style: 'currency', currency: 'INR' })(v), [
      nf('en-US', { style: 'currency', currency: 'INR' })(v),
    ])
  },
  'percent-fraction-input': (f) => k(nf('en-US', { style: 'percent' })(Number(S(f, 'x')))),
  // From the pattern the stem states (#,##0 %, decimal comma, half away from zero), in integer
  // tenths of a percent, not from this Node's ICU data.
  'de-de-percent-one-decimal': (f) => {
    const tenThousandths = Number(S(f, 'x').slice(2))
    const tenths = Math.floor((tenThousandths + 5) / 10)
    const [w, d] = [Math.floor(tenths / 10), tenths % 10]
    return k(d === 0 ? `${w} %` : `${w},${d} %`)
  },
  'compact-short-en-us': (f) => k(nf('en-US', { notation: 'compact' })(Number(S(f, 'n')))),
  'ar-eg-native-digits': (f) => {
    const v = N(f, 'd')
    return k(nf('ar-EG')(v), [nf('en-US')(v), nf('fa-IR')(v)])
  },
  'parse-localised-input': (f) => {
    const t = S(f, 'typed')
    return k(String(S(f, 'fn') === 'parseFloat' ? Number.parseFloat(t) : Number(t)))
  },
  // ISO 4217 exponents as the stem states them; the major amount is split from the minor digits.
  'currency-minor-units': (f) => {
    const cur = S(f, 'cur')
    const places = ({ KWD: 3, BHD: 3, OMR: 3, JPY: 0, KRW: 0 } as Record<string, number>)[cur]!
    const digits = S(f, 'minor').padStart(places + 1, '0')
    const show = (ds: string, p: number) =>
      `${cur} ${BigInt(p ? ds.slice(0, -p) : ds).toLocaleString('en-US')}${p ? `.${ds.slice(-p)}` : ''}`
    // Divided by 100 whatever the currency, then shown with the currency's own decimals.
    const by100 =
      places === 3 ? `${N(f, 'minor')}0` : String(Math.floor((N(f, 'minor') + 50) / 100))
    return k(show(digits, places), [show(by100.padStart(places + 1, '0'), places)])
  },
  'es-es-four-digit-grouping': (f) => {
    const v = N(f, 'd')
    return k(nf('es-ES')(v), [
      nf(String(v).length === 4 ? 'de-DE' : 'es-ES', { useGrouping: String(v).length === 4 })(v),
      nf('en-US')(v),
      nf('fr-FR')(v),
    ])
  },
  'fr-fr-decimal-comma': (f) => {
    const v = Number(S(f, 'v'))
    return k(nf('fr-FR')(v), [nf('de-DE')(v), nf('en-US')(v)])
  },
  'accounting-negative': (f) => {
    const v = Number(S(f, 'v'))
    return k(nf('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' })(v), [
      nf('en-US', { style: 'currency', currency: 'USD' })(v),
    ])
  },
  'significant-digits': (f) => {
    const v = N(f, 'd')
    return k(nf('en-US', { maximumSignificantDigits: N(f, 's') })(v), [nf('en-US')(v)])
  },
}

const PL_NAME = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' } as Record<
  string,
  string
>
const categoryOf = (mistakes: readonly string[]) => (f: F) =>
  k(cat(S(f, 'lang'), N(f, 'n')), [cat('en', N(f, 'n')), ...mistakes.map((l) => cat(l, N(f, 'n')))])
const PLURALS: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'polish-category': categoryOf(['ru', 'cs']),
  'russian-category': categoryOf(['pl', 'cs']),
  'arabic-category': categoryOf(['cy', 'ga']),
  'welsh-category': categoryOf(['ar', 'ga']),
  'irish-category': categoryOf(['cy', 'ar']),
  'czech-category': categoryOf(['pl', 'ru']),
  'french-zero-is-one': (f) => {
    const n = N(f, 'n')
    const say = (c: string) => (c === 'one' ? `${n} photo supprimée` : `${n} photos supprimées`)
    return k(say(cat('fr', n)), [say(cat('en', n))])
  },
  'english-ordinal': (f) => {
    const n = N(f, 'n')
    const sfx = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>
    return k(`${n}${sfx[cat('en-US', n, { type: 'ordinal' })]}`, [
      `${n}${sfx[cat('en-US', n % 10, { type: 'ordinal' })]}`,
      `${n}th`,
      `${n}.`,
      `${n}º`,
    ])
  },
  'polish-message-forms': (f) => {
    const n = N(f, 'n')
    return k(`${n} ${PL_NAME[cat('pl', n)]}`, [
      `${n} ${PL_NAME[cat('ru', n)]}`,
      `${n} pliki`,
      `${n} plików`,
      `${n} pliku`,
      `${n} plik`,
    ])
  },
  'exact-zero-match': (f) => {
    const n = N(f, 'n')
    const c = cat('en', n)
    return k(n === 0 ? 'No new messages' : c === 'one' ? `${n} new message` : `${n} new messages`)
  },
  'nested-select-plural-forms': (f) => {
    const c = new Intl.PluralRules(S(f, 'lang')).resolvedOptions().pluralCategories.length
    const g = N(f, 'genders')
    return k(String(g * c), [
      String(g * 2),
      String(g + c),
      String(c),
      String(g * (c - 1)),
      String(g * (c + 1)),
    ])
  },
  'one-decimal-is-other': (f) => {
    const c = cat('en', 1, { minimumFractionDigits: 1 })
    return k(c === 'other' ? `1.0 ${S(f, 'noun')}` : `1.0 ${S(f, 'noun').slice(0, -1)}`)
  },
  'missing-category-fallback': (f) => {
    const n = N(f, 'n')
    const c = cat('pl', n)
    return k(c === 'one' ? `${n} plik` : `${n} pliki`, [
      `${n} ${PL_NAME[c]}`,
      `${n} plik`,
      `${n} pliku`,
    ])
  },
  'russian-few-count': (f) => {
    const list = S(f, 'list').split(',').map(Number)
    const few = list.filter((n) => cat('ru', n) === 'few').length
    return k(String(few), [String(list.filter((n) => n % 10 >= 2 && n % 10 <= 4).length)])
  },
  'select-other-fallback': (f) => {
    const v = S(f, 'value')
    const branches: Record<string, string> = { female: 'She replied', male: 'He replied' }
    return k(Object.hasOwn(branches, v) ? branches[v]! : 'They replied')
  },
  'category-count': (f) => {
    const c = new Intl.PluralRules(S(f, 'lang')).resolvedOptions().pluralCategories.length
    return k(String(c), ['2', String(c - 1), '6', String(c + 1), '3'])
  },
}

const seg = (s: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length
const measures = (s: string) => ({
  units: s.length,
  points: [...s].length,
  graphemes: seg(s),
  bytes: new TextEncoder().encode(s).length,
})
const measure = (what: 'units' | 'points' | 'graphemes' | 'bytes') => (f: F) => {
  const m = measures(S(f, 's'))
  const others = (['units', 'points', 'graphemes', 'bytes'] as const).filter((x) => x !== what)
  // Code points are asked without the byte counts above them (a cue otherwise).
  return k(
    String(m[what]),
    what === 'points'
      ? others.map((x) => String(m[x]))
      : [...others.map((x) => String(m[x])), String(m.units * 2), String(m.points * 4)],
  )
}
const pairsOf = (f: F) =>
  S(f, 'pairs')
    .split(',')
    .map((p) => p.split('|') as [string, string])
const TEXT: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'utf16-length': measure('units'),
  'code-point-count': measure('points'),
  'utf8-bytes': measure('bytes'),
  'nfd-length': (f) => {
    const w = S(f, 'word')
    return k(String(w.normalize('NFD').length), [String(w.length)])
  },
  'nfc-equality-count': (f) => {
    const ps = pairsOf(f)
    return k(String(ps.filter(([a, b]) => a.normalize('NFC') === b.normalize('NFC')).length), [
      String(ps.filter(([a, b]) => a === b).length),
      String(ps.filter(([a, b]) => a.normalize('NFKC') === b.normalize('NFKC')).length),
    ])
  },
  'turkish-uppercase': (f) => {
    const w = S(f, 'w')
    return k(w.toLocaleUpperCase('tr-TR'), [w.toUpperCase()])
  },
  'turkish-lowercase': (f) => {
    const w = S(f, 'w')
    return k(w.toLocaleLowerCase('tr'), [w.toLocaleLowerCase('en')])
  },
  'sharp-s-uppercase': (f) => k(S(f, 'w').toUpperCase()),
  'uppercase-length': (f) => {
    const w = S(f, 'w')
    return k(String(w.toUpperCase().length), [String(w.length)])
  },
  'collation-base-equal': (f) => {
    const ps = pairsOf(f)
    const sens = S(f, 'sens') as 'base' | 'accent'
    const c = new Intl.Collator('fr', { sensitivity: sens })
    return k(String(ps.filter(([a, b]) => c.compare(a, b) === 0).length), [
      String(ps.filter(([a, b]) => a === b).length),
    ])
  },
  'code-unit-sort': (f) => {
    const ws = S(f, 'ws').split(',')
    const en = new Intl.Collator('en')
    return k(sortBy(ws), [sortBy(ws, en.compare)])
  },
  // The alphabet the stem states (Swedish and Finnish collation differ across CLDR versions in
  // letters these lists avoid), not this Node's collator: each letter's place, then the word.
  'locale-collation-order': (f) => {
    const ws = S(f, 'ws').split(',')
    const lang = S(f, 'lang')
    const abc = [...'abcdefghijklmnopqrstuvwxyz']
    const order =
      lang === 'es'
        ? [...abc.slice(0, 14), 'ñ', ...abc.slice(14)]
        : lang === 'de'
          ? abc
          : [...abc, 'å', 'ä', 'ö']
    const fold = (c: string) =>
      lang === 'de' ? c.normalize('NFD')[0]! : c === 'ú' ? 'u' : c === 'ó' ? 'o' : c
    const rank = (w: string) => [...w.toLowerCase()].map((c) => order.indexOf(fold(c)))
    const cmp = (a: string, b: string) => {
      const [x, y] = [rank(a), rank(b)]
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
      return x.length - y.length
    }
    return k(sortBy(ws, cmp), [sortBy(ws)])
  },
  'numeric-collation': (f) => {
    const ws = S(f, 'ws').split(',')
    return k(sortBy(ws, new Intl.Collator('en', { numeric: true }).compare), [sortBy(ws)])
  },
  'nfkc-length': (f) => k(String(S(f, 's').normalize('NFKC').length), ['3']),
  'regex-dot-unicode-flag': (f) => {
    const set = S(f, 'set').split(',')
    const re = new RegExp('^.$', S(f, 'flag'))
    return k(String(set.filter((c) => re.test(c)).length))
  },
}

const p2 = (n: number) => String(n).padStart(2, '0')
const utcDay = (f: F) => Date.UTC(N(f, 'y'), N(f, 'm') - 1, N(f, 'd'))
/** The instant `day hhmm` in `zone`, found by walking UTC hours until Intl shows it there. */
function localAt(zone: string, day: string, hhmm: string): number {
  const base = Date.parse(`${day}T${hhmm}Z`)
  for (let h = -16; h <= 16; h++) {
    for (const m of [0, 30, 45, 15]) {
      const t = base + (h * 60 + m) * 60_000
      if (wallIn(zone)(t) === `${day} ${hhmm}`) return t
    }
  }
  throw new Error(`no ${hhmm} on ${day} in ${zone}`)
}
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const TIME: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'utc-to-local-dst': (f) => k(wallIn(S(f, 'zone'))(N(f, 't'))),
  'local-to-utc-dst': (f) => k(wallIn('UTC')(N(f, 't'))),
  'meeting-across-zones': (f) => k(wallIn(S(f, 'to'))(N(f, 't'))),
  'nonexistent-local-time': (f) => k(wallIn(S(f, 'zone'))(N(f, 't'))),
  'night-shift-across-dst': (f) => {
    const zone = S(f, 'zone')
    const [start, end] = [N(f, 'start'), N(f, 'end')]
    const from = localAt(zone, S(f, 'prev'), `${p2(start)}:00`)
    const to = localAt(zone, S(f, 'day'), `${p2(end)}:00`)
    return k(String((to - from) / 3_600_000), [String(24 - start + end)])
  },
  'zone-difference-hours': (f) => {
    const t = N(f, 't')
    return k(String((offIn(S(f, 'b'), t) - offIn(S(f, 'a'), t)) / 60))
  },
  'add-24-hours-across-dst': (f) => {
    const zone = S(f, 'zone')
    const t = N(f, 't')
    const start = wallIn(zone)(t)
    return k(wallIn(zone)(t + 86_400_000), [`${nextDay(start.slice(0, 10))} ${start.slice(11)}`])
  },
  'iso-week-number': (f) => {
    // ISO week by the Thursday of the date's Monday-to-Sunday week, with Intl's weekday.
    const t = utcDay(f)
    const wd = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(t)
    const mon = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(wd)
    const thu = t + (3 - mon) * 86_400_000
    const jan1 = Date.UTC(new Date(thu).getUTCFullYear(), 0, 1)
    return k(`W${p2(Math.floor((thu - jan1) / 86_400_000 / 7) + 1)}`)
  },
  // The week data the stem states, keyed by the tag's region (Intl.Locale's weekInfo is being
  // renamed getWeekInfo() in V8, so it is not read here).
  'first-day-of-week': (f) => {
    const region = new Intl.Locale(S(f, 'tag')).region!
    const first = ['US', 'CA', 'MX', 'BR', 'IL', 'JP'].includes(region)
      ? 7
      : region === 'EG'
        ? 6
        : 1
    const t = Date.UTC(2026, 0, 4 + first) // 2026-01-05 is a Monday
    return k(new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(t))
  },
  'short-date-by-locale': (f) =>
    k(dtf(S(f, 'tag'), { dateStyle: 'short', timeZone: 'UTC' })(utcDay(f))),
  'long-date-by-locale': (f) =>
    k(dtf(S(f, 'tag'), { dateStyle: 'long', timeZone: 'UTC' })(utcDay(f))),
  'weekday-name-by-locale': (f) =>
    k(dtf(S(f, 'l'), { weekday: 'long', timeZone: 'UTC' })(utcDay(f)), [
      dtf('en', { weekday: 'long', timeZone: 'UTC' })(utcDay(f)),
      dtf(S(f, 'l'), { weekday: 'long', timeZone: 'UTC' })(utcDay(f) - 86_400_000),
    ]),
  'time-style-by-locale': (f) => {
    const t = Date.UTC(2026, 0, 1, N(f, 'h'), N(f, 'mi'))
    const tag = S(f, 'tag')
    return k(dtf(tag, { timeStyle: 'short', timeZone: 'UTC' })(t), [
      dtf(tag === 'en-US' ? 'en-GB' : 'en-US', { timeStyle: 'short', timeZone: 'UTC' })(t),
    ])
  },
  'date-only-string-utc': (f) => {
    const iso = `${N(f, 'y')}-${p2(N(f, 'm'))}-${p2(N(f, 'd'))}`
    return k(sp(new Date(iso).toLocaleDateString('en-US', { timeZone: S(f, 'zone') })))
  },
  'relative-time': (f) => {
    const numeric = S(f, 'numeric') as 'auto' | 'always'
    const unit = S(f, 'unit') as Intl.RelativeTimeFormatUnit
    return k(new Intl.RelativeTimeFormat('en', { numeric }).format(N(f, 'v'), unit))
  },
}

const LOCALES: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'canonical-tag-case': (f) => {
    const raw = S(f, 'raw')
    return k(Intl.getCanonicalLocales(raw)[0]!, [raw.toLowerCase(), raw.toUpperCase()])
  },
  'likely-subtags-maximize': (f) => k(new Intl.Locale(S(f, 'tag')).maximize().toString()),
  'likely-subtags-minimize': (f) => k(new Intl.Locale(S(f, 'full')).minimize().toString()),
  'resource-lookup-fallback': (f) => {
    // Lookup again through Intl.Locale: the tag, its language-script form, its language.
    const avail = S(f, 'avail').split(',')
    const loc = new Intl.Locale(S(f, 'req'))
    const tries = [loc.toString(), loc.script ? `${loc.language}-${loc.script}` : '', loc.language]
    return k(tries.find((t) => t && avail.includes(t)) ?? 'en')
  },
  'accept-language-negotiation': (f) => {
    const avail = S(f, 'avail').split(',')
    const ranked = S(f, 'header')
      .split(', ')
      .map((h) => {
        const [tag, q] = h.split(';q=')
        return [tag!, q === undefined ? 1 : Number(q)] as const
      })
      .sort((a, b) => b[1] - a[1])
    for (const [tag] of ranked) {
      const loc = new Intl.Locale(tag)
      for (const t of [loc.toString(), loc.language]) if (avail.includes(t)) return k(t)
    }
    return k(avail[0]!)
  },
  'unicode-extension-tag': (f) =>
    k(new Intl.Locale(S(f, 'base'), { [S(f, 'opt')]: S(f, 'val') }).toString()),
  'well-formed-tag-count': (f) => {
    const ok = S(f, 'set')
      .split(' ')
      .filter((t) => {
        try {
          Intl.getCanonicalLocales(t)
          return true
        } catch {
          return false
        }
      })
    return k(String(ok.length))
  },
  'rtl-locale-count': (f) => {
    // The likely script, as the stem says (textInfo is being renamed getTextInfo() in V8).
    const dir = (t: string) =>
      ['Arab', 'Hebr'].includes(new Intl.Locale(t).maximize().script!) ? 'rtl' : 'ltr'
    return k(
      String(
        S(f, 'set')
          .split(' ')
          .filter((t) => dir(t) === 'rtl').length,
      ),
    )
  },
  'list-format': (f) => {
    const items = S(f, 'items').split(',')
    return k(new Intl.ListFormat(S(f, 'tag'), { type: 'conjunction' }).format(items))
  },
  'display-names-language': (f) => {
    const code = S(f, 'code')
    return k(new Intl.DisplayNames([S(f, 'ui')], { type: 'language' }).of(code)!, [
      new Intl.DisplayNames([code], { type: 'language' }).of(code)!,
      new Intl.DisplayNames(['en'], { type: 'language' }).of(code)!,
    ])
  },
  'pseudo-localisation-length': (f) => {
    const n = N(f, 'n')
    const rate = n <= 10 ? 1 : n <= 20 ? 0.8 : n <= 30 ? 0.6 : 0.3
    const padded = n + Math.ceil(Math.round(n * rate * 100) / 100)
    return k(String(padded + 2), [String(padded)])
  },
  'expansion-budget-overflow': (f) => {
    const ls = S(f, 'ls').split(',').map(Number)
    const [budget, rate] = [N(f, 'budget'), N(f, 'rate')]
    const grown = ls.map((l) => -Math.floor((-l * (100 + rate)) / 100))
    return k(String(grown.filter((g) => g > budget).length), [
      String(ls.filter((l) => l > budget).length),
    ])
  },
  'plural-entries-in-file': (f) => {
    const c = new Intl.PluralRules(S(f, 'lang')).resolvedOptions().pluralCategories.length
    return k(String(N(f, 'plain') + N(f, 'plural') * c), [
      String(N(f, 'plain') + N(f, 'plural') * 2),
    ])
  },
  'fallback-coverage-count': (f) => {
    // Enumerate the keys: regional holds keys 0…r-1, the base file the last `base` keys but
    // shares `both` with the regional file.
    const [total, r, base, both] = figuresOf(f, 'total', 'regional', 'base', 'both')
    const regional = new Set(Array.from({ length: r }, (_, i) => i))
    const inBase = new Set([
      ...Array.from({ length: both }, (_, i) => i),
      ...Array.from({ length: base - both }, (_, i) => r + i),
    ])
    let english = 0
    for (let i = 0; i < total; i++) if (!regional.has(i) && !inBase.has(i)) english++
    return k(String(english), [String(total - base)])
  },
  'resource-file-count': (f) => {
    const [locales, ns, regional] = [N(f, 'locales'), N(f, 'ns'), N(f, 'regional')]
    let files = 0
    for (let l = 0; l <= locales; l++) files += l > locales - regional ? 1 : ns
    return k(String(files), [String((1 + locales) * ns)])
  },
}

const SECOND: Readonly<Record<string, (f: F) => SecondWorking>> = {
  ...NUMBERS,
  ...PLURALS,
  ...TEXT,
  ...TIME,
  ...LOCALES,
}

describeEngineIndependent('internationalisation scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: "Node's ICU (Intl, normalize, Segmenter) and enumeration",
    firstMistakesOnly: true,
    atLeast: 75,
    digest,
    models: I18N_MODELS,
    engines,
  })
})
