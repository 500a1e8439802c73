import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const LOCK_FILE = 'skillsignal.lock'

/** The lock file of a data directory, which holds the pid of the process using it. */
export const lockFileOf = (dataDir: string): string => join(dataDir, LOCK_FILE)

/**
 * Two processes on one PGlite directory corrupt it, so the first one takes a lock file holding its
 * pid. A lock left by a process that no longer runs (a crash, a kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const path = lockFileOf(dataDir)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10)
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new DataDirLockedError(dataDir, holder)
      }
      rmSync(path, { force: true })
    }
  }
  throw new DataDirLockedError(dataDir, null)
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError'
  constructor(dataDir: string, pid: number | null) {
    super(
      `the data directory ${dataDir} is in use by another SkillSignal process${pid ? ` (pid ${pid})` : ''}; ` +
        'stop it first, or use another --data-dir',
    )
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
