// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as VentureScenario } from '../pfl/pfl-text.js'

/*
 * Venture capital scenarios for a freelance venture analyst or start-up finance adviser: priced
 * rounds and the cap table, SAFEs and convertible notes, liquidation waterfalls, anti-dilution and
 * vesting, and fund economics. Every drawn figure is a whole number of cents, dollars, shares,
 * months or basis points, every working an exact fraction, so each key is rounded once, half up.
 * Each stem states the term, basis or convention its key relies on, as the term sheet or fund
 * agreement would. `figures` keeps the draw so the key test can work every option again its own
 * way.
 */
