import type { Command } from 'commander'

/** One subcommand: its name and one-line description, and the module that registers it. */
export interface CommandEntry {
  readonly name: string
  readonly description: string
  load(): Promise<(program: Command) => void>
}

/**
 * Every subcommand, one module each; a part's command is listed here. Modules are imported only
 * when their command runs: importing them all (the web server, the credential suites, the
 * database) costs seconds before a command as small as `--help` could answer. The description
 * is repeated here for the top-level help, and a test keeps it equal to the module's.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'serve',
    description: 'run the platform: API, web app and docs (what `npm start` runs)',
    load: async () => (await import('./serve.js')).registerServeCommand,
  },
  {
    name: 'db',
    description: 'manage the database',
    load: async () => (await import('./db.js')).registerDbCommand,
  },
  {
    name: 'admin',
    description: 'manage administrators and analysts',
    load: async () => (await import('./admin.js')).registerAdminCommand,
  },
  {
    name: 'study',
    description:
      "run the impact study on a directory of records (CSV or Parquet) or on the platform's own",
    load: async () => (await import('./study.js')).registerStudyCommand,
  },
  {
    name: 'simulate',
    description: 'simulate a freelancing market and write the study records it produces',
    load: async () => (await import('./simulate.js')).registerSimulateCommand,
  },
  {
    name: 'credentials',
    description: 'issuer keys, offline verification, revocation and suspension of credentials',
    load: async () => (await import('./credentials.js')).registerCredentialsCommand,
  },
  {
    name: 'catalog',
    description: 'browse the skill-test catalog',
    load: async () => (await import('./catalog.js')).registerCatalogCommand,
  },
  {
    name: 'items',
    description: 'the item bank: lint, import, assign, review, export',
    load: async () => (await import('./items.js')).registerItemsCommand,
  },
  {
    name: 'ledger',
    description: "check the marketplace's money",
    load: async () => (await import('./ledger.js')).registerLedgerCommand,
  },
]

/**
 * Registers the command `args` (the arguments after the program) names, whether run or asked
 * about with `help <command>`, with all its options; otherwise registers every command by name
 * and description only, which is all the top-level help and an unknown command's error need.
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const named = args[0] === 'help' ? args[1] : args[0]
  const entry = COMMANDS.find((c) => c.name === named)
  if (entry) {
    ;(await entry.load())(program)
    return
  }
  for (const c of COMMANDS) program.command(c.name).description(c.description)
}
