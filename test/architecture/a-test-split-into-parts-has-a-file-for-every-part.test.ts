import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { EDITING_KEY_PARTS } from '../support/editing-key-checks.js'
import { GUESSING_PARTS } from '../support/guessing-shard.js'

const TEST_FILES = readdirSync('test', { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.test\.tsx?$/.test(f),
)

/** Files named `…-part-K-of-N.test.ts`, by the name they share. */
function splitFiles(): Map<string, { parts: number; seen: number[] }> {
  const out = new Map<string, { parts: number; seen: number[] }>()
  for (const file of TEST_FILES) {
    const m = /^(.*)-part-(\d+)-of-(\d+)\.test\.tsx?$/.exec(file)
    if (!m) continue
    const entry = out.get(m[1]!) ?? { parts: Number(m[3]), seen: [] }
    expect(Number(m[3]), `${file} names another part count`).toBe(entry.parts)
    entry.seen.push(Number(m[2]))
    out.set(m[1]!, entry)
  }
  return out
}

it('has a file for every part of a split test, so no part of what it reads goes unread', () => {
  // A part count raised without its file would leave the ids that fall in that part unchecked.
  const split = splitFiles()
  expect(split.get(join('assessment/forms/offered-tests-resist-test-wise-guessing'))?.parts).toBe(
    GUESSING_PARTS,
  )
  expect(
    split.get(
      join(
        'assessment/models/editing-item-keys-are-standard-forms-and-distractors-their-named-errors',
      ),
    )?.parts,
  ).toBe(EDITING_KEY_PARTS)
  for (const [name, { parts, seen }] of split) {
    expect(
      seen.sort((a, b) => a - b),
      name,
    ).toEqual(Array.from({ length: parts }, (_, k) => k + 1))
  }
})
