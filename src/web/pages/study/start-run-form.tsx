import { type FormEvent, useId, useState } from 'react'
import { ApiError, messageOf } from '../../api/api-error.js'
import { api } from '../../api/endpoints.js'
import type { StudyRunRequest } from '../../api/types.js'
import { Field } from '../../components/field.js'
import { Notice } from '../../components/notice.js'
import { navigate } from '../../router.js'

/** Workers in a simulated market unless the analyst asks for another size. */
export const DEFAULT_SIMULATED_WORKERS = 2000

/** The length of a period unless the analyst asks for another (the study's default). */
const DEFAULT_WINDOW_DAYS = 14

type Source = 'platform' | 'simulation' | 'upload'

const SOURCES: readonly (readonly [Source, string, string])[] = [
  [
    'platform',
    "The platform's own records",
    'Every freelancer, credential, contract and payment on this platform, read through the study views.',
  ],
  [
    'simulation',
    'A simulated market',
    'A market drawn from the simulator: choose its size and seed.',
  ],
  [
    'upload',
    'Uploaded record files',
    'Your own workers, credential_awards, projects and payments tables, as CSV or Parquet.',
  ],
]

const RECORD_FILES = [
  ['workers', 'Workers file'],
  ['credential_awards', 'Credential awards file'],
  ['projects', 'Projects file'],
  ['payments', 'Payments file'],
] as const

/** A date field's value as the API's UTC instant, or undefined when left blank. */
function instant(value: FormDataEntryValue | null): string | undefined {
  const text = typeof value === 'string' ? value.trim() : ''
  return text ? `${text}T00:00:00Z` : undefined
}

function windowDays(value: FormDataEntryValue | null): number | undefined {
  const text = typeof value === 'string' ? value.trim() : ''
  return text ? Number(text) : undefined
}

/** Starts a study run on the records the analyst chooses, then opens the run. */
export function StartRun({
  defaultSource,
  onStarted,
}: {
  readonly defaultSource: Source
  readonly onStarted: () => void
}) {
  const id = useId()
  const [source, setSource] = useState<Source>(defaultSource)
  const [fields, setFields] = useState<Readonly<Record<string, string>>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    setFields({})
    try {
      const { run } =
        source === 'upload' ? await upload(form) : await api.startStudyRun(request(source, form))
      onStarted()
      navigate(`/analysis/runs/${encodeURIComponent(run.id)}`)
    } catch (caught) {
      const byField = caught instanceof ApiError ? caught.fieldMessages() : {}
      setFields(byField)
      if (Object.keys(byField).length === 0) setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="card study-form" onSubmit={onSubmit} noValidate aria-labelledby="start-title">
      <h2 id="start-title">Start a study run</h2>
      <fieldset className="study-sources">
        <legend>Records to study</legend>
        {SOURCES.map(([value, label, hint]) => (
          <div key={value} className="study-source">
            <input
              type="radio"
              id={`${id}-${value}`}
              name="source"
              value={value}
              checked={source === value}
              aria-describedby={`${id}-${value}-hint`}
              onChange={() => {
                setSource(value)
                setFields({})
                setError(null)
              }}
            />
            <div>
              <label className="study-source-label" htmlFor={`${id}-${value}`}>
                {label}
              </label>
              <p className="muted small" id={`${id}-${value}-hint`}>
                {hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="study-fields">
        {source === 'simulation' ? (
          <>
            <Field
              label="Workers"
              name="workers"
              type="number"
              min={10}
              defaultValue={DEFAULT_SIMULATED_WORKERS}
              error={fields.workers}
            />
            <Field
              label="Seed"
              name="seed"
              type="number"
              min={0}
              defaultValue={1}
              error={fields.seed}
            />
          </>
        ) : (
          <>
            <Field
              label="Observed from"
              name="obsStart"
              type="date"
              error={fields.obsStart}
              hint={source === 'platform' ? 'Blank: the day of the first registration' : undefined}
            />
            <Field
              label="Observed until"
              name="obsEnd"
              type="date"
              error={fields.obsEnd}
              hint={source === 'platform' ? 'Blank: now' : undefined}
            />
          </>
        )}
        <Field
          label="Period length (days)"
          name="windowDays"
          type="number"
          min={1}
          max={365}
          defaultValue={DEFAULT_WINDOW_DAYS}
          error={fields.windowDays}
        />
      </div>
      {source === 'upload' ? (
        <div className="study-fields">
          {RECORD_FILES.map(([name, label]) => (
            <Field
              key={name}
              label={label}
              name={name}
              type="file"
              accept=".csv,.parquet,text/csv"
              hint={`${name}.csv or ${name}.parquet`}
              error={fields[name]}
            />
          ))}
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button className="button button-primary" type="submit" disabled={busy}>
        {busy ? 'Starting…' : 'Start the study'}
      </button>
    </form>
  )
}

function request(source: 'platform' | 'simulation', form: FormData): StudyRunRequest {
  const days = windowDays(form.get('windowDays'))
  const window = days === undefined ? {} : { windowDays: days }
  if (source === 'simulation') {
    return {
      source,
      workers: Number(form.get('workers')),
      seed: Number(form.get('seed')),
      ...window,
    }
  }
  const obsStart = instant(form.get('obsStart'))
  const obsEnd = instant(form.get('obsEnd'))
  return {
    source,
    ...(obsStart ? { obsStart } : {}),
    ...(obsEnd ? { obsEnd } : {}),
    ...window,
  }
}

/** The upload endpoint takes the span as UTC instants and the four tables as files. */
function upload(form: FormData) {
  const body = new FormData()
  for (const name of ['obsStart', 'obsEnd'] as const) {
    body.set(name, instant(form.get(name)) ?? '')
  }
  const days = form.get('windowDays')
  if (typeof days === 'string' && days.trim()) body.set('windowDays', days.trim())
  for (const [name] of RECORD_FILES) {
    const file = form.get(name)
    if (file instanceof File && file.size > 0) body.set(name, file, file.name)
  }
  return api.uploadStudyRecords(body)
}
