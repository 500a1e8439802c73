import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import {
  AGILE_METRIC_FAMILIES,
  AGILE_MODELS,
  AGILE_SOURCED_FAMILIES,
} from '../../../src/assessment/models/agile/agile-models.js'
import {
  editPoints,
  parseFrame,
  render,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

type Figures = Readonly<Record<string, number>>
type Reading = (f: Figures) => number[]

// Whole Sprints and days still needed round up, and a dropped part rounds down; the small
// allowance keeps a quotient such as 140 / (105 / 3) from landing a hair off a whole number.
const up = (x: number) => Math.ceil(x - 1e-9)
const down = (x: number) => Math.floor(x + 1e-9)
const round = (x: number) => Math.round(x + 1e-9)
const at = (f: Figures, name: string) => {
  const v = f[name]
  if (v === undefined) throw new Error(`no figure ${name}`)
  return v
}
const velocitiesOf = (f: Figures) =>
  [1, 2, 3, 4, 5].map((i) => f[`v${i}`]).filter((v) => v !== undefined) as number[]

/**
 * The key and every named mistake of each computed family, written again from the definitions
 * (average velocity, Little's Law, cycle time from start to Done) rather than from the family's
 * own arithmetic: a key or a distractor that drifts from its definition fails here.
 */
const WORKED: Readonly<Record<string, { key: Reading; mistakes: Record<string, Reading> }>> = {
  'average-velocity-sprints': (() => {
    const avg = (f: Figures) => (at(f, 'v1') + at(f, 'v2') + at(f, 'v3')) / 3
    const r = (f: Figures) => at(f, 'remaining')
    return {
      key: (f) => [up(r(f) / avg(f))],
      mistakes: {
        'rounds the part Sprint down': (f) => [down(r(f) / avg(f))],
        'forecasts from the most recent Sprint only': (f) => [up(r(f) / at(f, 'v3'))],
        'forecasts from the best Sprint': (f) => [up(r(f) / Math.max(...velocitiesOf(f)))],
        'divides by the three Sprints’ total instead of their average': (f) => [
          up(r(f) / (3 * avg(f))),
        ],
        'forecasts from the slowest Sprint instead of the average': (f) => [
          up(r(f) / Math.min(...velocitiesOf(f))),
        ],
      },
    }
  })(),
  'velocity-range-sprints': (() => {
    const r = (f: Figures) => at(f, 'remaining')
    const lo = (f: Figures) => Math.min(...velocitiesOf(f))
    const hi = (f: Figures) => Math.max(...velocitiesOf(f))
    const ends = (f: Figures) => [at(f, 'v1'), at(f, 'v5')]
    return {
      // The fastest Sprint gives the fewest Sprints, the slowest the most.
      key: (f) => [up(r(f) / hi(f)), up(r(f) / lo(f))],
      mistakes: {
        'rounds the part Sprints down': (f) => [down(r(f) / hi(f)), down(r(f) / lo(f))],
        'takes the first and last Sprints as the range': (f) => [
          up(r(f) / Math.max(...ends(f))),
          up(r(f) / Math.min(...ends(f))),
        ],
        'reports the velocity range instead of dividing by it': (f) => [lo(f), hi(f)],
        'takes the average velocity as the fastest case': (f) => {
          const vs = velocitiesOf(f)
          return [up(r(f) / (vs.reduce((sum, v) => sum + v, 0) / vs.length)), up(r(f) / lo(f))]
        },
      },
    }
  })(),
  'points-by-release-range': (() => {
    const n = (f: Figures) => at(f, 'sprints')
    const vs = velocitiesOf
    return {
      key: (f) => [n(f) * Math.min(...vs(f)), n(f) * Math.max(...vs(f))],
      mistakes: {
        'forgets to multiply by the Sprints left': (f) => [Math.min(...vs(f)), Math.max(...vs(f))],
        'takes the first and last Sprints as the range': (f) => {
          const ends = [at(f, 'v1'), at(f, 'v5')]
          return [n(f) * Math.min(...ends), n(f) * Math.max(...ends)]
        },
        'takes the average velocity as the slowest case': (f) => [
          round(n(f) * (vs(f).reduce((s, v) => s + v, 0) / vs(f).length)),
          n(f) * Math.max(...vs(f)),
        ],
      },
    }
  })(),
  'burndown-ideal-remaining': (() => {
    const perDay = (f: Figures) => at(f, 'total') / at(f, 'days')
    return {
      key: (f) => [at(f, 'total') - at(f, 'day') * perDay(f)],
      mistakes: {
        'reads the work burned so far as remaining': (f) => [at(f, 'day') * perDay(f)],
        'reports the daily burn instead of the remaining work': (f) => [perDay(f)],
        'reads the line’s starting value': (f) => [at(f, 'total')],
      },
    }
  })(),
  'burndown-days-at-actual-rate': (() => {
    const rate = (f: Figures) => (at(f, 'total') - at(f, 'remaining')) / at(f, 'day')
    const left = (f: Figures) => at(f, 'remaining')
    return {
      key: (f) => [up(left(f) / rate(f))],
      mistakes: {
        'uses the ideal line’s rate instead of the actual rate': (f) => [
          up(left(f) / (at(f, 'total') / at(f, 'days'))),
        ],
        'reports the days left in the Sprint': (f) => [at(f, 'days') - at(f, 'day')],
        'rounds the part day down': (f) => [down(left(f) / rate(f))],
        'forecasts the whole Sprint’s work, not what remains': (f) => [
          up(at(f, 'total') / rate(f)),
        ],
      },
    }
  })(),
  'burnup-sprints-with-scope': (() => {
    const lands = (f: Figures, n: number) => [n, at(f, 'sprint') + n]
    const v = (f: Figures) => at(f, 'velocity')
    return {
      key: (f) => lands(f, up((at(f, 'scope') - at(f, 'done')) / v(f))),
      mistakes: {
        'ignores the scope added since the start': (f) =>
          lands(f, up((at(f, 'start') - at(f, 'done')) / v(f))),
        'forgets the work already Done': (f) => lands(f, up(at(f, 'scope') / v(f))),
        'rounds the part Sprint down': (f) =>
          lands(f, down((at(f, 'scope') - at(f, 'done')) / v(f))),
        'uses the original scope and forgets the work Done': (f) =>
          lands(f, up(at(f, 'start') / v(f))),
      },
    }
  })(),
  'burnup-scope-growth': {
    // The gap closes by what is Done less what is added each Sprint.
    key: (f) => [up(at(f, 'gap') / (at(f, 'velocity') - at(f, 'growth')))],
    mistakes: {
      'ignores the scope growth': (f) => [up(at(f, 'gap') / at(f, 'velocity'))],
      'adds the growth to the velocity': (f) => [
        up(at(f, 'gap') / (at(f, 'velocity') + at(f, 'growth'))),
      ],
      'divides by the growth instead of the net rate': (f) => [up(at(f, 'gap') / at(f, 'growth'))],
    },
  },
  'capacity-adjusted-forecast': {
    key: (f) => [round((at(f, 'velocity') / at(f, 'usual')) * at(f, 'next'))],
    mistakes: {
      'ignores the reduced capacity': (f) => [at(f, 'velocity')],
      'scales by capacity the wrong way round': (f) => [
        round((at(f, 'velocity') / at(f, 'next')) * at(f, 'usual')),
      ],
      'subtracts the days off as points': (f) => [
        at(f, 'velocity') - (at(f, 'usual') - at(f, 'next')),
      ],
    },
  },
  'throughput-days-for-items': (() => {
    const rate = (f: Figures) => at(f, 'finished') / at(f, 'period')
    return {
      key: (f) => [up(at(f, 'items') / rate(f))],
      mistakes: {
        'forgets the length of the period': (f) => [up(at(f, 'items') / at(f, 'finished'))],
        'inverts the throughput rate': (f) => [up(at(f, 'items') * rate(f))],
        'rounds the part day down': (f) => [down(at(f, 'items') / rate(f))],
      },
    }
  })(),
  'littles-law-cycle-time': (() => {
    const daily = (f: Figures) => at(f, 'weekly') / 5
    return {
      key: (f) => [at(f, 'wip') / daily(f)],
      mistakes: {
        'gives the time in weeks, not working days': (f) => [at(f, 'wip') / at(f, 'weekly')],
        'multiplies WIP by throughput': (f) => [at(f, 'wip') * daily(f)],
        'counts seven days to the week, not five working days': (f) => [
          at(f, 'wip') / (at(f, 'weekly') / 7),
        ],
      },
    }
  })(),
  'littles-law-wip': {
    key: (f) => [at(f, 'daily') * at(f, 'cycle')],
    mistakes: {
      'divides cycle time by throughput': (f) => [at(f, 'cycle') / at(f, 'daily')],
      'divides throughput by cycle time': (f) => [at(f, 'daily') / at(f, 'cycle')],
      'adds throughput to cycle time': (f) => [at(f, 'daily') + at(f, 'cycle')],
    },
  },
  'littles-law-throughput': {
    key: (f) => [(at(f, 'wip') / at(f, 'cycle')) * 5],
    mistakes: {
      'gives the daily throughput as weekly': (f) => [at(f, 'wip') / at(f, 'cycle')],
      'multiplies WIP by cycle time': (f) => [at(f, 'wip') * at(f, 'cycle')],
      'counts seven days to the week, not five working days': (f) => [
        (at(f, 'wip') / at(f, 'cycle')) * 7,
      ],
    },
  },
  'lead-time-from-dates': {
    // Lead time runs from the request to Done; cycle time from the start of work to Done.
    key: (f) => [at(f, 'released') - at(f, 'requested')],
    mistakes: {
      'reports the cycle time': (f) => [at(f, 'released') - at(f, 'started')],
      'reports only the wait before work started': (f) => [at(f, 'started') - at(f, 'requested')],
      'stops the clock when coding ends': (f) => [at(f, 'coded') - at(f, 'requested')],
      'counts only the time after coding ended': (f) => [at(f, 'released') - at(f, 'coded')],
    },
  },
  'cycle-time-from-dates': {
    key: (f) => [at(f, 'released') - at(f, 'started')],
    mistakes: {
      'reports the lead time': (f) => [at(f, 'released') - at(f, 'requested')],
      'stops the clock when coding ends, before review and release': (f) => [
        at(f, 'coded') - at(f, 'started'),
      ],
      'reports the wait before work started': (f) => [at(f, 'started') - at(f, 'requested')],
      'counts only the time after coding ended': (f) => [at(f, 'released') - at(f, 'coded')],
    },
  },
  'wip-limit-room': {
    // A blocked item still occupies its place under the limit.
    key: (f) => [at(f, 'limit') - at(f, 'held')],
    mistakes: {
      'leaves blocked items out of the WIP count': (f) => [
        at(f, 'limit') - (at(f, 'held') - at(f, 'blocked')),
      ],
      'ignores the items already in the column': (f) => [at(f, 'limit')],
      'counts only the blocked items against the limit': (f) => [at(f, 'limit') - at(f, 'blocked')],
    },
  },
  'cfd-wip': {
    key: (f) => [at(f, 'started') - at(f, 'done')],
    mistakes: {
      'counts items not yet started as in progress': (f) => [at(f, 'arrived') - at(f, 'done')],
      'reports the queue not yet started': (f) => [at(f, 'arrived') - at(f, 'started')],
      'reads the height of the Done line': (f) => [at(f, 'done')],
    },
  },
  'cfd-cycle-time': {
    key: (f) => [at(f, 'doneDay') - at(f, 'startedDay')],
    mistakes: {
      'measures from arrival, which is the lead time': (f) => [
        at(f, 'doneDay') - at(f, 'arrivedDay'),
      ],
      'reads the vertical gap, which is WIP, as time': (f) => [at(f, 'gap')],
      'reads the day number as the duration': (f) => [at(f, 'doneDay')],
    },
  },
  'cfd-throughput': {
    key: (f) => [(at(f, 'after') - at(f, 'before')) / (at(f, 'to') - at(f, 'from'))],
    mistakes: {
      'divides the running total by the day number': (f) => [at(f, 'after') / at(f, 'to')],
      'reports the span’s total as a daily rate': (f) => [at(f, 'after') - at(f, 'before')],
      'inverts the rate': (f) => [
        (at(f, 'to') - at(f, 'from')) / (at(f, 'after') - at(f, 'before')),
      ],
    },
  },
  'flow-efficiency': (() => {
    // Flow efficiency is active time (every stage someone worked on it) as a share of cycle time.
    const active = (f: Figures) => at(f, 'development') + at(f, 'testing')
    const waiting = (f: Figures) => at(f, 'cycle') - active(f)
    const share = (x: number, of: number) => round((x / of) * 100)
    return {
      key: (f) => [share(active(f), at(f, 'cycle'))],
      mistakes: {
        'reports the share spent waiting': (f) => [share(waiting(f), at(f, 'cycle'))],
        'divides active time by waiting time': (f) => [share(active(f), waiting(f))],
        'divides waiting time by active time': (f) => [share(waiting(f), active(f))],
        'counts only the development days as active': (f) => [
          share(at(f, 'development'), at(f, 'cycle')),
        ],
        'counts only the testing days as active': (f) => [share(at(f, 'testing'), at(f, 'cycle'))],
      },
    }
  })(),
}

/** The numbers an option states, in order, read independently of the families' formatting. */
function numbersIn(text: string): number[] {
  return (text.replace(/(\d),(\d{3})\b/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map(Number)
}

/** Whether an option states the expected figures, as shown to at most two decimals. */
function states(text: string, expected: readonly number[]): boolean {
  const shown = numbersIn(text)
  return (
    shown.length === expected.length &&
    shown.every((n, i) => Math.abs(n - expected[i]!) <= 0.005 + 1e-9)
  )
}

const DRAWS = 200

const DRAWN = drawFamilies(AGILE_METRIC_FAMILIES, DRAWS, 2026_12_04)

describeEngineIndependent('agile forecasting and flow keys', () => {
  it('are worked again for every computed family, each drawn without a programming error', () => {
    const ids = AGILE_METRIC_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => !(id in WORKED))).toEqual([])
    const drawn = new Set(DRAWN.map((d) => d.family))
    expect(ids.filter((id) => !drawn.has(id))).toEqual([])
  })

  it('state the figure the definition gives, from figures the stem shows', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      const stemNumbers = numbersIn(s.stem)
      for (const [name, value] of Object.entries(s.figures)) {
        if (!stemNumbers.includes(value))
          wrong.push(`${family}: ${name} = ${value} not in the stem`)
      }
      const expected = WORKED[family]!.key(s.figures)
      if (!states(s.key, expected)) wrong.push(`${family}: key ${s.key}, worked ${expected}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('give each distractor the figure its named mistake computes, never the key', () => {
    const wrong: string[] = []
    let short = 0
    for (const { family, s } of DRAWN) {
      const { mistakes } = WORKED[family]!
      for (const [text, mistake] of s.wrong) {
        const reading = mistakes[mistake]
        if (!reading) {
          wrong.push(`${family}: no worked reading for "${mistake}"`)
          continue
        }
        const expected = reading(s.figures)
        if (!states(text, expected))
          wrong.push(`${family}: "${mistake}" shows ${text}, worked ${expected}`)
      }
      const shown = distinctWrongs(s)
      for (const [text, mistake] of shown) {
        if (text === s.key) wrong.push(`${family}: "${mistake}" gives the key`)
        if (WORKED[family]!.mistakes[mistake] && states(text, WORKED[family]!.key(s.figures)))
          wrong.push(`${family}: "${mistake}" states the key's figure`)
      }
      if (shown.length < 3) short++
    }
    expect(wrong.slice(0, 5)).toEqual([])
    // A draw whose mistakes coincide is refused and drawn again, never padded.
    expect(short / DRAWN.length).toBeLessThan(0.2)
  })

  it('offer only possible values: a flow efficiency is a share of cycle time, never over 100 %', () => {
    const over = DRAWN.filter((d) => d.family === 'flow-efficiency').flatMap(({ s }) =>
      [s.key, ...s.wrong.map(([t]) => t)].filter((t) => numbersIn(t).some((n) => n > 100)),
    )
    expect(over).toEqual([])
  })
})

/** Sections of the Scrum Guide (November 2020) a family may cite. */
const GUIDE_SECTIONS = new Set([
  'Scrum Theory',
  'Scrum Values',
  'Scrum Team',
  'Developers',
  'Product Owner',
  'Scrum Master',
  'Scrum Events',
  'The Sprint',
  'Sprint Planning',
  'Daily Scrum',
  'Sprint Review',
  'Sprint Retrospective',
  'Scrum Artifacts',
  'Product Backlog',
  'Product Goal',
  'Sprint Backlog',
  'Sprint Goal',
  'Increment',
  'Definition of Done',
  'End Note',
])

/** The stem, the key and each distractor with its named mistake, from a family's one frame. */
function readings(frame: string): { key: string; wrong: [string, string][] } {
  const parts = parseFrame(frame)
  const wrong: [string, string][] = []
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.push([render(parts, new Map([[i, j]])), w.mistake])
    })
  })
  return { key: render(parts), wrong }
}

describeEngineIndependent('agile families keyed to a document', () => {
  it('each cite a Scrum Guide section or a Manifesto value or principle, named in the stem too', () => {
    const bad: string[] = []
    for (const f of AGILE_SOURCED_FAMILIES) {
      const guide = /^Scrum Guide 2020: ([^;(]+?)(?: \(refinement\))?(?:;.*)?$/.exec(f.source)
      const manifesto =
        /^Agile Manifesto: (?:value ([1-4])|principle (\d+)|the four values.*)$/.exec(f.source)
      if (guide) {
        if (!GUIDE_SECTIONS.has(guide[1]!.trim())) bad.push(`${f.id}: section ${guide[1]}`)
        if (!f.stem?.includes('Scrum Guide (November 2020 edition)')) bad.push(`${f.id}: stem`)
      } else if (manifesto) {
        const n = Number(manifesto[2] ?? 1)
        if (n < 1 || n > 12) bad.push(`${f.id}: principle ${n}`)
        if (!f.stem?.includes('Manifesto for Agile Software Development')) bad.push(`${f.id}: stem`)
      } else bad.push(`${f.id}: source ${f.source}`)
    }
    expect(bad).toEqual([])
  })

  it('each hold one frame with three or more distinct, named distractors', () => {
    const ids = AGILE_SOURCED_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const f of AGILE_SOURCED_FAMILIES) {
      expect(f.frames, f.id).toHaveLength(1)
      const { key, wrong } = readings(f.frames[0]!)
      expect(wrong.length, f.id).toBeGreaterThanOrEqual(3)
      const texts = [key, ...wrong.map(([t]) => t)]
      expect(new Set(texts).size, f.id).toBe(texts.length)
      for (const [, mistake] of wrong)
        expect(mistake.split(' ').length, `${f.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('do not make the key the longest option more often than chance', () => {
    const longest = AGILE_SOURCED_FAMILIES.filter((f) => {
      const { key, wrong } = readings(f.frames[0]!)
      return wrong.every(([t]) => t.length < key.length)
    })
    // Four options: a quarter of families would have the key longest by chance.
    expect(longest.length / AGILE_SOURCED_FAMILIES.length).toBeLessThanOrEqual(0.25)
  })

  it('key the Guide’s timeboxes for a one-month Sprint', () => {
    // Sprint Planning 8 hours, Sprint Review 4, Sprint Retrospective 3; the Daily Scrum is 15
    // minutes whatever the Sprint's length.
    const key = (id: string) =>
      readings(AGILE_SOURCED_FAMILIES.find((f) => f.id === id)!.frames[0]!).key
    expect(key('planning-timebox')).toBe('8 hours')
    expect(key('review-timebox')).toBe('4 hours')
    expect(key('retro-timebox-order')).toContain('3 hours')
    expect(key('daily-timebox')).toContain('15 minutes for both')
  })
})

describeEngineIndependent('agile item models', () => {
  it.each(AGILE_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 300, engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family))).toEqual(new Set(model.families))
    },
  )
})
