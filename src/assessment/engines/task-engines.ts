import { createJavaScriptSandbox, type JavaScriptSandbox } from './javascript-sandbox.js'
import { createSqlSandbox, type SqlSandbox } from './sql-runner.js'

/**
 * The engines that execute tasks and compute item-model keys: the JavaScript sandbox (also
 * TypeScript, Intl and regular expressions) and the in-memory PostgreSQL. Both are costly to
 * start, so the platform makes one set per process and hands it down.
 */
export interface TaskEngines {
  readonly javascript: JavaScriptSandbox
  readonly sql: SqlSandbox
}

/**
 * A fresh set of engines; `closeTaskEngines` stops what they started.
 *
 * @example const engines = createTaskEngines(); await executeTask(task, engines)
 */
export function createTaskEngines(): TaskEngines {
  return { javascript: createJavaScriptSandbox(), sql: createSqlSandbox() }
}

export async function closeTaskEngines(engines: TaskEngines): Promise<void> {
  await engines.sql.close()
}
