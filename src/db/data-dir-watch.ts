import { Worker } from 'node:worker_threads'

/** How often the watcher reads the lock file: a lost directory is noticed within this. */
const WATCH_MS = 2_000

/**
 * The watcher's own code, run as a worker thread. Written by hand because the failure it handles
 * freezes the main thread: a PGlite whose data directory was deleted while it wrote was seen to
 * spin inside its WebAssembly, at a full core, for over an hour, answering nothing, with no log
 * line. Nothing on the main thread (a timer, a signal handler) runs then, so a separate thread
 * must notice, say why on the raw stderr descriptor (the main thread's streams are stuck too),
 * and end the process with SIGKILL, the one signal a blocked thread cannot hold up. With the
 * directory gone there is nothing left to close cleanly.
 */
const WATCHER = `
const { workerData } = require('node:worker_threads')
const { readFileSync, writeSync } = require('node:fs')
const { lockPath, dataDir, pid, watchMs } = workerData
const GONE = new Set(['ENOENT', 'ENOTDIR'])
function stillOurs() {
  try {
    return readFileSync(lockPath, 'utf8').trim() === String(pid)
  } catch (error) {
    // Anything but a missing file (EMFILE, EIO) says nothing about the directory: read again later.
    return !GONE.has(error.code)
  }
}
setInterval(() => {
  if (stillOurs()) return
  writeSync(2, 'fatal: the data directory ' + dataDir + ' was deleted or taken over while ' +
    'SkillSignal ran (its lock file is gone or names another process); the embedded database ' +
    'cannot go on without its files, so the process stops now. Start it again to open a new one.\\n')
  process.kill(pid, 'SIGKILL')
}, watchMs)
`

/**
 * Watches the lock file this process holds in its PGlite data directory, and stops the process
 * if the directory is deleted or another process takes it over. Returns the function that stops
 * watching, called before the lock is released on a normal close.
 */
export function watchDataDir(dataDir: string, lockPath: string): () => Promise<void> {
  const watcher = new Worker(WATCHER, {
    eval: true,
    workerData: { lockPath, dataDir, pid: process.pid, watchMs: WATCH_MS },
    // The watcher needs none of the main thread's environment or standard input.
    env: {},
    stdin: false,
  })
  // It must never keep a finished command alive.
  watcher.unref()
  return async () => {
    await watcher.terminate()
  }
}
