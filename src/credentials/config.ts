/** Where the platform is reached when `SKILLSIGNAL_PUBLIC_URL` is not set (the embedded setup). */
export const DEFAULT_BASE_URL = 'http://localhost:3000'

/** The issuer's name on every credential unless `SKILLSIGNAL_ISSUER_NAME` says otherwise. */
export const DEFAULT_ISSUER_NAME = 'SkillSignal'

/**
 * ISO 3166-1 alpha-2 code of the issuer's country (EU Annex I: "country or region of the issuer")
 * unless `SKILLSIGNAL_ISSUER_COUNTRY` says otherwise.
 */
export const DEFAULT_ISSUER_COUNTRY_CODE = 'DE'

/** How the platform names itself on the credentials it issues. */
export interface CredentialsConfig {
  /** Origin (and optional path) every credential, status list and context URL starts with. */
  readonly baseUrl: string
  /** `did:web` of the public host when a public URL is configured, otherwise `did:key`. */
  readonly didMethod: 'key' | 'web'
  readonly issuerName: string
  readonly issuerCountryCode: string
}

/**
 * Reads the issuer's configuration from the environment.
 *
 * @example credentialsConfigFrom({ SKILLSIGNAL_PUBLIC_URL: 'https://skills.example.org' })
 */
export function credentialsConfigFrom(env: NodeJS.ProcessEnv): CredentialsConfig {
  const publicUrl = env.SKILLSIGNAL_PUBLIC_URL?.trim()
  const country = (
    env.SKILLSIGNAL_ISSUER_COUNTRY?.trim() || DEFAULT_ISSUER_COUNTRY_CODE
  ).toUpperCase()
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new Error(
      `SKILLSIGNAL_ISSUER_COUNTRY must be a two-letter ISO 3166 code, got '${country}'`,
    )
  }
  return {
    baseUrl: trimSlash(publicUrl ? new URL(publicUrl).href : DEFAULT_BASE_URL),
    didMethod: publicUrl ? 'web' : 'key',
    issuerName: env.SKILLSIGNAL_ISSUER_NAME?.trim() || DEFAULT_ISSUER_NAME,
    issuerCountryCode: country,
  }
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url
}
