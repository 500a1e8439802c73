import { describe, expect, it } from 'vitest'
import { dice, onlyNumber, resemblance } from '../../../src/assessment/lint/option-cues.js'
import { createRng } from '../../../src/assessment/rng.js'

/** Dice written the plain way, as a second implementation: a map of two-code-unit strings. */
function plainDice(a: string, b: string): number {
  const grams = new Map<string, number>()
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2)
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2)
    if ((grams.get(g) ?? 0) > 0) {
      shared++
      grams.set(g, grams.get(g)! - 1)
    }
  }
  return (2 * shared) / (Math.max(1, a.length - 1) + Math.max(1, b.length - 1))
}

const ALPHABET = ['a', 'b', 'ab', ' ', '1', '2', '.', '€', 'é', 'ж', '語', '😀', '\uffff', '\u0000']

function randomText(rng: ReturnType<typeof createRng>): string {
  return Array.from({ length: rng.int(0, 12) }, () => rng.pick(ALPHABET)).join('')
}

describe('option resemblance', () => {
  it('counts shared bigrams, repeats and astral characters included, as a plain bigram map does', () => {
    const rng = createRng(41)
    for (let n = 0; n < 5000; n++) {
      const a = randomText(rng)
      const b = randomText(rng)
      expect(dice(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(plainDice(a, b))
      expect(dice(a, b)).toBe(dice(b, a))
    }
    expect(dice('', '')).toBe(0)
    expect(dice('x', 'x')).toBe(0)
    expect(dice('night', 'nacht')).toBe(0.25)
    expect(dice('aaaa', 'aa')).toBe(0.5)
  })

  it('sums each option’s likeness to the others in text and size, the same to the last bit', () => {
    const rng = createRng(42)
    for (let n = 0; n < 2000; n++) {
      const texts = Array.from({ length: rng.int(2, 6) }, () =>
        rng.int(0, 1) === 0 ? randomText(rng) : String(rng.int(-500, 500) / 4),
      )
      // How an option reads as a number is the cue module's own; the sums are what is checked.
      const numbers = texts.map(onlyNumber)
      const numeric = numbers.every((v) => v !== undefined)
      const expected = texts.map((t, i) =>
        texts.reduce((sum, other, j) => {
          if (i === j) return sum
          const size = numeric
            ? 1 -
              Math.abs(numbers[i]! - numbers[j]!) /
                (Math.abs(numbers[i]!) + Math.abs(numbers[j]!) + 1e-9)
            : 0
          return sum + plainDice(t, other) + size
        }, 0),
      )
      expect(resemblance(texts)).toEqual(expected)
    }
  })
})
