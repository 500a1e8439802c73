import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { recordServerKeyMarkerWarnings } from './key-marker-scan.js'

export const CLI = fileURLToPath(new URL('../../bin/skillsignal.js', import.meta.url))

export interface ServerProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Everything the server wrote to stderr so far. */
  stderr(): string
  /** Everything the server wrote to stdout (its JSON log lines) so far. */
  stdout(): string
}

/** Starts `skillsignal serve` on a free port and resolves once it says where it listens. */
export function startServerProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    // A test's server starts without the demo market unless the test asks for it.
    env: { ...process.env, LOG_LEVEL: 'warn', SKILLSIGNAL_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // A test process that ends (a failed file, a timed-out hook) takes its server with it.
  const killWithTestProcess = () => child.kill('SIGKILL')
  process.once('exit', killWithTestProcess)
  child.once('exit', () => process.off('exit', killWithTestProcess))
  let stderr = ''
  let stdout = ''
  // The server checks its responses for the answer-key marker and warns on stderr: the warning
  // fails whichever test is running here.
  let scanned = 0
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  return new Promise((resolve, reject) => {
    // A guard against a server that never listens, not a speed check: a start compiles the whole
    // build and opens the embedded database, and beside two other browser files on two busy cores
    // (load 15) starts took 47-65 s. Under the 120 s hook and test limits, so this error, with the
    // server's stderr, is what a real hang reports.
    const timer = setTimeout(() => {
      // Not listening yet, so nothing to finish: without the kill it would start later and serve
      // nobody, an orphan whose CPU the test files running beside it pay for.
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${stderr}`))
    }, 110_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      scanned = recordServerKeyMarkerWarnings(stderr, scanned)
      const match = /listening on (http:\/\/\S+)/.exec(stderr)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1]!, child, stderr: () => stderr, stdout: () => stdout })
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${stderr}`))
    })
  })
}

/** Resolves when the process has exited, with its exit code or signal. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  if (child.signalCode !== null) return Promise.resolve(child.signalCode)
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  )
}
