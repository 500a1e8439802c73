import { add, at2, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import {
  class4Of,
  nsTax,
  P1,
  P1_OLD,
  P2,
  P2_OLD,
  P4,
  PA,
  PG,
  pc,
  repay,
  SPT,
} from './uk-self-assessment-second-working.js'

/** Class 4 and student loans worked again from each draw's profits, salaries and thresholds. */
export const NIC_ROUTES: Readonly<Record<string, Route>> = {
  'class-4-after-capital-allowances': (f) => {
    const [a, c] = figuresOf(f, 'a', 'c')
    const p = a - c
    return at2(
      class4Of(p),
      class4Of(a),
      pc(p, 6),
      class4Of(p, 2, 2),
      add(class4Of(p), r(52 * 7, 2)),
      class4Of(p, 6, 6),
      class4Of(p, 6, 0),
      class4Of(p - PA),
    )
  },
  'class-4-above-the-upper-limit': (f) => {
    const [p] = figuresOf(f, 'p')
    return at2(
      class4Of(p),
      class4Of(p, 6, 6),
      class4Of(p, 2, 2),
      class4Of(p, 6, 0),
      pc(p, 6),
      add(class4Of(p, 6, 0), pc(p, 2)),
      class4Of(p - PA),
    )
  },
  'class-4-after-a-sideways-loss': (f) => {
    const [l, p] = figuresOf(f, 'l', 'p')
    return at2(
      class4Of(p - l),
      class4Of(p),
      pc(p - l, 6),
      add(class4Of(p - l), r(52 * 7, 2)),
      class4Of(p - l, 2, 2),
      class4Of(p - l, 6, 0),
      class4Of(p - l - PA),
    )
  },
  'class-4-on-two-trades-together': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return at2(
      class4Of(a + b),
      add(class4Of(a), class4Of(b)),
      class4Of(Math.max(a, b)),
      pc(a + b, 6),
      add(class4Of(a + b), r(52 * 7, 2)),
      class4Of(a + b, 6, 2, SPT),
      class4Of(a + b - PA),
      class4Of(a + b, 2, 2),
    )
  },
  'income-tax-and-class-4-together': (f) => {
    const [p] = figuresOf(f, 'p')
    const it = nsTax(p - PA)
    return at2(
      add(it, class4Of(p)),
      add(it, class4Of(p - PA)),
      it,
      add(it, class4Of(p, 6, 6)),
      add(it, pc(p, 6)),
      add(it, class4Of(p, 6, 0)),
      add(it, class4Of(p), r(182)),
      add(it, class4Of(p, 6, 2, SPT)),
    )
  },
  'plan-2-repayment-on-a-profit': (f) => {
    const [p] = figuresOf(f, 'p')
    return at2(
      repay(p, P2),
      repay(p, P1),
      pc(p, 9),
      repay(p, P2, 6),
      repay(p - PA, P2),
      repay(p, P4),
      repay(p, PG),
    )
  },
  'plan-1-on-salary-and-profit': (f) => {
    const [e, p] = figuresOf(f, 'e', 'p')
    return at2(
      repay(e + p, P1),
      pc(p, 9),
      repay(p, P1),
      repay(e + p, P2),
      pc(e + p, 9),
      repay(e + p, P4),
      repay(e + p, PG),
      repay(e + p, P1_OLD),
    )
  },
  'unearned-income-over-two-thousand': (f) => {
    const [p, u] = figuresOf(f, 'p', 'u')
    return at2(
      repay(p + u, P2),
      repay(p, P2),
      repay(p + u - 2000, P2),
      pc(p + u, 9),
      repay(p + u, P1),
      repay(p + u, P4),
      repay(p + u, P2_OLD),
      repay(p + u, PG),
    )
  },
  'unearned-income-under-two-thousand': (f) => {
    const [p, u] = figuresOf(f, 'p', 'u')
    return at2(
      repay(p, P4),
      repay(p + u, P4),
      repay(p, P2),
      repay(p, P1),
      pc(p, 9),
      repay(p, P4, 6),
      repay(p - PA, P4),
    )
  },
  'plan-2-and-postgraduate-loans': (f) => {
    const [p] = figuresOf(f, 'p')
    const pg = repay(p, PG, 6)
    return at2(
      add(repay(p, P2), pg),
      repay(p, P2),
      add(repay(p, P2), repay(p, PG, 9)),
      add(repay(p, PG), pg),
      add(repay(p, P2), repay(p, P2, 6)),
      pg,
      add(repay(p, P2_OLD), pg),
    )
  },
  'balance-of-tax-nic-and-student-loan': (f) => {
    const [p] = figuresOf(f, 'p')
    const it = nsTax(p - PA)
    const c4 = class4Of(p)
    return at2(
      add(it, c4, repay(p, P2)),
      add(it, c4),
      add(it, c4, repay(p - PA, P2)),
      add(it, pc(p, 6), repay(p, P2)),
      add(it, c4, pc(p, 9)),
    )
  },
  'class-4-on-a-partnership-share': (f) => {
    const [q, s] = figuresOf(f, 'q', 's')
    const share = (q * s) / 100
    return at2(class4Of(share), class4Of(q / 2), class4Of(q), class4Of(q - share), pc(share, 6))
  },
  'marginal-cost-of-extra-profit': (f) => {
    const [p, x] = figuresOf(f, 'p', 'x')
    const all = (q: number) => add(nsTax(q - PA), class4Of(q), repay(q, P2))
    return at2(
      sub(all(p + x), all(p)),
      pc(x, 20 + 6 + 9),
      pc(x, 40 + 2 + 9),
      sub(sub(all(p + x), all(p)), sub(repay(p + x, P2), repay(p, P2))),
      add(sub(sub(all(p + x), all(p)), sub(class4Of(p + x), class4Of(p))), pc(x, 6)),
      sub(nsTax(p + x - PA), nsTax(p - PA)),
    )
  },
  'class-4-ignores-pension-contributions': (f) => {
    const [p, c] = figuresOf(f, 'p', 'c')
    return at2(
      class4Of(p),
      class4Of(p - (c * 5) / 4),
      class4Of(p - c),
      class4Of(p, 6, 6),
      pc(p, 6),
      class4Of(p, 6, 0),
      add(class4Of(p), r(182)),
      class4Of(p, 6, 2, SPT),
    )
  },
  'student-loan-balance-after-payroll-deductions': (f) => {
    const [e, p] = figuresOf(f, 'e', 'p')
    const taken = repay(e, P2)
    return at2(
      sub(repay(e + p, P2), taken),
      repay(e + p, P2),
      repay(p, P2),
      pc(p, 6),
      sub(pc(e + p, 9), taken),
      sub(repay(e + p, P2_OLD), taken),
      sub(repay(e + p - PA, P2), taken),
    )
  },
}
