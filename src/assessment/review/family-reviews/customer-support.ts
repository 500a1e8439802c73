import type { TestFamilyReview } from '../family-review.js'

/** The independent review of every family of the `customer-support` test (96 families). */
export const CUSTOMER_SUPPORT_REVIEW: TestFamilyReview = {
  testId: 'customer-support',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-03',
  families: {
    'support-policy-cases/return-opened-not-faulty': {
      verdict: 'ok',
      fingerprint: 'c3bf0ea439e8bffc',
    },
    'support-policy-cases/exchange-after-refund-window': {
      verdict: 'ok',
      fingerprint: '198a8cf8edbc5664',
    },
    'support-policy-cases/digital-download-used': {
      verdict: 'ok',
      fingerprint: '759ff897eb9748d4',
    },
    'support-policy-cases/accidental-damage-fixed-fee': {
      verdict: 'ok',
      fingerprint: 'fc8c6c285e55866e',
    },
    'support-policy-cases/warranty-order-number-as-proof': {
      verdict: 'ok',
      fingerprint: 'af77af39500aa7d9',
    },
    'support-policy-cases/replacement-remaining-warranty': {
      verdict: 'ok',
      fingerprint: 'e4c57770487478a2',
    },
    'support-policy-cases/legal-threat-escalation': {
      verdict: 'ok',
      fingerprint: '441769ac61f09c89',
    },
    'support-policy-cases/security-report-escalation': {
      verdict: 'ok',
      fingerprint: '31c6d54f56a2532d',
    },
    'support-policy-cases/tier-two-after-standard-steps': {
      verdict: 'ok',
      fingerprint: '32301d09527c17d0',
    },
    'support-policy-cases/chargeback-open-no-refund': {
      verdict: 'ok',
      fingerprint: '440fbb5f8cb7e5c9',
    },
    'support-policy-cases/expired-code-goodwill': {
      verdict: 'ok',
      fingerprint: '111305554222f409',
      note: 'ambiguous on review ("may offer" left declining with nothing defensible, and "first-time complainant" did not say no goodwill code had been given); policy and case reworded by the reviewer, then ok',
    },
    'support-policy-cases/annual-plan-refund-window': {
      verdict: 'ok',
      fingerprint: 'ebdb04cecd854674',
    },
    'support-policy-cases/address-change-after-shipping': {
      verdict: 'ok',
      fingerprint: 'fb255bc26df4c6a5',
    },
    'support-policy-cases/delivered-not-received-wait': {
      verdict: 'ok',
      fingerprint: '209add92c49c46ad',
    },
    'support-policy-cases/faulty-item-customer-choice': {
      verdict: 'ok',
      fingerprint: '7a34c6794f735ded',
    },
    'support-policy-cases/gift-return-credit-to-recipient': {
      verdict: 'ok',
      fingerprint: '104fe173bcb5f6b7',
    },
    'support-policy-cases/missing-item-partial-remedy': {
      verdict: 'ok',
      fingerprint: 'cc2b66e35515c34c',
    },
    'support-policy-cases/price-drop-difference': {
      verdict: 'ok',
      fingerprint: 'e683be48387908b4',
    },
    'support-policy-cases/restocking-fee-amount': {
      verdict: 'ok',
      fingerprint: '845785f5982c994e',
      note: 'cue on review (the key was the middle value of the four amounts); the refund-the-fee distractor replaced by adding the fee, then ok',
    },
    'support-policy-cases/warranty-country-of-purchase': {
      verdict: 'ok',
      fingerprint: '67fa284dd8f61652',
    },
    'support-policy-cases/refund-original-payment-method': {
      verdict: 'ok',
      fingerprint: '99364e345b5363cc',
    },
    'support-policy-cases/exception-needs-team-lead': {
      verdict: 'ok',
      fingerprint: 'b8f5060a9816b96d',
    },
    'support-policy-cases/preorder-charge-timing': {
      verdict: 'ok',
      fingerprint: 'ac95f97897a1d7de',
    },
    'support-triage-sla/priority-total-outage': {
      verdict: 'ok',
      fingerprint: 'd89bf1e410d69767',
      note: 'ambiguous on review (checkout failing for every customer also reads as P2, one core feature failing with no workaround, as the upload family keys it); the stem now states that no page loads for any customer, then ok',
    },
    'support-triage-sla/priority-workaround-exists': {
      verdict: 'ok',
      fingerprint: '630f4d2e1e1747b8',
    },
    'support-triage-sla/priority-feature-request': {
      verdict: 'ok',
      fingerprint: '84816ad7d224c6e6',
    },
    'support-triage-sla/priority-single-user-no-workaround': {
      verdict: 'ok',
      fingerprint: '8cceb2cf8bea7ec7',
    },
    'support-triage-sla/priority-label-not-impact': {
      verdict: 'ok',
      fingerprint: '3eb449976d9b163a',
    },
    'support-triage-sla/priority-core-feature-many': {
      verdict: 'ok',
      fingerprint: 'ba55c95c4a247678',
    },
    'support-triage-sla/sla-business-hours-weekend': {
      verdict: 'ok',
      fingerprint: '16398e3448e548e2',
      note: 'cue on review (the key shared its day with one distractor and its time with another); Monday at 17:00 replaced by a business day added for the weekend (Tuesday at 15:00), then ok',
    },
    'support-triage-sla/sla-calendar-hours-p1': {
      verdict: 'ok',
      fingerprint: '37d30e6f95391e89',
      note: 'cue on review (the key shared its day with one distractor and its time with another); Sunday at 23:30 replaced by holding the ticket until the desk opens (Monday at 09:00), then ok',
    },
    'support-triage-sla/sla-pending-pauses-clock': {
      verdict: 'ok',
      fingerprint: '5cd1f236d00e03d4',
      note: 'cue on review (the key was the middle value of the four durations); the 3-hour distractor replaced by counting the paused time, then ok',
    },
    'support-triage-sla/sla-work-nearest-breach': {
      verdict: 'ok',
      fingerprint: '16154c3bd4388020',
    },
    'support-triage-sla/sla-auto-reply-not-first-response': {
      verdict: 'ok',
      fingerprint: '665f4a8ba8e6e8c1',
    },
    'support-triage-sla/duplicate-tickets-merge': {
      verdict: 'ok',
      fingerprint: '3ecacb48c3228840',
    },
    'support-triage-sla/route-billing-queue': { verdict: 'ok', fingerprint: '3330060926a49112' },
    'support-triage-sla/status-pending-after-question': {
      verdict: 'ok',
      fingerprint: 'a2cdd54cf881f7a3',
    },
    'support-triage-sla/solved-ticket-follow-up': {
      verdict: 'ok',
      fingerprint: 'f19eddd40fa0ef7c',
    },
    'support-triage-sla/sla-escalate-at-80-percent': {
      verdict: 'ok',
      fingerprint: 'f546ec9333803bab',
    },
    'support-triage-sla/incident-link-mass-reports': {
      verdict: 'ok',
      fingerprint: 'a1c1fc9041762f51',
    },
    'support-triage-sla/sla-business-days-resolution': {
      verdict: 'ok',
      fingerprint: '52c4de8de5a7f42e',
    },
    'support-triage-sla/impact-urgency-matrix': {
      verdict: 'ok',
      fingerprint: '179bd02d28239313',
      note: 'ambiguous on review (the stem labelled the urgency but not the impact the key relies on); high impact now stated, then ok',
    },
    'support-triage-sla/sla-time-zone-of-the-agreement': {
      verdict: 'ok',
      fingerprint: '49a4efac75ec278b',
      note: 'Wednesday at 10:00 did not follow from its named slip; replaced by the slip of reading 15:00 London time as 15:00 in New York (Wednesday at 11:00), the other two slips renamed to what they compute, then ok',
    },
    'support-tone-de-escalation/acknowledge-then-act': {
      verdict: 'ok',
      fingerprint: '4865d6d1275ab3cf',
    },
    'support-tone-de-escalation/no-blame-wording': {
      verdict: 'ok',
      fingerprint: '22500ab1bcd54341',
    },
    'support-tone-de-escalation/plain-language-no-jargon': {
      verdict: 'ok',
      fingerprint: '61ce59c8aeae5087',
    },
    'support-tone-de-escalation/positive-framing': {
      verdict: 'ok',
      fingerprint: 'cbc385f66b051cad',
    },
    'support-tone-de-escalation/specific-apology': {
      verdict: 'ok',
      fingerprint: '4d73f8e7f71156fa',
    },
    'support-tone-de-escalation/abusive-language-warning': {
      verdict: 'ok',
      fingerprint: '1db71e6d4d0a1aa8',
    },
    'support-tone-de-escalation/no-unconfirmed-date': {
      verdict: 'ok',
      fingerprint: '5ee5401429af73eb',
    },
    'support-tone-de-escalation/closing-confirm-and-invite': {
      verdict: 'ok',
      fingerprint: 'f10a436ca4a5824d',
    },
    'support-tone-de-escalation/ask-for-specific-details': {
      verdict: 'ok',
      fingerprint: '190106b467b7f6c8',
    },
    'support-tone-de-escalation/decline-with-alternative': {
      verdict: 'ok',
      fingerprint: 'be5ca07afd3a0b75',
    },
    'support-tone-de-escalation/own-not-blame-colleagues': {
      verdict: 'ok',
      fingerprint: 'bb8ada299c475c97',
    },
    'support-tone-de-escalation/supervisor-callback-offer': {
      verdict: 'ok',
      fingerprint: '0d5e559c3adc2c8f',
      note: 'ambiguous on review (the stem stated the guideline but no customer asking for a manager); the case is now stated, then ok',
    },
    'support-tone-de-escalation/public-complaint-move-private': {
      verdict: 'ok',
      fingerprint: '405c98eb92b32d7f',
    },
    'support-tone-de-escalation/internal-note-not-public': {
      verdict: 'ok',
      fingerprint: '8e44a8d6817e072c',
    },
    'support-tone-de-escalation/proactive-delay-update': {
      verdict: 'ok',
      fingerprint: 'a0571a379d05c16f',
    },
    'support-tone-de-escalation/chat-hold-notice': {
      verdict: 'ok',
      fingerprint: '09ae488a7488ac79',
    },
    'support-tone-de-escalation/numbered-steps-for-instructions': {
      verdict: 'ok',
      fingerprint: '6c882052488ba456',
    },
    'support-knowledge-privacy/macro-placeholder-filled': {
      verdict: 'ok',
      fingerprint: 'e9acff83c93f3961',
    },
    'support-knowledge-privacy/macro-answers-every-question': {
      verdict: 'ok',
      fingerprint: '8f1594a76d687244',
    },
    'support-knowledge-privacy/macro-wrong-issue': {
      verdict: 'ok',
      fingerprint: '2b3b5e66d0d39839',
    },
    'support-knowledge-privacy/kb-outdated-article-flag': {
      verdict: 'ok',
      fingerprint: '08cee5560b3aff9b',
    },
    'support-knowledge-privacy/kb-article-task-title': {
      verdict: 'ok',
      fingerprint: 'bf19cc7ef623d15d',
    },
    'support-knowledge-privacy/kb-answer-plus-link': {
      verdict: 'ok',
      fingerprint: '3cacb64572db3477',
    },
    'support-knowledge-privacy/kb-new-article-from-repeats': {
      verdict: 'ok',
      fingerprint: '5b4360f34de8ce44',
    },
    'support-knowledge-privacy/macro-sets-wrong-status': {
      verdict: 'ok',
      fingerprint: 'f0ccdc1f177d0480',
    },
    'support-knowledge-privacy/verify-code-before-email-change': {
      verdict: 'ok',
      fingerprint: 'c3e631feb4bf38e3',
    },
    'support-knowledge-privacy/card-last-four-only': {
      verdict: 'ok',
      fingerprint: 'af5c4fdcee25f88d',
    },
    'support-knowledge-privacy/two-of-three-identity-checks': {
      verdict: 'ok',
      fingerprint: '3f56c77a24f086b3',
    },
    'support-knowledge-privacy/card-number-posted-redact': {
      verdict: 'ok',
      fingerprint: '079aed0f5c7f4cb6',
    },
    'support-knowledge-privacy/password-sent-by-customer': {
      verdict: 'ok',
      fingerprint: 'a06234c99d6724e0',
    },
    'support-knowledge-privacy/erasure-request-forward': {
      verdict: 'ok',
      fingerprint: '498ac7bcac25f181',
    },
    'support-knowledge-privacy/misdirected-email-report': {
      verdict: 'ok',
      fingerprint: '2dfdeb4d6d6db9a0',
    },
    'support-knowledge-privacy/minimum-data-in-notes': {
      verdict: 'ok',
      fingerprint: '4435a3998982d26f',
    },
    'support-knowledge-privacy/phone-change-sms-to-old-number': {
      verdict: 'ok',
      fingerprint: '870d394a3636c0cd',
    },
    'support-knowledge-privacy/urgent-executive-pressure': {
      verdict: 'ok',
      fingerprint: 'faffb6e68486e32e',
    },
    'support-knowledge-privacy/screenshot-with-other-data': {
      verdict: 'ok',
      fingerprint: 'c14c459f445371e0',
    },
    'support-metrics/csat-satisfied-share': { verdict: 'ok', fingerprint: 'e535f50416de9110' },
    'support-metrics/survey-response-rate': { verdict: 'ok', fingerprint: '850815b755ab83fa' },
    'support-metrics/aht-includes-hold-and-wrap': {
      verdict: 'ok',
      fingerprint: '741b6111d9ecfa93',
    },
    'support-metrics/frt-median-with-outlier': { verdict: 'ok', fingerprint: '77c3793d042f426c' },
    'support-metrics/frt-business-hours-over-weekend': {
      verdict: 'ok',
      fingerprint: '4855334391b7589e',
    },
    'support-metrics/fcr-per-ticket': { verdict: 'ok', fingerprint: '2013bb73534c1298' },
    'support-metrics/nps-promoters-minus-detractors': {
      verdict: 'ok',
      fingerprint: '6a2b1bf7e1bca92a',
      note: 'a distractor did not compute its named slip: counting passives as promoters gives 60, not 80; corrected by the reviewer and recomputed by the key test, then ok',
    },
    'support-metrics/backlog-open-created-solved': {
      verdict: 'ok',
      fingerprint: '188d28c388ba1cf7',
      note: 'a distractor did not compute its named slip: adding the solved tickets gives 260, not 140; corrected by the reviewer and recomputed by the key test, then ok',
    },
    'support-metrics/reopen-rate': { verdict: 'ok', fingerprint: '8a953b1b0b9a6755' },
    'support-metrics/aht-down-fcr-down': { verdict: 'ok', fingerprint: 'a9e07feef310314d' },
    'support-metrics/csat-tiny-sample': { verdict: 'ok', fingerprint: '3549620ecac9a071' },
    'support-metrics/median-for-skewed-resolution': {
      verdict: 'ok',
      fingerprint: '0b6d3168c713a123',
    },
    'support-metrics/sla-compliance-rate': { verdict: 'ok', fingerprint: '30da59171eb20ebc' },
    'support-metrics/staffing-from-aht-and-occupancy': {
      verdict: 'ok',
      fingerprint: '84ba409b1adadbd5',
    },
    'support-metrics/contact-rate-per-thousand-orders': {
      verdict: 'ok',
      fingerprint: 'dd6a09256d911d2a',
    },
    'support-metrics/csat-weighted-across-months': {
      verdict: 'ok',
      fingerprint: '225f57cb8bbcc26f',
    },
    'support-metrics/csat-survey-question': { verdict: 'ok', fingerprint: 'ec42094f34fb78ba' },
  },
}
