import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { amount, purse, share, units } from './ledger-text.js'

/** Where an item sits in a set of year-end statements, in the words a bookkeeper uses. */
const AT = {
  currentAsset: 'Balance sheet, under current assets',
  nonCurrentAsset: 'Balance sheet, under non-current assets',
  currentLiability: 'Balance sheet, under current liabilities',
  nonCurrentLiability: 'Balance sheet, under non-current liabilities',
  lessFromAssets: 'Balance sheet, deducted from non-current assets',
  lessFromEquity: "Balance sheet, deducted from the owner's equity",
  expense: 'Profit and loss, as an expense',
  income: 'Profit and loss, as income',
  lessFromSales: 'Profit and loss, deducted from sales',
} as const

/** A family asking where one kind of balance is reported, with the named misplacements. */
function placement(
  id: string,
  item: (rng: Rng) => string,
  key: string,
  wrong: readonly Wrong[],
): ScenarioFamily {
  return {
    id,
    draw: (rng) => ({
      stem: `Where does ${item(rng)} appear in the year-end financial statements of a small business?`,
      key,
      wrong,
    }),
  }
}

/** Accounts and the kind of balance that makes them so, by their normal side. */
type Normal = readonly (readonly [account: string, kind: string])[]

const CREDIT_NORMAL: Normal = [
  ['Accounts payable', 'a liability'],
  ['Sales', 'income'],
  ["Owner's capital", 'equity'],
  ['Accrued expenses', 'a liability'],
  ['Deferred revenue', 'a liability'],
  ['Loan payable', 'a liability'],
  ['Accumulated depreciation', 'a contra-asset'],
  ['Interest income', 'income'],
]
const DEBIT_NORMAL: Normal = [
  ['Accounts receivable', 'an asset'],
  ['Rent expense', 'an expense'],
  ['Drawings', 'a reduction of equity'],
  ['Prepaid expenses', 'an asset'],
  ['Equipment', 'an asset'],
  ['Sales returns', 'a contra-revenue account'],
  ['Wages expense', 'an expense'],
  ['Bank charges', 'an expense'],
]

/**
 * Reading a trial balance, a profit and loss account and a balance sheet: normal balances,
 * what the trial balance can and cannot reveal, where items are reported, and the figures a
 * bookkeeper derives from them (cost of sales, gross and net profit, closing capital, ageing).
 */
export const REPORTS_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'normal-balance',
    draw: (rng) => {
      const credit = rng.next() < 0.5
      const [keyList, otherList] = credit
        ? [CREDIT_NORMAL, DEBIT_NORMAL]
        : [DEBIT_NORMAL, CREDIT_NORMAL]
      const [key] = rng.pick(keyList)
      return {
        stem: `In a trial balance, which account normally has a ${credit ? 'credit' : 'debit'} balance?`,
        key,
        wrong: rng
          .shuffle(otherList)
          .slice(0, 5)
          .map(
            ([name, kind]) =>
              [name, `gives ${kind} a ${credit ? 'credit' : 'debit'} balance`] as const,
          ),
      }
    },
  },
  {
    id: 'trial-balance-debit-total',
    draw: (rng) => {
      const m = purse(rng)
      const bank = units(rng, 1000, 9000)
      const equipment = units(rng, 2000, 9000)
      const accumulated = share(equipment, rng.int(20, 60), 100)
      const drawings = units(rng, 500, 4000)
      const expenses = units(rng, 2000, 9000)
      const returns = units(rng, 100, 900)
      const key = bank + equipment + drawings + expenses + returns
      return {
        stem: `A trial balance holds these balances: Bank ${m(bank)}, Equipment ${m(equipment)}, Accumulated depreciation ${m(accumulated)}, Drawings ${m(drawings)}, Operating expenses ${m(expenses)}, Sales returns ${m(returns)}, and capital, sales and payables. What is the total of its debit column?`,
        key: m(key),
        wrong: [
          [m(key + accumulated), 'puts accumulated depreciation in the debit column'],
          [m(key - drawings), 'puts drawings in the credit column'],
          [m(key - returns), 'puts sales returns in the credit column'],
          [m(key - drawings - returns), 'puts drawings and sales returns in the credit column'],
          [m(key - accumulated), 'deducts accumulated depreciation from the debit column'],
        ],
        recompute: {
          cells: {
            B1: bank / 100,
            B2: equipment / 100,
            B3: drawings / 100,
            B4: expenses / 100,
            B5: returns / 100,
          },
          formula: '=SUM(B1:B5)',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'error-the-trial-balance-misses',
    draw: (rng) => {
      const c = amount(units(rng, 50, 900))
      const undetected = [
        `A purchase invoice of ${c} left out of the books entirely`,
        `A payment of ${c} to one supplier posted to another supplier's account`,
        `A van repair of ${c} debited to the Vehicles asset account`,
        `A receipt of ${c} posted Dr Sales, Cr Bank instead of the reverse`,
      ]
      return {
        stem: 'Which error still leaves the trial balance totals in agreement?',
        key: rng.pick(undetected),
        wrong: [
          [
            `A receipt of ${c} debited to Bank with no credit posted`,
            'believes a one-sided posting leaves the totals equal',
          ],
          [
            `A sale of ${c} debited to both Bank and Accounts receivable`,
            'believes two debits for one transaction leave the totals equal',
          ],
          [
            `A payment of ${c} posted correctly to Bank but mistyped in Rent`,
            'believes an amount mistyped on one side leaves the totals equal',
          ],
          [
            `The Wages account added up short by ${c}`,
            'believes an addition error in one account leaves the totals equal',
          ],
        ],
      }
    },
  },
  {
    id: 'one-side-wrong-difference',
    draw: (rng) => {
      const c = units(rng, 50, 900)
      const m = purse(rng)
      return {
        stem: `A payment of ${m(c)} for rent was credited to Bank correctly and also credited (instead of debited) to Rent expense. Every other posting is right. How do the trial balance totals compare?`,
        key: `Credits exceed debits by ${m(2 * c)}`,
        wrong: [
          [`Credits exceed debits by ${m(c)}`, 'counts the misposting once instead of twice'],
          [`Debits exceed credits by ${m(2 * c)}`, 'reads the misposted side the wrong way round'],
          [`Debits exceed credits by ${m(c)}`, 'counts the misposting once, on the wrong side'],
          [`Credits exceed debits by ${m(3 * c)}`, 'counts the payment three times'],
        ],
        recompute: { cells: { B1: c / 100 }, formula: '=2*B1', shows: amount(2 * c) },
      }
    },
  },
  {
    id: 'transposition-difference',
    draw: (rng) => {
      const a = rng.int(1, 9)
      let b = rng.int(1, 9)
      if (b === a) b = a === 9 ? 1 : a + 1
      const rest = rng.int(1, 9)
      const right = (rest * 100 + a * 10 + b) * 100
      const posted = (rest * 100 + b * 10 + a) * 100
      const diff = Math.abs(right - posted)
      const m = purse(rng)
      const side = posted > right ? 'Credits exceed debits' : 'Debits exceed credits'
      const otherSide = posted > right ? 'Debits exceed credits' : 'Credits exceed debits'
      return {
        stem: `A cash sale of ${m(right)} was debited to Bank correctly but credited to Sales as ${m(posted)}. How do the trial balance totals compare?`,
        key: `${side} by ${m(diff)}`,
        wrong: [
          [`${otherSide} by ${m(diff)}`, 'reads the difference from the wrong side'],
          [`${side} by ${m(2 * diff)}`, 'doubles a one-sided difference'],
          [`${side} by ${m(posted)}`, 'takes the misposted amount as the difference'],
          [
            `${otherSide} by ${m(2 * diff)}`,
            'doubles the difference and reads it from the wrong side',
          ],
        ],
        recompute: {
          cells: { B1: right / 100, B2: posted / 100 },
          formula: '=ABS(B1-B2)',
          shows: amount(diff),
        },
      }
    },
  },
  {
    id: 'cost-of-sales',
    draw: (rng) => {
      const m = purse(rng)
      const opening = units(rng, 1000, 6000)
      const purchases = units(rng, 8000, 30000)
      const carriage = units(rng, 100, 900)
      const returnsOut = units(rng, 100, 900)
      const closing = units(rng, 1000, 6000)
      const key = opening + purchases + carriage - returnsOut - closing
      return {
        stem: `Opening inventory ${m(opening)}, purchases ${m(purchases)}, carriage inwards ${m(carriage)}, purchases returns ${m(returnsOut)}, closing inventory ${m(closing)}. What is the cost of sales?`,
        key: m(key),
        wrong: [
          [m(key + 2 * closing), 'adds closing inventory instead of deducting it'],
          [m(key - carriage), 'leaves carriage inwards out of cost of sales'],
          [m(key + 2 * returnsOut), 'adds purchases returns instead of deducting them'],
          [m(key - opening), 'leaves out opening inventory'],
          [m(purchases), 'takes purchases as cost of sales'],
        ],
        recompute: {
          cells: {
            B1: opening / 100,
            B2: purchases / 100,
            B3: carriage / 100,
            B4: returnsOut / 100,
            B5: closing / 100,
          },
          formula: '=B1+B2+B3-B4-B5',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'gross-profit',
    draw: (rng) => {
      const m = purse(rng)
      const sales = units(rng, 20000, 60000)
      const returnsIn = units(rng, 200, 1500)
      const cost = units(rng, 8000, 18000)
      const carriageOut = units(rng, 200, 1500)
      const key = sales - returnsIn - cost
      return {
        stem: `Sales ${m(sales)}, sales returns ${m(returnsIn)}, cost of sales ${m(cost)}, carriage outwards (delivery to clients) ${m(carriageOut)}. What is the gross profit?`,
        key: m(key),
        wrong: [
          [m(key + returnsIn), 'leaves sales returns out of net sales'],
          [m(key - carriageOut), 'deducts a distribution cost in the gross profit'],
          [m(key + 2 * returnsIn), 'adds sales returns to sales'],
          [m(key - returnsIn), 'deducts sales returns twice'],
          [m(key + returnsIn - carriageOut), 'swaps sales returns for carriage outwards'],
        ],
        recompute: {
          cells: { B1: sales / 100, B2: returnsIn / 100, B3: cost / 100 },
          formula: '=B1-B2-B3',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'net-profit-excludes-capital-items',
    draw: (rng) => {
      const m = purse(rng)
      const gross = units(rng, 20000, 50000)
      const expenses = units(rng, 5000, 15000)
      const depreciation = units(rng, 500, 3000)
      const drawings = units(rng, 3000, 12000)
      const equipment = units(rng, 1000, 6000)
      const key = gross - expenses - depreciation
      return {
        stem: `Gross profit ${m(gross)}, operating expenses ${m(expenses)}, depreciation ${m(depreciation)}, owner's drawings ${m(drawings)}, equipment bought ${m(equipment)}. What is the net profit?`,
        key: m(key),
        wrong: [
          [m(key - drawings), "deducts the owner's drawings as an expense"],
          [m(key - equipment), 'expenses the equipment bought'],
          [m(key + depreciation), 'leaves out depreciation, which moves no cash'],
          [m(key - drawings - equipment), 'deducts drawings and the equipment bought'],
          [
            m(key + depreciation - equipment),
            'expenses the equipment bought instead of its depreciation',
          ],
        ],
        recompute: {
          cells: { B1: gross / 100, B2: expenses / 100, B3: depreciation / 100 },
          formula: '=B1-B2-B3',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'closing-capital',
    draw: (rng) => {
      const m = purse(rng)
      const opening = units(rng, 5000, 30000)
      const introduced = units(rng, 1000, 8000)
      const profit = units(rng, 5000, 25000)
      const drawings = units(rng, 2000, 9000)
      const key = opening + introduced + profit - drawings
      return {
        stem: `A sole trader's capital was ${m(opening)} at the start of the year. During the year the owner paid in ${m(introduced)} and took drawings of ${m(drawings)}; the net profit was ${m(profit)}. What is the closing capital?`,
        key: m(key),
        wrong: [
          [m(key + 2 * drawings), 'adds drawings instead of deducting them'],
          [m(key - introduced), 'leaves out capital introduced'],
          [m(key + drawings), 'leaves out drawings'],
          [m(key - profit), 'leaves out the net profit'],
          [m(key - 2 * introduced), 'deducts capital introduced'],
        ],
        recompute: {
          cells: { B1: opening / 100, B2: introduced / 100, B3: profit / 100, B4: drawings / 100 },
          formula: '=B1+B2+B3-B4',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'receivables-ledger-balance',
    draw: (rng) => {
      const m = purse(rng)
      const opening = units(rng, 2000, 9000)
      const credit = units(rng, 10000, 30000)
      const cash = units(rng, 2000, 8000)
      const receipts = units(rng, 8000, 20000)
      const notes = units(rng, 100, 900)
      const key = opening + credit - receipts - notes
      if (key <= 0) throw new VariantError('receivables: a negative closing balance')
      return {
        stem: `Accounts receivable opened the month at ${m(opening)}. In the month: credit sales ${m(credit)}, cash sales ${m(cash)}, receipts from credit clients ${m(receipts)}, credit notes issued ${m(notes)}. What is the closing balance of accounts receivable?`,
        key: m(key),
        wrong: [
          [m(key + cash), 'adds cash sales to receivables'],
          [m(key + notes), 'leaves out the credit notes'],
          [m(key + 2 * notes), 'adds the credit notes instead of deducting them'],
          [m(key - opening), 'leaves out the opening balance'],
          [m(key + cash + notes), 'adds cash sales and leaves out the credit notes'],
        ],
        recompute: {
          cells: { B1: opening / 100, B2: credit / 100, B3: receipts / 100, B4: notes / 100 },
          formula: '=B1+B2-B3-B4',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'aged-receivables',
    draw: (rng) => {
      const m = purse(rng)
      const days = rng.shuffle([
        12,
        30,
        rng.int(31, 45),
        rng.int(46, 60),
        rng.int(61, 90),
        rng.int(91, 150),
      ])
      const invoices = days.map((d) => ({ d, c: units(rng, 100, 2000) }))
      const sum = (keep: (d: number) => boolean) =>
        invoices.filter((i) => keep(i.d)).reduce((s, i) => s + i.c, 0)
      const key = sum((d) => d > 30)
      return {
        stem: `Open invoices and the days each is past its due date: ${invoices.map((i) => `${m(i.c)} (${i.d} days)`).join(', ')}. What total is more than 30 days overdue?`,
        key: m(key),
        wrong: [
          [m(sum((d) => d >= 30)), 'counts an invoice exactly 30 days overdue as more than 30'],
          [m(sum((d) => d > 60)), 'reports only the invoices more than 60 days overdue'],
          [m(sum((d) => d <= 30)), 'adds up the invoices 30 days or less overdue'],
          [m(sum(() => true)), 'reports every open invoice as overdue by more than 30 days'],
          [m(sum((d) => d > 30 && d <= 60)), 'leaves out the invoices more than 60 days overdue'],
        ],
        recompute: {
          cells: Object.fromEntries(
            invoices.flatMap((i, k) => [
              [`A${k + 1}`, i.d],
              [`B${k + 1}`, i.c / 100],
            ]),
          ),
          formula: '=SUMIF(A1:A6,">30",B1:B6)',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'accrual-basis-revenue',
    draw: (rng) => {
      const m = purse(rng)
      const invoiced = units(rng, 2000, 8000)
      const unbilled = units(rng, 500, 3000)
      const lastMonth = units(rng, 1000, 5000)
      const deposit = units(rng, 500, 3000)
      const key = invoiced + unbilled
      return {
        stem: `This month a business invoiced ${m(invoiced)} for work done this month, finished ${m(unbilled)} of work it will invoice next month, was paid ${m(lastMonth)} for last month's invoices, and received a ${m(deposit)} deposit for work next month. What is this month's revenue on the accruals basis?`,
        key: m(key),
        wrong: [
          [m(lastMonth + deposit), 'counts cash received as revenue'],
          [m(invoiced), 'counts only work invoiced'],
          [m(key + deposit), 'counts a deposit for work not yet done'],
          [m(key + lastMonth), "counts last month's revenue again when it is paid"],
          [m(invoiced + lastMonth), 'counts work invoiced and cash received instead of work done'],
        ],
        recompute: {
          cells: { B1: invoiced / 100, B2: unbilled / 100 },
          formula: '=B1+B2',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'loan-current-portion',
    draw: (rng) => {
      const years = rng.pick([4, 5, 8, 10])
      const loan = units(rng, 10, 60) * 100 * years
      const current = share(loan, 1, years)
      const m = purse(rng)
      const split = (c: number, n: number) =>
        `Current liabilities ${m(c)}; non-current liabilities ${m(n)}`
      return {
        stem: `At the year end a bank loan of ${m(loan)} is repayable in ${years} equal annual instalments, the first due in nine months. How is it shown on the balance sheet?`,
        key: split(current, loan - current),
        wrong: [
          [split(loan - current, current), 'swaps the current and non-current parts'],
          [split(loan, 0), 'shows the whole loan as current'],
          [
            split(0, loan),
            'shows the whole loan as non-current, ignoring the instalment due within a year',
          ],
          [split(2 * current, loan - 2 * current), 'counts two instalments as due within a year'],
        ],
        recompute: {
          cells: { B1: loan / 100, B2: years },
          formula: '=ROUND(B1/B2,2)',
          shows: amount(current),
        },
      }
    },
  },
  placement(
    'place-prepayment',
    (rng) =>
      `insurance paid in advance for ${rng.pick(['the next three months', 'the first half of next year'])}`,
    AT.currentAsset,
    [
      [AT.expense, 'expenses a cost that belongs to next year'],
      [AT.currentLiability, 'confuses a prepayment with an accrual'],
      [AT.nonCurrentAsset, 'classifies a short-term prepayment as non-current'],
      [AT.lessFromEquity, 'treats a business prepayment as drawings'],
    ],
  ),
  placement(
    'place-accrued-expense',
    (rng) =>
      `an accrual for ${rng.pick(['electricity used but not yet billed', 'audit fees for the year not yet billed'])}`,
    AT.currentLiability,
    [
      [AT.currentAsset, 'confuses an accrual with a prepayment'],
      [AT.income, 'reads a credit balance as income'],
      [AT.nonCurrentLiability, 'classifies an amount due within months as non-current'],
      [AT.lessFromAssets, 'nets the accrual off against assets'],
    ],
  ),
  placement(
    'place-deferred-revenue',
    (rng) =>
      `money received from clients for ${rng.pick(['courses that start next year', 'support months not yet delivered'])}`,
    AT.currentLiability,
    [
      [AT.income, 'recognises revenue before it is earned'],
      [AT.currentAsset, 'treats income received in advance as a receivable'],
      [AT.lessFromSales, 'treats unearned income as a sales return'],
      [AT.nonCurrentLiability, 'classifies obligations due within a year as non-current'],
    ],
  ),
  placement(
    'place-drawings',
    (rng) =>
      `${rng.pick(['cash', 'goods'])} the owner of a sole-trader business took for personal use during the year`,
    AT.lessFromEquity,
    [
      [AT.expense, "treats the owner's drawings as a business expense"],
      [AT.currentAsset, 'treats drawings as a debt the owner must repay'],
      [AT.currentLiability, 'treats drawings as money the business owes'],
      [AT.lessFromSales, 'deducts drawings from revenue'],
    ],
  ),
  placement(
    'place-accumulated-depreciation',
    (rng) =>
      `accumulated depreciation on ${rng.pick(['office equipment', 'delivery vans', 'machinery'])}`,
    AT.lessFromAssets,
    [
      [AT.expense, "confuses accumulated depreciation with the year's charge"],
      [AT.nonCurrentLiability, 'treats accumulated depreciation as an amount owed'],
      [AT.lessFromEquity, 'deducts accumulated depreciation from equity'],
      [AT.currentLiability, 'treats accumulated depreciation as a short-term debt'],
    ],
  ),
  placement(
    'place-bank-overdraft',
    (rng) =>
      `a bank current account that is ${rng.pick(['overdrawn', 'in overdraft'])} at the year end`,
    AT.currentLiability,
    [
      [AT.currentAsset, 'shows an overdrawn bank account as an asset'],
      [AT.nonCurrentLiability, 'classifies an overdraft repayable on demand as non-current'],
      [AT.expense, 'treats the overdraft balance as an expense'],
      [AT.lessFromEquity, 'deducts the overdraft from equity'],
    ],
  ),
  placement(
    'place-tax-owed',
    (rng) =>
      `VAT collected on sales ${rng.pick(['and not yet paid to the tax authority', 'that is due to the tax authority next month'])}`,
    AT.currentLiability,
    [
      [AT.income, 'treats VAT collected as income'],
      [AT.currentAsset, 'confuses output tax owed with input tax reclaimable'],
      [AT.expense, 'treats VAT owed as a cost of the business'],
      [AT.nonCurrentLiability, 'classifies tax due within months as non-current'],
    ],
  ),
  placement(
    'place-sales-returns',
    (rng) =>
      `goods ${rng.pick(['returned by clients', 'sent back by customers'])} and credited to them during the year`,
    AT.lessFromSales,
    [
      [AT.expense, 'reports sales returns as an operating expense'],
      [AT.currentLiability, 'treats credit notes issued as money owed'],
      [AT.income, 'reports sales returns as income'],
      [AT.currentAsset, 'treats returned goods credited as a receivable'],
    ],
  ),
  placement(
    'place-closing-inventory',
    (rng) =>
      `${rng.pick(['unsold goods', 'stock on the shelves'])} counted at cost on the last day of the year`,
    AT.currentAsset,
    [
      [AT.nonCurrentAsset, 'classifies goods held for sale as non-current'],
      [AT.expense, 'expenses unsold goods'],
      [AT.income, 'reports unsold goods as income'],
      [AT.currentLiability, 'reads inventory as an amount owed to suppliers'],
    ],
  ),
  {
    id: 'inventory-lower-of-cost-and-value',
    draw: (rng) => {
      const m = purse(rng)
      const items = ['jackets', 'boots', 'scarves'].map((name, i) => {
        const cost = units(rng, 300, 2000)
        // One line is worth less than it cost; the others more.
        const nrv =
          i === 0 ? share(cost, rng.int(40, 80), 100) : share(cost, rng.int(110, 160), 100)
        return { name, cost, nrv }
      })
      const shuffled = rng.shuffle(items)
      const sum = (f: (x: (typeof items)[number]) => number) =>
        shuffled.reduce((s, x) => s + f(x), 0)
      const key = sum((x) => Math.min(x.cost, x.nrv))
      const totalCost = sum((x) => x.cost)
      const totalNrv = sum((x) => x.nrv)
      return {
        stem: `Closing inventory, by line, at cost and at net realisable value (what it will sell for, less selling costs): ${shuffled.map((x) => `${x.name} ${m(x.cost)} and ${m(x.nrv)}`).join('; ')}. At what amount is inventory reported under IFRS (IAS 2)?`,
        key: m(key),
        wrong: [
          [m(totalCost), 'values inventory at cost even where it will sell for less'],
          [m(totalNrv), 'values inventory at selling value, taking unrealised profit'],
          [m(Math.min(totalCost, totalNrv)), 'compares the totals instead of each line'],
          [
            m(sum((x) => Math.max(x.cost, x.nrv))),
            'takes the higher of cost and value on each line',
          ],
        ],
        recompute: {
          cells: Object.fromEntries(
            shuffled.flatMap((x, k) => [
              [`A${k + 1}`, x.cost / 100],
              [`B${k + 1}`, x.nrv / 100],
            ]),
          ),
          formula: '=MIN(A1,B1)+MIN(A2,B2)+MIN(A3,B3)',
          shows: amount(key),
        },
      }
    },
  },
]
