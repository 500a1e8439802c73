import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { TestDefinition } from '../test-definition.js'
import type { ImportDefaults, ParsedItem, Refusal } from './import-types.js'
import { parseMarkdownQuiz } from './markdown-quiz-parser.js'
import { type QtiPlacement, readQtiFile } from './qti-reader.js'

/** An image file to store with the items that show it. */
export interface ImportAsset {
  readonly itemId: string
  readonly path: string
  readonly mediaType: string
  readonly bytes: Uint8Array
}

/** Everything an import would load, and what it refuses; nothing is written yet. */
export interface ImportPlan {
  readonly files: number
  readonly items: readonly ParsedItem[]
  readonly refused: readonly Refusal[]
  readonly assets: readonly ImportAsset[]
  readonly missingImages: readonly {
    readonly file: string
    readonly line: number
    readonly path: string
  }[]
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
}

/**
 * Reads Markdown quiz files and QTI 3.0 files (given one by one or as directories, searched
 * recursively), checks every item against the catalog, and gathers the images stems refer to.
 *
 * @example readImport(['bank/'], catalogById, {}).refused
 */
export function readImport(
  paths: readonly string[],
  tests: ReadonlyMap<string, TestDefinition>,
  defaults: ImportDefaults,
): ImportPlan {
  const files = paths.flatMap(listFiles)
  const refused: Refusal[] = []
  const placements = new Map<string, QtiPlacement>()
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]))
  // Test files first, so their sections can place items that do not say where they belong.
  for (const file of files.filter((f) => extname(f) === '.xml')) {
    const read = readQtiFile(texts.get(file)!, file, defaults, placements)
    if (read.kind === 'test')
      for (const [id, placement] of read.placements) placements.set(id, placement)
  }
  const parsed: ParsedItem[] = []
  for (const file of files) {
    const text = texts.get(file)!
    if (extname(file) === '.xml') {
      const read = readQtiFile(text, file, defaults, placements)
      if (read.kind === 'item') parsed.push(read.parsed)
      if (read.kind === 'refused') refused.push(read.refusal)
    } else {
      const outcome = parseMarkdownQuiz(text, file, defaults)
      parsed.push(...outcome.items)
      refused.push(...outcome.refused)
    }
  }
  const items: ParsedItem[] = []
  const seen = new Map<string, ParsedItem>()
  for (const p of parsed) {
    const test = tests.get(p.item.testId)
    const earlier = seen.get(p.item.id)
    const texts = [p.item.id, p.item.stem, ...p.item.options.flatMap((o) => [o.id, o.markdown])]
    // PostgreSQL refuses NUL and would silently replace an unpaired surrogate.
    if (texts.some((t) => t.includes('\u0000') || !t.isWellFormed())) {
      refused.push({
        file: p.file,
        line: p.line,
        reason: `item ${p.item.id}: text holds a NUL character or an unpaired surrogate`,
      })
    } else if (!test)
      refused.push({
        file: p.file,
        line: p.line,
        reason: `item ${p.item.id}: unknown test "${p.item.testId}"`,
      })
    else if (!test.blueprint.some((d) => d.id === p.item.domain)) {
      refused.push({
        file: p.file,
        line: p.line,
        reason: `item ${p.item.id}: test ${test.id} has no domain "${p.item.domain}" (it has ${test.blueprint.map((d) => d.id).join(', ')})`,
      })
    } else if (earlier) {
      refused.push({
        file: p.file,
        line: p.line,
        reason: `item ${p.item.id}: the same item as ${earlier.file}:${earlier.line}`,
      })
    } else {
      seen.set(p.item.id, p)
      items.push(p)
    }
  }
  const assets: ImportAsset[] = []
  const missingImages: ImportPlan['missingImages'][number][] = []
  for (const p of items) {
    for (const image of p.images) {
      if (existsSync(image.resolved) && statSync(image.resolved).isFile()) {
        const mediaType =
          MEDIA_TYPES[extname(image.resolved).toLowerCase()] ?? 'application/octet-stream'
        assets.push({
          itemId: p.item.id,
          path: image.path,
          mediaType,
          bytes: readFileSync(image.resolved),
        })
      } else missingImages.push({ file: p.file, line: image.line, path: image.path })
    }
  }
  return { files: files.length, items, refused: refused.sort(byPlace), assets, missingImages }
}

function byPlace(a: Refusal, b: Refusal): number {
  return a.file.localeCompare(b.file) || a.line - b.line
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) throw new ImportPathError(`no such file or directory: ${path}`)
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name)
      if (entry.isDirectory()) return listFiles(full)
      return ['.md', '.markdown', '.xml'].includes(extname(entry.name).toLowerCase()) &&
        entry.name !== 'imsmanifest.xml'
        ? [full]
        : []
    })
}

export class ImportPathError extends Error {
  override readonly name = 'ImportPathError'
}
