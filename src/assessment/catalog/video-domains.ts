import type { ModelDomain } from './model-domains.js'

/** The video editing test's domains, each served by one scenario model of its own families. */
export const VIDEO_DOMAINS = {
  vidTimecode: {
    id: 'vid-timecode',
    title: 'Timecode and frame rates',
    itemModelIds: ['vid-timecode'],
    outcome:
      'Convert between timecode and frame counts in non-drop and drop-frame, and work durations, rate conversions, retiming and pulldown',
  },
  vidEdit: {
    id: 'vid-edit',
    title: 'Editing and timeline operations',
    itemModelIds: ['vid-edit'],
    outcome:
      'State what ripple, roll, slip, slide, insert, overwrite, three-point and split edits do to durations, marks and positions',
  },
  vidDelivery: {
    id: 'vid-delivery',
    title: 'Delivery specs and frame geometry',
    itemModelIds: ['vid-delivery'],
    outcome:
      'Work file sizes and bit-rate budgets, letterbox, pillarbox, crop and scale figures, safe areas and pixel aspect for a delivery spec',
  },
  vidAudio: {
    id: 'vid-audio',
    title: 'Audio for video',
    itemModelIds: ['vid-audio'],
    outcome:
      'Apply decibel arithmetic and stated loudness targets, and work PCM data rates and audio sync offsets in frames, samples and milliseconds',
  },
  vidLogistics: {
    id: 'vid-logistics',
    title: 'Project logistics and subtitle timing',
    itemModelIds: ['vid-logistics'],
    outcome:
      'Plan storage, offload, render and upload times, bill sessions by the stated rules and time subtitles by a stated reading speed',
  },
} as const satisfies Record<string, ModelDomain>
