import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, client, ruled } from './gdes-calc.js'

// Composition. The Gestalt principles of perceptual grouping as design texts teach them
// (Wertheimer 1923; Palmer 1992 for common region; Rubin 1915 for figure–ground): proximity
// (near elements read as a group), similarity (shared colour, shape or size), closure (a gap
// is completed into a whole), continuity (the eye follows a line or curve), figure–ground (an
// object seen against a background, and shapes read in the negative space), common region (a
// shared enclosure groups). Robin Williams, The Non-Designer’s Design Book: contrast,
// repetition, alignment and proximity. Visual hierarchy is built from size, weight, colour
// contrast and position; a reader of a left-to-right language scans a text-heavy page in an F
// pattern (Nielsen Norman Group eyetracking, 2006), and layout convention leads the eye across
// a sparse one in a Z pattern (a design heuristic, not that study's finding). The
// optical centre sits a little above the geometric centre. Asymmetrical balance offsets a
// large light element with a small dark or saturated one.

type Wrong = readonly [text: string, mistake: string]
const w = (text: string, mistake: string): Wrong => [text, mistake]

const PRINCIPLES: Readonly<
  Record<string, readonly [bare: string, glossed: string, mistake: string]>
> = {
  proximity: [
    'Proximity',
    'Proximity: nearness groups',
    'names grouping by distance where the cue is something else',
  ],
  similarity: [
    'Similarity',
    'Similarity: alike things group',
    'names grouping by a shared look where the cue is something else',
  ],
  closure: [
    'Closure',
    'Closure: the mind fills the gaps',
    'names the mind completing a gap where nothing is missing',
  ],
  continuity: [
    'Continuity',
    'Continuity: the eye follows a line',
    'names the eye following a path where none leads it',
  ],
  figureGround: [
    'Figure–ground',
    'Figure–ground: object or ground',
    'names object and background where the cue is grouping',
  ],
  commonRegion: [
    'Common region',
    'Common region: a shared enclosure',
    'names a shared enclosure where there is none',
  ],
  symmetry: [
    'Symmetry',
    'Symmetry: mirrored forms group',
    'names mirror balance where the cue is grouping',
  ],
  commonFate: [
    'Common fate',
    'Common fate: things moving together',
    'names shared motion in a still layout',
  ],
  connectedness: [
    'Uniform connectedness',
    'Uniform connectedness: linked items group',
    'names a connecting line where none links them',
  ],
}

const who = (rng: Rng) => cap(client(rng))

/**
 * A Gestalt family: the key and the other principles all named bare or all with a short gloss
 * (one style per draw: a key in the other style than its distractors would be the odd one out).
 * `alsoTrue` leaves out principles the stems' situations also show, so only the key fits.
 */
function gestalt(
  id: string,
  key: string,
  stems: readonly ((rng: Rng) => string)[],
  alsoTrue: readonly string[] = [],
): ScenarioFamily {
  const own = PRINCIPLES[key]!
  const rest = Object.entries(PRINCIPLES).filter(([k]) => k !== key && !alsoTrue.includes(k))
  return ruled(
    id,
    key,
    stems.flatMap((stem) =>
      ([0, 1] as const).map((style) => ({
        stem,
        keys: [own[style]],
        wrong: rest.map(([, v]) => w(v[style], v[2])),
      })),
    ),
  )
}

const ASK = 'Which Gestalt principle is at work?'

export const COMPOSE_FAMILIES: readonly ScenarioFamily[] = [
  gestalt('gdes-gestalt-proximity', 'proximity', [
    (rng) =>
      `${who(rng)}’s contact page sets name, phone and email close together, with a wide gap before the opening hours, all in the same type. Readers see two groups. ${ASK}`,
    (rng) =>
      `On ${client(rng)}’s menu, identical dish names are split into starters and mains only by a larger space between the two sets. ${ASK}`,
  ]),
  gestalt('gdes-gestalt-similarity', 'similarity', [
    (rng) =>
      `An evenly spaced grid of icons on ${client(rng)}’s site has every clickable icon in orange and the rest in grey; visitors read the orange ones as a set. ${ASK}`,
    (rng) =>
      `In an evenly spaced chart legend for ${client(rng)}, all circle markers read as one series and all square markers as another. ${ASK}`,
  ]),
  gestalt('gdes-gestalt-closure', 'closure', [
    (rng) =>
      `${who(rng)}’s logo is a ring of short dashes with gaps between them, yet everyone describes it as a circle. ${ASK}`,
    (rng) =>
      `A panda mark for ${client(rng)} draws only the black patches; viewers still see the whole animal’s outline. ${ASK}`,
  ]),
  gestalt(
    'gdes-gestalt-continuity',
    'continuity',
    [
      (rng) =>
        `On ${client(rng)}’s timeline graphic a curving line runs through each milestone, and readers follow the events in its order. ${ASK}`,
      (rng) =>
        `In a photo for ${client(rng)}, a road leads from the corner to the product, and viewers’ eyes travel along it. ${ASK}`,
    ],
    // The timeline's line also links the milestones, which uniform connectedness names.
    ['connectedness'],
  ),
  gestalt('gdes-gestalt-figure-ground', 'figureGround', [
    (rng) =>
      `${who(rng)}’s logo is read either as a white vase or as two dark faces in profile, depending on which shape is seen as the object. ${ASK}`,
    (rng) =>
      `The negative space between two letters of ${client(rng)}’s wordmark forms a hidden arrow. ${ASK}`,
  ]),
  gestalt('gdes-gestalt-common-region', 'commonRegion', [
    (rng) =>
      `${who(rng)}’s pricing page puts each plan’s evenly spaced, identically styled features inside its own tinted card, and readers group them by card. ${ASK}`,
    (rng) =>
      `A form for ${client(rng)} draws a light border round the address fields; those fields read as one set though spacing is even. ${ASK}`,
  ]),
  ruled('gdes-hierarchy-first-read', 'hierarchy', [
    {
      stem: (rng) =>
        `${who(rng)}’s poster has a 72 pt bold headline, a 14 pt date line and 9 pt sponsor logos. What establishes the order in which people read it?`,
      keys: [
        'Visual hierarchy by size and weight',
        'Hierarchy',
        'A visual hierarchy built from clear steps in size and weight',
      ],
      wrong: [
        w('Layer order', 'thinks layer order decides what is read'),
        w('Symmetry of the layout around its centre line', 'names balance, which ranks nothing'),
        w('Proximity of the date line to the headline', 'names grouping, not order'),
        w(
          'The order the elements were placed on the artboard',
          'thinks layer order decides what is read',
        ),
        w('Alignment of every element to one edge', 'names alignment, which orders nothing'),
        w(
          'Repetition of one typeface throughout',
          'names repetition, which unifies but does not rank',
        ),
      ],
    },
  ]),
  ruled('gdes-alignment-fix', 'alignment', [
    {
      stem: (rng) =>
        `On ${client(rng)}’s flyer the headline is centred, the body is left-aligned, the logo sits right and the address is centred again; it looks messy. Which principle does the fix apply?`,
      keys: [
        'Alignment: line elements up on shared edges',
        'Alignment to a common edge or axis',
        'Alignment',
      ],
      wrong: [
        w(
          'Proximity: group the address with the logo',
          'regroups elements whose fault is their edges',
        ),
        w('Contrast', 'adds contrast where the edges are the fault'),
        w(
          'Balance: move the logo to the left to even the weight',
          'rebalances weight instead of lining up edges',
        ),
        w(
          'Contrast: make the headline larger still',
          'adds contrast where the edges are the fault',
        ),
        w(
          'Repetition: use the logo colour more often',
          'adds repetition where edges are the fault',
        ),
        w(
          'Closure: leave gaps for the reader to fill',
          'names a grouping effect, not a layout fix',
        ),
      ],
    },
  ]),
  ruled('gdes-contrast-fix', 'contrast', [
    {
      stem: (rng) =>
        `${who(rng)}’s headline is 14 pt regular and the body 12 pt regular in the same face and colour; the headline does not stand out. Which principle is missing?`,
      keys: [
        'Contrast: make the headline clearly different',
        'Contrast in size, weight or colour',
        'Contrast',
      ],
      wrong: [
        w('Proximity', 'groups elements instead of distinguishing them'),
        w(
          'Repetition: use the headline style again for the subheads',
          'repeats a style that does not stand out',
        ),
        w(
          'Proximity: move the headline closer to the text',
          'groups elements instead of distinguishing them',
        ),
        w('Alignment: centre the headline over the text', 'moves the headline but keeps it alike'),
        w('Repetition: repeat the body style in the headline', 'makes the two more alike'),
      ],
    },
  ]),
  ruled('gdes-repetition-consistency', 'repetition', [
    {
      stem: (rng) =>
        `Across ${client(rng)}’s 12-page brochure each section opener uses a different heading style and accent colour, so the pages do not feel like one piece. Which principle does the fix apply?`,
      keys: [
        'Repetition: reuse one heading style and accent',
        'Repetition of consistent styles across pages',
        'Repetition',
      ],
      wrong: [
        w('Contrast', 'adds variety to a piece that lacks unity'),
        w(
          'Alignment: put every opener on the same left edge of the page',
          'fixes edges when the styles differ',
        ),
        w(
          'Hierarchy: make the first opener larger than the rest',
          'ranks openers instead of unifying them',
        ),
        w('Contrast: make every opener more different', 'adds variety to a piece that lacks unity'),
        w('Figure–ground: add background images', 'names perception, not consistency'),
        w('Proximity: tighten the space around headings', 'groups within pages, not across them'),
      ],
    },
  ]),
  ruled('gdes-scan-pattern', 'scan-pattern', [
    {
      stem: (rng) =>
        `${who(rng)}’s landing page has a logo top left, a button top right, an image across the middle and a call to action bottom right, with little text. Which reading pattern does the layout follow?`,
      keys: ['A Z pattern', 'The Z-shaped scan pattern'],
      wrong: [
        w('An F pattern', 'names the pattern of text-heavy pages'),
        w('The F-shaped scan pattern', 'names the pattern of text-heavy pages'),
        w('A circular pattern from the centre outward', 'assumes readers start in the middle'),
        w('A right-to-left column scan', 'assumes a right-to-left reading order'),
      ],
    },
    {
      stem: (rng) =>
        `${who(rng)}’s blog article is long left-aligned text with subheads. Eye-tracking of such pages shows readers scan across the top, again a little lower, then down the left edge. What is this pattern?`,
      keys: ['An F pattern', 'The F-shaped scan pattern'],
      wrong: [
        w('A Z pattern', 'names the pattern of sparse layouts'),
        w('The Z-shaped scan pattern', 'names the pattern of sparse layouts'),
        w('A circular pattern from the centre outward', 'assumes readers start in the middle'),
        w('A right-to-left column scan', 'assumes a right-to-left reading order'),
      ],
    },
  ]),
  ruled('gdes-optical-centre', 'optical-centre', [
    {
      stem: (rng) =>
        `A single logo placed at the exact geometric centre of ${client(rng)}’s square cover looks as if it is sinking. Where should it go to look centred?`,
      keys: [
        'Slightly above the geometric centre',
        'A little higher than the true centre',
        'A touch higher',
      ],
      wrong: [
        w('Lower', 'moves it the way it already appears to sink'),
        w(
          'Exactly where it is, since the centre is measured',
          'trusts the measurement over the eye',
        ),
        w('Slightly below the geometric centre', 'moves it the way it already appears to sink'),
        w('On the lower third line', 'applies the rule of thirds to a centred mark'),
        w('Left of centre, on the golden section', 'moves it sideways when the error is vertical'),
      ],
    },
  ]),
  ruled('gdes-asymmetric-balance', 'balance', [
    {
      stem: (rng) =>
        `${who(rng)}’s ad has a large pale photo on the left and empty space on the right, so it feels lopsided. Which change balances it asymmetrically?`,
      keys: [
        'Add a small, dark or saturated element on the right',
        'Place a small high-contrast element on the right',
        'A small dark accent on the right',
      ],
      wrong: [
        w('Mirror the photo', 'makes the layout symmetrical'),
        w(
          'Shrink the photo and leave the right side empty as it is',
          'lightens the heavy side without adding a counterweight',
        ),
        w(
          'Add a large pale text block on the right of the same tone as the photo',
          'mirrors the weight, a symmetrical balance',
        ),
        w('Add a second large pale photo on the right', 'mirrors the photo, a symmetrical balance'),
        w('Enlarge the pale photo to fill the page', 'adds weight to the heavy side'),
        w('Move the photo to the exact centre', 'centres it instead of balancing it'),
      ],
    },
  ]),
  ruled('gdes-white-space-role', 'white-space', [
    {
      stem: (rng) =>
        `${who(rng)} asks to fill the empty margins round its product photo with extra offers. What does the designer explain the white space is doing?`,
      keys: [
        'Isolating the product so it becomes the focal point',
        'Giving the product emphasis by isolating it',
        'Emphasis',
      ],
      wrong: [
        w('Nothing', 'treats white space as unused area'),
        w(
          'Keeping the file within the printer’s ink limit',
          'gives a production reason for a design choice',
        ),
        w(
          'Making room for the bleed and crop marks around the page',
          'confuses margins with bleed',
        ),
        w('Nothing; it is space left for later content', 'treats white space as unused area'),
        w('Lowering print costs by saving ink', 'gives a production reason for a design choice'),
        w('Meeting the printer’s bleed requirement', 'confuses margins with bleed'),
      ],
    },
  ]),
  ruled('gdes-focal-point-by-isolation', 'focal', [
    {
      stem: (rng) =>
        `In ${client(rng)}’s grid of 20 grey product shots, one shot is printed in full colour. Which principle makes it the focal point?`,
      keys: [
        'Contrast (an anomaly) against the rest',
        'Contrast: the one break in a uniform field',
        'Contrast',
      ],
      wrong: [
        w('Alignment', 'names edges, not emphasis'),
        w(
          'Repetition of the grid that holds all twenty shots',
          'names what it shares with the rest',
        ),
        w(
          'Proximity: it sits close to the shots around it',
          'names grouping, which joins it to the rest',
        ),
        w('Proximity to the other shots', 'names grouping, which joins it to the rest'),
        w('Similarity of its size and shape', 'names what it shares with the rest'),
        w('Continuity along the grid lines', 'names a path, not emphasis'),
      ],
    },
  ]),
  ruled('gdes-grid-alignment-purpose', 'grid-purpose', [
    {
      stem: (rng) =>
        `${who(rng)} asks why every page of its catalogue sits on the same 12-column grid. What is the main benefit?`,
      keys: [
        'Consistent alignment and rhythm across pages',
        'Consistent alignment from page to page',
        'Consistent alignment',
      ],
      wrong: [
        w('Faster printing', 'gives a press reason for a layout choice'),
        w(
          'It removes the need to proof the pages before they go to print',
          'expects a grid to replace checking',
        ),
        w('It lets the printer impose pages faster', 'gives a press reason for a layout choice'),
        w('It guarantees accessible colour contrast', 'confuses layout with colour accessibility'),
        w('It makes the file size smaller', 'gives a file reason for a layout choice'),
      ],
    },
  ]),
  ruled('gdes-reversed-type-weight', 'reverse-type', [
    {
      stem: (rng) =>
        `${who(rng)}’s flyer sets fine 8 pt light serif text white out of a dark four-colour background. What is the risk on press?`,
      keys: [
        'Thin strokes fill in and the text breaks up',
        'Ink spread closes up the hairlines',
        'Hairlines fill in',
      ],
      wrong: [
        w('Colour shift', 'names a colour problem where the fault is ink spread'),
        w(
          'The text will print too heavy and bold because white ink is thick',
          'thinks white is printed rather than left unprinted',
        ),
        w(
          'The white text prints with a white ink',
          'thinks white is printed rather than left unprinted',
        ),
        w('The text turns the background lighter', 'reverses cause and effect'),
        w('Nothing; reversed type prints like black', 'ignores ink spread on small reversed type'),
      ],
    },
  ]),
  ruled('gdes-caption-proximity-fix', 'proximity', [
    {
      stem: (rng) =>
        `In ${client(rng)}’s newsletter a caption sits exactly half way between the photo above it and the article below, and readers attach it to the article. Which fix follows the principle involved?`,
      keys: [
        'Move the caption closer to its photo (proximity)',
        'Tighten the caption up to its photo (proximity)',
        'Closer to the photo (proximity)',
      ],
      wrong: [
        w('Bold it (contrast)', 'emphasises it without grouping it'),
        w(
          'Put a rule between the caption and the article and keep the spacing (closure)',
          'adds a line but keeps it equidistant',
        ),
        w(
          'Set the caption in the article’s typeface (similarity)',
          'makes it look more like the article',
        ),
        w(
          'Centre the caption under the page (alignment)',
          'changes alignment but keeps it equidistant',
        ),
        w('Enlarge the caption to stand out (contrast)', 'emphasises it without grouping it'),
      ],
    },
  ]),
  ruled('gdes-visual-weight', 'visual-weight', [
    {
      stem: (rng) =>
        `${who(rng)}’s layout has two shapes of equal size: one saturated red, one pale grey-blue, on white. Which carries more visual weight?`,
      keys: ['The saturated red shape', 'The red one, being saturated and warm', 'The red one'],
      wrong: [
        w('The pale one', 'thinks pale, cool colours weigh more'),
        w(
          'The grey-blue one, because cool colours advance toward the viewer',
          'reverses which colours advance',
        ),
        w('The pale grey-blue shape', 'thinks pale, cool colours weigh more'),
        w('Neither: equal sizes carry equal weight', 'treats size as the only source of weight'),
        w('Whichever sits lower on the page only', 'treats position as the only source of weight'),
      ],
    },
  ]),
]
