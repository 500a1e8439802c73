import { expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { SUPPORT_DESK_FAMILIES } from '../../../src/assessment/models/support/support-desk-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** The stem, the key and each one-mistake reading of a family's first frame. */
function readings(id: string): { stem: string; key: string; wrong: Map<string, string> } {
  const family = SUPPORT_DESK_FAMILIES.find((f) => f.id === id)
  if (!family) throw new Error(`no support family ${id}`)
  const parts = parseFrame(resolveWords(family.frames[0]!, (choices) => choices[0]!))
  const wrong = new Map<string, string>()
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.set(render(parts, new Map([[i, j]])), w.mistake)
    })
  })
  return { stem: family.stem ?? '', key: render(parts), wrong }
}

/** The key is the expected text and no distractor is; the stem states every input used. */
function expectKey(id: string, expected: string, inputs: readonly string[]): void {
  const { stem, key, wrong } = readings(id)
  for (const input of inputs) expect(stem, `${id} states ${input}`).toContain(input)
  expect(key, id).toBe(expected)
  expect([...wrong.keys()], id).not.toContain(expected)
}

const percent = (part: number, whole: number, digits = 0) =>
  `${((part / whole) * 100).toFixed(digits)} %`

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const HOUR = 60
const DAY = 24 * HOUR

/** Minutes since Monday 00:00 of a week, read from "Friday", "15:00". */
const at = (day: string, time: string): number => {
  const [h, m] = time.split(':').map(Number)
  return DAYS.indexOf(day) * DAY + h! * HOUR + m!
}
const show = (minutes: number): string => {
  const inWeek = ((minutes % (7 * DAY)) + 7 * DAY) % (7 * DAY)
  const day = DAYS[Math.floor(inWeek / DAY)]!
  const rest = inWeek % DAY
  const hh = String(Math.floor(rest / HOUR)).padStart(2, '0')
  const mm = String(rest % HOUR).padStart(2, '0')
  return `${day} at ${hh}:${mm}`
}
/** Whether a minute falls in business hours, Monday to Friday, 09:00–17:00. */
const open = (minute: number): boolean => {
  const inWeek = ((minute % (7 * DAY)) + 7 * DAY) % (7 * DAY)
  const clock = inWeek % DAY
  return inWeek < 5 * DAY && clock >= 9 * HOUR && clock < 17 * HOUR
}
/** The moment `minutes` of business time after `start`, walked minute by minute. */
const addBusiness = (start: number, minutes: number): number => {
  let t = start
  let left = minutes
  while (left > 0) {
    if (open(t)) left--
    t++
  }
  return t
}
const businessBetween = (from: number, to: number): number => {
  let n = 0
  for (let t = from; t < to; t++) if (open(t)) n++
  return n
}

describeEngineIndependent('every customer support family', () => {
  it('has a stem of its own and three or more wrong answers, each naming its mistake', () => {
    expect(SUPPORT_DESK_FAMILIES.length).toBeGreaterThanOrEqual(90)
    const ids = SUPPORT_DESK_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const family of SUPPORT_DESK_FAMILIES) {
      // Word choices are drawn in frames only; one left in a stem would show as notation.
      expect(family.stem ?? '', family.id).not.toMatch(/[⟨⟩⟦⟧]/)
      const { key, wrong } = readings(family.id)
      expect(wrong.size, family.id).toBeGreaterThanOrEqual(3)
      expect([...wrong.keys()], family.id).not.toContain(key)
      for (const mistake of wrong.values())
        expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
    }
  })
})

describeEngineIndependent('customer support SLA deadlines', () => {
  it('count 8 business hours from Friday 15:00 to Monday 15:00, not through the weekend', () => {
    expectKey('sla-business-hours-weekend', show(addBusiness(at('Friday', '15:00'), 8 * HOUR)), [
      '8 business hours',
      'Friday at 15:00',
    ])
  })

  it('count a round-the-clock hour across midnight into the next day', () => {
    expectKey('sla-calendar-hours-p1', show(at('Saturday', '23:30') + HOUR), [
      'within 1 hour',
      'Saturday at 23:30',
    ])
  })

  it('count 2 business days from Thursday over the weekend', () => {
    expectKey(
      'sla-business-days-resolution',
      show(addBusiness(at('Thursday', '11:00'), 16 * HOUR)),
      ['2 business days', 'Thursday at 11:00'],
    )
  })

  it('count 4 business hours in the agreement’s zone after converting London time', () => {
    const newYork = at('Tuesday', '15:00') - 5 * HOUR
    expectKey('sla-time-zone-of-the-agreement', show(addBusiness(newYork, 4 * HOUR)), [
      '4 business hours',
      '15:00 London time',
      '5 hours behind',
    ])
  })

  it('escalate at 80 % of the first-response time', () => {
    expectKey(
      'sla-escalate-at-80-percent',
      show(at('Monday', '09:00') + 0.8 * 4 * HOUR).slice(-5),
      ['80 %', '4 hours', '09:00'],
    )
  })

  it('measure first response in business hours from Friday 16:30 to Monday 09:30', () => {
    const minutes = businessBetween(at('Friday', '16:30'), at('Monday', '09:30') + 7 * DAY)
    expect(minutes).toBe(HOUR)
    expectKey('frt-business-hours-over-weekend', '1 hour', ['Friday at 16:30', 'Monday at 09:30'])
    const calendar = (at('Monday', '09:30') + 7 * DAY - at('Friday', '16:30')) / HOUR
    expect([...readings('frt-business-hours-over-weekend').wrong.keys()]).toContain(
      `${calendar} hours`,
    )
  })

  it('leave Pending time out of the resolution clock', () => {
    expectKey('sla-pending-pauses-clock', `${3 + 2} hours`, ['Open for 3 hours', 'then Open for 2'])
  })
})

describeEngineIndependent('customer support amounts under a stated policy', () => {
  it('refund the missing item, the price difference and the price less the restocking fee', () => {
    expectKey('missing-item-partial-remedy', `$${12}`, ['$12 mug', '$60 order'])
    expectKey('price-drop-difference', `$${80 - 65}`, ['paid $80', 'now $65'])
    expectKey('restocking-fee-amount', `$${(400 * (100 - 15)) / 100}`, ['15 %', '$400'])
    expectKey('replacement-remaining-warranty', `${12 - 8} more months`, [
      '12-month warranty',
      '8 months ago',
    ])
  })
})

describeEngineIndependent('customer support metrics', () => {
  it('CSAT, response rate, FCR, reopen rate and SLA compliance divide by the right base', () => {
    expectKey('csat-satisfied-share', percent(150, 200), ['200 surveys', '150 rated 4 or 5'])
    expectKey('survey-response-rate', percent(200, 500), [
      '500 tickets',
      '200 satisfaction surveys',
    ])
    expectKey('fcr-per-ticket', percent(300, 400), ['Of 400 tickets, 300'])
    expect(readings('fcr-per-ticket').wrong.has(percent(300, 520))).toBe(true)
    expectKey('reopen-rate', percent(20, 250), ['250 solved', '20 were reopened'])
    expectKey('sla-compliance-rate', percent(180, 200), ['200 tickets were answered', '180'])
    expect(readings('sla-compliance-rate').wrong.has(percent(180, 225))).toBe(true)
  })

  it('AHT adds hold and after-call work to talk time', () => {
    const minutes = (300 + 60 + 90) / 90
    expectKey('aht-includes-hold-and-wrap', `${minutes} minutes`, [
      '300 minutes of talk',
      '60 minutes of hold',
      '90 minutes of after-call work',
      '90 calls',
    ])
  })

  it('the median first response ignores how slow the slowest ticket was', () => {
    const times = [5, 10, 15, 20, 150]
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
    const mean = times.reduce((s, t) => s + t, 0) / times.length
    expectKey('frt-median-with-outlier', `${median} minutes`, ['5, 10, 15, 20 and 150 minutes'])
    expect(readings('frt-median-with-outlier').wrong.has(`${mean} minutes`)).toBe(true)
  })

  it('NPS is the promoter share minus the detractor share of all answers', () => {
    const [promoters, passives, detractors] = [100, 60, 40]
    const all = promoters + passives + detractors
    expectKey('nps-promoters-minus-detractors', String(((promoters - detractors) / all) * 100), [
      '200 answers',
      '100 promoters',
      '40 detractors',
    ])
    // Leaving passives out of the base is the named slip: (100 − 40) / 140, shown rounded.
    const withoutPassives = Math.round(((promoters - detractors) / (promoters + detractors)) * 100)
    expect(readings('nps-promoters-minus-detractors').wrong.has(String(withoutPassives))).toBe(true)
    // Counting passives as promoters is the other named slip: (100 + 60 − 40) / 200.
    const passivesAsPromoters = ((promoters + passives - detractors) / all) * 100
    expect(readings('nps-promoters-minus-detractors').wrong.has(String(passivesAsPromoters))).toBe(
      true,
    )
    expect(all - passives).toBe(promoters + detractors)
  })

  it('backlog, contact rate and weighted CSAT follow from the figures', () => {
    expectKey('backlog-open-created-solved', String(40 + 120 - 100), ['40 tickets', '120', '100'])
    // Adding the solved tickets instead of subtracting them is the named slip.
    expect(readings('backlog-open-created-solved').wrong.has(String(40 + 120 + 100))).toBe(true)
    expectKey('contact-rate-per-thousand-orders', String((250 * 1000) / 10_000), [
      '10,000 orders',
      '250 support tickets',
    ])
    const weighted = (0.8 * 50 + 0.85 * 400) / 450
    expectKey('csat-weighted-across-months', `${(weighted * 100).toFixed(1)} %`, [
      '80 % from 50',
      '85 % from 400',
    ])
    expect(readings('csat-weighted-across-months').wrong.has('82.5 %')).toBe(true)
  })

  it('staffing divides the workload by the productive hours of one shift and rounds up', () => {
    const workloadHours = (480 * 6) / 60
    const agents = Math.ceil(workloadHours / (8 * 0.8))
    expectKey('staffing-from-aht-and-occupancy', String(agents), [
      '480 tickets',
      '6 minutes',
      '8-hour',
      '80 %',
    ])
    expect(readings('staffing-from-aht-and-occupancy').wrong.has(String(workloadHours / 8))).toBe(
      true,
    )
  })
})
