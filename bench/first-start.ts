import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BIN = new URL('../bin/skillsignal.js', import.meta.url).pathname

/**
 * The first start as a newcomer meets it: `npm start`'s command in a fresh data directory, timed
 * from the spawn to the first answer of `/jobs` with the demo market's jobs (the server answers
 * only once the market is loaded). The credentials signed afterwards, in the background, are
 * measured by the loader's figure (credentials per second).
 */
export async function measureFirstStart(): Promise<{
  answeredSeconds: number
  jobs: number
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-first-start-'))
  const started = performance.now()
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, SKILLSIGNAL_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  try {
    let output = ''
    const seen = (pattern: RegExp) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern)
          if (match) resolve(match)
        }
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          check()
        })
        child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)))
        check()
      })
    const [, url] = await seen(/listening on (http:\/\/\S+)/)
    const answer = (await (await fetch(`${url}/jobs`)).json()) as { total: number }
    const answeredSeconds = (performance.now() - started) / 1000
    return { answeredSeconds, jobs: answer.total }
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    rmSync(dataDir, { recursive: true, force: true })
  }
}
