import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { family, some, spot } from './spot.js'

/** Chicago's marginal marks, grouped by what they are confused with: case, font, space, others. */
const MARGIN_MARKS: readonly (readonly [mark: string, meaning: string, group: string])[] = [
  ['lc', 'set the marked letters in lowercase', 'case'],
  ['cap', 'set the marked letters as capitals', 'case'],
  ['sc', 'set the marked letters as small capitals', 'case'],
  ['ital', 'set the marked words in italic', 'font'],
  ['rom', 'set the marked words in roman', 'font'],
  ['bf', 'set the marked words in boldface', 'font'],
  ['wf', 'reset a character that is in the wrong font', 'font'],
  ['#', 'insert a space', 'space'],
  ['eq #', 'make the spaces between the words equal', 'space'],
  ['¶', 'begin a new paragraph', 'space'],
  ['run in', 'join the text to the paragraph before it', 'space'],
  ['stet', 'ignore the marked change and keep the original text', 'other'],
  ['tr', 'transpose the marked letters or words', 'other'],
  ['sp', 'spell out the marked abbreviation or numeral', 'other'],
]

/** Three other marks, those of the same group first: the ones a proofreader mixes up. */
function confusable(mark: string, rng: Parameters<ScenarioFamily['draw']>[0]) {
  const own = MARGIN_MARKS.find(([m]) => m === mark)!
  const same = rng.shuffle(MARGIN_MARKS.filter(([m, , g]) => g === own[2] && m !== mark))
  const rest = rng.shuffle(MARGIN_MARKS.filter(([, , g]) => g !== own[2]))
  return [...same, ...rest].slice(0, 3)
}

/**
 * The underlines and dots both BS 5261 and Chicago put under text on a proof, each with the
 * instruction it carries to the typesetter.
 */
const UNDERLINES: readonly (readonly [mark: string, meaning: string])[] = [
  ['a single straight underline', 'set in italic'],
  ['a double underline', 'set in small capitals'],
  ['a triple underline', 'set in capitals'],
  ['a wavy underline', 'set in bold'],
  ['a row of dots under a struck-out word', 'leave the word as it was'],
]

const WORDS = ['Portrait', 'Ibid', 'Preface', 'Summary', 'Glossary', 'Appendix']
const DAYS = ['Monday', 'Tuesday', 'Thursday', 'Friday']
const BODIES = ['board', 'committee', 'panel', 'council']
const CITIES = ['Leeds', 'Bristol', 'Cardiff', 'York']
const THINGS = ['budget', 'timetable', 'contract', 'layout']

/** Literals a typesetter's fingers make: the copy's word and the proof's. */
const LITERALS: readonly (readonly [copy: string, proof: string])[] = [
  ['from', 'form'],
  ['trial', 'trail'],
  ['causal', 'casual'],
  ['united', 'untied'],
  ['manager', 'manger'],
  ['marital', 'martial'],
  ['statue', 'statute'],
  ['complaint', 'compliant'],
]

/** Where each literal's word stands in the copy's sentence, so the copy reads as English. */
const PHRASES: Readonly<Record<string, (word: string) => string>> = {
  from: (w) => `${w} the printers`,
  trial: (w) => `before the ${w}`,
  causal: (w) => `despite a ${w} link`,
  united: (w) => `of the ${w} teams`,
  manager: (w) => `sent by the ${w}`,
  marital: (w) => `for ${w} status data`,
  statue: (w) => `for the ${w} fund`,
  complaint: (w) => `after the ${w}`,
}

/** A proof read against copy, with one error of the given kind, and the correction it needs. */
function correctionAgainstCopy(rng: Rng, kind: 'omission' | 'literal' | 'transposition'): Scenario {
  const day = rng.pick(DAYS)
  const thing = rng.pick(THINGS)
  const [literal, misset] = rng.pick(LITERALS)
  const body = rng.pick(BODIES)
  const city = rng.pick(CITIES)
  const phrase = PHRASES[literal]!
  const sentence = (words: string) => `On ${day}, the ${body}, which met in ${city}, ${words}.`
  const copy = sentence(`did not approve the revised ${thing} ${phrase(literal)}`)
  const proof =
    kind === 'omission'
      ? sentence(`did approve the revised ${thing} ${phrase(literal)}`)
      : kind === 'literal'
        ? sentence(`did not approve the revised ${thing} ${phrase(misset)}`)
        : sentence(`did not approve the ${thing} revised ${phrase(literal)}`)
  const key =
    kind === 'omission'
      ? 'insert “not” after “did”'
      : kind === 'literal'
        ? `change “${misset}” to “${literal}”`
        : `transpose “${thing}” and “revised”`
  const third =
    kind === 'transposition'
      ? {
          text: 'delete “revised”',
          mistake: 'deleted a misplaced word instead of transposing it',
        }
      : {
          text: `query the author about “${kind === 'omission' ? 'did approve' : misset}”`,
          mistake: 'queried the author about an error the copy settles',
        }
  return spot(
    `You are reading a proof against copy.\n\nCopy: ${copy}\n\nProof: ${proof}\n\nWhich correction do you mark?`,
    key,
    [
      ...some(
        rng,
        [
          {
            text: 'change “which” to “that”',
            mistake: 'restyled the author’s wording instead of reading against copy',
          },
          {
            text: `delete the comma after “${day}”`,
            mistake: 'removed a comma the copy has, on a personal preference',
          },
          {
            text: 'change “approve” to “accept”',
            mistake: 'changed the author’s word for a synonym the proofreader prefers',
          },
        ],
        2,
      ),
      third,
    ],
  )
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const EVENTS = ['launch', 'hearing', 'opening', 'final reading']
const MONTH_NAMES = ['January', 'March', 'May', 'July', 'September', 'November']

/**
 * A slip in the copy itself: a date and a weekday that do not agree. The proof follows copy, so
 * only the author can say which half is meant; the proofreader queries it and changes nothing.
 */
function copyDateQuery(rng: Rng): Scenario {
  const year = rng.int(2025, 2028)
  const month = rng.int(0, MONTH_NAMES.length - 1)
  const day = rng.int(3, 26)
  const actual = new Date(Date.UTC(year, month * 2, day)).getUTCDay()
  const stated = (actual + rng.int(1, 6)) % 7
  const date = `${day} ${MONTH_NAMES[month]} ${year}`
  const sentence = `The ${rng.pick(EVENTS)} is on ${WEEKDAYS[stated]}, ${date}.`
  return spot(
    `You are reading a proof against copy for the publisher; changes to what the copy says are the author’s to approve.\n\nCopy: ${sentence}\n\nProof: ${sentence}\n\nWhat do you mark?`,
    rng.pick([
      `query the author: ${WEEKDAYS[stated]} does not fit the date`,
      `query the author: ${date} is a ${WEEKDAYS[actual]}`,
      `ask the author whether ${WEEKDAYS[stated]} or ${date} is meant`,
    ]),
    [
      {
        text: `change “${WEEKDAYS[stated]}” to “${WEEKDAYS[actual]}”: the typesetter’s error`,
        mistake:
          'guessed which half the author meant and charged the copy’s slip to the typesetter',
      },
      {
        text: rng.pick([
          `return ${date} to the typesetter to reset`,
          'query the typesetter about the weekday set',
        ]),
        mistake: 'sent the copy’s slip to the typesetter, who set what the copy says',
      },
      {
        text: rng.pick([
          'no mark: the proof follows the author’s copy',
          'nothing: the typesetter followed copy',
        ]),
        mistake: 'read only against copy, not for sense',
      },
    ],
  )
}

/** What a proofreader marks on proofs: the marks' meanings and corrections against copy. */
export const PROOF_MARK_FAMILIES: readonly ScenarioFamily[] = [
  family('chicago-margin-mark-meaning', (rng) => {
    const [mark, meaning] = rng.pick(MARGIN_MARKS)
    return spot(
      `A proof comes back with the Chicago proofreaders’ mark “${mark}” in the margin beside a marked passage. What does it ask the typesetter to do?`,
      meaning,
      confusable(mark, rng).map(([m, what]) => ({
        text: what,
        mistake: `read “${mark}” as “${m}”`,
      })),
    )
  }),
  family('chicago-mark-for-an-instruction', (rng) => {
    const [mark, meaning] = rng.pick(MARGIN_MARKS)
    // Marks as code, so that “#” is shown as the mark and not read as a Markdown heading.
    return {
      code: true,
      ...spot(
        `Marking a proof with Chicago’s proofreaders’ marks, you want the typesetter to ${meaning}. Which mark do you write in the margin?`,
        mark,
        confusable(mark, rng).map(([m, what]) => ({
          text: m,
          mistake: `took “${m}” (${what}) for the mark wanted`,
        })),
      ),
    }
  }),
  family('underline-marks-in-text', (rng) => {
    const [first, ...others] = some(rng, UNDERLINES, 4) as [
      (typeof UNDERLINES)[number],
      ...(typeof UNDERLINES)[number][],
    ]
    const word = rng.pick(WORDS)
    if (rng.next() < 0.5) {
      return spot(
        `On a proof marked to BS 5261 or Chicago, the word “${word}” has ${first[0]} beneath it and the matching instruction in the margin. What does the mark ask for?`,
        first[1],
        others.map(([m, what]) => ({ text: what, mistake: `read ${first[0]} as ${m}` })),
      )
    }
    return spot(
      `On a proof marked to BS 5261 or Chicago, you want the typesetter to ${first[1].replace('leave the word', `leave “${word}”`).replace(/^set/, `set “${word}”`)}. What do you put under the word in the text?`,
      first[0],
      others.map(([m, what]) => ({ text: m, mistake: `used the mark that means: ${what}` })),
    )
  }),
  family('correction-against-copy', (rng) =>
    correctionAgainstCopy(rng, rng.pick(['omission', 'literal', 'transposition'] as const)),
  ),
  family('query-a-slip-in-the-copy', copyDateQuery),
  family('printers-error-or-authors-alteration', (rng) => {
    const [first, ...others] = some(rng, LITERALS, 4) as [
      (typeof LITERALS)[number],
      ...(typeof LITERALS)[number][],
    ]
    const error = ([copy, proof]: readonly [string, string]) =>
      `copy “${copy}”, proof “${proof}”, marked “${copy}”`
    const change = ([copy, proof]: readonly [string, string]) =>
      `copy “${proof}”, proof “${proof}”, marked “${copy}”`
    if (rng.next() < 0.5) {
      return spot(
        'The publisher charges corrections either to the typesetter (PE, a departure from copy) or to the author (AA, a change to what the copy says). Which of these corrections is a PE?',
        error(first),
        others.map((p) => ({
          text: change(p),
          mistake: 'charged an author’s change to the typesetter: the proof follows copy',
        })),
      )
    }
    return spot(
      'The publisher charges corrections either to the typesetter (PE, a departure from copy) or to the author (AA, a change to what the copy says). Which of these corrections is an AA?',
      change(first),
      others.map((p) => ({
        text: error(p),
        mistake: 'charged a typesetter’s error to the author: the proof departs from copy',
      })),
    )
  }),
]
