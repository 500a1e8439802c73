/**
 * The API's messages in words a person reads: schema refusals ("Too small: expected string to
 * have >=1 characters") become what to do, and instants ("2026-12-02T17:00:49.421Z") become a
 * date and time in the reader's locale and zone.
 */
const RULES: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'This field is required'],
  [
    /^Too small: expected string to have >=(\d+) characters?$/,
    (m) => `Use at least ${m[1]} characters`,
  ],
  [
    /^Too big: expected string to have <=(\d+) characters?$/,
    (m) => `Use at most ${m[1]} characters`,
  ],
  [/^Too small: expected (?:number|int) to be >=?(-?[\d.]+)$/, (m) => `Enter ${m[1]} or more`],
  [/^Too big: expected (?:number|int) to be <=?(-?[\d.]+)$/, (m) => `Enter ${m[1]} or less`],
  [/^Invalid email address$/, () => 'Enter an email address such as name@example.org'],
  [/^Invalid input: expected \w+, received undefined$/, () => 'This field is required'],
  [/^Invalid input: expected number, received \w+$/, () => 'Enter a number'],
]

const INSTANT = /\b\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g

export function plainMessage(message: string, locale?: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message)
    if (match) return say(match)
  }
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return message.replace(INSTANT, (iso) => when.format(new Date(iso)))
}
