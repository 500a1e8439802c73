import type { ModelDomain } from './model-domains.js'

/** The sales operations test's domains, each served by one scenario model of its own families. */
export const SOP_DOMAINS = {
  sopComp: {
    id: 'sop-comp',
    title: 'Compensation plans',
    itemModelIds: ['sop-comp'],
    outcome:
      'Work commission by stated plan rules: tiers, accelerators and decelerators, caps, thresholds, draws, clawbacks, SPIFs and split credit',
  },
  sopQuota: {
    id: 'sop-quota',
    title: 'Quotas and attainment',
    itemModelIds: ['sop-quota'],
    outcome:
      'Set and measure quotas: attainment by period and year to date, roll-ups and over-assignment, ramped and prorated quotas, and attainment distributions',
  },
  sopCapacity: {
    id: 'sop-capacity',
    title: 'Capacity and territory planning',
    itemModelIds: ['sop-capacity'],
    outcome:
      'Size a sales team for a target with ramp, attainment and attrition, relate quota to OTE and cost, and balance territories by stated potential',
  },
  sopPipeline: {
    id: 'sop-pipeline',
    title: 'Pipeline metrics',
    itemModelIds: ['sop-pipeline'],
    outcome:
      'Measure coverage, conversion, win rate, cycle length and pipeline generation by the inclusion rules and dates a team states',
  },
  sopCrm: {
    id: 'sop-crm',
    title: 'CRM data and process rules',
    itemModelIds: ['sop-crm'],
    outcome:
      'Apply routing, duplicate, hygiene, booking-date and deal-desk approval rules to CRM records exactly as stated',
  },
} as const satisfies Record<string, ModelDomain>
