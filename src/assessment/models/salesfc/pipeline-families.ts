import {
  cap,
  ceilDiv,
  client,
  count,
  csv,
  div,
  frac as F,
  type Fraction,
  family,
  list,
  mean,
  money,
  mul,
  pct,
  plain,
  sub,
  times,
  total,
  two,
} from './salesfc-text.js'

// Pipeline forecasting: weighted pipeline, funnels, coverage, forecast categories, win rates,
// sales-cycle length and slippage. Each stem states the stage probabilities, the category rule
// and the rounding its key depends on.

const STAGES = ['Discovery', 'Qualified', 'Proposal', 'Negotiation'] as const
const PROBS = [10, 25, 50, 75] as const
const r = (n: number, d: number) => F(n, d)

export const PIPELINE_FAMILIES = [
  family('weighted-pipeline-by-stage', (rng) => {
    const m = money(rng)
    const a = PROBS.map(() => rng.int(4, 60) * 1000)
    const w = (p: readonly number[]) => total(a.map((x, i) => r(x * (p[i] ?? 0), 100)))
    const sum = a.reduce((s, x) => s + x, 0)
    return {
      stem: `${cap(client(rng))} has open deals worth ${a.map((x, i) => `${plain(m, x)} in ${STAGES[i]}`).join(', ')}. Its stage win probabilities are ${PROBS.map((p, i) => `${STAGES[i]} ${p}%`).join(', ')}. What is the weighted pipeline, to the cent?`,
      key: m(w(PROBS)),
      wrong: [
        [m(F(sum)), 'adds up the pipeline unweighted'],
        [m(r(sum * 40, 100)), 'weights the whole pipeline by the average stage probability'],
        [m(w([25, 50, 75, 100])), 'weights each deal by the next stage’s probability'],
        [m(w([0, 10, 25, 50])), 'weights each deal by the previous stage’s probability'],
        [m(w([0, 25, 50, 75])), 'leaves the Discovery deals out'],
        [m(w([10, 25, 50, 100])), 'counts Negotiation deals as already won'],
      ],
      figures: { a: csv(a) },
    }
  }),
  family('coverage-ratio-on-remaining-quota', (rng) => {
    const m = money(rng)
    const q = rng.int(30, 90) * 10000
    const c = Math.round((q * rng.int(15, 55)) / 100 / 1000) * 1000
    const p = rng.int(80, 300) * 5000
    return {
      stem: `A sales team's quarterly quota is ${plain(m, q)}; it has closed ${plain(m, c)} so far this quarter and has ${plain(m, p)} of open pipeline due to close this quarter. Coverage is open pipeline divided by the quota still to close. What is the coverage ratio, to two decimals?`,
      key: times(r(p, q - c)),
      wrong: [
        [times(r(p, q)), 'divides by the full quota, ignoring what has closed'],
        [times(r(p + c, q)), 'adds closed business to the pipeline'],
        [times(r(q - c, p)), 'inverts the ratio'],
        [times(r(p - c, q - c)), 'takes closed business off the pipeline'],
        [times(r(p, q + c)), 'adds closed business to the quota'],
      ],
      figures: { q, c, p },
    }
  }),
  family('new-pipeline-needed-for-coverage', (rng) => {
    const m = money(rng)
    const q = rng.int(40, 120) * 10000
    const c = rng.int(1, Math.floor(q / 40000)) * 10000
    const k = rng.pick([25, 30, 35, 40])
    const need = ((q - c) * k) / 10
    const p = Math.round((need * rng.int(30, 70)) / 100 / 1000) * 1000
    return {
      stem: `The client's rule is ${k / 10}× pipeline coverage of the quota still to close. The quota is ${plain(m, q)}, closed business so far is ${plain(m, c)} and open pipeline is ${plain(m, p)}. How much new pipeline must be created to reach the required coverage, to the cent?`,
      key: m(r(need - p, 1)),
      wrong: [
        [m(r(q * k - p * 10, 10)), 'applies the coverage to the full quota'],
        [m(r(need, 1)), 'forgets the pipeline already open'],
        [m(r(need - p - c, 1)), 'counts closed business as open pipeline'],
        [m(r(need + c - p, 1)), 'adds closed business back to the requirement'],
      ],
      figures: { q, c, p, k },
    }
  }),
  family('win-rate-by-count', (rng) => {
    const w = rng.int(12, 60)
    const l = w + rng.int(5, 60)
    const o = rng.int(15, 90)
    return {
      stem: `In the last two quarters the team created ${w + l + o} opportunities: ${w} are closed-won, ${l} closed-lost and ${o} still open. The client defines win rate as won deals ÷ closed deals. What is the win rate, to two decimals of a percent?`,
      key: pct(r(w, w + l)),
      wrong: [
        [pct(r(w, w + l + o)), 'divides by every opportunity, open ones included'],
        [pct(r(l, w + l)), 'gives the loss rate'],
        [pct(r(w, l)), 'divides wins by losses'],
        [pct(r(w + o, w + l + o)), 'counts open deals as wins'],
        [pct(r(w, l + o)), 'divides wins by the deals not won'],
      ],
      figures: { w, l, o },
    }
  }),
  family('win-rate-by-value', (rng) => {
    const m = money(rng)
    const w = rng.int(8, 30)
    const l = w + rng.int(3, 25)
    const [wv, lv] = [rng.int(w * 4, w * 30) * 1000, rng.int(l * 4, l * 30) * 1000]
    const ov = rng.int(50, 900) * 1000
    return {
      stem: `Last quarter ${w} deals worth ${plain(m, wv)} closed won and ${l} deals worth ${plain(m, lv)} closed lost; ${plain(m, ov)} of pipeline is still open. The forecast uses the value win rate: won value ÷ closed value. What is it, to two decimals of a percent?`,
      key: pct(r(wv, wv + lv)),
      wrong: [
        [pct(r(w, w + l)), 'uses the count win rate'],
        [pct(r(wv, wv + lv + ov)), 'includes open pipeline in the denominator'],
        [pct(r(w, l)), 'divides the won count by the lost count'],
        [pct(r(lv, wv + lv)), 'gives the value loss rate'],
      ],
      figures: { w, l, wv, lv, ov },
    }
  }),
  family('average-sales-cycle-of-won-deals', (rng) => {
    const open = Array.from({ length: 5 }, () => rng.int(1, 200))
    const len = open.map(() => rng.int(20, 140))
    const lost = rng.shuffle([0, 1, 2, 3, 4]).slice(0, 2)
    const isWon = (i: number) => !lost.includes(i)
    const ws = len.filter((_, i) => isWon(i))
    const sorted = [...ws].sort((a, b) => a - b)
    const d = (x: Fraction) => `${two(x)} days`
    return {
      stem: `Five closed deals, by day of the year opened and closed: ${open.map((o, i) => `deal ${i + 1} opened day ${o}, closed day ${o + (len[i] ?? 0)} (${isWon(i) ? 'won' : 'lost'})`).join('; ')}. The sales cycle is close day minus open day, averaged over won deals only. What is the average cycle, to two decimals of a day?`,
      key: d(mean(ws)),
      wrong: [
        [d(mean(len)), 'averages the lost deals in as well'],
        [d(mean(ws.map((x) => x + 1))), 'counts both the open and the close day'],
        [d(F(sorted[1] ?? 0)), 'takes the median, not the mean'],
        [d(mean(len.filter((_, i) => !isWon(i)))), 'averages the lost deals instead'],
        [
          d(
            F(
              ws.reduce((a, b) => a + b, 0),
              5,
            ),
          ),
          'divides the won cycles’ total by all five deals',
        ],
      ],
      figures: { len: csv(len), lost: csv(lost) },
    }
  }),
  family('funnel-expected-wins', (rng) => {
    const leads = rng.int(30, 200) * 10
    const [c1, c2, c3] = [rng.int(15, 40), rng.int(30, 60), rng.int(20, 45)]
    const w = (...c: number[]) => c.reduce((x, k) => mul(x, r(k, 100)), F(leads))
    const avg = r(c1 + c2 + c3, 300)
    return {
      stem: `A campaign will bring ${count(leads)} new leads. Historically ${c1}% of leads become qualified opportunities, ${c2}% of those reach proposal and ${c3}% of proposals are won. How many won deals should the forecast show, to two decimals?`,
      key: two(w(c1, c2, c3)),
      wrong: [
        [two(w(c3)), 'applies only the last stage’s rate to the leads'],
        [two(w(c1, c2)), 'stops at proposals'],
        [two(mul(F(leads), mul(avg, mul(avg, avg)))), 'cubes the average of the three stage rates'],
        [two(w(c1, c1, c2, c3)), 'applies the lead-to-opportunity rate twice'],
        [two(w(c1, c3)), 'skips the proposal stage'],
        [two(mul(F(leads), avg)), 'applies the average stage rate once'],
      ],
      figures: { leads, c1, c2, c3 },
    }
  }),
  family('leads-needed-for-target-wins', (rng) => {
    const wins = rng.int(8, 60)
    const [c1, c2, c3] = [rng.int(15, 40), rng.int(30, 60), rng.int(20, 45)]
    const need = (...c: number[]) => ceilDiv(c.reduce((x, k) => div(x, r(k, 100)), F(wins)))
    return {
      stem: `The client wants ${wins} new customers next quarter. ${c1}% of leads become opportunities, ${c2}% of opportunities reach proposal and ${c3}% of proposals are won. How many leads are needed, rounded up to a whole lead?`,
      key: count(need(c1, c2, c3)),
      wrong: [
        [count(need(c3)), 'divides by the proposal win rate only'],
        [count(need(c1, c2)), 'leaves out the proposal win rate'],
        [count(need(c1, c3)), 'skips the proposal stage'],
        [count(need(c1, c1, c2, c3)), 'divides by the lead-to-opportunity rate twice'],
        [count(need(c1, c2, c3, c3)), 'divides by the proposal win rate twice'],
        [count(ceilDiv(div(F(wins), r(c1 + c2 + c3, 300)))), 'divides by the average stage rate'],
      ],
      figures: { wins, c1, c2, c3 },
    }
  }),
  family('commit-and-best-case-call', (rng) => {
    const m = money(rng)
    const [cl, co, bc, pl] = [
      rng.int(10, 80),
      rng.int(10, 60),
      rng.int(10, 60),
      rng.int(20, 120),
    ].map((x) => x * 5000) as [number, number, number, number]
    const h = rng.pick([30, 40, 50, 60])
    return {
      stem: `The client's forecast call is closed-won plus commit plus ${h}% of best case; pipeline-category deals count for nothing. This quarter: closed-won ${plain(m, cl)}, commit ${plain(m, co)}, best case ${plain(m, bc)}, pipeline ${plain(m, pl)}. What is the forecast call, to the cent?`,
      key: m(F(cl * 100 + co * 100 + bc * h, 100)),
      wrong: [
        [m(F(cl + co + bc)), 'counts best case in full'],
        [m(F(co * 100 + bc * h, 100)), 'leaves closed-won out of the call'],
        [m(F(cl + co)), 'leaves best case out'],
        [
          m(F(cl * 100 + co * 100 + (bc + pl) * h, 100)),
          'weights the pipeline category like best case',
        ],
        [m(F(cl * 100 + (co + bc) * h, 100)), 'weights commit like best case'],
      ],
      figures: { cl, co, bc, pl, h },
    }
  }),
  family('slippage-rate-by-value', (rng) => {
    const m = money(rng)
    const won = rng.int(20, 90) * 5000
    const lost = rng.int(10, 50) * 5000
    const slip = rng.int(8, Math.min(60, won / 5000)) * 5000
    const v = won + lost + slip
    return {
      stem: `At the start of the quarter ${plain(m, v)} of deals were forecast to close in it. By quarter end ${plain(m, won)} closed won, ${plain(m, lost)} closed lost and the rest slipped into the next quarter. Slippage is slipped value ÷ value forecast to close. What was the slippage rate, to two decimals of a percent?`,
      key: pct(r(slip, v)),
      wrong: [
        [pct(r(slip + lost, v)), 'counts lost deals as slipped'],
        [pct(r(slip, won)), 'divides by the won value'],
        [pct(r(slip, won + lost)), 'divides by the closed value'],
        [pct(r(slip, v + slip)), 'adds the slipped deals to the base again'],
      ],
      figures: { won, lost, slip },
    }
  }),
  family('win-rate-needed-to-hit-quota', (rng) => {
    const m = money(rng)
    const q = rng.int(40, 120) * 10000
    const c = rng.int(5, 35) * 10000
    const p =
      rng.int(Math.ceil(((q - c) * 15) / 10 / 5000), Math.floor(((q - c) * 40) / 10 / 5000)) * 5000
    return {
      stem: `A rep's quarterly quota is ${plain(m, q)}, they have closed ${plain(m, c)}, and they have ${plain(m, p)} of open pipeline closing this quarter. What value win rate on that open pipeline do they need to reach quota exactly, to two decimals of a percent?`,
      key: pct(r(q - c, p)),
      wrong: [
        [pct(r(q, p)), 'ignores what is already closed'],
        [pct(r(q - c, p + c)), 'adds closed business to the pipeline'],
        [pct(r(c, q)), 'gives attainment to date'],
        [pct(r(q - c, q)), 'divides the gap by the quota'],
        [pct(r(p - (q - c), p)), 'gives the share of pipeline that can be lost'],
      ],
      figures: { q, c, p },
    }
  }),
  family('sales-velocity-per-day', (rng) => {
    const m = money(rng)
    const [n, deal, w, days] = [
      rng.int(20, 120),
      rng.int(4, 60) * 500,
      rng.int(15, 45),
      rng.int(30, 120),
    ]
    const v = (wr: number, d: number) => r(n * deal * wr, 100 * d)
    return {
      stem: `Sales velocity is opportunities × average deal size × win rate ÷ sales-cycle length in days. The client has ${n} qualified opportunities, an average deal of ${plain(m, deal)}, a ${w}% win rate and a sales cycle of ${days} days. What is the velocity in revenue per day, to the cent?`,
      key: m(v(w, days)),
      wrong: [
        [m(v(100, days)), 'leaves the win rate out'],
        [m(r(n * deal * w * 7, 100 * days)), 'divides by the cycle in weeks'],
        [m(v(100 - w, days)), 'uses the loss rate'],
        [m(r(n * deal * w * w, 10000 * days)), 'applies the win rate twice'],
        [m(v(w, 30)), 'divides by a 30-day month instead of the cycle'],
      ],
      figures: { n, deal, w, days },
    }
  }),
  family('stage-count-conversion', (rng) => {
    const mql = rng.int(300, 1200)
    const sql = Math.round((mql * rng.int(20, 45)) / 100)
    const opp = Math.round((sql * rng.int(35, 65)) / 100)
    const won = Math.round((opp * rng.int(18, 40)) / 100)
    return {
      stem: `Last year's funnel for the client: ${count(mql)} marketing-qualified leads, of which ${sql} became sales-qualified leads, ${opp} became opportunities and ${won} became won deals. What share of sales-qualified leads ended as won deals, to two decimals of a percent?`,
      key: pct(r(won, sql)),
      wrong: [
        [pct(r(won, mql)), 'divides by marketing-qualified leads'],
        [pct(r(won, opp)), 'gives the opportunity win rate'],
        [pct(r(opp, sql)), 'stops at the opportunity stage'],
        [pct(r(sql, mql)), 'gives the MQL-to-SQL rate'],
        [pct(r(won, sql - won)), 'divides won by SQLs not won'],
      ],
      figures: { mql, sql, opp, won },
    }
  }),
  family('historical-stage-probability', (rng) => {
    const reached = rng.int(60, 240)
    const open = rng.int(8, 40)
    const won = rng.int(Math.round((reached - open) * 0.2), Math.round((reached - open) * 0.6))
    const created = reached + rng.int(150, 600)
    return {
      stem: `To set the Proposal-stage probability, the analyst looks at last year's ${created} opportunities: ${reached} reached Proposal, and of those ${won} were later won and ${open} are still open. The rule is won ÷ deals that reached the stage and have since closed. What probability should Proposal carry, to two decimals of a percent?`,
      key: pct(r(won, reached - open)),
      wrong: [
        [pct(r(won, reached)), 'keeps still-open deals in the denominator'],
        [pct(r(won, created)), 'divides by every opportunity created'],
        [pct(r(reached - open - won, reached - open)), 'gives the loss rate from Proposal'],
        [pct(r(won + open, reached)), 'counts still-open deals as won'],
      ],
      figures: { reached, open, won, created },
    }
  }),
  family('projected-attainment', (rng) => {
    const m = money(rng)
    const q = rng.int(50, 150) * 10000
    const c = Math.round((q * rng.int(20, 60)) / 100 / 5000) * 5000
    const a = [rng.int(10, 60), rng.int(10, 50), rng.int(5, 40)].map(
      (x) => Math.round((x * q) / 200 / 1000) * 1000,
    )
    const p = [25, 50, 75]
    const wt = total(a.map((x, i) => r(x * (p[i] ?? 0), 100)))
    const all = a.reduce((s, x) => s + x, 0)
    return {
      stem: `Quarterly quota is ${plain(m, q)} and ${plain(m, c)} has closed. Open deals are ${plain(m, a[0] ?? 0)} at 25%, ${plain(m, a[1] ?? 0)} at 50% and ${plain(m, a[2] ?? 0)} at 75% probability. Projected attainment is closed plus weighted pipeline, as a share of quota. What is it, to two decimals of a percent?`,
      key: pct(div(sub(wt, F(-c)), F(q))),
      wrong: [
        [pct(r(c + all, q)), 'adds the pipeline unweighted'],
        [pct(div(wt, F(q))), 'leaves closed business out'],
        [pct(r(c, q)), 'gives attainment to date only'],
        [pct(div(wt, F(q - c))), 'gives coverage of the remaining quota by weighted pipeline'],
        [pct(r(c * 100 + all * 50, q * 100)), 'weights every open deal at 50%'],
      ],
      figures: { q, c, a: csv(a) },
    }
  }),
  family('average-won-deal-size', (rng) => {
    const m = money(rng)
    const won = Array.from({ length: rng.int(4, 6) }, () => rng.int(6, 90) * 500)
    const lost = Array.from({ length: 3 }, () => rng.int(6, 120) * 500)
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
    const s = [...won].sort((a, b) => a - b)
    const med =
      s.length % 2
        ? F(s[(s.length - 1) / 2] ?? 0)
        : r((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0), 2)
    return {
      stem: `Last quarter's closed deals were won: ${list(won.map((x) => plain(m, x)))}; lost: ${list(lost.map((x) => plain(m, x)))}. The capacity model needs the mean won deal size. What is it, to the cent?`,
      key: m(mean(won)),
      wrong: [
        [m(mean([...won, ...lost])), 'averages lost deals in too'],
        [m(r(sum(won), won.length + lost.length)), 'divides won value by every closed deal'],
        [m(med), 'takes the median won deal'],
        [m(mean(lost)), 'averages the lost deals'],
        [m(r(sum(won), won.length - 1)), 'divides by one deal fewer than were won'],
      ],
      figures: { won: csv(won), lost: csv(lost) },
    }
  }),
  family('bookings-forecast-for-one-month', (rng) => {
    const m = money(rng)
    const mo = rng.int(0, 9)
    const deals = Array.from({ length: 5 }, () => ({
      v: rng.int(5, 80) * 1000,
      p: rng.pick([20, 40, 60, 80]),
      k: rng.int(0, 2),
    }))
    const MONTH = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    if (!deals.some((d) => d.k === 1)) deals[0] = { ...deals[0]!, k: 1 }
    const pick = (f: (d: { v: number; p: number; k: number }) => boolean, wt: boolean) =>
      total(deals.filter(f).map((d) => r(d.v * (wt ? d.p : 100), 100)))
    return {
      stem: `Open deals with expected close month and probability: ${deals.map((d) => `${plain(m, d.v)} in ${MONTH[mo + d.k]} at ${d.p}%`).join('; ')}. What is the probability-weighted bookings forecast for ${MONTH[mo + 1]}, to the cent?`,
      key: m(pick((d) => d.k === 1, true)),
      wrong: [
        [m(pick((d) => d.k === 1, false)), 'adds that month’s deals unweighted'],
        [
          m(
            mul(
              pick((d) => d.k === 1, false),
              F(
                deals.reduce((t, d) => t + d.p, 0),
                500,
              ),
            ),
          ),
          'weights that month’s deals by the average probability of all deals',
        ],
        [m(pick(() => true, true)), 'weights every deal, whatever its month'],
        [m(pick((d) => d.k <= 1, true)), 'includes deals expected the month before'],
        [m(pick((d) => d.k >= 1, true)), 'includes deals expected the month after'],
        [m(pick(() => true, false)), 'adds the whole open pipeline'],
      ],
      figures: {
        v: csv(deals.map((d) => d.v)),
        p: csv(deals.map((d) => d.p)),
        k: csv(deals.map((d) => d.k)),
      },
    }
  }),
]
