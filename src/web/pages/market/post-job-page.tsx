import { useState } from 'react'
import { CATEGORIES } from '../../../shared/index.js'
import { market } from '../../api/market-endpoints.js'
import { Field } from '../../components/field.js'
import { Notice } from '../../components/notice.js'
import { navigate } from '../../router.js'
import { parseDollars } from './money.js'
import { useAction } from './use-action.js'

/** A client posts a job, optionally requiring a certification held now. */
export function PostJobPage() {
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [category, setCategory] = useState<string>(CATEGORIES[0] ?? '')
  const [budget, setBudget] = useState('')
  const [required, setRequired] = useState('')
  const [budgetError, setBudgetError] = useState<string | undefined>()
  const action = useAction()
  return (
    <div className="market">
      <h1>Post a job</h1>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          const budgetCents = parseDollars(budget)
          setBudgetError(budgetCents ? undefined : 'give the budget in dollars, like 450 or 450.50')
          if (!budgetCents) return
          void action.run(async () => {
            const { job } = await market.postJob({
              title,
              description,
              category,
              kind: 'fixed',
              budgetCents,
              requiredTests: required.trim() ? [required.trim()] : [],
            })
            navigate(`/market/jobs/${job.id}`)
          })
        }}
      >
        <Field label="Title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <div className="field">
          <label htmlFor="job-description">Description</label>
          <textarea
            id="job-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="job-category">Category</label>
          <select id="job-category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <Field
          label="Budget (USD)"
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
          error={budgetError}
          inputMode="decimal"
        />
        <Field
          label="Required certification (test id)"
          value={required}
          onChange={(e) => setRequired(e.target.value)}
          hint="Applicants must hold it now: verified, not revoked, suspended or expired"
        />
        {action.error ? <Notice tone="error">{action.error}</Notice> : null}
        <button className="button button-primary" type="submit" disabled={action.busy}>
          Post the job
        </button>
      </form>
    </div>
  )
}
