import type { F } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import {
  at2,
  div,
  hi,
  less,
  lo,
  more,
  mul,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
} from './personal-finance-literacy-second-working.js'

/** The stated band table's tax on `y`, band by band. */
function owed(f: F, y: number): R {
  const [b1, b2, r1, r2] = figuresOf(f, 'b1', 'b2', 'r1', 'r2')
  const lower = Math.max(0, Math.min(y, b2) - b1)
  const upper = Math.max(0, y - b2)
  return r(lower * r1 + upper * r2, 100)
}

/** Freelance tax and retirement worked again from each draw's incomes, tables and stated rules. */
export const TAX_ROUTES: Readonly<Record<string, Route>> = {
  'tax-set-aside-on-profit-from-three-payments': (f) => {
    const [p1, p2, p3, e, t] = figuresOf(f, 'p1', 'p2', 'p3', 'e', 't')
    const paid = p1 + p2 + p3
    return at2(
      r((paid - e) * t, 100),
      r(paid * t, 100),
      mul(r(paid - e), less(t)),
      r((p3 - e) * t, 100),
      sub(r(paid * t, 100), r(e)),
    )
  },
  'quarterly-estimated-payment-by-the-lower-of-two-rules': (f) => {
    const [last, exp] = figuresOf(f, 'last', 'exp')
    const safe = mul(r(exp), P(90))
    const low = lo(r(last), safe)
    return at2(div(low, r(4)), div(hi(r(last), safe), r(4)), r(exp, 4), low, div(low, r(12)))
  },
  'average-tax-rate-from-a-band-table': (f) => {
    const [b1, r1, r2, y] = figuresOf(f, 'b1', 'r1', 'r2', 'y')
    const tax = owed(f, y)
    return pct2(
      div(tax, r(y)),
      P(r2),
      div(tax, r(y - b1)),
      r(r1 + r2, 200),
      P(r1),
      r((y - figuresOf(f, 'b2')[0]) * r2, 100 * y),
    )
  },
  'tax-due-from-a-band-table': (f) => {
    const [b1, b2, r1, r2, y] = figuresOf(f, 'b1', 'b2', 'r1', 'r2', 'y')
    return at2(
      owed(f, y),
      r(y * r2, 100),
      r((y - b1) * r2, 100),
      r(b2 * r1 + (y - b2) * r2, 100),
      r((y - b1) * r1, 100),
      r((y - b2) * r2, 100),
    )
  },
  'tax-saved-by-a-deductible-expense': (f) => {
    const [r1, r2, y, e] = figuresOf(f, 'r1', 'r2', 'y', 'e')
    return at2(
      sub(owed(f, y), owed(f, y - e)),
      r(e),
      mul(r(e), div(owed(f, y), r(y))),
      r(e * r1, 100),
      r(e * (100 - r2), 100),
      r(e * (r2 - r1), 100),
    )
  },
  'retirement-contribution-limited-by-a-share-of-profit': (f) => {
    const [rev, exp, c, cap] = figuresOf(f, 'rev', 'exp', 'c', 'cap')
    const share = r((rev - exp) * c, 100)
    return at2(
      lo(share, r(cap)),
      r(rev * c, 100),
      r(cap),
      div(share, r(12)),
      div(share, r(100 + c, 100)),
    )
  },
  'net-cost-of-a-deductible-retirement-contribution': (f) => {
    const [x, m, a] = figuresOf(f, 'x', 'm', 'a')
    return at2(
      mul(r(x), less(m)),
      r(x),
      r(x * m, 100),
      mul(r(x), less(a)),
      r(x * a, 100),
      mul(r(x), more(m)),
      r(x * (m - a), 100),
    )
  },
  'taxable-income-after-expenses-and-a-stated-allowance': (f) => {
    const [rev, biz, own, al] = figuresOf(f, 'rev', 'biz', 'own', 'al')
    return at2(
      r(rev - biz - al),
      r(rev - biz - own - al),
      r(rev - biz),
      r(rev - al),
      r(rev - biz + al),
    )
  },
  'interest-on-a-late-estimated-payment': (f) => {
    const [u, rate, d] = figuresOf(f, 'u', 'rate', 'd')
    const yearly = r(u * rate, 100)
    const months = Math.floor((d + 29) / 30)
    return at2(
      mul(yearly, r(d, 365)),
      yearly,
      mul(yearly, r(d, 360)),
      mul(yearly, r(months, 12)),
      mul(yearly, r(d, 365 * 12)),
      mul(yearly, r(1, 12)),
    )
  },
  'social-contribution-on-profit-above-a-threshold': (f) => {
    const [rev, e, h, s] = figuresOf(f, 'rev', 'e', 'h', 's')
    return at2(
      r((rev - e - h) * s, 100),
      r((rev - e) * s, 100),
      r((rev - h) * s, 100),
      r(h * s, 100),
      r((rev - e - h) * s, 100 + s),
      r(rev * s, 100),
    )
  },
  'extra-tax-on-a-project-that-crosses-a-band': (f) => {
    const [r1, r2, y, x] = figuresOf(f, 'r1', 'r2', 'y', 'x')
    const after = owed(f, y + x)
    return at2(
      sub(after, owed(f, y)),
      r(x * r2, 100),
      r(x * r1, 100),
      after,
      mul(r(x), div(after, r(y + x))),
      r((y + x - figuresOf(f, 'b2')[0]) * r2, 100),
      r(x * r2 + (figuresOf(f, 'b2')[0] - y) * r1, 100),
    )
  },
  'pension-pot-after-tax-deferred-growth-and-withdrawal-tax': (f) => {
    const [x, g, y, w] = figuresOf(f, 'x', 'g', 'y', 'w')
    const grow = r(100 + g, 100)
    const pot = mul(r(x), pw(grow, y))
    return at2(
      mul(pot, less(w)),
      pot,
      sub(pot, r(x * w, 100)),
      mul(r(x * (100 + g * y), 100), less(w)),
      mul(r(x), pw(grow, y - 1), less(w)),
      mul(r(x), pw(grow, y + 1), less(w)),
    )
  },
  'monthly-contribution-left-to-reach-a-yearly-cap': (f) => {
    const [cap, m, c] = figuresOf(f, 'cap', 'm', 'c')
    return at2(
      r(cap - c, 12 - m),
      r(cap, 12),
      r(cap - c, 12),
      r(cap, 12 - m),
      r(cap - c, 11 - m),
      r(cap - c),
    )
  },
  'final-instalment-to-reach-a-stated-safe-share': (f) => {
    const [t, q1, q2, q3, s] = figuresOf(f, 't', 'q1', 'q2', 'q3', 's')
    const safe = r(t * s, 100)
    return at2(
      sub(safe, r(q1 + q2 + q3)),
      r(t - q1 - q2 - q3),
      div(safe, r(4)),
      sub(safe, r(q3)),
      sub(safe, r(q1 + q2)),
    )
  },
  'balance-due-after-a-stated-allowance-and-flat-rate': (f) => {
    const [y, al, rate, paid] = figuresOf(f, 'y', 'al', 'rate', 'paid')
    const tax = r((y - al) * rate, 100)
    return at2(
      sub(tax, r(paid)),
      r(y * rate - 100 * paid, 100),
      tax,
      r((y - al - paid) * rate, 100),
      sub(r((y - al - paid) * rate, 100), r(paid)),
    )
  },
  'marginal-minus-average-rate-in-points': (f) => {
    const [b1, r1, r2, y] = figuresOf(f, 'b1', 'r1', 'r2', 'y')
    const top = P(r2)
    const tax = owed(f, y)
    return pct2(
      sub(top, div(tax, r(y))),
      P(r2 - r1),
      sub(top, div(tax, r(y - b1))),
      div(tax, r(y)),
      sub(top, r(r1 + r2, 200)),
      top,
    )
  },
}
