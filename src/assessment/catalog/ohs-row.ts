import { type CatalogRow, row } from './catalog-row.js'

/** Occupational health and safety as a freelance health-and-safety adviser works it for small employers. */
export const OHS_ROW: CatalogRow = row(
  'occupational-safety',
  'Occupational health and safety',
  'Other',
  4,
  15,
  [
    ['ohsRisk', 20],
    ['ohsStats', 20],
    ['ohsExposure', 20],
    ['ohsFire', 20],
    ['ohsEquipment', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance health-and-safety adviser works for small employers (workshops, warehouses, ' +
      'builders, kitchens, offices) that have no safety officer of their own: they walk the site, ' +
      'write and review risk assessments, keep the injury records and rates the insurer or client ' +
      'asks for, measure or estimate exposures against the limits, check fire, first-aid and ' +
      'emergency arrangements and inspect access equipment and lifting gear. Risk assessment: ' +
      'likelihood × severity scores and the bands a matrix states, the hierarchy of controls ' +
      '(elimination, substitution, engineering, administrative, PPE) and residual risk after the ' +
      'controls a case states: 20 %. Incident statistics and records: OSHA total recordable and ' +
      'DART rates on the 200,000-hour base, lost-time injury frequency per 1,000,000 hours, ' +
      'severity rates, days-away counting and the recordability rules a stem states: 20 %. ' +
      'Exposure and workplace limits: noise dose and LEX,8h with the exchange rate a case states, ' +
      'decibel addition, chemical time-weighted averages over a shift, the lifting index from ' +
      'stated multipliers and heat-stress work–rest from a stated WBGT table: 20 %. Fire, first ' +
      'aid and emergency: travel distance and exit width from stated rules, occupant capacity, ' +
      'first-aider numbers from stated ratios, extinguisher counts and evacuation time: 20 %. ' +
      'Equipment and working at height: the 1:4 ladder rule, sling-angle load factors and safe ' +
      'working loads, guardrail and toe-board spacing, scaffold and equipment inspection dates ' +
      'at stated intervals, and fall-clearance distances: 20 %. Every item states the rule, limit, ' +
      'ratio and rounding its key depends on, so no item turns on one country’s law. Not tested: ' +
      'occupational hygiene sampling practice, medicine and first-aid technique, writing method ' +
      'statements, the law of any one country beyond the rules an item states, and people skills. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
