import { type CatalogRow, row } from './catalog-row.js'

/** B2B sales as a freelance sales rep or sales-development contractor does it for clients. */
export const B2B_ROW: CatalogRow = row(
  'b2b-sales',
  'B2B sales',
  'Sales & Marketing',
  5,
  25,
  [
    ['b2bProspecting', 20],
    ['b2bQualification', 15],
    ['b2bPipeline', 25],
    ['b2bPricing', 25],
    ['b2bNegotiation', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance B2B sales rep or sales-development contractor books meetings, qualifies and ' +
      'closes deals for client companies and reports the numbers the client pays for. ' +
      'Prospecting: planning dials, emails and social invites back from a meeting or pipeline ' +
      'target through connect, reply, booking and show rates, daily activity, the yield of a ' +
      'list and the cost of a booked meeting: 20 %. Qualification: reading discovery notes ' +
      'against BANT and MEDDIC/MEDDPICC to find the element still open and the question to ask ' +
      'next, telling a champion from a coach or an economic buyer, scoring leads: 15 %. Pipeline ' +
      'and forecast, the weekly report: weighted pipeline by stage probability, coverage, sales ' +
      'velocity, win rates by their stated definitions, sales cycle, stage probabilities from ' +
      'history, forecast categories, shortfall and forecast error: 25 %. Pricing and quotes, ' +
      'where a wrong cent costs trust: stacked discounts, prepay and volume pricing, co-termed ' +
      'add-ons, ACV, TCV, ARR and retention, margin after discount, commission with tiers, ' +
      'accelerators and clawbacks: 25 %. Negotiation and contract terms: walk-away prices from ' +
      'each side’s best alternative, the zone of agreement, give-get trades, free months as a ' +
      'discount, the cost of payment terms, early-payment discounts and late-payment interest: ' +
      '15 %. Every item states the rates, definitions and rounding its key depends on; money is ' +
      'exact to the cent. A particular CRM’s screens, sales law, tax and call-script wording are ' +
      'not tested.',
  },
)
