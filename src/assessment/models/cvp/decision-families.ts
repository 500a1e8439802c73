import { grouped } from '../../engines/number-format.js'
import type { Rng } from '../../rng.js'
import {
  cents,
  down,
  family,
  maker,
  money,
  near,
  positive,
  round,
  share,
  units,
  up,
} from './cvp-text.js'

// Short-term decisions on contribution: a scarce resource ranked by contribution per unit of it
// (hours in tenths, kg in tenths), whole units only, a special order with and without spare
// capacity, make or buy, dropping a product, further processing and the relevant cost of
// materials. Fixed costs that do not change with the decision are irrelevant; money in cents.

/** Two products sharing a scarce resource, drawn so that ranking by contribution per unit of the
 * resource differs from ranking by contribution per unit. */
function scarce(rng: Rng) {
  const [client, na, nb] = rng.pick([
    ['a furniture maker', 'stool', 'table'],
    ['a pottery', 'bowl', 'vase'],
    ['a print shop', 'poster run', 'banner'],
    ['a leather-goods studio', 'wallet', 'satchel'],
  ] as const)
  const ha = rng.int(5, 30) // tenths of an hour per unit of A
  const hb = ha + rng.int(8, 40)
  const ca = cents(rng, 8, 60)
  // B earns more a unit but less an hour: ca/ha > cb/hb, cb > ca.
  const cb = ca + down((hb - ha) * ca, ha) - rng.int(1, Math.max(1, down((hb - ha) * ca, ha * 3)))
  positive(cb - ca, ca * hb - cb * ha)
  const da = rng.int(2, 20) * 50
  const db = rng.int(2, 20) * 50
  const need = da * ha + db * hb
  const hours = down(need * rng.int(45, 85), 100 * 10) // whole hours
  positive(hours * 10 - da * ha - hb) // A in full, some B
  const m = money(rng)
  return { client, na, nb, ha, hb, ca, cb, da, db, hours, m }
}
type Scarce = ReturnType<typeof scarce>
/** A quantity held in tenths, `12.5 hours` or `12 hours`. */
const tenths = (t: number, word: string) => `${grouped(t / 10, t % 10 === 0 ? 0 : 1)} ${word}`
const hrs = (t: number) => tenths(t, t === 10 ? 'hour' : 'hours')
const hoursOf = hrs
const sceneOf = (s: Scarce, resin = false) => {
  const each = (t: number) => (resin ? tenths(t, 'kg of resin') : `${hrs(t)} of machine time`)
  const pool = resin
    ? `${grouped(s.hours, 0)} kg of resin are`
    : `${grouped(s.hours, 0)} machine hours are`
  return `${cap(s.client)} makes ${s.na}s (contribution ${s.m(s.ca)} a unit, ${each(s.ha)} each, demand ${units(s.da)}) and ${s.nb}s (contribution ${s.m(s.cb)} a unit, ${each(s.hb)} each, demand ${units(s.db)}). Only ${pool} available this month; fixed costs do not change with the mix.`
}
const sfig = (s: Scarce) => ({
  ha: s.ha,
  hb: s.hb,
  ca: s.ca,
  cb: s.cb,
  da: s.da,
  db: s.db,
  hours: s.hours,
})
/** The plan rule the stems state, so the key does not hang on whole-unit knapsack search. */
const rule = (resin = false) =>
  `The plan follows the usual ranking by contribution per ${resin ? 'kg' : 'machine hour'}: meet demand for the first-ranked product, then make as many whole units of the other as the ${resin ? 'resin left allows' : 'hours left allow'}.`
/** The plan ranked by contribution per hour: all of A, then whole units of B. */
const plan = (s: Scarce) => {
  const b = Math.min(s.db, down(s.hours * 10 - s.da * s.ha, s.hb))
  return { a: s.da, b, total: s.da * s.ca + b * s.cb }
}
/** The plan a learner makes ranking by contribution per unit: B first, then A. */
const byUnit = (s: Scarce) => {
  const b = Math.min(s.db, down(s.hours * 10, s.hb))
  const a = Math.min(s.da, down(s.hours * 10 - b * s.hb, s.ha))
  return { a, b, total: a * s.ca + b * s.cb }
}

export const DECISION_FAMILIES = [
  family('contribution-per-scarce-hour-of-the-top-product', (rng) => {
    const s = scarce(rng)
    return {
      stem: `${sceneOf(s)} What contribution per machine hour does the product ranked first earn, to the cent?`,
      key: s.m(near(s.ca * 10, s.ha)),
      wrong: [
        [s.m(near(s.cb * 10, s.hb)), 'ranks by contribution per unit and rates that product'],
        [s.m(s.ca), 'gives the contribution per unit, not per hour'],
        [s.m(near(s.ca * s.ha, 10)), 'multiplies by the hours instead of dividing'],
        [s.m(s.cb), 'gives the higher contribution per unit'],
        [s.m(near((s.ca + s.cb) * 10, s.ha + s.hb)), 'pools both products’ contribution and hours'],
      ],
      figures: sfig(s),
    }
  }),
  family('contribution-of-the-optimal-plan', (rng) => {
    const s = scarce(rng)
    const k = plan(s)
    const u = byUnit(s)
    return {
      stem: `${sceneOf(s)} ${rule()} What total contribution does that plan earn?`,
      key: s.m(k.total),
      wrong: [
        [s.m(u.total), 'ranks by contribution per unit'],
        [s.m(s.da * s.ca + s.db * s.cb), 'meets all demand, ignoring the hours'],
        [s.m(s.da * s.ca), 'makes only the first-ranked product'],
        [
          s.m(s.da * s.ca + near((s.hours * 10 - s.da * s.ha) * s.cb, s.hb)),
          'counts part-units of the second product',
        ],
        [s.m(s.db * s.cb), 'makes only the product with the higher unit contribution'],
      ],
      figures: sfig(s),
    }
  }),
  family('units-of-the-second-product-in-the-plan', (rng) => {
    const s = scarce(rng)
    const k = plan(s)
    const u = byUnit(s)
    return {
      stem: `${sceneOf(s)} ${rule()} How many ${s.nb}s does the plan make?`,
      key: units(k.b),
      wrong: [
        [units(u.b), 'ranks by contribution per unit and makes these first'],
        [units(s.db), 'meets the whole demand'],
        [units(up(s.hours * 10 - s.da * s.ha, s.hb)), 'rounds the units up past the hours'],
        [units(down(s.hours * 10, s.hb)), 'gives these all the hours'],
        [
          units(down(s.hours * 10 - s.da * s.ha, s.ha)),
          'divides the spare hours by the other product’s time',
        ],
      ],
      figures: sfig(s),
    }
  }),
  family('value-of-one-more-scarce-hour', (rng) => {
    const s = scarce(rng)
    const k = plan(s)
    positive(s.db - k.b)
    return {
      stem: `${sceneOf(s)} ${rule()} Demand for ${s.nb}s is not met in that plan. Treating ${s.nb} output as divisible at the margin, what is the most the business should pay for one extra machine hour above its normal cost, rounded down to the cent?`,
      key: s.m(down(s.cb * 10, s.hb)),
      wrong: [
        [s.m(near(s.ca * 10, s.ha)), 'uses the first-ranked product, whose demand is already met'],
        [s.m(near(k.total, s.hours)), 'averages the plan’s contribution over all hours'],
        [s.m(s.cb), 'gives a whole unit’s contribution'],
        [s.m(near(s.cb * s.hb, 10)), 'multiplies by the hours instead of dividing'],
        [s.m(near((s.ca + s.cb) * 10, s.ha + s.hb)), 'pools both products’ contribution and hours'],
      ],
      figures: sfig(s),
    }
  }),
  family('material-limited-plan-contribution', (rng) => {
    const s = scarce(rng)
    const k = plan(s)
    const u = byUnit(s)
    const scene = sceneOf(s, true)
    return {
      stem: `${scene} ${rule(true)} What total contribution does that plan earn?`,
      key: s.m(k.total),
      wrong: [
        [s.m(u.total), 'ranks by contribution per unit'],
        [s.m(s.da * s.ca + s.db * s.cb), 'meets all demand, ignoring the resin'],
        [s.m(s.da * s.ca), 'makes only the first-ranked product'],
        [
          s.m(s.da * s.ca + near((s.hours * 10 - s.da * s.ha) * s.cb, s.hb)),
          'counts part-units of the second product',
        ],
        [s.m(s.db * s.cb), 'makes only the product with the higher unit contribution'],
      ],
      figures: sfig(s),
    }
  }),
  family('machine-hours-short-of-demand', (rng) => {
    const s = scarce(rng)
    const need = s.da * s.ha + s.db * s.hb
    return {
      stem: `${sceneOf(s)} How many machine hours short of meeting all demand is the business?`,
      key: hoursOf(need - s.hours * 10),
      wrong: [
        [hoursOf(need), 'gives the hours all demand needs'],
        [hoursOf(s.db * s.hb), 'gives the hours the second product needs'],
        [hoursOf(s.hours * 10 - s.da * s.ha), 'gives the hours left after the first product'],
        [hoursOf(s.hours * 10), 'gives the hours available'],
      ],
      figures: sfig(s),
    }
  }),
  family('special-order-minimum-price-with-spare-capacity', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v = cents(rng, 8, 120)
    const afu = share(v, rng.int(20, 60), 100)
    const q = rng.int(2, 40) * 50
    const sp = round(rng, 2, 40, 50)
    return {
      stem: `${cap(client)} has spare capacity. A one-off order asks for ${units(q)} of its ${item}; each costs ${m(v)} in variable cost, and fixed overhead is absorbed at ${m(afu)} a unit. The order needs a special mould costing ${m(sp)}; no other cost changes. What is the lowest price per unit, rounded up to the cent, at which the order does not reduce profit?`,
      key: m(v + up(sp, q)),
      wrong: [
        [m(v + afu + up(sp, q)), 'adds the absorbed fixed overhead, which does not change'],
        [m(v), 'leaves out the mould'],
        [m(v + afu), 'prices at full cost without the mould'],
        [m(up(sp, q)), 'covers only the mould'],
      ],
      figures: { v, afu, q, sp },
    }
  }),
  family('special-order-profit-effect', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v = cents(rng, 8, 120)
    const afu = share(v, rng.int(20, 60), 100)
    const offer = v + share(v, rng.int(8, 40), 100)
    const q = rng.int(4, 40) * 50
    const sp = share((offer - v) * q, rng.int(10, 60), 100)
    return {
      stem: `${cap(client)} has spare capacity. A customer offers ${m(offer)} a unit for ${units(q)} of its ${item}, whose variable cost is ${m(v)} and full cost ${m(v + afu)} (fixed overhead absorbed at ${m(afu)}). Delivery would cost an extra ${m(sp)} in total; fixed costs do not change. By how much does accepting change profit? Give the rise.`,
      key: m(q * (offer - v) - sp),
      wrong: [
        [m(q * (offer - v)), 'leaves out the delivery cost'],
        [m(q * offer - sp), 'ignores the variable costs'],
        [m(q * (offer - v) + sp), 'adds the delivery cost instead of deducting it'],
        [m(q * (offer - v - afu) - sp), 'uses full cost, not variable cost'],
        [m(q * offer), 'gives the order’s revenue'],
        [m(offer - v), 'gives the contribution per unit, not for the order'],
        [m(q * (offer - v - afu)), 'uses full cost and leaves out the delivery cost'],
      ],
      figures: { v, afu, offer, q, sp },
    }
  }),
  family('special-order-displacing-regular-sales', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const p = cents(rng, 20, 160)
    const v = share(p, rng.int(35, 65), 100)
    const offer = v + share(p - v, rng.int(55, 90), 100)
    const q = rng.int(8, 40) * 50
    const spare = q - rng.int(1, 7) * 50
    positive(spare, q * (offer - v) - (q - spare) * (p - v))
    return {
      stem: `${cap(client)} sells its ${item} at ${m(p)} with variable cost ${m(v)}, and has spare capacity for ${units(spare)}. A customer offers ${m(offer)} each for ${units(q)}; to fill it, regular sales beyond the spare capacity would be lost. By how much does accepting raise profit?`,
      key: m(q * (offer - v) - (q - spare) * (p - v)),
      wrong: [
        [m(q * (offer - v)), 'ignores the regular sales lost'],
        [m(q * (offer - v) - (q - spare) * p), 'deducts the lost revenue, not contribution'],
        [m(spare * (offer - v)), 'counts only the units within spare capacity'],
        [m((q - spare) * (p - v)), 'gives the lost contribution'],
      ],
      figures: { p, v, offer, q, spare },
    }
  }),
  family('minimum-price-when-capacity-is-full', (rng) => {
    const s = scarce(rng)
    const vo = cents(rng, 5, 60)
    const ho = rng.int(5, 40)
    return {
      stem: `${sceneOf(s)} A customer wants a one-off item with variable cost ${s.m(vo)} that would take ${hrs(ho)} of machine time, displacing ${s.nb}s, the product the plan makes with its last hours; treat ${s.nb} output as divisible, so each hour the item takes gives up the contribution that hour would earn making ${s.nb}s. What is the lowest price for the item, rounded up to the cent, that leaves profit no lower?`,
      key: s.m(vo + up(ho * s.cb, s.hb)),
      wrong: [
        [s.m(vo), 'ignores the contribution given up'],
        [s.m(vo + near(ho * s.ca, s.ha)), 'values the hours at the first-ranked product’s rate'],
        [s.m(vo + s.cb), 'adds a whole unit’s contribution'],
        [s.m(vo + near(ho * s.cb, 10)), 'values each hour at a whole unit’s contribution'],
        [s.m(near(ho * s.cb, s.hb)), 'gives only the contribution given up'],
      ],
      figures: { ...sfig(s), vo, ho },
    }
  }),
  family('make-or-buy-annual-saving', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v = cents(rng, 4, 60)
    const q = rng.int(10, 80) * 100
    const av = round(rng, 2, 30, 500)
    const fa = share(v, rng.int(30, 80), 100)
    const buy = v + share(av, 1, q) - share(v, rng.int(3, 25), 100)
    positive(buy, q * v + av - q * buy)
    return {
      stem: `${cap(client)} makes ${units(q)} a year of a part for its ${item}, at a variable cost of ${m(v)} a part; a supervisor costing ${m(av)} a year would be let go if it stopped, and general overhead is apportioned at ${m(fa)} a part. A supplier offers the part at ${m(buy)}. How much a year would buying save?`,
      key: m(q * v + av - q * buy),
      wrong: [
        [m(q * (v + fa) + av - q * buy), 'counts the apportioned overhead as saved'],
        [m(q * v - q * buy), 'ignores the supervisor’s saved salary'],
        [m(av), 'counts only the supervisor'],
        [m(q * v + av), 'gives the cost of making, not the saving'],
        [m(q * (v + fa) - q * buy), 'counts the overhead but not the supervisor'],
      ],
      figures: { v, q, av, fa, buy },
    }
  }),
  family('dropping-a-loss-making-product', (rng) => {
    const [client] = maker(rng)
    const m = money(rng)
    const c = round(rng, 10, 120, 100)
    const a = c + round(rng, 2, 40, 100)
    const av = share(c, rng.int(20, 80), 100)
    const say = (x: number) => (x < 0 ? `Profit rises by ${m(-x)}` : `Profit falls by ${m(x)}`)
    return {
      stem: `${cap(client)}'s product report shows one line earning a contribution of ${m(c)} a year but charged ${m(a)} of apportioned fixed costs, so it shows a loss of ${m(a - c)}. Dropping it would save ${m(av)} of those fixed costs; the rest would remain. What happens to total profit if it is dropped?`,
      key: say(c - av),
      wrong: [
        [say(c - a), 'removes the reported loss as if every apportioned cost were saved'],
        [say(c), 'ignores the fixed costs saved'],
        [say(a - av), 'compares the apportioned and saved fixed costs'],
        [say(-av), 'counts the savings but not the contribution lost'],
        [say(c + av), 'adds the savings to the contribution lost'],
      ],
      figures: { c, a, av },
    }
  }),
  family('further-processing-gain', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const q = rng.int(5, 60) * 100
    const s0 = cents(rng, 5, 40)
    const c = share(s0, rng.int(10, 40), 100)
    const t = s0 + c + share(s0, rng.int(5, 40), 100)
    const cf = share((t - s0 - c) * q, rng.int(10, 60), 100)
    const j = share(s0, rng.int(40, 80), 100)
    return {
      stem: `${cap(client)} can sell ${units(q)} of a semi-finished ${item} at ${m(s0)} each, or finish them at a further cost of ${m(c)} a unit plus ${m(cf)} of extra fixed cost, and sell at ${m(t)}. Joint costs of ${m(j)} a unit have been allocated to the product. How much more profit does finishing earn?`,
      key: m(q * (t - s0 - c) - cf),
      wrong: [
        [m(q * (t - s0 - c - j) - cf), 'deducts the allocated joint cost'],
        [m(q * (t - c) - cf), 'ignores the split-off sales given up'],
        [m(q * (t - s0 - c)), 'leaves out the extra fixed cost'],
        [m(q * (t - s0) - cf), 'leaves out the further cost per unit'],
        [m(q * (t - s0)), 'compares only the two selling prices'],
        [m(t - s0 - c), 'gives the gain per unit, not for the batch'],
        [m(q * t), 'gives the revenue from finishing'],
      ],
      figures: { q, s0, c, t, cf, j },
    }
  }),
  family('price-for-a-special-order-target', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v = cents(rng, 8, 120)
    const afu = share(v, rng.int(20, 60), 100)
    const q = rng.int(3, 40) * 50
    const sp = round(rng, 2, 40, 50)
    const t = round(rng, 2, 40, 50)
    return {
      stem: `${cap(client)} has spare capacity for a one-off order of ${units(q)} of its ${item}. Variable cost is ${m(v)} a unit, fixed overhead is absorbed at ${m(afu)} a unit, and the order needs ${m(sp)} of set-up; fixed costs otherwise do not change. The owner wants the order to add ${m(t)} to profit. What is the lowest price per unit, rounded up to the cent?`,
      key: m(v + up(sp + t, q)),
      wrong: [
        [m(v + afu + up(sp + t, q)), 'adds the absorbed fixed overhead'],
        [m(v + up(sp, q)), 'leaves out the target'],
        [m(v + up(t, q)), 'leaves out the set-up'],
        [m(up(sp + t, q)), 'leaves out the variable cost'],
        [m(v + afu + up(t, q)), 'prices at full cost plus the target, without the set-up'],
      ],
      figures: { v, afu, q, sp, t },
    }
  }),
  family('overtime-on-a-special-order', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const lab = cents(rng, 4, 40)
    const v = lab + cents(rng, 4, 60)
    const q = rng.int(8, 40) * 50
    const spare = q - rng.int(2, 7) * 50
    const prem = rng.pick([25, 50])
    const offer = v + share(v, rng.int(12, 40), 100)
    const ot = share(lab, prem, 100)
    positive(q * (offer - v) - (q - spare) * ot)
    return {
      stem: `${cap(client)} is offered ${m(offer)} a unit for ${units(q)} of its ${item}. Variable cost is ${m(v)} a unit, of which direct labour is ${m(lab)}. Normal hours cover only ${units(spare)}; the rest must be made in overtime, paid at a ${prem}% premium on labour. Fixed costs do not change. By how much does the order raise profit?`,
      key: m(q * (offer - v) - (q - spare) * ot),
      wrong: [
        [m(q * (offer - v)), 'ignores the overtime premium'],
        [m(q * (offer - v) - q * ot), 'pays the premium on the whole order'],
        [
          m(q * (offer - v) - (q - spare) * (lab + ot)),
          'charges the full overtime rate on top of labour',
        ],
        [
          m(q * (offer - v) - (q - spare) * share(v, prem, 100)),
          'takes the premium on the whole variable cost',
        ],
        [m(spare * (offer - v)), 'counts only the units in normal hours'],
      ],
      figures: { lab, v, q, spare, prem, offer },
    }
  }),
  family('relevant-cost-of-materials-in-stock', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const n = rng.int(4, 40) * 10
    const st = n - rng.int(1, 3) * 10
    const hc = cents(rng, 2, 30)
    const rc = hc + share(hc, rng.int(10, 40), 100)
    const sv = share(hc, rng.int(15, 60), 100)
    return {
      stem: `An order for ${client}'s ${item} needs ${units(n, 'kg')} of a material. ${units(st, 'kg')} are in stock, bought at ${m(hc)} a kg; they have no other use and could be sold for scrap at ${m(sv)} a kg. The material now costs ${m(rc)} a kg to buy. What is the relevant cost of the material for the order?`,
      key: m(st * sv + (n - st) * rc),
      wrong: [
        [m(n * hc), 'uses the historical cost of all the material'],
        [m(n * rc), 'prices all the material at replacement cost'],
        [m(st * hc + (n - st) * rc), 'uses the historical cost of the stock'],
        [m((n - st) * rc), 'treats the stock as free'],
        [m(n * sv), 'uses the scrap value for all the material'],
        [m(st * sv), 'counts only the stock, at scrap value'],
        [m(st * sv + (n - st) * hc), 'buys the shortfall at the historical price'],
      ],
      figures: { n, st, hc, rc, sv },
    }
  }),
  family('highest-price-worth-paying-to-buy-in', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const v = cents(rng, 4, 60)
    const q = rng.int(10, 80) * 100
    const av = round(rng, 2, 30, 500)
    const fa = share(v, rng.int(30, 80), 100)
    return {
      stem: `${cap(client)} makes ${units(q)} a year of a part for its ${item}, at a variable cost of ${m(v)} a part; a supervisor costing ${m(av)} a year would be let go if it stopped making it, and general overhead is apportioned at ${m(fa)} a part. What is the highest price per part, rounded down to the cent, at which buying in costs no more than making?`,
      key: m(v + down(av, q)),
      wrong: [
        [m(v + fa + down(av, q)), 'counts the apportioned overhead as saved'],
        [m(v), 'leaves out the supervisor’s saved salary'],
        [m(v + fa), 'compares with full cost, not the costs saved'],
        [m(down(av, q)), 'counts only the supervisor'],
        [m(v + up(av, q)), 'rounds up, so buying costs slightly more'],
      ],
      figures: { v, q, av, fa },
    }
  }),
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
