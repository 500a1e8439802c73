import { VariantError } from '../assemble-variant.js'
import { aNum, anyMoney, ceilDiv, client, count, family, share } from './print-text.js'

// Print quotes and costs, money in integer cents rounded half away from zero to the cent. Each
// stem states the make-ready, run rate, tier, markup or margin rule its key depends on.

const copies = count('copies')

export const QUOTE_FAMILIES = [
  family('unit-cost-make-ready-and-run', (rng) => {
    const money = anyMoney(rng)
    const mr = rng.int(150, 600) * 100
    const run = rng.int(20, 120) * 100 // per 1,000
    const q = rng.int(2, 20) * 500
    const total = mr + share(run * q, 1, 1000)
    return {
      stem: `An offset quote for ${client(rng)}: make-ready ${money(mr)} plus ${money(run)} per 1,000 run. What is the cost per copy for ${q.toLocaleString('en-GB')} copies, to the cent?`,
      key: money(share(total, 1, q)),
      wrong: [
        [money(share(run, 1, 1000)), 'leaves out the make-ready'],
        [money(share(mr, 1, q)), 'leaves out the run cost'],
        [money(share(mr + run, 1, q)), 'charges the run rate once, not per 1,000'],
        [
          money(share(mr, 1, 1000) + share(run, 1, 1000)),
          'spreads the make-ready over 1,000 copies',
        ],
        [money(share(mr + run * q, 1, q)), 'charges the run rate per copy'],
      ],
      figures: { mr, run, q },
    }
  }),
  family('break-even-digital-offset', (rng) => {
    const money = anyMoney(rng)
    const d = rng.int(20, 90) // cents per copy digital
    const o = rng.int(4, d - 8)
    const mr = rng.int(150, 700) * 100
    const be = ceilDiv(mr, d - o)
    return {
      stem: `Digital costs ${money(d)} a copy with no set-up. Offset costs ${money(mr)} make-ready plus ${money(o)} a copy. What is the smallest whole run at which offset costs no more than digital?`,
      key: copies(be),
      wrong: [
        [copies(ceilDiv(mr, d)), 'ignores offset’s cost per copy'],
        [copies(ceilDiv(mr, o)), 'divides by offset’s rate alone'],
        [copies(ceilDiv(mr, d + o)), 'adds the two rates'],
        [copies(Math.floor(mr / (d - o))), 'rounds down, where offset still costs more'],
        [copies(ceilDiv(mr * 2, d - o)), 'counts make-ready twice'],
      ],
      figures: { d, o, mr },
    }
  }),
  family('cheaper-method-cost', (rng) => {
    const money = anyMoney(rng)
    const d = rng.int(25, 90)
    const o = rng.int(5, d - 10)
    const mr = rng.int(200, 600) * 100
    const q = rng.int(2, 40) * 100
    const dig = d * q
    const off = mr + o * q
    if (Math.abs(dig - off) < 2000) throw new VariantError('close')
    return {
      stem: `For ${q.toLocaleString('en-GB')} copies: digital at ${money(d)} a copy, or offset at ${money(mr)} make-ready plus ${money(o)} a copy. What does the cheaper method cost?`,
      key: money(Math.min(dig, off)),
      wrong: [
        [money(Math.max(dig, off)), 'picks the dearer method'],
        [money(o * q), 'costs offset without its make-ready'],
        [money(mr + d * q), 'adds make-ready to the digital rate'],
        [money(Math.abs(dig - off)), 'gives the saving, not the cost'],
        [money(mr), 'gives the make-ready alone'],
      ],
      figures: { d, o, mr, q },
    }
  }),
  family('markup-on-print-cost', (rng) => {
    const money = anyMoney(rng)
    const cost = rng.int(300, 5000) * 100
    const m = rng.pick([10, 15, 20, 25, 30])
    return {
      stem: `You buy print for a client at ${money(cost)} and your terms add a ${m} % markup on cost. What do you invoice for the print?`,
      key: money(share(cost, 100 + m, 100)),
      wrong: [
        [money(share(cost, 100, 100 - m)), 'prices for a margin on the selling price'],
        [money(share(cost, m, 100)), 'gives only the markup'],
        [money(share(cost, 100 - m, 100)), 'takes the percentage off'],
        [money(cost + m * 100), 'adds the percentage as whole currency'],
        [money(share(cost, 100 + 2 * m, 100)), 'adds the markup twice'],
        [money(share(cost, 200 + m, 200)), 'adds half the markup'],
      ],
      figures: { cost, m },
    }
  }),
  family('margin-on-selling-price', (rng) => {
    const money = anyMoney(rng)
    const cost = rng.int(300, 5000) * 100
    const m = rng.pick([10, 15, 20, 25, 30])
    return {
      stem: `Print costs you ${money(cost)}. You want a ${m} % gross margin on the price you charge (margin = profit ÷ price). What price, to the cent?`,
      key: money(share(cost, 100, 100 - m)),
      wrong: [
        [money(share(cost, 100 + m, 100)), 'adds a markup on cost instead'],
        [money(share(cost, m, 100)), 'gives only the profit on cost'],
        [money(share(cost, 100 - m, 100)), 'takes the percentage off'],
        [money(share(cost, 100 + 2 * m, 100)), 'doubles the markup'],
      ],
      figures: { cost, m },
    }
  }),
  family('extra-thousands-run-on', (rng) => {
    const money = anyMoney(rng)
    const base = rng.int(2, 10) * 1000
    const price = rng.int(300, 2000) * 100
    const runOn = rng.int(30, 200) * 100
    const q = base + rng.int(1, 8) * 500
    return {
      stem: `A quote: ${base.toLocaleString('en-GB')} copies for ${money(price)}, additional copies at ${money(runOn)} per 1,000 (pro rata). What does ${q.toLocaleString('en-GB')} cost?`,
      key: money(price + share(runOn * (q - base), 1, 1000)),
      wrong: [
        [money(share(price * q, 1, base)), 'scales the whole price pro rata'],
        [money(price + runOn * ceilDiv(q - base, 1000)), 'charges whole thousands of run-on'],
        [money(price + share(runOn * q, 1, 1000)), 'charges run-on on every copy'],
        [money(price + runOn), 'adds one run-on 1,000'],
        [money(price + share(runOn * (q - base), 1, 100)), 'reads the run-on rate as per 100'],
        [money(share(runOn * q, 1, 1000)), 'prices every copy at the run-on rate'],
      ],
      figures: { base, price, runOn, q },
    }
  }),
  family('overs-billed-within-tolerance', (rng) => {
    const money = anyMoney(rng)
    const ordered = rng.int(2, 20) * 1000
    const tol = rng.pick([5, 10])
    const delivered = ordered + Math.round((ordered * rng.int(tol + 2, tol + 8)) / 100)
    const price = rng.int(300, 3000) * 100
    const runOn = rng.int(30, 150) * 100
    const billedOvers = Math.min(delivered - ordered, (ordered * tol) / 100)
    return {
      stem: `Terms: overs up to ${tol} % of the quantity ordered are billed at the run-on rate of ${money(runOn)} per 1,000 (pro rata); overs beyond that are free. You ordered ${ordered.toLocaleString('en-GB')} at ${money(price)}; ${delivered.toLocaleString('en-GB')} arrived. What is the bill?`,
      key: money(price + share(runOn * billedOvers, 1, 1000)),
      wrong: [
        [money(price + share(runOn * (delivered - ordered), 1, 1000)), 'bills every over'],
        [money(price), 'bills no overs'],
        [money(share(price * delivered, 1, ordered)), 'bills the overs at the average price'],
        [
          money(price + share(runOn * ((ordered * tol) / 100), 1, 100)),
          'reads the run-on rate as per 100',
        ],
      ],
      figures: { ordered, tol, delivered, price, runOn },
    }
  }),
  family('paper-cost-by-kilogram', (rng) => {
    const money = anyMoney(rng)
    const [sw, sh] = rng.pick([
      [720, 1020],
      [640, 900],
      [700, 1000],
    ] as const)
    const g = rng.pick([90, 115, 130, 150, 170])
    const n = rng.int(5, 40) * 100
    const perKg = rng.int(120, 260) // cents per kg
    // Weight in millionths of a gram per sheet is sw × sh × g; cost in cents.
    const micro = n * sw * sh * g
    return {
      stem: `A job needs ${n.toLocaleString('en-GB')} sheets of ${sw} × ${sh} mm at ${g} gsm; paper costs ${money(perKg)} per kg. Weight = m² × gsm. What does the paper cost, to the cent?`,
      key: money(share(micro * perKg, 1, 1_000_000_000)),
      wrong: [
        [money(share(micro * perKg * 2, 1, 1_000_000_000)), 'weighs both sides of the sheet'],
        [money(share(n * g * perKg, 1, 1000)), 'takes gsm as grams per sheet'],
        [
          money(share(micro * perKg, 1, 100_000_000)),
          'misplaces the decimal converting to kilograms',
        ],
        [money(share(micro * perKg, 1, 10_000_000_000)), 'divides by 10 once too often'],
        [money(n * perKg), 'charges a kilogram per sheet'],
        [money(share(n * sw * sh * perKg, 1, 1_000_000)), 'prices per m², leaving out the gsm'],
      ],
      figures: { sw, sh, g, n, perKg },
    }
  }),
  family('digital-click-charges', (rng) => {
    const money = anyMoney(rng)
    const q = rng.int(2, 20) * 50
    const p = rng.int(2, 6) * 4
    const click = rng.int(4, 12) // cents per colour side of SRA3
    const sides = (q * p) / 2
    return {
      stem: `${aNum(p)} ${p}-page A4 booklet, ${q} copies, prints digitally two A4 pages to each side of an SRA3 sheet. The click charge is ${money(click)} per colour side of SRA3. What are the click charges?`,
      key: money(sides * click),
      wrong: [
        [money(q * p * click), 'charges a click per A4 page'],
        [money(((q * p) / 4) * click), 'charges per sheet, not per side'],
        [money(((q * p) / 8) * click), 'imposes four A4 pages to each SRA3 side'],
        [money(sides * click * 4), 'charges each CMYK colour as a click'],
        [money((p / 2) * click), 'prices one copy, not the run'],
      ],
      figures: { q, p, click },
    }
  }),
  family('reprint-without-plates', (rng) => {
    const money = anyMoney(rng)
    const plates = rng.int(4, 16)
    const plate = rng.int(20, 60) * 100
    const mr = rng.int(100, 400) * 100
    const run = rng.int(20, 90) * 100
    const q = rng.int(2, 20) * 1000
    const runCost = share(run * q, 1, 1000)
    return {
      stem: `The first run's quote: ${plates} plates at ${money(plate)} each, make-ready ${money(mr)}, run ${money(run)} per 1,000. The printer keeps the plates, so a reprint pays make-ready and run only. What does a reprint of ${q.toLocaleString('en-GB')} cost?`,
      key: money(mr + runCost),
      wrong: [
        [money(plates * plate + mr + runCost), 'charges the plates again'],
        [money(runCost), 'drops the make-ready too'],
        [money(plate + mr + runCost), 'charges one plate'],
        [money(mr + run), 'charges the run rate once, not per 1,000'],
      ],
      figures: { plates, plate, mr, run, q },
    }
  }),
  family('marginal-cost-between-quantities', (rng) => {
    const money = anyMoney(rng)
    const q1 = rng.int(1, 5) * 1000
    const q2 = q1 + rng.int(1, 5) * 1000
    const p1 = rng.int(300, 1500) * 100
    const p2 = p1 + rng.int(40, 400) * 100
    return {
      stem: `Quotes: ${q1.toLocaleString('en-GB')} for ${money(p1)}, ${q2.toLocaleString('en-GB')} for ${money(p2)}. What does each extra copy between them cost, to the cent?`,
      key: money(share(p2 - p1, 1, q2 - q1)),
      wrong: [
        [money(share(p2, 1, q2)), 'gives the unit cost of the larger run'],
        [money(share(p1, 1, q1)), 'gives the unit cost of the smaller run'],
        [money(share(p2 - p1, 1, q2)), 'divides the difference by the larger run'],
        [money(share(p2, 1, q2 - q1)), 'divides the larger price by the extra copies'],
      ],
      figures: { q1, q2, p1, p2 },
    }
  }),
  family('finishing-minimum-charge', (rng) => {
    const money = anyMoney(rng)
    const rate = rng.int(8, 30) * 100 // per 1,000 or part
    const min = rng.int(40, 90) * 100
    const q = rng.int(1, 12) * 500 + rng.pick([0, 250])
    const charge = Math.max(min, ceilDiv(q, 1000) * rate)
    return {
      stem: `A finisher folds at ${money(rate)} per 1,000 or part of 1,000, with a minimum charge of ${money(min)}. What is the charge for folding ${q.toLocaleString('en-GB')} leaflets?`,
      key: money(charge),
      wrong: [
        [money(ceilDiv(q, 1000) * rate), 'ignores the minimum'],
        [money(Math.max(min, share(q * rate, 1, 1000))), 'charges part thousands pro rata'],
        [money(min + ceilDiv(q, 1000) * rate), 'adds the minimum on top'],
        [money(Math.max(min, Math.floor(q / 1000) * rate)), 'drops the part thousand'],
        [money(ceilDiv(q, 1000) * min), 'charges the minimum per 1,000'],
        [money(ceilDiv(q, 500) * rate), 'charges the rate per 500'],
        [money(rate), 'gives the rate for one 1,000'],
        [money(share(q * rate, 1, 1000)), 'charges pro rata and ignores the minimum'],
      ],
      figures: { rate, min, q },
    }
  }),
  family('tiered-price-per-thousand', (rng) => {
    const money = anyMoney(rng)
    const t1 = rng.int(60, 120) * 100
    const t2 = t1 - rng.int(10, 30) * 100
    const t3 = t2 - rng.int(5, 20) * 100
    const q = rng.int(3, 24) * 1000 + rng.pick([0, 250, 500])
    const rate = q >= 10000 ? t3 : q >= 5000 ? t2 : t1
    const marginal =
      Math.min(q, 4999) * t1 +
      Math.max(0, Math.min(q, 9999) - 4999) * t2 +
      Math.max(0, q - 9999) * t3
    return {
      stem: `A price list per 1,000 (pro rata): ${money(t1)} below 5,000 copies, ${money(t2)} from 5,000, ${money(t3)} from 10,000. The rate for the whole order is set by its quantity. What do ${q.toLocaleString('en-GB')} copies cost?`,
      key: money(share(rate * q, 1, 1000)),
      wrong: [
        [money(share(marginal, 1, 1000)), 'charges each band at its own rate, like tax bands'],
        [money(share(t1 * q, 1, 1000)), 'uses the first band’s rate'],
        [money(share(t3 * q, 1, 1000)), 'uses the lowest rate'],
        [money(rate), 'gives the rate per 1,000 as the price'],
        [money(share(rate * q, 1, 100)), 'reads the rate as per 100'],
        [money(rate * Math.floor(q / 1000)), 'charges whole thousands only'],
      ],
      figures: { t1, t2, t3, q },
    }
  }),
  family('designer-invoice-print-and-hours', (rng) => {
    const money = anyMoney(rng)
    const hours = rng.int(4, 30)
    const rate = rng.int(40, 120) * 100
    const print = rng.int(200, 3000) * 100
    const m = rng.pick([10, 15, 20])
    return {
      stem: `Your invoice to ${client(rng)}: ${hours} hours of artwork at ${money(rate)} an hour, plus print bought at ${money(print)} with your ${m} % markup on cost (no markup on your hours). What is the invoice total before tax?`,
      key: money(hours * rate + share(print, 100 + m, 100)),
      wrong: [
        [money(share(hours * rate + print, 100 + m, 100)), 'marks up the hours too'],
        [money(hours * rate + print), 'leaves out the markup'],
        [money(hours * rate + share(print, m, 100)), 'bills only the markup on the print'],
        [money(hours * rate + share(print, 100, 100 - m)), 'applies the percentage as a margin'],
        [money(share(print, 100 + m, 100)), 'leaves out the hours'],
        [money(hours * rate), 'leaves out the print'],
        [money(share(hours * rate, 100 + m, 100) + print), 'marks up the hours, not the print'],
      ],
      figures: { hours, rate, print, m },
    }
  }),
  family('unit-cost-with-overs-ordered', (rng) => {
    const money = anyMoney(rng)
    const needed = rng.int(4, 40) * 250
    const spare = rng.pick([5, 10])
    const ordered = ceilDiv(needed * (100 + spare), 100)
    const perK = rng.int(40, 180) * 100
    const setup = rng.int(100, 500) * 100
    const total = setup + share(perK * ordered, 1, 1000)
    return {
      stem: `A mailing needs ${needed.toLocaleString('en-GB')} good pieces; you order ${spare} % extra (rounded up) to cover the mailing house's spoilage. Printing is ${money(setup)} set-up plus ${money(perK)} per 1,000 printed. What is the cost per good piece needed, to the cent?`,
      key: money(share(total, 1, needed)),
      wrong: [
        [money(share(total, 1, ordered)), 'divides by the pieces printed, not those needed'],
        [
          money(share(setup + share(perK * needed, 1, 1000), 1, needed)),
          'leaves out the extra ordered',
        ],
        [money(share(perK, 1, 1000)), 'gives the run rate per piece alone'],
        [money(share(share(perK * ordered, 1, 1000), 1, needed)), 'leaves out the set-up'],
        [
          money(share(setup, 1, 1000) + share(perK, 1, 1000)),
          'spreads the set-up over 1,000 pieces',
        ],
        [
          money(share(setup * 2 + share(perK * ordered, 1, 1000), 1, needed)),
          'counts the set-up twice',
        ],
      ],
      figures: { needed, spare, perK, setup },
    }
  }),
  family('split-print-cost-by-copies', (rng) => {
    const money = anyMoney(rng)
    const mr = rng.int(200, 800) * 100
    const run = rng.int(20, 90) * 100 // per 1,000
    const a = rng.int(1, 8) * 500
    const b = rng.int(1, 8) * 500
    if (a === b) throw new VariantError('equal')
    const total = mr + share(run * (a + b), 1, 1000)
    return {
      stem: `Two clients gang a run: ${a.toLocaleString('en-GB')} copies for one and ${b.toLocaleString('en-GB')} for the other. The job is ${money(mr)} make-ready plus ${money(run)} per 1,000. Costs are shared in proportion to copies. What is the first client's share?`,
      key: money(share(total * a, 1, a + b)),
      wrong: [
        [
          money(share(mr, 1, 2) + share(run * a, 1, 1000)),
          'splits make-ready evenly and run by copies',
        ],
        [money(share(total, 1, 2)), 'splits the whole cost evenly'],
        [money(share(total * b, 1, a + b)), 'gives the second client’s share'],
        [money(mr + share(run * a, 1, 1000)), 'charges the first client the whole make-ready'],
      ],
      figures: { mr, run, a, b },
    }
  }),
  family('copies-within-budget', (rng) => {
    const money = anyMoney(rng)
    const mr = rng.int(150, 500) * 100
    const run = rng.int(30, 150) * 100 // per 1,000, pro rata
    const budget = mr + rng.int(1000, 9000) * 100
    const key = Math.floor(((budget - mr) * 1000) / run)
    return {
      stem: `A client's print budget is ${money(budget)}. The printer charges ${money(mr)} make-ready plus ${money(run)} per 1,000 copies, pro rata to the copy. How many whole copies fit the budget?`,
      key: copies(key),
      wrong: [
        [copies(Math.floor((budget * 1000) / run)), 'forgets the make-ready'],
        [copies(Math.floor(((budget - mr) * 100) / run)), 'reads the rate as per 100'],
        [copies(Math.floor((budget - mr) / run) * 1000), 'counts whole thousands only'],
        [copies(Math.floor(((budget + mr) * 1000) / run)), 'adds the make-ready to the budget'],
        [copies(Math.floor(((budget - 2 * mr) * 1000) / run)), 'takes the make-ready off twice'],
      ],
      figures: { mr, run, budget },
    }
  }),
  family('price-per-thousand-from-total', (rng) => {
    const money = anyMoney(rng)
    const q = rng.int(4, 60) * 250
    const total = rng.int(200, 4000) * 100 + rng.int(0, 99)
    return {
      stem: `Two printers quote different runs, so you compare them per 1,000. One quotes ${money(total)} for ${q.toLocaleString('en-GB')} copies. What is that per 1,000 copies, to the cent?`,
      key: money(share(total * 1000, 1, q)),
      wrong: [
        [money(share(total, 1, q)), 'gives the price per copy'],
        [money(share(total, 1, ceilDiv(q, 1000))), 'rounds the run up to whole thousands'],
        [money(share(total, 1, Math.floor(q / 1000))), 'rounds the run down to whole thousands'],
        [money(share(total * q, 1, 1000)), 'multiplies by the thousands instead of dividing'],
        [money(share(total * 100, 1, q)), 'gives the price per 100 copies'],
      ],
      figures: { q, total },
    }
  }),
]
