import { MANIFESTO as AM, type SourcedFamily } from './sourced-family.js'

/**
 * The Agile Manifesto's four values and twelve principles as a practitioner applies them to a
 * situation. `source` names the value or the principle (numbered in the order the Manifesto
 * lists them); each distractor is a named misreading, mostly the item on the right read as
 * worthless or a principle stretched past what it says.
 */
export const MANIFESTO_FAMILIES: readonly SourcedFamily[] = [
  {
    id: 'values-right-side',
    source: 'Agile Manifesto: the four values (closing sentence)',
    stem: `${AM} how are the items on the right of each value (processes and tools, documentation, contracts, plans) regarded?`,
    frames: [
      '⟦Still valuable, though the items on the left matter more|They have no value in agile work and are to be removed=reads “over” as “instead of”|They are valued equally with the items on the left, with neither side preferred=drops the preference the values state|They matter only for fixed-price contracts=invents a contract exception⟧',
    ],
  },
  {
    id: 'value-individuals',
    source: 'Agile Manifesto: value 1',
    stem: `${AM} a team argues for weeks over which ticketing tool to adopt instead of talking through its handoffs. Which value does this neglect?`,
    frames: [
      '⟦Individuals and interactions over processes and tools|Processes and tools over individuals and interactions=reverses the value|Responding to change over following a plan=names a value about plans|Customer collaboration over contract negotiation=names a value about customers⟧',
    ],
  },
  {
    id: 'value-working-software',
    source: 'Agile Manifesto: value 2',
    stem: `${AM} which value favours a demo of running features over a 200-page specification?`,
    frames: [
      '⟦Working software over comprehensive documentation|Individuals and interactions over processes and tools=names a value about people and tools|Responding to change over following a plan=names a value about plans|Simplicity over completeness=invents a value⟧',
    ],
  },
  {
    id: 'value-collaboration',
    source: 'Agile Manifesto: value 3',
    stem: `${AM} a client and a freelance team settle their open questions together each fortnight instead of arguing over the contract’s clauses. Which value does this follow?`,
    frames: [
      '⟦Customer collaboration over contract negotiation|Responding to change over following a plan=picks the value about plans, not about the client relationship|Working software over comprehensive documentation=names a value about documents|Individuals and interactions over processes and tools=names the value about the team’s own ways of working⟧',
    ],
  },
  {
    id: 'principle-early-continuous',
    source: 'Agile Manifesto: principle 1',
    stem: `${AM} what is the highest priority?`,
    frames: [
      '⟦Early and continuous delivery of valuable software, to satisfy the customer|Delivering every feature in the original plan on the date agreed with the sponsor at the start=puts plan conformance first|Keeping the team fully utilised=puts utilisation first|Finishing the documentation before coding starts=puts documentation first⟧',
    ],
  },
  {
    id: 'principle-welcome-change',
    source: 'Agile Manifesto: principle 2',
    stem: `${AM} a client asks for a changed requirement late in development. What attitude does the Manifesto take?`,
    frames: [
      '⟦Welcome it, even late, for the customer’s competitive advantage|Refuse it; requirements are frozen after the first month=freezes requirements the principle welcomes changing|Accept it only through a formal change board that weighs its cost against the original baseline=adds a gate the principle does not ask for|Accept it only if it costs nothing=sets a cost condition the principle does not⟧',
    ],
  },
  {
    id: 'principle-frequent-delivery',
    source: 'Agile Manifesto: principle 3',
    stem: `${AM} how often should working software be delivered?`,
    frames: [
      '⟦Frequently, from a couple of weeks to a couple of months, preferring the shorter|Once, when every feature in the agreed scope is complete and has passed acceptance testing=describes a single big-bang delivery|Every day, without exception=overstates the principle as a fixed daily rule|Every quarter, to match budget cycles=ties delivery to finance⟧',
    ],
  },
  {
    id: 'principle-daily-business',
    source: 'Agile Manifesto: principle 4',
    stem: `${AM} how often must business people and developers work together?`,
    frames: [
      '⟦Daily, throughout the project|At the start and at acceptance=limits contact to the ends|Once per release=spaces collaboration out to releases|Only when a question is escalated=makes contact exceptional⟧',
    ],
  },
  {
    id: 'principle-motivated',
    source: 'Agile Manifesto: principle 5',
    stem: `${AM} around whom are projects built, and how are they supported?`,
    frames: [
      '⟦Motivated individuals, given support and trusted to get the job done|The most senior engineers, closely supervised by a manager who checks their work every day=replaces trust with supervision|Whoever is available, with daily hour reports=replaces trust with time tracking|A project manager, who assigns each task=centralises the work⟧',
    ],
  },
  {
    id: 'principle-face-to-face',
    source: 'Agile Manifesto: principle 6',
    stem: `${AM} what is the most efficient and effective way to convey information to and within a development team?`,
    frames: [
      '⟦Face-to-face conversation|A detailed written specification=prefers documents to talk|A ticketing system with full audit trail=prefers tools to talk|A weekly email summary=prefers batched written updates⟧',
    ],
  },
  {
    id: 'principle-measure-progress',
    source: 'Agile Manifesto: principle 7',
    stem: `${AM} a sponsor asks how progress is measured. What does the Manifesto name as the primary measure?`,
    frames: [
      '⟦Working software|Hours logged against the budget=measures effort, not progress|Velocity in story points per Sprint=takes an estimating aid for the primary measure|The share of the plan’s tasks marked complete=measures plan conformance⟧',
    ],
  },
  {
    id: 'principle-sustainable-pace',
    source: 'Agile Manifesto: principle 8',
    stem: `${AM} a team works weekends every Sprint to hit its forecast. Which principle does this go against?`,
    frames: [
      '⟦Sustainable development at a constant pace|Simplicity, maximizing the amount of work not done=names a principle about scope, not pace|Welcome changing requirements=names a principle about change|Self-organizing teams produce the best designs=names a principle about design⟧',
    ],
  },
  {
    id: 'principle-technical-excellence',
    source: 'Agile Manifesto: principle 9',
    stem: `${AM} a product owner wants refactoring skipped to ship faster. Which principle argues against that as a habit?`,
    frames: [
      '⟦Continuous attention to technical excellence and good design enhances agility|Working software is the primary measure of progress, so shipping sooner is what counts=stretches the progress principle into an argument for skipping design|Deliver working software frequently=names a principle about cadence|Business people and developers work together daily=names a principle about collaboration⟧',
    ],
  },
  {
    id: 'principle-simplicity',
    source: 'Agile Manifesto: principle 10',
    stem: `${AM} how is simplicity described?`,
    frames: [
      '⟦The art of maximizing the amount of work not done|Building the cheapest possible version of everything=reads simplicity as low cost|Writing as little documentation as possible=narrows simplicity to documents|Using the fewest tools=narrows simplicity to tooling⟧',
    ],
  },
  {
    id: 'principle-self-organizing',
    source: 'Agile Manifesto: principle 11',
    stem: `${AM} from where do the best architectures, requirements and designs emerge?`,
    frames: [
      '⟦Self-organizing teams|An architecture board that reviews every design=centralises design in a board|The most experienced individual on the team=credits individuals, not teams|A complete upfront design phase=prefers big design up front⟧',
    ],
  },
  {
    id: 'principle-reflect',
    source: 'Agile Manifesto: principle 12',
    stem: `${AM} which practice does the team keep up at regular intervals?`,
    frames: [
      '⟦Reflecting on how to become more effective, then adjusting|Re-planning the whole project from scratch and re-baselining the schedule with the sponsor=replaces reflection with re-planning|Reporting its velocity and effectiveness to management, then adjusting its targets=replaces reflection with reporting|Rotating its members between teams=invents a staffing practice⟧',
    ],
  },
]
