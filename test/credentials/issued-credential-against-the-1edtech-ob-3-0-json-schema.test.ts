import { readFileSync } from 'node:fs'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

/**
 * 1EdTech's JSON schema of the OB 3.0 AchievementCredential (VC 2.0 edition, `validFrom`
 * required), as published at
 * https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json
 * and kept in github.com/1EdTech/openbadges-specification, branch gh-pages,
 * docs/schema/achievementcredential.json (commit c73e9663afcdbe009a224f7be061ac895168a5b8).
 */
const schema = JSON.parse(
  readFileSync(
    new URL('./fixtures/ob-v3p0-achievementcredential-schema.json', import.meta.url),
    'utf8',
  ),
)

function validator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true })
  addFormats.default(ajv)
  return ajv.compile(schema)
}

describe('an issued OpenBadgeCredential against the 1EdTech OB 3.0 JSON schema', () => {
  it('is valid: one message status entry carries both revocation and suspension', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const validate = validator()
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true)
    expect(credential.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'message',
      statusSize: 2,
    })
  })

  it('still rejects the two-entry form credentials were issued in before', async () => {
    const issuer = await inMemoryIssuer()
    const legacy = await issuer.issueWithTwoEntries(samplePass())
    const validate = validator()
    expect(validate(legacy)).toBe(false)
    const paths = new Set((validate.errors ?? []).map((error) => error.instancePath))
    expect([...paths]).toEqual(['/credentialStatus'])
  })

  it('catches what the schema forbids, so the check is not vacuous', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const validate = validator()
    const subject = credential.credentialSubject as Record<string, unknown>
    const broken = {
      ...credential,
      credentialSubject: { ...subject, identifier: [{ type: 'IdentityObject' }] },
    }
    expect(validate(broken)).toBe(false)
    expect(validate.errors?.[0]?.instancePath).toMatch(/^\/credentialSubject\/identifier/)
  })
})
