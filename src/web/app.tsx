import { Suspense, useEffect, useState } from 'react'
import { Loading } from './components/notice.js'
import { Link, navigate, Redirect, useLocation } from './router.js'
import { matchRoute, notFound } from './routes.js'
import { SessionProvider, useSession } from './session.js'

/** The browser app: session, header, and the page for the address. */
export function App() {
  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Page />
      </main>
      <footer className="footer">
        <p>
          SkillSignal · credentials as Open Badges 3.0 ·{' '}
          <Link to="/verify">Verify a credential</Link> · <a href="/docs">API documentation</a>
        </p>
      </footer>
    </SessionProvider>
  )
}

function Page() {
  const { path } = useLocation()
  const { state } = useSession()
  const { route, params } = matchRoute(path)
  useEffect(() => {
    document.title = `${route?.title ?? 'Not found'} · SkillSignal`
  }, [route])
  if (!route) return <Suspense fallback={<Loading />}>{notFound()}</Suspense>
  if (route.signedIn && state.kind === 'loading') return <Loading />
  if (route.signedIn && state.kind === 'signed-out') {
    return <Redirect to={`/signin?next=${encodeURIComponent(path)}`} />
  }
  return <Suspense fallback={<Loading />}>{route.render(params)}</Suspense>
}

function Header() {
  const { state, signOut } = useSession()
  const { path } = useLocation()
  const current = (prefix: string) => (path.startsWith(prefix) ? 'page' : undefined)
  // On a phone the links fold behind one button so the sticky header stays one row high.
  const [menuOpen, setMenuOpen] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setMenuOpen(false), [path])
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="brand" to="/">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          SkillSignal
        </Link>
        <button
          type="button"
          className="button button-small menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <div id="site-menu" className={menuOpen ? 'site-menu site-menu-open' : 'site-menu'}>
          <nav className="site-nav" aria-label="Main">
            <Link to="/tests" aria-current={current('/tests')}>
              Tests
            </Link>
            <Link
              to="/market"
              aria-current={
                path.startsWith('/market') && !path.startsWith('/market/hiring')
                  ? 'page'
                  : undefined
              }
            >
              Find work
            </Link>
            {state.kind === 'signed-in' ? (
              <>
                <Link to="/market/hiring" aria-current={current('/market/hiring')}>
                  Hire
                </Link>
                <Link to="/my-credentials" aria-current={current('/my-credentials')}>
                  My credentials
                </Link>
              </>
            ) : (
              <Link to="/verify" aria-current={current('/verify')}>
                Verify a credential
              </Link>
            )}
            {state.kind === 'signed-in' && state.account.role !== 'member' ? (
              <Link to="/analysis" aria-current={current('/analysis')}>
                Impact study
              </Link>
            ) : null}
            {state.kind === 'signed-in' && state.account.role === 'administrator' ? (
              <Link to="/console" aria-current={current('/console')}>
                Administration
              </Link>
            ) : null}
          </nav>
          <div className="site-account">
            {state.kind === 'signed-in' ? (
              <>
                <span className="account-name">{state.account.displayName}</span>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => signOut().then(() => navigate('/'))}
                >
                  Sign out
                </button>
              </>
            ) : state.kind === 'signed-out' ? (
              <>
                <Link to="/signin">Sign in</Link>
                <Link className="button button-primary button-small" to="/register">
                  Create account
                </Link>
              </>
            ) : null}
          </div>
        </div>
      </div>
    </header>
  )
}
