import { ceilOf, floorOf } from './bigint-rationals.js'
import {
  add,
  at0,
  at1,
  at2,
  digest,
  div,
  dp,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * The online store key test's second working, sharing nothing with the families' helpers: money
 * is worked from whole cents as BigInt rationals, rates from whole percents, dates as day numbers
 * of March 2027 stepped one weekday at a time, and answers written half up.
 */

export { add, at0, at1, at2, digest, div, mul, type R, type Route, r, sub }

/** Whole cents as dollars; a whole percent (or `per` parts) as a rate. */
export const C = (cents: number): R => r(cents, 100)
export const P = (p: number, per = 100): R => r(p, per)
/** `x × (per ± p) ÷ per`, a percentage added to or taken from `x`. */
export const up = (x: R, p: number, per = 100): R => mul(x, r(per + p, per))
export const down = (x: R, p: number, per = 100): R => mul(x, r(per - p, per))
/** Whole numbers up and down. */
export const ceilR = (x: R): R => r(ceilOf(x))
export const floorR = (x: R): R => r(floorOf(x))

/** A working whose key and mistakes are rates written as percentages to one place. */
export const pct1 = (...xs: readonly R[]): SecondWorking => ({
  key: dp(mul(xs[0]!, r(100)), 1),
  wrong: xs.slice(1).map((x) => dp(mul(x, r(100)), 1)),
})
/** Whole numbers drawn as plain counts. */
export const counts = (...xs: readonly number[]): SecondWorking => at0(...xs.map((x) => r(x)))

/**
 * Day `k` of March 2027 (day 0 is Monday 1 March) moved on `count` weekdays, skipping the days
 * in `closed`: the date number the option shows.
 */
export function onWeekdays(
  k: number,
  count: number,
  closed: readonly number[] = [],
  withSaturday = false,
): number {
  let day = k
  let left = count
  while (left > 0) {
    day += 1
    const dow = day % 7
    const open = dow < 5 || (withSaturday && dow === 5)
    if (open && !closed.includes(day)) left -= 1
  }
  return day
}
/** Day numbers written as the date of the month the option shows. */
export const dates = (...days: readonly number[]): SecondWorking => ({
  key: String(days[0]! + 1),
  wrong: days.slice(1).map((d) => String(d + 1)),
})
