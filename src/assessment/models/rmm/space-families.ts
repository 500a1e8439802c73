import type { Fraction } from '../exact.js'
import {
  add,
  bpText,
  cash,
  cc,
  ceil,
  countOf,
  div,
  draw99,
  drawPct,
  floor,
  moneyOf,
  mul,
  n,
  pct,
  rate,
  sub,
  two,
  whole,
  worked,
} from './rmm-text.js'

// Assortment and space as an allocator or space planner works them: size and colour splits,
// ratio packs, allocation by store grade and sales share, minimum presentation stock, facings,
// shelf capacity and average unit retail. Each stem states its rounding rule; the slips are a
// count left out (stores, sizes, shelves, height), the wrong basis of a share, or a rounding taken
// the wrong way.

const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const
const COLOURS = ['navy', 'black', 'stone', 'red', 'olive'] as const
const facings = (how: 'half' | 'up' | 'down' = 'half') => countOf('facings', how)
/** `x` to the nearest multiple of `m`, halves up (x > 0). */
const nearestMultiple = (x: Fraction, m: number): Fraction =>
  mul(floor(add(div(x, m), div(1, 2))), m)

export const SPACE_FAMILIES = [
  worked('units-of-one-colour-and-size-from-the-splits', (rng) => {
    const total = rng.int(40, 300) * 10
    const colours = rng.int(3, 5)
    const c = drawPct(rng, 15, 45)
    const s = drawPct(rng, 15, 35)
    const colour = rng.pick(COLOURS.slice(0, colours))
    const size = rng.pick(SIZES)
    return {
      stem: `A style is bought in ${colours} colours, ${n(total)} units in all. The colour split gives ${colour} ${bpText(c)} of the buy, and the size curve gives ${size} ${bpText(s)} of each colour. How many ${colour} ${size} units are bought, to the nearest unit (halves up)?`,
      show: countOf('units'),
      key: mul(total, rate(c), rate(s)),
      wrong: [
        [mul(total, rate(s)), 'applies the size curve to the whole buy'],
        [mul(total, rate(c)), 'stops at the colour split'],
        [div(mul(total, rate(s)), colours), 'splits the colours evenly'],
        [mul(total, rate(c), div(1, SIZES.length)), 'splits the sizes evenly'],
      ],
      figures: { total, colours, c, s },
    }
  }),
  worked('ratio-packs-to-cover-every-size', (rng) => {
    const ratio = [1, rng.int(1, 3), rng.int(2, 3), rng.int(1, 2)]
    const need = ratio.map((r) => r * rng.int(2, 9) + rng.int(0, r))
    const packs = ratio.map((r, i) => ceil(div(need[i]!, r)))
    const most = packs.reduce((a, b) => (a.n * b.d >= b.n * a.d ? a : b))
    const size = ratio.reduce((s, r) => s + r, 0)
    const total = need.reduce((s, x) => s + x, 0)
    return {
      stem: `A store's need for a style is ${need.map((x, i) => `${SIZES[i + 1]} ${x}`).join(', ')} units. It comes in ratio packs of ${ratio.map((r, i) => `${r} ${SIZES[i + 1]}`).join(', ')} (${size} units a pack). How many whole packs must the store get so that every size's need is met?`,
      show: countOf('packs'),
      key: most,
      wrong: [
        [ceil(div(total, size)), 'covers the total need, not each size'],
        [floor(div(total, size)), 'divides the total need by the pack and rounds down'],
        [add(...packs), 'adds the packs each size needs'],
        [
          ratio.map((r, i) => floor(div(need[i]!, r))).reduce((a, b) => (a.n >= b.n ? a : b)),
          'rounds each size’s packs down',
        ],
        [ceil(div(total, ratio.length)), 'divides the total need by the number of sizes'],
      ],
      figures: Object.fromEntries([
        ...ratio.map((r, i) => [`r${i}`, r]),
        ...need.map((x, i) => [`n${i}`, x]),
      ]),
    }
  }),
  worked('allocation-per-store-by-grade', (rng) => {
    const [na, nb, nc] = [rng.int(5, 30), rng.int(10, 50), rng.int(10, 60)]
    const [wa, wb] = [rng.int(3, 4), 2]
    const total = rng.int(100, 900) * 10
    const shares = wa * na + wb * nb + nc
    const grade = rng.pick(['A', 'B'] as const)
    const w = grade === 'A' ? wa : wb
    const count = grade === 'A' ? na : nb
    return {
      stem: `An allocator splits ${n(total)} units across ${na} grade A stores, ${nb} grade B and ${nc} grade C; each A store gets ${wa} shares, each B store 2 and each C store 1. Each store's units are rounded down to a whole unit. How many units does each grade ${grade} store get?`,
      show: countOf('units', 'down'),
      key: div(mul(total, w), shares),
      wrong: [
        [
          div(mul(total, w), mul(wa + wb + 1, count)),
          'shares by grade, ignoring the store counts, then splits by stores',
        ],
        [div(total, na + nb + nc), 'splits the units evenly over the stores'],
        [div(mul(total, w), wa + wb + 1), 'gives the grade’s share, not a store’s'],
        [
          div(mul(total, w), na + nb + nc),
          'divides the shares by the store count, not by the total shares',
        ],
      ],
      figures: { na, nb, nc, wa, total, w },
    }
  }),
  worked('allocation-with-minimum-presentation-stock', (rng) => {
    const ros = rng.int(10, 120)
    const weeks = rng.int(2, 4)
    const cover = div(mul(ros, weeks), 10)
    const mps = Math.round((ros * weeks * rng.int(50, 160)) / 1000) + 2
    const onHand = rng.int(1, Math.max(1, Math.floor((Math.min(mps, (ros * weeks) / 10) * 2) / 3)))
    const target = Math.max(mps, Number(ceil(cover).n))
    return {
      stem: `A store sells ${two(div(ros, 10))} units a week of a line. The rule: send enough for ${weeks} weeks of sales, but never leave the store below its minimum presentation stock of ${mps} units (the fixture must look full). It has ${onHand} ${onHand === 1 ? 'unit' : 'units'}. How many units should it be sent, rounded up to a whole unit?`,
      show: countOf('units', 'up'),
      key: whole(target - onHand),
      wrong: [
        [sub(cover, onHand), 'ignores the presentation minimum'],
        [add(cover, mps - onHand), 'adds the presentation minimum to the cover'],
        [whole(target), 'forgets the stock the store has'],
        [whole(mps - onHand), 'ignores the weeks of cover'],
        [
          ceil(cover).n - BigInt(onHand) > BigInt(mps) ? sub(ceil(cover), onHand) : whole(mps),
          'takes the stock on hand off the cover before applying the minimum',
        ],
      ],
      figures: { ros, weeks, mps, onHand },
    }
  }),
  worked('facings-by-unit-sales-share', (rng) => {
    const total = rng.int(16, 48)
    const items = [0, 1, 2, 3].map(() => ({ u: rng.int(20, 300), p: draw99(rng, 2, 40) }))
    const at = rng.int(0, 3)
    const units = items.reduce((s, i) => s + i.u, 0)
    const value = add(...items.map((i) => mul(i.u, cc(i.p))))
    const it = items[at]!
    const m$ = moneyOf(rng)
    return {
      stem: `A bay has ${total} facings for four lines, shared in proportion to unit sales and rounded to the nearest facing (halves up). Weekly sales: ${items.map((i, k) => `line ${k + 1}, ${n(i.u)} units at ${cash(m$, i.p)}`).join('; ')}. How many facings does line ${at + 1} get?`,
      show: facings(),
      key: mul(total, div(it.u, units)),
      wrong: [
        [mul(total, div(mul(it.u, cc(it.p)), value)), 'shares by sales value, not units'],
        [div(total, 4), 'shares the facings evenly'],
        [mul(total, div(it.u, units - it.u)), 'divides by the other lines’ units'],
        [floor(mul(total, div(it.u, units))), 'rounds the line’s share down'],
        [ceil(mul(total, div(it.u, units))), 'rounds the line’s share up'],
      ],
      figures: {
        total,
        at,
        ...Object.fromEntries(
          items.flatMap((i, k) => [
            [`u${k}`, i.u],
            [`p${k}`, i.p],
          ]),
        ),
      },
    }
  }),
  worked('weeks-of-supply-on-the-shelf', (rng) => {
    const f = rng.int(2, 8)
    const depth = rng.int(4, 12)
    const high = rng.int(1, 4)
    const weekly = rng.int(10, 120)
    const cap = f * depth * high
    return {
      stem: `A line has ${f} facings on a shelf; each facing holds ${depth} units deep and ${high} high. It sells ${n(weekly)} units a week. How many weeks of supply does a full shelf hold, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} weeks`,
      key: div(cap, weekly),
      wrong: [
        [div(f * depth, weekly), 'leaves out the units stacked high'],
        [div(f * high, weekly), 'leaves out the depth'],
        [div(cap, div(weekly, 7)), 'divides by a day’s sales, giving days'],
        [div(cap, weekly * f), 'divides by the facings again'],
        [div(depth * high, weekly), 'counts one facing'],
        [div(cap * f, weekly), 'divides by one facing’s share of the sales'],
      ],
      figures: { f, depth, high, weekly },
    }
  }),
  worked('facings-to-hold-a-case-and-safety-days', (rng) => {
    const caseQty = rng.pick([6, 8, 12, 18, 24])
    const days = rng.int(2, 5)
    const weekly = rng.int(14, 140)
    const depth = rng.int(4, 10)
    const high = rng.int(1, 3)
    const need = add(caseQty, mul(days, div(weekly, 7)))
    return {
      stem: `The space rule for a line: its shelf must hold one full case (${caseQty} units) plus ${days} days of sales. It sells ${n(weekly)} units a week over 7 trading days, and each facing holds ${depth} deep and ${high} high. How many facings does it need, rounded up to a whole facing?`,
      show: facings('up'),
      key: div(need, depth * high),
      wrong: [
        [div(mul(days, div(weekly, 7)), depth * high), 'leaves out the case'],
        [div(caseQty, depth * high), 'leaves out the days of sales'],
        [div(need, depth), 'counts one unit high'],
        [div(add(caseQty, weekly), depth * high), 'uses a week’s sales for the safety days'],
        [floor(div(need, depth * high)), 'rounds down, leaving the shelf short'],
        [div(need, high), 'counts one unit deep'],
      ],
      figures: { caseQty, days, weekly, depth, high },
    }
  }),
  worked('launch-quantity-from-presentation-minimums-by-grade', (rng) => {
    const g = [rng.int(5, 25), rng.int(10, 50), rng.int(10, 60)]
    const m = [rng.int(12, 24), rng.int(8, 14), rng.int(4, 8)]
    const reserve = drawPct(rng, 10, 30, 5)
    const stores = g[0]! * m[0]! + g[1]! * m[1]! + g[2]! * m[2]!
    return {
      stem: `A launch must fill every store to its minimum presentation stock: ${g[0]} grade A stores need ${m[0]} units each, ${g[1]} grade B ${m[1]} and ${g[2]} grade C ${m[2]}. The warehouse then holds back a reserve of ${bpText(reserve)} of the store fill for replenishment. How many units must be bought for the launch, rounded up to a whole unit?`,
      show: countOf('units', 'up'),
      key: mul(stores, add(1, rate(reserve))),
      wrong: [
        [whole(stores), 'leaves out the warehouse reserve'],
        [mul(m[0]! + m[1]! + m[2]!, add(1, rate(reserve))), 'counts one store of each grade'],
        [
          mul(div(m[0]! + m[1]! + m[2]!, 3), g[0]! + g[1]! + g[2]!, add(1, rate(reserve))),
          'gives every store the average minimum',
        ],
        [
          div(stores, sub(1, rate(reserve))),
          'grosses the fill up as if the reserve were a share of the buy',
        ],
      ],
      figures: { a: g[0]!, b: g[1]!, c: g[2]!, ma: m[0]!, mb: m[1]!, mc: m[2]!, reserve },
    }
  }),
  worked('linear-space-by-gross-margin-share', (rng) => {
    const total = rng.int(20, 120) * 10
    const cats = [0, 1, 2].map(() => ({ s: rng.int(40, 400) * 100000, g: drawPct(rng, 20, 50) }))
    const at = rng.int(0, 2)
    const gms = cats.map((c) => mul(cc(c.s), rate(c.g)))
    const sales = cc(cats.reduce((s, c) => s + c.s, 0))
    const m$ = moneyOf(rng)
    const c = cats[at]!
    return {
      stem: `A department has ${two(div(total, 10))} metres of shelf to share between three categories in proportion to their gross margin. Last year: ${cats.map((x, i) => `category ${i + 1} sold ${cash(m$, x.s)} at a gross margin of ${bpText(x.g)}`).join('; ')}. How many metres should category ${at + 1} get, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} m`,
      key: mul(div(total, 10), div(gms[at]!, add(...gms))),
      wrong: [
        [mul(div(total, 10), div(cc(c.s), sales)), 'shares by sales, not gross margin'],
        [
          mul(
            div(total, 10),
            div(
              c.g,
              cats.reduce((s, x) => s + x.g, 0),
            ),
          ),
          'shares by the margin percentages',
        ],
        [div(total, 30), 'shares the space evenly'],
        [mul(div(total, 10), rate(c.g)), 'gives the category its margin percentage of the space'],
      ],
      figures: {
        total,
        at,
        ...Object.fromEntries(
          cats.flatMap((x, i) => [
            [`s${i}`, x.s],
            [`g${i}`, x.g],
          ]),
        ),
      },
    }
  }),
  worked('buy-depth-per-sku-per-store', (rng) => {
    const styles = rng.int(2, 6)
    const colours = rng.int(2, 4)
    const sizes = rng.int(4, 6)
    const ranged = rng.int(20, 120)
    const all = ranged + rng.int(10, 60)
    const perSku = rng.int(6, 30)
    const total = styles * colours * sizes * ranged * perSku + rng.int(0, ranged * 3)
    const skus = styles * colours * sizes
    return {
      stem: `A buy of ${n(total)} units covers ${styles} styles, each in ${colours} colours and ${sizes} sizes, for the ${n(ranged)} of the chain's ${n(all)} stores that will range it. On average, how many units is that per SKU (style, colour and size) per ranging store, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} units`,
      key: div(total, skus * ranged),
      wrong: [
        [div(total, styles * colours * ranged), 'counts style-colours, leaving out the sizes'],
        [div(total, skus * all), 'divides by every store in the chain'],
        [
          div(total, (styles + colours + sizes) * ranged),
          'adds the counts instead of multiplying them',
        ],
        [div(total, styles * sizes * ranged), 'leaves out the colours'],
      ],
      figures: { styles, colours, sizes, ranged, all, total },
    }
  }),
  worked('size-share-from-last-seasons-sales', (rng) => {
    const rec = [0, 1, 2, 3, 4].map(() => rng.int(30, 200) * 10)
    const sold = rec.map((r) => Math.round((r * rng.int(40, 95)) / 100))
    const at = rng.int(0, 4)
    const totalSold = sold.reduce((s, x) => s + x, 0)
    const totalRec = rec.reduce((s, x) => s + x, 0)
    return {
      stem: `Last season a style received ${rec.map((r, i) => `${SIZES[i]} ${n(r)}`).join(', ')} units and sold ${sold.map((x, i) => `${SIZES[i]} ${n(x)}`).join(', ')}. Building this season's size curve from sales, what share should size ${SIZES[at]} get, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sold[at]!, totalSold),
      wrong: [
        [div(rec[at]!, totalRec), 'builds the curve from receipts'],
        [div(sold[at]!, rec[at]!), 'gives the size’s sell-through'],
        [div(sold[at]!, totalRec), 'divides the size’s sales by all receipts'],
        [div(1, 5), 'splits the sizes evenly'],
      ],
      figures: {
        at,
        ...Object.fromEntries(
          rec.flatMap((r, i) => [
            [`r${i}`, r],
            [`s${i}`, sold[i]!],
          ]),
        ),
      },
    }
  }),
  worked('store-allocation-rounded-to-inner-packs', (rng) => {
    const total = rng.int(100, 800) * 10
    const chain = rng.int(200, 900) * 100000
    const store = Math.round((chain * rng.int(5, 40)) / 1000 / 100000) * 100000
    const stores = rng.int(30, 120)
    const inner = rng.pick([4, 6, 8, 12])
    const raw = mul(total, div(store, chain))
    const m$ = moneyOf(rng)
    return {
      stem: `An allocator splits ${n(total)} units by each store's share of chain sales (chain ${cash(m$, chain)}, this store ${cash(m$, store)}), then rounds each store to the nearest whole inner pack of ${inner} (halves up); there are ${stores} stores. How many units does this store get?`,
      show: countOf('units'),
      key: nearestMultiple(raw, inner),
      wrong: [
        [mul(floor(div(raw, inner)), inner), 'rounds down to whole packs'],
        [mul(ceil(div(raw, inner)), inner), 'rounds up to whole packs'],
        [nearestMultiple(div(total, stores), inner), 'splits the units evenly over the stores'],
        [div(raw, inner), 'gives the number of packs, not units'],
        [
          nearestMultiple(mul(total, div(store, chain - store)), inner),
          'sets the store’s sales against the rest of the chain, not the whole chain',
        ],
      ],
      figures: { total, chain, store, stores, inner },
    }
  }),
  worked('planogram-fill-for-a-launch', (rng) => {
    const stores = rng.int(20, 200)
    const f = rng.int(2, 6)
    const depth = rng.int(3, 10)
    const high = rng.int(2, 4)
    const caseQty = rng.pick([6, 8, 12])
    const per = f * depth * high + caseQty
    return {
      stem: `A new line goes into ${n(stores)} stores on a planogram of ${f} facings, each ${depth} deep and ${high} high, with one case of ${caseQty} as back-stock in each store. How many units does the launch fill need?`,
      show: countOf('units'),
      key: whole(stores * per),
      wrong: [
        [whole(stores * f * depth * high), 'leaves out the back-stock cases'],
        [whole(per), 'fills one store'],
        [whole(stores * (f * depth + caseQty)), 'leaves out the units stacked high'],
        [whole(stores * f * (depth * high + caseQty)), 'adds a case for every facing'],
        [whole(stores * (depth * high + caseQty)), 'fills one facing, not all of them'],
      ],
      figures: { stores, f, depth, high, caseQty },
    }
  }),
  worked('lines-that-fit-on-a-shelving-run', (rng) => {
    const shelves = rng.int(3, 6)
    const len = rng.int(10, 40) * 10
    const width = rng.int(6, 25)
    const per = rng.int(2, 4)
    const onShelf = floor(div(len, width * per))
    return {
      stem: `A shelving run has ${shelves} shelves, each ${len} cm long. Each line is ${width} cm wide and gets ${per} facings side by side, and a line must sit on one shelf. How many lines fit on the run?`,
      show: countOf('lines'),
      key: mul(shelves, onShelf),
      wrong: [
        [
          floor(div(shelves * len, width * per)),
          'pools the shelves, letting lines split across them',
        ],
        [onShelf, 'counts one shelf'],
        [mul(shelves, floor(div(len, width))), 'gives each line one facing'],
        [mul(shelves, ceil(div(len, width * per))), 'rounds each shelf up'],
      ],
      figures: { shelves, len, width, per },
    }
  }),
  worked('average-unit-retail-of-an-assortment-plan', (rng) => {
    const prices = [draw99(rng, 10, 25), draw99(rng, 30, 55), draw99(rng, 60, 120)]
    const a = drawPct(rng, 20, 45, 5)
    const b = drawPct(rng, 30, 50, 5)
    const mix = [a, b, 10000 - a - b]
    const aur = add(...prices.map((p, i) => mul(cc(p), rate(mix[i]!))))
    const m$ = moneyOf(rng)
    return {
      stem: `An assortment plan has good, better and best price points of ${prices.map((p) => cash(m$, p)).join(', ')}, with ${mix.map(bpText).join(', ')} of the units at each. What average unit retail does the plan give, to the cent (halves up)?`,
      show: m$,
      key: aur,
      wrong: [
        [div(cc(prices[0]! + prices[1]! + prices[2]!), 3), 'averages the three price points'],
        [div(aur, 3), 'divides the weighted total by the three price points'],
        [cc(prices[1]!), 'takes the middle price point'],
        [
          div(add(...prices.map((p, i) => mul(cc(p), cc(p), rate(mix[i]!)))), aur),
          'weights the prices by sales value, not units',
        ],
      ],
      figures: { p0: prices[0]!, p1: prices[1]!, p2: prices[2]!, a, b },
    }
  }),
  worked('units-to-buy-from-a-sales-plan-and-aur', (rng) => {
    const plan = rng.int(20, 300) * 100000
    const aur = draw99(rng, 15, 90)
    const uc = Math.round((aur * rng.int(35, 50)) / 100)
    const units = Number(ceil(div(cc(plan), cc(aur))).n)
    const close = Math.round((units * rng.int(20, 50)) / 100)
    const open = Math.round((units * rng.int(10, 40)) / 100)
    const m$ = moneyOf(rng)
    return {
      stem: `A line's sales plan is ${cash(m$, plan)} at an average unit retail of ${cash(m$, aur)} (average unit cost ${cash(m$, uc)}). It opens with ${n(open)} units and must close with ${n(close)}. How many units must be bought, rounding the units to sell up to a whole unit first?`,
      show: countOf('units'),
      key: whole(units + close - open),
      wrong: [
        [
          add(ceil(div(cc(plan), cc(uc))), close - open),
          'divides the plan by the average unit cost',
        ],
        [whole(units - open), 'leaves out the closing stock'],
        [whole(units + close), 'does not take off the opening stock'],
        [whole(units), 'buys only the units to sell'],
        [whole(units + open - close), 'swaps the opening and closing stocks'],
      ],
      figures: { plan, aur, uc, open, close },
    }
  }),
]
