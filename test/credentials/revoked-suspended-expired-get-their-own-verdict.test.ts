import { describe, expect, it } from 'vitest'
import { MAX_CLOCK_SKEW_SECONDS, verifyCredential } from '../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

const during = new Date('2026-06-01T00:00:00Z')

function indexOf(credential: Record<string, unknown>): number {
  const entry = credential.credentialStatus as { statusListIndex: string }
  return Number(entry.statusListIndex)
}

describe('verdicts', () => {
  it('says revoked, not verified, when the revocation bit is set', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('revocation', indexOf(credential), true)
    const report = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: during,
    })
    expect(report.verdict).toBe('revoked')
    expect(report.verified).toBe(false)
    expect(report.errors).toEqual([{ check: 'revocation', outcome: 'failed', message: 'revoked' }])
  })

  it('says suspended while suspended, and verified again once lifted', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('suspension', indexOf(credential), true)
    const suspended = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: during,
    })
    expect(suspended.verdict).toBe('suspended')
    await issuer.setStatus('suspension', indexOf(credential), false)
    const lifted = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: during,
    })
    expect(lifted.verdict).toBe('verified')
  })

  it('says expired after validUntil (beyond the clock skew) and checks the proof all the same', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass({ validityMonths: 1 }))
    const validUntil = new Date(credential.validUntil as string)
    const justInside = new Date(validUntil.getTime() + (MAX_CLOCK_SKEW_SECONDS - 1) * 1000)
    const after = new Date(validUntil.getTime() + (MAX_CLOCK_SKEW_SECONDS + 1) * 1000)
    const inside = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: justInside,
    })
    expect(inside.verdict).toBe('verified')
    const report = await verifyCredential(credential, { documentLoader: issuer.loader, now: after })
    expect(report.verdict).toBe('expired')
    expect(report.checks.find((check) => check.check === 'proof')?.outcome).toBe('passed')
  })

  it('says not-yet-valid before validFrom', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const report = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: new Date('2026-02-01T00:00:00Z'),
    })
    expect(report.verdict).toBe('not-yet-valid')
  })

  it('puts revoked before expired: the more serious verdict wins', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass({ validityMonths: 1 }))
    await issuer.setStatus('revocation', indexOf(credential), true)
    const report = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: new Date('2027-01-01T00:00:00Z'),
    })
    expect(report.verdict).toBe('revoked')
    expect(report.errors.map((check) => check.check)).toEqual(['validity-dates', 'revocation'])
  })

  it('says unknown-issuer-key when another key claims to be the issuer', async () => {
    const issuer = await inMemoryIssuer()
    const other = await inMemoryIssuer()
    const credential = await other.issue(samplePass())
    const forged = { ...credential, issuer: { ...(credential.issuer as object), id: issuer.did } }
    const report = await verifyCredential(forged, { documentLoader: issuer.loader, now: during })
    expect(report.verdict).toBe('unknown-issuer-key')
  })
})

describe('a credential issued with two status entries (before the single message entry)', () => {
  it('still verifies, and its revocation and suspension lists still decide the verdict', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issueWithTwoEntries(samplePass())
    const entries = credential.credentialStatus as { statusPurpose: string }[]
    expect(entries.map((entry) => entry.statusPurpose)).toEqual(['revocation', 'suspension'])
    const verdict = async () =>
      (await verifyCredential(credential, { documentLoader: issuer.loader, now: during })).verdict
    expect(await verdict()).toBe('verified')
    const index = Number((entries[0] as unknown as { statusListIndex: string }).statusListIndex)
    await issuer.setStatus('suspension', index, true)
    expect(await verdict()).toBe('suspended')
    await issuer.setStatus('suspension', index, false)
    await issuer.setStatus('revocation', index, true)
    expect(await verdict()).toBe('revoked')
  })
})

describe('the single message entry', () => {
  it('reads revoked over suspended when both bits are set', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('suspension', indexOf(credential), true)
    await issuer.setStatus('revocation', indexOf(credential), true)
    const report = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: during,
    })
    expect(report.verdict).toBe('revoked')
    expect(report.checks.filter((check) => check.check === 'suspension')).toEqual([
      { check: 'suspension', outcome: 'passed', message: 'not suspended' },
    ])
  })

  it('refuses an entry whose statusMessage does not cover every value of its statusSize', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const entry = credential.credentialStatus as Record<string, unknown>
    const report = await verifyCredential(
      { ...credential, credentialStatus: { ...entry, statusMessage: [] } },
      { documentLoader: issuer.loader, now: during },
    )
    expect(report.verified).toBe(false)
    expect(report.errors.map((check) => check.message)).toContain(
      'a statusSize of 2 needs 4 statusMessage entries',
    )
  })
})
