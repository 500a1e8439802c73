import type { ItemModel } from '../../item-model.js'
import { code, multipleAnswer, VariantError } from '../assemble-variant.js'
import { scriptedModel } from './scripted-model.js'

const hex2 = (n: number) => n.toString(16).padStart(2, '0')

/** Hex and rgb() colour notations. */
export const colorNotationModel = scriptedModel({
  id: 'design-color-notation',
  title: 'Colour notation: hex and RGB',
  build: (rng) => {
    const [r, g, b] = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]
    const hex = `#${hex2(r)}${hex2(g)}${hex2(b)}`
    if (rng.next() < 0.5) {
      const rgb = (h: string) =>
        `const h = '${h}'\nconsole.log('rgb(' + [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ') + ')')`
      return {
        stem: `Which \`rgb()\` value is the colour \`${hex}\`?`,
        source: rgb(hex),
        mistakes: [
          rgb(`#${hex2(b)}${hex2(g)}${hex2(r)}`),
          `const h = '${hex}'\nconsole.log('rgb(' + [1, 3, 5].map((i) => parseInt(h[i + 1] + h[i], 16)).join(', ') + ')')`,
          `const h = '${hex}'\nconsole.log('rgb(' + [1, 3, 5].map((i) => Math.round(parseInt(h.slice(i, i + 2), 16) / 2.55)).join(', ') + ')')`,
        ],
        display: 'code',
      }
    }
    const toHex = (x: number, y: number, z: number) =>
      `console.log('#' + [${x}, ${y}, ${z}].map((v) => v.toString(16).padStart(2, '0')).join(''))`
    return {
      stem: `Which hex colour is \`rgb(${r}, ${g}, ${b})\`?`,
      source: toHex(r, g, b),
      mistakes: [
        toHex(b, g, r),
        `console.log('#' + [${r}, ${g}, ${b}].map((v) => v.toString(16).padStart(2, '0').split('').reverse().join('')).join(''))`,
        `console.log('#' + [${r}, ${g}, ${b}].map((v) => v.toString(16)).join('').padEnd(6, '0'))`,
        toHex(g, r, b),
      ],
      display: 'code',
    }
  },
})

// WCAG 2.x relative luminance and contrast ratio.
const CONTRAST = `
const lin = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4 }
const lum = (h) => { const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(h.slice(i, i + 2), 16))); return 0.2126 * r + 0.7152 * g + 0.0722 * b }
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05) }`

/** WCAG 2 contrast: which text and background pairs reach 4.5:1 (AA, normal text). */
export const contrastModel: ItemModel = {
  id: 'design-wcag-contrast',
  title: 'Accessibility: WCAG colour contrast',
  engine: 'intl',
  kind: 'multiple',
  async generate(rng, engines) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const grey = () => {
        const v = hex2(rng.int(0, 255))
        return rng.next() < 0.5
          ? `#${v}${v}${v}`
          : `#${hex2(rng.int(0, 255))}${hex2(rng.int(0, 255))}${hex2(rng.int(0, 255))}`
      }
      const pairs = Array.from(
        { length: 4 },
        () => `${grey()} on ${rng.pick(['#ffffff', '#000000', '#f5f5f5', '#1a1a1a', grey()])}`,
      )
      if (new Set(pairs).size < 4) continue
      const source = `${CONTRAST}\nconst pairs = ${JSON.stringify(pairs)}\nconsole.log(JSON.stringify(pairs.filter((p) => { const [fg, bg] = p.split(' on '); return ratio(fg, bg) >= 4.5 }).sort()))`
      const passing = JSON.parse(engines.javascript.run(source)) as string[]
      if (passing.length === 0 || passing.length === pairs.length) continue
      return multipleAnswer({
        modelId: this.id,
        stem: 'Which text colour on background colour pairs meet WCAG 2 level AA contrast for normal-size text (at least 4.5:1)? Select all that apply.',
        task: { kind: 'intl', source },
        options: pairs.map((p) => ({
          value: p,
          markdown: p
            .split(' on ')
            .map((c) => code(c))
            .join(' on '),
          correct: passing.includes(p),
        })),
        rng,
      })
    }
    throw new VariantError(`${this.id}: no mixed set of colour pairs found`)
  },
}

/** Video timecode (non-drop-frame) and frame counts. */
export const timecodeModel = scriptedModel({
  id: 'design-video-timecode',
  title: 'Video: timecode and frame rates',
  build: (rng) => {
    const fps = rng.pick([24, 25, 30, 50, 60])
    const frames = rng.int(fps * 5, fps * 3_600)
    const tc = (f: number, rate: number) =>
      `const f = ${f}, r = ${rate}\nconst pad = (n) => String(n).padStart(2, '0')\nconsole.log([Math.floor(f / (r * 3600)), Math.floor(f / (r * 60)) % 60, Math.floor(f / r) % 60, f % r].map(pad).join(':'))`
    const others = [24, 25, 30, 50, 60].filter((r) => r !== fps)
    return {
      stem: `A clip is ${frames.toLocaleString('en-US')} frames long at ${fps} frames per second. What is its duration as non-drop-frame timecode (HH:MM:SS:FF)?`,
      source: tc(frames, fps),
      mistakes: [
        ...rng
          .shuffle(others)
          .slice(0, 2)
          .map((r) => tc(frames, r)),
        tc(frames + fps, fps),
        tc(frames - 1, fps),
      ],
      display: 'code',
    }
  },
})
