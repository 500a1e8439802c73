import type { Rng } from '../../rng.js'
import {
  add,
  cap,
  client,
  costing,
  div,
  exact,
  type Fraction,
  frac,
  money,
  mul,
  pc,
  step,
  sub,
  symbol,
  variance,
} from './cac-text.js'

// Standard costing and variance analysis: each variance is standard against actual, positive
// (favourable) when cost is below standard or revenue above it. The slips tested are the ones a
// cost clerk makes: a reversed sign, the budgeted output where the standard for actual output
// belongs, hours paid where hours worked belong, and the actual price where the standard prices
// a quantity variance.

/**
 * A variance's named mistakes, each also with its sign reversed: a reversed sign is the commonest
 * slip in variance work, and showing every amount under both labels keeps the key from being the
 * one amount that appears twice.
 */
const signed = (ws: readonly (readonly [Fraction, string])[]): (readonly [Fraction, string])[] => [
  ...ws,
  ...ws.slice(1).map(([x, why]) => [mul(x, -1), `${why}, and reverses its sign`] as const),
]

/** Hours worked plus idle hours: the hours paid. */
const add2 = (a: Fraction | number, b: number) => sub(a, -b)

const FIRST_VARIANCE_FAMILIES = [
  costing('material-price-variance-on-purchases', (rng) => {
    const s = symbol(rng)
    const sp = pc(step(rng, 200, 2_000, 5))
    const bought = step(rng, 2_000, 20_000, 100)
    const used = bought - step(rng, 100, Math.floor(bought / 4), 50)
    const paid = mul(bought, sp, pc(step(rng, 88, 112, 1)))
    const sq = mul(used, pc(step(rng, 90, 110, 1)))
    return {
      stem: `${client(rng)} has a standard price of ${s}${exact(sp)} per kg for a material and values inventory at standard, so the price variance is taken on purchases. It bought ${exact(bought)} kg for ${s}${exact(paid)} and used ${exact(used)} kg against a standard allowance of ${exact(sq)} kg for the output. What is the material price variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { sp, bought, used, paid, sq },
      key: sub(mul(bought, sp), paid),
      wrong: signed([
        [sub(paid, mul(bought, sp)), 'reverses the sign: paying more than standard is adverse'],
        [mul(sub(sp, div(paid, bought)), used), 'takes the variance on the kilograms used'],
        [mul(sub(sp, div(paid, bought)), sq), 'takes the variance on the standard quantity'],
        [sub(mul(sq, sp), paid), 'compares the actual spend with the standard cost of the output'],
      ]),
    }
  }),
  costing('material-usage-variance', (rng) => {
    const s = symbol(rng)
    const sp = pc(step(rng, 200, 2_000, 5))
    const per = rng.int(2, 8)
    const out = step(rng, 500, 5_000, 50)
    const budgetOut = out + step(rng, -600, 600, 50)
    const used = mul(out * per, pc(step(rng, 90, 110, 1)))
    const ap = mul(sp, pc(step(rng, 88, 112, 1)))
    return {
      stem: `Each unit made by ${client(rng)} has a standard of ${per} kg of material at ${s}${exact(sp)} a kg. Budgeted output was ${exact(budgetOut)} units; actual output was ${exact(out)} units, using ${exact(used)} kg bought at ${s}${exact(ap)} a kg. What is the material usage variance?`,
      show: variance(s),
      signed: true,
      inputs: { sp, per, out, budgetOut, used, ap },
      key: mul(sub(out * per, used), sp),
      wrong: signed([
        [mul(sub(used, out * per), sp), 'reverses the sign: using more than standard is adverse'],
        [mul(sub(out * per, used), ap), 'prices the kilograms at the actual price'],
        [mul(sub(budgetOut * per, used), sp), 'uses the standard for budgeted output'],
        [sub(mul(out * per, sp), mul(used, ap)), 'gives the total material cost variance'],
      ]),
    }
  }),
  costing('labour-rate-variance', (rng) => {
    const s = symbol(rng)
    const sr = pc(step(rng, 1_200, 3_000, 5))
    const paidH = step(rng, 1_000, 8_000, 10)
    const worked = paidH - step(rng, 20, Math.floor(paidH / 10), 10)
    const pay = mul(paidH, sr, pc(step(rng, 90, 110, 1)))
    return {
      stem: `${client(rng)} has a standard labour rate of ${s}${exact(sr)} an hour. Staff were paid ${s}${exact(pay)} for ${exact(paidH)} hours, of which ${exact(worked)} were worked and the rest idle. What is the labour rate variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { sr, paidH, worked, pay },
      key: sub(mul(paidH, sr), pay),
      wrong: signed([
        [sub(pay, mul(paidH, sr)), 'reverses the sign: paying more than standard is adverse'],
        [sub(mul(worked, sr), pay), 'prices only the hours worked at standard'],
        [mul(sub(sr, div(pay, paidH)), worked), 'takes the rate difference on the hours worked'],
        [mul(sub(sr, div(pay, worked)), paidH), 'works out the actual rate on the hours worked'],
      ]),
    }
  }),
  costing('labour-efficiency-variance', (rng) => {
    const s = symbol(rng)
    const sr = pc(step(rng, 1_200, 3_000, 5))
    const sh = div(step(rng, 2, 12, 1), 4)
    const out = step(rng, 400, 4_000, 40)
    const std = mul(out, sh)
    const worked = mul(std, pc(step(rng, 88, 112, 1)))
    const idle = step(rng, 10, 120, 5)
    const ar = mul(sr, pc(step(rng, 92, 108, 1)))
    return {
      stem: `The standard for a unit at ${client(rng)} is ${exact(sh)} labour hours at ${s}${exact(sr)} an hour. Output was ${exact(out)} units; staff were paid for ${exact(add2(worked, idle))} hours at ${s}${exact(ar)} an hour, of which ${exact(idle)} hours were idle. What is the labour efficiency variance?`,
      show: variance(s),
      signed: true,
      inputs: { sr, sh, out, worked, idle, ar },
      key: mul(sub(std, worked), sr),
      wrong: signed([
        [mul(sub(worked, std), sr), 'reverses the sign: taking longer than standard is adverse'],
        [mul(sub(std, add2(worked, idle)), sr), 'uses hours paid, idle time included'],
        [mul(sub(std, worked), ar), 'prices the hours at the actual rate'],
        [mul(sub(std, add2(worked, idle)), ar), 'uses hours paid at the actual rate'],
      ]),
    }
  }),
  costing('idle-time-variance', (rng) => {
    const s = symbol(rng)
    const sr = pc(step(rng, 1_200, 3_000, 5))
    const paidH = step(rng, 1_000, 8_000, 10)
    const idle = step(rng, 20, Math.floor(paidH / 8), 5)
    const ar = mul(sr, pc(step(rng, 92, 108, 1)))
    return {
      stem: `At ${client(rng)} the standard labour rate is ${s}${exact(sr)} an hour, and the standard allows no idle time. Staff were paid for ${exact(paidH)} hours at ${s}${exact(ar)} an hour, and ${exact(idle)} of those hours were idle while a machine was repaired. What is the idle time variance?`,
      show: variance(s),
      signed: true,
      inputs: { sr, paidH, idle, ar },
      key: mul(idle, sr, -1),
      wrong: signed([
        [mul(idle, sr), 'labels lost hours favourable'],
        [mul(idle, ar, -1), 'prices the idle hours at the actual rate'],
        [mul(sub(paidH, idle), sr, -1), 'prices the hours worked instead of the idle hours'],
        [mul(idle, sub(ar, sr), -1), 'prices the idle hours at the rate difference'],
      ]),
    }
  }),
  costing('variable-overhead-expenditure-variance', (rng) => {
    const s = symbol(rng)
    const vr = pc(step(rng, 300, 1_500, 5))
    const worked = step(rng, 1_000, 8_000, 10)
    const spent = mul(worked, vr, pc(step(rng, 88, 112, 1)))
    const std = mul(worked, pc(step(rng, 90, 110, 1)))
    const budget = step(rng, 1_000, 8_000, 10)
    return {
      stem: `${client(rng)} absorbs variable production overhead at a standard ${s}${exact(vr)} per labour hour worked, and budgeted ${exact(budget)} hours. Staff worked ${exact(worked)} hours; the output made should have taken ${exact(std)} hours. Variable overhead spent was ${s}${exact(spent)}. What is the variable overhead expenditure variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { vr, worked, spent, std, budget },
      key: sub(mul(worked, vr), spent),
      wrong: signed([
        [
          sub(spent, mul(worked, vr)),
          'reverses the sign: spending more than the allowance is adverse',
        ],
        [sub(mul(std, vr), spent), 'gives the total variable overhead variance'],
        [mul(sub(std, worked), vr), 'gives the efficiency variance'],
        [sub(mul(budget, vr), spent), 'compares spending with the allowance for budgeted hours'],
      ]),
    }
  }),
  costing('fixed-overhead-expenditure-variance', (rng) => {
    const s = symbol(rng)
    const budget = step(rng, 40_000, 300_000, 500)
    const spent = add2(budget, step(rng, -20_000, 20_000, 250))
    const bOut = step(rng, 2_000, 20_000, 100)
    const aOut = bOut + step(rng, -2_000, 2_000, 100)
    return {
      stem: `${client(rng)} budgeted fixed production overheads of ${s}${exact(budget)} for an output of ${exact(bOut)} units, absorbed per unit. It made ${exact(aOut)} units and spent ${s}${exact(spent)} on fixed overheads. What is the fixed overhead expenditure variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { budget, spent, bOut, aOut },
      key: sub(budget, spent),
      wrong: signed([
        [sub(spent, budget), 'reverses the sign: spending more than budget is adverse'],
        [sub(mul(div(budget, bOut), aOut), spent), 'gives the total fixed overhead variance'],
        [
          mul(div(budget, bOut), aOut - bOut),
          'gives the volume variance, absorbed against budgeted overhead',
        ],
      ]),
    }
  }),
  costing('fixed-overhead-volume-variance', (rng) => {
    const s = symbol(rng)
    const bOut = step(rng, 2_000, 20_000, 100)
    const rate = pc(step(rng, 200, 2_000, 5))
    const budget = mul(bOut, rate)
    const aOut = bOut + step(rng, -2_000, 2_000, 100)
    const spent = add2(budget, step(rng, -15_000, 15_000, 250))
    return {
      stem: `${client(rng)} budgeted fixed production overheads of ${s}${exact(budget)} for ${exact(bOut)} units and absorbs them per unit. It made ${exact(aOut)} units and spent ${s}${exact(spent)}. What is the fixed overhead volume variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { bOut, rate, aOut, spent },
      key: mul(aOut - bOut, rate),
      wrong: signed([
        [mul(bOut - aOut, rate), 'reverses the sign: making more than budget is favourable'],
        [sub(budget, spent), 'gives the expenditure variance'],
        [sub(mul(aOut, rate), spent), 'gives the total fixed overhead variance'],
        [
          mul(aOut - bOut, div(spent, aOut)),
          'prices the units at the actual overhead per unit made',
        ],
      ]),
    }
  }),
  costing('sales-price-variance', (rng) => {
    const s = symbol(rng)
    const sp = pc(step(rng, 1_000, 9_000, 5))
    const bQ = step(rng, 1_000, 10_000, 50)
    const aQ = bQ + step(rng, -800, 800, 50)
    const revenue = mul(aQ, sp, pc(step(rng, 90, 110, 1)))
    return {
      stem: `${client(rng)} budgeted to sell ${exact(bQ)} units at a standard price of ${s}${exact(sp)}. It sold ${exact(aQ)} units for ${s}${exact(revenue)}. What is the sales price variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { sp, bQ, aQ, revenue },
      key: sub(revenue, mul(aQ, sp)),
      wrong: signed([
        [
          sub(mul(aQ, sp), revenue),
          'reverses the sign: selling above standard price is favourable',
        ],
        [sub(revenue, mul(bQ, sp)), 'compares revenue with the budgeted revenue'],
        [mul(sub(div(revenue, aQ), sp), bQ), 'takes the price difference on budgeted sales'],
        [mul(aQ - bQ, sp), 'gives the sales volume variance at standard price'],
      ]),
    }
  }),
  costing('sales-volume-profit-variance', (rng) => {
    const s = symbol(rng)
    const sp = pc(step(rng, 2_000, 9_000, 5))
    const cost = mul(sp, pc(step(rng, 55, 85, 1)))
    const bQ = step(rng, 1_000, 10_000, 50)
    const aQ = bQ + step(rng, -900, 900, 50)
    const ap = mul(sp, pc(step(rng, 92, 108, 1)))
    return {
      stem: `${client(rng)} uses standard absorption costing. The standard selling price is ${s}${exact(sp)} and the standard full cost ${s}${exact(cost)} a unit. Budgeted sales were ${exact(bQ)} units; it sold ${exact(aQ)} units at ${s}${exact(ap)} each. What is the sales volume profit variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { sp, cost, bQ, aQ, ap },
      key: mul(aQ - bQ, sub(sp, cost)),
      wrong: signed([
        [mul(bQ - aQ, sub(sp, cost)), 'reverses the sign: selling more than budget is favourable'],
        [mul(aQ - bQ, sp), 'values the extra units at the selling price'],
        [mul(aQ - bQ, sub(ap, cost)), 'values the extra units at the actual margin'],
        [mul(aQ - bQ, cost), 'values the extra units at their cost'],
      ]),
    }
  }),
  costing('total-material-cost-variance', (rng) => {
    const s = symbol(rng)
    const sp = pc(step(rng, 200, 2_000, 5))
    const per = rng.int(2, 8)
    const out = step(rng, 500, 5_000, 50)
    const bOut = out + step(rng, -600, 600, 50)
    const used = mul(out * per, pc(step(rng, 90, 110, 1)))
    const cost = mul(used, sp, pc(step(rng, 88, 112, 1)))
    return {
      stem: `A unit at ${client(rng)} has a standard material cost of ${per} kg at ${s}${exact(sp)} a kg. Budgeted output was ${exact(bOut)} units; ${exact(out)} units were made, using ${exact(used)} kg that cost ${s}${exact(cost)}. What is the total material cost variance?`,
      show: variance(s),
      signed: true,
      inputs: { sp, per, out, bOut, used, cost },
      key: sub(mul(out * per, sp), cost),
      wrong: signed([
        [
          sub(cost, mul(out * per, sp)),
          'reverses the sign: spending more than standard is adverse',
        ],
        [sub(mul(bOut * per, sp), cost), 'compares the spend with the budget for budgeted output'],
        [sub(mul(used, sp), cost), 'gives only the price variance'],
        [mul(sub(out * per, used), sp), 'gives only the usage variance'],
      ]),
    }
  }),
]

/** The lines of an operating statement, sales variances first, as a cost accountant sets it out. */
const STATEMENT_LINES = [
  'sales price',
  'sales volume profit',
  'material price',
  'material usage',
  'labour rate',
  'labour efficiency',
  'fixed overhead expenditure',
  'fixed overhead volume',
] as const

/** Two materials or two products drawn with their standard figures, for mix work. */
const pair = ['X', 'Y'] as const

/**
 * A fixed overhead case absorbed per standard labour hour, shared by the capacity and efficiency
 * families: both split the same volume variance, so both read the same facts.
 */
function fixedHoursCase(rng: Rng) {
  const s = symbol(rng)
  const bh = step(rng, 2_000, 20_000, 100)
  const rate = pc(step(rng, 500, 4_000, 5))
  const budget = mul(bh, rate)
  const worked = bh + step(rng, -1_500, 1_500, 50)
  const std = worked + step(rng, -1_000, 1_000, 50)
  const spent = add2(budget, step(rng, -15_000, 15_000, 250))
  const facts = `${cap(client(rng))} budgeted fixed production overheads of ${s}${exact(budget)} and ${exact(bh)} labour hours, and absorbs fixed overhead per standard labour hour. Staff worked ${exact(worked)} hours; the output made should have taken ${exact(std)} standard hours. Fixed overheads spent were ${s}${exact(spent)}. The volume variance is split into capacity and efficiency.`
  return { s, facts, inputs: { bh, rate, worked, std, spent }, bh, rate, worked, std, spent }
}

/**
 * Two products' budgeted and actual sales at standard profit, with the sales volume profit
 * variance split into mix (actual total in the budgeted mix) and quantity, shared by both parts.
 */
function salesMixCase(rng: Rng) {
  const s = symbol(rng)
  const [mA, mB] = [pc(step(rng, 300, 2_500, 5)), pc(step(rng, 300, 2_500, 5))]
  const pA = add(mA, pc(step(rng, 1_000, 6_000, 5)))
  const pB = add(mB, pc(step(rng, 1_000, 6_000, 5)))
  const [bA, bB] = [step(rng, 500, 5_000, 50), step(rng, 500, 5_000, 50)]
  const aA = bA + step(rng, -400, 400, 10)
  const aB = bB + step(rng, -400, 400, 10)
  const total = aA + aB
  const inMix = (b: number) => div(total * b, bA + bB)
  const mix = add(mul(sub(aA, inMix(bA)), mA), mul(sub(aB, inMix(bB)), mB))
  const quantity = add(mul(sub(inMix(bA), bA), mA), mul(sub(inMix(bB), bB), mB))
  const [x, y] = pair
  const facts = `${cap(client(rng))} sells two products. ${x}: standard price ${s}${exact(pA)}, standard profit ${s}${exact(mA)} a unit, budgeted sales ${exact(bA)} units, actual sales ${exact(aA)} units. ${y}: standard price ${s}${exact(pB)}, standard profit ${s}${exact(mB)} a unit, budgeted sales ${exact(bB)} units, actual sales ${exact(aB)} units. Valuing at standard profit per unit and splitting the sales volume variance into mix and quantity,`
  return {
    s,
    facts,
    inputs: { pA, pB, mA, mB, bA, bB, aA, aB },
    pA,
    pB,
    mA,
    mB,
    bA,
    bB,
    aA,
    aB,
    total,
    inMix,
    mix,
    quantity,
  }
}

/**
 * Two materials' standard mix and the kilograms actually used, with the usage variance split
 * into mix (actual total input in the standard mix, at standard prices) and yield, shared by both.
 */
function materialMixCase(rng: Rng) {
  const s = symbol(rng)
  const [qX, qY] = [rng.int(2, 9), rng.int(2, 9)]
  const [pX, pY] = [pc(step(rng, 100, 1_500, 5)), pc(step(rng, 100, 1_500, 5))]
  const out = step(rng, 200, 3_000, 20)
  const uX = mul(out * qX, pc(step(rng, 88, 112, 1)))
  const uY = mul(out * qY, pc(step(rng, 88, 112, 1)))
  const used = add(uX, uY)
  const inMix = (q: number) => div(mul(used, q), qX + qY)
  const mix = add(mul(sub(inMix(qX), uX), pX), mul(sub(inMix(qY), uY), pY))
  const yieldV = mul(sub(out * (qX + qY), used), div(add(mul(qX, pX), mul(qY, pY)), qX + qY))
  const standard = `${qX} kg of material X at ${s}${exact(pX)} a kg and ${qY} kg of material Y at ${s}${exact(pY)} a kg`
  return { s, standard, qX, qY, pX, pY, out, uX, uY, used, inMix, mix, yieldV }
}

export const MORE_VARIANCE_FAMILIES = [
  costing('variable-overhead-efficiency-variance', (rng) => {
    const s = symbol(rng)
    const vr = pc(step(rng, 300, 1_500, 5))
    const sh = div(step(rng, 2, 12, 1), 4)
    const out = step(rng, 400, 4_000, 40)
    const std = mul(out, sh)
    const worked = mul(std, pc(step(rng, 88, 112, 1)))
    const idle = step(rng, 10, 120, 5)
    // Spending drawn to the cent within twelve per cent of the allowance for hours worked.
    const allowed = Number(mul(worked, vr).n) / Number(mul(worked, vr).d)
    const spent = pc(Math.round(allowed * rng.int(88, 112)))
    return {
      stem: `${client(rng)} absorbs variable production overhead at a standard ${s}${exact(vr)} per labour hour worked; the standard for a unit is ${exact(sh)} labour hours. Output was ${exact(out)} units. Staff were paid for ${exact(add2(worked, idle))} hours, of which ${exact(idle)} were idle, and variable overhead spent was ${s}${exact(spent)}. Variable overhead is incurred only in hours worked. What is the variable overhead efficiency variance?`.replace(
        /^a/,
        'A',
      ),
      show: variance(s),
      signed: true,
      inputs: { vr, sh, out, worked, idle, spent },
      key: mul(sub(std, worked), vr),
      wrong: signed([
        [mul(sub(worked, std), vr), 'reverses the sign: taking longer than standard is adverse'],
        [mul(sub(std, add2(worked, idle)), vr), 'uses hours paid, idle time included'],
        [mul(sub(std, worked), div(spent, worked)), 'prices the hours at the actual overhead rate'],
        [sub(mul(worked, vr), spent), 'gives the expenditure variance'],
      ]),
    }
  }),
  costing('fixed-overhead-capacity-variance', (rng) => {
    const { s, facts, inputs, bh, rate, worked, std, spent } = fixedHoursCase(rng)
    return {
      stem: `${facts} What is the fixed overhead capacity variance?`,
      show: variance(s),
      signed: true,
      inputs,
      key: mul(worked - bh, rate),
      wrong: signed([
        [mul(bh - worked, rate), 'reverses the sign: working more hours than budget is favourable'],
        [mul(std - bh, rate), 'gives the whole volume variance'],
        [mul(std - worked, rate), 'gives the efficiency variance'],
        [
          mul(worked - bh, div(spent, worked)),
          'prices the hours at actual overhead per hour worked',
        ],
      ]),
    }
  }),
  costing('fixed-overhead-efficiency-variance', (rng) => {
    const { s, facts, inputs, bh, rate, worked, std, spent } = fixedHoursCase(rng)
    return {
      stem: `${facts} What is the fixed overhead efficiency variance?`,
      show: variance(s),
      signed: true,
      inputs,
      key: mul(std - worked, rate),
      wrong: signed([
        [mul(worked - std, rate), 'reverses the sign: taking longer than standard is adverse'],
        [mul(worked - bh, rate), 'gives the capacity variance'],
        [mul(std - bh, rate), 'gives the whole volume variance'],
        [sub(mul(std, rate), spent), 'gives the total fixed overhead variance'],
      ]),
    }
  }),
  costing('sales-mix-profit-variance', (rng) => {
    const c = salesMixCase(rng)
    const { s, pA, pB, bA, bB, aA, aB, inMix, mix, quantity } = c
    return {
      stem: `${c.facts} what is the sales mix profit variance?`,
      show: variance(s),
      signed: true,
      inputs: c.inputs,
      key: mix,
      wrong: signed([
        [
          mul(mix, -1),
          'reverses the sign: a shift towards the higher-profit product is favourable',
        ],
        [quantity, 'gives the quantity variance'],
        [add(mix, quantity), 'gives the whole sales volume profit variance'],
        [
          add(mul(sub(aA, inMix(bA)), pA), mul(sub(aB, inMix(bB)), pB)),
          'values the mix at selling prices instead of standard profit',
        ],
      ]),
    }
  }),
  costing('sales-quantity-profit-variance', (rng) => {
    const c = salesMixCase(rng)
    const { s, mA, mB, bA, bB, total, mix, quantity } = c
    return {
      stem: `${c.facts} what is the sales quantity profit variance?`,
      show: variance(s),
      signed: true,
      inputs: c.inputs,
      key: quantity,
      wrong: signed([
        [mul(quantity, -1), 'reverses the sign: selling more units in total is favourable'],
        [mix, 'gives the mix variance'],
        [add(mix, quantity), 'gives the whole sales volume profit variance'],
        [
          mul(total - bA - bB, div(add(mA, mB), 2)),
          'values the extra units at the simple average profit, not the budgeted-mix average',
        ],
      ]),
    }
  }),
  costing('material-mix-variance', (rng) => {
    const { s, standard, qX, qY, pX, pY, out, uX, uY, inMix, mix, yieldV } = materialMixCase(rng)
    const [aX, aY] = [mul(pX, pc(step(rng, 90, 110, 1))), mul(pY, pc(step(rng, 90, 110, 1)))]
    return {
      stem: `A unit made by ${client(rng)} has a standard input of ${standard}. ${exact(out)} units were made, using ${exact(uX)} kg of X bought at ${s}${exact(aX)} a kg and ${exact(uY)} kg of Y bought at ${s}${exact(aY)} a kg. Splitting the usage variance into mix and yield, what is the material mix variance?`,
      show: variance(s),
      signed: true,
      inputs: { qX, qY, pX, pY, out, uX, uY, aX, aY },
      key: mix,
      wrong: signed([
        [mul(mix, -1), 'reverses the sign: using more of the dearer material is adverse'],
        [yieldV, 'gives the yield variance'],
        [add(mix, yieldV), 'gives the whole usage variance'],
        [
          add(mul(sub(inMix(qX), uX), aX), mul(sub(inMix(qY), uY), aY)),
          'prices the mix at the actual prices',
        ],
      ]),
    }
  }),
  costing('material-yield-variance', (rng) => {
    const { s, standard, qX, qY, pX, pY, out, uX, uY, used, mix, yieldV } = materialMixCase(rng)
    return {
      stem: `A unit made by ${client(rng)} has a standard input of ${standard}. ${exact(out)} units were made, using ${exact(uX)} kg of X and ${exact(uY)} kg of Y. Splitting the usage variance into mix and yield, what is the material yield variance?`,
      show: variance(s),
      signed: true,
      inputs: { qX, qY, pX, pY, out, uX, uY },
      key: yieldV,
      wrong: signed([
        [mul(yieldV, -1), 'reverses the sign: using more input than standard is adverse'],
        [mix, 'gives the mix variance'],
        [add(mix, yieldV), 'gives the whole usage variance'],
        [
          mul(sub(out * (qX + qY), used), div(add(pX, pY), 2)),
          'values the lost input at the simple average price, not the standard-mix average',
        ],
      ]),
    }
  }),
  costing('actual-profit-from-an-operating-statement', (rng) => {
    const s = symbol(rng)
    const budgeted = step(rng, 80_000, 300_000, 500)
    // Each variance is drawn away from zero, favourable or adverse, so every line moves profit.
    const lines = STATEMENT_LINES.map(
      (name) => [name, rng.pick([1, -1]) * step(rng, 250, 9_000, 50)] as const,
    )
    const amounts = lines.map(([, x]) => x)
    const net = add(...amounts)
    const gross = add(...amounts.map(Math.abs))
    const volume = lines[1]![1]
    const shown = lines.map(([name, x]) => `${name} ${variance(s)(frac(x))}`).join('; ')
    return {
      stem: `${cap(client(rng))} uses standard absorption costing and reconciles budgeted with actual profit in a monthly operating statement. Budgeted profit was ${s}${exact(budgeted)}. The month’s variances were: ${shown}. What was actual profit for the month, to the nearest cent?`,
      show: money(s),
      inputs: { budgeted, ...Object.fromEntries(lines.map(([, x], i) => [`v${i}`, x])) },
      key: add(budgeted, net),
      wrong: [
        [sub(budgeted, net), 'deducts favourable variances and adds adverse ones'],
        [add(budgeted, gross), 'adds every variance, whatever its direction'],
        [sub(budgeted, gross), 'deducts every variance, whatever its direction'],
        [
          sub(add(budgeted, net), volume),
          'leaves out the sales volume variance, starting as if budgeted profit were on actual sales',
        ],
      ],
    }
  }),
]

export const VARIANCE_FAMILIES = [...FIRST_VARIANCE_FAMILIES, ...MORE_VARIANCE_FAMILIES]
