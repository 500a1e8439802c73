import type { Command } from 'commander'
import { registerAdminCommand } from './admin.js'
import { registerCatalogCommand } from './catalog.js'
import { registerCredentialsCommand } from './credentials.js'
import { registerDbCommand } from './db.js'
import { registerItemsCommand } from './items.js'
import { registerLedgerCommand } from './ledger.js'
import { registerServeCommand } from './serve.js'
import { registerSimulateCommand } from './simulate.js'
import { registerStudyCommand } from './study.js'

/** Every subcommand, one module each; a part's command registers itself here. */
export function registerCommands(program: Command): void {
  registerServeCommand(program)
  registerDbCommand(program)
  registerAdminCommand(program)
  registerStudyCommand(program)
  registerSimulateCommand(program)
  registerCredentialsCommand(program)
  registerCatalogCommand(program)
  registerItemsCommand(program)
  registerLedgerCommand(program)
}
