/**
 * The "highly restrictive" level of Unicode's security mechanisms (UTS #39, 5.2): each part of an
 * address (the local part and every domain label) is written in one script, or in Latin with the
 * Chinese-Japanese-Korean combinations, and has no default-ignorable (invisible) character.
 * Written here because it is a handful of lookups on the JavaScript engine's own Unicode tables;
 * the packages that do it ship their own copies of those tables.
 */
export function hasConfusableScripts(address: string): boolean {
  if (INVISIBLE.test(address)) return true
  return address.split(/[@.]/).some((part) => !isAllowedCombination(scriptsOf(part)))
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u

const SCRIPTS: readonly [string, RegExp][] = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Georgian',
  'Ethiopic',
  'Cherokee',
  'Hangul',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')])

/** Scripts of a part's characters, leaving out those every script shares (digits, punctuation). */
function scriptsOf(part: string): Set<string> {
  const found = new Set<string>()
  for (const char of part) {
    if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(char)) continue
    // Scripts beyond the list are rare in addresses; they count as one, which can only allow more.
    found.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other')
  }
  return found
}

const CJK_SETS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
]

function isAllowedCombination(scripts: Set<string>): boolean {
  if (scripts.size <= 1) return true
  return CJK_SETS.some((set) => [...scripts].every((s) => set.includes(s)))
}
