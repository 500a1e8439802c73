import { elementsOf, textOf, type XmlElement } from './xml-tree.js'

/** A variable's value: empty for NULL, one entry for single cardinality, several for multiple. */
export type QtiValue = readonly string[]

/** What template processing leaves behind: template variables and the correct responses it set. */
export interface TemplateState {
  readonly templateValues: ReadonlyMap<string, QtiValue>
  readonly correctResponses: ReadonlyMap<string, QtiValue>
}

/**
 * Runs a `qti-template-processing` element with every `qti-random-integer` yielding `drawn`
 * (which must be one of the values it can yield), so each variant of a template can be visited
 * in turn. Only the rules and expressions our template exports use are supported; anything else
 * is refused by name rather than guessed at.
 */
export function runTemplateProcessing(processing: XmlElement, drawn: number): TemplateState {
  const templateValues = new Map<string, QtiValue>()
  const correctResponses = new Map<string, QtiValue>()
  const evaluate = (expression: XmlElement): QtiValue => {
    switch (expression.name) {
      case 'qti-base-value': {
        const text = textOf(expression).trim()
        // Numbers compare by value, so `01` written by another tool still matches 1.
        const numeric = ['integer', 'float'].includes(expression.attributes['base-type'] ?? '')
        return [numeric ? String(Number(text)) : text]
      }
      case 'qti-variable':
        return templateValues.get(expression.attributes.identifier ?? '') ?? []
      case 'qti-multiple':
        return elementsOf(expression).flatMap(evaluate)
      case 'qti-match': {
        const [a, b] = elementsOf(expression).map(evaluate)
        if (!a || !b || a.length === 0 || b.length === 0) return []
        return [String(sameValues(a, b))]
      }
      case 'qti-random-integer': {
        const min = Number(expression.attributes.min ?? '0')
        const max = Number(expression.attributes.max)
        const step = Number(expression.attributes.step ?? '1')
        if (!Number.isInteger(drawn) || drawn < min || drawn > max || (drawn - min) % step !== 0)
          throw new RangeError(`${drawn} is not a value qti-random-integer ${min}..${max} yields`)
        return [String(drawn)]
      }
      default:
        throw new Error(`unsupported template expression ${expression.name}`)
    }
  }
  const run = (rules: readonly XmlElement[]): void => {
    for (const rule of rules) {
      const target = rule.attributes.identifier ?? ''
      const [expression] = elementsOf(rule)
      switch (rule.name) {
        case 'qti-set-template-value':
          templateValues.set(target, expression ? evaluate(expression) : [])
          break
        case 'qti-set-correct-response':
          correctResponses.set(target, expression ? evaluate(expression) : [])
          break
        case 'qti-template-condition':
          run(chosenBranch(rule, evaluate))
          break
        default:
          throw new Error(`unsupported template rule ${rule.name}`)
      }
    }
  }
  run(elementsOf(processing))
  return { templateValues, correctResponses }
}

/** The rules of the first branch whose condition is true, or of the else branch. */
function chosenBranch(
  condition: XmlElement,
  evaluate: (e: XmlElement) => QtiValue,
): readonly XmlElement[] {
  for (const branch of elementsOf(condition)) {
    if (branch.name === 'qti-template-else') return elementsOf(branch)
    const [test, ...rules] = elementsOf(branch)
    if (test && evaluate(test)[0] === 'true') return rules
  }
  return []
}

function sameValues(a: QtiValue, b: QtiValue): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
}
