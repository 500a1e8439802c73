import { expect, it } from 'vitest'
import { BASES_FAMILIES } from '../../../src/assessment/models/gdpr/bases-families.js'
import type { GdprScenario } from '../../../src/assessment/models/gdpr/gdpr-text.js'
import { RIGHTS_FAMILIES } from '../../../src/assessment/models/gdpr/rights-families.js'
import { ROLES_FAMILIES } from '../../../src/assessment/models/gdpr/roles-families.js'
import { SECURITY_FAMILIES } from '../../../src/assessment/models/gdpr/security-families.js'
import { TRANSFER_FAMILIES } from '../../../src/assessment/models/gdpr/transfers-families.js'
import {
  type Drawn,
  drawFamilies,
  familiesNeverDrawn,
  optionSetProblems,
} from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...BASES_FAMILIES,
  ...RIGHTS_FAMILIES,
  ...ROLES_FAMILIES,
  ...SECURITY_FAMILIES,
  ...TRANSFER_FAMILIES,
]
const DRAWS = 80
const DRAWN = drawFamilies<GdprScenario>(FAMILIES, DRAWS, 2026_12_05)

/**
 * Each family's article, as its stem must name it, and what the Regulation (or the ePrivacy
 * Directive) says there, written again here as the words a right answer must carry and no
 * wrong one may. Families whose key is a date, a time or an amount are worked out below instead.
 */
const RULE: Record<string, readonly [article: string, gist?: RegExp]> = {
  // Art. 6: six bases, none ranked above the others; consent is one of them.
  'tax-records-basis': ['Art. 6(1)', /legal obligation/],
  'delivery-address-basis': ['Art. 6(1)', /perform the contract/],
  'vital-interests-basis': ['Art. 6(1)', /^Vital interests/],
  'fraud-prevention-basis': ['Art. 6(1)', /controller’s legitimate interests/],
  'public-authority-legitimate-interests': ['Art. 6(1)', /^No: .*public task or law/],
  'legitimate-interests-test': ['Art. 6(1)', /purpose, necessity and a balance/],
  'compatible-further-use': ['Art. 6(4)', /compatib/],
  'withdraw-then-other-basis': ['Art. 6', /cannot swap bases/],
  // Art. 7–8: consent provable, distinguishable, free, withdrawable; a child's age set by the state.
  'consent-proof': ['Art. 7(1)', /controller must be able to demonstrate/],
  'consent-bundled-in-terms': ['Art. 7(2)', /stand out clearly/],
  'consent-condition-of-service': ['Art. 7(4)', /tied to the service, it is not free/],
  'employee-consent': ['Art. 7', /rarely refuse their employer/],
  'cookies-reject-button': ['Art. 7(3)', /Refusing must be as easy as accepting/],
  'child-consent-age': ['Art. 8(1)'],
  // Art. 9–10: special categories need a condition of Art. 9(2); criminal data, official control.
  'explicit-consent-health': ['Art. 9(2)(a)', /^Explicit consent/],
  'special-category-identify': ['Art. 9(1)', /union|religion|[Ff]ingerprints/],
  'employment-law-condition': ['Art. 9(2)', /employment and social security law/],
  'made-public-condition': ['Art. 9(2)', /^Manifestly made public/],
  'health-care-condition': ['Art. 9(2)', /health care/],
  'criminal-data-check': ['Art. 10', /Official control/],
  // Art. 12–22: transparency and rights.
  'access-reply-date': ['Art. 12(3)'],
  'access-extended-date': ['Art. 12(3)'],
  'extension-notice-date': ['Art. 12(3)'],
  'reply-by-email': ['Art. 12(3)', /electronic/],
  'refusal-notice-date': ['Art. 12(4)'],
  'manifestly-excessive': ['Art. 12(5)', /fee or refuse, showing why/],
  'identity-doubt': ['Art. 12(6)', /confirm identity/],
  'notice-at-collection': ['Art. 13', /time the data is obtained/],
  'notice-retention-item': ['Art. 13(2)', /How long data is kept/],
  'indirect-notice-date': ['Art. 14'],
  'indirect-disproportionate': ['Art. 14(5)', /disproportionate; publish/],
  'access-content': ['Art. 15(1)', /Purposes, recipients, retention/],
  'further-copies-fee': ['Art. 15(3)', /administrative costs/],
  'access-third-party-data': ['Art. 15(4)', /with others’ data redacted/],
  'rectification-timing': ['Art. 16', /^Without undue delay$/],
  'erasure-after-withdrawal': ['Art. 17(1)', /^Erase it and inform/],
  'erasure-versus-tax-law': ['Art. 17', /^Keep the invoices: tax law/],
  'restriction-while-contested': ['Art. 18(1)', /^Restriction/],
  'notify-recipients': ['Art. 19', /each recipient, unless impossible/],
  'portability-basis': ['Art. 20', /only consent or contract/],
  'portability-format': ['Art. 20(1)', /machine-readable/],
  'objection-legitimate-interests': ['Art. 21(1)', /compelling grounds/],
  'objection-brought-to-attention': ['Art. 21(4)', /Explicitly and separately/],
  'automated-decision': ['Art. 22(3)', /human review/],
  // Art. 4, 25–30, 37–38: roles, contracts, records, DPO, representative.
  'payroll-bureau-role': ['Art. 4(7)', /^A processor/],
  'accountant-own-purposes': ['Art. 4(7)', /^A controller/],
  'availability-breach': ['Art. 4(12)', /^Yes: a temporary loss/],
  'by-default-settings': ['Art. 25(2)', /not be public by default/],
  'joint-controllers-arrangement': ['Art. 26', /arrangement/],
  'joint-controllers-rights': ['Art. 26(3)', /Either controller/],
  'eu-representative': ['Art. 27', /representative there, named in writing/],
  'processor-contract-audits': ['Art. 28(3)', /^Audits and information/],
  'processor-passes-request': ['Art. 28(3)', /Pass it to the client/],
  'sub-processor-objection': ['Art. 28(2)', /first, so it can object/],
  'sub-processor-flow-down': ['Art. 28(4)', /same duties/],
  'processor-own-purposes': ['Art. 28(10)', /^A controller/],
  'records-controller-content': ['Art. 30(1)', /Time limits for erasing/],
  'records-processor-content': ['Art. 30(2)', /^Each controller/],
  'records-on-request': ['Art. 30(4)', /available on request/],
  'records-small-firm-regular': ['Art. 30(5)', /^Yes: regular processing/],
  'dpo-needed': ['Art. 37(1)', /patient records at scale|large-scale location|public authority/],
  'dpo-independence': ['Art. 38(3)', /roles conflict/],
  // Art. 32–36: security, breaches, DPIA.
  'security-measures': ['Art. 32(1)', /^Pseudonymisation and encryption$/],
  'security-appropriate': ['Art. 32', /suited to the risk/],
  'staff-act-on-instructions': ['Art. 32(4)', /only on its instructions/],
  'breach-72-hours': ['Art. 33(1)'],
  'processor-told-controller': ['Art. 33(1)'],
  'late-notification-reasons': ['Art. 33(1)', /reasons for the delay/],
  'notification-content': ['Art. 33(3)', /Approximate numbers/],
  'phased-notification': ['Art. 33(4)', /in phases/],
  'document-every-breach': ['Art. 33(5)', /^Log its facts/],
  'tell-subjects-high-risk': ['Art. 34(1)', /without undue delay, in plain language/],
  'encrypted-device-exception': ['Art. 34(3)', /unintelligible/],
  'public-communication': ['Art. 34(3)', /public notice/],
  'dpia-who-does-it': ['Art. 35(1)', /^The client, with its DPO/],
  'dpia-cctv-public': ['Art. 35(3)', /impact assessment before starting/],
  'dpia-profiling-legal-effect': ['Art. 35(3)', /^Yes: profiling/],
  'dpia-review': ['Art. 35(11)', /review of the DPIA/],
  'prior-consultation-trigger': ['Art. 36(1)', /only a high residual risk/],
  'prior-consultation-reply': ['Art. 36(2)'],
  // Chapter V: transfers.
  'transfer-remote-access': ['Art. 44', /^Yes: remote access/],
  'transfer-adequate-country': ['Art. 45(1)', /adequacy alone/],
  'transfer-us-framework': ['Art. 45'],
  'transfer-impact-assessment': ['Art. 46(1)', /Assess local law/],
  'transfer-sccs-processor': ['Art. 46(2)', /^Controller to processor$/],
  'transfer-group-bcr': ['Art. 47', /^Binding corporate rules/],
  'transfer-foreign-order': ['Art. 48', /no ground to transfer/],
  'transfer-occasional-derogation': ['Art. 49(1)', /necessary to perform/],
  // ePrivacy Directive: device storage needs consent unless strictly necessary; e-mail marketing.
  'cookies-analytics-consent': ['Art. 5(3)', /prior consent/],
  'cookies-strictly-necessary': ['Art. 5(3)', /request needs/],
  'cookies-pre-ticked': ['Art. 5(3)', /not an active consent/],
  'email-cold-consumers': ['Art. 13(1)', /prior consent/],
  'email-soft-opt-in': ['Art. 13(2)', /opt-out at collection and in each/],
  // Art. 83: fines.
  'fine-factors': ['Art. 83(2)', /nature, gravity and duration/],
  'fine-linked-infringements': ['Art. 83(3)'],
  'fine-lower-tier-cap': ['Art. 83(4)'],
  'fine-upper-tier-cap': ['Art. 83(5)'],
  'fine-tier-by-article': ['Art. 83'],
}

// ---- A second calendar on Date and Intl, never the families' helpers.
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' })
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})
const date = (d: Date) => LONG.format(d)
const weekdayDate = (d: Date) => `${WEEKDAY.format(d)} ${LONG.format(d)}`
const moment = (d: Date) => `${weekdayDate(d)}, ${CLOCK.format(d)} UTC`
const day = (serial: unknown) => new Date((serial as number) * DAY_MS)
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS)

/**
 * A period of months as Regulation 1182/71, Art. 3(2)(c), ends it: on the day of the last month
 * with the same number as the day of the event, or that month's last day if it has none.
 */
function plusMonths(d: Date, months: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target
}

/** Whole euros as the stems write them, by the en-GB locale. */
const eur = (n: number) => `EUR ${new Intl.NumberFormat('en-GB').format(n)}`
/** Art. 83(4) and (5): the fixed sum or the share of worldwide turnover, whichever is higher. */
const CAP = {
  lower: (turnover: number) => Math.max(10_000_000, (turnover * 2) / 100),
  upper: (turnover: number) => Math.max(20_000_000, (turnover * 4) / 100),
}
/** The articles whose breach Art. 83(5) fines in the upper tier; those of Art. 83(4) in the lower. */
const UPPER_TIER = new Set([
  5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 44, 45, 46, 47, 48, 49,
])
const LOWER_TIER = new Set([
  8, 11, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 42, 43,
])

/** One month from receipt answers a request (Art. 12(3)-(4)); three when extended. */
const MONTHS_AFTER_RECEIPT: Record<string, number> = {
  'access-reply-date': 1,
  'access-extended-date': 3,
  'extension-notice-date': 1,
  'refusal-notice-date': 1,
}

/** The key a computed family must show, from its drawn facts; `undefined` for the others. */
function computedKey({ family, s }: Drawn<GdprScenario>): string | undefined {
  const f = s.facts
  if (family in MONTHS_AFTER_RECEIPT) {
    const due = plusMonths(day(f.from), MONTHS_AFTER_RECEIPT[family]!)
    return date(due)
  }
  switch (family) {
    case 'indirect-notice-date': {
      // Art. 14(3)(a)-(b): within a month, or at the first communication if that is sooner.
      const month = plusMonths(day(f.from), 1)
      const contact = day(f.contact)
      return date(new Date(Math.min(contact.getTime(), month.getTime())))
    }
    case 'breach-72-hours':
    case 'processor-told-controller':
      // Art. 33(1): 72 hours after the controller became aware (for a processor's breach, when
      // the processor told it, Art. 33(2)).
      return moment(new Date(((f.from as number) + 72) * HOUR_MS))
    case 'prior-consultation-reply':
      // Art. 36(2): eight weeks, extendable by six.
      return date(plusDays(day(f.from), (f.extended ? 8 + 6 : 8) * 7))
    case 'fine-upper-tier-cap':
    case 'fine-linked-infringements':
      // Art. 83(3): linked infringements are capped by the gravest, here an Art. 6 breach.
      return eur(CAP.upper(f.turnover as number))
    case 'fine-lower-tier-cap':
      return eur(CAP.lower(f.turnover as number))
    case 'fine-tier-by-article': {
      const n = f.breached as number
      expect(UPPER_TIER.has(n) || LOWER_TIER.has(n), `article ${n} in a tier`).toBe(true)
      return UPPER_TIER.has(n)
        ? 'EUR 20 million or 4 % of turnover, if higher'
        : 'EUR 10 million or 2 % of turnover, if higher'
    }
    case 'child-consent-age':
      return (f.child as number) < (f.age as number)
        ? 'Given or authorised by a parent or guardian'
        : 'The child’s own consent is enough'
    case 'transfer-us-framework':
      // The 2023 adequacy decision covers only recipients certified under the framework.
      return f.certified
        ? 'No extra tool: certification suffices'
        : 'SCCs or another Art. 46 safeguard'
    default:
      return undefined
  }
}

describeEngineIndependent('GDPR and data protection keys', () => {
  it('draws every family, each with three distinct named mistakes', () => {
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
    expect(Object.keys(RULE).sort()).toEqual(FAMILIES.map((f) => f.id).sort())
  })

  it('names, in every stem, the article the family is keyed to', () => {
    for (const { family, s } of DRAWN) {
      const [article] = RULE[family]!
      expect(s.stem, family).toContain(article)
      expect(s.facts.article, family).toBe(article)
    }
  })

  it('keys state the rule of that article and no distractor does', () => {
    for (const { family, s } of DRAWN) {
      const gist = RULE[family]![1]
      if (!gist) continue
      expect.soft(s.key, family).toMatch(gist)
      for (const [text] of s.wrong) expect.soft(text, `${family}: ${text}`).not.toMatch(gist)
    }
  })

  it('keys that are dates, times or amounts agree with a second calendar and the fine caps', () => {
    let computed = 0
    for (const drawn of DRAWN) {
      const key = computedKey(drawn)
      if (key === undefined) continue
      computed++
      expect(drawn.s.key, drawn.family).toBe(key)
      expect(
        drawn.s.wrong.map(([t]) => t),
        drawn.family,
      ).not.toContain(key)
    }
    expect(computed).toBeGreaterThan(14 * (DRAWS / 2))
  })

  it('deadlines counted in months or weeks end on a weekday, which Regulation 1182/71 leaves in place', () => {
    // Art. 3(4): a period in days, weeks or months that would end on a Saturday or Sunday runs to
    // the next working day; the stems count to the same date, so their keys must be weekdays.
    const DUE_BY_DATE = new Set([
      ...Object.keys(MONTHS_AFTER_RECEIPT),
      'indirect-notice-date',
      'prior-consultation-reply',
    ])
    for (const drawn of DRAWN) {
      if (!DUE_BY_DATE.has(drawn.family)) continue
      const due = new Date(`${drawn.s.key.replace(/^[A-Z][a-z]+day /, '')} UTC`)
      if (
        drawn.family === 'indirect-notice-date' &&
        due.getTime() === day(drawn.s.facts.contact).getTime()
      )
        continue
      expect(LONG.format(due), drawn.family).toBe(drawn.s.key.replace(/^[A-Z][a-z]+day /, ''))
      expect([0, 6], `${drawn.family}: ${drawn.s.key}`).not.toContain(due.getUTCDay())
    }
  })

  it('each checkable distractor is the answer of the mistake it names', () => {
    const named = (s: GdprScenario, mistake: string) => s.wrong.find(([, m]) => m === mistake)?.[0]
    let checked = 0
    for (const { family, s } of DRAWN) {
      const f = s.facts
      const expectIf = (mistake: string, value: string) => {
        const text = named(s, mistake)
        if (text === undefined) return
        checked++
        expect(text, `${family}: ${mistake}`).toBe(value)
      }
      if (family in MONTHS_AFTER_RECEIPT) {
        expectIf('counts one month as 30 days', date(plusDays(day(f.from), 30)))
        expectIf('counts one month as four weeks', date(plusDays(day(f.from), 28)))
        expectIf('counts one month as 31 days', date(plusDays(day(f.from), 31)))
        expectIf('counts the three months as 90 days', date(plusDays(day(f.from), 90)))
      }
      if (family === 'breach-72-hours' || family === 'processor-told-controller') {
        const occurred = (f.occurred as number) * HOUR_MS
        expectIf(
          'counts from the attack, not from awareness',
          moment(new Date(occurred + 72 * HOUR_MS)),
        )
        expectIf(
          'starts the controller’s clock when the processor found it',
          moment(new Date(occurred + 72 * HOUR_MS)),
        )
        expectIf(
          'applies a 24-hour deadline',
          moment(new Date(((f.from as number) + 24) * HOUR_MS)),
        )
        // Midnight after the day of awareness, then three whole days.
        const midnight = new Date(((f.from as number) + 24) * HOUR_MS)
        midnight.setUTCHours(0)
        const fromMidnight = moment(new Date(midnight.getTime() + 72 * HOUR_MS))
        expectIf('starts the clock at the end of the day of awareness', fromMidnight)
        expectIf('starts the clock at the end of the day it was told', fromMidnight)
      }
      if (family.startsWith('fine-') && family.endsWith('-cap')) {
        const t = f.turnover as number
        const other = family === 'fine-upper-tier-cap' ? CAP.lower(t) : CAP.upper(t)
        expectIf('applies the lower tier of Art. 83(4)', eur(other))
        expectIf('applies the upper tier of Art. 83(5)', eur(other))
        const [fixed, share] = family === 'fine-upper-tier-cap' ? [20_000_000, 4] : [10_000_000, 2]
        expectIf('takes the lower of the two caps', eur(Math.min(fixed, (t * share) / 100)))
        expectIf('adds the two caps together', eur(fixed + (t * share) / 100))
      }
    }
    expect(checked).toBeGreaterThan(300)
  })
})
