import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Support metrics read and computed as help-desk reporting defines them: CSAT as the share of
 * satisfied responses, NPS as promoters minus detractors, AHT including hold and after-call work,
 * FRT and FCR, backlog, reopen and SLA compliance rates. Each stem gives the figures (and the
 * definition where teams differ); each wrong value is a named slip of the formula. The tests
 * recompute every numeric key from the stem's figures.
 */
export const METRIC_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'csat-satisfied-share',
    stem: 'CSAT is the share of survey responses rated 4 or 5 on a 1–5 scale. Last month 500 tickets were solved and 200 surveys came back: 150 rated 4 or 5, of which 90 rated 5. What is CSAT?',
    frames: [
      '⟦75 %|30 %=divides by tickets solved instead of responses|45 %=counts only the 5s as satisfied|25 %=reports the share of unsatisfied responses⟧',
    ],
  },
  {
    id: 'survey-response-rate',
    stem: 'Last month 500 tickets were solved and 200 satisfaction surveys came back, 150 of them rated 4 or 5. What is the survey response rate?',
    frames: [
      '⟦40 %|75 %=reports CSAT instead of the response rate|60 %=reports the share that did not respond|30 %=divides satisfied responses by tickets⟧',
    ],
  },
  {
    id: 'aht-includes-hold-and-wrap',
    stem: 'AHT is talk time plus hold time plus after-call work, divided by the calls handled. This week: 300 minutes of talk, 60 minutes of hold, 90 minutes of after-call work, 90 calls. What is the AHT?',
    frames: [
      '⟦5 minutes|3 minutes 20 seconds=counts talk time only|4 minutes=leaves out the after-call work|4 minutes 20 seconds=leaves out the hold time⟧',
    ],
  },
  {
    id: 'frt-median-with-outlier',
    stem: 'Five tickets had first response times of 5, 10, 15, 20 and 150 minutes. What is the median first response time?',
    frames: [
      '⟦15 minutes|40 minutes=reports the mean, pulled up by one slow ticket|12.5 minutes=drops the slow ticket before averaging|150 minutes=reports the slowest ticket⟧',
    ],
  },
  {
    id: 'frt-business-hours-over-weekend',
    stem: 'First response time is counted in business hours (Monday to Friday, 09:00–17:00). A ticket arrived on Friday at 16:30 and was answered on Monday at 09:30. What is its first response time?',
    frames: [
      '⟦1 hour|65 hours=counts calendar hours over the weekend|30 minutes=counts only Friday’s part|9 hours=adds a business day for the weekend⟧',
    ],
  },
  {
    id: 'fcr-per-ticket',
    stem: 'First contact resolution is the share of tickets resolved in the first contact. Of 400 tickets, 300 were resolved in the first contact; the 400 tickets took 520 contacts in all. What is FCR?',
    frames: [
      '⟦75 %|25 %=reports the share needing more contacts|58 %=divides by contacts instead of tickets|77 %=divides tickets by contacts⟧',
    ],
  },
  {
    id: 'nps-promoters-minus-detractors',
    stem: 'A survey got 200 answers on the 0–10 recommend scale: 100 promoters (9–10), 60 passives (7–8) and 40 detractors (0–6). What is the Net Promoter Score?',
    frames: [
      '⟦30|50=reports the promoter share alone|60=counts passives with the promoters|43=leaves the passives out of the total⟧',
    ],
  },
  {
    id: 'backlog-open-created-solved',
    stem: 'On Monday morning 40 tickets were open. During the week 120 tickets were created and 100 were solved. How many are open at the end of the week?',
    frames: [
      '⟦60|20=reports only the week’s net change|160=adds the new tickets and forgets the solved ones|260=adds the solved tickets instead of subtracting them⟧',
    ],
  },
  {
    id: 'reopen-rate',
    stem: 'Of 250 solved tickets, 20 were reopened by the customer. What is the reopen rate?',
    frames: [
      '⟦8 %|92 %=reports the share not reopened|8.7 %=divides by the tickets not reopened|20 %=reads the count as a percentage⟧',
    ],
  },
  {
    id: 'aht-down-fcr-down',
    stem: 'After a push to shorten calls, AHT fell from 9 to 6 minutes, first contact resolution fell from 80 % to 65 %, and reopened tickets rose. What do the figures suggest?',
    frames: [
      '⟦Shorter contacts are solving fewer problems|Service improved, since AHT fell by a third=reads AHT alone as quality|Customers are asking easier questions than before=invents a cause the figures contradict|Nothing, since handle time and first contact resolution are unrelated=ignores the trade-off between them⟧',
    ],
  },
  {
    id: 'csat-tiny-sample',
    stem: 'Agent Lee has a CSAT of 100 % from 3 survey responses; agent Kim has 88 % from 240 responses. What can a team lead conclude?',
    frames: [
      '⟦Three responses are too few to rank Lee above Kim|Lee gives better service, since 100 % beats 88 %=ignores the tiny sample behind 100 %|Kim gives better service, since Kim has many more survey responses=confuses volume with quality|Together they score 94 %, the team’s CSAT=averages the rates without weighting them⟧',
    ],
  },
  {
    id: 'median-for-skewed-resolution',
    stem: 'Most tickets are resolved in about 2 hours, but a few take 5 days. Which single figure best describes how long a typical ticket takes to resolve?',
    frames: [
      '⟦The median resolution time|The mean resolution time=uses an average pulled up by a few slow tickets|The longest resolution time=reports the worst case as typical|The total hours spent on all tickets=reports workload instead of a typical time⟧',
    ],
  },
  {
    id: 'sla-compliance-rate',
    stem: 'SLA compliance is the share of answered tickets whose first response met the SLA. This week 200 tickets were answered, 180 of them within the SLA; 25 more are still unanswered but not yet due. What is SLA compliance?',
    frames: [
      '⟦90 %|80 %=counts tickets not yet due as breaches|10 %=reports the breach rate|11 %=divides breaches by compliant tickets⟧',
    ],
  },
  {
    id: 'staffing-from-aht-and-occupancy',
    stem: 'A desk receives 480 tickets a day with an AHT of 6 minutes. Agents work 8-hour shifts at a planned occupancy of 80 %. How many agents are needed each day, rounded up to whole agents?',
    frames: [
      '⟦8|6=ignores the planned occupancy|7=rounds 7.5 agents down|5=applies the occupancy the wrong way round⟧',
    ],
  },
  {
    id: 'contact-rate-per-thousand-orders',
    stem: 'Last month the shop had 10,000 orders and 250 support tickets. What is the contact rate per 1,000 orders?',
    frames: [
      '⟦25|2.5=slips a decimal place|40=divides orders by tickets|250=reports the raw ticket count⟧',
    ],
  },
  {
    id: 'csat-weighted-across-months',
    stem: 'CSAT was 80 % from 50 responses in October and 85 % from 400 responses in November. What is CSAT for the two months together, to one decimal place?',
    frames: [
      '⟦84.4 %|82.5 %=averages the two rates without weighting|85.0 %=takes the larger month’s rate|80.6 %=swaps the two months’ weights⟧',
    ],
  },
  {
    id: 'csat-survey-question',
    stem: 'Which survey question, sent after a ticket is solved, measures customer satisfaction (CSAT)?',
    frames: [
      '⟦How satisfied were you with our support?|How likely are you to recommend us to a friend?=asks the Net Promoter question|How easy was it to get your issue resolved?=asks the customer effort question|How many times did you contact us about this issue?=asks about first contact resolution⟧',
    ],
  },
]
