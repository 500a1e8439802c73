import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  type EmailFamily,
  eachWithThreeMistakes,
  count as n,
  percent,
  ruled,
} from './email-family.js'

const COMPUTED = 'Computed from the drawn figures with the method or client rule the stem states'
const Z_ALPHA = 1.96
const Z_ONE_SIDED = 1.645
const Z_POWER = 0.84

/** Per-variant sample size to tell two proportions apart (normal approximation). */
export const sampleSize = (p1: number, p2: number, zA: number, zB: number) =>
  Math.ceil(((zA + zB) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2)

const clock = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const when = (minutes: number) => `${DAY[Math.floor(minutes / 1440) % 7]} ${clock(minutes)}`

/**
 * A/B tests and holdouts as a freelancer runs them for a client (sample size, reading a
 * significance test, lift, incrementality), and the segmentation and automation rules a client
 * states for flows, suppression and frequency. Every computed key follows from the drawn figures
 * and the stated method; the tests recompute them.
 */
export const TESTING_AUTOMATION_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  {
    id: 'ab-sample-size',
    source: `${COMPUTED}: n = (z_α/2 + z_β)² × (p1(1 − p1) + p2(1 − p2)) ÷ (p2 − p1)²`,
    draw: (rng: Rng) => {
      const p1 = rng.int(2, 6) / 100
      const p2 = p1 + rng.int(5, 15) / 1000
      const key = sampleSize(p1, p2, Z_ALPHA, Z_POWER)
      return {
        stem: `A client’s click-through rate is ${percent(p1)}; an A/B test should detect a rise to ${percent(p2)} at a two-sided 5 % significance level (z = ${Z_ALPHA}) with 80 % power (z = ${Z_POWER}). Using n = (z_α/2 + z_β)² × (p1(1 − p1) + p2(1 − p2)) ÷ (p2 − p1)², how many recipients does each variant need?`,
        key: n(key),
        wrong: [
          [n(sampleSize(p1, p2, Z_ONE_SIDED, Z_POWER)), 'uses the one-sided z of 1.645'],
          [n(sampleSize(p1, p2, Z_ALPHA, 0)), 'leaves out the power term'],
          [n(2 * key), 'reports both variants together'],
          [n(Math.ceil(key / 2)), 'splits the per-variant size between the two variants'],
        ],
        figures: { p1, p2 },
      }
    },
  },
  {
    id: 'ab-two-proportion-z',
    source: `${COMPUTED}: pooled two-proportion z-test, z = (pB − pA) ÷ √(p(1 − p)(1/nA + 1/nB)), two-sided at 5 % (|z| ≥ 1.96)`,
    draw: (rng: Rng) => {
      const nA = rng.int(4, 12) * 1000
      const nB = nA
      const cA = Math.round((nA * rng.int(20, 50)) / 1000)
      const cB = cA + rng.int(5, 40)
      const pA = cA / nA
      const pB = cB / nB
      const p = (cA + cB) / (nA + nB)
      const read = (z: number) =>
        `z = ${z.toFixed(2)}: ${Math.abs(z) >= Z_ALPHA ? 'significant' : 'not significant'} at the 5 % level`
      const wrong: Wrong[] = [
        [read((pB - pA) / Math.sqrt((p * (1 - p)) / nA)), 'uses one group’s standard error only'],
        [read((pB - pA) / (p * (1 - p) * (1 / nA + 1 / nB))), 'forgets the square root'],
        [
          read((pB - pA) / Math.sqrt((p * (1 - p)) / (nA + nB))),
          'treats both groups as one sample',
        ],
        [
          read((pB - pA) / Math.sqrt(p * (1 - p) * (1 / nA + 1 / nB)) / 2),
          'halves z for a two-sided test',
        ],
      ]
      return {
        stem: `Variant A was sent to ${n(nA)} recipients and got ${n(cA)} clicks; variant B to ${n(nB)} and got ${n(cB)}. Using the pooled two-proportion z-test, z = (pB − pA) ÷ √(p(1 − p)(1/nA + 1/nB)), read two-sided at 5 % (|z| ≥ 1.96), what is the result?`,
        key: read((pB - pA) / Math.sqrt(p * (1 - p) * (1 / nA + 1 / nB))),
        wrong,
        figures: { nA, nB, cA, cB },
      }
    },
  },
  {
    id: 'ab-relative-lift',
    source: `${COMPUTED}: relative lift = (B − A) ÷ A`,
    draw: (rng: Rng) => {
      const a = rng.int(15, 40) / 10
      const b = a + rng.int(2, 12) / 10
      return {
        stem: `In a subject-line test, variant A’s click-through rate was ${a.toFixed(1)} % and variant B’s ${b.toFixed(1)} %. What is B’s relative lift over A?`,
        key: percent((b - a) / a),
        wrong: [
          [`${(b - a).toFixed(1)} %`, 'reports the difference in percentage points'],
          [percent((b - a) / b), 'divides by B instead of A'],
          [percent(b / a), 'reports the ratio of B to A'],
          [percent((b - a) / ((a + b) / 2)), 'divides by the average of the two'],
        ],
        figures: { a, b },
      }
    },
  },
  {
    id: 'holdout-incremental-conversions',
    source: `${COMPUTED}: incremental conversions = (treated rate − holdout rate) × treated recipients`,
    draw: (rng: Rng) => {
      const treated = rng.int(18, 90) * 1000
      const held = treated / rng.pick([10, 20, 25])
      const rh = rng.int(10, 30) / 1000
      const rt = rh + rng.int(3, 15) / 1000
      return {
        stem: `A client’s win-back flow went to ${n(treated)} lapsed customers, ${percent(rt)} of whom bought within 30 days; a random holdout of ${n(held)} got no emails and ${percent(rh)} of them bought. How many purchases did the flow add?`,
        key: n(Math.round((rt - rh) * treated)),
        wrong: [
          [n(Math.round(rt * treated)), 'credits every purchase by the emailed group to the flow'],
          [n(Math.round((rt - rh) * held)), 'scales the difference by the holdout size'],
          [n(Math.round((rt - rh) * (treated + held))), 'scales by everyone, holdout included'],
          [n(Math.round(rt * treated - rh * held)), 'subtracts the holdout’s purchases as a count'],
        ],
        figures: { treated, held, rt, rh },
      }
    },
  },
  {
    id: 'ab-winner-remainder',
    source: `${COMPUTED}: the winner goes to the list less both test groups`,
    draw: (rng: Rng) => {
      const list = rng.int(20, 90) * 1000
      const share = rng.pick([5, 10, 15, 20])
      const group = (list * share) / 100
      return {
        stem: `A client’s ${n(list)}-contact list gets a subject-line test: ${share} % receive variant A and another ${share} % variant B; after four hours the winner goes to everyone else. How many contacts receive the winner in that final send?`,
        key: n(list - 2 * group),
        wrong: [
          [n(list - group), 'removes only one test group'],
          [n(list), 'sends the winner to the whole list again'],
          [n(2 * group), 'reports the size of the test'],
          [n((list - 2 * group) / 2), 'splits the remainder between the two variants'],
        ],
        figures: { list, share },
      }
    },
  },
  ruled(
    'p-value-meaning',
    'American Statistical Association, Statement on p-Values (2016): its informal definition (the probability under the model of a summary at least as extreme as observed) and principles 2 and 5',
    'An A/B test of two subject lines gives p = 0.03 for the difference in click rates. Under the American Statistical Association’s statement on p-values, what does that mean?',
    'With no real difference, a gap at least this large arises 3 % of the time',
    [
      [
        'There is a 97 % chance that the winning subject line is truly the better one',
        'reads p as the probability the hypothesis is true',
      ],
      [
        'The winning line’s click rate is 3 % higher than the losing line’s',
        'reads p as the size of the effect',
      ],
      ['3 % of recipients preferred the losing line', 'reads p as a share of recipients'],
      ['The result is important for the business', 'reads significance as importance'],
    ],
  ),
  ruled(
    'mpp-subject-test-metric',
    'Apple, Mail Privacy Protection (remote content is loaded privately, so opens register without reading)',
    'Many of a client’s subscribers use Apple Mail with Mail Privacy Protection. Which metric should decide a subject-line A/B test?',
    'Clicks or conversions, not opens',
    [
      [
        'Opens, since the subject line only affects opens',
        'ignores the opens that register without a reader',
      ],
      [
        'Delivery rate, since the subject affects filtering',
        'picks a metric the subject barely moves',
      ],
      ['Total opens including repeats', 'counts machine opens more than once'],
      ['Unsubscribes, which show dislike', 'picks a rare event as the decision metric'],
    ],
  ),
  ruled(
    'holdout-random-assignment',
    'Randomised controlled comparison: only random assignment makes the holdout’s behaviour what the emailed group would have done without email',
    'A client wants to know how many sales its newsletter causes. How should the holdout group be chosen?',
    'At random from the same audience, then excluded from the newsletter',
    [
      [
        'From subscribers who never open, since they would not read it anyway',
        'compares unlike groups',
      ],
      ['From last year’s unsubscribes', 'uses people outside the audience'],
      ['From customers who bought most recently', 'picks the most likely buyers'],
      [
        'No holdout: compare sales with the previous month',
        'confounds the newsletter with the season',
      ],
    ],
  ),
  ruled(
    'ab-one-change',
    'Experimental design: one change between variants, so the difference is attributable to it',
    'A client’s A/B test changes the subject line, the send time and the hero image between variants at once. B wins. What can the client conclude?',
    'That B’s combination won, not which change caused it',
    [
      ['That the new subject line caused the win', 'credits one of three changes'],
      ['That all three changes each help', 'splits the result among the changes'],
      ['That the send time caused it, since timing matters most', 'assumes the cause'],
      [
        'Nothing, since multi-change tests are invalid',
        'rejects a valid comparison of two whole versions',
      ],
    ],
  ),
  {
    id: 'abandoned-cart-quiet-hours',
    source: `${COMPUTED}: the flow delay, then any send inside quiet hours held until they end`,
    draw: (rng: Rng) => {
      const day = rng.int(0, 5)
      const at = day * 1440 + rng.int(6, 23) * 60 + rng.pick([0, 15, 30, 45])
      const delay = rng.pick([1, 2, 3, 4]) * 60
      const held = (t: number) => {
        const m = t % 1440
        if (m >= 21 * 60) return t - m + 1440 + 8 * 60
        if (m < 8 * 60) return t - m + 8 * 60
        return t
      }
      return {
        stem: `A client’s abandoned-cart flow sends its first email ${delay / 60} hour${delay > 60 ? 's' : ''} after a cart is abandoned; no email goes out during quiet hours (21:00–08:00), and a message due then is sent at 08:00. A cart is abandoned on ${when(at)}. When does the first email go out?`,
        key: when(held(at + delay)),
        wrong: [
          [when(at + delay), 'ignores the quiet hours'],
          [when(held(at + 24 * 60)), 'uses a 24-hour delay'],
          [when(held(at)), 'sends at abandonment, without the delay'],
          [when(at - (at % 1440) + 1440 + 8 * 60), 'holds every email to the next morning'],
        ],
        figures: { at, delay },
      }
    },
  },
  {
    id: 'frequency-cap',
    source: `${COMPUTED}: a cap on emails in any rolling 7 days`,
    draw: (rng: Rng) => {
      const cap = rng.pick([2, 3])
      const sends = rng
        .shuffle([1, 2, 3, 4, 5, 6, 7])
        .slice(0, cap)
        .sort((a, b) => a - b)
      // The next day at or after day 8 on which the last 7 days (that day included) hold fewer than `cap` sends.
      const earliest = (limit: number) => {
        for (let d = 8; ; d++) if (sends.filter((s) => s > d - 7 && s <= d).length < limit) return d
      }
      const label = (d: number) => `Day ${d}`
      return {
        stem: `A client caps marketing email at ${cap} per contact in any 7 consecutive days. A contact got emails on days ${sends.join(' and ')} of the month. Counting from day 8, on which day may the next promotion first go to them?`,
        key: label(earliest(cap)),
        wrong: [
          [label(8), 'resets the count on day 8, as if the week were fixed'],
          [label(sends[sends.length - 1]! + 7), 'waits a week after the last email'],
          [label(sends[0]! + 8), 'counts 8 days from the first email'],
          [label(earliest(cap - 1)), 'waits until one fewer email is in the window'],
        ],
        figures: { cap, sends: sends.join(',') },
      }
    },
  },
  {
    id: 'suppression-overlap',
    source: `${COMPUTED}: suppressed contacts counted once (inclusion–exclusion)`,
    draw: (rng: Rng) => {
      const segment = rng.int(8, 40) * 1000
      const unsubs = rng.int(3, 20) * 50
      const bounced = rng.int(2, 12) * 50
      const both = rng.int(1, 8) * 10
      return {
        stem: `A segment has ${n(segment)} contacts. Of them, ${n(unsubs)} are on the unsubscribe suppression list and ${n(bounced)} on the hard-bounce list; ${n(both)} are on both. How many contacts does the send reach?`,
        key: n(segment - (unsubs + bounced - both)),
        wrong: [
          [n(segment - unsubs - bounced), 'removes the contacts on both lists twice'],
          [n(segment - unsubs), 'ignores the hard-bounce list'],
          [n(segment - both), 'removes only the contacts on both lists'],
          [n(segment - (unsubs + bounced + both)), 'adds the overlap instead of subtracting it'],
        ],
        figures: { segment, unsubs, bounced, both },
      }
    },
  },
  {
    id: 'segment-union',
    source: `${COMPUTED}: a contact in either group counted once (inclusion–exclusion)`,
    draw: (rng: Rng) => {
      const buyers = rng.int(10, 60) * 100
      const openers = rng.int(30, 120) * 100
      const both = Math.round((Math.min(buyers, openers) * rng.int(20, 70)) / 100)
      return {
        stem: `A client’s segment is “bought in the last 90 days OR opened in the last 30 days”. ${n(buyers)} contacts bought, ${n(openers)} opened, and ${n(both)} did both. How many contacts are in the segment?`,
        key: n(buyers + openers - both),
        wrong: [
          [n(buyers + openers), 'counts contacts in both groups twice'],
          [n(both), 'reads OR as AND'],
          [n(buyers + openers - 2 * both), 'leaves out the contacts in both groups'],
          [n(Math.max(buyers, openers)), 'takes the larger group alone'],
        ],
        figures: { buyers, openers, both },
      }
    },
  },
  ruled(
    'welcome-flow-exit',
    'The client’s stated flow rule: a purchase ends the welcome discount sequence',
    'A client’s welcome flow sends a 10 %-off code on day 1 and reminders on days 3 and 7, and its rule is: “a purchase ends the sequence”. A subscriber buys on day 2 using the code. What should the flow do?',
    'Stop it: no reminders on days 3 or 7',
    [
      ['Send the day-3 and day-7 reminders as scheduled', 'ignores the exit rule'],
      ['Send a new, larger code to reward the purchase', 'invents a step the rule does not give'],
      ['Send only the day-7 reminder, as the last step', 'exits part of the way'],
      ['Restart the sequence from day 1', 're-enters the buyer into the flow'],
    ],
  ),
  ruled(
    'can-spam-preference-menu',
    'FTC, CAN-SPAM Act: A Compliance Guide for Business (a menu of opt-out choices must include stopping all commercial messages)',
    'Under the US CAN-SPAM Act, a client replaces its single unsubscribe link with a preference centre where subscribers pick the topics and frequency they want. What must the centre also offer?',
    'An option to stop all commercial email from the client',
    [
      [
        'Nothing more, since choosing topics is itself an opt-out',
        'drops the stop-everything option',
      ],
      ['A choice of at least weekly or monthly frequency', 'invents a frequency requirement'],
      [
        'A login, so that only the subscriber can change the choices',
        'adds a step the Act forbids',
      ],
      ['A reason-for-leaving survey that must be answered', 'asks for more than the address'],
    ],
  ),
])
