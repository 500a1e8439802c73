import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  frac,
  mul,
  pct2,
  rest,
  sub,
  usd,
} from './fac-text.js'

// Indirect methods of proving income. The slips are a net worth built wrongly (assets at market
// for cost, a liability, the currency on hand or a new asset left out, the original loan for its
// balance), a nondeductible outlay left out (living expenses, federal taxes, loan principal, a rise
// in bank balances) or a balance-sheet change counted as spending (card payments beside the
// charges, mortgage principal, an asset bought), a nontaxable source counted as income or a loan
// already carried as a liability taken off again, a cash hoard taken as claimed or tested without
// the prior years' taxes or savings, a non-income deposit kept in (a transfer, a redeposit, a loan),
// currency spending added without the withdrawals that funded it, a markup on cost taken as one on
// retail or the other way, cost of sales without its inventory change, returns, freight or owner's
// withdrawals, the unit-and-volume allowances and prices misapplied, depreciation counted as cash
// spent, wages before withholding counted as cash, the 25 % omission test on the wrong base, a
// bracket or wage base misread, and the fraud and accuracy penalties stacked or swapped.

const money = usd(2)
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${d.toLocaleString('en-US')}`
/** Cents as a stem writes them. */
const c$ = (c: number): string => money(frac(c, 100))
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn percentage from `low` to `high` (tenths allowed), to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** A whole-dollar amount from `low` to `high` thousand, with odd dollars. */
const amt = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 1000 + rng.int(0, 999)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/**
 * An understatement drawn above the largest amount a slip takes off it, so every slip stays
 * positive, and the reported income it leaves of `corrected`; a draw that would report under a
 * fifth of the corrected income is refused.
 */
/** Reported sales a drawn share below the lowest of the sales a key or slip reconstructs. */
const reportedBelow = (rng: Rng, sales: readonly Fraction[]): number => {
  const least = sales.reduce((m, x) => (below(x, m) ? x : m))
  return Math.floor(Number((least.n * BigInt(rng.int(70, 94))) / (least.d * 100n)))
}
function understated(rng: Rng, corrected: number, offs: readonly number[]): [number, number] {
  const key = part(rng, Math.max(...offs), 115, 180)
  const reported = corrected - key
  if (reported < corrected / 5) rest()
  return [key, reported]
}

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** The 2025 federal income tax rates for a single filer: [top of the band, rate %]. */
const BRACKETS_2025: readonly (readonly [number, number])[] = [
  [11925, 10],
  [48475, 12],
  [103350, 22],
  [197300, 24],
  [250525, 32],
  [626350, 35],
  [Number.POSITIVE_INFINITY, 37],
]
const BRACKET_TEXT =
  'the 2025 rates for a single filer: 10 % of taxable income up to $11,925, 12 % to $48,475, 22 % to $103,350, 24 % to $197,300, 32 % to $250,525, 35 % to $626,350 and 37 % above'
/** Tax on whole-dollar taxable income under a schedule of [top, rate %] bands. */
function taxOn(income: number, bands: readonly (readonly [number, number])[]): Fraction {
  let tax = frac(0)
  let from = 0
  for (const [top, rate] of bands) {
    if (income <= from) break
    tax = add(tax, mul(Math.min(income, top) - from, pc(rate)))
    from = top
  }
  return tax
}
/** The rate of the band `income` falls in. */
const marginal = (income: number): number => BRACKETS_2025.find(([top]) => income <= top)![1]

/** Self-employment tax: 12.4 % of net earnings up to the base left after wages, 2.9 % of all. */
function seTax(profit: Fraction | number, wages: number, base: number, factor: Fraction): Fraction {
  const earnings = mul(profit, factor)
  const room = frac(Math.max(0, base - wages))
  const capped = below(earnings, room) ? earnings : room
  return add(mul(capped, frac(124, 1000)), mul(earnings, frac(29, 1000)))
}
const F9235 = frac(9235, 10000)

export const INCOME_FAMILIES: ScenarioFamily[] = [
  apart('net-worth-method-understatement-of-income', (rng) => {
    const A0 = amt(rng, 300, 1200)
    const L0 = part(rng, A0, 30, 60)
    const B = amt(rng, 20, 80)
    const Lr = amt(rng, 5, 15)
    const L1 = L0 + B - Lr
    const A1 = A0 + amt(rng, 120, 400)
    const m0 = rng.int(105, 125)
    const M0 = Math.round((A0 * m0) / 100)
    const M1 = Math.round((A1 * (m0 + rng.int(3, 10))) / 100)
    const P = amt(rng, 40, 120)
    const T = amt(rng, 10, 40)
    const H = amt(rng, 20, 100)
    const G = amt(rng, 5, 30)
    const CI = A1 - L1 - (A0 - L0) + P + T - H - G
    const [key, R] = understated(rng, CI, [P, T, B])
    return balanced({
      stem: `An examiner proves a taxpayer’s 2024 income by the net worth method. At cost, the taxpayer’s assets were ${$(A0)} at the end of 2023 and ${$(A1)} at the end of 2024 (their market values were ${$(M0)} and ${$(M1)}); liabilities were ${$(L0)} and ${$(L1)}, the closing figure including the unpaid balance of a ${$(B)} car loan taken out in 2024. In 2024 the taxpayer spent ${$(P)} on personal living expenses and paid ${$(T)} of federal income tax, inherited ${$(H)} from a parent and received a ${$(G)} gift. Corrected income is the increase in net worth (assets at cost less liabilities) plus nondeductible expenditures (living expenses and federal income tax) less nontaxable receipts (inheritances and gifts); the taxpayer reported income of ${$(R)}. By how much was 2024 income understated, ${CENTS}?`,
      show: money,
      figures: { A0, A1, M0, M1, L0, L1, B, P, T, H, G, R },
      key: frac(key),
      wrong: [
        [frac(key + (M1 - A1) - (M0 - A0)), 'values the assets at market'],
        [frac(key + H + G), 'leaves the inheritance and the gift in'],
        [frac(key + L1 - L0), 'leaves the liabilities out'],
        [frac(key - P), 'leaves out the living expenses'],
        [frac(key - T), 'leaves out the federal tax paid'],
        [frac(key - B), 'also takes off the car loan already in the liabilities'],
      ],
    })
  }),
  apart('increase-in-net-worth-from-two-statements-at-cost', (rng) => {
    const b0 = amt(rng, 10, 60)
    const b1 = b0 + amt(rng, 5, 40)
    const h0 = amt(rng, 1, 5)
    const h1 = h0 + amt(rng, 8, 30)
    const Hc = amt(rng, 250, 600)
    const Hm0 = part(rng, Hc, 110, 140)
    const Hm1 = part(rng, Hm0, 104, 112)
    const s0 = amt(rng, 30, 150)
    const s1 = s0 + amt(rng, 10, 60)
    const sm0 = part(rng, s0, 105, 125)
    const sm1 = part(rng, s1, 112, 135)
    const V = amt(rng, 25, 70)
    const CLn = part(rng, V, 50, 85)
    const Mo = part(rng, Hc, 75, 85)
    const m0 = part(rng, Mo, 70, 90)
    const m1 = m0 - amt(rng, 6, 18)
    const cc0 = amt(rng, 2, 8)
    const cc1 = cc0 + amt(rng, 3, 15)
    const nw0 = b0 + h0 + Hc + s0 - m0 - cc0
    const nw1 = b1 + h1 + Hc + s1 + V - m1 - CLn - cc1
    const key = nw1 - nw0
    const gain = Hm1 - Hm0 + (sm1 - s1) - (sm0 - s0)
    return balanced({
      stem: `A taxpayer’s net worth statements, at cost, for the ends of 2023 and 2024: cash in bank ${$(b0)} and ${$(b1)}; currency kept in a home safe ${$(h0)} and ${$(h1)}; residence bought for ${$(Hc)} (appraised at ${$(Hm0)} and ${$(Hm1)}); brokerage account at cost ${$(s0)} and ${$(s1)} (market ${$(sm0)} and ${$(sm1)}); a car bought in 2024 for ${$(V)}, ${$(CLn)} still owed on its loan at the end of 2024; mortgage balance ${$(m0)} and ${$(m1)} on an original loan of ${$(Mo)}; credit card balances ${$(cc0)} and ${$(cc1)}. For the net worth method assets are carried at cost, personal assets are not depreciated, and every liability is carried at its unpaid balance. By how much did net worth increase in 2024, ${CENTS}?`,
      show: money,
      figures: { b0, b1, h0, h1, Hc, Hm0, Hm1, s0, s1, sm0, sm1, V, CLn, Mo, m0, m1, cc0, cc1 },
      key: frac(key),
      wrong: [
        [frac(key + gain), 'carries the residence and the brokerage account at market'],
        [frac(key + cc1 - cc0), 'leaves out the credit card balances'],
        [frac(key + CLn), 'leaves out the car loan'],
        [frac(key - (h1 - h0)), 'leaves out the currency in the safe'],
        [frac(key - (m0 - m1)), 'carries the mortgage at its original amount'],
        [frac(key - V), 'leaves out the car'],
      ],
    })
  }),
  apart('net-worth-understatement-after-a-tested-cash-hoard', (rng) => {
    const SR = amt(rng, 150, 350)
    const ST = part(rng, SR, 12, 20)
    const SP = part(rng, SR, 55, 70)
    const SB = part(rng, SR, 5, 12)
    const S = SR - ST - SP - SB
    if (S <= 0) rest()
    const H = S + Math.max(ST, SB) + amt(rng, 5, 40)
    const N0 = amt(rng, 200, 600)
    const C1 = amt(rng, 2, 15)
    const N1 = N0 + amt(rng, 120, 320)
    const P = amt(rng, 40, 100)
    const Rf = amt(rng, 1, 6)
    const G = amt(rng, 5, 25)
    const CI = N1 - (N0 + S) + P - Rf - G
    const [key, R] = understated(rng, CI, [H - S, ST, SB, C1])
    return balanced({
      stem: `A taxpayer answers a net worth case for 2024 by claiming ${$(H)} of currency was already on hand at the end of 2023. Without that claim, net worth was ${$(N0)} at the end of 2023; at the end of 2024 it was ${$(N1)}, including ${$(C1)} of currency found in a safe. The examiner accepts opening currency only up to what the prior five years could have saved (a simplified test, as stated for this exercise): reported income of ${$(SR)} less the federal income taxes paid of ${$(ST)}, the living expenses of ${$(SP)} and the ${$(SB)} added to bank and brokerage balances over those years. In 2024 the taxpayer spent ${$(P)} on living expenses, received a federal tax refund of ${$(Rf)} and a gift of ${$(G)}, and reported income of ${$(R)}. Corrected income is the increase in net worth plus living expenses less nontaxable receipts. What is the 2024 understatement after the accepted opening currency, ${CENTS}?`,
      show: money,
      figures: { SR, ST, SP, SB, H, N0, C1, N1, P, Rf, G, R },
      key: frac(key),
      wrong: [
        [frac(key + S), 'ignores the claimed currency altogether'],
        [frac(key + Rf), 'leaves the tax refund in'],
        [frac(key + G), 'leaves the gift in'],
        [frac(key - (H - S)), 'accepts the whole claim'],
        [frac(key - ST), 'tests the claim without the taxes paid'],
        [frac(key - SB), 'tests the claim without the savings put in the bank'],
        [frac(key - C1), 'leaves the closing currency out of net worth'],
      ],
    })
  }),
  apart('personal-living-expenses-for-a-net-worth-computation', (rng) => {
    const K = amt(rng, 20, 60)
    const Cc = amt(rng, 15, 45)
    const Cp = part(rng, Cc, 75, 92)
    const Mi = amt(rng, 8, 25)
    const Mpr = amt(rng, 6, 18)
    const Pt = amt(rng, 3, 9)
    const X = amt(rng, 8, 30)
    const Vd = amt(rng, 5, 20)
    const key = K + Cc + Mi + Pt + X
    return balanced({
      stem: `An examiner schedules a taxpayer’s 2024 personal living expenses for a net worth computation. Personal checks for groceries, utilities, tuition and the like came to ${$(K)}; personal purchases charged on credit cards to ${$(Cc)}, and the taxpayer paid ${$(Cp)} on the cards from the bank; mortgage payments totalled ${$(Mi + Mpr)}, of which ${$(Mi)} was interest and ${$(Mpr)} principal; property taxes were ${$(Pt)}; currency spent on personal items was ${$(X)}; and a ${$(Vd)} check was the down payment on a car. The net worth statements carry the card balances, the mortgage and the car, so the schedule counts card purchases when charged and leaves out any payment that changes an asset or a liability; mortgage interest and property taxes count as living expenses here (itemized deductions are taken later). What are the personal living expenses, ${CENTS}?`,
      show: money,
      figures: { K, Cc, Cp, Mi, Mpr, Pt, X, Vd },
      key: frac(key),
      wrong: [
        [frac(key + Cp), 'counts the card payments as well as the charges'],
        [frac(key + Mpr), 'counts the whole mortgage payment'],
        [frac(key + Vd), 'counts the car’s down payment'],
        [frac(key - X), 'leaves out the currency spent'],
        [frac(key - Cc + Cp), 'counts the card payments instead of the charges'],
        [frac(key - Mi - Pt), 'leaves out the mortgage interest and property taxes'],
      ],
    })
  }),
  apart('expenditures-method-understatement-of-income', (rng) => {
    const P = amt(rng, 40, 90)
    const Ap = amt(rng, 40, 120)
    const Lp = part(rng, Ap, 40, 70)
    const Lr = amt(rng, 8, 25)
    const dB = amt(rng, 30, 120)
    const G = amt(rng, 3, 15)
    const Sa = amt(rng, 5, 20)
    const dC = amt(rng, 2, 10)
    const apps = P + Ap + Lr + dB
    const known = Lp + G + Sa + dC
    const [key, R] = understated(rng, apps - known, [P, Lr, dB])
    return balanced({
      stem: `An examiner uses the expenditures (source and application of funds) method for a taxpayer’s 2024 income. In 2024 the taxpayer spent ${$(P)} on living expenses, bought a boat for ${$(Ap)}, financed in part by a ${$(Lp)} loan, repaid ${$(Lr)} of mortgage principal, and added ${$(dB)} to bank balances; currency on hand fell by ${$(dC)}. The taxpayer received a ${$(G)} gift, sold a trailer for ${$(Sa)} (its cost, so no gain), and reported income of ${$(R)}. Corrected income is the total applied (spending and increases in assets, decreases in liabilities) less the nontaxable sources (loans, gifts, sales of assets at cost, decreases in currency). By how much was income understated, ${CENTS}?`,
      show: money,
      figures: { P, Ap, Lp, Lr, dB, G, Sa, dC, R },
      key: frac(key),
      wrong: [
        [frac(key + Lp), 'leaves the loan out of the sources'],
        [frac(key + G), 'leaves the gift out of the sources'],
        [frac(key + 2 * dC), 'counts the fall in currency as an application'],
        [frac(key - P), 'leaves out the living expenses'],
        [frac(key - Lr), 'leaves out the principal repaid'],
        [frac(key - dB), 'leaves out the rise in bank balances'],
      ],
    })
  }),
  apart('bank-deposits-method-unreported-gross-receipts', (rng) => {
    const D = amt(rng, 400, 1200)
    const T = part(rng, D, 8, 18)
    const Rd = part(rng, D, 1, 3)
    const Lp = amt(rng, 20, 80)
    const G = amt(rng, 5, 25)
    const X = amt(rng, 15, 60)
    const GR = D - T - Rd - Lp - G + X
    const [key, Rg] = understated(rng, GR, [2 * X, T])
    return balanced({
      stem: `A contractor’s three bank accounts took in total deposits of ${$(D)} in 2024. Among them: ${$(T)} of transfers from one of the accounts to another, ${$(Rd)} of customer checks redeposited after being returned unpaid (each first deposited earlier in 2024), the ${$(Lp)} proceeds of a bank loan and a ${$(G)} gift from a relative. The contractor also spent ${$(X)} of currency from receipts that never reached a bank. Under the bank deposits method, gross receipts are total deposits less non-income deposits (transfers, redeposits, loans, gifts) plus currency spent from undeposited receipts. The contractor reported gross receipts of ${$(Rg)}. What were the unreported gross receipts, ${CENTS}?`,
      show: money,
      figures: { D, T, Rd, Lp, G, X, Rg },
      key: frac(key),
      wrong: [
        [frac(key + T), 'keeps the transfers between accounts in'],
        [frac(key + Rd), 'keeps the redeposited checks in'],
        [frac(key + Lp), 'keeps the loan proceeds in'],
        [frac(key - X), 'leaves out the currency spent'],
        [frac(key - 2 * X), 'subtracts the currency spent'],
        [frac(key - T), 'takes each transfer off twice'],
      ],
    })
  }),
  apart('currency-expenditures-to-add-in-a-bank-deposits-case', (rng) => {
    const Xp = amt(rng, 10, 40)
    const Xb = amt(rng, 8, 30)
    const Xa = amt(rng, 8, 25)
    const W1 = part(rng, Xp, 20, 50)
    const W2 = part(rng, Xb, 20, 45)
    const C0 = amt(rng, 4, 12)
    const C1 = part(rng, C0, 20, 60)
    const Gc = amt(rng, 1, 5)
    const key = Xp + Xb + Xa - W1 - W2 - (C0 - C1) - Gc
    const Kv = part(rng, key, 40, 90)
    return balanced({
      stem: `In a bank deposits case for 2024 the examiner traces a shop owner’s currency spending: ${$(Xp)} on personal items, ${$(Xb)} of business expenses paid in currency and ${$(Xa)} in currency for a used truck. The currency came partly from the bank (${$(W1)} of ATM withdrawals and ${$(W2)} of checks written to cash), partly from the currency on hand, which fell from ${$(C0)} to ${$(C1)} over the year, and partly from a ${$(Gc)} cash gift; the owner also wrote ${$(Kv)} of checks to suppliers. Whatever currency spending these sources do not explain came from receipts never deposited. How much currency spending must be added to net deposits, ${CENTS}?`,
      show: money,
      figures: { Xp, Xb, Xa, W1, W2, C0, C1, Gc, Kv },
      key: frac(key),
      wrong: [
        [frac(key + W2), 'takes off only the ATM withdrawals'],
        [frac(key + C0 - C1), 'leaves out the fall in currency on hand'],
        [frac(key + Gc), 'leaves out the cash gift'],
        [frac(key - Kv), 'also takes off the checks to suppliers'],
        [frac(key - Xb), 'leaves out the business expenses paid in currency'],
        [frac(key - Xa), 'leaves out the truck'],
      ],
    })
  }),
  apart('markup-on-cost-method-unreported-sales', (rng) => {
    const OI = amt(rng, 40, 120)
    const CI = part(rng, OI, 55, 85)
    const Pu = amt(rng, 300, 900)
    const PR = part(rng, Pu, 2, 5)
    const W = part(rng, Pu, 1, 3)
    const m = rng.int(25, 60)
    const cogs = OI + Pu - PR - W - CI
    const sales = mul(cogs, pc(100 + m))
    const Rs = reportedBelow(rng, [
      mul(cogs - OI, pc(100 + m)),
      mul(Pu - PR - W + CI - OI, pc(100 + m)),
    ])
    const sold = (c: number) => sub(mul(c, pc(100 + m)), Rs)
    return balanced({
      stem: `A hardware store’s 2024 records show opening inventory of ${$(OI)} and closing inventory of ${$(CI)} at cost, purchases of ${$(Pu)}, purchase returns of ${$(PR)}, and goods at a cost of ${$(W)} that the owner took home for personal use. The examiner’s test of its shelf prices and invoices supports a markup of ${m} % on cost. Under the markup method, sales are cost of goods sold (opening inventory + purchases − returns − personal withdrawals − closing inventory) × (1 + markup on cost). The store reported sales of ${$(Rs)}. What were its unreported sales, ${CENTS}?`,
      show: money,
      figures: { OI, CI, Pu, PR, W, m, Rs },
      key: sub(sales, Rs),
      wrong: [
        [sub(div(cogs, pc(100 - m)), Rs), 'takes the markup on cost as a margin on sales'],
        [sold(cogs + PR), 'leaves the purchase returns in'],
        [sold(cogs + W), 'leaves the personal withdrawals in'],
        [sold(Pu - PR - W), 'leaves out the change in inventory'],
        [sold(cogs - OI), 'leaves out the opening inventory'],
        [sold(Pu - PR - W + CI - OI), 'turns the inventory change around'],
      ],
    })
  }),
  apart('gross-profit-percentage-method-unreported-sales', (rng) => {
    const OI = amt(rng, 30, 100)
    const CI = part(rng, OI, 115, 150)
    const Pu = amt(rng, 250, 800)
    const Fr = part(rng, Pu, 1.5, 4)
    const W = part(rng, Pu, 1, 3)
    const g = rng.int(25, 45)
    const cogs = OI + Pu + Fr - W - CI
    const Rs = reportedBelow(rng, [mul(cogs, pc(100 + g)), div(cogs - OI, pc(100 - g))])
    const sold = (c: number) => sub(div(c, pc(100 - g)), Rs)
    return balanced({
      stem: `Industry data and the owner’s own price lists put a boutique’s gross profit at ${g} % of sales. Its 2024 records show opening inventory of ${$(OI)} and closing inventory of ${$(CI)} at cost, purchases of ${$(Pu)}, freight-in of ${$(Fr)} and goods at a cost of ${$(W)} taken by the owner for personal use. Cost of goods sold is opening inventory + purchases + freight-in − personal withdrawals − closing inventory, and sales are cost of goods sold ÷ (1 − gross profit percentage). The boutique reported sales of ${$(Rs)}. What were its unreported sales, ${CENTS}?`,
      show: money,
      figures: { OI, CI, Pu, Fr, W, g, Rs },
      key: sold(cogs),
      wrong: [
        [sub(mul(cogs, pc(100 + g)), Rs), 'adds the gross profit percentage to cost as a markup'],
        [sold(cogs - OI), 'leaves out the opening inventory'],
        [sold(cogs - Fr), 'leaves out the freight-in'],
        [sold(Pu + Fr - W), 'leaves out the change in inventory'],
        [sold(Pu + Fr - W + CI - OI), 'turns the inventory change around'],
        [sold(cogs + W), 'leaves the personal withdrawals in'],
      ],
    })
  }),
  apart('unit-and-volume-method-unreported-bar-sales', (rng) => {
    const bo = rng.int(60, 150)
    const bp = rng.int(1500, 4000)
    const bc = bo + rng.int(40, 150)
    const k = rng.pick([16, 17])
    const s = rng.int(3, 8)
    const pf = rng.int(16, 28) * 50
    const ph = pf - rng.int(3, 8) * 50
    const hh = rng.int(20, 40)
    const beer = rng.int(300, 900) * 24
    const pb = rng.int(10, 16) * 50
    // Revenue in cents from `bottles` of spirits at `share` of pours kept, at an average price.
    const spirits = (bottles: number, kept: Fraction, price: Fraction) =>
      mul(bottles, k, kept, price)
    const avg = add(mul(pc(100 - hh), pf), mul(pc(hh), ph))
    const keep = pc(100 - s)
    const beerSales = beer * pb
    const est = add(spirits(bo + bp - bc, keep, avg), beerSales)
    const Rs = Math.round(Number((est.n * BigInt(rng.int(60, 85))) / (est.d * 100n)) / 100) * 100
    const gap = (x: Fraction) => div(sub(x, Rs), 100)
    return balanced({
      stem: `An examiner reconstructs a bar’s 2024 sales by the unit and volume method. Liquor: ${bo} bottles on hand at the start of the year, ${bp.toLocaleString('en-US')} bought and ${bc} on hand at the end; each bottle pours ${k} drinks, and ${s} % of pours are lost to spillage and complimentary drinks. Drinks sell for ${c$(pf)}, but ${hh} % of the liquor drinks sold are sold at the happy-hour price of ${c$(ph)}. Beer: ${beer.toLocaleString('en-US')} bottles bought and all sold at ${c$(pb)}, with no spillage and no happy-hour price. The bar reported gross receipts of ${c$(Rs)}. What were its unreported receipts, ${CENTS}?`,
      show: money,
      figures: { bo, bp, bc, k, s, pf, ph, hh, beer, pb, Rs },
      key: gap(est),
      wrong: [
        [
          gap(add(spirits(bp, keep, avg), beerSales)),
          'counts the bottles bought as the bottles used',
        ],
        [
          gap(add(spirits(bo + bp - bc, frac(1), avg), beerSales)),
          'leaves out the spillage allowance',
        ],
        [
          gap(add(spirits(bo + bp - bc, keep, frac(pf)), beerSales)),
          'prices every drink at the full price',
        ],
        [
          gap(add(spirits(bo + bp - bc, keep, frac(ph)), beerSales)),
          'prices every drink at the happy-hour price',
        ],
        [
          gap(add(spirits(bo + bp - bc, keep, avg), mul(beerSales, keep))),
          'takes the spillage off the beer too',
        ],
        [gap(add(spirits(bp - bc, keep, avg), beerSales)), 'leaves out the opening bottles'],
      ],
    })
  }),
  apart('cash-t-shortfall-of-a-schedule-c-return', (rng) => {
    const GR = amt(rng, 100, 350)
    const E = part(rng, GR, 55, 75)
    const Dp = part(rng, E, 8, 18)
    const Wg = amt(rng, 30, 80)
    const Wn = part(rng, Wg, 70, 82)
    const Lp = amt(rng, 15, 60)
    const G = amt(rng, 3, 20)
    const Ap = amt(rng, 20, 70)
    const Lr = amt(rng, 8, 30)
    const key = part(rng, Math.max(Wg - Wn, Ap, Lr), 115, 180)
    // The living expenses the draw's excess implies: cash out less cash in comes to the key.
    const P = key + GR + Wn + Lp + G - (E - Dp) - Ap - Lr
    if (P < 30000 || P > 250000) rest()
    return balanced({
      stem: `A preliminary cash T for a sole proprietor’s 2024 return: Schedule C shows gross receipts of ${$(GR)} and total expenses of ${$(E)}, which include ${$(Dp)} of depreciation; the taxpayer also earned W-2 wages of ${$(Wg)}, of which ${$(Wn)} was paid after withholding. Other cash came from a ${$(Lp)} loan and a ${$(G)} gift. Cash went to ${$(P)} of personal living expenses, ${$(Ap)} of equipment and ${$(Lr)} of loan principal. The cash T sets the cash actually received (reported receipts, wages as paid, loans, gifts) against the cash actually paid out (expenses other than non-cash ones, living expenses, asset purchases, principal); any excess of the cash paid out is unexplained. What is the unexplained excess, ${CENTS}?`,
      show: money,
      figures: { GR, E, Dp, Wg, Wn, Lp, G, P, Ap, Lr },
      key: frac(key),
      wrong: [
        [frac(key + Dp), 'counts the depreciation as cash paid'],
        [frac(key + Lp), 'leaves out the loan'],
        [frac(key + E), 'takes the net profit as the cash received'],
        [frac(key - (Wg - Wn)), 'counts the wages before withholding'],
        [frac(key - Ap), 'leaves out the equipment bought'],
        [frac(key - Lr), 'leaves out the loan principal'],
      ],
    })
  }),
  apart('omitted-gross-income-share-for-the-six-year-statute', (rng) => {
    const GR = amt(rng, 200, 900)
    const C = part(rng, GR, 35, 55)
    const E = part(rng, GR, 10, 20)
    const W = amt(rng, 40, 120)
    const I = amt(rng, 1, 9)
    const Ba = amt(rng, 20, 80)
    const Pr = Ba + amt(rng, 5, 40)
    const D = amt(rng, 14, 30)
    const stated = GR + W + I + (Pr - Ba)
    // The omission is drawn to the dollar between 18 % and 45 % of the gross income stated, not as
    // a tenth of a percent of it, so the share the key prints is no rounder than the slips'.
    const O = rng.int(Math.ceil((stated * 18) / 100), Math.floor((stated * 45) / 100))
    const Oc = part(rng, O, 45, 65)
    const AGI = GR - C - E + W + I + (Pr - Ba)
    const TI = AGI - D
    // A share of 100 % or more would read as impossible beside the others.
    if (O >= TI) rest()
    return balanced({
      stem: `A taxpayer’s return showed Schedule C gross receipts of ${$(GR)}, cost of goods sold of ${$(C)} and other expenses of ${$(E)}; wages of ${$(W)}; interest of ${$(I)}; and a stock sale with proceeds of ${$(Pr)} and basis of ${$(Ba)}; adjusted gross income of ${$(AGI)} and taxable income of ${$(TI)}. The examiner finds ${$(O)} of business receipts left off the return (the goods sold for them cost ${$(Oc)}). Under IRC 6501(e) the six-year assessment period applies when omitted gross income exceeds 25 % of the gross income stated in the return, where gross income from a trade or business means its receipts before cost of sales, and a sale of property counts at its gain. What is the omitted gross income as a share of the gross income stated, ${PCT2}?`,
      show: pct2,
      figures: { GR, C, E, W, I, Ba, Pr, D, O, Oc },
      key: frac(O, stated),
      wrong: [
        [frac(O, stated - C), 'measures against gross profit'],
        [frac(O, AGI), 'measures against adjusted gross income'],
        [frac(O, TI), 'measures against taxable income'],
        [frac(O, stated + O), 'adds the omitted receipts to the base'],
        [frac(O, stated + Ba), 'counts the stock sale at its proceeds'],
        [frac(O - Oc, stated), 'nets the omitted receipts of their cost'],
      ],
    })
  }),
  apart('additional-income-tax-on-an-understatement-across-brackets', (rng) => {
    const R = rng.int(105000, 195000)
    const C = rng.int(262000, 600000)
    const U = C - R
    const tax = (x: number) => taxOn(x, BRACKETS_2025)
    const key = sub(tax(C), tax(R))
    const no35 = BRACKETS_2025.map(([top, rate]): readonly [number, number] =>
      top === 250525 ? [Number.POSITIVE_INFINITY, rate] : [top, rate],
    )
    return balanced({
      stem: `A single filer reported 2025 taxable income of ${$(R)}; the examiner’s bank deposits analysis, after deductions, puts corrected taxable income at ${$(C)}. Use ${BRACKET_TEXT}. How much additional income tax does the understatement cause, ${CENTS}?`,
      show: money,
      figures: { R, C },
      key,
      wrong: [
        [mul(U, pc(marginal(C))), 'taxes the whole understatement at the top rate reached'],
        [
          sub(mul(C, pc(marginal(C))), mul(R, pc(marginal(R)))),
          'taxes each income wholly at its own top rate',
        ],
        [tax(C), 'gives the whole tax on the corrected income'],
        [mul(U, pc(marginal(R))), 'taxes the understatement at the reported income’s rate'],
        [tax(U), 'taxes the understatement alone from the bottom band'],
        [sub(taxOn(C, no35), tax(R)), 'stops at 32 % for the income above $197,300'],
      ],
    })
  }),
  apart('self-employment-tax-on-unreported-net-profit', (rng) => {
    const W = amt(rng, 60, 140)
    const S0 = amt(rng, 5, 40)
    const U = amt(rng, 40, 160)
    const base = 176100
    // The wages and reported earnings leave at least $7,500 of the base, which the unreported
    // earnings then overrun, so the Social Security part is capped and the Medicare part is not.
    if (W + (S0 * 9235) / 10000 >= base - 7500 || W + ((S0 + U) * 9235) / 10000 <= base) rest()
    const se = (p: number) => seTax(p, W, base, F9235)
    const key = sub(se(S0 + U), se(S0))
    const NE = mul(U, F9235)
    return balanced({
      stem: `An examiner finds ${$(U)} of unreported net profit from a taxpayer’s consulting business for 2025. The taxpayer reported Schedule C net profit of ${$(S0)} from it and earned ${$(W)} of W-2 wages. Self-employment tax is 15.3 % of net earnings from self-employment, which are 92.35 % of net profit: 12.4 % (Social Security) on net earnings up to the 2025 wage base of $176,100 less the W-2 wages already taxed for Social Security, and 2.9 % (Medicare) on all of it. Leave aside the Additional Medicare Tax and the deduction for half of the self-employment tax, as stated for this exercise. How much additional self-employment tax does the unreported profit cause, ${CENTS}?`,
      show: money,
      figures: { W, S0, U },
      key,
      wrong: [
        [mul(NE, frac(153, 1000)), 'ignores the wage base'],
        [mul(U, frac(153, 1000)), 'applies 15.3 % to the whole profit'],
        [se(S0 + U), 'gives the self-employment tax on all the profit'],
        [mul(NE, frac(29, 1000)), 'counts only the Medicare part'],
        [sub(key, mul(NE, frac(29, 1000))), 'counts only the Social Security part'],
        [
          mul(sub(frac(base - W), mul(S0, F9235)), frac(153, 1000)),
          'caps the Medicare part at the wage base too',
        ],
      ],
    })
  }),
  apart('civil-fraud-and-accuracy-related-penalties-on-an-underpayment', (rng) => {
    const Ts = amt(rng, 10, 60)
    const Up = amt(rng, 30, 150)
    const Tc = Ts + Up
    const X = part(rng, Up, 10, 40)
    const Wh = part(rng, Ts, 60, 92)
    const fr = mul(Up - X, pc(75))
    return balanced({
      stem: `A taxpayer’s 2022 return showed tax of ${$(Ts)}, of which ${$(Wh)} was withheld; the correct tax is ${$(Tc)}, and nothing was assessed or rebated before, so the underpayment is the correct tax less the tax shown on the return. The IRS proves by clear and convincing evidence that part of the underpayment is due to fraud, so under IRC 6663 the whole underpayment is treated as due to fraud except the ${$(X)} the taxpayer shows, by a preponderance of the evidence, is not (deductions claimed carelessly, without records). The fraud penalty is 75 % of the underpayment due to fraud; the 20 % accuracy-related penalty of IRC 6662 applies to the ${$(X)} for negligence, and IRC 6662 does not apply to any portion on which the fraud penalty is imposed. What are the total civil penalties, ${CENTS}?`,
      show: money,
      figures: { Ts, Tc, X, Wh },
      key: add(fr, mul(X, pc(20))),
      wrong: [
        [mul(Up, pc(75)), 'takes 75 % of the whole underpayment'],
        [add(fr, mul(Up, pc(20))), 'stacks the 20 % on the fraud portion too'],
        [
          add(mul(Up, pc(75)), mul(X, pc(20))),
          'takes 75 % of the whole underpayment and adds 20 % of the part shown not to be fraud',
        ],
        [fr, 'leaves out the accuracy-related penalty'],
        [mul(Up, pc(20)), 'takes only 20 % of the whole underpayment'],
        [add(mul(X, pc(75)), mul(Up - X, pc(20))), 'swaps the two portions'],
        [
          add(mul(Tc - Wh - X, pc(75)), mul(X, pc(20))),
          'measures the underpayment from the tax withheld instead of the tax shown',
        ],
      ],
    })
  }),
  apart('markup-derived-from-a-sample-of-sales-invoices', (rng) => {
    const costs = Array.from({ length: 5 }, () => rng.int(800, 9000) * 10)
    const prices = costs.map((c) => Math.round((c * rng.int(125, 190)) / 100))
    const OI = amt(rng, 60, 160)
    const CI = part(rng, OI, 55, 85)
    const Pu = amt(rng, 300, 900)
    const PR = part(rng, Pu, 2, 5)
    const cogs = OI + Pu - PR - CI
    const sc = sum(costs)
    const sp = sum(prices)
    const ratio = frac(sp, sc)
    const margin = add(1, frac(sp - sc, sp))
    const Rs = reportedBelow(rng, [mul(cogs, margin), mul(cogs - OI, ratio)])
    const sold = (c: number, r: Fraction) => sub(mul(c, r), Rs)
    const simple = add(...costs.map((c, i) => frac(prices[i]!, c * 5)))
    const f: Record<string, number> = { OI, CI, Pu, PR, Rs }
    costs.forEach((c, i) => {
      f[`c${i}`] = c
      f[`p${i}`] = prices[i]!
    })
    return balanced({
      stem: `To apply the markup method to an appliance dealer’s 2024 return, an examiner samples five sales invoices and matches each to its purchase cost: ${costs.map((c, i) => `cost ${c$(c)}, sold for ${c$(prices[i]!)}`).join('; ')}. The examiner weights the sample by cost: markup on cost = (total selling prices − total costs) ÷ total costs. The dealer’s opening inventory was ${$(OI)}, purchases ${$(Pu)}, purchase returns ${$(PR)} and closing inventory ${$(CI)}, at cost; cost of goods sold is opening inventory + purchases − returns − closing inventory, and sales are cost of goods sold × (1 + markup on cost). The dealer reported sales of ${$(Rs)}. What were its unreported sales, ${CENTS}?`,
      show: money,
      figures: f,
      key: sold(cogs, ratio),
      wrong: [
        [sold(cogs, simple), 'averages the five invoices’ markups'],
        [sold(cogs, margin), 'takes the margin on sales as the markup'],
        [sold(Pu - PR, ratio), 'leaves out the change in inventory'],
        [sold(cogs - OI, ratio), 'leaves out the opening inventory'],
        [sub(div(cogs, sub(2, ratio)), Rs), 'takes the markup on cost as a margin on sales'],
        [sold(cogs + PR, ratio), 'leaves the purchase returns in'],
        [sold(cogs, add(1, ratio)), 'adds the price-to-cost ratio as the markup'],
      ],
    })
  }),
  apart('net-worth-understatement-in-the-later-of-two-years', (rng) => {
    const NW0 = amt(rng, 150, 500)
    const NW1 = NW0 + amt(rng, 40, 150)
    const NW2 = NW1 + amt(rng, 60, 200)
    const P1 = amt(rng, 40, 90)
    const P2 = P1 + amt(rng, 5, 25)
    const T2 = amt(rng, 8, 30)
    const N1 = amt(rng, 3, 20)
    const N2 = amt(rng, 3, 20)
    const T1 = amt(rng, 8, 30)
    const R2 = part(rng, NW2 - NW1 + P2 + T2 - N2, 35, 65)
    const R1 = part(rng, R2, 70, 92)
    const key = NW2 - NW1 + P2 + T2 - N2 - R2
    const u1 = NW1 - NW0 + P1 + T1 - N1 - R1
    if (u1 <= 0) rest()
    return balanced({
      stem: `A net worth schedule for a taxpayer shows net worth at cost of ${$(NW0)} at the end of 2022, ${$(NW1)} at the end of 2023 and ${$(NW2)} at the end of 2024. Living expenses were ${$(P1)} in 2023 and ${$(P2)} in 2024, federal income taxes paid ${$(T1)} and ${$(T2)}, and nontaxable receipts ${$(N1)} and ${$(N2)}. Reported income was ${$(R1)} for 2023 and ${$(R2)} for 2024. Each year’s corrected income is that year’s increase in net worth plus its nondeductible expenditures less its nontaxable receipts. By how much was 2024 income understated, ${CENTS}?`,
      show: money,
      figures: { NW0, NW1, NW2, P1, P2, T1, T2, N1, N2, R1, R2 },
      key: frac(key),
      wrong: [
        [frac(key + NW1 - NW0), 'measures the increase from the end of 2022'],
        [frac(key + u1), 'gives the two years’ understatement together'],
        [frac(key + R2 - R1), 'subtracts the 2023 reported income instead'],
        [frac(key - (P2 - P1)), 'uses the 2023 living expenses'],
        [frac(key - N1), 'also takes off the 2023 nontaxable receipts'],
        [frac(key - T2), 'leaves out the federal taxes paid'],
      ],
    })
  }),
]
