import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `subtitling` test (Subtitling and captioning),
 * read as a subtitler and captioner with the W3C WebVTT specification (§4 syntax: signature,
 * timestamps, cue identifiers, cue settings, NOTE and STYLE blocks, escapes), the SubRip block
 * layout, TTML2 time expressions, SMPTE ST 12-1 drop-frame counting, the Netflix Timed Text Style
 * Guide (reading speed counted over every character, 5/6 s minimum, 7 s maximum, line treatment,
 * forced narratives) and FCC 47 CFR §79.1(j)(2) (accuracy, synchronicity, completeness,
 * placement; confirmed against the published rule text) at hand: 92 submitted, 92 kept, none
 * deleted, 5 added by the review (97 in all). Each family was drawn and read (stem, key, every
 * distractor and its named mistake); every worked answer is computed again by the key test's
 * second implementation (timecode by walking labels, counts by grapheme segmentation, frames by
 * stepping), every line break by its own line-treatment checker and every condensation for budget
 * and negation.
 *
 * Added (5, so that the pool holds 97 families and reading speed and line breaks/condensation hold
 * 10 and 11): reading speed from a duration in 24 fps frames, the characters to cut to meet a
 * limit, and reading speed off an SRT timing line (each with its own twin in the key test);
 * condensing questions and requests, and dropping forms of address (each checked for budget and
 * negation). Fixed in place (7). Cues (5): the two reading-speed families whose key was always a
 * middle value got named slips on both sides; the simpler-wording condensation, the SRT block
 * order and the WebVTT comment block got varied wordings and new named mistakes. Wording (1): the
 * drop-frame-to-clock item asked for a WebVTT time in SubRip's comma format; it now asks for an
 * SRT time. Assumption (1): the forced-narrative item's key rested on the vendor rule that an
 * English file does not transcribe English on-screen text; the stem now states the brief's rule,
 * so the key follows from it. Sources: no BBC, DCMP or EBU Tech 3264 section number is cited
 * (documents are named, not sections); WebVTT §4 and TTML2 §10.3.1 are the specs' own numbering.
 * The key test now asks for at least 95 families; its tests run in under 2 s (the rest of its
 * time is module loading).
 *
 * Cue rates after the review (300 draws a family): no family over 0.50 on any rule (worst 0.50 on
 * the most similar option for the WebVTT voice span and the 25 fps event duration, and 0.50 on the
 * middle value for drop-frame label to frame count, all untouched by the review; the fixed
 * families are at or under 0.47); every rule's mean is at most 0.26.
 */
export const SUBTITLING_REVIEW: TestFamilyReview = {
  testId: 'subtitling',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'subtitling-timing/frames-to-srt-time-at-25-fps': {
      verdict: 'ok',
      fingerprint: 'a1c2d8b6585f4689',
    },
    'subtitling-timing/frames-to-vtt-time-at-24-fps': {
      verdict: 'ok',
      fingerprint: 'fa1c0b5e0b7a9c36',
    },
    'subtitling-timing/srt-time-to-nearest-frame-at-25-fps': {
      verdict: 'ok',
      fingerprint: '66731d153384b09d',
    },
    'subtitling-timing/latest-out-time-before-a-two-frame-gap': {
      verdict: 'ok',
      fingerprint: '24b9097d7da1fa03',
    },
    'subtitling-timing/event-duration-between-timecodes-at-25-fps': {
      verdict: 'ok',
      fingerprint: '049819951ba9e58f',
    },
    'subtitling-timing/minimum-duration-in-frames': {
      verdict: 'ok',
      fingerprint: '892864bc5ce837eb',
    },
    'subtitling-timing/ndf-23976-label-to-clock-time': {
      verdict: 'ok',
      fingerprint: 'a57474ecdbb601a1',
    },
    'subtitling-timing/ndf-2997-label-to-clock-time': {
      verdict: 'ok',
      fingerprint: '23d282a0dc83ae87',
    },
    'subtitling-timing/pal-speed-up-retime': {
      verdict: 'ok',
      fingerprint: '97709245e8aa6f4b',
    },
    'subtitling-timing/global-offset-direction': {
      verdict: 'ok',
      fingerprint: '58dc3fa8294352eb',
    },
    'subtitling-timing/drop-frame-label-of-a-frame-count': {
      verdict: 'ok',
      fingerprint: '2884d812ca0c8836',
    },
    'subtitling-timing/drop-frame-label-to-frame-count': {
      verdict: 'ok',
      fingerprint: '73f0429b3f246d14',
    },
    'subtitling-timing/drop-frame-label-after-a-minute-boundary': {
      verdict: 'ok',
      fingerprint: 'b103315805cf7ac4',
    },
    'subtitling-timing/snap-in-time-to-a-shot-change': {
      verdict: 'ok',
      fingerprint: 'ee66ddd213510ce5',
    },
    'subtitling-timing/snap-out-time-before-a-shot-change': {
      verdict: 'ok',
      fingerprint: '098933273d5b9f7f',
    },
    'subtitling-timing/drop-frame-label-that-cannot-occur': {
      verdict: 'ok',
      fingerprint: 'a08531fc66fc1b8e',
    },
    'subtitling-timing/ndf-23976-timecode-to-srt-time': {
      verdict: 'ok',
      fingerprint: '1884eaf0fad0f4ff',
    },
    'subtitling-timing/out-time-from-a-duration-at-25-fps': {
      verdict: 'ok',
      fingerprint: 'ea71369930dcb82b',
    },
    'subtitling-timing/drop-frame-label-to-clock-time': {
      verdict: 'ok',
      fingerprint: '28ac6f1c803d00cf',
      note: 'stem asked for a WebVTT time but showed the SubRip comma format; now asks for an SRT time',
    },
    'subtitling-timing/minimum-gap-in-milliseconds': {
      verdict: 'ok',
      fingerprint: '35ffc1fd4a580094',
    },
    'subtitling-reading/cps-counting-spaces-and-punctuation': {
      verdict: 'ok',
      fingerprint: '7851ababea86d554',
      note: 'key rechecked by grapheme count; two named slips added below the key (letters and digits only; duration rounded up to a whole second) so the key is no longer always a middle value (was 0.52)',
    },
    'subtitling-reading/cps-counting-without-spaces': {
      verdict: 'ok',
      fingerprint: 'b0d416487e817b0b',
    },
    'subtitling-reading/shortest-duration-for-a-reading-speed': {
      verdict: 'ok',
      fingerprint: 'f4b0e4497b681c2b',
      note: 'fewest whole frames by stepping in the key test; named slips added on both sides (seconds converted at 24 fps; time rounded up to a whole second first) so the key is no longer always a middle value (was 0.52)',
    },
    'subtitling-reading/most-characters-a-duration-allows': {
      verdict: 'ok',
      fingerprint: '7afe1713e33f383a',
    },
    'subtitling-reading/which-cue-breaks-the-reading-speed': {
      verdict: 'ok',
      fingerprint: '886d018d9b027b9d',
    },
    'subtitling-reading/cps-over-timecodes-at-25-fps': {
      verdict: 'ok',
      fingerprint: '10a8bd5bc33d13be',
    },
    'subtitling-reading/frames-to-add-for-a-reading-speed': {
      verdict: 'ok',
      fingerprint: '8dc8fc37ce3b232f',
    },
    'subtitling-reading/cps-from-a-duration-in-frames-at-24-fps': {
      verdict: 'ok',
      fingerprint: 'bbabb1bb98cd01b4',
      note: 'added by the review: duration in frames at 24 fps; slips at 25 and 30 fps, spaces left out, only the longer line, frames read as hundredths; worked again in the key test',
    },
    'subtitling-reading/characters-to-cut-for-a-reading-speed': {
      verdict: 'ok',
      fingerprint: 'fe0d1a7620747191',
      note: 'added by the review: slot drawn as a whole number of 25 fps frames whose budget is exact; slips: budget given instead of the cut, whole or rounded seconds, spaces left out, only the longer line (only positive cuts offered); worked again in the key test',
    },
    'subtitling-reading/cps-from-an-srt-timing-line': {
      verdict: 'ok',
      fingerprint: 'f9d05d9bc094da66',
      note: 'added by the review: reading speed off a SubRip timing line; slips: seconds fields subtracted without the milliseconds, spaces left out, only the longer line, CR LF counted; worked again in the key test',
    },
    'subtitling-segmentation/keep-articles-and-adjectives-with-nouns': {
      verdict: 'ok',
      fingerprint: 'faeac9a2065c0160',
    },
    'subtitling-segmentation/keep-names-together': {
      verdict: 'ok',
      fingerprint: '41983eb1755f617a',
    },
    'subtitling-segmentation/keep-prepositional-phrases-whole': {
      verdict: 'ok',
      fingerprint: '95ccb232fa3f0321',
    },
    'subtitling-segmentation/keep-verb-parts-together': {
      verdict: 'ok',
      fingerprint: '13453b43b2cbbc11',
    },
    'subtitling-segmentation/break-before-conjunctions-and-clauses': {
      verdict: 'ok',
      fingerprint: 'f08827cff5b7c7c0',
    },
    'subtitling-segmentation/keep-pronouns-with-their-verbs': {
      verdict: 'ok',
      fingerprint: '87d9aca6ab7c9258',
    },
    'subtitling-segmentation/condense-by-dropping-fillers-and-repetition': {
      verdict: 'ok',
      fingerprint: 'be410c37bba93f1f',
    },
    'subtitling-segmentation/condense-by-simpler-wording': {
      verdict: 'ok',
      fingerprint: '17e493ec1f6f23f7',
      note: 'distractors reworded so that no option is the key with one edit (most-similar cue was 0.53); each still makes one named mistake, and budget and negation are checked by the key test',
    },
    'subtitling-segmentation/condense-questions-and-requests': {
      verdict: 'ok',
      fingerprint: 'b78af9f0fc3c6367',
      note: 'added by the review: an indirect question and a request condensed; each distractor one named mistake (tense, speaker, added claim, over budget), budgets checked by the key test',
    },
    'subtitling-segmentation/condense-by-dropping-forms-of-address': {
      verdict: 'ok',
      fingerprint: '7cc1c0cbd108682c',
      note: 'added by the review: repeated names and titles of address dropped; distractors paraphrased so the key is not the most similar option (first draft 1.00), each one named mistake',
    },
    'subtitling-segmentation/condense-reported-speech-and-numbers': {
      verdict: 'ok',
      fingerprint: '65f9425c3214adc7',
    },
    'subtitling-formats/srt-timing-line': {
      verdict: 'ok',
      fingerprint: 'f1ad0299e6e89ae8',
    },
    'subtitling-formats/webvtt-timing-line': {
      verdict: 'ok',
      fingerprint: 'c88e624a193ba6e7',
    },
    'subtitling-formats/webvtt-file-signature': {
      verdict: 'ok',
      fingerprint: 'b386f75e7bf146ac',
    },
    'subtitling-formats/webvtt-voice-span-for-a-speaker': {
      verdict: 'ok',
      fingerprint: '0466fa949feac0c8',
    },
    'subtitling-formats/webvtt-escaping-a-less-than-sign': {
      verdict: 'ok',
      fingerprint: '9aa29c5a1e05825e',
    },
    'subtitling-formats/webvtt-cue-to-the-top': {
      verdict: 'ok',
      fingerprint: '2bd15c99cb40ca6d',
    },
    'subtitling-formats/webvtt-comment-block': {
      verdict: 'ok',
      fingerprint: '053ab314ed7beb62',
      note: 'NOTE block per W3C WebVTT (NOTE then a space, tab or line break); lower-case “note:” distractor replaced and CSS, ASS script, ASS brace and SQL/Lua comments added (longest-and-most-similar cue was 0.51)',
    },
    'subtitling-formats/webvtt-style-block': {
      verdict: 'ok',
      fingerprint: 'ee096f0e786589e0',
    },
    'subtitling-formats/ttml-clock-time-with-frames': {
      verdict: 'ok',
      fingerprint: '1cf91c50731ea72a',
    },
    'subtitling-formats/ttml-offset-time-metrics': {
      verdict: 'ok',
      fingerprint: 'f0cfdc4dccfac071',
    },
    'subtitling-formats/srt-to-webvtt-what-must-change': {
      verdict: 'ok',
      fingerprint: '543d9998668fa020',
    },
    'subtitling-formats/webvtt-cue-identifier-not-allowed': {
      verdict: 'ok',
      fingerprint: '51c5dce46dff3976',
    },
    'subtitling-formats/webvtt-style-for-a-class-span': {
      verdict: 'ok',
      fingerprint: '3e8fd628b7a5d4ec',
    },
    'subtitling-formats/webvtt-italics-for-a-voice-over': {
      verdict: 'ok',
      fingerprint: 'a19f20242542f57a',
    },
    'subtitling-formats/caption-file-media-type': {
      verdict: 'ok',
      fingerprint: 'd11851ffcc30c105',
    },
    'subtitling-formats/webvtt-blank-line-inside-a-cue': {
      verdict: 'ok',
      fingerprint: 'dbd62861d26b2120',
    },
    'subtitling-formats/srt-cue-block-order': {
      verdict: 'ok',
      fingerprint: 'a1c651fc17ad1c0c',
      note: 'every order now drawn in two or three wordings so no phrase is shared by all options (most-similar cue was 0.53)',
    },
    'subtitling-formats/format-name-cea-608': {
      verdict: 'ok',
      fingerprint: '68ff52da21545669',
    },
    'subtitling-formats/format-name-cea-708': {
      verdict: 'ok',
      fingerprint: 'cd168e58c03ccdf8',
    },
    'subtitling-formats/format-name-scc': {
      verdict: 'ok',
      fingerprint: 'd0e29c4058f338ac',
    },
    'subtitling-formats/format-name-ebu-stl': {
      verdict: 'ok',
      fingerprint: 'a405c1fc08a894fb',
    },
    'subtitling-formats/format-name-imsc': {
      verdict: 'ok',
      fingerprint: 'f3f5c97f25fb4add',
    },
    'subtitling-formats/format-name-webvtt': {
      verdict: 'ok',
      fingerprint: '04910b9112dbd6d3',
    },
    'subtitling-formats/format-name-subrip': {
      verdict: 'ok',
      fingerprint: '86606de893c713c8',
    },
    'subtitling-sdh/caption-kind-pop-on-captions': {
      verdict: 'ok',
      fingerprint: '89d6e6913a033dad',
    },
    'subtitling-sdh/caption-kind-roll-up-captions': {
      verdict: 'ok',
      fingerprint: 'a086e12a8d012b19',
    },
    'subtitling-sdh/caption-kind-paint-on-captions': {
      verdict: 'ok',
      fingerprint: '0df8d44b261a4616',
    },
    'subtitling-sdh/caption-kind-real-time-captions': {
      verdict: 'ok',
      fingerprint: 'f428ca86a0fd5c4f',
    },
    'subtitling-sdh/caption-kind-open-captions': {
      verdict: 'ok',
      fingerprint: '785848d148a6fefa',
    },
    'subtitling-sdh/caption-kind-closed-captions': {
      verdict: 'ok',
      fingerprint: '1e5db9f01ad012b9',
    },
    'subtitling-sdh/caption-kind-forced-narrative-subtitles': {
      verdict: 'ok',
      fingerprint: '2d732a311e3e796a',
    },
    'subtitling-sdh/caption-kind-subtitles-for-the-deaf-and-hard-of-hearing': {
      verdict: 'ok',
      fingerprint: '34ad4e5ca1d59e7b',
    },
    'subtitling-sdh/caption-kind-audio-description': {
      verdict: 'ok',
      fingerprint: '12e44f4a2e1e5db4',
    },
    'subtitling-sdh/fcc-accuracy': {
      verdict: 'ok',
      fingerprint: 'bf7812c1c573640e',
    },
    'subtitling-sdh/fcc-synchronicity': {
      verdict: 'ok',
      fingerprint: '66733d4870a234c3',
    },
    'subtitling-sdh/fcc-completeness': {
      verdict: 'ok',
      fingerprint: 'd9445749ac9b44e7',
    },
    'subtitling-sdh/fcc-placement': {
      verdict: 'ok',
      fingerprint: '85da005837146e20',
    },
    'subtitling-sdh/sdh-convention-speaker-identification': {
      verdict: 'ok',
      fingerprint: '0f7f20520288f066',
    },
    'subtitling-sdh/sdh-convention-sound-effect-description': {
      verdict: 'ok',
      fingerprint: 'c2f87c1bf30ac8ad',
    },
    'subtitling-sdh/sdh-convention-manner-of-speaking-tag': {
      verdict: 'ok',
      fingerprint: 'cb4a8175e286250a',
    },
    'subtitling-sdh/sdh-convention-lyrics-marker': {
      verdict: 'ok',
      fingerprint: '96c0d5876f58c98b',
    },
    'subtitling-sdh/sdh-convention-off-screen-italics': {
      verdict: 'ok',
      fingerprint: 'a44f64635cd5bc8b',
    },
    'subtitling-sdh/sdh-convention-dual-speaker-dashes': {
      verdict: 'ok',
      fingerprint: '80cfa2591dae4314',
    },
    'subtitling-qc/overlapping-cues': {
      verdict: 'ok',
      fingerprint: '0bffc4cd6aba2999',
    },
    'subtitling-qc/cue-over-the-maximum-duration': {
      verdict: 'ok',
      fingerprint: '40c95df816e185f5',
    },
    'subtitling-qc/cue-under-the-minimum-duration': {
      verdict: 'ok',
      fingerprint: '475edc69c42c6663',
    },
    'subtitling-qc/diagnose-progressive-drift': {
      verdict: 'ok',
      fingerprint: '4f3de15672364086',
    },
    'subtitling-qc/forced-narrative-scope': {
      verdict: 'ok',
      fingerprint: 'b627c0a0cc86c220',
      note: 'the stem now states the brief’s scope rule (translate only what an English-speaking viewer could not otherwise understand), so the key no longer rests on an unconfirmed reading of a vendor guide',
    },
    'subtitling-qc/workflow-spotting': {
      verdict: 'ok',
      fingerprint: '48e558a861749034',
    },
    'subtitling-qc/workflow-subtitle-template': {
      verdict: 'ok',
      fingerprint: '2393200a9c41cf9a',
    },
    'subtitling-qc/workflow-shot-change': {
      verdict: 'ok',
      fingerprint: 'f59bd4ff10880bab',
    },
    'subtitling-qc/workflow-reading-speed': {
      verdict: 'ok',
      fingerprint: '787cbbe99212bddb',
    },
    'subtitling-qc/workflow-conform': {
      verdict: 'ok',
      fingerprint: '5d133f74e83140af',
    },
    'subtitling-qc/workflow-pivot-translation': {
      verdict: 'ok',
      fingerprint: '07583b850f9c2787',
    },
    'subtitling-qc/workflow-dialogue-list': {
      verdict: 'ok',
      fingerprint: 'f1f59318ea5ef928',
    },
    'subtitling-qc/workflow-transcreation': {
      verdict: 'ok',
      fingerprint: '706f1c7e0435d1bc',
    },
  },
}
