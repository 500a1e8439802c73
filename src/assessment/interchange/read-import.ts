import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { TestDefinition } from '../test-definition.js'
import type {
  ImageReference,
  ImportDefaults,
  ParsedItem,
  ParsedUnassigned,
  Refusal,
} from './import-types.js'
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
  /** Well-formed items no file, mapping or flag placed in a test: they load as unassigned drafts. */
  readonly unassigned: readonly ParsedUnassigned[]
  /** Malformed items, and items showing an image that is not there. */
  readonly refused: readonly Refusal[]
  /** Images of `items` and of `unassigned` (by the draft's id). */
  readonly assets: readonly ImportAsset[]
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
 * recursively), checks every item against the catalog, and gathers the images stems refer to;
 * an item whose image file is missing is refused, naming the file.
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
  const drafts: ParsedUnassigned[] = []
  for (const file of files) {
    const text = texts.get(file)!
    if (extname(file) === '.xml') {
      const read = readQtiFile(text, file, defaults, placements)
      if (read.kind === 'item') parsed.push(read.parsed)
      if (read.kind === 'refused') refused.push(read.refusal)
    } else {
      const outcome = parseMarkdownQuiz(text, file, defaults)
      parsed.push(...outcome.items)
      drafts.push(...outcome.unassigned)
      refused.push(...outcome.refused)
    }
  }
  const seen = new Map<string, { file: string; line: number }>()
  const assets: ImportAsset[] = []
  /** Refuses what cannot be stored or shown; else records the item and gathers its images. */
  const admit = (
    p: { id: string; texts: string[]; file: string; line: number },
    images: readonly ImageReference[],
    problem: string | undefined,
  ): boolean => {
    const earlier = seen.get(p.id)
    const missing = images.find((i) => !(existsSync(i.resolved) && statSync(i.resolved).isFile()))
    // PostgreSQL refuses NUL and would silently replace an unpaired surrogate.
    const reason = p.texts.some((t) => t.includes('\u0000') || !t.isWellFormed())
      ? 'text holds a NUL character or an unpaired surrogate'
      : (problem ??
        (missing
          ? `image file ${missing.path} not found (looked for ${missing.resolved})`
          : earlier
            ? `the same item as ${earlier.file}:${earlier.line}`
            : undefined))
    if (reason) {
      refused.push({
        file: p.file,
        line: missing?.line ?? p.line,
        reason: `item ${p.id}: ${reason}`,
      })
      return false
    }
    seen.set(p.id, p)
    for (const image of new Map(images.map((i) => [i.path, i])).values()) {
      assets.push({
        itemId: p.id,
        path: image.path,
        mediaType: MEDIA_TYPES[extname(image.resolved).toLowerCase()] ?? 'application/octet-stream',
        bytes: readFileSync(image.resolved),
      })
    }
    return true
  }
  const items = parsed.filter((p) => {
    const test = tests.get(p.item.testId)
    const problem = !test
      ? `unknown test "${p.item.testId}"`
      : !test.blueprint.some((d) => d.id === p.item.domain)
        ? `test ${test.id} has no domain "${p.item.domain}" (it has ${test.blueprint.map((d) => d.id).join(', ')})`
        : undefined
    const texts = [p.item.id, p.item.stem, ...p.item.options.flatMap((o) => [o.id, o.markdown])]
    return admit({ id: p.item.id, texts, file: p.file, line: p.line }, p.images, problem)
  })
  const unassigned = drafts.filter((p) => {
    const texts = [p.draft.stem, ...p.draft.options.map((o) => o.markdown)]
    return admit({ id: p.draft.id, texts, file: p.file, line: p.line }, p.images, undefined)
  })
  return { files: files.length, items, unassigned, refused: refused.sort(byPlace), assets }
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
