import type { ModelDomain } from './model-domains.js'

/** The supply-chain test's domains, each served by one scenario model of its own families. */
export const SCM_DOMAINS = {
  scmPolicy: {
    id: 'scm-policy',
    title: 'Order quantities, reorder points and safety stock',
    itemModelIds: ['scm-policy'],
    outcome:
      'Set economic order quantities, reorder points over the lead time, safety stock from demand and lead-time variability at a stated service level, periodic-review orders, and order sizes under minimum order quantities and price breaks',
  },
  scmMetrics: {
    id: 'scm-metrics',
    title: 'Inventory and service metrics, ABC and XYZ',
    itemModelIds: ['scm-metrics'],
    outcome:
      'Report inventory turnover, days of inventory, fill rates against the cycle service level, OTIF and GMROI, and classify items by ABC usage value and XYZ demand variability',
  },
  scmForecast: {
    id: 'scm-forecast',
    title: 'Demand forecasting and forecast error',
    itemModelIds: ['scm-forecast'],
    outcome:
      'Forecast with moving averages, exponential smoothing and seasonal indices, and measure forecasts by MAD, RMSE, MAPE, WAPE, bias and the tracking signal, and the bullwhip ratio',
  },
  scmIncoterms: {
    id: 'scm-incoterms',
    title: 'Incoterms 2020',
    itemModelIds: ['scm-incoterms'],
    outcome:
      'State where risk passes and who pays carriage, insures, clears customs and unloads under each of the eleven Incoterms 2020 rules, and choose the rule that fits a shipment',
  },
  scmFreight: {
    id: 'scm-freight',
    title: 'Freight, chargeable weight and landed cost',
    itemModelIds: ['scm-freight'],
    outcome:
      'Work out chargeable weight at a stated volumetric divisor, W/M sea charges, carton, pallet and container fit, duty on the customs value, cargo insurance, freight allocation and landed cost per unit',
  },
  scmOperations: {
    id: 'scm-operations',
    title: 'Purchase orders, picking and warehouse practices',
    itemModelIds: ['scm-operations'],
    outcome:
      'Date purchase orders over their lead-time components, approve invoices by three-way match, pick by FEFO and FIFO, plan cycle counts, and recognise cross-docking, consignment, VMI and other named practices',
  },
} as const satisfies Record<string, ModelDomain>
