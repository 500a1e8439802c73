import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ITEM_LIFECYCLES, type Item, type ItemLifecycle, type ItemOption } from '../item.js'
import { scanImages } from './image-references.js'
import {
  DEFAULT_IMPORT_LIFECYCLE,
  type ImportDefaults,
  type ParsedItem,
  type Refusal,
} from './import-types.js'
import { markdownFromQtiContent } from './qti-content.js'
import { type QtiTemplate, QtiTemplateError, readQtiTemplate } from './qti-template-reader.js'
import { decodeEntities, lineOf } from './xml-text.js'
import { parseXmlTree } from './xml-tree.js'

type Node = Record<string, unknown>

const ARRAYS = new Set([
  'qti-simple-choice',
  'qti-value',
  'qti-assessment-section',
  'qti-assessment-item-ref',
  'qti-test-part',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are decoded here in one pass, so `&amp;#13;` stays the text "&#13;" while `&#13;`
  // becomes a carriage return; the parser's own decoding knows only the five named entities.
  processEntities: false,
  tagValueProcessor: (_name, value) => decodeEntities(value),
  attributeValueProcessor: (_name, value) => decodeEntities(value),
  isArray: (name) => ARRAYS.has(name),
})

/** Where a test file places an item: its test and section (the blueprint domain). */
export interface QtiPlacement {
  readonly testId: string
  readonly domain: string
}

/** What one QTI file holds. */
export type QtiFile =
  | { readonly kind: 'item'; readonly parsed: ParsedItem }
  | {
      readonly kind: 'test'
      readonly testId: string
      readonly timeLimitSeconds?: number
      readonly placements: ReadonlyMap<string, QtiPlacement>
    }
  | { readonly kind: 'template'; readonly template: QtiTemplate }
  | { readonly kind: 'other' }
  | { readonly kind: 'refused'; readonly refusal: Refusal }

/**
 * Reads one QTI 3.0 XML file: a choice item (single or multiple response), a template item (an
 * exported item model: the bank holds items, so an import skips it, and it can be instantiated),
 * an assessment test (sections become placements of the items they reference), or something
 * else to skip.
 */
export function readQtiFile(
  text: string,
  file: string,
  defaults: ImportDefaults,
  placements: ReadonlyMap<string, QtiPlacement>,
): QtiFile {
  const valid = XMLValidator.validate(text)
  if (valid !== true) return refused(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`)
  const doc = parser.parse(text) as Node
  if (doc['qti-assessment-test']) return readTest(doc['qti-assessment-test'] as Node)
  const root = doc['qti-assessment-item'] as Node | undefined
  if (!root) return { kind: 'other' }
  const line = lineOf(text, '<qti-assessment-item')
  if (root['qti-template-processing']) return readTemplate(text, file, line)
  const id = str(root['@identifier'])
  const label = id ? `item ${id}` : 'item'
  const fail = (reason: string, needle?: string) =>
    refused(file, needle ? lineOf(text, needle) : line, `${label}: ${reason}`)
  if (!id) return fail('has no identifier')
  const itemBody = root['qti-item-body'] as Node | undefined
  // Our exports wrap the interaction in a div carrying the bank's fields; older ones and other
  // tools put it, and any fields, on the item body itself.
  const body = (itemBody?.['qti-choice-interaction'] ? itemBody : itemBody?.div) as Node | undefined
  const interaction = body?.['qti-choice-interaction'] as Node | undefined
  if (!body || !interaction)
    return fail('has no qti-choice-interaction (only choice items are supported)')
  const choices = (interaction['qti-simple-choice'] as Node[] | undefined) ?? []
  if (choices.length < 2)
    return fail(
      `needs at least two qti-simple-choice, found ${choices.length}`,
      '<qti-choice-interaction',
    )
  const options: ItemOption[] = []
  for (const choice of choices) {
    const optionId = str(choice['@identifier'])
    if (!optionId) return fail('a qti-simple-choice has no identifier', '<qti-simple-choice')
    const markdown = markdownFromQtiContent(choice)
    if (markdown === '')
      return fail(`choice ${optionId} has no content`, `identifier="${optionId}"`)
    options.push({ id: optionId, markdown })
  }
  if (new Set(options.map((o) => o.id)).size !== options.length)
    return fail('two choices share an identifier', '<qti-simple-choice')
  const declaration = root['qti-response-declaration'] as Node | undefined
  const values = (
    ((declaration?.['qti-correct-response'] as Node | undefined)?.['qti-value'] as unknown[]) ?? []
  ).map((v) => str(typeof v === 'object' ? (v as Node)['#text'] : v).trim())
  if (values.length === 0) return fail('has no qti-correct-response', '<qti-response-declaration')
  const unknown = values.find((v) => !options.some((o) => o.id === v))
  if (unknown) return fail(`correct response "${unknown}" is not a choice`, '<qti-correct-response')
  const cardinality = str(declaration?.['@cardinality'])
  if (cardinality === 'single' && values.length !== 1)
    return fail(
      `cardinality single with ${values.length} correct values`,
      '<qti-response-declaration',
    )
  if (cardinality !== 'single' && cardinality !== 'multiple')
    return fail(
      `cardinality "${cardinality}" is not single or multiple`,
      '<qti-response-declaration',
    )
  const stem = markdownFromQtiContent((interaction['qti-prompt'] as Node | undefined) ?? {})
  if (stem === '') return fail('has an empty qti-prompt', '<qti-prompt')
  const placed = placements.get(id)
  const field = (name: string) => str(body[`@data-ss-${name}`] ?? itemBody?.[`@data-ss-${name}`])
  const testId = field('test') || placed?.testId || defaults.testId
  const domain = field('domain') || placed?.domain || defaults.domain
  if (!testId) return fail('names no test (data-ss-test, a test file section, or --test)')
  if (!domain) return fail('names no domain (data-ss-domain, a test file section, or --domain)')
  const lifecycle = (field('lifecycle') ||
    defaults.lifecycle ||
    DEFAULT_IMPORT_LIFECYCLE) as ItemLifecycle
  if (!ITEM_LIFECYCLES.includes(lifecycle)) return fail(`unknown lifecycle "${lifecycle}"`)
  const source = field('source') === 'model' ? 'model' : 'authored'
  const modelId = field('model')
  const item: Item = {
    id,
    testId,
    domain,
    kind: cardinality === 'single' ? 'single' : 'multiple',
    stem,
    options,
    keys: values,
    lifecycle,
    source,
    ...(modelId ? { modelId } : {}),
  }
  const images = [stem, ...options.map((o) => o.markdown)].flatMap(
    (md) => scanImages(md, file, line).local,
  )
  return { kind: 'item', parsed: { item, file, line, images } }
}

function readTemplate(text: string, file: string, line: number): QtiFile {
  try {
    return { kind: 'template', template: readQtiTemplate(parseXmlTree(text)!) }
  } catch (error) {
    if (error instanceof QtiTemplateError) return refused(file, line, error.message)
    throw error
  }
}

function readTest(root: Node): QtiFile {
  const testId = str(root['@identifier'])
  const limits = root['qti-time-limits'] as Node | undefined
  const placements = new Map<string, QtiPlacement>()
  for (const part of (root['qti-test-part'] as Node[] | undefined) ?? []) {
    for (const section of (part['qti-assessment-section'] as Node[] | undefined) ?? []) {
      const domain = str(section['@identifier'])
      for (const ref of (section['qti-assessment-item-ref'] as Node[] | undefined) ?? []) {
        placements.set(str(ref['@identifier']), { testId, domain })
      }
    }
  }
  const maxTime = Number(str(limits?.['@max-time']))
  return {
    kind: 'test',
    testId,
    placements,
    ...(Number.isFinite(maxTime) && maxTime > 0 ? { timeLimitSeconds: maxTime } : {}),
  }
}

function refused(file: string, line: number, reason: string): QtiFile {
  return { kind: 'refused', refusal: { file, line, reason } }
}

function str(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value)
}
