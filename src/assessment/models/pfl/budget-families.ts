import {
  add,
  CENT,
  DP1,
  div,
  dol,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  plain,
  rest,
  sub,
  worked,
} from './pfl-text.js'

// Budgeting on uneven freelance income: the slips are a platform fee or tax set-aside forgotten,
// a quarterly or yearly bill taken as monthly, the best month taken as typical and a rate taken on
// the wrong base.

const MONTHS = `in months ${DP1}`

export const BUDGET_FAMILIES = [
  worked('budget-base-from-the-average-month-after-a-set-aside', (rng) => {
    const m = Array.from({ length: 6 }, () => rng.int(18, 60) * 100)
    const t = rng.int(20, 32)
    const sum = m.reduce((a, b) => a + b, 0)
    const hi = Math.max(...m)
    const lo = Math.min(...m)
    return {
      stem: `A freelancer’s income over the last six months was ${m.map(dol).join(', ')}. She budgets each month on her average monthly income over those six months, less the ${t}% she sets aside for tax. What is her monthly budget, ${CENT}?`,
      show: money,
      figures: { m1: m[0]!, m2: m[1]!, m3: m[2]!, m4: m[3]!, m5: m[4]!, m6: m[5]!, t },
      key: mul(frac(sum, 6), pc(100 - t)),
      wrong: [
        [frac(sum, 6), 'forgets to take off the tax set-aside'],
        [mul(hi, pc(100 - t)), 'budgets on her best month'],
        [mul(lo, pc(100 - t)), 'budgets on her worst month'],
        [mul(frac(sum, 12), pc(100 - t)), 'spreads the six months’ income over twelve months'],
        [
          mul(
            frac(
              [...m]
                .sort((x, y) => y - x)
                .slice(0, 3)
                .reduce((x, y) => x + y, 0),
              3,
            ),
            pc(100 - t),
          ),
          'averages her three best months',
        ],
        [mul(frac(sum, 6), pc(t)), 'gives the set-aside, not what is left'],
      ],
    }
  }),
  worked('emergency-fund-shortfall-with-a-quarterly-bill', (rng) => {
    const rent = rng.int(70, 160) * 10
    const food = rng.int(30, 70) * 10
    const util = rng.int(8, 25) * 10
    const q = rng.int(30, 90) * 10
    const eat = rng.int(10, 40) * 10
    const k = rng.pick([3, 4, 6])
    const saved = rng.int(10, 40) * 100
    const ess = add(rent, food, util, frac(q, 3))
    if (sub(mul(ess, k), saved).n <= 0n) rest()
    return {
      stem: `A freelancer wants an emergency fund of ${k} months of essential costs. Each month she pays rent ${dol(rent)}, food ${dol(food)} and utilities ${dol(util)}, and she spends ${dol(eat)} eating out, which is not essential. Her health insurance is essential and costs ${dol(q)} a quarter. She has ${dol(saved)} saved. How much more must she save to reach the target, ${CENT}?`,
      show: money,
      figures: { rent, food, util, q, eat, k, saved },
      key: sub(mul(ess, k), saved),
      wrong: [
        [sub(mul(add(rent, food, util, q), k), saved), 'counts the quarterly premium as monthly'],
        [sub(mul(add(rent, food, util), k), saved), 'leaves out the insurance'],
        [sub(mul(add(ess, eat), k), saved), 'counts eating out as essential'],
        [mul(ess, k), 'forgets the savings she already has'],
        [
          sub(mul(add(rent, food, util, frac(q, 12)), k), saved),
          'divides the quarterly premium by 12',
        ],
        [sub(mul(rent, k), saved), 'counts only the rent'],
      ],
    }
  }),
  worked('months-a-cushion-lasts-in-a-slow-spell', (rng) => {
    const s = rng.int(40, 150) * 100
    const e = rng.int(20, 40) * 100
    const i = rng.int(8, 16) * 100
    const t = rng.int(20, 30)
    const net = mul(i, pc(100 - t))
    return {
      stem: `In a slow spell a freelancer expects ${dol(i)} a month of client income, of which he sets aside ${t}% for tax, while his living costs stay at ${dol(e)} a month. His cushion of savings is ${dol(s)}, and it covers each month’s gap between costs and the income left after the set-aside. How many months will the cushion last, ${MONTHS}?`,
      show: plain(1, 'months'),
      figures: { s, e, i, t },
      key: div(s, sub(e, net)),
      wrong: [
        [div(s, sub(e, i)), 'forgets the tax set-aside on the slow-spell income'],
        [div(s, e), 'ignores the slow-spell income'],
        [div(s, sub(e, mul(i, pc(t)))), 'takes off only the set-aside, not the income left'],
        [div(s, add(e, net)), 'adds the income to the costs'],
      ],
    }
  }),
  worked('sinking-fund-deposit-for-a-known-bill', (rng) => {
    const g = rng.int(60, 300) * 10
    const s = rng.int(5, 50) * 10
    const m = rng.pick([5, 7, 8, 9, 10, 11])
    return {
      stem: `A freelancer’s yearly software licence of ${dol(g)} falls due in ${m} months. He has ${dol(s)} in the pot for it already and will pay in the same amount at the end of each of the next ${m} months, the last deposit in the month the bill is paid. How much must each deposit be, ${CENT}?`,
      show: money,
      figures: { g, s, m },
      key: frac(g - s, m),
      wrong: [
        [frac(g, m), 'forgets the money already in the pot'],
        [frac(g - s, 12), 'spreads it over twelve months'],
        [frac(g + s, m), 'adds the money in the pot to the bill'],
        [frac(g - s, m - 1), 'leaves out the deposit in the month of the bill'],
        [frac(g - s, m + 1), 'counts one deposit too many'],
      ],
    }
  }),
  worked('take-home-from-an-invoice-after-fee-and-set-aside', (rng) => {
    const x = rng.int(40, 400) * 10
    const f = rng.pick([5, 8, 10, 12, 15, 20])
    const t = rng.int(20, 32)
    return {
      stem: `A client pays a ${dol(x)} invoice through a platform that keeps ${f}% of the invoice as its fee. The freelancer then sets aside ${t}% of what she receives for tax. How much is left for her to spend, ${CENT}?`,
      show: money,
      figures: { x, f, t },
      key: mul(x, pc(100 - f), pc(100 - t)),
      wrong: [
        [mul(x, pc(100 - f - t)), 'takes both rates off the invoice at once'],
        [mul(x, pc(100 - t)), 'forgets the platform fee'],
        [mul(x, pc(100 - f)), 'forgets the tax set-aside'],
        [mul(x, pc(100 - f), pc(t)), 'gives the set-aside, not what is left'],
      ],
    }
  }),
  worked('wants-share-under-a-stated-split-rule', (rng) => {
    const g = rng.int(25, 70) * 100
    const t = rng.int(20, 30)
    const [need, want, save] = rng.pick([
      [50, 30, 20],
      [60, 25, 15],
      [55, 30, 15],
      [50, 35, 15],
    ] as const)
    return {
      stem: `A freelancer earned ${dol(g)} this month and sets aside ${t}% for tax. She splits what is left by a ${need}/${want}/${save} rule: ${need}% on needs, ${want}% on wants and ${save}% to savings. How much may she spend on wants, ${CENT}?`,
      show: money,
      figures: { g, t, need, want, save },
      key: mul(g, pc(100 - t), pc(want)),
      wrong: [
        [mul(g, pc(want)), 'splits the income before the tax set-aside'],
        [mul(g, pc(100 - t), pc(need)), 'gives the needs share'],
        [mul(g, pc(100 - t), pc(save)), 'gives the savings share'],
        [mul(g, pc(want - t)), 'takes the set-aside off the wants percentage'],
        [mul(g, pc(100 - t), pc(need + want)), 'gives needs and wants together'],
        [
          mul(g, pc(100 - t), pc(100 - need), pc(want)),
          'takes wants from what is left after needs',
        ],
      ],
    }
  }),
  worked('buffer-account-balance-after-paying-a-salary', (rng) => {
    const b = rng.int(30, 80) * 100
    const inc = Array.from({ length: 4 }, () => rng.int(10, 60) * 100)
    const s = rng.int(15, 28) * 100
    const sum = inc.reduce((a, c) => a + c, 0)
    if (b + sum - 4 * s <= 0) rest()
    return {
      stem: `A freelancer pays all client income into a buffer account and pays herself a fixed ${dol(s)} from it at the end of every month. The account holds ${dol(b)} at the start of January; January to April bring ${inc.map(dol).join(', ')}. What does it hold at the end of April, after April’s pay, ${CENT}?`,
      show: money,
      figures: { b, i1: inc[0]!, i2: inc[1]!, i3: inc[2]!, i4: inc[3]!, s },
      key: frac(b + sum - 4 * s),
      wrong: [
        [frac(b + sum - 3 * s), 'leaves out April’s pay'],
        [frac(b + sum - s), 'takes off one month’s pay'],
        [frac(b + sum - inc[0]! - 4 * s), 'leaves out January’s income'],
        [frac(sum - 4 * s), 'forgets the opening balance'],
        [frac(b + sum), 'leaves out the pay altogether'],
        [frac(b + sum - inc[3]! - 4 * s), 'leaves out April’s income'],
      ],
    }
  }),
  worked('overspend-as-a-share-of-the-category-budget', (rng) => {
    const b = rng.int(20, 60) * 10
    const a = b + rng.int(3, Math.floor(b / 20)) * 10
    const total = rng.int(20, 40) * 100
    const u = rng.int(1, (a - b) / 10 - 1) * 10
    return {
      stem: `A freelancer’s monthly budget of ${dol(total)} gives ${dol(b)} to groceries. She spent ${dol(a)} on groceries this month, and ${dol(u)} less than budgeted on transport. By what percentage of the grocery budget did she overspend, ${PCT2}?`,
      show: pct2,
      figures: { b, a, total, u },
      key: frac(a - b, b),
      wrong: [
        [frac(a - b, a), 'takes the overspend as a share of what she spent'],
        [frac(a, b), 'gives spending as a share of the budget'],
        [frac(a - b, total), 'takes the overspend as a share of the whole budget'],
        [frac(a - b - u, b), 'nets off the transport underspend'],
        [frac(a - b + u, b), 'adds the transport underspend to the overspend'],
        [frac(a - b, 2 * b - a), 'takes the overspend off the budget before dividing'],
      ],
    }
  }),
  worked('true-hourly-rate-after-unbilled-time-and-costs', (rng) => {
    const r = rng.int(25, 90)
    const h = rng.int(20, 35)
    const u = rng.int(5, 15)
    const c = rng.int(20, 80) * 10
    return {
      stem: `A freelancer bills ${dol(r)} an hour for ${h} hours a week and spends another ${u} unbilled hours a week on admin and pitching. His business costs are ${dol(c)} a month; take a month as 4 weeks. What does he really earn per hour worked in a week, after a week’s share of the costs, ${CENT}?`,
      show: money,
      figures: { r, h, u, c },
      key: div(sub(r * h, frac(c, 4)), h + u),
      wrong: [
        [div(sub(r * h, frac(c, 4)), h), 'counts only the billed hours'],
        [frac(r * h, h + u), 'forgets the costs'],
        [div(sub(r * h, c), h + u), 'takes a month’s costs off a week’s income'],
        [frac(r, 1), 'takes the billed rate as his earnings'],
        [div(sub(r * h, frac(c, 52)), h + u), 'takes the monthly costs as yearly'],
      ],
    }
  }),
  worked('price-in-hours-of-net-work', (rng) => {
    const x = rng.int(30, 200) * 10
    const r = rng.int(20, 70)
    const f = rng.pick([5, 10, 15, 20])
    const t = rng.int(20, 30)
    const net = mul(r, pc(100 - f), pc(100 - t))
    return {
      stem: `A freelancer bills ${dol(r)} an hour on a platform that keeps ${f}% of what she bills; she sets aside ${t}% of what reaches her for tax. How many hours must she work to pay for a ${dol(x)} laptop from what is left, in hours ${DP1}?`,
      show: plain(1, 'hours'),
      figures: { x, r, f, t },
      key: div(x, net),
      wrong: [
        [frac(x, r), 'divides by the billed rate'],
        [div(x, mul(r, pc(100 - t))), 'forgets the platform fee'],
        [div(x, mul(r, pc(100 - f))), 'forgets the tax set-aside'],
        [div(x, mul(r, pc(100 - f - t))), 'takes both rates off the billed rate at once'],
      ],
    }
  }),
  worked('bulk-pack-price-per-kilogram-on-offer', (rng) => {
    const g1 = rng.pick([250, 400, 500])
    const p1 = rng.int(200, 600)
    const g2 = rng.pick([1500, 2000, 2500, 3000])
    const p2 = rng.int(800, 2400)
    const x = rng.pick([10, 15, 20, 25])
    const kg = frac(1000, g2)
    return {
      stem: `A ${g1} g bag of coffee costs $${(p1 / 100).toFixed(2)}; a ${g2} g bag costs $${(p2 / 100).toFixed(2)} and is on offer at ${x}% off. What does the big bag cost per kilogram at the offer price, ${CENT}?`,
      show: money,
      figures: { g1, p1, g2, p2, x },
      key: mul(frac(p2, 100), pc(100 - x), kg),
      wrong: [
        [mul(frac(p2, 100), kg), 'forgets the offer'],
        [mul(frac(p2, 100), pc(100 - x), frac(100, g2)), 'gives the price per 100 g'],
        [mul(frac(p1, 100), frac(1000, g1)), 'gives the small bag’s price per kilogram'],
        [
          mul(sub(frac(p2, 100), frac(x, 100)), kg),
          'takes the offer off as cents, not a percentage',
        ],
        [
          mul(frac(p2, 100), pc(100 - x)),
          'gives the bag’s offer price, not the price per kilogram',
        ],
      ],
    }
  }),
  worked('monthly-provision-for-yearly-half-yearly-and-quarterly-bills', (rng) => {
    const a1 = rng.int(30, 150) * 10
    const a2 = rng.int(20, 80) * 10
    const a3 = rng.int(10, 50) * 10
    return {
      stem: `A freelancer pays a professional membership of ${dol(a1)} once a year, car insurance of ${dol(a2)} twice a year and a tax adviser ${dol(a3)} every quarter. How much must she put aside each month to cover these bills evenly, ${CENT}?`,
      show: money,
      figures: { a1, a2, a3 },
      key: add(frac(a1, 12), frac(a2, 6), frac(a3, 3)),
      wrong: [
        [frac(a1 + a2 + a3, 12), 'treats every bill as yearly'],
        [add(frac(a1, 12), frac(a2, 12), frac(a3, 3)), 'counts the car insurance once a year'],
        [add(frac(a1, 12), frac(a2, 6), frac(a3, 12)), 'counts the adviser once a year'],
        [add(frac(a1, 12), frac(a2, 3), frac(a3, 3)), 'takes the half-yearly bill as quarterly'],
        [add(frac(a1, 12), frac(a2, 6), frac(a3)), 'counts the adviser’s fee as monthly'],
        [add(frac(a1, 3), frac(a2, 6), frac(a3, 3)), 'takes the yearly membership as quarterly'],
      ],
    }
  }),
  worked('housing-cost-share-of-average-take-home', (rng) => {
    const m = Array.from({ length: 3 }, () => rng.int(25, 70) * 100)
    const t = rng.int(20, 30)
    const rent = rng.int(80, 180) * 10
    const util = rng.int(10, 30) * 10
    const avg = frac(m[0]! + m[1]! + m[2]!, 3)
    return {
      stem: `A freelancer earned ${m.map(dol).join(', ')} in the last three months and sets aside ${t}% of income for tax. Rent is ${dol(rent)} and utilities ${dol(util)} a month. What share of her average monthly take-home (income after the set-aside) goes on rent and utilities, ${PCT2}?`,
      show: pct2,
      figures: { m1: m[0]!, m2: m[1]!, m3: m[2]!, t, rent, util },
      key: div(rent + util, mul(avg, pc(100 - t))),
      wrong: [
        [div(rent + util, avg), 'divides by income before the set-aside'],
        [div(rent, mul(avg, pc(100 - t))), 'leaves out utilities'],
        [frac((rent + util) * 100, Math.min(...m) * (100 - t)), 'uses her lowest month'],
        [frac((rent + util) * 100, Math.max(...m) * (100 - t)), 'uses her highest month'],
      ],
    }
  }),
  worked('yearly-cost-of-a-workday-coffee', (rng) => {
    const c = rng.int(250, 600)
    const w = rng.pick([3, 4, 5])
    const h = rng.int(5, 8)
    const d = rng.int(6, 10)
    const days = w * (52 - h) - d
    return {
      stem: `A freelancer buys a $${(c / 100).toFixed(2)} coffee on each of the ${w} days a week he works at a café. He takes ${h} weeks off a year and ${d} public holidays fall on his café days in the weeks he works. Take a year as 52 weeks. What do the coffees cost him in a year, ${CENT}?`,
      show: money,
      figures: { c, w, h, d },
      key: frac(c * days, 100),
      wrong: [
        [frac(c * w * (52 - h), 100), 'forgets the public holidays'],
        [frac(c * (w * 52 - d), 100), 'forgets the weeks off'],
        [frac(c * w * 52, 100), 'counts every week of the year'],
        [frac(c * w * (52 - h - d), 100), 'takes the public holidays as whole weeks off'],
      ],
    }
  }),
  worked('net-worth-from-a-list-of-assets-and-debts', (rng) => {
    const cash = rng.int(60, 200) * 100
    const car = rng.int(40, 120) * 100
    const paid = car + rng.int(20, 80) * 100
    const card = rng.int(5, 30) * 100
    const limit = card + rng.int(10, 40) * 100
    const loan = rng.int(20, 60) * 100
    if (cash + car - card - loan - limit <= 0) rest()
    return {
      stem: `A freelancer lists her finances: savings ${dol(cash)}; a car bought for ${dol(paid)} now worth ${dol(car)}; a credit card balance of ${dol(card)} on a ${dol(limit)} limit; a car loan of ${dol(loan)} still owed. Net worth is what she owns at today’s values less what she owes. What is her net worth, ${CENT}?`,
      show: money,
      figures: { cash, car, paid, card, limit, loan },
      key: frac(cash + car - card - loan),
      wrong: [
        [frac(cash + car - limit - loan), 'counts the card limit as owed'],
        [frac(cash + car - card), 'leaves out the car loan'],
        [frac(cash + paid - card - loan), 'values the car at its purchase price'],
        [frac(cash + car), 'leaves out the debts'],
      ],
    }
  }),
  worked('final-price-after-discount-coupon-and-sales-tax', (rng) => {
    const p = rng.int(80, 600)
    const d = rng.pick([10, 15, 20, 25, 30])
    const c = rng.pick([5, 10, 15, 20])
    const s = rng.pick([5, 6, 7, 8])
    return {
      stem: `A monitor is priced ${dol(p)}. The shop takes ${d}% off, then a ${dol(c)} coupon comes off the discounted price, and ${s}% sales tax is added on what is left. What does the freelancer pay, ${CENT}?`,
      show: money,
      figures: { p, d, c, s },
      key: mul(sub(mul(p, pc(100 - d)), c), pc(100 + s)),
      wrong: [
        [mul(p - c, pc(100 - d), pc(100 + s)), 'takes the coupon off before the discount'],
        [sub(mul(p, pc(100 - d), pc(100 + s)), c), 'takes the coupon off after the tax'],
        [sub(mul(p, pc(100 - d)), c), 'forgets the sales tax'],
        [mul(p, pc(100 - d), pc(100 + s)), 'forgets the coupon'],
        [
          mul(sub(mul(p, pc(100 - d)), c), pc(100 - s)),
          'takes the sales tax off instead of adding it',
        ],
      ],
    }
  }),
]
