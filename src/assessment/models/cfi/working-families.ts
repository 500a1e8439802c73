import {
  add,
  div,
  type Fraction,
  frac,
  HALF,
  inK,
  kd,
  mul,
  n,
  PCT2,
  pct2,
  plain,
  power,
  rootRounded,
  sub,
  THOUSAND,
  tenthPct,
  tenths,
  worked,
} from './cfi-text.js'

// Working capital and short-term finance as a freelance analyst runs them for a client’s treasury.
// Every stem names its year (365 or 360 days), the base a ratio is taken on and whether a rate is
// simple or compounded, because the slips are a discount worked on the full price not the net,
// receivables days on cost of sales, a fee ignored in an effective rate and half the order
// quantity forgotten in a holding cost.

const rt = tenths
const DAYS = 'days to one decimal place (a half rounded up)'
const UNITS = `to the nearest whole unit ${HALF}`

export const WORKING_FAMILIES = [
  worked('operating-cycle-less-payables-days-from-balances', (rng) => {
    const rev = rng.int(800, 3000) * 10
    const cos = Math.round((rev * rng.int(50, 75)) / 1000) * 10
    const pur = cos + rng.int(-20, 20) * 10
    const inv = Math.round((cos * rng.int(8, 20)) / 1000) * 10
    const rec = Math.round((rev * rng.int(10, 20)) / 1000) * 10
    const pay = Math.round((pur * rng.int(8, 18)) / 1000) * 10
    const d = (x: number, base: number) => frac(x * 365, base)
    return {
      stem: `A client’s year: revenue ${kd(rev)}, cost of sales ${kd(cos)}, purchases ${kd(pur)}; year-end inventory ${kd(inv)}, trade receivables ${kd(rec)}, trade payables ${kd(pay)}. On a 365-day year, with inventory days on cost of sales, receivables days on revenue and payables days on purchases, what is the cash conversion cycle, in ${DAYS}?`,
      show: plain(1, 'days'),
      figures: { rev, cos, pur, inv, rec, pay },
      key: sub(add(d(inv, cos), d(rec, rev)), d(pay, pur)),
      wrong: [
        [add(d(inv, cos), d(rec, rev), d(pay, pur)), 'adds the payables days'],
        [add(d(inv, cos), d(rec, rev)), 'gives the operating cycle, leaving out payables'],
        [
          sub(add(d(inv, cos), d(rec, cos)), d(pay, pur)),
          'takes receivables days on cost of sales',
        ],
        [sub(add(d(inv, rev), d(rec, rev)), d(pay, rev)), 'takes every period on revenue'],
        [sub(add(d(inv, rev), d(rec, rev)), d(pay, pur)), 'takes inventory days on revenue'],
      ],
    }
  }),
  worked('simple-annual-cost-of-refusing-an-early-payment-discount', (rng) => {
    const d = rng.pick([1, 2, 3])
    const early = rng.pick([7, 10, 14])
    const full = rng.pick([30, 45, 60, 90])
    const gap = full - early
    return {
      stem: `A supplier offers ${d}% off for payment within ${early} days, otherwise full payment at ${full} days. As a simple annual rate on a 365-day year, the cost of not taking the discount = d ÷ (100 − d) × 365 ÷ (${full} − ${early}). What is it, ${PCT2}?`,
      show: pct2,
      figures: { d, early, full },
      key: mul(frac(d, 100 - d), frac(365, gap)),
      wrong: [
        [mul(frac(d, 100), frac(365, gap)), 'works the discount on the full price, not the net'],
        [mul(frac(d, 100 - d), frac(365, full)), 'spreads it over the full credit period'],
        [mul(frac(d, 100 - d), frac(365, early)), 'spreads it over the discount period'],
        [mul(frac(d, 100 - d), frac(360, gap)), 'uses a 360-day year'],
        [mul(frac(d, 100), frac(365, early)), 'works on the full price over the discount period'],
      ],
    }
  }),
  worked('compound-annual-cost-of-an-early-payment-discount', (rng) => {
    const d = rng.pick([1, 2])
    const gap = rng.pick([20, 30, 40, 45, 60])
    const early = rng.pick([10, 15])
    const full = early + gap
    const k = 360 / gap
    const per = frac(d, 100 - d)
    return {
      stem: `A supplier’s terms are ${d}/${early}, net ${full}: ${d}% off if paid by day ${early}, else full payment on day ${full}. On a 360-day year (${k} periods of ${gap} days), the effective annual cost of forgoing the discount is (1 + d ÷ (100 − d))^${k} − 1. What is it, ${PCT2}?`,
      show: pct2,
      figures: { d, gap, early },
      key: sub(power(add(1, per), k), 1),
      wrong: [
        [mul(per, k), 'annualises it simply'],
        [sub(power(frac(100 + d, 100), k), 1), 'works the discount on the full price'],
        [mul(per, frac(365, gap)), 'annualises it simply on a 365-day year'],
        [frac(d, 100 - d), 'gives the cost for one period'],
        [sub(power(add(1, per), 360 / early), 1), 'compounds over periods of the discount window'],
        [mul(per, 360 / early), 'annualises it simply over periods of the discount window'],
      ],
    }
  }),
  worked('net-annual-cost-of-factoring-with-an-advance', (rng) => {
    const sales = rng.int(1000, 5000) * 10
    const days = rng.int(40, 75)
    const fee = rng.int(10, 30)
    const adv = rng.pick([70, 75, 80, 85])
    const i = rng.int(60, 120)
    const admin = Math.round((sales * rng.int(3, 10)) / 1000 / 10) * 10
    const bad = Math.round((sales * rng.int(2, 8)) / 1000 / 10) * 10
    const rec = frac(sales * days, 365)
    const feeCost = mul(sales, rt(fee))
    const interest = mul(rec, frac(adv, 100), rt(i))
    return {
      stem: `A factor will handle a client’s ${kd(sales)} of annual credit sales for a fee of ${tenthPct(fee)} of sales and advance ${adv}% of receivables at ${tenthPct(i)} a year. Receivables average ${days} days of sales (365-day year). Factoring saves ${kd(admin)} a year of credit control and ${kd(bad)} of bad debts. What is the net annual cost of factoring, ${THOUSAND}?`,
      show: inK,
      figures: { sales, days, fee, adv, i, admin, bad },
      key: sub(add(feeCost, interest), admin + bad),
      wrong: [
        [add(feeCost, interest), 'ignores the savings'],
        [
          sub(add(feeCost, mul(rec, rt(i))), admin + bad),
          'charges interest on all the receivables',
        ],
        [sub(add(feeCost, interest), admin), 'leaves out the bad-debt saving'],
        [
          sub(add(feeCost, mul(sales, frac(adv, 100), rt(i))), admin + bad),
          'charges interest on an advance of a year’s sales',
        ],
        [
          sub(add(mul(rec, rt(fee)), interest), admin + bad),
          'charges the fee on the receivables balance, not on sales',
        ],
        [sub(feeCost, admin + bad), 'leaves out the interest on the advance'],
      ],
    }
  }),
  worked('eoq-with-holding-cost-as-a-share-of-price', (rng) => {
    const dem = rng.int(20, 200) * 100
    const co = rng.int(40, 300)
    const price = rng.int(10, 120)
    const h = rng.int(10, 30)
    const hold = frac(price * h, 100)
    const eoq = (d: Fraction, c: Fraction, hh: Fraction) => rootRounded(div(mul(d, c), hh), 0)
    return {
      stem: `A client uses ${n(dem)} units a year, pays $${co} to place an order and buys at $${price} a unit. Holding stock costs ${h}% of the unit price a year. EOQ = √(2 × annual demand × cost per order ÷ holding cost per unit per year). What is the EOQ, ${UNITS}?`,
      show: plain(0, 'units'),
      figures: { dem, co, price, h },
      key: eoq(frac(2 * dem), frac(co), hold),
      wrong: [
        [eoq(frac(2 * dem), frac(co), frac(price)), 'takes the whole price as the holding cost'],
        [eoq(frac(dem), frac(co), hold), 'leaves out the 2'],
        [eoq(frac(2 * dem), frac(co), frac(h)), 'takes the percentage as dollars'],
        [eoq(frac(2 * dem, 12), frac(co), hold), 'uses monthly demand'],
        [
          eoq(frac(2 * dem), frac(co), frac(h, 100)),
          'divides by the holding percentage, leaving out the price',
        ],
        [
          eoq(frac(2 * dem), frac(co), div(hold, 12)),
          'uses a monthly holding cost with annual demand',
        ],
      ],
    }
  }),
  worked('annual-inventory-cost-at-a-bulk-discount-quantity', (rng) => {
    const dem = rng.int(20, 200) * 100
    const co = rng.int(40, 300)
    const price = rng.int(10, 60)
    const disc = rng.int(1, 5)
    const h = rng.int(10, 30)
    const q = rng.int(5, 20) * 100
    const net = frac(price * (100 - disc), 100)
    const total = (p: Fraction, hq: Fraction) =>
      add(mul(dem, p), frac(dem * co, q), mul(hq, p, frac(h, 100)))
    return {
      stem: `A client uses ${n(dem)} units a year, costs $${co} per order and pays $${price} a unit, less a ${disc}% discount if it orders ${n(q)} units at a time. Holding cost is ${h}% of the price paid per unit a year, on average stock of half an order. What is the total annual cost of buying, ordering and holding at that order size, to the nearest dollar (a half rounded up)?`,
      show: (x) => `$${plain(0)(x)}`,
      figures: { dem, co, price, disc, h, q },
      key: total(net, frac(q, 2)),
      wrong: [
        [total(net, frac(q)), 'holds a full order, not half'],
        [total(frac(price), frac(q, 2)), 'ignores the discount'],
        [sub(total(net, frac(q, 2)), mul(dem, net)), 'leaves out the purchase cost'],
        [
          add(mul(dem, net), frac(dem * co, q), mul(frac(q, 2), price, frac(h, 100))),
          'holds at the undiscounted price',
        ],
        [add(mul(dem, net), frac(dem * co, q)), 'leaves out the holding cost'],
        [add(mul(dem, net), mul(frac(q, 2), net, frac(h, 100))), 'leaves out the ordering cost'],
      ],
    }
  }),
  worked('effective-annual-rate-of-a-loan-with-an-upfront-fee', (rng) => {
    const l = rng.int(50, 500) * 10
    const i = rng.int(50, 120)
    const f = rng.int(5, 30)
    const fee = mul(l, rt(f))
    const int = mul(l, rt(i))
    return {
      stem: `A bank lends a client ${kd(l)} for one year at ${tenthPct(i)}, with interest paid at the end of the year, and takes an arrangement fee of ${tenthPct(f)} of the loan out of the advance. The effective annual rate = (interest + fee) ÷ cash actually received. What is it, ${PCT2}?`,
      show: pct2,
      figures: { l, i, f },
      key: div(add(int, fee), sub(l, fee)),
      wrong: [
        [add(rt(i), rt(f)), 'adds the fee rate to the interest rate'],
        [div(add(int, fee), add(l, fee)), 'adds the fee to the amount borrowed'],
        [div(int, sub(l, fee)), 'leaves the fee out of the cost'],
        [
          div(add(int, fee), sub(sub(l, fee), int)),
          'deducts the interest from the advance as well',
        ],
        [rt(i), 'quotes the nominal rate'],
      ],
    }
  }),
  worked('effective-rate-of-a-loan-with-a-compensating-balance', (rng) => {
    const i = rng.int(50, 120)
    const b = rng.int(5, 20)
    return {
      stem: `A bank lends at ${tenthPct(i)} a year but requires the client to keep ${b}% of the loan on a non-interest current account. The effective rate = interest ÷ usable funds. What is it, ${PCT2}?`,
      show: pct2,
      figures: { i, b },
      key: div(rt(i), frac(100 - b, 100)),
      wrong: [
        [rt(i), 'quotes the nominal rate'],
        [mul(rt(i), frac(100 + b, 100)), 'grosses up by multiplying'],
        [add(rt(i), frac(b, 100)), 'adds the balance percentage'],
        [div(rt(i), sub(1, rt(i))), 'treats it as interest taken in advance'],
        [
          div(rt(i), sub(sub(1, rt(i)), frac(b, 100))),
          'also treats the interest as taken in advance',
        ],
      ],
    }
  }),
  worked('net-benefit-of-offering-customers-an-early-payment-discount', (rng) => {
    const sales = rng.int(1000, 5000) * 10
    const d0 = rng.int(70, 100)
    const d1 = rng.int(10, 15)
    const take = rng.int(60, 90)
    const disc = 1
    const i = rng.int(150, 250)
    const newDays = add(mul(frac(take, 100), d1), mul(frac(100 - take, 100), d0))
    const saving = (days: Fraction, year: number) => mul(sales, div(sub(d0, days), year), rt(i))
    const cost = mul(sales, frac(take, 100), frac(disc, 100))
    return {
      stem: `A client sells ${kd(sales)} a year on credit; customers pay in ${d0} days on average. It offers ${disc}% off for payment in ${d1} days; ${take}% of customers (by value) will take it and the rest still pay in ${d0} days. Receivables are financed by an overdraft at ${tenthPct(i)}, 365-day year. What is the net annual benefit (interest saved − discounts given), ${THOUSAND}?`,
      show: inK,
      figures: { sales, d0, d1, take, disc, i },
      key: sub(saving(newDays, 365), cost),
      wrong: [
        [saving(newDays, 365), 'ignores the cost of the discounts'],
        [sub(saving(frac(d1), 365), cost), 'assumes every customer pays early'],
        [sub(saving(newDays, 360), cost), 'uses a 360-day year'],
        [
          sub(saving(newDays, 365), mul(sales, frac(disc, 100))),
          'charges the discount on all sales',
        ],
      ],
    }
  }),
  worked('net-working-capital-requirement-from-target-days', (rng) => {
    const rev = rng.int(1000, 5000) * 10
    const cos = Math.round((rev * rng.int(50, 75)) / 1000) * 10
    const di = rng.int(30, 90)
    const dr = rng.int(30, 75)
    const dp = rng.int(20, 60)
    const p = (days: number, base: number) => frac(days * base, 365)
    return {
      stem: `A client plans revenue of ${kd(rev)} and cost of sales (all bought on credit) of ${kd(cos)}. It targets inventory of ${di} days of cost of sales, receivables of ${dr} days of revenue and payables of ${dp} days of cost of sales, on a 365-day year. What net working capital (inventory + receivables − payables) does it need, ${THOUSAND}?`,
      show: inK,
      figures: { rev, cos, di, dr, dp },
      key: sub(add(p(di, cos), p(dr, rev)), p(dp, cos)),
      wrong: [
        [add(p(di, cos), p(dr, rev), p(dp, cos)), 'adds the payables'],
        [sub(add(p(di, cos), p(dr, cos)), p(dp, cos)), 'takes receivables on cost of sales'],
        [sub(add(p(di, rev), p(dr, rev)), p(dp, rev)), 'takes every balance on revenue'],
        [add(p(di, cos), p(dr, rev)), 'leaves the payables out'],
      ],
    }
  }),
  worked('baumol-optimal-cash-transfer', (rng) => {
    const need = rng.int(100, 2000) * 1000
    const cost = rng.int(20, 150)
    const i = rng.int(20, 80)
    const q = (a: Fraction) => rootRounded(a, 0)
    return {
      stem: `A client pays out $${n(need)} evenly over a year and tops up its current account by selling short-term investments, at $${cost} per sale. The investments earn ${tenthPct(i)} a year. By the Baumol model, the best amount per sale = √(2 × annual cash need × cost per sale ÷ interest rate). What is it, to the nearest dollar (a half rounded up)?`,
      show: (x) => `$${plain(0)(x)}`,
      figures: { need, cost, i },
      key: q(div(mul(2, need, cost), rt(i))),
      wrong: [
        [q(div(mul(need, cost), rt(i))), 'leaves out the 2'],
        [q(div(mul(2, need, cost), frac(i, 10))), 'uses the rate as a whole percent'],
        [q(div(mul(2, need, cost), mul(rt(i), 4))), 'gives the average balance, half the transfer'],
        [
          q(div(mul(2, need, cost), mul(rt(i), rt(i)))),
          'divides by the rate outside the square root',
        ],
        [
          q(div(mul(2, need, cost), mul(rt(i), frac(1, 12)))),
          'uses a monthly rate with annual need',
        ],
      ],
    }
  }),
  worked('invoice-discounting-charge-on-a-batch', (rng) => {
    const inv = rng.int(100, 900) * 10
    const adv = rng.pick([70, 75, 80, 85])
    const i = rng.int(60, 140)
    const days = rng.int(30, 90)
    const s = rng.int(5, 20)
    const interest = (base: Fraction, year: number) => mul(base, rt(i), frac(days, year))
    const advance = mul(inv, frac(adv, 100))
    const fee = mul(inv, rt(s))
    return {
      stem: `A client discounts invoices of ${kd(inv)}. The lender advances ${adv}% of their value at ${tenthPct(i)} a year simple interest, actual days over 365, until the customers pay ${days} days later, and charges a service fee of ${tenthPct(s)} of the invoice value. What is the total charge, ${THOUSAND}?`,
      show: inK,
      figures: { inv, adv, i, days, s },
      key: add(interest(advance, 365), fee),
      wrong: [
        [add(interest(frac(inv), 365), fee), 'charges interest on the full invoices'],
        [add(interest(advance, 360), fee), 'uses a 360-day year'],
        [add(interest(advance, 365), mul(advance, rt(s))), 'takes the fee on the advance'],
        [interest(advance, 365), 'leaves out the service fee'],
      ],
    }
  }),
  worked('bank-discount-rate-of-a-bill-from-its-price', (rng) => {
    const days = rng.pick([91, 182, 273, 364])
    const price = 100000 - rng.int(days * 3, days * 16)
    const gain = frac(100000 - price, 1000)
    const pr = frac(price, 1000)
    return {
      stem: `A ${days}-day bill with a face value of $100 trades at $${(price / 1000).toFixed(3)}. Bills are quoted at a bank discount rate: (face − price) ÷ face × 360 ÷ days. What discount rate does the price imply, ${PCT2}?`,
      show: pct2,
      figures: { days, price },
      key: mul(div(gain, 100), frac(360, days)),
      wrong: [
        [mul(div(gain, pr), frac(365, days)), 'gives the money-market yield on the price over 365'],
        [mul(div(gain, pr), frac(360, days)), 'divides by the price, not the face value'],
        [mul(div(gain, 100), frac(365, days)), 'uses a 365-day year'],
        [div(gain, 100), 'leaves the discount for the term, not a year'],
      ],
    }
  }),
  worked('effective-cost-of-a-revolving-facility-with-a-commitment-fee', (rng) => {
    const lim = rng.int(200, 1000) * 10
    const use = Math.round((lim * rng.int(30, 80)) / 1000) * 10
    const i = rng.int(50, 120)
    const c = rng.int(2, 10)
    const interest = mul(use, rt(i))
    const fee = mul(lim - use, rt(c))
    return {
      stem: `A client has a revolving credit facility of ${kd(lim)}. It draws ${kd(use)} on average through the year at ${tenthPct(i)}, and pays a commitment fee of ${tenthPct(c)} a year on the undrawn part. What is the annual cost as a share of the average amount drawn, ${PCT2}?`,
      show: pct2,
      figures: { lim, use, i, c },
      key: div(add(interest, fee), use),
      wrong: [
        [div(add(interest, mul(lim, rt(c))), use), 'charges the fee on the whole limit'],
        [rt(i), 'ignores the commitment fee'],
        [div(add(interest, fee), lim), 'divides by the limit'],
        [add(rt(i), rt(c)), 'adds the fee rate to the interest rate'],
      ],
    }
  }),
  worked('finance-cost-of-extending-customer-credit', (rng) => {
    const s1 = rng.int(1000, 5000) * 10
    const s2 = s1 + Math.round((s1 * rng.int(5, 20)) / 1000) * 10
    const d1 = rng.int(30, 50)
    const d2 = d1 + rng.int(10, 30)
    const i = rng.int(60, 120)
    const bal = (s: number, d: number) => frac(s * d, 365)
    return {
      stem: `A client will lengthen credit from ${d1} to ${d2} days, and expects annual credit sales to rise from ${kd(s1)} to ${kd(s2)}. Receivables = sales × days ÷ 365 and are financed at ${tenthPct(i)} a year. What is the extra annual finance cost, ${THOUSAND}?`,
      show: inK,
      figures: { s1, s2, d1, d2, i },
      key: mul(sub(bal(s2, d2), bal(s1, d1)), rt(i)),
      wrong: [
        [mul(sub(bal(s1, d2), bal(s1, d1)), rt(i)), 'keeps sales at the old level'],
        [mul(bal(s2, d2), rt(i)), 'finances the whole new balance'],
        [mul(bal(s2, d2 - d1), rt(i)), 'applies the extra days to the new sales only'],
        [mul(sub(frac(s2 * d2, 360), frac(s1 * d1, 360)), rt(i)), 'uses a 360-day year'],
      ],
    }
  }),
  worked('annual-rate-of-a-six-month-discount-loan-with-a-fee', (rng) => {
    const l = rng.int(50, 500) * 10
    const i = rng.int(50, 140)
    const f = rng.int(5, 30)
    const half = mul(l, rt(i), frac(1, 2))
    const fee = mul(l, rt(f))
    const cost = (int: Fraction, base: Fraction) => div(add(int, fee), base)
    const key = cost(half, sub(sub(l, half), fee))
    return {
      stem: `A lender advances a six-month loan of ${kd(l)} at ${tenthPct(i)} a year on a discount basis: the six months’ interest and an arrangement fee of ${tenthPct(f)} of the loan are both deducted from the advance, and the full ${kd(l)} is repaid at the end. The six-month cost is (interest + fee) ÷ cash received, and the client annualises it simply (× 2). What is the annual rate, ${PCT2}?`,
      show: pct2,
      figures: { l, i, f },
      key: mul(key, 2),
      wrong: [
        [key, 'leaves it as the six-month cost'],
        [mul(cost(half, frac(l)), 2), 'divides by the loan, not the cash received'],
        [mul(div(half, sub(l, half)), 2), 'ignores the fee'],
        [sub(mul(add(1, key), add(1, key)), 1), 'compounds the six-month cost'],
        [
          mul(cost(mul(half, 2), sub(sub(l, mul(half, 2)), fee)), 2),
          'deducts a full year’s interest',
        ],
      ],
    }
  }),
]
