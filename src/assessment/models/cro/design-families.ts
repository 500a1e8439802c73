import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt, points, worded, Z } from './cro-calc.js'

const n = (v: number) => fmt(v, 0)
const visitors = (f: string) => `${f} visitors`
const days = (f: string) => `${f} ${f === '1' ? 'day' : 'days'}`

/** The sample-size formula and z table every sample-size stem states. */
const FORMULA =
  'Use n per arm = (zα + zβ)² × [p₁(1 − p₁) + p₂(1 − p₂)] ÷ (p₂ − p₁)², rounded up, with zα = 1.960 for a two-sided 5 % test (1.645 one-sided) and zβ = 0.842 for 80 % power (1.282 for 90 %).'

function baseline(rng: Rng): { p1: number; mde: number } {
  return { p1: rng.int(15, 60) / 1000, mde: rng.pick([5, 8, 10, 12, 15, 20]) / 100 }
}

/** Per-arm sample for the stated plan. */
const arm = (za: number, zb: number, p1: number, p2: number) =>
  Math.ceil(((za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2)

/**
 * Experiment design as a CRO specialist plans a test: sample size per arm from a baseline and a
 * minimum detectable effect, duration from traffic in whole weeks, allocation, randomisation unit
 * and the stopping rule. Each stem states the formula, z values and traffic the key needs.
 */
export const DESIGN_FAMILIES: readonly ScenarioFamily[] = [
  family('sample-size-per-arm-relative-mde', (rng) => {
    const { p1, mde } = baseline(rng)
    const p2 = p1 * (1 + mde)
    const power90 = rng.next() < 0.4
    const zb = power90 ? Z.power90 : Z.power80
    return figures(rng, {
      stem: `A control converts ${fmt(p1 * 100, 1)} % of visitors. The client wants to detect a ${fmt(mde * 100, 0)} % relative lift at two-sided α = 5 % with ${power90 ? 90 : 80} % power, one control and one variant. ${FORMULA} How many visitors does each arm need?`,
      key: ['armSize', [Z.twoSided5, zb, p1, p2]],
      wrong: [
        [['armSize', [Z.oneSided5, zb, p1, p2]], 'uses the one-sided z for a two-sided test'],
        [['product', [2, arm(Z.twoSided5, zb, p1, p2)]], 'gives the total of both arms'],
        [
          ['armSize', [Z.twoSided5, power90 ? Z.power80 : Z.power90, p1, p2]],
          'takes the z of the other power level',
        ],
        [['armSize', [Z.twoSided5, 0, p1, p2]], 'leaves out the power term'],
        [
          ['armSize', [Z.twoSided5, zb, p1, p1 + mde / 10]],
          'reads the relative lift as tenths of a point',
        ],
      ],
      dp: 0,
      show: visitors,
    })
  }),
  family('sample-size-per-arm-absolute-mde', (rng) => {
    const p1 = rng.int(20, 80) / 1000
    const d = rng.pick([0.3, 0.4, 0.5, 0.6, 0.8, 1.0]) / 100
    return figures(rng, {
      stem: `Baseline conversion is ${fmt(p1 * 100, 1)} %; the smallest effect worth detecting is ${fmt(d * 100, 1)} percentage points (absolute), at two-sided α = 5 % and 80 % power. ${FORMULA} How many visitors does each arm need?`,
      key: ['armSize', [Z.twoSided5, Z.power80, p1, p1 + d]],
      wrong: [
        [
          ['armSize', [Z.twoSided5, Z.power80, p1, p1 * (1 + (d * 100) / 100)]],
          'reads the points as a relative lift of the same number of percent',
        ],
        [
          ['armSize', [Z.oneSided5, Z.power80, p1, p1 + d]],
          'uses the one-sided z for a two-sided test',
        ],
        [['product', [2, arm(Z.twoSided5, Z.power80, p1, p1 + d)]], 'gives the total of both arms'],
        [['armSize', [Z.twoSided5, Z.power90, p1, p1 + d]], 'plans for 90 % power'],
      ],
      dp: 0,
      show: visitors,
    })
  }),
  family('total-sample-for-several-variants', (rng) => {
    const { p1, mde } = baseline(rng)
    const k = rng.int(2, 4)
    const per = arm(Z.twoSided5, Z.power80, p1, p1 * (1 + mde))
    return figures(rng, {
      stem: `A test has a control and ${k} variants, traffic split equally. Each arm needs ${n(per)} visitors for the planned MDE (already worked out). How many visitors must enter the test in total?`,
      key: ['product', [k + 1, per]],
      wrong: [
        [['product', [k, per]], 'forgets the control arm'],
        [['product', [2, per]], 'sizes it as a two-arm test'],
        [['product', [1, per]], 'takes the per-arm figure as the total'],
        [['product', [k + 2, per]], 'counts the control twice'],
      ],
      dp: 0,
      show: visitors,
    })
  }),
  family('duration-rounded-up-to-whole-weeks', (rng) => {
    const per = rng.int(8, 60) * 1000 + rng.int(0, 999)
    const daily = rng.int(12, 60) * 100
    const weeksOf = (total: number, perDay: number) => Math.ceil(Math.ceil(total / perDay) / 7)
    return figures(rng, {
      stem: `A two-arm test needs ${n(per)} visitors per arm. ${n(daily)} eligible visitors a day enter it, split 50/50. The client runs tests in whole weeks so every weekday is equally represented. How many days must it run?`,
      key: ['product', [7, weeksOf(2 * per, daily)]],
      wrong: [
        [['ceilDiv', [2 * per, daily]], 'stops on the day the sample is reached, mid-week'],
        [['product', [7, weeksOf(per, daily)]], 'counts one arm’s sample as the total'],
        [['product', [7, weeksOf(4 * per, daily)]], 'doubles an already total sample'],
        [['wholeWeeks', [2 * per, daily]], 'gives the number of weeks, not days'],
      ],
      dp: 0,
      show: days,
    })
  }),
  family('duration-in-whole-weeks-with-a-two-week-minimum', (rng) => {
    const per = rng.int(2, 12) * 1000 + rng.int(0, 999)
    const daily = rng.int(3, 15) * 100
    const need = Math.ceil((2 * per) / daily)
    return figures(rng, {
      stem: `The client's testing policy: run whole weeks, never fewer than two full weeks (to cover two business cycles). A two-arm test needs ${n(per)} visitors per arm; ${n(daily)} visitors a day enter it. How many days will it run?`,
      key: ['product', [7, Math.max(2, Math.ceil(need / 7))]],
      wrong: [
        [['ceilDiv', [2 * per, daily]], 'stops the day the sample is reached'],
        [['product', [7, Math.ceil(need / 7)]], 'forgets the two-week minimum'],
        [
          ['product', [7, Math.max(2, Math.ceil(Math.ceil(per / daily) / 7))]],
          'counts one arm as the total',
        ],
        [
          ['product', [7, Math.max(2, Math.ceil(Math.ceil((4 * per) / daily) / 7))]],
          'doubles an already total sample',
        ],
        [
          ['product', [7, 2 + Math.ceil(need / 7)]],
          'adds the two-week minimum on top instead of treating it as a floor',
        ],
      ],
      dp: 0,
      show: days,
    })
  }),
  family('triggered-traffic-sets-the-duration', (rng) => {
    const site = rng.int(4, 20) * 1000
    const share = rng.pick([8, 10, 12, 15, 20])
    const per = rng.int(4, 20) * 1000
    return figures(rng, {
      stem: `A test changes the checkout page, so only visitors who reach checkout are exposed and analysed (triggered analysis). The site has ${n(site)} visitors a day; ${share} % of them reach checkout. Each of two arms needs ${n(per)} exposed visitors. How many days must it run (round up to whole days)?`,
      key: ['ceilDiv', [2 * per, (site * share) / 100]],
      wrong: [
        [['ceilDiv', [2 * per, site]], 'counts all site visitors as exposed'],
        [['ceilDiv', [per, (site * share) / 100]], 'counts one arm as the whole sample'],
        [
          ['ceilDiv', [2 * per, (site * (100 - share)) / 100]],
          'uses visitors who never reach checkout',
        ],
        [['ceilDiv', [per, site]], 'counts one arm against all site traffic'],
        [
          ['ceilDiv', [2 * per, (site * share) / 200]],
          'halves the exposed traffic again for the split',
        ],
        [['ceilDiv', [4 * per, (site * share) / 100]], 'doubles an already total sample'],
      ],
      dp: 0,
      show: days,
    })
  }),
  family('minimum-detectable-effect-from-traffic', (rng) => {
    const p = rng.int(20, 60) / 1000
    const per = rng.int(10, 80) * 1000
    return figures(rng, {
      stem: `A page gives ${n(per)} visitors per arm in the time available; baseline conversion is ${fmt(p * 100, 1)} %. Approximating MDE = (zα + zβ) × √(2p(1 − p) ÷ n) with n per arm, zα = 1.960 (two-sided 5 %; 1.645 one-sided) and zβ = 0.842 (80 % power; 1.282 for 90 %), what absolute MDE can the test detect?`,
      key: ['mdeAbs', [Z.twoSided5, Z.power80, p, per]],
      wrong: [
        [['mdeAbs', [Z.oneSided5, Z.power80, p, per]], 'uses the one-sided z for a two-sided test'],
        [['mdeAbs', [Z.twoSided5, 0, p, per]], 'leaves out the power term'],
        [['mdeAbs', [Z.twoSided5, Z.power80, p, 2 * per]], 'uses the total of both arms as n'],
        [['mdeAbs', [Z.twoSided5, Z.power80, p, per / 2]], 'halves the per-arm sample'],
        [['mdeAbs', [Z.twoSided5, Z.power90, p, per]], 'uses the z for 90 % power'],
      ],
      dp: 2,
      scale: 100,
      show: points,
    })
  }),
  family('relative-mde-from-absolute', (rng) => {
    const p = rng.int(20, 60) / 1000
    const d = rng.int(20, 90) / 10000
    return figures(rng, {
      stem: `The planned test can detect an absolute change of ${fmt(d * 100, 2)} percentage points on a baseline of ${fmt(p * 100, 1)} %. The client's roadmap states MDEs as relative lifts. What relative MDE is that?`,
      key: ['div', [d, p]],
      wrong: [
        [['div', [d, p + d]], 'divides by the variant’s rate'],
        [['div', [d, 1]], 'reports the points as the relative lift'],
        [['div', [p, d]], 'inverts the ratio'],
        [['div', [d, p - d]], 'divides by the baseline minus the effect'],
        [['div', [d + p, p]], 'gives the ratio of the new rate to the old'],
      ],
      dp: 1,
      scale: 100,
      show: (f) => `${f} %`,
    })
  }),
  family('expected-false-winners-in-aa-tests', (rng) => {
    const tests = rng.pick([20, 40, 50, 60, 80, 100])
    const alpha = rng.pick([5, 10])
    return figures(rng, {
      stem: `To check its tooling, a team runs ${tests} independent A/A tests (both arms identical) at two-sided α = ${alpha} %. How many are expected to show a significant difference by chance?`,
      key: ['discovery', [tests, alpha / 100]],
      wrong: [
        [['discovery', [tests, alpha / 200]], 'halves α as if one-sided'],
        [['discovery', [tests, 1 - alpha / 100]], 'counts the tests that come out non-significant'],
        [['discovery', [tests, 0.2]], 'uses the 20 % miss rate of 80 % power'],
        [['discovery', [1, 0]], 'expects none because the arms are identical'],
      ],
      dp: 1,
      show: (f) => `${f} tests`,
    })
  }),
  family('randomisation-unit-for-cross-device-users', (rng) => {
    const [what, key] = rng.pick([
      [
        'a new pricing page for logged-in customers who use phone and laptop',
        'The logged-in user ID',
      ],
      [
        'a change to the subscription checkout that most customers visit over several sessions',
        'The persistent visitor ID',
      ],
      ['the order confirmation email’s design, sent to account holders', 'The customer account'],
    ] as const)
    return worded(rng, {
      stem: `A test covers ${what}. What should be the randomisation unit?`,
      key,
      wrong: [
        ['The page view', 'lets one person see both versions'],
        ['The session', 'lets returning people switch arms'],
        ['The calendar day, alternating versions', 'confounds the versions with day effects'],
        ['The traffic source, one version per channel', 'confounds the versions with channels'],
      ],
      facts: { what },
    })
  }),
  family('stopping-rule-for-a-fixed-horizon-test', (rng) => {
    const planned = rng.int(3, 6)
    const done = rng.int(1, planned - 1)
    const p = rng.pick(['0.03', '0.02', '0.04', '0.01'])
    return worded(rng, {
      stem: `A fixed-horizon test was planned for ${planned} weeks at α = 5 % with no interim analysis. After ${done} ${done === 1 ? 'week' : 'weeks'} the dashboard shows p = ${p} for the variant. What should the specialist do?`,
      key: `Run on to the planned ${planned} weeks`,
      wrong: [
        [
          'Stop now and declare the variant the winner',
          'peeks: stopping at the first low p inflates false positives',
        ],
        ['Stop and roll the variant out to all traffic', 'ships on a peeked result'],
        ['Lower α to the current p', 'moves the threshold after seeing data'],
        ['Restart the test', 'throws away valid data without cause'],
        ['Stop now', 'peeks and stops at the first low p'],
        ['Run on until p drops below 0.01', 'moves the threshold mid-test'],
      ],
      facts: { planned, done },
    })
  }),
  family('why-tests-run-whole-weeks', (rng) => {
    const pattern = rng.pick([
      'weekend visitors convert at nearly twice the weekday rate',
      'Monday traffic is mostly returning B2B buyers',
      'a weekly newsletter goes out every Thursday',
    ])
    return worded(rng, {
      stem: `The sample would be reached in 10 days, but ${pattern}. Why does the specialist run the test for 14 days instead?`,
      key: 'So each weekday appears in its usual proportion',
      wrong: [
        ['Longer tests reach lower p', 'thinks duration itself buys significance'],
        ['To let the novelty lift grow', 'expects the novelty effect to grow'],
        [
          'Fourteen days is the minimum any tool accepts',
          'cites a tool limit instead of the cycle',
        ],
        [
          'Two weeks halves the sample the test needs to reach',
          'confuses duration with the required sample',
        ],
      ],
      facts: { pattern },
    })
  }),
  family('novelty-effect-needs-time', (rng) => {
    const w = [rng.int(14, 22), rng.int(8, 12), rng.int(3, 6), rng.int(0, 2)]
    return worded(rng, {
      stem: `A redesigned navigation shows relative lifts by week of ${w.join(' %, ')} %, mostly among returning visitors. What best explains the pattern?`,
      key: 'A novelty effect that fades as visitors adjust',
      wrong: [
        ['A sample ratio mismatch in week one', 'reads a lift trend as an allocation fault'],
        [
          'A growing seasonal trend that favours the variant each week',
          'gives a shrinking lift a growing cause',
        ],
        [
          'Regression to the mean of a true lift of the first week’s size',
          'takes the first week as the true effect',
        ],
        [
          'Simpson’s paradox across device segments',
          'names a segment-mix effect the data does not show',
        ],
      ],
      facts: { weekly: w },
    })
  }),
  family('one-test-per-page-overlap', (rng) => {
    const [a, b] = rng.pick([
      ['the checkout button colour', 'the checkout form layout'],
      ['the product-page headline', 'the product-page image gallery'],
      ['the pricing-table order', 'the pricing-page FAQ'],
    ] as const)
    return worded(rng, {
      stem: `Two tests are planned on the same page at once: ${a} and ${b}. The client fears the two changes interact. What keeps each test's result interpretable?`,
      key: 'Make the two tests mutually exclusive',
      wrong: [
        ['Run both on all traffic and read each as usual', 'ignores the interaction'],
        ['Run both, then subtract one lift from the other', 'assumes lifts subtract cleanly'],
        ['Weekends for one test, weekdays for the other', 'confounds the tests with day of week'],
        ['Halve α for each test', 'treats interaction as a multiple-testing issue'],
        ['Run both and trust the larger lift', 'ignores the interaction'],
      ],
      facts: { a, b },
    })
  }),
  family('pre-registered-primary-metric', (rng) => {
    const metric = rng.pick([
      'revenue per visitor',
      'trial starts per visitor',
      'lead-form completions per visitor',
    ])
    return worded(rng, {
      stem: `Before launch the specialist writes down ${metric} as the primary metric, the MDE, sample and duration. What does writing this down before the data come in protect against?`,
      key: 'Picking the metric or end point that wins',
      wrong: [
        ['A sample ratio mismatch', 'confuses planning with allocation checks'],
        [
          'Novelty effects among returning visitors',
          'expects a plan to remove a behavioural effect',
        ],
        ['Bot traffic inflating both arms equally', 'expects a plan to filter traffic'],
        [
          'Seasonal changes to the baseline rate across the year',
          'expects a plan to control the calendar',
        ],
        [
          'Unequal device mix between the two arms of the test',
          'expects a plan to do randomisation’s work',
        ],
      ],
      facts: { metric },
    })
  }),
  family('sample-size-grows-as-mde-shrinks', (rng) => {
    const k = rng.pick([2, 3, 4])
    const per = rng.int(5, 40) * 1000
    return figures(rng, {
      stem: `A test needs ${n(per)} visitors per arm for a given absolute MDE. By the sample-size formula, n grows with 1 ÷ MDE² when the rates change little. Roughly how many per arm are needed if the MDE is cut to 1/${k} of its size?`,
      key: ['product', [per, k * k]],
      wrong: [
        [['product', [per, k]], 'scales n with 1 ÷ MDE, not its square'],
        [['div', [per, k * k]], 'shrinks the sample as the effect shrinks'],
        [['product', [per, 2 * k]], 'doubles the scaling factor instead of squaring'],
        [['product', [per, Math.sqrt(k)]], 'scales by the square root'],
      ],
      dp: 0,
      show: visitors,
    })
  }),
  family('power-level-sample-ratio', (rng) => {
    const per = rng.int(5, 40) * 1000
    return figures(rng, {
      stem: `At two-sided α = 5 % (zα = 1.960) and 80 % power (zβ = 0.842) a test needs ${n(per)} visitors per arm. n is proportional to (zα + zβ)². Scaling by that, and rounding up as sample sizes are, how many per arm does 90 % power (zβ = 1.282) need, all else equal?`,
      key: ['ceilDiv', [per * (Z.twoSided5 + Z.power90) ** 2, (Z.twoSided5 + Z.power80) ** 2]],
      wrong: [
        [
          ['ceilDiv', [per * (Z.twoSided5 + Z.power90), Z.twoSided5 + Z.power80]],
          'scales by the z sum, not its square',
        ],
        [['ceilDiv', [per * Z.power90 ** 2, Z.power80 ** 2]], 'squares only the power z values'],
        [['ceilDiv', [per * 9, 8]], 'scales by the ratio of the power levels'],
        [['ceilDiv', [per * 8, 9]], 'thinks more power needs fewer visitors'],
      ],
      dp: 0,
      show: visitors,
    })
  }),
  family('holdout-share-of-traffic', (rng) => {
    const daily = rng.int(20, 90) * 100
    const hold = rng.pick([5, 10, 15])
    const per = rng.int(10, 60) * 1000
    return figures(rng, {
      stem: `To measure a year of winning changes, the client keeps a ${hold} % holdout that sees the old site; the other ${100 - hold} % see the new one. The holdout needs ${n(per)} visitors; ${n(daily)} visitors arrive a day. How many days until the holdout has its sample (round up)?`,
      key: ['ceilDiv', [per, (daily * hold) / 100]],
      wrong: [
        [['ceilDiv', [per, daily]], 'counts all traffic as holdout'],
        [['ceilDiv', [per, (daily * (100 - hold)) / 100]], 'uses the share that sees the new site'],
        [['ceilDiv', [2 * per, daily]], 'treats it as a 50/50 test'],
        [['ceilDiv', [2 * per, (daily * hold) / 100]], 'doubles the sample as if for two arms'],
        [
          ['ceilDiv', [(per * 100) / hold, (daily * hold) / 100]],
          'applies the holdout share twice, to the sample and to the traffic',
        ],
      ],
      dp: 0,
      show: days,
    })
  }),
  family('hypothesis-with-a-falsifiable-metric', (rng) => {
    const [evidence, change, metric] = rng.pick([
      [
        'exit surveys say delivery costs came as a surprise',
        'showing delivery costs on the product page',
        'checkout completion per visitor',
      ],
      [
        'recordings show mobile users zooming to read prices',
        'larger price text on mobile product pages',
        'add-to-cart rate per mobile visitor',
      ],
      [
        'support tickets ask whether returns are free',
        'a free-returns note beside the buy button',
        'purchases per visitor',
      ],
    ] as const)
    const Change = `${change[0]!.toUpperCase()}${change.slice(1)}`
    return worded(rng, {
      stem: `Research found that ${evidence}. Which hypothesis is written so that a test can prove it wrong?`,
      key: `${Change} will raise ${metric}`,
      wrong: [
        [`${Change} will improve the user experience`, 'names no metric a test could measure'],
        ['A redesign will improve the user experience', 'names neither a change nor a metric'],
        [
          `${Change} might or might not change ${metric}`,
          'predicts no direction, so nothing can refute it',
        ],
        [
          `A redesign might or might not change ${metric}`,
          'names no change and predicts no direction',
        ],
        [`A redesign will raise ${metric}`, 'names no specific change to build'],
      ],
      facts: { change, metric },
    })
  }),
  family('traffic-excluded-from-the-test', (rng) => {
    const source = rng.pick([
      'the client’s own staff',
      'a known uptime-monitoring bot',
      'the QA team checking the variant',
    ])
    return worded(rng, {
      stem: `Before launch the specialist finds visits from ${source} in the test traffic. How should they be handled?`,
      key: 'Excluded from both arms by the same rule',
      wrong: [
        ['Excluded from the variant only', 'filters one arm, which biases the comparison'],
        [
          'Kept, since they are split evenly anyway',
          'lets non-customer behaviour dilute the effect',
        ],
        [
          'Moved into the control arm so the variant stays clean',
          'assigns visitors by hand, not at random',
        ],
        [
          'Excluded after the results are in, if the variant lost',
          'filters after seeing the outcome',
        ],
      ],
      facts: { source },
    })
  }),
]
