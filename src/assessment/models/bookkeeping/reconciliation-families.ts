import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, purse, units } from './ledger-text.js'

const PACKAGE = 'In a bookkeeping package with a bank feed (such as QuickBooks Online or Xero)'

/**
 * Bank reconciliation and the bookkeeping package's workflows: which side of a reconciliation
 * an item adjusts, and how a bank-feed line, bill, invoice or credit note is entered so the
 * ledgers stay right. The packages' own menu names differ; the families test the bookkeeping
 * each workflow performs, stated in words both packages use.
 */
export const RECONCILIATION_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'adjusted-statement-balance',
    draw: (rng) => {
      const s = units(rng, 6000, 20000)
      const d = units(rng, 200, 2500)
      const o = units(rng, 200, 2500)
      const m = purse(rng)
      return {
        stem: `The bank statement shows a balance of ${m(s)}. A deposit of ${m(d)} made on the last day is not on it yet, and cheques of ${m(o)} sent to suppliers have not been presented. What is the adjusted bank balance the cash book should agree with?`,
        key: m(s + d - o),
        wrong: [
          [m(s - d + o), 'deducts the deposit and adds back the unpresented cheques'],
          [m(s + d + o), 'adds the unpresented cheques instead of deducting them'],
          [m(s - o), 'leaves out the deposit in transit'],
          [m(s + d), 'leaves out the unpresented cheques'],
          [m(s - d - o), 'deducts the deposit in transit'],
        ],
        recompute: {
          cells: { B1: s / 100, B2: d / 100, B3: o / 100 },
          formula: '=B1+B2-B3',
          shows: amount(s + d - o),
        },
      }
    },
  },
  {
    id: 'updated-cash-book',
    draw: (rng) => {
      const c = units(rng, 3000, 20000)
      const fee = rng.int(1000, 9000)
      const dd = units(rng, 50, 400)
      const interest = rng.int(500, 6000)
      const cheque = units(rng, 200, 1500)
      const m = purse(rng)
      const key = c - fee - dd + interest
      return {
        stem: `The cash book shows ${m(c)}. The bank statement shows a fee of ${m(fee)}, a direct debit of ${m(dd)} for insurance and interest received of ${m(interest)}, none of them recorded yet, and a cheque of ${m(cheque)} written this week has not been presented. What is the corrected cash book balance?`,
        key: m(key),
        wrong: [
          [m(key - cheque), 'adjusts the cash book for an unpresented cheque, a timing difference'],
          [m(c + fee + dd + interest), 'adds the fee and direct debit instead of deducting them'],
          [m(c - fee - dd - interest), 'deducts the interest received'],
          [m(c + interest), 'leaves out the payments the bank made'],
          [m(c - fee - dd), 'leaves out the interest received'],
        ],
        recompute: {
          cells: { B1: c / 100, B2: fee / 100, B3: dd / 100, B4: interest / 100 },
          formula: '=B1-B2-B3+B4',
          shows: amount(key),
        },
      }
    },
  },
  {
    id: 'book-item-or-timing-difference',
    draw: (rng) => {
      const m = purse(rng)
      const a = () => m(units(rng, 20, 900))
      const bookItems = [
        `A monthly account fee of ${a()} shown only on the statement`,
        `A client's direct transfer of ${a()} shown only on the statement`,
        `A standing order of ${a()} for rent shown only on the statement`,
        `Interest of ${a()} credited, shown only on the statement`,
      ]
      return {
        stem: 'While reconciling the bank account, which item needs a new entry in the business’s own books?',
        key: rng.pick(bookItems),
        wrong: [
          [
            `A cheque of ${a()} written to a supplier and not yet presented at the bank`,
            'treats an unpresented cheque as a book entry',
          ],
          [
            `A deposit of ${a()} made after the statement date`,
            'treats a deposit in transit as a book entry',
          ],
          [
            `A payment of ${a()} the bank took from the account in error`,
            "records the bank's own error in the books",
          ],
          [`A transfer of ${a()} already in the cash book`, 'records a transaction a second time'],
        ],
      }
    },
  },
  {
    id: 'bank-error',
    draw: (rng) => {
      const c = units(rng, 50, 900)
      return {
        stem: `The bank statement shows a payment of ${purse(rng)(c)} that belongs to another of the bank's customers. What does the bookkeeper do?`,
        key: 'Have the bank correct it; list it meanwhile',
        wrong: [
          [
            'Record it as a bank charge in the cash book',
            "records the bank's own error in the books",
          ],
          ["Record it as the owner's drawings for now", "records the bank's own error as drawings"],
          [
            'Delete the line from the bank feed and move on',
            'hides a difference instead of having it corrected',
          ],
          ['Post it to suspense until the year-end audit', "parks the bank's error in the books"],
        ],
      }
    },
  },
  {
    id: 'match-receipt-to-invoice',
    draw: (rng) => {
      const c = units(rng, 100, 5000)
      return {
        stem: `${PACKAGE}, a deposit of ${purse(rng)(c)} from a client appears in the feed. An invoice to that client for exactly that amount is open. How is the deposit entered?`,
        key: 'Match it to the open invoice',
        wrong: [
          [
            'Create a new income transaction coded to Sales',
            'records the sale twice: once at invoice, again at receipt',
          ],
          [
            "Code it to Owner's capital and leave the invoice",
            'leaves the invoice open and misstates equity',
          ],
          [
            'Mark the invoice paid and then exclude the line',
            'drops a real receipt from the bank reconciliation',
          ],
          [
            'Void the invoice and code the deposit to Sales',
            'removes the invoice from the receivables record',
          ],
        ],
      }
    },
  },
  {
    id: 'partial-payment',
    draw: (rng) => {
      const invoice = units(rng, 800, 6000)
      const paid = Math.round((invoice * rng.pick([0.25, 0.4, 0.5, 0.6])) / 100) * 100
      const m = purse(rng)
      return {
        stem: `${PACKAGE}, a client pays ${m(paid)} of a ${m(invoice)} invoice and says the rest follows next month. How is the deposit entered?`,
        key: `Apply ${amount(paid)}; ${amount(invoice - paid)} stays open`,
        wrong: [
          [
            `Mark the invoice paid, posting ${amount(invoice - paid)} to discounts`,
            'gives a discount nobody agreed',
          ],
          [
            `Mark the invoice paid, posting ${amount(invoice - paid)} to bad debts`,
            'writes off a debt the client will pay',
          ],
          [
            `Code ${amount(paid)} to Sales and keep the invoice open in full`,
            'records the sale twice and overstates receivables',
          ],
          [
            `Leave ${amount(paid)} unreconciled until the rest arrives`,
            'leaves a real receipt out of the books',
          ],
        ],
      }
    },
  },
  {
    id: 'match-payment-to-bill',
    draw: (rng) => {
      const c = units(rng, 100, 5000)
      return {
        stem: `${PACKAGE}, a payment of ${purse(rng)(c)} to a supplier appears in the feed. The supplier's bill for that amount was entered when it arrived and is still open. How is the payment entered?`,
        key: 'Match it to the open bill',
        wrong: [
          [
            'Create a new expense coded to the cost on the bill',
            'expenses the bill twice: once at the bill, again at payment',
          ],
          [
            'Code it to Drawings and leave the bill open',
            "treats a supplier payment as the owner's drawings",
          ],
          [
            'Delete the bill and code the payment as an expense',
            'removes the bill from the payables record',
          ],
          [
            'Mark the bill paid and then exclude the line',
            'drops a real payment from the bank reconciliation',
          ],
        ],
      }
    },
  },
  {
    id: 'bill-not-sales-invoice',
    draw: (rng) => {
      const c = units(rng, 100, 3000)
      return {
        stem: `${PACKAGE}, the business receives a supplier's invoice for ${purse(rng)(c)}, due in 30 days and not yet paid. How is it entered?`,
        key: 'As a bill, which adds it to accounts payable',
        wrong: [
          [
            'As a sales invoice, which adds it to receivables',
            "confuses a supplier's invoice with a sales invoice",
          ],
          [
            'As a spend-money expense from the bank account',
            'records a payment that has not been made',
          ],
          [
            'As a supplier credit, which lowers what is owed',
            'confuses a bill with a supplier credit note',
          ],
          [
            'Not at all, until it is paid from the bank',
            'leaves an unpaid liability out of the books',
          ],
        ],
      }
    },
  },
  {
    id: 'credit-note-not-edit',
    draw: (rng) => {
      const unit = units(rng, 20, 200)
      const qty = rng.int(6, 20)
      const back = rng.int(1, 3)
      const m = purse(rng)
      return {
        stem: `${PACKAGE}, an invoice for ${qty} items at ${m(unit)} was sent last month and included in a sales tax return already filed. The client returns ${back} faulty items. How is the return entered?`,
        key: `A credit note for ${amount(back * unit)} against that invoice`,
        wrong: [
          [
            `Edit the invoice down to ${amount((qty - back) * unit)}`,
            'changes a document in a period already reported',
          ],
          [
            `Void it and issue a new invoice for ${amount((qty - back) * unit)}`,
            'rewrites a period already reported',
          ],
          [
            `A bill for ${amount(back * unit)} to the client as a supplier`,
            'treats a customer return as a purchase',
          ],
          [
            `An expense of ${amount(back * unit)} coded to refunds`,
            'records a reduction of sales as an expense',
          ],
        ],
        recompute: {
          cells: { B1: back, B2: unit / 100 },
          formula: '=B1*B2',
          shows: amount(back * unit),
        },
      }
    },
  },
  {
    id: 'clearing-grouped-deposit',
    draw: (rng) => {
      const cheques = [units(rng, 100, 900), units(rng, 100, 900), units(rng, 100, 900)]
      const total = cheques[0]! + cheques[1]! + cheques[2]!
      const m = purse(rng)
      return {
        stem: `${PACKAGE}, three client cheques (${cheques.map(m).join(', ')}) were recorded as received against their invoices into a clearing account for funds not yet deposited. They were banked together and the feed shows one deposit of ${m(total)}. How is the deposit entered?`,
        key: 'One deposit grouping the three payments',
        wrong: [
          [
            'Match the deposit to the largest of the three invoices',
            'clears one invoice with three payments',
          ],
          [
            'A new income transaction for the total, coded to Sales',
            'records the three sales a second time',
          ],
          [
            'Three new deposits, one for each cheque, in the feed',
            'creates bank lines the statement does not show',
          ],
          [
            'Exclude the deposit; the payments are recorded already',
            'leaves the clearing account holding banked money',
          ],
        ],
      }
    },
  },
  {
    id: 'duplicate-feed-line',
    draw: (rng) => {
      const c = units(rng, 20, 900)
      return {
        stem: `${PACKAGE}, a card payment of ${purse(rng)(c)} appears twice in the feed after the same statement was imported twice; the bank statement shows it once. What does the bookkeeper do with the second line?`,
        key: 'Delete the duplicate statement line',
        wrong: [
          [
            'Reconcile both lines, coding the second one to the same expense account',
            'records one payment twice',
          ],
          [
            'Code the second line to suspense and reconcile it',
            'parks a line the bank never showed in the books',
          ],
          [
            'Reconcile the second as a refund from the supplier',
            'invents a refund to cancel the duplicate',
          ],
          ['Match both lines to the same supplier bill', 'pays one bill twice in the books'],
        ],
      }
    },
  },
  {
    id: 'customer-overpayment',
    draw: (rng) => {
      const invoice = units(rng, 200, 3000)
      const extra = units(rng, 10, 150)
      const m = purse(rng)
      return {
        stem: `${PACKAGE}, a client pays ${m(invoice + extra)} against an invoice of ${m(invoice)} by mistake. The client asks to keep the difference against the next invoice. How is the receipt entered?`,
        key: `Pay the invoice; hold ${amount(extra)} as client credit`,
        wrong: [
          [
            `Pay the invoice; code ${amount(extra)} to Sales as other income`,
            'recognises revenue for money owed back to the client',
          ],
          [
            `Pay the invoice; code ${amount(extra)} to bank charges as a refund`,
            'nets the overpayment against an expense',
          ],
          [
            `Apply only ${amount(invoice)}; leave ${amount(extra)} of the line unmatched`,
            'leaves part of a real receipt out of the books',
          ],
          [
            `Raise a new invoice for ${amount(extra)} to absorb the money`,
            'bills the client for work not done',
          ],
        ],
        recompute: {
          cells: { B1: (invoice + extra) / 100, B2: invoice / 100 },
          formula: '=B1-B2',
          shows: amount(extra),
        },
      }
    },
  },
  {
    id: 'lock-date-after-filing',
    draw: (rng) => {
      const what = rng.pick(['the sales tax return for the quarter', 'the year-end accounts'])
      return {
        stem: `${PACKAGE}, ${what} ${what.startsWith('the sales') ? 'has' : 'have'} just been filed. What protects the filed figures from later edits?`,
        key: 'Set a lock date at the end of the period filed',
        wrong: [
          [
            'Export a backup copy and keep working as before',
            'keeps a copy but lets the filed period change',
          ],
          [
            "Remove the client's access to the whole file",
            'blocks the client without protecting the period',
          ],
          [
            'Reconcile the bank again at the end of the period',
            'confuses reconciling with closing a period',
          ],
          [
            'Delete the bank feed lines for the period filed',
            'destroys records instead of locking them',
          ],
        ],
      }
    },
  },
  {
    id: 'reconciliation-opening-mismatch',
    draw: (rng) => {
      const c = units(rng, 20, 900)
      return {
        stem: `${PACKAGE}, this month's bank reconciliation opens ${purse(rng)(c)} away from last month's reconciled closing statement balance, although last month reconciled exactly. What is the most likely cause?`,
        key: `A reconciled transaction of ${amount(c)} was edited or deleted`,
        wrong: [
          [
            `A cheque of ${amount(c)} written this month is unpresented`,
            'blames a timing difference of this month on the opening balance',
          ],
          [
            `A bank fee of ${amount(c)} this month is not yet recorded`,
            'blames an unrecorded item of this month on the opening balance',
          ],
          [
            `A deposit of ${amount(c)} made today is not yet on the statement`,
            'blames a deposit in transit on the opening balance',
          ],
          [
            `An invoice of ${amount(c)} sent last month is still unpaid`,
            'confuses an open receivable with a bank difference',
          ],
        ],
      }
    },
  },
]
