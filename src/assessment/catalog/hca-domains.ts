import type { ModelDomain } from './model-domains.js'

/**
 * The healthcare administration test’s domains, each served by one scenario model of its own
 * families.
 */
export const HCA_DOMAINS = {
  hcaCost: {
    id: 'hca-cost',
    title: 'Patient cost sharing and estimates',
    itemModelIds: ['hca-cost'],
    outcome:
      'Tell patients what they owe: allowed amounts against billed charges, deductibles, copays ' +
      'and coinsurance in the order a plan applies them, individual and family out-of-pocket ' +
      'maximums, estimates for scheduled care and the point at which a bill exceeds a good ' +
      'faith estimate by enough to dispute',
  },
  hcaClaims: {
    id: 'hca-claims',
    title: 'Claims and coordination of benefits',
    itemModelIds: ['hca-claims'],
    outcome:
      'Get claims paid and posted: which plan is primary by the stated rules, what the ' +
      'secondary plan pays under its coordination method, contractual adjustments and patient ' +
      'responsibility on a remittance, timely filing and appeal deadlines, and refunds of ' +
      'overpayments',
  },
  hcaFees: {
    id: 'hca-fees',
    title: 'Fee schedules and reimbursement',
    itemModelIds: ['hca-fees'],
    outcome:
      'Work out what a payer pays: the Medicare physician fee schedule from relative value ' +
      'units, geographic indices and the conversion factor, non-participating and limiting ' +
      'charges, multiple-procedure, bilateral and assistant-at-surgery adjustments, DRG ' +
      'payments, percentage-of-Medicare contracts and capitation',
  },
  hcaRevenue: {
    id: 'hca-revenue',
    title: 'Revenue cycle metrics',
    itemModelIds: ['hca-revenue'],
    outcome:
      'Measure a practice’s revenue cycle: days in accounts receivable, gross and net ' +
      'collection rates, clean claim, denial and first-pass resolution rates, the share of ' +
      'receivables over 90 days, and the cost to collect',
  },
  hcaOffice: {
    id: 'hca-office',
    title: 'Scheduling, records and compliance',
    itemModelIds: ['hca-office'],
    outcome:
      'Run the office within the rules: appointment templates, no-show rates and provider ' +
      'utilisation, HIPAA deadlines for access requests and breach notices, the breach counts ' +
      'that trigger media and HHS notice, records retention dates and copy fees, and staffing ' +
      'in full-time equivalents',
  },
} as const satisfies Record<string, ModelDomain>
