import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Company,
  company,
  days,
  drawn,
  family,
  figures,
  pct,
  symbol,
  thousands,
  times,
} from './fsa-text.js'

// Liquidity, solvency and coverage as an analyst reads them off a balance sheet and income
// statement: which balances go over which, and the mistakes of taking the wrong line (total for
// current, EBITDA for EBIT, gross for net debt). Every rounding is stated in the stem.

export const LIQUIDITY_FAMILIES: readonly ScenarioFamily[] = [
  family('current-ratio', (rng) => {
    const m = thousands(symbol(rng))
    const cash = drawn(rng, 40, 400, 5)
    const ar = drawn(rng, 100, 900, 5)
    const inv = drawn(rng, 100, 900, 5)
    const ncl = drawn(rng, 300, 2000, 10)
    const cl = drawn(rng, 200, 1200, 5)
    const ltd = drawn(rng, 200, 1500, 10)
    const ca = cash + ar + inv
    return figures(rng, times(2), {
      stem: `${Company(rng)} reports cash ${m(cash)}, trade receivables ${m(ar)}, inventory ${m(inv)}, property and equipment ${m(ncl)}, current liabilities ${m(cl)} and long-term borrowings ${m(ltd)}. What is the current ratio (two decimal places)?`,
      in: { cash, ar, inv, ncl, cl, ltd },
      key: ca / cl,
      wrong: [
        ['quick', (cash + ar) / cl, 'leaves inventory out, giving the quick ratio'],
        ['allLiab', ca / (cl + ltd), 'divides by all liabilities, not only current ones'],
        ['inverse', cl / ca, 'puts current liabilities over current assets'],
        ['allAssets', (ca + ncl) / cl, 'counts property and equipment as a current asset'],
      ],
    })
  }),
  family('quick-ratio-excludes-inventory-and-prepayments', (rng) => {
    const m = thousands(symbol(rng))
    const cash = drawn(rng, 40, 400, 5)
    const ar = drawn(rng, 100, 900, 5)
    const inv = drawn(rng, 100, 900, 5)
    const pre = drawn(rng, 20, 120, 5)
    const cl = drawn(rng, 300, 1200, 5)
    return figures(rng, times(2), {
      stem: `For ${company(rng)}: cash ${m(cash)}, trade receivables ${m(ar)}, inventory ${m(inv)}, prepaid expenses ${m(pre)}, current liabilities ${m(cl)}. Taking quick assets as cash plus receivables only, what is the quick (acid-test) ratio to two decimal places?`,
      in: { cash, ar, inv, pre, cl },
      key: (cash + ar) / cl,
      wrong: [
        ['withPre', (cash + ar + pre) / cl, 'keeps prepaid expenses among quick assets'],
        ['current', (cash + ar + inv + pre) / cl, 'gives the current ratio'],
        ['cashOnly', cash / cl, 'leaves receivables out, giving the cash ratio'],
        ['withInv', (cash + ar + inv) / cl, 'removes prepayments but keeps inventory'],
      ],
    })
  }),
  family('cash-ratio', (rng) => {
    const m = thousands(symbol(rng))
    const cash = drawn(rng, 40, 300, 5)
    const mkt = drawn(rng, 20, 200, 5)
    const ar = drawn(rng, 100, 900, 5)
    const cl = drawn(rng, 300, 1200, 5)
    return figures(rng, times(2), {
      stem: `${Company(rng)} holds cash ${m(cash)}, short-term marketable securities ${m(mkt)} and trade receivables ${m(ar)} against current liabilities of ${m(cl)}. What is the cash ratio, counting cash and marketable securities (two decimal places)?`,
      in: { cash, mkt, ar, cl },
      key: (cash + mkt) / cl,
      wrong: [
        ['cashOnly', cash / cl, 'leaves the marketable securities out'],
        ['quick', (cash + mkt + ar) / cl, 'adds receivables, giving the quick ratio'],
        ['inverse', cl / (cash + mkt), 'puts liabilities over cash'],
      ],
    })
  }),
  family('debt-to-equity-interest-bearing', (rng) => {
    const m = thousands(symbol(rng))
    const std = drawn(rng, 50, 400, 5)
    const ltd = drawn(rng, 300, 2500, 10)
    const ap = drawn(rng, 100, 800, 5)
    const eq = drawn(rng, 800, 4000, 10)
    return figures(rng, times(2), {
      stem: `${Company(rng)}'s balance sheet shows short-term bank loans ${m(std)}, long-term borrowings ${m(ltd)}, trade payables ${m(ap)} and total equity ${m(eq)}. Defining debt as interest-bearing borrowings, what is the debt-to-equity ratio (two decimal places)?`,
      in: { std, ltd, ap, eq },
      key: (std + ltd) / eq,
      wrong: [
        ['withAp', (std + ltd + ap) / eq, 'counts trade payables as debt'],
        ['longOnly', ltd / eq, 'leaves out the short-term bank loans'],
        ['capital', (std + ltd) / (std + ltd + eq), 'gives debt over debt plus equity (gearing)'],
        ['inverse', eq / (std + ltd), 'puts equity over debt'],
      ],
    })
  }),
  family('gearing-debt-to-capital', (rng) => {
    const m = thousands(symbol(rng))
    const debt = drawn(rng, 300, 3000, 10)
    const cash = drawn(rng, 50, 400, 5)
    const eq = drawn(rng, 800, 4000, 10)
    return figures(rng, pct(1), {
      stem: `${Company(rng)} has borrowings of ${m(debt)}, cash of ${m(cash)} and equity of ${m(eq)}. A lender measures gross gearing as borrowings over borrowings plus equity. What is it (one decimal place)?`,
      in: { debt, cash, eq },
      key: debt / (debt + eq),
      wrong: [
        ['de', debt / eq, 'divides by equity alone (debt-to-equity)'],
        ['net', (debt - cash) / (debt - cash + eq), 'nets cash off though the measure is gross'],
        ['eqShare', eq / (debt + eq), 'gives the equity share of capital'],
      ],
    })
  }),
  family('debt-ratio-total-liabilities', (rng) => {
    const m = thousands(symbol(rng))
    const cl = drawn(rng, 200, 1200, 5)
    const ncl = drawn(rng, 300, 2500, 10)
    const eq = drawn(rng, 600, 4000, 10)
    const ta = cl + ncl + eq
    return figures(rng, pct(1), {
      stem: `${Company(rng)} reports total assets of ${m(ta)}, current liabilities ${m(cl)} and non-current liabilities ${m(ncl)}. What is the debt ratio, total liabilities over total assets (one decimal place)?`,
      in: { cl, ncl, eq },
      key: (cl + ncl) / ta,
      wrong: [
        ['ncl', ncl / ta, 'counts only non-current liabilities'],
        ['overEq', (cl + ncl) / eq, 'divides by equity instead of total assets'],
        ['equity', eq / ta, 'gives the equity ratio'],
      ],
    })
  }),
  family('net-debt-to-ebitda', (rng) => {
    const m = thousands(symbol(rng))
    const debt = drawn(rng, 800, 6000, 10)
    const cash = drawn(rng, 100, 700, 10)
    const ebit = drawn(rng, 300, 1500, 10)
    const da = drawn(rng, 80, 500, 10)
    return figures(rng, times(2), {
      stem: `${Company(rng)} has gross borrowings of ${m(debt)} and cash of ${m(cash)}; operating profit (EBIT) was ${m(ebit)} after depreciation and amortisation of ${m(da)}. What is net debt to EBITDA (two decimal places)?`,
      in: { debt, cash, ebit, da },
      key: (debt - cash) / (ebit + da),
      wrong: [
        ['gross', debt / (ebit + da), 'uses gross borrowings, not net of cash'],
        ['ebit', (debt - cash) / ebit, 'divides by EBIT instead of EBITDA'],
        ['addCash', (debt + cash) / (ebit + da), 'adds cash to debt instead of netting it'],
        ['grossEbit', debt / ebit, 'uses gross debt and EBIT'],
      ],
    })
  }),
  family('interest-coverage-ebit', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 300, 2000, 10)
    const int = drawn(rng, 40, 300, 5)
    const tax = Math.round((ebit - int) * 0.25)
    return figures(rng, times(2), {
      stem: `${Company(rng)}: operating profit (EBIT) ${m(ebit)}, interest expense ${m(int)}, profit before tax ${m(ebit - int)}, income tax ${m(tax)}. What is interest cover, EBIT over interest expense (two decimal places)?`,
      in: { ebit, int, tax },
      key: ebit / int,
      wrong: [
        ['pbt', (ebit - int) / int, 'uses profit before tax, already after interest'],
        ['net', (ebit - int - tax) / int, 'uses net profit after tax'],
        ['inverse', int / ebit, 'puts interest over EBIT'],
      ],
    })
  }),
  family('fixed-charge-coverage-with-lease-cost', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 300, 1500, 10)
    const int = drawn(rng, 40, 250, 5)
    const lease = drawn(rng, 60, 400, 5)
    return figures(rng, times(2), {
      stem: `${Company(rng)} reports EBIT of ${m(ebit)} after short-term lease rent of ${m(lease)}, and interest expense of ${m(int)}. Fixed-charge cover is (EBIT plus lease payments) over (interest plus lease payments). What is it (two decimal places)?`,
      in: { ebit, int, lease },
      key: (ebit + lease) / (int + lease),
      wrong: [
        ['tie', ebit / int, 'gives plain interest cover, ignoring the lease charge'],
        ['noAddBack', ebit / (int + lease), 'adds lease to the charges but not back to EBIT'],
        ['topOnly', (ebit + lease) / int, 'adds lease back to EBIT but not to the charges'],
      ],
    })
  }),
  family('debt-service-coverage', (rng) => {
    const m = thousands(symbol(rng))
    const ebitda = drawn(rng, 500, 3000, 10)
    const int = drawn(rng, 50, 300, 5)
    const prin = drawn(rng, 100, 800, 10)
    const tax = drawn(rng, 50, 300, 5)
    return figures(rng, times(2), {
      stem: `A bank tests ${company(rng)}'s debt service cover as (EBITDA less cash tax paid) over scheduled interest plus principal repayments. EBITDA ${m(ebitda)}, cash tax paid ${m(tax)}, interest ${m(int)}, principal due ${m(prin)}. What is the ratio (two decimal places)?`,
      in: { ebitda, int, prin, tax },
      key: (ebitda - tax) / (int + prin),
      wrong: [
        ['intOnly', (ebitda - tax) / int, 'leaves principal repayments out of debt service'],
        ['preTax', ebitda / (int + prin), 'does not take off cash tax paid'],
        ['prinOnly', (ebitda - tax) / prin, 'leaves interest out of debt service'],
      ],
    })
  }),
  family('cash-interest-coverage-ebitda', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 200, 1500, 10)
    const da = drawn(rng, 50, 500, 10)
    const int = drawn(rng, 40, 300, 5)
    return figures(rng, times(2), {
      stem: `A covenant sets EBITDA interest cover (EBITDA over interest expense) at no less than 4.00x. ${Company(rng)} reports operating profit ${m(ebit)}, depreciation and amortisation ${m(da)} and interest expense ${m(int)}. What is the ratio (two decimal places)?`,
      in: { ebit, da, int },
      key: (ebit + da) / int,
      wrong: [
        ['ebit', ebit / int, 'uses EBIT, not adding back depreciation and amortisation'],
        ['minus', (ebit - da) / int, 'subtracts depreciation again instead of adding it back'],
        ['pbt', (ebit + da - int) / int, 'takes interest off EBITDA before dividing'],
      ],
    })
  }),
  family('working-capital-amount', (rng) => {
    const m = thousands(symbol(rng))
    const cash = drawn(rng, 40, 400, 5)
    const ar = drawn(rng, 100, 900, 5)
    const inv = drawn(rng, 100, 900, 5)
    const ap = drawn(rng, 100, 800, 5)
    const cpd = drawn(rng, 50, 300, 5)
    const ltd = drawn(rng, 300, 1500, 10)
    const ca = cash + ar + inv
    return figures(rng, m, {
      stem: `${Company(rng)}: cash ${m(cash)}, receivables ${m(ar)}, inventory ${m(inv)}, trade payables ${m(ap)}, current portion of long-term debt ${m(cpd)}, non-current borrowings ${m(ltd)}. What is net working capital (current assets less current liabilities)?`,
      in: { cash, ar, inv, ap, cpd, ltd },
      key: ca - ap - cpd,
      wrong: [
        [
          'noCpd',
          ca - ap,
          'leaves the current portion of long-term debt out of current liabilities',
        ],
        ['allDebt', ca - ap - cpd - ltd, 'takes off non-current borrowings too'],
        ['operating', ar + inv - ap, 'gives trade working capital, leaving cash out'],
      ],
      signed: true,
    })
  }),
  family('current-ratio-after-paying-suppliers', (rng) => {
    const m = thousands(symbol(rng))
    const ca = drawn(rng, 800, 2000, 10)
    const cl = drawn(rng, 400, 1200, 10)
    const pay = drawn(rng, 50, Math.min(300, cl - 100), 10)
    return figures(rng, times(2), {
      stem: `At the year end ${company(rng)} has current assets of ${m(ca)} and current liabilities of ${m(cl)}. The day before, it had paid ${m(pay)} of trade payables from cash (already reflected in the balances above). What was the current ratio before that payment (two decimal places)?`,
      in: { ca, cl, pay },
      key: (ca + pay) / (cl + pay),
      wrong: [
        ['asIs', ca / cl, 'gives the ratio after the payment'],
        ['liabOnly', ca / (cl + pay), 'adds the payment back to liabilities but not to cash'],
        ['reversed', (ca - pay) / (cl - pay), 'takes the payment off both balances again'],
      ],
    })
  }),
  family('defensive-interval-days', (rng) => {
    const m = thousands(symbol(rng))
    const cash = drawn(rng, 100, 600, 5)
    const mkt = drawn(rng, 20, 200, 5)
    const ar = drawn(rng, 100, 800, 5)
    const opex = drawn(rng, 2000, 9000, 10)
    const da = drawn(rng, 100, 600, 10)
    const q = cash + mkt + ar
    return figures(rng, days(1), {
      stem: `${Company(rng)} holds cash ${m(cash)}, marketable securities ${m(mkt)} and receivables ${m(ar)}. Annual operating expenses are ${m(opex)}, including depreciation of ${m(da)}. Using a 365-day year and cash expenses only, how many days could it run on these defensive assets (one decimal place)?`,
      in: { cash, mkt, ar, opex, da },
      key: q / ((opex - da) / 365),
      wrong: [
        ['withDa', q / (opex / 365), 'keeps non-cash depreciation in daily expenses'],
        ['cashOnly', cash / ((opex - da) / 365), 'counts only cash'],
        ['y360', q / ((opex - da) / 360), 'uses a 360-day year'],
      ],
    })
  }),
  family('times-interest-earned-with-capitalised-interest', (rng) => {
    const m = thousands(symbol(rng))
    const ebit = drawn(rng, 300, 1500, 10)
    const exp = drawn(rng, 40, 200, 5)
    const cap = drawn(rng, 20, 150, 5)
    return figures(rng, times(2), {
      stem: `${Company(rng)} expensed interest of ${m(exp)} and capitalised a further ${m(cap)} into a plant under construction; EBIT was ${m(ebit)}. An analyst measures interest cover on all interest incurred. What is EBIT over total interest (two decimal places)?`,
      in: { ebit, exp, cap },
      key: ebit / (exp + cap),
      wrong: [
        ['expensed', ebit / exp, 'uses only the interest expensed, missing what was capitalised'],
        ['capOnly', ebit / cap, 'uses only the capitalised interest'],
        ['addBack', (ebit + cap) / (exp + cap), 'also adds the capitalised interest to EBIT'],
      ],
    })
  }),
  family('net-debt-amount-with-leases', (rng) => {
    const m = thousands(symbol(rng))
    const loans = drawn(rng, 500, 4000, 10)
    const lease = drawn(rng, 100, 900, 10)
    const cash = drawn(rng, 100, 800, 10)
    const ap = drawn(rng, 100, 800, 10)
    return figures(rng, m, {
      stem: `An IFRS reporter, ${company(rng)}, shows bank loans ${m(loans)}, lease liabilities ${m(lease)}, trade payables ${m(ap)} and cash ${m(cash)}. The lender's definition of net debt includes lease liabilities. What is net debt?`,
      in: { loans, lease, cash, ap },
      key: loans + lease - cash,
      wrong: [
        ['noLease', loans - cash, 'leaves the lease liabilities out'],
        ['gross', loans + lease, 'does not net off cash'],
        ['withAp', loans + lease + ap - cash, 'counts trade payables as debt'],
        ['addCash', loans + lease + cash, 'adds cash instead of subtracting it'],
      ],
    })
  }),
]
