import { parseFrame, render } from '../models/editing/edit-frame.js'
import type { Task } from '../task.js'
import { compareSpecificity, specificity } from './css-specificity.js'
import { formatNumber } from './number-format.js'
import { evaluatePython } from './python/evaluate-python.js'
import { runRegex } from './regex-runner.js'
import { evaluateFormula } from './spreadsheet/evaluate-formula.js'
import type { TaskEngines } from './task-engines.js'
import { runTypeScript } from './typescript-runner.js'

/**
 * Executes a task and returns its answer as the canonical text an option's `value` holds.
 *
 * @example await executeTask({ kind: 'javascript', source: 'console.log(1 + 1)' }, engines) // '2'
 */
export async function executeTask(task: Task, engines: TaskEngines): Promise<string> {
  switch (task.kind) {
    case 'javascript':
    case 'intl':
      return engines.javascript.run(task.source)
    case 'typescript':
      return runTypeScript(engines.javascript, task.source)
    case 'edit':
      return render(parseFrame(task.frame))
    case 'python':
      return evaluatePython(task.expression)
    case 'sql':
      return engines.sql.run(task.setup, task.query)
    case 'regex':
      return runRegex(engines.javascript, task)
    case 'spreadsheet':
      return formatNumber(evaluateFormula(task.formula, task.cells), task.format)
    case 'css-specificity': {
      const ranked = task.selectors
        .map((selector) => ({ selector, value: specificity(selector) }))
        .sort((x, y) => compareSpecificity(y.value, x.value))
      const top = ranked[0]!
      return task.ask === 'winner' ? top.selector : `(${top.value.join(', ')})`
    }
  }
}
