import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Headings and lists: task headings in one form across a set (the Microsoft Writing Style Guide
 * asks for parallel headings), sentence case without end punctuation, a heading shape per topic
 * type (DITA practice: a verb for tasks, a noun phrase for concepts and references), parallel
 * list items, a complete lead-in sentence, and glossary definitions that define rather than
 * repeat the term.
 */
const GERUND: Record<string, string> = {
  Create: 'Creating',
  Publish: 'Publishing',
  Add: 'Adding',
  Pair: 'Pairing',
  Share: 'Sharing',
  Schedule: 'Scheduling',
  Calibrate: 'Calibrating',
  Restore: 'Restoring',
  Delete: 'Deleting',
  Export: 'Exporting',
}
const ing = (imperative: string) => {
  const [verb, ...rest] = imperative.split(' ')
  return [GERUND[verb!]!, ...rest].join(' ')
}

/** Three task headings of one product, in the imperative. */
function tasks(goal: string): [string, string, string] {
  const cap = `${goal.charAt(0).toUpperCase()}${goal.slice(1)}`
  return [cap, 'Export a report', 'Delete an old entry']
}

export const HEADING_FAMILIES: readonly TwFamily[] = [
  family('task-heading-form', (rng) => {
    const s = screen(rng)
    const form = rng.pick(['imperative', 'gerund'] as const)
    const [t] = tasks(s.goal)
    const imp = t
    const ger = ing(t)
    const key = form === 'imperative' ? imp : ger
    const other = form === 'imperative' ? ger : imp
    const rest = t.split(' ').slice(1).join(' ')
    return choose(rng, {
      stem: `The ${s.app} style sheet: task headings in the ${form === 'imperative' ? 'imperative (“Install the agent”)' : 'gerund form (“Installing the agent”)'}, sentence case, no end punctuation. Which heading fits the task to ${s.goal}?`,
      key,
      wrong: [
        [
          other,
          `uses the ${form === 'imperative' ? 'gerund' : 'imperative'} form the style sheet does not use`,
        ],
        [`How to ${s.goal}`, 'uses a “How to” heading instead of the house form'],
        [`${key}.`, 'ends a heading with a full stop'],
        [
          `${key.split(' ')[0]} ${rest
            .split(' ')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(' ')}`,
          'uses title case instead of sentence case',
        ],
        [
          `${rest.split(' ').slice(-1)[0]!.charAt(0).toUpperCase()}${rest.split(' ').slice(-1)[0]!.slice(1)} options`,
          'uses a noun phrase for a task heading',
        ],
        [`${key}:`, 'ends a heading with a colon'],
        [`${other}.`, 'uses the other form and ends with a full stop'],
      ],
      facts: { check: 'heading', form },
    })
  }),
  family('parallel-heading-set', (rng) => {
    const s = screen(rng)
    const [a, b, c] = tasks(s.goal)
    return choose(rng, {
      stem: `The ${s.app} guide has three task headings in one section. Which set is parallel, as the Microsoft Writing Style Guide asks of headings?`,
      key: [a, b, c].join(' · '),
      wrong: [
        [[a, ing(b), c].join(' · '), 'mixes the imperative with a gerund'],
        [[a, b, 'Old entries'].join(' · '), 'mixes task headings with a noun phrase'],
        [
          [a, `How to ${b.charAt(0).toLowerCase()}${b.slice(1)}`, c].join(' · '),
          'mixes the imperative with a “How to” heading',
        ],
        [[ing(a), b, ing(c)].join(' · '), 'mixes gerunds with the imperative'],
        [[ing(a), ing(b), c].join(' · '), 'mixes gerunds with the imperative'],
        [
          [`How to ${a.charAt(0).toLowerCase()}${a.slice(1)}`, b, 'Old entries'].join(' · '),
          'mixes a “How to” heading, the imperative and a noun phrase',
        ],
        [
          [ing(a), 'Report export', c].join(' · '),
          'mixes a gerund, a noun phrase and the imperative',
        ],
      ],
      facts: { check: 'parallel', form: 'imperative' },
    })
  }),
  family('parallel-prerequisite-list', (rng) => {
    const s = screen(rng)
    const items = [
      'an administrator account',
      `${s.app} version 4.2 or later`,
      'a stable internet connection',
    ]
    return choose(rng, {
      stem: `The Prerequisites list of a ${s.app} procedure begins “Before you start, you need:”. Which list keeps its items parallel, each a noun phrase completing that lead-in?`,
      key: items.join(' · '),
      wrong: [
        [
          [items[0], `Install ${s.app} version 4.2 or later`, items[2]].join(' · '),
          'slips an imperative into a list of noun phrases',
        ],
        [
          [items[0], items[1], 'make sure your connection is stable'].join(' · '),
          'ends a list of noun phrases with a clause',
        ],
        [
          [`having ${items[0]}`, items[1], items[2]].join(' · '),
          'opens a list of noun phrases with a gerund',
        ],
        [
          [`having ${items[0]}`, `Install ${s.app} version 4.2 or later`, items[2]].join(' · '),
          'mixes a gerund and an imperative into noun phrases',
        ],
        [
          [
            items[0],
            `Install ${s.app} version 4.2 or later`,
            'make sure your connection is stable',
          ].join(' · '),
          'mixes imperatives and a clause into noun phrases',
        ],
        [
          [`Get ${items[0]}`, `having ${items[1]}`, items[2]].join(' · '),
          'mixes an imperative and a gerund into noun phrases',
        ],
        [
          `${items[0]} · update ${s.app} · connect to the internet`,
          'mixes a noun phrase with imperatives',
        ],
        [`admin rights · install ${s.app} · be online`, 'mixes a noun phrase with imperatives'],
      ],
      facts: { check: 'parallel', form: 'noun' },
    })
  }),
  family('heading-by-topic-type', (rng) => {
    const s = screen(rng)
    const type = rng.pick(['task', 'concept', 'reference'] as const)
    const noun = s.page
    const heading = {
      task: `${s.goal.charAt(0).toUpperCase()}${s.goal.slice(1)}`,
      concept: `How the ${noun} page works`,
      reference: `${noun} page settings`,
    }
    const why = {
      task: 'gives a concept or reference topic a task heading',
      concept: 'gives another topic type a concept heading',
      reference: 'gives another topic type a reference heading',
    }
    return choose(rng, {
      stem: `A ${s.app} help set titles task topics with an imperative verb, concept topics with a phrase that says what is explained, and reference topics with a noun phrase naming what is listed. Which title suits the ${type} topic about the ${noun} page?`,
      key: heading[type],
      wrong: [
        ...(['task', 'concept', 'reference'] as const)
          .filter((t) => t !== type)
          .map((t) => [heading[t], why[t]] as [string, string]),
        ['Overview', 'uses a generic title that says nothing about the content'],
        ['Miscellaneous', 'uses a catch-all title that says nothing about the content'],
      ],
      facts: { check: 'table', type },
    })
  }),
  family('list-lead-in', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `House style for the ${s.app} guide: introduce every list with a complete sentence that ends in a colon. Which lead-in follows it?`,
      key: `${s.app} can export reports in these formats:`,
      wrong: [
        ['Formats:', 'uses a one-word fragment as the lead-in'],
        [
          `${s.app} can export reports in these formats.`,
          'ends the lead-in with a full stop instead of a colon',
        ],
        [`${s.app} can export reports in:`, 'breaks the sentence off before its object'],
        [`The formats ${s.app} can export reports in are as follows`, 'leaves out the colon'],
        ['The following:', 'uses a fragment that names nothing'],
        [
          `Here are the formats that ${s.app} can export reports in, which are all listed below`,
          'uses a long lead-in with no colon',
        ],
      ],
      facts: { check: 'lead-in' },
    })
  }),
  family('glossary-definition', (rng) => {
    const [term, def] = rng.pick([
      ['snapshot', 'A read-only copy of a volume as it was at one point in time.'],
      ['webhook', 'An HTTP request that a service sends to a URL you choose when an event occurs.'],
      ['tenant', 'An isolated instance of the service that holds one customer’s data and users.'],
      [
        'idempotency key',
        'A unique value sent with a request so that retrying it has no further effect.',
      ],
    ] as const)
    return choose(rng, {
      stem: `Which glossary definition of “${term}” follows the usual rules: it starts with the class the term belongs to, does not use the term itself and says nothing promotional?`,
      key: def,
      wrong: [
        [
          `A ${term} is when you take a ${term}.`,
          'defines the term with itself and with “is when”',
        ],
        [
          `When the system makes a copy of something for later.`,
          'opens with “when” instead of the class of thing',
        ],
        [`A powerful feature that makes your work easier.`, 'promotes instead of defining'],
        [`See ${term}.`, 'points the entry to itself'],
        [
          `A ${term} is a feature that you can use when you need a ${term} for your work in the product.`,
          'defines the term with itself and says nothing specific',
        ],
        [
          'An incredibly powerful, flexible and easy-to-use capability that every team will love using every single day.',
          'promotes instead of defining',
        ],
      ],
      facts: { check: 'definition', term },
    })
  }),
]
