import type { RowCells } from './raw-table.js'

const INITIAL_SLOTS = 1 << 12
const EMPTY = -1

/**
 * A hash table from ids to numbers (row or worker positions) that reads ids as the bytes of their
 * field, so that checking millions of ids for duplicates and references makes no strings and
 * none of the garbage a Map of a million fresh strings leaves. Ids are compared byte for byte in
 * UTF-8, which is string equality. Open addressing, FNV-1a hashes, load factor at most ½.
 */
export class IdIndex {
  private slots: Int32Array
  private mask: number
  private buffers: Uint8Array[] = []
  private starts: Int32Array
  private ends: Int32Array
  private hashes: Int32Array
  private values: Int32Array
  /** The entry `get` found last. */
  private last = EMPTY
  size = 0

  /** `expected`: about how many ids will come, so the table rarely has to grow. */
  constructor(expected = 0) {
    let capacity = INITIAL_SLOTS
    while (capacity < expected * 2) capacity *= 2
    this.slots = new Int32Array(capacity).fill(EMPTY)
    this.mask = capacity - 1
    this.starts = new Int32Array(capacity / 2)
    this.ends = new Int32Array(capacity / 2)
    this.hashes = new Int32Array(capacity / 2)
    this.values = new Int32Array(capacity / 2)
  }

  /** Adds the id in field j with `value`; returns the value already there, or −1 when it was new. */
  add(row: RowCells, j: number, value: number): number {
    const { bytes, start, end } = fieldOf(row, j)
    const hash = fnv(bytes, start, end)
    const found = this.find(bytes, start, end, hash)
    if (found !== EMPTY) return this.values[found]!
    if (this.size * 2 >= this.slots.length) this.grow()
    const entry = this.size++
    this.buffers.push(bytes)
    this.starts[entry] = start
    this.ends[entry] = end
    this.hashes[entry] = hash
    this.values[entry] = value
    this.place(entry)
    return EMPTY
  }

  /**
   * The value of the id in field j, or −1 when it is not there. The last id found is remembered:
   * files are often grouped by worker or project, and comparing a few bytes beats hashing them.
   */
  get(row: RowCells, j: number): number {
    const { bytes, start, end } = fieldOf(row, j)
    const last = this.last
    if (last !== EMPTY && this.equals(last, bytes, start, end)) return this.values[last]!
    const found = this.find(bytes, start, end, fnv(bytes, start, end))
    if (found === EMPTY) return EMPTY
    this.last = found
    return this.values[found]!
  }

  private equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    if (this.ends[entry]! - this.starts[entry]! !== end - start) return false
    const other = this.buffers[entry]!
    const offset = this.starts[entry]! - start
    for (let i = start; i < end; i++) if (bytes[i] !== other[i + offset]) return false
    return true
  }

  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!
      if (entry === EMPTY) return EMPTY
      if (this.hashes[entry] === hash && this.equals(entry, bytes, start, end)) return entry
    }
  }

  private place(entry: number): void {
    let slot = this.hashes[entry]! & this.mask
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask
    this.slots[slot] = entry
  }

  private grow(): void {
    const capacity = this.slots.length * 2
    this.slots = new Int32Array(capacity).fill(EMPTY)
    this.mask = capacity - 1
    const widen = (old: Int32Array) => {
      const bigger = new Int32Array(capacity / 2)
      bigger.set(old)
      return bigger
    }
    this.starts = widen(this.starts)
    this.ends = widen(this.ends)
    this.hashes = widen(this.hashes)
    this.values = widen(this.values)
    for (let entry = 0; entry < this.size; entry++) this.place(entry)
  }
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
