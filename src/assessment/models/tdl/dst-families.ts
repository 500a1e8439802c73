import type { Rng } from '../../rng.js'
import {
  ADELAIDE,
  AUCKLAND,
  at,
  BERLIN,
  CHICAGO,
  clock,
  conversion,
  day,
  family,
  hm,
  instantOf,
  isoMinute,
  LONDON,
  LOS_ANGELES,
  MIN,
  NEW_YORK,
  PARIS,
  ruleText,
  SYDNEY,
  sunday,
  TOKYO,
  wallOf,
  year,
  type Zone,
} from './tdl-text.js'

// Daylight-saving changes: each stem states both zones' rules, and the draw picks a day in the
// weeks when one zone has changed its clocks and the other has not (the US moves three weeks
// before Europe in spring and one week after it in autumn; the southern hemisphere moves the
// other way), so the gap the freelancer remembers is an hour out.

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`

/** A day from `first` to `last` days after a month's `n`th Sunday, at h:m. */
function after(
  rng: Rng,
  month: number,
  n: number,
  first: number,
  last: number,
  h: number,
  m: number,
) {
  const y = year(rng)
  return at(y, month, sunday(y, month, n) + rng.int(first, last), h, m)
}

const rules = (a: Zone, b: Zone) => `${ruleText(a)}; ${ruleText(b)}.`
const stem = (lead: string, a: Zone, b: Zone, w: number, h: number, m: number) =>
  `${lead} ${day(w)} at ${hhmm(h, m)} ${a.city} time. ${rules(a, b)} What day and time is that in ${b.city}?`

const mins = [0, 15, 30, 45]

export const DST_FAMILIES = [
  conversion('new-york-to-london-in-the-march-gap', (rng) => {
    const [h, m] = [rng.int(9, 15), rng.pick(mins)]
    const w = after(rng, 3, 2, 1, 12, h, m)
    return {
      stem: stem('A New York client books a call for', NEW_YORK, LONDON, w, h, m),
      from: NEW_YORK,
      to: LONDON,
      wall: w,
      slips: [
        ['stdA', 'keeps the usual five-hour gap, as if New York had not yet changed'],
        ['dstB', 'moves London to summer time on the US date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the New York time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('chicago-to-paris-in-the-autumn-gap', (rng) => {
    const [h, m] = [rng.int(8, 14), rng.pick(mins)]
    const w = after(rng, 10, -1, 1, 5, h, m)
    return {
      stem: stem('A Chicago client books a review for', CHICAGO, PARIS, w, h, m),
      from: CHICAGO,
      to: PARIS,
      wall: w,
      slips: [
        ['stdA', 'moves Chicago back to standard time on the European date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Chicago date'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Chicago time in a calendar set to UTC'],
        ['bothDst', 'keeps both cities on summer time, the usual seven-hour gap'],
      ],
    }
  }),
  conversion('sydney-to-london-after-the-april-change', (rng) => {
    const [h, m] = [rng.int(16, 20), rng.pick(mins)]
    const w = after(rng, 4, 1, 1, 20, h, m)
    return {
      stem: stem('A Sydney client proposes a call on', SYDNEY, LONDON, w, h, m),
      from: SYDNEY,
      to: LONDON,
      wall: w,
      slips: [
        ['dstA', 'keeps Sydney on daylight time after the first Sunday of April'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Sydney date'],
        ['utc', 'enters the Sydney time in a calendar set to UTC'],
        ['toUtc', 'stops at UTC'],
        ['stdB', 'puts London back on UTC, as in winter'],
        ['dstAstdB', 'uses the 11-hour gap of the northern winter'],
        ['revStd', 'applies the usual 10-hour gap the wrong way'],
      ],
    }
  }),
  conversion('auckland-to-los-angeles-after-the-september-change', (rng) => {
    const [h, m] = [rng.int(7, 11), rng.pick(mins)]
    const w = after(rng, 9, -1, 1, 5, h, m)
    return {
      stem: stem('An Auckland client wants a call at', AUCKLAND, LOS_ANGELES, w, h, m),
      from: AUCKLAND,
      to: LOS_ANGELES,
      wall: w,
      slips: [
        ['stdA', 'keeps Auckland on standard time, not yet moved for its spring'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Auckland date'],
        ['stdB', 'puts Los Angeles back on standard time before the first Sunday of November'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('weekly-new-york-meeting-in-berlin-after-the-us-change', (rng) => {
    const [h, m] = [rng.int(9, 12), rng.pick([0, 30])]
    const y = year(rng)
    // The first Tuesday after the US change, which is always before the European one.
    const w = at(y, 3, sunday(y, 3, 2) + 2 + 7 * rng.int(0, 1), h, m)
    return {
      stem: `A weekly team meeting is fixed at ${hhmm(h, m)} New York time every Tuesday; a Berlin contractor joins it. ${rules(NEW_YORK, BERLIN)} On ${day(w)}, what day and time is the meeting in Berlin?`,
      from: NEW_YORK,
      to: BERLIN,
      wall: w,
      slips: [
        ['stdA', 'keeps the six-hour gap of the weeks before'],
        ['dstB', 'moves Berlin to summer time on the US date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the New York time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('auckland-to-new-york-after-the-november-change', (rng) => {
    const [h, m] = [rng.int(7, 11), rng.pick(mins)]
    const w = after(rng, 11, 1, 1, 12, h, m)
    return {
      stem: stem('An Auckland client books a call for', AUCKLAND, NEW_YORK, w, h, m),
      from: AUCKLAND,
      to: NEW_YORK,
      wall: w,
      slips: [
        ['dstB', 'keeps New York on daylight time after the first Sunday of November'],
        ['stdA', 'puts Auckland on standard time in November'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Auckland date'],
        ['utc', 'enters the Auckland time in a calendar set to UTC'],
        ['revStd', 'applies the usual 17-hour gap the wrong way'],
      ],
    }
  }),
  conversion('weekly-london-meeting-in-sydney-in-october', (rng) => {
    const [h, m] = [rng.int(7, 10), rng.pick([0, 30])]
    const w = after(rng, 10, 1, 1, 17, h, m)
    return {
      stem: `A London team meets at ${hhmm(h, m)} London time each weekday; a Sydney designer joins. ${rules(LONDON, SYDNEY)} On ${day(w)}, what day and time is the meeting in Sydney?`,
      from: LONDON,
      to: SYDNEY,
      wall: w,
      slips: [
        ['stdB', 'keeps Sydney on standard time after the first Sunday of October'],
        ['stdA', 'moves London back to winter time before the last Sunday of October'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the London time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('adelaide-to-new-york-after-the-april-change', (rng) => {
    const [h, m] = [rng.int(7, 10), rng.pick(mins)]
    const w = after(rng, 4, 1, 1, 20, h, m)
    return {
      stem: stem('An Adelaide client books a call for', ADELAIDE, NEW_YORK, w, h, m),
      from: ADELAIDE,
      to: NEW_YORK,
      wall: w,
      slips: [
        ['dstA', 'keeps Adelaide on daylight time after the first Sunday of April'],
        ['stdB', 'puts New York on standard time in April'],
        ['rev', 'applies the offset difference the wrong way'],
        ['hourA', 'drops Adelaide’s half hour'],
        ['keep', 'converts the clock but keeps the Adelaide date'],
        ['dstAstdB', 'uses the gap of the northern winter, Adelaide on daylight time'],
        ['revStd', 'applies the usual gap the wrong way'],
      ],
    }
  }),
  conversion('auckland-to-sydney-when-only-auckland-has-changed', (rng) => {
    const [h, m] = [rng.int(9, 16), rng.pick(mins)]
    const y = year(rng)
    const first = sunday(y, 9, -1) + 1
    const last = 30 + sunday(y, 10, 1) - 1 // the Saturday before Sydney changes, as a September day
    const w = at(y, 9, rng.int(first, Math.min(last, first + 5)), h, m)
    return {
      stem: stem('An Auckland client asks for a call at', AUCKLAND, SYDNEY, w, h, m),
      from: AUCKLAND,
      to: SYDNEY,
      wall: w,
      slips: [
        ['stdA', 'keeps Auckland on standard time until Sydney changes too'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Auckland time in a calendar set to UTC'],
        ['dstB', 'moves Sydney to daylight time on the New Zealand date'],
      ],
    }
  }),
  conversion('weekly-london-meeting-in-new-york-in-the-autumn-gap', (rng) => {
    const [h, m] = [rng.int(13, 17), rng.pick([0, 30])]
    const w = after(rng, 10, -1, 1, 5, h, m)
    return {
      stem: `A London client’s weekly review is at ${hhmm(h, m)} London time. ${rules(LONDON, NEW_YORK)} On ${day(w)}, what day and time is it in New York?`,
      from: LONDON,
      to: NEW_YORK,
      wall: w,
      slips: [
        ['dstA', 'keeps London on summer time after the last Sunday of October'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the London time in a calendar set to UTC'],
        ['bothStd', 'moves both cities to winter time, the usual five-hour gap'],
      ],
    }
  }),
  conversion('los-angeles-to-tokyo-after-the-march-change', (rng) => {
    const [h, m] = [rng.int(15, 19), rng.pick(mins)]
    const w = after(rng, 3, 2, 1, 20, h, m)
    return {
      stem: stem('A Los Angeles client books a vendor call for', LOS_ANGELES, TOKYO, w, h, m),
      from: LOS_ANGELES,
      to: TOKYO,
      wall: w,
      slips: [
        ['stdA', 'keeps Los Angeles on standard time after the second Sunday of March'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Los Angeles date'],
        ['dstB', 'gives Tokyo a summer hour Japan does not keep'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('berlin-invite-to-new-york-in-the-march-gap', (rng) => {
    const [h, m] = [rng.int(14, 18), rng.pick(mins)]
    const w = after(rng, 3, 2, 1, 12, h, m)
    return {
      stem: stem('A Berlin agency sends an invite for', BERLIN, NEW_YORK, w, h, m),
      from: BERLIN,
      to: NEW_YORK,
      wall: w,
      slips: [
        ['stdB', 'keeps the usual six-hour gap, New York still on standard time'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Berlin time in a calendar set to UTC'],
        ['bothDst', 'moves both cities to summer time on the US date'],
      ],
    }
  }),
  family('reminder-in-the-spring-forward-gap', (rng) => {
    const y = year(rng)
    const z = rng.pick([NEW_YORK, CHICAGO, LOS_ANGELES])
    const d = sunday(y, 3, 2)
    const m = rng.pick([5, 10, 15, 20, 30, 40, 45, 50])
    const wall = at(y, 3, d, 2, m)
    // A time in the skipped hour read at the offset in force just before the change.
    const t = wall - z.std * MIN
    return {
      stem: `A virtual assistant sets a ${z.city} reminder for 02:${String(m).padStart(2, '0')} on ${day(wall)}. ${ruleText(z)}. The calendar follows the usual rule for a time that never occurs: it reads it at the offset in force before the change, so the reminder moves on by the length of the gap. At what local time does the reminder go off?`,
      key: clock(wallOf(z, t)),
      wrong: [
        [clock(wall), `keeps 02:${String(m).padStart(2, '0')}, a time the clocks skip that night`],
        [
          clock(wallOf(z, wall - (z.std + 60) * MIN)),
          'reads it at the daylight offset, an hour earlier',
        ],
        [clock(at(y, 3, d, 3, 0)), 'moves it to 03:00, the first minute after the gap'],
        [clock(at(y, 3, d, 1, m)), 'moves it back an hour, to the standard-time side'],
        [clock(at(y, 3, d, 4, m)), 'moves it on two hours, counting the change twice'],
      ],
      figures: { zone: z.id, wall: isoMinute(wall) },
    }
  }),
  family('night-shift-across-the-november-change', (rng) => {
    const y = year(rng)
    const z = rng.pick([NEW_YORK, CHICAGO, LOS_ANGELES])
    const d = sunday(y, 11, 1)
    const [sh, sm] = [rng.int(20, 23), rng.pick([0, 15, 30, 45])]
    const [eh, em] = [rng.int(5, 8), rng.pick([0, 15, 30, 45])]
    const start = instantOf(z, at(y, 11, d - 1, sh, sm))
    const end = instantOf(z, at(y, 11, d, eh, em))
    const clockMins = (24 - sh) * 60 - sm + eh * 60 + em
    return {
      stem: `A night receptionist in ${z.city} works from ${hhmm(sh, sm)} on Saturday to ${hhmm(eh, em)} on Sunday ${day(at(y, 11, d)).replace(/^Sunday /, '')}. ${ruleText(z)}. How long is the shift in hours actually worked, for the timesheet?`,
      key: hm((end - start) / MIN),
      wrong: [
        [hm(clockMins), 'subtracts the clock times, missing the repeated hour'],
        [hm(clockMins - 60), 'takes the hour away, as for the spring change'],
        [hm(clockMins + 120), 'adds the repeated hour twice'],
        [hm(24 * 60 - clockMins), 'subtracts the end time from the start time'],
      ],
      figures: {
        zone: z.id,
        start: isoMinute(at(y, 11, d - 1, sh, sm)),
        end: isoMinute(at(y, 11, d, eh, em)),
      },
    }
  }),
  family('night-shift-across-the-march-change', (rng) => {
    const y = year(rng)
    const z = rng.pick([LONDON, BERLIN, PARIS])
    const d = sunday(y, 3, -1)
    const [sh, sm] = [rng.int(20, 23), rng.pick([0, 15, 30, 45])]
    const [eh, em] = [rng.int(5, 8), rng.pick([0, 15, 30, 45])]
    const start = instantOf(z, at(y, 3, d - 1, sh, sm))
    const end = instantOf(z, at(y, 3, d, eh, em))
    const clockMins = (24 - sh) * 60 - sm + eh * 60 + em
    return {
      stem: `A care worker in ${z.city} works a night from ${hhmm(sh, sm)} on Saturday to ${hhmm(eh, em)} on Sunday ${day(at(y, 3, d)).replace(/^Sunday /, '')}. ${ruleText(z)}. How long is the shift in hours actually worked?`,
      key: hm((end - start) / MIN),
      wrong: [
        [hm(clockMins), 'subtracts the clock times, missing the skipped hour'],
        [hm(clockMins + 60), 'adds the hour, as for the autumn change'],
        [hm(clockMins - 120), 'takes the skipped hour away twice'],
        [hm(24 * 60 - clockMins), 'subtracts the end time from the start time'],
      ],
      figures: {
        zone: z.id,
        start: isoMinute(at(y, 3, d - 1, sh, sm)),
        end: isoMinute(at(y, 3, d, eh, em)),
      },
    }
  }),
  family('hours-between-two-cities-on-a-march-date', (rng) => {
    const y = year(rng)
    const [a, b] = rng.pick([
      [LOS_ANGELES, LONDON],
      [NEW_YORK, PARIS],
      [CHICAGO, BERLIN],
    ] as const)
    const d = sunday(y, 3, 2) + rng.int(1, 12)
    const noon = at(y, 3, d, 12)
    const t = noon - a.std * MIN
    const gap = ((wallOf(b, t) - wallOf(a, t)) / MIN) as number
    const usual = b.std - a.std
    return {
      stem: `A scheduler needs the gap between ${a.city} and ${b.city} on ${day(noon)}. ${rules(a, b)} How many hours ahead of ${a.city} is ${b.city} that day?`,
      key: `${gap / 60} hours ahead`,
      wrong: [
        [`${usual / 60} hours ahead`, 'keeps the usual gap, as if both changed the same day'],
        [`${(usual + 60) / 60} hours ahead`, 'moves only the European city to summer time'],
        [`${gap / 60} hours behind`, 'reads the gap the wrong way round'],
        [`${usual / 60} hours behind`, 'keeps the usual gap and reads it the wrong way round'],
      ],
      figures: { a: a.id, b: b.id, day: isoMinute(noon) },
    }
  }),
]
