import type { SkillTest } from '../api/types.js'
import { formatMinutes } from '../format.js'
import { Link } from '../router.js'

/** One test in a list: what it certifies, how long it takes, and whether it can be started. */
export function TestCard({ test }: { readonly test: Omit<SkillTest, 'standardSetting'> }) {
  return (
    <li className={test.startable ? 'card test-card' : 'card test-card test-card-closed'}>
      <p className="eyebrow">{test.category}</p>
      {test.startable ? null : <p className="pill pill-closed">{closedLabel(test.reason)}</p>}
      <h3>
        <Link to={`/tests/${encodeURIComponent(test.id)}`}>{test.title}</Link>
      </h3>
      <p className="test-card-description">{test.description}</p>
      <ul className="facts" aria-label="At a glance">
        <li>{test.form.scoredItems} questions</li>
        <li>{formatMinutes(test.timeLimitSeconds / 60)}</li>
        <li>EQF {test.eqfLevel}</li>
        <li>Pass {test.cutPercent} %</li>
      </ul>
    </li>
  )
}

/**
 * A test that repeats an offered one is withdrawn for good; one whose bank is short may open
 * later, and so may one whose item families await independent review. The server words the
 * reasons differently ("Not offered: …", "Not open yet: …", "… awaiting independent review …").
 */
function closedLabel(reason: string | null): string {
  if (reason?.includes('awaiting independent review')) return 'Awaiting review'
  return reason?.startsWith('Not offered') ? 'Withdrawn' : 'Not open yet'
}
