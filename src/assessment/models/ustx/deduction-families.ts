import { add, bp, CENTS, dol, frac, usd, worked } from './ustx-text.js'

// Adjustments to income and deductions. The slips are the 92.35% or the wage base left out or
// misapplied, the whole self-employment tax deducted where half is, an adjustment left out or an
// item deducted that is not deductible, a limit or phase-out range of another status or an earlier
// year, and the SALT cap, the 7.5% floor or a charitable, interest or gambling limit misapplied.

const money = usd(2)
const SE =
  'Self-employment tax is 15.3% (12.4% social security, 2.9% Medicare) of 92.35% of net profit, the 12.4% only on earnings up to the 2025 wage base of $176,100 less any W-2 social security wages; half of it is deductible.'
/** 92.35 % of `p` at `bp` hundredths of a percent, in dollars. */
const ne = (p: number, rate: number) => frac(p * 9235 * rate, 100000000)

export const DEDUCTION_FAMILIES = [
  worked('self-employment-tax', (rng) => {
    const P = rng.int(300, 1500) * 100
    return {
      stem: `${SE} A single freelance translator with no W-2 wages has a 2025 Schedule C net profit of ${dol(P)}. What is her self-employment tax, ${CENTS}?`,
      show: money,
      figures: { P },
      key: ne(P, 1530),
      wrong: [
        [ne(P, 1240), 'leaves out the Medicare part'],
        [frac(P * 9235 * 9235 * 1530, 10000 * 10000 * 10000), 'takes 92.35% twice'],
        [ne(P - 15750, 1530), 'takes the standard deduction off first'],
        [bp(P, 1530), 'leaves out the 92.35%'],
        [ne(P, 1620), 'adds the 0.9% additional Medicare tax'],
        [ne(P, 1910), 'adds the 3.8% net investment income tax'],
      ],
    }
  }),
  worked('self-employment-tax-with-w-2-wages', (rng) => {
    const W = rng.int(130, 165) * 1000
    const P = rng.int(600, 1000) * 100
    const room = 176100 - W
    const ss = (base: number) => frac((base - W) * 124, 1000)
    return {
      stem: `${SE} (The 2024 wage base was $168,600.) A single engineer had 2025 W-2 social security wages of ${dol(W)} and a consulting Schedule C net profit of ${dol(P)}. What is her self-employment tax, ${CENTS}?`,
      show: money,
      figures: { W, P },
      key: add(ss(176100), ne(P, 290)),
      wrong: [
        [add(ss(168600), ne(P, 290)), 'uses the 2024 wage base'],
        [frac(room * 153, 1000), 'caps the Medicare part at the wage base too'],
        [ne(P, 290), 'takes only the Medicare part'],
        [ne(P, 1530), 'ignores the W-2 wages'],
        [bp(P, 1530), 'ignores the wages and the 92.35%'],
        [add(ss(176100), bp(P, 290)), 'leaves out the 92.35% on the Medicare part'],
      ],
    }
  }),
  worked('adjusted-gross-income-of-a-sole-proprietor', (rng) => {
    const P = rng.int(500, 1200) * 100
    const I = rng.int(5, 30) * 100
    const h = rng.int(30, 80) * 100
    const Hi = rng.int(40, 120) * 100
    const Hs = rng.int(20, 43) * 100
    const X = rng.int(40, 120) * 100
    return {
      stem: `A single sole proprietor has a 2025 Schedule C net profit of ${dol(P)} and taxable interest of ${dol(I)}. His self-employment tax is ${dol(2 * h)}, he paid ${dol(Hi)} of health insurance premiums for himself (no employer plan was available; the profit covers them), contributed ${dol(Hs)} to his own HSA (within his limit, not through any employer) and paid ${dol(X)} of federal estimated tax. Half the self-employment tax, self-employed health insurance and HSA contributions are adjustments to income; estimated tax is not. What is his adjusted gross income, ${CENTS}?`,
      show: money,
      figures: { P, I, h, Hi, Hs, X },
      key: frac(P + I - h - Hi - Hs),
      wrong: [
        [frac(P + I - 2 * h - Hi - Hs), 'deducts the whole self-employment tax'],
        [frac(P + I - h - Hi - Hs - X), 'deducts the estimated tax payments'],
        [
          frac(P + I - 2 * h - Hi - Hs - X),
          'deducts the whole self-employment tax and the estimated tax',
        ],
        [frac(P + I - Hi - Hs), 'leaves out half the self-employment tax'],
        [frac(P + I - h - Hs), 'leaves out the health insurance'],
        [frac(P + I - h - Hi), 'leaves out the HSA contribution'],
      ],
    }
  }),
  worked('hsa-deduction-limit', (rng) => {
    const Er = rng.int(15, 30) * 100
    return {
      stem: `For 2025 the HSA contribution limit is $4,300 for self-only and $8,550 for family coverage under a high-deductible health plan (it was $8,300 for family coverage in 2024), plus a $1,000 catch-up for an account holder aged 55 or over; employer contributions count toward the limit. A client aged 57 had family HDHP coverage all of 2025 and his employer put ${dol(Er)} into his HSA. His wife, aged 56, has no HSA of her own. What is the most he can contribute and deduct himself for 2025, ${CENTS}?`,
      show: money,
      figures: { Er },
      key: frac(9550 - Er),
      wrong: [
        [frac(8550 - Er), 'leaves out the catch-up'],
        [frac(5300 - Er), 'uses the self-only limit'],
        [frac(9300 - Er), 'uses the 2024 family limit'],
        [frac(9550), 'ignores the employer contribution'],
        [frac(8550), 'ignores the employer contribution and the catch-up'],
        [frac(10550 - Er), 'adds a catch-up for his wife, who has no HSA'],
      ],
    }
  }),
  worked('ira-deduction-in-the-phase-out', (rng) => {
    const M = rng.int(795, 835) * 100
    const up10 = (x: number) => Math.ceil(x / 10 - 1e-9) * 10
    const part = (lim: number, top: number, width: number) => up10((lim * (top - M)) / width)
    return {
      stem: `For 2025 the IRA contribution limit is $7,000, or $8,000 at age 50 or over. A single filer covered by a workplace retirement plan can deduct it in full up to modified AGI of $79,000, nothing at $89,000 or more, and in between the limit times ($89,000 minus modified AGI) ÷ $10,000, rounded up to the next multiple of $10 (the 2024 range was $77,000 to $87,000; the joint range for a covered spouse is $126,000 to $146,000). A 52-year-old single client covered by his employer’s 401(k) has modified AGI of ${dol(M)} and contributed $8,000 to a traditional IRA. What is his IRA deduction, ${CENTS}?`,
      show: money,
      figures: { M },
      key: frac(part(8000, 89000, 10000)),
      wrong: [
        [frac(part(7000, 89000, 10000)), 'leaves out the catch-up'],
        [frac(part(8000, 87000, 10000)), 'uses the 2024 range'],
        [frac(up10((8000 * (M - 79000)) / 10000)), 'takes the reduction as the deduction'],
        [frac(8000), 'deducts the whole contribution'],
        [frac(part(8000, 99000, 20000)), 'spreads the phase-out over the joint $20,000 width'],
        [frac(part(7000, 89000, 10000) + 1000), 'phases out $7,000 and adds the catch-up in full'],
      ],
    }
  }),
  worked('student-loan-interest-in-the-phase-out', (rng) => {
    const M = rng.int(860, 899) * 100
    const I = rng.int(26, 40) * 100
    const f = (top: number, width: number) => frac(2500 * (top - M), width)
    return {
      stem: `The student loan interest deduction is the interest paid up to $2,500, reduced for 2025 by ($2,500 × (modified AGI − $85,000) ÷ $15,000) for a single filer, so it is gone at $100,000 (the joint range is $170,000 to $200,000; the 2024 single range was $80,000 to $95,000 and the 2023 range $75,000 to $90,000). A single client paid ${dol(I)} of student loan interest in 2025 and has modified AGI of ${dol(M)}. What is her deduction, ${CENTS}?`,
      show: money,
      figures: { M, I },
      key: f(100000, 15000),
      wrong: [
        [f(95000, 15000), 'uses the 2024 range'],
        [f(90000, 15000), 'uses the 2023 range'],
        [frac(2500 * (M - 85000), 15000), 'takes the reduction as the deduction'],
        [frac(2500), 'leaves out the phase-out'],
        [frac(I * (100000 - M), 15000), 'phases out all the interest paid, not the $2,500'],
        [frac(2500 * (115000 - M), 30000), 'spreads the phase-out over the joint $30,000 width'],
      ],
    }
  }),
  worked('salt-cap-above-$500,000', (rng) => {
    const A = rng.int(520, 580) * 1000
    const Si = rng.int(300, 450) * 100
    const Pt = rng.int(100, 200) * 100
    const Mi = rng.int(100, 250) * 100
    const Ch = rng.int(50, 200) * 100
    const cap = 40000 - ((A - 500000) * 3) / 10
    return {
      stem: `For 2025 the deduction for state and local taxes (SALT) is capped at $40,000 ($20,000 married filing separately; the cap was $10,000 before 2025), reduced by 30% of modified AGI over $500,000 but not below $10,000. A single client with modified AGI of ${dol(A)} paid state income tax of ${dol(Si)} and property tax of ${dol(Pt)}, ${dol(Mi)} of deductible mortgage interest and gave ${dol(Ch)} in cash to charity (under every limit). What are her total itemized deductions, ${CENTS}?`,
      show: money,
      figures: { A, Si, Pt, Mi, Ch },
      key: frac(cap + Mi + Ch),
      wrong: [
        [frac(10000 + Mi + Ch), 'uses the old $10,000 cap'],
        [frac(20000 + Mi + Ch), 'uses the separate-return cap'],
        [frac(cap + Mi), 'leaves out the charity'],
        [frac(40000 + Mi + Ch), 'does not reduce the cap'],
        [frac(Si + Pt - ((A - 500000) * 3) / 10 + Mi + Ch), 'reduces the taxes paid, not the cap'],
        [frac(Si + Pt + Mi + Ch), 'ignores the cap'],
      ],
    }
  }),
  worked('medical-expense-deduction', (rng) => {
    const A = rng.int(300, 600) * 100
    const Pr = rng.int(60, 120) * 100
    const D = rng.int(40, 90) * 100
    const Mi = rng.int(10, 30) * 100
    const Rb = rng.int(10, 25) * 100
    const Gym = rng.int(5, 15) * 100
    const Cp = rng.int(20, 60) * 100
    // In tenths of a cent: 7.5% of whole dollars is a whole number of them.
    const qual = (Pr * 100 + D * 100 + Mi * 21 - Rb * 100) * 10
    const floor = A * 75
    return {
      stem: `For 2025 medical expenses are deductible to the extent they exceed 7.5% of AGI, net of insurance reimbursements; medical mileage is 21 cents a mile. A client with AGI of ${dol(A)} paid ${dol(Pr)} of health insurance premiums with after-tax money, ${dol(D)} of doctor, dental and prescription bills (${dol(Rb)} of which insurance reimbursed), drove ${dol(Mi).slice(1)} miles to appointments, paid ${dol(Gym)} for a gym membership and ${dol(Cp)} under a section 125 cafeteria plan for her employer’s group health plan (already excluded from her wages). What is her medical expense deduction, ${CENTS}?`,
      show: money,
      figures: { A, Pr, D, Mi, Rb, Gym, Cp },
      key: frac(qual - floor, 1000),
      wrong: [
        [frac(qual - A * 100, 1000), 'uses the old 10% floor'],
        [frac(qual - Mi * 210 - floor, 1000), 'leaves out the mileage'],
        [frac(qual - Rb * 1000 - floor, 1000), 'subtracts the reimbursement twice'],
        [frac(qual + Rb * 1000 - floor, 1000), 'does not subtract the reimbursement'],
        [frac(qual + Gym * 1000 - floor, 1000), 'adds the gym membership'],
        [frac(qual + Cp * 1000 - floor, 1000), 'adds the pre-tax cafeteria plan premiums'],
      ],
    }
  }),
  worked('charitable-contribution-deduction', (rng) => {
    const C1 = rng.int(20, 80) * 100
    const Fc = rng.int(3, 12) * 100
    const mi = rng.int(5, 20) * 100
    const Vt = rng.int(10, 40) * 100
    const Rf = rng.int(1, 5) * 50
    const G = rng.int(3, 6) * 100
    const Dv = rng.int(1, 2) * 100
    const key = C1 * 100 + Fc * 100 + mi * 14 + (G - Dv) * 100
    return {
      stem: `An itemizing client gave ${dol(C1)} in cash to her church in 2025, donated clothing in good condition worth ${dol(Fc)} (fair market value) to a charity shop, drove ${dol(mi).slice(1)} miles doing volunteer work for a food bank (the charitable rate is 14 cents a mile), gave 200 hours of volunteer time that she values at ${dol(Vt)}, bought ${dol(Rf)} of raffle tickets at a school fundraiser and paid ${dol(G)} for a charity gala dinner whose meal was worth ${dol(Dv)}. Her AGI is high enough that no percentage limit applies. What is her charitable contribution deduction, ${CENTS}?`,
      show: money,
      figures: { C1, Fc, mi, Vt, Rf, G, Dv },
      key: frac(key, 100),
      wrong: [
        [frac(key - mi * 14, 100), 'leaves out the mileage'],
        [frac(key - Fc * 100, 100), 'leaves out the clothing'],
        [frac(key - G * 100 + Dv * 100, 100), 'leaves out the gala payment'],
        [frac(key + Vt * 100, 100), 'adds the value of her time'],
        [frac(key + Rf * 100, 100), 'adds the raffle tickets'],
        [frac(key + Dv * 100, 100), 'deducts the whole gala payment'],
      ],
    }
  }),
  worked('qualified-business-income-deduction', (rng) => {
    const P = rng.int(600, 1200) * 100
    const h = rng.int(40, 80) * 100
    const Hi = rng.int(40, 100) * 100
    const Sp = rng.int(50, 150) * 100
    const Ir = rng.int(20, 70) * 100
    const Hs = rng.int(20, 43) * 100
    const q = P - h - Hi - Sp
    return {
      stem: `Below the 2025 threshold ($197,300 single) the qualified business income deduction is 20% of qualified business income, limited to 20% of taxable income before it (not binding here). QBI from a sole proprietorship is Schedule C net profit less the deductions that come from the business: the deductible half of self-employment tax, self-employed health insurance and SEP contributions. A single consultant has a net profit of ${dol(P)}, a deductible half of SE tax of ${dol(h)}, self-employed health insurance of ${dol(Hi)}, a SEP contribution of ${dol(Sp)}, a traditional IRA deduction of ${dol(Ir)} and an HSA deduction of ${dol(Hs)}. What is her QBI deduction, ${CENTS}?`,
      show: money,
      figures: { P, h, Hi, Sp, Ir, Hs },
      key: bp(q, 2000),
      wrong: [
        [bp(q - h, 2000), 'deducts the whole self-employment tax'],
        [bp(q - Ir, 2000), 'also deducts the IRA contribution'],
        [bp(q - Hs, 2000), 'also deducts the HSA contribution'],
        [bp(q + h, 2000), 'leaves out half the self-employment tax'],
        [bp(q + Hi, 2000), 'leaves out the health insurance'],
        [bp(q + Sp, 2000), 'leaves out the SEP contribution'],
      ],
    }
  }),
  worked('mortgage-interest-over-the-debt-limit', (rng) => {
    const B = rng.int(105, 150) * 10000
    const O = B + rng.int(5, 20) * 10000
    const I = rng.int(50, 80) * 1000
    const H = rng.int(5, 15) * 10000
    const E = rng.int(30, 90) * 100
    return {
      stem: `Home mortgage interest is deductible on up to $750,000 of acquisition debt ($375,000 married filing separately; $1,000,000 for debt taken out before December 16, 2017); when the debt is larger, the interest is prorated by $750,000 over the average balance. A single client’s mortgage, taken out in 2021 for ${dol(O)} to buy her home, had an average 2025 balance of ${dol(B)} and cost ${dol(I)} of interest. She also paid ${dol(E)} of interest on a ${dol(H)} home equity loan used to buy a boat (not deductible). What is her deductible mortgage interest, ${CENTS}?`,
      show: money,
      figures: { B, O, I, H, E },
      key: frac(I * 750000, B),
      wrong: [
        [frac(I * 750000, B + H), 'adds the home equity balance to the average balance'],
        [frac(I * 375000, B), 'uses the separate-return limit'],
        [frac(I * 750000, O), 'prorates by the original loan amount'],
        [frac(I), 'deducts all the interest'],
        [frac(I * 1000000, B), 'uses the $1,000,000 limit for older debt'],
        [frac((I + E) * 750000, B), 'adds the home equity interest'],
      ],
    }
  }),
  worked('itemized-deductions-with-gambling-losses', (rng) => {
    const S = rng.int(120, 300) * 100
    const St = rng.int(20, 50) * 100
    const Mi = rng.int(60, 150) * 100
    const W = rng.int(40, 120) * 100
    const L = W + rng.int(10, 60) * 100
    return {
      stem: `For 2025 an itemizing single client (modified AGI under $500,000) paid ${dol(S)} of state income and property taxes (under the 2025 $40,000 SALT cap; the cap was $10,000 before 2025) and ${dol(Mi)} of mortgage interest, and she could instead have deducted ${dol(St)} of general sales tax (a return takes state income tax or sales tax, not both). She won ${dol(W)} at a casino and lost ${dol(L)} there in 2025. Gambling losses are deductible up to gambling winnings; the 2025 standard deduction for a single filer is $15,750. What are her total itemized deductions, ${CENTS}?`,
      show: money,
      figures: { S, St, Mi, W, L },
      key: frac(S + Mi + W),
      wrong: [
        [frac(S + Mi), 'leaves out the gambling losses'],
        [frac(15750), 'takes the standard deduction instead'],
        [frac(10000 + Mi + W), 'uses the old $10,000 SALT cap'],
        [frac(S + Mi + L), 'deducts all the losses'],
        [frac(S + St + Mi + W), 'adds the sales tax too'],
        [frac(S + St + Mi + L), 'adds the sales tax and deducts all the losses'],
      ],
    }
  }),
  worked('sep-contribution-of-a-sole-proprietor', (rng) => {
    const P = rng.int(600, 1600) * 100
    const se = frac(P * 9235 * 1530, 100000000)
    const hn = Number(se.n) / Number(se.d) / 2
    const h = Math.round(hn)
    const Hi = rng.int(40, 100) * 100
    return {
      stem: `A self-employed consultant (Schedule C net profit ${dol(P)}, deductible half of self-employment tax ${dol(h)}, self-employed health insurance ${dol(Hi)}) wants the most he can put into a SEP-IRA for 2025. For a sole proprietor the 25% plan rate works out as 20% of net profit less the deductible half of self-employment tax (health insurance is not subtracted), up to $70,000. What is his maximum SEP contribution, ${CENTS}?`,
      show: money,
      figures: { P, h, Hi },
      key: bp(P - h, 2000),
      wrong: [
        [bp(P - 2 * h, 2000), 'subtracts the whole self-employment tax'],
        [frac(P * 9235 * 2000, 100000000), 'takes 20% of 92.35% of profit'],
        [bp(P - h - Hi, 2000), 'also subtracts the health insurance'],
        [bp(P, 2000), 'leaves out half the self-employment tax'],
        [bp(P - h, 2500), 'uses the 25% employee rate'],
        [bp(P, 2500), 'takes 25% of the whole profit'],
      ],
    }
  }),
  worked('investment-interest-expense-limit', (rng) => {
    const Int = rng.int(10, 40) * 100
    const Nq = rng.int(10, 30) * 100
    const Qd = rng.int(20, 60) * 100
    const G = rng.int(30, 90) * 100
    const Af = rng.int(5, 20) * 100
    const IE = Int + Nq + Qd + G + rng.int(10, 40) * 100
    return {
      stem: `An itemizing client paid ${dol(IE)} of margin interest in 2025. Investment interest is deductible up to net investment income, which counts taxable interest and nonqualified dividends but not qualified dividends or long-term capital gains (unless she elects to give up their lower rates, which she does not); investment advisory fees are no longer deductible and do not reduce it. Her 2025 investment income: taxable interest ${dol(Int)}, nonqualified dividends ${dol(Nq)}, qualified dividends ${dol(Qd)}, long-term gains ${dol(G)}; she paid ${dol(Af)} of advisory fees. What is her investment interest deduction, ${CENTS}?`,
      show: money,
      figures: { Int, Nq, Qd, G, Af, IE },
      key: frac(Int + Nq),
      wrong: [
        [frac(Int), 'counts only the interest'],
        [frac(Nq), 'counts only the nonqualified dividends'],
        [frac(Int + Nq - Af), 'subtracts the advisory fees'],
        [frac(Int + Nq + Qd), 'adds the qualified dividends'],
        [frac(Int + Nq + G), 'adds the long-term gains'],
        [frac(Int + Nq + Qd + G), 'adds the qualified dividends and the gains'],
      ],
    }
  }),
  worked('self-employed-health-insurance-limit', (rng) => {
    const P = rng.int(100, 200) * 100
    const h = Math.round((P * 9235 * 765) / 100000000)
    const Sp = rng.int(10, 30) * 100
    const Ir = rng.int(10, 30) * 100
    const Pr = P + rng.int(10, 50) * 100
    return {
      stem: `The self-employed health insurance deduction is limited to the business’s net profit less the deductible half of self-employment tax and any SEP contribution for the owner; personal IRA contributions do not reduce the limit. A sole proprietor with no other coverage available paid ${dol(Pr)} of health insurance premiums for 2025; her Schedule C net profit is ${dol(P)}, the deductible half of her self-employment tax ${dol(h)}, her SEP contribution ${dol(Sp)} and her traditional IRA contribution ${dol(Ir)}. What is her self-employed health insurance deduction, ${CENTS}?`,
      show: money,
      figures: { P, h, Sp, Ir, Pr },
      key: frac(P - h - Sp),
      wrong: [
        [frac(P - 2 * h - Sp), 'subtracts the whole self-employment tax'],
        [frac(P - h - Sp - Ir), 'subtracts the IRA contribution'],
        [frac(P - 2 * h - Sp - Ir), 'subtracts the whole SE tax and the IRA contribution'],
        [frac(Pr), 'deducts all the premiums'],
        [frac(P), 'limits it to the profit alone'],
        [frac(P - h), 'leaves out the SEP contribution'],
      ],
    }
  }),
]
