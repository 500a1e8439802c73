import type { Rng } from '../../rng.js'
import { add, at, div, frac, gb, mul, PENNY, pound, sub, worked } from './uksa-text.js'

// The trading profit a preparer puts on an SA103 for a sole trader. The slips are disallowable
// costs left in (entertaining, fines, depreciation, drawings), private use not taken out, the
// whole mileage at the first-10,000-mile rate, the trading allowance taken with the expenses,
// capital allowances on the wrong pool or at the wrong rate, cash received taken for income
// earned, and a basis period apportioned the wrong way round.

const round100 = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100
/** An opening and a closing balance in hundreds, never equal, in either order. */
function apart(rng: Rng, low: number, high: number): [number, number] {
  const mid = Math.floor((low + high) / 2)
  const a = rng.int(low, mid - 1) * 100
  const b = rng.int(mid + 1, high) * 100
  return rng.int(0, 1) === 1 ? [a, b] : [b, a]
}

export const TRADE_FAMILIES = [
  worked('profit-after-disallowable-expenses', (rng) => {
    const t = round100(rng, 400, 900)
    const a = round100(rng, 80, 200)
    const e = rng.int(3, 15) * 100
    const f = rng.int(6, 30) * 10
    const d = rng.int(8, 30) * 100
    const c = rng.int(10, 40) * 100
    const x = a + e + f + d
    return {
      stem: `A sole trader’s 2025/26 accounts show turnover of ${gb(t)} and expenses of ${gb(x)}. The expenses include client entertaining of ${gb(e)}, parking fines of ${gb(f)} and depreciation of ${gb(d)}; the rest are allowable. She bought a laptop for ${gb(c)}, covered in full by the annual investment allowance and not in the expenses. Entertaining, fines and depreciation are not allowable; capital allowances are deducted instead of depreciation. What is her taxable trading profit, ${PENNY}?`,
      show: pound,
      figures: { t, a, e, f, d, c },
      key: frac(t - a - c),
      wrong: [
        [frac(t - x - c), 'deducts every expense in the accounts as shown'],
        [frac(t - a - e - c), 'treats client entertaining as allowable'],
        [frac(t - a - d - c), 'deducts the depreciation as well as the allowance'],
        [frac(t - a), 'leaves out the capital allowance'],
        [frac(t - a - f - c), 'treats the parking fines as allowable'],
      ],
    }
  }),
  worked('private-use-of-a-van-and-phone', (rng) => {
    const t = round100(rng, 300, 800)
    const o = round100(rng, 60, 150)
    const v = rng.int(20, 60) * 100
    const p = rng.int(4, 12) * 100
    const bv = rng.pick([60, 70, 75, 80, 85, 90])
    const bp = rng.pick([40, 50, 60, 70])
    const key = sub(sub(t - o, mul(v, frac(bv, 100))), mul(p, frac(bp, 100)))
    return {
      stem: `A plumber’s 2025/26 turnover is ${gb(t)} and his other allowable expenses are ${gb(o)}. He also paid van running costs of ${gb(v)}, with ${bv}% business use, and phone bills of ${gb(p)}, with ${bp}% business use. Only the business share of a mixed-use cost is allowable. What is his trading profit, ${PENNY}?`,
      show: pound,
      figures: { t, o, v, p, bv, bp },
      key,
      wrong: [
        [frac(t - o - v - p), 'deducts the van and phone costs in full'],
        [
          sub(sub(t - o, mul(v, frac(100 - bv, 100))), mul(p, frac(100 - bp, 100))),
          'deducts the private shares instead',
        ],
        [sub(t - o - p, mul(v, frac(bv, 100))), 'takes out private use on the van only'],
        [frac(t - o), 'disallows the mixed-use costs altogether'],
        [sub(t - o - v, mul(p, frac(bp, 100))), 'takes out private use on the phone only'],
      ],
    }
  }),
  worked('simplified-mileage-over-ten-thousand-miles', (rng) => {
    const m = rng.int(112, 190) * 100
    const t = round100(rng, 300, 700)
    const o = round100(rng, 40, 120)
    const first = at(10000, 4500)
    const after = at(m - 10000, 2500)
    const key = sub(t - o, add(first, after))
    return {
      stem: `A self-employed surveyor uses simplified expenses for her car: 45p a mile for the first 10,000 business miles in the tax year and 25p a mile after that. In 2025/26 she drove ${m.toLocaleString('en-US')} business miles; her turnover was ${gb(t)} and her other allowable expenses ${gb(o)}. What is her trading profit, ${PENNY}?`,
      show: pound,
      figures: { m, t, o },
      key,
      wrong: [
        [sub(t - o, at(m, 4500)), 'counts every mile at 45p'],
        [sub(t - o, at(m, 2500)), 'counts every mile at 25p'],
        [sub(t - o, add(at(10000, 2500), at(m - 10000, 4500))), 'swaps the two rates'],
        [sub(t - o, first), 'stops claiming after the first 10,000 miles'],
        [frac(t - o), 'leaves the mileage out'],
        [sub(t - o, add(at(m, 4500), after)), 'claims 45p on every mile and 25p above 10,000 too'],
      ],
    }
  }),
  worked('trading-allowance-against-actual-expenses', (rng) => {
    const g = rng.int(30, 90) * 100
    const e = rng.int(2, 19) * 100 + rng.int(1, 9) * 10
    const key = frac(g - Math.max(1000, e))
    return {
      stem: `A tutor has a side trade with 2025/26 gross receipts of ${gb(g)} and allowable expenses of ${gb(e)}. He may deduct either the £1,000 trading allowance or his actual expenses, not both, and chooses whichever gives the lower profit. What is his taxable trading profit, ${PENNY}?`,
      show: pound,
      figures: { g, e },
      key,
      wrong: [
        [frac(g - 1000 - e), 'deducts the allowance and the expenses'],
        [frac(g - Math.min(1000, e)), 'takes the smaller deduction'],
        [frac(g), 'deducts nothing'],
        [frac(g - 1000 + e), 'adds the expenses back after the allowance'],
      ],
    }
  }),
  worked('annual-investment-allowance-and-main-pool', (rng) => {
    const b = round100(rng, 40, 200)
    const pl = round100(rng, 30, 150)
    const car = round100(rng, 80, 250)
    const wda = mul(b + car, frac(18, 100))
    const key = add(pl, wda)
    return {
      stem: `For 2025/26 a sole trader’s main pool brought forward is ${gb(b)}. In the year she bought machinery for ${gb(pl)} and a car with CO2 emissions of 40 g/km for ${gb(car)}, used only in the business. Machinery qualifies for the 100% annual investment allowance (limit £1,000,000); cars do not, and a car with emissions of 50 g/km or less joins the main pool, which gets an 18% writing down allowance. What are her total capital allowances for the year, ${PENNY}?`,
      show: pound,
      figures: { b, pl, car },
      key,
      wrong: [
        [add(pl + car, mul(b, frac(18, 100))), 'gives the car the annual investment allowance'],
        [mul(b + pl + car, frac(18, 100)), 'puts the machinery in the pool instead'],
        [add(pl, mul(b + car, frac(6, 100))), 'uses the 6% special rate on the pool'],
        [add(pl, mul(b, frac(18, 100))), 'leaves the car out of the pool'],
        [add(pl, mul(car, frac(18, 100))), 'forgets the balance brought forward'],
        [
          add(pl, mul(b + pl + car, frac(18, 100))),
          'puts the machinery in the pool as well as claiming the allowance',
        ],
      ],
    }
  }),
  worked('main-pool-allowance-after-a-disposal', (rng) => {
    const b = round100(rng, 80, 250)
    const add1 = round100(rng, 20, 90)
    const sale = round100(rng, 10, 60)
    const cost = sale + round100(rng, 20, 80)
    const key = mul(b + add1 - sale, frac(18, 100))
    return {
      stem: `A sole trader’s main pool brought forward into 2025/26 is ${gb(b)}. He adds a car (emissions under 50 g/km, no private use) costing ${gb(add1)} and sells a van for ${gb(sale)}; the van originally cost ${gb(cost)}. The disposal value is the sale proceeds (no more than original cost), deducted from the pool before the 18% writing down allowance. What is the writing down allowance, ${PENNY}?`,
      show: pound,
      figures: { b, add1, sale, cost },
      key,
      wrong: [
        [mul(b + add1, frac(18, 100)), 'leaves the disposal out'],
        [mul(Math.max(0, b + add1 - cost), frac(18, 100)), 'deducts the van’s original cost'],
        [mul(b - sale, frac(18, 100)), 'leaves the addition out'],
        [mul(b + add1 - sale, frac(6, 100)), 'uses the 6% special rate'],
        [mul(b + add1 + sale, frac(18, 100)), 'adds the proceeds to the pool'],
      ],
    }
  }),
  worked('private-use-car-in-a-single-asset-pool', (rng) => {
    const c = round100(rng, 150, 350)
    const co2 = rng.pick([80, 95, 110, 120, 140])
    const bu = rng.pick([55, 60, 65, 70, 75, 80])
    const key = mul(c, frac(6 * bu, 10000))
    return {
      stem: `In 2025/26 a consultant buys a car for ${gb(c)} with CO2 emissions of ${co2} g/km, used ${bu}% for business. A car over 50 g/km gets the 6% special rate writing down allowance; a car with private use by the owner goes in its own single asset pool and only the business share of its allowance is claimed. What capital allowance does she claim for the year, ${PENNY}?`,
      show: pound,
      figures: { c, co2, bu },
      key,
      wrong: [
        [mul(c, frac(6, 100)), 'claims the private share too'],
        [mul(c, frac(18 * bu, 10000)), 'uses the 18% main rate'],
        [mul(c, frac(6 * (100 - bu), 10000)), 'claims the private share instead'],
        [mul(c, frac(bu, 100)), 'gives the business share a 100% allowance'],
        [mul(c, frac(18, 100)), 'puts the whole car in the main pool'],
      ],
    }
  }),
  worked('cash-basis-receipts-and-payments', (rng) => {
    const inv = round100(rng, 300, 700)
    const [od, cd] = apart(rng, 20, 80)
    const exp = round100(rng, 60, 150)
    const [oc, cc] = apart(rng, 5, 20)
    const key = frac(inv + od - cd - (exp + oc - cc))
    return {
      stem: `A sole trader uses the cash basis for 2025/26: income is what was received in the year and expenses are what was paid. She invoiced ${gb(inv)} in the year; customers owed her ${gb(od)} at the start and ${gb(cd)} at the end. Expenses incurred in the year were ${gb(exp)}; she owed suppliers ${gb(oc)} at the start and ${gb(cc)} at the end. What is her cash basis profit, ${PENNY}?`,
      show: pound,
      figures: { inv, od, cd, exp, oc, cc },
      key,
      wrong: [
        [frac(inv - exp), 'reports the accruals profit'],
        [frac(inv - od + cd - (exp + oc - cc)), 'turns the debtor movement the wrong way'],
        [frac(inv + od - cd - (exp - oc + cc)), 'turns the creditor movement the wrong way'],
        [frac(inv + od - cd - exp), 'adjusts the income only'],
        [frac(inv - (exp + oc - cc)), 'adjusts the expenses only'],
      ],
    }
  }),
  worked('accruals-profit-from-cash-records', (rng) => {
    const rec = round100(rng, 300, 700)
    const [od, cd] = apart(rng, 20, 80)
    const paid = round100(rng, 60, 150)
    const [os, cs] = apart(rng, 10, 40)
    const key = frac(rec - od + cd - (paid + os - cs))
    return {
      stem: `A shopkeeper leaves the cash basis and draws up 2025/26 accounts on the accruals basis: income earned and costs incurred in the year, with cost of sales adjusted for stock. Cash received from customers was ${gb(rec)}; trade debtors were ${gb(od)} at the start of the year and ${gb(cd)} at the end. Purchases paid (no creditors either end) were ${gb(paid)}; stock was ${gb(os)} at the start and ${gb(cs)} at the end. What is the accruals profit, ${PENNY}?`,
      show: pound,
      figures: { rec, od, cd, paid, os, cs },
      key,
      wrong: [
        [frac(rec - paid), 'keeps the cash basis figures'],
        [frac(rec + od - cd - (paid + os - cs)), 'turns the debtor movement the wrong way'],
        [frac(rec - od + cd - (paid - os + cs)), 'turns the stock movement the wrong way'],
        [frac(rec - od + cd - paid), 'leaves the stock out'],
        [frac(rec - (paid + os - cs)), 'leaves the debtors out'],
      ],
    }
  }),
  worked('cash-basis-interest-and-loan-repayments', (rng) => {
    const t = round100(rng, 300, 700)
    const o = round100(rng, 80, 200)
    const i = rng.int(7, 25) * 100 + rng.int(1, 9) * 10
    const c = rng.int(6, 30) * 100
    return {
      stem: `A sole trader on the cash basis in 2025/26 has receipts of ${gb(t)} and other allowable payments of ${gb(o)}. On a business loan he paid ${gb(i)} of interest and repaid ${gb(c)} of the capital. Since April 2024 the cash basis no longer caps interest at £500 a year: interest on business borrowing is allowable in full, while repaying the capital of a loan is not an expense. What is the trading profit, ${PENNY}?`,
      show: pound,
      figures: { t, o, i, c },
      key: frac(t - o - i),
      wrong: [
        [frac(t - o - 500), 'still caps the interest at £500 as before April 2024'],
        [frac(t - o), 'disallows all the interest'],
        [frac(t - o - i - c), 'deducts the capital repaid as well as the interest'],
        [frac(t - o - c), 'deducts the capital repaid instead of the interest'],
        [frac(t - o - 500 - c), 'caps the interest at £500 and deducts the capital repaid'],
      ],
    }
  }),
  worked('goods-taken-for-own-use', (rng) => {
    const p = round100(rng, 200, 600)
    const cost = rng.int(5, 30) * 100
    const mk = rng.pick([25, 40, 50, 60])
    const sell = (cost * (100 + mk)) / 100
    return {
      stem: `A clothes retailer’s 2025/26 accounts show a profit of ${gb(p)}. During the year she took stock costing ${gb(cost)} for her family; she normally sells it at a ${mk}% mark-up on cost, and the accounts record nothing for it beyond charging its cost in purchases. Goods taken for own use are added back at their normal selling price. What is her adjusted trading profit, ${PENNY}?`,
      show: pound,
      figures: { p, cost, mk },
      key: frac(p + sell),
      wrong: [
        [frac(p + cost), 'adds back the goods at cost'],
        [frac(p), 'makes no adjustment'],
        [frac(p + sell - cost), 'adds back only the profit margin'],
        [frac(p - cost), 'deducts the goods again'],
        [add(p, div(cost, frac(100 - mk, 100))), 'reads the mark-up as a margin on the price'],
      ],
    }
  }),
  worked('basis-period-apportioned-to-the-tax-year', (rng) => {
    const a = round100(rng, 300, 700)
    const b = round100(rng, 300, 700)
    const k = rng.pick([3, 5, 7, 9])
    const ye = ({ 3: '30 June', 5: '31 August', 7: '31 October', 9: '31 December' } as const)[k]
    const key = add(mul(a, frac(k, 12)), mul(b, frac(12 - k, 12)))
    return {
      stem: `A sole trader draws up accounts to ${ye} each year. Her profit for the year to ${ye} 2025 was ${gb(a)} and for the year to ${ye} 2026 ${gb(b)}. Under the tax year basis, her 2025/26 profit (6 April 2025 to 5 April 2026, treated as whole months to 31 March) is the share of each period’s profit that falls in the tax year, by months. What profit goes on her 2025/26 return, ${PENNY}?`,
      show: pound,
      figures: { a, b, k },
      key,
      wrong: [
        [frac(a), 'takes the accounts ending in the tax year'],
        [frac(b), 'takes the later accounts in full'],
        [add(mul(a, frac(12 - k, 12)), mul(b, frac(k, 12))), 'swaps the two shares'],
        [mul(b, frac(12 - k, 12)), 'taxes only the later period’s share'],
        [frac(a + b), 'adds both years’ profits'],
      ],
    }
  }),
  worked('use-of-home-actual-costs-by-rooms-and-hours', (rng) => {
    const a = rng.int(12, 30) * 100
    const t = rng.int(15, 30) * 100
    const m = rng.int(20, 60) * 100
    const c = a + t + m
    const rooms = rng.pick([4, 5, 6, 8])
    const h = rng.pick([20, 25, 30, 40])
    const key = mul(c, frac(h, rooms * 168))
    return {
      stem: `A self-employed translator works from one room of her house for ${h} hours a week and claims actual costs instead of the flat rate. The house has ${rooms} rooms besides the kitchen and bathroom, which are not counted. Her 2025/26 heat and light cost ${gb(a)}, council tax ${gb(t)} and mortgage interest ${gb(m)}. She apportions each cost by rooms, then by the share of the week’s 168 hours the room is used for business. What does she claim, ${PENNY}?`,
      show: pound,
      figures: { a, t, m, rooms, h },
      key,
      wrong: [
        [mul(c, frac(1, rooms)), 'apportions by rooms only'],
        [mul(c, frac(h, 168)), 'apportions by hours only'],
        [mul(c, frac(h, rooms * 40)), 'takes the hours over a 40-hour week'],
        [mul(c, frac(168 - h, rooms * 168)), 'takes the private hours'],
        [mul(c - t, frac(h, rooms * 168)), 'leaves out the council tax'],
        [mul(c - m, frac(h, rooms * 168)), 'leaves out the mortgage interest'],
        [mul(c, frac(h, (rooms + 2) * 168)), 'counts the kitchen and bathroom as rooms'],
      ],
    }
  }),
  worked('small-pool-write-off', (rng) => {
    const b = rng.int(40, 99) * 10
    const s = rng.int(1, Math.floor(b / 30)) * 10
    const k = s + rng.int(5, Math.floor((b - s) / 20)) * 10
    const left = b - s
    return {
      stem: `A sole trader’s main pool brought forward into 2025/26 is ${gb(b)}. In the year he sells a printer from the pool, which cost ${gb(k)}, for ${gb(s)} and buys nothing. The disposal value taken off the pool is the sale proceeds (never more than cost), and no balancing allowance arises on the main pool while the trade continues. If the pool balance after disposals is £1,000 or less, he may claim all of it as a small pools allowance instead of the 18% writing down allowance. What is the most he can claim, ${PENNY}?`,
      show: pound,
      figures: { b, s, k },
      key: frac(left),
      wrong: [
        [mul(left, frac(18, 100)), 'takes the 18% writing down allowance'],
        [frac(b), 'writes off the pool before the disposal'],
        [mul(b, frac(18, 100)), 'takes 18% before the disposal'],
        [frac(b + s), 'adds the proceeds to the pool'],
        [frac(b - k), 'takes the printer’s cost off the pool instead of the proceeds'],
        [frac(b + k - 2 * s), 'claims a balancing allowance on the printer as well'],
      ],
    }
  }),
  worked('loss-relieved-against-later-profit', (rng) => {
    const loss = round100(rng, 30, 120)
    const p = round100(rng, 150, 400)
    const aia = rng.int(5, 30) * 100
    const key = frac(p - aia - loss)
    return {
      stem: `A sole trader made a trading loss of ${gb(loss)} in 2024/25 and carries it forward against profits of the same trade. Her 2025/26 adjusted profit before capital allowances is ${gb(p)}, and her capital allowances for 2025/26 are ${gb(aia)}. Carried-forward losses are set against the trading profit after capital allowances. What is her taxable trading profit for 2025/26, ${PENNY}?`,
      show: pound,
      figures: { loss, p, aia },
      key,
      wrong: [
        [frac(p - loss), 'leaves out the capital allowances'],
        [frac(p - aia), 'forgets the loss carried forward'],
        [frac(p - aia + loss), 'adds the loss'],
        [frac(p), 'makes neither deduction'],
      ],
    }
  }),
]
