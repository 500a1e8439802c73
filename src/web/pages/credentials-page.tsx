import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { Certification, Credential } from '../api/types.js'
import { CredentialCard } from '../components/credential-card.js'
import { HolderDidSetting } from '../components/holder-did-setting.js'
import { Loading, Notice } from '../components/notice.js'
import { STATUS_TEXT, shownStatus } from '../credential-status.js'
import { formatDate, formatPercent } from '../format.js'
import { Link } from '../router.js'
import { useLoad } from '../use-load.js'

/** The learner's certifications and the signed credentials that carry them off the platform. */
export function CredentialsPage() {
  const [state, , set] = useLoad(async () => {
    const [{ certifications }, { credentials }, holder] = await Promise.all([
      api.certifications(),
      api.credentials(),
      api.holderDid(),
    ])
    const titles = new Map<string, string>()
    await Promise.all(
      [...new Set(certifications.map((c) => c.testId))].map((id) =>
        api.test(id).then(
          ({ test }) => titles.set(id, test.title),
          () => titles.set(id, id),
        ),
      ),
    )
    return { certifications, credentials, titles, holderDid: holder.did }
  }, [])
  if (state.kind === 'loading') return <Loading label="Loading your credentials…" />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { certifications, credentials, titles, holderDid } = state.value
  const replace = (updated: Credential) =>
    set({
      ...state.value,
      credentials: credentials.map((c) => (c.id === updated.id ? updated : c)),
    })
  return (
    <div className="credentials">
      <header className="page-header">
        <h1>My credentials</h1>
        <p className="muted">
          Each passed test gives you an Open Badges 3.0 credential, signed by SkillSignal. Anyone
          can verify it without asking us; share it, download it, or add it to LinkedIn.
        </p>
      </header>
      {certifications.length === 0 && credentials.length === 0 ? (
        <Notice tone="info">
          No credentials yet. <Link to="/tests">Find a test</Link> that shows what you can do.
        </Notice>
      ) : null}
      {certifications.length > 0 ? (
        <section aria-labelledby="certifications-title">
          <h2 id="certifications-title">Certifications</h2>
          <CertificationTable certifications={certifications} titles={titles} />
        </section>
      ) : null}
      {credentials.length > 0 ? (
        <section aria-labelledby="wallet-title">
          <h2 id="wallet-title">Verifiable credentials</h2>
          <ul className="credential-list">
            {credentials.map((credential) => (
              <CredentialCard key={credential.id} credential={credential} onChange={replace} />
            ))}
          </ul>
        </section>
      ) : null}
      <HolderDidSetting saved={holderDid} />
    </div>
  )
}

function CertificationTable({
  certifications,
  titles,
}: {
  readonly certifications: readonly Certification[]
  readonly titles: ReadonlyMap<string, string>
}) {
  const now = Date.now()
  return (
    <div className="table-wrap">
      <table className="table table-stack">
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Score</th>
            <th scope="col">Passed</th>
            <th scope="col">Valid until</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {certifications.map((c) => {
            const status = shownStatus(c.status, c.validUntil, now)
            return (
              <tr key={c.id}>
                <th scope="row" data-label="Test">
                  <Link to={`/tests/${encodeURIComponent(c.testId)}`}>
                    {titles.get(c.testId) ?? c.testId}
                  </Link>
                </th>
                <td data-label="Score">{formatPercent(c.scorePercent)}</td>
                <td data-label="Passed">{formatDate(c.passedAt)}</td>
                <td data-label="Valid until">{formatDate(c.validUntil)}</td>
                <td data-label="Status">
                  <span className={`pill pill-${status}`}>{STATUS_TEXT[status]}</span>
                  {c.status === 'revoked' ? (
                    <p className="revocation-reason">
                      {c.revokedAt ? `Revoked on ${formatDate(c.revokedAt)}` : 'Revoked'}
                      {c.revocationReason ? `: ${c.revocationReason}` : ''}
                    </p>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
