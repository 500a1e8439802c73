import { type SeoFamily, SITEMAP_LINE } from './seo-family.js'

const ALL = 'User-agent: *\n'

/**
 * robots.txt: what a rule blocks under Google's matching (prefix paths, `*` and `$`, the longest
 * rule winning, a crawler obeying only its most specific group) and what robots.txt cannot do.
 * Each wrong rule is valid robots.txt that blocks the wrong thing.
 */
export const ROBOTS_FAMILIES: readonly SeoFamily[] = [
  {
    id: 'robots-folder-prefix',
    stem: 'Googlebot must not crawl anything in the `/drafts/` folder, but must still crawl `/drafts-guide.html` and the rest of the site. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}⟦Disallow: /drafts/|Disallow: /drafts=a rule without the trailing slash is a prefix that also matches /drafts-guide.html|Disallow: /=a bare slash blocks every URL on the site|Allow: /drafts/=Allow permits crawling; it blocks nothing|Noindex: /drafts/=Noindex is not a robots.txt rule Google supports, so nothing is blocked|Disallow: /*drafts/=a leading wildcard also blocks drafts folders elsewhere, such as /blog/drafts/⟧${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/drafts-guide.html', '/blog/launch.html', '/blog/drafts/notes.html', '/'],
        block: ['/drafts/', '/drafts/q3-plan.html'],
      },
    ],
  },
  {
    id: 'robots-allow-inside-disallow',
    stem: 'Googlebot must stay out of `/shop/`, except `/shop/sale/`, which it should crawl. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}⟦Disallow|Allow=Allow on the parent folder blocks nothing⟧: /shop/\n⟦Allow|Disallow=a second Disallow keeps the sale folder blocked too⟧: /shop/sale/${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/shop/sale/boots.html', '/about.html'],
        block: ['/shop/boots.html', '/shop/'],
      },
    ],
  },
  {
    id: 'robots-wildcard-parameter',
    stem: 'Googlebot must not crawl any URL whose query string contains `sessionid=`, wherever it appears; every other URL stays crawlable. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}Disallow: /⟦*|^=rules match from the start of the path, so without * the rule needs the path itself to start there⟧⟦^|?=a ? before the name matches sessionid only when it is the first parameter⟧sessionid=⟦^|$=a $ anchors the end, so only URLs that end with the parameter name are blocked⟧${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/search?q=shoes', '/shoes/', '/'],
        block: ['/search?q=shoes&sessionid=42', '/cart?sessionid=42'],
      },
    ],
  },
  {
    id: 'robots-end-anchor',
    stem: 'Googlebot must not crawl URLs whose path ends in `.pdf`, but must still crawl pages such as `/files.pdf.html` and `/tools/merge-pdf`. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}⟦Disallow|Allow=Allow permits crawling; it blocks nothing⟧: /⟦*|^=without * the rule must match from the start of the path⟧⟦.pdf|pdf=without the dot it also blocks paths that merely end in pdf⟧⟦$|^=without $ the rule also matches .pdf in the middle of a path⟧${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/files.pdf.html', '/tools/merge-pdf', '/guides/'],
        block: ['/files/report.pdf', '/a.pdf'],
      },
    ],
  },
  {
    id: 'robots-most-specific-group',
    stem: 'Every crawler must stay out of `/private/`. Googlebot must also stay out of `/tmp/`, which other crawlers may crawl. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}Disallow: /private/\n\nUser-agent: ⟦Googlebot|Googlebot-Image=a Googlebot-Image group binds only Google's image crawler, not Googlebot⟧\n⟦Disallow: /private/\n|^=Googlebot obeys only the most specific group naming it, not the * group as well⟧Disallow: /tmp/${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/blog/', '/'],
        block: ['/private/report.html', '/tmp/cache.html'],
      },
      { agent: 'Bingbot', crawl: ['/tmp/cache.html', '/blog/'], block: ['/private/report.html'] },
    ],
  },
  {
    id: 'robots-paths-case-sensitive',
    stem: 'Admin pages live under `/Admin/` (capital A). Googlebot must not crawl them, but must still crawl `/Administration-guide.html`. Which robots.txt does that?',
    language: 'text',
    frames: [
      `${ALL}⟦Disallow|Allow=Allow permits crawling; it blocks nothing⟧: /⟦^|*/=a wildcard folder before the name matches only nested Admin folders⟧⟦Admin|admin=robots.txt paths are case-sensitive, so admin does not match Admin⟧⟦/|^=a rule without the trailing slash also matches /Administration-guide.html⟧${SITEMAP_LINE}`,
    ],
    robots: [
      {
        agent: 'Googlebot',
        crawl: ['/Administration-guide.html', '/blog/'],
        block: ['/Admin/', '/Admin/users.php'],
      },
    ],
  },
  {
    id: 'robots-file-location',
    stem: 'Which URL does Google read as the robots.txt file for pages on `https://shop.example.com/`?',
    frames: [
      '⟦https://shop.example.com/robots.txt|https://example.com/robots.txt=a robots.txt governs only its own host, not subdomains|https://shop.example.com/shop/robots.txt=a robots.txt in a subfolder is never read|http://shop.example.com/robots.txt=a robots.txt governs only its own protocol, so the http file does not apply to https|https://shop.example.com/.well-known/robots.txt=robots.txt is read only from the root of the host, not .well-known|https://example.com/shop/robots.txt=a robots.txt governs only its own host, not subdomains + a robots.txt in a subfolder is never read⟧',
    ],
  },
  {
    id: 'robots-sitemap-line',
    stem: 'Which robots.txt line tells crawlers where the XML sitemap of `https://www.example.com` is?',
    language: 'text',
    frames: [
      '⟦Sitemap: https://www.example.com/sitemap.xml|Sitemap: /sitemap.xml=the Sitemap line needs a fully qualified URL, not a path|Allow: /sitemap.xml=Allow permits crawling a path; it announces no sitemap|Sitemap: https://www.example.com/site-map.html=an HTML site map is a page for people, not a sitemap format Google reads|Sitemap: www.example.com/sitemap.xml=a URL without its scheme is not fully qualified⟧',
    ],
  },
  {
    id: 'robots-crawl-rate',
    stem: 'Googlebot is crawling so fast that the server struggles for a few hours. Which action does Google document for slowing it down at once?',
    frames: [
      '⟦Answer some requests with 503 or 429 until the load drops|Add Crawl-delay: 10 under User-agent: Googlebot in robots.txt=Googlebot ignores the Crawl-delay rule|Return 404 for the busiest pages until the load drops=404 tells Google the pages are gone and drops them from the index|Add noindex to the busiest pages until the load drops=noindex removes pages from results; it does not slow crawling|Lower the crawl rate setting in Search Console=the crawl rate limiter was retired from Search Console in 2024⟧',
    ],
  },
  {
    id: 'robots-block-is-not-removal',
    stem: "Pages under `/old/` are in Google's index and must drop out of its results. Which plan does that?",
    frames: [
      '⟦Add noindex and keep them crawlable until they drop out|Disallow /old/ in robots.txt so Google forgets them=a robots.txt block stops crawling, not indexing; the URLs can stay indexed|Add rel=nofollow to every internal link that points to them=nofollow on links does not remove the target pages|Remove them from the XML sitemap and wait for the next crawl=leaving the sitemap does not take a page out of the index⟧',
    ],
  },
  {
    id: 'robots-is-not-access-control',
    stem: 'Files under `/exports/` hold customer data. What keeps them out of Google and out of everyone else’s reach?',
    frames: [
      '⟦Require a login for them on the server|Disallow /exports/ in robots.txt=robots.txt is public and only asks well-behaved crawlers to stay away|Add noindex to each file=noindex keeps files out of results but anyone with the URL can open them|Leave them unlinked from every page=an unlinked URL is still reachable by anyone who learns it|Add rel=nofollow to links pointing to them=nofollow on links neither hides nor protects the files⟧',
    ],
  },
  {
    id: 'robots-file-missing',
    stem: 'Requests for `/robots.txt` on a site return 404 Not Found. What does Googlebot do?',
    frames: [
      '⟦Crawls the site as if it had no crawl restrictions|Crawls nothing until the file is served again=applies the rule for a robots.txt that fails with a server error|Crawls only the home page and the sitemap=invents a fallback that Google does not have|Stops crawling and drops the site from the index=treats a missing robots.txt as a block of the whole site⟧',
    ],
  },
]
