import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { glossaryFamilies, WORKFLOW_TERMS } from './glossary.js'
import { clock, family, job, ndfLabel, statements, worked } from './sub-text.js'

// Quality control and delivery: overlapping cues, the maximum duration as a stated guide gives it
// (seven seconds in the Netflix Timed Text Style Guide: General Requirements), shot-change rules as
// the stem states them, what causes drift, and the workflow terms of a vendor’s brief.

interface Cue {
  readonly a: number
  readonly b: number
}
const cueText = (cs: readonly Cue[]) =>
  cs.map((c, i) => `${i + 1}: ${clock(c.a)} --> ${clock(c.b)}`).join('; ')

/** Four cues in order; the drawn layout puts the named cases at shuffled places. */
function layout(
  rng: Rng,
  kinds: readonly string[],
  make: (k: string) => { dur: number; gap: number },
  last?: string,
) {
  const order = [...rng.shuffle([...kinds]), ...(last ? [last] : [])]
  let t = rng.int(60, 3000) * 1000 + rng.int(0, 24) * 40
  const cues: Cue[] = []
  const at: Record<string, number> = {}
  for (const [i, k] of order.entries()) {
    const { dur, gap } = make(k)
    cues.push({ a: t, b: t + dur })
    at[k] = i + 1
    t += dur + gap
  }
  return { cues, at, next: t }
}

/** Shot-change rules as the stem states them; served by the timing model. */
export const SHOT_CHANGE_FAMILIES: readonly ScenarioFamily[] = [
  family('snap-in-time-to-a-shot-change', (rng) => {
    const fps = 24
    const sc = rng.int(2000, 80000)
    const d = rng.pick([rng.int(-12, -3), rng.int(3, 12), rng.int(15, 30), -rng.int(15, 30)])
    const inF = sc + d
    const within = Math.abs(d) <= 12
    return worked(rng, {
      stem: `The client’s guide for ${job(rng)} at ${fps} fps: an in-time within 12 frames of a shot change moves to the shot change; an out-time within 12 frames before a shot change moves to 2 frames before it. A shot change is at ${ndfLabel(sc, fps)} and a subtitle’s in-time is spotted at ${ndfLabel(inF, fps)}. Where should the in-time be?`,
      in: { sc, inF, fps, limit: 12 },
      key: ndfLabel(within ? sc : inF, fps),
      wrong: [
        [
          within ? 'keep' : 'snap',
          ndfLabel(within ? inF : sc, fps),
          within
            ? 'leaves the in-time off the shot change'
            : 'snaps an in-time that is beyond the 12-frame window',
        ],
        ['twoBefore', ndfLabel(sc - 2, fps), 'applies the out-time rule, 2 frames before the cut'],
        ['twoAfter', ndfLabel(sc + 2, fps), 'moves it 2 frames after the cut'],
        ['windowEdge', ndfLabel(sc - 12, fps), 'moves it to the edge of the 12-frame window'],
      ],
    })
  }),
  family('snap-out-time-before-a-shot-change', (rng) => {
    const fps = 25
    const sc = rng.int(2000, 80000)
    const d = rng.pick([-rng.int(3, 12), -rng.int(16, 30)])
    const outF = sc + d
    const within = -d <= 12
    return worked(rng, {
      stem: `The client’s guide for ${job(rng)} at ${fps} fps: an out-time within 12 frames before a shot change moves to 2 frames before the shot change; in-times within 12 frames move onto it. A shot change is at ${ndfLabel(sc, fps)} and a subtitle’s out-time is at ${ndfLabel(outF, fps)}. Where should the out-time be?`,
      in: { sc, outF, fps, limit: 12 },
      key: ndfLabel(within ? sc - 2 : outF, fps),
      wrong: [
        [
          within ? 'keep' : 'snap',
          ndfLabel(within ? outF : sc - 2, fps),
          within
            ? 'leaves the out-time close to the cut'
            : 'moves an out-time that is beyond the 12-frame window',
        ],
        ['onCut', ndfLabel(sc, fps), 'ends the subtitle on the shot change itself'],
        ['afterCut', ndfLabel(sc + 2, fps), 'carries the subtitle 2 frames past the cut'],
        ['windowEdge', ndfLabel(sc - 12, fps), 'moves it to the edge of the 12-frame window'],
      ],
    })
  }),
]

export const QC_FAMILIES: readonly ScenarioFamily[] = [
  family('overlapping-cues', (rng) => {
    // Each cue's kind describes how it meets the next cue; a fifth cue closes the list.
    const { cues, at, next } = layout(rng, ['overlap', 'touching', 'shortGap', 'long'], (k) => ({
      dur: k === 'long' ? rng.int(72, 90) * 100 : rng.int(15, 45) * 100,
      gap:
        k === 'overlap'
          ? -rng.int(3, 12) * 40
          : k === 'touching'
            ? 0
            : k === 'shortGap'
              ? 40
              : 1000,
    }))
    // A fifth cue closes the list, placed after the fourth by the fourth's kind.
    const all = [...cues, { a: next, b: next + rng.int(15, 40) * 100 }]
    return worked(rng, {
      stem: `QC of ${job(rng)}: the SRT cues read ${cueText(all)}. Which cue overlaps the one after it?`,
      in: Object.fromEntries(
        all.flatMap((c, i) => [
          [`a${i + 1}`, c.a],
          [`b${i + 1}`, c.b],
        ]),
      ),
      key: `Cue ${at.overlap}`,
      wrong: [
        [
          'touching',
          `Cue ${at.touching}`,
          'takes an out-time equal to the next in-time as an overlap',
        ],
        ['shortGap', `Cue ${at.shortGap}`, 'takes a gap below the minimum for an overlap'],
        ['long', `Cue ${at.long}`, 'flags the longest cue instead of comparing times'],
      ],
    })
  }),
  family('cue-over-the-maximum-duration', (rng) => {
    const { cues, at, next } = layout(rng, ['over', 'exact', 'inToNext', 'short'], (k) => ({
      dur:
        k === 'over'
          ? 7000 + rng.int(2, 20) * 40
          : k === 'exact'
            ? 7000
            : k === 'inToNext'
              ? rng.int(50, 60) * 100
              : rng.int(12, 20) * 40,
      gap: k === 'inToNext' ? rng.int(25, 40) * 100 : rng.int(3, 10) * 40,
    }))
    // A fifth cue closes the list, so the fourth has a next in-time too.
    const all = [...cues, { a: next, b: next + rng.int(15, 40) * 100 }]
    return worked(rng, {
      stem: `The client’s guide allows a subtitle at most 7 seconds on screen (the Netflix limit). Cues: ${cueText(all)}. Which cue breaks that limit?`,
      in: Object.fromEntries(
        all.flatMap((c, i) => [
          [`a${i + 1}`, c.a],
          [`b${i + 1}`, c.b],
        ]),
      ),
      key: `Cue ${at.over}`,
      wrong: [
        ['exact', `Cue ${at.exact}`, 'treats exactly 7 seconds as over the limit'],
        [
          'inToNext',
          `Cue ${at.inToNext}`,
          'measures a cue under 7 s from its in-time to the next cue’s in-time',
        ],
        [
          'short',
          `Cue ${at.short}`,
          'flags the shortest cue, confusing the maximum with the minimum',
        ],
      ],
    })
  }),
  family('cue-under-the-minimum-duration', (rng) => {
    const { cues, at, next } = layout(rng, ['under', 'exact', 'gapAfter', 'longest'], (k) => ({
      dur:
        k === 'under'
          ? rng.int(20, 24) * 40
          : k === 'exact'
            ? 1000
            : k === 'gapAfter'
              ? rng.int(20, 40) * 100
              : rng.int(55, 68) * 100,
      gap: k === 'gapAfter' ? rng.int(2, 10) * 40 : rng.int(12, 20) * 100,
    }))
    const all = [...cues, { a: next, b: next + rng.int(15, 40) * 100 }]
    return worked(rng, {
      stem: `The client’s guide sets a minimum duration of 1 second per subtitle and a maximum of 7 seconds. Cues of ${job(rng)}: ${cueText(all)}. Which cue is too short?`,
      in: Object.fromEntries(
        all.flatMap((c, i) => [
          [`a${i + 1}`, c.a],
          [`b${i + 1}`, c.b],
        ]),
      ),
      key: `Cue ${at.under}`,
      wrong: [
        ['exact', `Cue ${at.exact}`, 'treats exactly 1 second as under the minimum'],
        ['gapAfter', `Cue ${at.gapAfter}`, 'measures the gap after the cue instead of the cue'],
        [
          'longest',
          `Cue ${at.longest}`,
          'flags the longest cue, confusing the minimum with the maximum',
        ],
      ],
    })
  }),
  family('diagnose-progressive-drift', (rng) => {
    return statements(rng, {
      stem: `A client’s subtitles for ${job(rng)} are in sync at the start, about half a second late by the middle and over a second late by the end, growing steadily. What is the likely cause?`,
      ask: 'drift',
      key: rng.pick([
        ['frameRate', 'The file was timed at a different frame rate from this video'],
        ['frameRate', 'Timings made at one frame rate are played against another'],
        ['frameRate', 'A frame-rate mismatch, such as 25 fps timings on 23.976 fps video'],
      ] as const),
      wrong: [
        [
          'offset',
          'The whole file starts from the wrong start timecode offset',
          'blames a constant offset, which would be the same late at every point',
        ],
        [
          'readingSpeed',
          'The subtitles break the reading-speed limit in the later scenes',
          'blames reading speed, which does not move cue times',
        ],
        [
          'encoding',
          'The SRT file was saved with the wrong character encoding',
          'blames the encoding, which garbles characters, not timing',
        ],
        [
          'oneCue',
          'A single cue has an out-time before its in-time',
          'blames one faulty cue, which cannot delay every later cue',
        ],
        [
          'shotChanges',
          'The subtitles were not snapped to the shot changes',
          'blames shot-change snapping, a matter of a few frames per cue',
        ],
      ],
    })
  }),
  family('forced-narrative-scope', (rng) => {
    const lang = rng.pick(['Russian', 'Korean', 'Arabic', 'Portuguese'])
    return statements(rng, {
      stem: `An English-language feature film has scenes in ${lang} that the audience is meant to understand, and a printed English newspaper headline in close-up. The client’s brief says forced narratives translate only what an English-speaking viewer could not otherwise understand. What goes into the English forced narrative file?`,
      ask: 'forced',
      key: rng.pick([
        ['key', `The ${lang} dialogue the audience is meant to understand, and nothing more`],
        ['key', `Only the ${lang} lines the audience should follow, not the English headline`],
        ['key', `A translation of the ${lang} lines; nothing at all for the English headline`],
      ] as const),
      wrong: [
        [
          'all',
          `Every line of dialogue in the film, English and ${lang} alike, as full subtitles`,
          'confuses a forced narrative file with full subtitles',
        ],
        [
          'letter',
          `The ${lang} dialogue plus a transcription of the English headline shown`,
          'subtitles English on-screen text an English viewer can already read',
        ],
        [
          'sdh',
          `The ${lang} dialogue with sound effects and speaker names added in brackets`,
          'adds SDH information to the forced file',
        ],
        [
          'none',
          `Nothing at all, since forced narratives only ever translate on-screen text`,
          'thinks forced narratives never cover foreign dialogue',
        ],
        [
          'englishOnly',
          `Only the English headline, since the ${lang} scenes are part of the story`,
          'subtitles the English text and leaves the foreign dialogue out',
        ],
      ],
    })
  }),
  ...glossaryFamilies('workflow', WORKFLOW_TERMS, 'A vendor’s brief for JOB uses a term for this:'),
]
