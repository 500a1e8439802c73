import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CLB_MODELS } from '../../../src/assessment/models/clb/clb-models.js'
import type { ContractScenario } from '../../../src/assessment/models/clb/clb-text.js'
import { CONSIDERATION_FAMILIES } from '../../../src/assessment/models/clb/consideration-families.js'
import { DISCHARGE_FAMILIES } from '../../../src/assessment/models/clb/discharge-families.js'
import { FORMATION_FAMILIES } from '../../../src/assessment/models/clb/formation-families.js'
import { REMEDIES_FAMILIES } from '../../../src/assessment/models/clb/remedies-families.js'
import { TERMS_FAMILIES } from '../../../src/assessment/models/clb/terms-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondRoute, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...FORMATION_FAMILIES,
  ...CONSIDERATION_FAMILIES,
  ...TERMS_FAMILIES,
  ...REMEDIES_FAMILIES,
  ...DISCHARGE_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<ContractScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- The calendar again, by Julian day numbers, nothing shared with the families' date helpers.
type F = Readonly<Record<string, number | string>>
function jdn(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const a = Math.floor((14 - m) / 12)
  const yy = y + 4800 - a
  const mm = m + 12 * a - 3
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  )
}
function iso(j: number): string {
  const a = j + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  const day = e - Math.floor((153 * m + 2) / 5) + 1
  const month = m + 3 - 12 * Math.floor(m / 10)
  const year = 100 * b + d - 4800 + Math.floor(m / 10)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
/** 0 Monday … 6 Sunday: a Julian day number mod 7 is 0 on a Monday. */
const dow = (s: string) => jdn(s) % 7
const isWeekend = (s: string) => dow(s) >= 5
function show(s: string): string {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  return `${DAYS[dow(s)]} ${d} ${MONTHS[m - 1]} ${y}`
}
const plus = (s: string, n: number) => iso(jdn(s) + n)
const between = (a: string, b: string) => jdn(b) - jdn(a)
function work(s: string, n: number): string {
  let j = jdn(s)
  let k = 0
  while (k < n) {
    j++
    if (j % 7 < 5) k++
  }
  return iso(j)
}
const years = (s: string, n: number) => `${Number(s.slice(0, 4)) + n}${s.slice(4)}`
function months(s: string, n: number): string {
  const total = Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1 + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}${s.slice(7)}`
}
const lastOfMonth = (s: string) => plus(months(`${s.slice(0, 8)}01`, 1), -1)
const hm = (t: number) =>
  `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
const atT = (s: string, t: number) => `${hm(t)} on ${show(s)}`

// ---- Money in BigInt pence.
function gbp(p: number | bigint): string {
  const v = BigInt(p)
  const pounds = (v / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `£${pounds}.${(v % 100n).toString().padStart(2, '0')}`
}
/** a × b ÷ c to the penny, half up. */
const part = (a: number, b: number, c: number) => {
  const n = BigInt(a) * BigInt(b) * 2n + BigInt(c)
  return Number(n / (2n * BigInt(c)))
}
const n = (f: F, k: string) => Number(f[k])
const s = (f: F, k: string) => String(f[k])
const yes = (f: F, k: string) => f[k] === 1

const formed = (d: string) => `A contract was formed on ${show(d)}`
const NONE = 'No contract was formed'
const REM = {
  end: 'Terminate the contract and claim damages',
  damages: 'Claim damages only; the contract continues',
  endOnly: 'Terminate the contract but claim no damages',
  rescind: 'Rescind the contract from the start and recover everything paid',
}
const interest = (debt: number, bp: number, from: string, to: string) =>
  part(debt, bp * between(from, to), 365 * 10_000)

const SECOND: Record<string, SecondRoute> = {
  // ---- Formation
  'clb-postal-acceptance-date': (f) => ({
    key: formed(s(f, 'p')),
    wrong: ['r', 'opened', 'w', 'o'].map((k) => formed(s(f, k))),
  }),
  'clb-revocation-against-posted-acceptance': (f) => {
    const revoked = (d: string) => `No contract: the offer was revoked on ${show(d)}`
    // The revocation wins only if it arrived before the acceptance was posted.
    const first = s(f, 'va') < s(f, 'ap')
    return first
      ? {
          key: revoked(s(f, 'va')),
          wrong: [formed(s(f, 'ap')), revoked(s(f, 'vp')), formed(s(f, 'aa'))],
        }
      : {
          key: formed(s(f, 'ap')),
          wrong: [revoked(s(f, 'va')), revoked(s(f, 'vp')), formed(s(f, 'aa'))],
        }
  },
  'clb-email-acceptance-office-hours': (f) => {
    const fri = s(f, 'fri')
    let next = plus(fri, 1)
    while (isWeekend(next)) next = plus(next, 1)
    return {
      key: atT(next, 540),
      wrong: [
        atT(fri, n(f, 'sent')),
        atT(fri, n(f, 'landed')),
        atT(plus(fri, 1), 540),
        atT(next, n(f, 'read')),
      ],
    }
  },
  'clb-counter-offer-or-enquiry': (f) => {
    const c = (p: number, d: string) => `A contract at ${gbp(p)} was formed on ${show(d)}`
    const [fee, lower] = [n(f, 'fee'), n(f, 'lower')]
    return yes(f, 'counter')
      ? {
          key: NONE,
          wrong: [c(fee, s(f, 'd2')), c(lower, s(f, 'd1')), c(fee, s(f, 'd1')), c(fee, s(f, 'dl'))],
        }
      : { key: c(fee, s(f, 'd2')), wrong: [NONE, c(fee, s(f, 'd1')), c(fee, s(f, 'dl'))] }
  },
  'clb-website-order-dispatch': (f) => ({
    key: formed(s(f, 'de')),
    wrong: ['o', 'ack', 'dv', 'l'].map((k) => formed(s(f, k))),
  }),
  'clb-acceptance-must-reach-by': (f) => {
    const inTime = s(f, 'r') <= s(f, 'dl')
    return inTime
      ? { key: formed(s(f, 'r')), wrong: [formed(s(f, 'p')), formed(s(f, 'dl')), NONE] }
      : { key: NONE, wrong: [formed(s(f, 'p')), formed(s(f, 'r')), formed(s(f, 'dl'))] }
  },
  'clb-acceptance-by-conduct': (f) => ({
    key: formed(s(f, 'd1')),
    wrong: [NONE, formed(s(f, 'd0')), formed(s(f, 'd2')), formed(s(f, 'd3'))],
  }),
  'clb-battle-of-the-forms': (f) => {
    const three = yes(f, 'three')
    const on = (who: string, d: string) => `On the ${who}’s terms, made on ${show(d)}`
    // The party who sent the last form before performance: the client when it replied again.
    const last = three ? 'client' : 'freelancer'
    const other = three ? 'freelancer' : 'client'
    return {
      key: on(last, s(f, 'dp')),
      wrong: [
        on(other, s(f, 'dp')),
        on(last, s(f, three ? 'd2' : 'd1')),
        on('client', s(f, 'd0')),
        NONE,
      ],
    }
  },
  'clb-silence-is-not-acceptance': (f) =>
    yes(f, 'replies')
      ? { key: formed(s(f, 'de')), wrong: [formed(s(f, 'dl')), NONE, formed(s(f, 'o'))] }
      : { key: NONE, wrong: [formed(s(f, 'dl')), formed(s(f, 'o')), formed(s(f, 'dw'))] },
  'clb-request-for-quotes': (f) => ({
    key: formed(s(f, 'p')),
    wrong: ['q', 'a', 'k', 'r'].map((k) => formed(s(f, k))),
  }),
  'clb-revocation-through-third-party': (f) => {
    const ended = (d: string) => `No contract: the offer ended on ${show(d)}`
    const learntFirst = s(f, 'l') < s(f, 'ap')
    return learntFirst
      ? {
          key: ended(s(f, 'l')),
          wrong: [formed(s(f, 'ap')), ended(s(f, 's')), formed(s(f, 'arrives'))],
        }
      : {
          key: formed(s(f, 'ap')),
          wrong: [ended(s(f, 'l')), ended(s(f, 's')), formed(s(f, 'arrives'))],
        }
  },
  'clb-promise-to-keep-open': (f) => {
    const w = `No contract: the offer was withdrawn on ${show(s(f, 'w'))}`
    return yes(f, 'paid')
      ? { key: formed(s(f, 'a')), wrong: [w, formed(s(f, 'f')), formed(s(f, 'dl'))] }
      : { key: w, wrong: [formed(s(f, 'a')), formed(s(f, 'f')), formed(s(f, 'dl'))] }
  },
  'clb-standing-offer-orders': (f) => {
    const orders = s(f, 'orders').split(',')
    const count = (c: number) => `${c} order${c === 1 ? '' : 's'}`
    const k = orders.filter((d) => d < s(f, 'rv')).length
    return {
      key: count(k),
      wrong: [
        count(orders.length),
        count(0),
        count(orders.filter((d) => d < s(f, 'vp')).length),
        count(orders.length - k),
        // A month's notice from receipt, as for ending a running contract.
        count(orders.filter((d) => jdn(d) < jdn(s(f, 'rv')) + 30).length),
        count(1),
      ],
    }
  },
  'clb-price-list-invitation': (f) => ({
    key: formed(s(f, 'd2')),
    wrong: [formed(s(f, 'd1')), formed(s(f, 'd3')), formed(s(f, 'l')), NONE],
  }),
  'clb-lost-posted-acceptance': (f) => ({
    key: formed(s(f, 'p')),
    wrong: [
      NONE,
      `No contract: the offer was revoked on ${show(s(f, 's'))}`,
      formed(s(f, 'c')),
      formed(s(f, 'o')),
    ],
  }),
  'clb-offer-open-for-days': (f) => {
    const [o, k, r] = [s(f, 'o'), n(f, 'n'), s(f, 'r')]
    return {
      key: show(plus(o, k)),
      wrong: [show(plus(o, k - 1)), show(plus(r, k)), show(work(o, k)), show(work(r, k))],
    }
  },
}

Object.assign(SECOND, {
  // ---- Consideration, intention and capacity
  'clb-past-consideration': (f: F) => {
    const [d, rate, bonus, fee] = [n(f, 'days'), n(f, 'rate'), n(f, 'bonus'), n(f, 'fee')]
    // The project fee is owed either way; the bonus only for requested, paid-for work.
    const rest = [gbp(fee + d * rate), gbp(fee + bonus + d * rate)]
    return yes(f, 'asked')
      ? { key: gbp(fee + bonus), wrong: [gbp(fee), ...rest, gbp(bonus)] }
      : { key: gbp(fee), wrong: [gbp(fee + bonus), ...rest] }
  },
  'clb-promissory-estoppel-retainer': (f: F) => {
    const [full, cut, t] = [n(f, 'full'), n(f, 'cut'), n(f, 't')]
    // Months 1 to t + 1 at the reduced fee, the rest in full.
    const total = (reduced: number) => reduced * cut + (12 - reduced) * full
    return {
      key: gbp(total(t + 1)),
      wrong: [gbp(total(0)), gbp(total(12)), gbp(total(t)), gbp(total(t - 1))],
    }
  },
  'clb-practical-benefit': (f: F) => {
    const [extra, total, before] = [n(f, 'extra'), n(f, 'total'), n(f, 'before')]
    const earned = (total - before) * extra
    return {
      key: gbp(yes(f, 'duress') ? 0 : earned),
      wrong: [
        gbp(yes(f, 'duress') ? earned : 0),
        gbp(total * extra),
        gbp(before * extra),
        gbp(extra),
      ],
    }
  },
  'clb-subject-to-contract': (f: F) => ({
    key: formed(s(f, 'd3')),
    wrong: [...['d1', 'd2', 'd4'].map((k) => formed(s(f, k))), NONE],
  }),
  'clb-minor-necessaries': (f: F) => {
    const [price, fair, dep] = [n(f, 'price'), n(f, 'fair'), n(f, 'deposit')]
    // Under 18 the reasonable price of a necessary; 18 or over the agreed price.
    const minor = n(f, 'age') < 18
    const due = minor ? fair : price
    return {
      key: gbp(due - dep),
      wrong: [gbp(0), gbp((minor ? price : fair) - dep), gbp(due), gbp(minor ? price : fair)],
    }
  },
  'clb-deed-or-bare-promise': (f: F) => {
    const [gift, spent, fee] = [n(f, 'gift'), n(f, 'spent'), n(f, 'fee')]
    // The unpaid invoice always; the gift only if promised by deed.
    const deed = yes(f, 'deed')
    return {
      key: gbp(fee + (deed ? gift : 0)),
      wrong: [
        gbp(deed ? fee : fee + gift),
        gbp(fee + spent),
        gbp(fee + gift + spent),
        ...(deed ? [gbp(gift)] : []),
      ],
    }
  },
  'clb-third-party-rights': (f: F) => {
    const [loss, cap, fee] = [n(f, 'loss'), n(f, 'capAt'), n(f, 'fee')]
    const barred = yes(f, 'barred')
    return { key: gbp(barred ? 0 : cap), wrong: [gbp(barred ? cap : 0), gbp(loss), gbp(fee)] }
  },
  'clb-honour-clause-orders': (f: F) => {
    const [done, future, monthly] = [n(f, 'done'), n(f, 'future'), n(f, 'monthly')]
    return { key: gbp(done), wrong: [gbp(done + future), gbp(0), gbp(future), gbp(done + monthly)] }
  },
  'clb-referral-reward': (f: F) => {
    const [r, all, k, on, old, later] = [
      n(f, 'reward'),
      n(f, 'n'),
      n(f, 'k'),
      n(f, 'onDay'),
      n(f, 'old'),
      n(f, 'later'),
    ]
    // Only signings on or before the date earn the reward, one reward each.
    return {
      key: gbp(k * r),
      wrong: [
        gbp(all * r),
        gbp(0),
        gbp(r),
        gbp((k + later) * r),
        gbp((k - on) * r),
        gbp(later * r),
        gbp((k + old) * r),
        gbp((k + old + later) * r),
      ],
    }
  },
  'clb-nominal-consideration': (f: F) => {
    const [worth, price, resale] = [n(f, 'worth'), n(f, 'price'), n(f, 'resale')]
    return {
      key: gbp(worth - price),
      wrong: [gbp(0), gbp(worth), gbp(price), gbp(worth + price), gbp(resale - price), gbp(resale)],
    }
  },
  'clb-minor-ratification': (f: F) => {
    const eighteen = years(s(f, 'born'), 18)
    // The confirmation on or after the 18th birthday is the ratification.
    const r = [s(f, 'r1'), s(f, 'r2')].find((d) => d >= eighteen)!
    return { key: show(r), wrong: [show(s(f, 'c')), show(s(f, 'r1')), show(eighteen)] }
  },
  'clb-duty-owed-to-third-party': (f: F) => {
    const [b, m, k, agency] = [n(f, 'bonus'), n(f, 'm'), n(f, 'k'), n(f, 'agency')]
    return {
      key: gbp(k * b),
      wrong: [gbp(0), gbp(m * b), gbp(b), gbp(agency + k * b), gbp((m - k) * b), gbp(agency)],
    }
  },
  'clb-estoppel-waived-interest': (f: F) => {
    const [debt, bp] = [n(f, 'debt'), n(f, 'rateBp')]
    const [due, ext, dl, paid] = [s(f, 'due'), s(f, 'ext'), s(f, 'deadline'), s(f, 'paid')]
    // The waiver stands only if payment was made by the deadline.
    const late = paid > dl
    return {
      key: gbp(interest(debt, bp, late ? due : ext, paid)),
      wrong: [
        gbp(interest(debt, bp, late ? ext : due, paid)),
        gbp(late ? interest(debt, bp, dl, paid) : interest(debt, bp, due, ext)),
        gbp(part(debt, bp, 10_000)),
        gbp(0),
        gbp(debt + interest(debt, bp, late ? due : ext, paid)),
      ],
    }
  },
  'clb-no-agreed-price': (f: F) => ({
    key: gbp(n(f, 'worth')),
    wrong: [
      gbp(n(f, 'asked')),
      gbp(n(f, 'offered')),
      gbp(0),
      gbp(part(n(f, 'asked') + n(f, 'offered'), 1, 2)),
    ],
  }),
  'clb-mutual-variation': (f: F) => {
    const [fee, off, cost] = [n(f, 'fee'), n(f, 'off'), n(f, 'cost')]
    return {
      key: gbp(fee - off),
      wrong: [gbp(fee), gbp(fee - cost), gbp(fee + off), gbp(fee - off - cost)],
    }
  },
})

Object.assign(SECOND, {
  // ---- Terms and interpretation
  'clb-term-classification': (f: F) => {
    const k = s(f, 'kind')
    const ends = k === 'condition' || k === 'serious'
    return {
      key: ends ? REM.end : REM.damages,
      wrong: [ends ? REM.damages : REM.end, REM.endOnly, REM.rescind],
    }
  },
  'clb-terms-after-contract': (f: F) => {
    const [loss, cap, fee] = [n(f, 'loss'), n(f, 'cap'), n(f, 'fee')]
    const inTime = s(f, 'd2') < s(f, 'd1')
    return {
      key: gbp(inTime ? cap : loss),
      wrong: [gbp(inTime ? loss : cap), gbp(fee), gbp(loss - cap), gbp(loss + fee), gbp(0)],
    }
  },
  'clb-signed-unread-cap': (f: F) => {
    const [loss, fee] = [n(f, 'loss'), n(f, 'fee')]
    const told = yes(f, 'told')
    return {
      key: gbp(told ? loss : fee),
      wrong: [gbp(told ? fee : loss), gbp(loss - fee), gbp(loss + fee), gbp(0)],
    }
  },
  'clb-onerous-holding-fee': (f: F) => {
    const [k, w, daily, weekly] = [n(f, 'n'), n(f, 'weeks'), n(f, 'daily'), n(f, 'weekly')]
    const full = k * daily * w * 7
    const fair = k * weekly * w
    const shown = yes(f, 'shown')
    return {
      key: gbp(shown ? full : fair),
      wrong: [
        gbp(shown ? fair : full),
        gbp(0),
        gbp(daily * w * 7),
        gbp(k * daily * w),
        gbp(k * weekly * w * 7),
      ],
    }
  },
  'clb-ucta-injury-and-property': (f: F) => {
    const [inj, prop, cap] = [n(f, 'injury'), n(f, 'property'), n(f, 'cap')]
    return {
      key: gbp(inj + Math.min(prop, cap)),
      wrong: [gbp(cap), gbp(inj + prop), gbp(inj), gbp(prop + cap), gbp(2 * cap)],
    }
  },
  'clb-cap-on-fees-paid': (f: F) => {
    const m = s(f, 'monthly').split(',').map(Number)
    const pct = n(f, 'pct')
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const last12 = sum(m.slice(-12))
    return {
      key: gbp(part(last12, pct, 100)),
      wrong: [
        gbp(part(sum(m), pct, 100)),
        gbp(last12),
        gbp(n(f, 'loss')),
        gbp(part(sum(m.slice(0, 12)), pct, 100)),
        gbp(part(m[m.length - 1]!, pct * 12, 100)),
      ],
    }
  },
  'clb-contra-proferentem-word-count': (f: F) => {
    const [src, tgt, rate] = [n(f, 'source'), n(f, 'target'), n(f, 'ratePer1000')]
    const freelancerDrafted = f.drafter === 'freelancer'
    // Read against the drafter: the smaller count if the freelancer drafted, the larger if not.
    const [against, forDrafter] = freelancerDrafted ? [src, tgt] : [tgt, src]
    return {
      key: gbp(part(rate, against, 1000)),
      wrong: [
        gbp(part(rate, forDrafter, 1000)),
        gbp(part(rate, src + tgt, 2000)),
        gbp(part(rate, src + tgt, 1000)),
        gbp(part(rate, against, 100)),
        // Whole thousands only, or every started thousand charged in full.
        gbp(rate * ((against - (against % 1000)) / 1000)),
        gbp(rate * ((against - (against % 1000)) / 1000 + (against % 1000 === 0 ? 0 : 1))),
      ],
    }
  },
  'clb-entire-agreement': (f: F) => {
    const [rate, quoted, used, promised] = ['rate', 'quoted', 'used', 'promised'].map((k) =>
      n(f, k),
    ) as [number, number, number, number]
    // Only the signed terms count: one round included, the contract rate for the rest.
    return {
      key: gbp((used - 1) * rate),
      wrong: [
        gbp((used - promised) * rate),
        gbp(used * rate),
        gbp(0),
        gbp((used + promised - 1) * rate),
        gbp(promised * rate),
        gbp(rate),
        gbp((used - 1) * quoted),
        gbp((used - promised) * quoted),
      ],
    }
  },
  'clb-order-of-precedence': (f: F) => {
    const inv = s(f, 'inv')
    return {
      key: show(plus(inv, n(f, 'top'))),
      wrong: [
        show(plus(inv, n(f, 'second'))),
        show(plus(inv, n(f, 'third'))),
        show(plus(s(f, 'rcv'), n(f, 'top'))),
        show(work(inv, n(f, 'top'))),
      ],
    }
  },
  'clb-time-of-essence-notice': (f: F) => {
    const [d, no, k] = [s(f, 'd'), s(f, 'n'), n(f, 'k')]
    return {
      key: show(plus(no, k + 1)),
      wrong: [show(plus(d, 1)), show(no), show(plus(no, k)), show(plus(d, k + 1))],
    }
  },
  'clb-business-days-defect-notice': (f: F) => {
    const [d, k, hol] = [s(f, 'd'), n(f, 'n'), s(f, 'hol')]
    const count = (from: string, skipHoliday: boolean) => {
      let j = jdn(from)
      for (let i = 0; i < k; ) {
        j++
        if (j % 7 < 5 && !(skipHoliday && iso(j) === hol)) i++
      }
      return iso(j)
    }
    return {
      key: show(count(d, true)),
      wrong: [show(count(d, false)), show(plus(d, k)), show(plus(d, k + 1))],
    }
  },
  'clb-indirect-loss-exclusion': (f: F) => {
    const [fix, ref, sp] = [n(f, 'fix'), n(f, 'refunds'), n(f, 'special')]
    return {
      key: gbp(fix + ref),
      wrong: [
        gbp(fix + ref + sp),
        gbp(fix),
        gbp(sp),
        gbp(0),
        gbp(fix + sp),
        gbp(ref + sp),
        gbp(ref),
      ],
    }
  },
  'clb-no-oral-modification': (f: F) => {
    const [r, r2, b, a] = [n(f, 'rate'), n(f, 'raised'), n(f, 'before'), n(f, 'after')]
    const varied = b * r + a * r2
    const unvaried = (b + a) * r
    return yes(f, 'written')
      ? {
          key: gbp(varied),
          wrong: [gbp(unvaried), gbp((b + a) * r2), gbp(a * r2), gbp(b * r2 + a * r)],
        }
      : {
          key: gbp(unvaried),
          wrong: [gbp(varied), gbp((b + a) * r2), gbp(a * r2), gbp(b * r2 + a * r)],
        }
  },
  'clb-deemed-acceptance': (f: F) => {
    const [d, k, pay] = [s(f, 'd'), n(f, 'k'), n(f, 'pay')]
    const deemed = work(d, k)
    const signed = yes(f, 'signed')
    const acc = signed ? s(f, 's') : deemed
    return {
      key: show(plus(acc, pay)),
      wrong: [
        show(plus(d, pay)),
        show(plus(signed ? deemed : plus(d, k), pay)),
        show(work(acc, pay)),
        show(acc),
      ],
    }
  },
  'clb-cap-per-claim-and-aggregate': (f: F) => {
    const [per, agg] = [n(f, 'per'), n(f, 'agg')]
    const claims = s(f, 'claims').split(',').map(Number)
    const capped = claims.reduce((t, c) => t + Math.min(c, per), 0)
    const total = claims.reduce((t, c) => t + c, 0)
    return {
      key: gbp(Math.min(capped, agg)),
      wrong: [gbp(capped), gbp(Math.min(total, agg)), gbp(per), gbp(total), gbp(3 * per)],
    }
  },
  'clb-service-credits-sole-remedy': (f: F) => {
    const [fee, allow, down, per, cap, loss] = [
      'fee',
      'allowance',
      'down',
      'perHour',
      'capPct',
      'loss',
    ].map((k) => n(f, k)) as [number, number, number, number, number, number]
    const credit = (h: number, capped: boolean) =>
      part(fee, capped && h * per > cap ? cap : h * per, 100)
    const due = credit(down - allow, true)
    return {
      key: gbp(due),
      wrong: [
        gbp(credit(down, true)),
        gbp(credit(down - allow, false)),
        gbp(loss),
        gbp(loss + due),
        gbp(credit(allow, true)),
        gbp(part(fee, per, 100)),
      ],
    }
  },
})

Object.assign(SECOND, {
  // ---- Breach, remedies and damages
  'clb-cost-of-cover': (f: F) => {
    const [fee, paid, cover] = [n(f, 'fee'), n(f, 'paid'), n(f, 'cover')]
    // The extra over the price, plus the deposit back (a sign slip subtracts it instead).
    const extra = cover - fee
    return {
      key: gbp(extra + paid),
      wrong: [
        gbp(extra),
        gbp(cover),
        gbp(cover + paid),
        gbp(paid),
        gbp(cover - paid),
        gbp(extra - paid),
      ],
    }
  },
  'clb-lost-profit-costs-saved': (f: F) => {
    const [fee, saved, other] = [n(f, 'fee'), n(f, 'saved'), n(f, 'other')]
    return {
      key: gbp(fee - saved - other),
      wrong: [
        gbp(fee),
        gbp(fee - saved),
        gbp(fee - other),
        gbp(fee - saved + other),
        gbp(fee + saved - other),
      ],
    }
  },
  'clb-failure-to-mitigate': (f: F) => {
    const [fee, paid, early, late] = [n(f, 'fee'), n(f, 'paid'), n(f, 'early'), n(f, 'late')]
    // Deposit back plus the extra of the replacement available at once over the price.
    const avoidable = early - fee
    return {
      key: gbp(paid + avoidable),
      wrong: [
        gbp(paid + late - fee),
        gbp(late - early),
        gbp(early),
        gbp(late),
        gbp(0),
        gbp(avoidable),
        gbp(paid),
      ],
    }
  },
  'clb-hadley-two-limbs': (f: F) => {
    const [a, b, c] = [n(f, 'normal'), n(f, 'told'), n(f, 'untold')]
    return {
      key: gbp(a + b),
      wrong: [gbp(a + b + c), gbp(a), gbp(a + c), gbp(b + c), gbp(c), gbp(b)],
    }
  },
  'clb-liquidated-or-penalty': (f: F) => {
    const [perDay, late, actual, fee] = [n(f, 'perDay'), n(f, 'late'), n(f, 'actual'), n(f, 'fee')]
    const cap = part(fee, 10, 100)
    const agreed = Math.min(perDay * late, cap)
    const pen = yes(f, 'penalty')
    return {
      key: gbp(pen ? actual : agreed),
      wrong: [
        gbp(pen ? agreed : actual),
        gbp(perDay * late),
        gbp(agreed + actual),
        gbp(0),
        gbp(cap),
      ],
    }
  },
  'clb-contractual-interest': (f: F) => {
    const [debt, bp] = [n(f, 'debt'), n(f, 'rateBp')]
    const inv = s(f, 'inv')
    const due = plus(inv, n(f, 'term'))
    const paid = s(f, 'paid')
    const d = between(due, paid)
    return {
      key: gbp(interest(debt, bp, due, paid)),
      wrong: [
        gbp(interest(debt, bp, inv, paid)),
        gbp(part(debt, bp, 10_000)),
        gbp(part(debt, bp * Math.ceil(d / 30), 12 * 10_000)),
        gbp(part(debt, bp * d, 360 * 10_000)),
      ],
    }
  },
  'clb-reliance-loss': (f: F) => {
    const [pre, post, hoped] = [n(f, 'pre'), n(f, 'post'), n(f, 'hoped')]
    return {
      key: gbp(pre + post),
      wrong: [gbp(post), gbp(pre + post + hoped), gbp(hoped), gbp(pre)],
    }
  },
  'clb-distress-damages': (f: F) => {
    const [fee, dis] = [n(f, 'fee'), n(f, 'distress')]
    const pleasure = yes(f, 'personal')
    return {
      key: gbp(pleasure ? fee + dis : fee),
      wrong: [gbp(pleasure ? fee : fee + dis), gbp(dis), gbp(0), gbp(fee + 2 * dis)],
    }
  },
  'clb-entire-or-divisible': (f: F) => {
    const [parts, each, done] = [n(f, 'parts'), n(f, 'each'), n(f, 'done')]
    const entire = yes(f, 'entire')
    return {
      key: gbp(entire ? 0 : done * each),
      wrong: [
        gbp(entire ? done * each : 0),
        gbp(parts * each),
        gbp((done + 1) * each),
        gbp((parts - done) * each),
      ],
    }
  },
  'clb-anticipatory-breach-market': (f: F) => {
    const [k, price, early, atDue] = [n(f, 'n'), n(f, 'price'), n(f, 'early'), n(f, 'atDue')]
    return {
      key: gbp(k * (price - atDue)),
      wrong: [gbp(k * (price - early)), gbp(k * price), gbp(k * atDue), gbp(k * (early - atDue))],
    }
  },
  'clb-interest-after-part-payment': (f: F) => {
    const [debt, paidPart, bp] = [n(f, 'debt'), n(f, 'part'), n(f, 'rateBp')]
    const [due, q1, q2] = [s(f, 'due'), s(f, 'q1'), s(f, 'q2')]
    return {
      key: gbp(interest(debt, bp, due, q1) + interest(debt - paidPart, bp, q1, q2)),
      wrong: [
        gbp(interest(debt, bp, due, q2)),
        gbp(interest(debt - paidPart, bp, due, q2)),
        gbp(interest(debt, bp, due, q1)),
        gbp(interest(debt - paidPart, bp, q1, q2)),
      ],
    }
  },
  'clb-mitigation-costs': (f: F) => {
    const [loss, spent, saved] = [n(f, 'loss'), n(f, 'spent'), n(f, 'saved')]
    return {
      key: gbp(loss - saved + spent),
      wrong: [
        gbp(loss),
        gbp(loss + spent),
        gbp(loss - saved),
        gbp(loss - saved - spent),
        gbp(spent),
        gbp(loss + saved),
      ],
    }
  },
  'clb-days-late-normal-loss': (f: F) => {
    const [perDay, sp] = [n(f, 'perDay'), n(f, 'special')]
    const late = between(s(f, 'due'), s(f, 'delivered'))
    return {
      key: gbp(perDay * late),
      wrong: [
        gbp(perDay * late + sp),
        gbp(perDay * (late + 1)),
        gbp(perDay * between(s(f, 'made'), s(f, 'delivered'))),
        gbp(sp),
      ],
    }
  },
  'clb-cost-of-cure': (f: F) => {
    const [cure, amen] = [n(f, 'cure'), n(f, 'amenity')]
    const ok = yes(f, 'reasonable')
    return {
      key: gbp(ok ? cure : amen),
      wrong: [gbp(ok ? amen : cure), gbp(0), gbp(cure + amen), gbp(cure - amen)],
    }
  },
  'clb-repudiation-accepted': (f: F) => {
    const [u, rest, saved] = [n(f, 'unpaid'), n(f, 'rest'), n(f, 'saved')]
    return {
      key: gbp(u + rest - saved),
      wrong: [
        gbp(u),
        gbp(u + rest),
        gbp(rest - saved),
        gbp(u + rest + saved),
        gbp(2 * u + rest - saved),
        gbp(rest),
      ],
    }
  },
  'clb-forfeiture-penalty': (f: F) => {
    const [fee, loss] = [n(f, 'fee'), n(f, 'loss')]
    return {
      key: gbp(fee - loss),
      wrong: [gbp(0), gbp(fee), gbp(loss), gbp(fee - 2 * loss), gbp(fee + loss)],
    }
  },
})

Object.assign(SECOND, {
  // ---- Discharge, time limits and freelance terms
  'clb-limitation-simple-contract': (f: F) => {
    const b = s(f, 'breach')
    return {
      key: show(years(b, 6)),
      wrong: [
        show(years(s(f, 'found'), 6)),
        show(years(s(f, 'made'), 6)),
        show(years(b, 12)),
        show(years(b, 3)),
        show(plus(years(b, 6), -1)),
      ],
    }
  },
  'clb-limitation-deed': (f: F) => {
    const b = s(f, 'breach')
    return {
      key: show(years(b, 12)),
      wrong: [
        show(years(b, 6)),
        show(years(s(f, 'made'), 12)),
        show(years(s(f, 'found'), 12)),
        show(years(b, 15)),
      ],
    }
  },
  'clb-limitation-acknowledgement': (f: F) => {
    const [due, oral, written, paid] = [s(f, 'due'), s(f, 'oral'), s(f, 'written'), s(f, 'part')]
    // Only the signed writing and the payment restart the clock; the later of the two counts.
    const restart = [written, paid].sort().at(-1)!
    return {
      key: show(years(restart, 6)),
      wrong: [
        show(years(due, 6)),
        show(years(oral, 6)),
        show(years(written, 6)),
        show(years(restart, 12)),
      ],
    }
  },
  'clb-limitation-invoices-in-time': (f: F) => {
    const today = s(f, 'today')
    const dues = s(f, 'dues').split(',')
    const amts = s(f, 'amts').split(',').map(Number)
    const total = (ok: (due: string) => boolean) =>
      dues.reduce((t, d, i) => t + (ok(d) ? amts[i]! : 0), 0)
    const lastDay = (d: string, y = 6) => years(d, y)
    return {
      key: gbp(total((d) => lastDay(d) >= today)),
      wrong: [
        gbp(total(() => true)),
        gbp(total((d) => lastDay(plus(d, -30)) >= today)),
        gbp(total((d) => lastDay(d) < today)),
        gbp(total((d) => lastDay(d) > today)),
        gbp(total((d) => lastDay(d, 12) >= today)),
      ],
    }
  },
  'clb-email-notice-termination': (f: F) => {
    const [d, t, k] = [s(f, 'd'), n(f, 'sent'), n(f, 'n')]
    const early = t < 17 * 60
    const eff = early ? d : work(d, 1)
    return {
      key: show(plus(eff, k)),
      wrong: [
        show(plus(early ? work(d, 1) : d, k)),
        show(work(eff, k)),
        show(months(eff, Math.round(k / 30))),
        show(eff),
      ],
    }
  },
  'clb-posted-notice-month': (f: F) => {
    const [p, m] = [s(f, 'posted'), n(f, 'm')]
    const deemed = work(p, 2)
    return {
      key: show(months(deemed, m)),
      wrong: [
        show(months(p, m)),
        show(months(plus(p, 2), m)),
        show(plus(deemed, 30 * m)),
        show(months(deemed, m + 1)),
      ],
    }
  },
  'clb-frustration-1943-act': (f: F) => {
    const [paid, spent, owed] = [n(f, 'paid'), n(f, 'spent'), n(f, 'owed')]
    const keepsMore = paid - spent - owed > 0
    return {
      key: gbp(paid - spent),
      wrong: [
        gbp(paid),
        gbp(0),
        gbp(paid + owed - spent),
        gbp(spent),
        gbp(owed),
        gbp(keepsMore ? paid - spent - owed : paid + spent),
      ],
    }
  },
  'clb-kill-fee': (f: F) => {
    const [rate, total, done, pct] = [n(f, 'rate'), n(f, 'total'), n(f, 'done'), n(f, 'pct')]
    const rest = (total - done) * rate
    return {
      key: gbp(done * rate + part(rest, pct, 100)),
      wrong: [
        gbp(done * rate),
        gbp(done * rate + part(total * rate, pct, 100)),
        gbp(part(rest, pct, 100)),
        gbp(total * rate),
        gbp(part(done * rate, pct, 100) + rest),
      ],
    }
  },
  'clb-renewal-notice-deadline': (f: F) => {
    const [end, k] = [s(f, 'end'), n(f, 'n')]
    return {
      key: show(plus(end, -(k + 1))),
      wrong: [
        show(plus(end, -k)),
        show(months(end, -Math.round(k / 30))),
        show(end),
        show(plus(end, -(k - 1))),
      ],
    }
  },
  'clb-substantial-performance': (f: F) => {
    const [fee, fix, acc] = [n(f, 'fee'), n(f, 'fix'), n(f, 'onAccount')]
    return {
      key: gbp(fee - fix - acc),
      wrong: [
        gbp(0),
        gbp(fee - acc),
        gbp(fee - fix),
        gbp(fee - acc + fix),
        gbp(fee - 2 * fix - acc),
      ],
    }
  },
  'clb-retention-release': (f: F) => {
    const [fee, pct] = [n(f, 'fee'), n(f, 'pct')]
    const held = part(fee, pct, 100)
    const half = part(held, 1, 2)
    return {
      key: gbp(fee - held + half),
      wrong: [
        gbp(fee - held),
        gbp(fee),
        gbp(half),
        gbp(fee + half),
        gbp(fee - held - half),
        gbp(fee + held),
      ],
    }
  },
  'clb-minimum-term-notice': (f: F) => {
    const [start, mm, notice, given] = [s(f, 'start'), n(f, 'minMonths'), n(f, 'notice'), s(f, 'n')]
    const minEnd = months(start, mm)
    const byNotice = months(given, notice)
    return {
      key: show([byNotice, minEnd].sort()[1]!),
      wrong: [
        show(byNotice),
        show(months(minEnd, notice)),
        show(given),
        show(months(start, mm + 12)),
      ],
    }
  },
  'clb-pro-rata-final-month': (f: F) => {
    const [fee, end] = [n(f, 'fee'), s(f, 'end')]
    const k = Number(end.slice(8))
    const len = Number(lastOfMonth(end).slice(8))
    return {
      key: gbp(part(fee, k, len)),
      wrong: [
        gbp(part(fee, k, 30)),
        gbp(part(fee, k - 1, len)),
        gbp(fee),
        gbp(part(fee * 12, k, 365)),
        gbp(part(fee, len - k, len)),
      ],
    }
  },
  'clb-cancellation-scale': (f: F) => {
    const fee = n(f, 'fee')
    const d = between(s(f, 'cancel'), s(f, 'event'))
    const pct = d > 30 ? 25 : d >= 8 ? 50 : 100
    const nextDown = pct === 25 ? 50 : pct === 50 ? 100 : 50
    const reversed = pct === 25 ? 100 : 25
    return {
      key: gbp(part(fee, pct, 100)),
      wrong: [gbp(part(fee, nextDown, 100)), gbp(part(fee, reversed, 100)), gbp(0)],
    }
  },
  'clb-limitation-unpaid-invoice': (f: F) => {
    const inv = s(f, 'inv')
    const due = plus(inv, n(f, 'term'))
    return {
      key: show(years(due, 6)),
      wrong: [
        show(years(inv, 6)),
        show(years(s(f, 'done'), 6)),
        show(years(s(f, 'reminder'), 6)),
        show(years(due, 12)),
      ],
    }
  },
  'clb-end-of-month-terms': (f: F) => {
    const [inv, k] = [s(f, 'inv'), n(f, 'n')]
    const eom = lastOfMonth(inv)
    return {
      key: show(plus(eom, k)),
      wrong: [
        show(plus(inv, k)),
        show(months(plus(eom, 1), Math.round(k / 30))),
        show(plus(eom, k + 30)),
        show(eom),
      ],
    }
  },
})

describeEngineIndependent('contract law basics scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 79,
    second: SECOND,
    route:
      'Julian day numbers for every date and BigInt pence for every sum, from the drawn timeline',
    digest: (t) => t,
    models: CLB_MODELS,
    engines,
  })
})
