import { row } from './catalog-row.js'

/**
 * HTML and CSS as clients hire a freelance front-end developer for them: building pages and
 * components to a design. Each item shows a small page and asks which selector, declarations,
 * rule or markup makes it look or behave as stated; every option is rendered in a browser by the
 * tests, so the key is what a browser shows, not what a style guide prefers.
 */
export const HTML_CSS_ROW = row(
  'html-css',
  'HTML and CSS',
  'Technology & IT',
  4,
  25,
  [
    ['htmlcssCascade', 20],
    ['htmlcssBox', 20],
    ['htmlcssLayout', 25],
    ['htmlcssResponsive', 15],
    ['htmlcssMarkup', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance front-end developer is mostly hired to turn a design (a Figma file, a ' +
      'screenshot, an existing site) into pages and components, or to fix a layout that breaks. ' +
      'The largest part of that work is laying components out with flexbox and grid: centring, ' +
      'distributing free space, wrapping, track sizing and placing items in a grid (25 %). Almost ' +
      'every bug report a client sends is a cascade or box problem: a rule that does not win ' +
      'because of specificity, importance, layers or inheritance, a selector that matches too ' +
      'much or too little (20 %); and a box that is the wrong size or in the wrong place: box ' +
      'sizing, collapsing margins, percentages, absolute, fixed and sticky positioning and ' +
      'z-index stacking contexts (20 %). The markup is the developer’s too: elements the parser ' +
      'keeps as written, forms whose labels, input types, validation and submitted values work ' +
      'without script (20 %). Every page must also work on phones and user settings: media and ' +
      'container queries, rem, em and vw, clamp() and min(), sizes and picture sources (15 %). ' +
      'JavaScript frameworks, preprocessors, CSS frameworks and accessibility audits are separate ' +
      'tests, and visual design judgement is the UI design test, so none are tested here; ' +
      'every item names the page it is about, and its options are checked by rendering them ' +
      'in a current browser.',
  },
)
