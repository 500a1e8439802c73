import { type CatalogRow, row } from './catalog-row.js'

/** Project coordination as a freelance coordinator or virtual assistant does it for a client. */
export const PROJECT_COORDINATION_ROW: CatalogRow = row(
  'project-coordination',
  'Project coordination for freelance coordinators and virtual assistants',
  'Virtual Assistant',
  4,
  20,
  [
    ['pcoordSchedule', 30],
    ['pcoordEarnedValue', 20],
    ['pcoordRaid', 20],
    ['pcoordRaci', 15],
    ['pcoordChange', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance project coordinator or virtual assistant keeps a small business owner’s ' +
      'projects (a website relaunch, an event, an office move, a print run) on track for a ' +
      'project manager or the owner. Most of the week goes on the plan: reading a network of ' +
      'activities with finish-to-start, start-to-start and finish-to-finish links, lags and ' +
      'leads, finding the critical path and each activity’s float, and telling the owner what ' +
      'a supplier’s slip moves: 30 %. Tracking the budget at each status date with earned value ' +
      '(planned and earned value, actual cost, CPI, SPI, the variances and the forecasts EAC, ' +
      'ETC, VAC and TCPI, and progress rules such as 0/100 and 50/50): 20 %. Keeping the RAID ' +
      'log and status report: telling a risk from an issue, an assumption or a dependency, ' +
      'recording the response, scoring risks and escalating by stated tolerances, and setting ' +
      'the status colour by the client’s rule: 20 %. Reading the RACI matrix and stakeholder ' +
      'plan before asking, chasing or informing anyone: 15 %. Running change control and ' +
      'meeting follow-up (who approves a change, the baseline after the change log, writing up ' +
      'decisions and actions, chasing overdue actions): 15 %. Every judgement is made by a rule ' +
      'the stem states. The menus of any planning or ticketing product, contract law, resource ' +
      'levelling, Monte Carlo forecasting and agile ceremonies are not tested.',
  },
)
