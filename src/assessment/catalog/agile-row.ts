import { row } from './catalog-row.js'

/**
 * Agile delivery as clients hire a freelance Scrum Master, agile coordinator or Scrum team
 * Developer for it, keyed to the Scrum Guide (November 2020) and the Agile Manifesto, which
 * each stem names, and to forecasts and flow metrics computed from the figures a stem gives.
 */
export const AGILE_ROW = row(
  'agile-scrum',
  'Agile delivery with Scrum and Kanban',
  'Technology & IT',
  4,
  15,
  [
    ['agileScrumTeam', 20],
    ['agileEvents', 25],
    ['agileArtifacts', 20],
    ['agileManifesto', 15],
    ['agileMetrics', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance Scrum Master or agile coordinator is hired to set up or repair a team’s ' +
      'Scrum, and a freelance Developer joins a Scrum team and is expected to work within it. ' +
      'Most of the coaching and the disputes are about who decides what: what the Product ' +
      'Owner, the Scrum Master and the Developers are each accountable for, why the team has no ' +
      'sub-teams or lead, and the pillars and values those rules rest on (20 %). The largest ' +
      'share of day-to-day facilitation is running the Sprint and its four events for their ' +
      'purpose and within the Scrum Guide’s timeboxes, and saying what may change during a ' +
      'Sprint and who may cancel one (25 %). The artifacts and their commitments (Product ' +
      'Goal, Sprint Goal, Definition of Done) and refining Product Backlog items into small, ' +
      'independent, testable slices with checkable acceptance criteria come next (20 %). ' +
      'Clients also ask the coordinator to argue for agile ways of working, which means ' +
      'applying the Agile Manifesto’s values and principles to a situation (15 %). Stakeholders ' +
      'ask when work will be done: forecasting from velocity or throughput as a range, reading ' +
      'burndown, burnup and cumulative flow charts, and using Little’s Law and WIP limits ' +
      '(20 %). Keys are read from the Scrum Guide (November 2020) and the Manifesto, which stems ' +
      'name, or computed from the figures a stem gives. Scaled frameworks, certification ' +
      'syllabi, estimation games and tool settings are not tested, nor practices on which ' +
      'schools of agile coaching disagree.',
  },
)
