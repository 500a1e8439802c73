import { editingModel } from '../editing/editing-model.js'
import { INDEXING_FAMILIES } from './indexing-families.js'
import { ON_PAGE_FAMILIES } from './on-page-families.js'
import { ROBOTS_FAMILIES } from './robots-families.js'
import { SEARCH_CONSOLE_FAMILIES } from './search-console-families.js'
import { STRUCTURED_DATA_FAMILIES } from './structured-data-families.js'

/** Every SEO family, for the tests that judge options independently of the models. */
export const SEO_FAMILIES = [
  ...ROBOTS_FAMILIES,
  ...INDEXING_FAMILIES,
  ...ON_PAGE_FAMILIES,
  ...STRUCTURED_DATA_FAMILIES,
  ...SEARCH_CONSOLE_FAMILIES,
]

// Each family carries its own scenario stem; no second sentence is added, since a scenario's
// options are complete answers (a robots.txt file, a head element, a status code).
export const seoCrawlIndexModel = editingModel({
  id: 'seo-crawl-index',
  title: 'SEO: crawling, indexing, canonicals, redirects and sitemaps',
  families: [...ROBOTS_FAMILIES, ...INDEXING_FAMILIES],
  companions: [],
})

export const seoOnPageModel = editingModel({
  id: 'seo-on-page',
  title: 'SEO: titles, headings, links, images and page experience',
  families: ON_PAGE_FAMILIES,
  companions: [],
})

export const seoStructuredDataModel = editingModel({
  id: 'seo-structured-international',
  title: 'SEO: structured data and international sites',
  families: STRUCTURED_DATA_FAMILIES,
  companions: [],
})

export const seoSearchConsoleModel = editingModel({
  id: 'seo-search-console',
  title: 'SEO: measuring with Search Console',
  families: SEARCH_CONSOLE_FAMILIES,
  companions: [],
})
