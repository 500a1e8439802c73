import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { either, evaluate, family, figures, fmt } from './calc.js'
import { analyst, client } from './draws.js'

/** Hypothesis tests: choosing the test, computing and reading p-values, and their limits. */
export const TESTING_FAMILIES: readonly ScenarioFamily[] = [
  family('meaning-of-a-p-value', (rng) => {
    const p = rng.pick(['0.03', '0.02', '0.04', '0.01'])
    return {
      stem: `${analyst(rng)}’s test of ${client(rng)}'s new checkout gives p = ${p} against “no change in conversion”. What does p mean here?`,
      key: `If there were no change, data at least this extreme would occur ${fmt(Number(p) * 100, 0)} % of the time`,
      wrong: [
        [
          `There is a ${fmt(Number(p) * 100, 0)} % chance that the new checkout makes no difference`,
          'read p as the probability the null hypothesis is true',
        ],
        [
          `There is a ${fmt(100 - Number(p) * 100, 0)} % chance that the new checkout really works`,
          'read 1 − p as the probability the effect is real',
        ],
        [
          `The new checkout raises conversion by ${fmt(Number(p) * 100, 0)} % on average`,
          'read the p-value as the size of the effect',
        ],
        [
          `The chance that this result is a fluke, arising by chance alone with no real change, is ${fmt(Number(p) * 100, 0)} %`,
          'read p as the probability that the result is a fluke',
        ],
      ],
    }
  }),
  family('decision-at-a-stricter-alpha', (rng) => {
    const p = rng.pick([0.02, 0.03, 0.04])
    return {
      stem: `${client(rng)} fixed α = 0.01 before a test because a false alarm is costly. The test gives p = ${p}. What is the conclusion?`,
      key: 'Do not reject the null hypothesis at the 1 % level',
      wrong: [
        [
          'Reject the null hypothesis, as p is below 0.05',
          'switched to the usual 5 % level after seeing the data',
        ],
        ['Accept the null hypothesis as proven true', 'read a non-rejection as proof of the null'],
        [
          'Collect more data until p falls below 0.01, then reject',
          'planned to add data until p crossed the fixed α',
        ],
        [
          `Reject the null hypothesis at the 1 % level, as ${p} is close enough to 0.01 to count`,
          'treated a p near α as passing it',
        ],
      ],
    }
  }),
  family('two-sided-p-from-z', (rng) => {
    const z = rng.int(150, 290) / 100
    return figures(rng, {
      stem: `A two-sided z-test on ${client(rng)}'s data gives z = ${fmt(z, 2)}. What is the p-value?`,
      key: ['pTwoZ', [z]],
      wrong: [
        [['pOneZ', [z]], 'gave the one-sided p for a two-sided test'],
        [['normBelow', [z, 0, 1]], 'gave the area below z instead of beyond it'],
        [['pTwoZ', [z * z]], 'looked up z squared in the normal table'],
        [['linear', [1, -1, evaluate('pTwoZ', [z])]], 'reported one minus the p-value'],
        [['normBetween', [0, z, 0, 1]], 'gave the table’s area between 0 and z'],
        [
          ['ratio', [evaluate('pOneZ', [z]), 2, 1]],
          'halved the one-sided tail instead of doubling it',
        ],
      ],
      dp: 4,
    })
  }),
  family('one-sample-t-statistic', (rng) => {
    const n = rng.pick([16, 25, 36, 49])
    const mu0 = rng.int(20, 40)
    const sd = rng.int(4, 12)
    const xbar = mu0 + rng.int(1, 4) + rng.int(0, 9) / 10
    return figures(rng, {
      stem: `${client(rng)} claims its average wait is ${mu0} min. A sample of ${n} waits has mean ${fmt(xbar, 1)} min, SD ${sd} min. What is the one-sample t statistic?`,
      key: ['tStat', [xbar, mu0, sd, n]],
      wrong: [
        [['tStat', [xbar, mu0, sd, 1]], 'divided by the SD instead of the standard error'],
        [['tStat', [xbar, mu0, sd, n * n]], 'divided the SD by n instead of its square root'],
        [['tStat', [xbar, mu0, sd * sd, n]], 'used the variance in the standard error'],
        [
          ['tStat', [xbar, mu0, sd * sd, n * n]],
          'divided by the variance of the mean instead of its SD',
        ],
      ],
      dp: 2,
    })
  }),
  family('one-proportion-z-statistic', (rng) => {
    const n = rng.int(2, 8) * 100
    const p0 = rng.pick([0.1, 0.2, 0.25, 0.3])
    const ph = p0 + rng.int(2, 6) / 100
    return figures(rng, {
      stem: `Historically ${fmt(p0 * 100, 0)} % of ${client(rng)}'s visitors subscribe. After a redesign, ${fmt(ph * 100, 0)} % of ${n} visitors did. What is the z statistic for testing a change?`,
      key: ['propZ', [ph, p0, n]],
      wrong: [
        [['propZ', [ph, p0, 1]], 'left n out of the standard error'],
        [
          ['zScore', [ph, p0, (p0 * (1 - p0)) / n]],
          'divided by the variance instead of the standard error',
        ],
        [['propZ', [ph, p0, Math.sqrt(n)]], 'used the square root of n where n goes'],
        [
          ['propZ', [2 * ph - p0, p0, n]],
          'doubled z for a two-sided test, as one doubles the p-value',
        ],
      ],
      dp: 2,
    })
  }),
  family('bonferroni-threshold', (rng) => {
    const k = rng.int(4, 12)
    return figures(rng, {
      stem: `${analyst(rng)} tests ${k} page variants for ${client(rng)} against one control and wants a familywise error rate of 5 %. With a Bonferroni correction, what threshold does each p-value face?`,
      key: ['ratio', [0.05, k, 1]],
      wrong: [
        [['product', [0.05, k]], 'multiplied α by the number of tests'],
        [['product', [0.05]], 'kept 0.05 for every comparison'],
        [['ratio', [0.05, k * 2, 1]], 'halved again for two-sided tests'],
      ],
      dp: 4,
    })
  }),
  family('false-positives-across-many-tests', (rng) => {
    const k = rng.int(8, 25)
    return figures(rng, {
      stem: `${client(rng)} checks ${k} metrics, each with an independent test at α = 0.05, and none truly changed. What is the chance that at least one comes out significant?`,
      key: ['atLeastOne', [0.05, k]],
      wrong: [
        [['product', [0.05]], 'took the per-test rate as the overall rate'],
        [['pow', [0.95, k]], 'gave the chance that none is significant'],
        [['pow', [0.05, k]], 'gave the chance that all are significant'],
      ],
      dp: 1,
      scale: 100,
      show: (f) => `${f} %`,
    })
  }),
  family('choose-test-independent-means', (rng) => ({
    stem: `${client(rng)} compares order values of customers randomly shown two different home pages (different customers in each group). Which test fits?`,
    key: 'A two-sample (Welch) t-test of means',
    wrong: [
      ['A paired t-test of the differences', 'paired two groups of different people'],
      ['A chi-square test of independence', 'used a test for counts on a measured amount'],
      [
        `A one-sample t-test against ${either(rng, 'zero', 'the target')}`,
        'tested one group instead of comparing two',
      ],
      [
        'A paired t-test, matching customers by the order in which they arrived',
        'paired customers who were never matched',
      ],
    ],
  })),
  family('choose-test-paired-measurements', (rng) => ({
    stem: `${client(rng)} records each of 30 staff members’ typing speed before and after a training course. Which test fits?`,
    key: 'A paired t-test on each person’s difference',
    wrong: [
      [
        'A two-sample t-test of before against after',
        'ignored that the same people were measured twice',
      ],
      ['A chi-square test of independence', 'used a test for counts on a measured amount'],
      ['A z-test of one proportion', 'used a test for a share on a measured amount'],
      [
        'A two-sample t-test, as before and after are two sets of scores',
        'treated the two measurements as independent samples',
      ],
    ],
  })),
  family('choose-test-two-categorical-variables', (rng) => ({
    stem: `${client(rng)} wants to know whether preferred contact channel (email, phone, chat) differs between regions (north, south). The data are counts. Which test fits?`,
    key: 'A chi-square test of independence',
    wrong: [
      [
        'A two-sample t-test of the channel codes',
        'averaged category codes as if they were numbers',
      ],
      ['A Pearson correlation of the two variables', 'correlated variables that are not numeric'],
      ['A paired t-test of north against south', 'paired groups that hold different people'],
      ['A one-way ANOVA', 'compared means of coded categories'],
    ],
  })),
  family('significance-versus-importance', (rng) => {
    const n = rng.int(2, 9) * 100_000
    return {
      stem: `With ${fmt(n, 0)} users per arm, ${client(rng)}'s test finds a 0.02-point rise in click rate with p < 0.001. What do you advise?`,
      key: 'Real but tiny: weigh the 0.02 points against the cost',
      wrong: [
        [
          'A big win, since p < 0.001 shows a large effect',
          'read a small p-value as a large effect',
        ],
        [
          'Ignore it: huge samples make every p-value wrong',
          'thought large samples invalidate a test',
        ],
        [
          'Roll out now: significance means it pays off',
          'took statistical significance for business value',
        ],
      ],
    }
  }),
  family('non-significant-is-not-no-effect', (rng) => {
    const n = rng.int(12, 30)
    return {
      stem: `A pilot with ${n} customers per group for ${client(rng)} finds p = 0.31 for a new loyalty offer. The client asks: “So it doesn’t work?” What do you say?`,
      key: 'Not shown either way: a small pilot can miss a real effect',
      wrong: [
        [
          'Yes: p above 0.05 proves the offer has no effect',
          'read a non-significant result as proof of no effect',
        ],
        ['It works 69 % of the time, which is 1 − p', 'read 1 − p as a success rate'],
        [
          'It works; with more data p will surely fall',
          'assumed more data must make the result significant',
        ],
      ],
    }
  }),
  family('type-one-error-in-context', (rng) => ({
    stem: `${client(rng)} tests H0: “the new supplier’s failure rate is no higher”. What is a Type I error here?`,
    key: 'Concluding failures are higher when they are not',
    wrong: [
      ['Missing a real rise in the supplier’s failures', 'described a Type II error'],
      ['Rejecting the supplier after a real rise in failures', 'described a correct decision'],
      [
        'Using a test that does not suit failure counts',
        'confused an error type with a choice of method',
      ],
    ],
  })),
  family('what-raises-power', (rng) => ({
    stem: `${analyst(rng)}’s planned test for ${client(rng)} has only 40 % power to detect the effect that matters. Which change raises power the most reliably?`,
    key: 'A larger sample in each group',
    wrong: [
      ['A stricter α of 0.01 instead of 0.05', 'thought a stricter α raises power'],
      [
        'A two-sided instead of a one-sided test',
        'thought the two-sided test is the more powerful',
      ],
      ['Testing for a smaller effect than planned', 'thought smaller effects are easier to detect'],
      ['Dropping outliers', 'removed data to force a result'],
    ],
  })),
  family('one-or-two-sided-alternative', (rng) => ({
    stem: `${client(rng)} wants to know whether a new tool changes task times, and a change in either direction would matter; nothing is known in advance. Which alternative hypothesis fits?`,
    key: 'Two-sided: the mean times differ',
    wrong: [
      ['One-sided: the new tool is faster', 'chose a direction the question does not give'],
      ['One-sided: the new tool is slower', 'picked a direction with no prior reason'],
      ['Whichever side the data point to', 'chose the direction after seeing the data'],
    ],
  })),
  family('peeking-at-an-ab-test', (rng) => {
    const days = rng.int(14, 28)
    return {
      stem: `${client(rng)} planned a ${days}-day A/B test but wants to check the p-value every day and stop the first time it is below 0.05. What is the problem?`,
      key: 'Repeated looks inflate the false positive rate well above 5 %',
      wrong: [
        [
          'None: each daily p-value is valid at 5 % on its own',
          'ignored the many chances repeated looks give',
        ],
        [
          'Daily checks lower the power, hiding real effects',
          'got the direction of the error wrong',
        ],
        [
          `The test must run ${days * 2} days to allow for the checks`,
          'thought a longer run fixes repeated looks',
        ],
        [
          'None, as long as the final p-value is reported along with the day the test stopped early',
          'thought disclosing the stop makes repeated looks harmless',
        ],
      ],
    }
  }),
]
