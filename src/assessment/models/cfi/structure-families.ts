import {
  add,
  back,
  CENT,
  DP2,
  div,
  type Fraction,
  frac,
  inK,
  kd,
  money,
  mul,
  n,
  PCT2,
  pct2,
  plain,
  rest,
  sub,
  THOUSAND,
  tenthPct,
  tenths,
  usd,
  worked,
} from './cfi-text.js'

// Capital structure and payout as a freelance analyst advises on them: Modigliani-Miller with
// corporate tax, the value of interest tax shields, EPS under debt or equity funding, buybacks and
// rights issues. Stems state the proposition or formula used and which price or share count the
// figure rests on, because the slips are a tax shield counted once instead of valued, D/V read for
// D/E, interest not tax-adjusted, shares not cut by a buyback and the ex-rights price weighted wrongly.

const rt = tenths

export const STRUCTURE_FAMILIES = [
  worked('mm-levered-firm-value-with-the-tax-shield', (rng) => {
    const vu = rng.int(500, 3000) * 10
    const d = rng.int(100, 1000) * 10
    const kdr = rng.int(40, 80)
    const t = rng.pick([200, 250, 300])
    return {
      stem: `An all-equity firm is worth ${kd(vu)}. It will borrow ${kd(d)} of permanent debt at ${tenthPct(kdr)} and use it to buy back shares. Under Modigliani-Miller with corporate tax at ${tenthPct(t)}, V(levered) = V(unlevered) + T × D. What will the levered firm be worth, ${THOUSAND}?`,
      show: inK,
      figures: { vu, d, kdr, t },
      key: add(vu, mul(rt(t), d)),
      wrong: [
        [frac(vu), 'leaves out the tax shield'],
        [frac(vu + d), 'adds the whole debt'],
        [add(vu, mul(rt(t), d, rt(kdr))), 'adds one year’s tax saving'],
        [sub(vu, mul(rt(t), d)), 'subtracts the tax shield'],
        [add(vu, mul(d, sub(1, rt(t)))), 'adds the debt after tax, D × (1 − T)'],
        [
          add(vu, div(mul(rt(t), d), rt(kdr))),
          'divides T × D by the cost of debt as if it were the annual saving',
        ],
      ],
    }
  }),
  worked('tax-shield-value-of-a-fixed-term-loan', (rng) => {
    const d = rng.int(100, 1000) * 10
    const i = rng.int(4, 9)
    const yrs = rng.int(3, 7)
    const t = rng.pick([200, 250, 300])
    const w = i + rng.int(2, 5)
    const saving = mul(d, frac(i, 100), rt(t))
    const pvAt = (p: number) => {
      let s = frac(0)
      for (let k = 1; k <= yrs; k++) s = add(s, mul(saving, back(frac(p, 100), k)))
      return s
    }
    return {
      stem: `A client takes a ${yrs}-year interest-only loan of ${kd(d)} at ${i}%, repaying it in full at the end. Tax at ${tenthPct(t)} is saved on the interest at each year end. Its WACC is ${w}%. Discounting the tax savings at the cost of debt, what are the interest tax shields worth today, ${THOUSAND}?`,
      show: inK,
      figures: { d, i, yrs, t, w },
      key: pvAt(i),
      wrong: [
        [mul(rt(t), d), 'values them as a perpetuity (T × D)'],
        [mul(saving, yrs), 'adds them undiscounted'],
        [pvAt(w), 'discounts them at the WACC'],
        [mul(saving, frac(1)), 'counts one year’s saving'],
      ],
    }
  }),
  worked('levered-cost-of-equity-under-mm-with-tax', (rng) => {
    const ku = rng.int(90, 140)
    const kdr = rng.int(40, 80)
    const de = rng.int(20, 100)
    const t = rng.pick([200, 250, 300])
    const g = frac(de, 100)
    const spread = sub(rt(ku), rt(kdr))
    return {
      stem: `A client’s ungeared cost of equity is ${tenthPct(ku)} and it can borrow at ${tenthPct(kdr)} before tax. It plans a debt-to-equity ratio (D/E) of ${de}% at market values. Under MM with tax, ke = ku + (ku − kd) × (1 − T) × D/E, with T = ${tenthPct(t)}. What is the geared cost of equity, ${PCT2}?`,
      show: pct2,
      figures: { ku, kdr, de, t },
      key: add(rt(ku), mul(spread, sub(1, rt(t)), g)),
      wrong: [
        [add(rt(ku), mul(spread, g)), 'leaves out the tax term'],
        [add(rt(ku), mul(spread, sub(1, rt(t)), frac(de, 100 + de))), 'uses D/V for D/E'],
        [add(rt(ku), mul(spread, rt(t), g)), 'multiplies by the tax rate, not one minus it'],
        [rt(ku), 'keeps the ungeared cost'],
      ],
    }
  }),
  worked('mm-wacc-falling-with-gearing', (rng) => {
    const ku = rng.int(90, 140)
    const dv = rng.int(15, 50)
    const t = rng.pick([200, 250, 300])
    return {
      stem: `Under Modigliani-Miller with corporate tax, a firm’s WACC = ku × (1 − T × D/V). Its ungeared cost of equity is ${tenthPct(ku)}, tax ${tenthPct(t)}, and it will be financed ${dv}% by debt at market value (D/V). What is its WACC, ${PCT2}?`,
      show: pct2,
      figures: { ku, dv, t },
      key: mul(rt(ku), sub(1, mul(rt(t), frac(dv, 100)))),
      wrong: [
        [rt(ku), 'keeps the ungeared cost (the no-tax result)'],
        [mul(rt(ku), sub(1, mul(rt(t), frac(dv, 100 - dv)))), 'uses D/E for D/V'],
        [mul(rt(ku), sub(1, rt(t))), 'takes the full tax off'],
        [mul(rt(ku), sub(1, frac(dv, 100))), 'takes off the debt share, not tax × debt share'],
      ],
    }
  }),
  worked('eps-ebit-indifference-point-debt-versus-equity', (rng) => {
    const n0 = rng.int(200, 800) * 10
    const nn = rng.int(50, 300) * 10
    const i0 = rng.int(20, 150) * 10
    const inew = rng.int(30, 200) * 10
    const t = rng.pick([200, 250, 300])
    return {
      stem: `A client with ${n(n0)} thousand shares and existing interest of ${kd(i0)} a year must raise funds either by issuing ${n(nn)} thousand new shares or by borrowing at an extra ${kd(inew)} of interest a year. Tax is ${tenthPct(t)}. At what EBIT is EPS the same under both plans, ${THOUSAND}?`,
      show: inK,
      figures: { n0, nn, i0, inew, t },
      key: add(i0, div(mul(inew, n0 + nn), nn)),
      wrong: [
        [div(mul(inew, n0 + nn), nn), 'ignores the existing interest'],
        [add(i0, div(mul(inew, n0), nn)), 'scales by old shares ÷ new, not total ÷ new'],
        [frac(i0 + inew), 'takes total interest under the debt plan'],
        [div(add(i0, div(mul(inew, n0 + nn), nn)), sub(1, rt(t))), 'grosses the answer up for tax'],
      ],
    }
  }),
  worked('eps-after-a-share-buyback-funded-by-cash', (rng) => {
    const sh = rng.int(100, 400) * 10
    const pr = rng.int(500, 3000)
    const e = Math.round((sh * pr) / 100 / rng.int(8, 15) / 10) * 10
    const b = Math.round((sh * pr * rng.int(10, 30)) / 10000 / 10) * 10
    const ri = rng.int(30, 60)
    const t = rng.pick([200, 250, 300])
    const bought = frac(b * 100, pr)
    const lost = mul(b, rt(ri))
    const eps = (earn: Fraction, shares: Fraction) => div(earn, shares)
    return {
      stem: `A client earns ${kd(e)} after tax on ${n(sh)} thousand shares. It will spend ${kd(b)} of cash, now earning ${tenthPct(ri)} before tax, buying back shares at ${money(pr)}. Tax is ${tenthPct(t)}. What will EPS be after the buyback (a full year), ${CENT}?`,
      show: usd(2),
      figures: { e, sh, pr, b, ri, t },
      key: eps(sub(e, mul(lost, sub(1, rt(t)))), sub(sh, bought)),
      wrong: [
        [eps(frac(e), sub(sh, bought)), 'ignores the interest given up'],
        [eps(sub(e, lost), sub(sh, bought)), 'takes off the interest before tax'],
        [eps(sub(e, mul(lost, sub(1, rt(t)))), frac(sh)), 'does not cut the share count'],
        [frac(e, sh), 'keeps the EPS before the buyback'],
      ],
    }
  }),
  worked('eps-after-a-debt-funded-buyback', (rng) => {
    const sh = rng.int(100, 400) * 10
    const pr = rng.int(500, 3000)
    const ebit = Math.round((sh * pr) / 100 / rng.int(5, 9) / 10) * 10
    const i0 = Math.round((ebit * rng.int(5, 20)) / 100 / 10) * 10
    const b = Math.round((sh * pr * rng.int(10, 30)) / 10000 / 10) * 10
    const i = rng.int(40, 90)
    const t = rng.pick([200, 250, 300])
    const left = sub(sh, frac(b * 100, pr))
    const newI = mul(b, rt(i))
    return {
      stem: `A client has EBIT of ${kd(ebit)}, interest of ${kd(i0)} and ${n(sh)} thousand shares. It borrows ${kd(b)} at ${tenthPct(i)} to buy back shares at ${money(pr)}. Tax is ${tenthPct(t)}. What will EPS be for a full year after the buyback, ${CENT}?`,
      show: usd(2),
      figures: { ebit, i0, sh, pr, b, i, t },
      key: div(mul(sub(ebit - i0, newI), sub(1, rt(t))), left),
      wrong: [
        [
          div(sub(mul(ebit - i0, sub(1, rt(t))), newI), left),
          'takes the new interest off after tax',
        ],
        [div(mul(ebit - i0, sub(1, rt(t))), left), 'ignores the new interest'],
        [div(mul(sub(ebit - i0, newI), sub(1, rt(t))), sh), 'does not cut the share count'],
        [div(mul(ebit - i0, sub(1, rt(t))), sh), 'keeps the EPS before the buyback'],
      ],
    }
  }),
  worked('theoretical-ex-rights-price-of-a-share', (rng) => {
    const k = rng.int(2, 6)
    const p = rng.int(300, 1500)
    const s = Math.round((p * rng.int(60, 85)) / 100)
    return {
      stem: `A client’s shares trade at ${money(p)} cum rights. It offers 1 new share for every ${k} held at ${money(s)}. Theoretical ex-rights price = (market value of the old shares + cash raised) ÷ total shares after the issue. What is it, ${CENT}?`,
      show: usd(2),
      figures: { k, p, s },
      key: frac(k * p + s, 100 * (k + 1)),
      wrong: [
        [frac(p + s, 200), 'averages the two prices'],
        [frac(p + k * s, 100 * (k + 1)), 'weights the issue price by the old shares'],
        [frac(k * p + s, 100 * k), 'divides by the old shares only'],
        [frac(p - s, 100 * (k + 1)), 'gives the value of a right instead'],
      ],
    }
  }),
  worked('rights-issue-new-shares-to-raise-a-net-sum', (rng) => {
    const need = rng.int(100, 900) * 10
    const cost = rng.int(2, 6)
    const s = rng.int(200, 1200)
    const p = Math.round((s * rng.int(120, 160)) / 100)
    const shares = (x: Fraction, price: Fraction | number) => {
      const q = div(mul(x, 100000), price)
      return frac((q.n + q.d - 1n) / q.d)
    }
    return {
      stem: `A client needs ${kd(need)} net of issue costs, which are ${cost}% of the gross amount raised. The rights price is ${money(s)}; the shares trade at ${money(p)} cum rights. How many new shares must it issue, rounded up to a whole share?`,
      show: plain(0, 'shares'),
      figures: { need, cost, s, p },
      key: shares(frac(need * 100, 100 - cost), s),
      wrong: [
        [shares(frac(need), s), 'ignores the issue costs'],
        [shares(frac(need * (100 + cost), 100), s), 'adds the costs as a share of the net sum'],
        [shares(frac(need * 100, 100 - cost), p), 'divides by the market price'],
        [shares(frac(need * (100 - cost), 100), s), 'takes the costs off the sum needed'],
        [
          shares(frac(need * 100, 100 - cost), frac(s * (100 - cost), 100)),
          'also takes the costs off the rights price',
        ],
      ],
    }
  }),
  worked('prior-year-eps-restated-for-a-rights-bonus-element', (rng) => {
    const k = rng.int(2, 6)
    const p = rng.int(300, 1500)
    const s = Math.round((p * rng.int(55, 85)) / 100)
    const eps = rng.int(30, 200)
    const terp = frac(k * p + s, k + 1)
    return {
      stem: `A 1-for-${k} rights issue at ${money(s)} was made when shares traded at ${money(p)} cum rights. Last year’s reported EPS was ${money(eps)}. Restate it for the bonus element by multiplying by theoretical ex-rights price ÷ cum-rights price. What is the restated EPS, ${CENT}?`,
      show: usd(2),
      figures: { k, p, s, eps },
      key: mul(frac(eps, 100), div(terp, p)),
      wrong: [
        [mul(frac(eps, 100), div(p, terp)), 'multiplies by the inverse factor'],
        [
          mul(frac(eps, 100), frac(k, k + 1)),
          'scales by the share count, as for a full-price issue',
        ],
        [mul(frac(eps, 100), frac(s, p)), 'uses rights price ÷ market price'],
        [mul(frac(eps, 100), div(frac(p + s, 2), p)), 'uses the average of the two prices'],
      ],
    }
  }),
  worked('residual-dividend-after-funding-capex-at-target-gearing', (rng) => {
    const ni = rng.int(300, 1500) * 10
    const capex = Math.round((ni * rng.int(30, 90)) / 100 / 10) * 10
    const dv = rng.int(20, 50)
    const eqNeed = frac(capex * (100 - dv), 100)
    if (sub(ni, capex).n <= 0n) rest()
    return {
      stem: `A client follows a residual dividend policy: it funds next year’s capital spending of ${kd(capex)} at its target ${dv}% debt, ${100 - dv}% equity (by value) and pays out the rest of this year’s earnings of ${kd(ni)}. What dividend can it pay, ${THOUSAND}?`,
      show: inK,
      figures: { ni, capex, dv },
      key: sub(ni, eqNeed),
      wrong: [
        [frac(ni - capex), 'funds all the spending from earnings'],
        [sub(ni, frac(capex * dv, 100)), 'keeps back the debt share, not the equity share'],
        [frac(ni * (100 - dv), 100), 'pays out the equity share of earnings'],
        [frac(ni), 'pays out all earnings'],
        [sub(ni, frac(capex * 100, 100 + dv)), 'reads the target as debt to equity'],
      ],
    }
  }),
  worked('dividend-under-lintner-partial-adjustment', (rng) => {
    const d0 = rng.int(20, 120)
    const eps = rng.int(d0 * 2, d0 * 5)
    const po = rng.int(40, 70)
    const s = rng.int(20, 70)
    const target = frac(eps * po, 10000)
    const prev = frac(d0, 100)
    if (sub(target, prev).n <= 0n) rest()
    return {
      stem: `A client smooths dividends: next dividend = last dividend + adjustment speed × (target payout × this year’s EPS − last dividend). Last dividend ${money(d0)}; EPS ${money(eps)}; target payout ${po}%; adjustment speed ${s}%. What is the next dividend, ${CENT}?`,
      show: usd(2),
      figures: { d0, eps, po, s },
      key: add(prev, mul(frac(s, 100), sub(target, prev))),
      wrong: [
        [target, 'pays the full target payout'],
        [add(prev, mul(frac(s, 100), target)), 'adjusts by the whole target, not the gap'],
        [mul(frac(s, 100), target), 'pays the adjustment share of the target'],
        [prev, 'keeps last year’s dividend, making no adjustment'],
        [mul(frac(s, 100), sub(target, prev)), 'gives the increase, not the new dividend'],
        [
          add(prev, mul(frac(s, 100), sub(frac(eps, 100), prev))),
          'leaves the payout ratio out of the target',
        ],
      ],
    }
  }),
  worked('financial-leverage-with-preference-dividends', (rng) => {
    const ebit = rng.int(500, 2000) * 10
    const i = rng.int(50, 300) * 10
    const pd = rng.int(20, 150) * 10
    const t = rng.pick([200, 250, 300])
    const gross = div(pd, sub(1, rt(t)))
    if (sub(sub(ebit - i, gross), frac(ebit, 10)).n <= 0n) rest()
    return {
      stem: `A client has EBIT of ${kd(ebit)}, interest of ${kd(i)} and preference dividends of ${kd(pd)} (paid from after-tax profit, tax ${tenthPct(t)}). Degree of financial leverage = EBIT ÷ (EBIT − interest − preference dividends ÷ (1 − T)). What is it, ${DP2}?`,
      show: plain(2),
      figures: { ebit, i, pd, t },
      key: div(ebit, sub(ebit - i, gross)),
      wrong: [
        [frac(ebit, ebit - i), 'ignores the preference dividends'],
        [frac(ebit, ebit - i - pd), 'does not gross the preference dividends up for tax'],
        [div(sub(ebit - i, gross), ebit), 'inverts the ratio'],
        [
          div(ebit, sub(ebit - i, mul(pd, sub(1, rt(t))))),
          'nets the preference dividends down for tax',
        ],
        [
          div(ebit, sub(ebit, div(i + pd, sub(1, rt(t))))),
          'grosses the interest up for tax as well',
        ],
      ],
    }
  }),
  worked('new-eps-after-an-ebit-rise', (rng) => {
    const ebit = rng.int(500, 2000) * 10
    const up = rng.int(10, 40)
    const i = rng.int(50, 300) * 10
    const sh = rng.int(300, 1500) * 10
    const t = rng.pick([200, 250, 300])
    const e1 = frac(ebit * (100 + up), 100)
    const eps = (x: Fraction, int: Fraction) => div(mul(sub(x, int), sub(1, rt(t))), sh)
    return {
      stem: `A client has EBIT of ${kd(ebit)}, fixed interest of ${kd(i)} a year, ${n(sh)} thousand shares and tax at ${tenthPct(t)}. If EBIT rises by ${up}%, what will EPS be, ${CENT}?`,
      show: usd(2),
      figures: { ebit, up, i, sh, t },
      key: eps(e1, frac(i)),
      wrong: [
        [mul(eps(frac(ebit), frac(i)), frac(100 + up, 100)), 'raises EPS by the EBIT percentage'],
        [eps(e1, frac(i * (100 + up), 100)), 'raises the interest too'],
        [eps(e1, frac(0)), 'ignores the interest'],
        [div(sub(e1, i), sh), 'ignores tax'],
        [div(sub(mul(e1, sub(1, rt(t))), i), sh), 'takes the interest off after tax'],
        [eps(frac(ebit), frac(i)), 'leaves EBIT at its old level'],
      ],
    }
  }),
  worked('debt-to-equity-after-rights-proceeds-repay-debt', (rng) => {
    const e = rng.int(500, 3000) * 10
    const d = rng.int(300, 2000) * 10
    const raise = rng.int(50, 400) * 10
    if (raise >= d) rest()
    return {
      stem: `A client’s equity is worth ${kd(e)} and its debt ${kd(d)} at market value. It raises ${kd(raise)} by a rights issue and repays debt with all of it; assume equity value rises by the cash raised. What will its debt-to-equity ratio (D/E) be, ${PCT2}?`,
      show: pct2,
      figures: { e, d, raise },
      key: frac(d - raise, e + raise),
      wrong: [
        [frac(d, e + raise), 'adds the equity but does not cut the debt'],
        [frac(d - raise, e), 'cuts the debt but does not add the equity'],
        [frac(d - raise, d + e), 'divides by total value before the issue (D/V)'],
        [frac(d, e), 'keeps the ratio before the issue'],
      ],
    }
  }),
  worked('share-price-after-a-bonus-issue', (rng) => {
    const k = rng.int(2, 5)
    const p = rng.int(300, 3000)
    return {
      stem: `A client’s shares trade at ${money(p)}. It makes a bonus (capitalisation) issue of 1 new share for every ${k} held, raising no cash. With the company’s value unchanged, what is the theoretical share price afterwards, ${CENT}?`,
      show: usd(2),
      figures: { k, p },
      key: frac(p * k, 100 * (k + 1)),
      wrong: [
        [frac(p, 100), 'leaves the price unchanged'],
        [frac(p * (k - 1), 100 * k), 'takes 1/k of the price off'],
        [frac(p, 100 * (k + 1)), 'gives the fall in price, not the new price'],
        [frac(p * (k + 1), 100 * k), 'inverts the share ratio'],
        [frac(p * (k + 2), 100 * (k + 1)), 'adds the fall in price instead of taking it off'],
      ],
    }
  }),
]
