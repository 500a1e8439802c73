import type { ModelDomain } from './model-domains.js'

/** The proofreading test's domains, each served by one scenario model of its own families. */
export const PROOFREADING_DOMAINS = {
  proofSpelling: {
    id: 'proof-spelling',
    title: 'Spelling and commonly misspelled words',
    itemModelIds: ['proof-spelling'],
    outcome:
      'Find misspelled words in a proof and the correct spelling, by the spelling pattern and the American or British variety a house style names',
  },
  proofHouseStyle: {
    id: 'proof-house-style',
    title: 'Consistency with a style sheet',
    itemModelIds: ['proof-house-style'],
    outcome:
      'Check numbers, dates, percentages, spelling variants, lists, quotation marks and word-list forms against a stated style sheet',
  },
  proofTypography: {
    id: 'proof-typography',
    title: 'Typographic conventions',
    itemModelIds: ['proof-typography'],
    outcome:
      'Check dashes, quotation marks and apostrophes, ellipses, primes and signs against a stated typesetting spec',
  },
  proofMarks: {
    id: 'proof-marks',
    title: 'Proof-correction marks and reading against copy',
    itemModelIds: ['proof-marks'],
    outcome:
      'Read and write BS 5261 and Chicago proof marks, mark the correction a proof needs against its copy, and tell a typesetter’s error from an author’s alteration',
  },
  proofLayout: {
    id: 'proof-layout',
    title: 'Errors introduced in page make-up',
    itemModelIds: ['proof-layout'],
    outcome:
      'Find doubled words at line breaks, widows and orphans, bad word breaks, wrong running heads and cross-references and chapter openings in page proofs',
  },
} as const satisfies Record<string, ModelDomain>
