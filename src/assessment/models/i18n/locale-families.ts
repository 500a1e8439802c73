import { cap, family, product } from './i18n-text.js'

// Locale tags and the localisation workflow: BCP 47 canonical form and likely subtags (typed
// from CLDR's likelySubtags and alias data for the tags asked), resource fallback by stated
// lookup rules, pseudo-localisation and expansion budgets, list formats and display names.

/** Canonical case: language lower, script title, region upper; aliases as CLDR maps them. */
function canonical(tag: string): string {
  const alias: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', mo: 'ro' }
  return tag
    .split(/[-_]/)
    .map((p, i) => {
      if (i === 0) return alias[p.toLowerCase()] ?? p.toLowerCase()
      if (p.length === 4 && /^[a-z]+$/i.test(p))
        return p[0]!.toUpperCase() + p.slice(1).toLowerCase()
      if (p.length === 2 || /^\d{3}$/.test(p)) return p.toUpperCase()
      return p.toLowerCase()
    })
    .join('-')
}

/** BCP 47 lookup: the requested tag, then each shorter prefix, then the default. */
function lookup(
  requested: readonly string[],
  available: readonly string[],
  fallback: string,
): string {
  for (const r of requested) {
    const parts = r.split('-')
    for (let n = parts.length; n > 0; n--) {
      const cand = parts.slice(0, n).join('-')
      if (available.includes(cand)) return cand
    }
  }
  return fallback
}

export const LOCALE_FAMILIES = [
  family('canonical-tag-case', (rng) => {
    const raw = rng.pick([
      'EN-us',
      'zh-hant-tw',
      'SR-latn-rs',
      'iw-IL',
      'in-id',
      'pt-br',
      'es-419',
      'ji',
      'DE-ch',
      'az-cyrl-AZ',
    ])
    const key = canonical(raw)
    const lowerAll = raw.toLowerCase()
    const noAlias = key.replace(/^he|^id|^yi/, (x) => ({ he: 'iw', id: 'in', yi: 'ji' })[x] ?? x)
    return {
      stem: `A settings import normalises locale tags with \`Intl.getCanonicalLocales('${raw}')[0]\`, which sets BCP 47 case (language lower, script title case, region upper) and replaces deprecated language codes with their CLDR aliases. What does it return?`,
      key,
      wrong: [
        [lowerAll, 'lowercases the whole tag'],
        [raw.toUpperCase(), 'uppercases the whole tag'],
        [
          noAlias !== key
            ? noAlias
            : key.replace(/-([A-Z][a-z]{3})/, (_, s: string) => `-${s.toUpperCase()}`),
          noAlias !== key ? 'keeps the deprecated language code' : 'uppercases the script',
        ],
        [key.replace(/-/g, '_'), 'writes a POSIX underscore'],
        [raw, 'expects the tag back unchanged'],
      ],
      figures: { raw },
    }
  }),
  family('likely-subtags-maximize', (rng) => {
    const [tag, max, wrongScript] = rng.pick([
      ['zh-TW', 'zh-Hant-TW', 'zh-Hans-TW'],
      ['zh', 'zh-Hans-CN', 'zh-Hant-CN'],
      ['en', 'en-Latn-US', 'en-Latn-GB'],
      ['sr', 'sr-Cyrl-RS', 'sr-Latn-RS'],
      ['pt', 'pt-Latn-BR', 'pt-Latn-PT'],
      ['ar', 'ar-Arab-EG', 'ar-Arab-SA'],
      ['de', 'de-Latn-DE', 'de-Latn-AT'],
    ] as const)
    const parts = max.split('-')
    return {
      stem: `A font picker fills in missing subtags with \`new Intl.Locale('${tag}').maximize().toString()\`, which adds the likely script and region from CLDR's likely-subtags data. What does it return?`,
      key: max,
      wrong: [
        [
          wrongScript,
          tag === 'zh-TW' || tag === 'zh' || tag === 'sr'
            ? 'picks the other script in use'
            : 'picks the region named after the language',
        ],
        [`${parts[0]}-${parts[2]}`, 'adds the region but not the script'],
        [`${parts[0]}-${parts[1]}`, 'adds the script but not the region'],
        [tag, 'expects maximize to leave the tag as given'],
        [
          `${parts[0]}-${parts[1]}-${parts[0]!.toUpperCase()}`,
          'makes the region the language code in capitals',
        ],
      ],
      figures: { tag },
    }
  }),
  family('likely-subtags-minimize', (rng) => {
    const [full, min] = rng.pick([
      ['en-Latn-US', 'en'],
      ['zh-Hant-TW', 'zh-TW'],
      ['sr-Cyrl-RS', 'sr'],
      ['sr-Latn-RS', 'sr-Latn'],
      ['pt-Latn-PT', 'pt-PT'],
      ['de-Latn-AT', 'de-AT'],
      ['zh-Hans-CN', 'zh'],
    ] as const)
    const [l, s, r] = full.split('-')
    return {
      stem: `A URL builder shortens tags with \`new Intl.Locale('${full}').minimize().toString()\`, which removes the subtags CLDR's likely-subtags data would add back. What does it return?`,
      key: min,
      wrong: [
        ...[l!, `${l}-${r}`, `${l}-${s}`, full]
          .filter((v) => v !== min)
          .map(
            (v, i) =>
              [
                v,
                [
                  'removes subtags that change the meaning',
                  'drops the script even when it is not the likely one',
                  'drops the region even when it is not the likely one',
                  'expects minimize to leave the tag as given',
                ][i]!,
              ] as [string, string],
          ),
      ],
      figures: { full },
    }
  }),
  family('resource-lookup-fallback', (rng) => {
    const avail = rng
      .shuffle(['en', 'pt', 'pt-PT', 'es', 'es-MX', 'fr', 'de', 'zh-Hant'])
      .slice(0, 5)
    if (!avail.includes('en')) avail[0] = 'en'
    const req = rng.pick(['pt-BR', 'es-AR', 'fr-CA', 'zh-Hant-HK', 'de-AT', 'es-MX'])
    const key = lookup([req], avail, 'en')
    const lang = req.split('-')[0]!
    const sibling = avail.find((a) => a.startsWith(`${lang}-`) && a !== req)
    return {
      stem: `${cap(product(rng))} ships string bundles for ${avail.join(', ')}. It resolves a user's tag by BCP 47 lookup: try the full tag, then drop the last subtag and try again, and use en if nothing matches. Which bundle does a user with ${req} get?`,
      key,
      wrong: [
        ...(sibling && sibling !== key
          ? [[sibling, 'matches a sibling region of the same language'] as [string, string]]
          : []),
        [
          key === 'en' ? lang : 'en',
          key === 'en'
            ? 'expects a bundle to exist for the bare language'
            : 'falls straight to the default',
        ],
        [req, 'expects the exact tag to be served'],
        [avail[0] === key ? avail[1]! : avail[0]!, 'takes the first bundle listed'],
        [
          avail.filter((a) => a.startsWith(lang)).at(-1) ?? `${lang}-${lang.toUpperCase()}`,
          avail.some((a) => a.startsWith(lang))
            ? 'takes the last bundle of the language listed'
            : 'invents the language’s home region',
        ],
      ],
      figures: { req, avail: avail.join(',') },
    }
  }),
  family('accept-language-negotiation', (rng) => {
    const avail = rng.pick([
      ['en', 'de', 'fr-FR'],
      ['en', 'fr', 'de-DE'],
      ['en-GB', 'es', 'fr'],
    ])
    const header = rng.pick([
      ['fr-CH', 'fr;q=0.9', 'de;q=0.7', 'en;q=0.5'],
      ['de-AT', 'fr;q=0.8', 'en;q=0.6'],
      ['es-MX', 'en-US;q=0.7', 'fr;q=0.4'],
    ])
    const tags = header.map((h) => h.split(';')[0]!)
    const key = lookup(tags, avail, avail[0]!)
    const first =
      tags.map((t) => avail.find((a) => a.split('-')[0] === t.split('-')[0])).find(Boolean) ??
      avail[0]!
    return {
      stem: `A server receives Accept-Language: ${header.join(', ')} and has translations for ${avail.join(', ')}, with ${avail[0]} as the default. It walks the header in q order and, for each tag, tries the tag then its shorter prefixes (never a sibling region). Which translation does it serve?`,
      key,
      wrong: [
        [first, 'matches any region of the same language'],
        [avail[0]!, 'ignores the header and serves the default'],
        [lookup([...tags].reverse(), avail, avail[0]!), 'reads the header from the lowest q value'],
        [tags[0]!, 'serves the first tag as if it existed'],
        [avail.at(-1)!, 'takes the last translation listed'],
      ],
      figures: { header: header.join(', '), avail: avail.join(',') },
    }
  }),
  family('unicode-extension-tag', (rng) => {
    const [base, opt, val, key2] = rng.pick([
      ['th-TH', 'numberingSystem', 'thai', 'nu'],
      ['ja-JP', 'calendar', 'japanese', 'ca'],
      ['de-DE', 'collation', 'phonebk', 'co'],
      ['en-GB', 'hourCycle', 'h12', 'hc'],
      ['ar-SA', 'calendar', 'islamic', 'ca'],
    ] as const)
    return {
      stem: `A preferences screen builds a tag with \`new Intl.Locale('${base}', { ${opt}: '${val}' }).toString()\`. Options are written as a Unicode extension: -u- followed by the two-letter key and its value. What does it return?`,
      key: `${base}-u-${key2}-${val}`,
      wrong: [
        [`${base}-${key2}-${val}`, 'leaves out the -u- singleton'],
        [`${base}-x-${key2}-${val}`, 'writes a private-use -x- extension'],
        [`${base}-u-${opt}-${val}`, 'uses the option’s JavaScript name as the key'],
        [`${base}@${opt}=${val}`, 'writes the ICU locale-ID form'],
        [`${base}-u-${val}`, 'leaves out the key'],
      ],
      figures: { base, opt, val },
    }
  }),
  family('well-formed-tag-count', (rng) => {
    const pool = [
      ['en_US', false],
      ['e-US', false],
      ['zh-Hans-CN', true],
      ['sr-Latn', true],
      ['de-DE-1996', true],
      ['es-419', true],
      ['english', true],
      ['fr-', false],
      ['gsw-CH', true],
      ['pt-BR-x-test', true],
    ] as const
    const set = rng.shuffle(pool).slice(0, 6)
    const ok = set.filter(([, v]) => v).length
    return {
      stem: `A CMS validates locale tags with \`Intl.getCanonicalLocales\`, which throws a RangeError for a tag that is not well-formed BCP 47 (hyphens only; language of 2–3 or 5–8 letters, then optional subtags of the right lengths; variants and extensions allowed). How many of these are accepted: ${set.map(([t]) => t).join(', ')}?`,
      key: String(ok),
      wrong: [
        [
          String(set.filter(([t]) => /^[a-z]{2}([-_][A-Za-z]{2})?$/.test(t)).length),
          'validates with a pattern of a two-letter language and optional two-letter region, underscore allowed',
        ],
        [String(set.filter(([t]) => !t.includes('_')).length), 'rejects only the underscore'],
        [
          String(
            ok +
              set.filter(([t]) => t === 'en_US').length +
              set.filter(([t]) => t === 'e-US').length,
          ),
          'accepts one-letter languages and underscores',
        ],
        [
          String(set.filter(([t, v]) => v && !/\d|x-/.test(t)).length),
          'rejects numeric regions, variants and private use',
        ],
        [
          String(set.filter(([t]) => /^[a-z]{2}(-|$)/.test(t)).length),
          'accepts only two-letter languages',
        ],
        [
          String(set.filter(([t, v]) => v && t !== 'english').length),
          'rejects a 5–8 letter language subtag',
        ],
        [String(set.length - ok), 'counts the tags that throw'],
        [
          String(ok + set.filter(([t]) => t === 'fr-').length),
          "accepts the trailing hyphen in 'fr-'",
        ],
      ],
      figures: { set: set.map(([t]) => t).join(' ') },
    }
  }),
  family('rtl-locale-count', (rng) => {
    const pool = ['ar', 'he', 'fa', 'ur', 'en', 'tr', 'hi', 'ps', 'yi', 'ru', 'ja', 'sw']
    const set = rng.shuffle(pool).slice(0, 6)
    const rtl = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi'])
    const n = set.filter((l) => rtl.has(l)).length
    return {
      stem: `A layout engineer flips the UI for locales whose likely script (CLDR's likely-subtags data, as \`new Intl.Locale(tag).maximize()\` adds it) is written right to left; of the scripts these languages use, only Arabic and Hebrew are. Of ${set.join(', ')}, how many get the mirrored layout?`,
      key: String(n),
      wrong: [
        [
          String(set.filter((l) => l === 'ar' || l === 'he').length),
          'mirrors only Arabic and Hebrew themselves',
        ],
        [String(set.filter((l) => l === 'ar').length), 'mirrors only Arabic'],
        [
          String(set.filter((l) => rtl.has(l) || l === 'tr').length),
          'mirrors Turkish, which was written in Arabic script until 1928',
        ],
        [
          String(set.filter((l) => rtl.has(l) || l === 'ja').length),
          'mirrors Japanese, confusing its vertical writing with right-to-left',
        ],
        [
          String(set.filter((l) => rtl.has(l) && l !== 'yi').length),
          'misses Yiddish in Hebrew script',
        ],
        [
          String(set.filter((l) => l !== 'en' && l !== 'tr' && l !== 'sw').length),
          'mirrors every locale not written in Latin script',
        ],
        [
          String(set.filter((l) => l === 'he' || l === 'yi').length),
          'mirrors only the Hebrew-script locales',
        ],
        [
          String(set.filter((l) => ['ar', 'fa', 'ur', 'ps'].includes(l)).length),
          'mirrors only the Arabic-script locales',
        ],
        [String(set.length - n), 'counts the left-to-right locales'],
      ],
      figures: { set: set.join(' ') },
    }
  }),
  family('list-format', (rng) => {
    const items = rng.shuffle(['Paris', 'Rome', 'Oslo', 'Lima', 'Kyiv']).slice(0, rng.pick([3, 4]))
    const [tag, and, oxford] = rng.pick([
      ['en-US', 'and', true],
      ['en-GB', 'and', false],
      ['de', 'und', false],
      ['es', 'y', false],
      ['fr', 'et', false],
    ] as const)
    const head = items.slice(0, -1).join(', ')
    const last = items.at(-1)!
    const join = (w: string, ox: boolean) => `${head}${ox ? ',' : ''} ${w} ${last}`
    return {
      stem: `A trip summary joins city names with \`new Intl.ListFormat('${tag}', { type: 'conjunction' }).format([${items.map((c) => `'${c}'`).join(', ')}])\`. What does it produce?`,
      key: join(and, oxford),
      wrong: [
        [join(and, !oxford), oxford ? 'drops the US serial comma' : 'adds the US serial comma'],
        [
          join('and', false) === join(and, oxford) ? join('&', false) : join('and', false),
          'hard-codes the English conjunction',
        ],
        [items.join(', '), 'joins with commas only'],
        [items.join(` ${and} `), 'puts the conjunction between every item'],
      ],
      figures: { tag, items: items.join(',') },
    }
  }),
]
