import { type ChildProcess, execFile, spawn } from 'node:child_process'
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** Where Debian and Ubuntu install the server's programs, one directory per major version. */
const DEBIAN_ROOT = '/usr/lib/postgresql'

/**
 * The directory holding `initdb` and `postgres`: `SKILLSIGNAL_POSTGRES_BIN` when set, else the
 * newest Debian install, else null (the test that needs a server of its own is skipped).
 */
export function postgresBinaries(): string | null {
  const given = process.env.SKILLSIGNAL_POSTGRES_BIN
  const candidates = given
    ? [given]
    : existsSync(DEBIAN_ROOT)
      ? readdirSync(DEBIAN_ROOT)
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => join(DEBIAN_ROOT, v, 'bin'))
      : []
  return (
    candidates.find(
      (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')),
    ) ?? null
  )
}

/** Who runs the server: PostgreSQL refuses root, so a root run hands it to an unprivileged user. */
export interface ServerOwner {
  readonly uid: number
  readonly gid: number
}

/**
 * The current user, or when that is root the system's `postgres` user (else `nobody`); null when
 * root has neither.
 */
export function serverOwner(): ServerOwner | null {
  const uid = process.getuid?.()
  const gid = process.getgid?.()
  if (uid === undefined || gid === undefined) return null
  if (uid !== 0) return { uid, gid }
  const users = new Map(
    readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .filter((fields) => fields.length >= 4)
      .map((fields) => [fields[0]!, { uid: Number(fields[2]), gid: Number(fields[3]) }]),
  )
  return users.get('postgres') ?? users.get('nobody') ?? null
}

/**
 * A PostgreSQL server that only this test uses, its data in a temporary directory: the shared
 * server of other runs is never touched, so it can be killed like a crashed machine's would be.
 */
export interface PrivatePostgres {
  /** A connection URL for the `postgres` database as the trusted `postgres` role. */
  readonly url: string
  /** Kills the postmaster and every backend at once (SIGKILL to the process group). */
  kill(): Promise<void>
  /** Starts the server again on the same data directory; it recovers from its WAL. */
  start(): Promise<void>
  /** Stops the server and removes its directory. */
  remove(): Promise<void>
}

/** initdb into a temporary directory and start the server on a free port of the loopback. */
export async function startPrivatePostgres(
  bin: string,
  owner: ServerOwner,
): Promise<PrivatePostgres> {
  const root = mkdtempSync(join(tmpdir(), 'skillsignal-pg-'))
  const dataDir = join(root, 'data')
  const socketDir = join(root, 'socket')
  mkdirSync(socketDir)
  for (const dir of [root, socketDir]) chownSync(dir, owner.uid, owner.gid)
  const as = { uid: owner.uid, gid: owner.gid }
  // initdb's own --no-sync only skips flushing the new cluster's files; the server below runs
  // with fsync, synchronous_commit and full_page_writes on, as the platform requires.
  await run(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--no-locale'],
    as,
  ).catch((error: unknown) => {
    rmSync(root, { recursive: true, force: true })
    throw error
  })
  const port = await freePort()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  let server: ChildProcess | null = null

  const start = async () => {
    // Its own process group, so that one kill reaches the postmaster and all its backends.
    const child = spawn(
      join(bin, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-k',
        socketDir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=40',
        '-c',
        'shared_buffers=16MB',
      ],
      { ...as, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let log = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000)
    })
    server = child
    await ready(url, child, () => log)
  }

  const kill = async () => {
    const child = server
    if (!child?.pid) return
    server = null
    const gone = new Promise((resolve) => child.once('exit', resolve))
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL')
    await gone
    // Backends die with the group; wait until none holds the old shared memory any more.
    await waitForGroupGone(child.pid)
  }

  try {
    await start()
  } catch (error) {
    await kill()
    rmSync(root, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    kill,
    start,
    async remove() {
      await kill()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** A port the kernel hands out as free now (bound to port 0 and released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Resolves once the server accepts a query (after crash recovery, when it was killed). */
async function ready(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const since = Date.now()
  while (Date.now() - since < 60_000) {
    if (child.exitCode !== null) throw new Error(`postgres exited:\n${log()}`)
    const client = new pg.Client({ connectionString: url })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.query('select 1')
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      await client.end().catch(() => {})
    }
  }
  throw new Error(`postgres did not accept connections within 60 s:\n${log()}`)
}

/** Polls until no process of the group `pgid` is left. */
async function waitForGroupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`processes of group ${pgid} outlived SIGKILL`)
}
