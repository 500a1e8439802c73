import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { bp, drawn, family, mulDiv, pctOf, person, usd, worked } from './payroll-text.js'

// Pre-tax and post-tax deductions (IRS Publication 15 (2026), section 5 and the table
// “Special Rules for Various Types of Services and Payments”; Publication 15-B (2026), section 1
// table 2-1): 401(k) elective deferrals are exempt from federal income tax withholding but are
// Social Security and Medicare wages; section 125 cafeteria-plan health premiums are exempt from
// both; designated Roth contributions are after-tax and reduce neither. Group-term life cover
// over $50,000 is taxable at the Table 2-2 monthly cost per $1,000, less what the employee pays
// after tax (Pub 15-B, “Group-Term Life Insurance Coverage”). Garnishment limits: 15 U.S.C.
// 1672(b) (disposable earnings: after deductions required by law), 1673(a) (ordinary creditors:
// the lesser of 25 % and the excess over 30 times the federal minimum wage a week) and 1673(b)(2)
// (support orders: 50 % or 60 %, plus 5 points when arrears are over 12 weeks).

const ROUND = 'Round each tax and percentage to the nearest cent.'

export const DEDUCTION_FAMILIES: readonly ScenarioFamily[] = [
  family('federal-income-tax-wages-after-pretax', (rng) => {
    const g = drawn(rng, 180000, 520000, 500)
    const k = rng.pick([300, 400, 500, 600, 800, 1000])
    const p = drawn(rng, 6000, 30000, 500)
    const def = pctOf(g, k)
    const roth = drawn(rng, 2000, 12000, 500)
    return worked(rng, {
      stem: `${person(rng)}’s biweekly gross pay is ${usd(g)}. They defer ${bp(k)} of gross pay to a traditional 401(k) and ${usd(roth)} to a Roth 401(k), and pay a ${usd(p)} health premium through a section 125 cafeteria plan. What are the wages subject to federal income tax withholding on this check? ${ROUND}`,
      in: { g, k, p, roth },
      key: g - def - p,
      wrong: [
        ['only125', g - p, 'takes out the cafeteria premium but not the 401(k) deferral'],
        ['only401k', g - def, 'takes out the 401(k) deferral but not the cafeteria premium'],
        ['gross', g, 'withholds on gross pay, as if neither deduction were pre-tax'],
        [
          'lessFica',
          g - def - p - pctOf(g - p, 765),
          'also subtracts the employee’s FICA before income tax',
        ],
        ['doubleDeferral', g - 2 * def - p, 'subtracts the 401(k) deferral twice'],
        ['premiumTwice', g - def - 2 * p, 'subtracts the cafeteria premium twice'],
        ['lessRoth', g - def - p - roth, 'also subtracts the after-tax Roth deferral'],
        [
          'rothInstead',
          g - roth - p,
          'takes out the Roth deferral in place of the traditional one',
        ],
        [
          'deferralAfterPremium',
          g - pctOf(g - p, k) - p,
          'works the 401(k) percentage out on pay after the cafeteria premium',
        ],
      ],
    })
  }),
  family('net-pay-with-pretax-roth-and-taxes', (rng) => {
    const g = drawn(rng, 200000, 450000, 500)
    const k = drawn(rng, 8000, 25000, 500)
    const p = drawn(rng, 6000, 20000, 500)
    const roth = drawn(rng, 4000, 15000, 500)
    const fit = drawn(rng, 15000, 40000, 100)
    const fw = g - p
    const tax = (w: number) => pctOf(w, 620) + pctOf(w, 145)
    const net = g - k - p - roth - fit - tax(fw)
    return worked(rng, {
      stem: `Work out net pay for one biweekly check: gross ${usd(g)}; traditional 401(k) deferral ${usd(k)}; section 125 health premium ${usd(p)}; Roth 401(k) deferral ${usd(roth)}; federal income tax withheld ${usd(fit)} (already worked out). Social Security is 6.2 % and Medicare 1.45 %, year-to-date wages far below every threshold. ${ROUND}`,
      in: { g, k, p, roth, fit },
      key: net,
      wrong: [
        [
          'ficaAfter401k',
          g - k - p - roth - fit - tax(fw - k),
          'takes FICA on wages reduced by the traditional 401(k) deferral',
        ],
        [
          'ficaOnGross',
          g - k - p - roth - fit - tax(g),
          'takes FICA on gross pay, ignoring the cafeteria plan',
        ],
        ['employerFicaToo', net - tax(fw), 'also takes the employer’s FICA out of net pay'],
        ['rothLeftOut', net + roth, 'forgets the Roth deferral because it is not pre-tax'],
        [
          'ficaAfterRoth',
          g - k - p - roth - fit - tax(fw - roth),
          'treats the Roth deferral as reducing FICA wages',
        ],
      ],
    })
  }),
  family('group-term-life-imputed-income', (rng) => {
    const [age, rate] = rng.pick([
      ['40 to 44', 10],
      ['45 to 49', 15],
      ['50 to 54', 23],
      ['55 to 59', 43],
      ['60 to 64', 66],
    ] as const)
    const c = drawn(rng, 100, 300, 10)
    const paid = drawn(rng, 0, 600, 100)
    const full = (c - 50) * rate
    if (full <= paid + 100) throw new VariantError('cover too small for the contribution')
    return worked(rng, {
      stem: `An employer provides ${person(rng)} (age bracket ${age}) with $${c},000 of group-term life cover. The Publication 15-B Table 2-2 cost for that age is ${usd(rate)} per $1,000 a month${paid ? `, and the employee pays ${usd(paid)} a month for it after tax` : ''}. What monthly amount is added to their Social Security and Medicare wages?`,
      in: { rate, c, paid },
      key: full - paid,
      wrong: [
        [
          'noExclusion',
          c * rate - paid,
          'charges the table cost on the whole cover, without the $50,000 exclusion',
        ],
        ['annual', (full - paid) * 12, 'gives the annual amount on a monthly check'],
        ['excluded', 50 * rate, 'charges the cost of the first $50,000 instead of the excess'],
        [
          'perBiweekly',
          mulDiv(full - paid, 12, 26),
          'converts the monthly amount to a biweekly one',
        ],
        [
          'asAnnual',
          mulDiv(full - paid, 1, 12),
          'reads the monthly table cost as annual and divides by 12',
        ],
        ...(paid
          ? [['noOffset', full, 'does not subtract what the employee pays after tax'] as const]
          : []),
      ],
    })
  }),
  family('child-support-garnishment-limit', (rng) => {
    const g = drawn(rng, 90000, 200000, 500)
    const fit = drawn(rng, 5000, 15000, 100)
    const state = drawn(rng, 2000, 6000, 100)
    const k = drawn(rng, 3000, 10000, 500)
    const ss = pctOf(g, 620)
    const med = pctOf(g, 145)
    const de = g - fit - ss - med - state
    const other = rng.pick([true, false])
    const arrears = rng.pick([true, false])
    const pc = (other ? 50 : 60) + (arrears ? 5 : 0)
    return worked(rng, {
      stem: `A weekly employee earns ${usd(g)} gross. Withheld: federal income tax ${usd(fit)}, Social Security ${usd(ss)}, Medicare ${usd(med)}, state income tax ${usd(state)}, and a voluntary 401(k) deferral of ${usd(k)}. A child support order asks for more than the law allows; the employee ${other ? 'supports' : 'does not support'} another spouse or child, and arrears ${arrears ? 'are' : 'are not'} more than 12 weeks old. Under the Consumer Credit Protection Act, what is the most that may be withheld this week? Round to the nearest cent.`,
      in: { g, fit, state, k, other: other ? 1 : 0, arrears: arrears ? 1 : 0 },
      key: mulDiv(de, pc, 100),
      wrong: [
        [
          'onGross',
          mulDiv(g, pc, 100),
          'applies the limit to gross pay instead of disposable earnings',
        ],
        [
          'after401k',
          mulDiv(de - k, pc, 100),
          'also subtracts the voluntary 401(k) deferral from disposable earnings',
        ],
        [
          'creditorLimit',
          mulDiv(de, 25, 100),
          'applies the 25 % ordinary-creditor limit to a support order',
        ],
        [
          'otherPercent',
          mulDiv(de, (other ? 60 : 50) + (arrears ? 5 : 0), 100),
          'reverses the 50 % and 60 % limits for whether the employee supports another family',
        ],
        [
          'arrearsFlip',
          mulDiv(de, (other ? 50 : 60) + (arrears ? 0 : 5), 100),
          'adds or drops the 5 points for arrears the wrong way round',
        ],
      ],
    })
  }),
  family('creditor-garnishment-limit', (rng) => {
    const de = drawn(rng, 22000, 90000, 100)
    const floor = 30 * 725
    return worked(rng, {
      stem: `A creditor garnishment order (not support, bankruptcy or tax) is served for a weekly employee whose disposable earnings this week are ${usd(de)}. The federal minimum wage is ${usd(725)} an hour. Under 15 U.S.C. 1673(a), what is the most that may be withheld? Round to the nearest cent.`,
      in: { de },
      key: Math.min(mulDiv(de, 25, 100), de - floor),
      wrong: [
        [
          'alwaysQuarter',
          mulDiv(de, 25, 100),
          'always takes 25 %, missing the 30-times-minimum-wage floor',
        ],
        ['alwaysExcess', de - floor, 'always takes everything above 30 times the minimum wage'],
        [
          'awgRate',
          mulDiv(de, 15, 100),
          'applies the 15 % limit of a federal administrative wage garnishment',
        ],
        ['supportSixty', mulDiv(de, 60, 100), 'applies the 60 % support-order limit'],
        [
          'fortyHours',
          Math.min(mulDiv(de, 25, 100), de - 40 * 725),
          'sets the floor at 40 hours of minimum wage',
        ],
        ['supportLimit', mulDiv(de, 50, 100), 'applies a 50 % support-order limit'],
      ],
    })
  }),
  family('elective-deferral-annual-limit', (rng) => {
    const lim = 2450000
    const g = drawn(rng, 800000, 1500000, 1000)
    const k = rng.pick([1000, 1500, 2000])
    const ytd = lim - drawn(rng, 20000, pctOf(g, k) - 10000, 100)
    return worked(rng, {
      stem: `A highly paid employee elects to defer ${bp(k)} of each ${usd(g)} semimonthly check to a traditional 401(k). The plan’s annual elective-deferral limit for the year is ${usd(lim)} (no catch-up applies), and ${usd(ytd)} has been deferred so far this year. How much is deferred from this check?`,
      in: { lim, g, k, ytd },
      key: lim - ytd,
      wrong: [
        ['ignoresLimit', pctOf(g, k), 'defers the full election and ignores the annual limit'],
        [
          'overLimit',
          pctOf(g, k) - (lim - ytd),
          'defers the part of the election that exceeds the limit',
        ],
        ['limitPerCheck', mulDiv(lim, 1, 24), 'spreads the annual limit evenly over 24 checks'],
        ['percentOfRoom', pctOf(lim - ytd, k), 'applies the election percentage to the room left'],
      ],
    })
  }),
]
