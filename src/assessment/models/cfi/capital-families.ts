import {
  add,
  beta,
  betaText,
  DP2,
  div,
  frac,
  kd,
  mul,
  n,
  PCT2,
  pct2,
  plain,
  rest,
  sub,
  tenthPct,
  tenths,
  worked,
} from './cfi-text.js'

// The cost of capital a freelance analyst builds for a client's hurdle rate. Each stem names the
// model (CAPM, dividend growth, the beta formula) and whether figures are market or book values,
// because the slips are a premium read as a market return, a book weight for a market one, the
// pre-tax cost of debt in a weighted average and a beta unlevered without its tax term.

const rt = tenths
const b2 = plain(2)

export const CAPITAL_FAMILIES = [
  worked('capm-return-from-a-stated-market-risk-premium', (rng) => {
    const f = rng.int(20, 50)
    const b = rng.int(60, 190)
    const m = rng.int(f + 15, 85)
    return {
      stem: `A client's share has an equity beta of ${betaText(b)}. The risk-free rate is ${tenthPct(f)} and the market risk premium (the market's return over the risk-free rate) is ${tenthPct(m)}. By CAPM, what is the cost of equity, ${PCT2}?`,
      show: pct2,
      figures: { f, b, m },
      key: add(rt(f), mul(beta(b), rt(m))),
      wrong: [
        [
          add(rt(f), mul(beta(b), sub(rt(m), rt(f)))),
          'takes the risk-free rate off the premium again',
        ],
        [mul(beta(b), rt(m)), 'leaves out the risk-free rate'],
        [add(rt(f), rt(m)), 'ignores the beta'],
        [mul(beta(b), add(rt(f), rt(m))), 'multiplies the risk-free rate by the beta too'],
      ],
    }
  }),
  worked('capm-return-from-an-expected-market-return', (rng) => {
    const f = rng.int(20, 50)
    const b = rng.int(60, 190)
    const m = rng.int(f + 40, 130)
    return {
      stem: `A client's share has an equity beta of ${betaText(b)}. The risk-free rate is ${tenthPct(f)} and the expected return on the market as a whole is ${tenthPct(m)}. By CAPM, ke = rf + beta × (E(Rm) − rf). What is the cost of equity, ${PCT2}?`,
      show: pct2,
      figures: { f, b, m },
      key: add(rt(f), mul(beta(b), sub(rt(m), rt(f)))),
      wrong: [
        [add(rt(f), mul(beta(b), rt(m))), 'reads the market return as the premium'],
        [mul(beta(b), sub(rt(m), rt(f))), 'leaves out the risk-free rate'],
        [rt(m), 'takes the market return, ignoring the beta'],
        [add(mul(beta(b), rt(f)), sub(rt(m), rt(f))), 'puts the beta on the risk-free rate'],
        [
          mul(beta(b), rt(m)),
          'applies the beta to the whole market return, with no risk-free rate',
        ],
      ],
    }
  }),
  worked('cost-of-debt-from-yield-to-maturity-not-coupon', (rng) => {
    const c = rng.int(30, 80)
    const y = rng.int(c + 5, c + 40)
    const t = rng.pick([190, 210, 250, 280, 300])
    return {
      stem: `A client's listed bonds pay a ${tenthPct(c)} coupon on par and trade at a yield to maturity of ${tenthPct(y)}. Interest is tax-deductible at ${tenthPct(t)}. Using the yield as the pre-tax cost of debt, what is the after-tax cost of debt, ${PCT2}?`,
      show: pct2,
      figures: { c, y, t },
      key: mul(rt(y), sub(1, rt(t))),
      wrong: [
        [mul(rt(c), sub(1, rt(t))), 'uses the coupon rate, not the yield'],
        [rt(y), 'leaves the cost of debt before tax'],
        [rt(c), 'uses the coupon before tax'],
        [mul(rt(y), rt(t)), 'multiplies by the tax rate, not by one minus it'],
      ],
    }
  }),
  worked('cost-of-irredeemable-debt-from-its-price', (rng) => {
    const c = rng.int(40, 90)
    const p = rng.int(80, 118)
    const t = rng.pick([190, 210, 250, 280, 300])
    if (p === 100) rest()
    return {
      stem: `Irredeemable bonds pay ${tenthPct(c)} interest a year on $100 nominal and trade at $${p} per $100 ex interest. Tax relief on interest is at ${tenthPct(t)}. The after-tax cost is annual interest × (1 − tax) ÷ market price. What is it, ${PCT2}?`,
      show: pct2,
      figures: { c, p, t },
      key: div(mul(rt(c), 100, sub(1, rt(t))), p),
      wrong: [
        [mul(rt(c), sub(1, rt(t))), 'divides by the nominal $100, not the price'],
        [div(mul(rt(c), 100), p), 'leaves out the tax relief'],
        [rt(c), 'takes the coupon rate as the cost'],
        [div(mul(rt(c), 100, rt(t)), p), 'multiplies by the tax rate, not by one minus it'],
      ],
    }
  }),
  worked('wacc-with-bonds-quoted-below-par', (rng) => {
    const sh = rng.int(20, 90) * 100
    const pr = rng.int(150, 900)
    const nom = rng.int(20, 120) * 100
    const q = rng.int(82, 98)
    const bk = rng.int(30, 80) * 100
    const e = rng.int(90, 160)
    const d = rng.int(40, 80)
    const t = rng.pick([210, 250, 280, 300])
    const E = frac(sh * pr, 100)
    const D = frac(nom * q, 100)
    const w = (
      eq: ReturnType<typeof frac>,
      de: ReturnType<typeof frac>,
      kd0: ReturnType<typeof frac>,
    ) => div(add(mul(eq, rt(e)), mul(de, kd0)), add(eq, de))
    const kdt = mul(rt(d), sub(1, rt(t)))
    return {
      stem: `A client has ${n(sh)} thousand shares trading at $${(pr / 100).toFixed(2)} (book equity ${kd(bk)}) and bonds of ${kd(nom)} nominal quoted at $${q} per $100. Cost of equity ${tenthPct(e)}; pre-tax cost of debt ${tenthPct(d)}; tax ${tenthPct(t)}. What is the WACC at market-value weights, ${PCT2}?`,
      show: pct2,
      figures: { sh, pr, nom, q, bk, e, d, t },
      key: w(E, D, kdt),
      wrong: [
        [w(E, frac(nom), kdt), 'weights debt at its nominal value'],
        [w(frac(bk), frac(nom), kdt), 'uses book values for both weights'],
        [w(E, D, rt(d)), 'uses the pre-tax cost of debt'],
        [div(add(mul(D, rt(e)), mul(E, kdt)), add(E, D)), 'swaps the weights of equity and debt'],
      ],
    }
  }),
  worked('wacc-with-preference-shares-in-the-mix', (rng) => {
    const E = rng.int(40, 150) * 100
    const P = rng.int(5, 30) * 100
    const D = rng.int(20, 80) * 100
    const e = rng.int(100, 160)
    const p = rng.int(60, 95)
    const d = rng.int(40, 75)
    const t = rng.pick([210, 250, 280, 300])
    const V = E + P + D
    const kdt = mul(rt(d), sub(1, rt(t)))
    return {
      stem: `Market values: equity ${kd(E)}, preference shares ${kd(P)}, debt ${kd(D)}. Costs: equity ${tenthPct(e)}, preference shares ${tenthPct(p)} (dividends are not tax-deductible), debt ${tenthPct(d)} before tax at a ${tenthPct(t)} tax rate. What is the WACC, ${PCT2}?`,
      show: pct2,
      figures: { E, P, D, e, p, d, t },
      key: div(add(mul(E, rt(e)), mul(P, rt(p)), mul(D, kdt)), V),
      wrong: [
        [
          div(add(mul(E, rt(e)), mul(P, rt(p), sub(1, rt(t))), mul(D, kdt)), V),
          'gives preference dividends tax relief',
        ],
        [div(add(mul(E, rt(e)), mul(D, kdt)), E + D), 'leaves the preference shares out'],
        [div(add(mul(E, rt(e)), mul(P, rt(p)), mul(D, rt(d))), V), 'uses the pre-tax cost of debt'],
        [div(add(rt(e), rt(p), kdt), 3), 'averages the three costs without weights'],
      ],
    }
  }),
  worked('asset-beta-from-equity-beta-with-the-tax-term', (rng) => {
    const b = rng.int(90, 200)
    const E = rng.int(40, 150) * 100
    const D = rng.int(15, 90) * 100
    const t = rng.pick([200, 250, 280, 300])
    const g = div(D, E)
    return {
      stem: `A listed company has an equity beta of ${betaText(b)}, equity worth ${kd(E)} and debt worth ${kd(D)} at market value; its tax rate is ${tenthPct(t)}. Treat debt as risk-free and use βa = βe ÷ (1 + (1 − T) × D/E). What is the asset beta, ${DP2}?`,
      show: b2,
      figures: { b, E, D, t },
      key: div(beta(b), add(1, mul(sub(1, rt(t)), g))),
      wrong: [
        [div(beta(b), add(1, g)), 'leaves out the tax term'],
        [mul(beta(b), add(1, mul(sub(1, rt(t)), g))), 'relevers instead of unlevering'],
        [div(beta(b), add(1, mul(rt(t), g))), 'uses the tax rate, not one minus it'],
        [
          div(beta(b), add(1, mul(sub(1, rt(t)), div(D, E + D)))),
          'uses debt over total value as D/E',
        ],
      ],
    }
  }),
  worked('equity-beta-for-a-project-from-a-proxy-company', (rng) => {
    const b = rng.int(90, 200)
    const pe = rng.int(50, 90)
    const oe = rng.int(55, 95)
    const t = rng.pick([200, 250, 280, 300])
    if (pe === oe) rest()
    const ge = (e: number) => mul(sub(1, rt(t)), frac(100 - e, e))
    const gn = (e: number) => frac(100 - e, e)
    const asset = div(beta(b), add(1, ge(pe)))
    return {
      stem: `A client enters a new sector. A proxy company in it has an equity beta of ${betaText(b)} and is financed ${pe}% equity, ${100 - pe}% debt at market value; the client will be ${oe}% equity, ${100 - oe}% debt. Tax is ${tenthPct(t)}, debt is risk-free, and beta unlevers and relevers by βe = βa × (1 + (1 − T) × D/E). What equity beta should the client use, ${DP2}?`,
      show: b2,
      figures: { b, pe, oe, t },
      key: mul(asset, add(1, ge(oe))),
      wrong: [
        [beta(b), 'uses the proxy equity beta as it stands'],
        [asset, 'unlevers but never relevers'],
        [mul(div(beta(b), add(1, gn(pe))), add(1, gn(oe))), 'drops the tax term in both steps'],
        [
          mul(div(beta(b), add(1, ge(oe))), add(1, ge(pe))),
          'unlevers at the client gearing and relevers at the proxy',
        ],
        [mul(beta(b), add(1, ge(oe))), 'relevers the proxy equity beta without unlevering it'],
      ],
    }
  }),
  worked('dividend-growth-cost-of-equity-from-a-cum-dividend-price', (rng) => {
    const d0 = rng.int(15, 80)
    const g = rng.int(20, 70)
    const pc = rng.int(d0 * 12, d0 * 25)
    return {
      stem: `A share trades at $${(pc / 100).toFixed(2)} cum dividend, with this year's dividend of $${(d0 / 100).toFixed(2)} about to be paid. Dividends are expected to grow at ${tenthPct(g)} a year. With ke = D0 × (1 + g) ÷ P0 + g on the ex-dividend price P0, what is the cost of equity, ${PCT2}?`,
      show: pct2,
      figures: { d0, g, pc },
      key: add(div(mul(d0, add(1, rt(g))), pc - d0), rt(g)),
      wrong: [
        [add(div(mul(d0, add(1, rt(g))), pc), rt(g)), 'uses the cum-dividend price'],
        [add(frac(d0, pc - d0), rt(g)), 'uses this year’s dividend, not next year’s'],
        [div(mul(d0, add(1, rt(g))), pc - d0), 'leaves out the growth rate term'],
        [
          add(div(mul(d0, add(1, rt(g))), sub(pc, mul(d0, add(1, rt(g))))), rt(g)),
          'takes next year’s dividend off the price',
        ],
        [
          add(div(mul(d0, add(1, rt(g)), add(1, rt(g))), pc - d0), rt(g)),
          'grows the dividend two years',
        ],
        [
          sub(mul(add(1, div(mul(d0, add(1, rt(g))), pc - d0)), add(1, rt(g))), 1),
          'compounds the yield and the growth instead of adding them',
        ],
      ],
    }
  }),
  worked('cost-of-equity-with-growth-from-retention', (rng) => {
    const eps = rng.int(80, 300)
    const po = rng.int(30, 70)
    const roe = rng.int(80, 180)
    const pr = rng.int(eps * 8, eps * 16)
    const dps = frac(eps * po, 100)
    const g = mul(frac(100 - po, 100), rt(roe))
    const k = (gr: ReturnType<typeof frac>) => add(div(mul(dps, add(1, gr)), pr), gr)
    return {
      stem: `A company earns $${(eps / 100).toFixed(2)} a share, pays out ${po}% as dividends (just paid) and earns a return of ${tenthPct(roe)} on reinvested equity, so growth g = retention ratio × return. The share trades at $${(pr / 100).toFixed(2)} ex dividend. With ke = D0 × (1 + g) ÷ P0 + g, what is the cost of equity, ${PCT2}?`,
      show: pct2,
      figures: { eps, po, roe, pr },
      key: k(g),
      wrong: [
        [k(mul(frac(po, 100), rt(roe))), 'grows by the payout ratio, not the retention ratio'],
        [k(rt(roe)), 'takes the return on equity as the growth'],
        [add(div(dps, pr), g), 'leaves the dividend ungrown'],
        [k(frac(100 - po, 100)), 'takes the retention ratio itself as the growth'],
      ],
    }
  }),
  worked('cost-of-redeemable-debt-by-linear-interpolation', (rng) => {
    const c = rng.int(40, 90)
    const p = rng.int(88, 104)
    const yrs = rng.int(3, 6)
    const t = rng.pick([200, 250, 300])
    const a = 5
    const b = 10
    const pv = (rate: number, i: ReturnType<typeof frac>) => {
      let s = frac(0)
      for (let k = 1; k <= yrs; k++)
        s = add(s, div(i, frac(BigInt(100 + rate) ** BigInt(k), 100n ** BigInt(k))))
      return add(s, div(100, frac(BigInt(100 + rate) ** BigInt(yrs), 100n ** BigInt(yrs))))
    }
    const irr = (i: ReturnType<typeof frac>) => {
      const na = sub(pv(a, i), p)
      const nb = sub(pv(b, i), p)
      return add(frac(a, 100), mul(div(na, sub(na, nb)), frac(b - a, 100)))
    }
    const after = mul(rt(c), 100, sub(1, rt(t)))
    return {
      stem: `Bonds trade at $${p} per $100 ex interest, pay ${tenthPct(c)} a year on $100 nominal at each year end and are redeemed at par in ${yrs} years. Tax relief on interest is ${tenthPct(t)}, received with the interest. Find the after-tax cost of debt by discounting the after-tax flows less the price at 5% and at 10% and interpolating linearly: IRR = a + NPVa ÷ (NPVa − NPVb) × (b − a). What is it, ${PCT2}?`,
      show: pct2,
      figures: { c, p, yrs, t },
      key: irr(after),
      wrong: [
        [irr(mul(rt(c), 100)), 'interpolates on the pre-tax interest'],
        [div(after, p), 'divides after-tax interest by the price, as if irredeemable'],
        [mul(irr(mul(rt(c), 100)), sub(1, rt(t))), 'takes tax off the pre-tax yield'],
        [mul(rt(c), sub(1, rt(t))), 'uses the after-tax coupon rate'],
      ],
    }
  }),
  worked('cost-of-new-equity-net-of-issue-costs', (rng) => {
    const d0 = rng.int(20, 90)
    const g = rng.int(20, 70)
    const pr = rng.int(d0 * 12, d0 * 25)
    const fc = rng.int(3, 9)
    const net = mul(pr, frac(100 - fc, 100))
    return {
      stem: `A client will raise new equity at $${(pr / 100).toFixed(2)} a share, paying issue costs of ${fc}% of the price. The dividend just paid is $${(d0 / 100).toFixed(2)} and grows at ${tenthPct(g)} a year. With ke = D1 ÷ (net proceeds per share) + g, what is the cost of the new equity, ${PCT2}?`,
      show: pct2,
      figures: { d0, g, pr, fc },
      key: add(div(mul(d0, add(1, rt(g))), net), rt(g)),
      wrong: [
        [add(div(mul(d0, add(1, rt(g))), pr), rt(g)), 'ignores the issue costs'],
        [add(div(d0, net), rt(g)), 'uses the dividend just paid for D1'],
        [div(mul(d0, add(1, rt(g))), net), 'leaves out the growth rate term'],
        [
          add(div(mul(d0, add(1, rt(g))), mul(pr, frac(100 + fc, 100))), rt(g)),
          'adds the issue costs to the price',
        ],
        [
          div(add(div(mul(d0, add(1, rt(g))), pr), rt(g)), frac(100 - fc, 100)),
          'grosses the whole cost of equity up for issue costs',
        ],
      ],
    }
  }),
  worked('group-asset-beta-weighted-by-division-values', (rng) => {
    const v1 = rng.int(20, 90) * 100
    const v2 = rng.int(20, 90) * 100
    const r1 = rng.int(10, 90) * 100
    const r2 = rng.int(10, 90) * 100
    const b1 = rng.int(50, 110)
    const b2n = rng.int(120, 190)
    if (v1 * r2 === v2 * r1) rest()
    return {
      stem: `A group has two divisions. Division A is worth ${kd(v1)} with revenue ${kd(r1)} and an asset beta of ${betaText(b1)}; Division B is worth ${kd(v2)} with revenue ${kd(r2)} and an asset beta of ${betaText(b2n)}. The group's asset beta is the average of the divisions' asset betas weighted by their values. What is it, ${DP2}?`,
      show: b2,
      figures: { v1, v2, r1, r2, b1, b2: b2n },
      key: div(add(mul(v1, beta(b1)), mul(v2, beta(b2n))), v1 + v2),
      wrong: [
        [div(add(mul(r1, beta(b1)), mul(r2, beta(b2n))), r1 + r2), 'weights the betas by revenue'],
        [div(add(beta(b1), beta(b2n)), 2), 'takes a plain average of the betas'],
        [div(add(mul(v2, beta(b1)), mul(v1, beta(b2n))), v1 + v2), 'swaps the two weights'],
        [add(beta(b1), beta(b2n)), 'adds the betas'],
      ],
    }
  }),
  worked('wacc-from-a-debt-to-equity-ratio', (rng) => {
    const de = rng.int(20, 90)
    const e = rng.int(90, 160)
    const d = rng.int(40, 80)
    const t = rng.pick([200, 250, 280, 300])
    const kdt = mul(rt(d), sub(1, rt(t)))
    const wd = frac(de, 100 + de)
    const mix = (w: ReturnType<typeof frac>, k: ReturnType<typeof frac>) =>
      add(mul(sub(1, w), rt(e)), mul(w, k))
    return {
      stem: `A client targets a debt-to-equity ratio (D/E) of ${de}% at market values. Cost of equity ${tenthPct(e)}, pre-tax cost of debt ${tenthPct(d)}, tax ${tenthPct(t)}. What is the WACC, ${PCT2}?`,
      show: pct2,
      figures: { de, e, d, t },
      key: mix(wd, kdt),
      wrong: [
        [mix(frac(de, 100), kdt), 'reads D/E as the debt share of total value'],
        [mix(wd, rt(d)), 'uses the pre-tax cost of debt'],
        [mix(frac(100, 100 + de), kdt), 'puts the equity share on debt'],
        [mix(frac(de, 100), rt(d)), 'reads D/E as the debt share and leaves debt before tax'],
      ],
    }
  }),
  worked('cost-of-preference-shares-from-market-price', (rng) => {
    const d = rng.int(50, 95)
    const nom = rng.pick([50, 100])
    const pr = rng.int(Math.round(nom * 0.7), Math.round(nom * 1.2))
    const t = rng.pick([200, 250, 300])
    if (pr === nom) rest()
    return {
      stem: `Irredeemable preference shares of $${nom} nominal carry a fixed dividend of ${tenthPct(d)} of nominal value and trade at $${pr} ex dividend. Preference dividends get no tax relief (tax rate ${tenthPct(t)}). Cost = annual dividend ÷ market price. What is the cost of preference capital, ${PCT2}?`,
      show: pct2,
      figures: { d, nom, pr, t },
      key: div(mul(rt(d), nom), pr),
      wrong: [
        [rt(d), 'takes the dividend rate on nominal value'],
        [div(mul(rt(d), nom, sub(1, rt(t))), pr), 'gives the dividend tax relief'],
        [div(mul(rt(d), pr), nom), 'inverts the price-to-nominal ratio'],
        [mul(rt(d), sub(1, rt(t))), 'uses the nominal rate after tax'],
        [
          div(mul(rt(d), nom), sub(pr, mul(rt(d), nom))),
          'takes the dividend off the ex-dividend price',
        ],
        [div(mul(rt(d), nom), mul(pr, sub(1, rt(t)))), 'grosses the dividend up for tax'],
      ],
    }
  }),
  worked('asset-beta-with-a-debt-beta', (rng) => {
    const be = rng.int(100, 200)
    const bd = rng.int(10, 40)
    const E = rng.int(40, 150) * 100
    const D = rng.int(15, 90) * 100
    const t = rng.pick([200, 250, 300])
    const dt = mul(D, sub(1, rt(t)))
    const v = add(E, dt)
    return {
      stem: `A company's equity beta is ${betaText(be)} and its debt beta ${betaText(bd)}. Equity is worth ${kd(E)} and debt ${kd(D)} at market value; tax is ${tenthPct(t)}. Use βa = βe × E ÷ (E + D(1 − T)) + βd × D(1 − T) ÷ (E + D(1 − T)). What is the asset beta, ${DP2}?`,
      show: b2,
      figures: { be, bd, E, D, t },
      key: add(div(mul(beta(be), E), v), div(mul(beta(bd), dt), v)),
      wrong: [
        [div(mul(beta(be), E), v), 'leaves out the debt beta term'],
        [
          add(div(mul(beta(be), E), E + D), div(mul(beta(bd), D), E + D)),
          'leaves out the tax terms',
        ],
        [
          add(div(mul(beta(be), E), v), div(mul(beta(bd), D), v)),
          'puts the full debt, not D(1 − T), in the debt term',
        ],
        [add(beta(be), div(mul(beta(bd), dt), v)), 'adds the debt term to the full equity beta'],
        [
          div(mul(beta(be), E), E + D),
          'weights the equity beta by its share of total value and drops the debt beta',
        ],
        [add(div(mul(beta(be), E), v), beta(bd)), 'adds the whole debt beta'],
      ],
    }
  }),
]
