import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  cents,
  client,
  family,
  figures,
  supplier,
  suppliers,
  symbol,
  worked,
} from './pro-text.js'

/*
 * Which costs a buyer adds to a supplier's quote under each Incoterms 2020 rule, for goods made
 * at an inland works, shipped by sea and delivered to the buyer's site. Source: ICC, Incoterms®
 * 2020 (publication 723E), articles A2/B2 (delivery), A4/B4 (carriage), A5/B5 (insurance),
 * A7/B7 (export and import clearance) and A9/B9 (allocation of costs). Under EXW the buyer loads
 * at the works; under FCA at the seller's works the seller loads and clears export; under FOB
 * the seller pays until the goods are on board; CFR and CIF add the sea freight (and, CIF, the
 * insurance) to the destination port; DAP and DDP deliver to the site ready for unloading, DPU
 * unloaded; only DDP clears import and pays duty. Unloading at the destination port is stated
 * in each stem as outside the freight contract, so under C rules it is the buyer's (CFR/CIF B9).
 * Where the seller bears no insurance duty, the stem says the buyer insures the voyage.
 */
export const COST_ITEMS = {
  load: 'loading at the works',
  pre: 'haulage from the works to the port of shipment',
  exp: 'export clearance',
  sea: 'sea freight to the destination port',
  ins: 'cargo insurance for the voyage',
  port: 'unloading at the destination port',
  onward: 'haulage from the destination port to the site',
  imp: 'import clearance and duty',
  unload: 'unloading at the site',
} as const
export type CostItem = keyof typeof COST_ITEMS

/** The costs the buyer bears on top of the price, rule by rule. */
export const BUYER_PAYS: Record<string, readonly CostItem[]> = {
  EXW: ['load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward', 'imp', 'unload'],
  FCA: ['pre', 'sea', 'ins', 'port', 'onward', 'imp', 'unload'],
  FOB: ['sea', 'ins', 'port', 'onward', 'imp', 'unload'],
  CFR: ['ins', 'port', 'onward', 'imp', 'unload'],
  CIF: ['port', 'onward', 'imp', 'unload'],
  DAP: ['imp', 'unload'],
  DPU: ['imp'],
  DDP: ['unload'],
}
const PLACE: Record<string, string> = {
  EXW: 'the supplier’s works',
  FCA: 'the supplier’s works',
  FOB: 'the port of shipment',
  CFR: 'the destination port',
  CIF: 'the destination port',
  DAP: 'the buyer’s site',
  DPU: 'the buyer’s site',
  DDP: 'the buyer’s site',
}
/** What a misreading of the quoted rule as another rule amounts to, in words. */
const AS: Record<string, string> = {
  EXW: 'costs the quote as if it were EXW, adding loading and export clearance',
  FCA: 'costs the quote as if it were FCA at the works',
  FOB: 'costs the quote as if it were FOB, adding the sea freight',
  CFR: 'costs the quote as if it were CFR, adding the insurance',
  CIF: 'costs the quote as if it were CIF, taking insurance as included',
  DAP: 'costs the quote as if it were DAP, taking freight to the site as included',
  DPU: 'costs the quote as if it were DPU, taking unloading as included',
  DDP: 'costs the quote as if it were DDP, taking duty as included',
}
export const RULES = Object.keys(BUYER_PAYS)

function draw(rng: Rng) {
  const costs: Record<CostItem, number> = {
    load: amount(rng, 80, 400, 5),
    pre: amount(rng, 300, 1_500, 10),
    exp: amount(rng, 90, 350, 5),
    sea: amount(rng, 1_200, 6_000, 10),
    ins: amount(rng, 60, 400, 5),
    port: amount(rng, 150, 700, 5),
    onward: amount(rng, 250, 1_400, 10),
    imp: amount(rng, 400, 4_000, 10),
    unload: amount(rng, 80, 400, 5),
  }
  return costs
}

export const INCOTERMS_COST_FAMILIES: readonly ScenarioFamily[] = [
  family('incoterms-landed-cost-of-a-quote', (rng) => {
    const rule = rng.pick(RULES)
    const price = amount(rng, 15_000, 90_000, 50)
    const costs = draw(rng)
    const m = cents(symbol(rng))
    const add = (r: string) => price + BUYER_PAYS[r]!.reduce((a, k) => a + costs[k], 0)
    const others = RULES.filter((r) => r !== rule)
    const buyer = client(rng)
    return figures(rng, m, {
      stem: `${supplier(rng)} quotes ${m(price)} ${rule} ${PLACE[rule]} (Incoterms 2020). Costs for this shipment: ${(Object.keys(COST_ITEMS) as CostItem[]).map((k) => `${COST_ITEMS[k]} ${m(costs[k])}`).join('; ')}. Unloading at the destination port is not part of the sea freight, and if the rule gives the supplier no duty to insure, the buyer, ${buyer}, insures the voyage. What will the goods cost the buyer delivered and unloaded at its site?`,
      in: { rule, price, ...costs },
      key: add(rule),
      wrong: [
        ...others.map((r) => [`as${r}`, add(r), AS[r]!] as const),
        ['priceOnly', price, 'takes the quote as the delivered cost'],
      ],
    })
  }),
  family('incoterms-cheaper-of-two-quotes', (rng) => {
    const [r1, r2] = rng.shuffle(RULES).slice(0, 2) as [string, string]
    const [n1, n2] = suppliers(rng, 2) as [string, string]
    const p1 = amount(rng, 20_000, 60_000, 50)
    const p2 = p1 + rng.pick([-1, 1]) * amount(rng, 300, 4_000, 10)
    const costs = draw(rng)
    const m = cents(symbol(rng))
    const extra = (r: string) => BUYER_PAYS[r]!.reduce((a, k) => a + costs[k], 0)
    const say = (a: number, b: number) =>
      a === b
        ? 'Neither: they cost the same'
        : a < b
          ? `${n1}, by ${m(b - a)}`
          : `${n2}, by ${m(a - b)}`
    const d1 = p1 + extra(r1)
    const d2 = p2 + extra(r2)
    if (d1 === d2) throw new VariantError('the quotes tie')
    const swapped = p1 + extra(r2)
    const swapped2 = p2 + extra(r1)
    return worked(rng, {
      stem: `Two quotes for the same goods, Incoterms 2020: ${n1} ${m(p1)} ${r1} ${PLACE[r1]}; ${n2} ${m(p2)} ${r2} ${PLACE[r2]}. Costs the buyer may have to meet, the same for either: ${(Object.keys(COST_ITEMS) as CostItem[]).map((k) => `${COST_ITEMS[k]} ${m(costs[k])}`).join('; ')}. Unloading at the destination port is outside the sea freight, and if a rule gives the seller no duty to insure, the buyer insures. Delivered and unloaded at the buyer's site, which quote is cheaper, and by how much?`,
      in: { n1, n2, r1, r2, p1, p2, ...costs },
      key: say(d1, d2),
      wrong: [
        ['pricesOnly', say(p1, p2), 'compares the quoted prices alone'],
        ['rulesSwapped', say(swapped, swapped2), 'applies each rule to the other supplier’s price'],
        [
          'buyerCostsAsSellers',
          say(p1 + extra('EXW') - extra(r1), p2 + extra('EXW') - extra(r2)),
          'adds the costs each rule puts on the seller instead of the buyer',
        ],
        [
          'costsOnly',
          say(extra(r1), extra(r2)),
          'compares the buyer’s extra costs and leaves out the prices',
        ],
      ],
    })
  }),
]
