import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { cap } from '../scenario/scenario-text.js'
import {
  bp,
  cents,
  client,
  cr,
  customer,
  customers,
  dr,
  entry,
  family,
  money,
  share,
} from './ar-text.js'

// The allowance for doubtful accounts. Percentage of sales (income statement approach): the
// expense is the rate times credit sales, whatever the allowance already holds. Ageing or
// percentage of receivables (balance sheet approach): the allowance must end at the required
// balance, so the expense is the required balance less an unadjusted credit balance (plus an
// unadjusted debit balance). A write-off debits the allowance and credits receivables and leaves
// net receivables unchanged; a recovery reinstates the receivable (reversing the write-off for
// the amount recovered) and then records the cash (e.g. Kieso, Intermediate Accounting, ch. 7).

const ALLOW = 'Allowance for doubtful accounts'
const AR = 'Accounts receivable'
const BDE = 'Bad debt expense'
const RATES = [
  [100, 500, 1500, 3000, 5000],
  [200, 800, 2000, 4000, 6000],
  [150, 600, 1200, 2500, 5000],
  [100, 400, 1000, 3500, 7000],
] as const

/** Drawn ageing buckets and their loss rates, and the required allowance. */
function ageing(rng: Parameters<typeof cents>[0]) {
  const b = [0, 1, 2, 3, 4].map((k) => cents(rng, 2000, 60000 - k * 9000))
  const r = rng.pick(RATES)
  const need = b.reduce((s, x, k) => s + share(x, r[k]!, 10000), 0)
  return { b, r, need }
}
const agingText = (m: (c: number) => string, b: number[], r: readonly number[]) =>
  ['Current', '1–30', '31–60', '61–90', 'over 90']
    .map((l, k) => `${l} ${m(b[k]!)} at ${r[k]! / 100}%`)
    .join('; ')

export const ALLOWANCE_FAMILIES = [
  family('percent-of-sales-expense', (rng) => {
    const credit = rng.int(200, 5000) * 1000 * 100
    const cash = rng.int(20, 900) * 1000 * 100
    const rate = rng.pick([50, 75, 100, 125, 150, 200])
    const bal = cents(rng, 200, 9000)
    const ar = share(credit, rng.int(1000, 2500), 10000)
    const m = money(rng)
    return {
      stem: `${cap(client(rng))} estimates bad debts at ${rate / 100}% of credit sales. This year: credit sales ${m(credit)}, cash sales ${m(cash)}, year-end receivables ${m(ar)}; the allowance has an unadjusted credit balance of ${m(bal)}. What bad debt expense is recorded?`,
      key: m(share(credit, rate, 10000)),
      wrong: [
        [m(share(credit + cash, rate, 10000)), 'includes cash sales'],
        [
          m(share(credit, rate, 10000) - bal),
          'nets off the existing allowance as the ageing method does',
        ],
        [m(share(ar, rate, 10000)), 'applies the rate to receivables'],
        [m(share(credit, rate, 10000) + bal), 'adds the existing allowance'],
        [
          m(share(credit - ar, rate, 10000)),
          'applies the rate to the credit sales already collected',
        ],
      ],
      figures: { credit, cash, rate, bal, ar },
    }
  }),
  family('allowance-ending-balance', (rng) => {
    const open = cents(rng, 2000, 20000)
    const exp = cents(rng, 2000, 20000)
    const off = cents(rng, 1000, 15000)
    const rec = cents(rng, 100, 1500)
    const m = money(rng)
    if (open + exp - off + rec <= 0) throw new VariantError('a debit balance at year end')
    return {
      stem: `The allowance for doubtful accounts opened the year at ${m(open)} (credit). During the year: bad debt expense ${m(exp)}, write-offs ${m(off)}, and recoveries of accounts written off earlier ${m(rec)}. What is the closing balance?`,
      key: m(open + exp - off + rec),
      wrong: [
        [m(open + exp - off), 'leaves out the recoveries'],
        [m(open + exp - off - rec), 'deducts the recoveries'],
        [m(open + exp + off + rec), 'adds the write-offs'],
        [m(exp), 'gives the expense as the balance'],
        [m(open + exp + rec), 'leaves out the write-offs'],
        [m(open - off + rec), 'leaves out the year’s expense'],
      ],
      figures: { open, exp, off, rec },
    }
  }),
  family('ageing-required-balance', (rng) => {
    const { b, r, need } = ageing(rng)
    const total = b.reduce((s, x) => s + x, 0)
    const m = money(rng)
    return {
      stem: `${cap(client(rng))}'s ageing with its expected loss rates: ${agingText(m, b, r)}. What allowance balance does the ageing method require?`,
      key: m(need),
      wrong: [
        [m(share(total, r[2]!, 10000)), 'applies the middle rate to the whole ledger'],
        [m(need - share(b[0]!, r[0]!, 10000)), 'leaves the current bucket out'],
        [m(share(total, r[4]!, 10000)), 'applies the over-90 rate to the whole ledger'],
        [
          m(b.reduce((s, x, k) => s + share(x, r[Math.min(4, k + 1)]!, 10000), 0)),
          'takes each bucket at the next bucket’s rate',
        ],
      ],
      figures: Object.fromEntries([
        ...b.map((x, k) => [`b${k}`, x] as const),
        ...r.map((x, k) => [`r${k}`, x] as const),
      ]),
    }
  }),
  family('ageing-adjustment-credit-balance', (rng) => {
    const need = cents(rng, 3000, 30000)
    const bal = share(need, rng.int(2000, 6000), 10000)
    const off = share(need - bal, rng.int(1000, 4000), 10000)
    const m = money(rng)
    return {
      stem: `The ageing method requires an allowance of ${m(need)}. This year's write-offs of ${m(off)} are already posted, and before adjustment the allowance has a credit balance of ${m(bal)}. What bad debt expense is recorded?`,
      key: m(need - bal),
      wrong: [
        [m(need), 'books the whole required balance'],
        [m(need + bal), 'adds the existing credit balance'],
        [m(bal), 'books the existing balance again'],
        [m(need - bal - off), 'deducts the posted write-offs again'],
      ],
      figures: { need, bal, off },
    }
  }),
  family('ageing-adjustment-debit-balance', (rng) => {
    const need = cents(rng, 3000, 30000)
    const off = cents(rng, 2000, 20000)
    const open = share(off, rng.int(3000, 9000), 10000)
    const debit = off - open
    const m = money(rng)
    return {
      stem: `The allowance opened the year at ${m(open)} credit; write-offs of ${m(off)} left it with a ${m(debit)} debit balance before adjustment. The ageing requires ${m(need)} at year end. What bad debt expense is recorded?`,
      key: m(need + debit),
      wrong: [
        [m(need - debit), 'treats the debit balance as a credit'],
        [m(need), 'ignores the balance already there'],
        [m(need + off), 'adds back the write-offs, not the debit balance'],
        [m(debit), 'books only enough to clear the debit balance'],
      ],
      figures: { need, off, open },
    }
  }),
  family('write-off-entry', (rng) => {
    const amt = cents(rng, 200, 9000)
    return {
      stem: `${customer(rng)} has gone into liquidation owing ${money(rng)(amt)}, and the client, which uses the allowance method, writes the account off. Which entry records the write-off?`,
      key: entry(dr(ALLOW, amt), cr(AR, amt)),
      wrong: [
        [entry(dr(BDE, amt), cr(AR, amt)), 'uses the direct write-off method'],
        [entry(dr(BDE, amt), cr(ALLOW, amt)), 'books a new provision instead of the write-off'],
        [entry(dr(AR, amt), cr(ALLOW, amt)), 'reverses the sides'],
        [entry(dr(ALLOW, amt), cr('Sales', amt)), 'credits sales instead of receivables'],
        [entry(dr(ALLOW, amt), cr(BDE, amt)), 'credits bad debt expense instead of receivables'],
        [
          entry(dr(BDE, amt), dr(ALLOW, amt), cr(ALLOW, amt), cr(AR, amt)),
          'charges the expense again as well as writing the debt off',
        ],
      ],
      figures: { amt },
    }
  }),
  family('recovery-reinstatement-entry', (rng) => {
    const m = money(rng)
    const off = cents(rng, 300, 9000)
    const got = share(off, rng.int(3000, 8000), 10000)
    return {
      stem: `Last year the client wrote off ${customers(rng)} ${m(off)} under the allowance method. The customer now pays ${m(got)} in final settlement; nothing more will come. Which entry reinstates the receivable before the cash is posted?`,
      key: entry(dr(AR, got), cr(ALLOW, got)),
      wrong: [
        [entry(dr(AR, off), cr(ALLOW, off)), 'reinstates the whole amount written off'],
        [entry(dr(ALLOW, got), cr(AR, got)), 'writes it off again'],
        [entry(dr(AR, got), cr(BDE, got)), 'credits bad debt expense as the direct method does'],
        [entry(dr(AR, got), cr('Sales', got)), 'books the recovery as a new sale'],
        [entry(dr(ALLOW, off), cr(AR, off)), 'writes the whole account off again'],
        [entry(dr(AR, off), cr(BDE, off)), 'reinstates the whole amount against bad debt expense'],
      ],
      figures: { off, got },
    }
  }),
  family('net-receivables-after-write-off', (rng) => {
    const ar = cents(rng, 20000, 200000)
    const allow = share(ar, rng.int(300, 900), 10000)
    const off = share(allow, rng.int(2000, 8000), 10000)
    const m = money(rng)
    return {
      stem: `Receivables are ${m(ar)} and the allowance for doubtful accounts ${m(allow)}. The client then writes off a ${m(off)} account against the allowance. What are net receivables after the write-off?`,
      key: m(ar - allow),
      wrong: [
        [m(ar - allow - off), 'takes the write-off off net receivables'],
        [m(ar - off), 'forgets the allowance'],
        [m(ar), 'gives gross receivables'],
        [m(ar - allow + off), 'adds the write-off back'],
      ],
      figures: { ar, allow, off },
    }
  }),
  family('net-realisable-after-adjustment', (rng) => {
    const ar = cents(rng, 20000, 200000)
    const need = share(ar, rng.int(300, 900), 10000)
    const bal = share(need, rng.int(2000, 7000), 10000)
    const m = money(rng)
    return {
      stem: `Year-end receivables are ${m(ar)}. The allowance has an unadjusted credit balance of ${m(bal)}; the ageing says it must be ${m(need)}. After the adjustment, what is the net realisable value of receivables?`,
      key: m(ar - need),
      wrong: [
        [m(ar - bal), 'uses the unadjusted allowance'],
        [m(ar - (need - bal)), 'deducts only the adjustment'],
        [m(ar - need - bal), 'deducts the old balance as well'],
        [m(ar - need - (need - bal)), 'deducts the expense as well as the allowance'],
        [m(ar), 'gives gross receivables, before the allowance'],
        [m(ar + (need - bal)), 'adds the adjustment to receivables'],
      ],
      figures: { ar, need, bal },
    }
  }),
  family('percent-of-receivables-expense', (rng) => {
    const ar = cents(rng, 30000, 300000)
    const rate = rng.pick([200, 300, 400, 500, 600])
    const bal = share(ar, rng.int(50, Math.floor(rate * 0.8)), 10000)
    const debit = rng.next() < 0.4
    const need = share(ar, rate, 10000)
    const m = money(rng)
    return {
      stem: `Policy keeps the allowance at ${rate / 100}% of year-end receivables, which are ${m(ar)}. Before adjustment the allowance shows a ${debit ? 'debit' : 'credit'} balance of ${m(bal)}. What is the adjusting bad debt expense?`,
      key: m(debit ? need + bal : need - bal),
      wrong: [
        [
          m(debit ? need - bal : need + bal),
          `treats the balance as a ${debit ? 'credit' : 'debit'}`,
        ],
        [m(need), 'books the whole required balance'],
        [m(share(ar - bal, rate, 10000)), 'applies the rate to receivables net of the allowance'],
        [m(debit ? need + 2 * bal : need), 'counts the debit balance twice'],
        [m(share(bal, rate, 10000)), 'applies the rate to the allowance, not to receivables'],
      ],
      figures: { ar, rate, bal, debit: debit ? 1 : 0 },
    }
  }),
  family('historical-loss-rate', (rng) => {
    const years = [0, 1, 2].map(() => {
      const s = rng.int(500, 3000) * 1000 * 100
      return { s, w: share(s, rng.int(40, 300), 10000) }
    })
    const S = years.reduce((a, y) => a + y.s, 0)
    const W = years.reduce((a, y) => a + y.w, 0)
    const m = money(rng)
    const avgRates = years.reduce((a, y) => a + y.w / y.s, 0) / 3
    return {
      stem: `To set a percentage-of-sales rate, a client looks at three years of credit sales and write-offs: ${years.map((y) => `${m(y.s)} and ${m(y.w)}`).join('; ')}. What is the pooled loss rate (total write-offs over total credit sales), to two decimals?`,
      key: bp(share(W, 10000, S)),
      wrong: [
        [bp(Math.round(avgRates * 10000)), 'averages the three yearly rates'],
        [bp(share(years[2]!.w, 10000, years[2]!.s)), 'uses the latest year alone'],
        [bp(share(W, 10000, years[2]!.s)), 'divides all the write-offs by the latest year’s sales'],
        [bp(share(W, 10000 * 3, S)), 'multiplies the pooled rate by the three years'],
      ],
      figures: {
        s0: years[0]!.s,
        w0: years[0]!.w,
        s1: years[1]!.s,
        w1: years[1]!.w,
        s2: years[2]!.s,
        w2: years[2]!.w,
      },
    }
  }),
  family('writeoffs-from-t-account', (rng) => {
    const open = cents(rng, 2000, 20000)
    const exp = cents(rng, 2000, 20000)
    const rec = cents(rng, 100, 1500)
    const off = share(open + exp, rng.int(3000, 8000), 10000)
    const close = open + exp + rec - off
    const m = money(rng)
    return {
      stem: `The allowance opened at ${m(open)} and closed at ${m(close)} (both credit). Bad debt expense was ${m(exp)} and recoveries of accounts written off earlier ${m(rec)}. How much was written off during the year?`,
      key: m(off),
      wrong: [
        [m(open + exp - close), 'leaves out the recoveries'],
        [m(open + exp - close - rec), 'deducts the recoveries'],
        [m(close - open), 'takes the change in the balance'],
        [m(open + exp + rec), 'leaves out the closing balance'],
        [m(open + exp + rec + close), 'adds the closing balance instead of deducting it'],
        [m(close + exp + rec - open), 'swaps the opening and closing balances'],
      ],
      figures: { open, exp, rec, close },
    }
  }),
  family('ageing-expense-with-year-activity', (rng) => {
    const open = cents(rng, 3000, 20000)
    const off = share(open, rng.int(3000, 9000), 10000)
    const rec = cents(rng, 100, 1200)
    const need = cents(rng, 4000, 30000)
    const m = money(rng)
    const before = open - off + rec
    if (need - before <= 0) throw new VariantError('an allowance above the requirement')
    return {
      stem: `The allowance opened the year at ${m(open)}. During the year ${m(off)} was written off and ${m(rec)} recovered from accounts written off before. The year-end ageing requires ${m(need)}. What is the year's bad debt expense?`,
      key: m(need - before),
      wrong: [
        [m(need - open), 'ignores the year’s write-offs and recoveries'],
        [m(need - open + off), 'leaves out the recoveries'],
        [m(need - open + off + rec), 'adds the recoveries instead of deducting them'],
        [m(need), 'books the required balance'],
      ],
      figures: { open, off, rec, need },
    }
  }),
  family('adjusting-entry-amount', (rng) => {
    const m = money(rng)
    const need = cents(rng, 3000, 30000)
    const bal = share(need, rng.int(2000, 8000), 10000)
    const x = need - bal
    return {
      stem: `The ageing requires an allowance of ${m(need)}; it holds ${m(bal)} (credit) before adjustment. Which year-end entry is made?`,
      key: entry(dr(BDE, x), cr(ALLOW, x)),
      wrong: [
        [entry(dr(BDE, need), cr(ALLOW, need)), 'posts the whole required balance'],
        [entry(dr(BDE, x), cr(AR, x)), 'credits receivables directly'],
        [entry(dr(ALLOW, x), cr(BDE, x)), 'reverses the sides'],
        [entry(dr(BDE, need + bal), cr(ALLOW, need + bal)), 'adds the existing balance'],
        [entry(dr(ALLOW, x), cr(AR, x)), 'posts a write-off instead of the provision'],
        [
          entry(dr(ALLOW, need), cr(BDE, need)),
          'posts the whole required balance with the sides reversed',
        ],
        [
          entry(dr(BDE, need), cr(AR, need)),
          'posts the whole required balance against receivables',
        ],
      ],
      figures: { need, bal },
    }
  }),
  family('direct-write-off-recovery', (rng) => {
    const off = cents(rng, 300, 9000)
    return {
      stem: `A sole trader client uses the direct write-off method and wrote off ${customers(rng)} ${money(rng)(off)} last year. The customer now pays it in full. Which entry records the cash in the current year?`,
      key: entry(dr('Bank', off), cr('Bad debts recovered', off)),
      wrong: [
        [
          entry(dr('Bank', off), cr(ALLOW, off)),
          'credits an allowance the direct method does not keep',
        ],
        [entry(dr('Bank', off), cr('Sales', off)), 'books the recovery as a sale'],
        [entry(dr(BDE, off), cr('Bank', off)), 'reverses the sides'],
        [entry(dr('Bank', off), cr('Capital', off)), 'credits the owner’s capital'],
      ],
      figures: { off },
    }
  }),
  family('specific-plus-general-provision', (rng) => {
    const ar = cents(rng, 30000, 200000)
    const doubtful = cents(rng, 1000, 8000)
    const rate = rng.pick([200, 300, 400, 500])
    const m = money(rng)
    const key = doubtful + share(ar - doubtful, rate, 10000)
    return {
      stem: `Receivables are ${m(ar)}, including ${m(doubtful)} from a customer in administration, provided for in full. The rest carries a general allowance of ${rate / 100}%. What total allowance is required?`,
      key: m(key),
      wrong: [
        [m(share(ar, rate, 10000)), 'applies the general rate to everything'],
        [
          m(doubtful + share(ar, rate, 10000)),
          'also applies the general rate to the doubtful debt',
        ],
        [m(share(ar - doubtful, rate, 10000)), 'forgets the specific provision'],
        [m(doubtful), 'books only the specific provision'],
      ],
      figures: { ar, doubtful, rate },
    }
  }),
  // HMRC VAT Notice 700/18 (relief from VAT on bad debts): relief once the debt is over six months
  // past due and written off in the VAT account, on the VAT in the unpaid part; at 20% the VAT
  // in a VAT-inclusive amount is 1/6 of it (the VAT fraction of HMRC VAT Notice 700).
  family('vat-bad-debt-relief', (rng) => {
    const gross = cents(rng, 600, 12000)
    const paid = share(gross, rng.int(1000, 5000), 10000)
    // A UK client's VAT return is in sterling, so this case is always in pounds.
    const m = (c: number) => `£${amount(c)}`
    if (gross - paid <= 0) throw new VariantError('nothing unpaid')
    return {
      stem: `A UK client charged ${customer(rng)} ${m(gross)} including 20% VAT; the customer paid ${m(paid)} and the rest is now over six months past due and written off in the accounts. How much VAT can the client reclaim as bad debt relief?`,
      key: m(share(gross - paid, 1, 6)),
      wrong: [
        [m(share(gross - paid, 20, 100)), 'takes 20% of the VAT-inclusive debt'],
        [m(share(gross, 1, 6)), 'reclaims the VAT on the whole invoice'],
        [m(share(paid, 1, 6)), 'reclaims the VAT on the part paid'],
        [m(gross - paid), 'reclaims the whole unpaid debt'],
        [m(0), 'thinks relief waits for the customer’s insolvency'],
        [m(share(gross - paid, 1, 21)), 'uses the reduced-rate VAT fraction'],
      ],
      figures: { gross, paid },
    }
  }),
  family('percent-of-sales-entry', (rng) => {
    const credit = rng.int(100, 3000) * 100000
    const rate = rng.pick([50, 75, 100, 150, 200])
    const e = share(credit, rate, 10000)
    const bal = cents(rng, 100, 3000)
    const m = money(rng)
    return {
      stem: `${cap(client(rng))} provides ${rate / 100}% of the month's credit sales of ${m(credit)} as bad debts (percentage-of-sales method); the allowance already holds ${m(bal)}. Which month-end entry is made?`,
      key: entry(dr(BDE, e), cr(ALLOW, e)),
      wrong: [
        [
          entry(
            dr(BDE, e - bal > 0 ? e - bal : e + bal),
            cr(ALLOW, e - bal > 0 ? e - bal : e + bal),
          ),
          'nets the existing allowance as the ageing method does',
        ],
        [entry(dr(BDE, e), cr(AR, e)), 'credits receivables directly'],
        [entry(dr(ALLOW, e), cr(BDE, e)), 'reverses the sides'],
        [entry(dr(ALLOW, e), cr(AR, e)), 'posts a write-off instead of the provision'],
        [
          entry(
            dr(ALLOW, e - bal > 0 ? e - bal : e + bal),
            cr(BDE, e - bal > 0 ? e - bal : e + bal),
          ),
          'nets the existing allowance and reverses the sides',
        ],
      ],
      figures: { credit, rate, bal },
    }
  }),
  family('allowance-coverage', (rng) => {
    const ar = cents(rng, 20000, 300000)
    const allow = share(ar, rng.int(200, 900), 10000)
    const over90 = share(ar, rng.int(300, 1500), 10000)
    const m = money(rng)
    return {
      stem: `Receivables are ${m(ar)}, of which ${m(over90)} is over 90 days past due; the allowance for doubtful accounts is ${m(allow)}. What percentage of the over-90 balance does the allowance cover, to two decimals?`,
      key: bp(share(allow, 10000, over90)),
      wrong: [
        [bp(share(allow, 10000, ar)), 'divides by all receivables'],
        [bp(share(over90, 10000, allow)), 'inverts the ratio'],
        [bp(share(allow, 10000, ar - over90)), 'divides by the balance under 90 days'],
        [bp(share(over90, 10000, ar)), 'gives the over-90 share of receivables'],
        [bp(share(over90 - allow, 10000, over90)), 'gives the share left uncovered'],
      ],
      figures: { ar, allow, over90 },
    }
  }),
  family('recovery-cash-entry', (rng) => {
    const off = cents(rng, 300, 9000)
    const got = share(off, rng.int(3000, 10000), 10000)
    const m = money(rng)
    return {
      stem: `The client has just reinstated ${m(got)} of ${customers(rng)} account, written off last year for ${m(off)}, because the customer is paying that much (allowance method). Which entry records the cash received?`,
      key: entry(dr('Bank', got), cr(AR, got)),
      wrong: [
        [entry(dr('Bank', got), cr(ALLOW, got)), 'credits the allowance again'],
        [entry(dr('Bank', got), cr(BDE, got)), 'credits bad debt expense'],
        [entry(dr('Bank', off), cr(AR, off)), 'records the whole amount written off'],
        [entry(dr(AR, got), cr('Bank', got)), 'reverses the sides'],
        [
          entry(dr('Bank', off), cr(ALLOW, off)),
          'credits the allowance with the whole amount written off',
        ],
        [
          entry(dr('Bank', got), cr('Bad debts recovered', got)),
          'uses the direct method’s recovery account',
        ],
      ],
      figures: { off, got },
    }
  }),
] as const
