import { expect, it } from 'vitest'
import {
  CATALOG,
  catalogTest,
  domainPools,
  isOffered,
  itemFamilies,
  itemModel,
  MAX_SHARED_FAMILY_SHARE,
  NAMED_SKILL_TEST_IDS,
  offeredTests,
  offerTests,
  type PoolCounts,
  readAuthoredBank,
  sharedFamilyShare,
  type TestDefinition,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { reviewStanding } from '../../support/review-standing.js'

const EMPTY_BANK: PoolCounts = new Map()
/** One review reader for the file: it fingerprints each family once (each draws 24 variants). */
const STANDING = reviewStanding()
// The demo bank fills the authored domains of a few tests, whose items then count as families.
const demoItems = readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t])), { demo: true })
  .map((p) => p.item)
  .filter((i) => i.lifecycle === 'operational')
const DEMO_BANK: PoolCounts = (() => {
  const counts = new Map<string, Map<string, number>>()
  for (const item of demoItems) {
    const domains = counts.get(item.testId) ?? new Map<string, number>()
    domains.set(item.domain, (domains.get(item.domain) ?? 0) + 1)
    counts.set(item.testId, domains)
  }
  return counts
})()

/** The larger of the two shares: of `a`'s families that `b` has, and of `b`'s that `a` has. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return Math.max(sharedFamilyShare(a, b), sharedFamilyShare(b, a))
}

function familiesIn(tests: readonly TestDefinition[], withDemoItems: boolean) {
  return new Map(
    tests.map((t) => {
      const authored = withDemoItems ? demoItems.filter((i) => i.testId === t.id) : []
      return [
        t.id,
        itemFamilies(
          t,
          itemModel,
          authored.map((i) => i.id),
        ),
      ]
    }),
  )
}

const poolsSuffice = (test: TestDefinition, counts: PoolCounts) =>
  domainPools(test, counts).every((p) => p.sufficient)

/** A copy of a catalog test under a new id, as a test written later would arrive. */
function copyOf(id: string, newId: string, extra: Partial<TestDefinition> = {}): TestDefinition {
  return { ...catalogTest(id)!, id: newId, title: `${catalogTest(id)!.title} again`, ...extra }
}

describeEngineIndependent('the offering rule over the whole catalog', () => {
  it('leaves no two offered tests sharing more than 30 % of either one’s item families', () => {
    expect(MAX_SHARED_FAMILY_SHARE).toBe(0.3)
    for (const [counts, withDemoItems] of [
      [EMPTY_BANK, false],
      [DEMO_BANK, true],
    ] as const) {
      const offered = offeredTests(CATALOG, counts, STANDING)
      expect(offered.length).toBeGreaterThan(1)
      const families = familiesIn(offered, withDemoItems)
      const over: string[] = []
      for (const [i, a] of offered.entries()) {
        for (const b of offered.slice(i + 1)) {
          const share = overlap(families.get(a.id)!, families.get(b.id)!)
          if (share > MAX_SHARED_FAMILY_SHARE) over.push(`${a.id} ~ ${b.id}: ${share.toFixed(2)}`)
        }
      }
      expect(over).toEqual([])
    }
  })

  it('withdraws a test with full pools only for repeating an offered test it names, or for review', () => {
    const offers = offerTests(CATALOG, EMPTY_BANK, STANDING)
    const offeredIds = new Set(offeredTests(CATALOG, EMPTY_BANK, STANDING).map((t) => t.id))
    const families = familiesIn(CATALOG, false)
    const withdrawn = CATALOG.filter((t) => poolsSuffice(t, EMPTY_BANK) && !offeredIds.has(t.id))
    expect(withdrawn.length).toBeGreaterThan(0)
    for (const test of withdrawn) {
      const offer = offers.get(test.id)!
      if (offer.offered) throw new Error(`${test.id} is listed as offered`)
      // A named-skill test whose families await independent review is withheld for that alone.
      if (offer.awaitingReview) {
        expect(NAMED_SKILL_TEST_IDS).toContain(test.id)
        continue
      }
      // Withdrawing it was necessary: the test it names is offered and shares over 30 %.
      expect(offeredIds.has(offer.repeats!)).toBe(true)
      const share = overlap(families.get(test.id)!, families.get(offer.repeats!)!)
      expect(share).toBeGreaterThan(MAX_SHARED_FAMILY_SHARE)
      expect(offer.reason).toMatch(
        new RegExp(`^Not offered: it (shares|draws on) ${Math.round(share * 100)} % of `),
      )
      expect(offer.reason).toContain(`(${offer.repeats}), which is offered`)
    }
    for (const test of CATALOG.filter((t) => !poolsSuffice(t, EMPTY_BANK))) {
      expect(offers.get(test.id)?.reason).toMatch(/^Not offered: the question bank is short in /)
    }
  })

  it('keeps one of identical tests, the first in catalog order', () => {
    const offers = offerTests(CATALOG, EMPTY_BANK, STANDING)
    // `javascript-modern` and `javascript-debugging` draw on exactly the same models.
    const same = ['javascript-modern', 'javascript-debugging']
    expect(
      new Set(same.map((id) => [...familiesIn([catalogTest(id)!], false).values()][0]!.size)),
    ).toEqual(new Set([6]))
    const alone = offerTests(same.map((id) => catalogTest(id)!).reverse(), EMPTY_BANK, STANDING)
    expect(alone.get('javascript-debugging')?.offered).toBe(true)
    expect([...alone.values()].filter((o) => o.offered)).toHaveLength(1)
    // In the catalog each of them repeats the one test of the cluster that stays.
    const kept = new Set(same.map((id) => (offers.get(id) as { repeats?: string }).repeats))
    expect(kept.size).toBe(1)
  })

  it('prefers a test with a written job-task analysis, then the one with more families', () => {
    const javascript = catalogTest('javascript-modern')!
    const fullStack = catalogTest('full-stack-javascript-sql')!
    // Full-stack JavaScript and SQL draws on JavaScript models and SQL models of its own: the
    // wider pool stays.
    for (const order of [
      [javascript, fullStack],
      [fullStack, javascript],
    ]) {
      const offers = offerTests(order, EMPTY_BANK, STANDING)
      expect(offers.get('full-stack-javascript-sql')?.offered).toBe(true)
      expect(offers.get('javascript-modern')).toMatchObject({
        offered: false,
        repeats: 'full-stack-javascript-sql',
      })
    }
    const analysed = copyOf('javascript-modern', 'javascript-analysed', {
      jobTaskAnalysis: 'What a freelance JavaScript developer is hired to do, task by task.',
    })
    const offers = offerTests([fullStack, analysed], EMPTY_BANK, STANDING)
    expect(offers.get('javascript-analysed')?.offered).toBe(true)
    expect(offers.get('full-stack-javascript-sql')).toMatchObject({
      offered: false,
      repeats: 'javascript-analysed',
    })
    // The larger share is of the kept test's families, and the reason says whose.
    const [fs, js] = [fullStack, analysed].map((t) => [...familiesIn([t], false).values()][0]!)
    const share = Math.round(sharedFamilyShare(js!, fs!) * 100)
    expect(sharedFamilyShare(js!, fs!)).toBeGreaterThan(sharedFamilyShare(fs!, js!))
    expect(offers.get('full-stack-javascript-sql')?.reason).toContain(
      `it draws on ${share} % of the item families of Modern JavaScript (ES2015+) again (javascript-analysed)`,
    )
  })

  it('decides a test added later by the same rule, leaving the others as they were', () => {
    const before = offerTests(CATALOG, EMPTY_BANK, STANDING)
    const keeper = offeredTests(CATALOG, EMPTY_BANK, STANDING).find(
      (t) => t.jobTaskAnalysis === undefined,
    )!
    const later = copyOf(keeper.id, `${keeper.id}-again`)
    const after = offerTests([...CATALOG, later], EMPTY_BANK, STANDING)
    expect(after.get(later.id)).toMatchObject({ offered: false, repeats: keeper.id })
    expect(after.get(later.id)?.reason).toContain(
      `100 % of its item families with ${keeper.title} (${keeper.id}), which is offered`,
    )
    for (const test of CATALOG) expect(after.get(test.id)).toEqual(before.get(test.id))
    expect(isOffered(later, EMPTY_BANK, CATALOG, STANDING)).toBe(false)
    expect(isOffered(keeper, EMPTY_BANK, CATALOG, STANDING)).toBe(true)
  })

  it('counts each operational authored item as a family of its own test', () => {
    const javascript = catalogTest('javascript-modern')!
    // One JavaScript model and a large authored domain: most of its items are its own.
    const closuresAtWork: TestDefinition = {
      ...javascript,
      id: 'closures-at-work',
      title: 'Closures at work',
      blueprint: [
        { id: 'closures', title: 'Closures', weight: 0.2, itemModelIds: ['js-closures'] },
        { id: 'callbacks', title: 'Callbacks in practice', weight: 0.8, itemModelIds: [] },
      ],
    }
    const drawn = domainPools(closuresAtWork, EMPTY_BANK)[1]!.drawn
    const bank = (n: number): PoolCounts =>
      new Map([['closures-at-work', new Map([['callbacks', n]])]])
    const full = offerTests([javascript, closuresAtWork], bank(2 * drawn), STANDING)
    expect(full.get('closures-at-work')?.offered).toBe(true)
    expect(full.get('javascript-modern')?.offered).toBe(true)
    expect(
      offerTests([javascript, closuresAtWork], bank(2 * drawn - 1), STANDING).get(
        'closures-at-work',
      ),
    ).toMatchObject({ offered: false, reason: expect.stringContaining('Callbacks in practice') })
  })
})
