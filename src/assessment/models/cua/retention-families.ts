import {
  bps,
  cap,
  count,
  frac,
  measure,
  minus,
  num,
  over,
  PCT1,
  PCT2,
  pct,
  plus,
  rate,
  ratio,
  shop,
  sum,
  times,
  w,
} from './cua-text.js'

// Retention, churn and cohorts. Each stem says whose customers the rate is on (the cohort, the
// customers at the start, the survivors of the month before) and which cells are still open,
// because the slips are a rate taken on another base, a period rate read as a cumulative one, or
// rates averaged where the counts should be pooled.

const one = w(1)

export const RETENTION_FAMILIES = [
  measure('cohort-month-retention', (rng) => {
    const nc = rng.int(800, 3000)
    const a1 = Math.round((nc * rng.int(30, 45)) / 100)
    const a2 = Math.round((a1 * rng.int(70, 85)) / 100)
    const a3 = Math.round((a2 * rng.int(75, 90)) / 100)
    const m = a3 * rng.int(6, 12)
    return {
      stem: `${count(nc)} customers made their first purchase at ${shop(rng)} in January (the January cohort). ${count(a1)} of them bought again in month 1 after joining, ${count(a2)} in month 2 and ${count(a3)} in month 3; across all cohorts, ${count(m)} customers bought in the calendar month that was the January cohort’s month 3. What is the January cohort’s month-3 retention (buyers in month 3 over the cohort’s size), ${PCT1}?`,
      show: pct(1),
      figures: { nc, a1, a2, a3, m },
      key: ratio(a3, nc),
      wrong: [
        [ratio(a3, a2), 'divides by the month-2 buyers, giving month-on-month retention'],
        [ratio(a3, a1), 'divides by the month-1 buyers'],
        [ratio(a3, m), 'divides by every customer who bought that calendar month'],
        [ratio(a2, nc), 'reads the month-2 cell'],
      ],
    }
  }),
  measure('start-base-churn-excluding-new-leavers', (rng) => {
    const s = rng.int(1500, 6000)
    const lost = Math.round((s * rng.int(40, 120)) / 1000)
    const l = rng.int(10, 60)
    const a = rng.int(l + 20, l + Math.floor(lost * 0.8))
    const e = s - lost + a - l
    return {
      stem: `A subscribe-and-save club at ${shop(rng)} had ${count(s)} members on 1 May and ${count(e)} on 31 May. ${count(a)} members joined during May, and ${count(l)} of those new members also cancelled before the month ended. Taking churn as the members at the start of May who cancelled during May, over the members at the start, what was May’s churn, ${PCT1}?`,
      show: pct(1),
      figures: { s, e, a, l },
      key: ratio(s + a - e - l, s),
      wrong: [
        [ratio(s + a - e, s), 'counts the new members who cancelled as lost from the start'],
        [ratio(s - e, s), 'takes the net fall in members as the churn'],
        [ratio(s + a - e - l, s + a), 'puts the new members into the base'],
        [ratio(s + a - e - l, e), 'divides by the members at the end of the month'],
      ],
    }
  }),
  measure('conditional-churn-from-survival', (rng) => {
    const s3 = rng.int(3000, 6000)
    const s4 = s3 - rng.int(300, 1200)
    return {
      stem: `A survival curve for ${shop(rng)}’s 2024 customers shows ${rate(s3)} of the cohort still buying at month 3 and ${rate(s4)} at month 4. What was the period churn in month 4 (the share of the month-3 survivors lost in month 4), ${PCT1}?`,
      show: pct(1),
      figures: { s3, s4 },
      key: minus(one, over(bps(s4), bps(s3))),
      wrong: [
        [minus(bps(s3), bps(s4)), 'takes the drop in points of the whole cohort'],
        [minus(one, bps(s4)), 'gives the cumulative churn to month 4'],
        [over(minus(bps(s3), bps(s4)), bps(s4)), 'divides the drop by the month-4 survivors'],
        [over(bps(s4), bps(s3)), 'gives the month’s period retention, not its churn'],
      ],
    }
  }),
  measure('month-2-retention-pooled-over-observed-cohorts', (rng) => {
    const nj = rng.int(600, 2000)
    const nf = rng.int(600, 2000)
    const nm = rng.int(600, 2000)
    const j1 = Math.round((nj * rng.int(28, 40)) / 100)
    const f1 = Math.round((nf * rng.int(28, 40)) / 100)
    const rj = Math.round((j1 * rng.int(55, 80)) / 100)
    const rf = Math.round((f1 * rng.int(55, 80)) / 100)
    return {
      stem: `${cap(shop(rng))}’s cohort table (data to 30 April): the January cohort has ${count(nj)} customers, ${count(j1)} buying in month 1 and ${count(rj)} in month 2; the February cohort has ${count(nf)}, ${count(f1)} in month 1 and ${count(rf)} in month 2; the March cohort has ${count(nm)} customers and its month-2 cell is still open. Pooling the customers of the cohorts that have reached month 2, what is month-2 retention (month-2 buyers over cohort size), ${PCT1}?`,
      show: pct(1),
      figures: { nj, nf, nm, j1, f1, rj, rf },
      key: ratio(rj + rf, nj + nf),
      wrong: [
        [ratio(rj + rf, nj + nf + nm), 'puts the March cohort, not yet at month 2, in the base'],
        [
          over(plus(ratio(rj, nj), ratio(rf, nf)), w(3)),
          'averages three cells with the open one as zero',
        ],
        [ratio(rj + rf, j1 + f1), 'divides by the month-1 buyers'],
        [
          over(plus(ratio(rj, nj), ratio(rf, nf)), w(2)),
          'averages the two cohorts’ rates unweighted',
        ],
      ],
    }
  }),
  measure('survival-from-month-on-month-retention', (rng) => {
    const [r1, r2, r3] = [rng.int(5000, 7000), rng.int(6500, 8500), rng.int(7500, 9200)]
    return {
      stem: `For ${shop(rng)}’s March cohort, ${rate(r1)} of customers bought again in month 1, ${rate(r2)} of the month-1 buyers bought in month 2, and ${rate(r3)} of the month-2 buyers bought in month 3. What share of the cohort bought in month 3, ${PCT1}?`,
      show: pct(1),
      figures: { r1, r2, r3 },
      key: times(bps(r1), bps(r2), bps(r3)),
      wrong: [
        [over(bps(r1 + r2 + r3), w(3)), 'averages the three rates'],
        [bps(r3), 'takes the month-3 rate as the cohort’s share'],
        [minus(one, bps(30_000 - r1 - r2 - r3)), 'subtracts the three churn rates from 100%'],
        [times(bps(r1), bps(r2)), 'stops at month 2'],
      ],
    }
  }),
  measure('reactivation-rate-of-lapsed', (rng) => {
    const lapsed = rng.int(2000, 8000)
    const act = Math.round((lapsed * rng.int(110, 250)) / 100)
    const e = Math.round((lapsed * rng.int(40, 80)) / 100)
    const k = Math.round((lapsed * rng.int(40, 150)) / 1000)
    const qb = k + Math.round((act * rng.int(30, 60)) / 100)
    return {
      stem: `On 1 July ${shop(rng)} had ${count(act)} active customers (an order in the last 12 months) and ${count(lapsed)} lapsed customers (an earlier order but none in the last 12 months). In the third quarter ${count(k)} of the lapsed customers ordered again; a win-back email had gone to ${count(e)} of the lapsed customers, and ${count(qb)} customers ordered in the quarter in all. What was the quarter’s reactivation rate of lapsed customers, ${PCT1}?`,
      show: pct(1),
      figures: { e, qb, lapsed, act, k },
      key: ratio(k, lapsed),
      wrong: [
        [ratio(k, act), 'divides by the active customers'],
        [ratio(k, lapsed - k), 'divides by the customers still lapsed'],
        [ratio(k, act + lapsed), 'divides by the whole file'],
        [ratio(lapsed - k, lapsed), 'gives the share still lapsed'],
        [ratio(k, e), 'divides by the lapsed customers who were emailed'],
        [ratio(k, qb), 'divides by every customer who ordered in the quarter'],
      ],
    }
  }),
  measure('second-purchase-within-90-days', (rng) => {
    const nb = rng.int(800, 4000)
    const k = Math.round((nb * rng.int(120, 280)) / 1000)
    const m = Math.round((nb * rng.int(8, 20)) / 100)
    const fl = nb * rng.int(5, 12)
    return {
      stem: `${count(nb)} customers made a first purchase at ${shop(rng)} in January. ${count(k)} of them bought again within 90 days of their first order, and another ${count(m)} made a second purchase later in the year; the customer file holds ${count(fl)} customers. What was the 90-day second-purchase rate, ${PCT1}?`,
      show: pct(1),
      figures: { fl, nb, k, m },
      key: ratio(k, nb),
      wrong: [
        [ratio(k + m, nb), 'counts the second purchases after 90 days'],
        [ratio(k, k + m), 'divides by the customers who bought a second time at any point'],
        [ratio(m, nb), 'counts only the second purchases after 90 days'],
        [ratio(k, nb + k), 'counts each second purchase as another customer in the base'],
        [ratio(k, fl), 'divides by every customer on file'],
        [ratio(k, nb - m), 'leaves the later repeaters out of the base'],
      ],
    }
  }),
  measure('quarter-retention-from-monthly-losses', (rng) => {
    const s = rng.int(2000, 9000)
    const [l1, l2, l3] = [0, 0, 0].map(() => Math.round((s * rng.int(30, 90)) / 1000)) as [
      number,
      number,
      number,
    ]
    const nw = Math.round((s * rng.int(8, 20)) / 100)
    return {
      stem: `${cap(shop(rng))} had ${count(s)} members at the start of the quarter. Of those starting members, ${count(l1)} lapsed in the first month, ${count(l2)} in the second and ${count(l3)} in the third; ${count(nw)} new members joined during the quarter. What was the quarter’s retention of the starting members, ${PCT1}?`,
      show: pct(1),
      figures: { s, l1, l2, l3, nw },
      key: ratio(s - l1 - l2 - l3, s),
      wrong: [
        [
          times(ratio(s - l1, s), ratio(s - l2, s), ratio(s - l3, s)),
          'compounds each month’s loss on the starting count',
        ],
        [ratio(s - l3, s), 'takes only the last month’s loss'],
        [
          ratio(s - l1 - l2 - l3, s - l1 - l2),
          'divides by the members left when the third month began',
        ],
        [ratio(s - l1 - l2 - l3, s + nw), 'puts the quarter’s new members in the base'],
      ],
    }
  }),
  measure('pooled-monthly-churn', (rng) => {
    const s = [0, 0, 0].map(() => rng.int(1500, 6000))
    const l = s.map((x) => Math.round((x * rng.int(3, 10)) / 100))
    const [s1, s2, s3] = s as [number, number, number]
    const [l1, l2, l3] = l as [number, number, number]
    const ls = l1 + l2 + l3
    return {
      stem: `Members of ${shop(rng)}’s refill plan at the start of each month and members lost in that month: April ${count(s1)} and ${count(l1)}, May ${count(s2)} and ${count(l2)}, June ${count(s3)} and ${count(l3)}. Pooling the three months (all members lost over all member-months at risk), what was the average monthly churn, ${PCT1}?`,
      show: pct(1),
      figures: { s1, s2, s3, l1, l2, l3 },
      key: ratio(ls, s1 + s2 + s3),
      wrong: [
        [
          over(sum(ratio(l1, s1), ratio(l2, s2), ratio(l3, s3)), w(3)),
          'averages the three monthly rates unweighted',
        ],
        [ratio(ls, s1), 'divides the quarter’s losses by April’s start'],
        [ratio(ls, 3 * (s1 + s2 + s3)), 'divides by three again after pooling'],
        [ratio(ls, s3), 'divides the quarter’s losses by June’s start'],
      ],
    }
  }),
  measure('cohort-size-back-from-retention', (rng) => {
    // The cohort is drawn and the month-6 buyers rounded from it, so the size worked back is not
    // always a round multiple; the month-5 point of the same curve is the cell read by mistake.
    const nc = rng.int(400, 3000)
    const rr = rng.int(15, 45)
    const r5 = rr + rng.int(3, 12)
    const a = Math.round((nc * rr) / 100)
    return {
      stem: `A client of ${shop(rng)} reports that its spring cohort’s retention curve stood at ${r5}% of the cohort in month 5 and ${rr}% in month 6, and ${count(a)} of the cohort bought in month 6. How many customers were in the cohort, to the nearest whole customer (a half rounded up)?`,
      show: num(0, 'customers'),
      figures: { a, rr, r5 },
      key: over(w(a), frac(rr, 100)),
      wrong: [
        [
          over(w(a), frac(100 - rr, 100)),
          'divides by the churn share instead of the retention share',
        ],
        [over(w(a), frac(r5, 100)), 'divides by the month-5 retention, the next cell along'],
        [
          over(w(a), frac(rr, r5)),
          'divides by the month-5-to-6 step (month 6 over month 5), not the share of the cohort',
        ],
        [frac(a * rr, 100), 'multiplies the buyers by the retention rate instead of dividing'],
      ],
    }
  }),
  measure('relative-change-in-churn', (rng) => {
    const c1 = rng.int(450, 1200)
    const c2 = c1 - rng.int(60, Math.floor(c1 * 0.4))
    return {
      stem: `After a loyalty scheme launched, ${shop(rng)}’s monthly churn of active customers fell from ${rate(c1)} to ${rate(c2)}. By what percentage did the churn rate fall, relative to its old level, ${PCT1}?`,
      show: pct(1),
      figures: { c1, c2 },
      key: ratio(c1 - c2, c1),
      wrong: [
        [bps(c1 - c2), 'gives the fall in percentage points'],
        [ratio(c1 - c2, c2), 'divides the fall by the new rate'],
        [ratio(c2, c1), 'gives the new rate as a share of the old'],
        [ratio(c1 - c2, c1 + c2), 'divides the fall by both rates added together'],
        [minus(ratio(10_000 - c2, 10_000 - c1), w(1)), 'gives the relative rise in retention'],
        [ratio(2 * (c1 - c2), c1 + c2), 'divides the fall by the average of the two rates'],
      ],
    }
  }),
  measure('cohort-survival-from-monthly-losses', (rng) => {
    const nc = rng.int(1000, 5000)
    const l = [0, 0, 0, 0].map(() => Math.round((nc * rng.int(50, 140)) / 1000))
    const [l1, l2, l3, l4] = l as [number, number, number, number]
    const left = (k: number) => nc - l.slice(0, k).reduce((x, y) => x + y, 0)
    return {
      stem: `A cohort of ${count(nc)} first-time buyers at ${shop(rng)} lost ${count(l1)} customers in month 1, ${count(l2)} in month 2, ${count(l3)} in month 3 and ${count(l4)} in month 4 (a lost customer never returns). What share of the cohort survived month 4, ${PCT1}?`,
      show: pct(1),
      figures: { nc, l1, l2, l3, l4 },
      key: ratio(left(4), nc),
      wrong: [
        [
          minus(one, sum(...l.map((x, i) => ratio(x, left(i))))),
          'subtracts the sum of the monthly period churn rates',
        ],
        [ratio(left(3), nc), 'stops at month 3'],
        [ratio(left(4), left(1)), 'divides by the survivors of month 1'],
        [ratio(nc - l4, nc), 'takes only month 4’s loss'],
      ],
    }
  }),
  measure('half-year-over-half-year-retention', (rng) => {
    const a = rng.int(2000, 9000)
    const b = Math.round((a * rng.int(300, 600)) / 1000)
    const c = Math.round((a * rng.int(15, 35)) / 100)
    const fl = Math.round((a * rng.int(20, 40)) / 10)
    return {
      stem: `${count(a)} customers bought from ${shop(rng)} in the first half of 2025. In the second half ${count(b + c)} customers bought: ${count(b)} of them had also bought in the first half and ${count(c)} had not. The customer file holds ${count(fl)} customers. What was the half-on-half retention of first-half buyers, ${PCT1}?`,
      show: pct(1),
      figures: { fl, a, b, c },
      key: ratio(b, a),
      wrong: [
        [ratio(b + c, a), 'counts every second-half buyer as retained'],
        [ratio(b, b + c), 'divides by the second-half buyers'],
        [ratio(c, a), 'counts the buyers new in the second half'],
        [ratio(b, a + c), 'puts the new second-half buyers in the base'],
        [ratio(b, fl), 'divides by every customer on file'],
        [ratio(b + c, a + c), 'divides all second-half buyers by all the year’s buyers'],
      ],
    }
  }),
  measure('blended-churn-across-segments', (rng) => {
    const s = [0, 0, 0].map(() => rng.int(500, 5000))
    const c = [rng.int(150, 500), rng.int(500, 1200), rng.int(1200, 2500)]
    const [s1, s2, s3] = s as [number, number, number]
    const [c1, c2, c3] = c as [number, number, number]
    const lost = times(w(s1), bps(c1))
    const all = sum(lost, times(w(s2), bps(c2)), times(w(s3), bps(c3)))
    const kept = sum(
      times(w(s1), bps(10_000 - c1)),
      times(w(s2), bps(10_000 - c2)),
      times(w(s3), bps(10_000 - c3)),
    )
    return {
      stem: `At the start of the year ${shop(rng)} had ${count(s1)} VIP, ${count(s2)} regular and ${count(s3)} occasional customers, whose annual churn rates were ${rate(c1)}, ${rate(c2)} and ${rate(c3)}. What was the churn rate across all three segments (customers lost over customers at the start), ${PCT2}?`,
      show: pct(2),
      figures: { s1, s2, s3, c1, c2, c3 },
      key: over(all, w(s1 + s2 + s3)),
      wrong: [
        [over(bps(c1 + c2 + c3), w(3)), 'averages the three rates unweighted'],
        [over(all, kept), 'divides the lost customers by those left at the end'],
        [over(kept, w(s1 + s2 + s3)), 'gives the retention across the segments, not the churn'],
        [over(all, w(3 * (s1 + s2 + s3))), 'divides the weighted churn by three segments again'],
      ],
    }
  }),
  measure('buyer-retention-with-reactivations', (rng) => {
    const s = rng.int(3000, 12000)
    const kept = Math.round((s * rng.int(250, 450)) / 1000)
    const nw = Math.round((s * rng.int(25, 45)) / 100)
    const k = Math.round((s * rng.int(4, 10)) / 100)
    const e = kept + nw + k
    return {
      stem: `${count(s)} customers bought from ${shop(rng)} in 2024. In 2025 ${count(e)} customers bought: ${count(nw)} were buying for the first time and ${count(k)} were reactivated customers who had bought before 2024 but not in 2024. What share of 2024’s buyers were retained into 2025, ${PCT1}?`,
      show: pct(1),
      figures: { s, e, nw, k },
      key: ratio(e - nw - k, s),
      wrong: [
        [ratio(e - nw, s), 'counts the reactivated customers as retained'],
        [ratio(e - nw - k, e), 'divides by the 2025 buyers'],
        [ratio(s - (e - nw - k), s), 'gives the share not retained'],
        [ratio(e - nw - k, s + k), 'puts the reactivated customers into the 2024 base'],
      ],
    }
  }),
  measure('customers-lost-in-a-month-from-survival', (rng) => {
    const nc = 100 * rng.int(20, 90)
    const sm = rng.int(40, 70)
    const sn = sm - rng.int(4, 15)
    const m = rng.int(3, 8)
    return {
      stem: `${cap(shop(rng))}’s survival curve for a cohort of ${count(nc)} customers shows ${sm}% of the cohort still active at the end of month ${m} and ${sn}% at the end of month ${m + 1}. How many of the cohort’s customers were lost during month ${m + 1}, to the nearest whole customer (a half rounded up)?`,
      show: num(0, 'customers'),
      figures: { nc, sm, sn },
      key: frac(nc * (sm - sn), 100),
      wrong: [
        [frac(nc * (100 - sn), 100), 'counts everyone lost since the cohort began'],
        [
          times(w(nc), minus(one, ratio(sn, sm))),
          'applies the month’s period churn to the whole cohort',
        ],
        [
          frac(nc * (sm - sn) * sm, 10_000),
          `applies the drop in points to the month-${m} survivors`,
        ],
        [frac(nc * sn, 100), 'gives the customers still active'],
      ],
    }
  }),
]
