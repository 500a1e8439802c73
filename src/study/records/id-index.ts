import type { RowCells } from './raw-table.js'

const INITIAL_SLOTS = 1 << 12
const EMPTY = -1
/** Int32 fields of one slot, side by side: hash, start and end of the id's bytes, value. */
const STRIDE = 4
const HASH = 0
const START = 1
const END = 2
const VALUE = 3

/**
 * A hash table from ids to numbers (row or worker positions) that reads ids as the bytes of their
 * field, so that checking millions of ids for duplicates and references makes no strings and
 * none of the garbage a Map of a million fresh strings leaves. Ids are compared byte for byte in
 * UTF-8, which is string equality. Open addressing, FNV-1a hashes, load factor at most ½.
 *
 * A slot holds everything a probe reads (hash, where the id's bytes are, the value) in one
 * 16-byte run: in a file whose rows come in no particular order every lookup lands somewhere
 * new in memory, and then the number of cache lines a lookup touches is its cost.
 */
export class IdIndex {
  private slots: Int32Array
  private mask: number
  /** Buffers the ids' bytes lie in; `bufferOf` is read only when there is more than one. */
  private readonly buffers: Uint8Array[] = []
  private bufferOf: Int32Array
  /** The slot `get` found last. */
  private last = EMPTY
  size = 0

  /** `expected`: about how many ids will come, so the table rarely has to grow. */
  constructor(expected = 0) {
    let capacity = INITIAL_SLOTS
    while (capacity < expected * 2) capacity *= 2
    this.slots = emptySlots(capacity)
    this.bufferOf = new Int32Array(capacity)
    this.mask = capacity - 1
  }

  /** Adds the id in field j with `value`; returns the value already there, or −1 when it was new. */
  add(row: RowCells, j: number, value: number): number {
    const { bytes, start, end } = fieldOf(row, j)
    return this.addBytes(bytes, start, end, value)
  }

  /** As `add`, for the id bytes[start … end − 1]; `bytes` must stay unchanged while indexed. */
  addBytes(bytes: Uint8Array, start: number, end: number, value: number): number {
    const hash = fnv(bytes, start, end)
    let slot = this.find(bytes, start, end, hash)
    if (this.slots[slot * STRIDE + START] !== EMPTY) return this.slots[slot * STRIDE + VALUE]!
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow()
      slot = this.find(bytes, start, end, hash)
    }
    this.size++
    const at = slot * STRIDE
    this.slots[at + HASH] = hash
    this.slots[at + START] = start
    this.slots[at + END] = end
    this.slots[at + VALUE] = value
    if (this.buffers[this.buffers.length - 1] !== bytes) this.buffers.push(bytes)
    this.bufferOf[slot] = this.buffers.length - 1
    return EMPTY
  }

  /**
   * The value of the id in field j, or −1 when it is not there. The last id found is remembered:
   * files are often grouped by worker or project, and comparing a few bytes beats hashing them.
   */
  get(row: RowCells, j: number): number {
    const { bytes, start, end } = fieldOf(row, j)
    return this.getBytes(bytes, start, end)
  }

  /** As `get`, for the id bytes[start … end − 1]. */
  getBytes(bytes: Uint8Array, start: number, end: number): number {
    const last = this.last
    if (last !== EMPTY && this.equals(last, bytes, start, end)) {
      return this.slots[last * STRIDE + VALUE]!
    }
    const slot = this.find(bytes, start, end, fnv(bytes, start, end))
    if (this.slots[slot * STRIDE + START] === EMPTY) return EMPTY
    this.last = slot
    return this.slots[slot * STRIDE + VALUE]!
  }

  private equals(slot: number, bytes: Uint8Array, start: number, end: number): boolean {
    const at = slot * STRIDE
    const from = this.slots[at + START]!
    if (this.slots[at + END]! - from !== end - start) return false
    const other = this.buffers.length === 1 ? this.buffers[0]! : this.buffers[this.bufferOf[slot]!]!
    const offset = from - start
    for (let i = start; i < end; i++) if (bytes[i] !== other[i + offset]) return false
    return true
  }

  /** The slot holding the id, or the empty slot where it would go. */
  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE
      if (slots[at + START] === EMPTY) return slot
      if (slots[at + HASH] === hash && this.equals(slot, bytes, start, end)) return slot
    }
  }

  private grow(): void {
    const old = this.slots
    const oldBuffers = this.bufferOf
    const capacity = (this.mask + 1) * 2
    this.slots = emptySlots(capacity)
    this.bufferOf = new Int32Array(capacity)
    this.mask = capacity - 1
    this.last = EMPTY
    for (let from = 0; from < old.length / STRIDE; from++) {
      if (old[from * STRIDE + START] === EMPTY) continue
      let slot = old[from * STRIDE + HASH]! & this.mask
      while (this.slots[slot * STRIDE + START] !== EMPTY) slot = (slot + 1) & this.mask
      this.slots.set(old.subarray(from * STRIDE, (from + 1) * STRIDE), slot * STRIDE)
      this.bufferOf[slot] = oldBuffers[from]!
    }
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * STRIDE)
  for (let slot = 0; slot < capacity; slot++) slots[slot * STRIDE + START] = EMPTY
  return slots
}

const field: { bytes: Uint8Array; start: number; end: number } = {
  bytes: new Uint8Array(0),
  start: 0,
  end: 0,
}

/** The bytes of field j: a range of the file, or the UTF-8 of the cell when there is no file. */
function fieldOf(row: RowCells, j: number): typeof field {
  const bytes = row.bytes()
  if (bytes !== null) {
    field.bytes = bytes
    field.start = row.start(j)
    field.end = row.end(j)
  } else {
    const text = Buffer.from(String(row.cell(j) ?? ''), 'utf8')
    field.bytes = text
    field.start = 0
    field.end = text.length
  }
  return field
}

/** 32-bit FNV-1a of bytes[start … end − 1]. */
function fnv(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
  return hash >>> 1
}
