import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, job, worked } from './sub-text.js'

// Reading speed as a subtitler checks it: characters per second counted the way the stated guide
// counts them (the Netflix Timed Text Style Guide counts every character, spaces and punctuation
// included; other clients count without spaces), the shortest duration a text needs, the most
// characters a duration allows, and which cue in a list breaks the limit. Every limit is stated.

/** Two-line subtitles, each line within 42 characters. */
export const TEXTS: readonly (readonly [string, string])[] = [
  ['I never said she took the money.', 'I said someone did.'],
  ['We should leave before the storm', 'reaches the coast tonight.'],
  ['If you see Daniel, tell him', 'the meeting moved to Friday.'],
  ['Nobody in this town remembers', 'what happened that winter.'],
  ['The samples go to the lab first,', 'then straight back to me.'],
  ['Add the butter slowly,', 'or the sauce will split.'],
  ['You can’t keep running away', 'every time things get hard.'],
  ['Our sales doubled last quarter,', 'mostly thanks to the new app.'],
  ['Wait here. I’ll check', 'whether the road is open.'],
  ['She was born in Lisbon,', 'but she grew up in Porto.'],
  ['Turn left at the lights,', 'and the hospital is on your right.'],
  ['The whales arrive each spring', 'to feed along the shelf.'],
]

const text = (rng: Rng) => rng.pick(TEXTS)
const withSpaces = (lines: readonly string[]) => lines.reduce((n, l) => n + [...l].length, 0)
const noSpaces = (lines: readonly string[]) =>
  lines.reduce((n, l) => n + [...l].filter((c) => c !== ' ').length, 0)
const noPunct = (lines: readonly string[]) =>
  lines.reduce((n, l) => n + [...l].filter((c) => /[\p{L}\p{N}]/u.test(c)).length, 0)
/** Characters over a duration as characters per second to one place; a draw landing on a tie refuses. */
const one = (count: number, ms: number) => {
  const twice = (count * 20000) / ms
  if (Number.isInteger(twice) && twice % 2 === 1) throw new VariantError('a rounding tie')
  return `${((count * 1000) / ms).toFixed(1)} cps`
}
const shown = (lines: readonly string[]) => `“${lines.join(' / ')}”`

export const READING_FAMILIES: readonly ScenarioFamily[] = [
  family('cps-counting-spaces-and-punctuation', (rng) => {
    const lines = text(rng)
    const ms = rng.int(20, 48) * 100
    const n = withSpaces(lines)
    const s = ms / 1000
    return worked(rng, {
      stem: `The client’s guide counts reading speed over every character, spaces and punctuation included, but not the line break. A two-line subtitle ${shown(lines)} (the slash marks the line break) is on screen for ${ms.toLocaleString('en-US')} ms. What is its reading speed, to one decimal place?`,
      in: { ms, text: lines.join('\n'), count: 'spaces' },
      key: one(n, ms),
      wrong: [
        ['noSpaces', one(noSpaces(lines), ms), 'leaves the spaces out of the count'],
        ['lineBreak', one(n + 1, ms), 'counts the line break as a character'],
        [
          'longestLine',
          one(Math.max(...lines.map((l) => [...l].length)), ms),
          'counts only the longer line',
        ],
        ['wholeSeconds', one(n, Math.floor(s) * 1000), 'drops the part second from the duration'],
        ['noPunct', one(noPunct(lines), ms), 'counts only letters and digits'],
        ['ceilSeconds', one(n, Math.ceil(s) * 1000), 'rounds the duration up to a whole second'],
      ],
    })
  }),
  family('cps-counting-without-spaces', (rng) => {
    const lines = text(rng)
    const ms = rng.int(20, 48) * 100
    const s = ms / 1000
    return worked(rng, {
      stem: `A client’s guide counts reading speed without spaces: letters, digits and punctuation count, spaces and the line break do not. The subtitle ${shown(lines)} (slash = line break) lasts ${ms.toLocaleString('en-US')} ms. What is its reading speed, to one decimal place?`,
      in: { ms, text: lines.join('\n'), count: 'noSpaces' },
      key: one(noSpaces(lines), ms),
      wrong: [
        ['withSpaces', one(withSpaces(lines), ms), 'counts the spaces as well'],
        ['noPunct', one(noPunct(lines), ms), 'leaves out the punctuation too'],
        [
          'longestLine',
          one(Math.max(...lines.map((l) => [...l].filter((c) => c !== ' ').length)), ms),
          'counts only the longer line',
        ],
        [
          'wholeSeconds',
          one(noSpaces(lines), Math.floor(s) * 1000),
          'drops the part second from the duration',
        ],
      ],
    })
  }),
  family('shortest-duration-for-a-reading-speed', (rng) => {
    const lines = text(rng)
    const cps = rng.pick([17, 20])
    const fps = 25
    const n = withSpaces(lines)
    const frames = (c: number, r: number, round = Math.ceil) => `${round((c * fps) / r)} frames`
    return worked(rng, {
      stem: `For ${job(rng)} the guide allows at most ${cps} characters per second, counting spaces and punctuation but not the line break. The subtitle ${shown(lines)} (slash = line break) must stay up how many whole frames at least, at ${fps} fps?`,
      in: { cps, fps, text: lines.join('\n') },
      key: frames(n, cps),
      wrong: [
        ['noSpaces', frames(noSpaces(lines), cps), 'leaves the spaces out of the count'],
        [
          'floor',
          frames(n, cps, Math.floor),
          'rounds the part frame down, leaving the text too fast',
        ],
        [
          'otherRate',
          frames(n, cps === 17 ? 20 : 17),
          `applies ${cps === 17 ? 20 : 17} cps, the other audience’s limit`,
        ],
        ['lineBreak', frames(n + 2, cps), 'counts the line break as two characters (CR and LF)'],
        ['at30', `${Math.ceil((n * 30) / cps)} frames`, 'converts the seconds at 30 fps'],
        ['at24', `${Math.ceil((n * 24) / cps)} frames`, 'converts the seconds at 24 fps'],
        [
          'ceilSeconds',
          `${Math.ceil(n / cps) * fps} frames`,
          'rounds the time up to a whole second before converting',
        ],
      ],
    })
  }),
  family('most-characters-a-duration-allows', (rng) => {
    const cps = rng.pick([15, 17, 20])
    const ms = rng.int(13, 41) * 100 + rng.pick([20, 40, 60, 80])
    const s = ms / 1000
    return worked(rng, {
      stem: `A subtitle slot between two shot changes lasts ${ms.toLocaleString('en-US')} ms. At the client’s limit of ${cps} characters per second, what is the most characters (spaces included) the subtitle may hold?`,
      in: { ms, cps },
      key: `${Math.floor((ms * cps) / 1000)} characters`,
      wrong: [
        [
          'ceil',
          `${Math.ceil((ms * cps) / 1000)} characters`,
          'rounds up, one character over the limit',
        ],
        ['wholeSeconds', `${Math.floor(s) * cps} characters`, 'counts only the whole seconds'],
        [
          'perLine',
          `${Math.floor((ms * cps) / 1000) * 2} characters`,
          'allows the budget on each of two lines',
        ],
        [
          'roundSeconds',
          `${Math.round(s) * cps} characters`,
          'rounds the duration to whole seconds first',
        ],
      ],
    })
  }),
  family('which-cue-breaks-the-reading-speed', (rng) => {
    const cps = rng.pick([17, 20])
    // Four cues: one over the limit; one at exactly the limit; one with the most characters but
    // slow; one with the shortest duration but slow.
    const over = { n: cps * 2 + rng.int(3, 6), ms: 2000 }
    const exact = { n: cps * 3, ms: 3000 }
    const long = { n: cps * 5 - rng.int(6, 12), ms: 5000 }
    const short = { n: Math.floor(cps * 1.2) - rng.int(3, 5), ms: 1200 }
    const cues = rng.shuffle([
      ['over', over],
      ['exact', exact],
      ['long', long],
      ['short', short],
    ] as const)
    const num = (k: string) => `Cue ${cues.findIndex(([c]) => c === k) + 1}`
    return worked(rng, {
      stem: `QC of ${job(rng)} against a limit of ${cps} characters per second (spaces included): ${cues.map(([, c], i) => `cue ${i + 1} has ${c.n} characters over ${c.ms.toLocaleString('en-US')} ms`).join('; ')}. Which cue must be fixed?`,
      in: {
        cps,
        ...Object.fromEntries(
          cues.flatMap(([, c], i) => [
            [`n${i + 1}`, c.n],
            [`ms${i + 1}`, c.ms],
          ]),
        ),
      },
      key: num('over'),
      wrong: [
        ['exact', num('exact'), 'flags a cue exactly at the limit, which the limit allows'],
        ['long', num('long'), 'flags the cue with the most characters, not the fastest'],
        ['short', num('short'), 'flags the shortest cue, not the fastest'],
      ],
    })
  }),
]
