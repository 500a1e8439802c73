/** Where the credential page's live-verification script is served. */
export const VERIFY_SCRIPT_PATH = '/credentials/assets/verify.js'

/**
 * The browser script of the credential page: posts the embedded credential to the public
 * verification endpoint and shows the answer, so the page proves the credential live.
 */
export const VERIFY_SCRIPT = `'use strict'
document.addEventListener('DOMContentLoaded', async () => {
  const verdict = document.getElementById('verdict')
  const data = document.getElementById('credential')
  if (!verdict || !data) return
  verdict.textContent = 'Verifying…'
  verdict.dataset.verdict = 'pending'
  try {
    const response = await fetch('/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ verifiableCredential: JSON.parse(data.textContent), options: {} }),
    })
    const body = await response.json()
    verdict.dataset.verdict = body.verdict || (response.ok ? 'verified' : 'failed')
    verdict.textContent = (response.ok ? 'Verified live: ' : 'Not verified: ') +
      (response.ok ? body.checks.join(', ') : body.errors.map((e) => e.check + ' ' + e.message).join('; '))
  } catch (error) {
    verdict.dataset.verdict = 'error'
    verdict.textContent = 'Could not reach the verifier: ' + error
  }
})
`
