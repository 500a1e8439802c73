import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import {
  type EvCalc,
  type EvFigures,
  type EvFormula,
  type EvRuleCalc,
  type EvShow,
  type Package,
  type ProgressRule,
  writeMoney,
} from './earned-value.js'

const CLIENTS = [
  'a bakery chain',
  'a design studio',
  'a charity',
  'a dental practice',
  'a law firm',
  'an estate agent',
]
const WORK = [
  'website rebuild',
  'brand refresh',
  'CRM migration',
  'trade-show stand',
  'staff handbook',
  'fundraising gala',
]

interface Drawn {
  readonly f: EvFigures
  readonly currency: string
  readonly planned: number
  readonly done: number
  readonly intro: string
  /** The same figures as the team's timesheet states them, when the budget is in hours. */
  readonly hours?: {
    readonly rate: number
    readonly total: number
    readonly planned: number
    readonly done: number
    readonly logged: number
  }
}

/** A status date's figures: budget, planned and achieved percentages and the spend to date. */
function figures(rng: Rng): Drawn {
  const currency = rng.pick(['£', '€', '$'])
  const bac = rng.int(80, 600) * 100
  const planned = rng.int(7, 15) * 5
  const done = Math.min(90, Math.max(15, planned + rng.pick([-20, -15, -10, -5, 5, 10, 15])))
  const ev = (bac * done) / 100
  const ac = Math.round((ev * rng.pick([0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.25])) / 100) * 100
  const intro = `You track ${rng.pick(CLIENTS)}’s ${rng.pick(WORK)} for the owner.`
  return { f: { bac, pv: (bac * planned) / 100, ev, ac }, currency, planned, done, intro }
}

/** A budget of hours at one rate: tasks' estimates scheduled and completed, hours logged. */
function hourFigures(rng: Rng): Drawn {
  const currency = rng.pick(['£', '€', '$'])
  const rate = rng.pick([20, 25, 30, 40, 45, 50, 60])
  const total = rng.int(10, 60) * 20
  const planned = rng.int(7, 15) * 5
  const done = Math.min(90, Math.max(15, planned + rng.pick([-20, -15, -10, -5, 5, 10, 15])))
  const [plannedHours, doneHours] = [(total * planned) / 100, (total * done) / 100]
  const logged = Math.round(doneHours * rng.pick([0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.25]))
  const intro = `You coordinate ${rng.pick(CLIENTS)}’s ${rng.pick(WORK)}, budgeted in hours.`
  return {
    f: { bac: total * rate, pv: plannedHours * rate, ev: doneHours * rate, ac: logged * rate },
    currency,
    planned,
    done,
    intro,
    hours: { rate, total, planned: plannedHours, done: doneHours, logged },
  }
}

const m = (d: Drawn, n: number) => writeMoney(n, d.currency)

/** The figures as a status report states them: the amounts of planned and earned value. */
const amounts = (d: Drawn) =>
  `${d.intro} At this week’s status date the budget at completion (BAC) is ${m(d, d.f.bac)}, planned value (PV) ${m(d, d.f.pv)}, earned value (EV) ${m(d, d.f.ev)} and actual cost (AC) ${m(d, d.f.ac)}.`

/** The figures as the plan and the team state them: percentages planned and done. */
const percents = (d: Drawn) =>
  `${d.intro} The budget is ${m(d, d.f.bac)}. By today the plan had ${d.planned} % of the work done; the team has completed ${d.done} % of it, and ${m(d, d.f.ac)} has been spent.`

/** The figures as a timesheet states them: hours estimated, scheduled, completed and logged. */
const timesheet = (d: Drawn) => {
  const h = d.hours!
  return `${d.intro} The plan is ${h.total} hours of work at ${m(d, h.rate)} an hour. Tasks estimated at ${h.planned} hours were scheduled to be finished by today; tasks estimated at ${h.done} hours are finished, and the team has logged ${h.logged} hours, all billed at the same rate.`
}

const ev = (d: Drawn, formula: EvFormula, show: EvShow): EvCalc => ({
  op: 'ev',
  figures: d.f,
  currency: d.currency,
  formula,
  show,
})

/** A family that asks one measure of drawn figures; each slip is another formula. */
function measure(
  id: string,
  state: (d: Drawn) => string,
  question: string,
  formula: EvFormula,
  show: EvShow,
  slips: readonly (readonly [EvFormula, string, EvShow?])[],
  drawFigures: (rng: Rng) => Drawn = figures,
): ScenarioFamily {
  return {
    id,
    draw(rng) {
      const d = drawFigures(rng)
      return computed(
        `${state(d)} ${question}`,
        ev(d, formula, show),
        slips.map(([f, mistake, as]) => [ev(d, f, as ?? show), mistake] as const),
      )
    },
  }
}

const TYPICAL =
  'The owner expects the cost performance so far to continue for the rest of the work.'
const ATYPICAL =
  'The overspend came from a one-off supplier surcharge; the rest of the work should cost what was budgeted.'

/**
 * Budgets kept in hours: the coordinator values the timesheet at the rate first. Scheduled
 * hours give planned value, finished tasks' estimates earned value, logged hours actual cost.
 */
const HOUR_READINGS: readonly ScenarioFamily[] = [
  measure(
    'cost-performance-index-from-a-timesheet',
    timesheet,
    'What is the cost performance index (CPI)?',
    'CPI',
    'index',
    [
      ['AC/EV', 'turned the ratio over, hours logged over hours earned'],
      ['SPI', 'gave the schedule index, hours finished over hours scheduled'],
      ['PV/AC', 'set the scheduled hours, not the finished ones, against the logged hours'],
    ],
    hourFigures,
  ),
  measure(
    'estimate-to-complete-from-a-timesheet',
    timesheet,
    `${TYPICAL} How much more will the project cost from today (ETC), in money?`,
    'ETC=BAC/CPI-AC',
    'money',
    [
      ['BAC-AC', 'took the hours left in the plan as the cost still to come'],
      ['EAC=BAC/CPI', 'gave the whole forecast, not what remains'],
      ['BAC-EV', 'valued the remaining tasks at their estimates'],
    ],
    hourFigures,
  ),
]

/**
 * Earned-value readings of a client's project at a status date: the standard measures (PMI's
 * PMBOK definitions) and the slips that give a coordinator a wrong picture of it.
 */
export const EARNED_VALUE_FAMILIES: readonly ScenarioFamily[] = (
  [
    measure(
      'earned-value-from-percent-complete',
      percents,
      'What is the earned value (EV) today?',
      'EV',
      'money',
      [
        ['PV', 'gave the planned value of the work scheduled by today'],
        ['AC', 'took the money spent as the value earned'],
        ['EV/BAC*AC', 'applied the percentage complete to the spend, not the budget'],
      ],
    ),
    measure(
      'planned-value-at-the-status-date',
      percents,
      'What is the planned value (PV) today?',
      'PV',
      'money',
      [
        ['EV', 'gave the value of the work done, not of the work planned'],
        ['AC', 'took the money spent as the value planned'],
        ['BAC-AC', 'gave the budget left to spend'],
      ],
    ),
    measure(
      'cost-performance-index',
      amounts,
      'What is the cost performance index (CPI)?',
      'CPI',
      'index',
      [
        ['AC/EV', 'turned the ratio over, actual cost over earned value'],
        ['SPI', 'gave the schedule index, earned over planned value'],
        ['PV/AC', 'divided planned value, not earned value, by actual cost'],
      ],
    ),
    measure(
      'schedule-performance-index',
      amounts,
      'What is the schedule performance index (SPI)?',
      'SPI',
      'index',
      [
        ['PV/EV', 'turned the ratio over, planned over earned value'],
        ['CPI', 'gave the cost index, earned value over actual cost'],
        ['AC/PV', 'divided actual cost, not earned value, by planned value'],
      ],
    ),
    measure(
      'cost-variance',
      amounts,
      'What is the cost variance (CV)? A negative figure means over budget.',
      'CV',
      'money',
      [
        ['AC-EV', 'subtracted the other way round, flipping the sign'],
        ['PV-AC', 'compared the spend with planned value instead of earned value'],
        ['SV', 'gave the schedule variance, earned minus planned value'],
      ],
    ),
    measure(
      'schedule-variance',
      amounts,
      'What is the schedule variance (SV)? A negative figure means behind schedule.',
      'SV',
      'money',
      [
        ['PV-EV', 'subtracted the other way round, flipping the sign'],
        ['CV', 'gave the cost variance, earned value minus actual cost'],
        ['PV-AC', 'compared the spend with planned value'],
      ],
    ),
    measure(
      'estimate-at-completion-if-performance-continues',
      amounts,
      `${TYPICAL} What is the estimate at completion (EAC)?`,
      'EAC=BAC/CPI',
      'money',
      [
        ['BAC*CPI', 'multiplied the budget by CPI instead of dividing'],
        ['EAC=AC+BAC-EV', 'treated the variance so far as a one-off'],
        ['AC+BAC', 'added the spend so far to the whole budget'],
      ],
    ),
    measure(
      'estimate-at-completion-after-a-one-off-variance',
      amounts,
      `${ATYPICAL} What is the estimate at completion (EAC)?`,
      'EAC=AC+BAC-EV',
      'money',
      [
        ['EAC=BAC/CPI', 'let the one-off overspend go on for the rest of the work'],
        ['AC+BAC', 'added the spend so far to the whole budget'],
        ['BAC*CPI', 'multiplied the budget by CPI'],
      ],
    ),
    measure(
      'estimate-at-completion-weighing-cost-and-schedule',
      amounts,
      'The owner wants a forecast in which both cost and schedule performance so far weigh on the remaining work: EAC = AC + (BAC − EV) / (CPI × SPI). What is it?',
      'EAC=AC+(BAC-EV)/(CPI*SPI)',
      'money',
      [
        ['EAC=BAC/CPI', 'used cost performance alone'],
        ['EAC=AC+BAC-EV', 'left performance out of the remaining work'],
        ['BAC/SPI', 'divided the budget by schedule performance alone'],
      ],
    ),
    measure(
      'estimate-to-complete-if-performance-continues',
      amounts,
      `${TYPICAL} How much more will the project cost from today (ETC)?`,
      'ETC=BAC/CPI-AC',
      'money',
      [
        ['BAC-AC', 'took the budget left as the cost still to come'],
        ['EAC=BAC/CPI', 'gave the whole forecast, not what remains'],
        ['BAC-EV', 'valued the remaining work at budget rates'],
      ],
    ),
    measure(
      'variance-at-completion',
      amounts,
      `${TYPICAL} What is the variance at completion (VAC)? A negative figure means over budget.`,
      'VAC=BAC-BAC/CPI',
      'money',
      [
        ['BAC/CPI-BAC', 'subtracted the other way round, flipping the sign'],
        ['BAC-AC', 'gave the budget left to spend'],
        ['BAC-BAC*CPI', 'multiplied the budget by CPI instead of dividing to get the EAC'],
      ],
    ),
    measure(
      'to-complete-performance-index-for-the-budget',
      amounts,
      'How efficiently must the remaining work be done to finish on the original budget (TCPI)?',
      'TCPI=(BAC-EV)/(BAC-AC)',
      'index',
      [
        ['(BAC-AC)/(BAC-EV)', 'turned the ratio over, money left over work left'],
        ['CPI', 'gave the cost performance so far'],
        ['AC/EV', 'turned the cost index over'],
      ],
    ),
    measure(
      'percent-complete-versus-percent-spent',
      amounts,
      'The owner asks how far through the work the project is. What share of the work is complete?',
      'EV/BAC',
      'percent',
      [
        ['AC/BAC', 'gave the share of the budget spent'],
        ['PV/BAC', 'gave the share planned by today'],
        ['EV/AC', 'read the cost index as a share of work'],
      ],
    ),
    measure(
      'estimate-to-complete-after-a-one-off-variance',
      amounts,
      `${ATYPICAL} How much more will the project cost from today (ETC)?`,
      'ETC=BAC-EV',
      'money',
      [
        ['ETC=BAC/CPI-AC', 'let the one-off overspend go on for the rest of the work'],
        ['BAC-AC', 'took the budget left to spend as the cost still to come'],
        ['EAC=AC+BAC-EV', 'gave the whole forecast, not what remains'],
      ],
    ),
    measure(
      'cost-variance-percentage',
      amounts,
      'The client’s report gives the cost variance as a percentage of earned value (CV % = CV / EV). What is it? A negative figure means over budget.',
      'CV/EV',
      'signedPercent',
      [
        ['CV/AC', 'divided the cost variance by actual cost'],
        ['CV/BAC', 'divided the cost variance by the whole budget'],
        ['SV/PV', 'gave the schedule variance percentage'],
      ],
    ),
    measure(
      'schedule-variance-percentage',
      amounts,
      'The client’s report gives the schedule variance as a percentage of planned value (SV % = SV / PV). What is it? A negative figure means behind schedule.',
      'SV/PV',
      'signedPercent',
      [
        ['SV/EV', 'divided the schedule variance by earned value'],
        ['SV/BAC', 'divided the schedule variance by the whole budget'],
        ['CV/EV', 'gave the cost variance percentage'],
      ],
    ),
    ...HOUR_READINGS,
    {
      id: 'cost-and-schedule-status-in-words',
      draw(rng) {
        let d = figures(rng)
        // Opposite sides of 1 on the two indices: the four words then all differ.
        while (d.f.ev > d.f.ac === d.f.ev > d.f.pv || d.f.ev === d.f.ac || d.f.ev === d.f.pv)
          d = figures(rng)
        const s = { op: 'evStatus' as const, figures: d.f }
        return computed(`${amounts(d)} How do you describe the project in the status report?`, s, [
          [
            { ...s, swapped: true as const },
            'read CPI as the schedule index and SPI as the cost index',
          ],
          [{ ...s, invertCost: true as const }, 'read the cost index the wrong way round'],
          [{ ...s, invertSchedule: true as const }, 'read the schedule index the wrong way round'],
        ])
      },
    },
    ...(['0/100', '50/50', 'reported'] as const).map((rule) => packagesFamily(rule)),
  ] as ScenarioFamily[]
).map(retrying)

const PACKAGES = ['discovery', 'copy', 'design', 'build', 'testing', 'training', 'handover']

function packagesFamily(rule: ProgressRule): ScenarioFamily {
  const ruleText = {
    '0/100': 'a package earns nothing until it is done (the 0/100 rule)',
    '50/50':
      'a package earns half its budget when it starts and the rest when it is done (the 50/50 rule)',
    reported: 'a package earns its budget times the percentage its owner reports',
  }[rule]
  return {
    id: `earned-value-of-work-packages-by-the-${rule === 'reported' ? 'reported-percentage' : rule.replace('/', '-')}-rule`,
    draw(rng) {
      const currency = rng.pick(['£', '€', '$'])
      const names = rng.shuffle(PACKAGES).slice(0, 5)
      const states: Package['state'][] = rng.shuffle([
        'done',
        'done',
        'started',
        'started',
        'not started',
      ])
      const packages: Package[] = names.map((name, i) => ({
        name,
        budget: rng.int(10, 60) * 100,
        state: states[i]!,
        reported: states[i] === 'done' ? 100 : states[i] === 'started' ? rng.int(2, 8) * 10 : 0,
      }))
      const list = packages
        .map(
          (p) =>
            `${p.name} ${writeMoney(p.budget, currency)}, ${p.state}${p.state === 'started' ? ` (owner reports ${p.reported} %)` : ''}`,
        )
        .join('; ')
      const c = (r: ProgressRule, slip: Partial<EvRuleCalc> = {}): EvRuleCalc => ({
        op: 'evRule',
        packages,
        currency,
        rule: r,
        ...slip,
      })
      const others = (['0/100', '50/50', 'reported'] as const).filter((r) => r !== rule)
      const named = {
        '0/100': 'credited started packages with nothing, as under 0/100',
        '50/50': 'credited started packages with half, as under 50/50',
        reported: 'took the owners’ reported percentages',
      }
      return computed(
        `The client’s contract says ${ruleText}. Work packages: ${list}. What is the earned value to date?`,
        c(rule),
        [
          [c(others[0]!), named[others[0]!]],
          [c(others[1]!), named[others[1]!]],
          [c(rule, { startedAsDone: true }), 'counted the started packages as done'],
          // Under 50/50 the key lay between the 0/100 figure and the all-done figure, with the
          // reported figure on either side: a middle value. Half for done packages lies below.
          ...(rule === '50/50'
            ? ([
                [c(rule, { doneAsHalf: true }), 'credited the done packages with half as well'],
              ] as const)
            : []),
          // Under 0/100 every other reading credits started work, so the key was the least
          // figure and the one least like the rest (0.71 of 300 draws); half for done packages
          // lies below it, and the model shows three of the four.
          ...(rule === '0/100'
            ? ([
                [
                  c(rule, { doneAsHalf: true }),
                  'credited the done packages with half, as 50/50 credits a started one',
                ],
              ] as const)
            : []),
        ],
      )
    },
  }
}
