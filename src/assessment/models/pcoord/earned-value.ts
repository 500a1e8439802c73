/** A project's earned-value figures at a status date, in one currency. */
export interface EvFigures {
  readonly bac: number
  readonly pv: number
  readonly ev: number
  readonly ac: number
}

/**
 * The formulas a coordinator applies to earned-value figures, by name, and the named slips
 * (a ratio turned over, planned value taken for earned value) that are formulas too.
 */
export const EV_FORMULAS = {
  CPI: (f: EvFigures) => f.ev / f.ac,
  SPI: (f: EvFigures) => f.ev / f.pv,
  CV: (f: EvFigures) => f.ev - f.ac,
  SV: (f: EvFigures) => f.ev - f.pv,
  'AC/EV': (f: EvFigures) => f.ac / f.ev,
  'PV/EV': (f: EvFigures) => f.pv / f.ev,
  'PV/AC': (f: EvFigures) => f.pv / f.ac,
  'AC/PV': (f: EvFigures) => f.ac / f.pv,
  'AC-EV': (f: EvFigures) => f.ac - f.ev,
  'PV-EV': (f: EvFigures) => f.pv - f.ev,
  'PV-AC': (f: EvFigures) => f.pv - f.ac,
  'BAC-AC': (f: EvFigures) => f.bac - f.ac,
  'EAC=BAC/CPI': (f: EvFigures) => f.bac / (f.ev / f.ac),
  'EAC=AC+BAC-EV': (f: EvFigures) => f.ac + f.bac - f.ev,
  'EAC=AC+(BAC-EV)/(CPI*SPI)': (f: EvFigures) =>
    f.ac + (f.bac - f.ev) / ((f.ev / f.ac) * (f.ev / f.pv)),
  'BAC*CPI': (f: EvFigures) => f.bac * (f.ev / f.ac),
  'BAC-BAC*CPI': (f: EvFigures) => f.bac - f.bac * (f.ev / f.ac),
  'BAC/SPI': (f: EvFigures) => f.bac / (f.ev / f.pv),
  'AC+BAC': (f: EvFigures) => f.ac + f.bac,
  'ETC=BAC/CPI-AC': (f: EvFigures) => f.bac / (f.ev / f.ac) - f.ac,
  'BAC-EV': (f: EvFigures) => f.bac - f.ev,
  'VAC=BAC-BAC/CPI': (f: EvFigures) => f.bac - f.bac / (f.ev / f.ac),
  'BAC/CPI-BAC': (f: EvFigures) => f.bac / (f.ev / f.ac) - f.bac,
  'TCPI=(BAC-EV)/(BAC-AC)': (f: EvFigures) => (f.bac - f.ev) / (f.bac - f.ac),
  '(BAC-AC)/(BAC-EV)': (f: EvFigures) => (f.bac - f.ac) / (f.bac - f.ev),
  'EV/BAC': (f: EvFigures) => f.ev / f.bac,
  'EV/BAC*AC': (f: EvFigures) => (f.ev / f.bac) * f.ac,
  'EV/AC': (f: EvFigures) => f.ev / f.ac,
  'AC/BAC': (f: EvFigures) => f.ac / f.bac,
  'PV/BAC': (f: EvFigures) => f.pv / f.bac,
  'ETC=(BAC-EV)/(CPI*SPI)': (f: EvFigures) => (f.bac - f.ev) / ((f.ev / f.ac) * (f.ev / f.pv)),
  'ETC=BAC-EV': (f: EvFigures) => f.bac - f.ev,
  'VAC=BAC-(AC+BAC-EV)': (f: EvFigures) => f.bac - (f.ac + f.bac - f.ev),
  'CV/EV': (f: EvFigures) => (f.ev - f.ac) / f.ev,
  'CV/AC': (f: EvFigures) => (f.ev - f.ac) / f.ac,
  'CV/BAC': (f: EvFigures) => (f.ev - f.ac) / f.bac,
  'SV/PV': (f: EvFigures) => (f.ev - f.pv) / f.pv,
  'SV/EV': (f: EvFigures) => (f.ev - f.pv) / f.ev,
  'SV/BAC': (f: EvFigures) => (f.ev - f.pv) / f.bac,
  EV: (f: EvFigures) => f.ev,
  PV: (f: EvFigures) => f.pv,
  AC: (f: EvFigures) => f.ac,
} as const satisfies Record<string, (f: EvFigures) => number>

export type EvFormula = keyof typeof EV_FORMULAS

/**
 * How an answer is written: an amount of money, an index to two places, a percentage, or a
 * variance percentage whose sign (a true minus) says over budget or behind schedule.
 */
export type EvShow = 'money' | 'index' | 'percent' | 'signedPercent'

export interface EvCalc {
  readonly op: 'ev'
  readonly figures: EvFigures
  readonly currency: string
  readonly formula: EvFormula
  readonly show: EvShow
}

export function writeMoney(n: number, currency: string): string {
  const r = Math.round(n)
  const abs = Math.abs(r).toLocaleString('en-GB')
  return `${r < 0 ? '−' : ''}${currency}${abs}`
}

export function readEv(c: EvCalc): string {
  const v = EV_FORMULAS[c.formula](c.figures)
  if (!Number.isFinite(v)) throw new Error(`${c.formula} is not a number here`)
  if (c.show === 'money') return writeMoney(v, c.currency)
  if (c.show === 'index') return v.toFixed(2)
  if (c.show === 'signedPercent') {
    const p = Math.round(v * 1000) / 10
    return `${p < 0 ? '−' : '+'}${Math.abs(p).toFixed(1)} %`
  }
  // Rounded half up in tenths of a per cent, like the signed percentages: toFixed alone rounds
  // the binary value and can land a tenth lower on a half.
  return `${(Math.round(v * 1000) / 10).toFixed(1)} %`
}

/**
 * Work packages measured by a stated progress rule: 0/100 earns nothing until done, 50/50 earns
 * half on starting and the rest on finishing, and "reported" takes the owners' percentages.
 */
export interface Package {
  readonly name: string
  readonly budget: number
  readonly state: 'done' | 'started' | 'not started'
  readonly reported: number
}

export type ProgressRule = '0/100' | '50/50' | 'reported'

export interface EvRuleCalc {
  readonly op: 'evRule'
  readonly packages: readonly Package[]
  readonly currency: string
  readonly rule: ProgressRule
  /** Counted a started package as done. */
  readonly startedAsDone?: true
  /** Credited a done package with half its budget, as if the 50/50 rule's first half were all. */
  readonly doneAsHalf?: true
}

export function readEvRule(c: EvRuleCalc): string {
  let ev = 0
  for (const p of c.packages) {
    if (p.state === 'done' && c.doneAsHalf) ev += p.budget / 2
    else if (p.state === 'done' || (p.state === 'started' && c.startedAsDone)) ev += p.budget
    else if (p.state === 'started')
      ev +=
        c.rule === '50/50'
          ? p.budget / 2
          : c.rule === 'reported'
            ? (p.budget * p.reported) / 100
            : 0
  }
  return writeMoney(ev, c.currency)
}

/** Plain words for where a project stands on cost and on schedule, read from CPI and SPI. */
export interface EvStatusCalc {
  readonly op: 'evStatus'
  readonly figures: EvFigures
  /** Read CPI as the schedule index and SPI as the cost index. */
  readonly swapped?: true
  /** Read an index below 1 as good for cost (under budget). */
  readonly invertCost?: true
  /** Read an index below 1 as good for schedule (ahead). */
  readonly invertSchedule?: true
}

export function readEvStatus(c: EvStatusCalc): string {
  const cpi = c.figures.ev / c.figures.ac
  const spi = c.figures.ev / c.figures.pv
  const [cost, schedule] = c.swapped ? [spi, cpi] : [cpi, spi]
  if (cost === 1 || schedule === 1) throw new Error('an index of exactly 1')
  const under = cost > 1 !== Boolean(c.invertCost)
  const ahead = schedule > 1 !== Boolean(c.invertSchedule)
  return `${under ? 'under' : 'over'} budget and ${ahead ? 'ahead of' : 'behind'} schedule`
}
