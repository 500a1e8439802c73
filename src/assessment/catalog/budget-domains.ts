import type { ModelDomain } from './model-domains.js'

/** The budgeting and forecasting test's domains, each served by one scenario model of its own families. */
export const BUDGET_DOMAINS = {
  budOperating: {
    id: 'bud-operating',
    title: 'Operating budgets',
    itemModelIds: ['bud-operating'],
    outcome:
      'Build production, materials purchases, direct labour and overhead budgets from a sales budget and stated stock, loss and idle-time policies',
  },
  budCash: {
    id: 'bud-cash',
    title: 'Cash budgets',
    itemModelIds: ['bud-cash'],
    outcome:
      'Budget receipts from a collection pattern and payments on stated terms, and work closing balances, overdraft interest and borrowing needed',
  },
  budVariance: {
    id: 'bud-variance',
    title: 'Flexible budgets and variances',
    itemModelIds: ['bud-variance'],
    outcome:
      'Flex a budget to actual volume and compute sales, materials, labour and overhead variances with their favourable or adverse direction',
  },
  budForecast: {
    id: 'bud-forecast',
    title: 'Rolling forecasts and reforecasting',
    itemModelIds: ['bud-forecast'],
    outcome:
      'Reforecast a full-year outturn from year-to-date actuals, run rates and trends, build incremental and zero-based lines, and cost headcount',
  },
  budReview: {
    id: 'bud-review',
    title: 'Budget review and analysis',
    itemModelIds: ['bud-review'],
    outcome:
      'Analyse budget against actual, product contribution, capital budgets and depreciation, accruals and prepayments, and working-capital days',
  },
} as const satisfies Record<string, ModelDomain>
