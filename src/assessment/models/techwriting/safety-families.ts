import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Admonitions and safety messages. ANSI Z535.6 defines the signal words by the
 * hazard: DANGER, a hazard that will result in death or serious injury; WARNING, one that could;
 * CAUTION, one that could result in minor or moderate injury; NOTICE, practices not related to
 * personal injury (property or data damage). ANSI Z535 colours them red, orange, yellow and
 * blue; ISO 3864-1 gives the colour and shape of each kind of safety sign.
 */
const HAZARDS = {
  danger: [
    'touching the exposed 11 kV busbar, which is live whenever the cabinet is open and will kill on contact',
    'entering the chamber during a purge, when the nitrogen atmosphere will asphyxiate anyone inside',
  ],
  warning: [
    'opening the charger while it is connected, which could cause a fatal electric shock',
    'lifting the 40 kg unit alone, which could cause a serious back injury',
  ],
  caution: [
    'touching the print head right after printing, which could cause a minor burn',
    'closing the lid without care, which could pinch a finger',
  ],
  notice: [
    'unplugging the recorder during a firmware update, which could corrupt the recorder’s memory',
    'restoring an old backup, which overwrites the current database (no risk of injury)',
  ],
} as const
type Level = keyof typeof HAZARDS
const WORD: Record<Level, string> = {
  danger: 'DANGER',
  warning: 'WARNING',
  caution: 'CAUTION',
  notice: 'NOTICE',
}
const WRONG_WORD: Record<Level, string> = {
  danger: 'uses DANGER, reserved for hazards that will kill or seriously injure',
  warning: 'uses WARNING, for hazards that could kill or seriously injure',
  caution: 'uses CAUTION, for minor or moderate injury',
  notice: 'uses NOTICE, for damage with no risk of injury',
}

export const SAFETY_FAMILIES: readonly TwFamily[] = [
  family('signal-word-for-hazard', (rng) => {
    const level = rng.pick(['danger', 'warning', 'caution', 'notice'] as const)
    const hazard = rng.pick(HAZARDS[level])
    const product = screen(rng).app
    return choose(rng, {
      stem: `A ${product} hardware manual follows ANSI Z535.6. Which signal word heads the message about ${hazard}?`,
      key: WORD[level],
      wrong: [
        ...(['danger', 'warning', 'caution', 'notice'] as const)
          .filter((l) => l !== level)
          .map((l) => [WORD[l], WRONG_WORD[l]] as [string, string]),
        ['NOTE', 'puts a hazard in an informational note'],
      ],
      facts: { check: 'table', level },
    })
  }),
  family('signal-word-colour', (rng) => {
    const level = rng.pick(['danger', 'warning', 'caution', 'notice'] as const)
    const colour: Record<Level, string> = {
      danger: 'Red',
      warning: 'Orange',
      caution: 'Yellow',
      notice: 'Blue',
    }
    const mix: Record<Level, string> = {
      danger: 'gives the DANGER colour to a lower level',
      warning: 'gives the WARNING colour to another level',
      caution: 'gives the CAUTION colour to another level',
      notice: 'gives the NOTICE colour to a hazard to people',
    }
    return choose(rng, {
      stem: `Under ANSI Z535.4 and Z535.6, what colour is the panel behind the signal word ${WORD[level]}?`,
      key: colour[level],
      wrong: [
        ...(['danger', 'warning', 'caution', 'notice'] as const)
          .filter((l) => l !== level)
          .map((l) => [colour[l], mix[l]] as [string, string]),
        ['Green', 'uses the colour of safety information signs'],
      ],
      facts: { check: 'table', level },
    })
  }),
  family('iso-3864-sign', (rng) => {
    const kind = rng.pick(['prohibition', 'mandatory', 'warning', 'safe'] as const)
    const meaning = {
      prohibition: 'that an action is forbidden (“Do not use water”)',
      mandatory: 'that an action must be taken (“Wear eye protection”)',
      warning: 'that a hazard is present (“Hot surface”)',
      safe: 'where the emergency exit or first aid is',
    }[kind]
    const sign = {
      prohibition: 'Red circle with a diagonal bar',
      mandatory: 'Blue filled circle',
      warning: 'Yellow triangle with a black border',
      safe: 'Green square or rectangle',
    }
    const why = {
      prohibition: 'uses the prohibition sign for another purpose',
      mandatory: 'uses the mandatory-action sign for another purpose',
      warning: 'uses the hazard-warning sign for another purpose',
      safe: 'uses the safe-condition sign for another purpose',
    }
    return choose(rng, {
      stem: `A manual reproduces ISO 7010 safety signs, whose colours and shapes ISO 3864-1 sets. Which sign tells the reader ${meaning}?`,
      key: sign[kind],
      wrong: (['prohibition', 'mandatory', 'warning', 'safe'] as const)
        .filter((k) => k !== kind)
        .map((k) => [sign[k], why[k]]),
      facts: { check: 'table', kind },
    })
  }),
  family('safety-message-content', (rng) => {
    const [hazard, harm, avoid] = rng.pick([
      [
        'Hot surface.',
        'The heater can burn your hand.',
        'Let the heater cool for 30 minutes before you open the cover.',
      ],
      [
        'Electric shock hazard.',
        'The capacitor can hold a charge after you disconnect power.',
        'Discharge the capacitor before you touch the board.',
      ],
      [
        'Moving parts.',
        'The belt can catch loose clothing and pull your hand in.',
        'Lock out the motor before you remove the guard.',
      ],
    ] as const)
    return choose(rng, {
      stem: `ANSI Z535.6 asks a safety message to state the hazard, the consequence of not avoiding it, and how to avoid it. Which WARNING message has all three?`,
      key: `WARNING: ${hazard} ${harm} ${avoid}`,
      wrong: [
        [`WARNING: ${hazard} ${harm}`, 'leaves out how to avoid the hazard'],
        [`WARNING: ${hazard} ${avoid}`, 'leaves out the consequence'],
        [`WARNING: ${harm} Be careful.`, 'replaces the avoidance step with a vague “be careful”'],
        [`WARNING: ${avoid}`, 'gives only the avoidance step'],
        [
          `WARNING: ${hazard} ${harm} Read all the safety instructions in this manual and follow them carefully at all times.`,
          'ends with a generic reminder instead of how to avoid this hazard',
        ],
      ],
      facts: { check: 'safety-parts', hazard, harm, avoid },
    })
  }),
  family('admonition-for-data-loss', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `In the ${s.app} admin guide, which follows ANSI Z535.6’s signal words, a step permanently deletes all data on the ${s.page} page. No one can be injured. Which admonition heads the message?`,
      key: 'NOTICE',
      wrong: [
        ['WARNING', 'uses a personal-injury signal word for data loss'],
        ['DANGER', 'uses the most severe injury signal word for data loss'],
        ['TIP', 'presents a loss of data as a helpful hint'],
        ['CAUTION', 'uses the minor-injury signal word for data loss'],
      ],
      facts: { check: 'table', level: 'notice' },
    })
  }),
  family('admonition-overuse', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A page of the ${s.app} guide, which follows ANSI Z535.6’s signal words, has six NOTE boxes, most repeating what the steps already say; one warns that a step deletes data. What should the editor do?`,
      key: 'Make the data-loss note a NOTICE before its step; fold the rest into the text',
      wrong: [
        [
          'Make each of the six notes a WARNING so that readers notice and read every one of them',
          'inflates the signal words until none stands out',
        ],
        [
          'Merge the six notes into one long note at the top of the page so readers see them first',
          'buries the data-loss message among hints, away from its step',
        ],
        [
          'Leave the six notes as they are, since readers can skip the ones they do not need',
          'leaves the one message that matters lost among the others',
        ],
        [
          'Delete the six notes, including the one about deleting data, since the steps cover them',
          'removes the one message readers need',
        ],
        [
          'Move the notes into a collapsible section at the bottom of the page so they do not distract',
          'hides the data-loss message far from its step',
        ],
        [
          'Turn the notes into red DANGER boxes so that readers stop and read each one',
          'inflates the signal words until none stands out',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
]
