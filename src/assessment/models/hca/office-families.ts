import type { Rng } from '../../rng.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  type Fraction,
  frac,
  mul,
  n,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './hca-text.js'

// Scheduling, records and compliance. The slips are a block of the template taken in every
// session or in none, minutes pooled across the week before whole slots are cut, a rate over the
// wrong denominator (all appointments, kept visits, template time with the blocked time left
// in), the no-show rate added instead of divided out, HIPAA deadlines counted from the wrong date
// (the date on the letter, the extension notice, the breach itself, a business associate’s own
// discovery) or in business days, thresholds read as “500 or more” or applied to records instead
// of residents, retention counted by the adult rule or from the wrong birthday, fees the rule
// does not allow added or the wrong schedule used, and FTEs from headcounts or with unpaid time.

const money = usd(2)
const days = plain(0, 'days')
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** Whole cents as dollars. */
const ct = (c: number): Fraction => frac(c, 100)
/** Whole cents as a stem writes them. */
const $ = (c: number): string => money(ct(c))
const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
/** Whole units of a non-negative fraction, rounded down. */
const floor = (x: Fraction): number => Number(x.n / x.d)
/** A share of a whole count drawn in whole percents, rounded to a count. */
const share = (total: number, low: number, high: number, rng: Rng): number =>
  Math.round((total * rng.int(low * 10, high * 10)) / 1000)
/** A year as a stem and an option write it, without a thousands comma. */
const year = (x: Fraction): string => `${x.n / x.d}`

const DAY = 86400000
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
const parts = (day: number): [number, number, number] => {
  const t = new Date(day * DAY)
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]
}
/** A day number (days since 1970-01-01) as a stem writes the date. */
const on = (day: number): string => {
  const [y, m, d] = parts(day)
  return `${MONTHS[m - 1]} ${d}, ${y}`
}
/** The day `k` business days (Monday to Friday) after `day`. */
const businessDaysAfter = (day: number, k: number): number => {
  let t = day
  for (let i = 0; i < k; ) {
    t++
    const w = new Date(t * DAY).getUTCDay()
    if (w !== 0 && w !== 6) i++
  }
  return t
}
/** A minute count as clock hours and minutes: 90 → `1 hour 30 minutes`. */
const span = (minutes: number): string => {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const hours = `${h} hour${h === 1 ? '' : 's'}`
  return m === 0 ? hours : `${hours} ${m} minutes`
}
/** Half hours after midnight as a clock time: 15 → `7:30`. */
const clock = (halfHours: number): string => {
  const h = Math.floor(halfHours / 2)
  return `${h > 12 ? h - 12 : h}:${halfHours % 2 ? '30' : '00'}${h >= 12 ? ' p.m.' : ' a.m.'}`
}

export const OFFICE_FAMILIES: ScenarioFamily[] = [
  apart('weekly-visit-capacity-from-the-template', (rng) => {
    const s = rng.pick([7, 8, 9])
    const T = rng.pick([210, 240, 270])
    const Lf = rng.pick([15, 20])
    const h = Lf
    const b = rng.pick([20, 30, 45])
    const a = rng.pick([2, 3])
    const nn = rng.pick([1, 2, 3])
    const Ln = rng.pick([30, 40, 45, 60])
    // An administrative session must hold its huddle, block and new-patient slots.
    if (T - h - b - nn * Ln < 0) rest()
    const per = (free: number, len: number) => Math.floor(free / len)
    /** New slots plus the follow-up slots cut from what each session has left. */
    const week = (huddle: number, block: number, adminSessions: number, newLen = Ln) =>
      s * nn +
      (s - adminSessions) * per(T - huddle - nn * newLen, Lf) +
      adminSessions * per(T - huddle - block - nn * newLen, Lf)
    const key = week(h, b, a)
    return {
      stem: `A provider’s weekly template has ${s} clinic sessions of ${span(T)} each. Every session opens with a ${h}-minute huddle and holds ${nn} new-patient slot${nn === 1 ? '' : 's'} of ${Ln} minutes; ${a} of the sessions also hold a ${b}-minute administrative block. The rest of each session is cut into ${Lf}-minute follow-up slots, and minutes that do not fill a whole slot are left unbooked. How many appointments (new and follow-up) does the template offer in a week?`,
      show: plain(0, 'appointments'),
      figures: { s, T, h, b, a, nn, Ln, Lf },
      key: frac(key),
      wrong: [
        [frac(week(h, b, s)), 'takes the administrative block out of every session'],
        [frac(key - s * nn), 'leaves out the new-patient slots'],
        [
          frac((s - a) * per(T - h, Ln) + a * per(T - h - b, Ln)),
          'cuts every slot at the new-patient length',
        ],
        [frac(week(0, b, a)), 'leaves out the huddles'],
        [frac(week(h, b, a, Lf)), 'books the new patients at the follow-up length'],
        [frac(week(h, 0, 0)), 'leaves out the administrative blocks'],
      ],
    }
  }),
  apart('no-show-rate-under-the-practice-definition', (rng) => {
    const S = rng.int(1800, 4200)
    const C1 = share(S, 6, 12, rng)
    const Cp = share(S, 1, 3, rng)
    const C2 = share(S, 2, 5, rng)
    const N = share(S, 4, 10, rng)
    const rate = (num: number, den: number) => frac(num, den)
    return {
      stem: `Last month a practice booked ${n(S)} appointments. Of them, patients cancelled ${n(C1)} with at least 24 hours’ notice and ${n(C2)} with less; the practice itself cancelled ${n(Cp)} (a provider’s sick day); and ${n(N)} patients did not come and did not call. The practice’s policy defines the no-show rate as no-shows plus late cancellations (less than 24 hours’ notice), divided by the appointments booked less those cancelled with at least 24 hours’ notice and those the practice cancelled. What was the no-show rate, ${PCT2}?`,
      show: pct2,
      figures: { S, C1, Cp, C2, N },
      key: rate(N + C2, S - C1 - Cp),
      wrong: [
        [rate(N + C2, S), 'divides by all the appointments booked'],
        [rate(N, S - C1 - Cp), 'leaves out the late cancellations'],
        [rate(N + C2, S - C1), 'keeps the practice’s own cancellations in the denominator'],
        [rate(N + C2 + C1, S - Cp), 'counts every patient cancellation as a no-show'],
        [rate(N + C2, S - C1 - Cp - N - C2), 'divides by the visits kept'],
        [rate(N + C2 + Cp, S - C1), 'counts the practice’s cancellations as no-shows'],
      ],
    }
  }),
  apart('provider-utilisation-of-available-minutes', (rng) => {
    const s = rng.pick([8, 9, 10])
    const T = rng.pick([210, 240])
    const h = rng.pick([10, 15])
    const avail = s * T - T - (s - 1) * h
    const Ln = rng.pick([40, 45, 60])
    const Lf = rng.pick([15, 20])
    const Lp = 30
    const nN = rng.int(3, 7)
    const nP = rng.int(2, 6)
    const U = rng.int(70, 92)
    const nF = Math.floor(((avail * U) / 100 - nN * Ln - nP * Lp) / Lf)
    const k = rng.int(3, 9)
    if (nF < 20) rest()
    const booked = nN * Ln + nF * Lf + nP * Lp
    const visits = nN + nF + nP
    const blocked = s * T - avail
    // No option may show a utilisation of 100% or more.
    if (booked >= avail - k * Lf) rest()
    return {
      stem: `A provider’s template last week had ${s} sessions of ${T} minutes. One session was blocked for a staff meeting, and each of the other sessions opened with a ${h}-minute huddle, also blocked. Booked were ${nN} new-patient visits (${Ln} minutes each), ${nF} follow-ups (${Lf} minutes each) and ${nP} procedures (${Lp} minutes each); ${k} of the follow-ups were no-shows. The practice measures utilisation as the minutes booked, no-shows included, divided by the available minutes (the template less blocked time). What was the provider’s utilisation, ${PCT2}?`,
      show: pct2,
      figures: { s, T, h, Ln, Lf, nN, nF, nP, k },
      key: frac(booked, avail),
      wrong: [
        [frac(booked, s * T), 'divides by the template minutes without taking out the blocks'],
        [frac(booked - k * Lf, avail), 'counts only the visits kept'],
        [frac(visits * Lf, avail), 'counts every appointment at the follow-up length'],
        [frac(booked + blocked, s * T), 'counts the blocked time as booked'],
        [frac(booked, avail - k * Lf), 'takes the no-show minutes out of the available time'],
        [frac(booked + k * Lf, avail), 'adds the no-show minutes to the minutes booked'],
      ],
    }
  }),
  apart('weekly-bookings-to-cover-no-shows', (rng) => {
    const Sq = rng.int(12000, 30000)
    const Nq = share(Sq, 10, 20, rng)
    const sq = rng.int(1200, 2400)
    const nq = share(sq, 6, Math.floor((100 * Nq) / Sq) - 1, rng)
    const lq = share(sq, 2, 5, rng)
    const S = rng.int(16, 28)
    const w = rng.int(7, 9)
    const W = w * S
    const p = frac(nq, sq)
    /** The most bookings whose expected arrivals, at no-show rate `q`, do not exceed the slots. */
    const most = (q: Fraction) => floor(div(W, sub(1, q)))
    return {
      stem: `A provider has ${S} appointment slots in each of ${w} sessions a week. Last quarter the provider had ${n(sq)} appointments booked, ${n(nq)} no-shows and ${n(lq)} late cancellations; across the practice there were ${n(Sq)} appointments booked and ${n(Nq)} no-shows. The practice’s policy: use the provider’s own no-show rate, defined as no-shows divided by appointments booked (late cancellations are not no-shows), and book for the week the largest whole number of appointments whose expected arrivals (appointments booked times one less the no-show rate) do not exceed the week’s slots. How many appointments should be booked for the provider’s week?`,
      show: plain(0, 'appointments'),
      figures: { Sq, Nq, sq, nq, lq, S, w },
      key: frac(most(p)),
      wrong: [
        [frac(W), 'books only the slots, with no allowance for no-shows'],
        [frac(floor(mul(W, sub(1, p)))), 'books the expected arrivals'],
        [frac(floor(mul(W, add(1, p)))), 'adds the no-show rate to the slots'],
        [frac(most(frac(nq, sq - nq))), 'takes the no-show rate over the visits kept'],
        [frac(most(frac(nq + lq, sq))), 'counts the late cancellations as no-shows'],
        [frac(most(frac(Nq, Sq))), 'uses the practice-wide no-show rate'],
      ],
    }
  }),
  apart('right-of-access-days-left-after-one-extension', (rng) => {
    const W = dayOf(2026, rng.int(1, 10), rng.int(1, 28))
    const R = W + rng.int(2, 8)
    const V = R + rng.int(2, 7)
    const X = R + rng.int(10, 24)
    const T = X + rng.int(1, 29 - (X - R))
    return {
      stem: `A patient’s written request for copies of her records, dated ${on(W)}, reached the practice on ${on(R)}; the practice verified her identity on ${on(V)}. Under the HIPAA right of access, a covered entity must act on a request within 30 calendar days of receiving it, and may take one extension of up to 30 more days if, within the first 30 days, it tells the individual in writing the reason and the date by which it will act. On ${on(X)} the practice sent such a notice, taking the full extension. Today is ${on(T)}. How many calendar days are left until the practice must provide the copies?`,
      show: days,
      figures: { W, R, V, X, T },
      key: frac(R + 60 - T),
      wrong: [
        [frac(X + 30 - T), 'counts the extension from the date of the notice'],
        [frac(W + 60 - T), 'counts from the date on the request letter'],
        [frac(R + 30 - T), 'leaves out the extension'],
        [frac(V + 60 - T), 'counts from the date the identity was verified'],
        [frac(R + 90 - T), 'allows two extensions'],
        [frac(businessDaysAfter(R, 60) - T), 'counts business days'],
      ],
    }
  }),
  apart('breach-notice-days-left-after-a-business-associate-reports', (rng) => {
    const O = dayOf(2026, rng.int(1, 10), rng.int(1, 28))
    const Bk = O + rng.int(3, 15)
    const E = Bk + rng.int(1, 4)
    const N = E + rng.int(2, 15)
    const L = N + rng.int(10, 30)
    const F = L + rng.int(20, 60)
    const T = N + rng.int(3, 15)
    if (O + 60 <= T + 2) rest()
    return {
      stem: `A practice’s billing company, a business associate that works as an independent contractor (not the practice’s agent), found on ${on(Bk)} that an intruder had been in its system since ${on(O)}; it shut the intruder out on ${on(E)} and notified the practice on ${on(N)}. The practice finished its list of affected patients on ${on(L)}, and the forensic report is due on ${on(F)}. Under the HIPAA breach notification rule the practice must notify affected individuals without unreasonable delay and no later than 60 calendar days after it discovers the breach; a breach at such a business associate is discovered by the practice when the business associate notifies it. Today is ${on(T)}. How many calendar days are left until the latest day the practice may notify the individuals?`,
      show: days,
      figures: { O, Bk, E, N, L, F, T },
      key: frac(N + 60 - T),
      wrong: [
        [frac(O + 60 - T), 'counts from the date the intrusion began'],
        [frac(Bk + 60 - T), 'counts from the business associate’s discovery'],
        [frac(E + 60 - T), 'counts from the date the intrusion was stopped'],
        [frac(L + 60 - T), 'counts from the date the list of patients was finished'],
        [frac(F + 60 - T), 'counts from the date of the forensic report'],
        [frac(businessDaysAfter(N, 60) - T), 'counts business days'],
      ],
    }
  }),
  apart('breach-residents-in-states-needing-media-notice', (rng) => {
    const [home, other, small1, small2, at500] = rng.shuffle([
      'Ohio',
      'Indiana',
      'Kentucky',
      'Michigan',
      'Pennsylvania',
      'West Virginia',
    ])
    const jur = rng.pick(['the District of Columbia', 'Puerto Rico'])
    const H = rng.int(1001, 6000)
    const J = rng.int(1001, 1800)
    const S2 = rng.int(501, 1000)
    const S4 = rng.int(380, 499)
    const S5 = rng.int(20, 300)
    const rec = (x: number) => x + Math.round((x * rng.int(2, 15)) / 100)
    const rH = rec(H)
    const rJ = rec(J)
    const r2 = rec(S2)
    const r4 = 501 + rng.int(0, 120) + Math.max(0, S4 - 501)
    const r3 = 500 + rng.int(5, 60)
    const r5 = rec(S5)
    const key = H + J + S2
    return {
      stem: `A practice based in ${home} has a breach of unsecured protected health information. Its count of affected patients by state of residence (with the number of records, as some patients had several): ${home} ${n(H)} patients (${n(rH)} records); ${jur} ${n(J)} (${n(rJ)}); ${other} ${n(S2)} (${n(r2)}); ${at500} 500 (${n(r3)}); ${small1} ${n(S4)} (${n(r4)}); ${small2} ${n(S5)} (${n(r5)}). Under the HIPAA breach notification rule, notice to prominent media outlets is required for each state or jurisdiction (the District of Columbia and Puerto Rico count as such) with more than 500 affected residents. How many affected patients live in the states and jurisdictions where media notice is required?`,
      show: plain(0, 'patients'),
      figures: { H, J, S2, S4, S5, rH, rJ, r2, r3, r4, r5 },
      key: frac(key),
      wrong: [
        [frac(key + 500), 'includes the state with exactly 500 (500 or more)'],
        [frac(key + 500 + S4 + S5), 'counts every affected patient'],
        [frac(rH + rJ + r2 + r3 + r4), 'counts records instead of residents'],
        [frac(H), 'counts only the practice’s home state'],
        [frac(H + S2), 'leaves out the jurisdiction that is not a state'],
        [frac(H + J), 'uses a threshold of 1,000 residents'],
      ],
    }
  }),
  apart('small-breach-annual-report-days-left', (rng) => {
    const Y = rng.pick([2026, 2027])
    const D = dayOf(Y, rng.int(7, 11), rng.int(1, 28))
    const N = D + rng.int(10, 35)
    const T = N + rng.int(1, 20)
    const end = dayOf(Y, 12, 31)
    if (T >= end - 3 || D + 60 <= T + 2) rest()
    return {
      stem: `On ${on(D)} a practice discovered a breach of unsecured protected health information affecting ${rng.int(12, 480)} patients, fewer than 500. It mailed the individual notices on ${on(N)}. Under the HIPAA breach notification rule, a breach affecting fewer than 500 individuals is logged and reported to the Secretary of Health and Human Services no later than 60 days after the end of the calendar year in which it was discovered. The practice’s fiscal year ends on June 30. Today is ${on(T)}. How many calendar days are left until the deadline for reporting this breach to HHS?`,
      show: days,
      figures: { D, N, T },
      key: frac(end + 60 - T),
      wrong: [
        [frac(D + 60 - T), 'counts 60 days from discovery, as for a breach of 500 or more'],
        [frac(N + 60 - T), 'counts 60 days from the individual notices'],
        [frac(end - T), 'stops at the end of the calendar year'],
        [frac(businessDaysAfter(end, 60) - T), 'counts 60 business days after the year ends'],
        [frac(dayOf(Y + 1, 12, 31) + 60 - T), 'waits for the end of the next calendar year'],
        [frac(dayOf(Y + 1, 6, 30) + 60 - T), 'counts from the end of the practice’s fiscal year'],
      ],
    }
  }),
  apart('minor-patient-record-retention-end-year', (rng) => {
    const by = rng.int(2008, 2022)
    const bm = rng.int(1, 12)
    const bd = rng.int(1, 28)
    const N = rng.pick([6, 7, 10])
    const M = rng.pick([1, 2, 3, 5])
    const oldest = Math.min(14, 16 + M - N)
    if (oldest < 2) rest()
    const ly = by + rng.int(2, oldest)
    const lm = rng.int(1, 12)
    const ld = rng.int(1, 28)
    const adultEnd = dayOf(ly + N, lm, ld)
    const minorEnd = dayOf(by + 18 + M, bm, bd)
    if (adultEnd >= minorEnd) rest()
    return {
      stem: `A practice keeps medical records under its state’s rule, as stated for this exercise: an adult’s record for ${N} years after the last visit; a minor’s record until the patient reaches the age of majority (18) plus ${M} year${M === 1 ? '' : 's'}, or for ${N} years after the last visit, whichever ends later. A patient born on ${on(dayOf(by, bm, bd))} was last seen on ${on(dayOf(ly, lm, ld))}, as a minor. In what year does the practice’s duty to keep the record end?`,
      show: year,
      figures: { by, bm, bd, ly, lm, ld, N, M },
      key: frac(by + 18 + M),
      wrong: [
        [frac(ly + N), 'applies only the adult rule'],
        [frac(by + 18), 'keeps the record only until the age of majority'],
        [frac(ly + M), 'counts the minor’s extra years from the last visit'],
        [frac(by + 21 + M), 'takes the age of majority as 21'],
        [frac(by + 18 + N), 'counts the adult period from the age of majority'],
        [frac(by + 18 + M + N), 'runs the adult period on after the minor’s period ends'],
      ],
    }
  }),
  apart('third-party-copy-fee-under-the-state-schedule', (rng) => {
    const Rf = rng.pick([15, 18, 20, 22, 25]) * 100
    const a = rng.pick([100, 110, 125, 150])
    const b = rng.pick([50, 60, 75])
    const c = rng.pick([20, 25, 30])
    const X = rng.pick([5, 10, 15]) * 100
    const P = rng.int(75, 320)
    const post = rng.int(300, 1500)
    const fee = (first: number, mid: number, rest_: number) =>
      ct(Rf + 20 * first + 40 * mid + (P - 60) * rest_ + post)
    const key = fee(a, b, c)
    return {
      stem: `A law firm, with the patient’s signed authorization, asks a practice for copies of ${P} pages of records, to be mailed. As stated for this exercise, the state’s fee schedule for requests other than a patient’s own allows a search and retrieval fee of ${$(Rf)}; ${$(a)} a page for pages 1–20, ${$(b)} a page for pages 21–60 and ${$(c)} a page for each page over 60; a certification fee of ${$(X)} only when certification is requested (it was not); and actual postage, here ${$(post)}. What may the practice charge, ${CENTS}?`,
      show: money,
      figures: { Rf, a, b, c, X, P, post },
      key,
      wrong: [
        [ct(Rf + P * a + post), 'charges every page at the rate for pages 1–20'],
        [add(key, ct(X)), 'adds the certification fee'],
        [ct(Rf + 20 * a + (P - 20) * b + post), 'charges every page over 20 at the 21–60 rate'],
        [sub(key, ct(Rf)), 'leaves out the search and retrieval fee'],
        [ct(Rf + P * c + post), 'charges every page at the lowest rate'],
        [sub(key, ct(post)), 'leaves out the postage'],
      ],
    }
  }),
  apart('patient-access-copy-fee-at-actual-cost', (rng) => {
    const mc = rng.int(20, 75)
    const ms = rng.int(15, 60)
    const W = rng.pick([1800, 1950, 2100, 2250, 2400])
    const P = rng.int(60, 400)
    const sup = rng.int(3, 8)
    const post = rng.int(300, 1400)
    const Rf = rng.pick([15, 20, 25]) * 100
    const x = rng.pick([25, 50, 75])
    const labor = (minutes: number) => mul(ct(W), frac(minutes, 60))
    const key = add(labor(mc), ct(P * sup + post))
    if (!lt(ct(1000), key)) rest()
    return {
      stem: `A patient exercising her HIPAA right of access asks for paper copies of ${P} pages of her records, mailed to her. HIPAA limits the fee to a reasonable, cost-based amount for the labor of copying, supplies and postage; it may not include search and retrieval. The practice charges actual cost: copying took a clerk ${mc} minutes at ${$(W)} an hour, after ${ms} minutes spent finding the records; paper and toner cost ${sup}¢ a page; postage is ${$(post)}. (For requests from others, the state allows a ${$(Rf)} retrieval fee plus ${x}¢ a page and postage; for electronic copies of records kept electronically, HIPAA also allows a flat fee of up to $6.50.) What may the practice charge the patient, ${CENTS}?`,
      show: money,
      figures: { mc, ms, W, P, sup, post, Rf, x },
      key,
      wrong: [
        [add(labor(mc + ms), ct(P * sup + post)), 'charges the time spent finding the records'],
        [add(key, ct(Rf)), 'adds the state’s retrieval fee'],
        [ct(Rf + P * x + post), 'uses the state’s schedule for other requesters'],
        [sub(key, ct(post)), 'leaves out the postage'],
        [sub(key, ct(P * sup)), 'leaves out the supplies'],
        [ct(P * sup + post), 'leaves out the clerk’s copying labor'],
      ],
    }
  }),
  apart('staff-ftes-from-shift-schedules', (rng) => {
    type Shift = { days: number; from: number; to: number }
    const full = rng.int(3, 5)
    const part = rng.int(2, 4)
    const shifts: Shift[] = []
    for (let i = 0; i < full; i++) {
      const from = rng.pick([14, 15, 16])
      shifts.push({ days: 5, from, to: from + 17 })
    }
    for (let i = 0; i < part; i++) {
      const [d, len] = rng.pick([
        [3, 15],
        [3, 17],
        [4, 13],
        [4, 15],
        [4, 17],
      ] as const)
      const from = rng.pick([14, 15, 16, 17, 18])
      shifts.push({ days: d, from, to: from + len })
    }
    /** Paid half hours: the span less a 30-minute unpaid lunch on shifts of 6 hours or more. */
    const paid = (x: Shift) => x.days * (x.to - x.from - (x.to - x.from >= 12 ? 1 : 0))
    const spanOf = (x: Shift) => x.days * (x.to - x.from)
    const total = shifts.reduce((t, x) => t + paid(x), 0)
    const partPaid = shifts.slice(full).reduce((t, x) => t + paid(x), 0)
    const breakHalves = shifts.reduce((t, x) => t + x.days, 0)
    const fte = (halfHours: number, basis = 40) => frac(halfHours, 2 * basis)
    if (shifts.slice(full).some((x) => paid(x) <= 40)) rest()
    const list = shifts
      .map((x) => `${x.days} days a week, ${clock(x.from)} to ${clock(x.to)}`)
      .join('; ')
    const fig: Record<string, number> = { full, part }
    shifts.forEach((x, i) => {
      fig[`d${i}`] = x.days
      fig[`f${i}`] = x.from
      fig[`t${i}`] = x.to
    })
    return {
      stem: `A practice’s support staff work these shifts (${list}). Every shift of 6 hours or more includes an unpaid 30-minute lunch; each shift also has two paid 15-minute breaks. The practice counts one FTE as 40 paid hours a week. How many FTEs do the support staff make, to two decimal places (a half rounded up)?`,
      show: plain(2, 'FTE'),
      figures: fig,
      key: fte(total),
      wrong: [
        [fte(shifts.reduce((t, x) => t + spanOf(x), 0)), 'counts the unpaid lunches as paid'],
        [frac(full + part), 'counts heads instead of hours'],
        [mul(fte(total), frac(80, 75)), 'uses a 37.5-hour week'],
        [fte(total - partPaid), 'leaves out the part-time staff'],
        [frac(2 * full + part, 2), 'counts each part-timer as half an FTE'],
        [fte(total - breakHalves), 'takes out the paid breaks as well'],
      ],
    }
  }),
  apart('support-staff-per-provider-fte', (rng) => {
    const np = rng.int(3, 5)
    const sessions = Array.from({ length: np }, () => rng.int(5, 9))
    const staffN = rng.int(7, 12)
    const hours = Array.from({ length: staffN }, () => rng.pick([40, 40, 40, 36, 32, 24, 20]))
    const S = sessions.reduce((t, x) => t + x, 0)
    const H = hours.reduce((t, x) => t + x, 0)
    const partH = hours.filter((x) => x < 40).reduce((t, x) => t + x, 0)
    if (partH === 0 || partH === H) rest()
    const ratio = (staffFte: Fraction, providerFte: Fraction) => div(staffFte, providerFte)
    const staff = frac(H, 40)
    const prov = frac(S, 9)
    const fig: Record<string, number> = { np, staffN }
    sessions.forEach((x, i) => {
      fig[`s${i}`] = x
    })
    hours.forEach((x, i) => {
      fig[`h${i}`] = x
    })
    return {
      stem: `A practice reports its support staff per provider FTE. Its providers work ${sessions.join(', ')} half-day clinic sessions a week, and it counts 9 sessions a week as 1.0 provider FTE. Its ${staffN} support staff work ${hours.join(', ')} paid hours a week, and it counts 40 paid hours as 1.0 staff FTE. How many support staff FTEs does the practice have per provider FTE, to two decimal places (a half rounded up)?`,
      show: plain(2),
      figures: fig,
      key: ratio(staff, prov),
      wrong: [
        [ratio(staff, frac(np)), 'divides by the number of providers'],
        [ratio(frac(H - partH, 40), prov), 'leaves out the part-time staff'],
        [ratio(staff, frac(S, 8)), 'counts 8 sessions as a provider FTE'],
        [ratio(frac(staffN), prov), 'counts the staff by heads'],
        [ratio(staff, frac(S, 10)), 'counts 10 sessions as a provider FTE'],
        [ratio(frac(H * 2, 75), prov), 'counts 37.5 hours as a staff FTE'],
      ],
    }
  }),
  apart('accounting-of-disclosures-count', (rng) => {
    const a1 = rng.int(3, 12)
    const a2 = rng.int(2, 9)
    const a3 = rng.int(2, 8)
    const b = rng.int(1, 4)
    const e = rng.int(1, 3)
    const o = rng.int(1, 3)
    const g = rng.int(1, 5)
    const h = rng.int(20, 80)
    const t = rng.int(5, 30)
    const self = rng.int(1, 4)
    const key = a1 + a2 + b + e + o
    return {
      stem: `A patient asks a practice for an accounting of disclosures of her health information. Its disclosure log shows: reports of a notifiable disease to the state health department, ${a1} in the last 3 years, ${a2} between 3 and 6 years ago and ${a3} more than 6 years ago; court orders answered, ${b}, disclosures to law enforcement, ${e}, and disclosures to a health oversight agency for an audit, ${o}, all in the last 3 years; ${g} to her attorney under her signed authorization; ${h} to her insurer for payment; ${t} to specialists for treatment; and ${self} to the patient herself. Under HIPAA the accounting covers the 6 years before the request and leaves out disclosures for treatment, payment and health care operations, those to the individual, and those made under the individual’s authorization. How many disclosures must the accounting list?`,
      show: plain(0, 'disclosures'),
      figures: { a1, a2, a3, b, e, o, g, h, t, self },
      key: frac(key),
      wrong: [
        [frac(key + a3), 'includes the disclosures more than 6 years old'],
        [frac(key + g), 'includes the disclosures under her authorization'],
        [frac(key + h + t), 'includes the disclosures for treatment and payment'],
        [frac(key - a1 - a2), 'leaves out the public health reports'],
        [frac(key - b - e), 'leaves out the court-ordered and law enforcement disclosures'],
        [frac(key - a2), 'looks back only 3 years'],
      ],
    }
  }),
  apart('provider-panel-size-from-capacity', (rng) => {
    const dpw = rng.pick([3, 4])
    const slots = rng.int(18, 26)
    const p = rng.int(6, 15)
    const wOff = rng.int(4, 7)
    const hol = rng.int(5, 9)
    const Pu = rng.int(1400, 2600)
    const vpp = rng.int(25, 40)
    const Vt = Math.round((Pu * vpp) / 10)
    const Ab = Math.round((Vt * 100) / (100 - p))
    const Pr = Pu + rng.int(150, 700)
    const panel = (perDay: Fraction, clinicDays: number, visits: number, patients: number) =>
      div(mul(perDay, clinicDays), frac(visits, patients))
    const kept = mul(slots, frac(100 - p, 100))
    const clinic = dpw * (52 - wOff) - hol
    return {
      stem: `A practice sets a provider’s target panel size as the visits the provider can see in a year divided by the visits a patient makes in a year (last year’s visits divided by the number of patients seen last year). The provider works ${dpw} clinic days a week with ${slots} appointment slots a day; ${p}% of appointments are no-shows, so only kept visits count. The provider takes ${wOff} weeks off a year, and ${hol} holidays fall on clinic days in the other weeks. Last year the practice’s patients seen made ${n(Vt)} visits (${n(Ab)} appointments booked) and numbered ${n(Pu)}; ${n(Pr)} patients were on its roster. What is the target panel size, to the nearest whole patient (a half rounded up)?`,
      show: plain(0, 'patients'),
      figures: { dpw, slots, p, wOff, hol, Pu, Vt, Ab, Pr },
      key: panel(kept, clinic, Vt, Pu),
      wrong: [
        [panel(frac(slots), clinic, Vt, Pu), 'counts every slot as a kept visit'],
        [panel(kept, dpw * (52 - wOff), Vt, Pu), 'leaves out the holidays'],
        [panel(kept, clinic, Vt, Pr), 'divides the visits by the patients on the roster'],
        [panel(kept, dpw * (52 - wOff - hol), Vt, Pu), 'takes the holidays off as weeks'],
        [panel(kept, clinic, Ab, Pu), 'counts the appointments booked per patient'],
        [panel(kept, dpw * 52 - 5 * wOff - hol, Vt, Pu), 'counts each week off as five days'],
      ],
    }
  }),
  apart('front-desk-ftes-for-a-visit-ratio', (rng) => {
    const ratio = rng.pick([25, 30, 35, 40])
    const vw = rng.int(70, 160)
    const vs = rng.int(20, Math.min(60, vw - 20))
    const H1 = rng.pick([9, 10, 11])
    const H2 = rng.pick([4, 5])
    const np = rng.pick([8, 10, 12, 15])
    const ceil = (x: number, y: number) => Math.ceil(x / y)
    const hours = (weekday: number, sat: number, satHours = H2) => 5 * weekday * H1 + sat * satHours
    const fte = (h: Fraction | number, basis: Fraction | number = 40) =>
      div(h, mul(basis, frac(100 - np, 100)))
    const key = fte(hours(ceil(vw, ratio), ceil(vs, ratio)))
    const exact = add(mul(frac(vw, ratio), 5 * H1), mul(frac(vs, ratio), H2))
    if (vw % ratio === 0 || vs % ratio === 0) rest()
    return {
      stem: `A practice staffs its front desk at one person on duty for every ${ratio} patient visits expected that day (any part of ${ratio} needs another person), for all the hours it is open. It expects ${vw} visits on each weekday (Monday to Friday, open ${H1} hours) and ${vs} on Saturday (open ${H2} hours). An FTE is 40 paid hours a week, of which ${np}% on average is paid time off and training when the person is not at the desk. How many FTEs does the front desk need, to two decimal places (a half rounded up)?`,
      show: plain(2, 'FTE'),
      figures: { ratio, vw, vs, H1, H2, np },
      key,
      wrong: [
        [fte(exact), 'staffs fractions of a person instead of whole people'],
        [
          div(hours(ceil(vw, ratio), ceil(vs, ratio)), 40),
          'leaves out the time away from the desk',
        ],
        [
          div(mul(hours(ceil(vw, ratio), ceil(vs, ratio)), frac(100 + np, 100)), 40),
          'adds the time away instead of dividing it out',
        ],
        [fte(hours(ceil(vw, ratio), ceil(vs, ratio), H1)), 'counts Saturday as a full day'],
        [fte(hours(ceil(vw, ratio), ceil(vw, ratio))), 'staffs Saturday like a weekday'],
        [fte(hours(ceil(vw, ratio), ceil(vs, ratio)), frac(75, 2)), 'uses a 37.5-hour week'],
      ],
    }
  }),
  apart('superseded-policy-retention-days-left', (rng) => {
    const sy = rng.int(2025, 2026)
    const S = dayOf(sy, rng.int(1, 12), rng.int(2, 28))
    const C = dayOf(sy - rng.int(4, 5), rng.int(1, 12), rng.int(1, 28))
    const E = C + rng.int(10, 45)
    const Rv = S - rng.int(60, 300)
    const T = S + rng.int(10, 200)
    const last = S - 1
    const later = (day: number, years: number) => {
      const [y, m, d] = parts(day)
      return dayOf(y + years, m, d)
    }
    const yearEndAfter = dayOf(parts(last)[0] + 6, 12, 31)
    return {
      stem: `A practice’s HIPAA privacy policy on patient access was approved on ${on(C)}, took effect on ${on(E)}, and was last reviewed on ${on(Rv)}; a revised policy replaced it, taking effect on ${on(S)}. HIPAA requires policies and other required documentation to be kept for 6 years from the date of creation or the date when it was last in effect, whichever is later; the old policy was last in effect the day before the revision took effect. Today is ${on(T)}. How many days are left until the first day the practice may destroy the old policy (the day after its 6 years end)?`,
      show: days,
      figures: { C, E, Rv, S, T },
      key: frac(later(last, 6) + 1 - T),
      wrong: [
        [frac(later(C, 6) + 1 - T), 'counts 6 years from the date it was approved'],
        [frac(later(E, 6) + 1 - T), 'counts 6 years from the date it first took effect'],
        [frac(later(Rv, 6) + 1 - T), 'counts 6 years from the last review'],
        [frac(later(last, 7) + 1 - T), 'keeps it 7 years'],
        [frac(later(last, 10) + 1 - T), 'keeps it 10 years, as for Medicare Advantage records'],
        [frac(yearEndAfter + 1 - T), 'keeps it to the end of the sixth calendar year'],
      ],
    }
  }),
]
