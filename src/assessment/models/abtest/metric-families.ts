import { VariantError } from '../assemble-variant.js'
import {
  bpText,
  cap,
  client,
  count,
  dec,
  family,
  fixed,
  n,
  numeric,
  pct,
  pp,
} from './abtest-text.js'

// Metrics and lift: absolute against relative lift, revenue per visitor, ratio metrics, CUPED
// with a stated θ, guardrails and the money value of a rollout. Money is shown in whole units
// or to the cent as each stem says.

const money = dec(2)

export const METRIC_FAMILIES = [
  family('absolute-change-from-a-relative-lift', (rng) => {
    const p = rng.int(100, 900)
    const rel = rng.int(2, 30)
    return numeric(
      `${cap(client(rng))} converts ${bpText(p)} and the report says the treatment lifted conversion by ${rel} % (relative). What is the treatment’s rate, as a percentage to three decimals?`,
      pct(3),
      (p * (100 + rel)) / 1e4,
      [
        [p / 100 + rel, 'adds the lift as percentage points'],
        [(p * rel) / 1e4, 'gives the change, not the new rate'],
        [p / 100 + rel / 100, 'adds the lift as hundredths of a point'],
        [(p * 100) / (100 - rel) / 100, 'divides by 1 − lift'],
        [(p * (100 - rel)) / 1e4, 'applies the lift as a fall'],
        [(p * rel) / 100, 'multiplies the rate by the lift number'],
      ],
      { p, rel },
    )
  }),
  family('incremental-conversions-a-month', (rng) => {
    const v = rng.int(20, 400) * 1000
    const p = rng.int(100, 800)
    const rel = rng.int(2, 25)
    return numeric(
      `A page gets ${n(v)} visitors a month converting ${bpText(p)}. A winning variant lifts conversion by ${rel} % relative. Rolled out to all traffic, how many extra conversions a month?`,
      count('conversions'),
      Math.round((v * p * rel) / 1e6),
      [
        [Math.round((v * rel) / 100), 'applies the lift to visitors, as if it were absolute'],
        [Math.round((v * p * (100 + rel)) / 1e6), 'gives all conversions, not the extra'],
        [Math.round((v * rel) / 1e4), 'reads the lift as hundredths of a point'],
        [Math.round((v * p * rel) / 2e6), 'counts only the half of traffic that was in the test'],
      ],
      { v, p, rel },
    )
  }),
  family('rpv-lift-from-conversion-and-order-value', (rng) => {
    const c = rng.int(-10, 20)
    const a = rng.int(-15, 15)
    if (c === 0 || a === 0 || c + a === 0) throw new VariantError('degenerate lift')
    return numeric(
      `A variant changed conversion by ${c > 0 ? '+' : ''}${c} % and average order value by ${a > 0 ? '+' : ''}${a} % (both relative). Revenue per visitor is conversion × order value. What is the relative change in revenue per visitor, to two decimals?`,
      pct(2),
      ((100 + c) * (100 + a)) / 100 - 100,
      [
        [c + a, 'adds the two changes'],
        [c, 'reports the conversion change alone'],
        [(c * a) / 100, 'multiplies the changes, not the factors'],
        [((100 + c) * 100) / (100 - a) - 100, 'divides by the order-value change'],
      ],
      { c, a },
    )
  }),
  family('rpv-difference-from-arm-totals', (rng) => {
    const n1 = rng.int(20, 90) * 100
    const n2 = n1 + rng.int(-10, 10) * 100
    const o1 = Math.round((n1 * rng.int(20, 60)) / 1000)
    const o2 = Math.round((n2 * rng.int(20, 60)) / 1000)
    const r1 = rng.int(20, 80) * o1 * 100 + rng.int(0, 99)
    const r2 = rng.int(20, 80) * o2 * 100 + rng.int(0, 99)
    const d = r2 / n2 - r1 / n1
    if (Math.abs(d) < 1 || n1 === n2) throw new VariantError('no difference')
    return numeric(
      `Control: ${n(n1)} visitors, ${n(o1)} orders, revenue ${(r1 / 100).toFixed(2)}. Treatment: ${n(n2)} visitors, ${n(o2)} orders, revenue ${(r2 / 100).toFixed(2)}. What is the difference in revenue per visitor (treatment − control), to the cent?`,
      money,
      d / 100,
      [
        [(r2 / o2 - r1 / o1) / 100, 'compares order value, not revenue per visitor'],
        [(r2 - r1) / 100 / n1, 'divides the revenue gap by control’s visitors'],
        [(r2 - r1) / 100 / (n1 + n2), 'divides the revenue gap by all visitors'],
        [(r2 / n1 - r1 / n1) / 100, 'divides both revenues by control’s visitors'],
      ],
      { n1, n2, o1, o2, r1, r2 },
    )
  }),
  family('ratio-metric-from-user-rows', (rng) => {
    const rows = Array.from({ length: 4 }, () => {
      const s = rng.int(1, 12)
      return [s, rng.int(0, 3 * s)] as const
    })
    const S = rows.reduce((a, [s]) => a + s, 0)
    const C = rows.reduce((a, [, c]) => a + c, 0)
    return numeric(
      `Clicks per session is a ratio metric: total clicks ÷ total sessions across users. One arm’s four users had ${rows.map(([s, c]) => `${s} sessions and ${c} clicks`).join('; ')}. What is clicks per session, to three decimals?`,
      dec(3),
      C / S,
      [
        [rows.reduce((a, [s, c]) => a + c / s, 0) / 4, 'averages each user’s ratio'],
        [C / 4, 'gives clicks per user'],
        [S / C, 'divides sessions by clicks'],
        [rows.reduce((a, [s, c]) => a + c / s, 0), 'adds the users’ ratios'],
      ],
      Object.fromEntries(
        rows.flatMap(([s, c], i) => [
          [`s${i}`, s],
          [`c${i}`, c],
        ]),
      ),
    )
  }),
  family('cuped-adjusted-arm-mean', (rng) => {
    const y = rng.int(2000, 9000)
    const x = rng.int(1500, 8000)
    const mu = x + rng.int(-600, 600)
    const th = rng.int(30, 95)
    if (x === mu) throw new VariantError('no adjustment')
    return numeric(
      `CUPED adjusts an arm’s mean by Ŷ = Ȳ − θ(X̄ − μ), X the pre-period spend, μ its mean over all users and θ = ${(th / 100).toFixed(2)}. The treatment arm’s mean spend is ${(y / 100).toFixed(2)}, its pre-period mean ${(x / 100).toFixed(2)}, and μ = ${(mu / 100).toFixed(2)}. What is the adjusted mean, to the cent?`,
      money,
      (y - (th * (x - mu)) / 100) / 100,
      [
        [(y + (th * (x - mu)) / 100) / 100, 'adds the correction instead of taking it off'],
        [(y - (th * x) / 100) / 100, 'subtracts θ × X̄, not the deviation from μ'],
        [(y - (x - mu)) / 100, 'leaves out θ'],
        [y / 100, 'leaves the mean unadjusted'],
      ],
      { y, x, mu, th },
    )
  }),
  family('cuped-theta-from-covariance', (rng) => {
    const vx = rng.int(200, 900)
    const vy = rng.int(300, 1200)
    const cov = rng.int(50, Math.min(vx, vy) - 20)
    return numeric(
      `For CUPED the analyst needs θ = Cov(Y, X) ÷ Var(X). Pre-period X has variance ${vx}, the metric Y has variance ${vy}, and their covariance is ${cov}. What is θ, to three decimals?`,
      dec(3),
      cov / vx,
      [
        [cov / vy, 'divides by Var(Y)'],
        [cov / Math.sqrt(vx * vy), 'gives the correlation ρ'],
        [vx / cov, 'turns the ratio upside down'],
        [(cov / vx) ** 2, 'squares θ'],
      ],
      { vx, vy, cov },
    )
  }),
  family('cuped-variance-share-removed', (rng) => {
    const vx = rng.int(200, 900)
    const vy = rng.int(300, 1200)
    const cov = rng.int(50, Math.min(vx, vy) - 20)
    const rho2 = (cov * cov) / (vx * vy)
    return numeric(
      `With θ = Cov/Var(X), CUPED leaves Var(Y) − Cov² ÷ Var(X), so it removes ρ² of the variance. Var(X) = ${vx}, Var(Y) = ${vy}, Cov = ${cov}. What percentage of Var(Y) does CUPED remove, to one decimal?`,
      pct(1),
      rho2 * 100,
      [
        [Math.sqrt(rho2) * 100, 'uses ρ, not ρ²'],
        [(1 - rho2) * 100, 'gives the share left, not removed'],
        [((cov * cov) / vx / vx) * 100, 'divides Cov² by Var(X) twice'],
        [(cov / vy) * 100, 'takes Cov ÷ Var(Y)'],
      ],
      { vx, vy, cov },
    )
  }),
  family('expected-value-of-a-rollout', (rng) => {
    const base = rng.int(20, 500) * 10000
    const pw = rng.int(55, 95)
    const g = rng.int(10, 60) / 10
    const l = rng.int(5, 30) / 10
    const ev = (base * ((pw * g) / 100 - ((100 - pw) * l) / 100)) / 100
    return numeric(
      `A client earns ${n(base)} a year from a funnel. If rolled out, the variant has a ${pw} % chance of a ${g.toFixed(1)} % gain and otherwise a ${l.toFixed(1)} % loss. What is the expected yearly value of rolling it out, in whole units?`,
      (x) => n(Number(fixed(x, 0))),
      ev,
      [
        [(base * g) / 100, 'counts the gain as certain'],
        [(base * pw * g) / 1e4, 'leaves out the chance of loss'],
        [(base * (g - l)) / 100, 'ignores the probabilities'],
        [(base * ((pw * g) / 100 + ((100 - pw) * l) / 100)) / 100, 'adds the expected loss'],
      ],
      { base, pw, g: Math.round(g * 10), l: Math.round(l * 10) },
    )
  }),
  family('guardrail-one-sided-upper-bound', (rng) => {
    const n1 = rng.int(30, 150) * 100
    const n2 = n1 + rng.int(-10, 10) * 100
    const q1 = rng.int(100, 500)
    const q2 = q1 + rng.int(-10, 40)
    const p1 = q1 / 1e4
    const p2 = q2 / 1e4
    const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2)
    const d = p2 - p1
    return numeric(
      `Refund rate is a guardrail: the change must not raise it by more than a stated margin. Control ${bpText(q1)} of ${n(n1)} orders, treatment ${bpText(q2)} of ${n(n2)}. The check uses the one-sided 95 % upper bound of the increase, difference + 1.645 × unpooled SE (two-sided 95 % would use 1.96). What is the bound, in percentage points to three decimals?`,
      pp(3),
      (d + 1.645 * se) * 100,
      [
        [(d + 1.96 * se) * 100, 'uses the two-sided 1.96'],
        [d * 100, 'compares the point estimate alone'],
        [(d - 1.645 * se) * 100, 'takes the lower bound'],
        [(d + 1.645 * Math.sqrt((p2 * (1 - p2)) / n2)) * 100, 'uses the treatment arm’s SE only'],
        [
          (d + 1.645 * (Math.sqrt((p1 * (1 - p1)) / n1) + Math.sqrt((p2 * (1 - p2)) / n2))) * 100,
          'adds the two SEs, not the variances',
        ],
        [(d + 2 * 1.645 * se) * 100, 'adds the whole width, not the margin'],
      ],
      { n1, n2, q1, q2 },
    )
  }),
  family('site-wide-lift-after-a-partial-rollout', (rng) => {
    const rel = rng.int(3, 25)
    const f = rng.pick([20, 25, 30, 40, 60, 75])
    return numeric(
      `A variant lifted conversion ${rel} % (relative) on the product pages where it ran. Those pages’ conversions are ${f} % of the site’s conversions, and nothing else changes. What is the site-wide relative lift in conversions, to two decimals?`,
      pct(2),
      (rel * f) / 100,
      [
        [rel, 'claims the page lift for the whole site'],
        [(rel * 100) / f, 'divides by the pages’ share'],
        [rel * (1 - f / 100), 'scales by the share of other pages'],
        [rel / 2, 'averages the page lift with the other pages’ zero, unweighted'],
      ],
      { rel, f },
    )
  }),
  family('net-value-with-cannibalisation', (rng) => {
    const up1 = rng.int(50, 400)
    const m1 = rng.int(10, 80)
    const down = rng.int(20, Math.max(21, up1 - 10))
    const m2 = rng.int(10, 80)
    return numeric(
      `Promoting a new plan sold ${up1} more of it a month (margin ${m1}.00 each) but ${down} fewer of the old plan (margin ${m2}.00 each). What is the net monthly margin change, to the cent?`,
      money,
      up1 * m1 - down * m2,
      [
        [up1 * m1, 'ignores the cannibalised sales'],
        [(up1 - down) * m1, 'nets the units at the new plan’s margin'],
        [up1 * m1 + down * m2, 'adds the lost margin'],
        [(up1 - down) * m2, 'nets the units at the old plan’s margin'],
      ],
      { up1, m1, down, m2 },
    )
  }),
  family('cost-of-running-a-losing-arm', (rng) => {
    const v = rng.int(10, 80) * 1000
    const p = rng.int(200, 800)
    const drop = rng.int(5, 40) * 10
    const val = rng.int(20, 150)
    const pdrop = p - drop / 10
    return numeric(
      `During a ${n(v)}-visitor test split 50/50, the treatment converted ${bpText(Math.round(pdrop))} against control’s ${bpText(p)}; each conversion is worth ${val}.00. What did running the treatment cost in lost conversion value, to the cent (treatment visitors × rate gap × value)?`,
      money,
      ((v / 2) * (p - Math.round(pdrop)) * val) / 1e4,
      [
        [
          (v * (p - Math.round(pdrop)) * val) / 1e4,
          'charges the gap to all visitors, control included',
        ],
        [
          ((v / 2) * (p - Math.round(pdrop)) * val) / 1e6,
          'reads the rate gap in hundredths of a point',
        ],
        [
          ((v / 2) * Math.round(pdrop) * val) / 1e4,
          'values the treatment’s conversions, not the gap',
        ],
        [
          ((v / 2) * ((p - Math.round(pdrop)) / p) * val) / 1,
          'uses the relative drop as the rate gap',
        ],
      ],
      { v, p, pt: Math.round(pdrop), val },
    )
  }),
  family('break-even-relative-lift', (rng) => {
    const cost = rng.int(5, 60) * 1000
    const base = rng.int(100, 900) * 1000
    const yrs = rng.pick([1, 2, 3])
    return numeric(
      `Building a variant for good costs ${n(cost)}. The funnel it changes earns ${n(base)} a year, and the client wants the cost back within ${yrs} year${yrs > 1 ? 's' : ''}. What relative lift in that revenue breaks even, as a percentage to two decimals?`,
      pct(2),
      (cost * 100) / (base * yrs),
      [
        [(cost * 100) / base, 'recovers the cost in one year'],
        [(cost * 100 * yrs) / base, 'multiplies by the years instead of dividing'],
        [(base * yrs) / cost / 100, 'turns the ratio upside down'],
        [(cost * 100) / (base * yrs + cost), 'divides by revenue plus cost'],
      ],
      { cost, base, yrs },
    )
  }),
  family('net-revenue-per-visitor-after-refunds', (rng) => {
    const v = rng.int(20, 90) * 100
    const rev = rng.int(50, 400) * 1000
    const ref = rng.int(2, 20)
    return numeric(
      `An arm had ${n(v)} visitors and ${n(rev)}.00 of gross revenue; ${ref} % of that revenue was later refunded. The agreed metric is net revenue per visitor. What is it, to the cent?`,
      money,
      (rev * (100 - ref)) / 100 / v,
      [
        [rev / v, 'uses gross revenue'],
        [rev / v - ref, 'takes the refund share off in whole units'],
        [(rev * ref) / 100 / v, 'gives refunds per visitor'],
        [rev / v / (1 + ref / 100), 'divides by one plus the refund share'],
      ],
      { v, rev, ref },
    )
  }),
  family('relative-change-of-a-falling-rate', (rng) => {
    const a = rng.int(300, 800)
    const b = a - rng.int(20, 200)
    return numeric(
      `Bounce rate fell from ${bpText(a)} in control to ${bpText(b)} in treatment. What is the relative change, (treatment − control) ÷ control, as a percentage to two decimals?`,
      pct(2),
      ((b - a) / a) * 100,
      [
        [(b - a) / 100, 'gives the change in points'],
        [((b - a) / b) * 100, 'divides by the treatment rate'],
        [((a - b) / a) * 100, 'drops the sign of a fall'],
        [(b / a) * 100, 'gives the ratio, not the change'],
        [((b - a) / ((a + b) / 2)) * 100, 'divides by the midpoint of the two rates'],
        [((a - b) / (1e4 - a)) * 100, 'gives the change in the stay rate, one minus bounce'],
      ],
      { a, b },
    )
  }),
  family('revenue-per-user-with-non-payers', (rng) => {
    const users = rng.int(20, 90) * 100
    const payers = Math.round((users * rng.int(3, 20)) / 100)
    const rev = payers * rng.int(10, 90) * 100 + rng.int(0, 99)
    const sessions = Math.round((users * rng.int(130, 300)) / 100)
    return numeric(
      `An app arm had ${n(users)} users in ${n(sessions)} sessions; ${n(payers)} of the users paid, for total revenue ${(rev / 100).toFixed(2)}. The primary metric is average revenue per user (ARPU), counting users who paid nothing as zero. What is ARPU, to the cent?`,
      money,
      rev / 100 / users,
      [
        [rev / 100 / payers, 'averages over payers only (ARPPU)'],
        [rev / 100 / (users - payers), 'divides by the non-payers'],
        [rev / 100 / (users + payers), 'counts payers twice'],
        [rev / 100 / sessions, 'divides by sessions, not users'],
        [rev / 100 / (2 * users), 'divides by both arms’ users'],
      ],
      { users, payers, rev, sessions },
    )
  }),
  family('order-value-change-from-rpv-and-conversion', (rng) => {
    const r = rng.int(-10, 25)
    const c = rng.int(-10, 25)
    if (r === c || c === 0 || r === 0) throw new VariantError('degenerate change')
    return numeric(
      `Revenue per visitor rose ${r} % and conversion changed ${c > 0 ? '+' : ''}${c} % (both relative); revenue per visitor is conversion × average order value. What relative change in average order value do these imply, as a percentage to two decimals?`,
      pct(2),
      ((100 + r) / (100 + c)) * 100 - 100,
      [
        [r - c, 'subtracts the changes'],
        [r + c, 'adds the changes'],
        [((100 + c) / (100 + r)) * 100 - 100, 'turns the ratio upside down'],
        [((100 + r) * (100 + c)) / 100 - 100, 'multiplies the factors'],
      ],
      { r, c },
    )
  }),
]
