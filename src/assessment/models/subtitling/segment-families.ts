import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { BREAK_MISTAKES, BREAKS, type BreakRule, ONE_LINE } from './line-break-bank.js'
import { family, job, statements } from './sub-text.js'

// Segmentation and condensation: where a two-line subtitle breaks (the Netflix English Timed Text
// Style Guide’s “Line Treatment” and the BBC Subtitle Guidelines’ “Line breaks”), and which
// condensed rendering keeps the speaker’s meaning within a stated character budget.

const lines = (t: string) => t.split(' / ')
const over = (t: string) => lines(t).some((l) => [...l].length > 42)

const breakFamily = (id: string): ScenarioFamily =>
  family(id, (rng) => {
    const c = rng.pick(BREAKS[id]!)
    const text = lines(c.key).join(' ')
    return statements(rng, {
      stem: `A subtitle of ${job(rng)} reads “${text}” and is too long for one line of 42 characters. Following the client’s guide (break at natural linguistic units, keep to 42 characters a line, prefer a bottom-heavy shape), where should the line break go? The slash marks it.`,
      ask: 'break',
      key: ['key', c.key],
      wrong: c.wrong.map(([t, r]) => {
        const rule = r as BreakRule
        const tag: BreakRule = over(t) ? 'overLimit' : rule
        const mistake =
          over(t) && rule !== 'overLimit'
            ? `${BREAK_MISTAKES[rule]}, and leaves a line over 42 characters`
            : BREAK_MISTAKES[tag]
        return [over(t) && rule !== 'overLimit' ? `${rule}+overLimit` : tag, t, mistake] as const
      }),
    })
  })

/**
 * Condensations of a line of speech for a subtitle within a stated budget: the key keeps what the
 * speaker means; each wrong rendering makes one named mistake.
 */
type Condense = 'negation' | 'detail' | 'overBudget' | 'tense' | 'adds' | 'speaker'
const CONDENSE_MISTAKES: Readonly<Record<Condense, string>> = {
  negation: 'drops the negation and reverses what the speaker says',
  detail: 'drops a name, time or figure the scene depends on',
  overBudget: 'is still over the character budget',
  tense: 'changes when the action happens',
  adds: 'adds a claim the speaker did not make',
  speaker: 'changes who does the action',
}
interface CondenseCase {
  readonly said: string
  readonly budget: number
  readonly key: string
  readonly wrong: readonly (readonly [text: string, why: Condense])[]
}
export const CONDENSE: Readonly<Record<string, readonly CondenseCase[]>> = {
  'condense-by-dropping-fillers-and-repetition': [
    {
      said: 'Well, you know, I really don’t think that we should go out there tonight, not in this weather.',
      budget: 44,
      key: 'We shouldn’t go out tonight. Not in this.',
      wrong: [
        ['We should go out tonight, in this weather.', 'negation'],
        ['We shouldn’t go out. Not in this weather.', 'detail'],
        ['I really don’t think we should go out there tonight.', 'overBudget'],
        ['We shouldn’t have gone out in this weather.', 'tense'],
      ],
    },
    {
      said: 'I mean, honestly, the thing is, Sarah never actually signed the contract, did she?',
      budget: 42,
      key: 'Sarah never signed the contract, right?',
      wrong: [
        ['Sarah signed the contract, right?', 'negation'],
        ['She never signed it, right?', 'detail'],
        ['Honestly, Sarah never actually signed the contract?', 'overBudget'],
        ['You never signed the contract, Sarah?', 'speaker'],
      ],
    },
  ],
  'condense-by-simpler-wording': [
    {
      said: 'I’m afraid I’m going to have to ask you to leave the building before six o’clock.',
      budget: 42,
      key: 'Please leave the building by six.',
      wrong: [
        ['Out of the building, please.', 'detail'],
        ['I must ask you to leave the building before six o’clock.', 'overBudget'],
        ['You had to be out of the building by six.', 'tense'],
        ['Leave by six, or security will remove you.', 'adds'],
      ],
    },
    {
      said: 'At this point in time we are not in a position to confirm the number of people who were injured.',
      budget: 44,
      key: 'We can’t confirm how many were injured yet.',
      wrong: [
        ['The number of injured is now confirmed.', 'negation'],
        ['At present we are not able to confirm the number of injured.', 'overBudget'],
        ['Nobody died, but the injuries are unclear.', 'adds'],
        ['Police can’t confirm the number of injured.', 'speaker'],
        ['We could not confirm the number of injured.', 'tense'],
      ],
    },
  ],
  'condense-questions-and-requests': [
    {
      said: 'Could you possibly tell me where I might be able to find the nearest train station?',
      budget: 40,
      key: 'Where’s the nearest train station?',
      wrong: [
        ['Could you tell me where the nearest train station is?', 'overBudget'],
        ['I found the nearest train station.', 'adds'],
        ['Where was the nearest train station?', 'tense'],
        ['Can you find the nearest train station?', 'speaker'],
      ],
    },
    {
      said: 'I want you to go upstairs right now and tell your brother that dinner is ready.',
      budget: 40,
      key: 'Go and tell your brother dinner’s ready.',
      wrong: [
        ['Tell your brother dinner was ready.', 'tense'],
        ['Go upstairs and tell your brother that dinner is ready now.', 'overBudget'],
        ['Your brother says dinner’s ready.', 'speaker'],
        ['Tell your brother he’s late for dinner.', 'adds'],
      ],
    },
  ],
  'condense-by-dropping-forms-of-address': [
    {
      said: 'Mrs Patterson, I have to tell you, Mrs Patterson, that your son did not come to school today.',
      budget: 36,
      key: 'Your son wasn’t in school today.',
      wrong: [
        ['Your boy came to class today.', 'negation'],
        ['Your son missed school.', 'detail'],
        ['Mrs Patterson, your son did not come to school today.', 'overBudget'],
        ['Your son will miss school today.', 'tense'],
        ['My son didn’t come to school today.', 'speaker'],
      ],
    },
    {
      said: 'Listen, Captain, sir, the engine room is flooding and we have maybe ten minutes left.',
      budget: 46,
      key: 'The engine room’s flooding. Maybe 10 minutes.',
      wrong: [
        ['The engine room flooded 10 minutes ago.', 'tense'],
        ['Engine room flooding. Not long left.', 'detail'],
        ['Captain, sir, the engine room is flooding, maybe ten minutes left.', 'overBudget'],
        ['We flooded the engine room. 10 minutes left.', 'speaker'],
      ],
    },
  ],
  'condense-reported-speech-and-numbers': [
    {
      said: 'The doctor told me that I would need to come back in about three weeks for another test.',
      budget: 42,
      key: 'The doctor wants me back in 3 weeks.',
      wrong: [
        ['The doctor wants me back for another test.', 'detail'],
        ['The doctor said I’d need to come back in three weeks for a test.', 'overBudget'],
        ['I wanted the doctor back in 3 weeks.', 'speaker'],
        ['The doctor saw me 3 weeks ago.', 'tense'],
        ['The doctor says I’m fine for 3 weeks.', 'adds'],
        ['The doctor wants me back in a few weeks.', 'detail'],
      ],
    },
    {
      said: 'He said that he had not seen his brother since the wedding, which was over ten years ago.',
      budget: 46,
      key: 'He hasn’t seen his brother in over 10 years.',
      wrong: [
        ['He has seen his brother in the last 10 years.', 'negation'],
        ['He hasn’t seen his brother since the wedding over ten years ago.', 'overBudget'],
        ['He hasn’t seen his brother in years.', 'detail'],
        ['His brother refused to see him for 10 years.', 'adds'],
      ],
    },
  ],
}

const condenseFamily = (id: string): ScenarioFamily =>
  family(id, (rng) => {
    const c = rng.pick(CONDENSE[id]!)
    return statements(rng, {
      stem: `The speaker says: “${c.said}” The time allows at most ${c.budget} characters, spaces included. Which subtitle keeps the meaning within the budget?`,
      ask: `condense:${c.budget}`,
      key: ['key', c.key],
      wrong: c.wrong.map(([t, why]) => [why, t, CONDENSE_MISTAKES[why]] as const),
    })
  })

/** Netflix English Timed Text Style Guide, “Line Treatment”: keep text on one line unless it exceeds the limit. */
export const ONE_LINE_FAMILY = family('keep-short-subtitles-on-one-line', (rng) => {
  const c = rng.pick(ONE_LINE)
  return statements(rng, {
    stem: `A subtitle of ${job(rng)} reads “${c.key}”. The client’s guide allows 42 characters a line and two lines, breaks at natural linguistic units, and keeps text to one line unless it exceeds the limit. How should it be laid out? A slash marks a line break.`,
    ask: 'oneLine',
    key: ['key', c.key],
    wrong: c.wrong.map(([t, rule]) =>
      rule === 'fits'
        ? (['fits', t, 'breaks a subtitle that fits on one line'] as const)
        : ([
            `${rule}+fits`,
            t,
            `${BREAK_MISTAKES[rule]}, in a subtitle that fits on one line`,
          ] as const),
    ),
  })
})

export const SEGMENT_FAMILIES: readonly ScenarioFamily[] = [
  ...Object.keys(BREAKS).map(breakFamily),
  ...Object.keys(CONDENSE).map(condenseFamily),
]
