import { type CatalogRow, row } from './catalog-row.js'

/** Sales forecasting as a freelance sales-operations and forecasting analyst works it for clients. */
export const SALES_FORECASTING_ROW: CatalogRow = row(
  'sales-forecasting',
  'Sales forecasting',
  'Sales & Marketing',
  5,
  20,
  [
    ['sfcPipeline', 20],
    ['sfcSeries', 20],
    ['sfcSeason', 20],
    ['sfcAccuracy', 20],
    ['sfcQuota', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance sales-operations and forecasting analyst builds and checks the sales forecast ' +
      'of small and mid-sized B2B companies, SaaS vendors and distributors: they take the CRM ' +
      'pipeline, the sales history and the headcount plan, work out the number the client should ' +
      'commit to and how sure it is, and set quotas and capacity to match. Pipeline forecasting: ' +
      'weighted pipeline by stage probability, stage-conversion funnels forwards and backwards, ' +
      'coverage of the quota still to close, commit and best-case forecast calls, win rates by ' +
      'count and value, sales-cycle length, sales velocity and slippage: 20 %. Time-series ' +
      'methods: simple and weighted moving averages, centred averages, exponential smoothing with ' +
      'a stated smoothing constant and initialisation, Holt’s trend-corrected smoothing, ' +
      'least-squares trend on stated data, and naive, drift and seasonal naive forecasts: 20 %. ' +
      'Seasonality and growth: seasonal indices by ratio to the average, normalising indices, ' +
      'deseasonalising and reseasonalising, year-on-year and month-on-month growth, compounding, ' +
      'CAGR and run-rate annualisation over stated days: 20 %. Forecast accuracy: MAE, MAPE, ' +
      'WAPE, sMAPE, MSE and RMSE, bias and tracking signal, error relative to a naive forecast, ' +
      'and choosing the better forecast by a stated metric: 20 %. Capacity and quota planning: ' +
      'rep ramp and ramped capacity, quota from capacity and expected attainment, over-assignment, ' +
      'hiring need, bottom-up against top-down targets, territory splits, and bookings against ' +
      'recognised revenue and deferred revenue for subscriptions: 20 %. Every item states the ' +
      'rule, convention and rounding its key depends on. Not tested: a particular CRM’s or ' +
      'forecasting tool’s screens, ARIMA and machine-learning models, statistical significance, ' +
      'sales compensation plan design, accounting standards beyond the recognition rule an item ' +
      'states and negotiation or coaching skills. A 25-item form gives each of the five domains ' +
      'five items.',
    scoredItems: 25,
  },
)
