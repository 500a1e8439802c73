import { createHash } from 'node:crypto'
import { countryConcept } from './eu-countries.js'

const ELM_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap'
const VC_V1 = 'https://www.w3.org/2018/credentials/v1'
/** The EDC "Generic" credential profile the EU's own micro-credential sample uses. */
const GENERIC_PROFILE = 'http://data.europa.eu/snb/credential/e34929035b'
const UNSUPERVISED_NO_ID = 'http://data.europa.eu/snb/supervision-verification/c598449d64'
const ONLINE_MODE = 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe'
const ECTS = 'http://data.europa.eu/snb/education-credit/6fcec5c5af'

type Obj = Record<string, unknown>

/**
 * An unsigned European Learning Model (EDC) credential carrying the same achievement, for an
 * issuer that seals EDCs with an eIDAS seal; shaped like the European Commission's own
 * micro-credential sample (Annex I elements where the EU encodes them).
 *
 * @example const edc = europeanLearningModelExport(openBadge, { fullName: 'Ada L.', email: 'ada@example.org' })
 */
export function europeanLearningModelExport(
  openBadge: Obj,
  learner: { readonly fullName: string; readonly email: string },
): Obj {
  const issuer = openBadge.issuer as Obj
  const subject = openBadge.credentialSubject as Obj
  const achievement = subject.achievement as Obj
  // Credentials issued before the Annex I record moved to the subject carry it on the achievement.
  const annex = (subject.euMicroCredential ?? achievement.euMicroCredential ?? {}) as Obj
  const workload = annex.notionalWorkload as { hours: number; ectsCredits: number } | undefined
  const country = countryConcept(
    String((issuer.address as Obj | undefined)?.addressCountryCode ?? ''),
  )
  const organisation = {
    id: 'urn:epass:org:1',
    type: 'Organisation',
    legalName: { en: String(issuer.name) },
    homepage: {
      id: 'urn:epass:webResource:1',
      type: 'WebResource',
      contentURL: String(issuer.url),
    },
    location: {
      id: 'urn:epass:location:1',
      type: 'Location',
      address: { id: 'urn:epass:address:1', type: 'Address', countryCode: country },
    },
  }
  const eqf = typeof annex.eqfLevel === 'number' ? annex.eqfLevel : undefined
  return {
    '@context': [VC_V1, ELM_CONTEXT],
    id: stableExportId(String(openBadge.id)),
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: concept(
      GENERIC_PROFILE,
      'Generic',
      'http://data.europa.eu/snb/credential/25831c2',
    ),
    credentialSchema: {
      id: 'http://data.europa.eu/snb/model/ap/edc-generic-full',
      type: 'ShaclValidator2017',
    },
    issuer: organisation,
    validFrom: openBadge.validFrom,
    ...(openBadge.validUntil ? { expirationDate: openBadge.validUntil } : {}),
    credentialSubject: {
      id: 'urn:epass:person:1',
      type: 'Person',
      fullName: { en: learner.fullName },
      contactPoint: {
        id: 'urn:epass:contactPoint:1',
        type: 'ContactPoint',
        emailAddress: { id: `mailto:${learner.email}`, type: 'Mailbox' },
      },
      hasClaim: {
        id: 'urn:epass:learningAchievement:1',
        type: 'LearningAchievement',
        title: { en: String(achievement.name) },
        awardedBy: {
          id: 'urn:epass:awardingProcess:1',
          type: 'AwardingProcess',
          awardingBody: organisation,
          awardingDate: annex.dateOfIssuing ?? openBadge.validFrom,
        },
        specifiedBy: {
          id: 'urn:epass:learningAchievementSpec:1',
          type: 'LearningAchievementSpecification',
          title: { en: String(achievement.name) },
          ...(eqf
            ? {
                eqfLevel: concept(
                  `http://data.europa.eu/snb/eqf/${eqf}`,
                  `Level ${eqf}`,
                  'http://data.europa.eu/snb/eqf/25831c2',
                ),
              }
            : {}),
          ...(workload
            ? {
                volumeOfLearning: `PT${workload.hours}H`,
                creditPoint: {
                  id: 'urn:epass:creditPoint:1',
                  type: 'CreditPoint',
                  framework: concept(
                    ECTS,
                    'European Credit Transfer System',
                    'http://data.europa.eu/snb/education-credit/25831c2',
                  ),
                  point: String(workload.ectsCredits),
                },
              }
            : {}),
          learningOutcome: ((annex.learningOutcomes ?? []) as string[]).map((outcome, index) => ({
            id: `urn:epass:learningOutcome:${index + 1}`,
            type: 'LearningOutcome',
            title: { en: outcome },
          })),
          ...(annex.prerequisites
            ? { entryRequirement: note(3, String(annex.prerequisites)) }
            : {}),
        },
        provenBy: {
          id: 'urn:epass:learningAssessment:1',
          type: 'LearningAssessment',
          title: { en: String(annex.assessmentType ?? 'Assessment') },
          grade: note(2, String(annex.grade ?? '')),
          idVerification: concept(
            UNSUPERVISED_NO_ID,
            'Unsupervised without ID Verification',
            'http://data.europa.eu/snb/supervision-verification/25831c2',
          ),
          specifiedBy: {
            id: 'urn:epass:learningAssessmentSpec:1',
            type: 'LearningAssessmentSpecification',
            title: { en: String(annex.assessmentType ?? 'Assessment') },
            mode: concept(
              ONLINE_MODE,
              'Online',
              'http://data.europa.eu/snb/learning-assessment/25831c2',
            ),
          },
        },
        additionalNote: [
          note(4, `Quality assurance: ${String(annex.qualityAssurance ?? '')}`),
          note(5, `Form of participation: ${String(annex.formOfParticipation ?? '')}`),
        ],
        supplementaryDocument: {
          id: 'urn:epass:webResource:2',
          type: 'WebResource',
          contentURL: String(openBadge.id),
        },
      },
    },
  }
}

function concept(id: string, label: string, scheme: string): Obj {
  return {
    id,
    type: 'Concept',
    inScheme: { id: scheme, type: 'ConceptScheme' },
    prefLabel: { en: label },
  }
}

function note(n: number, text: string): Obj {
  return { id: `urn:epass:note:${n}`, type: 'Note', noteLiteral: { en: text } }
}

/**
 * The export's id, the same every time the same credential is exported (a name-based UUID of the
 * credential's id), so an issuer that seals it twice or a register that receives it twice sees
 * one credential.
 */
function stableExportId(credentialId: string): string {
  const hex = createHash('sha256').update(`skillsignal elm export ${credentialId}`).digest('hex')
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `urn:credential:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
