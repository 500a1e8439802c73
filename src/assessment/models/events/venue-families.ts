import { VariantError } from '../assemble-variant.js'
import { client, count, down, family, up } from './evp-text.js'

// Venue capacity and set-up: people a room holds by set-up style from a stated area per person,
// tables and chairs a set-up needs, and the safety and access counts a stated rule requires.
// Spaces hold whole people (round down); tables, rows and staff cover whole people (round up).

export const VENUE_FAMILIES = [
  family('theatre-capacity-less-stage', (rng) => {
    const area = rng.int(18, 60) * 100
    const stage = rng.int(3, 8) * 50
    const per = rng.pick([8, 9, 10])
    const cls = rng.pick([18, 20])
    const key = down(area - stage, per)
    return {
      stem: `${client(rng)}'s town hall is in a ${count(area)} sq ft ballroom. The stage and screen take ${count(stage)} sq ft. The venue's planning guide allows ${per} sq ft per person for theatre seating and ${cls} sq ft per person for classroom. How many people can the room seat theatre-style?`,
      key: count(key),
      wrong: [
        [count(down(area, per)), 'forgets to take the stage area out'],
        [count(up(area - stage, per)), 'rounds a part-person up'],
        [count(down(area - stage, cls)), 'uses the classroom allowance'],
        [count(down(area - 2 * stage, per)), 'takes the stage out twice'],
        [count(down(area + stage, per)), 'adds the stage area instead of taking it out'],
      ],
      figures: { area, stage, per, cls },
    }
  }),
  family('banquet-rounds-with-head-table', (rng) => {
    const guests = rng.int(90, 420)
    const head = rng.pick([6, 8, 10, 12])
    const per = rng.pick([8, 10])
    const rest = guests - head
    if (rest % per === 0) throw new VariantError('rounds fill exactly')
    const key = up(rest, per) + 1
    return {
      stem: `A gala dinner has ${count(guests)} guests, ${head} of whom sit at one long head table; everyone else sits at rounds of ${per}. How many tables must be set in all, head table included?`,
      key: count(key),
      wrong: [
        [count(up(guests, per) + 1), 'seats the head-table guests at the rounds as well'],
        [count(up(rest, per)), 'forgets the head table itself'],
        [count(up(rest, per === 8 ? 10 : 8) + 1), 'uses the other round size'],
        [count(up(guests, per)), 'puts everyone at rounds and sets no head table'],
        [count(down(rest, per)), 'rounds the part-filled table away and forgets the head table'],
      ],
      figures: { guests, head, per },
    }
  }),
  family('rounds-of-8-with-spares', (rng) => {
    const guests = rng.int(100, 400)
    const spare = rng.pick([5, 10, 15])
    const t = up(guests, 8)
    const key = t + up(t * spare, 100)
    if (guests % 8 === 0 || guests % 10 === 0) throw new VariantError('exact fill')
    return {
      stem: `A banquet for ${count(guests)} guests is set at rounds of 8. The client wants spare tables equal to ${spare}% of the tables needed (rounded up to whole tables) for late registrants. How many rounds does the banquet captain set?`,
      key: count(key),
      wrong: [
        [count(t), 'sets no spare tables'],
        [count(up(guests, 10) + up(up(guests, 10) * spare, 100)), 'seats ten to a round'],
        [count(t + down(t * spare, 100)), 'rounds the spare tables down'],
        [
          count(up(guests + up(guests * spare, 100), 10)),
          'adds the spare as guests and seats ten to a round',
        ],
        [count(t + up(guests * spare, 100)), 'takes the spare share of guests as tables'],
        [count(up(guests, 6) + up(up(guests, 6) * spare, 100)), 'seats six to a round'],
        [count(t + spare), 'adds the percentage as tables'],
      ],
      figures: { guests, spare },
    }
  }),
  family('classroom-tables', (rng) => {
    const people = rng.int(40, 220)
    if (people % 3 === 0) throw new VariantError('exact fill')
    const trainers = rng.int(1, 3)
    const key = up(people, 3) + 1
    return {
      stem: `A training day is set classroom-style for ${count(people)} participants on 6-ft tables, 3 participants to a table, with one 6-ft table at the front for the ${trainers} trainer${trainers > 1 ? 's' : ''}. How many 6-ft tables are needed?`,
      key: count(key),
      wrong: [
        [count(up(people, 3)), 'forgets the trainers’ table'],
        [count(up(people, 2) + 1), 'seats two to a 6-ft table'],
        [count(up(people, 4) + 1), 'seats four to a 6-ft table'],
        [
          count(down(people, 3)),
          'rounds the part-filled table away and forgets the trainers’ table',
        ],
        [count(up(people + trainers, 3)), 'seats the trainers among the participants'],
        [count(up(people, 3) + trainers), 'gives each trainer a table of their own'],
      ],
      figures: { people, trainers },
    }
  }),
  family('cabaret-rounds', (rng) => {
    const people = rng.int(60, 300)
    const seats = rng.pick([5, 6, 7])
    if (people % seats === 0) throw new VariantError('exact fill')
    const key = up(people, seats)
    return {
      stem: `A product launch uses cabaret set-up: 72-inch rounds that seat 10 at dinner, here with only ${seats} chairs each so the side facing the stage stays open. How many rounds are needed for ${count(people)} attendees?`,
      key: count(key),
      wrong: [
        [count(up(people, 10)), 'seats ten to a round, as at dinner'],
        [count(down(people, seats)), 'rounds the part-filled table away'],
        [count(up(people, 10 - seats)), 'seats the open side’s places instead'],
        [count(up(people, seats + 1)), 'puts one more chair at each round'],
        [count(up(people, seats - 1)), 'puts one fewer chair at each round'],
      ],
      figures: { people, seats },
    }
  }),
  family('reception-less-footprints', (rng) => {
    const area = rng.int(20, 70) * 100
    const bars = rng.int(1, 3)
    const bar = 120
    const buffet = rng.int(2, 6) * 50
    const per = rng.pick([6, 8, 10])
    const net = area - bars * bar - buffet
    const key = down(net, per)
    return {
      stem: `A standing reception is planned for a ${count(area)} sq ft room. There will be ${bars} bar${bars > 1 ? 's' : ''} of ${bar} sq ft each and a buffet of ${count(buffet)} sq ft. The venue allows ${per} sq ft per guest for a standing reception in the remaining floor. How many guests can it hold?`,
      key: count(key),
      wrong: [
        [count(down(area, per)), 'takes no bar or buffet space out'],
        [count(down(area - bar - buffet, per)), 'takes out one bar only'],
        [count(down(area - bars * bar, per)), 'forgets the buffet'],
        [count(up(net, per)), 'rounds a part-guest up'],
        [count(down(area - buffet, per)), 'forgets the bars'],
      ],
      figures: { area, bars, bar, buffet, per },
    }
  }),
  family('lesser-of-posted-and-floor-capacity', (rng) => {
    const area = rng.int(20, 60) * 100
    const per = rng.pick([10, 12])
    const floor = down(area, per)
    const posted = floor + rng.pick([-1, 1]) * rng.int(15, 60)
    const standing = rng.pick([6, 7, 8])
    const key = Math.min(posted, floor)
    return {
      stem: `A ${count(area)} sq ft room is set for a seated lunch at ${per} sq ft per person. (For a standing reception the venue allows ${standing} sq ft per person.) The fire marshal's posted occupancy for the room is ${count(posted)}. The venue holds the room to whichever of the two limits is lower. How many people can be booked into the lunch?`,
      key: count(key),
      wrong: [
        [count(Math.max(posted, floor)), 'takes the higher of the two limits'],
        [count(floor), 'uses the floor-area limit alone'],
        [count(posted), 'uses the posted occupancy alone'],
        [count(down(posted + floor, 2)), 'averages the two limits'],
        [count(Math.min(posted, down(area, standing))), 'uses the standing-reception allowance'],
        [count(down(area, standing)), 'uses the standing-reception allowance alone'],
      ],
      figures: { area, per, posted, standing },
    }
  }),
  family('ada-wheelchair-spaces', (rng) => {
    const seats = rng.int(520, 2400)
    if ((seats - 500) % 150 === 0) throw new VariantError('exact band')
    const key = 6 + up(seats - 500, 150)
    return {
      stem: `The venue's accessibility rule for fixed seating: 501 to 5,000 seats need 6 wheelchair spaces plus 1 more for each 150 seats, or fraction of 150, over 500. The auditorium has ${count(seats)} seats. How many wheelchair spaces must it provide?`,
      key: count(key),
      wrong: [
        [count(6 + down(seats - 500, 150)), 'ignores the fraction of 150'],
        [count(up(seats, 150)), 'counts one per 150 of all seats'],
        [count(up(seats - 500, 150)), 'forgets the base 6'],
        [count(6 + up(seats, 150)), 'counts the extra spaces over all seats, not those over 500'],
        [count(6 + up(seats - 500, 200)), 'counts one per 200 over 500'],
      ],
      figures: { seats },
    }
  }),
  family('staff-ratio-with-supervisors', (rng) => {
    const guests = rng.int(150, 900)
    const crew = rng.int(20, 90)
    const ratio = rng.pick([20, 25, 30])
    const sup = rng.pick([8, 10])
    const s = up(guests, ratio)
    const key = s + up(s, sup)
    const all = up(guests + crew, ratio)
    return {
      stem: `Event security is staffed at 1 steward per ${ratio} ticketed guests, rounded up, plus 1 supervisor for each ${sup} stewards or part of ${sup}. ${count(guests + crew)} people will be on site: ${count(guests)} ticketed guests and ${crew} performers and crew, who are not counted in the ratio. How many security staff are needed?`,
      key: count(key),
      wrong: [
        [count(s), 'forgets the supervisors'],
        [count(all + up(all, sup)), 'counts the performers and crew as guests'],
        [count(down(guests, ratio) + down(down(guests, ratio), sup)), 'rounds both counts down'],
        [count(s + down(s, sup)), 'rounds the supervisors down'],
        [
          count(up(guests, ratio) + up(guests, sup)),
          'counts supervisors per guest, not per steward',
        ],
        [count(up(s, sup)), 'counts only the supervisors'],
        [count(all), 'counts the performers and crew as guests and forgets the supervisors'],
        [
          count(up(guests, sup) + up(up(guests, sup), sup)),
          'staffs stewards at the supervisor ratio',
        ],
      ],
      figures: { guests, crew, ratio, sup },
    }
  }),
  family('theatre-rows-with-reserved-row', (rng) => {
    const people = rng.int(120, 600)
    const perRow = rng.pick([12, 14, 16, 20])
    if (people % perRow === 0) throw new VariantError('exact fill')
    const key = up(people, perRow) + 1
    return {
      stem: `A keynote is set theatre-style with ${perRow} chairs in each row. The front row is reserved for speakers and is not part of the ${count(people)} registered attendees. How many rows of chairs must be set?`,
      key: count(key),
      wrong: [
        [count(up(people, perRow)), 'forgets the reserved front row'],
        [count(down(people, perRow)), 'rounds the part row away and forgets the reserved row'],
        [count(up(people, perRow / 2) + 1), 'counts a centre aisle as halving each row'],
        [count(up(people, perRow - 2) + 1), 'takes two chairs out of each row for an aisle'],
        [count(up(people, perRow - 4) + 1), 'takes four chairs out of each row for two aisles'],
      ],
      figures: { people, perRow },
    }
  }),
  family('metric-banquet-area', (rng) => {
    const guests = rng.int(80, 400)
    const per = rng.pick([11, 12, 13, 14])
    const dance = rng.int(3, 9) * 10
    const stage = rng.int(2, 6) * 6
    const tenths = guests * per + (dance + stage) * 10
    const key = up(tenths, 10)
    return {
      stem: `A wedding for ${count(guests)} guests needs ${per / 10} m² per guest for banquet rounds, plus ${dance === 80 ? 'an' : 'a'} ${dance} m² dance floor and ${stage === 18 ? 'an' : 'a'} ${stage} m² stage. What floor area, in whole m² rounded up, must the room have?`,
      key: `${count(key)} m²`,
      wrong: [
        [`${count(up(guests * per, 10))} m²`, 'forgets the dance floor and stage'],
        [`${count(up(guests * per, 10) + dance)} m²`, 'forgets the stage'],
        [`${count(guests + dance + stage)} m²`, 'allows 1 m² per guest'],
        [`${count(up(guests * per, 10) + stage)} m²`, 'forgets the dance floor'],
      ],
      figures: { guests, per, dance, stage },
    }
  }),
  family('square-metres-to-capacity', (rng) => {
    const m2 = rng.int(150, 700)
    const per = rng.pick([10, 12, 15])
    // 1 m² = 10.7639 sq ft, so sq ft = m² × 107,639 / 10,000.
    const key = down(m2 * 107639, per * 10000)
    return {
      stem: `A European venue lists its hall as ${count(m2)} m². Your client's standard is ${per} sq ft per person. Taking 1 m² = 10.7639 sq ft, how many people can the hall hold at that standard (whole people)?`,
      key: count(key),
      wrong: [
        [count(down(m2, per)), 'reads the standard as m² per person'],
        [count(up(m2 * 107639, per * 10000)), 'rounds a part-person up'],
        [count(down(m2 * 10, per)), 'takes 1 m² as 10 sq ft'],
        [count(down(m2 * 10000, per * 1076)), 'divides by the conversion instead of multiplying'],
        [count(down(m2 * 3281, per * 1000)), 'converts by the metres-to-feet factor'],
      ],
      figures: { m2, per },
    }
  }),
  family('exhibit-booths-net-area', (rng) => {
    const gross = rng.int(80, 300) * 100
    const net = rng.pick([45, 50, 55])
    const side = rng.pick([10, 10, 8])
    const key = down((gross * net) / 100, side * 10)
    return {
      stem: `An exhibit hall has ${count(gross)} sq ft gross. The organiser's rule of thumb: ${net}% of gross floor becomes sellable booth space, the rest aisles and services. Booths are ${side} ft × 10 ft. How many booths fit?`,
      key: count(key),
      wrong: [
        [count(down(gross, side * 10)), 'fills the gross floor with booths'],
        [
          count(down((gross * (100 - net)) / 100, side * 10)),
          'takes the aisle share as booth space',
        ],
        [count(down((gross * net * net) / 10000, side * 10)), 'applies the sellable share twice'],
        [count(down((gross * net) / 100, 100)), 'takes every booth as 10 ft × 10 ft'],
        [count(up((gross * net) / 100, side * 10)), 'rounds a part-booth up'],
      ],
      figures: { gross, net, side },
    }
  }),
  family('check-in-stations-for-peak', (rng) => {
    const people = rng.int(400, 2400)
    const peak = rng.pick([40, 50, 60])
    const rate = rng.pick([60, 75, 90])
    const mins = 30
    const arriving = up(people * peak, 100)
    const key = up(arriving, rate)
    return {
      stem: `${count(people)} attendees are expected; ${peak}% of them arrive in the ${mins} minutes before the opening keynote; check-in opens 2 hours before it. One check-in station processes ${rate} people in ${mins} minutes. How many stations are needed so the peak is cleared in those ${mins} minutes (round people and stations up)?`,
      key: count(key),
      wrong: [
        [count(up(people, rate)), 'plans for every attendee arriving in the peak'],
        [count(down(arriving, rate)), 'rounds the stations down'],
        [count(up(arriving, rate * 2)), 'takes the rate as per 15 minutes'],
        [count(up(people * (100 - peak), 100 * rate)), 'plans for those arriving outside the peak'],
        [
          count(up(arriving, rate) + up(people - arriving, rate)),
          'adds stations for the off-peak arrivals too',
        ],
        [count(up(arriving * 2, rate)), 'reads the rate as per hour, not per 30 minutes'],
        [
          count(up(people, rate * 4)),
          'spreads all arrivals evenly over the two hours check-in is open',
        ],
        [count(up(people - arriving, rate * 3)), 'sizes for the arrivals in the other 90 minutes'],
        [count(up(people + arriving, rate)), 'counts the peak arrivals again on top of everyone'],
      ],
      figures: { people, peak, rate },
    }
  }),
  family('chairs-with-overset-and-panel', (rng) => {
    const reg = rng.int(120, 500)
    const over = rng.pick([3, 5, 10])
    const panel = rng.int(3, 6)
    const key = reg + up(reg * over, 100) + panel
    return {
      stem: `A panel session has ${count(reg)} registered attendees. House chairs are set ${over}% over registrations (rounded up to whole chairs), and ${panel} panellists sit on stage in chairs the venue also supplies. How many chairs does the venue supply for the session?`,
      key: count(key),
      wrong: [
        [count(reg + panel), 'sets no over-set'],
        [count(reg + up(reg * over, 100)), 'forgets the stage chairs'],
        [count(reg + down(reg * over, 100) + panel), 'rounds the over-set down'],
        [count(up((reg + panel) * (100 + over), 100)), 'puts the over-set on the panellists too'],
        [count(up(reg * over, 100) + panel), 'counts only the over-set and the stage'],
      ],
      figures: { reg, over, panel },
    }
  }),
  family('restroom-fixtures-by-ratio', (rng) => {
    const guests = rng.int(150, 1500) * 2
    const wRatio = rng.pick([40, 50])
    const mRatio = rng.pick([75, 100])
    const half = guests / 2
    const key = up(half, wRatio) + up(half, mRatio)
    return {
      stem: `An outdoor festival plans portable toilets for ${count(guests)} guests, assumed half women and half men. The hire firm's rule: 1 unit per ${wRatio} women and 1 per ${mRatio} men, each rounded up. How many units in total?`,
      key: count(key),
      wrong: [
        [count(up(guests, wRatio)), 'uses the women’s ratio for everyone'],
        [count(up(guests, mRatio)), 'uses the men’s ratio for everyone'],
        [count(down(half, wRatio) + down(half, mRatio)), 'rounds both counts down'],
        [count(up(guests, wRatio) + up(guests, mRatio)), 'applies both ratios to all guests'],
        [count(up(half, mRatio) * 2), 'uses the men’s ratio for both halves'],
      ],
      figures: { guests, wRatio, mRatio },
    }
  }),
]
