import { type ChildProcess, spawn } from 'node:child_process'

const BIN = new URL('../bin/skillsignal.js', import.meta.url).pathname

export interface ServeProcess {
  readonly url: string
  readonly child: ChildProcess
  /** SIGTERM, then waits for the process to finish its requests and exit. */
  stop(): Promise<void>
}

/**
 * `skillsignal serve` on a free port, as a user starts it, resolved once it says where it
 * listens; `env` adds to (or, with '', clears) the bench's own environment.
 */
export function startServe(env: NodeJS.ProcessEnv): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
  return new Promise((resolve, reject) => {
    let output = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve({ url: match[1]!, child, stop })
    })
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)))
  })
}
