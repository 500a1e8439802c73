import { ruleFamily, type WordFamily } from './msword-text.js'

// Styles as documented in Microsoft Support (Word): "Customize or create new styles" (Style for
// following paragraph; "Only in this document" against "New documents based on this template";
// Modify Style), "Apply a style" and the Styles pane (paragraph styles ¶, character styles a,
// linked styles ¶a: a linked style applies as a character style to selected words and as a
// paragraph style otherwise), "Change the Normal template (Normal.dotm)" (the Normal template
// holds the styles of new blank documents), "Update a style to match formatting" (Update
// Heading 1 to Match Selection), "Reveal formatting" (Shift+F1 shows the formatting of the
// selection and marks what is applied directly), "Copy styles between documents or templates
// with the Organizer"; ECMA-376 Part 1 (toggle properties: bold set by both a
// paragraph style and a character style cancels out); "Keyboard shortcuts in Word" (Ctrl+Space
// removes character formatting applied directly, Ctrl+Q paragraph formatting applied
// directly).

export const STYLE_RULE_FAMILIES: readonly WordFamily[] = [
  {
    id: 'style-linked-applies-to-selection',
    stems: [
      'A virtual assistant selects two words inside a body paragraph of {client}’s {doc} and clicks Heading 2, a linked style (¶a in the Styles pane). What happens?',
      'In {client}’s {doc}, the assistant highlights a short phrase mid-paragraph and applies Quote, shown with ¶a in the Styles pane. What does Word do?',
    ],
    keys: [
      'Only the selected words take its font formatting',
      'It acts as a character style on the selected words only',
      'Its character formatting goes on the selection alone',
    ],
    wrong: [
      [
        'The whole paragraph takes the style and its spacing and indents',
        'treats a linked style as a paragraph style even on a partial selection of words',
      ],
      [
        'Word asks whether to apply it to the paragraph or just the selection',
        'invents a prompt; a linked style decides from the selection',
      ],
      [
        'The whole paragraph becomes that style',
        'treats a linked style as a paragraph style even on a partial selection',
      ],
      [
        'Word refuses, as styles apply to paragraphs',
        'forgets that character and linked styles apply to selected text',
      ],
      [
        'The words split off into a new paragraph',
        'invents a split; styles never add paragraph marks',
      ],
      [
        'It changes the style for the whole document',
        'confuses applying a style with modifying it',
      ],
      [
        'Only the paragraph spacing and indent change',
        'has it backwards: a partial selection takes the font settings',
      ],
    ],
  },
  {
    id: 'style-following-paragraph',
    stems: [
      'In {client}’s template the assistant wants Enter after a Heading 1 to start a Body Text paragraph, not another heading. Which setting does that?',
      'After every Heading 2 in {client}’s {doc}, pressing Enter should give a paragraph in the Body style. What is set where?',
    ],
    keys: [
      'Style for following paragraph: Body Text, in Modify Style',
      'In Modify Style, set Style for following paragraph',
      'The heading’s Style for following paragraph setting',
    ],
    wrong: [
      [
        'In Modify Style, set Style based on to Body Text for Heading 1 instead',
        'confuses the base style with the style for the following paragraph',
      ],
      [
        'Turn on Keep with next in Heading 1’s paragraph settings in Modify Style',
        'only keeps the heading on the page with the next paragraph',
      ],
      [
        'Style based on: Body Text, in Modify Style',
        'confuses the base style with the style that follows',
      ],
      [
        'Keep with next on the heading in Paragraph',
        'keeps the heading on the page with the next paragraph, nothing more',
      ],
      [
        'Set Body Text as the default in the Styles pane',
        'invents a setting; Normal is the default style',
      ],
      [
        'Link Body Text to the heading in a multilevel list',
        'links numbering to headings, not the next style',
      ],
      ['Add Body Text to the Quick Style gallery', 'only puts it in the gallery'],
    ],
  },
  {
    id: 'style-modify-scope-template',
    stems: [
      'The assistant changes Heading 1’s colour in a document created from {client}’s template and wants new documents from that template to have it too. What must be chosen in Modify Style?',
      'A style change made while editing a {doc} for {client} must reach documents created later from the same template. Which Modify Style option does that?',
    ],
    keys: [
      'New documents based on this template',
      'Select New documents based on this template',
      'The option New documents based on this template',
    ],
    wrong: [
      [
        'Only in this document, then save the document',
        'keeps the change in this document; the template is untouched',
      ],
      [
        'Automatically update, then save the document',
        'updates the style from direct formatting in this document only',
      ],
      ['Add to the Styles gallery, then save the file', 'only shows the style in the gallery'],
      ['Update Heading 1 to Match Selection and save', 'changes the style in this document only'],
      ['Save the document as a PDF, then reopen it', 'a PDF carries no Word styles'],
    ],
  },
  {
    id: 'style-normal-template',
    stems: [
      'A virtual assistant wants every new blank document on her own PC to open in Aptos 11 with 6 pt after paragraphs. Where is that stored?',
      'Which file holds the Normal style that new blank Word documents on a Windows PC use?',
    ],
    keys: [
      'In Normal.dotm, the Normal template',
      'The Normal template, Normal.dotm',
      'Normal.dotm, set via Set As Default',
    ],
    wrong: [
      ['In Normal.docx in the Documents folder', 'confuses a document with the template file'],
      [
        'In the Styles pane of the last document saved',
        'thinks Word carries styles over from the last document',
      ],
      ['In Word’s Options > Proofing settings', 'confuses proofing options with style defaults'],
      [
        'In the document theme file, Office.thmx',
        'a theme sets fonts and colours, not paragraph spacing',
      ],
      ['In Windows display font settings', 'confuses system fonts with Word styles'],
      [
        'In Normal.dotx in the Templates folder',
        'gives the macro-free .dotx extension; the global template is Normal.dotm',
      ],
    ],
  },
  {
    id: 'style-update-to-match',
    stems: [
      'The assistant reformatted one Heading 2 by hand in {client}’s {doc} and wants every Heading 2 to match it. What is quickest?',
      'One Heading 1 in {client}’s {doc} now has the new look the client approved. How does the assistant apply that look to all Heading 1 paragraphs?',
    ],
    keys: [
      'Right-click the style, Update to Match Selection',
      'Update the style to Match Selection',
      'Use Update Heading to Match Selection',
    ],
    wrong: [
      [
        'Format Painter over every other heading',
        'copies direct formatting heading by heading, leaving the style unchanged',
      ],
      [
        'Select All Text with Similar Formatting, then Ctrl+Space',
        'removes direct formatting instead of spreading it',
      ],
      ['Clear All Formatting on the changed heading', 'throws the approved look away'],
      [
        'Create a new style from it named Heading 2',
        'cannot reuse the built-in name; a new style leaves the others alone',
      ],
      ['Copy the heading and paste it over each other one', 'replaces the headings’ text'],
    ],
  },
  {
    id: 'style-reveal-formatting',
    stems: [
      'Text in {client}’s {doc} looks different from its style and the assistant needs to see which formatting is applied directly. Which tool shows that on Windows?',
      'A paragraph in {client}’s {doc} will not match its style. On Windows, which pane lists the formatting of the selection and what was applied on top of the style?',
    ],
    keys: [
      'Reveal Formatting (Shift+F1)',
      'The Reveal Formatting pane, Shift+F1',
      'Shift+F1 opens Reveal Formatting',
    ],
    wrong: [
      ['The Navigation pane (Ctrl+F)', 'shows headings and search results'],
      ['The Selection pane on the Home tab', 'lists floating objects, not formatting'],
      ['Track Changes balloons (Ctrl+Shift+E)', 'shows revisions only when tracking was on'],
      ['Document Inspector in File > Info', 'finds hidden data and personal information'],
      ['The Clipboard pane on the Home tab', 'lists copied items'],
      ['The Format Painter on the Home tab', 'copies formatting; it does not list it'],
    ],
  },
  {
    id: 'style-toggle-bold',
    stems: [
      'A paragraph style in {client}’s {doc} is bold, and a character style that is also bold is applied to one word in it. How does the word look?',
      'In {client}’s template, Table Heading text is bold by its paragraph style, and the Strong character style (bold) is applied to a term in it. What is the term’s weight?',
    ],
    keys: [
      'Not bold: bold is a toggle, and the two cancel',
      'Regular weight, as the two bold settings cancel',
      'Not bold, since toggled twice it switches off',
    ],
    wrong: [
      [
        'Bold, since both styles set bold and the settings add up to bold',
        'thinks bold settings add up; bold is a toggle, applied twice it turns off',
      ],
      [
        'Bold, because the paragraph style always wins over a character style',
        'misses that the character style toggles the paragraph style’s bold off',
      ],
      ['Bold, as the character style adds to it', 'thinks bold settings add up; bold is a toggle'],
      ['Extra bold, one level heavier than bold', 'invents a heavier weight'],
      ['Bold, as the paragraph style wins', 'misses that the character style toggles bold off'],
      ['Bold and italic, the style default', 'invents italic'],
      ['Underlined instead, to show the clash', 'invents a marker for clashing styles'],
    ],
  },
  {
    id: 'style-organizer-copy',
    stems: [
      'The assistant has built a set of styles in {client}’s {doc} and wants to copy five of them into the client’s other template without retyping. Which tool does that?',
      'How does a virtual assistant copy named styles from one Word document into a template?',
    ],
    keys: [
      'The Organizer, via Manage Styles > Import/Export',
      'Manage Styles > Import/Export (the Organizer)',
      'Copy them across in the Organizer',
    ],
    wrong: [
      [
        'Format Painter from one file to the other',
        'copies formatting as direct formatting, not the styles',
      ],
      [
        'Save the document as a theme (.thmx)',
        'a theme carries fonts, colours and effects, not styles',
      ],
      [
        'Set As Default in the Design tab',
        'changes the defaults of the current template’s Normal style only',
      ],
      ['Paste a paragraph with Keep Text Only', 'drops all formatting and styles'],
      ['Compare the two documents on Review', 'lists differences, it copies nothing'],
    ],
  },
].map(ruleFamily)
