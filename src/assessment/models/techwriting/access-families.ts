import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Accessible documentation, per WCAG 2.2: link text that says where it goes (2.4.4), text
 * alternatives for screenshots and icons and none for decoration (1.1.1), instructions that do
 * not rely on shape, colour or position alone (1.3.3, 1.4.1), and commands given as text rather
 * than as images of text (1.4.5).
 */
export const ACCESS_FAMILIES: readonly TwFamily[] = [
  family('link-text-names-destination', (rng) => {
    const s = screen(rng)
    const title = rng.pick([
      `Restoring a backup`,
      `${s.app} system requirements`,
      `Managing user roles`,
      `Troubleshooting sign-in problems`,
    ])
    const href = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`
    return choose(rng, {
      stem: `A ${s.app} topic must point readers to the topic “${title}”. Which cross-reference meets WCAG 2.2 success criterion 2.4.4 (link purpose from the link text)?`,
      key: `For more information, see [${title}](${href}).`,
      wrong: [
        [
          `For more information, [click here](${href}).`,
          'link text “click here” says nothing about the destination',
        ],
        [
          `For more information, see [this topic](${href}).`,
          'link text “this topic” says nothing about the destination',
        ],
        [
          `For more information, see [https://docs.example.com/${href}](${href}).`,
          'a raw address as link text, read out character by character',
        ],
        [`[More](${href})`, 'a single vague word as the whole link'],
        [
          `For more information about this and related subjects, see [the documentation page here](${href}).`,
          'link text “the documentation page here” says nothing about the destination',
        ],
      ],
      facts: { check: 'link', title },
    })
  }),
  family('alt-text-informative-screenshot', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} topic shows a screenshot whose only purpose is to show where the ${s.button} button is: at the top right of the ${s.page} page. Which alt text serves a screen-reader user?`,
      key: `The ${s.page} page, with the ${s.button} button at the top right`,
      wrong: [
        [`Screenshot`, 'names the image type, not what it shows'],
        [`${s.page.toLowerCase()}-page-final-v2.png`, 'uses the file name as alt text'],
        [
          `Image of a screenshot of the ${s.app} application window`,
          'opens with “image of” and misses the point of the image',
        ],
        [
          `The ${s.page} page of ${s.app}, which lets you ${s.goal} and view each item’s status, history and owner in a sortable table`,
          'describes the whole page and misses the button the image is there to show',
        ],
      ],
      facts: { check: 'alt', purpose: 'informative', must: [s.button] },
    })
  }),
  family('alt-text-decorative', (rng) => {
    const s = screen(rng)
    const pic = rng.pick([
      'a decorative wave divider',
      'a stock photo of a laptop on a desk',
      'an abstract background pattern',
    ])
    return choose(rng, {
      stem: `The ${s.app} help home page shows ${pic} that carries no information. What text alternative should it have under WCAG 2.2 (1.1.1)?`,
      key: 'An empty alt attribute, so screen readers skip it',
      wrong: [
        [
          'A description of the image, so screen readers announce it',
          'makes screen-reader users listen to decoration',
        ],
        [
          'The word “decorative” as the alt text',
          'makes screen readers read out the word “decorative”',
        ],
        ['No alt attribute at all', 'leaves screen readers to announce the file name'],
        [
          'The page title, repeated as alt text',
          'repeats the title screen readers have already read',
        ],
      ],
      facts: { check: 'table', purpose: 'decorative' },
    })
  }),
  family('icon-button-alt-text', (rng) => {
    const s = screen(rng)
    const [icon, action] = rng.pick([
      ['a magnifying glass', 'Search'],
      ['a gear', 'Settings'],
      ['a printer', 'Print'],
      ['a bin', 'Delete'],
    ] as const)
    return choose(rng, {
      stem: `In the ${s.app} web help, a link is only an icon of ${icon}. It opens ${action}. What should its text alternative say?`,
      key: action,
      wrong: [
        [`Icon of ${icon}`, 'describes the picture, not what the link does'],
        [`${icon.replace(/^a /, '')}.svg`, 'uses the file name as the text alternative'],
        ['Click here', 'says nothing about what the link does'],
        ['Icon', 'names the image type only'],
      ],
      facts: { check: 'table', action },
    })
  }),
  family('no-sensory-only-instructions', (rng) => {
    const s = screen(rng)
    const colour = rng.pick(['green', 'blue', 'orange'])
    return choose(rng, {
      stem: `Which ${s.app} step can every reader follow, including those who cannot see shape, colour or position (WCAG 2.2 success criterion 1.3.3)?`,
      key: `Select **${s.button}**.`,
      wrong: [
        [`Select the ${colour} button.`, 'identifies the button by colour alone'],
        [
          `Select the round button at the top right.`,
          'identifies the button by shape and position alone',
        ],
        [`Select the button below the table.`, 'identifies the button by position alone'],
        [
          `Select the ${colour} button on the right.`,
          'identifies the button by colour and position alone',
        ],
        [
          `Select the **${s.button}** button on the right.`,
          'adds a position the reader may not perceive',
        ],
        ['Select the icon.', 'names neither the label nor anything the reader can find'],
      ],
      facts: { check: 'sensory', label: s.button },
    })
  }),
  family('colour-not-only-signal', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} reference table marks deprecated settings. Which way of marking them meets WCAG 2.2 success criterion 1.4.1 (use of colour)?`,
      key: 'A “Deprecated” label in the row, with the row also shaded grey',
      wrong: [
        [
          'Red text for deprecated rows, explained in a legend',
          'relies on colour alone to carry the meaning',
        ],
        [
          'Grey shading of the deprecated rows, with no label',
          'relies on shading alone to carry the meaning',
        ],
        ['A red dot next to each deprecated setting', 'relies on the colour of a symbol alone'],
        [
          'Rows shaded in a pale red tint, with a legend at the bottom of the page explaining the colour',
          'relies on colour alone to carry the meaning',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
  family('commands-as-text', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} install guide shows the three setup commands only as a screenshot of a terminal. What is the fix (WCAG 2.2 success criterion 1.4.5, images of text)?`,
      key: 'Give the commands as text in a code block',
      wrong: [
        [
          'Add alt text that says “Terminal commands”',
          'leaves the commands unreadable and uncopyable',
        ],
        ['Enlarge the screenshot for legibility', 'keeps the commands as an image of text'],
        ['Add a caption under the screenshot', 'still leaves the commands only in the image'],
        [
          'Replace it with a short video of the commands being typed',
          'moves the commands into another medium readers cannot copy',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
  family('data-table-headers', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} reference page lists each setting with its type and default in a Markdown table. What lets screen readers announce each cell with its column name (WCAG 2.2 success criterion 1.3.1)?`,
      key: 'A header row naming each column',
      wrong: [
        [
          'Bold text in the first data row',
          'makes the row look like a header without marking it as one',
        ],
        [
          'A sentence above the table listing the columns',
          'leaves the cells unlinked to their column names',
        ],
        ['A different background colour on the first row', 'relies on colour, not structure'],
        ['A screenshot of the table instead of the table', 'turns the data into an image of text'],
        [
          'A first row in bold naming each column',
          'makes the row look like a header without marking it as one',
        ],
        ['A caption naming each column', 'describes the columns without linking cells to them'],
      ],
      facts: { check: 'table' },
    })
  }),
  family('video-captions', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `The ${s.app} docs embed a prerecorded video tutorial with narration. What does WCAG 2.2 success criterion 1.2.2 (level A) require for its sound?`,
      key: 'Synchronised captions of the narration',
      wrong: [
        ['A link to the product’s home page', 'offers no text equivalent of the narration'],
        ['Background music under the narration', 'adds sound instead of an equivalent for it'],
        ['A one-line summary below the video', 'summarises instead of captioning what is said'],
        ['A higher video resolution', 'improves the picture, not access to the sound'],
        [
          'A transcript of the narration in a separate download area',
          'offers a transcript where captions are required',
        ],
        [
          'Subtitles burned into the video in a second language only',
          'captions another language, not the narration',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
]
