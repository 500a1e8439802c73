import { choose, family, screen, type TwFamily } from './tw-text.js'

const b = (label: string) => `**${label}**`

/** The four step shapes a draft holds, in the order a procedure needs them, and their faults. */
const FAULTS = ['not-imperative', 'two-actions', 'condition-last', 'result-first'] as const
type Fault = (typeof FAULTS)[number]

/** What an editor who misjudges a correct step of that shape takes it for. */
const MISJUDGED: Record<Fault, string> = {
  'not-imperative': 'mistakes a correct step that names its location first for a fault',
  'two-actions': 'takes typing a value into a named box for two actions',
  'condition-last': 'takes a condition placed before the action for a fault',
  'result-first': 'takes a result sentence after the action for a second action',
}

/**
 * Finding the faulty step in a draft procedure and naming its fault, ordering steps, and the
 * list and section a procedure's parts belong in (Microsoft Writing Style Guide, "Writing
 * step-by-step instructions"; Red Hat modular documentation guidelines, procedure modules).
 */
export const DRAFT_FAMILIES: readonly TwFamily[] = [
  family('faulty-step-in-draft', (rng) => {
    const s = screen(rng)
    const fault = rng.pick(FAULTS)
    const good: Record<Fault, string> = {
      'not-imperative': `On the ${b(s.page)} page, select ${b(s.button)}.`,
      'two-actions': `In the ${b(s.field)} box, enter \`${s.value}\`.`,
      'condition-last': `If the ${s.banner} banner appears, select ${b('Dismiss')}.`,
      'result-first': `Select ${b('Save')}. ${s.result}.`,
    }
    const bad: Record<Fault, string> = {
      'not-imperative': `The ${b(s.button)} button on the ${b(s.page)} page should be selected.`,
      'two-actions': `In the ${b(s.field)} box, enter \`${s.value}\` and select ${b('Save')}.`,
      'condition-last': `Select ${b('Dismiss')} if the ${s.banner} banner appears.`,
      'result-first': `${s.result} when you select ${b('Save')}.`,
    }
    const steps = FAULTS.map((f) => (f === fault ? bad[f] : good[f]))
    const at = FAULTS.indexOf(fault)
    return choose(rng, {
      stem: `A draft procedure in the ${s.app} guide:\n\n${steps.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\nWhich step breaks the house rules for steps (imperative, one action, condition before the action, result after it)?`,
      key: `Step ${at + 1}`,
      wrong: FAULTS.filter((f) => f !== fault).map((f) => [
        `Step ${FAULTS.indexOf(f) + 1}`,
        MISJUDGED[f],
      ]),
      facts: { check: 'faulty-step', steps },
    })
  }),
  family('step-fault-name', (rng) => {
    const s = screen(rng)
    const fault = rng.pick(FAULTS)
    const step: Record<Fault, string> = {
      'not-imperative': `The ${b(s.button)} button should be selected.`,
      'two-actions': `Enter \`${s.value}\` in the ${b(s.field)} box and select ${b(s.button)}.`,
      'condition-last': `Select ${b(s.button)} if the ${s.banner} banner appears.`,
      'result-first': `${s.result} when you select ${b(s.button)}.`,
    }
    const NAME: Record<Fault, string> = {
      'not-imperative': 'It is not in the imperative mood',
      'two-actions': 'It asks for two actions in one step',
      'condition-last': 'Its condition comes after the action',
      'result-first': 'It states the result before the action',
    }
    const MISNAMED: Record<Fault, string> = {
      'not-imperative': 'misreads an imperative step as not imperative',
      'two-actions': 'counts one action as two',
      'condition-last': 'sees a misplaced condition where there is none',
      'result-first': 'sees a result before the action where there is none',
    }
    return choose(rng, {
      stem: `An editor flags this step in the ${s.app} guide: “${step[fault]}” What is the fault?`,
      key: NAME[fault],
      wrong: [
        ...FAULTS.filter((f) => f !== fault).map((f) => [NAME[f], MISNAMED[f]] as const),
        [
          'It uses bold for the interface label',
          'takes the standard bold for UI labels for a fault',
        ],
      ],
      facts: { check: 'fault-name', step: step[fault] },
    })
  }),
  family('step-order-dependencies', (rng) => {
    const s = screen(rng)
    const chain = [
      `Sign in to ${s.app}.`,
      `Go to the ${b(s.page)} page.`,
      `Select ${b(s.button)}.`,
      `Check that ${s.result.charAt(0).toLowerCase()}${s.result.slice(1)}.`,
    ]
    const shown = rng.shuffle([0, 1, 2, 3])
    const label = (order: number[]) => order.map((c) => shown.indexOf(c) + 1).join(', ')
    return choose(rng, {
      stem: `The steps of a ${s.app} procedure arrived out of order:\n\n${shown.map((c, i) => `${i + 1}. ${chain[c]}`).join('\n')}\n\nIn which order should the steps be numbered?`,
      key: label([0, 1, 2, 3]),
      wrong: [
        [label([0, 1, 3, 2]), 'checks the result before the action that produces it'],
        [label([1, 0, 2, 3]), 'goes to a page before signing in to reach it'],
        [label([0, 2, 1, 3]), 'acts on a control before going to the page it is on'],
        [label([3, 0, 1, 2]), 'puts the check first, as a prerequisite'],
      ],
      facts: { check: 'order', chain, shown },
    })
  }),
  family('warning-before-its-step', (rng) => {
    const s = screen(rng)
    const steps = [
      `Go to the ${b(s.page)} page.`,
      `WARNING: Selecting ${b('Reset all')} deletes every entry on the ${s.page} page. You cannot undo this.`,
      `Select ${b('Reset all')}.`,
      `Select ${b('Confirm')}.`,
    ]
    const shown = rng.shuffle([0, 1, 2, 3])
    const label = (order: number[]) => order.map((c) => shown.indexOf(c) + 1).join(', ')
    return choose(rng, {
      stem: `A ${s.app} procedure has these parts, out of order:\n\n${shown.map((c, i) => `${i + 1}. ${steps[c]}`).join('\n')}\n\nHouse style puts a safety message directly before the step it applies to. In which order should they appear?`,
      key: label([0, 1, 2, 3]),
      wrong: [
        [label([0, 2, 1, 3]), 'places the warning after the step it warns about'],
        [label([0, 2, 3, 1]), 'places the warning at the end, after the damage is done'],
        [label([1, 2, 0, 3]), 'selects the action before going to the page it is on'],
        [label([0, 1, 3, 2]), 'confirms before selecting the action to confirm'],
        [
          label([1, 0, 2, 3]),
          'separates the warning from its step by putting it ahead of the whole procedure',
        ],
        [label([2, 0, 1, 3]), 'acts before going to the page or reading the warning'],
      ],
      facts: { check: 'order', chain: steps, shown },
    })
  }),
  family('single-step-procedure', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} procedure module has only one step: “Select ${b(s.button)}.” The team follows the Red Hat modular documentation guidelines. How is that step formatted?`,
      key: 'As an unnumbered bullet',
      wrong: [
        ['As step 1 of a numbered list', 'numbers a procedure that has no sequence'],
        ['As a note below the introduction', 'demotes the only action to an admonition'],
        ['As a one-row table', 'puts an instruction in a reference format'],
        ['As a level-3 heading', 'turns an instruction into a heading'],
      ],
      facts: { check: 'table', steps: 1 },
    })
  }),
  family('list-type-for-content', (rng) => {
    const s = screen(rng)
    const kind = rng.pick(['sequence', 'set', 'pairs'] as const)
    const what = {
      sequence: `the five steps to ${s.goal}, which must be done in order`,
      set: `the four file formats ${s.app} can import, in no particular order`,
      pairs: `the ${s.app} settings, each with what it controls and its default value`,
    }[kind]
    const answer = {
      sequence: 'A numbered list',
      set: 'A bulleted list',
      pairs: 'A table',
    }
    const wrongs = {
      sequence: [
        ['A bulleted list', 'hides the order the steps must follow'],
        ['A table', 'turns a sequence into reference data'],
        ['A paragraph', 'buries the steps in running text'],
      ],
      set: [
        ['A numbered list', 'implies an order the items do not have'],
        ['A table', 'adds columns to a one-dimensional list'],
        ['A paragraph', 'buries items a reader scans for in running text'],
      ],
      pairs: [
        ['A numbered list', 'implies an order and loses the columns'],
        ['A bulleted list', 'crams several attributes into each bullet'],
        ['A paragraph', 'buries reference data in running text'],
      ],
    }[kind] as [string, string][]
    return choose(rng, {
      stem: `How should a technical writer present ${what}?`,
      key: answer[kind],
      wrong: [...wrongs, ['A series of headings', 'turns list items into sections']],
      facts: { check: 'table', kind },
    })
  }),
  family('prerequisite-placement', (rng) => {
    const s = screen(rng)
    const need = rng.pick([
      'an administrator account',
      `${s.app} version 4.2 or later`,
      'a verified email address',
      'the Editor role',
    ])
    return choose(rng, {
      stem: `To ${s.goal} in ${s.app}, the reader needs ${need}. Where does a procedure module (Red Hat modular documentation guidelines) say so?`,
      key: 'In a Prerequisites section before the first step',
      wrong: [
        ['In a note after the last step', 'tells readers what they needed after they have failed'],
        [
          'Inside step 3, where it is first needed',
          'springs a prerequisite on the reader mid-task',
        ],
        ['In the troubleshooting section', 'documents a requirement only as a failure'],
        ['In the release notes only', 'leaves the requirement out of the procedure'],
        [
          'In the closing paragraph of the introduction, after the overview of what the procedure achieves',
          'buries the requirement in running text the reader skims',
        ],
        [
          'In a footnote at the end of the procedure, below the verification section',
          'puts the requirement where readers look only after finishing',
        ],
      ],
      facts: { check: 'table', need },
    })
  }),
  family('verification-step', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} procedure module ends with the step to ${s.goal}. Under the Red Hat modular documentation guidelines, what does the optional Verification section give the reader?`,
      key: 'A way to confirm the procedure worked',
      wrong: [
        ['A summary of the concepts behind the task', 'puts concept content in a procedure'],
        ['The steps again, in shorter form', 'repeats the procedure as its check'],
        ['A list of related procedures', 'confuses verification with additional resources'],
        ['The permissions the reader needed', 'confuses verification with prerequisites'],
      ],
      facts: { check: 'table' },
    })
  }),
]
