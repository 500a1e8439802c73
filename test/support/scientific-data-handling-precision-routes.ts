import { figuresOf } from './drawn-figures.js'
import {
  add,
  allDigits,
  div,
  dp,
  H,
  logAt,
  mul,
  type R,
  type Route,
  r,
  sigAt,
  sigDownR,
  sub,
  sum,
  T,
  TT,
} from './scientific-data-handling-second-working.js'

/** A key and mistakes already written, the key first. */
const texts = (...xs: readonly string[]) => ({ key: xs[0]!, wrong: xs.slice(1) })
/** Significant figures in a written decimal whose digits after `0.` are given as text. */
const sfOfDigits = (digits: string): number => digits.replace(/^0+/, '').length

/** Significant figures and reporting precision worked again from each draw's readings. */
export const PRECISION_ROUTES: Readonly<Record<string, Route>> = {
  'product-to-the-fewest-significant-figures': (f) => {
    const [d, v] = figuresOf(f, 'd', 'v')
    const m = mul(T(d), H(v))
    return texts(
      sigAt(m, 3),
      sigAt(m, 4),
      sigAt(m, 2),
      allDigits(m),
      sigAt(sigDownR(m, 3), 3),
      dp(m, 3),
    )
  },
  'quotient-with-leading-zeros-in-a-reading': (f) => {
    const [m, v] = figuresOf(f, 'm', 'v')
    const c = div(mul(TT(m), r(1000)), H(v))
    // The volume's digits without the zeros that follow its point: 25.00 → 25, 10.00 → 1.
    const bare = String(v / 100).replace(/0+$/, '').length
    return texts(
      sigAt(c, 3),
      sigAt(c, 4),
      sigAt(c, bare),
      sigAt(div(mul(TT(m), r(1000000)), H(v)), 3),
      sigAt(sigDownR(c, 3), 3),
    )
  },
  'sum-to-the-fewest-decimal-places': (f) => {
    const [a, b, c] = figuresOf(f, 'a', 'b', 'c')
    const s = sum([H(a), r(b, 10), T(c)])
    const tenth = (x: R) => r((2n * x[0] * 10n + x[1]) / (2n * x[1]), 10)
    return texts(
      dp(s, 1),
      dp(s, 3),
      sigAt(s, 2),
      dp(sum([tenth(H(a)), r(b, 10), tenth(T(c))]), 1),
      dp(s, 2),
    )
  },
  'significant-figures-in-a-written-reading': (f) => {
    const [z, t, core] = figuresOf(f, 'z', 't', 'core')
    const nonZero = String(core).replace(/0/g, '').length
    // z = 0: a reading above one, every written digit significant.
    if (z === 0) {
      const digits = String(core).length + t
      return texts(String(digits), String(digits - t), String(nonZero), String(t))
    }
    const after = `${'0'.repeat(z)}${core}${'0'.repeat(t)}`
    const sf = sfOfDigits(after)
    return texts(
      String(sf),
      String(after.length + 1),
      String(sf - t),
      String(nonZero),
      String(after.length),
    )
  },
  'mass-by-difference-limits-the-figures': (f) => {
    const [tare, dm, v] = figuresOf(f, 'tare', 'dm', 'v')
    const mass = sub(TT(tare + dm), TT(tare))
    const c = div(mul(mass, r(1000)), H(v))
    return texts(sigAt(c, 3), sigAt(c, 4), dp(c, 2), sigAt(c, 7), sigAt(sigDownR(c, 3), 3))
  },
  'an-exact-count-keeps-the-reading-precision': (f) => {
    const [k, m] = figuresOf(f, 'k', 'm')
    const t = mul(r(k), T(m))
    const vial3 = r(Math.floor((m + 5) / 10), 100)
    return texts(
      sigAt(t, 4),
      sigAt(t, 2),
      dp(t, 3),
      sigAt(sigDownR(t, 4), 4),
      sigAt(mul(r(k), vial3), 4),
    )
  },
  'mean-rounded-half-to-even': (f) => {
    const [x0, x1, x2, x3] = figuresOf(f, 'x0', 'x1', 'x2', 'x3')
    const s = x0 + x1 + x2 + x3
    const mean = r(s, 400)
    // s ≡ 2 (mod 4): the mean sits exactly halfway between two hundredths.
    const low = (s - 2) / 4
    const even = low % 2 === 0 ? low : low + 1
    const tenths = [x0, x1, x2, x3].reduce((a, x) => a + Math.round(x / 10), 0)
    return texts(
      dp(r(even, 100), 2),
      dp(r(even === low ? low + 1 : low, 100), 2),
      dp(r(tenths, 40), 2),
      allDigits(mean),
      dp(mean, 1),
    )
  },
  'uncertainty-sets-the-last-reported-digit': (f) => {
    const [x, u] = figuresOf(f, 'x', 'u')
    const v = TT(x)
    // One figure of u (0.02 to 0.09) sits in the hundredths.
    expectHundredths(u)
    return texts(dp(v, 2), dp(v, 3), dp(v, 4), sigAt(v, 1), sigAt(v, 3))
  },
  'converting-a-reading-keeps-its-figures': (f) => {
    const [ab, z] = figuresOf(f, 'ab', 'z')
    const litres = r(ab * 10, 10 ** (z + 3))
    const ml = mul(litres, r(1000))
    const written = `${'0'.repeat(z)}${ab}0`
    return texts(
      sigAt(ml, 3),
      sigAt(ml, 2),
      sigAt(ml, written.length + 1),
      dp(ml, written.length),
      sigAt(div(litres, r(1000)), 3),
    )
  },
  'celsius-to-kelvin-by-the-sum-rule': (f) => {
    const [t] = figuresOf(f, 't')
    const k = add(r(t, 10), H(27315))
    const down = r((t * 10 + 27315 - ((t * 10 + 27315) % 10)) / 10, 10)
    return texts(dp(k, 1), dp(k, 2), sigAt(k, 3), dp(down, 1), dp(add(r(t, 10), r(273)), 1))
  },
  'ph-keeps-the-figures-as-decimal-places': (f) => {
    const [a, k] = figuresOf(f, 'a', 'k')
    const hplus = r(a, 100n * 10n ** BigInt(k))
    const ph = (places: number) => sub(r(0), logAt(hplus, places))
    return texts(
      dp(ph(3), 3),
      dp(ph(2), 2),
      dp(sub(ph(3), r(3)), 3),
      dp(sub(r(14), ph(3)), 3),
      dp(add(r(k), logAt(r(a, 100), 3)), 3),
      dp(r(k), 3),
    )
  },
  'percentage-with-an-exact-hundred': (f) => {
    const [part, whole] = figuresOf(f, 'part', 'whole')
    const p = mul(div(T(part), H(whole)), r(100))
    return texts(sigAt(p, 3), sigAt(p, 4), sigAt(p, 1), dp(p, 2), sigAt(sigDownR(p, 3), 3))
  },
  'plate-count-to-two-significant-figures': (f) => {
    const [c, k] = figuresOf(f, 'c', 'k')
    const onPlate = r(BigInt(c) * 10n ** BigInt(k))
    const cfu = div(onPlate, r(1, 10))
    return texts(
      sigAt(cfu, 2),
      sigAt(cfu, 3),
      sigAt(sigDownR(cfu, 2), 2),
      sigAt(onPlate, 2),
      sigAt(mul(onPlate, r(1, 10)), 2),
    )
  },
  'mean-to-one-place-beyond-the-readings': (f) => {
    const xs = figuresOf(f, 'x0', 'x1', 'x2', 'x3')
    const s = xs.reduce((a, b) => a + b, 0)
    const mean = r(s, 400)
    // Ten-thousandths of the mean are s × 25 / 100 … cut to thousandths by whole division.
    const cut = r((BigInt(s) * 10n) / 4n, 1000)
    return texts(dp(mean, 3), dp(mean, 2), allDigits(mean), sigAt(mean, 3), dp(cut, 3))
  },
  'sum-of-readings-in-mixed-units': (f) => {
    const [kg, g, mg] = figuresOf(f, 'kg', 'g', 'mg')
    const s = sum([r(kg, 10), r(g, 1000), r(mg, 1000000)])
    return texts(
      dp(s, 1),
      dp(s, 6),
      dp(s, 3),
      sigAt(s, 2),
      dp(sum([r(kg, 10), r(g, 1000), r(mg, 1000)]), 1),
    )
  },
}

function expectHundredths(u: number): void {
  if (u < 200 || u >= 950)
    throw new Error(`uncertainty ${u} does not round to one figure in the hundredths`)
}
