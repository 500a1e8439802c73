import {
  add,
  CENT,
  client,
  DP1,
  DP2,
  div,
  frac,
  mul,
  PCT1,
  pct,
  plain,
  refuse,
  rp,
  rt,
  sub,
  tenth,
  usd,
  usd0,
  worked,
} from './pfp-text.js'

// Budgets, cash flow and net worth. Stems state the definition each ratio uses (savings over gross
// pay, debt payments over gross income), the weeks in a year and how annual bills are spread,
// because the slips are take-home pay used for gross, discretionary spending counted as
// essential, four weeks taken as a month, an annual bill left out or charged in one month, and a
// balance used where a payment belongs.

const m2 = usd(2)
const m0 = usd(0)

export const CASHFLOW_FAMILIES = [
  worked('emergency-fund-months-covered', (rng) => {
    const [r, u, g, i] = [
      rng.int(900, 2200),
      rng.int(120, 320),
      rng.int(350, 900),
      rng.int(80, 300),
    ]
    const e = r + u + g + i
    const d = rng.int(300, 900)
    const nn = e + d + rng.int(400, 2000)
    const s = rng.int(4, 30) * 500
    const w = Math.round((nn * rng.int(128, 140)) / 100)
    return {
      stem: `${client(rng)} holds ${usd0(s)} in an emergency savings account. Essential monthly costs are rent ${usd0(r)}, utilities ${usd0(u)}, groceries ${usd0(g)} and insurance ${usd0(i)}; dining out and streaming add ${usd0(d)} a month, and monthly pay is ${usd0(w)} gross, ${usd0(nn)} take-home. How many months of essential costs does the fund cover, ${DP1}?`,
      show: plain(1, 'months'),
      figures: { r, u, g, i, d, nn, s, w },
      key: div(s, e),
      wrong: [
        [div(s, e + d), 'counts discretionary spending as essential'],
        [div(s, nn), 'divides by take-home pay instead of costs'],
        [div(s, r), 'counts rent as the only essential cost'],
        [div(s + nn, e), 'counts this month’s pay as already saved'],
        [div(s, w), 'divides by gross pay instead of costs'],
        [div(s, e - g), 'leaves groceries out as a variable cost'],
      ],
    }
  }),
  worked('emergency-fund-shortfall', (rng) => {
    const k = rng.int(3, 6)
    const [r, u, g, i] = [
      rng.int(900, 2200),
      rng.int(120, 320),
      rng.int(350, 900),
      rng.int(80, 300),
    ]
    const e = r + u + g + i
    const d = rng.int(300, 900)
    const nn = e + d + rng.int(300, 1500)
    const s = rng.int(1, Math.floor((k * (e - g) - nn) / 500) - 1) * 500
    return {
      stem: `A planner sizes ${client(rng)}’s emergency fund at ${k} months of essential costs: rent ${usd0(r)}, utilities ${usd0(u)}, groceries ${usd0(g)} and insurance ${usd0(i)} a month (discretionary spending of ${usd0(d)} a month is left out). Savings are ${usd0(s)} and monthly take-home pay is ${usd0(nn)}. How much more must be saved to reach the target, to the nearest dollar?`,
      show: m0,
      figures: { k, r, u, g, i, d, nn, s },
      key: frac(k * e - s),
      wrong: [
        [frac(k * (e + d) - s), 'includes the discretionary spending'],
        [frac(k * e), 'ignores the savings already held'],
        [frac(k * nn - s), 'sizes the fund on take-home pay'],
        [frac(k * e - s - nn), 'counts this month’s pay as already saved'],
        [frac(k * (e - i) - s), 'leaves the insurance premiums out'],
        [frac(k * (e - g) - s), 'leaves groceries out as a variable cost'],
      ],
    }
  }),
  worked('savings-rate-on-gross-pay', (rng) => {
    const g = rng.int(40, 120) * 100
    const nn = Math.round((g * rng.int(66, 78)) / 100)
    const c = Math.round((g * rng.int(3, 10)) / 100)
    const s = rng.int(2, 12) * 50
    return {
      stem: `${client(rng)} earns ${usd0(g)} a month gross and takes home ${usd0(nn)}. A pre-tax retirement contribution of ${usd0(c)} comes out of gross pay, and ${usd0(s)} of take-home pay goes to savings each month. The savings rate is (retirement contribution + savings from take-home pay) ÷ gross pay. What is it, ${PCT1}?`,
      show: pct(1),
      figures: { g, nn, c, s },
      key: div(c + s, g),
      wrong: [
        [div(s, g), 'leaves out the retirement contribution'],
        [div(c, g), 'counts only the retirement contribution'],
        [div(c + s, nn), 'divides by take-home pay instead of gross'],
        [div(s, nn), 'counts only take-home savings, over take-home pay'],
        [div(c + s, g - c), 'divides by gross pay less the contribution'],
      ],
    }
  }),
  worked('net-worth-from-a-balance-sheet', (rng) => {
    const chk = rng.int(8, 60) * 100
    const sav = rng.int(20, 300) * 100
    const ret = rng.int(100, 900) * 100
    const h = rng.int(250, 600) * 1000
    const hp = h - rng.int(20, 120) * 1000
    const v = rng.int(6, 25) * 1000
    const vp = v + rng.int(5, 15) * 1000
    const mo = Math.round((h * rng.int(40, 70)) / 100000) * 1000
    const m0b = mo + rng.int(15, 80) * 1000
    const l = rng.int(3, 15) * 1000
    const cc = rng.int(5, 80) * 100
    const key = chk + sav + ret + h + v - mo - l - cc
    return {
      stem: `${client(rng)}’s household has $${(chk).toLocaleString('en-US')} in checking, ${usd0(sav)} in savings and ${usd0(ret)} in retirement accounts; a home bought for ${usd0(hp)} now worth ${usd0(h)}; and a car bought for ${usd0(vp)} now worth ${usd0(v)}. It owes ${usd0(mo)} on a mortgage first taken out for ${usd0(m0b)}, ${usd0(l)} on the car loan and ${usd0(cc)} on a credit card. Valuing assets at today’s market value and debts at today’s balance, what is its net worth?`,
      show: m0,
      figures: { chk, sav, ret, h, hp, v, vp, mo, m0b, l, cc },
      key: frac(key),
      wrong: [
        [frac(key - h + hp), 'values the home at its purchase price'],
        [frac(key - m0b + mo), 'subtracts the mortgage’s original amount'],
        [frac(key - v + vp), 'values the car at its purchase price'],
        [frac(key + 2 * cc), 'adds the card balance instead of subtracting it'],
        [frac(key - ret), 'leaves the retirement accounts out'],
        [frac(key + l), 'leaves the car loan out'],
      ],
    }
  }),
  worked('monthly-surplus-with-an-annual-bill', (rng) => {
    const p = rng.int(3200, 7000)
    const w = Math.round(p * 1.3)
    const j = rng.int(2, 12) * 50
    const [r, i, lp] = [rng.int(900, 2200), rng.int(80, 250), rng.int(150, 450)]
    const [g, f, e] = [rng.int(350, 800), rng.int(100, 300), rng.int(100, 400)]
    const a = rng.int(600, 2400)
    const out = r + i + lp + g + f + e
    if (p + j - out - a < 50) return refuse('a surplus at or below zero')
    const base = p + j - out
    return {
      stem: `${client(rng)}’s monthly cash-flow statement: take-home pay ${usd0(p)} (gross ${usd0(w)}), side income ${usd0(j)}; rent ${usd0(r)}, insurance ${usd0(i)}, loan payment ${usd0(lp)}, groceries ${usd0(g)}, fuel ${usd0(f)}, entertainment ${usd0(e)}. A car registration and insurance bill of ${usd0(a)} is paid once a year and is spread evenly over 12 months. What is the monthly surplus, ${CENT}?`,
      show: m2,
      figures: { p, w, j, r, i, lp, g, f, e, a },
      key: sub(base, frac(a, 12)),
      wrong: [
        [frac(base), 'leaves the annual bill out'],
        [frac(base - a), 'charges the whole annual bill in one month'],
        [sub(base + w - p, frac(a, 12)), 'starts from gross pay'],
        [sub(base - j, frac(a, 12)), 'leaves the side income out'],
        [sub(base + lp, frac(a, 12)), 'leaves the loan payment out'],
      ],
    }
  }),
  worked('fifty-thirty-twenty-wants', (rng) => {
    const nn = rng.int(30, 90) * 100
    const g = Math.round((nn * rng.int(125, 140)) / 100)
    const x = Math.round((nn * rng.int(52, 68)) / 100)
    return {
      stem: `Under the 50/30/20 rule (50 % of after-tax income to needs, 30 % to wants, 20 % to savings and extra debt payments), what monthly amount goes to wants for ${client(rng)}, who earns ${usd0(g)} gross and ${usd0(nn)} after tax a month and now spends ${usd0(x)} on needs, ${CENT}?`,
      show: m2,
      figures: { nn, g, x },
      key: mul(nn, rp(30)),
      wrong: [
        [mul(g, rp(30)), 'applies the rule to gross income'],
        [mul(nn, rp(50)), 'gives the needs share'],
        [mul(nn, rp(20)), 'gives the savings share'],
        [sub(mul(nn, rp(80)), x), 'gives what is left after actual needs and savings'],
        [mul(nn - x, rp(30)), 'takes 30 % of what is left after actual needs'],
        [frac(nn - x), 'gives all that is left after actual needs'],
      ],
    }
  }),
  worked('sinking-fund-monthly-saving', (rng) => {
    const a = rng.int(8, 60) * 100
    const s = rng.int(0, Math.floor(a / 300)) * 100
    const k = rng.int(4, 10)
    return {
      stem: `A ${usd0(a)} bill falls due in ${k} months, and ${client(rng)} has already set aside ${usd0(s)} for it. Saving equal monthly amounts at the end of each of the ${k} months, with no interest, how much must be saved each month, ${CENT}?`,
      show: m2,
      figures: { a, s, k },
      key: frac(a - s, k),
      wrong: [
        [frac(a, k), 'ignores what is already set aside'],
        [frac(a - s, k - 1), 'counts one month too few'],
        [frac(a - s, 12), 'spreads it over a year'],
        [frac(a - s, k + 1), 'counts this month as well, one month too many'],
        [frac(a + s, k), 'adds the amount set aside instead of subtracting it'],
      ],
    }
  }),
  worked('biweekly-pay-in-a-monthly-budget', (rng) => {
    const p = rng.int(1200, 3200)
    const cb = rng.int(120, 320)
    const r = rng.int(900, 2000)
    if (2 * p - r - 2 * cb < 100) return refuse('a surplus at or below zero')
    return {
      stem: `${client(rng)} is paid ${usd0(p)} net every two weeks (26 pays a year) and makes a ${usd0(cb)} car payment every two weeks; rent is ${usd0(r)} a month. Averaging over the year (52 weeks, 12 months), what is left each month after rent and the car payment, ${CENT}?`,
      show: m2,
      figures: { p, cb, r },
      key: sub(frac(26 * (p - cb), 12), r),
      wrong: [
        [frac(2 * p - r - 2 * cb), 'counts two pays and two car payments a month'],
        [sub(frac(26 * p, 12), r + 2 * cb), 'counts 26 pays but two car payments a month'],
        [sub(frac(52 * (p - cb), 12), r), 'treats both as weekly'],
        [sub(frac(26 * p, 12), r), 'leaves the car payment out'],
        [
          sub(frac(2 * p), add(r, frac(26 * cb, 12))),
          'counts two pays a month but 26 car payments a year',
        ],
      ],
    }
  }),
  worked('back-end-debt-to-income-ratio', (rng) => {
    const g = rng.int(40, 140) * 100
    const nn = Math.round((g * rng.int(68, 78)) / 100)
    const h = Math.round((g * rng.int(18, 30)) / 100)
    const [lc, ls, cm] = [rng.int(150, 600), rng.int(100, 450), rng.int(25, 150)]
    const ut = rng.int(120, 350)
    const bal = cm * rng.int(20, 40)
    return {
      stem: `${client(rng)} earns ${usd0(g)} gross (${usd0(nn)} take-home) a month and pays housing ${usd0(h)}, a car loan ${usd0(lc)}, a student loan ${usd0(ls)}, a card minimum ${usd0(cm)} (on a ${usd0(bal)} balance) and utilities ${usd0(ut)} a month. The back-end debt-to-income ratio is all monthly debt payments, housing included, ÷ gross monthly income. What is it, ${PCT1}?`,
      show: pct(1),
      figures: { g, nn, h, lc, ls, cm, ut, bal },
      key: div(h + lc + ls + cm, g),
      wrong: [
        [div(h + lc + ls + cm, nn), 'divides by take-home pay'],
        [div(lc + ls + cm, g), 'leaves housing out'],
        [div(h, g), 'gives the front-end ratio, housing only'],
        [div(h + lc + ls + cm + ut, g), 'counts utilities as a debt payment'],
        [div(h + lc + ls + bal, g), 'uses the card balance instead of its minimum'],
        [div(h + lc + ls, g), 'leaves the card minimum out'],
      ],
    }
  }),
  worked('extra-saving-to-reach-a-target-rate', (rng) => {
    const a = rng.int(30, 110) * 1200
    const ga = Math.round((a * rng.int(125, 140)) / 100)
    const p = rng.int(10, 25)
    const s = rng.int(1, Math.floor((a * p) / 100 / 12 / 50) - 1) * 50
    return {
      stem: `${client(rng)} takes home ${usd0(a)} a year (${usd0(ga)} gross) and saves ${usd0(s)} a month. The goal is to save ${p}% of take-home pay. How much more must be saved each month, ${CENT}?`,
      show: m2,
      figures: { a, ga, p, s },
      key: sub(frac(a * p, 1200), s),
      wrong: [
        [sub(frac(ga * p, 1200), s), 'applies the rate to gross pay'],
        [frac(a * p, 1200), 'ignores what is already saved'],
        [sub(mul(rp(p), sub(frac(a, 12), s)), s), 'applies the rate to pay left after saving'],
        [
          sub(frac(a * p, 1200), frac(s, 12)),
          'takes the monthly saving from a monthly target as if yearly',
        ],
      ],
    }
  }),
  worked('monthly-equivalent-of-mixed-bills', (rng) => {
    const g = rng.int(90, 260)
    const c = rng.int(150, 600)
    const ph = rng.int(40, 120)
    const w = rng.int(90, 300)
    const a = rng.int(600, 2400)
    const key = add(frac(52 * g, 12), frac(26 * c, 12), ph, frac(w, 3), frac(a, 12))
    return {
      stem: `${client(rng)} budgets monthly for groceries of ${usd0(g)} a week, childcare of ${usd0(c)} every two weeks, a phone plan of ${usd0(ph)} a month, water of ${usd0(w)} a quarter and home insurance of ${usd0(a)} a year. With 52 weeks and 12 months in a year, what is the monthly equivalent of these bills, ${CENT}?`,
      show: m2,
      figures: { g, c, ph, w, a },
      key,
      wrong: [
        [add(4 * g, 2 * c, ph, frac(w, 3), frac(a, 12)), 'takes a month as four weeks'],
        [
          add(frac(52 * g, 12), frac(52 * c, 12), ph, frac(w, 3), frac(a, 12)),
          'treats the childcare as weekly',
        ],
        [
          add(frac(52 * g, 12), frac(26 * c, 12), ph, frac(w, 4), frac(a, 12)),
          'divides the quarterly bill by four',
        ],
        [
          add(frac(52 * g, 12), frac(26 * c, 12), ph, w, frac(a, 12)),
          'counts the quarterly bill every month',
        ],
        [
          add(frac(52 * g, 12), frac(26 * c, 12), ph, frac(w, 3), a),
          'counts the annual premium every month',
        ],
      ],
    }
  }),
  worked('liquidity-ratio', (rng) => {
    const chk = rng.int(10, 60) * 100
    const sav = rng.int(20, 200) * 100
    const mm = rng.int(10, 150) * 100
    const ret = rng.int(200, 900) * 100
    const cc = rng.int(10, 80) * 100
    const lp = rng.int(150, 500)
    const lb = lp * rng.int(20, 50)
    const liquid = chk + sav + mm
    return {
      stem: `A planner’s liquidity ratio is liquid assets (checking, savings and money market) ÷ debts due within a year (the card balance plus the next 12 months of loan payments). ${client(rng)} has checking ${usd0(chk)}, savings ${usd0(sav)}, money market ${usd0(mm)} and a 401(k) of ${usd0(ret)}; owes ${usd0(cc)} on a card and ${usd0(lb)} on a car loan paid at ${usd0(lp)} a month. What is the ratio, ${DP2}?`,
      show: plain(2),
      figures: { chk, sav, mm, ret, cc, lp, lb },
      key: frac(liquid, cc + 12 * lp),
      wrong: [
        [frac(liquid + ret, cc + 12 * lp), 'counts the 401(k) as liquid'],
        [frac(liquid, cc + lb), 'uses the whole loan balance'],
        [frac(liquid, cc + lp), 'counts one month of loan payments'],
        [frac(chk + sav, cc + 12 * lp), 'leaves the money market out'],
        [frac(liquid, cc), 'leaves the loan payments out'],
        [frac(cc + 12 * lp, liquid), 'inverts the ratio, debts over liquid assets'],
      ],
    }
  }),
  worked('housing-limit-by-the-28-36-rule', (rng) => {
    const ga = rng.int(45, 160) * 1200
    const gm = ga / 12
    const nm = Math.round((gm * rng.int(70, 78)) / 100)
    const dd = Math.round((gm * rng.int(9, 15)) / 100)
    return {
      stem: `A lender caps the monthly housing payment at the lower of 28 % of gross monthly income and 36 % of gross monthly income less other monthly debt payments. ${client(rng)} earns ${usd0(ga)} a year gross (${usd0(nm)} a month take-home) and pays ${usd0(dd)} a month on other debts. What is the cap, ${CENT}?`,
      show: m2,
      figures: { ga, nm, dd },
      key: sub(frac(36 * gm, 100), dd),
      wrong: [
        [frac(28 * gm, 100), 'applies only the 28 % test'],
        [frac(36 * gm, 100), 'ignores the other debts'],
        [sub(frac(28 * gm, 100), dd), 'takes the other debts from the 28 % limit'],
        [sub(frac(36 * nm, 100), dd), 'uses take-home pay'],
        [frac(36 * nm, 100), 'uses take-home pay and ignores the other debts'],
        [sub(frac(28 * nm, 100), dd), 'takes the debts from 28 % of take-home pay'],
      ],
    }
  }),
  worked('annual-cost-of-a-workday-habit', (rng) => {
    const c = rng.int(350, 900)
    const w = rng.int(3, 4)
    const wk = rng.int(46, 50)
    return {
      stem: `${client(rng)} buys lunch out for $${(c / 100).toFixed(2)} on ${w} workdays a week and works ${wk} weeks a year. What does the habit cost a year, ${CENT}?`,
      show: m2,
      figures: { c, w, wk },
      key: frac(c * w * wk, 100),
      wrong: [
        [frac(c * 365, 100), 'counts every day of the year'],
        [frac(c * w * 52, 100), 'counts all 52 weeks'],
        [frac(c * w * 48, 100), 'counts four weeks a month'],
        [frac(c * 5 * wk, 100), 'counts five workdays a week'],
        [frac(c * w * 4, 100), 'gives a month’s cost, four weeks'],
      ],
    }
  }),
  worked('true-hourly-pay', (rng) => {
    const ww = rng.int(35, 90) * 1000
    const h = rng.int(35, 45)
    const c = rng.int(3, 10)
    const k = rng.int(15, 60) * 100
    const wk = 46
    return {
      stem: `${client(rng)} takes home ${usd0(ww)} a year for ${h} hours a week, plus ${c} hours a week commuting, over ${wk} working weeks; work costs (commuting, clothes, lunches) come to ${usd0(k)} a year. Real hourly pay = (take-home pay − work costs) ÷ (work + commuting hours a year). What is it, ${CENT}?`,
      show: m2,
      figures: { ww, h, c, k },
      key: frac(ww - k, (h + c) * wk),
      wrong: [
        [frac(ww, h * wk), 'leaves out both the costs and the commute'],
        [frac(ww - k, h * wk), 'leaves out the commuting hours'],
        [frac(ww, (h + c) * wk), 'leaves out the work costs'],
        [frac(ww - k, (h + c) * 52), 'counts 52 working weeks'],
      ],
    }
  }),
  worked('take-home-pay-with-a-pre-tax-contribution', (rng) => {
    const g = rng.int(40, 120) * 100
    const kp = rng.int(3, 10)
    const w = rng.int(100, 220)
    const c = frac(g * kp, 100)
    const taxable = sub(g, c)
    const fica = mul(g, frac(765, 10000))
    const key = sub(sub(taxable, mul(taxable, rt(w))), fica)
    return {
      stem: `${client(rng)} earns ${usd0(g)} a month gross and puts ${kp}% of gross into a pre-tax 401(k). Income tax withheld is ${tenth(w)} of gross pay less the 401(k) contribution; payroll taxes are 7.65% of gross pay. What is monthly take-home pay, ${CENT}?`,
      show: m2,
      figures: { g, kp, w },
      key,
      wrong: [
        [sub(sub(taxable, mul(g, rt(w))), fica), 'withholds income tax on the whole gross'],
        [sub(taxable, mul(taxable, rt(w))), 'leaves the payroll taxes out'],
        [sub(sub(g, mul(g, rt(w))), fica), 'leaves the 401(k) contribution out'],
        [
          sub(sub(taxable, mul(taxable, rt(w))), mul(taxable, frac(765, 10000))),
          'takes payroll tax off gross less the 401(k)',
        ],
        [sub(key, c), 'takes the contribution out twice'],
      ],
    }
  }),
]
