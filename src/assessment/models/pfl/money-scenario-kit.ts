/*
 * What every money scenario test after personal finance literacy writes its families with: the
 * refusing `worked` and `apart`, the dollar and percentage writers, exact arithmetic, the number
 * writers and the article before a drawn figure. Each test's text module re-exports this under
 * its own scenario name, so a family file imports from one place of its own test.
 */

export { CENT as CENTS, distinct, fixed, n, plain, power } from '../dju/dju-text.js'
export { an, cap } from '../scenario/scenario-text.js'
export {
  add,
  apart,
  balanced,
  div,
  dol,
  type Fraction,
  frac,
  mul,
  pct2,
  rest,
  sub,
  usd,
  worked,
} from './pfl-text.js'
