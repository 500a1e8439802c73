import { uuidv7 } from 'uuidv7'

/** Opaque, time-ordered ids (UUIDv7): unique across engines and shards, index-friendly. */
export function newId(): string {
  return uuidv7()
}
