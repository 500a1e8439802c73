import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOOD_PASSWORD } from '../support/app.js'
import { createTestSchema, engine } from '../support/database.js'
import { runCli } from '../support/run-cli.js'
import { exited, startServerProcess } from '../support/server-process.js'

describe(`the skillsignal command on ${engine}`, () => {
  let dataDir: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-cli-'))
    schema = engine === 'postgres' ? await createTestSchema() : undefined
    env = { DATABASE_URL: schema?.url ?? '' }
  })
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('prints help listing its commands', async () => {
    const result = await runCli(['--help'])
    expect(result.code).toBe(0)
    for (const command of ['serve', 'db', 'admin']) expect(result.stdout).toContain(command)
  })

  it('migrates the database, then reports it up to date', async () => {
    const first = await runCli(['db', 'migrate', '--data-dir', dataDir], { env })
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^applied 0001-accounts/)
    const second = await runCli(['db', 'migrate', '--data-dir', dataDir], { env })
    expect(second.stdout).toBe('the database is up to date\n')
  })

  it('creates an administrator with the password from standard input, and refuses a weak one with exit 2', async () => {
    const created = await runCli(
      ['admin', 'create', '--email', 'root@example.org', '--data-dir', dataDir],
      {
        input: `${GOOD_PASSWORD}\n`,
        env,
      },
    )
    expect(created.stderr).not.toContain('skillsignal:')
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/^created administrator root@example.org/)

    const weak = await runCli(
      ['admin', 'create', '--email', 'two@example.org', '--data-dir', dataDir],
      {
        input: 'short\n',
        env,
      },
    )
    expect(weak.code).toBe(2)
    expect(weak.stderr).toContain('the password is too weak')
  })

  it('serves on the port it is given, and the administrator can sign in', async () => {
    const server = await startServerProcess(['--data-dir', dataDir], env)
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(200)
      const login = await fetch(`${server.url}/auth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'root@example.org', password: GOOD_PASSWORD }),
      })
      expect(login.status).toBe(201)
      expect((await login.json()).account.role).toBe('administrator')
    } finally {
      server.child.kill('SIGTERM')
      await exited(server.child)
    }
  })

  // Only the embedded engine has a data directory to guard.
  if (engine === 'pglite') {
    it('refuses a second process on the same embedded data directory', async () => {
      const server = await startServerProcess(['--data-dir', dataDir], env)
      try {
        const second = await runCli(['db', 'migrate', '--data-dir', dataDir], { env })
        expect(second.code).toBe(1)
        expect(second.stderr).toContain('is in use by another SkillSignal process')
      } finally {
        server.child.kill('SIGTERM')
        await exited(server.child)
      }
    })
  }
})
