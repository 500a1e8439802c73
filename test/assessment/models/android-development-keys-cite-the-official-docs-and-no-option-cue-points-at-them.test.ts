import { expect, it } from 'vitest'
import {
  dice,
  isMalformed,
  LETTER_REFERENCE,
  OF_THE_ABOVE,
  onlyNumber,
  readText,
  resemblance,
} from '../../../src/assessment/lint/option-cues.js'
import type { AndroidFamily } from '../../../src/assessment/models/android/android-family.js'
import { ANDROID_FAMILIES } from '../../../src/assessment/models/android/android-models.js'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

// No Kotlin compiler or Android device runs where keys are checked, so a key is only as good as
// the official page it is read from: this test proves every family names one and that the
// options carry no cue a candidate could answer from without knowing Android.

/** The key and each wrong option of a family's (only) frame, with the mistake behind it. */
function options(family: AndroidFamily): { key: string; wrong: Map<string, string> } {
  const parts = parseFrame(resolveWords(family.frames[0]!, (choices) => choices[0]!))
  const wrong = new Map<string, string>()
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.set(render(parts, new Map([[i, j]])), w.mistake)
    })
  })
  return { key: render(parts), wrong }
}

/** The official documentation sites; a blog or Q&A answer is no source for a key. */
const OFFICIAL = /^https:\/\/(?:developer\.android\.com|kotlinlang\.org)\/\S+$/

/** A stem that names the platform, library, Kotlin or Play version its key depends on. */
const NAMES_VERSION =
  /API level \d+|Android \d+(?:\.\d+)?|Kotlin \d+\.\d+|August 20\d\d|Gradle Plugin \d|AndroidX Activity \d/

/** A mistake that is another version's rule: its family's key depends on the version. */
const OLDER_RULE =
  /Android \d|API \d|Kotlin \d|August 20\d\d|earlier versions|before scoped storage/

/** Names whose behaviour or existence depends on the API level. */
const VERSION_GATED =
  /POST_NOTIFICATIONS|FLAG_(?:IM)?MUTABLE|RECEIVER_(?:NOT_)?EXPORTED|READ_MEDIA_|FOREGROUND_SERVICE|foregroundServiceType|ACCESS_BACKGROUND_LOCATION|ACCESS_MEDIA_LOCATION|startForegroundService|Only this time|target API level/

const OPTIONS_PER_ITEM = 4

describeEngineIndependent('every Android development family', () => {
  it('cites an official Android or Kotlin page and asks one question', () => {
    expect(ANDROID_FAMILIES.length).toBeGreaterThanOrEqual(95)
    const ids = ANDROID_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    const stems = ANDROID_FAMILIES.map((f) => f.stem)
    expect(new Set(stems).size).toBe(stems.length)
    for (const family of ANDROID_FAMILIES) {
      expect(family.source, family.id).toMatch(OFFICIAL)
      expect(family.stem, family.id).toMatch(/\?$/)
      expect(family.stem, family.id).not.toMatch(/[⟨⟩⟦⟧]/)
      expect(family.frames, family.id).toHaveLength(1)
    }
  })

  it('has three named distractors, each a distinct, well-formed whole answer', () => {
    for (const family of ANDROID_FAMILIES) {
      const { key, wrong } = options(family)
      expect(wrong.size, family.id).toBe(OPTIONS_PER_ITEM - 1)
      const shown = [key, ...wrong.keys()].map(readText)
      expect(new Set(shown).size, family.id).toBe(OPTIONS_PER_ITEM)
      for (const text of shown) {
        expect(isMalformed(text), `${family.id}: ${text}`).toBe(false)
        expect(text, family.id).not.toMatch(OF_THE_ABOVE)
        expect(text, family.id).not.toMatch(LETTER_REFERENCE)
      }
      for (const [option, mistake] of wrong) {
        expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
        // A distractor made by a small edit of the key makes the key the option most like the rest;
        // numbers ("15 minutes", "5 minutes") differ in their figure, which the cue rules read.
        const numeric = [key, option].every((o) => onlyNumber(readText(o)) !== undefined)
        if (!numeric) {
          expect(dice(readText(key), readText(option)), `${family.id}: ${option}`).toBeLessThan(0.9)
        }
      }
    }
  })

  it('names the version in every stem whose key changed between versions', () => {
    for (const family of ANDROID_FAMILIES) {
      const { key, wrong } = options(family)
      const text = [family.stem, key, ...wrong.keys()].join(' ')
      const dependsOnVersion =
        VERSION_GATED.test(text) ||
        family.source.includes('/about/versions/') ||
        [...wrong.values()].some((mistake) => OLDER_RULE.test(mistake))
      if (dependsOnVersion) expect(family.stem, family.id).toMatch(NAMES_VERSION)
    }
  })

  it('makes the key the longest or the most typical option no more often than chance', () => {
    let longest = 0
    let mostSimilar = 0
    for (const family of ANDROID_FAMILIES) {
      const { key, wrong } = options(family)
      const texts = [key, ...wrong.keys()].map(readText)
      const lengths = texts.map((t) => t.length)
      if (lengths.filter((l) => l >= lengths[0]!).length === 1) longest++
      const similar = resemblance(texts)
      if (similar.filter((s) => s >= similar[0]!).length === 1) mostSimilar++
    }
    const chance = ANDROID_FAMILIES.length / OPTIONS_PER_ITEM
    expect(longest).toBeLessThanOrEqual(chance)
    expect(mostSimilar).toBeLessThanOrEqual(chance)
  })

  it('gives nothing away to a guesser who crosses out the longest and the most typical option', () => {
    // Keys kept just short of the longest distractor, and never the most typical, are a cue in
    // reverse: crossing out those two options and guessing among the rest once scored 44 %.
    let expected = 0
    for (const family of ANDROID_FAMILIES) {
      const { key, wrong } = options(family)
      const texts = [key, ...wrong.keys()].map(readText)
      const lengths = texts.map((t) => t.length)
      const similar = resemblance(texts)
      const kept = texts.map(
        (_, i) => lengths[i]! < Math.max(...lengths) && similar[i]! < Math.max(...similar),
      )
      const left = kept.filter(Boolean).length
      expected += left === 0 ? 1 / OPTIONS_PER_ITEM : kept[0] ? 1 / left : 0
    }
    expect(expected / ANDROID_FAMILIES.length).toBeLessThanOrEqual(0.375)
  })
})
