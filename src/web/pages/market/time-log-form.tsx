import { useState } from 'react'
import { market } from '../../api/market-endpoints.js'
import { Field } from '../../components/field.js'
import { Notice } from '../../components/notice.js'
import { useAction } from './use-action.js'

/** The freelancer logs time on an hourly contract; each finished week is invoiced. */
export function TimeLogForm({ contractId }: { readonly contractId: string }) {
  const [workDate, setWorkDate] = useState(new Date().toISOString().slice(0, 10))
  const [minutes, setMinutes] = useState('60')
  const [note, setNote] = useState('')
  const [logged, setLogged] = useState<string | null>(null)
  const action = useAction()
  return (
    <form
      className="form"
      aria-label="Log time"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(async () => {
          await market.logTime(contractId, { workDate, minutes: Number(minutes), note })
          setLogged(`${minutes} minutes logged for ${workDate}`)
        })
      }}
    >
      <h2>Log time</h2>
      <Field
        label="Day"
        type="date"
        value={workDate}
        onChange={(e) => setWorkDate(e.target.value)}
      />
      <Field
        label="Minutes"
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <Field label="What you did" value={note} onChange={(e) => setNote(e.target.value)} />
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      {logged ? <Notice tone="success">{logged}</Notice> : null}
      <button className="button" type="submit" disabled={action.busy}>
        Log time
      </button>
    </form>
  )
}
