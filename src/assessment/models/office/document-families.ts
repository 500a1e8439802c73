import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { fact } from './fact-family.js'

const WORD = 'In a word processor (Microsoft Word)'

/**
 * Word processing as clients ask for it: styles and the table of contents they feed, tracked
 * changes and comments, mail merge, sections with their own layout, headers and page numbers,
 * and keeping text together. Each family is one feature's rule.
 */
export const DOCUMENT_FAMILIES: readonly ScenarioFamily[] = [
  fact(
    'headings-feed-the-contents',
    (rng) =>
      `${WORD}, a ${rng.pick(['40-page report', 'staff handbook', 'grant proposal'])} needs a table of contents that can be updated. What is done first?`,
    'Apply the built-in Heading styles to the headings',
    [
      [
        'Make each heading bold and two points larger',
        'direct formatting, which the contents cannot see',
      ],
      ['Type the contents page by hand with the page numbers', 'a typed list that never updates'],
      ['Insert a page break before every heading', 'page breaks that mark no heading level'],
      ['Put each heading in its own text box', 'text boxes that the contents cannot see'],
    ],
  ),
  fact(
    'update-the-contents',
    (rng) =>
      `${WORD}, after ${rng.pick(['a section was added', 'two chapters were moved', 'headings were reworded'])}, the automatic table of contents shows old headings and page numbers. What brings it up to date?`,
    'Update the entire table',
    [
      ['Update page numbers only', 'keeps the old headings'],
      [
        'Delete the table and type it again by hand',
        'replaces a field that updates with one that cannot',
      ],
      ['Save, close and reopen the document', 'expects the field to update by itself'],
      ['Apply the Normal style to the table', 'restyles the table without updating it'],
    ],
  ),
  fact(
    'change-body-font-everywhere',
    (rng) =>
      `${WORD}, a client wants every paragraph of body text in a ${rng.pick(['long contract', 'newsletter', 'manual'])} changed to another font, now and in anything added later. How?`,
    'Modify the Normal (body text) style',
    [
      ['Select all and pick the new font', 'direct formatting that new paragraphs may not follow'],
      ['Find and replace the old font name in the text', 'searches the text for the font name'],
      ['Change the font in the Print settings', 'expects printing to change the document'],
      ['Apply the new font to each page in turn', 'direct formatting page by page'],
    ],
  ),
  fact(
    'clean-copy-from-tracked-changes',
    (rng) =>
      `${WORD}, a ${rng.pick(['contract', 'report', 'proposal'])} full of tracked changes and comments is agreed. The client wants a clean final file with no markup in it. What is done?`,
    'Accept all changes, then delete all comments',
    [
      ['Turn Track Changes off', 'stops tracking new edits but keeps the existing markup'],
      [
        'Switch the view to No Markup and save',
        'hides the markup on screen but keeps it in the file',
      ],
      ['Reject all changes, then delete all comments', 'throws away the agreed edits'],
      ['Accept all changes and keep the comments', 'leaves the comments in the final file'],
    ],
  ),
  fact(
    'track-before-editing',
    (rng) =>
      `${WORD}, a client wants to see every edit you make to their ${rng.pick(['article', 'CV', 'policy'])} and accept or reject each one. What is done before editing?`,
    'Turn on Track Changes',
    [
      ['Turn on Show Comments', 'comments show notes, not edits'],
      ['Save a copy and edit the original', 'leaves no record of which edits were made'],
      ['Highlight each edit in yellow', 'marks edits that cannot be accepted or rejected'],
      ['Protect the document for Comments only', 'blocks the edits instead of tracking them'],
    ],
  ),
  fact(
    'compare-untracked-versions',
    (rng) =>
      `${WORD}, a client sent back a ${rng.pick(['report', 'contract', 'brochure text'])} edited with Track Changes off. How are their edits shown as tracked changes?`,
    'Compare the original and the revised document',
    [
      [
        'Turn on Track Changes in the revised file and save it again',
        'tracks only edits made from now on',
      ],
      ['Combine the comments of both files', 'comments hold notes, not the edits'],
      ['Undo the client edits one by one', 'works only in the session the edits were made'],
      ['Open the revised file in Read Mode', 'a view that shows no differences'],
    ],
  ),
  fact(
    'comment-not-edit',
    (rng) =>
      `${WORD}, while editing you are unsure whether a ${rng.pick(['figure', 'date', 'name'])} in the client's text is right. How do you raise it without changing the text?`,
    'Insert a comment on it',
    [
      ['Type the question in brackets in the text', 'writes the query into the client text'],
      ['Change it to your guess with tracking on', 'changes the text on a guess'],
      ['Highlight it and say nothing', 'leaves the question unasked'],
      ['Delete it with tracking on', 'removes text to ask about it'],
    ],
  ),
  fact(
    'mail-merge-from-a-list',
    (rng) =>
      `${WORD}, a client wants a personalised letter to each of ${rng.pick(['300 customers', '120 members', '85 donors'])} in a spreadsheet. What is the way to do it?`,
    'Mail merge with the spreadsheet as data source',
    [
      ['Copy the letter once per customer and type the names', 'copies by hand that invite errors'],
      ['One letter with all names listed at the top', 'one letter instead of one per person'],
      [
        'Paste the spreadsheet into the letter as a table',
        'a table in a letter, not one letter each',
      ],
      ['Find and replace the name for each printing', 'a manual cycle per letter'],
    ],
  ),
  fact(
    'merge-source-layout',
    (rng) =>
      `${WORD}, a mail merge data source is a spreadsheet of ${rng.pick(['clients', 'members', 'suppliers'])}. How must it be laid out?`,
    'One header row of field names, one row per person',
    [
      [
        'One column per person, with the field names listed down column A',
        'turns records into columns',
      ],
      ['A title row above the field names', 'an extra row the merge reads as field names'],
      ['Blank rows between groups of people', 'blank rows that merge as empty letters'],
      ['Field names repeated above each person', 'header rows repeated as records'],
    ],
  ),
  fact(
    'merge-skip-records',
    (rng) =>
      `${WORD}, a mail merge should produce letters only for ${rng.pick(['customers in one region', 'members whose fees are due', 'clients who opted in'])}. Where is that set?`,
    'Filter the recipient list by that field in the merge',
    [
      [
        'Delete the other rows from the shared source spreadsheet first',
        'destroys data the client still needs',
      ],
      [
        'Merge every letter and throw the others away',
        'wastes the merge and risks a wrong letter sent',
      ],
      ['Hide the other rows in the source spreadsheet', 'hidden rows that still merge'],
      ['Sort the list so those rows come first', 'orders the rows but merges them all'],
    ],
  ),
  fact(
    'one-landscape-page',
    (rng) =>
      `${WORD}, one ${rng.pick(['wide table', 'large chart', 'timeline'])} needs a landscape page in a portrait document. How?`,
    'Section breaks around it; that section set to landscape',
    [
      ['Page breaks around it; that page landscape', 'orientation follows sections, not pages'],
      [
        'Rotate the content by 90 degrees inside a text box on a portrait page',
        'turns the content, not the page',
      ],
      ['Set the whole document to landscape', 'turns every page'],
      [
        'Column breaks around it; that column landscape',
        'orientation follows sections, not columns',
      ],
    ],
  ),
  fact(
    'number-from-after-cover',
    (rng) =>
      `${WORD}, a ${rng.pick(['report', 'thesis', 'manual'])} has a cover and contents pages; page numbers should start at 1 on the first chapter. How?`,
    'Section break before it, unlink the footer, start at 1',
    [
      [
        'Page break before it, then start numbering at 1',
        'a page break that starts no new section',
      ],
      ['Delete the numbers on the first pages by hand', 'the footer is shared, so all numbers go'],
      ['Cover the early numbers with white boxes', 'hides numbers that still count'],
      [
        'Set a different first page and keep the whole document as one section',
        'affects only the very first page',
      ],
    ],
  ),
  fact(
    'different-first-page',
    (rng) =>
      `${WORD}, a ${rng.pick(['one-section letter', 'short report'])} should show the page number on every page except the first. Which setting does that?`,
    'Different First Page',
    [
      ['Different Odd and Even Pages', 'alternates pages instead of dropping the first'],
      ['Start numbering at 0', 'still prints a number on page one'],
      ['Link to Previous', 'links sections, but there is only one'],
      [
        'Delete the footer and type the page numbers on each later page',
        'typed numbers that never update',
      ],
    ],
  ),
  fact(
    'link-to-previous',
    (rng) =>
      `${WORD}, changing the ${rng.pick(['header', 'footer'])} of section 2 keeps changing section 1 as well. What separates them?`,
    'Turn off Link to Previous in section 2',
    [
      ['Turn on Different First Page in section 2', 'separates a first page, not a section'],
      ['Insert a page break at the start of section 2', 'a page break that starts no section'],
      ['Retype the header in section 1', 'the link copies it over again'],
      ['Turn on Different Odd and Even Pages', 'alternates pages instead of unlinking sections'],
    ],
  ),
  fact(
    'non-breaking-space',
    (rng) =>
      `${WORD}, the measure "${rng.pick(['10 kg', '25 km', '€ 40'])}" keeps splitting across two lines. What keeps it together?`,
    'A non-breaking space between its parts',
    [
      ['Two ordinary spaces between its parts', 'extra spaces are still break points'],
      [
        'A manual line break before the number, so both parts start a new line',
        'a break that moves when the text reflows',
      ],
      ['A tab between its parts', 'a tab the line may still break at'],
      ['A narrower font for that paragraph', 'hides the break until the text changes'],
    ],
  ),
  fact(
    'keep-heading-with-next',
    (rng) =>
      `${WORD}, ${rng.pick(['headings', 'table captions'])} keep landing alone at the bottom of a page, with their text on the next. What fixes it in every case?`,
    'Keep with next, set in their style',
    [
      [
        'Press Enter above each one until it moves',
        'blank lines that misplace it once text changes',
      ],
      ['Insert a page break before each one', 'breaks that leave gaps once text changes'],
      ['Reduce the bottom margin of each page', 'margins that move the problem elsewhere'],
      [
        'Turn on Widow and orphan control only, in every paragraph',
        'keeps lines of one paragraph, not two together',
      ],
    ],
  ),
  fact(
    'automatic-footnotes',
    (rng) =>
      `${WORD}, a ${rng.pick(['report', 'article', 'white paper'])} needs numbered source notes at the foot of pages that renumber when notes are added. How?`,
    'Insert Footnote at each point',
    [
      ['Type superscript numbers and notes in the footer', 'typed numbers that never renumber'],
      ['Insert Comment at each point', 'comments that do not print as notes'],
      ['Insert Endnote and move each one by hand', 'notes that collect at the end instead'],
      ['Use a numbered list at the bottom of each page', 'a list that does not follow the text'],
    ],
  ),
  fact(
    'replace-whole-words',
    (rng) => {
      const [word, longer] = rng.pick([
        ['cat', 'category'],
        ['art', 'start'],
        ['pen', 'open'],
      ] as const)
      return `${WORD}, Replace All should change the word "${word}" but not the "${word}" inside "${longer}". Which option is set?`
    },
    'Find whole words only',
    [
      ['Match case', 'matches capitals, not word boundaries'],
      ['Use wildcards', 'wildcards add patterns, not word boundaries'],
      ['Sounds like (English)', 'matches words that sound alike'],
      ['Match prefix', 'matches the start of longer words'],
    ],
  ),
  fact(
    'captions-and-cross-references',
    (rng) =>
      `${WORD}, a ${rng.pick(['report', 'manual'])} says "see Figure 4" in many places, and figures are often added. What keeps the numbers right?`,
    'Captions on figures, cross-references in the text',
    [
      ['Type the captions and renumber them by hand', 'typed numbers that never update'],
      ['Put the figure numbers in the footer', 'numbers tied to pages, not figures'],
      [
        'Insert each figure inside a numbered list style so it counts itself',
        'numbers the text cannot refer to',
      ],
      ['Insert Footnote under each figure', 'note numbers, not figure numbers'],
    ],
  ),
  fact(
    'reuse-with-a-template',
    (rng) =>
      `${WORD}, a client sends the same ${rng.pick(['quote', 'monthly report', 'letter'])} layout every week and keeps overwriting last week's file. What is set up?`,
    'A template that new documents are created from',
    [
      ["A read-only copy of last week's file", 'still edits an old file each week'],
      ['A macro that deletes the old text', 'clears content but keeps one file'],
      [
        "A copy of last week's file saved under a new name before each edit",
        'works only if nobody forgets to copy',
      ],
      ['Track Changes left on all the time', 'records edits, not a fresh start'],
    ],
  ),
  fact(
    'align-with-tabs',
    (rng) =>
      `${WORD}, a ${rng.pick(['price list', 'menu', 'contents page'])} lines up prices on the right with many spaces, and they drift when text changes. What aligns them reliably?`,
    'A right-aligned tab stop',
    [
      ['More spaces after the shorter items', 'spaces whose width depends on the text'],
      ['A smaller font for the longer items', 'hides the drift until the text changes'],
      ['Justify the paragraphs', 'stretches words, not aligns a column'],
      [
        'A line break before each price so it starts the next line',
        'moves the price to its own line',
      ],
    ],
  ),
  fact(
    'paste-keep-text-only',
    (rng) =>
      `${WORD}, text pasted from ${rng.pick(['a web page', 'an email', 'a PDF'])} brings in its own fonts and colours. Which paste keeps only the words in the document's style?`,
    'Paste with Keep Text Only',
    [
      ['Keep Source Formatting', 'keeps the fonts and colours it should drop'],
      ['Paste as a picture', 'turns the words into an image'],
      [
        'Merge Formatting, then restyle the pasted text by hand',
        'keeps character formatting to clear by hand',
      ],
      ['Paste, then Format Painter from the source', 'copies the unwanted style again'],
    ],
  ),
  fact(
    'spacing-not-empty-paragraphs',
    (rng) =>
      `${WORD}, a client separates paragraphs of a ${rng.pick(['manual', 'report', 'policy'])} with empty lines, and pages start with a blank line. What is the better practice?`,
    'Set space after paragraphs in the style',
    [
      ['Press Enter twice between paragraphs', 'empty paragraphs that land at page tops'],
      ['Set line spacing to double', 'spaces the lines, not just paragraphs'],
      ['Insert a page break after each paragraph', 'one paragraph per page'],
      ['Add a blank table row between paragraphs', 'a table for spacing'],
    ],
  ),
  fact(
    'hanging-indent',
    (rng) =>
      `${WORD}, a ${rng.pick(['reference list', 'bibliography'])} should have each entry's first line at the margin and the following lines indented. Which paragraph setting is that?`,
    'A hanging indent',
    [
      ['A first-line indent', 'indents the first line instead of the rest'],
      ['A tab at the start of each wrapped line', 'tabs that move when the text reflows'],
      ['A left indent for the whole paragraph', 'indents every line the same'],
      ['A right indent', 'narrows the paragraph from the right'],
    ],
  ),
  fact(
    'remove-hidden-data',
    (rng) =>
      `${WORD}, before a ${rng.pick(['contract', 'tender', 'report'])} goes to the other party, comments, tracked changes and author details must not be left in the file. What checks for them?`,
    'Run Inspect Document and remove it',
    [
      ['Save as a new file name', 'a new name that keeps the hidden data'],
      [
        'Switch to the No Markup view before saving and sending',
        'hides markup on screen, keeps it in the file',
      ],
      ['Spelling and grammar check', 'checks language, not hidden data'],
      ['Restrict editing to Read only', 'blocks edits, keeps the hidden data'],
    ],
  ),
  fact(
    'table-header-repeat',
    (rng) =>
      `${WORD}, a ${rng.pick(['price table', 'schedule', 'staff list'])} runs over several pages; its heading row should show at the top of each page. How?`,
    'Repeat as header row, on the first row',
    [
      ['Copy the heading row at each page break', 'copies that drift when the table changes'],
      [
        'Put the heading row in the page header of the whole document',
        'headings that show on pages without the table',
      ],
      ['Split the table at each page', 'tables that no longer reflow'],
      ['Freeze the first row', 'a spreadsheet feature, not in the document'],
    ],
  ),
  fact(
    'styles-for-accessible-documents',
    (rng) =>
      `${WORD}, a client's ${rng.pick(['policy', 'newsletter', 'guide'])} must work with a screen reader. Which practice serves that?`,
    'Heading styles, alt text and real lists',
    [
      [
        'Bold large text for headings, images as they are',
        'headings and images a screen reader cannot read',
      ],
      ['A single long table for the whole layout', 'a layout table read cell by cell'],
      ['Text in images so the design stays fixed', 'text a screen reader cannot read'],
      ['Colour alone to mark the important points', 'meaning carried by colour only'],
    ],
  ),
  fact(
    'numbered-headings',
    (rng) =>
      `${WORD}, a ${rng.pick(['tender response', 'technical manual', 'policy'])} needs headings numbered 1, 1.1, 1.1.1 that renumber when sections move. How?`,
    'A multilevel list linked to the Heading styles',
    [
      ['Type the numbers at the start of each heading', 'typed numbers that never renumber'],
      [
        'A simple numbered list on each heading, restarted by hand',
        'one-level numbering restarted by hand',
      ],
      [
        'Number the headings in the table of contents only',
        'numbers shown in the contents, not the headings',
      ],
      ['Bookmarks on each heading, renamed when they move', 'bookmarks that hold no numbers'],
    ],
  ),
]
