import {
  add,
  DP1,
  DP2,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  PTS1,
  pc,
  pct,
  plain,
  points,
  rest,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  worked,
} from './mks-text.js'

// Describing campaign and customer data. Stems name the base, the weights and the rounding,
// because the analyst's slips are an unweighted mean of rates, the mean where the median was
// asked, a percent read as points, and a change divided by the wrong month.

const CENT = 'to the nearest cent (a half rounded up)'
/** The midpoint of the band that holds the middle order of the counts given, bands 40 wide. */
const medianBand = (f: readonly number[]): number => {
  const half = total(f) / 2
  let seen = 0
  for (const [i, c] of f.entries()) {
    seen += c
    if (seen >= half) return 20 + 40 * i
  }
  return 140
}
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)

export const DESCRIBE_FAMILIES = [
  worked('median-order-value-of-a-week', (rng) => {
    const xs = Array.from({ length: 6 }, () => rng.int(25, 140) * 100 + rng.int(0, 99))
    xs.splice(rng.int(0, 6), 0, rng.int(600, 1500) * 100)
    const s = sorted(xs)
    return {
      stem: `A gift shop’s seven online orders on Monday were, in the order placed, ${xs.map(dollars).join(', ')}. What was the median order value, ${CENT}?`,
      show: usd(2),
      figures: Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
      key: div(s[3]!, 100),
      wrong: [
        [div(total(xs), 700), 'gives the mean, which the one large order pulls up'],
        [div(xs[3]!, 100), 'takes the middle order as placed, without sorting'],
        [div(s[0]! + s[6]!, 200), 'takes the midpoint of the smallest and largest orders'],
        [div(s[2]! + s[3]!, 200), 'drops the large order and takes the median of the other six'],
      ],
    }
  }),
  worked('blended-cost-per-click-across-channels', (rng) => {
    const clicks = [rng.int(8, 60) * 100, rng.int(8, 60) * 100, rng.int(8, 60) * 100]
    const cpc = [rng.int(30, 250), rng.int(30, 250), rng.int(30, 250)]
    const spend = clicks.map((c, i) => c * cpc[i]!)
    const big = clicks.indexOf(Math.max(...clicks))
    return {
      stem: `Three ad channels bought ${n(clicks[0]!)} clicks at ${dollars(cpc[0]!)}, ${n(clicks[1]!)} clicks at ${dollars(cpc[1]!)} and ${n(clicks[2]!)} clicks at ${dollars(cpc[2]!)} a click. What was the blended cost per click (total spend divided by total clicks), ${CENT}?`,
      show: usd(2),
      figures: {
        c0: clicks[0]!,
        c1: clicks[1]!,
        c2: clicks[2]!,
        p0: cpc[0]!,
        p1: cpc[1]!,
        p2: cpc[2]!,
      },
      key: div(total(spend), 100 * total(clicks)),
      wrong: [
        [div(total(cpc), 300), 'averages the three costs per click without weights'],
        [
          div(total(spend.map((s, i) => s * cpc[i]!)), 100 * total(spend)),
          'weights each cost per click by spend instead of clicks',
        ],
        [div(sorted(cpc)[1]!, 100), 'takes the median channel’s cost per click'],
        [div(cpc[big]!, 100), 'takes the cost per click of the channel with most clicks'],
      ],
    }
  }),
  worked('points-from-a-reported-relative-rise', (rng) => {
    const a = rng.int(120, 450)
    const p = rng.int(8, 60)
    return {
      stem: `A newsletter’s open rate was ${tenthPct(a)}, and the client’s report says it “rose ${p}%” (a relative rise on the old rate). By how much did the open rate rise, ${PTS1}?`,
      show: points(),
      figures: { a, p },
      key: mul(tenths(a), pc(p)),
      wrong: [
        [pc(p), 'reads the relative rise as percentage points'],
        [mul(tenths(a), add(1, pc(p))), 'gives the new open rate instead of the rise'],
        [
          div(mul(tenths(a), pc(p)), add(1, pc(p))),
          'works the rise back from the new rate as base',
        ],
        [mul(sub(1, tenths(a)), pc(p)), 'takes the rise on the share that did not open'],
      ],
    }
  }),
  worked('index-of-monthly-leads-on-a-base-month', (rng) => {
    const j = rng.int(300, 900)
    const f = rng.int(300, 900)
    const m = rng.int(300, 900)
    if (j === f || m === j || m === f) rest()
    return {
      stem: `An agency’s lead counts were January ${n(j)}, February ${n(f)} and March ${n(m)}. With January = 100, what is March’s index number, ${DP1}?`,
      show: plain(1),
      figures: { j, f, m },
      key: div(100 * m, j),
      wrong: [
        [div(100 * j, m), 'divides January by March'],
        [div(100 * m, f), 'takes February as the base month'],
        [div(300 * m, j + f + m), 'takes the three-month average as the base'],
        [div(100 * (m + j), j), 'adds the base’s 100 to March’s ratio'],
        [div(m, j), 'leaves the ratio unscaled by 100'],
        [div(100 * (j + f + m), 3 * j), 'indexes the three-month average instead of March'],
      ],
    }
  }),
  worked('quarterly-seasonal-index', (rng) => {
    const q = [rng.int(40, 160), rng.int(40, 160), rng.int(40, 160), rng.int(40, 160)].map(
      (x) => x * 1000,
    )
    const k = rng.int(1, 3)
    return {
      stem: `A garden brand’s sales last year were Q1 $${n(q[0]!)}, Q2 $${n(q[1]!)}, Q3 $${n(q[2]!)} and Q4 $${n(q[3]!)}. Its seasonal index for a quarter is that quarter’s sales divided by the average quarter. What is the seasonal index for Q${k + 1}, ${DP2}?`,
      show: plain(2),
      figures: { q0: q[0]!, q1: q[1]!, q2: q[2]!, q3: q[3]!, k },
      key: div(4 * q[k]!, total(q)),
      wrong: [
        [div(total(q), 4 * q[k]!), 'divides the average quarter by the quarter'],
        [div(q[k]!, q[k - 1]!), 'divides by the quarter before'],
        [div(q[k]!, Math.max(...q)), 'divides by the best quarter'],
        [div(3 * q[k]!, total(q) - q[k]!), 'averages only the other three quarters'],
        [div(q[k]!, Math.min(...q)), 'divides by the weakest quarter'],
      ],
    }
  }),
  worked('seasonally-adjusted-december-sales', (rng) => {
    const s = rng.int(80, 400) * 1000
    const d = rng.int(115, 160)
    const jan = rng.int(70, 92)
    return {
      stem: `December’s seasonal index is ${(d / 100).toFixed(2)} and January’s is ${(jan / 100).toFixed(2)}. A store sold $${n(s)} in December. What were December’s sales seasonally adjusted (actual sales divided by the month’s index), to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: { s, d, jan },
      key: div(100 * s, d),
      wrong: [
        [div(s * d, 100), 'multiplies by the index instead of dividing'],
        [div(s * (200 - d), 100), 'takes the index’s excess over one off as a percent of sales'],
        [div(100 * s, jan), 'divides by January’s index'],
        [div(s * jan, d), 'gives January’s expected sales instead'],
        [div(10000 * s, d * d), 'divides by the index twice'],
        [div(100 * s, 200 - d), 'divides by one less the index’s excess'],
      ],
    }
  }),
  worked('trimmed-mean-order-value', (rng) => {
    const xs = Array.from({ length: 10 }, () => rng.int(20, 180) * 100 + rng.int(0, 99))
    const s = sorted(xs)
    if (new Set(xs).size < 10) rest()
    return {
      stem: `Ten orders from a campaign were ${xs.map(dollars).join(', ')}. The client reports a 10% trimmed mean: drop the lowest 10% and highest 10% of orders, then average the rest. What is it, ${CENT}?`,
      show: usd(2),
      figures: Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
      key: div(total(s.slice(1, 9)), 800),
      wrong: [
        [div(total(xs), 1000), 'averages all ten orders'],
        [div(s[4]! + s[5]!, 200), 'gives the median'],
        [div(total(s.slice(0, 9)), 900), 'drops only the highest order'],
        [div(total(s.slice(2, 8)), 600), 'drops two orders from each end'],
        [div(total(s.slice(1, 9)), 1000), 'drops two orders but still divides by ten'],
      ],
    }
  }),
  worked('percent-change-in-cost-per-acquisition', (rng) => {
    const s0 = rng.int(40, 120) * 100
    const s1 = s0 + rng.int(5, 60) * 100
    const c0 = rng.int(80, 300)
    const c1 = c0 + rng.int(1, Math.floor(c0 * ((s1 - s0) / s0)) + 1)
    if (s1 * c0 <= s0 * c1) rest()
    const cpaUp = sub(div(s1 * c0, s0 * c1), 1)
    return {
      stem: `A campaign spent $${n(s0)} for ${n(c0)} sign-ups in April and $${n(s1)} for ${n(c1)} sign-ups in May. By what percent did the cost per sign-up rise, on April as the base, ${PCT1}?`,
      show: pct(),
      figures: { s0, s1, c0, c1 },
      key: cpaUp,
      wrong: [
        [
          sub(div(s1 - s0, s0), div(c1 - c0, c0)),
          'subtracts the sign-up growth from the spend growth',
        ],
        [div(s1 - s0, s0), 'gives the rise in spend'],
        [div(cpaUp, add(1, cpaUp)), 'divides the rise by May’s cost per sign-up'],
        [sub(1, div(s0 * c1, s1 * c0)), 'gives the fall in sign-ups per dollar'],
        [add(div(s1 - s0, s0), div(c1 - c0, c0)), 'adds the spend growth and the sign-up growth'],
      ],
    }
  }),
  worked('interquartile-range-of-basket-sizes', (rng) => {
    const xs = Array.from({ length: 8 }, () => rng.int(10, 150) * 100)
    const s = sorted(xs)
    return {
      stem: `Eight customers’ basket values were ${xs.map((x) => `$${n(x / 100)}`).join(', ')}. Take Q1 as the median of the lower four values and Q3 as the median of the upper four. What is the interquartile range (Q3 − Q1), ${CENT}?`,
      show: usd(2),
      figures: Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
      key: div(s[5]! + s[6]! - s[1]! - s[2]!, 200),
      wrong: [
        [div(s[7]! - s[0]!, 100), 'gives the range instead'],
        [div(s[5]! - s[1]!, 100), 'takes the second and sixth values without averaging'],
        [div(s[6]! - s[2]!, 100), 'takes the third and seventh values without averaging'],
        [div(s[5]! + s[6]!, 200), 'gives Q3 alone'],
      ],
    }
  }),
  worked('relative-change-in-market-share', (rng) => {
    const m0 = rng.int(40, 120) * 10000
    const m1 = m0 + rng.int(2, 30) * 10000
    const s0 = Math.round((m0 * rng.int(50, 250)) / 1000 / 100) * 100
    const s1 = Math.round((((s0 * m1) / m0) * rng.int(103, 130)) / 100 / 100) * 100
    const share = sub(div(s1 * m0, s0 * m1), 1)
    if (share.n <= 0n) rest()
    return {
      stem: `A client sold $${n(s0)} in a $${n(m0)} category last year and $${n(s1)} in a $${n(m1)} category this year. By what percent did its market share rise, relative to last year’s share, ${PCT1}?`,
      show: pct(),
      figures: { s0, s1, m0, m1 },
      key: share,
      wrong: [
        [sub(div(s1, m1), div(s0, m0)), 'gives the change in share in points'],
        [div(s1 - s0, s0), 'gives the client’s own sales growth'],
        [
          sub(div(s1 - s0, s0), div(m1 - m0, m0)),
          'subtracts the category’s growth from the sales growth',
        ],
        [div(share, add(1, share)), 'divides the change by this year’s share'],
      ],
    }
  }),
  worked('blended-return-on-ad-spend', (rng) => {
    const spend = [rng.int(2, 40) * 500, rng.int(2, 40) * 500, rng.int(2, 40) * 500]
    const roas = [rng.int(12, 80), rng.int(12, 80), rng.int(12, 80)]
    const rev = spend.map((s, i) => (s * roas[i]!) / 10)
    const big = spend.indexOf(Math.max(...spend))
    return {
      stem: `Search spent $${n(spend[0]!)} at a return on ad spend of ${(roas[0]! / 10).toFixed(1)}, social $${n(spend[1]!)} at ${(roas[1]! / 10).toFixed(1)} and display $${n(spend[2]!)} at ${(roas[2]! / 10).toFixed(1)} (revenue per dollar spent). What was the blended return on ad spend (total revenue over total spend), ${DP2}?`,
      show: plain(2),
      figures: {
        s0: spend[0]!,
        s1: spend[1]!,
        s2: spend[2]!,
        r0: roas[0]!,
        r1: roas[1]!,
        r2: roas[2]!,
      },
      key: div(total(rev), total(spend)),
      wrong: [
        [div(total(roas), 30), 'averages the three returns without weights'],
        [
          div(total(rev.map((r, i) => r * roas[i]!)), 10 * total(rev)),
          'weights each return by revenue instead of spend',
        ],
        [div(roas[big]!, 10), 'takes the return of the biggest channel'],
        [
          div(total(rev) - total(spend), total(spend)),
          'gives the profit per dollar instead of revenue per dollar',
        ],
        [div(total(roas), 10), 'adds the three returns'],
        [div(total(spend), total(rev)), 'divides spend by revenue'],
      ],
    }
  }),
  worked('review-rating-across-two-marketplaces', (rng) => {
    const a = rng.int(30, 49)
    const b = rng.int(30, 49)
    // One marketplace holds far more of the reviews, the case where weighting matters most, and
    // dividing by the larger count alone must still give a rating the five-star scale can show.
    const big = rng.int(200, 900)
    const small = rng.int(40, Math.floor(big / 5))
    const [na, nb] = rng.int(0, 1) === 0 ? [big, small] : [small, big]
    if (a === b) rest()
    if (a * na + b * nb > 50 * big) rest()
    return {
      stem: `A product averages ${(a / 10).toFixed(1)} stars from ${n(na)} reviews on one marketplace and ${(b / 10).toFixed(1)} stars from ${n(nb)} reviews on another. What is its average rating over all the reviews, ${DP2}?`,
      show: plain(2),
      figures: { a, b, na, nb },
      key: div(a * na + b * nb, 10 * (na + nb)),
      wrong: [
        [div(a + b, 20), 'averages the two ratings without weights'],
        [
          div(a * nb + b * na, 10 * (na + nb)),
          'weights each rating by the other marketplace’s reviews',
        ],
        [div(na > nb ? a : b, 10), 'takes the rating with more reviews'],
        [div(a * na + b * nb, 10 * Math.max(na, nb)), 'divides by the larger review count only'],
      ],
    }
  }),
  worked('mean-order-value-from-banded-orders', (rng) => {
    const f = [rng.int(20, 200), rng.int(20, 200), rng.int(20, 200), rng.int(5, 120)]
    return {
      stem: `A shop’s orders last month fell into bands: $0 to under $40: ${f[0]} orders; $40 to under $80: ${f[1]}; $80 to under $120: ${f[2]}; $120 to under $160: ${f[3]}. Estimating each order at its band’s midpoint, what was the mean order value, ${CENT}?`,
      show: usd(2),
      figures: { f0: f[0]!, f1: f[1]!, f2: f[2]!, f3: f[3]! },
      key: div(20 * f[0]! + 60 * f[1]! + 100 * f[2]! + 140 * f[3]!, total(f)),
      wrong: [
        [div(20 + 60 + 100 + 140, 4), 'averages the four midpoints without the counts'],
        [
          div(40 * f[1]! + 80 * f[2]! + 120 * f[3]!, total(f)),
          'takes each band at its lower bound',
        ],
        [
          div(40 * f[0]! + 80 * f[1]! + 120 * f[2]! + 160 * f[3]!, total(f)),
          'takes each band at its upper bound',
        ],
        [div(medianBand(f), 1), 'gives the midpoint of the band holding the median order'],
        [
          frac(20 + 40 * f.indexOf(Math.max(...f))),
          'gives the midpoint of the band with most orders',
        ],
        [
          div(20 * f[0]! + 60 * f[1]! + 100 * f[2]! + 140 * f[3]!, total(f) - f[3]!),
          'leaves the top band out of the count only',
        ],
      ],
    }
  }),
  worked('average-frequency-from-impressions-and-reach', (rng) => {
    const a = rng.int(200, 900) * 1000
    const reach = Math.round((a * rng.int(20, 70)) / 100 / 100) * 100
    const imp = Math.round((reach * rng.int(18, 65)) / 10 / 100) * 100
    return {
      stem: `A video campaign served ${n(imp)} impressions and reached ${n(reach)} unique people in a target audience of ${n(a)}. What was its average frequency (impressions per person reached), ${DP2}?`,
      show: plain(2),
      figures: { a, reach, imp },
      key: div(imp, reach),
      wrong: [
        [div(imp, a), 'divides by the whole target audience'],
        [div(imp - reach, reach), 'counts only the repeat exposures'],
        [div(100 * imp, a), 'gives gross rating points instead'],
        [div(reach, imp), 'divides the reach by the impressions'],
        [div(imp + reach, reach), 'counts each person’s first exposure twice'],
      ],
    }
  }),
  worked('share-of-revenue-from-large-orders', (rng) => {
    const n1 = rng.int(200, 900)
    const n2 = rng.int(20, 150)
    const v1 = rng.int(20, 60)
    const v2 = rng.int(120, 400)
    return {
      stem: `Last quarter a store took ${n(n1)} small orders averaging $${v1} and ${n(n2)} large orders averaging $${v2}. What share of revenue came from large orders, ${PCT1}?`,
      show: pct(),
      figures: { n1, n2, v1, v2 },
      key: div(n2 * v2, n1 * v1 + n2 * v2),
      wrong: [
        [div(n2, n1 + n2), 'gives the large orders’ share of the orders'],
        [div(v2, v1 + v2), 'uses the two averages without the counts'],
        [div(n2 * v2, n1 * v1 + n2 * v2 + n1 * v2), 'counts the small orders at both prices'],
        [
          div(n2 * v2, n1 * v1 + 2 * n2 * v2),
          'counts the large orders’ revenue twice in the total',
        ],
        [div(2 * n2 * v2, n1 * v1 + 2 * n2 * v2), 'counts each large order twice'],
      ],
    }
  }),
  worked('promotion-week-uplift-on-a-baseline', (rng) => {
    const w = [rng.int(300, 700), rng.int(300, 700), rng.int(300, 700), rng.int(300, 700)].map(
      (x) => x * 10,
    )
    const p = Math.round(((total(w) / 4) * rng.int(115, 190)) / 100 / 10) * 10
    if (p <= w[3]!) rest()
    return {
      stem: `A store sold ${w.map(n).join(', ')} units in the four weeks before a promotion and ${n(p)} units in the promotion week. Taking the baseline as the mean of the four weeks before, by what percent did the promotion week beat the baseline, ${PCT1}?`,
      show: pct(),
      figures: { w0: w[0]!, w1: w[1]!, w2: w[2]!, w3: w[3]!, p },
      key: sub(div(4 * p, total(w)), 1),
      wrong: [
        [sub(div(5 * p, total(w) + p), 1), 'puts the promotion week into its own baseline'],
        [sub(1, div(total(w), 4 * p)), 'divides the uplift by the promotion week'],
        [sub(div(p, w[3]!), 1), 'compares with the week before only'],
        [div(4 * p, total(w)), 'gives the promotion week as a percent of the baseline'],
        [sub(div(p, Math.max(...w)), 1), 'takes the best week before as the baseline'],
        [sub(div(p, Math.min(...w)), 1), 'takes the weakest week before as the baseline'],
      ],
    }
  }),
]
