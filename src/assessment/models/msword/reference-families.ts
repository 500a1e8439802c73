import type { Rng } from '../../rng.js'
import {
  client,
  document,
  ordinal,
  redrawn,
  ruleFamily,
  type WordFamily,
  worked,
} from './msword-text.js'

// Long documents as documented in Microsoft Support (Word): "Add, format, or delete captions"
// (captions are SEQ fields numbered in order; they renumber when fields update); "Insert a
// cross-reference" (a cross-reference is a REF field that shows the caption number when last
// updated, and changes only when fields are updated, e.g. select all and press F9); "Insert
// footnotes and endnotes" (footnotes at the foot of the page, endnotes at the end of the
// document or section; numbering Continuous, Restart each section or Restart each page;
// Convert); "Update a table of contents" (Update page numbers only, or Update entire table);
// "Insert a table of contents" (headings in built-in heading styles; Add Text adds a
// paragraph at a level); "Create and update an index" (Mark Entry, Alt+Shift+X, inserts XE
// fields formatted as hidden text; Insert Index); "Create a bibliography, citations, and
// references" (Manage Sources; the citation style list, e.g. APA, Chicago, MLA, changes every
// citation and the bibliography); "Insert a table of figures" (built from captions);
// "Add or delete bookmarks" (names begin with a letter and hold no spaces).

const Client = (rng: Rng) => client(rng).replace(/^./, (c) => c.toUpperCase())

export const REFERENCE_FAMILIES: readonly WordFamily[] = [
  redrawn('caption-cross-reference-after-insert', (rng) => {
    const n = rng.int(6, 14)
    const k = rng.int(2, n - 1)
    const m = rng.int(1, n)
    const updated = rng.next() < 0.6
    const after = m >= k ? m + 1 : m
    return worked(rng, {
      stem: `${Client(rng)}’s ${document(rng)} has Figures 1 to ${n}, with captions from Insert Caption and a cross-reference “see Figure ${m}” inserted with Only label and number. The assistant inserts a new captioned figure just before the current Figure ${k}${updated ? ', then selects all and presses F9 (Word on Windows)' : ' and saves without updating any fields'}. What does the cross-reference read now?`,
      kind: 'caption-renumber',
      in: { n, k, m, updated },
      key: `see Figure ${updated ? after : m}`,
      wrong: [
        [
          updated ? 'stale' : 'autoUpdate',
          `see Figure ${updated ? m : after}`,
          updated
            ? 'thinks a cross-reference keeps its old number after F9'
            : 'thinks cross-references update themselves the moment captions change',
        ],
        ['newOne', `see Figure ${k}`, 'thinks the reference moves to the new figure'],
        ['shiftDown', `see Figure ${Math.max(1, m - 1)}`, 'shifts the number the wrong way'],
        ['last', `see Figure ${n + 1}`, 'thinks the new figure is numbered last, at the end'],
        [
          'error',
          'see Error! Reference source not found.',
          'expects a broken reference though its caption still exists',
        ],
      ],
    })
  }),
  redrawn('footnote-numbering-restart', (rng) => {
    const a = rng.int(3, 12)
    const k = rng.int(2, 9)
    const mode = rng.pick(['section', 'continuous'] as const)
    return worked(rng, {
      stem: `In ${client(rng)}’s ${document(rng)}, section 1 has ${a} footnotes. Footnote numbering (1, 2, 3) is set to ${mode === 'section' ? 'Restart each section' : 'Continuous'} for the whole document. What number does the ${ordinal(k)} footnote in section 2 carry?`,
      kind: 'footnote',
      in: { a, k, mode },
      key: String(mode === 'section' ? k : a + k),
      wrong: [
        [
          mode === 'section' ? 'continuous' : 'restart',
          String(mode === 'section' ? a + k : k),
          mode === 'section'
            ? 'continues numbering from section 1'
            : 'restarts the numbering at the new section',
        ],
        [
          'offByOne',
          String(mode === 'section' ? k + 1 : a + k - 1),
          mode === 'section'
            ? 'starts section 2 at 2, after a heading note'
            : 'counts section 1’s last note again',
        ],
        ['sectionCount', String(a), 'gives section 1’s number of notes'],
        [
          'roman',
          [
            'i',
            'ii',
            'iii',
            'iv',
            'v',
            'vi',
            'vii',
            'viii',
            'ix',
            'x',
            'xi',
            'xii',
            'xiii',
            'xiv',
            'xv',
            'xvi',
            'xvii',
            'xviii',
            'xix',
            'xx',
            'xxi',
          ][(mode === 'section' ? k : a + k) - 1]!,
          'uses the endnote default format, i, ii, iii',
        ],
      ],
    })
  }),
  ...[
    {
      id: 'toc-update-entire-table',
      stems: [
        'The assistant reworded two headings and added a new section to {client}’s {doc}. The table of contents still shows the old headings. Which update?',
        'After headings in {client}’s {doc} were renamed, Update Table leaves the old wording. What was chosen, and what is needed?',
      ],
      keys: [
        'Update Table > Update entire table',
        'Update entire table, not page numbers only',
        'Choose Update entire table',
      ],
      wrong: [
        [
          'Update Table > Update page numbers only',
          'refreshes page numbers and keeps the old heading text',
        ],
        ['Edit the wording in the table by hand', 'is overwritten at the next update'],
        ['Press Alt+F9 over the table', 'toggles field codes only'],
        ['Ctrl+Shift+F9 on the table', 'unlinks it, so it never updates again'],
        [
          'Delete the old headings from the Navigation pane',
          'removes the headings from the document',
        ],
      ],
    },
    {
      id: 'toc-add-text-level',
      stems: [
        'A paragraph in {client}’s {doc} that is not a heading must appear in the table of contents at level 2. Without restyling it as Heading 2, how?',
        'How does the assistant put a non-heading paragraph into {client}’s TOC at level 2?',
      ],
      keys: [
        'References > Add Text > Level 2',
        'Add Text, choosing Level 2',
        'Set its level with Add Text (Level 2)',
      ],
      wrong: [
        [
          'References > Mark Entry > Level 2',
          'Mark Entry marks index entries, not table of contents levels',
        ],
        [
          'References > Insert Caption > Level 2',
          'captions feed a table of figures, not the contents',
        ],
        ['Home > Styles > Level 2', 'invents a style called Level 2 instead of a TOC level'],
        ['Make it bold and 14 pt', 'looks are not what the table reads; levels are'],
        ['Insert a bookmark on it', 'bookmarks do not add TOC entries'],
        ['Mark it with Mark Entry (Alt+Shift+X)', 'marks an index entry, not a TOC entry'],
        ['Type it into the table by hand', 'is lost at the next update'],
        ['Insert a caption on it', 'captions feed a table of figures'],
      ],
    },
    {
      id: 'footnote-vs-endnote',
      stems: [
        'The client wants {client}’s {doc} notes collected at the end of each chapter, not at the foot of pages. Which notes?',
        'Which kind of note in Word appears at the end of the document or section rather than at the bottom of the page?',
      ],
      keys: [
        'Endnotes, placed at the end of the section',
        'Endnotes, set to End of section',
        'Endnotes (Insert Endnote, end of section)',
      ],
      wrong: [
        ['Footnotes', 'footnotes sit at the foot of the page or below text'],
        [
          'Footnotes set to Restart each section, collected per chapter',
          'restarting the numbering does not move footnotes off the page',
        ],
        [
          'Footnotes, placed at the end of the section',
          'footnotes sit at the foot of the page or below text',
        ],
        [
          'Comments, placed at the end of the section',
          'comments are review notes, not printed notes',
        ],
        ['Captions, placed at the end of the section', 'captions label figures and tables'],
        [
          'Citations, placed at the end of the section',
          'citations point to sources in a bibliography',
        ],
        ['Bookmarks, placed at the end of the section', 'bookmarks mark places, they show no note'],
      ],
    },
    {
      id: 'citation-style-switch',
      stems: [
        'The client asks for {client}’s {doc} citations and bibliography in Chicago style instead of APA. Using Word’s citation tools, what does the assistant do?',
        'Citations were inserted with Insert Citation in {client}’s {doc}. The publisher wants MLA. How?',
      ],
      keys: [
        'Change the Style list on References',
        'Pick the new style in References > Style',
        'Switch References > Style; all citations follow',
      ],
      wrong: [
        [
          'Retype each citation by hand in the new style, then update the bibliography',
          'they would be plain text, out of step with the sources',
        ],
        [
          'Use Manage Sources to copy each source again under the new style',
          'copies sources between lists, the style is set elsewhere',
        ],
        [
          'Retype each citation in the new style',
          'they would be plain text, out of step with the sources',
        ],
        [
          'Edit the Bibliography heading style',
          'changes the heading’s look, not the citation style',
        ],
        ['Manage Sources > Copy each source again', 'copies sources between lists, not styles'],
        ['Insert a new bibliography under the old one', 'uses the same style as the citations'],
        ['Apply the Quote style to each citation', 'is a paragraph style'],
      ],
    },
    {
      id: 'index-mark-entry',
      stems: [
        'The assistant is building an index for {client}’s {doc}. What does Mark Entry (Alt+Shift+X) insert at each term?',
        'After Mark Entry in {client}’s {doc}, odd code appears in the text. What is it?',
      ],
      keys: [
        'An XE field, formatted as hidden text',
        'XE index-entry fields (hidden text)',
        'A hidden { XE "term" } field',
      ],
      wrong: [
        ['A TC field, formatted as hidden text', 'TC marks table of contents entries'],
        ['A bookmark named after the term', 'bookmarks are not index entries'],
        ['A SEQ field counting the term', 'numbers captions'],
        ['A comment holding the term', 'comments are for review'],
        ['An INDEX field at each term', 'INDEX builds the index itself, once, where inserted'],
      ],
    },
    {
      id: 'table-of-figures-source',
      stems: [
        'The assistant inserts a Table of Figures in {client}’s {doc} but it is empty, though there are 20 charts. What is missing?',
        'A table of figures for {client}’s {doc} lists nothing. What does it build from?',
      ],
      keys: [
        'Captions added with Insert Caption',
        'Insert Caption captions with that label',
        'Word captions (Caption style, SEQ numbers)',
      ],
      wrong: [
        [
          'Alt text typed on each chart in Format Picture',
          'alt text is for accessibility, not captions',
        ],
        ['Headings in Heading 1 to 3 above each chart', 'feed the table of contents'],
        ['Alt text on each chart', 'alt text is for accessibility'],
        ['Headings in Heading 1 to 3', 'feed the table of contents'],
        ['Bookmarks on each chart', 'are not read by a table of figures'],
        ['Index entries for each chart', 'feed the index'],
        ['Charts inserted from Excel', 'the source of a chart does not matter'],
      ],
    },
    {
      id: 'bookmark-name-rules',
      stems: [
        'Word greys out Add when the assistant names a bookmark in {client}’s {doc}. Which name is valid?',
        'Which bookmark name will Word accept in {client}’s {doc}?',
      ],
      keys: ['Contract_Value', 'ClientName2026', 'Fee_Total'],
      wrong: [
        ['Contract Value 2026', 'holds spaces'],
        ['Client.Name.Total', 'holds full stops, which Word does not accept'],
        ['Contract Value', 'holds a space'],
        ['2026ClientName', 'starts with a digit'],
        ['Fee-Total', 'holds a hyphen, which Word does not accept'],
        ['_FeeTotal', 'starts with an underscore, kept for hidden bookmarks'],
        ['Fee Total 2026', 'holds spaces'],
      ],
    },
    {
      id: 'caption-chapter-numbers',
      stems: [
        'Captions in {client}’s {doc} must read Figure 2-1, 2-2 under chapter 2. Insert Caption > Numbering > Include chapter number gives an error. What is missing?',
        'Why can the assistant not include chapter numbers in figure captions in {client}’s {doc}?',
      ],
      keys: [
        'Numbered headings: a multilevel list linked to Heading 1',
        'Chapter headings numbered by a list linked to Heading 1',
        'Heading 1 must carry list numbering',
      ],
      wrong: [
        [
          'A SEQ Chapter field typed at the start of each chapter heading',
          'captions read heading numbering, not a SEQ field',
        ],
        [
          'A Next Page section break before each chapter heading',
          'sections are not chapter numbers',
        ],
        [
          'Chapter numbers typed at the start of each Heading 1 paragraph',
          'typed numbers are text, not heading numbering',
        ],
        ['A section break before each chapter', 'sections are not chapter numbers'],
        [
          'Chapter numbers typed at the start of each heading',
          'typed numbers are text, not heading numbering',
        ],
        ['A SEQ Chapter field in each heading', 'captions read heading numbering, not a SEQ field'],
        ['Page numbers restarting at each chapter', 'page numbering is unrelated'],
        [
          'The Title style on each chapter heading',
          'the chapter style must be a numbered heading style',
        ],
      ],
    },
  ].map(ruleFamily),
]
