import {
  add,
  CENT,
  div,
  dol,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  tp,
  tpText,
  worked,
} from './ins-text.js'

// What a treaty cedes and recovers, as a broker's reinsurance analyst or a cedant's technician
// works it. The slips are the reinsurer paying the whole loss above the attachment with the
// layer's limit ignored, the attachment ignored, a ceding commission left out or taken on the
// wrong premium, a surplus treaty read as an excess of loss or taken to its full capacity, the
// quota share and excess of loss applied in the wrong order, a stop loss measured on written
// premium, and a sliding scale or reinstatement worked the wrong way.

const lesser = (a: number, b: number): number => Math.min(a, b)
const layer = (loss: number, x: number, y: number): number => lesser(Math.max(loss - x, 0), y)

export const REINSURANCE_FAMILIES = [
  worked('quota-share-premium-net-of-ceding-commission', (rng) => {
    const p = rng.int(1000, 9000) * 1000
    const q = rng.int(20, 70)
    const c = rng.int(20, 38)
    const ceded = mul(p, pc(q))
    return {
      stem: `An insurer cedes ${q}% of a ${dol(p)} book of gross written premium under a quota share, and the reinsurer allows a ${c}% ceding commission on the ceded premium. What premium, net of the commission, does the insurer pay the reinsurer, ${CENT}?`,
      show: money,
      figures: { p, q, c },
      key: mul(ceded, pc(100 - c)),
      wrong: [
        [ceded, 'leaves out the ceding commission'],
        [mul(ceded, pc(c)), 'gives the ceding commission'],
        [mul(p, pc(100 - q)), 'gives the retained premium'],
        [sub(ceded, mul(p, pc(c))), 'takes the commission on the whole gross premium'],
      ],
    }
  }),
  worked('net-retained-loss-under-a-capped-quota-share', (rng) => {
    const q = rng.int(20, 70)
    const t = rng.int(50, 300) * 10000
    const l = t + rng.int(10, 200) * 10000
    const key = sub(l, mul(t, pc(q)))
    return {
      stem: `A quota share takes ${q}% of every risk, but only of the first ${dol(t)} of each loss (100% basis); the insurer keeps everything above. A single-risk loss is ${dol(l)}. What does the insurer retain net, ${CENT}?`,
      show: money,
      figures: { q, t, l },
      key,
      wrong: [
        [mul(l, pc(100 - q)), 'ignores the quota share’s cap'],
        [mul(t, pc(q)), 'gives the reinsurer’s recovery'],
        [mul(t, pc(100 - q)), 'keeps only its share of the capped loss'],
        [frac(l - t), 'keeps only the loss above the cap'],
        [frac(l), 'takes no recovery'],
      ],
    }
  }),
  worked('surplus-treaty-recovery-within-capacity', (rng) => {
    const ret = rng.int(2, 10) * 50000
    const n = rng.int(4, 12)
    const s = ret + rng.int(1, n * 4) * (ret / 4)
    const l = Math.round((s * rng.int(10, 80)) / 100 / 1000) * 1000
    if (s - ret > n * ret || l <= ret || s === ret) rest()
    const key = div(mul(l, s - ret), s)
    return {
      stem: `An insurer’s property surplus treaty has a retention (one line) of ${dol(ret)} and capacity of ${n} lines. A warehouse with a sum insured of ${dol(s)} is ceded to it, the insurer keeping one line, and suffers a ${dol(l)} loss. Losses are shared in the same proportions as the sum insured. What does the surplus treaty pay, ${CENT}?`,
      show: money,
      figures: { ret, n, s, l },
      key,
      wrong: [
        [frac(l - ret), 'works the treaty as an excess of loss over the line'],
        [div(mul(l, ret), s), 'gives the insurer’s retained share'],
        [div(mul(l, lesser(n * ret, s)), s), 'cedes the full capacity of lines'],
        [
          div(mul(l, s - ret), (n + 1) * ret),
          'shares by the treaty’s capacity instead of the sum insured',
        ],
      ],
    }
  }),
  worked('net-retained-share-when-a-risk-exceeds-surplus-capacity', (rng) => {
    const ret = rng.int(2, 10) * 50000
    const n = rng.int(3, 9)
    const s = (n + 1) * ret + rng.int(1, 20) * 50000
    const l = Math.round((s * rng.int(10, 70)) / 100 / 1000) * 1000
    const key = div(mul(l, s - n * ret), s)
    return {
      stem: `A surplus treaty has a line of ${dol(ret)} and ${n} lines of capacity. An insurer writes a ${dol(s)} risk, keeps one line, cedes all the treaty can take, and keeps the rest net as well, having bought no facultative cover. A ${dol(l)} loss is shared by sum insured. What is the insurer’s net retained loss, ${CENT}?`,
      show: money,
      figures: { ret, n, s, l },
      key,
      wrong: [
        [div(mul(l, ret), s), 'keeps only the one line’s share'],
        [div(mul(l, n * ret), s), 'gives the treaty’s share'],
        [div(mul(l, s - (n + 1) * ret), s), 'keeps only the part above the treaty’s capacity'],
        [frac(l), 'takes no recovery'],
      ],
    }
  }),
  worked('per-risk-excess-of-loss-recovery-on-two-losses', (rng) => {
    const x = rng.int(2, 10) * 100000
    const y = rng.int(3, 15) * 100000
    const l1 = x + rng.int(1, y / 50000 - 1) * 50000
    const l2 = x + y + rng.int(1, 20) * 50000
    const key = frac(layer(l1, x, y) + layer(l2, x, y))
    return {
      stem: `A per-risk excess of loss treaty covers ${dol(y)} excess of ${dol(x)} each risk. Two risks suffer losses of ${dol(l1)} and ${dol(l2)}. What does the reinsurer pay in all, ${CENT}?`,
      show: money,
      figures: { x, y, l1, l2 },
      key,
      wrong: [
        [frac(l1 - x + (l2 - x)), 'pays the whole loss above the attachment, ignoring the limit'],
        [frac(lesser(l1, y) + lesser(l2, y)), 'ignores the attachment'],
        [frac(2 * y), 'pays the full limit on each loss'],
        [
          frac(lesser(l1, y) - x + (y - x)),
          'reads the layer as running from the attachment up to the limit',
        ],
      ],
    }
  }),
  worked('net-loss-after-quota-share-then-excess-of-loss', (rng) => {
    const q = rng.pick([20, 25, 30, 40, 50])
    const x = rng.int(2, 10) * 100000
    const y = rng.int(5, 20) * 100000
    const l = rng.int(20, 60) * 100000
    const net = (l * (100 - q)) / 100
    if (net <= x) rest()
    const key = frac(net - layer(net, x, y))
    const grossFirst = l - layer(l, x, y)
    return {
      stem: `An insurer’s quota share cedes ${q}% of every loss, and its per-risk excess of loss of ${dol(y)} excess of ${dol(x)} protects what it keeps after the quota share (the quota share inures to the excess of loss’s benefit). A risk has a ${dol(l)} loss. What does the insurer retain net of both treaties, ${CENT}?`,
      show: money,
      figures: { q, x, y, l },
      key,
      wrong: [
        [mul(grossFirst, pc(100 - q)), 'applies the excess of loss to the gross loss first'],
        [frac(lesser(net, x)), 'pays the whole loss above the attachment, ignoring the limit'],
        [frac(net), 'leaves out the excess of loss'],
        [frac(grossFirst), 'leaves out the quota share'],
      ],
    }
  }),
  worked('aggregate-stop-loss-recovery', (rng) => {
    const e = rng.int(2000, 9000) * 1000
    const w = e + rng.int(100, 900) * 1000
    const a = rng.int(70, 85)
    const b = rng.int(10, 30)
    const lr = rng.int(a + b + 2, a + b + 20)
    const l = (e * lr) / 100
    const co = rng.pick([5, 10])
    const key = mul(lesser(l - (e * a) / 100, (e * b) / 100), pc(100 - co))
    return {
      stem: `A stop loss protects a book with earned premium ${dol(e)} (written ${dol(w)}): its layer is the loss ratio above ${a}% of earned premium, up to a further ${b}% of earned premium, and the cedant keeps ${co}% of the loss that falls in the layer (the limit applies before the cedant’s share). The year’s incurred losses are ${dol(l)}. What does the stop loss pay, ${CENT}?`,
      show: money,
      figures: { e, w, a, b, lr, co },
      key,
      wrong: [
        [frac(lesser(l - (e * a) / 100, (e * b) / 100)), 'leaves out the cedant’s share'],
        [mul(l - (e * a) / 100, pc(100 - co)), 'ignores the stop loss limit'],
        [
          mul(lesser(Math.max(l - (w * a) / 100, 1), (w * b) / 100), pc(100 - co)),
          'measures the attachment and limit on written premium',
        ],
        [
          mul(lesser(l, (e * (a + b)) / 100) - (e * b) / 100, pc(100 - co)),
          'reads the limit as the attachment',
        ],
      ],
    }
  }),
  worked('reinstatement-premium-after-a-loss-to-the-layer', (rng) => {
    const x = rng.int(2, 10) * 100000
    const y = rng.int(5, 20) * 100000
    const rp = rng.int(50, 300) * 1000
    const l = x + rng.int(1, y / 50000 - 1) * 50000
    const dleft = rng.int(60, 300)
    const rec = l - x
    const key = div(mul(rp, rec), y)
    return {
      stem: `A catastrophe layer of ${dol(y)} excess of ${dol(x)} costs ${dol(rp)} for the year and has one reinstatement at 100% additional premium, pro rata as to amount only. An event with ${dleft} days of the year left causes a ${dol(l)} loss to the cedant. What reinstatement premium is due, ${CENT}?`,
      show: money,
      figures: { x, y, rp, l, dleft },
      key,
      wrong: [
        [frac(rp), 'charges the full annual premium'],
        [mul(div(mul(rp, rec), y), frac(dleft, 365)), 'prorates for time as well'],
        [div(mul(rp, lesser(l, y)), y), 'measures the loss from the ground up'],
        [div(mul(rp, rec), x + y), 'divides by the top of the layer instead of its limit'],
        [mul(rp, frac(dleft, 365)), 'prorates for time instead of amount'],
      ],
    }
  }),
  worked('burning-cost-rate-for-an-excess-layer', (rng) => {
    const x = rng.int(2, 6) * 100000
    const y = rng.int(3, 10) * 100000
    const ls = [0, 1, 2, 3, 4].map(() => rng.int(x / 50000 + 1, (x + y) / 50000 + 10) * 50000)
    const [l1, l2, l3, l4, l5] = ls as [number, number, number, number, number]
    const sp = rng.int(80, 300) * 100000
    const ld = rng.int(70, 85)
    const inLayer = ls.reduce((t, l) => t + layer(l, x, y), 0)
    const above = ls.reduce((t, l) => t + (l - x), 0)
    if (above === inLayer) rest()
    const key = div(frac(inLayer, sp), pc(ld))
    return {
      stem: `A broker’s analyst prices a ${dol(y)} excess of ${dol(x)} layer. In five years the cedant’s subject premium totalled ${dol(sp)}, and its large losses were ${dol(l1)}, ${dol(l2)}, ${dol(l3)}, ${dol(l4)} and ${dol(l5)}, all at current cost. The rate is the burning cost (layer losses over subject premium) divided by ${ld}% to load for expenses and profit. What is the rate on subject premium, ${PCT2}?`,
      show: pct2,
      figures: { x, y, l1, l2, l3, l4, l5, sp, ld },
      key,
      wrong: [
        [frac(inLayer, sp), 'leaves out the loading'],
        [div(frac(above, sp), pc(ld)), 'counts each loss above the attachment, ignoring the limit'],
        [mul(frac(inLayer, sp), pc(ld)), 'multiplies by the loading percentage'],
        [div(frac(l1 + l2 + l3 + l4 + l5, sp), pc(ld)), 'uses the ground-up losses'],
      ],
    }
  }),
  worked('quota-share-profit-commission', (rng) => {
    const p = rng.int(1000, 9000) * 1000
    const c = rng.int(25, 35)
    const m = rng.int(5, 10)
    const lr = rng.int(35, 55)
    const pr = rng.int(15, 30)
    const losses = (p * lr) / 100
    const profit = sub(sub(sub(p, losses), mul(p, pc(c))), mul(p, pc(m)))
    const key = mul(profit, pc(pr))
    return {
      stem: `A quota share pays a ${pr}% profit commission on the reinsurer’s profit, defined as ceded premium less ceded losses, the ${c}% ceding commission and a ${m}% reinsurer’s expense margin, each of ceded premium. Ceded premium is ${dol(p)} and ceded losses ${dol(losses)}. What is the profit commission, ${CENT}?`,
      show: money,
      figures: { p, c, m, lr, pr },
      key,
      wrong: [
        [mul(add(profit, mul(p, pc(c))), pc(pr)), 'leaves out the ceding commission'],
        [mul(add(profit, mul(p, pc(m))), pc(pr)), 'leaves out the expense margin'],
        [mul(p - losses, pc(pr)), 'leaves out both allowances'],
        [mul(profit, pc(100 - pr)), 'gives the reinsurer’s share of the profit'],
      ],
    }
  }),
  worked('premium-placed-facultatively-above-the-surplus', (rng) => {
    const ret = rng.int(2, 10) * 50000
    const n = rng.int(3, 9)
    const s = (n + 1) * ret + rng.int(1, 20) * 50000
    const p = Math.round((s * rng.int(8, 30)) / 10000 / 10) * 10
    const fac = s - (n + 1) * ret
    const key = div(mul(p, fac), s)
    return {
      stem: `An underwriter writes a ${dol(s)} risk for a premium of ${dol(p)}. She keeps one line of ${dol(ret)}, cedes ${n} lines to the surplus treaty, and places the rest facultatively, each sharing premium in proportion to its share of the sum insured. What premium goes to the facultative reinsurers, ${CENT}?`,
      show: money,
      figures: { ret, n, s, p },
      key,
      wrong: [
        [div(mul(p, s - ret), s), 'leaves out the surplus treaty'],
        [div(mul(p, s - n * ret), s), 'leaves out the retained line'],
        [div(mul(p, n * ret), s), 'gives the surplus treaty’s premium'],
        [
          div(mul(p, fac), (n + 1) * ret),
          'shares by the treaty’s capacity instead of the sum insured',
        ],
      ],
    }
  }),
  worked('net-written-premium-after-quota-share-and-excess-of-loss-cost', (rng) => {
    const p = rng.int(1000, 9000) * 1000
    const q = rng.int(20, 50)
    const c = rng.int(25, 35)
    const x = rng.int(20, 80)
    const afterQs = mul(p, pc(100 - q))
    const xl = mul(afterQs, tp(x))
    const key = sub(afterQs, xl)
    return {
      stem: `A cedant writes ${dol(p)} gross, cedes ${q}% under a quota share with a ${c}% ceding commission, and pays excess of loss cover at a rate of ${tpText(x)} of its premium net of the quota share. The ceding commission is income, not a premium adjustment. What is its net written premium after both treaties, ${CENT}?`,
      show: money,
      figures: { p, q, c, x },
      key,
      wrong: [
        [
          sub(sub(p, mul(p, pc(q), pc(100 - c))), xl),
          'nets the ceding commission off the ceded premium',
        ],
        [sub(afterQs, mul(p, tp(x))), 'rates the excess of loss on gross premium'],
        [afterQs, 'leaves out the excess of loss cost'],
        [sub(p, mul(p, tp(x))), 'leaves out the quota share'],
      ],
    }
  }),
  worked('catastrophe-excess-of-loss-recovery-with-coinsurance', (rng) => {
    const x = rng.int(5, 30) * 100000
    const y = rng.int(10, 50) * 100000
    const e = x + rng.int(2, y / 100000 - 1) * 100000
    const co = rng.pick([5, 10])
    const key = mul(e - x, pc(100 - co))
    return {
      stem: `A catastrophe excess of loss covers ${dol(y)} excess of ${dol(x)} each event, and the cedant keeps ${co}% of every recovery (its coinsurance). A windstorm costs the cedant ${dol(e)} net of its other reinsurance. What does the catastrophe treaty pay, ${CENT}?`,
      show: money,
      figures: { x, y, e, co },
      key,
      wrong: [
        [frac(e - x), 'leaves out the cedant’s coinsurance'],
        [mul(y, pc(100 - co)), 'pays the full limit'],
        [mul(e - x, pc(co)), 'gives the cedant’s coinsurance'],
        [mul(e, pc(100 - co)), 'ignores the attachment'],
        [frac(e - x - (e * co) / 100), 'takes the coinsurance on the whole event loss'],
      ],
    }
  }),
  worked('loss-ratio-net-of-reinsurance', (rng) => {
    const ge = rng.int(2000, 9000) * 1000
    const ce = Math.round((ge * rng.int(20, 50)) / 100 / 1000) * 1000
    const gl = Math.round((ge * rng.int(50, 85)) / 100 / 1000) * 1000
    const rc = Math.round((gl * rng.int(15, 60)) / 100 / 1000) * 1000
    return {
      stem: `A cedant’s year shows gross earned premium ${dol(ge)}, earned premium ceded to reinsurers ${dol(ce)}, gross incurred losses ${dol(gl)} and reinsurance recoveries on those losses of ${dol(rc)}. What is its net loss ratio, net losses over net earned premium, ${PCT2}?`,
      show: pct2,
      figures: { ge, ce, gl, rc },
      key: frac(gl - rc, ge - ce),
      wrong: [
        [frac(gl - rc, ge), 'puts net losses over gross premium'],
        [frac(gl, ge - ce), 'puts gross losses over net premium'],
        [frac(gl, ge), 'gives the gross loss ratio'],
        [frac(rc, ce), 'gives the reinsurers’ loss ratio'],
      ],
    }
  }),
  worked('one-reinsurers-share-of-a-layer-loss', (rng) => {
    const x = rng.int(5, 30) * 100000
    const y = rng.int(10, 50) * 100000
    const w = rng.int(5, 40)
    const l = x + y + rng.int(1, 20) * 100000
    const key = mul(y, pc(w))
    return {
      stem: `A reinsurer writes a ${w}% line on a ${dol(y)} excess of ${dol(x)} layer. The cedant suffers a ${dol(l)} loss to the layer’s subject business. What does this reinsurer pay, ${CENT}?`,
      show: money,
      figures: { x, y, w, l },
      key,
      wrong: [
        [mul(l - x, pc(w)), 'pays its line of the whole loss above the attachment'],
        [mul(l, pc(w)), 'pays its line of the ground-up loss'],
        [frac(y), 'pays the whole layer loss'],
        [mul(x + y, pc(w)), 'reads the top of the layer as its limit'],
      ],
    }
  }),
]
