import { ct, dl, frac, mul, n, rest, sub, variance } from './mga-text.js'

// Variance analysis. Each answer is an amount to the dollar and its direction, favourable when
// actual results beat standard or budget. Stems state the standard, the actual figures and which
// quantity a variance is worked on, because the slips are mixing standard and actual quantities,
// working on hours paid where hours worked belong, valuing at actual price and reading the
// direction backwards.

const TO = 'to the nearest dollar (a half rounded up), and say whether it is favourable or adverse'
const neg = (x: ReturnType<typeof frac>) => mul(x, -1)

export const VARIANCES_FAMILIES = [
  variance('materials-price-variance-on-purchases', (rng) => {
    const sp = rng.int(200, 2000)
    const aq = rng.int(2, 40) * 500
    const au = Math.round((aq * rng.int(70, 95)) / 100)
    const ap = sp + rng.pick([-1, 1]) * rng.int(5, Math.round(sp / 6))
    const sq = Math.round((au * rng.int(88, 112)) / 100)
    const cost = aq * ap
    if (ap === sp || sq === au) rest()
    return {
      stem: `Material has a standard price of $${(sp / 100).toFixed(2)} a kg. A client bought ${n(aq)} kg for ${ct(cost)} and used ${n(au)} kg; the standard quantity for actual output was ${n(sq)} kg. The price variance is taken when material is purchased. What is the materials price variance, ${TO}?`,
      figures: { sp, aq, au, ap, sq },
      key: frac(aq * (sp - ap), 100),
      wrong: [
        [frac(aq * (ap - sp), 100), 'reads the direction backwards'],
        [frac(au * (sp - ap), 100), 'works it on the quantity used'],
        [frac(sq * (sp - ap), 100), 'works it on the standard quantity'],
        [frac(au * (sp - ap) + (sq - au) * sp, 100), 'adds the usage variance in'],
      ],
    }
  }),
  variance('materials-usage-variance', (rng) => {
    const sp = rng.int(200, 2000)
    const out = rng.int(2, 40) * 100
    const k = rng.int(2, 9)
    const sq = out * k
    const au = Math.round((sq * rng.int(88, 112)) / 100)
    const bo = Math.round((out * rng.pick([80, 90, 110, 120])) / 100)
    const ap = sp + rng.int(-Math.round(sp / 8), Math.round(sp / 8))
    const aq = au + rng.int(1, 20) * 50
    if (au === sq || ap === sp) rest()
    return {
      stem: `Each unit has a standard of ${k} kg of material at $${(sp / 100).toFixed(2)} a kg. Budgeted output was ${n(bo)} units; actual output was ${n(out)} units, which used ${n(au)} kg; ${n(aq)} kg were bought in the period at $${(ap / 100).toFixed(2)} a kg. What is the materials usage variance, ${TO}?`,
      figures: { sp, out, k, au, bo, ap, aq },
      key: frac((sq - au) * sp, 100),
      wrong: [
        [frac((au - sq) * sp, 100), 'reads the direction backwards'],
        [frac((sq - au) * ap, 100), 'values the quantity difference at actual price'],
        [frac((bo * k - au) * sp, 100), 'sets the standard quantity from budgeted output'],
        [frac((sq - aq) * sp, 100), 'compares with the quantity bought instead of used'],
      ],
    }
  }),
  variance('labour-rate-variance-on-hours-paid', (rng) => {
    const sr = rng.int(1500, 4500)
    const hp = rng.int(2, 20) * 500
    const hw = hp - rng.int(1, 8) * 50
    const ar = sr + rng.pick([-1, 1]) * rng.int(20, Math.round(sr / 8))
    const sh = Math.round((hw * rng.int(88, 112)) / 100)
    const wages = hp * ar
    if (sh === hw) rest()
    return {
      stem: `The standard labour rate is $${(sr / 100).toFixed(2)} an hour. Staff were paid ${ct(wages)} for ${n(hp)} hours, of which ${n(hw)} were worked and the rest idle; actual output needed ${n(sh)} standard hours. What is the labour rate variance, ${TO}?`,
      figures: { sr, hp, hw, ar, sh },
      key: frac(hp * (sr - ar), 100),
      wrong: [
        [frac(hp * (ar - sr), 100), 'reads the direction backwards'],
        [frac(hw * (sr - ar), 100), 'works it on hours worked instead of hours paid'],
        [frac(sh * (sr - ar), 100), 'works it on standard hours'],
        [frac(hp * (sr - ar) - (hp - hw) * sr, 100), 'nets the idle time variance into it'],
      ],
    }
  }),
  variance('labour-efficiency-variance-on-hours-worked', (rng) => {
    const sr = rng.int(1500, 4500)
    const out = rng.int(2, 20) * 100
    const h = rng.int(2, 6)
    const sh = out * h
    const hw = Math.round((sh * rng.int(88, 112)) / 100)
    const hp = hw + rng.int(1, 8) * 50
    const ar = sr + rng.int(-200, 200)
    const bo = Math.round((out * rng.pick([80, 90, 110, 120])) / 100)
    if (hw === sh) rest()
    return {
      stem: `Each unit has a standard of ${h} labour hours at $${(sr / 100).toFixed(2)} an hour. Budgeted output was ${n(bo)} units; ${n(out)} units were made, with ${n(hp)} hours paid at $${(ar / 100).toFixed(2)} of which ${n(hw)} were worked. What is the labour efficiency variance, ${TO}?`,
      figures: { sr, out, h, hw, hp, ar, bo },
      key: frac((sh - hw) * sr, 100),
      wrong: [
        [frac((hw - sh) * sr, 100), 'reads the direction backwards'],
        [frac((sh - hp) * sr, 100), 'uses hours paid instead of hours worked'],
        [frac((sh - hw) * ar, 100), 'values the hours at the actual rate'],
        [frac((bo * h - hw) * sr, 100), 'sets standard hours from budgeted output'],
      ],
    }
  }),
  variance('idle-time-variance', (rng) => {
    const sr = rng.int(1500, 4500)
    const hp = rng.int(2, 20) * 500
    const idle = rng.int(1, 10) * 40
    const ar = sr + rng.int(20, 300)
    const sh = Math.round(((hp - idle) * rng.int(85, 98)) / 100)
    return {
      stem: `The standard labour rate is $${(sr / 100).toFixed(2)} an hour. Staff were paid $${(ar / 100).toFixed(2)} an hour for ${n(hp)} hours, of which ${n(idle)} were idle; actual output needed ${n(sh)} standard hours. What is the idle time variance, ${TO}?`,
      figures: { sr, hp, idle, ar, sh },
      key: neg(frac(idle * sr, 100)),
      wrong: [
        [frac(idle * sr, 100), 'reports idle time as favourable'],
        [neg(frac(idle * ar, 100)), 'values idle hours at the actual rate'],
        [neg(frac((hp - sh) * sr, 100)), 'takes all hours paid over standard as idle'],
        [neg(frac(idle * (ar - sr), 100)), 'values idle hours at the rate difference'],
      ],
    }
  }),
  variance('variable-overhead-expenditure-variance', (rng) => {
    const vr = rng.int(300, 1500)
    const hw = rng.int(2, 20) * 500
    const hp = hw + rng.int(1, 8) * 50
    const sh = Math.round((hw * rng.int(88, 112)) / 100)
    const act = Math.round((hw * vr * rng.int(88, 112)) / 10000) * 100
    if (act === hw * vr || sh === hw) rest()
    return {
      stem: `Variable overhead is absorbed at a standard $${(vr / 100).toFixed(2)} per labour hour worked. Actual variable overhead was ${ct(act)}; ${n(hp)} hours were paid, ${n(hw)} were worked, and actual output needed ${n(sh)} standard hours. What is the variable overhead expenditure variance, ${TO}?`,
      figures: { vr, hw, hp, sh, act },
      key: frac(hw * vr - act, 100),
      wrong: [
        [frac(act - hw * vr, 100), 'reads the direction backwards'],
        [frac(hp * vr - act, 100), 'flexes on hours paid instead of hours worked'],
        [frac(sh * vr - act, 100), 'flexes on standard hours, which gives the total variance'],
        [frac((hw - sh) * vr, 100), 'gives the efficiency variance instead'],
      ],
    }
  }),
  variance('variable-overhead-efficiency-variance', (rng) => {
    const vr = rng.int(300, 1500)
    const lr = vr + rng.int(800, 2500)
    const sh = rng.int(2, 20) * 500
    const hw = Math.round((sh * rng.int(88, 112)) / 100)
    const hp = hw + rng.int(1, 8) * 50
    if (sh === hw) rest()
    return {
      stem: `Variable overhead is absorbed at $${(vr / 100).toFixed(2)} per labour hour worked, and labour costs a standard $${(lr / 100).toFixed(2)} an hour. Actual output needed ${n(sh)} standard hours; ${n(hw)} hours were worked and ${n(hp)} paid. What is the variable overhead efficiency variance, ${TO}?`,
      figures: { vr, lr, sh, hw, hp },
      key: frac((sh - hw) * vr, 100),
      wrong: [
        [frac((hw - sh) * vr, 100), 'reads the direction backwards'],
        [frac((sh - hp) * vr, 100), 'uses hours paid instead of hours worked'],
        [frac((sh - hw) * lr, 100), 'values the hours at the labour rate'],
        [frac((sh - hw) * (vr + lr), 100), 'adds the labour efficiency variance in'],
      ],
    }
  }),
  variance('fixed-overhead-expenditure-variance', (rng) => {
    const bu = rng.int(5, 40) * 1000
    const fu = rng.int(3, 20)
    const bf = bu * fu
    const af = Math.round((bf * rng.int(90, 110)) / 100000) * 1000
    const au = Math.round((bu * rng.pick([85, 90, 95, 105, 110, 115])) / 100)
    if (af === bf) rest()
    return {
      stem: `A client budgeted fixed production overhead of ${dl(bf)} for ${n(bu)} units and absorbs it per unit. It made ${n(au)} units and actual fixed overhead was ${dl(af)}. What is the fixed overhead expenditure variance, ${TO}?`,
      figures: { bu, fu, af, au },
      key: frac(bf - af),
      wrong: [
        [frac(af - bf), 'reads the direction backwards'],
        [frac(au * fu - af), 'compares absorbed with actual overhead, the total variance'],
        [frac((au - bu) * fu), 'gives the volume variance instead'],
        [sub(mul(bf, frac(au, bu)), af), 'flexes the fixed budget to actual output'],
      ],
    }
  }),
  variance('fixed-overhead-volume-variance', (rng) => {
    const bu = rng.int(5, 40) * 1000
    const fu = rng.int(3, 20)
    const bf = bu * fu
    const af = Math.round((bf * rng.int(90, 110)) / 100000) * 1000
    const au = Math.round((bu * rng.pick([85, 90, 95, 105, 110, 115])) / 100)
    if (af === bf) rest()
    return {
      stem: `A client budgeted fixed production overhead of ${dl(bf)} for ${n(bu)} units and absorbs it per unit on that budget. It made ${n(au)} units and actual fixed overhead was ${dl(af)}. What is the fixed overhead volume variance, ${TO}?`,
      figures: { bu, fu, af, au },
      key: frac((au - bu) * fu),
      wrong: [
        [frac((bu - au) * fu), 'reads the direction backwards'],
        [frac(au * fu - af), 'gives the total fixed overhead variance'],
        [mul(au - bu, frac(af, bu)), 'absorbs at actual overhead per budgeted unit'],
        [frac(bf - af), 'gives the expenditure variance instead'],
      ],
    }
  }),
  variance('sales-price-variance', (rng) => {
    const sp = rng.int(20, 200)
    const ap = sp + rng.pick([-1, 1]) * rng.int(1, Math.max(1, Math.round(sp / 8)))
    const au = rng.int(2, 40) * 250
    const bu = Math.round((au * rng.pick([80, 90, 110, 120])) / 100)
    const v = Math.round((sp * rng.int(40, 70)) / 100)
    if (ap === sp) rest()
    return {
      stem: `A client budgeted to sell ${n(bu)} units at a standard price of ${dl(sp)}, with a standard variable cost of ${dl(v)} a unit. It sold ${n(au)} units at ${dl(ap)} each. What is the sales price variance, ${TO}?`,
      figures: { sp, ap, au, bu, v },
      key: frac((ap - sp) * au),
      wrong: [
        [frac((sp - ap) * au), 'reads the direction backwards'],
        [frac((ap - sp) * bu), 'works it on budgeted volume'],
        [frac(ap * au - sp * bu), 'compares actual with budgeted revenue'],
        [frac((ap - sp) * au + (au - bu) * (sp - v)), 'adds the sales volume variance in'],
      ],
    }
  }),
  variance('sales-volume-variance-on-standard-contribution', (rng) => {
    const sp = rng.int(20, 200)
    const v = Math.round((sp * rng.int(40, 70)) / 100)
    const fu = rng.int(2, Math.max(2, Math.round((sp - v) / 2)))
    const bu = rng.int(4, 40) * 250
    const au = Math.round((bu * rng.pick([80, 85, 90, 110, 115, 120])) / 100)
    const ap = sp + rng.int(-5, 5)
    return {
      stem: `A client uses marginal costing. It budgeted to sell ${n(bu)} units at ${dl(sp)} with a standard variable cost of ${dl(v)} and fixed overhead of ${dl(fu)} a unit; it sold ${n(au)} units at ${dl(ap)}. What is the sales volume variance, ${TO}?`,
      figures: { sp, v, fu, bu, au, ap },
      key: frac((au - bu) * (sp - v)),
      wrong: [
        [frac((bu - au) * (sp - v)), 'reads the direction backwards'],
        [
          frac((au - bu) * (sp - v - fu)),
          'values it at standard profit as absorption costing does',
        ],
        [frac((au - bu) * sp), 'values it at the selling price'],
        [frac((au - bu) * (ap - v)), 'values it at actual contribution'],
      ],
    }
  }),
  variance('total-materials-cost-variance', (rng) => {
    const sp = rng.int(200, 2000)
    const out = rng.int(2, 40) * 100
    const k = rng.int(2, 9)
    const bo = Math.round((out * rng.pick([80, 90, 110, 120])) / 100)
    const au = Math.round((out * k * rng.int(90, 110)) / 100)
    const ap = sp + rng.int(-Math.round(sp / 8), Math.round(sp / 8))
    const cost = au * ap
    if (cost === out * k * sp) rest()
    return {
      stem: `Each unit has a standard of ${k} kg of material at $${(sp / 100).toFixed(2)} a kg. Budgeted output was ${n(bo)} units; ${n(out)} units were made using ${n(au)} kg that cost ${ct(cost)}. What is the total materials cost variance, ${TO}?`,
      figures: { sp, out, k, bo, au, ap },
      key: frac(out * k * sp - cost, 100),
      wrong: [
        [frac(cost - out * k * sp, 100), 'reads the direction backwards'],
        [
          frac(bo * k * sp - cost, 100),
          'compares with the original budget instead of standard cost of actual output',
        ],
        [frac(au * sp - cost, 100), 'gives the price variance only'],
        [frac((out * k - au) * sp, 100), 'gives the usage variance only'],
      ],
    }
  }),
  variance('fixed-overhead-capacity-variance', (rng) => {
    const bh = rng.int(5, 40) * 500
    const fr = rng.int(500, 4000)
    const hw = Math.round((bh * rng.pick([85, 90, 95, 105, 110, 115])) / 100)
    const hp = hw + rng.int(1, 8) * 50
    const sh = Math.round((hw * rng.int(88, 112)) / 100)
    if (sh === hw) rest()
    return {
      stem: `Fixed overhead is absorbed at $${(fr / 100).toFixed(2)} per labour hour on ${n(bh)} budgeted hours. ${n(hp)} hours were paid and ${n(hw)} worked, and actual output needed ${n(sh)} standard hours. What is the fixed overhead capacity variance, measured on hours worked against budgeted hours, ${TO}?`,
      figures: { bh, fr, hw, hp, sh },
      key: frac((hw - bh) * fr, 100),
      wrong: [
        [frac((bh - hw) * fr, 100), 'reads the direction backwards'],
        [frac((sh - bh) * fr, 100), 'uses standard hours, which gives the whole volume variance'],
        [frac((hp - bh) * fr, 100), 'uses hours paid instead of hours worked'],
        [frac((sh - hw) * fr, 100), 'gives the volume efficiency variance instead'],
      ],
    }
  }),
  variance('actual-profit-from-budget-and-variances', (rng) => {
    const bp = rng.int(50, 400) * 1000
    const f1 = rng.int(2, 30) * 500
    const f2 = rng.int(2, 30) * 500
    const a1 = rng.int(2, 30) * 500
    const a2 = rng.int(2, 30) * 500
    const net = f1 + f2 - a1 - a2
    if (net === 0 || f1 === a1) rest()
    return {
      stem: `A client’s operating statement starts from a budgeted profit of ${dl(bp)}. The variances are: sales volume ${dl(f1)} favourable, materials price ${dl(a1)} adverse, labour efficiency ${dl(f2)} favourable and fixed overhead expenditure ${dl(a2)} adverse. By how much does actual profit differ from budget, ${TO}?`,
      figures: { bp, f1, f2, a1, a2 },
      key: frac(net),
      wrong: [
        [frac(-net), 'reads the direction backwards'],
        [frac(f1 + f2 + a1 + a2), 'adds every variance as favourable'],
        [frac(f1 - f2 - a1 - a2), 'reads the labour variance as adverse'],
        [frac(f1 + f2 + a1 - a2), 'reads the materials variance as favourable'],
      ],
    }
  }),
  variance('labour-total-variance', (rng) => {
    const sr = rng.int(1500, 4500)
    const out = rng.int(2, 20) * 100
    const h = rng.int(2, 6)
    const bo = Math.round((out * rng.pick([80, 90, 110, 120])) / 100)
    const hp = Math.round((out * h * rng.int(90, 112)) / 100)
    const ar = sr + rng.int(-200, 200)
    const wages = hp * ar
    if (wages === out * h * sr) rest()
    return {
      stem: `Each unit has a standard of ${h} labour hours at $${(sr / 100).toFixed(2)} an hour. Budgeted output was ${n(bo)} units; ${n(out)} units were made and staff were paid ${ct(wages)} for ${n(hp)} hours. What is the total labour cost variance, ${TO}?`,
      figures: { sr, out, h, bo, hp, ar },
      key: frac(out * h * sr - wages, 100),
      wrong: [
        [frac(wages - out * h * sr, 100), 'reads the direction backwards'],
        [frac(bo * h * sr - wages, 100), 'compares with the original budget'],
        [frac(hp * sr - wages, 100), 'gives the rate variance only'],
        [frac((out * h - hp) * sr, 100), 'gives the efficiency variance only'],
      ],
    }
  }),
  variance('materials-price-variance-on-usage', (rng) => {
    const sp = rng.int(200, 2000)
    const au = rng.int(2, 40) * 250
    const aq = au + rng.int(2, 20) * 100
    const ap = sp + rng.pick([-1, 1]) * rng.int(5, Math.round(sp / 6))
    const sq = Math.round((au * rng.int(88, 112)) / 100)
    if (sq === au) rest()
    return {
      stem: `Material has a standard price of $${(sp / 100).toFixed(2)} a kg and is held in inventory at actual cost, so the price variance is taken when material is used. A client bought ${n(aq)} kg at $${(ap / 100).toFixed(2)} and used ${n(au)} kg; standard usage for actual output was ${n(sq)} kg. What is the materials price variance, ${TO}?`,
      figures: { sp, au, aq, ap, sq },
      key: frac(au * (sp - ap), 100),
      wrong: [
        [frac(au * (ap - sp), 100), 'reads the direction backwards'],
        [frac(aq * (sp - ap), 100), 'works it on the quantity purchased'],
        [frac(sq * (sp - ap), 100), 'works it on the standard quantity'],
        [frac(au * (sp - ap) + (sq - au) * sp, 100), 'adds the usage variance in'],
      ],
    }
  }),
]
