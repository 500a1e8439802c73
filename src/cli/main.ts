import { Command, CommanderError } from 'commander'
import { registerCommands } from './commands/index.js'
import { UsageError } from './usage-error.js'

/** The `skillsignal` command line. Exit codes: 0 ok, 1 failure, 2 bad input or usage. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('skillsignal')
    .description(
      'SkillSignal: skill tests, verifiable microcredentials, a marketplace and its impact study',
    )
    .exitOverride()
  await registerCommands(program, argv.slice(2))
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    process.exitCode = exitCodeFor(error)
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version arrive here as "errors" with exit code 0.
    return error.exitCode === 0 ? 0 : 2
  }
  if (error instanceof UsageError) {
    process.stderr.write(`skillsignal: ${error.message}\n`)
    return 2
  }
  process.stderr.write(`skillsignal: ${error instanceof Error ? error.message : String(error)}\n`)
  return 1
}
