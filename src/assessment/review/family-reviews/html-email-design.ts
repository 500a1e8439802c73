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
 *
 * Renamed after the review (2026-12-07): the family ids lost a doubled `hed/` prefix; no stem,
 * key or mistake changed, and each fingerprint below is the renamed family's, which hashes its id.
 */
export const HTML_EMAIL_DESIGN_REVIEW: TestFamilyReview = {
  testId: 'html-email-design',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'hed-layout/two-column-width-inside-padding-and-gutter': {
      verdict: 'ok',
      fingerprint: 'd8a9fba0d7a7d681',
      note: 'key (w − 2p − g)/2 worked by hand; two slips renamed for what they do: the container halved and all the padding and the whole gutter taken off each half, and the padding put on both sides of each column instead of the container',
    },
    'hed-layout/three-column-width-with-two-gutters': {
      verdict: 'ok',
      fingerprint: 'c773511722c146eb',
      note: 'key (w − 2p − 2g)/3 worked; gained the container split first with all the padding and both gutters then taken off each column, a third slip below the key (middle-value cue 0.46 before)',
    },
    'hed-layout/content-width-inside-cellpadding': {
      verdict: 'ok',
      fingerprint: 'a9f9fb6940c6e875',
      note: 'stem states cellpadding pads all four sides; key w − 2c',
    },
    'hed-layout/fluid-column-percentage-of-inner-width': {
      verdict: 'ok',
      fingerprint: 'a0c40c23979b0db6',
      note: 'key c/(w − 2p) on the padded inner area the stem names',
    },
    'hed-layout/stacked-column-width-on-a-phone': {
      verdict: 'ok',
      fingerprint: '573cca13ff7b3b92',
      note: 'key v − 2p; the stem now states its max-width breakpoint, and reading the breakpoint as the viewport is a new slip above the key; draws whose desktop width equals the stacked width are refused (it handed the key over as a stem figure)',
    },
    'hed-layout/hybrid-wrapper-width-for-columns-side-by-side': {
      verdict: 'ok',
      fingerprint: 'ea9cc0b8e6c1ade1',
      note: 'key k(c + 2p) + (k − 1)g; the stem states no gap at the outer edges',
    },
    'hed-layout/column-content-width-after-inner-padding': {
      verdict: 'ok',
      fingerprint: '15a0c5e8528f564f',
      note: 'key w/k − 2h; gained two slips below the key (every cell’s padding taken off each cell, and a separate gutter of one padding width between cells); was the middle value in 0.49 of draws, and the domain in 0.375 on the per-model check',
    },
    'hed-layout/container-width-from-columns': {
      verdict: 'ok',
      fingerprint: '76e81cba266eb04b',
      note: 'key a + b + g + 2p',
    },
    'hed-layout/sidebar-layout-main-column-width': {
      verdict: 'ok',
      fingerprint: '82bd70944073e61a',
      note: 'key w − 2p − s − g',
    },
    'hed-layout/column-width-with-cellspacing': {
      verdict: 'ok',
      fingerprint: 'a552cad3a61e7324',
      note: 'stem states cellspacing before, between and after cells; key (w − (k + 1)s)/k',
    },
    'hed-layout/nested-table-content-width': {
      verdict: 'ok',
      fingerprint: '0b5eff8a382d9267',
      note: 'key w − 2a − 2b, both paddings on each side as stated',
    },
    'hed-layout/stacked-email-height-on-a-phone': {
      verdict: 'ok',
      fingerprint: 'e84d628eb0713f2c',
      note: 'key a + b + s + 2t',
    },
    'hed-layout/bulletproof-button-width': {
      verdict: 'ok',
      fingerprint: 'ce405354006f9d93',
      note: 'key label + 2 × padding + 2 × border',
    },
    'hed-layout/percent-width-attribute-in-pixels': {
      verdict: 'ok',
      fingerprint: '4f9632503e032e47',
      note: 'stem states the percentage is of the padded inner width',
    },
    'hed-layout/unequal-columns-in-a-ratio': {
      verdict: 'ok',
      fingerprint: '4938d750405966b6',
      note: 'key (w − 2p − g) × a/(a + b)',
    },
    'hed-layout/spacer-rows-in-a-stack-of-sections': {
      verdict: 'ok',
      fingerprint: '0995084f913e9044',
      note: 'key k·h + (k − 1)s + 2t',
    },
    'hed-images/retina-source-width-for-a-padded-column': {
      verdict: 'ok',
      fingerprint: '7b917af4a9555443',
      note: 'key (c − 2p) × d',
    },
    'hed-images/height-attribute-for-a-scaled-image': {
      verdict: 'ok',
      fingerprint: '0c83529c99576b7d',
      note: 'key sh × d/sw; the 2x readings are the common guess for a hero exported at double size',
    },
    'hed-images/logo-width-from-a-set-height': {
      verdict: 'ok',
      fingerprint: 'a425476865276e68',
      note: 'key sw × h/sh',
    },
    'hed-images/image-weight-budget-left-for-the-hero': {
      verdict: 'ok',
      fingerprint: 'd0b1ffadbaa5da5c',
      note: 'key (1,024b − used)/1,024; "counts the other images at half weight" (no practitioner does that) replaced by the cap read as b × 1,000 bytes, a real slip below the key',
    },
    'hed-images/percent-saved-by-recompressing': {
      verdict: 'ok',
      fingerprint: '2fb3657faaed82e0',
      note: 'key (o − v)/o',
    },
    'hed-images/jpeg-weight-from-bits-per-pixel': {
      verdict: 'ok',
      fingerprint: 'd6584808186bcd47',
      note: 'key w·h·bpp/8/1,024; the stem now says the file is the 2x export of an image shown at half size, so "works the 1x size of a 2x source" is a slip its stem invites rather than one about a figure it never gave',
    },
    'hed-images/vml-background-size-in-points': {
      verdict: 'ok',
      fingerprint: 'c99c912bcf1be3e4',
      note: 'stem states 96 px and 72 pt to the inch; key px × 3/4',
    },
    'hed-images/alt-text-characters-that-show-when-blocked': {
      verdict: 'ok',
      fingerprint: '2c3a00a50d1678e2',
      note: 'key ⌊w/a⌋ × ⌊h/l⌋; "uses the 2x source size" (no 2x source in the stem) replaced by a part line counted and a part character counted at each line end',
    },
    'hed-images/retina-hero-height-on-a-phone': {
      verdict: 'ok',
      fingerprint: 'ac9792f9d123087a',
      note: 'key (v − 2p) × sh/sw',
    },
    'hed-images/animated-gif-play-time': {
      verdict: 'ok',
      fingerprint: 'c1ed1852011e9e5d',
      note: 'stem states delays are hundredths of a second and the play count in all',
    },
    'hed-images/gif-frames-for-a-countdown-of-set-length': {
      verdict: 'ok',
      fingerprint: '9ede12cab1eee1f0',
      note: 'key 100t/d; three slips went: one that showed 0 frames (the delay multiplied in), one that showed 1 frame and "works the length in minutes"; the delay read as frames per second came in',
    },
    'hed-images/image-bandwidth-for-a-send': {
      verdict: 'ok',
      fingerprint: '4d63a683807d5fc5',
      note: 'stem states 1 MB = 1,024 KB; key opens with images × KB/1,024',
    },
    'hed-images/scale-down-of-an-oversized-image': {
      verdict: 'ok',
      fingerprint: '3a2934830252beee',
      note: 'key d/sw; "doubles the display width for 2x" judged a real retina reflex and kept',
    },
    'hed-images/extra-weight-of-a-retina-export': {
      verdict: 'ok',
      fingerprint: '52e4f99e8852db3d',
      note: 'stem states weight in proportion to pixel count; key w × d²',
    },
    'hed-images/image-dimensions-for-a-grid-of-thumbnails': {
      verdict: 'ok',
      fingerprint: 'a44b253b38f1413f',
      note: 'key 2 × (w − (k − 1)g)/k, a half rounded up as stated',
    },
    'hed-images/share-of-the-email-area-under-images': {
      verdict: 'ok',
      fingerprint: '987c3f8ef72999d2',
      note: 'key (w·h1 + 2ab)/(w·h)',
    },
    'hed-type-access/contrast-ratio-of-text-on-a-background': {
      verdict: 'ok',
      fingerprint: 'c2aa7e2143813ed9',
      note: 'WCAG formula stated in the stem; key worked',
    },
    'hed-type-access/lightest-background-for-body-text-contrast': {
      verdict: 'ok',
      fingerprint: '0ef463459e87977d',
      note: 'key 4.5(t + 0.05) − 0.05',
    },
    'hed-type-access/darkest-background-for-light-text-at-aaa': {
      verdict: 'ok',
      fingerprint: 'ee49782484ea648b',
      note: 'key (t + 0.05)/7 − 0.05',
    },
    'hed-type-access/relative-luminance-from-linear-channels': {
      verdict: 'ok',
      fingerprint: '59268d36d4101374',
      note: 'weights stated; key worked',
    },
    'hed-type-access/height-of-a-paragraph-block': {
      verdict: 'ok',
      fingerprint: '8e7cbd2fc3eb4415',
      note: 'key lines × font-size × line-height',
    },
    'hed-type-access/line-width-gained-by-ios-text-enlarging': {
      verdict: 'ok',
      fingerprint: '854348cbdd76ecd7',
      note: 'the iOS 13px minimum is stated in the stem; key (13 − f) × 0.5 × k',
    },
    'hed-type-access/padding-that-makes-a-44px-touch-target': {
      verdict: 'ok',
      fingerprint: '2ad407b0196473e9',
      note: 'key ⌈(44 − line − 2b)/2⌉; "aims at 48px" kept as the Android 48dp habit',
    },
    'hed-type-access/outlook-point-size-to-pixels': {
      verdict: 'ok',
      fingerprint: '9647869ec74d0806',
      note: 'key pt × 96/72',
    },
    'hed-type-access/characters-per-line-in-a-column': {
      verdict: 'ok',
      fingerprint: '149abcff44e0204e',
      note: 'key ⌊c/(0.a × f)⌋; the stem now names the 600px email the column sits in, which the slip "uses the 600px container for the column" needs',
    },
    'hed-type-access/text-size-in-a-shrunk-non-responsive-email': {
      verdict: 'ok',
      fingerprint: '4dce6b711729c8d8',
      note: 'key f × v/w in CSS px; the stem now states the phone’s 2x display and asks for CSS px, so halving again for the 2x display is a slip its stem invites',
    },
    'hed-type-access/nested-em-font-size': {
      verdict: 'ok',
      fingerprint: '42c4ce8e89d8e83c',
      note: 'key base × a × b; em compounds through the div',
    },
    'hed-type-access/letter-spaced-heading-width': {
      verdict: 'ok',
      fingerprint: '183fa7c3a2295f3d',
      note: 'the stem states spacing between characters only; key k·a + (k − 1)s',
    },
    'hed-type-access/paragraph-height-from-its-character-count': {
      verdict: 'ok',
      fingerprint: 'c8b0d04f0b6a1581',
      note: 'key ⌈k/⌊(c − 2p)/a⌋⌉ × l; "adds the side padding to the height" went; the stem now pads all four sides, and giving the cell’s height with top and bottom padding is the real slip above the key (middle-value cue 0.54 without it)',
    },
    'hed-type-access/padding-that-centres-a-label-in-a-fixed-height-button': {
      verdict: 'ok',
      fingerprint: 'd655dd6fe7b04f37',
      note: 'stem states the height includes borders; key (h − 2b − line)/2',
    },
    'hed-type-access/semi-transparent-overlay-channel': {
      verdict: 'ok',
      fingerprint: '000a2e66bd488ee3',
      note: 'blend formula stated; key worked',
    },
    'hed-type-access/height-of-a-stacked-button-menu': {
      verdict: 'ok',
      fingerprint: '640bd4a3ed50882f',
      note: 'key k(line + 2p + 2b) + (k − 1)s',
    },
    'hed-client-build/bytes-to-cut-to-avoid-gmail-clipping': {
      verdict: 'ok',
      fingerprint: 'b0d5761168ccc4bf',
      note: 'the 102 KB clip limit, the 1,024-byte KB and images not counted are stated; key h − 104,448',
    },
    'hed-client-build/product-rows-before-gmail-clips': {
      verdict: 'ok',
      fingerprint: 'b35db58e1c348755',
      note: 'key ⌊(104,448 − h)/p⌋; "counts each row twice for the Outlook ghost table" (no build doubles a row) replaced by the limit taken as 100,000 bytes',
    },
    'hed-client-build/html-size-after-inlining-css': {
      verdict: 'ok',
      fingerprint: '8236390599113b03',
      note: 'key h + k·s − e over 1,024; "removes the embedded rule twice" replaced by the inlined copies taken off instead of added',
    },
    'hed-client-build/bytes-of-hidden-preheader-filler': {
      verdict: 'ok',
      fingerprint: 'dd0db2c0ffa7ca36',
      note: 'stem states each "&zwnj;&nbsp;" pair shows as one preview character; key (p − k) × 12',
    },
    'hed-client-build/outlook-rendered-width-at-high-dpi': {
      verdict: 'ok',
      fingerprint: '091a767e8652610f',
      note: 'the px-to-pt and 144 dpi rendering rule is stated; key w × 3/4 × 144/72',
    },
    'hed-client-build/total-weight-of-an-email': {
      verdict: 'ok',
      fingerprint: 'f4b2bd644cf130b8',
      note: 'key the HTML and three images over 1,024',
    },
    'hed-client-build/lightness-after-dark-mode-inversion': {
      verdict: 'ok',
      fingerprint: '5436d2af7d443762',
      note: 'HSL lightness and the inversion are stated; key 100 − (max + min)/5.1',
    },
    'hed-client-build/bytes-saved-by-moving-a-repeated-inline-style-to-a-class': {
      verdict: 'ok',
      fingerprint: '9afa27be4ecf5246',
      note: 'key k(f − c) − r',
    },
    'hed-client-build/share-of-opens-in-clients-that-support-media-queries': {
      verdict: 'ok',
      fingerprint: 'e0b007d7ea005467',
      note: 'key the supporting clients over the four; the draw no longer has Apple Mail or the Gmail app ignore media queries (both apply them): Outlook desktop, which does ignore them, is the one',
    },
    'hed-client-build/base64-image-growth-in-the-html': {
      verdict: 'ok',
      fingerprint: 'de2792bf5f496034',
      note: 'key 4⌈b/3⌉ + 22',
    },
    'hed-client-build/html-size-after-click-tracking-rewrites': {
      verdict: 'ok',
      fingerprint: '9fd06eca63005455',
      note: 'key h + k(t − a) over 1,024',
    },
    'hed-client-build/utf8-bytes-of-a-subject-and-preheader': {
      verdict: 'ok',
      fingerprint: '7d4799fd515be6cc',
      note: 'byte widths stated; key a + 2m + 4e',
    },
    'hed-client-build/quoted-printable-size-of-the-html': {
      verdict: 'ok',
      fingerprint: '42f0a8b5f2cb46f4',
      note: 'key b + 2e',
    },
    'hed-client-build/minified-html-against-the-clip-limit': {
      verdict: 'ok',
      fingerprint: '9e9319c2e4591731',
      note: 'key 104,448 − 0.8h, a half rounded up',
    },
    'hed-client-build/outlook-points-to-screen-pixels-for-a-font': {
      verdict: 'ok',
      fingerprint: 'bfd6068cb0344c3b',
      note: 'key f × 3/4 × 2',
    },
    'hed-client-build/share-of-html-that-is-outlook-only': {
      verdict: 'ok',
      fingerprint: '7118ffd7f9c6a3ed',
      note: 'key 2kg/h, both comments of each wrapper counted as stated',
    },
    'hed-measure/open-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: '9bc406103bd24012',
      note: 'key o/(s − b) on the delivered base the stem names',
    },
    'hed-measure/click-to-open-rate': {
      verdict: 'ok',
      fingerprint: '8ff2dec63b5d78a5',
      note: 'key unique clickers over unique opens',
    },
    'hed-measure/click-through-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: '738abe2809230301',
      note: 'key u/(s − b)',
    },
    'hed-measure/render-test-screenshot-count': {
      verdict: 'ok',
      fingerprint: 'ee266622729cb1b8',
      note: 'key (2x + y) × w × r',
    },
    'hed-measure/render-test-failure-rate': {
      verdict: 'ok',
      fingerprint: '587524bb50f83dc0',
      note: 'key f/((2x + y)w)',
    },
    'hed-measure/send-count-after-exclusions': {
      verdict: 'ok',
      fingerprint: 'bec1fe3ebb77e1e2',
      note: 'key t − u − s + o (overlap counted once)',
    },
    'hed-measure/share-of-clicks-on-the-hero-link': {
      verdict: 'ok',
      fingerprint: '25d9e085797e6a8f',
      note: 'key h/t; hero clicks now drawn at 15-45 % of clicks, so "divides by the other clicks" no longer shows shares over 100 % and hero clicks cannot equal the unique clickers (a draw showed both the 100 % and 108.3 %)',
    },
    'hed-measure/click-to-open-change-in-points': {
      verdict: 'ok',
      fingerprint: 'aaa0c4dc2e965600',
      note: 'key the difference of the two rates in points',
    },
    'hed-measure/hard-bounce-rate': {
      verdict: 'ok',
      fingerprint: '4f61aa89f24dde25',
      note: 'key h/s; was 0.51 on the cue gate (all slips above the key). The stem now starts from a list with suppressed addresses not mailed, so the whole list as the base is a real slip below the key, and soft bounces are drawn on both sides of the hard ones; two near neighbours tried first (the delivered base, the bounces added to the base) made the key the most similar (0.56) and went',
    },
    'hed-measure/unsubscribe-rate-on-delivered-mail': {
      verdict: 'ok',
      fingerprint: 'f91da80f4de4fa09',
      note: 'key u/d',
    },
    'hed-measure/weighted-click-to-open-across-segments': {
      verdict: 'ok',
      fingerprint: 'b8e44b0fa97af566',
      note: 'key total clickers over total opens; "divides by three times the largest segment" and "by three times the smallest" (no one does either) replaced by the largest segment’s own rate',
    },
    'hed-measure/clicks-per-unique-clicker': {
      verdict: 'ok',
      fingerprint: '9a468f89a0fd24aa',
      note: 'key t/u; "adds the clickers to the clicks" was always the key plus one, a nudge, and became the clicks divided by the repeat clicks; clicks are now drawn at 1.1 to 1.9 per clicker, so that slip always falls above the key (the measurement model was 0.385 on the per-model check in between)',
    },
    'hed-measure/conversion-rate-from-email-clicks': {
      verdict: 'ok',
      fingerprint: '976060ccff053ea3',
      note: 'key orders over unique clickers',
    },
    'hed-measure/render-test-time-in-parallel-batches': {
      verdict: 'ok',
      fingerprint: 'cebadcda88c20f6e',
      note: 'stem states a part batch takes a full batch’s time; key ⌈k/b⌉ × s/60',
    },
    'hed-measure/mobile-share-of-opens-with-a-known-device': {
      verdict: 'ok',
      fingerprint: '391777dd5d9bebe4',
      note: 'key m/(m + d + w)',
    },
    'hed-measure/utm-tagged-link-variants': {
      verdict: 'ok',
      fingerprint: 'd0a3e41f573089c3',
      note: 'the stem states versions are not tagged; key links × segments',
    },
  },
}
