import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cents, cited, family, figures, symbol, unit, worked } from './ba-text.js'

// Writing requirements: classifying them, wording them so they can be tested, and deriving
// acceptance tests and boundary values from a stated rule.

/** Requirement statements by the class a reviewer gives them (ISO/IEC 25010 qualities, BABOK 2.3). */
const QUALITY = {
  'Functional requirement': [
    'The system shall email the customer a receipt when a payment is captured.',
    'The system shall let a clerk cancel an unpaid booking.',
    'The system shall calculate late fees on overdue invoices.',
  ],
  'Non-functional: performance efficiency': [
    'Search results shall appear within 2 seconds for 95% of queries with 300 concurrent users.',
    'The nightly batch shall process 50,000 invoices in under 40 minutes.',
  ],
  'Non-functional: security': [
    'Card numbers shall be stored only in tokenised form.',
    'Accounts shall lock after five failed sign-in attempts.',
  ],
  'Non-functional: usability': [
    'A first-time user shall complete a booking without help in under 4 minutes in 9 of 10 trials.',
    'Every form field shall show an error message next to the field in plain language.',
  ],
  'Non-functional: reliability': [
    'The portal shall be available 99.9% of each calendar month, excluding announced maintenance.',
    'After a server failure, service shall resume within 15 minutes with no committed order lost.',
  ],
} as const
const QUALITY_SLIPS: Record<keyof typeof QUALITY, string> = {
  'Functional requirement':
    'calls it functional because it mentions the system, though it sets a quality level',
  'Non-functional: performance efficiency':
    'reads any figure in the sentence as a speed or volume target',
  'Non-functional: security': 'treats anything about accounts or data as security',
  'Non-functional: usability': 'treats anything the user sees as usability',
  'Non-functional: reliability': 'treats anything about time or failure as reliability',
}

/** BABOK v3 2.3 requirements classification schema. */
const TYPES = {
  'Business requirement': [
    'Cut the average cost of processing a claim by 15% within 18 months.',
    'Raise online share of bookings from 40% to 60% by the end of next year.',
  ],
  'Stakeholder requirement': [
    'Branch managers need to see each day which loans are waiting on their approval.',
    'Call-centre agents need a customer’s open orders on one screen while on the call.',
  ],
  'Solution requirement': [
    'The system shall reject an order line whose quantity exceeds stock on hand.',
    'The system shall show the approval queue sorted by oldest submission first.',
  ],
  'Transition requirement': [
    'Open orders in the old system shall be migrated, with their history, before go-live.',
    'Staff shall be trained on the new screens during the two weeks before cut-over.',
  ],
} as const
const TYPE_SLIPS: Record<keyof typeof TYPES, string> = {
  'Business requirement': 'takes any statement of a goal or benefit as a business requirement',
  'Stakeholder requirement':
    'takes any statement naming a group of users as a stakeholder requirement',
  'Solution requirement': 'takes any “shall” sentence as a solution requirement',
  'Transition requirement': 'takes anything dated around go-live as a transition requirement',
}

function classify<T extends Record<string, readonly string[]>>(
  id: string,
  table: string,
  bank: T,
  slips: Record<keyof T, string>,
  ask: string,
  source = 'gives you this statement for the requirements document',
  clash: Partial<Record<keyof T, readonly (keyof T)[]>> = {},
): ScenarioFamily {
  return family(id, (rng) => {
    const labels = Object.keys(bank) as (keyof T & string)[]
    const label = rng.pick(labels)
    const k = rng.int(0, bank[label]!.length - 1)
    const text = bank[label]![k]!
    return cited(rng, {
      stem: `${Client(rng)} ${source}: “${text}” ${ask}`,
      table,
      situation: text,
      key: [label, label],
      // A label that also fits the example's form (a leading question asked as yes/no) is not
      // offered beside it: only one answer may be defensible.
      wrong: labels
        .filter((l) => l !== label && !clash[label]?.includes(l))
        .map((l) => [l, l, slips[l]] as const),
    })
  })
}

/** Flawed requirements by the ISO/IEC/IEEE 29148 (5.2.5) characteristic each one breaks. */
const FLAWS = {
  Singular: [
    'The system shall validate the postcode and send the parcel label to the courier.',
    'The clerk shall be able to approve refunds and export the monthly ledger.',
  ],
  Complete: [
    'The report shall include the fields listed in appendix C (to be confirmed).',
    'Discounts shall apply to eligible customers, eligibility TBD.',
  ],
  'Implementation free': [
    'Customer search shall use an Elasticsearch index on surname.',
    'The approval flag shall be stored in a hidden column of the orders table.',
  ],
  Feasible: [
    'The site shall never be unavailable, for any reason, at any time.',
    'The system shall detect every fraudulent payment with no false alarms.',
  ],
} as const
const FLAW_SLIPS: Record<keyof typeof FLAWS, string> = {
  Singular: 'counts any long sentence as two requirements',
  Complete: 'calls any requirement that refers elsewhere incomplete',
  'Implementation free': 'reads any technical noun as a design decision',
  Feasible: 'reads any demanding target as impossible',
}

/** Boundary value analysis (ISTQB) on a drawn inclusive or exclusive band, in cents. */
const boundary = (rng: Rng) => {
  const m = cents(symbol(rng))
  const lo = rng.int(2, 20) * 5000
  const hi = lo + rng.int(4, 40) * 2500
  const inclusive = rng.pick([true, false])
  const set = (xs: number[]) => xs.map(m).join(', ')
  const lowIn = inclusive ? lo : lo + 1
  const highIn = inclusive ? hi : hi - 1
  return worked(rng, {
    stem: `${Client(rng)}’s rule: a volume discount applies to orders ${inclusive ? `from ${m(lo)} to ${m(hi)} inclusive` : `over ${m(lo)} and under ${m(hi)}`}. Using two-value boundary value analysis (each boundary and its nearest neighbour outside the band, to the cent), which order values should the acceptance tests use?`,
    in: { lo, hi, inclusive: inclusive ? 1 : 0 },
    key: set([lowIn - 1, lowIn, highIn, highIn + 1]),
    wrong: [
      ['edgesOnly', set([lowIn, highIn]), 'tests only the values inside the band at each edge'],
      [
        'statedFigures',
        set([lo - 1, lo, hi, hi + 1]),
        inclusive
          ? 'takes the stated figures as edges but shifts the neighbours'
          : 'treats “over” and “under” as inclusive of the stated figures',
      ],
      [
        'insideNeighbours',
        set([lowIn, lowIn + 1, highIn - 1, highIn]),
        'takes the neighbours inside the band instead of outside',
      ],
      [
        'partitionMidpoints',
        set([lowIn - 100, Math.round((lo + hi) / 2), highIn + 100]),
        'picks one value from each partition instead of the boundaries',
      ],
      [
        'wholeUnitStep',
        set([lowIn - 100, lowIn, highIn, highIn + 100]),
        'steps a whole currency unit outside each edge instead of a cent',
      ],
      [
        'threeValue',
        set([lowIn - 1, lowIn, lowIn + 1, highIn - 1, highIn, highIn + 1]),
        'uses three-value boundary analysis where two-value was asked',
      ],
    ],
  })
}

/** Question types an interviewer uses, by example (BABOK v3 10.25 interviews). */
const QUESTIONS = {
  'Open question': [
    'How do you handle a refund request from start to finish?',
    'What happens when a delivery arrives damaged?',
  ],
  'Closed question': [
    'Do you approve refunds over 500 yourself?',
    'Is the invoice number always eight digits?',
  ],
  'Leading question': [
    'You would agree the old system is far too slow, wouldn’t you?',
    'Surely staff prefer the new screen to the old one?',
  ],
  'Probing question': [
    'You said exceptions are “rare” — tell me about the last one: what set it off?',
    'When you mentioned a workaround earlier, what exactly do you do?',
  ],
  'Hypothetical question': [
    'What would you do if the payment system were down for a whole day?',
    'Suppose a refund were requested 90 days after delivery: how would you handle it?',
  ],
} as const
const QUESTION_SLIPS: Record<keyof typeof QUESTIONS, string> = {
  'Open question': 'calls any question starting with a question word open',
  'Closed question': 'calls any short question closed',
  'Leading question': 'calls any question with an opinion in it leading',
  'Probing question': 'calls any follow-up question probing',
  'Hypothetical question': 'calls any question about an unusual case hypothetical',
}
/** Types that describe the same question by its form: a leading question may be asked as a
 * yes/no question, and probing and hypothetical questions are open in form. */
const QUESTION_CLASH = {
  'Leading question': ['Closed question'],
  'Probing question': ['Open question'],
  'Hypothetical question': ['Open question'],
} as const

export const REQUIREMENT_FAMILIES: readonly ScenarioFamily[] = [
  classify(
    'interview-question-type',
    'question-type',
    QUESTIONS,
    QUESTION_SLIPS,
    'What type of interview question is it?',
    'asks you to review this question from an analyst’s interview script',
    QUESTION_CLASH,
  ),
  classify(
    'requirement-quality-class',
    'quality-class',
    QUALITY,
    QUALITY_SLIPS,
    'How should it be classified?',
  ),
  classify(
    'babok-requirement-type',
    'babok-type',
    TYPES,
    TYPE_SLIPS,
    'Under the BABOK v3 classification schema, what kind of requirement is it?',
  ),
  classify(
    'requirement-characteristic-broken',
    'iso-29148-flaw',
    FLAWS,
    FLAW_SLIPS,
    'A reviewer rejects it. Which ISO/IEC/IEEE 29148 characteristic of a well-formed requirement does it break?',
  ),
  family('boundary-values-for-a-band', boundary),
  family('equivalence-partitions-of-bands', (rng) => {
    const bands = rng.int(2, 5)
    const lo = rng.pick([16, 18, 21])
    const cuts = Array.from({ length: bands - 1 }, (_, k) => lo + 10 * (k + 1) + rng.int(0, 5))
    const hi = lo + 10 * bands + 15
    return figures(rng, unit('partitions'), {
      stem: `An insurance quote form accepts ages ${lo} to ${hi}; the premium band changes at ages ${cuts.join(', ')}, and any other age is rejected. Using equivalence partitioning on age (valid and invalid numeric partitions), how many partitions are there?`,
      in: { bands },
      key: bands + 2,
      wrong: [
        ['validOnly', bands, 'counts only the valid premium bands'],
        ['oneInvalid', bands + 1, 'counts the out-of-range ages as a single invalid partition'],
        [
          'boundaries',
          2 * bands,
          'counts each valid band’s lowest and highest age instead of the partitions',
        ],
        ['cuts', bands - 1, 'counts the ages where the premium changes'],
      ],
    })
  }),
  family('acceptance-test-tiered-discount', (rng) => {
    const s = symbol(rng)
    const m = cents(s)
    const t1 = rng.int(5, 20) * 1000
    const t2 = t1 + rng.int(5, 20) * 1000
    const [r1, r2] = rng.pick([
      [5, 10],
      [4, 8],
      [5, 12],
      [3, 7],
    ] as const)
    const v = rng.pick([t1, t2, t1 + rng.int(1, 9) * 100, t2 + rng.int(1, 9) * 100])
    const off = (rate: number) => v - Math.round((v * rate) / 100)
    const rateAt = (x: number, strict: boolean) =>
      (strict ? x > t2 : x >= t2) ? r2 : (strict ? x > t1 : x >= t1) ? r1 : 0
    return figures(rng, m, {
      stem: `Rule: orders of ${m(t1)} or more get ${r1}% off; orders of ${m(t2)} or more get ${r2}% off instead (discounts do not stack; round to the cent). Complete the acceptance test: Given a basket worth ${m(v)}, When the customer checks out, Then the amount due is…`,
      in: { t1, t2, r1, r2, v },
      key: off(rateAt(v, false)),
      wrong: [
        [
          'strict',
          off(rateAt(v, true)),
          'reads “or more” as “more than”, so the boundary value misses its tier',
        ],
        [
          'stacked',
          rateAt(v, false) === r2 ? off(r1 + r2) : Number.NaN,
          'adds the lower tier’s discount to the higher one',
        ],
        [
          'lowerTier',
          rateAt(v, false) === r2 ? off(r1) : Number.NaN,
          'applies the tier below the one the basket reaches',
        ],
        [
          'higherTier',
          rateAt(v, false) === r1 ? off(r2) : Number.NaN,
          'applies the top tier to any discounted basket',
        ],
        [
          'offThreshold',
          v - Math.round(((rateAt(v, false) === r2 ? t2 : t1) * rateAt(v, false)) / 100),
          'works the discount out on the tier threshold instead of the basket',
        ],
        [
          'discountOnly',
          Math.round((v * rateAt(v, false)) / 100),
          'gives the discount instead of the amount due',
        ],
      ],
    })
  }),
  family('nearest-rank-percentile-response', (rng) => {
    const n = 20
    const limit = rng.pick([800, 1000, 1500, 2000])
    const xs = Array.from({ length: n }, () => rng.int(2, 30) * 50 + rng.int(0, 1) * limit * 0.5)
    const sorted = [...xs].sort((a, b) => a - b)
    const p = rng.pick([90, 95])
    const rank = Math.ceil((p / 100) * n)
    const mean = Math.round(xs.reduce((a, b) => a + b, 0) / n)
    return figures(rng, unit('ms'), {
      stem: `A performance requirement says: “${p}% of searches shall complete within ${limit} ms.” Twenty test searches took (ms): ${xs.join(', ')}. Using the nearest-rank method (rank = ${p}% × 20, rounded up), what is the ${p}th percentile response time?`,
      in: { p, ...Object.fromEntries(xs.map((x, k) => [`x${k}`, x])) },
      key: sorted[rank - 1]!,
      wrong: [
        ['mean', mean, 'averages the response times'],
        ['max', sorted[n - 1]!, 'takes the slowest search'],
        ['median', sorted[n / 2 - 1]!, 'takes the middle (median) time'],
        ['rankFromTop', sorted[n - rank]!, 'counts the rank down from the slowest'],
        ['nextRank', sorted[rank]!, 'takes the value one rank above the nearest rank'],
      ],
    })
  }),
  family('availability-downtime-budget', (rng) => {
    const a = rng.pick([99, 99.5, 99.9, 99.95, 99.99])
    const days = rng.pick([30, 31])
    const per = (mins: number) => Math.round(((100 - a) / 100) * mins * 10) / 10
    return figures(rng, unit('minutes', 1), {
      stem: `A non-functional requirement says the portal shall be available ${a}% of each ${days}-day month, measured around the clock. How much downtime does it allow in such a month, to one decimal place?`,
      in: { a, days },
      key: per(days * 24 * 60),
      wrong: [
        ['perWeek', per(7 * 24 * 60), 'works out the allowance for a week'],
        ['perDay', per(24 * 60), 'works out the allowance for a day'],
        ['businessHours', per(days * 8 * 60), 'counts only eight business hours a day'],
        ['hours', per(days * 24), 'works the allowance out in hours and labels it minutes'],
        [
          'averageMonth',
          per((365 * 24 * 60) / 12),
          'uses an average month of a 365-day year instead of the month stated',
        ],
      ],
    })
  }),
]
