import type { TestFamilyReview } from '../family-review.js'

/** The independent review of every family of the `office-software` test (93 families). */
export const OFFICE_SOFTWARE_REVIEW: TestFamilyReview = {
  testId: 'office-software',
  reviewer: 'independent reviewer, second session',
  reviewedOn: '2026-12-03',
  families: {
    'office-documents/align-with-tabs': { verdict: 'ok', fingerprint: '48406e4d2203074e' },
    'office-documents/automatic-footnotes': { verdict: 'ok', fingerprint: '4e4a7ca0e5b1b7e9' },
    'office-documents/captions-and-cross-references': {
      verdict: 'ok',
      fingerprint: '122e7f37a3fa6387',
    },
    'office-documents/change-body-font-everywhere': {
      verdict: 'ok',
      fingerprint: '15251b8281ba7492',
    },
    'office-documents/clean-copy-from-tracked-changes': {
      verdict: 'ok',
      fingerprint: '0d5be974c7998a97',
    },
    'office-documents/comment-not-edit': { verdict: 'ok', fingerprint: '9ae784edc879bfbf' },
    'office-documents/compare-untracked-versions': {
      verdict: 'ok',
      fingerprint: '69a40a7f24289fb2',
    },
    'office-documents/different-first-page': { verdict: 'ok', fingerprint: '5573561df757a79a' },
    'office-documents/hanging-indent': { verdict: 'ok', fingerprint: '7bf80a94df3a790e' },
    'office-documents/headings-feed-the-contents': {
      verdict: 'ok',
      fingerprint: 'd9ae438f138e45f4',
    },
    'office-documents/keep-heading-with-next': { verdict: 'ok', fingerprint: 'dfd58f3f8a61aa5c' },
    'office-documents/link-to-previous': { verdict: 'ok', fingerprint: 'bbe9965682d2da91' },
    'office-documents/mail-merge-from-a-list': { verdict: 'ok', fingerprint: 'a52741ac659deb35' },
    'office-documents/merge-skip-records': { verdict: 'ok', fingerprint: '202a0e171b8e4d64' },
    'office-documents/merge-source-layout': { verdict: 'ok', fingerprint: 'ed5673d4d93c57c7' },
    'office-documents/non-breaking-space': { verdict: 'ok', fingerprint: '96fbc600d53a6b59' },
    'office-documents/number-from-after-cover': { verdict: 'ok', fingerprint: '6911fb52085ba446' },
    'office-documents/numbered-headings': { verdict: 'ok', fingerprint: '7ab6f0bbf0785944' },
    'office-documents/one-landscape-page': { verdict: 'ok', fingerprint: 'da08aee7c52d7052' },
    'office-documents/paste-keep-text-only': { verdict: 'ok', fingerprint: 'c618e312a9ca43a2' },
    'office-documents/remove-hidden-data': { verdict: 'ok', fingerprint: 'c226fb7a523db6ac' },
    'office-documents/replace-whole-words': { verdict: 'ok', fingerprint: 'f8067fb61907efd4' },
    'office-documents/reuse-with-a-template': { verdict: 'ok', fingerprint: 'cd7ca1d81f7295be' },
    'office-documents/spacing-not-empty-paragraphs': {
      verdict: 'ok',
      fingerprint: '3b66783abb80c834',
    },
    'office-documents/styles-for-accessible-documents': {
      verdict: 'ok',
      fingerprint: '0285516bf3b10aa3',
    },
    'office-documents/table-header-repeat': { verdict: 'ok', fingerprint: 'ad5fa3d522e86349' },
    'office-documents/track-before-editing': { verdict: 'ok', fingerprint: '188e45952dbafc03' },
    'office-documents/update-the-contents': { verdict: 'ok', fingerprint: 'af0fff4e6322325b' },
    'office-presentations/align-and-distribute': { verdict: 'ok', fingerprint: 'e3e5b1401373107f' },
    'office-presentations/alt-text-on-images': { verdict: 'ok', fingerprint: 'a77ef92601595556' },
    'office-presentations/animation-order': { verdict: 'ok', fingerprint: 'f9835d162711cfb7' },
    'office-presentations/change-fonts-everywhere': {
      verdict: 'ok',
      fingerprint: '5b2e0a80b1458cfd',
    },
    'office-presentations/chart-data-edit': { verdict: 'ok', fingerprint: 'c3f438de2c0a8278' },
    'office-presentations/compress-pictures': { verdict: 'ok', fingerprint: '301c53c5d4fd9526' },
    'office-presentations/contrast-on-slides': { verdict: 'ok', fingerprint: 'af20f3aeafd3ee67' },
    'office-presentations/decorative-images': { verdict: 'ok', fingerprint: 'b72f4e26021ca829' },
    'office-presentations/embed-fonts': { verdict: 'ok', fingerprint: '477fab9d4b3cffda' },
    'office-presentations/embedded-for-sending': { verdict: 'ok', fingerprint: '3280aa916823f964' },
    'office-presentations/handouts-with-lines': { verdict: 'ok', fingerprint: '6459882e7e3b7396' },
    'office-presentations/hide-backup-slides': { verdict: 'ok', fingerprint: '4b9bb11c908ffe33' },
    'office-presentations/kiosk-loop': { verdict: 'ok', fingerprint: 'ba933d0ab91cd6d0' },
    'office-presentations/linked-chart-updates': { verdict: 'ok', fingerprint: '347eef62e81ad887' },
    'office-presentations/logo-on-every-slide': { verdict: 'ok', fingerprint: '07666db6af7e2a71' },
    'office-presentations/notes-for-the-presenter-only': {
      verdict: 'ok',
      fingerprint: '02394014b4811063',
    },
    'office-presentations/one-idea-per-slide': { verdict: 'ok', fingerprint: 'bd8cb23e62e8e926' },
    'office-presentations/pdf-for-reading': { verdict: 'ok', fingerprint: 'f42e69ed9f7b4941' },
    'office-presentations/reading-order': {
      verdict: 'ok',
      fingerprint: 'aeee7d05a5b198d5',
      note: 'distractor-acceptable on review (object order is the reading order, so Bring Forward/Send Backward change it); replaced by the reviewer, then ok',
    },
    'office-presentations/reuse-slides-theme': { verdict: 'ok', fingerprint: '34afbbd98f240264' },
    'office-presentations/sections-for-long-decks': {
      verdict: 'ok',
      fingerprint: 'ed98a1de89baa2bf',
    },
    'office-presentations/slide-numbers-not-on-title': {
      verdict: 'ok',
      fingerprint: 'ccf556ae6d8d253a',
    },
    'office-presentations/slide-size-change': { verdict: 'ok', fingerprint: 'dc2f2262cfd5c33e' },
    'office-presentations/titles-in-placeholders': {
      verdict: 'ok',
      fingerprint: '0bb76f4d2f101a07',
    },
    'office-presentations/transitions-sparingly': {
      verdict: 'ok',
      fingerprint: '065aab0fbd8a46d2',
    },
    'office-presentations/video-starts-automatically': {
      verdict: 'ok',
      fingerprint: '472b90f92c7fc1e2',
    },
    'office-sheet-formulas/absolute-reference-to-a-rate': {
      verdict: 'ok',
      fingerprint: '196691c73aa13b10',
    },
    'office-sheet-formulas/and-versus-or': { verdict: 'ok', fingerprint: '99af6e506b5b538c' },
    'office-sheet-formulas/approximate-match-bands': {
      verdict: 'ok',
      fingerprint: '6a35a39311879be1',
    },
    'office-sheet-formulas/average-skips-blanks-not-zeros': {
      verdict: 'ok',
      fingerprint: 'cd977da2b9a472ff',
    },
    'office-sheet-formulas/count-above-a-cell-value': {
      verdict: 'ok',
      fingerprint: '69e789d2a1449c2a',
    },
    'office-sheet-formulas/count-versus-counta': { verdict: 'ok', fingerprint: 'e22507088acb9bf1' },
    'office-sheet-formulas/exact-match-lookup': { verdict: 'ok', fingerprint: '90974f6331f63bf5' },
    'office-sheet-formulas/extract-with-mid': { verdict: 'ok', fingerprint: 'de0e449d642fb683' },
    'office-sheet-formulas/join-text-with-a-space': {
      verdict: 'ok',
      fingerprint: 'f297fa39f0849282',
    },
    'office-sheet-formulas/lookup-to-the-left': { verdict: 'ok', fingerprint: 'd3e36be09ab70d1b' },
    'office-sheet-formulas/mixed-references-in-a-grid': {
      verdict: 'ok',
      fingerprint: '7f849656c52091d3',
    },
    'office-sheet-formulas/nested-if-order': { verdict: 'ok', fingerprint: '2fe4223d9f1292a4' },
    'office-sheet-formulas/percentage-change': { verdict: 'ok', fingerprint: '968a2a0aa76dbb29' },
    'office-sheet-formulas/round-up-to-quarter-hours': {
      verdict: 'ok',
      fingerprint: '6e4f38bb1e7471c5',
    },
    'office-sheet-formulas/running-total': { verdict: 'ok', fingerprint: '830334731155c304' },
    'office-sheet-formulas/share-of-a-total': { verdict: 'ok', fingerprint: 'c576514f2228d33e' },
    'office-sheet-formulas/sheet-name-with-spaces': {
      verdict: 'ok',
      fingerprint: 'bfe6f06bc6408918',
    },
    'office-sheet-formulas/sum-by-criterion': { verdict: 'ok', fingerprint: '4d20b1b3f2e6ae90' },
    'office-sheet-formulas/what-a-copied-formula-becomes': {
      verdict: 'ok',
      fingerprint: '7b9c88c3ca58c4ab',
    },
    'office-sheet-tools/above-average-rule': { verdict: 'ok', fingerprint: 'f9e015d16538d87b' },
    'office-sheet-tools/chart-for-a-trend': { verdict: 'ok', fingerprint: '886f3c58d7d3f23f' },
    'office-sheet-tools/copied-rule-anchor': { verdict: 'ok', fingerprint: '43f882f2618b15d9' },
    'office-sheet-tools/dates-are-numbers': { verdict: 'ok', fingerprint: '37666592e6ffbc14' },
    'office-sheet-tools/displayed-versus-stored-value': {
      verdict: 'ok',
      fingerprint: '95f803f6de86145a',
    },
    'office-sheet-tools/freeze-header-and-first-column': {
      verdict: 'ok',
      fingerprint: '5578881a334aecd1',
    },
    'office-sheet-tools/highlight-whole-row-rule': {
      verdict: 'ok',
      fingerprint: '7dc770239eec2811',
    },
    'office-sheet-tools/leading-zeros-on-import': {
      verdict: 'ok',
      fingerprint: '8953cf746faa6b26',
    },
    'office-sheet-tools/numbers-stored-as-text': { verdict: 'ok', fingerprint: '3b07d32392e986c2' },
    'office-sheet-tools/pivot-refresh': {
      verdict: 'ok',
      fingerprint: '727e9b643b01236d',
      note: 'ok; stem now says Excel (Google Sheets pivots refresh on their own)',
    },
    'office-sheet-tools/pivot-source-grows': {
      verdict: 'ok',
      fingerprint: '69ef21b332799b48',
      note: "ok; stem now says Excel (the key is Excel's table-as-source)",
    },
    'office-sheet-tools/pivot-sum-by-two-fields': {
      verdict: 'ok',
      fingerprint: '0c9d7d9c70d96619',
    },
    'office-sheet-tools/protect-formulas-allow-inputs': {
      verdict: 'ok',
      fingerprint: '82de55c3da5f2485',
    },
    'office-sheet-tools/remove-duplicates-by-key': {
      verdict: 'ok',
      fingerprint: '4911246a5570253b',
    },
    'office-sheet-tools/share-for-comments-only': {
      verdict: 'ok',
      fingerprint: 'fc30733a48caf782',
    },
    'office-sheet-tools/sort-whole-table': { verdict: 'ok', fingerprint: '385e051d579494be' },
    'office-sheet-tools/split-text-into-columns': {
      verdict: 'ok',
      fingerprint: 'ecf1b002092d11bb',
    },
    'office-sheet-tools/structured-table-reference': {
      verdict: 'ok',
      fingerprint: '72df44a70df03b9c',
    },
    'office-sheet-tools/validation-list-source': {
      verdict: 'ok',
      fingerprint: '91e897613d6cbe0b',
      note: 'distractor-acceptable on review (a relative list source works in Google Sheets); stem now says Excel, then ok',
    },
    'office-sheet-tools/validation-whole-number-range': {
      verdict: 'ok',
      fingerprint: 'b27a57fbd5b8bd12',
      note: "ok; stem now says Excel (the options are Excel's rule names)",
    },
  },
}
