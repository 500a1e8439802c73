import { type CatalogRow, row } from './catalog-row.js'

/** Expense reporting as a virtual assistant prepares and checks claims for a small company. */
export const EXPENSE_REPORTING_ROW: CatalogRow = row(
  'expense-reporting',
  'Expense reporting',
  'Virtual Assistant',
  3,
  10,
  [
    ['expPolicy', 25],
    ['expMileage', 20],
    ['expCurrency', 20],
    ['expReconcile', 20],
    ['expApproval', 15],
  ],
  {
    jobTaskAnalysis:
      'A virtual assistant doing expense reporting gathers receipts and card lines for a client’s ' +
      'staff or for the client themself, builds the report in the client’s tool, checks it ' +
      'against the written policy and gets it approved and paid on time. Policy compliance, the ' +
      'check every line goes through: nightly lodging and per-meal caps, per-attendee limits ' +
      'on client meals, receipt thresholds and missing-receipt declarations, alcohol, minibar and ' +
      'other exclusions, economy-fare and companion rules, gift limits and pre-approval: 25 %. ' +
      'Mileage and per diem, the lines a traveller cannot simply receipt: mileage at a stated ' +
      'IRS or HMRC rate (the 10,000-mile band, passengers, commute miles, taxable excess and ' +
      'relief), GSA-style M&IE with 75 % first and last days, provided-meal deductions and ' +
      'lodging maximums, and UK day subsistence: 20 %. Currency and tax: conversion at the ' +
      'policy’s rate and date, card and ATM fees, dynamic currency conversion, refunds at a later ' +
      'rate, and UK VAT reclaim (the 1/6 fraction, mixed-rate receipts, tips, simplified invoices, ' +
      'fuel in mileage): 20 %. Report assembly and reconciliation: advances netted off, personal ' +
      'card charges recovered, card lines matched to receipts, duplicates removed, credits ' +
      'applied and shared costs split across projects and cost centres: 20 %. Deadlines and ' +
      'approval: company submission and payment dates, the IRS accountable-plan periods (30, 60 ' +
      'and 120 days; periodic statements) and routing by report total: 15 %. Every item states the ' +
      'policy, rate, date basis and rounding its key depends on. Not tested: a particular expense ' +
      'tool’s screens, income-tax returns, payroll processing, corporate travel booking and ' +
      'country rules other than the US and UK ones stated in the items. An entry-level test: a ' +
      '25-item form gives each of the five domains at least three items.',
    scoredItems: 25,
  },
)
