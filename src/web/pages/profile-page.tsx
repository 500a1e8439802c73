import { open } from '../api/admin-endpoints.js'
import { messageOf } from '../api/api-error.js'
import { Loading, Notice } from '../components/notice.js'
import { formatDate } from '../format.js'
import { useLoad } from '../use-load.js'
import { CertificationList, RecordSummary } from './market/certification-list.js'
import { formatCents } from './market/money.js'

const SIDE_TEXT = { client: 'From a client', freelancer: 'From a freelancer' } as const

/** A member's public profile: anyone, signed in or not, sees what a client would before hiring. */
export function ProfilePage({ userId }: { readonly userId: string }) {
  const [state] = useLoad(() => Promise.all([open.profile(userId), open.reviews(userId)]), [userId])
  if (state.kind === 'loading') return <Loading label="Loading the profile…" />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const [{ profile }, { reviews }] = state.value
  return (
    <div className="profile">
      <header className="page-header">
        <h1>{profile.displayName}</h1>
        {profile.headline ? <p className="lead">{profile.headline}</p> : null}
        <p className="muted">
          {profile.hourlyRateCents === null
            ? 'No hourly rate given'
            : `${formatCents(profile.hourlyRateCents)} an hour`}
          {profile.organisation ? ` · ${profile.organisation}` : ''}
        </p>
        {profile.skills.length > 0 ? (
          <ul className="tag-list" aria-label="Skills">
            {profile.skills.map((skill) => (
              <li key={skill} className="pill">
                {skill}
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <section aria-labelledby="profile-certifications-title">
        <h2 id="profile-certifications-title">Verified certifications</h2>
        <CertificationList record={profile.record} />
        <RecordSummary record={profile.record} />
      </section>
      <section aria-labelledby="profile-reviews-title">
        <h2 id="profile-reviews-title">Reviews</h2>
        {reviews.length === 0 ? <p className="muted">No published reviews yet.</p> : null}
        <ul className="review-list">
          {reviews.map((review) => (
            <li key={review.id} className="card">
              <p>
                <strong>{review.rating} / 5</strong> · {SIDE_TEXT[review.authorSide]} ·{' '}
                {formatDate(review.submittedAt)}
              </p>
              <p>{review.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
