import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { FastifyRequest } from 'fastify'
import { DomainError } from '../shared/index.js'

/** What one upload may carry: the four record tables, each a file part, and a few short fields. */
export interface UploadLimits {
  /** Bytes of all files together; the stream stops being written at the first byte beyond. */
  readonly totalBytes: number
  readonly fileNames: readonly string[]
  readonly fieldNames: readonly string[]
}

export interface ReceivedUpload {
  /** A directory holding `<name>.csv` or `<name>.parquet` for each file part. */
  readonly dir: string
  readonly fields: Readonly<Record<string, string>>
  /** Bytes written to disk. */
  readonly bytes: number
}

const FIELD_BYTES = 200

/**
 * Streams a multipart upload's files to a fresh directory, counting bytes as they pass so that
 * nothing beyond `limits.totalBytes` is held or written, then hands the directory to `use` and
 * deletes it afterwards whatever happens. Memory stays at one chunk per file whatever its size.
 */
export async function withUploadedFiles<T>(
  request: FastifyRequest,
  limits: UploadLimits,
  use: (upload: ReceivedUpload) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) {
    throw new DomainError(
      'invalid',
      'multipart_required',
      'send the record files as multipart/form-data, one file part per table',
    )
  }
  const dir = await mkdtemp(join(tmpdir(), 'skillsignal-upload-'))
  try {
    const fields: Record<string, string> = {}
    const seen = new Set<string>()
    let bytes = 0
    const parts = request.parts({
      limits: {
        // One byte more than the total, so the counter below fails first: busboy's own limit
        // truncates quietly and waits for the part's end, which an endless upload never sends.
        fileSize: limits.totalBytes + 1,
        files: limits.fileNames.length,
        fields: limits.fieldNames.length,
        fieldSize: FIELD_BYTES,
      },
    })
    for await (const part of parts) {
      if (part.type === 'field') {
        if (!limits.fieldNames.includes(part.fieldname))
          throw unknownPart('field', part.fieldname, limits.fieldNames)
        fields[part.fieldname] = String(part.value)
        continue
      }
      const name = part.fieldname
      if (!limits.fileNames.includes(name)) {
        part.file.resume()
        throw unknownPart('file', name, limits.fileNames)
      }
      if (seen.has(name)) {
        part.file.resume()
        throw new DomainError('invalid', 'duplicate_file', `the file ${name} was sent twice`, {
          field: name,
        })
      }
      seen.add(name)
      const extension = part.filename.toLowerCase().endsWith('.parquet') ? 'parquet' : 'csv'
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          bytes += chunk.length
          if (bytes > limits.totalBytes) callback(tooLarge(limits.totalBytes))
          else callback(null, chunk)
        },
      })
      await pipeline(part.file, counter, createWriteStream(join(dir, `${name}.${extension}`)))
      if (part.file.truncated) throw tooLarge(limits.totalBytes)
    }
    const missing = limits.fileNames.filter((name) => !seen.has(name))
    if (missing.length > 0) {
      throw new DomainError(
        'invalid',
        'missing_files',
        `the upload lacks the file part${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        { missing },
      )
    }
    return await use({ dir, fields, bytes })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function unknownPart(kind: 'field' | 'file', name: string, known: readonly string[]): DomainError {
  return new DomainError(
    'invalid',
    `unknown_${kind}`,
    `the upload has a ${kind} part "${name.slice(0, 64)}"; expected ${known.join(', ')}`,
    { field: name.slice(0, 64) },
  )
}

function tooLarge(totalBytes: number): DomainError {
  return new DomainError(
    'too_large',
    'upload_too_large',
    `the uploaded files together exceed ${totalBytes} bytes`,
    { limitBytes: totalBytes },
  )
}
