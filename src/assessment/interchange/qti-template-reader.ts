import type { ItemKind, ItemOption } from '../item.js'
import { runTemplateProcessing } from './qti-template-processing.js'
import { elementsOf, findElement, textOf, type XmlElement } from './xml-tree.js'

/**
 * A QTI template item: a choice interaction whose stem blocks, shown choices and correct response
 * are set by template processing from one random integer. Our model exports are such items.
 */
export interface QtiTemplate {
  readonly identifier: string
  readonly title: string
  readonly kind: ItemKind
  /** The item model it was exported from, and the seed its variants were drawn with. */
  readonly modelId?: string
  readonly seed?: number
  /** Every value the random integer can take: one instance each. */
  readonly draws: readonly number[]
  readonly processing: XmlElement
  readonly body: XmlElement
  readonly interaction: XmlElement
  readonly responseIdentifier: string
}

/** One instance of a template: what a candidate would see, and the keys it is scored by. */
export interface TemplateInstance {
  readonly stem: string
  readonly options: readonly ItemOption[]
  readonly keys: readonly string[]
}

/** A template this reader cannot take apart, with the reason. */
export class QtiTemplateError extends Error {
  override readonly name = 'QtiTemplateError'
}

/** Whether a parsed `qti-assessment-item` is a template item. */
export function isTemplateItem(root: XmlElement): boolean {
  return elementsOf(root, 'qti-template-processing').length > 0
}

/**
 * Takes a template item apart; throws `QtiTemplateError` for one it cannot instantiate.
 *
 * @example readQtiTemplate(parseXmlTree(text)!).draws.length
 */
export function readQtiTemplate(root: XmlElement): QtiTemplate {
  const identifier = root.attributes.identifier ?? ''
  const fail = (reason: string): never => {
    throw new QtiTemplateError(`template ${identifier || '(no identifier)'}: ${reason}`)
  }
  const [processing] = elementsOf(root, 'qti-template-processing')
  const body = elementsOf(root, 'qti-item-body')[0]
  const interaction = body && findElement(body, 'qti-choice-interaction')
  if (!processing || !body || !interaction) return fail('has no qti-choice-interaction')
  const random = allElements(processing).filter((e) => e.name === 'qti-random-integer')
  if (random.length !== 1) return fail('draws with other than one qti-random-integer')
  const min = Number(random[0]!.attributes.min ?? '0')
  const max = Number(random[0]!.attributes.max)
  const step = Number(random[0]!.attributes.step ?? '1')
  if (![min, max, step].every(Number.isInteger) || step < 1 || max < min)
    return fail('has a qti-random-integer without whole min, max and step')
  const responseIdentifier = interaction.attributes['response-identifier'] ?? ''
  const declaration = elementsOf(root, 'qti-response-declaration').find(
    (d) => d.attributes.identifier === responseIdentifier,
  )
  const cardinality = declaration?.attributes.cardinality
  if (cardinality !== 'single' && cardinality !== 'multiple')
    return fail(`response ${responseIdentifier} is not declared single or multiple`)
  const bank = findElement(body, 'div')
  const seed = Number(bank?.attributes['data-ss-seed'])
  return {
    identifier,
    title: root.attributes.title ?? '',
    kind: cardinality,
    ...(bank?.attributes['data-ss-model'] ? { modelId: bank.attributes['data-ss-model'] } : {}),
    ...(Number.isInteger(seed) ? { seed } : {}),
    draws: Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step),
    processing,
    body,
    interaction,
    responseIdentifier,
  }
}

/**
 * The item a template becomes when its random integer yields `drawn`: template processing is
 * run, then the template blocks (the stem) and choices its template variables show are kept,
 * followed by any prompt, and the keys are
 * the correct response it set. Option ids are the ones the model gave, where the export kept them.
 *
 * @example instantiateQtiTemplate(template, template.draws[0]!).keys
 */
export function instantiateQtiTemplate(template: QtiTemplate, drawn: number): TemplateInstance {
  const state = runTemplateProcessing(template.processing, drawn)
  const visible = (element: XmlElement): boolean => {
    const variable = element.attributes['template-identifier']
    if (variable === undefined) return true
    const shown = (state.templateValues.get(variable) ?? []).includes(
      element.attributes.identifier ?? '',
    )
    return element.attributes['show-hide'] === 'hide' ? !shown : shown
  }
  const blocks = allElements(template.body).filter(
    (e) => e.name === 'qti-template-block' && visible(e),
  )
  const prompt = elementsOf(template.interaction, 'qti-prompt')
  const stem = [...blocks, ...prompt].map(markdownOf).join('\n\n')
  const choices = elementsOf(template.interaction, 'qti-simple-choice').filter(visible)
  const optionIds = new Map(
    choices.map((c) => {
      const id = c.attributes.identifier ?? ''
      return [id, optionIdOf(c) ?? id]
    }),
  )
  const keys = (state.correctResponses.get(template.responseIdentifier) ?? []).map((id) => {
    const option = optionIds.get(id)
    if (option === undefined)
      throw new QtiTemplateError(`template ${template.identifier}: key ${id} is not shown`)
    return option
  })
  return {
    stem,
    options: choices.map((c) => ({
      id: optionIds.get(c.attributes.identifier ?? '')!,
      markdown: markdownOf(c),
    })),
    keys,
  }
}

/** The Markdown our exports keep verbatim, else the element's text. */
function markdownOf(element: XmlElement): string {
  const markdown = allElements(element).find((e) => e.attributes['data-ss-format'] === 'markdown')
  return markdown ? textOf(markdown) : textOf(element).trim()
}

function optionIdOf(choice: XmlElement): string | undefined {
  return allElements(choice).find((e) => e.attributes['data-ss-option'] !== undefined)?.attributes[
    'data-ss-option'
  ]
}

function allElements(element: XmlElement): XmlElement[] {
  return elementsOf(element).flatMap((child) => [child, ...allElements(child)])
}
