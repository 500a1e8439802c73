import { SCRUM_GUIDE as SG, type SourcedFamily } from './sourced-family.js'

/**
 * The Sprint and the four events it contains as the Scrum Guide (November 2020) sets them out:
 * purpose, who takes part, what may change in a Sprint, and the timeboxes the Guide gives for a
 * one-month Sprint (shorter Sprints usually having shorter events, a ratio the Guide does not
 * fix). Each key is the section named in `source`; each distractor a named misreading.
 */
export const EVENT_FAMILIES: readonly SourcedFamily[] = [
  {
    id: 'sprint-length',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} how long is a Sprint?`,
    frames: [
      '⟦A fixed length of one month or less|Exactly two weeks=takes a common choice for the rule|Between one and three months, as the team prefers=invents an upper bound past one month|As long as the selected work takes=lets scope set the length⟧',
    ],
  },
  {
    id: 'sprint-starts-next',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} when does a new Sprint start?`,
    frames: [
      '⟦Immediately after the previous Sprint ends|After a hardening Sprint that fixes the defects left by the previous Sprint=inserts a special Sprint the Guide does not have|After a gap of one week to plan the release=adds a gap between Sprints|When the Product Owner approves the Increment of the previous Sprint=makes the start depend on approval⟧',
    ],
  },
  {
    id: 'sprint-container',
    source: 'Scrum Guide 2020: Scrum Events',
    stem: `${SG} how does the Sprint relate to the other Scrum events?`,
    frames: [
      '⟦It is a container for all the other events|It follows Sprint Planning and ends before the Sprint Review=places two events outside the Sprint|It is separate from them and holds only the development work=treats the events as overhead outside the Sprint|It replaces them once the team is mature=invents a maturity exemption⟧',
    ],
  },
  {
    id: 'during-sprint-goal-safe',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} during the Sprint, a stakeholder asks for a change that would endanger the Sprint Goal. What does the Guide say?`,
    frames: [
      '⟦No changes are made that would endanger the Sprint Goal|The change is made, since a senior stakeholder asked for it=puts seniority above the Sprint Goal|The Sprint is extended to fit the change=breaks the fixed length|The Scrum Master decides whether the change goes into the Sprint=gives the Scrum Master scope authority⟧',
    ],
  },
  {
    id: 'during-sprint-quality',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} a team is behind in mid-Sprint and proposes skipping code review to catch up. Which rule of the Sprint does this break?`,
    frames: [
      '⟦In the Sprint, quality does not decrease|The Product Backlog is refined as needed=names a rule the proposal does not touch|Sprint Planning must be repeated=invents a rule|Only the Product Owner can cancel the Sprint=names a rule about cancelling, not quality⟧',
    ],
  },
  {
    id: 'scope-renegotiated',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} mid-Sprint the Developers learn an item is much larger than expected. What may happen?`,
    frames: [
      '⟦Scope may be clarified and renegotiated with the Product Owner|Nothing; the selected items are a fixed commitment that the Developers must deliver in full=reads the forecast of work as a fixed contract|The Developers drop the Sprint Goal and start a new Sprint=replaces renegotiation with restarting|The Scrum Master extends the Sprint by a week=breaks the fixed length⟧',
    ],
  },
  {
    id: 'cancel-who',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} who has the authority to cancel a Sprint?`,
    frames: [
      '⟦Only the Product Owner|The Scrum Master=gives the Scrum Master product authority|The Developers, by majority vote=invents a team vote|Any stakeholder funding the work=gives stakeholders direct authority⟧',
    ],
  },
  {
    id: 'cancel-when',
    source: 'Scrum Guide 2020: The Sprint',
    stem: `${SG} when could a Sprint be cancelled?`,
    frames: [
      '⟦If the Sprint Goal becomes obsolete|Whenever the team falls behind its forecast of items=treats a missed forecast as a reason to cancel|When a Developer is ill for more than two days=invents a capacity rule|Never; a started Sprint always runs to its end=denies the cancellation the Guide allows⟧',
    ],
  },
  {
    id: 'planning-timebox',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} what is the longest Sprint Planning may last for a one-month Sprint?`,
    frames: [
      '⟦8 hours|4 hours=gives the Sprint Review’s timebox|2 hours per week of Sprint, so about 9 hours=invents a per-week rule|3 hours=gives the Sprint Retrospective’s timebox⟧',
    ],
  },
  {
    id: 'planning-shorter-sprints',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} a team runs two-week Sprints. What does the Guide say about its Sprint Planning timebox?`,
    frames: [
      '⟦It is at most eight hours, and usually shorter|It must be exactly four hours, half of the limit for a one-month Sprint=reads a fixed ratio into “usually shorter”|It must last a full day, as for a month=ignores that shorter Sprints usually have shorter events|It has no limit for Sprints shorter than a month=drops the timebox⟧',
    ],
  },
  {
    id: 'planning-three-topics',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} which three topics does Sprint Planning address?`,
    frames: [
      '⟦Why is this Sprint valuable? What can be Done? How will the chosen work get done?|What did I do yesterday, what will I do today, and what is blocking my progress now?=gives the old Daily Scrum questions|What went well; what went badly; what will we change=gives a retrospective format|Who does each task, how many hours it takes, and when it is due=plans individual assignments⟧',
    ],
  },
  {
    id: 'sprint-goal-finalized',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} by when must the Sprint Goal be finalized?`,
    frames: [
      '⟦Before the end of Sprint Planning|By the first Daily Scrum=lets the Sprint start without a goal|At the Sprint Review, once results are known=confuses the goal with the outcome|Before Sprint Planning starts, by the Product Owner alone=drops the whole team’s collaboration on it⟧',
    ],
  },
  {
    id: 'who-selects-items',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} in Sprint Planning, who selects the Product Backlog items included in the Sprint?`,
    frames: [
      '⟦The Developers, in discussion with the Product Owner|The Product Owner, who fixes the scope of each Sprint alone and hands it over=lets the Product Owner decide how much can be done|The Scrum Master, from the team’s velocity=makes the Scrum Master plan the work|Stakeholders, at the previous Sprint Review=moves selection into another event⟧',
    ],
  },
  {
    id: 'how-decomposed',
    source: 'Scrum Guide 2020: Sprint Planning',
    stem: `${SG} how the Developers turn selected items into an Increment is at whose discretion?`,
    frames: [
      '⟦The Developers’ alone|The Product Owner’s=gives the Product Owner the “how”|The Scrum Master’s=makes the Scrum Master the planner|The architect’s, who signs off designs=adds a role Scrum does not define⟧',
    ],
  },
  {
    id: 'daily-timebox',
    source: 'Scrum Guide 2020: Daily Scrum',
    stem: `${SG} how long is the Daily Scrum for a one-month Sprint, and for a one-week Sprint?`,
    frames: [
      '⟦15 minutes for both|15 minutes for the month and about 4 minutes for the week=scales a timebox that does not scale|30 minutes for the month, 15 for the week=invents a longer Daily Scrum|1 hour for both=confuses it with a weekly status meeting⟧',
    ],
  },
  {
    id: 'daily-purpose',
    source: 'Scrum Guide 2020: Daily Scrum',
    stem: `${SG} what is the purpose of the Daily Scrum?`,
    frames: [
      '⟦To inspect progress toward the Sprint Goal and adapt the Sprint Backlog|To report each Developer’s status on their tasks to the Scrum Master and the Product Owner=makes it a status meeting|To let stakeholders add new items=opens the Sprint to new scope|To estimate new Product Backlog items=moves refinement into it⟧',
    ],
  },
  {
    id: 'daily-attendees',
    source: 'Scrum Guide 2020: Daily Scrum',
    stem: `${SG} the Product Owner is not working on any Sprint Backlog item. Is the Product Owner a participant in the Daily Scrum?`,
    frames: [
      '⟦No; it is an event for the Developers|Yes; the Product Owner must attend every Daily Scrum as a participant=makes the Product Owner a required attendee|Yes, to accept each item as it is finished=makes it an acceptance meeting|Only when the Scrum Master is away, to run it for the Developers=makes the Product Owner a stand-in facilitator⟧',
    ],
  },
  {
    id: 'daily-structure',
    source: 'Scrum Guide 2020: Daily Scrum',
    stem: `${SG} must the Daily Scrum follow the three questions (yesterday, today, impediments)?`,
    frames: [
      '⟦No; the Developers choose its structure, as long as it focuses on the Sprint Goal|Yes; the Developers must answer the three questions each day=keeps the 2017 Guide’s optional questions as a rule|Yes, unless a coach approves another format=puts the format under the Scrum Master|No; the Product Owner sets the structure and agenda of each Daily Scrum for the Developers=gives the Product Owner the Developers’ event⟧',
    ],
  },
  {
    id: 'review-purpose',
    source: 'Scrum Guide 2020: Sprint Review',
    stem: `${SG} what is the purpose of the Sprint Review?`,
    frames: [
      '⟦To inspect the outcome of the Sprint and determine future adaptations|To inspect how the team worked during the Sprint and plan improvements to its process=describes the Sprint Retrospective|To approve the Increment for release=makes it a release gate|To demonstrate finished features to stakeholders, with no discussion=reduces a working session to a presentation⟧',
    ],
  },
  {
    id: 'review-timebox',
    source: 'Scrum Guide 2020: Sprint Review',
    stem: `${SG} what is the longest the Sprint Review may last for a one-month Sprint?`,
    frames: [
      '⟦4 hours|8 hours=gives the Sprint Planning timebox|1 hour=invents a short demo slot|15 minutes=gives the Daily Scrum timebox⟧',
    ],
  },
  {
    id: 'release-before-review',
    source: 'Scrum Guide 2020: Increment',
    stem: `${SG} an Increment meeting the Definition of Done is ready on day 3 of a two-week Sprint. May it be released to users before the Sprint Review?`,
    frames: [
      '⟦Yes; the Sprint Review is not a gate to releasing value|No; only the Sprint Review can approve a release to users=treats the review as a release gate|Only after the Sprint Retrospective=misorders the events and invents a gate|No; at most one Increment a Sprint may be released, at its end=invents a release limit⟧',
    ],
  },
  {
    id: 'retro-purpose',
    source: 'Scrum Guide 2020: Sprint Retrospective',
    stem: `${SG} what does the Sprint Retrospective inspect?`,
    frames: [
      '⟦How the Sprint went: individuals, interactions, processes, tools, Definition of Done|The Increment, with the stakeholders, to adapt the Product Backlog for the next Sprint and beyond=describes the Sprint Review|Each Developer’s output, to rank performance=turns it into appraisal|Only the defects found in the Sprint=narrows it to defects⟧',
    ],
  },
  {
    id: 'retro-timebox-order',
    source: 'Scrum Guide 2020: Sprint Retrospective',
    stem: `${SG} which event concludes the Sprint, and what is its longest timebox for a one-month Sprint?`,
    frames: [
      '⟦The Sprint Retrospective, 3 hours|The Sprint Review, 4 hours=takes the second-to-last event for the last|A team lessons-learned meeting, 90 minutes=invents an event and a limit|Sprint Planning for the next Sprint, 8 hours=places the next Sprint’s event in this one⟧',
    ],
  },
  {
    id: 'retro-improvements',
    source: 'Scrum Guide 2020: Sprint Retrospective',
    stem: `${SG} where may the most impactful improvements found in a Sprint Retrospective be placed so they get done?`,
    frames: [
      '⟦In the Sprint Backlog for the next Sprint|Only in a separate improvement log that the Scrum Master keeps for the team=keeps improvements outside the team’s plan|Always in the Definition of Done=confuses one kind of improvement with all|Nowhere; improvements are discussed at the event but never planned=leaves improvements unplanned⟧',
    ],
  },
]
