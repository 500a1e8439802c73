import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { MigrationError, migrateToLatest } from '../../src/db/index.js'
import { migrations } from '../../src/db/migrations/index.js'
import type { PlatformDatabase } from '../../src/platform/index.js'
import { engine, openTestDatabase } from '../support/database.js'

describe(`migrations on ${engine}`, () => {
  let opened: PlatformDatabase | undefined
  afterEach(async () => {
    await opened?.close()
    opened = undefined
  })

  it('applies the whole history to a blank database, then has nothing left to do', async () => {
    opened = await openTestDatabase({ migrate: false })
    const applied = await migrateToLatest(opened.db)
    expect(applied).toEqual(Object.keys(migrations))
    expect(await migrateToLatest(opened.db)).toEqual([])
  })

  it('leaves the database as it was when a migration in the batch fails', async () => {
    opened = await openTestDatabase({ migrate: false })
    const broken = {
      ...migrations,
      '9999-broken': {
        up: async (db: Parameters<NonNullable<(typeof migrations)[string]>['up']>[0]) => {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute()
          await sql`select * from a_table_that_does_not_exist`.execute(db)
        },
      },
    }
    await expect(migrateToLatest(opened.db, broken)).rejects.toThrow(MigrationError)
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_name in ('users', 'half_done')`.execute(
      opened.db,
    )
    expect(rows).toEqual([])
  })
})
