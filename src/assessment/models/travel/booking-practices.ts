import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './travel-text.js'

// Clock and date pitfalls of itineraries, and expense-policy practice, as the key test's table
// of documented rules states them.

const CLOCK_PRACTICES: readonly Practice[] = [
  {
    id: 'departure-at-0010-is-the-night-before',
    stems: [
      'The ticket shows departure 00:10 on Saturday 12 June. When should the traveller be at the airport?',
      'A flight leaves at 00:25 on Wednesday 3 March. Which evening does the traveller go to the airport?',
    ],
    keys: [
      'Late on the evening before that date',
      'The evening before the printed date',
      'On the evening before the date printed',
    ],
    wrong: [
      [
        'In the small hours of the date printed',
        'plans to arrive after midnight, after the flight has left',
      ],
      [
        'On the evening of the date printed',
        'reads 00:10 as the end of the printed day, a day late',
      ],
      ['Around noon on the date printed', 'reads 00:10 as 12:10 p.m.'],
      ['Early on the morning after the date printed', 'adds a day for the small hours'],
    ],
  },
  {
    id: 'plus-one-arrival-marker',
    stems: [
      'An itinerary shows “dep 21:50, arr 07:35 +1”. What does +1 mean?',
      'A schedule lists a flight landing “06:05+1”. How do you read the +1?',
    ],
    keys: [
      'The flight lands on the following day',
      'It lands on the next calendar day',
      'Landing is on the following day, local time',
    ],
    wrong: [
      ['The flight leaves on the following day', 'applies the +1 to the departure'],
      ['It lands one hour after the time shown', 'reads +1 as an hour of delay'],
      ['The flight takes one hour longer', 'reads +1 as a duration'],
      ['The destination is one hour ahead', 'reads +1 as a time-zone offset'],
      ['It makes one stop', 'reads +1 as a stop count'],
    ],
  },
  {
    id: 'twelve-am-is-midnight-start-of-day',
    stems: [
      'A US booking site shows a departure at “12:05 AM, Friday”. In 24-hour time, when is it?',
      'An American itinerary says the flight leaves at 12:40 AM on Tuesday. What is that on a 24-hour clock?',
    ],
    keys: ['Just after 00:00 at the start of that day', 'In the first hour of that day, 00:xx'],
    wrong: [
      ['Just after noon that day, 12:xx', 'reads 12 AM as midday'],
      ['Just after midnight at the end of that day', 'reads 12 AM as the midnight ending the day'],
      ['Shortly after 24:00 the day before', 'writes a 24:xx time for the day before'],
    ],
  },
  {
    id: 'iso-date-order-in-forms',
    stems: [
      'A visa form asks for dates as YYYY-MM-DD. The traveller was born on 4 July 1988. What do you enter?',
      'A booking API expects ISO 8601 dates. The traveller was born on 4 July 1988. What do you send?',
    ],
    keys: [
      'Year-month-day, e.g. 1988-07-04',
      'Year, month, day: 1988-07-04',
      'Year then month then day, 1988-07-04',
    ],
    wrong: [
      ['1988-7-4, year then month then day', 'drops the leading zeros the format requires'],
      ['1988-04-07, year then day then month', 'writes the day before the month'],
      ['07/04/1988, as on US forms', 'uses the US slash format'],
      ['04.07.88, day first with a short year', 'uses a European format with a two-digit year'],
    ],
  },
  {
    id: 'ambiguous-numeric-date-write-the-month',
    stems: [
      'You email a hotel in Germany and a client in the US about an arrival on 05/06. How should you write the date?',
      'An itinerary goes to travellers in the UK and US. How do you write arrival dates to avoid misreading?',
    ],
    keys: ['With the month as a word, e.g. 6 May 2027', 'With the month spelled: 6 May 2027'],
    wrong: [
      [
        '05/06/2027, as everyone reads it the same',
        'forgets day-first and month-first readers differ',
      ],
      ['6/5, since the hotel is in Europe', 'picks one reader’s order for both'],
      ['Numbers only, with a note to read carefully', 'leaves the ambiguity in place'],
    ],
  },
  {
    id: 'schedule-change-recheck-connection',
    stems: [
      'The airline emails a schedule change: the first flight now lands 50 minutes later. What do you check first?',
      'An airline retimes the inbound flight of a connecting itinerary. What is the first thing to check?',
    ],
    keys: ['Whether the transfer still meets the MCT', 'That the new gap still meets the minimum'],
    wrong: [
      ['Only that the final arrival time is acceptable', 'checks the end but not the connection'],
      ['Nothing: the airline keeps connections valid', 'trusts the airline to fix misconnections'],
      ['The seat assignment on the first flight', 'checks a detail before the connection'],
    ],
  },
]

const EXPENSE_PRACTICES: readonly Practice[] = [
  {
    id: 'itemised-receipt-not-card-slip',
    stems: [
      'A traveller submits a card terminal slip for a restaurant bill. Policy asks for receipts that show what was bought. What do you ask for?',
      'An expense line has only the card payment slip. Under an itemised-receipt policy, what else do you ask for?',
    ],
    keys: [
      'The itemised receipt from the restaurant',
      'An itemised bill from the restaurant',
      'The restaurant’s itemised bill',
    ],
    wrong: [
      [
        'A note of the amount signed by the traveller',
        'accepts a self-declaration in place of the bill',
      ],
      ['The restaurant’s card slip, with the tip written on', 'gives the payment record twice'],
      [
        'Nothing more: the slip proves payment',
        'confuses proof of payment with proof of what was bought',
      ],
      ['The monthly card statement', 'gives another payment record, not an itemised one'],
      ['A photo of the restaurant’s menu', 'offers prices without the purchase'],
      ['A note from the restaurant of the amount paid', 'gives the amount, not what was bought'],
    ],
  },
  {
    id: 'lodging-receipt-whatever-the-amount',
    stems: [
      'Policy, on the US federal model: receipts for lodging always, and for any other expense of $75 or more. Which of these needs a receipt: a $62 hotel night, a $40 taxi, a $74 dinner?',
      'Under the federal rule (lodging always; other expenses at $75 or more), which claim needs a receipt: $58 motel, $70 train, $30 parking?',
    ],
    keys: ['Only the lodging', 'The hotel or motel night alone'],
    wrong: [
      ['None, as each is under $75', 'applies the $75 threshold to lodging too'],
      ['All of them', 'asks for receipts below the threshold'],
      ['Only the most expensive non-lodging item', 'confuses the threshold with the largest item'],
    ],
  },
  {
    id: 'personal-days-on-a-business-trip',
    stems: [
      'The traveller adds two vacation days after the meeting, then flies home. What does the company pay for?',
      'A trip mixes a three-day conference with a personal weekend. What is reimbursable?',
    ],
    keys: [
      'Business days, airfare capped at business-only',
      'The business days, and the fare up to a business-only trip',
      'Business days only; the fare as for a business-only trip',
    ],
    wrong: [
      [
        'The business days, and the whole fare as booked',
        'pays a fare the personal days made dearer',
      ],
      ['The airfare only, as the hotel nights were mixed', 'drops the business nights'],
      ['The whole trip, as it started as business', 'reimburses personal days'],
      ['Nothing, as the trip mixed purposes', 'disallows business costs too'],
      ['Hotel for every night, as the flight was business', 'pays personal nights'],
    ],
  },
  {
    id: 'expense-report-within-deadline',
    stems: [
      'Policy: submit expense reports within 30 days of the trip’s end. A trip ended 26 days ago. What do you do?',
      'The traveller wants to wait for one more receipt; the 30-day submission deadline is in three days. What do you advise?',
    ],
    keys: [
      'Send it now, add the missing one later',
      'Meet the date and add the late one later',
      'Send it now and add the late receipt once it comes',
    ],
    wrong: [
      [
        'Send it once the last receipt comes, even if late',
        'puts completeness before the deadline',
      ],
      ['Send it now and drop the missing receipt', 'gives up a claim that can follow'],
      ['Wait for every receipt, even past 30 days', 'misses the deadline for completeness'],
      ['Submit without receipts to meet the date', 'drops the receipts policy asks for'],
      ['Ask for an extension every time', 'treats the deadline as optional'],
    ],
  },
  {
    id: 'no-double-claim-of-meals',
    stems: [
      'The traveller is on per diem for meals and also submits a dinner receipt for the same day. What do you do?',
      'A per-diem day shows a separate lunch receipt as well. How is it handled?',
    ],
    keys: [
      'Claim the per diem only, not the receipt too',
      'Do not claim the meal twice: per diem covers it',
      'Claim the per diem only; the receipt would pay the meal twice',
    ],
    wrong: [
      ['Claim both, as the receipt proves the cost', 'double-claims the meal'],
      ['Claim the receipt and the per diem’s incidentals only', 'mixes actual and per-diem rules'],
      ['Claim whichever is larger and the other as incidentals', 'invents a blend of both'],
      ['Claim the receipt only, not the per diem', 'swaps the per diem for actual cost on one day'],
      ['Claim both, as the dinner was with a client', 'double-claims with a business reason'],
    ],
  },
  {
    id: 'exchange-rate-source-as-stated',
    stems: [
      'Policy converts card expenses at the rate on the card statement. The traveller used a better rate from a website. Which rate goes on the report?',
      'A report converts a foreign receipt. Policy names the card statement’s rate. Which do you use?',
    ],
    keys: [
      'The rate on the card statement',
      'The rate on the statement, as policy names it',
      'The card statement’s rate, as it is the one policy names',
    ],
    wrong: [
      [
        'The rate on the day of the receipt, from a website',
        'picks a date but not the named source',
      ],
      ['The rate from the website, as it is cheaper', 'picks a source the policy does not name'],
      ['The rate on the day the report is written', 'uses the wrong date'],
      ['An average rate for the month', 'uses an average the policy does not name'],
    ],
  },
]

export const CLOCK_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  CLOCK_PRACTICES.map(practiceFamily)
export const EXPENSE_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  EXPENSE_PRACTICES.map(practiceFamily)
