import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `proofreading` test: 90 submitted, 91 after the
 * review (none deleted: no two families ask the same question; one proof-marks family added).
 * Keys were checked by drawing variants of each family and reading them as a copy-editor would,
 * and by the key test, which rejudges every draw independently: spelling by the Hunspell en_US
 * and en_GB dictionaries, line-end breaks by the en-US hyphenation patterns, both style sheets
 * by patterns of their own, Chicago's marks and the underline conventions by tables of their own,
 * corrections by applying them to the proof, and page make-up by recomputing pages. Fixed in
 * place (13, and the stem of every spelling family): the American and British stems named a
 * dictionary that lists equal variants (catalogue, travelled, grey; ageing), so they now take the
 * first-listed form; one wrong mistake name (bureaucracy); one house rule that other rules of the
 * same sheet contradicted (figures with units and per cent); eight passages with a second error
 * besides the one tested ("a 8", "a 18", a capital after a lead-in, an unhyphenated compound
 * modifier); the right entries of the recto family, whose one
 * mistake name did not say why each would be marked. Added (1): querying a slip in the copy
 * (a date's weekday), its keys recomputed from the calendar in the key test. Cue rates over the
 * test's families stay within bounds (no family over 0.5 on any rule).
 */
export const PROOFREADING_REVIEW: TestFamilyReview = {
  testId: 'proofreading',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'proof-spelling/doubled-consonants': {
      verdict: 'ok',
      fingerprint: '1d90b343be72bb63',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/i-before-e': {
      verdict: 'ok',
      fingerprint: '1b9e4644b128a927',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/ant-or-ent-endings': {
      verdict: 'ok',
      fingerprint: '3e4ed3ccbc387f80',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/able-or-ible-endings': {
      verdict: 'ok',
      fingerprint: '12cf557f1f4add26',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/silent-e-before-suffixes': {
      verdict: 'ok',
      fingerprint: '86f4cce18f565567',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/unstressed-vowels': {
      verdict: 'ok',
      fingerprint: '0db8b753c2706383',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/dropped-or-added-letters': {
      verdict: 'ok',
      fingerprint: '538947d295427474',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/cede-ceed-sede': {
      verdict: 'ok',
      fingerprint: '183ae96b25f7ff3d',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/ally-adverbs': {
      verdict: 'ok',
      fingerprint: 'f59098b32de69e09',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/closed-and-open-compounds': {
      verdict: 'ok',
      fingerprint: 'c4bb958807ae86e4',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/american-not-british-forms': {
      verdict: 'ok',
      fingerprint: 'd500f92dd02960ef',
      note: 'Stem now takes Merriam-Webster’s first-listed form: catalogue, travelled and grey are variants M-W also lists, so “as in Merriam-Webster” alone did not make them errors; keys checked against the Hunspell en_US dictionary.',
    },
    'proof-spelling/british-ise-not-american-forms': {
      verdict: 'ok',
      fingerprint: 'c887ab0e9e5b8e9b',
      note: 'Stem now says -ise where a word may take either, otherwise Collins’s first-listed form (ageing, capsize); keys checked against the Hunspell en_GB -ise dictionary.',
    },
    'proof-spelling/y-to-i-before-suffixes': {
      verdict: 'ok',
      fingerprint: 'eba188b4de0b40f4',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/doubling-a-final-consonant': {
      verdict: 'ok',
      fingerprint: '85f640e5263ba71d',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/silent-letters': {
      verdict: 'ok',
      fingerprint: 'a5292eb2348e44c5',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/sc-for-the-s-sound': {
      verdict: 'ok',
      fingerprint: 'a3641b2d9416e364',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/ary-and-ery-endings': {
      verdict: 'ok',
      fingerprint: 'a3409d10ba5dca66',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/ous-endings': {
      verdict: 'ok',
      fingerprint: '2b1386b3b250c6e9',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/tion-sion-cian-endings': {
      verdict: 'ok',
      fingerprint: 'e0929331a8663c29',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/words-with-cq': {
      verdict: 'ok',
      fingerprint: '16ef0e9062bd3b9b',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/loanwords-from-french': {
      verdict: 'ok',
      fingerprint: '95dd2cfd45f60d12',
      note: 'Mistake for “beaurocracy” renamed (it spells bureau- as beau-; the old name had it backwards); keys checked against the Hunspell en_US dictionary.',
    },
    'proof-spelling/number-words': {
      verdict: 'ok',
      fingerprint: '82618c501ae28157',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/plurals-of-consonant-y': {
      verdict: 'ok',
      fingerprint: '01c74a76d724bea9',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/plurals-of-f-and-o': {
      verdict: 'ok',
      fingerprint: 'f0dd96a21e554564',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/ful-suffix': {
      verdict: 'ok',
      fingerprint: 'e706af6da59388de',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/nn-before-ness': {
      verdict: 'ok',
      fingerprint: '8aa55696ceb69508',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/prefix-meets-root': {
      verdict: 'ok',
      fingerprint: '9d7aaca51f68c046',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/verbs-ending-in-ie-ee-oe': {
      verdict: 'ok',
      fingerprint: 'ae5cc8f8dc3c42c4',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/american-single-l': {
      verdict: 'ok',
      fingerprint: 'c38e2d937c3054cb',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-spelling/british-double-l': {
      verdict: 'ok',
      fingerprint: '5d115557e68c1af7',
      note: 'Key and distractors checked against the Hunspell dictionary of the stem’s variety (key test) and the stated house style.',
    },
    'proof-house-style/numbers-in-words-below-ten': {
      verdict: 'ok',
      fingerprint: 'f85c311aac1e0a6a',
      note: 'Rule now exempts units, money, per cent, dates and times, which other rules of the same sheet set in figures (“6 per cent”, “a 5 km load” were otherwise breaches too); keys read again by the key test’s rule patterns.',
    },
    'proof-house-style/per-cent-in-words': {
      verdict: 'ok',
      fingerprint: '36832e9de3875caf',
      note: '“an 8 per cent rise” (was “a 8”): the article now follows the figure as read aloud; keys read again by the key test’s rule patterns.',
    },
    'proof-house-style/day-month-year-dates': {
      verdict: 'ok',
      fingerprint: 'e50d97533776d185',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/oxford-ize-spelling': {
      verdict: 'ok',
      fingerprint: '9f7b36c2638e0128',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/no-serial-comma': {
      verdict: 'ok',
      fingerprint: 'aa719187f2202cae',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/single-quotation-marks': {
      verdict: 'ok',
      fingerprint: '063579ae51116a52',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/spaced-en-rule-dashes': {
      verdict: 'ok',
      fingerprint: 'f3810b83c6310f99',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/initialisms-without-points': {
      verdict: 'ok',
      fingerprint: '843a44aef508f62d',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/word-list-closed-forms': {
      verdict: 'ok',
      fingerprint: '6f5fa1a07be8c6c0',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/lower-case-job-titles': {
      verdict: 'ok',
      fingerprint: '7aaac91822fafe3f',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/times-with-full-point': {
      verdict: 'ok',
      fingerprint: 'bf4b7aac7f3bbf6b',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/centuries-in-words': {
      verdict: 'ok',
      fingerprint: 'f326d8d7c90b5bcb',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/money-with-million-in-full': {
      verdict: 'ok',
      fingerprint: 'c38a101c734e73ba',
      note: '“an £8 million”, “an 18 million pound” (was “a”); keys read again by the key test’s rule patterns.',
    },
    'proof-house-style/and-not-ampersand': {
      verdict: 'ok',
      fingerprint: 'f2fe9c4df0477222',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/eg-and-ie-without-points': {
      verdict: 'ok',
      fingerprint: 'aa61f562c4fc0c79',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/units-spaced-after-figures': {
      verdict: 'ok',
      fingerprint: '65abe88dd2c659e7',
      note: '“an 8 km load” (was “a 8”), so no passage carries a second error; keys read again by the key test’s rule patterns.',
    },
    'proof-house-style/possessive-of-names-in-s': {
      verdict: 'ok',
      fingerprint: 'daa9168fee1794b7',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/decades-without-apostrophe': {
      verdict: 'ok',
      fingerprint: '58a6d57c57e91b09',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/lower-case-compass-points': {
      verdict: 'ok',
      fingerprint: 'd77294618cb232a6',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/from-with-to-not-a-rule': {
      verdict: 'ok',
      fingerprint: '86f9ecfa53900913',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/no-point-after-contractions': {
      verdict: 'ok',
      fingerprint: 'fa5338bcde6a7474',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/comma-in-thousands': {
      verdict: 'ok',
      fingerprint: '963dfacd71772751',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/logical-punctuation-with-quotes': {
      verdict: 'ok',
      fingerprint: '4d28d1c35a91b8ba',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-house-style/headings-in-sentence-case': {
      verdict: 'ok',
      fingerprint: '4fb77bf33c81dc1d',
      note: 'Key is the one passage the key test’s rule patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/curly-quotation-marks': {
      verdict: 'ok',
      fingerprint: '5e26a13ee92ab3e2',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/apostrophe-for-elision': {
      verdict: 'ok',
      fingerprint: '8ceffe202a14cc1a',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/spaced-period-ellipsis': {
      verdict: 'ok',
      fingerprint: 'd522775da4f6dd6d',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/multiplication-sign': {
      verdict: 'ok',
      fingerprint: 'f3878a990acbf1b1',
      note: '“an 18 × 50 cm print” (was “a 18”); keys read again by the key test’s patterns.',
    },
    'proof-typography/primes-for-feet-and-inches': {
      verdict: 'ok',
      fingerprint: '2a2670559a7c27fb',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/space-before-degree-celsius': {
      verdict: 'ok',
      fingerprint: 'ea05ddf993c95626',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/closed-em-dashes': {
      verdict: 'ok',
      fingerprint: '27e4842f7b12733c',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/en-dash-in-ranges': {
      verdict: 'ok',
      fingerprint: '57b09fdf2112f49f',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/en-dash-with-open-compounds': {
      verdict: 'ok',
      fingerprint: '41511129377facd5',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/periods-inside-quotation-marks': {
      verdict: 'ok',
      fingerprint: '91179bc0f0b35560',
      note: 'Passage now starts in lower case: after a lead-in (“in the new proofs, The box …”) the capital was a second error a proofreader would mark; keys read again by the key test’s patterns.',
    },
    'proof-typography/single-marks-inside-double': {
      verdict: 'ok',
      fingerprint: '6e3ad7d4508f9018',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/en-dash-in-scores-and-votes': {
      verdict: 'ok',
      fingerprint: '8695966a799f4cfc',
      note: '“an 8–3 vote” (was “a 8”); keys read again by the key test’s patterns.',
    },
    'proof-typography/apostrophe-not-prime': {
      verdict: 'ok',
      fingerprint: '6742bc110f3a9674',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/copyright-sign': {
      verdict: 'ok',
      fingerprint: '540e7298a9096d6f',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/plus-minus-sign': {
      verdict: 'ok',
      fingerprint: 'da8c1a3cc0691f43',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/degree-sign-on-angles': {
      verdict: 'ok',
      fingerprint: 'c3543f4319f07bcd',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/closed-up-slash': {
      verdict: 'ok',
      fingerprint: '54425b7956071b13',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/fraction-glyphs': {
      verdict: 'ok',
      fingerprint: 'fa6de3a8dc8b363a',
      note: '“a margin of ¾ inch” (was “a ¾ inch margin”, whose missing hyphen in the compound modifier was a second error); keys read again by the key test’s patterns.',
    },
    'proof-typography/trademark-sign': {
      verdict: 'ok',
      fingerprint: '29af2a5e6a84923e',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/section-sign-spaced': {
      verdict: 'ok',
      fingerprint: '8b690afb14432f45',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/opening-quotation-marks-face-the-word': {
      verdict: 'ok',
      fingerprint: 'b8515c22c3ef930d',
      note: 'Key is the one passage the key test’s patterns set apart; lead-ins checked for second errors.',
    },
    'proof-typography/percent-sign-closed-up': {
      verdict: 'ok',
      fingerprint: 'e5c7187485dd9e44',
      note: '“an 8%”, “an 11%”, “an 18%” (was “a”); keys read again by the key test’s patterns.',
    },
    'proof-marks/chicago-margin-mark-meaning': {
      verdict: 'ok',
      fingerprint: 'df0c2b58798d3cff',
      note: 'Keys from Chicago’s list of marks, read again by the key test’s own table.',
    },
    'proof-marks/chicago-mark-for-an-instruction': {
      verdict: 'ok',
      fingerprint: '534ce8ae2df24a0d',
      note: 'Keys from Chicago’s list of marks, read again by the key test’s own table.',
    },
    'proof-marks/underline-marks-in-text': {
      verdict: 'ok',
      fingerprint: '9b36b488c77570c1',
      note: 'Single, double, triple and wavy underlines and stet dots agree in BS 5261 and Chicago; variant space is the mark and a word only, accepted as the concept is one table; keys from the key test’s own table.',
    },
    'proof-marks/correction-against-copy': {
      verdict: 'ok',
      fingerprint: '7080794e34e3ac59',
      note: 'Key applied to the proof reproduces the copy and no distractor does (key test).',
    },
    'proof-marks/query-a-slip-in-the-copy': {
      verdict: 'ok',
      fingerprint: '17ab18836fe1ca74',
      note: 'Added in review: a weekday the copy’s date does not fall on, the proof following copy; the key queries the author (the change is an AA only the author can decide), distractors correct it as a PE, send it to the typesetter, or pass it. Key test recomputes the weekday from the calendar.',
    },
    'proof-marks/printers-error-or-authors-alteration': {
      verdict: 'ok',
      fingerprint: 'b3cc12434b282786',
      note: 'PE/AA by whether the proof departs from copy, recomputed by the key test.',
    },
    'proof-layout/doubled-word-across-a-line-break': {
      verdict: 'ok',
      fingerprint: '234c9c5bab48474c',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
    'proof-layout/widow-or-orphan': {
      verdict: 'ok',
      fingerprint: '980b74d7b369fc34',
      note: 'Chicago 17 terms (orphan: a paragraph’s first line alone at the foot; widow: its last line alone at the top); varies only the wording and page numbers, accepted as one concept; keys by the key test’s reading.',
    },
    'proof-layout/cross-reference-page-numbers': {
      verdict: 'ok',
      fingerprint: '0c8d1acd6190d9f0',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
    'proof-layout/running-heads-verso-and-recto': {
      verdict: 'ok',
      fingerprint: 'd365c0986281e21c',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
    'proof-layout/chapters-open-on-a-recto': {
      verdict: 'ok',
      fingerprint: '98b952f58daa13f0',
      note: 'Distractor mistakes were one name for every right entry, which did not say why it would be marked; now each names the sum without blank versos it fails, or the misjudged verso; openings recomputed by the key test.',
    },
    'proof-layout/line-end-word-breaks': {
      verdict: 'ok',
      fingerprint: '1740ab819da1ba84',
      note: 'Breaks checked against the en-US hyphenation patterns in the key test and Merriam-Webster syllables (in·ter·est·ing, pub·li·ca·tion).',
    },
    'proof-layout/ladders-of-hyphenated-line-ends': {
      verdict: 'ok',
      fingerprint: 'f173c0408baa4e31',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
    'proof-layout/folios-recto-and-verso': {
      verdict: 'ok',
      fingerprint: '4086bf2e19f7876a',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
    'proof-layout/short-fragments-at-line-ends': {
      verdict: 'ok',
      fingerprint: '22df78e60f4c3f76',
      note: 'Key recomputed by the key test from the pages or Chicago’s terms.',
    },
  },
}
