import { VariantError } from '../assemble-variant.js'
import { bpText, cap, client, count, dec, family, n, numeric, pct, phi, pp } from './abtest-text.js'

// Bayesian and sequential basics, each computable from stated inputs: Beta posteriors after a
// stated prior, probabilities and expected losses from stated tables, the normal posterior, the
// sequential probability ratio test and group-sequential boundaries as stated formulas.

export const BAYES_FAMILIES = [
  family('beta-posterior-mean', (rng) => {
    const a = rng.int(1, 20)
    const b = rng.int(20, 200)
    const m = rng.int(5, 80) * 100
    const x = Math.round((m * rng.int(100, 900)) / 1e4)
    return numeric(
      `${cap(client(rng))} uses a Beta(${a}, ${b}) prior for a conversion rate. The arm then shows ${n(x)} conversions from ${n(m)} visitors. The posterior is Beta(α + x, β + n − x), with mean α ÷ (α + β). What is the posterior mean, as a percentage to three decimals?`,
      pct(3),
      ((a + x) / (a + b + m)) * 100,
      [
        [(x / m) * 100, 'ignores the prior'],
        [(a / (a + b)) * 100, 'gives the prior mean'],
        [((a + x) / (a + b + x)) * 100, 'adds the conversions to both parameters'],
        [((a + x) / (b + m - x)) * 100, 'divides α by β, not by the sum of both'],
        [((a + x) / (a + m)) * 100, 'leaves β out of the total'],
      ],
      { a, b, m, x },
    )
  }),
  family('beta-posterior-second-parameter', (rng) => {
    const a = rng.int(1, 30)
    const b = rng.int(10, 300)
    const m = rng.int(5, 80) * 100
    const x = Math.round((m * rng.int(100, 900)) / 1e4)
    return numeric(
      `Prior Beta(${a}, ${b}); data ${n(x)} sign-ups from ${n(m)} visitors. With the posterior Beta(α + successes, β + failures), what is the posterior’s second parameter (β)?`,
      (v) => n(v),
      b + m - x,
      [
        [b + m, 'adds all visitors, not the failures'],
        [b + x, 'adds the successes to β'],
        [m - x, 'drops the prior β'],
        [a + b + m - x, 'adds α as well'],
        [a + m - x, 'adds the failures to the prior α'],
      ],
      { a, b, m, x },
    )
  }),
  family('posterior-mean-difference-of-two-arms', (rng) => {
    const a = rng.int(1, 10)
    const b = rng.int(20, 100)
    const m1 = rng.int(10, 60) * 100
    const m2 = m1 + rng.int(-5, 5) * 100
    const x1 = Math.round((m1 * rng.int(200, 600)) / 1e4)
    const x2 = Math.round((m2 * rng.int(200, 700)) / 1e4)
    const pm = (x: number, m: number) => (a + x) / (a + b + m)
    const d = (pm(x2, m2) - pm(x1, m1)) * 100
    if (Math.abs(d) < 0.01) throw new VariantError('no difference')
    return numeric(
      `Both arms share a Beta(${a}, ${b}) prior. Control: ${n(x1)} of ${n(m1)} converted; treatment: ${n(x2)} of ${n(m2)}. What is the difference of posterior means (treatment − control), with each mean (α + x) ÷ (α + β + n), in percentage points to three decimals?`,
      pp(3),
      d,
      [
        [(x2 / m2 - x1 / m1) * 100, 'uses the raw rates, ignoring the prior'],
        [((a + x2) / (a + b + m1) - pm(x1, m1)) * 100, 'divides the treatment by the control n'],
        [
          ((a + x2) / (a + b + m2 + x2) - (a + x1) / (a + b + m1 + x1)) * 100,
          'adds the conversions to the denominator again',
        ],
        [(x2 / (a + b + m2) - x1 / (a + b + m1)) * 100, 'leaves α out of the numerators'],
      ],
      { a, b, m1, m2, x1, x2 },
    )
  }),
  family('probability-better-by-normal-approximation', (rng) => {
    const [sa, sb, s] = rng.pick([
      [3, 4, 5],
      [6, 8, 10],
      [5, 12, 13],
      [8, 15, 17],
      [9, 12, 15],
      [12, 16, 20],
      [4, 3, 5],
      [12, 5, 13],
    ] as const)
    const diff = rng.int(2, 25) * s
    const z = (v: number) => Math.round(v * 100) / 100
    const zs = [z(diff / (10 * s)), z(diff / (10 * (sa + sb))), z(diff / (10 * sb))]
    if (new Set(zs).size < 3) throw new VariantError('table rows coincide')
    const table = rng.shuffle(zs).map((v) => `Φ(${v.toFixed(2)}) = ${phi(v).toFixed(4)}`)
    const tab = (v: number) => Math.round(phi(v) * 1e4) / 1e4
    return numeric(
      `Posteriors of two arms are treated as normal: B − A has mean ${(diff / 1000).toFixed(3)} points, and the arms’ SDs are ${(sa / 100).toFixed(2)} (A) and ${(sb / 100).toFixed(2)} (B) points, so the difference has SD √(s_A² + s_B²). Round mean ÷ SD to two decimals and read the table: ${table.join(', ')}. What is P(B > A), to four decimals?`,
      dec(4),
      tab(zs[0]!),
      [
        [1 - tab(zs[0]!), 'takes the wrong tail'],
        [tab(zs[1]!), 'adds the SDs instead of their squares'],
        [tab(zs[2]!), 'uses arm B’s SD alone'],
        [2 * (1 - tab(zs[0]!)), 'gives the two-sided p-value'],
        [2 * tab(zs[0]!) - 1, 'gives the two-sided confidence'],
      ],
      { sa, sb, diff },
    )
  }),
  family('expected-loss-from-a-scenario-table', (rng) => {
    const ps = [rng.int(10, 40), rng.int(10, 40)]
    const p3 = 100 - ps[0]! - ps[1]!
    const outs = [-rng.int(1, 20) / 10, rng.int(0, 10) / 10, rng.int(10, 40) / 10]
    const probs = [ps[0]!, ps[1]!, p3]
    const loss = probs.reduce((s, p, i) => s + (p * Math.max(0, -outs[i]!)) / 100, 0)
    const mean = probs.reduce((s, p, i) => s + (p * outs[i]!) / 100, 0)
    return numeric(
      `A posterior summary lists three scenarios for B’s lift over A: ${outs.map((o, i) => `${o.toFixed(1)} points with probability ${probs[i]} %`).join('; ')}. The expected loss of shipping B is Σ P × max(0, A − B), counting only scenarios where B is worse. What is it, in points to three decimals?`,
      pp(3),
      loss,
      [
        [-mean, 'nets the gains against the losses'],
        [Math.abs(outs[0]!), 'takes the worst case as certain'],
        [Math.abs(outs[0]!) / 3, 'averages the loss over the three scenarios unweighted'],
        [mean, 'gives the expected lift, not the loss'],
      ],
      {
        p1: probs[0]!,
        p2: probs[1]!,
        p3,
        o1: Math.round(outs[0]! * 10),
        o2: Math.round(outs[1]! * 10),
        o3: Math.round(outs[2]! * 10),
      },
    )
  }),
  family('beta-posterior-standard-deviation', (rng) => {
    const a = rng.int(20, 400)
    const b = rng.int(400, 5000)
    const t = a + b
    return numeric(
      `A conversion rate’s posterior is Beta(${n(a)}, ${n(b)}). Its variance is αβ ÷ [(α + β)²(α + β + 1)]. What is its standard deviation, in percentage points to four decimals?`,
      pp(4),
      Math.sqrt((a * b) / (t * t * (t + 1))) * 100,
      [
        [Math.sqrt((a * b) / (t * t * t)) * 100, 'leaves out the plus-one in the last factor'],
        [((a * b) / (t * t * (t + 1))) * 1e4, 'gives the variance, not the SD'],
        [Math.sqrt((a / t) * (1 - a / t)) * 100, 'gives the SD of one visitor, not of the rate'],
        [Math.sqrt((a * b) / (t * t * (t + 1))) * 100 * 2, 'doubles it for both tails'],
      ],
      { a, b },
    )
  }),
  family('prior-parameters-from-mean-and-weight', (rng) => {
    const mean = rng.int(100, 900)
    const ess = rng.pick([100, 200, 400, 500, 1000])
    return numeric(
      `The client’s past tests put conversion near ${bpText(mean)}, and the analyst wants a Beta prior worth ${n(ess)} visitors: α + β = ${n(ess)} and α ÷ (α + β) = the mean. What is α, to two decimals?`,
      dec(2),
      (mean * ess) / 1e4,
      [
        [((1e4 - mean) * ess) / 1e4, 'gives β, not α'],
        [mean / 100, 'uses the percentage as α'],
        [(mean * ess) / 1e4 / 2, 'halves the weight between the arms'],
        [(mean * ess) / 1e6, 'reads the rate in hundredths'],
        [(mean * ess) / 1e4 + 1, 'adds the uniform prior’s one on top'],
      ],
      { mean, ess },
    )
  }),
  family('sprt-upper-boundary', (rng) => {
    const a = rng.pick([1, 5, 10])
    const b = rng.pick([10, 20])
    const al = a / 100
    const be = b / 100
    return numeric(
      `A sequential probability ratio test stops for the treatment when the log-likelihood ratio reaches ln((1 − β) ÷ α) and for control when it falls to ln(β ÷ (1 − α)). With α = ${al.toFixed(2)} and β = ${be.toFixed(2)}, what is the upper boundary, to three decimals?`,
      dec(3),
      Math.log((1 - be) / al),
      [
        [Math.log(be / (1 - al)), 'gives the lower boundary'],
        [Math.log(1 / al), 'leaves out the power term'],
        [(1 - be) / al, 'leaves the ratio unlogged'],
        [Math.log10((1 - be) / al), 'takes the base-10 logarithm'],
        [Math.log((1 - al) / be), 'swaps α and β'],
      ],
      { a, b },
    )
  }),
  family('sprt-log-likelihood-ratio', (rng) => {
    const p0 = rng.pick([200, 300, 400, 500])
    const p1 = p0 + rng.pick([50, 100])
    const m = rng.int(2, 20) * 100
    const x = Math.round((m * rng.int(p0 - 50, p1 + 80)) / 1e4)
    const l = (a: number, b: number) =>
      x * Math.log(b / a) + (m - x) * Math.log((1e4 - b) / (1e4 - a))
    return numeric(
      `An SPRT compares H₀: p = ${bpText(p0)} with H₁: p = ${bpText(p1)}. After ${n(m)} visitors with ${n(x)} conversions, LLR = x ln(p₁/p₀) + (n − x) ln((1 − p₁)/(1 − p₀)). What is the LLR, to three decimals?`,
      dec(3),
      l(p0, p1),
      [
        [x * Math.log(p1 / p0), 'leaves out the non-converters'],
        [l(p1, p0), 'swaps p₀ and p₁'],
        [
          x * Math.log(p1 / p0) + m * Math.log((1e4 - p1) / (1e4 - p0)),
          'counts all visitors as non-converters',
        ],
        [
          x * Math.log(p1 / p0) - (m - x) * Math.log((1e4 - p1) / (1e4 - p0)),
          'subtracts the non-converter term',
        ],
        [l(p0, p1) / Math.LN10, 'takes base-10 logarithms'],
        [(m - x) * Math.log((1e4 - p1) / (1e4 - p0)), 'leaves out the converters'],
      ],
      { p0, p1, m, x },
    )
  }),
  family('obrien-fleming-boundary-at-a-look', (rng) => {
    const K = rng.pick([3, 4, 5])
    const c = { 3: 2004, 4: 2024, 5: 2040 }[K]!
    const k = rng.int(1, K - 1)
    return numeric(
      `A test plans ${K} equally spaced looks with an O’Brien–Fleming boundary: at look k the critical z is c × √(K ÷ k), with c = ${(c / 1000).toFixed(3)} for ${K} looks. What critical z applies at look ${k}, to three decimals?`,
      dec(3),
      (c / 1000) * Math.sqrt(K / k),
      [
        [(c / 1000) * Math.sqrt(k / K), 'turns the ratio upside down'],
        [c / 1000, 'uses the same c at every look (Pocock-style)'],
        [((c / 1000) * K) / k, 'leaves out the square root'],
        [1.96, 'uses the fixed-sample 1.96'],
        [(c / 1000) * Math.sqrt(K), 'leaves out the look number'],
        [1.96 * Math.sqrt(K / k), 'scales the fixed-sample 1.96, not c'],
      ],
      { K, c, k },
    )
  }),
  family('linear-alpha-spending-increment', (rng) => {
    const a = rng.pick([5, 10])
    const t1 = rng.int(2, 5) * 10
    const t2 = t1 + rng.int(1, 4) * 10
    if (t2 > 100) throw new VariantError('past the end')
    return numeric(
      `A sequential plan spends α = ${(a / 100).toFixed(2)} linearly in information time: by fraction t, α × t has been spent. Looks fall at ${t1} % and ${t2} % of the planned sample. How much α is available at the second look alone, to four decimals?`,
      dec(4),
      (a * (t2 - t1)) / 1e4,
      [
        [(a * t2) / 1e4, 'gives the cumulative α spent'],
        [(a * t1) / 1e4, 'gives the first look’s α'],
        [a / 200, 'splits α evenly over two looks'],
        [(a * (100 - t2)) / 1e4, 'gives the α still unspent'],
      ],
      { a, t1, t2 },
    )
  }),
  family('information-fraction-at-an-interim-look', (rng) => {
    const per = rng.int(10, 80) * 1000
    const got1 = Math.round((per * rng.int(20, 80)) / 100)
    const got2 = got1 + rng.int(-20, 20) * 10
    return numeric(
      `A two-arm test planned ${n(per)} users per arm. At the interim look control has ${n(got1)} and treatment ${n(got2)}. The information fraction is the users so far ÷ the planned total. What is it, as a percentage to two decimals?`,
      pct(2),
      ((got1 + got2) / (2 * per)) * 100,
      [
        [((got1 + got2) / per) * 100, 'divides by one arm’s plan'],
        [(got1 / per) * 100, 'uses control alone'],
        [(Math.max(got1, got2) / per) * 100, 'uses the larger arm'],
        [(got2 / (2 * per)) * 100, 'counts the treatment arm only'],
        [(Math.min(got1, got2) / per) * 100, 'uses the smaller arm'],
      ],
      { per, got1, got2 },
    )
  }),
  family('normal-posterior-standard-deviation', (rng) => {
    const tau = rng.int(5, 40) / 10
    const se = rng.int(5, 40) / 10
    const post = Math.sqrt(1 / (1 / (tau * tau) + 1 / (se * se)))
    return numeric(
      `A normal prior on the lift has SD ${tau.toFixed(1)} points; the test’s estimate has SE ${se.toFixed(1)} points. The posterior precision is the sum of the two precisions (1/SD²). What is the posterior SD, in points to three decimals?`,
      pp(3),
      post,
      [
        [(tau * se) / (tau + se), 'adds the SDs’ reciprocals, not the precisions'],
        [Math.min(tau, se), 'keeps the smaller of the two'],
        [(tau + se) / 2, 'averages the two SDs'],
        [1 / (1 / (tau * tau) + 1 / (se * se)), 'gives the posterior variance'],
      ],
      { tau: Math.round(tau * 10), se: Math.round(se * 10) },
    )
  }),
  family('normal-posterior-mean-with-a-prior', (rng) => {
    const mu = rng.int(-10, 20) / 10
    const tau = rng.int(5, 30) / 10
    const obs = rng.int(5, 80) / 10
    const se = rng.int(5, 30) / 10
    const w = 1 / (tau * tau) / (1 / (tau * tau) + 1 / (se * se))
    if (mu === obs) throw new VariantError('no pull')
    return numeric(
      `Past tests give a normal prior for the lift with mean ${mu.toFixed(1)} % and SD ${tau.toFixed(1)} points. This test measured ${obs.toFixed(1)} % with SE ${se.toFixed(1)}. The posterior mean weights each by its precision (1/SD²). What is it, to two decimals?`,
      pct(2),
      w * mu + (1 - w) * obs,
      [
        [(mu + obs) / 2, 'averages the two unweighted'],
        [(1 - w) * mu + w * obs, 'swaps the weights'],
        [obs, 'ignores the prior'],
        [(mu * se + obs * tau) / (se + tau), 'weights by the SDs, not the precisions'],
      ],
      {
        mu: Math.round(mu * 10),
        tau: Math.round(tau * 10),
        obs: Math.round(obs * 10),
        se: Math.round(se * 10),
      },
    )
  }),
  family('posterior-probability-from-a-likelihood-ratio', (rng) => {
    const prior = rng.int(10, 60)
    const lr = rng.int(2, 30) / 2
    const post = (prior * lr) / (prior * lr + (100 - prior))
    return numeric(
      `Before the test the team gave ${prior} % to “the variant works”. The data are ${lr.toFixed(1)} times as likely if it works as if it does not. By Bayes’ rule in odds form, what is the posterior probability that it works, as a percentage to two decimals?`,
      pct(2),
      post * 100,
      [
        [(lr / (1 + lr)) * 100, 'ignores the prior'],
        [Math.min(100, prior * lr), 'multiplies the probability, not the odds'],
        [prior, 'keeps the prior'],
        [((prior * lr) / (100 - prior)) * 100, 'gives the posterior odds, not a probability'],
      ],
      { prior, lr: lr * 2 },
    )
  }),
  family('thompson-share-from-draw-counts', (rng) => {
    const arms = [rng.int(500, 4000), rng.int(500, 4000), rng.int(500, 4000)]
    const total = arms.reduce((a, b) => a + b, 0)
    const next = rng.int(5, 50) * 100
    const i = rng.int(0, 2)
    const name = ['A', 'B', 'C'][i]!
    return numeric(
      `A Thompson-sampling bandit drew from the three arms’ posteriors ${n(total)} times; A was best in ${n(arms[0]!)} draws, B in ${n(arms[1]!)}, C in ${n(arms[2]!)}. It sends the next ${n(next)} visitors in proportion to the probability each arm is best. How many go to ${name}, rounded to the nearest visitor?`,
      count('visitors'),
      Math.round((next * arms[i]!) / total),
      [
        [Math.round(next / 3), 'splits evenly'],
        [Math.round((next * arms[i]!) / (total - arms[i]!)), 'divides by the other arms’ draws'],
        [arms[i]!, 'gives the arm’s draw count'],
        [Math.round((next * arms[i]!) / Math.max(...arms)), 'scales by the leader, not the total'],
      ],
      { a: arms[0]!, b: arms[1]!, c: arms[2]!, next, i },
    )
  }),
  family('beta-posterior-mode', (rng) => {
    const a = rng.int(2, 20)
    const b = rng.int(20, 200)
    const m = rng.int(2, 40) * 100
    const x = Math.round((m * rng.int(100, 900)) / 1e4)
    return numeric(
      `Prior Beta(${a}, ${b}); the arm then converts ${n(x)} of ${n(m)} visitors. A Beta(α, β) posterior with both parameters above 1 has its mode at (α − 1) ÷ (α + β − 2). What is the posterior mode, as a percentage to three decimals?`,
      pct(3),
      ((a + x - 1) / (a + b + m - 2)) * 100,
      [
        [((a + x) / (a + b + m)) * 100, 'gives the posterior mean'],
        [(x / m) * 100, 'ignores the prior'],
        [((a + x - 1) / (a + b + m)) * 100, 'takes one off the top only'],
        [((a + x) / (a + b + m - 2)) * 100, 'takes two off the bottom only'],
        [((a - 1) / (a + b - 2)) * 100, 'gives the prior’s mode'],
      ],
      { a, b, m, x },
    )
  }),
]
