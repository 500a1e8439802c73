import { text } from 'node:stream/consumers'
import type { PlannedRequest } from './open-loop.js'

// The work benchmark's client (see `bench/api-work.ts`): a process of its own, so that the
// server's process counts only the server's CPU time. Reads the planned requests as JSON on
// stdin, sends them one after another, and prints the statuses it saw as JSON on stdout.
const planned = JSON.parse(await text(process.stdin)) as PlannedRequest[]
const statuses: Record<number, number> = {}
let failures = 0
for (const request of planned) {
  try {
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    })
    await response.arrayBuffer()
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
  } catch {
    failures++
  }
}
process.stdout.write(JSON.stringify({ statuses, failures }))
