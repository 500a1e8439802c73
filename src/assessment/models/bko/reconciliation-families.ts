import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { an, CENTS, dol, frac, rest, usd, worked } from './bko-text.js'

// Reconciliation and exceptions. The slips are an open item applied to the wrong side or with
// its sign reversed, an item left out or counted twice, a cut-off, ageing boundary or policy
// limit read one day or one dollar the wrong way, a strap, bundle or coin roll valued as another
// denomination's, checks counted as cash, a reversed or retracted withdrawal taken off twice, a
// rate of the wrong side of the quote, and a month, calendar or day-count of another convention.

const money = usd(2)
/** Drawn cents as a fraction of a dollar. */
const c = (x: number) => frac(x, 100)
/** Drawn cents as a stem writes them: 123456 → `$1,234.56`. */
const cs = (x: number) => money(c(x))
/** Drawn cents between two dollar amounts. */
const cents = (rng: { int: (a: number, b: number) => number }, lo: number, hi: number) =>
  rng.int(lo * 100, hi * 100)

const NOSTRO =
  'Our ledger (the mirror of the nostro account we hold at a New York correspondent) and the correspondent’s statement are reconciled each day. An item one side has booked and the other has not is an open item: our adjusted ledger is our ledger brought up to date for the items the correspondent has booked and we have not, and the adjusted statement is the statement brought up to date for the items we have booked and the correspondent has not.'

export const RECONCILIATION_FAMILIES: ScenarioFamily[] = [
  worked('nostro-adjusted-ledger-balance', (rng) => {
    const L = cents(rng, 1500000, 4000000)
    const P1 = cents(rng, 50, 900)
    const R2 = cents(rng, 5000, 40000)
    const P2 = cents(rng, 5000, 30000)
    const R1 = P2 + R2 + cents(rng, 1000, 20000)
    const key = L - P1 + R2
    const S = key - R1 + P2
    return {
      stem: `${NOSTRO} At today’s close our ledger shows a balance of ${cs(L)} and the correspondent’s statement ${cs(S)}. The open items are: a receipt of ${cs(R1)} we booked that the correspondent has not yet credited; service charges of ${cs(P1)} the correspondent debited that we have not yet booked; a payment of ${cs(P2)} we booked that the correspondent has not yet debited; and an incoming credit of ${cs(R2)} the correspondent received that we have not yet booked. What is our adjusted ledger balance, ${CENTS}?`,
      show: money,
      figures: { L, S, P1, R2, P2, R1 },
      key: c(key),
      wrong: [
        [c(L + P1 - R2), 'reverses the signs of the correspondent’s items'],
        [c(L - P1), 'leaves out the unbooked incoming credit'],
        [c(L + R2), 'leaves out the unbooked service charges'],
        [c(L + R1 - P2), 'applies our own booked items to our ledger'],
        [c(key + R1 - P2), 'applies every open item to our ledger'],
        [c(S), 'takes the statement balance as the answer'],
      ],
    }
  }),
  worked('nostro-adjusted-statement-balance', (rng) => {
    const L = cents(rng, 800000, 2500000)
    const P1 = cents(rng, 50, 900)
    const R2 = cents(rng, 5000, 40000)
    const P2 = cents(rng, 5000, 30000)
    const R1 = P2 + R2 + cents(rng, 1000, 20000)
    const key = L - P1 + R2
    const S = key - R1 + P2
    return {
      stem: `${NOSTRO} At today’s close the correspondent’s statement shows ${cs(S)} and our ledger ${cs(L)}. The open items are: a payment of ${cs(P2)} we booked that the correspondent has not yet debited; an incoming credit of ${cs(R2)} the correspondent received that we have not yet booked; a receipt of ${cs(R1)} we booked that the correspondent has not yet credited; and lifting and service charges of ${cs(P1)} the correspondent debited that we have not yet booked. What is the adjusted statement balance, ${CENTS}?`,
      show: money,
      figures: { L, S, P1, R2, P2, R1 },
      key: c(key),
      wrong: [
        [c(S - R1 + P2), 'reverses the signs of our booked items'],
        [c(S + R1), 'leaves out the payment not yet debited'],
        [c(S - P2), 'leaves out the receipt not yet credited'],
        [c(S - P1 + R2), 'applies the correspondent’s items to its own statement'],
        [c(key - P1 + R2), 'applies every open item to the statement'],
        [c(L), 'takes our ledger balance as the answer'],
      ],
    }
  }),
  worked('nostro-difference-to-investigate', (rng) => {
    const L = cents(rng, 500000, 2000000)
    const P1 = cents(rng, 25, 300)
    const R2 = cents(rng, 100, 450)
    const P2 = cents(rng, 100, 450)
    const R1 = cents(rng, 100, 900)
    const D = cents(rng, 1000, 3000)
    const S = L - P1 + R2 - R1 + P2 - D
    return {
      stem: `${NOSTRO} At today’s close our ledger shows ${cs(L)} and the correspondent’s statement ${cs(S)}. The open items are: charges of ${cs(P1)} the correspondent debited that we have not yet booked; an incoming credit of ${cs(R2)} the correspondent received that we have not yet booked; a receipt of ${cs(R1)} we booked that the correspondent has not yet credited; and a payment of ${cs(P2)} we booked that the correspondent has not yet debited. By how much does our adjusted ledger exceed the adjusted statement (the unexplained difference to investigate), ${CENTS}?`,
      show: money,
      figures: { L, S, P1, R2, P2, R1, D },
      key: c(D),
      wrong: [
        [c(D + P1), 'leaves out the unbooked charges'],
        [c(D + R1), 'leaves out the receipt not yet credited'],
        [c(D + 2 * R1), 'takes the receipt not yet credited off the statement'],
        [c(D - R2), 'leaves out the unbooked incoming credit'],
        [c(D - P2), 'leaves out the payment not yet debited'],
        [c(D - 2 * P2), 'adds the payment not yet debited to the statement'],
      ],
    }
  }),
  worked('general-ledger-to-subledger-difference', (rng) => {
    const T = cents(rng, 3000000, 9000000)
    const X = cents(rng, 2000, 15000)
    const Y = cents(rng, 1000, 12000)
    const D = cents(rng, 20000, 60000)
    const G = T - Y - X - D
    return {
      stem: `At month-end the general ledger control account for commercial loans shows ${cs(G)}, and the loan subledger’s accounts total ${cs(T)}. Two timing items are known: a batch of disbursements of ${cs(X)} posted to the subledger today reaches the general ledger only in tonight’s batch, and a reversing entry of ${cs(Y)} that lowered the general ledger today has not yet been posted to the subledger. By how much does the subledger still exceed the general ledger once both items are brought in (the difference to investigate), ${CENTS}?`,
      show: money,
      figures: { G, T, X, Y, D },
      key: c(D),
      wrong: [
        [c(D + X + Y), 'takes the raw difference without the timing items'],
        [c(D + 2 * X), 'takes the batch off the general ledger instead of adding it'],
        [c(D + 2 * Y), 'adds the reversal to the subledger instead of taking it off'],
        [c(D - X), 'adds the batch to the general ledger twice'],
        [c(D - Y), 'takes the reversal off twice'],
        [c(D - X - Y), 'brings both timing items in twice'],
      ],
    }
  }),
  worked('suspense-items-to-escalate-by-age', (rng) => {
    const a = cents(rng, 200, 900)
    const b = cents(rng, 1500, 4000)
    const cc = cents(rng, 300, 2500)
    const d = cents(rng, 1200, 3000)
    const e = cents(rng, 100, 1000)
    const g = cents(rng, 400, 2000)
    const ac = rng.int(40, 80)
    if (a >= d || e >= b) rest()
    const key = b + cc + d
    return {
      stem: `A bank’s suspense-account policy, as stated for this exercise: an open item more than 30 calendar days old is escalated to the operations manager, and one more than 90 calendar days old is written off instead (not escalated). At today’s review the open items are, with their ages in calendar days: ${cs(a)}, 30 days; ${cs(b)}, 31 days; ${cs(cc)}, ${ac} days; ${cs(d)}, 90 days; ${cs(e)}, 91 days; ${cs(g)}, 132 days. What total must be escalated, ${CENTS}?`,
      show: money,
      figures: { a, b, cc, d, e, g, ac },
      key: c(key),
      wrong: [
        [c(key + a), 'escalates the item of exactly 30 days'],
        [c(key + e + g), 'escalates the items to be written off too'],
        [c(key + a + e + g), 'escalates every item 30 days old or more'],
        [c(key - d), 'writes off the item of exactly 90 days'],
        [c(key + a - d), 'counts each age one day longer'],
        [c(key - b + e), 'counts each age one day shorter'],
      ],
    }
  }),
  worked('suspense-write-off-under-policy', (rng) => {
    const d1 = cents(rng, 20, 240)
    const d2 = cents(rng, 20, 240)
    const d3 = cents(rng, 20, 240)
    const big = cents(rng, 400, 1500)
    const at250 = 25000
    const at90 = cents(rng, 20, 240)
    const young = cents(rng, 20, 240)
    const cr = cents(rng, 20, 240)
    const agesY = rng.int(61, 85)
    const ages = [rng.int(95, 130), rng.int(131, 200), rng.int(201, 360)]
    const key = d1 + d2 + d3
    if (cr >= d3) rest()
    return {
      stem: `A bank’s policy for its debit suspense account, as stated for this exercise: a debit item more than 90 calendar days old and under $250.00 is written off to operating loss; one of $250.00 or more is escalated to the controller instead, and credit items are never written off (they stay open for unclaimed-property review). At today’s review the open items, with their ages in calendar days, are: debits of ${cs(d1)} (${ages[0]} days), ${cs(d2)} (${ages[1]} days), ${cs(d3)} (${ages[2]} days), ${cs(big)} (${ages[1]} days), ${cs(at250)} (${ages[0]} days), ${cs(at90)} (90 days) and ${cs(young)} (${agesY} days); and a credit item of ${cs(cr)} (${ages[2]} days). What total is written off today, ${CENTS}?`,
      show: money,
      figures: { d1, d2, d3, big, at250, at90, young, cr, agesY },
      key: c(key),
      wrong: [
        [c(key + at90), 'writes off the item of exactly 90 days'],
        [c(key + at250), 'writes off the item of exactly $250.00'],
        [c(key + young + at90), 'writes off items more than 60 days old'],
        [c(key - cr), 'nets the credit item against the debits'],
        [c(key - d1), 'writes off only items more than 130 days old'],
        [c(key - d1 - d2), 'writes off only items more than 200 days old'],
      ],
    }
  }),
  worked('teller-expected-drawer-cash', (rng) => {
    const O = rng.int(80, 200) * 100
    const CD = cents(rng, 6000, 25000)
    const CW = cents(rng, 5000, 20000)
    const CK = cents(rng, 4000, 30000)
    const CB = cents(rng, 100, 900)
    const CC = cents(rng, 500, 4000)
    const V = rng.int(10, 60) * 100 * 100
    const VS = rng.int(5, 40) * 100 * 100
    const key = O * 100 + CD + CC + V - CW - CB - VS
    if (key <= 0) rest()
    return {
      stem: `A teller opened the day with ${dol(O)} in her cash drawer. During the day she took in cash deposits of ${cs(CD)} and ${cs(CC)} of cash for cashier’s checks she sold, paid out ${cs(CW)} on cash withdrawals, took in ${cs(CK)} of checks for deposit on which she gave ${cs(CB)} cash back, bought ${cs(V)} from the vault and sold ${cs(VS)} of excess cash back to the vault. Checks go to proof, not into the drawer. What cash should her drawer hold at the close, ${CENTS}?`,
      show: money,
      figures: { O, CD, CW, CK, CB, CC, V, VS },
      key: c(key),
      wrong: [
        [c(key + CK), 'counts the deposited checks as cash'],
        [c(key + CB), 'leaves out the cash back'],
        [c(key + 2 * VS), 'adds the cash sold to the vault'],
        [c(key - V), 'leaves out the cash bought from the vault'],
        [c(key - CC), 'leaves out the cash for cashier’s checks'],
        [c(key - 2 * CC), 'takes the cashier’s check cash as paid out'],
      ],
    }
  }),
  worked('teller-cash-shortage', (rng) => {
    const O = rng.int(80, 200) * 100
    const CD = cents(rng, 6000, 25000)
    const CW = cents(rng, 5000, 20000)
    const CK = cents(rng, 4000, 30000)
    const T = cents(rng, 20, 120)
    const Fee = cents(rng, 5, 30)
    const s = cents(rng, 150, 400)
    const exp = O * 100 + CD + Fee - CW
    const count = exp - s
    if (T >= s || 2 * Fee >= s) rest()
    return {
      stem: `A teller opened with ${dol(O)} in her drawer. Her tape for the day shows cash deposits of ${cs(CD)}, ${cs(Fee)} of cash fees collected for money orders, cash withdrawals of ${cs(CW)}, ${cs(CK)} of checks deposited (sent to proof, not into the drawer) and a transfer of ${cs(T)} between a customer’s savings and checking accounts (no cash moved). Her closing count is ${cs(count)}. By how much is her drawer short, ${CENTS}?`,
      show: money,
      figures: { O, CD, CW, CK, T, Fee, count },
      key: c(s),
      wrong: [
        [c(s + CK), 'counts the checks as cash taken in'],
        [c(s + T), 'counts the transfer as cash taken in'],
        [c(s + CK + T), 'counts the checks and the transfer as cash taken in'],
        [c(s - T), 'counts the transfer as cash paid out'],
        [c(s - Fee), 'leaves out the fees collected'],
        [c(s - 2 * Fee), 'takes the fees as cash paid out'],
      ],
    }
  }),
  worked('vault-count-with-straps-bundles-and-rolls', (rng) => {
    const b100 = rng.int(2, 4)
    const s100 = rng.int(1, 9)
    const s50 = rng.int(5, 20)
    const s20 = rng.int(10, 40)
    const s5 = rng.int(10, 30)
    const s1 = rng.int(5, 20)
    const q = rng.int(10, 40)
    const pn = rng.int(5, 39)
    const loose = rng.int(100, 1900)
    // In half dollars, so a roll of pennies is one unit.
    const key =
      (b100 * 100000 +
        s100 * 10000 +
        s50 * 5000 +
        s20 * 2000 +
        s5 * 500 +
        s1 * 100 +
        loose +
        q * 10) *
        2 +
      pn
    return {
      stem: `Currency is strapped in 100 notes (a strap of $1s is $100, of $5s $500, of $10s $1,000, of $20s $2,000, of $50s $5,000, of $100s $10,000) and bundled in 10 straps; standard coin rolls hold $10.00 of quarters, $5.00 of dimes, $2.00 of nickels and $0.50 of pennies. The vault count finds ${b100} full bundles of $100s, ${s100} loose straps of $100s, ${s50} straps of $50s, ${s20} straps of $20s, ${s5} straps of $5s, ${s1} straps of $1s, ${dol(loose)} in loose notes, ${q} rolls of quarters and ${pn} rolls of pennies. What is the vault’s cash, ${CENTS}?`,
      show: money,
      figures: { b100, s100, s50, s20, s5, s1, q, pn, loose },
      key: frac(key, 2),
      wrong: [
        [frac(key - b100 * 90000 * 2, 2), 'counts each bundle of $100s as one strap'],
        [frac(key - s20 * 1000 * 2, 2), 'takes a strap of $20s as $1,000'],
        [frac(key - s50 * 3000 * 2, 2), 'takes a strap of $50s as $2,000'],
        [frac(key + s100 * 90000 * 2, 2), 'counts each loose strap of $100s as a bundle'],
        [frac(key + s5 * 500 * 2, 2), 'takes a strap of $5s as $1,000'],
        [frac(key + s1 * 900 * 2, 2), 'takes a strap of $1s as $1,000'],
      ],
    }
  }),
  worked('atm-expected-cassette-cash', (rng) => {
    const n20 = rng.int(2000, 4000)
    const n50 = rng.int(400, 1000)
    const L = n20 * 20 + n50 * 50
    const D = rng.int(1200, 2400) * 20 + rng.int(100, 350) * 50
    const j20 = rng.int(3, 25)
    const j50 = rng.int(2, 12)
    const J = j20 * 20 + j50 * 50
    const R = rng.int(2, 10) * 20
    const key = L - D - J
    return {
      stem: `An ATM was loaded with ${n20.toLocaleString('en-US')} $20 notes and ${n50.toLocaleString('en-US')} $50 notes. At settlement the host shows ${dol(D)} dispensed, which includes ${an(dol(R))} withdrawal the customer never took: the machine retracted those notes into the retract bin and the host reversed the withdrawal afterwards. The reject bin holds ${j20} $20 notes and ${j50} $50 notes the dispenser picked and diverted. Neither bin is part of the cassettes. What cash should remain in the cassettes, ${CENTS}?`,
      show: money,
      figures: { n20, n50, D, j20, j50, R },
      key: frac(key),
      wrong: [
        [frac(key + J), 'leaves out the reject bin'],
        [frac(key + R), 'takes the reversal back without taking the retracted notes out'],
        [frac(key + j50 * 30), 'values every rejected note at $20'],
        [frac(key - R), 'takes the retracted withdrawal off twice'],
        [frac(key - j20 * 30), 'values every rejected note at $50'],
        [frac(key - J), 'takes the rejected notes off twice'],
      ],
    }
  }),
  worked('transposition-error-correct-amount', (rng) => {
    // Six different digits, so every swap of neighbours gives a different amount.
    const digits = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 6)
    if (digits[0] === 0) rest()
    const i = rng.int(1, 3)
    if (digits[i]! < digits[i + 1]!) [digits[i], digits[i + 1]] = [digits[i + 1]!, digits[i]!]
    const at = (ds: number[]) => ds.reduce((v, x) => v * 10 + x, 0)
    const swapOf = (ds: number[], j: number) => {
      const t = [...ds]
      ;[t[j], t[j + 1]] = [t[j + 1]!, t[j]!]
      return at(t)
    }
    const swap = (j: number) => swapOf(digits, j)
    const P = at(digits)
    const C = swap(i)
    const others = [0, 1, 2, 3, 4].filter((j) => j !== i)
    const D = P - C
    // Two other postings of the day that no swap of neighbouring digits explains.
    const Q1 = rng.int(100000, 999999)
    const Q2 = rng.int(100000, 999999)
    const fits = (q: number) => {
      const ds = String(q).split('').map(Number)
      return [0, 1, 2, 3, 4].some((j) => Math.abs(q - swapOf(ds, j)) === D)
    }
    if (fits(Q1) || fits(Q2) || new Set([P, Q1, Q2]).size < 3) rest()
    const listed = rng.shuffle([P, Q1, Q2])
    return {
      stem: `The day’s proof of a branch is out of balance: the amounts posted to customers’ accounts exceed the source documents by ${cs(D)}. A difference divisible by 9 points to a transposition of two neighbouring digits in one posting. The day’s suspect postings are ${cs(listed[0]!)}, ${cs(listed[1]!)} and ${cs(listed[2]!)}. What amount does the source document of the posting that fits show, ${CENTS}?`,
      show: money,
      figures: { P, D, i, Q1, Q2 },
      key: c(C),
      wrong: [
        [c(P + D), 'adds the difference instead of taking it off'],
        [c(Q1 - D), `takes the difference off the posting of ${cs(Q1)}, which does not fit`],
        [c(Q2 - D), `takes the difference off the posting of ${cs(Q2)}, which does not fit`],
        ...others
          .slice(0, 3)
          .map((j) => [c(swap(j)), `swaps the digits at places ${j + 1} and ${j + 2}`] as const),
      ],
    }
  }),
  worked('fed-cut-off-clearing-break', (rng) => {
    const a = cents(rng, 5000, 90000)
    const b = cents(rng, 5000, 90000)
    const cc = cents(rng, 5000, 90000)
    const e = cents(rng, 5000, 90000)
    const f = cents(rng, 5000, 60000)
    const tc = rng.int(6, 39)
    const key = b + cc + e - f
    if (3 * f >= b + cc + e) rest()
    return {
      stem: `The bank’s Federal Reserve account statement for Tuesday includes every Fedwire funds receipt up to the 7:00 p.m. ET close. The bank posts a wire received at or after its own 5:00 p.m. ET cut-off to its general ledger on the next business day. Tuesday’s receipts were ${cs(a)} at 4:58 p.m., ${cs(b)} at 5:00 p.m., ${cs(cc)} at 5:${String(tc).padStart(2, '0')} p.m. and ${cs(e)} at 6:55 p.m.; ${cs(f)} received at 5:20 p.m. on Monday was posted to the ledger on Tuesday. With no other differences, by how much do Tuesday’s Fedwire receipts on the Fed statement exceed the wire receipts the bank posted to its ledger on Tuesday, ${CENTS}?`,
      show: money,
      figures: { a, b, cc, e, f, tc },
      key: c(key),
      wrong: [
        [c(key + a), 'holds back the 4:58 p.m. wire too'],
        [c(key + f), 'leaves out Monday’s late wire'],
        [c(key + 2 * f), 'adds Monday’s late wire to the break'],
        [c(key - b), 'posts the 5:00 p.m. wire the same day'],
        [c(key - e), 'ends the Fed’s day at 6:00 p.m.'],
        [c(key - 2 * f), 'takes Monday’s late wire off twice'],
      ],
    }
  }),
  worked('interbank-net-settlement-position', (rng) => {
    const fB = cents(rng, 400000, 900000)
    const fC = cents(rng, 400000, 900000)
    const fD = cents(rng, 400000, 900000)
    const tB = cents(rng, 50000, 300000)
    const tC = cents(rng, 50000, 300000)
    const tD = cents(rng, 50000, 300000)
    const bc = cents(rng, 100000, 500000)
    const key = fB + fC + fD - tB - tC - tD
    if (key <= 50000 || key - tD <= 0 || key - fB <= 0 || key - bc <= 0 || key - fD <= 0) rest()
    return {
      stem: `Four banks settle their clearing obligations as one multilateral net at the end of the day. For the day, Banks B, C and D owe our bank ${cs(fB)}, ${cs(fC)} and ${cs(fD)}; our bank owes them ${cs(tB)}, ${cs(tC)} and ${cs(tD)}; Bank B owes Bank C ${cs(bc)}. What is our bank’s net settlement credit, ${CENTS}?`,
      show: money,
      figures: { fB, fC, fD, tB, tC, tD, bc },
      key: c(key),
      wrong: [
        [c(fB + fC + fD), 'takes the gross amounts owed to us'],
        [c(key + tD), 'leaves out what we owe Bank D'],
        [c(key + bc), 'counts Bank B’s debt to Bank C as owed to us'],
        [c(key - fD), 'leaves out what Bank D owes us'],
        [c(key - fB), 'leaves out what Bank B owes us'],
        [c(key - bc), 'counts Bank B’s debt to Bank C as owed by us'],
      ],
    }
  }),
  worked('nostro-fx-revaluation-gain', (rng) => {
    const E = rng.int(200, 900) * 1000
    const mid = rng.int(10800, 11800)
    const spread = rng.int(5, 15)
    const bid = mid - spread
    const ask = mid + spread
    const prior = mid - rng.int(60, 200)
    const bv = E * prior - rng.int(50, 300) * 10000
    const S = E + rng.int(5, 40) * 1000
    const key = E * mid - bv
    if (E * bid - bv <= 0) rest()
    return {
      stem: `Our euro nostro is revalued at month-end at the closing mid rate. Our ledger shows €${E.toLocaleString('en-US')}, carried at a US dollar book value of ${cs(bv / 100)}; the correspondent’s statement shows €${S.toLocaleString('en-US')} because of a payment it has not yet debited. Last month’s closing mid rate was $${(prior / 10000).toFixed(4)} per euro; today’s closing rates are $${(bid / 10000).toFixed(4)} bid and $${(ask / 10000).toFixed(4)} offered per euro. What is the revaluation gain to book, ${CENTS}?`,
      show: money,
      figures: { E, mid, spread, prior, bv, S },
      key: frac(key, 10000),
      wrong: [
        [frac(E * bid - bv, 10000), 'revalues at the bid rate'],
        [frac(E * ask - bv, 10000), 'revalues at the offered rate'],
        [frac(S * mid - bv, 10000), 'revalues the statement balance'],
        [frac(E * (mid - prior), 10000), 'takes the change in rate since last month'],
        [frac(E * prior - bv, 10000), 'revalues at last month’s rate'],
        [frac(S * ask - bv, 10000), 'revalues the statement balance at the offered rate'],
      ],
    }
  }),
  worked('cash-letter-fed-credit-after-adjustments', (rng) => {
    const CL = cents(rng, 400000, 1500000)
    const right = rng.int(120, 990) * 100 * 10 + rng.int(0, 9) * 100
    const enc = right / 10
    const ret = cents(rng, 500, 6000)
    const dup = cents(rng, 200, 3000)
    const key = CL + (right - enc) - ret - dup
    return {
      stem: `A bank sent the Federal Reserve a cash letter totalling ${cs(CL)}. The Fed’s adjustments follow: one check written for ${cs(right)} was encoded as ${cs(enc)} (a missing zero) and is adjusted to its written amount; ${an(cs(ret))} item came back unpaid as a return; and ${an(cs(dup))} item presented twice in the letter is reversed once. What net credit should the bank’s Fed account show for the cash letter, ${CENTS}?`,
      show: money,
      figures: { CL, right, ret, dup },
      key: c(key),
      wrong: [
        [c(key + ret), 'leaves out the returned item'],
        [c(key + dup), 'leaves out the duplicate reversal'],
        [c(key + enc), 'adds the check’s written amount in full'],
        [c(key - 2 * (right - enc)), 'takes the encoding adjustment off'],
        [c(key - dup), 'reverses the duplicate twice'],
        [c(key - ret - dup), 'takes the return and the duplicate off twice'],
      ],
    }
  }),
  worked('average-daily-check-float', (rng) => {
    const mon = cents(rng, 20000, 80000)
    const fri = cents(rng, 20000, 80000)
    const wed = cents(rng, 20000, 80000)
    const onus = cents(rng, 10000, 50000)
    // Monday's items clear in 1 business day (1 calendar day), Friday's in 1 (3 calendar days
    // over the weekend), Wednesday's in 2 (2 calendar days); on-us items clear the same day.
    const dd = mon * 1 + fri * 3 + wed * 2
    return {
      stem: `A bank measures float as the dollar-days, in calendar days, from the day a deposited check is credited until the day the bank is paid for it, averaged over the 31 days of March. In March it credited ${cs(mon)} of checks on a Monday that were paid 1 business day later, ${cs(fri)} on a Friday paid 1 business day later (the Monday), ${cs(wed)} on a Wednesday paid 2 business days later, and ${cs(onus)} of on-us checks paid the same day. What was the average daily float for March, ${CENTS}?`,
      show: money,
      figures: { mon, fri, wed, onus },
      key: frac(dd, 3100),
      wrong: [
        [frac(dd, 3000), 'averages over a 30-day month'],
        [frac(dd, 2200), 'averages over 22 business days'],
        [frac(dd + onus, 3100), 'gives the on-us checks a day of float'],
        [frac(mon + fri + wed * 2, 3100), 'counts business days of float'],
        [frac(fri * 2 + wed, 3100), 'counts one day less for each check'],
        [frac(mon + wed * 2, 3100), 'leaves out the Friday deposit'],
      ],
    }
  }),
  worked('card-batch-deposit-expected', (rng) => {
    const vm = cents(rng, 8000, 40000)
    const ax = cents(rng, 1000, 8000)
    const rf = cents(rng, 200, 2000)
    const n = rng.int(80, 400)
    const rateBp = rng.int(180, 290)
    // In millionths of a dollar: the discount on the sales plus $0.10 a sale.
    const fee = vm * rateBp + n * 100000
    const key = vm * 10000 - rf * 10000 - fee
    const cb = cents(rng, 100, 1500)
    if (cb >= vm) rest()
    return {
      stem: `A merchant’s card batch for Tuesday holds Visa and Mastercard sales of ${cs(vm)} in ${n} sales, American Express sales of ${cs(ax)} (settled by American Express directly, not by the bank), and Visa refunds of ${cs(rf)}. Under the merchant agreement, as stated for this exercise, the bank deposits the Visa and Mastercard net sales less a daily discount of ${(rateBp / 100).toFixed(2)}% of the Visa and Mastercard sales plus $0.10 a sale; ${an(cs(cb))} chargeback was already taken from last week’s deposit. What deposit should the merchant’s account receive for Tuesday’s batch, ${CENTS}?`,
      show: money,
      figures: { vm, ax, rf, n, rateBp, cb },
      key: frac(key, 1000000),
      wrong: [
        [frac(key + ax * 10000, 1000000), 'includes the American Express sales'],
        [frac(key + rf * 10000, 1000000), 'leaves out the refunds'],
        [frac(key + n * 100000, 1000000), 'leaves out the per-sale fee'],
        [frac(key - cb * 10000, 1000000), 'takes the chargeback off again'],
        [frac(key + rf * rateBp, 1000000), 'charges the discount on the sales net of refunds'],
        [frac(key - ax * rateBp, 1000000), 'charges the discount on the American Express sales'],
      ],
    }
  }),
]
