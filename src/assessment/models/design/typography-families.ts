import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Typography for interfaces: measures, spacing and units whose keys rest on WCAG 2.2, browser
 * behaviour or long-standing typographic practice; each wrong value is a named misjudgement.
 */
export const TYPOGRAPHY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'line-length',
    stem: 'About how many characters per line make body text comfortable to read?',
    frames: [
      '⟦45 to 75|15 to 25=lines this short break the text into choppy fragments|100 to 130=lines this long make the eye lose its place returning to the next line|150 or more=a full-width line on a wide screen is far too long to read comfortably⟧',
    ],
  },
  {
    id: 'body-line-height',
    stem: 'Which line height suits paragraphs of body text on screen?',
    frames: [
      '⟦About 1.5 times the font size|1.0 times the font size=solid setting crowds lines together|0.8 times the font size=ascenders and descenders of adjacent lines collide|3 times the font size=lines drift so far apart that paragraphs fall apart⟧',
    ],
  },
  {
    id: 'ios-input-zoom',
    stem: 'Safari on iPhone zooms the page when a form field with small text gets focus. Which input font size avoids that?',
    frames: [
      '⟦16 px|12 px=below 16 px Safari zooms in on focus|14 px=below 16 px Safari zooms in on focus|15 px=below 16 px Safari zooms in on focus, even 1 px below⟧',
    ],
  },
  {
    id: 'relative-font-units',
    stem: 'Which font-size declaration respects the default text size a user sets in the browser?',
    language: 'css',
    frames: [
      'body { font-size: ⟦1rem|16px=a pixel size ignores the user’s default font-size setting|12pt=a point size is fixed and ignores the user’s default|1vw=a viewport size tracks the window width, not the user’s setting⟧; }',
    ],
  },
  {
    id: 'modular-type-scale',
    stem: 'A type scale starts at 16 px with a ratio of 1.25. What size is two steps up?',
    frames: [
      '⟦25 px|20 px=one step up, not two|24 px=adds 25 % of the base at each step instead of multiplying|32 px=doubles the base instead of applying the ratio twice⟧',
    ],
  },
  {
    id: 'tracking-for-capitals',
    stem: 'A small label is set in all capitals. How should its letter-spacing change?',
    frames: [
      '⟦Open it up slightly|Tighten it, as for large headlines=tight tracking suits large display type, not small capitals|Leave it at zero; capitals need no adjustment=capitals set at default spacing look cramped|Double the word spacing instead=word spacing does not separate the letters⟧',
    ],
  },
  {
    id: 'ragged-right-web-text',
    stem: 'How should body text be aligned on a web page that does not hyphenate?',
    frames: [
      '⟦Left-aligned, with a ragged right edge|Justified, for a neat right edge=without hyphenation justification opens uneven gaps (rivers)|Centred, for symmetry=centred paragraphs give every line a new starting point|Right-aligned, to match the layout grid=a ragged left edge is hard to read in left-to-right languages⟧',
    ],
  },
  {
    id: 'x-height-legibility',
    stem: 'Which property of a typeface most helps legibility at small sizes?',
    frames: [
      '⟦A large x-height|Long ascenders and descenders=long extenders shrink the x-height at a given size|High stroke contrast, as in a Didone=hairline strokes vanish at small sizes|Condensed letterforms=narrow letters are harder to tell apart⟧',
    ],
  },
  {
    id: 'kerning-term',
    stem: 'What is adjusting the space between one particular pair of letters, such as “AV”, called?',
    frames: [
      '⟦Kerning|Tracking=tracking changes spacing evenly across a whole range of text|Leading=leading is the space between lines|Baseline shift=baseline shift moves characters up or down⟧',
    ],
  },
  {
    id: 'text-spacing-override',
    stem: 'WCAG 2.2 (1.4.12 Text Spacing) requires content to survive users overriding spacing. Which set of values must it survive?',
    frames: [
      '⟦Line height 1.5, paragraph spacing 2×, letter spacing 0.12 em, word spacing 0.16 em|Line height 2, paragraph spacing 3×, letter spacing 0.5 em, word spacing 1 em=invented values far beyond the criterion|Line height 1.2 only=the criterion covers four properties, and 1.5 line height|Font size 200 %=that is 1.4.4 Resize Text, not Text Spacing⟧',
    ],
  },
  {
    id: 'resize-text-200',
    stem: 'Under WCAG 2.2 (1.4.4 Resize Text), text must stay usable when zoomed to what size?',
    frames: [
      '⟦200 %|150 %=below the criterion’s 200 %|400 %=400 % is the reflow test width (1.4.10), not Resize Text|125 %=far below the criterion’s 200 %⟧',
    ],
  },
  {
    id: 'reflow-320',
    stem: 'WCAG 2.2 (1.4.10 Reflow) asks that content read without horizontal scrolling at which width?',
    frames: [
      '⟦320 CSS pixels|1024 CSS pixels=a tablet width, far wider than the criterion|768 CSS pixels=a breakpoint width, not the criterion|100 CSS pixels=far narrower than the criterion’s 320⟧',
    ],
  },
  {
    id: 'web-font-format',
    stem: 'Which font file format should a website serve to current browsers?',
    frames: [
      '⟦WOFF2|TTF=an uncompressed desktop format, much larger over the network|EOT=a legacy format only old Internet Explorer used|SVG fonts=a format most browsers have dropped⟧',
    ],
  },
  {
    id: 'font-display-swap',
    stem: 'Text should show at once in a fallback font while a web font loads, then switch. Which declaration does that?',
    language: 'css',
    frames: [
      '@font-face { font-family: Brand; src: url(brand.woff2); font-display: ⟦swap|block=block hides text for up to about three seconds while the font loads|auto=auto leaves the choice to the browser, which usually blocks|optional=optional may keep the fallback font for the whole visit⟧; }',
    ],
  },
  {
    id: 'type-hierarchy-few-sizes',
    stem: 'A page’s text styles are being simplified. Which set gives a clear hierarchy?',
    frames: [
      '⟦Four sizes on one scale, with weight for extra emphasis|Eleven sizes, one for each kind of text=too many close sizes blur the hierarchy|One size, with colour for every level=colour alone is a weak and inaccessible hierarchy|Two fonts per heading level=mixing many typefaces adds noise, not order|A new size for every heading and label, chosen by eye each time=ad hoc sizes blur the hierarchy⟧',
    ],
  },
  {
    id: 'tabular-figures',
    stem: 'Prices in a table column should line up digit under digit. Which declaration does that?',
    language: 'css',
    frames: [
      'td { font-variant-numeric: ⟦tabular-nums|proportional-nums=proportional figures have varying widths|oldstyle-nums=old-style figures vary in height and usually in width|ordinal=ordinal only styles suffixes such as 1st⟧; }',
    ],
  },
  {
    id: 'text-over-photo',
    stem: 'A white headline over a busy photo is hard to read. Which fix keeps the photo and makes the text legible?',
    frames: [
      '⟦Put a dark overlay or scrim behind the text|Make the headline font thinner=thin strokes are even harder to read on a busy image|Widen the letter-spacing=spacing does not separate text from a busy background|Centre the headline on the photo=position alone does not add contrast|Add a thin 1 px outline in a slightly different shade of white=a faint outline barely separates text from a busy image⟧',
    ],
  },
]
