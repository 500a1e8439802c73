/**
 * The business-analysis key test's table of documented rules, kept apart from the families: for
 * each cited table, which answer the source gives for a situation (matched by its wording), and
 * for the BABOK v3 techniques, the words that mark a need only that technique meets.
 */

/** ISO/IEC 25010 quality characteristics against functional behaviour (BABOK v3 10.30). */
const QUALITY: [RegExp, string][] = [
  [/email the customer|cancel an unpaid|calculate late fees/, 'Functional requirement'],
  [/within 2 seconds|50,000 invoices/, 'Non-functional: performance efficiency'],
  [/tokenised|lock after five/, 'Non-functional: security'],
  [/without help|error message next to/, 'Non-functional: usability'],
  [/available 99\.9%|resume within 15 minutes/, 'Non-functional: reliability'],
]
/** BABOK v3 2.3: business, stakeholder, solution and transition requirements. */
const BABOK_TYPE: [RegExp, string][] = [
  [/^Cut the average|^Raise online share/, 'Business requirement'],
  [/need to see|need a customer’s/, 'Stakeholder requirement'],
  [/shall reject an order line|shall show the approval queue/, 'Solution requirement'],
  [/migrated|trained on the new screens/, 'Transition requirement'],
]
/** ISO/IEC/IEEE 29148:2018 5.2.5 characteristics of individual requirements. */
const FLAW: [RegExp, string][] = [
  [/ and send the parcel| and export the monthly/, 'Singular'],
  [/to be confirmed|TBD/, 'Complete'],
  [/Elasticsearch|hidden column/, 'Implementation free'],
  [/never be unavailable|every fraudulent payment/, 'Feasible'],
]
/** BABOK v3 10.9 Business Rules Analysis: definitional and behavioural rules vs policy. */
const RULE_KIND: [RegExp, string][] = [
  [/is “gold” when|is the sum of its line|is “late” if/, 'Definitional rule'],
  [/must be approved|must not be assigned|must not ship/, 'Behavioural rule'],
  [/aim to treat|prefers local/, 'Business policy'],
  [/scans the delivery note|opens the queue/, 'Process step'],
]
/** BPMN 2.0 (OMG 2011) 7.5 connecting objects: sequence flow within a pool, message flow across. */
const CONNECTOR: [RegExp, string][] = [
  [/same pool|same lane/, 'Sequence flow'],
  [/Customer pool to a task in the Supplier pool|Bank pool/, 'Message flow'],
  [/text annotation|comment box/, 'Association'],
  [/data object|data store/, 'Data association'],
]
/** BPMN 2.0 10.6 gateways. */
const GATEWAY: [RegExp, string][] = [
  [/Exactly one of three|never both/, 'Exclusive gateway'],
  [/always both start|always run at the same time/, 'Parallel gateway'],
  [/Any combination|One or more notifications/, 'Inclusive gateway'],
  [/whichever happens first|whichever arrives first/, 'Event-based gateway'],
]
/** DSDM Agile Project Framework, MoSCoW prioritisation. */
const MOSCOW: [RegExp, string][] = [
  [/illegal|does not work at all/, 'Must'],
  [/workaround exists|still viable/, 'Should'],
  [/Nice to have|if time allows/, 'Could'],
  [/out of this release|not to deliver in this timebox/, "Won't have this time"],
]
/** Wake (2003), INVEST in good stories. */
const INVEST: [RegExp, string][] = [
  [/cannot start until|only makes sense if/, 'Independent'],
  [/none of it may change|contract clause/, 'Negotiable'],
  [/so that it is upgraded|no user or buyer will notice/, 'Valuable'],
  [/cannot size|cannot say how big/, 'Estimable'],
  [/three sprints|bigger than the team’s velocity/, 'Small'],
  [/feel fast|be intuitive/, 'Testable'],
]
/** Ishikawa's 6M cause categories. */
const SIX_M: [RegExp, string][] = [
  [/never trained|only clerk who knew/, 'Manpower'],
  [/procedure tells|approval step has no rule/, 'Method'],
  [/printer jams|scanner firmware/, 'Machine'],
  [/cartons changed|low-resolution scans/, 'Material'],
  [/calibrated|measured from pick-up/, 'Measurement'],
  [/above 35|Wi-Fi drops/, 'Environment'],
]
/** Mitchell, Agle and Wood (1997), Academy of Management Review 22(4), stakeholder classes. */
const SALIENCE: Record<string, string> = {
  P: 'Dormant',
  L: 'Discretionary',
  U: 'Demanding',
  LP: 'Dominant',
  PU: 'Dangerous',
  LU: 'Dependent',
  LPU: 'Definitive',
}
/** Kano evaluation table (Berger et al. 1993, Center for Quality of Management Journal 2(4)). */
const KANO_ROWS = ['Q A A A O', 'R I I I M', 'R I I I M', 'R I I I M', 'R R R R Q']
const KANO_NAMES: Record<string, string> = {
  A: 'Attractive',
  O: 'One-dimensional',
  M: 'Must-be',
  I: 'Indifferent',
  R: 'Reverse',
  Q: 'Questionable',
}

/** UML 2.5.1: association, shared aggregation, composite aggregation, generalization. */
const RELATION: [RegExp, string][] = [
  [/places orders|treats patients/, 'Association'],
  [/stay employed|leaves the songs/, 'Aggregation'],
  [/cannot exist without|ceases to exist/, 'Composition'],
  [/is a kind of/, 'Generalization'],
]
/** BPMN 2.0 10.5 events: start, intermediate and end, with message and timer triggers. */
const EVENT: [RegExp, string][] = [
  [/order email arrives|bank sends a payment/, 'Message start event'],
  [/first working day|Every night at/, 'Timer start event'],
  [/waits 48 hours|pauses for 14 days/, 'Timer intermediate event'],
  [/finishes by sending|ends by notifying/, 'Message end event'],
]
/** Interview question types (BABOK v3 10.25; open, closed, leading, probing and hypothetical questions). */
const QUESTION: [RegExp, string][] = [
  [/^How do you|^What happens/, 'Open question'],
  [/^Do you approve|^Is the invoice/, 'Closed question'],
  [/wouldn’t you|^Surely/, 'Leading question'],
  [/^You said|^When you mentioned/, 'Probing question'],
  [/^What would you do if|^Suppose/, 'Hypothetical question'],
]

const byWords = (rows: [RegExp, string][]) => (situation: string) =>
  rows.filter(([re]) => re.test(situation)).map(([, label]) => label)

/** The labels the source gives a situation: exactly one when the table knows it. */
export const CITED: Record<string, (situation: string) => string[]> = {
  'quality-class': byWords(QUALITY),
  'uml-relation': byWords(RELATION),
  'bpmn-event': byWords(EVENT),
  'question-type': byWords(QUESTION),
  'babok-type': byWords(BABOK_TYPE),
  'iso-29148-flaw': byWords(FLAW),
  'rule-kind': byWords(RULE_KIND),
  'bpmn-connector': byWords(CONNECTOR),
  'bpmn-gateway': byWords(GATEWAY),
  moscow: byWords(MOSCOW),
  invest: byWords(INVEST),
  'six-m': byWords(SIX_M),
  salience: (attrs) => [SALIENCE[[...attrs].sort().join('')]!],
  kano: (pair) => {
    const [f, d] = pair.split('|').map(Number) as [number, number]
    return [KANO_NAMES[KANO_ROWS[f]!.split(' ')[d]!]!]
  },
}

/**
 * BABOK v3 chapter 10 techniques by section, with the words in a situation that only that
 * technique's purpose answers (a distractor's words must not appear in its item's stem).
 */
export const TECHNIQUE_NEEDS: Record<string, [section: string, need: RegExp]> = {
  Observation: ['10.31', /see the work as it is actually done|watch them pick/],
  'Survey or questionnaire': ['10.45', /600 field agents|1,200 customers/],
  'Interface analysis': ['10.24', /define each exchange|what crosses between them/],
  'Document analysis': ['10.18', /user manual, old specifications|procedures manual and last year/],
  Prototyping: ['10.36', /know it when they see it|try a mock-up/],
  'State modelling': ['10.44', /statuses such as|transition between those statuses/],
  'Sequence diagrams': ['10.42', /send each other messages|in time order, which component calls/],
  Glossary: ['10.23', /agreed meanings of the business terms|definition of each business term/],
  'Data dictionary': ['10.12', /format, length, allowed values|data type, valid values/],
  'Roles and permissions matrix': ['10.39', /user roles may view|system roles may change/],
  'SWOT analysis': [
    '10.46',
    /opportunities and threats|what the market outside offers and threatens/,
  ],
  'Benchmarking and market analysis': [
    '10.4',
    /compare with similar firms|published industry best practice/,
  ],
  'Vendor assessment': ['10.49', /supplier’s financial stability|outsourcing provider/],
  'Lessons learned': ['10.27', /look back at what went well|what worked and what did not/],
  Brainstorming: ['10.5', /as many ideas as possible|burst of possible names/],
  'Functional decomposition': ['10.22', /break it into sub-functions|level by level into parts/],
  'Scope modelling': ['10.41', /in, out, and the outside parties|boundary of the new solution/],
  'Business model canvas': [
    '10.8',
    /customer segments, value propositions|creates, delivers and captures value/,
  ],
  'Balanced scorecard': ['10.3', /four perspectives|learning and growth headings/],
  'Data mining': ['10.14', /millions of rows|two million payment records/],
  'Collaborative games': ['10.10', /product box|buy-a-feature/],
  'Concept modelling': [
    '10.11',
    /business concepts \(policy|business vocabulary and how its concepts relate/,
  ],
  'Item tracking': [
    '10.26',
    /owner, a status and a due date|to its resolution, with owner and status/,
  ],
  Reviews: ['10.37', /inspect it against a checklist|record defects in them/],
  'Root cause analysis': ['10.40', /find why it happens|underlying cause/],
  'Stakeholder list, map, or personas': [
    '10.43',
    /identify everyone affected|fictional but typical user/,
  ],
  'Business capability analysis': [
    '10.6',
    /what the organisation is able to do|which abilities of the business/,
  ],
  'Decision modelling': [
    '10.17',
    /thousands of times a day by the same logic|repeatable logic laid out/,
  ],
  'Decision analysis': ['10.16', /choose once between|one-off choice/],
  'Organizational modelling': ['10.32', /reporting lines and teams|lines of reporting/],
  'Backlog management': ['10.2', /ordered list of pending work items/],
  'Business cases': ['10.7', /justif(ies|y) the investment/],
  'Business rules analysis': ['10.9', /policy and constraint .*as an atomic rule/],
  'Data flow diagrams': ['10.13', /moves between .*processes and .*data stores/],
  'Financial analysis': ['10.20', /net present value/],
  'Metrics and KPIs': ['10.28', /indicators, (each with a )?targets?/],
  'Risk analysis and management': ['10.38', /uncertain event by likelihood and impact/],
  'Process analysis': ['10.34', /waste, delays and bottlenecks/],
  'User stories': ['10.48', /who wants what and why/],
  Interviews: ['10.25', /one-to-one conversation/],
  Workshops: ['10.50', /facilitated session to agree/],
  'Focus groups': ['10.21', /attitudes of a representative group/],
  'Process modelling': ['10.35', /flow of activities in sequence/],
  'Use cases and scenarios': ['10.47', /actor’s interaction with the system/],
  'Mind mapping': ['10.29', /around a central topic/],
  Estimation: ['10.19', /forecast the effort/],
  'Non-functional requirements analysis': ['10.30', /quality attributes to set/],
}
