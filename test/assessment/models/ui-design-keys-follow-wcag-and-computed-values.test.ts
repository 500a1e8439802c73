import { expect, it } from 'vitest'
import { UI_DESIGN_FAMILIES } from '../../../src/assessment/models/design/ui-design-models.js'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** The key and each one-mistake reading of every frame of a family. */
function readings(id: string): { key: string; wrong: Map<string, string> } {
  const family = UI_DESIGN_FAMILIES.find((f) => f.id === id)!
  const parts = parseFrame(resolveWords(family.frames[0]!, (choices) => choices[0]!))
  const wrong = new Map<string, string>()
  editPoints(parts).forEach((p, i) => {
    p.wrong.forEach((w, j) => {
      wrong.set(render(parts, new Map([[i, j]])), w.mistake)
    })
  })
  return { key: render(parts), wrong }
}

/** WCAG 2.x relative luminance and contrast ratio, from the definitions in the standard. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** WCAG 2.2 success criteria the options name, with their titles (from the W3C recommendation). */
const CRITERIA: Readonly<Record<string, string>> = {
  '1.3.5': 'Identify Input Purpose',
  '1.4.1': 'Use of Color',
  '1.4.3': 'Contrast (Minimum)',
  '1.4.10': 'Reflow',
  '1.4.13': 'Content on Hover or Focus',
  '2.1.1': 'Keyboard',
  '2.4.7': 'Focus Visible',
  '2.4.11': 'Focus Not Obscured (Minimum)',
  '2.5.8': 'Target Size (Minimum)',
  '3.2.3': 'Consistent Navigation',
  '3.2.6': 'Consistent Help',
  '3.3.7': 'Redundant Entry',
  '3.3.8': 'Accessible Authentication (Minimum)',
}

describeEngineIndependent('every UI design family', () => {
  it('has three or more wrong answers, each naming its error in several words', () => {
    expect(UI_DESIGN_FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(new Set(UI_DESIGN_FAMILIES.map((f) => f.id)).size).toBe(UI_DESIGN_FAMILIES.length)
    for (const family of UI_DESIGN_FAMILIES) {
      const { wrong } = readings(family.id)
      expect(wrong.size, family.id).toBeGreaterThanOrEqual(3)
      for (const mistake of wrong.values())
        expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
    }
  })

  it.each([
    ['grey-text-on-white', 4.5],
    ['large-label-colour', 3],
  ] as const)(
    '%s: the key meets %d:1 on white, no distractor does, and each stated ratio is right',
    (id, minimum) => {
      const { key, wrong } = readings(id)
      expect(contrast(key, '#FFFFFF')).toBeGreaterThanOrEqual(minimum)
      for (const [colour, mistake] of wrong) {
        const ratio = contrast(colour, '#FFFFFF')
        expect(ratio, colour).toBeLessThan(minimum)
        const stated = /(\d+\.\d+):1/.exec(mistake)?.[1]
        if (stated) expect(ratio.toFixed(2), `${colour}: ${mistake}`).toBe(stated)
      }
    },
  )

  it('the modular scale key is 16 × 1.25², and each distractor is its named miscalculation', () => {
    const { key, wrong } = readings('modular-type-scale')
    const px = (n: number) => `${n} px`
    expect(key).toBe(px(16 * 1.25 ** 2))
    expect([...wrong.keys()].sort()).toEqual(
      [px(16 * 1.25), px(16 + 2 * 16 * 0.25), px(16 * 2)].sort(),
    )
  })

  it('the 8-point key is all multiples of 8; every distractor leaves the grid', () => {
    const { key, wrong } = readings('eight-point-spacing')
    const values = (t: string) => t.split(', ').map(Number)
    expect(values(key).every((v) => v % 8 === 0)).toBe(true)
    for (const option of wrong.keys()) expect(values(option).every((v) => v % 8 === 0)).toBe(false)
  })

  it('every WCAG criterion an option names is a real WCAG 2.2 criterion with that title', () => {
    let named = 0
    for (const family of UI_DESIGN_FAMILIES) {
      const { key, wrong } = readings(family.id)
      for (const option of [key, ...wrong.keys()]) {
        const m = /^(\d\.\d\.\d+) (.+)$/.exec(option)
        if (!m) continue
        named++
        expect(CRITERIA[m[1]!], option).toBe(m[2])
      }
    }
    expect(named).toBeGreaterThanOrEqual(16)
  })
})
