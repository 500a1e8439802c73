import { type CatalogRow, row } from './catalog-row.js'

/** Business analysis as a freelance business analyst practises it. */
export const BA_ROW: CatalogRow = row(
  'business-analysis',
  'Business analysis',
  'Other',
  5,
  30,
  [
    ['baRequirements', 18],
    ['baProcess', 16],
    ['baDecisions', 14],
    ['baTechniques', 14],
    ['baPriority', 13],
    ['baValue', 13],
    ['baData', 12],
  ],
  {
    jobTaskAnalysis:
      'A freelance business analyst is hired to find out what a client needs and write it down ' +
      'so it can be built, bought and tested: elicits and writes requirements and user stories, ' +
      'states business rules as decision tables, maps processes in BPMN, models the data, helps ' +
      'stakeholders prioritise, traces requirements to tests, and argues the business case. ' +
      'Requirements and acceptance criteria (functional and quality classes, the BABOK types, ' +
      'ISO/IEC/IEEE 29148 characteristics, INVEST, the role–goal–benefit form, Given/When/Then, ' +
      'boundary values and partitions, percentile and availability targets), the most frequent ' +
      'deliverable: 18 %. Process models (exclusive, parallel and inclusive gateway token ' +
      'semantics, loops, boundary timers, elapsed and expected times, handoffs, connectors): ' +
      '16 %. Decision tables and rules (complete and contracted tables, gaps, contradictions, ' +
      'DMN hit policies, definitional and behavioural rules): 14 %. Choosing a BABOK v3 ' +
      'technique for a situation: 14 %. Prioritisation and traceability (MoSCoW under DSDM, ' +
      'weighted scoring, Kano, 100-point and pairwise methods, value/effort, coverage and impact ' +
      'from a traceability matrix): 13 %. Stakeholders and value (power/interest, salience, ' +
      'RACI with exactly one Accountable, NPV, payback, benefit–cost ratio and ROI in whole ' +
      'cents, Pareto, 5 whys, fishbone): 13 %. Data modelling (multiplicities from rules, ' +
      'foreign keys and link tables, normal forms, candidate keys, CRUD gaps): 12 %. Every ' +
      'threshold, rounding rule, discount rate, hit policy and counting convention an item ' +
      'depends on is stated in it. Not tested: any one modelling or requirements tool, UML ' +
      'diagrams beyond multiplicities, SQL (its own test), project scheduling and earned value ' +
      '(project coordination), Scrum events and roles (agile), and financial modelling beyond a ' +
      'simple business case.',
  },
)
