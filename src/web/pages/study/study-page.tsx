import { useCallback, useState } from 'react'
import { Notice } from '../../components/notice.js'
import { useSession } from '../../session.js'
import { RunHistory } from './run-history.js'
import { RunView } from './run-view.js'
import { StartRun } from './start-run-form.js'

/**
 * The analyst's dashboard: start the impact study on the platform's records, a simulated market
 * or uploaded files; follow a run; read its report; find earlier runs.
 */
export function StudyPage({ runId }: { readonly runId: string | null }) {
  const { state } = useSession()
  const role = state.kind === 'signed-in' ? state.account.role : null
  // The list follows runs as they start and finish.
  const [version, setVersion] = useState(0)
  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  if (role !== 'analyst' && role !== 'administrator') {
    return <Notice tone="info">The impact study is open to analysts and administrators.</Notice>
  }
  return (
    <div className="study">
      <header className="page-header">
        <h1>Impact study</h1>
        <p className="muted">
          A fixed-effects event study of what credentials do for workers' earnings and projects.
        </p>
      </header>
      <div className="study-top">
        <StartRun
          defaultSource={role === 'analyst' ? 'platform' : 'simulation'}
          onStarted={refresh}
        />
        <RunHistory currentRunId={runId} version={version} />
      </div>
      {runId ? <RunView key={runId} runId={runId} onChange={refresh} /> : null}
    </div>
  )
}
