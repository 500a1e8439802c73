import type { Item } from '../item.js'
import { itemsDrawnFromDomain } from '../test-defaults.js'
import type { TestDefinition } from '../test-definition.js'
import { QTI_NAMESPACE, xml } from './xml-text.js'

/**
 * A QTI 3.0 `qti-assessment-test`: the time limit in seconds, one section per blueprint domain
 * that has bank items, each selecting the items a form draws from it and shuffling them.
 */
export function testToQti(
  test: TestDefinition,
  items: readonly Item[],
  itemHref: (item: Item) => string,
): string {
  const sections = test.blueprint
    .map((domain) => {
      const inDomain = items.filter((i) => i.domain === domain.id)
      if (inDomain.length === 0) return ''
      const select = Math.min(inDomain.length, itemsDrawnFromDomain(test.form, domain.weight))
      return `    <qti-assessment-section identifier="${xml(domain.id)}" title="${xml(domain.title)}" visible="true">
      <qti-selection select="${select}"/>
      <qti-ordering shuffle="true"/>
${inDomain.map((i) => `      <qti-assessment-item-ref identifier="${xml(i.id)}" href="${xml(itemHref(i))}"/>`).join('\n')}
    </qti-assessment-section>`
    })
    .filter((s) => s !== '')
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-test xmlns="${QTI_NAMESPACE}" identifier="${xml(test.id)}" title="${xml(test.title)}">
  <qti-time-limits max-time="${test.timeLimitSeconds}"/>
  <qti-test-part identifier="main" navigation-mode="nonlinear" submission-mode="simultaneous">
${sections.join('\n')}
  </qti-test-part>
</qti-assessment-test>
`
}
