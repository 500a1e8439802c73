import { describe, expect, it } from 'vitest'
import {
  ANNEX_I_MANDATORY,
  HOURS_PER_ECTS_CREDIT,
  identityHash,
  MIN_MICROCREDENTIAL_WORKLOAD_HOURS,
  missingAnnexIElements,
} from '../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

type Obj = Record<string, unknown>

function achievementOf(credential: Obj): Obj {
  return (credential.credentialSubject as Obj).achievement as Obj
}

function annexOf(credential: Obj): Obj {
  return (credential.credentialSubject as Obj).euMicroCredential as Obj
}

describe('EU Annex I elements', () => {
  it('are all present on an issued credential, with the values the pass and issuer give', async () => {
    const issuer = await inMemoryIssuer()
    const pass = samplePass()
    const credential = await issuer.issue(pass)
    const annex = annexOf(credential)
    expect(missingAnnexIElements(annex as never)).toEqual([])
    for (const element of ANNEX_I_MANDATORY) expect(annex[element], element).toBeDefined()
    expect(annex).toMatchObject({
      learnerIdentification: identityHash('ada@example.org', 'c2FsdA'),
      title: 'JavaScript',
      issuerCountry: 'DE',
      awardingBody: { id: issuer.did, awardingBodyName: 'SkillSignal' },
      dateOfIssuing: '2026-03-01T10:00:00.000Z',
      learningOutcomes: pass.test.learningOutcomes,
      notionalWorkload: { hours: 20, ectsCredits: 0.67 },
      eqfLevel: 5,
      eqfLevelUri: 'http://data.europa.eu/snb/eqf/5',
      supervisionAndIdentityVerification: 'Unsupervised, online; no identity document was checked.',
      grade: '83% (pass mark 70%)',
    })
    expect(typeof annex.assessmentType).toBe('string')
    expect(typeof annex.formOfParticipation).toBe('string')
    expect(typeof annex.qualityAssurance).toBe('string')
  })

  it('match the OB fields that carry the same facts', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const subject = credential.credentialSubject as Obj
    const achievement = achievementOf(credential)
    expect((subject.identifier as Obj[])[0]).toMatchObject({
      identityHash: identityHash('ada@example.org', 'c2FsdA'),
      hashed: true,
    })
    expect(credential.issuer).toMatchObject({
      id: issuer.did,
      address: { addressCountryCode: 'DE' },
    })
    expect(credential.validUntil).toBe('2028-03-01T10:00:00.000Z')
    expect(achievement.alignment).toEqual([
      expect.objectContaining({
        targetFramework: 'ESCO',
        targetUrl: samplePass().test.skill.escoUri,
      }),
      expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/eqf/5', targetCode: '5' }),
    ])
    expect(achievement.resultDescription).toEqual([
      expect.objectContaining({ resultType: 'Percent', requiredValue: '70' }),
    ])
    expect(subject.result).toEqual([expect.objectContaining({ value: '83' })])
    expect((achievement.criteria as Obj).narrative).toContain('at least 70%')
    expect(credential.evidence).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/\/attempts\/.+\/result$/) }),
    ])
  })
})

describe('per-learner values', () => {
  it('sit on the subject, so two earners share one identical achievement', async () => {
    const issuer = await inMemoryIssuer()
    const first = await issuer.issue(samplePass())
    const second = await issuer.issue({
      ...samplePass(),
      certification: { ...samplePass().certification, scorePercent: 97, proctored: true },
      learner: { id: 'other', email: 'grace@example.org' },
    })
    expect(achievementOf(first)).toEqual(achievementOf(second))
    expect(achievementOf(first)).not.toHaveProperty('euMicroCredential')
    expect(annexOf(first).grade).not.toEqual(annexOf(second).grade)
    expect(annexOf(second).supervisionAndIdentityVerification).toBe(
      'Supervised online with identity verification',
    )
    expect((first.credentialSubject as Obj).creditsEarned).toBe(0.67)
    expect(achievementOf(first)).toMatchObject({
      creditsAvailable: 0.67,
      fieldOfStudy: 'JavaScript',
    })
  })

  it('are defined by an inline context, not a URL only this deployment serves', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const contexts = credential['@context'] as unknown[]
    expect(contexts.slice(0, 2)).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(contexts[2]).toMatchObject({ euMicroCredential: expect.anything() })
    expect(JSON.stringify(contexts)).not.toContain('localhost')
  })
})

describe('achievementType', () => {
  it('pins its defaults: at least 1 hour, 30 hours per ECTS credit', () => {
    expect(MIN_MICROCREDENTIAL_WORKLOAD_HOURS).toBe(1)
    expect(HOURS_PER_ECTS_CREDIT).toBe(30)
  })

  it('is MicroCredential when every mandatory element is there and the workload is 1 hour', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass({ workloadHours: 1 }))
    expect(achievementOf(credential).achievementType).toBe('MicroCredential')
  })

  it.each([
    ['a workload under one hour', { workloadHours: 0.5 }, []],
    ['no EQF level', { eqfLevel: null }, ['eqfLevel']],
    ['no learning outcomes', { learningOutcomes: [] }, ['learningOutcomes']],
    ['no workload at all', { workloadHours: 0 }, ['notionalWorkload']],
  ])('is Assessment with %s', async (_case, overrides, missing) => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass(overrides))
    const achievement = achievementOf(credential)
    expect(achievement.achievementType).toBe('Assessment')
    expect(missingAnnexIElements(annexOf(credential) as never)).toEqual(missing)
  })
})
