import { describe, expect, it } from 'vitest'
import {
  europeanLearningModelExport,
  linkedInAddToProfileUrl,
} from '../../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from '../support/in-memory-issuer.js'

describe('the European Learning Model export', () => {
  it('is an unsigned EDC with the Annex I elements where the EU sample puts them', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const edc = europeanLearningModelExport(credential, {
      fullName: 'Ada Lovelace',
      email: 'ada@example.org',
    })
    expect(edc.proof).toBeUndefined()
    const again = europeanLearningModelExport(credential, {
      fullName: 'Ada Lovelace',
      email: 'ada@example.org',
    })
    expect(again.id).toBe(edc.id)
    expect(edc.id).toMatch(
      /^urn:credential:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(edc['@context']).toEqual([
      'https://www.w3.org/2018/credentials/v1',
      'http://data.europa.eu/snb/model/context/edc-ap',
    ])
    expect(edc.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential'])
    expect(edc).toMatchObject({
      displayParameter: {
        title: { en: 'JavaScript' },
        individualDisplay: {
          displayDetail: {
            page: 1,
            image: { contentType: { prefLabel: { en: 'PNG' } }, content: expect.any(String) },
          },
        },
      },
      issuer: {
        legalName: { en: 'SkillSignal' },
        location: {
          address: {
            countryCode: { id: 'http://publications.europa.eu/resource/authority/country/DEU' },
          },
        },
      },
      credentialSubject: {
        fullName: { en: 'Ada Lovelace' },
        hasClaim: {
          title: { en: 'JavaScript' },
          specifiedBy: {
            eqfLevel: { id: 'http://data.europa.eu/snb/eqf/5' },
            volumeOfLearning: 'PT20H',
            creditPoint: { point: '0.67' },
            learningOutcome: [
              { title: { en: 'Explain closures and scope' } },
              { title: { en: 'Use promises and async functions' } },
            ],
            mode: { id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe' },
            learningSetting: { prefLabel: { en: 'non-formal learning' } },
            additionalNote: {
              subject: { prefLabel: { en: 'Type of quality assurance' } },
              noteLiteral: { en: expect.stringContaining('Internal quality assurance') },
            },
          },
          provenBy: {
            grade: { noteLiteral: { en: '83% (pass mark 70%)' } },
            idVerification: { prefLabel: { en: 'Unsupervised without ID Verification' } },
            awardedBy: { id: 'urn:epass:awardingProcess:1' },
          },
        },
      },
    })
  })
})

describe('the LinkedIn link', () => {
  it('adds a certification with the credential page as its URL', () => {
    const url = new URL(
      linkedInAddToProfileUrl({
        name: 'JavaScript',
        organizationName: 'SkillSignal',
        issuedAt: new Date('2026-03-01T10:00:00Z'),
        expiresAt: new Date('2028-03-01T10:00:00Z'),
        certUrl: 'http://localhost:3000/credentials/abc/page',
        certId: 'abc',
      }),
    )
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'JavaScript',
      organizationName: 'SkillSignal',
      issueYear: '2026',
      issueMonth: '3',
      expirationYear: '2028',
      expirationMonth: '3',
      certUrl: 'http://localhost:3000/credentials/abc/page',
      certId: 'abc',
    })
  })
})
