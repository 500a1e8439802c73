import type { Rng } from '../../rng.js'
import {
  CENT,
  cap,
  cents,
  count,
  DP1,
  DP2,
  dollars,
  type Fraction,
  frac,
  measure,
  minus,
  num,
  over,
  PCT1,
  PCT2,
  pct,
  ratio,
  shop,
  sum,
  times,
  usd,
  w,
} from './cua-text.js'

// Campaign and survey measurement: lift against a holdout, response and redemption rates, NPS,
// CSAT and effort scores from a stated scale, segment-weighted survey results, and attribution
// of conversions by a stated rule. Stems state the scale bands, the base and the rule, because
// the slips are another band, another base, and another rule.

const sumOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const points = (x: Fraction): string => `${num(1)(times(x, w(100)))} points`

export const CAMPAIGN_FAMILIES = [
  measure('incremental-buyers-vs-holdout', (rng) => {
    const nh = 100 * rng.int(10, 40)
    const nt = nh * rng.int(4, 9)
    const rh = rng.int(200, 500)
    const rt = rh + rng.int(60, 250)
    const bh = Math.round((nh * rh) / 10_000)
    const bt = Math.round((nt * rt) / 10_000)
    const base = times(w(nt), ratio(bh, nh))
    const lift = minus(ratio(bt, nt), ratio(bh, nh))
    return {
      stem: `${cap(shop(rng))} mailed an offer to ${count(nt)} customers and held out ${count(nh)} at random; ${count(bt)} mailed and ${count(bh)} held-out customers bought in the next month. How many of the mailed customers’ purchases were incremental (mailed buyers less the buyers the holdout’s rate predicts among the mailed), to the nearest whole buyer (a half rounded up)?`,
      show: num(0, 'buyers'),
      figures: { nt, nh, bt, bh },
      key: minus(w(bt), base),
      wrong: [
        [w(bt), 'counts every mailed buyer'],
        [w(bt - bh), 'subtracts the holdout buyers though the groups differ in size'],
        [times(lift, w(nh)), 'scales the lift to the holdout’s size'],
        [times(lift, w(nt + nh)), 'scales the lift to both groups'],
        [base, 'gives the buyers expected without the mailing'],
      ],
    }
  }),
  measure('campaign-roi-on-incremental-margin', (rng) => {
    const nh = 100 * rng.int(10, 30)
    const nt = nh * rng.int(4, 9)
    const ph = rng.int(1500, 4000)
    const pt = ph + rng.int(300, 1500)
    const m = rng.int(30, 50)
    const incr = times(w(nt), cents(pt - ph), frac(m, 100))
    const cost = Number((incr.n * 100n * BigInt(rng.int(30, 65))) / (incr.d * 100n))
    const rt = nt * pt
    const rh = nh * ph
    const c = cents(cost)
    return {
      stem: `A win-back campaign at ${shop(rng)} cost ${dollars(cost)}. The ${count(nt)} targeted customers spent ${dollars(rt)} in the campaign month; a random holdout of ${count(nh)} spent ${dollars(rh)}. At a ${m}% margin, what was the campaign’s ROI (incremental margin less cost, over cost), ${PCT1}?`,
      show: pct(1),
      figures: { nt, nh, rt, rh, m, cost },
      key: over(minus(incr, c), c),
      wrong: [
        [
          over(minus(times(cents(rt), frac(m, 100)), c), c),
          'counts all the targeted customers’ margin, not the incremental margin',
        ],
        [over(minus(times(w(nt), cents(pt - ph)), c), c), 'uses incremental revenue, not margin'],
        [over(incr, c), 'divides the margin by the cost without taking the cost off'],
        [over(minus(incr, c), incr), 'divides by the incremental margin'],
        [
          over(minus(times(cents(rt - rh), frac(m, 100)), c), c),
          'subtracts the holdout’s total though the groups differ in size',
        ],
      ],
    }
  }),
  measure('response-rate-on-delivered', (rng) => {
    const mailed = 100 * rng.int(50, 300)
    const u = Math.round((mailed * rng.int(3, 9)) / 100)
    const k = Math.round(((mailed - u) * rng.int(150, 600)) / 10_000)
    const o = k + Math.round((k * rng.int(10, 40)) / 100)
    const late = Math.round((k * rng.int(5, 20)) / 100)
    return {
      stem: `${cap(shop(rng))} mailed ${count(mailed)} catalogues; ${count(u)} came back undeliverable. Within the six-week response window ${count(k)} customers ordered (${count(o)} orders between them), and ${count(late)} more ordered after the window closed. Taking the response rate as customers who ordered within the window over catalogues delivered, what was it, ${PCT2}?`,
      show: pct(2),
      figures: { mailed, u, k, o, late },
      key: ratio(k, mailed - u),
      wrong: [
        [ratio(k, mailed), 'divides by catalogues mailed, not delivered'],
        [ratio(o, mailed - u), 'counts orders, not customers'],
        [ratio(k + late, mailed - u), 'counts the orders after the window'],
        [ratio(k, mailed + u), 'adds the undeliverables to the mailing'],
        [ratio(k, mailed - u - k), 'divides by the customers who did not respond'],
      ],
    }
  }),
  measure('coupon-redemption-rate', (rng) => {
    const issued = 100 * rng.int(40, 200)
    const opened = Math.round((issued * rng.int(25, 50)) / 100)
    const d = Math.round((issued * rng.int(40, 120)) / 1000)
    const t = d + Math.round((d * rng.int(10, 40)) / 100)
    const leak = Math.round((d * rng.int(10, 40)) / 100)
    return {
      stem: `${cap(shop(rng))} emailed a personal coupon code to ${count(issued)} customers; ${count(opened)} opened the email. ${count(d)} recipients redeemed their code at least once (${count(t)} redemptions in all), and a leaked code was also redeemed ${count(leak)} times by non-recipients, which do not count. Taking the redemption rate as recipients who redeemed over codes issued, what was it, ${PCT1}?`,
      show: pct(1),
      figures: { issued, opened, d, t, leak },
      key: ratio(d, issued),
      wrong: [
        [ratio(t, issued), 'counts every redemption, not each recipient once'],
        [ratio(d, opened), 'divides by the recipients who opened'],
        [ratio(d + leak, issued), 'counts the leaked-code redemptions'],
        [ratio(d, issued + leak), 'adds the leaked-code users to the base'],
        [ratio(t - d, issued), 'counts only the repeat redemptions'],
      ],
    }
  }),
  measure('nps-from-a-score-distribution', (rng) => {
    const c = [
      rng.int(5, 30),
      rng.int(5, 30),
      rng.int(5, 30),
      rng.int(5, 40),
      rng.int(10, 50),
      rng.int(15, 60),
      rng.int(20, 70),
      rng.int(40, 120),
      rng.int(60, 160),
      rng.int(100, 260),
      rng.int(120, 320),
    ]
    const nn = sumOf(c)
    const nr = rng.int(100, 600)
    const at = (from: number, to: number) => sumOf(c.slice(from, to + 1))
    const nps = (p: number, d: number, base = nn) => ratio(p - d, base)
    return {
      stem: `A post-purchase survey at ${shop(rng)} scored 0 to 10, counts by score from 0 up: ${c.map(count).join(', ')}; ${count(nr)} customers were asked but did not answer. Promoters score 9–10, passives 7–8 and detractors 0–6, and NPS is the promoters’ share less the detractors’ share of those who answered. What is the NPS, ${DP1}?`,
      show: (x: Fraction) => points(x),
      figures: { c: c.join(','), nr },
      key: nps(at(9, 10), at(0, 6)),
      wrong: [
        [nps(at(9, 10), at(0, 5)), 'counts a 6 as passive'],
        [nps(at(8, 10), at(0, 6)), 'counts an 8 as a promoter'],
        [ratio(at(9, 10) - at(0, 6), at(9, 10) + at(0, 6)), 'leaves the passives out of the base'],
        [nps(at(9, 10), at(0, 7)), 'counts a 7 as a detractor'],
        [nps(at(10, 10), at(0, 6)), 'counts only the 10s as promoters'],
        [nps(at(9, 10), at(0, 6), nn + nr), 'divides by everyone asked'],
      ],
    }
  }),
  measure('csat-top-two-box', (rng) => {
    const c = [
      rng.int(10, 60),
      rng.int(20, 80),
      rng.int(40, 150),
      rng.int(120, 400),
      rng.int(150, 500),
    ]
    const nn = sumOf(c)
    const nr = rng.int(100, 900)
    const [c1, c2, c3, c4, c5] = c as [number, number, number, number, number]
    return {
      stem: `${cap(shop(rng))}’s support survey asks customers to rate their satisfaction from 1 (very dissatisfied) to 5 (very satisfied); CSAT is the share of answers scoring 4 or 5. Answers from 1 up: ${c.map(count).join(', ')}; ${count(nr)} customers were sent the survey but did not answer. What is the CSAT, ${PCT1}?`,
      show: pct(1),
      figures: { c: c.join(','), nr },
      key: ratio(c4 + c5, nn),
      wrong: [
        [ratio(c5, nn), 'counts only the 5s'],
        [ratio(c3 + c4 + c5, nn), 'counts the neutral 3s as satisfied'],
        [ratio(c4 + c5, nn - c3), 'leaves the neutral answers out of the base'],
        [ratio(c4 + c5, nn + nr), 'divides by everyone surveyed'],
        [ratio(c1 + 2 * c2 + 3 * c3 + 4 * c4 + 5 * c5, 5 * nn), 'gives the mean score over 5'],
        [ratio(c4 + c5 - c1 - c2, nn), 'subtracts the dissatisfied as NPS does'],
      ],
    }
  }),
  measure('customer-effort-score-mean', (rng) => {
    const c = [
      rng.int(5, 40),
      rng.int(10, 50),
      rng.int(15, 70),
      rng.int(30, 120),
      rng.int(40, 160),
      rng.int(50, 200),
      rng.int(30, 180),
    ]
    const na = rng.int(20, 120)
    const nn = sumOf(c)
    const total = sumOf(c.map((x, i) => x * (i + 1)))
    const sorted = c.flatMap((x, i) => [[i + 1, x] as const])
    const median = (() => {
      let seen = 0
      for (const [s, x] of sorted) {
        seen += x
        if (2 * seen >= nn) return s
      }
      return 7
    })()
    const mode = c.indexOf(Math.max(...c)) + 1
    return {
      stem: `After a returns process at ${shop(rng)}, customers rated “The company made it easy to handle my issue” from 1 (strongly disagree) to 7 (strongly agree); the customer effort score is the mean rating of those who gave one. Ratings from 1 up: ${c.map(count).join(', ')}; ${count(na)} chose “not applicable”. What is the CES, ${DP2}?`,
      show: num(2),
      figures: { c: c.join(','), na },
      key: ratio(total, nn),
      wrong: [
        [ratio(total, nn + na), 'counts the “not applicable” answers as zeros'],
        [ratio(total + na, nn + na), 'scores “not applicable” as a 1'],
        [minus(w(8), ratio(total, nn)), 'reverses the scale'],
        [w(median), 'gives the median rating'],
        [w(mode), 'gives the most common rating'],
      ],
    }
  }),
  measure('survey-result-weighted-to-the-customer-base', (rng) => {
    const pop = rng.pick([
      [50, 30, 20],
      [60, 25, 15],
      [45, 35, 20],
      [55, 30, 15],
    ] as const)
    const resp = [rng.int(100, 400), rng.int(150, 500), rng.int(200, 600)]
    const sat = [rng.int(55, 75), rng.int(70, 85), rng.int(80, 95)]
    const [p1, p2, p3] = pop
    const [n1, n2, n3] = resp as [number, number, number]
    const [s1, s2, s3] = sat as [number, number, number]
    return {
      stem: `${cap(shop(rng))}’s satisfaction survey: new customers are ${p1}% of the customer base and ${count(n1)} answered, ${s1}% satisfied; regular customers are ${p2}% of the base and ${count(n2)} answered, ${s2}% satisfied; VIP customers are ${p3}% and ${count(n3)} answered, ${s3}% satisfied. Weighting each segment by its share of the customer base, what share of customers are satisfied, ${PCT1}?`,
      show: pct(1),
      figures: { p1, p2, p3, n1, n2, n3, s1, s2, s3 },
      key: frac(p1 * s1 + p2 * s2 + p3 * s3, 10_000),
      wrong: [
        [frac(s1 + s2 + s3, 300), 'averages the three segments unweighted'],
        [
          frac(n1 * s1 + n2 * s2 + n3 * s3, 100 * (n1 + n2 + n3)),
          'weights by respondents, the sample’s mix',
        ],
        [frac(p1 * s1 + p2 * s2 + p3 * s3, 30_000), 'divides the weighted result by three again'],
        [frac(s1, 100), 'takes the largest segment’s result for the whole base'],
      ],
    }
  }),
  ...(['last', 'linear', 'position'] as const).map((rule) =>
    measure(
      `attribution-${rule === 'last' ? 'last-touch' : rule === 'linear' ? 'linear' : 'position-based'}`,
      (rng) => attribution(rng, rule),
    ),
  ),
  measure('incremental-share-of-treated-buyers', (rng) => {
    const rh = rng.int(150, 450)
    const rt = rh + rng.int(60, Math.floor(rh * 0.9))
    return {
      stem: `In a holdout test at ${shop(rng)}, ${(rt / 100).toFixed(2)}% of mailed customers and ${(rh / 100).toFixed(2)}% of held-out customers bought. What share of the mailed customers’ purchases were incremental (would not have happened without the mailing), ${PCT1}?`,
      show: pct(1),
      figures: { rt, rh },
      key: ratio(rt - rh, rt),
      wrong: [
        [ratio(rt - rh, rh), 'gives the relative lift over the holdout'],
        [frac(rt - rh, 10_000), 'gives the difference in percentage points'],
        [ratio(rh, rt), 'gives the share that would have happened anyway'],
        [ratio(rt - rh, rt + rh), 'divides by both rates together'],
        [
          ratio(2 * (rt - rh), rt + rh),
          'gives the percent difference, over the mean of the two rates',
        ],
      ],
    }
  }),
  measure('cost-per-incremental-buyer', (rng) => {
    const nh = 100 * rng.int(10, 40)
    const nt = nh * rng.int(4, 9)
    const rh = rng.int(200, 500)
    const rt = rh + rng.int(80, 300)
    const bh = Math.round((nh * rh) / 10_000)
    const bt = Math.round((nt * rt) / 10_000)
    const cost = 100 * rng.int(5000, 40000)
    const incr = minus(w(bt), times(w(nt), ratio(bh, nh)))
    return {
      stem: `A mailing by ${shop(rng)} cost ${dollars(cost)}. Of ${count(nt)} mailed customers ${count(bt)} bought; of a random holdout of ${count(nh)}, ${count(bh)} bought. What was the cost per incremental buyer (mailed buyers less those the holdout’s rate predicts), ${CENT}?`,
      show: usd,
      figures: { nt, nh, bt, bh, cost },
      key: over(cents(cost), incr),
      wrong: [
        [over(cents(cost), w(bt)), 'divides by every mailed buyer'],
        [
          over(cents(cost), w(bt - bh)),
          'subtracts the holdout buyers though the groups differ in size',
        ],
        [over(cents(cost), w(nt)), 'gives the cost per customer mailed'],
        [
          over(cents(cost), times(minus(ratio(bt, nt), ratio(bh, nh)), w(nh))),
          'scales the lift to the holdout’s size',
        ],
        [
          over(cents(cost), times(minus(ratio(bt, nt), ratio(bh, nh)), w(nt + nh))),
          'scales the lift to both groups',
        ],
      ],
    }
  }),
  measure('nps-change-between-waves', (rng) => {
    const n1 = rng.int(400, 1500)
    const n2 = rng.int(400, 1500)
    const p1 = Math.round((n1 * rng.int(40, 50)) / 100)
    const d1 = Math.round((n1 * rng.int(15, 25)) / 100)
    const p2 = Math.round((n2 * rng.int(48, 60)) / 100)
    const d2 = Math.round((n2 * rng.int(8, 16)) / 100)
    const nps1 = ratio(p1 - d1, n1)
    const nps2 = ratio(p2 - d2, n2)
    return {
      stem: `${cap(shop(rng))}’s spring survey had ${count(n1)} answers with ${count(p1)} promoters and ${count(d1)} detractors; the autumn survey had ${count(n2)} answers with ${count(p2)} promoters and ${count(d2)} detractors. NPS is the promoters’ share less the detractors’ share. By how many points did NPS rise from spring to autumn, ${DP1}?`,
      show: points,
      figures: { n1, n2, p1, d1, p2, d2 },
      key: minus(nps2, nps1),
      wrong: [
        [minus(over(nps2, nps1), w(1)), 'gives the relative change in NPS'],
        [minus(ratio(p2, n2), ratio(p1, n1)), 'compares the promoters’ shares only'],
        [ratio(p2 - d2 - (p1 - d1), n1), 'divides the change in net promoters by the spring count'],
        [nps2, 'gives the autumn NPS'],
        [minus(ratio(d1, n1), ratio(d2, n2)), 'compares the detractors’ shares only'],
      ],
    }
  }),
  measure('break-even-response-rate', (rng) => {
    const c = rng.int(60, 250)
    const a = rng.int(4000, 15000)
    const m = rng.int(30, 55)
    const f = rng.int(300, 900)
    const mg = minus(times(cents(a), frac(m, 100)), cents(f))
    return {
      stem: `A catalogue from ${shop(rng)} costs ${dollars(c)} per piece to print and mail. A responder places one order of ${dollars(a)} on average at a ${m}% gross margin, and each order costs ${dollars(f)} to fulfil. What response rate covers the mailing’s cost (margin less fulfilment per response, against cost per piece), ${PCT2}?`,
      show: pct(2),
      figures: { c, a, m, f },
      key: over(cents(c), mg),
      wrong: [
        [over(cents(c), cents(a)), 'covers the cost from revenue, not margin'],
        [over(cents(c), times(cents(a), frac(m, 100))), 'leaves out the fulfilment cost'],
        [over(cents(c), cents(a - f)), 'takes fulfilment off revenue, not margin'],
        [
          over(cents(c + f), times(cents(a), frac(m, 100))),
          'adds the fulfilment cost to each piece mailed',
        ],
        [
          over(cents(c), minus(mg, cents(c))),
          'also takes the piece cost off each response’s margin',
        ],
      ],
    }
  }),
  measure('incremental-revenue-per-treated-customer', (rng) => {
    const nh = 100 * rng.int(10, 40)
    const nt = nh * rng.int(3, 9)
    const ph = rng.int(1500, 5000)
    const pt = ph + rng.int(150, 1500)
    const rt = nt * pt
    const rh = nh * ph
    return {
      stem: `Customers in ${shop(rng)}’s loyalty email test spent ${dollars(rt)} in total across ${count(nt)} emailed customers and ${dollars(rh)} across a random holdout of ${count(nh)}. What was the incremental revenue per emailed customer, ${CENT}?`,
      show: usd,
      figures: { nt, nh, rt, rh },
      key: minus(ratio(rt, 100 * nt), ratio(rh, 100 * nh)),
      wrong: [
        [ratio(rt, 100 * nt), 'gives the emailed customers’ revenue per head'],
        [
          ratio(rt - rh, 100 * nt),
          'subtracts the holdout’s total though the groups differ in size',
        ],
        [ratio(rt - rh, 100 * (nt + nh)), 'divides the difference of totals by both groups'],
        [ratio(rh, 100 * nh), 'gives the holdout’s revenue per head'],
        [
          times(minus(ratio(rt, 100 * nt), ratio(rh, 100 * nh)), ratio(nh, nt)),
          'scales the difference to the holdout’s size',
        ],
        [
          over(minus(ratio(rt, 100), times(ratio(rh, 100), ratio(nt, nh))), w(nt + nh)),
          'divides the incremental revenue by both groups',
        ],
      ],
    }
  }),
]

type Rule = 'last' | 'linear' | 'position'
const CHANNELS = ['Paid search', 'Social', 'Display', 'Affiliate', 'Organic search'] as const

/** Credit a path gives its channel at `at` of `len` touches, under a rule. */
function credit(rule: Rule | 'first' | 'full' | 'ends', at: number, len: number): Fraction {
  if (rule === 'full') return w(1)
  if (rule === 'first') return w(at === 0 ? 1 : 0)
  if (rule === 'last') return w(at === len - 1 ? 1 : 0)
  if (rule === 'linear') return frac(1, len)
  if (rule === 'ends') return len === 1 ? w(1) : at === 0 || at === len - 1 ? frac(1, 2) : w(0)
  if (len === 1) return w(1)
  if (len === 2) return frac(1, 2)
  return at === 0 || at === len - 1 ? frac(2, 5) : frac(1, 5 * (len - 2))
}

/**
 * Three conversions whose paths each hold Email once: first in one path, last in another and in
 * the middle of the third, so every rule gives Email some credit and each rule a different total.
 */
function attribution(rng: Rng, rule: Rule) {
  const others = () => rng.pick(CHANNELS)
  const k1 = rng.int(1, 3)
  const k2 = rng.int(1, 3)
  const k3a = rng.int(1, 2)
  const k3b = rng.int(1, 2)
  const paths = rng.shuffle([
    ['Email', ...Array.from({ length: k1 }, others)],
    [...Array.from({ length: k2 }, others), 'Email'],
    [...Array.from({ length: k3a }, others), 'Email', ...Array.from({ length: k3b }, others)],
  ])
  const values = paths.map(() => rng.int(4000, 30000))
  const total = (r: Rule | 'first' | 'full' | 'ends') =>
    sum(
      ...paths.map((p, i) => times(cents(values[i] ?? 0), credit(r, p.indexOf('Email'), p.length))),
    )
  const named: Record<Rule | 'first' | 'full' | 'ends', string> = {
    last: 'applies last-touch credit',
    linear: 'applies linear credit',
    position: 'applies position-based credit',
    first: 'applies first-touch credit',
    full: 'gives Email full credit for every conversion it touched',
    ends: 'splits each conversion between its first and last touch only',
  }
  const rules: Record<Rule, string> = {
    last: 'last-touch (all credit to the final touch)',
    linear: 'linear (credit split equally over the touches)',
    position:
      'position-based (40% to the first touch, 40% to the last and 20% split equally over the touches between; a two-touch path splits 50/50 and a one-touch path gives all to that touch)',
  }
  const wrongs = (['last', 'linear', 'position', 'first', 'full', 'ends'] as const)
    .filter((r) => r !== rule)
    .map((r) => [total(r), named[r]] as const)
  if (rule === 'position')
    wrongs.push([
      twoTouchAsFortyForty(paths, values),
      'gives a two-touch path 40/40 and drops the remaining 20%',
    ] as const)
  return {
    stem: `${cap(shop(rng))} attributes conversions by the ${rules[rule]} rule. This week’s three conversions: ${paths.map((p, i) => `${p.join(' → ')} (${dollars(values[i] ?? 0)})`).join('; ')}. How much conversion value is credited to Email, ${CENT}?`,
    show: usd,
    figures: { paths: paths.map((p) => p.join('>')).join('|'), values: values.join(',') },
    key: total(rule),
    wrong: wrongs,
  }
}

/** Position-based credit with the 40/40/20 split kept for two-touch paths, leaving 20% unassigned. */
function twoTouchAsFortyForty(paths: readonly string[][], values: readonly number[]): Fraction {
  return sum(
    ...paths.map((p, i) => {
      const at = p.indexOf('Email')
      const share = p.length === 2 ? frac(2, 5) : credit('position', at, p.length)
      return times(cents(values[i] ?? 0), share)
    }),
  )
}
