import { client, document, family, ruleFamily, type WordFamily, worked } from './msword-text.js'

// Review and collaboration as documented in Microsoft Support (Word): "Track changes in Word"
// (markup views Simple Markup, All Markup, No Markup, Original; Show Markup > Specific People;
// Accept All Changes Shown acts only on the revisions shown, formatting changes being tracked
// revisions too; Lock Tracking with a password; the user name in File > Options > General
// labels revisions); "Compare and merge two versions of a document" (Compare: original and
// revised into a third document of tracked changes;
// Combine: revisions from several reviewers into one document); "Allow changes to parts of a
// protected document" and "Restrict editing" (Tracked changes, Comments, Filling in forms, No
// changes (Read only), with exceptions for parts a group may edit); "Remove hidden data and
// personal information by inspecting documents" (Document Inspector: comments, revisions,
// document properties and personal information, headers and footers, hidden text);
// "Insert or delete a comment" (accepting changes does not delete comments: Delete All
// Comments in Document); "Mark a document as final" (it discourages editing; it is not a
// security feature).

const NAMES = ['Priya', 'Tom', 'Ana', 'Kenji', 'Lucy', 'Omar'] as const

export const REVIEW_FAMILIES: readonly WordFamily[] = [
  family('track-accept-shown-by-reviewer', (rng) => {
    const [a, b, c] = rng.shuffle(NAMES).slice(0, 3) as [string, string, string]
    // The miscounts fall on both sides of the key, near it and far from it: below it none left
    // (0), a few comments, one hidden reviewer's changes, the count without formatting changes,
    // and the shown reviewer's changes when they are fewer; above it the count with comments and
    // the count with the shown reviewer's changes. The shown reviewer may have made fewer or
    // more changes than the other two together, so the key is no fixed place among the numbers.
    // Every count but the zero and the comments has two digits (at most 50 + 40 + 9).
    const na = rng.int(10, 50)
    const nb = rng.int(10, 20)
    const nc = rng.int(10, 20)
    const fb = rng.int(2, 5)
    const com = rng.int(2, 9)
    return worked(rng, {
      stem: `${client(rng).replace(/^./, (x) => x.toUpperCase())}’s ${document(rng)} holds tracked changes by ${a} (${na}), ${b} (${nb}, ${fb} of them formatting changes) and ${c} (${nc}), and ${com} comments. The assistant sets Show Markup > Specific People to ${a} only, then chooses Accept All Changes Shown. How many tracked changes remain?`,
      kind: 'accept-shown',
      in: { na, nb, nc, fb, com },
      key: String(nb + nc),
      wrong: [
        [
          'acceptedAll',
          '0',
          'thinks Accept All Changes Shown accepts the hidden reviewers’ changes too',
        ],
        ['inverse', String(na), 'thinks it accepts everyone except the person shown'],
        [
          'noFormatting',
          String(nb + nc - fb),
          'does not count formatting changes as tracked changes',
        ],
        [
          'onlyFirstHidden',
          String(nb),
          `counts only ${b}’s changes, forgetting ${c}’s are hidden too`,
        ],
        ['withComments', String(nb + nc + com), 'counts comments as tracked changes'],
        ['nothing', String(na + nb + nc), 'thinks filtering the view stops the accept working'],
        [
          'acceptedAll+withComments',
          String(com),
          'thinks it accepts the hidden reviewers’ changes too, and counts comments as changes',
        ],
        [
          'inverse+withComments',
          String(na + com),
          'thinks it accepts everyone except the person shown, and counts comments as changes',
        ],
        [
          'nothing+withComments',
          String(na + nb + nc + com),
          'thinks filtering stops the accept working, and counts comments as changes',
        ],
      ],
    })
  }),
  ...[
    {
      id: 'review-compare-vs-combine',
      stems: [
        'Three reviewers each returned their own copy of {client}’s {doc} with tracked changes. The assistant needs one document with all their revisions. Which command?',
        'Two colleagues edited separate copies of {client}’s {doc} with Track Changes on; the assistant must gather both sets of changes into one file. Which command?',
      ],
      keys: [
        'Review > Compare > Combine',
        'Combine, one copy at a time',
        'Combine (merging reviewers’ revisions)',
      ],
      wrong: [
        [
          'Review > Compare > Compare',
          'Compare marks the differences between two versions, not reviewers’ revisions',
        ],
        ['Insert > Object > Text from File', 'pastes the text in without tracked changes'],
        [
          'Accept All Changes in each copy first',
          'throws away the tracking that shows who changed what',
        ],
        ['Copy each copy’s text into one file', 'loses revision marks and authors'],
        ['Co-author the copies on OneDrive', 'co-authoring works on one file, not separate copies'],
      ],
    },
    {
      id: 'review-compare-untracked',
      stems: [
        'A counterparty returned {client}’s contract edited without Track Changes. How does the assistant see every change as tracked revisions?',
        'The client’s lawyer edited {client}’s {doc} with tracking off. How are the edits shown as redlines?',
      ],
      keys: [
        'Compare the original with the revised copy',
        'Review > Compare > Compare, original then revised',
        'Compare: original and revised into a new document',
      ],
      wrong: [
        [
          'Combine the original with the revised copy into a new document',
          'Combine merges reviewers’ tracked revisions from several copies',
        ],
        [
          'Turn on Track Changes in the revised copy and save it again',
          'tracks only edits made from now on',
        ],
        [
          'Combine the original with the revised copy',
          'Combine merges reviewers’ tracked revisions',
        ],
        ['Turn on Track Changes in the revised copy', 'tracks only edits made from now on'],
        [
          'Open Version History in File > Info',
          'shows saved versions, not a redline between two files',
        ],
        ['Document Inspector on the revised copy', 'removes hidden data, it does not compare'],
        ['Show Markup > All Markup in the revised copy', 'there are no revisions to show'],
      ],
    },
    {
      id: 'review-restrict-tracked-changes',
      stems: [
        'Reviewers of {client}’s {doc} keep switching Track Changes off. The assistant wants every edit tracked. Which setting?',
        'How can the assistant make sure no one edits {client}’s {doc} without it being tracked?',
      ],
      keys: [
        'Restrict Editing: Tracked changes, with a password',
        'Lock Tracking with a password',
        'Restrict Editing set to Tracked changes',
      ],
      wrong: [
        [
          'Mark as Final before sending it',
          'only discourages editing and can be turned off by anyone',
        ],
        ['Restrict Editing: Comments', 'allows comments only, no tracked edits'],
        ['Restrict Editing: Filling in forms', 'allows only form fields to be filled'],
        ['Show Markup: All Markup', 'changes the view, not whether edits are tracked'],
        ['Encrypt with Password', 'stops opening the file, not untracked edits'],
      ],
    },
    {
      id: 'review-restrict-comments-only',
      stems: [
        'A board member should be able to comment on {client}’s {doc} but not change its text. Which protection?',
        'For a review round on {client}’s {doc}, readers may add comments only. Which Restrict Editing setting?',
      ],
      keys: [
        'Restrict Editing: Comments',
        'Editing restrictions set to Comments',
        'Allow only Comments in Restrict Editing',
      ],
      wrong: [
        ['Restrict Editing: Tracked changes', 'lets readers edit the text, tracked'],
        [
          'Restrict Editing: No changes (Read only)',
          'blocks comments as well unless exceptions are set',
        ],
        ['Mark as Final', 'anyone can click Edit Anyway'],
        ['Restrict Editing: Filling in forms', 'allows only form fields'],
        ['Protect with a password to open', 'controls opening, not editing'],
      ],
    },
    {
      id: 'review-document-inspector',
      stems: [
        'Before sending {client}’s {doc} to an outside party, the assistant must remove comments, leftover revisions, the author name and hidden text. Which tool?',
        'Which tool checks {client}’s {doc} for comments, revisions, personal information and hidden text and removes them?',
      ],
      keys: [
        'Document Inspector (File > Info > Check for Issues)',
        'Check for Issues > Inspect Document',
        'Inspect Document, then Remove All',
      ],
      wrong: [
        ['Check Accessibility in File > Info', 'checks for accessibility problems only'],
        ['Check Compatibility in File > Info', 'lists features older versions lack'],
        ['Accept All Changes and Stop Tracking', 'leaves comments, properties and hidden text'],
        ['Save as PDF with default options', 'can still carry properties and markup'],
        ['Restrict Editing: No changes (Read only)', 'protects content, removes nothing'],
      ],
    },
    {
      id: 'review-accept-keeps-comments',
      stems: [
        'After Accept All Changes in {client}’s {doc}, the comments are still there. Why?',
        'The assistant accepted every revision in {client}’s {doc}, yet comment balloons remain. What else is needed?',
      ],
      keys: [
        'Comments are separate: Delete All Comments in Document',
        'Accepting revisions leaves comments; delete them separately',
        'Comments need Delete All Comments in Document',
      ],
      wrong: [
        [
          'Comments go only when the file is saved and closed after accepting',
          'saving does not remove comments',
        ],
        [
          'Switch to No Markup, which deletes the comments from the file',
          'hides markup from view; comments remain in the file',
        ],
        ['Comments go only after the file is saved', 'saving does not remove comments'],
        [
          'Switch to No Markup to delete them',
          'hides markup from view; comments remain in the file',
        ],
        ['Reject All Changes removes comments', 'rejecting revisions also leaves comments'],
        ['Turn off Track Changes to clear them', 'tracking does not store comments'],
        ['Resolving a comment deletes it', 'resolved comments stay in the file'],
      ],
    },
    {
      id: 'review-markup-views',
      stems: [
        'The client wants to read {client}’s {doc} as it would look with every tracked change accepted, without accepting them. Which view?',
        'Which markup view shows {client}’s {doc} as if all changes were accepted, while keeping them tracked?',
      ],
      keys: ['No Markup', 'The No Markup view', 'No Markup, in Display for Review'],
      wrong: [
        ['The Original view', 'shows the text before any changes'],
        [
          'Simple Markup, in Display for Review',
          'shows the changed text with a red line in the margin',
        ],
        ['All Markup, in Display for Review', 'shows every insertion and deletion'],
        ['Original', 'shows the text before any changes'],
        ['Simple Markup', 'shows the changed text with a red line in the margin'],
        ['All Markup', 'shows every insertion and deletion'],
        ['Read Mode', 'a reading layout that still follows the markup setting'],
        ['Draft view', 'a layout view, not a markup view'],
      ],
    },
    {
      id: 'review-author-name',
      stems: [
        'Revisions the assistant makes in {client}’s {doc} are labelled “User” instead of her name. Where is that fixed?',
        'Tracked changes from the assistant’s PC show the wrong author. What does she change?',
      ],
      keys: [
        'User name in File > Options > General',
        'File > Options > General: User name and initials',
        'Her Office user name in Options > General',
      ],
      wrong: [
        [
          'The Author box in File > Info > Properties for this file',
          'changes the file’s author property, not revision labels',
        ],
        [
          'The reviewer list under Show Markup > Specific People',
          'filters revisions, it does not rename them',
        ],
        [
          'Author in the document properties',
          'changes the file’s author property, not revision labels',
        ],
        ['Her Windows account picture', 'unrelated to revision names'],
        ['The Reviewer list in Show Markup', 'filters revisions, it does not rename them'],
        ['Track Changes Options > Advanced', 'sets colours and balloons'],
        ['The Normal template’s author field', 'templates do not set the revision author'],
      ],
    },
    {
      id: 'review-mark-as-final',
      stems: [
        'The client thinks Mark as Final will stop others editing {client}’s {doc}. What should the assistant tell them?',
        'Is Mark as Final on {client}’s {doc} a way to stop changes?',
      ],
      keys: [
        'No: anyone can click Edit Anyway',
        'It only discourages edits; it is not security',
        'It is advisory: Edit Anyway removes it',
      ],
      wrong: [
        [
          'No: it only stops the file being printed',
          'invents a print block; it discourages editing',
        ],
        ['No: it only works once the file is on OneDrive', 'invents a storage condition'],
        [
          'No: it needs Restrict Editing turned on as well',
          'confuses it with Restrict Editing, a separate setting',
        ],
        ['Yes: it encrypts the file until unmarked', 'Mark as Final does not encrypt'],
        ['Yes: it needs the author’s password to undo', 'no password is involved'],
        ['Yes: it converts the file to PDF', 'the file stays a Word document'],
        ['Yes: it turns on Restrict Editing', 'it is a separate, advisory setting'],
        ['Yes: it accepts all changes and locks them', 'it neither accepts changes nor locks'],
      ],
    },
  ].map(ruleFamily),
]
