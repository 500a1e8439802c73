import { choose, family, low, placed, screen, type TwFamily, withAux } from './tw-text.js'

const b = (label: string) => `**${label}**`

/**
 * Single procedure steps as the Microsoft Writing Style Guide ("Procedures") and the Google
 * developer documentation style guide ("Procedures") write them: one action, in the imperative,
 * the condition and the location before the action, the result after it in the present tense.
 * Each wrong step is a draft fault editors meet daily: the modal or passive step, two actions
 * joined into one, the condition that arrives after the reader has acted.
 */
export const STEP_FAMILIES: readonly TwFamily[] = [
  family('step-imperative-mood', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A procedure in the ${s.app} help tells the reader to press the ${s.button} button. Which step is written in the imperative mood, as both the Microsoft and Google style guides ask?`,
      key: placed(rng, s, `Select ${b(s.button)}.`),
      wrong: (
        [
          [`You should select ${b(s.button)}.`, 'a modal "you should" instead of the imperative'],
          [`${b(s.button)} should be selected.`, 'a passive step that hides who acts'],
          [`The user selects ${b(s.button)}.`, 'describes the user in the third person'],
          [`Please select ${b(s.button)}.`, 'opens the instruction with "please"'],
          [`Selecting ${b(s.button)} is the next step.`, 'describes the step as a noun phrase'],
          [`${b(s.button)}.`, 'gives the label with no verb, so no action is asked for'],
        ] as const
      ).map(([t, m]) => [placed(rng, s, t), m]),
      facts: { check: 'step' },
    })
  }),
  family('step-one-action', (rng) => {
    const s = screen(rng)
    const enter = `In the ${b(s.field)} box, enter \`${s.value}\``
    return choose(rng, {
      stem: `A draft step in the ${s.app} guide reads “Enter \`${s.value}\` in ${s.field} and then select ${s.button}.” The style sheet asks for one action per step. Which rewrite of the first step keeps to it?`,
      key: `${enter}.`,
      wrong: [
        [`${enter} and select ${b(s.button)}.`, 'joins two actions with "and"'],
        [`${enter}, then select ${b(s.button)}.`, 'chains two actions with "then"'],
        [`${enter}; select ${b(s.button)}.`, 'joins two actions with a semicolon'],
        [`Enter \`${s.value}\` and save.`, 'joins two actions with "and"'],
        [`Enter \`${s.value}\`; then save.`, 'chains two actions with a semicolon and "then"'],
        [
          `${enter}, and select ${b(s.button)} to save it.`,
          'adds a second action after a comma and "and"',
        ],
      ],
      facts: { check: 'step' },
    })
  }),
  family('step-condition-first', (rng) => {
    const s = screen(rng)
    const cond = `If the ${s.banner} banner appears`
    return choose(rng, {
      stem: `The ${s.app} guide must tell readers to select ${s.button} only when the “${s.banner}” banner is shown. Which step puts the condition where a reader meets it in time?`,
      key: `${cond}, select ${b(s.button)}.`,
      wrong: [
        [
          `Select ${b(s.button)} if the ${s.banner} banner appears.`,
          'puts the condition after the action',
        ],
        [
          `Select ${b(s.button)}. Do this only if the ${s.banner} banner appears.`,
          'states the condition in a sentence after the action',
        ],
        [
          `Select ${b(s.button)}, but only when the ${s.banner} banner appears.`,
          'adds the condition as an afterthought to the action',
        ],
        [
          `Select ${b(s.button)} (when the ${s.banner} banner appears).`,
          'puts the condition in brackets after the action',
        ],
        [`Select ${b(s.button)}.`, 'leaves out the condition, so readers always select it'],
      ],
      facts: { check: 'step', condition: s.banner },
    })
  }),
  family('step-result-after-action', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} step must tell the reader to select ${s.button} and what they then see (“${low(s.result)}”). Which version follows the style guides’ order of action, then result?`,
      key: placed(rng, s, `Select ${b(s.button)}. ${s.result}.`),
      wrong: [
        [`${s.result} when you select ${b(s.button)}.`, 'states the result before the action'],
        [
          `After you select ${b(s.button)}, ${low(withAux(s.result, 'will'))}.`,
          'subordinates the action and puts the result in the future',
        ],
        [
          `${withAux(s.result, 'will')} when you select ${b(s.button)}.`,
          'states the result first, in the future tense',
        ],
        [`${s.result}.`, 'gives the result with no action to take'],
        [`Select ${b(s.button)}.`, 'leaves out the result the reader should see'],
        [
          `Select ${b(s.button)} and ${low(s.result)}.`,
          'joins the result to the action as if it were a second action',
        ],
        [
          `After you select ${b(s.button)}, ${low(s.result)}.`,
          'turns the action into a subordinate clause of the result',
        ],
        [
          `Select ${b(s.button)}. ${withAux(s.result, 'will')}.`,
          'writes the result in the future tense',
        ],
      ],
      facts: { check: 'step', result: true },
    })
  }),
  family('step-location-first', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `The ${s.app} guide follows the Google developer documentation style guide, which asks a step to say where to act before what to do. The reader must select ${s.button} on the ${s.page} page. Which step follows it?`,
      key: `On the ${b(s.page)} page, select ${b(s.button)}.`,
      wrong: [
        [`Select ${b(s.button)} on the ${b(s.page)} page.`, 'puts the location after the action'],
        [`Select ${b(s.button)}.`, 'leaves out where the control is'],
        [
          `Select ${b(s.button)}. It is on the ${b(s.page)} page.`,
          'gives the location in a sentence after the action',
        ],
        [
          `Select ${b(s.button)}, which you can find on the ${b(s.page)} page.`,
          'tucks the location into a relative clause after the action',
        ],
      ],
      facts: { check: 'step', location: s.page },
    })
  }),
  family('step-goal-first', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `House style for the ${s.app} docs: when a step states its purpose, the purpose comes first, as “To do X, do Y.” Which step follows it?`,
      key: `To ${s.goal}, select ${b(s.button)}.`,
      wrong: [
        [`Select ${b(s.button)} to ${s.goal}.`, 'puts the purpose after the action'],
        [
          `Select ${b(s.button)}. This lets you ${s.goal}.`,
          'gives the purpose in a sentence after the action',
        ],
        [
          `Select ${b(s.button)} in order to ${s.goal}.`,
          'puts a padded purpose clause after the action',
        ],
        [
          `You can ${s.goal} by selecting ${b(s.button)}.`,
          'turns the step into a description of what the reader can do',
        ],
      ],
      facts: { check: 'step', goal: s.goal },
    })
  }),
  family('step-result-present-tense', (rng) => {
    const s = screen(rng)
    const r = s.result
    const shifted = (aux: string) => withAux(r, aux)
    return choose(rng, {
      stem: `The ${s.app} docs follow the Google developer documentation style guide: results are written in the present tense. Which step and result follow it?`,
      key: placed(rng, s, `Select ${b(s.button)}. ${r}.`),
      wrong: (
        [
          [`Select ${b(s.button)}. ${shifted('will')}.`, 'writes the result in the future tense'],
          [`Select ${b(s.button)}. ${shifted('should')}.`, 'hedges the result with "should"'],
          [`Select ${b(s.button)}. ${shifted('would')}.`, 'writes the result in the conditional'],
          [
            `Select ${b(s.button)}. ${shifted('is going to')}.`,
            'writes the result as “is going to”, a future',
          ],
          [`Select ${b(s.button)}. ${shifted('might')}.`, 'hedges the result with “might”'],
        ] as const
      ).map(([t, m]) => [placed(rng, s, t), m]),
      facts: { check: 'step' },
    })
  }),
  family('step-optional-label', (rng) => {
    const s = screen(rng)
    const act = `In the ${b(s.field)} box, enter \`${s.value}\``
    return choose(rng, {
      stem: `In the ${s.app} guide, filling in ${s.field} is optional. The Google developer documentation style guide marks such a step by starting it with “Optional:”. Which step follows it?`,
      key: `Optional: ${act}.`,
      wrong: [
        [`${act} (optional).`, 'flags the step as optional only after the action'],
        [`${act}. This step is optional.`, 'says the step is optional after the reader has acted'],
        [
          `If you want, you can enter \`${s.value}\` in the ${b(s.field)} box.`,
          'hedges the step instead of labelling it',
        ],
        [`${act}, if needed.`, 'leaves the reader to guess when the step applies'],
        [
          `Optionally, enter \`${s.value}\`.`,
          'hides the optional flag in an adverb and drops the box name',
        ],
        [`(Optional) Enter \`${s.value}\`.`, 'uses a bracketed label instead of “Optional:”'],
        [
          `In the ${b(s.field)} box, optionally enter \`${s.value}\`.`,
          'hides the optional flag in an adverb mid-step',
        ],
      ],
      facts: { check: 'optional' },
    })
  }),
]
