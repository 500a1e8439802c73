import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  answered,
  computed,
  currency,
  drawn,
  family,
  job,
  money,
  type PjmFamily,
  rule,
} from './pjm-text.js'

// Earned value management: PMBOK Guide 6th ed. §7.4.2.2 and Table 7-1 ("Earned Value
// Calculations Summary Table"): CV = EV − AC, SV = EV − PV, CPI = EV / AC, SPI = EV / PV;
// EAC = BAC / CPI (if the CPI is expected to continue), EAC = AC + (BAC − EV) (future work at the
// budgeted rate), EAC = AC + (BAC − EV) / (CPI × SPI) (both indices influence the remaining
// work), EAC = AC + bottom-up ETC; ETC = EAC − AC; VAC = BAC − EAC; TCPI = (BAC − EV) / (BAC − AC)
// to finish on the BAC, or (BAC − EV) / (EAC − AC) to finish on an approved EAC. CV % = CV / EV
// (PMI Practice Standard for Earned Value Management). Reserves: PMBOK 6th ed. §7.2.2.6 and
// §7.3.3.1 (contingency reserves are in the cost baseline; management reserve is not, but is in
// the project budget).

interface Evm {
  readonly bac: number
  readonly pv: number
  readonly ev: number
  readonly ac: number
}

function evm(rng: Rng): Evm {
  const bac = drawn(rng, 40, 240) * 1000
  const pvPct = drawn(rng, 30, 70, 5)
  const evPct = pvPct + rng.pick([-1, 1]) * drawn(rng, 5, 15, 5)
  const ev = (bac * evPct) / 100
  const ac = Math.round((ev * rng.pick([0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25])) / 100) * 100
  return { bac, pv: (bac * pvPct) / 100, ev, ac }
}
const cpi = (e: Evm) => e.ev / e.ac
const spi = (e: Evm) => e.ev / e.pv

function figuresText(e: Evm, sym: string, show: readonly (keyof Evm)[]): string {
  const m = money(sym)
  const names = {
    bac: 'Budget at completion (BAC)',
    pv: 'Planned value (PV)',
    ev: 'Earned value (EV)',
    ac: 'Actual cost (AC)',
  }
  return show.map((k) => `- ${names[k]}: ${m(e[k])}`).join('\n')
}
const ALL = ['bac', 'pv', 'ev', 'ac'] as const

/** A money family over the four EVM figures. */
function moneyFamily(
  id: string,
  ask: string,
  question: string,
  key: (e: Evm) => number,
  wrong: readonly (readonly [string, (e: Evm) => number, string])[],
  signed = false,
): PjmFamily {
  return family(id, (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    return computed(rng, {
      kind: 'evm',
      ask,
      stem: `At the monthly status review of ${job(rng)}, your earned value figures are:\n\n${figuresText(e, sym, ALL)}\n\n${question}`,
      in: e,
      format: 'money',
      sym,
      key: key(e),
      wrong: wrong.map(([slip, f, m]) => [slip, f(e), m] as const),
      signed,
    })
  })
}

function ratioFamily(
  id: string,
  ask: string,
  question: string,
  key: (e: Evm) => number,
  wrong: readonly (readonly [string, (e: Evm) => number, string])[],
): PjmFamily {
  return family(id, (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    return computed(rng, {
      kind: 'evm',
      ask,
      stem: `The figures for ${job(rng)} this period are:\n\n${figuresText(e, sym, ALL)}\n\n${question}`,
      in: e,
      format: 'ratio',
      key: key(e),
      wrong: wrong.map(([slip, f, m]) => [slip, f(e), m] as const),
    })
  })
}

export const EVM_FAMILIES: readonly PjmFamily[] = [
  family('evm-earned-value-from-percent', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    const m = money(sym)
    const done = e.ev / e.bac
    const planned = e.pv / e.bac
    return computed(rng, {
      kind: 'evm',
      ask: 'ev',
      stem: `${job(rng).replace(/^./, (c) => c.toUpperCase())} has a budget at completion of ${m(e.bac)}. By today ${Math.round(planned * 100)} % of the work was planned to be done, ${Math.round(done * 100)} % is actually done, and ${m(e.ac)} has been spent. What is the earned value?`,
      in: e,
      format: 'money',
      sym,
      key: e.ev,
      wrong: [
        ['pv', e.pv, 'gives the planned value, the budget of the work scheduled'],
        ['ac', e.ac, 'takes the money spent as the value earned'],
        ['remaining', e.bac - e.ev, 'gives the budget of the work still to do'],
        ['ac-share', e.ac * done, 'applies the percentage to the actual cost, not the BAC'],
      ],
    })
  }),
  moneyFamily(
    'evm-cost-variance',
    'cv',
    'What is the cost variance?',
    (e) => e.ev - e.ac,
    [
      ['ac-ev', (e) => e.ac - e.ev, 'subtracts earned value from actual cost, reversing the sign'],
      ['ev-pv', (e) => e.ev - e.pv, 'gives the schedule variance'],
      ['pv-ac', (e) => e.pv - e.ac, 'compares the planned value with actual cost'],
      ['bac-ac', (e) => e.bac - e.ac, 'subtracts the spend from the whole budget'],
      ['ev-bac', (e) => e.ev - e.bac, 'compares earned value with the whole budget'],
    ],
    true,
  ),
  moneyFamily(
    'evm-schedule-variance',
    'sv',
    'What is the schedule variance?',
    (e) => e.ev - e.pv,
    [
      ['pv-ev', (e) => e.pv - e.ev, 'subtracts earned from planned value, reversing the sign'],
      ['ev-ac', (e) => e.ev - e.ac, 'gives the cost variance'],
      ['ac-pv', (e) => e.ac - e.pv, 'compares actual cost with the plan'],
      ['bac-pv', (e) => e.bac - e.pv, 'gives the budget not yet scheduled'],
      ['ev-bac', (e) => e.ev - e.bac, 'compares earned value with the whole budget'],
    ],
    true,
  ),
  ratioFamily('evm-cpi', 'cpi', 'What is the cost performance index (CPI)?', cpi, [
    ['ac-ev', (e) => e.ac / e.ev, 'divides actual cost by earned value, inverting the index'],
    ['spi', spi, 'gives the schedule performance index'],
    ['pv-ac', (e) => e.pv / e.ac, 'divides planned value by actual cost'],
    ['ac-pv', (e) => e.ac / e.pv, 'divides actual cost by planned value'],
  ]),
  ratioFamily('evm-spi', 'spi', 'What is the schedule performance index (SPI)?', spi, [
    ['pv-ev', (e) => e.pv / e.ev, 'divides planned by earned value, inverting the index'],
    ['cpi', cpi, 'gives the cost performance index'],
    ['ac-pv', (e) => e.ac / e.pv, 'divides actual cost by planned value'],
    ['pv-ac', (e) => e.pv / e.ac, 'divides planned value by actual cost'],
  ]),
  moneyFamily(
    'evm-eac-typical',
    'eac-cpi',
    'The variances so far are typical and the cost performance will continue. What is the estimate at completion (EAC)?',
    (e) => e.bac / cpi(e),
    [
      [
        'atypical',
        (e) => e.ac + e.bac - e.ev,
        'assumes the rest of the work goes at the budgeted rate',
      ],
      ['bac-times', (e) => e.bac * cpi(e), 'multiplies the BAC by the CPI instead of dividing'],
      [
        'both',
        (e) => e.ac + (e.bac - e.ev) / (cpi(e) * spi(e)),
        'lets the SPI weigh on the remaining work too',
      ],
      ['bac-spi', (e) => e.bac / spi(e), 'divides the BAC by the SPI'],
    ],
  ),
  moneyFamily(
    'evm-eac-atypical',
    'eac-atypical',
    'The cost variance so far came from a one-off event; the remaining work will be done at the budgeted rate. What is the EAC?',
    (e) => e.ac + e.bac - e.ev,
    [
      ['typical', (e) => e.bac / cpi(e), 'assumes the cost performance so far will continue'],
      ['bac', (e) => e.bac, 'keeps the original budget, as the variance was a one-off'],
      ['etc', (e) => e.bac - e.ev, 'gives the estimate to complete, leaving out the spend'],
      ['ac-bac', (e) => e.ac + e.bac, 'adds the spend to the whole budget'],
      ['sign', (e) => e.bac + e.ev - e.ac, 'adds the cost variance with its sign flipped'],
      [
        'both',
        (e) => e.ac + (e.bac - e.ev) / (cpi(e) * spi(e)),
        'applies both indices to the remaining work',
      ],
    ],
  ),
  moneyFamily(
    'evm-eac-cpi-and-spi',
    'eac-both',
    'A fixed finish date means both cost and schedule performance will weigh on the remaining work. What is the EAC?',
    (e) => e.ac + (e.bac - e.ev) / (cpi(e) * spi(e)),
    [
      ['typical', (e) => e.bac / cpi(e), 'applies the CPI alone'],
      ['atypical', (e) => e.ac + e.bac - e.ev, 'assumes the budgeted rate for the rest'],
      [
        'spi-only',
        (e) => e.ac + (e.bac - e.ev) / spi(e),
        'applies the SPI alone to the remaining work',
      ],
      [
        'whole',
        (e) => e.bac / (cpi(e) * spi(e)),
        'divides the whole BAC, not only the remaining work',
      ],
      ['bac-spi', (e) => e.bac / spi(e), 'divides the BAC by the SPI'],
      ['ac-bac', (e) => e.ac + e.bac, 'adds the spend to the whole budget'],
    ],
  ),
  family('evm-eac-bottom-up', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    const etc = Math.round(((e.bac - e.ev) * rng.pick([0.9, 1.1, 1.2, 1.3])) / 100) * 100
    return computed(rng, {
      kind: 'evm',
      ask: 'eac-bottom-up',
      stem: `On ${job(rng)} the original estimate is no longer valid, so the team re-estimated the remaining work bottom-up at ${money(sym)(etc)}. The figures are:\n\n${figuresText(e, sym, ALL)}\n\nWhat is the EAC?`,
      in: { ...e, etc },
      format: 'money',
      sym,
      key: e.ac + etc,
      wrong: [
        ['typical', e.bac / cpi(e), 'uses the CPI formula instead of the new estimate'],
        ['bac-etc', e.bac + etc, 'adds the new estimate to the BAC'],
        ['etc', etc, 'gives the estimate to complete as the EAC'],
        ['ev-etc', e.ev + etc, 'adds the new estimate to the earned value, not the actual cost'],
      ],
    })
  }),
  moneyFamily(
    'evm-etc-typical',
    'etc',
    'Assuming the current cost performance continues, how much more will it cost to finish (ETC)?',
    (e) => e.bac / cpi(e) - e.ac,
    [
      [
        'atypical',
        (e) => e.bac - e.ev,
        'gives the remaining budget, as if future work went at plan',
      ],
      ['eac', (e) => e.bac / cpi(e), 'gives the EAC, not what is left to spend'],
      ['bac-ac', (e) => e.bac - e.ac, 'subtracts the spend from the budget'],
      ['times', (e) => (e.bac - e.ev) * cpi(e), 'multiplies the remaining work by the CPI'],
    ],
  ),
  moneyFamily(
    'evm-variance-at-completion',
    'vac',
    'Assuming the cost performance so far continues, what is the variance at completion (VAC)?',
    (e) => e.bac - e.bac / cpi(e),
    [
      [
        'reversed',
        (e) => e.bac / cpi(e) - e.bac,
        'subtracts the BAC from the EAC, reversing the sign',
      ],
      ['cv', (e) => e.ev - e.ac, 'gives today’s cost variance'],
      ['bac-ac', (e) => e.bac - e.ac, 'subtracts the spend so far from the BAC'],
      ['eac', (e) => e.bac / cpi(e), 'gives the EAC instead of the variance'],
      ['bac-ev', (e) => e.bac - e.ev, 'gives the budget of the work still to do'],
    ],
    true,
  ),
  ratioFamily(
    'evm-tcpi-to-bac',
    'tcpi-bac',
    'What cost efficiency must the remaining work achieve to finish within the BAC (TCPI)?',
    (e) => (e.bac - e.ev) / (e.bac - e.ac),
    [
      [
        'inverted',
        (e) => (e.bac - e.ac) / (e.bac - e.ev),
        'divides the funds left by the work left',
      ],
      ['cpi', cpi, 'gives the CPI to date'],
      ['spi', spi, 'gives the SPI to date'],
      [
        'planned-left',
        (e) => (e.bac - e.ev) / (e.bac - e.pv),
        'divides by the planned work left, not the funds left',
      ],
      ['pv', (e) => (e.bac - e.pv) / (e.bac - e.ac), 'uses planned value for the work left'],
    ],
  ),
  family('evm-tcpi-to-eac', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    const eac = Math.round((e.bac * rng.pick([1.08, 1.12, 1.15, 1.2])) / 1000) * 1000
    if (eac - e.ac <= 0) throw new VariantError('EAC below spend')
    return computed(rng, {
      kind: 'evm',
      ask: 'tcpi-eac',
      stem: `The sponsor of ${job(rng)} has approved a new EAC of ${money(sym)(eac)}. The figures are:\n\n${figuresText(e, sym, ALL)}\n\nWhat TCPI must the remaining work achieve to finish on the approved EAC?`,
      in: { ...e, eac },
      format: 'ratio',
      key: (e.bac - e.ev) / (eac - e.ac),
      wrong: [
        [
          'to-bac',
          (e.bac - e.ev) / (e.bac - e.ac),
          'measures against the BAC, not the approved EAC',
        ],
        ['inverted', (eac - e.ac) / (e.bac - e.ev), 'divides the funds left by the work left'],
        ['eac-ev', (eac - e.ev) / (eac - e.ac), 'takes the work left from the EAC, not the BAC'],
        ['cpi', cpi(e), 'gives the CPI to date'],
      ],
    })
  }),
  family('evm-percent-complete', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    return computed(rng, {
      kind: 'evm',
      ask: 'pct-complete',
      stem: `The client of ${job(rng)} asks how far through the work the project is. The figures are:\n\n${figuresText(e, sym, ALL)}\n\nWhat percentage of the work is complete?`,
      in: e,
      format: 'percent',
      key: e.ev / e.bac,
      wrong: [
        ['spent', e.ac / e.bac, 'gives the share of the budget spent'],
        ['planned', e.pv / e.bac, 'gives the share of the work planned by now'],
        ['ev-ac', e.ev / e.ac, 'divides earned value by actual cost'],
        ['ev-pv', e.ev / e.pv, 'divides earned value by planned value'],
      ],
    })
  }),
  family('evm-cost-variance-percent', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    return computed(rng, {
      kind: 'evm',
      ask: 'cv-pct',
      stem: `Your report template for ${job(rng)} asks for the cost variance as a percentage. The figures are:\n\n${figuresText(e, sym, ALL)}\n\nWhat is the CV %?`,
      in: e,
      format: 'percent',
      key: (e.ev - e.ac) / e.ev,
      wrong: [
        ['over-ac', (e.ev - e.ac) / e.ac, 'divides the cost variance by actual cost'],
        ['over-bac', (e.ev - e.ac) / e.bac, 'divides the cost variance by the BAC'],
        ['over-pv', (e.ev - e.ac) / e.pv, 'divides the cost variance by planned value'],
        ['sv-pct', (e.ev - e.pv) / e.pv, 'gives the schedule variance percentage'],
      ],
      signed: true,
    })
  }),
  family('evm-status-reading', (rng) => {
    const e = evm(rng)
    const sym = currency(rng)
    const over = e.ac > e.ev
    const behind = e.ev < e.pv
    const say = (o: boolean, b: boolean) =>
      `${o ? 'Over budget' : 'Under budget'} and ${b ? 'behind schedule' : 'ahead of schedule'}`
    return answered(rng, {
      kind: 'evm',
      ask: 'status',
      stem: `The figures for ${job(rng)} are:\n\n${figuresText(e, sym, ['pv', 'ev', 'ac'])}\n\nHow is the project doing?`,
      in: e,
      key: say(over, behind),
      wrong: [
        ['flip-cost', say(!over, behind), 'reads the cost variance sign the wrong way'],
        ['flip-time', say(over, !behind), 'reads the schedule variance sign the wrong way'],
        ['flip-both', say(!over, !behind), 'reads both variance signs the wrong way'],
        ['ac-pv', say(e.ac > e.pv, behind), 'judges the budget by comparing actual cost with plan'],
      ],
    })
  }),
  family('cost-baseline-with-contingency', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const work = drawn(rng, 60, 300) * 1000
    const cont = drawn(rng, 5, 30) * 1000
    const mr = cont + drawn(rng, 3, 20) * 1000
    return computed(rng, {
      kind: 'reserve',
      ask: 'baseline',
      stem: `For ${job(rng)} the work package estimates add up to ${m(work)}. Risk analysis sets a contingency reserve of ${m(cont)} and the sponsor holds a management reserve of ${m(mr)}. What is the cost baseline?`,
      in: { work, cont, mr },
      format: 'money',
      sym,
      key: work + cont,
      wrong: [
        ['all', work + cont + mr, 'puts the management reserve in the baseline too'],
        ['work', work, 'leaves the contingency reserve out of the baseline'],
        ['mr', work + mr, 'swaps the reserves: management reserve in, contingency out'],
        ['less-mr', work + cont - mr, 'subtracts the management reserve as money held back'],
        ['less-cont', work - cont, 'takes the contingency out of the estimates'],
        [
          'double-cont',
          work + 2 * cont,
          'counts the contingency twice, in the estimates and again',
        ],
      ],
    })
  }),
  family('project-budget-with-reserves', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const work = drawn(rng, 60, 300) * 1000
    const cont = drawn(rng, 5, 30) * 1000
    const mr = drawn(rng, 5, 30) * 1000
    if (cont === mr) throw new VariantError('equal reserves')
    return computed(rng, {
      kind: 'reserve',
      ask: 'budget',
      stem: `For ${job(rng)} the activity estimates total ${m(work)}, the contingency reserve is ${m(cont)} and the management reserve ${m(mr)}. What is the total project budget?`,
      in: { work, cont, mr },
      format: 'money',
      sym,
      key: work + cont + mr,
      wrong: [
        ['baseline', work + cont, 'stops at the cost baseline, leaving out management reserve'],
        ['work-mr', work + mr, 'leaves the contingency reserve out'],
        ['work', work, 'gives the estimates alone'],
        [
          'double',
          work + 2 * cont + mr,
          'counts the contingency twice, in the estimates and again',
        ],
      ],
    })
  }),
  rule('management-reserve-needs-baseline-change', {
    source:
      'PMBOK Guide 6th ed. §7.2.2.6 (management reserve is not in the cost baseline; when it is used, the amount is added to the cost baseline, requiring an approved change)',
    answer: 'change-baseline',
    stem: (rng) =>
      `An unforeseen regulation adds work to ${job(rng)}, and the sponsor releases money from the management reserve. What happens to the cost baseline?`,
    keys: [
      'It is raised by the amount, through an approved change',
      'It rises by an approved baseline change',
    ],
    wrong: [
      [
        'Nothing: management reserve already sits in the baseline',
        'thinks management reserve is part of the baseline',
      ],
      ['It is drawn from the contingency reserve instead', 'confuses the two reserves'],
      ['It is re-baselined from scratch', 'thinks any change resets the whole baseline'],
      ['It falls, as reserve money is spent', 'reads spending reserve as lowering the baseline'],
    ],
  }),
  rule('eac-typical-assumption', {
    source:
      'PMBOK Guide 6th ed. Table 7-1 (EAC = BAC / CPI when the cumulative CPI is expected to continue)',
    answer: 'cpi-continues',
    stem: (rng) =>
      `In the report for ${job(rng)} you forecast EAC = BAC / CPI. What assumption does that forecast state?`,
    keys: [
      'The cost efficiency so far will continue for the rest of the work',
      'Remaining work will run at the CPI seen to date',
    ],
    wrong: [
      [
        'Remaining work will be done at the budgeted rate',
        'gives the assumption of the budgeted-rate EAC',
      ],
      [
        'Cost and schedule performance together will weigh on the rest',
        'gives the CPI × SPI assumption',
      ],
      [
        'The original estimate was wrong and is replaced bottom-up',
        'gives the bottom-up ETC assumption',
      ],
      ['The project will finish on its planned date', 'reads a cost forecast as a schedule one'],
    ],
  }),
  rule('tcpi-above-one-is-harder', {
    source:
      'PMBOK Guide 6th ed. §7.4.2.2 (TCPI: the cost performance that must be achieved on the remaining work; above 1 it is harder to complete)',
    answer: 'harder',
    stem: (rng) => `The TCPI to the BAC on ${job(rng)} is 1.18. What does it mean?`,
    keys: [
      'The rest must be done 18 % more efficiently',
      'Remaining work must run 18 % more efficiently',
    ],
    wrong: [
      ['The project is 18 % under budget', 'reads TCPI as a past performance'],
      ['The project will finish 18 % over budget', 'reads TCPI as a forecast overrun'],
      ['The project is 18 % ahead of schedule', 'reads TCPI as a schedule index'],
      ['The remaining work may be done 18 % less efficiently', 'reads above 1 as room to spare'],
    ],
  }),
  rule('sv-is-zero-at-completion', {
    source:
      'PMBOK Guide 6th ed. §7.4.2.2 (schedule variance "will ultimately equal zero when the project is completed because all of the planned values will have been earned")',
    answer: 'zero',
    stem: (rng) =>
      `${job(rng).replace(/^./, (c) => c.toUpperCase())} finished three weeks late. What is its schedule variance (EV − PV) at completion?`,
    keys: [
      'Zero, because all planned value has been earned',
      '0: at the end EV equals PV equals BAC',
    ],
    wrong: [
      ['Negative, by the budget of three weeks’ work', 'thinks SV keeps a late finish forever'],
      ['Equal to the cost variance', 'confuses the two variances'],
      ['Three weeks, as SV is measured in time', 'thinks SV is counted in days'],
      ['The BAC, since all value was earned', 'gives the earned value as the variance'],
    ],
  }),
]
