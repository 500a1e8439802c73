// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as DealScenario } from '../pfl/pfl-text.js'

/*
 * Mergers and acquisitions scenarios for a freelance deal analyst: valuation for a deal, deal
 * structure and consideration, accretion and dilution, purchase price allocation, and financing
 * and closing mechanics. Every drawn figure is a whole number of cents, dollars, shares or basis
 * points, every working an exact fraction, so each key is rounded once, half up. Each stem states
 * the term, rate or convention its key relies on. `figures` keeps the draw so the key test can
 * work every option again its own way.
 */
