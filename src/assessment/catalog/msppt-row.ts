import { type CatalogRow, row } from './catalog-row.js'

/** Microsoft PowerPoint as a freelance presentation designer or virtual assistant builds client decks in it. */
export const MSPPT_ROW: CatalogRow = row(
  'microsoft-powerpoint',
  'Microsoft PowerPoint',
  'Virtual Assistant',
  3,
  10,
  [
    ['pptGeometry', 20],
    ['pptAnimation', 20],
    ['pptShow', 20],
    ['pptMaster', 20],
    ['pptOutput', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance presentation designer or virtual assistant builds and tidies decks for clients: ' +
      'they resize decks between widescreen and 4:3, lay objects out to a grid, set up animations ' +
      'and self-running shows, keep formatting on the master, and hand over images, handouts, ' +
      'prints and videos. Slide size and layout geometry: Ensure Fit and Maximize scaling when the ' +
      'slide size changes, positions and sizes in inches, centimetres, points and EMU, Align and ' +
      'Distribute results worked from stated positions, picture Fit, Fill and crop, locked aspect ' +
      'ratio and scale percentages, and layout grids: 20 %. Animation timing: On Click, With ' +
      'Previous and After Previous sequences with delays, durations and repeats, when each effect ' +
      'starts and ends, the clicks a slide needs, triggers, text by letter and by paragraph: 20 %. ' +
      'Slide shows, transitions and numbering: kiosk loops from After times and transition ' +
      'durations, animations that hold a slide, hidden slides, From/To ranges and custom shows, ' +
      'and slide numbers with "Number slides from", deleted and hidden slides and the title-slide ' +
      'option: 20 %. Masters, layouts, themes and text formatting: which of slide, layout and ' +
      'master formatting wins, Reset, what a master change reaches, theme fonts and colours and ' +
      'their shades, footers and background graphics, bullet levels, font-size steps, autofit and ' +
      'line spacing: 20 %. Output: exported image sizes at a stated resolution, compression, ' +
      'effective picture resolution, handout and notes page counts, print ranges with hidden ' +
      'slides, duplex sheets, scale to fit paper and exported video length: 20 %. Each item states ' +
      'the program behaviour its key rests on that is not common knowledge. Not tested: ribbon ' +
      'locations and shortcuts beyond the ones an item states, visual design judgement, ' +
      'PowerPoint for the web or Mac differences, VBA and add-ins, and other presentation ' +
      'programs. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
