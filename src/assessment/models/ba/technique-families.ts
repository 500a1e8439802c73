import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cited, family } from './ba-text.js'
import { TECHNIQUES, type Technique } from './babok-techniques.js'

// Matching a situation to the BABOK v3 technique that fits it: each family keys one technique,
// its situations vary the client and the wording, and its wrong answers are the techniques
// practitioners reach for instead, each with what that technique is for.

const pick = (key: Technique, situations: readonly string[], rivals: readonly Technique[]) =>
  family(
    `technique-${key
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/-$/, '')}`,
    (rng) => {
      const k = rng.int(0, situations.length - 1)
      // Only the hand-chosen rivals are offered: techniques a practitioner confuses with the key
      // for this kind of situation, none of which also meets the need the situation states.
      return cited(rng, {
        stem: `${Client(rng)} hires you as business analyst. ${situations[k]} Which BABOK v3 technique fits best?`,
        table: 'babok-technique',
        situation: `${key}#${k}`,
        key: [key, key],
        wrong: rivals.map((r) => [r, r, TECHNIQUES[r][1]] as const),
      })
    },
  )

export const TECHNIQUE_FAMILIES: readonly ScenarioFamily[] = [
  pick(
    'Observation',
    [
      'Claims staff say they follow the written procedure, but handling times suggest unrecorded workarounds; you want to see the work as it is actually done at the desk.',
      'Warehouse pickers cannot put into words how they choose a route; you want to watch them pick during a real shift.',
    ],
    ['Interviews', 'Survey or questionnaire', 'Document analysis', 'Focus groups', 'Workshops'],
  ),
  pick(
    'Survey or questionnaire',
    [
      'You need the views of 600 field agents spread over four time zones within a week, mostly on fixed-choice questions.',
      'You must find out quickly how 1,200 customers rate five proposed features, with answers you can count.',
    ],
    [
      'Interviews',
      'Focus groups',
      'Workshops',
      'Observation',
      'Collaborative games',
      'Stakeholder list, map, or personas',
      'Organizational modelling',
    ],
  ),
  pick(
    'Interface analysis',
    [
      'The new booking system must exchange data with the payroll system and a payment gateway; you need to define each exchange, its inputs, outputs and who triggers it.',
      'Two systems pass customer records to each other nightly; you must specify what crosses between them and in what format.',
    ],
    [
      'Process modelling',
      'Data dictionary',
      'Sequence diagrams',
      'Document analysis',
      'Scope modelling',
      'Use cases and scenarios',
      'Non-functional requirements analysis',
    ],
  ),
  pick(
    'Document analysis',
    [
      'The legacy system’s authors have left; you need its existing business rules from the user manual, old specifications and regulatory filings.',
      'Before any meeting, you want to learn the current policy from the procedures manual and last year’s audit reports.',
    ],
    [
      'Interviews',
      'Observation',
      'Interface analysis',
      'Data mining',
      'Reviews',
      'Survey or questionnaire',
      'Stakeholder list, map, or personas',
    ],
  ),
  pick(
    'Prototyping',
    [
      'Users cannot describe the screen layout they want for the new order form but say they will know it when they see it.',
      'Stakeholders disagree on how a self-service checkout screen should flow and want to try a mock-up before anything is built.',
    ],
    [
      'Interviews',
      'Use cases and scenarios',
      'Workshops',
      'Survey or questionnaire',
      'Focus groups',
    ],
  ),
  pick(
    'State modelling',
    [
      'An insurance claim moves through statuses such as received, assessed, approved, paid and closed, and some moves are not allowed; you must specify them.',
      'A purchase order can be drafted, submitted, approved, rejected or cancelled, and you need every allowed transition between those statuses.',
    ],
    [
      'Sequence diagrams',
      'Process modelling',
      'Data dictionary',
      'Decision modelling',
      'Concept modelling',
      'Glossary',
      'User stories',
    ],
  ),
  pick(
    'Sequence diagrams',
    [
      'Developers ask for the order in which the web client, the order service and the payment service send each other messages during checkout.',
      'You must show, step by step in time order, which component calls which when a user logs in with a one-time code.',
    ],
    [
      'State modelling',
      'Interface analysis',
      'Process modelling',
      'Use cases and scenarios',
      'Data dictionary',
    ],
  ),
  pick(
    'Data dictionary',
    [
      'For each field of the customer record you must record its format, length, allowed values and whether it is mandatory.',
      'Developers need the standard definition of every data element in the invoice, with data type, valid values and default.',
    ],
    ['Glossary', 'Concept modelling', 'Interface analysis', 'Document analysis', 'Item tracking'],
  ),
  pick(
    'Roles and permissions matrix',
    [
      'You must specify which user roles may view, create, approve or delete a refund in the new system.',
      'Auditors ask which system roles may change a supplier’s bank details and which may only view them.',
    ],
    [
      'Organizational modelling',
      'Stakeholder list, map, or personas',
      'Interface analysis',
      'Data dictionary',
      'Use cases and scenarios',
    ],
  ),
  pick(
    'SWOT analysis',
    [
      'Before proposing a change, the board wants the firm’s internal strengths and weaknesses set against the opportunities and threats in its market.',
      'The owner asks for a one-page view of what the business does well and badly inside, and what the market outside offers and threatens.',
    ],
    [
      'Benchmarking and market analysis',
      'Balanced scorecard',
      'Business model canvas',
      'Root cause analysis',
      'Brainstorming',
      'Workshops',
      'Focus groups',
    ],
  ),
  pick(
    'Benchmarking and market analysis',
    [
      'Management wants to know how its invoice processing cost and cycle time compare with similar firms in the sector.',
      'You must compare the client’s customer onboarding times against published industry best practice and competitors.',
    ],
    [
      'SWOT analysis',
      'Vendor assessment',
      'Balanced scorecard',
      'Data mining',
      'Lessons learned',
      'Non-functional requirements analysis',
    ],
  ),
  pick(
    'Vendor assessment',
    [
      'Three software suppliers bid to host the new system; you must judge each supplier’s financial stability, support terms and ability to deliver.',
      'The client must pick an outsourcing provider and wants each one’s track record, licensing terms and support capacity assessed.',
    ],
    [
      'Benchmarking and market analysis',
      'Decision analysis',
      'SWOT analysis',
      'Estimation',
      'Reviews',
      'Risk analysis and management',
    ],
  ),
  pick(
    'Lessons learned',
    [
      'The first release has gone live; the sponsor wants the team to look back at what went well and what to change before the next release.',
      'A project just closed late; you are asked to gather, with the team, what worked and what did not so the next project avoids it.',
    ],
    [
      'Root cause analysis',
      'Reviews',
      'Item tracking',
      'Brainstorming',
      'Focus groups',
      'Process analysis',
      'Survey or questionnaire',
    ],
  ),
  pick(
    'Brainstorming',
    [
      'The team needs as many ideas as possible, without judging them yet, for how customers might pay for a new service.',
      'You want a burst of possible names and options for a new loyalty scheme, all accepted at first and judged later.',
    ],
    ['Mind mapping', 'Focus groups', 'Collaborative games', 'Workshops', 'Survey or questionnaire'],
  ),
  pick(
    'Functional decomposition',
    [
      'The “manage membership” function is too large to estimate; you need to break it into sub-functions and those into smaller parts.',
      'You need to break the order-to-cash function down level by level into parts small enough to assign and estimate.',
    ],
    [
      'Scope modelling',
      'Process modelling',
      'Mind mapping',
      'Business capability analysis',
      'Use cases and scenarios',
    ],
  ),
  pick(
    'Scope modelling',
    [
      'Stakeholders disagree on whether returns handling and the supplier portal are part of the project; you need a picture of what is in, out, and the outside parties.',
      'You must show the boundary of the new solution with the external entities that send it inputs or receive its outputs.',
    ],
    [
      'Functional decomposition',
      'Interface analysis',
      'Stakeholder list, map, or personas',
      'Process modelling',
      'Business model canvas',
      'Business cases',
      'Mind mapping',
    ],
  ),
  pick(
    'Business model canvas',
    [
      'A founder asks for a one-page view of the firm’s customer segments, value propositions, channels, revenue streams and cost structure.',
      'You need to show on one page how a start-up creates, delivers and captures value, from key partners to revenue streams.',
    ],
    [
      'Balanced scorecard',
      'SWOT analysis',
      'Business capability analysis',
      'Scope modelling',
      'Concept modelling',
      'Stakeholder list, map, or personas',
      'Benchmarking and market analysis',
    ],
  ),
  pick(
    'Balanced scorecard',
    [
      'The director wants strategy tracked through measures in four perspectives: financial, customer, internal process, and learning and growth.',
      'You must set objectives and measures for the strategy under financial, customer, internal process, and learning and growth headings.',
    ],
    [
      'Business model canvas',
      'SWOT analysis',
      'Benchmarking and market analysis',
      'Decision analysis',
      'Estimation',
    ],
  ),
  pick(
    'Data mining',
    [
      'Three years of transaction records, millions of rows, may show which customers are likely to cancel; you want to find those patterns.',
      'The client suspects fraud patterns hidden in two million payment records and wants them found statistically.',
    ],
    [
      'Survey or questionnaire',
      'Document analysis',
      'Root cause analysis',
      'Observation',
      'Interviews',
      'Estimation',
    ],
  ),
  pick(
    'Collaborative games',
    [
      'A team that rarely speaks up needs a playful, structured exercise (such as product box) to surface what they each imagine the product to be.',
      'You want a game-like exercise, such as buy-a-feature, that gets quiet stakeholders engaged and reveals shared understanding.',
    ],
    [
      'Brainstorming',
      'Focus groups',
      'Workshops',
      'Prototyping',
      'Survey or questionnaire',
      'Business model canvas',
      'Use cases and scenarios',
    ],
  ),
  pick(
    'Concept modelling',
    [
      'Business experts need a diagram of how their business concepts (policy, policyholder, claim, peril) relate, before any data design is chosen.',
      'You must capture the business vocabulary and how its concepts relate, kept free of database design, for the rules team.',
    ],
    [
      'Data dictionary',
      'Glossary',
      'State modelling',
      'Mind mapping',
      'Business model canvas',
      'Business rules analysis',
      'Data flow diagrams',
    ],
  ),
  pick(
    'Item tracking',
    [
      'Open questions, defects and decisions from elicitation keep getting lost; you need each one recorded with an owner, a status and a due date until it is closed.',
      'You need to follow every stakeholder concern raised in the project to its resolution, with owner and status.',
    ],
    [
      'Root cause analysis',
      'Lessons learned',
      'Reviews',
      'Stakeholder list, map, or personas',
      'Brainstorming',
      'Glossary',
    ],
  ),
  pick(
    'Root cause analysis',
    [
      'Invoices keep being paid twice; fixing each one has not stopped it, and you need to find why it happens so it stops.',
      'Late deliveries recur every month despite fixes; you want to trace them back to their underlying cause.',
    ],
    [
      'Item tracking',
      'Lessons learned',
      'Brainstorming',
      'Data mining',
      'SWOT analysis',
      'Risk analysis and management',
    ],
  ),
  pick(
    'Stakeholder list, map, or personas',
    [
      'At the start you need to identify everyone affected by the change, with their influence and interest, so none is left out of elicitation.',
      'The product serves very different kinds of user; you want fictional but typical user characters, each with goals and habits, to design for.',
    ],
    [
      'Organizational modelling',
      'Roles and permissions matrix',
      'Focus groups',
      'Survey or questionnaire',
      'Use cases and scenarios',
      'Non-functional requirements analysis',
    ],
  ),
  pick(
    'Business capability analysis',
    [
      'The executive team wants a map of what the organisation is able to do, such as “settle claims” or “onboard suppliers”, with gaps rated for investment.',
      'You must show which abilities of the business are strong or weak, independent of who or which process delivers them.',
    ],
    [
      'Process modelling',
      'Functional decomposition',
      'Organizational modelling',
      'SWOT analysis',
      'Balanced scorecard',
      'Benchmarking and market analysis',
    ],
  ),
  pick(
    'Decision modelling',
    [
      'Loan eligibility is decided thousands of times a day by the same logic on income, debt and history; you must specify that logic so it can be automated.',
      'Discount decisions are made the same way for every order from a handful of inputs; you need that repeatable logic laid out as tables.',
    ],
    [
      'Decision analysis',
      'Process modelling',
      'State modelling',
      'Estimation',
      'Data mining',
      'Use cases and scenarios',
      'Functional decomposition',
    ],
  ),
  pick(
    'Decision analysis',
    [
      'The board must choose once between building, buying or outsourcing a system, weighing cost, risk and fit under uncertainty.',
      'The client faces a one-off choice between three office locations and wants the options weighed against criteria and uncertain outcomes.',
    ],
    [
      'Decision modelling',
      'Vendor assessment',
      'Estimation',
      'SWOT analysis',
      'Benchmarking and market analysis',
    ],
  ),
  pick(
    'Organizational modelling',
    [
      'You need to show the departments, reporting lines and teams involved in the change, and who manages whom.',
      'A restructure is planned; you must draw the organisational units, their roles and their lines of reporting.',
    ],
    [
      'Stakeholder list, map, or personas',
      'Roles and permissions matrix',
      'Business capability analysis',
      'Process modelling',
      'Scope modelling',
    ],
  ),
  pick(
    'Interviews',
    [
      'Only the two founders know how pricing exceptions are decided; you need a one-to-one conversation with each to draw it out and probe their answers.',
      'A senior underwriter has unwritten expertise you must explore in depth, in a one-to-one conversation with follow-up questions.',
    ],
    ['Survey or questionnaire', 'Focus groups', 'Workshops', 'Observation', 'Document analysis'],
  ),
  pick(
    'Focus groups',
    [
      'Before redesigning the loyalty app, marketing wants to hear the attitudes of a representative group of customers discussing it together.',
      'You want the opinions and attitudes of a representative group of tenants about a proposed online portal, guided by a moderator.',
    ],
    ['Workshops', 'Interviews', 'Survey or questionnaire', 'Brainstorming', 'Observation'],
  ),
  pick(
    'Process modelling',
    [
      'You must show the flow of activities in sequence from a claim arriving to its payment, with who does each step and where decisions branch.',
      'The client wants the flow of activities in sequence for onboarding a supplier, with handoffs and decision points.',
    ],
    [
      'Business capability analysis',
      'Functional decomposition',
      'Sequence diagrams',
      'State modelling',
      'Organizational modelling',
      'Process analysis',
      'Scope modelling',
    ],
  ),
  pick(
    'Use cases and scenarios',
    [
      'You need to describe, step by step, an actor’s interaction with the system to withdraw cash, with the main flow and alternative flows.',
      'Testers ask for each actor’s interaction with the system to book a room, including what happens when payment fails.',
    ],
    [
      'Process modelling',
      'Sequence diagrams',
      'Prototyping',
      'Scope modelling',
      'Interface analysis',
      'Functional decomposition',
      'Roles and permissions matrix',
    ],
  ),
  pick(
    'Mind mapping',
    [
      'In a planning session you want to arrange the ideas, themes and questions about a new service visually around a central topic.',
      'You want a quick diagram that organises everything the team knows about “customer churn” in branches around a central topic.',
    ],
    [
      'Brainstorming',
      'Functional decomposition',
      'Concept modelling',
      'Business model canvas',
      'Collaborative games',
      'Workshops',
      'Glossary',
    ],
  ),
  pick(
    'Estimation',
    [
      'The sponsor asks how many days of analysis and build the new reporting feature will take; you must forecast the effort with a range.',
      'Before approval you must forecast the effort and cost of the data migration, using analogous past projects.',
    ],
    [
      'Decision analysis',
      'Benchmarking and market analysis',
      'Item tracking',
      'Lessons learned',
      'Balanced scorecard',
      'Workshops',
      'Reviews',
    ],
  ),
  pick(
    'Backlog management',
    [
      'Approved requests pile up in emails and spreadsheets; you need one ordered list of pending work items that is reprioritised as new items arrive.',
      'The team needs a single ordered list of pending work items, with the next ones refined and the rest kept coarse.',
    ],
    [
      'Item tracking',
      'Estimation',
      'Decision analysis',
      'Reviews',
      'User stories',
      'Functional decomposition',
      'Use cases and scenarios',
    ],
  ),
  pick(
    'Business cases',
    [
      'The board will fund the new CRM only with a document that justifies the investment: the need, the options, costs, benefits and risks, and a recommendation.',
      'Before any money is committed, you must justify the investment in a warehouse system against doing nothing, with a recommended option.',
    ],
    [
      'Financial analysis',
      'Decision analysis',
      'SWOT analysis',
      'Balanced scorecard',
      'Vendor assessment',
      'Estimation',
    ],
  ),
  pick(
    'Business rules analysis',
    [
      'Discount and refund policies are scattered in emails and people’s heads; you must state each policy and constraint as an atomic rule, separate from the process.',
      'Compliance wants every policy and constraint on lending captured as an atomic rule with its source, apart from the workflow.',
    ],
    [
      'Decision modelling',
      'Document analysis',
      'Glossary',
      'Process modelling',
      'Concept modelling',
      'Roles and permissions matrix',
      'Functional decomposition',
    ],
  ),
  pick(
    'Data flow diagrams',
    [
      'You need to show how customer data moves between external entities, processes and data stores in the order system, regardless of who does the work.',
      'Auditors want a picture of where payroll data moves between processes and data stores and which external entities supply it.',
    ],
    [
      'Process modelling',
      'Interface analysis',
      'Data dictionary',
      'Sequence diagrams',
      'Scope modelling',
      'Use cases and scenarios',
      'Functional decomposition',
    ],
  ),
  pick(
    'Financial analysis',
    [
      'The sponsor asks for the net present value, payback and total cost of ownership of each option over five years.',
      'You must compare the options’ costs and benefits in money over time, with their net present value and return on investment.',
    ],
    [
      'Estimation',
      'Business cases',
      'Decision analysis',
      'Benchmarking and market analysis',
      'Metrics and KPIs',
      'Risk analysis and management',
    ],
  ),
  pick(
    'Metrics and KPIs',
    [
      'After go-live the director wants a few indicators, each with a target and a data source, to tell whether the new process performs.',
      'You must define how success of the new help desk will be measured: indicators, targets, and how often they are reported.',
    ],
    [
      'Balanced scorecard',
      'Benchmarking and market analysis',
      'Data mining',
      'Reviews',
      'Lessons learned',
    ],
  ),
  pick(
    'Risk analysis and management',
    [
      'The migration may run late if the vendor misses its dates or the data proves dirty; you must rate each uncertain event by likelihood and impact and plan responses.',
      'You must list what could go wrong in the cut-over, rate each uncertain event by likelihood and impact, and assign an owner and a response.',
    ],
    [
      'Root cause analysis',
      'Item tracking',
      'SWOT analysis',
      'Decision analysis',
      'Lessons learned',
      'Stakeholder list, map, or personas',
    ],
  ),
  pick(
    'Process analysis',
    [
      'The current invoice process is mapped; now you must find its waste, delays and bottlenecks and propose improvements.',
      'With the as-is claims process drawn, you are asked to find its waste, delays and bottlenecks and where handoffs add no value.',
    ],
    [
      'Process modelling',
      'Root cause analysis',
      'Benchmarking and market analysis',
      'Business capability analysis',
      'Metrics and KPIs',
      'Lessons learned',
      'SWOT analysis',
      'Observation',
    ],
  ),
  pick(
    'User stories',
    [
      'The agile team wants each need written as a short statement of who wants what and why, small enough for a sprint, with its acceptance criteria.',
      'For the backlog you must capture needs as short statements of who wants what and why, each one a conversation starter.',
    ],
    [
      'Use cases and scenarios',
      'Prototyping',
      'Backlog management',
      'Data dictionary',
      'Functional decomposition',
    ],
  ),
]
