import { add, at2, type R, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Reconciliation families worked again from each draw's cents, notes, rolls and rates: every
 * open item is added to or taken from its own side as a signed rational, never through the
 * families' helpers.
 */

/** Whole cents as dollars. */
const ct = (x: number): R => r(x, 100)
/** A sum of cents with signs: [+a, −b, …] as dollars. */
const net = (...xs: readonly number[]): R => add(r(0), ...xs.map(ct))

/** Reconciliation families worked again from each draw's figures. */
export const RECONCILIATION_ROUTES: Readonly<Record<string, Route>> = {
  'nostro-adjusted-ledger-balance': (f) => {
    const [L, S, P1, R2, P2, R1] = figuresOf(f, 'L', 'S', 'P1', 'R2', 'P2', 'R1')
    const adj = net(L, -P1, R2)
    return at2(
      adj,
      net(L, P1, -R2),
      net(L, -P1),
      net(L, R2),
      net(L, R1, -P2),
      add(adj, net(R1, -P2)),
      ct(S),
    )
  },
  'nostro-adjusted-statement-balance': (f) => {
    const [L, S, P1, R2, P2, R1] = figuresOf(f, 'L', 'S', 'P1', 'R2', 'P2', 'R1')
    const adj = net(S, R1, -P2)
    return at2(
      adj,
      net(S, -R1, P2),
      net(S, R1),
      net(S, -P2),
      net(S, -P1, R2),
      add(adj, net(-P1, R2)),
      ct(L),
    )
  },
  'nostro-difference-to-investigate': (f) => {
    const [L, S, P1, R2, P2, R1] = figuresOf(f, 'L', 'S', 'P1', 'R2', 'P2', 'R1')
    const gap = (ledger: R, statement: R) => sub(ledger, statement)
    const ledger = net(L, -P1, R2)
    const statement = net(S, R1, -P2)
    return at2(
      gap(ledger, statement),
      gap(net(L, R2), statement),
      gap(ledger, net(S, -P2)),
      gap(ledger, net(S, -R1, -P2)),
      gap(net(L, -P1), statement),
      gap(ledger, net(S, R1)),
      gap(ledger, net(S, R1, P2)),
    )
  },
  'general-ledger-to-subledger-difference': (f) => {
    const [G, T, X, Y] = figuresOf(f, 'G', 'T', 'X', 'Y')
    const d = (sl: R, gl: R) => sub(sl, gl)
    return at2(
      d(net(T, -Y), net(G, X)),
      d(ct(T), ct(G)),
      d(net(T, -Y), net(G, -X)),
      d(net(T, Y), net(G, X)),
      d(net(T, -Y), net(G, X, X)),
      d(net(T, -Y, -Y), net(G, X)),
      d(net(T, -Y, -Y), net(G, X, X)),
    )
  },
  'suspense-items-to-escalate-by-age': (f) => {
    const [a, b, cc, d, e, g, ac] = figuresOf(f, 'a', 'b', 'cc', 'd', 'e', 'g', 'ac')
    const items: [number, number][] = [
      [a, 30],
      [b, 31],
      [cc, ac],
      [d, 90],
      [e, 91],
      [g, 132],
    ]
    const pick = (ok: (age: number) => boolean, shift = 0) =>
      net(...items.filter(([, age]) => ok(age + shift)).map(([x]) => x))
    return at2(
      pick((t) => t > 30 && t <= 90),
      pick((t) => t >= 30 && t <= 90),
      pick((t) => t > 30),
      pick((t) => t >= 30),
      pick((t) => t > 30 && t < 90),
      pick((t) => t > 30 && t <= 90, 1),
      pick((t) => t > 30 && t <= 90, -1),
    )
  },
  'suspense-write-off-under-policy': (f) => {
    const [d1, d2, d3, at250, at90, young, cr] = figuresOf(
      f,
      'd1',
      'd2',
      'd3',
      'at250',
      'at90',
      'young',
      'cr',
    )
    const base = net(d1, d2, d3)
    return at2(
      base,
      add(base, ct(at90)),
      add(base, ct(at250)),
      add(base, net(young, at90)),
      sub(base, ct(cr)),
      net(d2, d3),
      ct(d3),
    )
  },
  'teller-expected-drawer-cash': (f) => {
    const [O, CD, CW, CK, CB, CC, V, VS] = figuresOf(
      f,
      'O',
      'CD',
      'CW',
      'CK',
      'CB',
      'CC',
      'V',
      'VS',
    )
    const drawer = (cashIn: number[], cashOut: number[]) =>
      net(O * 100, ...cashIn, ...cashOut.map((x) => -x))
    return at2(
      drawer([CD, CC, V], [CW, CB, VS]),
      drawer([CD, CC, V, CK], [CW, CB, VS]),
      drawer([CD, CC, V], [CW, VS]),
      drawer([CD, CC, V, VS], [CW, CB]),
      drawer([CD, CC], [CW, CB, VS]),
      drawer([CD, V], [CW, CB, VS]),
      drawer([CD, V], [CW, CB, VS, CC]),
    )
  },
  'teller-cash-shortage': (f) => {
    const [O, CD, CW, CK, T, Fee, count] = figuresOf(f, 'O', 'CD', 'CW', 'CK', 'T', 'Fee', 'count')
    const short = (...extra: number[]) => sub(net(O * 100, CD, Fee, -CW, ...extra), ct(count))
    return at2(
      short(),
      short(CK),
      short(T),
      short(CK, T),
      short(-T),
      short(-Fee),
      short(-Fee, -Fee),
    )
  },
  'vault-count-with-straps-bundles-and-rolls': (f) => {
    const [b100, s100, s50, s20, s5, s1, q, pn, loose] = figuresOf(
      f,
      'b100',
      's100',
      's50',
      's20',
      's5',
      's1',
      'q',
      'pn',
      'loose',
    )
    const count = (
      bundle: number,
      loose100: number,
      strap50: number,
      strap20: number,
      strap5: number,
      strap1: number,
    ) =>
      add(
        r(
          b100 * bundle +
            s100 * loose100 +
            s50 * strap50 +
            s20 * strap20 +
            s5 * strap5 +
            s1 * strap1 +
            loose +
            10 * q,
        ),
        r(pn, 2),
      )
    return at2(
      count(100000, 10000, 5000, 2000, 500, 100),
      count(10000, 10000, 5000, 2000, 500, 100),
      count(100000, 10000, 5000, 1000, 500, 100),
      count(100000, 10000, 2000, 2000, 500, 100),
      count(100000, 100000, 5000, 2000, 500, 100),
      count(100000, 10000, 5000, 2000, 1000, 100),
      count(100000, 10000, 5000, 2000, 500, 1000),
    )
  },
  'atm-expected-cassette-cash': (f) => {
    const [n20, n50, D, j20, j50, R] = figuresOf(f, 'n20', 'n50', 'D', 'j20', 'j50', 'R')
    const loaded = 20 * n20 + 50 * n50
    const rejects = 20 * j20 + 50 * j50
    // The host's dispensed total less the reversal is what customers took; the retracted notes
    // left the cassettes for the retract bin.
    const left = (dispensed: number, rej: number, retract: number) =>
      r(loaded - dispensed - rej - retract)
    return at2(
      left(D - R, rejects, R),
      left(D - R, 0, R),
      left(D - R, rejects, 0),
      left(D - R, 20 * (j20 + j50), R),
      left(D, rejects, R),
      left(D - R, 50 * (j20 + j50), R),
      left(D - R, 2 * rejects, R),
    )
  },
  'transposition-error-correct-amount': (f) => {
    const [P, D, i, Q1, Q2] = figuresOf(f, 'P', 'D', 'i', 'Q1', 'Q2')
    const swapOf = (q: number, j: number) => {
      const t = String(q).split('').map(Number)
      ;[t[j], t[j + 1]] = [t[j + 1]!, t[j]!]
      return Number(t.join(''))
    }
    // The posting that fits is the one a swap of neighbouring digits lowers by exactly D.
    const fit = [P, Q1, Q2].filter((q) => [0, 1, 2, 3, 4].some((j) => q - swapOf(q, j) === D))
    if (fit.length !== 1 || fit[0] !== P) throw new Error('not exactly one posting fits')
    const others = [0, 1, 2, 3, 4].filter((j) => j !== i && swapOf(P, j) !== P).slice(0, 3)
    return at2(ct(P - D), ct(P + D), ct(Q1 - D), ct(Q2 - D), ...others.map((j) => ct(swapOf(P, j))))
  },
  'fed-cut-off-clearing-break': (f) => {
    const [a, b, cc, e, fm] = figuresOf(f, 'a', 'b', 'cc', 'e', 'f')
    // The Fed has every receipt to 7:00 p.m.; the ledger those before 5:00 p.m. plus Monday's
    // late wire.
    const fed = net(a, b, cc, e)
    const brk = (ledger: R) => sub(fed, ledger)
    return at2(
      brk(net(a, fm)),
      brk(ct(fm)),
      brk(ct(a)),
      brk(net(a, -fm)),
      brk(net(a, b, fm)),
      brk(net(a, e, fm)),
      brk(net(a, fm, fm, fm)),
    )
  },
  'interbank-net-settlement-position': (f) => {
    const [fB, fC, fD, tB, tC, tD, bc] = figuresOf(f, 'fB', 'fC', 'fD', 'tB', 'tC', 'tD', 'bc')
    const pos = (owed: number[], owe: number[]) => net(...owed, ...owe.map((x) => -x))
    return at2(
      pos([fB, fC, fD], [tB, tC, tD]),
      pos([fB, fC, fD], []),
      pos([fB, fC, fD], [tB, tC]),
      pos([fB, fC, fD, bc], [tB, tC, tD]),
      pos([fB, fC], [tB, tC, tD]),
      pos([fC, fD], [tB, tC, tD]),
      pos([fB, fC, fD], [tB, tC, tD, bc]),
    )
  },
  'nostro-fx-revaluation-gain': (f) => {
    const [E, mid, spread, prior, bv, S] = figuresOf(f, 'E', 'mid', 'spread', 'prior', 'bv', 'S')
    const book = r(bv, 10000)
    const at = (eur: number, rate: number) => r(eur * rate, 10000)
    return at2(
      sub(at(E, mid), book),
      sub(at(E, mid - spread), book),
      sub(at(E, mid + spread), book),
      sub(at(S, mid), book),
      sub(at(E, mid), at(E, prior)),
      sub(at(E, prior), book),
      sub(at(S, mid + spread), book),
    )
  },
  'cash-letter-fed-credit-after-adjustments': (f) => {
    const [CL, right, ret, dup] = figuresOf(f, 'CL', 'right', 'ret', 'dup')
    const enc = right / 10
    return at2(
      net(CL, right, -enc, -ret, -dup),
      net(CL, right, -enc, -dup),
      net(CL, right, -enc, -ret),
      net(CL, right, -ret, -dup),
      net(CL, -right, enc, -ret, -dup),
      net(CL, right, -enc, -ret, -dup, -dup),
      net(CL, right, -enc, -ret, -ret, -dup, -dup),
    )
  },
  'average-daily-check-float': (f) => {
    const [mon, fri, wed, onus] = figuresOf(f, 'mon', 'fri', 'wed', 'onus')
    const avg = (days: number[], over: number) =>
      r(mon * days[0]! + fri * days[1]! + wed * days[2]! + onus * days[3]!, 100 * over)
    return at2(
      avg([1, 3, 2, 0], 31),
      avg([1, 3, 2, 0], 30),
      avg([1, 3, 2, 0], 22),
      avg([1, 3, 2, 1], 31),
      avg([1, 1, 2, 0], 31),
      avg([0, 2, 1, 0], 31),
      avg([1, 0, 2, 0], 31),
    )
  },
  'card-batch-deposit-expected': (f) => {
    const [vm, ax, rf, n, rateBp] = figuresOf(f, 'vm', 'ax', 'rf', 'n', 'rateBp')
    const cb = Number(f.cb)
    const rate = r(rateBp, 10000)
    const dep = (sales: number, refunds: number, discountOn: number, perSale: boolean, less = 0) =>
      sub(
        net(sales, -refunds, -less),
        add([BigInt(discountOn) * rate[0], 100n * rate[1]] as R, perSale ? r(n, 10) : r(0)),
      )
    return at2(
      dep(vm, rf, vm, true),
      dep(vm + ax, rf, vm, true),
      dep(vm, 0, vm, true),
      dep(vm, rf, vm, false),
      dep(vm, rf, vm, true, cb),
      dep(vm, rf, vm - rf, true),
      dep(vm, rf, vm + ax, true),
    )
  },
}
