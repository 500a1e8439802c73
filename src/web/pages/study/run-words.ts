import type { StudyRun } from '../../api/types.js'

export const STATUS_TEXT: Readonly<Record<StudyRun['status'], string>> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/** Where a run's records came from, in words. */
export function describeSource(source: Readonly<Record<string, unknown>>): string {
  switch (source.kind) {
    case 'simulation':
      return `Simulated market of ${String(source.workers)} workers (seed ${String(source.seed)})`
    case 'upload':
      return `Uploaded records of ${String(source.workers)} workers`
    case 'platform':
      return "The platform's own records"
    default:
      return 'Records'
  }
}
