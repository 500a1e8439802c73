import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cents, client, family, figures, supplier, symbol } from './pro-text.js'

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
]
