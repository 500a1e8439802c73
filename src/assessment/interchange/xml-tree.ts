import { XMLParser } from 'fast-xml-parser'
import { decodeEntities } from './xml-text.js'

/**
 * An element with its children in document order: template processing runs its rules in
 * sequence and a template's choices keep their order, which a name-keyed parse would lose.
 */
export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

export type XmlNode = XmlElement | string

type Ordered = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // As in the item reader: one decoding pass, so an escaped entity stays literal text.
  processEntities: false,
  tagValueProcessor: (_name, value) => decodeEntities(value),
  attributeValueProcessor: (_name, value) => decodeEntities(value),
})

/** The document's root element (the first element after the XML declaration). */
export function parseXmlTree(text: string): XmlElement | undefined {
  const nodes = (parser.parse(text) as Ordered[]).map(toNode)
  return nodes.find((n): n is XmlElement => typeof n !== 'string' && !n.name.startsWith('?'))
}

function toNode(raw: Ordered): XmlNode {
  if ('#text' in raw) return String(raw['#text'])
  const name = Object.keys(raw).find((k) => k !== ':@')!
  const attributes = (raw[':@'] as Record<string, string> | undefined) ?? {}
  return { name, attributes, children: ((raw[name] as Ordered[]) ?? []).map(toNode) }
}

/** Child elements, all or those with one name. */
export function elementsOf(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  )
}

/** The first element with this name at any depth, the element itself included. */
export function findElement(element: XmlElement, name: string): XmlElement | undefined {
  if (element.name === name) return element
  for (const child of elementsOf(element)) {
    const found = findElement(child, name)
    if (found) return found
  }
  return undefined
}

/** All text below the element, markup removed. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('')
}
