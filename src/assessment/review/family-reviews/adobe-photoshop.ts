import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `adobe-photoshop` test (Photoshop for freelance
 * retouching and design), read as a retoucher against helpx.adobe.com: Image Size and resizing,
 * image size and resolution, canvas and crop, default keyboard shortcuts, blending modes, layer
 * opacity and blending, masking, adjustment and fill layers, clipping masks, smart objects and
 * smart filters, undo and history, softening selection edges, saving selections in alpha
 * channels, bit depth, colour modes and profiles, file formats, saving images and Export As:
 * 95 submitted, 95 kept, none deleted. Every family was drawn several times through its item
 * model (so with the three distractors aimKeyPlaces chose) and each stem, key and named mistake
 * read; the computed families were also drawn 3,000 times each for the gap between key and
 * distractors.
 *
 * Facts checked on helpx (search tool): bit-depth.html ("an image with a bit depth of 8 has 2^8,
 * or 256, possible values"), image-size-resolution.html (pixel dimensions, print size and
 * resolution), saving-selections-alpha-channel-masks.html (the page exists; Save Selection stores
 * an alpha channel), PNG-24 multilevel transparency (Adobe's Save for Web text, on the Photoshop
 * Elements helpx page), 50 % grey as Overlay's neutral fill (the New Layer "Overlay-neutral color
 * (50% gray)" fill under "Filling new layers with a neutral color"). Not confirmed from a page
 * here, kept on the reviewer's own knowledge of Photoshop: the slug optimizing-images.html itself,
 * File Info's Alt+Shift+Ctrl+I (a distractor label only), Export As's Alt+Shift+Ctrl+W (a code
 * comment only) and the Scale All sizes of Export As (0.5x–3x are offered there).
 *
 * Fixed in place (12 families) before the fingerprints were taken. Near-miss distractors (10): a
 * whole-number distractor one away from the key (as close as 51 against 52 for Multiply and
 * Difference, or a two-layer stack at 157 against 158) is no longer shown; with Photoshop's byte
 * opacities (30 % is 77/255) the application itself can land one away from "Adobe's formula,
 * rounded", so the key is now the only defensible answer whichever arithmetic an expert uses.
 * Cues (2): Screen at opacity (middle value 0.51) and Multiply at opacity (0.50) get real low-side
 * slips. Citation (2): the elided Overlay neutral-grey page, and PNG-24's page backed by Adobe's
 * own text. No wrong key found. Kept after judging: "Bilinear, the sharpest method" and "All
 * black, hiding nothing until painted" are thin but named slips; the enlargement family never
 * shows both Preserve Details and Bicubic Smoother, the two methods Adobe names for enlargement.
 *
 * Cue rates after the fixes (300 draws, every rule): no family over 0.50; the highest were about
 * 0.48 (Lighten channel middle value, Reveal All most similar, Screen drops black shortest).
 */
export const ADOBE_PHOTOSHOP_REVIEW: TestFamilyReview = {
  testId: 'adobe-photoshop',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'ps-blend-modes/darken-channel': {
      verdict: 'ok',
      fingerprint: 'e3053460917c9f49',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/darken-per-channel': {
      verdict: 'ok',
      fingerprint: '3f5ff1c6725c5a52',
    },
    'ps-blend-modes/difference-aligns-layers': {
      verdict: 'ok',
      fingerprint: '8023ede04ab6e2fa',
    },
    'ps-blend-modes/difference-channel': {
      verdict: 'ok',
      fingerprint: '2f02c6ad87820049',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/drop-shadow-at-fill-zero': {
      verdict: 'ok',
      fingerprint: 'dfa9cda193eec70c',
    },
    'ps-blend-modes/fill-times-opacity': {
      verdict: 'ok',
      fingerprint: 'e4711c2b9d6c85d0',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/group-pass-through': {
      verdict: 'ok',
      fingerprint: 'cf9ef700a548c8dc',
    },
    'ps-blend-modes/lighten-channel': {
      verdict: 'ok',
      fingerprint: 'c8733cfe2ce24a44',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/lighten-per-channel': {
      verdict: 'ok',
      fingerprint: 'b15520e2487bcb0c',
    },
    'ps-blend-modes/multiply-at-opacity': {
      verdict: 'ok',
      fingerprint: '99cd55def484819f',
      note: 'At 0.50 by the middle value; adds the slip that fades the layer’s value toward the base before multiplying (opacity applied to the layer colour, not to the blend result), a low-side answer near the key; now under 0.45. No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/multiply-channel': {
      verdict: 'ok',
      fingerprint: '4ec8f5ace5699cd8',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/multiply-colour': {
      verdict: 'ok',
      fingerprint: '35ab8c650e921c9d',
    },
    'ps-blend-modes/multiply-drops-white-paper': {
      verdict: 'ok',
      fingerprint: 'be3e07f911e61a35',
    },
    'ps-blend-modes/overlay-dark-base': {
      verdict: 'ok',
      fingerprint: 'f2ad15f0c9e113b3',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/overlay-light-base': {
      verdict: 'ok',
      fingerprint: 'dd1435111bb0d20b',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/overlay-neutral-grey': {
      verdict: 'ok',
      fingerprint: '49d952a3d417b013',
      note: 'Source no longer cites an elided page ("applying-specific-blending-modes.html..."): the neutral fill is cited from layer-opacity-blending.html (Filling new layers with a neutral color; the New Layer dialog’s "Overlay-neutral color (50% gray)"); the key test’s table follows.',
    },
    'ps-blend-modes/screen-at-opacity': {
      verdict: 'ok',
      fingerprint: '342dd888959c9134',
      note: 'Key was found by the middle value (0.51): every low-side answer but one was gone. Adds the Multiply-instead-of-Screen slip at the same opacity, which lands below the base; now under 0.45. No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-blend-modes/screen-channel': {
      verdict: 'ok',
      fingerprint: '42668cea6b8e15ab',
    },
    'ps-blend-modes/screen-colour': {
      verdict: 'ok',
      fingerprint: 'ea3bcc0a2559a190',
    },
    'ps-blend-modes/screen-drops-black': {
      verdict: 'ok',
      fingerprint: 'e76b022d7027b4fc',
    },
    'ps-blend-modes/two-normal-layers': {
      verdict: 'ok',
      fingerprint: 'ed7a017e259d741a',
      note: 'No whole-number distractor within 1 of the key any more (ps-text choose drops them): Photoshop’s 8-bit arithmetic (opacity stored as a byte) can move a rounded value by one, so a neighbour of the key could be what the application shows.',
    },
    'ps-colour-modes/bitmap-needs-grayscale': {
      verdict: 'ok',
      fingerprint: '3d870e319dab87e7',
    },
    'ps-colour-modes/convert-modes-once': {
      verdict: 'ok',
      fingerprint: 'eb1e52467d331b2e',
    },
    'ps-colour-modes/convert-vs-assign-profile': {
      verdict: 'ok',
      fingerprint: 'fe21a1104c647258',
    },
    'ps-colour-modes/data-size-grayscale-16': {
      verdict: 'ok',
      fingerprint: '76c5b46c7662ecda',
    },
    'ps-colour-modes/data-size-rgb-16': {
      verdict: 'ok',
      fingerprint: 'b660e00ecdf602c4',
    },
    'ps-colour-modes/data-size-rgb-8': {
      verdict: 'ok',
      fingerprint: '7c74ba4a7eafb049',
    },
    'ps-colour-modes/duotone-needs-grayscale': {
      verdict: 'ok',
      fingerprint: '891a235a18dbd477',
    },
    'ps-colour-modes/eight-bit-values': {
      verdict: 'ok',
      fingerprint: '600c3fe0b4898fa7',
    },
    'ps-colour-modes/grayscale-discards-colour': {
      verdict: 'ok',
      fingerprint: '65b8bf6cb4076fb6',
    },
    'ps-colour-modes/indexed-256-colours': {
      verdict: 'ok',
      fingerprint: '1847f61df3986bdd',
    },
    'ps-colour-modes/lab-device-independent': {
      verdict: 'ok',
      fingerprint: '357a575e42f52a1a',
    },
    'ps-colour-modes/web-export-srgb': {
      verdict: 'ok',
      fingerprint: 'b7513a775663426a',
    },
    'ps-export/export-as-scale': {
      verdict: 'ok',
      fingerprint: 'a6a6ac8fa71370bc',
    },
    'ps-export/gif-256-colours': {
      verdict: 'ok',
      fingerprint: '8ddbedcae9a2442d',
    },
    'ps-export/gif-transparency-one-level': {
      verdict: 'ok',
      fingerprint: '6042ce823ba803e1',
    },
    'ps-export/jpeg-flattens': {
      verdict: 'ok',
      fingerprint: '154ad10996249a8f',
    },
    'ps-export/jpeg-lossy-keep-master': {
      verdict: 'ok',
      fingerprint: '3c8b21f67860430e',
    },
    'ps-export/jpeg-lowers-16-bit': {
      verdict: 'ok',
      fingerprint: 'a9b60449002ac133',
    },
    'ps-export/jpeg-no-transparency': {
      verdict: 'ok',
      fingerprint: '96b6ba2cd232e164',
    },
    'ps-export/jpeg-quality-range': {
      verdict: 'ok',
      fingerprint: '6e43a8a667ca721c',
    },
    'ps-export/logo-soft-shadow-png': {
      verdict: 'ok',
      fingerprint: '2a57e21c47b92eb9',
      note: 'The Photoshop page slug optimizing-images.html could not be opened here; the fact is also cited from Adobe’s own helpx Save for Web text for PNG-24 ("supports multilevel transparency … up to 256 degrees").',
    },
    'ps-export/psb-limit': {
      verdict: 'ok',
      fingerprint: 'efb9e97fe3f5400a',
    },
    'ps-export/psb-over-30000': {
      verdict: 'ok',
      fingerprint: 'e63988a1bd9f6e04',
    },
    'ps-export/psd-keeps-layers': {
      verdict: 'ok',
      fingerprint: '5fbeebad56246853',
    },
    'ps-export/tiff-layers-flattened-elsewhere': {
      verdict: 'ok',
      fingerprint: '17d742b3b77507c5',
    },
    'ps-export/web-image-pixel-dimensions': {
      verdict: 'ok',
      fingerprint: '5b43dda0f383f50f',
    },
    'ps-image-size/border-with-canvas-size': {
      verdict: 'ok',
      fingerprint: '64c5a359d5168eab',
    },
    'ps-image-size/canvas-extension-transparent': {
      verdict: 'ok',
      fingerprint: '4732542cec8bbe22',
    },
    'ps-image-size/canvas-relative': {
      verdict: 'ok',
      fingerprint: '934c1e78b652e17d',
    },
    'ps-image-size/crop-delete-cropped-pixels': {
      verdict: 'ok',
      fingerprint: 'ccabac8c62fd34f0',
    },
    'ps-image-size/crop-to-ratio': {
      verdict: 'ok',
      fingerprint: '0ebee3e5ac64e723',
    },
    'ps-image-size/effective-ppi': {
      verdict: 'ok',
      fingerprint: 'b7c0f088869ad9fd',
    },
    'ps-image-size/pixels-for-print-cm': {
      verdict: 'ok',
      fingerprint: '5e89b5c545052a94',
    },
    'ps-image-size/pixels-for-print-inches': {
      verdict: 'ok',
      fingerprint: 'b0a00e1cbca01b15',
    },
    'ps-image-size/print-size-from-pixels': {
      verdict: 'ok',
      fingerprint: 'a1c84620c3b052a8',
    },
    'ps-image-size/print-size-mm': {
      verdict: 'ok',
      fingerprint: 'f29850d8c6ea1c48',
    },
    'ps-image-size/resample-for-enlargement': {
      verdict: 'ok',
      fingerprint: 'd1919e27a2b09def',
    },
    'ps-image-size/resample-for-reduction': {
      verdict: 'ok',
      fingerprint: '268c60ec5f7fe46f',
    },
    'ps-image-size/resample-hard-edges': {
      verdict: 'ok',
      fingerprint: 'ce6e4f90bb81a285',
    },
    'ps-image-size/resample-off-changes-print-size': {
      verdict: 'ok',
      fingerprint: '0538f06ad8861de0',
    },
    'ps-image-size/resample-off-keeps-pixels': {
      verdict: 'ok',
      fingerprint: 'b239565b8a14f414',
    },
    'ps-image-size/resample-off-print-width': {
      verdict: 'ok',
      fingerprint: 'b0b90eac1be9f75b',
    },
    'ps-image-size/resample-on-keeps-print-size': {
      verdict: 'ok',
      fingerprint: 'b1e7063e1dc63fcc',
    },
    'ps-image-size/resample-percent-pixel-count': {
      verdict: 'ok',
      fingerprint: '532ce4f43d23fd95',
    },
    'ps-image-size/screen-size-is-pixels': {
      verdict: 'ok',
      fingerprint: 'e85286cfdc825826',
    },
    'ps-image-size/shortcut-free-transform': {
      verdict: 'ok',
      fingerprint: '20d4fc61de4c248c',
    },
    'ps-image-size/shortcut-image-size': {
      verdict: 'ok',
      fingerprint: '95e0eccb4afa444d',
    },
    'ps-layers-masks/adjustment-affects-below': {
      verdict: 'ok',
      fingerprint: 'a13ab148f3c3510a',
    },
    'ps-layers-masks/adjustment-clip-to-one': {
      verdict: 'ok',
      fingerprint: '8b014ec4bc7c5f76',
    },
    'ps-layers-masks/adjustment-layer-nondestructive': {
      verdict: 'ok',
      fingerprint: '47260d9a2ddab195',
    },
    'ps-layers-masks/anti-alias-before-selecting': {
      verdict: 'ok',
      fingerprint: 'e8cdc598649854e4',
    },
    'ps-layers-masks/clipping-base-defines': {
      verdict: 'ok',
      fingerprint: 'a515281a5217a99f',
    },
    'ps-layers-masks/feather-softens-edge': {
      verdict: 'ok',
      fingerprint: '94d0484e9b42d99d',
    },
    'ps-layers-masks/history-cleared-on-close': {
      verdict: 'ok',
      fingerprint: '173d4dbb96423521',
    },
    'ps-layers-masks/history-default-states': {
      verdict: 'ok',
      fingerprint: '634da9c2a825820b',
    },
    'ps-layers-masks/history-snapshot': {
      verdict: 'ok',
      fingerprint: '0be2daa0a43489a1',
    },
    'ps-layers-masks/mask-and-opacity': {
      verdict: 'ok',
      fingerprint: '33af3aa99f62925e',
    },
    'ps-layers-masks/mask-black-hides': {
      verdict: 'ok',
      fingerprint: '8259a52e6eb52255',
    },
    'ps-layers-masks/mask-composite-value': {
      verdict: 'ok',
      fingerprint: '6c199bcf0279888e',
    },
    'ps-layers-masks/mask-density': {
      verdict: 'ok',
      fingerprint: '208562fc1128057f',
    },
    'ps-layers-masks/mask-reveal-all-white': {
      verdict: 'ok',
      fingerprint: '0f09c5d2e7b9c06f',
    },
    'ps-layers-masks/mask-unlink-to-move': {
      verdict: 'ok',
      fingerprint: '4d4b2c709071aa6b',
    },
    'ps-layers-masks/mask-view-alone': {
      verdict: 'ok',
      fingerprint: 'eff3be5440e2b9d6',
    },
    'ps-layers-masks/save-selection-alpha': {
      verdict: 'ok',
      fingerprint: '0cc224396613fbc3',
    },
    'ps-layers-masks/selection-add-shift': {
      verdict: 'ok',
      fingerprint: '799def322ad81943',
    },
    'ps-layers-masks/selection-contract': {
      verdict: 'ok',
      fingerprint: '4e84841950487dce',
    },
    'ps-layers-masks/selection-expand': {
      verdict: 'ok',
      fingerprint: '123f8da993db81f3',
    },
    'ps-layers-masks/shortcut-clipping-mask': {
      verdict: 'ok',
      fingerprint: 'f872d5402eb813f5',
    },
    'ps-layers-masks/shortcut-feather': {
      verdict: 'ok',
      fingerprint: '5654fad93a2f6a97',
    },
    'ps-layers-masks/shortcut-inverse-selection': {
      verdict: 'ok',
      fingerprint: '28865233ce189db6',
    },
    'ps-layers-masks/shortcut-layer-via-copy': {
      verdict: 'ok',
      fingerprint: '7157287af3bdb639',
    },
    'ps-layers-masks/smart-filters-editable': {
      verdict: 'ok',
      fingerprint: 'cfaedfc5f9dc7763',
    },
    'ps-layers-masks/smart-object-copies-share-contents': {
      verdict: 'ok',
      fingerprint: '7333152a197211e8',
    },
    'ps-layers-masks/smart-object-paint': {
      verdict: 'ok',
      fingerprint: 'b16817d33fc6865e',
    },
  },
}
