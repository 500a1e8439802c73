import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { an, CENTS, type Fraction, frac, pct2, plain, rest, usd, worked } from './bko-text.js'

// Operational compliance. The slips are cash aggregated with checks, wires or account debits, cash
// in netted against cash out, a transaction on behalf of the customer or across a business-day
// cut-off left out or counted in, a deadline counted in business days instead of calendar days
// (or the reverse), from the wrong day or with another rule's number of days, a liability cap of
// another reporting window, a return rate over the wrong returns or the wrong entries, a
// threshold of another regime, and a retention or dormancy period of another rule.

const money = usd(2)
const c = (x: number) => frac(x, 100)
const cs = (x: number) => money(c(x))
const cents = (rng: Rng, lo: number, hi: number) => rng.int(lo * 100, hi * 100)

const DAY = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
/** A calendar date as a day count since 1970 (month from 1). */
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY
const parts = (day: number) => {
  const t = new Date(day * DAY)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), w: t.getUTCDay() }
}
/** A day count as an option writes it: `March 24, 2026`. */
const dated = (day: number) => {
  const { y, m, d } = parts(day)
  return `${MONTH_NAMES[m]} ${d}, ${y}`
}
/** A day count as a stem writes it: `Tuesday, March 24, 2026`. */
const weekdayDated = (day: number) => `${WEEKDAYS[parts(day).w]}, ${dated(day)}`
const showDate = (x: Fraction) => dated(Number(x.n / x.d))
/** The `n`th Monday-to-Friday after `day` (n ≥ 0; 0 is the day itself). */
const businessAfter = (day: number, n: number) => {
  let t = day
  for (let k = 0; k < n; ) {
    t++
    if (parts(t).w % 6 !== 0) k++
  }
  return t
}
/** A weekday in March or April 2026, when no federal holiday falls (Memorial Day is May 25). */
const springWeekday = (rng: Rng) => {
  const t = dayOf(2026, 3, 2) + rng.int(0, 45)
  return parts(t).w % 6 === 0 ? t + (parts(t).w === 6 ? 2 : 1) : t
}
const whole = plain(0)
/** A year or count shown bare: 2031, not 2,031. */
const bare = (x: Fraction) => String(x.n / x.d)

const CTR =
  'A bank files a currency transaction report (CTR) when the cash in, or the cash out, by or on behalf of one person in one business day totals more than $10,000; cash in and cash out are each added up separately and never netted against each other, and checks, wires and transfers between accounts are not cash.'
const REG_E_LIABILITY =
  'Under Regulation E, for an unauthorized electronic transfer with a lost or stolen card, a consumer who notifies the bank within 2 business days of learning of the loss is liable for the lesser of $50 or the transfers before notice; one who notifies later is liable for the lesser of $500 or the sum of (the lesser of $50 or the transfers within those 2 business days) and the transfers after those 2 business days and before notice.'
const NACHA =
  'The Nacha rules review an originator’s debit entries over 60 days against three thresholds: an unauthorized return rate of 0.5% (return codes R05, R07, R10, R11, R29 and R51), an administrative return rate of 3.0% (R02, R03 and R04) and an overall return rate of 15.0% (all returns). Each rate is the returns of its kind over all the debit entries originated in the period, except that RCK entries and their returns are left out of the overall rate altogether.'

export const COMPLIANCE_FAMILIES: ScenarioFamily[] = [
  worked('ctr-cash-in-aggregated-for-one-person', (rng) => {
    const d1 = cents(rng, 2000, 5000)
    const d2 = cents(rng, 1000, 3000)
    const lp = cents(rng, 500, 2000)
    const cc = cents(rng, 500, 2500)
    const ag = cents(rng, 1000, 3000)
    const ck = cents(rng, 1000, 6000)
    const w = cents(rng, 2000, 9000)
    const wd = cents(rng, 1000, 4000)
    const nx = cents(rng, 1000, 4000)
    const key = d1 + d2 + lp + cc + ag
    return {
      stem: `${CTR} On Tuesday a customer deposited ${cs(d1)} in cash at the main office and ${cs(d2)} in cash at a branch, paid ${cs(lp)} on his car loan in cash, bought a cashier’s check with ${cs(cc)} in cash, deposited ${an(cs(ck))} check and withdrew ${cs(wd)} in cash; his bookkeeper deposited ${cs(ag)} in cash to his account for him, and an incoming wire of ${cs(w)} was credited to it. On Wednesday he deposited ${cs(nx)} in cash. What is his cash in for Tuesday’s business day, ${CENTS}?`,
      show: money,
      figures: { d1, d2, lp, cc, ag, ck, w, wd, nx },
      key: c(key),
      wrong: [
        [c(key + ck), 'counts the check as cash'],
        [c(key + w), 'counts the incoming wire as cash'],
        [c(key + nx), 'adds Wednesday’s deposit'],
        [c(key - ag), 'leaves out the deposit his bookkeeper made for him'],
        [c(key - wd), 'nets the cash withdrawal against the cash in'],
        [c(key - lp - cc), 'counts only the cash deposits'],
      ],
    }
  }),
  worked('ctr-cash-out-aggregated-for-one-person', (rng) => {
    const w1 = cents(rng, 2000, 5000)
    const ch = cents(rng, 1500, 4000)
    const ca = cents(rng, 1000, 3000)
    const dp = cents(rng, 500, 3000)
    const ow = cents(rng, 2000, 9000)
    const oc = cents(rng, 1000, 5000)
    const y = cents(rng, 1000, 4000)
    const key = w1 + ch + ca
    return {
      stem: `${CTR} On Thursday a customer withdrew ${cs(w1)} in cash from her savings account, cashed ${an(cs(ch))} check drawn on another bank for cash, took ${an(cs(ca))} cash advance on her credit card at the teller window, deposited ${cs(dp)} in cash, sent an outgoing wire of ${cs(ow)} and bought ${an(cs(oc))} cashier’s check by debit to her checking account. On Wednesday she had withdrawn ${cs(y)} in cash. What is her cash out for Thursday’s business day, ${CENTS}?`,
      show: money,
      figures: { w1, ch, ca, dp, ow, oc, y },
      key: c(key),
      wrong: [
        [c(key + ow), 'counts the outgoing wire as cash out'],
        [c(key + oc), 'counts the cashier’s check bought by debit as cash out'],
        [c(key + y), 'adds Wednesday’s withdrawal'],
        [c(key - dp), 'nets the cash deposit against the cash out'],
        [c(key - ch), 'leaves out the check cashed for cash'],
        [c(key - ca), 'leaves out the cash advance'],
      ],
    }
  }),
  worked('ctr-business-day-cut-off', (rng) => {
    const a = cents(rng, 1000, 5000)
    const b = cents(rng, 3000, 6000)
    const cc = cents(rng, 1000, 4000)
    const d = cents(rng, 1000, 4000)
    const e = cents(rng, 500, 2500)
    const ff = cents(rng, 500, 2500)
    const key = b + cc + d
    if (e + ff >= b) rest()
    return {
      stem: `${CTR} The bank’s business day ends at its 2:00 p.m. cut-off: a transaction at or after 2:00 p.m. belongs to the next business day. A customer made these cash deposits: ${cs(a)} at 10:15 a.m. Monday, ${cs(b)} at 3:30 p.m. Monday, ${cs(cc)} at 11:05 a.m. Tuesday, ${cs(d)} at 1:59 p.m. Tuesday, ${cs(e)} at 2:00 p.m. Tuesday and ${cs(ff)} at 4:45 p.m. Tuesday. What is his cash in for Tuesday’s business day, ${CENTS}?`,
      show: money,
      figures: { a, b, cc, d, e, ff },
      key: c(key),
      wrong: [
        [c(key + e), 'keeps the 2:00 p.m. deposit in Tuesday'],
        [c(key + a), 'adds Monday’s morning deposit too'],
        [c(key + e + ff), 'adds Tuesday afternoon’s deposits too'],
        [c(key - b), 'leaves out Monday’s after-cut-off deposit'],
        [c(key - d), 'ends the business day at noon'],
        [c(key - b + e + ff), 'takes the calendar day'],
      ],
    }
  }),
  worked('ctr-filing-deadline', (rng) => {
    const t = dayOf(2026, rng.int(1, 11), rng.int(1, 28))
    if (parts(t).w === 0) rest()
    const key = t + 15
    return {
      stem: `${CTR} As stated for this exercise, a CTR must be filed by the 15th calendar day after the day of the transaction, even when that day falls on a weekend (the day of the transaction is not counted). The reportable cash deposits were made on ${weekdayDated(t)}. What is the last day to file the CTR?`,
      show: showDate,
      figures: { t },
      key: frac(key),
      wrong: [
        [frac(t + 14), 'counts the day of the transaction as the first day'],
        [frac(t + 10), 'counts 10 calendar days'],
        [frac(businessAfter(t, 15)), 'counts 15 business days'],
        [frac(t + 30), 'counts 30 calendar days'],
        [frac(businessAfter(t, 1) + 15), 'counts from the next business day'],
      ],
    }
  }),
  worked('reg-e-liability-reported-after-two-business-days', (rng) => {
    const A2 = cents(rng, 120, 430)
    // Together the withdrawals pass the $500 cap, so the cap is a slip and not the key.
    const A1 = cents(rng, Math.max(60, 530 - Math.floor(A2 / 100)), 480)
    const key = 5000 + A2
    return {
      stem: `${REG_E_LIABILITY} A customer learned on a Monday morning that her debit card had been stolen. Unauthorized withdrawals of ${cs(A1)} were made within the 2 business days after she learned of it, and of ${cs(A2)} after those 2 business days and before she called the bank the following Monday; the bank shows the later ones would not have occurred had she called in time. What is her liability, ${CENTS}?`,
      show: money,
      figures: { A1, A2 },
      key: c(key),
      wrong: [
        [frac(500), 'takes the $500 cap'],
        [c(A1 + A2), 'holds her liable for every withdrawal'],
        [c(A1 + A2 - 5000), 'takes $50 off the total'],
        [frac(50), 'takes the $50 cap'],
        [c(A2), 'leaves out the first two business days'],
        [c(A1), 'counts only the first two business days'],
      ],
    }
  }),
  worked('reg-e-liability-after-the-60-day-window', (rng) => {
    const s1 = cents(rng, 100, 900)
    const s2 = cents(rng, 100, 900)
    const w1 = cents(rng, 100, 900)
    const a1 = cents(rng, 200, 900)
    const a2 = cents(rng, 200, 900)
    const key = a1 + a2
    if (key <= 50000 + 5000) rest()
    return {
      stem: `Under Regulation E, when no card or other access device is involved, a consumer who fails to report an unauthorized transfer appearing on a periodic statement within 60 days of the statement’s transmittal is liable for the unauthorized transfers that occur after the close of those 60 days and before notice to the bank, if the bank shows notice would have stopped them; the consumer bears none of the transfers before then. A statement sent on Monday, January 5, 2026 showed two unauthorized ACH debits of ${cs(s1)} and ${cs(s2)}. Further unauthorized debits of ${cs(w1)} on February 20, ${cs(a1)} on March 12 and ${cs(a2)} on March 30 followed before the customer reported them on April 2 (the bank shows notice would have stopped the later ones). What is the customer’s liability, ${CENTS}?`,
      show: money,
      figures: { s1, s2, w1, a1, a2 },
      key: c(key),
      wrong: [
        [c(key + w1), 'counts every debit after the statement was sent'],
        [c(key + w1 + s1 + s2), 'holds the customer liable for every debit'],
        [c(key + s1 + s2), 'adds the debits on the statement'],
        [frac(500), 'takes the $500 cap for a late-reported card'],
        [frac(50), 'takes the $50 cap'],
        [c(key + 5000), 'adds the first $50 to the later debits'],
        [c(key - 5000), 'takes $50 off the later debits'],
      ],
    }
  }),
  worked('reg-e-provisional-credit-deadline', (rng) => {
    const t = springWeekday(rng)
    const key = businessAfter(t, 10)
    return {
      stem: `Under Regulation E a bank that cannot finish investigating a notice of error within 10 business days of receiving it must provisionally credit the account within those 10 business days (20 when the transfer was made within 30 days after the first deposit to a new account), and then has 45 calendar days to finish. Business days here are Monday to Friday; no holiday falls in the period. A customer of seven years notified the bank of an error on ${weekdayDated(t)}. What is the last day to give provisional credit?`,
      show: showDate,
      figures: { t },
      key: frac(key),
      wrong: [
        [frac(t + 10), 'counts 10 calendar days'],
        [frac(businessAfter(t, 9)), 'counts the day of notice as the first day'],
        [frac(businessAfter(t, 5)), 'counts 5 business days'],
        [frac(businessAfter(t, 20)), 'uses the new-account 20 business days'],
        [frac(t + 45), 'takes the 45-day investigation limit'],
        [frac(businessAfter(t, 11)), 'starts counting on the next business day'],
      ],
    }
  }),
  worked('reg-e-investigation-deadline-for-a-pos-error', (rng) => {
    const t = dayOf(2026, rng.int(1, 10), rng.int(1, 28))
    if (parts(t).w % 6 === 0) rest()
    const key = t + 90
    return {
      stem: `Under Regulation E a bank that gives provisional credit has 45 calendar days from receiving a notice of error to finish its investigation, extended to 90 calendar days when the transfer was a point-of-sale debit card transaction, was initiated outside the United States, or was made within 30 days after the first deposit to a new account. A customer of ten years notified the bank on ${weekdayDated(t)} of an error in a point-of-sale debit card purchase at a local store; the bank gave provisional credit. What is the last day to finish the investigation?`,
      show: showDate,
      figures: { t },
      key: frac(key),
      wrong: [
        [frac(t + 45), 'uses the ordinary 45 days'],
        [frac(t + 60), 'uses the 60-day notice window'],
        [frac(t + 89), 'counts the day of notice as the first day'],
        [frac(businessAfter(t, 90)), 'counts 90 business days'],
        [frac(t + 105), 'adds the 60-day notice window to the 45 days'],
        [
          frac(businessAfter(t, 10) + 90),
          'counts the 90 days from the provisional credit deadline',
        ],
      ],
    }
  }),
  worked('reg-e-notice-of-error-window', (rng) => {
    const t = dayOf(2026, rng.int(1, 10), rng.int(1, 28))
    const key = t + 60
    return {
      stem: `Under Regulation E the bank must investigate a consumer’s notice of error received no later than 60 calendar days after it transmitted the periodic statement on which the error first appeared (the day of transmittal is not counted). The bank sent a statement showing the error on ${weekdayDated(t)}. What is the last day on which the consumer’s notice is timely?`,
      show: showDate,
      figures: { t },
      key: frac(key),
      wrong: [
        [frac(t + 30), 'uses 30 days'],
        [frac(t + 45), 'uses the 45-day investigation limit'],
        [frac(t + 59), 'counts the day of transmittal as the first day'],
        [frac(t + 90), 'uses the 90-day extended investigation limit'],
        [frac(businessAfter(t, 60)), 'counts 60 business days'],
        [
          frac(dayOf(parts(t).y, parts(t).m + 2, 0) + 60),
          'counts from the end of the statement month',
        ],
      ],
    }
  }),
  worked('nacha-unauthorized-return-rate', (rng) => {
    const N = rng.int(80, 400) * 100
    const cr = rng.int(50, 300) * 10
    const r05 = rng.int(5, 40)
    const r10 = rng.int(40, 150)
    const r11 = rng.int(10, 60)
    const r01 = rng.int(200, 900)
    const r03 = rng.int(20, 120)
    const u = r05 + r10 + r11
    return {
      stem: `${NACHA} In the last 60 days an originator sent ${N.toLocaleString('en-US')} debit entries and ${cr.toLocaleString('en-US')} credit entries. Returns of its debits were: R01 (insufficient funds) ${r01}, R03 (no account) ${r03}, R05 ${r05}, R10 ${r10} and R11 ${r11}. What is its unauthorized return rate, as a percentage to two decimal places (a half rounded up)?`,
      show: pct2,
      figures: { N, cr, r05, r10, r11, r01, r03 },
      key: frac(u, N),
      wrong: [
        [frac(u + r03, N), 'counts the R03 returns as unauthorized'],
        [frac(u + r01, N), 'counts the R01 returns as unauthorized'],
        [frac(u + r03, N - r01), 'counts R03 and takes the R01 returns off the entries'],
        [frac(u, N + cr), 'divides by debit and credit entries'],
        [frac(r10, N), 'counts only the R10 returns'],
        [frac(u - r11, N), 'leaves out the R11 returns'],
      ],
    }
  }),
  worked('nacha-administrative-returns-over-threshold', (rng) => {
    const N = rng.int(20, 100) * 200
    const cr = rng.int(5, 20) * 100
    const lim = (N * 3) / 100
    const r02 = rng.int(20, 80)
    const r04 = rng.int(30, 120)
    const r01 = rng.int(150, 600)
    // The excess is drawn and the R03 count made up to it, so the originator is always over.
    const key = Math.max(r02, r04) + rng.int(10, 80)
    const r03 = lim + key - r02 - r04
    const a = r02 + r03 + r04
    if (key - r02 < 1 || key - r04 < 1 || key - (cr * 3) / 100 < 1) rest()
    return {
      stem: `${NACHA} In the last 60 days an originator sent ${N.toLocaleString('en-US')} debit entries and ${cr.toLocaleString('en-US')} credit entries; its debits returned were: R01 (insufficient funds) ${r01}, R02 (account closed) ${r02}, R03 (no account) ${r03} and R04 (invalid account number) ${r04}. By how many returns do its administrative returns exceed the number the threshold allows?`,
      show: whole,
      figures: { N, cr, r02, r03, r04, r01 },
      key: frac(key),
      wrong: [
        [frac(key + r01), 'counts the R01 returns as administrative'],
        [frac(a - (N * 5) / 1000), 'uses the 0.5% unauthorized threshold'],
        [frac(a), 'takes every administrative return'],
        [frac(key - r02), 'leaves out the R02 returns'],
        [frac(key - r04), 'leaves out the R04 returns'],
        [frac(key - (cr * 3) / 100), 'applies 3.0% to the debit and credit entries'],
      ],
    }
  }),
  worked('nacha-overall-return-rate', (rng) => {
    const N = rng.int(50, 300) * 100
    const cr = rng.int(50, 300) * 10
    const r01 = rng.int(300, 2000)
    const r02 = rng.int(20, 200)
    const r10 = rng.int(10, 80)
    const rckN = rng.int(150, 600)
    const rck = rng.int(20, 140)
    const all = r01 + r02 + r10
    return {
      stem: `${NACHA} In the last 60 days an originator sent ${N.toLocaleString('en-US')} debit entries (${rckN} of them RCK re-presented check entries) and ${cr.toLocaleString('en-US')} credit entries. Its debit returns were: R01 ${r01.toLocaleString('en-US')}, R02 ${r02}, R10 ${r10} and ${rck} returns of the RCK entries. What is its overall return rate, as a percentage to two decimal places (a half rounded up)?`,
      show: pct2,
      figures: { N, cr, r01, r02, r10, rckN, rck },
      key: frac(all, N - rckN),
      wrong: [
        [frac(all, N), 'leaves the RCK entries in the entries'],
        [frac(all + rck, N), 'counts the RCK returns and entries'],
        [frac(all + rck, N - rckN), 'counts the RCK returns'],
        [frac(all, N - rckN + cr), 'divides by debit and credit entries'],
        [frac(all, N - rckN - all), 'divides by the entries not returned'],
        [frac(all - r10, N - rckN), 'leaves out the unauthorized returns'],
      ],
    }
  }),
  worked('funds-transfer-recordkeeping-total', (rng) => {
    const w1 = cents(rng, 3001, 9000)
    const w2 = 300000
    const w3 = cents(rng, 10001, 40000)
    const w4 = cents(rng, 1000, 2999)
    const w5 = 299999
    const bk = cents(rng, 50000, 200000)
    const key = w1 + w2 + w3
    return {
      stem: `As stated for this exercise (a simplified form of the federal funds-transfer recordkeeping rule), a bank must keep the prescribed records (originator’s name and address, amount, date, payment instructions, beneficiary) for each funds transfer of $3,000 or more it originates; transfers where both the originator and the beneficiary are banks acting for their own account are exempt. Today the bank originated customer wires of ${cs(w1)}, ${cs(w2)}, ${cs(w3)}, ${cs(w4)} and ${cs(w5)}, and ${an(cs(bk))} wire of its own funds to its correspondent bank. What is the total of today’s transfers that need the records, ${CENTS}?`,
      show: money,
      figures: { w1, w2, w3, w4, w5, bk },
      key: c(key),
      wrong: [
        [c(key + bk), 'includes the bank-to-bank transfer'],
        [c(key + w5), 'includes the transfer a cent under $3,000'],
        [c(key + w4 + w5), 'records every customer wire'],
        [c(key - w2), 'leaves out the transfer of exactly $3,000'],
        [c(w3), 'uses the $10,000 CTR threshold'],
        [c(key - w3), 'leaves out the transfer over $10,000'],
      ],
    }
  }),
  worked('monetary-instrument-log-total', (rng) => {
    const m1 = cents(rng, 1200, 2500)
    const m2 = cents(rng, 1000, 2000)
    const c3 = cents(rng, 3000, 9000)
    const acct = cents(rng, 3500, 9000)
    const big = cents(rng, 10500, 15000)
    const small = cents(rng, 500, 2400)
    const at10 = 1000000
    const key = m1 + m2 + c3 + at10
    if (m1 + m2 < 300000) rest()
    return {
      stem: `A bank logs every sale of bank checks, cashier’s checks, money orders or traveler’s checks bought with currency of $3,000 to $10,000 inclusive, counting together the purchases one customer makes with currency in one business day; a currency purchase over $10,000 goes on a CTR instead, and a purchase paid from the customer’s account is not logged. On one business day one customer bought ${an(cs(m1))} cashier’s check and ${an(cs(m2))} money order with currency, another customer bought ${an(cs(c3))} cashier’s check with currency and a third ${an(cs(acct))} cashier’s check by debit to his account; a fourth bought ${an(cs(big))} cashier’s check with currency, a fifth ${an(cs(small))} money order with currency and a sixth ${an(cs(at10))} cashier’s check with currency. What total goes on the log, ${CENTS}?`,
      show: money,
      figures: { m1, m2, c3, acct, big, small, at10 },
      key: c(key),
      wrong: [
        [c(key + acct), 'logs the purchase paid from the account'],
        [c(key + big), 'logs the purchase over $10,000'],
        [c(key + small), 'logs the purchase under $3,000'],
        [c(key - m1 - m2), 'does not add one customer’s purchases together'],
        [c(key - at10), 'leaves out the purchase of exactly $10,000'],
        [c(c3), 'does not add purchases together and leaves out the one of exactly $10,000'],
      ],
    }
  }),
  worked('ctr-record-retention-date', (rng) => {
    const t = dayOf(rng.int(2025, 2026), rng.int(1, 12), rng.int(1, 28))
    const lag = rng.int(5, 14)
    const filed = t + lag
    const { y, m, d } = parts(filed)
    const key = dayOf(y + 5, m + 1, d)
    return {
      stem: `A bank keeps a copy of each filed CTR for 5 years from the date of filing (the date the report was filed, not the date of the transaction), and, as stated for this exercise, may destroy it on the anniversary day itself. A cash transaction on ${weekdayDated(t)} was reported on a CTR filed on ${weekdayDated(filed)}. What is the first day on which the bank may destroy its copy?`,
      show: showDate,
      figures: { t, lag },
      key: frac(key),
      wrong: [
        [
          frac(dayOf(parts(t).y + 5, parts(t).m + 1, parts(t).d)),
          'counts from the transaction date',
        ],
        [frac(dayOf(y + 3, m + 1, d)), 'keeps it 3 years'],
        [frac(dayOf(y + 4, 12, 31)), 'keeps it to the end of the fourth year'],
        [frac(dayOf(y + 7, m + 1, d)), 'keeps it 7 years'],
        [frac(dayOf(y + 6, 1, 1)), 'keeps it 5 full calendar years after the filing year'],
        [frac(dayOf(y + 10, m + 1, d)), 'keeps it 10 years'],
      ],
    }
  }),
  worked('dormant-account-escheat-report-year', (rng) => {
    const y0 = rng.int(2019, 2023)
    const m0 = rng.int(1, 12)
    const late = m0 > 6
    const yi = y0 + rng.int(1, 2)
    // Presumed abandoned 3 years after the last owner-initiated activity; reported on November 1
    // for what was presumed abandoned by the preceding June 30.
    const presumed = y0 + 3
    const key = late ? presumed + 1 : presumed
    return {
      stem: `As stated for this exercise, a state presumes a deposit account abandoned 3 years after the owner’s last owner-initiated activity (a deposit, withdrawal or written contact); interest the bank credits and its monthly statements do not count as activity. Each November 1 the bank reports to the state the accounts presumed abandoned as of the preceding June 30. A savings account’s owner last made a withdrawal in ${MONTH_NAMES[m0 - 1]} ${y0}; the bank has credited interest to it every month since, last in December ${yi + 2}, and its statements have come back undeliverable since January ${yi}. In which year’s November 1 report does the account first appear?`,
      show: bare,
      figures: { y0, m0, yi },
      key: frac(key),
      wrong: [
        [frac(yi + 6), 'counts the last interest credit as activity'],
        [frac(key + 2), 'uses a 5-year dormancy period'],
        [frac(late ? presumed : presumed + 1), 'misreads the June 30 cut-off'],
        [frac(yi + 3), 'counts from the first returned statement'],
        [frac(key - 1), 'uses a 2-year dormancy period'],
      ],
    }
  }),
  worked('nacha-unauthorized-returns-over-threshold', (rng) => {
    const N = rng.int(20, 100) * 200
    const cr = rng.int(5, 30) * 200
    const r03 = rng.int(10, 60)
    const lim = N / 200
    const r05 = rng.int(5, 20)
    const r11 = rng.int(5, 25)
    const r01 = rng.int(30, 150)
    // The excess is drawn and the R10 count made up to it, so the originator is always over.
    const key = Math.max(r05, r11, cr / 200) + rng.int(5, 40)
    const r10 = lim + key - r05 - r11
    const u = r05 + r10 + r11
    if (key - r05 < 1 || key - r11 < 1 || key - cr / 200 < 1) rest()
    return {
      stem: `${NACHA} In the last 60 days an originator sent ${N.toLocaleString('en-US')} debit entries and ${cr.toLocaleString('en-US')} credit entries; its debit returns were R01 ${r01}, R03 ${r03}, R05 ${r05}, R10 ${r10} and R11 ${r11}. How many unauthorized returns over the number the threshold allows did it have?`,
      show: whole,
      figures: { N, cr, r03, r05, r10, r11, r01 },
      key: frac(key),
      wrong: [
        [frac(key + r01), 'counts the R01 returns as unauthorized'],
        [frac(u), 'takes every unauthorized return'],
        [frac(key + r03), 'counts the R03 returns as unauthorized'],
        [frac(key - r05), 'leaves out the R05 returns'],
        [frac(key - r11), 'leaves out the R11 returns'],
        [frac(key - cr / 200), 'applies 0.5% to the debit and credit entries'],
      ],
    }
  }),
]
