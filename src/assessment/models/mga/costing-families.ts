import {
  add,
  CENT,
  DOLLAR,
  div,
  dl,
  frac,
  mul,
  n,
  pc,
  plain,
  rest,
  sub,
  usd,
  worked,
} from './mga-text.js'

// Product costing. Stems state the absorption basis, which figures are budget and which actual,
// the costing method and the equivalent-unit method, because the slips are absorbing on actual
// figures, comparing budget with actual overhead, carrying fixed overhead into variable costing
// and counting opening work in progress on the wrong method.

const EU = plain(0, 'equivalent units')

export const COSTING_FAMILIES = [
  worked('predetermined-rate-per-machine-hour', (rng) => {
    const o = rng.int(100, 900) * 1000
    const h = rng.int(8, 40) * 1000
    const l = rng.int(8, 40) * 1000
    if (l === h) rest()
    const oa = Math.round((o * rng.int(85, 115)) / 100000) * 1000
    const ha = Math.round((h * rng.int(85, 115)) / 100000) * 1000
    if (oa === o || ha === h) rest()
    return {
      stem: `A client budgets production overhead of ${dl(o)} for ${n(h)} machine hours and ${n(l)} direct labour hours; the year’s actual overhead was ${dl(oa)} over ${n(ha)} machine hours. Overhead is absorbed at a predetermined rate per machine hour set from the budget. What is that rate, ${CENT}?`,
      show: usd(2),
      figures: { o, h, l, oa, ha },
      key: frac(o, h),
      wrong: [
        [frac(o, l), 'sets the rate on direct labour hours'],
        [frac(oa, ha), 'sets the rate from the actual figures'],
        [frac(o, ha), 'divides budgeted overhead by actual hours'],
        [frac(o, h + l), 'pools machine and labour hours'],
      ],
    }
  }),
  worked('under-or-over-absorbed-overhead', (rng) => {
    const rate = rng.int(8, 60)
    const h = rng.int(10, 40) * 1000
    const o = rate * h
    const ha = Math.round((h * rng.int(80, 120)) / 100)
    const oa = Math.round((o * rng.int(85, 115)) / 100)
    const absorbed = rate * ha
    if (absorbed === oa || ha === h || oa === o) rest()
    return {
      stem: `Overhead is absorbed at a predetermined ${dl(rate)} a machine hour, set from budgeted overhead of ${dl(o)} and ${n(h)} budgeted hours. Actual overhead was ${dl(oa)} and ${n(ha)} machine hours were worked. By how much was overhead under- or over-absorbed, ${DOLLAR}?`,
      show: usd(0),
      figures: { rate, h, o, ha, oa },
      key: frac(Math.abs(absorbed - oa)),
      wrong: [
        [frac(Math.abs(o - oa)), 'compares budgeted with actual overhead'],
        [frac(Math.abs(absorbed - o)), 'compares absorbed with budgeted overhead'],
        [frac(absorbed + oa), 'adds the absorbed and the actual overhead'],
        [frac(absorbed), 'gives the overhead absorbed'],
        [mul(Math.abs(absorbed - oa), frac(h, ha)), 'scales the difference to budgeted hours'],
      ],
    }
  }),
  worked('absorption-against-variable-costing-profit', (rng) => {
    const nv = rng.int(10, 40) * 1000
    const p = Math.round((nv * rng.int(102, 125)) / 100)
    const s = Math.round((p * rng.int(70, 95)) / 100)
    const fo = rng.int(3, 20) * nv
    const v = rng.int(5, 30)
    if (s >= p) rest()
    return {
      stem: `Fixed production overhead of ${dl(fo)} is absorbed per unit at normal output of ${n(nv)} units; variable production cost is ${dl(v)} a unit. This year ${n(p)} units were made and ${n(s)} sold, with no opening inventory. By how much does absorption costing profit exceed variable costing profit, ${DOLLAR}?`,
      show: usd(0),
      figures: { nv, p, s, fo, v },
      key: mul(p - s, frac(fo, nv)),
      wrong: [
        [mul(p - s, frac(fo, p)), 'absorbs at actual output instead of normal output'],
        [mul(p - s, add(frac(fo, nv), v)), 'counts the variable cost in the inventory change'],
        [mul(p - s, v), 'values the inventory change at variable cost'],
        [mul(s, frac(fo, nv)), 'takes the overhead absorbed in units sold'],
        [frac(fo), 'gives the whole fixed overhead'],
      ],
    }
  }),
  worked('variable-costing-profit', (rng) => {
    const p = rng.int(10, 40) * 1000
    const s = Math.round((p * rng.int(70, 95)) / 100)
    const v = rng.int(10, 40)
    const vs = rng.int(2, 8)
    const pr = v + vs + rng.int(15, 50)
    const fp = Math.round((s * (pr - v - vs) * rng.int(20, 45)) / 100000) * 1000
    const fs = Math.round((s * (pr - v - vs) * rng.int(10, 25)) / 100000) * 1000
    return {
      stem: `A client made ${n(p)} units and sold ${n(s)} at ${dl(pr)}, with no opening inventory. Variable production cost is ${dl(v)} a unit and variable selling cost ${dl(vs)} a unit sold; fixed production overhead was ${dl(fp)} and fixed selling costs ${dl(fs)}. What is the profit under variable (marginal) costing, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, s, v, vs, pr, fp, fs },
      key: frac(s * (pr - v - vs) - fp - fs),
      wrong: [
        [
          sub(s * (pr - v - vs) - fs, mul(s, frac(fp, p))),
          'carries fixed overhead in inventory as absorption costing does',
        ],
        [frac(s * (pr - vs) - p * v - fp - fs), 'charges the variable cost of all units made'],
        [frac(s * (pr - v) - fp - fs), 'leaves out variable selling costs'],
        [frac(s * (pr - v - vs) - fp), 'leaves out fixed selling costs'],
        [
          sub(s * (pr - v - vs) - fp - fs, mul(s, frac(fp, p))),
          'charges fixed overhead both as a period cost and in unit cost',
        ],
      ],
    }
  }),
  worked('absorption-costing-profit', (rng) => {
    const p = rng.int(10, 40) * 1000
    const s = Math.round((p * rng.int(70, 95)) / 100)
    const v = rng.int(10, 40)
    const vs = rng.int(2, 8)
    const fu = rng.int(3, 12)
    const pr = v + vs + fu + rng.int(12, 40)
    const fp = fu * p
    const fs = Math.round((s * (pr - v - vs - fu) * rng.int(10, 30)) / 100000) * 1000
    return {
      stem: `A client made ${n(p)} units, exactly its budgeted output, and sold ${n(s)} at ${dl(pr)}, with no opening inventory. Variable production cost is ${dl(v)} a unit and variable selling cost ${dl(vs)} a unit sold; fixed production overhead of ${dl(fp)} is absorbed on budgeted output, and fixed selling costs were ${dl(fs)}. What is the profit under absorption costing, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, s, v, vs, pr, fp, fs },
      key: frac(s * (pr - v - vs - fu) - fs),
      wrong: [
        [
          frac(s * (pr - v - vs) - fp - fs),
          'charges all fixed overhead to the period as variable costing does',
        ],
        [
          sub(s * (pr - v - vs), mul(s, frac(fp + fs, p))),
          'absorbs fixed selling costs into unit cost too',
        ],
        [frac(s * (pr - v - fu) - fs), 'leaves out variable selling costs'],
        [frac(s * (pr - vs) - p * (v + fu) - fs), 'charges the cost of all units made'],
        [
          frac(s * (pr - v - vs - fu) - fs - fp),
          'charges the fixed overhead again as a period cost',
        ],
        [frac(s * (pr - v - vs - fu)), 'leaves out fixed selling costs'],
        [frac(s * (pr - v - fu) - p * vs - fs), 'charges variable selling cost on every unit made'],
      ],
    }
  }),
  worked('activity-based-overhead-per-unit', (rng) => {
    const c1 = rng.int(40, 300) * 1000
    const d1 = rng.int(50, 400)
    const c2 = rng.int(40, 300) * 1000
    const d2 = rng.int(200, 2000)
    const a1 = rng.int(5, Math.floor(d1 / 4))
    const a2 = rng.int(10, Math.floor(d2 / 4))
    const q = rng.int(2, 20) * 500
    const qt = q * rng.int(3, 10)
    return {
      stem: `A client’s set-up costs of ${dl(c1)} are driven by ${n(d1)} set-ups and its inspection costs of ${dl(c2)} by ${n(d2)} inspections. Product K needs ${n(a1)} set-ups and ${n(a2)} inspections for its ${n(q)} units, out of ${n(qt)} units made in all. Using activity-based costing, what overhead does one unit of K carry, ${CENT}?`,
      show: usd(2),
      figures: { c1, d1, c2, d2, a1, a2, q, qt },
      key: div(add(frac(c1 * a1, d1), frac(c2 * a2, d2)), q),
      wrong: [
        [add(frac(c1 * a1, d1), frac(c2 * a2, d2)), 'stops at the batch’s total overhead'],
        [frac(c1 * a1, d1 * q), 'leaves out the inspection pool'],
        [frac(c1 + c2, qt), 'spreads all overhead over units made'],
        [frac((c1 + c2) * (a1 + a2), (d1 + d2) * q), 'pools the two activities into one driver'],
        [
          div(add(frac(c1 * a1, d1), frac(c2 * a2, d2)), qt),
          'spreads K’s activity cost over all units made',
        ],
      ],
    }
  }),
  worked('job-price-with-overhead-on-labour-cost-and-a-mark-up', (rng) => {
    const m = rng.int(200, 3000) * 10
    const h = rng.int(10, 120)
    const w = rng.int(25, 60)
    const k = rng.pick([60, 80, 100, 120, 150])
    const u = rng.pick([20, 25, 30, 40])
    const cost = add(m, h * w, mul(h * w, pc(k)))
    return {
      stem: `A job needs ${dl(m)} of materials and ${h} labour hours at ${dl(w)} an hour. Overhead is absorbed at ${k}% of direct labour cost, and the client prices jobs at total cost plus a mark-up of ${u}% on cost. What is the job’s price, ${CENT}?`,
      show: usd(2),
      figures: { m, h, w, k, u },
      key: mul(cost, add(1, pc(u))),
      wrong: [
        [div(cost, sub(1, pc(u))), 'reads the mark-up as a margin on price'],
        [add(mul(m + h * w, add(1, pc(u))), mul(h * w, pc(k))), 'marks up the prime cost only'],
        [mul(m + h * w, add(1, pc(u))), 'leaves out the overhead'],
        [
          mul(add(m, h * w, mul(m + h * w, pc(k))), add(1, pc(u))),
          'absorbs overhead on prime cost',
        ],
        [add(mul(m, add(1, pc(u))), h * w, mul(h * w, pc(k))), 'marks up the materials only'],
      ],
    }
  }),
  worked('equivalent-units-on-weighted-average', (rng) => {
    const o = rng.int(2, 10) * 100
    const c = rng.pick([20, 30, 40, 60, 70])
    const st = rng.int(10, 40) * 100
    const cl = rng.int(2, 10) * 100
    const d = rng.pick([25, 40, 50, 60, 75])
    const done = o + st - cl
    if (done <= 0 || c === d) rest()
    return {
      stem: `A process had ${n(o)} units of opening work in progress, ${c}% complete for conversion; ${n(st)} units were started and ${n(cl)} units were left in closing work in progress, ${d}% complete for conversion. On the weighted average method, how many equivalent units of conversion were produced?`,
      show: EU,
      figures: { o, c, st, cl, d },
      key: add(done, mul(cl, pc(d))),
      wrong: [
        [add(done - o, mul(o, pc(100 - c)), mul(cl, pc(d))), 'uses the FIFO method'],
        [frac(done + cl), 'counts closing units as complete'],
        [add(done, mul(cl, pc(100 - d))), 'counts the work still to do on closing units'],
        [add(done, mul(cl, pc(d)), mul(o, pc(c))), 'adds opening work in progress again'],
        [frac(done), 'counts completed units only'],
        [add(done - o, mul(cl, pc(d))), 'leaves out the opening units'],
        [frac(o + st), 'counts every unit handled as complete'],
      ],
    }
  }),
  worked('equivalent-units-on-fifo', (rng) => {
    const o = rng.int(2, 10) * 100
    const c = rng.pick([20, 30, 40, 60, 70])
    const st = rng.int(10, 40) * 100
    const cl = rng.int(2, 10) * 100
    const d = rng.pick([25, 40, 50, 60, 75])
    const done = o + st - cl
    if (done <= o || c === d) rest()
    return {
      stem: `A process had ${n(o)} units of opening work in progress, ${c}% complete for conversion; ${n(st)} units were started and ${n(cl)} units were left in closing work in progress, ${d}% complete for conversion. On the FIFO method, how many equivalent units of conversion were produced this period?`,
      show: EU,
      figures: { o, c, st, cl, d },
      key: add(done, mul(o, pc(-c)), mul(cl, pc(d))),
      wrong: [
        [add(done, mul(cl, pc(d))), 'uses the weighted average method'],
        [add(done - o, mul(cl, pc(d))), 'leaves out the work finishing opening units'],
        [
          add(done, mul(o, pc(c - 100)), mul(cl, pc(d))),
          'takes the opening percentage as this period’s work',
        ],
        [add(done, mul(o, pc(-c)), cl), 'counts closing units as complete'],
        [add(done, mul(o, pc(-c))), 'leaves out the closing work in progress'],
        [frac(o + st), 'counts every unit handled as complete'],
      ],
    }
  }),
  worked('cost-per-equivalent-unit-on-weighted-average', (rng) => {
    const o = rng.int(2, 10) * 100
    const c = rng.pick([20, 30, 40, 60])
    const st = rng.int(10, 40) * 100
    const cl = rng.int(2, 10) * 100
    const d = rng.pick([25, 40, 50, 75])
    const done = o + st - cl
    const oc = rng.int(2, 40) * 100
    const pcst = rng.int(20, 200) * 1000
    if (done <= 0) rest()
    const eu = add(done, mul(cl, pc(d)))
    return {
      stem: `A process finished ${n(done)} units and left ${n(cl)} units ${d}% complete for conversion. Opening work in progress (${n(o)} units, ${c}% converted) carried ${dl(oc)} of conversion cost, and this period’s conversion cost was ${dl(pcst)}. On the weighted average method, what is the conversion cost per equivalent unit, ${CENT}?`,
      show: usd(2),
      figures: { o, c, cl, d, done, oc, pcst },
      key: div(oc + pcst, eu),
      wrong: [
        [div(pcst, eu), 'leaves out the opening work in progress cost'],
        [frac(oc + pcst, done + cl), 'counts closing units as complete'],
        [frac(oc + pcst, done), 'divides by completed units only'],
        [
          div(pcst, add(done - o, mul(o, pc(100 - c)), mul(cl, pc(d)))),
          'works the FIFO cost instead',
        ],
        [
          div(oc + pcst, add(done - o, mul(o, pc(100 - c)), mul(cl, pc(d)))),
          'divides both costs by FIFO units',
        ],
        [frac(pcst, done + cl), 'leaves out opening cost and counts closing units as complete'],
      ],
    }
  }),
  worked('value-of-closing-work-in-progress', (rng) => {
    const m = rng.int(200, 2000)
    const k = rng.int(200, 2000)
    const cl = rng.int(2, 20) * 100
    const d = rng.pick([20, 30, 40, 50, 60, 75])
    return {
      stem: `A process adds all materials at the start. Cost per equivalent unit is $${(m / 100).toFixed(2)} for materials and $${(k / 100).toFixed(2)} for conversion. Closing work in progress is ${n(cl)} units, ${d}% complete for conversion. What is closing work in progress valued at, ${CENT}?`,
      show: usd(2),
      figures: { m, k, cl, d },
      key: mul(cl, add(frac(m, 100), mul(frac(k, 100), pc(d)))),
      wrong: [
        [mul(cl, frac(m + k, 100), pc(d)), 'applies the conversion percentage to materials too'],
        [mul(cl, frac(m + k, 100)), 'values closing units as complete'],
        [mul(cl, frac(k, 100), pc(d)), 'leaves out materials'],
        [
          mul(cl, add(mul(frac(m, 100), pc(d)), frac(k, 100))),
          'applies the percentage to materials instead of conversion',
        ],
        [mul(cl, frac(m, 100)), 'values materials only'],
      ],
    }
  }),
  worked('cost-per-unit-of-expected-output-with-normal-loss', (rng) => {
    const i = rng.int(2, 20) * 1000
    const x = i * rng.int(3, 20) + rng.int(0, 99) * 100
    const nl = rng.pick([5, 8, 10, 12, 15, 20])
    const sc = rng.int(20, 150)
    const ao = (i * (100 - nl)) / 100 - (i * rng.int(1, 4)) / 100
    return {
      stem: `A process takes ${n(i)} kg of input costing ${dl(x)}. Normal loss is ${nl}% of input and is sold as scrap for $${(sc / 100).toFixed(2)} a kg, which is credited to the process; actual output was ${n(ao)} kg. What is the cost per kg of expected output, ${CENT}?`,
      show: usd(2),
      figures: { i, x, nl, sc, ao },
      key: div(sub(x, mul(i, pc(nl), frac(sc, 100))), mul(i, pc(100 - nl))),
      wrong: [
        [frac(x, i), 'divides by input instead of expected output'],
        [div(x, mul(i, pc(100 - nl))), 'leaves out the scrap credit'],
        [div(sub(x, mul(i, pc(nl), frac(sc, 100))), i), 'divides the net cost by input'],
        [
          div(add(x, mul(i, pc(nl), frac(sc, 100))), mul(i, pc(100 - nl))),
          'adds the scrap value instead of crediting it',
        ],
        [
          sub(div(x, mul(i, pc(100 - nl))), frac(sc, 100)),
          'takes the full scrap price off each kg of output',
        ],
        [div(x, mul(i, pc(100 + nl))), 'adds the loss to input instead of taking it off'],
        [div(sub(x, mul(i, pc(nl), frac(sc, 100))), ao), 'divides by actual output'],
      ],
    }
  }),
  worked('job-overhead-on-departmental-rates', (rng) => {
    const o1 = rng.int(100, 600) * 1000
    const h1 = rng.int(5, 30) * 1000
    const l1 = rng.int(2, 10) * 1000
    const o2 = rng.int(100, 600) * 1000
    const l2 = rng.int(5, 30) * 1000
    const jm = rng.int(5, 60)
    const jl1 = rng.int(2, 20)
    const jl2 = rng.int(5, 60)
    return {
      stem: `Machining absorbs its overhead of ${dl(o1)} on ${n(h1)} budgeted machine hours (it also budgets ${n(l1)} labour hours); assembly absorbs ${dl(o2)} on ${n(l2)} budgeted labour hours. A job takes ${jm} machine hours and ${jl1} labour hours in machining and ${jl2} labour hours in assembly. What overhead does the job absorb on these departmental rates, ${CENT}?`,
      show: usd(2),
      figures: { o1, h1, l1, o2, l2, jm, jl1, jl2 },
      key: add(frac(o1 * jm, h1), frac(o2 * jl2, l2)),
      wrong: [
        [frac((o1 + o2) * (jl1 + jl2), l1 + l2), 'uses one blanket rate per labour hour'],
        [add(frac(o1 * jl1, l1), frac(o2 * jl2, l2)), 'absorbs machining on labour hours'],
        [frac(o1 * jm, h1), 'leaves out assembly'],
        [
          add(frac(o1 * jm, h1), frac(o2 * (jl1 + jl2), l2)),
          'charges machining labour hours at the assembly rate too',
        ],
      ],
    }
  }),
  worked('production-department-overhead-after-a-service-recharge', (rng) => {
    const sv = rng.int(40, 300) * 1000
    const u1 = rng.int(20, 50)
    const u2 = rng.int(20, 50)
    const u3 = 100 - u1 - u2
    if (u3 < 5 || u1 === u2) rest()
    const o1 = rng.int(100, 800) * 1000
    return {
      stem: `The maintenance department’s overhead of ${dl(sv)} serves Machining (${u1}% of its hours), Assembly (${u2}%) and the stores department (${u3}%). Machining’s own overhead is ${dl(o1)}. On the direct method, which recharges service departments to production departments only, what is Machining’s total overhead, ${DOLLAR}?`,
      show: usd(0),
      figures: { sv, u1, u2, o1 },
      key: add(o1, frac(sv * u1, u1 + u2)),
      wrong: [
        [add(o1, mul(sv, pc(u1))), 'keeps the stores department’s share out without rescaling'],
        [add(o1, frac(sv, 2)), 'splits maintenance equally'],
        [add(o1, frac(sv * u2, u1 + u2)), 'gives Machining Assembly’s share'],
        [frac(sv * u1, u1 + u2), 'gives the recharge alone'],
        [frac(o1 + sv), 'charges Machining all of maintenance'],
      ],
    }
  }),
  worked('abnormal-loss-valued-at-cost-of-expected-output', (rng) => {
    const i = rng.int(2, 20) * 1000
    const x = i * rng.int(3, 20)
    const nl = rng.pick([5, 8, 10, 12, 15])
    const ab = rng.int(1, 5)
    const exp = (i * (100 - nl)) / 100
    const a = exp - (i * ab) / 100
    if (!Number.isInteger(a)) rest()
    return {
      stem: `A process takes ${n(i)} kg costing ${dl(x)}. Normal loss is ${nl}% of input and has no scrap value; actual output was ${n(a)} kg. Abnormal loss is valued at the cost per kg of expected output. What is the abnormal loss’s value, ${CENT}?`,
      show: usd(2),
      figures: { i, x, nl, a },
      key: frac((exp - a) * x, exp),
      wrong: [
        [frac((exp - a) * x, i), 'values it at cost per kg of input'],
        [frac((exp - a) * x, a), 'values it at cost per kg of actual output'],
        [frac((i - a) * x, exp), 'values all the loss, normal loss included'],
        [frac((i - exp) * x, exp), 'values the normal loss instead'],
      ],
    }
  }),
  worked('full-production-cost-per-unit', (rng) => {
    const v = rng.int(8, 60)
    const nv = rng.int(10, 50) * 1000
    const fp = nv * rng.int(2, 20)
    const fs = Math.round((fp * rng.int(20, 60)) / 100000) * 1000
    const act = Math.round((nv * rng.pick([80, 85, 90, 110, 115, 120])) / 100)
    const vs = rng.int(1, 6)
    return {
      stem: `Variable production cost is ${dl(v)} a unit and variable selling cost ${dl(vs)} a unit. Fixed production overhead of ${dl(fp)} is absorbed on normal output of ${n(nv)} units; fixed selling costs are ${dl(fs)}. This year ${n(act)} units were made. What is the absorption (full production) cost of a unit, ${CENT}?`,
      show: usd(2),
      figures: { v, nv, fp, fs, act, vs },
      key: add(v, frac(fp, nv)),
      wrong: [
        [add(v, frac(fp, act)), 'absorbs on actual output instead of normal output'],
        [add(v, frac(fp + fs, nv)), 'absorbs fixed selling costs too'],
        [frac(v), 'stops at the variable cost'],
        [add(v + vs, frac(fp, nv)), 'includes variable selling cost in production cost'],
        [frac(fp, nv), 'gives the fixed overhead per unit only'],
      ],
    }
  }),
]
