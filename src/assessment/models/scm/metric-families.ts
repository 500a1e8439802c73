import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  client,
  drawn,
  family,
  figures,
  item,
  pct,
  plain,
  qty,
  symbol,
  worked,
} from './scm-text.js'

// Inventory and service metrics as an operations analyst reports them: turnover is cost of goods
// sold over average inventory at cost, days of inventory its reciprocal in days, unit, line and
// order fill rates, the cycle service level (share of replenishment cycles without a stock-out),
// OTIF (orders both on time and in full), GMROI, and ABC (Pareto by annual usage value) and XYZ
// (coefficient of variation of demand) classes, each with the convention stated in the stem.

const orders = (rng: Rng) => {
  // Order lines: [ordered, shipped from stock] per line, grouped into orders.
  const list = Array.from({ length: rng.int(4, 6) }, () =>
    Array.from({ length: rng.int(1, 3) }, () => {
      const ordered = drawn(rng, 2, 40)
      const short = rng.next() < 0.3 ? rng.int(1, ordered - 1) : 0
      return [ordered, ordered - short] as const
    }),
  )
  const lines = list.flat()
  const units = lines.reduce((s, [o]) => s + o, 0)
  const shipped = lines.reduce((s, [, k]) => s + k, 0)
  const fullLines = lines.filter(([o, k]) => o === k).length
  const fullOrders = list.filter((o) => o.every(([a, b]) => a === b)).length
  const text = list
    .map((o, n) => `order ${n + 1}: ${o.map(([a, b]) => `${a} ordered, ${b} shipped`).join('; ')}`)
    .join('. ')
  return {
    text,
    n: { units, shipped, lines: lines.length, fullLines, orders: list.length, fullOrders },
  }
}

const SKUS = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08'] as const

export const METRIC_FAMILIES: readonly ScenarioFamily[] = [
  family('inventory-turnover', (rng) => {
    const m = cash(symbol(rng), 0)
    const cogs = drawn(rng, 200, 3000, 10) * 1000
    const open = drawn(rng, 20, 600, 5) * 1000
    const close = drawn(rng, 20, 600, 5) * 1000
    const sales = Math.round(cogs * rng.pick([1.25, 1.4, 1.6, 1.8]))
    return figures(rng, qty('times a year', 1), {
      stem: `${Client(rng)} had sales of ${m(sales)} and cost of goods sold of ${m(cogs)} last year; inventory at cost was ${m(open)} at the start of the year and ${m(close)} at the end. Taking average inventory as the mean of the two, what was inventory turnover (one decimal place)?`,
      in: { cogs, open, close, sales },
      key: cogs / ((open + close) / 2),
      wrong: [
        [
          'sales',
          sales / ((open + close) / 2),
          'divides sales at selling price by inventory at cost',
        ],
        ['closing', cogs / close, 'uses the closing inventory instead of the average'],
        ['noHalf', cogs / (open + close), 'adds the two balances without halving them'],
        ['opening', cogs / open, 'uses the opening inventory instead of the average'],
      ],
    })
  }),
  family('days-of-inventory', (rng) => {
    const m = cash(symbol(rng), 0)
    const cogs = drawn(rng, 300, 3000, 10) * 1000
    const avg = drawn(rng, 30, 500, 5) * 1000
    const sales = Math.round(cogs * rng.pick([1.3, 1.5, 2]))
    return figures(rng, qty('days', 1), {
      stem: `An analyst reports days of inventory on hand for ${client(rng)}: annual cost of goods sold ${m(cogs)}, annual sales ${m(sales)}, average inventory at cost ${m(avg)}. Using a 365-day year, how many days of inventory is that (one decimal place)?`,
      in: { cogs, avg, sales },
      key: (avg / cogs) * 365,
      wrong: [
        [
          'sales',
          (avg / sales) * 365,
          'divides by sales at selling price instead of cost of goods sold',
        ],
        ['turns', cogs / avg, 'gives the turnover (times a year) instead of days'],
        ['weeks', (avg / cogs) * 52, 'works in weeks, not days'],
        ['y360', (avg / cogs) * 360, 'uses a 360-day year though the stem says 365'],
      ],
    })
  }),
  family('unit-fill-rate', (rng) => {
    const o = orders(rng)
    const n = o.n
    return figures(rng, pct(1), {
      stem: `A warehouse's week of orders, each line shipped from stock or cut short (nothing shipped later counts): ${o.text}. What is the unit fill rate (one decimal place)?`,
      in: n,
      key: n.shipped / n.units,
      wrong: [
        [
          'line',
          n.fullLines / n.lines,
          'gives the line fill rate (share of lines shipped complete)',
        ],
        [
          'order',
          n.fullOrders / n.orders,
          'gives the order fill rate (share of orders shipped complete)',
        ],
        ['short', 1 - n.shipped / n.units, 'gives the share of units cut short'],
        ['linesShort', 1 - n.fullLines / n.lines, 'gives the share of lines cut short'],
      ],
    })
  }),
  family('line-fill-rate', (rng) => {
    const o = orders(rng)
    const n = o.n
    return figures(rng, pct(1), {
      stem: `A client's order log for one day, each line shipped from stock or cut short: ${o.text}. What is the line fill rate, the share of order lines shipped complete (one decimal place)?`,
      in: n,
      key: n.fullLines / n.lines,
      wrong: [
        ['unit', n.shipped / n.units, 'gives the unit fill rate instead of lines'],
        ['order', n.fullOrders / n.orders, 'gives the order fill rate instead of lines'],
        ['linesShort', 1 - n.fullLines / n.lines, 'gives the share of lines cut short'],
        ['short', 1 - n.shipped / n.units, 'gives the share of units cut short'],
      ],
    })
  }),
  family('cycle-service-level-vs-fill-rate', (rng) => {
    const N = drawn(rng, 20, 52)
    const k = rng.int(2, Math.floor(N / 4))
    const demand = drawn(rng, 100, 900, 10) * N
    const short = drawn(rng, 1, 6) * k * 10
    const ask = rng.pick(['csl', 'fill'] as const)
    const csl = 1 - k / N
    const fill = 1 - short / demand
    return figures(rng, pct(1), {
      stem: `Over ${N} replenishment cycles of one SKU, ${k} cycles ran out of stock before the delivery arrived; customers asked for ${demand.toLocaleString('en-US')} units in all, of which ${short} could not be supplied. What was the ${ask === 'csl' ? 'cycle service level' : 'fill rate (share of demand met from stock)'}, to one decimal place?`,
      in: { N, k, demand, short, csl: ask === 'csl' ? 1 : 0 },
      key: ask === 'csl' ? csl : fill,
      wrong: [
        [
          'other',
          ask === 'csl' ? fill : csl,
          ask === 'csl'
            ? 'gives the fill rate, a share of units, for the cycle service level'
            : 'gives the cycle service level, a share of cycles, for the fill rate',
        ],
        ['cycleShort', k / N, 'gives the share of cycles with a stock-out'],
        ['unitShort', short / demand, 'gives the share of demand not supplied'],
      ],
    })
  }),
  family('otif-on-time-and-in-full', (rng) => {
    const N = drawn(rng, 120, 600, 10)
    const late = drawn(rng, 8, Math.floor(N / 6))
    const short = drawn(rng, 8, Math.floor(N / 6))
    const both = drawn(rng, 2, Math.min(late, short) - 1)
    return figures(rng, pct(1), {
      stem: `Of ${N} customer orders shipped last month, ${late} arrived after the promised date and ${short} arrived incomplete; ${both} of these were both late and incomplete. What was OTIF (on time in full) as a share of orders, to one decimal place?`,
      in: { N, late, short, both },
      key: (N - late - short + both) / N,
      wrong: [
        ['twice', (N - late - short) / N, 'counts the orders both late and incomplete twice'],
        ['onTime', (N - late) / N, 'gives the on-time rate only'],
        ['inFull', (N - short) / N, 'gives the in-full rate only'],
        [
          'product',
          ((N - late) / N) * ((N - short) / N),
          'multiplies the two rates as if lateness and shortage were independent',
        ],
      ],
    })
  }),
  family('supplier-on-time-window', (rng) => {
    const a = drawn(rng, 3, 20)
    const b = drawn(rng, 5, 30)
    const c = drawn(rng, 40, 160)
    const d = drawn(rng, 5, 40)
    const N = a + b + c + d
    return figures(rng, pct(1), {
      stem: `A buyer scores a supplier's on-time delivery with a window from 2 days early to the due date: earlier than that, or later, is not on time. Of ${N} deliveries, ${a} came 3 or more days early, ${b} came 1–2 days early, ${c} on the due date and ${d} late. What was the on-time rate (one decimal place)?`,
      in: { a, b, c, d },
      key: (b + c) / N,
      wrong: [
        [
          'anyEarly',
          (a + b + c) / N,
          'counts every early delivery as on time, ignoring the window',
        ],
        ['dayOnly', c / N, 'counts only deliveries on the due date, ignoring the window'],
        [
          'lateOut',
          (b + c) / (N - a),
          'drops the too-early deliveries from the count instead of failing them',
        ],
        ['window', (b + c + d) / N, 'fails only the too-early deliveries and lets late ones pass'],
      ],
    })
  }),
  family('gmroi', (rng) => {
    const m = cash(symbol(rng), 0)
    const sales = drawn(rng, 400, 4000, 10) * 1000
    const margin = rng.pick([0.3, 0.35, 0.4, 0.45, 0.5])
    const cogs = Math.round(sales * (1 - margin))
    const avg = drawn(rng, 50, 600, 5) * 1000
    return figures(rng, plain(2), {
      stem: `${Client(rng)} had net sales of ${m(sales)} and cost of goods sold of ${m(cogs)}; average inventory at cost was ${m(avg)}. What is its gross margin return on inventory investment (GMROI), to two decimal places?`,
      in: { sales, cogs, avg },
      key: (sales - cogs) / avg,
      wrong: [
        ['sales', sales / avg, 'divides sales instead of gross margin by the inventory'],
        ['turnover', cogs / avg, 'gives the inventory turnover'],
        ['marginPct', (sales - cogs) / sales, 'gives the gross margin as a share of sales'],
        [
          'retail',
          (sales - cogs) / (avg / (1 - margin)),
          'values the inventory at selling price instead of cost',
        ],
      ],
    })
  }),
  family('xyz-coefficient-of-variation', (rng) => {
    const mean = drawn(rng, 80, 400, 10)
    const spread = rng.pick([0.1, 0.2, 0.35, 0.5, 0.7])
    const xs = Array.from({ length: 6 }, () =>
      Math.max(0, Math.round(mean * (1 + spread * (2 * rng.next() - 1) * 1.5))),
    )
    const mu = xs.reduce((s, x) => s + x, 0) / 6
    const ss = xs.reduce((s, x) => s + (x - mu) ** 2, 0)
    const sdPop = Math.sqrt(ss / 6)
    const sdSample = Math.sqrt(ss / 5)
    const range = Math.max(...xs) - Math.min(...xs)
    return figures(rng, plain(2), {
      stem: `For an XYZ analysis, an analyst takes an item's coefficient of variation of monthly demand, using the population standard deviation (divide by n). Six months' demand: ${xs.join(', ')}. What is the coefficient of variation, to two decimal places?`,
      in: Object.fromEntries(xs.map((x, n) => [`m${n}`, x])),
      key: sdPop / mu,
      wrong: [
        [
          'sample',
          sdSample / mu,
          'uses the sample standard deviation (n − 1) against the stated convention',
        ],
        ['sd', sdPop, 'gives the standard deviation without dividing by the mean'],
        ['inverse', mu / sdPop, 'divides the mean by the standard deviation'],
        ['range', range / mu, 'divides the range instead of the standard deviation by the mean'],
        [
          'mad',
          xs.reduce((s, x) => s + Math.abs(x - mu), 0) / 6 / mu,
          'divides the mean absolute deviation instead of the standard deviation by the mean',
        ],
        [
          'variance',
          ss / 6 / mu,
          'divides the variance instead of the standard deviation by the mean',
        ],
      ],
    })
  }),
  family('abc-class-a-items', (rng) => {
    for (let t = 0; ; t++) {
      const units = SKUS.map(() => drawn(rng, 50, 5000, 10))
      const costs = SKUS.map(() => rng.pick([0.5, 1, 2, 4, 8, 15, 30, 60, 120]))
      const values = units.map((u, n) => u * costs[n]!)
      const cumulative = (order: number[], limit: number, w: readonly number[]) => {
        const sum = w.reduce((s, v) => s + v, 0)
        let run = 0
        const out: string[] = []
        for (const n of order) {
          run += w[n]!
          if (run / sum <= limit + 1e-12) out.push(SKUS[n]!)
        }
        return out
      }
      const by = (w: readonly number[]) => [...SKUS.keys()].sort((x, y) => w[y]! - w[x]!)
      const key = cumulative(by(values), 0.8, values)
      // Three or four class A SKUs of eight, so the top-fifth and crossing mistakes fall either side.
      if ((key.length < 3 || key.length > 4) && t < 400) continue
      const show = (s: string[]) => (s.length === 0 ? 'no SKU' : [...s].sort().join(', '))
      const table = SKUS.map((s, n) => `${s}: ${units[n]} units a year at ${costs[n]} each`).join(
        '; ',
      )
      return worked(rng, {
        stem: `An analyst runs an ABC analysis on annual usage value (units × unit cost), sorted from highest; an SKU is class A while the cumulative share of value, counting it, stays at or below 80%. ${table}. Which SKUs are class A?`,
        in: Object.fromEntries(
          SKUS.flatMap((_, n) => [
            [`u${n}`, units[n]!],
            [`c${n}`, costs[n]!],
          ]),
        ),
        key: show(key),
        wrong: [
          [
            'units',
            show(cumulative(by(units), 0.8, units)),
            'ranks and accumulates by units sold instead of usage value',
          ],
          [
            'cost',
            show(cumulative(by(costs), 0.8, values)),
            'ranks by unit cost instead of usage value',
          ],
          [
            'topFifth',
            show(
              by(values)
                .slice(0, 2)
                .map((n) => SKUS[n]!),
            ),
            'takes the top 20% of SKUs by count (two of eight) as class A',
          ],
          [
            'seventy',
            show(cumulative(by(values), 0.7, values)),
            'cuts class A at 70% of value, another common rule of thumb, not the 80% stated',
          ],
          [
            'crossing',
            show(
              by(values)
                .slice(0, key.length + 1)
                .map((n) => SKUS[n]!),
            ),
            'also takes the SKU whose value carries the cumulative share past 80%',
          ],
          [
            'unsorted',
            show(cumulative([...SKUS.keys()], 0.8, values)),
            'accumulates in the listed order without sorting',
          ],
        ],
      })
    }
  }),
  family('holding-cost-of-average-stock', (rng) => {
    const m = cash(symbol(rng), 0)
    const Q = drawn(rng, 200, 3000, 50)
    const SS = drawn(rng, 50, 800, 10)
    const c = drawn(rng, 4, 80)
    const i = rng.pick([0.18, 0.2, 0.22, 0.25, 0.3])
    return figures(rng, m, {
      stem: `A SKU is ordered ${Q} units at a time and carries ${SS} units of safety stock; it costs ${m(c)} a unit and the carrying-cost rate is ${(i * 100).toFixed(0)}% of inventory value a year. Demand is steady between deliveries. What is the annual carrying cost of its average inventory?`,
      in: { Q, SS, c, i },
      key: (Q / 2 + SS) * c * i,
      wrong: [
        ['noSS', (Q / 2) * c * i, 'leaves the safety stock out of average inventory'],
        ['fullQ', (Q + SS) * c * i, 'takes the whole order quantity as average inventory'],
        ['halfSS', ((Q + SS) / 2) * c * i, 'halves the safety stock along with the order quantity'],
        ['value', (Q / 2 + SS) * c, 'gives the value of average inventory, not its carrying cost'],
      ],
    })
  }),
  family('order-fill-rate', (rng) => {
    const o = orders(rng)
    const n = o.n
    return figures(rng, pct(1), {
      stem: `A client's orders for one morning, each line shipped from stock or cut short: ${o.text}. What is the order fill rate, the share of orders shipped complete (one decimal place)?`,
      in: n,
      key: n.fullOrders / n.orders,
      wrong: [
        ['line', n.fullLines / n.lines, 'gives the line fill rate instead of orders'],
        ['unit', n.shipped / n.units, 'gives the unit fill rate instead of orders'],
        ['ordersShort', 1 - n.fullOrders / n.orders, 'gives the share of orders cut short'],
      ],
    })
  }),
  family('weeks-of-supply', (rng) => {
    const sold = drawn(rng, 1300, 26000, 13)
    const onHand = drawn(rng, 200, 9000, 10)
    return figures(rng, qty('weeks', 1), {
      stem: `${Client(rng)} sold ${sold.toLocaleString('en-US')} ${item(rng)} over the last 13 weeks and has ${onHand.toLocaleString('en-US')} on hand. At that average weekly rate, how many weeks of supply is on hand (one decimal place)?`,
      in: { sold, onHand },
      key: onHand / (sold / 13),
      wrong: [
        ['days', onHand / (sold / 91), 'divides by a daily rate, giving days'],
        ['monthly', onHand / (sold / 3), 'divides by a monthly rate, giving months'],
        ['quarter', (onHand / sold) * 52, 'divides by the 13 weeks’ sales and scales to a year'],
      ],
    })
  }),
  family('stock-out-lost-margin', (rng) => {
    const m = cash(symbol(rng), 0)
    const days = drawn(rng, 3, 21)
    const d = drawn(rng, 5, 120)
    const cost = drawn(rng, 4, 60)
    const price = Math.round(cost * rng.pick([1.4, 1.6, 1.8, 2.2]))
    return figures(rng, m, {
      stem: `A best-seller normally sells ${d} units a day and was out of stock for ${days} days; customers went elsewhere, none backordered. It sells at ${m(price)} and costs ${m(cost)}. What gross margin was lost?`,
      in: { days, d, cost, price },
      key: days * d * (price - cost),
      wrong: [
        ['revenue', days * d * price, 'counts the lost revenue instead of the margin'],
        ['cost', days * d * cost, 'counts the unit cost as the loss'],
        ['perDay', d * (price - cost), 'counts one day of lost margin'],
      ],
    })
  }),
  family('inventory-record-accuracy', (rng) => {
    const exact = drawn(rng, 100, 300)
    const within = drawn(rng, 10, 60)
    const outside = drawn(rng, 5, 50)
    const N = exact + within + outside
    return figures(rng, pct(1), {
      stem: `A cycle count checks ${N} locations against the system. ${exact} match exactly, ${within} differ by no more than the client's 2% tolerance, and ${outside} differ by more. Inventory record accuracy counts a location accurate when within tolerance. What is it (one decimal place)?`,
      in: { exact, within, outside },
      key: (exact + within) / N,
      wrong: [
        ['exactOnly', exact / N, 'counts only exact matches as accurate'],
        ['outside', outside / N, 'gives the share of locations outside tolerance'],
        [
          'ofExact',
          (exact + within) / (exact + outside),
          'divides by the exact and failed locations only',
        ],
        ['withinOnly', within / N, 'counts only the locations within tolerance but not exact'],
      ],
    })
  }),
]
