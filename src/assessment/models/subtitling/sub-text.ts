import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A subtitling scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) that produced it, so the key test can work each answer out again
 * with its own timecode arithmetic. `rule` names, for answers that are statements, the entry of
 * a documented rule table each answer stands for, so the key test can check the key against
 * its own copy of the cited table.
 */
export interface SubScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number | string>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly rule?: {
    readonly ask: string
    readonly answers: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => SubScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip = readonly [slip: string, text: string, mistake: string]

/** Programmes a freelance subtitler or captioner works on. */
const JOBS = [
  'a streaming documentary',
  'a crime drama episode',
  'a cookery series',
  'a corporate training video',
  'a festival short film',
  'a children’s animation',
  'a conference keynote recording',
  'a reality show episode',
  'a nature documentary',
  'a feature film trailer',
] as const
export const job = (rng: Rng): string => rng.pick(JOBS)

/**
 * Answers worked out as text (a timecode, a cue number, a count): each is tagged with the slip
 * that gives it; a slip that shows as the key or an earlier slip is dropped, and fewer than
 * three left is a refused draw. All the rest are offered for the model to pick three.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number | string>
    key: string
    wrong: readonly Slip[]
  },
): SubScenario {
  const slips: Record<string, string> = { [spec.key]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, text, mistake] of spec.wrong) {
    if (text in slips || text.includes('NaN')) continue
    slips[text] = slip
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  const shown = rng.shuffle(wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: shown,
    calc: {
      in: spec.in,
      slips: Object.fromEntries([spec.key, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
    },
  }
}

/**
 * An item whose answers are statements tagged with the rule-table entry each stands for: the
 * key one of its true wordings, the wrong ones every other entry's wording with its mistake.
 */
export function statements(
  rng: Rng,
  spec: {
    stem: string
    ask: string
    key: readonly [entry: string, text: string]
    wrong: readonly (readonly [entry: string, text: string, mistake: string])[]
  },
): SubScenario {
  const answers: Record<string, string> = { [spec.key[1]]: spec.key[0] }
  const wrong: Wrong[] = []
  for (const [entry, text, mistake] of spec.wrong) {
    if (text in answers) continue
    answers[text] = entry
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key[1],
    wrong: rng.shuffle(wrong),
    rule: { ask: spec.ask, answers },
  }
}

// ---- Timecode arithmetic on whole frame counts (the key test checks it in milliseconds and by
// walking drop-frame labels one by one).

const two = (n: number): string => String(n).padStart(2, '0')
const three = (n: number): string => String(n).padStart(3, '0')

/** A non-drop-frame label `HH:MM:SS:FF` of frame `n` counted at `base` frames a label-second. */
export function ndfLabel(n: number, base: number): string {
  const ff = n % base
  const s = Math.floor(n / base)
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}:${two(ff)}`
}
/** The frame count a non-drop label stands for at `base` frames a label-second. */
export const ndfFrames = (h: number, m: number, s: number, f: number, base: number): number =>
  ((h * 60 + m) * 60 + s) * base + f

/**
 * SMPTE ST 12-1 drop-frame at 29.97 fps: labels ;00 and ;01 are skipped at the start of every
 * minute except minutes divisible by ten (`drop` = 2; 59.94 fps drops 4 at base 60).
 */
export function dfLabel(n: number, drop = 2, base = 30): string {
  const perTen = base * 600 - drop * 9
  const perMin = base * 60 - drop
  const tens = Math.floor(n / perTen)
  const rem = n % perTen
  const extra = rem < drop ? 0 : drop * Math.floor((rem - drop) / perMin)
  const label = n + drop * 9 * tens + extra
  const ff = label % base
  const s = Math.floor(label / base)
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)};${two(ff)}`
}
/** The frame count of a drop-frame label at 29.97 fps. */
export function dfFrames(h: number, m: number, s: number, f: number, drop = 2, base = 30): number {
  const minutes = h * 60 + m
  return ndfFrames(h, m, s, f, base) - drop * (minutes - Math.floor(minutes / 10))
}

/** Milliseconds as an SRT time `HH:MM:SS,mmm` (or WebVTT's with `.`). */
export function clock(ms: number, sep = ','): string {
  const t = Math.round(ms)
  const s = Math.floor(t / 1000)
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${sep}${three(t % 1000)}`
}
