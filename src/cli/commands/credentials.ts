import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import {
  type CredentialsRuntime,
  changeCredentialStatus,
  credentialStatus,
  credentialsRuntimeFrom,
  issuerDid,
  jsonErrorPosition,
  rotateIssuerKey,
  type StatusAction,
  unbakePng,
  verifyOnPlatform,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

/** `skillsignal credentials …`: key rotation, offline verification, status changes. */
export function registerCredentialsCommand(program: Command): void {
  const credentials = program
    .command('credentials')
    .description('issuer keys, offline verification, revocation and suspension of credentials')

  withDataDirOption(
    credentials
      .command('rotate-key')
      .description(
        'retire the signing key and make a new one; credentials it signed keep verifying',
      ),
  ).action(async (options: { dataDir?: string }) => {
    await usingPlatform(options, async ({ db }) => {
      const runtime = runtimeOf(options)
      const { retired, active } = await rotateIssuerKey(db, runtime)
      if (retired) process.stdout.write(`retired ${retired.publicKeyMultibase}\n`)
      process.stdout.write(`active  ${active.publicKeyMultibase}\n`)
      process.stdout.write(`issuer  ${issuerDid(runtime.config, active)}\n`)
    })
  })

  withDataDirOption(
    credentials
      .command('verify <file>')
      .description('verify a credential (JSON or baked PNG badge) offline; exit 1 unless verified'),
  ).action(async (file: string, options: { dataDir?: string }) => {
    const credential = await readCredential(file)
    const report = await usingPlatform(options, ({ db }) =>
      verifyOnPlatform(db, runtimeOf(options), credential),
    )
    for (const check of report.checks) {
      process.stdout.write(
        `${check.outcome.padEnd(14)} ${check.check.padEnd(14)} ${check.message}\n`,
      )
    }
    for (const warning of report.warnings) process.stdout.write(`warning        ${warning}\n`)
    process.stdout.write(`verdict: ${report.verdict}\n`)
    if (!report.verified) process.exitCode = 1
  })

  for (const action of ['revoke', 'suspend', 'reinstate'] as const) {
    withDataDirOption(
      credentials
        .command(`${action} <credentialId>`)
        .description(`${action} a credential; the reason is kept in the audit log`)
        .requiredOption('--reason <text>', 'why (kept in the audit log)'),
    ).action(async (id: string, options: { reason: string; dataDir?: string }) => {
      await changeStatus(id, action, options)
    })
  }
}

async function changeStatus(
  credentialId: string,
  action: StatusAction,
  options: { reason: string; dataDir?: string },
): Promise<void> {
  await usingPlatform(options, async ({ db }) => {
    try {
      const record = await changeCredentialStatus(db, runtimeOf(options), {
        credentialId,
        action,
        reason: options.reason,
        actorId: null,
      })
      process.stdout.write(`${record.id} ${credentialStatus(record)}\n`)
    } catch (error) {
      if (error instanceof DomainError) throw new UsageError(error.message)
      throw error
    }
  })
}

function runtimeOf(options: { dataDir?: string }): CredentialsRuntime {
  const env = options.dataDir
    ? { ...process.env, SKILLSIGNAL_DATA_DIR: options.dataDir }
    : process.env
  return credentialsRuntimeFrom(env)
}

/** The credential in a JSON file or baked into a PNG; bad input names the file, line and column. */
async function readCredential(file: string): Promise<unknown> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
  let text = bytes.toString('utf8')
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG') {
    const baked = unbakePng(bytes)
    if (baked === undefined) throw new UsageError(`${file}: the PNG carries no baked credential`)
    text = baked
  }
  try {
    return JSON.parse(text)
  } catch {
    const where = jsonErrorPosition(text) ?? { line: 1, column: 1 }
    throw new UsageError(`${file}:${where.line}:${where.column}: not valid JSON`)
  }
}
