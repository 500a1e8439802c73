import type { Task } from '../task.js'
import { executeTask } from './execute-task.js'
import { SnippetError } from './javascript-sandbox.js'
import { regexSource } from './regex-runner.js'
import type { TaskEngines } from './task-engines.js'
import { runTypeScriptBatch } from './typescript-runner.js'

/** Tasks per entry into an engine when executing many: one sandbox timeout, one SQL round trip. */
export const TASK_BATCH_SIZE = 100

/**
 * Executes many tasks with the same engines as `executeTask`, batching those that run in the
 * sandbox, through the TypeScript transpiler or on PostgreSQL. Answers come back in task order.
 *
 * @example await executeTasks([{ kind: 'javascript', source: 'console.log(1)' }], engines) // ['1']
 */
export async function executeTasks(
  tasks: readonly Task[],
  engines: TaskEngines,
): Promise<string[]> {
  const answers: string[] = new Array(tasks.length)
  const groups = { javascript: [] as number[], typescript: [] as number[], sql: [] as number[] }
  for (const [i, task] of tasks.entries()) {
    switch (task.kind) {
      case 'javascript':
      case 'intl':
      case 'regex':
        groups.javascript.push(i)
        break
      case 'typescript':
        groups.typescript.push(i)
        break
      case 'sql':
        if (task.setup.trim() === '') groups.sql.push(i)
        else answers[i] = await executeTask(task, engines)
        break
      case 'spreadsheet':
      case 'css-specificity':
      case 'python':
      case 'edit':
        answers[i] = await executeTask(task, engines)
        break
    }
  }
  for (const chunk of chunks(groups.javascript)) {
    const outcomes = engines.javascript.runBatch(chunk.map((i) => javascriptOf(tasks[i]!)))
    chunk.forEach((i, k) => {
      answers[i] = settled(outcomes[k]!)
    })
  }
  for (const chunk of chunks(groups.typescript)) {
    const outcomes = await runTypeScriptBatch(
      engines.javascript,
      chunk.map((i) => (tasks[i] as { source: string }).source),
    )
    chunk.forEach((i, k) => {
      answers[i] = settled(outcomes[k]!)
    })
  }
  for (const chunk of chunks(groups.sql)) {
    const outcomes = await engines.sql.runQueries(
      '',
      chunk.map((i) => (tasks[i] as { query: string }).query),
    )
    chunk.forEach((i, k) => {
      answers[i] = outcomes[k]!
    })
  }
  return answers
}

function javascriptOf(task: Task): string {
  if (task.kind === 'regex') return regexSource(task)
  return (task as { source: string }).source
}

function settled(outcome: string | SnippetError): string {
  if (outcome instanceof SnippetError) throw outcome
  return outcome
}

function chunks(indexes: readonly number[]): number[][] {
  const out: number[][] = []
  for (let i = 0; i < indexes.length; i += TASK_BATCH_SIZE)
    out.push(indexes.slice(i, i + TASK_BATCH_SIZE))
  return out
}
