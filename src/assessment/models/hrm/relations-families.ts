import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  addDays,
  addWorkdays,
  addYears,
  day,
  drawn,
  employer,
  family,
  figure,
  long,
  money,
  person,
  texts,
  ukDate,
  ukLong,
  unit,
  weekday,
} from './hrm-text.js'
import { RELATIONS_PRACTICES } from './relations-practices.js'

// Notice, redundancy, deadlines and record retention. UK statutory minimum notice by the
// employer: one week after one month’s service, one week per complete year from two years, at
// most twelve weeks (Employment Rights Act 1996 s.86(1)); by the employee, one week (s.86(2)).
// Statutory redundancy pay: counting back from the relevant date at most 20 complete years,
// 1½ weeks’ pay for each year in which the employee was 41 or over, 1 week for each year at
// 22–40 and ½ week below 22 (ERA 1996 s.162(1)–(3)), a week’s pay capped at the limit each stem
// states (s.227; £719 from 6 April 2025). Form I-9 Section 2 within three business days of the
// first day of work (8 CFR 274a.2(b)(1)(ii)); I-9 retention until the later of three years after
// hire or one year after employment ends (8 CFR 274a.2(b)(2)(i)(A)). An EEOC charge within 180
// days, or 300 where a state or local agency enforces a like law (42 U.S.C. 2000e-5(e)(1)). The
// employer tells the COBRA plan administrator within 30 days of a termination (29 U.S.C.
// 1166(a)(2)); WARN notice 60 days before a plant closing (29 U.S.C. 2102(a)); an OWBPA waiver
// gives 21 days to consider (45 in a group programme) and 7 to revoke (29 U.S.C. 626(f)(1)(F),
// (G)); a companion’s unavailability lets the worker propose a time within five working days
// after the day the employer proposed (Employment Relations Act 1999 s.10(4)–(5)).

const CAP = 71900

/**
 * US federal holidays (observed dates) of 2026 and 2027. A charge deadline that falls on a
 * weekend or one of these runs to the next business day (EEOC, Time limits for filing a charge),
 * so the EEOC family refuses such draws rather than key a date that is not the deadline.
 */
const US_HOLIDAYS = new Set(
  [
    [2026, 0, 1],
    [2026, 0, 19],
    [2026, 1, 16],
    [2026, 4, 25],
    [2026, 5, 19],
    [2026, 6, 3],
    [2026, 8, 7],
    [2026, 9, 12],
    [2026, 10, 11],
    [2026, 10, 26],
    [2026, 11, 25],
    [2027, 0, 1],
    [2027, 0, 18],
    [2027, 1, 15],
    [2027, 4, 31],
    [2027, 5, 18],
    [2027, 6, 5],
    [2027, 8, 6],
    [2027, 9, 11],
    [2027, 10, 11],
    [2027, 10, 25],
    [2027, 11, 24],
  ].map(([y, m, d]) => day(y!, m!, d!)),
)

/** `k` days after `ms`, counting Monday to Saturday (a slip: Saturday is no business day). */
const saturdayWorks = (ms: number, k: number): number => {
  let t = ms
  for (let left = k; left > 0; ) {
    t = addDays(t, 1)
    if (weekday(t) !== 0) left--
  }
  return t
}

export const RELATIONS_FAMILIES: readonly ScenarioFamily[] = [
  family('uk-statutory-notice-from-the-employer', (rng) => {
    const y = drawn(rng, 2, 16)
    const m = drawn(rng, 1, 11)
    const key = Math.min(y, 12)
    return figure(rng, unit('weeks'), {
      stem: `A UK employer is dismissing ${person(rng)} with notice after ${y} year${y > 1 ? 's' : ''} and ${m} month${m > 1 ? 's' : ''} of continuous employment; the contract gives no more than the statutory minimum. Under section 86(1) of the Employment Rights Act 1996, how much notice must the employer give?`,
      in: { y, m },
      key,
      wrong: [
        ['roundsUp', Math.min(y + 1, 12), 'counts the part year as a complete year'],
        ['uncapped', y, 'leaves out the twelve-week cap'],
        ['employees', 1, 'gives the employee’s one week under section 86(2)'],
        [
          'redundancyRate',
          Math.floor(1.5 * y),
          'uses one and a half weeks per year, as in redundancy pay',
        ],
        ['monthPerYear', Math.max(4, Math.round(y * 4.33)), 'gives a month per year of service'],
      ],
    })
  }),
  family('uk-statutory-redundancy-pay', (rng) => {
    const a = drawn(rng, 30, 64)
    const n = rng.next() < 0.5 && a >= 40 ? drawn(rng, 21, Math.min(a - 18, 28)) : drawn(rng, 3, 20)
    const w = drawn(rng, 75000, 140000, 500)
    // The limit is revised each April: £719 applies where employment ends from 6 April 2025 to
    // 5 April 2026 (Employment Rights (Increase of Limits) Order 2025).
    const ended = addDays(day(2025, 3, 6), rng.int(0, 364))
    const mult = (age: number) => (age >= 41 ? 3 : age >= 22 ? 2 : 1)
    const halves = (years: number[]) => years.reduce((s, k) => s + mult(a - k), 0)
    const latest = Array.from({ length: Math.min(n, 20) }, (_, i) => i + 1)
    const all = Array.from({ length: n }, (_, i) => i + 1)
    const earliest = all.slice(-Math.min(n, 20))
    const weeks = halves(latest)
    const pay = (h: number, wk: number) => Math.round((h * wk) / 2)
    return figure(rng, money('£'), {
      stem: `${person(rng)} is made redundant by a UK employer, their employment ending on ${ukDate(ended)}, at age ${a} after ${n} complete years of service (their birthday falls on their work anniversary). Their gross week’s pay is ${money('£')(w)}, and the statutory limit on a week’s pay for employment ending between 6 April 2025 and 5 April 2026 is £719. Under section 162 of the Employment Rights Act 1996, what is their statutory redundancy pay?`,
      in: { a, n, w },
      key: pay(weeks, CAP),
      wrong: [
        ['uncapped', pay(weeks, w), 'uses the actual week’s pay above the limit'],
        ['oneWeekEach', pay(2 * Math.min(n, 20), CAP), 'gives one week per year whatever the age'],
        ['allYears', pay(halves(all), CAP), 'counts more than twenty years'],
        [
          'ageNow',
          pay(Math.min(n, 20) * mult(a), CAP),
          'applies the age at dismissal to every year',
        ],
        ['allAtTop', pay(3 * Math.min(n, 20), CAP), 'counts every year at one and a half weeks'],
        [
          'earliestYears',
          pay(halves(earliest), CAP),
          'counts the first twenty years instead of the last',
        ],
      ],
    })
  }),
  family('i9-section-2-deadline', (rng) => {
    let first = day(2026, rng.pick([2, 3, 7]), drawn(rng, 2, 24))
    while (weekday(first) === 0 || weekday(first) === 6) first = addDays(first, 1)
    return texts(rng, {
      stem: `${person(rng)}’s first day of work for pay at ${employer(rng)} (open Monday to Friday) is ${long(first)}, with no holiday in the next two weeks. Under 8 CFR 274a.2(b)(1)(ii), by what date must the employer complete Section 2 of Form I-9?`,
      in: { first },
      key: long(addWorkdays(first, 3)),
      wrong: [
        ['calendar', long(addDays(first, 3)), 'counts three calendar days'],
        ['sameDay', long(first), 'requires Section 2 on the first day, the Section 1 deadline'],
        ['countsFirst', long(addWorkdays(first, 2)), 'counts the first day as one of the three'],
        ['week', long(addDays(first, 7)), 'allows a week'],
        ['fiveDays', long(addWorkdays(first, 5)), 'allows five business days'],
        ['saturday', long(saturdayWorks(first, 3)), 'counts Saturday as a business day'],
        [
          'endOfWeek',
          long(addDays(first, 5 - weekday(first))),
          'allows until the end of the first week of work',
        ],
      ],
    })
  }),
  family('i9-retention-date', (rng) => {
    const hire = day(drawn(rng, 2015, 2024), rng.int(0, 11), drawn(rng, 1, 28))
    const end = addDays(hire, drawn(rng, 120, 3000))
    const a = addYears(hire, 3)
    const b = addYears(end, 1)
    if (a === b) throw new VariantError('equal dates')
    return texts(rng, {
      stem: `${person(rng)} was hired by ${employer(rng)} on ${long(hire)} and left on ${long(end)}. Under 8 CFR 274a.2(b)(2)(i)(A), until what date must their Form I-9 be kept?`,
      in: { hire, end },
      key: long(Math.max(a, b)),
      wrong: [
        ['earlier', long(Math.min(a, b)), 'takes the earlier of the two dates'],
        ['threeAfterEnd', long(addYears(end, 3)), 'keeps it three years after employment ends'],
        [
          a > b ? 'oneAfterEnd' : 'threeAfterHire',
          long(Math.min(a, b)),
          a > b ? 'counts one year from leaving only' : 'counts three years from hire only',
        ],
        ['oneAfterHire', long(addYears(hire, 1)), 'keeps it one year from hire'],
      ],
    })
  }),
  family('eeoc-charge-filing-deadline', (rng) => {
    const act = day(2026, rng.int(0, 11), drawn(rng, 1, 28))
    const fepa = rng.next() < 0.6
    const key = addDays(act, fepa ? 300 : 180)
    if (weekday(key) === 0 || weekday(key) === 6 || US_HOLIDAYS.has(key))
      throw new VariantError('deadline on a weekend or holiday')
    return texts(rng, {
      stem: `An employee says their last discriminatory act at ${employer(rng)} was on ${long(act)}. The state ${fepa ? 'has its own agency enforcing a law against employment discrimination on the same basis' : 'has no agency or law against employment discrimination on that basis'}. Under 42 U.S.C. 2000e-5(e)(1) (Title VII), by when must a charge be filed with the EEOC?`,
      in: { act, fepa: fepa ? 1 : 0 },
      key: long(key),
      wrong: [
        [
          'otherPeriod',
          long(addDays(act, fepa ? 180 : 300)),
          fepa
            ? 'uses 180 days where a state agency extends it to 300'
            : 'uses 300 days where no state agency exists',
        ],
        ['ninety', long(addDays(act, 90)), 'uses the 90 days to sue after a right-to-sue notice'],
        ['year', long(addYears(act, 1)), 'allows one year'],
        ['twoYears', long(addYears(act, 2)), 'uses the Equal Pay Act’s two-year limit'],
      ],
    })
  }),
  family('uk-postponed-disciplinary-hearing', (rng) => {
    let proposed = day(2026, rng.pick([5, 8, 9]), drawn(rng, 2, 20))
    while (weekday(proposed) === 0 || weekday(proposed) === 6) proposed = addDays(proposed, 1)
    return texts(rng, {
      stem: `A UK employer proposed a disciplinary hearing for ${ukLong(proposed)}; the worker’s chosen companion cannot attend that day, and there are no bank holidays in the weeks that follow. Under section 10(5) of the Employment Relations Act 1999, what is the latest day the worker may propose instead?`,
      in: { proposed },
      key: ukLong(addWorkdays(proposed, 5)),
      wrong: [
        ['calendar', ukLong(addDays(proposed, 5)), 'counts five calendar days'],
        ['tenCalendar', ukLong(addDays(proposed, 10)), 'counts ten calendar days'],
        ['ten', ukLong(addWorkdays(proposed, 10)), 'allows ten working days'],
        ['three', ukLong(addWorkdays(proposed, 3)), 'allows three working days'],
      ],
    })
  }),
  family('cobra-employer-notice-deadline', (rng) => {
    const ev = day(2026, rng.int(0, 11), drawn(rng, 1, 28))
    return texts(rng, {
      stem: `${person(rng)}’s employment with ${employer(rng)}, which sponsors a group health plan run by a separate plan administrator, ended on ${long(ev)} (loss of coverage the same day). Under 29 U.S.C. 1166(a)(2) (COBRA), by when must the employer notify the plan administrator?`,
      in: { ev },
      key: long(addDays(ev, 30)),
      wrong: [
        [
          'fourteen',
          long(addDays(ev, 14)),
          'uses the administrator’s 14 days to notify the employee',
        ],
        ['combined', long(addDays(ev, 44)), 'adds the administrator’s 14 days to the 30'],
        ['election', long(addDays(ev, 60)), 'uses the employee’s 60-day election period'],
        ['fortyFive', long(addDays(ev, 45)), 'uses the 45 days for the first premium payment'],
      ],
    })
  }),
  family('warn-act-notice-date', (rng) => {
    const close = day(2027, rng.int(0, 11), drawn(rng, 1, 28))
    return texts(rng, {
      stem: `A US client with 140 full-time staff will close its only site, ending all jobs on ${long(close)}. Under 29 U.S.C. 2102(a) (federal WARN Act), what is the latest date written notice may be given?`,
      in: { close },
      key: long(addDays(close, -60)),
      wrong: [
        ['thirty', long(addDays(close, -30)), 'allows 30 days’ notice'],
        ['ninety', long(addDays(close, -90)), 'uses New York’s 90-day state rule'],
        ['fourteen', long(addDays(close, -14)), 'allows two weeks’ notice'],
        ['fortyFive', long(addDays(close, -45)), 'allows 45 days’ notice'],
      ],
    })
  }),
  family('owbpa-waiver-consideration-period', (rng) => {
    const given = day(2026, rng.int(0, 11), drawn(rng, 1, 28))
    const group = rng.next() < 0.4
    return texts(rng, {
      stem: `${person(rng)}, aged ${drawn(rng, 45, 63)}, is handed a separation agreement waiving age claims on ${long(given)}${group ? ' as part of a group reduction in force' : ', as the only employee leaving'}. Under 29 U.S.C. 626(f)(1) (OWBPA), until what date must they be allowed to consider it?`,
      in: { given, group: group ? 1 : 0 },
      key: long(addDays(given, group ? 45 : 21)),
      wrong: [
        [
          'other',
          long(addDays(given, group ? 21 : 45)),
          group
            ? 'uses the individual 21 days for a group programme'
            : 'uses the group 45 days for one employee',
        ],
        ['revocation', long(addDays(given, 7)), 'gives the 7-day revocation period'],
        ['both', long(addDays(given, (group ? 45 : 21) + 7)), 'adds the 7-day revocation period'],
        ['fourteen', long(addDays(given, 14)), 'allows 14 days'],
      ],
    })
  }),
  family('uk-notice-end-date', (rng) => {
    const y = drawn(rng, 2, 14)
    const given = day(2026, rng.int(0, 10), drawn(rng, 1, 28))
    const weeks = Math.min(y, 12)
    return texts(rng, {
      stem: `A UK employer gives ${person(rng)}, employed for ${y} complete years and some months, the statutory minimum notice of section 86(1) of the Employment Rights Act 1996 on ${ukLong(given)}, starting the day after. On what date does the notice end?`,
      in: { y, given },
      key: ukLong(addDays(given, 7 * weeks)),
      wrong: [
        [
          'roundsUp',
          ukLong(addDays(given, 7 * Math.min(y + 1, 12))),
          'counts the part year as a complete year',
        ],
        ['employees', ukLong(addDays(given, 7)), 'gives the employee’s one week'],
        ['maximum', ukLong(addDays(given, 84)), 'gives everyone the twelve-week maximum'],
        ['uncapped', ukLong(addDays(given, 7 * y)), 'leaves out the twelve-week cap'],
        [
          'redundancy',
          ukLong(addDays(given, 7 * Math.min(Math.floor(1.5 * y), 12))),
          'uses one and a half weeks per year, as in redundancy pay',
        ],
      ],
    })
  }),
  ...RELATIONS_PRACTICES,
]
