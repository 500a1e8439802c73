import { at2, type Route, r } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { dl, hp, least } from './tax-preparation-us-second-working.js'

/** Income worked again from each draw's forms, receipts and costs. */
export const INCOME_ROUTES: Readonly<Record<string, Route>> = {
  'capital-loss-carryover-on-a-separate-return': (f) => {
    const [g, l, c0] = figuresOf(f, 'g', 'l', 'c0')
    const net = l + c0 - g
    return at2(
      dl(net - 1500),
      dl(net - 3000),
      dl(l - g - 1500),
      dl(net - 6000),
      dl(net),
      dl(l + c0 - 1500),
      dl(l + c0),
    )
  },
  'net-capital-gain-after-netting': (f) => {
    const [a, b, c, d] = figuresOf(f, 'a', 'b', 'c', 'd')
    const stLoss = b - a
    return at2(
      dl(c - d - stLoss),
      dl(c - d - b),
      dl(c - d - b - a),
      dl(c - d - stLoss - 3000),
      dl(c - d),
      dl(c),
      dl(c - stLoss),
    )
  },
  'taxable-social-security-at-the-50%-tier': (f) => {
    const [SS, T, O] = figuresOf(f, 'SS', 'T', 'O')
    const pi = O + T + SS / 2
    return at2(
      dl(pi - 25000, 2),
      dl(pi - T - 25000, 2),
      dl(pi - 32000, 2),
      dl(pi - 25000, 4),
      dl(pi + SS / 2 - 25000, 2),
      dl(SS, 2),
      hp(SS, 8500),
    )
  },
  'taxable-social-security-at-the-85%-tier': (f) => {
    const [SS, T, O] = figuresOf(f, 'SS', 'T', 'O')
    const pi = O + T + SS / 2
    const tier = (base2: number, cap: number) =>
      least(dl((pi - base2) * 85 + Math.min(cap, SS / 2) * 100, 100), hp(SS, 8500))
    return at2(
      tier(44000, 6000),
      hp(pi - 44000, 8500),
      dl((pi - T - 44000) * 85 + 600000, 100),
      dl(pi - 32000, 2),
      tier(34000, 4500),
      hp(SS, 8500),
      hp(pi - 32000, 8500),
    )
  },
  'dividends-for-the-preferential-rates': (f) => {
    const [a, q, H, cg] = figuresOf(f, 'a', 'q', 'H', 'cg')
    return at2(
      dl(q - H + cg),
      dl(q - H),
      dl(q),
      dl(q - 2 * H + cg),
      dl(q + cg),
      dl(a + cg),
      dl(a - H + cg),
    )
  },
  'schedule-c-net-profit': (f) => {
    const [G, Rt, Cg, A, S, M, E, Hi] = figuresOf(f, 'G', 'Rt', 'Cg', 'A', 'S', 'M', 'E', 'Hi')
    const before = G - Rt - Cg - A - S
    const half = r(2 * before - M, 2)
    return at2(
      half,
      dl(before - M),
      dl(2 * (before - E) - M, 2),
      dl(2 * (before - Hi) - M, 2),
      dl(before),
      dl(2 * (before + Rt) - M, 2),
      dl(2 * (before + Cg) - M, 2),
    )
  },
  'car-expense-at-the-standard-mileage-rate': (f) => {
    const [B, C, Pr, Gs] = figuresOf(f, 'B', 'C', 'Pr', 'Gs')
    const cents = (miles: number, rate: number, extra: number) =>
      dl(miles * rate + extra * 100, 100)
    return at2(
      cents(B, 70, Pr),
      cents(B, 67, Pr),
      cents(B, 70, 0),
      cents(B, 67, 0),
      cents(B + C, 70, Pr),
      cents(B, 70, Pr + Gs),
      cents(B + C, 70, Pr + Gs),
    )
  },
  'home-office-by-the-regular-method': (f) => {
    const [a, h, I, U, P, K] = figuresOf(f, 'a', 'h', 'I', 'U', 'P', 'K')
    const whole = I + U
    return at2(
      dl(whole * a + P * h, h),
      dl((whole + P) * a, h),
      dl(U * a + P * h, h),
      dl(whole * a, h),
      dl((whole + K) * a + P * h, h),
      dl(whole * a + (P + K) * h, h),
      dl(whole * a + P * (h - a), h - a),
    )
  },
  'taxable-interest-on-schedule-b': (f) => {
    const [Bk, Cb, Tr, Sm, Mu, Ac] = figuresOf(f, 'Bk', 'Cb', 'Tr', 'Sm', 'Mu', 'Ac')
    const all = Bk + Cb + Tr + Sm
    return at2(
      dl(all - Ac),
      dl(all - Tr - Ac),
      dl(all - Sm - Ac),
      dl(all - Tr - 2 * Ac),
      dl(all),
      dl(all - Ac + Mu),
      dl(all + Ac),
    )
  },
  'wages-in-box-1': (f) => {
    const [G, K, H, Hs, Rk, Fi] = figuresOf(f, 'G', 'K', 'H', 'Hs', 'Rk', 'Fi')
    const box1 = G - K - H - Hs
    return at2(
      dl(box1),
      dl(box1 - Rk),
      dl(box1 - Rk - Fi),
      dl(box1 - Fi),
      dl(box1 + K),
      dl(box1 + Hs),
      dl(box1 + H + Hs),
    )
  },
  'which-receipts-are-income': (f) => {
    const [W, U, Al, Cs, Gf, J, Lp] = figuresOf(f, 'W', 'U', 'Al', 'Cs', 'Gf', 'J', 'Lp')
    const inc = W + U + Al + J
    return at2(
      dl(inc),
      dl(inc - Al),
      dl(inc - U),
      dl(inc - U - Al),
      dl(inc + Cs),
      dl(inc + Gf),
      dl(inc + Cs + Gf + Lp),
    )
  },
  'gross-receipts-from-1099-forms': (f) => {
    const [N, K, Ov, Pp, Ch] = figuresOf(f, 'N', 'K', 'Ov', 'Pp', 'Ch')
    const g = N + K - Ov - Pp + Ch
    return at2(dl(g), dl(g - Ch), dl(N + Ch), dl(g - Ov), dl(g + Ov), dl(g + Pp), dl(g + Ov + Pp))
  },
  'gain-on-shares-with-reinvested-dividends': (f) => {
    const [Pc, sc, cost, bc, Rd, Nd, Cd] = figuresOf(f, 'Pc', 'sc', 'cost', 'bc', 'Rd', 'Nd', 'Cd')
    const gain = Pc - sc - (cost + bc + Rd - Nd)
    return at2(
      dl(gain),
      dl(gain - Nd),
      dl(gain - 2 * Nd),
      dl(gain - Cd),
      dl(gain + Rd),
      dl(gain + sc),
      dl(gain + bc + Rd),
    )
  },
  'canceled-debt-of-an-insolvent-client': (f) => {
    const [C, Lo, Ra, Cr, Cc, Ot] = figuresOf(f, 'C', 'Lo', 'Ra', 'Cr', 'Cc', 'Ot')
    const assets = Ra + Cr + Ot
    const insolvent = Lo + C - assets
    const taxable = C - insolvent
    return at2(
      dl(taxable),
      dl(taxable - Ra),
      dl(taxable - Cr),
      dl(taxable - Ra - Cr),
      dl(C),
      dl(C - (Lo - assets)),
      dl(taxable + Cc - Cr),
    )
  },
  'gain-on-the-sale-of-a-main-home': (f) => {
    const [Sp, Sc, Cost, Im, Rp] = figuresOf(f, 'Sp', 'Sc', 'Cost', 'Im', 'Rp')
    const gain = Sp - Sc - Cost - Im
    return at2(
      dl(gain - 250000),
      dl(gain - 250000 - Rp),
      dl(gain - 500000),
      dl(gain - 500000 - Rp),
      dl(gain + Im - 250000),
      dl(gain + Sc - 250000),
      dl(gain + Sc + Im - 250000),
    )
  },
}
