import { family, near, pc, usd } from './cest-text.js'

// Markup, bids and contract money. Markup is a percentage of cost (price = cost × (1 + markup));
// margin is a percentage of price (price = cost ÷ (1 − margin)); each stem says which it uses,
// the base each percentage applies to, and the retainage, bond and escalation terms.

const m = usd

export const BID_FAMILIES = [
  family('price-from-markup-on-cost', (rng) => {
    const [c, k] = [rng.int(20000, 900000) * 100, rng.pick([10, 12, 15, 18, 20, 25])]
    return {
      stem: `A job's estimated cost is ${m(c)}. The contractor adds a markup of ${pc(k)} on cost. What is the bid price?`,
      key: m(near(c * (100 + k), 100)),
      wrong: [
        [m(near(c * 100, 100 - k)), 'treats the markup as a margin on price'],
        [m(near(c * k, 100)), 'gives the markup alone'],
        [m(near(c * (100 - k), 100)), 'takes the markup off the cost'],
        [m(near(c * (100 + 2 * k), 100)), 'adds the markup twice'],
        [m(near(c * 100, 100 + k)), 'divides by one plus the markup'],
        [m(near(c * (100 + k) * (100 + k), 10000)), 'marks up the marked-up price again'],
      ],
      figures: { c, k },
    }
  }),
  family('price-from-target-margin', (rng) => {
    const [c, g] = [rng.int(20000, 900000) * 100, rng.pick([10, 12, 15, 18, 20, 25])]
    return {
      stem: `A job's estimated cost is ${m(c)}. The contractor prices for a gross margin of ${pc(g)} of the selling price. What is the bid price, to the cent?`,
      key: m(near(c * 100, 100 - g)),
      wrong: [
        [m(near(c * (100 + g), 100)), 'adds the margin to cost as a markup'],
        [m(near(c * (100 - g), 100)), 'takes the margin off the cost'],
        [m(near(c * 100, 100 + g)), 'divides by one plus the margin'],
        [m(near(c * 100, 100 - 2 * g)), 'counts the margin twice'],
        [m(near(c * (100 + g) * (100 + g), 10000)), 'compounds the margin as a markup twice'],
      ],
      figures: { c, g },
    }
  }),
  family('markup-to-margin-percent', (rng) => {
    const k = rng.pick([10, 12, 15, 18, 20, 25, 30, 35, 40, 50])
    const pct = (num: number, den: number) => `${(near(num * 10000, den) / 100).toFixed(2)}%`
    return {
      stem: `A contractor marks up cost by ${pc(k)} on every job. What gross margin is that, as a percentage of the selling price, to two decimals?`,
      key: pct(k, 100 + k),
      wrong: [
        [`${k.toFixed(2)}%`, 'takes the markup as the margin'],
        [pct(k, 100 - k), 'divides the markup by one less the markup'],
        [pct(100, 100 + k), 'gives cost as a share of price'],
        [pct(k * k, 100 * (100 + k)), 'squares the markup before dividing'],
        [pct(2 * k, 100 + k), 'doubles the markup'],
      ],
      figures: { k },
    }
  }),
  family('overhead-then-profit-stacked', (rng) => {
    const [c, o, p] = [
      rng.int(20000, 600000) * 100,
      rng.pick([8, 10, 12, 15]),
      rng.pick([5, 8, 10, 12]),
    ]
    const oh = near(c * o, 100)
    const key = c + oh + near((c + oh) * p, 100)
    return {
      stem: `Direct cost of a job is ${m(c)}. Overhead is added at ${pc(o)} of direct cost, then profit at ${pc(p)} of direct cost plus overhead. What is the bid?`,
      key: m(key),
      wrong: [
        [m(c + near(c * (o + p), 100)), 'adds both percentages to the direct cost'],
        [m(c + oh), 'leaves out the profit'],
        [m(c + near(c * p, 100)), 'leaves out the overhead'],
        [m(near(c * 100, 100 - o - p)), 'treats the two percentages as margins on price'],
        [m(key + near(oh * p, 100)), 'adds profit on the overhead twice'],
        [m(c + oh + near(c * p, 100)), 'takes profit on the direct cost only'],
      ],
      figures: { c, o, p },
    }
  }),
  family('contingency-conditions-markup-bond', (rng) => {
    const [d, cont, g, k, b] = [
      rng.int(10000, 500000) * 100,
      rng.pick([3, 5, 7, 10]),
      rng.int(50, 400) * 10000,
      rng.pick([8, 10, 12, 15]),
      rng.pick([100, 125, 150]),
    ]
    const base = d + near(d * cont, 100) + g
    const marked = near(base * (100 + k), 100)
    const key = marked + near(marked * b, 10000)
    return {
      stem: `Direct costs are ${m(d)}. Add contingency at ${pc(cont)} of direct costs and general conditions of ${m(g)}; mark the total up ${pc(k)}; then add a bond premium of ${(b / 100).toFixed(2)}% of the marked-up total. What is the bid?`,
      key: m(key),
      wrong: [
        [m(marked), 'leaves out the bond'],
        [
          m(d + near(d * cont, 100) + g + near((d + g) * k, 100) + near(marked * b, 10000)),
          'does not mark up the contingency',
        ],
        [
          m(near((d + g) * (100 + k), 100) + near(near((d + g) * (100 + k), 100) * b, 10000)),
          'leaves out the contingency',
        ],
        [
          m(near((d + near(d * cont, 100)) * (100 + k), 100) + g + near(marked * b, 10000)),
          'does not mark up the general conditions',
        ],
        [m(key + near(d * cont, 100)), 'adds the contingency twice'],
        [m(marked + near(marked * b, 100)), 'reads the bond rate as whole percent'],
      ],
      figures: { d, cont, g, k, b },
    }
  }),
  family('escalation-to-midpoint', (rng) => {
    const [c, e, s, dur] = [
      rng.int(50000, 900000) * 100,
      rng.pick([3, 4, 5, 6]),
      rng.int(2, 12),
      rng.pick([6, 8, 10, 12, 14, 18]),
    ]
    const esc = (months: number) => near(c * e * months, 100 * 12)
    const mid = s + dur / 2
    return {
      stem: `An estimate priced at today's costs totals ${m(c)}. Construction starts in ${s} months and lasts ${dur} months. Escalate at ${pc(e)} a year, simple, pro rata by month, from today to the midpoint of construction. What is the escalated estimate?`,
      key: m(c + esc(mid)),
      wrong: [
        [m(c + esc(s)), 'escalates to the start of construction only'],
        [m(c + esc(s + dur)), 'escalates to the end of construction'],
        [m(c + esc(dur / 2)), 'escalates over half the construction period only'],
        [m(c + near(c * e * mid, 100)), 'applies the annual rate for every month'],
        [m(c + near(c * e, 100)), 'adds one year of escalation'],
        [m(c + esc(s + dur * 2)), 'adds twice the duration instead of half'],
      ],
      figures: { c, e, s, dur },
    }
  }),
  family('bid-tab-with-accepted-alternate', (rng) => {
    const n = 4
    const base = Array.from({ length: n }, () => rng.int(4000, 6000) * 10000)
    const alt = Array.from({ length: n }, () => rng.int(50, 600) * 1000)
    const totals = base.map((b, i) => b + alt[i]!)
    const lowTotal = Math.min(...totals)
    const lowBase = base.indexOf(Math.min(...base))
    const names = ['Avery', 'Brook', 'Castle', 'Dunmore']
    const rows = names
      .map((x, i) => `${x} base ${m(base[i]!)}, add alternate ${m(alt[i]!)}`)
      .join('; ')
    return {
      stem: `Four bids came in: ${rows}. The owner accepts the add alternate, and the contract goes to the lowest total of base bid plus alternate. What is the contract amount?`,
      key: m(lowTotal),
      wrong: [
        [m(totals[lowBase]!), 'awards to the lowest base bid and then adds its alternate'],
        [m(Math.min(...base)), 'awards the lowest base bid without the alternate'],
        [
          m(Math.min(...base) + Math.min(...alt)),
          'adds the lowest alternate to the lowest base from different bidders',
        ],
        [m(Math.max(...totals)), 'takes the highest total'],
        [
          m(base[totals.indexOf(lowTotal)]! - alt[totals.indexOf(lowTotal)]!),
          'deducts the alternate instead of adding it',
        ],
        [m([...totals].sort((a, b) => a - b)[1]!), 'takes the second-lowest total'],
      ],
      figures: { base: base.join(','), alt: alt.join(',') },
    }
  }),
  family('change-order-markups-and-bond', (rng) => {
    const [lab, mat, eq, sub] = [
      rng.int(20, 300) * 1000,
      rng.int(20, 400) * 1000,
      rng.int(0, 80) * 1000,
      rng.int(50, 600) * 1000,
    ]
    const [own, subK, bond] = [rng.pick([10, 15, 20]), rng.pick([5, 7, 10]), 1]
    const ownWork = lab + mat + eq
    const pre = near(ownWork * (100 + own), 100) + near(sub * (100 + subK), 100)
    const key = pre + near(pre * bond, 100)
    return {
      stem: `A change order adds labour ${m(lab)}, materials ${m(mat)}, equipment ${m(eq)} and subcontract work ${m(sub)}. The contract allows ${pc(own)} markup on the contractor's own work, ${pc(subK)} on subcontract work, then a ${bond}% bond premium on the total. What is the change order amount?`,
      key: m(key),
      wrong: [
        [
          m(
            near((ownWork + sub) * (100 + own), 100) +
              near(near((ownWork + sub) * (100 + own), 100) * bond, 100),
          ),
          'marks up the subcontract at the own-work rate',
        ],
        [m(pre), 'leaves out the bond'],
        [m(ownWork + sub + near((ownWork + sub) * bond, 100)), 'leaves out the markups'],
        [
          m(
            near(ownWork * (100 + own), 100) +
              sub +
              near((near(ownWork * (100 + own), 100) + sub) * bond, 100),
          ),
          'leaves the subcontract unmarked',
        ],
        [
          m(
            near((ownWork + sub) * (100 + own + subK), 100) +
              near(near((ownWork + sub) * (100 + own + subK), 100) * bond, 100),
          ),
          'adds both markups to everything',
        ],
      ],
      figures: { lab, mat, eq, sub, own, subK, bond },
    }
  }),
  family('deductive-change-credit', (rng) => {
    const [del, add, k, cr] = [
      rng.int(200, 2000) * 1000,
      rng.int(20, 150) * 1000,
      rng.pick([10, 15, 20]),
      rng.pick([5, 0]),
    ]
    const credit = near(del * (100 + cr), 100)
    const charge = near(add * (100 + k), 100)
    return {
      stem: `A revision deletes work costing ${m(del)} and adds work costing ${m(add)}. The contract marks up added work ${pc(k)} and returns deleted work with ${cr ? `a ${pc(cr)}` : 'no'} markup. What is the net change to the contract (a credit to the owner)?`,
      key: m(credit - charge),
      wrong: [
        [m(near((del - add) * (100 + k), 100)), 'marks up the net change at the added-work rate'],
        [m(del - add), 'nets the costs with no markups'],
        [m(near(del * (100 + k), 100) - charge), 'returns the deleted work at the full markup'],
        [m(credit - add), 'leaves the added work unmarked'],
        [m(credit), 'gives the deletion only'],
        [m(credit - near(add * (100 + 2 * k), 100)), 'adds the added-work markup twice'],
        [
          m(near(del * (100 - cr), 100) - charge),
          'takes the deleted-work markup off instead of adding it',
        ],
      ],
      figures: { del, add, k, cr },
    }
  }),
  family('progress-payment-with-retainage', (rng) => {
    const [done, stored, ret] = [
      rng.int(100, 900) * 1000 + rng.int(0, 99) * 10,
      rng.int(0, 80) * 1000,
      rng.pick([5, 10]),
    ]
    const prevPaid = near(done * rng.int(40, 80), 100)
    const earned = done + stored
    const key = earned - near(earned * ret, 100) - prevPaid
    return {
      stem: `A pay application shows work completed to date of ${m(done)} and materials stored on site of ${m(stored)}. Retainage is ${pc(ret)} of completed work and stored materials, and previous certificates paid ${m(prevPaid)}. What is the current payment due?`,
      key: m(key),
      wrong: [
        [m(earned - prevPaid), 'leaves out the retainage'],
        [m(done - near(done * ret, 100) - prevPaid), 'leaves out the stored materials'],
        [m(earned - near(earned * ret, 100)), 'does not deduct the previous payments'],
        [
          m(earned - near((earned - prevPaid) * ret, 100) - prevPaid),
          'retains only on this period’s work',
        ],
        [m(earned - near(done * ret, 100) - prevPaid), 'retains on completed work only'],
        [m(earned - near(earned * ret * 2, 100) - prevPaid), 'retains twice the rate'],
      ],
      figures: { done, stored, prevPaid, ret },
    }
  }),
  family('retainage-halved-after-half-complete', (rng) => {
    const contract = rng.int(400, 2000) * 10000
    const done = near(contract * rng.int(55, 95), 100)
    const half = contract / 2
    const key = near(half * 10, 100) + near((done - half) * 5, 100)
    return {
      stem: `On a ${m(contract)} contract, work completed to date is ${m(done)}. Retainage is 10% on work up to 50% of the contract sum and 5% on work beyond it. How much retainage is held?`,
      key: m(key),
      wrong: [
        [m(near(done * 10, 100)), 'retains 10% on all the work'],
        [m(near(done * 5, 100)), 'retains 5% on all the work'],
        [m(near(half * 10, 100)), 'stops retaining once the job is half done'],
        [m(near(half * 5, 100) + near((done - half) * 10, 100)), 'swaps the two rates'],
        [m(near(done * 75, 1000)), 'averages the two rates'],
      ],
      figures: { contract, done },
    }
  }),
  family('unit-price-overrun-repriced', (rng) => {
    const [eq, u, over] = [rng.int(200, 2000), rng.int(20, 120) * 100, rng.int(130, 180)]
    const aq = near(eq * over, 100)
    const cap = near(eq * 125, 100)
    const lower = near(u * rng.pick([85, 90]), 100)
    const key = cap * u + (aq - cap) * lower
    return {
      stem: `A unit-price contract estimated ${eq} yd³ of rock excavation at ${m(u)} a yd³. ${aq} yd³ were measured. Quantities above 125% of the estimate (${cap} yd³) are paid at an adjusted price of ${m(lower)} a yd³. What is the payment for the item?`,
      key: m(key),
      wrong: [
        [m(aq * u), 'pays every yard at the bid price'],
        [m(aq * lower), 'pays every yard at the adjusted price'],
        [m(eq * u + (aq - eq) * lower), 'adjusts everything above 100% of the estimate'],
        [m(cap * u), 'pays only up to 125% of the estimate'],
        [m(cap * lower + (aq - cap) * u), 'swaps the two prices'],
      ],
      figures: { eq, u, aq, cap, lower },
    }
  }),
  family('bond-premium-tiers', (rng) => {
    const c = rng.int(150, 3500) * 1000 * 100
    const tiers = [
      [10000000, 250],
      [40000000, 150],
      [200000000, 100],
      [Number.MAX_SAFE_INTEGER, 75],
    ] as const
    let left = c
    let key = 0
    for (const [size, bp] of tiers) {
      const part = Math.min(left, size)
      key += near(part * bp, 10000)
      left -= part
      if (!left) break
    }
    const band = c <= 10000000 ? 250 : c <= 50000000 ? 150 : c <= 250000000 ? 100 : 75
    return {
      stem: `A surety's performance bond rates are 2.50% on the first $100,000 of contract, 1.50% on the next $400,000, 1.00% on the next $2,000,000 and 0.75% above $2,500,000. What is the premium on a ${m(c)} contract?`,
      key: m(key),
      wrong: [
        [m(near(c * band, 10000)), 'charges the whole contract at the rate of its top band'],
        [m(near(c * 250, 10000)), 'charges the whole contract at the first band’s rate'],
        [m(near(c * 75, 10000)), 'charges the whole contract at the lowest rate'],
        [m(near(c * 150, 10000)), 'charges the whole contract at the second band’s rate'],
        [m(near(c * 100, 10000)), 'charges the whole contract at the third band’s rate'],
      ],
      figures: { c },
    }
  }),
  family('bid-spread-over-low', (rng) => {
    const low = rng.int(3000, 9000) * 10000
    const second = low + near(low * rng.int(100, 1500), 1000000) * 100
    const pct = (num: number, den: number) => `${(near(num * 10000, den) / 100).toFixed(2)}%`
    return {
      stem: `The low bid is ${m(low)} and the second bid ${m(second)}. By what percentage of the low bid is the second bid higher, to two decimals?`,
      key: pct(second - low, low),
      wrong: [
        [pct(second - low, second), 'divides by the second bid instead of the low bid'],
        [pct(second, low), 'gives the second bid as a percentage of the low'],
        [pct((second - low) * 2, low + second), 'divides by the average of the two bids'],
        [pct(low, second), 'gives the low bid as a percentage of the second'],
        [pct(second - low, low + second), 'divides by the sum of the two bids'],
      ],
      figures: { low, second },
    }
  }),
  family('final-payment-releasing-retainage', (rng) => {
    const [c, co, ret] = [
      rng.int(6000, 20000) * 10000,
      rng.int(-40, 40) * 100000,
      rng.pick([5, 10]),
    ]
    const total = c + co
    const lastCert = near(total * rng.int(85, 97), 100)
    const paid = near(lastCert * (100 - ret), 100)
    return {
      stem: `All work on a ${m(c)} contract is complete, with approved change orders totalling ${co < 0 ? `a credit of ${m(-co)}` : m(co)}. Certificates to date covered work of ${m(lastCert)}, each paid net of ${pc(ret)} retainage, so ${m(paid)} has been paid. What is the final payment, releasing all retainage?`,
      key: m(total - paid),
      wrong: [
        [m(c - paid), 'leaves out the change orders'],
        [m(lastCert - paid), 'releases the retainage only'],
        [m(near(total * (100 - ret), 100) - paid), 'keeps holding retainage on the final payment'],
        [m(total - lastCert), 'pays the uncertified balance only'],
        [m(c - co - paid), 'reverses the sign of the change orders'],
        [m(total - paid + lastCert - paid), 'adds the released retainage on top of the balance'],
        [m(total + co - paid), 'adds the change orders twice'],
      ],
      figures: { c, co, paid, lastCert, ret },
    }
  }),
  family('subcontract-bid-leveling', (rng) => {
    const [a, b, permits, cleanup] = [
      rng.int(1800, 2600) * 10000,
      rng.int(1800, 2600) * 10000,
      rng.int(20, 90) * 10000,
      rng.int(10, 60) * 10000,
    ]
    const la = a + permits + cleanup
    const lb = b + cleanup
    return {
      stem: `Two electrical bids: Sub A ${m(a)}, excluding permits and cleanup; Sub B ${m(b)}, excluding cleanup only. Level them by adding your plug values for each excluded item: permits ${m(permits)}, cleanup ${m(cleanup)}. What is the low leveled bid?`,
      key: m(Math.min(la, lb)),
      wrong: [
        [m(Math.min(a, b)), 'takes the low bid as submitted'],
        [m(Math.min(a + permits, b)), 'leaves out the cleanup plug'],
        [m(Math.min(la, b + permits + cleanup)), 'adds both plugs to both bids'],
        [m(Math.max(la, lb)), 'takes the higher leveled bid'],
        [m(Math.min(a + cleanup, b + permits + cleanup)), 'adds the permit plug to the wrong bid'],
      ],
      figures: { a, b, permits, cleanup },
    }
  }),
]
