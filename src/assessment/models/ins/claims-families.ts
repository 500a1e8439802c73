import { add, CENT, div, dol, frac, money, mul, pc, rest, sub, worked } from './ins-text.js'

// Settling a commercial loss under the policy wording, as a claims handler or loss adjuster's
// assistant does. The slips are the deductible taken before the coinsurance fraction instead of
// after it, insurance measured against the full value instead of the required share, a franchise
// read as a straight deductible, a sublimit or the per-occurrence limit ignored, a deductible
// taken per item or once too often, salvage or subrogation left out, and contribution shared
// equally when the wording shares it by limits.

export const CLAIMS_FAMILIES = [
  worked('coinsurance-penalty-on-a-commercial-building', (rng) => {
    const v = rng.int(80, 400) * 10000
    const c = rng.pick([80, 90])
    const sh = rng.int(55, 92)
    const s = Math.round((v * c * sh) / 1000000) * 100
    const l = rng.int(15, 45) * Math.round(v / 100)
    const d = rng.int(5, 25) * 1000
    if (s >= (v * c) / 100 || l >= s) rest()
    const f = div(s, mul(v, pc(c)))
    const key = sub(mul(l, f), d)
    return {
      stem: `A commercial building worth ${dol(v)} at the time of the loss is insured for ${dol(s)} under a ${c}% coinsurance clause, with a ${dol(d)} deductible. The wording pays the loss times the limit over ${c}% of the value, then takes off the deductible. A fire does ${dol(l)} of damage. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { v, c, s, l, d },
      key,
      wrong: [
        [mul(l - d, f), 'takes the deductible off before the coinsurance fraction'],
        [frac(l - d), 'ignores the coinsurance clause'],
        [sub(mul(l, div(s, v)), d), 'measures the limit against the full value'],
        [sub(mul(l, pc(c)), d), 'pays the coinsurance percentage of the loss, as in health cover'],
        [mul(l, f), 'leaves out the deductible'],
      ],
    }
  }),
  worked('franchise-deductible-across-four-cargo-losses', (rng) => {
    const s = rng.int(40, 200) * 10000
    const fp = rng.int(2, 5)
    const fr = (s * fp) / 100
    const u = fr / 100
    const l1 = rng.int(20, 90) * u
    const l2 = fr
    const l3 = rng.int(120, 280) * u
    const l4 = rng.int(420, 700) * u
    const key = frac(l3 + l4)
    return {
      stem: `An open cargo policy insures shipments of ${dol(s)} each, with a franchise of ${fp}% of the shipment’s sum insured: a loss at or below the franchise is not paid, a loss above it is paid in full. Four shipments suffer losses of ${dol(l3)}, ${dol(l1)}, ${dol(l4)} and ${dol(l2)}. What does the insurer pay in all, ${CENT}?`,
      show: money,
      figures: { s, fp, l1, l2, l3, l4 },
      key,
      wrong: [
        [frac(l1 + l2 + l3 + l4), 'ignores the franchise'],
        [frac(l2 + l3 + l4), 'pays the loss that only equals the franchise'],
        [frac(l1 + l3 + l4), 'takes the franchise once off the four losses together'],
        [
          frac(l3 + l4 - 2 * fr),
          'takes the franchise off each loss it pays, as a straight deductible',
        ],
        [
          frac(l3 + l4 - fr),
          'takes the franchise once off the losses it pays, as an annual deductible',
        ],
        [frac(l4), 'measures the franchise against the four shipments’ sums insured together'],
      ],
    }
  }),
  worked('per-claim-deductible-capped-by-an-annual-aggregate', (rng) => {
    const d = rng.int(5, 20) * 1000
    const cs = [rng.int(30, 150), rng.int(30, 150), rng.int(30, 150), rng.int(30, 150)].map(
      (x) => x * 1000,
    )
    const [c1, c2, c3, c4] = cs as [number, number, number, number]
    const small = rng.int(1, d / 1000 - 1) * 1000
    const a = rng.int(2, 3) * d + rng.int(1, 9) * 100
    const all = c1 + c2 + c3 + c4 + small
    const retained = 4 * d + small
    if (a >= retained || a <= d) rest()
    return {
      stem: `A contractor’s liability policy has a ${dol(d)} deductible on each claim, with an annual aggregate deductible of ${dol(a)}: once the insured has retained ${dol(a)} in the year, the insurer pays claims in full. This year’s claims are ${dol(c1)}, ${dol(small)}, ${dol(c2)}, ${dol(c3)} and ${dol(c4)}, all within the limit. What does the insurer pay for the year, ${CENT}?`,
      show: money,
      figures: { d, c1, c2, c3, c4, small, a },
      key: frac(all - a),
      wrong: [
        [frac(all - retained), 'ignores the aggregate deductible'],
        [frac(all - 5 * d), 'takes the full deductible off the small claim too'],
        [frac(a), 'reads the aggregate deductible as an aggregate limit'],
        [frac(all), 'leaves out the deductibles'],
        [frac(all - retained - a), 'takes the aggregate deductible on top of the per-claim ones'],
      ],
    }
  }),
  worked('replacement-cost-holdback-after-the-repair', (rng) => {
    const rc = rng.int(40, 300) * 1000
    const life = rng.pick([20, 25, 30, 40])
    const age = rng.int(4, life / 2 - 1)
    const a = rc + rng.int(2, 15) * 500
    const d = rng.int(2, 10) * 1000
    const acv = mul(rc, frac(life - age, life))
    if (a <= rc / 2) rest()
    const key = sub(a, acv)
    return {
      stem: `A claims handler settles a shop-fit damaged by fire on replacement cost terms. The repair was estimated at ${dol(rc)}; the fit-out was ${age} years into a ${life}-year life, depreciated straight line, so the insurer first paid actual cash value on the estimate less the ${dol(d)} deductible. The repair is now done and actually cost ${dol(a)}, over the estimate but well within the limit; the policy pays the actual repair cost, not the estimate. The holdback pays what was actually spent above the actual cash value already allowed. What is the holdback payment, ${CENT}?`,
      show: money,
      figures: { rc, life, age, a, d },
      key,
      wrong: [
        [sub(rc, acv), 'pays the holdback on the estimate'],
        [sub(sub(a, acv), d), 'takes the deductible off again'],
        [mul(a, frac(age, life)), 'pays the depreciation on the actual cost'],
        [frac(a - d), 'pays the whole repair again'],
        [add(sub(a, acv), d), 'nets off the actual cash value payment after its deductible'],
        [
          sub(a, sub(rc, acv)),
          'takes off the depreciation withheld instead of the actual cash value paid',
        ],
      ],
    }
  }),
  worked('stock-loss-valued-at-cost-less-salvage', (rng) => {
    const c = rng.int(30, 200) * 1000
    const m = rng.int(20, 60)
    const sv = rng.int(1, 8) * 1000
    const d = rng.int(1, 5) * 1000
    const price = (c * (100 + m)) / 100
    const key = frac(c - sv - d)
    return {
      stem: `A wholesaler’s policy values stock at cost. Flooding destroys stock with a selling price of ${dol(price)}; the wholesaler prices at cost plus ${m}%. The damaged stock is sold for salvage for ${dol(sv)}, which the insurer nets off, and the deductible is ${dol(d)}. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { price, m, sv, d },
      key,
      wrong: [
        [frac(price - sv - d), 'values the stock at selling price'],
        [sub(sub(mul(price, pc(100 - m)), sv), d), 'takes the mark-up off the selling price'],
        [frac(c - d), 'leaves out the salvage'],
        [frac(c - sv), 'leaves out the deductible'],
      ],
    }
  }),
  worked('insurers-net-loss-after-salvage-and-subrogation', (rng) => {
    const x = rng.int(40, 300) * 1000
    const d = rng.int(2, 10) * 1000
    const sv = rng.int(2, 20) * 1000
    const sb = rng.int(15, 120) * 1000
    const lg = rng.int(2, 10) * 1000
    if (sb - lg - d <= 0 || x - sv - sb <= 0) rest()
    const key = frac(x - sv - (sb - lg - d))
    return {
      stem: `An insurer paid ${dol(x)} on a commercial claim after the insured’s ${dol(d)} deductible. It later sells the salvage for ${dol(sv)} and recovers ${dol(sb)} from the negligent contractor, spending ${dol(lg)} of legal costs on the recovery. By the policy, the net subrogation recovery first repays the insured’s deductible. What is the insurer’s net loss, ${CENT}?`,
      show: money,
      figures: { x, d, sv, sb, lg },
      key,
      wrong: [
        [frac(x - sv - (sb - lg)), 'keeps the insured’s deductible'],
        [frac(x - sv - (sb - d)), 'leaves out the legal costs'],
        [frac(x - (sb - lg - d)), 'leaves out the salvage'],
        [frac(x - sv), 'leaves out the subrogation recovery'],
        [frac(x - sv - sb), 'keeps the whole gross recovery'],
      ],
    }
  }),
  worked('contribution-by-limits-between-two-policies', (rng) => {
    const l1 = rng.int(10, 60) * 10000
    const l2 = rng.int(10, 60) * 10000
    const x = rng.int(5, 60) * 5000
    if (l1 === l2 || x >= Math.min(l1, l2)) rest()
    const key = div(mul(x, l1), l1 + l2)
    return {
      stem: `A loss of ${dol(x)} is covered by two property policies on the same stock: Insurer A’s with a ${dol(l1)} limit and Insurer B’s with a ${dol(l2)} limit. Both wordings share a loss covered twice pro rata by limits. What does Insurer A pay, ${CENT}?`,
      show: money,
      figures: { l1, l2, x },
      key,
      wrong: [
        [frac(x, 2), 'splits the loss equally'],
        [div(mul(x, l2), l1 + l2), 'shares it by the other policy’s limit'],
        [frac(x), 'makes Insurer A pay the whole loss as primary'],
        [div(mul(x, l1), l2), 'divides by the other limit instead of the total'],
      ],
    }
  }),
  worked('contribution-by-equal-shares-when-one-limit-runs-out', (rng) => {
    const l1 = rng.int(5, 30) * 10000
    const l2 = rng.int(40, 100) * 10000
    const x = rng.int(2 * (l1 / 10000) + 2, 2 * (l1 / 10000) + 40) * 10000
    if (x - l1 >= l2) rest()
    const key = frac(x - l1)
    return {
      stem: `Two liability policies cover the same ${dol(x)} claim and both share by equal shares: each pays equally until the smaller limit is used up, then the other pays the rest up to its own limit. Insurer A’s limit is ${dol(l1)} and Insurer B’s ${dol(l2)}. What does Insurer B pay, ${CENT}?`,
      show: money,
      figures: { l1, l2, x },
      key,
      wrong: [
        [frac(x, 2), 'splits the claim equally'],
        [div(mul(x, l2), l1 + l2), 'shares it pro rata by limits'],
        [frac(l2), 'pays its whole limit'],
        [frac(x - l1 / 2), 'takes half of A’s limit off the claim'],
      ],
    }
  }),
  worked('business-interruption-loss-of-gross-profit', (rng) => {
    const dt = rng.int(50, 400) * 1000
    const g = rng.int(25, 60)
    const icw = rng.int(5, 40) * 1000
    const saved = rng.int(10, 80) * 1000
    const sv = rng.int(2, 15) * 1000
    const cap = mul(saved, pc(g))
    if (icw * 100 <= saved * g) rest()
    const lost = mul(dt, pc(g))
    const key = sub(add(lost, cap), sv)
    return {
      stem: `A factory’s business-interruption cover pays the gross-profit rate of ${g}% on the turnover lost, plus increased cost of working up to the gross profit on the turnover that spending saved, less standing charges the business saved. After a fire, turnover fell ${dol(dt)}; the insured spent ${dol(icw)} hiring premises, which saved ${dol(saved)} of turnover; and ${dol(sv)} of standing charges were saved. What is the claim, ${CENT}?`,
      show: money,
      figures: { dt, g, icw, saved, sv },
      key,
      wrong: [
        [sub(add(lost, icw), sv), 'pays the increased cost of working without its limit'],
        [add(lost, cap), 'leaves out the saved standing charges'],
        [sub(lost, sv), 'leaves out the increased cost of working'],
        [sub(add(dt, cap), sv), 'pays the lost turnover instead of the gross profit on it'],
      ],
    }
  }),
  worked('per-occurrence-limit-in-excess-of-the-deductible', (rng) => {
    const lo = rng.int(10, 50) * 10000
    const d = rng.int(1, 5) * 10000
    const c1 = lo + rng.int(2, 20) * 10000
    const c2 = rng.int(5, lo / 10000 - 1) * 10000
    const c3 = rng.int(5, lo / 10000 - 1) * 10000
    if (c2 + c3 <= 2 * d) rest()
    const key = frac(lo + (c2 - d) + (c3 - d))
    return {
      stem: `A product liability policy pays up to ${dol(lo)} each occurrence in excess of a ${dol(d)} deductible each occurrence (the limit sits above the deductible), with no aggregate limit this year. The year’s three occurrences cost ${dol(c1)}, ${dol(c2)} and ${dol(c3)}. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { lo, d, c1, c2, c3 },
      key,
      wrong: [
        [frac(lo - d + (c2 - d) + (c3 - d)), 'takes the deductible out of the limit'],
        [frac(c1 + c2 + c3 - 3 * d), 'ignores the per-occurrence limit'],
        [frac(lo + c2 + c3), 'leaves out the deductibles'],
        [frac(lo + c2 + c3 - d), 'takes the deductible once for the year'],
        [frac(lo), 'reads the per-occurrence limit as an annual aggregate'],
        [frac(c2 - d + (c3 - d)), 'leaves out the claim over the limit instead of capping it'],
      ],
    }
  }),
  worked('partial-loss-on-valued-cargo', (rng) => {
    const cif = rng.int(20, 200) * 1000
    const sv = rng.int(40, 400) * 100
    const dv = Math.round((sv * rng.int(20, 80)) / 100)
    const iv = (cif * 110) / 100
    const key = div(mul(iv, sv - dv), sv)
    return {
      stem: `A cargo of machinery invoiced at ${dol(cif)} CIF is insured at CIF plus 10%. It arrives damaged: at destination it would have sold sound for ${dol(sv)} and sells damaged for ${dol(dv)}. The policy pays the insured value times the percentage of depreciation between the sound and damaged values. What is the claim, ${CENT}?`,
      show: money,
      figures: { cif, sv, dv },
      key,
      wrong: [
        [frac(sv - dv), 'pays the market loss between the two values'],
        [div(mul(cif, sv - dv), sv), 'applies the depreciation to the CIF value'],
        [frac(iv - dv), 'takes the damaged value off the insured value'],
        [div(mul(iv, dv), sv), 'applies the damaged value’s share instead of the loss’s'],
      ],
    }
  }),
  worked('windstorm-deductible-as-a-share-of-the-buildings-value', (rng) => {
    const s = rng.int(50, 300) * 10000
    const tiv = s + rng.int(100, 800) * 10000
    const w = rng.int(2, 5)
    const m = rng.int(5, 20) * 1000
    const l = rng.int(15, 60) * Math.round(s / 100)
    const wd = (s * w) / 100
    if (m >= wd || l <= (tiv * w) / 100 + 10000) rest()
    return {
      stem: `A retail park’s schedule totals ${dol(tiv)} of insured value. Its windstorm deductible is ${w}% of the sum insured of the building damaged, at least ${dol(m)}. A storm damages one building insured for ${dol(s)}; the repair is ${dol(l)}. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { s, tiv, w, m, l },
      key: frac(l - wd),
      wrong: [
        [mul(l, pc(100 - w)), 'takes the percentage of the loss'],
        [frac(l - m), 'takes the minimum as the deductible'],
        [frac(l - (tiv * w) / 100), 'takes the percentage of the whole schedule'],
        [frac(l), 'leaves out the deductible'],
      ],
    }
  }),
  worked('blanket-limit-with-a-margin-clause', (rng) => {
    const v = rng.int(50, 300) * 10000
    const mg = rng.pick([5, 10, 15, 20])
    const l = Math.round((v * rng.int(110, 140)) / 100 / 1000) * 1000
    const d = rng.int(5, 25) * 1000
    const cap = (v * (100 + mg)) / 100
    if (l - d <= cap) rest()
    return {
      stem: `A chain’s property programme has a blanket limit across all its stores, with a margin clause: the most it pays at any one store is ${100 + mg}% of that store’s value on the statement of values. A store listed at ${dol(v)} is destroyed; rebuilding costs ${dol(l)}. The deductible is ${dol(d)}, taken off the loss before the margin cap applies. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { v, mg, l, d },
      key: frac(cap),
      wrong: [
        [frac(v), 'caps the payment at the listed value'],
        [frac(l - d), 'ignores the margin clause'],
        [frac(cap - d), 'takes the deductible off the capped amount'],
        [frac(v - d), 'caps at the listed value and then takes off the deductible'],
      ],
    }
  }),
  worked('average-on-two-separately-insured-items', (rng) => {
    const vb = rng.int(100, 500) * 10000
    const sb = Math.round((vb * rng.int(55, 90)) / 100 / 10000) * 10000
    const vc = rng.int(20, 100) * 10000
    const sc = vc + rng.int(1, 10) * 10000
    const lb = rng.int(10, 50) * Math.round(vb / 1000)
    const lc = rng.int(10, 60) * Math.round(vc / 1000)
    const d = rng.int(5, 25) * 1000
    if (lb >= sb || lc >= vc) rest()
    const key = sub(add(div(mul(lb, sb), vb), lc), d)
    return {
      stem: `A factory insures its building for ${dol(sb)} (value ${dol(vb)}) and its contents for ${dol(sc)} (value ${dol(vc)}) as separate items, each subject to average (the item’s loss times its sum insured over its value, never more than the loss), with one ${dol(d)} deductible per occurrence taken off the total. A fire does ${dol(lb)} to the building and ${dol(lc)} to the contents. What does the insurer pay, ${CENT}?`,
      show: money,
      figures: { vb, sb, vc, sc, lb, lc, d },
      key,
      wrong: [
        [sub(div(mul(lb + lc, sb + sc), vb + vc), d), 'averages the two items together'],
        [frac(lb + lc - d), 'ignores average'],
        [sub(div(mul(lb + lc, sb), vb), d), 'applies the building’s average to the contents too'],
        [sub(add(div(mul(lb, sb), vb), lc), 2 * d), 'takes the deductible off each item'],
        [add(div(mul(lb - d, sb), vb), lc), 'takes the deductible off before average'],
        [
          sub(add(div(mul(lb, sb), vb), div(mul(lc, sc), vc)), d),
          'applies average to the over-insured contents, paying more than their loss',
        ],
        [
          sub(add(div(mul(lb, sb), vb + vc), lc), d),
          'measures the building’s sum insured against the whole site’s value',
        ],
      ],
    }
  }),
  worked('claim-paid-from-an-aggregate-eroded-by-earlier-claims', (rng) => {
    const oc = rng.int(10, 40) * 100000
    const e1 = rng.int(2, oc / 100000) * 25000
    const e2 = rng.int(2, oc / 100000) * 25000
    const left = rng.int(2, oc / 50000 - 2) * 50000
    const ag = left + e1 + e2
    const d = rng.int(1, 5) * 10000
    const c = d + left + rng.int(2, 20) * 50000
    return {
      stem: `A professional indemnity policy has a ${dol(oc)} limit each claim and a ${dol(ag)} annual aggregate, both in excess of a ${dol(d)} deductible each claim; payments this year have already eroded the aggregate by ${dol(e1)} and ${dol(e2)}. A new claim settles at ${dol(c)}. What does the insurer pay on it, ${CENT}?`,
      show: money,
      figures: { ag, oc, e1, e2, d, c },
      key: frac(left),
      wrong: [
        [frac(Math.min(c - d, oc)), 'ignores the erosion of the aggregate'],
        [frac(c - d), 'ignores both limits'],
        [frac(left - d), 'takes the deductible off the remaining aggregate'],
        [frac(ag - e1), 'counts only one earlier payment against the aggregate'],
        [frac(oc - e1 - e2), 'erodes the each-claim limit instead of the aggregate'],
      ],
    }
  }),
]
