import type { ModelDomain } from './model-domains.js'

/** The copy-editing test's domains, each served by one scenario model of its own families. */
export const COPYEDIT_DOMAINS = {
  copyeditStyle: {
    id: 'copyed-style',
    title: 'Applying a house style sheet',
    itemModelIds: ['copyed-style'],
    outcome:
      'Apply a stated style sheet consistently: numbers as words or figures by its threshold and exceptions, the serial comma, headline capitalisation by a stated rule, abbreviations at first mention and compound modifiers',
  },
  copyeditChecks: {
    id: 'copyed-checks',
    title: 'Consistency and fact checks',
    itemModelIds: ['copyed-checks'],
    outcome:
      'Check dates against weekdays and spans by the calendar, totals, means, percentages and changes against their tables, conversions, ranks and name spellings, and work out the figure a query must give',
  },
  copyeditNumbering: {
    id: 'copyed-numbering',
    title: 'Numbering, cross-references and ordering',
    itemModelIds: ['copyed-numbering'],
    outcome:
      'Renumber figures, tables, notes, steps, appendices and sections after cuts, insertions, merges and moves, keep headings in sequence, elide ranges and set prelims folios by the stated rule, and order an index',
  },
  copyeditCitations: {
    id: 'copyed-citations',
    title: 'Author–date citations and the reference list',
    itemModelIds: ['copyed-citations'],
    outcome:
      'Match author–date citations to the reference list (missing entries, years that disagree, entries never cited), and set in-text forms, year suffixes, initials and reference-list order by the stated convention',
  },
  copyeditQueries: {
    id: 'copyed-queries',
    title: 'Querying the author or fixing by the brief',
    itemModelIds: ['copyed-queries'],
    outcome:
      'Decide by the editorial brief whether to correct silently, query the author, leave as written or refer to the publisher, for slips, suspected errors of fact, quotations, legal risks and the author’s recorded preferences',
  },
  copyeditLanguage: {
    id: 'copyed-language',
    title: 'Plain and bias-free language, recasting and tracked changes',
    itemModelIds: ['copyed-language'],
    outcome:
      'Edit to a stated bias-free and plain-language guide, recast wordy, passive and dangling sentences without losing facts, and read and mark tracked changes',
  },
} as const satisfies Record<string, ModelDomain>
