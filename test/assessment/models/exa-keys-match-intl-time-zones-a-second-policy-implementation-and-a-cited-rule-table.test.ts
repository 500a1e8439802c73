import { expect, it } from 'vitest'
import {
  EXA_ACCESS_FAMILIES,
  EXA_EXPENSE_FAMILIES,
  EXA_OFFICE_FAMILIES,
  EXA_TRAVEL_FAMILIES,
  EXA_ZONE_FAMILIES,
} from '../../../src/assessment/models/exa/exa-models.js'
import type { ExaScenario } from '../../../src/assessment/models/exa/exa-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...EXA_ZONE_FAMILIES,
  ...EXA_TRAVEL_FAMILIES,
  ...EXA_EXPENSE_FAMILIES,
  ...EXA_OFFICE_FAMILIES,
  ...EXA_ACCESS_FAMILIES,
]
const DRAWS = 30
type F = Record<string, unknown>

/**
 * The documented answer of every rule family, the page or rule book that states it, and a pattern
 * every true wording of the key must match: written here from the sources, apart from the families.
 */
const RULES: Record<string, readonly [answer: string, source: RegExp, marker: RegExp]> = {
  'minutes-record-what-was-done': ['done-not-said', /48:2/, /done|decisions/],
  'minutes-approved-at-next-meeting': ['next-meeting', /48:11/, /next regular meeting/],
  'bcc-hides-recipients': ['bcc', /RFC 5322/, /^(Every investor|Investors) in Bcc/],
  'outlook-author-creates-without-editing-owner-items': [
    'Author',
    /delegate permission levels/,
    /^Author/,
  ],
  'outlook-editor-changes-owner-items': ['Editor', /delegate permission levels/, /^Editor/],
  'outlook-reviewer-read-only': ['Reviewer', /delegate permission levels/, /^Reviewer/],
  'outlook-private-items-hidden-from-delegates': [
    'private-hidden',
    /private items/,
    /unless she shares private items|no details/,
  ],
  'outlook-meeting-requests-need-editor': [
    'editor-plus-copies',
    /meeting-related messages/,
    /Editor.*copies/,
  ],
  'delegate-sends-on-behalf': ['on-behalf', /Send on Behalf/, /on behalf of/],
  'graph-limited-read-shows-subject-location': ['limitedRead', /calendarpermission/, /limitedRead/],
  'graph-read-excludes-private': [
    'read-not-private',
    /calendarpermission/,
    /except private|not the private/,
  ],
  'graph-free-busy-read-only-times': ['freeBusyRead', /calendarpermission/, /freeBusyRead/],
  'google-free-busy-hides-details': ['free-busy', /Share your calendar/, /^See only free\/busy/],
  'google-all-details-excludes-private': [
    'private-hidden',
    /Share your calendar/,
    /no details|Not its details/,
  ],
  'google-make-changes-sees-private': [
    'make-changes',
    /Share your calendar/,
    /^Make changes to events/,
  ],
  'google-sharing-needs-manage-sharing': [
    'manage-sharing',
    /Share your calendar/,
    /manage sharing/,
  ],
  'google-broader-permission-wins': ['broader', /broader permission/, /broader|All event details/],
  'send-as-shows-only-the-owner': ['send-as', /mailbox-permissions/, /^Send As/],
}

// ---- Time: every wall time and offset from Intl with the IANA zone, never from the families' rules.

const MIN = 60000
const cached = <T>(make: (zone: string) => T) => {
  const seen = new Map<string, T>()
  return (zone: string): T => seen.get(zone) ?? seen.set(zone, make(zone)).get(zone)!
}
const numeric = cached(
  (zone) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }),
)
const named = cached(
  (zone) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
)
/** The offset of `zone` at UTC minute `u`, read from Intl. */
function intlOffset(zone: string, u: number): number {
  if (zone === 'UTC') return 0
  const p = Object.fromEntries(
    numeric(zone)
      .formatToParts(new Date(u * MIN))
      .map((x) => [x.type, Number(x.value)]),
  ) as Record<string, number>
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) / MIN - u
}
/** The UTC minute at which `zone`'s clock shows wall minute `w`: searched over the day's offsets. */
function instant(zone: string, w: number): number {
  for (const guess of [
    -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    11, 12, 13, 14,
  ].flatMap((h) => [h * 60, h * 60 + 30, h * 60 + 45])) {
    const u = w - guess
    if (intlOffset(zone, u) === guess) return u
  }
  throw new Error(`no instant for ${zone} ${w}`)
}
/** `Tue 10 Mar, 14:05` (or `14:05`) as Intl shows UTC minute `u` in `zone`. */
function shown(zone: string, u: number, withDate = true): string {
  const p = Object.fromEntries(
    named(zone)
      .formatToParts(new Date(u * MIN))
      .map((x) => [x.type, x.value]),
  ) as Record<string, string>
  const t = `${p.hour}:${p.minute}`
  // en-GB writes September as Sept; the items use three-letter months throughout
  return withDate ? `${p.weekday} ${p.day} ${p.month!.slice(0, 3)}, ${t}` : t
}
const dayOnly = (zone: string, u: number) => shown(zone, u).split(',')[0]!
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
const hoursText = (m: number) =>
  m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} hours`
const flightText = (m: number) => `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`
const usd = (v: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(v)
const round2 = (v: number) => Math.round(v * 100) / 100
const weekday = (dayNumber: number) => new Date(dayNumber * 86400000).getUTCDay()

// ---- Policies applied again, one rule at a time, as the stems state them.

const NOT_REIMBURSED = ['minibar', 'in-room film', 'dinner wine'] // alcohol, minibar, in-room entertainment
function expected(s: ExaScenario): string | null {
  const f = s.facts as F
  const n = (k: string) => f[k] as number
  switch (f.kind) {
    case 'convert':
      return shown(f.to as string, instant(f.from as string, n('wall')), f.showDate as boolean)
    case 'offset': {
      const o = intlOffset(f.zone as string, instant(f.zone as string, n('wall')))
      return `UTC${o < 0 ? '-' : '+'}${Math.abs(o) / 60}`
    }
    case 'overlap': {
      const noon = n('date')
      const ahead =
        intlOffset(f.b as string, instant(f.b as string, noon)) -
        intlOffset(f.a as string, instant(f.a as string, noon))
      // the team's 09:00-17:00 on the executive's clock, intersected with hers
      const s0 = Math.max(540, 540 - ahead)
      const e0 = Math.min(1020, 1020 - ahead)
      return `${hhmm(s0)}–${hhmm(e0)}`
    }
    case 'elapsed':
      return hoursText(instant(f.zone as string, n('end')) - instant(f.zone as string, n('start')))
    case 'arrive':
      return shown(f.to as string, instant(f.from as string, n('wall')) + n('block'))
    case 'duration':
      return flightText(instant(f.to as string, n('arr')) - instant(f.from as string, n('dep')))
    case 'layover':
      return `${instant(f.hub as string, n('dep2')) - (instant(f.from as string, n('wall')) + n('block')) - n('mct')} minutes`
    case 'latest':
      return shown(f.from as string, instant(f.to as string, n('meet')) - n('buffer') - n('block'))
    case 'nights': {
      const land = instant(f.from as string, n('wall')) + n('block')
      const landLocal = land + intlOffset(f.to as string, land)
      const nights = Math.round((n('leave') - Math.floor(landLocal / 1440) * 1440) / 1440)
      return `${nights} nights from ${dayOnly(f.to as string, land)}`
    }
    case 'schengen': {
      const t0 = n('today')
      const used = new Set<number>()
      for (const [a, b] of f.stays as [number, number][])
        for (let d = a; d <= b; d++) if (d > t0 - 180 && d < t0) used.add(d)
      return `${used.size} days`
    }
    case 'perdiem': {
      const rate = n('rate')
      let total = 0
      for (let d = 1; d <= n('days'); d++) total += d === 1 || d === n('days') ? rate * 0.75 : rate
      return usd(round2(total - (f.meals as number[]).reduce((a, b) => a + b, 0)))
    }
    case 'fx':
      return usd(round2(f.op === 'mul' ? n('amt') * n('rate') : n('amt') / n('rate')))
    case 'fxfee':
      return usd(round2(n('amt') * n('rate') + (n('amt') * n('rate') * n('fee')) / 100))
    case 'receipts': {
      const items = f.items as number[]
      const rec = f.receipted as boolean[]
      return usd(items.filter((v, i) => rec[i] || v < n('th')).reduce((a, b) => a + b, 0))
    }
    case 'hotel':
      return usd(n('n') * (Math.min(n('room'), n('cap')) + n('tax')))
    case 'mileage':
      return usd(round2((n('trip') - n('commute')) * n('rate')))
    case 'tip':
      return usd(round2(n('bill') + Math.min(n('tip'), (n('bill') * n('capPct')) / 100)))
    case 'lines':
      return usd(
        (f.lines as [string, number][])
          .filter(([name]) => !NOT_REIMBURSED.includes(name))
          .reduce((a, [, v]) => a + v, 0),
      )
    case 'advance':
      return usd(n('adv') - (n('spent') - n('nonRe')))
    case 'airfare':
      return usd(
        (f.flights as { hrs: number; eco: number; biz: number }[]).reduce(
          (a, x) => a + (x.hrs > n('h') ? x.biz : x.eco),
          0,
        ),
      )
    case 'meal':
      return usd(Math.min(n('bill'), n('limit') * n('people')))
    case 'late':
      return usd(
        (f.ages as number[]).reduce(
          (a, age, i) => a + (age > n('win') ? 0 : (f.amounts as number[])[i]!),
          0,
        ),
      )
    case 'reply': {
      // minute by minute through Monday–Friday 09:00–17:00
      let t = n('recv')
      let left = n('hrs') * 60
      while (left > 0) {
        const wd = weekday(Math.floor(t / 1440))
        const m = t % 1440
        if (wd >= 1 && wd <= 5 && m >= 540 && m < 1020) left--
        t++
      }
      return shown('UTC', t)
    }
    case 'workdays': {
      let d = Math.floor(n('start') / 1440)
      let left = n('n')
      while (left > 0) {
        d++
        const wd = weekday(d)
        if (wd !== 0 && wd !== 6 && d * 1440 !== n('hol')) left--
      }
      return dayOnly('UTC', d * 1440)
    }
    case 'version':
      return f.approved ? `v${n('major') + 1}.0` : `v${n('major')}.${n('minor') + n('edits')}`
    case 'isosort': {
      const names = (f.dates as number[]).map(
        (t) => `Board-pack_${new Date(t * MIN).toISOString().slice(0, 10)}.docx`,
      )
      return names.sort().at(-1)!
    }
    case 'triage':
      return null // checked below against the rule table of the stem
    case 'buffer': {
      const mtgs = f.mtgs as [number, number][]
      for (let st = 540; st + n('len') <= 1080; st++) {
        if (mtgs.every(([a, b]) => st >= b + n('buf') || st + n('len') + n('buf') <= a))
          return hhmm(st)
      }
      return 'none'
    }
    case 'clash': {
      const mtgs = f.mtgs as [number, number][]
      let c = 0
      mtgs.forEach(([a, b], i) => {
        for (const [x, y] of mtgs.slice(i + 1)) if (a < y && x < b) c++
      })
      return String(c)
    }
    case 'perdiem2': {
      const rate = n('rate')
      const firstShare = n('depH') < 12 ? 0.75 : 0.5
      return usd(round2(rate * firstShare + rate * (n('days') - 2) + rate * 0.75))
    }
    case 'fx2':
      return usd(round2(n('eur') * n('re') + n('gbp') * n('rg')))
    case 'declaration':
      return usd(
        n('withRec') +
          Math.min(
            n('capD'),
            (f.missing as number[]).reduce((a, b) => a + b, 0),
          ),
      )
    case 'lodging':
      return usd(n('rate') * n('biz'))
    case 'gift':
      return usd(n('n') * Math.min(n('price'), n('limit')))
    case 'miles2':
      return usd(round2(n('oneWay') * 2 * n('rate')))
    case 'onward': {
      const land = instant(f.from as string, n('wall')) + n('block')
      const deps = f.deps as number[]
      const i = deps.findIndex((w) => instant(f.hub as string, w) - land >= n('mct'))
      return `${(f.names as string[])[i]} at ${hhmm(deps[i]! % 1440)}`
    }
    case 'matrix':
      return f.important
        ? f.urgent
          ? 'Do it now'
          : 'Schedule it'
        : f.urgent
          ? 'Delegate it'
          : 'Delete it'
    case 'clear': {
      // n whole days strictly between sending and the meeting
      const meetDay = Math.floor(n('meet') / 1440)
      return dayOnly('UTC', (meetDay - n('n') - 1) * 1440)
    }
    case 'quorum':
      return `${Math.ceil((n('members') + 1) / 2)} directors`
    case 'vote': {
      const tally = `${n('yes')} to ${n('no')}`
      return n('yes') * 2 > n('yes') + n('no') ? `Carried, ${tally}` : `Lost, ${tally}`
    }
    case 'inbox':
      return String(n('total') - (n('news') + n('inv') - n('both')))
    case 'followup': {
      let d = Math.floor(n('sent') / 1440)
      let left = n('n') + 1 // the wait, then the next working morning
      while (left > 0) {
        d++
        if (weekday(d) % 6 !== 0) left--
      }
      return dayOnly('UTC', d * 1440)
    }
    case 'semver': {
      const parse = (x: string) => x.slice(1).split('.').map(Number) as [number, number]
      const best = [...(f.names as string[])].sort((a, b) => {
        const [am, an] = parse(a)
        const [bm, bn] = parse(b)
        return bm - am || bn - an
      })[0]
      return `Contract_${best}.docx`
    }
    case 'travelgap':
      return hhmm(n('end1') + n('travel') + n('pad'))
    case 'cap':
      return `${n('capH') * 60 - (f.mtgs as [number, number][]).reduce((a, [x, y]) => a + y - x, 0)} minutes`
    case 'series':
      return String((f.off as number[]).filter((w) => w >= 1 && w <= n('weeks')).length)
    default:
      return null
  }
}

describeEngineIndependent('Executive assistance keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('match Intl time zones, a second implementation of each stated policy, or the cited rule table', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      const want = expected(s as ExaScenario)
      if (want === null) continue
      checked++
      if (s.key !== want) problems.push(`${family}: key ${s.key}, expected ${want}`)
      for (const [t] of distinctWrongs(s))
        if (t === want) problems.push(`${family}: a distractor is the key`)
    }
    expect(problems.slice(0, 10)).toEqual([])
    expect(checked).toBeGreaterThan(1500)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
  })

  it('triage by the first rule in the stated order that the email matches', () => {
    for (const { family, s } of drawn) {
      const f = (s as ExaScenario).facts as F
      if (f.kind !== 'triage') continue
      const first = (f.order as number[]).find((i) => (f.traits as number[]).includes(i))!
      const action = [
        'Flag urgent',
        'Forward to the finance',
        'Check against the calendar',
        'Move to the Read later',
      ][first]!
      expect(s.key.startsWith(action), family).toBe(true)
    }
  })

  it('cite a source for every rule family, with each true wording fitting the rule', () => {
    const ruleDraws = drawn.filter((d) => (d.s as ExaScenario).facts.kind === 'rule')
    expect(new Set(ruleDraws.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const [id, [answer, source, marker]] of Object.entries(RULES)) {
      const f = (ruleDraws.find((d) => d.family === id)!.s as ExaScenario).facts
      expect(f.answer, id).toBe(answer)
      expect(f.source as string, id).toMatch(source)
      for (const k of f.keys as string[]) expect(k, id).toMatch(marker)
      for (const d of ruleDraws.filter((x) => x.family === id))
        for (const [t] of distinctWrongs(d.s))
          expect(t, `${id}: a distractor fits the rule`).not.toMatch(marker)
    }
  })
})
