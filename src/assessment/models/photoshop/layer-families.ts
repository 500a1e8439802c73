import type { Rng } from '../../rng.js'
import { grouped } from '../scenario/scenario-text.js'
import { Client, choose, client, family, type PsFamily, rule, subject } from './ps-text.js'

// Layer masks, helpx.adobe.com/photoshop/using/masking-layers.html: "Painting with black on the
// mask hides the layer … white reveals … shades of gray partially hide" (a mask's grey level is
// the share of the layer shown, white 255 showing it all); Shift-click the thumbnail disables a
// mask; Alt-click (Windows) / Option-click (macOS) views it alone; the link icon ties it to its
// layer; Properties "Density" lowers how much the mask blocks. Adjustment layers affect "all
// layers below" unless clipped (helpx.adobe.com/photoshop/using/adjustment-fill-layers.html);
// clipping masks: "the bottom layer, or base layer, … defines the visible boundaries"
// (helpx.adobe.com/photoshop/using/revealing-layers-clipping-masks.html). Selections: Shift adds,
// Alt/Option subtracts, Alt+Shift/Option+Shift intersects; Select > Modify > Border "creates a
// new, soft-edged selection that extends" half its width "inside and … outside the original
// selection border"; Expand and Contract move every edge by the amount
// (helpx.adobe.com/photoshop/using/adjusting-pixel-selections.html); feathering and
// anti-aliasing: helpx.adobe.com/photoshop/using/softening-edges-selections.html. Smart objects:
// helpx.adobe.com/photoshop/using/create-smart-objects.html. History: helpx.adobe.com/photoshop/
// using/undo-history.html. Shortcuts: helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html.

const pc = (v: number) => `${Math.round(v)}%`
const area = (v: number) => `${grouped(v, 0)} pixels`
const GREYS = [51, 64, 102, 153, 191, 204] as const

/** Two overlapping rectangles as [left, top, width, height], the second offset right and down. */
function rects(rng: Rng) {
  const a = [0, 0, rng.pick([400, 500, 600]), rng.pick([300, 400])] as const
  const b = [
    rng.pick([100, 200, 300]),
    rng.pick([100, 150, 200]),
    rng.pick([300, 400, 500]),
    rng.pick([200, 300, 400]),
  ] as const
  const ow = Math.min(a[2], b[0] + b[2]) - b[0]
  const oh = Math.min(a[3], b[1] + b[3]) - b[1]
  return { a, b, A: a[2] * a[3], B: b[2] * b[3], O: ow * oh }
}
const rectText = (r: readonly number[]) => `${r[2]} × ${r[3]} px at (${r[0]}, ${r[1]})`

function selectionOp(id: string, op: 'add' | 'subtract' | 'intersect', how: string): PsFamily {
  return family(id, (rng) => {
    const { a, b, A, B, O } = rects(rng)
    const value = { add: A + B - O, subtract: A - O, intersect: O }
    const wrong: (readonly [string, string, string])[] = [
      [area(A + B), 'adds both rectangles, counting the overlap twice', 'sum'],
      [area(B), 'thinks the second marquee replaces the first', 'replace'],
    ]
    if (op !== 'add') wrong.push([area(value.add), 'adds the rectangles, as Shift does', 'add'])
    if (op !== 'subtract')
      wrong.push([area(value.subtract), 'subtracts the second rectangle, as Alt does', 'subtract'])
    if (op !== 'intersect')
      wrong.push([area(value.intersect), 'keeps only the overlap, as Alt+Shift does', 'intersect'])
    return choose(rng, {
      stem: `In ${client(rng)}’s ${subject(rng)} you draw a rectangular selection of ${rectText(a)} (left, top), then hold ${how} and drag a second one of ${rectText(b)}. How many pixels are selected?`,
      key: area(value[op]),
      wrong,
      facts: { kind: 'selection', op, a, b },
    })
  })
}

export const LAYER_FAMILIES: readonly PsFamily[] = [
  family('mask-and-opacity', (rng) => {
    const g = rng.pick(GREYS)
    const o = rng.pick([40, 50, 60, 80])
    return choose(rng, {
      stem: `A layer in ${client(rng)}’s ${subject(rng)} is at ${o}% opacity, and its layer mask has the grey value ${g} (of 0–255) in one area. How strongly does the layer show in that area?`,
      key: pc((o * g) / 255),
      wrong: [
        [pc(o), 'ignores the mask’s grey', 'opacity-only'],
        [pc((g / 255) * 100), 'ignores the layer opacity', 'mask-only'],
        [
          pc(o * (1 - g / 255)),
          'reads the mask the wrong way round, as if black revealed',
          'inverted',
        ],
        [
          pc(Math.min(o, (g / 255) * 100)),
          'takes the lower of the two instead of combining them',
          'lower',
        ],
      ],
      facts: { kind: 'mask-share', g, opacity: o },
    })
  }),
  family('mask-composite-value', (rng) => {
    let a = 0
    let b = 0
    let g = 0
    for (let i = 0; i < 200; i++) {
      a = rng.int(20, 235)
      b = rng.int(20, 235)
      g = rng.pick(GREYS)
      const ok = [g, 255 - g].every((m) => Math.abs(((a + ((b - a) * m) / 255) % 1) - 0.5) > 0.002)
      if (ok && Math.abs(a - b) > 40 && (a + b) % 2 === 0) break
    }
    const v = (m: number) => String(Math.round(a + ((b - a) * m) / 255))
    return choose(rng, {
      stem: `In ${client(rng)}’s 8-bit ${subject(rng)}, a Normal layer at 100% opacity has the value ${b} in a channel over a background value of ${a}. Its layer mask there is grey ${g} (of 0–255). Rounded to a whole number, what value does the composite show?`,
      key: v(g),
      wrong: [
        [v(255 - g), 'reads the mask the wrong way round, as if black revealed', 'inverted'],
        [String(b), 'ignores the mask’s grey', 'unmasked'],
        [String(a), 'thinks any grey in a mask hides the layer', 'hidden'],
        [String(Math.round((a + b) / 2)), 'treats every grey as 50%', 'half'],
      ],
      facts: { kind: 'mask-value', a, b, g },
    })
  }),
  family('selection-expand', (rng) => {
    const w = rng.pick([300, 400, 600])
    const h = rng.pick([200, 250, 300])
    const n = rng.pick([10, 15, 20, 25])
    const d = (x: number, y: number) =>
      `${Math.round(x * 100) / 100} × ${Math.round(y * 100) / 100} px`
    return choose(rng, {
      stem: `A rectangular selection in ${client(rng)}’s file is ${d(w, h)}. You choose Select > Modify > Expand by ${n} px. How large is the selection’s bounding box now?`,
      key: d(w + 2 * n, h + 2 * n),
      wrong: [
        [d(w + n, h + n), 'adds the amount once, not on both sides', 'once'],
        [d(w - 2 * n, h - 2 * n), 'shrinks it, as Contract does', 'contract'],
        [d(w + 4 * n, h + 4 * n), 'adds twice the amount on each side', 'double'],
        [d(w * (1 + n / 100), h * (1 + n / 100)), 'reads the amount as a percentage', 'percent'],
      ],
      facts: { kind: 'modify', op: 'expand', w, h, n },
    })
  }),
  family('selection-contract', (rng) => {
    const w = rng.pick([300, 400, 600])
    const h = rng.pick([200, 250, 300])
    const n = rng.pick([10, 15, 20, 25])
    const d = (x: number, y: number) =>
      `${Math.round(x * 100) / 100} × ${Math.round(y * 100) / 100} px`
    return choose(rng, {
      stem: `A rectangular selection in ${client(rng)}’s file is ${d(w, h)}. You choose Select > Modify > Contract by ${n} px. How large is the selection’s bounding box now?`,
      key: d(w - 2 * n, h - 2 * n),
      wrong: [
        [d(w - n, h - n), 'takes the amount off once, not on both sides', 'once'],
        [d(w + 2 * n, h + 2 * n), 'grows it, as Expand does', 'expand'],
        [d(w - 4 * n, h - 4 * n), 'takes twice the amount off each side', 'double'],
        [d(w * (1 - n / 100), h * (1 - n / 100)), 'reads the amount as a percentage', 'percent'],
      ],
      facts: { kind: 'modify', op: 'contract', w, h, n },
    })
  }),
  selectionOp('selection-add-shift', 'add', 'Shift'),
  rule('mask-black-hides', {
    source:
      'helpx.adobe.com/photoshop/using/masking-layers.html (painting black on a mask hides the layer, white reveals, grey partly hides)',
    answer: 'black',
    stem: (rng) =>
      `A retoucher wants to hide the sky of a layer in ${client(rng)}’s ${subject(rng)} without erasing it. With the layer mask selected, which colour does she paint over the sky?`,
    keys: ['Black', 'Black, which hides the layer there'],
    wrong: [
      ['White', 'reverses the rule: white reveals'],
      ['50% grey', 'half hides, leaving the sky faint'],
      ['The Eraser tool’s transparency', 'thinks a mask can hold transparency'],
      ['Any colour, at 0% opacity', 'thinks a mask reads the brush opacity, not its grey'],
    ],
  }),
  rule('mask-reveal-all-white', {
    source:
      'helpx.adobe.com/photoshop/using/masking-layers.html (Layer > Layer Mask > Reveal All: a mask that shows the entire layer, white)',
    answer: 'white',
    stem: 'A designer adds a mask with Layer > Layer Mask > Reveal All. What does the new mask look like?',
    keys: [
      'White everywhere',
      'All white, showing the whole layer',
      'A white mask, so the whole layer shows through',
    ],
    wrong: [
      ['All black, hiding nothing until painted', 'mixes up which colour reveals'],
      ['50% grey, showing half', 'thinks a new mask starts neutral'],
      ['Transparent, with no effect', 'thinks masks have a transparent state'],
      ['A copy of the layer in greyscale', 'confuses a mask with a luminosity selection'],
    ],
  }),
  rule('mask-view-alone', {
    source:
      'helpx.adobe.com/photoshop/using/masking-layers.html (Alt-click (Windows) or Option-click (macOS) the mask thumbnail to view only the mask)',
    answer: 'alt-click',
    stem: 'On Windows, how does a retoucher view a layer mask on its own in grey to check for missed spots?',
    keys: [
      'Alt-click the mask',
      'Alt-click its thumbnail',
      'Alt-click the layer mask thumbnail',
      'Alt-click the mask’s thumbnail in the Layers panel',
    ],
    wrong: [
      ['Shift-click the mask thumbnail', 'gives the way to disable the mask'],
      ['Ctrl-click the mask thumbnail', 'loads the mask as a selection'],
      ['Double-click the layer name', 'renames the layer instead'],
      ['Press Q for Quick Mask', 'confuses Quick Mask with a layer mask'],
    ],
  }),
  rule('mask-unlink-to-move', {
    source:
      'helpx.adobe.com/photoshop/using/masking-layers.html (Unlink layers and masks: click the link icon between the thumbnails to move them independently)',
    answer: 'link-icon',
    stem: (rng) =>
      `In ${client(rng)}’s banner, a photo layer has a round mask. How does the designer move the photo inside the circle while the circle stays put?`,
    keys: [
      'Unlink via the chain icon',
      'Click the link icon, then move the layer',
      'Unlink the mask with the chain icon and move the photo',
    ],
    wrong: [
      ['Move the layer; the mask always stays put', 'thinks masks never move with their layer'],
      ['Apply the mask first, then move the layer', 'bakes the mask into the pixels'],
      ['Shift-click the mask, then move the layer', 'disables the mask instead of unlinking it'],
      ['Select the mask thumbnail and move it', 'moves both while they are linked'],
    ],
  }),
  rule('mask-density', {
    source:
      'helpx.adobe.com/photoshop/using/masking-layers.html (Properties panel Density: "As you lower the density, more of the area under the mask becomes visible")',
    answer: 'more-visible',
    stem: 'In the Properties panel, a retoucher lowers a layer mask’s Density from 100% to 60%. What happens to the areas the mask hides?',
    keys: ['They show partly, as the mask blocks less', 'More of the hidden area becomes visible'],
    wrong: [
      ['They stay hidden; only the edges soften', 'confuses Density with Feather'],
      ['The layer fades everywhere, masked or not', 'confuses Density with layer opacity'],
      ['They become more hidden', 'reads Density the wrong way round'],
      ['The mask’s black turns white and white turns black', 'confuses Density with Invert'],
    ],
  }),
  rule('adjustment-affects-below', {
    source:
      'helpx.adobe.com/photoshop/using/adjustment-fill-layers.html (an adjustment layer affects all the layers below it)',
    answer: 'below',
    stem: (rng) =>
      `A Curves adjustment layer sits third from the top in ${client(rng)}’s six-layer file, unclipped. Which layers does it change?`,
    keys: ['Every layer below it', 'The three layers beneath it'],
    wrong: [
      ['Only the layer directly below it', 'thinks adjustments are clipped by default'],
      ['The layers above it', 'reverses the stacking order'],
      ['Every layer in the file', 'thinks position does not matter'],
      ['The selected layer, wherever it is', 'confuses adjustment layers with Image > Adjustments'],
    ],
  }),
  rule('adjustment-clip-to-one', {
    source:
      'helpx.adobe.com/photoshop/using/revealing-layers-clipping-masks.html (clipping mask: an adjustment clipped to the layer below affects it alone)',
    answer: 'clip',
    stem: (rng) =>
      `A Hue/Saturation layer above a product layer in ${client(rng)}’s file also recolours the backdrop below. How does the designer limit it to the product?`,
    keys: [
      'Make a clipping mask',
      'Clipping mask to the product',
      'Clip it to the product layer (Create Clipping Mask)',
      'Alt-click between the two layers to make a clipping mask',
    ],
    wrong: [
      [
        'Move it to the top of the stack',
        'thinks an adjustment affects only what is directly below',
      ],
      ['Link it to the product layer', 'thinks linking layers limits an adjustment'],
      ['Set its blend mode to Pass Through', 'confuses a layer with a group’s blend mode'],
      ['Lower its opacity', 'fades the adjustment everywhere instead'],
    ],
  }),
  rule('clipping-base-defines', {
    source:
      'helpx.adobe.com/photoshop/using/revealing-layers-clipping-masks.html ("the bottom layer, or base layer, in the group defines the visible boundaries of the entire group")',
    answer: 'base',
    stem: 'A photo layer is clipped to a text layer below it. Where does the photo show?',
    keys: [
      'Inside the letters',
      'Inside the letters of the text',
      'Only inside the letters of the text layer',
    ],
    wrong: [
      ['Everywhere except the letters', 'reads the clipping the wrong way round'],
      ['Everywhere, with the text on top', 'thinks clipping changes only the order'],
      ['Inside the photo layer’s own mask only', 'thinks the clipped layer defines the shape'],
      ['Where the text layer is transparent', 'reverses which pixels clip'],
    ],
  }),
  rule('shortcut-clipping-mask', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (Create/Release clipping mask: Alt+Ctrl+G on Windows, Option+Command+G on macOS)',
    answer: 'Alt+Ctrl+G',
    stem: 'Which default Windows keyboard shortcut creates a clipping mask from the selected layer?',
    keys: ['Alt+Ctrl+G'],
    wrong: [
      ['Ctrl+G', 'gives Group Layers’ shortcut'],
      ['Shift+Ctrl+G', 'gives Ungroup Layers’ shortcut'],
      ['Ctrl+E', 'gives Merge Down’s shortcut'],
      ['Alt+Ctrl+I', 'gives Image Size’s shortcut'],
    ],
  }),
  rule('adjustment-layer-nondestructive', {
    source:
      'helpx.adobe.com/photoshop/using/adjustment-fill-layers.html (adjustment layers apply colour and tonal adjustments "without permanently changing pixel values")',
    answer: 'adjustment-layer',
    stem: (rng) =>
      `${Client(rng)} may ask for the colour grade to be undone next month. How should the retoucher apply Curves?`,
    keys: ['As a Curves adjustment layer', 'With Layer > New Adjustment Layer > Curves'],
    wrong: [
      ['With Image > Adjustments > Curves on the photo layer', 'changes the pixels for good'],
      [
        'With Image > Adjustments > Curves, then save a History snapshot',
        'thinks snapshots survive closing the file',
      ],
      ['On a merged copy, deleted afterwards', 'keeps no editable grade'],
      ['With Curves on a duplicate, then flattening', 'flattens away the chance to edit it'],
    ],
  }),
  rule('smart-object-paint', {
    source:
      'helpx.adobe.com/photoshop/using/create-smart-objects.html (operations that alter pixel data, such as painting, dodging, burning or cloning, cannot be applied to a Smart Object layer directly unless it is rasterized)',
    answer: 'rasterize',
    stem: (rng) =>
      `A retoucher tries to use the Brush tool directly on a smart object layer in ${client(rng)}’s ${subject(rng)}. What happens?`,
    keys: [
      'It refuses until rasterized',
      'It paints nothing until the layer is rasterized',
      'The paint is refused until the layer is rasterized',
    ],
    wrong: [
      [
        'The paint lands on the smart object’s source file',
        'thinks painting edits the embedded contents',
      ],
      ['The paint is added as a smart filter', 'confuses painting with filters'],
      ['It paints normally, like any pixel layer', 'thinks smart objects accept pixel edits'],
      ['It paints on the layer mask instead', 'thinks Photoshop redirects the brush'],
    ],
  }),
  rule('smart-filters-editable', {
    source:
      'helpx.adobe.com/photoshop/using/apply-smart-filters.html (a filter applied to a Smart Object becomes a Smart Filter, which can be adjusted, hidden or removed later)',
    answer: 'smart-filter',
    stem: (rng) =>
      `${Client(rng)} may want less blur later. The retoucher converts the layer to a smart object before applying Gaussian Blur. Why?`,
    keys: [
      'The blur becomes a smart filter that can be changed or removed',
      'So the blur stays editable as a Smart Filter',
    ],
    wrong: [
      ['Gaussian Blur works only on smart objects', 'thinks the filter needs a smart object'],
      ['It makes the blur render faster', 'confuses editability with speed'],
      ['It keeps the blur off the layer’s edges', 'thinks smart objects confine filters'],
      ['It stores the blur in the History panel for good', 'confuses smart filters with history'],
    ],
  }),
  rule('smart-object-copies-share-contents', {
    source:
      'helpx.adobe.com/photoshop/using/create-smart-objects.html (duplicates made with Layer > New > Layer Via Copy share their contents: editing one updates the others; New Smart Object via Copy makes an independent one)',
    answer: 'both-update',
    stem: (rng) =>
      `A designer duplicates a smart object logo with Layer > New > Layer Via Copy in ${client(rng)}’s flyer, then edits the contents of one copy. What happens to the other?`,
    keys: [
      'It changes too',
      'It updates too, as the copies share contents',
      'It changes as well, since they share one source',
    ],
    wrong: [
      ['It stays as it was', 'describes New Smart Object via Copy'],
      ['It turns into a plain pixel layer', 'thinks editing breaks the other copy'],
      ['It updates only after Save As', 'thinks updates wait for a save'],
      ['It is deleted', 'thinks duplicates cannot share a source'],
    ],
  }),
  rule('history-default-states', {
    source:
      'helpx.adobe.com/photoshop/using/undo-history.html (by default the History panel lists the previous 50 states; the number is set in Performance preferences)',
    answer: '50',
    stem: 'By default, how many previous states does Photoshop’s History panel keep?',
    keys: ['50', '50, changeable in Performance preferences'],
    wrong: [
      ['20', 'guesses a lower default than Photoshop’s'],
      ['100', 'guesses a round hundred'],
      ['1, as Ctrl+Z undoes only the last step', 'thinks only one step can be undone'],
      ['Every state since the file was opened', 'thinks the panel is unlimited'],
    ],
  }),
  rule('history-snapshot', {
    source:
      'helpx.adobe.com/photoshop/using/undo-history.html (the Snapshot command makes a temporary copy of any state of the image; snapshots are kept until the document is closed)',
    answer: 'snapshot',
    stem: (rng) =>
      `Before a long series of risky edits on ${client(rng)}’s ${subject(rng)}, a retoucher wants a state to return to later in the session, however many steps follow. What does she do?`,
    keys: [
      'Create a History snapshot',
      'Take a snapshot in the History panel',
      'A snapshot, which stays until the file is closed',
    ],
    wrong: [
      ['Save the selection as a channel', 'confuses saving a selection with keeping a state'],
      ['Duplicate the History panel', 'invents a command the panel does not have'],
      ['Rely on the History Brush alone', 'thinks the brush keeps states by itself'],
      ['Save a layer comp of the current pixels', 'thinks layer comps record pixel edits'],
      ['Merge all layers into one first', 'flattens instead of keeping a state'],
    ],
  }),
  rule('history-cleared-on-close', {
    source:
      'helpx.adobe.com/photoshop/using/undo-history.html ("Once you close and reopen the document, all states and snapshots from the last working session are cleared from the panel")',
    answer: 'cleared',
    stem: (rng) =>
      `A retoucher closes ${client(rng)}’s PSD after a day’s work with several History snapshots, then reopens it. What is in the History panel?`,
    keys: [
      'Only the opening state',
      'A fresh, empty history',
      'The reopened state alone; states and snapshots are cleared',
      'Only the opening state; earlier states and snapshots are gone',
    ],
    wrong: [
      ['The snapshots, but not the states', 'thinks snapshots are saved in the PSD'],
      ['The last 50 states', 'thinks History is saved with the file'],
      ['Everything, as PSD keeps the history', 'confuses History with layers'],
      ['The states, but not the snapshots', 'reverses which ones are kept'],
    ],
  }),
  rule('feather-softens-edge', {
    source:
      'helpx.adobe.com/photoshop/using/softening-edges-selections.html ("Feathering blurs edges by building a transition boundary between the selection and its surrounding pixels")',
    answer: 'transition',
    stem: (rng) =>
      `A retoucher selects a face in ${client(rng)}’s ${subject(rng)}, feathers the selection by 20 px and brightens it with Curves. What does the edge look like?`,
    keys: [
      'A gradual edge',
      'A gradual transition at the edge',
      'A soft blend from the adjusted area into the rest',
    ],
    wrong: [
      ['A hard line exactly at the selection edge', 'describes an unfeathered selection'],
      ['A 20 px gap that is not adjusted', 'thinks feather leaves a band out'],
      ['A 20 px stroke around the face', 'confuses feather with a stroke'],
      [
        'The same as before: feather works only on copies',
        'thinks feathering affects only cut and paste',
      ],
    ],
  }),
  rule('anti-alias-before-selecting', {
    source:
      'helpx.adobe.com/photoshop/using/softening-edges-selections.html ("You must choose Anti-aliasing before using these tools. Once a selection is made, you cannot add anti-aliasing")',
    answer: 'before',
    stem: 'When must Anti-alias be turned on for the Lasso or Elliptical Marquee tool?',
    keys: [
      'Before making the selection',
      'Beforehand, in the options bar',
      'In the options bar before drawing the selection',
    ],
    wrong: [
      ['After the selection, with Select > Modify', 'thinks anti-aliasing can be added later'],
      ['Only when saving the selection', 'confuses it with saving a channel'],
      ['At any time, as with Feather', 'thinks anti-aliasing works like feathering'],
      ['Only when filling the selection', 'thinks the option belongs to Fill'],
    ],
  }),
  rule('save-selection-alpha', {
    source:
      'helpx.adobe.com/photoshop/using/saving-selections-alpha-channel-masks.html (Select > Save Selection stores the selection as an alpha channel)',
    answer: 'alpha-channel',
    stem: (rng) =>
      `A retoucher spent an hour selecting hair in ${client(rng)}’s ${subject(rng)} and wants to keep the selection in the PSD. Where does Select > Save Selection store it?`,
    keys: ['As an alpha channel in the Channels panel', 'In a new alpha channel'],
    wrong: [
      ['As a History snapshot', 'confuses saving with snapshots, which are not saved'],
      ['As a layer mask on the current layer', 'thinks saving makes a mask'],
      ['As a path in the Paths panel', 'confuses a selection with a path'],
      ['Nowhere: selections are lost on close', 'forgets the saved channel'],
    ],
  }),
  rule('shortcut-inverse-selection', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (Inverse selection: Shift+Ctrl+I on Windows, Shift+Command+I on macOS)',
    answer: 'Shift+Ctrl+I',
    stem: 'Which default Windows keyboard shortcut inverts the selection (Select > Inverse)?',
    keys: ['Shift+Ctrl+I'],
    wrong: [
      ['Alt+Shift+Ctrl+I', 'gives File Info’s shortcut'],
      ['Ctrl+I', 'gives Invert’s shortcut, which inverts the pixels'],
      ['Shift+Ctrl+D', 'gives Reselect’s shortcut'],
      ['Alt+Ctrl+I', 'gives Image Size’s shortcut'],
      ['Ctrl+D', 'gives Deselect’s shortcut'],
    ],
  }),
  rule('shortcut-layer-via-copy', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (New layer via copy: Ctrl+J on Windows, Command+J on macOS)',
    answer: 'Ctrl+J',
    stem: 'Before retouching, a Windows user duplicates the photo layer to work non-destructively. Which default shortcut makes a new layer via copy?',
    keys: ['Ctrl+J'],
    wrong: [
      ['Ctrl+C', 'copies to the clipboard without a new layer'],
      ['Ctrl+G', 'gives Group Layers’ shortcut'],
      ['Ctrl+E', 'gives Merge Down’s shortcut'],
      ['Ctrl+T', 'gives Free Transform’s shortcut'],
    ],
  }),
  rule('shortcut-feather', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (Feather selection: Shift+F6)',
    answer: 'Shift+F6',
    stem: 'Which default keyboard shortcut opens the Feather Selection dialog (Windows and macOS alike)?',
    keys: ['Shift+F6'],
    wrong: [
      ['F6', 'gives the shortcut that shows the Color panel'],
      ['Shift+F5', 'gives the Fill dialog’s shortcut'],
      ['Shift+Ctrl+I', 'gives Inverse selection’s shortcut'],
      ['Ctrl+D', 'gives Deselect’s shortcut'],
    ],
  }),
]
