import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  cents,
  client,
  count,
  dollars,
  down,
  family,
  money,
  pctOf,
  showDate,
  up,
} from './evp-text.js'

// Budgets, registration and transport: cost per head, contingency, break-even fees, deposit
// schedules, early-bird pricing by date, conversion at a stated rate, shuttles and speaker
// travel. Money in integer cents; each stem states its rounding.

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

export const BUDGET_FAMILIES = [
  family('cost-per-head', (rng) => {
    const venue = dollars(rng, 3000, 12000)
    const av = dollars(rng, 1500, 6000)
    const meal = cents(rng, 45, 95)
    const people = rng.int(60, 300)
    const total = venue + av + meal * people
    const key = Math.round(total / people)
    return {
      stem: `Budget lines: venue hire ${money(venue)}, AV package ${money(av)}, and catering at ${money(meal)} per person. With ${count(people)} attendees, what is the total cost per head (to the cent)?`,
      key: money(key),
      wrong: [
        [money(Math.round((venue + av) / people)), 'leaves out the catering'],
        [
          money(Math.round((venue + av) / people) + meal * 2),
          'counts the per-person catering twice',
        ],
        [money(Math.round((venue + av + meal) / people)), 'adds one meal, not one per person'],
        [money(Math.round(venue / people) + meal), 'leaves out the AV'],
        [
          money(Math.round((venue + av + meal * people) / (people + 10))),
          'divides by ten more attendees than come',
        ],
        [money(venue + av + meal), 'adds the venue and AV whole to one person’s meal'],
        [money(Math.round((venue + 2 * av + meal * people) / people)), 'counts the AV twice'],
      ],
      figures: { venue, av, meal, people },
    }
  }),
  family('contingency-on-subtotal', (rng) => {
    const lines = [dollars(rng, 2000, 9000), dollars(rng, 1000, 6000), cents(rng, 500, 3000)]
    const cont = rng.pick([5, 8, 10, 15])
    const key = sum(lines) + pctOf(sum(lines), cont)
    return {
      stem: `The event budget lines are ${lines.map(money).join(', ')}. The client's policy adds ${cont === 8 ? 'an' : 'a'} ${cont}% contingency on the subtotal. What is the total budget?`,
      key: money(key),
      wrong: [
        [money(sum(lines)), 'leaves the contingency out'],
        [money(pctOf(sum(lines), cont)), 'gives the contingency alone'],
        [
          money(Math.round((sum(lines) * 100) / (100 - cont))),
          'grosses the subtotal up as if the contingency were a share of the total',
        ],
        [money(sum(lines) + pctOf(lines[0]!, cont)), 'puts the contingency on the first line only'],
        [money(sum(lines) + pctOf(sum(lines), cont) * 2), 'adds the contingency twice'],
      ],
      figures: { lines: lines.join(','), cont },
    }
  }),
  family('break-even-fee', (rng) => {
    const fixed = dollars(rng, 8000, 40000)
    const variable = cents(rng, 40, 120)
    const people = rng.int(80, 400)
    const key = up(fixed + variable * people, people * 100) * 100
    return {
      stem: `Fixed costs are ${money(fixed)} and each attendee costs ${money(variable)} in catering and materials. At ${count(people)} paying attendees, what is the lowest whole-dollar registration fee that breaks even?`,
      key: money(key),
      wrong: [
        [money(up(fixed, people * 100) * 100), 'forgets the per-attendee costs'],
        [
          money(down(fixed + variable * people, people * 100) * 100),
          'rounds the fee down and falls short',
        ],
        [money(up(fixed, people * 100) * 100 + variable * 2), 'counts the per-attendee cost twice'],
        [money(variable), 'covers only the per-attendee costs'],
        [
          money(up(fixed + variable, people * 100) * 100),
          'adds one attendee’s cost, not all of them',
        ],
      ],
      figures: { fixed, variable, people },
    }
  }),
  family('early-bird-by-date', (rng) => {
    const close = addDays('2027-01-10', rng.int(0, 200))
    const early = dollars(rng, 199, 399)
    const regular = early + dollars(rng, 50, 150)
    const n = rng.int(2, 6)
    const off = rng.pick([-3, -1, 0, 1, 2])
    const paid = addDays(close, off)
    const member = rng.pick([10, 15])
    const isMember = rng.int(0, 1) > 0
    const discounted = regular - pctOf(regular, member)
    const reg = isMember ? discounted : regular
    const key = n * (off <= 0 ? early : reg)
    return {
      stem: `Early-bird registration is ${money(early)} and closes at 11:59 pm on ${showDate(close)} (the date included); from then on it is ${money(regular)}. A ${member}% member discount applies only to regular-rate registrations made by members. A ${isMember ? 'member' : 'non-member'} company registers ${n} staff and pays on ${showDate(paid)}. What does it pay?`,
      key: money(key),
      wrong: [
        [money(n * (off < 0 ? early : reg)), 'treats the closing date as already past'],
        isMember
          ? [money(n * (off <= 0 ? early : regular)), 'forgets the member discount']
          : [
              money(n * (off <= 0 ? early : discounted)),
              'gives the member discount to a non-member',
            ],
        [money(n * reg), 'charges the regular rate whatever the date'],
        [money(n * early), 'charges the early-bird rate whatever the date'],
        [
          money(n * (early - pctOf(early, member))),
          isMember
            ? 'takes the member discount off the early-bird rate'
            : 'gives a non-member the member discount off the early-bird rate',
        ],
        [money(n * (off <= 1 ? early : reg)), 'allows a day’s grace after the closing date'],
        isMember
          ? [money(n * regular), 'charges the full regular rate whatever the date']
          : [money(n * discounted), 'charges the regular rate with a member discount'],
      ],
      figures: { close, paid, early, regular, n, member, isMember: isMember ? 1 : 0 },
    }
  }),
  family('deposit-schedule-balance', (rng) => {
    const contract = dollars(rng, 20000, 90000)
    const p1 = rng.pick([25, 30])
    const p2 = rng.pick([25, 40])
    const d1 = pctOf(contract, p1)
    const d2 = pctOf(contract, p2)
    const key = contract - d1 - d2
    return {
      stem: `The venue contract is ${money(contract)}: ${p1}% deposit on signing, ${p2}% 90 days out, balance 14 days before the event. Both deposits are paid. How much is the final payment?`,
      key: money(key),
      wrong: [
        [money(contract - d1), 'forgets the second deposit'],
        [money(d1 + d2), 'gives the deposits paid'],
        [money(contract - d2), 'forgets the signing deposit'],
        [
          money(pctOf(contract, 100 - p1) - pctOf(contract - d1, p2)),
          'takes the second deposit as a share of what was left',
        ],
        [money(contract), 'bills the whole contract again'],
      ],
      figures: { contract, p1, p2 },
    }
  }),
  family('eur-quote-to-usd-with-fee', (rng) => {
    const eur = dollars(rng, 8000, 40000)
    const rateMilli = rng.int(1040, 1180) // USD per EUR × 1,000
    const fee = rng.pick([1, 2, 3])
    const usdAmt = Math.round((eur * rateMilli) / 1000)
    const key = usdAmt + pctOf(usdAmt, fee)
    return {
      stem: `A Lisbon venue quotes €${(eur / 100).toLocaleString('en-US')}. The client's bank converts at US$${(rateMilli / 1000).toFixed(3)} per euro and adds a ${fee}% foreign-transfer fee on the dollar amount. What is the cost in US dollars?`,
      key: money(key),
      wrong: [
        [money(usdAmt), 'forgets the transfer fee'],
        [
          money(
            Math.round((eur * 1000) / rateMilli) + pctOf(Math.round((eur * 1000) / rateMilli), fee),
          ),
          'divides by the rate instead of multiplying',
        ],
        [money(eur + pctOf(eur, fee)), 'treats euros as dollars'],
        [money(Math.round((eur * 1000) / rateMilli)), 'divides by the rate and forgets the fee'],
        [money(usdAmt + pctOf(eur, fee) * 2), 'takes the fee twice on the euro amount'],
      ],
      figures: { eur, rateMilli, fee },
    }
  }),
  family('shuttle-buses-round-up', (rng) => {
    const att = rng.int(300, 1500)
    const share = rng.pick([40, 50, 60, 75])
    const seats = rng.pick([47, 55, 56])
    const riders = up(att * share, 100)
    if (riders % seats === 0) throw new VariantError('exact')
    const key = up(riders, seats)
    return {
      stem: `${count(att)} attendees; ${share}% are expected to take the airport shuttle on arrival day (round riders up). Each coach seats ${seats}. If every rider travels in one wave, how many coaches are needed?`,
      key: count(key),
      wrong: [
        [count(down(riders, seats)), 'rounds the coaches down'],
        [count(up(att, seats)), 'plans a seat for every attendee'],
        [count(up(att * (100 - share), 100 * seats)), 'plans for those not taking the shuttle'],
        [count(up(riders, 60)), 'assumes 60-seat coaches'],
        [
          count(up(riders, seats * 2)),
          'plans two trips per coach though everyone travels in one wave',
        ],
        [count(up(riders, seats) * 2), 'books coaches for a return trip as well'],
      ],
      figures: { att, share, seats },
    }
  }),
  family('shuttle-loop-fleet', (rng) => {
    const riders = rng.int(300, 1200)
    const cap = rng.pick([24, 36, 50])
    const loop = rng.pick([30, 40, 45, 60])
    const window = rng.pick([120, 150, 180])
    const trips = down(window, loop)
    const key = up(riders, cap * trips)
    return {
      stem: `${count(riders)} riders must be moved from the hotels to the venue within ${window} minutes. A shuttle carries ${cap} and takes ${loop} minutes for a round trip; count only complete round trips in the window. How many shuttles are needed?`,
      key: count(key),
      wrong: [
        [count(up(riders, cap)), 'lets each shuttle make one trip'],
        [count(up(riders * loop, cap * window)), 'counts a part round trip'],
        [count(down(riders, cap * trips)), 'rounds the fleet down'],
        [count(up(riders, cap * trips * 2)), 'counts each round trip as two loads'],
        [count(up(riders * loop, cap * 60)), 'sizes the fleet for one hour'],
        [count(up(riders * 2, cap * trips)), 'plans the return trip inside the same window'],
        [
          count(up(riders, cap * down(window, loop * 2))),
          'takes the round trip as twice the loop time',
        ],
      ],
      figures: { riders, cap, loop, window },
    }
  }),
  family('speaker-travel-package', (rng) => {
    const air = cents(rng, 280, 900)
    const nights = rng.int(1, 3)
    const hotel = dollars(rng, 180, 320)
    const taxBp = rng.pick([1200, 1400, 1600])
    const perDiem = rng.pick([59, 64, 69, 74, 79]) * 100
    const days = nights + 1
    const firstLast = Math.round((perDiem * 75) / 100)
    const pd = 2 * firstLast + (days - 2) * perDiem
    const room = hotel + Math.round((hotel * taxBp) / 10000)
    const key = air + nights * room + pd
    return {
      stem: `A keynote speaker's travel: airfare ${money(air)}; ${nights} hotel night${nights > 1 ? 's' : ''} at ${money(hotel)} plus ${(taxBp / 100).toFixed(2)}% tax; meals at ${money(perDiem)} a day for the ${days} travel days, with the first and last days at 75%. What should the travel budget be?`,
      key: money(key),
      wrong: [
        [money(air + nights * room + days * perDiem), 'pays full per diem on the travel days'],
        [money(air + nights * hotel + pd), 'leaves the hotel tax out'],
        [money(air + nights * room + nights * perDiem), 'pays per diem per night, not per day'],
        [money(air + days * room + pd), 'books a night for each travel day'],
        [
          money(air + nights * room + firstLast + (days - 1) * perDiem),
          'reduces only the first day',
        ],
      ],
      figures: { air, nights, hotel, taxBp, perDiem },
    }
  }),
  family('group-registration-free-place', (rng) => {
    const n = rng.int(11, 48)
    const fee = dollars(rng, 150, 450)
    const per = 10
    if (n % (per + 1) === 0) throw new VariantError('exact')
    const free = down(n, per + 1)
    const key = (n - free) * fee
    return {
      stem: `A conference offers groups 1 free registration for every ${per} paid: in each ${per + 1} registrations from one organisation, one is free. An organisation registers ${n} people at ${money(fee)} each. What does it pay?`,
      key: money(key),
      wrong: [
        [money(n * fee), 'gives no free places'],
        [
          money((n - down(n, per)) * fee),
          'frees one place in every 10 registrations, not every 11',
        ],
        [money((n - up(n, per + 1)) * fee), 'frees a place for a part group'],
        [money(free * fee), 'gives the value of the free places'],
        [money((n - 1) * fee), 'frees one place whatever the size'],
      ],
      figures: { n, fee, per },
    }
  }),
  family('no-show-attendance-forecast', (rng) => {
    const rsvp = rng.int(150, 900)
    const paid = rng.pick([true, false])
    const rate = paid ? rng.pick([5, 8, 10]) : rng.pick([35, 40, 45])
    const other = paid ? 40 : 10
    const key = down(rsvp * (100 - rate), 100)
    if ((rsvp * rate) % 100 === 0) throw new VariantError('exact')
    return {
      stem: `${client(rng)} runs a ${paid ? 'paid' : 'free'} seminar with ${count(rsvp)} confirmed registrations. Its records show ${rate}% no-shows at ${paid ? 'paid' : 'free'} events and ${other}% at ${paid ? 'free' : 'paid'} ones. Forecast attendance, counting only whole people expected (round down).`,
      key: count(key),
      wrong: [
        [count(up(rsvp * (100 - rate), 100)), 'rounds the forecast up'],
        [count(down(rsvp * (100 - other), 100)), `uses the ${paid ? 'free' : 'paid'}-event rate`],
        [count(down(rsvp * rate, 100)), 'gives the no-shows'],
        [count(rsvp), 'expects every registrant'],
        [
          count(down((rsvp * 100) / (100 + rate), 1)),
          'divides by one plus the rate instead of taking the rate off',
        ],
      ],
      figures: { rsvp, rate, other },
    }
  }),
  family('refund-less-admin-fee', (rng) => {
    const fee = dollars(rng, 250, 900)
    const admin = dollars(rng, 25, 75)
    const pctBack = rng.pick([50, 75, 100])
    const key = pctOf(fee, pctBack) - admin
    return {
      stem: `Registration cost ${money(fee)}. The refund policy for this cancellation date: ${pctBack}% of the fee is refundable, less a ${money(admin)} administration fee taken from the refund. What is refunded?`,
      key: money(key),
      wrong: [
        [money(pctOf(fee, pctBack)), 'forgets the administration fee'],
        [money(pctOf(fee - admin, pctBack)), 'takes the admin fee off before the percentage'],
        [money(fee - admin), 'refunds the full fee less admin'],
        [money(pctOf(fee, 100 - pctBack) + admin), 'gives what the client keeps'],
        [money(pctOf(fee, pctBack) - 2 * admin), 'takes the admin fee twice'],
      ],
      figures: { fee, admin, pctBack },
    }
  }),
  family('sponsorship-net-cost-per-head', (rng) => {
    const total = dollars(rng, 30000, 120000)
    const sponsors = [dollars(rng, 2000, 15000), dollars(rng, 2000, 15000)]
    const people = rng.int(120, 600)
    const net = total - sum(sponsors)
    const key = Math.round(net / people)
    return {
      stem: `An event costs ${money(total)} in all. Two sponsors contribute ${sponsors.map(money).join(' and ')}. With ${count(people)} attendees, what is the net cost per head to the client, to the cent?`,
      key: money(key),
      wrong: [
        [money(Math.round(total / people)), 'ignores the sponsorship'],
        [money(Math.round((total - sponsors[0]!) / people)), 'counts one sponsor only'],
        [money(Math.round((total + sum(sponsors)) / people)), 'adds the sponsorship as a cost'],
        [money(Math.round(sum(sponsors) / people)), 'gives the sponsorship per head'],
        [money(Math.round(net / (people + 2))), 'counts the sponsors as attendees'],
      ],
      figures: { total, s1: sponsors[0]!, s2: sponsors[1]!, people },
    }
  }),
  family('av-labour-overtime', (rng) => {
    const techs = rng.int(2, 5)
    const rate = dollars(rng, 65, 110)
    const hours = rng.int(9, 13)
    const base = 8
    const ot = rng.pick([150, 200])
    const key = techs * (base * rate + (hours - base) * pctOf(rate, ot))
    return {
      stem: `${techs} AV technicians work a ${hours}-hour day at ${money(rate)} an hour each. The AV contract pays ${ot === 150 ? 'time and a half' : 'double time'} (${ot}% of the rate) for each hour beyond ${base} in a day. What is the AV labour charge for the day?`,
      key: money(key),
      wrong: [
        [money(techs * hours * rate), 'pays no overtime'],
        [money(techs * hours * pctOf(rate, ot)), 'pays every hour at the overtime rate'],
        [
          money(techs * (base * rate + (hours - base) * pctOf(rate, ot - 100))),
          'pays only the overtime premium on the extra hours',
        ],
        [money(base * rate + (hours - base) * pctOf(rate, ot)), 'charges for one technician'],
        [
          money(techs * (base * rate + (hours - base) * pctOf(rate, ot === 150 ? 200 : 150))),
          'uses the other overtime multiple',
        ],
      ],
      figures: { techs, rate, hours, ot },
    }
  }),
  family('ticket-revenue-tiers', (rng) => {
    const eb = rng.int(50, 200)
    const reg = rng.int(80, 300)
    const vip = rng.int(5, 40)
    const ebP = dollars(rng, 99, 199)
    const regP = ebP + dollars(rng, 50, 100)
    const vipP = regP * 2
    const feeBp = rng.pick([250, 290, 350])
    const gross = eb * ebP + reg * regP + vip * vipP
    const key = gross - Math.round((gross * feeBp) / 10000)
    return {
      stem: `Ticket sales: ${count(eb)} early-bird at ${money(ebP)}, ${count(reg)} regular at ${money(regP)} and ${vip} VIP at ${money(vipP)}. The ticketing platform keeps ${(feeBp / 100).toFixed(2)}% of gross sales. What net revenue reaches the client?`,
      key: money(key),
      wrong: [
        [money(gross), 'forgets the platform fee'],
        [
          money((eb + reg + vip) * regP - Math.round(((eb + reg + vip) * regP * feeBp) / 10000)),
          'prices every ticket at the regular rate',
        ],
        [
          money(gross + Math.round((gross * feeBp) / 10000)),
          'adds the fee instead of taking it off',
        ],
        [
          money(eb * ebP + reg * regP - Math.round(((eb * ebP + reg * regP) * feeBp) / 10000)),
          'leaves out the VIP tickets',
        ],
        [money(Math.round((gross * feeBp) / 10000)), 'gives the platform’s fee'],
      ],
      figures: { eb, reg, vip, ebP, regP, feeBp },
    }
  }),
  family('budget-variance-per-line', (rng) => {
    const budget = [dollars(rng, 3000, 9000), dollars(rng, 2000, 6000), dollars(rng, 1000, 4000)]
    const actual = budget.map((b) => b + rng.pick([-1, 1]) * rng.int(1, 8) * 10000)
    const over = sum(actual.map((a, i) => Math.max(0, a - budget[i]!)))
    if (over === 0 || over === sum(actual) - sum(budget)) throw new VariantError('no mix')
    const key = over
    return {
      stem: `The client asks for the total of overspends only (lines over budget; underspends are not netted off). Venue: budget ${money(budget[0]!)}, actual ${money(actual[0]!)}. Catering: budget ${money(budget[1]!)}, actual ${money(actual[1]!)}. AV: budget ${money(budget[2]!)}, actual ${money(actual[2]!)}. What is that total?`,
      key: money(key),
      wrong: [
        [money(Math.abs(sum(actual) - sum(budget))), 'nets the underspends off'],
        [money(sum(actual.map((a, i) => Math.abs(a - budget[i]!)))), 'adds the underspends too'],
        [money(sum(actual.map((a, i) => Math.max(0, budget[i]! - a)))), 'gives the underspends'],
        [money(sum(actual)), 'gives the actual total'],
        [
          money(Math.max(...actual.map((a, i) => a - budget[i]!))),
          'gives the largest overspend only',
        ],
      ],
      figures: { budget: budget.join(','), actual: actual.join(',') },
    }
  }),
]
