import { formatIsoSeconds } from './iso-time.js'

/**
 * The platform's observed span when none is given: from the UTC day of its first registration
 * until now (an empty platform: until now, the start left to the caller).
 *
 * @example
 * await platformSpan(source, Date.now() / 1000) // { obsStart: '2023-12-04T00:00:00Z', obsEnd: … }
 */
export async function platformSpan(
  source: { firstRegistration(): Promise<number | null> },
  nowSeconds: number,
): Promise<{ obsStart?: string; obsEnd: string }> {
  const first = await source.firstRegistration()
  const obsEnd = formatIsoSeconds(Math.floor(nowSeconds))
  if (first === null) return { obsEnd }
  return { obsStart: formatIsoSeconds(first - (first % 86_400)), obsEnd }
}
