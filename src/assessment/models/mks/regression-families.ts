import {
  add,
  DP2,
  div,
  frac,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  root2,
  sub,
  total,
  usd,
  WHOLE,
  worked,
} from './mks-text.js'

// Correlation and regression for a marketing-mix read-out. Stems give the fitted equation, its
// units and the rounding; the slips are a slope read per dollar where it is per thousand, the
// intercept left out, an elasticity divided instead of multiplied, r and r² confused, and a
// correlation that a third driver explains.

export const REGRESSION_FAMILIES = [
  worked('predicted-leads-from-a-spend-line', (rng) => {
    const a = rng.int(20, 300)
    const b = rng.int(5, 60)
    const x = rng.int(4, 40)
    return {
      stem: `A fitted line gives weekly leads = ${a} + ${(b / 10).toFixed(1)} × (search spend in $ thousands). How many leads does it predict for a week with $${n(x * 1000)} of spend, ${WHOLE}?`,
      show: plain(0),
      figures: { a, b, x },
      key: add(a, mul(frac(b, 10), x)),
      wrong: [
        [mul(frac(b, 10), x), 'leaves out the intercept'],
        [add(a, mul(frac(b, 10), frac(x, 10))), 'enters the spend in tens of thousands'],
        [mul(add(a, frac(b, 10)), x), 'multiplies the intercept by the spend too'],
        [add(a, div(x, frac(b, 10))), 'divides the spend by the slope'],
        [add(a, mul(frac(b, 10), x * 1000)), 'enters the spend in dollars, not thousands'],
        [add(2 * a, mul(frac(b, 10), x)), 'counts the intercept twice'],
      ],
    }
  }),
  worked('sales-change-from-a-price-elasticity', (rng) => {
    const e = rng.int(11, 35)
    const p = rng.int(3, 15)
    return {
      stem: `A log-log model of weekly units on price has a slope of −${(e / 10).toFixed(1)} (the price elasticity). Reading it as a constant percent change in units per 1% change in price, by about what percent do units fall after a ${p}% price rise, ${PCT1}?`,
      show: pct(),
      figures: { e, p },
      key: frac(e * p, 1000),
      wrong: [
        [frac(p * 10, e * 100), 'divides the price change by the elasticity'],
        [frac(e, 1000), 'gives the elasticity as a percent'],
        [frac(p, 100), 'moves units by the same percent as price'],
        [frac(e * p - 10 * p, 1000), 'gives the fall in revenue, not in units'],
        [frac(e * p + 10 * p, 1000), 'adds the price rise to the fall in units'],
      ],
    }
  }),
  worked('variance-left-unexplained-by-a-driver', (rng) => {
    const r = rng.int(30, 95)
    return {
      stem: `Weekly web sessions and TV spend correlate at r = ${(r / 100).toFixed(2)}. In a straight-line fit of sessions on spend, what share of the week-to-week variation in sessions is left unexplained, ${PCT1}?`,
      show: pct(),
      figures: { r },
      key: sub(1, frac(r * r, 10000)),
      wrong: [
        [sub(1, frac(r, 100)), 'takes one minus r instead of one minus r²'],
        [frac(r * r, 10000), 'gives the share explained'],
        [frac(r, 100), 'reads r as the share explained'],
        [frac((100 - r) * (100 - r), 10000), 'squares one minus r'],
      ],
    }
  }),
  worked('least-squares-slope-from-sums', (rng) => {
    const k = 6
    const xs = Array.from({ length: k }, () => rng.int(2, 20))
    const ys = xs.map((x) => x * rng.int(3, 9) + rng.int(5, 40))
    const sx = total(xs)
    const sy = total(ys)
    const sxy = total(xs.map((x, i) => x * ys[i]!))
    const sxx = total(xs.map((x) => x * x))
    const syy = total(ys.map((y) => y * y))
    const Sxy = frac(k * sxy - sx * sy, k)
    const Sxx = frac(k * sxx - sx * sx, k)
    const Syy = frac(k * syy - sy * sy, k)
    if (Sxy.n <= 0n || Sxx.n <= 0n) rest()
    return {
      stem: `Over ${k} weeks a client’s display spend x (in $ thousands) and sign-ups y gave Σx = ${sx}, Σy = ${sy}, Σxy = ${n(sxy)} and Σx² = ${n(sxx)} (and Σy² = ${n(syy)}). Using b = (Σxy − ΣxΣy/n) ÷ (Σx² − (Σx)²/n), what is the least-squares slope, ${DP2}?`,
      show: plain(2),
      figures: { k, sx, sy, sxy, sxx, syy },
      key: div(Sxy, Sxx),
      wrong: [
        [frac(sxy, sxx), 'leaves out the mean corrections'],
        [div(Sxy, Syy), 'divides by the y sum of squares, the slope of x on y'],
        [frac(sy, sx), 'divides total sign-ups by total spend'],
        [div(Sxy, frac(sxx)), 'leaves the mean correction out of the denominator only'],
        [div(frac(sxy), Sxx), 'leaves the mean correction out of the numerator only'],
        [
          div(mul(Sxy, frac(k, k - 1)), Sxx),
          'divides the products’ sum by n − 1 but the squares’ sum by n (sample covariance over population variance)',
        ],
      ],
    }
  }),
  worked('intercept-from-means-and-a-slope', (rng) => {
    const mx = rng.int(20, 90)
    const b = rng.int(5, 40)
    const my = Math.round((mx * b) / 10) + rng.int(20, 300)
    return {
      stem: `Across a year of weeks the mean email sends were ${mx} thousand and mean orders ${n(my)}; the fitted slope is ${(b / 10).toFixed(1)} orders per thousand sends. What is the fitted line’s intercept (ȳ − b x̄), ${DP2}?`,
      show: plain(2),
      figures: { mx, b, my },
      key: sub(my, mul(frac(b, 10), mx)),
      wrong: [
        [add(my, mul(frac(b, 10), mx)), 'adds b x̄ instead of subtracting it'],
        [sub(my, frac(b, 10)), 'subtracts the slope alone'],
        [sub(my, div(mx, frac(b, 10))), 'divides x̄ by the slope'],
        [sub(frac(my), mx), 'subtracts x̄ without the slope'],
        [sub(my, mul(frac(b, 10), mx, 2)), 'subtracts b x̄ twice'],
      ],
    }
  }),
  worked('correlation-from-sums-of-squares', (rng) => {
    const sxx = rng.int(40, 400)
    const syy = rng.int(40, 400)
    const r = rng.int(30, 95)
    const sxy = Math.round((r / 100) * Math.sqrt(sxx * syy))
    if (sxy * sxy >= sxx * syy) rest()
    // Both slopes must read as a possible correlation (under 1), one above r and one below.
    if (sxx === syy || sxy >= Math.min(sxx, syy)) rest()
    const r2 = frac(sxy * sxy, sxx * syy)
    return {
      stem: `For weekly social posts and site visits, the centred sums are Sxx = ${sxx}, Syy = ${syy} and Sxy = ${sxy}. Using r = Sxy ÷ √(Sxx × Syy), what is the correlation, ${DP2}?`,
      show: plain(2),
      figures: { sxx, syy, sxy },
      key: root2(r2),
      wrong: [
        [r2, 'gives r², not r'],
        [frac(sxy, sxx), 'gives the slope of visits on posts'],
        [
          frac(2 * sxy, sxx + syy),
          'divides by the mean of the two sums instead of their geometric mean',
        ],
        [frac(sxy, syy), 'gives the slope of posts on visits'],
      ],
    }
  }),
  worked('residual-as-a-percent-of-the-prediction', (rng) => {
    const a = rng.int(100, 600)
    const b = rng.int(10, 80)
    const x = rng.int(5, 30)
    const fit = a + (b * x) / 10
    const y = Math.round((fit * rng.int(105, 140)) / 100)
    return {
      stem: `A model gives weekly orders = ${a} + ${(b / 10).toFixed(1)} × (paid social spend in $ thousands). In a week with $${x},000 of spend the store took ${n(y)} orders. By what percent did actual orders beat the prediction, on the prediction as the base, ${PCT1}?`,
      show: pct(),
      figures: { a, b, x, y },
      key: sub(div(y, frac(10 * a + b * x, 10)), 1),
      wrong: [
        [sub(1, div(frac(10 * a + b * x, 10), y)), 'divides the residual by actual orders'],
        [sub(frac(y, a), 1), 'compares with the intercept alone'],
        [
          div(sub(y, frac(10 * a + b * x, 10)), mul(frac(b, 10), x)),
          'divides the residual by the spend’s contribution',
        ],
        [div(y, frac(10 * a + b * x, 10)), 'gives actual orders as a percent of the prediction'],
      ],
    }
  }),
  worked('marginal-cost-per-lead-from-a-slope', (rng) => {
    const b = rng.int(8, 60)
    const spend = rng.int(10, 60)
    const leads = Math.round((spend * b) / 10) + rng.int(100, 600)
    return {
      stem: `Last quarter a client spent $${spend},000 on search for ${n(leads)} leads. The fitted response line adds ${(b / 10).toFixed(1)} leads per extra $1,000. What does one extra lead cost at the margin, to the nearest cent (a half rounded up)?`,
      show: usd(2),
      figures: { b, spend, leads },
      key: frac(10000, b),
      wrong: [
        [frac(spend * 1000, leads), 'gives the average cost per lead'],
        [frac(1000, b), 'reads the slope per $100 instead of per $1,000'],
        [frac(1000, leads), 'divides $1,000 by all of last quarter’s leads'],
        [frac(100000, b), 'reads the slope per $10,000 instead of per $1,000'],
        [
          frac(spend * 1000, Math.round((spend * b) / 10)),
          'divides all spend by the leads the slope explains',
        ],
      ],
    }
  }),
  worked('prediction-with-a-promotion-dummy', (rng) => {
    const a = rng.int(50, 400)
    const b = rng.int(5, 40)
    const c = rng.int(40, 300)
    const x = rng.int(5, 40)
    return {
      stem: `A weekly sales model reads units = ${a} + ${(b / 10).toFixed(1)} × (TV spend in $ thousands) + ${c} × promo, where promo is 1 in a promotion week and 0 otherwise. What does it predict for a promotion week with $${x},000 of TV, ${WHOLE}?`,
      show: plain(0),
      figures: { a, b, c, x },
      key: add(a, mul(frac(b, 10), x), c),
      wrong: [
        [add(a, mul(frac(b, 10), x)), 'leaves out the promotion term'],
        [add(a, mul(frac(b, 10), x, c)), 'multiplies the spend term by the promotion coefficient'],
        [add(a, mul(frac(b, 10), x), c * 2), 'counts the promotion term twice'],
        [add(mul(frac(b, 10), x), c), 'leaves out the intercept'],
        [frac(a + c), 'leaves out the spend term'],
        [add(2 * a, mul(frac(b, 10), x), c), 'counts the intercept twice'],
      ],
    }
  }),
  worked('sales-gain-from-doubling-spend-on-a-log-curve', (rng) => {
    const b = rng.int(50, 900)
    return {
      stem: `A diminishing-returns model reads monthly sign-ups = a + ${b} × ln(display spend). By about how many sign-ups does doubling the spend raise the forecast (take ln 2 = 0.693), ${WHOLE}?`,
      show: plain(0),
      figures: { b },
      key: frac(b * 693, 1000),
      wrong: [
        [frac(b), 'gives the coefficient, a one-unit rise in ln(spend)'],
        [frac(2 * b), 'doubles the coefficient'],
        [frac(b, 2), 'halves the coefficient'],
        [frac(b * 301, 1000), 'uses log base 10 of 2, 0.301'],
        [frac(b * 1386, 1000), 'uses ln 4 for a doubling'],
        [frac(b * 1000, 693), 'divides by ln 2'],
      ],
    }
  }),
  worked('adstock-after-three-weeks', (rng) => {
    const s = [rng.int(10, 90), rng.int(10, 90), rng.int(10, 90)]
    const l = rng.pick([30, 40, 50, 60, 70])
    const L = frac(l, 100)
    const a1 = frac(s[0]!)
    const a2 = add(s[1]!, mul(L, a1))
    const a3 = add(s[2]!, mul(L, a2))
    return {
      stem: `A media-mix model carries TV over with adstock A_t = S_t + ${(l / 100).toFixed(1)} × A_{t−1}, starting at A₁ = S₁. TV spend in weeks 1 to 3 was $${s[0]}k, $${s[1]}k and $${s[2]}k. What is week 3’s adstock in $k, to one decimal place (a half rounded up)?`,
      show: plain(1),
      figures: { s0: s[0]!, s1: s[1]!, s2: s[2]!, l },
      key: a3,
      wrong: [
        [add(s[2]!, mul(L, s[1]!)), 'carries over only last week’s spend, not its adstock'],
        [frac(total(s)), 'adds the three weeks’ spend, with no decay'],
        [
          add(s[2]!, mul(sub(1, L), add(s[1]!, mul(sub(1, L), s[0]!)))),
          'uses one minus the carry-over rate',
        ],
        [frac(s[2]!), 'gives week 3’s spend alone'],
        [add(s[2]!, s[1]!, mul(L, s[0]!)), 'decays only week 1’s spend'],
        [add(s[2]!, mul(L, s[1]! + s[0]!)), 'carries every earlier week over by one week’s rate'],
      ],
    }
  }),
  worked('partial-correlation-net-of-temperature', (rng) => {
    const rxy = rng.int(50, 90)
    const rxz = rng.int(30, 80)
    const ryz = rng.int(30, 80)
    const num = 100 * rxy - rxz * ryz
    const den = (10000 - rxz * rxz) * (10000 - ryz * ryz)
    // A draw whose three correlations could not come from one data set gives |r| ≥ 1.
    if (num <= 0 || num * num >= den) rest()
    return {
      stem: `Across summer weeks, iced-drink ad spend (x) and iced-drink sales (y) correlate at ${(rxy / 100).toFixed(2)}; temperature (z) correlates ${(rxz / 100).toFixed(2)} with spend and ${(ryz / 100).toFixed(2)} with sales. Using r_xy·z = (r_xy − r_xz r_yz) ÷ √((1 − r_xz²)(1 − r_yz²)), what is the correlation of spend and sales holding temperature fixed, ${DP2}?`,
      show: plain(2),
      figures: { rxy, rxz, ryz },
      key: root2(frac(num * num, den)),
      wrong: [
        [frac(rxy, 100), 'keeps the raw correlation'],
        [frac(num, 10000), 'leaves out the denominator'],
        [
          root2(frac(num * num, 10000 * (10000 - rxz * rxz))),
          'corrects only for temperature’s link with spend',
        ],
        [
          root2(frac(num * num * den, 10 ** 16)),
          'multiplies by the square root instead of dividing',
        ],
      ],
    }
  }),
  worked('share-of-sales-credited-to-tv', (rng) => {
    const b = rng.int(15, 60)
    const tv = rng.int(20, 200) * 1000
    const base = rng.int(200, 1500) * 1000
    const contrib = (tv * b) / 10
    const all = base + contrib
    // TV credited with under half the sales, so no option is a share over 100 %.
    if (2 * contrib >= all) rest()
    return {
      stem: `A marketing-mix model credits each TV dollar with $${(b / 10).toFixed(1)} of sales. This quarter TV spend was $${n(tv)} and total sales $${n(all)}. What share of total sales does the model credit to TV, ${PCT1}?`,
      show: pct(),
      figures: { b, tv, all },
      key: frac(contrib, all),
      wrong: [
        [frac(tv, all), 'gives TV spend as a share of sales'],
        [frac(contrib, all - contrib), 'divides by the sales the model does not credit to TV'],
        [frac(contrib, all + contrib), 'adds TV’s sales to the total again'],
        [frac(b, 1000), 'gives the coefficient as a percent'],
      ],
    }
  }),
  worked('return-on-spend-from-a-model-coefficient', (rng) => {
    const b = rng.int(20, 80)
    const m = rng.int(30, 70)
    const s = rng.int(10, 200) * 1000
    const roi = sub(mul(frac(b, 10), frac(m, 100)), 1)
    if (roi.n <= 0n) rest()
    return {
      stem: `A model credits each dollar of paid social with $${(b / 10).toFixed(1)} of sales, and the client’s gross margin is ${m}%. On $${n(s)} of spend, what is the return on investment ((gross profit credited − spend) ÷ spend), ${PCT1}?`,
      show: pct(),
      figures: { b, m, s },
      key: roi,
      wrong: [
        [sub(frac(b, 10), 1), 'uses sales instead of gross profit'],
        [mul(frac(b, 10), frac(m, 100)), 'leaves the spend out of the numerator'],
        [frac(b, 10), 'gives sales per dollar'],
        [
          div(roi, mul(frac(b, 10), frac(m, 100))),
          'divides by the gross profit instead of the spend',
        ],
      ],
    }
  }),
  worked('t-statistic-of-a-channel-coefficient', (rng) => {
    const b = rng.int(30, 300)
    const se = rng.int(20, 150)
    return {
      stem: `A regression of weekly revenue on podcast spend gives a coefficient of ${(b / 100).toFixed(2)} with a standard error of ${(se / 100).toFixed(2)}. What is its t statistic (coefficient ÷ standard error), ${DP2}?`,
      show: plain(2),
      figures: { b, se },
      key: frac(b, se),
      wrong: [
        [frac(se, b), 'divides the standard error by the coefficient'],
        [frac(b * b, se * se), 'squares both'],
        [frac(b * se, 10000), 'multiplies them'],
        [frac(b, se * 2), 'halves it for a two-sided test'],
        [frac(b * 100, se * se), 'divides by the squared standard error'],
        [frac(2 * b, se), 'doubles it for a two-sided test'],
      ],
    }
  }),
  worked('adjusted-r-squared-of-a-mix-model', (rng) => {
    const nn = rng.int(30, 104)
    const k = rng.int(3, 9)
    const r2 = rng.int(50, 92)
    const R = frac(r2, 100)
    return {
      stem: `A media-mix model fitted on ${nn} weeks with ${k} drivers has R² = ${(r2 / 100).toFixed(2)}. Using adjusted R² = 1 − (1 − R²)(n − 1) ÷ (n − k − 1), what is adjusted R², to three decimal places (a half rounded up)?`,
      show: plain(3),
      figures: { nn, k, r2 },
      key: sub(1, mul(sub(1, R), frac(nn - 1, nn - k - 1))),
      wrong: [
        [R, 'reports R² unadjusted'],
        [sub(1, mul(sub(1, R), frac(nn, nn - k))), 'uses n ÷ (n − k)'],
        [mul(R, frac(nn - k - 1, nn - 1)), 'scales R² down by the degrees of freedom'],
        [sub(1, mul(sub(1, R), frac(nn - 1, nn - 2 * k - 1))), 'counts each driver twice'],
        [sub(1, mul(sub(1, R), frac(nn - 1, nn - k))), 'uses n − k instead of n − k − 1'],
        [sub(1, mul(sub(1, R), frac(nn, nn - k - 1))), 'uses n instead of n − 1'],
      ],
    }
  }),
]
