/**
 * ISO 3166-1 alpha-2 to the EU country authority table's alpha-3 codes, for the EU/EEA countries
 * an ELM document names; other countries keep their alpha-2 code as notation only.
 */
const ALPHA3: Readonly<Record<string, readonly [string, string]>> = {
  AT: ['AUT', 'Austria'],
  BE: ['BEL', 'Belgium'],
  BG: ['BGR', 'Bulgaria'],
  CH: ['CHE', 'Switzerland'],
  CY: ['CYP', 'Cyprus'],
  CZ: ['CZE', 'Czechia'],
  DE: ['DEU', 'Germany'],
  DK: ['DNK', 'Denmark'],
  EE: ['EST', 'Estonia'],
  ES: ['ESP', 'Spain'],
  FI: ['FIN', 'Finland'],
  FR: ['FRA', 'France'],
  GR: ['GRC', 'Greece'],
  HR: ['HRV', 'Croatia'],
  HU: ['HUN', 'Hungary'],
  IE: ['IRL', 'Ireland'],
  IS: ['ISL', 'Iceland'],
  IT: ['ITA', 'Italy'],
  LI: ['LIE', 'Liechtenstein'],
  LT: ['LTU', 'Lithuania'],
  LU: ['LUX', 'Luxembourg'],
  LV: ['LVA', 'Latvia'],
  MT: ['MLT', 'Malta'],
  NL: ['NLD', 'Netherlands'],
  NO: ['NOR', 'Norway'],
  PL: ['POL', 'Poland'],
  PT: ['PRT', 'Portugal'],
  RO: ['ROU', 'Romania'],
  SE: ['SWE', 'Sweden'],
  SI: ['SVN', 'Slovenia'],
  SK: ['SVK', 'Slovakia'],
}

const AUTHORITY = 'http://publications.europa.eu/resource/authority/country'

/** The EU authority-table Concept of a country, from its two-letter code. */
export function countryConcept(alpha2: string): Record<string, unknown> {
  const known = ALPHA3[alpha2.toUpperCase()]
  return {
    id: known ? `${AUTHORITY}/${known[0]}` : `${AUTHORITY}/${alpha2.toUpperCase()}`,
    type: 'Concept',
    inScheme: { id: AUTHORITY, type: 'ConceptScheme' },
    notation: 'country',
    prefLabel: { en: known ? known[1] : alpha2.toUpperCase() },
  }
}
