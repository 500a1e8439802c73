import { VariantError } from '../assemble-variant.js'
import { borrower, bp, cap, family, money, possible, ratio, share, thousands } from './cra-text.js'

// Cash flow for debt service. Lenders lend against cash, not profit: each family walks from a
// reported figure to the cash measure the stem defines, and the mistakes are the add-backs and
// deductions made with the wrong sign, twice, or not at all.

const pct = (a: number, b: number): number => ratio(a * 100, b)

export const CASHFLOW_FAMILIES = [
  family('ebitda-from-profit-after-tax', (rng) => {
    const pat = thousands(rng, 100, 900)
    const tax = share(pat, rng.int(20, 35), 100)
    const ie = share(pat, rng.int(10, 50), 100)
    const ii = share(ie, rng.int(5, 40), 100)
    const dep = share(pat, rng.int(20, 80), 100)
    const am = share(pat, rng.int(5, 25), 100)
    const m = money(rng)
    const key = pat + tax + ie - ii + dep + am
    return {
      stem: `${cap(borrower(rng))} reports profit after tax ${m(pat)}, after a tax charge of ${m(tax)}, interest payable ${m(ie)}, interest receivable ${m(ii)}, depreciation ${m(dep)} and amortisation ${m(am)}. The lender's EBITDA is earnings before net interest, tax, depreciation and amortisation. What is EBITDA?`,
      key: m(key),
      wrong: [
        [m(key - tax), 'starts from profit after tax without adding the tax back'],
        [m(key + 2 * ii), 'adds interest receivable back instead of taking it off'],
        [m(key - am), 'leaves amortisation in'],
        [m(key - 2 * tax), 'takes the tax charge off instead of adding it back'],
        [m(key + ii), 'leaves interest receivable in'],
        [m(key + tax), 'adds the tax charge back twice'],
      ],
      figures: { pat, tax, ie, ii, dep, am },
    }
  }),
  family('free-cash-flow-from-ebitda', (rng) => {
    const ebitda = thousands(rng, 400, 2500)
    const taxCharge = share(ebitda, rng.int(10, 20), 100)
    const taxPaid = share(ebitda, rng.int(8, 22), 100)
    const capex = share(ebitda, rng.int(10, 30), 100)
    const dwc = share(ebitda, rng.int(3, 15), 100)
    const dep = share(ebitda, rng.int(10, 25), 100)
    if (taxPaid === taxCharge) throw new VariantError('tax paid equals the charge')
    const m = money(rng)
    const key = ebitda - taxPaid - capex - dwc
    return {
      stem: `The lender works free cash flow before financing as EBITDA − tax paid − capital expenditure − increase in working capital. The borrower has EBITDA ${m(ebitda)}, a tax charge of ${m(taxCharge)} but tax paid of ${m(taxPaid)}, capital expenditure ${m(capex)}, depreciation ${m(dep)} and working capital up by ${m(dwc)}. What is free cash flow?`,
      key: m(key),
      wrong: [
        [m(key + 2 * dwc), 'adds the working-capital increase'],
        [m(ebitda - taxCharge - capex - dwc), 'deducts the tax charge, not tax paid'],
        [m(key - dep), 'takes depreciation off as well as capex'],
        [m(key + capex), 'leaves capex out'],
        [m(key + dwc), 'leaves working capital out'],
        [m(key - dep + capex), 'deducts depreciation in place of capex'],
      ],
      figures: { ebitda, taxCharge, taxPaid, capex, dwc, dep },
    }
  }),
  family('cfads-with-growth-capex-excluded', (rng) => {
    const ebitda = thousands(rng, 400, 2500)
    const tax = share(ebitda, rng.int(8, 20), 100)
    const mcap = share(ebitda, rng.int(5, 20), 100)
    const gcap = share(ebitda, rng.int(5, 25), 100)
    const dwc = share(ebitda, rng.int(2, 12), 100)
    const int = share(ebitda, rng.int(5, 15), 100)
    const m = money(rng)
    const key = ebitda - tax - mcap - dwc
    return {
      stem: `Cash flow available for debt service (CFADS) in this facility is EBITDA − tax paid − maintenance capex − increase in working capital; growth capex is funded from a separate capex line and interest is part of debt service, so neither is deducted. EBITDA is ${m(ebitda)}, tax paid ${m(tax)}, maintenance capex ${m(mcap)}, growth capex ${m(gcap)}, working capital rose ${m(dwc)} and interest paid was ${m(int)}. What is CFADS?`,
      key: m(key),
      wrong: [
        [m(key - gcap), 'deducts the growth capex as well'],
        [m(key - int), 'deducts interest'],
        [m(key + dwc), 'leaves working capital out'],
        [m(key + tax), 'leaves tax out'],
        [m(key + 2 * dwc), 'adds the working-capital increase'],
        [m(key + mcap), 'leaves all capex out'],
      ],
      figures: { ebitda, tax, mcap, gcap, dwc, int },
    }
  }),
  family('operating-cash-flow-indirect', (rng) => {
    const ni = thousands(rng, 100, 800)
    const da = share(ni, rng.int(20, 80), 100)
    const dr = share(ni, rng.int(5, 40), 100)
    const di = share(ni, rng.int(5, 30), 100)
    const dp = share(ni, rng.int(5, 30), 100)
    const m = money(rng)
    const key = ni + da - dr - di + dp
    return {
      stem: `Work operating cash flow by the indirect method: net profit + depreciation and amortisation − increase in receivables − increase in inventory + increase in payables. Net profit was ${m(ni)}, depreciation and amortisation ${m(da)}; receivables rose ${m(dr)}, inventory rose ${m(di)} and payables rose ${m(dp)}. What is operating cash flow?`,
      key: m(key),
      wrong: [
        [m(ni + da + dr + di - dp), 'reverses every working-capital sign'],
        [m(ni + da), 'leaves working capital out'],
        [m(ni - dr - di + dp), 'leaves depreciation and amortisation out'],
        [m(key - 2 * dp), 'takes the rise in payables off'],
        [m(key + 2 * dr), 'adds the rise in receivables'],
        [m(ni - da - dr - di + dp), 'deducts depreciation and amortisation'],
      ],
      figures: { ni, da, dr, di, dp },
    }
  }),
  family('cash-interest-paid', (rng) => {
    const exp = thousands(rng, 80, 500)
    const pik = share(exp, rng.int(10, 30), 100)
    const open = share(exp, rng.int(5, 20), 100)
    const close = share(exp, rng.int(5, 20), 100)
    if (open === close) throw new VariantError('accruals unchanged')
    const m = money(rng)
    const key = exp - pik + open - close
    return {
      stem: `The income statement shows interest expense of ${m(exp)}, of which ${m(pik)} is payment-in-kind interest added to the loan balance rather than paid. Accrued interest was ${m(open)} at the start of the year and ${m(close)} at the end. How much interest was paid in cash (expense − PIK + opening accrual − closing accrual)?`,
      key: m(key),
      wrong: [
        [m(exp + open - close), 'counts the PIK interest as paid'],
        [m(exp - pik), 'ignores the change in accruals'],
        [m(exp - pik - open + close), 'reverses the accrual movement'],
        [m(exp), 'takes the expense as the cash paid'],
        [m(exp - pik + close), 'adds the closing accrual'],
        [m(exp - 2 * pik + open - close), 'takes the PIK interest off twice'],
      ],
      figures: { exp, pik, open, close },
    }
  }),
  family('cash-tax-paid', (rng) => {
    const cur = thousands(rng, 50, 400)
    const def = share(cur, rng.int(5, 40), 100)
    const open = share(cur, rng.int(30, 80), 100)
    const close = share(cur, rng.int(30, 80), 100)
    if (open === close) throw new VariantError('liability unchanged')
    const m = money(rng)
    const key = cur + open - close
    return {
      stem: `The tax charge of ${m(cur + def)} is made up of current tax ${m(cur)} and deferred tax ${m(def)} (deferred tax is not paid this year). The current-tax liability was ${m(open)} at the start of the year and ${m(close)} at the end. How much tax was paid in cash (current tax + opening liability − closing liability)?`,
      key: m(key),
      wrong: [
        [m(key + def), 'counts the deferred tax as paid'],
        [m(cur - open + close), 'reverses the liability movement'],
        [m(cur), 'takes current tax as paid'],
        [m(cur + def), 'takes the whole charge as paid'],
        [m(cur + open), 'adds the opening liability but ignores the closing one'],
        [m(key - def), 'deducts the deferred tax'],
      ],
      figures: { cur, def, open, close },
    }
  }),
  family('capex-from-fixed-asset-movement', (rng) => {
    const open = thousands(rng, 500, 3000)
    const dep = share(open, rng.int(8, 20), 100)
    const imp = share(open, rng.int(1, 6), 100)
    const nbv = share(open, rng.int(2, 8), 100)
    const cost = nbv + share(nbv, rng.int(50, 200), 100)
    const proceeds = share(nbv, rng.int(60, 150), 100)
    const capex = share(open, rng.int(10, 30), 100)
    const close = open + capex - dep - imp - nbv
    const m = money(rng)
    return {
      stem: `Estimate capital expenditure from the fixed-asset note: capex = closing net book value − opening net book value + depreciation + impairment + net book value of disposals. Opening NBV ${m(open)}, closing NBV ${m(close)}, depreciation ${m(dep)}, impairment ${m(imp)}; disposals had an original cost of ${m(cost)}, a net book value of ${m(nbv)} and sold for ${m(proceeds)}. What was capex?`,
      key: m(capex),
      wrong: possible([
        [m(close - open + dep), 'leaves impairment and disposals out'],
        [m(capex - imp), 'leaves the impairment out'],
        [m(capex - nbv + cost), 'adds the disposals at original cost'],
        [m(capex - nbv + proceeds), 'adds the sale proceeds, not book value'],
        [m(capex + proceeds), 'adds the proceeds as well as book value'],
        [m(capex - 2 * nbv), 'deducts the disposals'],
      ]),
      figures: { open, dep, imp, nbv, cost, proceeds, capex },
    }
  }),
  family('normalised-ebitda-owner-managed', (rng) => {
    const ebitda = thousands(rng, 200, 1200)
    const salary = share(ebitda, rng.int(20, 50), 100)
    const market = share(salary, rng.int(40, 80), 100)
    const legal = share(ebitda, rng.int(3, 12), 100)
    const grant = share(ebitda, rng.int(2, 10), 100)
    const m = money(rng)
    const key = ebitda + (salary - market) + legal - grant
    return {
      stem: `For an owner-managed borrower the lender normalises EBITDA: add back the owner's salary above a market rate for the role, add back one-off legal costs, and remove a one-off government grant included in income. Reported EBITDA is ${m(ebitda)}; the owner drew a salary of ${m(salary)} against a market rate of ${m(market)}; one-off legal costs were ${m(legal)} and the grant ${m(grant)}. What is normalised EBITDA?`,
      key: m(key),
      wrong: [
        [m(key + market), 'adds back the whole salary'],
        [m(key + 2 * grant), 'adds the grant instead of removing it'],
        [m(key + grant), 'leaves the grant in'],
        [m(key - 2 * legal), 'takes the legal costs off instead of adding them back'],
        [m(key - (salary - market)), 'makes no salary adjustment'],
        [m(ebitda), 'makes no adjustments'],
      ],
      figures: { ebitda, salary, market, legal, grant },
    }
  }),
  family('fcf-conversion', (rng) => {
    const ebitda = thousands(rng, 400, 2500)
    const tax = share(ebitda, rng.int(8, 18), 100)
    const capex = share(ebitda, rng.int(10, 30), 100)
    const dwc = share(ebitda, rng.int(2, 12), 100)
    const m = money(rng)
    const fcf = ebitda - tax - capex - dwc
    return {
      stem: `Cash conversion is free cash flow ÷ EBITDA, with free cash flow = EBITDA − tax paid − capex − increase in working capital. EBITDA is ${m(ebitda)}, tax paid ${m(tax)}, capex ${m(capex)}, and working capital rose ${m(dwc)}. What is cash conversion, as a percentage to two decimal places?`,
      key: bp(pct(fcf, ebitda)),
      wrong: [
        [bp(pct(fcf + dwc, ebitda)), 'leaves working capital out'],
        [bp(pct(fcf + 2 * dwc, ebitda)), 'adds the working-capital increase'],
        [bp(pct(fcf + capex, ebitda)), 'leaves capex out'],
        [bp(pct(fcf - tax, ebitda)), 'deducts tax twice'],
        [bp(pct(fcf, ebitda - capex)), 'divides by EBITDA less capex'],
        [bp(pct(fcf - capex, ebitda)), 'deducts capex twice'],
        [bp(pct(fcf - dwc, ebitda)), 'deducts the working-capital increase twice'],
      ],
      figures: { ebitda, tax, capex, dwc },
    }
  }),
  family('break-even-ebitda-for-dscr', (rng) => {
    const ds = thousands(rng, 100, 800)
    // Not 1.00×: there three of the named mistakes are the key.
    const target = rng.pick([110, 120, 125, 130, 150])
    const tax = share(ds, rng.int(10, 40), 100)
    const capex = share(ds, rng.int(10, 60), 100)
    const m = money(rng)
    const need = share(ds, target, 100)
    return {
      stem: `DSCR is CFADS ÷ debt service, with CFADS = EBITDA − tax paid − maintenance capex. Annual debt service is ${m(ds)}, tax paid is expected at ${m(tax)} and maintenance capex at ${m(capex)} whatever EBITDA is. What is the lowest EBITDA that gives a DSCR of ${(target / 100).toFixed(2)}× (debt service × ratio rounded to the cent)?`,
      key: m(need + tax + capex),
      wrong: [
        [m(need), 'leaves tax and capex out'],
        [m(need + capex), 'leaves tax out'],
        [m(share(ds + tax + capex, target, 100)), 'applies the ratio to tax and capex too'],
        [m(share(ds, 100, target) + tax + capex), 'divides debt service by the ratio'],
        [m(need - tax - capex), 'deducts tax and capex'],
        [m(ds + tax + capex), 'works a ratio of 1.00×'],
      ],
      figures: { ds, target, tax, capex },
    }
  }),
  family('cfads-with-cash-tax-estimate', (rng) => {
    const ebitda = thousands(rng, 400, 2500)
    const allow = share(ebitda, rng.int(10, 30), 100)
    const int = share(ebitda, rng.int(5, 20), 100)
    const rate = rng.pick([1900, 2000, 2500, 2800])
    const capex = share(ebitda, rng.int(8, 25), 100)
    const m = money(rng)
    const tax = share(ebitda - allow - int, rate, 10000)
    const key = ebitda - tax - capex
    return {
      stem: `Estimate cash tax as ${bp(rate)} of taxable profit, where taxable profit = EBITDA − capital allowances − interest (rounded to the cent), then CFADS = EBITDA − cash tax − capex. EBITDA is ${m(ebitda)}, capital allowances ${m(allow)}, interest ${m(int)} and capex ${m(capex)}. What is CFADS?`,
      key: m(key),
      wrong: [
        [m(ebitda - share(ebitda, rate, 10000) - capex), 'taxes EBITDA with no deductions'],
        [
          m(ebitda - share(ebitda - allow, rate, 10000) - capex),
          'gives no tax relief for interest',
        ],
        [m(ebitda - capex), 'leaves tax out'],
        [m(key - int), 'deducts interest from CFADS as well'],
        [m(ebitda - tax), 'leaves capex out'],
        [m(key - allow), 'deducts the capital allowances as cash'],
      ],
      figures: { ebitda, allow, int, rate, capex },
    }
  }),
  family('peak-funding-need-from-monthly-forecast', (rng) => {
    const open = thousands(rng, 20, 120)
    const flows = Array.from({ length: 6 }, () => thousands(rng, -150, 120))
    const m = money(rng)
    let bal = open
    let low = open
    for (const f of flows) {
      bal += f
      low = Math.min(low, bal)
    }
    if (low >= 0) throw new VariantError('never overdrawn')
    const worst = Math.min(...flows)
    const negatives = flows.filter((f) => f < 0).reduce((a, f) => a + f, 0)
    const shown = flows.map(
      (f, i) => `month ${i + 1} ${f < 0 ? 'outflow' : 'inflow'} ${m(Math.abs(f))}`,
    )
    return {
      stem: `A borrower's cash forecast starts with ${m(open)} in the bank; net cash flows are ${shown.join(', ')}. The lender sizes the overdraft as the largest month-end shortfall below zero. What overdraft limit does the forecast need?`,
      key: m(-low),
      wrong: [
        [m(-negatives), 'adds up every outflow month'],
        [m(-worst), 'takes the worst single month'],
        [m(-low + open), 'ignores the opening balance'],
        [m(-(worst + open)), 'takes the worst month less the opening balance'],
        [m(Math.abs(bal)), 'gives the closing balance'],
      ],
      figures: {
        open,
        f1: flows[0]!,
        f2: flows[1]!,
        f3: flows[2]!,
        f4: flows[3]!,
        f5: flows[4]!,
        f6: flows[5]!,
      },
    }
  }),
  family('fcf-to-debt', (rng) => {
    const debt = thousands(rng, 800, 5000)
    const cfo = share(debt, rng.int(10, 40), 100)
    const capex = share(cfo, rng.int(20, 60), 100)
    const div = share(cfo, rng.int(5, 25), 100)
    const cash = share(debt, rng.int(5, 20), 100)
    const m = money(rng)
    const fcf = cfo - capex - div
    return {
      stem: `The lender's cash-flow leverage test is retained free cash flow ÷ gross debt, where retained free cash flow = cash from operations − capex − dividends. Cash from operations is ${m(cfo)}, capex ${m(capex)}, dividends ${m(div)}, gross debt ${m(debt)} and cash ${m(cash)}. What is the ratio, as a percentage to two decimal places?`,
      key: bp(pct(fcf, debt)),
      wrong: [
        [bp(pct(cfo, debt)), 'uses cash from operations'],
        [bp(pct(cfo - capex, debt)), 'leaves dividends in'],
        [bp(pct(fcf, debt - cash)), 'divides by net debt'],
        [bp(pct(cfo - div, debt)), 'gives retained cash flow before capex over debt'],
        [bp(pct(fcf, debt + cash)), 'adds the cash to debt'],
      ],
      figures: { debt, cfo, capex, div, cash },
    }
  }),
  family('cash-for-debt-service-after-drawings', (rng) => {
    const ebitda = thousands(rng, 150, 900)
    const tax = share(ebitda, rng.int(8, 18), 100)
    const capex = share(ebitda, rng.int(5, 20), 100)
    const draw = share(ebitda, rng.int(10, 30), 100)
    const dwc = share(ebitda, rng.int(2, 10), 100)
    const m = money(rng)
    const key = ebitda - tax - capex - dwc - draw
    return {
      stem: `A partnership's EBITDA is stated before the partners' drawings, which the lender treats as a cash outflow ahead of debt service. Cash available for debt service = EBITDA − tax paid − capex − increase in working capital − drawings. EBITDA is ${m(ebitda)}, tax paid ${m(tax)}, capex ${m(capex)}, working capital rose ${m(dwc)} and drawings were ${m(draw)}. What cash is available for debt service?`,
      key: m(key),
      wrong: [
        [m(key + draw), 'leaves the drawings out'],
        [m(key + 2 * dwc), 'adds the working-capital increase'],
        [m(key - draw), 'takes the drawings off twice'],
        [m(key + tax), 'leaves tax out'],
        [m(key - tax), 'takes tax off twice'],
        [m(key + capex + dwc + draw + tax), 'gives EBITDA'],
      ],
      figures: { ebitda, tax, capex, draw, dwc },
    }
  }),
  family('cfo-to-current-liabilities', (rng) => {
    const cl = thousands(rng, 300, 1500)
    const cfo = share(cl, rng.int(20, 90), 100)
    const ltd = share(cl, rng.int(50, 200), 100)
    const cplt = share(cl, rng.int(5, 20), 100)
    const m = money(rng)
    const avg = cl + share(cl, rng.int(-15, 15), 100)
    return {
      stem: `A trade creditor's cash-flow liquidity test is cash from operations ÷ average current liabilities ((opening + closing) ÷ 2), as a percentage. Cash from operations is ${m(cfo)}; current liabilities were ${m(avg)} at the start of the year and ${m(cl)} at the end (the end figure includes ${m(cplt)} of loan due within a year); long-term debt is ${m(ltd)}. What is the ratio, to two decimal places?`,
      key: bp(ratio(cfo * 200, avg + cl)),
      wrong: [
        [bp(pct(cfo, cl)), 'uses closing current liabilities only'],
        [bp(pct(cfo, avg)), 'uses opening current liabilities only'],
        [bp(pct(cfo, avg + cl)), 'adds the two years without halving'],
        [bp(ratio(cfo * 200, avg + cl - cplt)), 'leaves the loan due within a year out'],
        [bp(ratio(cfo * 200, avg + cl + 2 * ltd)), 'adds long-term debt'],
      ],
      figures: { cl, cfo, ltd, cplt, avg },
    }
  }),
  family('ebitdar-from-operating-profit', (rng) => {
    const op = thousands(rng, 200, 1500)
    const dep = share(op, rng.int(15, 50), 100)
    const rent = share(op, rng.int(15, 60), 100)
    const lease = share(rent, rng.int(20, 60), 100)
    const m = money(rng)
    const key = op + dep + rent
    return {
      stem: `The lender compares tenants on EBITDAR = operating profit + depreciation + rent. Operating profit is ${m(op)} after depreciation ${m(dep)} and rent ${m(rent)}; the notes also show finance-lease interest of ${m(lease)}, which is below operating profit. What is EBITDAR?`,
      key: m(key),
      wrong: [
        [m(op + dep), 'gives EBITDA, rent not added back'],
        [m(key + lease), 'adds the lease interest back too'],
        [m(op + rent), 'leaves depreciation out'],
        [m(key - lease), 'takes the lease interest off'],
        [m(key + rent), 'adds rent back twice'],
      ],
      figures: { op, dep, rent, lease },
    }
  }),
]
