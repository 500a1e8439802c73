import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  distinct,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  plain,
  rest,
  sub,
  usd,
} from './bko-text.js'

// Payments. The slips are a fee the schedule charges left out or one it waives charged, a fee
// taken on the wrong base (refunds, every card type, fees themselves), the mid rate taken for the
// bank's rate or the spread applied the wrong way or twice, a charge option (OUR, SHA, BEN) of
// another wire, a limit or deadline of another rule or era (the old same-day ACH limits, the
// two-day return deadline for unauthorized debits, banking for calendar days), and an item the
// rule leaves out (a voided check, an IAT entry, a stale check, a return) counted in or the reverse.

const money = usd(2)
/** Whole cents as dollars. */
const ct = (c: number): Fraction => frac(c, 100)
/** Whole cents as a stem writes them. */
const $ = (c: number): string => money(ct(c))
/** An amount in cents from `low` to `high` whole dollars and any cents. */
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** Basis points as a stem writes them: 165 → `1.65%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** Basis points as a rate. */
const bps = (b: number): Fraction => frac(b, 10000)
/** Euros and pounds to the cent. */
const eur = (x: Fraction): string => `€${fixed(x, 2)}`
const count = (unit: string) => plain(0, unit)

/** The ABA check digit that completes an 8-digit routing prefix. */
const abaCheck = (p8: number): number => {
  const d = String(p8).padStart(8, '0').split('').map(Number)
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!)
  return (10 - (s % 10)) % 10
}
const TEN_DIGITS = 10n ** 10n

export const PAYMENT_FAMILIES: ScenarioFamily[] = [
  apart('card-batch-net-deposit-after-interchange-assessment-and-markup', (rng) => {
    const nS = rng.int(180, 420)
    const S = cents(rng, 18000, 60000)
    const k = rng.int(3, 9)
    const Rf = cents(rng, 300, 1500)
    const ic = rng.pick([165, 180, 195, 210])
    const icc = rng.pick([10, 15])
    const as = rng.pick([13, 14])
    const mk = rng.int(20, 35)
    const mkc = rng.pick([5, 8, 10])
    const pctFees = (base: number) => mul(ct(base), bps(ic + as + mk))
    const fees = add(pctFees(S), ct(nS * (icc + mkc)))
    const key = sub(sub(ct(S), ct(Rf)), fees)
    return {
      stem: `A merchant’s card batch for one day holds ${nS} sales totalling ${$(S)} and ${k} refunds totalling ${$(Rf)}. As stated for this exercise, interchange is ${bpText(ic)} of sales plus ${icc}¢ a sale, the network assessment is ${bpText(as)} of sales, and the processor’s markup is ${bpText(mk)} of sales plus ${mkc}¢ a sale; refunds carry no fees and return none. The processor deposits sales less refunds less all fees. What is the net deposit, ${CENTS}?`,
      show: money,
      figures: { nS, S, k, Rf, ic, icc, as, mk, mkc },
      key,
      wrong: [
        [add(key, ct(nS * icc)), 'leaves out the per-sale interchange fee'],
        [add(key, mul(ct(S), bps(as))), 'leaves out the network assessment'],
        [add(key, ct(Rf)), 'does not deduct the refunds'],
        [sub(key, ct(k * (icc + mkc))), 'charges the per-item fees on the refunds too'],
        [sub(key, pctFees(Rf)), 'takes the percentage fees on sales and refunds'],
        [sub(key, ct(Rf)), 'deducts the refunds twice'],
      ],
    }
  }),
  apart('merchant-chargebacks-representments-and-retrieval-fees', (rng) => {
    const D = cents(rng, 40000, 120000)
    const k = rng.int(5, 12)
    const C = cents(rng, 150 * k, 400 * k)
    const j = rng.int(2, k - 2)
    const W = cents(rng, 80 * j, 140 * j)
    const f = rng.pick([15, 20, 25])
    const q = rng.int(3, 9)
    const g = rng.pick([5, 8, 10])
    const key = sub(add(ct(D), ct(W)), add(ct(C), frac(k * f + q * g)))
    return {
      stem: `A merchant’s card deposits for the month, already net of processing fees, total ${$(D)}. During the month ${k} chargebacks totalling ${$(C)} were debited, each with ${an(`$${f}`)} chargeback fee; the merchant represented ${j} of them and won, and those ${j} (totalling ${$(W)}) were credited back, but their chargeback fees are not refunded. The processor also charged $${g} for each of ${q} retrieval requests. What is the merchant’s net settlement for the month, ${CENTS}?`,
      show: money,
      figures: { D, k, C, j, W, f, q, g },
      key,
      wrong: [
        [add(key, frac(k * f)), 'leaves out the chargeback fees'],
        [add(key, frac(j * f)), 'refunds the fees on the chargebacks won'],
        [add(key, frac(q * g)), 'leaves out the retrieval request fees'],
        [sub(key, ct(W)), 'ignores the credits for the representments won'],
        [sub(key, frac(j * f)), 'charges a second fee on each representment'],
        [sub(key, frac(q * (f + 10))), 'charges each retrieval request a chargeback fee'],
      ],
    }
  }),
  apart('nacha-entry-hash-of-a-batch', (rng) => {
    const m = 5
    const fig: Record<string, number> = {}
    const lines: string[] = []
    let all = 0n
    let nine = 0n
    let once = 0n
    let cred = 0n
    let deb = 0n
    for (let i = 0; i < m; i++) {
      const p = rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]) * 1000000
      const p8 = p + rng.int(10000, 999999)
      const c = rng.int(60, 320)
      const d = rng.int(5, 60)
      const nine9 = p8 * 10 + abaCheck(p8)
      fig[`p${i}`] = p8
      fig[`c${i}`] = c
      fig[`d${i}`] = d
      lines.push(`${String(nine9).padStart(9, '0')} (${c} credits, ${d} debits)`)
      all += BigInt(p8) * BigInt(c + d)
      nine += BigInt(nine9) * BigInt(c + d)
      once += BigInt(p8)
      cred += BigInt(p8) * BigInt(c)
      deb += BigInt(p8) * BigInt(d)
    }
    if (all < TEN_DIGITS) rest()
    const hash = (x: bigint) => frac(x % TEN_DIGITS)
    return {
      stem: `A payroll batch holds entries to five receiving banks, each entry carrying its bank’s 9-digit routing number: ${lines.join('; ')}. The Nacha entry hash is the sum of the first 8 digits (the receiving bank’s identification number, without the check digit) of every entry’s routing number; when the sum has more than 10 digits, only its rightmost 10 digits are kept. What is the batch’s entry hash, written as a number with thousands separators?`,
      show: count(''),
      figures: fig,
      key: hash(all),
      wrong: [
        [hash(nine), 'adds the 9-digit routing numbers, check digit and all'],
        [frac(all), 'keeps every digit of the sum'],
        [frac(all / 10n), 'keeps the leftmost 10 digits'],
        [hash(once), 'adds each bank’s number once, not once an entry'],
        [hash(cred), 'adds only the credit entries'],
        [hash(deb), 'adds only the debit entries'],
      ],
    }
  }),
  apart('monthly-wire-transfer-fees-by-type', (rng) => {
    const no = rng.int(8, 30)
    const fo = rng.pick([25, 28, 30])
    const ni = rng.int(9, 25)
    const fi = rng.pick([12, 15])
    const nx = rng.int(3, 10)
    const fx = rng.pick([45, 50, 55])
    const nr = rng.int(1, nx - 1)
    const fr = rng.pick([15, 20])
    const key = frac(no * fo + (ni - 5) * fi + nx * fx + nr * fr)
    return {
      stem: `A business account’s wire fee schedule: outgoing domestic wires $${fo} each; incoming wires $${fi} each, the first 5 incoming wires of the month free; outgoing international wires $${fx} each; and ${an(`$${fr}`)} repair fee on any international wire sent without a valid SWIFT BIC or IBAN and repaired by the bank. This month the customer sent ${no} domestic wires and ${nx} international wires, ${nr} of which needed repair, and received ${ni} wires. What are the month’s wire fees, ${CENTS}?`,
      show: money,
      figures: { no, fo, ni, fi, nx, fx, nr, fr },
      key,
      wrong: [
        [add(key, frac(5 * fi)), 'charges the 5 free incoming wires'],
        [add(key, frac((nx - nr) * fr)), 'charges the repair fee on every international wire'],
        [add(key, frac((ni - 5) * (fo - fi))), 'charges incoming wires at the outgoing fee'],
        [sub(key, frac(nx * (fx - fo))), 'prices the international wires as domestic'],
        [sub(key, frac(nr * fr)), 'leaves out the repair fees'],
        [sub(key, frac(5 * fo)), 'waives the first 5 outgoing wires as well'],
      ],
    }
  }),
  apart('cross-border-wire-sha-amount-the-beneficiary-receives', (rng) => {
    const U = rng.int(50, 600) * 100
    const m = rng.int(8400, 9400)
    const s = rng.pick([50, 75, 100, 150, 200])
    const I = rng.int(10, 25)
    const B = rng.int(5, 20)
    const F = rng.pick([40, 45, 50])
    const rate = mul(frac(m, 10000), sub(1, bps(s)))
    const key = sub(mul(U, rate), frac(I + B))
    return {
      stem: `A customer sends ${an(`$${n(U)}`)} wire to a supplier in Germany with charges SHA. The mid-market rate is ${fixed(frac(m, 10000), 4)} EUR per USD and the bank converts at the mid rate less ${an(bpText(s))} spread. Under SHA the sender pays the bank’s own $${F} outgoing international wire fee from the account, separately from the principal, while an intermediary bank deducts €${I} and the beneficiary’s bank €${B} from the funds. How many euros does the supplier receive, to the nearest euro cent (a half rounded up)?`,
      show: eur,
      figures: { U, m, s, I, B, F },
      key,
      wrong: [
        [sub(mul(U, frac(m, 10000)), frac(I + B)), 'converts at the mid rate'],
        [mul(U, rate), 'deducts no charges, as if OUR'],
        [
          sub(mul(U, frac(m, 10000), add(1, bps(s))), frac(I + B)),
          'adds the spread to the mid rate',
        ],
        [sub(mul(U - F, rate), frac(I + B)), 'takes the sender’s fee from the principal, as BEN'],
        [
          sub(mul(U, frac(m, 10000), sub(1, bps(2 * s))), frac(I + B)),
          'takes the spread off twice',
        ],
        [sub(key, frac(F)), 'deducts the $ fee as euros'],
      ],
    }
  }),
  apart('cross-border-wire-our-total-debit-in-dollars', (rng) => {
    const E = rng.int(20, 400) * 100
    const m = rng.int(12200, 13400)
    const s = rng.pick([40, 60, 80, 100, 150])
    const F = rng.pick([40, 45, 50])
    const O = rng.pick([20, 25, 30, 35])
    const c = rng.int(10, 20)
    const mid = frac(m, 10000)
    const rate = mul(mid, add(1, bps(s)))
    const key = add(mul(E, rate), frac(F + O))
    return {
      stem: `A customer wires £${n(E)} to a UK firm with charges OUR. The mid-market rate is ${fixed(mid, 4)} USD per GBP and the bank sells pounds at the mid rate plus ${an(bpText(s))} spread. The account is debited for the dollars the pounds cost, the $${F} outgoing international wire fee and ${an(`$${O}`)} OUR charge that covers every intermediary and beneficiary bank charge (the intermediary’s usual £${c} among them), so the firm receives the full £${n(E)}. What is the total debit to the account, ${CENTS}?`,
      show: money,
      figures: { E, m, s, F, O, c },
      key,
      wrong: [
        [add(mul(E, mid), frac(F + O)), 'converts at the mid rate'],
        [add(mul(E, mid, sub(1, bps(s))), frac(F + O)), 'takes the spread off the mid rate'],
        [add(mul(E, rate), frac(F)), 'leaves out the OUR charge, as SHA'],
        [add(key, mul(c, rate)), 'adds the intermediary charge the OUR fee covers'],
        [add(key, mul(F + O, bps(s))), 'applies the spread to the fees too'],
        [add(key, mul(E, mid, bps(s))), 'adds the spread twice'],
      ],
    }
  }),
  apart('positive-pay-exception-count', (rng) => {
    const a = rng.int(150, 400)
    const [b, c, d, e, g] = distinct(rng, 5, 2, 9) as [number, number, number, number, number]
    const u = rng.int(20, 60)
    const key = b + c + d + e + g
    return {
      stem: `A company’s positive-pay file lists the checks it issued. Today ${a + b + c + d + e + g} checks were presented: ${a} match the file in serial number and amount; ${b} match a serial number but not the amount; ${c} carry serial numbers not on the file; ${d} carry serial numbers already paid; ${e} carry serial numbers the company voided; and ${g} were issued more than 180 days ago, which the bank’s positive-pay rule flags as stale. ${u} issued checks have not yet been presented. Every presented item that is not an exact, current, unpaid, unvoided match is an exception. How many exceptions go to the company for a pay-or-return decision?`,
      show: count('exceptions'),
      figures: { a, b, c, d, e, g, u },
      key: frac(key),
      wrong: [
        [frac(key + u), 'adds the issued checks not yet presented'],
        [frac(key + a), 'counts every presented check'],
        [frac(key + b), 'counts each amount mismatch twice, also as not on the file'],
        [frac(key - g), 'leaves out the stale checks'],
        [frac(key - e), 'leaves out the voided checks'],
        [frac(key - d), 'leaves out the checks already paid'],
      ],
    }
  }),
  apart('same-day-ach-eligible-amount', (rng) => {
    const big = cents(rng, 1000001, 2500000)
    const iat = cents(rng, 20000, 300000)
    const mid1 = cents(rng, 100001, 900000)
    const mid2 = cents(rng, 100001, 900000)
    const low1 = cents(rng, 25001, 99999)
    const low2 = cents(rng, 25001, 99999)
    const sm1 = cents(rng, 1000, 24999)
    const sm2 = cents(rng, 1000, 24999)
    const small = sm1 + sm2
    const key = mid1 + mid2 + low1 + low2 + small
    return {
      stem: `A corporate client asks for these credit entries to go same-day ACH: ${$(mid1)}, ${$(low1)}, ${$(sm1)}, ${$(big)}, ${$(mid2)}, an IAT (international ACH) entry of ${$(iat)}, ${$(low2)} and ${$(sm2)}. As of March 2022 a same-day ACH entry may be up to $1,000,000 (the limit was $25,000 until 2020 and $100,000 until 2022), and IAT entries are not eligible; an ineligible entry goes as next-day ACH in full, never split. What dollar amount can be sent same-day, ${CENTS}?`,
      show: money,
      figures: { big, iat, mid1, mid2, low1, low2, sm1, sm2 },
      key: ct(key),
      wrong: [
        [ct(key + big), 'includes the entry over the limit'],
        [ct(key + iat), 'includes the IAT entry'],
        [ct(key + 100000000), 'sends the first $1,000,000 of the large entry same-day'],
        [ct(low1 + low2 + small), 'uses the $100,000 limit of 2020–2022'],
        [ct(small), 'uses the original $25,000 limit'],
        [ct(mid1 + mid2 + low1 + low2), 'leaves out the entries under $25,000'],
      ],
    }
  }),
  apart('late-ach-returns-by-return-code-deadline', (rng) => {
    const [t1, e2, L1, t2, t3, L2, L3] = distinct(rng, 7, 1, 12) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    const key = L1 + L2 + L3
    return {
      stem: `As stated for this exercise, Nacha rules require most returns, R01 (insufficient funds) among them, to reach the ODFI by the second banking day after the settlement date, while a consumer debit returned as unauthorized (R10) may be returned up to 60 calendar days after the settlement date; a return after its deadline is late and the ODFI may dishonor it. An ODFI received these returns of consumer debits: ${t1} R01 on the first banking day after settlement, ${e2} R01 on the second banking day, ${L1} R01 on the fourth banking day, ${t2} R10 between 20 and 50 calendar days after settlement, ${t3} R10 on the 60th calendar day, ${L2} R10 between 65 and 80 calendar days after settlement (fewer than 60 banking days) and ${L3} R10 more than 100 calendar days after. How many returns are late?`,
      show: count('returns'),
      figures: { t1, e2, L1, t2, t3, L2, L3 },
      key: frac(key),
      wrong: [
        [frac(key + t2 + t3), 'applies the two-banking-day deadline to the R10 returns'],
        [frac(key + t3), 'counts the returns on the 60th day as late'],
        [frac(key + e2), 'counts the R01 returns on the second banking day as late'],
        [frac(L2 + L3), 'applies the 60-day window to the R01 returns'],
        [frac(L1 + L3), 'counts the R10 window in banking days'],
        [frac(L1), 'counts only the R01 returns'],
      ],
    }
  }),
  apart('interchange-on-regulated-exempt-debit-and-credit', (rng) => {
    const n1 = rng.int(300, 900)
    const D1 = cents(rng, 12000, 40000)
    const n2 = rng.int(100, 400)
    const D2 = cents(rng, 5000, 20000)
    const n3 = rng.int(200, 700)
    const D3 = cents(rng, 15000, 50000)
    const p = rng.pick([165, 180, 195, 205])
    const regulated = (cnt: number, amt: number) => add(ct(cnt * 22), mul(ct(amt), bps(5)))
    const exempt = (cnt: number, amt: number) => add(ct(cnt * 15), mul(ct(amt), bps(80)))
    const credit = add(ct(n3 * 10), mul(ct(D3), bps(p)))
    const key = add(regulated(n1, D1), exempt(n2, D2), credit)
    return {
      stem: `A merchant’s day holds ${n1} debit transactions of ${$(D1)} on cards of large (regulated) issuers, ${n2} debit transactions of ${$(D2)} on cards of issuers with under $10 billion in assets (exempt), and ${n3} credit transactions of ${$(D3)}. As stated for this exercise, Regulation II caps regulated debit interchange at 21¢ plus 0.05% of the amount plus a 1¢ fraud-prevention adjustment a transaction (the cap the Federal Reserve set in 2011; the lower cap it proposed in 2023 is not used here), exempt debit pays 0.80% plus 15¢ and credit ${bpText(p)} plus 10¢ a transaction. What is the day’s total interchange, ${CENTS}?`,
      show: money,
      figures: { n1, D1, n2, D2, n3, D3, p },
      key,
      wrong: [
        [sub(key, ct(n1)), 'leaves out the 1¢ fraud-prevention adjustment'],
        [
          add(regulated(n1 + n2, D1 + D2), credit),
          'applies the Regulation II cap to the exempt debit too',
        ],
        [sub(key, ct(n3 * 10)), 'leaves out the per-item credit fee'],
        [add(exempt(n1 + n2, D1 + D2), credit), 'prices the regulated debit at the exempt rate'],
        [add(key, mul(ct(D1), bps(45))), 'reads 0.05% as 0.5%'],
        [
          add(regulated(n1, D1), add(ct((n2 + n3) * 10), mul(ct(D2 + D3), bps(p)))),
          'prices the exempt debit at the credit rate',
        ],
      ],
    }
  }),
  apart('tiered-card-pricing-statement', (rng) => {
    const Q = cents(rng, 20000, 60000)
    const M = cents(rng, 4000, 15000)
    const N = cents(rng, 2000, 9000)
    const tx = rng.int(500, 1500)
    const q = rng.pick([159, 169, 179])
    const mr = q + rng.pick([50, 60, 70])
    const nr = mr + rng.pick([90, 100, 110])
    const pc = rng.pick([10, 15])
    const st = 995
    const pci = 1995
    const rates = (qq: number, mm: number, nn: number) =>
      add(mul(ct(Q), bps(qq)), mul(ct(M), bps(mm)), mul(ct(N), bps(nn)))
    const key = add(rates(q, mr, nr), ct(tx * pc + st))
    return {
      stem: `A merchant on tiered pricing processed ${n(tx)} card transactions in the month: ${$(Q)} of qualified, ${$(M)} of mid-qualified and ${$(N)} of non-qualified sales. The processor charges ${bpText(q)} on qualified, ${bpText(mr)} on mid-qualified and ${bpText(nr)} on non-qualified sales, ${pc}¢ a transaction and ${an($(st))} monthly statement fee; ${an($(pci))} PCI non-compliance fee applies only to merchants without a current PCI validation, and this merchant has one. What are the month’s processing fees, ${CENTS}?`,
      show: money,
      figures: { Q, M, N, tx, q, mr, nr, pc },
      key,
      wrong: [
        [add(rates(q, q, q), ct(tx * pc + st)), 'charges every sale the qualified rate'],
        [add(rates(q, mr, mr), ct(tx * pc + st)), 'charges non-qualified sales the mid rate'],
        [add(rates(q, mr, nr), ct(st)), 'leaves out the per-transaction fee'],
        [add(rates(nr, nr, nr), ct(tx * pc + st)), 'charges every sale the non-qualified rate'],
        [
          add(rates(q, nr, nr), ct(tx * pc + st)),
          'charges mid-qualified sales the non-qualified rate',
        ],
        [add(key, ct(pci)), 'adds the PCI non-compliance fee'],
      ],
    }
  }),
  apart('clearing-house-net-settlement-owed', (rng) => {
    const [xB, xC, xD] = [
      cents(rng, 150000, 600000),
      cents(rng, 150000, 600000),
      cents(rng, 900000, 1500000),
    ]
    const [yB, yC, yD] = [
      cents(rng, 900000, 1500000),
      cents(rng, 900000, 1500000),
      cents(rng, 200000, 600000),
    ]
    const Rin = cents(rng, 8000, 40000)
    const Rout = cents(rng, 2000, 7999)
    const owe = yB + yC + yD - xB - xC - xD + Rin - Rout
    const bilateral = [yB - xB, yC - xC, yD - xD].filter((v) => v > 0).reduce((s, v) => s + v, 0)
    if (owe - 2 * Rin + 2 * Rout <= 0) rest()
    return {
      stem: `In today’s check clearing house settlement, Bank A presented checks drawn on Bank B for ${$(xB)}, on Bank C for ${$(xC)} and on Bank D for ${$(xD)}; Banks B, C and D presented checks drawn on Bank A for ${$(yB)}, ${$(yC)} and ${$(yD)}. Bank A is also returning unpaid checks of ${$(Rout)} to the presenting banks (they repay it) and receiving back ${$(Rin)} of its own deposited checks returned unpaid (it repays them). Settlement is multilateral: one net figure for each bank. How much does Bank A owe the settlement, ${CENTS}?`,
      show: money,
      figures: { xB, xC, xD, yB, yC, yD, Rin, Rout },
      key: ct(owe),
      wrong: [
        [ct(yB + yC + yD), 'pays the checks presented to it gross'],
        [ct(owe + Rout), 'leaves out the returns it sends'],
        [ct(bilateral + Rin - Rout), 'adds only the bilateral debit positions'],
        [ct(owe - Rin), 'leaves out the returns it receives'],
        [ct(owe - Rin + Rout), 'leaves out both kinds of return'],
        [ct(owe - 2 * Rin + 2 * Rout), 'puts the returns on the wrong sides'],
      ],
    }
  }),
  apart('merchant-deposit-with-a-rolling-reserve', (rng) => {
    const S = cents(rng, 20000, 80000)
    const Rf = cents(rng, 500, 3000)
    const d = rng.pick([249, 275, 290, 299])
    const h = rng.pick([5, 10])
    const Rr = cents(rng, 800, 6000)
    const key = sub(
      add(sub(ct(S), ct(Rf)), ct(Rr)),
      add(mul(ct(S), bps(d)), mul(ct(S), frac(h, 100))),
    )
    return {
      stem: `A high-risk merchant’s processor deposits each day’s sales less refunds, less ${an(bpText(d))} discount fee on sales and less ${an(h)}% rolling reserve of sales held for six months, plus the reserve released from the sales of six months earlier. Today’s sales are ${$(S)}, refunds ${$(Rf)}, and the reserve released today is ${$(Rr)}. Refunds carry no fee, as stated for this exercise. What is today’s deposit, ${CENTS}?`,
      show: money,
      figures: { S, Rf, d, h, Rr },
      key,
      wrong: [
        [add(key, mul(ct(S), frac(h, 100))), 'holds back no reserve'],
        [add(key, mul(ct(Rf), frac(h, 100))), 'takes the reserve on sales less refunds'],
        [add(key, mul(ct(S), bps(d), frac(h, 100))), 'takes the reserve on sales after the fee'],
        [sub(key, ct(Rr)), 'leaves out the reserve released'],
        [sub(key, ct(2 * Rr)), 'deducts the released reserve instead of adding it'],
        [sub(key, mul(ct(Rf), bps(d))), 'charges the discount fee on the refunds too'],
      ],
    }
  }),
  apart('check-float-cost-of-a-friday-cash-letter', (rng) => {
    const on = cents(rng, 100000, 400000)
    const L = cents(rng, 300000, 1500000)
    const O = cents(rng, 200000, 900000)
    const rr = rng.int(350, 550)
    const y = bps(rr)
    const cost = (days: number, base: number) => mul(ct(base), y, frac(days, 360))
    const key = add(cost(3, L), cost(4, O))
    return {
      stem: `On Friday a bank deposits a cash letter: ${$(on)} of on-us checks (credited the same day), ${$(L)} of checks with one-day availability and ${$(O)} with two-day availability, counted in banking days, so the one-day items are available Monday and the two-day items Tuesday (no holidays). The bank values float at its ${fixed(frac(rr, 100), 2)}% overnight funding rate, actual/360, for each calendar day the funds are unavailable. What does the float cost the bank, ${CENTS}?`,
      show: money,
      figures: { on, L, O, rr },
      key,
      wrong: [
        [add(cost(1, L), cost(2, O)), 'counts banking days, not calendar days'],
        [mul(key, frac(360, 365)), 'uses a 365-day year'],
        [cost(4, O), 'leaves out the one-day items'],
        [add(key, cost(3, on)), 'gives the on-us checks one-day availability'],
        [cost(4, L + O), 'gives every item two-day availability'],
        [add(cost(4, L), cost(5, O)), 'counts the day the funds become available as well'],
      ],
    }
  }),
  apart('remittance-transfer-amount-received', (rng) => {
    const U = rng.int(300, 3000)
    const F = rng.pick([5, 8, 10, 12])
    const mid = rng.int(17200, 20400)
    const sp = rng.int(150, 400)
    const X = mul(frac(mid, 1000), sub(1, bps(sp)))
    const T = rng.pick([30, 40, 50, 60])
    const key = sub(mul(U - F, X), frac(T))
    return {
      stem: `A customer hands over $${n(U)} to send to Mexico, the bank’s $${F} transfer fee to come out of that amount. The mid-market rate is ${fixed(frac(mid, 1000), 3)} MXN per USD and the bank’s rate is ${bpText(sp)} below it. A correspondent bank in the transfer deducts a MX$${T} fee, a covered third-party fee that the Regulation E disclosure’s total to recipient must reflect. What total to the recipient, in pesos, does the disclosure show, to the nearest centavo (a half rounded up)?`,
      show: (x) => `MX$${fixed(x, 2)}`,
      figures: { U, F, mid, sp, T },
      key,
      wrong: [
        [sub(mul(U, X), frac(T)), 'converts the whole amount before the fee'],
        [sub(mul(U - F, frac(mid, 1000)), frac(T)), 'converts at the mid rate'],
        [mul(U - F, X), 'leaves out the correspondent’s fee'],
        [sub(mul(U - 2 * F, X), frac(T)), 'takes the transfer fee off twice'],
        [sub(mul(U - F - T, X), frac(0)), 'deducts the peso fee as dollars'],
        [
          sub(mul(U - F, frac(mid, 1000), sub(1, bps(2 * sp))), frac(T)),
          'takes the margin off the bank’s rate again',
        ],
      ],
    }
  }),
  apart('ach-batch-total-credit-amount', (rng) => {
    const c22 = cents(rng, 60000, 250000)
    const c32 = cents(rng, 8000, 40000)
    const d27 = cents(rng, 3000, 20000)
    const d37 = cents(rng, 1000, 6000)
    const pre = rng.int(3, 9)
    const key = c22 + c32
    return {
      stem: `A PPD batch holds checking-account credits (transaction code 22) of ${$(c22)}, savings-account credits (code 32) of ${$(c32)}, checking-account debits (code 27) of ${$(d27)}, savings-account debits (code 37) of ${$(d37)}, and ${pre} zero-dollar prenotes (code 23). The batch control record reports the total credit entry dollar amount and the total debit entry dollar amount separately. What is the total credit entry dollar amount, ${CENTS}?`,
      show: money,
      figures: { c22, c32, d27, d37, pre },
      key: ct(key),
      wrong: [
        [ct(key + d27 + d37), 'adds every entry, debits too'],
        [ct(key + d37), 'takes the savings debits (code 37) as credits'],
        [ct(key + d27), 'takes the checking debits (code 27) as credits'],
        [ct(c22), 'leaves out the savings credits'],
        [ct(key - d27 - d37), 'nets the debits against the credits'],
        [ct(c22 - d27), 'nets the checking debits and leaves out savings'],
      ],
    }
  }),
  apart('compensation-for-a-late-wire', (rng) => {
    const A = rng.int(200, 3000) * 1000
    const ff = rng.int(350, 530)
    const io = ff - rng.pick([5, 8, 10])
    const pr = ff + 300
    const comp = (days: number, rate: number, basis: number) => mul(A, bps(rate), frac(days, basis))
    return {
      stem: `A customer asked on Wednesday for ${an(`$${n(A)}`)} wire to be sent on Friday; through the bank’s error it was sent the following Wednesday. The bank compensates the beneficiary for the lost use of the funds at the average effective federal funds rate of the period, ${bpText(ff)}, on an actual/360 basis, for each calendar day from the day the wire should have been sent up to, but not including, the day it was sent. (The interest on reserve balances was ${bpText(io)} and the prime rate ${bpText(pr)}.) What compensation does the bank pay, ${CENTS}?`,
      show: money,
      figures: { A, ff, io, pr },
      key: comp(5, ff, 360),
      wrong: [
        [comp(5, pr, 360), 'uses the prime rate'],
        [comp(6, ff, 360), 'counts the day the wire was sent as well'],
        [comp(7, ff, 360), 'counts from the day of the request'],
        [comp(5, ff, 365), 'uses a 365-day year'],
        [comp(3, ff, 360), 'counts only banking days'],
        [comp(5, io, 360), 'uses the interest rate on reserve balances'],
      ],
    }
  }),
]
