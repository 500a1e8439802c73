import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt } from './calc.js'
import { analyst, client } from './draws.js'

/** Sampling and study design: who is in the data, how they got there, what a design can show. */
export const DESIGN_FAMILIES: readonly ScenarioFamily[] = [
  family('convenience-sample-bias', (rng) => {
    const where = rng.pick([
      'its Instagram followers',
      'visitors to its flagship store',
      'its newsletter readers',
    ])
    return {
      stem: `${client(rng)} wants the share of all local residents who know its brand and proposes surveying ${where}. What is the main flaw?`,
      key: 'The sample favours people who already know the brand',
      wrong: [
        ['The sample is too small to give any estimate', 'blamed size for a selection problem'],
        [
          'Online answers are less honest than spoken ones',
          'named a mode effect instead of the selection',
        ],
        ['None, if the answers are weighted by age', 'thought weighting fixes who was reachable'],
        [
          'The sample should be random within that group, as picking the most active people skews it',
          'fixed the sampling within the wrong population',
        ],
      ],
    }
  }),
  family('nonresponse-bias', (rng) => {
    const rate = rng.int(8, 20)
    return {
      stem: `${client(rng)} emailed a satisfaction survey to all 5,000 customers; ${rate} % replied, mostly very happy or very angry ones. What is the main risk?`,
      key: 'Non-response bias: those who replied differ from the rest',
      wrong: [
        [`Sampling error: ${rate} % of 5,000 is too few replies`, 'blamed chance error for a bias'],
        [
          'None: everybody was asked, so it is a census',
          'took asking everyone for hearing from everyone',
        ],
        ['Response bias: the questions are leading', 'named a wording bias not described'],
      ],
    }
  }),
  family('survivorship-bias', (rng) => ({
    stem: `${analyst(rng)} is asked to find what ${client(rng)}'s longest-running customers have in common, to copy it in marketing. What is missing?`,
    key: 'The customers who left: without them traits cannot be compared',
    wrong: [
      [
        'A larger sample of the long-running customers',
        'thought more survivors fix the missing comparison',
      ],
      [
        'A control for age among the long-running customers',
        'named a confounder instead of the missing group',
      ],
      ['Nothing: what long-time customers share is what works', 'studied only the survivors'],
      [
        'Their ages and incomes, so that those traits can be adjusted for',
        'adjusted for traits instead of adding the missing group',
      ],
    ],
  })),
  family('observational-study-causal-claim', (rng) => ({
    stem: `${client(rng)}'s users who opened its tips emails spent 30 % more. The client wants to say “tips emails raise spend by 30 %”. What do you advise?`,
    key: 'Do not say it: users keen enough to open the emails may spend more anyway',
    wrong: [
      ['Say it: 30 % is a large difference', 'read an observed difference as a causal effect'],
      [
        'Check the difference is significant, then say it',
        'thought significance makes a comparison causal',
      ],
      [
        'Quote it with the sample size, so readers can judge it',
        'thought sample size answers a question of design',
      ],
      [
        'Say it, since the 30 % gap held in every month and every region the client looked at',
        'took a consistent association for a causal effect',
      ],
      [
        'Hold it back until a larger sample confirms the 30 % gap',
        'thought a bigger sample would make the comparison causal',
      ],
    ],
  })),
  family('random-assignment-versus-random-sampling', (rng) => ({
    stem: `${client(rng)} randomly assigns volunteer staff to a new rota or the old one. What does this design support?`,
    key: 'Causal claims about these volunteers, not all staff',
    wrong: [
      ['Causal claims about all staff in the company', 'took random assignment as random sampling'],
      [
        'Only correlation, as no one was sampled at random',
        'thought random sampling is needed for cause',
      ],
      ['Nothing, since volunteers were used', 'discarded a valid randomised comparison'],
      [
        'Causal claims about all staff, as randomisation removes every difference between groups',
        'took random assignment as a way to generalise',
      ],
    ],
  })),
  family('leading-question', (rng) => ({
    stem: `${analyst(rng)} reviews a draft question for ${client(rng)}: “Don’t you agree our prices are fair?” What is the main thing wrong with it?`,
    key: 'It leads respondents towards agreeing',
    wrong: [
      ['It asks about two things at once', 'named a double-barrelled question'],
      ['It should offer a 10-point scale', 'blamed the answer scale for the wording'],
      ['Nothing, as it is short and clear', 'missed the leading wording'],
      [
        'It is a double negative, so respondents cannot tell what “agree” means',
        'misread a single negative as a double negative',
      ],
    ],
  })),
  family('proportional-stratified-allocation', (rng) => {
    const sizes = [rng.int(20, 60), rng.int(10, 30), rng.int(5, 20)].map((x) => x * 100)
    const n = rng.int(3, 8) * 100
    const total = sizes[0]! + sizes[1]! + sizes[2]!
    return figures(rng, {
      stem: `${client(rng)} has ${fmt(sizes[0]!, 0)} customers in the north, ${fmt(sizes[1]!, 0)} in the midlands and ${fmt(sizes[2]!, 0)} in the south. For a proportional stratified sample of ${n}, how many come from the north?`,
      key: ['ratio', [sizes[0]!, total, n]],
      wrong: [
        [['ratio', [n, 3, 1]], 'split the sample equally across regions'],
        [['ratio', [sizes[0]!, sizes[1]! + sizes[2]!, n]], 'divided by the other regions only'],
        [['ratio', [sizes[2]!, total, n]], 'took the south’s share for the north'],
        [['ratio', [sizes[1]!, total, n]], 'took the midlands’ share for the north'],
      ],
      dp: 0,
      show: (f) => `${f} customers`,
    })
  }),
  family('simpsons-paradox', (rng) => {
    const a1 = [rng.int(80, 90), 100]
    const a2 = [rng.int(300, 400), 1000]
    const b1 = [rng.int(650, 710), 900]
    const b2 = [rng.int(20, 30), 100]
    const allA = (a1[0]! + a2[0]!) / (a1[1]! + a2[1]!)
    const allB = (b1[0]! + b2[0]!) / (b1[1]! + b2[1]!)
    // Easy cases: A 80–90 % against B 72–79 %; hard: A 30–40 % against B 20–30 %. B treats
    // mostly easy cases, so it leads overall while A leads within each type.
    const key = 'Clinic A: it does better in both case types'
    return {
      stem: `${client(rng)} asks which of two partner clinics treats better. Success rates — clinic A: ${a1[0]}/${a1[1]} easy cases, ${a2[0]}/${a2[1]} hard cases; clinic B: ${b1[0]}/${b1[1]} easy, ${b2[0]}/${b2[1]} hard. What do you say?`,
      key,
      wrong: [
        [
          `Clinic B: ${fmt(allB * 100, 0)} % success overall against ${fmt(allA * 100, 0)} %`,
          'pooled groups with very different case mixes',
        ],
        [
          'Neither: each clinic leads on one comparison, so the data cannot decide',
          'thought a reversal on pooling leaves the comparison undecided',
        ],
        ['Clinic B, as it treated more cases in total', 'judged by volume instead of success rate'],
      ],
    }
  }),
  family('larger-sample-does-not-fix-bias', (rng) => ({
    stem: `${client(rng)}'s phone poll reaches only landlines. The client offers to triple the sample. What does that achieve?`,
    key: 'A narrower margin around a still-biased estimate',
    wrong: [
      ['It removes the landline bias', 'thought sample size cures a selection bias'],
      ['It makes the estimate less accurate', 'thought more data adds error'],
      ['Nothing: margins do not depend on sample size', 'denied that n affects chance error'],
      [
        'An estimate to trust, as big samples average out any bias in who answers',
        'thought a big sample averages out selection bias',
      ],
    ],
  })),
  family('placebo-and-control-group', (rng) => ({
    stem: `${client(rng)} gives a posture app to 50 staff and finds back pain fell. What would most improve the evidence?`,
    key: 'A randomised control group not given the app',
    wrong: [
      ['Giving the app to 200 staff instead of 50', 'thought more users replace a comparison'],
      ['Asking users how much the app helped them', 'relied on self-report of the effect'],
      ['Measuring pain twice as often during use', 'added measurements instead of a comparison'],
      [
        'Asking a doctor to confirm each user’s improvement after the trial',
        'improved the measurement instead of the comparison',
      ],
    ],
  })),
  family('matched-pairs-design', (rng) => ({
    stem: `${analyst(rng)} compares two checkout layouts at ${client(rng)}'s 20 stores, whose sales differ hugely in size. Which design gives the most precise comparison?`,
    key: 'Run both layouts in every store, in random order',
    wrong: [
      [
        'Give each layout to 10 stores chosen at random',
        'left store size differences in the error',
      ],
      ['Give layout B to the 10 largest stores', 'confounded the layout with store size'],
      [
        'Run layout A in spring and B in autumn everywhere',
        'confounded the layout with the season',
      ],
    ],
  })),
  family('p-hacking-by-subgroups', (rng) => {
    const k = rng.int(15, 30)
    return {
      stem: `After an overall null result, ${client(rng)}'s team split the data ${k} ways by age, region and device and found one group with p = 0.03. What do you advise?`,
      key: 'Treat it as a hypothesis to retest: many splits make chance hits',
      wrong: [
        ['Target that group: p = 0.03 is significant', 'ignored the number of splits searched'],
        [
          'Report it, as it passed the 5 % threshold',
          'reported a hit found by searching many splits',
        ],
        ['Discard it: subgroups can never be analysed', 'ruled out subgroup analysis altogether'],
        ['Split further by gender to confirm it', 'searched more splits to confirm a chance hit'],
      ],
    }
  }),
  family('denominator-neglect', (rng) => {
    const share = rng.int(60, 80)
    return {
      stem: `${share} % of ${client(rng)}'s complaints come from mobile users, and the client concludes the mobile site is worse. What is needed first?`,
      key: 'Mobile’s share of all users, to compare complaint rates',
      wrong: [
        [
          'A larger sample of complaints to confirm the share',
          'confirmed a count without its base',
        ],
        [
          'A significance test of the share against 50 %',
          'tested against an arbitrary split, not usage',
        ],
        ['Nothing: most complaints are from mobile', 'ignored how many users each group has'],
        [
          'A chi-square test on the complaint counts by device, to see if they differ',
          'tested counts without their base',
        ],
      ],
    }
  }),
  family('systematic-sample-periodicity', (rng) => ({
    stem: `${analyst(rng)} samples every 7th day of ${client(rng)}'s daily sales to estimate average daily sales. What is the risk?`,
    key: 'Every sampled day is the same weekday',
    wrong: [
      ['Too few days to estimate anything', 'blamed size for a periodic pattern'],
      [
        'Days near each other are too alike',
        'worried about clustering in a sample spread out in time',
      ],
      ['None: systematic samples are unbiased', 'ignored a period matching the interval'],
      [
        'Sales on sampled days may be keyed by different staff',
        'named a recording issue instead of periodicity',
      ],
    ],
  })),
  family('cluster-sample-effective-size', (rng) => {
    const classes = rng.int(4, 8)
    return {
      stem: `${client(rng)} surveys all pupils in ${classes} randomly chosen classes (about 30 each) and computes the margin of error as if ${classes * 30} pupils had been sampled at random. What is wrong?`,
      key: 'Pupils in a class are alike, so the true margin is wider',
      wrong: [
        ['Nothing: the margin uses the number of pupils', 'ignored clustering in the margin'],
        [
          'The true margin is narrower, as classes are stable',
          'got the direction of the clustering effect wrong',
        ],
        ['The margin must use the number of schools', 'used the wrong level of clustering'],
        [
          'The margin should be halved, as every pupil in each class was asked',
          'thought surveying whole classes adds precision',
        ],
      ],
    }
  }),
]
