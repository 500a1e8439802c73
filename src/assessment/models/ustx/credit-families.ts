import { bp, CENTS, dol, frac, usd, worked } from './ustx-text.js'

// Credits. The slips are the pre-2025 or refundable amount taken as the credit, a dependent
// counted for the wrong credit, a phase-out taken per child, from the wrong threshold, over the
// wrong width or not at all, a rate of another band, credit or year, and an expense, income or
// rebate that the rule leaves out counted in (or the reverse).

const money = usd(2)
const CTC =
  'For 2025 the child tax credit is $2,200 for each child under 17 and the credit for other dependents $500 for each other dependent; together they are reduced by $50 for each $1,000, or part of $1,000, of modified AGI over $400,000 on a joint return ($200,000 otherwise). Up to $1,700 a child is refundable as the additional child tax credit.'
/** The combined reduction: $50 for each $1,000 or part over `t`. */
const cut = (m: number, t: number) => 50 * Math.ceil(Math.max(0, m - t) / 1000)

export const CREDIT_FAMILIES = [
  worked('child-tax-credit-on-a-joint-return', (rng) => {
    const k = rng.int(2, 4)
    const M = rng.int(402, 420) * 1000 + rng.int(1, 9) * 100
    const red = cut(M, 400000)
    return {
      stem: `${CTC} A married couple filing jointly have modified AGI of ${dol(M)}, ${k} children under 17, a 17-year-old son and a dependent mother living with them. What is their child tax credit and credit for other dependents together, before any limit by tax, ${CENTS}?`,
      show: money,
      figures: { k, M },
      key: frac(2200 * k + 1000 - red),
      wrong: [
        [frac(2000 * k + 1000 - red), 'uses the $2,000 credit before the 2025 change'],
        [frac(2200 * k - red), 'leaves out the credit for other dependents'],
        [frac(2200 * k + 1000 - (k + 2) * red), 'takes the reduction for each dependent'],
        [frac(2200 * k + 1000), 'leaves out the phase-out'],
        [frac(2200 * (k + 1) + 500 - red), 'gives the 17-year-old the child tax credit'],
        [frac(3900 * k + 1000 - red), 'adds the $1,700 refundable part on top'],
      ],
    }
  }),
  worked('child-tax-credit-of-a-head-of-household', (rng) => {
    const k = rng.int(2, 4)
    const M = rng.int(202, 220) * 1000 + rng.int(1, 9) * 100
    const red = cut(M, 200000)
    return {
      stem: `${CTC} A head of household has modified AGI of ${dol(M)}, ${k} children under 17 and a 17-year-old daughter, all her dependents. What are her child tax credit and credit for other dependents together, before any limit by tax, ${CENTS}?`,
      show: money,
      figures: { k, M },
      key: frac(2200 * k + 500 - red),
      wrong: [
        [frac(1700 * k + 500 - red), 'takes only the refundable $1,700 a child'],
        [frac(2200 * k - red), 'leaves out the credit for other dependents'],
        [frac(2200 * k + 500 - (k + 1) * red), 'takes the reduction for each dependent'],
        [frac(2200 * k + 500), 'leaves out the phase-out'],
        [frac(2200 * (k + 1) - red), 'gives the 17-year-old the child tax credit'],
        [frac(3900 * k + 500 - red), 'adds the $1,700 refundable part on top'],
      ],
    }
  }),
  worked('additional-child-tax-credit', (rng) => {
    const k = rng.int(2, 3)
    const Wg = rng.int(80, 150) * 100
    const P = rng.int(40, 80) * 100
    const h = Math.round((P * 9235 * 765) / 100000000)
    const T = rng.int(1, 5) * 100
    const E = Wg + P - h
    return {
      stem: `${CTC} The refundable part is the least of $1,700 a child, the credit not used against tax, and 15% of earned income over $2,500 (it was over $3,000 before 2018). A single mother (head of household) with ${k} children under 17 had 2025 wages of ${dol(Wg)} and a Schedule C profit of ${dol(P)}, whose deductible half of self-employment tax is ${dol(h)} (earned income counts the profit less that half). Her tax before credits is ${dol(T)}. What is her additional child tax credit, ${CENTS}?`,
      show: money,
      figures: { k, Wg, P, h, T },
      key: bp(E - 2500, 1500),
      wrong: [
        [bp(Wg - 2500, 1500), 'counts only the wages as earned income'],
        [bp(E - 3000, 1500), 'uses the old $3,000 floor'],
        [bp(Wg - 3000, 1500), 'counts only the wages and uses the $3,000 floor'],
        [bp(E, 1500), 'leaves out the $2,500'],
        [frac(1700 * k), 'takes $1,700 a child'],
        [frac(2200 * k - T), 'takes all the credit not used against tax'],
        [bp(Wg + P - 2500, 1500), 'counts the whole profit as earned income'],
      ],
    }
  }),
  worked('american-opportunity-credit', (rng) => {
    const Tu = rng.int(26, 34) * 100
    const Bk = rng.int(3, 5) * 100
    const S = rng.int(2, 6) * 100
    const E = Tu + Bk - S
    const aotc = (x: number) => frac(8000 + Math.min(2000, Math.max(0, x - 2000)), 4)
    return {
      stem: `The 2025 American opportunity credit is 100% of the first $2,000 and 25% of the next $2,000 of qualified expenses (tuition, fees and required course books and materials, less tax-free scholarships), up to $2,500 a student, 40% of it refundable; the lifetime learning credit is 20% of expenses. A first-year student’s parents (modified AGI well under the phase-out) paid ${dol(Tu)} of tuition and ${dol(Bk)} of required books for her in 2025; she received a ${dol(S)} tax-free scholarship. What is their American opportunity credit for her, ${CENTS}?`,
      show: money,
      figures: { Tu, Bk, S },
      key: aotc(E),
      wrong: [
        [bp(E, 2000), 'takes the lifetime learning credit rate'],
        [frac(2000), 'takes only the first $2,000'],
        [aotc(Tu - S), 'leaves out the books'],
        [frac(2500), 'takes the maximum'],
        [aotc(Tu + Bk), 'leaves out the scholarship'],
        [frac((8000 + E - 2000) * 14, 40), 'adds the 40% refundable part on top'],
      ],
    }
  }),
  worked('american-opportunity-credit-in-the-phase-out', (rng) => {
    const M = rng.int(805, 849) * 100
    return {
      stem: `The 2025 American opportunity credit (up to $2,500 a student: 100% of the first $2,000 and 25% of the next $2,000 of expenses, 40% of it refundable) is phased out for a single filer between modified AGI of $80,000 and $90,000 (joint $160,000 to $180,000), by multiplying by ($90,000 − modified AGI) ÷ $10,000; the lifetime learning credit (20% of up to $10,000) uses the same range. A single client paid $5,200 of qualified tuition in 2025 for her own first degree year and has modified AGI of ${dol(M)}. What is her American opportunity credit, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(2500 * (90000 - M), 10000),
      wrong: [
        [frac(2500 * (M - 80000), 10000), 'takes the reduction as the credit'],
        [frac(2000 * (90000 - M), 10000), 'phases out the lifetime learning credit instead'],
        [frac(1000 * (90000 - M), 10000), 'phases out only the refundable 40%'],
        [frac(2500), 'leaves out the phase-out'],
        [frac(2500 * (100000 - M), 20000), 'spreads the phase-out over the joint $20,000 width'],
        [frac(2000 * (90000 - M) + 500 * 10000, 10000), 'phases out only the first $2,000'],
      ],
    }
  }),
  worked('lifetime-learning-credit', (rng) => {
    const E1 = rng.int(30, 45) * 100
    const E2 = rng.int(20, 35) * 100
    const F = rng.int(2, 6) * 100
    const S = rng.int(5, 15) * 100
    const Bs = rng.int(3, 8) * 100
    const R = rng.int(40, 80) * 100
    const base = E1 + E2 + F - S
    return {
      stem: `The 2025 lifetime learning credit is 20% of up to $10,000 of qualified expenses per return, for any number of students: tuition and fees required to be paid to the school (books only if paid to the school as a condition of enrollment), less tax-free scholarships; room and board never count. A couple well under the phase-out paid graduate tuition of ${dol(E1)} for the wife and part-time tuition of ${dol(E2)} for the husband, plus a ${dol(F)} lab fee the school requires; the wife received a ${dol(S)} tax-free grant. They also spent ${dol(Bs)} on books from an outside bookstore and ${dol(R)} on the wife’s room and board. What is their lifetime learning credit, ${CENTS}?`,
      show: money,
      figures: { E1, E2, F, S, Bs, R },
      key: bp(base, 2000),
      wrong: [
        [bp(E1 + F - S, 2000), 'leaves out the husband’s tuition'],
        [bp(E1 + E2 - S, 2000), 'leaves out the lab fee'],
        [
          bp(Math.min(2000, E1 - S) + Math.min(2000, E2 + F), 2000),
          'counts only the first $2,000 a student',
        ],
        [bp(base + S, 2000), 'leaves out the grant'],
        [bp(base + Bs, 2000), 'adds the bookstore books'],
        [bp(Math.min(10000, base + R), 2000), 'adds the room and board'],
      ],
    }
  }),
  worked('child-and-dependent-care-credit', (rng) => {
    const A = rng.int(160, 420) * 100 + rng.int(1, 9) * 10
    const Ex = rng.int(70, 120) * 100
    const F = rng.int(10, 25) * 100
    const rate = (step: number) => Math.max(20, 35 - Math.ceil((A - 15000) / step))
    return {
      stem: `For 2025 the child and dependent care credit is a percentage of up to $3,000 of care expenses for one qualifying person or $6,000 for two or more, that limit reduced by dependent care benefits excluded from wages. The percentage is 35%, less 1 point for each $2,000 or part of $2,000 of AGI over $15,000, but not below 20%. A couple, both working (each earning well over $6,000), with AGI of ${dol(A)} paid ${dol(Ex)} of daycare for their two children, aged 3 and 5, and excluded ${dol(F)} of employer dependent care benefits. What is their credit, ${CENTS}?`,
      show: money,
      figures: { A, Ex, F },
      key: bp(6000 - F, rate(2000) * 100),
      wrong: [
        [bp(6000 - F, 2000), 'takes the 20% floor'],
        [bp(3000 - F, rate(2000) * 100), 'uses the one-person $3,000 limit'],
        [bp(6000 - F, rate(1000) * 100), 'takes a point off for each $1,000'],
        [bp(6000, rate(2000) * 100), 'does not reduce the limit by the benefits'],
        [bp(Ex - F, rate(2000) * 100), 'takes all the expenses less the benefits'],
        [bp(6000 - F, 3500), 'takes 35% without the reduction'],
      ],
    }
  }),
  worked('saver’s-credit-on-a-joint-return', (rng) => {
    const A = rng.int(476, 509) * 100
    const c1 = rng.int(25, 60) * 100
    const c2 = rng.int(12, 20) * 100
    const d2 = rng.int(3, 10) * 100
    const s2 = Math.min(2000, c2 - d2)
    return {
      stem: `For 2025 the saver’s credit on a joint return is 50% of eligible retirement contributions up to AGI of $47,500, 20% up to $51,000 and 10% up to $79,000. Each spouse’s eligible contributions are capped at $2,000, after subtracting that spouse’s retirement distributions in the testing period. A couple with AGI of ${dol(A)}: the husband deferred ${dol(c1)} to his 401(k); the wife put ${dol(c2)} into her IRA and took a ${dol(d2)} distribution from an old IRA in 2024. What is their saver’s credit, before any limit by tax, ${CENTS}?`,
      show: money,
      figures: { A, c1, c2, d2 },
      key: bp(2000 + s2, 2000),
      wrong: [
        [bp(2000 + s2, 1000), 'uses the 10% rate'],
        [bp(2000, 2000), 'counts only the husband’s contributions'],
        [bp(2000 - d2, 2000), 'caps the couple at $2,000 and subtracts the distribution'],
        [bp(2000 + s2, 5000), 'uses the 50% rate'],
        [bp(c1 + c2 - d2, 2000), 'does not cap the contributions at $2,000 each'],
        [bp(2000 + Math.min(2000, c2), 2000), 'ignores the distribution'],
      ],
    }
  }),
  worked('saver’s-credit-of-a-single-filer', (rng) => {
    const A = rng.int(150, 237) * 100
    const i = rng.int(5, 10) * 100
    const k = rng.int(5, 10) * 100
    const d = rng.int(1, 4) * 100
    const m = rng.int(3, 10) * 100
    return {
      stem: `For 2025 a single filer’s saver’s credit is 50% of eligible contributions (up to $2,000) at AGI up to $23,750, 20% up to $25,500 and 10% up to $39,500. Eligible contributions are the filer’s own IRA contributions and elective 401(k) deferrals, less retirement distributions in the testing period; employer matching contributions do not count. A part-time worker with AGI of ${dol(A)} put ${dol(i)} into an IRA and deferred ${dol(k)} to her 401(k), which her employer matched with ${dol(m)}; she took a ${dol(d)} distribution from another plan in 2024. What is her saver’s credit, before any limit by tax, ${CENTS}?`,
      show: money,
      figures: { A, i, k, d, m },
      key: bp(i + k - d, 5000),
      wrong: [
        [bp(i + k - d, 2000), 'uses the 20% rate'],
        [bp(i + k - d, 1000), 'uses the 10% rate'],
        [bp(i - d, 5000), 'leaves out the 401(k) deferrals'],
        [bp(i + k, 5000), 'ignores the distribution'],
        [bp(i + k - d + m, 5000), 'counts the employer match'],
        [frac(1000), 'takes the $1,000 maximum'],
      ],
    }
  }),
  worked('residential-clean-energy-credit', (rng) => {
    const Pn = rng.int(150, 300) * 100
    const In = rng.int(40, 90) * 100
    const Bt = rng.int(80, 150) * 100
    const Ur = rng.int(10, 30) * 100
    const Sc = rng.int(10, 30) * 100
    const Rf = rng.int(100, 200) * 100
    const base = Pn + In + Bt - Ur
    return {
      stem: `The residential clean energy credit is 30% of the cost of solar panels and battery storage installed on a home in 2025, installation and labor included (the rate was 26% for 2020 to 2022). A utility rebate for the system reduces the cost; a state income tax credit does not. A client paid ${dol(Pn)} for panels, ${dol(In)} for installation and wiring and ${dol(Bt)} for a home battery, received a ${dol(Ur)} utility rebate and will claim a ${dol(Sc)} state tax credit; she also had her worn roof replaced for ${dol(Rf)} before the panels went on (an ordinary roof is not part of the system). What is her federal credit, ${CENTS}?`,
      show: money,
      figures: { Pn, In, Bt, Ur, Sc, Rf },
      key: bp(base, 3000),
      wrong: [
        [bp(base, 2600), 'uses the 26% rate'],
        [bp(base - In, 3000), 'leaves out the installation'],
        [bp(base - Sc, 3000), 'subtracts the state credit too'],
        [bp(base + Ur, 3000), 'does not subtract the utility rebate'],
        [bp(base + Rf, 3000), 'adds the roof'],
        [bp(base + Ur + Rf, 3000), 'adds the roof and ignores the rebate'],
      ],
    }
  }),
  worked('energy-efficient-home-improvement-credit', (rng) => {
    const W = rng.int(30, 50) * 100
    const D = rng.int(10, 18) * 100
    const In = rng.int(800, 1100)
    return {
      stem: `The 2025 energy efficient home improvement credit is 30% of qualifying costs, capped at $600 for windows and skylights, $250 for each exterior door ($500 for all doors) and $1,200 a year for all these items together (insulation has no separate cap). A client paid ${dol(W)} for qualifying windows, ${dol(D)} for one qualifying exterior door and ${dol(In)} for attic insulation in 2025. What is her credit, ${CENTS}?`,
      show: money,
      figures: { W, D, In },
      key: frac(8500 + 3 * In, 10),
      wrong: [
        [frac(8500, 10), 'leaves out the insulation'],
        [frac(6000 + 3 * In, 10), 'leaves out the door'],
        [frac(5000 + 3 * In, 10), 'caps the windows at the $250 door limit'],
        [frac(3 * W + 2500 + 3 * In, 10), 'leaves out the window cap'],
        [frac(6000 + 3 * D + 3 * In, 10), 'leaves out the door cap'],
        [frac(3 * W + 3 * D + 3 * In, 10), 'leaves out both caps'],
      ],
    }
  }),
  worked('earned-income-credit-in-the-phase-out', (rng) => {
    const A = rng.int(250, 350) * 100
    const f = (max: number, rate: number, from: number) =>
      frac(max * 10000 - rate * (A - from), 10000)
    return {
      stem: `The 2025 earned income credit figures for this return are: with two qualifying children, 40% of earned income up to $17,880 (a maximum of $7,152), reduced by 21.06% of the greater of AGI or earned income over $23,350 ($30,470 on a joint return); with one child, a maximum of $4,328 reduced by 15.98% over the same thresholds. A single mother (head of household) with two qualifying children has wages of ${dol(A)}, which are also her AGI; she has no investment income. What is her earned income credit, ${CENTS}?`,
      show: money,
      figures: { A },
      key: f(7152, 2106, 23350),
      wrong: [
        [f(7152, 2106, 17880), 'starts the phase-out at $17,880'],
        [f(7152, 4000, 23350), 'phases out at the 40% phase-in rate'],
        [f(4328, 2106, 23350), 'uses the one-child maximum'],
        [frac(7152), 'leaves out the phase-out'],
        [f(7152, 2106, 30470), 'uses the joint threshold'],
        [f(7152, 1598, 23350), 'uses the one-child phase-out rate'],
      ],
    }
  }),
  worked('earned-income-credit-in-the-phase-in', (rng) => {
    const W = rng.int(60, 120) * 100
    const N = rng.int(20, 50) * 100
    const I = rng.int(2, 8) * 50
    return {
      stem: `The 2025 earned income credit figures for this return are: with two qualifying children, 40% of earned income up to $17,880 (a maximum of $7,152); with one child, 34% up to $12,730; with three or more, 45% up to $17,880. Earned income is wages plus net earnings from self-employment; interest is not earned income. A single father (head of household) with two qualifying children earned wages of ${dol(W)} and net self-employment earnings of ${dol(N)} from weekend deliveries, and received ${dol(I)} of bank interest; his AGI is below every phase-out. What is his earned income credit, ${CENTS}?`,
      show: money,
      figures: { W, N, I },
      key: bp(W + N, 4000),
      wrong: [
        [bp(W, 4000), 'leaves out the self-employment earnings'],
        [bp(W + N, 3400), 'uses the one-child rate'],
        [bp(W + N, 765), 'uses the no-child rate of 7.65%'],
        [bp(W + N, 4500), 'uses the three-child rate'],
        [frac(7152), 'takes the maximum credit'],
        [bp(W + N + I, 4000), 'counts the interest as earned income'],
      ],
    }
  }),
  worked('care-credit-limited-by-the-lower-earner', (rng) => {
    const A = rng.int(160, 420) * 100 + rng.int(1, 9) * 10
    const L = rng.int(310, 550) * 10
    const Ex = rng.int(70, 120) * 100
    const rate = (step: number) => Math.max(20, 35 - Math.ceil((A - 15000) / step))
    return {
      stem: `For 2025 the child and dependent care credit is a percentage of care expenses up to $3,000 for one qualifying person or $6,000 for two or more, and not more than the earned income of the lower-earning spouse. The percentage is 35%, less 1 point for each $2,000 or part of $2,000 of AGI over $15,000, but not below 20%. A couple with AGI of ${dol(A)} paid ${dol(Ex)} of daycare for their children aged 2 and 4; the wife works part time and earned ${dol(L)}. What is their credit, ${CENTS}?`,
      show: money,
      figures: { A, L, Ex },
      key: bp(L, rate(2000) * 100),
      wrong: [
        [bp(L, 2000), 'takes the 20% floor'],
        [bp(L, rate(1000) * 100), 'takes a point off for each $1,000'],
        [bp(3000, rate(2000) * 100), 'uses the one-person $3,000 limit'],
        [bp(6000, rate(2000) * 100), 'ignores the lower earner’s income'],
        [bp(Ex, rate(2000) * 100), 'takes all the expenses'],
        [bp(L, 3500), 'takes 35% without the reduction'],
      ],
    }
  }),
  worked('taxable-dependent-care-benefits', (rng) => {
    const B = rng.int(61, 75) * 100
    const Ex = rng.int(50, 80) * 100
    const L = rng.int(310, 480) * 10
    return {
      stem: `For 2025 employer-provided dependent care benefits are excluded from income up to the least of $5,000 ($2,500 married filing separately), the care expenses incurred and the earned income of the lower-earning spouse; the rest is taxable wages (the child and dependent care credit’s own limits are $3,000 and $6,000). A married couple filing jointly received ${dol(B)} of dependent care benefits from the husband’s employer and incurred ${dol(Ex)} of daycare for their two children; the wife earned ${dol(L)}. How much of the benefits is taxable, ${CENTS}?`,
      show: money,
      figures: { B, Ex, L },
      key: frac(B - L),
      wrong: [
        [frac(B - 5000), 'excludes the full $5,000'],
        [frac(B - Math.min(Ex, 6000)), 'excludes up to the $6,000 credit limit'],
        [frac(B - 6000), 'excludes the $6,000 credit limit'],
        [frac(B), 'taxes all the benefits'],
        [frac(B - 3000), 'excludes the one-person $3,000 limit'],
        [frac(B - 2500), 'uses the separate-return $2,500 limit'],
      ],
    }
  }),
]
