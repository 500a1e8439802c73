/**
 * A certified candidate may retake a test only this many days before the certification expires;
 * the browser app shows a credential as expiring from the same day.
 */
export const RENEWAL_WINDOW_DAYS = 60
