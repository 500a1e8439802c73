import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { classify, client } from './lss-text.js'

// Lean vocabulary a client uses: the eight wastes, TIMWOODS (Ohno's seven, Toyota Production
// System, 1988, plus unused skills as in Liker, The Toyota Way, 2004), the 5S steps (Hirano,
// 5 Pillars of the Visual Workplace, 1995) and named Toyota practices (Ohno; Liker).

const WASTES = classify(
  'waste',
  {
    Transport: {
      names: ['Transport', 'Transportation', 'Transport (moving material)'],
      gloss: 'moves materials or information between places',
      cases: [
        'parts are carried by forklift to another building for painting and back again for assembly',
        'files are couriered between two offices for each approval step',
      ],
    },
    Inventory: {
      names: ['Inventory', 'Excess inventory', 'Inventory (stock beyond need)'],
      gloss: 'holds more material or work than the next step needs',
      cases: [
        'eight weeks of purchased components are stacked in the aisles, more than the build plan needs',
        'racks of half-finished frames queue between welding and painting',
      ],
      alsoRight: ['Overproduction'],
    },
    Motion: {
      names: ['Motion', 'Unnecessary motion', 'Motion (people moving)'],
      gloss: 'is people moving, reaching or walking more than the work needs',
      cases: [
        'the operator walks to a cupboard across the room for a screwdriver at every unit',
        'pickers bend to floor level and stretch to the top shelf for the fastest-moving items',
      ],
    },
    Waiting: {
      names: ['Waiting', 'Waiting (idle time)', 'Waiting for the next step'],
      gloss: 'is people or work idle until something arrives',
      cases: [
        'operators stand idle for twenty minutes each morning until the materials arrive',
        'the nurse has nothing to do until the doctor signs the discharge form',
      ],
    },
    Overproduction: {
      names: ['Overproduction', 'Overproducing', 'Overproduction (ahead of demand)'],
      gloss: 'makes more, or sooner, than the customer needs',
      cases: [
        'the moulding machine runs 500 housings for an order of 300 to keep it busy',
        'the print room prints next month’s brochures this week because the press is free',
      ],
      alsoRight: ['Inventory'],
    },
    Overprocessing: {
      names: ['Overprocessing', 'Extra processing', 'Over-processing (more than needed)'],
      gloss: 'does more to the product than the customer values',
      cases: [
        'hidden inner surfaces are polished to a mirror finish no customer sees or asks for',
        'every invoice is keyed into two systems and printed for a signature nobody checks',
      ],
    },
    Defects: {
      names: ['Defects', 'Defects (rework and scrap)', 'Defects and rework'],
      gloss: 'makes errors that need rework or scrap',
      cases: [
        'a third of shipped cartons come back relabelled because the address labels were wrong',
        'claims are returned to the clerk for correction after the audit finds missing fields',
      ],
    },
    Skills: {
      names: ['Skills (unused talent)', 'Unused talent', 'Non-utilised skills'],
      gloss: 'leaves people’s knowledge and ideas unused',
      cases: [
        'experienced operators are never asked for improvement ideas and their suggestions box is empty',
        'a qualified engineer spends her days on photocopying and filing',
      ],
    },
  },
  (rng, c) =>
    `On a gemba walk at ${client(rng)}, a Green Belt notes that ${c}. Which of the eight wastes (TIMWOODS) is this chiefly?`,
)

const FIVE_S = classify(
  'five-s',
  {
    Sort: {
      names: ['Sort (seiri)', 'Sort', 'Seiri (sort)'],
      gloss: 'removes what is not needed',
      cases: [
        'red-tagging every item not used in the last month and moving it to a holding area',
        'clearing out broken fixtures and obsolete forms from the workstation',
      ],
    },
    'Set in order': {
      names: ['Set in order (seiton)', 'Set in order', 'Seiton (set in order)'],
      gloss: 'gives everything needed a marked place',
      cases: [
        'painting a shadow board so each tool hangs at the point of use in its outline',
        'labelling floor locations for each trolley and bin by how often they are used',
      ],
    },
    Shine: {
      names: ['Shine (seiso)', 'Shine', 'Seiso (shine)'],
      gloss: 'cleans and inspects while cleaning',
      cases: [
        'a ten-minute daily clean of the machine during which operators look for leaks and loose bolts',
        'wiping down the work area at the end of each shift and checking the equipment',
      ],
    },
    Standardize: {
      names: ['Standardize (seiketsu)', 'Standardize', 'Seiketsu (standardize)'],
      gloss: 'writes the first three into common standards',
      cases: [
        'writing one visual standard and cleaning checklist used in the same way in every cell',
        'making the colour codes and labels the same across all the departments',
      ],
    },
    Sustain: {
      names: ['Sustain (shitsuke)', 'Sustain', 'Shitsuke (sustain)'],
      gloss: 'makes keeping the standards a habit',
      cases: [
        'monthly 5S audits by the managers with scores posted and followed up, so the habit lasts',
        'building the 5S routine into leaders’ daily walks and training so it becomes discipline',
      ],
    },
  },
  (rng, c) => `A 5S programme at ${client(rng)} includes ${c}. Which of the 5S steps is this?`,
)

const PRACTICES = classify(
  'lean-practice',
  {
    Heijunka: {
      names: ['Heijunka', 'Heijunka (production levelling)', 'Level scheduling (heijunka)'],
      gloss: 'levels the volume and mix of production over time',
      cases: [
        'instead of running all of model A on Monday and all of model B on Tuesday, the plant builds a repeating A-A-B pattern every hour',
      ],
    },
    Jidoka: {
      names: ['Jidoka', 'Jidoka (autonomation)', 'Autonomation (jidoka)'],
      gloss: 'makes a machine or line stop itself when something goes wrong',
      cases: [
        'the loom stops itself as soon as a thread breaks, so no faulty cloth is woven',
        'the press detects a misfed blank and halts before stamping it',
      ],
    },
    Andon: {
      names: ['Andon', 'Andon signal', 'Andon (call-for-help light)'],
      gloss: 'is a visual signal that calls for help at once',
      cases: [
        'an operator pulls a cord that lights the station number on an overhead board and brings the team leader',
      ],
    },
    Gemba: {
      names: ['Gemba walk', 'Gemba walk (go and see)', 'Go-and-see gemba walk'],
      gloss: 'goes to where the work is done to observe it',
      cases: [
        'the manager leaves the office to watch the packing process where it happens and asks the packers questions',
      ],
    },
    Kaizen: {
      names: ['Kaizen event', 'Kaizen blitz', 'Kaizen workshop'],
      gloss: 'is a short, focused team workshop that improves one area',
      cases: [
        'a cross-functional team spends five days redesigning one cell and implements the changes by Friday',
      ],
    },
    'Standard work': {
      names: ['Standard work', 'Standardized work', 'Standard work sheet'],
      gloss: 'fixes the best known sequence, timing and stock for a job',
      cases: [
        'a sheet at each station shows the takt time, the sequence of steps and the allowed work in process',
      ],
    },
  },
  (rng, c) =>
    `A consultant sees this on a plant tour with ${client(rng)}'s new operations manager: ${c}. Which lean practice is this?`,
)

export const LEAN_TERM_FAMILIES: readonly ScenarioFamily[] = [...WASTES, ...FIVE_S, ...PRACTICES]
