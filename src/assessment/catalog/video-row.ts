import { type CatalogRow, row } from './catalog-row.js'

/** Video editing as a freelance editor works it for producers, agencies and channels. */
export const VIDEO_EDITING_ROW: CatalogRow = row(
  'video-editing',
  'Video editing',
  'Design & Creative',
  4,
  30,
  [
    ['vidTimecode', 20],
    ['vidEdit', 20],
    ['vidDelivery', 20],
    ['vidAudio', 20],
    ['vidLogistics', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance video editor cuts interviews, documentaries, adverts, weddings and online ' +
      'videos for producers, agencies and channels: they log and offload the footage, build and ' +
      'trim the timeline, sync and level the sound, and deliver files that meet the client’s or ' +
      'broadcaster’s spec, on time and billed. Timecode and frame rates: converting timecode to ' +
      'frame counts and back in non-drop and 29.97 and 59.94 drop-frame, durations between ' +
      'marks, real running time of a non-drop label, 23.976 to 25 speed-up, retiming and speed ' +
      'ramps, overcranked footage, 3:2 pulldown and film footage: 20 %. Editing and timeline ' +
      'operations: what ripple, roll, slip, slide, insert and overwrite edits do to durations and ' +
      'later positions, three-point edits and backtiming, fit to fill, J and L cuts, handles, cuts ' +
      'on the beat and mixed-rate clips, each answer a timecode or frame count: 20 %. Delivery ' +
      'specs and frame geometry: file size from bit rates, the bit rate a size limit allows, ' +
      'letterbox and pillarbox bars, vertical reframes, scale to fill, safe areas, anamorphic ' +
      'display aspect and pixel aspect, uncompressed data rates, bits per pixel and downscaled ' +
      'sizes: 20 %. Audio for video: decibel gain and amplitude, loudness targets under a ' +
      'true-peak ceiling, summed sources, pan law, PCM data rates and durations, sync offsets in ' +
      'frames, samples and milliseconds, and sample-rate mismatches: 20 %. Project logistics: ' +
      'storage for footage at a codec data rate, card time, offload, render and upload time, ' +
      'backup copies, drive capacity in binary units, billing by stated rounding rules, and ' +
      'subtitle timing by a stated reading speed and gap: 20 %. Every item states the convention, ' +
      'rate, unit and rounding its key depends on. Not tested: a particular NLE’s menus or ' +
      'shortcuts, colour grading and visual effects, storytelling and shot choice, codec ' +
      'internals beyond stated data rates, and any platform’s current limits beyond those an item ' +
      'states. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
