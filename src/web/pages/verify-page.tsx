import { type ChangeEvent, useState } from 'react'
import { open, type Verification } from '../api/admin-endpoints.js'
import { messageOf } from '../api/api-error.js'
import { Notice } from '../components/notice.js'

/** Credential files are small; a bigger one is not a credential and is refused before reading. */
const MAX_FILE_BYTES = 512 * 1024

/** Names of the checks the platform runs, in the words a verifier reads. */
const CHECK_TEXT: Record<string, string> = {
  schema: 'It is a well-formed verifiable credential',
  'issuer-key': 'The signing key belongs to the issuer',
  proof: 'The signature matches the content',
  'validity-dates': 'It is within its validity dates',
  revocation: 'It has not been revoked',
  suspension: 'It is not suspended',
}

const checkText = (check: string) => CHECK_TEXT[check] ?? check

/**
 * Anyone holding a credential file (an employer, a school) checks it here: paste the JSON or
 * choose the file, and the platform verifies it offline and says so in plain words.
 */
export function VerifyPage() {
  const [text, setText] = useState('')
  const [parseError, setParseError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Verification | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const verify = async (json: string) => {
    setResult(null)
    setFailure(null)
    let credential: unknown
    try {
      credential = JSON.parse(json)
    } catch {
      setParseError('this is not JSON; paste the whole credential file, from { to }')
      return
    }
    setParseError(null)
    setBusy(true)
    try {
      setResult(await open.verify(credential))
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setParseError('this file is too big to be a credential (over 512 KB)')
      return
    }
    const content = await file.text()
    setText(content)
    await verify(content)
  }

  return (
    <div className="verify">
      <header className="page-header">
        <h1>Verify a credential</h1>
        <p className="muted">
          Check a SkillSignal credential (an Open Badges 3.0 file) you were given: its signature,
          its issuer, its dates and whether it was revoked. Nothing you paste is stored.
        </p>
      </header>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          void verify(text)
        }}
      >
        <div className={parseError ? 'field field-invalid' : 'field'}>
          <label htmlFor="credential-json">Credential JSON</label>
          <textarea
            id="credential-json"
            className="code-input"
            rows={10}
            value={text}
            spellCheck={false}
            aria-invalid={parseError ? true : undefined}
            aria-describedby={parseError ? 'credential-json-error' : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {parseError ? (
            <p className="field-error" id="credential-json-error" role="alert">
              {parseError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="credential-file">Or choose the file</label>
          <input
            id="credential-file"
            type="file"
            accept=".json,application/json,application/ld+json"
            onChange={(e) => void chooseFile(e)}
          />
        </div>
        <button className="button button-primary" type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Verifying…' : 'Verify'}
        </button>
      </form>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {result ? <Verdict result={result} /> : null}
    </div>
  )
}

function Verdict({ result }: { readonly result: Verification }) {
  return (
    <section
      aria-labelledby="verdict-title"
      className={`card verdict ${result.verified ? 'verdict-valid' : 'verdict-invalid'}`}
    >
      <h2 id="verdict-title" tabIndex={-1}>
        {result.verified ? 'Valid credential' : 'Not valid'}
      </h2>
      <p role="status">{result.verdict}</p>
      {result.checks.length > 0 ? (
        <>
          <h3>Checks passed</h3>
          <ul className="checklist">
            {result.checks.map((check) => (
              <li key={check}>{checkText(check)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.errors.length > 0 ? (
        <>
          <h3>Checks failed</h3>
          <ul className="verdict-errors">
            {result.errors.map((error) => (
              <li key={`${error.check}-${error.message}`}>
                <strong>{checkText(error.check)}</strong>: {error.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
