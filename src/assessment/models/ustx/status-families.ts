import { CENTS, dol, frac, pct2, usd, worked } from './ustx-text.js'

// Filing status, dependents and the standard deduction. The slips are the other statuses'
// standard deductions or the figures announced before the July 2025 changes, the additional
// amount at the married or the unmarried size or counted too often, the senior deduction left out,
// unreduced or doubled, and costs or income that the tests leave out counted in (or the reverse).

const money = usd(2)
const STD =
  'For 2025 the standard deduction is $15,750 for a single filer or married filing separately, $31,500 for married filing jointly and $23,625 for a head of household; the additional standard deduction for age 65 or over or blindness is $2,000 each for a single filer or head of household and $1,600 each for a married person.'
const SENIOR =
  'Each taxpayer aged 65 or over may also take the separate $6,000 senior deduction, reduced by 6% of modified AGI over $75,000 ($150,000 on a joint return; the reduction applies to each spouse’s $6,000).'

export const STATUS_FAMILIES = [
  worked('cost-of-keeping-up-a-home', (rng) => {
    const R = rng.int(90, 180) * 100
    const U = rng.int(18, 42) * 100
    const G = rng.int(40, 90) * 100
    const P = rng.int(3, 15) * 100
    const C = rng.int(8, 25) * 100
    const M = rng.int(5, 30) * 100
    const V = rng.int(10, 40) * 100
    return {
      stem: `A client wants to file as head of household for 2025 and must have paid more than half the cost of keeping up her home. The household’s 2025 costs were rent ${dol(R)}, utilities ${dol(U)}, groceries eaten at home ${dol(G)}, repairs ${dol(P)}, clothing ${dol(C)}, doctors’ bills ${dol(M)} and a family vacation ${dol(V)}. The cost of keeping up a home counts rent, utilities, repairs, property insurance and food eaten in the home, but not clothing, education, medical care, vacations or transportation. What is the cost of keeping up the home, ${CENTS}?`,
      show: money,
      figures: { R, U, G, P, C, M, V },
      key: frac(R + U + G + P),
      wrong: [
        [frac(R + U + P), 'leaves out the food eaten at home'],
        [frac(R + G + P), 'leaves out the utilities'],
        [frac(R + U), 'counts only the rent and utilities'],
        [frac(R + U + G + P + C), 'adds the clothing'],
        [frac(R + U + G + P + M), 'adds the doctors’ bills'],
        [frac(R + U + G + P + C + M + V), 'adds clothing, doctors’ bills and the vacation'],
      ],
    }
  }),
  worked('standard-deduction-of-a-dependent', (rng) => {
    const E = rng.int(15, 120) * 100
    const I = rng.int(6, 17) * 50
    return {
      stem: `${STD} A dependent’s standard deduction is limited to the greater of $1,350 or earned income plus $450, but not more than the regular standard deduction. A 17-year-old claimed as a dependent on his parents’ 2025 return earned ${dol(E)} of wages and ${dol(I)} of bank interest. What is his 2025 standard deduction, ${CENTS}?`,
      show: money,
      figures: { E, I },
      key: frac(E + 450),
      wrong: [
        [frac(1350), 'takes the $1,350 floor'],
        [frac(E), 'leaves out the $450'],
        [frac(I + 450), 'adds the $450 to the interest instead of the wages'],
        [frac(E + I + 450), 'counts the interest as earned income'],
        [frac(15750), 'gives the full single standard deduction'],
        [frac(E + 1350), 'adds the $1,350 to the wages'],
      ],
    }
  }),
  worked('single-senior-and-blind-deductions', (rng) => {
    const M = rng.int(160, 280) * 500
    const sen = 6000 - ((M - 75000) * 6) / 100
    const base = 15750 + 4000
    return {
      stem: `${STD} ${SENIOR} A single client aged 67 and blind has 2025 modified AGI of ${dol(M)} and takes the standard deduction. What is her standard deduction plus her senior deduction, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(base + sen),
      wrong: [
        [frac(base), 'leaves out the senior deduction'],
        [frac(15750 + 2000 + sen), 'adds only one additional amount'],
        [frac(15750 + 3200 + sen), 'uses the married additional amount'],
        [frac(base + 6000), 'does not reduce the senior deduction'],
        [frac(23625 + 4000 + sen), 'starts from the head of household deduction'],
        [frac(base + 2 * sen), 'takes the senior deduction again for blindness'],
      ],
    }
  }),
  worked('joint-senior-and-blind-deductions', (rng) => {
    const M = rng.int(312, 460) * 500
    const s = 6000 - ((M - 150000) * 6) / 100
    const std = 31500 + 3 * 1600
    return {
      stem: `${STD} ${SENIOR} A married couple filing jointly are both 68 and the husband is blind; their 2025 modified AGI is ${dol(M)} and they take the standard deduction. What is their standard deduction plus their senior deductions, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(std + 2 * s),
      wrong: [
        [frac(std + s), 'takes one senior deduction for the couple'],
        [frac(31500 + 2 * s), 'leaves out the additional amounts'],
        [frac(std), 'leaves out the senior deductions'],
        [frac(std + 12000), 'does not reduce the senior deductions'],
        [frac(31500 + 3 * 2000 + 2 * s), 'uses the unmarried $2,000 additional amount'],
        [frac(std + 12000 - ((M - 150000) * 6) / 100), 'takes the 6% once from the pair'],
      ],
    }
  }),
  worked('head-of-household-taxable-income', (rng) => {
    const W = rng.int(400, 1200) * 100
    const I = rng.int(3, 40) * 50
    return {
      stem: `${STD} A single father who qualifies as head of household has 2025 wages of ${dol(W)} and taxable interest of ${dol(I)}, no adjustments, and takes the standard deduction; he claims the $2,200 child tax credit for his son. What is his 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { W, I },
      key: frac(W + I - 23625),
      wrong: [
        [frac(W + I - 31500), 'takes the joint standard deduction'],
        [frac(W - 23625), 'leaves out the interest'],
        [frac(W + I - 23625 - 2200), 'subtracts the child tax credit as a deduction'],
        [frac(W + I - 15750), 'takes the single standard deduction'],
        [frac(W + I - 22500), 'takes the $22,500 announced before the July 2025 change'],
        [frac(W + I - 21900), 'takes the 2024 head of household deduction'],
      ],
    }
  }),
  worked('joint-return-with-a-blind-spouse', (rng) => {
    const W = rng.int(600, 1800) * 100
    return {
      stem: `${STD} A married couple, both aged 44, file jointly for 2025; the wife is blind. Their AGI is ${dol(W)} and they take the standard deduction (the senior deduction does not apply under age 65). What is their 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { W },
      key: frac(W - 33100),
      wrong: [
        [frac(W - 31500 - 2000), 'uses the unmarried $2,000 additional amount'],
        [frac(W - 31500 - 3200), 'takes an additional amount for each spouse'],
        [frac(W - 33100 - 6000), 'adds the senior deduction for blindness'],
        [frac(W - 31500), 'leaves out the additional amount'],
        [frac(W - 30000 - 1600), 'takes the $30,000 announced before the July 2025 change'],
        [frac(W - 29200 - 1600), 'takes the 2024 joint deduction'],
      ],
    }
  }),
  worked('single-senior-taxable-income', (rng) => {
    const M = rng.int(300, 740) * 100
    return {
      stem: `${STD} ${SENIOR} A single client aged 66, not blind, has 2025 AGI (and modified AGI) of ${dol(M)} and takes the standard deduction. What is her 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(M - 23750),
      wrong: [
        [frac(M - 23625 - 8000), 'starts from the head of household deduction'],
        [frac(M - 17750 - 12000), 'takes the senior deduction twice'],
        [frac(M - 19750 - 6000), 'adds an additional amount for blindness too'],
        [frac(M - 17750), 'leaves out the senior deduction'],
        [frac(M - 15750 - 1600 - 6000), 'uses the married additional amount'],
        [frac(M - 15000 - 8000), 'takes the $15,000 announced before the July 2025 change'],
      ],
    }
  }),
  worked('gross-income-of-a-qualifying-relative', (rng) => {
    const I = rng.int(4, 15) * 50
    const P = rng.int(10, 30) * 100
    const Rg = rng.int(12, 30) * 100
    const Ex = rng.int(4, 10) * 100
    const T = rng.int(4, 16) * 50
    const S = rng.int(90, 180) * 100
    return {
      stem: `A client wants to claim his widowed mother as a qualifying relative for 2025 (her gross income must be under $5,200). In 2025 she received taxable bank interest of ${dol(I)}, a fully taxable pension of ${dol(P)}, rent of ${dol(Rg)} from a room she lets (with ${dol(Ex)} of expenses), tax-exempt municipal bond interest of ${dol(T)} and Social Security of ${dol(S)}, none of it taxable. Gross income for this test is income that is not exempt from tax, with rents counted before expenses. What is her gross income for the test, ${CENTS}?`,
      show: money,
      figures: { I, P, Rg, Ex, T, S },
      key: frac(I + P + Rg),
      wrong: [
        [frac(I + P + Rg - Ex), 'counts the rent net of expenses'],
        [frac(I + Rg), 'leaves out the pension'],
        [frac(I + P), 'leaves out the rent'],
        [frac(I + P + Rg + T), 'adds the tax-exempt interest'],
        [frac(I + P + Rg + S), 'adds the Social Security'],
        [frac(I + P + Rg + T + S), 'adds the exempt interest and the Social Security'],
      ],
    }
  }),
  worked('total-support-of-a-parent', (rng) => {
    const L = rng.int(60, 120) * 100
    const F = rng.int(30, 60) * 100
    const C = rng.int(4, 12) * 100
    const Md = rng.int(10, 40) * 100
    const Li = rng.int(6, 15) * 100
    const Tx = rng.int(3, 12) * 100
    const Sv = rng.int(10, 30) * 100
    return {
      stem: `To test whether a client provided more than half of his father’s support in 2025, a preparer totals the father’s support. In 2025 it was: the fair rental value of the lodging the client provides, ${dol(L)}; food, ${dol(F)}; clothing, ${dol(C)}; medical care, ${dol(Md)}; premiums on a life insurance policy on the father, ${dol(Li)}; and the father’s own federal income tax, ${dol(Tx)}; the father also put ${dol(Sv)} into savings. Support counts lodging, food, clothing, medical care and similar items, but not life insurance premiums, income tax paid or amounts saved. What is the father’s total support, ${CENTS}?`,
      show: money,
      figures: { L, F, C, Md, Li, Tx, Sv },
      key: frac(L + F + C + Md),
      wrong: [
        [frac(F + C + Md), 'leaves out the lodging'],
        [frac(L + F + C), 'leaves out the medical care'],
        [frac(L + F + Md), 'leaves out the clothing'],
        [frac(L + F + C + Md + Li), 'adds the life insurance premiums'],
        [frac(L + F + C + Md + Tx), 'adds the income tax he paid'],
        [frac(L + F + C + Md + Li + Tx + Sv), 'adds the premiums, the tax and the savings'],
      ],
    }
  }),
  worked('dependent-taxable-income', (rng) => {
    const E = rng.int(20, 60) * 100
    const I = rng.int(30, 90) * 100
    const std = Math.max(1350, E + 450)
    return {
      stem: `${STD} A dependent’s standard deduction is limited to the greater of $1,350 or earned income plus $450 (not more than the regular standard deduction). A college student claimed on her parents’ 2025 return had wages of ${dol(E)} and taxable interest and ordinary dividends of ${dol(I)}. Ignoring any tax on the child’s unearned income at the parents’ rate, what is her 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { E, I },
      key: frac(E + I - std),
      wrong: [
        [frac(I - 1800), 'takes both the $1,350 and the $450 off the interest'],
        [frac(I - 1350), 'takes the $1,350 floor off the interest'],
        [frac(I - 2700), 'takes the $2,700 kiddie-tax threshold off the interest'],
        [frac(E + I - 1350), 'takes the $1,350 floor'],
        [frac(E + I - E), 'leaves out the $450'],
        [frac(E + I - 450), 'takes only the $450'],
      ],
    }
  }),
  worked('separate-return-when-the-spouse-itemizes', (rng) => {
    const A = rng.int(400, 900) * 100
    const S = rng.int(30, 90) * 100
    const Cg = rng.int(5, 30) * 100
    return {
      stem: `${STD} When one spouse filing separately itemizes, the other cannot take the standard deduction and must itemize (a deduction of zero if there is nothing to itemize). A client files married filing separately for 2025 and her husband itemizes on his return. Her AGI is ${dol(A)}; she paid ${dol(S)} of state income tax (under the $20,000 separate-return SALT cap) and gave ${dol(Cg)} in cash to charity. What is her 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { A, S, Cg },
      key: frac(A - S - Cg),
      wrong: [
        [frac(A - 15750), 'takes the standard deduction'],
        [frac(A - 23625), 'takes the head of household deduction'],
        [frac(A - 31500), 'takes the joint standard deduction'],
        [frac(A), 'takes no deduction at all'],
        [frac(A - S), 'leaves out the charity'],
        [frac(A - Cg), 'leaves out the state tax'],
      ],
    }
  }),
  worked('surviving-spouse-aged-over-65', (rng) => {
    const W = rng.int(400, 740) * 100
    return {
      stem: `${STD} A qualifying surviving spouse takes the joint standard deduction and the married additional amount. ${SENIOR} A client aged 66 whose husband died in 2024 keeps up a home for her dependent son and files as a qualifying surviving spouse for 2025. Her AGI and modified AGI are ${dol(W)} and she takes the standard deduction. What is her 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { W },
      key: frac(W - 39100),
      wrong: [
        [frac(W - 33100 - 12000), 'takes a senior deduction for her late husband too'],
        [frac(W - 31500 - 3200 - 6000), 'takes an additional amount for each spouse'],
        [frac(W - 31500 - 2000 - 6000), 'uses the unmarried $2,000 additional amount'],
        [frac(W - 33100), 'leaves out the senior deduction'],
        [frac(W - 23625 - 2000 - 6000), 'files as head of household'],
        [frac(W - 15750 - 2000 - 6000), 'files as single'],
      ],
    }
  }),
  worked('standard-deduction-of-a-blind-dependent', (rng) => {
    const E = rng.int(15, 90) * 100
    return {
      stem: `${STD} A dependent’s standard deduction is the greater of $1,350 or earned income plus $450 (not more than the regular standard deduction), plus any additional amount for blindness. A blind 16-year-old claimed on her parents’ 2025 return earned ${dol(E)} of wages and has no other income. What is her 2025 standard deduction, ${CENTS}?`,
      show: money,
      figures: { E },
      key: frac(E + 2450),
      wrong: [
        [frac(E + 450), 'leaves out the additional amount'],
        [frac(1350 + 2000), 'takes the $1,350 floor'],
        [frac(E + 2000), 'leaves out the $450'],
        [frac(E + 450 + 4000), 'takes the additional amount twice'],
        [frac(15750 + 2000), 'gives the full single standard deduction'],
        [frac(E + 1350 + 2000), 'adds the $1,350 to the wages'],
      ],
    }
  }),
  worked('joint-return-with-one-spouse-over-65', (rng) => {
    const M = rng.int(1000, 1400) * 100
    const s75 = 6000 - ((M - 75000) * 6) / 100
    return {
      stem: `${STD} ${SENIOR} A married couple file jointly for 2025; the husband is 70 and the wife 60, neither blind. Their AGI and modified AGI are ${dol(M)} and they take the standard deduction. What is their 2025 taxable income, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(M - 39100),
      wrong: [
        [frac(M - 33100 - 12000), 'takes a senior deduction for the wife too'],
        [frac(M - 34700 - 6000), 'takes an additional amount for each spouse'],
        [frac(M - 34700 - 12000), 'treats the wife as 65 or over too'],
        [frac(M - 33100), 'leaves out the senior deduction'],
        [frac(M - 31500 - 6000), 'leaves out the additional amount'],
        [frac(M - 33100 - s75), 'reduces the senior deduction from the single $75,000'],
      ],
    }
  }),
  worked('share-of-a-parent’s-support', (rng) => {
    const T = rng.int(50, 90) * 100
    const O = rng.int(10, 30) * 100
    const S = rng.int(20, 50) * 100
    const Sv = rng.int(10, 40) * 100
    const Li = rng.int(5, 15) * 100
    return {
      stem: `A client paid ${dol(T)} toward his mother’s 2025 support and his sister paid ${dol(O)}. The mother received ${dol(S + Sv)} of Social Security, spent ${dol(S)} of it on her own support and saved the rest; the client also paid ${dol(Li)} of premiums on a life insurance policy on her (premiums are not support). Support counts only amounts spent on her support, from anyone. What share of her total support did the client provide, as a percentage to two decimal places (a half rounded up)?`,
      show: pct2,
      figures: { T, O, S, Sv, Li },
      key: frac(T, T + O + S),
      wrong: [
        [frac(T, T + O + S + Sv), 'counts her whole benefit as support'],
        [frac(T, T + O + S + Li), 'adds the life insurance premiums to the support'],
        [frac(T, T + O + S + Sv + Li), 'counts the whole benefit and the premiums'],
        [frac(T, T + O), 'leaves out her own spending'],
        [frac(T, T + S), 'leaves out the sister’s payments'],
        [frac(T + Li, T + O + S + Li), 'counts the premiums as his support'],
      ],
    }
  }),
]
