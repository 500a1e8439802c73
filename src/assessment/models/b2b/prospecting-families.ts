import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, symbol } from '../scenario/scenario-text.js'
import {
  amount,
  b2b,
  bps,
  buyer,
  count,
  money,
  percent,
  product,
  rateText,
  rep,
  units,
} from './b2b-calc.js'

// Prospecting and funnel arithmetic. A funnel's stage rates multiply: the activities needed for
// a target are the target divided by the product of the stage rates, rounded up to whole
// activities (any sales-development text: e.g. Ross & Tyler, Predictable Revenue; Blount,
// Fanatical Prospecting, on the ratios of activity to outcome).

export const PROSPECTING_FAMILIES: readonly ScenarioFamily[] = [
  b2b('b2b-dials-for-meetings-held', (rng) => {
    const m = rng.int(6, 20)
    const c = bps(rng, 800, 1800)
    const b = bps(rng, 1500, 3500, 500)
    const s = bps(rng, 7000, 8500, 500)
    return {
      stem: `${rep(rng)}, a contract SDR for ${product(rng)}, must deliver ${m} held meetings a month. ${rateText(c)} of dials connect, ${rateText(b)} of connects book a meeting and ${rateText(s)} of booked meetings are held. How many dials a month are needed?`,
      shape: count('dials'),
      key: ['needed', m, c, b, s],
      wrong: [
        [
          'connectAsNoConnect',
          ['needed', m, 10000 - c, b, s],
          'divides by the share of dials that do not connect',
        ],
        [
          'stopsAtConnects',
          ['needed', m, c],
          'stops at connects, as if every conversation booked and was held',
        ],
        [
          'bookingAsNoBooking',
          ['needed', m, c, 10000 - b, s],
          'divides by the share of connects that do not book',
        ],
        ['ignoresShowRate', ['needed', m, c, b], 'plans for booked meetings, forgetting no-shows'],
        ['showAsNoShow', ['needed', m, c, b, 10000 - s], 'reads the show rate as the no-show rate'],
        [
          'ignoresConnectRate',
          ['needed', m, b, s],
          'treats every dial as a conversation, skipping the connect rate',
        ],
        [
          'showTwice',
          ['needed', m, c, b, s, s],
          'takes off the no-shows twice, at booking and again at the meeting',
        ],
        [
          'bookingTwice',
          ['needed', m, c, b, b, s],
          'applies the booking rate twice, to dials and again to connects',
        ],
      ],
    }
  }),
  b2b('b2b-contacts-for-opportunities', (rng) => {
    const o = rng.int(4, 15)
    const bounce = bps(rng, 500, 2000, 500)
    const r = bps(rng, 400, 1200)
    const p = bps(rng, 2500, 5000, 500)
    return {
      stem: `An outbound email sequence for ${product(rng)} must create ${o} qualified opportunities. ${rateText(bounce)} of addresses bounce, ${rateText(r)} of delivered contacts reply and ${rateText(p)} of replies become qualified opportunities. How many contacts must enter the sequence?`,
      shape: count('contacts'),
      key: ['needed', o, 10000 - bounce, r, p],
      wrong: [
        [
          'replyAsNonReply',
          ['needed', o, 10000 - bounce, 10000 - r],
          'divides by the share who do not reply and forgets qualification',
        ],
        [
          'ignoresReply',
          ['needed', o, 10000 - bounce, p],
          'counts every delivered contact as a reply',
        ],
        [
          'nonReplyRate',
          ['needed', o, 10000 - bounce, 10000 - r, p],
          'divides by the share of contacts who do not reply',
        ],
        ['ignoresBounce', ['needed', o, r, p], 'assumes every address is delivered'],
        [
          'bounceAsDelivered',
          ['needed', o, bounce, r, p],
          'uses the bounce rate as the delivery rate',
        ],
        [
          'ignoresQualification',
          ['needed', o, 10000 - bounce, r],
          'counts every reply as a qualified opportunity',
        ],
        [
          'qualifiedAsNonQualified',
          ['needed', o, 10000 - bounce, r, 10000 - p],
          'divides by the share of replies that do not qualify',
        ],
        [
          'bounceTwice',
          ['needed', o, 10000 - bounce, 10000 - bounce, r, p],
          'takes the bounces off twice, from the list and again from the replies',
        ],
      ],
    }
  }),
  b2b('b2b-meetings-for-a-bookings-quota', (rng) => {
    const $ = symbol(rng)
    const mv = units(rng, 600, 3000, 50)
    const deals = rng.int(6, 20)
    // A whole number of deals: with a remainder, rounding the deals up before grossing up by the
    // rates and rounding only the meetings gave two defensible answers a few meetings apart.
    const q = mv * 12 * deals
    const w = bps(rng, 1500, 3500, 500)
    const o = bps(rng, 4000, 7000, 500)
    return {
      stem: `A freelance closer's annual bookings quota is ${amount($, q)} of first-year contract value. Deals average ${amount($, mv)} a month on 12-month contracts, ${rateText(w)} of opportunities are won and ${rateText(o)} of first meetings become opportunities. How many first meetings are needed in the year?`,
      shape: count('meetings'),
      key: ['needed', ['ceil', ['div', q, ['mul', mv, 12]]], w, o],
      wrong: [
        [
          'dealsOnly',
          ['ceil', ['div', q, ['mul', mv, 12]]],
          'gives the deals needed, not the meetings',
        ],
        [
          'monthlyAsAnnualNoWin',
          ['needed', ['ceil', ['div', q, mv]], o],
          'divides by the monthly value and forgets the win rate',
        ],
        [
          'monthlyAsAnnual',
          ['needed', ['ceil', ['div', q, mv]], w, o],
          'divides the annual quota by the monthly deal value',
        ],
        [
          'ignoresWinRate',
          ['needed', ['ceil', ['div', q, ['mul', mv, 12]]], o],
          'assumes every opportunity is won',
        ],
        [
          'lossRateUsed',
          ['needed', ['ceil', ['div', q, ['mul', mv, 12]]], 10000 - w, o],
          'divides by the loss rate instead of the win rate',
        ],
      ],
    }
  }),
  b2b('b2b-dials-per-working-day', (rng) => {
    const m = rng.int(8, 24)
    const c = bps(rng, 800, 1600)
    const b = bps(rng, 2000, 4000, 500)
    const d = rng.pick([19, 20, 21, 22])
    return {
      stem: `A contract SDR must book ${m} meetings a month. ${rateText(c)} of dials connect and ${rateText(b)} of connects book. The month has ${d} working days. How many dials a working day are needed?`,
      shape: count('dials a day'),
      key: ['ceil', ['div', ['needed', m, c, b], d]],
      wrong: [
        [
          'skipsConnect',
          ['ceil', ['div', ['needed', m, b], d]],
          'applies the booking rate to dials, skipping the connect rate',
        ],
        [
          'perWeekNotDay',
          ['ceil', ['div', ['needed', m, c, b], d / 5]],
          'divides by the weeks in the working days, giving dials a week',
        ],
        [
          'calendarDays',
          ['ceil', ['div', ['needed', m, c, b], 30]],
          'spreads the dials over 30 calendar days',
        ],
        [
          'weeksAsDays',
          ['ceil', ['div', ['needed', m, c, b], 4]],
          'divides by the four weeks in the month instead of the working days',
        ],
        [
          'ignoresBookingRate',
          ['ceil', ['div', ['needed', m, c], d]],
          'stops at connects, as if every conversation booked',
        ],
        [
          'monthNotDay',
          ['needed', m, c, b],
          'gives the dials for the month, never dividing by the working days',
        ],
      ],
    }
  }),
  b2b('b2b-connect-to-meeting-rate', (rng) => {
    const dials = rng.int(40, 90) * 10
    const con = Math.round((dials * bps(rng, 800, 1600)) / 10000)
    const booked = Math.round((con * bps(rng, 1500, 3500)) / 10000)
    const held = booked - rng.int(1, Math.max(1, Math.floor(booked / 4)))
    return {
      stem: `Last month ${rep(rng)} made ${dials} dials, had ${con} connects, booked ${booked} meetings and held ${held} of them. What was the connect-to-meeting-booked rate?`,
      shape: percent(1),
      key: ['div', booked, con],
      wrong: [
        ['heldOverDials', ['div', held, dials], 'divides held meetings by dials'],
        ['connectRate', ['div', con, dials], 'gives the connect rate of dials instead'],
        ['overHeld', ['div', booked, held], 'divides booked meetings by held ones'],
        ['perDial', ['div', booked, dials], 'divides meetings by dials, not connects'],
        ['heldNotBooked', ['div', held, con], 'counts held meetings instead of booked ones'],
        [
          'overNonBookers',
          ['div', booked, con - booked],
          'divides by the connects that did not book',
        ],
      ],
    }
  }),
  b2b('b2b-sql-to-win-rate', (rng) => {
    const leads = rng.int(30, 80) * 10
    const sql = Math.round(leads * (rng.int(25, 45) / 100))
    const opp = Math.round(sql * (rng.int(40, 65) / 100))
    const won = Math.round(opp * (rng.int(18, 35) / 100))
    return {
      stem: `A quarter's funnel for ${product(rng)}: ${leads} leads, ${sql} sales-qualified leads, ${opp} opportunities and ${won} closed-won deals. What share of sales-qualified leads became won deals?`,
      shape: percent(1),
      key: ['div', won, sql],
      wrong: [
        ['oppsOverSql', ['div', opp, sql], 'gives the SQL-to-opportunity rate'],
        ['sqlOverLeads', ['div', sql, leads], 'gives the lead-to-SQL rate'],
        ['overLeads', ['div', won, leads], 'divides by all leads instead of qualified ones'],
        ['overOpportunities', ['div', won, opp], 'gives the opportunity win rate instead'],
        [
          'averagesStageRates',
          ['div', ['add', ['div', opp, sql], ['div', won, opp]], 2],
          'averages the two stage rates instead of multiplying them',
        ],
      ],
    }
  }),
  b2b('b2b-expected-meetings-from-a-list', (rng) => {
    const n = rng.int(20, 60) * 10
    const r = bps(rng, 5500, 8000, 500)
    const m = bps(rng, 300, 900)
    return {
      stem: `${cap(buyer(rng))} hands a contract SDR a list of ${n} decision-makers. ${rateText(r)} can be reached and ${rateText(m)} of those reached agree to a meeting. How many meetings should the list be expected to yield?`,
      shape: count('meetings', 1),
      key: ['mul', n, r / 10000, m / 10000],
      wrong: [
        ['reachOnly', ['mul', n, r / 10000], 'counts every reached contact as a meeting'],
        [
          'meetingRateOfUnreached',
          ['mul', n, 1 - r / 10000],
          'gives the contacts who cannot be reached',
        ],
        ['ignoresReach', ['mul', n, m / 10000], 'applies the meeting rate to the whole list'],
        [
          'unreachedShare',
          ['mul', n, 1 - r / 10000, m / 10000],
          'applies the meeting rate to the contacts who cannot be reached',
        ],
        [
          'addsRates',
          ['mul', n, ['sub', ['add', r / 10000, m / 10000], ['mul', r / 10000, m / 10000]]],
          'combines the rates as if either step alone produced a meeting',
        ],
        [
          'reachTwice',
          ['mul', n, r / 10000, r / 10000, m / 10000],
          'applies the reach rate twice, to the list and again to the meetings',
        ],
        [
          'meetingTwice',
          ['mul', n, r / 10000, m / 10000, m / 10000],
          'applies the meeting rate twice, to the reached and again to the agreed',
        ],
      ],
    }
  }),
  b2b('b2b-new-pipeline-to-create', (rng) => {
    const $ = symbol(rng)
    const q = units(rng, 200, 900, 10) * 1000
    const wv = bps(rng, 2000, 3500, 500)
    const wc = wv + bps(rng, 500, 1500, 500)
    const p = Math.round((q * rng.int(5, 15)) / 10 / 100000) * 100000
    return {
      stem: `A freelance account executive must close ${amount($, q)} more this year. Open pipeline of ${amount($, p)} already exists. By value ${rateText(wv)} of pipeline is won; by count ${rateText(wc)} of opportunities are won. How much new pipeline must be created, assuming it converts at the same rate?`,
      shape: money($),
      key: ['sub', ['rnd', ['div', ['mul', q, 10000], wv]], p],
      wrong: [
        [
          'gapOnly',
          q - p,
          'subtracts the open pipeline from the target without grossing up by the win rate',
        ],
        [
          'countRateNoOpen',
          ['rnd', ['div', ['mul', q, 10000], wc]],
          'uses the count win rate and ignores the open pipeline',
        ],
        [
          'ignoresOpenPipeline',
          ['rnd', ['div', ['mul', q, 10000], wv]],
          'ignores the open pipeline that will also close',
        ],
        [
          'countWinRate',
          ['sub', ['rnd', ['div', ['mul', q, 10000], wc]], p],
          'uses the win rate by count for a target in money',
        ],
        [
          'subtractsBeforeGrossingUp',
          ['rnd', ['div', ['mul', ['sub', q, p], 10000], wv]],
          'subtracts the open pipeline from the target as if it were all won',
        ],
      ],
    }
  }),
  b2b('b2b-cost-per-meeting-booked', (rng) => {
    const $ = symbol(rng)
    const fee = units(rng, 30, 75, 5)
    const dph = rng.pick([20, 25, 30, 35, 40])
    const c = bps(rng, 800, 1500)
    const b = bps(rng, 2000, 3500, 500)
    const s = bps(rng, 7000, 8500, 500)
    return {
      stem: `A calling contractor charges ${amount($, fee)} an hour and makes ${dph} dials an hour. ${rateText(c)} of dials connect, ${rateText(b)} of connects book a meeting and ${rateText(s)} of booked meetings are held. What does each booked meeting cost the client?`,
      shape: money($),
      key: ['rnd', ['div', fee, ['mul', dph, c / 10000, b / 10000]]],
      wrong: [
        ['costPerDial', ['rnd', ['div', fee, dph]], 'gives the cost of one dial'],
        [
          'bookingAsNoBooking',
          ['rnd', ['div', fee, ['mul', dph, c / 10000, 1 - b / 10000]]],
          'divides by the share of connects that do not book',
        ],
        [
          'costPerConnect',
          ['rnd', ['div', fee, ['mul', dph, c / 10000]]],
          'stops at the cost of a connect',
        ],
        [
          'costPerHeld',
          ['rnd', ['div', fee, ['mul', dph, c / 10000, b / 10000, s / 10000]]],
          'prices a held meeting though the question asks a booked one',
        ],
        [
          'noShowAsShow',
          ['rnd', ['div', fee, ['mul', dph, c / 10000, b / 10000, 1 - s / 10000]]],
          'prices a held meeting and reads the show rate as the no-show rate',
        ],
        [
          'ignoresConnectRate',
          ['rnd', ['div', fee, ['mul', dph, b / 10000]]],
          'applies the booking rate to dials, skipping the connect rate',
        ],
      ],
    }
  }),
  b2b('b2b-meetings-from-calling-hours', (rng) => {
    const h = rng.int(40, 120)
    const dph = rng.pick([20, 25, 30, 35])
    const c = bps(rng, 800, 1500)
    const b = bps(rng, 2000, 3500, 500)
    const s = bps(rng, 7000, 9000, 500)
    return {
      stem: `A client buys ${h} hours of calling. At ${dph} dials an hour, ${rateText(c)} connecting, ${rateText(b)} of connects booking and ${rateText(s)} of bookings held, how many held meetings should the client expect?`,
      shape: count('meetings', 1),
      key: ['mul', h, dph, c / 10000, b / 10000, s / 10000],
      wrong: [
        [
          'ignoresBooking',
          ['mul', h, dph, c / 10000, s / 10000],
          'treats every connect as a booking',
        ],
        ['connectsOnly', ['mul', h, dph, c / 10000], 'gives the connects, not the meetings'],
        [
          'bookedNotHeld',
          ['mul', h, dph, c / 10000, b / 10000],
          'stops at booked meetings, forgetting no-shows',
        ],
        [
          'noShowAsShow',
          ['mul', h, dph, c / 10000, b / 10000, 1 - s / 10000],
          'applies the no-show share instead of the show rate',
        ],
        [
          'ignoresConnect',
          ['mul', h, dph, b / 10000, s / 10000],
          'treats every dial as a conversation',
        ],
        [
          'showTwice',
          ['mul', h, dph, c / 10000, b / 10000, s / 10000, s / 10000],
          'takes off the no-shows twice, at booking and again at the meeting',
        ],
        [
          'bookingTwice',
          ['mul', h, dph, c / 10000, b / 10000, b / 10000, s / 10000],
          'applies the booking rate twice, to dials and again to connects',
        ],
      ],
    }
  }),
  b2b('b2b-reply-rate-required', (rng) => {
    const n = rng.int(30, 80) * 10
    const bounce = bps(rng, 500, 2000, 500)
    const m = bps(rng, 3000, 6000, 500)
    const meet = rng.int(6, 18)
    return {
      stem: `A sequence will go to ${n} contacts; ${rateText(bounce)} of addresses are expected to bounce and ${rateText(m)} of replies turn into meetings. What reply rate on delivered emails is needed for ${meet} meetings?`,
      shape: percent(1),
      key: ['div', meet, ['mul', n, 1 - bounce / 10000, m / 10000]],
      wrong: [
        [
          'bounceAsDeliveredNoMeeting',
          ['div', meet, ['mul', n, bounce / 10000]],
          'uses the bounce rate as the delivered share and forgets the meeting rate',
        ],
        [
          'meetingsOverDelivered',
          ['div', meet, ['mul', n, 1 - bounce / 10000]],
          'divides meetings by delivered contacts, forgetting the reply-to-meeting rate',
        ],
        [
          'nonMeetingShare',
          ['div', meet, ['mul', n, 1 - bounce / 10000, 1 - m / 10000]],
          'divides by the share of replies that do not become meetings',
        ],
        [
          'ignoresBounce',
          ['div', meet, ['mul', n, m / 10000]],
          'counts bounced addresses as delivered',
        ],
        [
          'meetingsPerContact',
          ['div', meet, n],
          'divides meetings by contacts, as if every reply were a meeting and nothing bounced',
        ],
        [
          'bounceAsDelivered',
          ['div', meet, ['mul', n, bounce / 10000, m / 10000]],
          'uses the bounce rate as the delivered share',
        ],
      ],
    }
  }),
  b2b('b2b-weeks-of-linkedin-invites', (rng) => {
    const m = rng.int(5, 15)
    const a = bps(rng, 5500, 7500, 500)
    const r = bps(rng, 1000, 2500, 500)
    const b = bps(rng, 2000, 4000, 500)
    const cap = rng.pick([80, 100, 120, 150])
    return {
      stem: `A social-selling contractor can send at most ${cap} connection invites a week. ${rateText(a)} are accepted, ${rateText(r)} of new connections reply to a message and ${rateText(b)} of replies book a call. How many weeks of invites are needed for ${m} booked calls?`,
      shape: count('weeks'),
      key: ['ceil', ['div', ['needed', m, a, r, b], cap]],
      wrong: [
        [
          'invitesNotWeeks',
          ['needed', m, a, r, b],
          'gives the invites needed, never dividing by the weekly cap',
        ],
        [
          'monthsNotWeeks',
          ['ceil', ['div', ['needed', m, a, r, b], cap * 4]],
          'divides by four weeks of invites, giving months rather than weeks',
        ],
        [
          'ignoresBooking',
          ['ceil', ['div', ['needed', m, a, r], cap]],
          'books a call from every reply',
        ],
        [
          'nonReplyRate',
          ['ceil', ['div', ['needed', m, a, 10000 - r, b], cap]],
          'divides by the share of connections who do not reply',
        ],
        [
          'ignoresReplyRate',
          ['ceil', ['div', ['needed', m, a, b], cap]],
          'books calls straight from accepted invites',
        ],
        [
          'declineAsAccept',
          ['ceil', ['div', ['needed', m, 10000 - a, r, b], cap]],
          'uses the share of invites declined or ignored as the acceptance rate',
        ],
        [
          'acceptanceTwice',
          ['ceil', ['div', ['needed', m, a, a, r, b], cap]],
          'applies the acceptance rate twice, to invites and again to new connections',
        ],
        [
          'replyRateTwice',
          ['ceil', ['div', ['needed', m, a, r, r, b], cap]],
          'applies the reply rate twice, to connections and again to replies',
        ],
        [
          'ignoresAcceptance',
          ['ceil', ['div', ['needed', m, r, b], cap]],
          'assumes every invite is accepted',
        ],
      ],
    }
  }),
  b2b('b2b-quarter-run-rate-projection', (rng) => {
    const $ = symbol(rng)
    const d = rng.pick([90, 91, 92])
    const done = rng.int(25, 65)
    const booked = units(rng, 40, 300, 5) * 1000
    return {
      stem: `${done} days into a ${d}-day quarter a contract sales team has booked ${amount($, booked)}. At the same daily rate, what will the quarter's bookings be?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', booked, d], done]],
      wrong: [
        [
          'doublesBooked',
          ['add', booked, ['rnd', ['div', ['mul', booked, d], done]]],
          'adds the full-quarter projection to what is already booked',
        ],
        [
          'remainingAsRateDays',
          ['add', booked, ['rnd', ['div', ['mul', booked, d], d - done]]],
          'adds a projection over the days left to the bookings',
        ],
        [
          'remainingOnly',
          ['rnd', ['div', ['mul', booked, d - done], done]],
          'projects only the remaining days and forgets what is already booked',
        ],
        [
          'daysLeftAsRate',
          ['rnd', ['div', ['mul', booked, d], d - done]],
          'divides by the days left instead of the days gone',
        ],
        [
          'shareOfQuarterAdded',
          ['add', booked, ['rnd', ['div', ['mul', booked, d - done], d]]],
          'adds the remaining share of the quarter to the bookings, not a daily rate',
        ],
        [
          'monthAtRate',
          ['rnd', ['div', ['mul', booked, 30], done]],
          'projects a 30-day month at the daily rate, not the quarter',
        ],
      ],
    }
  }),
  b2b('b2b-ramp-quota-first-quarter', (rng) => {
    const $ = symbol(rng)
    const full = units(rng, 20, 80, 5) * 1000
    const r1 = rng.pick([0, 2500])
    const r2 = rng.pick([2500, 5000])
    const r3 = rng.pick([5000, 7500])
    return {
      stem: `A new contract rep's full monthly quota is ${amount($, full)}. The ramp plan sets month 1 at ${rateText(r1)}, month 2 at ${rateText(r2)} and month 3 at ${rateText(r3)} of full quota. What is the rep's total quota for the first three months?`,
      shape: money($),
      key: ['add', ['pctOf', full, r1], ['pctOf', full, r2], ['pctOf', full, r3]],
      wrong: [
        [
          'monthOneRate',
          ['mul', ['pctOf', full, r1], 3],
          'applies the month-1 rate to all three months',
        ],
        [
          'averageOfMonthTwoAndThree',
          ['mul', ['pctOf', full, (r2 + r3) / 2], 2],
          'averages months 2 and 3 and forgets month 1',
        ],
        ['fullQuota', ['mul', full, 3], 'ignores the ramp and charges three full months'],
        [
          'lastMonthOnly',
          ['mul', ['pctOf', full, r3], 3],
          'applies the month-3 rate to all three months',
        ],
        [
          'missingMonthOne',
          ['add', ['pctOf', full, r2], ['pctOf', full, r3]],
          'leaves out month 1, counting only the ramped months after it',
        ],
        [
          'averageOfTwo',
          ['mul', ['pctOf', full, r2], 3],
          'uses the middle month’s rate for the whole quarter',
        ],
      ],
    }
  }),
  b2b('b2b-meetings-for-a-pipeline-target', (rng) => {
    const $ = symbol(rng)
    const a = units(rng, 8, 40, 1) * 1000
    // A whole number of opportunities, so that rounding them up first and rounding only the
    // meetings agree.
    const target = a * rng.int(10, 30)
    const o = bps(rng, 3000, 6000, 500)
    const w = bps(rng, 1500, 3000, 500)
    return {
      stem: `A client wants ${amount($, target)} of new qualified pipeline this quarter. Opportunities average ${amount($, a)}, ${rateText(o)} of first meetings become opportunities and ${rateText(w)} of opportunities are won. How many first meetings must the contract SDR book?`,
      shape: count('meetings'),
      key: ['needed', ['ceil', ['div', target, a]], o],
      wrong: [
        [
          'monthlyFromQuarter',
          ['needed', ['ceil', ['div', target, a * 3]], o],
          'plans one month of the quarter’s target',
        ],
        [
          'winRateOnly',
          ['needed', ['ceil', ['div', target, a]], w],
          'divides by the win rate instead of the meeting-to-opportunity rate',
        ],
        [
          'ignoresOppRate',
          ['ceil', ['div', target, a]],
          'books one meeting per opportunity needed',
        ],
        [
          'appliesWinRate',
          ['needed', ['ceil', ['div', target, a]], o, w],
          'divides by the win rate too, though the target is pipeline, not bookings',
        ],
        [
          'nonConvertingShare',
          ['needed', ['ceil', ['div', target, a]], 10000 - o],
          'divides by the share of meetings that do not become opportunities',
        ],
      ],
    }
  }),
  b2b('b2b-emails-sent-in-a-sequence', (rng) => {
    const n = rng.int(20, 60) * 10
    const k = rng.int(4, 6)
    const r = bps(rng, 500, 1200, 100)
    const q = 1 - r / 10000
    return {
      stem: `A ${k}-step email sequence starts with ${n} contacts. After each step ${rateText(r)} of the contacts still in the sequence reply and leave it. How many emails will the sequence send in total?`,
      shape: count('emails'),
      key: ['rnd', ['mul', n, ['div', ['sub', 1, ['pow', q, k]], r / 10000]]],
      wrong: [
        [
          'oneStepTooMany',
          ['rnd', ['mul', n, ['div', ['sub', 1, ['pow', q, k + 1]], r / 10000]]],
          'sums one step too many, counting the replies as a send',
        ],
        [
          'offOriginalList',
          ['rnd', ['mul', n, k - ((r / 10000) * k * (k - 1)) / 2]],
          'takes the repliers off the original list each step, not off those remaining',
        ],
        ['noExits', n * k, 'sends every step to every contact, ignoring the replies that leave'],
        [
          'removesOnce',
          ['rnd', ['mul', n, ['add', 1, ['mul', k - 1, q]]]],
          'removes the repliers once, after the first step only',
        ],
        [
          'lastStepShareThroughout',
          ['rnd', ['mul', n, k, ['pow', q, k - 1]]],
          'applies the last step’s remaining share to every step',
        ],
        [
          'oneStepTooFew',
          ['rnd', ['mul', n, ['div', ['sub', 1, ['pow', q, k - 1]], r / 10000]]],
          'sums one step too few, leaving out the last send',
        ],
      ],
    }
  }),
  b2b('b2b-sdrs-needed-for-a-meeting-target', (rng) => {
    const m = rng.int(150, 400)
    const c = bps(rng, 800, 1500)
    const b = bps(rng, 2000, 3500, 500)
    const dpd = rng.pick([40, 50, 60])
    const d = rng.pick([20, 21, 22])
    return {
      stem: `A client wants ${m} booked meetings a month. ${rateText(c)} of dials connect and ${rateText(b)} of connects book. Each contract SDR makes ${dpd} dials a working day over ${d} working days. How many SDRs are needed?`,
      shape: count('SDRs'),
      key: ['ceil', ['div', ['needed', m, c, b], dpd * d]],
      wrong: [
        [
          'perDayCapacityIgnored',
          ['ceil', ['div', ['needed', m, c, b], dpd]],
          'divides by one day of dials per SDR',
        ],
        [
          'stopsAtConnects',
          ['ceil', ['div', ['needed', m, c], dpd * d]],
          'books a meeting from every connect',
        ],
        [
          'dialsNotSdrs',
          ['ceil', ['div', ['needed', m, c, b], d]],
          'gives the dials a working day for the whole team',
        ],
        [
          'calendarMonth',
          ['ceil', ['div', ['needed', m, c, b], dpd * 30]],
          'counts 30 calling days a month',
        ],
        [
          'weeksAsDays',
          ['ceil', ['div', ['needed', m, c, b], dpd * 5]],
          'gives each SDR one week of dials a month',
        ],
        [
          'ignoresConnect',
          ['ceil', ['div', ['needed', m, b], dpd * d]],
          'treats every dial as a conversation',
        ],
        [
          'bookingAsNoBooking',
          ['ceil', ['div', ['needed', m, c, 10000 - b], dpd * d]],
          'divides by the share of connects that do not book',
        ],
        [
          'roundsDown',
          ['floor', ['div', ['needed', m, c, b], dpd * d]],
          'rounds the SDRs down, leaving the target short',
        ],
      ],
    }
  }),
  b2b('b2b-pipeline-from-booked-meetings', (rng) => {
    const $ = symbol(rng)
    const m = rng.int(20, 80)
    const o = bps(rng, 3000, 6000, 500)
    const a = units(rng, 8, 50, 1) * 1000
    const w = bps(rng, 1500, 3000, 500)
    return {
      stem: `A contract SDR books ${m} first meetings a month. ${rateText(o)} become opportunities, opportunities average ${amount($, a)} and ${rateText(w)} of them are won. How much pipeline does a month of meetings create?`,
      shape: money($),
      key: ['pctOf', m * a, o],
      wrong: [
        [
          'appliesWinRate',
          ['pctOf', ['pctOf', m * a, o], w],
          'applies the win rate, giving bookings instead of pipeline',
        ],
        ['everyMeeting', m * a, 'counts every meeting as an opportunity'],
        [
          'winRateForOpp',
          ['pctOf', m * a, w],
          'uses the win rate as the meeting-to-opportunity rate',
        ],
        ['addsRates', ['pctOf', m * a, o + w], 'adds the two rates'],
      ],
    }
  }),
  b2b('b2b-contact-data-decay', (rng) => {
    const n = rng.int(20, 80) * 100
    const a = bps(rng, 2000, 3500, 500)
    const m = rng.int(4, 10)
    return {
      stem: `A purchased list holds ${n.toLocaleString('en-US')} accurate B2B contacts. Such data decays about ${rateText(a)} a year, compounding. About how many contacts are still accurate after ${m} months?`,
      shape: count('contacts'),
      key: ['rnd', ['mul', n, ['pow', 1 - a / 10000, m / 12]]],
      wrong: [
        [
          'annualAsMonthly',
          ['rnd', ['mul', n, ['pow', 1 - a / 10000, m]]],
          'applies the annual rate every month',
        ],
        [
          'decayedShare',
          ['rnd', ['mul', n, ['sub', 1, ['pow', 1 - a / 10000, m / 12]]]],
          'gives the contacts that have decayed',
        ],
        [
          'simpleDecay',
          ['rnd', ['mul', n, 1 - ((a / 10000) * m) / 12]],
          'takes the decay pro rata without compounding',
        ],
        ['fullYear', ['rnd', ['mul', n, 1 - a / 10000]], 'applies a full year’s decay'],
        [
          'dividedRate',
          ['rnd', ['mul', n, ['pow', 1 - a / 120000, m]]],
          'divides the annual rate by twelve and compounds monthly',
        ],
      ],
    }
  }),
]
