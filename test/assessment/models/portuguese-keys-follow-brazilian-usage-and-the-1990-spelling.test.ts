import { expect, it } from 'vitest'
import { createRng } from '../../../src/assessment/index.js'
import {
  choiceCount,
  choose,
  translationOptions,
} from '../../../src/assessment/models/translation/translation-model.js'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/**
 * Spellings the 1990 Orthographic Agreement abolished in Brazil: the trema, the acute of the
 * open diphthongs éi and ói in paroxytones, the circumflex of -ôo and of -êem, the accent of
 * "pára", and the hyphen or its absence it changed after prefixes.
 */
const PRE_1990 =
  /ü|\b\p{L}*(?:éia|óia|óic)\p{L}*\b|\b\p{L}*ôo\p{L}*\b|\b(?:l|v|cr|d)êem\b|\bpára\b|\bauto-estima\b|\bmicroondas\b/iu
/** European Portuguese words and the "estar a" progressive, which a Brazilian reader marks. */
const EUROPEAN =
  /\b(?:facto|receção|palavra-passe|ecrã|telemóvel|autocarro|comboio|equipa)\b|\b(?:estou|está|estamos|estão) a \p{L}+r\b/iu
/** A decimal point, or a comma grouping thousands: the English separators. */
const ENGLISH_SEPARATOR = /\d\.\d{1,2}(?!\d)|\d,\d{3}(?!\d)/
/** A month, weekday or language name capitalised inside a sentence. */
const CAPITALISED_NAME =
  /(?<![.?!:]\s|^)\b(?:Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|Dezembro|Segunda|Terça|Quarta|Quinta|Sexta|Sábado|Domingo|Inglês|Alemão|Português|Brasileiros?)\b/u
/** Draws of each family's free variation, enough to meet most combinations. */
const DRAWS = 40

const options = () => {
  const rng = createRng(1990)
  const all: { family: string; key: string; wrong: { value: string; mistake: string }[] }[] = []
  for (const family of TRANSLATION_FAMILIES['en-pt']!) {
    for (let k = 0; k < choiceCount(family); k++) {
      for (let d = 0; d < DRAWS; d++) {
        const { key, wrong } = translationOptions(choose(family.frame, k), (c) => rng.pick(c))
        all.push({
          family: family.id,
          key: key.value,
          wrong: wrong.map((w) => ({ value: w.value, mistake: w.mistake ?? '' })),
        })
      }
    }
  }
  return all
}

describeEngineIndependent('English → Portuguese (Brazil) keys', () => {
  const drawn = options()

  it('spell every word as the 1990 Agreement does, and each spelling distractor breaks it', () => {
    expect(drawn.filter((o) => PRE_1990.test(o.key)).map((o) => `${o.family}: ${o.key}`)).toEqual(
      [],
    )
    const agreementDistractors = drawn.flatMap((o) =>
      o.wrong
        .filter((w) => /1990 Agreement/.test(w.mistake))
        .map((w) => ({ ...w, family: o.family })),
    )
    expect(agreementDistractors.length).toBeGreaterThan(DRAWS * 6)
    expect(
      agreementDistractors.filter((w) => !PRE_1990.test(w.value)).map((w) => w.family),
    ).toEqual([])
  })

  it('use Brazilian forms, decimal commas and lower-case months, days and languages', () => {
    const faults = drawn.flatMap((o) => [
      ...(EUROPEAN.test(o.key) ? [`${o.family}: European form in ${o.key}`] : []),
      ...(ENGLISH_SEPARATOR.test(o.key) ? [`${o.family}: English separator in ${o.key}`] : []),
      ...(CAPITALISED_NAME.test(o.key) ? [`${o.family}: capital in ${o.key}`] : []),
    ])
    expect([...new Set(faults)]).toEqual([])
  })

  it('are told apart from distractors that break the same convention', () => {
    const misses = drawn.flatMap((o) =>
      o.wrong.flatMap((w) => {
        const detected =
          (/^format: (?:decimal point|English separators|comma as thousands)/.test(w.mistake) &&
            ENGLISH_SEPARATOR.test(w.value)) ||
          (/^capitalisation: (?:month|weekday|language|nationality)/.test(w.mistake) &&
            CAPITALISED_NAME.test(w.value)) ||
          (/European/.test(w.mistake) && EUROPEAN.test(w.value))
        const claimed =
          /^format: (?:decimal point|English separators)|^capitalisation: (?:month|weekday|language|nationality)|European/.test(
            w.mistake,
          )
        return claimed && !detected ? [`${o.family}: ${w.value} (${w.mistake})`] : []
      }),
    )
    expect([...new Set(misses)]).toEqual([])
  })
})
