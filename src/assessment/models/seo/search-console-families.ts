import type { SeoFamily } from './seo-family.js'

/**
 * Measurement with Google Search Console: what the Performance report's metrics count, what the
 * Page indexing statuses mean and what to do about them, and what its tools can and cannot do.
 * Wrong options for a status are most often the meaning of a neighbouring status.
 */
export const SEARCH_CONSOLE_FAMILIES: readonly SeoFamily[] = [
  {
    id: 'ctr-definition',
    stem: 'How does the Search Console Performance report compute click-through rate (CTR)?',
    frames: [
      '⟦Clicks divided by impressions|Impressions divided by clicks=inverts the ratio|Clicks divided by Analytics sessions=mixes in a Google Analytics measure|Clicks divided by indexed pages=divides by the wrong count entirely⟧',
    ],
  },
  {
    id: 'average-position',
    stem: 'What does "average position" in the Search Console Performance report measure?',
    frames: [
      '⟦The topmost position your site held in results, averaged over its impressions|The position of your page for its most-clicked query=reads one query as the average|Your rank averaged over all searches, including those where you did not appear=counts searches without an impression|The median rank of all sites shown for your queries=confuses your position with the whole results page⟧',
    ],
  },
  {
    id: 'impression-definition',
    stem: 'When does Search Console count an impression for a standard web result?',
    frames: [
      '⟦When a results page with your link loads, seen or not|Only when your link is scrolled into view on the screen=applies a viewability rule that standard results do not have|Only when a searcher clicks your link=confuses an impression with a click|When Googlebot crawls the page=confuses crawling with search appearances⟧',
    ],
  },
  {
    id: 'domain-property-scope',
    stem: 'Which Search Console property covers http and https and every subdomain of example.com?',
    frames: [
      '⟦A Domain property, entered as plain example.com|A URL-prefix property for https://example.com/=a URL-prefix property covers only that protocol and host|A URL-prefix property for https://www.example.com/=a URL-prefix property covers only that protocol and host|An Analytics property linked to Search Console=an Analytics property is not a Search Console property⟧',
    ],
  },
  {
    id: 'domain-property-verification',
    stem: 'How do you verify ownership of a Search Console Domain property?',
    frames: [
      '⟦With a DNS TXT or CNAME record for the domain|By uploading an HTML file to the site root=file upload verifies URL-prefix properties only|With an HTML meta tag on the home page=a meta tag verifies URL-prefix properties only|With the Google Analytics tracking code=Analytics verifies URL-prefix properties only⟧',
    ],
  },
  {
    id: 'discovered-not-indexed',
    stem: 'What does "Discovered – currently not indexed" mean in the Page indexing report?',
    frames: [
      '⟦Google knows the URL but has not crawled it yet|Google crawled the page and has not indexed it=that is Crawled – currently not indexed|The page carries a noindex rule=that is Excluded by noindex tag|robots.txt blocks Google from the URL=that is Blocked by robots.txt|Google crawled the page and found it a duplicate of another=that is Duplicate without user-selected canonical⟧',
    ],
  },
  {
    id: 'crawled-not-indexed',
    stem: 'What does "Crawled – currently not indexed" mean in the Page indexing report?',
    frames: [
      '⟦Google crawled it but has not indexed it, for now|Google knows the URL but has not crawled it yet=that is Discovered – currently not indexed|The page names another URL as its canonical=that is Alternate page with proper canonical tag|The server answered Googlebot with an error=that is Server error (5xx)⟧',
    ],
  },
  {
    id: 'alternate-with-proper-canonical',
    stem: 'What should you do about URLs listed as "Alternate page with proper canonical tag"?',
    frames: [
      '⟦Nothing: they point at a canonical that Google indexes|Remove their canonical tags so that they get indexed too=turns intended duplicates into competing pages|Request indexing for each of them=treats a healthy status as an error|Block them in robots.txt=hides their canonical tags from Google⟧',
    ],
  },
  {
    id: 'indexed-though-blocked',
    stem: 'A URL is reported as "Indexed, though blocked by robots.txt" and must leave Google’s results. What fixes it?',
    frames: [
      '⟦Allow crawling and add noindex to the page|Keep the block and request removal with the Removals tool=a removal lasts about six months, and the block leaves the URL indexable|Add noindex and keep the robots.txt block=Google cannot see noindex on a page it may not crawl|Add a second Disallow rule for the same URL=a second block changes nothing|Remove the URL from the sitemap=leaving the sitemap does not take a URL out of the index⟧',
    ],
  },
  {
    id: 'google-chose-different-canonical',
    stem: 'What does "Duplicate, Google chose different canonical than user" mean?',
    frames: [
      '⟦Google picked another URL than the one declared|The page declares no canonical, so Google picked one=that is Duplicate without user-selected canonical|Google indexed both URLs as separate pages=the status means only the canonical Google chose is indexed|Another site copied the page and outranks it=the report concerns URLs Google knows on this property⟧',
    ],
  },
  {
    id: 'soft-404-status',
    stem: 'A deleted product URL shows "Product not found" but returns status 200. How does the Page indexing report list it?',
    frames: [
      '⟦Soft 404|Not found (404)=that status needs an actual 404 response|Server error (5xx)=that status needs a 5xx response|Excluded by noindex tag=that status needs a noindex rule⟧',
    ],
  },
  {
    id: 'live-test-versus-index',
    stem: 'What does "Test live URL" in the URL Inspection tool show?',
    frames: [
      '⟦Whether the page as it is now could be indexed|The version of the page that is in Google’s index now=confuses the live test with the indexed result|The page’s ranking position for its main query=URL Inspection reports no rankings|Core Web Vitals field data for that one URL=field data comes from the Core Web Vitals report⟧',
    ],
  },
  {
    id: 'request-indexing',
    stem: 'What does "Request indexing" in the URL Inspection tool do?',
    frames: [
      '⟦Queues the URL for a crawl; indexing is not guaranteed|Removes the old version of the page from the index at once=a crawl request removes nothing; that is the Removals tool|Indexes the URL within minutes, guaranteed=a request does not guarantee crawling or indexing|Raises the page in rankings for a week=requests have no effect on ranking|Resubmits every sitemap of the property=confuses a page request with sitemap submission⟧',
    ],
  },
  {
    id: 'performance-data-retention',
    stem: 'How far back does the Search Console Performance report show data?',
    frames: [
      '⟦16 months|90 days=90 days was the limit of the old Search Analytics report|12 months=assumes one calendar year|Since the property was verified, without limit=data older than 16 months is not kept⟧',
    ],
  },
  {
    id: 'anonymized-queries',
    stem: 'Why do the rows of the Queries table add up to fewer clicks than the chart total?',
    frames: [
      '⟦Rare queries are hidden for privacy but counted in the total|The chart also counts clicks that Google Analytics recorded from other engines=Search Console counts only Google Search|The chart counts clicks on paid ads as well=Search Console reports only unpaid results|The table samples one search in ten=the table is not sampled|Clicks from image results are left out of the table=the search type filter applies to chart and table alike⟧',
    ],
  },
  {
    id: 'removals-tool-is-temporary',
    stem: 'You hid a URL with the Search Console Removals tool. For how long does that hide it?',
    frames: [
      '⟦About six months; then it can reappear|For good, from the day the request is approved=treats a temporary removal as permanent|Until Google next crawls the page=confuses removal with recrawling|For 24 hours, while Google recrawls the site=invents a one-day removal⟧',
    ],
  },
  {
    id: 'change-of-address',
    stem: 'A site moves to a new domain, with 301 redirects on every URL. What else tells Google about the move in Search Console?',
    frames: [
      '⟦Change of Address in the old domain’s property|The Removals tool in the old domain’s property=removal hides the old URLs without moving anything|Request indexing for every URL of the new domain=requests do not announce a move and have a daily quota|The Disavow links tool in the new domain’s property=disavowing links has nothing to do with a move⟧',
    ],
  },
  {
    id: 'core-update-is-no-manual-action',
    stem: 'Traffic fell after a Google core update, and the Manual actions report is empty. What does that tell you?',
    frames: [
      '⟦No penalty: core updates are algorithmic|A manual action is pending and will appear later=confuses a core update with a manual action|File a reconsideration request to recover=reconsideration applies only to manual actions|Disavowing links will reverse the drop=treats a core update as a link penalty⟧',
    ],
  },
  {
    id: 'core-web-vitals-report-data',
    stem: 'What data is the Search Console Core Web Vitals report based on?',
    frames: [
      '⟦Field data from real Chrome users (Chrome UX Report)|Lighthouse lab tests that Google runs on each URL=confuses field data with lab data|Render timings measured by Googlebot while crawling=the report does not use crawl data|Page timings from your Google Analytics property=the report does not read Analytics⟧',
    ],
  },
  {
    id: 'click-definition',
    stem: 'What counts as a click in the Search Console Performance report?',
    frames: [
      '⟦A click on a result that takes the searcher to a page outside Google Search|A page view that Google Analytics records for the page=confuses a click with an Analytics page view|A visit by Googlebot to the page=confuses crawling with clicks|A click on a paid ad that points to the site=Search Console reports unpaid results only⟧',
    ],
  },
  {
    id: 'clicks-versus-sessions',
    stem: 'Search Console shows 1,200 clicks for a month; Google Analytics shows 950 organic Google sessions. What explains the gap?',
    frames: [
      '⟦They count different things: result clicks versus sessions the tag records|One of the two tools is broken, since the numbers must match=assumes the two tools count the same thing|Analytics counts only visits from mobile devices=Analytics counts every device|Search Console samples one search in ten and scales it up=Search Console data is not sampled that way⟧',
    ],
  },
]
