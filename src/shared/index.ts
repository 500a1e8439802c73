export { addMonthsUtc } from './calendar-months.js'
export { DomainError, type DomainErrorKind } from './domain-error.js'
export { findIllFormedText } from './well-formed-text.js'
