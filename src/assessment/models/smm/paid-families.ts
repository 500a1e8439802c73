import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  client,
  count,
  drawn,
  family,
  figures,
  pct,
  plain,
  qty,
  symbol,
  worked,
} from './smm-text.js'

// Paid social basics as a freelancer runs them for small clients: budget pacing over a flight,
// the budget a reach and frequency goal needs, cost per result, the optimisation-event volume a
// learning phase asks for (stated in the stem), and reading an A/B test of two ads by a
// two-proportion z-test at the threshold the stem states.

/** The pooled two-proportion z statistic for B against A. */
export function twoProportionZ(ca: number, na: number, cb: number, nb: number): number {
  const pa = ca / na
  const pb = cb / nb
  const p = (ca + cb) / (na + nb)
  return (pb - pa) / Math.sqrt(p * (1 - p) * (1 / na + 1 / nb))
}

export const PAID_FAMILIES: readonly ScenarioFamily[] = [
  family('lifetime-budget-pacing', (rng) => {
    const s = symbol(rng)
    const days = rng.pick([14, 21, 28, 30])
    const budget = drawn(rng, 600, 9000, 50)
    const k = drawn(rng, 3, days - 4)
    const spent = Math.round((budget / days) * k * rng.pick([0.6, 0.75, 1.25, 1.4]))
    if (spent >= budget) throw new VariantError('budget already spent')
    return figures(rng, cash(s), {
      stem: `A ${days}-day campaign for ${client(rng)} has a ${cash(s, 0)(budget)} budget. After ${k} days it has spent ${cash(s, 0)(spent)}. What daily spend over the remaining days lands exactly on budget?`,
      in: { days, budget, k, spent },
      key: (budget - spent) / (days - k),
      wrong: [
        ['flat', budget / days, 'keeps the original even daily budget'],
        ['allDays', (budget - spent) / days, 'spreads the remainder over the whole flight'],
        ['ignoreSpent', budget / (days - k), 'divides the full budget over the remaining days'],
        ['behind', spent / k, 'keeps the pace spent so far'],
      ],
    })
  }),
  family('projected-month-end-spend', (rng) => {
    const s = symbol(rng)
    const days = rng.pick([30, 31])
    const d = drawn(rng, 5, 20)
    const spent = drawn(rng, 200, 6000, 10)
    return figures(rng, cash(s, 0), {
      stem: `${Client(rng)}’s ad account has spent ${cash(s, 0)(spent)} in the first ${d} days of a ${days}-day month. At the same daily rate, what will it have spent by month end?`,
      in: { days, d, spent },
      key: (spent / d) * days,
      wrong: [
        ['remaining', (spent / d) * (days - d), 'projects only the remaining days'],
        ['doubled', spent * 2, 'doubles the spend so far'],
        ['weekly', (spent / d) * 28, 'projects four weeks instead of the month'],
        ['plusDays', spent + days - d, 'adds the remaining day count to the spend'],
      ],
    })
  }),
  family('budget-for-reach-and-frequency', (rng) => {
    const s = symbol(rng)
    const reach = drawn(rng, 20, 400, 5) * 1000
    const f = rng.pick([2, 3, 4, 5])
    const cpm = drawn(rng, 30, 180) / 10
    return figures(rng, cash(s, 0), {
      stem: `${Client(rng)} wants to reach ${count(reach)} people an average of ${f} times. At an expected CPM of ${cash(s)(cpm)}, what budget does that need?`,
      in: { reach, f, cpm },
      key: (reach * f * cpm) / 1000,
      wrong: [
        ['noFreq', (reach * cpm) / 1000, 'leaves the frequency out'],
        ['overFreq', (reach * cpm) / 1000 / f, 'divides by the frequency'],
        ['perHundred', (reach * f * cpm) / 100, 'treats CPM as per hundred impressions'],
        ['perPerson', (reach * f * cpm) / 10000, 'treats CPM as per ten thousand impressions'],
        ['squared', (reach * f * f * cpm) / 1000, 'multiplies by the frequency twice'],
      ],
    })
  }),
  family('reach-from-budget', (rng) => {
    const s = symbol(rng)
    const budget = drawn(rng, 300, 8000, 50)
    const cpm = drawn(rng, 40, 160) / 10
    const f = rng.pick([1.5, 2, 2.5, 3])
    return figures(rng, qty('people'), {
      stem: `A ${cash(s, 0)(budget)} awareness budget buys impressions at a CPM of ${cash(s)(cpm)}. If frequency settles at ${f}, about how many unique people will it reach (nearest whole person)?`,
      in: { budget, cpm, f },
      key: Math.round(((budget / cpm) * 1000) / f),
      wrong: [
        ['impressions', Math.round((budget / cpm) * 1000), 'gives impressions, not people'],
        ['timesF', Math.round((budget / cpm) * 1000 * f), 'multiplies by the frequency'],
        ['noThousand', Math.round(budget / cpm / f), 'forgets CPM is per thousand'],
        ['perHundred', Math.round(((budget / cpm) * 100) / f), 'treats CPM as per hundred'],
      ],
    })
  }),
  family('cost-per-result', (rng) => {
    const s = symbol(rng)
    const spend = drawn(rng, 200, 5000, 5)
    const clicks = drawn(rng, 200, 4000)
    const leads = drawn(rng, 10, Math.max(12, Math.round(clicks / 8)))
    const impressions = clicks * rng.pick([50, 80, 120])
    return figures(rng, cash(s), {
      stem: `A lead-generation campaign spent ${cash(s)(spend)} for ${count(impressions)} impressions, ${count(clicks)} link clicks and ${count(leads)} submitted lead forms. The result it optimised for is a lead. What was the cost per result?`,
      in: { spend, clicks, leads, impressions },
      key: spend / leads,
      wrong: [
        ['clicks', spend / clicks, 'divides by link clicks'],
        ['cpm', (spend / impressions) * 1000, 'gives the CPM'],
        ['rate', leads / clicks, 'gives the click-to-lead rate as money'],
        ['both', spend / (leads + clicks), 'divides by clicks and leads together'],
      ],
    })
  }),
  family('learning-phase-budget', (rng) => {
    const s = symbol(rng)
    const cpa = drawn(rng, 4, 60)
    const events = 50
    return figures(rng, cash(s), {
      stem: `The platform says an ad set leaves its learning phase after about ${events} optimisation events within 7 days. ${Client(rng)} expects a cost per purchase of ${cash(s)(cpa)}. What daily budget, at least, lets the ad set reach that in a week?`,
      in: { cpa, events },
      key: (events * cpa) / 7,
      wrong: [
        ['weekly', events * cpa, 'gives the weekly total as the daily budget'],
        ['monthly', (events * cpa) / 30, 'spreads it over a month'],
        ['inverse', (cpa * 7) / events, 'divides the other way round'],
        ['perEvent', cpa, 'budgets one purchase a day'],
        ['sevenFold', events * cpa * 7, 'multiplies by the seven days instead of dividing'],
        ['twoWeeks', (events * cpa) / 14, 'spreads it over two weeks'],
      ],
    })
  }),
  family('a-b-test-relative-lift', (rng) => {
    const na = drawn(rng, 4000, 40000, 100)
    const nb = drawn(rng, 4000, 40000, 100)
    const ca = Math.round((na * drawn(rng, 5, 30)) / 1000)
    const cb = Math.round((nb * drawn(rng, 5, 30)) / 1000)
    const a = ca / na
    const b = cb / nb
    if (b <= a) throw new VariantError('B does not win')
    return figures(rng, pct(1), {
      stem: `Ad A had ${count(ca)} link clicks from ${count(na)} impressions and ad B ${count(cb)} from ${count(nb)}. What is B’s relative CTR lift over A (one decimal place)?`,
      in: { na, nb, ca, cb },
      key: (b - a) / a,
      wrong: [
        ['points', b - a, 'reports the percentage-point gap as the lift'],
        ['overB', (b - a) / b, 'divides by B’s CTR'],
        ['clicks', (cb - ca) / ca, 'compares raw clicks, ignoring different impression counts'],
        ['ratio', b / a, 'gives the ratio instead of the lift'],
      ],
    })
  }),
  family('a-b-test-z-statistic', (rng) => {
    const na = drawn(rng, 3000, 30000, 100)
    const nb = drawn(rng, 3000, 30000, 100)
    const ca = Math.round((na * drawn(rng, 8, 30)) / 1000)
    const cb = Math.round((nb * drawn(rng, 8, 30)) / 1000)
    const a = ca / na
    const b = cb / nb
    if (b === a) throw new VariantError('no difference')
    const P = (ca + cb) / (na + nb)
    const unpooled = (b - a) / Math.sqrt((a * (1 - a)) / na + (b * (1 - b)) / nb)
    return figures(rng, plain(2), {
      stem: `Ad A: ${count(ca)} clicks from ${count(na)} impressions; ad B: ${count(cb)} clicks from ${count(nb)}. Using the pooled two-proportion z-test, z = (p_B − p_A) ÷ √(p(1 − p)(1/n_A + 1/n_B)) with p the pooled click rate, what is z (two decimal places)?`,
      in: { na, nb, ca, cb },
      key: twoProportionZ(ca, na, cb, nb),
      wrong: [
        [
          'unpooled',
          unpooled,
          'uses each ad’s own rate in the standard error instead of the pooled rate',
        ],
        ['noSqrt', (b - a) / (P * (1 - P) * (1 / na + 1 / nb)), 'forgets the square root'],
        ['oneN', (b - a) / Math.sqrt((P * (1 - P)) / (na + nb)), 'uses one overall sample size'],
        ['reverse', -twoProportionZ(ca, na, cb, nb), 'subtracts B’s rate from A’s'],
      ],
    })
  }),
  family('a-b-test-decision', (rng) => {
    const na = drawn(rng, 2000, 20000, 100)
    const nb = na
    const ca = Math.round((na * drawn(rng, 8, 25)) / 1000)
    const cb = ca + rng.pick([-1, 1]) * drawn(rng, 1, Math.max(2, Math.round(ca * 0.4)))
    if (cb <= 0 || cb === ca) throw new VariantError('no difference')
    const z = twoProportionZ(ca, na, cb, nb)
    const winner = z > 0 ? 'B' : 'A'
    const loser = z > 0 ? 'A' : 'B'
    const sig = Math.abs(z) >= 1.96
    const key = sig ? `Ad ${winner} wins: z is beyond ±1.96` : 'No winner yet: z is within ±1.96'
    const loses = `Ad ${loser} wins: z is beyond ±1.96`
    return worked(rng, {
      stem: `Ad A had ${count(ca)} clicks and ad B ${count(cb)}, each from ${count(na)} impressions. The team calls a winner only if the pooled two-proportion z-test gives a z beyond ±1.96 (5 % two-sided). What do you report?`,
      in: { na, nb, ca, cb },
      key,
      wrong: sig
        ? [
            [
              'noWinner',
              'No winner yet: z is within ±1.96',
              'misjudges the statistic as under the threshold',
            ],
            ['loser', loses, 'reads the sign of the difference the wrong way'],
            [
              'onePercent',
              'No winner yet: z must be beyond ±2.58',
              'applies the 1 % two-sided threshold instead of the team’s 5 % rule',
            ],
          ]
        : [
            [
              'higher',
              `Ad ${winner} wins: z is beyond ±1.96`,
              'calls the higher click count a winner without testing it',
            ],
            ['loser', loses, 'reads the sign of the difference the wrong way'],
            ...(Math.abs(z) < 1.645
              ? ([
                  [
                    'oneSided',
                    `Ad ${winner} wins on a one-sided test at 1.645`,
                    'switches to a one-sided cut-off after seeing the data',
                  ],
                ] as const)
              : []),
          ],
    })
  }),
  family('frequency-cap-impressions', (rng) => {
    const audience = drawn(rng, 10, 500, 5) * 1000
    const cap = rng.pick([2, 3, 4])
    const weeks = rng.pick([2, 3, 4])
    return figures(rng, qty('impressions'), {
      stem: `A reach campaign targets ${count(audience)} people with a frequency cap of ${cap} impressions per person every 7 days, for ${weeks} weeks. What is the most impressions it can serve?`,
      in: { audience, cap, weeks },
      key: audience * cap * weeks,
      wrong: [
        ['oneWeek', audience * cap, 'caps the whole flight at one week’s impressions'],
        ['noCap', audience * weeks, 'forgets the cap allows more than one impression'],
        ['daily', audience * cap * weeks * 7, 'applies the cap per day'],
        ['perWeekOnly', audience * weeks * 7, 'counts one impression a day'],
        ['once', audience, 'counts each person once, as if the cap were the reach'],
      ],
    })
  }),
  family('holdout-incremental-lift', (rng) => {
    const nt = drawn(rng, 20, 200, 5) * 1000
    const nc = Math.round(nt * rng.pick([0.1, 0.2, 0.25]))
    const rc = drawn(rng, 5, 30) / 1000
    const rt = rc * rng.pick([1.1, 1.25, 1.4, 1.6])
    const ct = Math.round(nt * rt)
    const cc = Math.round(nc * rc)
    const a = ct / nt
    const b = cc / nc
    if (a <= b) throw new VariantError('no lift')
    return figures(rng, pct(1), {
      stem: `A conversion-lift test showed ads to ${count(nt)} people (${count(ct)} bought) and held out ${count(nc)} (${count(cc)} bought). What is the incremental lift in conversion rate of the exposed group over the holdout (one decimal place)?`,
      in: { nt, nc, ct, cc },
      key: (a - b) / b,
      wrong: [
        ['counts', (ct - cc) / cc, 'compares raw purchase counts of groups of different size'],
        ['points', a - b, 'gives the percentage-point difference'],
        ['overTest', (a - b) / a, 'divides by the exposed group’s rate'],
        ['ratio', a / b, 'gives the ratio, not the lift'],
        [
          'overAll',
          (a - (ct + cc) / (nt + nc)) / ((ct + cc) / (nt + nc)),
          'compares the exposed group with everyone’s rate, holdout and exposed together',
        ],
      ],
    })
  }),
  family('cost-per-thousand-reached', (rng) => {
    const s = symbol(rng)
    const reach = drawn(rng, 10, 300, 1) * 1000
    const impressions = Math.round(reach * rng.pick([1.4, 1.9, 2.6]))
    const spend = drawn(rng, 100, 3000, 5)
    return figures(rng, cash(s), {
      stem: `To compare with a print ad, ${client(rng)} wants cost per thousand people reached. The campaign spent ${cash(s)(spend)}, reached ${count(reach)} and served ${count(impressions)} impressions. What is it?`,
      in: { spend, reach, impressions },
      key: (spend / reach) * 1000,
      wrong: [
        ['cpm', (spend / impressions) * 1000, 'gives the CPM, per thousand impressions'],
        ['perPerson', spend / reach, 'gives the cost per person reached'],
        ['hundred', (spend / reach) * 100, 'works per hundred people'],
        ['inverse', reach / spend / 1000, 'divides reach by spend'],
      ],
    })
  }),
]
