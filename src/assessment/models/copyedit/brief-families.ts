import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, worked } from './copyedit-text.js'

// Querying the author versus fixing silently, by the editorial brief the stem quotes. The brief
// is the usual division of a copy-edit (e.g. the Society for Editors and Proofreaders’ guidance
// and the Chicago Manual of Style on queries): the editor corrects mechanics, queries
// matters of fact and meaning, leaves quoted words and an author’s recorded preferences alone,
// and refers legal risk (libel, permissions) to the publisher.

export const BRIEF =
  'correct spelling, punctuation, grammar and house-style points silently (with tracked changes); change nothing of fact or meaning without querying the author; never alter words inside a quotation, but query them; refer possible legal problems (defamation, unlicensed material) to the publisher; respect the preferences recorded on the author’s style sheet'

export type Action = 'fix' | 'query' | 'refer' | 'leave' | 'fixUnasked'

/** Each action in three wordings of different lengths, so no option’s length marks the key. */
const SAY: Record<Action, readonly string[]> = {
  fix: [
    'Correct it silently',
    'Make the correction, tracked, with no query',
    'Correct it in tracked changes without troubling the author with a query',
  ],
  query: [
    'Query the author',
    'Leave the words and ask the author in a query',
    'Leave the text unchanged and raise a query asking the author to check it',
  ],
  refer: [
    'Refer it to the publisher',
    'Flag it to the publisher before anything else',
    'Refer it to the commissioning editor at the publisher as a possible legal problem',
  ],
  leave: [
    'Leave it as written',
    'Leave it alone: the text is as it should be',
    'Make no change and no query, since it follows what the author wants',
  ],
  fixUnasked: [
    'Rewrite it to what seems right',
    'Change it to the likely right version',
    'Rewrite it to the version that seems right and move on without asking',
  ],
}

/** Why each action is the wrong one for a case whose right action is another. */
const MISTAKE: Record<Action, string> = {
  fix: 'treats a matter the brief reserves for the author or publisher as a mechanical slip',
  query: 'queries what the brief lets the editor settle, or what needs the publisher first',
  refer: 'sends a matter to the publisher that the brief leaves to editor and author',
  leave: 'leaves alone something the brief asks the editor to act on',
  fixUnasked: 'changes fact or meaning on a guess, without the author',
}

/** A case of one kind: the manuscript’s words and the action the brief gives. */
export type Case = readonly [text: string, action: Action]

export function briefItem(rng: Rng, cases: readonly Case[], rule: string) {
  const [text, action] = rng.pick(cases)
  // Rewriting a plain slip is what fixing it means, so that wording is no distractor there.
  const others = (['fix', 'query', 'refer', 'leave', 'fixUnasked'] as const).filter(
    (a) => a !== action && !(action === 'fix' && a === 'fixUnasked'),
  )
  return worked(rng, {
    stem: `Your brief from ${client(rng)} says: ${BRIEF}. The manuscript has this: ${text} What do you do?`,
    in: { text, action },
    key: rng.pick(SAY[action]),
    wrong: others.map((a) => [a, rng.pick(SAY[a]), MISTAKE[a]] as const),
    rule,
  })
}

const KINDS: Record<string, readonly Case[]> = {
  'spelling-slip-in-running-text': [
    ['“The libary opened in 1904.”', 'fix'],
    ['“The fishermen’s nets were seperate from the boats.”', 'fix'],
    ['“The vilage hall was rebuilt in 1958.”', 'fix'],
    ['“The comittee met twice.” (the word is spelled correctly everywhere else)', 'fix'],
    ['“Their were no records left.”', 'fix'],
    ['“The goverment fell in 1923.”', 'fix'],
  ],
  'house-style-departure': [
    ['“The 1st World War ended in 1918.” (the house style spells out “First”)', 'fix'],
    ['“It opened on Jan. 4, 1921.” (the house style is “4 January 1921”)', 'fix'],
    ['“The co-operative was founded in 1844.” (the house style is “cooperative”)', 'fix'],
    ['“In the 1930’s the mill closed.” (the house style is “1930s”)', 'fix'],
    ['“She said “no” twice.” (the house style uses single quotation marks)', 'fix'],
    ['“It cost 5 percent more.” (the house style is “per cent”)', 'fix'],
  ],
  'suspected-wrong-fact': [
    ['“Shakespeare, born in 1664, …” (he was born in 1564)', 'query'],
    ['“The Thames, which flows through Manchester, …”', 'query'],
    ['“Queen Victoria, who reigned for 36 years, …” (she reigned for 63)', 'query'],
    ['“The Berlin Wall fell in 1991.” (it fell in 1989)', 'query'],
    ['“Everest, at 6,849 metres, …” (reference works give 8,849 metres)', 'query'],
    ['“Paris, the capital of Belgium, …”', 'query'],
  ],
  'suspected-misquotation': [
    [
      'a quotation from a diary in which one date differs from the published edition the note cites',
      'query',
    ],
    ['a quotation from a poem with one line missing against the edition the author cites', 'query'],
    [
      'a quotation from a court record whose wording differs from the transcript the note gives',
      'query',
    ],
    [
      'a quotation from a printed speech that differs by two words from the source the author cites',
      'query',
    ],
    [
      'a quotation from a letter with a spelling mistake that may be the letter-writer’s own',
      'query',
    ],
    ['a quotation whose closing words do not match the published text the note gives', 'query'],
  ],
  'possibly-defamatory-statement': [
    [
      '“The head teacher was drunk at the prize-giving.” (a living, named person; no source)',
      'refer',
    ],
    ['“The builder bribed the council to win the contract.” (a named firm; no source)', 'refer'],
    [
      '“The vicar stole from the collection box for years.” (a living, named person; no source)',
      'refer',
    ],
    ['“The mayor, a known thief, took the money.” (no conviction is cited)', 'refer'],
    ['“The firm’s director faked the safety tests.” (a living, named person; no source)', 'refer'],
    ['“Dr Lee’s clinic routinely lied to patients.” (no source given)', 'refer'],
  ],
  'reproduced-material-without-permission': [
    ['four stanzas of a poem still in copyright, with no permission in the log', 'refer'],
    ['a cartoon from a newspaper, with no licence on file', 'refer'],
    ['a chart reproduced from a commercial report, with no permission in the log', 'refer'],
    ['a full song lyric still in copyright, with no permission listed in the log', 'refer'],
    ['a photograph from a news agency, credited but with no licence on file', 'refer'],
    ['a map copied from another publisher’s atlas, with no permission in the log', 'refer'],
  ],
  'preference-on-the-authors-style-sheet': [
    ['“Mumbai” used for all periods, recorded on the author’s style sheet', 'leave'],
    [
      '“organise” with -ise throughout, recorded on the author’s style sheet as the spelling wanted',
      'leave',
    ],
    ['“First Nations” used throughout, recorded on the author’s style sheet', 'leave'],
    [
      '“judgement” throughout, recorded on the author’s style sheet as the spelling wanted',
      'leave',
    ],
    ['“Black” capitalised for people, recorded on the author’s style sheet', 'leave'],
    ['“data” as a plural noun throughout, recorded on the author’s style sheet', 'leave'],
  ],
  'sentence-with-two-readings': [
    [
      '“The committee approved the plan for the new school last year.” (whether the approval or the school was last year is unclear)',
      'query',
    ],
    [
      '“Old men and women were evacuated first.” (whether the women were old too is unclear)',
      'query',
    ],
    ['“Flying planes can be dangerous.” (the paragraph fits either reading)', 'query'],
    [
      '“The inspector interviewed the witness with the notebook.” (whose notebook is unclear)',
      'query',
    ],
    ['“Visiting relatives can be tiring.” (the paragraph fits either reading)', 'query'],
    ['“She told her sister she had been promoted.” (who was promoted is unclear)', 'query'],
  ],
  'grammar-slip-changing-no-meaning': [
    ['“The box of letters were found in 1960.”', 'fix'],
    ['“Neither the mayor nor the clerk were present.”', 'fix'],
    ['“Him and his brother ran the mill until 1930.”', 'fix'],
    ['“The list of names were long.”', 'fix'],
    ['“Between you and I, the plan failed.”', 'fix'],
    ['“Each of the reports have a summary.”', 'fix'],
  ],
  'figures-that-disagree-between-chapters': [
    ['chapter 1 gives the bridge’s length as 240 metres; chapter 5 gives 420 metres', 'query'],
    [
      'the caption dates the photograph to 1912; the text dates the same photograph to 1921',
      'query',
    ],
    ['the preface says there are 12 interviews; the appendix lists 15', 'query'],
    ['chapter 2 gives the village’s population in 1851 as 812; chapter 6 gives 821', 'query'],
    ['the introduction dates the fire to 1666; chapter 4 dates it to 1676', 'query'],
    ['the text says 14 staff; the table under it lists 16 names', 'query'],
  ],
  'non-standard-speech-in-dialogue': [
    [
      'a character’s line “I done it yesterday” in a novel whose style sheet keeps dialect in dialogue',
      'leave',
    ],
    [
      'an interview transcript reading “we never had no money”, to be kept verbatim by the style sheet',
      'leave',
    ],
    [
      'a character’s line “Youse lot can wait” in a novel whose author’s note keeps speech as spoken',
      'leave',
    ],
    [
      'a novel’s character says “We was robbed,” and the author’s note says dialogue keeps dialect',
      'leave',
    ],
    [
      'a character’s line “I ain’t going” in a novel whose style sheet keeps speech as spoken',
      'leave',
    ],
    [
      'an oral-history transcript reading “they was all there”, to be kept verbatim by the style sheet',
      'leave',
    ],
  ],
  'repeated-word-typo': [
    ['“The mill closed in in 1923.”', 'fix'],
    ['“He sold the the farm to his brother.”', 'fix'],
    ['“The letters are kept at at the county archive.”', 'fix'],
    ['“The report was sent to the the board in May.”', 'fix'],
    ['“She wrote to him in in 1902.”', 'fix'],
    ['“The map shows a a second road.”', 'fix'],
  ],
  'passage-matching-another-published-book': [
    ['two paragraphs, uncited, that match a recent journal article word for word', 'refer'],
    [
      'a page of text that matches a website’s copyrighted guide word for word, with no credit',
      'refer',
    ],
    [
      'a chapter opening that repeats another author’s recent novel word for word, uncredited',
      'refer',
    ],
    [
      'a paragraph, unquoted and uncited, that matches a page of another publisher’s recent book word for word',
      'refer',
    ],
    ['three unattributed sentences identical to a copyrighted magazine article', 'refer'],
    ['a long table copied without credit from a commercial market report', 'refer'],
  ],
  'statistic-that-may-be-out-of-date': [
    ['“The museum now has 40,000 visitors a year.” (the source is a 1994 guidebook)', 'query'],
    ['“Currently 15% of homes have no telephone.” (the source is from 1985)', 'query'],
    ['“The parish today has 600 residents.” (the note cites a 1971 survey)', 'query'],
    ['“The current population of the town is 12,400.” (the note cites a 2001 census)', 'query'],
    ['“At present, 3 in 10 adults smoke.” (the source is from 1998)', 'query'],
    ['“Today the firm employs 200 people.” (the source is a 2005 annual report)', 'query'],
  ],
}

export const BRIEF_FAMILIES: readonly ScenarioFamily[] = Object.entries(KINDS).map(([id, cases]) =>
  family(id, (rng) => briefItem(rng, cases, id)),
)
