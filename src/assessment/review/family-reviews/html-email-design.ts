import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `html-email-design` test's 80 families (table and hybrid layout
 * 16; images 16; typography and accessibility 16; client constraints and build weight 16;
 * measurement and testing 16), read as a freelancer who builds and checks campaign emails and as
 * a guessing candidate, by a reviewer who did not write them, who first finished them and then
 * reviewed them under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake with its name
 * and the draw's figures) from a scratch script, at two seeds, and the key of that draw worked by
 * hand from the rule its stem states, not from the family's code: 80 of 80 keys, none wrong. Each
 * stem was read for the client behaviour its key leans on (Gmail's 102 KB clip on HTML only,
 * Outlook's 96 px to 72 pt and 144 dpi rendering, the iOS 13px minimum, cellpadding on four
 * sides, cellspacing before, between and after cells, GIF delays in hundredths, the preview
 * character each "&zwnj;&nbsp;" pair shows): each is stated in the stem. The key test re-derives
 * every key and declared mistake in exact BigInt rationals and was changed with every mistake
 * added, replaced or dropped.
 *
 * Wrong keys found: none.
 *
 * Finishing: the hard bounce rate (0.51, all its slips above the key) now starts from a list whose
 * suppressed addresses are not mailed, so the whole list as the base is a real slip below the key,
 * and its soft bounces fall on both sides of the hard ones (now at most 0.45). The layout model
 * was at 0.375 on the per-model check (middle value): the content width after inner padding
 * (0.49), three columns (0.46) and the stacked column (0.46) had too few slips below or above the
 * key for it ever to be the lowest or highest option; they gained every cell's padding taken off
 * each cell, a separate gutter of one padding width, all the padding and both gutters taken off
 * each column after splitting, and the stated breakpoint read as the viewport. The paragraph
 * height by character count (0.54 once a weak slip went) gained the cell's height with its top
 * and bottom padding. No family is over 0.49 at 300 draws, and no model over 0.35 on the harness
 * check at its seed, 1 and 2.
 *
 * Weak or faulty mistakes replaced: in two columns, "takes the padding off twice on each side and
 * a gutter per column" and "twice on each side" are renamed for what they do (the container
 * halved and all the padding and the whole gutter taken off each half; the padding put inside
 * each column instead of the container); "adds the side padding to the height" went; the countdown
 * GIF lost a slip that showed 0 frames, one that showed 1 and "works the length in minutes", and
 * gained the delay read as frames per second; "counts the other images at half weight" became the
 * cap read as thousands of bytes; "divides by three times the largest (smallest) segment" became
 * the largest segment's own rate; "uses the 2x source size" in alt text became a part line or a
 * part character counted; "counts each row twice for the Outlook ghost table" became the limit
 * read as 100,000 bytes; "removes the embedded rule twice" became the inlined copies subtracted;
 * "adds the clickers to the clicks", always the key plus one, became the clicks over the repeat
 * clicks. Slips about a figure the stem never gave now have it: the JPEG is the 2x
 * export of a stated display size, the column sits in a stated 600px email, the shrunk email is
 * on a stated 2x display.
 *
 * Other fixes: the media-query share drew Apple Mail or the Gmail app as the client that ignores
 * media queries, which is false; Outlook desktop is now always that client. The hero-link share
 * showed shares over 100 % ("divides by the other clicks" at 108.3 %) and could draw hero clicks
 * equal to the unique clickers; its hero clicks are now at most 45 % of clicks. The stacked
 * column refuses draws whose desktop width equals the key.
 *
 * Judged near misses, kept: "swaps the character width and line height" in alt text can land one
 * off the key; "rounds a part row up" in product rows before clipping is one row over the key;
 * both are the slips a hurried builder makes, not nudges. The retina reflexes (halving a height
 * "as for a 2x source", doubling a display width for 2x) are kept where the stem's image is the
 * kind exported at 2x.
 */
export const HTML_EMAIL_DESIGN_REVIEW: TestFamilyReview = {
  testId: 'html-email-design',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'hed-layout/hed/two-column-width-inside-padding-and-gutter': {
      verdict: 'ok',
      fingerprint: '1b34727f12721f9a',
      note: 'key (w − 2p − g)/2 worked by hand; two slips renamed for what they do: the container halved and all the padding and the whole gutter taken off each half, and the padding put on both sides of each column instead of the container',
    },
    'hed-layout/hed/three-column-width-with-two-gutters': {
      verdict: 'ok',
      fingerprint: '1f7dd3fcc9eff3a1',
      note: 'key (w − 2p − 2g)/3 worked; gained the container split first with all the padding and both gutters then taken off each column, a third slip below the key (middle-value cue 0.46 before)',
    },
    'hed-layout/hed/content-width-inside-cellpadding': {
      verdict: 'ok',
      fingerprint: '9752cc3520d291a8',
      note: 'stem states cellpadding pads all four sides; key w − 2c',
    },
    'hed-layout/hed/fluid-column-percentage-of-inner-width': {
      verdict: 'ok',
      fingerprint: '2998d83522d0605f',
      note: 'key c/(w − 2p) on the padded inner area the stem names',
    },
    'hed-layout/hed/stacked-column-width-on-a-phone': {
      verdict: 'ok',
      fingerprint: 'f9113fe019672d75',
      note: 'key v − 2p; the stem now states its max-width breakpoint, and reading the breakpoint as the viewport is a new slip above the key; draws whose desktop width equals the stacked width are refused (it handed the key over as a stem figure)',
    },
    'hed-layout/hed/hybrid-wrapper-width-for-columns-side-by-side': {
      verdict: 'ok',
      fingerprint: '174c64725bb7174a',
      note: 'key k(c + 2p) + (k − 1)g; the stem states no gap at the outer edges',
    },
    'hed-layout/hed/column-content-width-after-inner-padding': {
      verdict: 'ok',
      fingerprint: 'bdbc1825cc01078c',
      note: 'key w/k − 2h; gained two slips below the key (every cell’s padding taken off each cell, and a separate gutter of one padding width between cells); was the middle value in 0.49 of draws, and the domain in 0.375 on the per-model check',
    },
    'hed-layout/hed/container-width-from-columns': {
      verdict: 'ok',
      fingerprint: '2172cedf3ea2d030',
      note: 'key a + b + g + 2p',
    },
    'hed-layout/hed/sidebar-layout-main-column-width': {
      verdict: 'ok',
      fingerprint: '40907ffb4d1f7385',
      note: 'key w − 2p − s − g',
    },
    'hed-layout/hed/column-width-with-cellspacing': {
      verdict: 'ok',
      fingerprint: 'e6d11d793d8f545a',
      note: 'stem states cellspacing before, between and after cells; key (w − (k + 1)s)/k',
    },
    'hed-layout/hed/nested-table-content-width': {
      verdict: 'ok',
      fingerprint: '781d7588e0d21bed',
      note: 'key w − 2a − 2b, both paddings on each side as stated',
    },
    'hed-layout/hed/stacked-email-height-on-a-phone': {
      verdict: 'ok',
      fingerprint: 'b4870f9f70adefb4',
      note: 'key a + b + s + 2t',
    },
    'hed-layout/hed/bulletproof-button-width': {
      verdict: 'ok',
      fingerprint: '4f344488f95f6555',
      note: 'key label + 2 × padding + 2 × border',
    },
    'hed-layout/hed/percent-width-attribute-in-pixels': {
      verdict: 'ok',
      fingerprint: 'f8871e9ced1ccf50',
      note: 'stem states the percentage is of the padded inner width',
    },
    'hed-layout/hed/unequal-columns-in-a-ratio': {
      verdict: 'ok',
      fingerprint: 'a346ea7912fb49f3',
      note: 'key (w − 2p − g) × a/(a + b)',
    },
    'hed-layout/hed/spacer-rows-in-a-stack-of-sections': {
      verdict: 'ok',
      fingerprint: 'c6b1fb9df1052d17',
      note: 'key k·h + (k − 1)s + 2t',
    },
    'hed-images/hed/retina-source-width-for-a-padded-column': {
      verdict: 'ok',
      fingerprint: '7d30063d1637a45d',
      note: 'key (c − 2p) × d',
    },
    'hed-images/hed/height-attribute-for-a-scaled-image': {
      verdict: 'ok',
      fingerprint: '98dd5b62c6b9b61a',
      note: 'key sh × d/sw; the 2x readings are the common guess for a hero exported at double size',
    },
    'hed-images/hed/logo-width-from-a-set-height': {
      verdict: 'ok',
      fingerprint: '06ce7834dbb022c1',
      note: 'key sw × h/sh',
    },
    'hed-images/hed/image-weight-budget-left-for-the-hero': {
      verdict: 'ok',
      fingerprint: '6666d54de671f1b3',
      note: 'key (1,024b − used)/1,024; "counts the other images at half weight" (no practitioner does that) replaced by the cap read as b × 1,000 bytes, a real slip below the key',
    },
    'hed-images/hed/percent-saved-by-recompressing': {
      verdict: 'ok',
      fingerprint: '76765aca0faeda9e',
      note: 'key (o − v)/o',
    },
    'hed-images/hed/jpeg-weight-from-bits-per-pixel': {
      verdict: 'ok',
      fingerprint: 'dcc2b50a5472e162',
      note: 'key w·h·bpp/8/1,024; the stem now says the file is the 2x export of an image shown at half size, so "works the 1x size of a 2x source" is a slip its stem invites rather than one about a figure it never gave',
    },
    'hed-images/hed/vml-background-size-in-points': {
      verdict: 'ok',
      fingerprint: 'd99cbda0b867d73e',
      note: 'stem states 96 px and 72 pt to the inch; key px × 3/4',
    },
    'hed-images/hed/alt-text-characters-that-show-when-blocked': {
      verdict: 'ok',
      fingerprint: '7a3e62f9229a4151',
      note: 'key ⌊w/a⌋ × ⌊h/l⌋; "uses the 2x source size" (no 2x source in the stem) replaced by a part line counted and a part character counted at each line end',
    },
    'hed-images/hed/retina-hero-height-on-a-phone': {
      verdict: 'ok',
      fingerprint: '3331d5a1b5f999fd',
      note: 'key (v − 2p) × sh/sw',
    },
    'hed-images/hed/animated-gif-play-time': {
      verdict: 'ok',
      fingerprint: 'c98edc3ca4fdf4c0',
      note: 'stem states delays are hundredths of a second and the play count in all',
    },
    'hed-images/hed/gif-frames-for-a-countdown-of-set-length': {
      verdict: 'ok',
      fingerprint: '0ed2805c62e80737',
      note: 'key 100t/d; three slips went: one that showed 0 frames (the delay multiplied in), one that showed 1 frame and "works the length in minutes"; the delay read as frames per second came in',
    },
    'hed-images/hed/image-bandwidth-for-a-send': {
      verdict: 'ok',
      fingerprint: 'a68e2480050f81ff',
      note: 'stem states 1 MB = 1,024 KB; key opens with images × KB/1,024',
    },
    'hed-images/hed/scale-down-of-an-oversized-image': {
      verdict: 'ok',
      fingerprint: 'a5004e37be8a89f6',
      note: 'key d/sw; "doubles the display width for 2x" judged a real retina reflex and kept',
    },
    'hed-images/hed/extra-weight-of-a-retina-export': {
      verdict: 'ok',
      fingerprint: '611bf039639bab88',
      note: 'stem states weight in proportion to pixel count; key w × d²',
    },
    'hed-images/hed/image-dimensions-for-a-grid-of-thumbnails': {
      verdict: 'ok',
      fingerprint: 'd62d7bce4f0c6729',
      note: 'key 2 × (w − (k − 1)g)/k, a half rounded up as stated',
    },
    'hed-images/hed/share-of-the-email-area-under-images': {
      verdict: 'ok',
      fingerprint: '25a16756c4f5c55f',
      note: 'key (w·h1 + 2ab)/(w·h)',
    },
    'hed-type-access/hed/contrast-ratio-of-text-on-a-background': {
      verdict: 'ok',
      fingerprint: 'a259b5a81c38005f',
      note: 'WCAG formula stated in the stem; key worked',
    },
    'hed-type-access/hed/lightest-background-for-body-text-contrast': {
      verdict: 'ok',
      fingerprint: '2aa530e834443a1f',
      note: 'key 4.5(t + 0.05) − 0.05',
    },
    'hed-type-access/hed/darkest-background-for-light-text-at-aaa': {
      verdict: 'ok',
      fingerprint: '397e9e744e5a5efd',
      note: 'key (t + 0.05)/7 − 0.05',
    },
    'hed-type-access/hed/relative-luminance-from-linear-channels': {
      verdict: 'ok',
      fingerprint: '892e5f4f9a5c2ddc',
      note: 'weights stated; key worked',
    },
    'hed-type-access/hed/height-of-a-paragraph-block': {
      verdict: 'ok',
      fingerprint: '5c023bc9873e816c',
      note: 'key lines × font-size × line-height',
    },
    'hed-type-access/hed/line-width-gained-by-ios-text-enlarging': {
      verdict: 'ok',
      fingerprint: '422bf9c466630d76',
      note: 'the iOS 13px minimum is stated in the stem; key (13 − f) × 0.5 × k',
    },
    'hed-type-access/hed/padding-that-makes-a-44px-touch-target': {
      verdict: 'ok',
      fingerprint: '28581b59a18367a6',
      note: 'key ⌈(44 − line − 2b)/2⌉; "aims at 48px" kept as the Android 48dp habit',
    },
    'hed-type-access/hed/outlook-point-size-to-pixels': {
      verdict: 'ok',
      fingerprint: '35a9b2a140417a43',
      note: 'key pt × 96/72',
    },
    'hed-type-access/hed/characters-per-line-in-a-column': {
      verdict: 'ok',
      fingerprint: 'ba730637fa4e2694',
      note: 'key ⌊c/(0.a × f)⌋; the stem now names the 600px email the column sits in, which the slip "uses the 600px container for the column" needs',
    },
    'hed-type-access/hed/text-size-in-a-shrunk-non-responsive-email': {
      verdict: 'ok',
      fingerprint: 'eae15d2c0c628c45',
      note: 'key f × v/w in CSS px; the stem now states the phone’s 2x display and asks for CSS px, so halving again for the 2x display is a slip its stem invites',
    },
    'hed-type-access/hed/nested-em-font-size': {
      verdict: 'ok',
      fingerprint: '99106f45d7b279ab',
      note: 'key base × a × b; em compounds through the div',
    },
    'hed-type-access/hed/letter-spaced-heading-width': {
      verdict: 'ok',
      fingerprint: '3f69729d605b97fb',
      note: 'the stem states spacing between characters only; key k·a + (k − 1)s',
    },
    'hed-type-access/hed/paragraph-height-from-its-character-count': {
      verdict: 'ok',
      fingerprint: '183fd8b849d2bb6c',
      note: 'key ⌈k/⌊(c − 2p)/a⌋⌉ × l; "adds the side padding to the height" went; the stem now pads all four sides, and giving the cell’s height with top and bottom padding is the real slip above the key (middle-value cue 0.54 without it)',
    },
    'hed-type-access/hed/padding-that-centres-a-label-in-a-fixed-height-button': {
      verdict: 'ok',
      fingerprint: '9774a56d65c81195',
      note: 'stem states the height includes borders; key (h − 2b − line)/2',
    },
    'hed-type-access/hed/semi-transparent-overlay-channel': {
      verdict: 'ok',
      fingerprint: '61d6d542b0600a63',
      note: 'blend formula stated; key worked',
    },
    'hed-type-access/hed/height-of-a-stacked-button-menu': {
      verdict: 'ok',
      fingerprint: '94224fe3ba2fae25',
      note: 'key k(line + 2p + 2b) + (k − 1)s',
    },
    'hed-client-build/hed/bytes-to-cut-to-avoid-gmail-clipping': {
      verdict: 'ok',
      fingerprint: 'c354384c44d50fa2',
      note: 'the 102 KB clip limit, the 1,024-byte KB and images not counted are stated; key h − 104,448',
    },
    'hed-client-build/hed/product-rows-before-gmail-clips': {
      verdict: 'ok',
      fingerprint: 'c06e0d9fde7da6b0',
      note: 'key ⌊(104,448 − h)/p⌋; "counts each row twice for the Outlook ghost table" (no build doubles a row) replaced by the limit taken as 100,000 bytes',
    },
    'hed-client-build/hed/html-size-after-inlining-css': {
      verdict: 'ok',
      fingerprint: 'bbf844b6dbb911e9',
      note: 'key h + k·s − e over 1,024; "removes the embedded rule twice" replaced by the inlined copies taken off instead of added',
    },
    'hed-client-build/hed/bytes-of-hidden-preheader-filler': {
      verdict: 'ok',
      fingerprint: '2dc698f4099bb451',
      note: 'stem states each "&zwnj;&nbsp;" pair shows as one preview character; key (p − k) × 12',
    },
    'hed-client-build/hed/outlook-rendered-width-at-high-dpi': {
      verdict: 'ok',
      fingerprint: '38dcfe6c2aac12d6',
      note: 'the px-to-pt and 144 dpi rendering rule is stated; key w × 3/4 × 144/72',
    },
    'hed-client-build/hed/total-weight-of-an-email': {
      verdict: 'ok',
      fingerprint: '18bb9e318cf24d11',
      note: 'key the HTML and three images over 1,024',
    },
    'hed-client-build/hed/lightness-after-dark-mode-inversion': {
      verdict: 'ok',
      fingerprint: '00e7562223d83fd6',
      note: 'HSL lightness and the inversion are stated; key 100 − (max + min)/5.1',
    },
    'hed-client-build/hed/bytes-saved-by-moving-a-repeated-inline-style-to-a-class': {
      verdict: 'ok',
      fingerprint: '4fafa2a409eff972',
      note: 'key k(f − c) − r',
    },
    'hed-client-build/hed/share-of-opens-in-clients-that-support-media-queries': {
      verdict: 'ok',
      fingerprint: '8544ed6b2610ca4c',
      note: 'key the supporting clients over the four; the draw no longer has Apple Mail or the Gmail app ignore media queries (both apply them): Outlook desktop, which does ignore them, is the one',
    },
    'hed-client-build/hed/base64-image-growth-in-the-html': {
      verdict: 'ok',
      fingerprint: '2a4b2e9b1482d5d3',
      note: 'key 4⌈b/3⌉ + 22',
    },
    'hed-client-build/hed/html-size-after-click-tracking-rewrites': {
      verdict: 'ok',
      fingerprint: 'e5aa02041c2bd0f9',
      note: 'key h + k(t − a) over 1,024',
    },
    'hed-client-build/hed/utf8-bytes-of-a-subject-and-preheader': {
      verdict: 'ok',
      fingerprint: 'eebcaabef0733e92',
      note: 'byte widths stated; key a + 2m + 4e',
    },
    'hed-client-build/hed/quoted-printable-size-of-the-html': {
      verdict: 'ok',
      fingerprint: '56edeaf7029a1c97',
      note: 'key b + 2e',
    },
    'hed-client-build/hed/minified-html-against-the-clip-limit': {
      verdict: 'ok',
      fingerprint: '00915852cb5592e0',
      note: 'key 104,448 − 0.8h, a half rounded up',
    },
    'hed-client-build/hed/outlook-points-to-screen-pixels-for-a-font': {
      verdict: 'ok',
      fingerprint: '2374b85017269fa1',
      note: 'key f × 3/4 × 2',
    },
    'hed-client-build/hed/share-of-html-that-is-outlook-only': {
      verdict: 'ok',
      fingerprint: '1ccfd13ea4de2400',
      note: 'key 2kg/h, both comments of each wrapper counted as stated',
    },
    'hed-measure/hed/open-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: '749f73a3ce5c6cc7',
      note: 'key o/(s − b) on the delivered base the stem names',
    },
    'hed-measure/hed/click-to-open-rate': {
      verdict: 'ok',
      fingerprint: '857ea2b95f2d0f15',
      note: 'key unique clickers over unique opens',
    },
    'hed-measure/hed/click-through-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: '9c807736d007312d',
      note: 'key u/(s − b)',
    },
    'hed-measure/hed/render-test-screenshot-count': {
      verdict: 'ok',
      fingerprint: '31bafa32e591addc',
      note: 'key (2x + y) × w × r',
    },
    'hed-measure/hed/render-test-failure-rate': {
      verdict: 'ok',
      fingerprint: '8a94ee8e497815fa',
      note: 'key f/((2x + y)w)',
    },
    'hed-measure/hed/send-count-after-exclusions': {
      verdict: 'ok',
      fingerprint: '73d92ef25e5b4c5f',
      note: 'key t − u − s + o (overlap counted once)',
    },
    'hed-measure/hed/share-of-clicks-on-the-hero-link': {
      verdict: 'ok',
      fingerprint: '1baffa28f65205d6',
      note: 'key h/t; hero clicks now drawn at 15-45 % of clicks, so "divides by the other clicks" no longer shows shares over 100 % and hero clicks cannot equal the unique clickers (a draw showed both the 100 % and 108.3 %)',
    },
    'hed-measure/hed/click-to-open-change-in-points': {
      verdict: 'ok',
      fingerprint: 'a555761aecee33d3',
      note: 'key the difference of the two rates in points',
    },
    'hed-measure/hed/hard-bounce-rate': {
      verdict: 'ok',
      fingerprint: 'b69a9dd867e4efe8',
      note: 'key h/s; was 0.51 on the cue gate (all slips above the key). The stem now starts from a list with suppressed addresses not mailed, so the whole list as the base is a real slip below the key, and soft bounces are drawn on both sides of the hard ones; two near neighbours tried first (the delivered base, the bounces added to the base) made the key the most similar (0.56) and went',
    },
    'hed-measure/hed/unsubscribe-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: '8b151329bc18824e',
      note: 'key u/d',
    },
    'hed-measure/hed/weighted-click-to-open-across-segments': {
      verdict: 'ok',
      fingerprint: 'a3f34e76a82bceea',
      note: 'key total clickers over total opens; "divides by three times the largest segment" and "by three times the smallest" (no one does either) replaced by the largest segment’s own rate',
    },
    'hed-measure/hed/clicks-per-unique-clicker': {
      verdict: 'ok',
      fingerprint: '7078e5ea03dbcb1b',
      note: 'key t/u; "adds the clickers to the clicks" was always the key plus one, a nudge, and became the clicks divided by the repeat clicks; clicks are now drawn at 1.1 to 1.9 per clicker, so that slip always falls above the key (the measurement model was 0.385 on the per-model check in between)',
    },
    'hed-measure/hed/conversion-rate-from-email-clicks': {
      verdict: 'ok',
      fingerprint: 'd1ecf80d6e5bde91',
      note: 'key orders over unique clickers',
    },
    'hed-measure/hed/render-test-time-in-parallel-batches': {
      verdict: 'ok',
      fingerprint: 'b79d53ef74788586',
      note: 'stem states a part batch takes a full batch’s time; key ⌈k/b⌉ × s/60',
    },
    'hed-measure/hed/mobile-share-of-opens-with-a-known-device': {
      verdict: 'ok',
      fingerprint: 'e6d4a546a6563008',
      note: 'key m/(m + d + w)',
    },
    'hed-measure/hed/utm-tagged-link-variants': {
      verdict: 'ok',
      fingerprint: 'c83b9325427cf654',
      note: 'the stem states versions are not tagged; key links × segments',
    },
  },
}
