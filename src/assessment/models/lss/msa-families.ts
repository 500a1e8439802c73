import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { classify, client } from './lss-text.js'

// Measurement system terms as AIAG's Measurement Systems Analysis manual (4th ed., ch. I, section
// E, "Terminology") defines them, and data types by Stevens's scales of measurement ("On the
// theory of scales of measurement", Science, 1946) as Green Belt courses teach them.

const MSA_TERMS = classify(
  'msa',
  {
    Bias: {
      distractorOnly: true,
      names: ['Bias', 'Bias of the gauge', 'Gauge bias'],
      gloss: 'is the gap between the average reading and the reference value',
      cases: [
        'a master block of 25.000 mm is measured 20 times with one caliper; the average reading is 25.012 mm',
        'a reference weight certified at 500.0 g reads 501.4 g on average over repeated weighings',
      ],
    },
    Linearity: {
      names: ['Linearity', 'Linearity of the gauge', 'Gauge linearity'],
      gloss: 'is a change in bias across the operating range',
      cases: [
        'the gauge reads 0.002 mm high on small reference parts and 0.015 mm high on large ones',
        'the scale is close to the reference at 1 kg but reads 2% high at 20 kg',
      ],
    },
    Stability: {
      names: ['Stability', 'Stability of the gauge', 'Gauge stability'],
      gloss: 'is a change in bias over time',
      cases: [
        'the same master part, measured every morning for three months, reads slowly higher week by week',
        'a control sample checked each shift shows the tester’s average creeping up since the spring',
      ],
    },
    Repeatability: {
      names: ['Repeatability', 'Repeatability of the gauge', 'Gauge repeatability'],
      gloss: 'is the spread when one appraiser measures one part again and again',
      cases: [
        'one inspector measures the same part ten times in a row with the same micrometer and the readings spread over 0.03 mm',
        'a single technician re-tests one sample five times on one instrument and gets different results',
      ],
    },
    Reproducibility: {
      names: ['Reproducibility', 'Reproducibility of the gauge', 'Gauge reproducibility'],
      gloss: 'is the difference in averages between appraisers',
      cases: [
        'three inspectors measure the same ten parts with one gauge, and one inspector’s average is consistently higher than the others’',
        'the night-shift operators’ average readings of the same samples differ from the day shift’s',
      ],
    },
  },
  (rng, c) =>
    `A Green Belt reviews a measurement system at ${client(rng)}: ${c}. Which property of the measurement system does this describe?`,
)

const SCALES = classify(
  'data-scale',
  {
    Nominal: {
      names: ['Nominal', 'Nominal scale', 'Nominal (categories)'],
      gloss: 'names categories with no order',
      cases: [
        'the shift on which each defect was found: day, evening or night',
        'the defect type recorded on each rejected part: scratch, dent or wrong colour',
        'the supplier each batch came from',
      ],
    },
    Ordinal: {
      names: ['Ordinal', 'Ordinal scale', 'Ordinal (ranked)'],
      gloss: 'ranks values without equal steps between them',
      cases: [
        'customer satisfaction on a 1-to-5 scale from very dissatisfied to very satisfied',
        'the severity of a complaint rated low, medium or high',
        'a finish graded A, B or C by an inspector',
      ],
    },
    Interval: {
      names: ['Interval', 'Interval scale', 'Interval (no true zero)'],
      gloss: 'has equal steps but no true zero',
      cases: [
        'oven temperature in degrees Celsius',
        'the calendar date on which each order was placed',
      ],
    },
    Ratio: {
      names: ['Ratio', 'Ratio scale', 'Ratio (true zero)'],
      gloss: 'has equal steps and a true zero',
      cases: [
        'the time in minutes to answer each call',
        'the weight in grams of each filled pack',
        'the number of days from order to delivery',
      ],
    },
  },
  (rng, c) =>
    `A Green Belt plans data collection at ${client(rng)} and classifies each measure by its scale of measurement. Which scale is this: ${c}?`,
)

export const MSA_FAMILIES: readonly ScenarioFamily[] = [...MSA_TERMS, ...SCALES]
