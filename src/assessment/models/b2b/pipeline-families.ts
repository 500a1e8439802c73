import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, symbol } from '../scenario/scenario-text.js'
import {
  amount,
  an,
  b2b,
  bps,
  buyer,
  type Calc,
  count,
  money,
  percent,
  rateText,
  rep,
  units,
} from './b2b-calc.js'

// Pipeline and forecast arithmetic. Weighted (probability-adjusted) pipeline is each open deal's
// amount times its stage probability, summed; coverage is open pipeline over the quota still to
// close; sales velocity is opportunities × average deal size × win rate ÷ sales-cycle length
// (Salesforce, “Sales velocity: what it is and how to calculate it”; HubSpot Sales blog, “Sales
// velocity”); forecast categories (closed, commit, best case, pipeline) are cumulative
// (Salesforce Help, “Forecast categories”). Win rate is the share of closed opportunities won,
// with the denominator the stem defines.

const STAGES = [
  ['Discovery', 10],
  ['Demo', 25],
  ['Proposal', 50],
  ['Negotiation', 75],
] as const

/** Four to five open deals at drawn stages, amounts in cents. */
function deals(rng: Rng, n = rng.int(4, 5)) {
  return Array.from({ length: n }, (_, j) => {
    const st = j < STAGES.length ? STAGES[j]! : rng.pick(STAGES)
    return { stage: st[0], p: st[1], amt: units(rng, 8, 90, 1) * 1000 }
  })
}
const dealText = ($: string, ds: ReturnType<typeof deals>) =>
  ds.map((d) => `${amount($, d.amt)} at ${d.stage}`).join(', ')
const stageTable = () => STAGES.map(([s, p]) => `${s} ${p}%`).join(', ')

export const PIPELINE_FAMILIES: readonly ScenarioFamily[] = [
  b2b('b2b-weighted-pipeline', (rng) => {
    const $ = symbol(rng)
    const ds = rng.shuffle(deals(rng))
    const flat = ds.flatMap((d) => [d.amt, d.p])
    const total: Calc = ['add', ...ds.map((d) => d.amt)]
    const next = (p: number) => ({ 10: 25, 25: 50, 50: 75, 75: 90 })[p] ?? p
    return {
      stem: `Stage probabilities are ${stageTable()}. A contract AE's open deals: ${dealText($, ds)}. What is the weighted pipeline?`,
      shape: money($),
      key: ['weighted', ...flat],
      wrong: [
        [
          'negotiationOnly',
          ['weighted', ...ds.flatMap((d) => (d.p >= 75 ? [d.amt, d.p] : []))],
          'counts only the negotiation-stage deals',
        ],
        [
          'lossWeighted',
          ['weighted', ...ds.flatMap((d) => [d.amt, 100 - d.p])],
          'weights each deal by its chance of being lost',
        ],
        ['unweighted', total, 'adds the deal amounts without weighting them'],
        [
          'lateStagesOnly',
          ['weighted', ...ds.flatMap((d) => (d.p >= 50 ? [d.amt, d.p] : []))],
          'leaves out the early-stage deals instead of weighting them',
        ],
        [
          'nextStage',
          ['weighted', ...ds.flatMap((d) => [d.amt, next(d.p)])],
          'weights each deal at the probability of the stage it is heading to',
        ],
      ],
    }
  }),
  b2b('b2b-coverage-ratio-excluding-slipped', (rng) => {
    const $ = symbol(rng)
    const q = units(rng, 300, 900, 10) * 1000
    const c = Math.round((q * rng.int(15, 45)) / 100 / 100000) * 100000
    const slipped = units(rng, 40, 200, 10) * 1000
    const p = Math.round(((q - c) * rng.int(25, 45)) / 10 / 100000) * 100000 + slipped
    return {
      stem: `A quarter's target is ${amount($, q)} and ${amount($, c)} is already closed-won. Open pipeline is ${amount($, p)}, of which ${amount($, slipped)} now has close dates next quarter. What is this quarter's pipeline coverage?`,
      shape: count('×', 2),
      key: ['div', p - slipped, q - c],
      wrong: [
        [
          'closedSubtracted',
          ['div', p - slipped - c, q - c],
          'subtracts the closed deals from the pipeline as well',
        ],
        ['allOverTarget', ['div', p, q], 'divides all open pipeline by the whole target'],
        ['keepsSlipped', ['div', p, q - c], 'counts the deals that slipped out of the quarter'],
        [
          'wholeTarget',
          ['div', p - slipped, q],
          'divides by the whole target, not what remains after closed deals',
        ],
        [
          'closedInPipeline',
          ['div', p - slipped + c, q + c],
          'adds the closed deals to both pipeline and target',
        ],
      ],
    }
  }),
  b2b('b2b-sales-velocity-per-day', (rng) => {
    const $ = symbol(rng)
    const n = rng.int(20, 80)
    const a = units(rng, 5, 60, 1) * 1000
    const w = bps(rng, 1500, 3500, 500)
    const days = rng.int(45, 120)
    const wins = Math.round((n * w) / 10000)
    return {
      stem: `A sales team has ${n} qualified opportunities open, an average deal of ${amount($, a)}, ${an(rateText(w))} win rate and a ${days}-day sales cycle. What is its sales velocity per day?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', n, a, w / 10000], days]],
      wrong: [
        [
          'perYearCycle',
          ['rnd', ['div', ['mul', n, a, w / 10000], 365]],
          'divides by a year of days instead of the cycle',
        ],
        ['ignoresWinRate', ['rnd', ['div', ['mul', n, a], days]], 'leaves out the win rate'],
        [
          'winRateOnWins',
          ['rnd', ['div', ['mul', wins, a, w / 10000], days]],
          'applies the win rate to the expected wins a second time',
        ],
        [
          'perMonthCycle',
          ['rnd', ['div', ['mul', n, a, w / 10000], Math.round(days / 30)]],
          'divides by the cycle in months, not days',
        ],
        [
          'perWeekCycle',
          ['rnd', ['div', ['mul', n, a, w / 10000], days * 7]],
          'multiplies the cycle by seven as if it were given in weeks',
        ],
      ],
    }
  }),
  b2b('b2b-velocity-after-a-shorter-cycle', (rng) => {
    const $ = symbol(rng)
    const n = rng.int(20, 60)
    const a = units(rng, 8, 50, 1) * 1000
    const w = bps(rng, 2000, 3500, 500)
    const days = rng.pick([60, 75, 90, 100, 120])
    const cut = rng.pick([15, 20, 25])
    return {
      stem: `With ${n} opportunities, ${an(amount($, a))} average deal and ${an(rateText(w))} win rate, a consultant cuts the ${days}-day cycle by ${cut} days. What is the new sales velocity per day?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', n, a, w / 10000], days - cut]],
      wrong: [
        [
          'perMonthNewCycle',
          ['rnd', ['div', ['mul', n, a, w / 10000], Math.round((days - cut) / 30)]],
          'divides by the new cycle in months, not days',
        ],
        ['ignoresWinRate', ['rnd', ['div', ['mul', n, a], days - cut]], 'leaves out the win rate'],
        [
          'oldCycle',
          ['rnd', ['div', ['mul', n, a, w / 10000], days]],
          'keeps the old cycle length',
        ],
        [
          'cutAsPercent',
          ['rnd', ['div', ['mul', n, a, w / 10000], (days * (100 - cut)) / 100]],
          'cuts the cycle by that many per cent instead of days',
        ],
        [
          'dividesByCut',
          ['rnd', ['div', ['mul', n, a, w / 10000], cut]],
          'divides by the days saved instead of the new cycle',
        ],
        [
          'addsDays',
          ['rnd', ['div', ['mul', n, a, w / 10000], days + cut]],
          'lengthens the cycle by the days instead of shortening it',
        ],
      ],
    }
  }),
  b2b('b2b-win-rate-with-no-decisions', (rng) => {
    const won = rng.int(8, 30)
    const lost = rng.int(won, won + 25)
    const nd = rng.int(5, 20)
    const open = rng.int(10, 40)
    return {
      stem: `A freelance AE's win rate is defined as closed-won ÷ all closed opportunities (won, lost and closed with no decision). This year: ${won} won, ${lost} lost to a competitor, ${nd} closed with no decision, ${open} still open. What is the win rate?`,
      shape: percent(1),
      key: ['div', won, won + lost + nd],
      wrong: [
        ['wonOverLostOnly', ['div', won, lost], 'divides wins by competitive losses only'],
        [
          'excludesNoDecision',
          ['div', won, won + lost],
          'leaves the no-decision deals out of the closed count',
        ],
        ['includesOpen', ['div', won, won + lost + nd + open], 'counts open deals as closed'],
        [
          'wonToLost',
          ['div', won, lost + nd],
          'divides wins by losses instead of by all closed deals',
        ],
      ],
    }
  }),
  b2b('b2b-average-cycle-of-won-deals', (rng) => {
    const won = Array.from({ length: 5 }, () => rng.int(30, 90))
    const lost = Array.from({ length: 3 }, () => rng.int(95, 160))
    const mean = (xs: number[]) => ['div', ['add', ...xs], xs.length] as Calc
    const trimmed = [...won].sort((x, y) => x - y).slice(0, 4)
    return {
      stem: `Won deals took ${won.join(', ')} days from creation to close; lost deals took ${lost.join(', ')} days. What is the average sales cycle, measured on won deals as the team defines it?`,
      shape: count('days', 1),
      key: mean(won),
      wrong: [
        ['lostOnly', mean(lost), 'averages the lost deals'],
        [
          'shortestDropped',
          mean([...won].sort((x, y) => y - x).slice(0, 4)),
          'drops the shortest won deal as an outlier',
        ],
        ['includesLost', mean([...won, ...lost]), 'averages the lost deals in too'],
        ['dropsLongest', mean(trimmed), 'drops the longest won deal as an outlier'],
        [
          'overAllDeals',
          ['div', ['add', ...won], won.length + lost.length],
          'divides the won deals’ days by every deal',
        ],
        [
          'midRange',
          ['div', ['add', Math.min(...won), Math.max(...won)], 2],
          'takes the midpoint of the shortest and longest deal',
        ],
      ],
    }
  }),
  b2b('b2b-best-case-forecast', (rng) => {
    const $ = symbol(rng)
    const closed = units(rng, 50, 250, 5) * 1000
    const commit = units(rng, 40, 150, 5) * 1000
    const best = units(rng, 30, 120, 5) * 1000
    const pipe = units(rng, 80, 300, 5) * 1000
    return {
      stem: `Forecast categories are cumulative. This quarter: closed ${amount($, closed)}, commit ${amount($, commit)}, best case ${amount($, best)}, pipeline ${amount($, pipe)}. What is the best-case forecast call?`,
      shape: money($),
      key: ['add', closed, commit, best],
      wrong: [
        [
          'pipelineForBest',
          ['add', closed, commit, pipe],
          'uses the pipeline category in place of best case',
        ],
        [
          'commitTwice',
          ['add', closed, commit * 2, best],
          'counts commit twice, as commit and again inside best case',
        ],
        ['commitCall', ['add', closed, commit], 'gives the commit call, not the best case'],
        ['omitsClosed', ['add', commit, best], 'forgets the deals already closed'],
        ['addsPipeline', ['add', closed, commit, best, pipe], 'adds the pipeline category too'],
        ['bestCaseAlone', ['add', closed, best], 'leaves commit out, as if best case replaced it'],
      ],
    }
  }),
  b2b('b2b-expected-shortfall-to-quota', (rng) => {
    const $ = symbol(rng)
    const ds = deals(rng, 4)
    const q = units(rng, 200, 500, 10) * 1000
    const closed = Math.round((q * rng.int(20, 40)) / 100 / 100000) * 100000
    const flat = ds.flatMap((d) => [d.amt, d.p])
    return {
      stem: `The quarter's quota is ${amount($, q)} and ${amount($, closed)} is closed. Stage probabilities: ${stageTable()}. Open deals: ${dealText($, ds)}. By weighted forecast, how much is still expected to be short of quota?`,
      shape: money($),
      key: ['sub', ['sub', q, closed], ['weighted', ...flat]],
      wrong: [
        [
          'closedCountedTwice',
          ['sub', ['sub', q, 2 * closed], ['weighted', ...flat]],
          'takes the closed deals off twice',
        ],
        [
          'unweightedNoClosed',
          ['sub', q, ['add', ...ds.map((d) => d.amt)]],
          'counts open deals at full value and forgets the closed ones',
        ],
        ['quotaLessClosedOnly', ['sub', q, closed], 'ignores the open deals'],
        [
          'unweighted',
          ['sub', ['sub', q, closed], ['add', ...ds.map((d) => d.amt)]],
          'counts every open deal at full value',
        ],
        ['ignoresClosed', ['sub', q, ['weighted', ...flat]], 'forgets the closed deals'],
        [
          'weightsClosed',
          ['sub', q, ['weighted', closed, 50, ...flat]],
          'weights the closed deals as if they were still open at proposal stage',
        ],
      ],
    }
  }),
  b2b('b2b-historical-stage-probability', (rng) => {
    const reached = rng.int(40, 120)
    const won = rng.int(Math.round(reached * 0.25), Math.round(reached * 0.55))
    const created = reached + rng.int(60, 200)
    const now = rng.int(8, 25)
    return {
      stem: `Last year ${created} opportunities were created, ${reached} reached the proposal stage and ${won} of those were won; ${now} deals sit at proposal today. What close probability should the proposal stage carry?`,
      shape: percent(1),
      key: ['div', won, reached],
      wrong: [
        ['countsToday', ['div', won + now, reached], 'counts today’s proposal deals as won'],
        [
          'todayInDenominator',
          ['div', won, reached + now],
          'adds today’s deals to the historic denominator',
        ],
        ['overCreated', ['div', won, created], 'divides by every opportunity created'],
        ['reachShare', ['div', reached, created], 'gives the share of deals that reached proposal'],
        [
          'overNotWon',
          ['div', won, reached - won],
          'divides wins by the proposals that were not won',
        ],
      ],
    }
  }),
  b2b('b2b-quarterly-quota-attainment', (rng) => {
    const $ = symbol(rng)
    const q = units(rng, 100, 300, 10) * 1000
    const newAcv = Math.round((q * rng.int(70, 120)) / 100 / 100000) * 100000
    const years = rng.pick([2, 3])
    const renewal = units(rng, 20, 80, 5) * 1000
    return {
      stem: `A contract AE's quarterly quota of ${amount($, q)} counts first-year value of new business only. This quarter the AE signed new deals worth ${amount($, newAcv)} a year on ${years}-year terms and renewed ${amount($, renewal)} of existing contracts. What is quota attainment?`,
      shape: percent(1),
      key: ['div', newAcv, q],
      wrong: [
        ['oneMonthCredited', ['div', newAcv / 12, q], 'credits one month of the new deals'],
        [
          'renewalsAndTcv',
          ['div', newAcv * years + renewal, q],
          'credits the whole contract value and the renewals',
        ],
        [
          'contractValue',
          ['div', newAcv * years, q],
          'credits the whole multi-year contract value',
        ],
        [
          'addsRenewals',
          ['div', newAcv + renewal, q],
          'counts the renewals towards a new-business quota',
        ],
        ['annualQuota', ['div', newAcv, q * 4], 'divides by a full year of quota'],
        [
          'perContractYear',
          ['div', newAcv / years, q],
          'spreads the first-year value over the years of the term',
        ],
      ],
    }
  }),
  b2b('b2b-win-rate-needed-from-pipeline', (rng) => {
    const $ = symbol(rng)
    const q = units(rng, 200, 600, 10) * 1000
    const c = Math.round((q * rng.int(20, 45)) / 100 / 100000) * 100000
    const p = Math.round(((q - c) * rng.int(25, 45)) / 10 / 100000) * 100000
    return {
      stem: `A rep's quota is ${amount($, q)}, ${amount($, c)} is closed and ${amount($, p)} of open pipeline remains with no time to add more. What share of the open pipeline by value must be won to reach quota?`,
      shape: percent(1),
      key: ['div', q - c, p],
      wrong: [
        [
          'closedOffPipeline',
          ['div', q, p - c],
          'subtracts the closed deals from the pipeline instead of the quota',
        ],
        [
          'gapOverQuotaAndPipeline',
          ['div', q - c, p + q],
          'divides by the pipeline plus the quota',
        ],
        ['wholeQuota', ['div', q, p], 'divides the whole quota, forgetting what is closed'],
        ['closedAsPipeline', ['div', q - c, p + c], 'adds the closed deals to the pipeline'],
        ['closedShare', ['div', c, q], 'gives the share of quota already closed'],
      ],
    }
  }),
  b2b('b2b-forecast-error-against-actual', (rng) => {
    const $ = symbol(rng)
    const f = units(rng, 200, 800, 5) * 1000
    const a = Math.round((f * rng.int(70, 95)) / 100 / 100000) * 100000
    return {
      stem: `A sales team forecast ${amount($, f)} for the quarter and closed ${amount($, a)}. Forecast error is reported as the absolute miss divided by the actual. What is the forecast error?`,
      shape: percent(1),
      key: ['div', f - a, a],
      wrong: [
        ['missOverSum', ['div', f - a, f + a], 'divides the miss by forecast plus actual'],
        [
          'missOverAverage',
          ['div', f - a, (f + a) / 2],
          'divides the miss by the average of forecast and actual',
        ],
        [
          'overForecast',
          ['div', f - a, f],
          'divides the miss by the forecast instead of the actual',
        ],
        ['accuracyRatio', ['div', a, f], 'gives actual over forecast, an accuracy ratio'],
        ['forecastOverActual', ['div', f, a], 'gives forecast over actual without subtracting one'],
      ],
    }
  }),
  b2b('b2b-close-probability-from-stage-conversions', (rng) => {
    const a = rng.int(40, 70)
    const b = rng.int(45, 75)
    const c = rng.int(50, 85)
    const d0 = rng.int(30, 60)
    return {
      stem: `Historic stage conversions: discovery to demo ${d0}%, demo to proposal ${a}%, proposal to negotiation ${b}%, negotiation to won ${c}%. What is the chance that a deal now at demo is won?`,
      shape: percent(1),
      key: ['mul', a / 100, b / 100, c / 100],
      wrong: [
        [
          'fromProposalOnly',
          ['mul', b / 100, c / 100],
          'starts from proposal, skipping the demo-to-proposal step',
        ],
        [
          'lossOfLastSteps',
          ['mul', 1 - a / 100, 1 - b / 100, 1 - c / 100],
          'multiplies the loss rates instead of the conversions',
        ],
        [
          'fromDiscovery',
          ['mul', d0 / 100, a / 100, b / 100, c / 100],
          'includes the discovery-to-demo step the deal has already passed',
        ],
        ['lastStepOnly', c / 100, 'takes the final stage conversion alone'],
        [
          'averageStep',
          ['div', ['add', a / 100, b / 100, c / 100], 3],
          'averages the stage conversions instead of multiplying them',
        ],
        [
          'demoStepTwice',
          ['mul', a / 100, a / 100, b / 100, c / 100],
          'applies the demo-to-proposal conversion twice',
        ],
        [
          'addsLosses',
          ['sub', 1, ['add', 1 - a / 100, 1 - b / 100, 1 - c / 100]],
          'takes each stage’s loss rate off 100% in turn instead of multiplying',
        ],
      ],
    }
  }),
  b2b('b2b-average-deal-size', (rng) => {
    const $ = symbol(rng)
    const wonN = rng.int(6, 15)
    const wonV = units(rng, 10, 40, 1) * 1000 * wonN + units(rng, 0, 9, 1) * 100
    const lostN = rng.int(10, 30)
    const lostV = units(rng, 15, 50, 1) * 1000 * lostN
    return {
      stem: `A quarter closed ${wonN} deals won for ${amount($, wonV)} in total and ${lostN} deals lost worth ${amount($, lostV)}. What was the average won deal size?`,
      shape: money($),
      key: ['rnd', ['div', wonV, wonN]],
      wrong: [
        [
          'overAllClosed',
          ['rnd', ['div', wonV, wonN + lostN]],
          'divides won value by every closed deal',
        ],
        [
          'allClosedValue',
          ['rnd', ['div', wonV + lostV, wonN + lostN]],
          'averages won and lost deals together',
        ],
        [
          'lostValueIn',
          ['rnd', ['div', wonV + lostV, wonN]],
          'adds the lost value to the won value',
        ],
        [
          'overLostCount',
          ['rnd', ['div', wonV, lostN]],
          'divides won value by the number of lost deals',
        ],
        ['totalWon', wonV, 'gives the total won value, not the average'],
        [
          'lostAverage',
          ['rnd', ['div', lostV, lostN]],
          'averages the lost deals instead of the won ones',
        ],
      ],
    }
  }),
  b2b('b2b-slippage-rate', (rng) => {
    const f = rng.int(15, 40)
    const slipped = rng.int(4, Math.floor(f / 2))
    const lost = rng.int(1, slipped - 1)
    const won = f - slipped - lost
    return {
      stem: `${rep(rng)} committed ${f} deals to close in March: ${won} closed won, ${lost} closed lost and the rest moved their close date into April. What was the slippage rate on the committed deals?`,
      shape: percent(1),
      key: ['div', slipped, f],
      wrong: [
        ['overWon', ['div', slipped, won], 'divides slipped deals by the won deals'],
        ['countsLost', ['div', slipped + lost, f], 'counts the lost deals as slipped'],
        [
          'overClosed',
          ['div', slipped, won + lost],
          'divides by the deals that closed instead of all committed',
        ],
        [
          'lostShare',
          ['div', lost, f],
          'measures the deals lost instead of the deals that slipped',
        ],
      ],
    }
  }),
  b2b('b2b-months-of-pipeline-needed', (rng) => {
    const $ = symbol(rng)
    const perMonth = units(rng, 40, 150, 5) * 1000
    const cov = rng.pick([3, 4])
    const existing = Math.round((perMonth * rng.int(10, 25)) / 10 / 100000) * 100000
    return {
      stem: `${cap(buyer(rng))} wants ${cov}× pipeline coverage on next quarter's target of ${amount($, perMonth)} a month. It has ${amount($, existing)} of pipeline. How much more pipeline does it need?`,
      shape: money($),
      key: ['sub', ['mul', perMonth, 3, cov], existing],
      wrong: [
        [
          'addsExisting',
          ['add', ['mul', perMonth, 3, cov], existing],
          'adds the open pipeline instead of subtracting it',
        ],
        [
          'oneMonth',
          ['sub', ['mul', perMonth, cov], existing],
          'applies the coverage to one month’s target',
        ],
        ['noCoverage', ['sub', ['mul', perMonth, 3], existing], 'covers the target only once'],
        [
          'coverageOnNet',
          ['mul', ['sub', ['mul', perMonth, 3], existing], cov],
          'applies the coverage to the shortfall after the open pipeline',
        ],
        ['ignoresExisting', ['mul', perMonth, 3, cov], 'ignores the pipeline already open'],
      ],
    }
  }),
  b2b('b2b-days-to-close-from-stage-durations', (rng) => {
    const p = rng.int(15, 30)
    const n = rng.int(10, 25)
    const c = rng.int(5, 15)
    const d = rng.int(10, 25)
    const inStage = rng.int(3, p - 2)
    return {
      stem: `Deals spend on average ${d} days in Demo, ${p} in Proposal, ${n} in Negotiation and ${c} in Contracting before closing. A deal entered Proposal ${inStage} days ago. By these averages, in how many days should it close?`,
      shape: count('days'),
      key: ['add', p - inStage, n, c],
      wrong: [
        ['allStages', ['add', d, p, n, c], 'adds every stage from Demo in full'],
        ['restOfStageOnly', p - inStage, 'counts only the rest of the current stage'],
        ['skipsContracting', ['add', p - inStage, n], 'leaves out the contracting stage'],
        ['ignoresElapsed', ['add', p, n, c], 'counts the whole Proposal stage again'],
        ['skipsCurrentStage', ['add', n, c], 'leaves out the rest of the current stage'],
        ['includesDemo', ['add', d, p - inStage, n, c], 'adds the Demo stage the deal has passed'],
      ],
    }
  }),
  b2b('b2b-win-rate-by-value', (rng) => {
    const $ = symbol(rng)
    const wonN = rng.int(8, 20)
    const lostN = rng.int(10, 30)
    const wonV = units(rng, 10, 30, 1) * 1000 * wonN
    const lostV = units(rng, 15, 45, 1) * 1000 * lostN
    const openV = units(rng, 100, 400, 10) * 1000
    return {
      stem: `This year ${wonN} deals worth ${amount($, wonV)} were won and ${lostN} worth ${amount($, lostV)} were lost; ${amount($, openV)} is still open. What is the win rate by value of closed deals?`,
      shape: percent(1),
      key: ['div', wonV, wonV + lostV],
      wrong: [
        ['byCount', ['div', wonN, wonN + lostN], 'gives the win rate by count'],
        ['includesOpen', ['div', wonV, wonV + lostV + openV], 'counts the open pipeline as closed'],
        ['wonOverLost', ['div', wonV, lostV], 'divides won value by lost value'],
      ],
    }
  }),
  b2b('b2b-weighted-forecast-this-quarter-only', (rng) => {
    const $ = symbol(rng)
    const ds = rng.shuffle(deals(rng, 5))
    const later = rng.shuffle([0, 1, 2, 3, 4]).slice(0, 2)
    const inQ = ds.map((_, j) => !later.includes(j))
    const mark = ds.map(
      (d, j) => `${amount($, d.amt)} at ${d.stage} closing ${inQ[j] ? 'this' : 'next'} quarter`,
    )
    const kept = ds.filter((_, j) => inQ[j])
    return {
      stem: `Stage probabilities are ${stageTable()}. Open deals: ${mark.join(', ')}. What is this quarter's weighted forecast from open deals?`,
      shape: money($),
      key: ['weighted', ...kept.flatMap((d) => [d.amt, d.p])],
      wrong: [
        ['allUnweighted', ['add', ...ds.map((d) => d.amt)], 'adds every open deal at full value'],
        [
          'nextQuarterOnly',
          ['weighted', ...ds.filter((_, j) => !inQ[j]).flatMap((d) => [d.amt, d.p])],
          'weights the deals closing next quarter instead',
        ],
        [
          'includesNextQuarter',
          ['weighted', ...ds.flatMap((d) => [d.amt, d.p])],
          'includes deals closing next quarter',
        ],
        [
          'unweighted',
          ['add', ...kept.map((d) => d.amt)],
          'counts this quarter’s deals at full value',
        ],
        [
          'lateStagesOnly',
          ['weighted', ...kept.flatMap((d) => (d.p >= 50 ? [d.amt, d.p] : []))],
          'drops the early-stage deals instead of weighting them',
        ],
        [
          'averageWeightedDeal',
          ['rnd', ['div', ['weighted', ...kept.flatMap((d) => [d.amt, d.p])], kept.length]],
          'gives the average weighted deal, not the total',
        ],
        [
          'blendedProbability',
          ['pctOf', ['add', ...kept.map((d) => d.amt)], 4000],
          'applies the average of the four stage probabilities (40%) to every deal',
        ],
      ],
    }
  }),
  b2b('b2b-forecast-from-category-conversion', (rng) => {
    const $ = symbol(rng)
    const closed = units(rng, 50, 200, 5) * 1000
    const commit = units(rng, 40, 120, 5) * 1000
    const best = units(rng, 30, 100, 5) * 1000
    const cr = rng.pick([80, 85, 90])
    const br = rng.pick([30, 35, 40, 45])
    return {
      stem: `Closed so far: ${amount($, closed)}. Commit: ${amount($, commit)}, which historically closes at ${cr}%. Best case: ${amount($, best)}, which historically closes at ${br}%. What is the expected quarter total?`,
      shape: money($),
      key: ['add', closed, ['weighted', commit, cr, best, br]],
      wrong: [
        [
          'commitAtFull',
          ['add', closed, commit, ['weighted', best, br]],
          'counts commit at full value',
        ],
        [
          'ignoresBestCase',
          ['add', closed, ['weighted', commit, cr]],
          'leaves the best-case deals out',
        ],
        [
          'ratesSwapped',
          ['add', closed, ['weighted', commit, br, best, cr]],
          'applies each category’s rate to the other',
        ],
        ['omitsClosed', ['weighted', commit, cr, best, br], 'forgets the deals already closed'],
        [
          'bestAtFull',
          ['add', closed, ['weighted', commit, cr], best],
          'counts best case at full value',
        ],
        ['allAtFull', ['add', closed, commit, best], 'counts commit and best case at full value'],
      ],
    }
  }),
  b2b('b2b-win-rate-for-a-velocity-target', (rng) => {
    const $ = symbol(rng)
    const n = rng.int(30, 80)
    const a = units(rng, 10, 40, 1) * 1000
    const days = rng.pick([60, 75, 90])
    const w = bps(rng, 600, 3500, 100)
    const v = Math.round((n * a * w) / 10000 / days / 100) * 100
    return {
      stem: `With ${n} opportunities, ${an(amount($, a))} average deal and a ${days}-day cycle, what win rate gives a sales velocity of ${amount($, v)} a day?`,
      shape: percent(1),
      key: ['div', ['mul', v, days], ['mul', n, a]],
      // A win rate above 100% is no answer anyone would pick: such slips are not offered.
      max: 1,
      wrong: [
        [
          'quarterNotCycle',
          ['div', ['mul', v, 91], ['mul', n, a]],
          'multiplies by a quarter of days instead of the cycle length',
        ],
        [
          'monthNotCycle',
          ['div', ['mul', v, 30], ['mul', n, a]],
          'multiplies by a 30-day month instead of the cycle length',
        ],
        ['weeksCycle', ['div', ['mul', v, days / 7], ['mul', n, a]], 'measures the cycle in weeks'],
        [
          'monthlyTarget',
          ['div', ['mul', v, days / 30], ['mul', n, a]],
          'reads the daily target as a monthly one',
        ],
        [
          'yearNotCycle',
          ['div', ['mul', v, 365], ['mul', n, a]],
          'multiplies by a year of days instead of the cycle length',
        ],
      ],
    }
  }),
  b2b('b2b-coverage-needed-from-win-rate', (rng) => {
    const wv = bps(rng, 2000, 4000, 500)
    const wc = wv + bps(rng, 500, 1500, 500)
    const wa = wv - bps(rng, 500, 1000, 500)
    return {
      stem: `Of closed opportunities, ${rateText(wv)} of value is won (${rateText(wc)} by count); of all opportunities created, including those still open, ${rateText(wa)} of value has been won. What pipeline coverage of quota does the win rate by value of closed deals imply?`,
      shape: count('×', 2),
      key: ['div', 1, wv / 10000],
      wrong: [
        ['countLossRate', ['div', 1, 1 - wc / 10000], 'divides by the loss rate by count'],
        [
          'lossOverWinByCount',
          ['div', 1 - wc / 10000, wc / 10000],
          'divides the lost share by the won share, both by count',
        ],
        [
          'lossOverWin',
          ['div', 1 - wv / 10000, wv / 10000],
          'divides the lost share by the won share',
        ],
        ['winRatePlusOne', ['add', 1, wv / 10000], 'adds the win rate to one'],
        [
          'allCreated',
          ['div', 1, wa / 10000],
          'uses the share of all created value, open deals included',
        ],
        ['byCount', ['div', 1, wc / 10000], 'uses the win rate by count'],
        ['lossRate', ['div', 1, 1 - wv / 10000], 'divides by the loss rate'],
      ],
    }
  }),
]
