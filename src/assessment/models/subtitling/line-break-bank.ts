/**
 * Two-line breaks of subtitles too long for one 42-character line. The key breaks between
 * grammatical units with the lower line the longer (a bottom-heavy pyramid); each wrong break is
 * tagged with the rule it breaks. The rules are those of the Netflix English Timed Text Style
 * Guide, “Line Treatment” (do not separate an article from its noun, an adjective from its noun,
 * a first name from a last name, a preposition from the phrase it opens, a conjunction from its
 * clause, a pronoun from its verb, or the parts of a verb) and the BBC Subtitle Guidelines,
 * “Line breaks” (break at natural linguistic breaks; a line over the limit is never allowed).
 */
export type BreakRule =
  | 'article'
  | 'adjective'
  | 'name'
  | 'preposition'
  | 'conjunction'
  | 'pronoun'
  | 'verb'
  | 'overLimit'

export const BREAK_MISTAKES: Readonly<Record<BreakRule, string>> = {
  article: 'separates an article from its noun',
  adjective: 'separates an adjective from its noun',
  name: 'splits a first name from the last name',
  preposition: 'separates a preposition from the phrase it opens',
  conjunction: 'leaves a conjunction stranded at the end of the top line',
  pronoun: 'separates the subject pronoun from its verb',
  verb: 'splits the parts of a verb',
  overLimit: 'leaves a line over the 42-character limit',
}

export interface BreakCase {
  readonly key: string
  readonly wrong: readonly (readonly [text: string, rule: BreakRule | 'fits'])[]
}

export const BREAKS: Readonly<Record<string, readonly BreakCase[]>> = {
  'keep-articles-and-adjectives-with-nouns': [
    {
      key: 'We found the photographs / in a box under the old stairs.',
      wrong: [
        ['We found the / photographs in a box under the old stairs.', 'article'],
        ['We found the photographs in a box under the / old stairs.', 'article'],
        ['We found the photographs in a box under the old / stairs.', 'adjective'],
        ['We found the photographs in / a box under the old stairs.', 'preposition'],
      ],
    },
    {
      key: 'They sold the house / to a young couple from the city.',
      wrong: [
        ['They sold the house to a / young couple from the city.', 'article'],
        ['They sold the house to a young / couple from the city.', 'adjective'],
        ['They sold the house to / a young couple from the city.', 'preposition'],
        ['They sold the house to a young couple from the / city.', 'article'],
      ],
    },
    {
      key: 'The doctor said the results / looked much better this week.',
      wrong: [
        ['The doctor said the / results looked much better this week.', 'article'],
        ['The / doctor said the results looked much better this week.', 'overLimit'],
        ['The doctor said the results looked much better this / week.', 'overLimit'],
        ['The doctor / said the results looked much better this week.', 'overLimit'],
      ],
    },
  ],
  'keep-names-together': [
    {
      key: 'I think you should call / Maria Santos before she leaves.',
      wrong: [
        ['I think you should call Maria / Santos before she leaves.', 'name'],
        ['I think you should / call Maria Santos before she leaves.', 'verb'],
        ['I think you should call Maria Santos before / she leaves.', 'conjunction'],
        ['I think you should call Maria Santos before she / leaves.', 'pronoun'],
      ],
    },
    {
      key: 'Last night I saw / Peter Walsh at the train station.',
      wrong: [
        ['Last night I saw Peter / Walsh at the train station.', 'name'],
        ['Last night I / saw Peter Walsh at the train station.', 'pronoun'],
        ['Last night I saw Peter Walsh at / the train station.', 'preposition'],
        ['Last night I saw Peter Walsh at the / train station.', 'article'],
      ],
    },
    {
      key: 'The prize this year goes / to Helen Okafor from Lagos.',
      wrong: [
        ['The prize this year goes to Helen / Okafor from Lagos.', 'name'],
        ['The prize this year goes to / Helen Okafor from Lagos.', 'preposition'],
        ['The prize this year goes to Helen Okafor from / Lagos.', 'preposition'],
        ['The / prize this year goes to Helen Okafor from Lagos.', 'article'],
      ],
    },
  ],
  'keep-prepositional-phrases-whole': [
    {
      key: 'He left his keys / on the table next to the window.',
      wrong: [
        ['He left his keys on / the table next to the window.', 'preposition'],
        ['He left his keys on the table next to / the window.', 'preposition'],
        ['He left his keys on the table next to the / window.', 'article'],
        ['He left his keys on the / table next to the window.', 'article'],
      ],
    },
    {
      key: 'She has worked / for the company since last spring.',
      wrong: [
        ['She has worked for / the company since last spring.', 'preposition'],
        ['She has / worked for the company since last spring.', 'verb'],
        ['She has worked for the company since / last spring.', 'preposition'],
        ['She / has worked for the company since last spring.', 'pronoun'],
      ],
    },
    {
      key: 'The village was rebuilt / after the earthquake in 1980.',
      wrong: [
        ['The village was rebuilt after / the earthquake in 1980.', 'preposition'],
        ['The village was / rebuilt after the earthquake in 1980.', 'verb'],
        ['The village was rebuilt after the / earthquake in 1980.', 'article'],
        ['The village was rebuilt after the earthquake in / 1980.', 'preposition'],
      ],
    },
  ],
  'keep-verb-parts-together': [
    {
      key: 'We will have finished / the whole first draft by Friday.',
      wrong: [
        ['We will have / finished the whole first draft by Friday.', 'verb'],
        ['We will / have finished the whole first draft by Friday.', 'verb'],
        ['We / will have finished the whole first draft by Friday.', 'pronoun'],
        ['We will have finished the / whole first draft by Friday.', 'article'],
      ],
    },
    {
      key: 'You shouldn’t have told / the children about the surprise party.',
      wrong: [
        ['You shouldn’t / have told the children about the surprise party.', 'verb'],
        ['You shouldn’t have told the / children about the surprise party.', 'article'],
        ['You shouldn’t have told the children about / the surprise party.', 'preposition'],
        ['You shouldn’t have told the children about the / surprise party.', 'article'],
      ],
    },
    {
      key: 'The bridge has been closed / since the big flood last month.',
      wrong: [
        ['The bridge has been / closed since the big flood last month.', 'verb'],
        ['The bridge has / been closed since the big flood last month.', 'verb'],
        ['The bridge has been closed since / the big flood last month.', 'preposition'],
        ['The bridge has been closed since the big / flood last month.', 'adjective'],
      ],
    },
  ],
  'break-before-conjunctions-and-clauses': [
    {
      key: 'I called you three times, / but nobody picked up the phone.',
      wrong: [
        ['I called you three times, but / nobody picked up the phone.', 'conjunction'],
        ['I called you three times, but nobody picked up / the phone.', 'overLimit'],
        ['I / called you three times, but nobody picked up the phone.', 'pronoun'],
        ['I called you three times, but nobody picked up the / phone.', 'article'],
      ],
    },
    {
      key: 'We can stay here tonight / or drive straight through to York.',
      wrong: [
        ['We can stay here tonight or / drive straight through to York.', 'conjunction'],
        ['We can / stay here tonight or drive straight through to York.', 'verb'],
        ['We can stay here tonight or drive straight through to / York.', 'preposition'],
        ['We / can stay here tonight or drive straight through to York.', 'pronoun'],
      ],
    },
    {
      key: 'Keep stirring the mixture / until it starts to thicken.',
      wrong: [
        ['Keep stirring the mixture until / it starts to thicken.', 'conjunction'],
        ['Keep stirring the / mixture until it starts to thicken.', 'article'],
        ['Keep stirring the mixture until it / starts to thicken.', 'pronoun'],
        ['Keep / stirring the mixture until it starts to thicken.', 'verb'],
      ],
    },
  ],
  'keep-pronouns-with-their-verbs': [
    {
      key: 'When the film ended, / we walked home along the river.',
      wrong: [
        ['When the film ended, we / walked home along the river.', 'pronoun'],
        ['When the / film ended, we walked home along the river.', 'article'],
        ['When the film ended, we walked home along / the river.', 'preposition'],
        ['When the film ended, we walked home along the / river.', 'article'],
      ],
    },
    {
      key: 'If the weather holds, / they will sail on Sunday morning.',
      wrong: [
        ['If the weather holds, they / will sail on Sunday morning.', 'pronoun'],
        ['If the weather holds, they will / sail on Sunday morning.', 'verb'],
        ['If the / weather holds, they will sail on Sunday morning.', 'article'],
        ['If the weather holds, they will sail on / Sunday morning.', 'preposition'],
      ],
    },
    {
      key: 'After the meeting, / she drove straight to the airport.',
      wrong: [
        ['After the meeting, she / drove straight to the airport.', 'pronoun'],
        ['After the meeting, she drove straight to / the airport.', 'preposition'],
        ['After the meeting, she drove straight to the / airport.', 'article'],
        ['After the / meeting, she drove straight to the airport.', 'article'],
      ],
    },
  ],
}

/** Subtitles that fit one 42-character line: the key keeps them on one line. */
export const ONE_LINE: readonly BreakCase[] = [
  {
    key: 'I’ll meet you at the station.',
    wrong: [
      ['I’ll meet you / at the station.', 'fits'],
      ['I’ll meet you at / the station.', 'preposition'],
      ['I’ll meet you at the / station.', 'article'],
      ['I’ll / meet you at the station.', 'pronoun'],
    ],
  },
  {
    key: 'Nobody saw the fire start.',
    wrong: [
      ['Nobody saw / the fire start.', 'fits'],
      ['Nobody saw the / fire start.', 'article'],
      ['Nobody / saw the fire start.', 'pronoun'],
      ['Nobody saw the fire / start.', 'fits'],
    ],
  },
  {
    key: 'Turn the oven down to 180 degrees.',
    wrong: [
      ['Turn the oven down / to 180 degrees.', 'fits'],
      ['Turn the / oven down to 180 degrees.', 'article'],
      ['Turn the oven down to / 180 degrees.', 'preposition'],
      ['Turn / the oven down to 180 degrees.', 'verb'],
    ],
  },
]
