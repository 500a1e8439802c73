import type { Command } from 'commander'
import { registerAccount } from '../../accounts/index.js'
import { DomainError } from '../../shared/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { readStandardInput } from '../standard-input.js'
import { UsageError } from '../usage-error.js'

export function registerAdminCommand(program: Command): void {
  const admin = program.command('admin').description('manage administrators and analysts')
  withDataDirOption(
    admin
      .command('create')
      .description('create an administrator (or analyst); the password is read from standard input')
      .requiredOption('--email <email>', 'the email to sign in with')
      .option('--name <name>', 'display name', 'Administrator')
      .option('--role <role>', 'administrator or analyst', 'administrator'),
  ).action(async (options: { email: string; name: string; role: string; dataDir?: string }) => {
    if (options.role !== 'administrator' && options.role !== 'analyst') {
      throw new UsageError(`--role must be administrator or analyst, not "${options.role}"`)
    }
    const role = options.role
    const password = (await readStandardInput()).replace(/\r?\n$/, '')
    if (password.length === 0) throw new UsageError('give the password on standard input')
    const account = await usingPlatform(options, async ({ db }) => {
      try {
        return await registerAccount(
          db,
          { email: options.email, password, displayName: options.name },
          role,
          // The operator who runs this command vouches for the address.
          { emailVerified: true },
        )
      } catch (error) {
        if (error instanceof DomainError) throw new UsageError(error.message)
        throw error
      }
    })
    process.stdout.write(`created ${account.role} ${account.email} (${account.id})\n`)
  })
}
