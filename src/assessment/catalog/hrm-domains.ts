import type { ModelDomain } from './model-domains.js'

/** The human resources management test's domains, each served by one scenario model of its own families. */
export const HRM_DOMAINS = {
  hrmMetrics: {
    id: 'hrm-metrics',
    title: 'Workforce metrics',
    itemModelIds: ['hrm-metrics'],
    outcome:
      'Compute turnover and retention rates, time to fill and to hire, cost per hire by the ANSI/SHRM standard, absence rates, Bradford scores, headcount and FTE by their standard definitions',
  },
  hrmLeave: {
    id: 'hrm-leave',
    title: 'Leave, working time and overtime',
    itemModelIds: ['hrm-leave'],
    outcome:
      'Accrue and pro-rate paid leave by stated policy, apply UK statutory holiday, rest and 48-hour rules, FMLA entitlement and FLSA overtime on the regular rate',
  },
  hrmRecruitment: {
    id: 'hrm-recruitment',
    title: 'Recruitment and selection',
    itemModelIds: ['hrm-recruitment'],
    outcome:
      'Test selection for adverse impact by the four-fifths rule, plan a hiring funnel, score structured interviews, and keep interview questions within the stated law',
  },
  hrmCompensation: {
    id: 'hrm-compensation',
    title: 'Compensation',
    itemModelIds: ['hrm-compensation'],
    outcome:
      'Work out compa-ratios, range penetration, spreads and midpoint progression, apply merit matrices and pay policies, pro-rate salaries and report pay gaps',
  },
  hrmRelations: {
    id: 'hrm-relations',
    title: 'Employee relations and compliance',
    itemModelIds: ['hrm-relations'],
    outcome:
      'Give statutory notice and redundancy pay, run a fair disciplinary process, and meet right-to-work, I-9, EEOC, COBRA, WARN and waiver deadlines under the stated law',
  },
} as const satisfies Record<string, ModelDomain>
