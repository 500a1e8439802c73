import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  div,
  H,
  mul,
  pw,
  type Route,
  r,
  sub,
} from './scientific-data-handling-second-working.js'

const WATER = H(1802)
const NITROGEN = H(1401)
const NITRATE = H(6200)
const ZERO_K = H(27315)

/** Units and conversions worked again from each draw's concentrations, volumes and readings. */
export const UNITS_ROUTES: Readonly<Record<string, Route>> = {
  'diluent-to-make-up-a-dilution': (f) => {
    const [c1, c2, v2] = figuresOf(f, 'c1', 'c2', 'v2')
    const factor = r(c1, c2)
    const stock = div(r(v2), factor)
    return at2(
      sub(r(v2), stock),
      stock,
      r(v2),
      mul(r(v2), sub(factor, r(1))),
      div(mul(r(v2), factor), add(factor, r(1))),
    )
  },
  'serial-dilution-final-concentration': (f) => {
    const [c0, d, k] = figuresOf(f, 'c0', 'd', 'k')
    const ng = r(c0 * 1000)
    return at2(
      div(ng, pw(r(d), k)),
      div(ng, pw(r(d + 1), k)),
      div(ng, pw(r(d), k - 1)),
      div(ng, r(d * k)),
      div(ng, pw(r(d), k + 1)),
      div(r(c0), pw(r(d), k)),
    )
  },
  'molarity-from-a-weighed-mass': (f) => {
    const [m, mw, v] = figuresOf(f, 'm', 'mw', 'v')
    const mmol = div(r(m), H(mw))
    const litres = r(v, 1000)
    return at2(
      div(mmol, litres),
      div(div(mmol, r(1000)), litres),
      mul(mmol, r(v)),
      mmol,
      div(mul(r(m), H(mw)), r(v)),
      mul(div(mmol, litres), r(1000)),
    )
  },
  'mass-of-a-hydrate-to-weigh': (f) => {
    const [c, v, a, w] = figuresOf(f, 'c', 'v', 'a', 'w')
    const mmol = mul(r(c), r(v, 1000))
    const hydrate = add(H(a), mul(r(w), WATER))
    return at1(
      mul(mmol, hydrate),
      mul(mmol, H(a)),
      mul(mmol, add(H(a), WATER)),
      mul(r(c * v), hydrate),
      div(mul(mmol, hydrate), r(1000)),
    )
  },
  'celsius-reading-to-fahrenheit': (f) => {
    const [t] = figuresOf(f, 't')
    const c = r(t, 10)
    return at1(
      add(mul(c, r(9, 5)), r(32)),
      add(mul(c, r(5, 9)), r(32)),
      mul(c, r(9, 5)),
      mul(add(c, r(32)), r(9, 5)),
      add(c, r(32)),
    )
  },
  'fahrenheit-reading-to-kelvin': (f) => {
    const [t] = figuresOf(f, 't')
    const F = r(t, 10)
    const celsius = mul(sub(F, r(32)), r(5, 9))
    return at2(
      add(celsius, ZERO_K),
      celsius,
      add(mul(F, r(5, 9)), ZERO_K),
      add(mul(sub(F, r(32)), r(9, 5)), ZERO_K),
      add(celsius, r(273)),
      add(F, ZERO_K),
    )
  },
  'micromolar-from-nitrate-as-nitrogen': (f) => {
    const [c] = figuresOf(f, 'c')
    const mmolPerL = div(H(c), NITROGEN)
    return at1(
      mul(mmolPerL, r(1000)),
      mul(div(H(c), NITRATE), r(1000)),
      mmolPerL,
      mul(mmolPerL, r(1000000)),
      mul(div(mul(H(c), div(NITRATE, NITROGEN)), NITROGEN), r(1000)),
      mul(div(H(c), H(2802)), r(1000)),
      mul(H(c), div(NITRATE, NITROGEN)),
    )
  },
  'haemocytometer-count-to-cells-per-ml': (f) => {
    const [d, c0, c1, c2, c3] = figuresOf(f, 'd', 'c0', 'c1', 'c2', 'c3')
    const all = c0 + c1 + c2 + c3
    // Cells per 0.1 µL square; 10,000 such volumes make a mL.
    const perSquare = r(all, 4)
    return at0(
      mul(perSquare, r(d), r(10000)),
      r(all * d * 10000),
      mul(perSquare, r(10000)),
      mul(perSquare, r(d), r(1000)),
      mul(perSquare, r(d - 1), r(10000)),
    )
  },
  'pump-rate-ml-per-minute-to-ul-per-second': (f) => {
    const [x] = figuresOf(f, 'x')
    const ulPerMin = r(x * 100)
    return at2(
      div(ulPerMin, r(60)),
      r(x, 600),
      div(ulPerMin, r(3600)),
      ulPerMin,
      mul(ulPerMin, r(60)),
    )
  },
  'liquid-reagent-volume-for-millimoles': (f) => {
    const [nm, mw, rho, pu] = figuresOf(f, 'nm', 'mw', 'rho', 'pu')
    const mg = mul(r(nm, 10), H(mw))
    const density = r(rho, 1000)
    const purity = r(pu, 100)
    return at1(
      div(div(mg, purity), density),
      div(mg, density),
      div(mul(mg, purity), density),
      div(mg, purity),
      div(mul(mg, density), purity),
    )
  },
  'molarity-of-a-concentrated-acid': (f) => {
    const [p, rho, mw] = figuresOf(f, 'p', 'rho', 'mw')
    // Grams of acid in one litre: 1000 mL × density × mass fraction.
    const perLitre = mul(r(rho), r(p, 1000))
    return at2(
      div(perLitre, H(mw)),
      div(r(p), H(mw)),
      div(div(r(p), r(rho, 1000)), H(mw)),
      div(r(rho), H(mw)),
      div(mul(r(rho), r(p, 10)), H(mw)),
      div(div(perLitre, r(1000)), H(mw)),
    )
  },
  'original-concentration-from-a-diluted-reading': (f) => {
    const [a, t, c] = figuresOf(f, 'a', 't', 'c')
    const total = r(t * 1000)
    return at2(
      mul(H(c), div(total, r(a))),
      H(c),
      mul(H(c), div(sub(total, r(a)), r(a))),
      mul(H(c), r(t, a)),
      mul(H(c), div(add(total, r(a)), r(a))),
    )
  },
  'micromolar-to-milligrams-per-litre': (f) => {
    const [c, mw] = figuresOf(f, 'c', 'mw')
    const ugPerL = mul(r(c), H(mw))
    return at2(
      div(ugPerL, r(1000)),
      ugPerL,
      div(r(c), H(mw)),
      div(ugPerL, r(1000000)),
      div(r(c * 1000), H(mw)),
    )
  },
  'rainfall-depth-to-volume-over-a-plot': (f) => {
    const [mm, ha, k] = figuresOf(f, 'mm', 'ha', 'k')
    const area = r(ha * 1000)
    const depth = r(mm, 1000)
    const run = r(k, 100)
    return at1(
      mul(depth, area, run),
      mul(depth, area),
      mul(depth, area, r(100 - k, 100)),
      mul(depth, r(ha * 100), run),
      mul(r(mm, 100), area, run),
      div(mul(depth, area), run),
    )
  },
  'dose-volume-for-a-body-mass': (f) => {
    const [dose, g, st] = figuresOf(f, 'dose', 'g', 'st')
    const mg = mul(r(dose), r(g, 1000))
    const ml = div(mg, r(st))
    return at1(
      mul(ml, r(1000)),
      mul(div(r(dose * g), r(st)), r(1000)),
      r(dose, st),
      ml,
      r(st * g, dose),
    )
  },
}
