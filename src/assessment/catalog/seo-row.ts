import { row } from './catalog-row.js'

/**
 * Search engine optimisation as clients hire a freelancer for it, keyed to Google Search
 * Central's documentation (the one published account of what Google reads), never to folklore.
 */
export const SEO_ROW = row(
  'seo',
  'Search engine optimisation',
  'Sales & Marketing',
  4,
  25,
  [
    ['seoCrawlIndex', 40],
    ['seoOnPage', 25],
    ['seoStructuredInternational', 20],
    ['seoSearchConsole', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance SEO consultant is most often hired for a site audit and its fixes, then for ' +
      'monthly reporting. The audit deliverable is dominated by crawling and indexing defects: ' +
      'robots.txt rules that block the wrong URLs, noindex and canonical mistakes, redirect ' +
      'chains, wrong status codes after a migration, and sitemaps that list the wrong URLs ' +
      '(40 %). The next block of work is on-page: title elements, meta descriptions, headings, ' +
      'crawlable internal links with descriptive anchor text, image markup, rel values on paid ' +
      'and user links, spam-policy risks and Core Web Vitals (25 %). Structured data for rich ' +
      'results and hreflang for sites in several languages or countries are smaller but ' +
      'error-prone tasks (20 %). Reporting means reading Search Console: what clicks, ' +
      'impressions, CTR and average position count, what each Page indexing status means and ' +
      'which tool fixes it (15 %). Keyword research and link outreach are judged by results and ' +
      'by paid tools that differ between vendors, so they are not tested; every key follows ' +
      "Google Search Central's current documentation.",
  },
)
