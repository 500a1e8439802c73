import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { fact } from './fact-family.js'

const DECK = 'In a presentation program (PowerPoint)'

/**
 * Presentations a virtual assistant builds or tidies for clients: masters and layouts, accessible
 * slides, presenting with notes, linked and embedded content, file size and delivery formats.
 */
export const PRESENTATION_FAMILIES: readonly ScenarioFamily[] = [
  fact(
    'logo-on-every-slide',
    (rng) =>
      `${DECK}, the client's ${rng.pick(['logo', 'confidentiality notice', 'brand stripe'])} must appear in the same place on every slide, including slides added later. Where is it placed?`,
    'On the slide master',
    [
      ['On each slide, pasted in the same place', 'copies that new slides will not get'],
      ['In the notes page header', 'a header that prints on notes only'],
      ['On the title slide only', 'shows on one slide instead of all'],
      ['In the theme colours', 'colours cannot hold an image or text'],
    ],
  ),
  fact(
    'titles-in-placeholders',
    (rng) =>
      `${DECK}, a ${rng.pick(['sales deck', 'training deck', 'board pack'])} has slide titles typed in free text boxes. Why move them into the layout title placeholders?`,
    'Screen readers and the outline use them',
    [
      ['Free text boxes cannot be animated', 'text boxes animate as well as placeholders'],
      ['Placeholders print in colour', 'printing treats both alike'],
      ['Free text boxes are left out when the deck is saved as a PDF', 'text boxes export to PDF'],
      ['Placeholders make the file smaller', 'confuses structure with file size'],
    ],
  ),
  fact(
    'alt-text-on-images',
    (rng) =>
      `${DECK}, a ${rng.pick(['chart image', 'product photo', 'diagram'])} carries information a blind viewer needs. What is added?`,
    'Alt text saying what it shows',
    [
      ['A caption reading "image"', 'a label that says nothing of the content'],
      [
        'Alt text that gives the file name of the image it came from',
        'a file name that says nothing of the content',
      ],
      ['Mark it as decorative', 'hides meaningful content from a screen reader'],
      ['A speaker note describing it', 'notes a viewer never hears'],
    ],
  ),
  fact(
    'decorative-images',
    (rng) =>
      `${DECK}, a ${rng.pick(['background flourish', 'divider line', 'stock texture'])} conveys nothing. What does the accessibility checker want for it?`,
    'Mark it as decorative',
    [
      ['Alt text describing its shapes and colours', 'makes a screen reader read out noise'],
      ['Delete it from every slide', 'removes design the client wants'],
      ['Alt text saying "decorative image"', 'still read aloud on every slide'],
      ['Group it with the title', 'changes nothing a screen reader hears'],
    ],
  ),
  fact(
    'reading-order',
    (rng) =>
      `${DECK}, a screen reader reads a slide's ${rng.pick(['text boxes', 'callouts', 'labels'])} in a confusing order. Where is the order set?`,
    'The Reading Order pane',
    [
      ['The Animation Pane', 'sets the order of effects, not reading'],
      ['The slide sorter', 'orders slides, not objects on a slide'],
      [
        'The Align menu (Align Left, Align Top)',
        'positions objects on the slide, not their reading order',
      ],
      ['The outline view', 'lists placeholders only'],
    ],
  ),
  fact(
    'notes-for-the-presenter-only',
    (rng) =>
      `${DECK}, a speaker wants to see ${rng.pick(['their notes', 'the next slide and a timer'])} while the audience sees only the slides on a second screen. What is used?`,
    'Presenter View',
    [
      ['Reading View', 'a window view, not a two-screen mode'],
      ['Notes Page view during the show', 'an editing view the audience would see'],
      ['Print the notes onto each slide', 'shows the notes to the audience'],
      ['Slide Sorter view', 'an editing view of thumbnails'],
    ],
  ),
  fact(
    'linked-chart-updates',
    (rng) =>
      `${DECK}, a chart from a ${rng.pick(['monthly sales', 'budget', 'KPI'])} workbook must update when the workbook changes. How is it pasted?`,
    'Paste it linked to the workbook',
    [
      ['Paste it embedded (a copy of the data)', 'a copy that stays as it was pasted'],
      ['Paste it as a picture', 'a picture that never updates'],
      ['Retype the figures into a new chart', 'figures typed by hand that never update'],
      ['Insert a screenshot of the chart', 'a picture that never updates'],
    ],
  ),
  fact(
    'embedded-for-sending',
    (rng) =>
      `${DECK}, the deck goes to ${rng.pick(['an outside client', 'a conference organiser'])} who has no access to the source workbook, but the chart must stay editable. How is the chart included?`,
    'Embedded, data and all',
    [
      ['Linked to the workbook on your drive', 'a link the recipient cannot follow'],
      ['As a picture of the chart', 'cannot be edited'],
      ['As a hyperlink to the workbook', 'a link the recipient cannot follow'],
      ['As a screenshot in the notes', 'cannot be edited and is hidden in notes'],
    ],
  ),
  fact(
    'compress-pictures',
    (rng) =>
      `${DECK}, a deck of ${rng.pick(['high-resolution photos', 'phone pictures', 'scanned pages'])} is too large to email. What shrinks it most while keeping the slides?`,
    'Compress pictures, dropping cropped areas',
    [
      ['Save it as a template', 'changes the file type, not the images'],
      [
        'Drag each picture smaller on its slide until the file size drops',
        'keeps the full image data in the file',
      ],
      ['Zip the file', 'little gain on already-compressed files'],
      ['Crop the pictures only', 'keeps the cropped parts in the file'],
    ],
  ),
  fact(
    'handouts-with-lines',
    (rng) =>
      `${DECK}, the client wants printed handouts with ${rng.pick(['three slides a page', 'three slides a page and lines for notes'])}. What is chosen in Print?`,
    'Handouts, 3 slides per page',
    [
      ['Notes Pages', 'one slide a page with speaker notes'],
      ['Outline', 'text only, no slides'],
      ['Full Page Slides, scaled to fit', 'one slide a page'],
      ['Handouts, 6 slides per page', 'six slides a page without lines'],
    ],
  ),
  fact(
    'hide-backup-slides',
    (rng) =>
      `${DECK}, the client wants ${rng.pick(['backup slides', 'appendix slides'])} kept in the file but skipped during the show. What does that?`,
    'Hide Slide',
    [
      ['Move them into a section', 'sections group slides but still show them'],
      ['Delete them and keep a copy', 'removes them from the file'],
      ['Set their transition to None', 'changes how they appear, not whether'],
      ['Make their text white', 'still shows a blank slide'],
    ],
  ),
  fact(
    'sections-for-long-decks',
    (rng) =>
      `${DECK}, a ${rng.pick(['120-slide', '90-slide'])} training deck has to be organised so each trainer can find, move and collapse their part. What helps?`,
    'Sections, one per part',
    [
      ['A separate slide master per trainer', 'masters set design, not grouping'],
      ['Hidden slides between parts', 'dividers that do not group'],
      ['One file per slide', 'splits the deck instead of organising it'],
      ['Numbered slide titles', 'numbers that do not collapse or move together'],
    ],
  ),
  fact(
    'embed-fonts',
    (rng) =>
      `${DECK}, the client's ${rng.pick(['brand font', 'special font'])} shows as a different font on the presenter's laptop. What keeps it when the file is opened elsewhere?`,
    'Embed the fonts when saving',
    [
      [
        'Set the font in the slide master so every slide names it',
        'names a font the other laptop still lacks',
      ],
      ['Save the deck as a template', 'a template that still needs the font installed'],
      ['Make all text bold', 'changes weight, not the missing font'],
      ['Turn off AutoFit', 'stops resizing, not substitution'],
    ],
  ),
  fact(
    'animation-order',
    (rng) =>
      `${DECK}, the ${rng.pick(['bullet points', 'chart parts', 'callouts'])} on a slide appear in the wrong order during the show. Where is the order changed?`,
    'The Animation Pane',
    [
      ['The Selection Pane', 'sets reading and stacking order, not effects'],
      ['The Transitions tab', 'sets how the slide enters'],
      ['Slide Sorter view', 'orders slides, not effects'],
      ['Send Backward on each object', 'changes stacking, not timing'],
    ],
  ),
  fact(
    'kiosk-loop',
    (rng) =>
      `${DECK}, a deck must run unattended on a ${rng.pick(['trade-show screen', 'reception display'])}, advancing by itself and starting again at the end. What is set?`,
    'Timings, and Browsed at a kiosk',
    [
      ['Presenter View with a clicker', 'needs a person to advance it'],
      [
        'Loop the background music only, with the slides left on manual advance',
        'repeats audio, not slides',
      ],
      ['Hide every slide but the first', 'shows one slide'],
      ['Save it as a PDF and open it', 'a PDF that does not advance or loop'],
    ],
  ),
  fact(
    'slide-numbers-not-on-title',
    (rng) =>
      `${DECK}, slide numbers should show on every slide except the ${rng.pick(['title slide', 'cover slide'])}. How?`,
    "Slide number on, Don't show on title slide",
    [
      ['Type a number in a text box on each slide', 'numbers that go stale when slides move'],
      ['Add the number to the title placeholder', 'mixes the number into the title'],
      [
        'Turn on slide numbers for all slides, then hide the title slide in the show',
        'hides the title slide from the show',
      ],
      ['Number the slides in the notes pages', 'numbers the audience never sees'],
    ],
  ),
  fact(
    'change-fonts-everywhere',
    (rng) =>
      `${DECK}, a ${rng.pick(['rebrand', 'new style guide'])} changes the heading and body fonts across a 60-slide deck built on its layouts. What changes them in one place?`,
    'Change the theme fonts',
    [
      [
        'Select all text on each slide and change it',
        'slide-by-slide formatting that misses new slides',
      ],
      ['Find and replace the old font name in the text', 'searches the text for the font name'],
      ['Save as a PDF with the new font', 'a PDF that cannot change fonts'],
      ['Change the font in the notes master', 'changes the notes pages only'],
    ],
  ),
  fact(
    'reuse-slides-theme',
    (rng) =>
      `${DECK}, slides reused from ${rng.pick(["last year's deck", "a colleague's deck"])} should take on the current deck's design. How are they inserted?`,
    'Insert them with the destination theme',
    [
      ['Keep source formatting', 'keeps the old design'],
      ['Paste them as pictures', 'pictures that cannot be edited'],
      ['Insert them as an embedded presentation', 'a deck inside a slide'],
      ['Copy each text box and picture across by hand into new slides', 'manual rebuilding'],
    ],
  ),
  fact(
    'video-starts-automatically',
    (rng) =>
      `${DECK}, a ${rng.pick(['product video', 'short clip'])} should start as soon as its slide appears, without a click. Which playback setting is that?`,
    'Start: Automatically',
    [
      ['Start: When Clicked On', 'waits for a click'],
      ['Loop until Stopped', 'repeats the video but still waits'],
      ['Play Full Screen', 'changes size, not timing'],
      ['Hide While Not Playing', 'hides the frame, not its start'],
    ],
  ),
  fact(
    'align-and-distribute',
    (rng) =>
      `${DECK}, ${rng.pick(['four icons', 'five boxes', 'three photos'])} in a row should have equal gaps between them. What does it exactly?`,
    'Distribute Horizontally',
    [
      ['Align Middle', 'lines them up but leaves the gaps'],
      ['Group them', 'joins them but leaves the gaps'],
      ['Drag each one by eye with the grid and guides turned off', 'gaps set by eye'],
      ['Distribute Vertically', 'spaces them in the wrong direction'],
    ],
  ),
  fact(
    'pdf-for-reading',
    (rng) =>
      `${DECK}, the deck goes to ${rng.pick(['readers who may not have the software', 'a client to read on a phone'])}, to read, not to edit. Which format suits?`,
    'PDF',
    [
      ['The editable presentation file', 'needs the software to open'],
      ['A zip of the slide images', 'loses the text for search and screen readers'],
      ['A template file', 'opens as a new deck to edit'],
      ['An outline as plain text', 'loses the slides'],
    ],
  ),
  fact(
    'one-idea-per-slide',
    (rng) =>
      `${DECK}, a client's slide holds ${rng.pick(['ten bullet points', 'a full paragraph', 'three charts'])} that the speaker reads out. What is the usual fix?`,
    'One point per slide, over several slides',
    [
      [
        'Shrink the font until everything fits on the one slide',
        'smaller text that nobody can read',
      ],
      ['Add an animation to each bullet', 'reveals the clutter in steps'],
      ['Change the background to white', 'changes colour, not clutter'],
      ['Move the text into the title', 'moves the clutter, not removes it'],
    ],
  ),
  fact(
    'slide-size-change',
    (rng) =>
      `${DECK}, a 16:9 deck is switched to 4:3 ${rng.pick(['for an old projector', 'for a venue screen'])}. Asked whether to maximise the content or ensure it fits, which keeps it from being cut off?`,
    'Ensure Fit',
    [
      ['Maximize', 'keeps content size and may cut it off'],
      ['Crop each slide', 'cuts content instead of fitting it'],
      ['Keep 4:3 and stretch it', 'distorts every slide'],
      ['Delete and rebuild the slides', 'rebuilds instead of resizing'],
    ],
  ),
  fact(
    'contrast-on-slides',
    (rng) =>
      `${DECK}, ${rng.pick(['light grey text on white', 'yellow text on white'])} is hard to read when projected. What is the fix?`,
    'Dark text on a light background',
    [
      [
        'A much larger font size, keeping the same text and background colours',
        'bigger text with the same poor contrast',
      ],
      ['Bold in the same colours', 'heavier text with the same poor contrast'],
      ['A drop shadow on the text', 'effects instead of contrast'],
      ['An animation to draw attention', 'motion instead of contrast'],
    ],
  ),
  fact(
    'chart-data-edit',
    (rng) =>
      `${DECK}, a ${rng.pick(['bar chart', 'pie chart'])} inserted in the deck needs one figure corrected. How?`,
    'Edit the chart data',
    [
      ['Type over the data label on the slide', 'changes the label, not the bar'],
      ['Drag the bar to the new height', 'bars follow data, not dragging'],
      ['Draw a new shape over the old bar', 'covers the error instead of fixing it'],
      ['Change the chart type and back', 'redraws the same data'],
    ],
  ),
  fact(
    'transitions-sparingly',
    (rng) =>
      `${DECK}, a client asks for a different ${rng.pick(['transition', 'entrance effect'])} on every slide of a board presentation. What does a professional advise?`,
    'One subtle transition, used consistently',
    [
      ['A new effect per slide to hold attention', 'effects that distract from the content'],
      ['The most dramatic effect on every slide', 'effects that distract from the content'],
      ['Random transitions', 'unpredictable effects that distract'],
      ['Sound effects with each transition', 'noise that distracts'],
    ],
  ),
]
