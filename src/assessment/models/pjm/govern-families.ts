import type { Rng } from '../../rng.js'
import { answered, family, job, type PjmFamily, rule } from './pjm-text.js'

// RACI: PMBOK Guide 6th ed. §9.1.2.2 (responsibility assignment matrix; RACI chart: responsible,
// accountable, consult, inform; only one person is accountable for any one task). Change
// control: §4.6 (Perform Integrated Change Control: every change request is reviewed and
// approved, deferred or rejected by the change control board or the person the plan names;
// baselines change only through it). Scope baseline: §5.4.3.1 (scope statement, WBS, WBS
// dictionary); Validate Scope §5.5 versus Control Quality §8.3; scope creep §5.6; performance
// measurement baseline: Glossary. Performance domains: PMBOK Guide 7th ed. §2.

const PEOPLE = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emre'] as const
const TASKS = [
  'Approve design',
  'Build pages',
  'Load content',
  'Run UAT',
  'Sign off launch',
] as const

function matrix(rng: Rng) {
  const people = rng.shuffle(PEOPLE).slice(0, 4)
  const tasks = [...TASKS].slice(0, 4)
  const rows = tasks.map(() => {
    const cells = rng.shuffle(['A', 'R', 'C', 'I'])
    return cells
  })
  return { people, tasks, rows }
}
const show = (m: ReturnType<typeof matrix>) =>
  [
    `| Task | ${m.people.join(' | ')} |`,
    `|---|${m.people.map(() => '---').join('|')}|`,
    ...m.tasks.map((t, i) => `| ${t} | ${m.rows[i]!.join(' | ')} |`),
  ].join('\n')

export const GOVERN_FAMILIES: readonly PjmFamily[] = [
  family('raci-broken-row', (rng) => {
    const m = matrix(rng)
    const [bad, twoR, noC, fine] = rng.shuffle([0, 1, 2, 3])
    // bad: two A's; twoR: two R's (allowed); noC: no C (allowed).
    m.rows[bad!] = rng.shuffle(['A', 'A', 'R', 'I'])
    m.rows[twoR!] = rng.shuffle(['A', 'R', 'R', 'I'])
    m.rows[noC!] = rng.shuffle(['A', 'R', 'I', 'I'])
    return answered(rng, {
      kind: 'raci',
      ask: 'broken',
      stem: `Your RACI chart for ${job(rng)} reads:\n\n${show(m)}\n\nWhich row breaks a RACI rule and must be fixed?`,
      in: m,
      key: m.tasks[bad!]!,
      wrong: [
        ['two-r', m.tasks[twoR!]!, 'thinks a task may have only one Responsible'],
        ['no-c', m.tasks[noC!]!, 'thinks every task needs someone Consulted'],
        ['full', m.tasks[fine!]!, 'flags the row with one of each letter'],
      ],
    })
  }),
  family('raci-who-decides', (rng) => {
    const m = matrix(rng)
    const t = rng.int(0, 3)
    const who = (l: string) => m.people[m.rows[t]!.indexOf(l)]!
    return answered(rng, {
      kind: 'raci',
      ask: 'accountable',
      stem: `Your RACI chart for ${job(rng)} reads:\n\n${show(m)}\n\nWho has the final say on, and answers for, “${m.tasks[t]}”?`,
      in: { ...m, t },
      key: who('A'),
      wrong: [
        ['r', who('R'), 'takes the person doing the work for the one answerable'],
        ['c', who('C'), 'takes the adviser for the decision-maker'],
        ['i', who('I'), 'takes the person kept informed for the decision-maker'],
      ],
    })
  }),
  rule('raci-one-accountable', {
    source:
      'PMBOK Guide 6th ed. §9.1.2.2 (RACI chart; only one person is accountable for any one task, to avoid confusion)',
    answer: 'one-a',
    stem: (rng) =>
      `The client of ${job(rng)} wants both its marketing and IT heads marked A on “approve launch”. What do you advise?`,
    keys: ['Keep one A per task; make the other C', 'Name a single Accountable for it'],
    wrong: [
      ['Fine: two A’s share the risk', 'thinks shared accountability is allowed'],
      ['Mark both R instead, and no A', 'leaves the task with no one accountable'],
      ['Mark both A and add a third as tie-breaker', 'adds accountability instead of removing it'],
      ['Mark the sponsor A on every task instead', 'moves every decision to the sponsor'],
    ],
  }),
  rule('change-request-route', {
    source:
      'PMBOK Guide 6th ed. §4.6 (changes are requested by any stakeholder and handled through Perform Integrated Change Control before being carried out)',
    answer: 'change-request',
    stem: (rng) =>
      `Midway through ${job(rng)}, the client’s marketing lead asks your developer directly to add a live-chat widget “while you are in there”. What should happen?`,
    keys: [
      'Raise a change request',
      'You log it as a change request and assess its impact',
      'Route it through change control first',
    ],
    wrong: [
      ['Ignore the request', 'drops a stakeholder’s request without recording it'],
      ['Add it to the WBS', 'updates the scope baseline without approval'],
      ['You add it, as the client asked for it', 'takes the client’s wish for an approved change'],
      [
        'The developer adds it and tells you afterwards',
        'lets work bypass change control and reports it after the fact',
      ],
      ['The developer adds it, as it is small', 'lets work bypass change control'],
      ['You refuse it, as the scope is fixed', 'rejects a change instead of evaluating it'],
      ['You add it and update the baseline afterwards', 'changes the baseline without approval'],
      ['You add it and absorb the cost in contingency', 'spends contingency on scope change'],
    ],
  }),
  rule('change-impact-first', {
    source:
      'PMBOK Guide 6th ed. §4.6 (change requests are analysed for impact on scope, schedule, cost, quality and risk before the decision)',
    answer: 'impact',
    stem: (rng) =>
      `A change request arrives for ${job(rng)}. What do you do before it goes to the change control board?`,
    keys: ['Analyse its impact on the baselines', 'Assess what it does to cost and time'],
    wrong: [
      ['Update the schedule baseline with it', 'changes a baseline before approval'],
      ['Tell the team to start on it', 'implements before a decision'],
      ['Close it if the sponsor did not raise it', 'thinks only the sponsor may request change'],
      ['Add it to the WBS dictionary', 'updates the scope baseline before approval'],
    ],
  }),
  rule('who-approves-change', {
    source:
      'PMBOK Guide 6th ed. §4.6 (change requests are approved or rejected by a responsible individual, usually the sponsor or project manager, or by a change control board, as the change management plan defines)',
    answer: 'ccb',
    stem: (rng) => `On ${job(rng)}, who decides whether a change to the cost baseline is approved?`,
    keys: ['Whoever the change management plan names', 'The CCB the change management plan names'],
    wrong: [
      [
        'The sponsor’s finance team, as the change affects cost',
        'routes by subject, not by the plan’s authority',
      ],
      ['The team lead who estimated the change in the first place', 'lets the estimator decide'],
      ['The person who raised the request', 'lets the requester approve'],
      ['The team member who will do the work', 'lets the doer decide scope and cost'],
      ['Any stakeholder in the RACI chart', 'gives everyone approval rights'],
      ['The project manager alone, by default', 'assumes the PM decides every change'],
    ],
  }),
  rule('baseline-changes-only-by-approval', {
    source:
      'PMI Lexicon of Project Management Terms (baseline: the approved version of a work product that can be changed only through formal change control procedures)',
    answer: 'formal',
    stem: (rng) =>
      `Can you edit the approved schedule baseline of ${job(rng)} when the team slips?`,
    keys: ['Only by an approved change request', 'Not without formal change control'],
    wrong: [
      ['Yes, to keep the plan current', 'confuses the baseline with the forecast'],
      ['Yes, at each monthly review', 'thinks baselines refresh on a cycle'],
      ['No: a baseline is frozen once approved', 'thinks a baseline is frozen for good'],
      ['Yes, if the delay is under the float', 'thinks float permits baseline edits'],
    ],
  }),
  rule('scope-baseline-contents', {
    source:
      'PMBOK Guide 6th ed. §5.4.3.1 (scope baseline: the approved scope statement, WBS and WBS dictionary)',
    answer: 'scope-wbs-dictionary',
    stem: (rng) => `What makes up the scope baseline of ${job(rng)}?`,
    keys: [
      'The scope statement, WBS and WBS dictionary',
      'Scope statement, WBS and WBS dictionary',
    ],
    wrong: [
      ['The WBS, the schedule and the budget', 'mixes in the other baselines'],
      ['The requirements documentation and the contract', 'names inputs, not the baseline'],
      ['The project charter and the WBS', 'takes the charter for the scope statement'],
      ['The scope statement and the change log', 'adds a log that is not a baseline'],
    ],
  }),
  rule('performance-measurement-baseline', {
    source:
      'PMBOK Guide 6th ed. Glossary (performance measurement baseline: integrated scope, schedule and cost baselines used to compare to execution)',
    answer: 'pmb',
    stem: (rng) =>
      `Your earned value reports on ${job(rng)} measure against the performance measurement baseline. What is it?`,
    keys: ['The scope, schedule and cost baselines', 'Scope, schedule and cost baselines joined'],
    wrong: [
      ['The cost baseline plus management reserve', 'takes the project budget for the PMB'],
      ['The schedule baseline alone', 'leaves out scope and cost'],
      ['The quality metrics agreed with the client', 'confuses it with quality measures'],
      ['The latest forecast of cost and finish', 'confuses a baseline with a forecast'],
    ],
  }),
  rule('validate-scope-versus-control-quality', {
    source:
      'PMBOK Guide 6th ed. §5.5 (Validate Scope: formal acceptance of completed deliverables) and §8.3 (Control Quality: correctness against quality requirements, usually before)',
    answer: 'acceptance',
    stem: (rng) =>
      `The deliverables of ${job(rng)} have passed your team’s quality checks. What does Validate Scope add?`,
    keys: ['Formal acceptance by the client', 'The client’s formal acceptance'],
    wrong: [
      ['A second check of correctness by the team', 'takes validation for quality control'],
      ['Approval of the scope baseline', 'confuses acceptance with baselining'],
      ['A review of the lessons learned', 'names closing work'],
      ['A re-test of defects fixed', 'confuses it with defect repair review'],
    ],
  }),
  rule('scope-creep', {
    source:
      'PMBOK Guide 6th ed. §5.6 (scope creep: the uncontrolled expansion to product or project scope without adjustments to time, cost and resources)',
    answer: 'creep',
    stem: (rng) =>
      `On ${job(rng)}, small extras the client’s staff asked for have been added one by one without any change to dates or budget. What is this called?`,
    keys: [
      'Scope creep',
      'Scope creep: uncontrolled expansion of scope',
      'Scope creep, as nothing went through change control',
    ],
    wrong: [
      ['Gold plating', 'names extras the team adds unasked'],
      [
        'Progressive elaboration, detailing the plan as more is known',
        'takes planned detailing for uncontrolled growth',
      ],
      ['Fast tracking', 'names a schedule compression technique'],
      ['Rolling-wave planning: detailing near-term work', 'names planning near work in detail'],
      [
        'Value engineering: more value at no extra cost',
        'takes unfunded extras for value added at no cost',
      ],
    ],
  }),
  rule('gold-plating', {
    source:
      'PMBOK Guide 6th ed. §5.6 and §8.1 (giving the customer extras beyond the requirements, gold plating, is not recommended)',
    answer: 'gold',
    stem: (rng) =>
      `A developer on ${job(rng)} adds an animation the client never asked for, to impress them. What is this?`,
    keys: ['Gold plating', 'Gold plating, adding unrequested extras'],
    wrong: [
      ['Scope creep', 'names client-driven uncontrolled growth'],
      ['Value engineering', 'takes an unrequested extra for cost optimisation'],
      ['An approved change', 'thinks extras are approved by default'],
      ['Progressive elaboration', 'takes an extra for planned detailing'],
    ],
  }),
  rule('wbs-100-percent-rule', {
    source:
      'PMBOK Guide 6th ed. §5.4.2.2 (the total of the work at the lowest levels rolls up to the higher levels; the WBS covers all the product and project work, the 100 percent rule)',
    answer: '100-percent',
    stem: (rng) => `You review the WBS of ${job(rng)}. What does the 100 % rule require?`,
    keys: [
      'Each level’s children add up to all of its work',
      'The WBS holds all the project’s work, no more',
    ],
    wrong: [
      ['Each work package is 100 % done before the next starts', 'reads it as a sequencing rule'],
      ['Every task is assigned to 100 % of someone’s time', 'reads it as a resource rule'],
      ['Only deliverables appear, not project management work', 'leaves out the management work'],
      ['Work packages are no larger than 100 hours', 'confuses it with a sizing heuristic'],
    ],
  }),
  rule('work-package-lowest-level', {
    source:
      'PMI Lexicon of Project Management Terms (work package: the work defined at the lowest level of the work breakdown structure for which cost and duration are estimated and managed)',
    answer: 'lowest',
    stem: (rng) => `In the WBS of ${job(rng)}, what is a work package?`,
    keys: ['The lowest level of the WBS', 'A lowest-level WBS element'],
    wrong: [
      ['A single schedule activity', 'takes activities, which decompose work packages, for them'],
      ['A top-level deliverable', 'puts it at the top of the WBS'],
      ['A group of control accounts', 'inverts the hierarchy'],
      ['A contract for outsourced work', 'confuses it with a procurement package'],
    ],
  }),
  rule('performance-domains-7th', {
    source:
      'PMBOK Guide 7th ed. §2 (eight project performance domains: stakeholders, team, development approach and life cycle, planning, project work, delivery, measurement, uncertainty)',
    answer: 'domains',
    stem: () =>
      'Which is one of the eight project performance domains of the PMBOK Guide 7th edition?',
    keys: ['Uncertainty', 'Measurement', 'Delivery'],
    wrong: [
      ['Quality', 'names a 6th-edition knowledge area'],
      ['Tailoring', 'names the 7th edition’s tailoring section, not a domain'],
      ['Value', 'names a principle, not a domain'],
      ['Procurement management', 'names a 6th-edition knowledge area'],
      ['Integration management', 'names a 6th-edition knowledge area'],
      ['Monitoring and controlling', 'names a process group'],
      ['Stewardship', 'names a principle, not a domain'],
    ],
  }),
]
