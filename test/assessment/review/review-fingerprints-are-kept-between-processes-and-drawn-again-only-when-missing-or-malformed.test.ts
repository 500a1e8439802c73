import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type FamilySource,
  familyFingerprint,
  storedFamilyReviewStanding,
} from '../../../src/assessment/index.js'

/** A scenario family that counts its draws, so a test sees whether the store spared them. */
function countingFamily(id: string): { family: FamilySource; draws: () => number } {
  let draws = 0
  return {
    family: {
      id,
      draw: (rng) => {
        draws += 1
        return { stem: `${id} ${rng.int(1, 1000)}`, key: 'a', wrong: [['b', 'misreads']] }
      },
    },
    draws: () => draws,
  }
}

describe('the review fingerprint store', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skillsignal-fingerprints-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const storedFiles = async () =>
    (await readdir(dir)).filter((name) => name.startsWith('family-fingerprints-'))

  it('keeps what one process drew, so the next reads it back without drawing', async () => {
    const first = countingFamily('invoice-total')
    const sources = new Map([['bk-sums/invoice-total', first.family]])
    const drawnOnce = new Map<FamilySource, string>()
    await storedFamilyReviewStanding(dir, { sources, reviews: new Map(), fingerprints: drawnOnce })
    const drawsAfterFirst = first.draws()
    expect(drawsAfterFirst).toBeGreaterThan(0)
    expect(drawnOnce.get(first.family)).toBe(familyFingerprint(first.family))
    const files = await storedFiles()
    expect(files).toHaveLength(1)
    expect(JSON.parse(await readFile(join(dir, files[0]!), 'utf8'))).toEqual({
      'bk-sums/invoice-total': familyFingerprint(first.family),
    })

    // A second process: a fresh map, the same code.
    const readBack = new Map<FamilySource, string>()
    const drawsBefore = first.draws()
    await storedFamilyReviewStanding(dir, { sources, reviews: new Map(), fingerprints: readBack })
    expect(first.draws()).toBe(drawsBefore)
    expect(readBack.get(first.family)).toBe(familyFingerprint(first.family))
  })

  it('draws again a family whose stored fingerprint is malformed, and rewrites the file', async () => {
    const family = countingFamily('vat-rate')
    const sources = new Map([['bk-vat/vat-rate', family.family]])
    await storedFamilyReviewStanding(dir, { sources, reviews: new Map() })
    const [file] = await storedFiles()
    await writeFile(join(dir, file!), JSON.stringify({ 'bk-vat/vat-rate': 'not a fingerprint' }))
    const before = family.draws()

    const fingerprints = new Map<FamilySource, string>()
    await storedFamilyReviewStanding(dir, { sources, reviews: new Map(), fingerprints })
    expect(family.draws()).toBeGreaterThan(before)
    expect(JSON.parse(await readFile(join(dir, file!), 'utf8'))).toEqual({
      'bk-vat/vat-rate': fingerprints.get(family.family),
    })
  })

  it('ignores a file that is not a JSON object, and keeps only the newest four stores', async () => {
    // Stores of other code, oldest first: the compiled server and the sources hash differently
    // and share a store, so a few are kept; the oldest go.
    const others = ['0a', '1b', '2c', '3d', '4e'].map((h) => `family-fingerprints-${h}.json`)
    for (const [age, name] of others.entries()) {
      await writeFile(join(dir, name), '{"a":')
      const when = new Date(Date.now() - (others.length - age) * 60_000)
      await utimes(join(dir, name), when, when)
    }
    const family = countingFamily('payslip')
    const sources = new Map([['pay-net/payslip', family.family]])
    const fingerprints = new Map<FamilySource, string>()
    await storedFamilyReviewStanding(dir, { sources, reviews: new Map(), fingerprints })
    expect(fingerprints.get(family.family)).toBe(familyFingerprint(family.family))
    const files = await storedFiles()
    expect(files).toHaveLength(4)
    expect(files).toEqual(expect.arrayContaining(others.slice(2)))
    expect(files.filter((f) => !others.includes(f))).toHaveLength(1)
  })

  it('still answers when the store cannot be written, and says why', async () => {
    const blocker = join(dir, 'a-file')
    await writeFile(blocker, '')
    const family = countingFamily('mileage')
    const problems: unknown[] = []
    const standing = await storedFamilyReviewStanding(join(blocker, 'cache'), {
      sources: new Map([['exp-claims/mileage', family.family]]),
      reviews: new Map(),
      onStoreError: (error) => problems.push(error),
    })
    expect(typeof standing).toBe('function')
    expect(problems).toHaveLength(1)
    expect(String(problems[0])).toMatch(/ENOTDIR|EEXIST/)
  })
})
