import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, statements } from './mres-text.js'

// Research designs and methods a client describes; each family asks which one fits, and the
// others are its confusions. The definitions follow standard texts (Malhotra, Marketing Research:
// An Applied Orientation, 7th ed., ch. 3 (exploratory, descriptive and causal designs), ch. 4
// (secondary data), ch. 5 (focus groups, depth interviews), ch. 6 (observation), ch. 7
// (experiments); van Westendorp (1976) for the price sensitivity meter; Gabor & Granger (1966)
// for the buy-response price ladder). Each method goes by more than one name in the trade, and
// every option shows one of its names drawn at random, so no option's length marks the key.
// Designs (exploratory, cross-sectional descriptive, causal, longitudinal panel, tracking by
// repeated cross-sections; Malhotra ch. 3) are offered only against designs, and methods only
// against methods, since a method such as a focus group may serve an exploratory design.

export const DESIGNS = {
  'Exploratory research': {
    group: 'design',
    names: ['Exploratory research', 'An exploratory design', 'Exploratory work'],
    says: 'the client cannot yet say what the problem is, only that repeat sales are slipping, and wants ideas and hypotheses to test later rather than numbers',
    gloss: 'generates ideas and hypotheses when the problem is unclear',
  },
  'Cross-sectional descriptive research': {
    group: 'design',
    names: [
      'A cross-sectional design',
      'Cross-sectional research',
      'A descriptive (one-off) design',
    ],
    says: 'the client needs to know how many customers in each age group use each service and how often, measured on a structured questionnaire at one point in time',
    gloss: 'measures who, what, how many and how often once, on one sample',
  },
  'Causal research': {
    group: 'design',
    names: ['Causal research', 'A causal (experimental) design', 'An experimental design'],
    says: 'the client wants to know whether a new shelf display itself raises sales, so some stores are given it at random and others kept as a control',
    gloss: 'tests cause and effect by manipulating a variable against a control',
  },
  'Secondary desk research': {
    group: 'method',
    names: ['Secondary desk research', 'Desk research', 'Secondary data analysis'],
    says: 'before any fieldwork, the researcher gathers published trade statistics, government census tables and competitors’ annual reports',
    gloss: 'reuses data already collected by others',
  },
  'Focus group': {
    group: 'method',
    names: [
      'A moderated focus group',
      'Group discussions (focus groups)',
      'A focus group discussion',
    ],
    says: 'six to eight customers meet with a moderator for ninety minutes and react to rough advertising ideas, building on each other’s comments',
    gloss: 'draws on interaction among several participants with a moderator',
  },
  'In-depth interview': {
    group: 'method',
    names: ['In-depth interviews', 'Depth interviews (IDIs)', 'One-to-one depth interviews'],
    says: 'the topic is personal debt, which people will not discuss in front of others, so each participant talks privately with the researcher for an hour',
    gloss: 'explores one person’s views privately at length',
  },
  'Ethnographic observation': {
    group: 'method',
    names: ['Ethnography', 'Ethnographic observation', 'In-home ethnographic visits'],
    says: 'the researcher spends evenings in families’ kitchens watching how meals are actually cooked, since what people say they do differs from what they do',
    gloss: 'watches behaviour in its natural setting over time',
  },
  'Diary study': {
    group: 'method',
    names: ['A diary study', 'Diary research', 'A self-completion diary'],
    says: 'participants record every snack they eat, when and where, on their phones each day for two weeks',
    gloss: 'has participants log behaviour as it happens over a period',
  },
  'Conjoint analysis': {
    group: 'method',
    names: ['Conjoint analysis', 'Choice-based conjoint', 'A conjoint (trade-off) study'],
    says: 'respondents choose repeatedly between product profiles that vary in price, size and features, so the worth of each feature level can be estimated',
    gloss: 'estimates the value of attribute levels from trade-off choices',
  },
  'Van Westendorp price sensitivity meter': {
    group: 'method',
    names: ['Van Westendorp pricing', 'The Van Westendorp PSM', 'A Van Westendorp study'],
    says: 'each respondent is asked at what price the product would be too cheap to trust, a bargain, getting expensive and too expensive to consider',
    gloss: 'asks four price-perception questions to find an acceptable range',
  },
  'Gabor-Granger pricing': {
    group: 'method',
    names: ['Gabor-Granger pricing', 'The Gabor-Granger method', 'A Gabor-Granger price ladder'],
    says: 'respondents are asked whether they would buy at one price, then at a higher or lower price depending on the answer, to trace a demand curve',
    gloss: 'asks purchase likelihood at a ladder of set prices',
  },
  'Omnibus survey': {
    group: 'method',
    names: ['An omnibus survey', 'Buying questions on an omnibus', 'A shared-cost omnibus'],
    says: 'the client needs only three questions answered by a national sample, so they are added to a regular multi-client survey and paid for per question',
    gloss: 'shares one survey among several clients buying a few questions each',
  },
  'Tracking study': {
    group: 'design',
    names: ['A tracking study', 'A brand tracker', 'Continuous tracking'],
    says: 'the same awareness and image questions are asked of a fresh matched sample every quarter to follow changes after each campaign',
    gloss: 'repeats the same measures on new samples over time',
  },
  'Mystery shopping': {
    group: 'method',
    names: ['Mystery shopping', 'Mystery customer research', 'Mystery shops'],
    says: 'trained assessors posing as ordinary members of the public visit the branches and score whether staff follow the service standards',
    gloss: 'uses people posing as customers to audit service',
  },
  'Central location test': {
    group: 'method',
    names: ['A central location test', 'A hall test (CLT)', 'Central location testing'],
    says: 'shoppers are recruited in a mall and brought to a nearby room to taste three recipes under controlled conditions',
    gloss: 'tests products with recruited people at one controlled venue',
  },
  'In-home usage test': {
    group: 'method',
    names: ['An in-home usage test', 'A home-use test (HUT)', 'In-home product placement'],
    says: 'participants take the new shampoo away with them, try it for two weeks in their normal routine and then answer a questionnaire',
    gloss: 'places the product with people to use at home before rating it',
  },
  'Longitudinal panel': {
    group: 'design',
    names: ['A longitudinal panel', 'A panel study', 'Repeated measures on one panel'],
    says: 'the very same respondents are re-interviewed every six months so changes in each person’s behaviour can be followed',
    gloss: 'measures the same people repeatedly over time',
  },
  'Online research community': {
    group: 'method',
    names: [
      'An online research community',
      'An insight community (MROC)',
      'An online community panel',
    ],
    says: 'a hundred customers join a private website for three months, answering polls, posting photos and discussing topics the researcher sets each week',
    gloss: 'engages a recruited group online over weeks with mixed tasks',
  },
} as const
type Design = keyof typeof DESIGNS
const DESIGN_NAMES = Object.keys(DESIGNS) as Design[]
export const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')

/** A name in running text: lower-case unless it is a proper name. */
export const lower = (t: string): string =>
  /^(Van |Gabor|VMI|MaxDiff|GDPR|ICC)/.test(t) ? t : t[0]!.toLowerCase() + t.slice(1)

const designFamily = (d: Design): ScenarioFamily =>
  family(`method-${slug(d)}`, (rng) => {
    const others = rng
      .shuffle(DESIGN_NAMES.filter((t) => t !== d && DESIGNS[t].group === DESIGNS[d].group))
      .slice(0, 7)
    const name = (t: Design) => rng.pick(DESIGNS[t].names)
    return statements(
      rng,
      {
        stem: `A freelance researcher plans a client's study: ${DESIGNS[d].says}. Which research design or method is this?`,
        key: name(d),
        wrong: others.map(
          (o) => [name(o), `confuses it with ${lower(o)}, which ${DESIGNS[o].gloss}`] as const,
        ),
      },
      d,
    )
  })

export const DESIGN_FAMILIES: readonly ScenarioFamily[] = DESIGN_NAMES.map(designFamily)
