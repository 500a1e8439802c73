import { SCRUM_GUIDE as SG, type SourcedFamily } from './sourced-family.js'

/**
 * The Scrum Team and its three accountabilities as the Scrum Guide (November 2020) defines them,
 * with the theory, pillars and values they rest on. Each key is a statement of the Guide's
 * section named in `source`; each distractor a named misreading a practitioner meets on real
 * teams (a team lead, a PO committee, the Scrum Master as task assigner, the 2017 wording).
 */
export const TEAM_FAMILIES: readonly SourcedFamily[] = [
  {
    id: 'team-composition',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} what does a Scrum Team consist of?`,
    frames: [
      '⟦One Scrum Master, one Product Owner and Developers|A project manager, a team lead, testers and developers=adds the traditional hierarchy Scrum removes|A Product Owner and a Development Team, with the Scrum Master outside the team=keeps the 2017 Guide’s Development Team and moves the Scrum Master out of the Scrum Team|Developers only, served from outside by a Scrum Master and a Product Owner, each of whom sits in another unit=places two accountabilities outside the team⟧',
    ],
  },
  {
    id: 'no-sub-teams',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} may a Scrum Team contain sub-teams, such as a testing sub-team, or a hierarchy?`,
    frames: [
      '⟦No; there are no sub-teams or hierarchies|Yes, if the Scrum Master approves the structure=gives the Scrum Master an authority the Guide does not|Only a testing sub-team, to keep quality independent=keeps a separate QA phase inside the team|Yes, once the team grows past ten people=confuses splitting into several Scrum Teams with sub-teams⟧',
    ],
  },
  {
    id: 'team-size',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} how large is a Scrum Team typically?`,
    frames: [
      '⟦10 or fewer people|3 to 9 Developers, plus a Product Owner and a Scrum Master=repeats the 2017 Guide’s rule of 3 to 9 Developers|At least 12 people, so every skill is covered=puts cross-functionality above small size|Any size the organization chooses=ignores the Guide’s guidance on size⟧',
    ],
  },
  {
    id: 'team-too-large',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} a Scrum Team has become too large to work well. What should it consider?`,
    frames: [
      '⟦Forming several cohesive Scrum Teams sharing one Product Goal, Product Backlog and Product Owner|Appointing a team lead who coordinates the Developers’ work and reports on it to management=adds a hierarchy|Splitting into a front-end and a back-end sub-team=creates sub-teams by layer|Giving each new team its own Product Owner and Product Backlog for the same product, to keep them apart=splits the single source of work for one product⟧',
    ],
  },
  {
    id: 'self-managing-meaning',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} Scrum Teams are self-managing. What does that mean?`,
    frames: [
      '⟦They decide internally who does what, when and how|They choose their own Product Goal without the Product Owner=takes self-management as owning product direction|The Scrum Master assigns each task to a Developer each day=reads self-management as managed by the Scrum Master|Each member works alone on the items they pick and reports when done=confuses self-managing with working individually⟧',
    ],
  },
  {
    id: 'team-accountable-increment',
    source: 'Scrum Guide 2020: Scrum Team',
    stem: `${SG} who is accountable for creating a valuable, useful Increment every Sprint?`,
    frames: [
      '⟦The entire Scrum Team|The Developers alone, since they build it=narrows a whole-team accountability to the Developers|The Product Owner alone=confuses maximizing value with creating the Increment|The Scrum Master=makes the Scrum Master accountable for delivery⟧',
    ],
  },
  {
    id: 'developers-accountabilities',
    source: 'Scrum Guide 2020: Developers',
    stem: `${SG} which is one of the Developers’ accountabilities?`,
    frames: [
      '⟦Creating the Sprint’s plan, the Sprint Backlog|Ordering the items of the Product Backlog by value for the Sprint=takes over the Product Owner’s accountability|Ensuring all Scrum events take place and stay within their timeboxes=takes over the Scrum Master’s accountability|Approving the Increment for stakeholders before it is released=invents an acceptance gate outside the Definition of Done⟧',
    ],
  },
  {
    id: 'developers-quality',
    source: 'Scrum Guide 2020: Developers',
    stem: `${SG} how do the Developers instil quality?`,
    frames: [
      '⟦By adhering to a Definition of Done|By handing finished work to a separate test team at the end of the Sprint=keeps a testing phase outside the team|By letting the Scrum Master sign off each item=makes the Scrum Master a quality gate|By extending the Sprint until every defect is fixed=breaks the fixed Sprint length⟧',
    ],
  },
  {
    id: 'po-value',
    source: 'Scrum Guide 2020: Product Owner',
    stem: `${SG} what is the Product Owner accountable for?`,
    frames: [
      '⟦Maximizing the value of the product that results from the team’s work|Estimating the size of every Product Backlog item so that forecasts hold=takes over the Developers’ sizing|Tracking each Developer’s hours against the plan=makes the Product Owner a line manager|Running the Daily Scrum=confuses the Product Owner with a meeting chair⟧',
    ],
  },
  {
    id: 'po-one-person',
    source: 'Scrum Guide 2020: Product Owner',
    stem: `${SG} a client proposes that a steering committee of five managers act as Product Owner. What does the Guide say?`,
    frames: [
      '⟦One person, not a committee, is Product Owner; the committee may seek to influence that person|The committee may act as Product Owner if it votes on the order of the Product Backlog items each Sprint=accepts a committee the Guide rules out|The Scrum Master should act as Product Owner instead=merges two accountabilities|Each manager should own a part of the Product Backlog=splits the Product Owner accountability⟧',
    ],
  },
  {
    id: 'po-delegates',
    source: 'Scrum Guide 2020: Product Owner',
    stem: `${SG} the Product Owner asks a Developer to write some Product Backlog items. Who remains accountable for the Product Backlog?`,
    frames: [
      '⟦The Product Owner|The Developer who wrote the items=moves accountability with the delegated work|The Scrum Master, who oversees the process=makes the Scrum Master accountable for backlog content|The Developer and Product Owner jointly, one half each=splits an accountability the Guide keeps whole⟧',
    ],
  },
  {
    id: 'change-backlog-via-po',
    source: 'Scrum Guide 2020: Product Owner',
    stem: `${SG} a senior stakeholder wants a feature moved to the top of the Product Backlog. What must the stakeholder do?`,
    frames: [
      '⟦Try to convince the Product Owner|Tell the Developers to start it in the current Sprint=bypasses the Product Owner and the Sprint Goal|Edit the order of the Product Backlog directly, given their seniority=treats seniority as ordering authority|Ask the Scrum Master to approve the change=gives the Scrum Master backlog authority⟧',
    ],
  },
  {
    id: 'sm-accountable',
    source: 'Scrum Guide 2020: Scrum Master',
    stem: `${SG} the Scrum Master is accountable for which of these?`,
    frames: [
      '⟦The Scrum Team’s effectiveness|Delivering the Sprint’s scope on the committed date, item by item=makes the Scrum Master a delivery manager of a fixed scope|Ordering the Product Backlog=takes the Product Owner’s accountability|Writing the plan for the Sprint=takes the Developers’ accountability⟧',
    ],
  },
  {
    id: 'sm-impediments',
    source: 'Scrum Guide 2020: Scrum Master',
    stem: `${SG} a team waits on another department for test environments, which blocks progress. How does the Scrum Master serve the team here?`,
    frames: [
      '⟦By causing the removal of the impediment|By reassigning the blocked items to other Developers=directs the team’s internal work|By removing the blocked items from the Sprint without asking anyone=changes scope without the Product Owner|By recording the delay and waiting for the Sprint Retrospective before acting=defers impediment removal to an event⟧',
    ],
  },
  {
    id: 'sm-serves-po',
    source: 'Scrum Guide 2020: Scrum Master',
    stem: `${SG} which is a way the Scrum Master serves the Product Owner?`,
    frames: [
      '⟦Helping find techniques for defining the Product Goal and managing the Product Backlog|Deciding which items are most valuable whenever the Product Owner is unsure or unavailable to decide=takes the ordering decision from the Product Owner|Writing the acceptance criteria for every item=does the Product Owner’s work instead of helping|Reporting the Product Owner’s performance to management=makes the Scrum Master a supervisor⟧',
    ],
  },
  {
    id: 'sm-serves-organization',
    source: 'Scrum Guide 2020: Scrum Master',
    stem: `${SG} which is a way the Scrum Master serves the organization?`,
    frames: [
      '⟦Removing barriers between stakeholders and Scrum Teams|Approving every Sprint’s scope before Sprint Planning=invents an approval step|Appraising Developers for their annual reviews=adds line management|Translating stakeholder requests into tasks for each Developer=acts as a go-between who assigns work⟧',
    ],
  },
  {
    id: 'sm-true-leader',
    source: 'Scrum Guide 2020: Scrum Master',
    stem: `${SG} how does the Guide describe the Scrum Master?`,
    frames: [
      '⟦True leaders who serve the Scrum Team and the larger organization|The project manager, who plans, assigns and tracks the team’s work=keeps a role Scrum does not define|A servant-leader whose job is to facilitate the team’s meetings=repeats the 2017 wording and narrows the role to facilitation|A part-time administrator of the team’s tools and boards=reduces the role to tooling⟧',
    ],
  },
  {
    id: 'three-pillars',
    source: 'Scrum Guide 2020: Scrum Theory',
    stem: `${SG} which three pillars uphold empiricism in Scrum?`,
    frames: [
      '⟦Transparency, inspection and adaptation|Commitment, focus and openness=names three of the five Scrum values|Planning, execution, monitoring and control=names phases of a predictive project|Individuals and interactions, and working software=names parts of the Agile Manifesto’s values⟧',
    ],
  },
  {
    id: 'scrum-values',
    source: 'Scrum Guide 2020: Scrum Values',
    stem: `${SG} which list gives the five Scrum values?`,
    frames: [
      '⟦Commitment, Focus, Openness, Respect and Courage|Transparency, Inspection, Adaptation and Trust=mixes the three pillars into the values|Honesty, Speed, Quality, Respect and Courage=invents values the Guide does not name|Communication, Simplicity, Feedback, Courage and Respect=gives the values of Extreme Programming⟧',
    ],
  },
  {
    id: 'empiricism-lean',
    source: 'Scrum Guide 2020: Scrum Theory',
    stem: `${SG} what is Scrum founded on?`,
    frames: [
      '⟦Empiricism and lean thinking|Detailed upfront planning and change control=describes predictive project management|The Agile Manifesto’s twelve principles alone=names a source the Guide does not give as its foundation|Estimation in story points=takes one optional practice for the theory⟧',
    ],
  },
  {
    id: 'partial-scrum',
    source: 'Scrum Guide 2020: End Note',
    stem: `${SG} a team drops the Sprint Retrospective but keeps every other part of Scrum. What does the Guide say of the result?`,
    frames: [
      '⟦It is not Scrum|It is Scrum, since most of the framework is kept=treats the framework as a menu|It is Scrum if the Scrum Master agrees=makes the framework negotiable by role|It is a lighter, certified variant of Scrum=invents a variant⟧',
    ],
  },
]
