import { figuresOf } from './drawn-figures.js'
import {
  add,
  type R,
  type Route,
  r,
  sub,
  variances,
} from './management-accounting-second-working.js'

/** Cents to dollars: standard prices and rates are drawn in cents. */
const $ = (cents: number): R => r(cents, 100)

/** Variances worked again as standard less actual cost (or actual less standard revenue). */
export const VARIANCES_ROUTES: Readonly<Record<string, Route>> = {
  'materials-price-variance-on-purchases': (f) => {
    const [sp, aq, au, ap, sq] = figuresOf(f, 'sp', 'aq', 'au', 'ap', 'sq')
    const gap = sp - ap
    return variances(
      $(aq * gap),
      $(-aq * gap),
      $(au * gap),
      $(sq * gap),
      $(au * gap + (sq - au) * sp),
    )
  },
  'materials-usage-variance': (f) => {
    const [sp, out, k, au, bo, ap, aq] = figuresOf(f, 'sp', 'out', 'k', 'au', 'bo', 'ap', 'aq')
    const sq = out * k
    return variances(
      $((sq - au) * sp),
      $((au - sq) * sp),
      $((sq - au) * ap),
      $((bo * k - au) * sp),
      $((sq - aq) * sp),
    )
  },
  'labour-rate-variance-on-hours-paid': (f) => {
    const [sr, hp, hw, ar, sh] = figuresOf(f, 'sr', 'hp', 'hw', 'ar', 'sh')
    const gap = sr - ar
    return variances(
      $(hp * gap),
      $(-hp * gap),
      $(hw * gap),
      $(sh * gap),
      $(hp * gap - (hp - hw) * sr),
    )
  },
  'labour-efficiency-variance-on-hours-worked': (f) => {
    const [sr, out, h, hw, hp, ar, bo] = figuresOf(f, 'sr', 'out', 'h', 'hw', 'hp', 'ar', 'bo')
    const sh = out * h
    return variances(
      $((sh - hw) * sr),
      $((hw - sh) * sr),
      $((sh - hp) * sr),
      $((sh - hw) * ar),
      $((bo * h - hw) * sr),
    )
  },
  'idle-time-variance': (f) => {
    const [sr, hp, idle, ar, sh] = figuresOf(f, 'sr', 'hp', 'idle', 'ar', 'sh')
    return variances(
      $(-idle * sr),
      $(idle * sr),
      $(-idle * ar),
      $(-(hp - sh) * sr),
      $(-idle * (ar - sr)),
    )
  },
  'variable-overhead-expenditure-variance': (f) => {
    const [vr, hw, hp, sh, act] = figuresOf(f, 'vr', 'hw', 'hp', 'sh', 'act')
    return variances(
      $(hw * vr - act),
      $(act - hw * vr),
      $(hp * vr - act),
      $(sh * vr - act),
      $((hw - sh) * vr),
    )
  },
  'variable-overhead-efficiency-variance': (f) => {
    const [vr, lr, sh, hw, hp] = figuresOf(f, 'vr', 'lr', 'sh', 'hw', 'hp')
    return variances(
      $((sh - hw) * vr),
      $((hw - sh) * vr),
      $((sh - hp) * vr),
      $((sh - hw) * lr),
      $((sh - hw) * (vr + lr)),
    )
  },
  'fixed-overhead-expenditure-variance': (f) => {
    const [bu, fu, af, au] = figuresOf(f, 'bu', 'fu', 'af', 'au')
    const bf = bu * fu
    return variances(
      r(bf - af),
      r(af - bf),
      r(au * fu - af),
      r((au - bu) * fu),
      sub(r(bf * au, bu), r(af)),
    )
  },
  'fixed-overhead-volume-variance': (f) => {
    const [bu, fu, af, au] = figuresOf(f, 'bu', 'fu', 'af', 'au')
    const bf = bu * fu
    return variances(
      r((au - bu) * fu),
      r((bu - au) * fu),
      r(au * fu - af),
      r((au - bu) * af, bu),
      r(bf - af),
    )
  },
  'sales-price-variance': (f) => {
    const [sp, ap, au, bu, v] = figuresOf(f, 'sp', 'ap', 'au', 'bu', 'v')
    return variances(
      r((ap - sp) * au),
      r((sp - ap) * au),
      r((ap - sp) * bu),
      r(ap * au - sp * bu),
      add(r((ap - sp) * au), r((au - bu) * (sp - v))),
    )
  },
  'sales-volume-variance-on-standard-contribution': (f) => {
    const [sp, v, fu, bu, au, ap] = figuresOf(f, 'sp', 'v', 'fu', 'bu', 'au', 'ap')
    const more = au - bu
    return variances(
      r(more * (sp - v)),
      r(-more * (sp - v)),
      r(more * (sp - v - fu)),
      r(more * sp),
      r(more * (ap - v)),
    )
  },
  'total-materials-cost-variance': (f) => {
    const [sp, out, k, bo, au, ap] = figuresOf(f, 'sp', 'out', 'k', 'bo', 'au', 'ap')
    const cost = au * ap
    const standard = out * k * sp
    return variances(
      $(standard - cost),
      $(cost - standard),
      $(bo * k * sp - cost),
      $(au * sp - cost),
      $((out * k - au) * sp),
    )
  },
  'fixed-overhead-capacity-variance': (f) => {
    const [bh, fr, hw, hp, sh] = figuresOf(f, 'bh', 'fr', 'hw', 'hp', 'sh')
    return variances(
      $((hw - bh) * fr),
      $((bh - hw) * fr),
      $((sh - bh) * fr),
      $((hp - bh) * fr),
      $((sh - hw) * fr),
    )
  },
  'actual-profit-from-budget-and-variances': (f) => {
    const [f1, f2, a1, a2] = figuresOf(f, 'f1', 'f2', 'a1', 'a2')
    const net = f1 + f2 - a1 - a2
    return variances(
      r(net),
      r(-net),
      r(f1 + f2 + a1 + a2),
      r(f1 - f2 - a1 - a2),
      r(f1 + f2 + a1 - a2),
    )
  },
  'labour-total-variance': (f) => {
    const [sr, out, h, bo, hp, ar] = figuresOf(f, 'sr', 'out', 'h', 'bo', 'hp', 'ar')
    const wages = hp * ar
    const standard = out * h * sr
    return variances(
      $(standard - wages),
      $(wages - standard),
      $(bo * h * sr - wages),
      $(hp * sr - wages),
      $((out * h - hp) * sr),
    )
  },
  'materials-price-variance-on-usage': (f) => {
    const [sp, au, aq, ap, sq] = figuresOf(f, 'sp', 'au', 'aq', 'ap', 'sq')
    const gap = sp - ap
    return variances(
      $(au * gap),
      $(-au * gap),
      $(aq * gap),
      $(sq * gap),
      $(au * gap + (sq - au) * sp),
    )
  },
}
