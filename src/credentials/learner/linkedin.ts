/**
 * LinkedIn's "add to profile" link for a certification: the credential's page as the
 * certification URL, its id as the credential id, the issue month and the expiry month.
 *
 * @example linkedInAddToProfileUrl({ name: 'JavaScript', organizationName: 'SkillSignal', ... })
 */
export function linkedInAddToProfileUrl(certification: {
  readonly name: string
  readonly organizationName: string
  readonly issuedAt: Date
  readonly expiresAt: Date | null
  readonly certUrl: string
  readonly certId: string
}): string {
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certification.name,
    organizationName: certification.organizationName,
    issueYear: String(certification.issuedAt.getUTCFullYear()),
    issueMonth: String(certification.issuedAt.getUTCMonth() + 1),
    certUrl: certification.certUrl,
    certId: certification.certId,
  })
  if (certification.expiresAt) {
    params.set('expirationYear', String(certification.expiresAt.getUTCFullYear()))
    params.set('expirationMonth', String(certification.expiresAt.getUTCMonth() + 1))
  }
  return `https://www.linkedin.com/profile/add?${params.toString()}`
}
