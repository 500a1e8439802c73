import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  cap,
  distinct,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  power,
  rest,
  sub,
  usd,
} from './bko-text.js'

// Deposits and accounts. The slips are a day count of another convention (360 for 365, a month
// as a twelfth of a year, banking for calendar days), a balance of another kind (beginning,
// ending, ledger for collected), compounding of another period, a Regulation CC amount of
// another year or rule (the $225 next-day amount, the $5,525 threshold, next-day for an ordinary
// check), a fee the rule waives charged or one it charges left out, a cap left off, and an
// ownership category, tier or beneficiary limit of another kind.

const money = usd(2)
const ct = (c: number): Fraction => frac(c, 100)
const $ = (c: number): string => money(ct(c))
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
const bps = (b: number): Fraction => frac(b, 10000)
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
const K = 1000
/** A count with its noun, plural unless one. */
const pl = (k: number, noun: string): string => `${k} ${noun}${k === 1 ? '' : 's'}`

export const DEPOSIT_FAMILIES: ScenarioFamily[] = [
  apart('interest-on-daily-balances-actual-365', (rng) => {
    const B1 = cents(rng, 4000, 15000)
    const P = cents(rng, 3000, 12000)
    const W = cents(rng, 500, 2500)
    const d1 = rng.int(6, 12)
    const d2 = rng.int(8, 12)
    const d3 = 31 - d1 - d2
    const y = rng.int(150, 450)
    const B2 = B1 + P
    const B3 = B2 - W
    const dollarDays = (a: number, b: number, c: number) => ct(B1 * a + B2 * b + B3 * c)
    const at = (dd: Fraction, basis: number) => mul(dd, bps(y), frac(1, basis))
    const key = at(dollarDays(d1, d2, d3), 365)
    return {
      stem: `A savings account pays ${bpText(y)} a year on the balance each day, actual/365, credited at month-end. In March (31 days) its end-of-day balance was ${$(B1)} for the first ${d1} days; a deposit of ${$(P)} then raised it to ${$(B2)} for ${d2} days, and a withdrawal of ${$(W)} left ${$(B3)} for the last ${d3} days. What interest is credited for March, ${CENTS}?`,
      show: money,
      figures: { B1, P, W, d1, d2, d3, y },
      key,
      wrong: [
        [at(dollarDays(d1, d2, d3), 360), 'uses a 360-day year'],
        [at(ct(B3 * 31), 365), 'pays on the ending balance for the whole month'],
        [
          mul(div(dollarDays(d1, d2, d3), 31), bps(y), frac(1, 12)),
          'takes a month as a twelfth of a year',
        ],
        [at(ct(B1 * 31), 365), 'pays on the opening balance for the whole month'],
        [at(dollarDays(d1, d2, d3 - 1), 365), 'counts 30 days in March'],
        [at(dollarDays(d1 + 1, d2 - 1, d3), 365), 'counts the deposit from the day after'],
      ],
    }
  }),
  apart('average-daily-balance-of-a-statement-cycle', (rng) => {
    const B0 = cents(rng, 2000, 9000)
    const P = cents(rng, 1500, 6000)
    const W = cents(rng, 800, 3000)
    const p = rng.int(6, 12)
    const q = rng.int(18, 25)
    // Days 1 to p − 1 at B0, p to q − 1 at B0 + P, q to 30 at B0 + P − W.
    const dd = (pp: number, qq: number) =>
      ct(B0 * (pp - 1) + (B0 + P) * (qq - pp) + (B0 + P - W) * (31 - qq))
    const key = div(dd(p, q), 30)
    return {
      stem: `A checking account’s September statement cycle runs from September 1 to September 30 (30 days). The opening balance was ${$(B0)}; a deposit of ${$(P)} posted on September ${p} and a withdrawal of ${$(W)} on September ${q}, each counting in that day’s end-of-day balance. No other item posted. What is the average daily balance for the cycle, ${CENTS}?`,
      show: money,
      figures: { B0, P, W, p, q },
      key,
      wrong: [
        [div(dd(p, q), 31), 'divides by 31 days'],
        [div(dd(p + 1, q), 30), 'counts the deposit from the next day'],
        [div(dd(p, q + 1), 30), 'counts the withdrawal from the next day'],
        [ct(B0), 'takes the opening balance'],
        [ct(B0 + P - W), 'takes the closing balance'],
        [div(ct(3 * B0 + 2 * P - W), 3), 'averages the three balances without weighting by days'],
      ],
    }
  }),
  apart('cd-interest-compounded-monthly', (rng) => {
    const P = rng.int(10, 200) * 1000
    const y = rng.pick([300, 350, 375, 400, 425, 450, 475, 500])
    const T = rng.pick([24, 36])
    const r = bps(y)
    const growth = (periods: number, each: Fraction) => sub(power(add(1, each), periods), 1)
    const key = mul(P, growth(T, div(r, 12)))
    const days = (T / 12) * 365
    return {
      stem: `${cap(an(T))}-month certificate of deposit of $${n(P)} pays ${bpText(y)} a year, compounded monthly (a twelfth of the rate each month) and paid at maturity; no withdrawals are made. How much interest does it earn over the term, ${CENTS}?`,
      show: money,
      figures: { P, y, T },
      key,
      wrong: [
        [mul(P, r, frac(T, 12)), 'takes simple interest'],
        [mul(P, growth(T / 12, r)), 'compounds yearly'],
        [mul(P, growth(T / 3, div(r, 4))), 'compounds quarterly'],
        [mul(P, growth(days, div(r, 365))), 'compounds daily'],
        [mul(P, growth(days, div(r, 360))), 'compounds daily at a 360-day rate'],
        [
          mul(P, growth(T, div(r, 12)), add(1, div(r, 12))),
          'earns interest on the interest for an extra month',
        ],
      ],
    }
  }),
  apart('reg-cc-next-day-availability-of-a-deposit', (rng) => {
    const C = cents(rng, 100, 900)
    const Tr = cents(rng, 300, 1800)
    const O = cents(rng, 150, 1200)
    const k1 = cents(rng, 400, 1500)
    const k2 = cents(rng, 300, 1200)
    const Ch = cents(rng, 500, 2500)
    const next = C + Tr + O
    return {
      stem: `On Monday a customer deposits, in person to a teller at her branch, ${$(C)} in cash, a U.S. Treasury check of ${$(Tr)} payable to her, a check of ${$(O)} drawn on another account at the same bank, two ordinary checks drawn on other banks of ${$(k1)} and ${$(k2)}, and ${an($(Ch))} cashier’s check deposited without the special deposit slip the bank requires for next-day treatment (so it is an ordinary check). Under Regulation CC, cash deposited in person, Treasury checks and on-us checks are available the next business day, and so is the first $275 (as of July 2025) of the day’s other checks together. The account is not new and no exception applies. How much of the deposit is available on Tuesday, ${CENTS}?`,
      show: money,
      figures: { C, Tr, O, k1, k2, Ch },
      key: ct(next + 27500),
      wrong: [
        [ct(next + k1 + k2 + Ch), 'makes every check available next day'],
        [ct(next + 3 * 27500), 'gives $275 for each ordinary check'],
        [ct(next + Ch + 27500), 'gives the cashier’s check next-day treatment'],
        [ct(next + 22500), 'uses the $225 amount in force before July 2025'],
        [ct(C + O + 27500), 'holds the Treasury check as an ordinary check'],
        [ct(C + Tr + 27500), 'holds the on-us check as an ordinary check'],
      ],
    }
  }),
  apart('fdic-uninsured-amount-across-ownership-categories', (rng) => {
    const s1 = rng.int(60, 150) * K
    const s2 = rng.int(80, 160) * K
    const s3 = rng.int(60, 140) * K
    const J = rng.int(520, 700) * K
    const b = rng.pick([6, 7])
    const Tr = rng.int(1300, 1700) * K
    const Ir = rng.int(120, 240) * K
    const S = s1 + s2 + s3
    const over = (x: number, cover: number) => Math.max(0, x - cover)
    const key = over(S, 250 * K) + over(J, 500 * K) + over(Tr, 1250 * K)
    return {
      stem: `A depositor holds at one insured bank: in her own name, a checking account of $${n(s1)}, a savings account of $${n(s2)} and a CD of $${n(s3)}; a joint account with her husband of $${n(J)}; a payable-on-death (revocable trust) account of $${n(Tr)} naming her ${b} grandchildren as beneficiaries; and an IRA of $${n(Ir)}. FDIC insurance is $250,000 per depositor per ownership category: single accounts are added together; a joint account is insured up to $250,000 for each co-owner; under the rule in force from April 2024, trust accounts are insured at $250,000 per beneficiary for each owner, up to 5 beneficiaries ($1,250,000); and an IRA is a separate category. What is the uninsured amount across these accounts, ${CENTS}?`,
      show: money,
      figures: { s1, s2, s3, J, b, Tr, Ir },
      key: frac(key),
      wrong: [
        [frac(key + 250 * K), 'insures the joint account for $250,000 in all'],
        [
          frac(over(S + Ir, 250 * K) + over(J, 500 * K) + over(Tr, 1250 * K)),
          'adds the IRA to the single accounts',
        ],
        [
          frac(over(S + Tr, 250 * K) + over(J, 500 * K)),
          'treats the payable-on-death account as a single account',
        ],
        [frac(over(J, 500 * K) + over(Tr, 1250 * K)), 'insures each single account separately'],
        [
          frac(over(S, 250 * K) + over(J, 500 * K) + over(Tr, b * 250 * K)),
          'insures every beneficiary, beyond five',
        ],
        [frac(over(S, 250 * K)), 'counts only the single accounts'],
      ],
    }
  }),
  apart('cd-early-withdrawal-penalty-and-proceeds', (rng) => {
    const P = rng.int(20, 150) * 1000
    const y = rng.pick([350, 400, 425, 450, 475, 500])
    const d = rng.int(120, 400)
    const proceeds = (days: number, pen: number, basis: number) =>
      add(P, mul(P, bps(y), frac(days - pen, basis)))
    return {
      stem: `An 18-month CD of $${n(P)} earns ${bpText(y)} simple interest, actual/365, with interest accruing to the account until it is paid out. The early withdrawal penalty is 60 days’ simple interest on the amount withdrawn for terms of 12 months or less, 90 days’ for terms over 12 and up to 24 months, and 180 days’ for longer terms. The customer closes the CD ${d} days after opening it. What does she receive, ${CENTS}?`,
      show: money,
      figures: { P, y, d },
      key: proceeds(d, 90, 365),
      wrong: [
        [proceeds(d, 60, 365), 'takes the 60-day penalty of a shorter term'],
        [proceeds(d, 0, 365), 'leaves out the penalty'],
        [proceeds(d, 90, 360), 'uses a 360-day year'],
        [proceeds(d, 180, 365), 'takes the 180-day penalty of a longer term'],
        [proceeds(0, 90, 365), 'pays no accrued interest'],
        [
          sub(proceeds(d, 0, 365), mul(P, bps(y), frac(90, 360))),
          'takes the penalty on a 360-day year',
        ],
      ],
    }
  }),
  apart('monthly-maintenance-fees-with-balance-waivers', (rng) => {
    const [c, d] = distinct(rng, 2, 1, 3) as [number, number]
    const [b, e, g] = [rng.int(1, 2), rng.int(1, 2), rng.int(1, 2)]
    const a = 12 - b - c - d - e - g
    if (a < 0) rest()
    const fee = rng.pick([10, 12, 15])
    const key = fee * (e + g) + 36
    return {
      stem: `A checking account’s $${fee} monthly maintenance fee is waived in any month whose minimum daily balance is at least $1,500 or whose average daily balance is at least $5,000; a $3 paper-statement fee applies every month. Over the year: ${a} months had a minimum of at least $1,500 and an average of at least $5,000; ${b} had a minimum over $1,500 but an average under $5,000; ${c} had a minimum under $1,500 but an average of at least $5,000; ${d} had a minimum of exactly $1,500 and an average under $5,000; ${e} had a minimum under $1,500 and an average between $1,500 and $5,000; and ${g} had an average under $1,500. What did the account pay in these fees for the year, ${CENTS}?`,
      show: money,
      figures: { a, b, c, d, e, g, fee },
      key: frac(key),
      wrong: [
        [frac(fee * (b + c + d + e + g) + 36), 'requires both balances for the waiver'],
        [frac(fee * (c + e + g) + 36), 'tests only the minimum balance'],
        [frac(fee * (d + e + g) + 36), 'charges the months at exactly $1,500'],
        [frac(fee * (e + g)), 'leaves out the paper-statement fee'],
        [frac(fee * g + 36), 'tests the average balance against $1,500'],
        [frac((fee + 3) * (e + g)), 'charges the paper fee only in fee months'],
      ],
    }
  }),
  apart('blended-tiered-interest-for-a-month', (rng) => {
    const B = cents(rng, 55000, 140000)
    const r1 = rng.pick([10, 15, 25])
    const r2 = r1 + rng.pick([100, 125, 150])
    const r3 = r2 + rng.pick([75, 100, 125])
    const blend = add(
      mul(frac(10000), bps(r1)),
      mul(frac(40000), bps(r2)),
      mul(sub(ct(B), 50000), bps(r3)),
    )
    const month = (yearly: Fraction, t: Fraction) => mul(yearly, t)
    const t = frac(31, 365)
    const key = month(blend, t)
    return {
      stem: `A money market account pays blended tiered interest: each part of the balance earns its own tier’s rate, ${bpText(r1)} on the first $10,000, ${bpText(r2)} on the part from $10,000 to $50,000 and ${bpText(r3)} on the part over $50,000, actual/365. The balance was ${$(B)} throughout July (31 days). What interest does July earn, ${CENTS}?`,
      show: money,
      figures: { B, r1, r2, r3 },
      key,
      wrong: [
        [month(mul(ct(B), bps(r3)), t), 'pays the top tier’s rate on the whole balance'],
        [month(blend, frac(31, 360)), 'uses a 360-day year'],
        [month(blend, frac(1, 12)), 'takes a month as a twelfth of a year'],
        [month(mul(ct(B), bps(r1)), t), 'pays the first tier’s rate on the whole balance'],
        [
          month(add(mul(frac(10000), bps(r1)), mul(sub(ct(B), 10000), bps(r2))), t),
          'pays the middle tier’s rate on everything over $10,000',
        ],
        [
          month(add(mul(frac(40000), bps(r2)), mul(sub(ct(B), 50000), bps(r3))), t),
          'leaves out the first tier',
        ],
      ],
    }
  }),
  apart('account-analysis-fee-after-earnings-credit', (rng) => {
    const items = rng.int(800, 2500)
    const up = rng.pick([12, 15, 18])
    const dep = rng.int(40, 120)
    const dp = rng.pick([50, 75])
    const base = rng.pick([20, 25, 30])
    const L = rng.int(150, 450) * K
    const F = rng.int(15, 60) * K
    const ecr = rng.pick([40, 50, 60, 75])
    const charges = add(ct(items * up + dep * dp), frac(base))
    const credit = (bal: number, days: number, basis: number) =>
      mul(bal, bps(ecr), frac(days, basis))
    const key = sub(charges, credit(((L - F) * 9) / 10, 31, 365))
    if (key.n <= 0n) rest()
    return {
      stem: `A business account’s October analysis (31 days): ${n(items)} items at ${up}¢, ${dep} deposits at ${dp}¢ and ${an(`$${base}`)} maintenance charge. The average ledger balance was $${n(L)}, of which $${n(F)} was float (uncollected). The earnings credit is ${bpText(ecr)} a year on the average collected balance less a 10% reserve adjustment (the bank’s analysis still deducts it, as stated for this exercise), actual/365, and offsets the charges. What analysis fee is charged, ${CENTS}?`,
      show: money,
      figures: { items, up, dep, dp, base, L, F, ecr },
      key,
      wrong: [
        [charges, 'gives no earnings credit'],
        [sub(charges, credit(L - F - L / 10, 31, 365)), 'takes the reserve on the ledger balance'],
        [sub(charges, credit(((L - F) * 9) / 10, 30, 365)), 'counts 30 days in October'],
        [sub(charges, credit((L * 9) / 10, 31, 365)), 'credits the ledger balance'],
        [sub(charges, credit(L - F, 31, 365)), 'leaves out the reserve'],
        [sub(charges, credit(((L - F) * 9) / 10, 31, 360)), 'uses a 360-day year'],
      ],
    }
  }),
  apart('savings-balance-compounded-monthly-with-deposits', (rng) => {
    const B = cents(rng, 5000, 20000)
    const D = cents(rng, 1000, 5000)
    const W = cents(rng, 500, 2000)
    const y = rng.pick([300, 360, 420, 480, 600])
    const i = div(bps(y), 12)
    const g = add(1, i)
    const key = mul(sub(mul(add(mul(ct(B), g), ct(D)), g), ct(W)), g)
    return {
      stem: `A savings account pays ${bpText(y)} a year compounded monthly: at each month-end a twelfth of the rate is credited on that month’s balance. It opened the quarter with ${$(B)}; ${an($(D))} deposit was made on the first day of the second month and ${an($(W))} withdrawal on the first day of the third month. What is the balance at the end of the quarter, after the third month’s interest, ${CENTS}?`,
      show: money,
      figures: { B, D, W, y },
      key,
      wrong: [
        [
          add(ct(B + D - W), mul(ct(B), i, 3), mul(ct(D), i, 2), mul(ct(-W), i)),
          'credits simple interest without compounding',
        ],
        [
          sub(add(ct(B + D - W), mul(ct(B), i)), frac(0)),
          'credits only the first month’s interest',
        ],
        [mul(ct(B + D - W), power(g, 3)), 'earns on the deposit and withdrawal all quarter'],
        [add(key, mul(ct(D), g, g, i)), 'credits the deposit a month early'],
        [
          add(ct(B + D - W), mul(ct(B), sub(power(add(1, bps(y)), 1), 1), frac(1, 4))),
          'credits a quarter of the year’s rate on the opening balance',
        ],
        [
          mul(add(mul(ct(B), g, g), ct(D - W)), g),
          'takes the deposit and withdrawal together in the third month',
        ],
      ],
    }
  }),
  apart('reg-e-overdraft-fees-without-opt-in', (rng) => {
    const fee = rng.pick([27, 30, 34, 35])
    const [ck, ach, one, atm, rec] = distinct(rng, 5, 1, 6) as [
      number,
      number,
      number,
      number,
      number,
    ]
    const key = fee * (ck + ach + rec)
    return {
      stem: `A customer has not opted in to overdraft coverage of ATM and one-time debit card transactions. Under Regulation E a bank may not charge an overdraft fee on those without the opt-in, but may on checks, ACH debits and recurring debit card payments. This month the bank paid into overdraft ${pl(ck, 'check')}, ${pl(ach, 'ACH debit')}, ${pl(one, 'one-time debit card purchase')} (which it chose to pay), ${pl(atm, 'ATM withdrawal')} and ${pl(rec, 'recurring debit card payment')}. Its overdraft fee is $${fee} an item, with no daily cap. What overdraft fees may it charge, ${CENTS}?`,
      show: money,
      figures: { fee, ck, ach, one, atm, rec },
      key: frac(key),
      wrong: [
        [frac(key + fee * one), 'charges the one-time debit card purchases'],
        [frac(key + fee * atm), 'charges the ATM withdrawals'],
        [frac(key + fee * (one + atm)), 'charges every item paid'],
        [frac(fee * (ck + ach)), 'treats recurring card payments as one-time'],
        [frac(fee * (ck + rec)), 'leaves out the ACH debits'],
        [frac(fee * ck), 'charges only the checks'],
      ],
    }
  }),
  apart('reg-cc-new-account-next-day-availability', (rng) => {
    const C = cents(rng, 200, 2000)
    const Ch = cents(rng, 7500, 15000)
    const Ko = cents(rng, 400, 3000)
    const key = C + 672500
    return {
      stem: `A customer opened an account 12 days ago, so Regulation CC’s new-account rules apply for the first 30 days: cash deposited in person is available the next business day; the first $6,725 (as of July 2025) of a day’s deposit of cashier’s, certified, teller’s and government checks, deposited in person with the special slip, is available the next business day; the next-day $275 of other checks does not apply, and other checks may be held. Today she deposits in person ${$(C)} in cash, ${an($(Ch))} cashier’s check with the special slip, and ${an($(Ko))} personal check drawn on another bank. How much is available the next business day, ${CENTS}?`,
      show: money,
      figures: { C, Ch, Ko },
      key: ct(key),
      wrong: [
        [ct(C + Ch), 'makes the whole cashier’s check available'],
        [ct(key + 27500), 'adds the $275 of other checks'],
        [ct(C + Ch + Ko), 'makes every item available'],
        [ct(C + 552500), 'uses the $5,525 amount in force before July 2025'],
        [ct(C + 27500), 'treats the cashier’s check as another check'],
        [ct(C), 'holds every check'],
      ],
    }
  }),
  apart('whole-balance-tier-interest-on-the-average-balance', (rng) => {
    const tiers = [0, 10000, 25000, 50000, 100000]
    const rates = [5, 50, 100, 175, 250].map((x) => x + rng.pick([0, 5, 10]))
    const t = rng.int(1, 3)
    const A = cents(rng, tiers[t]! + 500, tiers[t + 1]! - 500)
    const month = (rate: number, days: number, basis: number) =>
      mul(ct(A), bps(rate), frac(days, basis))
    const blended = (() => {
      let s = frac(0)
      for (let i = 0; i <= t; i++) {
        const top = i === t ? ct(A) : frac(tiers[i + 1]!)
        s = add(s, mul(sub(top, tiers[i]!), bps(rates[i]!)))
      }
      return mul(s, frac(31, 365))
    })()
    return {
      stem: `An interest checking account pays its whole balance one rate, set by the tier the month’s average daily balance falls in: under $10,000 ${bpText(rates[0]!)}, $10,000 to $24,999.99 ${bpText(rates[1]!)}, $25,000 to $49,999.99 ${bpText(rates[2]!)}, $50,000 to $99,999.99 ${bpText(rates[3]!)}, and $100,000 or more ${bpText(rates[4]!)}, on the average daily balance, actual/365. In December (31 days) the average daily balance was ${$(A)}. What interest is paid for December, ${CENTS}?`,
      show: money,
      figures: { t, A, q0: rates[0]!, q1: rates[1]!, q2: rates[2]!, q3: rates[3]!, q4: rates[4]! },
      key: month(rates[t]!, 31, 365),
      wrong: [
        [month(rates[t + 1]!, 31, 365), 'takes the next tier up'],
        [month(rates[t]!, 31, 360), 'uses a 360-day year'],
        [mul(ct(A), bps(rates[t]!), frac(1, 12)), 'takes a month as a twelfth of a year'],
        [month(rates[t - 1]!, 31, 365), 'takes the tier below'],
        [blended, 'blends the tiers part by part'],
        [month(rates[t]!, 30, 365), 'counts 30 days in December'],
      ],
    }
  }),
  apart('sustained-overdraft-fees-for-an-episode', (rng) => {
    const item = rng.pick([30, 34, 35])
    const k = rng.int(2, 4)
    const daily = rng.pick([5, 6, 7])
    const D = rng.int(9, 14)
    const key = item * k + daily * (D - 4)
    return {
      stem: `A bank charges ${an(`$${item}`)} overdraft fee on each item paid into overdraft and, while an account stays overdrawn, ${an(`$${daily}`)} sustained-overdraft fee for each calendar day from the 5th consecutive day overdrawn on, the day the account is brought positive not counted. An account was overdrawn by ${k} items paid on day 1 and stayed overdrawn until a deposit brought it positive on day ${D + 1}, so it was overdrawn ${D} days. What fees does the episode cost, ${CENTS}?`,
      show: money,
      figures: { item, k, daily, D },
      key: frac(key),
      wrong: [
        [frac(item * k + daily * (D - 3)), 'starts the daily fee on the 4th day'],
        [frac(item * k + daily * D), 'charges the daily fee from day 1'],
        [frac(2 * item * k + daily * (D - 4)), 'charges the item fees again on the 5th day'],
        [frac(item * k + daily * (D - 5)), 'starts the daily fee on the 6th day'],
        [frac(item + daily * (D - 4)), 'charges one item fee'],
        [frac(item * k), 'leaves out the sustained-overdraft fee'],
      ],
    }
  }),
  apart('reg-cc-large-deposit-exception-second-day-amount', (rng) => {
    const E = cents(rng, 800, 3500)
    const C = cents(rng, 200, 1500)
    const k1 = cents(rng, 4000, 7000)
    const k2 = cents(rng, 3500, 7000)
    const key = E + C + 672500
    return {
      stem: `On Monday a customer’s account receives ${an($(E))} direct deposit, and she deposits in person ${$(C)} in cash and two local checks drawn on other banks of ${$(k1)} and ${$(k2)}. Electronic payments and cash are available at once or next day. Checks would be available by the second business day (Wednesday), but under Regulation CC’s large-deposit exception the bank may hold the part of a day’s check deposits over $6,725 (as of July 2025; $5,525 before) for a further reasonable period, and it does so, having sent the notice. How much of Monday’s deposits is available on Wednesday, ${CENTS}?`,
      show: money,
      figures: { E, C, k1, k2 },
      key: ct(key),
      wrong: [
        [ct(E + C + k1 + k2), 'applies no exception'],
        [ct(key + 27500), 'adds the next-day $275 on top'],
        [ct(E + C + k1 + k2 - 27500), 'holds only the next-day $275 portion'],
        [ct(E + C + 552500), 'uses the $5,525 threshold in force before July 2025'],
        [ct(672500), 'counts the cash and direct deposit in the $6,725'],
        [ct(E + C + 27500), 'makes only the next-day $275 of checks available'],
      ],
    }
  }),
  apart('cd-interest-net-of-backup-withholding', (rng) => {
    const P = rng.int(10, 250) * 1000
    const y = rng.pick([380, 400, 425, 450, 475, 500])
    const d = 91
    const net = (days: number, basis: number, wh: number) =>
      mul(P, bps(y), frac(days, basis), frac(100 - wh, 100))
    return {
      stem: `${cap(an(d))}-day CD of $${n(P)} pays ${bpText(y)} simple interest, actual/365, at maturity. The customer never certified a taxpayer identification number, so the bank must apply backup withholding at 24% (the rate since 2018) to the interest. What net interest is credited at maturity, ${CENTS}?`,
      show: money,
      figures: { P, y },
      key: net(d, 365, 24),
      wrong: [
        [net(d, 365, 0), 'leaves out the backup withholding'],
        [net(d, 360, 24), 'uses a 360-day year'],
        [net(d + 1, 365, 24), 'counts both the first and the last day'],
        [net(d, 365, 28), 'withholds the 28% rate of 2003 to 2017'],
        [net(d, 365, 31), 'withholds the 31% rate of the 1990s'],
        [net(90, 365, 24), 'takes the term as 90 days'],
      ],
    }
  }),
  apart('apy-of-a-rate-compounded-monthly', (rng) => {
    const y = rng.int(80, 110) * 5
    const r = bps(y)
    const apy = (periods: number, each: Fraction) => sub(power(add(1, each), periods), 1)
    return {
      stem: `A savings account pays an interest rate of ${bpText(y)} a year, compounded monthly (a twelfth of the rate credited each month). Regulation DD requires the annual percentage yield, the percentage of a year’s interest on the principal with compounding, to be disclosed to two decimal places. What APY does the bank disclose, as a percentage to two decimal places (a half rounded up)?`,
      show: pct2,
      figures: { y },
      key: apy(12, div(r, 12)),
      wrong: [
        [r, 'discloses the interest rate itself'],
        [apy(4, div(r, 4)), 'compounds quarterly'],
        [apy(2, div(r, 2)), 'compounds twice a year'],
        [apy(365, div(r, 360)), 'compounds daily at a 360-day rate'],
        [apy(13, div(r, 12)), 'compounds thirteen monthly credits'],
        [mul(apy(12, div(r, 12)), frac(365, 360)), 'scales the yield by 365/360'],
      ],
    }
  }),
]
