import type { ModelDomain } from './model-domains.js'

/** The project-coordination test's domains, each served by one scenario model of its own families. */
export const PROJECT_COORDINATION_DOMAINS = {
  pcoordSchedule: {
    id: 'pcoord-schedule',
    title: 'Schedules, critical path and float',
    itemModelIds: ['pcoord-schedule'],
    outcome:
      'Find the earliest finish, the critical path, activities’ dates and float and the effect of a slip in a network with lags, leads and SS/FF links',
  },
  pcoordEarnedValue: {
    id: 'pcoord-earned-value',
    title: 'Budget tracking and earned value',
    itemModelIds: ['pcoord-earned-value'],
    outcome:
      'Compute and read planned and earned value, actual cost, CPI, SPI, the variances and the EAC, ETC, VAC and TCPI forecasts',
  },
  pcoordRaid: {
    id: 'pcoord-raid',
    title: 'RAID log, escalation and status',
    itemModelIds: ['pcoord-raid'],
    outcome:
      'Log risks, issues, assumptions and dependencies and risk responses, score and escalate them by stated rules, and set the status colour',
  },
  pcoordRaci: {
    id: 'pcoord-raci',
    title: 'RACI and stakeholders',
    itemModelIds: ['pcoord-raci'],
    outcome:
      'Read a RACI matrix to know whom to ask, chase, inform or get sign-off from, and apply a power/interest stakeholder plan',
  },
  pcoordChange: {
    id: 'pcoord-change',
    title: 'Change control and meeting follow-up',
    itemModelIds: ['pcoord-change'],
    outcome:
      'Route change requests by stated thresholds, keep the baseline by the change log, write up decisions and actions and chase overdue ones',
  },
} as const satisfies Record<string, ModelDomain>
