import type { Rng } from '../../rng.js'

export { type ApScenario as VideoScenario, family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Video-editing scenarios for a freelance editor. Every family's draw returns `figures` (frame
 * counts, rates and sizes as whole numbers) so the key test can work the key and every named
 * mistake again with its own timecode converter and BigInt arithmetic. Decimals are rounded half
 * away from zero to the places each stem states.
 */

/** `num ÷ den` rounded half away from zero to `dp` places, grouped in thousands: exact in BigInt. */
export function dec(num: number, den: number, dp = 2): string {
  const scale = 10n ** BigInt(dp)
  let [n, d] = [BigInt(num) * scale, BigInt(den)]
  if (d < 0n) [n, d] = [-n, -d]
  const neg = n < 0n
  const a = neg ? -n : n
  const r = (2n * a + d) / (2n * d)
  const whole = (r / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const frac = dp > 0 ? `.${(r % scale).toString().padStart(dp, '0')}` : ''
  return `${neg && r !== 0n ? '-' : ''}${whole}${frac}`
}

/** A whole count grouped in thousands: 12,345. */
export const count = (n: number): string => dec(n, 1, 0)

/** `a ÷ b` rounded up to the whole number, both positive. */
export const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b)

const pad = (n: number): string => String(n).padStart(2, '0')

/** Non-drop timecode `HH:MM:SS:FF` of a frame count at a whole frame rate; negatives refused. */
export function tc(frames: number, fps: number): string {
  const f = Math.max(0, frames)
  const secs = Math.floor(f / fps)
  return `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}:${pad(f % fps)}`
}

/** The frame count a non-drop timecode names at a whole frame rate. */
export const frames = (h: number, m: number, s: number, f: number, fps: number): number =>
  ((h * 60 + m) * 60 + s) * fps + f

/**
 * Drop-frame timecode (`;` before the frames) of a frame count at 29.97 (`nominal` 30, two labels
 * dropped) or 59.94 (`nominal` 60, four dropped): the first labels of every minute are skipped
 * except minutes divisible by ten.
 */
export function dfTc(count: number, nominal = 30): string {
  const drop = nominal / 15
  const perTen = nominal * 600 - 9 * drop
  const perMin = nominal * 60 - drop
  const tens = Math.floor(count / perTen)
  const rest = count % perTen
  const skipped = 9 * drop * tens + (rest < drop ? 0 : drop * Math.floor((rest - drop) / perMin))
  const label = count + skipped
  const secs = Math.floor(label / nominal)
  return `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)};${pad(label % nominal)}`
}

/** The frame count a drop-frame label names. */
export function dfFrames(h: number, m: number, s: number, f: number, nominal = 30): number {
  const mins = h * 60 + m
  return (mins * 60 + s) * nominal + f - (nominal / 15) * (mins - Math.floor(mins / 10))
}

/** A drawn non-drop timecode's fields, hours 0 to `maxH`. */
export function drawTc(rng: Rng, fps: number, maxH = 1): [number, number, number, number] {
  return [rng.int(0, maxH), rng.int(0, 59), rng.int(0, 59), rng.int(0, fps - 1)]
}

/** The clients a freelance editor cuts for; invented. */
const CLIENTS = [
  'a wedding videographer',
  'a documentary producer',
  'a YouTube channel',
  'a corporate comms team',
  'an indie band',
  'a local TV station',
  'a charity',
  'an ad agency',
  'a fitness brand',
  'a short-film director',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** A real number rounded half away from zero to `dp` places, grouped in thousands. */
export function fix(x: number, dp = 2): string {
  const scale = 10 ** dp
  const r = Math.sign(x) * Math.round(Math.abs(x) * scale)
  return dec(r, scale, dp)
}
