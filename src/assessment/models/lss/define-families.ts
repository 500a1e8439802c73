import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  classify,
  client,
  drawn,
  family,
  figures,
  statements,
  symbol,
} from './lss-text.js'

// Define: what belongs to each DMAIC phase (ASQ, "The DMAIC process", asq.org quality resources;
// ASQ Certified Six Sigma Green Belt Body of Knowledge, Define to Control), the sections of a
// project charter, the SIPOC elements, the prevention-appraisal-failure cost of quality model
// (Feigenbaum, Total Quality Control; ASQ "Cost of quality") and the Kano categories (Kano et
// al., "Attractive quality and must-be quality", 1984).

const PHASES = classify(
  'dmaic-phase',
  {
    Define: {
      names: ['Define', 'The Define phase', 'Define (D of DMAIC)'],
      gloss: 'scopes the problem and the customer requirements',
      cases: [
        'the team drafts the project charter and gets the sponsor to sign it',
        'the team draws a SIPOC to agree where the process starts and ends',
        'the team turns customer comments into critical-to-quality requirements',
      ],
    },
    Measure: {
      names: ['Measure', 'The Measure phase', 'Measure (M of DMAIC)'],
      gloss: 'baselines the current performance and checks the gauge',
      cases: [
        'the team runs a gage R&R study before collecting baseline data',
        'the team writes a data collection plan and baselines the current defect rate',
        'the team computes the current process capability from a month of readings',
      ],
    },
    Analyze: {
      names: ['Analyze', 'The Analyze phase', 'Analyze (A of DMAIC)'],
      gloss: 'finds and verifies the root causes',
      cases: [
        'the team tests with data which suspected causes really drive the defect rate',
        'the team runs a regression to find which inputs explain the variation in cycle time',
        'the team verifies root causes from its fishbone diagram with hypothesis tests',
      ],
    },
    Improve: {
      names: ['Improve', 'The Improve phase', 'Improve (I of DMAIC)'],
      gloss: 'designs, pilots and implements solutions',
      cases: [
        'the team pilots the new changeover procedure on one line for two weeks',
        'the team chooses between candidate solutions with a weighted selection matrix',
        'the team runs a designed experiment to set the oven temperature that minimises defects',
      ],
    },
    Control: {
      names: ['Control', 'The Control phase', 'Control (C of DMAIC)'],
      gloss: 'sustains the gain and hands the process back',
      cases: [
        'the team writes the control plan with a reaction plan and hands it to the process owner',
        'the team sets up control charts so the process owner can watch the new level hold',
        'the team updates the standard work documents and trains the operators to keep the gain',
      ],
    },
  },
  (rng, c) =>
    `A freelance Green Belt is leading a DMAIC project for ${client(rng)}. This week ${c}. Which DMAIC phase does that activity belong to?`,
)

const CHARTER = classify(
  'charter-section',
  {
    'Business case': {
      distractorOnly: true,
      names: ['Business case', 'The business case', 'Business case section'],
      gloss: 'says why the project matters to the business now',
      cases: [
        '“Late invoices cost an estimated 40,000 a year in lost early-payment discounts, and the finance director has made cash collection a priority this year.”',
        '“Customer complaints about damaged parcels threaten renewal of our largest retail contract next spring.”',
      ],
    },
    'Problem statement': {
      names: ['Problem statement', 'The problem statement', 'Problem statement section'],
      gloss: 'describes the gap, where and since when, with no cause or solution',
      cases: [
        '“Since January, 14% of purchase orders have been sent to suppliers more than three days after approval, against a target of 2%.”',
        '“Over the last six months, 9% of lab samples from the emergency ward were reported later than 60 minutes after receipt.”',
      ],
    },
    'Goal statement': {
      names: ['Goal statement', 'The goal statement', 'Goal statement section'],
      gloss: 'sets the measurable target and the date to reach it',
      cases: [
        '“Reduce purchase orders sent more than three days after approval from 14% to 2% by 30 September.”',
        '“Cut the share of late emergency lab reports from 9% to under 3% by the end of the second quarter.”',
      ],
    },
    Scope: {
      names: ['Project scope', 'Scope section', 'Scope (in and out)'],
      gloss: 'states what is in and out of the project',
      cases: [
        '“Included: orders raised in the UK office, from approval to dispatch to the supplier. Excluded: contract negotiation and the supplier portal.”',
        '“Covers the outbound packing line on the day shift; the warehouse management system and carriers are out of bounds.”',
      ],
    },
    Milestones: {
      names: ['Milestones', 'Project milestones', 'Milestones section'],
      gloss: 'lists the planned dates of the phase reviews',
      cases: [
        '“Measure complete 15 March; Analyze tollgate 12 April; pilot finished 31 May; handover to the process owner 30 June.”',
        '“Define tollgate in week 2, baseline data signed off in week 6, solution pilot in weeks 10 to 12, close-out in week 16.”',
      ],
    },
  },
  (rng, c) =>
    `A consultant is filling in a project charter for ${client(rng)}. Into which section of the charter does this sentence go? ${c}`,
)

const SIPOC = classify(
  'sipoc',
  {
    Suppliers: {
      distractorOnly: true,
      names: ['Suppliers', 'Supplier (S)', 'The S: suppliers'],
      gloss: 'lists who provides the inputs',
      cases: [
        'the courier company that delivers the customer’s returned goods',
        'the HR system team that sends the new starter’s details',
        'the flour mill that ships the bakery’s flour',
      ],
    },
    Inputs: {
      names: ['Inputs', 'Input (I)', 'The I: inputs'],
      gloss: 'lists what the process consumes or transforms',
      cases: [
        'the completed claim form and photos the customer submits',
        'the approved purchase requisition',
        'the bags of flour and the day’s production schedule',
      ],
    },
    Process: {
      names: ['Process', 'Process step (P)', 'The P: process steps'],
      gloss: 'lists the five to seven high-level steps',
      cases: [
        'check the claim against the policy wording',
        'match the invoice to the purchase order and goods receipt',
        'mix, prove and bake the dough',
      ],
    },
    Outputs: {
      distractorOnly: true,
      names: ['Outputs', 'Output (O)', 'The O: outputs'],
      gloss: 'lists what the process produces',
      cases: [
        'the settlement letter and payment',
        'the invoice approved for payment',
        'the packed trays of bread',
      ],
    },
    Customers: {
      distractorOnly: true,
      names: ['Customers', 'Customer (C)', 'The C: customers'],
      gloss: 'lists who receives the outputs',
      cases: [
        'the policyholder who made the claim',
        'the supplier waiting to be paid',
        'the supermarkets that receive the bread',
      ],
    },
  },
  (rng, c) =>
    `A Green Belt drafts a SIPOC with the process team at ${client(rng)}. In which column does this entry belong: ${c}?`,
)

const COST_OF_QUALITY = classify(
  'cost-of-quality',
  {
    Prevention: {
      distractorOnly: true,
      names: ['Prevention cost', 'Cost of prevention', 'Prevention (conformance cost)'],
      gloss: 'is spent to stop defects happening',
      cases: [
        'training operators on the new work instruction before the launch',
        'a design FMEA workshop held before the product is released',
        'quality planning that designs error-proofing into the new line before launch',
      ],
    },
    Appraisal: {
      names: ['Appraisal cost', 'Cost of appraisal', 'Appraisal (conformance cost)'],
      gloss: 'is spent to check conformance',
      cases: [
        'incoming inspection of every batch of purchased resin',
        'the annual calibration of the plant’s gauges',
        'final testing of every unit before it is packed',
      ],
    },
    'Internal failure': {
      names: [
        'Internal failure cost',
        'Cost of internal failure',
        'Internal failure (nonconformance cost)',
      ],
      gloss: 'arises from defects found before the customer gets the product',
      cases: [
        'scrap from parts rejected at the end-of-line test',
        'overtime to rework orders that failed the packing check',
        'downtime while a machine is stopped after producing bad parts',
      ],
    },
    'External failure': {
      names: [
        'External failure cost',
        'Cost of external failure',
        'External failure (nonconformance cost)',
      ],
      gloss: 'arises from defects the customer finds',
      cases: [
        'warranty repairs on units already sold',
        'credit notes issued after customers returned faulty goods',
        'a field service visit to replace a failed part at the customer’s site',
      ],
    },
  },
  (rng, c) =>
    `A consultant sorts ${client(rng)}'s quality costs with the prevention-appraisal-failure model. Which category is this cost: ${c}?`,
)

const KANO = classify(
  'kano',
  {
    'Must-be': {
      names: ['Must-be (basic) quality', 'Must-be requirement', 'Basic (must-be) need'],
      gloss: 'is taken for granted, so only its absence is noticed',
      cases: [
        'a hotel room is clean when the guest arrives',
        'the invoice shows the correct amount',
        'a new car starts reliably every morning',
      ],
    },
    'One-dimensional': {
      names: [
        'One-dimensional (performance) quality',
        'Performance requirement',
        'One-dimensional need',
      ],
      gloss: 'pleases more the more of it there is, and displeases when short',
      cases: [
        'the fewer days a refund takes, the happier the customer is, and slow refunds annoy',
        'more miles per gallon satisfy the driver more, and poor mileage disappoints',
        'shorter queue times raise satisfaction and long ones lower it',
      ],
    },
    Attractive: {
      names: ['Attractive (delighter) quality', 'Delighter', 'Attractive (exciter) need'],
      gloss: 'delights when present and is not missed when absent',
      cases: [
        'a handwritten thank-you note in the parcel, which no customer asked for',
        'a free upgrade offered unprompted at check-in',
        'a courtesy follow-up call that customers never expected',
      ],
    },
    Indifferent: {
      names: ['Indifferent quality', 'Indifferent attribute', 'Indifferent feature'],
      gloss: 'makes no difference to satisfaction either way',
      cases: [
        'the colour of the internal packing slip, which surveyed customers did not care about either way',
        'the brand of the label printer used in dispatch, which customers never notice',
      ],
    },
  },
  (rng, c) =>
    `In voice-of-customer work for ${client(rng)}, a Green Belt classifies requirements with the Kano model. Which category fits: ${c}?`,
)

const COPQ = family('copq-failure-costs', (rng) => {
  const m = cash(symbol(rng))
  const prevention = drawn(rng, 5, 60) * 1000
  const appraisal = drawn(rng, 10, 90) * 1000
  const internal = drawn(rng, 20, 300) * 1000
  const external = drawn(rng, 10, 250) * 1000
  return figures(rng, m, {
    stem: `${Client(rng)} wants its annual cost of poor quality, which it defines as internal plus external failure costs. Last year: prevention ${m(prevention)}, appraisal ${m(appraisal)}, internal failure ${m(internal)}, external failure ${m(external)}. What is the cost of poor quality?`,
    in: { prevention, appraisal, internal, external },
    key: internal + external,
    wrong: [
      [
        'all',
        prevention + appraisal + internal + external,
        'counts the whole cost of quality, prevention and appraisal included',
      ],
      [
        'withAppraisal',
        appraisal + internal + external,
        'adds appraisal to the failure costs against the stated definition',
      ],
      ['internalOnly', internal, 'counts only the failures caught in-house'],
      ['externalOnly', external, 'counts only the failures the customer found'],
      [
        'goodOnly',
        prevention + appraisal,
        'counts the cost of good quality instead of poor quality',
      ],
    ],
  })
})

const PROBLEM_STATEMENT = family('problem-statement', (rng) => {
  const c = client(rng)
  const k = drawn(rng, 8, 25)
  const t = rng.pick(['January', 'March', 'the start of the year', 'the last quarter'])
  return statements(rng, {
    stem: `A Green Belt reviews draft problem statements for a late-shipment project at ${c}. Which draft is written as a charter’s problem statement should be?`,
    key: rng.pick([
      `Since ${t}, ${k}% of orders have shipped after the promised date, against a target of 2%.`,
      `${k}% of orders shipped since ${t} left after the promised date; the target is 2%.`,
    ]),
    wrong: [
      [
        `Since ${t}, ${k}% of orders shipped late because the pickers are not trained enough.`,
        'assumes a root cause before the data is analysed',
      ],
      [
        `Since ${t}, ${k}% of orders shipped late, so we will add a second packing shift.`,
        'jumps to a solution inside the problem statement',
      ],
      [
        `Shipping has been too slow lately and customers are unhappy with the service.`,
        'is vague: no measure, baseline or time frame',
      ],
      [
        `Cut late shipments from ${k}% to 2% of orders by the end of the next quarter.`,
        'writes a goal statement instead of the problem',
      ],
      [
        `Since ${t}, the warehouse team has failed to ship orders on time.`,
        'blames people and gives no measure of the gap',
      ],
    ],
  })
})

const GOAL_STATEMENT = family('goal-statement', (rng) => {
  const k = drawn(rng, 8, 25)
  const g = rng.pick([2, 3, 4])
  const d = rng.pick(['30 June', '30 September', 'the end of the year'])
  return statements(rng, {
    stem: `The baseline shows ${k}% of ${rng.pick(['claims', 'invoices', 'orders'])} at ${client(rng)} are processed late. Which goal statement meets the usual SMART test for a charter?`,
    key: rng.pick([
      `Reduce late processing from ${k}% to ${g}% by ${d}.`,
      `Bring late processing down from ${k}% to ${g}% by ${d}.`,
      `Cut the share processed late from ${k}% to ${g}% by ${d}, measured monthly.`,
    ]),
    wrong: [
      [`Reduce late processing as far as possible by ${d}.`, 'sets no measurable target'],
      [`Reduce late processing to ${g}%.`, 'gives no baseline and no date'],
      [`Reduce late processing soon.`, 'gives no target and no date'],
      [`Reduce late processing from ${k}% to ${g}%.`, 'gives no date to reach the target by'],
      [
        `Eliminate late processing entirely, to 0%, by ${d}.`,
        'sets a target that is rarely achievable or agreed',
      ],
      [
        `Reduce late processing by retraining clerks by ${d}.`,
        'names a solution instead of a measurable target',
      ],
      [
        `Improve customer satisfaction with processing by ${d}.`,
        'targets a vague outcome, not the project measure',
      ],
    ],
  })
})

export const DEFINE_FAMILIES: readonly ScenarioFamily[] = [
  ...PHASES,
  ...CHARTER,
  ...SIPOC,
  ...COST_OF_QUALITY,
  ...KANO,
  COPQ,
  PROBLEM_STATEMENT,
  GOAL_STATEMENT,
]
