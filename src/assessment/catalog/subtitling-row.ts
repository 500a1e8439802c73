import { type CatalogRow, row } from './catalog-row.js'

/** Subtitling and captioning as a freelance subtitler or captioner practises it. */
export const SUBTITLING_ROW: CatalogRow = row(
  'subtitling',
  'Subtitling and captioning',
  'Writing & Translation',
  4,
  20,
  [
    ['subTiming', 22],
    ['subFormats', 20],
    ['subReading', 16],
    ['subSegmentation', 14],
    ['subSdh', 14],
    ['subQc', 14],
  ],
  {
    jobTaskAnalysis:
      'A freelance subtitler or captioner spots, writes and delivers interlingual subtitles and ' +
      'same-language SDH or closed captions to a vendor’s or broadcaster’s style guide, in a ' +
      'subtitling editor, then checks and exports them in the format the platform takes. ' +
      'Timing (timecode at 23.976, 24, 25 and 29.97 fps, drop-frame and non-drop labels, ' +
      'frames to milliseconds, minimum duration and gap, shot-change rules as a stated guide ' +
      'gives them, PAL speed-up and offsets), the work every file begins with: 22 %. File ' +
      'formats (SubRip timing lines, WebVTT signature, timestamps, cue settings, voice and ' +
      'timestamp tags, escapes, NOTE and STYLE blocks, TTML time expressions, conversions ' +
      'between them), since a file a player rejects is a failed delivery: 20 %. Reading speed ' +
      '(characters per second counted as the stated guide counts them, the shortest duration a ' +
      'text needs, the characters a duration allows): 16 %. Line breaks and condensation (where ' +
      'a two-line subtitle breaks, keeping grammatical units together and the lower line ' +
      'longer; which condensed rendering keeps the meaning within a budget): 14 %. SDH and ' +
      'captioning (the kinds of captions and subtitles a client orders, the FCC caption quality ' +
      'standards): 14 %. Quality control and delivery (overlaps, maximum duration, drift, ' +
      'forced narratives, the workflow terms of a vendor’s brief): 14 %. Every guide figure an ' +
      'item depends on (a reading-speed limit, a minimum duration or gap, a line length, a ' +
      'shot-change window) is stated in it. Not tested: any one subtitling editor’s screens, ' +
      'translation quality in a given language pair, live respeaking and stenography, and ' +
      'CEA-608/708 byte encoding.',
  },
)
