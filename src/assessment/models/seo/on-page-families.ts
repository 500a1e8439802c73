import type { SeoFamily } from './seo-family.js'

/**
 * On-page work: title links and snippets, headings, links Google can follow and their anchor
 * text and rel values, images, URLs, spam policies and page experience, as Google Search
 * Central documents them. Length and count rules Google does not have are the named folklore.
 */
export const ON_PAGE_FAMILIES: readonly SeoFamily[] = [
  {
    id: 'title-element-source',
    stem: "Where do you write the title you want Google to use for a page's title link?",
    language: 'html',
    frames: [
      '⟦<title>Trail Running Shoes for Women – Northwind</title>|<meta name="title" content="Trail Running Shoes for Women – Northwind">=a meta tag named title is not an element Google reads for the title link|<meta name="description" content="Trail Running Shoes for Women – Northwind">=the meta description feeds the snippet, not the title link|<meta name="keywords" content="Trail Running Shoes for Women – Northwind">=Google ignores the keywords tag altogether⟧',
    ],
  },
  {
    id: 'title-length',
    stem: "How long may a page's title element be for Google Search?",
    frames: [
      '⟦Any length; long title links are cut to fit the screen|At most 60 characters, or Google ignores the title=a display rule of thumb taken for a limit|At most 70 characters, or the page is demoted=a display rule of thumb taken for a ranking penalty|Exactly one line of 512 pixels, or Google rewrites it=a snippet-preview width taken for a rule⟧',
    ],
  },
  {
    id: 'meta-description-role',
    stem: "What does Google Search do with a page's meta description?",
    frames: [
      '⟦Uses it as a possible snippet, not for ranking|Ranks the page for the keywords written in it=treats the description as a ranking signal|Always shows it word for word as the snippet=Google writes a snippet from the page when that fits the query better|Ignores it if it is longer than 155 characters=there is no length limit; long descriptions are truncated⟧',
    ],
  },
  {
    id: 'meta-keywords-ignored',
    stem: 'How does Google Search use `<meta name="keywords">`?',
    frames: [
      '⟦It ignores the tag, whatever terms it lists|It ranks the page for the terms it lists=treats the keywords tag as a ranking signal|It builds the snippet from the terms it lists=confuses the keywords tag with the description|It lists the terms as queries in Search Console=confuses the keywords tag with search data⟧',
    ],
  },
  {
    id: 'heading-outline',
    stem: 'A guide has two sections, Sizing and Care, and Care has one subsection, Washing. Which markup gives it a correct heading outline?',
    language: 'html',
    frames: [
      '<h1>Trail shoe guide</h1>\n<h2>Sizing</h2>\n<h2>Care</h2>\n⟦<h3>Washing</h3>|<h4>Washing</h4>=a skipped level leaves an h4 with no h3 above it|<p class="h3">Washing</p>=a paragraph styled as a heading is not a heading|<h2>Washing</h2>=a same-level heading makes the subsection a section of its own|<strong>Washing</strong>=bold text looks like a heading but is not one⟧',
    ],
  },
  {
    id: 'descriptive-anchor-text',
    stem: 'Which internal link tells visitors and Google most about its target, a page comparing pricing plans?',
    language: 'html',
    frames: [
      '⟦<a href="/pricing">Compare pricing plans</a>|<a href="/pricing">Click here</a>=generic anchor text says nothing about the target|<a href="/pricing">https://www.example.com/pricing</a>=a bare URL as anchor text describes the target poorly|<a href="/pricing">pricing plans cheap pricing best pricing plans</a>=keyword-stuffed anchor text is spam|<a href="/pricing" title="Compare pricing plans">Read more</a>=a title attribute does not replace descriptive link text⟧',
    ],
  },
  {
    id: 'crawlable-link',
    stem: 'Which link can Googlebot follow to discover the `/pricing` page?',
    language: 'html',
    frames: [
      '⟦<a href="/pricing">Pricing</a>|<span onclick="location.href=\'/pricing\'">Pricing</span>=Google follows only a elements that have an href|<a onclick="go(\'/pricing\')">Pricing</a>=an a element without href gives Google no URL|<button data-href="/pricing">Pricing</button>=a data attribute on a button is not a link|<a routerlink="/pricing">Pricing</a>=a framework attribute is not an href|<a href="#" onclick="go(\'/pricing\')">Pricing</a>=an href of # points at the same page, not at /pricing⟧',
    ],
  },
  {
    id: 'image-alt-text',
    stem: 'Which image markup best helps Google Images understand a product photo?',
    language: 'html',
    frames: [
      '⟦<img src="red-trail-shoe.jpg" alt="Red trail running shoe, side view">|<img src="IMG_0042.jpg" alt="IMG_0042">=a camera file name, as name and as alt, tells Google nothing|<img src="red-trail-shoe.jpg" alt="">=an empty alt marks the image as decorative and describes nothing|<img src="red-trail-shoe.jpg" alt="shoes running shoes trail shoes buy shoes cheap shoes">=keyword-stuffed alt text is spam⟧',
    ],
  },
  {
    id: 'image-in-img-element',
    stem: 'Which markup lets Google index a product photo for Google Images?',
    language: 'html',
    frames: [
      '⟦<img src="/img/red-shoe.jpg" alt="Red trail running shoe">|<div style="background-image: url(/img/red-shoe.jpg)" role="img" aria-label="Red trail running shoe"></div>=Google does not index CSS background images|<picture><source srcset="/img/red-shoe.webp" type="image/webp"></picture>=a picture element needs an img fallback for Google to index it|<a href="/img/red-shoe.jpg">Red trail running shoe</a>=a link to an image file is not an image on the page⟧',
    ],
  },
  {
    id: 'lazy-loading-images',
    stem: 'Gallery images below the fold should load lazily without hiding them from Google. Which markup does that?',
    language: 'html',
    frames: [
      '<img src="/img/gallery-4.jpg" alt="Hikers on a ridge at dawn" ⟦loading="lazy"|loading="eager"=eager loading is the opposite of lazy loading|lazy="true"=lazy is not an HTML attribute; the attribute is loading|decoding="async"=async decoding is not lazy loading|fetchpriority="low"=a low fetch priority still loads the image at once⟧>',
    ],
  },
  {
    id: 'rel-sponsored',
    stem: 'A brand paid for a link in your blog post. Which rel value does Google ask that link to carry?',
    language: 'html',
    frames: [
      '<a href="https://⟨brand;maker;outfitter⟩.example/" rel="⟦sponsored|ugc=ugc marks links that users post, not paid ones|noopener=noopener is a security setting that says nothing about payment|external=external marks an off-site link, not a paid one|noreferrer=noreferrer withholds the referrer; it says nothing about payment⟧">Our partner’s new trail shoe</a>',
    ],
  },
  {
    id: 'rel-ugc',
    stem: 'Which rel value does Google ask for on links that visitors post in your forum?',
    language: 'html',
    frames: [
      '<a href="https://⟨visitor;member;reader⟩.example/" rel="⟦ugc|sponsored=sponsored marks paid links, not user-posted ones|noreferrer=noreferrer withholds the referrer; it says nothing about who posted the link|author=author links to the page author’s information⟧">my own repair guide</a>',
    ],
  },
  {
    id: 'readable-url-words',
    stem: "Which URL follows Google's advice on URL structure?",
    language: 'text',
    frames: [
      '⟦https://www.example.com/blue-running-shoes|https://www.example.com/blue_running_shoes=Google advises hyphens, not underscores, between words|https://www.example.com/BlueRunningShoes=words run together are hard to read|https://www.example.com/2026/11/20/4821=dates and numbers say nothing about the page|https://www.example.com/p?id=4821&cat=7=opaque IDs say nothing about the page⟧',
    ],
  },
  {
    id: 'hidden-text-spam',
    stem: "Which of these is hidden text under Google's spam policies?",
    frames: [
      '⟦City names in white text on a white background|Product details inside a tab that opens on click=treats content in tabs as hidden text|Answers inside accordions that visitors can expand=treats collapsible content as hidden text|Alt text that describes an image=treats alt text as hidden text⟧',
    ],
  },
  {
    id: 'duplicate-content-no-penalty',
    stem: 'A shop shows the same product page at two URLs. What does Google do?',
    frames: [
      '⟦Shows one URL; no penalty unless the copying is deceptive|Demotes the whole site for duplicate content=a folk belief in a duplicate content penalty|Shows both URLs next to each other in the results=Google folds duplicates into one result|Indexes neither URL until one of them is removed=duplicates are indexed under one canonical|Treats the second URL as spam and removes it from the index=duplicate URLs are folded under one canonical, not treated as spam⟧',
    ],
  },
  {
    id: 'orphan-page-discovery',
    stem: 'A new page has no links from any other page of the site. What helps Google find it and understand its importance?',
    frames: [
      '⟦Links from related pages, and a sitemap entry|A meta keywords tag listing its topics=Google does not use the keywords tag|A daily indexing request in Search Console=requests do not replace links and have a daily quota|A nofollow link to it from the home page=nofollow asks Google not to follow the link|An Allow line for its path in robots.txt=Allow permits crawling; it does not help Google find or value a page⟧',
    ],
  },
  {
    id: 'title-link-rewritten',
    stem: "Google shows a title link that differs from the page's title element. Which is a reason Google documents?",
    frames: [
      '⟦The title is boilerplate or does not describe the page|The title runs past 60 characters, which Google does not allow=a display rule of thumb taken for a rule|The page has no meta keywords tag=Google does not use the keywords tag|The title contains the brand name=brand names in titles are fine⟧',
    ],
  },
  {
    id: 'core-web-vitals-metrics',
    stem: "Which three metrics are Google's Core Web Vitals?",
    frames: [
      '⟦LCP, INP and CLS|LCP, FID and CLS=FID was replaced by INP in March 2024|FCP, TTFB and CLS=FCP and TTFB are diagnostic metrics, not Core Web Vitals|LCP, TBT and CLS=TBT is a lab proxy, not a Core Web Vital⟧',
    ],
  },
  {
    id: 'lcp-good-threshold',
    stem: 'At or below which Largest Contentful Paint (LCP) is a page rated good?',
    frames: [
      '⟦2.5 seconds|4 seconds=4 seconds is the boundary of poor, not of good|1.8 seconds=1.8 seconds is the good threshold for First Contentful Paint|200 milliseconds=200 ms is the good threshold for INP⟧',
    ],
  },
  {
    id: 'inp-good-threshold',
    stem: 'At or below which Interaction to Next Paint (INP) is a page rated good?',
    frames: [
      '⟦200 milliseconds|100 milliseconds=100 ms was the good threshold for FID, which INP replaced|500 milliseconds=500 ms is the boundary of poor, not of good|2.5 seconds=2.5 s is the good threshold for LCP|50 milliseconds=50 ms is the long-task threshold, not the INP one⟧',
    ],
  },
  {
    id: 'cls-good-threshold',
    stem: 'At or below which Cumulative Layout Shift (CLS) is a page rated good?',
    frames: [
      '⟦0.1|0.25=0.25 is the boundary of poor, not of good|100 milliseconds=CLS is a unitless score, not a time|90 out of 100=CLS is not a Lighthouse-style score out of 100⟧',
    ],
  },
  {
    id: 'core-web-vitals-percentile',
    stem: 'A page passes a Core Web Vital when the good threshold is met at which point of its page loads?',
    frames: [
      '⟦The 75th percentile of page loads|The median page load=the assessment uses the 75th percentile, not the median|The mean of all page loads=the assessment uses a percentile, not the mean|Every single page load=the assessment tolerates the slowest quarter of loads|The 95th percentile of all page loads=the assessment uses the 75th percentile, not the 95th⟧',
    ],
  },
  {
    id: 'nofollow-is-a-hint',
    stem: 'How has Google treated `rel="nofollow"` on links since March 2020?',
    frames: [
      '⟦As a hint about which links to consider for crawling and ranking|As a directive that Google always obeys=out of date: nofollow became a hint in 2020|As a signal to drop the linked page from the index=confuses nofollow on a link with noindex on a page|As a penalty against the page that carries the link=a nofollow link is not penalised⟧',
    ],
  },
  {
    id: 'keyword-stuffing',
    stem: "Which of these is keyword stuffing under Google's spam policies?",
    frames: [
      '⟦A footer listing “plumber Leeds, plumber York, plumber Hull” and forty more towns|The main keyword in the title element and in the first heading=naming the topic in title and heading is normal practice|Synonyms of the topic used throughout the page=varied wording is natural writing|An FAQ that answers related questions=answering related questions is helpful content⟧',
    ],
  },
  {
    id: 'scaled-content-abuse',
    stem: "Which of these is scaled content abuse under Google's spam policies?",
    frames: [
      '⟦Thousands of near-identical town pages made only to rank|An article drafted with an AI tool, then checked and edited by an expert=the policy targets pages made to rank, not the use of AI as such|A product catalogue with one page for each product=one page per real product is not abuse|A glossary with one page for each term a reader looks up=pages that each serve readers are not abuse⟧',
    ],
  },
]
