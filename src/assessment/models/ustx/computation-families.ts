import {
  add,
  bp,
  bracketTax,
  CENTS,
  dol,
  frac,
  HOH,
  HOH_TEXT,
  JOINT,
  JOINT_TEXT,
  SINGLE,
  SINGLE_TEXT,
  sub,
  usd,
  worked,
} from './ustx-text.js'

// The tax computation and payments. The slips are another status's brackets or standard
// deduction, one rate on all the income, preferential income taxed as ordinary or at the wrong
// rate or threshold, the NIIT or additional Medicare threshold or rate of another status or tax,
// a payment left out or counted that is not one, a safe-harbour percentage of another case, and a
// penalty month, offset or base misapplied.

const money = usd(2)
const QD_SINGLE =
  'Qualified dividends and net capital gain are stacked on top of ordinary taxable income and taxed at 0% up to $48,350 of taxable income, 15% up to $533,400 and 20% above (the joint thresholds are $96,700 and $600,050; head of household $64,750 and $566,700).'

export const COMPUTATION_FAMILIES = [
  worked('head-of-household-regular-tax', (rng) => {
    const A = rng.int(500, 1500) * 100 + rng.int(1, 99)
    const ti = (d: number) => A - d
    return {
      stem: `${HOH_TEXT} ${SINGLE_TEXT} ${JOINT_TEXT} The 2025 standard deduction is $15,750 single, $31,500 joint and $23,625 head of household. A head of household with AGI of ${dol(A)} takes the standard deduction and has no capital gains or qualified dividends. What is her regular income tax before credits, ${CENTS}?`,
      show: money,
      figures: { A },
      key: bracketTax(ti(23625), HOH),
      wrong: [
        [bracketTax(ti(31500), JOINT), 'uses the joint brackets and deduction'],
        [bracketTax(ti(31500), HOH), 'takes the joint standard deduction'],
        [bracketTax(ti(23625), JOINT), 'uses the joint brackets'],
        [bracketTax(ti(15750), SINGLE), 'uses the single brackets and deduction'],
        [bracketTax(ti(23625), SINGLE), 'uses the single brackets'],
        [bracketTax(ti(15750), HOH), 'takes the single standard deduction'],
      ],
    }
  }),
  worked('qualified-dividend-and-capital-gain-worksheet', (rng) => {
    const O = rng.int(300, 450) * 100
    const Q = rng.int(500, 700) * 100
    const ord = bracketTax(O, SINGLE)
    const at15 = (from: number) => bp(Math.max(0, O + Q - from), 1500)
    return {
      stem: `${SINGLE_TEXT} ${QD_SINGLE} A single client’s 2025 taxable income is ${dol(O + Q)}, of which ${dol(Q)} is qualified dividends and long-term capital gain and the rest ordinary income. What is her income tax, ${CENTS}?`,
      show: money,
      figures: { O, Q },
      key: add(ord, at15(48350)),
      wrong: [
        [ord, 'taxes all the gains at 0%'],
        [add(ord, at15(64750)), 'uses the head of household 0% threshold'],
        [add(ord, bp(Q - 48350, 1500)), 'gives the gains their own $48,350 at 0%'],
        [add(ord, bp(Q, 1500)), 'taxes all the gains at 15%'],
        [bracketTax(O + Q, SINGLE), 'taxes the gains as ordinary income'],
        [add(ord, bp(O + Q - 48350, 2000)), 'taxes the gains over the 0% band at 20%'],
      ],
    }
  }),
  worked('capital-gain-at-the-20%-rate', (rng) => {
    const O = rng.int(200, 400) * 1000
    const Q = rng.int(200, 400) * 1000
    const ord = bracketTax(O, SINGLE)
    const split = (top: number) => add(ord, bp(top - O, 1500), bp(O + Q - top, 2000))
    return {
      stem: `${SINGLE_TEXT} ${QD_SINGLE} (The 2024 single 20% threshold was $518,900.) A single client’s 2025 taxable income is ${dol(O + Q)}: ${dol(O)} of ordinary income and ${dol(Q)} of long-term capital gain. Ignoring the net investment income tax, what is his income tax, ${CENTS}?`,
      show: money,
      figures: { O, Q },
      key: split(533400),
      wrong: [
        [add(ord, bp(Q, 1500)), 'taxes all the gain at 15%'],
        [split(600050), 'uses the joint 20% threshold'],
        [sub(split(533400), bp(48350, 1500)), 'gives the gain a 0% band as well'],
        [add(ord, bp(Q, 2000)), 'taxes all the gain at 20%'],
        [bracketTax(O + Q, SINGLE), 'taxes the gain as ordinary income'],
        [split(518900), 'uses the 2024 threshold'],
      ],
    }
  }),
  worked('net-investment-income-tax', (rng) => {
    const W = rng.int(220, 300) * 1000
    const Int = rng.int(5, 20) * 1000
    const Qd = rng.int(5, 20) * 1000
    const G = rng.int(5, 30) * 1000
    const T = rng.int(3, 15) * 1000
    const P = rng.int(20, 60) * 1000
    const N = Int + Qd + G
    const M = W + N + P
    return {
      stem: `The net investment income tax is 3.8% of the lesser of net investment income and modified AGI over $200,000 for a single filer ($250,000 joint, $125,000 married filing separately). Net investment income includes interest, dividends and capital gains, but not wages, tax-exempt interest or the profit of a trade the taxpayer works in. A single client has 2025 wages of ${dol(W)}, a Schedule C profit of ${dol(P)} from her own consulting, taxable interest of ${dol(Int)}, qualified dividends of ${dol(Qd)}, a long-term capital gain of ${dol(G)} and municipal bond interest of ${dol(T)}; her modified AGI is ${dol(M)}. What is her net investment income tax, ${CENTS}?`,
      show: money,
      figures: { W, Int, Qd, G, T, P },
      key: bp(N, 380),
      wrong: [
        [bp(N - Qd, 380), 'leaves out the qualified dividends'],
        [bp(N - G, 380), 'leaves out the capital gain'],
        [bp(N, 90), 'uses the 0.9% additional Medicare rate'],
        [bp(M - 200000, 380), 'takes modified AGI over $200,000'],
        [bp(N + T, 380), 'adds the municipal interest'],
        [bp(N + P, 380), 'adds the consulting profit'],
      ],
    }
  }),
  worked('additional-medicare-tax-on-a-joint-return', (rng) => {
    const W1 = rng.int(260, 350) * 1000
    const W2 = rng.int(60, 120) * 1000
    const x = W1 + W2 - 250000
    return {
      stem: `The additional Medicare tax is 0.9% of wages over $250,000 on a joint return ($200,000 single, $125,000 married filing separately); an employer withholds it on any one employee’s wages over $200,000, regardless of filing status. A married couple filing jointly earned 2025 wages of ${dol(W1)} (husband) and ${dol(W2)} (wife). What additional Medicare tax do they owe on Form 8959 (before crediting any of it withheld), ${CENTS}?`,
      show: money,
      figures: { W1, W2 },
      key: bp(x, 90),
      wrong: [
        [bp(W1 - 200000, 90), 'takes only the husband’s wages over $200,000'],
        [bp(x - (W1 - 200000), 90), 'nets off the amount withheld'],
        [bp(W1 - 250000, 90), 'takes only the husband’s wages over $250,000'],
        [bp(x + 50000, 90), 'uses the single $200,000 threshold'],
        [bp(x, 235), 'adds the regular 1.45% Medicare rate'],
        [bp(x, 380), 'uses the 3.8% investment income rate'],
      ],
    }
  }),
  worked('balance-due-with-estimated-payments', (rng) => {
    const T = rng.int(150, 300) * 100
    const Se = rng.int(60, 120) * 100
    const Wh = rng.int(50, 100) * 100
    const Q = rng.int(15, 30) * 100
    const Ov = rng.int(5, 15) * 100
    const Rf = rng.int(3, 10) * 100
    const paid = Wh + 4 * Q + Ov
    return {
      stem: `For a 2025 return, a client’s income tax after credits is ${dol(T)} and her self-employment tax is ${dol(Se)} (half of it, ${dol(Se / 2)}, is already deducted as an adjustment). Federal tax withheld from her W-2 is ${dol(Wh)}; she made four 2025 estimated payments of ${dol(Q)} each, the last on January 15, 2026; she had ${dol(Ov + Rf)} overpaid for 2024, of which ${dol(Ov)} was applied to 2025 estimated tax and ${dol(Rf)} refunded. What is her balance due, ${CENTS}?`,
      show: money,
      figures: { T, Se, Wh, Q, Ov, Rf },
      key: frac(T + Se - paid),
      wrong: [
        [frac(T - paid), 'leaves out the self-employment tax'],
        [frac(T + Se - paid - Rf), 'counts the 2024 refund as a payment'],
        [frac(T + Se / 2 - paid), 'subtracts the half already deducted again'],
        [frac(T + Se - paid + Ov), 'leaves out the overpayment applied'],
        [frac(T + Se - paid + Q), 'leaves out the January payment'],
        [frac(T + Se - paid + Q + Ov), 'leaves out the January payment and the overpayment'],
      ],
    }
  }),
  worked('estimated-tax-safe-harbour-at-110%', (rng) => {
    const P = rng.int(300, 500) * 100
    const C = Math.ceil((P * 11) / 9 / 100) * 100 + rng.int(20, 80) * 100
    const Wt = rng.int(40, 100) * 100
    const q = (x: number) => frac(x - Wt * 100, 400)
    return {
      stem: `To avoid an underpayment penalty for 2025, estimated tax plus withholding must reach the smaller of 90% of the 2025 tax and 100% of the 2024 tax (110% if 2024 AGI was over $150,000), paid in four equal installments; withholding is treated as paid evenly. A client whose 2024 AGI was $240,000 had 2024 total tax of ${dol(P)}; she expects 2025 total tax of ${dol(C)} and withholding of ${dol(Wt)}. What is each of her four required installments, ${CENTS}?`,
      show: money,
      figures: { P, C, Wt },
      key: q(P * 110),
      wrong: [
        [q(P * 100), 'uses 100% of the 2024 tax'],
        [q(P * 90), 'uses 90% of the 2024 tax'],
        [frac(P * 110 - Wt * 400, 400), 'takes all the withholding off each installment'],
        [q(C * 90), 'uses 90% of the 2025 tax'],
        [frac(P * 110, 400), 'leaves out the withholding'],
        [q(C * 100), 'uses 100% of the 2025 tax'],
      ],
    }
  }),
  worked('estimated-tax-safe-harbour-at-100%', (rng) => {
    const P = rng.int(150, 300) * 100
    const C = Math.ceil(P / 0.9 / 100) * 100 + rng.int(20, 80) * 100
    const Wt = rng.int(20, 60) * 100
    const q = (x: number) => frac(x - Wt * 100, 400)
    return {
      stem: `To avoid an underpayment penalty for 2025, estimated tax plus withholding must reach the smaller of 90% of the 2025 tax and 100% of the 2024 tax (110% if 2024 AGI was over $150,000), paid in four equal installments; withholding is treated as paid evenly, and no estimated tax is needed if the balance after withholding is under $1,000. A self-employed client whose 2024 AGI was $92,000 had 2024 total tax of ${dol(P)}; she expects 2025 total tax of ${dol(C)} and withholding from a part-time job of ${dol(Wt)}. What is each of her four required installments, ${CENTS}?`,
      show: money,
      figures: { P, C, Wt },
      key: q(P * 100),
      wrong: [
        [q(P * 90), 'uses 90% of the 2024 tax'],
        [frac(P * 100 - Wt * 400, 400), 'takes all the withholding off each installment'],
        [q(P * 100 - 100000), 'subtracts the $1,000 threshold'],
        [q(P * 110), 'uses 110% of the 2024 tax'],
        [q(C * 90), 'uses 90% of the 2025 tax'],
        [frac(P * 100, 400), 'leaves out the withholding'],
      ],
    }
  }),
  worked('late-filing-and-late-payment-penalties', (rng) => {
    const Tt = rng.int(150, 400) * 100
    const B = rng.int(4000, 12000)
    const m = rng.int(2, 4)
    const d = rng.int(3, 25)
    const mo = m + 1
    return {
      stem: `The failure-to-file penalty is 5% of the unpaid tax for each month or part of a month a return is late (up to 25%); the failure-to-pay penalty is 0.5% a month or part month; in a month both apply, the failure-to-file penalty is reduced by the failure-to-pay penalty. A client’s 2025 return, due April 15, 2026 with no extension, showed total tax of ${dol(Tt)}, of which ${dol(B)} was unpaid after withholding; she filed and paid that balance ${m} months and ${d} days late. Ignoring interest and any minimum penalty, what are the two penalties together, ${CENTS}?`,
      show: money,
      figures: { Tt, B, m, d },
      key: bp(B * mo, 500),
      wrong: [
        [bp(B * m, 500), 'counts only whole months'],
        [bp(B * mo, 450), 'takes only the reduced failure-to-file penalty'],
        [bp(B * mo, 50), 'takes only the failure-to-pay penalty'],
        [bp(B * mo, 550), 'does not reduce the failure-to-file penalty'],
        [bp(B, 2500 + 50 * mo), 'takes the 25% maximum at once'],
        [bp(Tt * mo, 500), 'charges the penalties on the whole tax'],
      ],
    }
  }),
  worked('tax-on-a-year-end-bonus', (rng) => {
    const X = rng.int(40, 120) * 100
    const TI = 48475 - rng.int(5, Math.floor(X / 100) - 5) * 100
    const before = bracketTax(TI, SINGLE)
    return {
      stem: `${SINGLE_TEXT} A single client’s 2025 taxable income before a year-end bonus is ${dol(TI)}; the bonus of ${dol(X)} is fully taxable and nothing else changes. Employers may withhold on supplemental wages at a flat 22%, and the employee’s share of social security and Medicare is 7.65%. How much extra income tax does the bonus cost her, ${CENTS}?`,
      show: money,
      figures: { X, TI },
      key: sub(bracketTax(TI + X, SINGLE), before),
      wrong: [
        [bp(X, 1200), 'taxes it all at 12%'],
        [bp(X, 1000), 'taxes it all at 10%'],
        [frac(X * Number(before.n), Number(before.d) * TI), 'taxes it at her average rate'],
        [bp(X, 2200), 'taxes it all at 22%'],
        [bp(X, 2400), 'taxes it all at 24%'],
        [bp(X, 2965), 'adds social security and Medicare at 7.65% to 22%'],
      ],
    }
  }),
  worked('excess-social-security-withheld', (rng) => {
    const W1 = rng.int(110, 170) * 1000
    const W2 = 205000 - W1 + rng.int(0, 90) * 1000
    const ex = (base: number) => bp(W1 + W2 - base, 620)
    return {
      stem: `Social security tax is 6.2% of wages up to the 2025 wage base of $176,100 (a maximum of $10,918.20); an employee who had too much withheld by two or more employers claims the excess as a credit on the return. (The 2024 base was $168,600 and the 2026 base is $184,500; Medicare tax of 1.45% has no base.) A client worked for two unrelated employers in 2025, earning ${dol(W1)} and ${dol(W2)}, and each withheld 6.2% social security and 1.45% Medicare on all her wages. What is her excess social security credit, ${CENTS}?`,
      show: money,
      figures: { W1, W2 },
      key: ex(176100),
      wrong: [
        [ex(184500), 'uses the 2026 wage base'],
        [ex(200000), 'uses the $200,000 additional Medicare threshold'],
        [bp(W1 + W2 - 176100, 145), 'takes the Medicare rate'],
        [ex(168600), 'uses the 2024 wage base'],
        [bp(W1 + W2 - 176100, 765), 'adds the Medicare withheld on the excess'],
        [bp(W2, 620), 'claims all the second employer’s withholding'],
      ],
    }
  }),
  worked('total-tax-on-the-return', (rng) => {
    const I = rng.int(60, 200) * 100
    const S = rng.int(30, 120) * 100
    const D = rng.int(50, 200) * 100
    const N = rng.int(3, 15) * 100
    const St = rng.int(20, 80) * 100
    const F = rng.int(30, 90) * 100
    return {
      stem: `A client’s 2025 income tax after nonrefundable credits is ${dol(I)}. She also owes self-employment tax of ${dol(S)} and net investment income tax of ${dol(N)}, and at age 45 took a ${dol(D)} early IRA distribution with no exception, subject to the 10% additional tax (its plan withheld 20% federal income tax). Her state income tax for the year was ${dol(St)} and her employer withheld ${dol(F)} of social security and Medicare from her wages. What is her total tax on Form 1040 line 24, ${CENTS}?`,
      show: money,
      figures: { I, S, D, N, St, F },
      key: frac(I + S + N + D / 10),
      wrong: [
        [frac(I + N + D / 10), 'leaves out the self-employment tax'],
        [frac(I + S + D / 10), 'leaves out the net investment income tax'],
        [frac(I + S + N), 'leaves out the 10% additional tax'],
        [frac(I + S + N + D / 10 + St), 'adds the state income tax'],
        [frac(I + S + N + D / 10 + F), 'adds the social security and Medicare withheld'],
        [frac(I + S + N + D / 10 + D / 5), 'adds the 20% withheld on the distribution'],
      ],
    }
  }),
  worked('refund-with-refundable-credits', (rng) => {
    const Tt = rng.int(20, 60) * 100
    const Wh = rng.int(30, 70) * 100
    const A = rng.int(10, 34) * 100
    const R = rng.int(5, 10) * 100
    const Nr = R + R / 2
    const Ex = rng.int(3, 20) * 100
    const Sw = rng.int(10, 40) * 100
    const key = Wh + A + R + Ex - Tt
    return {
      stem: `A client’s 2025 total tax, after nonrefundable credits (including the ${dol(Nr)} nonrefundable part of her American opportunity credit), is ${dol(Tt)}. Her W-2s show ${dol(Wh)} of federal and ${dol(Sw)} of state income tax withheld; she claims a ${dol(A)} additional child tax credit, the ${dol(R)} refundable part of the American opportunity credit and a ${dol(Ex)} credit for excess social security withheld. What is her federal refund, ${CENTS}?`,
      show: money,
      figures: { Tt, Wh, A, R, Ex, Sw },
      key: frac(key),
      wrong: [
        [frac(key - A), 'leaves out the additional child tax credit'],
        [frac(key - R), 'leaves out the refundable American opportunity credit'],
        [frac(key - Ex), 'leaves out the excess social security'],
        [frac(key + Sw), 'adds the state withholding'],
        [frac(key + Nr), 'counts the nonrefundable part again'],
        [frac(key + Sw + Nr), 'adds the state withholding and the nonrefundable part'],
      ],
    }
  }),
  worked('additional-tax-on-an-early-ira-distribution', (rng) => {
    const D = rng.int(400, 700) * 100
    const E = rng.int(50, 120) * 100
    const H = rng.int(150, 250) * 100
    const Md = rng.int(60, 120) * 100
    const Fl = rng.int(20, 50) * 100
    const C = rng.int(20, 60) * 100
    const x = Md - Fl
    return {
      stem: `A 45-year-old took ${dol(D)} from her traditional IRA in 2025 (all taxable). The 10% additional tax does not apply to the part used for qualified higher education expenses, up to $10,000 (lifetime) for a first home, or medical expenses above 7.5% of AGI. She used ${dol(E)} for her son’s tuition, ${dol(H)} toward her first home, ${dol(Md)} for medical bills (7.5% of her AGI is ${dol(Fl)}) and ${dol(C)} to pay off credit cards. What is her 10% additional tax, ${CENTS}?`,
      show: money,
      figures: { D, E, H, Md, Fl, C },
      key: bp(D - E - 10000 - x, 1000),
      wrong: [
        [bp(D - E - H - x, 1000), 'excepts the whole home payment'],
        [bp(D - E - 10000 - Md, 1000), 'excepts all the medical bills'],
        [bp(D - E - 10000 - x - C, 1000), 'excepts the credit card payoff'],
        [bp(D, 1000), 'applies no exception'],
        [bp(D - 10000 - x, 1000), 'leaves out the education exception'],
        [bp(D - E - 10000 - x, 2000), 'takes 20%, the withholding rate'],
      ],
    }
  }),
  worked('extra-withholding-per-paycheck', (rng) => {
    const T = rng.int(150, 300) * 100
    const Wy = rng.int(60, 120) * 100
    const Ep = rng.int(10, 30) * 100
    const Rf = rng.int(5, 15) * 100
    const mth = rng.int(3, 6)
    const n = 2 * mth
    const need = T - Wy - Ep
    return {
      stem: `In mid-2025 a client paid semimonthly asks how much federal tax to have withheld from each remaining paycheck to cover her expected 2025 total tax of ${dol(T)} exactly. So far ${dol(Wy)} has been withheld and she made a ${dol(Ep)} estimated payment; she received a ${dol(Rf)} refund for 2024 in April. ${mth} months (${n} paychecks) remain; she is paid 24 times a year. What should be withheld from each remaining paycheck, ${CENTS}?`,
      show: money,
      figures: { T, Wy, Ep, Rf, mth },
      key: frac(need, n),
      wrong: [
        [frac(need, 24), 'divides by all 24 paychecks of the year'],
        [frac(need - Rf, n), 'subtracts the 2024 refund'],
        [frac((T * 9) / 10 - Wy - Ep, n), 'aims at 90% of the tax'],
        [frac(need + Ep, n), 'leaves out the estimated payment'],
        [frac(need, n - 1), 'divides by one paycheck fewer'],
        [frac(need, mth), 'divides by the months left'],
      ],
    }
  }),
]
