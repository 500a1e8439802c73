import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cited, family, figures, unit, worked } from './ba-text.js'

// BPMN process models: what exclusive, parallel and inclusive gateways do to tokens, loops,
// elapsed and expected times, handoffs between swimlanes, and which connector or gateway a
// modeller draws. Each drawn process is also written as `flow` (edges `from>to`, a gateway's
// kind by its first letter: x exclusive, p parallel, o inclusive; `?` and flags for a
// condition's value at each evaluation, `?d` the default flow), which the key test runs in a
// token simulator of its own.

const TASKS = [
  'Check credit',
  'Pack goods',
  'Book courier',
  'Send invoice',
  'Update stock',
  'Notify customer',
  'Customs forms',
  'Quality check',
] as const
const tasks = (rng: Rng, n: number) => rng.shuffle([...TASKS]).slice(0, n)
const _times = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`
const list = (xs: readonly string[]) => (xs.length === 0 ? 'no branch task' : xs.join(', '))

/** BPMN 2.0 connecting objects by what joins what. */
const CONNECTORS = {
  'Sequence flow': [
    'from a task in the Sales lane to a task in the Finance lane of the same pool',
    'from one task to the next task in the same lane',
  ],
  'Message flow': [
    'from a task in the Customer pool to a task in the Supplier pool',
    'from the Bank pool to the intermediate message event in the Shop pool',
  ],
  Association: [
    'from a text annotation to the task it explains',
    'from a comment box to the gateway it describes',
  ],
  'Data association': [
    'from the “Order” data object to the task that reads it',
    'from a task to the data store it writes to',
  ],
} as const
const CONNECTOR_SLIPS: Record<keyof typeof CONNECTORS, string> = {
  'Sequence flow': 'draws a sequence flow wherever one step leads to another, even across pools',
  'Message flow': 'draws a message flow whenever work passes between two teams',
  Association: 'uses an association for anything that is not a flow of work',
  'Data association': 'treats any attached artefact as data',
}

/** BPMN 2.0 gateways by the behaviour a modeller must draw. */
const GATEWAYS = {
  'Exclusive gateway': [
    'Exactly one of three paths is taken, chosen by the order’s value band.',
    'Approved claims go to payment and rejected ones to the letter step, never both.',
  ],
  'Parallel gateway': [
    'After an order is accepted, packing and invoicing always both start, with no condition.',
    'Three reviews always run at the same time and all must finish before sign-off.',
  ],
  'Inclusive gateway': [
    'Any combination of the credit, customs and hazard checks runs, depending on which of their conditions hold.',
    'One or more notifications (email, SMS, letter) go out, each if the customer opted in to it.',
  ],
  'Event-based gateway': [
    'After sending a quote, the process waits for either the customer’s reply or a 7-day timeout, whichever happens first.',
    'The process waits for the payment message or a cancellation message and follows whichever arrives first.',
  ],
} as const
const GATEWAY_SLIPS: Record<keyof typeof GATEWAYS, string> = {
  'Exclusive gateway': 'uses an exclusive gateway for any branching',
  'Parallel gateway': 'uses a parallel gateway whenever several paths appear',
  'Inclusive gateway': 'uses an inclusive gateway whenever conditions are involved',
  'Event-based gateway': 'uses an event-based gateway whenever the process waits',
}

function bank<T extends Record<string, readonly string[]>>(
  id: string,
  table: string,
  b: T,
  slips: Record<keyof T, string>,
  stem: (situation: string) => string,
): ScenarioFamily {
  return family(id, (rng) => {
    const labels = Object.keys(b) as (keyof T & string)[]
    const label = rng.pick(labels)
    const text = rng.pick(b[label]!)
    return cited(rng, {
      stem: stem(text),
      table,
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, slips[l]] as const),
    })
  })
}

/** BPMN 2.0 events (10.5) by the behaviour they model. */
const EVENTS = {
  'Message start event': [
    'The process begins when a customer’s order email arrives.',
    'A new instance starts each time the bank sends a payment notice.',
  ],
  'Timer start event': [
    'The process begins on the first working day of every month.',
    'Every night at 02:00 a new reconciliation run starts.',
  ],
  'Timer intermediate event': [
    'After sending the quote, the process waits 48 hours before the reminder step.',
    'Once the goods ship, the flow pauses for 14 days before the satisfaction survey.',
  ],
  'Message end event': [
    'The process finishes by sending the supplier a confirmation.',
    'The instance ends by notifying the customer that the claim is closed.',
  ],
} as const
const EVENT_SLIPS: Record<keyof typeof EVENTS, string> = {
  'Message start event': 'uses a message event for anything involving a message, wherever it sits',
  'Timer start event': 'uses a timer start event for anything involving time',
  'Timer intermediate event': 'uses an intermediate timer for anything scheduled',
  'Message end event': 'uses a message end event for any notification',
}

export const PROCESS_FAMILIES: readonly ScenarioFamily[] = [
  bank(
    'bpmn-event-choice',
    'bpmn-event',
    EVENTS,
    EVENT_SLIPS,
    (s) => `Modelling in BPMN 2.0: “${s}” Which event models it?`,
  ),
  bank(
    'bpmn-connector-choice',
    'bpmn-connector',
    CONNECTORS,
    CONNECTOR_SLIPS,
    (s) =>
      `In a BPMN 2.0 collaboration diagram you must draw a connector ${s}. Which connector is correct?`,
  ),
  bank(
    'bpmn-gateway-choice',
    'bpmn-gateway',
    GATEWAYS,
    GATEWAY_SLIPS,
    (s) => `You are modelling this behaviour in BPMN 2.0: “${s}” Which gateway splits the flow?`,
  ),
  family('exclusive-split-parallel-join', (rng) => {
    const [first, b, c, after] = tasks(rng, 4) as [string, string, string, string]
    const flow = [
      `start>${first}`,
      `${first}>x1`,
      `x1>${b}?1`,
      `x1>${c}?d`,
      `${b}>p2`,
      `${c}>p2`,
      `p2>${after}`,
      `${after}>end`,
    ]
    return worked(rng, {
      stem: `A process: “${first}”, then an exclusive gateway sends the order to either “${b}” or “${c}” (the condition for “${b}” holds); both paths lead into a parallel gateway that joins them, followed by “${after}” and the end event. What happens in this instance?`,
      in: { flow: flow.join(';'), task: after },
      key: `The join deadlocks; “${after}” never runs`,
      wrong: [
        [
          'passOne',
          `“${after}” runs once, after “${b}”`,
          'reads the parallel join as passing the first token that arrives',
        ],
        [
          'both',
          `“${after}” runs once, after both “${b}” and “${c}” have run`,
          'reads the exclusive split as starting both paths',
        ],
        [
          'twice',
          `“${after}” runs twice`,
          'reads the parallel join as a merge that passes every token',
        ],
        [
          'restarts',
          `“${b}” runs, then the instance goes back to the split for “${c}”`,
          'thinks the join sends the token back for the missing path',
        ],
        [
          'skips',
          `The instance ends at the join without “${after}”`,
          'thinks an unmatched join ends the instance normally',
        ],
      ],
    })
  }),
  family('inclusive-split-branches', (rng) => {
    const [a, b, c, dflt] = tasks(rng, 4) as [string, string, string, string]
    const conds = [
      ['the amount is over 1,000', a],
      ['the destination is abroad', b],
      ['the goods are fragile', c],
    ] as const
    const truth = conds.map(() => rng.next() < 0.45)
    const on = conds.filter((_, k) => truth[k]).map(([, t]) => t)
    const flow = [
      `start>o1`,
      ...conds.map(([, t], k) => `o1>${t}?${truth[k] ? 1 : 0}`),
      `o1>${dflt}?d`,
      ...[a, b, c, dflt].map((t) => `${t}>o2`),
      'o2>end',
    ]
    const facts = conds
      .map(([w], k) => (truth[k] ? w : w.replace(' is ', ' is not ').replace(' are ', ' are not ')))
      .join('; ')
    return worked(rng, {
      stem: `An inclusive (OR) gateway has outgoing flows to “${a}” if the amount is over 1,000, to “${b}” if the destination is abroad, to “${c}” if the goods are fragile, and a default flow to “${dflt}”. For this order, ${facts}. Which tasks run?`,
      in: { flow: flow.join(';') },
      key: list(on.length ? on : [dflt]),
      wrong: [
        [
          'firstOnly',
          list(on.length ? [on[0]!] : [dflt]),
          'takes only the first true condition, as an exclusive gateway would',
        ],
        ['all', list([a, b, c]), 'starts every branch, as a parallel gateway would'],
        [
          'withDefault',
          list([...on, dflt]),
          'runs the default flow as well as the true conditions',
        ],
        [
          'none',
          on.length ? list([dflt]) : 'No task: the instance stops at the gateway',
          on.length
            ? 'takes the default flow whatever the conditions'
            : 'thinks no flow leaves when every condition is false',
        ],
      ],
    })
  }),
  family('exclusive-split-first-true', (rng) => {
    const lo = rng.int(2, 9) * 100
    const hi = lo * rng.int(3, 6)
    const v = hi + rng.int(1, 9) * 50
    const [m, d, auto] = ['Manager approval', 'Director approval', 'Auto-approve']
    const flows = rng.shuffle([
      [`amount > ${lo}`, m, v > lo],
      [`amount > ${hi}`, d, v > hi],
    ] as [string, string, boolean][])
    const first = flows.find(([, , t]) => t)?.[1] ?? auto
    const last = [...flows].reverse().find(([, , t]) => t)?.[1] ?? auto
    const flow = [
      'start>x1',
      ...flows.map(([, t, on]) => `x1>${t}?${on ? 1 : 0}`),
      `x1>${auto}?d`,
      ...[m, d, auto].map((t) => `${t}>x2`),
      'x2>end',
    ]
    return worked(rng, {
      stem: `An exclusive gateway’s outgoing flows are evaluated in this order: “${flows[0]![0]}” to ${flows[0]![1]}, “${flows[1]![0]}” to ${flows[1]![1]}, and a default flow to ${auto}. A claim of ${v} arrives. Following BPMN 2.0 (the first condition that holds is taken), which task runs?`,
      in: { flow: flow.join(';') },
      key: first,
      wrong: [
        ['last', last, 'takes the last condition that holds'],
        ['strictest', d, 'takes the strictest condition that holds'],
        [
          'both',
          `${m} and ${d}`,
          'starts every flow whose condition holds, as an inclusive gateway would',
        ],
        ['default', auto, 'takes the default flow when more than one condition holds'],
      ],
    })
  }),
  family('boundary-timer-on-a-task', (rng) => {
    const t = rng.int(2, 12)
    const d = t + rng.pick([-1, 1, 2, 3]) * rng.int(1, Math.max(1, t - 1))
    const interrupting = rng.pick([true, false])
    const done = d <= t
    const say = (finish: boolean, esc: boolean) =>
      `${finish ? '“Approve credit” completes' : '“Approve credit” is cancelled'}; ${esc ? '“Escalate to manager” runs' : '“Escalate to manager” does not run'}`
    return worked(rng, {
      stem: `The task “Approve credit” has ${interrupting ? 'an interrupting' : 'a non-interrupting'} timer boundary event set to ${t} hours, leading to “Escalate to manager”. The approval takes ${d} hours this time. What happens?`,
      in: { t, d, interrupting: interrupting ? 1 : 0 },
      key: say(done || !interrupting, !done),
      wrong: [
        [
          'kind',
          say(done || interrupting, !done),
          interrupting ? 'reads the timer as non-interrupting' : 'reads the timer as interrupting',
        ],
        [
          'alwaysFires',
          say(done || !interrupting, true),
          'thinks the timer fires even when the task ends first',
        ],
        ['neverFires', say(true, false), 'thinks a boundary timer only records a breach'],
        [
          'cancelsAnyway',
          say(false, !done),
          'thinks reaching the boundary event cancels the task in any case',
        ],
        // Only drawn apart from the key when the task ends first: the durations compared the
        // wrong way round, and the timer then read as cancelling the task.
        [
          'startsEarly',
          say(false, true),
          interrupting
            ? 'compares the durations the wrong way round, so the timer fires first'
            : 'thinks the timer fires first and, like an interrupting one, cancels the task',
        ],
        [
          'noEscalation',
          say(false, false),
          interrupting
            ? 'thinks cancelling the task ends the instance, so the escalation never starts'
            : 'reads the timer as interrupting and thinks the cancelled task ends the instance',
        ],
      ],
    })
  }),
  family('exclusive-expected-time', (rng) => {
    const p = rng.pick([0.1, 0.2, 0.25, 0.3, 0.4])
    const [a, b, c, d] = [rng.int(5, 30), rng.int(20, 90), rng.int(5, 30), rng.int(5, 20)]
    const r = (x: number) => Math.round(x * 10) / 10
    return figures(rng, unit('minutes', 1), {
      stem: `Each claim gets “Register” (${a} min); an exclusive gateway sends ${Math.round(p * 100)}% of claims to “Investigate” (${b} min) and the rest to “Fast-track” (${c} min); every claim then gets “Close” (${d} min). What is the expected handling time per claim, to one decimal place?`,
      in: { p, a, b, c, d },
      key: r(a + p * b + (1 - p) * c + d),
      wrong: [
        ['both', r(a + b + c + d), 'adds both branches as if every claim took both'],
        ['unweighted', r(a + (b + c) / 2 + d), 'averages the branches without their shares'],
        ['longest', r(a + Math.max(b, c) + d), 'takes the longer branch'],
        ['swapped', r(a + (1 - p) * b + p * c + d), 'applies the shares to the wrong branches'],
      ],
    })
  }),
  family('swimlane-handoffs', (rng) => {
    const lanes = rng.shuffle([
      'Sales',
      'Finance',
      'Warehouse',
      'Customer service',
      'Credit control',
    ])
    const n = rng.int(7, 10)
    const seq: string[] = []
    for (let k = 0; k < n; k++) seq.push(k > 0 && rng.next() < 0.35 ? seq[k - 1]! : rng.pick(lanes))
    const changes = seq.filter((l, k) => k > 0 && l !== seq[k - 1]).length
    const distinct = new Set(seq).size
    return figures(rng, (v) => `${v} ${v === 1 ? 'handoff' : 'handoffs'}`, {
      stem: `A process map has ${n} tasks in sequence, in these swimlanes: ${seq.join(' → ')}. Counting a handoff each time work passes from one lane to another, how many handoffs are there?`,
      in: { seq: seq.join('|') },
      key: changes,
      wrong: [
        ['lanes', distinct, 'counts the lanes used'],
        ['lanesMinusOne', distinct - 1, 'counts one handoff per lane after the first'],
        ['steps', n - 1, 'counts every step between tasks as a handoff'],
        ['lanesEntered', changes + 1, 'counts entering the first lane as a handoff too'],
        [
          'returnsOnly',
          changes -
            seq.filter((l, k) => k > 0 && l !== seq[k - 1] && seq.slice(0, k - 1).includes(l))
              .length,
          'counts only handoffs into lanes not used before',
        ],
        [
          'returnsBack',
          seq.filter((l, k) => k > 0 && l !== seq[k - 1] && seq.slice(0, k - 1).includes(l)).length,
          'counts only the handoffs back into a lane used before, as rework',
        ],
      ],
    })
  }),
]
