import { SCRUM_GUIDE as SG, type SourcedFamily } from './sourced-family.js'

/**
 * The three artifacts and the commitment each holds (Product Goal, Sprint Goal, Definition of
 * Done) as the Scrum Guide (November 2020) defines them, and the refinement judgments a team
 * makes on Product Backlog items: the INVEST criteria (Bill Wake, 2003), vertical splitting
 * and testable acceptance criteria, each stated so one answer is defensible.
 */
export const ARTIFACT_FAMILIES: readonly SourcedFamily[] = [
  {
    id: 'artifact-commitments',
    source: 'Scrum Guide 2020: Scrum Artifacts',
    stem: `${SG} which commitment belongs to which artifact?`,
    frames: [
      '⟦Product Backlog: Product Goal; Sprint Backlog: Sprint Goal; Increment: Definition of Done|Product Backlog: Definition of Done; Sprint Backlog: Sprint Goal; Increment: Product Goal=swaps the Product Goal and the Definition of Done|Product Backlog: Sprint Goal; Sprint Backlog: Definition of Done; Increment: Product Goal=moves every commitment to another artifact|Product Backlog: Sprint Goal; Sprint Backlog: Product Goal; Increment: Definition of Done=swaps the two goals⟧',
    ],
  },
  {
    id: 'product-backlog-definition',
    source: 'Scrum Guide 2020: Product Backlog',
    stem: `${SG} what is the Product Backlog?`,
    frames: [
      '⟦An emergent, ordered list of what is needed to improve the product|A fixed list of requirements that the client signed off before the first Sprint began=makes it a fixed specification|The Developers’ plan for the current Sprint=describes the Sprint Backlog|A list of defects reported by users=narrows it to bugs⟧',
    ],
  },
  {
    id: 'ready-for-selection',
    source: 'Scrum Guide 2020: Product Backlog',
    stem: `${SG} when is a Product Backlog item deemed ready for selection in Sprint Planning?`,
    frames: [
      '⟦When it can be Done by the Scrum Team within one Sprint|When every task in it has been estimated in hours=requires task-level estimates before selection|When the Scrum Master has approved its description=invents an approval by the Scrum Master|When it has been on the Product Backlog for one full Sprint=invents a waiting period⟧',
    ],
  },
  {
    id: 'who-sizes',
    source: 'Scrum Guide 2020: Product Backlog',
    stem: `${SG} who is responsible for sizing Product Backlog items?`,
    frames: [
      '⟦The Developers who will be doing the work|The Product Owner, who knows the value=confuses ordering by value with sizing|The Scrum Master, to keep sizes consistent across teams=makes the Scrum Master an estimator|The stakeholders who request the items=lets requesters size work⟧',
    ],
  },
  {
    id: 'refinement-definition',
    source: 'Scrum Guide 2020: Product Backlog',
    stem: `${SG} what is Product Backlog refinement?`,
    frames: [
      '⟦An ongoing activity that breaks items down and defines them more precisely|A fixed meeting of four hours in the last week of each Sprint=makes refinement a timeboxed event|Fixing defects found in the last Increment=confuses refinement with bug fixing|Removing the low-value items from the Product Backlog without any discussion with the team=reduces refinement to deletion⟧',
    ],
  },
  {
    id: 'product-goal-definition',
    source: 'Scrum Guide 2020: Product Goal',
    stem: `${SG} what is the Product Goal?`,
    frames: [
      '⟦A future state of the product that the Scrum Team plans against|The objective for the current Sprint=describes the Sprint Goal|The list of features due in the next release, agreed with the client in the contract=confuses a goal with scope|The quality standard every Increment meets=describes the Definition of Done⟧',
    ],
  },
  {
    id: 'product-goal-one-at-a-time',
    source: 'Scrum Guide 2020: Product Goal',
    stem: `${SG} how many Product Goals does a Scrum Team pursue at once?`,
    frames: [
      '⟦One, fulfilled or abandoned before the next|One for each Developer in the team=ties goals to individuals|One for each stakeholder who funds the product=makes each stakeholder a goal owner|One for each Sprint of the release=confuses the Product Goal with the Sprint Goal⟧',
    ],
  },
  {
    id: 'sprint-backlog-parts',
    source: 'Scrum Guide 2020: Sprint Backlog',
    stem: `${SG} what does the Sprint Backlog consist of?`,
    frames: [
      '⟦The Sprint Goal, the selected items and a plan to deliver them|The selected Product Backlog items, with nothing else added to them=leaves out the why and the how|The tasks the Scrum Master assigned to each Developer=makes it an assignment list|The whole Product Backlog, reordered=confuses the two backlogs⟧',
    ],
  },
  {
    id: 'sprint-backlog-owner',
    source: 'Scrum Guide 2020: Sprint Backlog',
    stem: `${SG} the Sprint Backlog is a plan by and for whom?`,
    frames: [
      '⟦The Developers|The Product Owner, who orders it=gives the Product Owner the Developers’ plan|The stakeholders, as a status report=makes it a reporting artifact|The Scrum Master, to track the team=makes it the Scrum Master’s tool⟧',
    ],
  },
  {
    id: 'sprint-goal-commitment',
    source: 'Scrum Guide 2020: Sprint Goal',
    stem: `${SG} the work turns out different from what the Developers expected. What do they do?`,
    frames: [
      '⟦Negotiate the Sprint Backlog’s scope with the Product Owner, keeping the Sprint Goal|Change the Sprint Goal so that it matches the work they have actually been able to do=adapts the goal instead of the scope|Keep every selected item and work overtime=treats selected items as the commitment|Stop the Sprint and restart Sprint Planning=replaces negotiation with a restart⟧',
    ],
  },
  {
    id: 'increment-definition',
    source: 'Scrum Guide 2020: Increment',
    stem: `${SG} how many Increments may be created within one Sprint?`,
    frames: [
      '⟦Several, each additive to all prior ones|Exactly one, created at the end of the Sprint=ties Increments to the Sprint’s end|None until a release Sprint at the end of the project=invents release Sprints|One per Developer=ties Increments to individuals⟧',
    ],
  },
  {
    id: 'undone-work',
    source: 'Scrum Guide 2020: Definition of Done',
    stem: `${SG} an item does not meet the Definition of Done at the end of the Sprint. What happens to it?`,
    frames: [
      '⟦It returns to the Product Backlog|It is presented at the Sprint Review as 80 % done, with the rest to follow=presents undone work|It is released with a known-issues note=releases work that is not Done|It moves into the next Sprint automatically, at the top=skips the Product Owner’s ordering⟧',
    ],
  },
  {
    id: 'dod-organization-standard',
    source: 'Scrum Guide 2020: Definition of Done',
    stem: `${SG} the organization has a Definition of Done in its standards. What must a Scrum Team do?`,
    frames: [
      '⟦Follow it as a minimum|Replace it with one of its own=ignores the organizational minimum|Follow it only for releases=limits it to releases|Ask the Product Owner to waive the parts that slow the team=lets the Product Owner lower quality⟧',
    ],
  },
  {
    id: 'dod-several-teams',
    source: 'Scrum Guide 2020: Definition of Done',
    stem: `${SG} three Scrum Teams work on one product. What about their Definition of Done?`,
    frames: [
      '⟦They must define and comply with the same one|Each team defines its own, as it sees fit=lets an integrated Increment meet different standards|The strictest team’s Product Owner sets it for all three teams=adds an authority the Guide does not give|They need none while the product is unreleased=drops the Definition of Done⟧',
    ],
  },
  {
    id: 'invest-valuable',
    source: 'Scrum Guide 2020: Product Backlog (refinement); INVEST (Wake, 2003)',
    stem: `The Scrum Guide (November 2020 edition) leaves the form of Product Backlog items to the team; many teams check items in refinement against INVEST (Wake, 2003). An item reads only “Add an index to the orders table”. Judged as a user story, which INVEST criterion does it most clearly fail?`,
    frames: [
      '⟦Valuable|Independent=assumes every database change depends on other items|Testable=assumes technical work cannot be tested|Estimable=assumes a technical task cannot be estimated⟧',
    ],
  },
  {
    id: 'invest-testable',
    source: 'Scrum Guide 2020: Product Backlog (refinement); INVEST (Wake, 2003)',
    stem: `The Scrum Guide (November 2020 edition) has refinement make items more precise but names no checklist; many teams use INVEST (Wake, 2003). Which requirement for a shop’s search meets its Testable criterion as written?`,
    frames: [
      '⟦95 % of searches return results within 2 seconds|Search should feel fast and be user-friendly for shoppers on every device=accepts a vague quality as testable|Search is improved where possible=accepts an open-ended aim|Search works like a leading competitor’s=points to an outside standard no one can check⟧',
    ],
  },
  {
    id: 'split-vertically',
    source: 'Scrum Guide 2020: Product Backlog (refinement)',
    stem: `The Scrum Guide (November 2020 edition) has refinement break items down until each can be Done within one Sprint, and leaves how to split them to the team. A “checkout” item is too large. Which split leaves each part a usable, Done slice of value?`,
    frames: [
      '⟦Pay by card first; gift cards and invoices as later items|Database tables first, then the API, then the screens=splits by technical layer, so no part is usable alone|Design in this Sprint, build in the next, test in the one after=splits by phase, so nothing is Done|Developer A takes the back end and Developer B the front end=splits by person, not by value⟧',
    ],
  },
  {
    id: 'acceptance-criteria-form',
    source: 'Scrum Guide 2020: Product Backlog (refinement)',
    stem: `The Scrum Guide (November 2020 edition) has refinement add detail such as description, order and size, and leaves the form of acceptance criteria to the team. Which acceptance criterion states a checkable outcome of the free-shipping item?`,
    frames: [
      '⟦Given a cart over €50, when the shopper checks out, then shipping is free|Shipping rules should make customers happy=states a wish, not a checkable outcome|The shipping code is written cleanly, reviewed by a peer and follows the team’s style guide=states a code-quality aim that belongs in the Definition of Done|Free shipping is handled=names the topic without a condition or result⟧',
    ],
  },
  {
    id: 'dod-vs-acceptance',
    source: 'Scrum Guide 2020: Definition of Done',
    stem: `${SG} a team agrees that “all code is peer-reviewed and automated tests pass” must hold for every item. Where does that belong?`,
    frames: [
      '⟦In the Definition of Done|In the acceptance criteria of each item, rewritten each time=duplicates a shared standard per item|In the Sprint Goal=confuses a quality standard with an objective|In the Product Goal=confuses a quality standard with a product target⟧',
    ],
  },
]
