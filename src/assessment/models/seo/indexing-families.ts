import type { SeoFamily } from './seo-family.js'

const SITE = 'https://www.example.com'

/**
 * Indexing rules (robots meta tags and X-Robots-Tag), canonical URLs, redirects and status codes,
 * and sitemaps, as Google Search Central documents them. Each wrong option is a real directive,
 * status or element that does something else.
 */
export const INDEXING_FAMILIES: readonly SeoFamily[] = [
  {
    id: 'meta-noindex-keeps-links',
    stem: "A thin tag page must stay out of Google's results, but Google should still follow its links. Which tag does that?",
    language: 'html',
    frames: [
      '<meta name="robots" content="⟦noindex|nofollow=nofollow stops link following and leaves the page indexable|none=none means noindex, nofollow, so links are not followed either|noarchive=noarchive concerns cached copies and leaves the page indexable|nosnippet=nosnippet hides the snippet but keeps the page in results⟧">',
    ],
  },
  {
    id: 'x-robots-tag-for-files',
    stem: "PDF files on the site must stay out of Google's results. What do you add for each PDF?",
    language: 'text',
    frames: [
      '⟦X-Robots-Tag: noindex|X-Robots-Tag: nofollow=nofollow stops link following and leaves the file indexable|X-Robots-Tag: noarchive=noarchive concerns cached copies and leaves the file indexable|<meta name="robots" content="noindex">=a PDF has no HTML head to hold a meta tag|<meta name="robots" content="nofollow">=a PDF has no HTML head to hold a meta tag + nofollow stops link following and leaves the file indexable|Disallow: /*.pdf$=a robots.txt block stops crawling, not indexing; the URLs can still be indexed⟧',
    ],
  },
  {
    id: 'nosnippet',
    stem: "A page must keep appearing in Google's results, but with no text snippet. Which robots meta tag does that?",
    language: 'html',
    frames: [
      '<meta name="robots" content="⟦nosnippet|noindex=noindex removes the page from results altogether|noarchive=noarchive concerns cached copies, not the snippet|noimageindex=noimageindex keeps the page’s images out of image results, not its snippet|max-image-preview:none=max-image-preview limits image previews, not the text snippet⟧">',
    ],
  },
  {
    id: 'googlebot-only-meta',
    stem: "A page must stay out of Google's results, while other search engines may still index it. Which tag does that?",
    language: 'html',
    frames: [
      '<meta name="⟦googlebot|robots=robots applies to every search engine’s crawler|google=google is not a crawler name; that meta name carries settings such as notranslate|googlebot-news=googlebot-news applies to Google News only|googlebot-image=googlebot-image applies to Google Images only|adsbot-google=AdsBot-Google checks ad landing pages, not Search⟧" content="noindex">',
    ],
  },
  {
    id: 'data-nosnippet',
    stem: "One paragraph holding a discount code must never appear in Google's snippets; visitors must still see it, and the rest of the page stays eligible. Which markup does that?",
    language: 'html',
    frames: [
      '<div ⟦data-nosnippet|class="nosnippet"=a class is styling; Google reads the data-nosnippet attribute instead|aria-hidden="true"=aria-hidden hides text from assistive technology, not from snippets|hidden=the hidden attribute hides the paragraph from visitors too⟧>Use code ⟨SPRING;WELCOME;SAVE⟩10 at checkout.</div>',
    ],
  },
  {
    id: 'noindex-removed-by-javascript',
    stem: 'The HTML a server sends carries `<meta name="robots" content="noindex">`, and JavaScript removes that tag after the page loads. What happens in Google Search?',
    frames: [
      '⟦Google may skip rendering, so the page stays out of the index|Google renders the page first, so it is indexed without noindex=assumes Google always runs JavaScript before acting on a robots meta tag|Google indexes the page but shows no snippet for it=confuses noindex with nosnippet|Google reports the page as a soft 404 and drops it=confuses a noindex page with a soft 404⟧',
    ],
  },
  {
    id: 'canonical-for-parameter-duplicate',
    stem: `\`${SITE}/shoes?sort=price\` shows the same products as \`${SITE}/shoes\`. What goes in the head of the sorted page to consolidate signals on \`/shoes\`?`,
    language: 'html',
    frames: [
      `⟦<link rel="canonical" href="${SITE}/shoes">|<meta name="robots" content="noindex">=noindex drops the page instead of consolidating it; Google advises against noindex for canonicalisation|<link rel="alternate" href="${SITE}/shoes">=rel alternate marks another language or format version, not the canonical|<link rel="canonical" href="${SITE}/shoes?sort=price">=a self-referencing canonical keeps the sorted URL as its own canonical|<link rel="next" href="${SITE}/shoes">=rel next marks pagination, which Google no longer uses for indexing⟧`,
    ],
  },
  {
    id: 'canonical-is-a-strong-hint',
    stem: 'A page declares a rel=canonical URL, but Search Console reports that Google chose a different canonical. Why can that happen?',
    frames: [
      '⟦It is a strong hint, which redirects or links can outweigh|rel=canonical binds Google, so the report must be out of date=treats the canonical tag as a directive Google must obey|Google honours a canonical only after you request indexing=treats the tag as needing a manual request|Google always picks the shortest of duplicate URLs as canonical=a folk rule; Google weighs several signals, not URL length⟧',
    ],
  },
  {
    id: 'canonical-on-paginated-pages',
    stem: `Page 2 of a category, \`${SITE}/shoes?page=2\`, lists different products from page 1. What belongs in its head?`,
    language: 'html',
    frames: [
      `⟦<link rel="canonical" href="${SITE}/shoes?page=2">|<link rel="canonical" href="${SITE}/shoes">=pointing later pages at page 1 hides the products only they list|<link rel="prev" href="${SITE}/shoes">=rel prev marks pagination, which Google no longer uses for indexing|<meta name="robots" content="noindex">=noindexing later pages hides the products only they list|<link rel="canonical" href="${SITE}/shoes?page=1">=pointing later pages at the first page hides the products only they list⟧`,
    ],
  },
  {
    id: 'canonical-in-http-header',
    stem: `A PDF duplicates the HTML guide at \`${SITE}/guide\`. How do you name the HTML page as the PDF's canonical?`,
    language: 'text',
    frames: [
      `⟦Link: <${SITE}/guide>; rel="canonical"|Link: <${SITE}/guide>; rel="alternate"=rel alternate marks another version, not the canonical|<link rel="canonical" href="${SITE}/guide">=a PDF has no HTML head to hold a link element|X-Robots-Tag: canonical=X-Robots-Tag carries indexing rules such as noindex; canonical is not one|<link rel="alternate" href="${SITE}/guide">=a PDF has no HTML head to hold a link element + rel alternate marks another version, not the canonical|X-Robots-Tag: noindex=noindex drops the PDF from results instead of pointing its signals at the guide⟧`,
    ],
  },
  {
    id: 'status-permanent-move',
    stem: 'A page has moved for good to a new URL. Which status code should the old URL return with its server-side redirect?',
    frames: [
      '⟦301 Moved Permanently|302 Found=302 is a temporary redirect|307 Temporary Redirect=307 is a temporary redirect|303 See Other=Google treats 303 as a temporary redirect|404 Not Found=404 drops the old URL with no new address, losing its signals⟧',
    ],
  },
  {
    id: 'status-temporary-move',
    stem: 'For two weeks a product page will redirect to a promotion page, then come back. Which status code keeps the original URL as the one Google shows?',
    frames: [
      '⟦302 Found|301 Moved Permanently=301 is permanent, so Google may show the promotion URL instead|308 Permanent Redirect=308 is permanent, so Google may show the promotion URL instead|410 Gone=410 tells Google the page is gone for good|404 Not Found=404 tells Google the page no longer exists⟧',
    ],
  },
  {
    id: 'status-planned-maintenance',
    stem: 'The whole site is down for two hours of planned maintenance. What should every page return?',
    frames: [
      '⟦503 Service Unavailable|200 OK with a maintenance notice=a 200 lets Google index the notice as the page’s content|404 Not Found=404 tells Google the pages no longer exist|410 Gone=410 tells Google the pages are gone for good|301 Moved Permanently to a maintenance page=a permanent redirect moves the pages’ signals to the notice⟧',
    ],
  },
  {
    id: 'status-permanent-keeps-method',
    stem: 'An API endpoint moves for good, and clients’ POST requests must stay POST requests after the redirect. Which status code?',
    frames: [
      '⟦308 Permanent Redirect|301 Moved Permanently=clients may turn a POST into a GET after 301|307 Temporary Redirect=307 keeps the method but says the move is temporary|303 See Other=303 always switches the follow-up request to GET|302 Found=302 is temporary and clients may turn a POST into a GET⟧',
    ],
  },
  {
    id: 'redirect-chain',
    stem: 'Old URL A redirects with a 301 to B, which redirects with a 301 to C, the live page. What should you change?',
    frames: [
      '⟦Redirect A straight to C, and keep B redirecting to C|Change A’s redirect to a 302 so that Google keeps A indexed=a temporary redirect keeps the chain and keeps the wrong URL|Nothing: Google follows any number of redirect hops=Googlebot follows at most ten hops, and each hop slows crawling|Replace both redirects with a canonical tag on page B=a canonical is a hint on a served page, not a redirect for visitors⟧',
    ],
  },
  {
    id: 'discontinued-product-urls',
    stem: 'Hundreds of discontinued products have no replacement page. What should their URLs return?',
    frames: [
      '⟦404 or 410, with internal links to them removed|A 301 redirect to the home page=Google treats mass redirects to the home page as soft 404s|A 200 page that says the product no longer exists=a 200 page saying not found is a soft 404|A 503 so that Google keeps the pages indexed=503 signals a temporary outage; Google retries and then drops the pages⟧',
    ],
  },
  {
    id: 'https-migration-redirects',
    stem: 'A site moves from http to https. What should each http URL do?',
    frames: [
      'Redirect with a ⟦301|302=a 302 says the move is temporary⟧ to ⟦the same path on https|the https home page=sending every URL to the home page loses each page’s signals; Google treats it as a soft 404⟧',
    ],
  },
  {
    id: 'instant-meta-refresh',
    stem: 'A host allows no server-side redirects. Which tag does Google read as a permanent redirect to the new page?',
    language: 'html',
    frames: [
      `<meta ⟦http-equiv|name=a refresh is an http-equiv pragma; a meta name of refresh does nothing⟧="refresh" content="⟦0|5=a delayed meta refresh is read as a temporary redirect⟧; url=${SITE}/new">`,
    ],
  },
  {
    id: 'sitemap-size-limits',
    stem: 'Which limits must a single XML sitemap file stay within?',
    frames: [
      '⟦50,000 URLs or 50 MB uncompressed|50,000 URLs or 10 MB uncompressed=10 MB was the size limit until 2016|50 MB gzip-compressed, with any number of URLs=the size limit applies before compression and URLs are capped too|No limits: Google reads a sitemap of any size=ignores the documented limits|50,000 URLs or 50 MB once gzip-compressed=the size limit applies to the uncompressed file⟧',
    ],
  },
  {
    id: 'sitemap-fields-google-uses',
    stem: 'Which sitemap element does Google use, provided it is consistently accurate?',
    language: 'xml',
    frames: [
      '⟦<lastmod>2026-11-20</lastmod>|<priority>0.8</priority>=Google ignores priority|<changefreq>weekly</changefreq>=Google ignores changefreq|<image:caption>Red trail shoe</image:caption>=Google stopped using image:caption in 2022⟧',
    ],
  },
  {
    id: 'sitemap-lists-canonical-urls',
    stem: "Which URLs belong in a site's XML sitemap?",
    frames: [
      '⟦The canonical URLs you want to appear in search results|Every URL on the site, redirects and duplicates included=listing redirects and duplicates sends mixed canonical signals|URLs blocked in robots.txt, so that Google knows they exist=blocked URLs cannot be crawled, so listing them achieves nothing|Only pages that no other page of the site links to=a sitemap supplements links; every canonical page belongs in it⟧',
    ],
  },
  {
    id: 'sitemap-xml-escaping',
    stem: `Which \`<loc>\` entry is right in an XML sitemap for the page \`${SITE}/list?colour=red&size=9\`?`,
    language: 'xml',
    frames: [
      `<loc>⟦${SITE}/list?colour=red&amp;size=9|${SITE}/list?colour=red&size=9=a raw ampersand breaks the XML; it must be escaped as &amp;|/list?colour=red&amp;size=9=a sitemap needs fully qualified URLs, not paths|${SITE}/list?colour=red%26size=9=percent-encoding the ampersand merges two parameters into one value|${SITE}/list?colour=red&amp;amp;size=9=escaping twice leaves a literal &amp; in the URL⟧</loc>`,
    ],
  },
  {
    id: 'sitemap-submission',
    stem: 'How do you tell Google about a new XML sitemap?',
    frames: [
      '⟦Submit it in Search Console or list it in robots.txt|Request the google.com/ping address with the sitemap URL=Google retired the sitemap ping endpoint in 2023|Add a link element with rel=sitemap to every page=Google does not read a sitemap link element|Inspect the sitemap URL and request indexing for it=URL Inspection requests a crawl of a page, not sitemap processing⟧',
    ],
  },
  {
    id: 'fragment-is-not-a-url',
    stem: 'Which link gives Google a separate URL to crawl for page 2 of a product list?',
    language: 'html',
    frames: [
      '<a href="⟦/shoes?page=2|/shoes#page=2=Google ignores the part after #, so it is the same URL|#page-2=a fragment link stays on the same URL|javascript:loadPage(2)=a javascript: link gives Google no URL to crawl⟧">Page 2</a>',
    ],
  },
  {
    id: 'mobile-first-indexing',
    stem: 'The mobile HTML of a page leaves out a section that its desktop HTML has. Which content does Google index for the page?',
    frames: [
      '⟦Only what the mobile HTML contains|The desktop HTML, which Google indexes first=Google indexes the mobile version first|The two versions merged into one document=Google does not merge the two versions|Whichever version has more text=Google does not choose by length⟧',
    ],
  },
  {
    id: 'not-found-for-unknown-urls',
    stem: 'Search Console lists many 404s for URLs that never existed on the site (mistyped links on other sites). What should you do?',
    frames: [
      '⟦Nothing: 404s for URLs that never existed do not harm the site|Redirect every one of them to the home page=mass redirects to the home page are treated as soft 404s|Serve them a search page with status 200=a 200 page for a missing URL is a soft 404|Disallow them in robots.txt so that Google stops reporting them=blocking URLs that do not exist achieves nothing⟧',
    ],
  },
  {
    id: 'trailing-slash-urls',
    stem: 'Are `https://www.example.com/shoes` and `https://www.example.com/shoes/` the same URL for Google?',
    frames: [
      '⟦No: they are two URLs, so serve one and redirect the other|Yes: Google always ignores a trailing slash=only a bare host name is the same with or without the slash|Yes, as long as both are served over https=the protocol does not make two paths one URL|No, and serving both incurs a duplicate content penalty=Google folds duplicates; it does not penalise them⟧',
    ],
  },
]
