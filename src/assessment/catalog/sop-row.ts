import { type CatalogRow, row } from './catalog-row.js'

/** Sales operations as a freelance sales- or revenue-operations analyst works it for a sales team. */
export const SALES_OPERATIONS_ROW: CatalogRow = row(
  'sales-operations',
  'Sales operations',
  'Sales & Marketing',
  4,
  20,
  [
    ['sopComp', 20],
    ['sopQuota', 20],
    ['sopCapacity', 20],
    ['sopPipeline', 20],
    ['sopCrm', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance sales-operations or revenue-operations analyst supports a sales team and its ' +
      'leaders: they calculate and audit commission statements, set and track quotas, size the ' +
      'team and its territories for next year’s target, report pipeline health, and keep the CRM’s ' +
      'data and process rules working. Compensation plans: commission on attainment with tiers, ' +
      'accelerators and decelerators, caps and thresholds, recoverable and non-recoverable draws, ' +
      'clawbacks on cancelled deals, SPIFs and split credit, each by the plan’s stated rules: 20 %. ' +
      'Quotas and attainment: period and year-to-date attainment, team and manager roll-ups, ' +
      'over-assignment, ramping and prorated quotas, quota relief and attainment distributions: ' +
      '20 %. Capacity and territory planning: reps and hires needed for a bookings target with ' +
      'ramp, attainment and attrition, productive capacity, quota-to-OTE and cost-of-sales ratios, ' +
      'and territories balanced by stated potential: 20 %. Pipeline metrics: coverage by a team’s ' +
      'inclusion rules, cohort and stage conversion, win rate by count and by value, sales-cycle ' +
      'length as of a stated date, a velocity lever, slippage and pipeline generation pace: 20 %. ' +
      'CRM data and process: lead routing by stated round-robin, weighting, caps and bands, ' +
      'duplicate and completeness checks, stage hygiene, booking dates, and deal-desk approval ' +
      'thresholds: 20 %. Every item states the plan rule, the convention and the rounding its key ' +
      'depends on. Not tested: a particular CRM or compensation tool, designing a compensation ' +
      'plan, statistical forecasting, pricing strategy and negotiation, and employment or tax law ' +
      'on commission. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
