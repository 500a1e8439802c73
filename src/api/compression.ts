import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import negotiate from '@fastify/accept-negotiator'
import type { FastifyCompressOptions } from '@fastify/compress'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** The encodings answers are compressed with, the preferred first. */
const ENCODINGS = ['br', 'gzip'] as const
type Encoding = (typeof ENCODINGS)[number]

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
const THRESHOLD_BYTES = 1024

/**
 * Brotli or gzip for every compressible answer (the app's assets, JSON) above 1 kB. Request
 * bodies are never inflated: a small compressed upload could expand past every size limit.
 * Answers up to 64 kB (a catalog page, an attempt) are compressed in one call: the plugin's
 * default on two cores (8 kB) streams them instead, and the stream's setup, its thread-pool
 * hand-offs and its chunked writes cost the server more than the compression itself when the
 * database shares those cores (`npm run bench api-work`).
 */
export const COMPRESSION: FastifyCompressOptions = {
  encodings: [...ENCODINGS],
  threshold: THRESHOLD_BYTES,
  syncThreshold: 64 * 1024,
  globalDecompression: false,
}

/** The plugin's brotli quality: 11, the library's default, costs far more for little gain. */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }

/**
 * A body sent many times over, with its compressed forms made once each: a route that keeps a
 * serialised answer (a catalog page) keeps this instead, and the compression plugin passes the
 * already compressed bytes through.
 */
export interface Precompressed {
  readonly body: string
  readonly compressed: Map<Encoding, Buffer>
}

export function precompressed(body: string): Precompressed {
  return { body, compressed: new Map() }
}

/**
 * Sends kept pages as JSON, each compressed as the plugin would have compressed it for the
 * request (the same negotiation, threshold and settings), but only the first time per encoding.
 * The swap to the compressed bytes happens in the route's own `onSend`, after the app-wide
 * hooks (the answer-key guard among them) have seen the text and before the plugin's, which
 * passes bytes already encoded through.
 */
export function precompressedSender() {
  const pending = new WeakMap<FastifyRequest, Precompressed>()
  return {
    send(request: FastifyRequest, reply: FastifyReply, page: Precompressed): FastifyReply {
      pending.set(request, page)
      return reply.type('application/json; charset=utf-8').send(page.body)
    },
    onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const page = pending.get(request)
      if (!page || payload !== page.body) return payload
      const encoding = acceptedEncoding(request)
      if (!encoding || Buffer.byteLength(page.body) < THRESHOLD_BYTES) return payload
      let bytes = page.compressed.get(encoding)
      if (!bytes) {
        bytes =
          encoding === 'br' ? brotliCompressSync(page.body, BROTLI_OPTIONS) : gzipSync(page.body)
        page.compressed.set(encoding, bytes)
      }
      void reply.header('vary', 'accept-encoding').header('content-encoding', encoding)
      return bytes
    },
  }
}

/** The encoding the plugin would pick from Accept-Encoding (`*` and `x-gzip` count as gzip). */
function acceptedEncoding(request: FastifyRequest): Encoding | null {
  const header = request.headers['accept-encoding']
  if (header === undefined || request.headers['x-no-compression'] !== undefined) return null
  return negotiate(header.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'), [...ENCODINGS])
}
