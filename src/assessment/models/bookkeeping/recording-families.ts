import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cr, dr, entry, pair, purse, share, units } from './ledger-text.js'

const ASK = 'Which journal entry records it?'

/**
 * Everyday transactions in double entry, each family one rule of which account a kind of
 * transaction debits and credits. Every wrong entry balances: it is the entry of a bookkeeper
 * who misreads the transaction, not one that could not post.
 */
export const RECORDING_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'cash-sale',
    draw: (rng) => {
      const c = units(rng, 40, 900)
      const what = rng.pick(['a design job', 'a repair', 'goods sold over the counter'])
      return {
        stem: `A client pays ${purse(rng)(c)} straight into the business bank account for ${what} done today; no invoice was raised first. ${ASK}`,
        key: pair('Bank', 'Sales', c),
        wrong: [
          [pair('Sales', 'Bank', c), 'debit and credit reversed'],
          [pair('Bank', 'Accounts receivable', c), 'credits a receivable that was never raised'],
          [pair('Bank', "Owner's capital", c), "treats takings as the owner's capital"],
          [
            pair('Accounts receivable', 'Sales', c),
            'records a credit sale for money already received',
          ],
        ],
      }
    },
  },
  {
    id: 'credit-sale',
    draw: (rng) => {
      const c = units(rng, 200, 6000)
      return {
        stem: `The business invoices a client ${purse(rng)(c)} for work completed and delivered this month, payable in 30 days (no sales tax applies). ${ASK}`,
        key: pair('Accounts receivable', 'Sales', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'records cash that has not been received'],
          [pair('Sales', 'Accounts receivable', c), 'debit and credit reversed'],
          [
            pair('Accounts receivable', 'Deferred revenue', c),
            'defers revenue already earned on delivery',
          ],
          [pair('Accounts payable', 'Sales', c), 'confuses receivables with payables'],
        ],
      }
    },
  },
  {
    id: 'customer-pays-invoice',
    draw: (rng) => {
      const c = units(rng, 200, 6000)
      return {
        stem: `A client pays an invoice of ${purse(rng)(c)} that was recorded last month; the money reaches the bank account today. ${ASK}`,
        key: pair('Bank', 'Accounts receivable', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'records the sale a second time at payment'],
          [pair('Accounts receivable', 'Bank', c), 'debit and credit reversed'],
          [pair('Bank', 'Accounts payable', c), 'confuses receivables with payables'],
          [
            pair('Sales', 'Accounts receivable', c),
            'reverses the sale instead of recording the receipt',
          ],
        ],
      }
    },
  },
  {
    id: 'supplier-bill-on-credit',
    draw: (rng) => {
      const c = units(rng, 60, 2400)
      const [what, account] = rng.pick([
        ['stationery', 'Office expenses'],
        ['a month of software subscriptions', 'Software expenses'],
        ['a printing job', 'Printing expenses'],
      ] as const)
      return {
        stem: `A supplier's bill of ${purse(rng)(c)} for ${what} arrives, payable next month (no sales tax applies). ${ASK}`,
        key: pair(account, 'Accounts payable', c),
        wrong: [
          [pair('Accounts payable', account, c), 'debit and credit reversed'],
          [pair(account, 'Bank', c), 'records a payment that has not been made'],
          [pair(account, 'Accounts receivable', c), 'confuses payables with receivables'],
          [
            pair('Prepaid expenses', 'Accounts payable', c),
            'treats an expense already incurred as prepaid',
          ],
        ],
      }
    },
  },
  {
    id: 'pay-supplier-bill',
    draw: (rng) => {
      const c = units(rng, 60, 2400)
      return {
        stem: `The business pays a supplier's bill of ${purse(rng)(c)} for office expenses that was entered when it arrived last month. ${ASK}`,
        key: pair('Accounts payable', 'Bank', c),
        wrong: [
          [pair('Office expenses', 'Bank', c), 'expenses the bill a second time at payment'],
          [pair('Bank', 'Accounts payable', c), 'debit and credit reversed'],
          [pair('Accounts receivable', 'Bank', c), 'confuses payables with receivables'],
          [
            pair('Accounts payable', 'Office expenses', c),
            'reverses the bill instead of recording the payment',
          ],
        ],
      }
    },
  },
  {
    id: 'capital-introduced',
    draw: (rng) => {
      const c = units(rng, 1000, 20000)
      return {
        stem: `The owner of a sole-trader business pays ${purse(rng)(c)} of personal savings into the business bank account as additional capital. ${ASK}`,
        key: pair('Bank', "Owner's capital", c),
        wrong: [
          [pair('Bank', 'Sales', c), "treats the owner's capital as revenue"],
          [pair("Owner's capital", 'Bank', c), 'debit and credit reversed'],
          [pair('Bank', 'Loan payable', c), 'treats capital introduced as a loan'],
          [pair('Drawings', 'Bank', c), 'confuses capital introduced with drawings'],
        ],
      }
    },
  },
  {
    id: 'owner-drawings',
    draw: (rng) => {
      const c = units(rng, 200, 3000)
      return {
        stem: `The owner of a sole-trader business transfers ${purse(rng)(c)} from the business bank account to a personal account for living costs. ${ASK}`,
        key: pair('Drawings', 'Bank', c),
        wrong: [
          [pair('Wages expense', 'Bank', c), "treats the owner's drawings as a wages expense"],
          [pair('Bank', 'Drawings', c), 'debit and credit reversed'],
          [pair('Drawings', 'Sales', c), 'takes the drawings out of revenue instead of the bank'],
          [pair('Office expenses', 'Bank', c), 'charges personal spending to a business expense'],
        ],
      }
    },
  },
  {
    id: 'goods-taken-by-owner',
    draw: (rng) => {
      const c = units(rng, 40, 600)
      return {
        stem: `The owner of a shop takes goods that cost ${purse(rng)(c)} from stock for personal use. The shop records stock bought in a Purchases account. ${ASK}`,
        key: pair('Drawings', 'Purchases', c),
        wrong: [
          [pair('Drawings', 'Sales', c), 'records goods taken by the owner as a sale'],
          [pair('Purchases', 'Drawings', c), 'debit and credit reversed'],
          [pair('Drawings', 'Bank', c), 'records cash leaving the bank when none did'],
          [pair('Office expenses', 'Purchases', c), 'charges personal use to a business expense'],
        ],
      }
    },
  },
  {
    id: 'loan-received',
    draw: (rng) => {
      const c = units(rng, 2000, 50000)
      return {
        stem: `A bank lends the business ${purse(rng)(c)}, repayable over three years, and pays it into the business account. ${ASK}`,
        key: pair('Bank', 'Loan payable', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'treats borrowed money as income'],
          [pair('Loan payable', 'Bank', c), 'debit and credit reversed'],
          [pair('Bank', "Owner's capital", c), "treats a bank loan as the owner's capital"],
          [pair('Bank', 'Interest income', c), 'treats borrowed money as interest earned'],
        ],
      }
    },
  },
  {
    id: 'loan-repayment-with-interest',
    draw: (rng) => {
      const principal = units(rng, 200, 2000)
      const interest = rng.int(1500, 19000)
      const total = principal + interest
      const m = purse(rng)
      return {
        stem: `A monthly loan instalment of ${m(total)} leaves the bank account. The lender's statement shows ${m(interest)} of it is interest. ${ASK}`,
        key: entry(
          dr('Loan payable', principal),
          dr('Interest expense', interest),
          cr('Bank', total),
        ),
        wrong: [
          [pair('Loan payable', 'Bank', total), 'charges the interest against the loan balance'],
          [pair('Interest expense', 'Bank', total), 'expenses the repayment of principal'],
          [
            entry(
              dr('Loan payable', interest),
              dr('Interest expense', principal),
              cr('Bank', total),
            ),
            'swaps the principal and interest amounts',
          ],
          [
            entry(
              dr('Bank', total),
              cr('Loan payable', principal),
              cr('Interest expense', interest),
            ),
            'debit and credit reversed',
          ],
        ],
        recompute: {
          cells: { B1: total / 100, B2: interest / 100 },
          formula: '=B1-B2',
          shows: amount(principal),
        },
      }
    },
  },
  {
    id: 'capitalise-equipment',
    draw: (rng) => {
      const threshold = rng.pick([500, 1000])
      const c = units(rng, threshold * 2, 6000)
      const what = rng.pick(['a laptop', 'a delivery van', 'a 3D printer', 'a server'])
      return {
        stem: `The business buys ${what} for ${purse(rng)(c)}, paid from the bank, to use for several years. Its policy capitalises items costing ${threshold} or more. ${ASK}`,
        key: pair('Equipment', 'Bank', c),
        wrong: [
          [pair('Office expenses', 'Bank', c), 'expenses a capital item'],
          [pair('Depreciation expense', 'Bank', c), 'treats the purchase price as depreciation'],
          [pair('Bank', 'Equipment', c), 'debit and credit reversed'],
          [pair('Equipment', 'Accounts payable', c), 'records as owed an item already paid for'],
        ],
      }
    },
  },
  {
    id: 'expense-below-threshold',
    draw: (rng) => {
      const threshold = rng.pick([500, 1000])
      const c = units(rng, 20, threshold - 100)
      const what = rng.pick(['a keyboard', 'a desk lamp', 'an office chair', 'a headset'])
      return {
        stem: `The business buys ${what} for ${purse(rng)(c)}, paid from the bank. Its policy capitalises only items costing ${threshold} or more. ${ASK}`,
        key: pair('Office expenses', 'Bank', c),
        wrong: [
          [pair('Equipment', 'Bank', c), 'capitalises an item below the threshold'],
          [pair('Prepaid expenses', 'Bank', c), 'treats a purchase used now as prepaid'],
          [pair('Bank', 'Office expenses', c), 'debit and credit reversed'],
          [
            pair('Office expenses', 'Accounts payable', c),
            'records as owed an item already paid for',
          ],
        ],
      }
    },
  },
  {
    id: 'bank-charges',
    draw: (rng) => {
      const c = rng.int(500, 9000)
      return {
        stem: `The bank statement shows a monthly account fee of ${purse(rng)(c)} taken from the business account; nothing has been recorded for it. ${ASK}`,
        key: pair('Bank charges', 'Bank', c),
        wrong: [
          [pair('Bank', 'Bank charges', c), 'debit and credit reversed'],
          [pair('Bank charges', 'Accounts payable', c), 'records as owed a fee already taken'],
          [
            pair('Interest expense', 'Accounts payable', c),
            'records a fee already taken as interest owed',
          ],
          [pair('Drawings', 'Bank', c), "treats a business fee as the owner's drawings"],
        ],
      }
    },
  },
  {
    id: 'interest-received',
    draw: (rng) => {
      const c = rng.int(300, 30000)
      return {
        stem: `The bank credits ${purse(rng)(c)} of interest on the business savings account. ${ASK}`,
        key: pair('Bank', 'Interest income', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'reports interest as trading revenue'],
          [pair('Interest income', 'Bank', c), 'debit and credit reversed'],
          [pair('Bank', 'Loan payable', c), 'treats interest earned as money borrowed'],
          [pair('Interest expense', 'Bank', c), 'confuses interest earned with interest paid'],
        ],
      }
    },
  },
  {
    id: 'customer-deposit-in-advance',
    draw: (rng) => {
      const c = units(rng, 200, 5000)
      return {
        stem: `A client pays a ${purse(rng)(c)} deposit into the bank for a website the business will build next quarter. ${ASK}`,
        key: pair('Bank', 'Deferred revenue', c),
        wrong: [
          [pair('Bank', 'Sales', c), 'recognises revenue before the work is done'],
          [pair('Accounts receivable', 'Sales', c), 'invoices and recognises work not yet done'],
          [pair('Deferred revenue', 'Bank', c), 'debit and credit reversed'],
          [
            pair('Bank', 'Accrued income', c),
            'confuses income received in advance with income earned but not billed',
          ],
        ],
      }
    },
  },
  {
    id: 'wages-with-withholding',
    draw: (rng) => {
      const gross = units(rng, 1800, 6000)
      const tax = share(gross, rng.int(12, 28), 100)
      const net = gross - tax
      const m = purse(rng)
      return {
        stem: `Payroll for the month: gross wages ${m(gross)}, of which ${m(tax)} is employee tax withheld for the tax authority; employees are paid ${m(net)} from the bank. ${ASK}`,
        key: entry(dr('Wages expense', gross), cr('Bank', net), cr('Payroll taxes payable', tax)),
        wrong: [
          [
            pair('Wages expense', 'Bank', net),
            'expenses only the net pay and leaves the withheld tax out',
          ],
          [
            pair('Wages expense', 'Bank', gross),
            'records the withheld tax as paid to the employees',
          ],
          [
            entry(dr('Wages expense', gross), cr('Bank', tax), cr('Payroll taxes payable', net)),
            'swaps the net pay and the tax withheld',
          ],
          [
            entry(dr('Wages expense', net), dr('Payroll taxes payable', tax), cr('Bank', gross)),
            'debits the tax withheld instead of crediting it as owed',
          ],
        ],
        recompute: {
          cells: { B1: gross / 100, B2: tax / 100 },
          formula: '=B1-B2',
          shows: amount(net),
        },
      }
    },
  },
  {
    id: 'employer-payroll-tax',
    draw: (rng) => {
      const gross = units(rng, 1800, 9000)
      const pct = rng.pick([8, 10, 12, 13])
      const c = share(gross, pct, 100)
      return {
        stem: `On gross wages of ${purse(rng)(gross)} the employer owes its own payroll tax of ${pct} %, paid to the tax authority next month. ${ASK}`,
        key: pair('Employer payroll tax expense', 'Payroll taxes payable', c),
        wrong: [
          [
            pair('Wages expense', 'Bank', c),
            'records as paid to employees a tax the employer owes',
          ],
          [
            pair('Payroll taxes payable', 'Employer payroll tax expense', c),
            'debit and credit reversed',
          ],
          [
            pair('Payroll taxes payable', 'Wages expense', c),
            'treats the employer tax as withheld from employees',
          ],
          [
            pair('Employer payroll tax expense', 'Payroll taxes payable', gross),
            'books the whole gross wages as the employer tax',
          ],
        ],
        recompute: {
          cells: { B1: gross / 100, B2: pct / 100 },
          formula: '=ROUND(B1*B2,2)',
          shows: amount(c),
        },
      }
    },
  },
  {
    id: 'petty-cash-float',
    draw: (rng) => {
      const c = units(rng, 50, 400)
      return {
        stem: `The office manager draws ${purse(rng)(c)} from the bank to top up the petty cash box; nothing has been spent from it yet. ${ASK}`,
        key: pair('Petty cash', 'Bank', c),
        wrong: [
          [pair('Office expenses', 'Bank', c), 'expenses the float before anything is spent'],
          [pair('Bank', 'Petty cash', c), 'debit and credit reversed'],
          [pair('Drawings', 'Bank', c), "treats the float as the owner's drawings"],
          [pair('Petty cash', 'Sales', c), 'treats the float as revenue'],
        ],
      }
    },
  },
  {
    id: 'petty-cash-spend',
    draw: (rng) => {
      const c = rng.int(300, 6000)
      const [what, account] = rng.pick([
        ['postage stamps', 'Postage expenses'],
        ['milk and coffee for the office', 'Office expenses'],
        ['a taxi to a client meeting', 'Travel expenses'],
      ] as const)
      return {
        stem: `A receipt shows ${purse(rng)(c)} paid from the petty cash box for ${what}. ${ASK}`,
        key: pair(account, 'Petty cash', c),
        wrong: [
          [pair(account, 'Bank', c), 'credits the bank for money paid from petty cash'],
          [pair('Petty cash', account, c), 'debit and credit reversed'],
          [pair(account, 'Accounts payable', c), 'records as owed an item already paid for'],
          [pair('Drawings', 'Petty cash', c), "treats a business cost as the owner's drawings"],
        ],
      }
    },
  },
  {
    id: 'transfer-between-accounts',
    draw: (rng) => {
      const c = units(rng, 500, 20000)
      return {
        stem: `The business moves ${purse(rng)(c)} from its current account to its own savings account at the same bank. ${ASK}`,
        key: pair('Savings account', 'Current account', c),
        wrong: [
          [
            pair('Savings account', 'Interest income', c),
            'treats a transfer between own accounts as income',
          ],
          [pair('Current account', 'Savings account', c), 'debit and credit reversed'],
          [
            pair('Savings account', "Owner's capital", c),
            'treats a transfer between own accounts as new capital',
          ],
          [
            pair('Bank charges', 'Current account', c),
            'treats a transfer between own accounts as an expense',
          ],
        ],
      }
    },
  },
  {
    id: 'sales-credit-note',
    draw: (rng) => {
      const c = units(rng, 40, 900)
      return {
        stem: `A client returns goods and the business issues a credit note for ${purse(rng)(c)} against an unpaid invoice (no sales tax applies). ${ASK}`,
        key: pair('Sales returns', 'Accounts receivable', c),
        wrong: [
          [pair('Accounts receivable', 'Sales returns', c), 'debit and credit reversed'],
          [pair('Sales returns', 'Bank', c), 'records a cash refund that was not paid'],
          [
            pair('Sales returns', 'Accounts payable', c),
            'treats the credit note as a bill owed to the client',
          ],
          [
            pair('Purchases returns', 'Accounts receivable', c),
            'confuses returns from customers with returns to suppliers',
          ],
        ],
      }
    },
  },
  {
    id: 'supplier-credit-note',
    draw: (rng) => {
      const c = units(rng, 40, 900)
      return {
        stem: `The business returns faulty goods and the supplier sends a credit note for ${purse(rng)(c)} against a bill not yet paid. The business records stock bought in a Purchases account. ${ASK}`,
        key: pair('Accounts payable', 'Purchases returns', c),
        wrong: [
          [pair('Purchases returns', 'Accounts payable', c), 'debit and credit reversed'],
          [pair('Bank', 'Purchases returns', c), 'records a cash refund that was not received'],
          [
            pair('Accounts receivable', 'Purchases returns', c),
            'treats the supplier credit as a customer debt',
          ],
          [
            pair('Accounts payable', 'Sales returns', c),
            'confuses returns to suppliers with returns from customers',
          ],
        ],
      }
    },
  },
  {
    id: 'discount-allowed',
    draw: (rng) => {
      const invoice = units(rng, 400, 8000)
      const pct = rng.pick([2, 3, 5])
      const discount = share(invoice, pct, 100)
      const paid = invoice - discount
      return {
        stem: `A client settles an invoice of ${purse(rng)(invoice)} early and takes the agreed ${pct} % prompt-payment discount. ${ASK}`,
        key: entry(
          dr('Bank', paid),
          dr('Discounts allowed', discount),
          cr('Accounts receivable', invoice),
        ),
        wrong: [
          [
            pair('Bank', 'Accounts receivable', paid),
            'leaves the discount outstanding on the client account',
          ],
          [
            entry(
              dr('Bank', paid),
              dr('Discounts received', discount),
              cr('Accounts receivable', invoice),
            ),
            'confuses discounts given with discounts received',
          ],
          [pair('Bank', 'Accounts receivable', invoice), 'records the full invoice as received'],
          [
            entry(dr('Bank', paid), dr('Accounts receivable', discount), cr('Sales', invoice)),
            'records the sale again instead of clearing the receivable',
          ],
        ],
        recompute: {
          cells: { B1: invoice / 100, B2: pct / 100 },
          formula: '=ROUND(B1*B2,2)',
          shows: amount(discount),
        },
      }
    },
  },
  {
    id: 'discount-received',
    draw: (rng) => {
      const bill = units(rng, 400, 8000)
      const pct = rng.pick([2, 3, 5])
      const discount = share(bill, pct, 100)
      const paid = bill - discount
      return {
        stem: `The business pays a supplier's bill of ${purse(rng)(bill)} early and deducts the ${pct} % prompt-payment discount the supplier offers. ${ASK}`,
        key: entry(
          dr('Accounts payable', bill),
          cr('Bank', paid),
          cr('Discounts received', discount),
        ),
        wrong: [
          [
            pair('Accounts payable', 'Bank', paid),
            'leaves the discount owing on the supplier account',
          ],
          [
            entry(
              dr('Accounts payable', bill),
              cr('Bank', paid),
              cr('Discounts allowed', discount),
            ),
            'confuses discounts received with discounts given',
          ],
          [pair('Accounts payable', 'Bank', bill), 'records the full bill as paid'],
          [
            entry(
              dr('Accounts payable', paid),
              dr('Discounts received', discount),
              cr('Bank', bill),
            ),
            'treats the discount as an expense and pays the full bill',
          ],
        ],
        recompute: {
          cells: { B1: bill / 100, B2: pct / 100 },
          formula: '=B1-ROUND(B1*B2,2)',
          shows: amount(paid),
        },
      }
    },
  },
  {
    id: 'bad-debt-write-off',
    draw: (rng) => {
      const c = units(rng, 100, 4000)
      return {
        stem: `A client owing ${purse(rng)(c)} has gone out of business and will never pay; the business writes the debt off (it keeps no allowance for doubtful debts). ${ASK}`,
        key: pair('Bad debts expense', 'Accounts receivable', c),
        wrong: [
          [
            pair('Sales', 'Accounts receivable', c),
            'reverses the sale instead of recognising a bad debt',
          ],
          [pair('Accounts receivable', 'Bad debts expense', c), 'debit and credit reversed'],
          [pair('Bad debts expense', 'Bank', c), 'records cash paid out for a debt written off'],
          [
            pair('Bad debts expense', 'Accounts payable', c),
            'credits payables instead of clearing the receivable',
          ],
        ],
      }
    },
  },
  {
    id: 'card-expense',
    draw: (rng) => {
      const c = rng.int(2000, 30000)
      const [what, account] = rng.pick([
        ['fuel for the business van', 'Motor expenses'],
        ['a hotel for a client visit', 'Travel expenses'],
        ['online advertising', 'Advertising expenses'],
      ] as const)
      return {
        stem: `The business pays ${purse(rng)(c)} for ${what} on its credit card; the card bill is paid next month. ${ASK}`,
        key: pair(account, 'Credit card', c),
        wrong: [
          [pair(account, 'Bank', c), 'credits the bank before the card bill is paid'],
          [pair('Credit card', account, c), 'debit and credit reversed'],
          [
            pair(account, 'Accounts receivable', c),
            'treats the card balance as owed to the business',
          ],
          [pair('Prepaid expenses', 'Credit card', c), 'treats a cost already incurred as prepaid'],
        ],
      }
    },
  },
  {
    id: 'card-bill-paid',
    draw: (rng) => {
      const c = units(rng, 100, 3000)
      return {
        stem: `The business pays its credit card bill of ${purse(rng)(c)} from the bank; every purchase on the card was recorded when it was made. ${ASK}`,
        key: pair('Credit card', 'Bank', c),
        wrong: [
          [pair('Office expenses', 'Bank', c), 'expenses the card purchases a second time'],
          [pair('Bank', 'Credit card', c), 'debit and credit reversed'],
          [pair('Bank charges', 'Bank', c), 'treats paying the card as a bank charge'],
          [
            pair('Credit card', 'Office expenses', c),
            'reverses the purchases instead of recording the payment',
          ],
        ],
      }
    },
  },
  {
    id: 'contra-receivable-payable',
    draw: (rng) => {
      const owedToUs = units(rng, 800, 3000)
      const weOwe = units(rng, 200, 700)
      const m = purse(rng)
      return {
        stem: `A firm is both a client (it owes the business ${m(owedToUs)}) and a supplier (the business owes it ${m(weOwe)}). Both agree to set the smaller amount off against the larger. ${ASK}`,
        key: pair('Accounts payable', 'Accounts receivable', weOwe),
        wrong: [
          [pair('Accounts receivable', 'Accounts payable', weOwe), 'debit and credit reversed'],
          [
            pair('Accounts payable', 'Accounts receivable', owedToUs),
            'sets off the larger amount instead of the smaller',
          ],
          [pair('Accounts payable', 'Bank', weOwe), 'records a payment when no money moved'],
          [pair('Bank', 'Accounts receivable', weOwe), 'records a receipt when no money moved'],
        ],
      }
    },
  },
  {
    id: 'dishonoured-cheque',
    draw: (rng) => {
      const c = units(rng, 100, 4000)
      return {
        stem: `A client's cheque for ${purse(rng)(c)}, recorded as paid against its invoice, is returned unpaid by the bank. ${ASK}`,
        key: pair('Accounts receivable', 'Bank', c),
        wrong: [
          [
            pair('Bad debts expense', 'Bank', c),
            'writes the debt off at the first returned cheque',
          ],
          [pair('Bank', 'Accounts receivable', c), 'debit and credit reversed'],
          [pair('Sales', 'Bank', c), 'reverses the sale instead of reinstating the debt'],
          [pair('Bank charges', 'Bank', c), 'treats the returned cheque as a bank charge'],
        ],
      }
    },
  },
  {
    id: 'exchange-difference-on-receipt',
    draw: (rng) => {
      const foreign = units(rng, 1000, 9000)
      const rate1 = rng.int(105, 125)
      let rate2 = rng.int(100, 130)
      if (rate2 === rate1) rate2 = rate1 + 3
      const booked = share(foreign, rate1, 100)
      const received = share(foreign, rate2, 100)
      const diff = Math.abs(booked - received)
      const gain = received > booked
      const m = purse(rng)
      const account = gain ? 'Exchange gains' : 'Exchange losses'
      const other = gain ? 'Exchange losses' : 'Exchange gains'
      const key = gain
        ? entry(dr('Bank', received), cr('Accounts receivable', booked), cr(account, diff))
        : entry(dr('Bank', received), dr(account, diff), cr('Accounts receivable', booked))
      return {
        stem: `An invoice for ${amount(foreign)} in the client's currency was booked at an exchange rate of ${(rate1 / 100).toFixed(2)} (${m(booked)}). The client pays it in full when the rate is ${(rate2 / 100).toFixed(2)}, and ${m(received)} reaches the bank. ${ASK}`,
        key,
        wrong: [
          [
            pair('Bank', 'Accounts receivable', received),
            'clears only the amount received and leaves a balance on the client account',
          ],
          [
            gain
              ? entry(dr('Bank', received), cr('Accounts receivable', booked), cr('Sales', diff))
              : entry(dr('Bank', received), dr('Sales', diff), cr('Accounts receivable', booked)),
            'books the exchange difference to sales',
          ],
          [
            gain
              ? entry(dr('Bank', received), cr('Accounts receivable', booked), cr(other, diff))
              : entry(dr('Bank', received), dr(other, diff), cr('Accounts receivable', booked)),
            'reads a gain as a loss or a loss as a gain',
          ],
          [pair('Bank', 'Accounts receivable', booked), 'records the booked amount as received'],
        ],
        recompute: {
          cells: { B1: foreign / 100, B2: rate1 / 100, B3: rate2 / 100 },
          formula: '=ABS(ROUND(B1*B3,2)-ROUND(B1*B2,2))',
          shows: amount(diff),
        },
      }
    },
  },
  {
    id: 'deposit-paid-to-supplier',
    draw: (rng) => {
      const c = units(rng, 200, 4000)
      return {
        stem: `The business pays a supplier a ${purse(rng)(c)} deposit from the bank for furniture to be delivered and invoiced next month. ${ASK}`,
        key: pair('Supplier deposits paid', 'Bank', c),
        wrong: [
          [pair('Office expenses', 'Bank', c), 'expenses a payment for goods not yet received'],
          [pair('Bank', 'Supplier deposits paid', c), 'debit and credit reversed'],
          [
            pair('Furniture and fixtures', 'Accounts payable', c),
            'records the furniture as received and owed before it is delivered or invoiced',
          ],
          [
            pair('Supplier deposits paid', 'Accounts payable', c),
            'records as owed a deposit already paid',
          ],
        ],
      }
    },
  },
  {
    id: 'refund-of-client-credit',
    draw: (rng) => {
      const c = units(rng, 40, 900)
      return {
        stem: `A client already holds a ${purse(rng)(c)} credit on its account from a credit note, and asks for the money back. The business pays the refund from the bank. ${ASK}`,
        key: pair('Accounts receivable', 'Bank', c),
        wrong: [
          [pair('Sales returns', 'Bank', c), 'records the return a second time at the refund'],
          [pair('Bank', 'Accounts receivable', c), 'debit and credit reversed'],
          [pair('Accounts payable', 'Bank', c), 'looks for the client credit among suppliers'],
          [pair('Refunds expense', 'Bank', c), 'records a refund of a sale as an expense'],
        ],
      }
    },
  },
  {
    id: 'imprest-top-up',
    draw: (rng) => {
      const float = units(rng, 2, 5) * 100
      const vouchers = [rng.int(500, 4000), rng.int(500, 4000), rng.int(500, 4000)]
      const spent = vouchers[0]! + vouchers[1]! + vouchers[2]!
      const m = purse(rng)
      return {
        stem: `Petty cash runs on an imprest float of ${m(float)}. This month's vouchers are ${vouchers.map(m).join(', ')}, and the cash counted agrees with them. How much is drawn from the bank to restore the float?`,
        key: m(spent),
        wrong: [
          [m(float), 'draws the whole float again'],
          [m(float - spent), 'draws the cash still in the box'],
          [m(float + spent), 'adds the vouchers to the float'],
          [m(spent - vouchers[0]!), 'leaves one voucher out of the total'],
        ],
        recompute: {
          cells: { B1: vouchers[0]! / 100, B2: vouchers[1]! / 100, B3: vouchers[2]! / 100 },
          formula: '=SUM(B1:B3)',
          shows: amount(spent),
        },
      }
    },
  },
]
