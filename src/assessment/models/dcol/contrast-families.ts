import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  cap,
  client,
  contrast,
  dp,
  drawRgb,
  family,
  grey,
  hex,
  lin,
  lum,
  lumEncoded,
  type Rgb,
  ratioText,
  refuse,
} from './dcol-text.js'

// Contrast and accessibility by WCAG 2.x: relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B
// over channels decoded by the sRGB transfer function (c ≤ 0.04045: c ÷ 12.92, else
// ((c + 0.055) ÷ 1.055)^2.4), and the contrast ratio (L1 + 0.05) ÷ (L2 + 0.05), lighter over
// darker. AA asks 4.5:1 for body text, 3:1 for large text and for user-interface components and
// focus indicators (SC 1.4.11); AAA asks 7:1 for body text. Each stem states the formula and the
// threshold. Translucent layers are composited per channel on the encoded values, as browsers
// do. The slips: the 0.05 offsets left out, the weights put on encoded values, the wrong pair of
// colours compared, the large-text threshold for body text, an opacity applied to luminance.

const RULE =
  'By WCAG 2.x, each channel c = value ÷ 255 is decoded (c ≤ 0.04045: c ÷ 12.92, else ((c + 0.055) ÷ 1.055)^2.4), L = 0.2126 R + 0.7152 G + 0.0722 B, and the ratio is (L1 + 0.05) ÷ (L2 + 0.05), lighter over darker'
const noOffsets = (a: number, b: number) => Math.max(a, b) / Math.min(a, b)
const linMean = (c: Rgb) => (lin(c[0]) + lin(c[1]) + lin(c[2])) / 3
const luma601 = (c: Rgb) => 0.299 * lin(c[0]) + 0.587 * lin(c[1]) + 0.114 * lin(c[2])
const OFF_WHITES = [255, 250, 248, 245, 242] as const
const DARKS = [18, 24, 30, 33, 40] as const
/** Refuses a ratio a designer would not write (an infinite or absurd one from a zero luminance). */
const sane = (id: string, x: number) =>
  Number.isFinite(x) && x < 1000 ? x : refuse(id, 'no ratio')

/** The lightest grey level that reaches `t` against `bgL` by the luminance rule `L`. */
function lightestGrey(bgL: number, t: number, L: (v: number) => number, ratio = contrast): number {
  let best = -1
  for (let v = 0; v <= 255; v++) if (L(v) < bgL && ratio(L(v), bgL) >= t) best = v
  return best
}
/** The darkest grey level that reaches `t` against a darker `bgL`. */
function darkestGrey(bgL: number, t: number, L: (v: number) => number, ratio = contrast): number {
  for (let v = 0; v <= 255; v++) if (L(v) > bgL && ratio(L(v), bgL) >= t) return v
  return -1
}
const Lg = (v: number) => lum(grey(v))
const LgEnc = (v: number) => v / 255
const hexGrey = (id: string, v: number) => (v < 0 ? refuse(id, 'no grey passes') : hex(grey(v)))
/**
 * The smallest whole percent from 1 to 100 for which `ok` holds; `ok` gets the percent itself, so
 * a composite rounds an exact integer ratio and a half rounds up however floats fall.
 */
function leastPercent(ok: (p: number) => boolean): number {
  for (let p = 1; p <= 100; p++) if (ok(p)) return p
  return -1
}
const percent = (id: string, p: number) => (p < 0 ? refuse(id, 'never passes') : `${p}%`)

/**
 * The key and named mistakes of a "least whole-percent opacity for AA body text" item: `shown`
 * is the composited encoded grey at an opacity, `onLuminance` the luminance a designer gets by
 * applying the opacity to the surface's luminance instead of its encoded channel.
 */
function leastOpacityAnswers(
  id: string,
  bg: number,
  shown: (p: number) => number,
  onLuminance: (p: number) => number,
) {
  const bgL = Lg(bg)
  const least = (ratio: (p: number) => number, threshold: number) =>
    leastPercent((p) => ratio(p) >= threshold)
  const composited = (p: number) => contrast(Lg(shown(p)), bgL)
  return {
    key: percent(id, least(composited, 4.5)),
    wrong: [
      [
        percent(
          id,
          least((p) => contrast(onLuminance(p), bgL), 4.5),
        ),
        'applies the opacity to the luminance',
      ],
      [percent(id, least(composited, 3)), 'uses the 3:1 large-text threshold'],
      [
        percent(
          id,
          least((p) => contrast(shown(p) / 255, bg / 255), 4.5),
        ),
        'takes the encoded value as the luminance',
      ],
      [
        percent(
          id,
          least((p) => noOffsets(Lg(shown(p)), bgL), 4.5),
        ),
        'leaves out the 0.05 offsets',
      ],
      [percent(id, least(composited, 7)), 'uses the 7:1 AAA threshold'],
      [
        percent(id, 100 - least(composited, 4.5)),
        'gives the transparency that is left, not the opacity',
      ],
    ] as [string, string][],
  }
}

export const CONTRAST_FAMILIES: readonly ScenarioFamily[] = [
  family('dcol-brand-text-on-tinted-card', (rng) => {
    const id = 'dcol-brand-text-on-tinted-card'
    const text = drawRgb(rng, 10, 110)
    const card = drawRgb(rng, 200, 250)
    const [a, b] = [lum(text), lum(card)]
    return {
      stem: `${cap(client(rng))} wants body text in its brand colour ${hex(text)} on a tinted card ${hex(card)}. ${RULE}. What is the pair’s contrast ratio, to two decimal places?`,
      key: ratioText(contrast(a, b)),
      wrong: [
        [ratioText(sane(id, noOffsets(a, b))), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(lumEncoded(text), lumEncoded(card))),
          'weights the encoded values without decoding them',
        ],
        [
          ratioText(contrast(linMean(text), linMean(card))),
          'averages the decoded channels without the weights',
        ],
        [
          ratioText(contrast(luma601(text), luma601(card))),
          'uses the video luma weights 0.299, 0.587 and 0.114',
        ],
      ],
      figures: { text: hex(text), card: hex(card) },
    }
  }),
  family('dcol-relative-luminance-of-brand-colour', (rng) => {
    const c = drawRgb(rng, 30, 230)
    const lin1292 = (v: number) => v / 255 / 12.92
    return {
      stem: `A design-system page lists each brand colour’s relative luminance. By WCAG 2.x (each channel c = value ÷ 255 decoded: c ≤ 0.04045 gives c ÷ 12.92, else ((c + 0.055) ÷ 1.055)^2.4; L = 0.2126 R + 0.7152 G + 0.0722 B), what is L for ${hex(c)}, to four decimal places?`,
      key: dp(lum(c), 4),
      wrong: [
        [dp(lumEncoded(c), 4), 'weights the encoded values without decoding them'],
        [dp(linMean(c), 4), 'averages the decoded channels without the weights'],
        [
          dp((0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255, 4),
          'gives the video luma of the encoded values',
        ],
        [
          dp(0.2126 * lin1292(c[0]) + 0.7152 * lin1292(c[1]) + 0.0722 * lin1292(c[2]), 4),
          'applies the near-black linear segment, c ÷ 12.92, to every value',
        ],
        [
          dp(
            0.2126 * (c[0] / 255) ** 2.4 +
              0.7152 * (c[1] / 255) ** 2.4 +
              0.0722 * (c[2] / 255) ** 2.4,
            4,
          ),
          'raises to 2.4 without the 0.055 offset and 1.055 scale',
        ],
        [
          dp(
            0.2126 * (c[0] / 255) ** 2 + 0.7152 * (c[1] / 255) ** 2 + 0.0722 * (c[2] / 255) ** 2,
            4,
          ),
          'squares each channel, a gamma-2 rule of thumb',
        ],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-white-label-on-button', (rng) => {
    const id = 'dcol-white-label-on-button'
    const c = drawRgb(rng, 20, 150)
    const L = lum(c)
    return {
      stem: `A primary button is ${hex(c)} with a white (#FFFFFF, L = 1) label. ${RULE}. What contrast ratio does the label have, to two decimal places?`,
      key: ratioText(contrast(1, L)),
      wrong: [
        [ratioText(sane(id, 1 / L)), 'leaves out the 0.05 offsets'],
        [ratioText(sane(id, 1.05 / L)), 'adds 0.05 to the lighter colour only'],
        [ratioText(1 / (L + 0.05)), 'adds 0.05 to the darker colour only'],
        [ratioText(contrast(1, lumEncoded(c))), 'weights the encoded values without decoding them'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-lightest-grey-for-text-on-light-page', (rng) => {
    const id = 'dcol-lightest-grey-for-text-on-light-page'
    const bg = rng.pick(OFF_WHITES)
    const bgL = Lg(bg)
    return {
      stem: `A client wants its secondary body text as light a grey as AA allows (4.5:1 for body text) on its page colour ${hex(grey(bg))}. ${RULE}. Which grey is the lightest that passes?`,
      key: hexGrey(id, lightestGrey(bgL, 4.5, Lg)),
      wrong: [
        [hexGrey(id, lightestGrey(bgL, 3, Lg)), 'uses the 3:1 large-text threshold'],
        [hexGrey(id, lightestGrey(bgL, 7, Lg)), 'uses the 7:1 AAA threshold'],
        [
          hexGrey(id, lightestGrey(bg / 255, 4.5, LgEnc)),
          'takes the encoded value as the luminance',
        ],
        [hexGrey(id, lightestGrey(bgL, 4.5, Lg, noOffsets)), 'leaves out the 0.05 offsets'],
      ],
      figures: { bg },
    }
  }),
  family('dcol-darkest-grey-for-text-on-dark-surface', (rng) => {
    const id = 'dcol-darkest-grey-for-text-on-dark-surface'
    const bg = rng.pick(DARKS)
    const bgL = Lg(bg)
    return {
      stem: `In a dark theme the surface is ${hex(grey(bg))}. Muted body text must still meet AA (4.5:1 for body text). ${RULE}. Which grey is the darkest that passes?`,
      key: hexGrey(id, darkestGrey(bgL, 4.5, Lg)),
      wrong: [
        [hexGrey(id, darkestGrey(bgL, 3, Lg)), 'uses the 3:1 large-text threshold'],
        [hexGrey(id, darkestGrey(bgL, 7, Lg)), 'uses the 7:1 AAA threshold'],
        [
          hexGrey(id, darkestGrey(bg / 255, 4.5, LgEnc)),
          'takes the encoded value as the luminance',
        ],
        [
          hexGrey(
            id,
            darkestGrey(bgL, 4.5, Lg, (a, b) => sane(id, noOffsets(a, b))),
          ),
          'leaves out the 0.05 offsets',
        ],
      ],
      figures: { bg },
    }
  }),
  family('dcol-least-opacity-of-black-text', (rng) => {
    const id = 'dcol-least-opacity-of-black-text'
    const bg = rng.pick(OFF_WHITES)
    const bgL = Lg(bg)
    const shown = (p: number) => Math.round((bg * (100 - p)) / 100)
    return {
      stem: `A design system sets body text as black at an opacity over the page ${hex(grey(bg))}; the browser composites each encoded channel as page × (1 − opacity), rounded. ${RULE}. What is the least whole-percent opacity that meets AA’s 4.5:1 for body text?`,
      ...leastOpacityAnswers(id, bg, shown, (a) => (bgL * (100 - a)) / 100),
      figures: { bg },
    }
  }),
  family('dcol-lightest-background-under-light-text', (rng) => {
    const id = 'dcol-lightest-background-under-light-text'
    const t = drawRgb(rng, 215, 255)
    // The stem shows the luminance to four places, and the key works from what it shows.
    const L = Number(dp(lum(t), 4))
    const bound = (x: number) => (x > 0 ? dp(x, 4) : refuse(id, 'no luminance'))
    return {
      stem: `Body text in the client’s light colour ${hex(t)} (L = ${dp(L, 4)}) goes on background photos. For AA (4.5:1 for body text) with contrast (L1 + 0.05) ÷ (L2 + 0.05), what is the highest background luminance allowed, to four decimal places?`,
      key: bound((L + 0.05) / 4.5 - 0.05),
      wrong: [
        [bound(L / 4.5), 'leaves out the 0.05 offsets'],
        [bound((L + 0.05) / 4.5), 'does not take the 0.05 back off'],
        [bound((L + 0.05) / 3 - 0.05), 'uses the 3:1 large-text threshold'],
        [bound(L / 4.5 - 0.05), 'drops the offset from the text’s luminance only'],
      ],
      figures: { t: hex(t), L: dp(L, 4) },
    }
  }),
  family('dcol-input-border-against-its-field', (rng) => {
    const id = 'dcol-input-border-against-its-field'
    const border = drawRgb(rng, 90, 170)
    const field = drawRgb(rng, 225, 250)
    const page = grey(rng.pick([255, 250, 245]))
    const [b, f, p] = [lum(border), lum(field), lum(page)]
    if (hex(field) === hex(page)) refuse(id, 'field equals page')
    return {
      stem: `A form field has a ${hex(field)} fill and a ${hex(border)} border, on a ${hex(page)} page. The client’s form checklist asks 3:1 (the SC 1.4.11 figure) between the border and the field’s own fill. ${RULE}. What ratio is that, to two decimal places?`,
      key: ratioText(contrast(b, f)),
      wrong: [
        [ratioText(contrast(b, p)), 'compares the border with the page, not the fill'],
        [ratioText(contrast(f, p)), 'compares the fill with the page'],
        [ratioText(noOffsets(b, f)), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(lumEncoded(border), lumEncoded(field))),
          'weights the encoded values without decoding them',
        ],
      ],
      figures: { border: hex(border), field: hex(field), page: hex(page) },
    }
  }),
  family('dcol-link-against-body-text', (rng) => {
    const body = grey(rng.int(20, 60))
    const link = drawRgb(rng, 40, 200)
    const _bg = grey(255)
    const [k, l, w] = [lum(body), lum(link), 1]
    if (l > 0.6) refuse('dcol-link-against-body-text', 'link too light')
    return {
      stem: `Links in ${client(rng)}’s articles are ${hex(link)}, without underline, in ${hex(body)} body text on white. Technique G183 asks 3:1 between the link and the body text. ${RULE}. What ratio is that, to two decimal places?`,
      key: ratioText(contrast(l, k)),
      wrong: [
        [ratioText(contrast(l, w)), 'compares the link with the white page'],
        [ratioText(contrast(k, w)), 'compares the body text with the page'],
        [ratioText(noOffsets(l, k)), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(lumEncoded(link), lumEncoded(body))),
          'weights the encoded values without decoding them',
        ],
      ],
      figures: { body: hex(body), link: hex(link) },
    }
  }),
  family('dcol-scrim-behind-white-text-on-photo', (rng) => {
    const id = 'dcol-scrim-behind-white-text-on-photo'
    const v = rng.int(150, 250)
    const shown = (p: number) => Math.round((v * (100 - p)) / 100)
    return {
      stem: `White headline text sits on a hero photo whose lightest area behind it is ${hex(grey(v))}. A black scrim at an opacity darkens each encoded channel to value × (1 − opacity), rounded. ${RULE}. What is the least whole-percent scrim opacity giving AA’s 4.5:1 for body text there?`,
      key: percent(
        id,
        leastPercent((a) => contrast(1, Lg(shown(a))) >= 4.5),
      ),
      wrong: [
        [
          percent(
            id,
            leastPercent((a) => contrast(1, (Lg(v) * (100 - a)) / 100) >= 4.5),
          ),
          'applies the opacity to the luminance',
        ],
        [
          percent(
            id,
            leastPercent((a) => contrast(1, Lg(shown(a))) >= 3),
          ),
          'uses the 3:1 large-text threshold',
        ],
        [
          percent(
            id,
            leastPercent((a) => contrast(1, shown(a) / 255) >= 4.5),
          ),
          'takes the encoded value as the luminance',
        ],
        [
          percent(
            id,
            leastPercent((a) => 1 / Lg(shown(a)) >= 4.5),
          ),
          'leaves out the 0.05 offsets',
        ],
        [
          percent(
            id,
            leastPercent((a) => contrast(1, Lg(shown(a))) >= 7),
          ),
          'uses the 7:1 AAA threshold',
        ],
        [
          percent(id, 100 - leastPercent((a) => contrast(1, Lg(shown(a))) >= 4.5)),
          'gives the transparency that is left, not the opacity',
        ],
      ],
      figures: { v },
    }
  }),
  family('dcol-text-on-elevated-dark-surface', (rng) => {
    const base = rng.pick(DARKS)
    const a = rng.pick([5, 7, 8, 9, 11, 12, 14, 15, 16])
    const text = drawRgb(rng, 120, 200)
    const surface = Math.round(base + ((255 - base) * a) / 100)
    const linear = lum(grey(base)) + (1 - lum(grey(base))) * (a / 100)
    const t = lum(text)
    return {
      stem: `In a dark theme an elevated card is the ${hex(grey(base))} surface with a white overlay at ${a} % opacity, composited per encoded channel as base + (255 − base) × opacity, rounded. Text on the card is ${hex(text)}. ${RULE}. What is the text’s contrast against the card, to two decimal places?`,
      key: ratioText(contrast(t, Lg(surface))),
      wrong: [
        [ratioText(contrast(t, Lg(base))), 'measures against the surface without the overlay'],
        [ratioText(contrast(t, linear)), 'composites the overlay in linear light'],
        [ratioText(noOffsets(t, Lg(surface))), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(lumEncoded(text), surface / 255)),
          'weights the encoded values without decoding them',
        ],
      ],
      figures: { base, a, text: hex(text) },
    }
  }),
  family('dcol-grey-scale-steps-passing-as-text', (rng) => {
    const first = rng.int(30, 70)
    const steps = Array.from({ length: 8 }, (_, i) => first + 20 * i)
    const count = (ok: (v: number) => boolean) => steps.filter(ok).length
    const n = (k: number) => `${k} of 8`
    return {
      stem: `A neutral scale has eight steps: ${steps.map((v) => hex(grey(v))).join(', ')}. ${RULE}. How many of them meet AA’s 4.5:1 as body text on white?`,
      key: n(count((v) => contrast(1, Lg(v)) >= 4.5)),
      wrong: [
        [n(count((v) => contrast(1, Lg(v)) >= 3)), 'counts against the 3:1 large-text threshold'],
        [n(count((v) => contrast(1, Lg(v)) >= 7)), 'counts against the 7:1 AAA threshold'],
        [n(count((v) => contrast(1, v / 255) >= 4.5)), 'takes the encoded value as the luminance'],
        [n(count((v) => contrast(Lg(v), 0) >= 4.5)), 'checks them against black, not white'],
      ],
      figures: { first },
    }
  }),
  family('dcol-focus-ring-weaker-side', (rng) => {
    const ring = drawRgb(rng, 40, 200)
    const fill = drawRgb(rng, 20, 120)
    const page = grey(rng.pick([255, 248, 242]))
    const [r, f, p] = [lum(ring), lum(fill), lum(page)]
    const vsFill = contrast(r, f)
    const vsPage = contrast(r, p)
    if (Math.abs(vsFill - vsPage) < 0.3) refuse('dcol-focus-ring-weaker-side', 'sides too close')
    return {
      stem: `A focus ring ${hex(ring)} sits right round a ${hex(fill)} button on a ${hex(page)} page, so it touches both. SC 1.4.11 is met if the ring reaches 3:1 against either neighbour, but the client’s design system asks 3:1 against both, so the weaker side decides. ${RULE}. What ratio decides, to two decimal places?`,
      key: ratioText(Math.min(vsFill, vsPage)),
      wrong: [
        [
          ratioText(Math.max(vsFill, vsPage)),
          'takes the stronger side, as SC 1.4.11 alone would allow',
        ],
        [ratioText(contrast(f, p)), 'compares the button with the page'],
        [ratioText(Math.min(noOffsets(r, f), noOffsets(r, p))), 'leaves out the 0.05 offsets'],
        [ratioText((vsFill + vsPage) / 2), 'averages the two sides'],
      ],
      figures: { ring: hex(ring), fill: hex(fill), page: hex(page) },
    }
  }),
  family('dcol-dark-text-on-gradient-worst-end', (rng) => {
    const lo = rng.int(120, 170)
    const hi = rng.int(200, 250)
    const text = drawRgb(rng, 0, 40)
    const t = lum(text)
    return {
      stem: `Dark text ${hex(text)} runs across a banner gradient from ${hex(grey(lo))} to ${hex(grey(hi))}. Its weakest contrast is where the background is darkest. ${RULE}. What is that ratio, to two decimal places?`,
      key: ratioText(contrast(t, Lg(lo))),
      wrong: [
        [ratioText(contrast(t, Lg(hi))), 'measures at the lightest end'],
        [
          ratioText(contrast(t, Lg(Math.round((lo + hi) / 2)))),
          'measures at the gradient’s middle',
        ],
        [
          ratioText((contrast(t, Lg(lo)) + contrast(t, Lg(hi))) / 2),
          'averages the ratios at the two ends',
        ],
        [ratioText(noOffsets(t, Lg(lo))), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(Lg(lo), Lg(hi))),
          'measures the gradient’s two ends against each other',
        ],
        [
          ratioText(contrast(lumEncoded(text), lo / 255)),
          'weights the encoded values without decoding them',
        ],
      ],
      figures: { lo, hi, text: hex(text) },
    }
  }),
  family('dcol-least-opacity-of-white-text-on-dark', (rng) => {
    const id = 'dcol-least-opacity-of-white-text-on-dark'
    const bg = rng.pick(DARKS)
    const bgL = Lg(bg)
    const shown = (p: number) => Math.round((bg * 100 + (255 - bg) * p) / 100)
    return {
      stem: `A dark-theme spec sets secondary text as white at an opacity over the ${hex(grey(bg))} surface, composited per encoded channel as surface + (255 − surface) × opacity, rounded. ${RULE}. What is the least whole-percent opacity that meets AA’s 4.5:1 for body text?`,
      ...leastOpacityAnswers(id, bg, shown, (a) => bgL + ((1 - bgL) * a) / 100),
      figures: { bg },
    }
  }),
  family('dcol-button-after-darkening-by-mix', (rng) => {
    const c = drawRgb(rng, 60, 200)
    const p = rng.pick([10, 15, 20, 25, 30, 35, 40])
    const mixed = c.map((v) => Math.round((v * (100 - p)) / 100)) as unknown as Rgb
    const L = lum(mixed)
    return {
      stem: `To pass with a white label, the brand colour ${hex(c)} is darkened for buttons by mixing ${p} % black into each encoded channel (value × (1 − ${p / 100}), rounded). ${RULE}. What contrast does the white label (L = 1) then have, to two decimal places?`,
      key: ratioText(contrast(1, L)),
      wrong: [
        [ratioText(contrast(1, lum(c))), 'measures the brand colour before darkening'],
        [ratioText(contrast(1, lum(c) * (1 - p / 100))), 'mixes the black into the luminance'],
        [ratioText(1 / L), 'leaves out the 0.05 offsets'],
        [
          ratioText(contrast(1, lumEncoded(mixed))),
          'weights the encoded values without decoding them',
        ],
      ],
      figures: { c: hex(c), p },
    }
  }),
]
