import type { CredentialsConfig } from '../config.js'
import { badgePng } from '../learner/badge-image.js'
import { type AnnexI, achievementTypeFor, ectsCredits } from './annex-i.js'
import type { LearnerAssurance, PassForCredential } from './pass.js'

/** How every SkillSignal test is assessed (Annex I "type of assessment"). */
export const ASSESSMENT_TYPE =
  'Online multiple-choice test, scored automatically against a published cut score'
/** Annex I "form of participation". */
export const FORM_OF_PARTICIPATION = 'Online, self-paced, individual'
/** Annex I "type of quality assurance". */
export const QUALITY_ASSURANCE =
  'Internal quality assurance by the awarding body: keys of generated items computed by running ' +
  'the task asked about, authored items checked by the item linter, item statistics and leak ' +
  'signals monitored, integrity flags reviewed by administrators'

/** The test's own quality-assurance text: the shared checks, then how its cut score was set. */
export function qualityAssurance(test: PassForCredential['test']): string {
  return test.standardSetting ? `${QUALITY_ASSURANCE}. ${test.standardSetting}` : QUALITY_ASSURANCE
}

/** A pass mark as people read it: at most one decimal (an Angoff cut is rarely whole). */
export function passMark(test: PassForCredential['test']): string {
  return `${Math.round(test.passRule.cutPercent * 10) / 10}`
}
/** Annex I optional "supervision and identity verification", said honestly. */
export const UNSUPERVISED = 'Unsupervised, online; no identity document was checked'
export const PROCTORED = 'Supervised online with identity verification'

/**
 * Annex I "supervision and identity verification" of one pass, as it happened: nobody watched an
 * unproctored test and no identity document was checked; what the platform did check is the
 * account's, when the learner passed: whether its email address was proven and whether signing in
 * needed a second factor. Nothing is claimed when that is unknown.
 */
export function supervisionAndIdentityVerification(
  proctored: boolean,
  assurance: LearnerAssurance | undefined,
): string {
  if (proctored) return PROCTORED
  if (!assurance) return `${UNSUPERVISED}.`
  const email = assurance.emailVerified
    ? "the account's email address had been verified"
    : "the account's email address had not been verified"
  const twoFactor = assurance.twoFactor ? 'two-factor sign-in was on' : 'two-factor sign-in was off'
  return `${UNSUPERVISED}; when the test was passed, ${email} and ${twoFactor}.`
}

/** A pathway this achievement stacks into (Annex I "stackability"). */
export interface PathwayRef {
  readonly id: string
  readonly name: string
}

/** What the achievement is built from besides the pass. */
export interface AchievementContext {
  readonly issuerDid: string
  readonly learnerIdentification: string
  readonly issuedAt: Date
  readonly pathways: readonly PathwayRef[]
}

/**
 * The OB 3.0 Achievement of a test, the same for every earner: the achievement type follows from
 * the learner's Annex I record, whose values sit on the credential subject.
 */
export function buildAchievement(
  config: CredentialsConfig,
  pass: PassForCredential,
  annex: AnnexI,
): Record<string, unknown> {
  const { test } = pass
  const achievementId = `${config.baseUrl}/tests/${encodeURIComponent(test.id)}`
  const achievementType = achievementTypeFor(annex, test.workloadHours)
  return {
    id: achievementId,
    type: ['Achievement'],
    achievementType,
    name: test.title,
    image: badgeImage(test.title, achievementType),
    description: test.description,
    criteria: {
      narrative:
        test.passRule.kind === 'ability-cut'
          ? `Pass the SkillSignal "${test.title}" test: reach the ability cut set by modified ` +
            `Angoff standard setting (${passMark(test)}% on a form of average difficulty) on an ` +
            `online multiple-choice form assembled from the test's blueprint.`
          : `Pass the SkillSignal "${test.title}" test: score at least ${passMark(test)}% ` +
            `on an online multiple-choice form assembled from the test's blueprint.`,
    },
    creditsAvailable: ectsCredits(test.workloadHours),
    alignment: alignments(test),
    resultDescription: [
      {
        id: `${achievementId}#score`,
        type: ['ResultDescription'],
        name: 'Percent score',
        resultType: 'Percent',
        valueMin: '0',
        valueMax: '100',
        requiredValue: passMark(test),
      },
    ],
    fieldOfStudy: test.skill.label,
    tag: [test.skill.label],
  }
}

function alignments(test: PassForCredential['test']): readonly Record<string, unknown>[] {
  const esco = test.skill.escoUri
    ? [
        {
          type: ['Alignment'],
          targetName: test.skill.label,
          targetUrl: test.skill.escoUri,
          targetFramework: 'ESCO',
          targetType: 'ceasn:Competency',
        },
      ]
    : []
  const eqf =
    test.eqfLevel === null
      ? []
      : [
          {
            type: ['Alignment'],
            targetName: `EQF level ${test.eqfLevel}`,
            targetUrl: eqfLevelUri(test.eqfLevel),
            targetFramework: 'European Qualifications Framework',
            targetCode: String(test.eqfLevel),
            targetType: 'ext:EQFLevel',
          },
        ]
  return [...esco, ...eqf]
}

/** The Europass vocabulary's IRI for an EQF level. */
export function eqfLevelUri(level: number): string {
  return `http://data.europa.eu/snb/eqf/${level}`
}

/** The Annex I record of one pass: mandatory elements, and the optional ones we know. */
export function buildAnnexI(
  config: CredentialsConfig,
  pass: PassForCredential,
  context: AchievementContext,
): AnnexI {
  const { test, certification } = pass
  return {
    type: 'EuMicroCredentialAnnexI',
    learnerIdentification: context.learnerIdentification,
    title: test.title,
    issuerCountry: config.issuerCountryCode,
    awardingBody: {
      id: context.issuerDid,
      type: 'AwardingBody',
      awardingBodyName: config.issuerName,
      awardingBodyUrl: config.baseUrl,
    },
    dateOfIssuing: context.issuedAt.toISOString(),
    ...(test.learningOutcomes.length > 0 ? { learningOutcomes: [...test.learningOutcomes] } : {}),
    ...(test.workloadHours > 0
      ? {
          notionalWorkload: {
            type: 'NotionalWorkload',
            hours: test.workloadHours,
            ectsCredits: ectsCredits(test.workloadHours),
          },
        }
      : {}),
    ...(test.eqfLevel === null
      ? {}
      : { eqfLevel: test.eqfLevel, eqfLevelUri: eqfLevelUri(test.eqfLevel) }),
    assessmentType: ASSESSMENT_TYPE,
    formOfParticipation: FORM_OF_PARTICIPATION,
    qualityAssurance: qualityAssurance(test),
    ...(test.prerequisites ? { prerequisites: test.prerequisites } : {}),
    supervisionAndIdentityVerification: supervisionAndIdentityVerification(
      certification.proctored === true,
      pass.learner.assurance,
    ),
    grade: `${certification.scorePercent}% (pass mark ${passMark(test)}%)`,
    ...(context.pathways.length > 0
      ? {
          stackability: context.pathways.map((pathway) => ({
            id: pathway.id,
            type: 'Pathway',
            pathwayName: pathway.name,
          })),
        }
      : {}),
    furtherInformation: `${config.baseUrl}/tests/${encodeURIComponent(test.id)}`,
  }
}

/**
 * The badge PNG as a data URI: wallets and aggregators show it with no request to us, it is signed
 * with the credential, and it is the same for every earner (it depends on the title and type only).
 */
export function badgeImage(title: string, achievementType: string): Record<string, unknown> {
  return {
    id: `data:image/png;base64,${badgePng(title, achievementType).toString('base64')}`,
    type: 'Image',
    caption: `${title} badge`,
  }
}
