import { type CatalogRow, row } from './catalog-row.js'

/** Supply chain and inventory basics as a freelance operations analyst or purchasing assistant practises them. */
export const SCM_ROW: CatalogRow = row(
  'supply-chain-basics',
  'Supply chain and inventory basics',
  'Other',
  4,
  20,
  [
    ['scmPolicy', 22],
    ['scmMetrics', 17],
    ['scmForecast', 17],
    ['scmIncoterms', 16],
    ['scmFreight', 16],
    ['scmOperations', 12],
  ],
  {
    jobTaskAnalysis:
      'A freelance supply-chain or operations analyst, or a remote purchasing assistant, keeps ' +
      'a small business in stock without tying up cash: sets order sizes and reorder points, ' +
      'reports inventory and service metrics, forecasts demand, books and costs inbound ' +
      'freight, reads the trade terms of purchase contracts, and raises and checks purchase ' +
      'orders. Inventory policy (EOQ, reorder point over the lead time, safety stock from ' +
      'demand and lead-time variability at a stated z, periodic review, minimum order ' +
      'quantities and price breaks), the decisions most often asked of the role: 22 %. ' +
      'Metrics and classification (turnover, days of inventory, unit, line and order fill ' +
      'rates against the cycle service level, OTIF, GMROI, ABC by usage value and XYZ by ' +
      'coefficient of variation), the weekly reporting work: 17 %. Forecasting (moving and ' +
      'weighted averages, exponential smoothing, seasonal indices, MAD, RMSE, MAPE, WAPE, ' +
      'bias, tracking signal, the bullwhip ratio): 17 %. Incoterms 2020 (where risk passes, ' +
      'who pays carriage, insures, clears customs and unloads under each of the 11 rules), ' +
      'since every import order rests on one: 16 %. Freight and landed cost (chargeable ' +
      'weight at the divisor stated, W/M sea rates, carton, pallet and container fit, duty on ' +
      'the customs value, insurance, freight allocation, stock in transit): 16 %. Purchasing ' +
      'and warehouse operations (latest order dates over lead-time components, three-way ' +
      'match, FEFO and FIFO picking, cycle counts, cross-docking, consignment, VMI and other ' +
      'named practices, bullwhip remedies): 12 %. Every rounding rule, z value, divisor and ' +
      'day count an item depends on is stated in it. Not tested: any one ERP or WMS package’s ' +
      'screens, customs tariff classification, transport law beyond Incoterms, and ' +
      'optimisation modelling (linear programming, network design).',
  },
)
