import { describe, expect, it } from 'vitest'
import { domainQuotas } from '../../../src/assessment/attempts/domain-quotas.js'
import { CATALOG, searchCatalog, startability } from '../../../src/assessment/index.js'

const authoredOnly = CATALOG.find((t) => t.blueprint.some((d) => d.itemModelIds.length === 0))!
const modelServed = CATALOG.find((t) => t.blueprint.every((d) => d.itemModelIds.length > 0))!

describe('startability of a catalog test', () => {
  it('is open when every domain has an item model, whatever the authored pool', () => {
    expect(startability(modelServed, new Map())).toEqual({ startable: true, reason: null })
  })

  it('is closed, naming the short domain in words, when an authored domain is empty', () => {
    const result = startability(authoredOnly, new Map())
    expect(result.startable).toBe(false)
    const short = authoredOnly.blueprint.find((d) => d.itemModelIds.length === 0)!
    const need = domainQuotas(authoredOnly.blueprint, authoredOnly.form.scoredItems).get(short.id)
    expect(result.reason).toContain(`${short.title} has 0 of the ${need} questions a form needs`)
    expect(result.reason).not.toMatch(/cannot fill|domain [a-z-]+:/)
  })

  it('opens exactly when each authored domain holds its share of a form', () => {
    const quotas = domainQuotas(authoredOnly.blueprint, authoredOnly.form.scoredItems)
    const full = new Map(authoredOnly.blueprint.map((d) => [d.id, quotas.get(d.id)!]))
    expect(startability(authoredOnly, new Map([[authoredOnly.id, full]])).startable).toBe(true)
    const short = authoredOnly.blueprint.find((d) => d.itemModelIds.length === 0)!
    const oneShort = new Map(full).set(short.id, quotas.get(short.id)! - 1)
    expect(startability(authoredOnly, new Map([[authoredOnly.id, oneShort]])).startable).toBe(false)
  })

  it('comes with every test of a catalog page', () => {
    const page = searchCatalog(CATALOG, new Map(), { limit: 400, offset: 0 })
    const closed = page.tests.filter((t) => !t.start.startable)
    expect(closed.length).toBeGreaterThan(0)
    expect(closed.length).toBeLessThan(page.tests.length)
    for (const t of closed) expect(t.offered).toBe(false)
  })
})
