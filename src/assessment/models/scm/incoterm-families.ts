import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { INCOTERM_CONTRACT_FAMILIES } from './incoterm-contract-families.js'
import {
  inco,
  type Party,
  POINT_RULES,
  POINT_TEXT,
  type Point,
  RULE_NAMES,
  RULES,
  type RuleName,
} from './incoterms.js'
import { Client, family, item } from './scm-text.js'

// Incoterms 2020 items: every stem names the 2020 edition, and every answer is tagged with the
// point, party or rule it states so the key test can check it against its own table.

const PLACES = [
  ['Shenzhen', 'Rotterdam'],
  ['Izmir', 'Felixstowe'],
  ['Ho Chi Minh City', 'Hamburg'],
  ['Valencia', 'New York'],
  ['Chennai', 'Antwerp'],
  ['Santos', 'Le Havre'],
] as const
const place = (rng: Rng) => rng.pick(PLACES)

const POINTS = Object.keys(POINT_TEXT) as Point[]

/**
 * Each risk point in three wordings of different lengths, all true of every rule that uses it
 * ("or procures the goods so delivered" is the rules' own wording for string sales); an option
 * shows one of them, so no length or phrasing marks the key.
 */
const POINT_WORDINGS: Record<Point, readonly string[]> = {
  premises: [
    POINT_TEXT.premises,
    'At the seller’s premises, not loaded, once at the buyer’s disposal there',
    'When the goods are placed at the buyer’s disposal at the seller’s premises, not loaded on any collecting vehicle',
  ],
  carrier: [
    POINT_TEXT.carrier,
    'Once the goods are handed over to the carrier',
    'When the goods are handed over to the carrier at the agreed place of delivery, or procured so delivered',
  ],
  alongside: [
    POINT_TEXT.alongside,
    'Once the goods are alongside the vessel at the port of shipment',
    'When the goods are placed alongside the vessel at the port of shipment, or procured so delivered',
  ],
  onBoard: [
    POINT_TEXT.onBoard,
    'Once the goods are on board the vessel at the port of shipment',
    'When the goods are placed on board the vessel at the port of shipment, or procured so delivered',
  ],
  arrived: [
    POINT_TEXT.arrived,
    'On arrival at the named destination, ready for unloading',
    'When the goods are at the buyer’s disposal on the arriving vehicle, ready for unloading at the named place',
  ],
  unloaded: [
    POINT_TEXT.unloaded,
    'Once the goods have been unloaded at the named destination',
    'When the goods have been unloaded from the arriving vehicle and put at the buyer’s disposal at the named place',
  ],
}

/** Where risk passes under a rule drawn from `rules`; each wrong point is another rule's. */
const riskFamily = (id: string, rules: readonly RuleName[]): ScenarioFamily =>
  family(id, (rng) => {
    const r = rng.pick(rules)
    const [from, to] = place(rng)
    const key = RULES[r].risk
    const say = (p: Point) => rng.pick(POINT_WORDINGS[p])
    const wrong = POINTS.filter((p) => p !== key).map((p) => [say(p), p, POINT_RULES[p]] as const)
    // Under the C rules the seller pays carriage to the destination, and the classic mistake is
    // to move risk with it; that reading is the D rules' point.
    const cRule = RULES[r].carriage === 'seller' && RULES[r].risk !== 'arrived' && r[0] === 'C'
    const tagged = wrong.map(([t, p, m]) =>
      cRule && p === 'arrived'
        ? ([
            t,
            p,
            'moves risk with the main carriage the seller pays for, to the destination',
          ] as const)
        : ([t, p, m] as const),
    )
    return inco(
      rng,
      r,
      'risk',
      `${Client(rng)} sells ${item(rng)} shipped from ${from} to a buyer in ${to} on ${r} (Incoterms 2020). At what point does the risk of loss or damage pass from seller to buyer?`,
      [say(key), key],
      tagged,
    )
  })

const CLEARANCE: Record<string, string> = {
  'seller/buyer': 'The seller clears the goods for export; the buyer clears them for import',
  'buyer/buyer': 'The buyer clears the goods for both export and import',
  'seller/seller': 'The seller clears the goods for both export and import',
  'buyer/seller': 'The buyer clears the goods for export; the seller clears them for import',
}
const clearanceMistake = (r: RuleName, id: string): string => {
  if (id === 'buyer/buyer') return 'applies EXW, where the buyer clears export too'
  if (id === 'seller/seller') return 'applies DDP, where the seller clears import too'
  if (id === 'seller/buyer')
    return r === 'EXW'
      ? 'assumes the seller clears export under every rule'
      : 'leaves import clearance with the buyer as under DAP'
  return 'reverses the two clearance duties'
}

const INSURANCE: Record<string, string> = {
  C: 'Cover at least on Institute Cargo Clauses (C) terms, for 110% of the contract price',
  A: 'Cover on Institute Cargo Clauses (A) terms, for 110% of the contract price',
  none: 'None: the seller has no duty to insure the goods for the buyer',
  A100: 'Cover on Institute Cargo Clauses (A) terms, for 100% of the contract price',
  C100: 'Cover at least on Institute Cargo Clauses (C) terms, for 100% of the contract price',
}

const CARRIAGE_RISK: Record<string, string> = {
  'seller/origin':
    'The seller contracts the main carriage, and risk passes before it, in the country of shipment',
  'buyer/origin':
    'The buyer contracts the main carriage, and risk passes before it, in the country of shipment',
  'seller/destination':
    'The seller contracts the main carriage, and risk passes only at the destination',
  'buyer/destination':
    'The buyer contracts the main carriage, and risk passes only at the destination',
}
const side = (p: Point) => (p === 'arrived' || p === 'unloaded' ? 'destination' : 'origin')

/** The rule a set of obligations describes; wrong rules are the nearest others, each named by a duty it changes. */
const describe = (r: RuleName): string => {
  const x = RULES[r]
  const ins = {
    none: 'no duty to insure',
    C: 'must insure on ICC (C) terms',
    A: 'must insure on ICC (A) terms',
  }[x.insurance]
  return `risk passes ${POINT_TEXT[x.risk].toLowerCase().replace(/^when /, 'when ')}; the ${x.carriage} contracts and pays for the main carriage; the seller has ${ins.replace(/^must/, 'a duty to')}; the ${x.exportBy} clears export and the ${x.importBy} clears import; the ${x.unloads} unloads at destination`
}
const DUTY_NAMES: Record<keyof (typeof RULES)['EXW'], string> = {
  risk: 'where risk passes',
  carriage: 'who pays the main carriage',
  insurance: 'the seller’s insurance duty',
  exportBy: 'who clears export',
  importBy: 'who clears import',
  unloads: 'who unloads at destination',
  seaOnly: 'whether the rule is for sea transport only',
}
const differences = (a: RuleName, b: RuleName) =>
  (Object.keys(DUTY_NAMES) as (keyof typeof DUTY_NAMES)[]).filter(
    (k) => k !== 'seaOnly' && RULES[a][k] !== RULES[b][k],
  )

export const INCOTERM_FAMILIES: readonly ScenarioFamily[] = [
  riskFamily('incoterms-risk-point-sea-rules', ['FAS', 'FOB', 'CFR', 'CIF']),
  riskFamily('incoterms-risk-point-any-mode-rules', ['EXW', 'FCA', 'CPT', 'CIP']),
  riskFamily('incoterms-risk-point-d-rules', ['DAP', 'DPU', 'DDP']),
  family('incoterms-customs-clearance', (rng) => {
    const r = rng.pick(RULE_NAMES)
    const key = `${RULES[r].exportBy}/${RULES[r].importBy}`
    return inco(
      rng,
      r,
      'clearance',
      `A purchasing assistant reads a contract on ${r} (Incoterms 2020) for ${item(rng)} crossing a customs border. Who carries out export and import customs clearance?`,
      [CLEARANCE[key]!, key],
      Object.keys(CLEARANCE)
        .filter((k) => k !== key)
        .map((k) => [CLEARANCE[k]!, k, clearanceMistake(r, k)] as const),
    )
  }),
  family('incoterms-seller-insurance', (rng) => {
    const r = rng.pick(['CIF', 'CIP', 'CIF', 'CIP', 'CFR', 'CPT'] as const)
    const key = RULES[r].insurance
    const named: Record<string, string> = {
      C:
        r === 'CIP'
          ? 'applies the ICC (C) minimum that Incoterms 2020 raised to (A) for CIP'
          : 'reads an insurance duty into a rule without the I for insurance',
      A:
        r === 'CIF'
          ? 'applies CIP’s ICC (A) cover to CIF, which kept the (C) minimum'
          : 'reads an insurance duty into a rule without the I for insurance',
      none: r === 'CIF' ? 'treats CIF like CFR' : 'treats CIP like CPT',
      A100: 'insures on ICC (A) terms for the bare contract price, without the 10% margin',
      C100: 'insures on ICC (C) terms for the bare contract price, without the 10% margin',
    }
    return inco(
      rng,
      r,
      'insurance',
      `${Client(rng)} sells on ${r} (Incoterms 2020), with nothing agreed about insurance beyond the rule. What insurance must the seller obtain for the buyer's benefit?`,
      [INSURANCE[key]!, key],
      Object.keys(INSURANCE)
        .filter((k) => k !== key)
        .map((k) => [INSURANCE[k]!, k, named[k]!] as const),
    )
  }),
  family('incoterms-carriage-and-risk', (rng) => {
    const r = rng.pick(RULE_NAMES.filter((n) => n !== 'EXW'))
    const key = `${RULES[r].carriage}/${side(RULES[r].risk)}`
    const named: Record<string, string> = {
      'seller/origin':
        'reads it as a C rule, where the seller pays carriage but risk passes at shipment',
      'buyer/origin': 'reads it as an F rule, where the buyer books the main carriage',
      'seller/destination':
        r[0] === 'C'
          ? 'moves risk with the carriage the seller pays for'
          : 'reads it as a D rule, where the seller bears risk to destination',
      'buyer/destination': 'splits cost and risk the reverse way of every rule',
    }
    return inco(
      rng,
      r,
      'carriageRisk',
      `A buyer imports ${item(rng)} on ${r} (Incoterms 2020). Which describes the main carriage and the passing of risk?`,
      [CARRIAGE_RISK[key]!, key],
      Object.keys(CARRIAGE_RISK)
        .filter((k) => k !== key)
        .map((k) => [CARRIAGE_RISK[k]!, k, named[k]!] as const),
    )
  }),
  family('incoterms-c-rule-loss-in-transit', (rng) => {
    const r = rng.pick(['CFR', 'CIF', 'CPT', 'CIP'] as const)
    const [from, to] = place(rng)
    const sea = RULES[r].seaOnly
    const point = RULES[r].risk
    const answers = {
      key: `The buyer: risk passed ${POINT_TEXT[point].toLowerCase()}`,
      freight:
        'The seller: it contracted and paid for the carriage all the way to the named destination, so the loss is its own',
      dest: 'The seller: under this rule the risk passes to the buyer only when the goods reach the named destination',
      other: sea
        ? `The buyer: risk passed ${POINT_TEXT.carrier.toLowerCase()}`
        : `The buyer: risk passed ${POINT_TEXT.onBoard.toLowerCase()}`,
    }
    return inco(
      rng,
      r,
      'loss',
      `Goods sold on ${r} ${to} (Incoterms 2020) leave ${from} in good order and are damaged during the main carriage. The seller booked ${sea ? 'the sea freight' : 'the carriage'}. Who bears the loss under the sale contract, and why?`,
      [answers.key, point],
      [
        [
          'The seller: the goods were still moving under the contract of carriage it made',
          'carriageContract',
          'ties risk to whoever made the contract of carriage',
        ],
        [answers.freight, 'freight', 'moves risk with the carriage the seller pays for'],
        [answers.dest, 'arrived', 'treats a C rule as a D rule'],
        [
          answers.other,
          sea ? 'carrier' : 'onBoard',
          sea
            ? 'applies the multimodal rules’ hand-over point to a sea rule'
            : 'applies the sea rules’ on-board point to a multimodal rule',
        ],
        ...(sea
          ? ([
              [
                'The buyer: risk passed when the goods crossed the ship’s rail at the port of shipment',
                'rail',
                'uses the ship’s rail, dropped from the rules in 2010',
              ],
            ] as const)
          : []),
      ],
    )
  }),
  family('incoterms-containers-handed-over-inland', (rng) => {
    const pairs = [
      ['FCA', 'FOB', 'the buyer books and pays the main carriage'],
      ['CPT', 'CFR', 'the seller books and pays the main carriage, with no duty to insure'],
      ['CIP', 'CIF', 'the seller books and pays the main carriage and insures it'],
    ] as const
    const [key, sea, duties] = rng.pick(pairs)
    const [from] = place(rng)
    const others = pairs.filter(([k]) => k !== key)
    return inco(
      rng,
      key,
      'container',
      `${Client(rng)} ships ${item(rng)} in a full container handed to the carrier at an inland container terminal near ${from}; ${duties}, and risk is to pass when the container is handed over. Which Incoterms 2020 rule fits?`,
      [key, key],
      [
        [
          sea,
          sea,
          'uses a sea-only rule, whose risk passes on board, for goods handed over inland',
        ],
        [
          others[0]![0],
          others[0]![0],
          `mistakes who pays the carriage or insures: under ${others[0]![0]} ${others[0]![2]}`,
        ],
        [
          others[1]![0],
          others[1]![0],
          `mistakes who pays the carriage or insures: under ${others[1]![0]} ${others[1]![2]}`,
        ],
        ['EXW', 'EXW', 'uses EXW, where the seller neither loads nor clears export'],
      ],
    )
  }),
  family('incoterms-rule-from-obligations', (rng) => {
    const r = rng.pick(RULE_NAMES)
    const near = RULE_NAMES.filter((o) => o !== r)
      .map((o) => [o, differences(r, o)] as const)
      .filter(([, d]) => d.length > 0)
      .sort((a, b) => a[1].length - b[1].length)
      .slice(0, 5)
    return inco(
      rng,
      r,
      'rule',
      `A contract for ${item(rng)} states the duties but not the rule: ${describe(r)}. Which Incoterms 2020 rule matches?`,
      [r, r],
      near.map(
        ([o, d]) =>
          [
            o,
            o,
            `misses ${d.map((k) => DUTY_NAMES[k]).join(' and ')}, where ${o} differs`,
          ] as const,
      ),
    )
  }),
  family('incoterms-unloading-at-destination', (rng) => {
    const r = rng.pick(['DAP', 'DPU', 'DDP'] as const)
    const unloadAnswers: Record<Party, string> = {
      seller: 'The seller, and the goods stay at its risk until unloaded',
      buyer: 'The buyer; the seller’s delivery duty ends before unloading',
    }
    return inco(
      rng,
      r,
      'unload',
      `Under ${r} (Incoterms 2020), with the named place a buyer's warehouse and nothing else agreed, who must unload the goods from the arriving vehicle there?`,
      [unloadAnswers[RULES[r].unloads], RULES[r].unloads],
      [
        [
          unloadAnswers[RULES[r].unloads === 'seller' ? 'buyer' : 'seller'],
          RULES[r].unloads === 'seller' ? 'buyer' : 'seller',
          RULES[r].unloads === 'seller'
            ? 'applies DAP to DPU, whose delivery is after unloading'
            : 'applies DPU, the only rule where the seller unloads',
        ],
        [
          'The carrier, whoever contracted it, at its own risk',
          'carrier',
          'assumes unloading is the carrier’s job whatever the rule',
        ],
        // A party named by its role is offered only where the role falls to the party that does
        // not unload: under DPU the seller pays the carriage, under DAP the buyer clears import.
        ...(RULES[r].carriage !== RULES[r].unloads
          ? [
              [
                'The party who paid the main carriage, since unloading follows the freight',
                'payer',
                'assumes unloading follows whoever paid the freight',
              ] as const,
            ]
          : []),
        ...(RULES[r].importBy !== RULES[r].unloads
          ? [
              [
                'Whoever clears the goods for import, since unloading follows clearance',
                'importer',
                'assumes unloading follows import clearance',
              ] as const,
            ]
          : []),
      ],
    )
  }),
  family('incoterms-loading-at-seller-premises', (rng) => {
    const r = rng.pick(['EXW', 'FCA'] as const)
    const answers = {
      seller: 'The seller loads, and risk passes once the goods are loaded on the buyer’s vehicle',
      buyer: 'The buyer loads; risk passed when the goods were placed at its disposal, not loaded',
      sellerBefore:
        'The seller loads, but risk passed before loading, when the goods were made available',
      buyerAfter:
        'The buyer loads, and risk passes only when the goods leave the seller’s premises',
    }
    const key = r === 'FCA' ? 'seller' : 'buyer'
    return inco(
      rng,
      r,
      'load',
      `A buyer's truck collects ${item(rng)} at the seller's own premises, which are the named place, on ${r} (Incoterms 2020). Who loads the truck, and when does risk pass?`,
      [answers[key], key],
      [
        [
          answers[key === 'seller' ? 'buyer' : 'seller'],
          key === 'seller' ? 'buyer' : 'seller',
          key === 'seller'
            ? 'applies EXW to FCA at the seller’s premises'
            : 'applies FCA at the seller’s premises to EXW',
        ],
        [
          answers.sellerBefore,
          'sellerBefore',
          'splits loading from risk, as if EXW’s point applied to the seller’s loading',
        ],
        [
          'The buyer loads, and risk passes once the goods are loaded on its own vehicle',
          'buyerLoadsRiskOnLoading',
          'gives the loading to the buyer but keeps FCA’s risk point after loading',
        ],
        [
          answers.buyerAfter,
          'buyerAfter',
          'ties risk to the goods leaving the premises, a point no rule uses',
        ],
      ],
    )
  }),
  ...INCOTERM_CONTRACT_FAMILIES,
]
