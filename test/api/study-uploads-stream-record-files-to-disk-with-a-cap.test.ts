import { readFileSync } from 'node:fs'
import http from 'node:http'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STUDY_UPLOAD_LIMIT_BYTES } from '../../src/api/routes/study-runs.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const FIXTURES = new URL('../fixtures/impact-study/', import.meta.url)
const TABLES = ['workers', 'credential_awards', 'projects', 'payments'] as const
const files = Object.fromEntries(
  TABLES.map((name) => [name, readFileSync(new URL(`records/${name}.csv`, FIXTURES))]),
) as Record<(typeof TABLES)[number], Buffer>
const span = { obsStart: '2015-01-01T00:00:00Z', obsEnd: '2018-01-01T00:00:00Z' }
const BOUNDARY = 'skillsignal-test-boundary'

type Part =
  | { field: string; value: string }
  | { file: string; filename: string; content: Buffer | AsyncIterable<Buffer> }

/** A multipart/form-data body, streamed part by part so a file may be endless. */
function multipart(parts: readonly Part[]): Readable {
  return Readable.from(
    (async function* () {
      for (const part of parts) {
        if ('field' in part) {
          yield Buffer.from(
            `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${part.field}"\r\n\r\n${part.value}\r\n`,
          )
        } else {
          yield Buffer.from(
            `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${part.file}"; filename="${part.filename}"\r\ncontent-type: text/csv\r\n\r\n`,
          )
          if (Buffer.isBuffer(part.content)) yield part.content
          else yield* part.content
          yield Buffer.from('\r\n')
        }
      }
      yield Buffer.from(`--${BOUNDARY}--\r\n`)
    })(),
  )
}

const spanParts: Part[] = [
  { field: 'obsStart', value: span.obsStart },
  { field: 'obsEnd', value: span.obsEnd },
]
const fileParts = (overrides: Partial<Record<(typeof TABLES)[number], Buffer>> = {}): Part[] =>
  TABLES.map((name) => ({
    file: name,
    filename: `${name}.csv`,
    content: overrides[name] ?? files[name],
  }))

describe(`study uploads as files on ${engine}`, () => {
  let t: TestApp
  let analyst: string

  const upload = (parts: readonly Part[], authorization: string | null = analyst) =>
    t.app.inject({
      method: 'POST',
      url: '/study/uploads',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        ...(authorization ? { authorization } : {}),
      },
      payload: multipart(parts),
    })

  beforeAll(async () => {
    t = await openTestApp()
    analyst = await signInAs(t, 'analyst')
  })
  afterAll(() => t.close())

  it('streams the four record files to disk and studies them in the background', async () => {
    const response = await upload([...spanParts, ...fileParts()])
    expect(response.statusCode).toBe(202)
    const { run } = response.json()
    expect(run.source).toEqual({ kind: 'upload', workers: 400, projects: 9298 })
    await t.app.platform.studyRuns.idle()
    const done = (
      await t.app.inject({ url: `/study/runs/${run.id}`, headers: { authorization: analyst } })
    ).json().run
    expect(done.status).toBe('succeeded')
    expect(done.estimates['main.log_value.event'].nobs).toBeGreaterThan(0)
  })

  it('answers 413 over HTTP at the first byte past the cap, while the client is still sending', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' })
    const chunk = Buffer.alloc(1024 * 1024, '1')
    let sent = 0
    let answered = false
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${address}/study/uploads`, {
        method: 'POST',
        headers: {
          authorization: analyst,
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        },
      })
      request.on('response', (res) => {
        answered = true
        let body = ''
        res.on('data', (part: Buffer) => {
          body += part.toString()
        })
        res.on('end', () => {
          request.destroy()
          resolve({ status: res.statusCode ?? 0, body })
        })
      })
      request.on('error', (error) => {
        if (!answered) reject(error)
      })
      request.write(
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="workers"; filename="workers.csv"\r\n\r\n`,
      )
      // The client never ends the body: only an answer at the cap stops it.
      const pump = () => {
        while (!answered && sent < 4 * STUDY_UPLOAD_LIMIT_BYTES) {
          sent += chunk.length
          if (!request.write(chunk)) {
            request.once('drain', pump)
            return
          }
        }
      }
      pump()
    })
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body).error).toMatchObject({
      code: 'upload_too_large',
      details: { limitBytes: STUDY_UPLOAD_LIMIT_BYTES },
    })
    expect(sent).toBeGreaterThan(STUDY_UPLOAD_LIMIT_BYTES)
    expect(sent).toBeLessThan(STUDY_UPLOAD_LIMIT_BYTES + 32 * chunk.length)
  })

  it('names missing files, unknown parts and bad rows with 400', async () => {
    const missing = await upload([...spanParts, ...fileParts().slice(0, 2)])
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error).toMatchObject({
      code: 'missing_files',
      details: { missing: ['projects', 'payments'] },
    })

    const unknown = await upload([...spanParts, { field: 'seed', value: '1' }])
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.code).toBe('unknown_field')

    const projects = Buffer.from(files.projects.toString().replace(/,279\.9,4\n/, ',-5,4\n'))
    const bad = await upload([...spanParts, ...fileParts({ projects })])
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details.problems[0]).toMatchObject({
      file: 'projects.csv',
      line: 2,
      columnName: 'value_usd',
    })

    const json = await t.app.inject({
      method: 'POST',
      url: '/study/uploads',
      headers: { authorization: analyst },
      payload: { source: 'upload' },
    })
    expect(json.statusCode).toBe(400)
    expect(json.json().error.code).toBe('multipart_required')
  })

  it('turns an anonymous upload away before reading it', async () => {
    const response = await upload([...spanParts, ...fileParts()], null)
    expect(response.statusCode).toBe(401)
  })
})
