import { type FormEvent, useEffect, useState } from 'react'
import { CATEGORIES } from '../../shared/index.js'
import { api } from '../api/endpoints.js'
import { LoadStatus, Notice } from '../components/notice.js'
import { TestCard } from '../components/test-card.js'
import { navigate, useLocation } from '../router.js'
import { useLoad } from '../use-load.js'

/** Tests per page of the catalog. */
export const CATALOG_PAGE_SIZE = 24

function catalogPath(q: string, category: string, page: number): string {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  if (category) params.set('category', category)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/tests?${query}` : '/tests'
}

/** Browse by category and search by text; both live in the address so a search can be shared. */
export function CatalogPage() {
  const { query } = useLocation()
  const q = query.get('q') ?? ''
  const category = query.get('category') ?? ''
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1)
  const [text, setText] = useState(q)
  useEffect(() => setText(q), [q])
  const [state] = useLoad(
    () =>
      api.tests({
        q,
        category,
        limit: CATALOG_PAGE_SIZE,
        offset: (page - 1) * CATALOG_PAGE_SIZE,
      }),
    [q, category, page],
  )

  const onSearch = (event: FormEvent) => {
    event.preventDefault()
    navigate(catalogPath(text.trim(), category, 1))
  }

  return (
    <div className="catalog">
      <header className="page-header">
        <h1>Skill tests</h1>
        <p className="muted">
          Pass a test to earn a credential that anyone can verify, signed and yours to keep.
        </p>
        <search>
          <form className="search" onSubmit={onSearch}>
            <label className="visually-hidden" htmlFor="catalog-search">
              Search the tests
            </label>
            <input
              id="catalog-search"
              type="search"
              placeholder="Search by skill, tool or topic"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button className="button button-primary" type="submit">
              Search
            </button>
          </form>
        </search>
      </header>
      <nav className="chips" aria-label="Categories">
        {['', ...CATEGORIES].map((c) => (
          <button
            key={c || 'all'}
            type="button"
            className={c === category ? 'chip chip-active' : 'chip'}
            aria-pressed={c === category}
            onClick={() => navigate(catalogPath(q, c, 1))}
          >
            {c || 'All categories'}
          </button>
        ))}
      </nav>
      <LoadStatus state={state} label="Loading tests…" />
      {state.kind === 'ready' ? (
        <>
          <p className="result-count" aria-live="polite">
            {state.value.total === 1 ? '1 test' : `${state.value.total} tests`}
            {q ? ` matching “${q}”` : ''}
            {category ? ` in ${category}` : ''}
          </p>
          {state.value.tests.length === 0 ? (
            <Notice tone="info">No test matches. Try fewer or other words.</Notice>
          ) : (
            <ul className="grid">
              {state.value.tests.map((test) => (
                <TestCard key={test.id} test={test} />
              ))}
            </ul>
          )}
          <Pager
            page={page}
            pages={Math.ceil(state.value.total / CATALOG_PAGE_SIZE)}
            go={(p) => navigate(catalogPath(q, category, p))}
          />
        </>
      ) : null}
    </div>
  )
}

function Pager({
  page,
  pages,
  go,
}: {
  readonly page: number
  readonly pages: number
  readonly go: (page: number) => void
}) {
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" className="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {pages}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= pages}
        onClick={() => go(page + 1)}
      >
        Next
      </button>
    </nav>
  )
}
