import {
  cap,
  ceilDiv,
  cents,
  client,
  family,
  hours,
  kg,
  money,
  share,
  units,
  whole,
} from './budget-text.js'

// Operating budgets: sales into production, materials, labour and overhead. Closing stock is a
// stated share of next period's need, rounded to the whole unit or kg as the stem says.

export const OPERATING_FAMILIES = [
  family('production-units-from-stock-policy', (rng) => {
    const s = rng.int(20, 90) * 100
    const next = rng.int(20, 90) * 100
    const p = rng.int(10, 40)
    const o = rng.int(5, 40) * 50
    const c = share(next, p, 100)
    return {
      stem: `${cap(client(rng))} budgets sales of ${units(s)} in May and ${units(next)} in June. Finished-goods stock at 1 May is ${units(o)}, and policy is to hold closing stock equal to ${p}% of the next month's sales (rounded to the whole unit). How many units must be produced in May?`,
      key: units(s + c - o),
      wrong: [
        [units(s + c + o), 'adds opening stock instead of subtracting it'],
        [units(s - c + o), 'subtracts closing stock and adds opening stock'],
        [units(s + c), 'leaves opening stock out'],
        [units(s + share(s, p, 100) - o), 'bases closing stock on this month’s sales'],
        [units(s - o), 'leaves the closing-stock policy out'],
      ],
      figures: { s, next, p, o },
    }
  }),
  family('materials-purchases-quantity', (rng) => {
    const prod = rng.int(10, 60) * 100
    const nextProd = rng.int(10, 60) * 100
    const per = rng.int(2, 9)
    const p = rng.int(15, 50)
    const o = rng.int(10, 90) * 100
    const use = prod * per
    const c = share(nextProd * per, p, 100)
    return {
      stem: `${cap(client(rng))} will produce ${units(prod)} in March and ${units(nextProd)} in April; each unit uses ${kg(per)} of resin. Resin stock at 1 March is ${kg(o)}, and closing resin stock is to be ${p}% of the next month's production requirement (rounded to the whole kg). How many kg of resin must be purchased in March?`,
      key: kg(use + c - o),
      wrong: [
        [kg(use), 'buys only what production uses'],
        [kg(use + c), 'leaves opening stock out'],
        [kg(use + c + o), 'adds opening stock instead of subtracting it'],
        [kg(use + share(use, p, 100) - o), 'bases closing stock on this month’s usage'],
        [kg(prod + share(nextProd, p, 100) - o), 'budgets in finished units, not kg of resin'],
      ],
      figures: { prod, nextProd, per, p, o },
    }
  }),
  family('material-input-with-normal-loss', (rng) => {
    const prod = rng.int(10, 80) * 100
    const per = rng.int(2, 12)
    const w = rng.pick([4, 5, 8, 10, 12, 15, 20])
    const net = prod * per
    return {
      stem: `${cap(client(rng))} needs ${kg(per)} of finished material in each of ${units(prod)}. Normal loss in processing is ${w}% of the material input. How many kg must be issued to production, rounded up to the whole kg?`,
      key: kg(ceilDiv(net * 100, 100 - w)),
      wrong: [
        [kg(net), 'ignores the normal loss'],
        [kg(ceilDiv(net * (100 + w), 100)), 'adds the loss percentage to the output'],
        [kg(ceilDiv(net * (100 - w), 100)), 'takes the loss off the output'],
        [kg(ceilDiv(net * 10000, (100 - w) * (100 - w))), 'grosses up for the loss twice'],
      ],
      figures: { prod, per, w },
    }
  }),
  family('labour-cost-with-idle-time', (rng) => {
    const m = money(rng)
    const prod = rng.int(10, 60) * 100
    const hpu = rng.pick([25, 40, 50, 60, 75, 120, 150])
    const rate = cents(rng, 11, 22)
    const x = rng.pick([80, 85, 90, 95])
    const worked = (prod * hpu) / 100
    const paid = ceilDiv(worked * 100, x)
    return {
      stem: `${cap(client(rng))} plans ${units(prod)} next quarter at a standard ${(hpu / 100).toFixed(2)} direct labour hours a unit. Productive time is ${x}% of paid hours; the rest is expected idle time. Paid hours are rounded up to the whole hour and paid at ${m(rate)} an hour. What is the direct labour cost budget?`,
      key: m(paid * rate),
      wrong: [
        [m(worked * rate), 'budgets productive hours only'],
        [
          m(ceilDiv(worked * (200 - x), 100) * rate),
          'adds the idle percentage to productive hours',
        ],
        [m(ceilDiv(worked * 10000, x * x) * rate), 'grosses up for idle time twice'],
        [m(ceilDiv(worked * x, 100) * rate), 'takes idle time off productive hours'],
      ],
      figures: { prod, hpu, rate, x },
    }
  }),
  family('overhead-budget-high-low', (rng) => {
    const m = money(rng)
    const v = cents(rng, 2, 9)
    const f = whole(rng, 4000, 15000)
    const lo = rng.int(10, 25) * 100
    const hi = lo + rng.int(5, 20) * 100
    const plan = hi + rng.int(2, 10) * 100
    const [cLo, cHi] = [f + lo * v, f + hi * v]
    return {
      stem: `${cap(client(rng))}'s factory overhead was ${m(cLo)} in a month of ${hours(lo)} machine time and ${m(cHi)} in a month of ${hours(hi)}. Using the high-low method to split fixed and variable overhead, what overhead should be budgeted for a month of ${hours(plan)}?`,
      key: m(f + plan * v),
      wrong: [
        [m(share(cHi, plan, hi)), 'treats the whole high-month cost as variable'],
        [m(share(cLo, plan, lo)), 'treats the whole low-month cost as variable'],
        [m(plan * v), 'leaves the fixed overhead out'],
        [m(cHi), 'budgets the high month’s cost unflexed'],
        [m(f + plan * v + f), 'adds the fixed overhead twice'],
        [m(share(cLo + cHi, 1, 2)), 'budgets the average of the two months, unflexed'],
        [m((plan - hi) * v), 'gives only the extra cost over the high month'],
      ],
      figures: { v, f, lo, hi, plan },
    }
  }),
  family('overhead-absorption-rate-per-labour-hour', (rng) => {
    const m = money(rng)
    const fixed = whole(rng, 60, 400) * 1000
    const varOh = whole(rng, 20, 200) * 1000
    const lh = rng.int(8, 40) * 1000
    const mh = rng.int(4, 30) * 1000
    return {
      stem: `${cap(client(rng))}'s production overhead budget is ${m(fixed)} fixed and ${m(varOh)} variable. Budgeted activity is ${hours(lh)} of direct labour and ${hours(mh)} of machine time. Overhead is absorbed on direct labour hours. What is the full overhead absorption rate per labour hour, to the cent?`,
      key: m(share(fixed + varOh, 1, lh)),
      wrong: [
        [m(share(fixed, 1, lh)), 'absorbs the fixed overhead only'],
        [m(share(fixed + varOh, 1, mh)), 'absorbs on machine hours'],
        [m(share(varOh, 1, lh)), 'absorbs the variable overhead only'],
        [m(share(fixed + varOh, 1, lh + mh)), 'divides by labour and machine hours together'],
      ],
      figures: { fixed, varOh, lh, mh },
    }
  }),
  family('sales-budget-with-mid-year-price-rise', (rng) => {
    const m = money(rng)
    const q = [0, 1, 2, 3].map(() => rng.int(8, 40) * 100)
    const price = cents(rng, 12, 90)
    const r = rng.pick([3, 4, 5, 6, 8, 10])
    const from = rng.int(2, 4)
    const newPrice = price + share(price, r, 100)
    const rev = (start: number) =>
      q.reduce((t, u, i) => t + u * (i + 1 >= start ? newPrice : price), 0)
    return {
      stem: `${cap(client(rng))} budgets unit sales of ${q.map(units).join(', ')} in quarters 1 to 4. The price is ${m(price)} and rises by ${r}% (rounded to the cent) from the start of quarter ${from}. What is the annual sales revenue budget?`,
      key: m(rev(from)),
      wrong: [
        [m(rev(1)), 'applies the new price all year'],
        [m(rev(5)), 'leaves the price rise out'],
        [m(rev(from + 1)), 'starts the new price a quarter late'],
        [m(rev(from - 1)), 'starts the new price a quarter early'],
      ],
      figures: { q1: q[0]!, q2: q[1]!, q3: q[2]!, q4: q[3]!, price, r, from },
    }
  }),
  family('cost-of-sales-budget', (rng) => {
    const m = money(rng)
    const open = whole(rng, 20, 90) * 100
    const purch = whole(rng, 100, 600) * 100
    const close = whole(rng, 20, 90) * 100
    const sales = purch + whole(rng, 50, 300) * 100
    return {
      stem: `${cap(client(rng))}'s budget for the year shows opening inventory ${m(open)}, purchases ${m(purch)}, closing inventory ${m(close)} and sales ${m(sales)}. What is the budgeted gross profit?`,
      key: m(sales - (open + purch - close)),
      wrong: [
        [m(sales - (open + purch + close)), 'adds closing inventory instead of subtracting it'],
        [m(sales - purch), 'takes purchases as cost of sales'],
        [m(sales - (purch + close - open)), 'swaps opening and closing inventory'],
        [m(sales - (purch - close)), 'leaves opening inventory out'],
      ],
      figures: { open, purch, close, sales },
    }
  }),
  family('labour-cost-with-overtime-premium', (rng) => {
    const m = money(rng)
    const staff = rng.int(4, 15)
    const basic = rng.pick([150, 160, 165])
    const need = staff * basic + rng.int(40, 300)
    const rate = cents(rng, 12, 20)
    const prem = rng.pick([150, 200])
    const extra = need - staff * basic
    return {
      stem: `${cap(client(rng))} employs ${staff} production staff on ${basic} contracted hours each a month, paid at ${m(rate)} an hour whether or not there is work. Next month's plan needs ${hours(need)}; hours beyond contracted hours are overtime paid at ${prem === 150 ? 'time-and-a-half' : 'double time'}. What is next month's direct labour cost?`,
      key: m(staff * basic * rate + share(extra * rate, prem, 100)),
      wrong: [
        [m(need * rate), 'pays all hours at the basic rate'],
        [m(share(need * rate, prem, 100)), 'pays all hours at the overtime rate'],
        [
          m(staff * basic * rate + share(extra * rate, prem - 100, 100)),
          'pays the overtime premium only on the extra hours',
        ],
        [m(staff * basic * rate), 'leaves the overtime out'],
        [
          m(need * rate + share(need * rate, prem - 100, 100)),
          'adds the premium on every hour worked',
        ],
        [
          m(need * rate + share(extra * rate, prem, 100)),
          'pays the overtime hours at basic and again at the overtime rate',
        ],
      ],
      figures: { staff, basic, need, rate, prem },
    }
  }),
  family('standard-full-cost-per-unit', (rng) => {
    const m = money(rng)
    const kgs = rng.int(2, 8)
    const price = cents(rng, 1, 6)
    const h = rng.pick([50, 75, 100, 150, 200])
    const rate = cents(rng, 11, 20)
    const voh = cents(rng, 1, 5)
    const foh = cents(rng, 3, 12)
    const mat = kgs * price
    const lab = share(h * rate, 1, 100)
    const vo = share(h * voh, 1, 100)
    const fo = share(h * foh, 1, 100)
    return {
      stem: `${cap(client(rng))}'s standard for one unit is ${kg(kgs)} of material at ${m(price)} a kg and ${(h / 100).toFixed(2)} labour hours at ${m(rate)} an hour. Variable overhead is ${m(voh)} and fixed overhead ${m(foh)} per labour hour. Each line is rounded to the cent. What is the standard full (absorption) cost of one unit?`,
      key: m(mat + lab + vo + fo),
      wrong: [
        [m(mat + lab + vo), 'gives the marginal cost, leaving fixed overhead out'],
        [m(mat + lab + voh + foh), 'charges overhead per unit instead of per labour hour'],
        [m(mat + lab), 'leaves all overhead out'],
        [m(mat + rate + vo + fo), 'charges one labour hour a unit'],
      ],
      figures: { kgs, price, h, rate, voh, foh },
    }
  }),
  family('closing-stock-valued-at-marginal-cost', (rng) => {
    const m = money(rng)
    const open = rng.int(2, 20) * 50
    const prod = rng.int(20, 80) * 100
    const sales = prod + open - rng.int(1, 20) * 50
    const vc = cents(rng, 4, 30)
    const fpu = cents(rng, 2, 12)
    const close = open + prod - sales
    return {
      stem: `${cap(client(rng))} budgets in marginal costing: stock is valued at variable production cost, ${m(vc)} a unit, and fixed overhead (${m(fpu)} a unit at budgeted output) is charged to the period. Opening stock is ${units(open)}, production ${units(prod)} and sales ${units(sales)}. What is the budgeted value of closing stock?`,
      key: m(close * vc),
      wrong: [
        [m(close * (vc + fpu)), 'values stock at full absorption cost'],
        [m(open * vc), 'values the opening stock'],
        [m((open + prod) * vc), 'values all the stock available, not what is left'],
        [m((prod - sales + open + open) * vc), 'adds opening stock twice'],
      ],
      figures: { open, prod, sales, vc, fpu },
    }
  }),
  family('seasonal-index-quarter-sales', (rng) => {
    const annual = rng.int(20, 120) * 400
    const idx = rng.pick([60, 70, 80, 85, 115, 120, 130, 140])
    const base = annual / 4
    return {
      stem: `${cap(client(rng))} forecasts ${units(annual)} for next year. Its seasonal index for quarter 3 is ${idx} (the four indices average 100). What unit sales should be budgeted for quarter 3?`,
      key: units(share(base, idx, 100)),
      wrong: [
        [units(share(annual, idx, 100)), 'applies the index to the annual figure'],
        [units(base), 'ignores the seasonal index'],
        [units(share(base, 100, idx)), 'divides by the index, deseasonalising instead'],
        [units(share(annual, idx, 1200)), 'applies the index to a monthly average, not a quarter'],
      ],
      figures: { annual, idx },
    }
  }),
  family('headcount-for-labour-hours', (rng) => {
    const need = rng.int(30, 150) * 100
    const weeks = rng.int(44, 47)
    const perWeek = rng.pick([35, 37, 40])
    const eff = rng.pick([80, 85, 90])
    const avail = share(weeks * perWeek, eff, 100)
    return {
      stem: `${cap(client(rng))} needs ${hours(need)} of direct labour next year. Each operative works ${weeks} weeks of ${perWeek} paid hours a year, of which ${eff}% is productive (productive hours a year rounded to the whole hour). How many operatives must be budgeted, rounded up to a whole person?`,
      key: String(ceilDiv(need, avail)),
      wrong: [
        [String(ceilDiv(need, weeks * perWeek)), 'uses paid hours, not productive hours'],
        [String(ceilDiv(need, 52 * perWeek)), 'counts all 52 weeks as paid working weeks'],
        [String(Math.floor(need / avail)), 'rounds the headcount down'],
        [
          String(ceilDiv(need, share(weeks * perWeek, 100 - eff, 100))),
          'uses the non-productive share',
        ],
        [
          String(ceilDiv(need * 100 + need * (100 - eff), 100 * weeks * perWeek)),
          'adds the non-productive share to hours needed',
        ],
        [String(ceilDiv(need * (200 - eff), 100 * avail)), 'allows for non-productive time twice'],
        [
          String(ceilDiv(need * 52, avail * weeks)),
          'adds holiday cover though the working weeks already exclude holidays',
        ],
        [
          String(ceilDiv(need * 100, avail * eff)),
          'grosses the hours up for idle time and divides by productive hours too',
        ],
        [
          String(ceilDiv(need, share(52 * perWeek, eff, 100))),
          'counts all 52 weeks as productive weeks',
        ],
      ],
      figures: { need, weeks, perWeek, eff },
    }
  }),
  family('stepped-supervision-cost', (rng) => {
    const m = money(rng)
    const per = rng.pick([2000, 2500, 3000, 4000])
    const out = per * rng.int(2, 6) + rng.int(1, per / 100 - 1) * 100
    const sal = whole(rng, 2400, 3600)
    return {
      stem: `${cap(client(rng))} needs one supervisor for every ${units(per)} (or part of that) produced in a month; each costs ${m(sal * 12)} a year. What is the supervision budget for a month of ${units(out)}?`,
      key: m(ceilDiv(out, per) * sal),
      wrong: [
        [m(Math.floor(out / per) * sal), 'rounds the number of supervisors down'],
        [m(share(out * sal, 1, per)), 'treats the stepped cost as variable per unit'],
        [m((ceilDiv(out, per) + 1) * sal), 'adds a supervisor for the part-step twice'],
        [m(sal), 'treats supervision as a single fixed salary'],
        [m(ceilDiv(out, per) * sal * 12), 'budgets the supervisors’ annual cost for the month'],
      ],
      figures: { per, out, sal },
    }
  }),
  family('budgeted-gross-profit-two-products', (rng) => {
    const m = money(rng)
    const [ua, ub] = [rng.int(10, 60) * 100, rng.int(10, 60) * 100]
    const [pa, pb] = [cents(rng, 20, 60), cents(rng, 20, 60)]
    const [ca, cb] = [share(pa, rng.int(40, 70), 100), share(pb, rng.int(40, 70), 100)]
    return {
      stem: `${cap(client(rng))} budgets ${units(ua)} of product A at ${m(pa)} (standard cost ${m(ca)}) and ${units(ub)} of product B at ${m(pb)} (standard cost ${m(cb)}). What is the budgeted gross profit of the two products together?`,
      key: m(ua * (pa - ca) + ub * (pb - cb)),
      wrong: [
        [m(ua * pa + ub * pb), 'gives sales revenue, not gross profit'],
        [m((ua + ub) * (pa - ca)), 'applies product A’s margin to both products'],
        [m((ua + ub) * (pb - cb)), 'applies product B’s margin to both products'],
        [m(ua * (pa - cb) + ub * (pb - ca)), 'pairs each price with the other product’s cost'],
        [
          m(share((ua + ub) * (pa - ca + pb - cb), 1, 2)),
          'applies the simple average of the two unit margins to all units',
        ],
      ],
      figures: { ua, ub, pa, pb, ca, cb },
    }
  }),
  family('materials-purchases-budget-cost', (rng) => {
    const m = money(rng)
    const use = rng.int(20, 90) * 100
    const o = rng.int(5, 15) * 100
    const c = rng.int(5, 40) * 100
    const price = cents(rng, 1, 9)
    const buy = use + c - o
    if (buy <= 0) throw new Error('never: usage exceeds opening stock')
    return {
      stem: `${cap(client(rng))}'s production budget uses ${kg(use)} of steel in June. Steel stock is budgeted at ${kg(o)} on 1 June and ${kg(c)} on 30 June. Steel costs ${m(price)} a kg. What is the June materials purchases budget in money?`,
      key: m(buy * price),
      wrong: [
        [m(use * price), 'costs the usage, not the purchases'],
        [m((use + c + o) * price), 'adds opening stock instead of subtracting it'],
        [m((use - c + o) * price), 'swaps opening and closing stock'],
        [m((use + c) * price), 'leaves opening stock out'],
        [m((use - o) * price), 'leaves closing stock out'],
        [m((use - c - o) * price), 'subtracts both stock figures'],
      ],
      figures: { use, o, c, price },
    }
  }),
]
