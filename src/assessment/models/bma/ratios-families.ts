import {
  add,
  CENT,
  cents,
  DP1,
  div,
  dollars,
  frac,
  HALF,
  mul,
  n,
  pc,
  plain,
  rest,
  sub,
  usd,
  WHOLE,
  worked,
  wp,
} from './bma-text.js'

// Ratios, rates and conversions. Stems state the exchange rate and which currency it buys, the
// conversion factor, the shares a ratio sets and how an answer is rounded, because the slips are
// a rate multiplied where it divides, a part divided by the other parts, a direct proportion
// where the quantities are inverse, and a length factor used for an area.

const four = (x: number): string => (x / 10000).toFixed(4)

export const RATIOS_FAMILIES = [
  worked('profit-shared-in-a-ratio', (rng) => {
    const parts = [rng.int(1, 9), rng.int(1, 9), rng.int(1, 9)]
    if (new Set(parts).size < 3) rest()
    const p = rng.int(20, 400) * 1000
    const k = rng.int(0, 2)
    const names = ['Ana', 'Ben', 'Chloe']
    const sum = parts[0]! + parts[1]! + parts[2]!
    return {
      stem: `Partners Ana, Ben and Chloe share a profit of $${n(p)} in the ratio ${parts.join(' : ')}. What is ${names[k]}’s share, ${CENT}?`,
      show: usd(2),
      figures: { a0: parts[0]!, a1: parts[1]!, a2: parts[2]!, p, k },
      key: mul(p, frac(parts[k]!, sum)),
      wrong: [
        [mul(p, frac(parts[k]!, sum - parts[k]!)), 'divides by the other partners’ parts only'],
        [div(p, 3), 'splits the profit equally'],
        [mul(p, frac(parts[k]!, 10)), 'reads the part as tenths of the profit'],
        [mul(p, frac(parts[k]!, Math.max(...parts))), 'divides by the largest part'],
        [mul(p, frac(parts[k]!, sum + parts[k]!)), 'counts the partner’s part twice in the total'],
      ],
    }
  }),
  worked('cost-of-a-different-quantity-by-proportion', (rng) => {
    const q1 = rng.int(6, 40)
    const q2 = rng.int(10, 120)
    if (q1 === q2) rest()
    const c = rng.int(20, 900) * 100 + rng.int(0, 99)
    return {
      stem: `${q1} boxes of labels cost ${dollars(c)} at a fixed price per box. What do ${q2} boxes cost, ${CENT}?`,
      show: usd(2),
      figures: { q1, q2, c },
      key: div(mul(cents(c), q2), q1),
      wrong: [
        [div(mul(cents(c), q1), q2), 'turns the proportion upside down'],
        [mul(cents(c), q2), 'multiplies the whole cost by the new count'],
        [div(cents(c), q1), 'stops at the price of one box'],
        [div(cents(c), q1 * q2), 'divides by both counts'],
        [mul(div(cents(c), q1), q2 - q1), 'prices only the difference in boxes'],
        [add(cents(c), div(mul(cents(c), q2), q1)), 'adds the first order’s cost to the new one'],
      ],
    }
  }),
  worked('price-per-100-grams-of-the-better-buy', (rng) => {
    const s1 = rng.pick([250, 300, 400, 500])
    const s2 = rng.pick([600, 750, 900, 1000, 1200])
    const p1 = rng.int(150, 600)
    const p2 = Math.round((p1 * s2 * rng.int(75, 125)) / (s1 * 100))
    const u1 = frac(p1, s1)
    const u2 = frac(p2, s2)
    if (p1 * s2 === p2 * s1) rest()
    const best = p1 * s2 < p2 * s1 ? u1 : u2
    const worst = p1 * s2 < p2 * s1 ? u2 : u1
    return {
      stem: `Coffee comes in a ${s1} g bag for ${dollars(p1)} and a ${s2} g bag for ${dollars(p2)}. What is the price per 100 g of whichever bag is the better buy, ${CENT}?`,
      show: usd(2),
      figures: { s1, s2, p1, p2 },
      key: best,
      wrong: [
        [worst, 'gives the dearer bag’s price per 100 g'],
        [frac(p1 + p2, s1 + s2), 'pools the two bags'],
        [frac(p1, s2), 'divides the small bag’s price by the large bag’s size'],
        [frac(p2, s1), 'divides the large bag’s price by the small bag’s size'],
        [div(frac(p1 + p2, 200), 1), 'averages the two bag prices'],
      ],
    }
  }),
  worked('receiving-foreign-currency-less-a-fee', (rng) => {
    const e = rng.int(500, 20000) * 100
    const r = rng.int(8200, 9600)
    const f = rng.pick([1, 2, 3])
    return {
      stem: `A client pays €${n(e / 100)}. Today one US dollar buys €${four(r)}, and the bank keeps ${wp(f)} of the dollar amount as a conversion fee. How many dollars arrive, ${CENT}?`,
      show: usd(2),
      figures: { e, r, f },
      key: mul(div(mul(e, 100), r), sub(1, pc(f))),
      wrong: [
        [mul(div(mul(e, r), 1000000), sub(1, pc(f))), 'multiplies by the rate instead of dividing'],
        [div(mul(e, 100), r), 'leaves out the fee'],
        [mul(div(mul(e, 100), r), add(1, pc(f))), 'adds the fee instead of taking it off'],
        [sub(div(mul(e, 100), r), f), 'takes the fee off as dollars'],
        [div(mul(e, r), 1000000), 'multiplies by the rate and leaves out the fee'],
        [mul(div(mul(e, r), 1000000), add(1, pc(f))), 'multiplies by the rate and adds the fee'],
      ],
    }
  }),
  worked('paying-in-foreign-currency-with-a-card-fee', (rng) => {
    const e = rng.int(50, 5000) * 100 + rng.int(0, 99)
    const r = rng.int(10500, 12500)
    const f = rng.pick([1, 2, 3])
    return {
      stem: `A buyer pays an invoice of €${(e / 100).toFixed(2)} by card. One euro costs $${four(r)}, and the card adds a foreign transaction fee of ${wp(f)} of the dollar amount. What is the charge in dollars, ${CENT}?`,
      show: usd(2),
      figures: { e, r, f },
      key: mul(cents(e), frac(r, 10000), add(1, pc(f))),
      wrong: [
        [
          mul(div(cents(e), frac(r, 10000)), add(1, pc(f))),
          'divides by the rate instead of multiplying',
        ],
        [mul(cents(e), frac(r, 10000)), 'leaves out the fee'],
        [mul(cents(e), frac(r, 10000), sub(1, pc(f))), 'takes the fee off instead of adding it'],
        [add(mul(cents(e), frac(r, 10000)), f), 'adds the fee as dollars'],
        [mul(cents(e), add(1, pc(f))), 'adds the fee but leaves the amount in euros'],
      ],
    }
  }),
  worked('cross-rate-from-two-dollar-rates', (rng) => {
    const re = rng.int(8200, 9600)
    const rg = rng.int(7200, 8200)
    return {
      stem: `One US dollar buys €${four(re)} or £${four(rg)}. How many pounds does one euro buy at these rates, to four decimal places ${HALF}?`,
      show: plain(4),
      figures: { re, rg },
      key: frac(rg, re),
      wrong: [
        [frac(re, rg), 'divides the euro rate by the pound rate'],
        [frac(re * rg, 100_000_000), 'multiplies the two rates'],
        [frac(1 * 10000, rg), 'gives the dollars one pound buys'],
        [frac(10000, re), 'gives the dollars one euro buys'],
      ],
    }
  }),
  worked('fuel-cost-for-a-delivery-route', (rng) => {
    const km = rng.int(40, 450)
    const l = rng.int(60, 140)
    const pr = rng.int(140, 230)
    return {
      stem: `A van uses ${(l / 10).toFixed(1)} litres of fuel per 100 km and fuel costs ${dollars(pr)} a litre. It drives ${n(km)} km to a customer and back the same way. What does the round trip cost in fuel, ${CENT}?`,
      show: usd(2),
      figures: { km, l, pr },
      key: mul(frac(2 * km, 100), frac(l, 10), cents(pr)),
      wrong: [
        [mul(frac(km, 100), frac(l, 10), cents(pr)), 'prices the way out only'],
        [mul(2 * km, frac(l, 10), cents(pr)), 'uses the per-100 km figure per kilometre'],
        [mul(frac(2 * km, 100), cents(pr)), 'leaves out the consumption'],
        [div(mul(2 * km, cents(pr)), frac(l, 10)), 'divides by the consumption'],
        [
          mul(frac(2 * km, 10), frac(l, 10), cents(pr)),
          'divides the distance by 10 instead of 100',
        ],
        [mul(frac(2 * km, 100), frac(l, 10)), 'gives the litres instead of the cost'],
      ],
    }
  }),
  worked('days-for-a-different-crew-size', (rng) => {
    const w1 = rng.int(3, 12)
    const w2 = rng.int(3, 15)
    const d = rng.int(6, 40)
    if (w1 === w2) rest()
    return {
      stem: `A crew of ${w1} cleaners finishes an office refit clean in ${d} days. Working at the same rate each, how many days would ${w2} cleaners take, ${DP1}?`,
      show: plain(1, 'days'),
      figures: { w1, w2, d },
      key: frac(w1 * d, w2),
      wrong: [
        [frac(d * w2, w1), 'scales the days up with the crew, as a direct proportion'],
        [frac(w1 * d, w1 + w2), 'reads the new crew as cleaners joining the first'],
        [frac(d, w2), 'divides the days by the new crew only'],
        [frac(w1 * d), 'gives the cleaner-days'],
        [frac(d * w2), 'multiplies the days by the new crew size'],
      ],
    }
  }),
  worked('profit-shared-by-capital-and-months', (rng) => {
    const c1 = rng.int(10, 90) * 1000
    const c2 = rng.int(10, 90) * 1000
    const m1 = 12
    const m2 = rng.int(3, 10)
    const p = rng.int(20, 200) * 1000
    return {
      stem: `Dana put $${n(c1)} into a business for all 12 months of the year; Eli put in $${n(c2)} for the last ${m2} months. They share the year’s profit of $${n(p)} in proportion to capital × months invested. What is Eli’s share, ${CENT}?`,
      show: usd(2),
      figures: { c1, c2, m2, p },
      key: mul(p, frac(c2 * m2, c1 * m1 + c2 * m2)),
      wrong: [
        [mul(p, frac(c2, c1 + c2)), 'shares by capital alone'],
        [mul(p, frac(m2, m1 + m2)), 'shares by months alone'],
        [div(p, 2), 'splits the profit equally'],
        [mul(p, frac(c2 * m2, c1 * m1)), 'divides by Dana’s capital-months only'],
        [mul(p, frac(c2 * m2, (c1 + c2) * 12)), 'divides by both capitals for the full year'],
      ],
    }
  }),
  worked('output-in-minutes-from-an-hourly-rate', (rng) => {
    const h = rng.int(2, 8)
    const parts = h * rng.int(60, 600)
    const mins = rng.int(10, 55)
    return {
      stem: `A machine makes ${n(parts)} parts in ${h} hours at a steady rate. How many parts does it make in ${mins} minutes, ${WHOLE}?`,
      show: plain(0, 'parts'),
      figures: { h, parts, mins },
      key: frac(parts * mins, h * 60),
      wrong: [
        [frac(parts * mins, h), 'multiplies the hourly rate by minutes'],
        [frac(parts * mins, h * 100), 'counts 100 minutes in an hour'],
        [frac(parts * mins, 60), 'leaves out the hours'],
        [frac(parts * 60, h * mins), 'turns the minutes ratio upside down'],
      ],
    }
  }),
  worked('total-from-one-part-of-a-ratio', (rng) => {
    const a = rng.int(2, 9)
    const b = rng.int(2, 9)
    if (a === b) rest()
    const x = b * rng.int(200, 4000)
    return {
      stem: `A shop’s online and in-store sales are in the ratio ${a} : ${b}. In-store sales were $${n(x)}. What were total sales, ${CENT}?`,
      show: usd(2),
      figures: { a, b, x },
      key: frac(x * (a + b), b),
      wrong: [
        [frac(x * a, b), 'gives the online sales only'],
        [frac(x * (a + b), a), 'divides by the online part'],
        [frac(x * b, a), 'turns the ratio upside down'],
        [frac(x * (a + b)), 'multiplies by the sum of the parts'],
        [frac(x + a + b), 'adds the parts as dollars'],
      ],
    }
  }),
  worked('price-per-square-metre-from-per-square-foot', (rng) => {
    const p = rng.int(150, 6000)
    return {
      stem: `Office space rents at ${dollars(p)} per square foot a year. Taking 1 m = 3.2808 ft, so 1 m² = 10.7639 ft², what is that per square metre a year, ${CENT}?`,
      show: usd(2),
      figures: { p },
      key: mul(cents(p), frac(107639, 10000)),
      wrong: [
        [mul(cents(p), frac(32808, 10000)), 'uses the length factor for an area'],
        [div(cents(p), frac(107639, 10000)), 'divides by the area factor'],
        [div(cents(p), frac(32808, 10000)), 'divides by the length factor'],
        [mul(cents(p), frac(32808 * 3, 10000)), 'triples the length factor as for a volume'],
      ],
    }
  }),
  worked('hires-needed-to-reach-a-staffing-ratio', (rng) => {
    const x = rng.int(1, 4)
    const y = rng.int(5, 12)
    const b = y * rng.int(3, 12)
    const a = rng.int(1, (b * x) / y - 1)
    return {
      stem: `A clinic has ${a} nurses and ${b} beds. The target is ${x} nurse${x > 1 ? 's' : ''} for every ${y} beds. How many more nurses must be hired to meet the target exactly, ${WHOLE}?`,
      show: plain(0, 'nurses'),
      figures: { x, y, b, a },
      key: frac((b * x) / y - a),
      wrong: [
        [frac((b * x) / y), 'gives the target number of nurses'],
        [sub(div(b * y, x), a), 'turns the ratio upside down'],
        [frac((b * x) / y + a), 'adds the nurses already there'],
        [frac(b / y), 'gives the number of groups of beds'],
        [frac(b - a), 'takes the nurses from the beds'],
      ],
    }
  }),
  worked('property-tax-from-a-mill-rate', (rng) => {
    const v = rng.int(150, 900) * 1000
    const ar = rng.int(40, 90)
    const mills = rng.int(15, 45)
    return {
      stem: `A shop building has a market value of $${n(v)}, is assessed at ${wp(ar)} of market value and taxed at ${mills} mills (dollars per $1,000 of assessed value). What is the tax, ${CENT}?`,
      show: usd(2),
      figures: { v, ar, mills },
      key: mul(v, pc(ar), frac(mills, 1000)),
      wrong: [
        [mul(v, frac(mills, 1000)), 'taxes the market value instead of the assessed value'],
        [mul(v, pc(ar), frac(mills, 100)), 'reads mills as percent'],
        [mul(v, pc(ar), frac(mills, 10000)), 'reads mills as per $10,000'],
        [mul(v, sub(1, pc(ar)), frac(mills, 1000)), 'taxes the part of value not assessed'],
        [mul(v, pc(ar)), 'gives the assessed value'],
        [mul(v, frac(mills, 100)), 'taxes the market value at mills read as percent'],
      ],
    }
  }),
  worked('cost-per-unit-in-a-pack-of-packs', (rng) => {
    const packs = rng.pick([6, 8, 10, 12, 24])
    const per = rng.pick([4, 6, 12, 20, 50])
    const c = rng.int(20, 400) * 100 + rng.int(0, 99)
    return {
      stem: `A case holds ${packs} packs of ${per} pens and costs ${dollars(c)}. What is the cost per pen, in dollars to three decimal places ${HALF}?`,
      show: usd(3),
      figures: { packs, per, c },
      key: div(cents(c), packs * per),
      wrong: [
        [div(cents(c), packs), 'gives the cost per pack'],
        [div(cents(c), packs + per), 'adds the packs and pens per pack'],
        [div(cents(c), per), 'divides by the pens in one pack'],
        [div(mul(cents(c), packs), per), 'multiplies by the packs and divides by the pens'],
        [div(packs * per, cents(c)), 'divides the pens by the cost, giving pens per dollar'],
        [div(cents(c), packs * per * 100), 'divides by 100 as if converting cents to dollars'],
      ],
    }
  }),
]
