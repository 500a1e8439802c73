import { VariantError } from '../assemble-variant.js'
import { cap, client, count, family, hund, num, share } from './msppt-text.js'

// Slide masters, layouts, themes and text formatting. Stems state the inheritance PowerPoint
// applies: formatting set directly on a slide wins over its layout, a layout's own setting wins
// over the slide master, and anything left unset follows the level above. Theme fonts and theme
// colours follow the theme; fonts and colours picked by name or RGB do not.

const pt = (h: number): string => hund(h, 'pt')
const pct = (h: number): string => hund(h, '%')
const INHERIT =
  'Formatting set directly on a slide wins over the layout, a setting made on the layout wins over the slide master, and whatever is not set follows the level above'

export const MASTER_FAMILIES = [
  family('master-change-reaches-which-slides', (rng) => {
    const n1 = rng.int(6, 20)
    const d1 = rng.int(1, 4)
    const n2 = rng.int(3, 10)
    const d2 = rng.int(1, 2)
    const size = rng.pick([20, 22, 24, 26])
    return {
      stem: `${cap(client(rng))}'s deck has ${n1} slides on the Title and Content layout (whose body placeholder was never changed) and ${n2} slides on a Two Content layout whose body text size was set to 20 pt on the layout. On ${d1} of the Title and Content slides and ${d2} of the Two Content slides the body text size was set directly on the slide. The designer now changes the body text size on the slide master to ${size} pt. ${INHERIT}. On how many slides does the body text change size?`,
      key: count(n1 - d1, 'slides'),
      wrong: [
        [count(n1 + n2, 'slides'), 'expects a master change to override everything'],
        [count(n1 + n2 - d1 - d2, 'slides'), 'expects the master to override the layout'],
        [count(n1, 'slides'), 'forgets that direct formatting wins'],
        [count(n2 - d2, 'slides'), 'thinks only the changed layout follows the master'],
        [count(d1 + d2, 'slides'), 'counts the directly formatted slides'],
      ],
      figures: { n1, d1, n2, d2 },
    }
  }),
  family('size-after-reset', (rng) => {
    const m = rng.pick([24, 28, 32])
    const l = rng.pick([18, 20, 22, 26])
    const d = rng.pick([12, 14, 16, 36, 40])
    const layoutSets = rng.int(0, 1) === 1
    return {
      stem: `On the slide master the body text is ${m} pt. The layout a slide uses ${layoutSets ? `sets its body text to ${l} pt` : `has a ${l} pt caption box but leaves its body placeholder unchanged`}. On the slide the VA had typed ${d} pt into the body text's font size. ${INHERIT}. Reset (Home > Reset) removes formatting made directly on the slide's placeholders. What size is the body text after Reset?`,
      key: pt((layoutSets ? l : m) * 100),
      wrong: [
        [pt(d * 100), 'expects Reset to keep direct formatting'],
        [
          pt((layoutSets ? m : l) * 100),
          layoutSets
            ? 'skips the layout and goes to the master'
            : 'takes the caption box’s size for the body',
        ],
        [pt(1800), 'falls back to the 18 pt text box default'],
        [pt(share(m + d, 50, 1)), 'averages the master and slide sizes'],
      ],
      figures: { m, l, d, layoutSets: layoutSets ? 1 : 0 },
    }
  }),
  family('master-title-change-through-layouts', (rng) => {
    const m0 = rng.pick([40, 44])
    const m1 = rng.pick([32, 36, 48, 54])
    const l = rng.pick([28, 30, 38])
    const direct = rng.int(0, 1) === 1
    const d = rng.pick([24, 60, 66])
    return {
      stem: `A theme's slide master sets titles at ${m0} pt. The Section Header layout's title was set to ${l} pt on that layout. The designer now changes the master title size to ${m1} pt. A slide on Section Header ${direct ? `has its title set directly to ${d} pt` : 'has no direct formatting'}. ${INHERIT}. What size is that slide's title now?`,
      key: pt((direct ? d : l) * 100),
      wrong: [
        [pt(m1 * 100), 'expects the master change to win'],
        [pt(m0 * 100), 'expects the old master size to stay'],
        [
          pt((direct ? l : share(l, m1, m0)) * 100),
          direct
            ? 'forgets that direct formatting wins'
            : 'scales the layout size by the master change',
        ],
        [pt((l + m1 - m0) * 100), 'adds the master’s change to the layout size'],
      ],
      figures: { m0, m1, l, d, direct: direct ? 1 : 0 },
    }
  }),
  family('autofit-shrink-size', (rng) => {
    const f = rng.pick([18, 20, 24, 28, 32])
    const s = rng.pick([55, 62.5, 70, 77.5, 85, 92.5].map((x) => x * 10))
    const lsr = rng.pick([10, 20])
    return {
      stem: `A body placeholder set to Shrink text on overflow holds too much text; PowerPoint shows the ${f} pt text at a font scale of ${s / 10}% and cuts line spacing by ${lsr}%. Take the displayed size as the set size × the font scale. What size is the text displayed at, to two places?`,
      key: pt(share(f * 100, s, 1000)),
      wrong: [
        [pt(f * 100), 'expects the size box to be what is displayed'],
        [pt(share(f * 100, 1000 - s, 1000)), 'takes the scale as the reduction'],
        [pt(share(f * 100, s * s, 1000000)), 'applies the scale twice'],
        [pt(share(f * 100, s * (100 - lsr), 100000)), 'also takes off the line spacing cut'],
        [pt(share(f * 100, 100 - lsr, 100)), 'applies the line spacing cut to the size'],
        [pt(share(f * 100, 2000 - s, 1000)), 'adds the reduction instead of taking it off'],
      ],
      figures: { f, s, lsr },
    }
  }),
  family('theme-tint-luminance', (rng) => {
    const l = rng.int(15, 85) * 100
    const lighter = rng.int(0, 1) === 1
    const x = lighter ? rng.pick([40, 60, 80]) : rng.pick([25, 50])
    const key = lighter ? l + share(10000 - l, x, 100) : share(l, 100 - x, 100)
    return {
      stem: `A brand's Accent 1 has an HSL luminance of ${pct(l)}. Theme colour shades in the palette are worked as: Lighter X% moves luminance X% of the way towards 100%; Darker X% multiplies luminance by (1 − X%). What luminance does "Accent 1, ${lighter ? 'Lighter' : 'Darker'} ${x}%" have, to two places?`,
      key: pct(key),
      wrong: [
        ...(lighter
          ? l + x * 100 < 10000
            ? ([[pct(l + x * 100), 'adds the percentage']] as const)
            : []
          : l > x * 100
            ? ([[pct(l - x * 100), 'subtracts the percentage']] as const)
            : []),
        [
          pct(lighter ? share(l, 100 - x, 100) : l + share(10000 - l, x, 100)),
          'applies the shade in the other direction',
        ],
        [pct(x * 100), 'takes the percentage as the luminance'],
        [pct(lighter ? share(10000 - l, x, 100) : share(l, x, 100)), 'gives only the part moved'],
        [
          pct(lighter ? share(l, 100 + x, 100) : share(l, 100, 100 + x)),
          lighter ? 'scales the luminance up' : 'divides by one plus the percentage',
        ],
      ],
      figures: { l, x, lighter: lighter ? 1 : 0 },
    }
  }),
  family('footer-shown-count', (rng) => {
    const n = rng.int(15, 40)
    const titles = rng.int(1, 4)
    const custom = rng.int(2, 6)
    return {
      stem: `In a ${n}-slide deck ${titles} slide${titles > 1 ? 's use' : ' uses'} the Title Slide layout and ${custom} use a custom "Full bleed photo" layout from which the designer deleted the footer placeholder. The VA turns on Footer in Header & Footer with "Don't show on title slide" ticked and clicks Apply to All. A slide shows the footer only if its layout keeps a footer placeholder. On how many slides does the footer appear?`,
      key: count(n - titles - custom, 'slides'),
      wrong: [
        [count(n - titles, 'slides'), 'expects Apply to All to reach layouts without a footer'],
        [count(n - custom, 'slides'), 'shows the footer on title slides'],
        [count(n, 'slides'), 'expects it on every slide'],
        [count(n - titles - custom - 1, 'slides'), 'also drops the first slide'],
        [count(custom, 'slides'), 'counts the slides without a footer'],
      ],
      figures: { n, titles, custom },
    }
  }),
  family('line-pitch-in-points', (rng) => {
    const f = rng.pick([14, 16, 18, 20, 24, 28])
    const m = rng.pick([0.8, 0.9, 1.1, 1.2, 1.5, 2].map((x) => Math.round(x * 100)))
    return {
      stem: `Body text is ${f} pt with Line Spacing set to Multiple ${m / 100}. Take single spacing to be 1.2 × the font size and Multiple to multiply single spacing. How far apart, in points, are the baselines of two lines of the same paragraph, to two places?`,
      key: pt(share(f * 120, m, 100)),
      wrong: [
        [pt(f * m), 'takes single spacing as the font size'],
        [pt(f * 120), 'ignores the multiple'],
        [pt(share(f * 120 * m, 96, 7200)), 'reads the points as pixels'],
        [pt(f * 100 + share(f * 100, m, 100)), 'adds the multiple of the size to the size'],
        [pt(f * 120 + m * 100), 'adds the multiple in points'],
      ],
      figures: { f, m },
    }
  }),
  family('theme-fonts-change-count', (rng) => {
    const h = rng.int(5, 20)
    const b = rng.int(10, 40)
    const d = rng.int(2, 12)
    const font = rng.pick(['Arial', 'Calibri', 'Georgia', 'Verdana'])
    return {
      stem: `Auditing ${client(rng)}'s deck, a VA counts ${h} text boxes in +Headings (the theme heading font), ${b} in +Body (the theme body font) and ${d} where someone picked ${font} by name from the font list. The designer then chooses Design > Variants > Fonts and applies a new theme font pair. How many of these text boxes change font?`,
      key: count(h + b, 'boxes'),
      wrong: [
        [count(h + b + d, 'boxes'), 'expects fonts picked by name to change'],
        [count(h, 'boxes'), 'thinks only headings follow the theme'],
        [count(b, 'boxes'), 'thinks only body text follows the theme'],
        [count(d, 'boxes'), 'counts the named-font boxes'],
        [count(h + d, 'boxes'), 'confuses the body theme font with a named font'],
      ],
      figures: { h, b, d },
    }
  }),
  family('colour-variant-change-count', (rng) => {
    const a = rng.int(5, 20)
    const t = rng.int(3, 15)
    const c = rng.int(2, 10)
    const p = rng.int(2, 8)
    return {
      stem: `A deck has ${a} shapes filled with a theme colour (Accent 1 to 6), ${t} with a theme shade such as "Accent 2, Lighter 40%", ${c} with a custom colour typed in More Colors as RGB, and ${p} photos. The designer applies a new theme colour set. Theme colours and their shades follow the theme; custom RGB colours and photos do not. How many fills change?`,
      key: count(a + t, 'fills'),
      wrong: [
        [count(a, 'fills'), 'forgets that theme shades follow the theme'],
        [count(a + t + c, 'fills'), 'expects custom RGB colours to change'],
        [count(a + t + c + p, 'fills'), 'expects everything to recolour'],
        [count(a + c, 'fills'), 'treats shades as fixed colours and RGB as theme'],
        [count(t, 'fills'), 'thinks only the shades change'],
        [count(c + p, 'fills'), 'counts the fills that keep their colour'],
        [count(a + t + p, 'fills'), 'expects the photos to recolour'],
      ],
      figures: { a, t, c, p },
    }
  }),
  family('hex-to-rgb-channel', (rng) => {
    const rgb = [rng.int(16, 255), rng.int(16, 255), rng.int(16, 255)] as const
    const hex = rgb.map((v) => v.toString(16).toUpperCase().padStart(2, '0')).join('')
    const ch = rng.int(0, 2)
    const pair = hex.slice(ch * 2, ch * 2 + 2)
    const back = Number.parseInt(pair[1]! + pair[0]!, 16)
    const asDec = /^\d\d$/.test(pair) ? Number(pair) : undefined
    if (asDec === undefined && back === rgb[ch]) throw new VariantError('no digit-reading slip')
    return {
      stem: `${cap(client(rng))}'s brand guide gives its accent as #${hex}. The VA enters it in More Colors > Custom, which takes Red, Green and Blue as decimal numbers from 0 to 255. What goes in the ${['Red', 'Green', 'Blue'][ch]} box?`,
      key: num(rgb[ch]!),
      wrong: [
        [num(rgb[(ch + 1) % 3]!), 'reads the next pair of digits'],
        [num(rgb[(ch + 2) % 3]!), 'reads the channels in the wrong order'],
        ...(asDec !== undefined
          ? ([[num(asDec), 'reads the hex digits as decimal']] as const)
          : []),
        ...(back !== rgb[ch] ? ([[num(back), 'reads the pair of digits backwards']] as const) : []),
        ...(asDec === undefined
          ? ([
              [
                num(Number.parseInt(pair[0]!, 16) * 10 + Number.parseInt(pair[1]!, 16)),
                'reads the pair as tens and units, not sixteens',
              ],
            ] as const)
          : []),
      ],
      figures: { r: rgb[0], g: rgb[1], b: rgb[2], ch },
    }
  }),
  family('demote-bullet-size', (rng) => {
    const sizes = [rng.pick([28, 32]), rng.pick([24, 26]), rng.pick([20, 22]), 18, 16]
    const k = rng.int(1, 3)
    const j = rng.int(1, 2)
    if (k + j > 5) throw new VariantError('past level 5')
    return {
      stem: `A master's body levels are sized: level 1 ${sizes[0]} pt, level 2 ${sizes[1]} pt, level 3 ${sizes[2]} pt, level 4 ${sizes[3]} pt, level 5 ${sizes[4]} pt. A bullet at level ${k} with no direct formatting has Tab pressed ${j === 1 ? 'once' : 'twice'} at its start, each press demoting it one level. What size is it now?`,
      key: pt(sizes[k + j - 1]! * 100),
      wrong: [
        [pt(sizes[k - 1]! * 100), 'expects the size to stay with the text'],
        ...(j === 2 ? ([[pt(sizes[k]! * 100), 'demotes it once']] as const) : []),
        ...(k - j >= 1
          ? ([[pt(sizes[k - j - 1]! * 100), 'promotes instead of demoting']] as const)
          : []),
        [pt((sizes[k - 1]! - 4 * j) * 100), 'takes 4 pt off for each level'],
        [pt(sizes[Math.min(4, k + j)]! * 100), 'counts the level one too far'],
      ],
      figures: { s0: sizes[0]!, s1: sizes[1]!, s2: sizes[2]!, k, j },
    }
  }),
  family('background-graphic-shown-count', (rng) => {
    const on = rng.int(13, 25)
    const hideLayout = rng.int(2, 8)
    const hideSlide = rng.int(1, 4)
    if (hideSlide >= on) throw new VariantError('too few')
    return {
      stem: `A logo sits on the slide master. ${on} slides use layouts that show master graphics; ${hideSlide} of those have Format Background > Hide background graphics ticked on the slide itself. Another ${hideLayout} slides use a layout with Hide background graphics ticked on the layout. On how many slides does the logo appear?`,
      key: count(on - hideSlide, 'slides'),
      wrong: [
        [count(on, 'slides'), 'ignores the setting made on single slides'],
        [
          count(on + hideLayout - hideSlide, 'slides'),
          'expects master graphics past a hiding layout',
        ],
        [count(on + hideLayout, 'slides'), 'expects the logo everywhere'],
        [
          count(on - hideSlide - hideLayout, 'slides'),
          'takes the hiding layout’s slides off twice',
        ],
        [count(hideSlide + hideLayout, 'slides'), 'counts the slides that hide it'],
      ],
      figures: { on, hideLayout, hideSlide },
    }
  }),
  family('increase-font-size-steps', (rng) => {
    const LIST = [
      8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 24, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88,
      96,
    ]
    const i = rng.int(5, 14)
    const k = rng.int(2, 4)
    const up = rng.int(0, 1) === 1
    const at = (j: number) => LIST[Math.max(0, Math.min(LIST.length - 1, j))]! * 100
    const s = at(i)
    return {
      stem: `Text is ${s / 100} pt. ${up ? 'Increase' : 'Decrease'} Font Size (Ctrl+Shift+${up ? '>' : '<'}) steps to the ${up ? 'next larger' : 'next smaller'} size in this list: ${LIST.join(', ')}. The VA presses it ${k} times. What size is the text now?`,
      key: pt(at(up ? i + k : i - k)),
      wrong: [
        [pt(s + (up ? 100 : -100) * k), 'changes the size 1 pt per press'],
        [pt(s + (up ? 200 : -200) * k), 'changes the size 2 pt per press'],
        [pt(at(up ? i + k - 1 : i - k + 1)), 'counts the starting size as a step'],
        [pt(at(up ? i - k : i + k)), 'steps the wrong way'],
        [pt(at(up ? i + 2 * k : i - 2 * k)), 'counts two steps per press'],
      ],
      figures: { i, k, up: up ? 1 : 0 },
    }
  }),
  family('paragraph-block-height', (rng) => {
    const p = rng.int(3, 6)
    const f = rng.pick([16, 18, 20, 24])
    const after = rng.pick([6, 10, 12, 18])
    return {
      stem: `A text box holds ${p} one-line paragraphs of ${f} pt text at single spacing, with ${after} pt of Spacing After on each paragraph, and the default top and bottom internal margins of 0.05 in (3.6 pt each). Take a single-spaced line to be 1.2 × the font size and count Spacing After only between paragraphs. How tall must the box be, in points, to two places?`,
      key: pt(p * f * 120 + (p - 1) * after * 100 + 720),
      wrong: [
        [pt(p * f * 120 + (p - 1) * after * 100), 'leaves out the internal margins'],
        [pt(p * f * 120 + p * after * 100 + 720), 'adds spacing after the last paragraph'],
        [pt(p * f * 100 + (p - 1) * after * 100 + 720), 'takes a line as the font size'],
        [pt(p * f * 120 + (p - 1) * after * 100 + 360), 'counts one internal margin'],
        [pt(p * f * 120 + (p - 1) * after * 100 + 1000), 'reads 0.05 in as 5 pt each'],
      ],
      figures: { p, f, after },
    }
  }),
  family('font-size-in-screen-pixels', (rng) => {
    const f = rng.pick([12, 14, 18, 20, 24, 28, 32, 40, 44])
    const ppi = rng.pick([96, 120, 144])
    return {
      stem: `A web developer asks how tall ${f} pt text from ${client(rng)}'s deck is on a screen running at ${ppi} pixels per inch (${ppi === 96 ? '100%' : ppi === 120 ? '125%' : '150%'} scaling). With 72 points to the inch, how many pixels is ${f} pt, to two places?`,
      key: hund(share(f * 100, ppi, 72), 'px'),
      wrong: [
        [hund(f * 100, 'px'), 'reads points as pixels'],
        [hund(share(f * 100, 72, ppi), 'px'), 'divides the wrong way'],
        [hund(share(f * 100, 96, 72), 'px'), 'ignores the scaling, using 96 ppi'],
        [hund(share(f * 100, ppi, 100), 'px'), 'applies the scaling as a percentage of the points'],
        [hund(share(f * 100, ppi * 2, 72), 'px'), 'doubles it for a high-density screen'],
        [hund(share(f * 100, ppi * 100, 2835), 'px'), 'divides by the points per centimetre'],
      ],
      figures: { f, ppi },
    }
  }),
]
