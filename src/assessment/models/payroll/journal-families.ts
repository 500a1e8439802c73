import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { bp, drawn, employer, family, mulDiv, pctOf, usd, worked } from './payroll-text.js'

// Payroll journals as accrual bookkeeping records them: gross wages debited to wages expense,
// each withholding credited to a liability until remitted, net pay credited to cash or wages
// payable; the employer’s own taxes debited to payroll tax expense and credited to their
// liabilities; wages earned but unpaid at a period end accrued (matching principle, FASB ASC
// 710-10-25 for compensated absences and accrued compensation). Tax rates are stated in stems.

const ROUND = 'Round each tax to the nearest cent.'

export const JOURNAL_FAMILIES: readonly ScenarioFamily[] = [
  family('journal-credit-to-cash-for-net-pay', (rng) => {
    const g = drawn(rng, 800000, 3000000, 100)
    const fit = drawn(rng, 80000, 300000, 100)
    const k = drawn(rng, 20000, 120000, 100)
    const ss = pctOf(g, 620)
    const med = pctOf(g, 145)
    const net = g - fit - ss - med - k
    return worked(rng, {
      stem: `A biweekly payroll for ${employer(rng)} has gross wages of ${usd(g)}, income tax withheld ${usd(fit)}, 401(k) deferrals ${usd(k)}, and employee Social Security 6.2 % and Medicare 1.45 % on all of it (no other deductions; round each tax on the total). In the entry recording the payroll, what is credited to cash for net pay?`,
      in: { g, fit, k },
      key: net,
      wrong: [
        ['employerToo', net - ss - med, 'also takes the employer’s FICA match out of net pay'],
        ['no401k', net + k, 'leaves the 401(k) deferrals in net pay'],
        [
          'additionalMedicare',
          net - pctOf(g, 90),
          'also withholds Additional Medicare Tax below the threshold',
        ],
        [
          'ficaAfter401k',
          g - fit - pctOf(g - k, 620) - pctOf(g - k, 145) - k,
          'works FICA on wages reduced by the 401(k) deferrals',
        ],
        ['grossLessTax', g - fit, 'subtracts only the income tax'],
      ],
    })
  }),
  family('journal-fica-payable-both-shares', (rng) => {
    const g = drawn(rng, 800000, 4000000, 100)
    const ss = pctOf(g, 620)
    const med = pctOf(g, 145)
    return worked(rng, {
      stem: `A payroll of ${usd(g)} gross (all FICA wages, below every threshold) is recorded along with the employer’s taxes. Social Security is 6.2 % and Medicare 1.45 % for each side. What is the total credited to Social Security and Medicare taxes payable by the two entries? ${ROUND}`,
      in: { g },
      key: 2 * (ss + med),
      wrong: [
        ['employeeOnly', ss + med, 'credits only the amounts withheld from employees'],
        ['medicareOnly', 2 * med, 'leaves Social Security out of the liability'],
        ['fifteenEach', 2 * (pctOf(g, 1240) + pctOf(g, 290)), 'credits 15.3 % for each side'],
        ['ssOnly', 2 * ss, 'leaves Medicare out of the liability'],
        ['withFuta', 2 * (ss + med) + pctOf(g, 60), 'puts FUTA in the FICA liability'],
        [
          'withAdditional',
          2 * (ss + med) + 2 * pctOf(g, 90),
          'adds an Additional Medicare Tax share for both sides',
        ],
      ],
    })
  }),
  family('journal-payroll-tax-expense', (rng) => {
    const g = drawn(rng, 800000, 3000000, 100)
    const futaWages = drawn(rng, 200000, g / 2, 100)
    const sutaRate = rng.pick([210, 270, 340, 450])
    const sutaWages = futaWages + drawn(rng, 0, g / 4, 100)
    const fica = pctOf(g, 620) + pctOf(g, 145)
    return worked(rng, {
      stem: `A payroll has gross wages of ${usd(g)} (all Social Security and Medicare wages, under the bases), of which ${usd(futaWages)} is still under the $7,000 FUTA base and ${usd(sutaWages)} under the state base. Rates: Social Security 6.2 %, Medicare 1.45 %, FUTA 0.6 %, state unemployment ${bp(sutaRate)}. What is debited to payroll tax expense for the employer’s taxes? ${ROUND}`,
      in: { g, futaWages, sutaRate, sutaWages },
      key: fica + pctOf(futaWages, 60) + pctOf(sutaWages, sutaRate),
      wrong: [
        [
          'withEmployeeFica',
          2 * fica + pctOf(futaWages, 60) + pctOf(sutaWages, sutaRate),
          'expenses the employees’ withheld FICA as well',
        ],
        [
          'unemploymentOnGross',
          fica + pctOf(g, 60) + pctOf(g, sutaRate),
          'charges FUTA and state unemployment on all wages',
        ],
        ['ficaOnly', fica, 'leaves out the unemployment taxes'],
        [
          'futaGross',
          fica + pctOf(futaWages, 600) + pctOf(sutaWages, sutaRate),
          'charges FUTA at 6.0 % before the credit',
        ],
      ],
    })
  }),
  family('accrued-wages-at-month-end', (rng) => {
    const g = drawn(rng, 1000000, 5000000, 1000)
    const d = drawn(rng, 2, 8)
    return worked(rng, {
      stem: `A biweekly payroll of ${usd(g)} covers 10 working days (Monday to Friday over two weeks) and is paid after the month ends; ${d} of those working days fall in the closing month. Wages accrue evenly per working day. What wages does the month-end accrual record? Round to the nearest cent.`,
      in: { g, d },
      key: mulDiv(g, d, 10),
      wrong: [
        ['otherSide', mulDiv(g, 10 - d, 10), 'accrues the days that fall in the next month'],
        [
          'calendarDays',
          mulDiv(g, d, 14),
          'spreads the payroll over 14 calendar days though wages accrue per working day',
        ],
        ['wholePayroll', g, 'accrues the whole payroll'],
        ['weekBasis', mulDiv(g, d, 5), 'treats the biweekly payroll as one week’s pay'],
      ],
    })
  }),
  family('accrued-employer-taxes-on-accrued-wages', (rng) => {
    const a = drawn(rng, 500000, 3000000, 100)
    return worked(rng, {
      stem: `At month end you accrue ${usd(a)} of wages earned but unpaid, all under the Social Security wage base and past every employee’s unemployment bases. The employer’s Social Security is 6.2 % and Medicare 1.45 %. What employer payroll tax is accrued with them? ${ROUND}`,
      in: { a },
      key: pctOf(a, 620) + pctOf(a, 145),
      wrong: [
        [
          'bothShares',
          pctOf(a, 1240) + pctOf(a, 290),
          'accrues the employees’ share as an employer expense too',
        ],
        [
          'withFuta',
          pctOf(a, 620) + pctOf(a, 145) + pctOf(a, 60),
          'adds FUTA though every employee is past the $7,000 base',
        ],
        ['ssOnly', pctOf(a, 620), 'accrues Social Security only'],
        [
          'medicareOnly',
          pctOf(a, 145) + pctOf(a, 90),
          'accrues Medicare and an Additional Medicare share only',
        ],
      ],
    })
  }),
  family('vacation-liability-at-year-end', (rng) => {
    const r = drawn(rng, 1800, 4500, 25)
    const earned = drawn(rng, 60, 120, 4)
    const used = drawn(rng, 16, earned - 16, 4)
    const carried = drawn(rng, 0, 24, 4)
    return worked(rng, {
      stem: `An employee paid ${usd(r)} an hour carried ${carried} hours of vested vacation into the year, earned ${earned} hours during it and used ${used}. What vacation liability is recorded for them at year end, before employer taxes?`,
      in: { r, earned, used, carried },
      key: r * (carried + earned - used),
      wrong: [
        ['earnedOnly', r * earned, 'records all hours earned this year, ignoring those used'],
        ['noCarry', r * (earned - used), 'leaves out the hours carried in'],
        ['usedHours', r * used, 'records the hours used, which were already paid'],
        [
          'plusUsed',
          r * (carried + earned + used),
          'adds the hours used instead of subtracting them',
        ],
      ],
    })
  }),
]
