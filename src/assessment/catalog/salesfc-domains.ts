import type { ModelDomain } from './model-domains.js'

/** The sales forecasting test's domains, each served by one scenario model of its own families. */
export const SALESFC_DOMAINS = {
  sfcPipeline: {
    id: 'sfc-pipeline',
    title: 'Pipeline forecasting',
    itemModelIds: ['sfc-pipeline'],
    outcome:
      'Weight a pipeline by stage probability, work funnels, coverage, win rates, cycle length and slippage, and make a commit and best-case call',
  },
  sfcSeries: {
    id: 'sfc-series',
    title: 'Time-series forecasting methods',
    itemModelIds: ['sfc-series'],
    outcome:
      'Forecast sales by moving averages, exponential smoothing with a stated initialisation, least-squares trend and naive methods',
  },
  sfcSeason: {
    id: 'sfc-season',
    title: 'Seasonality and growth',
    itemModelIds: ['sfc-season'],
    outcome:
      'Build seasonal indices, deseasonalise and reseasonalise, and work growth rates, CAGR and run-rate annualisation',
  },
  sfcAccuracy: {
    id: 'sfc-accuracy',
    title: 'Forecast accuracy',
    itemModelIds: ['sfc-accuracy'],
    outcome:
      'Measure forecast error by MAE, MAPE, WAPE, RMSE, bias and tracking signal, and choose the better forecast by a stated metric',
  },
  sfcQuota: {
    id: 'sfc-quota',
    title: 'Capacity and quota planning',
    itemModelIds: ['sfc-quota'],
    outcome:
      'Plan capacity with rep ramp and attainment, set and split quotas, and time subscription bookings against recognised revenue',
  },
} as const satisfies Record<string, ModelDomain>
