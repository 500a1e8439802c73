import {
  $,
  ceil,
  floor,
  lt,
  min,
  minus,
  over,
  pc,
  plus,
  pt,
  reckon,
  times,
  usd,
  w,
} from './sop-text.js'

// Compensation plans: each stem states the plan's rules (rates, tiers, caps, draws, clawbacks)
// and the cent rounding; the slips are the ones payout analysts see in disputes: an accelerator
// paid on every dollar or none, a cap read on the wrong quantity, a draw treated the other way.

const k = (rng: { int(a: number, b: number): number }, a: number, b: number) =>
  w(rng.int(a, b) * 1000)

export const COMP_FAMILIES = [
  reckon('tiered-accelerator-above-quota', (rng) => {
    const q = k(rng, 400, 900)
    const b = plus(q, k(rng, 40, 300))
    const [r1, r2] = [pc(rng.int(6, 10)), pc(rng.int(12, 18))]
    return {
      stem: `A rep’s annual quota is ${$(q)} and she books ${$(b)}. The plan pays ${pt(r1)}% on bookings up to quota and ${pt(r2)}% only on the bookings above quota. What is her commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, b, r1, r2 },
      key: plus(times(r1, q), times(r2, minus(b, q))),
      wrong: [
        [times(r2, b), 'pays the accelerator on every dollar, as if it were retroactive'],
        [times(r1, b), 'pays the base rate on all bookings, leaving out the accelerator'],
        [times(r2, minus(b, q)), 'pays only the bookings above quota'],
        [
          plus(times(r1, q), times(r2, b)),
          'pays the accelerator on all bookings on top of the base tier',
        ],
        [times(r1, q), 'pays up to quota and leaves out the excess'],
        [
          plus(times(r2, q), times(r1, minus(b, q))),
          'swaps the tiers, paying the accelerator up to quota',
        ],
      ],
    }
  }),
  reckon('retroactive-accelerator', (rng) => {
    const q = k(rng, 300, 800)
    const b = plus(q, k(rng, 20, 250))
    const [r1, r2] = [pc(rng.int(5, 9)), pc(rng.int(11, 16))]
    return {
      stem: `A plan pays ${pt(r1)}% of bookings, but once a rep passes the ${$(q)} quota the rate becomes ${pt(r2)}% on all of the period’s bookings, from the first dollar. A rep books ${$(b)}. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, b, r1, r2 },
      key: times(r2, b),
      wrong: [
        [
          plus(times(r1, q), times(r2, minus(b, q))),
          'pays the higher rate only above quota, as a marginal tier',
        ],
        [times(r1, b), 'pays the base rate on everything'],
        [times(r2, minus(b, q)), 'pays the higher rate only on the bookings above quota'],
        [
          plus(times(r1, b), times(r2, minus(b, q))),
          'adds the higher rate on the excess to the base on everything',
        ],
      ],
    }
  }),
  reckon('attainment-cap-with-accelerator', (rng) => {
    const q = k(rng, 400, 900)
    const ti = k(rng, 30, 80)
    const capPct = rng.pick([150, 175, 200])
    const b = times(q, pc(capPct + rng.int(10, 60)))
    const m = w(rng.pick([2, 3]))
    const rate = over(ti, q)
    const capQ = times(q, pc(capPct))
    return {
      stem: `A rep’s target incentive is ${$(ti)} on a ${$(q)} quota, paid at target incentive ÷ quota per dollar up to quota and ${m.n}× that rate above it. Credit stops at ${capPct}% of quota. She books ${$(b)}. What is her commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, ti, b, m, capPct: w(capPct) },
      key: plus(ti, times(m, rate, minus(capQ, q))),
      wrong: [
        [plus(ti, times(m, rate, minus(b, q))), 'ignores the cap on credited bookings'],
        [times(m, rate, capQ), 'pays the accelerated rate on every credited dollar'],
        [times(rate, capQ), 'caps the bookings but leaves out the accelerator'],
        [times(rate, b), 'pays the base rate on all bookings with no cap'],
        [
          plus(ti, times(m, rate, times(q, pc(capPct)))),
          'adds the accelerated rate on all capped credit, not only above quota, to the target',
        ],
      ],
    }
  }),
  reckon('decelerator-below-half-quota', (rng) => {
    const q = k(rng, 400, 900)
    const b = times(q, pc(rng.int(55, 95)))
    const [lo, r] = [pc(rng.int(2, 5)), pc(rng.int(8, 12))]
    const half = times(q, pc(50))
    return {
      stem: `A plan pays ${pt(lo)}% on bookings up to 50% of the ${$(q)} quota and ${pt(r)}% on bookings from 50% to 100% of quota. A rep books ${$(b)}. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, b, lo, r },
      key: plus(times(lo, half), times(r, minus(b, half))),
      wrong: [
        [times(r, b), 'ignores the decelerator and pays the full rate on all bookings'],
        [times(lo, b), 'pays the low rate on all bookings because the rep is under quota'],
        [times(r, minus(b, half)), 'pays nothing on the first half of quota'],
        [
          plus(times(lo, half), times(r, b)),
          'pays the first tier and then the full rate on every dollar again',
        ],
        [times(lo, half), 'pays the first tier only'],
        [times(r, q), 'pays the full rate on the quota instead of the bookings'],
      ],
    }
  }),
  reckon('recoverable-draw-recovery', (rng) => {
    const d = w(rng.int(30, 60) * 100)
    const c1 = minus(d, w(rng.int(5, 25) * 100))
    const c2 = minus(d, w(rng.int(5, 25) * 100))
    const deficit = plus(minus(d, c1), minus(d, c2))
    // A month-three deal large enough to clear the draw twice over after the recovery.
    const c3 = plus(times(w(2), d), deficit, w(rng.int(1, 30) * 100))
    return {
      stem: `A new rep has a recoverable monthly draw of ${$(d)}: each month he is paid the larger of the draw and his commission less any unrecovered draw. He earns ${$(c1)} and ${$(c2)} in commission in months one and two, and ${$(c3)} in month three. What is he paid in month three, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { d, c1, c2, c3 },
      key: minus(c3, deficit),
      wrong: [
        [c3, 'treats the draw as non-recoverable and pays the full commission'],
        [minus(c3, minus(d, c2)), 'recovers only month two’s shortfall'],
        [minus(c3, plus(deficit, d)), 'also deducts month three’s draw from the commission'],
        [minus(c3, minus(d, c1)), 'recovers only month one’s shortfall'],
        [minus(c3, times(w(2), d)), 'recovers both months’ whole draws, not their shortfalls'],
        [minus(c3, d), 'pays only the commission above month three’s draw'],
      ],
    }
  }),
  reckon('non-recoverable-draw-quarter', (rng) => {
    const d = w(rng.int(30, 60) * 100)
    const c1 = minus(d, w(rng.int(5, 25) * 100))
    const c2 = plus(d, w(rng.int(10, 40) * 100))
    const c3 = minus(d, w(rng.int(5, 25) * 100))
    return {
      stem: `A rep has a non-recoverable monthly draw of ${$(d)}: each month he is paid the larger of the draw and his commission, and no shortfall is carried forward. He earns ${$(c1)}, ${$(c2)} and ${$(c3)} in commission in the quarter’s three months. What is he paid for the quarter, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { d, c1, c2, c3 },
      key: plus(d, c2, d),
      wrong: [
        [plus(c1, c2, c3), 'recovers the shortfalls as if the draw were recoverable'],
        [times(w(3), d), 'pays only the draw each month'],
        [plus(times(w(3), d), c1, c2, c3), 'pays the draw as salary on top of all commission'],
        [plus(c1, c2, d), 'recovers month one’s shortfall from month two'],
        [plus(times(w(3), d), c2), 'pays the draw in month two on top of its commission'],
      ],
    }
  }),
  reckon('pro-rata-clawback', (rng) => {
    const v = k(rng, 24, 180)
    const r = pc(rng.int(8, 14))
    const paid = rng.int(2, 9)
    return {
      stem: `A rep was paid ${pt(r)}% commission on a ${$(v)} annual contract. The customer cancels after paying for ${paid} of its 12 months, and the plan claws back commission pro rata for the months not paid for. How much is clawed back, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { v, r, paid: w(paid) },
      key: times(r, v, over(w(12 - paid), w(12))),
      wrong: [
        [times(r, v), 'claws back the whole commission'],
        [times(r, v, over(w(paid), w(12))), 'claws back the months that were paid for'],
        [
          times(v, over(w(12 - paid), w(12))),
          'claws back the unpaid revenue, not the commission on it',
        ],
        [times(r, v, over(w(11 - paid), w(12))), 'counts the month of cancellation as paid for'],
      ],
    }
  }),
  reckon('split-deal-commission-expense', (rng) => {
    const v = k(rng, 40, 400)
    const sa = pc(rng.pick([55, 60, 65, 70, 75]))
    const [ra, rb] = [pc(rng.int(6, 9)), pc(rng.int(10, 14))]
    const sb = minus(w(1), sa)
    return {
      stem: `A ${$(v)} deal is split ${pt(sa)}/${pt(sb)} between two account executives; the first is paid ${pt(ra)}% and the second ${pt(rb)}% on the credit each receives. What is the total commission expense on the deal, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { v, sa, ra, rb },
      key: plus(times(v, sa, ra), times(v, sb, rb)),
      wrong: [
        [times(v, ra), 'applies the first rep’s rate to the whole deal'],
        [
          times(v, over(plus(ra, rb), w(2))),
          'averages the two rates without weighting by the split',
        ],
        [plus(times(v, sa, rb), times(v, sb, ra)), 'pairs each rep’s rate with the other’s share'],
        [plus(times(v, ra), times(v, rb)), 'credits both reps with the full deal'],
        [times(v, rb), 'applies the second rep’s rate to the whole deal'],
      ],
    }
  }),
  reckon('spif-capped-per-deal', (rng) => {
    const cap = w(rng.int(10, 20) * 100)
    const p = pc(rng.int(2, 4))
    const deals = [k(rng, 10, 24), k(rng, 110, 250), k(rng, 110, 250)]
    const each = deals.map((d) => min(times(p, d), cap))
    const sum = plus(...deals)
    return {
      stem: `A SPIF pays ${pt(p)}% of each qualifying deal’s value, at most ${$(cap)} per deal. A rep closes three qualifying deals of ${deals.map($).join(', ')}. What is the SPIF payout, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { cap, p, d1: deals[0]!, d2: deals[1]!, d3: deals[2]! },
      key: plus(...each),
      wrong: [
        [times(p, sum), 'leaves out the per-deal cap'],
        [min(times(p, sum), cap), 'applies the cap to the total instead of each deal'],
        [times(w(3), cap), 'pays the cap on every deal'],
        [
          plus(...deals.map((d) => (lt(times(p, d), cap) ? w(0) : cap))),
          'pays only the deals that reach the cap',
        ],
      ],
    }
  }),
  reckon('new-and-renewal-rates', (rng) => {
    const nb = k(rng, 100, 600)
    const rn = k(rng, 100, 600)
    const [a, b] = [pc(rng.int(8, 14)), pc(rng.int(2, 5))]
    return {
      stem: `A plan pays ${pt(a)}% on new-business bookings and ${pt(b)}% on renewal bookings. A rep books ${$(nb)} of new business and ${$(rn)} of renewals. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { nb, rn, a, b },
      key: plus(times(a, nb), times(b, rn)),
      wrong: [
        [times(a, plus(nb, rn)), 'pays the new-business rate on renewals too'],
        [times(b, plus(nb, rn)), 'pays the renewal rate on everything'],
        [times(a, nb), 'leaves the renewals out'],
        [plus(times(b, nb), times(a, rn)), 'swaps the two rates'],
        [times(over(plus(a, b), w(2)), plus(nb, rn)), 'averages the two rates over all bookings'],
      ],
    }
  }),
  reckon('multi-year-kicker', (rng) => {
    const acv = k(rng, 20, 200)
    // Four or five years: at three, half the rate on every year equals the full rate on year one
    // plus one later year, and two named mistakes would always show the same figure.
    const yrs = rng.int(4, 5)
    const r = pc(rng.pick([8, 10, 12, 14]))
    const half = over(r, w(2))
    return {
      stem: `A ${yrs}-year contract has an annual contract value of ${$(acv)}. The plan pays ${pt(r)}% on the first year’s value and half that rate on each later year’s value. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { acv, yrs: w(yrs), r },
      key: plus(times(r, acv), times(half, acv, w(yrs - 1))),
      wrong: [
        [times(r, acv, w(yrs)), 'pays the full rate on the total contract value'],
        [times(r, acv), 'pays only the first year'],
        [times(half, acv, w(yrs)), 'pays the half rate on every year'],
        [plus(times(r, acv), times(half, acv)), 'pays the later-year rate once, not for each year'],
        [
          plus(times(r, acv), times(half, acv, w(yrs))),
          'adds the half rate on every year, the first included',
        ],
        [
          plus(times(r, acv, w(yrs)), times(half, acv, w(yrs - 1))),
          'pays the full rate on the total value and the half rate on the later years on top',
        ],
      ],
    }
  }),
  reckon('quarterly-payout-at-annual-rate', (rng) => {
    const ti = k(rng, 40, 100)
    const q = k(rng, 600, 1600)
    const base = k(rng, 60, 120)
    const b = times(q, pc(rng.int(15, 35)))
    const rate = over(ti, q)
    return {
      stem: `A rep’s base salary is ${$(base)} and annual target incentive ${$(ti)} on an annual quota of ${$(q)}; commission is paid each quarter at target incentive ÷ annual quota per dollar booked. She books ${$(b)} in the quarter. What is that quarter’s commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { ti, q, base, b },
      key: times(rate, b),
      wrong: [
        [over(ti, w(4)), 'pays a quarter of the target incentive whatever was booked'],
        [
          times(over(ti, times(w(4), q)), b),
          'divides the target incentive by four but keeps the annual quota',
        ],
        [
          times(over(times(w(4), ti), q), b),
          'uses a quarterly quota against the annual target incentive',
        ],
        [times(over(plus(base, ti), q), b), 'uses the whole on-target earnings as the incentive'],
      ],
    }
  }),
  reckon('year-end-true-up', (rng) => {
    const q = k(rng, 500, 1200)
    const b = plus(q, k(rng, 50, 400))
    const [r1, r2] = [pc(rng.int(5, 9)), pc(rng.int(12, 18))]
    return {
      stem: `Quarterly advances paid a rep ${pt(r1)}% of every booking. The annual plan pays ${pt(r1)}% up to the ${$(q)} annual quota and ${pt(r2)}% on bookings above it. He books ${$(b)} for the year. What is the year-end true-up, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, b, r1, r2 },
      key: times(minus(r2, r1), minus(b, q)),
      wrong: [
        [times(r2, minus(b, q)), 'forgets the base rate already advanced on the excess'],
        [plus(times(r1, q), times(r2, minus(b, q))), 'pays the whole annual commission again'],
        [times(minus(r2, r1), b), 'applies the rate difference to all bookings'],
        [times(r1, minus(b, q)), 'pays the base rate again on the excess'],
      ],
    }
  }),
  reckon('commission-on-gross-margin', (rng) => {
    const list = k(rng, 50, 300)
    const d = pc(rng.int(5, 30))
    const cost = times(list, pc(rng.int(20, 45)))
    const r = pc(rng.int(10, 20))
    const net = times(list, minus(w(1), d))
    return {
      stem: `A plan pays ${pt(r)}% of gross margin (net price less cost). A deal lists at ${$(list)}, sells at a ${pt(d)}% discount, and costs ${$(cost)} to deliver. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { list, d, cost, r },
      key: times(r, minus(net, cost)),
      wrong: [
        [times(r, minus(list, cost)), 'takes margin at list price, ignoring the discount'],
        [times(r, net), 'pays on net revenue instead of margin'],
        [
          times(r, minus(list, cost), minus(w(1), d)),
          'applies the discount to the margin instead of the price',
        ],
        [times(r, list), 'pays on list price'],
      ],
    }
  }),
  reckon('discount-rate-reduction-steps', (rng) => {
    const v = k(rng, 30, 300)
    const r = w(rng.int(8, 14))
    let d = rng.int(12, 34)
    if (d % 5 === 0) d += 2
    const steps = floor(over(w(d - 10), w(5)))
    const rate = (x: ReturnType<typeof w>) => over(minus(r, x), w(100))
    return {
      stem: `A plan pays ${r.n}% on net deal value, less one percentage point for each full 5 points of discount beyond 10%. A rep closes a ${$(v)} net deal at a ${d}% discount. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { v, r, d: w(d) },
      key: times(rate(steps), v),
      wrong: [
        [times(rate(w(0)), v), 'ignores the discount rule'],
        [times(rate(over(w(d - 10), w(5))), v), 'reduces the rate for part of a step'],
        [
          times(rate(floor(over(w(d), w(5)))), v),
          'counts the steps from zero discount, not from 10%',
        ],
        [times(rate(ceil(over(w(d - 10), w(5)))), v), 'rounds a part step up to a full one'],
      ],
    }
  }),
  reckon('threshold-gate-first-dollar', (rng) => {
    const q = k(rng, 300, 800)
    const g = rng.pick([40, 50, 60])
    const b = times(q, pc(g + rng.int(5, 35)))
    const r = pc(rng.int(6, 12))
    return {
      stem: `A plan pays nothing until a rep reaches ${g}% of the ${$(q)} quota; once reached, ${pt(r)}% is paid on every booking from the first dollar. A rep books ${$(b)}. What is the commission, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { q, b, r, g: w(g) },
      key: times(r, b),
      wrong: [
        [times(r, minus(b, times(q, pc(g)))), 'pays only on bookings above the threshold'],
        [times(r, q), 'pays on the quota instead of the bookings'],
        [times(r, q, pc(g)), 'pays the rate on the threshold amount only'],
        [times(r, minus(q, b)), 'pays on the gap to quota'],
      ],
    }
  }),
]
