import { VariantError } from '../assemble-variant.js'
import {
  bp,
  cap,
  cents,
  client,
  family,
  money,
  pctBp,
  share,
  two,
  units,
  whole,
} from './pricing-text.js'

// Value-based, competitive and subscription pricing, and price-test read-outs. Economic value to
// the customer (EVC) is the reference value (the next-best alternative's price) plus the
// differentiation value (what the product saves or earns the customer over the stated period,
// less any extra costs it brings). Months are 30-day billing periods where a stem prorates.

export const VALUE_FAMILIES = [
  family('evc-time-saving', (rng) => {
    const m = money(rng)
    const ref = whole(rng, 20, 200) * 10
    const h = rng.int(2, 20)
    const w = whole(rng, 25, 90)
    const life = rng.pick([12, 24, 36])
    const train = whole(rng, 2, 30) * 10
    return {
      stem: `${cap(client(rng))} asks what a workflow tool is worth to a customer. The alternative the customer would otherwise buy costs ${m(ref)} for ${life} months. Our tool saves ${h} staff hours a month, valued at ${m(w)} an hour, over those ${life} months, but needs ${m(train)} of extra training once. What is the economic value to the customer (reference value plus differentiation value)?`,
      key: m(ref + h * w * life - train),
      wrong: [
        [m(ref + h * w * life), 'leaves out the extra training cost'],
        [m(h * w * life - train), 'leaves out the reference value'],
        [m(ref + h * w - train), 'counts one month of savings'],
        [m(ref + h * w * life + train), 'adds the training cost instead of taking it off'],
      ],
      figures: { ref, h, w, life, train },
    }
  }),
  family('evc-running-costs', (rng) => {
    const m = money(rng)
    const ref = whole(rng, 20, 200) * 100
    const [c1, c2] = [whole(rng, 20, 80) * 100, 0]
    const cheaper = c1 - whole(rng, 5, 15) * 100 + c2
    const [s1, s2] = [whole(rng, 5, 40) * 100, whole(rng, 5, 40) * 100]
    const y = rng.int(3, 8)
    return {
      stem: `A competitor's machine sells for ${m(ref)}, costs ${m(s1)} to install and ${m(c1)} a year to run. The client's machine costs ${m(s2)} to install and ${m(cheaper)} a year to run. Both last ${y} years, and the stem ignores discounting. What is the client machine's economic value to the customer (the competitor's price plus the costs the customer saves over the life, less the extra it costs)?`,
      key: m(ref + s1 - s2 + (c1 - cheaper) * y),
      wrong: [
        [m(ref + (c1 - cheaper) * y), 'leaves out the installation costs'],
        [m(ref + s1 - s2 + (c1 - cheaper)), 'counts one year of running-cost savings'],
        [m(ref + s2 - s1 + (c1 - cheaper) * y), 'takes the installation difference the wrong way'],
        [m(s1 - s2 + (c1 - cheaper) * y), 'leaves out the reference price'],
      ],
      figures: { ref, s1, s2, c1, cheaper, y },
    }
  }),
  family('value-capture-price', (rng) => {
    const m = money(rng)
    const ref = whole(rng, 20, 400)
    const d = whole(rng, 10, 300)
    const s = pctBp(rng, 20, 70, 5)
    return {
      stem: `The next-best alternative costs ${m(ref)} and a client's product is worth ${m(d)} more than it to a customer. The client sets price at the reference value plus ${bp(s)} of the differentiation value, leaving the rest to the customer as an incentive to switch. What price, to the cent?`,
      key: m(ref + share(d, s, 10000)),
      wrong: [
        [m(ref + d), 'captures the whole differentiation value'],
        [m(share(ref + d, s, 10000)), 'takes the share of the whole value'],
        [m(ref + share(d, 10000 - s, 10000)), 'captures the customer’s share, not the client’s'],
        [m(share(d, s, 10000)), 'leaves out the reference value'],
        [m(ref + share(ref + d, s, 10000)), 'adds a share of the reference value as well'],
        [m(share(d, 10000 - s, 10000)), 'gives the customer’s incentive, not the price'],
      ],
      figures: { ref, d, s },
    }
  }),
  family('annual-plan-discount-percent', (rng) => {
    const m = money(rng)
    const mo = whole(rng, 9, 99)
    const a = mo * 12 - share(mo * 12, rng.int(8, 25), 100)
    return {
      stem: `A SaaS plan costs ${m(mo)} a month, or ${m(a)} a year paid up front. What discount does the annual price give against twelve monthly payments, as a percentage to two decimal places?`,
      key: bp(share(12 * mo - a, 10000, 12 * mo)),
      wrong: [
        [bp(share(12 * mo - a, 10000, a)), 'divides the saving by the annual price'],
        [bp(share(a, 10000, 12 * mo)), 'gives the annual price as a share of twelve months'],
        [bp(share(12 * mo - a, 10000, 13 * mo)), 'compares with thirteen four-week payments'],
        [
          bp(share(12 * mo - a, 10000, 10 * mo)),
          'compares with ten months, the usual two-months-free',
        ],
        [bp(share(12 * mo - a, 10000, mo)), 'gives the saving as a share of one month'],
      ],
      figures: { mo, a },
    }
  }),
  family('months-free-equivalent', (rng) => {
    const m = money(rng)
    const mo = whole(rng, 9, 99)
    const a = mo * 12 - share(mo * 12, rng.int(8, 25), 100)
    return {
      stem: `A plan is ${m(mo)} a month or ${m(a)} a year. Marketing wants to say "N months free" for the annual plan. How many months free is it, to two decimal places (the saving against twelve monthly payments, in months)?`,
      key: two(share(12 * mo - a, 100, mo)),
      wrong: [
        [two(share(a, 100, mo)), 'gives the months paid for, not the months free'],
        [two(share(12 * (12 * mo - a), 100, a)), 'scales the saving by the annual price'],
        [
          two(share(12 * mo - a, 100, 12 * mo)),
          'gives one month’s saving in months, not the year’s',
        ],
        [two(share(13 * mo - a, 100, mo)), 'counts thirteen four-week months in the year'],
      ],
      figures: { mo, a },
    }
  }),
  family('seat-against-usage-break-even', (rng) => {
    const m = money(rng)
    const seats = rng.int(5, 60)
    const s = whole(rng, 8, 40)
    const base = whole(rng, 20, 150)
    const u = rng.pick([5, 10, 20, 25, 50])
    if (seats * s <= base) throw new VariantError('the usage plan never costs the same')
    return {
      stem: `A team of ${seats} can take a per-seat plan at ${m(s)} a seat a month (${m(12 * s)} a seat a year, billed annually), or a usage plan at ${m(base)} a month plus ${m(u)} per task. At how many tasks a month do the two plans cost the same (rounded to the nearest task)?`,
      key: units(share(seats * s - base, 1, u)).replace('units', 'tasks'),
      wrong: [
        [
          units(share(seats * s, 1, u)).replace('units', 'tasks'),
          'leaves out the usage plan’s monthly fee',
        ],
        [
          units(share(seats * s + base, 1, u)).replace('units', 'tasks'),
          'adds the monthly fee instead of taking it off',
        ],
        [units(share(s, 1, u)).replace('units', 'tasks'), 'compares one seat, not the team'],
        [
          units(share(seats * s - base, 1, u * seats)).replace('units', 'tasks'),
          'gives tasks per seat, not for the team',
        ],
        [
          units(share(base, 1, u)).replace('units', 'tasks'),
          'gives the tasks the usage plan’s monthly fee would pay for',
        ],
        [
          units(share(12 * seats * s - base, 1, u)).replace('units', 'tasks'),
          'sets a year of seats against a month of the usage plan',
        ],
      ],
      figures: { seats, s, base, u },
    }
  }),
  family('cheaper-plan-monthly-cost', (rng) => {
    const m = money(rng)
    const flat = whole(rng, 50, 300)
    const incl = rng.pick([5, 10, 15])
    const extra = whole(rng, 8, 30)
    const per = whole(rng, 10, 35)
    const team = rng.int(incl + 1, incl * 4)
    const a = flat + (team - incl) * extra
    const b = team * per
    if (a === b) throw new VariantError('a tie')
    return {
      stem: `A client's team of ${team} can choose a Team plan at ${m(flat)} a month including ${incl} seats, each extra seat ${m(extra)}, or a Per-seat plan at ${m(per)} a seat. What does the cheaper plan cost a month?`,
      key: m(Math.min(a, b)),
      wrong: [
        [m(Math.max(a, b)), 'takes the dearer plan'],
        [m(flat), 'leaves out the extra seats on the Team plan'],
        [m(flat + team * extra), 'charges every seat as an extra on the Team plan'],
        [m((team - incl) * per), 'charges per seat only for the seats beyond those included'],
        [m(flat + (team - incl) * per), 'prices the Team plan’s extra seats at the per-seat rate'],
      ],
      figures: { flat, incl, extra, per, team },
    }
  }),
  family('revenue-per-visitor-with-add-on', (rng) => {
    const m = money(rng)
    const v = rng.int(20, 200) * 100
    const o = share(v, rng.int(100, 600), 10000)
    const p = cents(rng, 15, 120)
    const x = pctBp(rng, 10, 40, 5)
    const q = cents(rng, 3, 20)
    const adds = share(o, x, 10000)
    const rev = o * p + adds * q
    return {
      stem: `In a price test arm, ${v.toLocaleString('en-US')} visitors placed ${o.toLocaleString('en-US')} orders at ${m(p)}, and ${bp(x)} of orders (rounded to a whole order) added an add-on at ${m(q)}. What was revenue per visitor, to the cent?`,
      key: m(share(rev, 1, v)),
      wrong: [
        [m(share(o * p, 1, v)), 'leaves out the add-on'],
        [m(share(rev, 1, o)), 'gives revenue per order, not per visitor'],
        [m(share(o * (p + q), 1, v)), 'adds the add-on to every order'],
        [m(share(rev, 1, v + o)), 'divides by visitors plus orders'],
      ],
      figures: { v, o, p, x, q },
    }
  }),
  family('price-test-rpv-gap-per-thousand', (rng) => {
    const m = money(rng)
    const pa = whole(rng, 19, 99)
    const pb = pa + whole(rng, 5, 30)
    const ca = rng.int(150, 600)
    const cb = ca - rng.int(10, 150)
    const ra = pa * ca
    const rb = pb * cb
    return {
      stem: `A price test showed Arm A at ${m(pa)} converting ${bp(ca)} of visitors and Arm B at ${m(pb)} converting ${bp(cb)}. Revenue per visitor is price × conversion. By how much more revenue per 1,000 visitors does B earn than A, to the cent (a shortfall shown with a minus sign)?`,
      key: m(share(rb - ra, 1000, 10000)),
      wrong: [
        [
          m(share((pb - pa) * ca, 1000, 10000)),
          'counts only the price difference at A’s conversion',
        ],
        [
          m(share(pa * (cb - ca), 1000, 10000)),
          'counts only the conversion difference at A’s price',
        ],
        [
          m(share((pb - pa) * (ca + cb), 500, 10000)),
          'multiplies the price gap by the average conversion',
        ],
        [m(share(rb - ra, 100, 10000)), 'works per 100 visitors'],
        [m(share(rb, 1000, 10000)), 'gives B’s revenue per 1,000 visitors, not the gap'],
        [
          m(share(pb * (cb - ca), 1000, 10000)),
          'counts only the conversion difference at B’s price',
        ],
      ],
      figures: { pa, pb, ca, cb },
    }
  }),
  family('break-even-conversion-for-price-rise', (rng) => {
    const m = money(rng)
    const p1 = whole(rng, 20, 120)
    const p2 = p1 + share(p1, pctBp(rng, 5, 30), 10000)
    const v = share(p1, rng.int(20, 60), 100)
    const c1 = rng.int(150, 800)
    return {
      stem: `A product converts ${bp(c1)} of visitors at ${m(p1)}, with a variable cost of ${m(v)} an order. The client tests ${m(p2)}. What conversion rate must the new price reach to keep gross profit per visitor, as a percentage to two decimal places?`,
      key: bp(share(c1, p1 - v, p2 - v)),
      wrong: [
        [bp(share(c1, p1, p2)), 'keeps revenue per visitor, not gross profit'],
        [bp(c1 - share(c1, p2 - p1, p1)), 'cuts conversion by the price rise percentage'],
        [bp(share(c1, p2 - v, p1 - v)), 'inverts the margin ratio'],
        [bp(share(c1, p1 - v, p2)), 'divides the old margin by the new price'],
      ],
      figures: { p1, p2, v, c1 },
    }
  }),
  family('competitive-price-ceiling', (rng) => {
    const m = money(rng)
    const comps = [whole(rng, 20, 90), whole(rng, 20, 90), whole(rng, 20, 90)]
    const leader = Math.max(...comps)
    const x = pctBp(rng, 5, 15)
    const y = pctBp(rng, 2, 10)
    const avg = share(comps[0]! + comps[1]! + comps[2]!, 1, 3)
    const hiBand = avg + share(avg, x, 10000)
    const lead = leader - share(leader, y, 10000)
    return {
      stem: `A client's pricing policy: stay within ${bp(x)} above the average of three competitors' prices (average rounded to the cent) and at least ${bp(y)} below the market leader, the dearest of them. Competitors charge ${m(comps[0]!)}, ${m(comps[1]!)} and ${m(comps[2]!)}. What is the highest price the policy allows, to the cent?`,
      key: m(Math.min(hiBand, lead)),
      wrong: [
        [m(hiBand), 'applies only the band around the average'],
        [m(lead), 'applies only the gap below the leader'],
        [
          m(
            [...comps].sort((u, w) => u - w)[1]! +
              share([...comps].sort((u, w) => u - w)[1]!, x, 10000),
          ),
          'builds the band on the median, not the average',
        ],
        [m(avg - share(avg, y, 10000)), 'measures the gap below the average, not the leader'],
        [m(avg - share(avg, x, 10000)), 'goes below the average instead of above it'],
        [m(leader + share(leader, x, 10000)), 'builds the band on the leader’s price'],
      ],
      figures: { a: comps[0]!, b: comps[1]!, c: comps[2]!, x, y },
    }
  }),
  family('lifetime-value-after-price-rise', (rng) => {
    const m = money(rng)
    const p = whole(rng, 10, 150)
    const r = pctBp(rng, 5, 25)
    const g = pctBp(rng, 60, 90)
    const ch = rng.int(150, 600)
    const ch2 = ch + rng.int(20, 200)
    const p2 = p + share(p, r, 10000)
    return {
      stem: `A subscription costs ${m(p)} a month with a ${bp(g)} gross margin on revenue and ${bp(ch)} monthly churn. After a ${bp(r)} price rise (rounded to the cent), churn is expected to rise to ${bp(ch2)}. Lifetime value is monthly price × gross margin ÷ monthly churn. What is the new lifetime value, to the cent?`,
      key: m(share(p2, g, ch2)),
      wrong: [
        [m(share(p2, g, ch)), 'keeps the old churn'],
        [m(share(p2, 10000, ch2)), 'leaves out the gross margin'],
        [m(share(p, g, ch2)), 'keeps the old price'],
        [m(share(p2, g, ch2 - ch)), 'divides by the rise in churn'],
      ],
      figures: { p, r, g, ch, ch2 },
    }
  }),
  family('upgrade-proration-charge', (rng) => {
    const m = money(rng)
    const pa = whole(rng, 10, 80)
    const pb = pa + whole(rng, 10, 120)
    const d = rng.int(3, 27)
    return {
      stem: `A customer on a ${m(pa)} monthly plan upgrades to the ${m(pb)} plan after ${d} days of a 30-day billing period. The billing rule charges now the new plan's price for the days left less a credit for the unused days of the old plan, both prorated by days (rounded to the cent). What is charged now?`,
      key: m(share(pb - pa, 30 - d, 30)),
      wrong: [
        [m(pb - pa), 'charges the full price difference'],
        [m(share(pb, 30 - d, 30)), 'gives no credit for the old plan'],
        [m(share(pb - pa, d, 30)), 'prorates over the days already used'],
        [m(pb - share(pa, 30 - d, 30)), 'charges the full new price less the credit'],
      ],
      figures: { pa, pb, d },
    }
  }),
  family('price-rise-mrr-change', (rng) => {
    const m = money(rng)
    const subs = rng.int(20, 400) * 10
    const p = whole(rng, 10, 120)
    const r = pctBp(rng, 5, 30)
    const c = pctBp(rng, 2, 15)
    const p2 = p + share(p, r, 10000)
    const lost = share(subs, c, 10000)
    return {
      stem: `A SaaS client has ${subs.toLocaleString('en-US')} subscribers at ${m(p)} a month and raises the price by ${bp(r)} (rounded to the cent). It expects ${bp(c)} of subscribers (rounded to a whole subscriber) to cancel because of the rise. By how much does MRR change (a fall shown with a minus sign)?`,
      key: m((subs - lost) * p2 - subs * p),
      wrong: [
        [m(subs * (p2 - p)), 'ignores the cancellations'],
        [m((subs - lost) * (p2 - p)), 'loses nothing on the customers who cancel'],
        [m((subs - lost) * p2), 'gives the new MRR, not the change'],
        [m(subs * (p2 - p) - lost * p2), 'prices the lost customers at the new price'],
      ],
      figures: { subs, p, r, c },
    }
  }),
  family('usage-overage-bill', (rng) => {
    const m = money(rng)
    const base = whole(rng, 20, 200)
    const incl = rng.int(1, 20) * 1000
    const o = rng.int(1, 9) * 10
    const used = incl + rng.int(1, 40) * 250
    return {
      stem: `An API plan costs ${m(base)} a month including ${incl.toLocaleString('en-US')} calls; calls beyond that cost ${m(o)} per 100 calls, charged per call pro rata (rounded to the cent). A customer made ${used.toLocaleString('en-US')} calls. What is the bill?`,
      key: m(base + share(used - incl, o, 100)),
      wrong: [
        [m(base + share(used, o, 100)), 'charges overage on every call'],
        [m(share(used - incl, o, 100)), 'leaves out the base fee'],
        [m(base + (used - incl) * o), 'reads the rate as per call, not per 100'],
        [m(base + share(used - incl, o, 1000)), 'reads the rate as per 1,000 calls'],
        [m(base + share(incl, o, 100)), 'charges the rate on the included calls instead'],
      ],
      figures: { base, incl, o, used },
    }
  }),
  family('mrr-from-mixed-billing', (rng) => {
    const m = money(rng)
    const [n1, n2, n3] = [rng.int(20, 300), rng.int(10, 200), rng.int(5, 100)]
    const mo = whole(rng, 10, 80)
    const a = mo * 12 - share(mo * 12, rng.int(10, 20), 100)
    const q = mo * 3 - share(mo * 3, rng.int(3, 8), 100)
    const key = n1 * mo + share(n2 * a, 1, 12) + share(n3 * q, 1, 3)
    return {
      stem: `A SaaS client has ${n1} monthly subscribers at ${m(mo)}, ${n2} annual subscribers who paid ${m(a)} up front, and ${n3} quarterly subscribers at ${m(q)} a quarter. What is its MRR (annual and quarterly revenue spread evenly over their months, each group rounded to the cent)?`,
      key: m(key),
      wrong: [
        [m(n1 * mo + n2 * a + share(n3 * q, 1, 3)), 'counts the annual payments in full'],
        [m(n1 * mo + share(n2 * a, 1, 12) + n3 * q), 'counts the quarterly payments as monthly'],
        [m(n1 * mo), 'counts only the monthly subscribers'],
        [m((n1 + n2 + n3) * mo), 'prices every subscriber at the monthly list price'],
      ],
      figures: { n1, n2, n3, mo, a, q },
    }
  }),
]
