/**
 * The documented rules the statement-analysis test's conceptual items rest on, each with its
 * source, written apart from the families: a cash flow's US GAAP section and a treatment's
 * framework are found by matching the words of the stem, not by the families' own tables.
 */

/** ASC 230-10-45: the section a cash flow belongs to under US GAAP, by what the flow is. */
const US_GAAP_SECTIONS: readonly (readonly [words: RegExp, section: string, source: string])[] = [
  [/interest (paid|received)/, 'Operating activities', 'ASC 230-10-45-16(b), 45-17(d)'],
  [/dividends received/, 'Operating activities', 'ASC 230-10-45-16(b)'],
  [/income taxes paid/, 'Operating activities', 'ASC 230-10-45-17(c)'],
  [/dividends paid/, 'Financing activities', 'ASC 230-10-45-15(a)'],
  [/buy back its own shares/, 'Financing activities', 'ASC 230-10-45-15(a)'],
  [
    /principal repaid on a finance lease/,
    'Financing activities',
    'ASC 230-10-45-15(b), ASC 842-20-45-5',
  ],
  [
    /new delivery vans|selling an old warehouse/,
    'Investing activities',
    'ASC 230-10-45-12(c), 45-13(c)',
  ],
  [
    /acquire a subsidiary/,
    'Investing activities',
    'ASC 230-10-45-13 (a business bought is one investing line, net of the cash acquired)',
  ],
]

/** Which framework permits a treatment, with the standards that say so. */
const FRAMEWORK_RULES: readonly (readonly [words: RegExp, answer: string, source: string])[] = [
  [
    /last-in, first-out/,
    'US GAAP only',
    'IAS 2.25 (FIFO or weighted average only); ASC 330-10-30-9',
  ],
  [
    /first-in, first-out \(FIFO\)|weighted average cost/,
    'IFRS and US GAAP alike',
    'IAS 2.25; ASC 330-10-30-9',
  ],
  [/extraordinary item/, 'Neither framework', 'IAS 1.87; ASU 2015-01 removed them from ASC 225-20'],
  [/revalued amounts/, 'IFRS only', 'IAS 16.31; US GAAP keeps PP&E at cost (ASC 360-10-35)'],
  [/write-down of inventory/, 'IFRS only', 'IAS 2.33; ASC 330-10-35-14 forbids the reversal'],
  [
    /impairment loss on a held-and-used/,
    'IFRS only',
    'IAS 36.114 and 36.117; ASC 360-10-35-20 forbids the reversal',
  ],
  [
    /investment property at fair value/,
    'IFRS only',
    'IAS 40.30 and 40.33; US GAAP uses cost (ASC 360)',
  ],
]

/** A rule and the words only its right answer carries. */
interface Rule {
  readonly source: string
  readonly key: RegExp
}

const RULES: Readonly<Record<string, Rule>> = {
  'red-flag-receivables': {
    source:
      'Receivables growing faster than sales signal early revenue recognition or worse collection (Beneish 1999, days sales in receivables index; Schilit, Financial Shenanigans)',
    key: /revenue may be booked early or collections are slipping/,
  },
  'red-flag-accruals': {
    source:
      'Earnings with a larger accrual component persist less (Sloan 1996, The Accounting Review 71(3))',
    key: /^Lower earnings quality/,
  },
  'capitalise-shifts-cfo': {
    source:
      'Only expenditure that results in a recognised asset is an investing cash flow (IAS 7.16; ASC 230-10-45-13(c)), so capitalising moves the outflow out of operating',
    key: /^Operating cash flow rises, because the costs move to investing/,
  },
  'supplier-finance': {
    source:
      'Supplier finance arrangements lengthen payables and defer operating outflows; IAS 7.44F–44H and ASU 2022-04 require their disclosure so users can assess the effect',
    key: /^As a one-time gain in working capital, financed in part by the bank/,
  },
  'lease-ifrs16': {
    source:
      'IFRS 16.49: a lessee presents depreciation of the right-of-use asset and interest on the lease liability separately, so operating-lease rent leaves EBITDA',
    key: /^EBITDA is higher: the rent becomes depreciation and interest/,
  },
  'lease-asc842': {
    source:
      'ASC 842-20-25-6: an operating lease’s cost is a single lease cost, generally straight-line, within operating expenses',
    key: /^A single straight-line lease cost within operating expenses/,
  },
  'recurring-restructuring': {
    source:
      'SEC Non-GAAP C&DI 100.01: excluding normal, recurring cash operating expenses can make a measure misleading; charges that recur each year are such costs',
    key: /^Include them as a normal cost/,
  },
  'inventory-build': {
    source:
      'The quick ratio removes inventory from the current ratio; a current ratio rising while the quick ratio falls and DIO lengthens comes from inventory (CFA Institute, liquidity ratios)',
    key: /rise comes from inventory building up/,
  },
}

/** The right answer's test for a rule id a family records, and its source. */
export function documentedRule(
  rule: string,
  stem: string,
): { readonly source: string; readonly isKey: (text: string) => boolean } | undefined {
  if (rule.startsWith('us-flow:')) {
    const hit = US_GAAP_SECTIONS.find(([words]) => words.test(stem))
    return hit && { source: hit[2], isKey: (t) => t === hit[1] }
  }
  if (rule.startsWith('permits:')) {
    const hit = FRAMEWORK_RULES.find(([words]) => words.test(stem))
    return hit && { source: hit[2], isKey: (t) => t === hit[1] }
  }
  const r = RULES[rule]
  return r && { source: r.source, isKey: (t) => r.key.test(t) }
}
