import { cap, cents, client, family, hours, kg, money, share, units, whole } from './budget-text.js'

// Flexible budgets and standard-cost variances. Every stem states the sign convention: a
// favourable variance is positive and an adverse one negative, so the direction is part of the key.

const SIGN = 'Show a favourable variance as positive and an adverse one as negative.'

export const VARIANCE_FAMILIES = [
  family('flexed-budget-total-cost', (rng) => {
    const m = money(rng)
    const q = rng.int(10, 50) * 100
    const a = q + rng.int(1, 10) * 50 * rng.pick([1, -1])
    const v = whole(rng, 80, 400) * 100
    const f = whole(rng, 50, 300) * 100
    return {
      stem: `${cap(client(rng))}'s original budget for ${units(q)} shows variable costs of ${m(v)} and fixed costs of ${m(f)}. Actual output was ${units(a)}. What total cost should the flexed budget show (to the cent)?`,
      key: m(share(v, a, q) + f),
      wrong: [
        [m(v + f), 'does not flex the budget'],
        [m(share(v + f, a, q)), 'flexes the fixed costs too'],
        [m(share(v, a, q)), 'leaves the fixed costs out'],
        [m(share(v, q, a) + f), 'flexes by budget ÷ actual, upside down'],
        [m(v + share(f, a, q)), 'flexes the fixed costs and not the variable'],
      ],
      figures: { q, a, v, f },
    }
  }),
  family('cost-variance-against-flexed-budget', (rng) => {
    const m = money(rng)
    const q = rng.int(10, 50) * 100
    const a = q + rng.int(2, 12) * 50 * rng.pick([1, -1])
    const v = whole(rng, 80, 400) * 100
    const f = whole(rng, 50, 300) * 100
    const flex = share(v, a, q) + f
    const act = flex + whole(rng, -300, 300) * 10 + rng.int(1, 99)
    return {
      stem: `${cap(client(rng))} budgeted variable costs of ${m(v)} and fixed costs of ${m(f)} for ${units(q)}. It made ${units(a)} and actual total cost was ${m(act)}. What is the total cost variance against the flexed budget (flexed variable cost to the cent)? ${SIGN}`,
      key: m(flex - act),
      wrong: [
        [m(v + f - act), 'compares actual cost with the unflexed budget'],
        [m(act - flex), 'reverses the sign of the variance'],
        [m(share(v + f, a, q) - act), 'flexes the fixed costs too'],
        [m(act - v - f), 'uses the unflexed budget with the sign reversed'],
      ],
      figures: { q, a, v, f, act },
    }
  }),
  family('sales-price-variance', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 20, 80)
    const ap = sp + rng.int(-300, 300) + (rng.int(0, 1) ? 7 : -7)
    const aq = rng.int(10, 60) * 100
    const bq = aq + rng.int(-10, 10) * 100 + 50
    return {
      stem: `${cap(client(rng))} budgeted to sell ${units(bq)} at ${m(sp)} each. It sold ${units(aq)} for ${m(aq * ap)} in total. What is the sales price variance? ${SIGN}`,
      key: m((ap - sp) * aq),
      wrong: [
        [m((ap - sp) * bq), 'works the price variance on budgeted volume'],
        [m((sp - ap) * aq), 'reverses the sign of the variance'],
        [m(aq * ap - bq * sp), 'gives the total sales variance'],
        [m((sp - ap) * bq), 'uses budgeted volume and reverses the sign'],
      ],
      figures: { sp, ap, aq, bq },
    }
  }),
  family('sales-volume-variance-at-contribution', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 30, 90)
    const vc = share(sp, rng.int(40, 65), 100)
    const fpu = share(sp, rng.int(8, 20), 100)
    const bq = rng.int(10, 60) * 100
    const aq = bq + rng.int(2, 10) * 50 * rng.pick([1, -1])
    return {
      stem: `${cap(client(rng))} uses marginal costing. Budget: ${units(bq)} at ${m(sp)}, variable cost ${m(vc)} a unit, fixed overhead ${m(fpu)} a unit at budgeted volume. Actual sales were ${units(aq)}. What is the sales volume variance? ${SIGN}`,
      key: m((aq - bq) * (sp - vc)),
      wrong: [
        [m((aq - bq) * sp), 'values the volume change at selling price'],
        [m((aq - bq) * (sp - vc - fpu)), 'values it at absorption-costing profit per unit'],
        [m((bq - aq) * (sp - vc)), 'reverses the sign of the variance'],
        [m((aq - bq) * vc), 'values it at variable cost'],
        [m((bq - aq) * sp), 'values it at selling price with the sign reversed'],
        [m((aq - bq) * (vc + fpu)), 'values it at full unit cost (variable plus fixed)'],
      ],
      figures: { sp, vc, fpu, bq, aq },
    }
  }),
  family('materials-price-variance-on-purchases', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 2, 12)
    const ap = sp + rng.int(-90, 90) + (rng.int(0, 1) ? 3 : -3)
    const bought = rng.int(20, 80) * 100
    const used = bought - rng.int(1, 15) * 100
    const out = rng.int(5, 30) * 100
    const per = rng.int(2, 4)
    return {
      stem: `${cap(client(rng))} values materials at standard (${m(sp)} a kg), so the price variance is taken when material is purchased. In the month it bought ${kg(bought)} for ${m(bought * ap)}, used ${kg(used)}, and made ${units(out)} with a standard of ${kg(per)} each. What is the materials price variance? ${SIGN}`,
      key: m((sp - ap) * bought),
      wrong: [
        [m((sp - ap) * used), 'takes the price variance on the quantity used'],
        [m((sp - ap) * out * per), 'takes the price variance on the standard quantity'],
        [m((ap - sp) * bought), 'reverses the sign of the variance'],
        [m((ap - sp) * used), 'uses quantity used and reverses the sign'],
      ],
      figures: { sp, ap, bought, used, out, per },
    }
  }),
  family('materials-usage-variance', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 2, 12)
    const ap = sp + rng.int(10, 90)
    const out = rng.int(5, 30) * 100
    const per = rng.int(2, 6)
    const used = out * per + rng.int(-40, 40) * 10 + 5
    const bq = out + rng.int(-10, 10) * 50 + 25
    return {
      stem: `${cap(client(rng))}'s standard is ${kg(per)} of material a unit at ${m(sp)} a kg. Budgeted output was ${units(bq)}; actual output was ${units(out)}, using ${kg(used)} bought at ${m(ap)} a kg. What is the materials usage variance? ${SIGN}`,
      key: m((out * per - used) * sp),
      wrong: [
        [m((out * per - used) * ap), 'values the usage variance at actual price'],
        [m((bq * per - used) * sp), 'takes standard quantity for budgeted output'],
        [m((used - out * per) * sp), 'reverses the sign of the variance'],
        [m(out * per * sp - used * ap), 'gives the total materials variance'],
      ],
      figures: { sp, ap, out, per, used, bq },
    }
  }),
  family('labour-rate-variance-on-paid-hours', (rng) => {
    const m = money(rng)
    const sr = cents(rng, 11, 20)
    const ar = sr + rng.int(-80, 80) + (rng.int(0, 1) ? 5 : -5)
    const paid = rng.int(20, 90) * 100
    const idle = rng.int(2, 10) * 20
    return {
      stem: `${cap(client(rng))}'s standard labour rate is ${m(sr)} an hour. Staff were paid ${m(paid * ar)} for ${hours(paid)}, of which ${hours(idle)} were idle. What is the labour rate variance? ${SIGN}`,
      key: m((sr - ar) * paid),
      wrong: [
        [m((sr - ar) * (paid - idle)), 'takes the rate variance on hours worked'],
        [m((ar - sr) * paid), 'reverses the sign of the variance'],
        [m((sr - ar) * (paid - idle) - idle * sr), 'nets the idle time into the rate variance'],
        [m((ar - sr) * (paid - idle)), 'uses hours worked and reverses the sign'],
      ],
      figures: { sr, ar, paid, idle },
    }
  }),
  family('labour-efficiency-variance', (rng) => {
    const m = money(rng)
    const sr = cents(rng, 11, 20)
    const ar = sr + rng.int(20, 150)
    const out = rng.int(10, 40) * 100
    const sh = rng.pick([50, 75, 100, 125, 150])
    const std = (out * sh) / 100
    const worked = std + rng.int(-30, 30) * 10 + 5
    const idle = rng.int(2, 10) * 20
    return {
      stem: `${cap(client(rng))}'s standard is ${(sh / 100).toFixed(2)} labour hours a unit at ${m(sr)} an hour. It made ${units(out)}; staff were paid for ${hours(worked + idle)} at ${m(ar)}, of which ${hours(idle)} were idle. What is the labour efficiency variance? ${SIGN}`,
      key: m((std - worked) * sr),
      wrong: [
        [m((std - worked - idle) * sr), 'counts the idle hours in efficiency'],
        [m((std - worked) * ar), 'values efficiency at the actual rate'],
        [m((worked - std) * sr), 'reverses the sign of the variance'],
        [m((worked + idle - std) * sr), 'uses paid hours and reverses the sign'],
      ],
      figures: { sr, ar, out, sh, worked, idle },
    }
  }),
  family('idle-time-variance', (rng) => {
    const m = money(rng)
    const sr = cents(rng, 11, 20)
    const ar = sr + rng.int(-90, 90) + 7
    const paid = rng.int(20, 90) * 100
    const idle = rng.int(2, 15) * 20
    const expected = rng.pick([0, 0, share(idle, rng.pick([20, 25, 40, 50]), 100)])
    return {
      stem: `${cap(client(rng))} paid staff for ${hours(paid)} at ${m(ar)} an hour (standard rate ${m(sr)}); ${hours(idle)} were idle because of a machine breakdown. ${expected ? `The standard already allows ${hours(expected)} of idle time, so only idle time beyond that is a variance.` : 'The standard allows no idle time.'} What is the idle time variance? ${SIGN}`,
      key: m(-(idle - expected) * sr),
      wrong: [
        [m(-(idle - expected) * ar), 'values idle time at the actual rate'],
        [m((idle - expected) * sr), 'shows idle time as favourable'],
        [m(-idle * sr - expected * sr), 'adds the allowed idle time instead of deducting it'],
        [m(-(paid - idle) * sr), 'values the hours worked, not the idle hours'],
        [m(-idle * sr), 'ignores the idle time the standard allows'],
        [m((idle - expected) * ar), 'shows idle time as favourable, at the actual rate'],
        [m(-paid * sr), 'values all paid hours'],
      ],
      figures: { sr, ar, paid, idle, expected },
    }
  }),
  family('variable-overhead-spending-variance', (rng) => {
    const m = money(rng)
    const rate = cents(rng, 2, 9)
    const out = rng.int(10, 50) * 100
    const sh = rng.pick([50, 100, 150, 200])
    const worked = (out * sh) / 100 + rng.int(-40, 40) * 10 + 5
    const act = worked * rate + whole(rng, -150, 150) * 10 + 13
    return {
      stem: `${cap(client(rng))} absorbs variable overhead at ${m(rate)} per labour hour worked. It worked ${hours(worked)} making ${units(out)} (standard ${(sh / 100).toFixed(2)} hours a unit); actual variable overhead was ${m(act)}. What is the variable overhead expenditure (spending) variance? ${SIGN}`,
      key: m(worked * rate - act),
      wrong: [
        [m(((out * sh) / 100) * rate - act), 'compares with standard hours for the output'],
        [m(act - worked * rate), 'reverses the sign of the variance'],
        [m(((out * sh) / 100 - worked) * rate), 'gives the efficiency variance instead'],
        [m(act - ((out * sh) / 100) * rate), 'uses standard hours and reverses the sign'],
      ],
      figures: { rate, worked, out, sh, act },
    }
  }),
  family('variable-overhead-efficiency-variance', (rng) => {
    const m = money(rng)
    const rate = cents(rng, 2, 9)
    const out = rng.int(10, 50) * 100
    const sh = rng.pick([50, 100, 150, 200])
    const std = (out * sh) / 100
    const worked = std + rng.int(-40, 40) * 10 + 5
    const act = worked * rate + whole(rng, -80, 80) * 10
    return {
      stem: `${cap(client(rng))} absorbs variable overhead at ${m(rate)} per labour hour. It made ${units(out)} at a standard ${(sh / 100).toFixed(2)} hours a unit, working ${hours(worked)}; actual variable overhead was ${m(act)}. What is the variable overhead efficiency variance? ${SIGN}`,
      key: m((std - worked) * rate),
      wrong: [
        [m((worked - std) * rate), 'reverses the sign of the variance'],
        [m(worked * rate - act), 'gives the expenditure variance instead'],
        [m(std * rate - act), 'gives the total variable overhead variance'],
        [m(act - std * rate), 'gives the total variance with the sign reversed'],
      ],
      figures: { rate, out, sh, worked, act },
    }
  }),
  family('fixed-overhead-expenditure-variance', (rng) => {
    const m = money(rng)
    const budget = whole(rng, 200, 900) * 100
    const bq = rng.int(10, 50) * 100
    const aq = bq + rng.int(-10, 10) * 50 + 25
    const act = budget + whole(rng, -400, 400) * 10 + 37
    return {
      stem: `${cap(client(rng))} budgeted fixed production overhead of ${m(budget)} for ${units(bq)}, absorbed per unit. It made ${units(aq)} and spent ${m(act)} on fixed overhead. What is the fixed overhead expenditure variance? ${SIGN}`,
      key: m(budget - act),
      wrong: [
        [m(share(budget, aq, bq) - act), 'compares actual spend with overhead absorbed'],
        [m(act - budget), 'reverses the sign of the variance'],
        [m(share(budget, aq, bq) - budget), 'gives the volume variance instead'],
        [m(act - share(budget, aq, bq)), 'compares with absorbed overhead and reverses the sign'],
      ],
      figures: { budget, bq, aq, act },
    }
  }),
  family('fixed-overhead-volume-variance', (rng) => {
    const m = money(rng)
    const bq = rng.int(10, 50) * 100
    const rate = cents(rng, 3, 20)
    const budget = bq * rate
    const aq = bq + rng.int(2, 12) * 50 * rng.pick([1, -1])
    const act = budget + whole(rng, -90, 90) * 10
    return {
      stem: `${cap(client(rng))} absorbs fixed production overhead at ${m(rate)} a unit, from a budget of ${m(budget)} for ${units(bq)}. It made ${units(aq)} and spent ${m(act)} on fixed overhead. What is the fixed overhead volume variance? ${SIGN}`,
      key: m((aq - bq) * rate),
      wrong: [
        [m((bq - aq) * rate), 'reverses the sign of the variance'],
        [m(aq * rate - act), 'gives the total fixed overhead variance'],
        [m(budget - act), 'gives the expenditure variance instead'],
        [m(act - aq * rate), 'gives the total variance with the sign reversed'],
      ],
      figures: { bq, rate, aq, act },
    }
  }),
  family('flexed-budget-profit', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 20, 80)
    const vc = share(sp, rng.int(40, 70), 100)
    const bq = rng.int(10, 60) * 100
    const aq = bq + rng.int(2, 12) * 50 * rng.pick([1, -1])
    const fixed = share(bq * (sp - vc), rng.int(40, 80), 100)
    return {
      stem: `${cap(client(rng))}'s budget: ${units(bq)} at ${m(sp)} each, variable cost ${m(vc)} a unit and fixed costs ${m(fixed)}. Actual volume was ${units(aq)}. What profit does the flexed budget show?`,
      key: m(aq * (sp - vc) - fixed),
      wrong: [
        [m(bq * (sp - vc) - fixed), 'gives the original, unflexed budget profit'],
        [m(aq * (sp - vc) - share(fixed, aq, bq)), 'flexes the fixed costs too'],
        [m(aq * (sp - vc)), 'leaves the fixed costs out'],
        [m(aq * sp - bq * vc - fixed), 'flexes revenue but not variable cost'],
      ],
      figures: { sp, vc, bq, aq, fixed },
    }
  }),
  family('actual-profit-from-operating-statement', (rng) => {
    const m = money(rng)
    const bp = whole(rng, 200, 900) * 100
    const fav = [0, 1].map(() => whole(rng, 5, 90) * 10)
    const adv = [0, 1, 2].map(() => whole(rng, 5, 90) * 10)
    const sf = fav.reduce((a, b) => a + b, 0)
    const sa = adv.reduce((a, b) => a + b, 0)
    return {
      stem: `${cap(client(rng))}'s operating statement starts from budgeted profit of ${m(bp)}. The variances are: sales price ${m(fav[0]!)} favourable, sales volume ${m(adv[0]!)} adverse, materials ${m(adv[1]!)} adverse, labour ${m(fav[1]!)} favourable and overheads ${m(adv[2]!)} adverse. What actual profit does the statement reconcile to?`,
      key: m(bp + sf - sa),
      wrong: [
        [m(bp - sf + sa), 'adds adverse and subtracts favourable variances'],
        [m(bp + sf + sa), 'adds every variance'],
        [m(bp - sf - sa), 'subtracts every variance'],
        [m(bp + sf - sa + 2 * adv[0]!), 'treats the volume variance as favourable'],
      ],
      figures: { bp, f1: fav[0]!, f2: fav[1]!, a1: adv[0]!, a2: adv[1]!, a3: adv[2]! },
    }
  }),
  family('labour-efficiency-ratio', (rng) => {
    const out = rng.int(10, 60) * 100
    const sh = rng.pick([50, 75, 100, 125, 150, 200])
    const std = (out * sh) / 100
    const worked = std + rng.int(-30, 30) * 10 + 5
    const budgetHrs = std + rng.int(-30, 30) * 10 + 15
    const pct = (n: number, d: number) => `${(share(n, 10000, d) / 100).toFixed(2)}%`
    return {
      stem: `${cap(client(rng))} budgeted ${hours(budgetHrs)} of labour. It made ${units(out)} at a standard ${(sh / 100).toFixed(2)} hours a unit and worked ${hours(worked)}. What is the labour efficiency ratio (standard hours produced ÷ actual hours worked), as a percentage to two decimal places?`,
      key: pct(std, worked),
      wrong: [
        [pct(worked, std), 'divides actual hours by standard hours'],
        [pct(worked, budgetHrs), 'gives the capacity ratio'],
        [pct(std, budgetHrs), 'gives the activity (production volume) ratio'],
        [pct(budgetHrs, worked), 'divides budgeted hours by hours worked'],
      ],
      figures: { out, sh, worked, budgetHrs },
    }
  }),
  family('total-materials-variance', (rng) => {
    const m = money(rng)
    const sp = cents(rng, 2, 12)
    const per = rng.int(2, 6)
    const bq = rng.int(10, 40) * 100
    const aq = bq + rng.int(2, 12) * 50 * rng.pick([1, -1])
    const used = aq * per + rng.int(-40, 40) * 10 + 3
    const act = used * (sp + rng.int(-60, 60))
    return {
      stem: `${cap(client(rng))}'s standard is ${kg(per)} of material a unit at ${m(sp)} a kg. Budgeted output was ${units(bq)}; it made ${units(aq)}, using ${kg(used)} costing ${m(act)}. What is the total materials cost variance? ${SIGN}`,
      key: m(aq * per * sp - act),
      wrong: [
        [m(bq * per * sp - act), 'compares with the unflexed budget'],
        [m(act - aq * per * sp), 'reverses the sign of the variance'],
        [m(used * sp - act), 'gives the price variance only'],
        [m(act - bq * per * sp), 'uses the unflexed budget and reverses the sign'],
      ],
      figures: { sp, per, bq, aq, used, act },
    }
  }),
]
