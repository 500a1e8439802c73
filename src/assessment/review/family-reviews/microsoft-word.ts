import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `microsoft-word` test (Microsoft Word), read as
 * a Word trainer and psychometrician against Microsoft Support's Word articles ("Format field
 * results" for the \@ and \# picture switches; "Insert a section break"; "Add different page
 * numbers or number formats to different sections"; "Use rules to personalize a mail merge";
 * "Customize or create new styles"; the field-code articles for NUMPAGES, SECTIONPAGES, REF and
 * SEQ; the Word keyboard shortcuts page), the Knowledge Base articles "Excel data does not
 * retain its formatting in mail merge operations in Word" and Q99740/Q180258 (deleting a
 * section break gives the text before it the formatting of the section after it), and the
 * key test's own second engines (an Intl-based date picture engine, a numeric picture engine,
 * a page walker and a cited rule table). Every family was drawn several times and each stem,
 * key and distractor with its named mistake read.
 *
 * Submitted 101 (83 offered, 18 withheld by the author for option cues through a
 * WITHHELD_FOR_CUES list, now removed). Kept 95; deleted 6; fixed in place 27.
 *
 * Deleted (6). Cues the fixes could not lift without inventing mistakes (4): the automatic TOC
 * entry count (key most like the others in 95 % of draws), the Ctrl+Space shortcut (every
 * option the same sentence with another shortcut), the Different First Page page count (key
 * always the middle value) and the label-sheet count. Unconfirmed fact (1): the Navigation pane
 * count, whose key rested on the pane leaving out headings in text boxes, which Microsoft's
 * pages do not state. Cue with no named mistake above the key (1): the Skip Record If letter
 * count.
 *
 * Restored from the withheld list with real named mistakes on both sides of numeric keys,
 * further named distractors and varied true wordings (12): multilevel heading numbers, Reveal
 * Formatting, deleting a section break, Page X of SECTIONPAGES, the weekday and month-year date
 * pictures, the currency, percent and zero-padding numeric pictures, the And/Or recipient filter
 * (rewritten so the join is drawn), the Directory merge type and Accept All Changes Shown.
 * Fixed besides (15): ordinals ("22th", "2th") in three page families and the footnote family;
 * paired picture slips that met inside one run of letters ("yyyy-mmM-dd", "Hh:mm") are
 * no longer offered; every stem whose options name a keystroke now says Word on Windows (rule
 * families by their shared builder, the caption family in its F9 step); the Normal template
 * family gained the .dotx slip, lifting a cue the rebalanced draw stream exposed.
 *
 * Facts: the ECMA-376 section numbers the author cited were not confirmed and are dropped; the
 * Navigation pane claim is gone with its family; the merge's loss of Excel number formats is
 * now cited to the Knowledge Base article above. Kept after judging: the section-break family
 * rests on the Knowledge Base and Word help wording, written for earlier versions and not
 * restated on a current support.microsoft.com page found here; the bold toggle family rests on
 * the toggle-property rule.
 *
 * Cues (scripts/family-cue-rates.ts msword- --draws 300): every rule's mean is at most 0.28 and
 * no family is over 0.50 (the highest 0.48). `msword-review/track-accept-shown-by-reviewer`, first
 * judged `cue` at 0.53 on the middle-value rule, was rewritten with named miscounts on both sides
 * of its key and reviewed again (0.41; see its note), so every family is `ok` and the test is
 * offered.
 */
export const MICROSOFT_WORD_REVIEW: TestFamilyReview = {
  testId: 'microsoft-word',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'msword-styles/style-based-on-normal-change': {
      verdict: 'ok',
      fingerprint: 'b526465a564ba8a8',
    },
    'msword-styles/style-based-on-chain': {
      verdict: 'ok',
      fingerprint: 'f9f9efe6db93de1f',
    },
    'msword-styles/style-precedence-word': {
      verdict: 'ok',
      fingerprint: '424ce99a1b1e8f9e',
    },
    'msword-styles/style-multilevel-heading-number': {
      verdict: 'ok',
      fingerprint: 'c415d295dbfc4d01',
      note: 'Withheld by the author for a longest-option cue; restored with named slips on both sides of the key (the number of the heading before or after, read by miscounting the position; every level written out with zeros).',
    },
    'msword-styles/style-linked-applies-to-selection': {
      verdict: 'ok',
      fingerprint: 'ba6b78d1ac576dd6',
    },
    'msword-styles/style-following-paragraph': {
      verdict: 'ok',
      fingerprint: '6ae7d0238bbd0e78',
    },
    'msword-styles/style-modify-scope-template': {
      verdict: 'ok',
      fingerprint: 'e096f7fad91b080e',
    },
    'msword-styles/style-normal-template': {
      verdict: 'ok',
      fingerprint: '1fb019836791b4de',
      note: 'Gained a named slip (Normal.dotx, the macro-free extension) after the rebalanced draw stream showed a cross-out cue at 0.53.',
    },
    'msword-styles/style-update-to-match': {
      verdict: 'ok',
      fingerprint: '25f619017c6fd6a3',
      note: 'Stems now say Word on Windows when an option names a keystroke (Ctrl+Space).',
    },
    'msword-styles/style-reveal-formatting': {
      verdict: 'ok',
      fingerprint: '6183992a1fcb728a',
      note: 'Withheld for a cue; restored with a sixth named distractor (Format Painter copies formatting, it does not list it); the second stem now says on Windows, as the key names Shift+F1.',
    },
    'msword-styles/style-toggle-bold': {
      verdict: 'ok',
      fingerprint: 'cd9b0db6bcba1a7b',
    },
    'msword-styles/style-organizer-copy': {
      verdict: 'ok',
      fingerprint: 'e0a33b928cf549d2',
    },
    'msword-layout/page-number-restart-then-continue': {
      verdict: 'ok',
      fingerprint: '1f7a7dc9299c926e',
      note: 'Ordinals fixed (22nd, not 22th).',
    },
    'msword-layout/page-number-front-matter-roman': {
      verdict: 'ok',
      fingerprint: '8af7e7bf107c0f19',
    },
    'msword-layout/page-number-odd-page-break': {
      verdict: 'ok',
      fingerprint: '66da84dc609d5c4c',
    },
    'msword-layout/page-x-of-numpages-after-restart': {
      verdict: 'ok',
      fingerprint: '33281cccd69d9edf',
      note: 'Ordinals fixed (24th, 21st).',
    },
    'msword-layout/page-x-of-sectionpages': {
      verdict: 'ok',
      fingerprint: '2da2da272b47d917',
      note: 'Withheld for a shortest-option cue; restored with appendices of 10 to 16 pages and two named slips (SECTIONPAGES read as the number of sections, PAGE as the section number); ordinals fixed (2nd, not 2th).',
    },
    'msword-layout/header-link-to-previous-edit': {
      verdict: 'ok',
      fingerprint: '2fafe137a898e23a',
    },
    'msword-layout/layout-landscape-one-page': {
      verdict: 'ok',
      fingerprint: 'da3a998f3d9eb15c',
    },
    'msword-layout/layout-delete-section-break': {
      verdict: 'ok',
      fingerprint: '54a7e08cab79fe09',
      note: 'Withheld for a cue; restored with a fourth true wording and two named distractors (joining the earlier section; a prompt Word never shows). Later the distractor opening with "Both sections" was reworded to "Each section keeps its own layout without a break" (same mistake), read again and kept. Deleting a break gives the text before it the formatting of the section after it (Microsoft Support, Insert a section break / delete a section break).',
    },
    'msword-layout/layout-columns-mid-page': {
      verdict: 'ok',
      fingerprint: '149e8f8b27c6b071',
    },
    'msword-layout/layout-new-header-unlink': {
      verdict: 'ok',
      fingerprint: '284801a3a8362b64',
    },
    'msword-layout/layout-mirror-margins-gutter': {
      verdict: 'ok',
      fingerprint: 'b7e89a1bcbb22a66',
    },
    'msword-layout/layout-vertical-centre-cover': {
      verdict: 'ok',
      fingerprint: '5fdc3e7386b48073',
      note: 'Stems now say Word on Windows when an option names a keystroke (Ctrl+E).',
    },
    'msword-layout/layout-heading-new-page': {
      verdict: 'ok',
      fingerprint: '044ccf78006e8553',
    },
    'msword-layout/layout-keep-with-next': {
      verdict: 'ok',
      fingerprint: 'e7e8b02128f38832',
    },
    'msword-layout/layout-page-break-vs-section': {
      verdict: 'ok',
      fingerprint: 'dc684f4a34f06e33',
    },
    'msword-fields/date-picture-us-letter-date': {
      verdict: 'ok',
      fingerprint: '8960c8493b30d882',
    },
    'msword-fields/date-picture-uk-long-date': {
      verdict: 'ok',
      fingerprint: '57362e634f040762',
    },
    'msword-fields/date-picture-weekday-date': {
      verdict: 'ok',
      fingerprint: 'd10ddb4c207b330e',
      note: 'Withheld for a longest-option cue; restored with two named slips (MMMM in quotes prints the letters; a long-date picture adds the year).',
    },
    'msword-fields/date-picture-iso-date': {
      verdict: 'ok',
      fingerprint: '88654e648e3ae997',
      note: 'Paired slips that meet inside one run of letters (yyyy-mmM-dd) are no longer offered: nobody writes them.',
    },
    'msword-fields/date-picture-month-year': {
      verdict: 'ok',
      fingerprint: 'c466a6a471698ca4',
      note: 'Withheld for a longest-option cue; restored with two named slips (yyyy in quotes prints the letters; a long-date picture adds the day).',
    },
    'msword-fields/time-picture-12-hour': {
      verdict: 'ok',
      fingerprint: '1eb257c77aa92810',
    },
    'msword-fields/time-picture-24-hour': {
      verdict: 'ok',
      fingerprint: '9b4461a6fb6ae5df',
    },
    'msword-fields/date-result-minutes-for-month': {
      verdict: 'ok',
      fingerprint: '4be284cdbd391925',
    },
    'msword-fields/date-result-abbreviated-weekday': {
      verdict: 'ok',
      fingerprint: '97547c34f9da3b70',
    },
    'msword-fields/date-result-12-hour-clock': {
      verdict: 'ok',
      fingerprint: '36dea3fc82f6bfff',
      note: 'A paired misreading spliced H into hh ("Hh:mm", shown as 142:20 PM), nobody’s reading; such pairs are no longer offered.',
    },
    'msword-fields/date-result-literal-text': {
      verdict: 'ok',
      fingerprint: '683ee0b3890e67a7',
    },
    'msword-fields/numeric-picture-currency-code': {
      verdict: 'ok',
      fingerprint: '63c7baf2587c9e2f',
      note: 'Withheld for a most-similar cue; restored with paired slips (symbol and cents both left out, and so on), so the key is not the one option a single edit from all others.',
    },
    'msword-fields/numeric-picture-rounds-whole': {
      verdict: 'ok',
      fingerprint: 'bc6815581ba0de8b',
    },
    'msword-fields/numeric-picture-negative-section': {
      verdict: 'ok',
      fingerprint: 'e6f768da9959242f',
    },
    'msword-fields/numeric-picture-percent-not-scaled': {
      verdict: 'ok',
      fingerprint: 'fc471a2af3ee49ef',
      note: 'Withheld; restored with two named slips (both stored decimals kept; the leading 0 read as optional). % in a numeric picture is a literal character, and the merge passes the stored fraction (Microsoft Support, Excel data does not retain its formatting in mail merge).',
    },
    'msword-fields/numeric-picture-zero-padding': {
      verdict: 'ok',
      fingerprint: '0b9d0662a94b66a9',
      note: 'Withheld for a most-similar cue; restored with two named slips (right-padding to one place fewer; # signs for unfilled places).',
    },
    'msword-fields/numeric-picture-signed-variance': {
      verdict: 'ok',
      fingerprint: '3e260c52477fa3cc',
    },
    'msword-fields/field-update-key': {
      verdict: 'ok',
      fingerprint: '676b2d5c57d1ec44',
    },
    'msword-fields/field-toggle-codes': {
      verdict: 'ok',
      fingerprint: '4e37bfa47acc64ab',
    },
    'msword-fields/field-braces-typed': {
      verdict: 'ok',
      fingerprint: 'fe6bb23a6fd91654',
      note: 'Stems now say Word on Windows when an option names a keystroke.',
    },
    'msword-fields/field-unlink-to-text': {
      verdict: 'ok',
      fingerprint: 'd12c02eed0af2a33',
      note: 'Stems now say Word on Windows.',
    },
    'msword-fields/field-date-vs-createdate': {
      verdict: 'ok',
      fingerprint: '537defd4657d6bb8',
    },
    'msword-fields/field-numpages-vs-sectionpages': {
      verdict: 'ok',
      fingerprint: 'fb258a090814a7de',
    },
    'msword-fields/field-ref-bookmark': {
      verdict: 'ok',
      fingerprint: 'd26f63b02be0c6e2',
    },
    'msword-fields/field-mergeformat': {
      verdict: 'ok',
      fingerprint: 'ce18ab7115718cc7',
    },
    'msword-fields/field-lock': {
      verdict: 'ok',
      fingerprint: '30fce64a92602dc0',
      note: 'Stems now say Word on Windows.',
    },
    'msword-fields/field-if-text-results': {
      verdict: 'ok',
      fingerprint: '451297770f098d2c',
    },
    'msword-fields/field-seq-numbering': {
      verdict: 'ok',
      fingerprint: 'e582f6b5c8c747a4',
    },
    'msword-merge/merge-filter-and-or': {
      verdict: 'ok',
      fingerprint: '5611fbda70b63856',
      note: "Withheld for a least-similar cue; rewritten: the filter joins its two conditions with And or Or, drawn, so the key is the smaller count in one and the larger in the other; a named slip adds the two conditions' counts.",
    },
    'msword-merge/merge-date-switch-code': {
      verdict: 'ok',
      fingerprint: '46e86011f236c955',
    },
    'msword-merge/merge-directory-type': {
      verdict: 'ok',
      fingerprint: 'df533062d8dd7992',
      note: 'Withheld for an avoid-impossible cue; restored with distractors of varied form and the Step-by-Step Mail Merge Wizard (a way through the steps, not a type).',
    },
    'msword-merge/merge-postcode-leading-zero': {
      verdict: 'ok',
      fingerprint: 'bb5c2890d53cd6e1',
    },
    'msword-merge/merge-excel-header-row': {
      verdict: 'ok',
      fingerprint: '00c98e48080d3508',
    },
    'msword-merge/merge-match-fields': {
      verdict: 'ok',
      fingerprint: 'dc1c20cb754204f9',
    },
    'msword-merge/merge-email-requirements': {
      verdict: 'ok',
      fingerprint: 'add10bed61e3bbfc',
    },
    'msword-merge/merge-fill-in-ask-once': {
      verdict: 'ok',
      fingerprint: '16fb11b6db1e6a8f',
    },
    'msword-merge/merge-edit-individual': {
      verdict: 'ok',
      fingerprint: 'a1b39abb95ffb5fb',
    },
    'msword-merge/merge-next-record-vs-skip': {
      verdict: 'ok',
      fingerprint: '84536dc22bcfb621',
    },
    'msword-merge/merge-excel-decimals': {
      verdict: 'ok',
      fingerprint: '6d6f8a6a3c91f727',
    },
    'msword-merge/merge-labels-update': {
      verdict: 'ok',
      fingerprint: 'f2ea191486a9d171',
    },
    'msword-merge/merge-if-then-else-rule': {
      verdict: 'ok',
      fingerprint: 'bb42bf772bae6313',
    },
    'msword-merge/merge-sort-records': {
      verdict: 'ok',
      fingerprint: 'cc50ada937e93df4',
    },
    'msword-review/track-accept-shown-by-reviewer': {
      verdict: 'ok',
      fingerprint: '6ae10ca9e9d8d84c',
      note: 'Was withheld for a middle-value cue (0.53 of 300 draws). Rewritten: one hidden reviewer’s changes now include a few formatting changes, and two named miscounts were added just under the key (formatting changes not counted as tracked changes; one hidden reviewer’s changes only, the other forgotten); comments are fewer (2–9), so the count with comments sits just above the key; the shown reviewer makes 10–50 changes, fewer or more than the other two together, so that reviewer’s count and the counts adding it fall on either side of the key. Middle value now 0.41 at the script’s seed (0.37 over 1,500 draws), no rule over 0.41. Key unchanged and right: Accept All Changes Shown after Show Markup > Specific People accepts only the shown reviewer’s revisions, formatting ones being revisions too; the hidden reviewers’ changes remain and comments are not tracked changes (Microsoft Support, Track changes in Word).',
    },
    'msword-review/review-compare-vs-combine': {
      verdict: 'ok',
      fingerprint: '4d4e22d04292e44d',
    },
    'msword-review/review-compare-untracked': {
      verdict: 'ok',
      fingerprint: 'cd4ed8abfc1adb3c',
    },
    'msword-review/review-restrict-tracked-changes': {
      verdict: 'ok',
      fingerprint: '36d9bcadf369bbe4',
    },
    'msword-review/review-restrict-comments-only': {
      verdict: 'ok',
      fingerprint: '0f3cd09f6610c16b',
    },
    'msword-review/review-document-inspector': {
      verdict: 'ok',
      fingerprint: 'c9c8e11b02a41abb',
    },
    'msword-review/review-accept-keeps-comments': {
      verdict: 'ok',
      fingerprint: 'ef6be2589d537409',
    },
    'msword-review/review-markup-views': {
      verdict: 'ok',
      fingerprint: 'ecd1bffa92abe2a6',
    },
    'msword-review/review-author-name': {
      verdict: 'ok',
      fingerprint: '8f3fa07f05ea2911',
    },
    'msword-review/review-mark-as-final': {
      verdict: 'ok',
      fingerprint: '0099d476decb713e',
    },
    'msword-review/review-co-authoring-location': {
      verdict: 'ok',
      fingerprint: '1fa17493959a32de',
    },
    'msword-review/review-restrict-exceptions': {
      verdict: 'ok',
      fingerprint: 'ce571d52313d86bb',
    },
    'msword-review/review-resolve-comment': {
      verdict: 'ok',
      fingerprint: 'f7de74f541a41fe6',
    },
    'msword-review/review-revisions-inline': {
      verdict: 'ok',
      fingerprint: '676db56d816a2fcf',
    },
    'msword-references/caption-cross-reference-after-insert': {
      verdict: 'ok',
      fingerprint: '1a5971dd6807bcfa',
      note: 'The F9 step now says Word on Windows.',
    },
    'msword-references/footnote-numbering-restart': {
      verdict: 'ok',
      fingerprint: '2f7c7ffedee9943b',
      note: 'Ordinals fixed.',
    },
    'msword-references/toc-update-entire-table': {
      verdict: 'ok',
      fingerprint: '5ebb0b8e01156509',
      note: 'Stems now say Word on Windows when an option names a keystroke.',
    },
    'msword-references/toc-add-text-level': {
      verdict: 'ok',
      fingerprint: 'edbc3c5148ff0412',
      note: 'Stems now say Word on Windows when an option names a keystroke.',
    },
    'msword-references/footnote-vs-endnote': {
      verdict: 'ok',
      fingerprint: 'e977eb22ae6d745d',
    },
    'msword-references/citation-style-switch': {
      verdict: 'ok',
      fingerprint: 'a2d3d527b8067637',
    },
    'msword-references/index-mark-entry': {
      verdict: 'ok',
      fingerprint: 'd9733fae1092cbff',
    },
    'msword-references/table-of-figures-source': {
      verdict: 'ok',
      fingerprint: '7826e139ec386d15',
    },
    'msword-references/bookmark-name-rules': {
      verdict: 'ok',
      fingerprint: '80dc5da00a4f12d5',
    },
    'msword-references/caption-chapter-numbers': {
      verdict: 'ok',
      fingerprint: '1162a60bdac218b8',
    },
    'msword-references/cross-reference-page-number': {
      verdict: 'ok',
      fingerprint: '8547b1fa791dd189',
    },
    'msword-references/toc-page-numbers-only': {
      verdict: 'ok',
      fingerprint: '25e56cd966c9c4eb',
      note: 'Stems now say Word on Windows when an option names a keystroke.',
    },
  },
}
