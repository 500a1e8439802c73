import { afterEach, expect } from 'vitest'
import { keyMarkerLeaks } from './key-marker-scan.js'

// Every test file runs this (vitest `setupFiles`): a response that carried an answer-key marker
// fails the test that caused it, whatever that test asserted.
afterEach(() => {
  const leaks = keyMarkerLeaks.splice(0)
  expect(leaks, 'responses carrying an answer-key marker').toEqual([])
})
