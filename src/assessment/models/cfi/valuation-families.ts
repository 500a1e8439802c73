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
  plain,
  sub,
  THOUSAND,
  tenthPct,
  tenths,
  usd,
  worked,
} from './cfi-text.js'

// Valuing a company or a share for a client: dividend models, free cash flow, the bridge from
// enterprise to equity value, multiples and the figures around a deal. Stems state which dividend
// or cash flow the model takes (just paid or next year’s), the discount rate and what the bridge
// deducts, because the slips are an ungrown dividend, a rate for the wrong providers of capital,
// net debt added instead of subtracted and a multiple applied to the wrong earnings line.

const rt = tenths

export const VALUATION_FAMILIES = [
  worked('share-value-by-gordon-growth-from-the-dividend-just-paid', (rng) => {
    const d0 = rng.int(20, 150)
    const g = rng.int(10, 60)
    const k = rng.int(g + 30, 140)
    return {
      stem: `A share has just paid a dividend of ${money(d0)}. Dividends will grow at ${tenthPct(g)} a year for ever and shareholders require ${tenthPct(k)}. By the dividend growth model, P0 = D0 × (1 + g) ÷ (ke − g). What is the share worth, ${CENT}?`,
      show: usd(2),
      figures: { d0, g, k },
      key: div(mul(frac(d0, 100), add(1, rt(g))), sub(rt(k), rt(g))),
      wrong: [
        [div(frac(d0, 100), sub(rt(k), rt(g))), 'uses the dividend just paid, ungrown'],
        [div(mul(frac(d0, 100), add(1, rt(g))), rt(k)), 'leaves growth out of the denominator'],
        [
          div(mul(frac(d0, 100), add(1, rt(g))), add(rt(k), rt(g))),
          'adds the growth rate to the required return',
        ],
        [
          div(mul(frac(d0, 100), add(1, rt(g)), add(1, rt(g))), sub(rt(k), rt(g))),
          'grows the dividend two years',
        ],
      ],
    }
  }),
  worked('two-stage-dividend-value-with-a-growth-change', (rng) => {
    const d0 = rng.int(20, 120)
    const g1 = rng.int(80, 200)
    const g2 = rng.int(10, 40)
    const k = rng.int(90, 140)
    const d1 = mul(frac(d0, 100), add(1, rt(g1)))
    const d2 = mul(d1, add(1, rt(g1)))
    const tv = div(mul(d2, add(1, rt(g2))), sub(rt(k), rt(g2)))
    const pv = (x: Fraction, y: number) => mul(x, back(rt(k), y))
    const early = add(pv(d1, 1), pv(d2, 2))
    return {
      stem: `A share has just paid ${money(d0)}. Dividends will grow at ${tenthPct(g1)} a year for the next two years and at ${tenthPct(g2)} a year for ever after; the required return is ${tenthPct(k)}. Value the year-3 dividend onward at the end of year 2 as D3 ÷ (ke − g), and discount everything to today. What is the share worth, ${CENT}?`,
      show: usd(2),
      figures: { d0, g1, g2, k },
      key: add(early, pv(tv, 2)),
      wrong: [
        [add(early, pv(tv, 3)), 'discounts the terminal value three years'],
        [add(early, pv(div(d2, sub(rt(k), rt(g2))), 2)), 'builds the terminal value on D2, not D3'],
        [pv(tv, 2), 'leaves out the first two dividends'],
        [add(early, pv(tv, 1)), 'discounts the terminal value one year only'],
        [add(early, tv), 'adds the terminal value undiscounted'],
        [
          add(early, pv(div(mul(d2, add(1, rt(g1))), sub(rt(k), rt(g2))), 2)),
          'grows D3 at the first-stage rate',
        ],
      ],
    }
  }),
  worked('free-cash-flow-from-ebitda-with-tax-on-ebit', (rng) => {
    const ebitda = rng.int(300, 900) * 10
    const dep = rng.int(40, 150) * 10
    const capex = rng.int(50, 200) * 10
    const wc = rng.int(5, 40) * 10
    const int = rng.int(10, 60) * 10
    const t = rng.pick([200, 250, 300])
    const tx = rt(t)
    const ebit = ebitda - dep
    return {
      stem: `A client’s year: EBITDA ${kd(ebitda)}, depreciation ${kd(dep)}, interest paid ${kd(int)}, capital spending ${kd(capex)}, increase in working capital ${kd(wc)}, tax ${tenthPct(t)}. Free cash flow to the firm = EBIT × (1 − tax) + depreciation − capital spending − increase in working capital. What is it, ${THOUSAND}?`,
      show: inK,
      figures: { ebitda, dep, capex, wc, int, t },
      key: sub(add(mul(ebit, sub(1, tx)), dep), capex + wc),
      wrong: [
        [
          sub(mul(ebitda, sub(1, tx)), capex + wc),
          'taxes EBITDA and leaves out the depreciation tax saving',
        ],
        [
          sub(add(mul(ebit - int, sub(1, tx)), dep), capex + wc),
          'deducts interest, a flow to lenders',
        ],
        [add(sub(add(mul(ebit, sub(1, tx)), dep), capex), wc), 'adds the working-capital increase'],
        [sub(mul(ebit, sub(1, tx)), capex + wc), 'does not add back depreciation'],
      ],
    }
  }),
  worked('enterprise-value-of-a-steady-growth-firm', (rng) => {
    const f0 = rng.int(200, 900) * 10
    const g = rng.int(10, 40)
    const w = rng.int(70, 110)
    const e = w + rng.int(15, 40)
    const grown = mul(f0, add(1, rt(g)))
    return {
      stem: `A firm’s free cash flow to the firm was ${kd(f0)} this year and will grow at ${tenthPct(g)} a year for ever. Its WACC is ${tenthPct(w)} and its cost of equity ${tenthPct(e)}. Enterprise value = next year’s FCFF ÷ (WACC − g). What is it, ${THOUSAND}?`,
      show: inK,
      figures: { f0, g, w, e },
      key: div(grown, sub(rt(w), rt(g))),
      wrong: [
        [div(f0, sub(rt(w), rt(g))), 'uses this year’s flow, ungrown'],
        [div(grown, sub(rt(e), rt(g))), 'discounts firm flows at the cost of equity'],
        [div(grown, add(rt(w), rt(g))), 'adds growth to the WACC'],
        [div(grown, rt(w)), 'leaves growth out of the denominator'],
        [div(mul(grown, add(1, rt(g))), sub(rt(w), rt(g))), 'grows the flow two years'],
      ],
    }
  }),
  worked('equity-value-per-share-after-net-debt-and-preference', (rng) => {
    const ev = rng.int(800, 3000) * 10
    const debt = rng.int(100, 600) * 10
    const cash = rng.int(20, 150) * 10
    const pref = rng.int(20, 150) * 10
    const sh = rng.int(200, 900) * 10
    const eq = ev - debt + cash - pref
    return {
      stem: `A valuation gives an enterprise value of ${kd(ev)}. The company has borrowings of ${kd(debt)}, cash of ${kd(cash)} and preference shares worth ${kd(pref)}; it has ${n(sh)} thousand ordinary shares. Equity value = enterprise value − borrowings + cash − preference shares. What is the value per ordinary share, ${CENT}?`,
      show: usd(2),
      figures: { ev, debt, cash, pref, sh },
      key: frac(eq, sh),
      wrong: [
        [frac(ev + debt - cash - pref, sh), 'adds net debt instead of subtracting it'],
        [frac(ev - debt - pref, sh), 'ignores the cash'],
        [frac(ev - debt + cash, sh), 'leaves the preference shares in ordinary equity'],
        [frac(ev, sh), 'divides enterprise value by the shares'],
      ],
    }
  }),
  worked('share-price-implied-by-a-peer-ev-to-ebitda-multiple', (rng) => {
    const m = rng.int(50, 120)
    const ebitda = rng.int(200, 800) * 10
    const ebit = ebitda - rng.int(30, 150) * 10
    const nd = Math.round((ebit * rng.int(5, 30)) / 100 / 10) * 10
    const sh = rng.int(200, 900) * 10
    const ev = mul(frac(m, 10), ebitda)
    return {
      stem: `Listed peers trade at ${(m / 10).toFixed(1)} times EV/EBITDA. A private client has EBITDA of ${kd(ebitda)}, EBIT of ${kd(ebit)}, net debt of ${kd(nd)} and ${n(sh)} thousand shares. Applying the peer multiple to the client’s EBITDA gives its enterprise value. What value per share does it imply, ${CENT}?`,
      show: usd(2),
      figures: { m, ebitda, ebit, nd, sh },
      key: div(sub(ev, nd), sh),
      wrong: [
        [div(ev, sh), 'treats enterprise value as equity value'],
        [div(add(ev, nd), sh), 'adds the net debt'],
        [div(sub(mul(frac(m, 10), ebit), nd), sh), 'applies the multiple to EBIT'],
        [
          div(mul(frac(m, 10), sub(ebitda, nd)), sh),
          'takes net debt off EBITDA before applying the multiple',
        ],
        [div(mul(frac(m, 10), ebit), sh), 'applies the multiple to EBIT and keeps the net debt in'],
      ],
    }
  }),
  worked('private-company-value-from-a-peer-pe-with-a-discount', (rng) => {
    const pe = rng.int(80, 220)
    const pat = rng.int(100, 600) * 10
    const t = rng.pick([200, 250, 300])
    const d = rng.int(15, 35)
    const pbt = div(pat, sub(1, rt(t)))
    const v = (earn: Fraction, k: Fraction) => mul(frac(pe, 10), earn, k)
    return {
      stem: `Comparable listed companies trade on a price/earnings ratio of ${(pe / 10).toFixed(1)}. A private client earns ${inK(pbt)} before tax and ${kd(pat)} after tax at ${tenthPct(t)}. Apply the P/E to earnings after tax, then take ${d}% off for the shares being unlisted. What is the equity worth, ${THOUSAND}?`,
      show: inK,
      figures: { pe, pat, t, d },
      key: v(frac(pat), frac(100 - d, 100)),
      wrong: [
        [v(frac(pat), frac(1)), 'leaves out the unlisted discount'],
        [v(pbt, frac(100 - d, 100)), 'applies the P/E to profit before tax'],
        [v(frac(pat), frac(100 + d, 100)), 'adds the discount as a premium'],
        [v(frac(pat), frac(100, 100 + d)), 'divides by one plus the discount'],
        [
          v(mul(pat, sub(1, rt(t))), frac(100 - d, 100)),
          'takes tax off the after-tax earnings again',
        ],
      ],
    }
  }),
  worked('net-asset-value-per-share-at-realisable-values', (rng) => {
    const bp = rng.int(100, 500) * 10
    const rp = bp + rng.int(20, 200) * 10
    const gw = rng.int(20, 150) * 10
    const other = rng.int(200, 800) * 10
    const cl = rng.int(80, 300) * 10
    const loan = rng.int(50, 300) * 10
    const sh = rng.int(200, 900) * 10
    const nav = (prop: number, withGw: boolean, withLoan: boolean) =>
      frac(prop + other + (withGw ? gw : 0) - cl - (withLoan ? loan : 0), sh)
    return {
      stem: `For a net-asset valuation a client’s balance sheet shows property at ${kd(bp)} (realisable value ${kd(rp)}), purchased goodwill ${kd(gw)}, other assets at realisable value ${kd(other)}, current liabilities ${kd(cl)} and a long-term loan ${kd(loan)}. There are ${n(sh)} thousand shares. Value the assets at realisable values and exclude goodwill. What is the net asset value per share, ${CENT}?`,
      show: usd(2),
      figures: { bp, rp, gw, other, cl, loan, sh },
      key: nav(rp, false, true),
      wrong: [
        [nav(bp, false, true), 'takes the property at book value'],
        [nav(rp, true, true), 'includes the goodwill'],
        [nav(rp, false, false), 'deducts only the current liabilities'],
        [nav(bp, true, true), 'uses the balance sheet as it stands'],
        [nav(rp - gw, false, true), 'deducts the goodwill rather than just leaving it out'],
      ],
    }
  }),
  worked('present-value-of-a-terminal-value-after-a-forecast', (rng) => {
    const fn = rng.int(200, 900) * 10
    const g = rng.int(10, 35)
    const w = rng.int(75, 120)
    const yrs = rng.int(3, 6)
    const tv = div(mul(fn, add(1, rt(g))), sub(rt(w), rt(g)))
    return {
      stem: `A ${yrs}-year forecast ends with free cash flow to the firm of ${kd(fn)} in year ${yrs}. Beyond it flows grow at ${tenthPct(g)} a year for ever. With a WACC of ${tenthPct(w)}, the terminal value at the end of year ${yrs} is FCF(year ${yrs + 1}) ÷ (WACC − g). What is its present value today, ${THOUSAND}?`,
      show: inK,
      figures: { fn, g, w, yrs },
      key: mul(tv, back(rt(w), yrs)),
      wrong: [
        [mul(tv, back(rt(w), yrs + 1)), 'discounts it a year too far'],
        [mul(div(fn, sub(rt(w), rt(g))), back(rt(w), yrs)), `uses the year-${yrs} flow, ungrown`],
        [tv, 'leaves it undiscounted'],
        [
          mul(div(mul(fn, add(1, rt(g))), rt(w)), back(rt(w), yrs)),
          'leaves growth out of the denominator',
        ],
        [mul(tv, back(sub(rt(w), rt(g)), yrs)), 'discounts at WACC minus growth'],
        [mul(tv, back(rt(w), yrs - 1)), 'discounts it a year short'],
      ],
    }
  }),
  worked('equity-value-from-growing-fcfe', (rng) => {
    const ni = rng.int(200, 700) * 10
    const dep = rng.int(40, 150) * 10
    const capex = rng.int(50, 200) * 10
    const wc = rng.int(5, 40) * 10
    const nb = rng.int(10, 80) * 10
    const g = rng.int(10, 35)
    const k = rng.int(100, 150)
    const w = k - rng.int(15, 35)
    const f0 = ni + dep - capex - wc + nb
    const val = (flow: number, rate: number) => div(mul(flow, add(1, rt(g))), sub(rt(rate), rt(g)))
    return {
      stem: `This year a client had net income ${kd(ni)}, depreciation ${kd(dep)}, capital spending ${kd(capex)}, an increase in working capital ${kd(wc)} and net new borrowing ${kd(nb)}. Free cash flow to equity = net income + depreciation − capital spending − working-capital increase + net borrowing, and grows at ${tenthPct(g)} a year for ever. Cost of equity ${tenthPct(k)}; WACC ${tenthPct(w)}. Equity value = FCFE(next year) ÷ (ke − g). What is it, ${THOUSAND}?`,
      show: inK,
      figures: { ni, dep, capex, wc, nb, g, k, w },
      key: val(f0, k),
      wrong: [
        [val(f0, w), 'discounts equity flows at the WACC'],
        [val(f0 - nb, k), 'leaves out the net borrowing'],
        [val(f0 - 2 * nb, k), 'subtracts the net borrowing'],
        [div(f0, sub(rt(k), rt(g))), 'uses this year’s flow, ungrown'],
        [div(mul(f0, add(1, rt(g)), add(1, rt(g))), sub(rt(k), rt(g))), 'grows the flow two years'],
        [val(f0 + 2 * wc, k), 'adds the working-capital increase'],
      ],
    }
  }),
  worked('trailing-pe-justified-by-payout-and-growth', (rng) => {
    const po = rng.int(30, 70)
    const g = rng.int(10, 50)
    const k = rng.int(g + 30, 140)
    const payout = frac(po, 100)
    return {
      stem: `A company pays out ${po}% of earnings, grows at ${tenthPct(g)} a year for ever and its shareholders require ${tenthPct(k)}. By the dividend growth model the justified trailing P/E (price ÷ this year’s EPS) is payout × (1 + g) ÷ (ke − g). What is it, ${DP2}?`,
      show: plain(2),
      figures: { po, g, k },
      key: div(mul(payout, add(1, rt(g))), sub(rt(k), rt(g))),
      wrong: [
        [div(payout, sub(rt(k), rt(g))), 'gives the forward P/E'],
        [
          div(mul(frac(100 - po, 100), add(1, rt(g))), sub(rt(k), rt(g))),
          'uses the retention ratio',
        ],
        [div(mul(payout, add(1, rt(g))), add(rt(k), rt(g))), 'adds growth to the required return'],
        [div(mul(payout, add(1, rt(g))), rt(k)), 'leaves growth out of the denominator'],
      ],
    }
  }),
  worked('bond-price-redeemed-at-a-premium', (rng) => {
    const c = rng.int(30, 90)
    const yrs = rng.int(3, 6)
    const y = rng.int(40, 110)
    const red = rng.pick([102, 105, 110])
    const coupons = (rate: Fraction) => {
      let s = frac(0)
      for (let k = 1; k <= yrs; k++) s = add(s, mul(c, frac(1, 10), back(rate, k)))
      return s
    }
    const price = (rate: Fraction, r0: number) => add(coupons(rate), mul(r0, back(rate, yrs)))
    return {
      stem: `A client’s bond pays ${tenthPct(c)} on $100 nominal at each year end for ${yrs} years and is then redeemed at $${red}. Investors require a yield of ${tenthPct(y)}. What is it worth per $100 nominal, ${CENT}?`,
      show: usd(2),
      figures: { c, yrs, y, red },
      key: price(rt(y), red),
      wrong: [
        [price(rt(y), 100), 'redeems it at par'],
        [price(rt(c), red), 'discounts at the coupon rate'],
        [add(coupons(rt(y)), red), 'adds the redemption undiscounted'],
        [
          add(coupons(rt(y)), mul(red, back(rt(y), yrs - 1))),
          'discounts the redemption a year short',
        ],
      ],
    }
  }),
  worked('implied-ev-to-ebitda-of-a-takeover-offer', (rng) => {
    const offer = rng.int(300, 1500)
    const sh = rng.int(200, 900) * 10
    const debt = rng.int(100, 900) * 10
    const cash = rng.int(20, 200) * 10
    const ebitda = rng.int(150, 700) * 10
    const ebit = ebitda - rng.int(30, 120) * 10
    const cap = frac(offer * sh, 100)
    return {
      stem: `A bidder offers ${money(offer)} a share for all ${n(sh)} thousand shares of a target with borrowings of ${kd(debt)}, cash of ${kd(cash)}, EBITDA of ${kd(ebitda)} and EBIT of ${kd(ebit)}. Enterprise value = equity at the offer price + borrowings − cash. What EV/EBITDA multiple does the offer imply, ${DP2}?`,
      show: plain(2),
      figures: { offer, sh, debt, cash, ebitda, ebit },
      key: div(add(cap, debt - cash), ebitda),
      wrong: [
        [div(cap, ebitda), 'divides equity value only'],
        [div(add(cap, debt + cash), ebitda), 'adds the cash'],
        [div(add(cap, debt - cash), ebit), 'divides by EBIT'],
        [div(add(cap, debt), ebitda), 'ignores the cash'],
      ],
    }
  }),
  worked('peg-ratio-on-trailing-earnings', (rng) => {
    const pr = rng.int(1000, 8000)
    const eps = rng.int(50, 400)
    const g = rng.int(5, 25)
    return {
      stem: `A share trades at ${money(pr)}; its earnings per share for the year just ended were ${money(eps)} and are forecast to grow ${g}% a year. PEG = (price ÷ trailing EPS) ÷ growth expressed as a whole percent. What is the PEG ratio, ${DP2}?`,
      show: plain(2),
      figures: { pr, eps, g },
      key: div(frac(pr, eps), g),
      wrong: [
        [div(div(pr, mul(eps, frac(100 + g, 100))), g), 'uses next year’s forecast EPS'],
        [div(frac(pr, eps), frac(g, 10)), 'divides by growth in tenths'],
        [mul(frac(pr, eps), frac(g, 100)), 'multiplies the P/E by growth as a decimal'],
        [div(frac(pr, eps), frac(g, 100)), 'divides by growth as a decimal, not a whole percent'],
      ],
    }
  }),
  worked('acquirer-gain-after-the-bid-premium', (rng) => {
    const syn = rng.int(100, 300) * 10
    const k = rng.int(80, 140)
    const cost = rng.int(100, 800) * 10
    const pre = rng.int(300, 1500)
    const prem = rng.int(10, 35)
    const sh = rng.int(100, 400) * 10
    const pv = div(syn, rt(k))
    const premium = frac(pre * prem * sh, 10000)
    return {
      stem: `An acquisition should bring synergies of ${kd(syn)} a year for ever from next year, valued at ${tenthPct(k)} as a level perpetuity, and one-off integration costs of ${kd(cost)} today. The target’s ${n(sh)} thousand shares trade at ${money(pre)} and the bid offers a ${prem}% premium. Gain to the bidder’s shareholders = value of synergies − integration costs − premium paid. What is the gain, ${THOUSAND}?`,
      show: inK,
      figures: { syn, k, cost, pre, prem, sh },
      key: sub(sub(pv, cost), premium),
      wrong: [
        [sub(pv, cost), 'leaves out the premium paid'],
        [sub(pv, premium), 'leaves out the integration costs'],
        [add(sub(pv, cost), premium), 'adds the premium as if the bidder gained it'],
        [sub(sub(div(pv, add(1, rt(k))), cost), premium), 'starts the synergies a year late'],
        [
          sub(sub(pv, cost), mul(premium, frac(100 + prem, 100))),
          'works the premium on the offer price',
        ],
        [sub(sub(mul(pv, add(1, rt(k))), cost), premium), 'values the synergies starting today'],
      ],
    }
  }),
  worked('post-merger-eps-on-a-share-exchange', (rng) => {
    const ea = rng.int(200, 900) * 10
    const na = rng.int(200, 900) * 10
    const et = rng.int(50, 400) * 10
    const nt = rng.int(100, 600) * 10
    const ratio = rng.pick([
      [1, 2],
      [2, 3],
      [3, 4],
      [1, 3],
      [3, 5],
    ] as const)
    const syn = rng.int(10, 100) * 10
    const issued = frac(nt * ratio[0], ratio[1])
    const earn = ea + et + syn
    return {
      stem: `A bidder (earnings ${kd(ea)}, ${n(na)} thousand shares) offers ${ratio[0]} new share${ratio[0] > 1 ? 's' : ''} for every ${ratio[1]} shares of a target (earnings ${kd(et)}, ${n(nt)} thousand shares). Post-tax synergies of ${kd(syn)} a year are expected. What will the combined company’s earnings per share be, ${CENT}?`,
      show: usd(2),
      figures: { ea, na, et, nt, r0: ratio[0], r1: ratio[1], syn },
      key: div(earn, add(na, issued)),
      wrong: [
        [frac(earn, na + nt), 'adds all the target’s shares, not the shares issued'],
        [frac(earn, na), 'ignores the new shares issued'],
        [div(ea + et, add(na, issued)), 'leaves out the synergies'],
        [div(earn, add(na, frac(nt * ratio[1], ratio[0]))), 'inverts the exchange ratio'],
      ],
    }
  }),
]
