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
  round,
  share,
  units,
  up,
} from './cvp-text.js'

// Contribution margin, break-even, target profit and margin of safety for one product. Price and
// variable cost per unit are in cents, fixed costs a round annual amount; a volume is always
// rounded up to a whole unit (a part-unit cannot be sold, and rounding down leaves a loss or a
// shortfall), money to the cent and percentages to one decimal place, as each stem states.

/** One product: price, variable cost, annual fixed costs and the fixed overhead absorbed per unit. */
function basics(rng: Rng) {
  const [client, item] = maker(rng)
  const p = cents(rng, 20, 260)
  const v = share(p, rng.int(30, 72), 100)
  const f = round(rng, 30, 480, 500)
  const afu = share(p, rng.int(6, 14), 100)
  positive(p - v - afu)
  return { client, item, p, v, cm: p - v, f, afu, m: money(rng) }
}

const TAXES = [1900, 2000, 2100, 2500, 2800, 3000] as const

export const BREAKEVEN_FAMILIES = [
  family('contribution-per-unit-with-commission', (rng) => {
    const { client, item, p, afu, m } = basics(rng)
    const mat = share(p, rng.int(14, 24), 100)
    const lab = share(p, rng.int(10, 18), 100)
    const voh = share(p, rng.int(3, 9), 100)
    const cb = rng.pick([500, 750, 1000, 1200])
    const comm = share(p, cb, 10000)
    const key = p - mat - lab - voh - comm
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}. Per unit: materials ${m(mat)}, direct labour ${m(lab)}, variable overhead ${m(voh)}, a sales commission of ${rate(cb)} of the selling price, and fixed overhead absorbed at ${m(afu)}. What is the contribution margin per unit, to the cent?`,
      key: m(key),
      wrong: [
        [m(key - afu), 'also deducts the absorbed fixed overhead, giving a profit per unit'],
        [m(key + comm), 'leaves out the sales commission'],
        [m(key + voh), 'treats variable overhead as fixed'],
        [
          m(p - mat - lab - voh - share(mat + lab + voh, cb, 10000)),
          'works the commission on the variable cost, not the price',
        ],
        [m(p - mat - lab), 'counts only materials and labour as variable'],
        [m(mat + lab + voh + comm), 'gives the variable cost per unit, not the contribution'],
      ],
      figures: { p, mat, lab, voh, cb, afu },
    }
  }),
  family('contribution-margin-ratio', (rng) => {
    const { client, item, p, v, cm, afu, m } = basics(rng)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and fixed overhead is absorbed at ${m(afu)} a unit on budgeted output. What is the contribution margin ratio, as a percentage to one decimal place?`,
      key: pct(cm, p),
      wrong: [
        [pct(v, p), 'gives the variable cost ratio'],
        [pct(cm, v), 'divides the contribution by the variable cost, a mark-up'],
        [pct(cm - afu, p), 'deducts the absorbed fixed overhead first, a profit margin'],
        [pct(cm, v + afu), 'divides the contribution by the full cost per unit'],
        [pct(cm - afu, v + afu), 'gives the mark-up on full cost'],
      ],
      figures: { p, v, afu },
    }
  }),
  family('break-even-units-rounded-up', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)}, and the costing system absorbs fixed overhead at ${m(afu)} a unit. How many units must it sell in the year to break even, rounded up to a whole unit?`,
      key: units(up(f, cm)),
      wrong: [
        [units(down(f, cm)), 'rounds down, which leaves a small loss'],
        [units(up(f, p)), 'divides fixed costs by the selling price'],
        [units(up(f, cm - afu)), 'also deducts the absorbed fixed overhead from the contribution'],
        [units(up(f, v)), 'divides fixed costs by the variable cost per unit'],
      ],
      figures: { p, v, f, afu },
    }
  }),
  family('break-even-revenue-exact', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const wholePct = near(cm * 100, p)
    positive(wholePct)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)} (fixed overhead is absorbed at ${m(afu)} a unit). What is the exact break-even revenue, fixed costs divided by the unrounded contribution margin ratio, to the cent?`,
      key: m(near(f * p, cm)),
      wrong: [
        [m(near(f * p, v)), 'divides by the variable cost ratio'],
        [m(near(f * cm, p)), 'multiplies fixed costs by the ratio instead of dividing'],
        [m(near(f * 100, wholePct)), 'rounds the ratio to a whole per cent first'],
        [m(near(f * p, cm - afu)), 'deducts the absorbed fixed overhead from the contribution'],
      ],
      figures: { p, v, f, afu },
    }
  }),
  family('target-profit-units-before-tax', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const t = share(f, rng.int(15, 60), 100)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)} (absorbed at ${m(afu)} a unit). The owner wants a profit before tax of ${m(t)}. How many units must be sold, rounded up to a whole unit?`,
      key: units(up(f + t, cm)),
      wrong: [
        [units(up(t, cm)), 'covers only the target profit, not the fixed costs'],
        [units(up(f + t, p)), 'divides by the selling price, not the contribution'],
        [units(up(f + t, cm - afu)), 'also deducts the absorbed fixed overhead per unit'],
        [units(up(f - t, cm)), 'subtracts the target profit from fixed costs'],
      ],
      figures: { p, v, f, afu, t },
    }
  }),
  family('target-profit-revenue-before-tax', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const t = share(f, rng.int(15, 60), 100)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)} (absorbed at ${m(afu)} a unit). The owner wants a profit before tax of ${m(t)}. What sales revenue is needed? Work with the unrounded contribution margin ratio and give the revenue to the cent.`,
      key: m(near((f + t) * p, cm)),
      wrong: [
        [m(near((f + t) * p, v)), 'divides by the variable cost ratio'],
        [m(near(t * p, cm)), 'covers only the target profit, not the fixed costs'],
        [m(near(f * p, cm) + t), 'adds the target profit to break-even revenue'],
        [m(near((f + t) * p, cm - afu)), 'also deducts the absorbed fixed overhead per unit'],
        [m(near((f - t) * p, cm)), 'subtracts the target profit from fixed costs'],
        [m(f + t), 'gives the contribution needed, not the revenue'],
      ],
      figures: { p, v, f, afu, t },
    }
  }),
  family('target-profit-units-after-tax', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const a = share(f, rng.int(12, 50), 100)
    const tb = rng.pick(TAXES)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Tax is ${rate(tb)} of profit. The owner wants ${m(a)} of profit after tax. How many units must be sold, rounded up to a whole unit?`,
      key: units(up(f * (10000 - tb) + a * 10000, cm * (10000 - tb))),
      wrong: [
        [units(up(f + a, cm)), 'treats the after-tax target as a profit before tax'],
        [
          units(up(f * 10000 + a * (10000 + tb), cm * 10000)),
          'grosses up by adding the tax rate of the target',
        ],
        [
          units(up((f + a) * 10000, cm * (10000 - tb))),
          'grosses up fixed costs as well as the target',
        ],
        [
          units(up(f * tb + a * 10000, cm * tb)),
          'divides the target by the tax rate, not by one less the rate',
        ],
        [
          units(down(f * (10000 - tb) + a * 10000, cm * (10000 - tb))),
          'rounds down, falling short of the target',
        ],
      ],
      figures: { p, v, f, a, tb },
    }
  }),
  family('target-profit-revenue-after-tax', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const a = share(f, rng.int(12, 50), 100)
    const tb = rng.pick(TAXES)
    const den = cm * (10000 - tb)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Tax is ${rate(tb)} of profit. What sales revenue gives ${m(a)} of profit after tax? Work with the unrounded contribution margin ratio and give the revenue to the cent.`,
      key: m(near((f * (10000 - tb) + a * 10000) * p, den)),
      wrong: [
        [m(near((f + a) * p, cm)), 'treats the after-tax target as a profit before tax'],
        [m(near((f + a) * 10000 * p, den)), 'grosses up fixed costs as well as the target'],
        [
          m(near((f * 10000 + a * (10000 + tb)) * p, cm * 10000)),
          'grosses up by adding the tax rate of the target',
        ],
        [
          m(near((f * (10000 - tb) + a * 10000) * p, v * (10000 - tb))),
          'divides by the variable cost ratio',
        ],
        [m(near(f * p, cm) + a), 'adds the after-tax target to break-even revenue'],
      ],
      figures: { p, v, f, a, tb },
    }
  }),
  family('target-profit-as-a-share-of-sales', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const rb = rng.pick([500, 800, 1000, 1200, 1500])
    positive(cm * 10000 - rb * p - 100 * p)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. The owner wants a profit before tax equal to ${rate(rb)} of sales revenue. How many units must be sold, rounded up to a whole unit?`,
      key: units(up(f * 10000, cm * 10000 - rb * p)),
      wrong: [
        [units(up(f, cm)), 'gives plain break-even, with no profit'],
        [
          units(up(f * 10000, cm * 10000 - rb * cm)),
          'takes the percentage of the contribution, not the price',
        ],
        [units(up(f * 10000, cm * 10000 - rb * v)), 'takes the percentage of the variable cost'],
        [units(up(f * 10000, cm * 10000 + rb * p)), 'adds the profit share to the contribution'],
        [units(up(f * (10000 + rb), cm * 10000)), 'adds the percentage to fixed costs instead'],
      ],
      figures: { p, v, f, rb },
    }
  }),
  family('margin-of-safety-units', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const be = up(f, cm)
    const b = be + rng.int(10, 80) * Math.max(1, Math.round(be / 100))
    return {
      stem: `${cap(client)} budgets to sell ${units(b)} of its ${item} at ${m(p)} each; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Taking break-even rounded up to a whole unit, what is the margin of safety in units?`,
      key: units(b - be),
      wrong: [
        [units(be), 'gives the break-even volume, not the margin above it'],
        [units(b - down(f, cm)), 'rounds break-even down first'],
        [units(b - up(f, p)), 'divides fixed costs by the price for break-even'],
        [units(b + be), 'adds break-even to the budget'],
        [units(b), 'gives the whole budgeted volume'],
        [units(b - up(f, v)), 'finds break-even by dividing by the variable cost'],
      ],
      figures: { p, v, f, b },
    }
  }),
  family('margin-of-safety-revenue', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const b = up(f, cm) + rng.int(60, 3000)
    const ber = near(f * p, cm)
    return {
      stem: `${cap(client)} budgets to sell ${units(b)} of its ${item} at ${m(p)} each; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Taking the exact break-even revenue (fixed costs over the unrounded contribution margin ratio, to the cent), what is the margin of safety in revenue?`,
      key: m(b * p - ber),
      wrong: [
        [m(b * p - f), 'subtracts the fixed costs from budgeted revenue'],
        [m(b * cm - f), 'gives the budgeted profit'],
        [m(ber), 'gives the break-even revenue'],
        [m(b * p - near(f * p, v)), 'finds break-even with the variable cost ratio'],
        [m(b * cm), 'gives the budgeted total contribution'],
        [m(b * p - near(f * cm, p)), 'multiplies fixed costs by the ratio for break-even'],
      ],
      figures: { p, v, f, b },
    }
  }),
  family('margin-of-safety-percentage', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const b = up(f, cm) + rng.int(60, 3000)
    // Margin of safety over budget: (b·cm − f) / (b·cm), the exact break-even f/cm.
    return {
      stem: `${cap(client)} budgets to sell ${units(b)} of its ${item} at ${m(p)} each; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Using the exact (unrounded) break-even volume, what is the margin of safety as a percentage of budgeted sales, to one decimal place?`,
      key: pct(b * cm - f, b * cm),
      wrong: [
        [pct(b * cm - f, f), 'divides the margin by the break-even volume'],
        [pct(f, b * cm), 'gives break-even as a share of the budget'],
        [pct(b * cm - f, b * p), 'gives the profit margin on sales'],
        [pct(b * p - f, b * p), 'subtracts fixed costs from revenue for the margin'],
      ],
      figures: { p, v, f, b },
    }
  }),
  family('profit-at-a-volume', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const q = up(f, cm) + rng.int(50, 2500)
    return {
      stem: `${cap(client)} expects to sell ${units(q)} of its ${item} at ${m(p)} each; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)}, and the costing system absorbs fixed overhead at ${m(afu)} a unit. Production equals sales. What profit before tax does a contribution approach give?`,
      key: m(q * cm - f),
      wrong: [
        [m(q * p - f), 'ignores the variable costs'],
        [m(q * cm), 'gives the total contribution, before fixed costs'],
        [m(q * (cm - afu) - f), 'deducts fixed overhead twice, absorbed and in total'],
        [m(q * (p - v - afu)), 'gives sales less full cost without the under-absorbed overhead'],
        [m((q - up(f, cm)) * p), 'gives the margin of safety in revenue'],
        [m(q * cm - f + q * afu), 'adds back the absorbed overhead'],
      ],
      figures: { p, v, f, afu, q },
    }
  }),
  family('profit-after-tax-at-a-volume', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const q = up(f, cm) + rng.int(80, 2500)
    const tb = rng.pick(TAXES)
    const pbt = q * cm - f
    return {
      stem: `${cap(client)} expects to sell ${units(q)} of its ${item} at ${m(p)} each; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. Tax is ${rate(tb)} of profit, to the cent. What is the profit after tax?`,
      key: m(pbt - share(pbt, tb, 10000)),
      wrong: [
        [m(pbt), 'gives the profit before tax'],
        [m(share(pbt, tb, 10000)), 'gives the tax, not the profit after it'],
        [m(q * cm - share(q * cm, tb, 10000) - f), 'taxes the contribution before fixed costs'],
        [m(near(pbt * 10000, 10000 + tb)), 'divides by one plus the tax rate'],
        [m(q * p - f - share(q * p - f, tb, 10000)), 'ignores the variable costs'],
        [m(pbt + share(pbt, tb, 10000)), 'adds the tax instead of deducting it'],
      ],
      figures: { p, v, f, q, tb },
    }
  }),
  family('extra-units-for-a-profit-rise', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const d = share(f, rng.int(5, 30), 100)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)}, and fixed overhead is absorbed at ${m(afu)} a unit. It is already above break-even. The owner wants profit to rise by ${m(d)} with price and costs unchanged. How many more units must be sold, rounded up to a whole unit?`,
      key: units(up(d, cm)),
      wrong: [
        [units(up(d, p)), 'divides the rise by the price, not the contribution'],
        [units(up(d + f, cm)), 'covers the fixed costs again'],
        [units(up(d, v)), 'divides the rise by the variable cost'],
        [units(down(d, cm)), 'rounds down, falling short of the rise'],
        [units(up(d, cm) + up(f, cm)), 'adds the break-even volume to the extra units'],
        [units(up(d, cm - afu)), 'deducts the absorbed fixed overhead from the contribution'],
      ],
      figures: { p, v, f, d, afu },
    }
  }),
  family('price-for-a-target-profit', (rng) => {
    const { client, item, v, f, afu, m, p } = basics(rng)
    const q = rng.int(8, 90) * 100
    const t = share(f, rng.int(10, 60), 100)
    return {
      stem: `${cap(client)} expects to sell ${units(q)} of its ${item} a year whatever its price within the range being considered (it sells near ${m(p)} today); variable costs are ${m(v)} a unit, annual fixed costs ${m(f)}, and the costing system absorbs fixed overhead at ${m(afu)} a unit. What is the lowest price, rounded up to the cent, that earns a profit before tax of ${m(t)}?`,
      key: m(v + up(f + t, q)),
      wrong: [
        [m(up(f + t, q)), 'leaves out the variable cost per unit'],
        [m(v + up(f, q)), 'gives the break-even price, with no profit'],
        [m(v + up(t, q)), 'leaves out the fixed costs'],
        [
          m(v + afu + up(f + t, q)),
          'adds the absorbed fixed overhead per unit as well, counting fixed costs twice',
        ],
      ],
      figures: { v, f, q, t, afu },
    }
  }),
  family('sales-for-a-target-profit-units-to-revenue', (rng) => {
    const { client, item, p, v, cm, f, m } = basics(rng)
    const t = share(f, rng.int(15, 60), 100)
    const q = up(f + t, cm)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit and annual fixed costs ${m(f)}. The owner wants a profit before tax of ${m(t)} and sells only whole units. What sales revenue does the smallest whole number of units reaching that profit bring in?`,
      key: m(q * p),
      wrong: [
        [m(near((f + t) * p, cm)), 'gives the exact revenue, not that of whole units'],
        [m(down(f + t, cm) * p), 'rounds the units down, falling short'],
        [m(q * cm), 'gives the contribution of those units'],
        [m(up(f + t, p) * p), 'divides by the price for the units'],
      ],
      figures: { p, v, f, t },
    }
  }),
  family('break-even-after-a-new-sales-commission', (rng) => {
    const { client, item, p, v, cm, f, afu, m } = basics(rng)
    const cb = rng.pick([500, 750, 1000, 1200])
    const c = share(p, cb, 10000)
    const gross = share(p, cb, 10000 - cb)
    positive(cm - c - share(p, 500, 10000), cm - c - afu, cm - 2 * c, cm - gross)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; variable costs are ${m(v)} a unit, annual fixed costs ${m(f)}, and the costing system absorbs fixed overhead at ${m(afu)} a unit. It will now pay agents a commission of ${rate(cb)} of the selling price on every sale. What is the new break-even volume, rounded up to a whole unit?`,
      key: units(up(f, cm - c)),
      wrong: [
        [units(up(f, cm)), 'leaves out the new commission'],
        [
          units(up(f, cm - share(cm, cb, 10000))),
          'takes the commission on the contribution, not the price',
        ],
        [units(up(f, cm - share(v, cb, 10000))), 'takes the commission on the variable cost'],
        [
          units(up(f, cm - 2 * c)),
          'deducts the commission twice, from the price and again as a variable cost',
        ],
        [
          units(up(f, cm - gross)),
          'grosses the rate up, as if the commission were on the price net of commission',
        ],
        [units(down(f, cm - c)), 'rounds down, leaving a loss'],
        [
          units(up(f, cm - c - afu)),
          'also deducts the absorbed fixed overhead from the contribution',
        ],
      ],
      figures: { p, v, f, cb, afu },
    }
  }),
]

/** The stem's opening word capitalised. */
function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
