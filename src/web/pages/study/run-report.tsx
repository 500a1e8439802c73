import type { StudyReport } from '../../api/types.js'
import { EstimateTables } from './estimate-tables.js'
import { EventStudyPlot } from './event-study-plot.js'
import { ScrollRegion } from './scroll-region.js'
import {
  formatChange,
  formatCount,
  formatDollars,
  formatEstimate,
  formatP,
} from './study-format.js'

/** What one more credential does, by outcome, in the order a freelancer cares about. */
const EFFECT_ORDER = ['earnings', 'project value', 'projects'] as const

const OUTCOME_NAMES: Readonly<Record<(typeof EFFECT_ORDER)[number], string>> = {
  earnings: 'Earnings',
  'project value': 'Project value',
  projects: 'Projects started',
}

/** A finished run: caution, headline, design check, event study, tables, downloads. */
export function RunReport({
  runId,
  report,
}: {
  readonly runId: string
  readonly report: StudyReport
}) {
  const level = `${Math.round(report.confidenceLevel * 100)} %`
  return (
    <div className="study-report">
      {report.caution.small ? (
        <div className="notice notice-warn study-caution" role="note" aria-label="Small sample">
          {report.caution.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      ) : null}
      <section aria-labelledby="headline-title">
        <h3 id="headline-title">Headline: one more credential</h3>
        <ScrollRegion label="Headline effects">
          <table className="estimate-table headline-table">
            <caption className="visually-hidden">
              Effect of one more credential with {level} intervals
            </caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Effect</th>
                <th scope="col">{level} interval</th>
                <th scope="col">p-value</th>
              </tr>
            </thead>
            <tbody>
              {EFFECT_ORDER.map((outcome) => {
                const effect = report.headline.effects.find((e) => e.outcome === outcome)
                if (!effect) return null
                return (
                  <tr key={outcome} data-outcome={outcome}>
                    <th scope="row">{OUTCOME_NAMES[outcome]}</th>
                    <td className="effect">{formatChange(effect.pct)}</td>
                    <td className="interval">
                      {formatChange(effect.pctLow)} to {formatChange(effect.pctHigh)}
                    </td>
                    <td>{formatP(effect.p)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <dl className="fact-list headline-facts">
          <dt>Per project</dt>
          <dd>{formatDollars(report.headline.usdPerProject)} of value</dd>
          <dt>Credentials per extra project</dt>
          <dd>{formatEstimate(report.headline.credentialsPerExtraProject)}</dd>
          <dt>New entrants</dt>
          <dd className="new-entrant">
            the effect on project value is {formatEstimate(report.headline.newEntrantRatio)} times
            that for a worker of average experience
          </dd>
        </dl>
        <ul className="headline">
          {report.headline.sentences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="design-check-title">
        <h3 id="design-check-title">
          Design check{' '}
          <span className={report.designCheck.agree ? 'verdict pill-strength' : 'verdict pill-gap'}>
            {report.designCheck.agree ? 'designs agree' : 'designs disagree'}
          </span>
        </h3>
        <p className="muted small">{report.designCheck.intro}</p>
        <ScrollRegion label="Design check">
          <table className="estimate-table">
            <caption className="visually-hidden">
              The paper's design beside the same comparison without controls
            </caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Paper's design</th>
                <th scope="col">Without controls</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {report.designCheck.comparisons.map((c) => (
                <tr key={c.outcome}>
                  <th scope="row">{OUTCOME_NAMES[c.outcome]}</th>
                  <td>
                    {formatChange(c.paper.pct)} ({formatChange(c.paper.pctLow)} to{' '}
                    {formatChange(c.paper.pctHigh)})
                  </td>
                  <td>
                    {formatChange(c.check.pct)} ({formatChange(c.check.pctLow)} to{' '}
                    {formatChange(c.check.pctHigh)})
                  </td>
                  <td>{c.disagree ? 'Disagree' : 'Agree'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {report.designCheck.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p className="pre-trend">
          <strong>Pre-trend: </strong>
          {report.designCheck.preTrend.sentence}
        </p>
      </section>
      <section aria-labelledby="event-study-title">
        <h3 id="event-study-title">Event study</h3>
        <EventStudyPlot
          eventStudy={report.eventStudy}
          confidenceLevel={report.confidenceLevel}
          windowDays={report.windowDays}
        />
      </section>
      <section aria-labelledby="tables-title">
        <h3 id="tables-title">Estimates</h3>
        <p className="muted small">{report.design}</p>
        <p className="muted small">{report.sampleText}</p>
        <EstimateTables tables={report.tables} note={report.tableNote} />
      </section>
      <section aria-labelledby="download-title">
        <h3 id="download-title">Download the report</h3>
        <ul className="actions report-downloads">
          {DOWNLOADS.map(([format, label]) => (
            <li key={format}>
              <a
                className="button"
                href={`/study/runs/${encodeURIComponent(runId)}/report?format=${format}`}
                download
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p className="muted small">
          {formatCount(report.sample.workers)} workers · {formatCount(report.sample.events_main)}{' '}
          events in the main sample
        </p>
      </section>
    </div>
  )
}

const DOWNLOADS = [
  ['html', 'Report (HTML)'],
  ['markdown', 'Report (Markdown)'],
  ['json', 'Estimates (JSON)'],
  ['svg', 'Event-study plot (SVG)'],
] as const
