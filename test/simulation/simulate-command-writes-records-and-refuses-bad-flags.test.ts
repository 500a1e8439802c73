import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'

const root = mkdtempSync(join(tmpdir(), 'simulate-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

function capture() {
  let out = ''
  let err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk)
    return true
  })
  return { out: () => out, err: () => err }
}

describe('skillsignal simulate', () => {
  it('writes the four tables and a manifest with the seed, size and every parameter', async () => {
    const dir = join(root, 'market')
    const io = capture()
    await main(['node', 'skillsignal', 'simulate', '--workers', '60', '--seed', '4', '--out', dir])
    expect(process.exitCode ?? 0).toBe(0)
    expect(io.out()).toMatch(/^wrote 60 workers, \d+ credential awards, \d+ projects, \d+ payments/)
    expect(readdirSync(dir).sort()).toEqual([
      'credential_awards.csv',
      'manifest.json',
      'payments.csv',
      'projects.csv',
      'workers.csv',
    ])
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({
      obs_start: '2015-01-01T00:00:00Z',
      obs_end: '2018-01-01T00:00:00Z',
      seed: 4,
      size: { workers: 60 },
      format: 'csv',
      rows: { workers: 60 },
    })
    expect(manifest.parameters.credentials).toBe('informative')
    const header = readFileSync(join(dir, 'projects.csv'), 'utf8').split('\n')[0]
    expect(header).toBe('project_id,worker_id,employer_id,started_at,completed_at,value_usd,rating')
  })

  it('records parameters set on the command line in the manifest', async () => {
    const dir = join(root, 'set')
    capture()
    const flags = ['--workers', '20', '--out', dir, '--set', 'activitySd=0.9', 'testSelection=0.5']
    await main(['node', 'skillsignal', 'simulate', ...flags])
    expect(process.exitCode ?? 0).toBe(0)
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.parameters).toMatchObject({ activitySd: 0.9, testSelection: 0.5 })
  })

  it.each([
    [['--workers', 'many'], '--workers must be a whole number, got "many"'],
    [['--workers', '0'], 'workers must be a whole number from 1'],
    [['--format', 'xlsx'], '--format must be csv or parquet, got "xlsx"'],
    [[], '--out <dir> is required'],
    [['--set', 'foo=1'], '--set: foo is not a numeric simulation parameter'],
    [['--set', 'activitySd'], '--set expects name=value, got "activitySd"'],
    [['--set', 'activitySd=-1'], 'activitySd must be a number from 0 to 5, got -1'],
  ])('refuses %j with exit code 2', async (flags, message) => {
    const io = capture()
    const out = flags.length === 0 ? [] : ['--out', join(root, 'unused')]
    await main(['node', 'skillsignal', 'simulate', ...out, ...flags])
    expect(process.exitCode).toBe(2)
    expect(io.err()).toContain(message)
  })
})
