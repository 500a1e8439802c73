import { sheetModel } from '../spreadsheet/sheet-model.js'

/** Relative lift of an A/B test versus the absolute difference in percentage points. */
export const conversionLiftModel = sheetModel({
  id: 'mkt-ab-lift',
  title: 'A/B tests: conversion rates and relative lift',
  build: (rng) => {
    const visitorsA = rng.int(20, 200) * 100
    const visitorsB = rng.int(20, 200) * 100
    const convA = rng.int(Math.floor(visitorsA / 50), Math.floor(visitorsA / 10))
    const convB = rng.int(Math.floor(visitorsB / 50), Math.floor(visitorsB / 10))
    return {
      stem: `In an A/B test, version A converted ${convA.toLocaleString('en-US')} of ${visitorsA.toLocaleString('en-US')} visitors and version B ${convB.toLocaleString('en-US')} of ${visitorsB.toLocaleString('en-US')}. What is B's relative lift over A's conversion rate, to one decimal place?`,
      cells: { A1: convA, B1: visitorsA, A2: convB, B2: visitorsB },
      formula: '=ROUND((A2/B2)/(A1/B1)-1,3)',
      format: { kind: 'percent', decimals: 1 },
      mistakes: [
        '=ROUND(A2/B2-A1/B1,3)',
        '=ROUND(A2/A1-1,3)',
        '=ROUND((A1/B1)/(A2/B2)-1,3)',
        '=ROUND((A2/B2)/(A1/B1),3)',
      ],
    }
  },
})
