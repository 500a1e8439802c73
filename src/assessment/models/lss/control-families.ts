import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, classify, client, family, figures, qty, statements, worked } from './lss-text.js'

// Control and improve: FMEA risk priority number RPN = severity × occurrence × detection, each
// on a 1–10 scale (AIAG FMEA 4th ed.; the AIAG-VDA 2019 action priority table is not used: each
// stem states its own priority rule), Shingo's poka-yoke setting methods (Zero Quality Control:
// Source Inspection and the Poka-yoke System, 1986: contact, fixed-value, motion-step) against
// judgment inspection, and the content of control plans and pilots (AIAG APQP and Control
// Plan, 2nd ed.; ASQ Green Belt body of knowledge, Improve and Control).

const MODES = [
  'label missing',
  'wrong torque',
  'seal leaks',
  'cracked housing',
  'wrong part fitted',
  'late shipment',
  'data keyed wrongly',
] as const

interface Mode {
  readonly name: string
  readonly s: number
  readonly o: number
  readonly d: number
}
const modes = (rng: Rng): Mode[] =>
  rng
    .shuffle([...MODES])
    .slice(0, 5)
    .map((name) => ({ name, s: rng.int(2, 10), o: rng.int(1, 9), d: rng.int(1, 9) }))
const table = (ms: readonly Mode[]) =>
  ms.map((m) => `${m.name} (S ${m.s}, O ${m.o}, D ${m.d})`).join('; ')
const top = (ms: readonly Mode[], f: (m: Mode) => number) =>
  ms.reduce((b, m) => (f(m) > f(b) ? m : b)).name
const rpn = (m: Mode) => m.s * m.o * m.d
const ratings = (ms: readonly Mode[]) =>
  Object.fromEntries(
    ms.flatMap((m, i) => [
      [`s${i}`, m.s],
      [`o${i}`, m.o],
      [`d${i}`, m.d],
    ]),
  )

const POKA_YOKE = classify(
  'poka-yoke',
  {
    'Contact method': {
      names: ['Contact method', 'Contact-type poka-yoke', 'Contact (physical shape) method'],
      gloss: 'detects an error from a part’s shape, size or position',
      cases: [
        'a guide pin on the fixture means the bracket only seats when it faces the right way',
        'a limit switch checks that the part is touching the stop before the press can cycle',
      ],
    },
    'Fixed-value method': {
      names: [
        'Fixed-value method',
        'Fixed-value (constant number) method',
        'Constant-number poka-yoke',
      ],
      gloss: 'checks that a set number of parts or moves has been made',
      cases: [
        'each kit tray holds exactly six screws, so a screw left over shows one was missed',
        'a counter on the nut runner will not release the part until all eight nuts are tightened',
      ],
    },
    'Motion-step method': {
      names: ['Motion-step method', 'Motion-step (sequence) method', 'Sequence poka-yoke'],
      gloss: 'checks that the steps are done in the right order',
      cases: [
        'light sensors on the bins check that the parts are picked in the order of the assembly steps',
        'the system will not print the label until the weigh and scan steps have been done in sequence',
      ],
    },
    'Judgment inspection': {
      names: [
        'Judgment inspection',
        'Sorting (judgment) inspection',
        'Inspection to sort out defects',
      ],
      gloss: 'only sorts good from bad after the fact, which Shingo contrasts with poka-yoke',
      cases: [
        'an inspector at the end of the line checks every finished unit and scraps the bad ones',
        'a clerk reviews completed forms at the end of the day and returns the faulty ones',
      ],
    },
  },
  (rng, c) => `Mistake-proofing at ${client(rng)}: ${c}. In Shingo's terms, what is this?`,
)

export const CONTROL_FAMILIES: readonly ScenarioFamily[] = [
  ...POKA_YOKE,
  family('fmea-highest-rpn', (rng) => {
    for (let t = 0; ; t++) {
      const ms = modes(rng)
      const key = top(ms, rpn)
      const wrong = [
        ['severity', top(ms, (m) => m.s * 1000 + rpn(m)), 'ranks by severity alone'],
        [
          'sum',
          top(ms, (m) => m.s + m.o + m.d),
          'adds the three ratings instead of multiplying them',
        ],
        ['occurrence', top(ms, (m) => m.o * 1000 + rpn(m)), 'ranks by occurrence alone'],
        [
          'detection',
          top(ms, (m) => (11 - m.d) * 1000 + rpn(m)),
          'reads a low detection rating as the risk, when a high one is',
        ],
      ] as const
      const tied = ms.filter((m) => rpn(m) === rpn(ms.find((x) => x.name === key)!)).length > 1
      if ((tied || new Set([key, ...wrong.map(([, w]) => w)]).size < 4) && t < 500) continue
      return worked(rng, {
        stem: `A process FMEA at ${client(rng)} rates five failure modes on 1–10 scales: ${table(ms)}. Ranking by risk priority number (S × O × D), which failure mode comes first?`,
        in: ratings(ms),
        key,
        wrong,
      })
    }
  }),
  family('fmea-rpn-after-action', (rng) => {
    const s = rng.int(5, 10)
    const o = rng.int(4, 9)
    const d = rng.int(4, 9)
    const o2 = rng.int(1, o - 1)
    const d2 = rng.int(1, d - 1)
    return figures(rng, qty('RPN'), {
      stem: `An FMEA line at ${client(rng)} reads S ${s}, O ${o}, D ${d}. The team adds a sensor and a poka-yoke; the revised ratings are O ${o2} and D ${d2}, severity unchanged since the effect is the same. What is the new RPN?`,
      in: { s, o, d, o2, d2 },
      key: s * o2 * d2,
      wrong: [
        ['old', s * o * d, 'keeps the original RPN'],
        ['sum', s + o2 + d2, 'adds the ratings instead of multiplying'],
        ['oOnly', s * o2 * d, 'updates occurrence but not detection'],
        ['dOnly', s * o * d2, 'updates detection but not occurrence'],
      ],
    })
  }),
  family('fmea-stated-priority-rule', (rng) => {
    for (let t = 0; ; t++) {
      const ms = modes(rng)
      const c = rng.int(0, 3)
      ms[c] = { ...ms[c]!, s: rng.int(9, 10), o: rng.int(1, 3), d: rng.int(1, 3) }
      const crit = ms.filter((m) => m.s >= 9)
      const key = top(crit, rpn)
      const wrong = [
        ['rpn', top(ms, rpn), 'ranks by RPN alone, ignoring the severity rule'],
        ['occurrence', top(ms, (m) => m.o * 1000 + rpn(m)), 'ranks by occurrence alone'],
        [
          'sum',
          top(ms, (m) => m.s + m.o + m.d),
          'adds the three ratings instead of applying the rule',
        ],
        [
          'lowDetect',
          top(ms, (m) => (11 - m.d) * 1000 + rpn(m)),
          'reads a low detection rating as the risk',
        ],
      ] as const
      const tied = crit.filter((m) => rpn(m) === rpn(crit.find((x) => x.name === key)!)).length > 1
      if ((tied || new Set([key, ...wrong.map(([, w]) => w)]).size < 4) && t < 500) continue
      return worked(rng, {
        stem: `${Client(rng)}'s FMEA procedure says: act first on any failure mode with severity 9 or 10, the highest RPN among them if several; otherwise on the highest RPN. Ratings: ${table(ms)}. Which failure mode is acted on first?`,
        in: ratings(ms),
        key,
        wrong,
      })
    }
  }),
  family('control-plan-reaction', (rng) =>
    statements(rng, {
      stem: `A Green Belt drafts the control plan for the improved process at ${client(rng)}. For the fill-weight characteristic, what goes in the reaction plan column?`,
      key: rng.pick([
        'What to do when the chart signals: contain, correct, report',
        'Steps on an out-of-control point: quarantine, fix, record',
        'Who acts, and how, when a point falls outside the control limits: contain the suspect product, correct the filler and record it',
        'Actions on a signal',
      ]),
      wrong: [
        [
          'The specification limits and the nominal fill weight',
          'belongs in the specification column',
        ],
        [
          'The gauge used, its resolution and its last gage R&R result',
          'belongs in the measurement technique column',
        ],
        [
          'How many bottles are sampled and how often, such as five every hour',
          'belongs in the sample size and frequency column',
        ],
        [
          'The project’s savings and the sponsor’s sign-off for closing it',
          'belongs in the project close-out, not the control plan',
        ],
        ['Control limits', 'belongs in the control method column, not the reaction plan'],
        [
          'The root-cause analysis of why fill weights drifted before the project, with the fishbone and the hypothesis tests that confirmed it',
          'belongs in the project’s Analyze record, not the control plan',
        ],
        [
          'The process step, machine and characteristic number the row covers',
          'belongs in the process and characteristic columns',
        ],
      ],
    }),
  ),
  family('pilot-design', (rng) =>
    statements(rng, {
      stem: `${Client(rng)} will change its order-entry procedure on all ten teams. How should the Green Belt pilot the change?`,
      key: rng.pick([
        'Try it on one or two teams first, measuring the baseline Y',
        'Pilot on a small, representative part, then decide from data',
        'Pilot it on two typical teams for a few weeks, comparing their Y with the baseline',
        'Pilot on two typical teams, measuring the Y before and after',
      ]),
      wrong: [
        [
          'Roll it out to all ten teams at once so results come in faster',
          'skips the pilot and risks the whole process',
        ],
        [
          'Pilot on the best-performing team, since it adapts most easily',
          'picks an unrepresentative pilot group',
        ],
        [
          'Run the pilot and judge it by how the team feels about it',
          'judges the pilot without measuring the project Y',
        ],
        [
          'Pilot for one day so the teams are disturbed as little as possible',
          'runs too short to see normal variation',
        ],
        [
          'Pilot it on two typical teams, and judge it by whether they like it',
          'judges the pilot by opinion instead of the measured Y',
        ],
        [
          'Pilot on two typical teams for a few weeks, with no baseline to compare',
          'has no baseline, so the effect cannot be measured',
        ],
        [
          'Pilot it on the team with the fewest orders, to keep the risk low',
          'picks a low-volume team that cannot show the effect',
        ],
      ],
    }),
  ),
  family('mistake-proofing-hierarchy', (rng) =>
    statements(rng, {
      stem: `Operators at ${client(rng)} sometimes fit a connector upside down. Which mistake-proofing option is the strongest?`,
      key: rng.pick([
        'Redesign the connector so it cannot physically fit upside down',
        'Make the connector asymmetric so a wrong fit is impossible',
      ]),
      wrong: [
        [
          'Add a camera check after assembly that flags a reversed connector',
          'detects the error after it happens instead of preventing it',
        ],
        [
          'Retrain the operators and post a reminder sign at the station',
          'relies on people remembering',
        ],
        [
          'Add a second operator to inspect every connector by eye',
          'adds inspection, which misses errors and costs labour',
        ],
        [
          'Sample five units an hour and audit them for reversed connectors',
          'relies on sampling, which lets defects through',
        ],
        [
          'Add a warning label on the connector showing which way is up',
          'relies on people noticing a warning',
        ],
      ],
    }),
  ),
  family('handover-to-process-owner', (rng) =>
    statements(rng, {
      stem: `A freelance Green Belt is about to close a project at ${client(rng)}. What must be in place before the handover to the process owner?`,
      key: rng.pick([
        'A control plan, updated procedures and trained staff',
        'An owner watching the Y on a chart, with a reaction plan',
      ]),
      wrong: [
        [
          'The Green Belt stays on the team indefinitely to keep the gains',
          'leaves the gain dependent on the consultant',
        ],
        [
          'A final report filed with the sponsor, the process unchanged',
          'closes without controls to sustain the gain',
        ],
        [
          'A new round of root-cause analysis to find further causes',
          'restarts Analyze instead of closing Control',
        ],
        ['A celebration and a bonus for the team', 'recognises the team but sets no controls'],
        [
          'The project’s savings signed off by finance, and nothing else',
          'counts savings without controls to sustain them',
        ],
      ],
    }),
  ),
]
