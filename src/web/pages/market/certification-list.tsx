import type { FreelancerRecord } from '../../api/types.js'
import { formatDate } from '../../format.js'

/** An applicant's verified certifications, each linked to its badge's page that verifies live. */
export function CertificationList({ record }: { readonly record: FreelancerRecord }) {
  if (record.certifications.length === 0) return <p className="muted">No certifications</p>
  return (
    <ul className="market-certifications">
      {record.certifications.map((c) => (
        <li key={`${c.testId}-${c.passedAt}`}>
          <span className={`pill pill-${c.status}`}>{c.status}</span> <strong>{c.testId}</strong>{' '}
          score {c.scoreBand}, passed {formatDate(c.passedAt)}
          {c.credentialId ? (
            <>
              {' · '}
              <a href={`/credentials/${encodeURIComponent(c.credentialId)}/page`}>verify</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

export function RecordSummary({ record }: { readonly record: FreelancerRecord }) {
  return (
    <p className="muted">
      Rating {record.rating === null ? 'none yet' : `${record.rating} / 5 (${record.reviews})`} ·{' '}
      {record.completedContracts} completed contracts
    </p>
  )
}
