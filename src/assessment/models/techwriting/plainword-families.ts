import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Plain language in instructions: short common words (the US Federal Plain Language Guidelines'
 * word list: "use" for "utilize", "to" for "in order to", "before" for "prior to"), verbs rather
 * than nominalisations, positive instructions rather than double negatives, and English words for
 * Latin abbreviations (the Microsoft and Google guides: "for example", not "e.g.").
 */
export const PLAINWORD_FAMILIES: readonly TwFamily[] = [
  family('plain-words-in-steps', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `The ${s.app} guide follows the Federal Plain Language Guidelines’ list of simple words. Which sentence does?`,
      key: `Before you ${s.goal}, use the ${s.page} page to check your settings.`,
      wrong: [
        [
          `Prior to attempting to ${s.goal}, utilize the ${s.page} page to check your settings.`,
          'uses “prior to” and “utilize” where “before” and “use” exist',
        ],
        [
          `In order to ${s.goal}, utilize the ${s.page} page to check your settings first.`,
          'uses “in order to” and “utilize”',
        ],
        [
          `Before you ${s.goal}, it is incumbent upon you to verify your settings on the ${s.page} page.`,
          'uses a legal-sounding phrase where “you must” exists',
        ],
        [
          `Subsequent to checking your settings on the ${s.page} page, you may commence to ${s.goal}.`,
          'uses “subsequent to” and “commence” where “after” and “start” exist',
        ],
        [`Utilize the ${s.page} page first.`, 'uses “utilize” where “use” exists'],
        [`Commence on the ${s.page} page.`, 'uses “commence” where “start” exists'],
      ],
      facts: { check: 'plain' },
    })
  }),
  family('verbs-not-nominalisations', (rng) => {
    const [verb, noun] = rng.pick([
      ['install', 'installation'],
      ['configure', 'configuration'],
      ['calibrate', 'calibration'],
      ['migrate', 'migration'],
    ] as const)
    const s = screen(rng)
    return choose(rng, {
      stem: `Which step in the ${s.app} guide uses a strong verb instead of a nominalisation?`,
      key: `${verb.charAt(0).toUpperCase()}${verb.slice(1)} the agent on each server.`,
      wrong: [
        [
          `Perform the ${noun} of the agent on each server.`,
          `hides the action in “perform the ${noun} of”`,
        ],
        [
          `Carry out an ${noun} of the agent on each server.`.replace('an c', 'a c'),
          `hides the action in “carry out a(n) ${noun}”`,
        ],
        [
          `The ${noun} of the agent is to be done on each server.`,
          'hides the action in a noun and the passive',
        ],
        [
          `Complete the ${noun} process for the agent on each server.`,
          'hides the action in a noun and adds “process”',
        ],
        [`Perform ${noun}.`, 'hides the action in “perform”'],
        [
          `${noun.charAt(0).toUpperCase()}${noun.slice(1)} of the agent.`,
          'writes a noun phrase instead of an instruction',
        ],
      ],
      facts: { check: 'plain' },
    })
  }),
  family('positive-instructions', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `Plain-language guidelines ask for positive instructions. Which step in the ${s.app} guide is written positively?`,
      key: `Keep ${s.app} open until the upload finishes.`,
      wrong: [
        [
          `Do not fail to keep ${s.app} open until the upload finishes.`,
          'wraps the instruction in a double negative',
        ],
        [
          `Do not close ${s.app} until the upload is not running.`,
          'stacks two negatives the reader must untangle',
        ],
        [
          `It is not unwise to keep ${s.app} open until the upload finishes.`,
          'hedges with a double negative',
        ],
        [
          `Never close ${s.app} while the upload is unfinished.`,
          'stacks “never” with a negative adjective',
        ],
        [`Do not fail to keep ${s.app} open.`, 'wraps the instruction in a double negative'],
        [`Not closing ${s.app} is not optional.`, 'states the instruction as two negatives'],
      ],
      facts: { check: 'plain' },
    })
  }),
  family('no-latin-abbreviations', (rng) => {
    const s = screen(rng)
    const ex = rng.pick(['CSV or XLSX', 'PDF or PNG', 'JSON or XML'])
    return choose(rng, {
      stem: `The Microsoft and Google style guides both ask for English words instead of Latin abbreviations. Which sentence in the ${s.app} guide follows them?`,
      key: `You can export in several formats, for example ${ex}.`,
      wrong: [
        [`You can export in several formats, e.g. ${ex}.`, 'uses “e.g.” instead of “for example”'],
        [
          `You can export in several formats, i.e. ${ex}.`,
          'uses “i.e.”, which also means something else',
        ],
        [
          `You can export in several formats (${ex}, etc.).`,
          'uses “etc.” instead of a complete list or “and so on”',
        ],
        [`You can export in several formats, viz. ${ex}.`, 'uses “viz.” instead of “namely”'],
        [
          `You can export in several formats, e.g. ${ex}, and several other formats as well, etc.`,
          'uses “e.g.” and “etc.” together',
        ],
        [
          `You can export in several different formats, i.e. for instance ${ex} and others.`,
          'uses “i.e.” where “for example” is meant',
        ],
      ],
      facts: { check: 'plain' },
    })
  }),
  family('minimalism-error-recovery', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `Minimalist documentation (Carroll, and van der Meij’s principles) asks writers to support error recognition and recovery. What should the ${s.app} step to ${s.goal} add?`,
      key: `What the reader sees if it fails, such as the “${s.banner}” banner, and how to recover`,
      wrong: [
        ['A paragraph on the history of the feature', 'adds background the task does not need'],
        [
          'A screenshot of every dialog, whether or not it changes',
          'adds bulk instead of recovery help',
        ],
        ['A reminder that the task is easy', 'adds reassurance instead of recovery help'],
        ['A list of every setting on the page', 'adds reference data instead of recovery help'],
        [
          'A full history of how the feature was designed, with the names of the engineers who built it',
          'adds background the task does not need',
        ],
        [
          'A paragraph reassuring the reader that the task is quick and that most people finish it the first time',
          'adds reassurance instead of recovery help',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
]
