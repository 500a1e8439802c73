import type { Rng } from '../../rng.js'
import {
  $,
  days1,
  minus,
  over,
  pc,
  pct1,
  plus,
  pt,
  reckon,
  times,
  times1,
  usd,
  w,
} from './sop-text.js'

// Pipeline metrics beyond the plain ratios the forecasting tests ask: coverage counted by the
// team's stated inclusion rules, cohort against snapshot conversion, open-pipeline age as of a
// stated date, a velocity lever, slippage, the pipeline waterfall and generation pace. The slips
// are counting what the rule leaves out, the wrong denominator, and fenceposts in day counts.

const k = (rng: Rng, a: number, b: number) => w(rng.int(a, b) * 1000)
const mid = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? w(s[(s.length - 1) / 2]!)
    : over(w(s[s.length / 2 - 1]! + s[s.length / 2]!), w(2))
}
const avg = (xs: readonly number[]) => over(w(xs.reduce((a, b) => a + b, 0)), w(xs.length))

export const PIPELINE_FAMILIES = [
  reckon('coverage-by-stated-inclusion-rules', (rng) => {
    const t = k(rng, 800, 2000)
    const won = times(t, pc(rng.int(20, 45)))
    const inQ = k(rng, 800, 2500)
    const early = k(rng, 200, 800)
    const later = k(rng, 300, 900)
    const gap = minus(t, won)
    return {
      stem: `A quarter’s target is ${$(t)} and ${$(won)} is already closed-won. Open pipeline is ${$(inQ)} at stage 2 or later closing this quarter, ${$(early)} at stage 1 closing this quarter, and ${$(later)} closing next quarter. Team rules count only stage 2 or later, closing this quarter, against the target still to close. What is the coverage ratio, to one decimal place, a half rounded up?`,
      show: times1,
      inputs: { t, won, inQ, early, later },
      key: over(inQ, gap),
      wrong: [
        [over(plus(inQ, early, later), gap), 'counts all open pipeline'],
        [over(inQ, t), 'divides by the whole target, ignoring what is already won'],
        [over(plus(inQ, early), gap), 'counts stage 1 pipeline'],
        [over(plus(inQ, later), gap), 'counts pipeline closing next quarter'],
        [over(plus(inQ, won), t), 'adds closed-won to pipeline against the whole target'],
        [over(gap, inQ), 'divides the target still to close by the pipeline'],
        [over(plus(inQ, early, later), t), 'counts all open pipeline against the whole target'],
      ],
    }
  }),
  reckon('cohort-win-rate-so-far', (rng) => {
    const n = rng.int(80, 200)
    const wc = rng.int(10, 30)
    const lc = wc + rng.int(5, 30)
    const wp = wc + rng.int(5, 25)
    return {
      stem: `Of ${n} opportunities created in January, ${wc} have been won, ${lc} lost and the rest are still open. In the same period the team won ${wp} opportunities in all, including some created earlier. What share of the January cohort has been won so far, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { n: w(n), wc: w(wc), lc: w(lc), wp: w(wp) },
      key: over(w(wc), w(n)),
      wrong: [
        [over(w(wp), w(n)), 'divides all wins in the period by the cohort'],
        [over(w(wc), w(wc + lc)), 'divides by the closed deals only'],
        [over(w(wc), w(n - wc)), 'divides by the opportunities not yet won'],
        [over(w(wc), w(lc)), 'divides wins by losses'],
      ],
    }
  }),
  reckon('median-open-age-as-of-date', (rng) => {
    const days = Array.from({ length: 7 }, () => rng.int(1, 28))
    const months = days.map(() => rng.pick([2, 3]))
    const age = days.map((d, i) => (months[i] === 2 ? 28 - d + 31 : 31 - d))
    const name = (i: number) => `${days[i]} ${months[i] === 2 ? 'February' : 'March'}`
    const list = days.map((_, i) => name(i)).join(', ')
    return {
      stem: `Seven open opportunities were created on ${list} 2026. As of 31 March 2026, what is the median age of the open pipeline in days, counting the days from the creation date to 31 March (creation day not counted), to one decimal place, a half rounded up?`,
      show: days1,
      inputs: Object.fromEntries(
        days.flatMap((d, i) => [
          [`d${i + 1}`, w(d)],
          [`m${i + 1}`, w(months[i]!)],
        ]),
      ),
      key: mid(age),
      wrong: [
        [avg(age), 'reports the mean age'],
        [mid(age.map((a) => a + 1)), 'counts both the creation day and 31 March'],
        [w(age[3]!), 'takes the middle of the list without sorting'],
        [mid(age.map((a, i) => (months[i] === 2 ? a + 2 : a))), 'gives February 30 days'],
      ],
    }
  }),
  reckon('median-cycle-of-won-deals-even', (rng) => {
    const won = Array.from({ length: 6 }, () => rng.int(20, 160))
    const lost = Array.from({ length: 3 }, () => rng.int(10, 200))
    return {
      stem: `Six deals won this quarter took ${won.join(', ')} days from creation to close; three lost deals took ${lost.join(', ')} days. What is the median sales cycle of won deals, in days to one decimal place, a half rounded up?`,
      show: days1,
      inputs: Object.fromEntries([
        ...won.map((x, i) => [`w${i + 1}`, w(x)]),
        ...lost.map((x, i) => [`l${i + 1}`, w(x)]),
      ]),
      key: mid(won),
      wrong: [
        [avg(won), 'reports the mean instead of the median'],
        [mid([...won, ...lost]), 'includes the lost deals'],
        [over(w(won[2]! + won[3]!), w(2)), 'averages the middle two without sorting'],
        [w([...won].sort((a, b) => a - b)[2]!), 'takes the lower middle value only'],
      ],
    }
  }),
  reckon('velocity-change-from-win-rate-lever', (rng) => {
    const w0 = rng.int(15, 40)
    const up = rng.int(4, 10)
    const c0 = rng.int(60, 90)
    const c1 = c0 + rng.int(1, 3)
    // Velocity scales with the win rate and inversely with the cycle: the two ratios multiply.
    const winRatio = over(w(w0 + up), w(w0))
    const cycleRatio = over(w(c1), w(c0))
    const ratio = over(winRatio, cycleRatio)
    return {
      stem: `Sales velocity is opportunities × win rate × average deal size ÷ cycle length. The win rate rises from ${w0}% to ${w0 + up}% and the average cycle lengthens from ${c0} to ${c1} days, while opportunities and deal size stay the same. By what percentage does velocity rise, to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { w0: w(w0), up: w(up), c0: w(c0), c1: w(c1) },
      key: minus(ratio, w(1)),
      wrong: [
        [minus(winRatio, w(1)), 'leaves out the longer cycle'],
        [minus(winRatio, cycleRatio), 'subtracts the cycle’s percentage rise from the win rate’s'],
        [minus(times(winRatio, cycleRatio), w(1)), 'multiplies by the cycle ratio, not divides'],
        [ratio, 'gives the new velocity as a share of the old'],
        [
          minus(over(plus(w(1), pc(up)), cycleRatio), w(1)),
          'reads the percentage-point rise in win rate as a percentage rise',
        ],
        [
          minus(over(plus(w(1), over(w(up), w(w0 + up))), cycleRatio), w(1)),
          'measures the win-rate rise against the new rate',
        ],
        [minus(w(1), over(w(1), ratio)), 'measures the rise against the new velocity'],
      ],
    }
  }),
  reckon('pipeline-needed-with-slippage', (rng) => {
    const g = k(rng, 300, 1500)
    const wr = pc(rng.int(20, 40))
    const s = pc(rng.int(5, 15))
    return {
      stem: `A rep still needs ${$(g)} of bookings this quarter. Her win rate by value is ${pt(wr)}%, and ${pt(s)}% of pipeline slips out of the quarter before it is decided. How much pipeline due this quarter does she need, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { g, wr, s },
      key: over(g, times(wr, minus(w(1), s))),
      wrong: [
        [over(g, wr), 'ignores slippage'],
        [over(times(g, plus(w(1), s)), wr), 'adds the slippage to the gap instead of dividing'],
        [over(g, minus(wr, s)), 'subtracts the slippage from the win rate'],
        [times(over(g, wr), s), 'gives only the slipped pipeline'],
      ],
    }
  }),
  reckon('win-rate-excluding-disqualified', (rng) => {
    const won = rng.int(15, 40)
    const lost = rng.int(40, 70)
    const nd = rng.int(5, 20)
    const dq = rng.int(10, 40)
    return {
      stem: `This quarter ${won} opportunities were won, ${lost} lost to a competitor, ${nd} closed as no decision and ${dq} disqualified at stage 1. Team rules exclude disqualified opportunities from win rate and count no decision as a loss. What is the win rate by count, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { won: w(won), lost: w(lost), nd: w(nd), dq: w(dq) },
      key: over(w(won), w(won + lost + nd)),
      wrong: [
        [over(w(won), w(won + lost)), 'leaves out the no-decision losses'],
        [over(w(won), w(won + lost + nd + dq)), 'counts the disqualified opportunities'],
        [over(w(won), w(lost + nd)), 'divides wins by losses'],
        [over(w(won), w(won + lost + dq)), 'swaps the rule: keeps disqualified, drops no decision'],
        [over(w(won), w(lost)), 'divides wins by the competitor losses only'],
      ],
    }
  }),
  reckon('pipeline-waterfall-end-balance', (rng) => {
    const p0 = k(rng, 2000, 5000)
    const c = k(rng, 500, 2000)
    const won = k(rng, 300, 900)
    const lost = k(rng, 200, 800)
    const out = k(rng, 100, 500)
    const inn = k(rng, 50, 300)
    return {
      stem: `A quarter opens with ${$(p0)} of pipeline. During it ${$(c)} is created, ${$(won)} is won, ${$(lost)} is lost, ${$(out)} is pushed to a later quarter and ${$(inn)} is pulled in from a later quarter. What is the quarter’s open pipeline at the end, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { p0, c, won, lost, out, inn },
      key: minus(plus(p0, c, inn), plus(won, lost, out)),
      wrong: [
        [minus(plus(p0, c, inn), plus(lost, out)), 'leaves the won deals in the open pipeline'],
        [minus(plus(p0, c, inn), plus(won, out)), 'leaves the lost deals in the open pipeline'],
        [minus(plus(p0, c), plus(won, lost, out, inn)), 'subtracts the pulled-in pipeline'],
        [
          minus(plus(p0, c, inn, out), plus(won, lost)),
          'adds the pushed pipeline instead of removing it',
        ],
      ],
    }
  }),
  reckon('pipeline-generation-pace-shortfall', (rng) => {
    const need = k(rng, 600, 1800)
    const d = rng.pick([10, 12, 15, 18, 20])
    const made = times(need, over(w(d), w(30)), pc(rng.int(50, 90)))
    const mc = w(Number(made.n / made.d))
    return {
      stem: `Marketing and sales must create ${$(need)} of pipeline this month (30 days). After ${d} days they have created ${$(mc)}. Projecting the month at the same daily pace, by how much will they fall short, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { need, d: w(d), mc },
      key: minus(need, times(mc, over(w(30), w(d)))),
      wrong: [
        [minus(need, mc), 'compares the month’s need with the amount so far, without projecting'],
        [minus(need, times(mc, over(w(31), w(d)))), 'projects over 31 days'],
        [
          minus(times(need, over(w(d), w(30))), mc),
          'gives the shortfall to date instead of for the month',
        ],
        [minus(need, times(mc, over(w(30), w(d + 1)))), 'counts one more elapsed day than stated'],
        [
          minus(need, times(mc, over(w(30 - d), w(d)))),
          'projects the days still to come and forgets what is already created',
        ],
      ],
    }
  }),
  reckon('stalled-pipeline-share-by-value', (rng) => {
    const n = 6
    const vals = Array.from({ length: n }, () => k(rng, 10, 90))
    const ages = Array.from({ length: n }, () => rng.int(5, 60))
    const th = rng.pick([21, 30, 45])
    ages[0] = th
    const stale = (strict: boolean) =>
      plus(w(0), ...vals.filter((_, i) => (strict ? ages[i]! > th : ages[i]! >= th)))
    const tot = plus(...vals)
    const cnt = ages.filter((a) => a > th).length
    return {
      stem: `Six open deals worth ${vals.map($).join(', ')} have spent ${ages.join(', ')} days in their current stage, in the same order. A deal is stalled when it has been in its stage more than ${th} days. What share of open pipeline value is stalled, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: {
        th: w(th),
        ...Object.fromEntries(
          vals.flatMap((v, i) => [
            [`v${i + 1}`, v],
            [`a${i + 1}`, w(ages[i]!)],
          ]),
        ),
      },
      key: over(stale(true), tot),
      wrong: [
        [over(stale(false), tot), 'counts a deal at exactly the limit as stalled'],
        [over(w(cnt), w(n)), 'gives the share by count, not value'],
        [over(stale(true), minus(tot, stale(true))), 'divides by the pipeline that is not stalled'],
        [over(minus(tot, stale(true)), tot), 'gives the share that is not stalled'],
      ],
    }
  }),
  reckon('start-of-quarter-pipeline-close-rate', (rng) => {
    const p = k(rng, 2000, 5000)
    const won = times(p, pc(rng.int(15, 35)))
    const lost = times(p, pc(rng.int(20, 35)))
    const pushed = times(p, pc(rng.int(15, 30)))
    const newWon = k(rng, 100, 600)
    return {
      stem: `At the start of the quarter ${$(p)} of pipeline was due to close in it. By quarter end ${$(won)} of that was won, ${$(lost)} lost, ${$(pushed)} pushed out and the rest still open; ${$(newWon)} more was won from deals created during the quarter. What share of the starting pipeline was won, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { p, won, lost, pushed, newWon },
      key: over(won, p),
      wrong: [
        [over(plus(won, newWon), p), 'counts wins from deals created during the quarter'],
        [over(won, plus(won, lost)), 'divides by the decided deals only'],
        [over(won, minus(p, pushed)), 'removes the pushed pipeline from the base'],
        [over(plus(won, newWon), plus(p, newWon)), 'adds the new wins to both sides'],
      ],
    }
  }),
  reckon('stage-exit-conversion-excluding-open', (rng) => {
    const adv = rng.int(20, 50)
    const drop = rng.int(15, 40)
    const entered = adv + drop + rng.int(10, 60)
    const open = entered - adv - drop
    return {
      stem: `${entered} opportunities entered the proposal stage last half-year: ${adv} moved on to negotiation, ${drop} were closed lost from proposal and ${open} are still in proposal. Counting only opportunities that have left the stage, what is the proposal-to-negotiation conversion rate, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { entered: w(entered), adv: w(adv), drop: w(drop) },
      key: over(w(adv), w(adv + drop)),
      wrong: [
        [over(w(adv), w(entered)), 'divides by every opportunity that entered, open ones included'],
        [over(w(drop), w(adv + drop)), 'gives the drop-out rate'],
        [over(w(adv), w(adv + open)), 'divides by those advanced or still open'],
        [over(w(adv + open), w(entered)), 'counts the open opportunities as converted'],
        [over(w(adv), w(drop)), 'divides those advanced by those lost, odds instead of a rate'],
      ],
    }
  }),
  reckon('quarter-pipeline-created-needed', (rng) => {
    const t = k(rng, 1000, 3000)
    const wr = pc(rng.int(20, 35))
    const e = times(t, pc(rng.int(40, 95)))
    return {
      stem: `Next quarter’s bookings target is ${$(t)} and the win rate by value is ${pt(wr)}%. ${$(e)} of pipeline already exists for the quarter. How much new pipeline must be created for the quarter, evenly over its three months, each month, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { t, wr, e },
      key: over(minus(over(t, wr), e), w(3)),
      wrong: [
        [over(over(t, wr), w(3)), 'ignores the existing pipeline'],
        [
          over(over(minus(t, e), wr), w(3)),
          'takes the existing pipeline off the target, not off the pipeline needed',
        ],
        [minus(over(t, wr), e), 'gives the quarter’s total, not the monthly amount'],
        [
          over(minus(over(t, wr), times(e, wr)), w(3)),
          'weights the existing pipeline by the win rate',
        ],
      ],
    }
  }),
  reckon('win-rate-by-value-with-open-excluded', (rng) => {
    const wv = k(rng, 200, 800)
    const lv = plus(wv, k(rng, 100, 800))
    const ov = k(rng, 200, 1000)
    const wn = rng.int(10, 30)
    const ln = rng.int(15, 40)
    return {
      stem: `This half-year ${wn} deals worth ${$(wv)} were won and ${ln} worth ${$(lv)} lost; ${$(ov)} of the half-year’s pipeline is still open. What is the win rate by value on decided deals, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { wv, lv, ov, wn: w(wn), ln: w(ln) },
      key: over(wv, plus(wv, lv)),
      wrong: [
        [over(w(wn), w(wn + ln)), 'gives the win rate by count'],
        [over(wv, plus(wv, lv, ov)), 'includes the open pipeline'],
        [over(wv, lv), 'divides won value by lost value'],
        [over(plus(wv, ov), plus(wv, lv, ov)), 'counts open pipeline as won'],
      ],
    }
  }),
  reckon('mean-cycle-across-month-end', (rng) => {
    const d = Array.from({ length: 5 }, () => rng.int(1, 30))
    const age = d.map((x) => 30 - x + 31)
    return {
      stem: `Five deals closed on 31 May 2026 were created on ${d.map((x) => `${x} April`).join(', ')} 2026. What is their mean sales cycle in days, counting from the creation date to the close date (creation day not counted; April has 30 days), to one decimal place, a half rounded up?`,
      show: days1,
      inputs: Object.fromEntries(d.map((x, i) => [`d${i + 1}`, w(x)])),
      key: avg(age),
      wrong: [
        [avg(age.map((a) => a + 1)), 'counts both the creation day and the close day'],
        [avg(d.map((x) => 30 - x)), 'counts only to the end of April'],
        [mid(age), 'reports the median instead of the mean'],
        [avg(d.map((x) => 31 - x)), 'subtracts the day numbers, ignoring the month between'],
      ],
    }
  }),
  reckon('starting-pipeline-with-in-quarter-create-and-close', (rng) => {
    const t = k(rng, 800, 3000)
    const s = pc(rng.int(15, 40))
    const wr = pc(rng.int(20, 40))
    const carried = minus(w(1), s)
    return {
      stem: `Next quarter’s bookings target is ${$(t)}. Historically ${pt(s)}% of a quarter’s bookings come from opportunities created and closed within the same quarter; the rest come from pipeline open at the start of the quarter, which wins ${pt(wr)}% by value. How much pipeline must be open at the start of the quarter, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { t, s, wr },
      key: over(times(t, carried), wr),
      wrong: [
        [over(t, wr), 'leaves out the bookings created and closed in the quarter'],
        [over(times(t, s), wr), 'plans the start pipeline for the in-quarter share instead'],
        [times(t, carried), 'leaves out the win rate'],
        [over(t, times(wr, carried)), 'divides by the carried-in share instead of multiplying'],
        [
          minus(over(t, wr), times(t, s)),
          'takes the in-quarter bookings off the pipeline unweighted',
        ],
        [times(t, carried, wr), 'multiplies by the win rate instead of dividing'],
      ],
    }
  }),
]
