import { sheetModel } from '../spreadsheet/sheet-model.js'

/** Mean, median, sample and population standard deviation of a small data set. */
export const descriptiveStatisticsModel = sheetModel({
  id: 'stats-descriptive',
  title: 'Descriptive statistics: centre and spread',
  build: (rng) => {
    const n = rng.int(5, 9)
    const xs = Array.from({ length: n }, () => rng.int(1, 60))
    const cells: Record<string, number> = {}
    xs.forEach((x, i) => {
      cells[`A${i + 1}`] = x
    })
    const range = `A1:A${n}`
    const asks = [
      {
        name: 'mean',
        formula: `=ROUND(AVERAGE(${range}),2)`,
        mistakes: [
          `=ROUND(MEDIAN(${range}),2)`,
          `=ROUND(SUM(${range})/${n - 1},2)`,
          `=ROUND((MAX(${range})+MIN(${range}))/2,2)`,
          // The total taken for the mean, or the sum divided by one too many.
          `=ROUND(SUM(${range}),2)`,
          `=ROUND(SUM(${range})/${n + 1},2)`,
        ],
      },
      {
        name: 'median',
        formula: `=ROUND(MEDIAN(${range}),2)`,
        mistakes: [
          `=ROUND(AVERAGE(${range}),2)`,
          `=A${Math.ceil(n / 2)}`,
          `=ROUND((MAX(${range})+MIN(${range}))/2,2)`,
          // The middle position itself, not the value there; or the range.
          `=${Math.ceil(n / 2)}`,
          `=ROUND(MAX(${range})-MIN(${range}),2)`,
        ],
      },
      {
        name: 'sample standard deviation',
        formula: `=ROUND(STDEV.S(${range}),2)`,
        mistakes: [
          `=ROUND(STDEV.P(${range}),2)`,
          `=ROUND(STDEV.S(${range})^2,2)`,
          `=ROUND(STDEV.S(${range})/SQRT(${n}),2)`,
          `=ROUND(STDEV.P(${range})^2,2)`,
          `=ROUND(MAX(${range})-MIN(${range}),2)`,
        ],
      },
      {
        name: 'population standard deviation',
        formula: `=ROUND(STDEV.P(${range}),2)`,
        mistakes: [
          `=ROUND(STDEV.S(${range}),2)`,
          `=ROUND(STDEV.P(${range})^2,2)`,
          `=ROUND(MAX(${range})-MIN(${range}),2)`,
          `=ROUND(STDEV.S(${range})^2,2)`,
          `=ROUND(STDEV.P(${range})/SQRT(${n}),2)`,
        ],
      },
    ]
    const ask = rng.pick(asks)
    return {
      stem: `What is the ${ask.name} of these values, to two decimal places?\n\n${xs.join(', ')}`,
      cells,
      formula: ask.formula,
      format: { kind: 'fixed', decimals: 2 },
      mistakes: ask.mistakes,
    }
  },
})

/** Percentage change and percentage points, and reversing a percentage. */
export const percentagesModel = sheetModel({
  id: 'stats-percentages',
  title: 'Percentages: change, points and reversal',
  build: (rng) => {
    const before = rng.int(20, 5_000)
    const after = Math.max(1, before + rng.int(-before + 1, before))
    if (rng.next() < 0.5) {
      return {
        stem: `A figure went from ${before.toLocaleString('en-US')} to ${after.toLocaleString('en-US')}. What is the percentage change, to one decimal place?`,
        cells: { A1: before, B1: after },
        formula: '=ROUND((B1-A1)/A1,3)',
        format: { kind: 'percent', decimals: 1 },
        mistakes: [
          // The new figure as the base.
          '=ROUND((B1-A1)/B1,3)',
          // The ratio read as the change.
          '=ROUND(B1/A1,3)',
          // The difference taken the wrong way round.
          '=ROUND((A1-B1)/A1,3)',
          // Both: wrong way round and the new figure as the base.
          '=ROUND((A1-B1)/B1,3)',
          // The percent difference (mean of the two as the base) taken for the change.
          '=ROUND((B1-A1)/((A1+B1)/2),3)',
        ],
      }
    }
    const percent = rng.int(5, 60)
    return {
      stem: `After a ${percent} % increase a price is ${after.toLocaleString('en-US')}. What was it before the increase, to two decimal places?`,
      cells: { A1: after, B1: percent / 100 },
      formula: '=ROUND(A1/(1+B1),2)',
      format: { kind: 'fixed', decimals: 2 },
      mistakes: [
        // Taking the percentage off the new price.
        '=ROUND(A1*(1-B1),2)',
        // Applying the increase again.
        '=ROUND(A1*(1+B1),2)',
        // Subtracting the percentage as if it were an amount.
        '=ROUND(A1-B1*100,2)',
        // Dividing by one minus the rate.
        '=ROUND(A1/(1-B1),2)',
      ],
    }
  },
})
