import { client, type FigmaFamily, type Setting, settingFamilies } from './figma-text.js'

// Which auto layout setting a design needs, after help.figma.com, "Explore auto layout
// properties" (resizing: Hug contents, Fill container, Fixed; spacing Auto; Wrap; min and max
// width and height; Absolute position; advanced settings: canvas stacking, strokes included in
// layout, text baseline alignment). Each situation calls for one setting only.
const AUTO_LAYOUT_SETTINGS: Readonly<Record<string, Setting>> = {
  'Hug contents': {
    names: ['Hug contents', 'Resizing: Hug contents', 'Hug contents on the frame'],
    asks: [
      'a button frame must grow and shrink with its label as the copywriter edits it',
      'a tag frame must be exactly as wide as its text plus padding, whatever the text',
    ],
    gloss: 'sizes a frame to its children and padding',
  },
  'Fill container': {
    names: ['Fill container', 'Resizing: Fill container', 'Fill container on the child'],
    asks: [
      'a text field inside a form must stretch to the form’s width whenever the form is resized',
      'a card’s description must take whatever width is left beside a fixed thumbnail',
    ],
    gloss: 'stretches a child over the space left in its parent',
  },
  'Fixed size': {
    names: ['Fixed width', 'Resizing: Fixed', 'A fixed width on the layer'],
    asks: [
      'an icon slot must stay 24 wide however long the neighbouring label grows or the row is resized',
    ],
    gloss: 'keeps a layer at the size set on it',
  },
  'Auto spacing': {
    names: ['Spacing between items: Auto', 'Auto spacing', 'Space between (Auto gap)'],
    asks: [
      'a header must keep the logo at the left edge and the menu icon at the right edge as the frame widens',
      'five tab icons must spread out evenly from edge to edge of a fixed-width tab bar',
    ],
    gloss: 'spreads the free space evenly between the children',
  },
  'Absolute position': {
    names: ['Absolute position', 'Ignore auto layout (absolute)', 'Absolute position on the layer'],
    asks: [
      'a notification badge must sit over a button’s top-right corner without pushing the label aside',
      'a close icon must float over a card’s corner while the card’s other children stay in the stack',
    ],
    gloss: 'takes a child out of the flow so it can be placed freely',
  },
  Wrap: {
    names: ['Wrap', 'Direction: Wrap', 'Wrap (flow onto new lines)'],
    asks: [
      'filter chips must move onto a second line when the row runs out of width, instead of overflowing',
    ],
    gloss: 'moves children onto a new line when they do not fit',
  },
  'Max width': {
    names: ['Max width', 'A max width on the frame', 'Max width (resizing limit)'],
    asks: [
      'a paragraph set to Fill container must stop widening beyond 640 on large desktop frames',
    ],
    gloss: 'caps how far a resizing layer may grow',
  },
  'Canvas stacking': {
    names: [
      'Canvas stacking: First on top',
      'First on top stacking',
      'Canvas stacking (first on top)',
    ],
    asks: [
      'in an overlapping avatar row with negative spacing, the left-most avatar must be drawn above the next one',
    ],
    gloss: 'chooses whether earlier or later children draw on top',
  },
}

export const AUTO_LAYOUT_SETTING_FAMILIES: readonly FigmaFamily[] = settingFamilies(
  'setting',
  AUTO_LAYOUT_SETTINGS,
  (rng, ask) =>
    `Building ${client(rng)} in Figma, a designer finds that ${ask}. Which auto layout setting does that?`,
  'help.figma.com, Explore auto layout properties',
)
