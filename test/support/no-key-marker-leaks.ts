import { afterAll, afterEach, expect } from 'vitest'
import { keyMarkerLeaks, recordKeyMarkerWarnings } from './key-marker-scan.js'

// Every test file runs this (vitest `setupFiles`): a response that carried an answer-key marker,
// from an app built here, a server process or the browser, fails the test that caused it,
// whatever that test asserted. A report that arrives after its file's last test fails the file.
recordKeyMarkerWarnings()

const check = () => {
  const leaks = keyMarkerLeaks.splice(0)
  expect(leaks, 'responses carrying an answer-key marker').toEqual([])
}
afterEach(check)
afterAll(check)
