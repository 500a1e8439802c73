import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cents, cited, family, figures, pct, symbol, worked } from './ba-text.js'

// Stakeholders, the business case and root causes: power/interest and salience classes, RACI
// checks, NPV, payback and ROI in whole cents, Pareto's vital few and the 5 whys.

const GRID = (highPower: boolean, highInterest: boolean) =>
  highPower
    ? highInterest
      ? 'Manage closely'
      : 'Keep satisfied'
    : highInterest
      ? 'Keep informed'
      : 'Monitor'

/** Mitchell, Agle and Wood (1997) stakeholder salience classes by attributes held. */
const SALIENCE: Record<string, string> = {
  P: 'Dormant',
  L: 'Discretionary',
  U: 'Demanding',
  PL: 'Dominant',
  PU: 'Dangerous',
  LU: 'Dependent',
  PLU: 'Definitive',
}
const SALIENCE_SLIPS: Record<string, string> = {
  Dormant: 'reads power alone as enough for attention later',
  Discretionary: 'reads legitimacy alone as the whole picture',
  Demanding: 'reads urgency alone as the whole picture',
  Dominant: 'counts power and legitimacy and ignores urgency',
  Dangerous: 'counts power and urgency and ignores legitimacy',
  Dependent: 'counts legitimacy and urgency and ignores power',
  Definitive: 'assumes any stakeholder with two attributes has all three',
}
const ATTR: Record<string, string> = {
  P: 'can impose its will on the project',
  L: 'has a recognised, proper claim on it',
  U: 'needs its claim dealt with right away',
}

/** Fishbone (6M) categories by cause. */
const SIX_M = {
  Manpower: [
    'New agents were never trained on the refund screen.',
    'The only clerk who knew the process left in March.',
  ],
  Method: [
    'The procedure tells staff to re-key orders from email into the system.',
    'The approval step has no rule for orders split across months.',
  ],
  Machine: [
    'The label printer jams when it runs above 40 labels a minute.',
    'The scanner firmware drops every tenth barcode read.',
  ],
  Material: [
    'The supplier’s cartons changed to a thinner board.',
    'Invoices arrive from one supplier as low-resolution scans.',
  ],
  Measurement: [
    'The scales at packing are calibrated only once a year.',
    'Call handling time is measured from pick-up, not from queue entry.',
  ],
  Environment: [
    'The warehouse gets above 35 °C in summer afternoons.',
    'The office Wi-Fi drops during the building’s nightly backup.',
  ],
} as const
const SIX_M_SLIPS: Record<keyof typeof SIX_M, string> = {
  Manpower: 'blames the people who were involved',
  Method: 'files anything about how work is done under method',
  Machine: 'files anything involving equipment under machine',
  Material: 'files anything that arrives from outside under material',
  Measurement: 'files anything with a number in it under measurement',
  Environment: 'files anything about the site under environment',
}

/** Five-whys chains from symptom to root cause. */
const WHYS = [
  [
    'Customers received wrong items',
    'Pickers took items from the wrong bin',
    'Bin labels did not match the stock',
    'Stock was moved during a re-layout without relabelling',
    'The re-layout plan had no relabelling step',
  ],
  [
    'Invoices were paid twice',
    'The same invoice was entered twice',
    'Suppliers emailed reminders that looked like new invoices',
    'The system did not flag duplicate invoice numbers',
    'Duplicate checking was switched off at go-live to speed up migration',
  ],
  [
    'The monthly report was late',
    'Sales data arrived two days late',
    'The regional offices export it by hand',
    'Their exports fail when the file exceeds the email limit',
    'No automated feed was set up when the regions were added',
  ],
  [
    'Support tickets breached the SLA',
    'Tickets sat unassigned overnight',
    'The night queue had no owner',
    'The rota was built only for office hours',
    'The SLA was signed for 24/7 without changing the rota',
  ],
] as const

const flowText = (m: (c: number) => string, c0: number, flows: number[]) =>
  `an outlay today of ${m(c0)} and net benefits of ${flows.map(m).join(', ')} at the end of years 1 to ${flows.length}`

export const VALUE_FAMILIES: readonly ScenarioFamily[] = [
  family('power-interest-quadrant', (rng) => {
    const p = rng.int(1, 10)
    const i = rng.int(1, 10)
    const cut = rng.pick([5, 6, 7])
    return worked(rng, {
      stem: `Stakeholders are scored 1–10 for power and for interest; ${cut} or more counts as high. The finance director scores power ${p} and interest ${i}. On the power/interest grid, what is the engagement approach?`,
      in: { p, i, cut },
      key: GRID(p >= cut, i >= cut),
      wrong: [
        ['swapped', GRID(i >= cut, p >= cut), 'reads interest on the power axis'],
        ['strict', GRID(p > cut, i > cut), `treats a score of exactly ${cut} as low`],
        ['powerOnly', p >= cut ? 'Manage closely' : 'Monitor', 'goes by power alone'],
        ['interestOnly', i >= cut ? 'Manage closely' : 'Monitor', 'goes by interest alone'],
      ],
    })
  }),
  family('stakeholder-salience-class', (rng) => {
    const attrs = rng.pick(Object.keys(SALIENCE))
    const key = SALIENCE[attrs]!
    return cited(rng, {
      stem: `A stakeholder group ${[...attrs].map((a) => ATTR[a]).join(', and ')}, and has no other salience attribute. In Mitchell, Agle and Wood’s salience model, what class of stakeholder is it?`,
      table: 'salience',
      situation: attrs,
      key: [key, key],
      wrong: Object.values(SALIENCE).map((c) => [c, c, SALIENCE_SLIPS[c]!] as const),
    })
  }),
  ...(['two', 'none'] as const).map((defect) =>
    family(defect === 'two' ? 'raci-two-accountable' : 'raci-no-accountable', (rng) => {
      const acts = rng.shuffle([
        'Approve budget',
        'Write specification',
        'Test release',
        'Train users',
        'Sign off design',
        'Migrate data',
      ])
      const roles = ['Sponsor', 'BA', 'Lead dev', 'Ops']
      const rows = acts.slice(0, 5).map(() => {
        const r = roles.map(() => rng.pick(['C', 'I', '-']))
        r[rng.int(0, 3)] = 'A'
        const free = r.map((x, k) => (x === 'A' ? -1 : k)).filter((k) => k >= 0)
        r[rng.pick(free)] = 'R'
        return r
      })
      const [bad, twoR, aIsR, noCI] = [0, 1, 2, 3]
      const rowA = rows[bad]!
      if (defect === 'two') rowA[rowA.findIndex((x) => x !== 'A' && x !== 'R')] = 'A'
      else rowA[rowA.indexOf('A')] = 'C'
      rows[twoR]![rows[twoR]!.findIndex((x) => x !== 'A' && x !== 'R')] = 'R'
      rows[aIsR]![rows[aIsR]!.indexOf('R')] =
        rows[aIsR]![rows[aIsR]!.indexOf('R')] === 'R' ? '-' : '-'
      rows[aIsR]![rows[aIsR]!.indexOf('A')] = 'A/R'
      rows[noCI] = rows[noCI]!.map((x) => (x === 'C' || x === 'I' ? '-' : x))
      const order = rng.shuffle([0, 1, 2, 3, 4])
      const text = order
        .map((k) => `${acts[k]}: ${roles.map((r, j) => `${r} ${rows[k]![j]}`).join(', ')}`)
        .join('; ')
      return worked(rng, {
        stem: `A RACI matrix (A/R means both; – means no role): ${text}. By the rule of exactly one Accountable per activity, which activity is wrong?`,
        in: {
          acts: order.map((k) => acts[k]).join('|'),
          rows: order.map((k) => rows[k]!.join(',')).join('|'),
        },
        key: acts[bad]!,
        wrong: [
          ['twoR', acts[twoR]!, 'treats two Responsible roles as a breach'],
          ['aIsR', acts[aIsR]!, 'thinks the Accountable role may not also do the work'],
          [
            'noCI',
            acts[noCI]!,
            'treats an activity nobody is consulted or informed about as a breach',
          ],
        ],
      })
    }),
  ),
  family('npv-at-a-stated-rate', (rng) => {
    const m = cents(symbol(rng))
    const r = rng.pick([5, 6, 8, 10, 12])
    const n = rng.int(3, 5)
    const c0 = rng.int(20, 90) * 100000
    const flows = Array.from({ length: n }, () => rng.int(8, 40) * 50000)
    const pv = (shift: number) =>
      flows.reduce((a, f, k) => a + f / (1 + r / 100) ** (k + 1 - shift), 0)
    const round = Math.round
    return figures(rng, m, {
      stem: `A system change for ${Client(rng).toLowerCase()} has ${flowText(m, c0, flows)}. What is its NPV at ${r}% a year, rounded to the cent?`,
      in: { r, c0, ...Object.fromEntries(flows.map((f, k) => [`f${k}`, f])) },
      key: round(pv(0) - c0),
      wrong: [
        ['startOfYear', round(pv(1) - c0), 'discounts each benefit from the start of its year'],
        [
          'undiscounted',
          flows.reduce((a, b) => a + b, 0) - c0,
          'adds the benefits without discounting',
        ],
        ['discountOutlay', round(pv(0) - c0 / (1 + r / 100)), 'discounts the outlay made today'],
        ['pvOnly', round(pv(0)), 'leaves out the outlay'],
      ],
    })
  }),
  family('discounted-payback-period', (rng) => {
    const m = cents(symbol(rng))
    const r = rng.pick([8, 10, 12, 15])
    const c0 = rng.int(40, 80) * 100000
    const flows = Array.from({ length: 6 }, () => rng.int(10, 25) * 100000)
    const df = (k: number, shift: number) => (1 + r / 100) ** (k + 1 - shift)
    /** Years to pay back, the last year interpolated on the flow `part` gives for it. */
    const payback = (
      disc: boolean,
      shift = 0,
      part = (k: number) => (disc ? flows[k]! / df(k, shift) : flows[k]!),
    ) => {
      let cum = -c0
      for (let k = 0; k < flows.length; k++) {
        const f = disc ? flows[k]! / df(k, shift) : flows[k]!
        if (cum + f >= 0) return Math.round((k + -cum / part(k)) * 10) / 10
        cum += f
      }
      return Number.NaN
    }
    const key = payback(true)
    if (!Number.isFinite(key)) throw new VariantError('no payback within six years')
    return figures(rng, (y) => `${y.toFixed(1)} years`, {
      stem: `A project costs ${m(c0)} today and returns ${flows.map(m).join(', ')} at the end of years 1 to 6, each flow spread evenly over its year for interpolation. At a ${r}% discount rate, what is its discounted payback period, to one decimal place?`,
      in: { r, c0, ...Object.fromEntries(flows.map((f, k) => [`f${k}`, f])) },
      key,
      wrong: [
        ['simple', payback(false), 'uses undiscounted cash flows'],
        ['startOfYear', payback(true, 1), 'discounts each flow from the start of its year'],
        ['wholeYear', Math.ceil(key), 'rounds up to the whole year in which it pays back'],
        [
          'undiscountedPart',
          payback(true, 0, (k) => flows[k]!),
          'interpolates on the undiscounted flow of the final year',
        ],
      ],
    })
  }),
  family('benefit-cost-ratio', (rng) => {
    const m = cents(symbol(rng))
    const r = rng.pick([5, 8, 10])
    const c0 = rng.int(20, 60) * 100000
    const run = rng.int(2, 8) * 100000
    const ben = rng.int(10, 40) * 100000
    const n = 3
    const pv = (x: number) =>
      Array.from({ length: n }, (_, k) => x / (1 + r / 100) ** (k + 1)).reduce((a, b) => a + b, 0)
    return figures(rng, (v) => v.toFixed(2), {
      stem: `An option costs ${m(c0)} today plus ${m(run)} running costs at the end of each of years 1 to ${n}, and brings ${m(ben)} benefits at the end of each of those years. At ${r}%, what is its benefit–cost ratio (present value of benefits over present value of costs), to two decimal places?`,
      in: { r, c0, run, ben, n },
      key: pv(ben) / (c0 + pv(run)),
      wrong: [
        ['undiscounted', (n * ben) / (c0 + n * run), 'divides the undiscounted totals'],
        ['outlayOnly', pv(ben) / c0, 'leaves the running costs out of the costs'],
        [
          'netOverCost',
          (pv(ben) - c0 - pv(run)) / (c0 + pv(run)),
          'divides the net present value by the costs',
        ],
        [
          'netBenefits',
          pv(ben - run) / c0,
          'nets running costs off the benefits and divides by the outlay',
        ],
      ],
    })
  }),
  family('pareto-vital-few', (rng) => {
    const cats = rng.shuffle([
      'Wrong address',
      'Damaged box',
      'Late courier',
      'Missing item',
      'Wrong size',
      'Payment error',
      'Duplicate order',
    ])
    const counts = cats.map((_, k) => (k < 2 ? rng.int(60, 140) : rng.int(3, 40)))
    const order = cats.map((c, k) => [c, counts[k]!] as const).sort((a, b) => b[1] - a[1])
    const tot = counts.reduce((a, b) => a + b, 0)
    const upTo = (share: number, strict: boolean) => {
      const out: string[] = []
      let run = 0
      for (const [c, n] of order) {
        if (strict ? run + n > share * tot : run >= share * tot) break
        out.push(c)
        run += n
      }
      return out
    }
    const key = upTo(0.8, false)
    if (key.length >= order.length)
      throw new Error('unreachable: the last category always reaches 100%')
    const show = (xs: readonly string[]) => [...xs].sort().join(', ')
    return worked(rng, {
      stem: `Returns last quarter by reason: ${cats.map((c, k) => `${c} ${counts[k]}`).join(', ')}. For a Pareto chart, which reasons form the smallest set that reaches at least 80% of returns?`,
      in: { ...Object.fromEntries(cats.map((c, k) => [c, counts[k]!])) },
      key: show(key),
      wrong: [
        ['under', show(upTo(0.8, true)), 'stops before the total would pass 80%'],
        [
          'oneMore',
          show(order.slice(0, key.length + 1).map(([c]) => c)),
          'adds the next reason as well',
        ],
        [
          'topFifth',
          show(order.slice(0, Math.max(1, Math.round(order.length * 0.2))).map(([c]) => c)),
          'takes the top 20% of reasons',
        ],
        [
          'listed',
          show(cats.slice(0, key.length)),
          'takes the reasons in the order listed, not by count',
        ],
      ],
    })
  }),
  family('pareto-cumulative-share', (rng) => {
    const counts = Array.from({ length: 6 }, () => rng.int(4, 90))
    const sorted = [...counts].sort((a, b) => b - a)
    const k = rng.int(2, 3)
    const tot = counts.reduce((a, b) => a + b, 0)
    const top = sorted.slice(0, k).reduce((a, b) => a + b, 0)
    const names = ['Billing', 'Login', 'Delivery', 'Refunds', 'Stock', 'Other']
    return figures(rng, pct(1), {
      stem: `Complaint counts by category: ${names.map((n, j) => `${n} ${counts[j]}`).join(', ')}. On the Pareto chart, what cumulative share do the ${k} largest categories reach, to one decimal place?`,
      in: { k, ...Object.fromEntries(counts.map((c, j) => [`c${j}`, c])) },
      key: top / tot,
      wrong: [
        [
          'listed',
          counts.slice(0, k).reduce((a, b) => a + b, 0) / tot,
          'adds the first categories as listed, not the largest',
        ],
        ['largestOnly', sorted[0]! / tot, 'gives the largest category’s share alone'],
        ['ofRest', top / (tot - top), 'divides by the other categories only'],
        [
          'nextBar',
          sorted.slice(0, k + 1).reduce((a, b) => a + b, 0) / tot,
          'reads the cumulative line one bar too far',
        ],
        [
          'previousBar',
          sorted.slice(0, k - 1).reduce((a, b) => a + b, 0) / tot,
          'reads the cumulative line one bar short',
        ],
      ],
    })
  }),
  family('five-whys-root-cause', (rng) => {
    const ci = rng.int(0, WHYS.length - 1)
    const chain = WHYS[ci]!
    const answers = rng.shuffle(chain.slice(1))
    return worked(rng, {
      stem: `Problem: “${chain[0]}.” Asking “why?” repeatedly produced these answers, shuffled: ${answers.map((a) => `“${a}”`).join('; ')}. Which is the root cause a 5-whys analysis ends on?`,
      in: { ci },
      key: chain[4],
      wrong: [
        ['firstWhy', chain[1], 'stops at the first answer'],
        ['secondWhy', chain[2], 'stops at the second answer'],
        ['thirdWhy', chain[3], 'stops one why short of the end'],
      ],
    })
  }),
  family('fishbone-category', (rng) => {
    const labels = Object.keys(SIX_M) as (keyof typeof SIX_M)[]
    const label = rng.pick(labels)
    const text = rng.pick(SIX_M[label])
    return cited(rng, {
      stem: `On a fishbone (Ishikawa) diagram with the 6M bones, under which bone does this cause go: “${text}”`,
      table: 'six-m',
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, SIX_M_SLIPS[l]] as const),
    })
  }),
]
