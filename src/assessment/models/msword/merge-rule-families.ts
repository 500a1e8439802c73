import { ruleFamily, type WordFamily } from './msword-text.js'

// Mail merge as documented in Microsoft Support (Word): "Use mail merge for bulk email, letters,
// labels, and envelopes" (document types: Letters, one record per document; Directory, all
// records in one document; Labels; Envelopes; E-mail Messages, sent through Outlook); "Prepare
// your Excel data source for a Word mail merge" (the first row holds the column headings that
// become field names; number formats such as percentages, currency and postal codes are not
// carried over, so a leading zero of a postal code stored as a number is lost: format that
// column as text, or format results with field switches); "Insert mail merge fields" (Address
// Block and Greeting Line; Match Fields maps the list's columns to the fields they expect);
// "Use rules to personalize a mail merge" (Skip Record If, Next Record, Fill-in with Ask once);
// "Mail merge using an Excel spreadsheet" (Finish & Merge: Edit Individual Documents, Print
// Documents, Send Email Messages).

export const MERGE_RULE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'merge-directory-type',
    stems: [
      'For {client}, the assistant needs one document listing every member’s name and phone number one after another, not one page per member. Which main document type?',
      'A phone list for {client} must run all records together on continuous pages. Which mail merge type does that?',
    ],
    keys: ['Directory', 'A Directory merge', 'Directory, all records together'],
    wrong: [
      ['Letters', 'starts a new document page for each record'],
      ['A Labels merge', 'places records in a grid of label cells'],
      ['E-mail Messages', 'sends one email per record'],
      ['Envelopes, one per record', 'prints one envelope per record'],
      ['Normal Word Document', 'turns the merge off'],
      [
        'The Step-by-Step Mail Merge Wizard',
        'only walks through the steps; the type is still to be chosen in it',
      ],
    ],
  },
  {
    id: 'merge-postcode-leading-zero',
    stems: [
      'US ZIP codes in {client}’s Excel list such as 02134 appear in the merged letters as 2134. What is the reliable fix at the source?',
      'Account numbers with leading zeros lose them in {client}’s merged letters. What should be done in the Excel list?',
    ],
    keys: [
      'Format the column as Text in Excel and re-enter the codes',
      'Store the codes as text in Excel, not as numbers',
      'Make the Excel column Text so the zeros are stored',
    ],
    wrong: [
      [
        'Apply Excel’s Special > Zip Code format to the column and save the workbook',
        'only changes the display; the stored number still lacks the zero',
      ],
      [
        'Add a \\# "00000" switch to the greeting line instead of the postcode field',
        'puts the switch on the wrong field',
      ],
      [
        'Apply the Excel ZIP Code special format to the column',
        'only changes the display; the stored number still lacks the zero',
      ],
      ['Add \\* Upper to the merge field', 'changes case, not digits'],
      ['Sort the recipient list by ZIP code', 'reorders records, it does not restore zeros'],
      [
        'Re-save the Excel workbook as .xlsx',
        'the file type does not change how the values are stored',
      ],
      ['Tick Match Fields for the ZIP column', 'maps columns to fields, it does not change values'],
    ],
  },
  {
    id: 'merge-excel-header-row',
    stems: [
      'The merge fields offered from {client}’s Excel sheet are named F1, F2, F3 and the first client is missing from the letters. What is wrong with the sheet?',
      'The first row of {client}’s Excel data is merging as a letter, and the field names look wrong. What must the sheet have?',
    ],
    keys: [
      'Column headings in the first row, which become field names',
      'A header row on row 1 naming each column',
      'Row 1 must hold the column headings',
    ],
    wrong: [
      [
        'The data must start in cell B2, leaving a margin',
        'a blank row or column breaks the header detection',
      ],
      ['The sheet must be saved as CSV before merging', 'Word reads .xlsx sheets directly'],
      ['The columns must be sorted A to Z first', 'sort order has nothing to do with field names'],
      ['Each column must be formatted as Text', 'fixes number formats, not field names'],
      ['The sheet must be named Sheet1', 'any sheet can be chosen when connecting'],
    ],
  },
  {
    id: 'merge-match-fields',
    stems: [
      'The Address Block preview for {client} is missing the postcode, though the Excel list has a column called “Post Code”. What fixes it?',
      'The Greeting Line for {client}’s letters shows “Dear ,” because the list calls the column “Given”. What does the assistant use?',
    ],
    keys: [
      'Match Fields, mapping the column to the field it expects',
      'Use Match Fields to map that column',
      'Map the column in Match Fields',
    ],
    wrong: [
      [
        'Rename the field in the Address Block code by hand',
        'the block still reads Word’s own field names',
      ],
      ['Filter the recipient list on the column', 'only chooses records'],
      ['Update Labels to refresh the block', 'copies label layout to other labels'],
      ['Check for Errors before merging', 'reports errors, it does not map columns'],
      ['Delete and re-insert the Address Block', 'gives the same block with the same mapping'],
    ],
  },
  {
    id: 'merge-email-requirements',
    stems: [
      'The assistant wants {client}’s merge sent as individual emails from Word. What does Finish & Merge > Send Email Messages need?',
      'What must be in place to send {client}’s merged document as one email per record from Word for Windows?',
    ],
    keys: [
      'Outlook desktop set up, and an email address column',
      'A MAPI mail app (Outlook) and an email column',
      'Outlook as the mail program, plus addresses in the list',
    ],
    wrong: [
      [
        'A Gmail or Yahoo account signed into Word under File > Account',
        'Word sends through a MAPI mail program such as Outlook',
      ],
      [
        'An attachment column in the list naming the file each person gets',
        'Word’s email merge cannot attach files',
      ],
      ['A Gmail account signed into Word', 'Word sends through a MAPI program such as Outlook'],
      ['The letter saved as PDF first', 'the merge sends the body as HTML or plain text'],
      ['An attachment field in the list', 'Word’s email merge cannot attach files'],
      ['A Directory main document', 'a directory makes one document, not emails'],
      ['The recipient list sorted by domain', 'sort order does not matter'],
    ],
  },
  {
    id: 'merge-fill-in-ask-once',
    stems: [
      'Every letter in {client}’s merge needs the same meeting date typed in when merging, asked only once. Which rule?',
      'The assistant wants Word to prompt once for a note that goes in all letters of {client}’s merge. Which rule and setting?',
    ],
    keys: [
      'Fill-in, with Ask once ticked',
      'A Fill-in rule set to Ask once',
      'Rules > Fill-in, Ask once',
    ],
    wrong: [
      [
        'Ask, with Ask once ticked, placed in the letter',
        'sets a bookmark to use later, printing nothing where inserted',
      ],
      ['Fill-in, left without Ask once, so each letter asks', 'prompts once for every record'],
      [
        'Ask, with Ask once ticked',
        'sets a bookmark to use later, printing nothing where inserted',
      ],
      ['Fill-in without Ask once', 'prompts for every record'],
      ['Next Record If, with Ask once', 'moves to the next record on a condition'],
      ['Merge Sequence #', 'inserts the record’s number in the merge'],
      ['Set Bookmark to the date', 'fixes a value but never prompts'],
    ],
  },
  {
    id: 'merge-edit-individual',
    stems: [
      'Before printing {client}’s 200 letters, the assistant must hand-edit three of them. Which finish option allows that?',
      'Which Finish & Merge choice gives a new document of all merged letters that can be checked and edited?',
    ],
    keys: [
      'Edit Individual Documents',
      'Finish & Merge > Edit Individual Documents',
      'Merge to a new document (Edit Individual Documents)',
    ],
    wrong: [
      [
        'Preview Results, then edit the three previews',
        'only shows one record at a time in the main document',
      ],
      [
        'Print Documents, choosing the three records to edit',
        'sends the letters straight to the printer',
      ],
      ['Print Documents', 'sends the letters straight to the printer'],
      ['Send Email Messages', 'emails the letters'],
      ['Preview Results', 'only shows one record at a time in the main document'],
      ['Check for Errors', 'reports merge errors'],
      ['Update Labels', 'copies label layout'],
    ],
  },
  {
    id: 'merge-next-record-vs-skip',
    stems: [
      'In {client}’s label merge, each label after the first starts with «Next Record». What does that field do?',
      'Why does each label after the first in a label merge for {client} begin with «Next Record»?',
    ],
    keys: [
      'Moves to the next record within the same page',
      'Puts the next record on the same sheet',
      'Advances a record without starting a new page',
    ],
    wrong: [
      ['Skips the next record in the list without printing it', 'confuses it with Skip Record If'],
      [
        'Starts a new sheet of labels for the next record',
        'has it backwards: it keeps records on one sheet',
      ],
      ['Skips the next record in the list', 'confuses it with Skip Record If'],
      ['Starts a new sheet for the next record', 'has it backwards: it keeps records on one sheet'],
      ['Repeats the previous record', 'it advances, not repeats'],
      ['Numbers the labels in sequence', 'confuses it with Merge Sequence #'],
      ['Skips records with blank fields', 'it has no condition'],
    ],
  },
  {
    id: 'merge-excel-decimals',
    stems: [
      'Prices shown as 12.50 in {client}’s Excel list merge as 12.5. Why?',
      'A fee Excel shows as £1,200.00 merges into {client}’s letters as 1200. What is happening?',
    ],
    keys: [
      'The merge takes the stored value, not the cell format',
      'Word receives the raw value; Excel’s format stays behind',
      'Cell formatting is not carried into the merge',
    ],
    wrong: [
      [
        'Word rounds merged numbers to drop zeros after the decimal point',
        'nothing is rounded; only the Excel format is missing',
      ],
      [
        'The Excel column is formatted as Text, so Word drops the trailing zeros',
        'text would merge exactly as typed',
      ],
      [
        'Word rounds numbers with decimals during merge',
        'nothing is rounded; only the format is missing',
      ],
      ['The column is formatted as Text in Excel', 'text would merge exactly as typed'],
      ['The sheet is not saved; unsaved values merge', 'saving does not change the value sent'],
      ['The letter’s Normal style strips zeros', 'styles do not change digits'],
      ['Word’s regional settings use the comma', 'regional settings do not drop zeros'],
    ],
  },
  {
    id: 'merge-labels-update',
    stems: [
      'The assistant set up the first label on {client}’s sheet with Address Block. The other labels show only «Next Record». What next?',
      'On a new label merge for {client}, only the top-left label has the fields. What copies them to the rest?',
    ],
    keys: ['Update Labels', 'Click Update Labels', 'Mailings > Update Labels'],
    wrong: [
      [
        'Copy and paste the first label into each cell',
        'loses or duplicates the «Next Record» fields',
      ],
      ['Preview Results', 'only previews what the labels hold'],
      ['Match Fields', 'maps columns to fields'],
      ['Finish & Merge', 'merges with the other labels empty'],
      ['Highlight Merge Fields', 'only shades the fields'],
    ],
  },
].map(ruleFamily)
