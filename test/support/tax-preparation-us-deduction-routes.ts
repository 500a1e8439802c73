import { add, at2, mul, type Route, r } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { dl, hp } from './tax-preparation-us-second-working.js'
import { upR } from './written-half-up.js'

/** 92.35 % of `p` dollars at `rate` hundredths of a percent. */
const earn = (p: number | ReturnType<typeof r>, rate: number) => mul(hp(p, 9235), r(rate, 10000))
/** Rounded up to the next $10. */
const tens = (x: ReturnType<typeof r>) => mul(upR(mul(x, r(1, 10))), r(10))

/** Adjustments and deductions worked again from each draw's profits, payments and limits. */
export const DEDUCTION_ROUTES: Readonly<Record<string, Route>> = {
  'self-employment-tax': (f) => {
    const [P] = figuresOf(f, 'P')
    return at2(
      earn(P, 1530),
      earn(P, 1240),
      earn(hp(P, 9235), 1530),
      earn(P - 15750, 1530),
      hp(P, 1530),
      earn(P, 1620),
      earn(P, 1910),
    )
  },
  'self-employment-tax-with-w-2-wages': (f) => {
    const [W, P] = figuresOf(f, 'W', 'P')
    const room = (base: number) => hp(base - W, 1240)
    return at2(
      add(room(176100), earn(P, 290)),
      add(room(168600), earn(P, 290)),
      hp(176100 - W, 1530),
      earn(P, 290),
      earn(P, 1530),
      hp(P, 1530),
      add(room(176100), hp(P, 290)),
    )
  },
  'adjusted-gross-income-of-a-sole-proprietor': (f) => {
    const [P, I, h, Hi, Hs, X] = figuresOf(f, 'P', 'I', 'h', 'Hi', 'Hs', 'X')
    const agi = P + I - h - Hi - Hs
    return at2(
      dl(agi),
      dl(agi - h),
      dl(agi - X),
      dl(agi - h - X),
      dl(agi + h),
      dl(agi + Hi),
      dl(agi + Hs),
    )
  },
  'hsa-deduction-limit': (f) => {
    const [Er] = figuresOf(f, 'Er')
    const family = 8550
    const catchUp = 1000
    return at2(
      dl(family + catchUp - Er),
      dl(family - Er),
      dl(4300 + catchUp - Er),
      dl(8300 + catchUp - Er),
      dl(family + catchUp),
      dl(family),
      dl(family + 2 * catchUp - Er),
    )
  },
  'ira-deduction-in-the-phase-out': (f) => {
    const [M] = figuresOf(f, 'M')
    const part = (limit: number, top: number, width: number) => tens(r(limit * (top - M), width))
    return at2(
      part(8000, 89000, 10000),
      part(7000, 89000, 10000),
      part(8000, 87000, 10000),
      tens(r(8000 * (M - 79000), 10000)),
      dl(8000),
      part(8000, 99000, 20000),
      add(part(7000, 89000, 10000), r(1000)),
    )
  },
  'student-loan-interest-in-the-phase-out': (f) => {
    const [M, I] = figuresOf(f, 'M', 'I')
    return at2(
      dl(2500 * (100000 - M), 15000),
      dl(2500 * (95000 - M), 15000),
      dl(2500 * (90000 - M), 15000),
      dl(2500 * (M - 85000), 15000),
      dl(2500),
      dl(I * (100000 - M), 15000),
      dl(2500 * (115000 - M), 30000),
    )
  },
  'salt-cap-above-$500,000': (f) => {
    const [A, Si, Pt, Mi, Ch] = figuresOf(f, 'A', 'Si', 'Pt', 'Mi', 'Ch')
    const cut = ((A - 500000) * 30) / 100
    const rest = Mi + Ch
    return at2(
      dl(40000 - cut + rest),
      dl(10000 + rest),
      dl(20000 + rest),
      dl(40000 - cut + Mi),
      dl(40000 + rest),
      dl(Si + Pt - cut + rest),
      dl(Si + Pt + rest),
    )
  },
  'medical-expense-deduction': (f) => {
    const [A, Pr, D, Mi, Rb, Gym, Cp] = figuresOf(f, 'A', 'Pr', 'D', 'Mi', 'Rb', 'Gym', 'Cp')
    const miles = r(Mi * 21, 100)
    const paid = (extra: number, m = miles) => add(r(Pr + D - Rb + extra), m)
    const over = (x: ReturnType<typeof r>, pct: number) => add(x, r(-A * pct, 1000))
    return at2(
      over(paid(0), 75),
      over(paid(0), 100),
      over(paid(0, r(0)), 75),
      over(paid(-Rb), 75),
      over(paid(Rb), 75),
      over(paid(Gym), 75),
      over(paid(Cp), 75),
    )
  },
  'charitable-contribution-deduction': (f) => {
    const [C1, Fc, mi, Vt, Rf, G, Dv] = figuresOf(f, 'C1', 'Fc', 'mi', 'Vt', 'Rf', 'G', 'Dv')
    const gift = (extra: number, miles = mi) => add(r(C1 + Fc + G - Dv + extra), r(miles * 14, 100))
    return at2(gift(0), gift(0, 0), gift(-Fc), gift(-(G - Dv)), gift(Vt), gift(Rf), gift(Dv))
  },
  'qualified-business-income-deduction': (f) => {
    const [P, h, Hi, Sp, Ir, Hs] = figuresOf(f, 'P', 'h', 'Hi', 'Sp', 'Ir', 'Hs')
    const qbi = P - h - Hi - Sp
    return at2(
      hp(qbi, 2000),
      hp(qbi - h, 2000),
      hp(qbi - Ir, 2000),
      hp(qbi - Hs, 2000),
      hp(qbi + h, 2000),
      hp(qbi + Hi, 2000),
      hp(qbi + Sp, 2000),
    )
  },
  'mortgage-interest-over-the-debt-limit': (f) => {
    const [B, O, I, H, E] = figuresOf(f, 'B', 'O', 'I', 'H', 'E')
    return at2(
      dl(I * 750000, B),
      dl(I * 750000, B + H),
      dl(I * 375000, B),
      dl(I * 750000, O),
      dl(I),
      dl(I * 1000000, B),
      dl((I + E) * 750000, B),
    )
  },
  'itemized-deductions-with-gambling-losses': (f) => {
    const [S, St, Mi, W, L] = figuresOf(f, 'S', 'St', 'Mi', 'W', 'L')
    return at2(
      dl(S + Mi + W),
      dl(S + Mi),
      dl(15750),
      dl(10000 + Mi + W),
      dl(S + Mi + L),
      dl(S + St + Mi + W),
      dl(S + St + Mi + L),
    )
  },
  'sep-contribution-of-a-sole-proprietor': (f) => {
    const [P, h, Hi] = figuresOf(f, 'P', 'h', 'Hi')
    return at2(
      hp(P - h, 2000),
      hp(P - 2 * h, 2000),
      earn(P, 2000),
      hp(P - h - Hi, 2000),
      hp(P, 2000),
      hp(P - h, 2500),
      hp(P, 2500),
    )
  },
  'investment-interest-expense-limit': (f) => {
    const [Int, Nq, Qd, G, Af] = figuresOf(f, 'Int', 'Nq', 'Qd', 'G', 'Af')
    const nii = Int + Nq
    return at2(dl(nii), dl(Int), dl(Nq), dl(nii - Af), dl(nii + Qd), dl(nii + G), dl(nii + Qd + G))
  },
  'self-employed-health-insurance-limit': (f) => {
    const [P, h, Sp, Ir, Pr] = figuresOf(f, 'P', 'h', 'Sp', 'Ir', 'Pr')
    const limit = P - h - Sp
    return at2(
      dl(limit),
      dl(limit - h),
      dl(limit - Ir),
      dl(limit - h - Ir),
      dl(Pr),
      dl(P),
      dl(P - h),
    )
  },
}
