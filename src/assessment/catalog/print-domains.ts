import type { ModelDomain } from './model-domains.js'

/** The print production test's domains, each served by one scenario model of its own families. */
export const PRINT_DOMAINS = {
  prpSetup: {
    id: 'prp-setup',
    title: 'Document setup and resolution',
    itemModelIds: ['prp-setup'],
    outcome:
      'Set trim, bleed and safe area for ISO and US sizes and work out effective and required image resolution',
  },
  prpImpose: {
    id: 'prp-impose',
    title: 'Imposition and quantities',
    itemModelIds: ['prp-impose'],
    outcome:
      'Count pieces per press sheet, sheets with overs, saddle-stitch and signature page counts, page pairs and creep',
  },
  prpPaper: {
    id: 'prp-paper',
    title: 'Paper, binding and finishing',
    itemModelIds: ['prp-paper'],
    outcome:
      'Convert paper weights, size spines and covers, weigh copies for postage, and size fold panels and bindings',
  },
  prpColour: {
    id: 'prp-colour',
    title: 'Colour and press-ready files',
    itemModelIds: ['prp-colour'],
    outcome:
      'Keep ink coverage within a limit, choose blacks, spot or process inks and overprint, and pick the PDF/X standard',
  },
  prpQuote: {
    id: 'prp-quote',
    title: 'Quotes and costs',
    itemModelIds: ['prp-quote'],
    outcome:
      'Work out costs per copy, break-even runs, run-on and overs charges, and markup or margin on bought-in print',
  },
} as const satisfies Record<string, ModelDomain>
