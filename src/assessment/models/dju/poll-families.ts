import { VariantError } from '../assemble-variant.js'
import {
  add,
  div,
  type Fraction,
  frac,
  mul,
  n,
  PCT1,
  PTS1,
  pc,
  pct,
  place,
  plain,
  rootRounded,
  sub,
  total,
  worked,
} from './dju-text.js'

// Polls and samples. Every margin of error is the simple-random-sample formula the stem writes
// out, at 95 % (z = 1.96) unless a stem says otherwise, and shown in percentage points rounded
// half up, so the slips are the ones reporters make with a poll: the whole sample's margin for a
// subgroup, one share's margin for a lead, a forgotten square or root, the wrong base for a share.

const Z = frac(196, 100)
const Z2 = mul(Z, Z)
/** `1.96 × √(v)` in percentage points, rounded half up to one place (v a variance of a share). */
const moe = (v: Fraction, z: Fraction = Z): Fraction => rootRounded(mul(z, z, v, 10000), 1)
const pq = (p: Fraction): Fraction => mul(p, sub(1, p))
const pts = plain(1, 'points')
const MOE = 'margin of error = 1.96 × √(p(1 − p) ÷ n)'
const up = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
const people = plain(0, 'respondents')

export const POLL_FAMILIES = [
  worked('margin-of-error-of-a-share', (rng) => {
    const size = rng.int(400, 2500)
    const p = rng.int(12, 44)
    return {
      stem: `A poll of ${n(size)} adults finds ${p}% back a new stadium. Using the ${MOE}, what is the 95% margin of error on that share, ${PTS1}?`,
      show: pts,
      figures: { size, p },
      key: moe(div(pq(pc(p)), size)),
      wrong: [
        [moe(div(frac(1, 4), size)), 'uses the maximum margin at 50% instead of the share'],
        [moe(div(pq(pc(p)), size), frac(1)), 'leaves out the 1.96'],
        [moe(div(pq(pc(p)), size), frac(2576, 1000)), 'uses 2.576, the 99% multiplier'],
        [moe(div(pq(pc(p)), size), frac(1645, 1000)), 'uses 1.645, the 90% multiplier'],
        [mul(2, moe(div(pq(pc(p)), size))), 'gives the width of the interval, twice the margin'],
      ],
    }
  }),
  worked('margin-of-error-for-a-subgroup', (rng) => {
    const size = rng.int(800, 3000)
    const s = rng.int(12, 35)
    const sub1 = Math.round((size * s) / 100)
    return {
      stem: `A national poll of ${n(size)} voters includes ${n(sub1)} aged 18 to 34. Using the ${MOE} with p = 50% (the pollster’s maximum margin), what is the margin of error for the 18–34 results, ${PTS1}?`,
      show: pts,
      figures: { size, sub1 },
      key: moe(div(frac(1, 4), sub1)),
      wrong: [
        [moe(div(frac(1, 4), size)), 'quotes the whole sample’s margin'],
        [
          // 1.96 × √(0.25 ÷ n) ÷ (sub ÷ n), worked unrounded: the variance is 0.25 × n ÷ sub².
          moe(div(mul(frac(1, 4), size), mul(sub1, sub1))),
          'scales the margin by the subgroup share, not its root',
        ],
        [moe(div(pq(div(sub1, size)), size)), 'puts the subgroup’s share of the sample in as p'],
        [moe(div(frac(1, 4), sub1), frac(1)), 'leaves out the 1.96'],
        [moe(div(frac(1, 4), sub1), frac(2576, 1000)), 'uses 2.576, the 99% multiplier'],
      ],
    }
  }),
  worked('margin-of-error-of-a-lead', (rng) => {
    const size = rng.int(600, 2500)
    const a = rng.int(36, 52)
    const b = rng.int(28, a - 2)
    const pa = pc(a)
    const pb = pc(b)
    const lead = sub(pa, pb)
    return {
      stem: `A poll of ${n(size)} likely voters has Rivera on ${a}% and Chen on ${b}%. The margin of error on the lead is 1.96 × √((pA + pB − (pA − pB)²) ÷ n). What is it, ${PTS1}?`,
      show: pts,
      figures: { size, a, b },
      key: moe(div(sub(add(pa, pb), mul(lead, lead)), size)),
      wrong: [
        [moe(div(pq(pa), size)), 'quotes one candidate’s margin'],
        [mul(2, moe(div(pq(pa), size))), 'doubles one candidate’s margin'],
        [add(moe(div(pq(pa), size)), moe(div(pq(pb), size))), 'adds the two candidates’ margins'],
        [moe(div(frac(1, 4), size)), 'quotes the maximum margin for one share'],
        [moe(div(pq(pb), size)), 'quotes the trailing candidate’s margin'],
        [mul(2, moe(div(frac(1, 4), size))), 'doubles the maximum margin for one share'],
        [moe(div(sub(add(pa, pb), mul(lead, lead)), size), frac(1)), 'leaves out the 1.96'],
        [
          moe(div(add(pq(pa), pq(pb)), size)),
          'adds the two shares’ variances and leaves out their covariance',
        ],
        [
          moe(div(sub(add(pa, pb), mul(lead, lead)), size), frac(2576, 1000)),
          'uses 2.576, the 99% multiplier',
        ],
      ],
    }
  }),
  worked('sample-size-for-a-target-margin', (rng) => {
    const p = rng.int(10, 40)
    const e = rng.pick([15, 20, 25, 30, 35, 40, 45, 50])
    const E = frac(e, 1000)
    const need = (z2: Fraction, v: Fraction, err: Fraction) => up(div(mul(z2, v), mul(err, err)))
    return {
      stem: `A newsroom commissions a poll on a policy it expects about ${p}% to support. How many respondents does it need for a 95% margin of error of ${(e / 10).toFixed(1)} percentage points, from n = 1.96² × p(1 − p) ÷ E² with p and E as proportions (${(e / 10).toFixed(1)} points is ${(e / 1000).toFixed(3)}), rounding any fraction of a respondent up?`,
      show: people,
      figures: { p, e },
      key: need(Z2, pq(pc(p)), E),
      wrong: [
        [need(Z, pq(pc(p)), E), 'does not square the 1.96'],
        [need(frac(4), pq(pc(p)), E), 'rounds 1.96 up to 2 before squaring'],
        [need(Z2, frac(1, 4), E), 'uses 50% instead of the expected share'],
        [up(div(mul(Z2, pq(pc(p))), E)), 'divides by E, not E²'],
      ],
    }
  }),
  worked('support-weighted-by-population-shares', (rng) => {
    const s = [rng.int(10, 25), rng.int(25, 40)]
    s.push(100 - total(s))
    const w = [rng.int(25, 35), rng.int(30, 40)]
    w.push(100 - total(w))
    const a = [rng.int(40, 75), rng.int(30, 60), rng.int(20, 50)]
    const dot = (x: readonly number[], y: readonly number[]) =>
      x.reduce((acc, xi, i) => add(acc, mul(pc(xi), pc(y[i]!))), frac(0))
    const twice = div(
      s.reduce((acc, si, i) => add(acc, mul(si, w[i]!, a[i]!)), frac(0)),
      mul(
        100,
        s.reduce((acc, si, i) => acc + si * w[i]!, 0),
      ),
    )
    const g = ['18–34', '35–54', '55 and over']
    return {
      stem: `In a poll, ${g.map((x, i) => `${x}s are ${s[i]}% of respondents and ${a[i]}% of them back the plan`).join('; ')}. Census figures put these groups at ${w.map((x) => `${x}%`).join(', ')} of adults. Weighting each group to its census share, what share of adults backs the plan, ${PCT1}?`,
      show: pct(),
      figures: {
        s0: s[0]!,
        s1: s[1]!,
        s2: s[2]!,
        w0: w[0]!,
        w1: w[1]!,
        w2: w[2]!,
        a0: a[0]!,
        a1: a[1]!,
        a2: a[2]!,
      },
      key: dot(w, a),
      wrong: [
        [dot(s, a), 'leaves the sample unweighted'],
        [div(pc(total(a)), 3), 'averages the three groups’ support'],
        [twice, 'applies the census shares on top of the sample shares'],
        [dot([w[2]!, w[1]!, w[0]!], a), 'pairs the census shares with the groups in reverse order'],
        [
          div(
            s.reduce((acc, si, i) => add(acc, mul(div(w[i]!, si), pc(a[i]!))), frac(0)),
            3,
          ),
          'averages each group’s support times its weight, ignoring group sizes',
        ],
      ],
    }
  }),
  worked('weight-for-a-group-against-its-census-share', (rng) => {
    const size = rng.int(800, 2500)
    const g = Math.round((size * rng.int(10, 45)) / 100)
    const P = rng.int(20, 35)
    if (Math.abs((100 * g) / size - P) < 2)
      throw new VariantError('the group is sampled at its share')
    const share = div(g, size)
    return {
      stem: `A poll of ${n(size)} adults reached ${n(g)} people without a degree-level qualification aged under 35, a group that is ${P}% of adults. What weight does each of them get (population share ÷ sample share), ${'to two decimal places (a half rounded up)'}?`,
      show: plain(2),
      figures: { size, g, P },
      key: div(pc(P), share),
      wrong: [
        [div(share, pc(P)), 'divides the sample share by the population share'],
        [div(sub(1, pc(P)), sub(1, share)), 'gives everyone else’s weight'],
        [add(1, sub(pc(P), share)), 'adds the gap in shares to one'],
        [div(sub(1, share), sub(1, pc(P))), 'inverts everyone else’s weight'],
      ],
    }
  }),
  worked('survey-response-rate', (rng) => {
    const k = rng.int(300, 1500)
    const r = rng.int(500, 3000)
    const c = rng.int(1000, 5000)
    const inel = rng.int(100, 800)
    const part = rng.int(30, 200)
    const sampled = k + r + c + inel + part
    const eligible = sampled - inel
    return {
      stem: `A survey drew ${n(sampled)} phone numbers: ${n(inel)} were not eligible (businesses or out of area), ${n(c)} were never reached, ${n(r)} refused, ${n(part)} broke off partway and ${n(k)} completed the interview. Taking the response rate as completed interviews over eligible numbers, what is it, ${PCT1}?`,
      show: pct(),
      figures: { k, r, c, inel, part },
      key: div(k, eligible),
      wrong: [
        [div(k, sampled), 'keeps the ineligible numbers in the base'],
        [div(k, k + r + part), 'gives the cooperation rate, over people reached only'],
        [div(k + part, eligible), 'counts the partial interviews as completed'],
        [div(k + part, sampled), 'counts partial interviews and keeps the ineligible numbers'],
        [div(k + r, eligible), 'counts refusals as responses'],
      ],
    }
  }),
  worked('people-from-a-weighted-survey-share', (rng) => {
    const adults = rng.int(400, 4000) * 1000 + rng.int(0, 999)
    const pop = Math.round((adults * rng.int(118, 135)) / 100)
    const w = rng.int(40, 300)
    const u = w + rng.int(-40, 60)
    if (Math.abs(u - w) < 5 || u < 20) throw new VariantError('the two shares coincide')
    return {
      stem: `A weighted survey of adults in ${place(rng)} finds ${(w / 10).toFixed(1)}% care for a relative unpaid (${(u / 10).toFixed(1)}% of respondents before weighting). The region has ${n(adults)} adults and ${n(pop)} residents in all. About how many adults care unpaid, to the nearest thousand (a half rounded up)?`,
      show: (x) => `${n(Number(((x.n * 2n + x.d * 1000n) / (x.d * 2000n)) * 1000n))} adults`,
      figures: { adults, pop, w, u },
      key: mul(adults, frac(w, 1000)),
      wrong: [
        [mul(pop, frac(w, 1000)), 'applies the share to all residents'],
        [mul(adults, frac(u, 1000)), 'uses the unweighted share'],
        [mul(pop, frac(u, 1000)), 'applies the unweighted share to all residents'],
        [mul(adults, frac(w, 100)), 'reads the share a place of ten too high'],
      ],
    }
  }),
  worked('margin-of-error-of-a-change-between-polls', (rng) => {
    const n1 = rng.int(600, 2000)
    const n2 = rng.int(600, 2000)
    const p1 = rng.int(30, 55)
    const p2 = p1 + rng.int(2, 9)
    return {
      stem: `Support for a mayor rose from ${p1}% in a poll of ${n(n1)} to ${p2}% in an independent poll of ${n(n2)}. The margin of error on the change is 1.96 × √(p₁(1 − p₁) ÷ n₁ + p₂(1 − p₂) ÷ n₂). What is it, ${PTS1}?`,
      show: pts,
      figures: { n1, n2, p1, p2 },
      key: moe(add(div(pq(pc(p1)), n1), div(pq(pc(p2)), n2))),
      wrong: [
        [moe(div(pq(pc(p2)), n2)), 'quotes the second poll’s margin'],
        [add(moe(div(pq(pc(p1)), n1)), moe(div(pq(pc(p2)), n2))), 'adds the two polls’ margins'],
        [moe(div(pq(pc(p2)), n1 + n2)), 'pools the two samples as one'],
        [mul(2, moe(div(pq(pc(p2)), n2))), 'doubles the second poll’s margin'],
        [
          moe(add(div(frac(1, 4), n1), div(frac(1, 4), n2))),
          'uses the maximum margin, at 50%, for both polls',
        ],
        [
          moe(add(div(pq(pc(p1)), n1), div(pq(pc(p2)), n2)), frac(2576, 1000)),
          'uses 2.576, the 99% multiplier',
        ],
        [moe(add(div(pq(pc(p1)), n1), div(pq(pc(p2)), n2)), frac(1)), 'leaves out the 1.96'],
        [moe(div(pq(pc(p1)), n1)), 'quotes the first poll’s margin'],
      ],
    }
  }),
  worked('margin-of-error-with-a-design-effect', (rng) => {
    const size = rng.int(800, 3000)
    const p = rng.int(15, 50)
    const d = rng.int(12, 25)
    const deff = frac(d, 10)
    const plainMoe = moe(div(pq(pc(p)), size))
    return {
      stem: `A weighted online poll of ${n(size)} finds ${p}% support. Its weighting has a design effect of ${(d / 10).toFixed(1)}, so the margin of error is 1.96 × √(deff × p(1 − p) ÷ n). What is the margin, ${PTS1}?`,
      show: pts,
      figures: { size, p, d },
      key: moe(div(mul(deff, pq(pc(p))), size)),
      wrong: [
        [plainMoe, 'ignores the design effect'],
        [
          mul(deff, moe(div(pq(pc(p)), size))),
          'multiplies the margin by the design effect, not its root',
        ],
        [moe(div(pq(pc(p)), mul(deff, size))), 'divides by the design effect instead'],
        [
          moe(div(mul(deff, frac(1, 4)), size)),
          'uses the maximum margin, at 50%, with the design effect',
        ],
        [moe(div(frac(1, 4), size)), 'uses the maximum margin and ignores the design effect'],
        [moe(div(mul(deff, pq(pc(p))), size), frac(2576, 1000)), 'uses 2.576, the 99% multiplier'],
        [moe(div(mul(deff, pq(pc(p))), size), frac(1)), 'leaves out the 1.96'],
      ],
    }
  }),
  worked('share-of-decided-voters', (rng) => {
    const a = rng.int(30, 45)
    const b = rng.int(25, 40)
    const o = rng.int(3, 10)
    const u = 100 - a - b - o
    if (u < 4) throw new VariantError('too few undecided to matter')
    return {
      stem: `A poll finds ${a}% for the Greens’ candidate, ${b}% for Labour’s, ${o}% for others and ${u}% undecided. Leaving out only the undecided, what share of decided voters back the Greens’ candidate, ${PCT1}?`,
      show: pct(),
      figures: { a, b, o, u },
      key: div(a, 100 - u),
      wrong: [
        [pc(a), 'leaves the undecided in the base'],
        [div(a, a + b), 'leaves the others out too'],
        [add(pc(a), div(pc(u), 2)), 'splits the undecided evenly between the two leaders'],
        [div(a, 100 - o), 'takes the others out instead of the undecided'],
        [
          add(pc(a), mul(pc(u), div(a, a + b))),
          'shares the undecided between the two leaders in proportion',
        ],
      ],
    }
  }),
  worked('change-in-net-approval', (rng) => {
    const a1 = rng.int(30, 50)
    const d1 = rng.int(35, 60)
    const a2 = a1 + rng.int(1, 8)
    const d2 = d1 - rng.int(1, 8)
    return {
      stem: `In March a governor’s approval was ${a1}% and disapproval ${d1}%; in June they were ${a2}% and ${d2}%. By how much did net approval (approve minus disapprove) improve, in percentage points?`,
      show: plain(0, 'points'),
      figures: { a1, d1, a2, d2 },
      key: frac(a2 - d2 - (a1 - d1)),
      wrong: [
        [frac(a2 - a1), 'gives the change in approval only'],
        [frac(d1 - d2), 'gives the change in disapproval only'],
        [frac(Math.abs(a2 - d2)), 'gives June’s net margin, not its change'],
        [
          frac(Math.abs(a2 - a1 - (d1 - d2))),
          'subtracts the fall in disapproval from the rise in approval',
        ],
      ],
    }
  }),
  worked('poll-average-weighted-by-sample-size', (rng) => {
    const ns = [rng.int(500, 1000), rng.int(1000, 2000), rng.int(2000, 4000)]
    const ps = ns.map(() => rng.int(350, 480))
    const pooled = div(
      ns.reduce((s, x, i) => s + x * ps[i]!, 0),
      mul(1000, total(ns)),
    )
    return {
      stem: `Three polls this week put the incumbent on ${ps.map((x) => `${(x / 10).toFixed(1)}%`).join(', ')} with samples of ${ns.map(n).join(', ')}. Weighting each poll by its sample size, what is the average, ${'as a percentage to two decimal places (a half rounded up)'}?`,
      show: pct(2),
      figures: { n0: ns[0]!, n1: ns[1]!, n2: ns[2]!, p0: ps[0]!, p1: ps[1]!, p2: ps[2]! },
      key: pooled,
      wrong: [
        [div(total(ps), 3000), 'averages the polls without weights'],
        [frac([...ps].sort((x, y) => x - y)[1]!, 1000), 'gives the median poll'],
        [frac(ps[2]!, 1000), 'gives the largest poll only'],
        [
          div(Math.min(...ps) + Math.max(...ps), 2000),
          'takes the midpoint of the lowest and highest polls',
        ],
      ],
    }
  }),
  worked('support-among-likely-voters', (rng) => {
    const size = rng.int(1000, 3000)
    const likely = Math.round((size * rng.int(55, 80)) / 100)
    const x = Math.round((likely * rng.int(35, 60)) / 100)
    const y = x + Math.round(((size - likely) * rng.int(20, 60)) / 100)
    return {
      stem: `Of ${n(size)} registered voters polled, ${n(likely)} pass the likely-voter screen. ${n(y)} respondents back the measure, ${n(x)} of them likely voters. What share of likely voters back it, ${PCT1}?`,
      show: pct(),
      figures: { size, likely, x, y },
      key: div(x, likely),
      wrong: [
        [div(x, size), 'divides by all registered voters'],
        [div(y, size), 'gives support among all registered voters'],
        [div(y, likely), 'counts every backer over the likely voters'],
        [div(x, y), 'gives likely voters’ share of the backers'],
        [div(y - x, size - likely), 'gives support among the voters screened out'],
      ],
    }
  }),
  worked('sample-needed-for-a-subgroup-margin', (rng) => {
    const s = rng.int(8, 30)
    const e = rng.pick([30, 35, 40, 45, 50, 60])
    const E = frac(e, 1000)
    const sub1 = div(mul(Z2, frac(1, 4)), mul(E, E))
    return {
      stem: `A newsroom wants results for Hispanic voters, ${s}% of the electorate, with a margin of error of ${(e / 10).toFixed(1)} points at p = 50%, from n = 1.96² × 0.25 ÷ E² for the subgroup with E as a proportion (${(e / 10).toFixed(1)} points is ${(e / 1000).toFixed(3)}). With a sample drawn in proportion to the electorate, how many respondents must the whole poll have, rounding any fraction of a respondent up?`,
      show: people,
      figures: { s, e },
      key: up(div(sub1, pc(s))),
      wrong: [
        [up(sub1), 'gives the subgroup’s own sample size'],
        [up(mul(sub1, pc(s))), 'multiplies by the subgroup share instead of dividing'],
        [up(div(div(mul(Z, frac(1, 4)), mul(E, E)), pc(s))), 'does not square the 1.96'],
        [up(div(div(frac(1, 1), mul(E, E)), pc(s))), 'rounds 1.96 up to 2 before squaring'],
      ],
    }
  }),
  worked('effective-sample-size-after-weighting', (rng) => {
    const g = [rng.int(100, 600), rng.int(200, 800), rng.int(100, 500)]
    const w = [rng.int(5, 9), rng.int(8, 12), rng.int(11, 30)].map((x) => frac(x, 10))
    const sw = g.reduce((s, gi, i) => add(s, mul(gi, w[i]!)), frac(0))
    const sw2 = g.reduce((s, gi, i) => add(s, mul(gi, w[i]!, w[i]!)), frac(0))
    return {
      stem: `A poll’s ${n(total(g))} respondents fall in three groups of ${g.map(n).join(', ')} people with weights ${w.map((x) => plain(1)(x)).join(', ')}. What is its effective sample size, (Σw)² ÷ Σw² over all respondents, ${'to the nearest whole respondent (a half rounded up)'}?`,
      show: people,
      figures: {
        g0: g[0]!,
        g1: g[1]!,
        g2: g[2]!,
        w0: Number(w[0]!.n),
        w1: Number(w[1]!.n),
        w2: Number(w[2]!.n),
      },
      key: div(mul(sw, sw), sw2),
      wrong: [
        [frac(total(g)), 'gives the unweighted count'],
        [sw, 'gives the weighted count'],
        [div(total(g), div(add(...w), 3)), 'divides the count by the mean group weight'],
        [div(total(g) * total(g), sw), 'divides the count by the mean weight per respondent'],
      ],
    }
  }),
]
