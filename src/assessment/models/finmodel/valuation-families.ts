import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, client, drawn, family, figure, pc, purse, rateOf, words } from './model-text.js'

/**
 * A discounted cash flow valuation as a small-business modeller builds it: free cash flow to
 * the firm, terminal value by growth or exit multiple discounted from the right year, WACC on
 * market weights, and the bridge from enterprise to equity value.
 */
export const VALUATION_FAMILIES: readonly ScenarioFamily[] = [
  family('free-cash-flow-to-firm', (rng) => {
    const m = purse(rng)
    const ebit = drawn(rng, 200, 2000) * 1000
    const t = rng.pick([0.19, 0.21, 0.25, 0.28, 0.3])
    const da = drawn(rng, 30, 300) * 1000
    const capex = drawn(rng, 40, 400) * 1000
    const wc = drawn(rng, 10, 120) * 1000
    const interest = drawn(rng, 20, 150) * 1000
    const key = ebit * (1 - t) + da - capex - wc
    return figure(rng, m, {
      stem: `${Client(rng)}’s forecast year has EBIT of ${m(ebit)}, interest expense of ${m(interest)}, depreciation and amortisation of ${m(da)}, capex of ${m(capex)} and an increase in working capital of ${m(wc)}; the tax rate is ${pc(t, 0)}. What is the unlevered free cash flow to the firm?`,
      key,
      wrong: [
        [
          (ebit - interest) * (1 - t) + da - capex - wc,
          'taxes profit after interest, which belongs in equity flows',
        ],
        [ebit + da - capex - wc, 'leaves out tax on operating profit'],
        [ebit * (1 - t) - da - capex - wc, 'deducts depreciation instead of adding it back'],
        [ebit * (1 - t) + da - capex + wc, 'adds the rise in working capital'],
        [ebit * (1 - t) + da + capex - wc, 'adds capex'],
      ],
      formula: '=B1*(1-B2)+B3-B4-B5',
      cells: { B1: ebit, B2: t, B3: da, B4: capex, B5: wc },
    })
  }),
  family('gordon-growth-terminal-value', (rng) => {
    const m = purse(rng)
    const fcf = drawn(rng, 100, 1500) * 1000
    const w = rateOf(rng, 8, 14)
    const g = rateOf(rng, 1, 3.5)
    const key = (fcf * (1 + g)) / (w - g)
    return figure(rng, m, {
      stem: `${Client(rng)}’s final forecast year (year 5) has free cash flow of ${m(fcf)}. The WACC is ${pc(w, 1)} and cash flows grow at ${pc(g, 1)} a year forever after. What is the Gordon growth terminal value at the end of year 5?`,
      key,
      wrong: [
        [fcf / (w - g), 'divides the final year’s flow without growing it a year'],
        [(fcf * (1 + g)) / w, 'divides by the WACC without taking off growth'],
        [(fcf * (1 + g)) / (w + g), 'adds growth to the discount rate'],
        [
          (fcf * (1 + g)) / (w - g) / (1 + w) ** 5,
          'discounts it to today, though the question asks for it at year 5',
        ],
      ],
      formula: '=B1*(1+B3)/(B2-B3)',
      cells: { B1: fcf, B2: w, B3: g },
    })
  }),
  family('exit-multiple-terminal-value', (rng) => {
    const m = purse(rng)
    const e = [drawn(rng, 200, 900), drawn(rng, 220, 1000)].map((v) => v * 1000)
    const final = e[1]!
    const mult = rng.pick([5, 6, 6.5, 7, 8, 9])
    const w = rateOf(rng, 9, 14)
    const key = final * mult
    return figure(rng, m, {
      stem: `${Client(rng)}’s five-year forecast ends with EBITDA of ${m(e[0]!)} in year 4 and ${m(final)} in year 5. Comparable businesses sell at ${mult}× trailing EBITDA and the WACC is ${pc(w, 1)}. What exit-multiple terminal value at the end of year 5 does the model show, before discounting?`,
      key,
      wrong: [
        [e[0]! * mult, 'applies the multiple to year 4’s EBITDA'],
        [final * mult * (1 + w), 'grows the value a year at the WACC'],
        [final / mult, 'divides EBITDA by the multiple'],
        [
          (final * mult) / (1 + w) ** 5,
          'discounts it to today, though the question asks for it at year 5',
        ],
      ],
      formula: '=B2*B3',
      cells: { B1: e[0]!, B2: final, B3: mult },
    })
  }),
  family('discount-terminal-value-from-year-n', (rng) => {
    const m = purse(rng)
    const tv = drawn(rng, 2000, 20000) * 1000
    const w = rateOf(rng, 8, 14)
    const n = rng.int(4, 8)
    const key = tv / (1 + w) ** n
    return figure(rng, m, {
      stem: `${Client(rng)}’s terminal value, worked by Gordon growth on year ${n + 1}’s cash flow, is ${m(tv)} at the end of year ${n}, the last forecast year. At a WACC of ${pc(w, 1)} with year-end discounting, what is its present value today?`,
      key,
      wrong: [
        [
          tv / (1 + w) ** (n + 1),
          `discounts ${n + 1} years because the formula used year ${n + 1}’s flow`,
        ],
        [tv / (1 + w) ** (n - 1), 'discounts one year too few'],
        [tv / (1 + w * n), 'discounts with simple interest'],
        [tv, 'adds the terminal value undiscounted'],
      ],
      formula: '=B1/(1+B2)^B3',
      cells: { B1: tv, B2: w, B3: n },
      money: { fn: 'pv', rate: w, flows: [tv], times: [n] },
    })
  }),
  family('enterprise-value-sum', (rng) => {
    const m = purse(rng)
    const w = rateOf(rng, 9, 14)
    const flows = [drawn(rng, 100, 400), drawn(rng, 120, 450), drawn(rng, 140, 500)].map(
      (v) => v * 1000,
    )
    const g = rateOf(rng, 1.5, 3)
    const tv = (flows[2]! * (1 + g)) / (w - g)
    const times = [1, 2, 3, 3]
    const key = flows.reduce((s, f, i) => s + f / (1 + w) ** (i + 1), 0) + tv / (1 + w) ** 3
    return figure(rng, m, {
      stem: `${Client(rng)}’s free cash flows are ${flows.map(m).join(', ')} at the ends of years 1 to 3, then grow at ${pc(g, 1)} a year forever. At a WACC of ${pc(w, 1)}, what is the enterprise value today?`,
      key,
      wrong: [
        [
          flows.reduce((s, f, i) => s + f / (1 + w) ** (i + 1), 0) + tv,
          'adds the terminal value undiscounted',
        ],
        [
          flows.reduce((s, f, i) => s + f / (1 + w) ** (i + 1), 0) + tv / (1 + w) ** 4,
          'discounts the terminal value four years',
        ],
        [flows.reduce((s, f, i) => s + f / (1 + w) ** (i + 1), 0), 'leaves out the terminal value'],
        [
          flows.reduce((s, f, i) => s + f / (1 + w) ** (i + 1), 0) +
            flows[2]! / (w - g) / (1 + w) ** 3,
          'works the terminal value on year 3’s flow without growing it',
        ],
      ],
      formula: '=NPV(B1,C1:E1)+E1*(1+B2)/(B1-B2)/(1+B1)^3',
      cells: { B1: w, B2: g, C1: flows[0]!, D1: flows[1]!, E1: flows[2]! },
      money: { fn: 'pv', rate: w, flows: [...flows, tv], times },
    })
  }),
  family('enterprise-to-equity-bridge', (rng) => {
    const m = purse(rng)
    const ev = drawn(rng, 3000, 20000) * 1000
    const debt = drawn(rng, 300, 4000) * 1000
    const cash = drawn(rng, 100, 1500) * 1000
    const lease = drawn(rng, 50, 600) * 1000
    const key = ev - debt - lease + cash
    return figure(rng, m, {
      stem: `${Client(rng)}’s DCF gives an enterprise value of ${m(ev)}. The balance sheet at the valuation date shows borrowings of ${m(debt)}, lease liabilities of ${m(lease)} (the forecast cash flows are before lease payments) and cash of ${m(cash)}. What is the equity value?`,
      key,
      wrong: [
        [ev - debt - lease - cash, 'deducts cash instead of adding it'],
        [ev + debt + lease + cash, 'adds the debt instead of deducting it'],
        [ev - debt + cash, 'leaves the lease liabilities in equity value'],
        [ev - debt - lease, 'leaves out the cash'],
      ],
      formula: '=B1-B2-B3+B4',
      cells: { B1: ev, B2: debt, B3: lease, B4: cash },
    })
  }),
  family('wacc-market-value-weights', (rng) => {
    const shares = drawn(rng, 2, 20) * 1e6
    const price = drawn(rng, 2, 12, 0.5)
    const bookE = shares * price * rng.pick([0.3, 0.4, 0.5])
    const debt = drawn(rng, 5, 40) * 1e6
    const ke = rateOf(rng, 10, 16)
    const kd = rateOf(rng, 5, 8)
    const t = rng.pick([0.2, 0.25, 0.3])
    const e = shares * price
    const wacc = (ke * e + kd * (1 - t) * debt) / (e + debt)
    const bookW = (ke * bookE + kd * (1 - t) * debt) / (bookE + debt)
    const sym = purse(rng)(0).slice(0, -1)
    return figure(rng, (v) => pc(v), {
      stem: `${Client(rng)} has ${(shares / 1e6).toFixed(0)} million shares trading at ${sym}${price.toFixed(2)} each, book equity of ${sym}${(bookE / 1e6).toFixed(1)} million and debt of ${sym}${(debt / 1e6).toFixed(0)} million (trading at par). The cost of equity is ${pc(ke, 1)}, the pre-tax cost of debt ${pc(kd, 1)} and the tax rate ${pc(t, 0)}. What is the WACC?`,
      key: wacc,
      wrong: [
        [bookW, 'weights equity at book value instead of market value'],
        [(ke * e + kd * debt) / (e + debt), 'uses the pre-tax cost of debt'],
        [(ke + kd * (1 - t)) / 2, 'weights equity and debt equally'],
        [(ke * debt + kd * (1 - t) * e) / (e + debt), 'swaps the weights of equity and debt'],
      ],
      formula: '=(B1*B2*B4+B3*B5*(1-B6))/(B1*B2+B3)',
      cells: { B1: shares, B2: price, B3: debt, B4: ke, B5: kd, B6: t },
    })
  }),
  family('capm-cost-of-equity', (rng) => {
    const rf = rateOf(rng, 2, 5)
    const beta = rng.pick([0.8, 0.9, 1.1, 1.2, 1.3, 1.5])
    const erp = rateOf(rng, 4, 7)
    const key = rf + beta * erp
    return figure(rng, (v) => pc(v), {
      stem: `For ${client(rng)}’s DCF, the risk-free rate is ${pc(rf, 1)}, the equity beta ${beta} and the equity risk premium (market return less the risk-free rate) ${pc(erp, 1)}. What cost of equity does CAPM give?`,
      key,
      wrong: [
        [
          rf + beta * (erp - rf),
          'deducts the risk-free rate from a figure that is already a premium',
        ],
        [beta * (rf + erp), 'applies beta to the risk-free rate as well'],
        [rf + erp, 'leaves out beta'],
        [rf + erp / beta, 'divides the premium by beta'],
      ],
      formula: '=B1+B2*B3',
      cells: { B1: rf, B2: beta, B3: erp },
    })
  }),
  family('after-tax-cost-of-debt', (rng) => {
    const kd = rateOf(rng, 4, 10, 0.25)
    const t = rng.pick([0.19, 0.21, 0.25, 0.3])
    const key = kd * (1 - t)
    return figure(rng, (v) => pc(v), {
      stem: `${Client(rng)} borrows at ${pc(kd)} a year and pays tax at ${pc(t, 0)}, with interest fully deductible. What cost of debt goes into the WACC?`,
      key,
      wrong: [
        [kd, 'uses the pre-tax cost of debt'],
        [kd * t, 'takes the tax saving as the cost'],
        [kd / (1 - t), 'grosses the rate up for tax'],
        [kd - t / 100, 'takes the tax rate off as basis points instead of as a share of the rate'],
      ],
      formula: '=B1*(1-B2)',
      cells: { B1: kd, B2: t },
    })
  }),
  family('implied-exit-multiple', (rng) => {
    const fcf = drawn(rng, 100, 900) * 1000
    const ebitda = Math.round((fcf * rng.pick([1.4, 1.6, 1.8, 2])) / 1000) * 1000
    const w = rateOf(rng, 9, 13)
    const g = rateOf(rng, 1, 3)
    const tv = (fcf * (1 + g)) / (w - g)
    const key = tv / ebitda
    const m = purse(rng)
    return figure(rng, (v) => `${v.toFixed(1)}×`, {
      stem: `${Client(rng)}’s final forecast year has EBITDA of ${m(ebitda / 1000)}k and free cash flow of ${m(fcf / 1000)}k. A Gordon growth terminal value at ${pc(w, 1)} WACC and ${pc(g, 1)} growth is used. What EV/EBITDA multiple does that terminal value imply on final-year EBITDA (a sense check)?`,
      key,
      wrong: [
        [tv / fcf, 'divides by free cash flow instead of EBITDA'],
        [fcf / (w - g) / ebitda, 'leaves out the year of growth'],
        [1 / (w - g), 'takes the growth-perpetuity factor alone'],
        [(fcf * (1 + g)) / w / ebitda, 'values the flow without taking off growth'],
        [ebitda / tv, 'inverts the ratio'],
        [tv / (ebitda * (1 + g)), 'divides by next year’s EBITDA, a forward multiple'],
      ],
      formula: '=B1*(1+B4)/(B3-B4)/B2',
      cells: { B1: fcf, B2: ebitda, B3: w, B4: g },
    })
  }),
  family('implied-growth-from-exit-value', (rng) => {
    const fcf = drawn(rng, 100, 900) * 1000
    const w = rateOf(rng, 9, 14)
    const g0 = rateOf(rng, 0.5, 4)
    const tv = Math.round((fcf * (1 + g0)) / (w - g0) / 1000) * 1000
    const key = (tv * w - fcf) / (tv + fcf)
    if (Math.abs(key - g0) > 0.01) throw new VariantError('rounding moved the growth rate')
    const m = purse(rng)
    return figure(rng, (v) => pc(v), {
      stem: `${Client(rng)}’s exit-multiple terminal value is ${m(tv / 1000)}k at the end of the final forecast year, whose free cash flow is ${m(fcf / 1000)}k. At a WACC of ${pc(w, 1)}, what perpetual growth rate does it imply (TV = FCF × (1 + g) / (WACC − g))?`,
      key,
      wrong: [
        [w - fcf / tv, 'leaves out the year of growth on the final flow'],
        [fcf / tv, 'takes the cash yield as the growth rate'],
        [w - (fcf * (1 + w)) / tv, 'grows the final flow at the WACC'],
        [(tv * w - fcf) / tv, 'divides by the terminal value alone instead of TV plus FCF'],
      ],
      formula: '=(B1*B3-B2)/(B1+B2)',
      cells: { B1: tv, B2: fcf, B3: w },
    })
  }),
  family('relevered-beta', (rng) => {
    const bu = rng.pick([0.7, 0.8, 0.9, 1, 1.1])
    const de = rng.pick([0.2, 0.3, 0.4, 0.5, 0.6])
    const t = rng.pick([0.2, 0.25, 0.3])
    const key = bu * (1 + (1 - t) * de)
    // Four places show every key exactly: a one-place beta times a three-place factor.
    return figure(rng, (v) => v.toFixed(4), {
      stem: `Comparable companies give an unlevered (asset) beta of ${bu}. ${Client(rng)}’s target debt-to-equity ratio at market values is ${de} and its tax rate ${pc(t, 0)}. Using the Hamada relation, what levered beta should its cost of equity use?`,
      key,
      wrong: [
        [bu * (1 + de), 'leaves out the tax shield on debt'],
        [bu / (1 + (1 - t) * de), 'unlevers instead of relevering'],
        [bu * (1 + t * de), 'applies the tax rate instead of one minus it'],
        [
          bu * (1 + (1 - t) * (de / (1 + de))),
          'uses debt to total capital instead of debt to equity',
        ],
      ],
      formula: '=B1*(1+(1-B3)*B2)',
      cells: { B1: bu, B2: de, B3: t },
    })
  }),
  family('value-per-share-diluted', (rng) => {
    const eq = drawn(rng, 5, 60) * 1e6
    const basic = drawn(rng, 2, 12) * 1e6
    const options = drawn(rng, 1, 9) * 1e5
    const key = eq / (basic + options)
    const sym = purse(rng)(0).slice(0, -1)
    return figure(rng, (v) => `${sym}${v.toFixed(2)}`, {
      stem: `${Client(rng)}’s equity value is ${sym}${(eq / 1e6).toFixed(0)} million. It has ${(basic / 1e6).toFixed(0)} million shares in issue and ${(options / 1e6).toFixed(1)} million deep in-the-money options with a negligible exercise price, which the valuation counts as shares. What is the value per share?`,
      key,
      wrong: [
        [eq / basic, 'ignores the dilution from the options'],
        [eq / (basic - options), 'deducts the options from the share count'],
        [(eq - options) / basic, 'deducts the option count from equity value'],
        [eq / options, 'divides by the options alone'],
      ],
      formula: '=B1/(B2+B3)',
      cells: { B1: eq, B2: basic, B3: options },
    })
  }),
  family('terminal-value-share-of-ev', (rng) => {
    const pvf = drawn(rng, 500, 3000) * 1000
    const pvtv = drawn(rng, 1500, 9000) * 1000
    const key = pvtv / (pvf + pvtv)
    const sym = purse(rng)(0).slice(0, -1)
    return figure(rng, (v) => pc(v, 1), {
      stem: `${Client(rng)}’s DCF shows the present value of forecast cash flows as ${sym}${(pvf / 1e6).toFixed(3)} million and the present value of the terminal value as ${sym}${(pvtv / 1e6).toFixed(3)} million. What share of the enterprise value does the terminal value make up?`,
      key,
      wrong: [
        [pvtv / pvf, 'divides by the forecast flows instead of the total'],
        [pvf / (pvf + pvtv), 'gives the forecast flows’ share'],
        [
          1 - pvf / pvtv,
          'takes one minus the ratio of the parts instead of the part over the whole',
        ],
        [pvf / pvtv, 'divides the forecast flows by the terminal value'],
        [(pvtv - pvf) / (pvtv + pvf), 'takes the gap between the parts over the whole'],
      ],
      formula: '=B2/(B1+B2)',
      cells: { B1: pvf, B2: pvtv },
    })
  }),
  family('wacc-for-unlevered-flows', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s DCF forecasts unlevered free cash flow (before interest and debt repayments). Which rate should discount those flows to enterprise value?`,
      key: 'The WACC, the blended cost of debt and equity at market values',
      wrong: [
        [
          'The cost of equity, since the valuation is for shareholders',
          'matches equity’s rate to flows that also belong to lenders',
        ],
        [
          'The after-tax cost of debt, the cheapest source of capital',
          'prices the whole business at the lenders’ rate',
        ],
        [
          'The risk-free rate, since the forecast already is the central case and carries no extra risk',
          'treats a central forecast as riskless',
        ],
        [
          'The company’s IRR on the forecast, so the flows are consistent',
          'discounts at a return derived from the same flows',
        ],
        [
          'A WACC weighted by the book values of debt and equity on the balance sheet',
          'weights the WACC at book values instead of market values',
        ],
      ],
    }),
  ),
  family('nominal-flows-nominal-rate', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s forecast grows prices with inflation, so its free cash flows are nominal. The WACC was built from today’s market rates. What is consistent?`,
      key: 'Discount the nominal flows at the nominal WACC as built',
      wrong: [
        [
          'Deflate the WACC to real terms and keep the nominal flows',
          'mixes nominal flows with a real rate and overstates value',
        ],
        [
          'Add inflation to the WACC a second time',
          'counts inflation twice, since market rates already include it',
        ],
        [
          'Use the risk-free rate, since inflation is already in the flows',
          'drops the risk premium to offset inflation',
        ],
        [
          'Grow the terminal value at the WACC',
          'sets growth equal to the discount rate, which makes the formula blow up',
        ],
      ],
    }),
  ),
  family('fcfe-from-fcff', (rng) => {
    const m = purse(rng)
    const fcff = drawn(rng, 200, 1500) * 1000
    const interest = drawn(rng, 20, 200) * 1000
    const t = rng.pick([0.2, 0.25, 0.3])
    const net = drawn(rng, -150, 150) * 1000
    const key = fcff - interest * (1 - t) + net
    return figure(rng, m, {
      stem: `${Client(rng)}’s free cash flow to the firm is ${m(fcff)}. Interest paid is ${m(interest)} (tax-deductible at ${pc(t, 0)}) and net borrowing in the year is ${m(net)} (new loans less repayments). What is free cash flow to equity?`,
      key,
      wrong: [
        [fcff - interest + net, 'deducts interest without its tax shield'],
        [fcff - interest * (1 - t) - net, 'deducts net borrowing instead of adding it'],
        [fcff - interest * (1 - t), 'leaves out net borrowing'],
        [fcff + interest * (1 - t) + net, 'adds after-tax interest'],
      ],
      formula: '=B1-B2*(1-B3)+B4',
      cells: { B1: fcff, B2: interest, B3: t, B4: net },
    })
  }),
  family('equity-value-from-exit-multiple', (rng) => {
    const m = purse(rng)
    const ebitda = drawn(rng, 200, 2000) * 1000
    const mult = rng.pick([4.5, 5, 5.5, 6, 7, 8])
    const debt = drawn(rng, 200, 3000) * 1000
    const cash = drawn(rng, 50, 800) * 1000
    const key = ebitda * mult - debt + cash
    return figure(rng, m, {
      stem: `A buyer offers ${mult}× EBITDA for ${client(rng)}, on a cash-free, debt-free basis. EBITDA is ${m(ebitda)}; at completion the business will have borrowings of ${m(debt)} and cash of ${m(cash)}. What will the shareholders receive for their equity?`,
      key,
      wrong: [
        [ebitda * mult, 'pays the enterprise value to shareholders'],
        [ebitda * mult - debt - cash, 'deducts the cash as well as the debt'],
        [ebitda * mult - debt, 'leaves the cash out'],
        [(ebitda - debt + cash) * mult, 'applies the multiple to the net debt as well'],
      ],
      formula: '=B1*B2-B3+B4',
      cells: { B1: ebitda, B2: mult, B3: debt, B4: cash },
    })
  }),
]
