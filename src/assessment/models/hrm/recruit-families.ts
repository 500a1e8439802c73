import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  addDays,
  cap,
  day,
  daysBetween,
  drawn,
  employer,
  family,
  figure,
  long,
  money,
  pct,
  person,
  plain,
  symbol,
  unit,
} from './hrm-text.js'
import { RECRUIT_PRACTICES } from './recruit-practices.js'

// Recruitment and selection figures. Adverse impact by the four-fifths rule: each group’s
// selection rate is its hires ÷ its applicants, and a rate under four-fifths (80 %) of the
// highest group’s rate is generally regarded as evidence of adverse impact (US Uniform
// Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D)). A funnel’s applicants needed
// = hires ÷ the product of the stage pass rates; offer acceptance rate = offers accepted ÷
// offers made; a weighted interview score = Σ weight × rating; an agency’s pro-rata refund and a
// sign-on bonus clawback follow the terms each stem states; time to hire runs from application
// to offer acceptance.

export const RECRUIT_FAMILIES: readonly ScenarioFamily[] = [
  family('four-fifths-impact-ratio', (rng) => {
    const a = drawn(rng, 40, 200)
    const sa = drawn(rng, Math.ceil(a * 0.2), Math.floor(a * 0.5))
    const b = drawn(rng, 20, 150)
    const sb = drawn(rng, Math.max(2, Math.ceil(b * 0.08)), Math.floor((b * sa) / a) - 1)
    if (sb / b >= sa / a || sb < 1) throw new VariantError('rates out of order')
    return figure(rng, pct(1), {
      stem: `For a warehouse role at ${employer(rng)}, ${a} men applied and ${sa} were hired, and ${b} women applied and ${sb} were hired. Under the four-fifths rule of 29 CFR 1607.4(D), what is the women’s impact ratio?`,
      in: { a, sa, b, sb },
      key: sb / b / (sa / a),
      wrong: [
        ['counts', sb / sa, 'compares numbers hired instead of selection rates'],
        ['inverted', sa / a / (sb / b), 'divides the higher rate by the lower'],
        ['difference', sa / a - sb / b, 'subtracts one selection rate from the other'],
        ['shareOfHires', sb / (sa + sb), 'gives women’s share of all hires'],
        ['byOverall', sb / b / ((sa + sb) / (a + b)), 'compares with the overall selection rate'],
      ],
    })
  }),
  family('lowest-impact-ratio-of-three-groups', (rng) => {
    const groups = Array.from({ length: 3 }, () => {
      const n = drawn(rng, 20, 120)
      return [n, drawn(rng, Math.ceil(n * 0.1), Math.floor(n * 0.5))] as const
    })
    const rates = groups.map(([n, s]) => s / n)
    const hi = Math.max(...rates)
    const lo = Math.min(...rates)
    const big = groups.reduce((m, g, i) => (g[0] > groups[m]![0] ? i : m), 0)
    const overall = groups.reduce((s, g) => s + g[1], 0) / groups.reduce((s, g) => s + g[0], 0)
    const sel = groups.map((g) => g[1])
    if (new Set(rates).size < 3 || rates[big] === hi || rates[big] === lo)
      throw new VariantError('ties')
    return figure(rng, pct(1), {
      stem: `Applicants for a clerical role at ${employer(rng)}, by race: group A ${groups[0]![0]} applied and ${groups[0]![1]} were hired; group B ${groups[1]![0]} and ${groups[1]![1]}; group C ${groups[2]![0]} and ${groups[2]![1]}. Under 29 CFR 1607.4(D), what is the lowest impact ratio among the groups?`,
      in: {
        n0: groups[0]![0],
        s0: groups[0]![1],
        n1: groups[1]![0],
        s1: groups[1]![1],
        n2: groups[2]![0],
        s2: groups[2]![1],
      },
      key: lo / hi,
      wrong: [
        [
          'largestGroup',
          lo / rates[big]!,
          'compares with the largest group’s rate, not the highest rate',
        ],
        ['overall', lo / overall, 'compares with the overall selection rate'],
        ['counts', Math.min(...sel) / Math.max(...sel), 'compares numbers hired instead of rates'],
        ['lowestRate', lo, 'gives the lowest selection rate itself'],
        ['overSum', lo / (lo + hi), 'divides by the sum of the two rates'],
        ['inverted', hi / lo, 'divides the highest rate by the lowest'],
      ],
    })
  }),
  family('shortfall-to-reach-four-fifths', (rng) => {
    const a = drawn(rng, 50, 160)
    const sa = drawn(rng, Math.ceil(a * 0.3), Math.floor(a * 0.5))
    const b = drawn(rng, 30, 120)
    const need = (b * sa * 4) / (a * 5)
    const sb = drawn(rng, 1, Math.ceil(need) - 2)
    return figure(rng, unit('more hires'), {
      stem: `Of ${a} white applicants to ${employer(rng)}, ${sa} were hired; of ${b} Hispanic applicants, ${sb} were hired. Holding the other figures, how many more of the Hispanic applicants would have to be hired for their selection rate to reach four-fifths of the white applicants’ rate (29 CFR 1607.4(D))?`,
      in: { a, sa, b, sb },
      key: Math.ceil(need - 1e-9) - sb,
      wrong: [
        [
          'counts',
          Math.ceil((sa * 4) / 5 - 1e-9) - sb,
          'takes four-fifths of the white applicants’ number hired',
        ],
        ['parity', Math.ceil((b * sa) / a - 1e-9) - sb, 'aims for an equal selection rate'],
        [
          'overall',
          Math.ceil((b * 0.8 * (sa + sb)) / (a + b) - 1e-9) - sb,
          'aims for four-fifths of the overall rate',
        ],
        [
          'total',
          Math.ceil(need - 1e-9),
          'gives the total the group would need, not the extra hires',
        ],
      ],
    })
  }),
  family('applicants-needed-through-a-funnel', (rng) => {
    const h = drawn(rng, 2, 8)
    const p1 = drawn(rng, 20, 50, 5)
    const p2 = drawn(rng, 30, 60, 5)
    const p3 = drawn(rng, 25, 50, 5)
    const p4 = drawn(rng, 60, 90, 5)
    const prod = (p1 * p2 * p3 * p4) / 1e8
    const mean = (p1 + p2 + p3 + p4) / 400
    return figure(rng, unit('applicants'), {
      stem: `${cap(employer(rng))} needs ${h} hires. Past rates: ${p1}% of applicants pass the screen, ${p2}% of those screened are interviewed, ${p3}% of interviewees get an offer and ${p4}% of offers are accepted. How many applicants must it attract?`,
      in: { h, p1, p2, p3, p4 },
      key: Math.ceil(h / prod - 1e-9),
      wrong: [
        [
          'noAcceptance',
          Math.ceil((h * 1e6) / (p1 * p2 * p3) - 1e-9),
          'leaves out the offer acceptance rate',
        ],
        [
          'acceptanceTwice',
          Math.ceil((h * 100) / (prod * p4) - 1e-9),
          'divides by the acceptance rate twice',
        ],
        ['meanRate', Math.ceil(h / mean ** 4 - 1e-9), 'uses the mean pass rate at every stage'],
        ['lastOnly', Math.ceil((h * 10000) / (p3 * p4) - 1e-9), 'uses only the last two stages'],
      ],
    })
  }),
  family('offer-acceptance-rate', (rng) => {
    const o = drawn(rng, 12, 60)
    const acc = drawn(rng, Math.ceil(o * 0.5), o - 3)
    const apps = drawn(rng, o * 5, o * 15)
    const iv = drawn(rng, o + 5, o * 3)
    return figure(rng, pct(1), {
      stem: `Last year ${employer(rng)} received ${apps} applications, interviewed ${iv} candidates, made ${o} offers and had ${acc} accepted. What was its offer acceptance rate?`,
      in: { o, acc, apps, iv },
      key: acc / o,
      wrong: [
        ['declineRate', (o - acc) / o, 'gives the decline rate'],
        ['perInterview', acc / iv, 'divides by candidates interviewed'],
        ['acceptedOverDeclined', acc / (o - acc), 'divides acceptances by declines'],
        ['offersPerInterview', o / iv, 'gives the offer rate of interviewees'],
        ['offersOverAccepted', o / acc, 'divides offers by acceptances'],
        ['perApplication', acc / apps, 'divides by applications received'],
      ],
    })
  }),
  family('weighted-structured-interview-score', (rng) => {
    const ws = rng.pick([
      [40, 30, 20, 10],
      [35, 25, 25, 15],
      [30, 30, 25, 15],
      [50, 20, 20, 10],
    ])
    const rs = ws.map(() => drawn(rng, 1, 5))
    if (new Set(rs).size < 3) throw new VariantError('flat ratings')
    const crit = ['job knowledge', 'problem solving', 'teamwork', 'communication']
    const sum = rs.reduce((s, r) => s + r, 0)
    const wsum = ws.reduce((s, w, i) => s + w * rs[i]!, 0) / 100
    return figure(rng, plain(2), {
      stem: `A structured interview for ${employer(rng)} rates four criteria from 1 to 5 with weights ${crit.map((c, i) => `${c} ${ws[i]}%`).join(', ')}. ${person(rng)} scored ${rs.join(', ')} in that order. What is their weighted score out of 5?`,
      in: {
        w0: ws[0]!,
        w1: ws[1]!,
        w2: ws[2]!,
        w3: ws[3]!,
        r0: rs[0]!,
        r1: rs[1]!,
        r2: rs[2]!,
        r3: rs[3]!,
      },
      key: wsum,
      wrong: [
        ['unweighted', sum / 4, 'averages the ratings without weights'],
        ['topOnly', rs[0]!, 'takes the most heavily weighted criterion alone'],
        [
          'reversed',
          ws.reduce((s, w, i) => s + w * rs[3 - i]!, 0) / 100,
          'applies the weights in reverse order',
        ],
        ['points', wsum * 100, 'gives the weighted points out of 500 as the score'],
        ['weightedOverFour', wsum / 4, 'divides the weighted total by the four criteria'],
      ],
    })
  }),
  family('agency-fee-pro-rata-refund', (rng) => {
    const $ = symbol(rng)
    const s = drawn(rng, 4000000, 9000000, 50000)
    const f = rng.pick([15, 18, 20, 22, 25])
    const g = rng.pick([60, 90, 120])
    const served = drawn(rng, 10, g - 10)
    const fee = Math.round((s * f) / 100)
    return figure(rng, money($), {
      stem: `A recruitment agency placed a hire at ${employer(rng)} on a base salary of ${money($)(s)} for a fee of ${f}% of base. Its terms refund the fee pro rata to the unexpired part of a ${g}-day guarantee if the hire leaves within it. The hire left after ${served} days. What refund is due?`,
      in: { s, f, g, served },
      key: Math.round((fee * (g - served)) / g),
      wrong: [
        ['fullFee', fee, 'refunds the whole fee'],
        ['servedShare', Math.round((fee * served) / g), 'refunds the share for the days served'],
        [
          'yearBasis',
          Math.round((fee * (g - served)) / 365),
          'pro-rates over the year, not the guarantee',
        ],
        [
          'salaryShare',
          Math.round((s * (g - served)) / 365),
          'refunds salary for the unexpired days',
        ],
      ],
    })
  }),
  family('time-to-hire-in-days', (rng) => {
    const posted = day(2026, rng.int(0, 8), drawn(rng, 1, 28))
    const applied = addDays(posted, drawn(rng, 2, 15))
    const screened = addDays(applied, drawn(rng, 3, 10))
    const accepted = addDays(screened, drawn(rng, 10, 35))
    let start = addDays(accepted, drawn(rng, 14, 30))
    while (new Date(start).getUTCDay() !== 1) start = addDays(start, 1)
    return figure(rng, unit('days'), {
      stem: `${person(rng)} applied to ${employer(rng)}’s posting (up since ${long(posted)}) on ${long(applied)}, had a phone screen on ${long(screened)}, accepted the offer on ${long(accepted)} and started on ${long(start)}. What was the time to hire for this candidate, in calendar days?`,
      in: { posted, applied, screened, accepted, start },
      key: daysBetween(applied, accepted),
      wrong: [
        ['fromPosting', daysBetween(posted, accepted), 'counts from the posting date'],
        ['toStart', daysBetween(applied, start), 'stops the clock at the start date'],
        ['fromScreen', daysBetween(screened, accepted), 'counts from the phone screen'],
        ['postingToStart', daysBetween(posted, start), 'counts from posting to start date'],
      ],
    })
  }),
  family('sign-on-bonus-clawback', (rng) => {
    const $ = symbol(rng)
    const b = drawn(rng, 200000, 1500000, 50000)
    const m = drawn(rng, 2, 10)
    return figure(rng, money($), {
      stem: `${person(rng)} received a ${money($)(b)} sign-on bonus from ${employer(rng)}; the signed agreement says it is repayable pro rata, by whole months short of twelve months’ service, if they resign within a year. They resign after ${m} complete months. How much must they repay?`,
      in: { b, m },
      key: Math.round((b * (12 - m)) / 12),
      wrong: [
        ['full', b, 'claws back the whole bonus'],
        ['servedShare', Math.round((b * m) / 12), 'claws back the share for months served'],
        ['halfYear', Math.round((b * Math.max(0, 6 - m)) / 6), 'pro-rates over six months'],
        [
          'weeks',
          Math.round((b * (52 - 4 * m)) / 52),
          'counts each month as four weeks of a 52-week year',
        ],
        [
          'resignMonthServed',
          Math.round((b * (11 - m)) / 12),
          'counts the month of resignation as served',
        ],
      ],
    })
  }),
  ...RECRUIT_PRACTICES,
]
