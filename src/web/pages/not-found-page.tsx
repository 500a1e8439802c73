import { Link } from '../router.js'

export function NotFoundPage() {
  return (
    <section className="empty-state">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <Link className="button button-primary" to="/">
        Go to the home page
      </Link>
    </section>
  )
}
