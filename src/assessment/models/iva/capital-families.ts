import { VariantError } from '../assemble-variant.js'
import { bp, cap, client, family, irr, money, pct, rate, round } from './iva-text.js'

// Cost of capital: the rates an analyst sets before discounting. Rates are in basis points,
// weights come from the stated values, and every answer is a percentage to two decimal places.

const T = 10000
/** Two decimal places of a beta, from hundredths. */
const beta = (h: number): string => (h / 100).toFixed(2)
const hundreds = (rng: { int(a: number, b: number): number }, low: number, high: number) =>
  rng.int(low, high) * 10_000

export const CAPITAL_FAMILIES = [
  family('capm-cost-of-equity', (rng) => {
    const rf = rate(rng, 2, 5)
    const rm = rf + rate(rng, 4, 8)
    const b = rng.int(60, 180)
    return {
      stem: `For ${client(rng)}, the risk-free rate is ${bp(rf)}, the expected market return is ${bp(rm)} and the equity beta is ${beta(b)}. By CAPM, what is the cost of equity, to two decimal places of a percent?`,
      key: bp(round(rf + (b * (rm - rf)) / 100)),
      wrong: [
        [bp(round(rf + (b * rm) / 100)), 'multiplies the market return, not the premium, by beta'],
        [bp(round((b * rm) / 100)), 'scales the market return by beta with no risk-free base'],
        [bp(rm), 'uses the market return'],
        [bp(round(rf + ((rm - rf) * 100) / b)), 'divides the premium by beta'],
        [bp(round(rm + (b * (rm - rf)) / 100)), 'adds the beta premium to the market return'],
      ],
      figures: { rf, rm, b },
    }
  }),
  family('after-tax-cost-of-debt', (rng) => {
    const y = rate(rng, 4, 10)
    let c = rate(rng, 3, 9)
    if (c === y) c += 75
    const t = rng.pick([1900, 2000, 2500, 2800, 3000])
    return {
      stem: `A client’s bonds carry a ${bp(c)} coupon but now trade to yield ${bp(y)} to maturity. Interest is tax-deductible at ${bp(t)}. What after-tax cost of debt should go into its WACC, to two decimal places of a percent?`,
      key: bp(round((y * (T - t)) / T)),
      wrong: [
        [bp(y), 'uses the pre-tax yield'],
        [bp(round((c * (T - t)) / T)), 'uses the coupon rate after tax'],
        [bp(c), 'uses the coupon rate before tax'],
        [bp(round((y * t) / T)), 'gives the tax saved, not the cost'],
        [bp(round((y * T) / (T - t))), 'grosses the yield up for tax'],
      ],
      figures: { y, c, t },
    }
  }),
  family('wacc-at-market-values', (rng) => {
    const m = money(rng)
    const e = hundreds(rng, 200, 900)
    const d = hundreds(rng, 100, 600)
    const eb = Math.round((e * rng.int(30, 60)) / 100 / 10000) * 10000
    const db = Math.round((d * rng.int(95, 110)) / 100 / 10000) * 10000
    const re = rate(rng, 9, 16)
    const rd = rate(rng, 4, 8)
    const t = rng.pick([2000, 2500, 3000])
    const w = (ev: number, dv: number, kd: number) => (ev * re + dv * kd) / (ev + dv)
    const rdt = (rd * (T - t)) / T
    return {
      stem: `A client’s shares are worth ${m(e)} on the market (book equity ${m(eb)}) and its debt ${m(d)} at market (book ${m(db)}). The cost of equity is ${bp(re)}, the pre-tax cost of debt ${bp(rd)} and tax ${bp(t)}. What is its WACC at market-value weights, to two decimal places of a percent?`,
      key: bp(round(w(e, d, rdt))),
      wrong: [
        [bp(round(w(eb, db, rdt))), 'weights by book values'],
        [bp(round(w(e, d, rd))), 'uses the pre-tax cost of debt'],
        [bp(round((re + rdt) / 2)), 'averages the two costs without weights'],
        [bp(round((d * re + e * rdt) / (e + d))), 'swaps the weights'],
        [bp(round(re * (e / (e + d)) + (rdt * d) / e)), 'weights debt by D ÷ E'],
      ],
      figures: { e, d, eb, db, re, rd, t },
    }
  }),
  family('after-tax-cost-of-debt-from-bond-price', (rng) => {
    const c = rate(rng, 3, 8)
    const price = rng.int(880, 1080) * 100
    const t = rng.pick([2000, 2500, 3000])
    const n = 3
    const coupon = (100_000 * c) / T
    const flows = [-price, coupon, coupon, coupon + 100_000]
    if (price === 100_000) throw new VariantError('a bond at par yields its coupon')
    const y = irr(flows)
    const m = money(rng)
    return {
      stem: `A client’s bond has a face value of ${m(100_000)}, pays a ${bp(c)} coupon once a year and matures in ${n} years; it trades at ${m(price)}. Tax is ${bp(t)}. What is the after-tax cost of debt (yield to maturity × (1 − tax)), to two decimal places of a percent?`,
      key: bp(pct(y * (1 - t / T))),
      wrong: [
        [bp(pct(y)), 'uses the pre-tax yield'],
        [bp(round((c * (T - t)) / T)), 'uses the coupon rate after tax'],
        [bp(pct((coupon / price) * (1 - t / T))), 'uses the current yield after tax'],
        [bp(pct(y * (t / T))), 'gives the tax saved, not the cost'],
        [
          bp(pct(irr([-price, coupon, coupon + 100_000]) * (1 - t / T))),
          'counts one coupon too few',
        ],
      ],
      figures: { c, price, t },
    }
  }),
  family('dividend-growth-cost-of-equity', (rng) => {
    const d0 = rng.int(20, 300)
    const p = d0 * rng.int(15, 40) + rng.int(0, 99)
    const g = rng.int(2, 7) * 50 + 100
    const m = money(rng)
    const d1 = d0 * (1 + g / T)
    return {
      stem: `A client’s shares trade at ${m(p)}. The dividend just paid was ${m(d0)} and dividends are expected to grow ${bp(g)} a year for ever. By the dividend-growth model, what is the cost of equity, to two decimal places of a percent?`,
      key: bp(pct(d1 / p + g / T)),
      wrong: [
        [bp(pct(d0 / p + g / T)), 'uses the dividend just paid, not next year’s'],
        [bp(pct(d1 / p)), 'leaves out the growth'],
        [bp(pct(d0 / p)), 'gives the current dividend yield'],
        [bp(pct((d1 * (1 + g / T)) / p + g / T)), 'grows the dividend twice'],
      ],
      figures: { d0, p, g },
    }
  }),
  family('project-rate-from-pure-play-beta', (rng) => {
    const be = rng.int(110, 190)
    const de = rng.int(3, 9) * 10
    const target = rng.int(0, 4) * 10
    const t = rng.pick([2000, 2500, 3000])
    const rf = rate(rng, 2, 5)
    const mrp = rate(rng, 4, 7)
    const ba = be / 100 / (1 + (1 - t / T) * (de / 100))
    const relever = (a: number, dOverE: number, tax: number) => a * (1 + (1 - tax) * dOverE)
    const cost = (b: number) => bp(round(rf + b * mrp))
    return {
      stem: `${cap(client(rng))} plans a project outside its usual business. A listed pure-play firm in that business has an equity beta of ${beta(be)} and a debt-to-equity ratio of ${de}%; the client will fund the project at a debt-to-equity ratio of ${target}%. Tax is ${bp(t)}, debt is taken as riskless, the risk-free rate is ${bp(rf)} and the market risk premium ${bp(mrp)}. Unlevering and relevering the beta by Hamada’s formula, equity beta = asset beta × (1 + (1 − tax rate) × D ÷ E), what cost of equity should the project carry, to two decimal places of a percent?`,
      key: cost(relever(ba, target / 100, t / T)),
      wrong: [
        [cost(be / 100), 'uses the pure play’s equity beta as it stands'],
        [cost(ba), 'stops at the asset beta'],
        [
          cost(relever(be / 100 / (1 + de / 100), target / 100, 0)),
          'unlevers and relevers without tax',
        ],
        [
          cost(relever(be / 100, target / 100, t / T)),
          'relevers the equity beta without unlevering it',
        ],
        [
          cost((be / 100) * (1 + (1 - t / T) * (de / 100))),
          'levers the pure play’s beta again instead of unlevering it',
        ],
      ],
      figures: { be, de, target, t, rf, mrp },
    }
  }),
  family('preference-share-cost', (rng) => {
    const m = money(rng)
    const par = 10_000
    const k = rate(rng, 5, 9)
    const price = rng.int(80, 120) * 100 + rng.int(0, 99)
    const t = rng.pick([2000, 2500, 3000])
    const div = (par * k) / T
    return {
      stem: `A client’s irredeemable preference shares have a par value of ${m(par)}, pay a fixed ${bp(k)} of par each year and trade at ${m(price)}; preference dividends are not tax-deductible and tax is ${bp(t)}. What is the cost of preference capital, to two decimal places of a percent?`,
      key: bp(pct(div / price)),
      wrong: [
        [bp(k), 'uses the dividend rate on par'],
        [bp(pct((div / price) * (1 - t / T))), 'deducts tax as if it were interest'],
        [bp(pct(div / price / (1 - t / T))), 'grosses the yield up for tax'],
        [bp(pct((k * (1 - t / T)) / T)), 'uses the par rate after tax'],
        [bp(pct(div / par + (par - price) / price)), 'adds the discount to par as a gain'],
      ],
      figures: { k, price, t },
    }
  }),
  family('wacc-with-preference-shares', (rng) => {
    const m = money(rng)
    const e = hundreds(rng, 300, 900)
    const p = hundreds(rng, 50, 200)
    const d = hundreds(rng, 100, 500)
    const [re, rp, rd] = [rate(rng, 10, 16), rate(rng, 6, 9), rate(rng, 4, 7)]
    const t = rng.pick([2000, 2500, 3000])
    const rdt = (rd * (T - t)) / T
    const v = e + p + d
    const w = (kp: number, kd: number) => (e * re + p * kp + d * kd) / v
    return {
      stem: `At market values a client has ${m(e)} of equity costing ${bp(re)}, ${m(p)} of preference shares costing ${bp(rp)} (dividends not tax-deductible) and ${m(d)} of debt at a pre-tax ${bp(rd)}. Tax is ${bp(t)}. What is the WACC, to two decimal places of a percent?`,
      key: bp(round(w(rp, rdt))),
      wrong: [
        [bp(round(w((rp * (T - t)) / T, rdt))), 'deducts tax from the preference cost too'],
        [bp(round(w(rp, rd))), 'uses the pre-tax cost of debt'],
        [bp(round((e * re + d * rdt) / (e + d))), 'leaves the preference shares out'],
        [bp(round((re + rp + rdt) / 3)), 'averages the three costs without weights'],
        [bp(round((e * re + (p + d) * rdt) / v)), 'treats the preference shares as debt'],
      ],
      figures: { e, p, d, re, rp, rd, t },
    }
  }),
  family('debt-weight-from-market-quotes', (rng) => {
    const m = money(rng)
    const shares = rng.int(200, 900) * 1000
    const sp = rng.int(150, 900)
    const face = hundreds(rng, 50, 400) * 10
    const q = rng.int(88, 108)
    if (q === 100) throw new VariantError('a quote at par hides the face-value mistake')
    const e = shares * sp
    const d = (face * q) / 100
    // Book equity below market for a growing firm, above it for one trading under book.
    const bookE =
      Math.round((e * rng.pick([rng.int(30, 60), rng.int(130, 170)])) / 100 / 10000) * 10000
    return {
      stem: `A client has ${shares.toLocaleString('en-US')} shares trading at ${m(sp)} (book equity ${m(bookE)}) and bonds with a face value of ${m(face)} quoted at ${q} % of face. What weight should debt carry in its WACC at market values, to two decimal places of a percent?`,
      key: bp(pct(d / (e + d))),
      wrong: [
        [bp(pct(face / (e + face))), 'uses the face value of the bonds'],
        [bp(pct(d / (bookE + d))), 'uses book equity'],
        [bp(pct(d / e)), 'gives debt ÷ equity, not debt ÷ total'],
        [bp(pct(e / (e + d))), 'gives the equity weight'],
        [bp(pct(face / (bookE + face))), 'uses book values for both'],
      ],
      figures: { shares, sp, face, q, bookE },
    }
  }),
  family('new-equity-with-flotation-costs', (rng) => {
    const m = money(rng)
    const d1 = rng.int(20, 250)
    const p = d1 * rng.int(15, 35) + rng.int(0, 99)
    const g = rng.int(4, 12) * 50
    const f = rng.int(3, 8) * 100
    const net = p * (1 - f / T)
    return {
      stem: `A client will issue new shares at ${m(p)} each, paying issue costs of ${bp(f)} of the price. Next year’s dividend is expected to be ${m(d1)}, growing ${bp(g)} a year for ever. What is the cost of the new equity, to two decimal places of a percent?`,
      key: bp(pct(d1 / net + g / T)),
      wrong: [
        [bp(pct(d1 / p + g / T)), 'ignores the issue costs'],
        [bp(pct(d1 / p + g / T + f / T)), 'adds the issue cost rate to the cost of equity'],
        [bp(pct((d1 * (1 - f / T)) / p + g / T)), 'takes the issue costs off the dividend'],
        [bp(pct(d1 / net)), 'leaves out the growth'],
        [bp(pct((d1 * (1 + g / T)) / net + g / T)), 'grows next year’s dividend again'],
      ],
      figures: { d1, p, g, f },
    }
  }),
  family('pre-tax-cost-of-a-loan-with-a-fee', (rng) => {
    const m = money(rng)
    const l = hundreds(rng, 100, 1000)
    const i = rate(rng, 4, 9)
    const f = rng.int(1, 4) * 100
    const n = rng.int(3, 6)
    const int = (l * i) / T
    // The client's view: cash received at drawdown, then interest and the repayment paid out.
    const paid = Array.from({ length: n }, (_, k) => int + (k === n - 1 ? l : 0))
    const cost = (received: number) => irr([-received, ...paid])
    return {
      stem: `A bank offers a client a ${m(l)} term loan at ${bp(i)} a year, interest paid at each year end and the whole loan repaid at the end of year ${n}. An arrangement fee of ${bp(f)} of the loan is deducted at drawdown. What is the loan’s pre-tax cost, the rate that equates what the client receives with what it pays, to two decimal places of a percent?`,
      key: bp(pct(cost(l * (1 - f / T)))),
      wrong: [
        [bp(i), 'ignores the fee'],
        [bp(i + f), 'adds the whole fee to one year’s rate'],
        [bp(pct(i / T / (1 - f / T))), 'divides the rate by the share of the loan received'],
        [bp(pct(cost(l * (1 - (2 * f) / T)))), 'deducts the fee twice'],
        [bp(i + Math.round(f / (n + 1))), 'spreads the fee over one year too many'],
      ],
      figures: { l, i, f, n },
    }
  }),
  family('relevered-equity-beta', (rng) => {
    const ba = rng.int(50, 120)
    const de = rng.int(2, 12) * 10
    const t = rng.pick([2000, 2500, 3000])
    const h = (ba / 100) * (1 + (1 - t / T) * (de / 100))
    return {
      stem: `A project’s asset (unlevered) beta is ${beta(ba)}. The client will finance it at a debt-to-equity ratio of ${de}%, tax is ${bp(t)} and debt is taken as riskless. What is the relevered equity beta by Hamada’s formula, equity beta = asset beta × (1 + (1 − tax rate) × D ÷ E), to two decimal places?`,
      key: beta(round(h * 100)),
      wrong: [
        [beta(ba), 'leaves the beta unlevered'],
        [beta(round((ba / 100) * (1 + de / 100) * 100)), 'relevers without the tax shield'],
        [
          beta(round((ba / 100 / (1 + (1 - t / T) * (de / 100))) * 100)),
          'unlevers instead of relevering',
        ],
        [
          beta(round((ba / 100) * (1 + (t / T) * (de / 100)) * 100)),
          'weights the leverage by the tax rate, not one minus it',
        ],
        [
          beta(round((ba / 100) * (1 + (1 - t / T) * (de / (100 + de))) * 100)),
          'uses debt ÷ total capital for D ÷ E',
        ],
      ],
      figures: { ba, de, t },
    }
  }),
  family('wacc-from-a-target-debt-to-equity', (rng) => {
    const de = rng.int(2, 15) * 10
    const re = rate(rng, 9, 16)
    const rd = rate(rng, 4, 8)
    const t = rng.pick([2000, 2500, 3000])
    const rdt = (rd * (T - t)) / T
    const wd = de / (100 + de)
    return {
      stem: `A client targets a debt-to-equity ratio of ${de}% at market values. Its cost of equity is ${bp(re)}, its pre-tax cost of debt ${bp(rd)} and tax ${bp(t)}. What is its WACC, to two decimal places of a percent?`,
      key: bp(round(re * (1 - wd) + rdt * wd)),
      wrong: [
        [bp(round(re * (1 - de / 100) + (rdt * de) / 100)), 'uses D ÷ E as the debt weight'],
        [bp(round(re * (1 - wd) + rd * wd)), 'uses the pre-tax cost of debt'],
        [bp(round(re * wd + rdt * (1 - wd))), 'swaps the weights'],
        [
          bp(round(re + (rdt * de) / 100)),
          'adds the weighted debt cost to the full cost of equity',
        ],
        [bp(round((re + rdt) / 2)), 'averages the two costs without weights'],
      ],
      figures: { de, re, rd, t },
    }
  }),
  family('cost-of-equity-with-retention-growth', (rng) => {
    const m = money(rng)
    const eps = rng.int(100, 600)
    const b = rng.int(3, 7) * 10
    const roe = rate(rng, 8, 16)
    const p = eps * rng.int(8, 18) + rng.int(0, 99)
    const g = (b / 100) * (roe / T)
    const d1 = eps * (1 - b / 100)
    return {
      stem: `A client expects earnings of ${m(eps)} a share next year, will retain ${b}% of earnings and pay out the rest, and earns ${bp(roe)} on reinvested equity, for ever. The share price is ${m(p)}. By the dividend-growth model with growth = retention × return on equity, what is the cost of equity, to two decimal places of a percent?`,
      key: bp(pct(d1 / p + g)),
      wrong: [
        [bp(pct(eps / p + g)), 'uses earnings, not the dividend'],
        [bp(pct(d1 / p + roe / T)), 'takes the return on equity as the growth'],
        [bp(pct(d1 / p + (1 - b / 100) * (roe / T))), 'grows at the payout ratio × ROE'],
        [bp(pct(d1 / p)), 'leaves out the growth'],
        [bp(pct((d1 * (1 + g)) / p + g)), 'grows next year’s dividend again'],
      ],
      figures: { eps, b, roe, p },
    }
  }),
  family('bond-yield-plus-risk-premium', (rng) => {
    const y = rate(rng, 4, 9)
    const prem = rate(rng, 3, 6)
    const t = rng.pick([2000, 2500, 3000])
    return {
      stem: `A client’s shares are unlisted, so its cost of equity is set as the pre-tax yield on its own bonds, ${bp(y)}, plus a judgemental equity risk premium of ${bp(prem)}. Tax is ${bp(t)}. What cost of equity results, to two decimal places of a percent?`,
      key: bp(y + prem),
      wrong: [
        [bp(round((y * (T - t)) / T) + prem), 'starts from the after-tax bond yield'],
        [bp(prem), 'uses the premium alone'],
        [bp(y), 'uses the bond yield alone'],
        [bp(round(((y + prem) * (T - t)) / T)), 'takes tax off the cost of equity'],
        [
          bp(round((y * T) / (T - t)) + prem),
          'grosses the yield up for tax before adding the premium',
        ],
      ],
      figures: { y, prem, t },
    }
  }),
]
