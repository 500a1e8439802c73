import {
  ITEM_LIFECYCLES,
  type ItemKind,
  type ItemLifecycle,
  type ItemOption,
  optionId,
} from '../item.js'
import { scanImages } from './image-references.js'
import { mappingRuleFor } from './import-mapping.js'
import { screenOptions } from './import-screening.js'
import {
  DEFAULT_IMPORT_LIFECYCLE,
  type ImportDefaults,
  type ParsedItem,
  type ParsedUnassigned,
  type ParseOutcome,
  type Refusal,
} from './import-types.js'
import { contentItemId } from './item-fingerprint.js'

/** The id prefix of Markdown items; unassigned drafts hash an empty test id. */
const ID_PREFIX = 'md'

const HEADING = /^####\s+Q(\d+)\.\s*(.*)$/
const LOOSE_HEADING = /^####\s/
const OPTION = /^[-*]\s+\[( |x|X)\](?:\s+(.*))?$/
const LOOSE_OPTION = /^\s*[-*]\s*\[[^\]]*\]/
const FENCE = /^\s*(`{3,}|~{3,})/

interface Draft {
  readonly number: string
  readonly line: number
  stem: string[]
  options: { correct: boolean; lines: string[]; line: number }[]
  /** Prose after the options (explanations, references): not part of the item. */
  closed: boolean
  problem?: { line: number; reason: string }
}

/**
 * Reads the common Markdown quiz format: `#### Q1. question` (more stem lines and code blocks may
 * follow), then `- [x]` / `- [ ]` options whose continuation lines are indented or fenced code.
 * Text after the options (explanations, references) is ignored. Front matter (`test:`,
 * `domain:`, `lifecycle:`) is optional: it names where the items belong, else a mapping rule or
 * the defaults do, else the items come back unassigned. Each malformed item is refused with the
 * line where it goes wrong; the others are returned.
 *
 * @example parseMarkdownQuiz('#### Q1. 1 + 1?\n- [x] 2\n- [ ] 3\n', 'quiz.md', { testId: 'math', domain: 'd' })
 */
export function parseMarkdownQuiz(
  text: string,
  file: string,
  defaults: ImportDefaults,
): ParseOutcome {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const refused: Refusal[] = []
  const { meta, start } = frontMatter(lines, file, refused)
  const mapped = mappingRuleFor(file, defaults.mapping ?? [])
  const testId = meta.test ?? mapped?.testId ?? defaults.testId
  const domain = meta.domain ?? mapped?.domain ?? defaults.domain
  const lifecycle = (meta.lifecycle ??
    defaults.lifecycle ??
    DEFAULT_IMPORT_LIFECYCLE) as ItemLifecycle
  if (!ITEM_LIFECYCLES.includes(lifecycle)) {
    refused.push({ file, line: 1, reason: `unknown lifecycle "${lifecycle}"` })
    return { items: [], unassigned: [], refused }
  }
  const drafts: Draft[] = []
  let current: Draft | undefined
  let fence: { marker: string; line: number } | undefined
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!
    const lineNo = i + 1
    if (fence) {
      if (closesFence(raw, fence.marker)) fence = undefined
      append(current, raw)
      continue
    }
    const heading = HEADING.exec(raw)
    if (heading) {
      current = {
        number: heading[1]!,
        line: lineNo,
        stem: [heading[2]!],
        options: [],
        closed: false,
      }
      drafts.push(current)
      continue
    }
    if (LOOSE_HEADING.test(raw)) {
      refused.push({
        file,
        line: lineNo,
        reason: 'a question heading must read "#### Q<n>. <question>"',
      })
      current = undefined
      continue
    }
    if (!current || current.problem) continue
    const opening = FENCE.exec(raw)
    const option = OPTION.exec(raw)
    if (option && !current.closed) {
      current.options.push({ correct: option[1] !== ' ', lines: [option[2] ?? ''], line: lineNo })
    } else if (LOOSE_OPTION.test(raw) && !current.closed) {
      current.problem = {
        line: lineNo,
        reason: `Q${current.number}: an option must start with "- [ ]" or "- [x]"`,
      }
    } else if (
      current.options.length > 0 &&
      raw.trim() !== '' &&
      !/^\s{2,}|^\t/.test(raw) &&
      !opening
    ) {
      current.closed = true
    } else if (!current.closed) {
      append(current, raw)
    }
    if (opening && !current.closed) fence = { marker: opening[1]!, line: lineNo }
  }
  if (fence && current && !current.problem) {
    current.problem = {
      line: fence.line,
      reason: `Q${current.number}: code block opened here is never closed`,
    }
  }
  const items: ParsedItem[] = []
  const unassigned: ParsedUnassigned[] = []
  for (const draft of drafts) {
    const result = finish(draft, file, testId, domain, lifecycle)
    if ('reason' in result) refused.push(result)
    else if ('draft' in result) unassigned.push(result)
    else items.push(result)
  }
  return { items, unassigned, refused: refused.sort((a, b) => a.line - b.line) }
}

function append(draft: Draft | undefined, raw: string): void {
  if (!draft || draft.closed) return
  const last = draft.options.at(-1)
  if (last) last.lines.push(raw)
  else draft.stem.push(raw)
}

function closesFence(raw: string, marker: string): boolean {
  const trimmed = raw.trim()
  return trimmed.startsWith(marker[0]!.repeat(marker.length)) && /^(`+|~+)$/.test(trimmed)
}

function finish(
  draft: Draft,
  file: string,
  testId: string | undefined,
  domain: string | undefined,
  lifecycle: ItemLifecycle,
): ParsedItem | ParsedUnassigned | Refusal {
  const label = `Q${draft.number}`
  if (draft.problem) return { file, ...draft.problem }
  const stem = block(draft.stem)
  if (stem === '') return { file, line: draft.line, reason: `${label}: the question has no text` }
  if (draft.options.length < 2) {
    return {
      file,
      line: draft.line,
      reason: `${label}: needs at least two options, found ${draft.options.length}`,
    }
  }
  const empty = draft.options.find((o) => block(o.lines) === '')
  if (empty) return { file, line: empty.line, reason: `${label}: an option has no text` }
  if (!draft.options.some((o) => o.correct)) {
    return { file, line: draft.line, reason: `${label}: no option is marked correct with [x]` }
  }
  const scans = [
    scanImages(stem, file, draft.line),
    ...draft.options.map((o) => scanImages(block(o.lines), file, o.line)),
  ]
  const remote = scans.flatMap((scan) => scan.remote)[0]
  if (remote) {
    return {
      file,
      line: remote.line,
      reason: `${label}: image ${remote.path} is a web address; save the file next to the quiz and refer to it by path`,
    }
  }
  const options: ItemOption[] = draft.options.map((_, i) => ({
    id: optionId(i),
    markdown: scans[i + 1]!.markdown,
  }))
  const screened = screenOptions(options)
  if (screened)
    return {
      file,
      line: draft.options[screened.index]!.line,
      reason: `${label}: ${screened.reason}`,
    }
  const keys = options.filter((_, i) => draft.options[i]!.correct).map((o) => o.id)
  const images = scans.flatMap((scan) => scan.local)
  const texts = options.map((o) => o.markdown)
  const kind: ItemKind = keys.length === 1 ? 'single' : 'multiple'
  const shownStem = scans[0]!.markdown
  if (!testId || !domain) {
    const id = contentItemId(ID_PREFIX, '', shownStem, texts)
    return { file, line: draft.line, images, draft: { id, kind, stem: shownStem, options, keys } }
  }
  return {
    file,
    line: draft.line,
    images,
    item: {
      id: contentItemId(ID_PREFIX, testId, shownStem, texts),
      testId,
      domain,
      kind,
      stem: shownStem,
      options,
      keys,
      lifecycle,
      source: 'authored',
    },
  }
}

/** Joins lines, drops the indentation they share and the blank lines around them. */
function block(lines: readonly string[]): string {
  const [first = '', ...rest] = lines
  const indents = rest.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length)
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  return [first, ...rest.map((l) => l.slice(Math.min(cut, /^\s*/.exec(l)![0].length)))]
    .join('\n')
    .replace(/^\s*\n/, '')
    .trim()
}

function frontMatter(
  lines: readonly string[],
  file: string,
  refused: Refusal[],
): { meta: Record<string, string>; start: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, start: 0 }
  const meta: Record<string, string> = {}
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '---') return { meta, start: i + 1 }
    const m = /^([A-Za-z_-]+):\s*(.*)$/.exec(line)
    if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '')
    else if (line.trim() !== '')
      refused.push({ file, line: i + 1, reason: `front matter line is not "key: value"` })
  }
  refused.push({ file, line: 1, reason: 'front matter is never closed with "---"' })
  return { meta, start: lines.length }
}
