import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { TEXTS } from './reading-families.js'
import { clock, family, job, worked } from './sub-text.js'

// More reading speed: a duration given in frames at 24 fps, the characters to cut so a text fits
// a stated limit, and reading speed read off a SubRip timing line. Every limit is stated; the
// count is every character, spaces and punctuation included, not the line break (the way the
// Netflix Timed Text Style Guide counts).

const withSpaces = (lines: readonly string[]) => lines.reduce((n, l) => n + [...l].length, 0)
const noSpaces = (lines: readonly string[]) =>
  lines.reduce((n, l) => n + [...l].filter((c) => c !== ' ').length, 0)
const longest = (lines: readonly string[]) => Math.max(...lines.map((l) => [...l].length))
const shown = (lines: readonly string[]) => `“${lines.join(' / ')}”`
const pickText = (rng: Rng) => rng.pick(TEXTS)

/** `num / den` characters per second to one place; a value on a rounding tie refuses the draw. */
const cps = (num: number, den: number) => {
  const twenty = (num * 20) / den
  if (Number.isInteger(twenty) && twenty % 2 === 1) throw new VariantError('a rounding tie')
  return `${(Math.round((num * 10) / den) / 10).toFixed(1)} cps`
}

export const READING_MORE_FAMILIES: readonly ScenarioFamily[] = [
  family('cps-from-a-duration-in-frames-at-24-fps', (rng) => {
    const lines = pickText(rng)
    const frames = rng.int(60, 130)
    const n = withSpaces(lines)
    return worked(rng, {
      stem: `A subtitle of ${job(rng)}, cut at 24 fps, lasts ${frames} frames and reads ${shown(lines)} (slash = line break). Counting letters, spaces and punctuation but not the line break, what is its reading speed, to one decimal place?`,
      in: { text: lines.join('\n'), frames },
      key: cps(n * 24, frames),
      wrong: [
        ['at25', cps(n * 25, frames), 'converts the frames to seconds at 25 fps'],
        ['at30', cps(n * 30, frames), 'converts the frames to seconds at 30 fps'],
        ['noSpaces', cps(noSpaces(lines) * 24, frames), 'leaves the spaces out of the count'],
        ['longestLine', cps(longest(lines) * 24, frames), 'counts only the longer line'],
        ['perFrame', cps(n * 100, frames), 'reads the frame count as hundredths of a second'],
      ],
    })
  }),
  family('characters-to-cut-for-a-reading-speed', (rng) => {
    const lines = pickText(rng)
    const rate = rng.pick([15, 17, 20])
    const n = withSpaces(lines)
    const cut = rng.int(10, 18)
    const allowed = n - cut
    // The shortest whole-frame (40 ms at 25 fps) duration whose budget is exactly `allowed`.
    const ms = Math.ceil((allowed * 1000) / rate / 40) * 40
    if (Math.floor((ms * rate) / 1000) !== allowed || ms < 1200)
      throw new VariantError('no frame duration gives that budget')
    const gt0 = (k: number, slip: string, why: string) =>
      k > 0 ? [[slip, `${k} characters`, why] as const] : []
    return worked(rng, {
      stem: `In ${job(rng)} the translation ${shown(lines)} (slash = line break) must fit a ${ms.toLocaleString('en-US')} ms slot at no more than ${rate} characters per second, counting spaces and punctuation but not the line break. How many characters must you cut, at least?`,
      in: { text: lines.join('\n'), ms, rate },
      key: `${cut} characters`,
      wrong: [
        [
          'allowed',
          `${allowed} characters`,
          'gives the characters the slot allows, not the number to cut',
        ],
        ...gt0(
          n - Math.floor(ms / 1000) * rate,
          'wholeSeconds',
          'counts only the whole seconds of the slot',
        ),
        ...gt0(noSpaces(lines) - allowed, 'noSpaces', 'leaves the spaces out of the count'),
        ...gt0(
          n - Math.round(ms / 1000) * rate,
          'roundSeconds',
          'rounds the slot to whole seconds first',
        ),
        ...gt0(longest(lines) - allowed, 'longestLine', 'counts only the longer line'),
      ],
    })
  }),
  family('cps-from-an-srt-timing-line', (rng) => {
    const lines = pickText(rng)
    const inMs = rng.int(60, 3500) * 1000 + rng.int(0, 999)
    const dur = rng.int(150, 480) * 10
    const outMs = inMs + dur
    const n = withSpaces(lines)
    const wholeS = Math.floor(outMs / 1000) - Math.floor(inMs / 1000)
    if (wholeS < 1) throw new VariantError('under a second of whole seconds')
    return worked(rng, {
      stem: `An SRT cue of ${job(rng)} has the timing line “${clock(inMs)} --> ${clock(outMs)}” and the text ${shown(lines)} (slash = line break). Counting spaces and punctuation but not the line break, what is its reading speed, to one decimal place?`,
      in: { text: lines.join('\n'), inMs, outMs },
      key: cps(n * 1000, dur),
      wrong: [
        [
          'wholeSeconds',
          cps(n, wholeS),
          'subtracts the seconds fields only, ignoring the milliseconds',
        ],
        ['noSpaces', cps(noSpaces(lines) * 1000, dur), 'leaves the spaces out of the count'],
        ['longestLine', cps(longest(lines) * 1000, dur), 'counts only the longer line'],
        [
          'lineBreak',
          cps((n + 2) * 1000, dur),
          'counts the line break as two characters (CR and LF)',
        ],
      ],
    })
  }),
]
