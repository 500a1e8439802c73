import { nice, ticks } from 'd3-array'
import { useId } from 'react'
import type { StudyReport } from '../../api/types.js'
import { ScrollRegion } from './scroll-region.js'
import { formatEstimate, formatPeriod } from './study-format.js'

type EventStudy = StudyReport['eventStudy']
type Panel = EventStudy['outcomes'][number]

const WIDTH = 320
const HEIGHT = 220
const MARGIN = { top: 26, right: 12, bottom: 44, left: 56 }
const INNER_W = WIDTH - MARGIN.left - MARGIN.right
const INNER_H = HEIGHT - MARGIN.top - MARGIN.bottom

/**
 * The event study as one small plot per outcome, each on its own scale: coefficients by period
 * with their confidence band and bars, the reference period hollow at zero, and a zero line.
 * Each plot is an image with a title and a description in words; the numbers are also a table.
 */
export function EventStudyPlot({
  eventStudy,
  confidenceLevel,
  windowDays,
}: {
  readonly eventStudy: EventStudy
  readonly confidenceLevel: number
  readonly windowDays: number
}) {
  const level = `${Math.round(confidenceLevel * 100)} %`
  return (
    <figure className="event-study">
      <div className="event-study-panels">
        {eventStudy.outcomes.map((panel) => (
          <PanelPlot
            key={panel.outcome}
            panel={panel}
            periods={eventStudy.periods}
            level={level}
            windowDays={windowDays}
          />
        ))}
      </div>
      <figcaption className="muted small">{eventStudy.caption}</figcaption>
      <details className="event-study-data">
        <summary>The plotted numbers as a table</summary>
        <ScrollRegion label="Event study numbers">
          <table className="estimate-table">
            <caption>
              Event-study coefficients with {level} intervals, periods of {windowDays} days
            </caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Period k</th>
                <th scope="col">Estimate</th>
                <th scope="col">{level} interval</th>
              </tr>
            </thead>
            <tbody>
              {eventStudy.outcomes.flatMap((panel) =>
                panel.points.map((point) => (
                  <tr key={`${panel.outcome}-${point.k}`}>
                    <th scope="row">{panel.outcome}</th>
                    <td>{formatPeriod(point.k)}</td>
                    <td>{point.reference ? '0 (reference)' : formatEstimate(point.coef)}</td>
                    <td>
                      {point.reference
                        ? '—'
                        : `${formatEstimate(point.lower)} to ${formatEstimate(point.upper)}`}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  )
}

function PanelPlot({
  panel,
  periods,
  level,
  windowDays,
}: {
  readonly panel: Panel
  readonly periods: readonly number[]
  readonly level: string
  readonly windowDays: number
}) {
  const id = useId()
  const first = periods[0] ?? -1
  const last = periods.at(-1) ?? 0
  const x = (k: number) => ((k - first + 0.5) / (last - first + 1)) * INNER_W
  const values = panel.points.flatMap((p) => [p.lower, p.upper, 0])
  const [low, high] = nice(Math.min(...values), Math.max(...values), 5)
  const span = high - low || 1
  const y = (v: number) => INNER_H - ((v - low) / span) * INNER_H
  const yTicks = ticks(low, high, 5)
  const estimated = panel.points.filter((p) => !p.reference)
  const band = [
    ...panel.points.map((p) => `${x(p.k)},${y(p.upper)}`),
    ...[...panel.points].reverse().map((p) => `${x(p.k)},${y(p.lower)}`),
  ].join(' ')
  const before = estimated.filter((p) => p.k < -1)
  const after = estimated.filter((p) => p.k >= 0)
  const away = (ps: typeof estimated) => ps.filter((p) => p.lower > 0 || p.upper < 0).length
  return (
    <svg
      className="event-study-panel"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{`${panel.outcome}: event study`}</title>
      <desc id={`${id}-desc`}>
        {`Coefficients for periods ${formatPeriod(first)} to ${formatPeriod(last)} of ` +
          `${windowDays} days around the credential, with ${level} intervals; period −1 is ` +
          `the reference at zero. Before the credential ${away(before)} of ${before.length} ` +
          `intervals exclude zero; after it ${away(after)} of ${after.length}.`}
      </desc>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <g className="axis axis-y">
          {yTicks.map((v) => (
            <g key={v} transform={`translate(0,${y(v)})`}>
              <line x1={-4} x2={INNER_W} className="gridline" />
              <text x={-8} dy="0.32em" textAnchor="end">
                {formatEstimate(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="axis axis-x" transform={`translate(0,${INNER_H})`}>
          <line x1={0} x2={INNER_W} />
          {periods.map((k) => (
            <g key={k} transform={`translate(${x(k)},0)`}>
              <line y2={4} />
              <text y={16} textAnchor="middle">
                {formatPeriod(k)}
              </text>
            </g>
          ))}
          <text x={INNER_W / 2} y={36} textAnchor="middle" className="axis-title">
            {`Period k (${windowDays} days)`}
          </text>
        </g>
        <line className="zero-line" x1={0} x2={INNER_W} y1={y(0)} y2={y(0)} />
        <line className="event-line" x1={x(-0.5)} x2={x(-0.5)} y1={0} y2={INNER_H} />
        <polygon className="ci-band" points={band} />
        {estimated.map((p) => (
          <line
            key={`bar-${p.k}`}
            className="ci-bar"
            x1={x(p.k)}
            x2={x(p.k)}
            y1={y(p.lower)}
            y2={y(p.upper)}
          />
        ))}
        <polyline
          className="estimate-line"
          points={panel.points.map((p) => `${x(p.k)},${y(p.coef)}`).join(' ')}
        />
        {panel.points.map((p) => (
          <circle
            key={`point-${p.k}`}
            className={p.reference ? 'event-study-point reference' : 'event-study-point'}
            cx={x(p.k)}
            cy={y(p.coef)}
            r={4}
          />
        ))}
        <text x={0} y={-12} className="panel-title">
          {panel.outcome}
        </text>
      </g>
    </svg>
  )
}
