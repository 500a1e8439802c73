import type { Command } from 'commander'
import { migrateToLatest, openDatabase } from '../../db/index.js'
import { databaseConfigOf, withDataDirOption } from '../database-options.js'

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('manage the database')
  withDataDirOption(
    db.command('migrate').description('apply every pending migration (all or none)'),
  ).action(async (options: { dataDir?: string }) => {
    const opened = await openDatabase(databaseConfigOf(options))
    try {
      const applied = await migrateToLatest(opened.db)
      process.stdout.write(
        applied.length === 0 ? 'the database is up to date\n' : `applied ${applied.join(', ')}\n`,
      )
    } finally {
      await opened.close()
    }
  })
}
