import type { Rng } from '../../rng.js'
import { add, costing, div, exact, money, mul, pc, qty, step, sub, symbol } from './cac-text.js'

// Process costing: a process's cost per unit of expected output after normal loss and its scrap
// value, abnormal losses and gains valued at that cost, equivalent units by the weighted-average
// and FIFO methods, and joint costs shared between joint products with by-product proceeds taken
// off first. The slips tested are the ones a process costing clerk makes: dividing by input or by
// actual output, scrap left in or taken twice, opening work counted in the wrong method, and
// joint costs shared on final values or physical units when the stem names another basis.

const PROCESSES = ['Mixing', 'Blending', 'Refining', 'Moulding', 'Pressing', 'Curing'] as const

/**
 * A process whose output beats its normal loss: input, cost, the normal loss and its scrap price,
 * the gain, and the cost per unit of expected output that values both output and gain. Shared by
 * the families that value the gain and that net it against the scrap sales it forgoes.
 */
function gainCase(rng: Rng) {
  const s = symbol(rng)
  const input = step(rng, 2_000, 20_000, 100)
  const cost = step(rng, 8_000, 120_000, 50)
  const nl = step(rng, 6, 15, 1)
  const g = step(rng, 1, nl - 3, 1)
  const sv = pc(step(rng, 10, 100, 5))
  const lost = mul(input, pc(nl))
  const gain = mul(input, pc(g))
  const expected = sub(input, lost)
  const per = div(sub(cost, mul(lost, sv)), expected)
  return { s, input, cost, nl, g, sv, lost, gain, expected, per }
}

export const PROCESS_FAMILIES = [
  costing('cost-per-unit-of-expected-output', (rng) => {
    const s = symbol(rng)
    const input = step(rng, 2_000, 20_000, 100)
    const cost = step(rng, 8_000, 120_000, 50)
    const nl = step(rng, 4, 15, 1)
    const sv = pc(step(rng, 10, 150, 5))
    const lost = mul(input, pc(nl))
    const ab = step(rng, 1, 5, 1)
    const actual = sub(sub(input, lost), mul(input, pc(ab)))
    return {
      stem: `${rng.pick(PROCESSES)} takes in ${exact(input)} kg of material, and the process costs ${s}${exact(cost)} for the period. Normal loss is ${nl} % of input and is sold as scrap at ${s}${exact(sv)} per kg; actual output was ${exact(actual)} kg. What is the cost per kg of expected output, to the nearest cent?`,
      show: money(s),
      inputs: { input, cost, nl, sv, ab },
      key: div(sub(cost, mul(lost, sv)), sub(input, lost)),
      wrong: [
        [div(cost, sub(input, lost)), 'leaves out the scrap value of the normal loss'],
        [
          div(sub(cost, mul(lost, sv)), input),
          'divides by the input instead of the expected output',
        ],
        [div(cost, input), 'ignores the normal loss altogether'],
        [
          div(add(cost, mul(lost, sv)), sub(input, lost)),
          'adds the scrap value instead of deducting it',
        ],
        [
          div(sub(cost, mul(lost, sv)), actual),
          'divides by actual output, loading the abnormal loss onto good output',
        ],
        [div(cost, actual), 'divides the whole cost by actual output'],
        [sub(div(cost, input), sv), 'takes the scrap price off the cost per kg of input'],
      ],
    }
  }),
  costing('abnormal-loss-valued', (rng) => {
    const s = symbol(rng)
    const input = step(rng, 2_000, 20_000, 100)
    const cost = step(rng, 8_000, 120_000, 50)
    const nl = step(rng, 4, 12, 1)
    const ab = step(rng, 2, 6, 1)
    const sv = pc(step(rng, 10, 100, 5))
    const lost = mul(input, pc(nl))
    const abn = mul(input, pc(ab))
    const expected = sub(input, lost)
    const actual = sub(expected, abn)
    const per = div(sub(cost, mul(lost, sv)), expected)
    return {
      stem: `${rng.pick(PROCESSES)} took in ${exact(input)} kg at a cost of ${s}${exact(cost)}. Normal loss is ${nl} % of input, with a scrap value of ${s}${exact(sv)} per kg; actual output was ${exact(actual)} kg. At what value is the abnormal loss transferred out of the process account (at the cost per kg of expected output), to the nearest cent?`,
      show: money(s),
      inputs: { input, cost, nl, ab, sv },
      key: mul(abn, per),
      wrong: [
        [mul(abn, div(cost, input)), 'values the abnormal loss at the cost per kg of input'],
        [
          mul(abn, div(sub(cost, mul(lost, sv)), actual)),
          'values it at the cost per kg of actual output',
        ],
        [mul(add(abn, lost), per), 'values all the lost kilograms, normal loss included'],
        [
          mul(abn, sub(per, sv)),
          'nets the scrap value off the abnormal loss in the process account',
        ],
        [
          mul(abn, div(cost, expected)),
          'leaves the normal loss’s scrap value out of the cost per kg',
        ],
      ],
    }
  }),
  costing('abnormal-gain-valued', (rng) => {
    const { s, input, cost, nl, g, sv, lost, gain, expected, per } = gainCase(rng)
    return {
      stem: `${rng.pick(PROCESSES)} took in ${exact(input)} litres at a cost of ${s}${exact(cost)}. Normal loss is ${nl} % of input, sold as scrap at ${s}${exact(sv)} a litre, but actual output was ${exact(add(expected, gain))} litres. At what value is the abnormal gain debited to the process account (at the cost per litre of expected output), to the nearest cent?`,
      show: money(s),
      inputs: { input, cost, nl, g, sv },
      key: mul(gain, per),
      wrong: [
        [
          mul(gain, sub(per, sv)),
          'nets off the scrap income lost, which belongs in the abnormal gain account',
        ],
        [mul(gain, div(cost, input)), 'values the gain at the cost per litre of input'],
        [mul(gain, div(cost, expected)), 'leaves the scrap value out of the cost per litre'],
        [
          mul(gain, div(sub(cost, mul(lost, sv)), add(expected, gain))),
          'values it at the cost per litre of actual output',
        ],
      ],
    }
  }),
  costing('abnormal-gain-net-effect-on-profit', (rng) => {
    const { s, input, cost, nl, g, sv, gain, expected, per } = gainCase(rng)
    return {
      stem: `${rng.pick(PROCESSES)} took in ${exact(input)} kg costing ${s}${exact(cost)}. Normal loss is ${nl} % of input and is sold as scrap at ${s}${exact(sv)} per kg; output was ${exact(add(expected, gain))} kg, an abnormal gain. Output and the gain are valued at the cost per kg of expected output. By how much does the abnormal gain, net of the scrap sales it forgoes, raise profit, to the nearest cent?`,
      show: money(s),
      inputs: { input, cost, nl, g, sv },
      key: mul(gain, sub(per, sv)),
      wrong: [
        [mul(gain, per), 'ignores the scrap sales forgone'],
        [mul(gain, add(per, sv)), 'adds the scrap value instead of deducting it'],
        [mul(gain, sv), 'gives only the scrap sales forgone'],
        [mul(gain, sub(div(cost, input), sv)), 'values the gain at the cost per kg of input'],
      ],
    }
  }),
  costing('equivalent-units-weighted-average', (rng) => {
    const done = step(rng, 2_000, 20_000, 100)
    const open = step(rng, 200, 1_800, 100)
    const oc = step(rng, 20, 80, 10)
    const w = step(rng, 200, 3_000, 100)
    const c = step(rng, 20, 80, 5)
    return {
      stem: `A ${rng.pick(PROCESSES).toLowerCase()} process started the month with ${exact(open)} units ${oc} % converted, completed ${exact(done)} units (the opening units included) and ended with ${exact(w)} units ${c} % converted. Using the weighted-average method, how many equivalent units of conversion did it produce?`,
      show: qty('equivalent units'),
      inputs: { done, open, oc, w, c },
      key: add(done, mul(w, pc(c))),
      wrong: [
        [add(done, w), 'counts the closing units as complete'],
        [add(done, mul(w, pc(100 - c))), 'uses the share of the closing units still to do'],
        [
          add(sub(done, mul(open, pc(oc))), mul(w, pc(c))),
          'takes off the opening work as the FIFO method does',
        ],
        [
          add(done, mul(w, pc(c)), mul(open, pc(oc))),
          'adds the opening work done last month on top',
        ],
        [add(done), 'leaves out the closing work in progress'],
        [
          add(done, open, mul(w, pc(c))),
          'counts the opening units again on top of the completed units',
        ],
      ],
    }
  }),
  costing('equivalent-units-fifo', (rng) => {
    const done = step(rng, 2_000, 20_000, 100)
    const open = step(rng, 200, 1_800, 100)
    const oc = step(rng, 20, 80, 10)
    const w = step(rng, 200, 3_000, 100)
    const c = step(rng, 20, 80, 5)
    return {
      stem: `A ${rng.pick(PROCESSES).toLowerCase()} process started the month with ${exact(open)} units ${oc} % converted, completed ${exact(done)} units (the opening units included) and ended with ${exact(w)} units ${c} % converted. Using the FIFO method, how many equivalent units of conversion were produced this month?`,
      show: qty('equivalent units'),
      inputs: { done, open, oc, w, c },
      key: add(mul(open, pc(100 - oc)), sub(done, open), mul(w, pc(c))),
      wrong: [
        [add(done, mul(w, pc(c))), 'uses the weighted-average method'],
        [
          add(mul(open, pc(oc)), sub(done, open), mul(w, pc(c))),
          'counts the opening units’ work done last month instead of this month',
        ],
        [add(sub(done, open), mul(w, pc(c))), 'leaves out the work to finish the opening units'],
        [add(mul(open, pc(100 - oc)), done, mul(w, pc(c))), 'counts the opening units twice'],
        [add(mul(open, pc(100 - oc)), sub(done, open)), 'leaves out the closing work in progress'],
      ],
    }
  }),
  costing('cost-per-equivalent-unit-weighted-average', (rng) => {
    const s = symbol(rng)
    const done = step(rng, 2_000, 20_000, 100)
    const open = step(rng, 200, 1_800, 100)
    const oc = step(rng, 20, 80, 10)
    const w = step(rng, 200, 3_000, 100)
    const c = step(rng, 20, 80, 5)
    const oCost = step(rng, 1_000, 20_000, 10)
    const pCost = step(rng, 20_000, 200_000, 50)
    const wa = add(done, mul(w, pc(c)))
    const fifo = add(mul(open, pc(100 - oc)), sub(done, open), mul(w, pc(c)))
    return {
      stem: `A process began the month with ${exact(open)} units ${oc} % converted, carrying conversion costs of ${s}${exact(oCost)}. It spent ${s}${exact(pCost)} on conversion this month, completed ${exact(done)} units (the opening units included) and ended with ${exact(w)} units ${c} % converted. Using the weighted-average method, what is the conversion cost per equivalent unit, to the nearest cent?`,
      show: money(s),
      inputs: { done, open, oc, w, c, oCost, pCost },
      key: div(add(oCost, pCost), wa),
      wrong: [
        [div(pCost, wa), 'leaves out the cost brought forward in opening work'],
        [div(add(oCost, pCost), fifo), 'divides by the FIFO equivalent units'],
        [div(add(oCost, pCost), add(done, w)), 'counts the closing units as complete'],
        [div(add(oCost, pCost), done), 'divides by completed units only'],
        [div(pCost, fifo), 'uses the FIFO method'],
        [
          div(add(oCost, pCost), add(wa, mul(open, pc(oc)))),
          'adds the opening units’ earlier work to the equivalent units',
        ],
      ],
    }
  }),
  costing('cost-per-equivalent-unit-fifo', (rng) => {
    const s = symbol(rng)
    const done = step(rng, 2_000, 20_000, 100)
    const open = step(rng, 200, 1_800, 100)
    const oc = step(rng, 20, 80, 10)
    const w = step(rng, 200, 3_000, 100)
    const c = step(rng, 20, 80, 5)
    const oCost = step(rng, 1_000, 20_000, 10)
    const pCost = step(rng, 20_000, 200_000, 50)
    const wa = add(done, mul(w, pc(c)))
    const fifo = add(mul(open, pc(100 - oc)), sub(done, open), mul(w, pc(c)))
    return {
      stem: `A process began the month with ${exact(open)} units ${oc} % converted, carrying conversion costs of ${s}${exact(oCost)}. It spent ${s}${exact(pCost)} on conversion this month, completed ${exact(done)} units (the opening units included) and ended with ${exact(w)} units ${c} % converted. Using the FIFO method, what is this month’s conversion cost per equivalent unit, to the nearest cent?`,
      show: money(s),
      inputs: { done, open, oc, w, c, oCost, pCost },
      key: div(pCost, fifo),
      wrong: [
        [div(add(oCost, pCost), fifo), 'adds the cost brought forward to this month’s cost'],
        [div(pCost, wa), 'divides by the weighted-average equivalent units'],
        [div(add(oCost, pCost), wa), 'uses the weighted-average method throughout'],
        [
          div(pCost, add(sub(done, open), mul(w, pc(c)))),
          'leaves out the work to finish the opening units',
        ],
      ],
    }
  }),
  costing('closing-work-in-progress-valued', (rng) => {
    const s = symbol(rng)
    const w = step(rng, 200, 4_000, 50)
    const c = step(rng, 20, 80, 5)
    const m = pc(step(rng, 150, 1_500, 1))
    const cv = pc(step(rng, 150, 1_500, 1))
    return {
      stem: `At the month end a process holds ${exact(w)} units of work in progress, complete as to materials (added at the start) and ${c} % complete as to conversion. The cost per equivalent unit is ${s}${exact(m)} for materials and ${s}${exact(cv)} for conversion. What is the closing work in progress worth, to the nearest cent?`,
      show: money(s),
      inputs: { w, c, m, cv },
      key: add(mul(w, m), mul(w, pc(c), cv)),
      wrong: [
        [mul(w, add(m, cv)), 'values the units as finished'],
        [mul(w, pc(c), add(m, cv)), 'applies the conversion percentage to materials as well'],
        [mul(w, m), 'leaves out conversion costs'],
        [add(mul(w, m), mul(w, pc(100 - c), cv)), 'uses the share of conversion still to do'],
        [mul(w, pc(c), cv), 'leaves out the materials already in the units'],
      ],
    }
  }),
  costing('joint-cost-by-physical-units', (rng) => {
    const s = symbol(rng)
    const j = step(rng, 20_000, 200_000, 100)
    const [qa, qb, qc] = [
      step(rng, 1_000, 9_000, 100),
      step(rng, 1_000, 9_000, 100),
      step(rng, 1_000, 9_000, 100),
    ]
    const pa = pc(step(rng, 200, 2_000, 5))
    const pb = pc(step(rng, 200, 2_000, 5))
    const pcc = pc(step(rng, 200, 2_000, 5))
    const [va, vb, vc] = [mul(qa, pa), mul(qb, pb), mul(qc, pcc)]
    return {
      stem: `A joint process costs ${s}${exact(j)} and yields ${exact(qa)} litres of A, ${exact(qb)} litres of B and ${exact(qc)} litres of C, which sell at split-off for ${s}${exact(pa)}, ${s}${exact(pb)} and ${s}${exact(pcc)} a litre. Joint costs are shared by physical output. How much joint cost is charged to A, to the nearest cent?`,
      show: money(s),
      inputs: { j, qa, qb, qc, pa: pa, pb: pb, pc: pcc },
      key: div(mul(j, qa), qa + qb + qc),
      wrong: [
        [div(mul(j, va), add(va, vb, vc)), 'shares by sales value at split-off'],
        [div(j, 3), 'splits the joint cost equally between the products'],
        [div(mul(j, pa), add(pa, pb, pcc)), 'shares by selling price per litre'],
      ],
    }
  }),
  costing('joint-cost-by-sales-value-at-split-off', (rng) => {
    const s = symbol(rng)
    const j = step(rng, 20_000, 200_000, 100)
    const [qa, qb] = [step(rng, 1_000, 9_000, 100), step(rng, 1_000, 9_000, 100)]
    const [pa, pb] = [pc(step(rng, 200, 2_000, 5)), pc(step(rng, 200, 2_000, 5))]
    const [fa, fb] = [add(pa, pc(step(rng, 100, 800, 5))), add(pb, pc(step(rng, 100, 800, 5)))]
    const [va, vb] = [mul(qa, pa), mul(qb, pb)]
    const [xa, xb] = [mul(qa, fa), mul(qb, fb)]
    return {
      stem: `A joint process costs ${s}${exact(j)} and yields ${exact(qa)} kg of P and ${exact(qb)} kg of Q. At split-off P sells for ${s}${exact(pa)} a kg and Q for ${s}${exact(pb)}; after further processing they sell for ${s}${exact(fa)} and ${s}${exact(fb)}. Joint costs are shared by sales value at the split-off point. How much joint cost is charged to P, to the nearest cent?`,
      show: money(s),
      inputs: { j, qa, qb, pa, pb, fa, fb },
      key: div(mul(j, va), add(va, vb)),
      wrong: [
        [div(mul(j, qa), qa + qb), 'shares by physical output'],
        [div(mul(j, xa), add(xa, xb)), 'shares by sales value after further processing'],
        [div(mul(j, pa), add(pa, pb)), 'shares by price per kg, ignoring quantities'],
        [div(mul(j, vb), add(va, vb)), 'gives P the share that belongs to Q'],
      ],
    }
  }),
  costing('joint-cost-by-net-realisable-value', (rng) => {
    const s = symbol(rng)
    const j = step(rng, 20_000, 200_000, 100)
    const [qa, qb] = [step(rng, 1_000, 9_000, 100), step(rng, 1_000, 9_000, 100)]
    const [fa, fb] = [pc(step(rng, 600, 3_000, 5)), pc(step(rng, 600, 3_000, 5))]
    const [xa, xb] = [mul(qa, fa), mul(qb, fb)]
    const [ca, cb] = [mul(xa, pc(step(rng, 10, 40, 1))), mul(xb, pc(step(rng, 10, 40, 1)))]
    const [na, nb] = [sub(xa, ca), sub(xb, cb)]
    return {
      stem: `A joint process costs ${s}${exact(j)} and yields ${exact(qa)} kg of R and ${exact(qb)} kg of T, neither saleable at split-off. After further processing costing ${s}${exact(ca)} for R and ${s}${exact(cb)} for T, they sell for ${s}${exact(fa)} and ${s}${exact(fb)} a kg. Joint costs are shared by net realisable value at split-off. How much joint cost is charged to R, to the nearest cent?`,
      show: money(s),
      inputs: { j, qa, qb, fa, fb, ca, cb },
      key: div(mul(j, na), add(na, nb)),
      wrong: [
        [
          div(mul(j, xa), add(xa, xb)),
          'shares by final sales value, ignoring the further processing costs',
        ],
        [div(mul(j, qa), qa + qb), 'shares by physical output'],
        [
          sub(div(mul(j, xa), add(xa, xb)), ca),
          'shares by final sales value and then deducts R’s further processing cost',
        ],
        [div(mul(j, ca), add(ca, cb)), 'shares by further processing costs'],
      ],
    }
  }),
  costing('main-product-cost-after-by-product-credit', (rng) => {
    const s = symbol(rng)
    const j = step(rng, 20_000, 200_000, 100)
    const main = step(rng, 4_000, 40_000, 100)
    const by = step(rng, 300, 4_000, 50)
    const bp = pc(step(rng, 50, 400, 5))
    const sell = pc(step(rng, 5, 40, 1))
    const net = mul(by, sub(bp, sell))
    return {
      stem: `A joint process costs ${s}${exact(j)} and yields ${exact(main)} kg of the main product and ${exact(by)} kg of a by-product. The by-product sells for ${s}${exact(bp)} a kg after selling costs of ${s}${exact(sell)} a kg, and its net proceeds are taken off the joint cost. What is the cost per kg of the main product, to the nearest cent?`,
      show: money(s),
      inputs: { j, main, by, bp, sell },
      key: div(sub(j, net), main),
      wrong: [
        [div(j, main), 'ignores the by-product'],
        [
          div(sub(j, mul(by, bp)), main),
          'takes off the by-product’s gross sales, not its net proceeds',
        ],
        [div(j, main + by), 'shares the joint cost over both products by weight'],
        [div(add(j, net), main), 'adds the by-product proceeds instead of deducting them'],
      ],
    }
  }),
  costing('gain-from-processing-further', (rng) => {
    const s = symbol(rng)
    const q = step(rng, 1_000, 10_000, 100)
    const split = pc(step(rng, 200, 1_500, 5))
    const fin = add(split, pc(step(rng, 100, 900, 5)))
    const further = mul(q, sub(fin, split), pc(step(rng, 30, 75, 1)))
    const jointShare = mul(q, split, pc(step(rng, 10, 30, 1)))
    return {
      stem: `A joint process yields ${exact(q)} kg of product M, which sells for ${s}${exact(split)} a kg at split-off or for ${s}${exact(fin)} a kg after further processing costing ${s}${exact(further)} in total. M carries ${s}${exact(jointShare)} of the joint cost. By how much does processing M further increase profit, to the nearest cent?`,
      show: money(s),
      inputs: { q, split, fin, further, jointShare },
      key: sub(mul(q, sub(fin, split)), further),
      wrong: [
        [
          sub(mul(q, fin), further),
          'ignores the sales at split-off that further processing gives up',
        ],
        [mul(q, sub(fin, split)), 'leaves out the further processing cost'],
        [
          sub(mul(q, fin), add(further, jointShare)),
          'deducts the joint cost, which is spent either way',
        ],
        [
          sub(mul(q, sub(fin, split)), sub(further, jointShare)),
          'nets the joint cost off the further processing cost',
        ],
        [
          sub(mul(q, sub(fin, split)), add(further, jointShare)),
          'charges the joint cost against the extra revenue as well',
        ],
      ],
    }
  }),
  costing('opening-work-completed-cost-fifo', (rng) => {
    const s = symbol(rng)
    const open = step(rng, 200, 3_000, 100)
    const oc = step(rng, 20, 80, 10)
    const oCost = mul(open, pc(oc), pc(step(rng, 200, 1_200, 1)))
    const cv = pc(step(rng, 200, 1_500, 1))
    return {
      stem: `Under the FIFO method, a process began the month with ${exact(open)} units ${oc} % converted, valued at ${s}${exact(oCost)}; materials were all added last month. This month’s conversion cost is ${s}${exact(cv)} per equivalent unit. What is the total cost of the opening units once they are finished this month, to the nearest cent?`,
      show: money(s),
      inputs: { open, oc, oCost, cv },
      key: add(oCost, mul(open, pc(100 - oc), cv)),
      wrong: [
        [mul(open, pc(100 - oc), cv), 'gives only this month’s cost to finish them'],
        [
          add(oCost, mul(open, pc(oc), cv)),
          'charges the share already done instead of the share left',
        ],
        [add(oCost, mul(open, cv)), 'charges a full unit of conversion to finish each'],
        [mul(open, cv), 'values them at this month’s conversion rate alone'],
      ],
    }
  }),
  costing('normal-loss-expected-output', (rng) => {
    const input = step(rng, 2_000, 30_000, 100)
    const nl = step(rng, 3, 15, 1)
    const ab = step(rng, 1, 5, 1)
    const actual = mul(input, pc(100 - nl - ab))
    return {
      stem: `A ${rng.pick(PROCESSES).toLowerCase()} process takes in ${exact(input)} kg. Normal loss is ${nl} % of input; actual output was ${exact(actual)} kg. How many kg of abnormal loss arose?`,
      show: qty('kg'),
      inputs: { input, nl, ab },
      key: sub(mul(input, pc(100 - nl)), actual),
      wrong: [
        [sub(input, actual), 'counts all the loss as abnormal'],
        [mul(input, pc(nl)), 'gives the normal loss'],
        [
          sub(sub(input, actual), mul(actual, pc(nl))),
          'takes the normal loss as a percentage of output instead of input',
        ],
        [
          sub(mul(div(sub(input, actual), input), 100), nl),
          'gives the abnormal loss as a percentage of input, not in kg',
        ],
      ],
    }
  }),
]
