export type { JournalismScenario as InsuranceScenario } from '../dju/dju-text.js'
export { add, CENT, div, type Fraction, frac, mul, rest, sub } from '../dju/dju-text.js'
// The money writers and the refusing `worked` are personal finance literacy's, unchanged.
export { dol, money, PCT2, pc, pct2, tp, tpText, worked } from '../pfl/pfl-text.js'

/*
 * Insurance scenarios for a freelancer who works for insurers, brokers, managing general agents
 * and insurance-tech firms: an underwriting assistant rating a risk, a claims handler settling a
 * loss, a broker's analyst reading a book's results and its reinsurance. Every drawn figure is a
 * whole number (dollars, whole or tenth percents, days, counts), every working an exact fraction,
 * so each key is rounded once, half up, the way its stem says. `figures` keeps the draw so the
 * key test can work every option again its own way.
 */
