import { ruleFamily, type WordFamily } from './msword-text.js'

// How fields behave, from Microsoft Support (Word): "Insert, edit, and view fields in Word"
// (F9 updates the selected fields; Alt+F9 on Windows, Option+F9 or Fn+Option+F9 on a Mac,
// toggles all field codes and results; Ctrl+F9 inserts field braces, which cannot be typed;
// Ctrl+Shift+F9 unlinks a field to its last result; Ctrl+F11 locks it); "Field codes: DATE
// field", "Field codes: CreateDate field", "Field codes: SaveDate field" and "Field codes:
// PrintDate field" (DATE shows today's date when updated; CREATEDATE the date the document was
// created, the date the file was first saved under its name; SAVEDATE when it was last saved;
// PRINTDATE when it was last printed); "Field codes: NumPages field" and "Field codes:
// SectionPages field" (pages in the document against pages in the section); "Field codes: Ref
// field" (REF shows the text of a bookmark); "Field codes: Seq field" (SEQ numbers items in
// sequence by identifier; \r resets); "Field codes: IF field" (compares and shows one of two
// texts; text results in quotation marks); "Format field results" (\* MERGEFORMAT keeps
// formatting applied to the result when it updates; \* Upper, \* Caps).

export const FIELD_RULE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'field-update-key',
    stems: [
      'A virtual assistant changed the bookmarked fee in {client}’s {doc}, but the REF fields that repeat it still show the old amount. With the fields selected, what brings them up to date in Word for Windows?',
      'After renumbering figures in {client}’s {doc}, the cross-reference fields still show the old numbers. On Windows, which keystroke brings the selected fields up to date?',
    ],
    keys: [
      'Press F9 to update the selected fields',
      'F9, which updates the fields selected',
      'Select them and press F9 (Update Field)',
    ],
    wrong: [
      [
        'Press Alt+F9 twice to refresh every field shown',
        'confuses Alt+F9, which toggles field codes and results, with updating',
      ],
      [
        'Press Ctrl+Shift+F9 so the fields read the new text',
        'unlinks the fields, turning them into fixed text',
      ],
      [
        'Press Alt+F9 to refresh the fields',
        'confuses Alt+F9, which toggles field codes and results, with updating',
      ],
      [
        'Press Ctrl+F9 to refresh the fields',
        'confuses Ctrl+F9, which inserts a new pair of field braces',
      ],
      [
        'Press Ctrl+Shift+F9 on the fields',
        'confuses Ctrl+Shift+F9, which unlinks fields into plain text',
      ],
      ['Press Ctrl+F11 to refresh them', 'confuses Ctrl+F11, which locks fields against updating'],
      [
        'Save and reopen the document',
        'expects fields to update themselves on reopening, which most do not',
      ],
    ],
  },
  {
    id: 'field-toggle-codes',
    stems: [
      'A client emails that her {doc} shows “{ PAGE \\* MERGEFORMAT }” instead of page numbers throughout. In Word for Windows, what turns the field results back on?',
      'A colleague sees “{ MERGEFIELD First_Name }” all through {client}’s letter instead of sample names, and the preview is fine elsewhere. What fixes the display on Windows?',
    ],
    keys: [
      'Press Alt+F9 to toggle field codes off',
      'Alt+F9, which toggles codes and results',
      'Toggle Field Codes with Alt+F9',
    ],
    wrong: [
      [
        'Press F9 to update every field and show its result',
        'confuses updating a field with switching its display',
      ],
      [
        'Press Ctrl+Shift+F9 so the results show again',
        'unlinks the fields into plain text for good',
      ],
      ['Press F9 to update every field', 'confuses updating a field with switching its display'],
      [
        'Press Ctrl+Shift+F9 to fix them',
        'unlinks the fields, turning them into fixed text for good',
      ],
      [
        'Retype the fields from the keyboard',
        'types braces, which Word treats as plain text, not fields',
      ],
      [
        'Press Ctrl+F9 to fix the display',
        'inserts a new empty field instead of changing the display',
      ],
      ['Turn off Track Changes on Review', 'confuses field-code display with revision marks'],
    ],
  },
  {
    id: 'field-braces-typed',
    stems: [
      'A new assistant typed { IF {MERGEFIELD Country} = "UK" "Dear" "Hello" } with the keyboard’s brace keys into {client}’s letter, and it prints as typed. Why?',
      'In {client}’s template someone typed the braces of a nested IF field from the keyboard; the merge prints the braces and words. What went wrong?',
    ],
    keys: [
      'Field braces must be inserted with Ctrl+F9, not typed',
      'Typed braces are text; fields need Ctrl+F9 braces',
      'Only Ctrl+F9 (Insert Field) makes real field braces',
    ],
    wrong: [
      [
        'The text results need single quotation marks, not double ones',
        'blames the quotes, when the braces themselves are plain text',
      ],
      [
        'The field codes must be shown with Alt+F9 before the merge runs',
        'confuses the display toggle with creating a field',
      ],
      [
        'The IF field needs spaces after its braces',
        'blames spacing, which does not turn text into a field',
      ],
      ['IF fields only work with numeric comparisons', 'invents a limit; IF compares text as well'],
      [
        'The text results need single quotation marks',
        'blames the quotes, when the braces are plain text',
      ],
      [
        'Field codes must be shown with Alt+F9 first',
        'confuses the display toggle with creating a field',
      ],
      [
        'Nested fields are not allowed inside IF',
        'invents a limit; IF fields commonly nest MERGEFIELDs',
      ],
    ],
  },
  {
    id: 'field-unlink-to-text',
    stems: [
      'Before sending {client}’s signed-off {doc} to a third party, the assistant wants every date and cross-reference frozen as plain text. With all selected, what does that?',
      'A client asks that the merged letters keep their text but lose all field links before filing. Which keystroke converts selected fields to plain text?',
    ],
    keys: [
      'Ctrl+Shift+F9, which unlinks the fields',
      'Unlink the fields with Ctrl+Shift+F9',
      'Press Ctrl+Shift+F9 to turn them into text',
    ],
    wrong: [
      [
        'Ctrl+F11, which turns the selected fields into plain text',
        'locks the fields, which stay fields and can be unlocked',
      ],
      [
        'Alt+F9, which turns the selected fields into plain text',
        'only toggles between field codes and results',
      ],
      [
        'Ctrl+F11, which converts them to text',
        'locks the fields, which stay fields and can be unlocked',
      ],
      ['Alt+F9, which converts them to text', 'only toggles between codes and results'],
      ['F9, which converts them to text', 'updates the fields, which remain fields'],
      ['Ctrl+F9, which converts them to text', 'inserts a new empty field'],
      [
        'Mark as Final, which converts them',
        'makes the file read-only in the UI but leaves fields as they are',
      ],
    ],
  },
  {
    id: 'field-date-vs-createdate',
    stems: [
      'A letter template for {client} uses the DATE field, and old letters reopened months later show today’s date. Which field keeps the date the letter was written?',
      'Letters saved from {client}’s template should keep the date they were first saved, even when reopened later. Which field gives that?',
    ],
    keys: [
      'CREATEDATE, the date the document was created',
      'The CREATEDATE field, set when first saved',
      'Use CREATEDATE in place of DATE',
    ],
    wrong: [
      [
        'SAVEDATE, the date the document was created',
        'changes with every save, so reopened and saved letters move on',
      ],
      ['PRINTDATE, the date the document was created', 'changes each time the letter is printed'],
      ['TIME, the date the document was created', 'shows the current time when updated, like DATE'],
      ['DATE with \\@ "d MMMM yyyy" added', 'only changes the format; DATE still shows today'],
      ['DATE with \\* MERGEFORMAT added', 'keeps the formatting of the result, not its value'],
    ],
  },
  {
    id: 'field-numpages-vs-sectionpages',
    stems: [
      'Each appendix of {client}’s {doc} is its own section with page numbers restarting at 1, and its footer must read “Page 2 of 5” within the appendix. Which field gives the 5?',
      'In a multi-section {doc} for {client}, each chapter restarts at page 1; the footer must count pages in that chapter only. Which field supplies the total?',
    ],
    keys: ['SECTIONPAGES, the pages in the section'],
    wrong: [
      [
        'DOCPROPERTY Pages, the pages in the section',
        'reads the file’s page count property, for the whole document',
      ],
      [
        'NUMPAGES \\* Arabic, the pages in the section',
        'still counts the whole document, only in arabic figures',
      ],
      ['NUMPAGES, the pages in the section', 'counts the whole document, not the section'],
      ['PAGE, the pages in the section', 'gives the current page number, not a total'],
      ['SECTION, the pages in the section', 'gives the section number, not its page count'],
      ['NUMWORDS, the pages in the section', 'counts words in the document'],
      ['PAGEREF, the pages in the section', 'gives the page of a bookmark, not a total'],
    ],
  },
  {
    id: 'field-ref-bookmark',
    stems: [
      'The client’s name appears 30 times in {client}’s {doc} and may change. The assistant bookmarks it once. Which field repeats the bookmarked text elsewhere?',
      'A contract for {client} repeats the contract value in several clauses. After bookmarking the value in clause 1, which field shows it in the others?',
    ],
    keys: ['REF with the bookmark name'],
    wrong: [
      ['IF with the bookmark name', 'compares values; it does not repeat bookmarked text'],
      ['PAGEREF with the bookmark name', 'gives the page number the bookmark is on, not its text'],
      ['SEQ with the bookmark name', 'numbers items in sequence, not bookmarked text'],
      ['MERGEFIELD with the bookmark name', 'reads a data source column, not a bookmark'],
      ['HYPERLINK with the bookmark name', 'makes a link to the place, not a copy of its text'],
      ['NOTEREF with the bookmark name', 'gives a footnote or endnote reference mark'],
    ],
  },
  {
    id: 'field-mergeformat',
    stems: [
      'A DOCPROPERTY field in {client}’s {doc} was made bold and blue, but each update turns it back to plain text. Which switch keeps the formatting applied to the result?',
      'Every time the fields in {client}’s {doc} update, the highlighting applied to one result disappears. What switch keeps formatting applied to the result?',
    ],
    keys: [
      '\\* MERGEFORMAT on the field',
      'The \\* MERGEFORMAT switch',
      'Add \\* MERGEFORMAT to the code',
    ],
    wrong: [
      [
        '\\* Upper, which keeps the result’s formatting',
        'changes the result to capitals, not its formatting',
      ],
      [
        '\\! on the field, which keeps its formatting',
        'stops fields inside the result updating, not its formatting',
      ],
      ['\\* Upper on the field', 'changes the result to capitals, not its formatting'],
      ['\\# "0" on the field', 'is a numeric picture for number results'],
      ['\\@ "MMMM" on the field', 'is a date-time picture for dates'],
      ['\\* Caps on the field', 'capitalises each word of the result'],
      ['\\! on the field', 'stops fields in the result updating, not its formatting'],
    ],
  },
  {
    id: 'field-lock',
    stems: [
      'The date on a signed agreement in {client}’s files must not change when the document is printed, but should stay a field. What does that?',
      'A virtual assistant wants one DATE field in {client}’s {doc} to stop updating for now but be updatable later. Which keystroke?',
    ],
    keys: ['Lock it with Ctrl+F11', 'Ctrl+F11, which locks the field', 'Lock the field (Ctrl+F11)'],
    wrong: [
      ['Unlink it with Ctrl+Shift+F9', 'turns the field into text for good'],
      ['Toggle it with Alt+F9', 'only switches between code and result'],
      ['Update it with F9', 'updates it to today'],
      ['Insert it again with Ctrl+F9', 'inserts a new empty field'],
      ['Add \\* MERGEFORMAT to it', 'keeps formatting, not the value'],
    ],
  },
  {
    id: 'field-if-text-results',
    stems: [
      'In {client}’s merge, the greeting must be “Dear Ms” or “Dear Mr” from a Title column holding Ms or Mr. Which IF field is written correctly?',
      'A virtual assistant writes a greeting rule for {client}’s letters from the Title column. Which IF field is correct?',
    ],
    keys: [
      '{ IF { MERGEFIELD Title } = "Ms" "Dear Ms" "Dear Mr" }',
      '{ IF "{ MERGEFIELD Title }" = "Ms" "Dear Ms" "Dear Mr" }',
    ],
    wrong: [
      [
        '{ IF Title == "Ms" "Dear Ms" "Dear Mr" }',
        'compares the word Title, with a double equals sign besides',
      ],
      [
        '{ IF { MERGEFIELD Title } = "Ms", THEN "Dear Ms", ELSE "Dear Mr" }',
        'writes THEN and ELSE with Excel-style commas',
      ],
      [
        '{ IF { MERGEFIELD Title } = Ms "Dear Ms" }',
        'leaves the value unquoted and the other greeting out',
      ],
      [
        '{ IF { MERGEFIELD Title } = "Ms" THEN "Dear Ms" ELSE "Dear Mr" }',
        'writes THEN and ELSE in the code, which the dialog shows but the field does not use',
      ],
      [
        '{ IF { MERGEFIELD Title } == "Ms" "Dear Ms" "Dear Mr" }',
        'uses a double equals sign, which Word’s operators do not include',
      ],
      [
        '{ IF { MERGEFIELD Title } = "Ms", "Dear Ms", "Dear Mr" }',
        'separates the parts with commas as in Excel’s IF',
      ],
      [
        '{ IF Title = "Ms" "Dear Ms" "Dear Mr" }',
        'compares the word Title, not the merge field’s value',
      ],
    ],
  },
  {
    id: 'field-seq-numbering',
    stems: [
      'Figure captions in {client}’s {doc} are numbered by fields. What do the caption numbers use?',
      'A virtual assistant inspects the code behind “Table 3” in a caption in {client}’s {doc}. Which field produced the 3?',
    ],
    keys: [
      '{ SEQ Table \\* ARABIC }, a sequence field',
      'A SEQ field with the label as identifier',
      'SEQ, numbering items of one label in order',
    ],
    wrong: [
      [
        '{ LISTNUM Table }, a field that counts list paragraphs',
        'confuses the list numbering field with caption numbering',
      ],
      [
        '{ AUTONUM }, an old field numbering paragraphs in order',
        'is an old paragraph numbering field kept for compatibility',
      ],
      [
        '{ LISTNUM Table }, a sequence field',
        'confuses the list numbering field with caption numbering',
      ],
      ['{ PAGE \\* ARABIC }, a sequence field', 'gives the page number'],
      [
        '{ AUTONUM }, a sequence field',
        'is an old paragraph numbering field kept for compatibility',
      ],
      ['{ REF Table }, a sequence field', 'repeats bookmarked text, it does not count'],
      ['{ SECTION }, a sequence field', 'gives the section number'],
    ],
  },
].map(ruleFamily)
