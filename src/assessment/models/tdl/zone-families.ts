import type { Rng } from '../../rng.js'
import {
  ADELAIDE,
  AOE,
  AUCKLAND,
  at,
  BERLIN,
  BRISBANE,
  CHICAGO,
  conversion,
  DENVER,
  DUBAI,
  day,
  HONOLULU,
  instantOf,
  KATHMANDU,
  KOLKATA,
  LISBON,
  LONDON,
  LOS_ANGELES,
  NEW_YORK,
  offsetAt,
  PHOENIX,
  SAO_PAULO,
  SINGAPORE,
  ST_JOHNS,
  SYDNEY,
  TOKYO,
  UTC,
  utcText,
  WEEKDAYS,
  workTime,
  year,
  type Zone,
} from './tdl-text.js'

// Converting a time between zones whose offsets on the day the stem states outright: the
// skill is applying an offset the right way, with its half or three-quarter hour, and carrying
// the date when the clock crosses midnight. Dates sit well inside a season (mid-June to
// mid-August, mid-January to late February), far from any change of clocks.

const summer = (rng: Rng, h: number, m: number): number =>
  at(year(rng), rng.int(6, 8), rng.int(1, 28), h, m)
const winter = (rng: Rng, h: number, m: number): number =>
  at(year(rng), rng.int(1, 2), rng.int(12, 28), h, m)

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`

/** `on Tuesday 13 July 2027 at 09:30 New York time, when New York is on UTC−04:00 and …` */
function setting(a: Zone, b: Zone, w: number, h: number, m: number): string {
  const t = instantOf(a, w)
  return `${day(w)} at ${hhmm(h, m)} ${a.city} time. On that day ${a.city} is on ${utcText(offsetAt(a, t))} and ${b.city} on ${utcText(offsetAt(b, t))}`
}

const ASK = (b: Zone) => `What day and time is that in ${b.city}?`

export const ZONE_FAMILIES = [
  conversion('new-york-call-to-london-in-summer', (rng) => {
    const [h, m] = workTime(rng, 9, 16)
    const w = summer(rng, h, m)
    return {
      stem: `A New York client books a call for ${setting(NEW_YORK, LONDON, w, h, m)}. ${ASK(LONDON)}`,
      from: NEW_YORK,
      to: LONDON,
      wall: w,
      slips: [
        ['rev', 'applies the offset difference the wrong way, subtracting the hours'],
        ['stdA', 'uses New York’s winter offset, the five-hour gap it remembers'],
        ['stdB', 'takes London as UTC all year, forgetting British Summer Time'],
        ['toUtc', 'stops at UTC and gives that as London time'],
        ['utc', 'enters the New York time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('london-deadline-to-kolkata-half-hour', (rng) => {
    const [h, m] = workTime(rng, 8, 18)
    const w = summer(rng, h, m)
    return {
      stem: `A London agency sets a hand-off for ${setting(LONDON, KOLKATA, w, h, m)}. ${ASK(KOLKATA)}`,
      from: LONDON,
      to: KOLKATA,
      wall: w,
      slips: [
        ['hourB', 'drops the half hour of India’s offset, using UTC+05:00'],
        ['stdA', 'takes London as UTC, forgetting British Summer Time'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the London time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('los-angeles-evening-to-kathmandu', (rng) => {
    const [h, m] = workTime(rng, 14, 20)
    const w = winter(rng, h, m)
    return {
      stem: `A Los Angeles start-up schedules a review for ${setting(LOS_ANGELES, KATHMANDU, w, h, m)}. ${ASK(KATHMANDU)}`,
      from: LOS_ANGELES,
      to: KATHMANDU,
      wall: w,
      slips: [
        ['hourB', 'drops the 45 minutes of Nepal’s offset, using UTC+05:00'],
        ['keep', 'converts the clock but keeps the Los Angeles date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['dstA', 'takes Los Angeles on daylight time, UTC−07:00, in winter'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('sydney-morning-to-new-york-in-july', (rng) => {
    const [h, m] = workTime(rng, 7, 11)
    const w = summer(rng, h, m)
    return {
      stem: `A Sydney manager wants a stand-up at ${setting(SYDNEY, NEW_YORK, w, h, m)}. ${ASK(NEW_YORK)}`,
      from: SYDNEY,
      to: NEW_YORK,
      wall: w,
      slips: [
        ['dstA', 'puts Sydney on daylight time in its winter, as if its summer were the north’s'],
        ['stdB', 'takes New York on standard time, UTC−05:00'],
        ['rev', 'applies the offset difference the wrong way'],
        ['keep', 'converts the clock but keeps the Sydney date'],
        ['utc', 'enters the Sydney time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('tokyo-morning-to-berlin-in-winter', (rng) => {
    const [h, m] = workTime(rng, 6, 12)
    const w = winter(rng, h, m)
    return {
      stem: `A Tokyo distributor proposes a call at ${setting(TOKYO, BERLIN, w, h, m)}. ${ASK(BERLIN)}`,
      from: TOKYO,
      to: BERLIN,
      wall: w,
      slips: [
        ['rev', 'applies the offset difference the wrong way'],
        ['dstB', 'puts Berlin on summer time, UTC+02:00, in winter'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Tokyo time in a calendar set to UTC'],
        ['keep', 'converts the clock but keeps the Tokyo date'],
      ],
    }
  }),
  conversion('phoenix-to-denver-in-summer', (rng) => {
    const [h, m] = workTime(rng, 8, 16)
    const w = summer(rng, h, m)
    return {
      stem: `A Phoenix client books an inspection for ${setting(PHOENIX, DENVER, w, h, m)}. ${ASK(DENVER)}`,
      from: PHOENIX,
      to: DENVER,
      wall: w,
      slips: [
        ['dstA', 'assumes Phoenix moves its clocks for summer like Denver'],
        ['stdB', 'takes Denver on standard time, as in winter'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Phoenix time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('st-johns-half-hour-to-london', (rng) => {
    const [h, m] = workTime(rng, 8, 16)
    const w = summer(rng, h, m)
    return {
      stem: `A client in ${ST_JOHNS.city} sets a deadline of ${setting(ST_JOHNS, LONDON, w, h, m)}. ${ASK(LONDON)}`,
      from: ST_JOHNS,
      to: LONDON,
      wall: w,
      slips: [
        ['hourA', 'drops Newfoundland’s half hour, using UTC−02:00'],
        ['stdA', 'uses Newfoundland’s winter offset, UTC−03:30'],
        ['rev', 'applies the offset difference the wrong way'],
        ['stdB', 'takes London as UTC, forgetting British Summer Time'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('adelaide-summer-to-singapore', (rng) => {
    const [h, m] = workTime(rng, 8, 17)
    const w = winter(rng, h, m)
    return {
      stem: `An Adelaide firm asks for a call at ${setting(ADELAIDE, SINGAPORE, w, h, m)}. ${ASK(SINGAPORE)}`,
      from: ADELAIDE,
      to: SINGAPORE,
      wall: w,
      slips: [
        ['hourA', 'drops Adelaide’s half hour, using UTC+10:00'],
        ['stdA', 'uses Adelaide’s standard offset, UTC+09:30, in its summer'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Adelaide time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('auckland-monday-to-london-across-the-date-line', (rng) => {
    const [h, m] = workTime(rng, 7, 12)
    let w = winter(rng, h, m)
    while (new Date(w).getUTCDay() !== 1) w += 86_400_000
    return {
      stem: `An Auckland client’s week starts with a call at ${setting(AUCKLAND, LONDON, w, h, m)}. ${ASK(LONDON)}`,
      from: AUCKLAND,
      to: LONDON,
      wall: w,
      slips: [
        ['keep', 'converts the clock but keeps Monday, the Auckland date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['stdA', 'uses Auckland’s standard offset, UTC+12:00, in its summer'],
        ['dstB', 'puts London on summer time in winter'],
        ['utc', 'enters the Auckland time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('honolulu-afternoon-to-tokyo', (rng) => {
    const [h, m] = workTime(rng, 12, 17)
    const w = summer(rng, h, m)
    return {
      stem: `A Honolulu hotel wants a supplier call at ${setting(HONOLULU, TOKYO, w, h, m)}. ${ASK(TOKYO)}`,
      from: HONOLULU,
      to: TOKYO,
      wall: w,
      slips: [
        ['keep', 'converts the clock but keeps the Honolulu date'],
        ['rev', 'applies the offset difference the wrong way'],
        ['dstA', 'gives Hawaii a summer hour as on the US mainland'],
        ['utc', 'enters the Honolulu time in a calendar set to UTC'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('anywhere-on-earth-deadline-to-berlin', (rng) => {
    let w = summer(rng, 23, 59)
    while (new Date(w).getUTCDay() !== 5) w += 86_400_000
    return {
      stem: `A call for papers closes at the end of ${WEEKDAYS[5]} ${day(w).replace(/^Friday /, '')} Anywhere on Earth (AoE), which is 23:59 at UTC−12:00. Berlin is on UTC+02:00 that day. What is the last day and time a Berlin author can submit, in Berlin time?`,
      from: AOE,
      to: BERLIN,
      wall: w,
      slips: [
        ['utc', 'reads AoE as UTC'],
        ['rev', 'applies the offset difference the wrong way, as if AoE were ahead of Berlin'],
        ['stdB', 'takes Berlin on UTC+01:00, its winter offset'],
        ['toUtc', 'stops at UTC'],
        ['keep', 'keeps Friday, the deadline’s own date'],
      ],
    }
  }),
  conversion('utc-timestamp-to-kathmandu', (rng) => {
    const [h, m] = workTime(rng, 8, 20)
    const w = summer(rng, h, m)
    const stamp = `${new Date(w).toISOString().slice(0, 16)}Z`
    return {
      stem: `A server log records a client’s payment at ${stamp}. The client is in Kathmandu, which keeps UTC+05:45 all year and has no daylight time. What day and time was it in Kathmandu?`,
      from: UTC,
      to: KATHMANDU,
      wall: w,
      slips: [
        ['rev', 'subtracts the offset instead of adding it'],
        ['hourB', 'drops the 45 minutes, using UTC+05:00'],
        ['toUtc', 'reads the Z time as Kathmandu time'],
        ['dstB', 'adds a summer hour Nepal does not keep'],
      ],
    }
  }),
  conversion('sao-paulo-to-lisbon-in-january', (rng) => {
    const [h, m] = workTime(rng, 9, 18)
    const w = winter(rng, h, m)
    return {
      stem: `A São Paulo client proposes a call at ${setting(SAO_PAULO, LISBON, w, h, m)}; Brazil has kept no daylight time since 2019. ${ASK(LISBON)}`,
      from: SAO_PAULO,
      to: LISBON,
      wall: w,
      slips: [
        ['dstA', 'gives São Paulo the summer hour Brazil dropped in 2019'],
        ['rev', 'applies the offset difference the wrong way'],
        ['dstB', 'puts Lisbon on summer time in winter'],
        ['utc', 'enters the São Paulo time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('dubai-morning-to-chicago-in-winter', (rng) => {
    const [h, m] = workTime(rng, 8, 12)
    const w = winter(rng, h, m)
    return {
      stem: `A Dubai client sets a kick-off at ${setting(DUBAI, CHICAGO, w, h, m)}. ${ASK(CHICAGO)}`,
      from: DUBAI,
      to: CHICAGO,
      wall: w,
      slips: [
        ['rev', 'applies the offset difference the wrong way'],
        ['dstB', 'takes Chicago on daylight time, UTC−05:00, in winter'],
        ['keep', 'converts the clock but keeps the Dubai date'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Dubai time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('chicago-evening-to-kolkata-in-summer', (rng) => {
    const [h, m] = workTime(rng, 16, 21)
    const w = summer(rng, h, m)
    return {
      stem: `A Chicago product owner books a sprint review for ${setting(CHICAGO, KOLKATA, w, h, m)}. ${ASK(KOLKATA)}`,
      from: CHICAGO,
      to: KOLKATA,
      wall: w,
      slips: [
        ['hourB', 'drops the half hour of India’s offset, using UTC+05:00'],
        ['stdA', 'uses Chicago’s winter offset, UTC−06:00'],
        ['rev', 'applies the offset difference the wrong way'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Chicago time in a calendar set to UTC'],
      ],
    }
  }),
  conversion('brisbane-to-sydney-in-january', (rng) => {
    const [h, m] = workTime(rng, 8, 17)
    const w = winter(rng, h, m)
    return {
      stem: `A Brisbane client books a site visit for ${setting(BRISBANE, SYDNEY, w, h, m)}; Queensland keeps no daylight time. ${ASK(SYDNEY)}`,
      from: BRISBANE,
      to: SYDNEY,
      wall: w,
      slips: [
        ['dstA', 'assumes Brisbane moves its clocks for summer like Sydney'],
        ['stdB', 'takes Sydney on standard time, as in winter'],
        ['rev', 'applies the offset difference the wrong way'],
        ['utc', 'enters the Brisbane time in a calendar set to UTC'],
        ['toUtc', 'stops at UTC'],
      ],
    }
  }),
  conversion('singapore-evening-to-los-angeles-in-winter', (rng) => {
    const [h, m] = workTime(rng, 17, 22)
    const w = winter(rng, h, m)
    return {
      stem: `A Singapore client wants a call at ${setting(SINGAPORE, LOS_ANGELES, w, h, m)}. ${ASK(LOS_ANGELES)}`,
      from: SINGAPORE,
      to: LOS_ANGELES,
      wall: w,
      slips: [
        ['rev', 'applies the offset difference the wrong way'],
        ['dstB', 'takes Los Angeles on daylight time, UTC−07:00, in winter'],
        ['keep', 'converts the clock but keeps the Singapore date'],
        ['toUtc', 'stops at UTC'],
        ['utc', 'enters the Singapore time in a calendar set to UTC'],
      ],
    }
  }),
]
