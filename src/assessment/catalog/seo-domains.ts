import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the SEO test, spread into the domain library. */
export const SEO_DOMAINS = {
  seoCrawlIndex: {
    id: 'seo-crawl-index',
    title: 'Crawling, indexing and redirects',
    itemModelIds: ['seo-crawl-index'],
    outcome:
      'Control what Google crawls and indexes with robots.txt, robots rules, canonicals, redirects, status codes and sitemaps',
  },
  seoOnPage: {
    id: 'seo-on-page',
    title: 'On-page optimisation and page experience',
    itemModelIds: ['seo-on-page'],
    outcome:
      'Write titles, headings, links and image markup Google can use, and judge pages by the Core Web Vitals',
  },
  seoStructuredInternational: {
    id: 'seo-structured-international',
    title: 'Structured data and international sites',
    itemModelIds: ['seo-structured-international'],
    outcome:
      'Mark up pages with structured data Google accepts and annotate language versions with hreflang',
  },
  seoSearchConsole: {
    id: 'seo-search-console',
    title: 'Measurement with Search Console',
    itemModelIds: ['seo-search-console'],
    outcome:
      'Read Search Console performance metrics and indexing statuses and act on them correctly',
  },
} as const satisfies Record<string, ModelDomain>
