import { type CatalogRow, row } from './catalog-row.js'

/** Logistics and shipping calculations as a freight forwarder, shipping coordinator or logistics analyst works them. */
export const LOGISTICS_CALCULATIONS_ROW: CatalogRow = row(
  'logistics-calculations',
  'Logistics and shipping calculations',
  'Other',
  4,
  15,
  [
    ['lgcWeight', 20],
    ['lgcLoad', 20],
    ['lgcCost', 20],
    ['lgcLanded', 20],
    ['lgcService', 20],
  ],
  {
    jobTaskAnalysis:
      'A freight forwarder, shipping coordinator or logistics analyst quotes, books and checks ' +
      'shipments for importers and exporters: they work out what a carrier will bill, how the ' +
      'goods fit on pallets and in boxes, what the freight and the surcharges come to, what the ' +
      'goods cost landed with duty and VAT, and whether transit and service meet what was ' +
      'promised. Chargeable weight: air volumetric weight at 6,000 cm³ per kg, express at 5,000, ' +
      'US dimensional weight in inches and pounds, road at 333 kg per m³ and loading metres, sea ' +
      'weight or measure and breakbulk freight tons, compared per piece or per consignment and ' +
      'rounded as the carrier states: 20 %. Load planning: cartons per layer and per pallet within ' +
      'height, weight and top-load limits, pallets in trailers and containers with stacking and ' +
      'payload, containers needed, cube and stowage factor: 20 %. Freight cost and surcharges: ' +
      'weight-break tariffs with the ship-as-heavier rule, minimum charges, fuel surcharges per kg ' +
      'or from a diesel index, US LTL discounts, accessorials, tiered demurrage, storage, BAF and ' +
      'CAF, TEU rates, cost per unit, per pallet and per tonne-kilometre, and a consolidation’s ' +
      'margin: 20 %. Landed cost and customs value: CIF-basis and FOB-basis customs value, duty ' +
      'then import VAT on the duty-inclusive base, conversion at the customs rate, compound duty, ' +
      'value thresholds, preferential origin, commissions and royalties, outward processing, and ' +
      'who pays which leg under Incoterms 2020: 20 %. Transit and service: driving time under ' +
      'drivers’ hours rules, sea transit, sailing cut-offs, flight time across time zones, ' +
      'perfect-order, on-time and schedule-reliability rates, fill and empty running, and the ' +
      'pickers and trucks a day’s work needs: 20 %. Every item states the divisors, rates, ' +
      'conventions and rounding its key depends on. Not tested: tariff classification, ' +
      'memorising a carrier’s tariff or a country’s duty rates, dangerous-goods rules, a ' +
      'particular transport management system, and inventory policy such as EOQ and safety ' +
      'stock. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
