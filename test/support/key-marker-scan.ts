import type { BrowserContext } from 'playwright-core'

/**
 * Put in the bank id of every key option of the test banks (the fixture bank's): no response may
 * ever contain it. Defined here, with no imports, because every test file's setup loads this
 * module, and loading the platform there would defeat the module mocks of the suites. The
 * harness hands it to every app as `SKILLSIGNAL_TEST_KEY_MARKER` (vitest.config.ts), so apps
 * built in the test process and server processes alike check what they send.
 */
export const KEY_MARKER = 'KEYMARKER7c1e'

/** The code of the warning an app raises for a response carrying the marker (src/api/key-marker-guard.ts). */
export const KEY_MARKER_LEAK_WARNING = 'SKILLSIGNAL_KEY_MARKER_LEAK'

/** Responses of this test file that carried an answer-key marker, as `METHOD url` (and where seen). */
export const keyMarkerLeaks: string[] = []

/**
 * Records the warnings apps built in this process raise for a response carrying the marker,
 * whichever way the suite built them (`openTestApp`, `buildApp`, a server started in-process).
 */
export function recordKeyMarkerWarnings(): void {
  // A worker that runs file after file (vitest's `isolate: false`) runs the setup for each; one
  // listener per process is enough, since every file drains the same list.
  if (process.listeners('warning').includes(recordLeak)) return
  process.on('warning', recordLeak)
}

function recordLeak(warning: Error): void {
  if ((warning as { code?: string }).code === KEY_MARKER_LEAK_WARNING) {
    keyMarkerLeaks.push(warning.message)
  }
}

/**
 * Records the same warnings from a server process's stderr (`(node:…) [CODE] Warning: GET /x`);
 * `text` is everything it wrote so far, `from` how much of it was read before. Returns the new
 * offset: the part after the last complete line is read next time.
 */
export function recordServerKeyMarkerWarnings(text: string, from: number): number {
  const end = text.lastIndexOf('\n') + 1
  if (end <= from) return from
  const pattern = new RegExp(`\\[${KEY_MARKER_LEAK_WARNING}\\] Warning: (.*)`, 'g')
  for (const match of text.slice(from, end).matchAll(pattern)) {
    keyMarkerLeaks.push(`server process: ${match[1]}`)
  }
  return end
}

/**
 * Reads every body the browser receives but the API's JSON (which the server checks, knowing
 * who asked: an administrator's item review shows keys): pages, the app's scripts and styles,
 * downloads. The server cannot check these, since it sends files as streams.
 */
export function scanBrowserResponses(context: BrowserContext): void {
  context.on('response', async (response) => {
    if ((response.headers()['content-type'] ?? '').startsWith('application/json')) return
    // A redirect or an aborted load has no body to read.
    const body = await response.body().catch(() => null)
    if (body?.includes(KEY_MARKER)) {
      keyMarkerLeaks.push(`browser: ${response.request().method()} ${response.url()}`)
    }
  })
}
