import { VariantError } from '../assemble-variant.js'
import {
  add,
  client,
  costing,
  div,
  exact,
  type Fraction,
  frac,
  gt,
  money,
  mul,
  pc,
  qty,
  step,
  sub,
  symbol,
} from './cac-text.js'

// Material and labour costing: pricing issues and closing inventory by FIFO and by a weighted
// average, the economic order quantity and the stock control levels, and labour cost with
// overtime premium, idle time, piecework and time-saved bonuses. The slips tested are the ones a
// stores or wages clerk makes: issuing from the newest batch, averaging prices without weighting
// them by quantity, annual figures mixed with monthly ones, and bonuses on the wrong hours.

/** The whole number nearest √x (x ≥ 0), exactly: the EOQ a stem asks to the nearest unit. */
function roundSqrt(x: Fraction): Fraction {
  // m = ⌊2√x⌋ is the largest m with m² × d ≤ 4n; the nearest whole number to √x is ⌊(m + 1) / 2⌋.
  let [lo, hi] = [0n, 1n]
  while (hi * hi * x.d <= 4n * x.n) hi *= 2n
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n
    if (mid * mid * x.d <= 4n * x.n) lo = mid
    else hi = mid - 1n
  }
  return frac((lo + 1n) / 2n)
}

/** The cost of `n` units taken from batches in the order given: [quantity, price] each. */
function newestFirst(n: number, ...batches: readonly (readonly [number, Fraction])[]): Fraction {
  let left = n
  let cost = frac(0)
  for (const [q, p] of batches) {
    const take = Math.min(q, left)
    cost = add(cost, mul(take, p))
    left -= take
  }
  return cost
}

export const INVENTORY_FAMILIES = [
  costing('fifo-cost-of-an-issue', (rng) => {
    const s = symbol(rng)
    const [q1, q2, q3] = [step(rng, 100, 600, 10), step(rng, 100, 600, 10), step(rng, 100, 600, 10)]
    const [p1, p2, p3] = [
      pc(step(rng, 400, 900, 1)),
      pc(step(rng, 400, 900, 1)),
      pc(step(rng, 400, 900, 1)),
    ]
    const issue = step(rng, q1 + 10, q1 + q2 - 10, 10)
    return {
      stem: `${client(rng)} holds ${exact(q1)} units bought at ${s}${exact(p1)}, then receives ${exact(q2)} units at ${s}${exact(p2)} and ${exact(q3)} units at ${s}${exact(p3)}. It then issues ${exact(issue)} units to production. Pricing issues by FIFO, what is the cost of the issue, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { q1, q2, q3, p1, p2, p3, issue },
      key: add(mul(q1, p1), mul(issue - q1, p2)),
      wrong: [
        [
          newestFirst(issue, [q3, p3], [q2, p2], [q1, p1]),
          'issues the newest units first, as LIFO does',
        ],
        [
          mul(issue, div(add(mul(q1, p1), mul(q2, p2), mul(q3, p3)), q1 + q2 + q3)),
          'prices the issue at the weighted average of all receipts',
        ],
        [
          mul(issue, div(add(p1, p2, p3), 3)),
          'prices the issue at the simple average of the three prices',
        ],
        [mul(issue, p1), 'prices the whole issue at the oldest price'],
      ],
    }
  }),
  costing('weighted-average-price-after-a-receipt', (rng) => {
    const s = symbol(rng)
    const q0 = step(rng, 100, 1_000, 10)
    const p0 = pc(step(rng, 300, 1_200, 1))
    const q1 = step(rng, 100, 1_000, 10)
    const p1 = add(p0, pc(step(rng, -150, 250, 1)))
    return {
      stem: `${client(rng)} values inventory at a weighted average cost recalculated after each receipt. It holds ${exact(q0)} kg valued at ${s}${exact(p0)} a kg and receives ${exact(q1)} kg at ${s}${exact(p1)} a kg. What is the new average cost per kg, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { q0, p0, q1, p1 },
      key: div(add(mul(q0, p0), mul(q1, p1)), q0 + q1),
      wrong: [
        [div(add(p0, p1), 2), 'averages the two prices without weighting them by quantity'],
        [
          div(add(mul(q0, p1), mul(q1, p0)), q0 + q1),
          'weights each price by the other batch’s quantity',
        ],
        [
          div(add(mul(q0, p0), mul(q1, p1)), q1),
          'divides the total value by the new receipt’s quantity only',
        ],
        [
          div(add(mul(q0, p0), mul(q1, p1)), q0),
          'divides the total value by the opening quantity only',
        ],
      ],
    }
  }),
  costing('fifo-closing-inventory', (rng) => {
    const s = symbol(rng)
    const [q1, q2, q3] = [step(rng, 200, 800, 10), step(rng, 200, 800, 10), step(rng, 200, 800, 10)]
    const [p1, p2, p3] = [
      pc(step(rng, 400, 900, 1)),
      pc(step(rng, 400, 900, 1)),
      pc(step(rng, 400, 900, 1)),
    ]
    const left = step(rng, 20, q3 - 20, 10)
    const total = q1 + q2 + q3
    const value = add(mul(q1, p1), mul(q2, p2), mul(q3, p3))
    return {
      stem: `In March ${client(rng)} received ${exact(q1)} units at ${s}${exact(p1)}, then ${exact(q2)} at ${s}${exact(p2)}, then ${exact(q3)} at ${s}${exact(p3)}, with no opening inventory, and ended the month with ${exact(left)} units. Using FIFO, what is closing inventory worth, to the nearest cent?`,
      show: money(s),
      inputs: { q1, q2, q3, p1, p2, p3, left },
      key: mul(left, p3),
      wrong: [
        [mul(left, p1), 'values the units left at the oldest price, as LIFO would'],
        [mul(left, div(value, total)), 'uses the weighted average price'],
        [mul(left, div(add(p1, p2, p3), 3)), 'uses the simple average of the three prices'],
        [sub(value, mul(left, p3)), 'gives the cost of the units issued instead'],
      ],
    }
  }),
  costing('economic-order-quantity', (rng) => {
    const s = symbol(rng)
    const d = step(rng, 2_000, 60_000, 100)
    const co = step(rng, 20, 300, 5)
    const ch = pc(step(rng, 50, 800, 5))
    const eoq = roundSqrt(div(mul(2, co, d), ch))
    return {
      stem: `${client(rng)} uses ${exact(d)} units a year of a component. Each order costs ${s}${exact(co)} to place, and holding one unit for a year costs ${s}${exact(ch)}. Using EOQ = √(2 × order cost × annual demand ÷ holding cost per unit per year), what is the economic order quantity, to the nearest unit?`.replace(
        /^a/,
        'A',
      ),
      show: qty('units'),
      inputs: { d, co, ch },
      key: eoq,
      wrong: [
        [roundSqrt(div(mul(co, d), ch)), 'leaves out the 2'],
        [
          roundSqrt(div(mul(2, co, div(d, 12)), ch)),
          'uses monthly demand with the annual holding cost',
        ],
        [roundSqrt(div(mul(2, ch, d), co)), 'swaps the order cost and the holding cost'],
        [roundSqrt(div(mul(2, co, d, 12), ch)), 'uses annual demand with a monthly holding cost'],
        [
          roundSqrt(div(mul(4, co, d), ch)),
          'halves the holding cost again, as if it were not already per unit held',
        ],
      ],
    }
  }),
  costing('reorder-level', (rng) => {
    const maxUse = step(rng, 200, 2_000, 10)
    const minUse = step(rng, 50, maxUse - 50, 10)
    const maxLead = rng.int(3, 8)
    const minLead = rng.int(1, maxLead - 1)
    return {
      stem: `${client(rng)} uses between ${exact(minUse)} and ${exact(maxUse)} units of a material a week, and a supplier delivers between ${minLead} and ${maxLead} weeks after ordering. To avoid running out, it reorders at maximum usage × maximum lead time. What is the reorder level?`.replace(
        /^a/,
        'A',
      ),
      show: qty('units'),
      inputs: { maxUse, minUse, maxLead, minLead },
      key: mul(maxUse, maxLead),
      wrong: [
        [
          mul(div(maxUse + minUse, 2), div(maxLead + minLead, 2)),
          'uses average usage and average lead time',
        ],
        [mul(minUse, minLead), 'uses minimum usage and minimum lead time'],
        [mul(maxUse, minLead), 'uses the shortest lead time'],
        [mul(minUse, maxLead), 'uses the lowest usage'],
      ],
    }
  }),
  costing('maximum-inventory-level', (rng) => {
    const maxUse = step(rng, 200, 2_000, 10)
    const minUse = step(rng, 50, maxUse - 50, 10)
    const maxLead = rng.int(3, 8)
    const minLead = rng.int(1, maxLead - 1)
    const roq = step(rng, 1_000, 12_000, 100)
    const rol = maxUse * maxLead
    return {
      stem: `${client(rng)} reorders a material at ${exact(rol)} units, ordering ${exact(roq)} units each time. Weekly usage runs from ${exact(minUse)} to ${exact(maxUse)} units and lead time from ${minLead} to ${maxLead} weeks. Using maximum level = reorder level + reorder quantity − minimum usage × minimum lead time, what is the maximum inventory level?`.replace(
        /^a/,
        'A',
      ),
      show: qty('units'),
      inputs: { maxUse, minUse, maxLead, minLead, roq },
      key: sub(rol + roq, minUse * minLead),
      wrong: [
        [frac(rol + roq), 'does not take off the minimum usage in the shortest lead time'],
        [sub(rol + roq, maxUse * maxLead), 'takes off maximum usage over the longest lead time'],
        [sub(rol + roq, minUse * maxLead), 'takes off minimum usage over the longest lead time'],
        [add(rol + roq, minUse * minLead), 'adds the minimum usage in the lead time'],
        [sub(rol + roq, maxUse * minLead), 'takes off maximum usage over the shortest lead time'],
      ],
    }
  }),
  costing('overtime-premium-in-gross-pay', (rng) => {
    const s = symbol(rng)
    const team = rng.int(2, 6)
    const basicHrs = rng.pick([35, 37, 38, 40])
    const ot = rng.int(5, 14)
    // The rush order takes fewer than half of the overtime hours, so its premium is the smaller.
    const rush = rng.int(1, Math.floor((ot - 1) / 2))
    const rate = pc(step(rng, 1_200, 3_200, 5))
    const mult = rng.pick([150, 200])
    const general = ot - rush
    return {
      stem: `Each of ${team} employees of ${client(rng)} worked ${basicHrs + ot} hours in a week with a basic week of ${basicHrs} hours at ${s}${exact(rate)} an hour. Hours beyond the basic week are paid at ${mult === 150 ? 'time and a half' : 'double time'}. Of each employee’s ${ot} overtime hours, ${rush} were worked on a rush order at the customer’s request, so their premium is charged to that order; the rest caught up on general production. How much overtime premium for the week is charged to production overhead, to the nearest cent?`,
      show: money(s),
      inputs: { team, basicHrs, ot, rush, rate, mult },
      key: mul(team, general, rate, pc(mult - 100)),
      wrong: [
        [mul(team, ot, rate, pc(mult - 100)), 'charges the rush order’s premium to overhead too'],
        [
          mul(team, general, rate, pc(mult)),
          'treats the whole pay for the general overtime hours as premium',
        ],
        [
          mul(team, basicHrs + general, rate, pc(mult - 100)),
          'charges premium on every hour worked outside the rush order',
        ],
        [mul(team, rush, rate, pc(mult - 100)), 'gives the premium charged to the rush order'],
        [mul(general, rate, pc(mult - 100)), 'works out one employee’s premium only'],
        [
          mul(team, general, rate, pc(mult === 150 ? 100 : 50)),
          `takes ${mult === 150 ? 'time and a half' : 'double time'} as a premium of ${mult === 150 ? 'the whole' : 'half the'} basic rate`,
        ],
      ],
    }
  }),
  costing('idle-and-indirect-labour-charged-to-overhead', (rng) => {
    const s = symbol(rng)
    const paid = step(rng, 1_000, 6_000, 10)
    const idle = mul(paid, pc(step(rng, 4, 14, 1)))
    const indirect = mul(paid, pc(step(rng, 3, 12, 1)))
    const direct = sub(sub(paid, idle), indirect)
    const rate = pc(step(rng, 1_200, 3_000, 5))
    const normal = step(rng, 2, 5, 1)
    if (gt(mul(paid, pc(normal)), idle)) throw new VariantError('idle time within the allowance')
    const normalHrs = mul(paid, pc(normal))
    return {
      stem: `${client(rng)} paid ${exact(paid)} hours at ${s}${exact(rate)} an hour in a month. Time sheets show ${exact(direct)} hours on jobs, ${exact(indirect)} hours of cleaning and machine maintenance, and the rest idle. Idle time up to ${normal} % of hours paid is normal and charged to production overhead; the rest is abnormal and written off to profit and loss. Direct hours are charged to jobs. What labour cost is charged to production overhead for the month, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { paid, direct, indirect, rate, normal },
      key: mul(add(indirect, normalHrs), rate),
      wrong: [
        [mul(add(indirect, idle), rate), 'charges all idle time to overhead, abnormal included'],
        [
          mul(add(indirect, sub(idle, normalHrs)), rate),
          'charges the abnormal idle time instead of the normal',
        ],
        [mul(idle, rate), 'charges the idle time and leaves out the indirect work'],
        [mul(indirect, rate), 'leaves out the normal idle time'],
        [mul(normalHrs, rate), 'leaves out the indirect work, which is overhead too'],
        [
          mul(add(indirect, mul(direct, pc(normal))), rate),
          'takes the normal allowance as a share of the hours on jobs',
        ],
      ],
    }
  }),
  costing('piecework-with-a-guaranteed-minimum', (rng) => {
    const s = symbol(rng)
    const rate = pc(step(rng, 20, 120, 1))
    const hrs = div(rng.pick([14, 15, 16]), 2)
    const hourly = pc(step(rng, 1_100, 2_000, 5))
    const floor = mul(hrs, hourly, pc(80))
    // Daily output around the piece count that earns the guarantee, some days either side.
    const par = Number(div(floor, rate).n) / Number(div(floor, rate).d)
    const days = Array.from({ length: 5 }, () => Math.round((par * rng.int(70, 135)) / 100))
    const earned = days.map((n) => mul(n, rate))
    const pieces = add(...earned)
    const guarantee = mul(floor, 5)
    const best = (g: Fraction) => add(...earned.map((e) => (gt(g, e) ? g : e)))
    const [mon, tue, wed, thu, fri] = days as [number, number, number, number, number]
    return {
      stem: `A machinist at ${client(rng)} is paid ${s}${exact(rate)} per good piece, with a guaranteed minimum for each day of 80 % of time pay (${exact(hrs)} hours at ${s}${exact(hourly)} an hour); the guarantee is applied day by day. Good pieces this week: Monday ${mon}, Tuesday ${tue}, Wednesday ${wed}, Thursday ${thu}, Friday ${fri}. What is the week’s pay, to the nearest cent?`,
      show: money(s),
      inputs: { rate, hrs, hourly, mon, tue, wed, thu, fri },
      key: best(floor),
      wrong: [
        [
          gt(guarantee, pieces) ? guarantee : pieces,
          'applies the guarantee to the week instead of each day',
        ],
        [pieces, 'pays piecework alone, ignoring the guarantee'],
        [guarantee, 'pays the guarantee alone'],
        [add(pieces, guarantee), 'adds the guarantee to the piecework earnings'],
        [best(mul(hrs, hourly)), 'guarantees full time pay instead of 80 %'],
        [mul(5, hrs, hourly), 'pays full time rate for the week'],
      ],
    }
  }),
  costing('halsey-time-saved-bonus', (rng) => {
    const s = symbol(rng)
    const allowed = rng.int(30, 60)
    const taken = rng.int(20, allowed - 4)
    const rate = pc(step(rng, 1_200, 3_000, 5))
    const saved = allowed - taken
    return {
      stem: `${client(rng)} pays a time-saved bonus of 50 % of the hours saved at the hourly rate, on top of pay for hours taken. A job was allowed ${allowed} hours and took ${taken}; the rate is ${s}${exact(rate)} an hour. What does the worker earn for the job, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { allowed, taken, rate },
      key: mul(add(taken, mul(saved, pc(50))), rate),
      wrong: [
        [mul(allowed, rate), 'pays for the hours allowed'],
        [mul(saved, rate, pc(50)), 'gives the bonus alone'],
        [
          mul(add(allowed, mul(saved, pc(50))), rate),
          'adds the bonus to the hours allowed instead of the hours taken',
        ],
        [
          mul(add(taken, mul(taken, pc(50))), rate),
          'pays the bonus on the hours taken instead of the hours saved',
        ],
        [mul(taken, rate), 'pays the hours taken and leaves out the bonus'],
        [
          mul(add(taken, mul(div(saved, allowed), taken)), rate),
          'pays a Rowan bonus instead of the Halsey 50 %',
        ],
      ],
    }
  }),
  costing('rowan-time-saved-bonus', (rng) => {
    const s = symbol(rng)
    const allowed = rng.int(20, 60)
    const taken = rng.int(10, allowed - 4)
    const rate = pc(step(rng, 1_200, 3_000, 5))
    const saved = allowed - taken
    return {
      stem: `${client(rng)} pays a Rowan bonus: hours taken × rate, plus (hours saved ÷ hours allowed) × hours taken × rate. A job was allowed ${allowed} hours and took ${taken} hours at ${s}${exact(rate)} an hour. What does the worker earn for the job, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { allowed, taken, rate },
      key: mul(add(taken, mul(div(saved, allowed), taken)), rate),
      wrong: [
        [mul(add(taken, mul(saved, pc(50))), rate), 'pays the Halsey 50 % bonus instead'],
        [mul(div(saved, allowed), taken, rate), 'gives the bonus alone'],
        [mul(taken, rate), 'pays the hours taken and leaves out the bonus'],
        [
          mul(add(taken, mul(div(saved, allowed), saved)), rate),
          'multiplies the bonus fraction by the hours saved instead of the hours taken',
        ],
        [mul(allowed, rate), 'pays for the hours allowed'],
      ],
    }
  }),
  costing('labour-turnover-rate', (rng) => {
    const open = step(rng, 40, 400, 2)
    const close = open + step(rng, -20, 30, 2)
    const leavers = rng.int(5, Math.floor(open / 3))
    const replaced = rng.int(2, leavers - 1)
    return {
      stem: `${client(rng)} employed ${open} staff at the start of the year and ${close} at the end. ${leavers} staff left during the year, of whom ${replaced} were replaced. Using labour turnover = replacements ÷ average number employed × 100, what was the labour turnover rate, to two decimal places?`.replace(
        /^a/,
        'A',
      ),
      show: (x) => `${qty('%', 2)(x).replace(' %', '%')}`,
      inputs: { open, close, leavers, replaced },
      key: div(mul(replaced, 100), div(open + close, 2)),
      wrong: [
        [
          div(mul(leavers, 100), div(open + close, 2)),
          'counts all leavers instead of replacements',
        ],
        [div(mul(replaced, 100), open), 'divides by staff at the start of the year'],
        [div(mul(replaced, 100), close), 'divides by staff at the end of the year'],
        [
          div(mul(replaced, 100), open + close),
          'divides by the sum, not the average, of the two headcounts',
        ],
        [
          div(mul(leavers - replaced, 100), div(open + close, 2)),
          'counts the leavers who were not replaced',
        ],
        [div(mul(replaced, 100), leavers), 'gives the share of leavers who were replaced'],
      ],
    }
  }),
  costing('materials-purchase-quantity-from-a-budget', (rng) => {
    const prod = step(rng, 1_000, 10_000, 50)
    const per = rng.int(2, 6)
    const open = step(rng, 500, 6_000, 50)
    const close = step(rng, 500, 6_000, 50)
    return {
      stem: `${client(rng)} plans to make ${exact(prod)} units next month, each using ${per} kg of material. It holds ${exact(open)} kg now and wants ${exact(close)} kg at the month end. How many kg must it buy?`.replace(
        /^a/,
        'A',
      ),
      show: qty('kg'),
      inputs: { prod, per, open, close },
      key: frac(prod * per + close - open),
      wrong: [
        [frac(prod * per + open - close), 'adds opening inventory and takes off closing'],
        [frac(prod * per), 'ignores the inventory change'],
        [frac(prod + close - open), 'forgets the kg per unit'],
        [frac(prod * per + close + open), 'adds both inventories'],
      ],
    }
  }),
  costing('annual-ordering-and-holding-cost', (rng) => {
    const s = symbol(rng)
    const d = step(rng, 2_000, 50_000, 100)
    const q = step(rng, 200, 4_000, 50)
    const co = step(rng, 20, 200, 5)
    const ch = pc(step(rng, 50, 600, 5))
    return {
      stem: `${client(rng)} uses ${exact(d)} units a year and orders ${exact(q)} units at a time. Each order costs ${s}${exact(co)}; holding a unit for a year costs ${s}${exact(ch)}, charged on the average inventory of half an order. What is the total annual ordering and holding cost, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { d, q, co, ch },
      key: add(mul(div(d, q), co), mul(div(q, 2), ch)),
      wrong: [
        [
          add(mul(div(d, q), co), mul(q, ch)),
          'charges holding cost on a whole order, not the average',
        ],
        [
          add(mul(div(q, d), co), mul(div(q, 2), ch)),
          'divides order size by demand for the number of orders',
        ],
        [mul(div(d, q), co), 'leaves out the holding cost'],
        [
          add(mul(div(d, q), co), mul(div(d, 2), ch)),
          'charges holding cost on half the annual demand',
        ],
      ],
    }
  }),
  costing('standard-hours-produced-and-efficiency', (rng) => {
    const [qa, qb] = [step(rng, 100, 1_000, 10), step(rng, 100, 1_000, 10)]
    const [ha, hb] = [div(step(rng, 2, 12, 1), 4), div(step(rng, 2, 12, 1), 4)]
    const std = add(mul(qa, ha), mul(qb, hb))
    const actual = mul(std, pc(step(rng, 82, 118, 1)))
    return {
      stem: `A team made ${exact(qa)} units of A (standard ${exact(ha)} hours each) and ${exact(qb)} units of B (standard ${exact(hb)} hours each), taking ${exact(actual)} hours. Efficiency = standard hours produced ÷ actual hours × 100. What was the team’s efficiency, to two decimal places?`,
      show: (x) => `${qty('%', 2)(x).replace(' %', '%')}`,
      inputs: { qa, qb, ha, hb, actual },
      key: div(mul(std, 100), actual),
      wrong: [
        [div(mul(actual, 100), std), 'divides actual hours by standard hours'],
        [
          div(mul(add(ha, hb), qa + qb, 50), actual),
          'averages the two standards without weighting them',
        ],
        [div(mul(qa + qb, 100), actual), 'counts units instead of standard hours'],
        [div(mul(qa, ha, 100), actual), 'counts only product A’s standard hours'],
      ],
    }
  }),
]
