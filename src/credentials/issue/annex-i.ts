/** Least notional workload for "MicroCredential" (Australian framework: at least one hour). */
export const MIN_MICROCREDENTIAL_WORKLOAD_HOURS = 1

/**
 * Hours of learning per ECTS credit: the ECTS Users' Guide says 25–30; the upper bound never
 * overstates the credit a workload is worth.
 */
export const HOURS_PER_ECTS_CREDIT = 30

/** The mandatory elements of Annex I of Council Recommendation 2022/C 243/02, as extension terms. */
export const ANNEX_I_MANDATORY = [
  'learnerIdentification',
  'title',
  'issuerCountry',
  'awardingBody',
  'dateOfIssuing',
  'learningOutcomes',
  'notionalWorkload',
  'eqfLevel',
  'assessmentType',
  'formOfParticipation',
  'qualityAssurance',
] as const

/** The optional elements of Annex I that we fill when we know them. */
export const ANNEX_I_OPTIONAL = [
  'prerequisites',
  'supervisionAndIdentityVerification',
  'grade',
  'stackability',
  'furtherInformation',
] as const

export type AnnexIElement = (typeof ANNEX_I_MANDATORY)[number] | (typeof ANNEX_I_OPTIONAL)[number]

/** The Annex I extension object placed on the achievement. */
export type AnnexI = { readonly type: 'EuMicroCredentialAnnexI' } & {
  readonly [element in AnnexIElement]?: unknown
}

/** Mandatory elements that are absent or empty. */
export function missingAnnexIElements(annex: AnnexI): readonly AnnexIElement[] {
  return ANNEX_I_MANDATORY.filter((element) => isEmpty(annex[element]))
}

/**
 * `MicroCredential` only when every mandatory Annex I element is present and the notional
 * workload is at least {@link MIN_MICROCREDENTIAL_WORKLOAD_HOURS}; otherwise `Assessment`.
 */
export function achievementTypeFor(
  annex: AnnexI,
  workloadHours: number,
): 'MicroCredential' | 'Assessment' {
  const complete = missingAnnexIElements(annex).length === 0
  return complete && workloadHours >= MIN_MICROCREDENTIAL_WORKLOAD_HOURS
    ? 'MicroCredential'
    : 'Assessment'
}

/** ECTS credits for a workload, to two decimals. */
export function ectsCredits(hours: number): number {
  return Math.round((hours / HOURS_PER_ECTS_CREDIT) * 100) / 100
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  return Array.isArray(value) && value.length === 0
}
