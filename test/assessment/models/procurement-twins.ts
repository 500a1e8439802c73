/*
 * The procurement families worked a second way: BigInt arithmetic on the drawn inputs, rounding
 * half away from zero by integer division, a day-number calendar, and the test's own table of
 * who pays what under Incoterms 2020. Each family maps its key and every slip to what that
 * answer must show: a bigint (the figure in the smallest unit the option shows: cents,
 * hundredths of a point or percent, whole units) or a string (the option's words with currency
 * marks and thousands separators dropped).
 */

type In = Readonly<Record<string, number | string>>
export type Want = bigint | string
export type Twins = Readonly<Record<string, (x: In) => Want>>

const B = (v: number | string | undefined): bigint => {
  if (v === undefined) throw new Error('an input the family did not record')
  return BigInt(v)
}
/** n ÷ d rounded half away from zero. */
function div(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n
  const [a, b] = [n < 0n ? -n : n, d < 0n ? -d : d]
  const q = (2n * a + b) / (2n * b)
  return neg ? -q : q
}
const ceil = (n: bigint, d: bigint) => (n + d - 1n) / d
/** BigInt extremes (Math.min and Math.max take numbers only). */
const ascending = (v: readonly bigint[]) => [...v].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const min = (...v: bigint[]) => ascending(v)[0]!
const max = (...v: bigint[]) => ascending(v).at(-1)!
const sum = (v: readonly bigint[]) => v.reduce((a, b) => a + b, 0n)
/** A figure held in hundredths as the option text reads once symbols and commas are dropped. */
const hundredths = (v: bigint) => {
  const a = v < 0n ? -v : v
  return `${v < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`
}
const letter = (k: number) => `Bidder ${'ABCDE'[k]}`

/** Lowest ÷ bid price points, in hundredths. */
const ratio = (w: bigint, low: bigint, bid: bigint) => div(w * 10_000n * low, bid * 100n)
/** Linear-deduction price points, in hundredths, not below zero. */
const linear = (w: bigint, low: bigint, bid: bigint) =>
  max(0n, div(w * 100n * (2n * low - bid), low))

const compliantBids = (x: In) =>
  [0, 1, 2, 3, 4].map((k) => {
    const [price, weeks, cert, late] = String(x[`b${k}`]).split('|').map(Number) as number[]
    return { k, price: B(price), weeks: weeks!, cert: cert === 1, late: late === 1 }
  })
const cheapestOf = (bs: ReturnType<typeof compliantBids>) =>
  bs.reduce((a, b) => (b.price < a.price ? b : a))

/*
 * Incoterms 2020 (ICC publication 723E), read for an inland works shipping by sea to a buyer's
 * site: the costs each rule puts on the SELLER, by the A4 (carriage), A5 (insurance), A7 (export
 * and import clearance) and A9 (allocation of costs) articles. EXW A2/A9: the seller only makes
 * the goods available, unloaded. FCA at the seller's premises: the seller loads (A2) and clears
 * export (A7). FOB: delivered on board at the port of shipment (A2). CFR/CIF: the seller also
 * contracts carriage to the destination port (A4); CIF adds minimum cover (A5). DAP: delivered
 * ready for unloading at the named place (A2); DPU: unloaded there (A2, A9); DDP: as DAP, import
 * cleared and duty paid (A7, A9). The buyer pays what its rule leaves off this list.
 */
const SELLER_PAYS: Record<string, readonly string[]> = {
  EXW: [],
  FCA: ['load', 'exp'],
  FOB: ['load', 'pre', 'exp'],
  CFR: ['load', 'pre', 'exp', 'sea'],
  CIF: ['load', 'pre', 'exp', 'sea', 'ins'],
  DAP: ['load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward'],
  DPU: ['load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward', 'unload'],
  DDP: ['load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward', 'imp'],
}
const ALL_COSTS = ['load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward', 'imp', 'unload']
export const INCOTERMS_RULES = Object.keys(SELLER_PAYS)
const delivered = (x: In, rule: string) =>
  B(x.price) + sum(ALL_COSTS.filter((c) => !SELLER_PAYS[rule]!.includes(c)).map((c) => B(x[c])))

/** Days since 1970-01-01 of an ISO date, by the civil-from-days algorithm run backwards. */
function dayNumber(iso: string): number {
  const [y0, m, d] = iso.split('-').map(Number) as [number, number, number]
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}
/** Monday to Friday days after `from` up to and including `to`; day 0 was a Thursday. */
function weekdays(from: string, to: string): bigint {
  let n = 0n
  for (let d = dayNumber(from) + 1; d <= dayNumber(to); d++) {
    const w = (d + 4) % 7 // 0 Sunday
    if (w !== 0 && w !== 6) n++
  }
  return n
}

const sourcing: Record<string, Twins> = {
  'price-points-lowest-over-bid': (() => {
    const c = (x: In) => [B(x.c0), B(x.c1), B(x.c2), B(x.c3)]
    const bid = (x: In) => c(x)[Number(x.k)]!
    return {
      key: (x) => ratio(B(x.w), B(x.c0), bid(x)),
      unweighted: (x) => ratio(100n, B(x.c0), bid(x)),
      nextBelow: (x) => ratio(B(x.w), c(x)[Number(x.k) - 1]!, bid(x)),
      averageBase: (x) => ratio(B(x.w), div(sum(c(x)), 4n), bid(x)),
      excludedLowest: (x) => ratio(B(x.w), B(x.excluded), bid(x)),
      linear: (x) => linear(B(x.w), B(x.c0), bid(x)),
      pointsLost: (x) => B(x.w) * 100n - ratio(B(x.w), B(x.c0), bid(x)),
    }
  })(),
  'price-points-linear-deduction': (() => {
    const bid = (x: In) => [B(x.c0), B(x.c1), B(x.c2), B(x.c3)][Number(x.k)]!
    return {
      key: (x) => linear(B(x.w), B(x.c0), bid(x)),
      ratio: (x) => ratio(B(x.w), B(x.c0), bid(x)),
      unweighted: (x) => linear(100n, B(x.c0), bid(x)),
      overHighest: (x) => div(B(x.w) * 100n * (B(x.c3) - bid(x) + B(x.c0)), B(x.c3)),
      pointsLost: (x) => div(B(x.w) * 100n * (bid(x) - B(x.c0)), B(x.c0)),
      excludedLowest: (x) => linear(B(x.w), B(x.excluded), bid(x)),
      doubleDeduction: (x) => max(0n, div(B(x.w) * 100n * (3n * B(x.c0) - 2n * bid(x)), B(x.c0))),
    }
  })(),
  'quality-points-from-criterion-marks': (() => {
    // Criterion points in hundredths: q × share% × mark ÷ 5.
    const weighted = (x: In, shares: bigint[], marks: bigint[]) =>
      sum(shares.map((p, j) => B(x.q) * p * marks[j]!))
    const p = (x: In) => [B(x.p0), B(x.p1), B(x.p2)]
    const s = (x: In) => [B(x.s0), B(x.s1), B(x.s2)]
    return {
      key: (x) => div(weighted(x, p(x), s(x)), 5n),
      unweightedMean: (x) => div(B(x.q) * 100n * sum(s(x)), 15n),
      outOf100: (x) => div(sum(p(x).map((pj, j) => pj * s(x)[j]!)) * 100n, 5n),
      relativeToBest: (x) =>
        div(
          B(x.q) * 100n * weighted(x, p(x), s(x)),
          weighted(x, p(x), [B(x.b0), B(x.b1), B(x.b2)]),
        ),
      reversedWeights: (x) => div(weighted(x, [...p(x)].reverse(), s(x)), 5n),
      outOfTen: (x) => div(weighted(x, p(x), s(x)), 10n),
    }
  })(),
  'tender-total-score': (() => {
    const bid = (x: In) => [B(x.c0), B(x.c1), B(x.c2)][Number(x.k)]!
    const price = (x: In, w = B(x.w)) => ratio(w, B(x.c0), bid(x))
    return {
      key: (x) => B(x.q) * B(x.qp) + price(x),
      qualityUnweighted: (x) => 100n * B(x.qp) + price(x),
      priceUnweighted: (x) => B(x.q) * B(x.qp) + price(x, 100n),
      linearPrice: (x) => B(x.q) * B(x.qp) + linear(B(x.w), B(x.c0), bid(x)),
      qualityOnly: (x) => B(x.q) * B(x.qp),
      swappedWeights: (x) => B(x.w) * B(x.qp) + price(x, B(x.q)),
      mean: (x) => div(B(x.q) * B(x.qp) + price(x), 2n),
    }
  })(),
  'meat-winner': (() => {
    const ks = [0, 1, 2, 3]
    const bid = (x: In, k: number) => B(x[`c${k}`])
    const qual = (x: In, k: number) => B(x[`q${k}`])
    const low = (x: In) => min(...ks.map((k) => bid(x, k)))
    const score = (x: In, qw: bigint, pw: bigint, lin: boolean) => (k: number) =>
      qw * qual(x, k) + (lin ? linear : ratio)(pw, low(x), bid(x, k))
    const total = (x: In) => score(x, B(x.q), B(x.w), false)
    // The first bidder with the greatest value, as an evaluator reading the table top-down.
    const argBest = (f: (k: number) => bigint) => ks.reduce((a, b) => (f(b) > f(a) ? b : a))
    const say = (k: number, v: bigint) => `${letter(k)} (${hundredths(v)} points)`
    const winner = (f: (k: number) => bigint) => say(argBest(f), f(argBest(f)))
    return {
      key: (x) => winner(total(x)),
      cheapest: (x) => {
        const k = ks.find((j) => bid(x, j) === low(x))!
        return say(k, total(x)(k))
      },
      topQuality: (x) => {
        const k = argBest((j) => qual(x, j))
        return say(k, total(x)(k))
      },
      swapped: (x) => winner(score(x, B(x.w), B(x.q), false)),
      linear: (x) => winner(score(x, B(x.q), B(x.w), true)),
      lowestTotal: (x) => {
        const t = total(x)
        const k = ks.reduce((a, b) => (t(b) < t(a) ? b : a))
        return say(k, t(k))
      },
      unweighted: (x) => winner(score(x, 100n, 100n, false)),
      qualityPointsOnly: (x) => {
        const k = argBest((j) => qual(x, j))
        return say(k, B(x.q) * qual(x, k))
      },
      winnerPriceOnly: (x) => {
        const k = argBest(total(x))
        return say(k, ratio(B(x.w), low(x), bid(x, k)))
      },
    }
  })(),
  'lowest-price-compliant-award': {
    key: (x) =>
      letter(
        cheapestOf(
          compliantBids(x).filter((b) => !b.late && b.cert && b.weeks <= Number(x.maxWeeks)),
        ).k,
      ),
    acceptsLate: (x) =>
      letter(cheapestOf(compliantBids(x).filter((b) => b.cert && b.weeks <= Number(x.maxWeeks))).k),
    ignoresCertificate: (x) =>
      letter(
        cheapestOf(compliantBids(x).filter((b) => !b.late && b.weeks <= Number(x.maxWeeks))).k,
      ),
    ignoresDelivery: (x) => letter(cheapestOf(compliantBids(x).filter((b) => !b.late && b.cert)).k),
    fastest: (x) =>
      letter(
        compliantBids(x)
          .filter((b) => !b.late && b.cert && b.weeks <= Number(x.maxWeeks))
          .reduce((a, b) => (b.weeks < a.weeks ? b : a)).k,
      ),
  },
  'tco-over-contract-life': (() => {
    const run = (x: In, serviceYears: bigint, consumableYears: bigint) =>
      B(x.price) + serviceYears * B(x.service) + consumableYears * B(x.consumables)
    const n = (x: In) => B(x.years)
    return {
      key: (x) => run(x, n(x) - 1n, n(x)) - B(x.residual),
      serviceEveryYear: (x) => run(x, n(x), n(x)) - B(x.residual),
      noResale: (x) => run(x, n(x) - 1n, n(x)),
      resaleAdded: (x) => run(x, n(x) - 1n, n(x)) + B(x.residual),
      noConsumables: (x) => run(x, n(x) - 1n, 0n) - B(x.residual),
      oneYear: (x) => run(x, 0n, 1n) - B(x.residual),
      priceOnly: (x) => B(x.price) - B(x.residual),
    }
  })(),
  'tco-cheapest-option': (() => {
    const ks = [0, 1, 2, 3]
    const cost = (x: In, years: bigint, resale: bigint) => (k: number) =>
      B(x[`p${k}`]) + years * B(x[`r${k}`]) + resale * B(x[`v${k}`])
    const argMin = (f: (k: number) => bigint) => ks.reduce((a, b) => (f(b) < f(a) ? b : a))
    const say = (k: number, v: bigint) => `${letter(k)}: ${hundredths(v)}`
    const pick = (f: (k: number) => bigint, shown = f) => {
      const k = argMin(f)
      return say(k, shown(k))
    }
    return {
      key: (x) => pick(cost(x, B(x.years), -1n)),
      noResale: (x) => pick(cost(x, B(x.years), 0n)),
      cheapestPrice: (x) => pick(cost(x, 0n, 0n), cost(x, B(x.years), -1n)),
      oneYear: (x) => pick(cost(x, 1n, -1n)),
      resaleAdded: (x) => pick(cost(x, B(x.years), 1n)),
      winnerPriceOnly: (x) => {
        const k = argMin(cost(x, B(x.years), -1n))
        return say(k, B(x[`p${k}`]))
      },
    }
  })(),
  'energy-cost-over-life': (() => {
    // kWh in tenths: draw × hours, over days and years, at a tariff in cents per kWh.
    const cost = (x: In, run: bigint, idle: bigint, days: bigint, years: bigint) => {
      const h = B(x.hours)
      return div((run * h + idle * (24n - h)) * days * B(x.tariff) * years, 10n)
    }
    return {
      key: (x) => cost(x, B(x.kw), B(x.standby), B(x.days), B(x.years)),
      noStandby: (x) => cost(x, B(x.kw), 0n, B(x.days), B(x.years)),
      standbyAtFull: (x) => cost(x, B(x.kw), B(x.kw), B(x.days), B(x.years)),
      everyDay: (x) => cost(x, B(x.kw), B(x.standby), 365n, B(x.years)),
      oneYear: (x) => cost(x, B(x.kw), B(x.standby), B(x.days), 1n),
      standbyOnDaysOff: (x) =>
        cost(x, B(x.kw), B(x.standby), B(x.days), B(x.years)) +
        div(B(x.standby) * 24n * (365n - B(x.days)) * B(x.tariff) * B(x.years), 10n),
    }
  })(),
  'discounted-life-cycle-cost': (() => {
    const pv = (x: In, f: bigint) => div(B(x.running) * f, 1000n)
    const fs = (x: In) => [B(x.f1), B(x.f2), B(x.f3)]
    return {
      key: (x) => B(x.price) + sum(fs(x).map((f) => pv(x, f))),
      undiscounted: (x) => B(x.price) + 3n * B(x.running),
      discountsPrice: (x) => div(B(x.price) * B(x.f1), 1000n) + sum(fs(x).map((f) => pv(x, f))),
      firstFactorOnly: (x) => B(x.price) + 3n * pv(x, B(x.f1)),
      runningOnly: (x) => sum(fs(x).map((f) => pv(x, f))),
      lastFactorOnly: (x) => B(x.price) + 3n * pv(x, B(x.f3)),
      shiftedYear: (x) => B(x.price) + B(x.running) + pv(x, B(x.f1)) + pv(x, B(x.f2)),
    }
  })(),
}

const orders: Record<string, Twins> = {
  'order-quantity-pack-and-minimum': (() => {
    const packs = (u: bigint, s: bigint) => ceil(u, s) * s
    return {
      key: (x) => packs(max(B(x.need), B(x.minimum)), B(x.size)),
      needOnly: (x) => packs(B(x.need), B(x.size)),
      exactMinimum: (x) => B(x.minimum),
      roundedDown: (x) => (B(x.minimum) / B(x.size)) * B(x.size),
      minimumAsPacks: (x) => B(x.minimum) * B(x.size),
      needPlusMinimum: (x) => packs(B(x.need) + B(x.minimum), B(x.size)),
    }
  })(),
  'all-units-price-break-total': {
    key: (x) => B(x.q) * B(x.p2),
    incremental: (x) => (B(x.b1) - 1n) * B(x.p1) + (B(x.q) - B(x.b1) + 1n) * B(x.p2),
    listPrice: (x) => B(x.q) * B(x.p1),
    topTier: (x) => B(x.q) * B(x.p3),
    breakQuantity: (x) => B(x.b1) * B(x.p2),
    averagePrice: (x) => div(B(x.q) * (B(x.p1) + B(x.p2)), 2n),
  },
  'buy-up-to-the-price-break': {
    key: (x) => min(B(x.q) * B(x.p1), B(x.brk) * B(x.p2)),
    exactNeed: (x) => B(x.q) * B(x.p1),
    needAtBreakPrice: (x) => B(x.q) * B(x.p2),
    breakAtHigherPrice: (x) => B(x.brk) * B(x.p1),
    saving: (x) => {
      const d = B(x.q) * B(x.p1) - B(x.brk) * B(x.p2)
      return d < 0n ? -d : d
    },
    extraUnitsOnly: (x) => (B(x.brk) - B(x.q)) * B(x.p2),
  },
  'over-delivery-tolerance-returns': (() => {
    const allowed = (x: In) => B(x.ordered) + (B(x.ordered) * B(x.tol)) / 100n
    return {
      key: (x) => B(x.delivered) - allowed(x),
      allOver: (x) => B(x.delivered) - B(x.ordered),
      toleranceUnits: (x) => (B(x.ordered) * B(x.tol)) / 100n,
      wholeDelivery: (x) => B(x.delivered),
      acceptsAll: () => 0n,
      toleranceOnExcess: (x) => {
        const excess = B(x.delivered) - B(x.ordered)
        return excess - (excess * B(x.tol)) / 100n
      },
    }
  })(),
  'back-order-after-rejections': {
    key: (x) => B(x.ordered) - B(x.d1) - B(x.d2) + B(x.r1) + B(x.r2),
    ignoresReturns: (x) => B(x.ordered) - B(x.d1) - B(x.d2),
    returnsOnly: (x) => B(x.r1) + B(x.r2),
    lastDeliveryOnly: (x) => B(x.ordered) - B(x.d2) + B(x.r2),
    returnsDoubled: (x) => B(x.ordered) - B(x.d1) - B(x.d2) + 2n * (B(x.r1) + B(x.r2)),
    accepted: (x) => B(x.d1) + B(x.d2) - B(x.r1) - B(x.r2),
  },
  'open-commitment-on-a-po': {
    key: (x) => (B(x.ordered) - B(x.received)) * B(x.price),
    notInvoiced: (x) => (B(x.ordered) - B(x.invoiced)) * B(x.price),
    receivedAndInvoiced: (x) => (B(x.ordered) - B(x.received) - B(x.invoiced)) * B(x.price),
    receivedValue: (x) => B(x.received) * B(x.price),
    wholeOrder: (x) => B(x.ordered) * B(x.price),
    receivedNotInvoiced: (x) => (B(x.received) - B(x.invoiced)) * B(x.price),
  },
  'cancellation-charge-by-notice': (() => {
    const rate = (x: In) =>
      Number(x.notice) >= Number(x.free)
        ? 0n
        : Number(x.notice) >= Number(x.late)
          ? B(x.mid)
          : B(x.high)
    const other = (x: In) => (rate(x) === B(x.mid) ? B(x.high) : B(x.mid))
    return {
      key: (x) => div(B(x.value) * rate(x), 100n),
      otherBand: (x) => div(B(x.value) * other(x), 100n),
      remainder: (x) => B(x.value) - div(B(x.value) * rate(x), 100n),
      bothBands: (x) => div(B(x.value) * (B(x.mid) + B(x.high)), 100n),
      noCharge: () => 0n,
      fullValue: (x) => B(x.value),
    }
  })(),
  'mrp-net-requirement': (() => {
    const lots = (x: In, n: bigint) => ceil(max(0n, n), B(x.lot)) * B(x.lot)
    const net = (x: In) => B(x.gross) + B(x.safety) - B(x.onHand) - B(x.scheduled)
    return {
      key: (x) => lots(x, net(x)),
      noSafety: (x) => lots(x, net(x) - B(x.safety)),
      noScheduled: (x) => lots(x, net(x) + B(x.scheduled)),
      safetySubtracted: (x) => lots(x, net(x) - 2n * B(x.safety)),
      grossInLots: (x) => lots(x, B(x.gross)),
      roundedDown: (x) => (max(0n, net(x)) / B(x.lot)) * B(x.lot),
      unrounded: (x) => net(x),
      safetyOnTop: (x) => lots(x, net(x)) + B(x.safety),
    }
  })(),
}

const contracts: Record<string, Twins> = {
  'liquidated-damages-complete-weeks-capped': (() => {
    const weekly = (x: In) => div(B(x.value) * B(x.rate), 10_000n)
    const capped = (x: In, v: bigint) => min(v, div(B(x.value) * B(x.cap), 10_000n))
    const days = (x: In) => B(x.days)
    return {
      key: (x) => capped(x, (days(x) / 7n) * weekly(x)),
      partWeeks: (x) => capped(x, ceil(days(x), 7n) * weekly(x)),
      noCap: (x) => (days(x) / 7n) * weekly(x),
      capAlways: (x) => div(B(x.value) * B(x.cap), 10_000n),
      perDay: (x) => capped(x, days(x) * div(weekly(x), 7n)),
      workingWeeks: (x) => capped(x, (days(x) / 5n) * weekly(x)),
      oneWeek: (x) => weekly(x),
    }
  })(),
  'delay-damages-after-grace-period': (() => {
    const late = (x: In) => BigInt(dayNumber(String(x.done)) - dayNumber(String(x.due)))
    return {
      key: (x) => (late(x) - B(x.grace)) * B(x.perDay),
      noGrace: (x) => late(x) * B(x.perDay),
      workingDays: (x) => (weekdays(String(x.due), String(x.done)) - B(x.grace)) * B(x.perDay),
      graceAsWeeks: (x) => (late(x) - 7n * B(x.grace)) * B(x.perDay),
      weeksOnly: (x) => ((late(x) - B(x.grace)) / 7n) * B(x.perDay),
      graceAdded: (x) => (late(x) + B(x.grace)) * B(x.perDay),
      graceOnly: (x) => B(x.grace) * B(x.perDay),
    }
  })(),
  'index-linked-price-adjustment': (() => {
    const adj = (x: In, f: bigint) =>
      div(B(x.base) * (f * B(x.i0) + (100n - f) * B(x.i1)), 100n * B(x.i0))
    return {
      key: (x) => adj(x, B(x.fixed)),
      fullIndex: (x) => div(B(x.base) * B(x.i1), B(x.i0)),
      pointsAsPercent: (x) =>
        B(x.base) + div(B(x.base) * (100n - B(x.fixed)) * (B(x.i1) - B(x.i0)), 100_000n),
      swappedShares: (x) => adj(x, 100n - B(x.fixed)),
      variableOnly: (x) => div(B(x.base) * (100n - B(x.fixed)) * B(x.i1), 100n * B(x.i0)),
      inverted: (x) =>
        div(B(x.base) * (B(x.fixed) * B(x.i1) + (100n - B(x.fixed)) * B(x.i0)), 100n * B(x.i1)),
      fixedOnRise: (x) =>
        div(B(x.base) * (100n * B(x.i0) + B(x.fixed) * (B(x.i1) - B(x.i0))), 100n * B(x.i0)),
    }
  })(),
  'price-adjustment-beyond-threshold': {
    key: (x) => B(x.base) + div(B(x.base) * (B(x.rise) - B(x.band)), 100n),
    fullRise: (x) => B(x.base) + div(B(x.base) * B(x.rise), 100n),
    bandOnly: (x) => B(x.base) + div(B(x.base) * B(x.band), 100n),
    noChange: (x) => B(x.base),
    doubleBand: (x) => B(x.base) + div(B(x.base) * max(0n, B(x.rise) - 2n * B(x.band)), 100n),
    riseAndBand: (x) => B(x.base) + div(B(x.base) * (B(x.rise) + B(x.band)), 100n),
    increaseOnly: (x) => div(B(x.base) * (B(x.rise) - B(x.band)), 100n),
  },
  'interim-payment-less-retention': (() => {
    const held = (x: In, g: bigint) => div(g * B(x.r), 100n)
    return {
      key: (x) => B(x.now) - held(x, B(x.now)) - (B(x.prior) - held(x, B(x.prior))),
      noRetention: (x) => B(x.now) - B(x.prior),
      cumulativeNet: (x) => B(x.now) - held(x, B(x.now)),
      retentionOnly: (x) => held(x, B(x.now)) - held(x, B(x.prior)),
      grossPriorDeducted: (x) => B(x.now) - held(x, B(x.now)) - B(x.prior),
      doubleRetention: (x) =>
        B(x.now) - B(x.prior) - 2n * (held(x, B(x.now)) - held(x, B(x.prior))),
      allRetentionAgain: (x) => B(x.now) - B(x.prior) - held(x, B(x.now)),
    }
  })(),
  'service-credit-by-availability': (() => {
    // The stem's bands, best first: availability floor in hundredths of a percent, credit %.
    const BANDS: readonly (readonly [number, bigint])[] = [
      [9950, 0n],
      [9900, 5n],
      [9800, 10n],
      [0, 20n],
    ]
    const band = (x: In) => BANDS.findIndex(([floor]) => Number(x.avail) >= floor)
    const at = (x: In, j: number) => div(B(x.fee) * BANDS[Math.max(0, Math.min(3, j))]![1], 100n)
    return {
      key: (x) => at(x, band(x)),
      bandAbove: (x) => at(x, band(x) - 1),
      bandBelow: (x) => at(x, band(x) + 1),
      shortfall: (x) => div(B(x.fee) * (9950n - B(x.avail)), 10_000n),
      annual: (x) => 12n * at(x, band(x)),
      cumulative: (x) => div(B(x.fee) * sum(BANDS.slice(1, band(x) + 1).map(([, c]) => c)), 100n),
      wholeFee: (x) => B(x.fee),
    }
  })(),
  'incoterms-landed-cost-of-a-quote': {
    key: (x) => delivered(x, String(x.rule)),
    ...Object.fromEntries(INCOTERMS_RULES.map((r) => [`as${r}`, (x: In) => delivered(x, r)])),
    priceOnly: (x) => B(x.price),
  },
}

const cost: Record<string, Twins> = {
  'should-cost-build-up': (() => {
    const build = (x: In, labour: bigint, oh: bigint, profit: bigint, ohOnMaterial = false) => {
      const base = ohOnMaterial ? B(x.material) + labour : labour
      const c = B(x.material) + labour + div(base * oh, 100n)
      return c + div(c * profit, 100n)
    }
    const labour = (x: In) => div(B(x.minutes) * B(x.rate), 60n)
    return {
      key: (x) => build(x, labour(x), B(x.overhead), B(x.profit)),
      overheadOnAll: (x) => build(x, labour(x), B(x.overhead), B(x.profit), true),
      noOverhead: (x) => build(x, labour(x), 0n, B(x.profit)),
      noProfit: (x) => build(x, labour(x), B(x.overhead), 0n),
      margin: (x) => div(build(x, labour(x), B(x.overhead), 0n) * 100n, 100n - B(x.profit)),
      ratePerMinute: (x) => build(x, B(x.minutes) * B(x.rate), B(x.overhead), B(x.profit)),
      profitOnMaterial: (x) =>
        build(x, labour(x), B(x.overhead), 0n) + div(B(x.material) * B(x.profit), 100n),
    }
  })(),
  'justified-price-increase-from-cost-breakdown': (() => {
    const up = (x: In, basisPoints: bigint) => B(x.price) + div(B(x.price) * basisPoints, 10_000n)
    return {
      key: (x) => up(x, B(x.mat) * B(x.dm) + B(x.lab) * B(x.dl)),
      materialRiseOnPrice: (x) => up(x, 100n * B(x.dm)),
      bothRisesOnPrice: (x) => up(x, 100n * (B(x.dm) + B(x.dl))),
      materialOnly: (x) => up(x, B(x.mat) * B(x.dm)),
      averageRise: (x) => up(x, 50n * (B(x.dm) + B(x.dl))),
      swappedShares: (x) => up(x, B(x.lab) * B(x.dm) + B(x.mat) * B(x.dl)),
      labourOnly: (x) => up(x, B(x.lab) * B(x.dl)),
    }
  })(),
  'learning-curve-unit-hours': (() => {
    const after = (x: In, rate: bigint, doublings: bigint) =>
      div(B(x.first) * 100n * rate ** doublings, 100n ** doublings)
    return {
      key: (x) => after(x, B(x.rate), B(x.k)),
      oneDoubling: (x) => after(x, B(x.rate), 1n),
      doublingsLessOne: (x) => after(x, B(x.rate), B(x.k) - 1n),
      linear: (x) => div(B(x.first) * 100n * (100n - B(x.k) * (100n - B(x.rate))), 100n),
      perUnit: (x) => after(x, B(x.rate), 2n ** B(x.k) - 1n),
      improvement: (x) => after(x, 100n - B(x.rate), B(x.k)),
      firstUnit: (x) => B(x.first) * 100n,
    }
  })(),
  'make-or-buy-break-even': (() => {
    const gap = (x: In) => B(x.buy) - B(x.variable)
    return {
      key: (x) => ceil(B(x.fixed), gap(x)),
      overBuyPrice: (x) => ceil(B(x.fixed), B(x.buy)),
      overMakeCost: (x) => ceil(B(x.fixed), B(x.variable)),
      overSum: (x) => ceil(B(x.fixed), B(x.buy) + B(x.variable)),
      roundedDown: (x) => B(x.fixed) / gap(x),
      twoYears: (x) => ceil(2n * B(x.fixed), gap(x)),
    }
  })(),
  'tooling-spread-over-volume': (() => {
    const life = (x: In) => B(x.perYear) * B(x.years)
    return {
      key: (x) => B(x.piece) + div(B(x.tooling), life(x)),
      oneYear: (x) => B(x.piece) + div(B(x.tooling), B(x.perYear)),
      ignoresTooling: (x) => B(x.piece),
      perYear: (x) => B(x.piece) + div(B(x.tooling), B(x.years)),
      toolingPerPiece: (x) => div(B(x.tooling), life(x)),
      halfVolume: (x) => B(x.piece) + div(B(x.tooling), div(life(x), 2n)),
    }
  })(),
  'target-cost-incentive-fee': (() => {
    const under = (x: In) => B(x.target) - B(x.actual)
    const seller = (x: In) => 100n - B(x.buyerShare)
    return {
      key: (x) => B(x.actual) + B(x.fee) + div(under(x) * seller(x), 100n),
      buyerShareUsed: (x) => B(x.actual) + B(x.fee) + div(under(x) * B(x.buyerShare), 100n),
      targetPrice: (x) => B(x.target) + B(x.fee),
      costPlusFee: (x) => B(x.actual) + B(x.fee),
      signReversed: (x) => B(x.actual) + B(x.fee) - div(under(x) * seller(x), 100n),
      feeOnly: (x) => B(x.fee) + div(under(x) * seller(x), 100n),
    }
  })(),
  'retrospective-volume-rebate': {
    key: (x) => div(B(x.spend) * B(x.r1), 100n),
    incremental: (x) => div((B(x.spend) - B(x.t1) * 100n) * B(x.r1), 100n),
    higherRate: (x) => div(B(x.spend) * B(x.r2), 100n),
    ratesAdded: (x) => div(B(x.spend) * (B(x.r1) + B(x.r2)), 100n),
    thresholdOnly: (x) => B(x.t1) * B(x.r1),
    topUpToNextTier: (x) => B(x.t2) * B(x.r2),
  },
}

const savings: Record<string, Twins> = {
  'defect-rate-in-ppm': {
    key: (x) => div(B(x.rejected) * 1_000_000n, B(x.received)),
    perSample: (x) => div(B(x.rejected) * 1_000_000n, B(x.sample)),
    perOrdered: (x) => div(B(x.rejected) * 1_000_000n, B(x.ordered)),
    perLastMonth: (x) => div(B(x.rejected) * 1_000_000n, B(x.lastMonth)),
    perHundredThousand: (x) => div(B(x.rejected) * 100_000n, B(x.received)),
    perTenThousand: (x) => div(B(x.rejected) * 10_000n, B(x.received)),
    percentAsPpm: (x) => div(B(x.rejected) * 10_000_000n, B(x.received)),
  },
  'savings-net-of-switching-cost': {
    key: (x) => (B(x.old) - B(x.neu)) * B(x.forecast) - B(x.switching),
    gross: (x) => (B(x.old) - B(x.neu)) * B(x.forecast),
    lastYearVolume: (x) => (B(x.old) - B(x.neu)) * B(x.lastYear) - B(x.switching),
    newSpend: (x) => B(x.neu) * B(x.forecast) - B(x.switching),
    switchingTwice: (x) => (B(x.old) - B(x.neu)) * B(x.forecast) - 2n * B(x.switching),
    switchingAdded: (x) => (B(x.old) - B(x.neu)) * B(x.forecast) + B(x.switching),
  },
  'cost-avoidance-on-a-price-increase': (() => {
    const rise = (x: In, p: bigint) => div(B(x.price) * p, 100n)
    return {
      key: (x) => (rise(x, B(x.asked)) - rise(x, B(x.agreed))) * B(x.volume),
      agreedIncrease: (x) => rise(x, B(x.agreed)) * B(x.volume),
      askedIncrease: (x) => rise(x, B(x.asked)) * B(x.volume),
      onNewPrice: (x) =>
        (div((B(x.price) + rise(x, B(x.agreed))) * B(x.asked), 100n) - rise(x, B(x.agreed))) *
        B(x.volume),
      perUnit: (x) => rise(x, B(x.asked)) - rise(x, B(x.agreed)),
      askedPlusAgreed: (x) => (rise(x, B(x.asked)) + rise(x, B(x.agreed))) * B(x.volume),
    }
  })(),
  'pareto-suppliers-for-80-percent': (() => {
    const listed = (x: In) => Object.values(x).map(B)
    const total = (x: In) => sum(listed(x))
    const reach = (x: In, order: bigint[], pct: bigint) => {
      let run = 0n
      for (const [k, s] of order.entries()) {
        run += s
        if (run * 100n >= total(x) * pct) return k + 1
      }
      return order.length
    }
    const largestFirst = (x: In) => [...listed(x)].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    const say = (n: number) => `${n} supplier${n === 1 ? '' : 's'}`
    return {
      key: (x) => say(reach(x, largestFirst(x), 80n)),
      listedOrder: (x) => say(reach(x, listed(x), 80n)),
      twentyPercent: (x) => say(Math.ceil(listed(x).length * 0.2)),
      stopsBelow: (x) => say(reach(x, largestFirst(x), 80n) - 1),
      smallestFirst: (x) => say(reach(x, largestFirst(x).reverse(), 80n)),
      halfSpend: (x) => say(reach(x, largestFirst(x), 50n)),
    }
  })(),
  'supplier-share-of-category': {
    key: (x) => div(B(x.withSupplier) * 10_000n, B(x.category)),
    ofTotal: (x) => div(B(x.withSupplier) * 10_000n, B(x.total)),
    ofOthers: (x) => div(B(x.withSupplier) * 10_000n, B(x.category) - B(x.withSupplier)),
    categoryOfTotal: (x) => div(B(x.category) * 10_000n, B(x.total)),
    countedTwice: (x) => div(B(x.withSupplier) * 10_000n, B(x.category) + B(x.withSupplier)),
    othersShare: (x) => 10_000n - div(B(x.withSupplier) * 10_000n, B(x.category)),
  },
  'off-contract-spend-share': (() => {
    const addressable = (x: In) => B(x.onContract) + B(x.off)
    return {
      key: (x) => div(B(x.off) * 10_000n, addressable(x)),
      ofContracted: (x) => div(B(x.off) * 10_000n, B(x.onContract)),
      withNonAddressable: (x) => div(B(x.off) * 10_000n, addressable(x) + B(x.excluded)),
      onContractShare: (x) => div(B(x.onContract) * 10_000n, addressable(x)),
      nonAddressableCounted: (x) =>
        div((B(x.off) + B(x.excluded)) * 10_000n, addressable(x) + B(x.excluded)),
    }
  })(),
  'purchase-price-variance': (() => {
    const say = (v: bigint) => `${hundredths(v < 0n ? -v : v)} ${v > 0n ? 'adverse' : 'favourable'}`
    const diff = (x: In) => B(x.actual) - B(x.standard)
    return {
      key: (x) => say(diff(x) * B(x.qty)),
      signReversed: (x) => say(-diff(x) * B(x.qty)),
      budgetQuantity: (x) => say(diff(x) * B(x.budgetQty)),
      perUnit: (x) => say(diff(x)),
      quantityVariance: (x) => say((B(x.qty) - B(x.budgetQty)) * B(x.standard)),
      budgetSignReversed: (x) => say(-diff(x) * B(x.budgetQty)),
      perUnitSignReversed: (x) => say(-diff(x)),
    }
  })(),
  'e-auction-saving-against-baseline': {
    key: (x) => div((B(x.baseline) - B(x.winning)) * 10_000n, B(x.baseline)),
    againstOpening: (x) => div((B(x.opening) - B(x.winning)) * 10_000n, B(x.opening)),
    overWinning: (x) => div((B(x.baseline) - B(x.winning)) * 10_000n, B(x.winning)),
    openingOverBaseline: (x) => div((B(x.opening) - B(x.winning)) * 10_000n, B(x.baseline)),
    winningShare: (x) => div(B(x.winning) * 10_000n, B(x.baseline)),
    overOpening: (x) => div((B(x.baseline) - B(x.winning)) * 10_000n, B(x.opening)),
    openingPremium: (x) => div((B(x.opening) - B(x.baseline)) * 10_000n, B(x.baseline)),
    winningOverOpening: (x) => div(B(x.winning) * 10_000n, B(x.opening)),
  },
}

/** Ordinary calendar steps on day numbers, for the RFQ and contract date families. */
function isoOf(day: number): string {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
const NAMES =
  'January February March April May June July August September October November December'.split(' ')
/** A date as the options print it: `3 June 2027`. */
export const spoken = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${NAMES[m - 1]} ${y}`
}
const plusDays = (iso: string, n: number) => isoOf(dayNumber(iso) + n)
function plusMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const months = y * 12 + (m - 1) + n
  const [ny, nm] = [Math.floor(months / 12), (months % 12) + 1]
  const first = dayNumber(`${ny}-${String(nm).padStart(2, '0')}-01`)
  const nextFirst = dayNumber(
    `${Math.floor((months + 1) / 12)}-${String(((months + 1) % 12) + 1).padStart(2, '0')}-01`,
  )
  return isoOf(first + Math.min(d, nextFirst - first) - 1)
}
function plusWorkingDays(iso: string, n: number): string {
  let day = dayNumber(iso)
  for (let left = n; left > 0; ) {
    day++
    const w = (day + 4) % 7
    if (w !== 0 && w !== 6) left--
  }
  return isoOf(day)
}

const rfqBids = (x: In, fields: number) =>
  [0, 1, 2, 3, 4]
    .filter((k) => x[`b${k}`] !== undefined)
    .map((k) => ({ k, f: String(x[`b${k}`]).split('|').map(B).slice(0, fields) }))

const rfq: Record<string, Twins> = {
  'rfq-cheapest-with-setup-and-delivery': (() => {
    const quotes = (x: In) => rfqBids(x, 3)
    const pick = (x: In, rank: (f: bigint[]) => bigint, shown: (f: bigint[]) => bigint) => {
      const best = quotes(x).reduce((a, b) => (rank(b.f) < rank(a.f) ? b : a))
      return `${letter(best.k)}: ${hundredths(shown(best.f))}`
    }
    const total = (x: In) => (f: bigint[]) => B(x.q) * f[0]! + f[1]! + f[2]!
    return {
      key: (x) => pick(x, total(x), total(x)),
      lowestUnitPrice: (x) => pick(x, (f) => f[0]!, total(x)),
      noSetup: (x) =>
        pick(
          x,
          (f) => B(x.q) * f[0]! + f[2]!,
          (f) => B(x.q) * f[0]! + f[2]!,
        ),
      noCarriage: (x) =>
        pick(
          x,
          (f) => B(x.q) * f[0]! + f[1]!,
          (f) => B(x.q) * f[0]! + f[1]!,
        ),
      setupPerUnit: (x) =>
        pick(
          x,
          (f) => B(x.q) * (f[0]! + f[1]!) + f[2]!,
          (f) => B(x.q) * (f[0]! + f[1]!) + f[2]!,
        ),
      winnerGoodsOnly: (x) => pick(x, total(x), (f) => B(x.q) * f[0]!),
    }
  })(),
  'quote-validity-last-day': {
    key: (x) => spoken(plusDays(String(x.issued), Number(x.days))),
    fromReceipt: (x) => spoken(plusDays(String(x.received), Number(x.days))),
    dateAsDayOne: (x) => spoken(plusDays(String(x.issued), Number(x.days) - 1)),
    calendarMonths: (x) => spoken(plusMonths(String(x.issued), Math.round(Number(x.days) / 30))),
    workingDays: (x) => spoken(plusWorkingDays(String(x.issued), Number(x.days))),
  },
  'performance-bond-amount': {
    key: (x) => div(B(x.price) * B(x.pct), 100n),
    includingVat: (x) => div((B(x.price) + div(B(x.price) * B(x.vat), 100n)) * B(x.pct), 100n),
    netOfAdvance: (x) => div((B(x.price) - B(x.advance)) * B(x.pct), 100n),
    plusAdvance: (x) => div(B(x.price) * B(x.pct), 100n) + B(x.advance),
    vatRate: (x) => div(B(x.price) * B(x.vat), 100n),
    bondOfAdvance: (x) => div(B(x.advance) * B(x.pct), 100n),
    bondOfVat: (x) => div(div(B(x.price) * B(x.vat), 100n) * B(x.pct), 100n),
  },
  'moderated-quality-score': (() => {
    const listed = (x: In) => [B(x.l0), B(x.l1), B(x.l2)]
    const pts = (x: In, mark: bigint) => div(mark * B(x.weight) * 100n, 5n)
    return {
      key: (x) => pts(x, ascending(listed(x))[1]!),
      mean: (x) => div(sum(listed(x)) * B(x.weight) * 100n, 15n),
      highest: (x) => pts(x, max(...listed(x))),
      lowest: (x) => pts(x, min(...listed(x))),
      middleListed: (x) => pts(x, B(x.l1)),
      outOf10: (x) => div(ascending(listed(x))[1]! * B(x.weight) * 100n, 10n),
      markAsPercent: (x) => (ascending(listed(x))[1]! * 10_000n) / 5n,
    }
  })(),
  'quality-threshold-before-price': (() => {
    const bids = (x: In) => rfqBids(x, 2).map(({ k, f }) => ({ k, price: f[0]!, quality: f[1]! }))
    const asked = (x: In) => bids(x).find((b) => b.k === Number(x.asked))!.price
    const lowest = (x: In, all: boolean) =>
      min(
        ...bids(x)
          .filter((b) => all || b.quality >= B(x.threshold))
          .map((b) => b.price),
      )
    return {
      key: (x) => ratio(B(x.w), lowest(x, false), asked(x)),
      includesFailed: (x) => ratio(B(x.w), lowest(x, true), asked(x)),
      unweighted: (x) => ratio(100n, lowest(x, false), asked(x)),
      qualityWeight: (x) => ratio(B(x.q), lowest(x, false), asked(x)),
      linear: (x) => linear(B(x.w), lowest(x, false), asked(x)),
      pointsLost: (x) => B(x.w) * 100n - ratio(B(x.w), lowest(x, false), asked(x)),
      averageBase: (x) => {
        const going = bids(x).filter((b) => b.quality >= B(x.threshold))
        return ratio(B(x.w), div(sum(going.map((b) => b.price)), BigInt(going.length)), asked(x))
      },
    }
  })(),
}

const poValue: Record<string, Twins> = {
  'incremental-price-schedule-total': (() => {
    // Units in each band: [1, b1), [b1, b2), [b2, q].
    const bands = (x: In, shift: bigint) => {
      const [b1, b2, q] = [B(x.b1), B(x.b2), B(x.q)]
      return [b1 - 1n + shift, b2 - b1, q - b2 + 1n - shift]
    }
    const prices = (x: In) => [B(x.p1), B(x.p2), B(x.p3)]
    const priced = (x: In, shift: bigint) => sum(bands(x, shift).map((n, j) => n * prices(x)[j]!))
    return {
      key: (x) => priced(x, 0n),
      allUnits: (x) => B(x.q) * B(x.p3),
      listPrice: (x) => B(x.q) * B(x.p1),
      bandWidthsFromZero: (x) => priced(x, 1n),
      twoBands: (x) => (B(x.b1) - 1n) * B(x.p1) + (B(x.q) - B(x.b1) + 1n) * B(x.p2),
      averageOfBands: (x) => div(B(x.q) * sum(prices(x)), 3n),
    }
  })(),
  'po-total-trade-discount-then-vat': (() => {
    const value = (x: In) => B(x.qty) * B(x.list)
    const less = (x: In) => value(x) - div(value(x) * B(x.disc), 100n)
    const withVat = (x: In, v: bigint) => v + div(v * B(x.vat), 100n)
    return {
      key: (x) => withVat(x, less(x)),
      noDiscount: (x) => withVat(x, value(x)),
      vatOnList: (x) => less(x) + div(value(x) * B(x.vat), 100n),
      netOnly: (x) => less(x),
      discountAdded: (x) => withVat(x, value(x) + div(value(x) * B(x.disc), 100n)),
      vatFraction: (x) => less(x) + div(less(x) * B(x.vat), 100n + B(x.vat)),
    }
  })(),
  'consignment-stock-usage-invoice': (() => {
    const drawn = (x: In) => B(x.opening) + B(x.delivered) - B(x.closing)
    return {
      key: (x) => drawn(x) * B(x.price),
      delivered: (x) => B(x.delivered) * B(x.price),
      closingStock: (x) => B(x.closing) * B(x.price),
      scrapDeducted: (x) => (drawn(x) - B(x.scrapped)) * B(x.price),
      noOpening: (x) => (B(x.delivered) - B(x.closing)) * B(x.price),
      openingPlusDelivered: (x) => (B(x.opening) + B(x.delivered)) * B(x.price),
    }
  })(),
  'top-up-to-minimum-order-value': {
    key: (x) => ceil(B(x.mov), B(x.price)),
    need: (x) => B(x.need),
    roundedDown: (x) => B(x.mov) / B(x.price),
    extraOnly: (x) => ceil(B(x.mov), B(x.price)) - B(x.need),
    needPlusMinimum: (x) => B(x.need) + ceil(B(x.mov), B(x.price)),
    minimumAsUnits: (x) => div(B(x.mov), 100n),
  },
  'carriage-waived-above-threshold': (() => {
    const withVat = (x: In, v: bigint) => v + div(v * B(x.vat), 100n)
    const goods = (x: In) => B(x.goodsValue)
    return {
      key: (x) => withVat(x, goods(x) + (goods(x) < B(x.threshold) ? B(x.carriage) : 0n)),
      carriageFree: (x) => withVat(x, goods(x)),
      carriageNoVat: (x) => withVat(x, goods(x)) + B(x.carriage),
      noVat: (x) => goods(x) + B(x.carriage),
      thresholdValue: (x) => withVat(x, B(x.threshold)),
      carriageTwice: (x) => withVat(x, goods(x) + 2n * B(x.carriage)),
    }
  })(),
}

/** The last day of the month of `iso`, on day numbers. */
const monthEnd = (iso: string) => plusDays(plusMonths(`${iso.slice(0, 8)}01`, 1), -1)

const clauses: Record<string, Twins> = {
  'contract-value-with-extension-options': {
    key: (x) => B(x.annual) * (B(x.term) + B(x.options)),
    initialTermOnly: (x) => B(x.annual) * B(x.term),
    withVat: (x) => {
      const v = B(x.annual) * (B(x.term) + B(x.options))
      return v + div(v * B(x.vat), 100n)
    },
    oneOption: (x) => B(x.annual) * (B(x.term) + 1n),
    annualOnly: (x) => B(x.annual),
    optionsMultiplied: (x) => B(x.annual) * B(x.term) * (1n + B(x.options)),
  },
  'damages-on-the-late-portion-only': (() => {
    const weekly = (x: In, v: bigint) => div(v * B(x.rate), 10_000n)
    const capOf = (x: In, v: bigint) => div(v * B(x.cap), 10_000n)
    const lateValue = (x: In) => B(x.latePart)
    return {
      key: (x) => min(B(x.weeks) * weekly(x, lateValue(x)), capOf(x, lateValue(x))),
      wholeOrder: (x) => min(B(x.weeks) * weekly(x, B(x.value)), capOf(x, B(x.value))),
      onTimePart: (x) =>
        min(B(x.weeks) * weekly(x, B(x.value) - lateValue(x)), capOf(x, B(x.value) - lateValue(x))),
      oneWeek: (x) => weekly(x, lateValue(x)),
      capAlways: (x) => capOf(x, lateValue(x)),
      rateAsWhole: (x) =>
        min(B(x.weeks) * div(lateValue(x) * B(x.rate), 100n), capOf(x, lateValue(x))),
    }
  })(),
  'exchange-rate-band-shared': (() => {
    const home = (x: In, rate: bigint) => div(B(x.price) * rate, 1000n)
    // The edge of the band at the exact rate base × (100 + band) ÷ 100, unrounded.
    const atEdge = (x: In) => div(B(x.price) * B(x.base) * (100n + B(x.band)), 100_000n)
    const beyond = (x: In) =>
      div(B(x.price) * (B(x.rateNow) * 100n - B(x.base) * (100n + B(x.band))), 200_000n)
    return {
      key: (x) => home(x, B(x.base)) + beyond(x),
      spotRate: (x) => home(x, B(x.rateNow)),
      baseRate: (x) => home(x, B(x.base)),
      wholeMoveShared: (x) =>
        home(x, B(x.base)) + div(home(x, B(x.rateNow)) - home(x, B(x.base)), 2n),
      bandEdge: (x) => atEdge(x),
      buyerBearsBand: (x) => atEdge(x) + beyond(x),
    }
  })(),
  'payment-due-from-valid-invoice': {
    key: (x) => spoken(plusDays(String(x.corrected), Number(x.days))),
    firstReceipt: (x) => spoken(plusDays(String(x.received), Number(x.days))),
    invoiceDate: (x) => spoken(plusDays(String(x.invoiceDate), Number(x.days))),
    receiptAsDayOne: (x) => spoken(plusDays(String(x.corrected), Number(x.days) - 1)),
    monthEnd: (x) => spoken(monthEnd(plusDays(String(x.corrected), Number(x.days)))),
  },
  'warranty-ends-whichever-first': (() => {
    const ends = (x: In) => [
      plusMonths(String(x.installed), Number(x.fromInstall)),
      plusMonths(String(x.delivered), Number(x.fromDelivery)),
    ]
    const byDay = (x: In) => ends(x).sort((a, b) => dayNumber(a) - dayNumber(b))
    return {
      key: (x) => spoken(byDay(x)[0]!),
      whicheverLater: (x) => spoken(byDay(x)[1]!),
      installPlusLonger: (x) => spoken(plusMonths(String(x.installed), Number(x.fromDelivery))),
      deliveryPlusShorter: (x) => spoken(plusMonths(String(x.delivered), Number(x.fromInstall))),
      addsBoth: (x) =>
        spoken(plusMonths(String(x.delivered), Number(x.fromInstall) + Number(x.fromDelivery))),
    }
  })(),
}

const rates: Record<string, Twins> = {
  'incremental-volume-rebate': (() => {
    const [u1, u2] = [(x: In) => B(x.t1) * 100n, (x: In) => B(x.t2) * 100n]
    const band = (from: bigint, to: bigint, rate: bigint) => div((to - from) * rate, 100n)
    return {
      key: (x) => band(u1(x), u2(x), B(x.r1)) + band(u2(x), B(x.spend), B(x.r2)),
      retrospective: (x) => band(0n, B(x.spend), B(x.r2)),
      firstBandFromZero: (x) => band(0n, u2(x), B(x.r1)) + band(u2(x), B(x.spend), B(x.r2)),
      topBandOnly: (x) => band(u2(x), B(x.spend), B(x.r2)),
      lowerRateThroughout: (x) => band(u1(x), B(x.spend), B(x.r1)),
      ratesAddedOnTop: (x) =>
        band(u2(x), B(x.spend), B(x.r1) + B(x.r2)) + band(u1(x), u2(x), B(x.r1)),
    }
  })(),
  'cost-plus-fixed-fee-payment': (() => {
    const fee = (x: In) => div(B(x.estimate) * B(x.feePct), 100n)
    return {
      key: (x) => B(x.actual) + fee(x),
      feeOnActual: (x) => B(x.actual) + div(B(x.actual) * B(x.feePct), 100n),
      estimatePlusFee: (x) => B(x.estimate) + fee(x),
      feeOnly: (x) => fee(x),
      costOnly: (x) => B(x.actual),
      feeTwice: (x) => B(x.actual) + 2n * fee(x),
      differenceShared: (x) => B(x.actual) + fee(x) - div(B(x.actual) - B(x.estimate), 2n),
    }
  })(),
  'material-cost-with-yield-and-scrap-credit': (() => {
    // Input = net ÷ yield; offcut = input − net; cost = input × price − offcut × credit, per kg.
    const costed = (x: In, inputG: [bigint, bigint], offcutG: [bigint, bigint], kg = 1000n) => {
      const [ni, di] = inputG
      const [no, dO] = offcutG
      return div(ni * dO * B(x.price) - no * di * B(x.credit), di * dO * kg)
    }
    const net = (x: In) => B(x.net)
    const y = (x: In) => B(x.yieldPct)
    return {
      key: (x) => costed(x, [net(x) * 100n, y(x)], [net(x) * (100n - y(x)), y(x)]),
      finishedWeightOnly: (x) => costed(x, [net(x), 1n], [0n, 1n]),
      scrapAdded: (x) => costed(x, [net(x) * 100n, y(x)], [-net(x) * (100n - y(x)), y(x)]),
      noCredit: (x) => costed(x, [net(x) * 100n, y(x)], [0n, 1n]),
      lossAsMarkUp: (x) =>
        costed(x, [net(x) * (200n - y(x)), 100n], [net(x) * (100n - y(x)), 100n]),
      gramsAsKilos: (x) => costed(x, [net(x) * 100n, y(x)], [net(x) * (100n - y(x)), y(x)], 1n),
    }
  })(),
  'price-per-kilogram-of-a-pack': {
    key: (x) => div(B(x.price) * 1000n, B(x.units) * B(x.grams)),
    perPackKg: (x) => div(B(x.price) * 1000n, B(x.grams)),
    perPack: (x) => div(B(x.price), B(x.units)),
    per100g: (x) => div(B(x.price) * 100n, B(x.units) * B(x.grams)),
    perGram: (x) => div(B(x.price), B(x.units) * B(x.grams)),
    perTonne: (x) => div(B(x.price) * 1_000_000n, B(x.units) * B(x.grams)),
    casePrice: (x) => B(x.price),
  },
  'contractor-charge-out-rate': (() => {
    const plus = (v: bigint, pct: bigint) => v + div(v * pct, 100n)
    const loaded = (x: In) => plus(B(x.wage), B(x.onCost))
    const billable = (x: In, cost: bigint) => div(cost * 100n, B(x.util))
    return {
      key: (x) => plus(billable(x, loaded(x)), B(x.margin)),
      noUtilisation: (x) => plus(loaded(x), B(x.margin)),
      utilisationAsMarkUp: (x) => plus(plus(loaded(x), 100n - B(x.util)), B(x.margin)),
      noOnCosts: (x) => plus(billable(x, B(x.wage)), B(x.margin)),
      marginOnPrice: (x) => div(billable(x, loaded(x)) * 100n, 100n - B(x.margin)),
      noMargin: (x) => billable(x, loaded(x)),
      allAdded: (x) => plus(B(x.wage), B(x.onCost) + B(x.margin) + 100n - B(x.util)),
    }
  })(),
}

const spend: Record<string, Twins> = {
  'in-year-saving-from-a-mid-year-start': (() => {
    // Months from the contract's start to the financial year's end, start month included.
    const months = (x: In) => BigInt((Number(x.yearStart) + 12 - Number(x.start)) % 12 || 12)
    return {
      key: (x) => B(x.monthly) * months(x),
      fullYear: (x) => B(x.monthly) * 12n,
      monthsElapsed: (x) => B(x.monthly) * (12n - months(x)),
      calendarYear: (x) => B(x.monthly) * (12n - B(x.start)),
      oneMonthLess: (x) => B(x.monthly) * (months(x) - 1n),
    }
  })(),
  'saving-against-inflation-adjusted-baseline': (() => {
    const indexed = (x: In, p: bigint) => p + div(p * B(x.inflation), 100n)
    return {
      key: (x) => (indexed(x, B(x.old)) - B(x.neu)) * B(x.volume),
      nominal: (x) => (B(x.old) - B(x.neu)) * B(x.volume),
      indexOnly: (x) => (indexed(x, B(x.old)) - B(x.old)) * B(x.volume),
      perUnit: (x) => indexed(x, B(x.old)) - B(x.neu),
      indexOnNew: (x) => (indexed(x, B(x.neu)) - B(x.neu)) * B(x.volume),
      addedRise: (x) => (indexed(x, B(x.old)) - B(x.old) + B(x.neu) - B(x.old)) * B(x.volume),
    }
  })(),
  'client-share-of-supplier-turnover': {
    key: (x) => div(B(x.spend) * 10_000n, B(x.turnover)),
    ofCategory: (x) => div(B(x.spend) * 10_000n, B(x.category)),
    ofOtherTurnover: (x) => div(B(x.spend) * 10_000n, B(x.turnover) - B(x.spend)),
    categoryOfTurnover: (x) => div(B(x.category) * 10_000n, B(x.turnover)),
    restOfTurnover: (x) => 10_000n - div(B(x.spend) * 10_000n, B(x.turnover)),
  },
  'invoice-accuracy-rate': (() => {
    const faulty = (x: In) => B(x.priceErrors) + B(x.qtyErrors) - B(x.both)
    const share = (x: In, n: bigint, d = B(x.invoices)) => div(n * 10_000n, d)
    return {
      key: (x) => share(x, B(x.invoices) - faulty(x)),
      doubleCounted: (x) => share(x, B(x.invoices) - B(x.priceErrors) - B(x.qtyErrors)),
      creditedCleared: (x) => share(x, B(x.invoices) - faulty(x) + B(x.credited)),
      errorRate: (x) => share(x, faulty(x)),
      priceOnly: (x) => share(x, B(x.invoices) - B(x.priceErrors)),
      overFaulty: (x) => share(x, B(x.invoices) - faulty(x), B(x.invoices) + faulty(x)),
    }
  })(),
  'price-above-benchmark-median': (() => {
    const q = (x: In) => ascending([B(x.q0), B(x.q1), B(x.q2), B(x.q3), B(x.q4)])
    const over = (x: In, ref: bigint, base = ref) => div((B(x.ours) - ref) * 10_000n, base)
    return {
      key: (x) => over(x, q(x)[2]!),
      mean: (x) => over(x, div(sum(q(x)), 5n)),
      overOurs: (x) => over(x, q(x)[2]!, B(x.ours)),
      lowestQuote: (x) => over(x, q(x)[0]!),
      highestQuote: (x) => over(x, q(x)[4]!),
      ratio: (x) => div(B(x.ours) * 10_000n, q(x)[2]!),
      ratioToMean: (x) => div(B(x.ours) * 10_000n, div(sum(q(x)), 5n)),
    }
  })(),
  'incoterms-cheaper-of-two-quotes': (() => {
    const extra = (x: In, rule: string) => delivered(x, rule) - B(x.price)
    const at = (x: In, p: bigint, rule: string) => p + extra({ ...x, price: 0 }, rule)
    const say = (x: In, a: bigint, b: bigint) =>
      a === b
        ? 'Neither: they cost the same'
        : a < b
          ? `${x.n1} by ${hundredths(b - a)}`
          : `${x.n2} by ${hundredths(a - b)}`
    const r = (x: In) => [String(x.r1), String(x.r2)] as const
    return {
      key: (x) => say(x, at(x, B(x.p1), r(x)[0]), at(x, B(x.p2), r(x)[1])),
      pricesOnly: (x) => say(x, B(x.p1), B(x.p2)),
      rulesSwapped: (x) => say(x, at(x, B(x.p1), r(x)[1]), at(x, B(x.p2), r(x)[0])),
      buyerCostsAsSellers: (x) =>
        say(
          x,
          B(x.p1) + extra({ ...x, price: 0 }, 'EXW') - extra({ ...x, price: 0 }, r(x)[0]),
          B(x.p2) + extra({ ...x, price: 0 }, 'EXW') - extra({ ...x, price: 0 }, r(x)[1]),
        ),
      costsOnly: (x) =>
        say(x, extra({ ...x, price: 0 }, r(x)[0]), extra({ ...x, price: 0 }, r(x)[1])),
    }
  })(),
}

const more: Record<string, Twins> = {
  'schedule-of-rates-at-evaluation-quantities': (() => {
    const q = (x: In) => [0, 1, 2, 3].map((j) => B(x[`q${j}`]))
    const r = (x: In) => [0, 1, 2, 3].map((j) => B(x[`r${j}`]))
    const priced = (x: In, qs: bigint[]) => sum(qs.map((n, j) => n * r(x)[j]!))
    return {
      key: (x) => priced(x, q(x)),
      ratesSummed: (x) => sum(r(x)),
      averageQuantity: (x) => div(sum(r(x)) * sum(q(x)), 4n),
      dropsEmergency: (x) =>
        priced(
          x,
          q(x).map((n, j) => (j === 2 ? 0n : n)),
        ),
      quantitiesShifted: (x) => priced(x, [...q(x).slice(1), q(x)[0]!]),
      highestRateAll: (x) => max(...r(x)) * sum(q(x)),
    }
  })(),
  'quality-price-ratio': {
    // Quality in hundredths of a point; price in cents, so thousands of pounds = price ÷ 100,000.
    key: (x) => div(B(x.quality) * 100_000n, B(x.price)),
    pricePerPoint: (x) => div(B(x.price) * 100n, B(x.quality) * 1000n),
    yearlyPrice: (x) => div(B(x.quality) * 100_000n * B(x.years), B(x.price)),
    tensOfThousands: (x) => div(B(x.quality) * 1_000_000n, B(x.price)),
    priceInHundreds: (x) => div(B(x.quality) * 10_000n, B(x.price)),
  },
  'whole-life-cost-per-year': (() => {
    const life = (x: In) => B(x.price) + B(x.years) * B(x.running) - B(x.resale)
    return {
      key: (x) => div(life(x), B(x.years)),
      lifeTotal: (x) => life(x),
      priceSpread: (x) => div(B(x.price), B(x.years)) + B(x.running),
      resaleAdded: (x) => div(life(x) + 2n * B(x.resale), B(x.years)),
      runningOnly: (x) => B(x.running),
      yearsPlusOne: (x) => div(life(x), B(x.years) + 1n),
    }
  })(),
  'po-value-after-change-order': (() => {
    const left = (x: In) => B(x.q) - B(x.delivered) - B(x.cut)
    return {
      key: (x) => B(x.delivered) * B(x.price) + left(x) * B(x.newPrice),
      allAtNewPrice: (x) => (B(x.q) - B(x.cut)) * B(x.newPrice),
      noCancellation: (x) =>
        B(x.delivered) * B(x.price) + (B(x.q) - B(x.delivered)) * B(x.newPrice),
      oldPriceThroughout: (x) => (B(x.q) - B(x.cut)) * B(x.price),
      cancelledRepriced: (x) =>
        B(x.delivered) * B(x.price) +
        left(x) * B(x.newPrice) -
        B(x.cut) * (B(x.newPrice) - B(x.price)),
      remainingOnly: (x) => left(x) * B(x.newPrice),
    }
  })(),
  'whole-cartons-for-a-need-in-pieces': {
    key: (x) => ceil(B(x.need), B(x.perBox) * B(x.boxesPerCarton)),
    roundedDown: (x) => B(x.need) / (B(x.perBox) * B(x.boxesPerCarton)),
    boxes: (x) => ceil(B(x.need), B(x.perBox)),
    perBoxOnly: (x) => ceil(B(x.need), B(x.boxesPerCarton)),
    boxesThenCartons: (x) => ceil(ceil(B(x.need), B(x.perBox)), B(x.perBox)),
  },
  'framework-headroom-after-call-offs': (() => {
    const used = (x: In) => B(x.c0) + B(x.c1) + B(x.c2)
    return {
      key: (x) => B(x.ceiling) - used(x) - B(x.pending),
      beforeNewCallOff: (x) => B(x.ceiling) - used(x),
      withVat: (x) =>
        B(x.ceiling) - used(x) - B(x.pending) - div((used(x) + B(x.pending)) * B(x.vat), 100n),
      lastCallOffOnly: (x) => B(x.ceiling) - B(x.c2) - B(x.pending),
      used: (x) => used(x) + B(x.pending),
      pendingTwice: (x) => B(x.ceiling) - used(x) - 2n * B(x.pending),
    }
  })(),
  'price-review-within-cap-and-collar': (() => {
    const up = (x: In, pct: bigint) => B(x.price) + div(B(x.price) * pct, 100n)
    const passed = (x: In) => (B(x.change) < B(x.collar) ? 0n : min(B(x.change), B(x.cap)))
    return {
      key: (x) => up(x, passed(x)),
      fullChange: (x) => up(x, B(x.change)),
      capAlways: (x) => up(x, B(x.cap)),
      collarDeducted: (x) => up(x, min(B(x.change), B(x.cap)) - B(x.collar)),
      noChange: (x) => B(x.price),
      collarOnly: (x) => up(x, B(x.collar)),
      capPlusCollar: (x) => up(x, B(x.cap) + B(x.collar)),
    }
  })(),
  'labour-cost-per-part-from-cycle-time': (() => {
    const cost = (x: In, people: bigint, uplift: bigint, perHour = 3600n) =>
      div(B(x.cycle) * people * B(x.rate) * (100n + uplift), perHour * 100n)
    return {
      key: (x) => cost(x, B(x.crew), B(x.onCost)),
      noOnCost: (x) => cost(x, B(x.crew), 0n),
      oneOperator: (x) => cost(x, 1n, B(x.onCost)),
      onCostTwice: (x) => cost(x, B(x.crew), 2n * B(x.onCost)),
      onCostAsMargin: (x) =>
        div(B(x.cycle) * B(x.crew) * B(x.rate) * 100n, 3600n * (100n - B(x.onCost))),
      perMinute: (x) => cost(x, B(x.crew), B(x.onCost), 60n),
      crewDivided: (x) =>
        div(B(x.cycle) * B(x.rate) * (100n + B(x.onCost)), 3600n * 100n * B(x.crew)),
    }
  })(),
  'overhead-absorbed-per-part': (() => {
    const perHour = (x: In, hours: bigint) => div(B(x.overhead), hours)
    return {
      key: (x) => div(perHour(x, B(x.hours)) * B(x.minutes), 60n),
      labourHourBase: (x) => div(perHour(x, B(x.labourHours)) * B(x.minutes), 60n),
      hourlyRate: (x) => perHour(x, B(x.hours)),
      minutesAsHours: (x) => perHour(x, B(x.hours)) * B(x.minutes),
      perMinuteOfYear: (x) => div(B(x.overhead) * B(x.minutes), 365n * 24n * 60n),
    }
  })(),
  'rejects-allowed-by-a-ppm-target': {
    key: (x) => (B(x.target) * B(x.volume)) / 1_000_000n,
    roundedUp: (x) => ceil(B(x.target) * B(x.volume), 1_000_000n),
    perThousand: (x) => (B(x.target) * B(x.volume)) / 1000n,
    perHundredThousand: (x) => (B(x.target) * B(x.volume)) / 100_000n,
    perTenMillion: (x) => (B(x.target) * B(x.volume)) / 10_000_000n,
    perHundred: (x) => (B(x.target) * B(x.volume)) / 100n,
    targetAsCount: (x) => B(x.target),
    perHundredMillion: (x) => (B(x.target) * B(x.volume)) / 100_000_000n,
  },
  'cost-of-rejected-deliveries': (() => {
    const credit = (x: In, units: bigint) => units * B(x.price)
    const handling = (x: In, per: bigint) => per * B(x.handling)
    const rework = (x: In) => B(x.reworked) * B(x.rework)
    const returned = (x: In) => B(x.rejected) - B(x.reworked)
    return {
      key: (x) => credit(x, returned(x)) + handling(x, B(x.lots)) + rework(x),
      allCredited: (x) => credit(x, B(x.rejected)) + handling(x, B(x.lots)) + rework(x),
      handlingPerUnit: (x) => credit(x, returned(x)) + handling(x, B(x.rejected)) + rework(x),
      noHandling: (x) => credit(x, returned(x)) + rework(x),
      noRework: (x) => credit(x, returned(x)) + handling(x, B(x.lots)),
      creditOnly: (x) => credit(x, B(x.rejected)),
    }
  })(),
  'tail-spend-share': (() => {
    const spends = (x: In) =>
      Object.keys(x)
        .filter((k) => /^s\d+$/.test(k))
        .map((k) => B(x[k]))
    const at = (x: In) => B(x.threshold) * 100n
    const total = (x: In) => sum(spends(x))
    const tail = (x: In, orEqual = false) =>
      sum(spends(x).filter((s) => s < at(x) || (orEqual && s === at(x))))
    return {
      key: (x) => div(tail(x) * 10_000n, total(x)),
      supplierCount: (x) =>
        div(BigInt(spends(x).filter((s) => s < at(x)).length) * 10_000n, BigInt(spends(x).length)),
      includesThreshold: (x) => div(tail(x, true) * 10_000n, total(x)),
      ofNonTail: (x) => div(tail(x) * 10_000n, total(x) - tail(x)),
      nonTail: (x) => 10_000n - div(tail(x) * 10_000n, total(x)),
      nonTailCount: (x) =>
        10_000n -
        div(BigInt(spends(x).filter((v) => v < at(x)).length) * 10_000n, BigInt(spends(x).length)),
      thresholdEstimate: (x) =>
        div(BigInt(spends(x).filter((v) => v < at(x)).length) * at(x) * 10_000n, total(x)),
    }
  })(),
}

const lastDay = (iso: string) => monthEnd(iso)

const dates: Record<string, Twins> = {
  'clarification-questions-close': {
    key: (x) => spoken(plusDays(String(x.deadline), -Number(x.days))),
    afterIssue: (x) => spoken(plusDays(String(x.issued), Number(x.days))),
    afterDeadline: (x) => spoken(plusDays(String(x.deadline), Number(x.days))),
    oneDayShort: (x) => spoken(plusDays(String(x.deadline), 1 - Number(x.days))),
    weeks: (x) => spoken(plusDays(String(x.deadline), -7 * Number(x.days))),
  },
  'earliest-end-after-termination-notice': {
    key: (x) => spoken(plusMonths(String(x.received), Number(x.months))),
    fromPosting: (x) => spoken(plusMonths(String(x.served), Number(x.months))),
    thirtyDayMonths: (x) => spoken(plusDays(String(x.received), 30 * Number(x.months))),
    monthEnd: (x) => spoken(lastDay(plusMonths(String(x.received), Number(x.months)))),
    extraMonth: (x) => spoken(plusMonths(String(x.received), Number(x.months) + 1)),
    fourWeekMonths: (x) => spoken(plusDays(String(x.received), 28 * Number(x.months))),
  },
  'last-day-to-stop-auto-renewal': {
    // "At least N days before", neither end counted: N clear days lie between notice and renewal.
    key: (x) => spoken(plusDays(String(x.end), -(Number(x.days) + 1))),
    countsOneEnd: (x) => spoken(plusDays(String(x.end), -Number(x.days))),
    months: (x) => spoken(plusMonths(String(x.end), -Math.round(Number(x.days) / 30))),
    afterRenewal: (x) => spoken(plusDays(String(x.end), Number(x.days))),
    renewalDate: (x) => spoken(String(x.end)),
  },
}

const blends: Record<string, Twins> = {
  'successive-trade-discounts': (() => {
    const off = (v: bigint, pct: bigint) => v - div(v * pct, 100n)
    return {
      key: (x) => off(off(B(x.list), B(x.d1)), B(x.d2)),
      added: (x) => off(B(x.list), B(x.d1) + B(x.d2)),
      firstOnly: (x) => off(B(x.list), B(x.d1)),
      secondOnly: (x) => off(B(x.list), B(x.d2)),
      markUpsTakenOff: (x) => div(div(B(x.list) * 100n, 100n + B(x.d1)) * 100n, 100n + B(x.d2)),
      secondOnList: (x) => off(B(x.list), B(x.d1)) - div(B(x.list) * B(x.d2), 100n),
      discountAmount: (x) => B(x.list) - off(off(B(x.list), B(x.d1)), B(x.d2)),
    }
  })(),
  'blended-price-of-a-split-award': {
    key: (x) => div(B(x.pa) * B(x.shareA) + B(x.pb) * (100n - B(x.shareA)), 100n),
    simpleMean: (x) => div(B(x.pa) + B(x.pb), 2n),
    sharesSwapped: (x) => div(B(x.pb) * B(x.shareA) + B(x.pa) * (100n - B(x.shareA)), 100n),
    cheaperOnly: (x) => B(x.pa),
    dearerOnly: (x) => B(x.pb),
    sumOfShares: (x) => div(B(x.pa) * B(x.shareA), 100n) + B(x.pb),
  },
  'surplus-return-credit-less-restocking': (() => {
    const value = (x: In, units: bigint) => units * B(x.price)
    const fee = (x: In, v: bigint) => div(v * B(x.fee), 100n)
    const good = (x: In) => B(x.returned) - B(x.damaged)
    return {
      key: (x) => value(x, good(x)) - fee(x, value(x, good(x))),
      damagedCredited: (x) => value(x, B(x.returned)) - fee(x, value(x, B(x.returned))),
      noFee: (x) => value(x, good(x)),
      feeOnly: (x) => fee(x, value(x, good(x))),
      feeAdded: (x) => value(x, good(x)) + fee(x, value(x, good(x))),
      feeOnAllDamagedOut: (x) => value(x, good(x)) - fee(x, value(x, B(x.returned))),
    }
  })(),
  'payback-on-an-efficient-option': {
    key: (x) => div(B(x.extra) * 100n, B(x.saving)),
    wholePrice: (x) => div((B(x.cheap) + B(x.extra)) * 100n, B(x.saving)),
    inverted: (x) => div(B(x.saving) * 100n, B(x.extra)),
    lifetimeSaving: (x) => div(B(x.extra) * 100n, B(x.saving) * B(x.years)),
    cheapPrice: (x) => div(B(x.cheap) * 100n, B(x.saving)),
    netOfLife: (x) => B(x.years) * 100n - div(B(x.extra) * 100n, B(x.saving)),
  },
  'bid-above-lowest-percentage': (() => {
    const gap = (x: In) => B(x.bid) - B(x.low)
    return {
      key: (x) => div(gap(x) * 10_000n, B(x.low)),
      ofBid: (x) => div(gap(x) * 10_000n, B(x.bid)),
      ofHighest: (x) => div(gap(x) * 10_000n, B(x.high)),
      ratio: (x) => div(B(x.bid) * 10_000n, B(x.low)),
      belowHighest: (x) => div((B(x.high) - B(x.bid)) * 10_000n, B(x.high)),
      rangeShare: (x) => div(gap(x) * 10_000n, B(x.high) - B(x.low)),
      lowestShareOfBid: (x) => div(B(x.low) * 10_000n, B(x.bid)),
    }
  })(),
}

const ahead: Record<string, Twins> = {
  'two-index-price-adjustment': (() => {
    // Shares in percent; each index as a ratio now ÷ base, put over the common denominator.
    const adj = (x: In, f: bigint, a: bigint, b: bigint, inv = false) => {
      const [m0, m1, l0, l1] = inv
        ? [B(x.m1), B(x.m0), B(x.l1), B(x.l0)]
        : [B(x.m0), B(x.m1), B(x.l0), B(x.l1)]
      return div(B(x.base) * (f * m0 * l0 + a * m1 * l0 + b * l1 * m0), 100n * m0 * l0)
    }
    const [f, a, b] = [(x: In) => B(x.fixed), (x: In) => B(x.mat), (x: In) => B(x.lab)]
    return {
      key: (x) => adj(x, f(x), a(x), b(x)),
      materialsOnAll: (x) => div(B(x.base) * B(x.m1), B(x.m0)),
      sharesSwapped: (x) => adj(x, f(x), b(x), a(x)),
      noFixed: (x) => adj(x, 0n, a(x), b(x)),
      labourIgnored: (x) => adj(x, f(x) + b(x), a(x), 0n),
      indicesAdded: (x) =>
        B(x.base) +
        div(
          B(x.base) * ((B(x.m1) - B(x.m0)) * B(x.l0) + (B(x.l1) - B(x.l0)) * B(x.m0)),
          B(x.m0) * B(x.l0),
        ),
      inverted: (x) => adj(x, f(x), a(x), b(x), true),
    }
  })(),
  'forward-buy-before-a-price-rise': (() => {
    const value = (x: In) => B(x.monthly) * B(x.months) * B(x.price)
    const saving = (x: In) => div(value(x) * B(x.rise), 100n)
    // Average stock is half the purchase, held for the months bought, at a yearly rate.
    const hold = (x: In) => div(value(x) * B(x.holding) * B(x.months), 2400n)
    return {
      key: (x) => saving(x) - hold(x),
      grossSaving: (x) => saving(x),
      fullStockHeld: (x) => saving(x) - div(value(x) * B(x.holding) * B(x.months), 1200n),
      holdingForAYear: (x) => saving(x) - div(value(x) * B(x.holding), 200n),
      holdingOnly: (x) => hold(x),
      oneMonthSaving: (x) => div(B(x.monthly) * B(x.price) * B(x.rise), 100n) - hold(x),
      holdingAdded: (x) => saving(x) + hold(x),
    }
  })(),
  'challenger-bid-with-transition-costs': (() => {
    const gap = (x: In) => B(x.incumbent) - B(x.challenger)
    const switching = (x: In) => B(x.transition) + B(x.exit)
    return {
      key: (x) => gap(x) * B(x.years) - switching(x),
      gross: (x) => gap(x) * B(x.years),
      oneYear: (x) => gap(x) - switching(x),
      transitionOnly: (x) => gap(x) * B(x.years) - B(x.transition),
      yearlyTransition: (x) => (gap(x) - switching(x)) * B(x.years),
      costsAdded: (x) => gap(x) * B(x.years) + switching(x),
    }
  })(),
  'price-change-against-index-in-points': (() => {
    const pc = (x: In) => div((B(x.neu) - B(x.old)) * 10_000n, B(x.old))
    const ic = (x: In) => div((B(x.i1) - B(x.i0)) * 10_000n, B(x.i0))
    return {
      key: (x) => pc(x) - ic(x),
      indexPoints: (x) => pc(x) - (B(x.i1) - B(x.i0)) * 10n,
      relative: (x) => div((pc(x) - ic(x)) * 10_000n, ic(x)),
      priceOnly: (x) => pc(x),
      reversed: (x) => ic(x) - pc(x),
      overNewPrice: (x) => div((B(x.neu) - B(x.old)) * 10_000n, B(x.neu)) - ic(x),
    }
  })(),
}

/** Every family's second implementation, by family id. */
export const TWINS: Readonly<Record<string, Twins>> = {
  ...sourcing,
  ...orders,
  ...contracts,
  ...cost,
  ...savings,
  ...rfq,
  ...poValue,
  ...clauses,
  ...rates,
  ...spend,
  ...more,
  ...dates,
  ...blends,
  ...ahead,
}
