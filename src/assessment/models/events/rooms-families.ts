import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  cents,
  count,
  dollars,
  down,
  family,
  money,
  pctOf,
  showDate,
  up,
} from './evp-text.js'

// Hotel room blocks: attrition on cumulative or nightly pickup, complimentary-room ratios,
// cancellation scales by date, block sizing and the charges on a room night. Each stem states the
// contract's clause; room nights are whole, money in integer cents.

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

export const ROOMS_FAMILIES = [
  family('cumulative-attrition-fee', (rng) => {
    const block = rng.int(20, 90) * 10
    const allow = rng.pick([10, 15, 20])
    const need = up(block * (100 - allow), 100)
    const pickup = need - rng.int(5, 60)
    const rate = dollars(rng, 149, 289)
    const key = (need - pickup) * rate
    return {
      stem: `The hotel contract blocks ${count(block)} room nights in total at ${money(rate)} a night. Attrition clause: the group may pick up as few as ${100 - allow}% of the block, measured cumulatively; for each room night short of that the group pays the group rate (no tax). Final pickup is ${count(pickup)} room nights. What attrition is owed?`,
      key: money(key),
      wrong: [
        [money((block - pickup) * rate), 'charges every unsold room night, ignoring the allowance'],
        [
          money(pctOf((block - pickup) * rate, 100 - allow)),
          'charges the allowed share of the unsold nights',
        ],
        [
          money((need - pickup) * pctOf(rate, 100 - allow)),
          'discounts the rate by the allowance too',
        ],
        [money(pctOf(block * rate, allow)), 'charges the allowance itself'],
        [
          money(pctOf((need - pickup) * rate, allow)),
          'charges the allowance percentage of the shortfall',
        ],
        [
          money((need - pickup - down((need - pickup) * allow, 100)) * rate),
          'applies the allowance to the shortfall again',
        ],
      ],
      figures: { block, allow, pickup, rate },
    }
  }),
  family('nightly-vs-cumulative-attrition', (rng) => {
    const blocks = [rng.int(30, 60), rng.int(80, 150), rng.int(80, 150), rng.int(20, 50)]
    const allow = 20
    const pick = blocks.map((b) => b - rng.int(0, Math.floor(b / 3)))
    const need = blocks.map((b) => up(b * (100 - allow), 100))
    const short = sum(need.map((n, i) => Math.max(0, n - pick[i]!)))
    const cum = Math.max(0, up(sum(blocks) * (100 - allow), 100) - sum(pick))
    if (short === 0 || short === cum) throw new VariantError('no difference')
    const rate = dollars(rng, 159, 259)
    const key = short * rate
    return {
      stem: `A four-night block is ${blocks.join(', ')} rooms on nights 1 to 4, and pickup was ${pick.join(', ')}. The contract measures attrition night by night: each night must reach ${100 - allow}% of that night's block (rounded up to whole rooms), and each room short is billed at ${money(rate)}. A night above its threshold does not offset another. What attrition is billed?`,
      key: money(key),
      wrong: [
        [money(cum * rate), 'measures pickup cumulatively over the four nights'],
        [money(sum(blocks.map((b, i) => b - pick[i]!)) * rate), 'bills every unsold room'],
        [
          money(
            sum(need.map((n, i) => n - pick[i]!)) > 0
              ? sum(need.map((n, i) => n - pick[i]!)) * rate
              : 0,
          ),
          'lets nights above threshold offset nights below',
        ],
        [
          money(
            sum(blocks.map((b, i) => Math.max(0, down(b * (100 - allow), 100) - pick[i]!))) * rate,
          ),
          'rounds each night’s threshold down',
        ],
        [money(Math.max(...need.map((n, i) => n - pick[i]!)) * rate), 'bills only the worst night'],
        [
          money(sum(blocks.map((b, i) => (pick[i]! < need[i]! ? b - pick[i]! : 0))) * rate),
          'bills a short night for every unsold room, not just those under its threshold',
        ],
        [
          money(sum(need.map((n, i) => (pick[i]! < n ? n : 0))) * rate),
          'bills a short night its whole threshold',
        ],
      ],
      figures: { blocks: blocks.join(','), pick: pick.join(','), rate },
    }
  }),
  family('comp-rooms-per-paid-nights', (rng) => {
    const nights = Array.from({ length: rng.int(3, 4) }, () => rng.int(30, 240))
    const paid = nights.reduce((a, b) => a + b, 0)
    const per = rng.pick([40, 50])
    if (paid % per === 0) throw new VariantError('exact')
    const key = down(paid, per)
    const nightly = nights.reduce((a, b) => a + down(b, per), 0)
    return {
      stem: `The contract grants 1 complimentary room night for every ${per} paid room nights picked up, cumulative over the stay; complimentary nights are earned only in whole units. The group paid for ${nights.map(count).join(', ')} room nights on its ${nights.length} nights, ${count(paid)} in all. How many complimentary room nights are earned?`,
      key: count(key),
      wrong: [
        [count(up(paid, per)), 'rounds a part unit up'],
        [count(nightly), 'earns complimentary nights night by night, not cumulatively'],
        [
          count(down(paid, per + 1)),
          'counts the complimentary night inside each unit of paid nights',
        ],
        [count(down(paid, per === 40 ? 50 : 40)), 'uses the other common ratio'],
        [count(down(paid * 2, per)), 'earns two per unit'],
        [count(down(paid, per) + 1), 'adds one for the part unit'],
      ],
      figures: { nights: nights.join(','), per },
    }
  }),
  family('cancellation-scale-by-date', (rng) => {
    const arrive = addDays('2027-03-01', rng.int(0, 240))
    const days = rng.int(10, 260)
    const cancel = addDays(arrive, -days)
    const revenue = rng.int(40, 250) * 100000
    const band = (d: number) => (d > 180 ? 25 : d > 90 ? 50 : d > 30 ? 75 : 100)
    const key = pctOf(revenue, band(days))
    const others = [25, 50, 75, 100].filter((b) => b !== band(days))
    return {
      stem: `Cancellation clause, by days before the arrival date: more than 180 days, 25% of anticipated room revenue; 91 to 180 days, 50%; 31 to 90 days, 75%; 30 days or fewer, 100%. Anticipated room revenue is ${money(revenue)}. Arrival is ${showDate(arrive)} and the client cancels in writing on ${showDate(cancel)}. What is the cancellation fee?`,
      key: money(key),
      wrong: [
        ...others.map((b): [string, string] => [
          money(pctOf(revenue, b)),
          `applies the ${b}% band`,
        ]),
        [money(pctOf(revenue, 100 - band(days))), 'bills the share the client keeps'],
        [money(revenue), 'bills the whole revenue'],
      ],
      figures: { arrive, cancel, revenue },
    }
  }),
  family('block-size-from-attendance', (rng) => {
    const att = rng.int(150, 900)
    const out = rng.pick([55, 60, 70, 80])
    const share = rng.pick([10, 20, 25])
    const nights = rng.int(2, 4)
    const travellers = up(att * out, 100)
    const sharers = up(travellers * share, 100)
    const rooms = travellers - sharers + up(sharers, 2)
    const key = rooms * nights
    return {
      stem: `Of ${count(att)} expected attendees, ${out}% travel in and need a hotel (round up). Of those, ${share}% share a room two to a room (round the sharers up, and the rooms for them up); the rest have a room each. Everyone stays ${nights} nights. How many room nights should the block hold?`,
      key: count(key),
      wrong: [
        [count(travellers * nights), 'gives every traveller a room of their own'],
        [count(rooms), 'blocks one night only'],
        [
          count((travellers - up(sharers, 2)) * nights),
          'takes the sharers’ rooms out instead of their people',
        ],
        [count(up(att * out, 100) * nights - sharers), 'takes the sharers off once, not nightly'],
        [
          count((att - sharers + up(sharers, 2)) * nights),
          'gives rooms to attendees who do not travel',
        ],
      ],
      figures: { att, out, share, nights },
    }
  }),
  family('folio-rate-tax-and-fee', (rng) => {
    const rate = dollars(rng, 139, 299)
    const nights = rng.int(2, 5)
    const taxBp = rng.pick([1300, 1475, 1550, 1625, 1750])
    const fee = dollars(rng, 15, 40)
    const taxOnFee = rng.pick([true, false])
    const nightly = rate + fee + Math.round(((taxOnFee ? rate + fee : rate) * taxBp) / 10000)
    const key = nightly * nights
    const t = (base: number) => Math.round((base * taxBp) / 10000)
    return {
      stem: `A speaker's room: group rate ${money(rate)} a night, a ${money(fee)} nightly resort fee, and ${(taxBp / 100).toFixed(2)}% occupancy tax on the room rate${taxOnFee ? ' and on the resort fee' : ' only (the resort fee is not taxed)'}, the tax charged night by night to the cent. What is the folio for ${nights} nights?`,
      key: money(key),
      wrong: [
        [money((rate + t(rate)) * nights), 'forgets the resort fee'],
        [
          money((rate + fee + t(taxOnFee ? rate : rate + fee)) * nights),
          taxOnFee ? 'leaves the resort fee untaxed' : 'taxes the resort fee as well',
        ],
        [money((rate + fee) * nights), 'leaves the tax off'],
        [money((rate + t(rate)) * nights + fee), 'charges the resort fee once'],
        [money((rate + fee + t(rate + fee)) * (nights + 1)), 'bills one night more than stayed'],
      ],
      figures: { rate, nights, taxBp, fee, taxOnFee: taxOnFee ? 1 : 0 },
    }
  }),
  family('block-reduction-allowance', (rng) => {
    const block = rng.int(30, 120) * 10
    const cut = rng.pick([10, 15, 20])
    const key = block - down(block * cut, 100)
    const want = rng.int(40, 70)
    return {
      stem: `The contract lets the group reduce its ${count(block)}-room-night block once, without penalty, by up to ${cut}% (whole room nights, rounded down) if it tells the hotel at least 90 days before arrival. Registration is slow and the client wants to drop ${want}% of the block. What is the smallest block it can hold without penalty?`,
      key: count(key),
      wrong: [
        [count(block - down(block * want, 100)), 'applies the reduction the client wants'],
        [count(down(block * cut, 100)), 'gives the reduction, not the block left'],
        [count(block), 'allows no reduction'],
        [
          count(down(block * (100 - want), 100) + down(block * cut, 100)),
          'adds the allowance back to the wanted block',
        ],
      ],
      figures: { block, cut, want },
    }
  }),
  family('resold-rooms-credit', (rng) => {
    const block = rng.int(30, 80) * 10
    const allow = 20
    const need = up(block * (100 - allow), 100)
    const pick = need - rng.int(20, 80)
    const resold = rng.int(5, 40)
    const rate = dollars(rng, 149, 249)
    const short = need - pick
    if (resold >= short) throw new VariantError('resale covers the shortfall')
    const key = (short - resold) * rate
    return {
      stem: `Block: ${count(block)} room nights at ${money(rate)}; attrition allows pickup down to ${100 - allow}% of the block, cumulatively, and each room night short is billed at the group rate. The contract credits any room night the hotel resells to others when it was otherwise sold out. Pickup was ${count(pick)} room nights, and the hotel resold ${resold} room nights from the block. What attrition is due?`,
      key: money(key),
      wrong: [
        [money(short * rate), 'ignores the resale credit'],
        [money((block - pick - resold) * rate), 'ignores the attrition allowance'],
        [money((short + resold) * rate), 'adds the resold nights to the shortfall'],
        [money((block - pick) * rate), 'bills every unsold room night'],
        [money(resold * rate), 'bills the resold nights'],
        [
          money(pctOf((short - resold) * rate, allow)),
          'bills only the allowance share of the shortfall',
        ],
        [
          money(pctOf((short - resold) * rate, 100 - allow)),
          'discounts the fee to the pickup threshold',
        ],
      ],
      figures: { block, pick, resold, rate },
    }
  }),
  family('first-night-deposits', (rng) => {
    const rooms = rng.int(20, 120)
    const rate = dollars(rng, 129, 289)
    const taxBp = rng.pick([1200, 1400, 1500])
    const cancels = rng.int(2, 10)
    const per = rate + Math.round((rate * taxBp) / 10000)
    const key = (rooms - cancels) * per
    return {
      stem: `Each reservation in the block is guaranteed with a one-night deposit: the group rate of ${money(rate)} plus ${(taxBp / 100).toFixed(2)}% tax. ${count(rooms)} rooms were reserved; ${cancels} cancelled inside the refund window and got their deposits back. How much in deposits does the hotel keep on account?`,
      key: money(key),
      wrong: [
        [money(rooms * per), 'forgets the refunded deposits'],
        [money((rooms - cancels) * rate), 'leaves the tax out of the deposit'],
        [money(cancels * per), 'gives the refunds, not the deposits kept'],
        [money((rooms + cancels) * per), 'adds the cancelled rooms instead of taking them out'],
        [money((rooms - cancels) * per * 2), 'takes two nights’ deposit'],
      ],
      figures: { rooms, rate, taxBp, cancels },
    }
  }),
  family('peak-night-rooms', (rng) => {
    const a = [rng.int(10, 40), rng.int(60, 160), rng.int(20, 60)]
    const d = [0, rng.int(5, a[0]!), rng.int(30, 60)]
    const n1 = a[0]!
    const n2 = n1 - d[1]! + a[1]!
    const n3 = n2 - d[2]! + a[2]!
    if (d[2]! >= n2) throw new VariantError('more out than in')
    const key = Math.max(n1, n2, n3)
    return {
      stem: `Arrivals and departures for a three-night block: night 1, ${a[0]} rooms check in; night 2, ${d[1]} check out and ${a[1]} check in; night 3, ${d[2]} check out and ${a[2]} check in; everyone else leaves after night 3. How many rooms are occupied on the peak night?`,
      key: count(key),
      wrong: [
        [count(a[0]! + a[1]! + a[2]!), 'adds every arrival and ignores check-outs'],
        [count(Math.max(...a)), 'takes the largest single arrival'],
        [
          count(Math.max(n1, n1 + a[1]!, n1 + a[1]! + a[2]! - d[2]!)),
          'forgets the night-2 check-outs',
        ],
        [count(n1 + n2 + n3), 'gives the total room nights'],
        [count(Math.max(n1, n2 + d[1]!, n3 + d[1]!)), 'leaves the night-2 leavers in the count'],
      ],
      figures: { a: a.join(','), d: d.join(',') },
    }
  }),
  family('commission-on-actualised-rooms', (rng) => {
    const rate = dollars(rng, 169, 279)
    const pickup = rng.int(120, 700)
    const comp = down(pickup, 50)
    const pct = rng.pick([8, 10])
    const key = pctOf((pickup - comp) * rate, pct)
    return {
      stem: `The hotel pays your agency ${pct}% commission on actualised room revenue at the group rate of ${money(rate)}, excluding taxes and any complimentary nights. The group picked up ${count(pickup)} room nights, of which ${comp} were complimentary (1 per 50). What commission is due?`,
      key: money(key),
      wrong: [
        [money(pctOf(pickup * rate, pct)), 'pays commission on the complimentary nights too'],
        [money(pctOf((pickup + comp) * rate, pct)), 'adds the complimentary nights as revenue'],
        [money((pickup - comp) * rate), 'gives the revenue, not the commission'],
        [
          money(pctOf((pickup - comp) * rate, pct === 8 ? 10 : 8)),
          'uses the other common commission rate',
        ],
        [money(pctOf((pickup - 2 * comp) * rate, pct)), 'takes the complimentary nights out twice'],
      ],
      figures: { rate, pickup, comp, pct },
    }
  }),
  family('rooming-list-rooms', (rng) => {
    const single = rng.int(20, 120)
    const dbl = rng.int(10, 60) * 2
    const triple = rng.int(2, 10) * 3
    const key = single + dbl / 2 + triple / 3
    return {
      stem: `The rooming list has ${count(single)} attendees in single rooms, ${count(dbl)} attendees paired two to a room and ${count(triple)} students three to a room. How many rooms does the list take from the block?`,
      key: count(key),
      wrong: [
        [count(single + dbl + triple), 'counts a room for every attendee'],
        [count(single + dbl / 2 + up(triple, 2)), 'puts the students two to a room'],
        [count(single + dbl / 2), 'forgets the students'],
        [count(single + up(dbl + triple, 2)), 'counts everyone sharing as two to a room'],
        [count(dbl / 2 + triple / 3), 'forgets the singles'],
        [count(single + dbl / 2 + triple), 'gives each student a room'],
        [count(single + up(dbl, 3) + triple / 3), 'puts the paired attendees three to a room'],
      ],
      figures: { single, dbl, triple },
    }
  }),
  family('attrition-with-outside-block-pickup', (rng) => {
    const block = rng.int(30, 90) * 10
    const allow = rng.pick([15, 20])
    const need = up(block * (100 - allow), 100)
    const inBlock = need - rng.int(40, 100)
    const outside = rng.int(10, 35)
    const rate = dollars(rng, 159, 259)
    const key = Math.max(0, need - inBlock - outside) * rate
    if (key === 0) throw new VariantError('no attrition')
    return {
      stem: `The block is ${count(block)} room nights at ${money(rate)}; the group must pick up ${100 - allow}% of it cumulatively or pay the group rate per room night short. The contract counts attendees who booked outside the block (matched against the registration list) toward pickup. In-block pickup was ${count(inBlock)}, and ${outside} room nights were matched outside it. What attrition is owed?`,
      key: money(key),
      wrong: [
        [money((need - inBlock) * rate), 'ignores the matched outside bookings'],
        [money((block - inBlock - outside) * rate), 'ignores the attrition allowance'],
        [money((need - inBlock + outside) * rate), 'adds the outside bookings to the shortfall'],
        [
          money(pctOf((need - inBlock - outside) * rate, 100 - allow)),
          'bills the shortfall at a reduced share',
        ],
        [
          money((block - inBlock) * rate),
          'bills every unsold room night, outside bookings ignored',
        ],
      ],
      figures: { block, allow, inBlock, outside, rate },
    }
  }),
  family('cancellation-on-rooms-and-fnb', (rng) => {
    const rooms = rng.int(40, 200) * 10000
    const fnb = rng.int(20, 120) * 10000
    const rp = rng.pick([50, 75])
    const fp = rng.pick([25, 50])
    const key = pctOf(rooms, rp) + pctOf(fnb, fp)
    return {
      stem: `The client cancels inside the window where the contract's liquidated damages are ${rp}% of anticipated room revenue and ${fp}% of the anticipated F&B minimum. Anticipated room revenue is ${money(rooms)} and the F&B minimum is ${money(fnb)}. What are the liquidated damages?`,
      key: money(key),
      wrong: [
        [money(pctOf(rooms + fnb, rp)), 'applies the room percentage to both'],
        [money(pctOf(rooms, rp)), 'forgets the F&B part'],
        [money(pctOf(rooms, fp) + pctOf(fnb, rp)), 'swaps the two percentages'],
        [money(pctOf(rooms + fnb, fp)), 'applies the F&B percentage to both'],
        [money(rooms + fnb - key), 'gives what the client is spared'],
      ],
      figures: { rooms, fnb, rp, fp },
    }
  }),
  family('rooms-to-release-at-review', (rng) => {
    const block = rng.int(40, 150)
    const pick = rng.int(Math.floor(block * 0.4), Math.floor(block * 0.8))
    const keep = rng.pick([10, 15, 20])
    const key = block - (pick + up(pick * keep, 100))
    if (key <= 0) throw new VariantError('nothing to release')
    return {
      stem: `At the 45-day review a peak-night block of ${count(block)} rooms has ${count(pick)} reserved. The client's rule: keep the rooms reserved plus a cushion of ${keep}% of them (rounded up) and release the rest to avoid attrition. How many rooms are released?`,
      key: count(key),
      wrong: [
        [count(block - pick), 'keeps no cushion'],
        [count(block - pick - up(block * keep, 100)), 'takes the cushion on the whole block'],
        [count(pick + up(pick * keep, 100)), 'gives the rooms kept'],
        [count(block - pick - down(pick * keep, 100)), 'rounds the cushion down'],
        [count(up(pick * keep, 100)), 'gives the cushion'],
      ],
      figures: { block, pick, keep },
    }
  }),
  family('no-show-night-charge', (rng) => {
    const rate = cents(rng, 150, 280)
    const taxBp = rng.pick([1200, 1400, 1600])
    const nights = rng.int(3, 5)
    const noShows = rng.int(2, 9)
    const per = rate + Math.round((rate * taxBp) / 10000)
    const key = noShows * per
    return {
      stem: `The hotel's policy: a guaranteed reservation that does not arrive is charged one night's room and tax, and the rest of the stay is cancelled. ${noShows} attendees with ${nights}-night reservations at ${money(rate)} plus ${(taxBp / 100).toFixed(2)}% tax did not show. What is charged to the master account?`,
      key: money(key),
      wrong: [
        [money(noShows * per * nights), 'charges the whole stay'],
        [money(noShows * rate), 'leaves the tax off'],
        [money(per), 'charges one no-show only'],
        [money(noShows * per * (nights - 1)), 'charges the nights cancelled'],
        [money(noShows * rate * nights), 'charges the whole stay without tax'],
      ],
      figures: { rate, taxBp, nights, noShows },
    }
  }),
]
