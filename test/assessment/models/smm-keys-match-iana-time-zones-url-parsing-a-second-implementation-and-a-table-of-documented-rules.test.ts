import { expect, it } from 'vitest'
import {
  SMM_COMMUNITY_FAMILIES,
  SMM_DISCLOSURE_FAMILIES,
  SMM_METRIC_FAMILIES,
  SMM_PAID_FAMILIES,
  SMM_PLANNING_FAMILIES,
  SMM_PLATFORM_FAMILIES,
} from '../../../src/assessment/models/smm/smm-models.js'
import type { SmmScenario } from '../../../src/assessment/models/smm/smm-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SMM_PLANNING_FAMILIES,
  ...SMM_METRIC_FAMILIES,
  ...SMM_PAID_FAMILIES,
  ...SMM_COMMUNITY_FAMILIES,
  ...SMM_PLATFORM_FAMILIES,
  ...SMM_DISCLOSURE_FAMILIES,
]
const DRAWS = 40
type In = Readonly<Record<string, number>>

// ---- Time zones from the IANA database through Intl, not from the families' own DST rules.
const IANA = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Athens',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Sao_Paulo',
]
const parts = (t: number, timeZone: string) => {
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(t))
  const get = (k: string) => Number(p.find((x) => x.type === k)!.value)
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
}
/** Minutes `zone` is ahead of UTC at `t`, read from Intl's wall clock. */
const off = (t: number, zone: string) => (parts(t, zone) - t) / 60_000
/** Standard offset: the smaller of mid-January's and mid-July's. */
const std = (zone: string) =>
  Math.min(off(Date.UTC(2026, 0, 15), zone), off(Date.UTC(2026, 6, 15), zone))
const observesDst = (zone: string) =>
  off(Date.UTC(2026, 0, 15), zone) !== off(Date.UTC(2026, 6, 15), zone)
/** A wall time (ms read as UTC) written `Tue 14 Apr, 19:00`, by Intl in UTC. */
const wall = (ms: number) => {
  const p = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms))
  const g = (k: string) => p.find((x) => x.type === k)!.value
  return `${g('weekday')} ${g('day')} ${g('month')}, ${g('hour')}:${g('minute')}`
}
const at = (t: number, zone: string, shift = 0) => wall(parts(t, zone) + shift * 60_000)
const hrs = (m: number) => `${m < 0 ? '−' : '+'}${Math.abs(m) / 60} h`
const H = 3_600_000

function zoneTwin(family: string, slip: string, x: In): string | undefined {
  const a = IANA[x.a!]!
  const b = x.b === undefined ? 'UTC' : IANA[x.b]!
  const t = x.t!
  const d = off(t, b) - off(t, a)
  if (/^smm-offset-/.test(family)) {
    const m = {
      key: -d,
      std: std(a) - std(b),
      reverse: d,
      reverseStd: std(b) - std(a),
      bothSummer: std(a) + (observesDst(a) ? 60 : 0) - std(b) - (observesDst(b) ? 60 : 0),
      aOnly: off(t, a),
      bOnly: -off(t, b),
    }[slip]
    return m === undefined ? undefined : hrs(m)
  }
  if (family === 'smm-utc-scheduler-entry') {
    const o = off(t, a)
    return {
      key: at(t, 'UTC'),
      addOffset: at(t, 'UTC', 2 * o),
      std: at(t, 'UTC', o - std(a)),
      unchanged: at(t, a),
      hourOnly: at(t, 'UTC', o % 60),
    }[slip]
  }
  const common: Record<string, string> = {
    key: at(t, b),
    std: at(t, a, std(b) - std(a)),
    reverse: at(t, a, -d),
    unchanged: at(t, a),
    sameDay: `${at(t, a).split(',')[0]}, ${at(t, b).split(', ')[1]}`,
    utc: at(t, 'UTC'),
  }
  if (family === 'smm-reminder-before-live-event') {
    common.atEvent = at(t + x.lead! * H, b)
    common.after = at(t + 2 * x.lead! * H, b)
  }
  return common[slip]
}

// ---- A second implementation of every other figure, written from the definitions in the stems.
const sum = (...xs: number[]) => xs.reduce((s, v) => s + v, 0)
const eng = (x: In) => sum(x.likes!, x.comments!, x.shares!, x.saves!)
/** The pooled z by way of the 2×2 chi-square statistic (z² = χ² for two proportions). */
function zByChiSquare(x: In) {
  const cells = [
    [x.ca!, x.na! - x.ca!],
    [x.cb!, x.nb! - x.cb!],
  ]
  const rows = cells.map((r) => sum(...r))
  const cols = [cells[0]![0]! + cells[1]![0]!, cells[0]![1]! + cells[1]![1]!]
  const n = sum(...rows)
  let chi = 0
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 2; j++) {
      const e = (rows[i]! * cols[j]!) / n
      chi += (cells[i]![j]! - e) ** 2 / e
    }
  return Math.sign(x.cb! / x.nb! - x.ca! / x.na!) * Math.sqrt(chi)
}
/** WCAG 2.0's own wording: channel ≤ 0.03928 is divided by 12.92. */
const lum = (r: number, g: number, b: number) => {
  const c = (v: number) =>
    v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
}
const rawLum = (r: number, g: number, b: number) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
const DAY = 86_400_000
const weekday = (ms: number) => new Date(ms).getUTCDay()
const WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MO = [
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
const dayText = (ms: number) => {
  const d = new Date(ms)
  return `${WD[d.getUTCDay()]} ${d.getUTCDate()} ${MO[d.getUTCMonth()]}`
}
function stepBack(from: number, k: number, business: boolean) {
  let t = from
  for (let left = k; left > 0; ) {
    t -= DAY
    if (!business || weekday(t) % 6 !== 0) left--
  }
  return dayText(t)
}
const BH = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
function due(x: In, restartFull = false) {
  // Walk the business minutes forward one at a time from arrival.
  let day = x.day!
  let m = x.at!
  let left = x.sla! * 60
  if (restartFull) {
    day = (day + 1) % 7
    while (day > 4) day = (day + 1) % 7
    m = x.open! * 60
  }
  while (left > 0) {
    if (m >= x.close! * 60) {
      do day = (day + 1) % 7
      while (day > 4)
      m = x.open! * 60
    }
    m++
    left--
  }
  return `${BH[day]} ${hhmm(m)}`
}
const list = (x: In, p: string) =>
  Object.keys(x)
    .filter((k) => new RegExp(`^${p}\\d$`).test(k))
    .map((k) => x[k]!)
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b)
  const h = s.length / 2
  return s.length % 2 ? s[Math.floor(h)]! : (s[h - 1]! + s[h]!) / 2
}

type Twins = Record<string, (x: In) => number | string>
const TWINS: Record<string, Twins> = {
  'smm-engagement-rate-by-reach': {
    key: (x) => eng(x) / x.reach!,
    followers: (x) => eng(x) / x.followers!,
    impressions: (x) => eng(x) / x.impressions!,
    likes: (x) => x.likes! / x.reach!,
    noSaves: (x) => (eng(x) - x.saves!) / x.reach!,
  },
  'smm-engagement-rate-by-followers': {
    key: (x) => eng(x) / x.followers!,
    reach: (x) => eng(x) / x.reach!,
    impressions: (x) => eng(x) / x.impressions!,
    likes: (x) => x.likes! / x.followers!,
    noShares: (x) => (eng(x) - x.shares!) / x.followers!,
  },
  'smm-engagement-rate-by-impressions': {
    key: (x) => eng(x) / x.impressions!,
    reach: (x) => eng(x) / x.reach!,
    followers: (x) => eng(x) / x.followers!,
    noComments: (x) => (eng(x) - x.comments!) / x.impressions!,
    likes: (x) => x.likes! / x.impressions!,
  },
  'smm-click-through-rate': {
    key: (x) => x.clicks! / x.impressions!,
    reach: (x) => x.clicks! / x.reach!,
    engagements: (x) => x.clicks! / x.eng!,
    withEng: (x) => (x.clicks! + x.eng!) / x.impressions!,
    followers: (x) => x.clicks! / x.followers!,
  },
  'smm-cost-per-thousand-impressions': {
    key: (x) => x.spend! / (x.impressions! / 1000),
    reach: (x) => x.spend! / (x.reach! / 1000),
    hundred: (x) => x.spend! / (x.impressions! / 100),
    inverse: (x) => x.impressions! / x.spend! / 1000,
    tenThousand: (x) => x.spend! / (x.impressions! / 10000),
  },
  'smm-cost-per-link-click': {
    key: (x) => x.spend! / x.link!,
    all: (x) => x.spend! / x.all!,
    cpm: (x) => x.spend! / (x.impressions! / 1000),
    perImpression: (x) => x.spend! / x.impressions!,
    inverse: (x) => x.link! / x.spend!,
  },
  'smm-cost-per-engagement': {
    key: (x) => x.spend! / eng(x),
    likes: (x) => x.spend! / x.likes!,
    reach: (x) => x.spend! / x.reach!,
    impressions: (x) => x.spend! / x.impressions!,
    followers: (x) => x.spend! / x.followers!,
    noSaves: (x) => x.spend! / (eng(x) - x.saves!),
    noShares: (x) => x.spend! / (eng(x) - x.shares!),
  },
  'smm-frequency': {
    key: (x) => x.impressions! / x.reach!,
    inverse: (x) => x.reach! / x.impressions!,
    followers: (x) => x.impressions! / x.followers!,
    minusOne: (x) => (x.impressions! - x.reach!) / x.reach!,
    reachFollowers: (x) => x.reach! / x.followers!,
  },
  'smm-share-of-voice': {
    key: (x) => x.own! / sum(x.own!, x.r0!, x.r1!, x.r2!),
    rivalsOnly: (x) => x.own! / sum(x.r0!, x.r1!, x.r2!),
    leader: (x) => x.own! / Math.max(x.r0!, x.r1!, x.r2!),
    average: (x) => (4 * x.own!) / sum(x.own!, x.r0!, x.r1!, x.r2!),
    rest: (x) => 1 - x.own! / sum(x.own!, x.r0!, x.r1!, x.r2!),
  },
  'smm-follower-growth-rate': {
    key: (x) => (x.end! - x.start!) / x.start!,
    gross: (x) => x.gained! / x.start!,
    overEnd: (x) => (x.end! - x.start!) / x.end!,
    grossEnd: (x) => x.gained! / x.end!,
    lostToo: (x) => (x.gained! + x.lost!) / x.start!,
  },
  'smm-amplification-rate': {
    key: (x) => x.shares! / x.followers!,
    reach: (x) => x.shares! / x.reach!,
    allEng: (x) => eng(x) / x.followers!,
    comments: (x) => x.comments! / x.followers!,
    impressions: (x) => x.shares! / x.impressions!,
  },
  'smm-applause-and-conversation-rate': {
    key: (x) => (x.ask ? x.likes! : x.comments!) / x.followers!,
    other: (x) => (x.ask ? x.comments! : x.likes!) / x.followers!,
    reach: (x) => (x.ask ? x.likes! : x.comments!) / x.reach!,
    allEng: (x) => eng(x) / x.followers!,
    impressions: (x) => (x.ask ? x.likes! : x.comments!) / x.impressions!,
  },
  'smm-video-completion-rate': {
    key: (x) => x.done! / x.starts!,
    impressions: (x) => x.done! / x.impressions!,
    views3: (x) => x.done! / x.views3!,
    viewRate: (x) => x.views3! / x.starts!,
    playRate: (x) => x.starts! / x.impressions!,
  },
  'smm-relative-change-vs-points': {
    key: (x) => (x.ask ? x.after! / x.before! - 1 : (x.after! - x.before!) / 100),
    points: (x) => (x.after! - x.before!) / 100,
    relative: (x) => x.after! / x.before! - 1,
    overAfter: (x) => 1 - x.before! / x.after!,
    ratio: (x) => x.after! / x.before!,
    hundred: (x) => (x.after! - x.before!) / 10,
  },
  'smm-average-of-rates-vs-pooled': (() => {
    const rates = (x: In) => [0, 1, 2].map((k) => x[`e${k}`]! / x[`r${k}`]!)
    const mean = (x: In) => sum(...rates(x)) / 3
    const pooled = (x: In) => sum(x.e0!, x.e1!, x.e2!) / sum(x.r0!, x.r1!, x.r2!)
    return {
      key: (x: In) => (x.ask ? mean(x) : pooled(x)),
      pooled,
      mean,
      sum: (x: In) => sum(...rates(x)),
      first: (x: In) => rates(x)[0]!,
      last: (x: In) => rates(x)[2]!,
    }
  })(),
  'smm-week-over-week-reach-change': {
    key: (x) => x.now! / x.last! - 1,
    overNow: (x) => 1 - x.last! / x.now!,
    ratio: (x) => x.now! / x.last!,
    reverse: (x) => 1 - x.now! / x.last!,
    reverseNow: (x) => x.last! / x.now! - 1,
  },
  'smm-reach-rate': {
    key: (x) => x.reach! / x.followers!,
    impressions: (x) => x.impressions! / x.followers!,
    inverse: (x) => x.followers! / x.reach! / 100,
    perImpression: (x) => x.reach! / x.impressions!,
  },
  'smm-save-rate': {
    key: (x) => x.saves! / x.reach!,
    followers: (x) => x.saves! / x.followers!,
    withLikes: (x) => (x.saves! + x.likes!) / x.reach!,
    perLike: (x) => x.saves! / x.likes!,
  },
  'smm-profile-visit-follow-rate': {
    key: (x) => x.follows! / x.visits!,
    reach: (x) => x.follows! / x.reach!,
    visitRate: (x) => x.visits! / x.reach!,
    inverse: (x) => x.visits! / x.follows! / 100,
  },
  'smm-cpc-from-cpm-and-ctr': {
    key: (x) => x.cpm! / 1000 / x.ctr!,
    noThousand: (x) => x.cpm! / 100 / x.ctr!,
    times: (x) => x.cpm! * x.ctr!,
    ctrAsPercent: (x) => x.cpm! / 1000 / (100 * x.ctr!),
    cpmOnly: (x) => x.cpm! / 1000,
    perThousandClicks: (x) => x.cpm! / x.ctr!,
  },
  'smm-impressions-from-spend': {
    key: (x) => Math.round((1000 * x.spend!) / x.cpm!),
    noThousand: (x) => Math.round(x.spend! / x.cpm!),
    times: (x) => Math.round(x.spend! * x.cpm!),
    hundred: (x) => Math.round((100 * x.spend!) / x.cpm!),
    tenThousand: (x) => Math.round((10000 * x.spend!) / x.cpm!),
    inverted: (x) => Math.round((1000 * x.cpm!) / x.spend!),
  },
  'smm-lifetime-budget-pacing': {
    key: (x) => (x.budget! - x.spent!) / (x.days! - x.k!),
    flat: (x) => x.budget! / x.days!,
    allDays: (x) => (x.budget! - x.spent!) / x.days!,
    ignoreSpent: (x) => x.budget! / (x.days! - x.k!),
    behind: (x) => x.spent! / x.k!,
  },
  'smm-projected-month-end-spend': {
    key: (x) => x.days! * (x.spent! / x.d!),
    remaining: (x) => (x.days! - x.d!) * (x.spent! / x.d!),
    doubled: (x) => 2 * x.spent!,
    weekly: (x) => 28 * (x.spent! / x.d!),
    plusDays: (x) => x.spent! + x.days! - x.d!,
  },
  'smm-budget-for-reach-and-frequency': {
    key: (x) => ((x.reach! * x.f!) / 1000) * x.cpm!,
    noFreq: (x) => (x.reach! / 1000) * x.cpm!,
    overFreq: (x) => ((x.reach! / 1000) * x.cpm!) / x.f!,
    perHundred: (x) => ((x.reach! * x.f!) / 100) * x.cpm!,
    perPerson: (x) => ((x.reach! * x.f!) / 10000) * x.cpm!,
    squared: (x) => ((x.reach! * x.f! ** 2) / 1000) * x.cpm!,
  },
  'smm-reach-from-budget': {
    key: (x) => Math.round((x.budget! * 1000) / x.cpm! / x.f!),
    impressions: (x) => Math.round((x.budget! * 1000) / x.cpm!),
    timesF: (x) => Math.round((x.budget! * 1000 * x.f!) / x.cpm!),
    noThousand: (x) => Math.round(x.budget! / x.cpm! / x.f!),
    perHundred: (x) => Math.round((x.budget! * 100) / x.cpm! / x.f!),
  },
  'smm-cost-per-result': {
    key: (x) => x.spend! / x.leads!,
    clicks: (x) => x.spend! / x.clicks!,
    cpm: (x) => (x.spend! * 1000) / x.impressions!,
    rate: (x) => x.leads! / x.clicks!,
    both: (x) => x.spend! / (x.leads! + x.clicks!),
  },
  'smm-learning-phase-budget': {
    key: (x) => (x.events! * x.cpa!) / 7,
    weekly: (x) => x.events! * x.cpa!,
    monthly: (x) => (x.events! * x.cpa!) / 30,
    inverse: (x) => (7 * x.cpa!) / x.events!,
    perEvent: (x) => x.cpa!,
    sevenFold: (x) => 7 * x.events! * x.cpa!,
    twoWeeks: (x) => (x.events! * x.cpa!) / 14,
  },
  'smm-a-b-test-relative-lift': {
    key: (x) => (x.cb! * x.na!) / (x.ca! * x.nb!) - 1,
    points: (x) => x.cb! / x.nb! - x.ca! / x.na!,
    overB: (x) => 1 - (x.ca! * x.nb!) / (x.cb! * x.na!),
    clicks: (x) => x.cb! / x.ca! - 1,
    ratio: (x) => (x.cb! * x.na!) / (x.ca! * x.nb!),
  },
  'smm-a-b-test-z-statistic': {
    key: zByChiSquare,
    reverse: (x) => -zByChiSquare(x),
    unpooled: (x) => {
      const a = x.ca! / x.na!
      const b = x.cb! / x.nb!
      return (
        (b - a) / Math.hypot(Math.sqrt((a * (1 - a)) / x.na!), Math.sqrt((b * (1 - b)) / x.nb!))
      )
    },
    noSqrt: (x) => {
      const p = (x.ca! + x.cb!) / (x.na! + x.nb!)
      return (x.cb! / x.nb! - x.ca! / x.na!) / (p * (1 - p) * (1 / x.na! + 1 / x.nb!))
    },
    oneN: (x) => {
      const p = (x.ca! + x.cb!) / (x.na! + x.nb!)
      return (x.cb! / x.nb! - x.ca! / x.na!) / Math.sqrt((p * (1 - p)) / (x.na! + x.nb!))
    },
  },
  'smm-frequency-cap-impressions': {
    key: (x) => x.audience! * x.cap! * x.weeks!,
    oneWeek: (x) => x.audience! * x.cap!,
    noCap: (x) => x.audience! * x.weeks!,
    daily: (x) => 7 * x.audience! * x.cap! * x.weeks!,
    perWeekOnly: (x) => 7 * x.audience! * x.weeks!,
    once: (x) => x.audience!,
  },
  'smm-holdout-incremental-lift': {
    key: (x) => x.ct! / x.nt! / (x.cc! / x.nc!) - 1,
    counts: (x) => x.ct! / x.cc! - 1,
    points: (x) => x.ct! / x.nt! - x.cc! / x.nc!,
    overTest: (x) => 1 - x.cc! / x.nc! / (x.ct! / x.nt!),
    ratio: (x) => x.ct! / x.nt! / (x.cc! / x.nc!),
    overAll: (x) => (x.ct! / x.nt!) * ((x.nt! + x.nc!) / (x.ct! + x.cc!)) - 1,
  },
  'smm-cost-per-thousand-reached': {
    key: (x) => x.spend! / (x.reach! / 1000),
    cpm: (x) => x.spend! / (x.impressions! / 1000),
    perPerson: (x) => x.spend! / x.reach!,
    hundred: (x) => x.spend! / (x.reach! / 100),
    inverse: (x) => x.reach! / x.spend! / 1000,
  },
  'smm-response-rate-within-window': {
    key: (x) => x.inTime! / x.total!,
    anyTime: (x) => x.answered! / x.total!,
    ofAnswered: (x) => x.inTime! / x.answered!,
    late: (x) => (x.answered! - x.inTime!) / x.total!,
    missed: (x) => 1 - x.answered! / x.total!,
  },
  'smm-net-sentiment-score': {
    key: (x) => (x.pos! - x.neg!) / (x.pos! + x.neg!),
    withNeutral: (x) => (x.pos! - x.neg!) / sum(x.pos!, x.neg!, x.neu!),
    positiveShare: (x) => x.pos! / (x.pos! + x.neg!),
    positiveAll: (x) => x.pos! / sum(x.pos!, x.neg!, x.neu!),
    overPos: (x) => 1 - x.neg! / x.pos!,
  },
  'smm-average-first-response-time': {
    key: (x) => (x.ask ? sum(...list(x, 't')) / x.n! : median(list(x, 't'))),
    median: (x) => median(list(x, 't')),
    mean: (x) => sum(...list(x, 't')) / x.n!,
    midrange: (x) => (Math.min(...list(x, 't')) + Math.max(...list(x, 't'))) / 2,
    unsorted: (x) => list(x, 't')[Math.floor(x.n! / 2)]!,
    max: (x) => Math.max(...list(x, 't')),
  },
  'smm-response-due-in-business-hours': {
    key: (x) => due(x),
    clock: (x) => `${BH[x.day!]} ${hhmm(x.at! + x.sla! * 60)}`,
    fromOpen: (x) => due(x, true),
    nextDay: (x) => {
      const rest = x.sla! * 60 - (x.close! * 60 - x.at!)
      return `${BH[(x.day! + 1) % 7]} ${hhmm(x.open! * 60 + rest)}`
    },
    sameTime: (x) => `${BH[x.day! === 4 ? 0 : x.day! + 1]} ${hhmm(x.at!)}`,
  },
  'smm-posting-slots-in-month': (() => {
    const slots = (x: In) => {
      let n = 0
      for (let t = Date.UTC(2026, x.month!, 1); new Date(t).getUTCMonth() === x.month; t += DAY)
        if ((x.mask! >> weekday(t)) & 1) n++
      return n
    }
    const per = (x: In) =>
      x
        .mask!.toString(2)
        .split('')
        .filter((c) => c === '1').length
    return {
      key: slots,
      fourWeeks: (x: In) => 4 * per(x),
      weeksAvg: (x: In) => Math.round((52 * per(x)) / 12),
      fiveWeeks: (x: In) => 5 * per(x),
      perDay: (x: In) => new Date(Date.UTC(2026, x.month! + 1, 0)).getUTCDate(),
    }
  })(),
  'smm-approval-deadline-business-days': {
    key: (x) => stepBack(x.live!, x.n!, true),
    calendar: (x) => stepBack(x.live!, x.n!, false),
    offByOne: (x) => stepBack(x.live!, x.n! - 1, true),
    calendarOffByOne: (x) => stepBack(x.live!, x.n! - 1, false),
    sendDay: (x) => stepBack(x.live!, x.n! + 1, true),
  },
  'smm-content-pillar-split': {
    key: (x) => (x.share! / 100) * x.posts!,
    perWeek: (x) => (x.share! / 400) * x.posts!,
    equal: (x) => x.posts! / 4,
    shareAsCount: (x) => x.share! / 10,
    rest: (x) => x.posts! * (1 - x.share! / 100),
  },
  'smm-graphic-text-contrast-ratio': (() => {
    const lighter = (x: In) =>
      [lum(x.f0!, x.f1!, x.f2!), lum(x.b0!, x.b1!, x.b2!)].sort((a, b) => b - a) as [number, number]
    const raw = (x: In) =>
      [rawLum(x.f0!, x.f1!, x.f2!), rawLum(x.b0!, x.b1!, x.b2!)].sort((a, b) => b - a) as [
        number,
        number,
      ]
    return {
      key: (x: In) => (lighter(x)[0] + 0.05) / (lighter(x)[1] + 0.05),
      noOffset: (x: In) => lighter(x)[0] / lighter(x)[1],
      noLinear: (x: In) => (raw(x)[0] + 0.05) / (raw(x)[1] + 0.05),
      inverse: (x: In) => (lighter(x)[1] + 0.05) / (lighter(x)[0] + 0.05),
      difference: (x: In) => 21 * (lighter(x)[0] - lighter(x)[1]),
    }
  })(),
}
/** Weighted length as X's counting rules state it: these code point ranges weigh 1, all else 2. */
const xWeight = (s: string) =>
  [...s].reduce((w, ch) => {
    const c = ch.codePointAt(0)!
    const light =
      c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247)
    return w + (light ? 1 : 2)
  }, 0)
const quoted = (stem: string) => /«(.*)»/u.exec(stem)![1]!
TWINS['smm-x-weighted-length'] = { key: () => 0 }
TWINS['smm-x-characters-left-with-link'] = { key: () => 0 }

/** The number an answer shows and half its last place. */
function shown(text: string): [number, number] {
  const m = /-?[\d,]*\.?\d+/.exec(text.replace('−', '-'))!
  const raw = m[0].replaceAll(',', '')
  const dp = raw.includes('.') ? raw.split('.')[1]!.length : 0
  const scale = text.includes('%') ? 100 : 1
  return [Number(raw) / scale, (0.5 * 10 ** -dp) / scale]
}
const agrees = (text: string, want: number | string) => {
  if (typeof want === 'string') return text === want
  const [v, half] = shown(text)
  return Math.abs(v - want) <= half + 1e-9 * Math.max(1, Math.abs(want))
}

// ---- Documented rules, each with its source and the words only the right statement carries.
const DOCUMENTED: Record<string, { source: string; right: RegExp }> = {
  'smm-ftc-disclosure-placement': {
    source:
      'FTC, Disclosures 101 for Social Media Influencers (2019): put it where it is hard to miss, not only in a bio or among hashtags, not behind “more”',
    right: /^At the start|^In the first words/,
  },
  'smm-ftc-free-product-is-a-connection': {
    source:
      '16 CFR 255.5 and Disclosures 101: free or discounted products are a material connection',
    right: /^Yes/,
  },
  'smm-ftc-clear-disclosure-wording': {
    source:
      'FTC, Disclosures 101: “Advertisement”, “Ad”, “Sponsored”, “paid partnership”; not #sp, #spon, #collab, “thanks”',
    right: /#ad|Advertisement|Paid partnership|Sponsored/,
  },
  'smm-ftc-video-disclosure': {
    source:
      'FTC, Disclosures 101: in a video, superimpose it and say it, not only in the description',
    right: /said and shown|spoken in the video itself/,
  },
  'smm-ftc-employee-posts': {
    source: '16 CFR 255.5 example (employee endorsements) and FTC Endorsement Guides FAQ',
    right: /works there|working for the company/,
  },
  'smm-asa-ad-label-uk': {
    source:
      'CAP Code rule 2.1 and ASA/CMA Influencers’ guide to making clear that ads are ads (2020)',
    right: /^A clear “Ad”|^“#ad” at the very start/,
  },
  'smm-asa-affiliate-links': {
    source:
      'ASA/CMA Influencers’ guide (2020): affiliate marketing is advertising and must be labelled',
    right: /an ad:|counts as advertising/,
  },
  'smm-camel-case-hashtags': {
    source:
      'W3C WAI and platform accessibility guidance: capitalise each word of a hashtag (camel case)',
    right: /^#(?:[A-Z][a-z]+){3,}$/,
  },
  'smm-alt-text-content': {
    source:
      'W3C WAI Images tutorial: describe the content and function; screen readers announce “image” already',
    right: /mug.*handle.*oak/i,
  },
  'smm-decorative-emoji-placement': {
    source: 'W3C WAI / AFB guidance: screen readers read each emoji’s name; use few, at the end',
    right: /^Few, at the end|placed at the end/,
  },
  'smm-video-captions': {
    source:
      'WCAG 2.2 SC 1.2.2 Captions (Prerecorded); auto-captions need correcting to be accurate',
    right: /^Accurate|checked and corrected/,
  },
  'smm-flashing-content': {
    source: 'WCAG 2.2 SC 2.3.1 Three Flashes or Below Threshold',
    right: /^Three flashes in any one second$|^No more than three/,
  },
  'smm-styled-unicode-text': {
    source: 'Unicode Mathematical Alphanumeric Symbols block; screen readers read them as symbols',
    right: /read them as symbols|mathematical symbols/,
  },
  'smm-x-post-limit': {
    source: 'X Developer Platform, Counting characters: 280 weighted, URLs 23',
    right: /^280(?!,| char)/,
  },
  'smm-linkedin-post-limit': {
    source: 'LinkedIn Help, Share posts: up to 3,000 characters',
    right: /^3,000 characters$|^Up to 3,000/,
  },
  'smm-instagram-caption-and-hashtags': {
    source:
      'Instagram Help: captions up to 2,200 characters; Instagram’s creators account, December 2025: up to five hashtags per post or reel (was 30)',
    right: /^2,200 characters, 5 hashtags$|2,200 characters, with (?:no more than|at most) five/,
  },
  'smm-instagram-caption-links': {
    source: 'Instagram Help: links in captions are not clickable',
    right: /^It is not clickable|^It stays plain text|do not turn URLs into links/,
  },
  'smm-x-alt-text-limit': {
    source: 'X Help Center, How to make images accessible: descriptions up to 1,000 characters',
    right: /^Up to 1,000|^1,000$/,
  },
  'smm-youtube-title-limit': {
    source: 'YouTube Help, Edit video settings: title up to 100 characters',
    right: /^100 characters$|^Up to 100 characters$|^A title of up to 100/,
  },
  'smm-utm-values-case-sensitive': {
    source:
      'Google Analytics Help, Collect campaign data with custom URLs: parameters are case-sensitive',
    right: /^Two sources|one per spelling/,
  },
  'smm-objective-for-awareness': {
    source: 'Meta Business Help Center, Choose the right objective: Awareness for reach',
    right: /^Awareness(?:,|$)/,
  },
  'smm-objective-for-instant-forms': {
    source: 'Meta Business Help Center: Leads objective for instant forms',
    right: /^Leads(?:,|$)/,
  },
  'smm-objective-for-purchases': {
    source: 'Meta Business Help Center: Sales objective for conversions',
    right: /^Sales(?:,|$)/,
  },
}
/** Meta Business Help Center, About audiences: custom, lookalike and saved audiences. */
const AUDIENCE: [RegExp, RegExp][] = [
  [/visited the booking page/, /^A custom audience/],
  [/resemble the client’s existing customer list/, /^A lookalike audience/],
  [/interested in yoga, with no customer data/, /^A saved audience/],
]
/** The test's own reading of each drawn comment, and the words its policy line opens with. */
const COMMENT_KIND: [RegExp, RegExp][] = [
  [/Earn \$|Free followers|won our giveaway/, /^spam/],
  [/Order #|rude to me|arrived broken/, /^a complaint/],
  [/racial slur|should be hurt|threatening/, /^slurs/],
  [/07700|lives at|card number/, /^someone’s personal data/],
  [/cruelty-free|ships to 30|last a year/, /^a false claim/],
  [/flat white in town|a day early|Loved last night/, /^praise/],
  [/reporter|lawyer|allergic/, /^a legal threat/],
  [/worse than the old|Prices have gone up|old logo/, /^civil criticism/],
  [/f\*\*\*ing|Damn|s\*\*\* happened/, /^swearing/],
]

describeEngineIndependent('social media marketing', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: SmmScenario }[]

  it('draws every family, each draw offering three distinct distractors that name their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    const lasts = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
  })

  it('times every post by the IANA zone rules and works out every figure again, slip by slip', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (!s.calc || /utm|decision/.test(family)) continue
      const x = s.calc.in
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]!
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        let want: number | string | undefined
        if (family === 'smm-x-weighted-length')
          want = slip === 'key' ? xWeight(quoted(s.stem)) : undefined
        else if (family === 'smm-x-characters-left-with-link') {
          const link = /link (\S+) \(/.exec(s.stem)![1]!
          want =
            slip === 'key'
              ? 280 - xWeight(quoted(s.stem)) - 1 - 23
              : slip === 'fullUrl'
                ? 280 - x.n! - 1 - link.length
                : slip === 'utmExtra'
                  ? 280 - x.n! - 24 - link.split('?')[1]!.length - 1
                  : slip === 'used'
                    ? xWeight(quoted(s.stem)) + 1 + 23
                    : undefined
        } else if (x.t !== undefined) want = zoneTwin(family, slip, x)
        else want = TWINS[family]?.[slip]?.(x)
        if (want === undefined) {
          if (slip === 'key' || !/^smm-x-/.test(family))
            problems.push(`${family}: no second implementation of ${slip}`)
          continue
        }
        if (!agrees(text, want))
          problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every tagged link by how a URL parser reads it, and no distractor reads that way', () => {
    const problems: string[] = []
    for (const { family, s } of drawn.filter((d) =>
      /utm-(append|before|encode|read)/.test(d.family),
    )) {
      const ok = (u: string) => {
        if (family === 'smm-utm-read-campaign')
          return (
            u === new URL(/link: (\S+)\. Which/.exec(s.stem)![1]!).searchParams.get('utm_campaign')
          )
        const url = new URL(u)
        const p = url.searchParams
        const tags =
          /with (utm_source=[^ ]+, utm_medium=[^ ]+, utm_campaign=[^ .]+)|You add (utm_source=[^ ]+, utm_medium=[^ ]+, utm_campaign=[^ .]+)/.exec(
            s.stem,
          )
        if (family === 'smm-utm-encode-reserved-characters')
          return p.get('utm_campaign') === /reads exactly “([^”]+)”/.exec(s.stem)![1]
        const wanted = (tags![1] ?? tags![2])!.split(', ').map((kv) => kv.split('='))
        if (!wanted.every(([k, v]) => p.get(k!) === v)) return false
        if (family === 'smm-utm-append-to-existing-query') {
          const own = new URL(/link for a social post: (\S+), with/.exec(s.stem)![1]!).searchParams
          return [...own].every(([k, v]) => p.get(k) === v) && p.size === own.size + 3
        }
        return url.hash === /(#\w+)\. You add/.exec(s.stem)![1]
      }
      if (!ok(s.key)) problems.push(`${family}: key ${s.key} does not parse as asked`)
      for (const [t] of s.wrong)
        if (ok(t)) problems.push(`${family}: distractor ${t} parses as asked`)
    }
    expect(problems).toEqual([])
  })

  it('keys documented rules to the cited source, and moderation to the line the stated policy gives', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (!s.fact) continue
      const options = [s.key, ...s.wrong.map(([t]) => t)]
      let right: (t: string) => boolean
      if (DOCUMENTED[family]) right = (t) => DOCUMENTED[family]!.right.test(t)
      else if (family === 'smm-audience-type-for-task') {
        const [, answer] = AUDIENCE.find(([task]) => task.test(s.stem))!
        right = (t) => answer.test(t)
      } else if (family.startsWith('smm-moderate-')) {
        const comment = /appears under a post: (.*)\. What does/.exec(s.stem)![1]!
        const kinds = COMMENT_KIND.filter(([c]) => c.test(comment))
        if (kinds.length !== 1) {
          problems.push(`${family}: comment read as ${kinds.length} kinds`)
          continue
        }
        const policy = /policy reads: (.*)\. This comment/.exec(s.stem)![1]!.split('; ')
        const line = policy.find((l) => kinds[0]![1].test(l))
        if (!line) {
          problems.push(`${family}: the policy has no line for the comment`)
          continue
        }
        const action = line.split(' → ')[1]!
        right = (t) => t === action
      } else if (family === 'smm-repeat-offender-strikes') {
        const strikes = Number(/strike (\d) is a final warning/.exec(s.stem)![1])
        const next = Number(/already on (\d) strike/.exec(s.stem)![1]) + 1
        const act =
          next > strikes ? /ban the account/ : next === strikes ? /final warning/ : /send a warning/
        right = (t) => act.test(t) && t.startsWith('Hide')
      } else {
        problems.push(`${family}: no table entry`)
        continue
      }
      if (!right(s.key)) problems.push(`${family}: key ${s.key} is not what the source says`)
      for (const t of options.slice(1))
        if (right(t)) problems.push(`${family}: distractor ${t} says what the source says`)
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('finds the pooled z of each A/B test by chi-square, and reports a winner only beyond 1.96', () => {
    for (const { family, s } of drawn.filter((d) => d.family === 'smm-a-b-test-decision')) {
      const z = zByChiSquare(s.calc!.in)
      const want =
        Math.abs(z) >= 1.96
          ? `Ad ${z > 0 ? 'B' : 'A'} wins: z is beyond ±1.96`
          : 'No winner yet: z is within ±1.96'
      expect(s.key, family).toBe(want)
      expect(s.wrong.map(([t]) => t)).not.toContain(want)
    }
  })
})
