import { createHash } from 'node:crypto'
import {
  concept,
  ects,
  eqfLevel,
  genericProfile,
  nonFormalLearning,
  onlineMode,
  unsupervisedWithoutId,
} from './elm-concepts.js'
import { displayParameter } from './elm-display-parameter.js'
import { countryConcept } from './eu-countries.js'

const ELM_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap'
const VC_V1 = 'https://www.w3.org/2018/credentials/v1'
/** The EDC shapes an EDC names as its schema: the application profile with its vocabularies. */
const EDC_SHAPES = 'http://data.europa.eu/snb/model/ap/edc-generic-full'

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
  // One awarding process, referred to by the achievement and by the assessment that proves it.
  const awardingProcess = {
    id: 'urn:epass:awardingProcess:1',
    type: 'AwardingProcess',
    awardingBody: organisation,
    awardingDate: annex.dateOfIssuing ?? openBadge.validFrom,
  }
  const stackability = Array.isArray(annex.stackability) ? (annex.stackability as Obj[]) : []
  const eqf = typeof annex.eqfLevel === 'number' ? annex.eqfLevel : undefined
  return {
    '@context': [VC_V1, ELM_CONTEXT],
    id: stableExportId(String(openBadge.id)),
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: genericProfile(),
    displayParameter: displayParameter(
      String(achievement.name),
      String(achievement.achievementType ?? 'Certificate'),
      String(issuer.name),
    ),
    credentialSchema: { id: EDC_SHAPES, type: 'ShaclValidator2017' },
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
        awardedBy: awardingProcess,
        specifiedBy: {
          id: 'urn:epass:learningAchievementSpec:1',
          type: 'LearningAchievementSpecification',
          title: { en: String(achievement.name) },
          ...(eqf
            ? {
                eqfLevel: eqfLevel(eqf),
              }
            : {}),
          ...(workload
            ? {
                volumeOfLearning: `PT${workload.hours}H`,
                creditPoint: {
                  id: 'urn:epass:creditPoint:1',
                  type: 'CreditPoint',
                  framework: ects(),
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
          // Annex I "form of participation": learnt and assessed online, outside formal education.
          mode: onlineMode(),
          learningSetting: nonFormalLearning(),
          // Annex I "stackability": each pathway is a larger specification this one is part of.
          ...(stackability.length > 0 ? { isPartOf: stackability.map(pathwaySpecification) } : {}),
          // Annex I "type of quality assurance". ELM's Accreditation records an external quality
          // assurance agency's decision (DEQAR), which the awarding body's own review is not, so
          // it is a note whose subject names the Annex I element.
          additionalNote: qualityAssuranceNote(String(annex.qualityAssurance ?? '')),
        },
        provenBy: {
          id: 'urn:epass:learningAssessment:1',
          type: 'LearningAssessment',
          title: { en: String(annex.assessmentType ?? 'Assessment') },
          grade: note(2, String(annex.grade ?? '')),
          idVerification: unsupervisedWithoutId(),
          awardedBy: awardingProcess,
          specifiedBy: {
            id: 'urn:epass:learningAssessmentSpec:1',
            type: 'LearningAssessmentSpecification',
            title: { en: String(annex.assessmentType ?? 'Assessment') },
            mode: onlineMode(),
          },
        },
        supplementaryDocument: {
          id: 'urn:epass:webResource:2',
          type: 'WebResource',
          contentURL: String(openBadge.id),
        },
      },
    },
  }
}

function pathwaySpecification(pathway: Obj): Obj {
  return {
    id: String(pathway.id),
    type: 'LearningAchievementSpecification',
    title: { en: String(pathway.pathwayName) },
  }
}

function qualityAssuranceNote(text: string): Obj {
  return {
    ...note(4, text),
    subject: concept(
      'urn:epass:concept:annex-i-quality-assurance',
      'Type of quality assurance',
      'urn:epass:conceptScheme:annex-i',
    ),
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
