import { parentPort, workerData } from 'node:worker_threads'
import type { ClientReport, PlannedRequest } from './open-loop.js'

// The load client's thread (see `openLoop`): fires each planned request when it is due and
// reports every latency, measured from that due time, back to the benchmark.
const { rate, planned } = workerData as { rate: number; planned: PlannedRequest[] }
const latenciesMs: number[] = []
const statuses = new Map<number, number>()
let failures = 0
const start = performance.now()
const pending: Promise<void>[] = []
for (let i = 0; i < planned.length; i++) {
  const due = start + (i * 1000) / rate
  const wait = due - performance.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  const request = planned[i]!
  pending.push(
    fetch(request.url, {
      method: request.method ?? 'GET',
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    }).then(
      async (response) => {
        await response.arrayBuffer()
        latenciesMs.push(performance.now() - due)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      },
      () => {
        failures++
      },
    ),
  )
}
await Promise.all(pending)
const report: ClientReport = {
  latenciesMs,
  statuses: [...statuses],
  failures,
  seconds: (performance.now() - start) / 1000,
}
parentPort!.postMessage(report)
