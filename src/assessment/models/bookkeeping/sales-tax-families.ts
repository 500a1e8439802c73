import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cr, dr, entry, pair, purse, share, units } from './ledger-text.js'

/** Sales-tax rates of the kind VAT and GST systems use; the rules tested hold at any rate. */
const rate = (rng: Rng) => rng.pick([5, 10, 15, 20])
const REGISTERED = 'A business registered for VAT (a sales tax it charges and reclaims)'

/**
 * The mechanics of a value-added sales tax stated generically: output tax on sales is owed,
 * input tax on purchases is reclaimed, the return pays or reclaims the difference. No
 * country's thresholds or special schemes are tested beyond what a stem states.
 */
export const SALES_TAX_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'sales-invoice-with-tax',
    draw: (rng) => {
      const r = rate(rng)
      const net = units(rng, 100, 5000)
      const tax = share(net, r, 100)
      const gross = net + tax
      return {
        stem: `${REGISTERED} invoices a client ${purse(rng)(net)} plus VAT at ${r} %, payable in 30 days. Which journal entry records the invoice?`,
        key: entry(dr('Accounts receivable', gross), cr('Sales', net), cr('VAT payable', tax)),
        wrong: [
          [pair('Accounts receivable', 'Sales', gross), 'counts the VAT charged as revenue'],
          [pair('Accounts receivable', 'Sales', net), 'leaves out the VAT the client owes'],
          [
            entry(dr('Accounts receivable', gross), cr('Sales', net), cr('VAT recoverable', tax)),
            'credits input tax instead of recording output tax owed',
          ],
          [
            entry(dr('Accounts receivable', net), dr('VAT payable', tax), cr('Sales', gross)),
            'deducts the VAT from the client balance and books the gross as sales',
          ],
        ],
        recompute: {
          cells: { B1: net / 100, B2: r / 100 },
          formula: '=ROUND(B1*B2,2)',
          shows: amount(tax),
        },
      }
    },
  },
  {
    id: 'purchase-bill-with-tax',
    draw: (rng) => {
      const r = rate(rng)
      const net = units(rng, 100, 5000)
      const tax = share(net, r, 100)
      const gross = net + tax
      return {
        stem: `${REGISTERED} receives a supplier's bill for consultancy: ${purse(rng)(net)} plus VAT at ${r} %, all of it reclaimable, due next month. Which journal entry records the bill?`,
        key: entry(
          dr('Consultancy fees', net),
          dr('VAT recoverable', tax),
          cr('Accounts payable', gross),
        ),
        wrong: [
          [
            pair('Consultancy fees', 'Accounts payable', gross),
            'expenses VAT that can be reclaimed',
          ],
          [
            pair('Consultancy fees', 'Accounts payable', net),
            'leaves out the VAT owed to the supplier',
          ],
          [
            entry(
              dr('Consultancy fees', gross),
              cr('Accounts payable', net),
              cr('VAT payable', tax),
            ),
            'treats input tax on a purchase as output tax owed',
          ],
          [
            entry(dr('Consultancy fees', net), dr('VAT recoverable', tax), cr('Bank', gross)),
            'records a payment that has not been made',
          ],
        ],
        recompute: {
          cells: { B1: net / 100, B2: r / 100 },
          formula: '=B1+ROUND(B1*B2,2)',
          shows: amount(gross),
        },
      }
    },
  },
  {
    id: 'cash-sale-tax-inclusive',
    draw: (rng) => {
      const r = rate(rng)
      const net = units(rng, 20, 800)
      const tax = share(net, r, 100)
      const gross = net + tax
      const naive = share(gross, r, 100)
      return {
        stem: `${REGISTERED} takes ${purse(rng)(gross)} at the counter for goods; the price includes VAT at ${r} %. Which journal entry records the takings?`,
        key: entry(dr('Bank', gross), cr('Sales', net), cr('VAT payable', tax)),
        wrong: [
          [
            entry(dr('Bank', gross), cr('Sales', gross - naive), cr('VAT payable', naive)),
            'takes the rate of the tax-inclusive price instead of extracting the tax',
          ],
          [pair('Bank', 'Sales', gross), 'counts the VAT collected as revenue'],
          [
            entry(dr('Bank', gross), cr('Sales', net), cr('VAT recoverable', tax)),
            'credits input tax instead of recording output tax owed',
          ],
          [
            entry(dr('Bank', gross + tax), cr('Sales', gross), cr('VAT payable', tax)),
            'adds VAT on top of a price that already includes it',
          ],
        ],
        recompute: {
          cells: { B1: gross / 100, B2: r / 100 },
          formula: '=ROUND(B1*B2/(1+B2),2)',
          shows: amount(tax),
        },
      }
    },
  },
  {
    id: 'tax-return-position',
    draw: (rng) => {
      const r = rate(rng)
      const sales = units(rng, 20, 200) * 100
      const purchases = units(rng, 20, 200) * 100
      const output = share(sales, r, 100)
      const input = share(purchases, r, 100)
      if (output === input) throw new VariantError('sales-tax: output and input tax are equal')
      const m = purse(rng)
      const position = (diff: number) =>
        diff > 0
          ? `Pay ${m(diff)} to the tax authority`
          : `Reclaim ${m(-diff)} from the tax authority`
      return {
        stem: `${REGISTERED} at ${r} % made sales of ${m(sales)} and reclaimable purchases of ${m(purchases)} this quarter, all figures net of VAT. What does its VAT return show?`,
        key: position(output - input),
        wrong: (
          [
            [input - output, 'subtracts output tax from input tax'],
            [output + input, 'adds input tax to output tax'],
            [output, 'ignores the input tax reclaimable'],
            [output - 2 * input, 'deducts the input tax twice'],
            [sales - purchases, 'pays the difference in net sales instead of in tax'],
          ] as const
        )
          .filter(([diff]) => diff !== 0)
          .map(([diff, mistake]) => [position(diff), mistake] as const),
        recompute: {
          cells: { B1: sales / 100, B2: purchases / 100, B3: r / 100 },
          formula: '=ABS(ROUND(B1*B3,2)-ROUND(B2*B3,2))',
          shows: amount(Math.abs(output - input)),
        },
      }
    },
  },
  {
    id: 'irrecoverable-input-tax',
    draw: (rng) => {
      const r = rate(rng)
      const net = units(rng, 50, 900)
      const tax = share(net, r, 100)
      const gross = net + tax
      return {
        stem: `${REGISTERED} pays ${purse(rng)(gross)} from the bank for client entertaining, including VAT of ${amount(tax)}. The rules it works under say input tax on entertaining cannot be reclaimed. Which journal entry records the payment?`,
        key: pair('Entertainment expense', 'Bank', gross),
        wrong: [
          [
            entry(dr('Entertainment expense', net), dr('VAT recoverable', tax), cr('Bank', gross)),
            'reclaims input tax the rules block',
          ],
          [pair('Entertainment expense', 'Bank', net), 'leaves part of the payment unrecorded'],
          [
            entry(
              dr('Entertainment expense', gross),
              dr('VAT recoverable', tax),
              cr('Bank', gross + tax),
            ),
            'reclaims blocked tax and overstates the payment',
          ],
          [
            entry(dr('Entertainment expense', net), dr('VAT payable', tax), cr('Bank', gross)),
            'sets blocked input tax off against output tax owed',
          ],
        ],
      }
    },
  },
  {
    id: 'zero-rated-versus-exempt',
    draw: (rng) => {
      const zero = rng.next() < 0.5
      const kind = zero ? 'zero-rated' : 'exempt'
      return {
        stem: `Under a VAT system with both zero-rated and exempt supplies, a registered business makes only ${kind} sales. What follows for output tax on those sales and input tax on the costs of making them?`,
        key: zero
          ? 'No output tax is charged; the input tax can be reclaimed'
          : 'No output tax is charged; the input tax cannot be reclaimed',
        wrong: [
          zero
            ? [
                'No output tax is charged; the input tax cannot be reclaimed',
                'treats zero-rated supplies as exempt',
              ]
            : [
                'No output tax is charged; the input tax can be reclaimed',
                'treats exempt supplies as zero-rated',
              ],
          [
            'Output tax is charged at the standard rate; input tax is reclaimed',
            `taxes ${kind} sales at the standard rate`,
          ],
          [
            'Output tax is charged at the standard rate; input tax is not reclaimed',
            `taxes ${kind} sales and blocks the input tax`,
          ],
          [
            'Output tax is charged at a reduced rate; input tax is reclaimed',
            `confuses ${kind} supplies with reduced-rate supplies`,
          ],
        ],
      }
    },
  },
  {
    id: 'tax-paid-to-authority',
    draw: (rng) => {
      const c = units(rng, 300, 9000)
      return {
        stem: `A business pays the ${purse(rng)(c)} shown as due on its VAT return to the tax authority from the bank. Which journal entry records the payment?`,
        key: pair('VAT payable', 'Bank', c),
        wrong: [
          [
            pair('Tax expense', 'Bank', c),
            'treats VAT collected for the authority as a cost of the business',
          ],
          [pair('Bank', 'VAT payable', c), 'debit and credit reversed'],
          [pair('VAT recoverable', 'Bank', c), 'adds the payment to the input tax reclaimable'],
          [pair('Sales', 'Bank', c), 'takes the VAT out of revenue when it is paid'],
        ],
      }
    },
  },
  {
    id: 'credit-note-with-tax',
    draw: (rng) => {
      const r = rate(rng)
      const net = units(rng, 40, 900)
      const tax = share(net, r, 100)
      const gross = net + tax
      return {
        stem: `${REGISTERED} issues a credit note to a client for returned goods: ${purse(rng)(net)} plus VAT at ${r} %, against an unpaid invoice. Which journal entry records it?`,
        key: entry(
          dr('Sales returns', net),
          dr('VAT payable', tax),
          cr('Accounts receivable', gross),
        ),
        wrong: [
          [
            pair('Sales returns', 'Accounts receivable', gross),
            'leaves the output tax on the returned goods owed',
          ],
          [
            pair('Sales returns', 'Accounts receivable', net),
            'leaves the VAT on the client balance',
          ],
          [
            entry(
              dr('Accounts receivable', gross),
              cr('Sales returns', net),
              cr('VAT payable', tax),
            ),
            'debit and credit reversed',
          ],
          [
            entry(
              dr('Sales returns', net),
              dr('VAT recoverable', tax),
              cr('Accounts receivable', gross),
            ),
            'adds the VAT to input tax instead of reducing output tax',
          ],
        ],
        recompute: {
          cells: { B1: net / 100, B2: r / 100 },
          formula: '=B1*(1+B2)',
          shows: amount(gross),
        },
      }
    },
  },
  {
    id: 'cash-basis-tax-point',
    draw: (rng) => {
      const r = rate(rng)
      const invoiced = units(rng, 50, 300) * 100
      const previous = units(rng, 20, 150) * 100
      const unpaid = share(invoiced, rng.int(20, 60), 100)
      const received = invoiced - unpaid + previous
      const m = purse(rng)
      const tax = (c: number) => m(share(c, r, 100))
      return {
        stem: `A business accounts for VAT at ${r} % on the cash basis: output tax is due when a client pays. This quarter it invoiced ${m(invoiced)} net, of which ${m(unpaid)} is still unpaid, and it received ${m(previous)} net for invoices of the previous quarter. How much output tax is due for the quarter?`,
        key: tax(received),
        wrong: [
          [tax(invoiced), 'applies the invoice basis instead of the cash basis'],
          [tax(invoiced - unpaid), "leaves out receipts for the previous quarter's invoices"],
          [tax(invoiced + previous), 'taxes the unpaid invoices as well as the receipts'],
          ...(invoiced - unpaid > previous
            ? [
                [
                  tax(invoiced - unpaid - previous),
                  "deducts the previous quarter's receipts",
                ] as const,
              ]
            : []),
        ],
        recompute: {
          cells: { B1: invoiced / 100, B2: unpaid / 100, B3: previous / 100, B4: r / 100 },
          formula: '=ROUND((B1-B2+B3)*B4,2)',
          shows: amount(share(received, r, 100)),
        },
      }
    },
  },
]
