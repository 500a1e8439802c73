import {
  add,
  DP2,
  div,
  frac,
  hund,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  root2,
  rootPct1,
  sub,
  total,
  WHOLE,
  worked,
} from './mks-text.js'

// Surveys and sampling for a client's customers. Stems state the score bands, the base, the
// z-value and the rounding, because the slips are the wrong base, passives or don't-knows
// counted where they are not, a correction left out or left unrooted, and unweighted means.

const UP = 'rounded up to a whole number'
type Fr = ReturnType<typeof frac>
const ceil = (x: Fr): Fr => frac((x.n + x.d - 1n) / x.d)

export const SURVEYS_FAMILIES = [
  worked('margin-of-error-with-a-finite-customer-list', (rng) => {
    const big = rng.int(2, 12) * 1000
    const size = rng.int(2, 8) * 100
    const yes = rng.int(15, 85)
    const p = frac(yes, 100)
    const fpc = frac(big - size, big - 1)
    const base = mul(hund(196), hund(196), p, sub(1, p), frac(1, size))
    return {
      stem: `A client has ${n(big)} customers; ${n(size)} answered a survey and ${yes}% said they would buy again. Using the margin of error 1.96 × √(p(1 − p) ÷ n) × √((N − n) ÷ (N − 1)), with N the customer list, what is the margin of error, ${PCT1}?`,
      show: pct(),
      figures: { big, size, yes },
      key: rootPct1(mul(base, fpc)),
      wrong: [
        [rootPct1(base), 'leaves out the finite population correction'],
        [mul(rootPct1(base), fpc), 'applies the correction without its square root'],
        [
          rootPct1(mul(base, frac(1, 4), div(1, mul(p, sub(1, p))), fpc)),
          'uses a half for p instead of the survey’s share',
        ],
        [rootPct1(mul(base, frac(164 * 164, 196 * 196), fpc)), 'uses 1.64, the one-sided value'],
        [rootPct1(mul(base, frac(size, big))), 'multiplies by the sampling fraction n ÷ N instead'],
      ],
    }
  }),
  worked('invitations-for-a-target-margin', (rng) => {
    const e = rng.int(3, 6)
    const p = rng.pick([20, 30, 40, 60, 70, 80])
    const rr = rng.int(8, 35)
    const n0 = ceil(div(mul(hund(196), hund(196), frac(p * (100 - p), 10000)), frac(e * e, 10000)))
    return {
      stem: `A client wants a customer survey with a ${e} point margin of error at 95% (z = 1.96), expecting about ${p}% to agree. Completes needed are n = z² × p(1 − p) ÷ E², ${UP}; invitations are completes divided by the expected ${rr}% response rate, ${UP}. How many invitations should go out?`,
      show: plain(0),
      figures: { e, p, rr },
      key: ceil(div(n0, frac(rr, 100))),
      wrong: [
        [n0, 'gives the completes, not the invitations'],
        [ceil(mul(n0, frac(rr, 100))), 'multiplies the completes by the response rate'],
        [
          ceil(
            div(
              ceil(div(mul(hund(196), frac(p * (100 - p), 10000)), frac(e * e, 10000))),
              frac(rr, 100),
            ),
          ),
          'uses z instead of z²',
        ],
        [
          ceil(
            div(
              ceil(div(mul(hund(196), hund(196), frac(1, 4)), frac(e * e, 10000))),
              frac(rr, 100),
            ),
          ),
          'uses a half for p instead of the expected share',
        ],
        [
          ceil(
            div(
              ceil(
                div(
                  mul(hund(196), hund(196), frac(p * (100 - p), 10000)),
                  frac(e * e * p * p, 100000000),
                ),
              ),
              frac(rr, 100),
            ),
          ),
          'reads the margin as a relative share of the expected percent',
        ],
      ],
    }
  }),
  worked('purchase-intent-weighted-to-customer-shares', (rng) => {
    const pop = rng.pick([
      [20, 50, 30],
      [30, 40, 30],
      [25, 45, 30],
      [40, 35, 25],
      [15, 45, 40],
    ])!
    const sizes = [rng.int(60, 300), rng.int(60, 300), rng.int(60, 300)]
    const rates = [rng.int(15, 70), rng.int(15, 70), rng.int(15, 70)]
    const yes = sizes.map((s, i) => Math.round((s * rates[i]!) / 100))
    const r = yes.map((y, i) => frac(y, sizes[i]!))
    return {
      stem: `A survey reached ${sizes[0]} new, ${sizes[1]} regular and ${sizes[2]} lapsed customers, of whom ${yes[0]}, ${yes[1]} and ${yes[2]} said they intend to buy. The client’s base is ${pop[0]}% new, ${pop[1]}% regular and ${pop[2]}% lapsed. Weighting each group’s rate by its share of the base, what share intends to buy, ${PCT1}?`,
      show: pct(),
      figures: {
        s0: sizes[0]!,
        s1: sizes[1]!,
        s2: sizes[2]!,
        y0: yes[0]!,
        y1: yes[1]!,
        y2: yes[2]!,
        w0: pop[0]!,
        w1: pop[1]!,
        w2: pop[2]!,
      },
      key: add(...r.map((x, i) => mul(x, frac(pop[i]!, 100)))),
      wrong: [
        [frac(total(yes), total(sizes)), 'pools the sample without weights'],
        [div(add(...r), 3), 'averages the three groups’ rates without weights'],
        [
          add(...r.map((x, i) => mul(x, frac(pop[2 - i]!, 100)))),
          'pairs the shares with the groups in reverse order',
        ],
        [
          add(...yes.map((y, i) => mul(frac(y, total(sizes)), frac(pop[i]!, 100)))),
          'takes each group’s yes count over the whole sample before weighting',
        ],
      ],
    }
  }),
  worked('response-rate-counting-partials-at-half', (rng) => {
    const inv = rng.int(20, 90) * 100
    const bounced = rng.int(50, 600)
    const comp = rng.int(200, 1200)
    const part = rng.int(40, 300)
    if (comp + part >= inv - bounced) rest()
    return {
      stem: `A client emailed ${n(inv)} survey invitations; ${n(bounced)} bounced. ${n(comp)} people completed and ${n(part)} answered part of it. Using response rate = (completes + half the partials) ÷ delivered invitations, what was the response rate, ${PCT1}?`,
      show: pct(),
      figures: { inv, bounced, comp, part },
      key: frac(2 * comp + part, 2 * (inv - bounced)),
      wrong: [
        [frac(comp, inv - bounced), 'leaves out the partials'],
        [frac(comp + part, inv - bounced), 'counts each partial in full'],
        [frac(2 * comp + part, 2 * inv), 'divides by every invitation, bounces included'],
        [frac(2 * comp + part, 2 * (inv + bounced)), 'adds the bounces to the invitations'],
      ],
    }
  }),
  worked('net-promoter-score-from-score-counts', (rng) => {
    const d05 = rng.int(20, 150)
    const s6 = rng.int(10, 80)
    const s7 = rng.int(20, 120)
    const s8 = rng.int(20, 120)
    const pro = rng.int(200, 500)
    const all = d05 + s6 + s7 + s8 + pro
    const nps = frac(100 * (pro - d05 - s6), all)
    if (nps.n <= 0n) rest()
    return {
      stem: `A client’s survey scored 0 to 5 from ${d05} customers, 6 from ${s6}, 7 from ${s7}, 8 from ${s8} and 9 or 10 from ${pro}. Net promoter score is the percent scoring 9–10 minus the percent scoring 0–6. What is it, to one decimal place (a half rounded up)?`,
      show: plain(1),
      figures: { d05, s6, s7, s8, pro },
      key: nps,
      wrong: [
        [frac(100 * (pro - d05), all), 'leaves the 6s out of the detractors'],
        [frac(100 * (pro + s8 - d05 - s6), all), 'counts the 8s as promoters'],
        [frac(100 * (pro - d05 - s6), pro + d05 + s6), 'leaves the passives out of the base'],
        [frac(100 * pro, all), 'gives the promoters’ share alone'],
        [frac(100 * (pro - d05 - s6 - s7), all), 'counts the 7s as detractors'],
        [frac(100 * (d05 + s6), all), 'gives the detractors’ share'],
      ],
    }
  }),
  worked('top-two-box-share', (rng) => {
    const c = [
      rng.int(5, 60),
      rng.int(10, 80),
      rng.int(20, 120),
      rng.int(30, 160),
      rng.int(20, 140),
    ]
    const all = total(c)
    return {
      stem: `On a 1–5 agreement scale for “I would recommend this brand”, ${c[0]} customers chose 1, ${c[1]} chose 2, ${c[2]} chose 3, ${c[3]} chose 4 and ${c[4]} chose 5. What is the top-two-box share (4 or 5), ${PCT1}?`,
      show: pct(),
      figures: { c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, c4: c[4]! },
      key: frac(c[3]! + c[4]!, all),
      wrong: [
        [frac(c[4]!, all), 'counts only the 5s'],
        [frac(c[2]! + c[3]! + c[4]!, all), 'counts the top three boxes'],
        [frac(c[3]! + c[4]!, all - c[2]!), 'leaves the neutral 3s out of the base'],
        [
          frac(c[0]! + 2 * c[1]! + 3 * c[2]! + 4 * c[3]! + 5 * c[4]!, 5 * all),
          'gives the mean rating as a share of 5',
        ],
        [frac(c[3]!, all), 'counts only the 4s'],
        [frac(c[3]! + c[4]!, all + c[2]!), 'counts the neutral 3s twice in the base'],
      ],
    }
  }),
  worked('mean-rating-without-dont-knows', (rng) => {
    const c = [rng.int(5, 40), rng.int(10, 60), rng.int(20, 90), rng.int(30, 120), rng.int(20, 100)]
    const dk = rng.int(15, 60)
    const all = total(c)
    const sum = c.reduce((s, x, i) => s + x * (i + 1), 0)
    // Taking the don't-knows off twice must still give a mean a 1–5 scale can show.
    if (sum > 5 * (all - dk)) rest()
    return {
      stem: `A product-satisfaction question scored 1 from ${c[0]} respondents, 2 from ${c[1]}, 3 from ${c[2]}, 4 from ${c[3]} and 5 from ${c[4]}; ${dk} answered “don’t know”, which the client excludes from the mean. What is the mean rating, ${DP2}?`,
      show: plain(2),
      figures: { c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, c4: c[4]!, dk },
      key: frac(sum, all),
      wrong: [
        [frac(sum, all + dk), 'keeps the don’t-knows in the count'],
        [frac(sum + 3 * dk, all + dk), 'scores don’t know as a neutral 3'],
        [frac(sum + 6 * dk, all + dk), 'scores don’t know as a 6, the next code after 5'],
        [frac(sum, all - dk), 'takes the don’t-knows off the count a second time'],
        [frac(sum + dk, all + dk), 'scores don’t know as a 1'],
        [frac(sum - all, all), 'codes the scale 0 to 4 instead of 1 to 5'],
        [frac(c.indexOf(Math.max(...c)) + 1), 'gives the most common rating instead of the mean'],
      ],
    }
  }),
  worked('neyman-allocation-for-a-segment', (rng) => {
    const N = [rng.int(2, 20) * 1000, rng.int(2, 20) * 1000, rng.int(2, 20) * 1000]
    const S = [rng.int(10, 80), rng.int(10, 80), rng.int(10, 80)]
    const size = rng.int(4, 15) * 100
    const k = rng.int(0, 2)
    const ns = N.map((x, i) => x * S[i]!)
    return {
      stem: `A spend survey of ${n(size)} customers is split over three segments of ${n(N[0]!)}, ${n(N[1]!)} and ${n(N[2]!)} customers whose spend has standard deviations of $${S[0]}, $${S[1]} and $${S[2]}. Under Neyman allocation, n_h = n × N_h S_h ÷ Σ N S, how many interviews go to the ${['first', 'second', 'third'][k]} segment, ${WHOLE}?`,
      show: plain(0),
      figures: { N0: N[0]!, N1: N[1]!, N2: N[2]!, S0: S[0]!, S1: S[1]!, S2: S[2]!, size, k },
      key: frac(size * ns[k]!, total(ns)),
      wrong: [
        [frac(size * N[k]!, total(N)), 'allocates in proportion to segment size only'],
        [frac(size * S[k]!, total(S)), 'allocates in proportion to the standard deviations only'],
        [frac(size, 3), 'splits the sample equally'],
        [
          frac(size * N[k]! * S[k]! * S[k]!, total(N.map((x, i) => x * S[i]! * S[i]!))),
          'weights by the variances instead of the standard deviations',
        ],
      ],
    }
  }),
  worked('interviews-for-an-interlocking-quota-cell', (rng) => {
    const size = rng.int(6, 30) * 100
    const a = rng.int(20, 60)
    const b = rng.int(20, 60)
    if (a === b) rest()
    return {
      stem: `A brand tracker of ${n(size)} interviews sets interlocking quotas: ${a}% of the market is aged 18–34 and, independently, ${b}% lives in cities. How many interviews go to city dwellers aged 18–34, ${WHOLE}?`,
      show: plain(0),
      figures: { size, a, b },
      key: frac(size * a * b, 10000),
      wrong: [
        [frac(size * a, 100), 'applies only the age quota'],
        [frac(size * (a + b), 200), 'averages the two quotas'],
        [frac(size * Math.min(a, b), 100), 'takes the smaller quota'],
        [frac(size * a * b * a, 1000000), 'applies the age quota twice'],
        [frac(size * (100 * (a + b) - a * b), 10000), 'counts everyone in either group'],
      ],
    }
  }),
  worked('upper-end-of-a-mean-satisfaction-interval', (rng) => {
    const size = rng.int(10, 90) * 10
    const m = rng.int(550, 850)
    const sd = rng.int(80, 250)
    // At s = 1 the variance and the standard deviation agree, and so would two options.
    if (sd === 100) rest()
    const v = frac(sd * sd, 10000 * size)
    const z2 = (h: number) => mul(hund(h), hund(h), v)
    return {
      stem: `${n(size)} customers rated a service 0–10; the mean was ${(m / 100).toFixed(2)} with a standard deviation of ${(sd / 100).toFixed(2)}. Using mean + 1.96 × s ÷ √n, what is the upper end of the 95% interval, ${DP2}?`,
      show: plain(2),
      figures: { size, m, sd },
      key: add(hund(m), root2(z2(196))),
      wrong: [
        [add(hund(m), mul(hund(196), frac(sd, 100 * size))), 'divides s by n instead of √n'],
        [
          add(hund(m), mul(root2(z2(196)), 2)),
          'adds the whole width of the interval, twice the margin',
        ],
        [add(hund(m), root2(z2(164))), 'uses 1.64, the one-sided value'],
        [add(hund(m), root2(z2(258))), 'uses 2.58, the 99% value'],
        [hund(m), 'gives the mean alone'],
        [
          add(hund(m), root2(mul(z2(196), frac(sd * sd, 10000)))),
          'uses the variance where the standard deviation goes',
        ],
        [add(hund(m), root2(mul(z2(196), frac(1, 4)))), 'halves the margin'],
      ],
    }
  }),
  worked('satisfaction-adjusted-for-segment-response-rates', (rng) => {
    const N = [rng.int(2, 20) * 500, rng.int(2, 20) * 500]
    const rsp = [rng.int(80, 600), rng.int(80, 600)]
    const sat = rsp.map((r) => Math.round((r * rng.int(40, 95)) / 100))
    if (rsp[0]! >= N[0]! || rsp[1]! >= N[1]!) rest()
    const rate = sat.map((s, i) => frac(s, rsp[i]!))
    return {
      stem: `A client invited ${n(N[0]!)} business customers and ${n(N[1]!)} consumers. ${rsp[0]} business customers answered (${sat[0]} satisfied) and ${rsp[1]} consumers answered (${sat[1]} satisfied). Weighting each segment’s satisfied rate by its number invited, what share of all invited customers would be satisfied, ${PCT1}?`,
      show: pct(),
      figures: { N0: N[0]!, N1: N[1]!, r0: rsp[0]!, r1: rsp[1]!, s0: sat[0]!, s1: sat[1]! },
      key: div(add(mul(rate[0]!, N[0]!), mul(rate[1]!, N[1]!)), N[0]! + N[1]!),
      wrong: [
        [frac(sat[0]! + sat[1]!, rsp[0]! + rsp[1]!), 'pools the answers without weights'],
        [div(add(rate[0]!, rate[1]!), 2), 'averages the two segments’ rates'],
        [frac(sat[0]! + sat[1]!, N[0]! + N[1]!), 'divides the satisfied by everyone invited'],
        [
          div(add(mul(rate[0]!, N[1]!), mul(rate[1]!, N[0]!)), N[0]! + N[1]!),
          'swaps the two segments’ weights',
        ],
      ],
    }
  }),
  worked('share-of-those-answering-a-question', (rng) => {
    const all = rng.int(400, 2000)
    const skip = rng.int(30, 300)
    const yes = rng.int(50, all - skip - 50)
    return {
      stem: `Of ${n(all)} respondents, ${n(skip)} skipped the question “Have you used our app this month?” and ${n(yes)} answered yes. What share of those who answered said yes, ${PCT1}?`,
      show: pct(),
      figures: { all, skip, yes },
      key: frac(yes, all - skip),
      wrong: [
        [frac(yes, all), 'divides by every respondent, skippers included'],
        [frac(yes, all + skip), 'adds the skippers to the respondents'],
        [frac(all - skip - yes, all - skip), 'gives the share who said no'],
        [frac(yes + skip, all), 'counts the skippers as yes'],
      ],
    }
  }),
  worked('invitations-for-a-low-incidence-study', (rng) => {
    const target = rng.int(2, 12) * 50
    const inc = rng.int(5, 40)
    const rr = rng.int(5, 30)
    return {
      stem: `A client needs ${n(target)} completed interviews with people who bought a smart thermostat this year; about ${inc}% of the panel qualifies and ${rr}% of those invited respond. How many panel members must be invited (completes ÷ (incidence × response rate)), ${UP}?`,
      show: plain(0),
      figures: { target, inc, rr },
      key: ceil(frac(target * 10000, inc * rr)),
      wrong: [
        [ceil(frac(target * 100, inc)), 'allows for the incidence only'],
        [ceil(frac(target * 100, rr)), 'allows for the response rate only'],
        [ceil(frac(target * 100, inc + rr)), 'adds the two rates instead of multiplying'],
        [ceil(frac(target * 10000, inc * inc)), 'applies the incidence twice'],
        [ceil(frac(target * 1000000, inc * rr * rr)), 'applies the response rate twice'],
      ],
    }
  }),
  worked('expected-count-in-a-brand-preference-table', (rng) => {
    const r0 = rng.int(100, 500)
    const r1 = rng.int(100, 500)
    const c0 = rng.int(50, Math.min(r0 + r1 - 100, 400))
    const obs = rng.int(10, Math.min(r0, c0))
    const g = r0 + r1
    return {
      stem: `In a survey, ${r0} under-35s and ${r1} over-35s were asked their preferred brand; ${c0} respondents in all chose Brand A, ${obs} of them under 35. For a chi-square test, what is the expected count of under-35s choosing Brand A (row total × column total ÷ grand total), ${DP2}?`,
      show: plain(2),
      figures: { r0, r1, c0, obs },
      key: frac(r0 * c0, g),
      wrong: [
        [frac(obs), 'gives the observed count'],
        [frac(c0, 2), 'splits the column evenly over the two age groups'],
        [frac(r0 * c0, r1), 'divides by the other row’s total'],
        [frac(r0 * r0, g), 'uses the row total twice'],
      ],
    }
  }),
  worked('share-of-all-respondents-through-a-filter', (rng) => {
    const all = rng.int(8, 30) * 100
    const aw = rng.int(30, 80)
    const tr = rng.int(10, 50)
    return {
      stem: `In a survey of ${n(all)} people, ${aw}% had heard of the brand, and ${tr}% of those who had heard of it said they had tried it. What share of all ${n(all)} respondents had tried the brand, ${PCT1}?`,
      show: pct(),
      figures: { all, aw, tr },
      key: frac(aw * tr, 10000),
      wrong: [
        [frac(tr, 100), 'reads the share of the aware as the share of all'],
        [frac(aw - tr, 100), 'subtracts the two percents'],
        [frac(aw * (100 - tr), 10000), 'gives the aware who had not tried it'],
        [frac(aw + tr, 200), 'averages the two percents'],
        [frac(aw * tr, 100 * (aw + tr)), 'divides by the two percents added'],
      ],
    }
  }),
  worked('sample-size-for-a-small-customer-list', (rng) => {
    const big = rng.int(20, 60) * 100
    const e = rng.int(3, 6)
    const p = rng.pick([20, 30, 40, 60, 70, 80])
    const pq = frac(p * (100 - p), 10000)
    const n0 = (z2: Fr, v = pq) => div(mul(z2, v), frac(e * e, 10000))
    const fpc = (x: Fr) => ceil(div(x, add(1, div(sub(x, 1), big))))
    const z196 = mul(hund(196), hund(196))
    return {
      stem: `A client with ${n(big)} trade customers wants a ${e} point margin at 95% (z = 1.96), expecting about ${p}% to agree. With n₀ = z² × p(1 − p) ÷ E² and the corrected n = n₀ ÷ (1 + (n₀ − 1) ÷ N), N the list size, how many completes are needed, ${UP}?`,
      show: plain(0),
      figures: { big, e, p },
      key: fpc(n0(z196)),
      wrong: [
        [ceil(n0(z196)), 'leaves out the finite population correction'],
        [
          ceil(mul(n0(z196), sub(1, div(n0(z196), big)))),
          'multiplies n₀ by the share of the list left unsampled',
        ],
        [fpc(n0(hund(196))), 'uses z instead of z²'],
        [fpc(n0(z196, frac(1, 4))), 'uses a half for p instead of the expected share'],
        [
          ceil(mul(n0(z196), add(1, div(sub(n0(z196), 1), big)))),
          'multiplies by the correction instead of dividing',
        ],
        [fpc(n0(mul(hund(164), hund(164)))), 'uses 1.64, the one-sided value'],
      ],
    }
  }),
]
