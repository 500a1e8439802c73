import type { SeoFamily } from './seo-family.js'

const SITE = 'https://www.example.com'

/**
 * Structured data (JSON-LD, schema.org value formats, Google's eligibility rules) and
 * international sites (hreflang codes, return links, x-default, how Google finds a language).
 * Each wrong option is markup that parses but says something else, or a retired feature.
 */
export const STRUCTURED_DATA_FAMILIES: readonly SeoFamily[] = [
  {
    id: 'json-ld-script-type',
    stem: 'Which script element holds schema.org JSON-LD that Google reads as structured data?',
    language: 'html',
    frames: [
      '<script type="⟦application/ld+json|application/json=plain JSON is not read as structured data; the type is application/ld+json|text/javascript=a JavaScript type makes the block a script, not structured data|application/rdf+xml=RDF/XML is not a structured data format Google reads|application/schema+json=that is the JSON Schema media type, a validation vocabulary, not schema.org data⟧">{"@context": "https://schema.org", "@type": "⟨Organization;Product;Article⟩"}</script>',
    ],
  },
  {
    id: 'offer-price-format',
    stem: 'Which Offer properties state a price of 19.99 euros the way schema.org and Google ask?',
    language: 'json',
    frames: [
      '"price": "⟦19.99|19,99=a comma as decimal separator; schema.org asks for a full stop|€19.99=a currency symbol inside price; the currency belongs in priceCurrency⟧",\n"priceCurrency": "⟦EUR|€=a currency symbol instead of the ISO 4217 code|Euro=a currency name instead of the ISO 4217 code⟧"',
    ],
  },
  {
    id: 'article-date-format',
    stem: 'Which `datePublished` value in Article markup follows the format Google asks for?',
    language: 'json',
    frames: [
      '"datePublished": "⟦2026-03-14T09:30:00+01:00|14/03/2026=a day/month/year date is not ISO 8601|March 14, 2026 9:30=a written-out date is not ISO 8601|2026-03-14T09:30 CET=a time zone abbreviation is not an ISO 8601 offset|Saturday, March 14, 2026 at 9:30 CET=a written-out date with a time zone abbreviation is not ISO 8601⟧"',
    ],
  },
  {
    id: 'markup-matches-visible-content',
    stem: "A product page shows no reviews. May its Product markup include an aggregateRating copied from a supplier's site?",
    frames: [
      '⟦No: markup must describe what the page shows|Yes, provided that the copied rating is accurate=accuracy does not excuse marking up content the page does not show|Yes, provided that the supplier allows it=permission does not excuse marking up content the page does not show|Yes, provided that it is written in JSON-LD=the format does not change what may be marked up⟧',
    ],
  },
  {
    id: 'self-serving-reviews',
    stem: "A plumber's own website marks up customers' reviews of the plumbing business with LocalBusiness review markup. Will Google show star ratings for them?",
    frames: [
      '⟦No: a business’s reviews of itself are not eligible|Yes, once at least five reviews are marked up=invents a minimum count that makes self-serving reviews eligible|Yes, if the same reviews are on its Business Profile=assumes a Business Profile vouches for reviews on the site|Yes, if the markup is JSON-LD rather than microdata=the format does not change eligibility⟧',
    ],
  },
  {
    id: 'howto-rich-results-retired',
    stem: 'A DIY site adds valid HowTo markup to its guides. What does Google Search show for it?',
    frames: [
      '⟦None: Google retired HowTo rich results in 2023|Step-by-step HowTo rich results on mobile and desktop=out of date: HowTo rich results were retired in 2023|HowTo rich results on desktop only=out of date: the desktop-only phase ended with full retirement in 2023|A manual action for markup Google does not support=unsupported markup is ignored, not penalised⟧',
    ],
  },
  {
    id: 'rich-results-test-tool',
    stem: 'Which tool tells you whether a page can get Google rich results from its markup?',
    frames: [
      '⟦Rich Results Test|Schema Markup Validator=it checks schema.org syntax, not Google rich result eligibility|PageSpeed Insights=it measures speed, not markup|Mobile-Friendly Test=it was retired in December 2023 and never judged markup|Structured Data Testing Tool=Google retired it in favour of the Rich Results Test⟧',
    ],
  },
  {
    id: 'valid-markup-is-no-guarantee',
    stem: 'Markup on a page passes the Rich Results Test, yet no rich result appears. Which explanation fits Google’s documentation?',
    frames: [
      '⟦Valid markup only makes a page eligible for a rich result|Rich results appear only after you request indexing of the page=treats a crawl request as a condition for rich results|Rich results need a paid Merchant Center account=confuses free rich results with paid listings|The markup must be repeated in microdata as well=one supported format is enough⟧',
    ],
  },
  {
    id: 'hreflang-region-code',
    stem: 'Which annotation marks a page for English speakers in the United Kingdom?',
    language: 'html',
    frames: [
      `<link rel="alternate" hreflang="⟦en-GB|en-UK=UK is not the ISO 3166-1 code for the United Kingdom; GB is|gb=a country code alone is invalid; the language code comes first|en_GB=an underscore instead of a hyphen|en-US=en-US targets English speakers in the United States⟧" href="${SITE}/uk/">`,
    ],
  },
  {
    id: 'hreflang-language-only',
    stem: 'Which hreflang value targets Spanish speakers in every country?',
    language: 'html',
    frames: [
      `<link rel="alternate" hreflang="⟦es|es-ES=es-ES targets Spanish speakers in Spain only|es-419=es-419 targets Spanish speakers in Latin America only|sp=sp is not the ISO 639-1 code for Spanish|es-MX=es-MX targets Spanish speakers in Mexico only⟧" href="${SITE}/es/">`,
    ],
  },
  {
    id: 'hreflang-x-default',
    stem: 'Which annotation marks the language-picker page shown to users whose language no version targets?',
    language: 'html',
    frames: [
      `<link rel="alternate" hreflang="⟦x-default|default=default is not a value Google reads; the fallback value is x-default|en=en targets English speakers, not everyone else|*=an asterisk is not a valid hreflang value⟧" href="${SITE}/">`,
    ],
  },
  {
    id: 'hreflang-return-links',
    stem: 'The English page lists the German page in hreflang annotations, but the German page lists no alternates. What does Google do with the annotation?',
    frames: [
      '⟦Ignores it: each page must link back to the other|Applies it to both pages, since one page declares the pair=assumes one-way annotations are enough|Drops the German page as a duplicate of the English one=confuses hreflang with canonicalisation|Shows the German page to every searcher in Germany=treats a language annotation as country targeting⟧',
    ],
  },
  {
    id: 'hreflang-self-reference',
    stem: `The English page \`${SITE}/en/\` has a German version at \`${SITE}/de/\`. Which annotations belong in the English page's head?`,
    language: 'html',
    frames: [
      `⟦<link rel="alternate" hreflang="en" href="${SITE}/en/">\n|^=each version must list itself as well as its alternates⟧<link rel="alternate" hreflang="⟦de|ger=ger is ISO 639-2; hreflang takes the two-letter ISO 639-1 code⟧" href="${SITE}/de/">`,
    ],
  },
  {
    id: 'hreflang-in-sitemap',
    stem: 'Which element, inside the sitemap entry of the English URL, lists its German version?',
    language: 'xml',
    frames: [
      `<url>\n  <loc>${SITE}/en/</loc>\n  ⟦<xhtml:link rel="alternate" hreflang="de" href="${SITE}/de/"/>|<hreflang lang="de">${SITE}/de/</hreflang>=there is no hreflang element; sitemaps use xhtml:link|<xhtml:link rel="canonical" hreflang="de" href="${SITE}/de/"/>=the annotation is rel alternate, not rel canonical|<loc hreflang="de">${SITE}/de/</loc>=loc takes no hreflang attribute and one URL per entry⟧\n  <xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/"/>\n</url>`,
    ],
  },
  {
    id: 'language-from-visible-content',
    stem: 'How does Google Search determine the language of a page?',
    frames: [
      '⟦From the visible text of the page itself|From the lang attribute of the html element=Google ignores code-level language information such as lang|From the hreflang annotations that other pages point at it=hreflang links alternates; it does not set the page language|From the Content-Language response header=Google ignores code-level language information such as headers⟧',
    ],
  },
  {
    id: 'no-locale-redirects',
    stem: 'Each country has its own version of a site. How does Google advise sending visitors to theirs?',
    frames: [
      '⟦Link all versions and let visitors choose, without redirects|Redirect every visitor, Googlebot included, by IP address=Googlebot crawls mostly from US addresses and would see only one version|Serve Googlebot the US version and everyone else their own=serving Googlebot different content is cloaking|Block the other versions in robots.txt for Googlebot=blocked versions cannot be crawled or shown⟧',
    ],
  },
  {
    id: 'breadcrumb-list-type',
    stem: 'Which schema.org type does Google read for breadcrumb rich results?',
    language: 'json',
    frames: [
      '"@type": "⟦BreadcrumbList|Breadcrumb=Breadcrumb is not a schema.org type; the type is BreadcrumbList|ItemList=ItemList is for carousels of items, not breadcrumbs|SiteNavigationElement=SiteNavigationElement marks navigation menus, not breadcrumb trails⟧"',
    ],
  },
  {
    id: 'hreflang-version-canonical',
    stem: `The German page \`${SITE}/de/\` is a translation of the English page \`${SITE}/en/\`. Which canonical belongs in the German page's head?`,
    language: 'html',
    frames: [
      `<link rel="canonical" href="${SITE}/⟦de|en=a canonical to another language marks the translation as a duplicate, dropping it from results⟧/⟦^|?lang=de=a parameter URL is not the German page's own URL⟧">`,
    ],
  },
]
