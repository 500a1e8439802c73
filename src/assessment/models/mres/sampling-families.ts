import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  confText,
  drawn,
  family,
  figures,
  n,
  pct,
  plain,
  qty,
  symbol,
  Z_CRIT,
} from './mres-text.js'

// Sample sizes as a freelance researcher quotes them: n0 = z²p(1−p)/e² for a proportion and
// (zσ/E)² for a mean, rounded up; the finite population correction n0 / (1 + (n0 − 1)/N); the
// design effect of a cluster sample 1 + (m − 1)ρ (Kish, Survey Sampling, 1965, §5.4); Kish's
// effective sample size (Σw)²/Σw²; proportional and Neyman (n N_h S_h / Σ N S) allocation
// (Cochran, Sampling Techniques, 3rd ed., §5.5); and systematic selection with interval k = N/n.

const zDraw = (rng: Rng) => rng.pick(Z_CRIT)
const up = (v: number) => Math.ceil(v - 1e-9)

export const SAMPLING_FAMILIES: readonly ScenarioFamily[] = [
  family('sample-size-proportion', (rng) => {
    const [c, z] = zDraw(rng)
    const e = rng.pick([0.03, 0.04, 0.05, 0.06])
    const p = rng.pick([0.2, 0.3, 0.4, 0.5])
    const pq = p * (1 - p)
    return figures(rng, qty('completes'), {
      stem: `${Client(rng)} wants to estimate a share it expects to be about ${pct(0)(p)} to within ±${pct(0)(e)} at ${confText(c)} confidence (z = ${z}), from a large population with a simple random sample. How many completed interviews are needed, rounded up?`,
      in: { z, e, p },
      key: up((z * z * pq) / (e * e)),
      wrong: [
        ['noSquareZ', up((z * pq) / (e * e)), 'uses z instead of z squared'],
        [
          'width',
          up((z * z * pq) / ((e / 2) * (e / 2))),
          'halves the margin, reading ±e as the full interval width',
        ],
        [
          'worstCase',
          up((z * z * 0.25) / (e * e)),
          'uses the worst-case p of 0.5 though an expected share is stated',
        ],
        [
          'doubleE',
          up((z * z * pq) / (2 * e * 2 * e)),
          'doubles the margin, taking ±e as half of it',
        ],
        ['se', up(pq / (e * e)), 'leaves z out, sizing for one standard error'],
      ],
    })
  }),
  family('sample-size-finite-population', (rng) => {
    const n0 = drawn(rng, 300, 1100, 1)
    const N = drawn(rng, 600, 5000, 50)
    return figures(rng, qty('completes'), {
      stem: `A researcher surveys the ${n(N)} members of a trade association. For an infinite population the required sample would be ${n(n0)}. Applying the finite population correction n = n0 / (1 + (n0 − 1)/N), how many completes are needed, rounded up?`,
      in: { n0, N },
      key: up(n0 / (1 + (n0 - 1) / N)),
      wrong: [
        ['ignore', n0, 'ignores the finite population correction'],
        [
          'twice',
          up(n0 / (1 + (n0 - 1) / N) / (1 + (n0 / (1 + (n0 - 1) / N) - 1) / N)),
          'applies the correction twice',
        ],
        [
          'seFactor',
          up(n0 * Math.sqrt((N - n0) / (N - 1))),
          'multiplies by the standard-error correction √((N − n)/(N − 1)) instead',
        ],
        [
          'times',
          up(n0 * (1 + (n0 - 1) / N)),
          'multiplies by the correction term instead of dividing',
        ],
      ],
    })
  }),
  family('sample-size-mean', (rng) => {
    const [c, z] = zDraw(rng)
    const s = drawn(rng, 8, 40)
    const E = drawn(rng, 2, 6)
    if (((z * s) / E) ** 2 < 30) throw new VariantError('a sample too small to field')
    return figures(rng, qty('completes'), {
      stem: `${Client(rng)} wants average monthly spend estimated to within ±${E} (currency units) at ${confText(c)} confidence (z = ${z}); a pilot gave a standard deviation of ${s}. Using n = (zσ/E)², how many completes are needed, rounded up?`,
      in: { z, s, E },
      key: up(((z * s) / E) ** 2),
      wrong: [
        ['noSquare', up((z * s) / E), 'forgets to square (zσ/E)'],
        ['variance', up((z * z * s) / (E * E)), 'leaves σ unsquared, z²σ/E²'],
        ['zNotSquared', up((z * s * s) / (E * E)), 'squares σ and E but not z'],
        ['eNotSquared', up((z * s) ** 2 / E), 'squares z and σ but not E'],
        ['doubleE', up(((z * s) / (2 * E)) ** 2), 'doubles the margin, taking ±E as half of it'],
        [
          'halfE',
          up(((2 * z * s) / E) ** 2),
          'halves the margin, reading ±E as the full interval width',
        ],
      ],
    })
  }),
  family('design-effect-cluster', (rng) => {
    const m = drawn(rng, 5, 25)
    const rho = rng.pick([0.02, 0.04, 0.05, 0.08, 0.1])
    const k = drawn(rng, 20, 60)
    const total = m * k
    const deff = 1 + (m - 1) * rho
    return figures(rng, qty('interviews', 0), {
      stem: `A shopper survey interviews ${m} people in each of ${k} randomly chosen stores (${n(total)} interviews). The intraclass correlation of the key measure within stores is ${rho}. Using the design effect 1 + (m − 1)ρ, what is the effective sample size (nearest whole interview)?`,
      in: { m, rho, k },
      key: Math.round(total / deff),
      wrong: [
        [
          'ignore',
          total,
          'reports the raw number of interviews as if it were a simple random sample',
        ],
        ['times', Math.round(total * deff), 'multiplies by the design effect instead of dividing'],
        ['noMinusOne', Math.round(total / (1 + m * rho)), 'forgets the − 1 in (m − 1)ρ, using mρ'],
        ['clusters', k, 'counts only the stores, as if each cluster were one interview'],
      ],
    })
  }),
  family('design-effect-inflate', (rng) => {
    const n0 = drawn(rng, 300, 1000, 10)
    const deff = rng.pick([1.2, 1.4, 1.5, 1.8, 2])
    return figures(rng, qty('completes'), {
      stem: `A simple random sample of ${n0} would give the precision a client wants, but the fieldwork will be clustered by postcode with an expected design effect of ${deff}. How many completes should be planned (rounded up)?`,
      in: { n0, deff },
      key: up(n0 * deff),
      wrong: [
        ['divide', up(n0 / deff), 'divides by the design effect instead of multiplying'],
        ['sqrt', up(n0 * Math.sqrt(deff)), 'multiplies by the design factor √deff instead of deff'],
        ['ignore', n0, 'ignores the design effect'],
        ['squared', up(n0 * deff * deff), 'squares the design effect'],
      ],
    })
  }),
  family('kish-effective-sample-size', (rng) => {
    const a = drawn(rng, 100, 400, 10)
    const b = drawn(rng, 100, 400, 10)
    const wa = rng.pick([0.5, 0.6, 0.75, 0.8])
    const wb = rng.pick([1.25, 1.5, 1.6, 2])
    const sw = a * wa + b * wb
    const sw2 = a * wa * wa + b * wb * wb
    return figures(rng, qty('respondents'), {
      stem: `After weighting, ${a} respondents carry a weight of ${wa} and ${b} carry ${wb}. Using Kish's effective sample size (Σw)² / Σw², what is the effective base (nearest whole respondent)?`,
      in: { a, b, wa, wb },
      key: Math.round((sw * sw) / sw2),
      wrong: [
        ['raw', a + b, 'reports the unweighted count as the effective base'],
        ['sumW', Math.round(sw), 'reports the sum of the weights'],
        [
          'meanSq',
          Math.round((a + b) / (sw2 / (a + b))),
          'divides n by the mean squared weight without the squared mean',
        ],
        [
          'deffAsN',
          Math.round(((a + b) * (a + b) * sw2) / (sw * sw)),
          'multiplies n by the weighting design effect instead of dividing',
        ],
      ],
    })
  }),
  family('proportional-allocation', (rng) => {
    const pops = [drawn(rng, 20, 90, 5), drawn(rng, 20, 90, 5), drawn(rng, 20, 90, 5)].map(
      (v) => v * 1000,
    )
    const names = ['North', 'Central', 'South']
    const total = drawn(rng, 400, 1200, 100)
    const h = rng.int(0, 2)
    const N = pops[0]! + pops[1]! + pops[2]!
    return figures(rng, qty('interviews'), {
      stem: `A ${total}-interview survey is stratified by region with proportional allocation. Adult populations: ${names.map((r, k) => `${r} ${n(pops[k]!)}`).join(', ')}. How many interviews go to ${names[h]} (nearest whole interview)?`,
      in: { p0: pops[0]!, p1: pops[1]!, p2: pops[2]!, total, h },
      key: Math.round((total * pops[h]!) / N),
      wrong: [
        ['equal', Math.round(total / 3), 'allocates equally across the strata'],
        [
          'share',
          Math.round((total * pops[h]!) / (N - pops[h]!)),
          'divides by the other regions’ population instead of the total',
        ],
        [
          'sqrtAlloc',
          Math.round((total * Math.sqrt(pops[h]!)) / pops.reduce((a, v) => a + Math.sqrt(v), 0)),
          'allocates by the square root of population, not in proportion',
        ],
      ],
    })
  }),
  family('neyman-allocation', (rng) => {
    const N = [drawn(rng, 200, 900, 10), drawn(rng, 200, 900, 10)]
    const S = [drawn(rng, 5, 30), drawn(rng, 5, 30)]
    const total = drawn(rng, 200, 600, 50)
    const h = rng.int(0, 1)
    const ns = N[0]! * S[0]! + N[1]! * S[1]!
    const tag = ['small firms', 'large firms']
    return figures(rng, qty('interviews'), {
      stem: `A B2B spend survey of ${total} interviews is split between ${tag[0]} (N = ${N[0]}, spend SD ${S[0]}k) and ${tag[1]} (N = ${N[1]}, SD ${S[1]}k) by Neyman allocation, n_h = n N_h S_h / Σ N S. How many interviews go to ${tag[h]} (nearest whole)?`,
      in: { N0: N[0]!, N1: N[1]!, S0: S[0]!, S1: S[1]!, total, h },
      key: Math.round((total * N[h]! * S[h]!) / ns),
      wrong: [
        [
          'proportional',
          Math.round((total * N[h]!) / (N[0]! + N[1]!)),
          'allocates in proportion to N only, ignoring the SDs',
        ],
        [
          'sdOnly',
          Math.round((total * S[h]!) / (S[0]! + S[1]!)),
          'allocates in proportion to the SDs only',
        ],
        [
          'variance',
          Math.round((total * N[h]! * S[h]! ** 2) / (N[0]! * S[0]! ** 2 + N[1]! * S[1]! ** 2)),
          'weights by the variance, N S², not N S',
        ],
        [
          'other',
          Math.round((total * N[1 - h]! * S[1 - h]!) / ns),
          'gives the other stratum’s allocation',
        ],
      ],
    })
  }),
  family('systematic-selection', (rng) => {
    const sample = drawn(rng, 40, 120, 10)
    const k = drawn(rng, 8, 30)
    const N = sample * k
    const r = rng.int(2, k - 1)
    const j = rng.int(4, 12)
    return figures(rng, plain(0), {
      stem: `A customer list of ${n(N)} records is sampled systematically for ${sample} interviews: interval k = N/n and a random start of ${r}. Which record number is the ${j}th selected?`,
      in: { N, sample, r, j },
      key: r + (j - 1) * k,
      wrong: [
        ['extraStep', r + j * k, 'adds j intervals to the start instead of j − 1'],
        ['noStart', (j - 1) * k, 'leaves out the random start'],
        ['noStartJ', j * k, 'counts j whole intervals from zero, ignoring the start'],
        ['interval', r + (j - 1) * sample, 'steps by the sample size instead of the interval'],
      ],
    })
  }),
  family('invitations-for-completes', (rng) => {
    const completes = drawn(rng, 200, 1000, 50)
    const ir = rng.pick([0.2, 0.3, 0.4, 0.6, 0.7, 0.75])
    const rr = rng.pick([0.1, 0.15, 0.2, 0.25])
    return figures(rng, qty('invitations'), {
      stem: `${Client(rng)} needs ${completes} completes from a panel. ${pct(0)(ir)} of panellists who respond qualify (incidence) and ${pct(0)(rr)} of those invited respond. How many invitations should be sent (rounded up)?`,
      in: { completes, ir, rr },
      key: up(completes / (ir * rr)),
      wrong: [
        ['noIncidence', up(completes / rr), 'allows for the response rate but not the incidence'],
        ['noResponse', up(completes / ir), 'allows for the incidence but not the response rate'],
        ['added', up(completes / (ir + rr)), 'adds the two rates instead of multiplying them'],
        [
          'screenOut',
          up(completes / ((1 - ir) * rr)),
          'uses the screen-out rate in place of the incidence',
        ],
      ],
    })
  }),
  family('incidence-rate-from-screener', (rng) => {
    const screened = drawn(rng, 800, 3000, 10)
    const qualified = drawn(rng, Math.round(screened * 0.1), Math.round(screened * 0.4))
    const dropped = drawn(rng, 5, Math.round(qualified * 0.2))
    const completes = qualified - dropped
    const refused = drawn(rng, 100, 600)
    return figures(rng, pct(1), {
      stem: `Screening for a survey of dog owners: ${n(screened)} people answered the screener, ${qualified} qualified and ${completes} of those completed (${dropped} dropped out); another ${refused} refused before the screener. What is the incidence rate (one decimal place)?`,
      in: { screened, qualified, completes, refused },
      key: qualified / screened,
      wrong: [
        ['completes', completes / screened, 'counts only the completes as qualified'],
        [
          'refusals',
          qualified / (screened + refused),
          'puts the refusals, never screened, in the base',
        ],
        ['completion', completes / qualified, 'gives the completion rate of those who qualified'],
        ['screenOut', (screened - qualified) / screened, 'gives the screen-out rate'],
      ],
    })
  }),
  family('fieldwork-cost-by-incidence', (rng) => {
    const sym = symbol(rng)
    const m = cash(sym, 0)
    const completes = drawn(rng, 200, 800, 50)
    const ir = rng.pick([0.2, 0.25, 0.4, 0.5])
    const cpi = drawn(rng, 4, 12)
    const fee = rng.pick([0.5, 1, 1.5])
    const screened = completes / ir
    return figures(rng, m, {
      stem: `A panel charges ${m(cpi)} per complete plus ${cash(sym, 2)(fee)} for each person screened out. The job needs ${completes} completes at ${pct(0)(ir)} incidence. What is the fieldwork cost (nearest whole unit)?`,
      in: { completes, ir, cpi, fee },
      key: completes * cpi + (screened - completes) * fee,
      wrong: [
        [
          'completesOnly',
          completes * cpi,
          'charges only the completes, forgetting the screen-outs',
        ],
        [
          'allScreened',
          completes * cpi + screened * fee,
          'charges the screening fee on every person screened, completes too',
        ],
        ['cpiAll', screened * cpi, 'charges the per-complete price on everyone screened'],
        [
          'outsOfCompletes',
          completes * cpi + completes * (1 - ir) * fee,
          'takes the screen-outs as (1 − incidence) × completes instead of out of everyone screened',
        ],
      ],
    })
  }),
  family('quota-cell-targets', (rng) => {
    const total = drawn(rng, 400, 1200, 100)
    const female = rng.pick([0.49, 0.51, 0.52])
    const young = rng.pick([0.25, 0.28, 0.3, 0.35])
    return figures(rng, qty('interviews'), {
      stem: `A ${total}-interview study sets interlocking quotas from census shares: women ${pct(0)(female)} of adults, and 18–34s ${pct(0)(young)} of adults in each sex. What is the target for women aged 18–34 (nearest whole interview)?`,
      in: { total, female, young },
      key: Math.round(total * female * young),
      wrong: [
        [
          'evenSplit',
          Math.round(total * young * 0.5),
          'assumes an even sex split instead of the stated share of women',
        ],
        ['womenOnly', Math.round(total * female), 'gives the quota for all women'],
        ['youngOnly', Math.round(total * young), 'gives the quota for all 18–34s'],
        ['quarter', Math.round(total / 4), 'splits the sample equally into four cells'],
      ],
    })
  }),
  family('invitations-with-dropout', (rng) => {
    const completes = drawn(rng, 200, 800, 50)
    const start = rng.pick([0.2, 0.25, 0.3])
    const finish = rng.pick([0.8, 0.85, 0.9])
    return figures(rng, qty('invitations'), {
      stem: `From past waves, ${pct(0)(start)} of invited panellists start the survey and ${pct(0)(finish)} of starters finish it (everyone qualifies). How many invitations give ${completes} completes (rounded up)?`,
      in: { completes, start, finish },
      key: up(completes / (start * finish)),
      wrong: [
        ['noDropout', up(completes / start), 'ignores the drop-out of starters'],
        [
          'dropoutForFinish',
          up(completes / (start * (1 - finish))),
          'divides by the drop-out rate where the finish rate belongs',
        ],
        [
          'inflate',
          up((completes * (2 - finish)) / start),
          'inflates by the drop-out rate instead of dividing by the finish rate',
        ],
        ['finishOnly', up(completes / finish), 'ignores the start rate'],
      ],
    })
  }),
]
