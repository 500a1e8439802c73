import type { Item } from '../item.js'
import { MATCH_CORRECT, QTI_NAMESPACE, xml } from './xml-text.js'

/**
 * A QTI 3.0 `qti-assessment-item` with one `qti-choice-interaction`. Stems and options stay
 * Markdown inside `data-ss-format="markdown"` blocks so an export imports back exactly; the
 * bank's own fields ride as `data-ss-*` attributes of a `div` around the interaction (QTI allows
 * `data-*` attributes on a `div`, not on `qti-item-body`).
 *
 * @example itemToQti(item).startsWith('<?xml')
 */
export function itemToQti(item: Item): string {
  const cardinality = item.kind === 'single' ? 'single' : 'multiple'
  const maxChoices = item.kind === 'single' ? 1 : 0
  const body = [
    `data-ss-test="${xml(item.testId)}"`,
    `data-ss-domain="${xml(item.domain)}"`,
    `data-ss-lifecycle="${item.lifecycle}"`,
    `data-ss-source="${item.source}"`,
    ...(item.modelId ? [`data-ss-model="${xml(item.modelId)}"`] : []),
  ].join(' ')
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NAMESPACE}" identifier="${xml(item.id)}" title="${xml(title(item.stem))}" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier">
    <qti-correct-response>
${item.keys.map((k) => `      <qti-value>${xml(k)}</qti-value>`).join('\n')}
    </qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
    <div ${body}>
      <qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="${maxChoices}">
        <qti-prompt><div data-ss-format="markdown">${xml(item.stem)}</div></qti-prompt>
${item.options.map((o) => `        <qti-simple-choice identifier="${xml(o.id)}"><div data-ss-format="markdown">${xml(o.markdown)}</div></qti-simple-choice>`).join('\n')}
      </qti-choice-interaction>
    </div>
  </qti-item-body>
  <qti-response-processing template="${MATCH_CORRECT}"/>
</qti-assessment-item>
`
}

function title(stem: string): string {
  const first = stem
    .split('\n')[0]!
    .replace(/^[#>\s]+/, '')
    .replace(/[`*_]/g, '')
    .trim()
  return first.length > 80 ? `${first.slice(0, 77)}…` : first
}
