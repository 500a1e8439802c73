import { CATEGORIES } from '../../shared/index.js'
import { CATEGORY_BLURBS } from '../categories.js'
import { Link } from '../router.js'
import { useSession } from '../session.js'

/** The front door: what SkillSignal is, and the catalog's categories. */
export function HomePage() {
  const { state } = useSession()
  return (
    <div className="home">
      <section className="hero">
        <h1>Show clients what you can do, with proof they can check.</h1>
        <p className="lead">
          Take a skill test, earn a signed Open Badge, and carry it anywhere: your profile,
          LinkedIn, or any verifier. Every form is assembled for you and scored by our server.
        </p>
        <div className="hero-actions">
          <Link className="button button-primary" to="/tests">
            Browse the tests
          </Link>
          {state.kind === 'signed-out' ? (
            <Link className="button" to="/register">
              Create an account
            </Link>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="categories-title">
        <h2 id="categories-title">Categories</h2>
        <ul className="grid category-grid">
          {CATEGORIES.map((category) => (
            <li key={category} className="card category-card">
              <h3>
                <Link to={`/tests?category=${encodeURIComponent(category)}`}>{category}</Link>
              </h3>
              <p className="muted">{CATEGORY_BLURBS[category]}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="how" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          <li>
            <strong>Pick a test.</strong> Each one lists what it certifies, its level and its rules.
          </li>
          <li>
            <strong>Answer against the clock.</strong> Your answers are saved as you go.
          </li>
          <li>
            <strong>Get your result at once</strong>, with feedback per content area.
          </li>
          <li>
            <strong>Pass, and your credential is issued</strong>: verifiable by anyone, offline.
          </li>
        </ol>
      </section>
    </div>
  )
}
