import { clientAnd, type GadsFamily, rule } from './gads-text.js'

const MATCH = 'support.google.com/google-ads/answer/7478529 (About keyword matching options)'
const NEG = 'support.google.com/google-ads/answer/2453972 (About negative keywords)'
const PRIORITY =
  'support.google.com/google-ads/answer/2756257 (About keyword and search theme prioritization)'

// Keyword match types and which keyword a search triggers, as the help centre documents them now.
export const MATCH_FAMILIES: readonly GadsFamily[] = [
  rule('phrase-match-syntax', {
    source: `${MATCH}: phrase match is written in quotation marks`,
    answer: 'quotes',
    stem: (rng) =>
      `You add the phrase match keyword for ${clientAnd(rng).what} in the Google Ads editor. How is it written?`,
    keys: ['In quotation marks: "keyword"', 'Between double quotes, as "keyword"'],
    wrong: [
      ['In square brackets: [keyword]', 'uses the exact match syntax'],
      ['Preceded by a plus sign: +keyword', 'uses the retired broad match modifier syntax'],
      ['As the plain words, with no symbols', 'uses the broad match syntax'],
      ['Preceded by a minus sign: -keyword', 'uses the negative keyword sign'],
      ['In round brackets: (keyword)', 'invents a bracket syntax'],
    ],
  }),
  rule('exact-match-syntax', {
    source: `${MATCH}: exact match is written in square brackets`,
    answer: 'brackets',
    stem: (rng) =>
      `A client wants ${clientAnd(rng).what} added as an exact match keyword. How do you write it?`,
    keys: ['In square brackets: [keyword]', 'Between square brackets, as [keyword]'],
    wrong: [
      ['In quotation marks: "keyword"', 'uses the phrase match syntax'],
      ['Preceded by a plus sign: +keyword', 'uses the retired broad match modifier syntax'],
      ['As the plain words, with no symbols', 'uses the broad match syntax'],
      ['In curly braces: {keyword}', 'confuses it with keyword insertion'],
      ['Preceded by an equals sign: =keyword', 'invents an operator'],
    ],
  }),
  rule('broad-match-is-the-default', {
    source: `${MATCH}: broad match is the default match type that all keywords are assigned`,
    answer: 'broad-default',
    stem: (rng) =>
      `A client of yours typed ${clientAnd(rng).what} into an ad group with no quotation marks or brackets. Which match type does the keyword get?`,
    keys: ['Broad match, the default match type', 'Broad match'],
    wrong: [
      ['Exact match, until a match type is chosen', 'thinks a bare keyword is exact'],
      ['Phrase match, the middle setting', 'thinks phrase is the default'],
      ['Broad match modifier', 'thinks the retired modifier is still assigned'],
      ['No match type: the keyword stays paused', 'thinks a keyword needs a match type set'],
      ['The ad group’s default match type setting', 'invents an ad group setting'],
    ],
  }),
  rule('broad-match-reaches-related-searches', {
    source: `${MATCH}: with broad match, ads may show on searches related to the keyword, including searches that don’t contain the keyword’s terms`,
    answer: 'related',
    stem: (rng) =>
      `A broad match keyword for ${clientAnd(rng).what}: on which searches may its ads show, as Google describes broad match?`,
    keys: [
      'Searches related to the keyword, even ones without its words',
      'Related searches, including some that use none of its terms',
    ],
    wrong: [
      [
        'Only searches that contain every word of the keyword',
        'describes the retired broad match modifier',
      ],
      ['Only searches that contain the keyword’s words in order', 'describes old phrase match'],
      ['Searches that have the same meaning as the keyword and no others', 'describes exact match'],
      ['Any search containing at least one of its words', 'thinks broad is a word-by-word match'],
      ['Searches on the Display Network only', 'mixes up match type with network'],
    ],
  }),
  rule('phrase-match-meaning', {
    source: `${MATCH}: phrase match: ads may show on searches that include the meaning of the keyword, which can be implied`,
    answer: 'includes-meaning',
    stem: (rng) =>
      `How does Google describe the searches a phrase match keyword for ${clientAnd(rng).what} can reach?`,
    keys: [
      'Searches that include the keyword’s meaning, which may be implied',
      'Searches that include its meaning, even when implied, possibly with more words',
    ],
    wrong: [
      [
        'Only searches with the exact words in order, with extra words only around them',
        'describes phrase match before its 2021 change',
      ],
      ['Only searches identical to the keyword', 'confuses phrase with exact'],
      ['Any search related to the keyword, even without its meaning', 'describes broad match'],
      ['Searches with all the words in any order', 'describes the retired broad match modifier'],
      ['Searches that start with the keyword', 'invents a prefix rule'],
    ],
  }),
  rule('exact-match-same-meaning', {
    source: `${MATCH}: exact match: ads may show on searches that are the same meaning or same intent as the keyword (close variants such as plurals, misspellings and reorderings)`,
    answer: 'same-meaning',
    stem: (rng) => {
      const w = clientAnd(rng).what
      return `Your exact match keyword is [${w}]. A search for a plural or reordered form of ${w} with the same meaning comes in. What can happen?`
    },
    keys: [
      'It can show: exact match reaches the same meaning',
      'It can: same-intent close variants match exact',
    ],
    wrong: [
      ['The ad cannot show: exact match needs identical characters', 'uses pre-2014 exact match'],
      [
        'The ad shows only if a phrase match version is also added',
        'thinks close variants need another match type',
      ],
      ['It shows only when close variant matching is switched on', 'invents an opt-in setting'],
      [
        'The search is blocked as a duplicate keyword',
        'confuses matching with duplicate detection',
      ],
      ['It shows only on search partners', 'invents a network rule'],
      [
        'It cannot: plurals match but a reordered search never does',
        'thinks close variants cover plurals but not reorderings',
      ],
      [
        'It shows only after the plural is added as its own exact match keyword',
        'thinks each variant needs a keyword',
      ],
    ],
  }),
  rule('broad-match-modifier-retired', {
    source: `${MATCH}: broad match modifier keywords behave like phrase match, and new ones can no longer be created`,
    answer: 'bmm-phrase',
    stem: () =>
      'An old account you took over still has keywords like +emergency +plumber (broad match modifier). How do they behave now?',
    keys: ['Like phrase match keywords', 'As phrase match, as the modifier was retired'],
    wrong: [
      ['As broad match, ignoring the plus signs', 'thinks the modifier turned into broad'],
      ['As exact match on each + word', 'thinks the plus sign pins words exactly'],
      ['They have stopped serving and must be recreated', 'thinks retired means paused'],
      [
        'Each word after + must appear exactly, as it always did',
        'thinks the modifier still works as before',
      ],
      ['As negative keywords', 'confuses the plus sign with a minus sign'],
      [
        'As broad match, since the plus signs are now read as plain text',
        'thinks the modifier turned into broad',
      ],
    ],
  }),
  rule('smart-bidding-with-broad-match', {
    source: `${MATCH}: it's critical to use Smart Bidding with broad match`,
    answer: 'smart-bidding',
    stem: (rng) =>
      `You plan to move ${clientAnd(rng).who}’s keywords to broad match. Which bidding does Google say to pair broad match with?`,
    keys: ['Smart Bidding, such as Maximize conversions', 'A Smart Bidding strategy'],
    wrong: [
      ['Manual CPC, to hold costs down', 'thinks manual bids suit broad reach'],
      ['Maximize clicks', 'optimises for clicks, not conversions'],
      ['Target impression share', 'optimises for visibility, not conversions'],
      ['Manual CPC with high bids, to win more auctions', 'thinks bigger bids fix relevance'],
      ['Any strategy: the match type has no bearing on bids', 'ignores the documented advice'],
    ],
  }),
  rule('negatives-ignore-close-variants', {
    source: `${NEG}: negative keywords don't match to close variants or other expansions`,
    answer: 'no-close-variants',
    stem: (rng) =>
      `To stop ${clientAnd(rng).who}’s ads showing on job searches you add the negative keyword jobs. Searches for the singular job still trigger ads. Why?`,
    keys: ['Negatives skip close variants: add job too', 'Close variants aren’t negated: add job'],
    wrong: [
      ['Negatives take 30 days to apply', 'invents a delay'],
      ['Negative broad only blocks the plural', 'blames the match type, not close variants'],
      [
        'Close variant matching of negatives is off by default',
        'invents a setting that turns it on',
      ],
      ['The negative must be exact match to work', 'thinks exact match covers variants'],
      ['Negatives only apply to Display', 'thinks negatives are network-limited'],
      [
        'The negative needs a day or so to apply to singular forms of the word',
        'invents a delay for variants',
      ],
      [
        'Negative broad blocks related searches only once it has enough data',
        'reads negatives as learning like positives',
      ],
    ],
  }),
  rule('negative-broad-all-terms', {
    source: `${NEG}: negative broad match: the ad won't show if the search contains all the negative keyword terms, even in a different order`,
    answer: 'all-terms-any-order',
    stem: () => 'Which searches does a negative broad match keyword stop an ad from showing on?',
    keys: [
      'Searches containing all its terms, in any order',
      'Any search holding every one of its words, whatever the order',
    ],
    wrong: [
      ['Searches related to it, as broad match keywords reach', 'reads negatives like positives'],
      ['Searches with any one of its words', 'thinks one word is enough'],
      ['Searches with its words in the same order only', 'describes negative phrase'],
      ['Only searches identical to it', 'describes negative exact'],
      ['Its close variants and synonyms too', 'thinks negatives match close variants'],
    ],
  }),
  rule('negative-levels', {
    source: `${NEG} (negatives at ad group or campaign level, and negative keyword lists applied to campaigns) and support.google.com/google-ads help page “About account-level negative keywords”`,
    answer: 'list-or-account',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')} never wants ads on searches with "free" in any of its 12 campaigns. What is the least-work way to exclude it?`,
    keys: [
      'Add it once as an account-level negative keyword',
      'Put it in a negative keyword list applied to every campaign',
    ],
    wrong: [
      ['Add it to one ad group: negatives apply account-wide', 'thinks ad group negatives spread'],
      ['Add it as a keyword with a zero bid', 'thinks a 0 bid excludes'],
      ['Pause any keyword containing free', 'confuses keywords with searches'],
      ['Set the campaigns to exact match only', 'thinks exact match excludes words'],
      ['Add -free to the ads’ headlines', 'invents an ad text operator'],
    ],
  }),
  rule('identical-exact-keyword-first', {
    source: `${PRIORITY}: priority 1: exact match keywords identical to the search term are prioritised over other keywords and Performance Max`,
    answer: 'identical-exact',
    stem: (rng) => {
      const w = clientAnd(rng).what
      return `Someone searches ${w}. The account has [${w}] in ad group A, a broad keyword ${w} with a higher bid in ad group B, and a Performance Max campaign. Which enters the auction?`
    },
    keys: ['The exact keyword in ad group A', 'Ad group A’s identical exact match keyword'],
    wrong: [
      ['The broad keyword, for its higher bid', 'thinks the highest bid is chosen'],
      ['The Performance Max campaign', 'thinks Performance Max takes precedence'],
      ['All three, competing in the auction', 'thinks an advertiser’s keywords compete'],
      ['Whichever was created first', 'invents an age rule'],
      ['The broad keyword, as broad is the default match type', 'thinks the default is preferred'],
    ],
  }),
  rule('identical-search-theme-beats-non-identical-phrase', {
    source: `${PRIORITY}: priority 2: phrase and broad keywords or search themes identical to the search term are prioritised (an identical Performance Max search theme over a non-identical phrase keyword)`,
    answer: 'identical-theme',
    stem: (rng) => {
      const w = clientAnd(rng).what
      return `Someone searches ${w} cost. Your Search campaign has the phrase keyword "${w}"; your Performance Max asset group has the search theme ${w} cost. No keyword is identical. Which goes forward?`
    },
    keys: [
      'The Performance Max search theme, as it is identical',
      'The identical search theme in Performance Max',
    ],
    wrong: [
      [
        'The phrase keyword: Search campaigns always beat Performance Max',
        'forgets the rule needs an identical keyword',
      ],
      ['The two, competing against each other', 'thinks an advertiser’s keywords compete'],
      ['Whichever has the higher bid', 'skips the identical-term rule'],
      ['Neither: a search theme can’t match a search', 'thinks themes are only hints'],
      ['The phrase keyword, as phrase outranks broad', 'thinks match type sets priority'],
    ],
  }),
  rule('search-beats-pmax-when-identical', {
    source: `${MATCH} (How Performance Max works with Search campaigns): if the search is identical to an eligible Search keyword of any match type, the Search campaign is prioritised over Performance Max`,
    answer: 'search-identical',
    stem: (rng) => {
      const w = clientAnd(rng).what
      return `A search is exactly ${w}. The Search campaign has the eligible broad keyword ${w}; a Performance Max campaign could also serve. Which serves?`
    },
    keys: [
      'The Search campaign, as its keyword is identical',
      'Search, because the keyword is identical to the query',
    ],
    wrong: [
      ['Performance Max, as it covers every channel', 'thinks Performance Max comes first'],
      ['Performance Max, as only exact match keywords win', 'limits the rule to exact match'],
      ['Whichever has the higher budget', 'invents a budget rule'],
      ['The two ads show in the same results', 'thinks one advertiser shows twice'],
      ['Whichever campaign is newer', 'invents an age rule'],
    ],
  }),
  rule('own-keywords-dont-compete', {
    source: `${PRIORITY}: if multiple keywords are eligible to match the same search term, they don't compete with each other in the auction; only one can trigger an ad`,
    answer: 'one-keyword',
    stem: (rng) =>
      `A client worries that two of their ad groups both holding ${clientAnd(rng).what} bid against each other and raise CPCs. What does Google say?`,
    keys: ['Only one of them enters the auction', 'They don’t compete: one keyword goes forward'],
    wrong: [
      ['They compete and raise each other’s CPC', 'thinks own keywords bid each other up'],
      ['The two ads show, one above the other', 'thinks one advertiser shows twice'],
      ['Google pauses the newer one as a duplicate', 'invents an automatic pause'],
      ['Their bids are added together', 'invents bid pooling'],
      ['The account is penalised for duplicates', 'invents a penalty'],
      [
        'They compete, so the higher bid sets the price the other one pays',
        'thinks own keywords bid each other up',
      ],
      [
        'Google merges their bids, so the pair costs more than a single keyword',
        'invents bid pooling',
      ],
    ],
  }),
  rule('search-terms-report', {
    source:
      'support.google.com/google-ads help page “About the search terms report” (the searches that triggered your ads, with the keyword that matched each)',
    answer: 'search-terms',
    stem: (rng) =>
      `You need to see which actual searches triggered ${clientAnd(rng).who}’s ads this month, to find new negatives. Where do you look?`,
    keys: ['The search terms report', 'Insights and reports › Search terms'],
    wrong: [
      ['The Keywords page', 'lists your keywords, not the searches'],
      ['Keyword Planner', 'forecasts, not what triggered ads'],
      ['The auction insights report', 'compares competitors'],
      ['The change history', 'lists account edits'],
      ['The Quality Score columns', 'reports keyword diagnostics'],
    ],
  }),
]
