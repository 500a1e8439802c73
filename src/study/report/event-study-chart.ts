import { Resvg } from '@resvg/resvg-js'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import {
  CONFIDENCE_LEVEL,
  EVENT_STUDY_OUTCOMES,
  type EventStudyPoint,
} from './event-study-points.js'

/** Width of the PNG in pixels (the SVG is scaled to it). */
export const PNG_WIDTH = 1600

/** Fonts the plot asks for, first found wins; all common on Linux, macOS and Windows. */
const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif'

/**
 * The vega-lite specification of the event-study plot: one panel per outcome, own y scale.
 *
 * @example
 * await eventStudySvg(eventStudySpec(eventStudyPoints(estimates), 14))
 */
export function eventStudySpec(
  points: readonly EventStudyPoint[],
  windowDays: number,
): TopLevelSpec {
  const periods = [...new Set(points.map((p) => p.k))].sort((a, b) => a - b)
  // Every layer's x carries the same scale and axis, or vega-lite's merge drops the tick values.
  const xScale = {
    type: 'quantitative' as const,
    title: `Period k (${windowDays} days)`,
    scale: { domain: [periods[0]! - 0.5, periods.at(-1)! + 0.5], nice: false },
    axis: { values: periods, format: 'd', labelOverlap: false },
  }
  const x = { field: 'k', ...xScale }
  return {
    data: { values: points.map((p) => ({ ...p })) },
    facet: {
      column: {
        field: 'outcome',
        type: 'nominal',
        title: null,
        sort: EVENT_STUDY_OUTCOMES.map(([, heading]) => heading),
        header: { labelFontSize: 13 },
      },
    },
    spec: {
      width: 280,
      height: 230,
      layer: [
        {
          mark: { type: 'rule', strokeDash: [4, 3], color: '#888' },
          encoding: { y: { datum: 0 } },
        },
        {
          mark: { type: 'rule', strokeDash: [2, 2], color: '#888' },
          encoding: { x: { datum: -0.5, ...xScale } },
        },
        {
          mark: { type: 'rule', color: '#1f4e79' },
          encoding: {
            x,
            y: {
              field: 'lower',
              type: 'quantitative',
              title: `Coefficient, ${CONFIDENCE_LEVEL * 100} % interval`,
            },
            y2: { field: 'upper' },
          },
        },
        {
          transform: [{ filter: '!datum.reference' }],
          mark: { type: 'point', filled: true, size: 60, color: '#1f4e79', opacity: 1 },
          encoding: { x, y: { field: 'coef', type: 'quantitative' } },
        },
        {
          // The reference period: hollow, at zero, so the reader sees what k = −1 is.
          transform: [{ filter: 'datum.reference' }],
          mark: {
            type: 'point',
            filled: false,
            size: 60,
            color: '#1f4e79',
            strokeWidth: 1.5,
            opacity: 1,
          },
          encoding: { x, y: { field: 'coef', type: 'quantitative' } },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
    config: { font: FONT, background: 'white' },
  }
}

/**
 * The plot as SVG, rendered by vega in this process (no network, no canvas).
 *
 * @example
 * const svg = await eventStudySvg(spec)
 */
export async function eventStudySvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

/**
 * The SVG rasterised to PNG with the system's fonts.
 *
 * @example
 * writeFileSync('event-study.png', svgToPng(svg))
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  })
  return resvg.render().asPng()
}
