import { crc32 } from 'node:zlib'

/** The iTXt keyword under which OB 3.0 bakes a credential into a PNG. */
export const BAKED_KEYWORD = 'openbadgecredential'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/*
 * PNG chunks are written by hand: a chunk is length, type, data and a CRC-32 of type + data,
 * twelve bytes of framing that node:zlib's crc32 completes. The npm PNG chunk packages are
 * unmaintained or lack iTXt (the UTF-8 text chunk OB 3.0 requires), and a dependency would be
 * larger than the code.
 */

/**
 * Bakes a signed credential into a PNG: an uncompressed iTXt chunk with keyword
 * `openbadgecredential` placed before IEND, replacing any credential baked before.
 *
 * @example const badge = bakePng(imagePng, JSON.stringify(credential))
 */
export function bakePng(png: Uint8Array, credentialJson: string): Buffer {
  const chunks = readChunks(png).filter((chunk) => !isBakedCredential(chunk))
  const text = Buffer.concat([
    Buffer.from(BAKED_KEYWORD, 'latin1'),
    // null separator, compression flag 0, compression method 0, empty language, empty translation
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(credentialJson, 'utf8'),
  ])
  const baked = { type: 'iTXt', data: text }
  const iend = chunks.findIndex((chunk) => chunk.type === 'IEND')
  chunks.splice(iend, 0, baked)
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(encodeChunk)])
}

/** The credential JSON baked into a PNG, or undefined when there is none. */
export function unbakePng(png: Uint8Array): string | undefined {
  const chunk = readChunks(png).find(isBakedCredential)
  if (chunk === undefined) return undefined
  const header = BAKED_KEYWORD.length + 1
  if (chunk.data[header] !== 0) throw new Error('compressed baked credentials are not supported')
  // Skip compression method, then the language tag and translated keyword (both null-terminated).
  const languageEnd = chunk.data.indexOf(0, header + 2)
  const translatedEnd = chunk.data.indexOf(0, languageEnd + 1)
  return chunk.data.subarray(translatedEnd + 1).toString('utf8')
}

interface Chunk {
  readonly type: string
  readonly data: Buffer
}

function readChunks(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png)
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG image')
  const chunks: Chunk[] = []
  let offset = 8
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const data = bytes.subarray(offset + 8, offset + 8 + length)
    const crc = bytes.readUInt32BE(offset + 8 + length)
    if (crc !== crc32(bytes.subarray(offset + 4, offset + 8 + length))) {
      throw new Error(`PNG chunk ${type} at byte ${offset} has a bad CRC`)
    }
    chunks.push({ type, data })
    offset += 12 + length
    if (type === 'IEND') return chunks
  }
  throw new Error('PNG image ends without an IEND chunk')
}

function encodeChunk(chunk: Chunk): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(chunk.data.length, 0)
  head.write(chunk.type, 4, 'latin1')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), chunk.data])), 0)
  return Buffer.concat([head, chunk.data, tail])
}

function isBakedCredential(chunk: Chunk): boolean {
  return (
    chunk.type === 'iTXt' &&
    chunk.data
      .subarray(0, BAKED_KEYWORD.length + 1)
      .equals(Buffer.from(`${BAKED_KEYWORD}\0`, 'latin1'))
  )
}
