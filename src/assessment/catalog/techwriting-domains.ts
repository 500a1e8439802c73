import type { ModelDomain } from './model-domains.js'

/** The technical writing test's domains, each served by one scenario model of its own families. */
export const TECHNICAL_WRITING_DOMAINS = {
  twProcedures: {
    id: 'tw-procedures',
    title: 'Procedures and steps',
    itemModelIds: ['tw-procedures'],
    outcome:
      'Write and fix procedures: one imperative action per step, conditions and locations first, results after, steps in order',
  },
  twTopics: {
    id: 'tw-topics',
    title: 'Topic types, minimalism, headings and lists',
    itemModelIds: ['tw-topics'],
    outcome:
      'Choose the topic type and documentation mode for content, cut meta-text and filler, and write parallel headings, lists and definitions',
  },
  twPlainLanguage: {
    id: 'tw-plain-language',
    title: 'Controlled vocabulary, plain language and readability',
    itemModelIds: ['tw-plain-language'],
    outcome:
      'Apply ASD-STE100 and plain-language rules, keep one term per concept, and compute readability figures from text counts',
  },
  twInterfaceSafety: {
    id: 'tw-interface-safety',
    title: 'UI text, safety messages and accessible docs',
    itemModelIds: ['tw-interface-safety'],
    outcome:
      'Describe interface elements and input by house style, pick signal words and safety signs by hazard, and write accessible links, alt text and media',
  },
  twReference: {
    id: 'tw-reference',
    title: 'API reference, release notes and docs as code',
    itemModelIds: ['tw-reference'],
    outcome:
      'Document API parameters, errors and examples, version releases by Semantic Versioning, keep a changelog and maintain Markdown docs in a repository',
  },
} as const satisfies Record<string, ModelDomain>
