import { useState } from 'react'
import { api } from '../../api/endpoints.js'
import { LoadStatus } from '../../components/notice.js'
import { PageButtons } from '../../components/page-buttons.js'
import { useLoad } from '../../use-load.js'

const PAGE = 50
const SHOWN = { all: 'All tests', offered: 'Offered', 'not-offered': 'Not offered' } as const
type Shown = keyof typeof SHOWN

/**
 * The catalog as an administrator reads it: which tests are offered and, where one is not, why
 * (a pool short of its blueprint, or items that repeat another offered test), which a candidate
 * can start, with a way into each test's item review.
 */
export function CatalogOverview({ onReview }: { readonly onReview: (testId: string) => void }) {
  const [query, setQuery] = useState('')
  const [shown, setShown] = useState<Shown>('all')
  const [search, setSearch] = useState({ q: '', shown: 'all' as Shown })
  const [offset, setOffset] = useState(0)
  const [state] = useLoad(
    () =>
      api.tests({
        q: search.q,
        ...(search.shown === 'all' ? {} : { offered: search.shown === 'offered' }),
        limit: PAGE,
        offset,
      }),
    [search, offset],
  )
  return (
    <section aria-labelledby="catalog-title" className="console-section">
      <h2 id="catalog-title">Catalog</h2>
      <form
        className="market-search"
        onSubmit={(event) => {
          event.preventDefault()
          setOffset(0)
          setSearch({ q: query.trim(), shown })
        }}
      >
        <label htmlFor="catalog-search">Test or skill</label>
        <input id="catalog-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="catalog-shown">Show</label>
        <select
          id="catalog-shown"
          value={shown}
          onChange={(e) => setShown(e.target.value as Shown)}
        >
          {(Object.keys(SHOWN) as Shown[]).map((key) => (
            <option key={key} value={key}>
              {SHOWN[key]}
            </option>
          ))}
        </select>
        <button className="button" type="submit">
          Show tests
        </button>
      </form>
      <LoadStatus state={state} />
      {state.kind === 'ready' ? (
        <>
          <p className="result-count">
            {state.value.total} {state.value.total === 1 ? 'test' : 'tests'}
          </p>
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Category</th>
                  <th scope="col">Form</th>
                  <th scope="col">Status</th>
                  <th scope="col">Items</th>
                </tr>
              </thead>
              <tbody>
                {state.value.tests.map((test) => (
                  <tr key={test.id}>
                    <th scope="row" data-label="Test">
                      {test.title} <span className="muted">({test.id})</span>
                    </th>
                    <td data-label="Category">{test.category}</td>
                    <td data-label="Form">
                      {test.form.scoredItems} items, pass at {test.cutPercent} %
                    </td>
                    <td data-label="Status">{statusOf(test)}</td>
                    <td data-label="Items">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => onReview(test.id)}
                      >
                        Review items of {test.id}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PageButtons
            offset={offset}
            shown={state.value.tests.length}
            total={state.value.total}
            pageSize={PAGE}
            previous="Previous tests"
            next="More tests"
            onOffset={setOffset}
          />
        </>
      ) : null}
    </section>
  )
}

type ListedTest = {
  readonly offered: boolean
  readonly offerReason: string | null
  readonly startable: boolean
  readonly reason: string | null
}

/** One line on whether the test is offered, why not, and whether a candidate can start it. */
function statusOf(test: ListedTest): string {
  const start = test.startable
    ? 'candidates can start it'
    : (test.reason ?? 'candidates cannot start it')
  if (test.offered) return `Offered: ${start}`
  return `${test.offerReason ?? 'Not offered.'} ${test.startable ? 'Candidates can still start it.' : start}`
}
