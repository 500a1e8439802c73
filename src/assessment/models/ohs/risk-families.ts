import type { Rng } from '../../rng.js'
import { addDays, ceilDiv, employer, family, num, share, showDate, tenth } from './ohs-text.js'

// Risk assessment as a safety adviser writes it: every matrix, band, scale and control effect is
// stated in the stem, so the key depends only on working the stated method correctly.

const score = (n: number): string => num(n, 0)
const usd = (c: number): string => `${c < 0 ? '-' : ''}$${num(Math.abs(c) / 100, 0)}`
const level = (rng: Rng, low = 1, high = 5): number => rng.int(low, high)

/** The ISO date `m` months after `iso` (its day is at most 28, so no month end is crossed). */
const plusMonths = (iso: string, m: number): string => {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number]
  const t = y * 12 + (mo - 1) + m
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const HAZARDS = [
  'reversing vehicles in the yard',
  'manual handling of sacks',
  'slips on the kitchen floor',
  'the unguarded bench grinder',
  'working from stepladders',
  'solvent fumes in the paint bay',
  'hot oil in the fryer',
  'pallet racking collapse',
  'dust from sanding',
  'lone working at night',
] as const

export const RISK_FAMILIES = [
  family('hazards-in-high-band', (rng) => {
    const t = rng.pick([10, 12, 15])
    const m = rng.pick([5, 6])
    const names = rng.shuffle([...HAZARDS]).slice(0, 6)
    const ls = names.map(() => [level(rng), level(rng)] as [number, number])
    // One hazard sits exactly on the band's lower edge, so "or more" matters.
    ls[rng.int(0, 5)] = t === 10 ? [2, 5] : t === 12 ? [3, 4] : [5, 3]
    const sc = ls.map(([l, s]) => l * s)
    const count = (ok: (x: number, i: number) => boolean) => num(sc.filter(ok).length, 0, 'hazards')
    return {
      stem: `A safety adviser scores ${employer(rng)}'s hazards as likelihood × severity, each from 1 to 5; a score of ${t} or more is high, ${m} to ${t - 1} medium, below ${m} low. The scores are (likelihood, severity): ${names.map((n, i) => `${n} (${ls[i]![0]}, ${ls[i]![1]})`).join('; ')}. How many hazards are in the high band?`,
      key: count((x) => x >= t),
      wrong: [
        [count((x) => x > t), 'leaves out the hazard on the band’s edge'],
        [count((x) => x >= m), 'counts the medium band as well'],
        [count((_, i) => ls[i]![1] >= 4), 'ranks by severity alone (4 or 5)'],
        [count((_, i) => ls[i]![0] + ls[i]![1] >= t / 2 + 2), 'adds likelihood and severity'],
        [count((x) => x < m), 'counts the low band'],
        [count((_, i) => ls[i]![0] >= 4), 'ranks by likelihood alone (4 or 5)'],
      ],
      figures: { t, m, ls: ls.map(([l, s]) => `${l}x${s}`).join(',') },
    }
  }),
  family('residual-score-after-controls', (rng) => {
    const [L, S] = [level(rng, 3, 5), level(rng, 3, 5)]
    const a = rng.int(1, 2)
    const b = 1
    return {
      stem: `On a 5 × 5 matrix (score = likelihood × severity), guarding a press scores ${L} for likelihood and ${S} for severity before controls. The client's method states that a fixed interlocked guard lowers likelihood by ${a} level${a > 1 ? 's' : ''} and cut-resistant gloves lower severity by ${b} level; no level goes below 1. What is the residual risk score with both controls?`,
      key: score((L - a) * (S - b)),
      wrong: [
        [score(L * S - a - b), 'takes the level changes off the score'],
        [score((L - a) * S), 'leaves out the gloves'],
        [score(L * (S - b)), 'relies on the gloves alone'],
        [score(Math.max(1, L - a - b) * S), 'applies both controls to likelihood'],
        [
          score(Math.max(1, L - a - b) * Math.max(1, S - a - b)),
          'applies both controls to both levels',
        ],
        [score(L * S), 'scores the risk before controls'],
      ],
      figures: { L, S, a, b },
    }
  }),
  family('risk-reduction-percent', (rng) => {
    const [L0, S0] = [level(rng, 3, 5), level(rng, 3, 5)]
    const [L1, S1] = [level(rng, 1, L0 - 1), level(rng, Math.max(1, S0 - 2), S0)]
    const [R0, R1] = [L0 * S0, L1 * S1]
    const added = share(L0 - L1, 1000, L0) + share(S0 - S1, 1000, S0)
    return {
      stem: `A client's assessment of forklift traffic scored likelihood ${L0} × severity ${S0} before controls and likelihood ${L1} × severity ${S1} after a one-way system and barriers. By what percentage have the controls reduced the risk score, to one decimal place?`,
      key: tenth(share(R0 - R1, 1000, R0), '%'),
      wrong: [
        [tenth(share(R0 - R1, 1000, R1), '%'), 'divides by the residual score'],
        [tenth(share(R1, 1000, R0), '%'), 'gives the residual score as a share of the first'],
        [tenth((R0 - R1) * 10, '%'), 'gives the points removed as a percentage'],
        [tenth(share(L0 - L1, 1000, L0), '%'), 'uses the likelihood change only'],
        [tenth(share(S0 - S1, 1000, S0), '%'), 'uses the severity change only'],
        // Added, the two reductions can pass 100 %, which no one would report; kept below it.
        ...(added < 1000
          ? [[tenth(added, '%'), 'adds the likelihood and severity reductions'] as const]
          : []),
        [tenth(share(R0 - R1, 1000, 25), '%'), 'divides by the matrix maximum of 25'],
      ],
      figures: { L0, S0, L1, S1 },
    }
  }),
  family('rpn-after-action', (rng) => {
    const [S, O, D] = [rng.int(5, 10), rng.int(4, 9), rng.int(4, 9)]
    const [O2, D2] = [rng.int(1, O - 2), rng.int(1, D - 2)]
    return {
      stem: `An FMEA for a client's packing line rates a failure mode at severity ${S}, occurrence ${O} and detection ${D}, each on a 1–10 scale, with risk priority number = severity × occurrence × detection. After a sensor and a daily check, occurrence is re-rated ${O2} and detection ${D2}; severity is unchanged. What is the new RPN?`,
      key: score(S * O2 * D2),
      wrong: [
        [score(S + O2 + D2), 'adds the three ratings'],
        [score(S * O * D), 'keeps the ratings before the action'],
        [score(S * O2 * D), 'leaves the detection rating unchanged'],
        [score(S * O2), 'leaves detection out of the product'],
        [score(S * O * D - S * O2 * D2), 'gives the reduction instead of the new RPN'],
      ],
      figures: { S, O, D, O2, D2 },
    }
  }),
  family('control-net-annual-benefit', (rng) => {
    const f = rng.int(8, 60)
    const C = rng.int(15, 200) * 100
    const p = rng.int(4, 9) * 10
    const K = rng.int(5, 60) * 100
    const loss = share(f * C, 1, 10)
    return {
      stem: `A client averages ${tenth(f)} hand injuries a year at an average cost of ${usd(C * 100)} each. A safer cutting jig is expected to cut their frequency by ${p}% and costs ${usd(K * 100)} a year to lease. What is the jig's net annual benefit (loss avoided minus the lease)?`,
      key: usd((share(loss, p, 100) - K) * 100),
      wrong: [
        [usd(share(loss, p, 100) * 100), 'leaves out the lease cost'],
        [usd((loss - K) * 100), 'assumes the jig prevents every injury'],
        [usd((share(loss, 100 - p, 100) - K) * 100), 'works from the injuries still expected'],
        [usd(share(loss - K, p, 100) * 100), 'takes the lease off before applying the reduction'],
        [usd((share(loss, p, 100) - 2 * K) * 100), 'counts the lease twice'],
      ],
      figures: { f, C, p, K },
    }
  }),
  family('payback-months-of-control', (rng) => {
    const f = rng.int(10, 50)
    const C = rng.int(20, 150) * 100
    const p = rng.int(5, 9) * 10
    const Cap = rng.int(10, 120) * 1000
    const loss = share(f * C, 1, 10)
    const R = rng.int(5, Math.floor(share(loss, p, 100) / 300)) * 100
    const save = share(loss, p, 100) - R
    const months = (cost: number, per: number) => num(ceilDiv(12 * cost, per), 0, 'months')
    return {
      stem: `A local exhaust ventilation system for a client's welding bay costs ${usd(Cap * 100)} to install and ${usd(R * 100)} a year to run and test. The client's ${tenth(f)} dust-related sickness cases a year each cost ${usd(C * 100)}, and the system is expected to cut them by ${p}%. How many months does the system take to pay back its installation from the net yearly saving, rounded up to a whole month?`,
      key: months(Cap, save),
      wrong: [
        [months(Cap, save + R), 'ignores the running cost'],
        [months(Cap, loss - R), 'counts every case as avoided'],
        [months(Cap, save - R), 'takes the running cost off twice'],
        [months(Cap + R, save + R), 'adds a year’s running cost to the installation'],
        [
          months(Cap, Math.max(1, share(loss, 100 - p, 100))),
          'divides by the cost of the cases still expected',
        ],
      ],
      figures: { f, C, p, Cap, R },
    }
  }),
  family('fine-kinney-score', (rng) => {
    const P = rng.pick([1, 2, 5, 10, 30, 60, 100])
    const E = rng.pick([5, 10, 20, 30, 60, 100])
    const ci = rng.int(0, 4)
    const Cs = [1, 3, 7, 15, 40, 100]
    const [C, W] = [Cs[ci]!, Cs[ci + 1]!]
    return {
      stem: `A client uses the Fine–Kinney method: risk = probability × exposure × consequence, with the scale values stated in its procedure. For cleaning a mixer, the assessor chose probability ${tenth(P)}, exposure ${tenth(E)} and, as the most likely outcome, consequence ${C}; the worst conceivable outcome would score ${W}. The procedure scores the most likely outcome. What is the risk score, to one decimal place?`,
      key: tenth(share(P * E, C, 10)),
      wrong: [
        [tenth(share(P * E, W, 10)), 'scores the worst conceivable outcome'],
        [tenth(P * C), 'leaves exposure out'],
        [tenth(share(P * E, 1, 10)), 'leaves the consequence out'],
        [tenth(P + E + C * 10), 'adds the three values'],
        [tenth(E * C), 'leaves probability out'],
      ],
      figures: { P, E, C, W },
    }
  }),
  family('risk-assessment-review-due', (rng) => {
    const last = addDays('2026-01-01', rng.int(0, 400))
    const [y, m] = last.split('-')
    const lastDay = `${y}-${m}-${String(rng.int(1, 28)).padStart(2, '0')}`
    const inc = addDays(lastDay, rng.int(40, 300))
    return {
      stem: `A client's policy: each risk assessment is reviewed 12 months after its last review, or within 30 days after any incident it covers, whichever comes first. The manual-handling assessment was last reviewed on ${showDate(lastDay)} and a back injury happened on ${showDate(inc)}. By what date must it be reviewed?`,
      key: showDate(addDays(inc, 30)),
      wrong: [
        [showDate(plusMonths(lastDay, 12)), 'keeps the 12-month date and ignores the incident'],
        [showDate(plusMonths(inc, 12)), 'restarts the 12-month cycle at the incident'],
        [showDate(addDays(lastDay, 30)), 'counts the 30 days from the last review'],
        [showDate(addDays(inc, 42)), 'counts 30 working days (six calendar weeks)'],
        [showDate(plusMonths(lastDay, 6)), 'uses a six-month review cycle'],
      ],
      figures: { last: lastDay, inc },
    }
  }),
  family('chance-of-an-incident-in-n-tasks', (rng) => {
    const N = rng.int(4, 60) * 50
    const n = rng.int(2, 40) * 25
    const pc = (x: number) => tenth(Math.round(x * 1000), '%')
    return {
      stem: `A client's records suggest a 1 in ${num(N)} chance of a hand injury each time a blade is changed, independently each time. Fitters change blades ${num(n)} times a year. What is the chance of at least one such injury in a year, as a percentage to one decimal place?`,
      key: pc(1 - (1 - 1 / N) ** n),
      wrong: [
        [pc(Math.min(n / N, 9.999)), 'multiplies the chance by the number of changes'],
        [pc((1 - 1 / N) ** n), 'gives the chance of no injury'],
        [pc(1 / N), 'gives the chance for one change'],
        [pc(1 - (1 - 1 / N) ** (n / 2)), 'counts half the changes'],
      ],
      figures: { N, n },
    }
  }),
  family('accident-ratio-estimate', (rng) => {
    const nm = rng.int(4, 60) * 60
    return {
      stem: `To show ${employer(rng)} what its near-miss reports imply, an adviser uses the stated accident ratio 1 serious injury : 10 minor injuries : 30 property-damage incidents : 600 near misses. The client logged ${num(nm)} near misses last year. How many minor injuries does the ratio imply, to one decimal place?`,
      key: tenth(share(nm, 100, 600)),
      wrong: [
        [tenth(share(nm, 10, 600)), 'reads off the serious-injury figure'],
        [tenth(share(nm, 300, 600)), 'reads off the property-damage figure'],
        [tenth(share(nm, 10, 10)), 'divides the near misses by 10'],
        [tenth(share(nm, 100, 30)), 'divides by the property-damage figure'],
        [tenth(share(nm, 100, 641)), 'divides by the 641 events in the whole ratio'],
      ],
      figures: { nm },
    }
  }),
  family('grossly-disproportionate-spend', (rng) => {
    const f0 = rng.int(5, 40)
    const f1 = rng.int(1, f0 - 2)
    const C = rng.int(10, 80) * 1000
    const g = rng.int(2, 10)
    const Y = rng.int(3, 10)
    const per = share((f0 - f1) * C, 1, 10)
    return {
      stem: `A client asks how much it can reasonably be expected to spend on a control. Its stated rule: a control is required unless its cost exceeds ${g} times the injury costs it avoids over its ${Y}-year life. The control cuts expected injuries from ${tenth(f0)} to ${tenth(f1)} a year, each costing ${usd(C * 100)}. What is the largest spend the rule still requires?`,
      key: usd(per * g * Y * 100),
      wrong: [
        [usd(per * Y * 100), 'leaves out the disproportion factor'],
        [usd(per * g * 100), 'counts one year only'],
        [usd(share(f0 * C, g * Y, 10) * 100), 'uses all injuries, not those avoided'],
        [usd(share(per * Y, 1, g) * 100), 'divides by the disproportion factor'],
        [usd(share(f1 * C, g * Y, 10) * 100), 'uses the injuries still expected'],
      ],
      figures: { f0, f1, C, g, Y },
    }
  }),
  family('two-controls-combined-reduction', (rng) => {
    const f = rng.int(10, 90)
    const [a, b] = [rng.int(3, 8) * 10, rng.int(2, 7) * 10]
    return {
      stem: `A warehouse has about ${f} pedestrian–forklift near misses a year. Segregated walkways are expected to cut them by ${a}%, and a speed limiter to cut what remains by ${b}%, independently. How many near misses a year are expected with both, to one decimal place?`,
      key: tenth(share(f * (100 - a), 100 - b, 1000)),
      wrong: [
        [tenth(share(f, Math.max(0, 100 - a - b) * 10, 100)), 'adds the two reductions'],
        [tenth(share(f, (100 - Math.max(a, b)) * 10, 100)), 'counts the bigger reduction only'],
        [
          tenth(share(f * (100 * 100 - (100 - a) * (100 - b)), 1, 1000)),
          'gives the near misses prevented',
        ],
        [tenth(share(f, 10_000 - a * b, 1000)), 'multiplies the reductions, not what each leaves'],
      ],
      figures: { f, a, b },
    }
  }),
  family('score-from-frequency-bands', (rng) => {
    const band = rng.int(2, 4)
    const y = rng.int(2, 10)
    const lo = [0, 0, 1, y, 12 * y][band]!
    const hi = [0, 0, y - 1, 12 * y - 1, 52 * y - 1][band]!
    const k = rng.int(Math.max(lo, 1), hi)
    const S = level(rng, 2, 5)
    const likelihood = (rate: number) =>
      rate < 0.1 ? 1 : rate < 1 ? 2 : rate < 12 ? 3 : rate < 52 ? 4 : 5
    return {
      stem: `A client's matrix sets likelihood from how often an event happens: 1 = less than once in 10 years, 2 = at least once in 10 years but less than once a year, 3 = at least once a year but less than monthly (12 a year), 4 = at least monthly but less than weekly (52 a year), 5 = weekly or more. Risk = likelihood × severity. Pallet strikes on racking happened ${k} times in the last ${y} years, with severity ${S}. What is the risk score?`,
      key: score(likelihood(k / y) * S),
      wrong: [
        [score(likelihood(k) * S), 'reads the total count as a yearly rate'],
        [score(likelihood(k / y) + S), 'adds likelihood and severity'],
        [score(likelihood(k / y / 10) * S), 'reads the rate per decade'],
        [score(S * S), 'scores severity twice'],
        [score(Math.min(5, likelihood(k / y) + 1) * S), 'moves up a band to be safe'],
        [score(likelihood(k / y)), 'forgets to multiply by severity'],
      ],
      figures: { k, y, S },
    }
  }),
  family('engineering-against-ppe-over-years', (rng) => {
    const w = rng.int(4, 30)
    const ppe = rng.int(80, 400)
    const cap0 = rng.int(3, 30) * 500
    const mnt = rng.int(2, 20) * 50
    const Y = rng.int(3, 8)
    return {
      stem: `To argue for an engineering control over PPE, an adviser compares costs over ${Y} years. Hearing protection for ${w} workers costs ${usd(ppe * 100)} per worker a year. An acoustic enclosure costs ${usd(cap0 * 100)} once plus ${usd(mnt * 100)} a year to maintain. Over the ${Y} years, how much cheaper is the enclosure (a negative figure means dearer)?`,
      key: usd((w * ppe * Y - cap0 - mnt * Y) * 100),
      wrong: [
        [usd((w * ppe * Y - cap0) * 100), 'leaves out maintenance'],
        [usd((w * ppe - cap0 - mnt) * 100), 'compares one year only'],
        [usd((ppe * Y - cap0 - mnt * Y) * 100), 'costs PPE for one worker only'],
        [usd((w * ppe * Y - cap0 * Y - mnt * Y) * 100), 'pays the enclosure every year'],
        [usd((w * ppe * Y - mnt * Y) * 100), 'leaves out the enclosure’s price'],
      ],
      figures: { w, ppe, cap0, mnt, Y },
    }
  }),
  family('fault-tree-top-event', (rng) => {
    const [a, b, c] = [rng.int(2, 30) * 1000, rng.int(2, 30) * 1000, rng.int(1, 40) * 100]
    const pm = (x: number) => num(Math.round(x), 0, 'per million')
    const [pa, pb, pc] = [a / 1e6, b / 1e6, c / 1e6]
    return {
      stem: `A client's fault tree: an operator is crushed if the guard interlock fails AND the operator reaches in (both needed), OR if a maintenance lockout is skipped. Yearly probabilities, independent: interlock fails ${num(a)} per million, operator reaches in ${num(b)} per million, lockout skipped ${num(c)} per million. What is the yearly probability of the top event, per million, to the nearest whole number (combine an OR as 1 − (1 − p)(1 − q))?`,
      key: pm((1 - (1 - pa * pb) * (1 - pc)) * 1e6),
      wrong: [
        [pm((pa + pb + pc) * 1e6), 'adds all three, treating the AND as an OR'],
        [pm(pa * pb * pc * 1e6), 'multiplies all three, treating the OR as an AND'],
        [pm((1 - (1 - pa) * (1 - pb)) * pc * 1e6), 'treats the AND as an OR and the OR as an AND'],
        [pm(pa * pb * 1e6), 'leaves out the lockout branch'],
        [pm(pc * 1e6), 'keeps only the single-failure branch'],
        [
          pm(Math.max(a, b) + c - (Math.max(a, b) * c) / 1e6),
          'takes the AND gate as its likelier input alone',
        ],
      ],
      figures: { a, b, c },
    }
  }),
]
