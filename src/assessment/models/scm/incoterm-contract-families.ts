import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { inco, RULE_NAMES, RULES } from './incoterms.js'
import { Client, family, item } from './scm-text.js'

// Incoterms 2020 as a contract is written: the place named after each rule, the rule that
// replaced DAT, and FCA's on-board bill of lading option (ICC Incoterms 2020, FCA A6/B6).

export const INCOTERM_CONTRACT_FAMILIES: readonly ScenarioFamily[] = [
  family('incoterms-named-place', (rng) => {
    const r = rng.pick(RULE_NAMES)
    const x = RULES[r]
    // The F rules and EXW name the place of delivery in the seller's country; the C and D rules
    // name the destination (the C rules' place is where the paid carriage ends, not delivery).
    const origin = r[0] === 'F' || r === 'EXW'
    const key = x.seaOnly
      ? origin
        ? 'shipPort'
        : 'destPort'
      : origin
        ? 'deliveryPlace'
        : 'destPlace'
    const texts: Record<string, string> = {
      shipPort: 'The port of shipment',
      destPort: 'The port of destination',
      deliveryPlace: 'The place of delivery in the seller’s country',
      destPlace: 'The place of destination',
    }
    const named: Record<string, string> = {
      shipPort:
        r[0] === 'C'
          ? 'names the place where risk passes, not where the paid carriage ends'
          : 'uses a sea rule’s port for a rule of any transport mode',
      destPort: x.seaOnly
        ? 'names where the goods go, as the C rules do'
        : 'uses a sea rule’s port for a rule of any transport mode',
      deliveryPlace:
        r[0] === 'C'
          ? 'names the place where risk passes, not where the paid carriage ends'
          : 'names the seller’s side, as the F rules do',
      destPlace: x.seaOnly
        ? 'uses a multimodal place for a sea rule'
        : 'names where the goods go, as the C and D rules do',
    }
    return inco(
      rng,
      r,
      'place',
      `A purchase order for ${item(rng)} reads “${r} [named place] Incoterms 2020”. Which place goes after ${r}?`,
      [texts[key]!, key],
      Object.keys(texts)
        .filter((k) => k !== key)
        .map((k) => [texts[k]!, k, named[k]!] as const),
    )
  }),
  family('incoterms-rule-that-replaced-dat', (rng) =>
    inco(
      rng,
      'DPU',
      'dat',
      `A client's old contracts use DAT (Incoterms 2010), delivered unloaded at a terminal. Which Incoterms 2020 rule replaced it, with delivery unloaded at any named place?`,
      ['DPU', 'DPU'],
      [
        ['DAP', 'DAP', 'picks DAP, whose delivery is before unloading'],
        ['DDP', 'DDP', 'picks DDP, which adds import clearance and delivers before unloading'],
        ['CPT', 'CPT', 'picks a C rule, where risk passes at shipment'],
        ['FCA', 'FCA', 'picks FCA, where delivery is in the seller’s country'],
      ],
    ),
  ),
  family('incoterms-fca-on-board-bill-of-lading', (rng) =>
    inco(
      rng,
      'FCA',
      'bl',
      `${Client(rng)} sells containers on FCA (Incoterms 2020), handed over at an inland terminal; the buyer's letter of credit calls for an on-board bill of lading. What does FCA in Incoterms 2020 provide for this?`,
      [
        'By agreement, the buyer’s carrier gives the seller a document noting the goods are on board',
        'option',
      ],
      [
        [
          'The seller may demand the bill from the buyer’s carrier, which must issue it on request',
          'carrierOwes',
          'thinks the carrier owes the seller the bill without the buyer’s instruction',
        ],
        [
          'Only a sea waybill can be issued for goods handed over at an inland terminal',
          'waybill',
          'thinks an inland hand-over rules out a bill of lading',
        ],
        [
          'Nothing: only FOB yields an on-board bill of lading, so the sale must be switched to FOB',
          'fob',
          'misses the option Incoterms 2020 added to FCA',
        ],
        [
          'The seller must contract the main carriage itself, as only the shipper gets an on-board bill',
          'cpt',
          'confuses FCA with CPT, where the seller contracts carriage',
        ],
        [
          'Risk passes only once the goods are on board, when the bill is issued',
          'risk',
          'thinks the on-board bill moves the delivery point',
        ],
        [
          'The seller issues the bill of lading itself as shipper',
          'seller',
          'thinks a shipper can issue a carrier’s document',
        ],
      ],
    ),
  ),
]
