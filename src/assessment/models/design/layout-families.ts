import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Visual hierarchy, grids and spacing: Gestalt grouping, grid terms and the laws of interaction
 * cost that layout decisions rest on; each wrong option is a named misreading.
 */
export const LAYOUT_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'eight-point-spacing',
    stem: 'A design system uses an 8-point spacing scale. Which set of spacing values belongs to it?',
    frames: [
      '⟦8, 16, 24, 32, 48|5, 10, 15, 20, 30=a 5-point scale|6, 12, 18, 24, 36=a 6-point scale|8, 12, 18, 27, 40=a ratio scale that leaves the 8-point grid⟧',
    ],
  },
  {
    id: 'proximity-label-field',
    stem: 'In a form, which spacing makes each label read as belonging to its own field?',
    frames: [
      '⟦4 px between label and field, 24 px between one field and the next label|24 px between label and field, 4 px between one field and the next label=the label sits nearer the field above it|16 px everywhere, for an even rhythm=equal gaps leave the grouping ambiguous|0 px everywhere, to save space=no spacing groups nothing⟧',
    ],
  },
  {
    id: 'similarity-signals-function',
    stem: 'Some blue underlined words on a page are links and some are only emphasis. Which Gestalt principle does that misuse?',
    frames: [
      '⟦Similarity: things that look alike are read as alike|Closure: the eye completes incomplete shapes=closure concerns incomplete shapes|Continuity: the eye follows lines and curves=continuity concerns paths, not look-alike items|Figure and ground: the eye separates objects from background=figure-ground concerns foreground and background⟧',
    ],
  },
  {
    id: 'common-region',
    stem: 'Related settings are placed inside one bordered card so they read as a group. Which principle is that?',
    frames: [
      '⟦Common region|Closure=closure concerns incomplete shapes|Prägnanz (simplicity)=prägnanz concerns reading shapes in their simplest form|Continuity=continuity concerns the eye following paths⟧',
    ],
  },
  {
    id: 'primary-secondary-buttons',
    stem: 'A dialog has a main action and a secondary one. Which styling makes the hierarchy clear?',
    frames: [
      '⟦A filled button for the main action, an outlined one for the secondary|Two identical filled buttons=equal weight gives no hierarchy|Two outlined buttons, the main one slightly larger=a small size change is a weak signal|A filled button for the secondary action, plain text for the main one=reverses the hierarchy⟧',
    ],
  },
  {
    id: 'twelve-column-grid',
    stem: 'Why do many layout grids use 12 columns?',
    frames: [
      '⟦12 divides evenly into 2, 3, 4 and 6 columns|12 columns match the 12-point base of print type=there is no such link|Screens are 12 inches wide on average=a false premise|Browsers render 12 columns fastest=column count has no effect on rendering speed⟧',
    ],
  },
  {
    id: 'grid-terms',
    stem: 'In a column grid, what is the gutter?',
    frames: [
      '⟦The space between two columns|The space between the grid and the edge of the screen=that is the margin|The width of one column=that is a column|The line on which text sits=that is the baseline⟧',
    ],
  },
  {
    id: 'baseline-grid',
    stem: 'What does a baseline grid align?',
    frames: [
      '⟦The baselines of text across columns, at a regular vertical rhythm|The left edges of all columns=that is the column grid|The centres of icons=that is an icon keyline grid|The corners of images=not what a baseline grid governs⟧',
    ],
  },
  {
    id: 'fitts-law',
    stem: 'According to Fitts’s law, which change makes a button faster to hit?',
    frames: [
      '⟦A larger button placed nearer the pointer|Giving it a brighter colour=colour affects noticing, not pointing time|Making it smaller so it looks refined=smaller targets take longer to hit|Moving it to a far corner of a large screen=distance increases pointing time⟧',
    ],
  },
  {
    id: 'hicks-law',
    stem: 'According to Hick’s law, what happens to the time users take to decide as a menu offers more equally likely choices?',
    frames: [
      '⟦It grows, roughly with the logarithm of the number of choices|The time to decide stays the same=ignores the law|The time to decide falls, since users find more of what they want=reverses the law|The time to decide grows with the square of the number of choices=overstates the growth⟧',
    ],
  },
  {
    id: 'target-size-minimum',
    stem: 'What is the WCAG 2.2 Level AA minimum size for a pointer target (2.5.8 Target Size Minimum)?',
    frames: [
      '⟦24 by 24 CSS pixels|44 by 44 CSS pixels=that is the Level AAA criterion (2.5.5)|48 by 48 density-independent pixels=that is Android Material guidance, not WCAG|16 by 16 CSS pixels=smaller than any WCAG target size⟧',
    ],
  },
  {
    id: 'alignment-shared-edge',
    stem: 'A card holds a title, a paragraph and a button. Which alignment gives it a clean structure?',
    frames: [
      '⟦All three on one left edge|Each centred on its own=centred blocks of different widths share no edge|Title centred, paragraph left, button right=three alignments in one card look accidental|Each indented a little more than the one above=staircase indents imply a hierarchy that is not there⟧',
    ],
  },
  {
    id: 'whitespace-groups',
    stem: 'A page feels cluttered. Which change uses whitespace to clarify it?',
    frames: [
      '⟦More space between groups than within them|The same small gap everywhere=equal gaps do not separate groups|Less space everywhere, to fit more above the fold=crowding adds clutter|Divider lines between every element instead of space=lines everywhere add noise⟧',
    ],
  },
  {
    id: 'visual-weight-order',
    stem: 'On a product page the price should be seen before the shipping note. Which treatment does that?',
    frames: [
      '⟦Price larger and darker than the shipping note|Price and note in the same size and colour=gives no order|Shipping note in bold red, price in light grey=reverses the order|Price in a light thin font at the bottom=gives the price the least weight⟧',
    ],
  },
  {
    id: 'squint-test',
    stem: 'What does the squint test (blurring your view of a layout) check?',
    frames: [
      '⟦Which elements still dominate, showing the hierarchy|Whether the text meets WCAG contrast ratios=contrast ratios need measuring, not squinting|Whether the layout works on small screens=that needs resizing, not blurring|Whether the colours suit colour-blind users=that needs a simulation⟧',
    ],
  },
  {
    id: 'f-pattern-scanning',
    stem: 'Eye-tracking shows readers scan text-heavy pages in an F-shaped pattern. What follows for the copy layout?',
    frames: [
      '⟦Put the key words at the start of headings, lines and bullets|Put the key words at the end of each paragraph=the end of lines is what scanners skip|Centre every line to catch the eye=centred lines have no common starting edge to scan|Use longer paragraphs so readers slow down=long blocks make scanners skip more⟧',
    ],
  },
]
