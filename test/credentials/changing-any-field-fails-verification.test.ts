import { describe, expect, it } from 'vitest'
import { verifyCredential } from '../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** Every path to a leaf value, so each field of the credential is changed once. */
function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))
  }
  return [path]
}

function changed(value: Json): Json {
  if (typeof value === 'number') return value + 1
  if (typeof value === 'boolean') return !value
  if (typeof value === 'string') {
    // Keep dates parseable and URLs URLs, so the change reaches the signature check.
    return value.replace(/[0-9a-zA-Z](?=[^0-9a-zA-Z]*$)/, (c) =>
      c === '1' ? '2' : c === 'a' ? 'b' : '1',
    )
  }
  return 'changed'
}

function withChange(credential: Json, path: (string | number)[]): Json {
  const copy = structuredClone(credential) as Record<string | number, Json>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  const last = path.at(-1)!
  node[last] = changed(node[last]!)
  return copy
}

describe('tampering', () => {
  it('fails verification whichever field is changed, proof included', async () => {
    const issuer = await inMemoryIssuer()
    const credential = (await issuer.issue(samplePass())) as Json
    const paths = leafPaths(credential)
    expect(paths.length).toBeGreaterThan(60)
    const survivors: string[] = []
    for (const path of paths) {
      const report = await verifyCredential(withChange(credential, path), {
        documentLoader: issuer.loader,
        now: new Date('2026-06-01T00:00:00Z'),
      })
      if (report.verified) survivors.push(path.join('.'))
    }
    expect(survivors).toEqual([])
  })

  it('fails verification when a field is added or removed', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const now = new Date('2026-06-01T00:00:00Z')
    const added = { ...credential, description: 'Also knows Rust' }
    const { evidence: _evidence, ...removed } = credential
    for (const variant of [added, removed]) {
      const report = await verifyCredential(variant, { documentLoader: issuer.loader, now })
      expect(report.verdict).toBe('invalid-proof')
    }
  })
})
