import type { UsageFamily } from '../editing/editing-model.js'

/** The priority matrix several stems state, so each priority follows from the stem alone. */
const MATRIX =
  'Priorities: P1 – the service is down for all customers; P2 – a core feature fails for many customers with no workaround; P3 – one customer is affected, or a workaround exists; P4 – questions and feature requests.'

const PRIORITY = 'Which priority does the ticket get?'

/**
 * Triage under a stated priority matrix and service-level agreement: priority from impact and
 * workaround (not from the customer's wording), routing, statuses, merging and linking, and SLA
 * deadlines counted in business or calendar hours. Each wrong answer is a named triage error;
 * deadline keys are recomputed by the tests.
 */
export const TRIAGE_SLA_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'priority-total-outage',
    stem: `${MATRIX} One customer reports that the site will not load; monitoring confirms that no page loads for any customer. ${PRIORITY}`,
    frames: [
      '⟦P1|P2=reads a total outage as a partial one|P3=rates it by the one reporter, not the impact|P4=files an outage as a question⟧',
    ],
  },
  {
    id: 'priority-workaround-exists',
    stem: `${MATRIX} The PDF export fails for many customers, but exporting to CSV works and gives the same data. ${PRIORITY}`,
    frames: [
      '⟦P3|P2=ignores the workaround the matrix counts|P1=treats a broken feature as a full outage|P4=files a fault as a question⟧',
    ],
  },
  {
    id: 'priority-feature-request',
    stem: `${MATRIX} A customer asks for a dark mode in the app. ${PRIORITY}`,
    frames: [
      '⟦P4|P3=rates a request as a fault for one customer|P2=rates a request as a failing core feature|P1=rates by how keen the customer sounds⟧',
    ],
  },
  {
    id: 'priority-single-user-no-workaround',
    stem: `${MATRIX} One customer cannot log in and no workaround is known; everyone else can log in. ${PRIORITY}`,
    frames: [
      '⟦P3|P2=counts one affected customer as many|P1=treats one login failure as an outage|P4=files a fault as a question⟧',
    ],
  },
  {
    id: 'priority-label-not-impact',
    stem: `${MATRIX} A large client writes "URGENT!!!" in the subject line to ask how to add a user. ${PRIORITY}`,
    frames: [
      '⟦P4|P1=takes the priority from the subject line|P2=raises the priority for the client’s size|P3=treats a question as a fault⟧',
    ],
  },
  {
    id: 'priority-core-feature-many',
    stem: `${MATRIX} Since this morning many customers cannot upload files, uploading is a core feature, and no workaround is known; the rest of the service works. ${PRIORITY}`,
    frames: [
      '⟦P2|P1=treats one failing feature as the whole service down|P3=ignores that many customers have no workaround|P4=files a fault as a question⟧',
    ],
  },
  {
    id: 'sla-business-hours-weekend',
    stem: 'SLA: first response within 8 business hours; business hours are Monday to Friday, 09:00–17:00. A ticket arrives on Friday at 15:00. When is the first response due?',
    frames: [
      '⟦Monday at 15:00|Friday at 23:00=counts 8 calendar hours, not business hours|Saturday at 15:00=counts the weekend as business time|Tuesday at 15:00=adds a further business day for the weekend⟧',
    ],
  },
  {
    id: 'sla-calendar-hours-p1',
    stem: 'SLA: P1 tickets get a first response within 1 hour, around the clock, every day. A P1 ticket arrives on Saturday at 23:30. When is the first response due?',
    frames: [
      '⟦Sunday at 00:30|Monday at 10:00=applies business hours to a round-the-clock SLA|Saturday at 00:30=keeps the arrival date past midnight|Monday at 09:00=holds the ticket until the desk opens on Monday⟧',
    ],
  },
  {
    id: 'sla-pending-pauses-clock',
    stem: 'SLA: the resolution clock runs while a ticket is Open and pauses while it is Pending (waiting on the customer). A ticket was Open for 3 hours, Pending for 20 hours, then Open for 2 hours until solved. How much resolution time counts against the SLA?',
    frames: [
      '⟦5 hours|25 hours=counts the Pending time the SLA pauses|23 hours=counts Pending and drops the last Open period|20 hours=counts the paused Pending time instead of the Open time⟧',
    ],
  },
  {
    id: 'sla-work-nearest-breach',
    stem: 'Three tickets of the same priority wait: #1042 arrived first and is due in 5 hours, #1057 is due in 40 minutes, #1063 arrived last and is due in 2 hours. Which does the agent answer first to meet every SLA?',
    frames: [
      '⟦#1057, the one nearest its deadline|#1042, since it arrived first=works in arrival order, not by deadline|#1063, since it arrived last=works the newest ticket first|Whichever has the shortest question=picks by effort, not by deadline⟧',
    ],
  },
  {
    id: 'sla-auto-reply-not-first-response',
    stem: 'SLA: first response within 4 hours; an automatic acknowledgement does not count as a response. A ticket arrived at 10:00, the auto-acknowledgement went at 10:00, and an agent replied at 13:30. What is the first response time?',
    frames: [
      '⟦3 hours 30 minutes|0 minutes (the acknowledgement)=counts the automatic acknowledgement as the response|4 hours=reports the SLA target instead of the time taken|30 minutes before the deadline=measures from the deadline backwards⟧',
    ],
  },
  {
    id: 'duplicate-tickets-merge',
    stem: 'Process: duplicate tickets from one customer about one issue are merged into the oldest ticket. A customer sent the same complaint by email, chat and web form in one hour. What does the agent do?',
    frames: [
      '⟦Merge them into the oldest ticket and reply once|Answer each ticket separately with the same reply=leaves duplicates to be worked three times|Close the two newer tickets without merging what they say into the oldest one=loses what the newer tickets say|Merge them into the newest ticket=merges into the wrong ticket⟧',
    ],
  },
  {
    id: 'route-billing-queue',
    stem: 'Routing: Billing handles invoices, charges and refunds; Technical handles errors and login faults; Accounts handles ownership and user changes. A customer was charged twice for one month. Where does the ticket go?',
    frames: [
      '⟦Billing|Technical=routes by the guess that a system error caused it|Accounts=routes by the word account in the message|Keep it in the general queue=routes nowhere when a rule fits⟧',
    ],
  },
  {
    id: 'status-pending-after-question',
    stem: 'Statuses: Open – the team must act; Pending – waiting for the customer; Solved – the issue is resolved. The agent has just asked the customer for a screenshot. Which status is set?',
    frames: [
      '⟦Pending|Solved=closes an issue that is not yet resolved|Open=keeps the ticket on the team’s to-do list while the customer must act|On hold=uses a status the process does not define⟧',
    ],
  },
  {
    id: 'solved-ticket-follow-up',
    stem: 'Process: a Solved ticket reopens if the customer replies within 7 days; a later reply creates a linked follow-up ticket. A customer replies 10 days after the ticket was solved. What happens?',
    frames: [
      '⟦A linked follow-up ticket is created|The solved ticket reopens=applies the 7-day reopen rule after it has passed|The reply is discarded, since the ticket it answers was already marked solved=loses the customer’s message|The customer is told to open a new ticket themselves=makes the customer do what the process does⟧',
    ],
  },
  {
    id: 'sla-escalate-at-80-percent',
    stem: 'Process: escalate to the team lead when 80 % of the first-response time has passed without a reply. The first-response SLA is 4 hours and a ticket arrived at 09:00. When is it escalated if nobody has replied?',
    frames: [
      '⟦12:12|12:20=takes 80 % of four hours as 3 hours 20 minutes|13:00=waits until the SLA is already breached|09:48=takes 80 % of one hour instead of four⟧',
    ],
  },
  {
    id: 'incident-link-mass-reports',
    stem: 'Process: when many customers report one outage, agents link their tickets to the incident ticket and reply with the status page link. Forty customers report that the app will not load. What does the agent do with a new report?',
    frames: [
      '⟦Link it to the incident and reply with the status page|Troubleshoot the customer’s device step by step=treats a known outage as a single-user fault|Close it as a duplicate without replying=leaves the customer without an answer|Open a new incident ticket for this customer’s report and investigate it=splits one outage across many incidents⟧',
    ],
  },
  {
    id: 'sla-business-days-resolution',
    stem: 'SLA: resolution within 2 business days; business days are Monday to Friday. A ticket arrives on Thursday at 11:00. When is resolution due?',
    frames: [
      '⟦Monday at 11:00|Saturday at 11:00=counts the weekend as business days|Friday at 17:00=ends the count at the close of the first day|Tuesday at 11:00=counts Friday as a holiday⟧',
    ],
  },
  {
    id: 'impact-urgency-matrix',
    stem: 'Priority matrix: high impact and high urgency – P1; high impact and low urgency – P2; low impact and high urgency – P3; low impact and low urgency – P4. A fault affects every user’s monthly report (high impact), which is next needed in three weeks (low urgency). Which priority applies?',
    frames: [
      '⟦P2|P1=reads high impact alone as the top priority|P3=swaps impact and urgency in the matrix|P4=rates the impact as low because it is not urgent⟧',
    ],
  },
  {
    id: 'sla-time-zone-of-the-agreement',
    stem: 'SLA: first response within 4 business hours, counted in New York business hours (09:00–17:00, Monday to Friday). A customer in London emails on a Tuesday in January at 15:00 London time (New York is 5 hours behind). When is the response due, in New York time?',
    frames: [
      '⟦Tuesday at 14:00|Tuesday at 19:00=gives the deadline on London clocks, not in the SLA’s zone|Wednesday at 11:00=reads 15:00 London time as 15:00 in New York|Tuesday at 15:00=takes New York as 4 hours behind, counting from 11:00⟧',
    ],
  },
]
