import type { Rng } from '../../rng.js'
import { CLIENTS, rule, SHEETS, type SheetsFamily, TABS } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const tab = (rng: Rng) => rng.pick(TABS)

/**
 * Data validation (dropdowns, checkboxes, custom rules, warnings and rejection) and conditional
 * formatting (custom formulas on other tabs, rule order, colour scales, date windows). Sources:
 * "Create an in-cell dropdown list", "Add & use checkboxes", "Apply data validation rules to
 * cells", and "Use conditional formatting rules in Google Sheets".
 */
export const VALIDATION_FORMAT_RULE_FAMILIES: readonly SheetsFamily[] = [
  rule(
    'dropdown-from-range',
    'Create an in-cell dropdown list',
    (rng) =>
      `${SHEETS}, the status column of ${client(rng)}'s ${tab(rng)} tab needs a dropdown whose choices come from the list in Lists!A2:A20, so adding a status there adds a choice. Which criterion do you pick in Data > Data validation?`,
    'Dropdown (from a range): Lists!A2:A20',
    [
      [
        'Dropdown, typing each status from the list as an option, then retyping them when the list changes',
        'typed options do not follow the list',
      ],
      [
        'Custom formula is =COUNTIF(Lists!A2:A20,C2)>0, which shows the list as a dropdown',
        'a custom formula shows no dropdown',
      ],
      ['Dropdown, typing each status as an option', 'typed options do not follow the list'],
      ['Text contains, with each status', 'checks text and shows no dropdown'],
      ['Custom formula is =Lists!A2:A20', 'a custom formula must return TRUE or FALSE'],
      ['Checkbox with custom cell values', 'gives two values, not a list'],
    ],
  ),
  rule(
    'validation-reject-input',
    'Apply data validation rules to cells',
    (rng) =>
      `${SHEETS}, a data validation rule on ${client(rng)}'s order quantities allows whole numbers from 1 to ${rng.pick([50, 99, 200])}, yet someone typed 0 and it stayed, marked with a red corner. What change stops such entries?`,
    'Reject the input',
    [
      ['Show a warning', 'the setting that already lets it through'],
      ['Protect the range', 'blocks editing the cells entirely'],
      [
        'Tick Show help text for a selected cell, so people read the allowed range before typing',
        'help text explains but blocks nothing',
      ],
      [
        'Add a conditional formatting rule that colours 0 red, so it is seen and fixed',
        'colours the entry and still accepts it',
      ],
      ['Tick Show help text for a selected cell', 'help text explains but blocks nothing'],
      ['Protect the range with Show a warning', 'a protection warning only asks to confirm edits'],
      ['Add a conditional formatting rule for 0', 'colours the entry and still accepts it'],
      ['Change the criterion to Greater than 0', 'the rule already excludes 0; it only warns'],
    ],
  ),
  rule(
    'checkbox-custom-values',
    'Add & use checkboxes',
    (rng) =>
      `${SHEETS}, ${client(rng)}'s reports expect the texts Yes and No in the Approved column, but the team wants to tick boxes. What do you set up?`,
    'Checkboxes with custom cell values Yes and No',
    [
      [
        'Plain checkboxes from Insert > Checkbox, which store Yes when ticked and No when unticked',
        'plain checkboxes store TRUE and FALSE',
      ],
      [
        'Checkboxes plus a custom number format that shows TRUE as Yes and FALSE as No',
        'formats cannot turn TRUE into the text Yes',
      ],
      ['Plain checkboxes, which store Yes and No', 'plain checkboxes store TRUE and FALSE'],
      ['A dropdown with the options Yes and No', 'gives a dropdown, not a box to tick'],
      [
        'Checkboxes plus a number format showing Yes and No',
        'formats cannot turn TRUE into the text Yes',
      ],
      [
        'A conditional formatting rule that shows a tick for Yes',
        'formatting cannot make a clickable box',
      ],
    ],
  ),
  rule(
    'validation-unique-ids',
    'Apply data validation rules to cells',
    (rng) =>
      `${SHEETS}, the order ids in ${client(rng)}'s column A (rows 2 down) must never repeat. Which "Custom formula is" rule, set on A2:A and set to reject the input, refuses an id already in the column?`,
    '=COUNTIF($A$2:$A,A2)=1',
    [
      ['=COUNTIF(A2:A,A2)>1', 'a sliding range that accepts only repeats'],
      ['=COUNTIF($A$2:$A,$A$2)>1', 'checks the first id and accepts only repeats'],
      ['=COUNTIF($A$2:$A,A2)=0', 'refuses every id, since the new entry counts itself'],
      ['=COUNTIF($A$2:$A,A2)<=2', 'allows each id twice'],
      [
        '=ISERROR(MATCH(A2,$A$2:$A,0))',
        'the new entry finds itself in the column, so every id is refused',
      ],
      ['=COUNTIF($A$2:$A,A2)>1', 'accepts only ids that repeat'],
      ['=COUNTIF(A2:A,A2)=1', 'a relative range that starts lower on each row'],
      ['=COUNTIF($A$2:$A,$A$2)=1', 'every row checks the first id'],
      ['=UNIQUE(A2:A)', 'returns a list, not TRUE or FALSE'],
    ],
    true,
  ),
  rule(
    'validation-email',
    'Apply data validation rules to cells',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants the Email column to refuse entries that are not email addresses. Which criterion fits best?`,
    'Text is valid email',
    [
      ['Text contains, with the value @ and a dot', 'accepts anything with an @, such as a@'],
      ['Custom formula is =ISTEXT(B2)', 'accepts any text at all'],
      ['URL', 'checks web addresses'],
      ['Text contains @', 'accepts anything with an @, such as a@'],
      ['Dropdown (from a range)', 'limits entries to a list'],
      ['Text is valid URL', 'checks web addresses'],
      ['Is not empty', 'accepts any text'],
    ],
  ),
  rule(
    'validation-help-text',
    'Apply data validation rules to cells',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants a short instruction ("use dd/mm/yyyy") to appear whenever someone selects a date cell in the ${tab(rng)} tab. Where is that set?`,
    'Show help text for a selected cell, in the rule',
    [
      [
        'Insert > Note on each date cell, with the instruction typed in each note',
        'a note shows on hover, one cell at a time',
      ],
      [
        'Insert > Comment on the column header, mentioning the team so they see the instruction',
        'a comment starts a discussion thread',
      ],
      ['Insert > Note on each cell', 'a note shows on hover, one cell at a time'],
      ['Insert > Comment mentioning the team', 'a comment starts a discussion thread'],
      ['Format > Number > Custom date format', 'sets display, with no message'],
      [
        'Data > Named ranges, naming the range after the instruction',
        'a name is not shown on selection',
      ],
    ],
  ),
  rule(
    'format-rule-other-tab',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, a conditional formatting rule on ${client(rng)}'s B2:B50 should colour amounts above the target held in B1 of the Targets tab. Which custom formula works?`,
    '=B2>INDIRECT("Targets!B1")',
    [
      ['=B2>INDIRECT("B1")', 'an address without the tab name reads B1 of this tab'],
      ['=B2>IMPORTRANGE("Targets","B1")', 'IMPORTRANGE reads other files'],
      ['=B2>"Targets!B1"', 'compares with the text Targets!B1'],
      ['=B2>INDIRECT(Targets!B1)', 'passes the value where INDIRECT needs the address as text'],
      [
        '=B2>IMPORTRANGE("Targets","Targets!B1")',
        'IMPORTRANGE reads other files and takes the file’s URL first',
      ],
      ['=$B$2>INDIRECT("Targets!B1")', 'anchors B2, so every cell checks the first amount'],
    ],
    true,
  ),
  rule(
    'format-rule-order',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, two conditional formatting rules apply to ${client(rng)}'s C2:C: red when below 0, green when below ${rng.pick([100, 500, 1000])}. A value of −20 shows green. Why?`,
    'The first true rule in the list decides',
    [
      [
        'Green always wins over red when two conditional formatting rules match the same cell',
        'thinks colours have a fixed priority',
      ],
      [
        'The most recently created rule decides, and the green rule was added after the red one',
        'thinks the newest rule wins',
      ],
      ['Green always wins over red', 'thinks colours have a fixed priority'],
      ['The most recently created rule decides', 'thinks the newest rule wins'],
      ['Negative numbers need a custom formula', 'blames the condition type'],
      ['The two colours are mixed, and green shows on top', 'thinks formats blend'],
    ],
  ),
  rule(
    'format-colour-scale',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants monthly sales in B2:M2 shaded from light for the lowest to dark for the highest, without fixed thresholds. Which conditional formatting option fits?`,
    'Color scale',
    [
      ['Fill color', 'a fixed fill, whatever the value'],
      ['Data bars', 'an Excel conditional format that Sheets does not offer'],
      ['Single color', 'one colour at one fixed threshold'],
      ['Custom formula is =B2>AVERAGE($B$2:$M$2)', 'one colour for cells that pass a test'],
      ['Single color with Greater than', 'one colour at one fixed threshold'],
      ['Single color with Custom formula is', 'one colour for cells that pass a test'],
      ['Alternating colors', 'stripes rows, whatever their values'],
      ['Number format with conditions', 'changes the digits shown, not the fill'],
    ],
  ),
  rule(
    'format-next-seven-days',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, column D of ${client(rng)}'s ${tab(rng)} tab holds due dates. A rule on D2:D should colour dates from today up to 7 days ahead. Which custom formula?`,
    '=AND(D2>=TODAY(),D2<=TODAY()+7)',
    [
      ['=D2<=TODAY()+7', 'also colours every past date'],
      ['=D2=TODAY()+7', 'colours only the seventh day'],
      ['=AND(D2>=TODAY(),D2<=7)', 'compares with the number 7, a date in 1900'],
      ['=AND($D$2>=TODAY(),$D$2<=TODAY()+7)', 'every cell checks D2'],
    ],
    true,
  ),
  rule(
    'format-custom-formula-boolean',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, a rule on ${client(rng)}'s A2:A with the custom formula \`=IF(C2>100,"red","")\` colours nothing. What must a custom formula return?`,
    'TRUE or FALSE',
    [
      ['A colour', 'thinks the formula chooses the colour'],
      ['A value to show', 'thinks the formula rewrites what the cell shows'],
      [
        'The name of the colour to apply to the cell, such as red, or an empty text for no colour',
        'thinks the formula chooses the colour',
      ],
      [
        'A number from 1 to 10 that sets how dark the shade of the colour is',
        'confuses it with a colour scale',
      ],
      ['The name of the colour to apply', 'thinks the formula chooses the colour'],
      ['A number from 1 to 10 for the shade', 'confuses it with a colour scale'],
      ['The text of the cell to match', 'confuses it with Text is exactly'],
      ['A range of the cells to format', 'thinks the formula lists the cells'],
    ],
  ),
  rule(
    'format-duplicates-across-columns',
    'Use conditional formatting rules in Google Sheets',
    (rng) =>
      `${SHEETS}, a rule on ${client(rng)}'s A2:A should colour each row whose email in A also appears in the Unsubscribed list in column F of the same tab. Which custom formula?`,
    '=COUNTIF($F$2:$F,A2)>0',
    [
      ['=COUNTIF($F$2:$F,A2)=0', 'colours the emails not on the list'],
      ['=COUNTIF($A$2:$A,F2)>0', 'swaps the list and the email'],
      ['=COUNTIF(F2:F,A2)>0', 'the list range slides down as the rule moves'],
      ['=COUNTIF($F$2,A2)>0', 'checks only the first unsubscribed email'],
      ['=COUNTIF($F:$F,$A2)>1', 'needs the email listed twice before it colours'],
      ['=COUNTIF($F$2:$F,$A$2)>0', 'every row checks the first email'],
      ['=COUNTIF($A$2:$A,A2)>1', 'finds repeats within column A instead'],
      ['=A2=$F$2', 'compares with the first unsubscribed email only'],
    ],
    true,
  ),
]
