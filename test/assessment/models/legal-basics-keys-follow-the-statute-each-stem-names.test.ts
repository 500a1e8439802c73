import { expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { LEGAL_FAMILIES } from '../../../src/assessment/models/legal/legal-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** The stem, the key and each one-mistake reading of a family's first frame. */
function readings(id: string): { stem: string; key: string; wrong: Map<string, string> } {
  const family = LEGAL_FAMILIES.find((f) => f.id === id)
  if (!family) throw new Error(`no legal family ${id}`)
  const parts = parseFrame(resolveWords(family.frames[0]!, (choices) => choices[0]!))
  const wrong = new Map<string, string>()
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.set(render(parts, new Map([[i, j]])), w.mistake)
    })
  })
  return { stem: family.stem ?? '', key: render(parts), wrong }
}

/** The instruments the stems may name; a key is only as good as the text it is read from. */
const NAMED_LAW =
  /Directive \(20\d\d\/\d+\/E[CU]\)|GDPR|Regulation \(910\/2014\)|U\.S\.C\.|Act 1982|Act 1988|Act 1998/

describeEngineIndependent('every legal basics family', () => {
  it('names the law and jurisdiction it is keyed to, with three or more named mistakes', () => {
    expect(LEGAL_FAMILIES.length).toBeGreaterThanOrEqual(90)
    const ids = LEGAL_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const family of LEGAL_FAMILIES) {
      expect(family.stem ?? '', family.id).toMatch(NAMED_LAW)
      expect(family.stem ?? '', family.id).not.toMatch(/[⟨⟩⟦⟧]/)
      const { key, wrong } = readings(family.id)
      expect(wrong.size, family.id).toBeGreaterThanOrEqual(3)
      expect([...wrong.keys()], family.id).not.toContain(key)
      for (const mistake of wrong.values())
        expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
    }
  })
})

describeEngineIndependent('legal basics keys that follow from a figure in the text', () => {
  it('statutory interest is the reference rate plus 8 points (Directive 2011/7/EU, Art. 2(6))', () => {
    const { stem, key, wrong } = readings('statutory-rate-computed')
    const reference = 2.15
    expect(stem).toContain(`${reference} %`)
    expect(key).toBe(`${(reference + 8).toFixed(2)} %`)
    // The repealed Directive 2000/35/EC added 7 points: its figure is a distractor, not the key.
    expect([...wrong.keys()]).toContain(`${(reference + 7).toFixed(2)} %`)
  })

  it('a reverse-charge invoice is due by the 15th of the month after the supply (Art. 222)', () => {
    const { stem, key } = readings('reverse-charge-invoice-deadline')
    const supplied = new Date(Date.UTC(2026, 2, 10))
    expect(stem).toContain('10 March')
    const due = new Date(Date.UTC(supplied.getUTCFullYear(), supplied.getUTCMonth() + 1, 15))
    expect(key).toBe(
      due.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    )
  })

  it('the UK fixed sum follows the debt band of section 5A', () => {
    const band = (debt: number) => (debt < 1000 ? 40 : debt < 10_000 ? 70 : 100)
    const { stem, key, wrong } = readings('uk-late-payment-fixed-sum')
    expect(stem).toContain('£5,000')
    expect(key).toBe(`£${band(5000)}`)
    expect([...wrong.keys()]).toEqual(expect.arrayContaining([`£${band(999)}`, `£${band(10_000)}`]))
  })

  it('the EU fixed compensation and the public-authority periods are the Directive’s figures', () => {
    expect(readings('fixed-compensation-amount').key).toBe('At least EUR 40')
    expect(readings('public-authority-period').key).toBe('30 days')
    expect(readings('public-authority-extension-cap').key).toBe('60 calendar days')
    expect(readings('breach-notify-authority').key).toContain('72 hours')
  })
})
