import { add, at2, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import {
  ART,
  allowanceAt,
  BRB,
  DIV,
  NS,
  nsTax,
  PA,
  pc,
  ratesOf,
  SAV,
  stacked,
} from './uk-self-assessment-second-working.js'

/** A slice of `x` pounds stacked on `base`, its first `nil` pounds at 0 % but in the bands. */
const slice = (base: number, x: number, nil: number, bands: typeof NS) =>
  stacked(r(base + Math.min(nil, x)), r(base + x), bands)

/** Income tax computations worked again from each draw's income, allowances and donations. */
export const INCOME_ROUTES: Readonly<Record<string, Route>> = {
  'income-tax-on-a-higher-rate-profit': (f) => {
    const [p] = figuresOf(f, 'p')
    const t = p - PA
    return at2(
      nsTax(t),
      nsTax(p),
      pc(t, 20),
      add(pc(BRB - PA, 20), pc(p - BRB, 40)),
      pc(t, 40),
      stacked(r(0), r(t), ratesOf(2000, 4000, 4500, PA)),
    )
  },
  'personal-allowance-taper': (f) => {
    const [p] = figuresOf(f, 'p')
    const pa = allowanceAt(p)
    return at2(
      nsTax(p - pa),
      nsTax(p - PA),
      nsTax(p - Math.max(0, PA - (p - 100000))),
      nsTax(p),
      pc(p - pa, 20),
    )
  },
  'additional-rate-profit': (f) => {
    const [p] = figuresOf(f, 'p')
    const at = (higherFrom: number, topFrom: number) =>
      stacked(r(0), r(p), [
        [0, higherFrom, 2000],
        [higherFrom, topFrom, 4000],
        [topFrom, -1, 4500],
      ])
    return at2(
      nsTax(p),
      nsTax(p - PA),
      at(BRB, 150000),
      at(BRB, 10 ** 12),
      add(pc(BRB, 20), pc(p - BRB, 45)),
      at(PA + BRB, ART),
      pc(p, 45),
    )
  },
  'starting-rate-for-savings': (f) => {
    const [nst, s] = figuresOf(f, 'nst', 's')
    const start = 5000 - nst
    const onNs = pc(nst, 20)
    return at2(
      add(onNs, pc(s - start - 1000, 20)),
      add(onNs, pc(s - 1000, 20)),
      add(onNs, pc(s - start, 20)),
      add(onNs, pc(Math.max(0, s - 5000 - 1000), 20)),
      pc(nst + s, 20),
    )
  },
  'savings-allowance-of-a-higher-rate-taxpayer': (f) => {
    const [s] = figuresOf(f, 's')
    return at2(
      pc(s - 500, 40),
      pc(s - 1000, 40),
      pc(s - 500, 20),
      pc(s, 40),
      pc(s - 1000, 20),
      pc(s, 45),
      pc((s * 5) / 4 - 500, 40),
    )
  },
  'dividends-straddling-the-basic-rate-band': (f) => {
    const [p, d] = figuresOf(f, 'p', 'd')
    const t = p - PA
    const ns = nsTax(t)
    return at2(
      add(ns, slice(t, d, 500, DIV)),
      add(slice(0, d, 500, DIV), stacked(r(d), r(d + t), NS)),
      add(ns, slice(t, d, 0, DIV)),
      add(ns, slice(t, d - 500, 0, DIV)),
      add(ns, pc(d - 500, 875, 10000)),
      nsTax(t + d - 500),
    )
  },
  'dividends-of-a-higher-rate-taxpayer': (f) => {
    const [d] = figuresOf(f, 'd')
    return at2(
      pc(d - 500, 3375, 10000),
      pc(d - 500, 875, 10000),
      pc(d, 3375, 10000),
      pc(d - 500, 40),
      pc(d - 2000, 3375, 10000),
      pc(d - 500, 3935, 10000),
    )
  },
  'savings-and-dividends-in-order': (f) => {
    const [p, s, d] = figuresOf(f, 'p', 's', 'd')
    const t = p - PA
    const ns = nsTax(t)
    return at2(
      add(ns, slice(t, s, 500, SAV), slice(t + s, d, 500, DIV)),
      add(ns, slice(t, d, 500, DIV), slice(t + d, s, 500, SAV)),
      add(ns, slice(t, s, 0, SAV), slice(t + s, d, 0, DIV)),
      add(ns, slice(t, s, 1000, SAV), slice(t + s, d, 500, DIV)),
      add(ns, pc(s - 500, 20), pc(d - 500, 875, 10000)),
    )
  },
  'higher-rate-relief-on-pension-contributions': (f) => {
    const [c] = figuresOf(f, 'c')
    const gross = r(c * 5, 4)
    return at2(pc(gross, 20), pc(gross, 40), pc(c, 20), pc(c, 40), gross)
  },
  'marriage-allowance-for-the-recipient': (f) => {
    const [p] = figuresOf(f, 'p')
    const t = p - PA
    return at2(
      sub(nsTax(t), pc(1260, 20)),
      nsTax(t),
      sub(nsTax(t), r(1260)),
      sub(nsTax(t), pc(PA, 20)),
      nsTax(t + 1260),
    )
  },
  'tax-still-due-after-paye': (f) => {
    const [e, p] = figuresOf(f, 'e', 'p')
    const paye = nsTax(e - PA)
    const all = nsTax(e + p - PA)
    return at2(
      sub(all, paye),
      pc(p, 20),
      all,
      sub(add(pc(BRB - PA, 20), pc(e + p - BRB, 40)), paye),
      pc(p, 40),
    )
  },
  'high-income-child-benefit-charge': (f) => {
    const [ani, k] = figuresOf(f, 'ani', 'k')
    const weekly = 2605 + 1725 * (k - 1)
    const year = r(weekly * 52, 100)
    const steps = (per: number) => Math.min(100, Math.floor((ani - 60000) / per))
    return at2(
      pc(year, steps(200)),
      year,
      pc(year, steps(100)),
      pc(r(2605 * 52 * k, 100), steps(200)),
      pc(r(2605 * 52, 100), steps(200)),
    )
  },
  'gift-aid-restores-a-tapered-allowance': (f) => {
    const [p, g] = figuresOf(f, 'p', 'g')
    const gross = (g * 5) / 4
    return at2(
      nsTax(p - allowanceAt(p - gross), gross),
      nsTax(p - allowanceAt(p), gross),
      nsTax(p - allowanceAt(p - g), gross),
      nsTax(p - allowanceAt(p - gross)),
      nsTax(p - PA, gross),
      nsTax(p - allowanceAt(p - gross), g),
      nsTax(p - gross - allowanceAt(p - gross)),
      nsTax(p - gross - allowanceAt(p - gross), gross),
      nsTax(p - Math.max(0, PA - (p - gross - 100000)), gross),
    )
  },
  'savings-that-push-into-the-higher-rate': (f) => {
    const [p, s] = figuresOf(f, 'p', 's')
    const t = p - PA
    return at2(
      slice(t, s, 500, SAV),
      slice(t, s, 1000, SAV),
      pc(s - 500, 20),
      pc(s - 500, 40),
      slice(t, s, 0, SAV),
      slice(t, s - 500, 0, ratesOf(2000, 4000, 4500)),
      slice(t, (s * 5) / 4, 500, SAV),
    )
  },
  'unused-allowance-against-savings': (f) => {
    const [ns, s] = figuresOf(f, 'ns', 's')
    const unused = PA - ns
    return at2(
      pc(s - unused - 5000 - 1000, 20),
      pc(s - 5000 - 1000, 20),
      pc(s - unused - 1000, 20),
      pc(s - unused - 5000, 20),
      pc(s - unused, 20),
      pc(s - unused - 5000 - 1000 - 500, 20),
      pc(s - (unused + 1000) - 5000 - 1000, 20),
    )
  },
}
