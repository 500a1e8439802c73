import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { bp, dollars, drawn, family, mulDiv, pctOf, person, usd, worked } from './payroll-text.js'

// Employer taxes (IRS Publication 15 (2026), section 9 and section 14 “Federal Unemployment
// (FUTA) Tax”; Instructions for Form 940): the employer matches Social Security (6.2 % to the
// wage base) and Medicare (1.45 %) but pays no Additional Medicare Tax; FUTA is 6.0 % of the first
// $7,000 paid to each employee in the year, less a credit of up to 5.4 % for state unemployment
// tax paid (0.6 % net), and is reduced further in credit-reduction states by the rate named;
// a FUTA liability of $500 or less is carried to the next quarter, and a larger one deposited by
// the last day of the month after the quarter. Employer 401(k) matching contributions are not
// Social Security, Medicare or FUTA wages (Pub 15, section 5, “Deferred compensation”). State
// unemployment rates and wage bases are the client’s, stated in each stem.

const ROUND = 'Round each tax to the nearest cent.'
const FUTA = 700000

export const EMPLOYER_TAX_FAMILIES: readonly ScenarioFamily[] = [
  family('employer-fica-match-no-additional-medicare', (rng) => {
    const w = drawn(rng, 1000000, 2500000, 100)
    return worked(rng, {
      stem: `A manager whose year-to-date wages are already over $200,000 (and over the Social Security wage base) is paid ${usd(w)}. Medicare is 1.45 % for each of employer and employee, and the employee also has 0.9 % Additional Medicare Tax withheld. What Medicare tax does the employer itself owe on this check? ${ROUND}`,
      in: { w },
      key: pctOf(w, 145),
      wrong: [
        ['matchesAdditional', pctOf(w, 235), 'matches the Additional Medicare Tax as well'],
        ['bothShares', pctOf(w, 290), 'counts the employee’s share as the employer’s cost'],
        [
          'withSocialSecurity',
          pctOf(w, 765),
          'adds Social Security though wages are past the wage base',
        ],
        [
          'allMedicare',
          pctOf(w, 380),
          'adds the employee’s Medicare and Additional Medicare to its own',
        ],
      ],
    })
  }),
  family('employer-fica-on-pretax-wages', (rng) => {
    const g = drawn(rng, 200000, 600000, 500)
    const k = drawn(rng, 10000, 40000, 500)
    const p = drawn(rng, 8000, 30000, 500)
    const fw = g - p
    return worked(rng, {
      stem: `A check has gross pay of ${usd(g)}, a ${usd(k)} traditional 401(k) deferral and a ${usd(p)} section 125 health premium. Year-to-date wages are below every threshold. What is the employer’s share of Social Security (6.2 %) and Medicare (1.45 %) on this check? ${ROUND}`,
      in: { g, k, p },
      key: pctOf(fw, 620) + pctOf(fw, 145),
      wrong: [
        [
          'after401k',
          pctOf(fw - k, 620) + pctOf(fw - k, 145),
          'excludes the 401(k) deferral from FICA wages',
        ],
        ['onGross', pctOf(g, 620) + pctOf(g, 145), 'ignores the cafeteria-plan exclusion'],
        [
          'doubled',
          pctOf(fw, 1240) + pctOf(fw, 290),
          'adds the employee’s share to the employer’s',
        ],
        [
          'withFuta',
          pctOf(fw, 620) + pctOf(fw, 145) + pctOf(fw, 60),
          'adds FUTA to the FICA match',
        ],
      ],
    })
  }),
  family('futa-on-a-check-crossing-7000', (rng) => {
    const room = drawn(rng, 100000, 450000, 500)
    const ytd = FUTA - room
    const w = room + drawn(rng, 20000, 500000, 500)
    return worked(rng, {
      stem: `FUTA is 6.0 % on the first ${dollars(7000)} paid to each employee in the year; your client pays state unemployment tax on time and takes the full 5.4 % credit, and its state is not a credit-reduction state. An employee paid ${usd(ytd)} so far this year is paid ${usd(w)}. What is the FUTA tax on this check? ${ROUND}`,
      in: { ytd, w },
      key: pctOf(room, 60),
      wrong: [
        ['grossRate', pctOf(room, 600), 'applies the 6.0 % rate before the state credit'],
        ['noBase', pctOf(w, 60), 'applies 0.6 % to the whole check, ignoring the $7,000 base'],
        ['fullYear', 4200, 'charges the whole year’s $42 on this check'],
        ['creditRate', pctOf(room, 540), 'applies the 5.4 % credit as if it were the tax'],
        ['overBase', pctOf(ytd + w - FUTA, 60), 'taxes the part of the check above $7,000'],
        // (left out when it would sit within a dollar of the amount above the base)
        ...(Math.abs(pctOf(room, 30) - pctOf(ytd + w - FUTA, 60)) < 100
          ? []
          : [
              [
                'halfShare',
                pctOf(room, 30),
                'splits FUTA with the employee as if it were FICA, charging the employer half',
              ] as const,
            ]),
        [
          'earlierWages',
          pctOf(ytd, 60),
          'taxes the wages paid earlier in the year instead of this check',
        ],
      ],
    })
  }),
  family('futa-for-a-year-roster', (rng) => {
    const ws = Array.from({ length: 4 }, () => drawn(rng, 300000, 6000000, 10000))
    if (ws.every((w) => w >= FUTA) || ws.every((w) => w < FUTA))
      ws[0] = drawn(rng, 200000, 650000, 10000)
    const capped = ws.reduce((s, w) => s + Math.min(w, FUTA), 0)
    const all = ws.reduce((s, w) => s + w, 0)
    return worked(rng, {
      stem: `A small client had four employees all year, paid ${ws.map(usd).join(', ')}. FUTA is 6.0 % on the first $7,000 of each employee’s wages with a full 5.4 % credit (no credit reduction). What is the FUTA tax for the year? ${ROUND}`,
      in: { w0: ws[0]!, w1: ws[1]!, w2: ws[2]!, w3: ws[3]! },
      key: pctOf(capped, 60),
      wrong: [
        ['allWages', pctOf(all, 60), 'applies 0.6 % to all wages, ignoring the $7,000 base'],
        ['perHead', 4 * 4200, 'charges $42 for every employee, even those paid under $7,000'],
        ['grossRate', pctOf(capped, 600), 'applies 6.0 % without the state credit'],
        ['firstOnly', pctOf(FUTA, 60), 'charges one $7,000 base for the whole payroll'],
      ],
    })
  }),
  family('futa-credit-reduction-state', (rng) => {
    const cr = rng.pick([30, 60, 90, 120])
    const n = drawn(rng, 3, 12)
    return worked(rng, {
      stem: `Your client operates in a state whose FUTA credit is reduced by ${bp(cr)} for the year. It had ${n} employees, each paid over $7,000. FUTA is 6.0 % on the first $7,000 of each employee’s wages, less a 5.4 % credit before the reduction. What is the FUTA tax for the year? ${ROUND}`,
      in: { cr, n },
      key: n * pctOf(FUTA, 60 + cr),
      wrong: [
        ['noReduction', n * pctOf(FUTA, 60), 'ignores the credit reduction'],
        [
          'quarterlyBase',
          4 * n * pctOf(FUTA, 60 + cr),
          'applies the $7,000 base again in every quarter',
        ],
        [
          'reductionAsCredit',
          n * pctOf(FUTA, 600 - cr),
          'takes the credit reduction as the whole credit',
        ],
        [
          'subtracted',
          n * pctOf(FUTA, 60 - cr),
          'subtracts the credit reduction from the tax instead of adding it',
        ],
        [
          'grossRate',
          n * pctOf(FUTA, 600 + cr),
          'adds the reduction to the 6.0 % rate without the credit',
        ],
        ['oneEmployee', pctOf(FUTA, 60 + cr), 'works out the tax for one employee only'],
        [
          'reductionOnly',
          n * pctOf(FUTA, cr),
          'charges only the credit reduction, leaving out the 0.6 % net tax',
        ],
        [
          'reductionOnce',
          n * pctOf(FUTA, 60) + pctOf(FUTA, cr),
          'adds the credit reduction once for the company, not for each employee',
        ],
      ],
    })
  }),
  family('suta-on-a-check-crossing-state-base', (rng) => {
    const base = rng.pick([900000, 1200000, 1500000, 2500000, 3500000])
    const rate = rng.pick([150, 270, 340, 410, 540])
    const ytd = base - drawn(rng, 50000, 300000, 500)
    const w = drawn(rng, 350000, 700000, 500)
    return worked(rng, {
      stem: `Your client’s state unemployment rate is ${bp(rate)} on the first ${usd(base)} of each employee’s wages in the year. ${person(rng)} has been paid ${usd(ytd)} this year and is now paid ${usd(w)}. What state unemployment tax is due on this check? ${ROUND}`,
      in: { base, rate, ytd, w },
      key: pctOf(base - ytd, rate),
      wrong: [
        ['noBase', pctOf(w, rate), 'applies the rate to the whole check'],
        ['overBase', pctOf(ytd + w - base, rate), 'taxes the part of the check above the base'],
        ['wholeBase', pctOf(base, rate), 'charges the tax on the whole year’s base on this check'],
        ['futaRate', pctOf(base - ytd, 60), 'applies the 0.6 % FUTA rate'],
      ],
    })
  }),
  family('futa-deposit-carried-forward', (rng) => {
    const q1 = drawn(rng, 10000, 45000, 100)
    const q2 = drawn(rng, 10000, 45000, 100)
    const q3 = drawn(rng, 500, 20000, 100)
    const second = q1 + q2
    return worked(rng, {
      stem: `A client’s FUTA liability was ${usd(q1)} in the first quarter, ${usd(q2)} in the second and ${usd(q3)} in the third. FUTA liabilities of $500 or less are carried forward to the next quarter; once the total undeposited is over $500 it must be deposited by the last day of the month after the quarter. How much is deposited by July 31?`,
      in: { q1, q2, q3 },
      key: second > 50000 ? second : 0,
      wrong: [
        ['quarterOnly', q2, 'deposits only the second quarter’s liability'],
        ['yearToDate', q1 + q2 + q3, 'includes the third quarter, not yet due'],
        ['firstOnly', q1, 'deposits only the carried-forward first quarter'],
        ['overFiveHundred', Math.max(0, second - 50000), 'deposits only the part above $500'],
      ],
    })
  }),
  family('employer-401k-match', (rng) => {
    const g = drawn(rng, 200000, 500000, 500)
    const d = rng.pick([200, 300, 400, 800, 1000])
    const cap = rng.pick([400, 500, 600])
    const pc = rng.pick([50, 100])
    const matched = pctOf(g, Math.min(d, cap))
    return worked(rng, {
      stem: `Your client matches ${pc} % of each employee’s 401(k) deferrals up to ${bp(cap)} of pay. ${person(rng)} earns ${usd(g)} this period and defers ${bp(d)}. What is the employer match for the period? Round to the nearest cent.`,
      in: { g, d, cap, pc },
      key: mulDiv(matched, pc, 100),
      wrong: [
        ['noCap', mulDiv(pctOf(g, d), pc, 100), 'matches the whole deferral, ignoring the cap'],
        [
          'capAlways',
          mulDiv(pctOf(g, cap), pc, 100),
          'matches up to the cap even when the employee defers less',
        ],
        [
          'fullMatch',
          pc === 50 ? matched : mulDiv(matched, 50, 100),
          pc === 50
            ? 'matches dollar for dollar instead of 50 %'
            : 'matches 50 cents on the dollar instead of 100 %',
        ],
        ['deferralAsMatch', pctOf(g, d), 'gives the employee’s own deferral as the match'],
        [
          'withDeferral',
          pctOf(g, d) + mulDiv(matched, pc, 100),
          'adds the employee’s deferral to the match',
        ],
      ],
    })
  }),
  family('form-941-total-tax-for-quarter', (rng) => {
    const fit = drawn(rng, 500000, 3000000, 100)
    const ss = drawn(rng, 3000000, 12000000, 100)
    const med = ss + drawn(rng, 0, 2000000, 100)
    const add = drawn(rng, 0, 1) ? drawn(rng, 100000, 1500000, 100) : 0
    const tax = fit + pctOf(ss, 1240) + pctOf(med, 290) + pctOf(add, 90)
    return worked(rng, {
      stem: `For the quarter a client withheld ${usd(fit)} of federal income tax; taxable Social Security wages were ${usd(ss)}, taxable Medicare wages ${usd(med)}${add ? `, and wages subject to Additional Medicare Tax withholding ${usd(add)}` : ''}. Form 941 applies 12.4 % and 2.9 % (both shares) and 0.9 %. What are total taxes after adjustments (no adjustments or credits apply)? ${ROUND}`,
      in: { fit, ss, med, add },
      key: tax,
      wrong: [
        [
          'employeeShares',
          fit + pctOf(ss, 620) + pctOf(med, 145) + pctOf(add, 90),
          'reports only the employee shares of FICA',
        ],
        [
          'additionalDoubled',
          fit + pctOf(ss, 1240) + pctOf(med, 290) + pctOf(add, 180),
          'doubles the Additional Medicare Tax as if the employer matched it',
        ],
        [
          'noIncomeTax',
          pctOf(ss, 1240) + pctOf(med, 290) + pctOf(add, 90),
          'leaves out the income tax withheld',
        ],
        ['noMedicare', fit + pctOf(ss, 1240) + pctOf(add, 90), 'leaves Medicare out'],
        [
          'medicareOnSs',
          fit + pctOf(ss, 1240) + pctOf(ss, 290) + pctOf(add, 90),
          'uses Social Security wages for Medicare too',
        ],
      ],
    })
  }),
]
