import { VariantError } from '../assemble-variant.js'
import {
  borrower,
  bp,
  cap,
  family,
  money,
  possible,
  ratio,
  share,
  thousands,
  times,
} from './cra-text.js'

// Leverage and coverage. Lenders' definitions differ (gross or net debt, EBIT or EBITDA, leases in
// or out), so every stem states the one its facility agreement uses and the mistakes are the
// neighbouring definitions an analyst applies by habit.

/** `a ÷ b` in basis points (a percentage to two places), rounded half away from zero. */
const pct = (a: number, b: number): number => ratio(a * 100, b)

export const LEVERAGE_FAMILIES = [
  family('debt-to-ebitda', (rng) => {
    const ebit = thousands(rng, 300, 1500)
    const da = share(ebit, rng.int(20, 80), 100)
    const ebitda = ebit + da
    const [term, rcf, lease, pay] = [
      share(ebitda, rng.int(100, 250), 100),
      share(ebitda, rng.int(20, 80), 100),
      share(ebitda, rng.int(10, 50), 100),
      share(ebitda, rng.int(30, 90), 100),
    ]
    const m = money(rng)
    const debt = term + rcf + lease
    return {
      stem: `The facility agreement defines total debt as the term loan, drawn revolving credit and finance-lease liabilities (trade payables are not debt) and leverage as total debt ÷ EBITDA, where EBITDA = operating profit + depreciation and amortisation. ${cap(borrower(rng))} has operating profit ${m(ebit)}, depreciation and amortisation ${m(da)}, term loan ${m(term)}, revolver drawn ${m(rcf)}, finance leases ${m(lease)} and trade payables ${m(pay)}. What is leverage, to two decimal places?`,
      key: times(ratio(debt, ebitda)),
      wrong: [
        [times(ratio(debt, ebit)), 'divides by operating profit, not EBITDA'],
        [times(ratio(term + rcf, ebitda)), 'leaves the finance leases out'],
        [times(ratio(debt + pay, ebitda)), 'counts trade payables as debt'],
        [times(ratio(term, ebitda)), 'counts the term loan only'],
        [times(ratio(debt, ebitda + da)), 'adds depreciation and amortisation back twice'],
      ],
      figures: { ebit, da, term, rcf, lease, pay },
    }
  }),
  family('net-debt-to-ebitda', (rng) => {
    const ebitda = thousands(rng, 400, 2000)
    const debt = share(ebitda, rng.int(150, 400), 100)
    const cash = share(ebitda, rng.int(20, 80), 100)
    const restricted = share(cash, rng.int(15, 45), 100)
    const ebit = ebitda - share(ebitda, rng.int(15, 35), 100)
    const m = money(rng)
    const net = debt - (cash - restricted)
    return {
      stem: `The lender's leverage covenant uses net debt ÷ EBITDA, with net debt = total debt − unrestricted cash (cash held in a restricted account may not be netted). The borrower has total debt ${m(debt)}, cash ${m(cash)} of which ${m(restricted)} is restricted, EBITDA ${m(ebitda)} and EBIT ${m(ebit)}. What is net leverage, to two decimal places?`,
      key: times(ratio(net, ebitda)),
      wrong: [
        [times(ratio(debt, ebitda)), 'uses gross debt'],
        [times(ratio(debt - cash, ebitda)), 'nets all the cash, restricted included'],
        [times(ratio(net, ebit)), 'divides by EBIT'],
        [times(ratio(debt + cash - restricted, ebitda)), 'adds the cash instead of netting it'],
        [times(ratio(debt - restricted, ebitda)), 'nets the restricted cash, not the free cash'],
      ],
      figures: { debt, cash, restricted, ebitda, ebit },
    }
  }),
  family('gearing-net-debt-to-capital', (rng) => {
    const eq = thousands(rng, 500, 3000)
    const debt = share(eq, rng.int(40, 160), 100)
    const cash = share(debt, rng.int(5, 35), 100)
    const assets = eq + debt + share(eq, rng.int(30, 120), 100)
    const m = money(rng)
    const nd = debt - cash
    return {
      stem: `The lender states gearing as net debt ÷ (net debt + equity), where net debt = borrowings − cash. The borrower has borrowings ${m(debt)}, cash ${m(cash)}, equity ${m(eq)} and total assets ${m(assets)}. What is gearing, as a percentage to two decimal places?`,
      key: bp(pct(nd, nd + eq)),
      wrong: [
        [bp(pct(nd, eq)), 'divides net debt by equity alone'],
        [bp(pct(debt, debt + eq)), 'uses gross borrowings'],
        [bp(pct(nd, assets)), 'divides by total assets'],
        [bp(pct(debt, eq)), 'gives gross debt to equity'],
        [bp(pct(eq, nd + eq)), 'gives the equity share of capital'],
      ],
      figures: { eq, debt, cash, assets },
    }
  }),
  family('interest-cover-gross-interest', (rng) => {
    const int = thousands(rng, 40, 300)
    const ebit = share(int, rng.int(150, 600), 100)
    const da = share(ebit, rng.int(20, 70), 100)
    const inc = share(int, rng.int(10, 40), 100)
    const m = money(rng)
    return {
      stem: `The facility agreement sets interest cover as EBIT ÷ gross interest payable (interest income is not netted off). The borrower reports EBIT ${m(ebit)}, depreciation and amortisation ${m(da)}, interest payable ${m(int)} and interest receivable ${m(inc)}. What is interest cover, to two decimal places?`,
      key: times(ratio(ebit, int)),
      wrong: [
        [times(ratio(ebit + da, int)), 'uses EBITDA'],
        [times(ratio(ebit, int - inc)), 'nets interest income off'],
        [times(ratio(ebit - int, int)), 'uses profit after interest'],
        [times(ratio(ebit - int + inc, int)), 'uses profit before tax'],
        [times(ratio(ebit + da, int - inc)), 'uses EBITDA over net interest'],
        [times(ratio(ebit, int + inc)), 'adds interest income to the interest charge'],
      ],
      figures: { ebit, da, int, inc },
    }
  }),
  family('dscr-on-cfads', (rng) => {
    const ebitda = thousands(rng, 400, 2000)
    const tax = share(ebitda, rng.int(5, 15), 100)
    const mcap = share(ebitda, rng.int(5, 20), 100)
    const gcap = share(ebitda, rng.int(5, 25), 100)
    const int = share(ebitda, rng.int(8, 20), 100)
    const prin = share(ebitda, rng.int(20, 45), 100)
    const m = money(rng)
    const cfads = ebitda - tax - mcap
    return {
      stem: `The lender defines DSCR as CFADS ÷ (interest + scheduled principal), with CFADS = EBITDA − tax paid − maintenance capex (growth capex is funded by a separate facility and left out). EBITDA is ${m(ebitda)}, tax paid ${m(tax)}, maintenance capex ${m(mcap)}, growth capex ${m(gcap)}, interest ${m(int)} and scheduled principal ${m(prin)}. What is the DSCR, to two decimal places?`,
      key: times(ratio(cfads, int + prin)),
      wrong: [
        [times(ratio(ebitda, int + prin)), 'uses EBITDA, not CFADS'],
        [times(ratio(cfads - gcap, int + prin)), 'takes the growth capex off as well'],
        [times(ratio(cfads, prin)), 'leaves interest out of debt service'],
        [
          times(ratio(cfads - int, int + prin)),
          'takes interest off CFADS and counts it in debt service',
        ],
        [times(ratio(ebitda - mcap, int + prin)), 'leaves tax paid in CFADS'],
        [times(ratio(cfads, int + prin + gcap)), 'counts the growth capex as debt service'],
      ],
      figures: { ebitda, tax, mcap, gcap, int, prin },
    }
  }),
  family('fixed-charge-cover', (rng) => {
    const int = thousands(rng, 40, 250)
    const rent = share(int, rng.int(50, 200), 100)
    const ebit = share(int + rent, rng.int(130, 350), 100)
    const da = share(ebit, rng.int(15, 50), 100)
    const m = money(rng)
    return {
      stem: `The lender's fixed-charge cover is (EBIT + rent) ÷ (interest + rent): rent is a fixed charge, so it is added back above the line and counted below it. The borrower has EBIT ${m(ebit)} (after rent of ${m(rent)} and depreciation of ${m(da)}) and interest of ${m(int)}. What is fixed-charge cover, to two decimal places?`,
      key: times(ratio(ebit + rent, int + rent)),
      wrong: [
        [times(ratio(ebit, int)), 'gives plain interest cover'],
        [times(ratio(ebit, int + rent)), 'counts rent below the line but does not add it back'],
        [times(ratio(ebit + rent, int)), 'adds rent back but leaves it out of the charges'],
        [times(ratio(ebit - rent, int + rent)), 'takes rent off EBIT a second time'],
        [times(ratio(ebit + da + rent, int + rent)), 'starts from EBITDA, not EBIT'],
        [times(ratio(int + rent, ebit + rent)), 'inverts the ratio, charges over earnings'],
      ],
      figures: { ebit, rent, int, da },
    }
  }),
  family('leverage-covenant-ebitda-headroom', (rng) => {
    const ebitda = thousands(rng, 500, 2500)
    const cov = rng.pick([300, 325, 350, 375, 400, 450])
    const debt = share(ebitda, cov - rng.int(40, 150), 100)
    const oneoff = share(ebitda, rng.int(5, 15), 100)
    const m = money(rng)
    const e = ebitda + oneoff
    // EBITDA may fall until debt ÷ EBITDA equals the covenant: to debt ÷ covenant.
    const floor = share(debt, 100, cov)
    return {
      stem: `The leverage covenant is total debt ÷ covenant EBITDA of no more than ${(cov / 100).toFixed(2)}×, where covenant EBITDA is reported EBITDA plus the one-off restructuring costs the agreement allows to be added back. Reported EBITDA is ${m(ebitda)}, the allowed one-off costs ${m(oneoff)} and total debt ${m(debt)}. By what percentage of covenant EBITDA can covenant EBITDA fall before the covenant is breached (to two decimal places)? Work the lowest EBITDA as debt ÷ covenant level, rounded to the cent.`,
      key: bp(pct(e - floor, e)),
      wrong: [
        [bp(pct(ebitda - floor, ebitda)), 'leaves the one-off costs out of covenant EBITDA'],
        [
          bp(pct(share(e, cov, 100) - debt, debt)),
          'gives the room for more debt, as a share of debt',
        ],
        [
          bp(pct(cov - ratio(debt, e), cov)),
          'works the gap in turns over the covenant level, rounding leverage first',
        ],
        [bp(pct(e - floor, ebitda)), 'divides the room by reported EBITDA, not covenant EBITDA'],
        [
          bp(pct(cov * 100 - ratio(debt, e) * 100, 10000)),
          'reads the gap in turns as a percentage',
        ],
      ],
      figures: { ebitda, cov, debt, oneoff },
    }
  }),
  family('interest-cover-headroom', (rng) => {
    const int = thousands(rng, 50, 300)
    const min = rng.pick([200, 250, 300, 350, 400])
    const ebit = share(int, min + rng.int(40, 300), 100)
    const da = share(ebit, rng.int(20, 60), 100)
    const m = money(rng)
    const floor = share(int, min, 100)
    return {
      stem: `A borrower's interest-cover covenant requires EBIT ÷ interest of at least ${(min / 100).toFixed(2)}×. EBIT is ${m(ebit)}, depreciation ${m(da)} and interest ${m(int)}. By how much, in money, can EBIT fall before the covenant is breached?`,
      key: m(ebit - floor),
      wrong: [
        [m(ebit + da - floor), 'works the headroom on EBITDA'],
        [m(ebit - int), 'gives the profit left after interest'],
        [
          m(share(ebit, 100, min) - int),
          'gives how far interest could rise instead of how far EBIT could fall',
        ],
        [m(floor), 'gives the lowest EBIT allowed, not the fall'],
        [
          m(ebit - share(ebit, 100, min)),
          'divides EBIT by the covenant instead of multiplying interest',
        ],
      ],
      figures: { int, min, ebit, da },
    }
  }),
  family('debt-capacity-at-maximum-leverage', (rng) => {
    const ebitda = thousands(rng, 400, 2000)
    const da = share(ebitda, rng.int(15, 35), 100)
    const max = rng.pick([250, 275, 300, 325, 350, 400])
    const debt = share(ebitda, max - rng.int(50, 180), 100)
    const cash = share(ebitda, rng.int(10, 40), 100)
    const m = money(rng)
    return {
      stem: `A lender will lend up to ${(max / 100).toFixed(2)}× EBITDA in total gross debt (cash is not netted). The borrower has EBITDA ${m(ebitda)} (after adding back depreciation of ${m(da)}), existing debt ${m(debt)} and cash ${m(cash)}. How much more debt could it take on?`,
      key: m(share(ebitda, max, 100) - debt),
      wrong: possible([
        [m(share(ebitda - da, max, 100) - debt), 'applies the multiple to EBIT'],
        [m(share(ebitda, max, 100)), 'ignores the existing debt'],
        [m(share(ebitda, max, 100) - debt + cash), 'nets cash off the existing debt'],
        [
          m(share(ebitda + da, max, 100) - debt),
          'adds depreciation back again to EBITDA that already includes it',
        ],
        [m(share(ebitda, max, 100) - debt - cash), 'deducts the cash as if it were debt'],
      ]),
      figures: { ebitda, da, max, debt, cash },
    }
  }),
  family('new-debt-service-at-target-dscr', (rng) => {
    const ebitda = thousands(rng, 400, 2000)
    const tax = share(ebitda, rng.int(5, 15), 100)
    const capex = share(ebitda, rng.int(5, 20), 100)
    const target = rng.pick([120, 125, 130, 135, 140, 150])
    const existing = share(ebitda, rng.int(15, 35), 100)
    const m = money(rng)
    const cfads = ebitda - tax - capex
    const most = share(cfads, 100, target)
    if (most <= existing) throw new VariantError('no room at the target')
    return {
      stem: `The lender sizes new debt so that DSCR = CFADS ÷ total annual debt service stays at least ${(target / 100).toFixed(2)}×, with CFADS = EBITDA − tax paid − capex. EBITDA is ${m(ebitda)}, tax paid ${m(tax)}, capex ${m(capex)}, and existing debt service is ${m(existing)} a year. How much annual debt service can the new facility carry (total debt service rounded to the cent)?`,
      key: m(most - existing),
      wrong: [
        [m(most), 'ignores the existing debt service'],
        [m(share(ebitda, 100, target) - existing), 'uses EBITDA, not CFADS'],
        [m(share(cfads, target, 100) - existing), 'multiplies CFADS by the ratio'],
        [
          m(share(cfads - existing, 100, target)),
          'divides only the cash left after existing service by the ratio',
        ],
        [m(cfads - existing), 'leaves the cover ratio out'],
      ],
      figures: { ebitda, tax, capex, target, existing },
    }
  }),
  family('debt-to-tangible-net-worth', (rng) => {
    const eq = thousands(rng, 400, 2000)
    const gw = share(eq, rng.int(10, 30), 100)
    const intang = share(eq, rng.int(5, 15), 100)
    const dirLoan = share(eq, rng.int(5, 15), 100)
    const debt = share(eq, rng.int(60, 200), 100)
    const other = share(eq, rng.int(20, 80), 100)
    const m = money(rng)
    const tnw = eq - gw - intang - dirLoan
    return {
      stem: `The lender's covenant uses total debt ÷ tangible net worth, where tangible net worth = equity − goodwill − other intangibles − loans made to directors. The borrower has equity ${m(eq)}, goodwill ${m(gw)}, other intangibles ${m(intang)}, loans to directors ${m(dirLoan)}, debt ${m(debt)} and other liabilities (not debt) ${m(other)}. What is debt ÷ tangible net worth, to two decimal places?`,
      key: times(ratio(debt, tnw)),
      wrong: [
        [times(ratio(debt, eq)), 'divides by equity as reported'],
        [times(ratio(debt, eq - gw)), 'takes goodwill off only'],
        [times(ratio(debt + other, tnw)), 'counts all liabilities as debt'],
        [times(ratio(debt, eq - gw - intang)), 'leaves the directors’ loans in'],
        [times(ratio(debt, tnw - dirLoan)), 'takes the directors’ loans off twice'],
      ],
      figures: { eq, gw, intang, dirLoan, debt, other },
    }
  }),
  family('pro-forma-leverage-after-acquisition', (rng) => {
    const ebitda = thousands(rng, 500, 2500)
    const debt = share(ebitda, rng.int(100, 250), 100)
    const tgt = share(ebitda, rng.int(15, 50), 100)
    const newDebt = share(tgt, rng.int(250, 500), 100)
    const syn = share(tgt, rng.int(10, 30), 100)
    const m = money(rng)
    return {
      stem: `A borrower with EBITDA ${m(ebitda)} and debt ${m(debt)} will buy a company with EBITDA ${m(tgt)}, funded by ${m(newDebt)} of new debt. Management expects ${m(syn)} of cost synergies, which the lender's pro-forma test does not count. What is pro-forma debt ÷ EBITDA, to two decimal places?`,
      key: times(ratio(debt + newDebt, ebitda + tgt)),
      wrong: [
        [times(ratio(debt + newDebt, ebitda)), 'adds the new debt but not the target’s EBITDA'],
        [times(ratio(debt, ebitda)), 'gives leverage before the deal'],
        [times(ratio(debt + newDebt, ebitda + tgt + syn)), 'counts the synergies'],
        [times(ratio(debt, ebitda + tgt)), 'adds the target’s EBITDA but not the new debt'],
        [times(ratio(newDebt, tgt)), 'gives the purchase leverage on the target alone'],
      ],
      figures: { ebitda, debt, tgt, newDebt, syn },
    }
  }),
  family('covenant-ebitda-with-capped-add-backs', (rng) => {
    const ebitda = thousands(rng, 500, 2500)
    const capBp = rng.pick([1000, 1500, 2000])
    const restr = share(ebitda, rng.int(5, 20), 100)
    const legal = share(ebitda, rng.int(3, 12), 100)
    const gain = share(ebitda, rng.int(2, 8), 100)
    const m = money(rng)
    const adds = restr + legal
    const allowed = Math.min(adds, share(ebitda, capBp, 10000))
    if (allowed === adds) throw new VariantError('the cap does not bite')
    return {
      stem: `The facility agreement defines covenant EBITDA as reported EBITDA, less any profit on disposal of fixed assets included in it, plus restructuring costs and one-off legal costs, with those add-backs together capped at ${bp(capBp)} of reported EBITDA (rounded to the cent). Reported EBITDA is ${m(ebitda)}, and it includes restructuring costs of ${m(restr)}, one-off legal costs of ${m(legal)} and a profit on disposal of ${m(gain)}. What is covenant EBITDA?`,
      key: m(ebitda - gain + allowed),
      wrong: [
        [m(ebitda - gain + adds), 'adds back the costs without the cap'],
        [m(ebitda + allowed), 'leaves the profit on disposal in'],
        [m(ebitda + gain + allowed), 'adds the profit on disposal instead of removing it'],
        [m(ebitda - gain), 'makes no add-backs'],
        [
          m(ebitda - gain + share(ebitda - gain, capBp, 10000)),
          'caps on EBITDA after removing the gain',
        ],
      ],
      figures: { ebitda, capBp, restr, legal, gain },
    }
  }),
  family('interest-cover-after-rate-rise', (rng) => {
    const debt = thousands(rng, 1000, 6000)
    const base = rng.int(300, 500)
    const margin = rng.int(200, 450)
    const shock = rng.pick([100, 150, 200, 250])
    // Not 50 %: there the hedged and unhedged shares are equal and one mistake is the key.
    const hedged = rng.pick([25, 40, 60, 75])
    const ebit = share(share(debt, base + margin, 10000), rng.int(200, 450), 100)
    const m = money(rng)
    const int = (s: number) =>
      share(debt, base + margin, 10000) + share(share(debt, 100 - hedged, 100), s, 10000)
    return {
      stem: `A borrower has ${m(debt)} of floating-rate debt at base rate ${bp(base)} plus a margin of ${bp(margin)}; ${hedged}% of it is swapped to a fixed rate equal to today's all-in rate. The lender stress-tests a base-rate rise of ${bp(shock)}: unhedged debt (rounded to the cent) pays the higher rate, and each interest figure is rounded to the cent. With EBIT of ${m(ebit)}, what is stressed interest cover (EBIT ÷ interest), to two decimal places?`,
      key: times(ratio(ebit, int(shock))),
      wrong: [
        [times(ratio(ebit, int(0))), 'leaves out the rate rise'],
        [
          times(ratio(ebit, share(debt, base + margin + shock, 10000))),
          'stresses the hedged debt too',
        ],
        [times(ratio(ebit, share(debt, base + shock, 10000))), 'leaves out the margin'],
        [
          times(
            ratio(
              ebit,
              share(debt, base + margin, 10000) + share(share(debt, hedged, 100), shock, 10000),
            ),
          ),
          'stresses the hedged share instead of the unhedged',
        ],
        [
          times(ratio(ebit, share(share(debt, 100 - hedged, 100), base + margin + shock, 10000))),
          'counts only the unhedged debt’s interest, as if the swap removed the rest',
        ],
      ],
      figures: { debt, base, margin, shock, hedged, ebit },
    }
  }),
  family('senior-leverage', (rng) => {
    const ebitda = thousands(rng, 500, 2500)
    const senior = share(ebitda, rng.int(150, 300), 100)
    const mezz = share(ebitda, rng.int(40, 120), 100)
    const sh = share(ebitda, rng.int(30, 120), 100)
    const cash = share(ebitda, rng.int(10, 40), 100)
    const m = money(rng)
    return {
      stem: `The senior lender tests senior leverage = senior debt ÷ EBITDA, gross of cash; mezzanine debt and subordinated shareholder loans are not senior. The borrower has EBITDA ${m(ebitda)}, senior term debt ${m(senior)}, mezzanine ${m(mezz)}, shareholder loans ${m(sh)} and cash ${m(cash)}. What is senior leverage, to two decimal places?`,
      key: times(ratio(senior, ebitda)),
      wrong: [
        [times(ratio(senior + mezz, ebitda)), 'counts the mezzanine as senior'],
        [times(ratio(senior + mezz + sh, ebitda)), 'gives total leverage'],
        [times(ratio(senior - cash, ebitda)), 'nets the cash'],
        [times(ratio(senior + sh, ebitda)), 'counts the shareholder loans as senior'],
        [times(ratio(senior + mezz + sh - cash, ebitda)), 'gives total net leverage'],
      ],
      figures: { ebitda, senior, mezz, sh, cash },
    }
  }),
  family('lease-adjusted-leverage', (rng) => {
    const ebitda = thousands(rng, 400, 2000)
    const rent = share(ebitda, rng.int(10, 40), 100)
    const debt = share(ebitda, rng.int(100, 300), 100)
    const mult = rng.pick([5, 6, 7, 8])
    const m = money(rng)
    return {
      stem: `A lender compares a tenant-heavy borrower on lease-adjusted leverage = (debt + ${mult} × annual rent) ÷ EBITDAR, where EBITDAR = EBITDA + annual rent. The borrower has EBITDA ${m(ebitda)}, annual rent ${m(rent)} and debt ${m(debt)}. What is lease-adjusted leverage, to two decimal places?`,
      key: times(ratio(debt + mult * rent, ebitda + rent)),
      wrong: [
        [times(ratio(debt, ebitda)), 'leaves the leases out'],
        [times(ratio(debt + mult * rent, ebitda)), 'capitalises the rent but divides by EBITDA'],
        [times(ratio(debt, ebitda + rent)), 'divides by EBITDAR without capitalising the rent'],
        [times(ratio(debt + rent, ebitda + rent)), 'adds one year’s rent, not the multiple'],
        [
          times(ratio(debt + mult * rent, ebitda - rent)),
          'takes rent off EBITDA instead of adding it back',
        ],
        [
          times(ratio(debt + mult * rent, ebitda + mult * rent)),
          'adds the capitalised rent to EBITDAR too',
        ],
        [
          times(ratio(debt + 8 * rent, ebitda + rent)),
          'uses the 8× rent convention instead of the lender’s stated multiple',
        ],
      ],
      figures: { ebitda, rent, debt, mult },
    }
  }),
]
