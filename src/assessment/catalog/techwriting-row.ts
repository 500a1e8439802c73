import { type CatalogRow, row } from './catalog-row.js'

/** Technical writing as clients hire a freelance technical writer for it. */
export const TECHNICAL_WRITING_ROW: CatalogRow = row(
  'technical-writing',
  'Technical writing',
  'Writing & Translation',
  5,
  25,
  [
    ['twProcedures', 25],
    ['twTopics', 15],
    ['twPlainLanguage', 20],
    ['twInterfaceSafety', 20],
    ['twReference', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance technical writer is hired to write or overhaul user guides, help centres, ' +
      'admin and maintenance manuals, API references and release notes, usually from a ' +
      'developer’s draft and the product itself. Most billable time goes on procedures: ' +
      'writing steps a reader can follow, one imperative action at a time, with conditions, ' +
      'locations, results, prerequisites and warnings where the reader needs them, and finding ' +
      'the faulty step in a draft (25 %). Structuring content into task, concept, reference ' +
      'and troubleshooting topics (or Diátaxis modes), cutting what the reader does not need ' +
      'and writing headings, lists and glossary entries (15 %). Controlled and plain language ' +
      'for translated or regulated manuals (ASD-STE100), one term per concept, and the ' +
      'readability figures clients put in briefs (20 %). Describing the interface by the house ' +
      'style guide, safety messages under ANSI Z535.6 and ISO 3864, and documentation that ' +
      'meets WCAG (20 %). API parameter and error reference, Semantic Versioning, changelogs and ' +
      'Markdown docs kept with the code (20 %). Each stem names the style guide or standard it ' +
      'follows where guides differ. Grammar, proofreading and marketing copy have tests of their ' +
      'own; authoring-tool menus, DITA map processing, graphics and translation management are ' +
      'not tested.',
  },
)
