import type { Rng } from '../../rng.js'
import { CLIENTS, FILES, PEOPLE, rule, SHEETS, type SheetsFamily } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const file = (rng: Rng) => `"${rng.pick(FILES)}"`
const person = (rng: Rng) => rng.pick(PEOPLE)

/**
 * Sharing roles and general access, sharing settings for editors and viewers, ownership, and
 * protected sheets and ranges. Sources: "Share files from Google Drive", "Stop, limit, or change
 * sharing", "Make someone else the owner of your file" and "Protect, hide, and edit sheets".
 */
export const SHARE_PROTECT_RULE_FAMILIES: readonly SheetsFamily[] = [
  rule(
    'role-commenter',
    'Share files from Google Drive',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants ${person(rng)} to leave comments on ${file(rng)} without changing any cell. Which role do you give?`,
    'Commenter',
    [
      ['Owner', 'hands over the file, and owners can change every cell'],
      ['Viewer', 'viewers cannot add comments'],
      ['Editor', 'editors can change every cell'],
      ['Viewer, with suggesting mode turned on', 'Sheets has no suggesting mode'],
      [
        'Viewer, with commenting allowed in File > Settings',
        'there is no such setting; commenting is its own role',
      ],
    ],
  ),
  rule(
    'general-access-restricted',
    'Share files from Google Drive',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants only the three people added by email to open ${file(rng)}, even if the link is forwarded. What general access setting do you choose?`,
    'Restricted',
    [
      ['Publish to web, unlisted', 'publishing makes it visible to anyone with the address'],
      ['Anyone', 'publishes to anyone'],
      ['Anyone in the organisation with the link', 'opens for all the organisation'],
      ['Anyone with the link, as Viewer', 'anyone who receives the forwarded link can open it'],
      ['Anyone with the link, as Commenter', 'anyone with the link can open and comment'],
      ['File > Share > Publish to web', 'publishes the file for anyone to see'],
      ['Anyone with the link, with downloads turned off', 'the link still opens it for anyone'],
    ],
  ),
  rule(
    'editors-cannot-reshare',
    'Stop, limit, or change sharing',
    (rng) =>
      `${SHEETS}, ${client(rng)} owns ${file(rng)} and wants its editors to keep editing but not add people or change access. What does the owner do?`,
    'In the share settings, untick Editors can change permissions and share',
    [
      ['Make every editor a Commenter', 'they could then no longer edit'],
      ['Protect every sheet with Only you', 'blocks editing, not sharing'],
      ['Set general access to Restricted', 'editors can still add people'],
      [
        'Untick Viewers and commenters can see the option to download, print, and copy',
        'applies to viewers and commenters, not editors',
      ],
    ],
  ),
  rule(
    'viewers-no-download',
    'Stop, limit, or change sharing',
    (rng) =>
      `${SHEETS}, ${client(rng)} shares ${file(rng)} with viewers who should not see the download, print and copy options. What setting does that?`,
    'Untick the download, print and copy option for viewers',
    [
      [
        'Protect every range in the file, so that viewers cannot download, print or copy any protected cells',
        'protection stops edits, not downloads',
      ],
      ['Protect every range in the file', 'protection stops edits, not downloads'],
      ['Set general access to Restricted', 'limits who opens the file, not what they do'],
      ['Make them Commenters instead', 'commenters can download too'],
      ['Hide every sheet but one', 'hidden sheets still download with the file'],
    ],
  ),
  rule(
    'protection-not-security',
    'Protect, hide, and edit sheets',
    (rng) =>
      `${SHEETS}, ${client(rng)} protected the Salaries tab of ${file(rng)} so only the owner can edit it, and asks whether it is now confidential from the file's viewers. What is right?`,
    'No: viewers can still see, copy and print it',
    [
      [
        'Yes: protected ranges are hidden from every viewer and editor except the spreadsheet’s owner',
        'confuses protecting with hiding',
      ],
      [
        'Yes: protected ranges are hidden from everyone but the owner',
        'confuses protecting with hiding',
      ],
      ['Yes: protected ranges are encrypted', 'thinks protection encrypts data'],
      ['Yes, once the tab is also hidden', 'hidden sheets still show to anyone who unhides them'],
      ['No, unless the protection is set to Show a warning', 'a warning is the weaker setting'],
    ],
  ),
  rule(
    'protection-who-can-edit',
    'Protect, hide, and edit sheets',
    (rng) => {
      const [a] = [person(rng)]
      return `${SHEETS}, ${a}, an editor of ${client(rng)}'s file, protects a range and chooses "Only you". Who can edit that range now?`
    },
    'That editor and the owner',
    [
      [
        'Every editor still, since a protected range only shows a warning before an edit',
        'confuses Only you with Show a warning',
      ],
      [
        'Nobody at all, until the protection is removed from the range',
        'thinks protection locks everyone out',
      ],
      ['Only the editor who set it', 'the owner can always edit'],
      ['Every editor, since protection only warns', 'confuses Only you with Show a warning'],
      ['Only the file’s owner', 'forgets the person who set it'],
      ['Nobody, until the protection is removed', 'thinks protection locks everyone out'],
    ],
  ),
  rule(
    'protect-sheet-except-cells',
    'Protect, hide, and edit sheets',
    (rng) =>
      `${SHEETS}, on ${client(rng)}'s order form tab, staff should fill only C4:C20 and nothing else on the tab. What is the quickest protection?`,
    'Protect the sheet, except C4:C20',
    [
      [
        'Protect C4:C20 as a range, with Restrict who can edit this range set to Only you',
        'protects the cells staff must fill',
      ],
      [
        'Add data validation to C4:C20 with Reject the input, which locks the rest of the tab',
        'validation checks entries, it locks nothing',
      ],
      ['Protect C4:C20 as a range', 'protects the cells staff must fill'],
      ['Hide every other column', 'hidden cells are not protected'],
      ['Add data validation to C4:C20', 'validation checks entries, it locks nothing'],
      ['Protect the sheet and share C4:C20 by link', 'ranges cannot be shared by link'],
    ],
  ),
  rule(
    'protection-show-warning',
    'Protect, hide, and edit sheets',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants all editors still able to change the formulas in row 1, but asked to confirm first so they do not overwrite them by accident. Which protection setting?`,
    'Show a warning when editing this range',
    [
      [
        'Restrict who can edit this range, set to Custom with every editor ticked',
        'lets everyone edit with no confirmation',
      ],
      ['Hide row 1 and protect it', 'hiding does not ask for confirmation'],
      ['Restrict who can edit this range: Only you', 'blocks the other editors'],
      [
        'Data validation with Reject the input',
        'rejects values, and formulas are not checked that way',
      ],
      ['Hide row 1', 'hiding does not ask for confirmation'],
      ['Make the editors Commenters', 'they could no longer edit anything'],
    ],
  ),
  rule(
    'ownership-transfer-accept',
    'Make someone else the owner of your file',
    (rng) =>
      `${SHEETS}, you own ${file(rng)} in a personal Google account and hand the project to ${client(rng)}'s manager. You send an ownership transfer. When does the manager become owner?`,
    'When the manager accepts',
    [
      ['Right away', 'forgets the acceptance step'],
      ['After 7 days', 'invents a waiting period'],
      [
        'At once, as soon as you send the transfer from the share dialog',
        'forgets the acceptance step',
      ],
      [
        'After 30 days, unless the manager turns the transfer down first',
        'invents a waiting period',
      ],
      ['At once, when you send the transfer', 'forgets the acceptance step'],
      ['After 30 days without an objection', 'invents a waiting period'],
      ['When you delete your own copy', 'thinks deleting hands it over'],
      ['When the manager first edits the file', 'thinks editing grants ownership'],
    ],
  ),
  rule(
    'filter-view-for-one',
    'Create, save, delete, or share a filter view',
    (rng) =>
      `${SHEETS}, ${person(rng)} and ${person(rng)} work in ${client(rng)}'s file at once, each needing to see different rows. What lets each filter without changing what the other sees?`,
    'Filter views',
    [
      ['A filter (Data > Create a filter)', 'a filter changes the view for everyone'],
      ['Hiding rows', 'hidden rows are hidden for everyone'],
      ['Sorting the range', 'a sort reorders the data for everyone'],
      ['Protected ranges', 'protection controls edits, not views'],
    ],
  ),
  rule(
    'filter-view-viewer-temporary',
    'Create, save, delete, or share a filter view',
    (rng) =>
      `${SHEETS}, ${person(rng)} has view-only access to ${client(rng)}'s ${file(rng)} and wants to filter it. What can they do?`,
    'A temporary filter view only they see',
    [
      [
        'Create a filter view that is saved in the file and that everyone can use',
        'saving needs edit access',
      ],
      [
        'Nothing at all, because any filtering of the data needs edit access to the file',
        'thinks viewers cannot filter',
      ],
      ['Nothing; filtering needs edit access', 'thinks viewers cannot filter'],
      ['Create a saved filter view everyone can use', 'saving needs edit access'],
      ['Turn on a filter for everyone', 'a filter needs edit access'],
      ['Ask for comment access, which allows filters', 'commenters also cannot save filters'],
    ],
  ),
]
