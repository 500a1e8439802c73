import type { Rng } from '../../rng.js'
import {
  cents,
  down,
  family,
  money,
  near,
  pct,
  positive,
  round,
  share,
  units,
  up,
} from './cvp-text.js'

// Multi-product break-even with a constant sales mix. The mix is stated in units (a : b, or
// a : b : c) or in revenue shares; a "batch" is one mix of units, and the business breaks even
// on a whole number of batches, rounded up, unless the stem asks for the exact revenue. Money
// in cents, rounded half away from zero to the cent; percentages to one decimal place.

const RANGES = [
  ['a coffee roaster', 'retail bag', 'wholesale sack', 'gift tin'],
  ['a pottery', 'mug', 'bowl', 'platter'],
  ['a candle maker', 'tealight pack', 'jar candle', 'pillar candle'],
  ['a bakery', 'baguette', 'cake', 'tart'],
  ['a furniture maker', 'stool', 'chair', 'table'],
  ['a print shop', 'flyer pack', 'poster', 'banner'],
] as const

/** Two or three products with prices, variable costs and a unit mix, and annual fixed costs. */
function range(rng: Rng, three = false) {
  const [client, na, nb, nc] = rng.pick(RANGES)
  const p = [cents(rng, 8, 60), cents(rng, 40, 160), cents(rng, 120, 400)]
  const v = p.map((x) => share(x, rng.int(30, 70), 100))
  const cm = p.map((x, i) => x - v[i]!)
  const mix = three
    ? rng.pick([
        [3, 2, 1],
        [4, 3, 1],
        [5, 3, 2],
        [2, 2, 1],
        [6, 3, 1],
      ])
    : rng.pick([
        [3, 1],
        [2, 1],
        [3, 2],
        [4, 1],
        [5, 2],
        [1, 2],
      ])
  const n = mix.length
  const bcm = mix.reduce((s, k, i) => s + k * cm[i]!, 0)
  const brev = mix.reduce((s, k, i) => s + k * p[i]!, 0)
  const f = round(rng, 20, 400, 500)
  const m = money(rng)
  const names = [na, nb, nc].slice(0, n)
  const list = names
    .map((x, i) => `${x}s at ${m(p[i]!)} (variable cost ${m(v[i]!)})`)
    .join(n === 3 ? ', ' : ' and ')
  const scene = `${cap(client)} sells ${list}, in a constant mix of ${mix.slice(0, n).join(' : ')} by units; annual fixed costs are ${m(f)}.`
  return { p, v, cm, mix, n, bcm, brev, f, m, names, scene }
}
const fig = (r: ReturnType<typeof range>) => ({
  p: r.p.slice(0, r.n).join(','),
  v: r.v.slice(0, r.n).join(','),
  mix: r.mix.join(','),
  f: r.f,
})

export const MIX_FAMILIES = [
  family('weighted-average-contribution-per-unit', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    const [pa, pb] = r.p as [number, number]
    return {
      stem: `${r.scene} What is the weighted average contribution margin per unit sold, to the cent?`,
      key: r.m(near(a * ca + b * cb, a + b)),
      wrong: [
        [r.m(near(ca + cb, 2)), 'takes a simple average of the two contributions'],
        [r.m(near(b * ca + a * cb, a + b)), 'applies the mix weights the wrong way round'],
        [r.m(a * ca + b * cb), 'gives the contribution of a whole batch'],
        [r.m(near(ca * pa * a + cb * pb * b, pa * a + pb * b)), 'weights by revenue, not units'],
        [r.m(near(a * pa + b * pb, a + b)), 'gives the average price, not contribution'],
      ],
      figures: fig(r),
    }
  }),
  family('break-even-units-of-the-first-product', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    const k = up(r.f, r.bcm)
    return {
      stem: `${r.scene} Rounding the number of mix batches up to a whole batch, how many ${r.names[0]}s are sold at break-even?`,
      key: units(a * k),
      wrong: [
        [units(b * k), 'applies the other product’s share of the mix'],
        [units(k), 'gives the number of batches'],
        [units(up(r.f, ca)), 'breaks even as if only this product were sold'],
        [units(a * up(r.f, ca + cb)), 'treats the batch as one of each product'],
        [units((a + b) * k), 'gives the total units of both products'],
      ],
      figures: fig(r),
    }
  }),
  family('break-even-units-of-the-second-product', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    const k = up(r.f, r.bcm)
    return {
      stem: `${r.scene} Rounding the number of mix batches up to a whole batch, how many ${r.names[1]}s are sold at break-even?`,
      key: units(b * k),
      wrong: [
        [units(a * k), 'applies the other product’s share of the mix'],
        [units(k), 'gives the number of batches'],
        [units(up(r.f, cb)), 'breaks even as if only this product were sold'],
        [units(b * up(r.f, ca + cb)), 'treats the batch as one of each product'],
        [units((a + b) * k), 'gives the total units of both products'],
      ],
      figures: fig(r),
    }
  }),
  family('break-even-total-units', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    const k = up(r.f, r.bcm)
    return {
      stem: `${r.scene} Rounding the number of mix batches up to a whole batch, how many units in total (both products) are sold at break-even?`,
      key: units((a + b) * k),
      wrong: [
        [units(k), 'gives the number of batches'],
        [units(up(r.f * 2, ca + cb)), 'uses a simple average contribution'],
        [units(a * k), 'counts only the first product'],
        [units(up(r.f, Math.min(ca, cb))), 'uses the lower contribution for every unit'],
        [units(up(r.f * (a + b), b * ca + a * cb)), 'applies the mix weights the wrong way round'],
      ],
      figures: fig(r),
    }
  }),
  family('break-even-revenue-of-a-unit-mix', (rng) => {
    const r = range(rng)
    const [ca, cb] = r.cm as [number, number]
    const [pa, pb] = r.p as [number, number]
    const bv = r.brev - r.bcm
    return {
      stem: `${r.scene} What is the exact break-even revenue (fixed costs over the mix's unrounded weighted contribution margin ratio), to the cent?`,
      key: r.m(near(r.f * r.brev, r.bcm)),
      wrong: [
        [r.m(near(r.f * (pa + pb), ca + cb)), 'ignores the mix, one of each product'],
        [r.m(near(r.f * r.brev, bv)), 'divides by the variable cost ratio'],
        [r.m(near(r.f * 2 * pa * pb, ca * pb + cb * pa)), 'averages the two ratios simply'],
        [r.m(up(r.f, r.bcm) * r.brev), 'prices a whole number of batches'],
        [r.m(near(r.f * r.bcm, r.brev)), 'multiplies by the ratio instead of dividing'],
      ],
      figures: fig(r),
    }
  }),
  family('weighted-ratio-from-a-revenue-mix', (rng) => {
    const r = range(rng)
    const ra = rng.int(25, 60)
    const rb = rng.int(25, 60)
    const wa = rng.int(2, 8) * 10
    positive(Math.abs(ra - rb) - 3)
    return {
      stem: `A client earns a contribution margin ratio of ${ra}% on its ${r.names[0]}s and ${rb}% on its ${r.names[1]}s; ${r.names[0]}s bring in ${wa}% of sales revenue and ${r.names[1]}s the rest. What is the weighted contribution margin ratio, to one decimal place?`,
      key: pct(wa * ra + (100 - wa) * rb, 10000),
      wrong: [
        [pct(ra + rb, 200), 'takes a simple average of the two ratios'],
        [pct((100 - wa) * ra + wa * rb, 10000), 'applies the revenue shares the wrong way round'],
        [pct(Math.max(ra, rb), 100), 'takes the higher ratio'],
        [pct(wa * ra, 10000), 'counts only the first product’s share'],
      ],
      figures: { ra, rb, wa },
    }
  }),
  family('break-even-revenue-from-a-revenue-mix', (rng) => {
    const r = range(rng)
    const ra = rng.int(25, 60)
    const rb = rng.int(25, 60)
    const wa = rng.int(2, 8) * 10
    positive(Math.abs(ra - rb) - 3)
    const w = wa * ra + (100 - wa) * rb
    return {
      stem: `A client earns a contribution margin ratio of ${ra}% on its ${r.names[0]}s and ${rb}% on its ${r.names[1]}s; ${r.names[0]}s bring in ${wa}% of sales revenue and ${r.names[1]}s the rest. Annual fixed costs are ${r.m(r.f)}. What is the break-even sales revenue, to the cent?`,
      key: r.m(near(r.f * 10000, w)),
      wrong: [
        [r.m(near(r.f * 200, ra + rb)), 'uses a simple average of the ratios'],
        [
          r.m(near(r.f * 10000, (100 - wa) * ra + wa * rb)),
          'applies the revenue shares the wrong way round',
        ],
        [r.m(near(r.f * 10000, 10000 - w)), 'divides by the weighted variable cost ratio'],
        [r.m(near(r.f * 100, Math.max(ra, rb))), 'uses the higher ratio for all sales'],
        [r.m(near(r.f * 100, Math.min(ra, rb))), 'uses the lower ratio for all sales'],
      ],
      figures: { ra, rb, wa, f: r.f },
    }
  }),
  family('break-even-units-of-the-third-product', (rng) => {
    const r = range(rng, true)
    const [a, b, c] = r.mix as [number, number, number]
    const [ca, cb, cc] = r.cm as [number, number, number]
    const k = up(r.f, r.bcm)
    return {
      stem: `${r.scene} Rounding the number of mix batches up to a whole batch, how many ${r.names[2]}s are sold at break-even?`,
      key: units(c * k),
      wrong: [
        [units(a * k), 'applies the first product’s share of the mix'],
        [units(k * (a + b + c)), 'gives the total units of all three'],
        [units(up(r.f, cc)), 'breaks even as if only this product were sold'],
        [units(c * up(r.f, ca + cb + cc)), 'treats the batch as one of each product'],
        [units(b * k), 'applies the second product’s share of the mix'],
        [units(k), 'gives the number of batches'],
        [units(c * down(r.f, r.bcm)), 'rounds the batches down, leaving a loss'],
      ],
      figures: fig(r),
    }
  }),
  family('weighted-average-contribution-of-three-products', (rng) => {
    const r = range(rng, true)
    const [a, b, c] = r.mix as [number, number, number]
    const [ca, cb, cc] = r.cm as [number, number, number]
    return {
      stem: `${r.scene} What is the weighted average contribution margin per unit sold, to the cent?`,
      key: r.m(near(r.bcm, a + b + c)),
      wrong: [
        [r.m(near(ca + cb + cc, 3)), 'takes a simple average of the contributions'],
        [r.m(r.bcm), 'gives the contribution of a whole batch'],
        [
          r.m(near(c * ca + b * cb + a * cc, a + b + c)),
          'applies the mix weights in reverse order',
        ],
        [r.m(near(r.brev, a + b + c)), 'gives the average price'],
        [r.m(near(r.bcm, 3)), 'divides the batch contribution by the number of products'],
        [r.m(ca), 'uses the best-selling product’s contribution'],
        [r.m(cc), 'uses the dearest product’s contribution'],
      ],
      figures: fig(r),
    }
  }),
  family('units-of-one-product-for-a-target-profit', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const t = share(r.f, rng.int(15, 60), 100)
    const k = up(r.f + t, r.bcm)
    return {
      stem: `${r.scene} The owner wants a profit before tax of ${r.m(t)}. Rounding the number of mix batches up to a whole batch, how many ${r.names[0]}s must be sold?`,
      key: units(a * k),
      wrong: [
        [units(a * up(r.f, r.bcm)), 'gives the break-even figure, with no profit'],
        [units(a * up(t, r.bcm)), 'covers only the target profit'],
        [units(b * k), 'applies the other product’s share of the mix'],
        [units(k), 'gives the number of batches'],
        [units((a + b) * k), 'gives the total units of both products'],
      ],
      figures: { ...fig(r), t },
    }
  }),
  family('profit-at-a-total-volume-in-the-mix', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    const k = up(r.f, r.bcm) + rng.int(20, 400)
    const n = k * (a + b)
    return {
      stem: `${r.scene} It expects to sell ${units(n)} in total, in that mix. What profit before tax does that give?`,
      key: r.m(k * r.bcm - r.f),
      wrong: [
        [r.m(near(n * (ca + cb), 2) - r.f), 'uses a simple average contribution'],
        [r.m(k * (b * ca + a * cb) - r.f), 'applies the mix weights the wrong way round'],
        [r.m(k * r.bcm), 'leaves out the fixed costs'],
        [r.m(k * r.brev - r.f), 'ignores the variable costs'],
        [r.m(r.bcm), 'gives the contribution of a single batch'],
        [r.m(near(k * r.bcm - r.f, n)), 'gives the profit per unit sold'],
      ],
      figures: { ...fig(r), n },
    }
  }),
  family('profit-after-a-mix-shift', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    positive(Math.abs(ca - cb) - 50)
    const [a2, b2] = [b, a]
    positive(Math.abs(a - b))
    const k = up(r.f, Math.min(r.bcm, a2 * ca + b2 * cb)) + rng.int(20, 300)
    const n = k * (a + b)
    const old = k * r.bcm - r.f
    return {
      stem: `${r.scene} It expects to sell ${units(n)} in total. If customers switch so the mix becomes ${a2} : ${b2} with the same total units, what will the profit before tax be?`,
      key: r.m(k * (a2 * ca + b2 * cb) - r.f),
      wrong: [
        [r.m(old), 'keeps the profit of the old mix'],
        [r.m(near(n * (ca + cb), 2) - r.f), 'uses a simple average contribution'],
        [r.m(k * (a2 * ca + b2 * cb)), 'leaves out the fixed costs'],
        [r.m(k * (a2 * r.p[0]! + b2 * r.p[1]!) - r.f), 'ignores the variable costs'],
        [
          r.m(k * (a2 * ca + b2 * cb) - r.f - old),
          'gives the change in profit, not the new profit',
        ],
      ],
      figures: { ...fig(r), n },
    }
  }),
  family('break-even-after-a-mix-shift', (rng) => {
    const r = range(rng)
    const [a, b] = r.mix as [number, number]
    const [ca, cb] = r.cm as [number, number]
    positive(Math.abs(a - b), Math.abs(ca - cb) - 50)
    const b2cm = b * ca + a * cb
    return {
      stem: `${r.scene} If the mix changes to ${b} : ${a}, with prices and costs unchanged, how many units in total must be sold to break even, rounding the batches up to a whole batch?`,
      key: units((a + b) * up(r.f, b2cm)),
      wrong: [
        [units((a + b) * up(r.f, r.bcm)), 'keeps the old mix'],
        [units(up(r.f, b2cm)), 'gives the number of batches'],
        [units(up(r.f * 2, ca + cb)), 'uses a simple average contribution'],
        [units(b * up(r.f, b2cm)), 'counts only the first product'],
        [units(up(r.f, Math.min(ca, cb))), 'uses the lower contribution for every unit'],
      ],
      figures: fig(r),
    }
  }),
  family('margin-of-safety-revenue-of-a-mix', (rng) => {
    const r = range(rng)
    const k = up(r.f, r.bcm) + rng.int(20, 300)
    const [a, b] = r.mix as [number, number]
    const ber = near(r.f * r.brev, r.bcm)
    return {
      stem: `${r.scene} It budgets to sell ${units(k * (a + b))} in total, in that mix. Taking the exact break-even revenue (fixed costs over the unrounded weighted contribution margin ratio, to the cent), what is the margin of safety in revenue?`,
      key: r.m(k * r.brev - ber),
      wrong: [
        [r.m(ber), 'gives the break-even revenue'],
        [r.m(k * r.brev - r.f), 'subtracts fixed costs from budgeted revenue'],
        [r.m(k * r.bcm - r.f), 'gives the budgeted profit'],
        [
          r.m(k * r.brev - near(r.f * (r.p[0]! + r.p[1]!), r.cm[0]! + r.cm[1]!)),
          'finds break-even ignoring the mix',
        ],
        [r.m(k * r.brev), 'gives the budgeted revenue'],
        [
          r.m(
            k * r.brev - near(2 * r.f * r.p[0]! * r.p[1]!, r.cm[0]! * r.p[1]! + r.cm[1]! * r.p[0]!),
          ),
          'finds break-even with a simple average of the two ratios',
        ],
        [r.m((k - up(r.f, r.bcm)) * r.brev), 'takes break-even as whole batches, not exact'],
      ],
      figures: { ...fig(r), k },
    }
  }),
  family('weighted-ratio-of-a-unit-mix', (rng) => {
    const r = range(rng)
    const [ca, cb] = r.cm as [number, number]
    const [pa, pb] = r.p as [number, number]
    return {
      stem: `${r.scene} What is the weighted contribution margin ratio of the mix, to one decimal place?`,
      key: pct(r.bcm, r.brev),
      wrong: [
        [pct(ca * pb + cb * pa, 2 * pa * pb), 'takes a simple average of the two ratios'],
        [pct(ca + cb, pa + pb), 'ignores the mix, one of each product'],
        [pct(r.brev - r.bcm, r.brev), 'gives the variable cost ratio'],
        [pct(r.bcm, r.brev - r.bcm), 'divides contribution by variable cost'],
        [pct(Math.max(ca * pb, cb * pa), pa * pb), 'takes the higher product ratio'],
      ],
      figures: fig(r),
    }
  }),
  family('units-of-one-product-given-the-other', (rng) => {
    const r = range(rng)
    const [ca, cb] = r.cm as [number, number]
    const qb = up(r.f, cb * 3) + rng.int(0, 200)
    positive(r.f - qb * cb)
    return {
      stem: `${r.scene.replace(/, in a constant mix[^;]*;/, ';')} A contract fixes sales of ${r.names[1]}s at ${units(qb)} this year. How many ${r.names[0]}s must be sold to break even, rounded up to a whole unit?`,
      key: units(up(r.f - qb * cb, ca)),
      wrong: [
        [units(up(r.f, ca)), 'ignores the contribution of the contracted sales'],
        ...(r.f > qb * r.p[1]!
          ? ([
              [
                units(up(r.f - qb * r.p[1]!, ca)),
                'deducts the contracted revenue, not contribution',
              ],
            ] as const)
          : []),
        [units(up(r.f - qb * cb, r.p[0]!)), 'divides by the price'],
        [units(up(r.f + qb * cb, ca)), 'adds the contracted contribution to fixed costs'],
        [units(up(r.f - qb * cb, ca + cb)), 'divides by both contributions'],
        [units(up(r.f - qb * cb, r.v[0]!)), 'divides by the variable cost'],
      ],
      figures: { ...fig(r), qb },
    }
  }),
  family('revenue-of-one-product-at-break-even', (rng) => {
    const r = range(rng)
    const ra = rng.int(25, 60)
    const rb = rng.int(25, 60)
    const wa = rng.int(2, 8) * 10
    positive(Math.abs(ra - rb) - 3)
    const w = wa * ra + (100 - wa) * rb
    return {
      stem: `A client earns a contribution margin ratio of ${ra}% on its ${r.names[0]}s and ${rb}% on its ${r.names[1]}s; ${r.names[0]}s bring in ${wa}% of sales revenue and ${r.names[1]}s the rest. Annual fixed costs are ${r.m(r.f)}. At break-even, how much revenue do the ${r.names[0]}s bring in, to the cent?`,
      key: r.m(near(r.f * 100 * wa, w)),
      wrong: [
        [r.m(near(r.f * 10000, w)), 'gives the total break-even revenue'],
        [r.m(near(r.f * 100 * (100 - wa), w)), 'takes the other product’s share'],
        [r.m(near(r.f * 100, ra)), 'breaks even on this product alone'],
        [r.m(near(r.f * 2 * wa, ra + rb)), 'uses a simple average of the ratios'],
        [r.m(near(r.f * wa, 100)), 'takes the revenue share of fixed costs'],
      ],
      figures: { ra, rb, wa, f: r.f },
    }
  }),
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
