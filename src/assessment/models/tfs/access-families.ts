import {
  add,
  ceil,
  DP1,
  DP2,
  div,
  type Fraction,
  fixed,
  floor,
  frac,
  mul,
  plain,
  rest,
  sub,
  th,
  thf,
  worked,
} from './tfs-text.js'

// Legibility and accessibility as WCAG 2.x measures them. Each stem states the contrast formula
// (L1 + 0.05) / (L2 + 0.05) with relative luminances given, the large-text thresholds in CSS px
// (18pt = 24px, 14pt bold ≈ 18.67px at 1pt = 4/3 px) and the 1.4.12 text-spacing minimums,
// because the slips are a ratio without the 0.05 flare, the wrong threshold for a size, luma
// weights for luminance weights and a text-spacing override left out of a box's height.

const L4 = plain(4)
const px2 = plain(2, 'px')
const ratio = (x: Fraction): string => `${fixed(x, 2)}:1`
const F = frac(1, 20)

/** The WCAG AA minimum for text of a size in CSS px, bold or not. */
const aa = (S: number, bold: boolean) => (S >= 24 || (bold && 3 * S >= 56) ? 3 : frac(9, 2))
const sizeText = (S: number, bold: boolean) => `${S}px ${bold ? 'bold' : 'regular'}`
const LARGE =
  'WCAG AA asks 4.5:1 for text and 3:1 for large text, which is at least 18pt (24px) or at least 14pt (about 18.67px) bold, with 1pt = 4/3 px'

export const ACCESS_FAMILIES = [
  worked('contrast-ratio-from-two-luminances', (rng) => {
    const a = rng.int(400, 1000)
    const b = rng.int(5, 180)
    return {
      stem: `A designer checks a text colour against its background. Their relative luminances are ${th(a)} and ${th(b)}. WCAG 2.x defines contrast as (L1 + 0.05) / (L2 + 0.05), L1 the lighter. What is the contrast ratio, ${DP2}?`,
      show: ratio,
      figures: { a, b },
      key: div(add(thf(a), F), add(thf(b), F)),
      wrong: [
        [div(thf(a), thf(b)), 'leaves out the 0.05 flare terms'],
        [div(add(thf(a), F), thf(b)), 'adds the flare to the lighter colour only'],
        [div(thf(a), add(thf(b), F)), 'adds the flare to the darker colour only'],
        [
          div(sub(thf(a), thf(b)), add(thf(b), F)),
          'takes the difference over the darker (Weber contrast), one less than the ratio',
        ],
      ],
    }
  }),
  worked('lightest-grey-text-that-passes-on-a-light-background', (rng) => {
    const Lb = rng.int(820, 1000)
    const S = rng.pick([14, 16, 18, 19, 20, 22, 24, 28])
    const bold = rng.pick([true, false])
    const T = aa(S, bold)
    const other = T === 3 ? frac(9, 2) : frac(3)
    const top = (t: ReturnType<typeof frac> | number) => sub(div(add(thf(Lb), F), t), F)
    return {
      stem: `Grey ${sizeText(S, bold)} text sits on a background of relative luminance ${th(Lb)}. ${LARGE}. Contrast is (L1 + 0.05) / (L2 + 0.05), L1 the lighter. What is the highest relative luminance the grey can have and still pass AA, to four decimal places (a half rounded up)?`,
      show: L4,
      figures: { Lb, S, bold: bold ? 1 : 0 },
      key: top(T),
      wrong: [
        [top(other), 'applies the threshold for the other size class'],
        [top(7), 'applies the AAA 7:1 threshold'],
        [div(thf(Lb), T), 'leaves out the 0.05 flare terms'],
        [sub(div(thf(Lb), T), F), 'adds the flare to the text only'],
      ],
    }
  }),
  worked('lightest-button-colour-under-white-text', (rng) => {
    const S = rng.pick([14, 16, 18, 19, 20, 24, 28, 32])
    const bold = rng.pick([true, false])
    const T = aa(S, bold)
    const other = T === 3 ? frac(9, 2) : frac(3)
    const top = (t: ReturnType<typeof frac> | number) => sub(div(frac(21, 20), t), F)
    return {
      stem: `White ${sizeText(S, bold)} text (relative luminance 1) sits on a coloured button. ${LARGE}. Contrast is (L1 + 0.05) / (L2 + 0.05), L1 the lighter. What is the highest relative luminance the button colour can have and still pass AA, to four decimal places (a half rounded up)?`,
      show: L4,
      figures: { S, bold: bold ? 1 : 0 },
      key: top(T),
      wrong: [
        [top(other), 'applies the threshold for the other size class'],
        [top(7), 'applies the AAA 7:1 threshold'],
        [div(1, T), 'leaves out the 0.05 flare terms'],
        [sub(div(1, T), F), 'adds the flare to the button colour only'],
      ],
    }
  }),
  worked('relative-luminance-from-linear-channels', (rng) => {
    const [R, G, B] = [rng.int(20, 900), rng.int(20, 900), rng.int(20, 900)]
    const lum = (a: number, b: number, c: number) =>
      add(mul(thf(R), frac(a, 10000)), mul(thf(G), frac(b, 10000)), mul(thf(B), frac(c, 10000)))
    return {
      stem: `A brand colour's sRGB channels, already linearised, are R = ${th(R)}, G = ${th(G)}, B = ${th(B)}. WCAG 2.x relative luminance is 0.2126 R + 0.7152 G + 0.0722 B. What is the colour's relative luminance, to four decimal places (a half rounded up)?`,
      show: L4,
      figures: { R, G, B },
      key: lum(2126, 7152, 722),
      wrong: [
        [lum(2990, 5870, 1140), 'uses the 0.299, 0.587, 0.114 luma weights'],
        [div(add(thf(R), thf(G), thf(B)), 3), 'averages the three channels'],
        [lum(7152, 2126, 722), 'swaps the red and green weights'],
        [lum(2126, 7152, 0), 'leaves out the small blue term as negligible'],
      ],
    }
  }),
  worked('contrast-against-white-from-linear-channels', (rng) => {
    const [R, G, B] = [rng.int(10, 300), rng.int(10, 300), rng.int(10, 300)]
    const lum = (a: number, b: number, c: number) =>
      add(mul(thf(R), frac(a, 10000)), mul(thf(G), frac(b, 10000)), mul(thf(B), frac(c, 10000)))
    const on = (L: ReturnType<typeof frac>) => div(frac(21, 20), add(L, F))
    return {
      stem: `A dark text colour's linearised sRGB channels are R = ${th(R)}, G = ${th(G)}, B = ${th(B)}; relative luminance is 0.2126 R + 0.7152 G + 0.0722 B. Against white (luminance 1), contrast is (1 + 0.05) / (L + 0.05). What is the contrast ratio, ${DP2}?`,
      show: ratio,
      figures: { R, G, B },
      key: on(lum(2126, 7152, 722)),
      wrong: [
        [on(lum(2990, 5870, 1140)), 'uses the 0.299, 0.587, 0.114 luma weights'],
        [on(div(add(thf(R), thf(G), thf(B)), 3)), 'averages the three channels'],
        [div(1, lum(2126, 7152, 722)), 'leaves out the 0.05 flare terms'],
        [div(frac(21, 20), lum(2126, 7152, 722)), 'adds the flare to white only'],
      ],
    }
  }),
  worked('paragraph-block-height-under-the-text-spacing-override', (rng) => {
    const S = rng.int(14, 20)
    const n = rng.int(3, 9)
    const L = rng.pick([1200, 1250, 1300, 1400])
    return {
      stem: `WCAG 1.4.12 says content must survive a user style of line-height 1.5 × the font size and spacing after paragraphs of 2 × the font size. A ${n}-line paragraph of ${S}px text is set at line-height: ${th(L)}. Under that override, how much vertical space does the paragraph plus the spacing after it need, in px ${DP2}?`,
      show: px2,
      figures: { S, n, L },
      key: add(mul(n, S, frac(3, 2)), 2 * S),
      wrong: [
        [add(mul(n, S, thf(L)), 2 * S), 'keeps the paragraph’s own line height'],
        [mul(n, S, frac(3, 2)), 'leaves out the spacing after the paragraph'],
        [add(mul(n, S, 2), mul(S, frac(3, 2))), 'swaps the line-height and paragraph factors'],
        [add(mul(n, 16, frac(3, 2)), 32), 'works at the 16px default size'],
        [
          add(mul(n, S, thf(L), frac(3, 2)), 2 * S),
          'applies the 1.5 on top of the paragraph’s own line height',
        ],
        [add(mul(n, S, frac(3, 2)), 4 * S), 'adds the paragraph spacing before and after'],
        [
          add(mul(n, S), mul(n - 1, S, frac(1, 2)), 2 * S),
          'puts the leading only between lines, as in print, not half above and below each',
        ],
      ],
    }
  }),
  worked('line-width-added-by-letter-and-word-spacing', (rng) => {
    const S = rng.int(14, 20)
    const N = rng.int(50, 80)
    const w = rng.int(8, 14)
    return {
      stem: `WCAG 1.4.12 says content must survive letter-spacing of 0.12 × the font size and word-spacing of 0.16 × the font size. A ${S}px line has ${N} characters (spaces included), ${w} of them spaces; the letter-spacing is added after each character and the word-spacing after each space. How much wider does the line become, in px ${DP2}?`,
      show: px2,
      figures: { S, N, w },
      key: add(mul(N, S, frac(12, 100)), mul(w, S, frac(16, 100))),
      wrong: [
        [
          add(mul(N, S, frac(16, 100)), mul(w, S, frac(12, 100))),
          'swaps the letter and word factors',
        ],
        [mul(N, S, frac(12, 100)), 'leaves out the word-spacing'],
        [
          add(mul(N - w, S, frac(12, 100)), mul(w, S, frac(16, 100))),
          'skips the letter-spacing after spaces',
        ],
        [
          add(mul(N, 16, frac(12, 100)), mul(w, 16, frac(16, 100))),
          'works at the 16px default size',
        ],
        [mul(N, S, frac(28, 100)), 'applies both factors to every character'],
      ],
    }
  }),
  worked('button-height-under-the-text-spacing-override', (rng) => {
    const S = rng.int(14, 20)
    const p = rng.int(6, 14)
    const L = rng.pick([1000, 1150, 1200, 1250])
    return {
      stem: `A one-line button label is ${S}px with line-height: ${th(L)} and ${p}px padding top and bottom. WCAG 1.4.12 says it must survive a user line-height of 1.5 × the font size. What is the least height the button needs so the label never clips, in px ${DP2}?`,
      show: px2,
      figures: { S, p, L },
      key: add(mul(S, frac(3, 2)), 2 * p),
      wrong: [
        [add(mul(S, thf(L)), 2 * p), 'keeps the label’s own line height'],
        [add(mul(S, frac(3, 2)), p), 'counts the padding once'],
        [add(mul(S, 2), 2 * p), 'takes the paragraph-spacing factor of 2'],
        [mul(S, frac(3, 2)), 'leaves out the padding'],
      ],
    }
  }),
  worked('lines-that-fit-a-fixed-box-at-200-percent', (rng) => {
    const S = rng.int(14, 18)
    const L = rng.pick([1250, 1400, 1500])
    const H = rng.int(12, 40) * 10
    const one = mul(S, thf(L))
    const k = floor(div(H, mul(2, one)))
    if (k.n < 1n) rest()
    return {
      stem: `A fixed-height panel is ${H}px tall and holds ${S}px text at line-height: ${th(L)} (unitless). WCAG 1.4.4 asks that text resize to 200% without loss; the panel's height does not grow. How many whole lines fit once the text is at 200%?`,
      show: plain(0, 'lines'),
      figures: { S, L, H },
      key: k,
      wrong: [
        [floor(div(H, one)), 'counts lines at the original size'],
        [floor(div(H, 2 * S)), 'leaves out the line height'],
        [ceil(div(H, mul(2, one))), 'rounds up a line that is cut off'],
        [floor(div(H, mul(2, 16, thf(L)))), 'works at the 16px default size'],
      ],
    }
  }),
  worked('zoom-level-that-crosses-a-breakpoint', (rng) => {
    const W = rng.pick([1280, 1366, 1440, 1536, 1920])
    const B = rng.pick([480, 600, 640, 720, 768, 960])
    return {
      stem: `A reader's window is ${W} device-independent px wide. Browser zoom of Z% makes the layout viewport ${W} × 100 / Z CSS px wide. The single-column layout starts below a ${B}px breakpoint. At what zoom level does the viewport reach exactly ${B}px, as a percentage ${DP1}?`,
      show: plain(1, '%'),
      figures: { W, B },
      key: div(mul(W, 100), B),
      wrong: [
        [div(mul(B, 100), W), 'divides the breakpoint by the window'],
        [frac(200), 'takes the 200% of WCAG 1.4.4'],
        [frac(400), 'takes the 400% of WCAG 1.4.10 reflow'],
        [div(mul(W - B, 100), B), 'gives the increase over 100%, not the zoom level'],
      ],
    }
  }),
  worked('minimum-point-size-written-as-rem', (rng) => {
    const P = rng.pick([9, 10, 11, 12, 13, 14])
    return {
      stem: `A client's accessibility policy says no text below ${P}pt. On screen 1pt = 4/3 CSS px, and the site's root is the 16px browser default. What is the smallest font size in rem the developer may use, ${'to three decimal places (a half rounded up)'}?`,
      show: plain(3, 'rem'),
      figures: { P },
      key: div(mul(P, frac(4, 3)), 16),
      wrong: [
        [div(P, 16), 'treats a point as a pixel'],
        [div(mul(P, frac(3, 4)), 16), 'converts the points the wrong way'],
        [div(mul(P, frac(4, 3)), 10), 'divides by a 10px root'],
        [
          div(mul(P, frac(4, 3)), 12),
          'divides the px by 12, the root’s size in points, mixing units',
        ],
        [mul(P, frac(4, 3)), 'stops at px, not rem'],
      ],
    }
  }),
  worked('vw-type-growth-at-200-percent-zoom', (rng) => {
    const A = rng.pick([500, 625, 750, 875, 1000])
    const B = rng.int(1, 4)
    const W = rng.pick([1024, 1280, 1440, 1600])
    const at = (v: number) => add(mul(thf(A), 16), frac(B * v, 100))
    return {
      stem: `A heading is font-size: calc(${th(A)}rem + ${B}vw) with 1rem = 16 CSS px. At 100% zoom the viewport is ${W} CSS px. At 200% zoom the viewport is ${W / 2} CSS px and each CSS px is drawn twice as large. By what factor does the drawn heading grow, ${DP2}? (WCAG 1.4.4 wants 2.)`,
      show: plain(2, '×'),
      figures: { A, B, W },
      key: div(mul(2, at(W / 2)), at(W)),
      wrong: [
        [frac(2), 'assumes every size doubles with zoom'],
        [
          div(add(mul(thf(A), 32), frac(B * W, 200)), at(W)),
          'halves the vw term on screen as the viewport halves',
        ],
        [div(at(W / 2), at(W)), 'leaves out the doubling of each CSS px'],
        [div(mul(2, mul(thf(A), 16)), at(W)), 'drops the vw term at 200%'],
        [div(mul(2, at(2 * W)), at(W)), 'takes the viewport as doubling at 200%, not halving'],
        [
          div(mul(2, at(W / 2)), mul(thf(A), 16)),
          'measures the growth against the rem term alone at 100%',
        ],
      ],
    }
  }),
  worked('padding-for-a-24px-target', (rng) => {
    const S = rng.int(11, 15)
    const L = rng.pick([1000, 1200, 1250])
    const lh = mul(S, thf(L))
    if (atLeast24(lh)) rest()
    return {
      stem: `A tag button's label is ${S}px with line-height: ${th(L)}. WCAG 2.2 (2.5.8) asks for targets at least 24 × 24 CSS px. Keeping equal padding top and bottom, what is the least padding on each, in px ${DP2}?`,
      show: px2,
      figures: { S, L },
      key: div(sub(24, lh), 2),
      wrong: [
        [div(sub(24, S), 2), 'leaves out the line height'],
        [sub(24, lh), 'puts the whole shortfall on each side'],
        [div(sub(44, lh), 2), 'works to the 44px AAA target'],
        [div(sub(48, lh), 2), 'works to a 48px platform target'],
        [div(sub(24, mul(16, thf(L))), 2), 'works the line height at the 16px default size'],
        [div(sub(24, lh), 4), 'shares the shortfall among all four sides'],
      ],
    }
  }),
  worked('text-block-growth-under-the-text-spacing-override', (rng) => {
    const S = rng.int(14, 20)
    const k = rng.int(2, 5)
    const n = rng.int(3, 7)
    const L = rng.pick([1200, 1250, 1300])
    const m = rng.int(8, 16)
    const before = add(mul(k * n, S, thf(L)), (k - 1) * m)
    const after = add(mul(k * n, S, frac(3, 2)), (k - 1) * 2 * S)
    return {
      stem: `A block of ${k} paragraphs of ${n} lines each is ${S}px at line-height: ${th(L)}, with ${m}px between paragraphs (none after the last). WCAG 1.4.12's override sets line-height to 1.5 × and the space between paragraphs to 2 × the font size. By how many px does the block grow, ${DP2}?`,
      show: px2,
      figures: { S, k, n, L, m },
      key: sub(after, before),
      wrong: [
        [
          sub(add(mul(k * n, S, frac(3, 2)), k * 2 * S), add(mul(k * n, S, thf(L)), k * m)),
          'counts a gap after the last paragraph',
        ],
        [mul(k * n, S, sub(frac(3, 2), thf(L))), 'changes only the line height'],
        [frac((k - 1) * (2 * S - m)), 'changes only the paragraph gaps'],
        [after, 'gives the new height, not the growth'],
      ],
    }
  }),
  worked('lightest-text-that-passes-aaa-on-white', (rng) => {
    const S = rng.pick([14, 16, 18, 19, 20, 24, 28])
    const bold = rng.pick([true, false])
    const large = S >= 24 || (bold && 3 * S >= 56)
    const T = large ? frac(9, 2) : frac(7)
    const top = (t: ReturnType<typeof frac>) => sub(div(frac(21, 20), t), F)
    return {
      stem: `A client wants AAA body copy on white (relative luminance 1): 7:1 for text and 4.5:1 for large text (at least 24px, or about 18.67px bold, with 1pt = 4/3 px). The copy is ${sizeText(S, bold)}. Contrast is (L1 + 0.05) / (L2 + 0.05), L1 the lighter. What is the highest relative luminance the text can have, to four decimal places (a half rounded up)?`,
      show: L4,
      figures: { S, bold: bold ? 1 : 0 },
      key: top(T),
      wrong: [
        [top(large ? frac(7) : frac(9, 2)), 'applies the threshold for the other size class'],
        [top(frac(3)), 'applies the AA large-text 3:1'],
        [div(1, T), 'leaves out the 0.05 flare terms'],
        [sub(div(1, T), F), 'adds the flare to the text only'],
      ],
    }
  }),
]

function atLeast24(x: ReturnType<typeof frac>) {
  return x.n >= 24n * x.d
}
