import { ruleFamily, type WordFamily } from './msword-text.js'

// Further documented behaviours, each from Microsoft Support (Word).
// Review: "Collaborate on Word documents with real-time co-authoring" (co-authoring needs the
// file saved to OneDrive or SharePoint, in .docx); "Allow changes to parts of a protected
// document" (exceptions: select a part and tick Everyone or named users before Start
// Enforcing Protection); "Track changes in Word" (Show revisions in balloons or inline;
// Accept and Move to Next); "Insert or delete a comment" (Reply, Resolve).
// References: "Insert a cross-reference" (Insert as hyperlink; Include above/below; Page
// number); "Update a table of contents" (Update page numbers only when only pagination moved).
// Merge: "Use rules to personalize a mail merge" (If...Then...Else compares a field with a
// value and inserts one of two texts); "Sort and filter recipients" (Sort Records).
// Layout: "Insert a page break" (Ctrl+Enter) against section breaks.

export const MORE_REVIEW_FAMILIES: readonly WordFamily[] = [
  {
    id: 'review-co-authoring-location',
    stems: [
      'Two colleagues must edit {client}’s {doc} at the same time from Word desktop. Where must the file be?',
      'What lets the assistant and the client edit {client}’s {doc} together in real time?',
    ],
    keys: [
      'Saved as .docx to OneDrive or SharePoint, then shared',
      'A .docx on OneDrive or SharePoint, shared to both',
      'The file in OneDrive or SharePoint (.docx) and Share',
    ],
    wrong: [
      [
        'Emailed as an attachment to both, each editing their own copy',
        'gives two separate copies, not one shared file',
      ],
      [
        'Saved as .doc on a shared network drive that both can open at once',
        'the old format and a plain share do not co-author',
      ],
      ['Emailed as an attachment to both of them', 'gives two separate copies'],
      [
        'Saved as .doc on a shared network drive',
        'the old format and a plain share do not co-author',
      ],
      ['Protected with Restrict Editing: Comments', 'stops editing rather than sharing it'],
      ['Saved as PDF in a shared folder', 'a PDF is not edited in Word together'],
      ['Marked as Final and shared', 'marks it read-only'],
    ],
  },
  {
    id: 'review-restrict-exceptions',
    stems: [
      'In {client}’s {doc}, readers may change only the Contact Details section; the rest must stay locked. How?',
      'The assistant must lock {client}’s form text but let everyone edit one table. Which Restrict Editing steps?',
    ],
    keys: [
      'No changes (Read only), with that part ticked for Everyone',
      'Read only, plus an exception for Everyone on that part',
      'Select the part, tick Everyone, then Start Enforcing',
    ],
    wrong: [
      [
        'Tracked changes, with that part ticked for Everyone before enforcing',
        'lets everyone edit everywhere, tracked',
      ],
      [
        'Put the editable part in its own section and protect the other sections',
        'section protection applies to form fields, not ordinary text',
      ],
      [
        'Tracked changes, with that part ticked for Everyone',
        'lets everyone edit everywhere, tracked',
      ],
      ['Mark as Final, except the selected part', 'Mark as Final has no exceptions'],
      [
        'Put the editable part in a separate section',
        'sections protect only form fields, not text',
      ],
      [
        'Comments, with that part ticked for Everyone',
        'allows comments elsewhere, the wrong restriction',
      ],
      [
        'Encrypt with Password, then share the password',
        'controls opening, not which parts are editable',
      ],
    ],
  },
  {
    id: 'review-resolve-comment',
    stems: [
      'A comment thread in {client}’s {doc} is settled but should stay on record. What does the assistant do?',
      'How does the assistant mark a discussion in {client}’s {doc} as done without deleting it?',
    ],
    keys: ['Resolve the comment', 'Mark the thread Resolved', 'Use Resolve on the thread'],
    wrong: [
      ['Delete the comment', 'removes it from the record'],
      ['Accept the comment', 'comments are not accepted or rejected'],
      ['Reply with “done” and hide markup', 'hiding markup only changes the view'],
      ['Turn off Track Changes', 'does not affect comments'],
      ['Reject the comment', 'comments are not revisions'],
    ],
  },
  {
    id: 'review-revisions-inline',
    stems: [
      'Balloons crowd the margin of {client}’s {doc}. The assistant wants deletions struck through in the text itself. Which setting?',
      'How are tracked deletions shown in line with the text instead of in margin balloons?',
    ],
    keys: [
      'Show Markup > Balloons > Show All Revisions Inline',
      'Balloons: Show All Revisions Inline',
      'Set balloons to Show All Revisions Inline',
    ],
    wrong: [
      [
        'Display for Review: Simple Markup, which shows deletions in the text',
        'hides the details behind a line in the margin',
      ],
      ['Track Changes Options: turn comments off to remove the balloons', 'hides comments only'],
      ['Display for Review: Simple Markup', 'hides the details behind a margin line'],
      ['Display for Review: Original', 'shows the text before changes'],
      ['Track Changes Options: Comments off', 'hides comments only'],
      ['Lock Tracking', 'stops others turning tracking off'],
      ['Display for Review: No Markup', 'hides the changes entirely'],
    ],
  },
].map(ruleFamily)

export const MORE_REFERENCE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'cross-reference-page-number',
    stems: [
      'The text of {client}’s {doc} must say “see the table on page 14” with the page number kept right as pages move. What is inserted?',
      'A reference in {client}’s {doc} must give the page a figure is on, kept current. Which cross-reference setting?',
    ],
    keys: [
      'A cross-reference with Insert reference to: Page number',
      'Cross-reference to the caption, Page number',
      'Insert Cross-reference > Page number',
    ],
    wrong: [
      [
        'A cross-reference to the caption with Only label and number',
        'gives the caption number, not the page',
      ],
      [
        'A { PAGE } field typed beside the words “see the table on page”',
        'gives the page the reference itself is on',
      ],
      ['A cross-reference with Only label and number', 'gives the caption number, not the page'],
      ['A typed page number updated by hand', 'goes out of date as pages move'],
      ['A { PAGE } field beside the text', 'gives the page the reference itself is on'],
      ['A cross-reference with Above/below', 'says “above” or “below”, not a page'],
      ['A hyperlink to the caption', 'links, but shows no page number'],
    ],
  },
  {
    id: 'toc-page-numbers-only',
    stems: [
      'Only pagination changed in {client}’s {doc}; the assistant also hand-formatted one TOC line the client likes. Which update keeps that?',
      'Headings in {client}’s {doc} are unchanged but text was added, moving pages. Which TOC update is enough?',
    ],
    keys: [
      'Update page numbers only',
      'Update Table > Update page numbers only',
      'Only the page numbers option',
    ],
    wrong: [
      ['Update entire table', 'rebuilds every line, losing direct formatting in the table'],
      ['Delete and reinsert the table', 'rebuilds it from scratch'],
      ['Ctrl+Shift+F9 on the table', 'unlinks it'],
      ['Edit each page number by hand', 'is lost at the next update'],
      ['Alt+F9 on the table', 'toggles the field code'],
    ],
  },
].map(ruleFamily)

export const MORE_MERGE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'merge-if-then-else-rule',
    stems: [
      'Letters for {client} must say “Your renewal is due” to members whose Status is Renewal and “Welcome” to everyone else. Which rule?',
      'One sentence of {client}’s merged letter depends on a Region column: one text for North, another otherwise. Which rule?',
    ],
    keys: [
      'If...Then...Else...',
      'Rules > If...Then...Else...',
      'An If...Then...Else... rule on that field',
    ],
    wrong: [
      ['Skip Record If... on the Status field', 'leaves the record out of the merge entirely'],
      ['Next Record If... set to the Region field', 'moves to the next record on the same page'],
      ['Skip Record If...', 'leaves the record out entirely'],
      ['Next Record If...', 'moves to the next record on the same page'],
      ['Fill-in...', 'prompts for text while merging'],
      ['Merge Record #', 'inserts the record number'],
      ['Set Bookmark...', 'stores one value, with no condition'],
    ],
  },
  {
    id: 'merge-sort-records',
    stems: [
      'Letters for {client} must come off the printer in postcode order for a bulk mailing discount. Where does the assistant set that?',
      'How are {client}’s merged letters ordered by surname without changing the Excel file?',
    ],
    keys: [
      'Edit Recipient List > Sort',
      'Sort in Edit Recipient List',
      'Sort Records in the recipient list',
    ],
    wrong: [
      ['Filter in Edit Recipient List', 'chooses records, it does not order them'],
      ['Skip Record If the postcode is blank', 'leaves records out'],
      ['Sort the merged document’s pages afterwards', 'Word has no page sort'],
      ['Match Fields for the postcode', 'maps columns to fields'],
      ['Next Record between letters', 'packs records together'],
    ],
  },
].map(ruleFamily)

export const MORE_LAYOUT_FAMILIES: readonly WordFamily[] = [
  {
    id: 'layout-page-break-vs-section',
    stems: [
      'The assistant just needs the next paragraph of {client}’s {doc} to start on a new page; nothing about layout or headers changes. What is inserted?',
      'Which break simply starts a new page in {client}’s {doc} without creating a new section?',
    ],
    keys: ['A page break (Ctrl+Enter)', 'Insert > Page Break, Ctrl+Enter', 'A plain page break'],
    wrong: [
      ['A Next Page section break', 'creates a new section it does not need'],
      ['A Continuous section break', 'makes a section on the same page'],
      ['A Column break', 'moves to the next column'],
      ['Several Enter presses', 'drifts as text above changes'],
      ['An Odd Page section break', 'may add a blank page and a new section'],
    ],
  },
].map(ruleFamily)
