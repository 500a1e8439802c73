import type { DocumentLoader } from '../document-loader.js'
import { datesCheck } from './dates-check.js'
import { issuerKeyCheck, proofCheck } from './proof-check.js'
import { type Check, reportOf, type VerificationReport } from './report.js'
import { dataModelOf, isRecord, schemaProblems } from './schema-check.js'
import { statusChecks } from './status-check.js'

/**
 * Verifies a credential (VC 1.1 or 2.0) offline and reports every check with an honest verdict:
 * a revoked, suspended or expired credential is not "verified".
 *
 * @example const report = await verifyCredential(credential, { documentLoader })
 */
export async function verifyCredential(
  credential: unknown,
  options: {
    readonly documentLoader: DocumentLoader
    /** Where status list credentials come from; the document loader unless given. */
    readonly statusListLoader?: DocumentLoader | undefined
    readonly now?: Date
  },
): Promise<VerificationReport> {
  const now = options.now ?? new Date()
  const problems = schemaProblems(credential)
  const schema: Check =
    problems.length === 0
      ? { check: 'schema', outcome: 'passed', message: 'well-formed verifiable credential' }
      : { check: 'schema', outcome: 'failed', message: problems.join('; ') }
  if (!isRecord(credential)) {
    return reportOf([schema], noDetails, [])
  }
  const warnings: string[] = []
  if (dataModelOf(credential) === '1.1') warnings.push('VC Data Model 1.1 credential')
  const issuerKey = await issuerKeyCheck(credential, options.documentLoader)
  const proof = await proofCheck(credential, options.documentLoader)
  const dates = datesCheck(credential, now)
  const status = await statusChecks(
    credential,
    options.documentLoader,
    options.statusListLoader ?? options.documentLoader,
  )
  warnings.push(...status.warnings)
  if (status.checks.every((check) => check.outcome === 'not-applicable')) {
    warnings.push('the credential has no status entry: revocation cannot be checked')
  }
  return reportOf(
    [schema, issuerKey, proof, dates.check, ...status.checks],
    {
      revoked: status.revoked,
      suspended: status.suspended,
      expired: dates.expired,
      notYetValid: dates.notYetValid,
    },
    warnings,
  )
}

const noDetails = { revoked: false, suspended: false, expired: false, notYetValid: false }
