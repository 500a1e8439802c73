import {
  absorption,
  add,
  client,
  costing,
  div,
  exact,
  money,
  mul,
  pc,
  step,
  sub,
  symbol,
} from './cac-text.js'

// Overhead absorption: apportioning shared costs to departments on a stated basis, reapportioning
// service departments, setting a rate on budgeted figures and comparing what it absorbed with
// what was spent, and activity-based rates. The slips tested are the ones a costing clerk makes:
// the wrong basis, actual figures where the rate uses budgeted ones, service departments left out
// or double counted, and the direction of an over- or under-absorption.

export const OVERHEAD_FAMILIES = [
  costing('machine-hour-absorption-rate', (rng) => {
    const s = symbol(rng)
    const bo = step(rng, 60_000, 400_000, 500)
    const bh = step(rng, 4_000, 20_000, 100)
    const ao = bo + step(rng, -20_000, 20_000, 250)
    const ah = bh + step(rng, -1_500, 1_500, 50)
    const lh = step(rng, 6_000, 30_000, 100)
    return {
      stem: `The machining department of ${client(rng)} budgets overheads of ${s}${exact(bo)} and ${exact(bh)} machine hours (${exact(lh)} direct labour hours) for the year. Actual overheads were ${s}${exact(ao)} over ${exact(ah)} machine hours. The department absorbs overhead on machine hours at a predetermined rate. What is that rate per machine hour, to the nearest cent?`,
      show: money(s),
      inputs: { bo, bh, ao, ah, lh },
      key: div(bo, bh),
      wrong: [
        [div(ao, ah), 'uses actual overheads and actual hours, which are not known in advance'],
        [div(bo, ah), 'divides the budget by the actual hours'],
        [div(ao, bh), 'divides actual overheads by the budgeted hours'],
        [div(bo, lh), 'divides by direct labour hours instead of machine hours'],
      ],
    }
  }),
  costing('over-or-under-absorbed-overhead', (rng) => {
    const s = symbol(rng)
    const bh = step(rng, 5_000, 20_000, 100)
    const rate = step(rng, 1_200, 4_800, 25)
    const bo = (bh * rate) / 100
    const ah = bh + step(rng, -1_200, 1_200, 20)
    const ao = bo + step(rng, -15_000, 15_000, 125)
    const absorbed = mul(div(bo, bh), ah)
    return {
      stem: `A department of ${client(rng)} set its overhead absorption rate from budgeted overheads of ${s}${exact(bo)} and ${exact(bh)} labour hours. It worked ${exact(ah)} labour hours and spent ${s}${exact(ao)} on overheads. What overhead was over- or under-absorbed for the period?`,
      show: absorption(s),
      signed: true,
      inputs: { bo, bh, ah, ao },
      key: sub(absorbed, ao),
      wrong: [
        [sub(ao, absorbed), 'calls spending above the absorbed amount over-absorbed'],
        [sub(bo, ao), 'compares budgeted with actual overheads instead of absorbed with actual'],
        [sub(absorbed, bo), 'compares absorbed overhead with the budget, not with what was spent'],
        [
          sub(mul(div(ao, ah), bh), ao),
          'sets the rate on actual figures and applies it to budgeted hours',
        ],
      ],
    }
  }),
  costing('rent-apportioned-by-floor-area', (rng) => {
    const s = symbol(rng)
    const rent = step(rng, 24_000, 180_000, 600)
    const [a, b, c] = [
      step(rng, 400, 2_000, 50),
      step(rng, 400, 2_000, 50),
      step(rng, 150, 900, 50),
    ]
    const [ea, eb, ec] = [rng.int(8, 40), rng.int(8, 40), rng.int(3, 12)]
    return {
      stem: `${client(rng)} pays annual factory rent of ${s}${exact(rent)}, apportioned by floor area. Machining occupies ${exact(a)} m² (${ea} staff), Assembly ${exact(b)} m² (${eb} staff) and the Stores service department ${exact(c)} m² (${ec} staff). How much rent is apportioned to Machining, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { rent, a, b, c, ea, eb, ec },
      key: div(mul(rent, a), add(a, b, c)),
      wrong: [
        [
          div(mul(rent, a), add(a, b)),
          'shares the rent over the production departments only, leaving Stores out',
        ],
        [
          div(mul(rent, ea), add(ea, eb, ec)),
          'apportions by the number of staff instead of floor area',
        ],
        [div(rent, 3), 'splits the rent equally between the three departments'],
      ],
    }
  }),
  costing('departmental-rates-against-a-blanket-rate', (rng) => {
    const s = symbol(rng)
    const [oa, ob] = [step(rng, 80_000, 300_000, 1_000), step(rng, 40_000, 200_000, 1_000)]
    const [ha, hb] = [step(rng, 4_000, 12_000, 100), step(rng, 6_000, 20_000, 100)]
    const [ja, jb] = [rng.int(6, 40), rng.int(6, 40)]
    const [ra, rb] = [div(oa, ha), div(ob, hb)]
    return {
      stem: `${client(rng)} budgets Machining overheads of ${s}${exact(oa)} over ${exact(ha)} hours and Finishing overheads of ${s}${exact(ob)} over ${exact(hb)} hours, and absorbs overhead at a separate rate per hour in each department. Job 47 takes ${ja} hours in Machining and ${jb} hours in Finishing. How much overhead does Job 47 absorb, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { oa, ob, ha, hb, ja, jb },
      key: add(mul(ra, ja), mul(rb, jb)),
      wrong: [
        [
          mul(div(add(oa, ob), add(ha, hb)), ja + jb),
          'uses one blanket rate for the whole factory',
        ],
        [mul(div(add(ra, rb), 2), ja + jb), 'averages the two departmental rates'],
        [
          add(mul(ra, jb), mul(rb, ja)),
          'applies each department’s rate to the other department’s hours',
        ],
        [mul(ra, ja + jb), 'charges all the job’s hours at the Machining rate'],
      ],
    }
  }),
  costing('step-down-service-reapportionment', (rng) => {
    const s = symbol(rng)
    const x1 = step(rng, 20_000, 90_000, 500)
    const x2 = step(rng, 10_000, 60_000, 500)
    const p = step(rng, 10, 30, 5)
    const a1 = step(rng, 30, 60, 5)
    const b1 = 100 - p - a1
    const a2 = step(rng, 30, 70, 5)
    const b2 = 100 - a2
    const s2 = add(x2, mul(x1, pc(p)))
    return {
      stem: `${client(rng)} has two service departments. Maintenance (overheads ${s}${exact(x1)}) works ${p} % for Stores, ${a1} % for Machining and ${b1} % for Assembly; Stores (overheads ${s}${exact(x2)}) serves Machining ${a2} % and Assembly ${b2} %. Using the step-down method, Maintenance first, what total service overhead is reapportioned to Machining, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { x1, x2, p, a1, a2 },
      key: add(mul(x1, pc(a1)), mul(s2, pc(a2))),
      wrong: [
        [
          add(mul(x1, pc(a1)), mul(x2, pc(a2))),
          'leaves out the Maintenance cost passed on to Stores',
        ],
        [
          add(mul(x1, div(a1, a1 + b1)), mul(x2, pc(a2))),
          'uses the direct method, ignoring the work Maintenance does for Stores',
        ],
        [
          add(mul(x1, pc(a1 + p)), mul(x2, pc(a2))),
          'gives Machining the Maintenance share meant for Stores as well',
        ],
        [mul(add(x1, x2), pc(a2)), 'splits both service departments by Stores’ percentages'],
      ],
    }
  }),
  costing('reciprocal-service-reapportionment', (rng) => {
    const s = symbol(rng)
    const x1 = step(rng, 20_000, 90_000, 1_000)
    const x2 = step(rng, 10_000, 60_000, 1_000)
    const e1 = step(rng, 10, 25, 5)
    const e2 = step(rng, 10, 25, 5)
    const a1 = step(rng, 30, 55, 5)
    const a2 = step(rng, 30, 55, 5)
    const k = sub(1, mul(pc(e1), pc(e2)))
    const t1 = div(add(x1, mul(pc(e2), x2)), k)
    const t2 = add(x2, mul(pc(e1), t1))
    return {
      stem: `${client(rng)} reapportions two service departments that serve each other. Maintenance (overheads ${s}${exact(x1)}) gives ${e1} % of its work to the Canteen and ${a1} % to Machining; the Canteen (overheads ${s}${exact(x2)}) gives ${e2} % to Maintenance and ${a2} % to Machining. The rest goes to Assembly. Using the reciprocal method (simultaneous equations), what total service overhead ends up in Machining, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { x1, x2, e1, e2, a1, a2 },
      key: add(mul(pc(a1), t1), mul(pc(a2), t2)),
      wrong: [
        [
          add(mul(pc(a1), x1), mul(pc(a2), x2)),
          'applies the percentages to each department’s own overheads only',
        ],
        [
          add(mul(div(a1, 100 - e1), x1), mul(div(a2, 100 - e2), x2)),
          'uses the direct method, ignoring the services they give each other',
        ],
        [
          add(mul(pc(a1), x1), mul(pc(a2), add(x2, mul(pc(e1), x1)))),
          'uses the step-down method, Maintenance first, with the Canteen’s percentages unchanged',
        ],
        [mul(pc(a1), t1), 'counts only the reapportioned Maintenance total'],
      ],
    }
  }),
  costing('activity-based-setup-cost-per-unit', (rng) => {
    const s = symbol(rng)
    const pool = step(rng, 40_000, 240_000, 1_000)
    const setups = step(rng, 80, 400, 10)
    const xs = rng.int(20, Math.floor(setups / 2))
    const units = step(rng, 20_000, 100_000, 1_000)
    const xu = step(rng, 1_000, Math.floor(units / 4), 100)
    return {
      stem: `${client(rng)} has a set-up cost pool of ${s}${exact(pool)} for ${exact(setups)} set-ups a year, making ${exact(units)} units of all products. Product X is made in ${xs} set-ups, ${exact(xu)} units a year. Using activity-based costing with set-ups as the cost driver, what set-up cost is charged to each unit of X, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { pool, setups, xs, units, xu },
      key: div(mul(div(pool, setups), xs), xu),
      wrong: [
        [div(pool, units), 'spreads the pool over all units made, as a volume-based rate would'],
        [div(pool, setups), 'gives the cost per set-up, not per unit'],
        [div(mul(div(pool, setups), xs), units), 'divides X’s set-up cost by all units made'],
        [div(div(pool, setups), xu), 'charges X for one set-up only'],
        [div(pool, xu), 'charges the whole pool to X'],
      ],
    }
  }),
  costing('activity-based-two-pool-cost-per-unit', (rng) => {
    const s = symbol(rng)
    const [p1, n1] = [step(rng, 30_000, 150_000, 1_000), step(rng, 100, 500, 10)]
    const [p2, n2] = [step(rng, 20_000, 120_000, 1_000), step(rng, 500, 4_000, 50)]
    const [x1, x2] = [rng.int(10, 60), step(rng, 50, 600, 10)]
    const u = step(rng, 500, 5_000, 50)
    const units = step(rng, 20_000, 90_000, 1_000)
    const r1 = div(p1, n1)
    const r2 = div(p2, n2)
    return {
      stem: `${client(rng)} uses activity-based costing. Set-ups cost ${s}${exact(p1)} for ${exact(n1)} set-ups; inspections cost ${s}${exact(p2)} for ${exact(n2)} inspections. All products together make ${exact(units)} units. Product Y uses ${x1} set-ups and ${exact(x2)} inspections for ${exact(u)} units. What activity cost is charged to each unit of Y, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { p1, n1, p2, n2, x1, x2, u, units },
      key: div(add(mul(r1, x1), mul(r2, x2)), u),
      wrong: [
        [div(add(p1, p2), units), 'spreads both pools over all units made'],
        [div(mul(r1, x1), u), 'leaves out the inspection pool'],
        [
          div(add(mul(r1, x2), mul(r2, x1)), u),
          'multiplies each rate by the other activity’s count',
        ],
        [add(mul(r1, x1), mul(r2, x2)), 'gives the cost for the whole batch of Y, not per unit'],
      ],
    }
  }),
  costing('absorption-against-marginal-profit', (rng) => {
    const s = symbol(rng)
    const fixedOh = step(rng, 40_000, 200_000, 1_000)
    const normal = step(rng, 8_000, 40_000, 1_000)
    const open = step(rng, 200, 3_000, 100)
    const close = open + step(rng, -1_800, 2_400, 100)
    const rate = div(fixedOh, normal)
    return {
      stem: `${client(rng)} absorbs fixed production overheads of ${s}${exact(fixedOh)} over a normal output of ${exact(normal)} units. This month inventory went from ${exact(open)} units at the start to ${exact(close)} units at the end. By how much is absorption-costing profit higher than marginal-costing profit? (A negative amount means it is lower.)`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      signed: true,
      inputs: { fixedOh, normal, open, close },
      key: mul(rate, close - open),
      wrong: [
        [
          mul(rate, open - close),
          'reverses the direction: a rise in inventory raises absorption profit',
        ],
        [mul(rate, close), 'uses the closing inventory alone'],
        [mul(rate, close + open), 'adds opening and closing inventory'],
        [mul(rate, open), 'uses the opening inventory alone'],
      ],
    }
  }),
  costing('overhead-as-percentage-of-direct-labour', (rng) => {
    const s = symbol(rng)
    const bo = step(rng, 50_000, 300_000, 500)
    const bl = step(rng, 80_000, 400_000, 1_000)
    const bm = step(rng, 80_000, 400_000, 1_000)
    const jl = step(rng, 400, 6_000, 10)
    const jm = step(rng, 400, 6_000, 10)
    const r = div(bo, bl)
    return {
      stem: `${client(rng)} absorbs production overhead as a percentage of direct labour cost, set on the budget: overheads ${s}${exact(bo)}, direct labour ${s}${exact(bl)}, direct materials ${s}${exact(bm)}. Job 212 has direct materials of ${s}${exact(jm)} and direct labour of ${s}${exact(jl)}. What overhead does Job 212 absorb, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { bo, bl, bm, jl, jm },
      key: mul(r, jl),
      wrong: [
        [mul(r, jl + jm), 'applies the labour-cost percentage to the job’s prime cost'],
        [mul(div(bo, bl + bm), jl), 'sets the percentage on budgeted prime cost'],
        [mul(r, jm), 'applies the percentage to the job’s materials'],
        [mul(div(bo, bm), jm), 'absorbs on materials cost throughout'],
      ],
    }
  }),
  costing('rate-after-service-reapportionment', (rng) => {
    const s = symbol(rng)
    const own = step(rng, 60_000, 240_000, 1_000)
    const svc = step(rng, 20_000, 80_000, 1_000)
    const share = step(rng, 30, 70, 5)
    const hours = step(rng, 4_000, 16_000, 100)
    const all = hours + step(rng, 3_000, 12_000, 100)
    return {
      stem: `After primary apportionment, Machining at ${client(rng)} has overheads of ${s}${exact(own)}. The Stores service department (${s}${exact(svc)}) is reapportioned ${share} % to Machining. Machining budgets ${exact(hours)} machine hours; the whole factory budgets ${exact(all)} hours. What is Machining’s overhead absorption rate per machine hour, to the nearest cent?`,
      show: money(s),
      inputs: { own, svc, share, hours, all },
      key: div(add(own, mul(svc, pc(share))), hours),
      wrong: [
        [div(own, hours), 'sets the rate before reapportioning Stores'],
        [div(add(own, svc), hours), 'adds all of Stores’ overheads to Machining'],
        [div(add(own, mul(svc, pc(share))), all), 'divides by the whole factory’s hours'],
        [
          div(add(own, div(svc, 2)), hours),
          'splits Stores equally between the two production departments',
        ],
      ],
    }
  }),
  costing('machine-hour-rate-built-up', (rng) => {
    const s = symbol(rng)
    const cost = step(rng, 40_000, 200_000, 1_000)
    const resid = step(rng, 2_000, Math.floor(cost / 5), 500)
    const life = rng.int(4, 10)
    const maint = step(rng, 1_000, 8_000, 100)
    const run = step(rng, 1_200, 2_400, 100)
    const avail = run + step(rng, 200, 800, 50)
    const kw = rng.int(5, 40)
    const tariff = step(rng, 10, 40, 1)
    const dep = div(cost - resid, life)
    const power = mul(kw, pc(tariff))
    return {
      stem: `${client(rng)} costs a machine at ${s}${exact(cost)} with a residual value of ${s}${exact(resid)} after ${life} years (straight-line depreciation). Maintenance is ${s}${exact(maint)} a year. It runs ${exact(run)} productive hours of the ${exact(avail)} hours it is available, drawing ${kw} kW at ${s}${exact(pc(tariff))} a kWh while it runs. What is its machine hour rate per productive hour, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { cost, resid, life, maint, run, avail, kw, tariff },
      key: add(div(add(dep, maint), run), power),
      wrong: [
        [
          add(div(add(div(cost, life), maint), run), power),
          'depreciates the full cost, ignoring the residual value',
        ],
        [
          add(div(add(dep, maint), avail), power),
          'divides the fixed costs by the available hours, not the productive ones',
        ],
        [div(add(dep, maint), run), 'leaves out the running cost of power'],
        [
          add(div(add(div(cost + resid, life), maint), run), power),
          'adds the residual value to the cost instead of deducting it',
        ],
        [add(div(dep, run), power), 'leaves out the maintenance'],
        [
          add(div(add(dep, maint), run), mul(power, div(avail, run))),
          'charges power for every available hour, idle ones included',
        ],
      ],
    }
  }),
  costing('power-apportioned-by-kilowatt-hours', (rng) => {
    const s = symbol(rng)
    const bill = step(rng, 10_000, 80_000, 100)
    const [ka, kb] = [rng.int(20, 120), rng.int(20, 120)]
    const [ha, hb] = [step(rng, 1_000, 4_000, 100), step(rng, 1_000, 4_000, 100)]
    return {
      stem: `${client(rng)} apportions its power bill of ${s}${exact(bill)} by kilowatt-hours used. Pressing has ${ka} kW of machines running ${exact(ha)} hours; Finishing has ${kb} kW running ${exact(hb)} hours. How much of the bill is apportioned to Pressing, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { bill, ka, kb, ha, hb },
      key: div(mul(bill, ka * ha), ka * ha + kb * hb),
      wrong: [
        [div(mul(bill, ka), ka + kb), 'apportions by rated kilowatts alone'],
        [div(mul(bill, ha), ha + hb), 'apportions by running hours alone'],
        [div(bill, 2), 'splits the bill equally'],
        [
          div(mul(bill, ka + ha), ka + ha + kb + hb),
          'adds kilowatts to hours instead of multiplying them',
        ],
      ],
    }
  }),
  costing('profit-after-under-or-over-absorption', (rng) => {
    const s = symbol(rng)
    const bo = step(rng, 40_000, 200_000, 500)
    const bh = step(rng, 4_000, 16_000, 100)
    const ah = bh + step(rng, -1_000, 1_000, 50)
    const ao = bo + step(rng, -12_000, 12_000, 250)
    const pre = step(rng, 30_000, 150_000, 500)
    const absorbed = mul(div(bo, bh), ah)
    return {
      stem: `${client(rng)} values production at a predetermined overhead rate set from budgeted overheads of ${s}${exact(bo)} and ${exact(bh)} hours. It worked ${exact(ah)} hours and spent ${s}${exact(ao)} on overheads. Profit with overhead charged at the predetermined rate is ${s}${exact(pre)}. What is profit after adjusting for the over- or under-absorbed overhead, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { bo, bh, ah, ao, pre },
      key: add(pre, sub(absorbed, ao)),
      wrong: [
        [
          sub(pre, sub(absorbed, ao)),
          'adds an under-absorption to profit, or deducts an over-absorption',
        ],
        [add(pre, sub(bo, ao)), 'adjusts by budgeted against actual overheads'],
        [add(pre, sub(absorbed, bo)), 'adjusts by absorbed against budgeted overheads'],
        [add(pre, sub(ao, bo)), 'adjusts by actual against budgeted overheads'],
      ],
    }
  }),
  costing('insurance-apportioned-by-asset-value', (rng) => {
    const s = symbol(rng)
    const prem = step(rng, 6_000, 40_000, 100)
    const [va, vb, vc] = [
      step(rng, 100_000, 600_000, 10_000),
      step(rng, 100_000, 600_000, 10_000),
      step(rng, 30_000, 200_000, 10_000),
    ]
    const [aa, ab, ac] = [
      step(rng, 300, 1_500, 50),
      step(rng, 300, 1_500, 50),
      step(rng, 100, 600, 50),
    ]
    return {
      stem: `${client(rng)} apportions its machinery insurance premium of ${s}${exact(prem)} by the carrying value of plant. Plant in Cutting is carried at ${s}${exact(va)} (${exact(aa)} m²), in Sewing at ${s}${exact(vb)} (${exact(ab)} m²) and in the Maintenance service department at ${s}${exact(vc)} (${exact(ac)} m²). How much is apportioned to Cutting, to the nearest cent?`.replace(
        /^a/,
        'A',
      ),
      show: money(s),
      inputs: { prem, va, vb, vc, aa, ab, ac },
      key: div(mul(prem, va), va + vb + vc),
      wrong: [
        [div(mul(prem, va), va + vb), 'leaves the Maintenance department’s plant out of the total'],
        [div(mul(prem, aa), aa + ab + ac), 'apportions by floor area'],
        [div(prem, 3), 'splits the premium equally'],
      ],
    }
  }),
  costing('expenditure-and-volume-parts-of-absorption', (rng) => {
    const s = symbol(rng)
    const bh = step(rng, 5_000, 20_000, 100)
    const rate = step(rng, 1_000, 4_000, 25)
    const bo = (bh * rate) / 100
    const ah = bh + step(rng, -1_500, 1_500, 50)
    const ao = bo + step(rng, -12_000, 12_000, 250)
    const oar = div(bo, bh)
    return {
      stem: `${client(rng)} budgets fixed overheads of ${s}${exact(bo)} and ${exact(bh)} machine hours, and absorbs them at a rate per machine hour. It worked ${exact(ah)} hours and spent ${s}${exact(ao)}. How much of the over- or under-absorption arises because the hours worked differ from the budget (the volume part)?`.replace(
        /^a/,
        'A',
      ),
      show: absorption(s),
      signed: true,
      inputs: { bo, bh, ah, ao },
      key: mul(oar, ah - bh),
      wrong: [
        [sub(bo, ao), 'gives the spending part, budget against actual overheads'],
        [sub(mul(oar, ah), ao), 'gives the whole over- or under-absorption'],
        [mul(oar, bh - ah), 'calls working more hours than budgeted an under-absorption'],
        [mul(div(ao, ah), ah - bh), 'prices the extra hours at the actual rate'],
        [sub(ao, bo), 'gives the spending part with its direction reversed'],
        [
          sub(ao, mul(oar, ah)),
          'gives the whole absorption difference with its direction reversed',
        ],
      ],
    }
  }),
]
