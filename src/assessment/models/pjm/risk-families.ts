import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { distinctMistakes } from '../scenario/scenario-text.js'
import {
  answered,
  computed,
  currency,
  drawn,
  family,
  job,
  money,
  type PjmFamily,
  rule,
} from './pjm-text.js'

// Expected monetary value and decision trees: PMBOK Guide 6th ed. §11.4.2.5 (EMV = probability ×
// impact; threats negative, opportunities positive; a decision tree picks the branch with the
// best expected value net of its cost). Probability and impact matrix: §11.3.2.6. Risk responses:
// PMBOK Guide 7th ed. §2.8.5.1 (threats: escalate, avoid, transfer, mitigate, accept) and §2.8.5.2
// (opportunities: escalate, exploit, share, enhance, accept), as in 6th ed. §11.5.2.4–5. Terms:
// PMI Lexicon of Project Management Terms (risk owner, residual risk, secondary risk, workaround,
// issue, risk threshold); reserves for known-unknowns and unknown-unknowns: 6th ed. §7.2.2.6.

interface Risk {
  readonly name: string
  readonly p: number
  readonly impact: number
}
const NAMES = [
  'supplier insolvency',
  'key developer leaves',
  'permit delay',
  'data loss',
  'price rise',
  'late hardware',
  'scope dispute',
]

function risks(rng: Rng, n: number): Risk[] {
  return rng
    .shuffle(NAMES)
    .slice(0, n)
    .map((name) => ({
      name,
      p: drawn(rng, 1, 9) / 10,
      impact: drawn(rng, 4, 60) * 1000,
    }))
}
const emv = (r: Risk) => r.p * r.impact

/**
 * Threat and opportunity responses (PMBOK Guide 7th ed. §2.8.5): the item names a response and
 * asks which action is an example of it; each other option is an example of another response.
 */
const EXAMPLES: Record<string, readonly [string, string]> = {
  avoid: [
    'Drop the untested plug-in and use a proven component',
    'Change the plan so the unreliable supplier is not used',
  ],
  transfer: [
    'Buy insurance against damage to the equipment in transit',
    'Subcontract the risky work on a fixed-price contract',
  ],
  mitigate: [
    'Add a round of load testing so an outage is less likely',
    'Train a second admin so an absence does less harm',
  ],
  'accept-threat': [
    'Note the courier risk and set aside two days of reserve',
    'Log the risk and deal with it only if it happens',
  ],
  escalate: [
    'Refer a company-wide policy risk to the client’s board',
    'Pass a risk beyond your authority to the programme owner',
  ],
  exploit: [
    'Assign your best specialist so the early finish is certain',
    'Lock in the bulk discount by ordering everything now',
  ],
  share: [
    'Form a joint venture to win a follow-on contract together',
    'Partner with a firm better placed to capture the benefit',
  ],
  enhance: [
    'Add staff to raise the odds of an early-finish bonus',
    'Strengthen the bid to improve its odds of the grant',
  ],
  'accept-opportunity': [
    'Take a supplier’s discount if offered, without chasing it',
    'Welcome a possible tax rebate but do nothing to pursue it',
  ],
}
const THREAT = ['avoid', 'transfer', 'mitigate', 'accept-threat', 'escalate'] as const
const OPPORTUNITY = ['exploit', 'share', 'enhance', 'accept-opportunity'] as const
const RESPONSE_SOURCE: Record<string, string> = {
  avoid: 'avoid: act to eliminate the threat or protect the project from its impact',
  transfer:
    'transfer: shift ownership of a threat to a third party, e.g. insurance or a fixed-price contract',
  mitigate: 'mitigate: act to reduce the probability of occurrence or impact of a threat',
  'accept-threat':
    'accept: acknowledge the threat; active acceptance sets aside a contingency reserve',
  escalate:
    'escalate: when the threat is outside the project scope or beyond the project manager’s authority',
  exploit: 'exploit: act to ensure the opportunity occurs',
  share: 'share: allocate ownership to a third party best able to capture the benefit',
  enhance: 'enhance: act to increase the probability of occurrence or impact of an opportunity',
  'accept-opportunity': 'accept: acknowledge the opportunity but take no proactive action',
}
const said = (r: string) => r.replace(/-.*/, '')

export const RISK_FAMILIES: readonly PjmFamily[] = [
  family('risk-contingency-from-emv', (rng) => {
    const rs = risks(rng, 3)
    const sym = currency(rng)
    const m = money(sym)
    const rows = rs
      .map((r) => `| ${r.name} | ${Math.round(r.p * 100)} % | ${m(r.impact)} |`)
      .join('\n')
    return computed(rng, {
      kind: 'risk',
      ask: 'contingency',
      stem: `The risk register of ${job(rng)} lists these threats:\n\n| Threat | Probability | Cost impact |\n|---|---|---|\n${rows}\n\nYou size the contingency reserve as the threats’ total expected monetary value. How much is it?`,
      in: { rs },
      format: 'money',
      sym,
      key: rs.reduce((s, r) => s + emv(r), 0),
      wrong: [
        ['impacts', rs.reduce((s, r) => s + r.impact, 0), 'adds the impacts, ignoring probability'],
        ['largest', Math.max(...rs.map((r) => r.impact)), 'reserves for the worst single threat'],
        [
          'complement',
          rs.reduce((s, r) => s + (1 - r.p) * r.impact, 0),
          'weights each impact by the chance it does not happen',
        ],
        ['max-emv', Math.max(...rs.map(emv)), 'keeps only the largest threat’s EMV'],
      ],
    })
  }),
  family('risk-net-emv-threats-and-opportunities', (rng) => {
    const th = risks(rng, 2)
    const op = {
      name: 'early-payment discount',
      p: drawn(rng, 2, 8) / 10,
      impact: drawn(rng, 4, 40) * 1000,
    }
    const sym = currency(rng)
    const m = money(sym)
    const t = th.reduce((s, r) => s + emv(r), 0)
    return computed(rng, {
      kind: 'risk',
      ask: 'net',
      stem: `For ${job(rng)} you have two threats, ${th.map((r) => `${r.name} (${Math.round(r.p * 100)} %, ${m(r.impact)} cost)`).join(' and ')}, and one opportunity, an ${op.name} (${Math.round(op.p * 100)} %, ${m(op.impact)} saving). What is the net expected monetary value of these risks, as a cost?`,
      in: { th, op },
      format: 'money',
      sym,
      key: t - emv(op),
      wrong: [
        ['added', t + emv(op), 'adds the opportunity to the threats as if it were a cost'],
        ['threats', t, 'leaves the opportunity out'],
        [
          'impacts',
          th.reduce((s, r) => s + r.impact, 0) - op.impact,
          'nets the impacts without probabilities',
        ],
        ['op-full', t - op.impact, 'takes the full saving of the opportunity'],
      ],
      signed: true,
    })
  }),
  family('risk-mitigation-worth-it', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const impact = drawn(rng, 20, 90) * 1000
    const p1 = drawn(rng, 4, 8) / 10
    const p2 = drawn(rng, 1, 3) / 10
    const cost = drawn(rng, 2, 12) * 1000
    return computed(rng, {
      kind: 'risk',
      ask: 'mitigation-net',
      stem: `A threat to ${job(rng)} would cost ${m(impact)} with probability ${Math.round(p1 * 100)} %. A mitigation costing ${m(cost)} would cut the probability to ${Math.round(p2 * 100)} %. By how much does the mitigation lower the expected cost of the threat, net of what it costs?`,
      in: { impact, p1, p2, cost },
      format: 'money',
      sym,
      // Rounded to whole units, so a mitigation that just pays for itself nets £0, not −£0.
      key: Math.round((p1 - p2) * impact) - cost,
      wrong: [
        ['no-cost', Math.round((p1 - p2) * impact), 'leaves out the cost of the mitigation'],
        ['no-residual', p1 * impact - cost, 'treats the threat as removed entirely'],
        ['after', p2 * impact + cost, 'gives the exposure after the response'],
        ['no-prob', impact - cost, 'ignores the probabilities'],
      ],
      signed: true,
    })
  }),
  family('risk-decision-tree', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const opt = (label: string) => {
      const up = drawn(rng, 10, 60) * 1000
      const p = drawn(rng, 2, 8) / 10
      const bad = drawn(rng, 20, 120) * 1000
      return { label, up, p, bad }
    }
    const a = opt('build in-house')
    const b = opt('buy a licensed product')
    const ev = (o: typeof a) => o.up + o.p * o.bad
    const best = ev(a) < ev(b) ? a : b
    const other = best === a ? b : a
    const worst = (o: typeof a) => o.up + o.bad
    const byWorst = worst(a) < worst(b) ? a : b
    const byUp = a.up < b.up ? a : b
    const say = (o: typeof a, v: number) => `${o.label}, expected cost ${m(v)}`
    if (Math.abs(ev(a) - ev(b)) < 1000 || a.up === b.up || worst(a) === worst(b))
      throw new VariantError('too close to tell apart')
    return answered(rng, {
      kind: 'tree',
      ask: 'choice',
      stem: `For ${job(rng)} you must choose:\n\n- Build in-house: ${m(a.up)} up front, and a ${Math.round(a.p * 100)} % chance of ${m(a.bad)} extra rework.\n- Buy a licensed product: ${m(b.up)} up front, and a ${Math.round(b.p * 100)} % chance of ${m(b.bad)} extra integration cost.\n\nBy decision-tree analysis, which option do you recommend?`,
      in: { a, b },
      key: say(best, ev(best)),
      wrong: [
        ['other', say(other, ev(other)), 'picks the option with the higher expected cost'],
        ['no-up', say(best, best.p * best.bad), 'leaves the up-front cost out of the branch'],
        [
          'worst-case',
          say(byWorst, worst(byWorst)),
          'compares worst cases instead of expected values',
        ],
        ['up-only', say(byUp, byUp.up), 'compares only the up-front costs'],
        ['risk-only', say(other, other.p * other.bad), 'compares only the expected extra costs'],
        ['best-worst', say(best, worst(best)), 'quotes the worst case of the right option'],
      ],
    })
  }),
  family('risk-probability-impact-ranking', (rng) => {
    const names = rng.shuffle(NAMES).slice(0, 4)
    const [tp, ti] = rng.pick([
      [4, 4],
      [3, 4],
      [4, 3],
    ] as const)
    const top = tp * ti
    const hiI = { p: rng.pick([1, 2].filter((a) => a * 5 < top)), i: 5 }
    const hiP = { p: 5, i: rng.pick([1, 2].filter((b) => b * 5 < top)) }
    const low = rng.pick([
      { p: 1, i: 2 },
      { p: 2, i: 1 },
      { p: 1, i: 3 },
    ])
    const scored = rng.shuffle([
      { name: names[0]!, p: tp, i: ti },
      { name: names[1]!, ...hiI },
      { name: names[2]!, ...hiP },
      { name: names[3]!, ...low },
    ])
    const score = (r: (typeof scored)[number]) => r.p * r.i
    const ranked = [...scored].sort((x, y) => score(y) - score(x))
    const byI = [...scored].sort((x, y) => y.i - x.i || y.p - x.p)[0]!
    const byP = [...scored].sort((x, y) => y.p - x.p || y.i - x.i)[0]!
    const rows = scored.map((r) => `| ${r.name} | ${r.p} | ${r.i} |`).join('\n')
    return answered(rng, {
      kind: 'pi',
      ask: 'top',
      stem: `In the risk register of ${job(rng)}, probability and impact are each scored 1–5 and risks are ranked by probability × impact:\n\n| Risk | Probability | Impact |\n|---|---|---|\n${rows}\n\nWhich risk ranks highest?`,
      in: { scored },
      key: ranked[0]!.name,
      wrong: [
        ['impact', byI.name, 'ranks by impact alone'],
        ['probability', byP.name, 'ranks by probability alone'],
        ['lowest', ranked[3]!.name, 'reads the lowest score as the most urgent'],
      ],
    })
  }),
  ...responseRules(),
  rule('risk-owner', {
    source:
      'PMBOK Guide 6th ed. §11.2.3.1 and §11.5.3.2 (each risk has a risk owner responsible for monitoring it and carrying out the agreed response)',
    answer: 'owner',
    stem: (rng) => `In the risk register of ${job(rng)}, what does the risk owner do?`,
    keys: ['Watches the risk and runs its response', 'Monitors it and carries out the response'],
    wrong: [
      ['Pays for the risk if it happens', 'confuses ownership with financial liability'],
      ['Approves every change to the risk register', 'gives the change control board’s role'],
      ['Is whoever first identified the risk', 'ties ownership to who spotted the risk'],
      ['Is the project sponsor by default', 'thinks the sponsor owns every risk'],
    ],
  }),
  rule('secondary-risk', {
    source:
      'PMI Lexicon / PMBOK Guide 6th ed. Glossary (secondary risk: a risk that arises as a direct result of implementing a risk response)',
    answer: 'secondary',
    stem: (rng) =>
      `On ${job(rng)} you hire a second supplier to reduce dependence on the first; now the two suppliers’ parts might not fit together. What is this new risk called?`,
    keys: ['A secondary risk', 'Secondary risk, caused by the response itself'],
    wrong: [
      ['A residual risk', 'confuses it with the risk left after the response'],
      ['An issue', 'treats an uncertain event as a current problem'],
      ['A trigger', 'confuses a warning sign with a risk'],
      ['An unknown-unknown', 'calls an identified risk unidentified'],
    ],
  }),
  rule('residual-risk', {
    source:
      'PMI Lexicon / PMBOK Guide 6th ed. Glossary (residual risk: the risk that remains after risk responses have been implemented)',
    answer: 'residual',
    stem: (rng) =>
      `After adding a backup courier to ${job(rng)}, there is still a small chance both couriers fail on launch day. What is this remaining exposure called?`,
    keys: ['Residual risk', 'The residual risk', 'Residual risk, left after the response'],
    wrong: [
      ['Secondary risk, from the backup courier', 'confuses it with a risk the response created'],
      ['Accepted risk, as nothing more is done', 'names a response strategy, not what remains'],
      ['A trigger', 'confuses the warning sign with the exposure that remains'],
      ['Risk appetite', 'names the willingness to take risk, not the exposure'],
      ['Risk threshold', 'names the tolerance level, not the exposure'],
      ['Overall project risk', 'takes one risk for the whole project’s'],
    ],
  }),
  rule('workaround-unplanned', {
    source:
      'PMBOK Guide 6th ed. Glossary (workaround: an immediate and temporary response to an issue for which a prior response had not been planned or was not effective)',
    answer: 'workaround',
    stem: (rng) =>
      `On ${job(rng)} a server fails, a threat nobody had identified. You rent a cloud server that afternoon to keep testing going. What is this response?`,
    keys: ['A workaround', 'A workaround: unplanned and immediate'],
    wrong: [
      [
        'A fallback plan taken from the risk register',
        'takes it for the plan B of a planned response',
      ],
      ['A contingency plan', 'calls an unplanned reaction a planned one'],
      ['A fallback plan', 'confuses it with the plan B of a contingency plan'],
      ['Risk transfer', 'thinks renting moves the risk to a third party'],
      ['Passive acceptance', 'names doing nothing'],
    ],
  }),
  rule('issue-versus-risk', {
    source:
      'PMI Lexicon of Project Management Terms (issue: a current condition or situation that may have an impact on the project objectives; risk: an uncertain event or condition)',
    answer: 'issue',
    stem: (rng) =>
      `The supplier for ${job(rng)} has just told you the equipment will arrive two weeks late. Where does this go?`,
    keys: [
      'The issue log',
      'The issue log: it has happened',
      'The issue log, since it is no longer uncertain',
    ],
    wrong: [
      [
        'The stakeholder register, as the supplier is a stakeholder',
        'files a delivery problem under the supplier’s stakeholder entry',
      ],
      [
        'The procurement file only, as it is the supplier’s problem',
        'leaves the supplier’s delay to procurement instead of managing it',
      ],
      ['The schedule baseline, moved two weeks', 'rebaselines without change control'],
      ['The risk register, as a new threat', 'treats a current fact as an uncertain event'],
      ['The lessons learned register only', 'records it without managing it'],
      ['The change log, as an approved change', 'treats a problem as an approved change'],
      ['The assumption log, as a constraint', 'files a problem as an assumption'],
    ],
  }),
  rule('management-reserve-for-unknown-unknowns', {
    source:
      'PMBOK Guide 6th ed. §7.2.2.6 (contingency reserves for identified risks, "known-unknowns"; management reserves for unforeseen work, "unknown-unknowns")',
    answer: 'management',
    stem: (rng) =>
      `The sponsor of ${job(rng)} wants a reserve for problems no one has identified yet. Which reserve covers them?`,
    keys: ['Management reserve', 'The management reserve, held outside the cost baseline'],
    wrong: [
      ['Contingency reserve', 'puts unknown-unknowns in the reserve for identified risks'],
      ['The float on the critical path', 'confuses schedule float with a cost reserve'],
      ['The cost baseline’s estimates', 'thinks estimates already cover unidentified risks'],
      ['A fallback plan', 'confuses a reserve with a plan'],
    ],
  }),
  rule('risk-threshold', {
    source:
      'PMI Lexicon of Project Management Terms (risk threshold: the level of risk exposure above which risks are addressed and below which risks may be accepted)',
    answer: 'threshold',
    stem: (rng) =>
      `The client of ${job(rng)} says any risk with expected cost over 10,000 must get an active response; smaller ones may be accepted. What is that figure?`,
    keys: ['A risk threshold', 'The client’s risk threshold'],
    wrong: [
      ['The risk appetite of the team', 'gives the team’s willingness, not the client’s cut-off'],
      ['A risk contingency reserve', 'takes a cut-off for a sum of money set aside'],
      ['A risk trigger condition', 'confuses a cut-off with a warning sign'],
      ['The residual risk', 'names what remains after a response'],
    ],
  }),
]

function responseRules(): PjmFamily[] {
  const mk = (id: string, r: string, own: readonly string[], cross: readonly string[]) =>
    family(id, (rng) => {
      const kind = (THREAT as readonly string[]).includes(r) ? 'threat' : 'opportunity'
      const keys = EXAMPLES[r]!
      const key = rng.pick(keys)
      const wrong: [string, string][] = [
        ...own
          .filter((o) => o !== r)
          .map(
            (o) =>
              [rng.pick(EXAMPLES[o]!), `takes an example of ${said(o)} for ${said(r)}`] as [
                string,
                string,
              ],
          ),
        ...cross.map(
          (o) =>
            [
              rng.pick(EXAMPLES[o]!),
              `takes ${said(o)}, a response to the other kind of risk, for ${said(r)}`,
            ] as [string, string],
        ),
      ]
      return {
        stem: `For ${job(rng)}, which action is an example of the “${said(r)}” response to ${kind === 'opportunity' ? 'an' : 'a'} ${kind}?`,
        key,
        wrong: rng.shuffle(distinctMistakes(key, wrong)),
        facts: {
          kind: 'rule',
          answer: r,
          source: `PMBOK Guide 7th ed. §2.8.5 (${RESPONSE_SOURCE[r]})`,
          keys,
        },
      }
    })
  return [
    mk('threat-avoid', 'avoid', THREAT, ['exploit']),
    mk('threat-transfer', 'transfer', THREAT, ['share']),
    mk('threat-mitigate', 'mitigate', THREAT, ['enhance']),
    mk('threat-accept', 'accept-threat', THREAT, ['enhance']),
    mk('threat-escalate', 'escalate', THREAT, ['share']),
    mk('opportunity-exploit', 'exploit', OPPORTUNITY, ['avoid', 'mitigate']),
    mk('opportunity-share', 'share', OPPORTUNITY, ['transfer', 'escalate']),
    mk('opportunity-enhance', 'enhance', OPPORTUNITY, ['mitigate', 'avoid']),
    mk('opportunity-accept', 'accept-opportunity', OPPORTUNITY, ['mitigate', 'transfer']),
  ]
}
