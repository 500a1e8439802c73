import {
  add,
  DP2,
  div,
  frac,
  hund,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  root2,
  rootPct1,
  sub,
  tenthPct,
  tenths,
  usd,
  WHOLE,
  worked,
} from './mks-text.js'

// A/B and split tests as a marketing analyst reads them for a client. Each stem states the
// formula, the z-values and the rounding; the slips are the unpooled error where pooled is
// stated, the one-sided z where the test is two-sided, a relative lift read as points and a
// correction that counts the comparisons wrongly.

const UP = 'rounded up to a whole number'
const P4 = 'to four decimal places (a half rounded up)'
const d4 = plain(4)

export const TESTS_FAMILIES = [
  worked('pooled-z-for-a-subject-line-test', (rng) => {
    const n1 = rng.int(20, 80) * 100
    const n2 = rng.int(20, 80) * 100
    const x1 = Math.round((n1 * rng.int(150, 300)) / 1000)
    const x2 = Math.round((n2 * rng.int(150, 300)) / 1000)
    const p1 = frac(x1, n1)
    const p2 = frac(x2, n2)
    // The test is two-sided, so the stem takes the gap as a size, whichever arm leads.
    const d = p2.n * p1.d >= p1.n * p2.d ? sub(p2, p1) : sub(p1, p2)
    if (d.n === 0n) rest()
    const p = frac(x1 + x2, n1 + n2)
    const pq = mul(p, sub(1, p))
    const d2 = mul(d, d)
    return {
      stem: `Subject line A went to ${n(n1)} subscribers and got ${n(x1)} opens; subject line B went to ${n(n2)} and got ${n(x2)} opens. Using the pooled two-proportion test, z = |p_B − p_A| ÷ √(p(1 − p)(1/n_A + 1/n_B)) with p the pooled open rate, what is z, ${DP2}?`,
      show: plain(2),
      figures: { n1, n2, x1, x2 },
      key: root2(div(d2, mul(pq, add(frac(1, n1), frac(1, n2))))),
      wrong: [
        [
          root2(div(d2, add(div(mul(p1, sub(1, p1)), n1), div(mul(p2, sub(1, p2)), n2)))),
          'uses each arm’s own rate (unpooled) in the standard error',
        ],
        [root2(div(d2, div(pq, n1 + n2))), 'divides p(1 − p) by the total of both arms once'],
        [div(d, mul(pq, add(frac(1, n1), frac(1, n2)))), 'leaves out the square root'],
        [root2(div(d2, mul(p, add(frac(1, n1), frac(1, n2))))), 'leaves out the 1 − p factor'],
        [
          root2(div(d2, mul(pq, frac(2, Math.min(n1, n2))))),
          'uses the smaller arm’s size for both arms',
        ],
      ],
    }
  }),
  worked('upper-end-of-a-click-rate-interval', (rng) => {
    const size = rng.pick([1000, 2000, 4000, 5000, 8000])
    const x = rng.int(20, 150) * (size / 1000)
    const p = frac(x, size)
    const v = div(mul(p, sub(1, p)), size)
    const z2 = (h: number) => mul(hund(h), hund(h), v)
    return {
      stem: `A banner was shown ${n(size)} times and clicked ${n(x)} times. Using the 95% interval p ± 1.96 × √(p(1 − p) ÷ n), what is the upper end for the click rate, ${PCT1}?`,
      show: pct(),
      figures: { size, x },
      key: add(p, rootPct1(z2(196))),
      wrong: [
        [add(p, rootPct1(z2(164))), 'uses 1.64, the one-sided 95% value'],
        [add(p, rootPct1(z2(258))), 'uses 2.58, the 99% value'],
        [add(p, rootPct1(mul(hund(196), hund(196), div(p, size)))), 'leaves out the 1 − p factor'],
        [rootPct1(z2(196)), 'gives the margin of error alone'],
        [add(p, rootPct1(mul(z2(196), frac(1, 4)))), 'halves the margin as if one-sided'],
      ],
    }
  }),
  worked('sample-per-arm-for-a-relative-lift', (rng) => {
    const a = rng.int(20, 80)
    const r = rng.pick([10, 15, 20, 25, 30])
    const p1 = tenths(a)
    const p2 = mul(p1, add(1, frac(r, 100)))
    const vv = add(mul(p1, sub(1, p1)), mul(p2, sub(1, p2)))
    const d = sub(p2, p1)
    const p2x = add(p1, frac(r, 100))
    const size = (z: Fraction2, v = vv, dd = d) => ceil(div(mul(z, z, v), mul(dd, dd)))
    return {
      stem: `An email’s click rate is ${tenthPct(a)} and the client wants to detect a ${r}% relative lift. Using n = (1.96 + 0.84)² × (p₁(1 − p₁) + p₂(1 − p₂)) ÷ (p₂ − p₁)² per arm, with p₂ the lifted rate, how many subscribers does each arm need, ${UP}?`,
      show: plain(0),
      figures: { a, r },
      key: size(hund(280)),
      wrong: [
        [
          size(hund(280), add(mul(p1, sub(1, p1)), mul(p2x, sub(1, p2x))), frac(r, 100)),
          'reads the relative lift as percentage points',
        ],
        [size(hund(248)), 'uses 1.64 for alpha, forgetting to halve it'],
        [size(hund(196)), 'leaves out the power term 0.84'],
        [mul(2, size(hund(280))), 'gives both arms together'],
        [size(hund(280), mul(2, p1, sub(1, p1))), 'uses the baseline variance for both arms'],
        [size(hund(196 + 128)), 'uses 1.28, the 90% power value, for power'],
        [size(hund(258 + 84)), 'uses 2.58, the 99% value, for alpha'],
      ],
    }
  }),
  worked('bonferroni-alpha-across-variants-and-segments', (rng) => {
    const v = rng.int(2, 5)
    const s = rng.int(2, 4)
    const a = rng.pick([5, 10])
    return {
      stem: `A client tests ${v} new ad variants against the control and reads each one in ${s} audience segments, keeping the family-wise error at ${a / 100} with a Bonferroni correction over every variant-and-segment comparison. What significance level does each comparison use, ${P4}?`,
      show: d4,
      figures: { v, s, a },
      key: frac(a, 100 * v * s),
      wrong: [
        [frac(a, 100 * v), 'divides by the variants and ignores the segments'],
        [frac(a, 100 * (v + s)), 'adds the variants and segments instead of multiplying'],
        [frac(a, 200 * v * s), 'halves the level again for a two-sided test'],
        [frac(a, 100 * (v + 1) * s), 'counts the control as a comparison'],
        [frac(a, 100 * s), 'divides by the segments and ignores the variants'],
      ],
    }
  }),
  worked('bonferroni-alpha-for-all-pairwise-comparisons', (rng) => {
    const k = rng.int(3, 7)
    const a = rng.pick([5, 10])
    const pairs = (k * (k - 1)) / 2
    return {
      stem: `A client compares ${k} landing pages with each other, every pair once, and keeps the family-wise error at ${a / 100} with a Bonferroni correction. What significance level does each pairwise comparison use, ${P4}?`,
      show: d4,
      figures: { k, a },
      key: frac(a, 100 * pairs),
      wrong: [
        [frac(a, 100 * k), 'divides by the number of pages'],
        [frac(a, 100 * (k - 1)), 'counts only comparisons with one control page'],
        [frac(a, 100 * k * (k - 1)), 'counts each pair twice'],
        [frac(a, 100 * k * k), 'divides by the pages squared'],
        [frac(a, 50 * pairs), 'doubles the level for a one-sided reading'],
        [frac(a, 100), 'keeps the family-wise level for each comparison, uncorrected'],
      ],
    }
  }),
  worked('incremental-conversions-from-a-holdout', (rng) => {
    const ne = rng.int(40, 200) * 1000
    const nh = rng.int(5, 30) * 1000
    const pe = rng.int(25, 80)
    const ph = pe - rng.int(3, Math.min(20, pe - 10))
    const xe = (ne * pe) / 1000
    const xh = (nh * ph) / 1000
    return {
      stem: `A retargeting campaign reached ${n(ne)} people, of whom ${n(xe)} bought; a random holdout of ${n(nh)} saw no ads, and ${n(xh)} of them bought. How many purchases did the campaign add among the people it reached (the exposed group’s rate minus the holdout’s rate, times the exposed group), ${WHOLE}?`,
      show: plain(0),
      figures: { ne, nh, xe, xh },
      key: mul(sub(frac(xe, ne), frac(xh, nh)), ne),
      wrong: [
        [frac(xe), 'credits the campaign with every exposed purchase'],
        [frac(xe - xh), 'subtracts the holdout’s purchase count'],
        [mul(sub(frac(xe, ne), frac(xh, nh)), ne + nh), 'applies the gap to the holdout too'],
        [mul(sub(frac(xe, ne), frac(xh, nh)), nh), 'applies the gap to the holdout’s size'],
      ],
    }
  }),
  worked('incremental-cost-per-purchase-from-a-holdout', (rng) => {
    const ne = rng.int(40, 200) * 1000
    const nh = rng.int(5, 30) * 1000
    const pe = rng.int(25, 80)
    const ph = pe - rng.int(3, Math.min(20, pe - 10))
    const xe = (ne * pe) / 1000
    const xh = (nh * ph) / 1000
    const spend = rng.int(10, 90) * 1000
    const inc = mul(sub(frac(xe, ne), frac(xh, nh)), ne)
    return {
      stem: `A campaign cost $${n(spend)} and reached ${n(ne)} people, ${n(xe)} of whom bought; a random holdout of ${n(nh)} saw no ads and ${n(xh)} bought. What did each incremental purchase cost (spend divided by the exposed group’s purchases above the holdout’s rate), to the nearest cent (a half rounded up)?`,
      show: usd(2),
      figures: { ne, nh, xe, xh, spend },
      key: div(spend, inc),
      wrong: [
        [frac(spend, xe), 'divides by every exposed purchase'],
        [frac(spend, xe - xh), 'divides by the gap in purchase counts'],
        [
          div(spend, mul(sub(frac(xe, ne), frac(xh, nh)), ne + nh)),
          'counts the holdout in the gap',
        ],
        [div(spend, mul(inc, frac(xe, ne))), 'divides by the gap times the exposed rate again'],
        [
          div(spend, mul(sub(frac(xe, ne), frac(xh, nh)), nh)),
          'applies the gap to the holdout’s size',
        ],
        [frac(spend, xh), 'divides by the holdout’s purchases'],
      ],
    }
  }),
  worked('z-for-a-click-rate-against-a-benchmark', (rng) => {
    const b = rng.int(10, 40)
    const size = rng.int(20, 90) * 100
    const x = Math.round((size * (b + rng.int(2, 12))) / 1000)
    const p = frac(x, size)
    const p0 = tenths(b)
    const d = sub(p, p0)
    if (d.n <= 0n) rest()
    const d2 = mul(d, d)
    return {
      stem: `The industry benchmark click rate is ${tenthPct(b)}. A client’s ad got ${n(x)} clicks from ${n(size)} impressions. Using z = (p − p₀) ÷ √(p₀(1 − p₀) ÷ n) with p₀ the benchmark, what is z, ${DP2}?`,
      show: plain(2),
      figures: { b, size, x },
      key: root2(div(d2, div(mul(p0, sub(1, p0)), size))),
      wrong: [
        [
          root2(div(d2, div(mul(p, sub(1, p)), size))),
          'uses the observed rate in the standard error',
        ],
        [root2(div(d2, mul(p0, sub(1, p0)))), 'leaves n out of the standard error'],
        [
          root2(div(mul(d2, 2), div(mul(p0, sub(1, p0)), size))),
          'multiplies z by √2 as if there were two arms',
        ],
        [
          root2(div(d2, div(mul(2, p0, sub(1, p0)), size))),
          'treats the benchmark as a second sample of the same size',
        ],
      ],
    }
  }),
  worked('visitors-for-a-multivariate-email-test', (rng) => {
    const s = rng.int(2, 4)
    const i = rng.int(2, 3)
    const c = rng.int(2, 3)
    const per = rng.int(10, 60) * 100
    return {
      stem: `A full-factorial email test crosses ${s} subject lines, ${i} hero images and ${c} call-to-action buttons, and each combination needs ${n(per)} recipients. How many recipients does the test need in total?`,
      show: plain(0),
      figures: { s, i, c, per },
      key: frac(s * i * c * per),
      wrong: [
        [frac((s + i + c) * per), 'adds the levels instead of multiplying them'],
        [frac((s * i * c - 1) * per), 'leaves out one combination as the control'],
        [frac(s * i * per), 'leaves out the buttons'],
        [frac(s * i * c * per * 2), 'doubles for a control arm on top'],
        [frac((s * i * c + 1) * per), 'adds a separate control cell'],
        [
          frac((s + 1) * (i + 1) * (c + 1) * per),
          'adds the current version as an extra level of each factor',
        ],
      ],
    }
  }),
  worked('sample-per-arm-when-the-mde-changes', (rng) => {
    const n0 = rng.int(20, 200) * 100
    const m0 = rng.int(10, 30)
    const m1 = rng.int(5, 25)
    if (m0 === m1 || 2 * m1 === m0) rest()
    return {
      stem: `A test plan needs ${n(n0)} visitors per arm to detect a ${m0 / 10} point lift. Sample size grows with the inverse square of the detectable effect. How many visitors per arm would detect a ${m1 / 10} point lift instead, ${UP}?`,
      show: plain(0),
      figures: { n0, m0, m1 },
      key: ceil(frac(n0 * m0 * m0, m1 * m1)),
      wrong: [
        [ceil(frac(n0 * m0, m1)), 'scales by the ratio of effects, not its square'],
        [ceil(frac(n0 * m1 * m1, m0 * m0)), 'squares the ratio the wrong way up'],
        [ceil(frac(n0 * m1, m0)), 'scales by the ratio the wrong way up'],
        [
          ceil(frac(n0 * m0 * m0 * m0 * m0, m1 * m1 * m1 * m1)),
          'raises the ratio to the fourth power',
        ],
      ],
    }
  }),
  worked('welch-z-for-average-order-value', (rng) => {
    const na = rng.int(4, 30) * 100
    const nb = rng.int(4, 30) * 100
    const ma = rng.int(4000, 9000)
    const mb = ma + rng.int(100, 900)
    const sa = rng.int(20, 60)
    const sb = rng.int(20, 60)
    const d = frac(mb - ma, 100)
    const d2 = mul(d, d)
    const va = frac(sa * sa, na)
    const vb = frac(sb * sb, nb)
    return {
      stem: `In a checkout test, ${n(na)} control orders averaged $${(ma / 100).toFixed(2)} (standard deviation $${sa}) and ${n(nb)} variant orders averaged $${(mb / 100).toFixed(2)} (standard deviation $${sb}). Using z = (mean_B − mean_A) ÷ √(s_A²/n_A + s_B²/n_B), what is z, ${DP2}?`,
      show: plain(2),
      figures: { na, nb, ma, mb, sa, sb },
      key: root2(div(d2, add(va, vb))),
      wrong: [
        [
          root2(div(d2, add(frac(sa, na), frac(sb, nb)))),
          'uses the standard deviations where the variances go',
        ],
        [div(d, add(va, vb)), 'leaves out the square root'],
        [
          root2(div(d2, frac(sa * sa + sb * sb, na + nb))),
          'divides the summed variances by the total orders',
        ],
        [root2(div(mul(d2, 2), add(va, vb))), 'multiplies z by √2 for two arms'],
      ],
    }
  }),
  worked('geo-test-lift-against-control-regions', (rng) => {
    const t0 = rng.int(100, 400) * 1000
    const c0 = rng.int(100, 400) * 1000
    const cg = rng.int(-5, 15)
    const tg = cg + rng.int(3, 20)
    const t1 = (t0 * (100 + tg)) / 100
    const c1 = (c0 * (100 + cg)) / 100
    if (cg === 0) rest()
    return {
      stem: `During a TV test, sales in the test regions went from $${n(t0)} to $${n(t1)} and in the control regions from $${n(c0)} to $${n(c1)} over the same weeks. Taking the lift as the test regions’ growth factor divided by the control regions’ growth factor, minus one, what was the lift, ${PCT1}?`,
      show: pct(),
      figures: { t0, t1, c0, c1 },
      key: sub(div(t1 * c0, t0 * c1), 1),
      wrong: [
        [sub(frac(t1, t0), 1), 'ignores the control regions'],
        [sub(frac(t1 - t0, t0), frac(c1 - c0, c0)), 'subtracts the growth rates'],
        [frac(t1 - t0 - (c1 - c0), t0), 'subtracts the dollar changes, on the test regions’ base'],
        [sub(1, div(t0 * c1, t1 * c0)), 'divides the gap by the test regions’ later growth'],
      ],
    }
  }),
  worked('revenue-per-delivered-email', (rng) => {
    const sent = rng.int(20, 120) * 1000
    const bounced = Math.round((sent * rng.int(10, 60)) / 1000)
    const opens = Math.round(((sent - bounced) * rng.int(150, 450)) / 1000)
    const clicks = Math.round((opens * rng.int(50, 200)) / 1000)
    const rev = rng.int(300, 3000) * 100
    return {
      stem: `Variant B of a promotion was sent to ${n(sent)} addresses; ${n(bounced)} bounced, ${n(opens)} were opened, ${n(clicks)} were clicked, and it brought in $${n(rev)}. The test is judged on revenue per delivered email. What is B’s figure, to the nearest cent (a half rounded up)?`,
      show: usd(2),
      figures: { sent, bounced, opens, clicks, rev },
      key: frac(rev, sent - bounced),
      wrong: [
        [frac(rev, sent), 'divides by every address sent, bounces included'],
        [frac(rev, opens), 'divides by opens'],
        [frac(rev, clicks), 'divides by clicks'],
        [frac(rev, sent + bounced), 'adds the bounces to the sends'],
      ],
    }
  }),
  worked('pooled-standard-error-in-points', (rng) => {
    const n1 = rng.int(10, 60) * 100
    const n2 = rng.int(10, 60) * 100
    const x1 = Math.round((n1 * rng.int(20, 90)) / 1000)
    const x2 = Math.round((n2 * rng.int(20, 90)) / 1000)
    const p = frac(x1 + x2, n1 + n2)
    const pq = mul(p, sub(1, p))
    const se2 = (v: Fraction2) => rootPts(v)
    const p1 = frac(x1, n1)
    const p2 = frac(x2, n2)
    return {
      stem: `A landing-page test had ${n(x1)} sign-ups from ${n(n1)} visitors on control and ${n(x2)} from ${n(n2)} on the variant. Using the pooled standard error √(p(1 − p)(1/n₁ + 1/n₂)) with p the pooled rate, what is the standard error of the difference, in percentage points to two decimal places (a half rounded up)?`,
      show: (x) => `${plain(2)(x)} points`,
      figures: { n1, n2, x1, x2 },
      key: se2(mul(pq, add(frac(1, n1), frac(1, n2)))),
      wrong: [
        [se2(div(pq, n1 + n2)), 'divides p(1 − p) by the total visitors once'],
        [
          se2(add(div(mul(p1, sub(1, p1)), n1), div(mul(p2, sub(1, p2)), n2))),
          'uses each arm’s own rate (unpooled)',
        ],
        [se2(mul(pq, frac(1, Math.min(n1, n2)))), 'uses only the smaller arm'],
        [
          se2(mul(hund(196), hund(196), pq, add(frac(1, n1), frac(1, n2)))),
          'gives the 95% margin, 1.96 standard errors',
        ],
        [se2(mul(pq, frac(2, Math.min(n1, n2)))), 'uses the smaller arm’s size for both arms'],
      ],
    }
  }),
  worked('minimum-detectable-lift-for-a-list', (rng) => {
    const a = rng.int(20, 120)
    const size = rng.int(10, 80) * 500
    const p = tenths(a)
    const v = div(mul(2, p, sub(1, p)), size)
    const mde = (z: number, w = v) => rootPts(mul(hund(z), hund(z), w))
    return {
      stem: `Each arm of a split test gets ${n(size)} recipients and the baseline click rate is ${tenthPct(a)}. Using MDE = (1.96 + 0.84) × √(2p(1 − p) ÷ n) with n per arm, what is the smallest detectable lift, in percentage points to two decimal places (a half rounded up)?`,
      show: (x) => `${plain(2)(x)} points`,
      figures: { a, size },
      key: mde(280),
      wrong: [
        [mde(196), 'leaves out the power term 0.84'],
        [mde(280, div(mul(p, sub(1, p)), size)), 'leaves out the 2 for two arms'],
        [mde(248), 'uses 1.64 for alpha, forgetting to halve it'],
        [
          mde(280, div(mul(2, p, sub(1, p)), size / 2)),
          'halves n as if it were both arms together',
        ],
        [mde(280, div(mul(2, p), size)), 'leaves out the 1 − p factor'],
      ],
    }
  }),
  worked('lift-in-revenue-per-recipient', (rng) => {
    const n1 = rng.int(10, 60) * 1000
    const n2 = n1 + rng.int(2, 30) * 1000
    const r1 = rng.int(50, 400) * 100
    const g = rng.int(3, 30)
    const r2 = Math.round((((r1 * n2) / n1) * (100 + g)) / 100 / 100) * 100
    const lift = sub(div(r2 * n1, r1 * n2), 1)
    if (lift.n <= 0n) rest()
    return {
      stem: `A split test sent control to ${n(n1)} recipients for $${n(r1)} of revenue and the variant to ${n(n2)} recipients for $${n(r2)}. By what percent did revenue per recipient rise on control’s figure, ${PCT1}?`,
      show: pct(),
      figures: { n1, n2, r1, r2 },
      key: lift,
      wrong: [
        [sub(frac(r2, r1), 1), 'compares total revenue, ignoring the unequal sends'],
        [div(lift, add(1, lift)), 'divides the gap by the variant’s figure'],
        [
          sub(div(r2 * (n1 + n2), (r1 + r2) * n2), 1),
          'compares the variant with both arms together',
        ],
        [add(lift, 1), 'gives the variant’s figure as a percent of control’s'],
        [sub(div(r2 * n2, r1 * n1), 1), 'multiplies by the sends instead of dividing'],
        [div(lift, 2), 'halves the lift for a two-sided reading'],
      ],
    }
  }),
]

type Fraction2 = ReturnType<typeof frac>
/** Whole units of `x > 0` rounded up. */
function ceil(x: Fraction2): Fraction2 {
  return frac((x.n + x.d - 1n) / x.d)
}
/** √x in percentage points to two places, half up. */
function rootPts(x: Fraction2): Fraction2 {
  return root2(mul(x, 10000))
}
