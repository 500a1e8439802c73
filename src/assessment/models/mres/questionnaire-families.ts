import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { lower, slug } from './design-families.js'
import { client, family, statements } from './mres-text.js'

// Question-wording faults and question formats a researcher finds in a client's draft. The faults
// are the ones questionnaire-design texts list (Bradburn, Sudman & Wansink, Asking Questions,
// rev. ed. 2004, ch. 2–4 and 9; Malhotra, Marketing Research, 7th ed., ch. 10 "Questionnaire and
// form design": double-barrelled, leading, implicit assumption, unbalanced scale, overlapping and
// not collectively exhaustive categories, ambiguous words such as "usually" and "regularly",
// double negatives, technical terms, memory burden, forced answers without "don't know"); the
// formats follow Malhotra ch. 9 (Likert, semantic differential, constant sum, rank order) and
// Louviere, Flynn & Marley, Best-Worst Scaling (2015) for MaxDiff. Each draft question shows one
// fault only; every option shows one of the fault's names drawn at random.

export const FAULTS = {
  'Double-barrelled question': {
    names: [
      'It is double-barrelled',
      'It asks two things at once',
      'It is a double-barrelled question',
    ],
    examples: [
      'Do you find our app quick and easy to use? (Yes / No)',
      'How satisfied are you with the speed and friendliness of our staff?',
      'Should the shop open earlier and close later? (Yes / No)',
    ],
    gloss: 'asks about two things in one question',
  },
  'Leading question': {
    names: ['It is a leading question', 'It leads the respondent', 'Its wording steers the answer'],
    examples: [
      'Most of our customers love the new menu. How much do you like it?',
      'Don’t you agree that the delivery charge is fair?',
      'Wouldn’t you say our prices beat our rivals’ prices?',
    ],
    gloss: 'pushes the respondent towards a desired answer',
  },
  'Presumptive question': {
    names: [
      'It presumes a behaviour',
      'It assumes what is not established',
      'It is a presumptive question',
    ],
    examples: [
      'Where do you buy your cigarettes? (asked of all adults)',
      'How many times a week do you swim in our pool? (asked of every visitor to the website)',
      'Which of our podcasts do you listen to most? (asked of a general-population sample)',
    ],
    gloss: 'takes for granted a behaviour the respondent may not have',
  },
  'Unbalanced scale': {
    names: [
      'The scale is unbalanced',
      'Its answer scale is lopsided',
      'It has an unbalanced scale',
    ],
    examples: [
      'How was your visit? Excellent / Very good / Good / Fair',
      'Rate our service: Outstanding / Very good / Good / Poor',
    ],
    gloss: 'offers more positive than negative answer points',
  },
  'Overlapping categories': {
    names: [
      'Its answer ranges overlap',
      'The categories are not mutually exclusive',
      'The bands overlap',
    ],
    examples: [
      'Your age (adults only): 18–25 / 25–35 / 35–45 / 45 or over',
      'Monthly spend: up to £10 / £10–£20 / £20–£30 / £30 or more',
    ],
    gloss: 'lets one answer fall into two categories',
  },
  'Non-exhaustive list': {
    names: [
      'The list is not exhaustive',
      'It lacks an answer for everyone',
      'The categories are not collectively exhaustive',
    ],
    examples: [
      'Which device do you mainly use to shop online? Laptop / Desktop computer / Tablet',
      'How did you first hear about us? TV / Radio / Newspaper',
    ],
    gloss: 'leaves some respondents with no answer that fits',
  },
  'Vague quantifiers': {
    names: [
      'It uses vague quantifiers',
      'Its frequency words are undefined',
      'Its terms mean different things to different people',
    ],
    examples: [
      'Do you eat out regularly? (Yes / No)',
      'How often do you buy takeaway coffee? Rarely / Sometimes / Often',
    ],
    gloss: 'relies on words like often or regularly that respondents read differently',
  },
  'Double negative': {
    names: [
      'It has a double negative',
      'It contains a double negative',
      'Its negatives cancel out confusingly',
    ],
    examples: [
      'Do you disagree that the shop should not open on Sundays?',
      'Would you not oppose a ban on single-use cups? (Yes / No)',
    ],
    gloss: 'uses two negatives that confuse the meaning',
  },
  'Technical jargon': {
    names: ['It uses jargon', 'It relies on technical terms', 'Its terminology is too technical'],
    examples: [
      'How would you rate the latency of our app? (asked of shoppers)',
      'Is our SKU range broad enough? (asked of consumers)',
    ],
    gloss: 'uses terms respondents may not understand',
  },
  'Excessive recall period': {
    names: [
      'Its recall period is too long',
      'It overloads the respondent’s memory',
      'It asks for unrealistic recall',
    ],
    examples: [
      'How many loaves of bread did you buy in the last twelve months?',
      'How many cups of coffee did you drink last year?',
    ],
    gloss: 'asks for precise recall over a long period',
  },
  'Absolute question': {
    names: ['It is an absolute question', 'It admits no exceptions', 'It is phrased in absolutes'],
    examples: [
      'Do you always read the label before buying food? (Yes / No)',
      'Do you check prices online every time you shop? (Yes / No)',
    ],
    gloss: 'uses always or every time, so hardly anyone can truthfully say yes',
  },
  'No "don’t know" option': {
    names: [
      'It has no “don’t know” option',
      'It forces an opinion',
      'It lacks a “don’t know” answer',
    ],
    examples: [
      'What do you think of the council’s 2023 procurement strategy? Good / Bad',
      'Is the new EU battery regulation good for consumers? Yes / No',
    ],
    gloss: 'forces an opinion from people who may have none',
  },
} as const
type Fault = keyof typeof FAULTS
const FAULT_NAMES = Object.keys(FAULTS) as Fault[]

const faultFamily = (f: Fault): ScenarioFamily =>
  family(`question-${slug(f)}`, (rng) => {
    const others = rng.shuffle(FAULT_NAMES.filter((t) => t !== f)).slice(0, 7)
    const name = (t: Fault) => rng.pick(FAULTS[t].names)
    return statements(
      rng,
      {
        stem: `Reviewing a client's draft questionnaire, a researcher reads: “${rng.pick(FAULTS[f].examples)}” What is the main fault in this question?`,
        key: name(f),
        wrong: others.map(
          (o) => [name(o), `confuses it with ${lower(o)}, which ${FAULTS[o].gloss}`] as const,
        ),
      },
      f,
    )
  })

export const FORMATS = {
  'Likert scale': {
    names: ['A Likert scale', 'A Likert item', 'Likert scaling'],
    example:
      'respondents say how far they agree with “The staff were helpful”, from strongly disagree through neither to strongly agree, on five points',
    gloss: 'rates agreement with statements on a graded scale',
  },
  'Semantic differential': {
    names: [
      'A semantic differential',
      'Semantic differential scaling',
      'A semantic differential grid',
    ],
    example:
      'the brand is rated on seven points between pairs of opposite adjectives such as modern … old-fashioned and cheap … expensive',
    gloss: 'rates between bipolar adjective pairs',
  },
  'Constant sum': {
    names: ['A constant sum question', 'Constant sum scaling', 'A constant sum allocation'],
    example:
      'respondents share out 100 points among five features so that the total shows how much each matters to them',
    gloss: 'allocates a fixed total of points across items',
  },
  MaxDiff: {
    names: ['MaxDiff (best–worst scaling)', 'MaxDiff', 'Best–worst scaling'],
    example:
      'in each of several screens of four features, respondents pick the one that matters most and the one that matters least',
    gloss: 'picks most and least important from repeated subsets',
  },
  'Rank order': {
    names: ['A rank-order question', 'Ranking', 'A rank-order scale'],
    example:
      'respondents number six product features by importance, 1 for the most important down to 6',
    gloss: 'orders every item from first to last',
  },
  'Open-ended question': {
    names: ['An open-ended question', 'An open question', 'A verbatim (open-ended) question'],
    example:
      'respondents type in their own words why they cancelled, and the answers are coded afterwards',
    gloss: 'collects free-text answers in the respondent’s own words',
  },
} as const
type Format = keyof typeof FORMATS
const FORMAT_NAMES = Object.keys(FORMATS) as Format[]

const formatFamily = (f: Format): ScenarioFamily =>
  family(`format-${slug(f)}`, (rng) => {
    const others = rng.shuffle(FORMAT_NAMES.filter((t) => t !== f))
    const name = (t: Format) => rng.pick(FORMATS[t].names)
    return statements(
      rng,
      {
        stem: `In a questionnaire a researcher drafts for ${client(rng)}, ${FORMATS[f].example}. What question format is this?`,
        key: name(f),
        wrong: others.map(
          (o) => [name(o), `confuses it with ${lower(o)}, which ${FORMATS[o].gloss}`] as const,
        ),
      },
      f,
    )
  })

export const QUESTIONNAIRE_FAMILIES: readonly ScenarioFamily[] = [
  ...FAULT_NAMES.map(faultFamily),
  ...FORMAT_NAMES.map(formatFamily),
]
