import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, figures, n, pct } from './mres-text.js'

// Outcome rates of a fieldwork disposition, from AAPOR Standard Definitions: Final Dispositions
// of Case Codes and Outcome Rates for Surveys (10th ed., 2023), "Response rates", "Cooperation
// rates", "Refusal rates" and "Contact rates": I complete, P partial, R refusal and break-off,
// NC non-contact, O other eligible non-interview, U unknown eligibility (UH + UO), NE not
// eligible (left out of every denominator), e the estimated share of U that is eligible.
//   RR1 = I / ((I + P) + (R + NC + O) + U)          RR2 = (I + P) / (same)
//   RR3 = I / ((I + P) + (R + NC + O) + eU)         COOP1 = I / ((I + P) + R + O)
//   REF1 = R / ((I + P) + (R + NC + O) + U)         CON1 = ((I + P) + R + O) / ((I + P) + (R + NC + O) + U)

const disposition = (rng: Rng) => {
  const I = drawn(rng, 300, 900)
  const P = drawn(rng, 20, 120)
  const R = drawn(rng, 150, 600)
  const NC = drawn(rng, 200, 900)
  const O = drawn(rng, 10, 60)
  const U = drawn(rng, 150, 700)
  const NE = drawn(rng, 100, 500)
  const e = rng.pick([0.4, 0.5, 0.6, 0.7])
  const text = `${n(I)} complete interviews, ${P} partials, ${R} refusals and break-offs, ${n(NC)} non-contacts, ${O} other eligible non-interviews, ${U} cases of unknown eligibility and ${NE} found not eligible`
  return { I, P, R, NC, O, U, NE, e, text }
}

type D = ReturnType<typeof disposition>
const all = (d: D) => d.I + d.P + d.R + d.NC + d.O + d.U
const rates = (d: D) => ({
  RR1: d.I / all(d),
  RR2: (d.I + d.P) / all(d),
  RR3: d.I / (d.I + d.P + d.R + d.NC + d.O + d.e * d.U),
  COOP1: d.I / (d.I + d.P + d.R + d.O),
  REF1: d.R / all(d),
  CON1: (d.I + d.P + d.R + d.O) / all(d),
  withNE: d.I / (all(d) + d.NE),
  noU: d.I / (d.I + d.P + d.R + d.NC + d.O),
  refOfContacts: d.R / (d.I + d.P + d.R + d.O),
  refWithNE: d.R / (all(d) + d.NE),
})
const inputs = (d: D) => ({ I: d.I, P: d.P, R: d.R, NC: d.NC, O: d.O, U: d.U, NE: d.NE, e: d.e })

const rateFamily = (
  id: string,
  name: string,
  ask: keyof ReturnType<typeof rates>,
  wrong: readonly (readonly [keyof ReturnType<typeof rates>, string])[],
  withE = false,
): ScenarioFamily =>
  family(id, (rng) => {
    const d = disposition(rng)
    const r = rates(d)
    return figures(rng, pct(1), {
      stem: `A telephone survey's final dispositions: ${d.text}.${withE ? ` The researcher estimates that ${pct(0)(d.e)} of the unknown-eligibility cases are eligible.` : ''} What is the AAPOR ${name} (one decimal place)?`,
      in: inputs(d),
      key: r[ask],
      wrong: wrong.map(([slip, mistake]) => [slip, r[slip], mistake] as const),
    })
  })

export const AAPOR_FAMILIES: readonly ScenarioFamily[] = [
  rateFamily('aapor-rr1', 'Response Rate 1 (RR1)', 'RR1', [
    ['RR2', 'counts partials as respondents, which is RR2'],
    ['noU', 'drops the unknown-eligibility cases from the base'],
    ['withNE', 'keeps the not-eligible cases in the base'],
    ['COOP1', 'gives the cooperation rate, over contacted eligibles only'],
    ['CON1', 'gives the contact rate'],
  ]),
  rateFamily('aapor-rr2', 'Response Rate 2 (RR2)', 'RR2', [
    ['RR1', 'leaves partials out of the numerator, which is RR1'],
    ['COOP1', 'gives the cooperation rate, over contacted eligibles only'],
    ['withNE', 'counts completes only and keeps the not-eligible cases in the base'],
    ['noU', 'counts completes only and drops the unknown-eligibility cases'],
    ['REF1', 'gives the refusal rate'],
  ]),
  rateFamily(
    'aapor-rr3',
    'Response Rate 3 (RR3)',
    'RR3',
    [
      ['RR1', 'counts every unknown-eligibility case as eligible, which is RR1'],
      ['noU', 'drops the unknown-eligibility cases entirely, as if e were 0'],
      ['RR2', 'counts partials as respondents and ignores e'],
      ['withNE', 'keeps the not-eligible cases in the base and ignores e'],
      ['COOP1', 'gives the cooperation rate'],
    ],
    true,
  ),
  rateFamily('aapor-coop1', 'Cooperation Rate 1 (COOP1)', 'COOP1', [
    ['RR1', 'gives the response rate, with non-contacts and unknowns in the base'],
    ['CON1', 'gives the contact rate'],
    ['noU', 'keeps non-contacts in the base'],
    ['REF1', 'gives the refusal rate'],
  ]),
  rateFamily('aapor-ref1', 'Refusal Rate 1 (REF1)', 'REF1', [
    ['RR1', 'gives the response rate'],
    ['CON1', 'gives the contact rate'],
    ['COOP1', 'gives the cooperation rate'],
    ['withNE', 'gives completes over every case, not-eligible ones included'],
    ['refOfContacts', 'divides refusals by the contacted cases only'],
    ['refWithNE', 'keeps the not-eligible cases in the base'],
  ]),
  rateFamily('aapor-con1', 'Contact Rate 1 (CON1)', 'CON1', [
    ['RR1', 'gives the response rate'],
    ['COOP1', 'gives the cooperation rate'],
    ['REF1', 'gives the refusal rate'],
    ['RR2', 'counts only interviews and partials as contacts'],
  ]),
]
