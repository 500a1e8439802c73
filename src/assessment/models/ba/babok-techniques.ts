/**
 * BABOK Guide v3 chapter 10 techniques an analyst reaches for, each with its section number and
 * the mistake of choosing it where another fits (what it is for, said as the slip). Situations in
 * the families name the need; the key test holds its own table of which words mark each need.
 */
export const TECHNIQUES = {
  Observation: [
    '10.31',
    'watches people at work, which shows what they do, not what a document or system holds',
  ],
  'Survey or questionnaire': [
    '10.45',
    'sends a questionnaire, which reaches many people but cannot probe or show the work',
  ],
  Interviews: [
    '10.25',
    'books one-to-one interviews, which gather what people say they do and take time per person',
  ],
  Workshops: [
    '10.50',
    'calls a facilitated workshop, which builds agreement in a room but needs the people free together',
  ],
  'Focus groups': [
    '10.21',
    'runs a focus group, which gathers attitudes of a representative group, not decisions',
  ],
  'Document analysis': [
    '10.18',
    'reads existing documents, which record what was written, not current practice or opinion',
  ],
  'Interface analysis': [
    '10.24',
    'analyses interfaces, which defines what passes between systems, not how people work',
  ],
  Prototyping: [
    '10.36',
    'builds a prototype, which lets users react to a design rather than settling facts or agreement',
  ],
  'State modelling': [
    '10.44',
    'draws a state model, which tracks one entity’s life cycle, not a sequence of messages',
  ],
  'Sequence diagrams': [
    '10.42',
    'draws a sequence diagram, which orders messages between objects, not an entity’s statuses',
  ],
  Glossary: [
    '10.23',
    'writes a glossary, which fixes the meaning of terms, not the format of data elements',
  ],
  'Data dictionary': [
    '10.12',
    'writes a data dictionary, which fixes data elements’ formats and values, not business terms’ meaning',
  ],
  'Roles and permissions matrix': [
    '10.39',
    'builds a roles and permissions matrix, which fixes who may do what in a system, not accountability for work',
  ],
  'SWOT analysis': [
    '10.46',
    'runs a SWOT analysis, which frames internal strengths and weaknesses against external factors',
  ],
  'Benchmarking and market analysis': [
    '10.4',
    'benchmarks against peers, which compares practice with others rather than choosing a supplier',
  ],
  'Vendor assessment': [
    '10.49',
    'assesses vendors, which judges suppliers’ ability to deliver, not how peers perform',
  ],
  'Lessons learned': [
    '10.27',
    'holds a lessons-learned session, which looks back at a finished piece of work',
  ],
  Brainstorming: [
    '10.5',
    'brainstorms, which produces many ideas without judging them, not a structure for them',
  ],
  'Mind mapping': [
    '10.29',
    'draws a mind map, which arranges ideas around a central topic rather than generating a ranked list',
  ],
  'Functional decomposition': [
    '10.22',
    'decomposes functions, which breaks a whole into parts but does not fix the scope boundary',
  ],
  'Scope modelling': [
    '10.41',
    'draws a scope model, which places the boundary and its outside parties, not the inner breakdown',
  ],
  'Business model canvas': [
    '10.8',
    'fills a business model canvas, which shows how an organisation creates value, not a performance measure',
  ],
  'Balanced scorecard': [
    '10.3',
    'builds a balanced scorecard, which tracks strategy in four perspectives of measures',
  ],
  'Data mining': [
    '10.14',
    'mines data, which finds patterns in large data sets, not in what people say',
  ],
  'Collaborative games': [
    '10.10',
    'runs collaborative games, which draw out shared understanding through play, not a formal review',
  ],
  'Concept modelling': [
    '10.11',
    'builds a concept model, which relates business concepts independent of data design',
  ],
  'Item tracking': [
    '10.26',
    'keeps an item tracking log, which follows issues to closure rather than finding their cause',
  ],
  Reviews: ['10.37', 'holds a review, which checks a finished work product against its standard'],
  'Root cause analysis': [
    '10.40',
    'runs a root cause analysis, which seeks why a problem happens rather than logging it',
  ],
  'Stakeholder list, map, or personas': [
    '10.43',
    'draws up stakeholders or personas, which says who is affected, not what they need',
  ],
  'Business capability analysis': [
    '10.6',
    'maps business capabilities, which says what the organisation can do, not how a process flows',
  ],
  'Process modelling': [
    '10.35',
    'models the process, which shows the flow of activities, not the organisation’s capabilities',
  ],
  'Decision modelling': [
    '10.17',
    'models the decision, which lays out repeatable business logic, not a one-off choice among options',
  ],
  'Decision analysis': [
    '10.16',
    'runs a decision analysis, which weighs a one-off choice among options, not repeatable logic',
  ],
  Estimation: [
    '10.19',
    'estimates, which forecasts cost or effort, not the value of a finished solution',
  ],
  'Organizational modelling': [
    '10.32',
    'draws an organisation model, which shows reporting lines and team structure',
  ],
  'Use cases and scenarios': [
    '10.47',
    'writes use cases, which describe an actor’s interaction with a system to reach a goal',
  ],
  'Non-functional requirements analysis': [
    '10.30',
    'analyses non-functional requirements, which set quality attributes such as response time',
  ],
  'Backlog management': [
    '10.2',
    'manages a backlog, which orders pending work items rather than analysing them',
  ],
  'Business cases': [
    '10.7',
    'writes a business case, which justifies one investment rather than tracking performance',
  ],
  'Business rules analysis': [
    '10.9',
    'analyses business rules, which states the policies that guide and constrain the business',
  ],
  'Data flow diagrams': [
    '10.13',
    'draws a data flow diagram, which shows data moving between processes and stores, not who does what',
  ],
  'Financial analysis': [
    '10.20',
    'runs a financial analysis, which weighs costs and benefits in money over time',
  ],
  'Metrics and KPIs': [
    '10.28',
    'defines metrics and KPIs, which measure performance against targets',
  ],
  'Risk analysis and management': [
    '10.38',
    'analyses risks, which weighs uncertain future events and the responses to them',
  ],
  'Process analysis': [
    '10.34',
    'analyses the process, which looks for waste and improvement in an existing flow',
  ],
  'User stories': [
    '10.48',
    'writes user stories, which state a small need and its value from a user’s view',
  ],
} as const satisfies Record<string, readonly [section: string, slip: string]>

export type Technique = keyof typeof TECHNIQUES
