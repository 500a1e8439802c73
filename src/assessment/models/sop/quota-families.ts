import type { Rng } from '../../rng.js'
import { $, minus, over, pc, pct1, plus, pt, reckon, times, usd, w } from './sop-text.js'

// Quotas and attainment: each stem states the quota basis (annual, quarterly, seasonal weights,
// ramp schedule) and the rounding; the slips are a wrong denominator, an average of ratios for a
// pooled ratio, over-assignment run the wrong way, and a ramp or proration month miscounted.

const k = (rng: Rng, a: number, b: number) => w(rng.int(a, b) * 1000)
const mean = (...xs: ReturnType<typeof w>[]) => over(plus(...xs), w(xs.length))

export const QUOTA_FAMILIES = [
  reckon('quarter-attainment-from-annual-quota', (rng) => {
    const q = k(rng, 800, 2000)
    const b = times(over(q, w(4)), pc(rng.int(60, 140)), w(1))
    const bq = w(Number(b.n / b.d))
    return {
      stem: `A rep’s annual quota of ${$(q)} is split evenly over four quarters. She books ${$(bq)} this quarter. What is her quarterly attainment, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { q, bq },
      key: over(bq, over(q, w(4))),
      wrong: [
        [over(bq, q), 'divides by the annual quota'],
        [over(over(q, w(4)), bq), 'divides the quota by the bookings'],
        [over(bq, over(q, w(3))), 'splits the annual quota over three periods'],
        [over(bq, over(q, w(12))), 'divides by a monthly quota'],
        [
          over(times(bq, w(4)), over(q, w(4))),
          'annualises the bookings but keeps the quarterly quota',
        ],
      ],
    }
  }),
  reckon('ytd-attainment-seasonal-quotas', (rng) => {
    const qs = [k(rng, 150, 250), k(rng, 200, 300), k(rng, 250, 400)]
    const bs = qs.map((q) => w(Number((q.n * BigInt(rng.int(70, 130))) / (100n * q.d))))
    const [sq, sb] = [plus(...qs), plus(...bs)]
    return {
      stem: `A rep’s quarterly quotas are ${qs.map($).join(', ')} and she books ${bs.map($).join(', ')} in the same three quarters. What is her year-to-date attainment after the third quarter, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { q1: qs[0]!, q2: qs[1]!, q3: qs[2]!, b1: bs[0]!, b2: bs[1]!, b3: bs[2]! },
      key: over(sb, sq),
      wrong: [
        [mean(...bs.map((b, i) => over(b, qs[i]!))), 'averages the three quarterly attainments'],
        [over(bs[2]!, qs[2]!), 'reports the latest quarter’s attainment only'],
        [over(sb, times(w(3), qs[0]!)), 'takes the first quarter’s quota as every quarter’s'],
        [over(sb, times(w(3), qs[2]!)), 'takes the third quarter’s quota as every quarter’s'],
      ],
    }
  }),
  reckon('rep-quota-from-over-assignment', (rng) => {
    const m = k(rng, 2000, 6000)
    const o = pc(rng.int(10, 25))
    const n = rng.int(5, 9)
    return {
      stem: `A sales manager’s quota is ${$(m)}. The team’s ${n} reps share an equal quota over-assigned by ${pt(o)}%: the rep quotas add up to the manager’s quota plus ${pt(o)}%. What is each rep’s quota, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { m, o, n: w(n) },
      key: over(times(m, plus(w(1), o)), w(n)),
      wrong: [
        [over(m, w(n)), 'splits the manager’s quota without over-assigning'],
        [
          over(times(m, minus(w(1), o)), w(n)),
          'takes the over-assignment off instead of adding it',
        ],
        [
          over(m, times(w(n), minus(w(1), o))),
          'grosses up by dividing by one less the over-assignment',
        ],
        [
          over(times(m, plus(w(1), o)), w(n + 1)),
          'counts the manager as one of the quota carriers',
        ],
      ],
    }
  }),
  reckon('ramping-rep-annual-quota', (rng) => {
    const q = k(rng, 600, 1500)
    const s = rng.int(3, 9)
    const m = 13 - s
    const mo = over(q, w(12))
    return {
      stem: `A fully ramped rep carries ${$(q)} a year, one twelfth each month. A new rep starts at the beginning of month ${s} and carries 0% of the monthly quota in her first month, 50% in her second and 100% from her third. What is her quota for the rest of the year (months ${s} to 12), to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, s: w(s) },
      key: times(mo, plus(pc(50), w(m - 2))),
      wrong: [
        [times(mo, w(m)), 'prorates by months employed without the ramp'],
        [times(mo, w(m - 2)), 'drops the 50% month'],
        [times(mo, w(m - 1)), 'gives the first month 50% as well'],
        [times(mo, plus(pc(50), w(m - 1))), 'counts the ramp months as one too few'],
      ],
    }
  }),
  reckon('share-of-reps-at-quota', (rng) => {
    const n = rng.int(10, 18)
    const a = rng.int(2, 6)
    const e = rng.int(1, 2)
    const r = rng.int(2, 4)
    const x = rng.int(1, r - 1)
    return {
      stem: `A team has ${n} fully ramped reps and ${r} ramping reps, who are left out of the attainment distribution. Of the ramped reps, ${a} finish above 100% of quota, ${e} exactly at 100% and the rest below; ${x} of the ramping reps also pass their quota. What share of reps is at or above quota, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { n: w(n), a: w(a), e: w(e), r: w(r), x: w(x) },
      key: over(w(a + e), w(n)),
      wrong: [
        [over(w(a), w(n)), 'leaves out the reps exactly at quota'],
        [over(w(a + e), w(n + r)), 'keeps the ramping reps in the count of reps'],
        [over(w(a + e + x), w(n + r)), 'includes the ramping reps in both counts'],
        [over(w(a + e + x), w(n)), 'counts ramping reps at quota but not in the team'],
        [over(w(a + e), w(n - a - e)), 'divides by the reps below quota, not by the whole team'],
        [
          over(w(a + e + x), w(n + x)),
          'keeps the ramping reps who passed quota in the team and leaves out the rest',
        ],
      ],
    }
  }),
  reckon('median-attainment-even-team', (rng) => {
    const xs = Array.from({ length: 8 }, () => rng.int(40, 160))
    const sorted = [...xs].sort((p, q) => p - q)
    const pcs = (v: number) => pc(v)
    return {
      stem: `Eight reps finish the year at ${xs.map((v) => `${v}%`).join(', ')} of quota. What is the median attainment, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: Object.fromEntries(xs.map((v, i) => [`a${i + 1}`, w(v)])),
      key: over(plus(pcs(sorted[3]!), pcs(sorted[4]!)), w(2)),
      wrong: [
        [mean(...xs.map(pcs)), 'reports the mean instead of the median'],
        [pcs(sorted[3]!), 'takes the lower of the two middle values'],
        [pcs(sorted[4]!), 'takes the upper of the two middle values'],
        [over(plus(pcs(xs[3]!), pcs(xs[4]!)), w(2)), 'averages the middle two without sorting'],
      ],
    }
  }),
  reckon('team-attainment-pooled', (rng) => {
    const qs = [k(rng, 300, 600), k(rng, 500, 900), k(rng, 700, 1200), k(rng, 900, 1400)]
    const bs = qs.map((q) => w(Number((q.n * BigInt(rng.int(50, 150))) / (100n * q.d))))
    return {
      stem: `Four reps with quotas of ${qs.map($).join(', ')} book ${bs.map($).join(', ')} respectively. What is the team’s attainment against the sum of their quotas, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: Object.fromEntries([
        ...qs.map((q, i) => [`q${i + 1}`, q]),
        ...bs.map((b, i) => [`b${i + 1}`, b]),
      ]),
      key: over(plus(...bs), plus(...qs)),
      wrong: [
        [mean(...bs.map((b, i) => over(b, qs[i]!))), 'averages the reps’ attainments unweighted'],
        [over(plus(...bs), times(w(4), qs[0]!)), 'takes the first rep’s quota as everyone’s'],
        [over(plus(...bs), times(w(4), qs[3]!)), 'takes the largest quota as everyone’s'],
        [over(bs[3]!, qs[3]!), 'reports the biggest territory’s attainment as the team’s'],
      ],
    }
  }),
  reckon('manager-attainment-against-own-quota', (rng) => {
    const m = k(rng, 2000, 4000)
    const o = pc(rng.int(10, 25))
    const sq = times(m, plus(w(1), o))
    const b = w(Number((sq.n * BigInt(rng.int(70, 110))) / (100n * sq.d)))
    return {
      stem: `A manager’s quota is ${$(m)}; her reps’ quotas add up to ${$(sq)}, ${pt(o)}% over-assigned. The reps book ${$(b)} in total. What is the manager’s attainment, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { m, o, b },
      key: over(b, m),
      wrong: [
        [over(b, sq), 'measures the manager against the over-assigned rep quotas'],
        [over(m, b), 'divides the quota by the bookings'],
        [over(b, times(m, minus(w(1), o))), 'takes the over-assignment off the manager’s quota'],
        [minus(over(b, sq), o), 'subtracts the over-assignment from the team attainment'],
        [plus(over(b, sq), o), 'adds the over-assignment rate to the team’s attainment'],
        [
          over(times(b, plus(w(1), o)), m),
          'grosses the bookings up by the over-assignment instead of the quota',
        ],
      ],
    }
  }),
  reckon('monthly-run-rate-to-close-gap', (rng) => {
    const q = k(rng, 800, 2000)
    const mth = rng.int(4, 9)
    const ytd = w(Number((q.n * BigInt(mth * rng.int(5, 8))) / (100n * q.d)))
    return {
      stem: `A rep’s annual quota is ${$(q)}. After ${mth} months she has booked ${$(ytd)}. What must she book each remaining month, evenly, to reach quota by year end, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, mth: w(mth), ytd },
      key: over(minus(q, ytd), w(12 - mth)),
      wrong: [
        [over(q, w(12)), 'uses the original monthly quota'],
        [over(minus(q, ytd), w(12)), 'spreads the gap over twelve months'],
        [over(minus(q, ytd), w(11 - mth)), 'counts one month too few remaining'],
        [over(q, w(12 - mth)), 'spreads the whole quota over the remaining months'],
        [over(minus(q, ytd), w(13 - mth)), 'counts the month just ended as still to come'],
        [
          minus(over(times(q, w(mth + 1)), w(12)), ytd),
          'makes up the whole shortfall to date next month on top of its quota',
        ],
      ],
    }
  }),
  reckon('quota-relief-on-account-transfer', (rng) => {
    const q = k(rng, 800, 2000)
    const alloc = k(rng, 60, 300)
    const rem = rng.int(3, 9)
    return {
      stem: `A rep’s annual quota is ${$(q)}. An account that carried ${$(alloc)} of it for the year moves to another rep with ${rem} months of the year left; plan rules give relief of the account’s allocation for the months remaining. What is the rep’s new annual quota, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, alloc, rem: w(rem) },
      key: minus(q, times(alloc, over(w(rem), w(12)))),
      wrong: [
        [minus(q, alloc), 'gives relief for the whole year'],
        [
          minus(q, times(alloc, over(w(12 - rem), w(12)))),
          'gives relief for the months already gone',
        ],
        [q, 'gives no relief'],
        [minus(q, times(alloc, over(w(rem + 1), w(12)))), 'counts the month of transfer as well'],
      ],
    }
  }),
  reckon('quota-prorated-for-leave', (rng) => {
    const q = k(rng, 600, 1500)
    const l = rng.int(4, 11)
    return {
      stem: `A rep with a ${$(q)} annual quota takes ${l} weeks of leave; the plan prorates quota by weeks active out of 52. What is the prorated quota, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, l: w(l) },
      key: times(q, over(w(52 - l), w(52))),
      wrong: [
        [minus(q, times(q, over(w(l), w(12)))), 'treats the weeks of leave as months'],
        [times(q, over(w(l), w(52))), 'gives the quota for the leave instead of the time worked'],
        [q, 'leaves the quota unprorated'],
        [times(q, over(w(48 - l), w(48))), 'prorates over 48 working weeks instead of 52'],
      ],
    }
  }),
  reckon('attainment-with-crediting-rules', (rng) => {
    const q = k(rng, 500, 1200)
    const a = k(rng, 100, 400)
    const s = k(rng, 60, 200)
    const rn = k(rng, 40, 200)
    return {
      stem: `Plan rules credit new deals in full, split deals at 50% and renewals at 0%. Against a ${$(q)} quota a rep closes ${$(a)} of new deals, a ${$(s)} split deal and a ${$(rn)} renewal. What is her attainment, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { q, a, s, rn },
      key: over(plus(a, over(s, w(2))), q),
      wrong: [
        [over(plus(a, s, rn), q), 'credits everything in full'],
        [over(plus(a, s), q), 'credits the split deal in full'],
        [over(plus(a, over(s, w(2)), rn), q), 'credits the renewal'],
        [over(a, q), 'leaves out the split deal'],
      ],
    }
  }),
  reckon('seasonal-quarter-attainment', (rng) => {
    const q = k(rng, 800, 2000)
    const wts = rng.pick([
      // Third quarters off an even 25 %, so the even split is a slip and not the key.
      [20, 25, 20, 35],
      [15, 25, 30, 30],
      [20, 20, 30, 30],
      [10, 20, 30, 40],
    ])
    const w3 = pc(wts[2]!)
    const b3 = w(Number((q.n * BigInt(wts[2]! * rng.int(70, 130))) / (10000n * q.d)))
    return {
      stem: `An annual quota of ${$(q)} is set by quarter in the weights ${wts.map((x) => `${x}%`).join(', ')}. A rep books ${$(b3)} in the third quarter. What is her third-quarter attainment, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { q, w3, b3, cum: pc(wts[0]! + wts[1]! + wts[2]!) },
      key: over(b3, times(q, w3)),
      wrong: [
        [over(b3, over(q, w(4))), 'uses an even quarter of the annual quota'],
        [over(b3, q), 'divides by the annual quota'],
        [over(times(q, w3), b3), 'divides the quota by the bookings'],
        [
          over(b3, times(q, pc(wts[0]! + wts[1]! + wts[2]!))),
          'divides by the cumulative quota through the third quarter',
        ],
      ],
    }
  }),
  reckon('rep-quota-total-for-expected-attainment', (rng) => {
    const m = k(rng, 2000, 6000)
    const a = pc(rng.int(75, 92))
    return {
      stem: `Reps on a team historically finish at ${pt(a)}% of quota on average. The manager must deliver ${$(m)}. How much quota must be assigned to the reps in total so that expected bookings equal the manager’s number, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { m, a },
      key: over(m, a),
      wrong: [
        [times(m, a), 'multiplies by the expected attainment instead of dividing'],
        [
          times(m, minus(w(2), a)),
          'adds the expected shortfall as a percentage of the manager’s number',
        ],
        [m, 'assigns the manager’s number with no over-assignment'],
        [over(m, minus(w(1), a)), 'divides by the expected shortfall'],
      ],
    }
  }),
  reckon('ytd-pace-to-prorated-quota', (rng) => {
    const q = k(rng, 800, 2000)
    const mth = rng.int(3, 9)
    // Bookings at 70–120% of the prorated quota, to the nearest ten dollars below.
    const ytd = w(Number((q.n * BigInt(mth * rng.int(70, 120))) / (12_000n * q.d)) * 10)
    return {
      stem: `A rep’s annual quota is ${$(q)}, earned evenly by month. After ${mth} months she has booked ${$(ytd)}. What is her year-to-date pace, bookings as a percentage of the quota prorated to date, to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { q, mth: w(mth), ytd },
      key: over(ytd, times(q, over(w(mth), w(12)))),
      wrong: [
        [over(ytd, q), 'divides by the full annual quota'],
        [over(ytd, times(q, over(w(mth - 1), w(12)))), 'prorates to one month fewer'],
        [over(ytd, times(q, over(w(mth + 1), w(12)))), 'prorates to one month more'],
        [over(times(q, over(w(mth), w(12))), ytd), 'divides the prorated quota by the bookings'],
        [over(ytd, over(q, w(12))), 'compares the year to date with one month’s quota'],
        [
          over(ytd, times(q, over(w(12 - mth), w(12)))),
          'prorates the quota to the months still to come',
        ],
      ],
    }
  }),
  reckon('blended-quota-after-mid-year-change', (rng) => {
    const q1 = k(rng, 600, 1000)
    const q2 = plus(q1, k(rng, 100, 400))
    const m = rng.int(3, 9)
    return {
      stem: `A rep’s annual quota of ${$(q1)} is raised to ${$(q2)} a year from the start of month ${m + 1}; each rate applies for the months it covers. What is her quota for the year, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q1, q2, m: w(m) },
      key: plus(times(q1, over(w(m), w(12))), times(q2, over(w(12 - m), w(12)))),
      wrong: [
        [q2, 'applies the new quota to the whole year'],
        [over(plus(q1, q2), w(2)), 'averages the two quotas without weighting by months'],
        [
          plus(times(q1, over(w(12 - m), w(12))), times(q2, over(w(m), w(12)))),
          'swaps the months each quota covers',
        ],
        [
          plus(times(q1, over(w(m + 1), w(12))), times(q2, over(w(12 - m), w(12)))),
          'counts the change month under both quotas',
        ],
      ],
    }
  }),
]
