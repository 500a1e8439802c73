import { ruleFamily, type WordFamily } from './msword-text.js'

// Page layout as documented in Microsoft Support (Word): "Insert a section break" and "About
// sections and section breaks" (a section break holds the formatting of the section before it;
// deleting it makes the text before it take the formatting of the following section; a
// Continuous break starts the new section on the same page, as for columns); "Change the page
// orientation to landscape or portrait" (select the pages, Layout > Margins > Custom Margins,
// Orientation, Apply to: Selected text, and Word adds section breaks around them); "Add
// different headers and footers to different sections" (turn off Link to Previous before
// editing the new section's header); "Change margins" (Mirrored margins for facing pages, the
// gutter for binding); "Vertically align text" (Layout > Page Setup > Layout tab, Vertical
// alignment, applied to the section); "Control pagination" (Keep with next, Keep lines
// together, Page break before, Widow/Orphan control).

export const LAYOUT_RULE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'layout-landscape-one-page',
    stems: [
      'A wide table on page 7 of {client}’s {doc} must be on a landscape page while the rest stays portrait. What does the assistant do?',
      'One page of {client}’s {doc} holds a Gantt chart that needs landscape. How is that page alone turned?',
    ],
    keys: [
      'Put Next Page section breaks around it; set that section landscape',
      'Make it its own section with Next Page breaks, then landscape',
      'Select it, Orientation Landscape, Apply to: Selected text',
    ],
    wrong: [
      [
        'Insert page breaks before and after it, then set that page to landscape',
        'page breaks do not start a section, so the whole section turns landscape',
      ],
      [
        'Add Continuous section breaks around it, then set that section to landscape',
        'orientation cannot change mid-page; the breaks must be Next Page',
      ],
      [
        'Insert page breaks around it; set that page landscape',
        'page breaks do not start a section, so the whole section turns',
      ],
      [
        'Rotate the table 90 degrees with Text Direction',
        'turns the text in the cells, not the page',
      ],
      [
        'Use Continuous section breaks; set it landscape',
        'a page’s orientation cannot change mid-page; Next Page breaks are needed',
      ],
      [
        'Set Layout > Orientation > Landscape on that page',
        'with no section break it turns the whole document',
      ],
      [
        'Insert the table as a landscape picture instead',
        'loses the editable table and keeps the page portrait',
      ],
    ],
  },
  {
    id: 'layout-delete-section-break',
    stems: [
      'In {client}’s {doc}, section 2 is landscape and section 3 portrait. The assistant deletes the break ending section 2. What happens to section 2’s text?',
      'The break between a two-column section and a one-column section of {client}’s {doc} is deleted. What layout does the text above the break get?',
    ],
    keys: [
      'It takes the formatting of the section that followed',
      'It takes the layout of the section after the break',
      'It takes the layout of the section after it',
      'It adopts the following section’s page formatting',
    ],
    wrong: [
      [
        'It keeps its own layout and the next section adopts it',
        'has it backwards: the break stores the section before it',
      ],
      [
        'Each section keeps its own layout without a break',
        'sections cannot exist without a break between them',
      ],
      [
        'Word refuses to delete a break between differing layouts',
        'Word deletes it and merges the sections',
      ],
      ['The whole document reverts to the Normal template layout', 'only the two sections merge'],
      [
        'It takes the layout of the section before it',
        'joins the text to the earlier section, not the one that followed',
      ],
      [
        'Word asks which of the two layouts to keep',
        'Word deletes the break without asking and merges the sections',
      ],
    ],
  },
  {
    id: 'layout-columns-mid-page',
    stems: [
      'On one page of {client}’s newsletter, a full-width title must sit above a block of text in two columns. Which break goes after the title?',
      'A {doc} for {client} needs a one-column introduction and then three columns on the same page. What separates them?',
    ],
    keys: [
      'A Continuous section break',
      'A section break (Continuous)',
      'Layout > Breaks > Continuous',
    ],
    wrong: [
      ['A Next Page section break after the title', 'pushes the columns onto a new page'],
      [
        'A column break placed straight after the title',
        'moves text to the next column without changing the number of columns',
      ],
      ['A Next Page section break', 'pushes the columns onto a new page'],
      ['A Column break', 'moves text to the next column without changing the number of columns'],
      ['A Page break', 'starts a new page and no new section'],
      ['A Text Wrapping break', 'only moves text below a picture or object'],
      ['An Odd Page section break', 'starts the next section on an odd page'],
    ],
  },
  {
    id: 'layout-new-header-unlink',
    stems: [
      'Chapter 3 of {client}’s {doc} starts a new section, and its header must read “Chapter 3” while chapters 1-2 keep theirs. What must be done before typing?',
      'Section 4 of {client}’s {doc} needs its own footer text. Editing it keeps changing section 3’s footer too. What fixes it?',
    ],
    keys: [
      'Turn off Link to Previous in the new section’s header',
      'Clear Link to Previous in that section first',
      'Unlink it from the previous section’s header',
    ],
    wrong: [
      [
        'Turn off Link to Previous in the earlier section’s header first',
        'the link is set on the later section, to the one before it',
      ],
      [
        'Tick Different First Page for the new section, then type the header',
        'gives only the first page of the section a separate header',
      ],
      [
        'Tick Different First Page in the new section',
        'gives only the first page a separate header',
      ],
      ['Tick Different Odd & Even Pages', 'splits headers by page parity, not by section'],
      [
        'Insert a Next Page break inside the header',
        'breaks cannot go in a header and would not unlink it',
      ],
      [
        'Turn off Link to Previous in the earlier section',
        'the link is set on the later section, to the one before',
      ],
      ['Delete the previous section’s header first', 'removes it from the linked sections as well'],
    ],
  },
  {
    id: 'layout-mirror-margins-gutter',
    stems: [
      'A {doc} for {client} will be printed double-sided and bound on the left of each spread. Which margin setting keeps the wider margin on the inside of every page?',
      'For a printed, double-sided {doc}, the binding edge alternates sides. What page setup handles that?',
    ],
    keys: [
      'Mirrored margins, with a gutter for the binding',
      'Multiple pages: Mirror margins, plus a gutter',
      'Mirror margins (inside/outside) and a gutter',
    ],
    wrong: [
      [
        'A wider left margin on every page, set in Layout > Margins',
        'puts the wide margin on the outside edge of every even page',
      ],
      [
        'Different Odd & Even Pages in the header, with wider left margins',
        'changes headers only; the margins stay on the left',
      ],
      ['A wide left margin on every page', 'puts the wide margin on the outside of even pages'],
      ['Book fold with a right gutter position', 'folds sheets into a booklet, a different layout'],
      ['2 pages per sheet with wide margins', 'prints two small pages on one sheet'],
      ['Different Odd & Even Pages for the header', 'changes headers, not margins'],
      ['Landscape orientation for even pages', 'turns the pages, it does not move the margin'],
    ],
  },
  {
    id: 'layout-vertical-centre-cover',
    stems: [
      'The cover of {client}’s {doc} must have its title centred between the top and bottom of the page, and the rest must not. How?',
      'A title page for {client} needs its text centred vertically on the page without blank lines. Which setting?',
    ],
    keys: [
      'Make it its own section; Vertical alignment: Center',
      'Page Setup > Layout: Vertical alignment Center, own section',
      'Section break after it, then vertical alignment Center',
    ],
    wrong: [
      [
        'Set Vertical alignment to Center for the whole document, with no break',
        'applies to the whole document when it is one section',
      ],
      [
        'Add blank paragraphs above the title until it sits in the middle of the page',
        'breaks as soon as anything on the page changes size',
      ],
      ['Press Enter until it looks centred', 'breaks as soon as anything changes size'],
      ['Centre the paragraphs with Ctrl+E', 'centres horizontally, not top to bottom'],
      [
        'Set Vertical alignment Center with no section break',
        'applies to the whole document as one section',
      ],
      [
        'Set 50% space before the title paragraph',
        'Word sets spacing in points, not page percentages',
      ],
      [
        'Insert it in a centred text box anchored to the header',
        'a workaround that leaves the layout fragile',
      ],
    ],
  },
  {
    id: 'layout-heading-new-page',
    stems: [
      'Every Heading 1 in {client}’s {doc} must start on a new page even after edits move text. What is the robust way?',
      'Chapters in {client}’s {doc} keep drifting off the top of pages after edits. How does the assistant make each Heading 1 always start a page?',
    ],
    keys: [
      'Set Page break before in the Heading 1 style',
      'Heading 1 style: Line and Page Breaks, Page break before',
      'Turn on Page break before for Heading 1',
    ],
    wrong: [
      [
        'Insert a manual page break before each heading',
        'works until edits leave blank or half-empty pages',
      ],
      [
        'Set Keep with next in the Heading 1 style',
        'only keeps the heading with the next paragraph',
      ],
      [
        'Set Widow/Orphan control in Heading 1',
        'controls single lines of paragraphs split across pages',
      ],
      [
        'Press Enter until each heading reaches a new page',
        'breaks as soon as any text above changes',
      ],
      ['Set Keep lines together in Heading 1', 'keeps a paragraph’s lines on one page'],
    ],
  },
  {
    id: 'layout-keep-with-next',
    stems: [
      'In {client}’s {doc}, a table caption above a table keeps ending up alone at the foot of a page. Which paragraph setting on the caption fixes that?',
      'A heading in {client}’s {doc} sits at the bottom of a page with its text on the next. Which setting on the heading prevents it?',
    ],
    keys: [
      'Keep with next',
      'Line and Page Breaks: Keep with next',
      'Keep with next on that paragraph',
    ],
    wrong: [
      [
        'Keep lines together on both paragraphs',
        'keeps the lines of each paragraph together, not the two paragraphs',
      ],
      [
        'Widow/Orphan control on the paragraph before',
        'stops single lines being left alone, not two paragraphs parting',
      ],
      ['Keep lines together', 'keeps the lines of one paragraph together, not two paragraphs'],
      ['Widow/Orphan control', 'stops a single line of a paragraph being left alone'],
      ['Page break before', 'always starts it on a new page'],
      ['Suppress line numbers', 'hides line numbers for that paragraph'],
      ['Don’t hyphenate', 'turns hyphenation off'],
    ],
  },
].map(ruleFamily)
