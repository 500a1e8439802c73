import { useEffect, useState } from 'react'
import {
  type AdminAccount,
  type AdminCredential,
  admin,
  type IntegrityHold,
  type TestStatistics,
} from '../../api/admin-endpoints.js'
import { messageOf } from '../../api/api-error.js'
import { Field } from '../../components/field.js'
import { Loading, LoadStatus, Notice } from '../../components/notice.js'
import { PageButtons } from '../../components/page-buttons.js'
import { formatDate } from '../../format.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { useAction } from '../market/use-action.js'
import { CatalogOverview } from './catalog-overview.js'
import { ReviewQueue } from './review-queue.js'

const ROLE_TEXT = { member: 'Member', analyst: 'Analyst', administrator: 'Administrator' } as const

/**
 * The administrators' console: accounts and their credentials (with every status change's
 * reason, and the moves to revoke, suspend or reinstate), and the item review of a test.
 */
export function ConsolePage() {
  const { state } = useSession()
  const [reviewed, setReviewed] = useState<string | null>(null)
  if (state.kind !== 'signed-in') return <Loading />
  if (state.account.role !== 'administrator') {
    return (
      <Notice tone="error">
        The console is for administrators. Your account is a{' '}
        {ROLE_TEXT[state.account.role].toLowerCase()} account.
      </Notice>
    )
  }
  return (
    <div className="console">
      <header className="page-header">
        <h1>Administration</h1>
        <p className="muted">
          Accounts and roles, credential status with reasons, the catalog, item review and passes
          held for review.
        </p>
      </header>
      <Accounts />
      <CatalogOverview
        onReview={(testId) => {
          setReviewed(testId)
          document.getElementById('review-title')?.scrollIntoView()
        }}
      />
      <ItemReview reviewed={reviewed} onReview={setReviewed} />
      <ReviewQueue />
      <IntegrityHolds />
    </div>
  )
}

/**
 * An account's role, changed in place. An administrator's own row only shows it: another
 * administrator changes it, so the platform always keeps one.
 */
function RoleCell({ user }: { readonly user: AdminAccount }) {
  const { state } = useSession()
  const [role, setRole] = useState(user.role)
  const action = useAction()
  const self = state.kind === 'signed-in' && state.account.id === user.id
  if (self) return <>{ROLE_TEXT[role]} (you)</>
  return (
    <>
      <select
        aria-label={`Role of ${user.displayName}`}
        value={role}
        disabled={action.busy}
        onChange={(event) => {
          const wanted = event.target.value as AdminAccount['role']
          void action.run(async () => {
            const { user: changed } = await admin.changeRole(user.id, { role: wanted })
            setRole(changed.role)
          })
        }}
      >
        {(Object.keys(ROLE_TEXT) as AdminAccount['role'][]).map((r) => (
          <option key={r} value={r}>
            {ROLE_TEXT[r]}
          </option>
        ))}
      </select>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
    </>
  )
}

function Accounts() {
  const [query, setQuery] = useState('')
  const [search, setSearch] = useState('')
  const [offset, setOffset] = useState(0)
  const [chosen, setChosen] = useState<AdminAccount | null>(null)
  const [state] = useLoad(() => admin.users(search, offset), [search, offset])
  return (
    <section aria-labelledby="accounts-title" className="console-section">
      <h2 id="accounts-title">Accounts</h2>
      <form
        className="market-search"
        onSubmit={(event) => {
          event.preventDefault()
          setOffset(0)
          setSearch(query)
        }}
      >
        <label htmlFor="account-search">Name or email</label>
        <input id="account-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <LoadStatus state={state} />
      {state.kind === 'ready' ? (
        <>
          <p className="result-count">
            {state.value.total} {state.value.total === 1 ? 'account' : 'accounts'}
          </p>
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Credentials</th>
                </tr>
              </thead>
              <tbody>
                {state.value.users.map((user) => (
                  <tr key={user.id}>
                    <th scope="row" data-label="Name">
                      <Link to={`/people/${encodeURIComponent(user.id)}`}>{user.displayName}</Link>
                    </th>
                    <td data-label="Email">{user.email}</td>
                    <td data-label="Role">
                      <RoleCell user={user} />
                    </td>
                    <td data-label="Joined">{formatDate(user.createdAt)}</td>
                    <td data-label="Credentials">
                      <button
                        type="button"
                        className="button button-small"
                        aria-pressed={chosen?.id === user.id}
                        onClick={() => setChosen(user)}
                      >
                        Credentials of {user.displayName}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PageButtons
            offset={offset}
            shown={state.value.users.length}
            total={state.value.total}
            pageSize={50}
            previous="Newer accounts"
            next="Older accounts"
            onOffset={setOffset}
          />
        </>
      ) : null}
      {chosen ? <AccountCredentials account={chosen} /> : null}
    </section>
  )
}

const ACTION_TEXT = { revoke: 'Revoke', suspend: 'Suspend', reinstate: 'Reinstate' } as const
const EVENT_TEXT: Record<string, string> = {
  revoke: 'Revoked',
  suspend: 'Suspended',
  reinstate: 'Reinstated',
}
const STATUS_TEXT = { active: 'Active', suspended: 'Suspended', revoked: 'Revoked' } as const

function AccountCredentials({ account }: { readonly account: AdminAccount }) {
  const [state, reload] = useLoad(() => admin.credentials(account.id), [account.id])
  return (
    <section aria-labelledby="account-credentials-title" className="card console-credentials">
      <h3 id="account-credentials-title">Credentials of {account.displayName}</h3>
      <LoadStatus state={state} />
      {state.kind === 'ready' && state.value.credentials.length === 0 ? (
        <p className="muted">No credentials issued to this account.</p>
      ) : null}
      {state.kind === 'ready' ? (
        <ul className="console-credential-list">
          {state.value.credentials.map((credential) => (
            <CredentialStatusItem key={credential.id} credential={credential} onChanged={reload} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function CredentialStatusItem({
  credential,
  onChanged,
}: {
  readonly credential: AdminCredential
  readonly onChanged: () => void
}) {
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const action = useAction()
  // Revoking is final; a suspension can be lifted; only a suspended credential is reinstated.
  const moves =
    credential.status === 'active'
      ? (['suspend', 'revoke'] as const)
      : credential.status === 'suspended'
        ? (['reinstate', 'revoke'] as const)
        : ([] as const)
  const title = credential.testId ?? credential.pathwayId ?? credential.id
  return (
    <li className="console-credential">
      <p>
        <strong>{title}</strong> ({credential.kind === 'clr' ? 'learner record' : 'badge'}), issued{' '}
        {formatDate(credential.issuedAt)} ·{' '}
        <span className={`pill pill-${credential.status}`}>{STATUS_TEXT[credential.status]}</span>
      </p>
      {credential.history.length > 0 ? (
        <ol className="console-history" aria-label={`Status changes of ${title}`}>
          {credential.history.map((event) => (
            <li key={`${event.action}-${event.at}`}>
              {EVENT_TEXT[event.action] ?? event.action} on {formatDate(event.at)}: {event.reason}
            </li>
          ))}
        </ol>
      ) : null}
      {moves.length > 0 ? (
        <form
          className="console-status-form"
          aria-label={`Change the status of ${title}`}
          onSubmit={(event) => event.preventDefault()}
        >
          <Field
            label={`Reason for changing ${title}`}
            value={reason}
            error={reasonError}
            hint="Kept in the audit log and shown to the holder"
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
          />
          {action.error ? <Notice tone="error">{action.error}</Notice> : null}
          <p>
            {moves.map((move) => (
              <button
                key={move}
                type="button"
                className={
                  move === 'revoke' ? 'button button-small button-danger' : 'button button-small'
                }
                disabled={action.busy}
                onClick={() => {
                  if (!reason.trim()) {
                    setReasonError('say why, in a sentence the holder will read')
                    return
                  }
                  setReasonError(undefined)
                  void action.run(async () => {
                    await admin.changeStatus(credential.id, move, { reason: reason.trim() })
                    setReason('')
                    onChanged()
                  })
                }}
              >
                {ACTION_TEXT[move]}
              </button>
            ))}
          </p>
        </form>
      ) : null}
    </li>
  )
}

function ItemReview({
  reviewed,
  onReview,
}: {
  readonly reviewed: string | null
  readonly onReview: (testId: string | null) => void
}) {
  const [testId, setTestId] = useState('')
  // A test chosen in the catalog shows in the field too, so the field says what is reviewed.
  useEffect(() => {
    if (reviewed !== null) setTestId(reviewed)
  }, [reviewed])
  return (
    <section aria-labelledby="review-title" className="console-section">
      <h2 id="review-title">Item review</h2>
      <p className="muted">
        A test's items with the flags its responses raise (too hard, too easy, weak or negative
        discrimination, signs of a leak) and the integrity signals of its attempts.
      </p>
      <form
        className="market-search"
        onSubmit={(event) => {
          event.preventDefault()
          onReview(testId.trim() || null)
        }}
      >
        <label htmlFor="review-test">Test id</label>
        <input id="review-test" value={testId} onChange={(e) => setTestId(e.target.value)} />
        <button className="button" type="submit">
          Review
        </button>
      </form>
      {reviewed ? <TestReview testId={reviewed} /> : null}
    </section>
  )
}

const share = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`)
const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(2))

function TestReview({ testId }: { readonly testId: string }) {
  const [state, reload] = useLoad(() => admin.statistics(testId), [testId])
  const action = useAction()
  const [pulled, setPulled] = useState<readonly string[] | null>(null)
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const s: TestStatistics = state.value.statistics
  const flagged = s.items.filter((i) => i.flags.length > 0 || i.leakSignals.length > 0)
  return (
    <div className="console-review">
      <p>
        {s.attempts} finished attempts · reliability (KR-20) {decimal(s.reliability?.kr20 ?? null)}{' '}
        · {flagged.length} of {s.items.length} items flagged
      </p>
      {flagged.length === 0 ? <p className="muted">No item is flagged.</p> : null}
      {flagged.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Answered right</th>
                <th scope="col">Discrimination</th>
                <th scope="col">Flags</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {flagged.map((item) => (
                <tr key={item.itemId}>
                  <th scope="row" data-label="Item">
                    {item.itemId}
                  </th>
                  <td data-label="Answered right">{share(item.facility)}</td>
                  <td data-label="Discrimination">{decimal(item.correctedPointBiserial)}</td>
                  <td data-label="Flags">
                    {[...item.flags, ...item.leakSignals].map((f) => f.kind).join(', ')}
                  </td>
                  <td data-label="State">{item.pulled ? 'Pulled from new forms' : 'In use'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <button
          type="button"
          className="button"
          disabled={action.busy}
          onClick={() =>
            action.run(async () => {
              setPulled((await admin.leakScan(testId)).pulled)
              reload()
            })
          }
        >
          Pull leaked items from new forms
        </button>
      </p>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      {pulled ? (
        <Notice tone="success">
          {pulled.length === 0 ? 'No item shows a leak.' : `Pulled ${pulled.join(', ')}.`}
        </Notice>
      ) : null}
      <h3>Integrity signals</h3>
      {s.integritySignals.length === 0 ? (
        <p className="muted">No attempt of this test raises an integrity signal.</p>
      ) : (
        <ul>
          {s.integritySignals.map((signal, index) => (
            // Signals have no id of their own; their order is the server's and stable per answer.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>
              {signal.kind}
              {'attemptId' in signal ? ` · attempt ${String(signal.attemptId)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * Passes held for integrity review: what the review found and, per pass, the two decisions.
 * Releasing issues the certification and credential; rejecting issues nothing and counts as a
 * failure for retakes. Either needs a reason, kept with the decision.
 */
function IntegrityHolds() {
  const [state, reload] = useLoad(() => admin.integrityHolds(), [])
  return (
    <section aria-labelledby="holds-title" className="console-section">
      <h2 id="holds-title">Integrity holds</h2>
      <p className="muted">
        Passes whose answers looked scripted or were given from an unconfirmed address wait here
        before any credential is issued.
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && state.value.holds.length === 0 ? (
        <p>No pass is waiting for review.</p>
      ) : null}
      {state.kind === 'ready' && state.value.holds.length > 0 ? (
        <ul className="console-holds">
          {state.value.holds.map((hold) => (
            <HeldPass key={hold.attemptId} hold={hold} onDecided={reload} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function HeldPass({
  hold,
  onDecided,
}: {
  readonly hold: IntegrityHold
  readonly onDecided: () => void
}) {
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const action = useAction()
  const decide = (decision: 'release' | 'rejection') => {
    if (!reason.trim()) {
      setReasonError('say why, in a sentence kept with the decision')
      return
    }
    setReasonError(undefined)
    void action.run(async () => {
      await admin.decideHold(hold.attemptId, decision, { reason: reason.trim() })
      onDecided()
    })
  }
  return (
    <li className="console-hold">
      <p>
        <strong>{hold.testId}</strong>, passed by{' '}
        <Link to={`/people/${encodeURIComponent(hold.candidateId)}`}>{hold.candidateId}</Link>, held{' '}
        {formatDate(hold.heldAt)}
      </p>
      <ul aria-label={`Why the pass of ${hold.testId} is held`}>
        {hold.findings.map((finding) => (
          <li key={finding.kind}>{finding.summary}</li>
        ))}
      </ul>
      <form
        className="console-status-form"
        aria-label={`Decide the held pass of ${hold.testId}`}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field
          label={`Reason for the decision on ${hold.testId}`}
          value={reason}
          error={reasonError}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
        />
        {action.error ? <Notice tone="error">{action.error}</Notice> : null}
        <p>
          <button
            type="button"
            className="button button-small"
            disabled={action.busy}
            onClick={() => decide('release')}
          >
            Release and issue
          </button>{' '}
          <button
            type="button"
            className="button button-small button-danger"
            disabled={action.busy}
            onClick={() => decide('rejection')}
          >
            Reject
          </button>
        </p>
      </form>
    </li>
  )
}
