import type { ItemOption } from '../item.js'
import type { ItemModel } from '../item-model.js'
import { QTI_NAMESPACE, xml } from './xml-text.js'

/** What a template keeps of a variant: what a candidate sees, and the keys. */
export interface TemplateVariant {
  readonly stem: string
  readonly options: readonly ItemOption[]
  readonly keys: readonly string[]
}

/** What a template records of how its variants were drawn, so the same export can be redone. */
export interface TemplateDraw {
  readonly seed: number
}

/**
 * An item model as a QTI 3.0 template item. QTI's expression language cannot run a model's
 * generator (JavaScript calling our engines), so the template carries what QTI can express:
 * `variants.length` variants the generator produced, and a template variable drawn at random
 * (`qti-random-integer`) at the start of each item session selecting one of them.
 *
 * Kept: every variant's stem (a `qti-template-block` before the interaction, shown for that
 * variant: QTI allows no template block inside a `qti-prompt`), its options
 * (`qti-simple-choice`s shown while the variant is selected), its keys (`qti-set-correct-response`
 * under a `qti-template-condition`), the scoring (a `qti-response-processing` matching the
 * response against the correct response of the drawn variant), and the model id and seed.
 * Not kept: the generator itself, so a delivery system can show only these variants and a leaked
 * template exposes all of their keys; the executed task behind each key and the mistake behind
 * each distractor. Every model takes this form, even one whose key QTI arithmetic could compute
 * from integer draws: one form is one reader, and variants repeat as often as the generator
 * repeated them. Keys are in the file by design: this is an administrator's bank export.
 *
 * @example modelToQtiTemplate(model, await generateVariants(model, createRng(1), 20, engines), { seed: 1 })
 */
export function modelToQtiTemplate(
  model: Pick<ItemModel, 'id' | 'title' | 'kind'>,
  variants: readonly TemplateVariant[],
  draw: TemplateDraw,
): string {
  if (variants.length === 0) throw new RangeError(`model ${model.id}: a template needs a variant`)
  const cardinality = model.kind === 'single' ? 'single' : 'multiple'
  const branches = variants.map((variant, i) => branch(i + 1, variant, cardinality))
  const stems = variants.map(
    (v, i) =>
      `      <qti-template-block template-identifier="VARIANT" identifier="${block(i + 1)}" show-hide="show"><qti-content-body>${markdown(v.stem)}</qti-content-body></qti-template-block>`,
  )
  const choices = variants.flatMap((v, i) =>
    v.options.map(
      (o) =>
        `        <qti-simple-choice identifier="${choice(i + 1, o.id)}" template-identifier="VARIANT_CHOICES" show-hide="show">${markdown(o.markdown, o.id)}</qti-simple-choice>`,
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NAMESPACE}" identifier="${xml(templateIdentifier(model.id))}" title="${xml(model.title)}" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier"/>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-template-declaration identifier="VARIANT_NUMBER" cardinality="single" base-type="integer"/>
  <qti-template-declaration identifier="VARIANT" cardinality="single" base-type="identifier"/>
  <qti-template-declaration identifier="VARIANT_CHOICES" cardinality="multiple" base-type="identifier"/>
  <qti-template-processing>
    <qti-set-template-value identifier="VARIANT_NUMBER">
      <qti-random-integer min="1" max="${variants.length}"/>
    </qti-set-template-value>
    <qti-template-condition>
${branches.join('\n')}
    </qti-template-condition>
  </qti-template-processing>
  <qti-item-body>
    <div data-ss-model="${xml(model.id)}" data-ss-seed="${draw.seed}">
${stems.join('\n')}
      <qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="${cardinality === 'single' ? 1 : 0}">
${choices.join('\n')}
      </qti-choice-interaction>
    </div>
  </qti-item-body>
  <qti-response-processing>
    <qti-response-condition>
      <qti-response-if>
        <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
      </qti-response-if>
      <qti-response-else>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
      </qti-response-else>
    </qti-response-condition>
  </qti-response-processing>
</qti-assessment-item>
`
}

/** The template item's identifier: QTI identifiers may not start with a digit. */
export function templateIdentifier(modelId: string): string {
  return `model-${modelId.replace(/[^A-Za-z0-9._-]/g, '_')}`
}

function branch(number: number, variant: TemplateVariant, cardinality: string): string {
  const tag = number === 1 ? 'qti-template-if' : 'qti-template-else-if'
  const ids = (values: readonly string[]) =>
    values.map((v) => `<qti-base-value base-type="identifier">${v}</qti-base-value>`).join('')
  const keys = variant.keys.map((k) => choice(number, k))
  const correct = cardinality === 'single' ? ids(keys) : `<qti-multiple>${ids(keys)}</qti-multiple>`
  return `      <${tag}>
        <qti-match><qti-variable identifier="VARIANT_NUMBER"/><qti-base-value base-type="integer">${number}</qti-base-value></qti-match>
        <qti-set-template-value identifier="VARIANT">${ids([block(number)])}</qti-set-template-value>
        <qti-set-template-value identifier="VARIANT_CHOICES"><qti-multiple>${ids(variant.options.map((o) => choice(number, o.id)))}</qti-multiple></qti-set-template-value>
        <qti-set-correct-response identifier="RESPONSE">${correct}</qti-set-correct-response>
      </${tag}>`
}

const block = (number: number) => `V${number}`

/** Choice identifiers are unique across variants; the option's own id rides on its content. */
const choice = (number: number, optionId: string) =>
  `V${number}-${optionId.replace(/[^A-Za-z0-9._-]/g, '_')}`

function markdown(text: string, optionId?: string): string {
  const option = optionId === undefined ? '' : ` data-ss-option="${xml(optionId)}"`
  return `<div data-ss-format="markdown"${option}>${xml(text)}</div>`
}
