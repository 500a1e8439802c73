import { VariantError } from '../assemble-variant.js'
import {
  add,
  bpText,
  cash,
  cc,
  comp,
  countOf,
  div,
  drawPct,
  moneyOf,
  mul,
  n,
  nearestThousand,
  num,
  pct,
  rate,
  sub,
  thousands,
  two,
  worked,
} from './rmm-text.js'

// Productivity and performance as a merchandiser reports it: sell-through, stock turn at retail
// and at cost, GMROI, space and store productivity, shrinkage and rate of sale. Each stem states
// its base and its average-stock convention; the slips are the wrong base (ending stock, gross
// area, all stores), a figure at retail set against one at cost, or an average of too few points.

export const PERFORMANCE_FAMILIES = [
  worked('sell-through-for-a-period', (rng) => {
    const bop = rng.int(20, 200) * 10
    const rec = rng.int(10, 150) * 10
    const sold = Math.round(((bop + rec) * rng.int(30, 75)) / 100)
    const eop = bop + rec - sold
    // Each stock a slip divides by appears only where it gives a share a style could sell
    // through (at most all of it); a draw where none of them does is drawn again.
    if (![bop, rec, eop].some((x) => sold < x))
      throw new VariantError('no single stock is larger than the units sold')
    const ifUnder = (base: number, why: string) =>
      sold < base ? [[div(sold, base), why] as const] : []
    return {
      stem: `A style started the month with ${n(bop)} units, received ${n(rec)} more and sold ${n(sold)}, ending with ${n(eop)}. What was its sell-through for the month (units sold ÷ units available: opening stock plus receipts), as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sold, bop + rec),
      wrong: [
        ...ifUnder(bop, 'divides by the opening stock alone'),
        ...ifUnder(eop, 'divides by the closing stock'),
        ...ifUnder(rec, 'divides by the receipts alone'),
        [div(eop, bop + rec), 'gives the share left unsold'],
        [div(sold, sold + bop), 'adds the units sold to the opening stock, not the closing'],
      ],
      figures: { bop, rec, sold },
    }
  }),
  worked('stock-turn-at-retail-from-monthly-stocks', (rng) => {
    const months = rng.pick([3, 6])
    const stocks = Array.from({ length: months + 1 }, () => thousands(rng, 200, 600))
    const sales = nearestThousand(
      (stocks.reduce((s, x) => s + x, 0) / (months + 1)) * (rng.int(60, 160) / 100) * (months / 6),
    )
    const avg = div(cc(stocks.reduce((s, x) => s + x, 0)), months + 1)
    const m$ = moneyOf(rng)
    return {
      stem: `Over a ${months}-month period a department had net sales of ${cash(m$, sales)}. Its beginning-of-month stocks at retail were ${stocks
        .slice(0, months)
        .map((x) => cash(m$, x))
        .join(
          ', ',
        )} and the period ended with ${cash(m$, stocks[months]!)}. Averaging the ${months + 1} stock figures, what was its stock turn at retail for the period, to two decimal places (halves up)?`,
      show: two,
      key: div(cc(sales), avg),
      wrong: [
        [
          div(cc(sales), div(cc(stocks[0]! + stocks[months]!), 2)),
          'averages only the first and last stocks',
        ],
        [
          div(cc(sales), div(cc(stocks.slice(0, months).reduce((s, x) => s + x, 0)), months)),
          'averages the beginning stocks only',
        ],
        [div(cc(sales), cc(stocks[months]!)), 'divides by the ending stock'],
        [div(avg, cc(sales)), 'divides stock by sales'],
      ],
      figures: { months, sales, ...Object.fromEntries(stocks.map((x, i) => [`s${i}`, x])) },
    }
  }),
  worked('stock-turn-at-cost', (rng) => {
    const sales = thousands(rng, 500, 4000)
    const gm = drawPct(rng, 35, 55, 0.5)
    const avgR = nearestThousand((sales * rng.int(25, 60)) / 100)
    const cx = drawPct(rng, 45, 60, 0.5)
    const cogs = mul(cc(sales), comp(rate(gm)))
    const avgC = mul(cc(avgR), rate(cx))
    const m$ = moneyOf(rng)
    return {
      stem: `A department's net sales for the year were ${cash(m$, sales)} at a gross margin of ${bpText(gm)}. Its average stock was ${cash(m$, avgR)} at retail, and its cost complement is ${bpText(cx)}. What was its stock turn at cost (cost of goods sold ÷ average stock at cost), to two decimal places (halves up)?`,
      show: two,
      key: div(cogs, avgC),
      wrong: [
        [div(cc(sales), avgC), 'divides sales at retail by stock at cost'],
        [div(cc(sales), cc(avgR)), 'gives the turn at retail'],
        [div(cogs, cc(avgR)), 'divides cost of sales by stock at retail'],
        [
          div(cogs, mul(cc(avgR), comp(rate(cx)))),
          'values the stock with the markup, not the cost complement',
        ],
      ],
      figures: { sales, gm, avgR, cx },
    }
  }),
  worked('gmroi-from-a-retail-stock', (rng) => {
    const sales = thousands(rng, 500, 4000)
    const gm = drawPct(rng, 35, 55, 0.5)
    const avgR = nearestThousand((sales * rng.int(25, 60)) / 100)
    const mu = drawPct(rng, 48, 60, 0.5)
    const gmm = mul(cc(sales), rate(gm))
    const avgC = mul(cc(avgR), comp(rate(mu)))
    const m$ = moneyOf(rng)
    return {
      stem: `A category made net sales of ${cash(m$, sales)} at a gross margin of ${bpText(gm)}. Its average stock was ${cash(m$, avgR)} at retail, carried at a cumulative markup of ${bpText(mu)}. What was its GMROI (gross margin ÷ average stock at cost), to two decimal places (halves up)?`,
      show: two,
      key: div(gmm, avgC),
      wrong: [
        [div(gmm, cc(avgR)), 'divides by the stock at retail'],
        [div(gmm, mul(cc(avgR), rate(mu))), 'values the stock at the markup, not at cost'],
        [div(cc(sales), avgC), 'divides sales, not gross margin, by the stock'],
        [div(mul(cc(sales), comp(rate(gm))), avgC), 'divides cost of sales by the stock'],
      ],
      figures: { sales, gm, avgR, mu },
    }
  }),
  worked('annualised-sales-per-square-foot-of-selling-space', (rng) => {
    const weeks = rng.pick([4, 8, 13, 26])
    const sales = thousands(rng, 100, 2000)
    const sell = rng.int(30, 200) * 100
    const gross = Math.round((sell * rng.int(120, 160)) / 100 / 100) * 100
    const annual = div(mul(cc(sales), 52), weeks)
    const m$ = moneyOf(rng)
    return {
      stem: `A store took ${cash(m$, sales)} in net sales over ${weeks} weeks. It has ${n(sell)} sq ft of selling space in ${n(gross)} sq ft gross. At that rate, what are its annual sales per square foot of selling space (52 weeks a year), to the cent (halves up)?`,
      show: m$,
      key: div(annual, sell),
      wrong: [
        [div(annual, gross), 'divides by the gross area'],
        [div(cc(sales), sell), 'does not annualise'],
        [div(div(mul(cc(sales), 12), weeks), sell), 'annualises as if the weeks were months'],
        [div(div(mul(cc(sales), 52), weeks), gross - sell), 'divides by the non-selling area'],
        [div(mul(cc(sales), 52), sell), 'multiplies the period’s sales by 52'],
      ],
      figures: { weeks, sales, sell, gross },
    }
  }),
  worked('average-transaction-value-on-net-sales', (rng) => {
    const tx = rng.int(300, 3000)
    const atv = rng.int(1500, 9000)
    const gross = Math.round((tx * atv) / 100) * 100
    const refunds = Math.round((gross * rng.int(3, 10)) / 100 / 100) * 100
    const refundTx = Math.round((tx * rng.int(2, 6)) / 100)
    const unitsSold = Math.round((tx * rng.int(14, 35)) / 10)
    const visitors = Math.round((tx * rng.int(300, 600)) / 100)
    const net = cc(gross - refunds)
    const m$ = moneyOf(rng)
    return {
      stem: `In a week a store had ${n(visitors)} visitors and ${n(tx)} sales transactions (refunds, ${n(refundTx)} of them, are not counted as transactions), selling ${n(unitsSold)} units. Gross sales were ${cash(m$, gross)} and refunds ${cash(m$, refunds)}. What was its average transaction value on net sales, to the cent (halves up)?`,
      show: m$,
      key: div(net, tx),
      wrong: [
        [div(cc(gross), tx), 'uses gross sales, before refunds'],
        [div(net, visitors), 'divides by visitors, giving sales per visitor'],
        [div(net, unitsSold), 'divides by units, giving average unit retail'],
        [div(net, tx + refundTx), 'counts the refunds as transactions'],
      ],
      figures: { tx, gross, refunds, refundTx, unitsSold, visitors },
    }
  }),
  worked('shrinkage-percent-of-net-sales', (rng) => {
    const sales = thousands(rng, 500, 4000)
    const book = nearestThousand((sales * rng.int(20, 45)) / 100)
    const shr = nearestThousand((sales * rng.int(5, 35)) / 1000)
    const phys = book - shr
    const m$ = moneyOf(rng)
    return {
      stem: `At the stock count a store's book stock at retail was ${cash(m$, book)} and the physical count at retail was ${cash(m$, phys)}. Net sales since the last count were ${cash(m$, sales)}. What is the shrinkage as a percentage of net sales, to two decimal places (halves up)?`,
      show: pct,
      key: div(cc(shr), cc(sales)),
      wrong: [
        [div(cc(shr), cc(book)), 'divides by the book stock'],
        [div(cc(shr), cc(phys)), 'divides by the physical count'],
        [div(cc(shr), cc(sales + book)), 'divides by sales plus stock'],
        [div(cc(shr), cc(sales - shr)), 'takes the shrinkage off sales first'],
      ],
      figures: { sales, book, phys },
    }
  }),
  worked('shrinkage-at-cost-from-a-count', (rng) => {
    const book = thousands(rng, 200, 2000)
    const shr = nearestThousand((book * rng.int(5, 40)) / 1000)
    const phys = book - shr
    const cx = drawPct(rng, 42, 60, 0.5)
    const m$ = moneyOf(rng)
    return {
      stem: `A department's book stock is ${cash(m$, book)} at retail and its physical count ${cash(m$, phys)} at retail. Its cost complement under the retail method is ${bpText(cx)}. What is the shrinkage at cost?`,
      show: m$,
      key: mul(cc(shr), rate(cx)),
      wrong: [
        [cc(shr), 'leaves the shrinkage at retail'],
        [mul(cc(shr), comp(rate(cx))), 'multiplies by the markup, not the cost complement'],
        [div(cc(shr), rate(cx)), 'divides by the cost complement'],
        [mul(cc(phys), rate(cx)), 'gives the physical count at cost'],
      ],
      figures: { book, phys, cx },
    }
  }),
  worked('weeks-of-supply-from-an-annual-turn', (rng) => {
    const turn = rng.int(150, 900)
    return {
      stem: `A category turns its stock ${two(div(turn, 100))} times a year at retail. On average, how many weeks of supply does it hold (52 weeks a year), to two decimal places (halves up)?`,
      show: (x) => `${two(x)} weeks`,
      key: div(52 * 100, turn),
      wrong: [
        [div(12 * 100, turn), 'divides twelve months, not 52 weeks, by the turn'],
        [div(365 * 100, turn), 'divides 365 days by the turn, giving days'],
        [div(turn * 52, 100), 'multiplies the turn by 52'],
        [div(turn, 5200), 'divides the turn by 52'],
        [div(48 * 100, turn), 'takes a 48-week year of four-week months'],
        [div(364 * 100, turn), 'multiplies the weeks by seven, giving days'],
      ],
      figures: { turn },
    }
  }),
  worked('average-stock-for-a-planned-turn', (rng) => {
    const sales = thousands(rng, 500, 6000)
    const turn = rng.int(120, 600)
    const mu = drawPct(rng, 45, 60, 0.5)
    const avgR = div(cc(sales), div(turn, 100))
    const m$ = moneyOf(rng)
    return {
      stem: `A planner expects ${cash(m$, sales)} of net sales this year and targets a stock turn of ${two(div(turn, 100))} at retail. The stock carries a markup of ${bpText(mu)} on retail. What average stock at cost does that allow, to the cent (halves up)?`,
      show: m$,
      key: mul(avgR, comp(rate(mu))),
      wrong: [
        [avgR, 'leaves the average stock at retail'],
        [mul(cc(sales), div(turn, 100), comp(rate(mu))), 'multiplies the sales by the turn'],
        [mul(avgR, rate(mu)), 'multiplies by the markup, not its complement'],
        [div(avgR, add(1, rate(mu))), 'treats the markup as on cost'],
      ],
      figures: { sales, turn, mu },
    }
  }),
  worked('like-for-like-sales-growth', (rng) => {
    const comp2 = thousands(rng, 2000, 9000)
    const growth = rng.int(30, 120)
    const compTy = nearestThousand((comp2 * (1000 + growth)) / 1000)
    const nw = nearestThousand((comp2 * rng.int(4, 12)) / 100)
    const closedLy = nearestThousand((comp2 * rng.int(10, 25)) / 1000)
    const ly = comp2 + closedLy
    const ty = compTy + nw
    const m$ = moneyOf(rng)
    return {
      stem: `A chain's sales this year were ${cash(m$, ty)}, of which ${cash(m$, nw)} came from stores opened in the last twelve months. Last year's sales were ${cash(m$, ly)}, of which ${cash(m$, closedLy)} came from a store since closed. What was its like-for-like sales growth, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(compTy - comp2, comp2),
      wrong: [
        [div(ty - ly, ly), 'compares the totals, new and closed stores included'],
        [div(compTy - ly, ly), 'keeps the closed store in last year'],
        [div(ty - comp2, comp2), 'keeps the new stores in this year'],
        [div(compTy - comp2, compTy), 'divides by this year’s sales'],
      ],
      figures: { ty, nw, ly, closedLy },
    }
  }),
  worked('conversion-rate-needed-for-a-sales-target', (rng) => {
    const daily = rng.int(40, 400) * 10
    const atv = rng.int(1800, 12000)
    // Up to 3.4 units a transaction: at 3.5 the slip that multiplies by them would fall on the
    // one that sets a week's transactions against one day's counts.
    const upt = rng.int(12, 34)
    // The target is drawn from a conversion rate a store can reach (5% to 25%) and rounded to
    // whole hundreds, so the key stays a real rate and even three and a half times it stays
    // under all the visitors.
    const aim = rng.int(500, 2500)
    const target = Math.round((aim * 3.5 * daily * atv) / 10000 / 10000) * 10000
    const tx = div(cc(target), cc(atv))
    const visitors = mul(7, div(daily, 2))
    const m$ = moneyOf(rng)
    return {
      stem: `A store's weekly sales target is ${cash(m$, target)} over 7 trading days. Its door counter logs ${n(daily)} counts a day on average, counting each visitor twice (in and out). Its average transaction value is ${cash(m$, atv)}, with ${two(div(upt, 10))} units per transaction. What conversion rate (transactions ÷ visitors) does the target need, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(tx, visitors),
      wrong: [
        [div(tx, mul(7, daily)), 'does not halve the door counts'],
        // A week's transactions over one day's visitors is a rate over 100% in some draws,
        // which no candidate would offer, so it is a slip only where it stays under.
        ...(num(div(tx, div(daily, 2))) < 1
          ? [
              [
                div(tx, div(daily, 2)),
                'sets a week’s transactions against one day’s visitors',
              ] as const,
            ]
          : []),
        [div(tx, daily), 'sets a week’s transactions against one day’s counts'],
        [div(div(tx, 7), visitors), 'sets one day’s transactions against a week’s visitors'],
        [div(div(tx, div(upt, 10)), visitors), 'also divides by the units per transaction'],
        [div(mul(tx, div(upt, 10)), visitors), 'multiplies by the units per transaction'],
      ],
      figures: { target, daily, atv, upt },
    }
  }),
  worked('weeks-to-sell-out-at-the-rate-of-sale', (rng) => {
    const stores = rng.int(20, 150)
    const ros = rng.int(8, 60)
    const stock = Math.round((stores * ros * rng.int(30, 120)) / 100 / 10) * 10 * 10
    return {
      stem: `A line sells at a rate of ${two(div(ros, 10))} units per store per week in the ${n(stores)} stores that carry it, and ${n(stock)} units are left across the chain. At that rate, how many weeks will the stock last, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} weeks`,
      key: div(stock, mul(stores, div(ros, 10))),
      wrong: [
        [div(stock, div(ros, 10)), 'divides by one store’s rate'],
        [div(stock, mul(stores, div(ros, 10), 7)), 'reads the weekly rate as daily'],
        [div(mul(stores, div(ros, 10)), stock), 'divides sales by stock'],
        [div(stock, stores), 'gives the units per store, not the weeks'],
        [
          div(mul(stock, 7), mul(stores, div(ros, 10))),
          'multiplies the weeks by seven, giving days',
        ],
      ],
      figures: { stores, ros, stock },
    }
  }),
  worked('rate-of-sale-per-store-per-week', (rng) => {
    const weeks = rng.int(2, 6)
    const ranged = rng.int(20, 120)
    const all = ranged + rng.int(10, 80)
    const sold = Math.round((ranged * weeks * rng.int(20, 250)) / 10)
    return {
      stem: `A line sold ${n(sold)} units over ${weeks} weeks. The chain has ${n(all)} stores, of which ${n(ranged)} carried the line. What is its rate of sale per carrying store per week, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} units`,
      key: div(sold, ranged * weeks),
      wrong: [
        [div(sold, all * weeks), 'divides by every store in the chain'],
        [div(sold, ranged), 'does not divide by the weeks'],
        [div(sold, weeks), 'does not divide by the stores'],
        [div(sold, ranged * weeks * 7), 'divides by days, giving a daily rate'],
        [div(sold, all), 'divides by every store and not by the weeks'],
        [div(sold, weeks * 7), 'divides by the days, not the stores'],
      ],
      figures: { weeks, ranged, all, sold },
    }
  }),
  worked('full-price-sell-through', (rng) => {
    const rec = rng.int(50, 400) * 10
    const full = Math.round((rec * rng.int(30, 60)) / 100)
    const md = Math.round((rec * rng.int(15, 35)) / 100)
    return {
      stem: `A style received ${n(rec)} units for the season. It sold ${n(full)} at full price and ${n(md)} after markdown. What was its full-price sell-through (units sold at full price ÷ units received), as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(full, rec),
      wrong: [
        [div(full + md, rec), 'counts the markdown sales too'],
        [div(full, full + md), 'divides by units sold, not received'],
        [div(full, rec - md), 'takes the markdown units out of the receipts'],
        [div(md, rec), 'gives the markdown sell-through'],
      ],
      figures: { rec, full, md },
    }
  }),
  worked('weekly-sales-to-reach-a-sell-through-target', (rng) => {
    const bop = rng.int(40, 300) * 10
    const rec = rng.int(1, Math.floor(bop / 20)) * 10
    const target = drawPct(rng, 60, 85, 5)
    const soldToDate = Math.round(((bop + rec) * rng.int(20, 45)) / 100)
    const weeks = rng.int(3, 10)
    const needed = sub(mul(bop + rec, rate(target)), soldToDate)
    return {
      stem: `A style had ${n(bop)} units at launch and has received ${n(rec)} more; ${n(soldToDate)} have sold. The target is a season sell-through of ${bpText(target)} of units available (launch stock plus receipts) in the ${weeks} weeks left. How many units a week must it sell, rounded up to a whole unit?`,
      show: countOf('units', 'up'),
      key: div(needed, weeks),
      wrong: [
        [
          div(sub(mul(bop, rate(target)), soldToDate), weeks),
          'applies the target to the launch stock alone',
        ],
        [div(mul(bop + rec, rate(target)), weeks), 'ignores the units already sold'],
        [
          div(mul(bop + rec - soldToDate, rate(target)), weeks),
          'applies the target to the stock left',
        ],
        [div(needed, weeks + 1), 'divides by one week too many'],
      ],
      figures: { bop, rec, target, soldToDate, weeks },
    }
  }),
]
