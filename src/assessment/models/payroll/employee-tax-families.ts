import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { bp, drawn, family, mulDiv, pctOf, person, usd, worked } from './payroll-text.js'

// Employee taxes (IRS Publication 15 (2026), section 7 “Supplemental Wages” and section 9
// “Withholding Social Security and Medicare Taxes”): Social Security 6.2 % up to the year’s wage
// base, Medicare 1.45 % on all wages, Additional Medicare Tax 0.9 % withheld on wages an employer
// pays an employee over $200,000 in the calendar year whatever the filing status, with no
// employer share; the optional flat rate on supplemental wages is 22 %, and 37 % is mandatory on
// supplemental wages over $1 million in the year. Each employer applies the wage base to the
// wages it pays. Withholding tables in the percentage-method form of Publication 15-T: a row gives
// a fixed amount plus a percentage of the excess over the row’s floor. Wage bases and rates the
// items use are stated in their stems.

const ROUND = 'Round each tax to the nearest cent.'
const BASE = 18450000

export const EMPLOYEE_TAX_FAMILIES: readonly ScenarioFamily[] = [
  family('employee-fica-on-a-check', (rng) => {
    const g = drawn(rng, 150000, 600000, 100)
    const k = drawn(rng, 5000, 30000, 500)
    const fw = g
    return worked(rng, {
      stem: `${person(rng)} earns ${usd(g)} gross this pay period and defers ${usd(k)} to a traditional 401(k); there are no other deductions. Social Security is 6.2 % and Medicare 1.45 %, and year-to-date wages are far below the wage base and $200,000. How much employee Social Security and Medicare tax is withheld in total? ${ROUND}`,
      in: { g, k },
      key: pctOf(fw, 620) + pctOf(fw, 145),
      wrong: [
        [
          'after401k',
          pctOf(g - k, 620) + pctOf(g - k, 145),
          'takes FICA on wages reduced by the 401(k) deferral',
        ],
        [
          'bothShares',
          pctOf(fw, 1240) + pctOf(fw, 290),
          'withholds the employer’s share as well (15.3 %)',
        ],
        ['ssOnly', pctOf(fw, 620), 'withholds Social Security only'],
        [
          'withAdditional',
          pctOf(fw, 620) + pctOf(fw, 235),
          'adds the 0.9 % Additional Medicare Tax below the threshold',
        ],
      ],
    })
  }),
  family('social-security-at-the-wage-base', (rng) => {
    const w = drawn(rng, 600000, 1500000, 100)
    const ytd = BASE - drawn(rng, 100000, w - 100000, 100)
    const room = BASE - ytd
    return worked(rng, {
      stem: `The Social Security wage base for the year is ${usd(BASE)} and the rate 6.2 %. An executive has ${usd(ytd)} of Social Security wages so far this year with your client and is paid ${usd(w)} on this check. How much Social Security tax is withheld from it? ${ROUND}`,
      in: { w, ytd },
      key: pctOf(room, 620),
      wrong: [
        ['full', pctOf(w, 620), 'withholds on the whole check, ignoring the wage base'],
        [
          'excess',
          pctOf(ytd + w - BASE, 620),
          'withholds on the part of the check above the wage base',
        ],
        [
          'medicareRate',
          pctOf(room, 765),
          'applies the combined 7.65 % rate to the wages below the base',
        ],
        ['employerToo', pctOf(room, 1240), 'withholds both the employee and employer shares'],
      ],
    })
  }),
  family('supplemental-over-one-million', (rng) => {
    const ytd = 100000000 - drawn(rng, 2000000, 30000000, 10000)
    const b = drawn(rng, 40000000, 150000000, 100000)
    const under = 100000000 - ytd
    return worked(rng, {
      stem: `An executive has received ${usd(ytd)} of supplemental wages from your client this year and is now paid a ${usd(b)} bonus. Supplemental wages up to $1,000,000 in the year are withheld at the flat 22 %, and the part over $1,000,000 at the mandatory 37 %. What federal income tax is withheld from the bonus? ${ROUND}`,
      in: { ytd, b },
      key: pctOf(under, 2200) + pctOf(b - under, 3700),
      wrong: [
        ['all22', pctOf(b, 2200), 'withholds 22 % on the whole bonus'],
        ['all37', pctOf(b, 3700), 'withholds 37 % on the whole bonus'],
        [
          'swapped',
          pctOf(under, 3700) + pctOf(b - under, 2200),
          'applies the two rates to the wrong parts',
        ],
        [
          'bonusAloneOver',
          b > 100000000 ? pctOf(100000000, 2200) + pctOf(b - 100000000, 3700) : pctOf(b, 2200),
          'tests the $1 million on the bonus alone, ignoring earlier supplemental wages',
        ],
      ],
    })
  }),
  family('gross-up-for-a-net-bonus', (rng) => {
    const n = drawn(rng, 50000, 500000, 5000)
    return worked(rng, {
      stem: `A client wants an employee to take home exactly ${usd(n)} from a cash bonus paid as a separate check. Withholding is the 22 % supplemental flat rate, 6.2 % Social Security and 1.45 % Medicare, with no other deductions or state tax. What gross bonus should be paid, to the nearest cent?`,
      in: { n },
      key: mulDiv(n, 10000, 10000 - 2965),
      wrong: [
        [
          'markUp',
          mulDiv(n, 12965, 10000),
          'adds 29.65 % to the net instead of dividing by 1 − 29.65 %',
        ],
        ['fitOnly', mulDiv(n, 10000, 7800), 'grosses up for income tax only'],
        ['noFica', mulDiv(n, 12200, 10000), 'adds only 22 % on top of the net'],
        ['netAsGross', n, 'pays the net amount as the gross'],
        [
          'withEmployer',
          mulDiv(n, 10000, 10000 - 3730),
          'grosses up for the employer’s FICA share as well',
        ],
      ],
    })
  }),
  family('percentage-method-table-row', (rng) => {
    const g = drawn(rng, 250000, 500000, 100)
    const k = drawn(rng, 10000, 30000, 500)
    const w = g - k
    const floor = Math.floor((w - drawn(rng, 20000, 80000, 100)) / 10000) * 10000
    const fixed = drawn(rng, 10000, 40000, 100)
    const rate = rng.pick([1200, 2200, 2400])
    const extra = drawn(rng, 2000, 8000, 500)
    return worked(rng, {
      stem: `A client’s payroll manual gives this percentage-method row for the employee’s biweekly adjusted wage amount: over ${usd(floor)}, withhold ${usd(fixed)} plus ${bp(rate)} of the excess over ${usd(floor)}. Gross pay is ${usd(g)}, with a ${usd(k)} traditional 401(k) deferral; Step 4(c) of the employee’s Form W-4 asks for ${usd(extra)} extra per pay period. What federal income tax is withheld? ${ROUND}`,
      in: { g, k, floor, fixed, rate, extra },
      key: fixed + pctOf(w - floor, rate) + extra,
      wrong: [
        [
          'gross',
          fixed + pctOf(g - floor, rate) + extra,
          'starts from gross pay, not wages after the 401(k) deferral',
        ],
        ['noExtra', fixed + pctOf(w - floor, rate), 'leaves out the Step 4(c) extra withholding'],
        [
          'rateOnWhole',
          fixed + pctOf(w, rate) + extra,
          'applies the percentage to all wages, not the excess over the floor',
        ],
        ['noFixed', pctOf(w - floor, rate) + extra, 'leaves out the fixed amount of the row'],
      ],
    })
  }),
  family('second-employer-social-security', (rng) => {
    const other = drawn(rng, 15000000, 19000000, 10000)
    const ytd = drawn(rng, 2000000, 5000000, 1000)
    const w = drawn(rng, 200000, 600000, 100)
    return worked(rng, {
      stem: `${person(rng)} joins your client mid-year after earning ${usd(other)} of Social Security wages at an unrelated employer (not a predecessor). Your client has paid them ${usd(ytd)} so far and now pays ${usd(w)}. The wage base is ${usd(BASE)} and the rate 6.2 %. How much Social Security tax does your client withhold? ${ROUND}`,
      in: { other, ytd, w },
      key: pctOf(w, 620),
      wrong: [
        [
          'combined',
          pctOf(Math.max(0, Math.min(w, BASE - other - ytd)), 620),
          'counts the other employer’s wages toward the wage base',
        ],
        ['bothShares', pctOf(w, 1240), 'withholds both the employee and employer shares'],
        [
          'overBase',
          pctOf(Math.max(0, other + ytd + w - BASE), 620),
          'withholds on the combined wages over the base',
        ],
        ['medicareRate', pctOf(w, 145), 'applies the Medicare rate'],
      ],
    })
  }),
  family('ytd-social-security-wages-capped', (rng) => {
    const salary = drawn(rng, 900000, 1300000, 1000)
    const n = 24
    const base = BASE
    const checks = Math.ceil(base / salary)
    return worked(rng, {
      stem: `An employee is paid ${usd(salary)} semimonthly (24 checks), all of it Social Security wages. The wage base is ${usd(base)}. How much Social Security tax (6.2 %) is withheld from the check that takes year-to-date wages past the base? ${ROUND}`,
      in: { salary, n },
      key: pctOf(base - salary * (checks - 1), 620),
      wrong: [
        ['fullCheck', pctOf(salary, 620), 'withholds the full 6.2 % on the crossing check'],
        ['excess', pctOf(salary * checks - base, 620), 'withholds on the part above the base'],
        [
          'annualSpread',
          mulDiv(pctOf(base, 620), 1, n),
          'spreads the year’s maximum evenly over 24 checks',
        ],
        [
          'medicare',
          pctOf(base - salary * (checks - 1), 765),
          'applies 7.65 % to the wages under the base',
        ],
      ],
    })
  }),
]
