import type { Rng } from '../../rng.js'
import {
  cents,
  down,
  family,
  maker,
  money,
  near,
  pct,
  positive,
  rate,
  ratio,
  round,
  share,
  units,
  up,
} from './cvp-text.js'

// Operating leverage, sensitivity and cost structure. A budget at volume q with price p,
// variable cost v and fixed costs f (cents); the degree of operating leverage is total
// contribution over profit, and a percentage change in volume moves profit by that multiple.
// Changes are stated as percentages in basis points; money to the cent, ratios to two places.

/** One product's budget above break-even. */
function budget(rng: Rng) {
  const [client, item] = maker(rng)
  const p = cents(rng, 20, 260)
  const v = share(p, rng.int(30, 70), 100)
  const cm = p - v
  const f = round(rng, 30, 480, 500)
  const q = up(f, cm) + rng.int(8, 400) * Math.max(1, Math.round(f / cm / 100))
  positive(q * cm - f)
  return { client, item, p, v, cm, f, q, m: money(rng) }
}
const scene = (b: ReturnType<typeof budget>) =>
  `${cap(b.client)} budgets to sell ${units(b.q)} of its ${b.item} at ${b.m(b.p)} each; variable costs are ${b.m(b.v)} a unit and annual fixed costs ${b.m(b.f)}.`

const CHANGES = [500, 1000, 1500, 2000] as const

export const LEVERAGE_FAMILIES = [
  family('degree-of-operating-leverage', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const pr = q * cm - f
    return {
      stem: `${scene(b)} What is the degree of operating leverage at the budgeted volume, to two decimal places?`,
      key: ratio(q * cm, pr),
      wrong: [
        [ratio(pr, q * cm), 'divides profit by contribution, the inverse'],
        [ratio(q * p, pr), 'divides sales revenue by profit'],
        [ratio(f, pr), 'divides fixed costs by profit'],
        [ratio(q * p, q * cm), 'divides revenue by contribution'],
        [ratio(q * cm, f), 'divides contribution by fixed costs'],
        [ratio(q * p, f), 'divides sales revenue by fixed costs'],
      ],
      figures: { p, v, f, q },
    }
  }),
  family('profit-change-from-a-sales-volume-change', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const pr = q * cm - f
    return {
      stem: `${scene(b)} If sales volume rises ${rate(g)} with price and costs per unit unchanged, by what percentage does profit rise, to one decimal place (using the unrounded degree of operating leverage)?`,
      key: pct(g * q * cm, pr * 10000),
      wrong: [
        [pct(g, 10000), 'assumes profit rises by the same percentage as sales'],
        [pct(g * pr, q * cm * 10000), 'divides the sales change by the leverage'],
        [pct(g * f, pr * 10000), 'multiplies by fixed costs over profit'],
        [pct(g * q * p, pr * 10000), 'multiplies by revenue over profit'],
        [pct(g * cm, p * 10000), 'multiplies by the contribution margin ratio'],
        [pct(g * q * p, f * 10000), 'multiplies by revenue over fixed costs'],
        [pct(g * q * cm, f * 10000), 'multiplies by contribution over fixed costs'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('new-profit-from-a-volume-change', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const pr = q * cm - f
    const q2 = q + share(q, g, 10000)
    return {
      stem: `${scene(b)} Sales volume is now forecast ${rate(g)} higher, that is ${units(q2)}, with price and costs per unit unchanged. What is the forecast profit?`,
      key: b.m(q2 * cm - f),
      wrong: [
        [b.m(pr + share(pr, g, 10000)), 'raises profit by the same percentage as volume'],
        [b.m(pr + (q2 - q) * p), 'adds the extra revenue straight to profit'],
        [b.m(q2 * cm - f - share(f, g, 10000)), 'raises the fixed costs with volume as well'],
        [b.m(q2 * cm), 'gives the new total contribution'],
        [b.m(pr), 'keeps the old profit'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('operating-leverage-at-a-new-volume', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const q2 = q + rng.int(5, 60) * Math.max(1, Math.round(q / 100))
    return {
      stem: `${scene(b)} If volume instead reaches ${units(q2)}, with price and costs unchanged, what will the degree of operating leverage be at that volume, to two decimal places?`,
      key: ratio(q2 * cm, q2 * cm - f),
      wrong: [
        [ratio(q * cm, q * cm - f), 'keeps the leverage of the budgeted volume'],
        [
          ratio(q2 * cm * q2, (q * cm - f) * q),
          'scales the old contribution over old profit by the volume change',
        ],
        [ratio(q2 * p, q2 * cm - f), 'divides revenue by profit'],
        [ratio(q2 * cm - f, q2 * cm), 'divides profit by contribution'],
        [ratio(q2 * cm, q * cm - f), 'divides the new contribution by the old profit'],
      ],
      figures: { p, v, f, q, q2 },
    }
  }),
  family('indifference-volume-between-cost-structures', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v1 = cents(rng, 12, 90)
    const v2 = v1 - share(v1, rng.int(15, 45), 100)
    const f1 = round(rng, 20, 200, 500)
    const f2 = f1 + round(rng, 10, 200, 500)
    return {
      stem: `${cap(client)} can make its ${item} either by hand, with annual fixed costs of ${m(f1)} and variable costs of ${m(v1)} a unit, or on a leased machine, with fixed costs of ${m(f2)} and variable costs of ${m(v2)} a unit. At what annual volume do the two cost the same, rounded up to a whole unit?`,
      key: units(up(f2 - f1, v1 - v2)),
      wrong: [
        [units(up(f2, v1 - v2)), 'divides the machine’s whole fixed cost by the saving a unit'],
        [units(up(f2 + f1, v1 - v2)), 'adds the two fixed costs'],
        [units(up(f2 - f1, v1)), 'divides by the hand-made variable cost, not the saving'],
        [units(up(f2 - f1, v1 + v2)), 'adds the two variable costs'],
        [units(up(f2, v2) - up(f1, v1)), 'subtracts each option’s fixed over variable cost'],
      ],
      figures: { f1, v1, f2, v2 },
    }
  }),
  family('cost-gap-between-structures-at-a-volume', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v1 = cents(rng, 12, 90)
    const v2 = v1 - share(v1, rng.int(15, 45), 100)
    const f1 = round(rng, 20, 200, 500)
    const f2 = f1 + round(rng, 10, 200, 500)
    const x = up(f2 - f1, v1 - v2)
    const q = x + rng.int(20, 200) * Math.max(1, Math.round(x / 100))
    return {
      stem: `${cap(client)} can make its ${item} by hand (fixed costs ${m(f1)} a year, variable ${m(v1)} a unit) or on a leased machine (fixed ${m(f2)}, variable ${m(v2)} a unit). At an expected ${units(q)} a year, how much cheaper in total is the cheaper option?`,
      key: m(f1 + v1 * q - f2 - v2 * q),
      wrong: [
        [m((v1 - v2) * q), 'compares only the variable costs'],
        [m(f2 - f1), 'compares only the fixed costs'],
        [m(f1 + v1 * q), 'gives the total cost of hand-making'],
        [m((v1 - v2) * q + f2 - f1), 'adds the fixed-cost gap instead of netting it'],
        [m(f2 + v2 * q), 'gives the total cost of the machine'],
      ],
      figures: { f1, v1, f2, v2, q },
    }
  }),
  family('salary-or-commission-indifference', (rng) => {
    const [client] = maker(rng)
    const m = money(rng)
    const s = round(rng, 18, 60, 1000)
    const cb = rng.pick([400, 500, 600, 750, 800, 1000, 1250])
    return {
      stem: `${cap(client)} can pay a sales agent a salary of ${m(s)} a year, or a commission of ${rate(cb)} of the sales revenue the agent brings in instead. At what annual sales revenue do the two cost the same, to the cent?`,
      key: m(near(s * 10000, cb)),
      wrong: [
        [m(share(s, cb, 10000)), 'multiplies the salary by the rate'],
        [m(near(s * 10000, 10000 - cb)), 'divides by one less the rate'],
        [m(s + share(s, cb, 10000)), 'adds the rate of the salary to the salary'],
        [
          m(near(s * 10000, cb * 12)),
          'divides the salary by twelve, setting a month’s salary against a year’s commission',
        ],
        [m(near(s * 10000, cb) + s), 'adds the salary to the revenue'],
        [
          m(near(s * 120000, cb)),
          'treats the annual salary as a monthly one, multiplying it by twelve',
        ],
        [
          m(near(s * 100, cb)),
          'divides by the rate without turning the percentage into a fraction',
        ],
      ],
      figures: { s, cb },
    }
  }),
  family('profit-after-a-price-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const p2 = p + share(p, g, 10000)
    const pr = q * cm - f
    return {
      stem: `${scene(b)} If the price rises ${rate(g)} to ${b.m(p2)} and volume holds at budget, what is the new profit?`,
      key: b.m(q * (p2 - v) - f),
      wrong: [
        [b.m(pr + share(pr, g, 10000)), 'raises profit by the same percentage as price'],
        [
          b.m(q * (cm + share(cm, g, 10000)) - f),
          'raises the contribution per unit by the percentage',
        ],
        [b.m(q * (p2 - v - share(v, g, 10000)) - f), 'raises the variable cost with the price'],
        [b.m(q * (p2 - v)), 'leaves out the fixed costs'],
        [b.m(pr + (p2 - p)), 'adds the rise in price for one unit only'],
        [b.m(q * p2), 'gives the new revenue'],
        [b.m(q * p2 - f), 'ignores the variable costs'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('profit-after-a-variable-cost-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const v2 = v + share(v, g, 10000)
    positive(q * (p - v2) - f)
    const pr = q * cm - f
    return {
      stem: `${scene(b)} Supplier prices will raise variable costs by ${rate(g)} to ${b.m(v2)} a unit; price and volume stay at budget. What is the new profit?`,
      key: b.m(q * (p - v2) - f),
      wrong: [
        [b.m(pr - share(pr, g, 10000)), 'cuts profit by the same percentage'],
        [
          b.m(q * (cm - share(cm, g, 10000)) - f),
          'cuts the contribution per unit by the percentage',
        ],
        [b.m(q * (p - v2) - f - share(f, g, 10000)), 'raises the fixed costs as well'],
        [b.m(pr - (v2 - v)), 'deducts the cost rise for one unit only'],
        [b.m(q * (p - v2)), 'leaves out the fixed costs'],
        [
          b.m(q * (p - v - share(p, g, 10000)) - f),
          'takes the percentage of the price, not the cost',
        ],
        [b.m(q * (v2 - v)), 'gives the fall in profit, not the new profit'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('profit-after-a-fixed-cost-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const f2 = f + share(f, g, 10000)
    positive(q * cm - f2)
    const pr = q * cm - f
    return {
      stem: `${scene(b)} Rent and salaries will raise fixed costs by ${rate(g)}; price, variable cost and volume stay at budget. What is the new profit?`,
      key: b.m(q * cm - f2),
      wrong: [
        [b.m(pr - share(pr, g, 10000)), 'cuts profit by the same percentage'],
        [b.m(q * cm - f - share(q * cm, g, 10000)), 'takes the percentage of the contribution'],
        [b.m(q * p - f2), 'ignores the variable costs'],
        [b.m(pr + share(f, g, 10000)), 'adds the rise instead of deducting it'],
        [b.m(q * cm - f - share(q * p, g, 10000)), 'takes the percentage of revenue'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('percentage-profit-change-from-a-price-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick(CHANGES)
    const pr = q * cm - f
    return {
      stem: `${scene(b)} With volume and costs unchanged, by what percentage does profit rise if the price rises ${rate(g)}? Give it to one decimal place.`,
      key: pct(g * q * p, pr * 10000),
      wrong: [
        [pct(g, 10000), 'assumes profit rises by the price percentage'],
        [pct(g * q * cm, pr * 10000), 'applies the degree of operating leverage, a volume effect'],
        [pct(g * q * v, pr * 10000), 'scales by variable cost over profit'],
        [pct(g * q * p, q * cm * 10000), 'divides the extra revenue by contribution, not profit'],
        [
          pct(g * (q * p + q * v), pr * 10000),
          'raises variable costs with the price and adds them',
        ],
        [pct(g * q * p, pr * 10000 + g * q * p), 'divides by the new profit, not the old'],
        [pct(g * q * p, f * 10000), 'divides the extra revenue by fixed costs'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('volume-to-hold-profit-after-a-price-cut', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick([500, 800, 1000, 1200])
    const p2 = p - share(p, g, 10000)
    positive(p2 - v - share(p, 500, 10000))
    return {
      stem: `${scene(b)} A rival forces a ${rate(g)} price cut, to ${b.m(p2)}. Costs per unit and in total are unchanged. How many units must now be sold to earn at least the budgeted profit, rounded up to a whole unit?`,
      key: units(up(q * cm, p2 - v)),
      wrong: [
        [units(q + share(q, g, 10000)), 'raises volume by the same percentage as the cut'],
        [units(up(q * p, p2)), 'keeps revenue, not contribution, at budget'],
        [units(up(f, p2 - v)), 'gives the new break-even volume'],
        [units(down(q * cm, p2 - v)), 'rounds down, falling short of the profit'],
        [units(up(q * cm - f, p2 - v)), 'covers the profit but not the fixed costs'],
        [units(up(q * cm + f, p2 - v)), 'covers the fixed costs twice'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('volume-rise-percentage-to-offset-a-price-cut', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick([500, 800, 1000, 1200])
    const cut = share(p, g, 10000)
    const cm2 = cm - cut
    positive(cm2 - share(p, 500, 10000))
    return {
      stem: `${scene(b)} The owner plans a ${rate(g)} price cut (${b.m(cut)} a unit off) with costs unchanged. By what percentage must sales volume rise to keep total contribution, and so profit, at budget? Give it to one decimal place.`,
      key: pct(cut, cm2),
      wrong: [
        [pct(g, 10000), 'assumes a rise equal to the price cut'],
        [pct(cut, cm), 'divides the cut by the old contribution, not the new'],
        [pct(cut, p - cut), 'divides the cut by the new price'],
        [pct(cut * q, q * cm2 - f), 'divides the lost contribution by the new profit'],
        [pct(cut, v), 'divides the cut by the variable cost'],
      ],
      figures: { p, v, f, q, g },
    }
  }),
  family('break-even-after-automation', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const df = round(rng, 10, 120, 500)
    const dv = share(v, rng.int(15, 40), 100)
    return {
      stem: `${scene(b)} Automating would add ${b.m(df)} a year of fixed costs and cut variable costs by ${b.m(dv)} a unit. What would the break-even volume be after automating, rounded up to a whole unit?`,
      key: units(up(f + df, cm + dv)),
      wrong: [
        [units(up(f, cm)), 'gives the break-even before automating'],
        [units(up(f + df, cm)), 'adds the fixed cost but not the variable saving'],
        [units(up(f, cm + dv)), 'takes the variable saving but not the fixed cost'],
        [units(up(df, dv)), 'gives the volume where the saving pays for the machine'],
        [units(up(f + df, cm - dv)), 'deducts the saving from the contribution'],
        [units(up(f + df, p)), 'divides by the price'],
      ],
      figures: { p, v, f, q, df, dv },
    }
  }),
  family('volume-to-hold-profit-after-a-cost-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const dv = share(v, rng.int(5, 15), 100)
    positive(cm - dv - share(p, 500, 10000))
    return {
      stem: `${scene(b)} Variable costs will rise by ${b.m(dv)} a unit and the price cannot move. How many units must be sold to earn at least the budgeted profit, rounded up to a whole unit?`,
      key: units(up(q * cm, cm - dv)),
      wrong: [
        [units(up(q * cm, cm + dv)), 'adds the rise to the contribution'],
        [units(up(f, cm - dv)), 'gives the new break-even volume'],
        [units(q + up(q * dv, p)), 'adds the cost of the rise over the price'],
        [units(down(q * cm, cm - dv)), 'rounds down, falling short of the profit'],
        [units(up(q * cm + f, cm - dv)), 'covers the fixed costs twice'],
      ],
      figures: { p, v, f, q, dv },
    }
  }),
  family('extra-units-to-cover-a-fixed-cost-rise', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const df = round(rng, 4, 80, 250)
    return {
      stem: `${scene(b)} A new marketing contract adds ${b.m(df)} a year of fixed costs. How many extra units must be sold to keep profit at budget, rounded up to a whole unit?`,
      key: units(up(df, cm)),
      wrong: [
        [units(up(df, p)), 'divides by the price'],
        [units(up(f + df, cm)), 'gives the new break-even volume'],
        [units(up(df, v)), 'divides by the variable cost'],
        [units(down(df, cm)), 'rounds down, falling short'],
        [units(up(df, cm) + up(f, cm)), 'adds the break-even volume to the extra units'],
        [units(q + up(df, cm)), 'gives the new total volume, not the extra'],
      ],
      figures: { p, v, f, q, df },
    }
  }),
  family('break-even-after-a-price-cut', (rng) => {
    const b = budget(rng)
    const { p, v, cm, f, q } = b
    const g = rng.pick([500, 800, 1000, 1200])
    const p2 = p - share(p, g, 10000)
    positive(p2 - v - share(p, 500, 10000))
    return {
      stem: `${scene(b)} If the price is cut ${rate(g)} to ${b.m(p2)}, with costs unchanged, what is the new break-even volume, rounded up to a whole unit?`,
      key: units(up(f, p2 - v)),
      wrong: [
        [units(up(f, cm)), 'keeps the old break-even volume'],
        [units(up(f, p2)), 'divides fixed costs by the new price'],
        [
          units(up(f, cm) + share(up(f, cm), g, 10000)),
          'raises the old break-even by the percentage cut',
        ],
        [units(down(f, p2 - v)), 'rounds down, leaving a loss'],
        [
          units(up(f, cm - share(cm, g, 10000))),
          'cuts the contribution by the percentage, not the price',
        ],
        [units(up(q * cm, p2 - v)), 'gives the volume that keeps the budgeted contribution'],
        [
          units(up(f * p * 10000, (cm * 10000 - g * p) * p2)),
          'cuts the contribution margin ratio by the percentage points of the cut',
        ],
      ],
      figures: { p, v, f, q, g },
    }
  }),
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
