import {
  add,
  CENT,
  DP3,
  div,
  dol,
  f3,
  factor3,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  worked,
} from './ins-text.js'

// A book's underwriting results and loss development, as a broker's or an MGA's analyst reads
// them. The slips are paid losses taken for incurred, the reserve change signed the wrong way or
// only the closing reserve counted, a ratio put over written premium when its stem says earned
// (or the reverse), loss adjustment expenses left out or counted as underwriting expenses,
// investment income counted in the underwriting result, a development factor averaged instead of
// volume-weighted, and the tail factor or a development step left out of the chain ladder.

/** A development factor drawn in thousandths, as a rate. */
const th = (t: number) => frac(t, 1000)

export const RESULTS_FAMILIES = [
  worked('incurred-losses-from-paid-and-the-reserve-change', (rng) => {
    const p = rng.int(200, 900) * 1000
    const o = rng.int(100, 600) * 1000
    const c = rng.int(100, 600) * 1000
    if (Math.abs(c - o) < 20000 || p + o - c <= 0) rest()
    return {
      stem: `A small MGA’s property book paid ${dol(p)} of claims this year. Its outstanding claims reserves were ${dol(o)} at the start of the year and ${dol(c)} at the end. What are the year’s incurred losses, ${CENT}?`,
      show: money,
      figures: { p, o, c },
      key: frac(p + c - o),
      wrong: [
        [frac(p), 'takes paid losses as incurred'],
        [frac(p + c), 'adds the closing reserves without taking off the opening'],
        [frac(p + o - c), 'signs the reserve change the wrong way'],
        [frac(p + o + c), 'adds both reserves'],
      ],
    }
  }),
  worked('loss-ratio-on-earned-premium', (rng) => {
    const w = rng.int(800, 3000) * 1000
    const du = rng.int(20, 300) * 1000
    const pd = rng.int(300, 1500) * 1000
    const ds = rng.int(20, 300) * 1000
    const e = w - du
    const inc = pd + ds
    if (inc >= e) rest()
    return {
      stem: `A book wrote ${dol(w)} of premium this year, and its unearned premium reserve rose by ${dol(du)}. Claims paid were ${dol(pd)}, and outstanding claims reserves rose by ${dol(ds)}. What is the loss ratio, incurred losses over earned premium, ${PCT2}?`,
      show: pct2,
      figures: { w, du, pd, ds },
      key: frac(inc, e),
      wrong: [
        [frac(pd, e), 'uses paid losses'],
        [frac(inc, w), 'puts the losses over written premium'],
        [frac(pd, w), 'uses paid losses over written premium'],
        [frac(inc, w + du), 'adds the rise in unearned premium to earned premium'],
      ],
    }
  }),
  worked('expense-ratio-on-written-premium', (rng) => {
    const w = rng.int(800, 3000) * 1000
    const e = w - rng.int(-200, 300) * 1000
    const u = Math.round((w * rng.int(220, 380)) / 1000 / 1000) * 1000
    const a = rng.int(30, 200) * 1000
    if (Math.abs(w - e) < 40000) rest()
    return {
      stem: `A book’s results show written premium ${dol(w)}, earned premium ${dol(e)}, underwriting expenses (commission, acquisition and general expenses) ${dol(u)} and loss adjustment expenses ${dol(a)}. On the trade basis, the expense ratio is underwriting expenses over written premium; loss adjustment expenses belong with losses. What is the expense ratio, ${PCT2}?`,
      show: pct2,
      figures: { w, e, u, a },
      key: frac(u, w),
      wrong: [
        [frac(u, e), 'puts the expenses over earned premium'],
        [frac(u + a, w), 'counts loss adjustment expenses as underwriting expenses'],
        [frac(u + a, e), 'counts loss adjustment expenses and uses earned premium'],
        [frac(u, w + e), 'puts the expenses over written and earned premium together'],
      ],
    }
  }),
  worked('combined-ratio-on-the-trade-basis', (rng) => {
    const w = rng.int(800, 3000) * 1000
    const e = w - rng.int(-200, 300) * 1000
    const l = Math.round((e * rng.int(450, 750)) / 1000 / 1000) * 1000
    const a = rng.int(30, 200) * 1000
    const u = Math.round((w * rng.int(220, 380)) / 1000 / 1000) * 1000
    if (Math.abs(w - e) < 40000) rest()
    const key = add(frac(l + a, e), frac(u, w))
    return {
      stem: `A book wrote ${dol(w)} and earned ${dol(e)} of premium. Incurred losses were ${dol(l)}, loss adjustment expenses ${dol(a)} and underwriting expenses ${dol(u)}. On the trade basis the combined ratio is losses and loss adjustment expenses over earned premium plus underwriting expenses over written premium. What is the combined ratio, ${PCT2}?`,
      show: pct2,
      figures: { w, e, l, a, u },
      key,
      wrong: [
        [frac(l + a + u, e), 'puts everything over earned premium'],
        [frac(l + a + u, w), 'puts everything over written premium'],
        [add(frac(l, e), frac(u, w)), 'leaves out the loss adjustment expenses'],
        [add(frac(l + a, w), frac(u, e)), 'swaps the two bases'],
      ],
    }
  }),
  worked('underwriting-profit-for-the-year', (rng) => {
    const w = rng.int(800, 3000) * 1000
    const e = w - rng.int(50, 300) * 1000
    const pd = Math.round((e * rng.int(350, 600)) / 1000 / 1000) * 1000
    const ds = rng.int(20, 150) * 1000
    const a = rng.int(30, 150) * 1000
    const u = Math.round((e * rng.int(200, 300)) / 1000 / 1000) * 1000
    const i = rng.int(30, 200) * 1000
    const key = e - pd - ds - a - u
    if (key <= 20000) rest()
    return {
      stem: `An insurer’s commercial motor book wrote ${dol(w)} and earned ${dol(e)} of premium. It paid ${dol(pd)} of claims and its claims reserves rose ${dol(ds)}; loss adjustment expenses were ${dol(a)}, underwriting expenses ${dol(u)}, and the premium it held earned ${dol(i)} of investment income. What is the underwriting profit, ${CENT}?`,
      show: money,
      figures: { w, e, pd, ds, a, u, i },
      key: frac(key),
      wrong: [
        [frac(w - pd - ds - a - u), 'starts from written premium'],
        [frac(e - pd - a - u), 'uses paid losses'],
        [frac(key + a), 'leaves out the loss adjustment expenses'],
        [frac(key + i), 'counts the investment income'],
      ],
    }
  }),
  worked('volume-weighted-age-to-age-factor', (rng) => {
    const a = [rng.int(300, 900), rng.int(300, 900), rng.int(300, 900)].map((x) => x * 1000)
    const g = [rng.int(1150, 1600), rng.int(1150, 1600), rng.int(1150, 1600)]
    const b = a.map((x, k) => Math.round((x * g[k]!) / 1000 / 1000) * 1000)
    const z = rng.int(300, 900) * 1000
    const [a1, a2, a3] = a as [number, number, number]
    const [b1, b2, b3] = b as [number, number, number]
    const sa = a1 + a2 + a3
    const sb = b1 + b2 + b3
    const key = frac(sb, sa)
    const avg = div(add(frac(b1, a1), frac(b2, a2), frac(b3, a3)), 3)
    return {
      stem: `A claims triangle shows cumulative incurred losses for accident years 2021, 2022 and 2023 of ${dol(a1)}, ${dol(a2)} and ${dol(a3)} at 12 months, and ${dol(b1)}, ${dol(b2)} and ${dol(b3)} at 24 months; accident year 2024 stands at ${dol(z)} at 12 months. What is the volume-weighted 12-to-24-month age-to-age factor, ${DP3}?`,
      show: factor3,
      figures: { a1, a2, a3, b1, b2, b3, z },
      key,
      wrong: [
        [avg, 'takes the simple average of the years’ factors'],
        [frac(sb, sa + z), 'puts accident year 2024 in the 12-month total'],
        [frac(b3, a3), 'uses only the latest year’s factor'],
        [frac(sb + z, sa + z), 'counts 2024’s 12-month figure on both sides'],
      ],
    }
  }),
  worked('chain-ladder-ultimate-for-the-latest-year', (rng) => {
    const rp = rng.int(300, 1500) * 1000
    const f1 = rng.int(1200, 1700)
    const f2 = rng.int(1050, 1250)
    const f3t = rng.int(1010, 1080)
    const key = mul(rp, th(f1), th(f2), th(f3t))
    return {
      stem: `Accident year 2025 has ${dol(rp)} of reported losses at 12 months. The selected age-to-age factors are ${f3(f1)} from 12 to 24 months and ${f3(f2)} from 24 to 36 months, and the tail factor from 36 months to ultimate is ${f3(f3t)}. What is the chain-ladder ultimate loss, ${CENT}?`,
      show: money,
      figures: { rp, f1, f2, f3t },
      key,
      wrong: [
        [mul(rp, th(f1), th(f2)), 'leaves out the tail factor'],
        [mul(rp, th(f1)), 'applies only the first factor'],
        [mul(rp, th(f1 + f2 + f3t - 2000)), 'adds the factors’ development instead of multiplying'],
        [div(rp, mul(th(f1), th(f2), th(f3t))), 'divides by the factors'],
      ],
    }
  }),
  worked('ibnr-from-the-cumulative-development-factor', (rng) => {
    const rp = rng.int(300, 1500) * 1000
    const pdp = Math.round((rp * rng.int(40, 80)) / 100 / 1000) * 1000
    const f2 = rng.int(1080, 1300)
    const ft = rng.int(1010, 1080)
    const cdf = mul(th(f2), th(ft))
    const key = sub(mul(rp, cdf), rp)
    return {
      stem: `Accident year 2024 stands at 24 months with ${dol(rp)} of reported (paid plus case-reserved) losses, of which ${dol(pdp)} is paid. The reported age-to-age factor from 24 to 36 months is ${f3(f2)} and the tail from 36 months to ultimate ${f3(ft)}. What is the chain-ladder IBNR (ultimate less reported), ${CENT}?`,
      show: money,
      figures: { rp, pdp, f2, ft },
      key,
      wrong: [
        [mul(rp, cdf), 'gives the ultimate loss'],
        [sub(mul(rp, cdf), pdp), 'gives ultimate less paid, the whole unpaid reserve'],
        [mul(rp, th(f2 - 1000)), 'leaves out the tail factor'],
        [sub(mul(pdp, cdf), pdp), 'develops the paid losses with the reported factors'],
        [sub(rp, div(rp, cdf)), 'applies the unreported share to the reported losses'],
        [mul(rp - pdp, sub(cdf, 1)), 'develops only the case reserves'],
        [sub(mul(rp, cdf), rp - pdp), 'takes only the case reserves off the ultimate'],
      ],
    }
  }),
  worked('cumulative-development-factor-from-24-months', (rng) => {
    const f1 = rng.int(1300, 1800)
    const f2 = rng.int(1080, 1300)
    const f3x = rng.int(1020, 1100)
    const ft = rng.int(1005, 1050)
    const key = mul(th(f2), th(f3x), th(ft))
    return {
      stem: `A reserving analyst has selected age-to-age factors of ${f3(f1)} (12 to 24 months), ${f3(f2)} (24 to 36), ${f3(f3x)} (36 to 48) and a tail of ${f3(ft)} (48 months to ultimate). What is the cumulative development factor to ultimate for an accident year now at 24 months, ${DP3}?`,
      show: factor3,
      figures: { f1, f2, f3x, ft },
      key,
      wrong: [
        [mul(th(f1), th(f2), th(f3x), th(ft)), 'starts from the 12-to-24 factor'],
        [th(f2 + f3x + ft - 2000), 'adds the factors’ development'],
        [mul(th(f2), th(f3x)), 'leaves out the tail'],
        [mul(th(f3x), th(ft)), 'starts a step late, at the 36-to-48 factor'],
        [mul(th(f1), th(f2), th(f3x)), 'lines the factors up one age early, leaving out the tail'],
        [div(1, mul(th(f2), th(f3x), th(ft))), 'gives the share reported instead of the factor'],
        [
          mul(th(f1), th(f3x), th(ft)),
          'reads the 12-to-24 factor as the first step from 24 months',
        ],
      ],
    }
  }),
  worked('bornhuetter-ferguson-ibnr', (rng) => {
    const ep = rng.int(1000, 5000) * 1000
    const elr = rng.int(55, 80)
    const rp = Math.round((ep * elr * rng.int(40, 75)) / 10000 / 1000) * 1000
    const c = rng.int(1250, 2200)
    const ult = mul(ep, pc(elr))
    const unrep = sub(1, div(1, th(c)))
    const key = mul(ult, unrep)
    return {
      stem: `For accident year 2025 an analyst has earned premium of ${dol(ep)}, an expected loss ratio of ${elr}%, reported losses of ${dol(rp)} and a cumulative development factor to ultimate of ${f3(c)}. What is the Bornhuetter–Ferguson IBNR (expected losses times the share still unreported), ${CENT}?`,
      show: money,
      figures: { ep, elr, rp, c },
      key,
      wrong: [
        [sub(mul(rp, th(c)), rp), 'gives the chain-ladder IBNR'],
        [mul(ult, th(c - 1000)), 'takes the unreported share as the factor less one'],
        [sub(ult, rp), 'takes expected losses less reported'],
        [div(ult, th(c)), 'takes the reported share'],
      ],
    }
  }),
  worked('calendar-year-incurred-with-case-and-ibnr-changes', (rng) => {
    const p = rng.int(300, 1500) * 1000
    const c0 = rng.int(200, 800) * 1000
    const c1 = rng.int(200, 800) * 1000
    const i0 = rng.int(100, 500) * 1000
    const i1 = rng.int(100, 500) * 1000
    if (Math.abs(c1 - c0) < 20000 || Math.abs(i1 - i0) < 20000) rest()
    const key = p + (c1 - c0) + (i1 - i0)
    if (p - (c1 - c0) - (i1 - i0) <= 0) rest()
    return {
      stem: `A book paid ${dol(p)} of claims in the year. Case reserves moved from ${dol(c0)} to ${dol(c1)} and the IBNR reserve from ${dol(i0)} to ${dol(i1)}. What are the calendar year’s incurred losses, ${CENT}?`,
      show: money,
      figures: { p, c0, c1, i0, i1 },
      key: frac(key),
      wrong: [
        [frac(p + (c1 - c0)), 'leaves out the change in IBNR'],
        [frac(p + c1 + i1), 'adds the closing reserves without the opening'],
        [frac(p - (c1 - c0) - (i1 - i0)), 'signs the reserve changes the wrong way'],
        [frac(p + (i1 - i0)), 'leaves out the change in case reserves'],
      ],
    }
  }),
  worked('calendar-year-loss-ratio-with-prior-year-development', (rng) => {
    const e = rng.int(1000, 5000) * 1000
    const ay = Math.round((e * rng.int(500, 700)) / 1000 / 1000) * 1000
    const dv = rng.int(30, 300) * 1000
    const w = e + rng.int(50, 300) * 1000
    return {
      stem: `This year a book earned ${dol(e)} of premium (written ${dol(w)}). Losses incurred on this year’s accidents are ${dol(ay)}, and the reserves on earlier accident years were strengthened by ${dol(dv)}. What is the calendar-year loss ratio on earned premium, ${PCT2}?`,
      show: pct2,
      figures: { e, ay, dv, w },
      key: frac(ay + dv, e),
      wrong: [
        [frac(ay, e), 'gives the accident-year loss ratio'],
        [frac(ay - dv, e), 'takes the strengthening off'],
        [frac(ay + dv, w), 'puts the losses over written premium'],
        [frac(dv, e), 'counts only the prior-year development'],
      ],
    }
  }),
  worked('earned-premium-from-written-and-unearned-reserves', (rng) => {
    const w = rng.int(800, 4000) * 1000
    const u0 = rng.int(200, 1500) * 1000
    const u1 = rng.int(200, 1500) * 1000
    if (Math.abs(u1 - u0) < 30000 || w - u1 <= 0) rest()
    return {
      stem: `A book wrote ${dol(w)} of premium in the year. Its unearned premium reserve was ${dol(u0)} at the start of the year and ${dol(u1)} at the end. What premium did it earn in the year, ${CENT}?`,
      show: money,
      figures: { w, u0, u1 },
      key: frac(w + u0 - u1),
      wrong: [
        [frac(w), 'takes written premium as earned'],
        [frac(w - u0 + u1), 'signs the reserve change the wrong way'],
        [frac(w - u1), 'takes off the closing reserve without adding the opening'],
        [frac(w + u0), 'adds the opening reserve without taking off the closing'],
      ],
    }
  }),
  worked('ultimate-loss-ratio-for-an-accident-year', (rng) => {
    const ep = rng.int(1000, 5000) * 1000
    const w = ep + rng.int(50, 400) * 1000
    const rp = Math.round((ep * rng.int(350, 600)) / 1000 / 1000) * 1000
    const c = rng.int(1150, 1700)
    return {
      stem: `Accident year 2025 earned ${dol(ep)} of premium (written ${dol(w)}) and has ${dol(rp)} of reported losses, with a cumulative development factor to ultimate of ${f3(c)}. What is its projected ultimate loss ratio on earned premium, ${PCT2}?`,
      show: pct2,
      figures: { ep, w, rp, c },
      key: div(mul(rp, th(c)), ep),
      wrong: [
        [frac(rp, ep), 'gives the reported loss ratio'],
        [div(mul(rp, th(c)), w), 'puts the ultimate over written premium'],
        [div(mul(rp, th(c - 1000)), ep), 'gives the IBNR ratio'],
        [div(div(rp, th(c)), ep), 'divides by the factor'],
      ],
    }
  }),
  worked('ibnr-from-an-ultimate-after-paid-and-case-reserves', (rng) => {
    const u = rng.int(1000, 5000) * 1000
    const p = Math.round((u * rng.int(30, 55)) / 100 / 1000) * 1000
    const c = Math.round((u * rng.int(15, 35)) / 100 / 1000) * 1000
    const key = u - p - c
    if (key <= 20000) rest()
    return {
      stem: `A reserving review selects an ultimate loss of ${dol(u)} for accident year 2024. To date ${dol(p)} has been paid and claims handlers hold ${dol(c)} of case reserves. What IBNR reserve does the ultimate imply, ${CENT}?`,
      show: money,
      figures: { u, p, c },
      key: frac(key),
      wrong: [
        [frac(u - p), 'gives the whole unpaid reserve'],
        [frac(u - c), 'takes off only the case reserves'],
        [frac(c), 'gives the case reserves as the IBNR'],
        [frac(p + c), 'gives the reported losses'],
      ],
    }
  }),
]
