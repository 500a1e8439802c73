import { Agent, request as httpRequest } from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'
import type { ClientReport, PlannedRequest } from './open-loop.js'

// The load client's thread (see `openLoop`): fires each planned request when it is due and
// reports every latency, measured from that due time, back to the benchmark.
//
// It speaks plain `node:http` over kept-alive connections and reads each body as bytes without
// decoding it. A client on another machine would spend its own cores on that work; here client,
// server and database share two, and `fetch` (with its stream machinery and transparent
// brotli/gzip decoding) cost about 1.4 ms of CPU a search page, more than the server's share.
const { rate, planned } = workerData as { rate: number; planned: PlannedRequest[] }
const agent = new Agent({ keepAlive: true })
const latenciesMs: number[] = []
const statuses = new Map<number, number>()
let failures = 0

/** Sends one request; resolves with its status once the whole body has arrived. */
function send(planned: PlannedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(planned.url)
    const outgoing = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: planned.method ?? 'GET',
        headers: {
          ...planned.headers,
          ...(planned.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(planned.body)) }
            : {}),
        },
      },
      (response) => {
        response.on('data', () => {})
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(planned.body)
  })
}

const start = performance.now()
const pending: Promise<void>[] = []
for (let i = 0; i < planned.length; i++) {
  const due = start + (i * 1000) / rate
  const wait = due - performance.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  pending.push(
    send(planned[i]!).then(
      (status) => {
        latenciesMs.push(performance.now() - due)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      },
      () => {
        failures++
      },
    ),
  )
}
await Promise.all(pending)
agent.destroy()
const report: ClientReport = {
  latenciesMs,
  statuses: [...statuses],
  failures,
  seconds: (performance.now() - start) / 1000,
}
parentPort!.postMessage(report)
