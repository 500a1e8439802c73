import type { ModelDomain } from './model-domains.js'

/** The Microsoft Word test's domains, each served by one scenario model of its own families. */
export const MSWORD_DOMAINS = {
  wordStyles: {
    id: 'msword-styles',
    title: 'Styles and document structure',
    itemModelIds: ['msword-styles'],
    outcome:
      'Resolve what text shows from Normal, based-on chains, paragraph, character and linked styles and direct formatting, and structure documents with heading styles, multilevel heading numbering, the Navigation pane and style management',
  },
  wordLayout: {
    id: 'msword-layout',
    title: 'Sections, headers, footers and page numbers',
    itemModelIds: ['msword-layout'],
    outcome:
      'Divide documents into sections with the right break, number pages across sections with restarts and formats, link and unlink headers and footers, set different first pages, orientation, margins, vertical alignment and pagination',
  },
  wordFields: {
    id: 'msword-fields',
    title: 'Fields and their switches',
    itemModelIds: ['msword-fields'],
    outcome:
      'Write and read date-time (\\@) and numeric (\\#) picture switches, choose fields such as CREATEDATE, SECTIONPAGES, REF and SEQ, and insert, update, toggle, lock and unlink fields',
  },
  wordMerge: {
    id: 'msword-merge',
    title: 'Mail merge',
    itemModelIds: ['msword-merge'],
    outcome:
      'Prepare Excel data sources, choose the merge type, map fields, write rules (If...Then...Else, Skip Record If, Next Record, Fill-in), filter and sort recipients, format merged numbers and dates, and finish labels, letters and emails',
  },
  wordReview: {
    id: 'msword-review',
    title: 'Review and collaboration',
    itemModelIds: ['msword-review'],
    outcome:
      'Track, show, accept and reject changes by reviewer, compare and combine versions, restrict editing, resolve comments, co-author, and clean documents with the Document Inspector',
  },
  wordReferences: {
    id: 'msword-references',
    title: 'Long documents and references',
    itemModelIds: ['msword-references'],
    outcome:
      'Build and update tables of contents and figures, caption and cross-reference figures, number footnotes and endnotes, switch citation styles, mark index entries and name bookmarks',
  },
} as const satisfies Record<string, ModelDomain>
