import type { Category } from '../shared/index.js'

/** A short line under each category on the home page. */
export const CATEGORY_BLURBS: Readonly<Record<Category, string>> = {
  'Design & Creative': 'Colour, typography, layout and the tools designers use.',
  Finance: 'Bookkeeping, VAT, spreadsheets and financial analysis.',
  'Sales & Marketing': 'Copy, campaigns, SEO and the numbers behind them.',
  'Technology & IT': 'Languages, databases, regular expressions, the web platform.',
  'Virtual Assistant': 'Office software, scheduling and customer support.',
  'Writing & Translation': 'Grammar, style, editing and translation.',
  Other: 'Everything else clients hire for.',
}
