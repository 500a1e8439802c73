import { type CatalogRow, row } from './catalog-row.js'

/** Software internationalisation as a freelance i18n and localisation engineer works it on web and mobile code. */
export const INTERNATIONALISATION_ROW: CatalogRow = row(
  'internationalisation',
  'Software internationalisation (i18n)',
  'Technology & IT',
  5,
  20,
  [
    ['i18nNumbers', 20],
    ['i18nPlurals', 20],
    ['i18nText', 20],
    ['i18nTime', 20],
    ['i18nLocales', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance internationalisation engineer prepares web and mobile code bases for other ' +
      'markets: they replace hand-rolled formatting with Intl, externalise strings into ICU ' +
      'messages, fix text handling that breaks outside ASCII, make dates and times correct across ' +
      'time zones, and set up locale negotiation, fallback and pseudo-localisation for the ' +
      'translation pipeline, checking the output for named locales. Number, percentage and ' +
      'currency formatting: what Intl.NumberFormat writes for en-IN, de-DE, fr-FR, es-ES, ar-EG ' +
      'and ja-JP (grouping, decimal comma, symbol placement, native digits, compact notation, ' +
      'significant digits, accounting negatives), ISO 4217 minor units and parsing localised ' +
      'input: 20 %. Plurals and messages: CLDR cardinal categories in Polish, Russian, Czech, ' +
      'Arabic, Welsh, Irish and French, English ordinals, ICU MessageFormat output with #, =0, ' +
      'offset and missing branches, and the variants a translator must supply: 20 %. Unicode ' +
      'text: UTF-16 length, code points, grapheme clusters and UTF-8 bytes, NFC and NFD, Turkish ' +
      'and German case mapping, collation by locale, numeric collation and code-unit sorting, the ' +
      'regular-expression u flag: 20 %. Time zones and calendars: UTC and local conversion across ' +
      'daylight-saving changes, offsets, skipped hours and day length, ISO weeks, first day of ' +
      'the week, date and time styles by locale, relative time and JavaScript Date pitfalls: ' +
      '20 %. Locale tags and workflow: BCP 47 canonical form, likely subtags, Unicode extensions, ' +
      'well-formedness, lookup fallback and Accept-Language negotiation, right-to-left locales, ' +
      'list formats and display names, pseudo-localisation and expansion budgets, resource files ' +
      'and fallback coverage: 20 %. Every item states the locale, options and any rule its key ' +
      'depends on; outputs are those of Node.js with full ICU, no-break spaces shown as spaces. ' +
      'Not tested: a particular i18n library’s API (i18next, FormatJS, gettext), translation ' +
      'quality or linguistic review, translation-management platforms, font and input-method ' +
      'engineering, and right-to-left layout CSS. A 25-item form gives each of the five domains ' +
      'five items.',
    scoredItems: 25,
  },
)
