import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, invoiceNo, odd, pct, purse, sum, three, whole } from './invoice-text.js'

/** A card processor's fee, a percentage plus a fixed amount per charge, rounded to the cent. */
const cardFee = (gross: number, rate: number, fixed: number) => pct(gross, rate) + fixed

/**
 * Reconciling what arrives in the bank to invoices: processor payouts net of fees, grouped
 * deposits, short and over payments, bank charges, foreign-currency receipts and chargebacks.
 */
export const RECONCILE_FAMILIES: readonly ScenarioFamily[] = [
  family('card-payout-net-of-fee', (rng) => {
    const m = purse(rng)
    const gross = odd(rng, 40, 2500)
    const rate = rng.pick([1.5, 2.9, 2.5, 1.4, 3.4])
    const fixed = rng.pick([20, 25, 30])
    const key = gross - cardFee(gross, rate, fixed)
    return sum(rng, m, {
      stem: `A client pays a ${m(gross)} invoice by card. The processor charges ${rate}% of the charge (rounded to the cent) plus ${m(fixed)} per charge, deducted before payout. What net amount should the payout show for it?`,
      key,
      wrong: [
        [gross - pct(gross, rate), 'leaves out the fixed fee'],
        [gross - fixed, 'leaves out the percentage fee'],
        [gross, 'expects the full invoice in the bank'],
        [gross - pct(gross, rate + fixed / 100), 'treats the fixed fee as extra percentage points'],
      ],
      formula: '=B1-(ROUND(B1*B2/100,2)+B3)',
      cells: { B1: gross / 100, B2: rate, B3: fixed / 100 },
    })
  }),
  family('grouped-payout-fees', (rng) => {
    const m = purse(rng)
    const rate = rng.pick([1.5, 2.9, 2.5])
    const fixed = rng.pick([20, 30])
    const charges = [odd(rng, 30, 900), odd(rng, 30, 900), odd(rng, 30, 900)]
    const gross = charges.reduce((s, c) => s + c, 0)
    const fees = charges.reduce((s, c) => s + cardFee(c, rate, fixed), 0)
    const key = gross - fees
    return sum(rng, m, {
      stem: `One payout covers three card payments of ${charges.map(m).join(', ')}. Fees are ${rate}% of each charge rounded to the cent plus ${m(fixed)} per charge. What amount lands in the bank?`,
      key,
      wrong: [
        [gross - cardFee(gross, rate, fixed), 'charges the fixed fee once for the payout'],
        [gross - charges.reduce((s, c) => s + pct(c, rate), 0), 'leaves out the fixed fees'],
        [gross, 'expects the gross payments'],
        [gross - fees - fees, 'deducts the fees twice'],
      ].filter(([x]) => x !== key) as [number, string][],
      formula: `=SUM(B1:B3)-(ROUND(B1*B4/100,2)+ROUND(B2*B4/100,2)+ROUND(B3*B4/100,2)+3*B5)`,
      cells: {
        B1: charges[0]! / 100,
        B2: charges[1]! / 100,
        B3: charges[2]! / 100,
        B4: rate,
        B5: fixed / 100,
      },
    })
  }),
  family('payout-with-refund', (rng) => {
    const m = purse(rng)
    const charges = [odd(rng, 100, 1200), odd(rng, 100, 1200)]
    const refund = odd(rng, 20, 90)
    const feeTotal = odd(rng, 3, 40)
    const key = charges[0]! + charges[1]! - refund - feeTotal
    return sum(rng, m, {
      stem: `A payout report lists charges of ${m(charges[0]!)} and ${m(charges[1]!)}, a refund to a customer of ${m(refund)}, and fees of ${m(feeTotal)} in total (the processor keeps the original fee on refunds). What should the bank deposit be?`,
      key,
      wrong: [
        [charges[0]! + charges[1]! + refund - feeTotal, 'adds the refund'],
        [charges[0]! + charges[1]! - refund, 'leaves out the fees'],
        [charges[0]! + charges[1]! - feeTotal, 'leaves out the refund'],
        [charges[0]! + charges[1]! - refund + feeTotal, 'adds the fees'],
      ],
      formula: '=B1+B2-B3-B4',
      cells: { B1: charges[0]! / 100, B2: charges[1]! / 100, B3: refund / 100, B4: feeTotal / 100 },
    })
  }),
  family('which-invoices-sum-to-payment', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-', 'A'])
    const n = rng.int(100, 800)
    const amts = Array.from({ length: 4 }, () => odd(rng, 100, 3000))
    const [i, j] = rng
      .shuffle([0, 1, 2, 3])
      .slice(0, 2)
      .sort((x, y) => x - y) as [number, number]
    const pay = amts[i]! + amts[j]!
    const pairs: [number, number][] = []
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) pairs.push([a, b])
    if (pairs.filter(([a, b]) => amts[a]! + amts[b]! === pay).length > 1)
      throw new VariantError('two pairs match')
    const no = (k: number) => invoiceNo(p, n + k)
    const name = ([a, b]: readonly number[]) => `${no(a!)} and ${no(b!)}`
    const others = pairs.filter(([a, b]) => !(a === i && b === j))
    const near = others.sort(
      (x, y) =>
        Math.abs(amts[x[0]]! + amts[x[1]]! - pay) - Math.abs(amts[y[0]]! + amts[y[1]]! - pay),
    )
    return three(rng, {
      stem: `A customer's payment of ${m(pay)} arrives with no reference. Their open invoices are ${amts.map((a, k) => `${no(k)} ${m(a)}`).join(', ')}. Exactly which invoices does it settle?`,
      key: name([i, j]),
      wrong: near
        .slice(0, 4)
        .map(
          (pr) =>
            [
              name(pr),
              `picks a pair totalling ${m(amts[pr[0]]! + amts[pr[1]]!)}, not the payment`,
            ] as const,
        ),
      recompute: {
        cells: { B1: amts[i]! / 100, B2: amts[j]! / 100 },
        formula: '=B1+B2',
        shows: m(pay),
      },
    })
  }),
  family('short-payment-bank-charge', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 500, 6000)
    const charge = rng.pick([1000, 1200, 1500, 1750, 2000, 2500, 3000, 3500])
    const got = inv - charge
    return sum(rng, m, {
      stem: `An overseas client pays a ${m(inv)} invoice in full by wire, but the bank credits ${m(got)}: the difference is the receiving bank's charge, which the client agreed the business bears. How much is posted to bank charges when the invoice is closed?`,
      key: charge,
      wrong: [
        [inv, 'posts the whole invoice to bank charges'],
        [got, 'posts the amount received to bank charges'],
        [pct(inv, 2), 'estimates the charge at 2% of the invoice'],
        [charge * 2, 'counts the charge at both banks'],
        [inv + charge, 'adds the charge to the invoice as if the client owed it'],
        [pct(inv, 1), 'estimates the charge at 1% of the invoice'],
        [charge / 2, 'posts half, splitting a charge the business agreed to bear in full'],
      ],
      formula: '=B1-B2',
      cells: { B1: inv / 100, B2: got / 100 },
    })
  }),
  family('discount-taken-late-still-owed', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 400, 8000)
    const d = rng.pick([2, 3])
    const paid = inv - pct(inv, d)
    return sum(rng, m, {
      stem: `An invoice of ${m(inv)} offered ${d}% off if paid within 10 days. The client paid ${m(paid)} on day 24. Under the terms, how much is still owed?`,
      key: inv - paid,
      wrong: [
        [paid, 'treats the payment as still owed'],
        [pct(inv, 2 * d), 'doubles the discount'],
        [pct(paid, d), 'works the discount on the amount paid'],
        [inv, 'ignores the payment'],
      ],
      formula: '=B1-B2',
      cells: { B1: inv / 100, B2: paid / 100 },
    })
  }),
  family('fx-receipt-difference', (rng) => {
    const m = purse(rng)
    const eur = whole(rng, 800, 9000)
    const r1 = rng.pick([108, 110, 112, 115, 117])
    const r2 = r1 + rng.pick([-4, -3, -2, 2, 3, 4])
    const booked = Math.round((eur * r1) / 100)
    const got = Math.round((eur * r2) / 100)
    const key = Math.abs(got - booked)
    return sum(rng, (c) => `$${m(c).replace(/^\D+/, '')}`, {
      stem: `A US bookkeeper invoiced €${(eur / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}, booked at $${(r1 / 100).toFixed(2)} per euro. The client paid the euros in full when the rate was $${(r2 / 100).toFixed(2)}. How large is the exchange ${got > booked ? 'gain' : 'loss'} in dollars?`,
      key,
      wrong: [
        [got, 'gives the dollars received'],
        [booked, 'gives the dollars booked'],
        [Math.round((eur * Math.abs(r2 - r1)) / r1), 'divides the rate change by the old rate'],
        [
          Math.round((eur * 100) / r1) - Math.round((eur * 100) / r2),
          'divides by the rates instead of multiplying',
        ],
      ].map(([x, w]) => [Math.abs(x as number), w as string] as const),
      formula: `=ABS(ROUND(B1*${r2 / 100},2)-ROUND(B1*${r1 / 100},2))`,
      cells: { B1: eur / 100 },
    })
  }),
  family('duplicate-payment-applied', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 200, 1500)
    const other = inv + odd(rng, 100, 3000)
    return sum(rng, m, {
      stem: `A customer owed one invoice of ${m(inv)} and another of ${m(other)}, and by mistake paid the first twice and not the second. The client applies unapplied cash to the customer's open invoices. After applying it, what does the customer still owe?`,
      key: other - inv,
      wrong: [
        [other, 'leaves the duplicate payment unapplied'],
        [inv + other, 'ignores both payments'],
        [inv, 'gives the duplicate amount instead of the balance'],
      ],
      formula: '=B2-B1',
      cells: { B1: inv / 100, B2: other / 100 },
    })
  }),
  family('missing-cheque-in-deposit', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-'])
    const n = rng.int(100, 800)
    const amts = Array.from({ length: 4 }, () => odd(rng, 80, 1500))
    const miss = rng.int(0, 3)
    const dep = amts.reduce((s, a) => s + a, 0) - amts[miss]!
    const no = (k: number) => invoiceNo(p, n + k)
    return three(rng, {
      stem: `The remittance list for a paying-in slip names cheques for ${amts.map((a, k) => `${no(k)} (${m(a)})`).join(', ')}, but the bank credited only ${m(dep)}. Which invoice's cheque is missing from the deposit?`,
      key: `${no(miss)}, ${m(amts[miss]!)}`,
      wrong: amts
        .map((a, k) => [k, a] as const)
        .filter(([k]) => k !== miss)
        .map(([k, a]) => [`${no(k)}, ${m(a)}`, 'names a cheque the deposit includes'] as const),
      recompute: {
        cells: { B1: amts.reduce((s, a) => s + a, 0) / 100, B2: dep / 100 },
        formula: '=B1-B2',
        shows: m(amts[miss]!),
      },
    })
  }),
  family('chargeback-reopens-invoice', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 100, 3000)
    const fee = rng.pick([1500, 2000, 2500])
    const key = inv + fee
    return sum(rng, m, {
      stem: `A paid card invoice of ${m(inv)} is charged back by the customer's bank, and the processor also takes a ${m(fee)} dispute fee. The client's terms pass dispute fees on to the customer. What does the reopened balance on the customer's account become?`,
      key,
      wrong: [
        [inv, 'leaves out the dispute fee the terms pass on'],
        [fee, 'reopens only the fee'],
        [inv - fee, 'deducts the fee'],
        [inv + 2 * fee, 'charges the fee twice'],
      ],
      formula: '=B1+B2',
      cells: { B1: inv / 100, B2: fee / 100 },
    })
  }),
  family('undeposited-payments-total', (rng) => {
    const m = purse(rng)
    const rows = Array.from({ length: 5 }, () => ({
      amount: odd(rng, 50, 1200),
      deposited: rng.int(0, 1) === 1,
    }))
    if (rows.every((r) => r.deposited)) rows[0] = { ...rows[0]!, deposited: false }
    const key = rows.filter((r) => !r.deposited).reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `Payments received against invoices this week: ${rows.map((r) => `${m(r.amount)}${r.deposited ? ' (banked)' : ' (not yet banked)'}`).join(', ')}. What remains in undeposited funds?`,
      key,
      wrong: [
        [
          rows.filter((r) => r.deposited).reduce((s, r) => s + r.amount, 0),
          'totals the banked payments',
        ],
        [rows.reduce((s, r) => s + r.amount, 0), 'totals every payment'],
        [
          rows.filter((r) => !r.deposited).reduce((s, r) => s + r.amount, 0) - rows[0]!.amount,
          'drops the first payment',
        ],
        [
          rows.filter((r) => !r.deposited).length * Math.max(...rows.map((r) => r.amount)),
          'multiplies the count by the largest payment',
        ],
      ].filter(([x]) => x !== key) as [number, string][],
      formula: `=${rows.map((r, i) => (!r.deposited ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('paypal-fee-gross-up', (rng) => {
    const m = purse(rng)
    const rate = rng.pick([2.9, 3.4, 3.49])
    const fixed = rng.pick([30, 35, 49])
    const net = whole(rng, 50, 2000)
    const key = Math.ceil(((net + fixed) * 100) / (100 - rate))
    return sum(rng, m, {
      stem: `A client wants to receive ${m(net)} after a payment platform's fee of ${rate}% of the amount paid plus ${m(fixed)}. What is the smallest amount, in whole cents, the customer must be asked to pay?`,
      key,
      wrong: [
        [net + pct(net, rate) + fixed, 'adds the percentage of the net instead of grossing up'],
        [net + fixed, 'leaves out the percentage fee'],
        [Math.ceil((net * 100) / (100 - rate)), 'leaves out the fixed fee'],
        [net + pct(net + fixed, rate), 'grosses up but leaves out the fixed fee itself'],
      ],
      formula: '=ROUNDUP((B1+B3)/(1-B2/100),2)',
      cells: { B1: net / 100, B2: rate, B3: fixed / 100 },
    })
  }),
  family('remittance-part-pays-third-invoice', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-', 'A'])
    const n = rng.int(100, 800)
    const a = odd(rng, 200, 1500)
    const b = odd(rng, 200, 1500)
    const c = odd(rng, 600, 2500)
    const part = odd(rng, 50, c / 100 - 100)
    const pay = a + b + part
    return sum(rng, m, {
      stem: `A lump-sum payment of ${m(pay)} comes with a remittance: settle ${invoiceNo(p, n)} (${m(a)}) and ${invoiceNo(p, n + 1)} (${m(b)}) in full and put the rest against ${invoiceNo(p, n + 2)} (${m(c)}). What remains open on ${invoiceNo(p, n + 2)}?`,
      key: c - part,
      wrong: [
        [c, 'leaves the third invoice untouched'],
        [part, 'gives the part applied instead of what remains'],
        [c - (pay - a), 'skips the second invoice and applies the rest to the third'],
        [c + part, 'adds the part payment'],
        [a + b + c - pay + b, 'leaves the second invoice open as well'],
      ],
      formula: '=B3-(B4-B1-B2)',
      cells: { B1: a / 100, B2: b / 100, B3: c / 100, B4: pay / 100 },
    })
  }),
  family('withholding-deducted-by-client', (rng) => {
    const m = purse(rng)
    const net = whole(rng, 500, 9000)
    const w = rng.pick([10, 15, 20])
    const key = net - pct(net, w)
    return sum(rng, m, {
      stem: `A contract lets the paying client withhold ${w}% tax from a fee of ${m(net)}, paying the rest and remitting the tax itself. What bank receipt should be matched to the invoice?`,
      key,
      wrong: [
        [net, 'expects the full fee in the bank'],
        [pct(net, w), 'expects only the withheld tax'],
        [Math.round((net * 100) / (100 + w)), 'divides by 1 plus the rate'],
        [net + pct(net, w), 'adds the withheld tax'],
      ],
      formula: '=ROUND(B1*(1-B2/100),2)',
      cells: { B1: net / 100, B2: w },
    })
  }),
  family('open-after-batch-of-receipts', (rng) => {
    const m = purse(rng)
    const opening = whole(rng, 5000, 30000)
    const receipts = [odd(rng, 100, 3000), odd(rng, 100, 3000), odd(rng, 100, 3000)]
    const newInv = odd(rng, 200, 4000)
    const key = opening + newInv - receipts.reduce((s, r) => s + r, 0)
    return sum(rng, m, {
      stem: `Receivables stood at ${m(opening)}. Today ${m(newInv)} of new invoices were raised and three receipts of ${receipts.map(m).join(', ')} were matched to invoices. What do receivables now total?`,
      key,
      wrong: [
        [opening - receipts.reduce((s, r) => s + r, 0), 'leaves out the new invoices'],
        [opening + newInv + receipts.reduce((s, r) => s + r, 0), 'adds the receipts'],
        [opening + newInv - receipts[0]! - receipts[1]!, 'leaves out one receipt'],
        [opening + newInv, 'leaves out the receipts'],
      ],
      formula: '=B1+B5-SUM(B2:B4)',
      cells: {
        B1: opening / 100,
        B2: receipts[0]! / 100,
        B3: receipts[1]! / 100,
        B4: receipts[2]! / 100,
        B5: newInv / 100,
      },
    })
  }),
  family('direct-debit-collection-net', (rng) => {
    const m = purse(rng)
    const n = rng.int(8, 60)
    const amt = whole(rng, 15, 120)
    const fee = rng.pick([20, 25, 30, 35])
    const failed = rng.int(1, 3)
    const key = (n - failed) * (amt - fee)
    return sum(rng, m, {
      stem: `A direct-debit run collects ${n} monthly memberships of ${m(amt)}; ${failed} fail. The provider charges ${m(fee)} for each successful collection only and pays out the net. What payout should be reconciled?`,
      key,
      wrong: [
        [n * (amt - fee), 'ignores the failed collections'],
        [(n - failed) * amt, 'leaves out the fees'],
        [(n - failed) * amt - n * fee, 'charges fees on the failed collections too'],
        [failed * (amt - fee), 'gives the value of the failed collections instead of the payout'],
      ],
      formula: `=(${n}-${failed})*(B1-B2)`,
      cells: { B1: amt / 100, B2: fee / 100 },
    })
  }),
  family('part-payment-which-invoice-by-reference', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-'])
    const n = rng.int(100, 900)
    const a = odd(rng, 500, 3000)
    const b = odd(rng, 500, 3000)
    const pay = odd(rng, 100, Math.min(a, b) / 100 - 50)
    const ref = rng.int(0, 1)
    const key = [a, b][ref]! - pay
    return sum(rng, m, {
      stem: `A payment of ${m(pay)} references ${invoiceNo(p, n + ref)}. Open: ${invoiceNo(p, n)} ${m(a)} (older) and ${invoiceNo(p, n + 1)} ${m(b)}. Payments are applied to the invoice the customer references. What remains open on ${invoiceNo(p, n + ref)}?`,
      key,
      wrong: [
        [
          [a, b][1 - ref]! - pay,
          'applies the payment to the other invoice and gives what is left on that one',
        ],
        [[a, b][ref]!, 'leaves the referenced invoice untouched'],
        [a + b - pay, 'gives the account balance'],
        [[a, b][ref]! + pay, 'adds the payment'],
      ],
      formula: '=B1-B2',
      cells: { B1: [a, b][ref]! / 100, B2: pay / 100 },
    })
  }),
  family('refund-of-overpayment-net-fee', (rng) => {
    const m = purse(rng)
    const over = odd(rng, 20, 500)
    const fee = rng.pick([300, 500, 1000, 1500])
    if (fee >= over) throw new VariantError('the fee exceeds the refund')
    return sum(rng, m, {
      stem: `A customer overpaid by ${m(over)}. The terms deduct a ${m(fee)} refund transfer fee from any refund. How much is sent, with the fee posted to income?`,
      key: over - fee,
      wrong: [
        [over, 'leaves out the stated fee'],
        [over + fee, 'adds the fee'],
        [fee, 'sends only the fee'],
        [over - 2 * fee, 'deducts the fee twice'],
      ],
      formula: '=B1-B2',
      cells: { B1: over / 100, B2: fee / 100 },
    })
  }),
  family('bank-line-from-several-customers', (rng) => {
    const m = purse(rng)
    const inv = [odd(rng, 100, 900), odd(rng, 100, 900), odd(rng, 100, 900)]
    const short = rng.int(0, 2)
    const shortBy = odd(rng, 5, 40)
    const dep = inv.reduce((s, x) => s + x, 0) - shortBy
    return sum(rng, m, {
      stem: `A bank deposit of ${m(dep)} is the three cash-and-cheque receipts logged as ${inv.map(m).join(', ')}, and the bank confirms the receipt logged as ${m(inv[short]!)} was counted short. What was that customer actually paid in?`,
      key: inv[short]! - shortBy,
      wrong: [
        [inv[short]!, 'trusts the receipt log'],
        [shortBy, 'gives the shortfall instead of the amount'],
        [inv[short]! + shortBy, 'adds the shortfall'],
        [dep - inv[short]!, 'gives the other two receipts'],
      ],
      formula: '=B4-(B1+B2+B3-B5)',
      cells: {
        B1: inv[0]! / 100,
        B2: inv[1]! / 100,
        B3: inv[2]! / 100,
        B4: inv[short]! / 100,
        B5: dep / 100,
      },
    })
  }),
]
