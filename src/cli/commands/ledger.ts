import type { Command } from 'commander'
import { checkLedger } from '../../marketplace/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'

export function registerLedgerCommand(program: Command): void {
  const ledger = program.command('ledger').description("check the marketplace's money")
  withDataDirOption(
    ledger
      .command('check')
      .description(
        'verify every ledger invariant (balanced transactions, escrow equal to milestones in escrow, no overdraft, each milestone funded and settled once); exit 1 on any violation',
      )
      .option('--json', 'print the report as JSON'),
  ).action(async (options: { dataDir?: string; json?: boolean }) => {
    const report = await usingPlatform(options, ({ db }) => checkLedger(db))
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    } else {
      process.stdout.write(
        `${report.transactions} transactions, ${report.entries} entries: ${report.imbalanced} imbalanced, ${report.balance_mismatches} balance mismatches\n`,
      )
      for (const violation of report.violations) process.stdout.write(`  ${violation}\n`)
    }
    if (report.imbalanced > 0 || report.balance_mismatches > 0) process.exitCode = 1
  })
}
