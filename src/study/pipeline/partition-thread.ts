import { parentPort, workerData } from 'node:worker_threads'
import type { PartitionReply, PartitionRequest, PartitionThreadData } from './partition-messages.js'
import { panelBuffers } from './partition-messages.js'
import { StudyPartition } from './study-partition.js'

// Entry point of a partition's worker thread: one StudyPartition, driven by messages in order.
const port = parentPort!
const partition = new StudyPartition((workerData as PartitionThreadData).settings)

port.on('message', (request: PartitionRequest) => {
  try {
    handle(request)
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    port.postMessage({
      type: 'error',
      message: e.message,
      stack: e.stack ?? '',
    } satisfies PartitionReply)
  }
})

function handle(request: PartitionRequest): void {
  switch (request.type) {
    case 'add':
      partition.add(request.batch)
      port.postMessage({ type: 'add' } satisfies PartitionReply)
      return
    case 'scores':
      port.postMessage({ type: 'scores', samples: partition.mainScores() } satisfies PartitionReply)
      return
    case 'levels':
      port.postMessage({
        type: 'levels',
        totals: partition.levels(request.scale),
      } satisfies PartitionReply)
      return
    case 'pass1':
      port.postMessage({
        type: 'pass1',
        result: partition.pass1(request.totals),
      } satisfies PartitionReply)
      return
    case 'pass2':
      port.postMessage({
        type: 'pass2',
        scores: partition.pass2(request.solutions),
      } satisfies PartitionReply)
      return
    case 'panels': {
      const panels = partition.takePanels()
      port.postMessage({ type: 'panels', panels } satisfies PartitionReply, panelBuffers(panels))
      return
    }
  }
}
