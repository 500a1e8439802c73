import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { databaseConfigFrom, newId } from '../../src/db/index.js'
import { openPlatform } from '../../src/platform/index.js'
import { GOOD_PASSWORD } from '../support/app.js'
import { createTestSchema, engine } from '../support/database.js'
import { runCli } from '../support/run-cli.js'

describe(`skillsignal ledger check on ${engine}`, () => {
  let dataDir: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-ledger-'))
    schema = engine === 'postgres' ? await createTestSchema() : undefined
    env = { DATABASE_URL: schema?.url ?? '' }
  })
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('reports a clean ledger as JSON with exit 0', async () => {
    const result = await runCli(['ledger', 'check', '--data-dir', dataDir, '--json'], { env })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      transactions: 0,
      entries: 0,
      imbalanced: 0,
      balance_mismatches: 0,
      violations: [],
    })
  })

  it('finds a transaction whose entries do not sum to zero and exits 1', async () => {
    const platform = await openPlatform(
      databaseConfigFrom({ dataDir }, { DATABASE_URL: schema?.url ?? '' }),
      { seed: false },
    )
    try {
      const user = await registerAccount(platform.db, {
        email: 'broken@example.org',
        password: GOOD_PASSWORD,
        displayName: 'Broken',
      })
      const db = platform.db.withTables<{
        ledger_accounts: { id: string; kind: string; owner_id: string | null; created_at: Date }
        ledger_transactions: { id: string; kind: string; user_id: string; created_at: Date }
        ledger_entries: {
          id: string
          transaction_id: string
          account_id: string
          amount_cents: number
        }
      }>()
      const at = new Date()
      await db
        .insertInto('ledger_accounts')
        .values({
          id: `freelancer_payable:${user.id}`,
          kind: 'freelancer_payable',
          owner_id: user.id,
          created_at: at,
        })
        .execute()
      const transactionId = newId()
      await db
        .insertInto('ledger_transactions')
        .values({ id: transactionId, kind: 'payout', user_id: user.id, created_at: at })
        .execute()
      await db
        .insertInto('ledger_entries')
        .values({
          id: newId(),
          transaction_id: transactionId,
          account_id: `freelancer_payable:${user.id}`,
          amount_cents: -700,
        })
        .execute()
    } finally {
      await platform.close()
    }
    const json = await runCli(['ledger', 'check', '--data-dir', dataDir, '--json'], { env })
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({
      transactions: 1,
      entries: 1,
      imbalanced: 1,
      balance_mismatches: 1,
    })
    const text = await runCli(['ledger', 'check', '--data-dir', dataDir], { env })
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('1 imbalanced, 1 balance mismatches')
    expect(text.stdout).toContain('is overdrawn: -700 cents')
  })
})
