import type { Rng } from '../../rng.js'
import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Version numbers and release notes. Semantic Versioning 2.0.0: a breaking change raises MAJOR
 * and resets MINOR and PATCH, a backward-compatible feature raises MINOR and resets PATCH, a fix
 * raises PATCH (§6–8); precedence compares numbers numerically and pre-release identifiers field
 * by field, a pre-release ranks below its release and build metadata is ignored (§9–11). npm's
 * caret and tilde ranges (node-semver). Keep a Changelog 1.1.0: newest release first, an
 * Unreleased section on top, headings `## [x.y.z] - YYYY-MM-DD`, and the six change types.
 */
const version = (rng: Rng) => [rng.int(1, 6), rng.int(1, 12), rng.int(1, 9)] as const
const v = (n: readonly number[]) => n.join('.')

const CHANGES = {
  major: [
    'removes the deprecated /v1/export endpoint',
    'renames the required field customer to customer_id',
    'changes the default date format in responses, breaking existing parsers',
  ],
  minor: [
    'adds an optional currency parameter to the invoices endpoint',
    'adds a new /v2/refunds endpoint',
    'adds CSV export alongside the existing JSON export',
  ],
  patch: [
    'fixes a crash when an invoice has no line items',
    'fixes wrong rounding of tax totals, with no change to the API',
    'fixes a typo in an error message',
  ],
} as const
type Bump = keyof typeof CHANGES

export const RELEASE_FAMILIES: readonly TwFamily[] = [
  family('semver-bump-for-change', (rng) => {
    const [a, b, c] = version(rng)
    const kind = rng.pick(['major', 'minor', 'patch'] as const)
    const change = rng.pick(CHANGES[kind])
    const next: Record<Bump, string> = {
      major: v([a + 1, 0, 0]),
      minor: v([a, b + 1, 0]),
      patch: v([a, b, c + 1]),
    }
    const name: Record<Bump, string> = {
      major: 'treats the change as breaking',
      minor: 'treats the change as a backward-compatible feature',
      patch: 'treats the change as a bug fix',
    }
    const wrong: [string, string][] = (['major', 'minor', 'patch'] as const)
      .filter((k) => k !== kind)
      .map((k) => [next[k], name[k]])
    if (kind === 'major')
      wrong.push([v([a + 1, b, c]), 'raises MAJOR without resetting MINOR and PATCH'])
    if (kind === 'minor') wrong.push([v([a, b + 1, c]), 'raises MINOR without resetting PATCH'])
    if (kind === 'patch') wrong.push([v([a, b + 1, c + 1]), 'raises MINOR and PATCH together'])
    return choose(rng, {
      stem: `The library is at ${v([a, b, c])}. The next release only ${change}. Under Semantic Versioning 2.0.0, what is its version number?`,
      key: next[kind],
      wrong,
      facts: { check: 'semver-inc', from: v([a, b, c]), bump: kind },
    })
  }),
  family('semver-bump-mixed-release', (rng) => {
    const [a, b, c] = version(rng)
    const feat = rng.pick(CHANGES.minor)
    const fix = rng.pick(CHANGES.patch)
    return choose(rng, {
      stem: `The API client is at ${v([a, b, c])}. The next release ${feat} and ${fix}; nothing breaks. Under Semantic Versioning 2.0.0, what is its version?`,
      key: v([a, b + 1, 0]),
      wrong: [
        [v([a, b + 1, c + 1]), 'raises MINOR and PATCH for one release each'],
        [v([a, b, c + 1]), 'lets the fix decide the bump and ignores the feature'],
        [v([a + 1, 0, 0]), 'treats a new feature as breaking'],
        [v([a, b + 1, c]), 'raises MINOR without resetting PATCH'],
      ],
      facts: { check: 'semver-inc', from: v([a, b, c]), bump: 'minor' },
    })
  }),
  family('semver-release-after-candidate', (rng) => {
    const [a, b] = [rng.int(2, 7), rng.int(0, 9)]
    const rc = rng.int(2, 6)
    const pre = `${a}.${b}.0-rc.${rc}`
    return choose(rng, {
      stem: `Release candidate ${pre} passed testing unchanged. Under Semantic Versioning 2.0.0, what version does the final release carry?`,
      key: `${a}.${b}.0`,
      wrong: [
        [`${a}.${b}.1`, 'raises PATCH, as if the candidate were already a release'],
        [`${a}.${b}.0-rc.${rc + 1}`, 'issues another candidate instead of the release'],
        [`${a}.${b + 1}.0`, 'raises MINOR, as if the candidate were already a release'],
        [`${a}.${b}.0-final`, 'adds a pre-release tag, which ranks below the release'],
        [`${a + 1}.0.0`, 'raises MAJOR for the final release'],
        [`${a + 1}.${b}.0`, 'raises MAJOR and keeps MINOR'],
        [`${a}.${b}.${rc}`, 'moves the candidate number into PATCH'],
      ],
      facts: { check: 'semver-inc', from: pre, bump: 'release' },
    })
  }),
  family('semver-highest-version', (rng) => {
    const a = rng.int(1, 4)
    const hi = rng.int(10, 19)
    const lo = rng.int(2, 9)
    const rcHi = rng.int(10, 12)
    const mode = rng.pick(['strings', 'prerelease'] as const)
    const options =
      mode === 'strings'
        ? {
            key: `${a}.${hi}.0`,
            wrong: [
              [`${a}.${lo}.0`, 'compares the numbers as text, so 9 beats 10'],
              [`${a}.${hi}.0-rc.1`, 'ranks a pre-release above its release'],
              [`${a}.${lo}.9`, 'lets the PATCH number outweigh MINOR'],
            ],
          }
        : {
            key: `${a}.${hi}.0-rc.${rcHi}`,
            wrong: [
              [
                `${a}.${hi}.0-rc.${lo}`,
                'compares pre-release numbers as text, so rc.9 beats rc.10',
              ],
              [`${a}.${hi}.0-beta.${rcHi + 5}`, 'ranks beta above rc by its larger number'],
              [`${a}.${hi}.0-alpha`, 'takes the shortest pre-release tag as the newest'],
            ],
          }
    return choose(rng, {
      stem: `A docs site lists the versions it has pages for. Under Semantic Versioning 2.0.0 precedence, which is the highest?`,
      key: options.key,
      wrong: options.wrong as [string, string][],
      facts: { check: 'semver-max' },
    })
  }),
  family('semver-caret-range', (rng) => {
    const zero = rng.pick([true, false])
    const [a, b, c] = zero
      ? [0, rng.int(2, 9), rng.int(1, 5)]
      : [rng.int(1, 5), rng.int(2, 9), rng.int(1, 5)]
    const range = `^${a}.${b}.${c}`
    const ok = zero ? `0.${b}.${c + rng.int(1, 4)}` : `${a}.${b + rng.int(1, 6)}.0`
    return choose(rng, {
      stem: `The docs toolchain’s package.json pins a theme with the npm range \`${range}\`. Which version may \`npm install\` pick?`,
      key: ok,
      wrong: [
        [
          zero ? `0.${b + 1}.0` : `${a + 1}.0.0`,
          zero
            ? 'reads ^0.x like ^1.x, allowing the next MINOR'
            : 'lets the caret cross a MAJOR version',
        ],
        [`${a}.${b}.${c - 1}`, 'takes the range to allow versions below its lower bound'],
        [
          zero ? `0.${b}.${c + 1}-beta.1` : `${a}.${b + 1}.0-beta.1`,
          'takes a range without a pre-release tag to admit pre-releases',
        ],
        [zero ? `1.${b}.${c}` : `${a + 1}.${b}.${c}`, 'lets the caret cross a MAJOR version'],
      ],
      facts: { check: 'semver-range', range },
    })
  }),
  family('semver-tilde-range', (rng) => {
    const [a, b, c] = version(rng)
    const range = `${a}.${b}.${c}`
    return choose(rng, {
      stem: `A docs build pins its site generator with the npm range “tilde ${range}” (\`~${range}\` in package.json). Which version may npm install?`,
      key: `${a}.${b}.${c + rng.int(1, 9)}`,
      wrong: [
        [`${a}.${b + 1}.0`, 'reads the tilde like a caret, allowing a new MINOR'],
        [`${a + 1}.0.0`, 'lets the tilde cross a MAJOR version'],
        [`${a}.${b}.${c - 1}`, 'takes the range to allow versions below its lower bound'],
      ],
      facts: { check: 'semver-range', range: `~${range}` },
    })
  }),
  family('semver-valid-string', (rng) => {
    const [a, b, c] = version(rng)
    const n = rng.int(1, 9)
    return choose(rng, {
      stem: `A release script rejects tags that are not valid Semantic Versioning 2.0.0 versions. Which tag passes?`,
      key: `${a}.${b}.${c}-beta.${n}`,
      wrong: [
        [`${a}.${b}`, 'leaves out the PATCH number'],
        [`${a}.${b}.${c}.${n}`, 'adds a fourth number'],
        [`0${a}.${b}.${c}`, 'puts a leading zero on a number'],
        [`${a}.${b}.${c}-beta.0${n}`, 'puts a leading zero on a numeric pre-release identifier'],
        [`v${a}.${b}.${c}`, 'adds a “v” prefix, a tag convention that is not part of the version'],
        [`${a}.${b}.${c}-beta_${n}`, 'uses an underscore, which identifiers may not contain'],
        [`${a}.${b}.${c}-beta.${n}+`, 'ends with an empty build-metadata marker'],
        [`${a}.${b}.${c} beta ${n}`, 'separates the pre-release with spaces'],
        [`release-${a}.${b}.${c}`, 'puts a word before the version number'],
      ],
      facts: { check: 'semver-valid' },
    })
  }),
]

/** Keep a Changelog 1.1.0: which section an entry belongs in, and how releases are headed. */
export const CHANGELOG_FAMILIES: readonly TwFamily[] = [
  family('changelog-change-type', (rng) => {
    const s = screen(rng)
    const type = rng.pick([
      'Added',
      'Changed',
      'Deprecated',
      'Removed',
      'Fixed',
      'Security',
    ] as const)
    const entry = {
      Added: `a new ${s.button} button on the ${s.page} page`,
      Changed: `the ${s.page} page now sorts newest first instead of oldest first`,
      Deprecated: `the /v1/${s.page.toLowerCase()} endpoint, which will be removed in the next major release`,
      Removed: `the /v1/${s.page.toLowerCase()} endpoint, deprecated since last year`,
      Fixed: `the ${s.page} page no longer freezes when a list is empty`,
      Security: `a patched cross-site scripting flaw on the ${s.page} page (CVE reference in the advisory)`,
    }[type]
    const pick = {
      Added: 'files a new feature under another type',
      Changed: 'files a change to existing behaviour under another type',
      Deprecated: 'files a still-working, soon-removed feature under another type',
      Removed: 'files a removal under another type',
      Fixed: 'files a bug fix under another type',
      Security: 'files a vulnerability fix under another type',
    }
    const others = (
      ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const
    ).filter((t) => t !== type)
    return choose(rng, {
      stem: `The ${s.app} changelog follows Keep a Changelog 1.1.0. Under which heading does this entry go: ${entry}?`,
      key: type,
      wrong: others.map((t) => [t, pick[t]] as [string, string]),
      facts: { check: 'table', type },
    })
  }),
  family('changelog-release-heading', (rng) => {
    const [a, b, c] = version(rng)
    const d = rng.int(1, 28)
    const m = rng.int(1, 12)
    const pad = (x: number) => String(x).padStart(2, '0')
    const MONTHS = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    const ver = v([a, b, c])
    return choose(rng, {
      stem: `Version ${ver} was released on ${d} ${MONTHS[m - 1]} 2026. Which release heading follows Keep a Changelog 1.1.0?`,
      key: `## [${ver}] - 2026-${pad(m)}-${pad(d)}`,
      wrong: [
        [
          `## [${ver}] - ${pad(d)}/${pad(m)}/2026`,
          'uses a regional date format instead of ISO 8601',
        ],
        [`## [${ver}] - ${pad(m)}/${pad(d)}/2026`, 'uses the US date format instead of ISO 8601'],
        [`## Version ${ver}`, 'leaves out the release date'],
        [`## [${ver}] - 2026-${m}-${d}`, 'writes the ISO date without leading zeros'],
      ].filter(([t]) => t !== `## [${ver}] - 2026-${pad(m)}-${pad(d)}`) as [string, string][],
      facts: { check: 'changelog-heading', version: ver, date: `2026-${pad(m)}-${pad(d)}` },
      code: true,
    })
  }),
  family('changelog-unreleased', (rng) => {
    const s = screen(rng)
    const change = rng.pick([
      `a fix for the ${s.page} page`,
      `a new option on the ${s.page} page`,
      'a deprecation of an old export format',
      'a patch for a security flaw',
    ])
    const latest = `${rng.int(1, 9)}.${rng.int(0, 12)}.${rng.int(0, 9)}`
    return choose(rng, {
      stem: `The latest ${s.app} release is ${latest}. A developer merges ${change} that will ship in a release not yet numbered. Where does Keep a Changelog 1.1.0 put its entry?`,
      key: 'Under an Unreleased section at the top',
      wrong: [
        [`Under the ${latest} heading`, 'credits an old release with a change it does not contain'],
        [
          'At the bottom of the file, after the oldest release',
          'puts new changes at the end instead of the top',
        ],
        ['Nowhere until the release is numbered', 'loses track of changes until release day'],
        ['In the commit message only', 'treats the commit log as the changelog'],
      ],
      facts: { check: 'table' },
    })
  }),
  family('release-note-entry', (rng) => {
    const s = screen(rng)
    const ticket = rng.int(1200, 9800)
    return choose(rng, {
      stem: `Which release-note entry for ${s.app} users describes the fix for ticket ${ticket} (the ${s.page} page froze when its list was empty)?`,
      key: `The ${s.page} page no longer freezes when its list is empty.`,
      wrong: [
        [`Fixed bug #${ticket}.`, 'gives only a ticket number users cannot look up'],
        ['Various bug fixes and performance improvements.', 'says nothing a user can check'],
        [
          `Refactored the ${s.page.toLowerCase()} list renderer to handle null arrays.`,
          'describes the code change, not what users notice',
        ],
        [
          `We are thrilled to announce a smoother ${s.page} experience!`,
          'uses marketing gloss that hides the change',
        ],
      ],
      facts: { check: 'release-note', page: s.page },
    })
  }),
  family('deprecation-notice', (rng) => {
    const [old, repl] = rng.pick([
      ['/v1/export', '/v2/exports'],
      ['the `legacy_auth` parameter', 'OAuth 2.0 tokens'],
      ['the `format=xml` option', '`format=json`'],
    ] as const)
    const [a] = version(rng)
    return choose(rng, {
      stem: `The release notes of version ${a}.4.0 must announce that ${old} is deprecated. It still works, ${repl} replaces it, and it will be removed in ${a + 1}.0.0. Which notice gives readers what they need?`,
      key: `Deprecated: ${old}. Use ${repl} instead. ${old} will be removed in version ${a + 1}.0.0.`,
      wrong: [
        [`Deprecated: ${old}.`, 'names neither the replacement nor the removal version'],
        [`Deprecated: ${old}. Use ${repl} instead.`, 'leaves out when it will be removed'],
        [
          `Removed: ${old}. Use ${repl} instead.`,
          'announces as removed a feature that still works',
        ],
        [
          `Deprecated: ${old}. It will be removed in a future version.`,
          'names no replacement and no removal version',
        ],
        [
          `Deprecated: ${old}. We recommend that you consider moving to a newer alternative at some point in the future.`,
          'names no replacement and no removal version',
        ],
        [
          `Deprecated: ${old} has been removed and replaced; update your integration as soon as you can to keep it working.`,
          'announces as removed a feature that still works, with no replacement named',
        ],
      ],
      facts: { check: 'deprecation', replacement: repl, removal: `${a + 1}.0.0` },
    })
  }),
]
