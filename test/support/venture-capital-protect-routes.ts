import { floorOf, halfUpOf } from './bigint-rationals.js'
import {
  add,
  at0,
  at2,
  div,
  dp,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import type { F } from './written-half-up.js'
import { writtenAs } from './written-half-up.js'

/*
 * Anti-dilution and vesting worked again from each draw: conversion prices as the weighted
 * average of the old price over the shares in A and the new price over the new shares, rounded to
 * four places; months of vesting counted on the calendar from the drawn dates, one monthly
 * anniversary at a time, never read from the family.
 */

const at4 = writtenAs((x) => dp(x, 4))
/** A price in ten-thousandths of a dollar; cents; a whole percent. */
const oip = (t: number): R => r(t, 10000)
const ct = (c: number): R => r(c, 100)
const pc = (p: number): R => r(p, 100)
/** Rounded down to a whole number, and half up to four places. */
const down = (x: R): R => r(floorOf(x))
const to4 = (x: R): R => r(halfUpOf(mul(x, r(10000))), 10000)

/** The price after an issue: old shares at the old price and new shares at their price, averaged. */
const averaged = (a: R, cp1: R, newShares: number, money: R): R =>
  to4(div(add(mul(a, cp1), money), add(a, r(newShares))))
/** Common shares from `s` preferred shares bought at `price` converting at `cp`. */
const asCommon = (s: number, price: R, cp: R): R => down(div(mul(r(s), price), cp))

/** A drawn date. */
function day(f: F, k: string): Date {
  const [y, m, d] = figuresOf(f, `${k}y`, `${k}m`, `${k}d`)
  return new Date(Date.UTC(y, m - 1, d))
}
/** The same day of the month `k` months on. */
const plusMonths = (x: Date, k: number): Date =>
  new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + k, x.getUTCDate()))
/** Monthly anniversaries of `from` reached by `to`. */
function monthsBetween(from: Date, to: Date): number {
  let k = 0
  while (plusMonths(from, k + 1).getTime() <= to.getTime()) k++
  return k
}
/** Four-year monthly vesting with a one-year cliff after `k` months. */
const vest = (g: number, k: number): R => (k < 12 ? r(0) : down(r(g * Math.min(k, 48), 48)))
/** Four-year monthly vesting counted from the first anniversary (the cliff read as a delay). */
const fromCliff = (g: number, k: number): R => down(r(g * (k - 12), 48))
/** The vesting at the last whole anniversary. */
const yearly = (g: number, k: number): R => vest(g, 12 * Math.floor(k / 12))

/** Anti-dilution and vesting worked again from each draw's shares, prices, terms and dates. */
export const PROTECT_ROUTES: Readonly<Record<string, Route>> = {
  'broad-based-weighted-average-conversion-price-after-a-down-round': (f) => {
    const [Co, Ss, SA, Op, U, N, pA, pB] = figuresOf(
      f,
      'Co',
      'Ss',
      'SA',
      'Op',
      'U',
      'N',
      'pA',
      'pB',
    )
    const cp = (a: number) => averaged(r(a), oip(pA), N, mul(r(N), oip(pB)))
    const broad = Co + Ss + SA + Op
    return at4(
      cp(broad),
      cp(Ss + SA),
      oip(pB),
      cp(broad - Op),
      cp(broad + U),
      cp(broad + N),
      cp(broad + N + U),
    )
  },
  'narrow-based-weighted-average-extra-conversion-shares': (f) => {
    const [Co, Ss, SA, Op, N, pA, pB] = figuresOf(f, 'Co', 'Ss', 'SA', 'Op', 'N', 'pA', 'pB')
    const cp = (a: number) => averaged(r(a), oip(pA), N, mul(r(N), oip(pB)))
    const more = (price: R) => sub(asCommon(SA, oip(pA), price), r(SA))
    const narrow = cp(Ss + SA)
    return at0(
      more(narrow),
      more(oip(pB)),
      more(cp(SA)),
      more(cp(Ss)),
      more(cp(Co + Ss + SA + Op)),
      down(mul(r(SA), div(sub(oip(pA), narrow), oip(pA)))),
      more(cp(Ss + SA + N)),
    )
  },
  'series-a-fully-diluted-ownership-after-a-full-ratchet': (f) => {
    const [Co, Op, U, SA, N, pA, pB] = figuresOf(f, 'Co', 'Op', 'U', 'SA', 'N', 'pA', 'pB')
    const ratchet = asCommon(SA, oip(pA), oip(pB))
    const others = r(Co + Op + U + N)
    const share = (a: R, total: R) => div(a, total)
    const wa = (base: number) =>
      asCommon(SA, oip(pA), averaged(r(base), oip(pA), N, mul(r(N), oip(pB))))
    const broad = wa(Co + Op + SA)
    const narrow = wa(SA)
    return pct2(
      share(ratchet, add(others, ratchet)),
      share(r(SA), add(others, r(SA))),
      share(broad, add(others, broad)),
      share(narrow, add(others, narrow)),
      share(ratchet, add(others, r(SA))),
      share(ratchet, add(r(Co + Op + U), ratchet)),
      share(ratchet, add(r(Co + Op + N), ratchet)),
    )
  },
  'founder-fully-diluted-ownership-after-a-broad-based-adjustment': (f) => {
    const [Co, Ff, Op, U, SA, N, pA, pB] = figuresOf(
      f,
      'Co',
      'Ff',
      'Op',
      'U',
      'SA',
      'N',
      'pA',
      'pB',
    )
    const cp = (a: number) => averaged(r(a), oip(pA), N, mul(r(N), oip(pB)))
    const seriesA = asCommon(SA, oip(pA), cp(Co + Op + SA))
    const fd = (a: R, pool: number, opts: number) => add(r(Co + opts + pool + N), a)
    const stake = (total: R) => div(r(Ff), total)
    return pct2(
      stake(fd(seriesA, U, Op)),
      stake(fd(r(SA), U, Op)),
      stake(fd(seriesA, 0, Op)),
      stake(fd(seriesA, U, 0)),
      stake(fd(asCommon(SA, oip(pA), oip(pB)), U, Op)),
      stake(fd(asCommon(SA, oip(pA), cp(SA)), U, Op)),
      stake(fd(add(seriesA, r(SA)), U, Op)),
    )
  },
  'broad-based-conversion-shares-when-a-note-converts-in-the-round': (f) => {
    const [Co, SA, Op, U, Nc, pA, pB, Q, Nn] = figuresOf(
      f,
      'Co',
      'SA',
      'Op',
      'U',
      'Nc',
      'pA',
      'pB',
      'Q',
      'Nn',
    )
    const cash = mul(r(Nc), oip(pB))
    const all = add(cash, r(Q))
    const a = Co + SA + Op
    const shares = (base: number, money: R, issued: number) =>
      asCommon(SA, oip(pA), averaged(r(base), oip(pA), issued, money))
    return at0(
      shares(a, all, Nc + Nn),
      shares(a, cash, Nc),
      shares(a + U, all, Nc + Nn),
      shares(a + Nc + Nn, all, Nc + Nn),
      shares(a, cash, Nc + Nn),
      shares(SA, all, Nc + Nn),
      asCommon(SA, oip(pA), oip(pB)),
    )
  },
  'most-new-shares-a-round-can-issue-above-a-conversion-price-floor': (f) => {
    const [Co, Ss, SA, Op, U, pA, fl, M] = figuresOf(
      f,
      'Co',
      'Ss',
      'SA',
      'Op',
      'U',
      'pA',
      'fl',
      'M',
    )
    const cp1 = oip(pA)
    const floorPrice = oip(fl)
    // (A × CP1 + B × CP1) ÷ (A + C) ≥ floor ⇔ C ≤ (A × CP1 + B × CP1) ÷ floor − A.
    const room = (a: number, b: R = div(r(M), cp1)) =>
      down(sub(div(add(mul(r(a), cp1), mul(b, cp1)), floorPrice), r(a)))
    const broad = Co + Ss + SA + Op
    // With C in A as well: A × CP1 + C × CP1 + M = floor × (A + 2C).
    const twice = div(
      add(mul(r(broad), sub(cp1, floorPrice)), r(M)),
      sub(mul(r(2), floorPrice), cp1),
    )
    return at0(
      room(broad),
      room(Ss + SA),
      down(div(r(M), floorPrice)),
      room(broad - Op),
      room(broad + U),
      room(broad, div(r(M), floorPrice)),
      down(twice),
    )
  },
  'conversion-price-after-two-successive-down-rounds': (f) => {
    const [Co, SA, Op, U, N1, N2, pA, p1, p2] = figuresOf(
      f,
      'Co',
      'SA',
      'Op',
      'U',
      'N1',
      'N2',
      'pA',
      'p1',
      'p2',
    )
    const first = averaged(r(Co + SA + Op), oip(pA), N1, mul(r(N1), oip(p1)))
    const seriesA = asCommon(SA, oip(pA), first)
    const a2 = add(r(Co + Op + N1), seriesA)
    const money2 = mul(r(N2), oip(p2))
    const second = (from: R, a: R) => averaged(a, from, N2, money2)
    return at4(
      second(first, a2),
      oip(p2),
      second(first, r(SA)),
      second(first, sub(a2, r(N1))),
      second(oip(pA), a2),
      second(first, add(a2, r(U))),
      second(first, add(a2, r(N2))),
    )
  },
  'unvested-options-returned-to-the-pool-on-departure': (f) => {
    const [G] = figuresOf(f, 'G')
    const [start, vcd, last, notice] = [day(f, 's'), day(f, 'v'), day(f, 'l'), day(f, 'n')]
    const k = monthsBetween(vcd, last)
    const window = new Date(last.getTime() + 90 * 86400000)
    const back = (x: R) => sub(r(G), x)
    return at0(
      back(vest(G, k)),
      back(vest(G, monthsBetween(start, last))),
      back(vest(G, monthsBetween(vcd, window))),
      back(vest(G, k + 1)),
      back(vest(G, monthsBetween(vcd, notice))),
      back(yearly(G, k)),
      back(fromCliff(G, k)),
    )
  },
  'vested-shares-after-double-trigger-acceleration': (f) => {
    const [G, a] = figuresOf(f, 'G', 'a')
    const vcd = day(f, 'v')
    const atClose = vest(G, monthsBetween(vcd, day(f, 'c')))
    const atEnd = vest(G, monthsBetween(vcd, day(f, 't')))
    const part = (x: R) => down(mul(x, pc(a)))
    return at0(
      add(atEnd, part(sub(r(G), atEnd))),
      add(atEnd, part(r(G))),
      r(G),
      add(atEnd, part(sub(r(G), atClose))),
      atEnd,
      add(atClose, part(sub(r(G), atClose))),
      add(atEnd, part(atEnd)),
    )
  },
  'founder-cash-at-closing-with-single-trigger-acceleration': (f) => {
    const [G, X, h] = figuresOf(f, 'G', 'X', 'h')
    const k = monthsBetween(day(f, 'v'), day(f, 'c'))
    const each = mul(ct(X), sub(r(1), pc(h)))
    const cash = (x: R) => mul(x, each)
    return at2(
      cash(vest(G, k + 12)),
      cash(vest(G, k)),
      cash(sub(vest(G, k + 12), vest(G, k))),
      cash(yearly(G, k + 12)),
      cash(r(G)),
      mul(vest(G, k + 12), ct(X)),
      cash(vest(G, k + 13)),
    )
  },
  'early-exercised-unvested-shares-repurchased-on-departure': (f) => {
    const [G, K, Fv] = figuresOf(f, 'G', 'K', 'F')
    const vcd = day(f, 'v')
    const last = day(f, 'l')
    const k = monthsBetween(vcd, last)
    const lower = K <= Fv ? ct(K) : ct(Fv)
    const unvested = (x: R) => sub(r(G), x)
    return at2(
      mul(unvested(vest(G, k)), lower),
      mul(unvested(vest(G, k)), ct(Fv)),
      mul(r(G), ct(K)),
      mul(unvested(yearly(G, k)), ct(K)),
      mul(unvested(vest(G, k + 1)), ct(K)),
      mul(vest(G, k), ct(K)),
      mul(unvested(vest(G, monthsBetween(day(f, 's'), last))), ct(K)),
    )
  },
  'spread-on-vested-options-exercised-after-departure': (f) => {
    const [G, K, Fv] = figuresOf(f, 'G', 'K', 'F')
    const k = monthsBetween(day(f, 'v'), day(f, 'l'))
    const gain = sub(ct(Fv), ct(K))
    return at2(
      mul(vest(G, k), gain),
      mul(r(G), gain),
      mul(vest(G, k), ct(Fv)),
      mul(vest(G, k + 1), gain),
      mul(vest(G, k), ct(K)),
      mul(yearly(G, k), gain),
      mul(fromCliff(G, k), gain),
    )
  },
  'shares-issued-on-a-net-exercise-of-vested-options': (f) => {
    const [G, K, Fv] = figuresOf(f, 'G', 'K', 'F')
    const k = monthsBetween(day(f, 'v'), day(f, 'd'))
    // Shares withheld are worth the exercise price: options × K ÷ FMV; the rest are issued.
    const issued = (x: R) => down(sub(x, div(mul(x, ct(K)), ct(Fv))))
    const v = vest(G, k)
    return at0(
      issued(v),
      v,
      issued(r(G)),
      issued(vest(G, k + 1)),
      down(div(mul(v, ct(K)), ct(Fv))),
      issued(yearly(G, k)),
      issued(fromCliff(G, k)),
    )
  },
  'vested-options-across-an-initial-grant-and-a-refresh': (f) => {
    const [G1, G2] = figuresOf(f, 'G1', 'G2')
    const on = day(f, 'd')
    const k1 = monthsBetween(day(f, 'v'), on)
    const k2 = monthsBetween(day(f, 'r'), on)
    return at0(
      add(vest(G1, k1), vest(G2, k2)),
      add(vest(G1, k1), down(r(G2 * k2, 48))),
      add(vest(G1, k1), vest(G2, k1)),
      add(vest(G1, k1 + 1), vest(G2, k2 + 1)),
      add(yearly(G1, k1), vest(G2, k2)),
      add(fromCliff(G1, k1), vest(G2, k2)),
      add(vest(G1, monthsBetween(day(f, 'g'), on)), vest(G2, k2)),
    )
  },
  'common-shares-outstanding-after-a-quarter-of-vesting-events': (f) => {
    const [Co, gA, vA, eB, fT, uF, gN, xC] = figuresOf(
      f,
      'Co',
      'gA',
      'vA',
      'eB',
      'fT',
      'uF',
      'gN',
      'xC',
    )
    // Issued shares move only on an exercise (early or not) and on a retired repurchase.
    const end = Co + vA + eB + xC - uF
    return at0(
      r(end),
      r(end + (gA - vA)),
      r(end + uF),
      r(end + gN),
      r(end - eB),
      r(end - vA),
      r(end - fT + uF),
    )
  },
  'founder-unvested-shares-repurchased-after-re-vesting-at-the-series-a': (f) => {
    const [Fs, c, fmv] = figuresOf(f, 'Fs', 'c', 'fmv')
    const close = day(f, 'c')
    const k = monthsBetween(close, day(f, 'l'))
    const served = monthsBetween(day(f, 'f'), close)
    // A quarter at the closing, then three quarters ÷ 36 a month.
    const held = (m: number) => down(add(r(Fs, 4), mul(r(3 * Fs, 4), r(m, 36))))
    const owed = (m: number) => sub(r(Fs), held(m))
    return at2(
      mul(owed(k), oip(c)),
      mul(sub(r(Fs), down(r(Fs * k, 48))), oip(c)),
      mul(sub(r(Fs), down(add(r(Fs, 4), mul(r(3 * Fs, 4), r(k, 48))))), oip(c)),
      mul(owed(k), ct(fmv)),
      mul(owed(k + 1), oip(c)),
      mul(owed(k + served), oip(c)),
      mul(held(k), oip(c)),
      // A cliff a year out leaves only the quarter vested at the closing.
      mul(sub(r(Fs), k < 12 ? down(r(Fs, 4)) : held(k)), oip(c)),
    )
  },
  'vested-shares-under-a-back-loaded-vesting-schedule': (f) => {
    const [G] = figuresOf(f, 'G')
    const k = monthsBetween(day(f, 'v'), day(f, 'd'))
    // Percent vested: 10 at month 12, then 20, 30, 40 spread over the months of years 2–4.
    const percent = (m: number): R => {
      if (m < 12) return r(0)
      if (m >= 48) return r(100)
      const rates = [0, 20, 30, 40]
      let p = r(10)
      for (let j = 13; j <= m; j++) p = add(p, r(rates[Math.floor((j - 1) / 12)]!, 12))
      return p
    }
    const units = (p: R) => down(mul(r(G), p, r(1, 100)))
    const y = Math.floor(k / 12)
    return at0(
      units(percent(k)),
      vest(G, k),
      units(percent(k + 1)),
      units(percent(12 * (y + 1))),
      units(percent(12 * y)),
      units(r(10 * k, 12)),
      units(sub(percent(k), r(10))),
    )
  },
}
