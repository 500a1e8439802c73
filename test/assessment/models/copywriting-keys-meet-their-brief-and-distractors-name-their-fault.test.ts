import { expect, it } from 'vitest'
import { COPYWRITING_FAMILIES } from '../../../src/assessment/models/copywriting/copywriting-models.js'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** The key and each one-mistake reading of a family's first frame. */
function readings(id: string): { key: string; wrong: Map<string, string> } {
  const family = COPYWRITING_FAMILIES.find((f) => f.id === id)!
  const parts = parseFrame(resolveWords(family.frames[0]!, (choices) => choices[0]!))
  const wrong = new Map<string, string>()
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.set(render(parts, new Map([[i, j]])), w.mistake)
    })
  })
  return { key: render(parts), wrong }
}

/** An SMS payload is 140 bytes; a long message's parts each lose 6 bytes to the header. */
const PAYLOAD_BYTES = 140
const CONCATENATION_HEADER_BYTES = 6
const gsmChars = (bytes: number) => Math.floor((bytes * 8) / 7)
const ucs2Chars = (bytes: number) => Math.floor(bytes / 2)

describeEngineIndependent('every copywriting family', () => {
  it('has three or more wrong versions, each naming its fault in several words', () => {
    expect(COPYWRITING_FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(new Set(COPYWRITING_FAMILIES.map((f) => f.id)).size).toBe(COPYWRITING_FAMILIES.length)
    for (const family of COPYWRITING_FAMILIES) {
      const { wrong } = readings(family.id)
      expect(wrong.size, family.id).toBeGreaterThanOrEqual(3)
      for (const mistake of wrong.values())
        expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('SMS keys follow from a 140-byte payload and its 6-byte concatenation header', () => {
    expect(gsmChars(PAYLOAD_BYTES)).toBe(160)
    expect(gsmChars(PAYLOAD_BYTES - CONCATENATION_HEADER_BYTES)).toBe(153)
    const unicode = readings('sms-unicode-limit')
    expect(unicode.key).toBe(String(ucs2Chars(PAYLOAD_BYTES)))
    expect([...unicode.wrong.keys()].map(Number)).toContain(gsmChars(PAYLOAD_BYTES))

    const length = 310
    const segments = readings('sms-gsm-segments')
    const perPart = gsmChars(PAYLOAD_BYTES - CONCATENATION_HEADER_BYTES)
    expect(segments.key).toBe(`${Math.ceil(length / perPart)} segments`)
    expect([...segments.wrong.keys()]).toContain(
      `${Math.ceil(length / gsmChars(PAYLOAD_BYTES))} segments`,
    )
  })

  it('the change from 2 % to 3 % is keyed as 1 point and 50 % relative; 33 % divides by the new rate', () => {
    const { key, wrong } = readings('relative-versus-absolute-change')
    const [before, after] = [2, 3]
    expect(key).toBe(
      `Up ${after - before} percentage point, a ${((after - before) / before) * 100} % relative increase`,
    )
    expect([...wrong.keys()]).toContain(`Up ${Math.round(((after - before) / after) * 100)} %`)
  })

  it('the German price key is what Intl formats for de-DE, and no distractor is', () => {
    const { key, wrong } = readings('german-price-format')
    const german = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' })
      .format(1000.5)
      .replace(/\s/g, ' ')
    expect(key).toBe(german)
    for (const option of wrong.keys()) expect(option).not.toBe(german)
  })

  it('the unambiguous date key spells the month out; every distractor is all digits', () => {
    const { key, wrong } = readings('unambiguous-dates')
    expect(key).toMatch(/^Ends \d{1,2} [A-Z][a-z]+ \d{4}$/)
    for (const option of wrong.keys()) expect(option).toMatch(/^Ends [\d/]+$/)
  })
})
