import type { Panel } from './panel-columns.js'

/**
 * Row order of the CSV files and fixtures: by event_id (code-unit order, like C-locale sorting),
 * keeping the builder's order within an event (k, or started_at then project_id). Returns the
 * permutation; a panel from one source is usually already in this order.
 */
export function eventOrder(panel: Panel): Int32Array {
  const ids = panel.event_id
  const n = panel.rows
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  let sorted = true
  for (let i = 1; i < n && sorted; i++) sorted = ids[i - 1]! <= ids[i]!
  if (sorted) return order
  // Sort whole events (their rows are contiguous), then lay their rows out in that order.
  const starts: number[] = []
  for (let i = 0; i < n; i++) if (i === 0 || ids[i] !== ids[i - 1]) starts.push(i)
  starts.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b))
  let at = 0
  for (const start of starts) {
    for (let i = start; i < n && ids[i] === ids[start]; i++) order[at++] = i
  }
  return order
}
