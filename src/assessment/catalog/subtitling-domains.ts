import type { ModelDomain } from './model-domains.js'

/** The subtitling test's domains, each served by one scenario model of its own families. */
export const SUBTITLING_DOMAINS = {
  subTiming: {
    id: 'subtitling-timing',
    title: 'Timecode, durations, gaps and shot changes',
    itemModelIds: ['subtitling-timing'],
    outcome:
      'Convert between timecode frames and milliseconds at 23.976, 24, 25 and 29.97 fps, read and write drop-frame labels, and apply stated minimum durations, gaps and shot-change rules',
  },
  subFormats: {
    id: 'subtitling-formats',
    title: 'SRT, WebVTT and TTML files',
    itemModelIds: ['subtitling-formats'],
    outcome:
      'Write valid SubRip and WebVTT timing lines, signatures, cue settings, voice and timestamp tags, escapes, NOTE and STYLE blocks, read TTML time expressions, and convert between the formats',
  },
  subReading: {
    id: 'subtitling-reading',
    title: 'Reading speed and character limits',
    itemModelIds: ['subtitling-reading'],
    outcome:
      'Count characters per second the way a stated guide counts them, and find the shortest duration a text needs, the most characters a duration allows and the cue that breaks the limit',
  },
  subSegmentation: {
    id: 'subtitling-segmentation',
    title: 'Line breaks and condensation',
    itemModelIds: ['subtitling-segmentation'],
    outcome:
      'Break two-line subtitles between grammatical units in a bottom-heavy shape within the line limit, and choose the condensed subtitle that keeps the meaning within a character budget',
  },
  subSdh: {
    id: 'subtitling-sdh',
    title: 'SDH, caption kinds and FCC caption quality',
    itemModelIds: ['subtitling-sdh'],
    outcome:
      'Tell pop-on, roll-up and paint-on captions, open and closed captions, SDH, forced narratives and audio description apart, and name the FCC caption quality standard a failure breaches',
  },
  subQc: {
    id: 'subtitling-qc',
    title: 'Quality control and delivery',
    itemModelIds: ['subtitling-qc'],
    outcome:
      'Find overlapping cues and cues over a stated maximum duration, diagnose drift, scope a forced narrative file, and use the workflow terms of a vendor’s brief',
  },
} as const satisfies Record<string, ModelDomain>
