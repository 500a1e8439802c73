import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { Client, client, family, money, three } from './records.js'

/** An amount in pence, drawn between two pound figures. */
const pence = (rng: Rng, lo: number, hi: number) => rng.int(lo * 100, hi * 100)
const pounds = (p: number) => money(p / 100)

/** Every amount (in pence) a swap of two neighbouring digits of `p` gives, with its change. */
export function adjacentSwaps(p: number): number[] {
  const s = String(p)
  const out: number[] = []
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] === s[i + 1]) continue
    const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)
    if (t[0] !== '0') out.push(Number(t) - p)
  }
  return out
}

/** Keying accuracy and reconciliation: control totals, hash totals, error rates, verification. */
export const RECONCILE_FAMILIES = [
  family('transposed-entry-from-difference-divisible-by-nine', (rng) => {
    const culprit = pence(rng, 120, 980)
    const changes = adjacentSwaps(culprit).filter((d) => d >= 1000)
    if (changes.length === 0) throw new VariantError('no swap raises the amount')
    const diff = rng.pick(changes)
    const equal = diff
    const halfSign = diff % 2 === 0 ? diff / 2 : diff * 2
    const decoy = pence(rng, 120, 980)
    const batch = rng.shuffle([culprit, equal, halfSign, decoy, pence(rng, 120, 980)])
    const hits = batch.filter((p) => adjacentSwaps(p).includes(diff))
    if (hits.length !== 1 || new Set(batch).size !== batch.length)
      throw new VariantError('the difference fits more than one entry')
    return three(rng, {
      stem: `You keyed ${client(rng)}’s batch of invoices: ${batch.map(pounds).join('; ')}. Your total is ${pounds(diff)} above the control total, the count agrees. Which invoice did you most likely key with two digits swapped?`,
      key: pounds(culprit),
      wrong: [
        [pounds(equal), 'looked for an entry equal to the difference'],
        [pounds(halfSign), 'looked for an entry keyed with the wrong sign'],
        [pounds(decoy), 'picked an entry no digit swap explains'],
      ],
      facts: { batch, diff },
    })
  }),
  family('sign-reversed-entry-from-half-difference', (rng) => {
    const culprit = rng.int(1500, 60000) * 2
    const diff = 2 * culprit
    const batch = rng.shuffle([culprit, diff, diff * 2, pence(rng, 50, 900), pence(rng, 50, 900)])
    if (new Set(batch).size !== batch.length) throw new VariantError('equal entries')
    const [other] = batch.filter((p) => p !== culprit && p !== diff && p !== diff * 2)
    return three(rng, {
      stem: `${Client(rng)}’s refunds batch lists ${batch.map(pounds).join('; ')}, all to be keyed as credits. Your total of credits is ${pounds(diff)} below the control total and the count agrees. Which refund did you most likely key as a charge?`,
      key: pounds(culprit),
      wrong: [
        [pounds(diff), 'looked for an entry equal to the difference'],
        [pounds(diff * 2), 'doubled the difference instead of halving it'],
        [pounds(other!), 'picked an entry the difference does not point to'],
      ],
      facts: { batch, diff, sign: true },
    })
  }),
  family('slid-decimal-entry-from-difference', (rng) => {
    const culprit = rng.int(1200, 9800)
    const diff = culprit * 9
    const half = Math.round(diff / 2)
    const tenth = Math.round(diff / 10)
    const other = rng.int(1200, 9800)
    const batch = rng.shuffle([culprit, diff, half, tenth, other])
    if (new Set(batch).size !== batch.length) throw new VariantError('equal entries')
    return three(rng, {
      stem: `You keyed ${client(rng)}’s expense claims: ${batch.map(pounds).join('; ')}. Your total is ${pounds(diff)} above the control total, the count agrees. One amount was keyed with the decimal point one place to the right. Which?`,
      key: pounds(culprit),
      wrong: [
        [pounds(diff), 'looked for an entry equal to the difference'],
        [pounds(half), 'halved the difference as for a wrong sign'],
        [pounds(tenth), 'divided the difference by 10, not 9'],
        [pounds(other), 'picked an entry the difference does not point to'],
      ],
      facts: { batch, diff, slide: true },
    })
  }),
  family('keying-accuracy-rate', (rng) => {
    const records = rng.int(8, 30) * 50
    const fields = rng.int(6, 12)
    const errors = rng.int(5, 40)
    const pct = (x: number) => `${x.toFixed(2)} %`
    const all = records * fields
    // An accuracy exactly halfway between two hundredths has no single two-decimal answer.
    if ((20_000 * (all - errors)) % all === 0 && (10_000 * (all - errors)) % all !== 0)
      throw new VariantError('the accuracy lands halfway between two hundredths')
    return three(rng, {
      stem: `You keyed ${records} forms of ${fields} fields each for ${client(rng)}; the check found ${errors} wrong fields. The client’s contract measures field accuracy. What is it?`,
      key: pct(100 - (100 * errors) / all),
      wrong: [
        [pct(100 - (100 * errors) / records), 'divided the errors by forms, not fields'],
        [pct(100 - (1000 * errors) / all), 'slipped a decimal place in the error rate'],
        [pct((100 * errors) / all), 'gave the error rate as the accuracy'],
        [pct(100 - errors), 'took the error count as a percentage'],
      ],
      facts: { all, errors },
    })
  }),
  family('hash-total-catches-wrong-account', (rng) =>
    three(rng, {
      stem: `${Client(rng)} checks each keyed batch of payments with a control total of the amounts and a hash total of the account numbers. Which slip does only the hash total catch?`,
      key: 'A payment keyed to the wrong account number',
      wrong: [
        [
          'A payment amount keyed with two digits swapped',
          'credited the hash total with an amount check',
        ],
        [
          'A payment form keyed twice in the batch',
          'thought the control total misses a doubled form',
        ],
        ['A payment form left out of the batch', 'thought the control total misses a lost form'],
        [
          'A payment amount keyed ten times too high',
          'thought the control total misses a slid decimal',
        ],
      ],
    }),
  ),
  family('double-entry-verification-mismatch', (rng) =>
    three(rng, {
      stem: `${Client(rng)} has every survey form keyed twice by different people and compared. For one form the two keyings of a postcode differ. What goes into the file?`,
      key: 'The postcode on the paper form, looked up again',
      wrong: [
        ['The postcode the first keyer typed', 'trusted the first keying'],
        ['The postcode of the nearest matching address on file', 'took a near match for the value'],
        ['The postcode that passes the format check', 'took a valid format for the right value'],
        ['The postcode the second keyer typed', 'trusted the verifying keying'],
      ],
    }),
  ),
  family('count-agrees-total-differs', (rng) => {
    const n = rng.int(40, 90)
    return three(rng, {
      stem: `Your keyed batch for ${client(rng)} has ${n} invoices, the same count as the batch header, but the total differs from the control total. What do you check first?`,
      key: 'Each keyed amount against its paper invoice',
      wrong: [
        [
          'Whether an invoice is missing from the batch',
          'looked for a missing form the count rules out',
        ],
        ['Whether the header total is wrong', 'blamed the source before the keying'],
        ['Whether an invoice was keyed twice', 'looked for a doubled form the count rules out'],
        ['The count of keyed invoices again', 'rechecked the figure that already agrees'],
      ],
    })
  }),
  family('keystrokes-per-hour', (rng) => {
    const minutes = rng.pick([15, 20, 30, 40, 45])
    const strokes = rng.int(20, 90) * 100 * (minutes / 5)
    const n = (x: number) => Math.round(x).toLocaleString('en-GB')
    return three(rng, {
      stem: `A test for ${client(rng)} logged ${n(strokes)} keystrokes in ${minutes} minutes. The client quotes speed in keystrokes per hour (KPH). What is yours?`,
      key: n((strokes * 60) / minutes),
      wrong: [
        [n((strokes * minutes) / 60), 'scaled by the minutes the wrong way'],
        [n(strokes / (minutes / 100)), 'read the minutes as hundredths of an hour'],
        [n(strokes / minutes), 'gave keystrokes per minute'],
        [n(strokes * 60), 'multiplied by 60 without dividing by the minutes'],
        [n(strokes / (60 * minutes)), 'gave keystrokes per second'],
      ],
      facts: { strokes, minutes },
    })
  }),
]
