import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { CLIENTS, type PpcFamily, ruled, threeOf, usd, withThreeMistakes } from './ppc-family.js'

const NEGATIVES =
  'Google Ads Help: About negative keywords (negative broad, phrase and exact match; negatives do not match close variants or other expansions)'
const NOTATION =
  'Google Ads Help: About keyword matching options (broad, "phrase", [exact]; broad match modifier retired in 2021)'

/** Two words a client does not want to pay for, a close variant and another product noun. */
const TERMS = [
  { w1: 'free', w2: 'template', p2: 'templates', alt: 'planner', x: 'printable' },
  { w1: 'used', w2: 'tent', p2: 'tents', alt: 'stove', x: 'camping' },
  { w1: 'diy', w2: 'repair', p2: 'repairs', alt: 'install', x: 'boiler' },
  { w1: 'cheap', w2: 'course', p2: 'courses', alt: 'tutor', x: 'spanish' },
  { w1: 'free', w2: 'lesson', p2: 'lessons', alt: 'app', x: 'guitar' },
  { w1: 'second-hand', w2: 'bike', p2: 'bikes', alt: 'helmet', x: 'electric' },
  { w1: 'sample', w2: 'contract', p2: 'contracts', alt: 'letter', x: 'tenancy' },
  { w1: 'wholesale', w2: 'bean', p2: 'beans', alt: 'grinder', x: 'coffee' },
] as const

type Term = (typeof TERMS)[number]

/** The searches a report shows, each built from the negative's words in one way. */
const searches = (t: Term) => ({
  exact: `${t.w1} ${t.w2}`,
  before: `${t.x} ${t.w1} ${t.w2}`,
  after: `${t.w1} ${t.w2} near me`,
  reorder: `${t.x} ${t.w2} ${t.w1}`,
  plural: `${t.x} ${t.w1} ${t.p2}`,
  first: `${t.x} ${t.w1} ${t.alt}`,
  second: `${t.x} ${t.w2} ${t.alt}`,
  split: `${t.w1} ${t.x} ${t.w2}`,
  swapped: `${t.w2} ${t.w1}`,
  pluralOnly: `${t.w1} ${t.p2}`,
})
type Search = keyof ReturnType<typeof searches>

const written = (type: 'broad' | 'phrase' | 'exact', text: string) =>
  type === 'broad' ? text : type === 'phrase' ? `"${text}"` : `[${text}]`
const typeName = { broad: 'negative broad', phrase: 'negative phrase', exact: 'negative exact' }

/** Which of several searches a negative keyword of one match type blocks, or lets through. */
function negative(
  id: string,
  type: 'broad' | 'phrase' | 'exact',
  want: 'blocked' | 'shown',
  keys: readonly Search[],
  wrong: readonly (readonly [Search, string])[],
): PpcFamily {
  return withThreeMistakes({
    id,
    source: NEGATIVES,
    draw: (rng: Rng) => {
      const t = rng.pick(TERMS)
      const q = searches(t)
      const ask =
        want === 'blocked'
          ? 'Which of these searches does it stop the ads from showing on?'
          : 'Which of these searches can still show the ads?'
      return {
        stem: `A campaign has the ${typeName[type]} keyword ${written(type, `${t.w1} ${t.w2}`)}. ${ask}`,
        key: q[rng.pick(keys)],
        wrong: threeOf(
          rng,
          '',
          wrong.map(([s, m]): Wrong => [q[s], m]),
        ),
        check: { kind: 'negative', negative: `${t.w1} ${t.w2}`, type, want },
      }
    },
  })
}

/** A negative keyword as an option writes it: its notation, then its match type named. */
const neg = (type: 'broad' | 'phrase' | 'exact', text: string) =>
  `${written(type, text)} (${typeName[type]})`

/**
 * Which negative keyword blocks one search while another still shows: the key is one of the
 * negatives that do (several may), each wrong answer one that blocks both, neither, or the wrong one.
 */
function choose(
  id: string,
  block: Search,
  keep: Search,
  keys: readonly ((t: Term) => string)[],
  wrong: readonly (readonly [(t: Term) => string, string])[],
): PpcFamily {
  return withThreeMistakes({
    id,
    source: NEGATIVES,
    draw: (rng: Rng) => {
      const t = rng.pick(TERMS)
      const q = searches(t)
      const key = rng.pick(keys)(t)
      return {
        stem: `A search terms report shows “${q[block]}”, which never converts, and “${q[keep]}”, which does. Which negative keyword stops the first and still lets the second show the ads?`,
        key,
        wrong: threeOf(
          rng,
          key,
          wrong.map(([text, m]): Wrong => [text(t), m]),
        ),
        check: { kind: 'choose-negative', block: q[block], keep: q[keep] },
      }
    },
  })
}

/** The search-term table a freelancer weeds: which term to exclude, from cost and conversions. */
const termsReview: PpcFamily = {
  id: 'search-term-to-exclude',
  source:
    'Computed from the report: a term with no conversions that has spent at least the target CPA',
  draw: (rng) => {
    const target = rng.int(30, 90)
    const t = rng.pick(TERMS)
    const names = rng.shuffle([
      `${t.x} ${t.alt}`,
      `${t.w1} ${t.x} ${t.alt}`,
      `${t.x} ${t.w2} ${t.alt}`,
      `best ${t.x} ${t.alt}`,
    ])
    const rows = [
      { term: names[0]!, cost: target * (rng.int(13, 25) / 10), conv: 0, role: 'key' },
      {
        term: names[1]!,
        cost: target * (rng.int(30, 45) / 10),
        conv: rng.int(5, 9),
        role: 'spend',
      },
      { term: names[2]!, cost: target * (rng.int(1, 4) / 10), conv: 0, role: 'thin' },
      { term: names[3]!, cost: 0, conv: rng.int(2, 4), role: 'over' },
    ]
    rows[3]!.cost = Math.round(rows[3]!.conv * target * (rng.int(11, 14) / 10))
    for (const r of rows) r.cost = Math.round(r.cost)
    const table = rng
      .shuffle(rows)
      .map((r) => `“${r.term}”: ${usd(r.cost)}, ${r.conv} conversions`)
      .join('; ')
    const by = (role: string) => rows.find((r) => r.role === role)!.term
    return {
      stem: `A campaign’s target CPA is ${usd(target)}. Its search terms this month: ${table}. Which term should be added as a negative keyword now?`,
      key: by('key'),
      wrong: [
        [by('spend'), 'cut a big spender that converts under target'],
        [by('thin'), 'excluded a term on too little spend to judge'],
        [by('over'), 'excluded a converting term whose bid needs lowering'],
      ],
      check: {
        kind: 'facts',
        facts: {
          target,
          ...Object.fromEntries(
            rows.flatMap((r) => [
              [`${r.term}:cost`, r.cost],
              [`${r.term}:conv`, r.conv],
            ]),
          ),
        },
      },
    }
  },
}

/**
 * Keyword match types and negative keywords under Google Ads' current rules: which searches a
 * negative of each match type blocks (negatives match only the words as written, never close
 * variants), which negative separates two searches, notation, keyword prioritisation, the scope of
 * negatives and weeding the search terms report.
 */
export const MATCH_FAMILIES: readonly PpcFamily[] = [
  negative(
    'negative-broad-blocks',
    'broad',
    'blocked',
    ['reorder', 'before', 'after', 'split'],
    [
      ['plural', 'thought negatives also block plural forms'],
      ['first', 'thought a broad negative blocks its first word alone'],
      ['second', 'thought a broad negative blocks its second word alone'],
      ['pluralOnly', 'thought negatives also block plural forms'],
    ],
  ),
  negative(
    'negative-broad-lets-through',
    'broad',
    'shown',
    ['plural', 'first', 'second'],
    [
      ['reorder', 'thought word order matters to a broad negative'],
      ['before', 'thought a word in front lets the search through'],
      ['after', 'thought words at the end let the search through'],
      ['split', 'thought a word between the two lets the search through'],
      ['swapped', 'thought word order matters to a broad negative'],
    ],
  ),
  negative(
    'negative-phrase-blocks',
    'phrase',
    'blocked',
    ['before', 'after', 'exact'],
    [
      ['reorder', 'thought phrase negatives ignore word order'],
      ['plural', 'thought negatives also block plural forms'],
      ['first', 'thought a phrase negative blocks any one of its words'],
      ['split', 'thought a phrase negative allows a word between its words'],
      ['swapped', 'thought phrase negatives ignore word order'],
    ],
  ),
  negative(
    'negative-phrase-lets-through',
    'phrase',
    'shown',
    ['reorder', 'split', 'plural'],
    [
      ['before', 'thought a phrase negative blocks only the phrase alone'],
      ['after', 'thought words at the end let the search through'],
      ['exact', 'thought the phrase must sit inside a longer search'],
    ],
  ),
  negative(
    'negative-exact-blocks',
    'exact',
    'blocked',
    ['exact'],
    [
      ['before', 'thought an exact negative blocks longer searches too'],
      ['after', 'thought an exact negative blocks longer searches too'],
      ['reorder', 'thought an exact negative ignores word order'],
      ['swapped', 'thought an exact negative ignores word order'],
      ['pluralOnly', 'thought exact negatives take close variants as exact keywords do'],
      ['split', 'thought an exact negative allows a word between its words'],
    ],
  ),
  choose(
    'choose-negative-phrase',
    'before',
    'reorder',
    [(t) => neg('phrase', `${t.w1} ${t.w2}`), (t) => neg('phrase', `${t.x} ${t.w1}`)],
    [
      [(t) => neg('broad', `${t.w1} ${t.w2}`), 'chose broad, which blocks both searches'],
      [
        (t) => neg('exact', `${t.w1} ${t.w2}`),
        'chose exact on the two words, which blocks neither',
      ],
      [(t) => neg('broad', t.w1), 'excluded one word, which blocks both'],
      [(t) => neg('broad', t.w2), 'excluded one word, which blocks both'],
      [(t) => neg('phrase', `${t.w2} ${t.w1}`), 'wrote the phrase of the search to keep'],
    ],
  ),
  choose(
    'choose-negative-broad',
    'reorder',
    'first',
    [
      (t) => neg('broad', `${t.w1} ${t.w2}`),
      (t) => neg('broad', `${t.x} ${t.w2}`),
      (t) => neg('phrase', `${t.w2} ${t.w1}`),
    ],
    [
      [(t) => neg('phrase', `${t.w1} ${t.w2}`), 'chose phrase, which misses the reordered words'],
      [(t) => neg('exact', `${t.w1} ${t.w2}`), 'chose exact, which misses the longer search'],
      [(t) => neg('broad', t.w1), 'excluded one word, which blocks both searches'],
      [(t) => neg('broad', t.x), 'excluded the word both share, which blocks both'],
      [(t) => neg('phrase', `${t.x} ${t.w1}`), 'wrote the phrase of the search to keep'],
    ],
  ),
  choose(
    'choose-negative-exact',
    'exact',
    'before',
    [(t) => neg('exact', `${t.w1} ${t.w2}`)],
    [
      [(t) => neg('phrase', `${t.w1} ${t.w2}`), 'chose phrase, which blocks the longer search too'],
      [(t) => neg('broad', `${t.w1} ${t.w2}`), 'chose broad, which blocks the longer search too'],
      [(t) => neg('exact', `${t.w1} ${t.p2}`), 'excluded the plural, trusting close variants'],
      [(t) => neg('exact', `${t.w2} ${t.w1}`), 'thought exact negatives ignore word order'],
      [(t) => neg('exact', `${t.x} ${t.w1} ${t.w2}`), 'excluded the search to keep'],
      [(t) => neg('broad', t.w1), 'excluded one word, which blocks both'],
    ],
  ),
  ruled(
    'phrase-match-notation',
    NOTATION,
    (rng) => {
      const t = rng.pick(TERMS)
      return `In a keyword list for ${rng.pick(CLIENTS)}, how is ${t.x} ${t.alt} entered as a phrase match keyword?`
    },
    ['In double quotation marks around the words', 'Inside straight double quotes, as "words"'],
    [
      ['With a minus sign before the first word', 'wrote the Editor notation of a negative'],
      ['In round brackets around the words', 'made up a bracket notation'],
      ['In square brackets around the words', 'wrote the exact-match notation'],
      ['With a plus sign before each of the words', 'used the retired broad match modifier'],
      ['As the bare words, with no marks around them', 'wrote the broad-match notation'],
    ],
  ),
  ruled(
    'exact-match-notation',
    NOTATION,
    (rng) => {
      const t = rng.pick(TERMS)
      return `How is the keyword ${t.x} ${t.alt} entered as an exact match keyword in a Google Ads keyword list?`
    },
    ['In square brackets around the words', 'Inside square brackets, as [words]'],
    [
      ['As the bare words, with no marks around them', 'wrote the broad-match notation'],
      ['In round brackets around the words', 'made up a bracket notation'],
      ['In double quotation marks around the words', 'wrote the phrase-match notation'],
      ['With a plus sign before each of the words', 'used the retired broad match modifier'],
      ['With a minus sign before the first word', 'wrote the Editor notation of a negative'],
    ],
  ),
  ruled(
    'negatives-need-each-plural',
    NEGATIVES,
    (rng) => {
      const t = rng.pick(TERMS)
      return `A client must never pay for the searches “${t.w1} ${t.w2}” and “${t.w1} ${t.p2}”, and nothing longer. What negative keywords does that take?`
    },
    [
      'Two exact negatives, one for each of the two searches',
      'Each search as an exact negative, singular and plural',
      'An exact negative for each search',
    ],
    [
      ['Two phrase negatives, one for each of the two searches', 'blocked the longer searches too'],
      ['A broad negative for each search', 'blocked the longer and reordered searches too'],
      [
        'One broad negative of the second word, which covers both',
        'blocked every search holding the noun',
      ],
      [
        'One exact negative for the plural, which covers both',
        'assumed negatives match close variants',
      ],
      [
        'One exact negative for the singular, which covers both',
        'assumed negatives match close variants',
      ],
      [
        'One phrase negative for the singular, which covers both',
        'assumed negatives match close variants',
      ],
      [
        'One broad negative of the first word, which covers both',
        'blocked every search holding the word',
      ],
    ],
  ),
  ruled(
    'identical-exact-keyword-preferred',
    'Google Ads Help: How keywords are prioritized (a keyword identical to the search is preferred)',
    (rng) => {
      const t = rng.pick(TERMS)
      return `Ad group A has the exact keyword [${t.x} ${t.alt}]; ad group B has the broad keyword ${t.x} ${t.alt} ${t.w2} with a higher bid and Ad Rank. Someone searches “${t.x} ${t.alt}”. Which keyword serves?`
    },
    [
      'The exact keyword, since it is identical to the search',
      'Ad group A’s keyword, which is the search word for word',
    ],
    [
      [
        'The broad keyword, since broad match reaches more searches',
        'thought the wider match type wins',
      ],
      [
        'The keyword with the higher Quality Score of the two',
        'ranked keywords by Quality Score before identity',
      ],
      [
        'The broad keyword, since its Ad Rank is the higher one',
        'ranked keywords by Ad Rank before identity',
      ],
      ['Each keyword, showing an ad from its own ad group', 'thought one account can show two ads'],
      ['Whichever keyword the rotation picks at random', 'thought Google rotates between keywords'],
    ],
  ),
  ruled(
    'campaign-negative-scope',
    'Google Ads Help: Add negative keywords to campaigns and negative keyword lists',
    (rng) => {
      const t = rng.pick(TERMS)
      return `The negative “${t.w1}” sits in campaign North only. A search containing “${t.w1}” matches a keyword in campaign South. What happens?`
    },
    [
      'South can show its ad: a negative acts in its own campaign',
      'South still serves; North’s negative stops only North',
    ],
    [
      [
        'Neither shows it until a shared negative list is removed',
        'thought a campaign negative joins a shared list',
      ],
      [
        'South shows it only as a broad match, never an exact one',
        'tied negatives to another campaign’s match types',
      ],
      [
        'Neither shows it: negatives apply across the account',
        'thought campaign negatives are account-wide',
      ],
      [
        'South shows it only when North’s budget is used up',
        'tied negatives to another campaign’s budget',
      ],
      [
        'South shows it but at a reduced bid for the search',
        'thought a negative lowers bids elsewhere',
      ],
    ],
  ),
  ruled(
    'broad-match-needs-smart-bidding',
    'Google Ads Help: About broad match (recommended with Smart Bidding)',
    (rng) =>
      `A client wants to move ${rng.pick(CLIENTS).replace(/^an? /, 'its ')} campaign’s keywords to broad match. What does Google recommend pairing broad match with?`,
    [
      'A Smart Bidding strategy, such as a target CPA or ROAS',
      'Smart Bidding, which weighs each search’s signals',
    ],
    [
      [
        'Enhanced CPC on top of manual bids for every keyword',
        'kept a bidding method that reads few signals',
      ],
      ['A shared budget across every campaign of the account', 'confused budgets with bidding'],
      [
        'Manual CPC bidding, to hold the cost of each click',
        'kept manual bids that cannot read query intent',
      ],
      [
        'Maximize clicks, so the new searches get more traffic',
        'bid for traffic that broad match makes broad',
      ],
      [
        'Only removing all negative keywords from the campaign',
        'thought broad match takes over from negatives',
      ],
    ],
  ),
  termsReview,
]
