import { VariantError } from '../assemble-variant.js'
import { bp, cr, dr, entry, family, money, share, vendor } from './ap-text.js'

/**
 * Matching a supplier invoice to its purchase order and goods receipt (the three-way match):
 * price and quantity variances, the tolerances that let a line through, what may be paid, and
 * invoices that are duplicates in disguise. The mistakes are the clerk's: matching to the order
 * instead of the receipt, taking the looser of two tolerances, paying a variance nobody approved.
 */
const MATCHING_FAMILIES_BASE = [
  family('price-variance-amount', (rng) => {
    const po = rng.int(120, 9000) * 5
    const inv = po + rng.int(2, 80) * 5
    const got = rng.int(6, 60)
    const ordered = got + rng.int(4, 40)
    if (po * ordered <= inv * got) throw new VariantError('the order value is below the invoice')
    const m = money(rng)
    return {
      stem: `A purchase order from ${vendor(rng)} is for ${ordered} units at ${m(po)} each. ${got} units were received and the invoice bills those ${got} units at ${m(inv)} each. What invoice price variance does the three-way match report for the line?`,
      key: m((inv - po) * got),
      wrong: [
        [m((inv - po) * ordered), 'multiplies by the ordered quantity, not the invoiced one'],
        [m(inv - po), 'reports the difference per unit, not for the line'],
        [m(inv * got), 'reports the invoiced line value as the variance'],
        [m(po * ordered - inv * got), 'compares the whole order value with the invoice'],
      ],
      figures: { po, inv, got, ordered },
    }
  }),
  family('quantity-variance-hold', (rng) => {
    const price = rng.int(200, 6000) * 5
    const ordered = rng.int(20, 200)
    const received = ordered - rng.int(3, Math.floor(ordered / 3))
    const invoiced = rng.int(received + 1, ordered)
    if (invoiced === ordered) throw new VariantError('the invoice bills the whole order')
    const m = money(rng)
    return {
      stem: `${vendor(rng)} invoices ${invoiced} units at the order price of ${m(price)}. The order was for ${ordered} units and the goods receipt records ${received}. Under a three-way match, what value of the invoice is held for the quantity difference?`,
      key: m((invoiced - received) * price),
      wrong: [
        [
          m((ordered - received) * price),
          'holds the undelivered part of the order, not of the invoice',
        ],
        [m(invoiced * price), 'holds the whole invoice for a partial difference'],
        [m((ordered - invoiced) * price), 'matches the invoice to the order, not the receipt'],
        [m(received * price), 'holds the received quantity, the part that may be paid'],
      ],
      figures: { price, ordered, received, invoiced },
    }
  }),
  family('payable-lesser-of-received-invoiced', (rng) => {
    const po = rng.int(100, 4000) * 5
    const inv = po + rng.int(1, 30) * 5
    const invoiced = rng.int(10, 120)
    const received = invoiced - rng.int(1, Math.max(1, Math.floor(invoiced / 4)))
    const m = money(rng)
    return {
      stem: `An invoice bills ${invoiced} units at ${m(inv)}; the purchase order price is ${m(po)} and the goods receipt shows ${received} units. The buyer has not approved the higher price. What may be released for payment now under a three-way match?`,
      key: m(received * po),
      wrong: [
        [m(invoiced * po), 'pays the invoiced quantity, matching to the order only'],
        [m(received * inv), 'pays the received units at the unapproved invoice price'],
        [m(invoiced * inv), 'pays the invoice as billed'],
        [
          m(invoiced * inv - received * po),
          'releases the disputed variance instead of the matched part',
        ],
      ],
      figures: { po, inv, invoiced, received },
    }
  }),
  family('tolerance-lower-of-percent-and-cap', (rng) => {
    const line = rng.int(400, 30000) * 100
    const pct = rng.pick([200, 300, 500, 1000])
    const capC = rng.pick([2500, 5000, 10000, 15000, 25000])
    const byPct = share(line, pct, 10000)
    if (byPct === capC) throw new VariantError('the two limits coincide')
    const m = money(rng)
    return {
      stem: `The matching tolerance is the lower of ${bp(pct)} of the order line value and ${m(capC)}. An order line is worth ${m(line)}. What is the highest invoice line value that still matches automatically?`,
      key: m(line + Math.min(byPct, capC)),
      wrong: [
        [m(line + Math.max(byPct, capC)), 'applies the higher of the two limits'],
        [m(line + byPct + capC), 'adds the two limits together'],
        [m(Math.min(byPct, capC)), 'gives the tolerance, not the highest line value'],
        [m(line - Math.min(byPct, capC)), 'takes the tolerance off the order value'],
        [m(line), 'matches only the exact order value'],
      ],
      figures: { line, pct, cap: capC },
    }
  }),
  family('price-variance-percent', (rng) => {
    const po = rng.int(200, 5000) * 5
    const inv = po + rng.int(2, 60) * 5
    const m = money(rng)
    const pc = (num: number, den: number) => bp(share(num, 10000, den))
    return {
      stem: `The order price of an item is ${m(po)} and ${vendor(rng)} invoices it at ${m(inv)}. The tolerance policy states variances as a percentage of the order price, to two decimals. What is the price variance?`,
      key: pc(inv - po, po),
      wrong: [
        [pc(inv - po, inv), 'divides by the invoice price, not the order price'],
        [pc(inv, po), 'states the invoice price as a percentage of the order price'],
        [pc(po, inv), 'states the order price as a percentage of the invoice price'],
        [pc(inv - po, inv + po), 'divides by the sum of the two prices'],
        [bp(inv - po), 'reads the money difference as a percentage'],
        [bp(share(inv - po, 100, po)), 'leaves the ratio unmultiplied by 100'],
      ],
      figures: { po, inv },
    }
  }),
  family('match-exception-kind', (rng) => {
    const price = rng.int(100, 3000) * 5
    const ordered = rng.int(20, 100)
    const received = ordered - rng.pick([0, 0, rng.int(1, 9)])
    const invoiced = rng.pick([received, ordered])
    const pct = rng.pick([200, 500])
    const raise = rng.pick([
      0,
      Math.ceil(share(price, pct, 10000) / 2),
      share(price, pct * 2, 10000),
    ])
    const inv = price + raise
    const priceOut = (inv - price) * 10000 > price * pct
    const qtyOut = invoiced > received
    const KINDS = {
      none: 'Neither: the line matches and can be approved',
      price: 'A price hold only',
      qty: 'A quantity hold only',
      both: 'A price hold and a quantity hold',
    } as const
    const kind = priceOut ? (qtyOut ? 'both' : 'price') : qtyOut ? 'qty' : 'none'
    const m = money(rng)
    const MISTAKES = {
      none: 'misses a variance outside the rule',
      price: 'misreads the price against the tolerance',
      qty: 'compares the invoice with the order, not the receipt',
      both: 'flags a variance that the tolerance allows',
    } as const
    return {
      stem: `Order: ${ordered} units at ${m(price)}. Goods receipt: ${received} units. Invoice: ${invoiced} units at ${m(inv)}. Price variances up to ${bp(pct)} of the order price are tolerated; any quantity billed beyond the receipt is held. Which holds does the three-way match place on the line?`,
      key: KINDS[kind],
      wrong: (Object.keys(KINDS) as (keyof typeof KINDS)[])
        .filter((k) => k !== kind)
        .map((k) => [KINDS[k], MISTAKES[k]] as const),
      figures: { price, ordered, received, invoiced, inv, pct },
    }
  }),
  family('duplicate-invoice-number-formats', (rng) => {
    const v = vendor(rng)
    const n = rng.int(100, 9999)
    const m = money(rng)
    const total = rng.int(300, 90000) * 5
    const other = total + rng.int(1, 40) * 100
    const posted = `INV-${String(n).padStart(6, '0')}`
    const digits = String(n)
    const at = [...digits].findIndex((d, k) => k > 0 && d !== digits[k - 1])
    if (at < 1) throw new VariantError('no two digits to swap')
    const swapped = digits.slice(0, at - 1) + digits[at] + digits[at - 1] + digits.slice(at + 1)
    const key = `${v}, invoice ${rng.pick([`INV${n}`, `inv ${n}`, `INV/${n}`, `Inv. No. 00${n}`, `inv #000${n}`])}, ${m(total)}`
    return {
      stem: `The ledger already holds ${v} invoice ${posted} for ${m(total)}. The duplicate check compares supplier, amount and invoice number with letters, spaces, punctuation and leading zeros ignored. Which newly scanned invoice should it stop as a probable duplicate?`,
      key,
      wrong: [
        [
          `${v}, invoice INV-${String(n + 1).padStart(6, '0')}, ${m(total)}`,
          'treats the next invoice number as the same one',
        ],
        [`${v}, invoice ${posted}, ${m(other)}`, 'ignores that the amounts differ'],
        [
          `${rng.pick(['Saltmarsh Timber', 'Oriel Lab Supplies'].filter((x) => x !== v))}, invoice ${posted}, ${m(total)}`,
          'matches another supplier’s number series',
        ],
        [`${v}, invoice ${swapped}, ${m(total)}`, 'matches a number with two digits swapped'],
        [`${v}, invoice ${n}0, ${m(total)}`, 'strips a trailing zero as if it were a leading one'],
      ],
      figures: { n, total, other },
    }
  }),
  family('credit-note-net-payable', (rng) => {
    const inv = rng.int(500, 40000) * 5
    const cn = rng.int(20, Math.floor(inv / 10)) * 5
    const m = money(rng)
    return {
      stem: `${vendor(rng)}'s invoice for ${m(inv)} is approved and a credit note of ${m(cn)} against it was received for returned goods. Both are posted. What is paid in the payment run to settle them?`,
      key: m(inv - cn),
      wrong: [
        [m(inv + cn), 'adds the credit note as if it were another invoice'],
        [m(inv), 'pays the invoice and leaves the credit note open'],
        [m(inv - 2 * cn), 'deducts the credit note twice, once at posting and once at payment'],
        [m(cn), 'pays the credit note amount'],
      ],
      figures: { inv, cn },
    }
  }),
  family('partial-receipts-matched', (rng) => {
    const price = rng.int(100, 5000) * 5
    const ordered = rng.int(30, 200)
    const r1 = rng.int(5, Math.floor(ordered / 2))
    const r2 = rng.int(3, ordered - r1 - 2)
    const m = money(rng)
    return {
      stem: `An order for ${ordered} units at ${m(price)} was delivered in two parts, receipts of ${r1} and then ${r2} units. The supplier invoices the full order. How much of the invoice matches to receipts and can be approved?`,
      key: m((r1 + r2) * price),
      wrong: [
        [m(ordered * price), 'approves the whole order before it is received'],
        [m(r2 * price), 'matches only the latest receipt'],
        [m(r1 * price), 'matches only the first receipt'],
        [m((ordered - r1 - r2) * price), 'approves the part not yet received'],
      ],
      figures: { price, ordered, r1, r2 },
    }
  }),
  family('short-delivery-debit-note', (rng) => {
    const price = rng.int(200, 4000) * 5
    const invoiced = rng.int(20, 150)
    const short = rng.int(2, Math.floor(invoiced / 4))
    const tax = rng.pick([500, 1000, 2000, 2100])
    const m = money(rng)
    const net = short * price
    return {
      stem: `${vendor(rng)} invoiced ${invoiced} units at ${m(price)} plus ${bp(tax)} VAT, but ${short} units never arrived. What total (VAT included, rounded to the cent) should the debit note or requested credit note be for?`,
      key: m(net + share(net, tax, 10000)),
      wrong: [
        [m(net), 'leaves out the VAT charged on the missing units'],
        [
          m(invoiced * price + share(invoiced * price, tax, 10000)),
          'claims back the whole invoice',
        ],
        [m(share(net, tax, 10000)), 'claims only the VAT on the missing units'],
        [
          m((invoiced - short) * price + share((invoiced - short) * price, tax, 10000)),
          'claims the value of the goods that arrived',
        ],
      ],
      figures: { price, invoiced, short, tax },
    }
  }),
  family('blanket-order-remaining', (rng) => {
    const cap = rng.int(200, 900) * 10000
    const a = rng.int(20, 200) * 1000
    const b = rng.int(20, 200) * 1000
    const c = rng.int(20, 200) * 1000
    const m = money(rng)
    return {
      stem: `A blanket purchase order with ${vendor(rng)} allows ${m(cap)} of spend for the year. Invoices of ${m(a)} and ${m(b)} were matched against it and a new invoice of ${m(c)} now matches too. How much of the blanket order is left after the new invoice?`,
      key: m(cap - a - b - c),
      wrong: [
        [m(cap - c), 'ignores the invoices already matched'],
        [m(cap - a - b), 'leaves the new invoice out of the drawdown'],
        [m(cap - a - b + c), 'adds the new invoice back instead of drawing it down'],
        [m(a + b + c), 'reports the spend to date, not what is left'],
      ],
      figures: { cap, a, b, c },
    }
  }),
  family('credit-note-with-vat-entry', (rng) => {
    const net = rng.int(40, 3000) * 100
    const tax = rng.pick([500, 1000, 2000])
    const vat = share(net, tax, 10000)
    const gross = net + vat
    const acct = rng.pick(['Purchases', 'Repairs expense', 'Office supplies'])
    const m = money(rng)
    return {
      stem: `A credit note from ${vendor(rng)} for ${m(gross)} (${m(net)} plus ${bp(tax)} VAT of ${m(vat)}) cancels part of an invoice first debited to ${acct}. Which journal records the credit note?`,
      key: entry(dr('Accounts payable', gross), cr(acct, net), cr('Input VAT', vat)),
      wrong: [
        [
          entry(dr('Accounts payable', gross), cr(acct, vat), cr('Input VAT', net)),
          'swaps the net and VAT amounts',
        ],
        [
          entry(dr(acct, gross), cr('Accounts payable', gross)),
          'posts the credit note as an invoice with the VAT in the cost',
        ],
        [
          entry(dr('Accounts payable', gross), cr(acct, gross)),
          'leaves the input VAT claimed on the cancelled part',
        ],
        [
          entry(dr(acct, net), dr('Input VAT', vat), cr('Accounts payable', gross)),
          'posts the credit note as a further invoice',
        ],
        [
          entry(dr('Accounts payable', gross), cr(acct, net), cr('Bank', vat)),
          'refunds the VAT through the bank',
        ],
      ],
      figures: { net, tax },
    }
  }),
  family('price-variance-entry-standard', (rng) => {
    const q = rng.int(10, 200)
    const po = rng.int(100, 3000) * 5
    const inv = po + rng.int(1, 40) * 5
    const m = money(rng)
    const grni = q * po
    const pay = q * inv
    return {
      stem: `${q} units were received at the order price of ${m(po)} and the receipt posted ${m(grni)} to goods received not invoiced (GRNI). The invoice bills them at ${m(inv)}, an approved price rise; VAT is ignored here. Which journal posts the invoice?`,
      key: entry(
        dr('GRNI', grni),
        dr('Purchase price variance', pay - grni),
        cr('Accounts payable', pay),
      ),
      wrong: [
        [
          entry(
            dr('Inventory', grni),
            dr('Purchase price variance', pay - grni),
            cr('Accounts payable', pay),
          ),
          'debits inventory again instead of clearing GRNI',
        ],
        [
          entry(dr('GRNI', pay), cr('Accounts payable', pay)),
          'clears GRNI at the invoice value, leaving it wrong',
        ],
        [
          entry(dr('Inventory', pay), cr('Accounts payable', pay)),
          'debits inventory again, counting the receipt twice',
        ],
        [
          entry(dr('GRNI', grni), cr('Accounts payable', grni)),
          'records the payable at the order price, not what is owed',
        ],
        [
          entry(
            dr('GRNI', pay),
            cr('Purchase price variance', pay - grni),
            cr('Accounts payable', grni),
          ),
          'swaps the variance and the payable',
        ],
      ],
      figures: { q, po, inv },
    }
  }),
  family('services-no-receipt-match', (rng) => {
    const what = rng.pick([
      'a month of cleaning',
      'an IT support retainer',
      'window cleaning',
      'a consultant’s workshop',
    ])
    return {
      stem: `A purchase-order invoice from ${vendor(rng)} covers ${what}, a service with no delivery to book in at the goods-in desk. What stands in for the goods receipt before the clerk approves it?`,
      key: 'A service-entry confirmation from the requester that the work was done',
      wrong: [
        [
          'The supplier’s signed timesheet or job sheet, forwarded to AP with the invoice as proof of the work',
          'accepts the supplier’s own paperwork as the receipt',
        ],
        [
          'A goods receipt the AP clerk books from the invoice lines so that the three-way match can clear',
          'lets the clerk who pays also confirm receipt',
        ],
        [
          'The supplier’s own statement that the work was done',
          'accepts the supplier’s word as the receipt',
        ],
        [
          'Nothing: a purchase order and an invoice that agree are enough',
          'drops the receipt from a three-way match',
        ],
        [
          'The AP clerk’s own receipt entry from the invoice lines',
          'lets the clerk who pays also confirm receipt',
        ],
        [
          'A two-way match to the vendor master record',
          'matches to master data instead of evidence of service',
        ],
      ],
    }
  }),
  family('invoice-before-receipt', (rng) => {
    const days = rng.int(2, 9)
    return {
      stem: `An invoice from ${vendor(rng)} for goods on a purchase order arrives ${days} days before the goods are due; no goods receipt exists yet and the invoice is not due for 30 days. What does the AP clerk do?`,
      key: 'Post it and hold it until the goods receipt is booked',
      wrong: [
        [
          'Approve it now because its lines, prices and quantities agree with the purchase order in full',
          'pays on a two-way match where three are required',
        ],
        [
          'Book the goods receipt from the invoice so the three-way match clears and the invoice can be approved',
          'records receipt of goods nobody has seen',
        ],
        [
          'Approve it because it matches the purchase order',
          'pays on a two-way match where three are required',
        ],
        [
          'Return it to the supplier and ask for it again after delivery',
          'refuses a valid invoice and loses its date',
        ],
        [
          'Book the goods receipt from the invoice so the match clears',
          'records receipt of goods nobody has seen',
        ],
        ['Pay it now and chase the receipt afterwards', 'pays before the goods exist'],
      ],
    }
  }),
  family('duplicate-check-same-amount-different-invoice', (rng) => {
    const v = vendor(rng)
    return {
      stem: `${v} bills the same monthly fee every month. The duplicate check flags this month's invoice because supplier and amount equal last month's. The invoice number and service period differ and last month's was paid. What does the clerk do?`,
      key: 'Release it: a new number for a new month’s service is a genuine recurring invoice',
      wrong: [
        [
          'Reject it as a duplicate, since supplier and amount match an invoice already paid last month',
          'treats a repeated amount as a duplicate',
        ],
        [
          'Pay it and reverse last month’s invoice as the duplicate, so only one of the two stays in the ledger',
          'reverses a paid invoice on no evidence',
        ],
        [
          'Reject it as a duplicate of last month’s invoice',
          'treats a repeated amount as a duplicate',
        ],
        ['Pay it and mark last month’s as a duplicate', 'reverses a paid invoice on no evidence'],
        [
          'Turn the duplicate check off for this supplier',
          'removes a control instead of clearing an alert',
        ],
        ['Hold it until the supplier changes the amount', 'delays a valid invoice for a non-issue'],
      ],
    }
  }),
  family('vat-on-price-variance-hold', (rng) => {
    const po = rng.int(100, 3000) * 5
    const inv = po + rng.int(4, 60) * 5
    const q = rng.int(5, 100)
    const tax = rng.pick([500, 1000, 2000])
    const m = money(rng)
    const diff = (inv - po) * q
    return {
      stem: `An invoice bills ${q} units at ${m(inv)} plus ${bp(tax)} VAT; the order price is ${m(po)} and the buyer refuses the increase. The supplier agrees to a credit note for the excess. What is the credit note's total including VAT, rounded to the cent?`,
      key: m(diff + share(diff, tax, 10000)),
      wrong: [
        [m(diff), 'forgets the VAT charged on the excess'],
        [m(inv - po + share(inv - po, tax, 10000)), 'credits the excess on one unit only'],
        [m(q * inv + share(q * inv, tax, 10000)), 'credits the whole invoice'],
        [m(share(diff, tax, 10000)), 'credits only the VAT on the excess'],
        [m(q * po + share(q * po, tax, 10000)), 'credits the line at its order value'],
      ],
      figures: { po, inv, q, tax },
    }
  }),
]

/** Charges on an invoice that the order did not price line by line. */
const LANDED_COST_FAMILIES = [
  family('freight-allocated-by-value', (rng) => {
    const lines = [rng.int(50, 900) * 1000, rng.int(50, 900) * 1000, rng.int(50, 900) * 1000]
    const units = [rng.int(5, 60), rng.int(5, 60), rng.int(5, 60)]
    const freight = rng.int(40, 900) * 100
    const at = rng.int(0, 2)
    const total = lines.reduce((a, b) => a + b, 0)
    const m = money(rng)
    const names = ['Line 1', 'Line 2', 'Line 3']
    return {
      stem: `An invoice carries three stock lines (${names.map((n, i) => `${n}: ${units[i]} units, ${m(lines[i]!)}`).join('; ')}) and freight of ${m(freight)}. The client capitalises freight into stock, spread over the lines by their value. How much freight goes to ${names[at]}, to the cent?`,
      key: m(share(freight, lines[at]!, total)),
      wrong: [
        [m(share(freight, 1, 3)), 'splits the freight equally across lines'],
        [
          m(
            share(
              freight,
              units[at]!,
              units.reduce((a, b) => a + b, 0),
            ),
          ),
          'spreads by units, not by value',
        ],
        [m(freight), 'charges all the freight to one line'],
        [
          m(share(freight, lines[at]!, total - lines[at]!)),
          'divides by the other lines’ value only',
        ],
      ],
      figures: { l0: lines[0]!, l1: lines[1]!, l2: lines[2]!, u: units.join(','), freight, at },
    }
  }),
]

/** Every family of the domain. */
export const MATCHING_FAMILIES = [...MATCHING_FAMILIES_BASE, ...LANDED_COST_FAMILIES]
