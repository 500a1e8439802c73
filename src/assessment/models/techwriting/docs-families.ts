import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Docs as code: Markdown sources kept in the product's repository and reviewed like code. A
 * page has one level-1 heading and never skips a level (WCAG 2.2 technique G141, HTML's heading
 * ranks); images carry alt text in the Markdown itself; links between pages are relative so
 * they hold on every branch, fork and versioned build; the changelog marks a pulled release
 * [YANKED] and lists the newest release first (Keep a Changelog 1.1.0).
 */
export const DOCS_FAMILIES: readonly TwFamily[] = [
  family('markdown-heading-levels', (rng) => {
    const s = screen(rng)
    const t = `${s.app} setup`
    return choose(rng, {
      stem: `Which outline of a ${s.app} Markdown page has a heading structure screen-reader users can navigate (one level-1 heading, no skipped levels)?`,
      key: `# ${t} › ## Requirements › ### Linux › ## Install`,
      wrong: [
        [`# ${t} › ### Requirements › #### Linux › ### Install`, 'skips from level 1 to level 3'],
        [
          `# ${t} › # Requirements › ## Linux › # Install`,
          'uses several level-1 headings on one page',
        ],
        [
          `## ${t} › ## Requirements › #### Linux › ## Install`,
          'has no level-1 heading and skips a level',
        ],
        [`# ${t} › ## Requirements › #### Linux › ## Install`, 'skips from level 2 to level 4'],
        [
          `### ${t} › ## Requirements › # Linux › ## Install`,
          'runs the levels backwards, from level 3 up to level 1',
        ],
        [`# ${t} › ## Requirements › ### Linux › ##### Install`, 'jumps from level 3 to level 5'],
      ],
      facts: { check: 'outline' },
      code: true,
    })
  }),
  family('markdown-image-alt', (rng) => {
    const s = screen(rng)
    const file = `${s.page.toLowerCase()}-page.png`
    return choose(rng, {
      stem: `A ${s.app} Markdown topic shows a screenshot to point out the ${s.button} button. Which image markup gives screen-reader users its point?`,
      key: `![The ${s.page} page with the ${s.button} button at the top right](${file})`,
      wrong: [
        [`![](${file})`, 'leaves the alt text empty on an informative image'],
        [`![${file}](${file})`, 'uses the file name as alt text'],
        [`![Screenshot](${file})`, 'names the image type instead of its content'],
        [
          `![Image of screenshot](${file})`,
          'opens with “image of” and says nothing about its content',
        ],
        [
          `![Screenshot of the ${s.page} page of ${s.app} taken in a desktop browser at full resolution](${file})`,
          'describes the screenshot itself and misses the button',
        ],
        [
          `![${s.page.toLowerCase()}-page-screenshot-final-version-2-approved.png](${file})`,
          'uses a long file name as alt text',
        ],
      ],
      facts: { check: 'alt', purpose: 'informative', must: [s.button] },
      code: true,
    })
  }),
  family('relative-doc-links', (rng) => {
    const s = screen(rng)
    const page = rng.pick(['restore-a-backup', 'manage-roles', 'system-requirements'])
    return choose(rng, {
      stem: `The ${s.app} docs live as Markdown in the product repository and are built for every release branch. From docs/user/backups.md, how should a page link to docs/admin/${page}.md so the link works in every build?`,
      key: `[link text](../admin/${page}.md)`,
      wrong: [
        [
          `[link text](https://github.com/example/${s.app.toLowerCase().replace(/ /g, '-')}/blob/main/docs/admin/${page}.md)`,
          'hard-codes the main branch, so older versions link to newer pages',
        ],
        [
          `[link text](/home/writer/repo/docs/admin/${page}.md)`,
          'links to a path on the writer’s own machine',
        ],
        [`[link text](admin/${page}.md)`, 'resolves the path from the wrong folder'],
        [
          `[link text](https://docs.example.com/latest/admin/${page})`,
          'points every version at the latest docs',
        ],
      ],
      facts: { check: 'relative-link', from: 'docs/user/backups.md', to: `docs/admin/${page}.md` },
      code: true,
    })
  }),
  family('changelog-yanked-release', (rng) => {
    const [a, b, c] = [rng.int(1, 6), rng.int(0, 12), rng.int(1, 9)]
    const ver = `${a}.${b}.${c}`
    return choose(rng, {
      stem: `Version ${ver} was pulled from the registry a day after release because of a serious bug. How does Keep a Changelog 1.1.0 show that in its heading?`,
      key: `## [${ver}] - 2026-03-02 [YANKED]`,
      wrong: [
        [
          `## [${ver}] - 2026-03-02 [DEPRECATED]`,
          'confuses a pulled release with a deprecated feature',
        ],
        [
          `## [${ver}] - 2026-03-02 (broken, do not use)`,
          'adds free text instead of the [YANKED] label',
        ],
        [`## [${ver}] - 2026-03-02 [REMOVED]`, 'uses the change type “Removed” as a release label'],
        [`## [${ver}] YANKED`, 'drops the date and the brackets around the label'],
        [`## [${ver}]`, 'leaves the pulled release unmarked and undated'],
      ],
      facts: { check: 'table' },
      code: true,
    })
  }),
  family('changelog-release-order', (rng) => {
    const s = screen(rng)
    const m = rng.int(1, 7)
    const [a, b2, c] = [`${m}.9.${rng.int(0, 4)}`, `${m}.10.0`, `${m + 1}.0.0`]
    return choose(rng, {
      stem: `The ${s.app} CHANGELOG.md follows Keep a Changelog 1.1.0. It has entries for releases ${b2}, ${c} and ${a} and for changes not yet released. In what order does it list them?`,
      key: 'Newest first, below an Unreleased section',
      wrong: [
        [
          'Oldest first, so the history reads in order',
          'makes readers scroll past every old release for the latest',
        ],
        ['Alphabetically by version string', `sorts ${b2} before ${a} as text`],
        ['Grouped by change type across all releases', 'loses which release each change came in'],
        [
          'By release date, oldest at the top of the file',
          'makes readers scroll past every old release for the latest',
        ],
        ['Newest last, under a Released heading', 'reverses the order readers need'],
      ],
      facts: { check: 'table' },
    })
  }),
  family('docs-change-with-code', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `${s.app} keeps its docs in the code repository. A developer’s pull request renames the ${s.button} button. When should the docs change that matches it be made?`,
      key: 'In the same pull request, reviewed with the code',
      wrong: [
        [
          'In a docs-only batch before each quarterly release',
          'lets the docs describe a button that no longer exists for months',
        ],
        ['After users report the mismatch', 'waits for readers to find the error'],
        [
          'In a separate wiki the developers do not review',
          'splits the docs from the code review that would catch the change',
        ],
        [
          'In a separate pull request, reviewed after the release',
          'lets docs and code ship out of step',
        ],
        [
          'In the same sprint, reviewed later by the docs team alone',
          'reviews the docs apart from the code change',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
]
