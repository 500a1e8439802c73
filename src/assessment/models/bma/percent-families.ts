import {
  add,
  CENT,
  cents,
  div,
  dollars,
  mul,
  n,
  PCT1,
  pc,
  pct,
  plain,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  WHOLE,
  worked,
  wp,
} from './bma-text.js'

// Percentages on the right base. Stems say which base a change or a share is on and how it is
// rounded, because the slips are the new value taken as the base, points read as percent,
// percents added where they compound, and a reverse percentage taken off the new figure.

export const PERCENT_FAMILIES = [
  worked('percent-change-in-monthly-sales', (rng) => {
    const o = rng.int(300, 900) * 100
    const v = o + rng.pick([-1, 1]) * rng.int(30, 250) * 100
    const d = Math.abs(v - o)
    const way = v > o ? 'rise' : 'fall'
    return {
      stem: `A shop’s sales were $${n(o)} in May and $${n(v)} in June. What was the percent ${way} from May to June, on May’s sales as the base, ${PCT1}?`,
      show: pct(),
      figures: { o, v },
      key: div(d, o),
      wrong: [
        [div(d, v), 'divides by June’s sales instead of May’s'],
        [div(d * 2, o + v), 'divides by the mean of the two months'],
        [div(d, o + v), 'divides by the two months added together'],
        [div(v, o), 'gives June as a percent of May'],
        [div(o, v), 'gives May as a percent of June'],
      ],
    }
  }),
  worked('relative-change-in-a-rate', (rng) => {
    const a = rng.int(20, 90)
    const b = a + rng.int(4, 40)
    return {
      stem: `An online store’s conversion rate rose from ${tenthPct(a)} to ${tenthPct(b)}. By what percent did the conversion rate rise, relative to the old rate, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: div(b - a, a),
      wrong: [
        [tenths(b - a), 'gives the rise in percentage points'],
        [div(b - a, b), 'divides by the new rate'],
        [div(b, a), 'gives the new rate as a percent of the old'],
        [div(a, b), 'gives the old rate as a percent of the new'],
        [div(2 * (b - a), a + b), 'divides by the mean of the two rates'],
        [div(b - a, 1000 - a), 'works the change in the share that did not convert'],
      ],
    }
  }),
  worked('original-price-before-an-increase', (rng) => {
    const p = rng.int(4, 30)
    const now = rng.int(40, 900) * 100 + rng.int(0, 99)
    return {
      stem: `After a ${wp(p)} price increase a part costs ${dollars(now)}. What did it cost before the increase, ${CENT}?`,
      show: usd(2),
      figures: { p, now },
      key: div(cents(now), add(1, pc(p))),
      wrong: [
        [mul(cents(now), sub(1, pc(p))), 'takes the percent off the new price'],
        [div(cents(now), sub(1, pc(p))), 'divides by one minus the increase'],
        [mul(cents(now), add(1, pc(p))), 'adds the increase again'],
        [sub(cents(now), pc(p)), 'takes the percent off as dollars'],
        [div(mul(cents(now), pc(p)), add(1, pc(p))), 'gives the increase instead of the old price'],
      ],
    }
  }),
  worked('list-price-before-a-discount', (rng) => {
    const d = rng.int(10, 45)
    const paid = rng.int(30, 900) * 100 + rng.int(0, 99)
    return {
      stem: `A customer paid ${dollars(paid)} for a chair after a ${wp(d)} discount off its list price. What was the list price, ${CENT}?`,
      show: usd(2),
      figures: { d, paid },
      key: div(cents(paid), sub(1, pc(d))),
      wrong: [
        [mul(cents(paid), add(1, pc(d))), 'adds the discount back on the price paid'],
        [div(cents(paid), add(1, pc(d))), 'divides by one plus the discount'],
        [mul(cents(paid), sub(1, pc(d))), 'takes the discount off again'],
        [div(cents(paid), pc(d)), 'divides by the discount instead of what was paid'],
        [
          div(mul(cents(paid), pc(d)), sub(1, pc(d))),
          'gives the discount instead of the list price',
        ],
        [
          mul(div(cents(paid), sub(1, pc(d))), add(1, pc(d))),
          'adds the discount on top of the list price again',
        ],
      ],
    }
  }),
  worked('single-discount-equal-to-two-discounts', (rng) => {
    const a = rng.int(10, 40)
    const b = rng.int(5, 30)
    if (a === b) rest()
    return {
      stem: `A supplier takes ${wp(a)} off a list price and then ${wp(b)} off the reduced price. What single discount off the list price gives the same net price, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: sub(1, mul(sub(1, pc(a)), sub(1, pc(b)))),
      wrong: [
        [pc(a + b), 'adds the two discounts'],
        [div(a + b, 200), 'averages the two discounts'],
        [pc(Math.max(a, b)), 'takes only the larger discount'],
        [
          add(pc(a + b), mul(pc(a), pc(b))),
          'adds the product of the discounts instead of taking it off',
        ],
        [mul(sub(1, pc(a)), sub(1, pc(b))), 'gives the net price as a percent of list'],
      ],
    }
  }),
  worked('share-of-this-years-total', (rng) => {
    const xs = [rng.int(80, 400), rng.int(80, 400), rng.int(80, 400), rng.int(80, 400)].map(
      (x) => x * 1000,
    )
    const t = xs.reduce((s, x) => s + x, 0)
    const t0 = Math.round((t * rng.int(750, 950)) / 1000 / 1000) * 1000
    const k = rng.int(0, 3)
    const x = xs[k]!
    const names = ['North', 'South', 'East', 'West']
    return {
      stem: `This year the four regions sold North $${n(xs[0]!)}, South $${n(xs[1]!)}, East $${n(xs[2]!)} and West $${n(xs[3]!)}; last year all four together sold $${n(t0)}. What percent of this year’s total did ${names[k]} sell, ${PCT1}?`,
      show: pct(),
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, x3: xs[3]!, k, t0 },
      key: div(x, t),
      wrong: [
        [div(x, t - x), 'divides by the other three regions only'],
        [div(x, t0), 'divides by last year’s total'],
        [div(x, t + x), 'counts the region twice in the total'],
        [div(x, Math.max(...xs.filter((_, i) => i !== k))), 'divides by the largest other region'],
        [div(x, t + t0), 'divides by both years’ totals'],
      ],
    }
  }),
  worked('whole-from-a-part-and-its-percent', (rng) => {
    const p = rng.int(12, 45)
    const part = rng.int(20, 400) * 100
    return {
      stem: `A firm’s marketing spend of $${n(part)} was ${wp(p)} of its total overheads. What were its total overheads, ${CENT}?`,
      show: usd(2),
      figures: { p, part },
      key: div(part, pc(p)),
      wrong: [
        [mul(part, pc(p)), 'takes the percent of the part'],
        [div(part, sub(1, pc(p))), 'divides by the rest of the overheads’ share'],
        [mul(part, add(1, pc(p))), 'adds the percent to the part'],
        [add(part, div(part, pc(p))), 'adds the part again to the total'],
        [div(part, div(p, 200)), 'halves the percent'],
      ],
    }
  }),
  worked('rise-needed-to-recover-a-fall', (rng) => {
    const d = rng.int(8, 40)
    return {
      stem: `A product’s weekly sales fell ${wp(d)}. By what percent must they now rise to return to their old level, ${PCT1}?`,
      show: pct(),
      figures: { d },
      key: div(pc(d), sub(1, pc(d))),
      wrong: [
        [pc(d), 'gives the same percent as the fall'],
        [div(pc(d), add(1, pc(d))), 'divides the fall by one plus the fall'],
        [div(1, sub(1, pc(d))), 'gives the old level as a percent of the new'],
        [mul(pc(d), add(1, pc(d))), 'adds the fall’s percent of itself'],
        [sub(1, pc(d)), 'gives the new level as a percent of the old'],
        [pc(2 * d), 'doubles the fall'],
      ],
    }
  }),
  worked('percent-change-in-profit', (rng) => {
    const r0 = rng.int(200, 600) * 1000
    const c0 = Math.round((r0 * rng.int(55, 85)) / 100 / 1000) * 1000
    const a = rng.int(4, 20)
    const b = rng.int(2, 15)
    if (a === b) rest()
    const p0 = r0 - c0
    const p1 = (r0 * (100 + a)) / 100 - (c0 * (100 + b)) / 100
    if (p1 <= 0) rest()
    return {
      stem: `Revenue was $${n(r0)} and costs $${n(c0)}. Next year revenue rises ${wp(a)} and costs rise ${wp(b)}. By what percent does profit (revenue minus costs) change on this year’s profit, ${PCT1}?`,
      show: pct(),
      figures: { r0, c0, a, b },
      key: div(Math.abs(p1 - p0), p0),
      wrong: [
        [pc(Math.abs(a - b)), 'subtracts the cost rise from the revenue rise'],
        [div(Math.abs(p1 - p0), r0), 'divides by this year’s revenue'],
        [pc(a), 'gives the revenue rise'],
        [div(Math.abs(p1 - p0), p1), 'divides by next year’s profit'],
        [div(Math.abs(p1 - p0), c0), 'divides by this year’s costs'],
      ],
    }
  }),
  worked('count-in-a-part-of-a-part', (rng) => {
    const total = rng.int(400, 3000)
    const p = rng.int(15, 45)
    const q = rng.int(10, 60)
    return {
      stem: `A firm sent ${n(total)} invoices; ${wp(p)} of them were paid late, and ${wp(q)} of the late ones were paid more than 60 days late. How many invoices were paid more than 60 days late, ${WHOLE}?`,
      show: plain(0, 'invoices'),
      figures: { total, p, q },
      key: mul(total, pc(p), pc(q)),
      wrong: [
        [mul(total, pc(q)), 'applies the 60-day share to all invoices'],
        [mul(total, pc(p)), 'stops at the late invoices'],
        [mul(total, pc(p), sub(1, pc(q))), 'counts the late ones paid within 60 days'],
        [mul(total, sub(1, pc(p)), pc(q)), 'applies the share to the invoices paid on time'],
        [mul(total, pc(Math.abs(p - q))), 'subtracts one percent from the other'],
      ],
    }
  }),
  worked('percent-less-from-percent-more', (rng) => {
    const p = rng.int(10, 60)
    return {
      stem: `Supplier A charges ${wp(p)} more than supplier B for the same box. By what percent is B’s price lower than A’s, on A’s price as the base, ${PCT1}?`,
      show: pct(),
      figures: { p },
      key: div(pc(p), add(1, pc(p))),
      wrong: [
        [pc(p), 'gives the same percent'],
        [div(pc(p), sub(1, pc(p))), 'divides by one minus the percent'],
        [div(1, add(1, pc(p))), 'gives B’s price as a percent of A’s'],
        [mul(pc(p), sub(1, pc(p))), 'takes the percent of the rest'],
      ],
    }
  }),
  worked('value-after-a-rise-then-a-fall', (rng) => {
    const v = rng.int(100, 900) * 100
    const a = rng.int(5, 40)
    const b = rng.int(5, 40)
    if (a === b) rest()
    return {
      stem: `A stock line worth $${n(v)} rose ${wp(a)} in value and then fell ${wp(b)} from that new value. What is it worth now, ${CENT}?`,
      show: usd(2),
      figures: { v, a, b },
      key: mul(v, add(1, pc(a)), sub(1, pc(b))),
      wrong: [
        [mul(v, add(1, pc(a - b))), 'nets the two percents first'],
        [div(mul(v, add(1, pc(a))), add(1, pc(b))), 'divides by one plus the fall'],
        [mul(v, sub(1, pc(b))), 'applies only the fall'],
        [mul(v, add(1, pc(a))), 'applies only the rise'],
        [mul(v, sub(1, pc(a)), add(1, pc(b))), 'swaps the rise and the fall'],
      ],
    }
  }),
  worked('percent-change-over-three-rises', (rng) => {
    const a = rng.int(4, 25)
    const b = rng.int(4, 25)
    const c = rng.int(4, 25)
    return {
      stem: `A supplier raised a price ${wp(a)}, then ${wp(b)} on the new price, then ${wp(c)} on that. What is the total percent rise on the first price, ${PCT1}?`,
      show: pct(),
      figures: { a, b, c },
      key: sub(mul(add(1, pc(a)), add(1, pc(b)), add(1, pc(c))), 1),
      wrong: [
        [pc(a + b + c), 'adds the three rises'],
        [
          mul(add(1, pc(a)), add(1, pc(b)), add(1, pc(c))),
          'gives the new price as a percent of the first',
        ],
        [sub(mul(add(1, pc(a)), add(1, pc(b))), 1), 'leaves out the last rise'],
        [sub(mul(add(1, pc(b)), add(1, pc(c))), 1), 'leaves out the first rise'],
        [
          mul(add(1, pc(a)), add(1, pc(b))),
          'gives the price after two rises as a percent of the first',
        ],
        [
          sub(div(1, mul(sub(1, pc(a)), sub(1, pc(b)), sub(1, pc(c)))), 1),
          'divides by one minus each rise instead of multiplying by one plus it',
        ],
      ],
    }
  }),
  worked('tax-share-of-a-tax-inclusive-total', (rng) => {
    const t = rng.int(5, 25)
    const paid = rng.int(50, 2000) * 100 + rng.int(0, 99)
    return {
      stem: `A receipt for ${dollars(paid)} includes sales tax at ${wp(t)} of the pre-tax price. How much of the receipt is tax, ${CENT}?`,
      show: usd(2),
      figures: { t, paid },
      key: div(mul(cents(paid), pc(t)), add(1, pc(t))),
      wrong: [
        [mul(cents(paid), pc(t)), 'takes the tax rate of the total'],
        [div(mul(cents(paid), pc(t)), sub(1, pc(t))), 'divides by one minus the tax rate'],
        [div(cents(paid), add(1, pc(t))), 'gives the pre-tax price'],
        [
          mul(div(cents(paid), add(1, pc(t))), div(t, 200)),
          'takes half the rate of the pre-tax price',
        ],
      ],
    }
  }),
  worked('percent-off-from-was-and-now-prices', (rng) => {
    const was = rng.int(20, 400) * 100 - 1
    const now = Math.round((was * rng.int(55, 92)) / 100)
    return {
      stem: `A tag shows a jacket was ${dollars(was)} and is now ${dollars(now)}. What percent off the was price is that, ${PCT1}?`,
      show: pct(),
      figures: { was, now },
      key: div(was - now, was),
      wrong: [
        [div(was - now, now), 'divides the saving by the now price'],
        [div(now, was), 'gives the now price as a percent of the was price'],
        [div(was - now, was + now), 'divides by the two prices added together'],
        [div(was, now), 'gives the was price as a percent of the now price'],
      ],
    }
  }),
  worked('price-rise-from-a-sales-tax-rise', (rng) => {
    const a = rng.int(40, 120)
    const b = a + rng.int(5, 40)
    return {
      stem: `The sales tax rate, charged on the pre-tax price, rises from ${tenthPct(a)} to ${tenthPct(b)}. By what percent does an item’s tax-inclusive price rise, on its old tax-inclusive price, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: div(b - a, 1000 + a),
      wrong: [
        [div(b - a, a), 'gives the rise in the tax itself'],
        [tenths(b - a), 'gives the rise in the rate’s points'],
        [div(b - a, 1000 + b), 'divides by the new tax-inclusive price'],
        [tenths(b), 'gives the new tax rate'],
      ],
    }
  }),
]
