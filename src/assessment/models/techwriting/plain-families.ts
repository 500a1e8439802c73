import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Controlled language as ASD-STE100 Simplified Technical English (Issue 9) writes it: at most 20
 * words in a procedural sentence and 25 in a descriptive one, active voice in procedures, the
 * articles kept, noun clusters of at most three nouns, and only approved words (USE, not
 * "utilize"; START, not "commence"; STOP, not "terminate"; MAKE SURE, not "ensure"; BEFORE, not
 * "prior to"). Each stem states the rule it applies, so the key follows from the stem.
 */
export const STE_FAMILIES: readonly TwFamily[] = [
  family('ste-procedural-sentence', (rng) => {
    const s = screen(rng)
    const svc = `${s.app} sync service`
    return choose(rng, {
      stem: `An aircraft-style maintenance manual for ${s.app} follows ASD-STE100: procedural sentences of at most 20 words, active voice, approved words only (for example “stop”, “make sure” and “before”, not “terminate”, “ensure” or “prior to”). Which instruction complies?`,
      key: `Before you ${s.goal}, stop the ${svc}.`,
      wrong: [
        [
          `Prior to attempting to ${s.goal}, terminate the ${svc}.`,
          'uses the unapproved words “prior to” and “terminate”',
        ],
        [
          `Before you ${s.goal}, the ${svc} must be stopped.`,
          'uses the passive voice in a procedure',
        ],
        [
          `Before you make any attempt to ${s.goal} in the application, it is necessary for you to make sure that you stop the ${svc} first.`,
          'runs past the 20-word limit for a procedural sentence',
        ],
        [
          `Before you ${s.goal}, ensure the ${svc} is not running.`,
          'uses the unapproved word “ensure”',
        ],
        [`Terminate the ${svc}.`, 'uses the unapproved word “terminate”'],
        [`Ensure the ${svc} is stopped.`, 'uses the unapproved word “ensure” and the passive'],
      ],
      facts: { check: 'ste', limit: 20 },
    })
  }),
  family('ste-descriptive-sentence', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `ASD-STE100 limits a descriptive sentence to 25 words and allows only approved words (“use”, not “utilize”). Which description of the ${s.page} page of ${s.app} complies?`,
      key: `You use the ${s.page} page to ${s.goal}. The page also shows the status of each item.`,
      wrong: [
        [
          `You utilize the ${s.page} page to ${s.goal}. The page also shows the status of each item.`,
          'uses the unapproved word “utilize”',
        ],
        [
          `The ${s.page} page, which is one of the most frequently visited pages in ${s.app} and which most administrators open every day, is the page that you use to ${s.goal} and to see the status of each item.`,
          'runs past the 25-word limit for a descriptive sentence',
        ],
        [
          `The ${s.page} page is used to ${s.goal}, and the status of each item on it is also shown by the page to all of the administrators.`,
          'uses the passive voice where STE asks for the active',
        ],
        [`The ${s.page} page is utilized to ${s.goal}.`, 'uses “utilize” and the passive'],
        [
          `Utilizing the ${s.page} page, you ${s.goal} and see each item’s status.`,
          'uses “utilize” in an -ing form',
        ],
      ],
      facts: { check: 'ste', limit: 25 },
    })
  }),
  family('ste-approved-verbs', (rng) => {
    const [part, place] = rng.pick([
      ['pump', 'inlet valve'],
      ['fan', 'filter'],
      ['compressor', 'drain valve'],
      ['generator', 'fuel valve'],
    ] as const)
    return choose(rng, {
      stem: `Under ASD-STE100, which instruction uses only approved words (for example “start”, “make sure”, “before”)?`,
      key: `Before you start the ${part}, make sure that the ${place} is open.`,
      wrong: [
        [
          `Prior to starting the ${part}, make sure that the ${place} is open.`,
          'uses the unapproved “prior to”',
        ],
        [
          `Before you commence operation of the ${part}, make sure that the ${place} is open.`,
          'uses the unapproved word “commence”',
        ],
        [
          `Before you start the ${part}, ensure that the ${place} is open.`,
          'uses the unapproved word “ensure”',
        ],
        [
          `Make sure that the ${place} is open prior to ${part} start-up.`,
          'uses the unapproved “prior to”',
        ],
        [
          `Ensure ${place} open before ${part} start.`,
          'uses the unapproved word “ensure” and drops the articles',
        ],
        [`The ${place} must be opened before the ${part} is started.`, 'uses the passive voice'],
      ],
      facts: { check: 'ste', limit: 20 },
    })
  }),
  family('ste-keep-articles', (rng) => {
    const [part, from] = rng.pick([
      ['cover', 'pump'],
      ['filter', 'housing'],
      ['battery', 'bracket'],
      ['cap', 'tank'],
    ] as const)
    return choose(rng, {
      stem: `ASD-STE100 tells writers not to leave out articles (“the”, “a”) to make text shorter. Which instruction complies?`,
      key: `Remove the ${part} from the ${from}.`,
      wrong: [
        [`Remove ${part} from ${from}.`, 'drops the articles in telegraphic style'],
        [`Remove ${part} from the ${from}.`, 'drops the article before the first noun'],
        [`Remove the ${part} from ${from}.`, 'drops the article before the second noun'],
        [
          `Carefully remove ${part} from ${from} housing assembly after shutdown.`,
          'drops the articles in telegraphic style',
        ],
        [
          `Remove the ${part} from ${from}, then put it in safe place on bench.`,
          'drops the articles before later nouns',
        ],
        [
          `${part.charAt(0).toUpperCase()}${part.slice(1)} – remove from ${from}.`,
          'writes a note instead of a sentence, without articles',
        ],
      ],
      facts: { check: 'articles', nouns: [part, from] },
    })
  }),
  family('ste-noun-clusters', (rng) => {
    const [a, b2, c, d, prep] = rng.pick([
      ['fuel', 'pump', 'filter', 'cover', 'of'],
      ['engine', 'oil', 'pressure', 'sensor', 'for'],
      ['cabin', 'air', 'temperature', 'switch', 'for'],
      ['brake', 'fluid', 'reservoir', 'cap', 'of'],
    ] as const)
    return choose(rng, {
      stem: `ASD-STE100 allows at most three nouns in a noun cluster. Which instruction complies and still names the whole part?`,
      key: `Remove the ${d} ${prep} the ${a} ${b2} ${c}.`,
      wrong: [
        [`Remove the ${a} ${b2} ${c} ${d}.`, 'stacks four nouns in one cluster'],
        [`Remove the ${a} ${b2} ${c} ${d} assembly.`, 'stacks five nouns in one cluster'],
        [
          `Remove the ${b2} ${c} ${d}.`,
          'drops a noun to shorten the cluster, so the part is no longer identified',
        ],
        [`Remove ${a} ${b2} ${c} ${d}.`, 'stacks four nouns and drops the article'],
      ],
      facts: { check: 'nouns', nouns: [a, b2, c, d], extra: ['assembly'] },
    })
  }),
]

/**
 * One term per concept: a glossary picks the term, and the text uses it every time, exactly as
 * the interface spells its labels. The wrong versions are elegant variation, synonyms from other
 * products and a label paraphrased instead of copied.
 */
export const TERM_FAMILIES: readonly TwFamily[] = [
  family('one-term-per-concept', (rng) => {
    const s = screen(rng)
    const [term, o1, o2, make] = rng.pick([
      [
        'folder',
        'directory',
        'location',
        (x: string, y: string) =>
          `Open the shared ${x} in ${s.app}. Each ${y} can hold up to 50 files.`,
      ],
      [
        'workspace',
        'project',
        'space',
        (x: string, y: string) =>
          `Create a ${x} for each client. You can invite others to a ${y} later.`,
      ],
      [
        'sign in',
        'log in',
        'log on',
        (x: string, y: string) =>
          `${x.charAt(0).toUpperCase()}${x.slice(1)} to ${s.app} first. If you cannot ${y}, ask your administrator.`,
      ],
      [
        'delete',
        'remove',
        'erase',
        (x: string, y: string) =>
          `${x.charAt(0).toUpperCase()}${x.slice(1)} old reports each month. Reports you ${y} stay in the bin for 30 days.`,
      ],
    ] as const)
    return choose(rng, {
      stem: `The ${s.app} glossary says: use “${term}”; do not use “${o1}” or “${o2}”. Which revision keeps to one term for the concept?`,
      key: make(term, term),
      wrong: [
        [make(term, o1), `switches to “${o1}” for the same concept`],
        [make(o1, term), `opens with “${o1}”, a term the glossary rejects`],
        [make(o2, o2), `uses “${o2}” throughout instead of the glossary term`],
        [make(term, o2), `switches to “${o2}” for the same concept`],
        [make(`${term}/${o1}`, term), `offers “${term}” and “${o1}” as two names for one thing`],
      ],
      facts: { check: 'terms', preferred: term, rejected: [o1, o2] },
    })
  }),
  family('label-copied-verbatim', (rng) => {
    const s = screen(rng)
    const label = s.button
    const paraphrases = [
      [`Select **${label.toUpperCase()}**.`, 'changes the label’s capitalisation from the screen'],
      [`Select “${label}”.`, 'puts the label in quotation marks instead of bold'],
      [`Select **${label.split(' ')[0]}**.`, 'shortens the label to its first word'],
      [
        `Select **${label
          .split(' ')
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(' ')}**.`,
        'puts the label in title case when the screen shows sentence case',
      ],
    ] as [string, string][]
    return choose(rng, {
      stem: `The ${s.app} button reads “${label}” on screen. Which step names it as the Microsoft Writing Style Guide asks: in bold, matching the label exactly?`,
      key: `Select **${label}**.`,
      wrong: paraphrases,
      facts: { check: 'label', label },
    })
  }),
]
