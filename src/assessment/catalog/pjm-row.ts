import { type CatalogRow, row } from './catalog-row.js'

/** Project management as a freelance project manager practises it on clients' projects. */
export const PROJECT_MANAGEMENT_ROW: CatalogRow = row(
  'project-management',
  'Project management',
  'Other',
  5,
  30,
  [
    ['pjmSchedule', 30],
    ['pjmCost', 25],
    ['pjmRisk', 20],
    ['pjmGovern', 15],
    ['pjmDeal', 10],
  ],
  {
    jobTaskAnalysis:
      'A freelance project manager is hired to plan and run a client’s project (a relaunch, a ' +
      'move, a roll-out) and to report on it to a sponsor. Building and defending the schedule ' +
      'is the largest part of the job: network logic with leads and lags, forward and backward ' +
      'passes, total and free float, the critical path and what a delay does to the end date, ' +
      'PERT three-point estimates and their spread, and what resource levelling, smoothing, ' +
      'crashing and fast tracking do: 30 %. Cost control and status reporting by earned value ' +
      '(PV, EV, AC, CV, SV, CPI, SPI, EAC under each stated assumption, ETC, VAC, TCPI) and the ' +
      'cost baseline and budget with their reserves: 25 %. Keeping the risk register: expected ' +
      'monetary value, decision trees, probability-impact ranking and the PMBOK threat and ' +
      'opportunity responses: 20 %. Governance: RACI charts, integrated change control, scope ' +
      'and performance measurement baselines, the WBS: 15 %. Stakeholder communication ' +
      '(channels, push, pull and interactive methods) and procurement contract types and who ' +
      'bears their cost risk: 10 %. Every rule follows the PMBOK Guide (6th and 7th editions) ' +
      'and the PMI Lexicon, and every figure a key depends on is given in the item. Tool ' +
      'operation (MS Project, Jira), agile ceremonies, people leadership, and exam trivia ' +
      'such as process names and input/output lists are not tested.',
  },
)
