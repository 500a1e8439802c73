import { add, client, costing, div, exact, money, mul, pc, step, sub, symbol } from './cac-text.js'

// Job, batch and contract costing: a job's cost built from its materials, labour and absorbed
// overhead, priced at a stated mark-up or margin; a batch's cost per good unit with set-up and
// spoilage; and a long contract's progress, profit or loss, and the cash due after retention. The
// slips tested are margin for mark-up, the wrong base for a percentage, spoilage left in the
// unit cost, and profit taken before the work is done or a loss spread over the contract.

export const JOB_FAMILIES = [
  costing('job-cost-with-administration-overhead', (rng) => {
    const s = symbol(rng)
    const mat = step(rng, 300, 4_000, 10)
    const hrs = rng.int(8, 80)
    const wage = step(rng, 1_400, 3_600, 25)
    const oar = step(rng, 800, 3_000, 25)
    const admin = step(rng, 5, 25, 1)
    const lab = mul(hrs, pc(wage))
    const prod = add(mat, lab, mul(hrs, pc(oar)))
    return {
      stem: `Job 318 at ${client(rng)} uses direct materials of ${s}${exact(mat)} and ${hrs} direct labour hours at ${s}${exact(pc(wage))} an hour. Production overhead is absorbed at ${s}${exact(pc(oar))} per direct labour hour, and administration overhead is added at ${admin} % of production cost. What is the total cost of Job 318, to the nearest cent?`,
      show: money(s),
      inputs: { mat, hrs, wage, oar, admin },
      key: mul(prod, pc(100 + admin)),
      wrong: [
        [prod, 'stops at production cost, leaving out administration overhead'],
        [
          add(prod, mul(add(mat, lab), pc(admin))),
          'adds administration overhead on prime cost only',
        ],
        [mul(add(mat, lab), pc(100 + admin)), 'leaves out the absorbed production overhead'],
        [add(prod, mul(lab, pc(admin))), 'adds administration overhead on labour only'],
      ],
    }
  }),
  costing('job-price-at-a-margin-on-selling-price', (rng) => {
    const s = symbol(rng)
    const cost = step(rng, 800, 20_000, 5)
    const m = step(rng, 15, 40, 5)
    return {
      stem: `${client(rng)} prices jobs to earn a profit of ${m} % of the selling price (a margin, not a mark-up on cost). Job 52 has a total cost of ${s}${exact(cost)}. What price should be quoted, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { cost, m },
      key: div(cost, pc(100 - m)),
      wrong: [
        [mul(cost, pc(100 + m)), 'adds the percentage to cost as a mark-up'],
        [mul(cost, pc(100 - m)), 'takes the percentage off cost'],
        [div(cost, pc(100 + m)), 'divides cost by one plus the margin'],
        [mul(div(cost, pc(100 - m)), pc(m)), 'gives the profit in the price, not the price'],
      ],
    }
  }),
  costing('batch-cost-per-good-unit', (rng) => {
    const s = symbol(rng)
    const n = step(rng, 200, 2_000, 50)
    const mat = step(rng, 150, 2_000, 5)
    const lab = step(rng, 100, 1_500, 5)
    const setup = step(rng, 150, 1_200, 10)
    const rej = step(rng, 2, 10, 1)
    const good = mul(n, pc(100 - rej))
    const per = pc(mat + lab)
    return {
      stem: `${client(rng)} makes a batch of ${exact(n)} units at ${s}${exact(pc(mat))} of materials and ${s}${exact(pc(lab))} of labour per unit started, with a set-up cost of ${s}${exact(setup)} for the batch. Inspection is expected to reject ${rej} % of the units started, and rejects are worthless. What is the cost per good unit, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { n, mat, lab, setup, rej },
      key: div(add(mul(n, per), setup), good),
      wrong: [
        [
          div(add(mul(n, per), setup), n),
          'divides by all the units started, as if none were rejected',
        ],
        [div(mul(n, per), good), 'leaves out the set-up cost'],
        [add(per, setup), 'adds the whole set-up cost to each unit'],
        [
          mul(div(add(mul(n, per), setup), n), pc(100 + rej)),
          'adds the reject rate to the cost per unit started',
        ],
        [
          mul(div(add(mul(n, per), setup), good), pc(100 + rej)),
          'divides by the good units and then adds the reject rate again',
        ],
      ],
    }
  }),
  costing('contract-profit-by-cost-to-date', (rng) => {
    const s = symbol(rng)
    const price = step(rng, 400_000, 3_000_000, 10_000)
    const total = mul(price, pc(step(rng, 60, 85, 1)))
    const done = step(rng, 25, 75, 5)
    const c = mul(total, pc(done))
    const e = sub(total, c)
    const profit = sub(price, total)
    return {
      stem: `${client(rng)} has a fixed-price contract for ${s}${exact(price)}. Costs to date are ${s}${exact(c)} and the estimated cost to complete is ${s}${exact(e)}. Progress is measured by costs to date as a share of total expected costs, and profit is recognised in proportion to progress. What profit should be recognised to date, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { price, c, e },
      key: mul(profit, div(c, add(c, e))),
      wrong: [
        [profit, 'takes the whole expected profit now'],
        [mul(profit, div(e, add(c, e))), 'uses the share of work still to do'],
        [mul(profit, div(c, price)), 'measures progress as costs to date over the contract price'],
        [mul(price, div(c, add(c, e))), 'gives the revenue to date instead of the profit'],
      ],
    }
  }),
  costing('contract-foreseeable-loss', (rng) => {
    const s = symbol(rng)
    const price = step(rng, 300_000, 2_000_000, 10_000)
    const total = mul(price, pc(step(rng, 104, 125, 1)))
    const done = step(rng, 25, 70, 5)
    const c = mul(total, pc(done))
    const e = sub(total, c)
    const cert = mul(price, pc(done - step(rng, 5, 20, 5)))
    const loss = sub(total, price)
    return {
      stem: `${client(rng)} has a fixed-price contract for ${s}${exact(price)}. Costs to date are ${s}${exact(c)}, the estimated cost to complete is ${s}${exact(e)} and work certified to date is valued at ${s}${exact(cert)}. The client’s policy, as the standard requires, is to recognise the whole of an expected contract loss as soon as it is foreseen. What loss should be recognised on the contract by now, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { price, c, e, cert },
      key: loss,
      wrong: [
        [
          mul(loss, div(c, total)),
          'recognises only the part of the loss matching progress to date',
        ],
        [mul(loss, div(e, total)), 'recognises only the part of the loss still to come'],
        [mul(loss, div(c, price)), 'spreads the loss by costs to date over the contract price'],
        [sub(c, cert), 'takes costs to date less work certified'],
      ],
    }
  }),
  costing('contract-profit-by-work-certified', (rng) => {
    const s = symbol(rng)
    const price = step(rng, 500_000, 3_000_000, 10_000)
    const total = mul(price, pc(step(rng, 65, 88, 1)))
    const cert = mul(price, pc(step(rng, 30, 70, 5)))
    const c = mul(total, pc(step(rng, 25, 75, 5)))
    const profit = sub(price, total)
    return {
      stem: `${client(rng)} has a contract priced at ${s}${exact(price)} with total expected costs of ${s}${exact(total)}. Work certified to date is valued at ${s}${exact(cert)}, and costs to date are ${s}${exact(c)}. Progress is measured by work certified as a share of the contract price. What profit should be recognised to date, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { price, total, cert, c },
      key: mul(profit, div(cert, price)),
      wrong: [
        [mul(profit, div(c, total)), 'measures progress by costs instead of work certified'],
        [sub(cert, c), 'takes work certified less costs to date'],
        [profit, 'takes the whole expected profit now'],
        [
          mul(profit, div(cert, total)),
          'divides work certified by total cost instead of the price',
        ],
      ],
    }
  }),
  costing('contract-payment-after-retention', (rng) => {
    const s = symbol(rng)
    const cum = step(rng, 200_000, 1_500_000, 5_000)
    const ret = step(rng, 3, 10, 1)
    const paid = mul(mul(cum, pc(step(rng, 30, 70, 5))), pc(100 - ret))
    return {
      stem: `A contractor’s cumulative work certified on a project is ${s}${exact(cum)}. The client retains ${ret} % of the value certified until completion and has already paid ${s}${exact(paid)} (net of retention) on earlier certificates. How much cash is due on this certificate, to the nearest cent?`,
      show: money(s),
      inputs: { cum, ret, paid },
      key: sub(mul(cum, pc(100 - ret)), paid),
      wrong: [
        [sub(cum, paid), 'ignores the retention'],
        [mul(cum, pc(100 - ret)), 'forgets the payments already received'],
        [
          mul(sub(cum, paid), pc(100 - ret)),
          'takes retention off what is left after earlier payments',
        ],
        [sub(mul(cum, pc(100 + ret)), paid), 'adds the retention instead of holding it back'],
      ],
    }
  }),
  costing('overtime-premium-charged-to-a-job', (rng) => {
    const s = symbol(rng)
    const h = rng.int(20, 80)
    const ot = rng.int(4, Math.floor(h / 2))
    const wage = step(rng, 1_400, 3_200, 25)
    const mult = rng.pick([150, 200])
    const asked = rng.int(0, 1) === 1
    const w = pc(wage)
    const basic = mul(h, w)
    const premium = mul(ot, w, pc(mult - 100))
    const why = asked
      ? 'the customer asked for the job to be rushed, so the overtime was worked for this job'
      : 'the factory was busy generally, and the job happened to be scheduled in the overtime hours'
    return {
      stem: `Job 77 took ${h} direct labour hours at a basic rate of ${s}${exact(w)}, ${ot} of them in overtime paid at ${mult === 150 ? 'time and a half' : 'double time'}. Here ${why}. The firm charges overtime premium to a job only when the job itself causes the overtime; otherwise the premium is production overhead. What direct labour cost is charged to Job 77, to the nearest cent?`,
      show: money(s),
      inputs: { h, ot, wage, mult, asked: asked ? 1 : 0 },
      key: asked ? add(basic, premium) : basic,
      wrong: [
        [
          asked ? basic : add(basic, premium),
          asked
            ? 'treats the premium as overhead although the customer caused it'
            : 'charges the premium to the job although general busyness caused it',
        ],
        [
          add(basic, mul(ot, w, pc(mult))),
          'adds the overtime hours again at the full overtime rate',
        ],
        [mul(h, w, pc(mult)), 'pays every hour at the overtime rate'],
        [mul(h - ot, w), 'leaves the overtime hours out'],
      ],
    }
  }),
  costing('job-materials-after-returns-and-transfers', (rng) => {
    const s = symbol(rng)
    const issued = step(rng, 2_000, 20_000, 5)
    const returned = step(rng, 100, Math.floor(issued / 5), 5)
    const tin = step(rng, 100, 3_000, 5)
    const tout = step(rng, 100, 3_000, 5)
    return {
      stem: `Stores issued materials costing ${s}${exact(issued)} to Job 140. Unused materials costing ${s}${exact(returned)} were returned to stores, materials costing ${s}${exact(tin)} were transferred to Job 140 from Job 139, and materials costing ${s}${exact(tout)} were transferred from Job 140 to Job 141. What direct materials cost should Job 140 carry, to the nearest cent?`,
      show: money(s),
      inputs: { issued, returned, tin, tout },
      key: sub(add(issued, tin), add(returned, tout)),
      wrong: [
        [sub(add(issued, tin), tout), 'ignores the return to stores'],
        [sub(add(issued, returned, tin), tout), 'adds the return instead of deducting it'],
        [sub(issued, returned), 'ignores both transfers'],
        [sub(add(issued, tout), add(returned, tin)), 'reverses the direction of the transfers'],
      ],
    }
  }),
  costing('abnormal-spoilage-written-off', (rng) => {
    const s = symbol(rng)
    const n = step(rng, 400, 4_000, 100)
    const normal = step(rng, 2, 6, 1)
    const extra = step(rng, 2, 8, 1)
    const spoiled = mul(n, pc(normal + extra))
    const cost = step(rng, 4_000, 60_000, 50)
    const expectedGood = mul(n, pc(100 - normal))
    const perGood = div(cost, expectedGood)
    return {
      stem: `A batch of ${exact(n)} units at ${client(rng)} cost ${s}${exact(cost)}. Normal spoilage is ${normal} % of units started and is absorbed by the good units; spoilage above that is abnormal and is written off to profit and loss at the cost of a good unit. ${exact(spoiled)} units were spoiled, with no scrap value. What cost is written off as abnormal spoilage, to the nearest cent?`,
      show: money(s),
      inputs: { n, normal, extra, cost },
      key: mul(sub(spoiled, sub(n, expectedGood)), perGood),
      wrong: [
        [mul(spoiled, perGood), 'writes off all the spoiled units, normal ones included'],
        [
          mul(spoiled, div(cost, n)),
          'writes off all the spoiled units at the cost per unit started',
        ],
        [
          mul(sub(spoiled, sub(n, expectedGood)), div(cost, n)),
          'values the abnormal units at the cost per unit started',
        ],
        [
          mul(sub(spoiled, sub(n, expectedGood)), div(cost, sub(n, spoiled))),
          'values the abnormal units at the cost per unit actually passed',
        ],
      ],
    }
  }),
  costing('contract-revenue-to-date', (rng) => {
    const s = symbol(rng)
    const price = step(rng, 400_000, 3_000_000, 10_000)
    const total = mul(price, pc(step(rng, 60, 88, 1)))
    const c = mul(total, pc(step(rng, 20, 80, 5)))
    const e = sub(total, c)
    return {
      stem: `${client(rng)} has a fixed-price contract for ${s}${exact(price)}, with costs to date of ${s}${exact(c)} and an estimated ${s}${exact(e)} still to spend. Progress is measured by costs to date over total expected costs. What contract revenue should be recognised to date, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { price, c, e },
      key: mul(price, div(c, add(c, e))),
      wrong: [
        [
          mul(sub(price, add(c, e)), div(c, add(c, e))),
          'gives the profit to date instead of the revenue',
        ],
        [mul(price, div(e, add(c, e))), 'uses the share of work still to do'],
        [add(c, sub(price, add(c, e))), 'adds the whole expected profit to costs to date'],
        [mul(price, div(c, price)), 'measures progress as costs to date over the price'],
      ],
    }
  }),
  costing('hourly-charge-out-rate', (rng) => {
    const s = symbol(rng)
    const costs = step(rng, 40_000, 200_000, 500)
    const weeks = rng.int(44, 48)
    const hpw = div(rng.pick([70, 75, 80]), 2)
    const util = step(rng, 55, 85, 5)
    const mark = step(rng, 10, 30, 5)
    const hours = mul(weeks, hpw)
    const chargeable = mul(hours, pc(util))
    return {
      stem: `A workshop’s annual costs, wages and overheads together, are ${s}${exact(costs)}. Its staff work ${weeks} weeks of ${exact(hpw)} hours a year, and ${util} % of those hours are chargeable to jobs. It adds a mark-up of ${mark} % on cost. What should it charge per chargeable hour, to the nearest cent?`,
      show: money(s),
      inputs: { costs, weeks, hpw, util, mark },
      key: div(mul(costs, pc(100 + mark)), chargeable),
      wrong: [
        [
          div(mul(costs, pc(100 + mark)), hours),
          'divides by all hours worked, not the chargeable ones',
        ],
        [div(costs, chargeable), 'leaves out the mark-up'],
        [div(div(costs, pc(100 - mark)), chargeable), 'treats the mark-up as a margin on the rate'],
        [
          div(mul(costs, pc(100 + mark)), mul(52, hpw, pc(util))),
          'counts all 52 weeks, holidays included',
        ],
        [
          div(mul(costs, pc(100 + mark)), mul(chargeable, pc(util))),
          'applies the chargeable share twice',
        ],
      ],
    }
  }),
  costing('contract-cost-to-date-with-plant-on-site', (rng) => {
    const s = symbol(rng)
    const mat = step(rng, 40_000, 300_000, 500)
    const unused = step(rng, 2_000, Math.floor(mat / 8), 500)
    const lab = step(rng, 30_000, 250_000, 500)
    const plant = step(rng, 40_000, 200_000, 1_000)
    const plantEnd = step(rng, Math.floor(plant / 2), plant - 5_000, 1_000)
    const ohd = step(rng, 5_000, 60_000, 500)
    return {
      stem: `On a construction contract, the contractor has delivered materials costing ${s}${exact(mat)} to site, of which ${s}${exact(unused)} are still unused on site at the year end. Site labour cost ${s}${exact(lab)} and overheads charged are ${s}${exact(ohd)}. Plant costing ${s}${exact(plant)} was sent to site during the year and is valued at ${s}${exact(plantEnd)} at the year end. What is the cost of work done on the contract to date, to the nearest cent?`,
      show: money(s),
      inputs: { mat, unused, lab, plant, plantEnd, ohd },
      key: add(sub(mat, unused), lab, ohd, sub(plant, plantEnd)),
      wrong: [
        [add(sub(mat, unused), lab, ohd, plant), 'charges the full cost of the plant'],
        [add(mat, lab, ohd, sub(plant, plantEnd)), 'includes the unused materials'],
        [
          add(sub(mat, unused), lab, ohd, plantEnd),
          'charges the plant’s year-end value instead of its fall in value',
        ],
        [add(sub(mat, unused), lab, ohd), 'leaves out the plant altogether'],
      ],
    }
  }),
  costing('batch-cost-per-unit-at-a-new-batch-size', (rng) => {
    const s = symbol(rng)
    const setup = step(rng, 200, 2_000, 10)
    const v = pc(step(rng, 300, 3_000, 5))
    const b1 = step(rng, 50, 400, 10)
    const b2 = b1 * rng.pick([2, 3, 4])
    return {
      stem: `${client(rng)} makes a part in batches. Each batch has a set-up cost of ${s}${exact(setup)}, and each unit costs ${s}${exact(v)} in materials and labour. It is moving from batches of ${b1} units to batches of ${b2} units. What will the cost per unit be at the new batch size, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { setup, v, b1, b2 },
      key: add(v, div(setup, b2)),
      wrong: [
        [add(v, div(setup, b1)), 'spreads the set-up over the old batch size'],
        [add(v, setup), 'charges the whole set-up cost to each unit'],
        [v, 'leaves out the set-up cost'],
        [div(setup, b2), 'leaves out the materials and labour'],
      ],
    }
  }),
  costing('job-price-at-a-mark-up-on-total-cost', (rng) => {
    const s = symbol(rng)
    const prime = step(rng, 800, 12_000, 5)
    const ohd = step(rng, 200, 5_000, 5)
    const mark = step(rng, 15, 50, 5)
    const total = add(prime, ohd)
    return {
      stem: `${client(rng)} quotes jobs at total cost plus a mark-up of ${mark} % on total cost. Job 260 has a prime cost of ${s}${exact(prime)} and absorbs overheads of ${s}${exact(ohd)}. What price should be quoted, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { prime, ohd, mark },
      key: mul(total, pc(100 + mark)),
      wrong: [
        [div(total, pc(100 - mark)), 'treats the mark-up as a margin on the price'],
        [
          mul(prime, pc(100 + mark)),
          'marks up prime cost and leaves the overheads out of the price',
        ],
        [
          add(mul(prime, pc(100 + mark)), ohd),
          'marks up prime cost only and adds overheads at cost',
        ],
        [mul(total, pc(mark)), 'gives the profit, not the price'],
      ],
    }
  }),
  costing('job-profit-against-its-quote', (rng) => {
    const s = symbol(rng)
    const quote = step(rng, 4_000, 40_000, 50)
    const mat = mul(quote, pc(step(rng, 15, 28, 1)))
    const wage = step(rng, 1_500, 3_000, 25)
    const oar = step(rng, 1_000, 3_000, 25)
    // Labour and overhead take 25 % to 40 % of the quote, so the job can make or lose money.
    const hrs = Math.max(1, Math.floor((quote * rng.int(25, 40)) / (wage + oar)))
    const lab = mul(hrs, pc(wage))
    const ohd = mul(hrs, pc(oar))
    return {
      stem: `${client(rng)} quoted ${s}${exact(quote)} for Job 615. The job used materials of ${s}${exact(mat)} and ${hrs} labour hours paid at ${s}${exact(pc(wage))} an hour, and overhead is absorbed at ${s}${exact(pc(oar))} per labour hour. What profit did the job make, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { quote, mat, hrs, wage, oar },
      key: sub(quote, add(mat, lab, ohd)),
      wrong: [
        [sub(quote, add(mat, lab)), 'leaves out the absorbed overhead'],
        [sub(quote, add(mat, ohd)), 'leaves out the labour cost'],
        [sub(quote, add(lab, ohd)), 'leaves out the materials'],
        [sub(quote, add(mat, lab, ohd, ohd)), 'counts the absorbed overhead twice'],
        [
          sub(quote, add(mat, lab, lab, ohd)),
          'counts the labour cost twice, in prime cost and again with the overhead',
        ],
        [
          sub(quote, add(mat, mat, lab, ohd)),
          'counts the materials twice, once on the supplier’s invoice and again on issue',
        ],
      ],
    }
  }),
]
