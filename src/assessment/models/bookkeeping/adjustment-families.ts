import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cr, dr, entry, pair, purse, share, units } from './ledger-text.js'

const ASK = 'Which adjusting entry is needed at the year end?'

/**
 * Period-end adjustments under the accruals concept: each family one kind of adjustment
 * (accrual, prepayment, deferred and accrued income, depreciation methods, disposals,
 * allowances), its amount computed exactly from the drawn dates and figures.
 */
export const ADJUSTMENT_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'accrued-expense',
    draw: (rng) => {
      const quarter = units(rng, 300, 2400)
      const used = rng.int(1, 2)
      const c = share(quarter, used, 3)
      const [what, account] = rng.pick([
        ['electricity', 'Electricity expense'],
        ['telephone', 'Telephone expense'],
        ['water', 'Water expense'],
      ] as const)
      return {
        stem: `The year ends on 31 December. The ${what} bill for the quarter starting 1 ${used === 2 ? 'November' : 'December'}, estimated at ${purse(rng)(quarter)} for the three months, will arrive after the quarter ends; nothing has been recorded for it. ${ASK}`,
        key: pair(account, 'Accrued expenses', c),
        wrong: [
          [
            pair(account, 'Accrued expenses', quarter),
            'accrues the whole bill, including next year',
          ],
          [pair('Accrued expenses', account, c), 'debit and credit reversed'],
          [pair('Prepaid expenses', account, c), 'treats an unpaid cost as a prepayment'],
          [pair(account, 'Bank', c), 'records a payment that has not been made'],
        ],
        recompute: {
          cells: { B1: quarter / 100, B2: used },
          formula: '=ROUND(B1*B2/3,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'prepayment-at-year-end',
    draw: (rng) => {
      const premium = units(rng, 600, 6000)
      const start = rng.int(2, 12)
      const used = 12 - start + 1
      const c = share(premium, 12 - used, 12)
      const wrongPart = share(premium, used, 12)
      return {
        stem: `On 1 ${MONTH_NAMES[start - 1]} the business paid ${purse(rng)(premium)} for a year of insurance and charged it all to Insurance expense. The year ends on 31 December. ${ASK}`,
        key: pair('Prepaid expenses', 'Insurance expense', c),
        wrong: [
          ...(wrongPart !== c
            ? [
                [
                  pair('Prepaid expenses', 'Insurance expense', wrongPart),
                  'carries forward the months used instead of the months to come',
                ] as const,
              ]
            : []),
          [pair('Insurance expense', 'Prepaid expenses', c), 'debit and credit reversed'],
          [pair('Prepaid expenses', 'Bank', c), 'records the premium as paid a second time'],
          [
            pair('Insurance expense', 'Accrued expenses', c),
            'treats a cost paid in advance as an accrual',
          ],
        ],
        recompute: {
          cells: { B1: premium / 100, B2: start },
          formula: '=ROUND(B1*(B2-1)/12,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'prepayment-monthly-release',
    draw: (rng) => {
      const months = rng.pick([6, 12])
      const premium = units(rng, 60, 600) * months
      const c = share(premium, 1, months)
      return {
        stem: `A ${months}-month software licence costing ${purse(rng)(premium)} was paid in advance and recorded in Prepaid expenses. Which entry does the month-end close make for the first month used?`,
        key: pair('Software expenses', 'Prepaid expenses', c),
        wrong: [
          [
            pair('Software expenses', 'Prepaid expenses', premium),
            'releases the whole prepayment in its first month',
          ],
          [pair('Prepaid expenses', 'Software expenses', c), 'debit and credit reversed'],
          [pair('Software expenses', 'Bank', c), 'records a monthly payment that is not made'],
          [pair('Software expenses', 'Accrued expenses', c), 'accrues a cost already paid'],
        ],
        recompute: {
          cells: { B1: premium / 100, B2: months },
          formula: '=ROUND(B1/B2,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'deferred-revenue-at-year-end',
    draw: (rng) => {
      const fee = units(rng, 100, 600) * 12
      const start = rng.int(2, 12)
      const delivered = 12 - start + 1
      const c = share(fee, 12 - delivered, 12)
      const earned = share(fee, delivered, 12)
      return {
        stem: `On 1 ${MONTH_NAMES[start - 1]} a client paid ${purse(rng)(fee)} for twelve months of support starting that day, and the whole receipt was credited to Sales. The year ends on 31 December. ${ASK}`,
        key: pair('Sales', 'Deferred revenue', c),
        wrong: [
          ...(earned !== c
            ? [
                [
                  pair('Sales', 'Deferred revenue', earned),
                  'defers the months delivered instead of the months to come',
                ] as const,
              ]
            : []),
          [pair('Deferred revenue', 'Sales', c), 'debit and credit reversed'],
          [
            pair('Sales', 'Accounts receivable', c),
            'reduces a receivable for fees already received',
          ],
          [
            pair('Accrued income', 'Sales', c),
            'confuses income received in advance with income earned but not billed',
          ],
        ],
        recompute: {
          cells: { B1: fee / 100, B2: start },
          formula: '=ROUND(B1*(B2-1)/12,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'accrued-income',
    draw: (rng) => {
      const c = units(rng, 300, 5000)
      return {
        stem: `At the year end the business has finished ${purse(rng)(c)} of consultancy work for a client that will not be invoiced until next month. ${ASK}`,
        key: pair('Accrued income', 'Sales', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'records cash that has not been received'],
          [pair('Sales', 'Accrued income', c), 'debit and credit reversed'],
          [pair('Accrued income', 'Deferred revenue', c), 'defers revenue already earned'],
          [
            pair('Prepaid expenses', 'Sales', c),
            'records income earned as an expense paid in advance',
          ],
        ],
      }
    },
  },
  {
    id: 'depreciation-straight-line',
    draw: (rng) => {
      const life = rng.pick([3, 4, 5, 8])
      const residual = units(rng, 2, 20) * 10
      const cost = residual + units(rng, 10, 60) * 10 * life
      const c = share(cost - residual, 1, life)
      return {
        stem: `Equipment cost ${purse(rng)(cost)}, has a useful life of ${life} years and an expected residual value of ${amount(residual)}. It is depreciated straight-line. Which entry records a full year's depreciation?`,
        key: pair('Depreciation expense', 'Accumulated depreciation', c),
        wrong: [
          [
            pair('Depreciation expense', 'Accumulated depreciation', share(cost, 1, life)),
            'ignores the residual value',
          ],
          [
            pair('Accumulated depreciation', 'Depreciation expense', c),
            'debit and credit reversed',
          ],
          [pair('Depreciation expense', 'Bank', c), 'treats depreciation as a payment'],
          [
            pair(
              'Depreciation expense',
              'Accumulated depreciation',
              share(cost - residual, 1, life + 1),
            ),
            'divides by the years plus one',
          ],
        ],
        recompute: {
          cells: { B1: cost / 100, B2: residual / 100, B3: life },
          formula: '=ROUND((B1-B2)/B3,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'depreciation-part-year',
    draw: (rng) => {
      const life = rng.pick([3, 4, 5])
      const cost = units(rng, 10, 90) * 120 * life
      const month = rng.int(2, 11)
      const owned = 12 - month + 1
      const annual = share(cost, 1, life)
      const c = share(cost, owned, 12 * life)
      return {
        stem: `A machine costing ${purse(rng)(cost)} (no residual value, ${life}-year life, straight-line) was bought on 1 ${MONTH_NAMES[month - 1]}. The policy charges depreciation by months owned; the year ends on 31 December. Which entry records this year's depreciation?`,
        key: pair('Depreciation expense', 'Accumulated depreciation', c),
        wrong: [
          [
            pair('Depreciation expense', 'Accumulated depreciation', annual),
            'charges a full year for part of a year owned',
          ],
          [
            pair(
              'Depreciation expense',
              'Accumulated depreciation',
              share(cost, month - 1, 12 * life),
            ),
            'counts the months before the purchase instead of after it',
          ],
          [
            pair('Accumulated depreciation', 'Depreciation expense', c),
            'debit and credit reversed',
          ],
          [
            pair(
              'Depreciation expense',
              'Accumulated depreciation',
              share(cost, owned - 1, 12 * life),
            ),
            'leaves out the month of purchase',
          ],
        ],
        recompute: {
          cells: { B1: cost / 100, B2: life, B3: month },
          formula: '=ROUND(B1/B2*(13-B3)/12,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'depreciation-reducing-balance',
    draw: (rng) => {
      const rate = rng.pick([20, 25, 30, 40])
      const cost = units(rng, 40, 200) * 100
      const accumulated = share(cost, rate, 100)
      const nbv = cost - accumulated
      const c = share(nbv, rate, 100)
      return {
        stem: `A vehicle cost ${purse(rng)(cost)} and is depreciated at ${rate} % a year on the reducing balance. One year's depreciation (${amount(accumulated)}) has been charged. Which entry records the second year's depreciation?`,
        key: pair('Depreciation expense', 'Accumulated depreciation', c),
        wrong: [
          [
            pair('Depreciation expense', 'Accumulated depreciation', accumulated),
            'applies the rate to cost, as straight-line',
          ],
          [
            pair('Accumulated depreciation', 'Depreciation expense', c),
            'debit and credit reversed',
          ],
          [
            pair('Depreciation expense', 'Motor vehicles', c),
            'credits the asset cost instead of accumulated depreciation',
          ],
          [
            pair('Depreciation expense', 'Accumulated depreciation', share(accumulated, rate, 100)),
            'applies the rate to the depreciation charged instead of the carrying amount',
          ],
        ],
        recompute: {
          cells: { B1: cost / 100, B2: rate / 100 },
          formula: '=ROUND((B1-ROUND(B1*B2,2))*B2,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'disposal-gain-or-loss',
    draw: (rng) => {
      const cost = units(rng, 40, 200) * 100
      const accumulated = share(cost, rng.int(30, 80), 100)
      const nbv = cost - accumulated
      let proceeds = share(nbv, rng.int(50, 150), 100)
      if (proceeds === nbv) proceeds += 5000
      const m = purse(rng)
      const result = (diff: number) =>
        diff > 0 ? `Gain on disposal ${m(diff)}` : `Loss on disposal ${m(-diff)}`
      const key = proceeds - nbv
      const wrongs = [
        [proceeds - cost, 'compares the proceeds with cost, ignoring depreciation'],
        [nbv - proceeds, 'reads a gain as a loss or a loss as a gain'],
        [proceeds - accumulated, 'compares the proceeds with the accumulated depreciation'],
        [proceeds, 'counts the whole sale proceeds as the gain'],
      ] as const
      return {
        stem: `Equipment that cost ${m(cost)}, with accumulated depreciation of ${m(accumulated)}, is sold for ${m(proceeds)}. What does the disposal account show?`,
        key: result(key),
        wrong: wrongs
          .filter(([d]) => d !== key && d !== 0)
          .map(([d, m]) => [result(d), m] as const),
        recompute: {
          cells: { B1: cost / 100, B2: accumulated / 100, B3: proceeds / 100 },
          formula: '=ABS(B3-(B1-B2))',
          shows: amount(Math.abs(key)),
        },
      }
    },
  },
  {
    id: 'allowance-for-doubtful-debts',
    draw: (rng) => {
      const receivables = units(rng, 100, 800) * 100
      const pct = rng.pick([2, 3, 4, 5])
      const required = share(receivables, pct, 100)
      const existing = share(required, rng.int(30, 80), 100)
      const c = required - existing
      return {
        stem: `Receivables at the year end are ${purse(rng)(receivables)}. The business keeps an allowance for doubtful debts of ${pct} % of receivables; the allowance brought forward is ${amount(existing)}. ${ASK}`,
        key: pair('Bad debts expense', 'Allowance for doubtful debts', c),
        wrong: [
          [
            pair('Bad debts expense', 'Allowance for doubtful debts', required),
            'charges the whole allowance again, ignoring the balance brought forward',
          ],
          [
            pair('Bad debts expense', 'Accounts receivable', c),
            'writes off debts that are only doubtful',
          ],
          [
            pair('Allowance for doubtful debts', 'Bad debts expense', c),
            'debit and credit reversed',
          ],
          [
            pair('Bad debts expense', 'Allowance for doubtful debts', required + existing),
            'adds the balance brought forward instead of deducting it',
          ],
        ],
        recompute: {
          cells: { B1: receivables / 100, B2: pct / 100, B3: existing / 100 },
          formula: '=ROUND(B1*B2,2)-B3',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'accrual-reversal',
    draw: (rng) => {
      const c = units(rng, 100, 2000)
      return {
        stem: `Last year end the bookkeeper accrued ${purse(rng)(c)} of unbilled legal fees (Dr Legal fees, Cr Accrued expenses). The business uses reversing entries, and the invoice will be entered as a normal bill when it arrives. Which entry is made on the first day of the new year?`,
        key: pair('Accrued expenses', 'Legal fees', c),
        wrong: [
          [
            pair('Legal fees', 'Accrued expenses', c),
            'repeats the accrual instead of reversing it',
          ],
          [pair('Accrued expenses', 'Bank', c), 'records a payment that has not been made'],
          [
            pair('Accrued expenses', 'Accounts payable', c),
            'turns the estimate into a bill before it arrives',
          ],
          [pair('Prepaid expenses', 'Legal fees', c), 'treats the accrual as a prepayment'],
        ],
      }
    },
  },
  {
    id: 'accrued-loan-interest',
    draw: (rng) => {
      const loan = units(rng, 100, 600) * 100
      const rate = rng.pick([4, 5, 6, 8, 9])
      const months = rng.int(2, 5)
      const c = share(loan, rate * months, 1200)
      return {
        stem: `A loan of ${purse(rng)(loan)} carries simple interest of ${rate} % a year, paid annually in arrears. At the year end ${months} months of interest have built up unpaid. ${ASK}`,
        key: pair('Interest expense', 'Accrued expenses', c),
        wrong: [
          [
            pair('Interest expense', 'Accrued expenses', share(loan, rate, 100)),
            'accrues a full year of interest',
          ],
          [
            pair('Interest expense', 'Accrued expenses', share(loan, rate * months, 100)),
            'reads the annual rate as a monthly rate',
          ],
          [pair('Accrued expenses', 'Interest expense', c), 'debit and credit reversed'],
          [pair('Interest expense', 'Bank', c), 'records a payment that has not been made'],
        ],
        recompute: {
          cells: { B1: loan / 100, B2: rate / 100, B3: months },
          formula: '=ROUND(B1*B2*B3/12,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'error-of-principle-correction',
    draw: (rng) => {
      const c = units(rng, 1200, 5000)
      const what = rng.pick(['a new server', 'a company car', 'a production machine'])
      return {
        stem: `The bookkeeper finds that ${what} bought for ${purse(rng)(c)}, to be used for years, was debited to Repairs expense. Which entry corrects it?`,
        key: pair('Equipment', 'Repairs expense', c),
        wrong: [
          [pair('Repairs expense', 'Equipment', c), 'debit and credit reversed'],
          [pair('Equipment', 'Bank', c), 'records the purchase a second time'],
          [
            pair('Equipment', 'Suspense', c),
            'uses a suspense account for an error that left the trial balance agreeing',
          ],
          [
            pair('Depreciation expense', 'Repairs expense', c),
            'moves the cost to depreciation instead of to the asset',
          ],
        ],
      }
    },
  },
  {
    id: 'suspense-clearing',
    draw: (rng) => {
      const c = units(rng, 100, 3000)
      return {
        stem: `A cash sale of ${purse(rng)(c)} was debited to Bank but the credit was never posted, and the trial balance difference was put in a Suspense account. Which entry clears the suspense account?`,
        key: pair('Suspense', 'Sales', c),
        wrong: [
          [pair('Sales', 'Suspense', c), 'debit and credit reversed'],
          [pair('Bank', 'Sales', c), 'posts the bank side a second time'],
          [pair('Suspense', 'Bank', c), 'removes the receipt that was posted correctly'],
          [pair('Suspense', 'Accounts receivable', c), 'credits a receivable for a cash sale'],
        ],
      }
    },
  },
  {
    id: 'closing-inventory',
    draw: (rng) => {
      const c = units(rng, 500, 9000)
      return {
        stem: `A shop records stock bought in a Purchases account and counts what is left once a year. The count on 31 December values unsold goods at ${purse(rng)(c)} at cost. Which entry brings the closing inventory into the accounts?`,
        key: pair('Inventory', 'Cost of sales', c),
        wrong: [
          [pair('Cost of sales', 'Inventory', c), 'debit and credit reversed'],
          [pair('Inventory', 'Sales', c), 'treats unsold goods as revenue'],
          [pair('Inventory', 'Bank', c), 'records the count as a new purchase'],
          [pair('Purchases', 'Inventory', c), 'adds unsold goods to the purchases of the year'],
        ],
      }
    },
  },
  {
    id: 'disposal-entry',
    draw: (rng) => {
      const cost = units(rng, 40, 200) * 100
      const accumulated = share(cost, rng.int(30, 80), 100)
      const nbv = cost - accumulated
      const proceeds = share(nbv, rng.int(60, 95), 100)
      const loss = nbv - proceeds
      if (loss <= 0) throw new VariantError('disposal: no loss on this draw')
      return {
        stem: `A machine that cost ${purse(rng)(cost)}, with accumulated depreciation of ${amount(accumulated)}, is sold for ${amount(proceeds)} paid into the bank. The business records a disposal in one entry. Which entry?`,
        key: entry(
          dr('Bank', proceeds),
          dr('Accumulated depreciation', accumulated),
          dr('Loss on disposal', loss),
          cr('Equipment', cost),
        ),
        wrong: [
          [
            entry(
              dr('Bank', proceeds),
              dr('Loss on disposal', cost - proceeds),
              cr('Equipment', cost),
            ),
            'leaves the accumulated depreciation on the books',
          ],
          [pair('Bank', 'Sales', proceeds), 'records the sale of an asset as trading revenue'],
          [
            entry(
              dr('Bank', proceeds),
              dr('Accumulated depreciation', accumulated),
              cr('Equipment', nbv),
              cr('Gain on disposal', accumulated + proceeds - nbv),
            ),
            'removes only the carrying amount from the asset account',
          ],
          [pair('Bank', 'Equipment', proceeds), 'takes only the proceeds off the asset account'],
        ],
        recompute: {
          cells: { B1: cost / 100, B2: accumulated / 100, B3: proceeds / 100 },
          formula: '=B1-B2-B3',
          shows: amount(loss),
        },
      }
    },
  },
]
