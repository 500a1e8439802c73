import { readFileSync } from 'node:fs'
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context'
import jsonld from 'jsonld'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { expect, it } from 'vitest'
import { europeanLearningModelExport } from '../../../src/credentials/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { inMemoryIssuer, samplePass } from '../support/in-memory-issuer.js'

const fixtures = new URL('../../fixtures/elm/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')

const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap'
const EDC_SHAPES_FULL = 'http://data.europa.eu/snb/model/ap/edc-generic-full'
const EDC_SHAPES_NO_CV = 'http://data.europa.eu/snb/model/ap/edc-generic-no-cv'

/** Serves only the vendored contexts, so the test proves the export needs nothing else. */
async function offlineLoader(url: string) {
  const document =
    url === EDC_CONTEXT
      ? JSON.parse(fixture('edc-ap-context.jsonld'))
      : (credentialContexts as Map<string, unknown>).get(url)
  if (!document) throw new Error(`the export refers to a context the test does not have: ${url}`)
  return { contextUrl: null, documentUrl: url, document }
}

function turtle(name: string) {
  return new Store(new Parser().parse(fixture(name)))
}

async function violationsOf(document: Record<string, unknown>) {
  const nquads = await jsonld.toRDF(document, {
    format: 'application/n-quads',
    safe: true,
    documentLoader: offlineLoader,
  })
  const data = new Store(new Parser({ format: 'application/n-quads' }).parse(nquads))
  const imports: Record<string, string> = {
    [EDC_SHAPES_NO_CV]: 'EDC-generic-no-cv.ttl',
  }
  const validator = new SHACLValidator(turtle('EDC-generic-full.ttl'), {
    importGraph: (iri) => turtle(imports[iri.value] ?? missing(iri.value)),
  })
  const report = await validator.validate(data)
  return report.results.map((result) => ({
    path: result.path?.value,
    focus: result.focusNode?.value,
    message: result.message.map((m) => m.value).join(' '),
    shape: result.sourceShape?.value,
  }))
}

/**
 * What the issuer's eIDAS seal adds when it seals the export: the date it was issued and the
 * issuer's eIDAS legal identifier, read from the seal's certificate.
 */
const ADDED_BY_THE_ESEAL = [
  {
    path: 'https://www.w3.org/2018/credentials#issued',
    shape: `${EDC_SHAPES_NO_CV}/EuropeanDigitalCredential-cred_issued`,
  },
  {
    path: 'https://www.w3.org/2018/credentials#issuer',
    shape: `${EDC_SHAPES_NO_CV}/EuropeanDigitalCredential-cred_issuer`,
  },
]

const eidasIdentifier = {
  id: 'urn:epass:legalIdentifier:1',
  type: 'LegalIdentifier',
  notation: 'DE-123456789',
  spatial: {
    id: 'http://publications.europa.eu/resource/authority/country/DEU',
    type: 'Concept',
    inScheme: {
      id: 'http://publications.europa.eu/resource/authority/country',
      type: 'ConceptScheme',
    },
    prefLabel: { en: 'Germany' },
  },
}

const byPath = <T extends { path?: string | undefined }>(list: readonly T[]) =>
  [...list].sort((a, b) => String(a.path).localeCompare(String(b.path)))

function missing(iri: string): never {
  throw new Error(`the EDC shapes import a graph the test does not have: ${iri}`)
}

describeEngineIndependent('the European Learning Model export', () => {
  it('passes the EDC SHACL shapes except the fields an eSeal adds', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const withPathway = structuredClone(credential)
    const subject = withPathway.credentialSubject as Record<string, Record<string, unknown>>
    subject.euMicroCredential!.stackability = [
      {
        id: 'http://localhost:3000/pathways/full-stack-javascript',
        type: 'Pathway',
        pathwayName: 'Full-stack JavaScript developer',
      },
    ]
    const edc = europeanLearningModelExport(withPathway, {
      fullName: 'Ada Lovelace',
      email: 'ada@example.org',
    })
    expect(edc.credentialSchema).toMatchObject({ id: EDC_SHAPES_FULL })
    expect(edc).toMatchObject({
      credentialSubject: {
        hasClaim: {
          specifiedBy: {
            isPartOf: [
              {
                id: 'http://localhost:3000/pathways/full-stack-javascript',
                type: 'LearningAchievementSpecification',
              },
            ],
          },
        },
      },
    })
    const violations = await violationsOf(edc)
    expect(byPath(violations.map(({ path, shape }) => ({ path, shape })))).toEqual(
      byPath(ADDED_BY_THE_ESEAL),
    )

    // What a sealing service adds (date issued, and the issuer's eIDAS identifier from the seal's
    // certificate) is all the shapes still want.
    const sealed = {
      ...edc,
      issued: '2026-03-01T10:00:00Z',
      issuer: { ...(edc.issuer as Record<string, unknown>), eIDASIdentifier: eidasIdentifier },
    }
    expect(await violationsOf(sealed)).toEqual([])
  }, 60_000)

  it('fails the shapes with a concept from outside its EU vocabulary (the check is not vacuous)', async () => {
    const issuer = await inMemoryIssuer()
    const edc = europeanLearningModelExport(await issuer.issue(samplePass()), {
      fullName: 'Ada Lovelace',
      email: 'ada@example.org',
    })
    const claim = (edc.credentialSubject as Record<string, Record<string, Record<string, unknown>>>)
      .hasClaim!
    const setting = claim.specifiedBy!.learningSetting as Record<string, unknown>
    setting.inScheme = { id: 'http://example.org/settings', type: 'ConceptScheme' }
    const violations = await violationsOf(edc)
    expect(violations).toContainEqual(
      expect.objectContaining({ path: 'http://data.europa.eu/snb/model/elm/learningSetting' }),
    )
  }, 60_000)
})
