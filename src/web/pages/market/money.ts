const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** Cents as dollars for reading; amounts are kept and sent as integer cents. */
export function formatCents(cents: number): string {
  return dollars.format(cents / 100)
}

/** A dollar amount typed by a person (`1,250.50`) as integer cents, or null when it is not one. */
export function parseDollars(text: string): number | null {
  const match = /^\s*\$?\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!match) return null
  const whole = Number(match[1]!.replaceAll(',', ''))
  const cents = Number((match[2] ?? '').padEnd(2, '0'))
  return whole * 100 + cents
}
