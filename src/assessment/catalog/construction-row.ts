import { type CatalogRow, row } from './catalog-row.js'

/** Construction estimating as a freelance estimator prepares take-offs and bids for small contractors. */
export const CONSTRUCTION_ESTIMATING_ROW: CatalogRow = row(
  'construction-estimating',
  'Construction estimating arithmetic',
  'Other',
  4,
  20,
  [
    ['cestConcrete', 20],
    ['cestFraming', 20],
    ['cestFinish', 20],
    ['cestPricing', 20],
    ['cestBid', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance estimator or quantity surveyor working for small builders and trade ' +
      'contractors takes quantities off drawings, turns them into orders and priced items, and ' +
      'builds the bid, the change orders and the payment applications that follow. Concrete, ' +
      'earthwork and reinforcement: slab, footing, wall and column volumes in cubic yards or ' +
      'cubic metres with stated waste and order increments, bagged mix, ready-mix short loads, ' +
      'bank, loose and compacted volumes with swell and shrinkage, truckloads, bar counts at ' +
      'centres with cover, laps and bar masses, and mesh sheets: 20 %. Masonry, framing, lumber ' +
      'and drywall: blocks and bricks per area with openings deducted, mortar, ties and grout, ' +
      'studs, plates, joists and headers, board feet and prices per MBF, cut lists from stock ' +
      'lengths, sheathing, insulation and plasterboard sheets: 20 %. Finishes and roofing: paint ' +
      'by coats and spread rate in whole tins, tile, plank and carpet with waste and box or roll ' +
      'rounding, wallpaper rolls, trim lengths, roofing squares and bundles with a stated pitch ' +
      'factor or one worked from rise and run, rafter and underlayment quantities: 20 %. Labour, ' +
      'plant and unit-rate pricing: hours from stated productivity, crew rates and crew days, ' +
      'overtime and payroll burden, plant hire by day and week, unit-rate build-ups and unit ' +
      'conversions between imperial and metric prices: 20 %. Markup, bids and contract payments: ' +
      'markup against margin, stacked overhead and profit, contingency, escalation, bond premiums, ' +
      'bid tabulation with alternates, change-order pricing, unit-price overruns and retainage on ' +
      'progress payments: 20 %. Each item is in one system of units, states every conversion, ' +
      'waste allowance, rounding rule and rate its key depends on, and keeps money in cents. Not ' +
      'tested: reading drawings, a particular estimating program, structural design, code ' +
      'compliance, scheduling software, tax law and contract law beyond the figures an item states. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
