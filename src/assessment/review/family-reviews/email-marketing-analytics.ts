import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `email-marketing-analytics` test (101 families):
 * each document-keyed key checked against the law, RFC section or provider rule its source names,
 * each computed key recomputed, and each SPF and DMARC option judged under RFC 7208 and RFC 7489.
 * Fixed in place before the fingerprints were taken: one defensible distractor, three stems open
 * to two readings, one wrong section citation and two incomplete ones, and four option sets whose
 * key a guessing rule found (most alike, or longest).
 */
export const EMAIL_MARKETING_ANALYTICS_REVIEW: TestFamilyReview = {
  testId: 'email-marketing-analytics',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'email-compliance/can-spam-opt-out-deadline': {
      verdict: 'ok',
      fingerprint: 'e7ff5722d318ecd9',
      note: 'FTC guide: honor an opt-out within 10 business days; key is the tenth weekday after the request, recomputed by the key test.',
    },
    'email-compliance/can-spam-postal-address': {
      verdict: 'ok',
      fingerprint: '3df173f815255070',
      note: 'FTC guide: a valid physical postal address (street, registered PO box or private mailbox).',
    },
    'email-compliance/can-spam-misleading-header': {
      verdict: 'ok',
      fingerprint: '6e8670da87ac5061',
      note: "15 U.S.C. 7704(a)(1); the FTC guide's header rule. Sending through a provider or from a no-reply address at the client's domain is not false header information.",
    },
    'email-compliance/can-spam-deceptive-subject': {
      verdict: 'ok',
      fingerprint: 'eab13a8b4981b246',
      note: '15 U.S.C. 7704(a)(2); consent or a body disclosure does not cure a deceptive subject.',
    },
    'email-compliance/can-spam-identify-as-ad': {
      verdict: 'ok',
      fingerprint: '974834f0793b820b',
      note: 'FTC guide: clear and conspicuous, with leeway in how; no ADV label is required.',
    },
    'email-compliance/can-spam-opt-out-keeps-working': {
      verdict: 'ok',
      fingerprint: '73425daf9a4649f3',
      note: 'FTC guide: the mechanism must process requests for at least 30 days after the send.',
    },
    'email-compliance/can-spam-opt-out-steps': {
      verdict: 'ok',
      fingerprint: 'c79e18d4ece299e3',
      note: 'FTC guide: no fee, nothing beyond the email address, no step beyond a reply or one web page.',
    },
    'email-compliance/can-spam-no-transfer-after-opt-out': {
      verdict: 'ok',
      fingerprint: '9a0c669726d9707e',
      note: 'FTC guide: no sale or transfer, except to a company hired to help comply.',
    },
    'email-compliance/can-spam-b2b': {
      verdict: 'ok',
      fingerprint: 'a850577e245c9539',
      note: 'FTC guide: the law makes no exception for business-to-business email.',
    },
    'email-compliance/can-spam-transactional': {
      verdict: 'ok',
      fingerprint: '21fbf27fcb0a0cbf',
      note: 'FTC guide: transactional or relationship messages must still not carry false or misleading routing information.',
    },
    'email-compliance/can-spam-primary-purpose': {
      verdict: 'ok',
      fingerprint: '52e3b1c42ec62b12',
      note: 'FTC guide: with mixed content, the message is commercial if the transactional part does not appear mainly at the beginning.',
    },
    'email-compliance/can-spam-who-is-liable': {
      verdict: 'ok',
      fingerprint: 'b824fe95f5c0be97',
      note: 'FTC guide: both the company promoted and the company that sends may be held responsible.',
    },
    'email-compliance/can-spam-no-prior-consent': {
      verdict: 'ok',
      fingerprint: '31a844eb849decb6',
      note: "Stem now says the address is an ordinary one: the FCC's wireless-domain rule made under the Act (section 14) does require express prior authorisation, so without that the key was arguable.",
    },
    'email-compliance/gdpr-pre-ticked-box': {
      verdict: 'ok',
      fingerprint: '9c0d1fcb5df4f7cb',
      note: 'Art. 4(11) and Recital 32: pre-ticked boxes or inactivity are not consent.',
    },
    'email-compliance/gdpr-demonstrate-consent': {
      verdict: 'ok',
      fingerprint: '33527bf76aa5f742',
      note: 'Art. 7(1): the controller must be able to demonstrate consent.',
    },
    'email-compliance/gdpr-withdraw-as-easy': {
      verdict: 'ok',
      fingerprint: 'acf99716f80b26a2',
      note: 'Art. 7(3): withdrawing as easy as giving consent.',
    },
    'email-compliance/gdpr-consent-bundled': {
      verdict: 'ok',
      fingerprint: 'a6030f2159ec9219',
      note: 'Art. 7(2) and 7(4): a request not distinguishable from the terms, and consent made a condition of the sale.',
    },
    'email-compliance/gdpr-object-to-direct-marketing': {
      verdict: 'ok',
      fingerprint: '011515a39e185d25',
      note: 'Art. 21(2)-(3): no balancing test for direct marketing; processing for it stops.',
    },
    'email-compliance/eprivacy-soft-opt-in': {
      verdict: 'ok',
      fingerprint: '7933d4d446286e2d',
      note: 'Art. 13(2): own customers, details obtained in a sale, own similar products, chance to object at collection and in each message.',
    },
    'email-compliance/eprivacy-concealed-sender': {
      verdict: 'ok',
      fingerprint: '5053437ea386f729',
      note: "Art. 13(4): disguising or concealing the sender's identity is prohibited.",
    },
    'email-compliance/pecr-individual-subscribers': {
      verdict: 'ok',
      fingerprint: '52699e42318d9cbe',
      note: 'Reg. 22(1) applies to individual subscribers (sole traders and non-Scottish partnerships included); corporate subscribers fall outside it.',
    },
    'email-compliance/pecr-soft-opt-in-source': {
      verdict: 'ok',
      fingerprint: 'f3acac1c6f1da58b',
      note: 'Reg. 22(3)(a): details from a sale or negotiations for a sale; a free download without interest in buying is neither.',
    },
    'email-compliance/pecr-consent-to-the-sender': {
      verdict: 'ok',
      fingerprint: 'b63c864e8d30f778',
      note: "Reg. 22(2): consent to mail sent by or at the instigation of the sender; a generic 'selected partners' consent does not name the client.",
    },
    'email-authentication/spf-office-and-esp': {
      verdict: 'ok',
      fingerprint: '1afa037afe98886e',
      note: 'Cue fixed in place: the key was the option most like the others in 9 of 10 option sets (rate 0.72), since each distractor edited it once. Distractors now pair up (whole office network twice; all placed before a mechanism twice) and one gives include an address; every option re-judged under RFC 7208 by the key test.',
    },
    'email-authentication/spf-ten-lookup-limit': {
      verdict: 'ok',
      fingerprint: 'dc574bc71f6bc6f4',
      note: 'RFC 7208 4.6.4: key makes 1+3 + 1+4 = 9 lookups; keeping a and mx makes 11, a permerror; the flattened record ends ?all, so other senders are neutral.',
    },
    'email-authentication/spf-cidr-range': {
      verdict: 'ok',
      fingerprint: '223ade811782e699',
      note: 'RFC 7208 5.6: 203.0.113.0/28 covers .0-.15 exactly; a dash range is no SPF syntax.',
    },
    'email-authentication/spf-redirect-shared-policy': {
      verdict: 'ok',
      fingerprint: '064a5907569dc7ff',
      note: 'RFC 7208 6.1 and 4.7: redirect is ignored beside all; an include alone ends neutral for unlisted senders.',
    },
    'email-authentication/spf-count-lookups': {
      verdict: 'ok',
      fingerprint: 'a8829e1e80aef076',
      note: "RFC 7208 4.6.4: include, a and mx count, plus each include's stated nested lookups; ip4, ip6 and all do not. About a fifth of draws exceed 10; the stem asks for the count the record needs, which a checker reports whole, and no option reads 11 or permerror.",
    },
    'email-authentication/spf-one-record': {
      verdict: 'ok',
      fingerprint: 'b0a470d89ce47855',
      note: 'RFC 7208 3.2 and 4.5: more than one v=spf1 record is a permerror.',
    },
    'email-authentication/spf-checks-mail-from': {
      verdict: 'ok',
      fingerprint: '7f86c749cb4105b7',
      note: 'Citation fixed: HELO is RFC 7208 section 2.3 and MAIL FROM 2.4 (the record said 2.2).',
    },
    'email-authentication/spf-txt-record-type': {
      verdict: 'ok',
      fingerprint: '222e79dd5fdbbb3c',
      note: 'RFC 7208 3.1 (TXT only; type 99 discontinued, 14.1).',
    },
    'email-authentication/dkim-key-location': {
      verdict: 'ok',
      fingerprint: 'fa80c5e4781c2610',
      note: 'RFC 6376 3.6.2.1: selector._domainkey.domain.',
    },
    'email-authentication/dkim-from-signed': {
      verdict: 'ok',
      fingerprint: 'fc803bc0939f2624',
      note: 'RFC 6376 5.4: the From header field MUST be signed.',
    },
    'email-authentication/dkim-empty-key-revoked': {
      verdict: 'ok',
      fingerprint: '0647d08cd3d46ba8',
      note: 'RFC 6376 3.6.1: an empty p= means the key was revoked.',
    },
    'email-authentication/dkim-testing-flag': {
      verdict: 'ok',
      fingerprint: 'a36c26463640ea43',
      note: 'RFC 6376 3.6.1 is the right section: under the t= tag, y means verifiers must not treat such mail differently from unsigned mail, even if the signature fails.',
    },
    'email-authentication/dkim-body-length-tag': {
      verdict: 'ok',
      fingerprint: '4c306a3bf2292cd1',
      note: 'RFC 6376 8.2: content appended beyond l= still verifies.',
    },
    'email-authentication/dkim-key-size': {
      verdict: 'ok',
      fingerprint: '6ff8bcdd6c1174cb',
      note: 'RFC 8301 3.1 (rsa-sha1 must not be used) and 3.2 (at least 1024 bits, should be 2048).',
    },
    'email-authentication/dkim-default-canonicalization': {
      verdict: 'ok',
      fingerprint: '1a9500275d0a3a89',
      note: 'RFC 6376 3.5: c= defaults to simple/simple.',
    },
    'email-authentication/dmarc-monitor-first': {
      verdict: 'ok',
      fingerprint: '6d4568ae86c42c12',
      note: "RFC 7489 6.3 does say 'the v and p tags MUST be present and MUST appear in that order', and the 6.4 grammar puts p directly after v. Distractor replaced: 'v=DMARC1; rua=...' was defensible, because 6.6.3 tells receivers to act as if p=none was published when p is missing and rua holds a valid URI, which is exactly monitoring with reports; now a rua without the mailto scheme.",
    },
    'email-authentication/dmarc-quarantine-share': {
      verdict: 'ok',
      fingerprint: '66a60dd2c7d7c79e',
      note: 'RFC 7489 6.3 pct, an integer 0-100; 6.6.4 for unselected mail.',
    },
    'email-authentication/dmarc-subdomain-policy': {
      verdict: 'ok',
      fingerprint: '76882acadcdee721',
      note: "RFC 7489 6.3 sp defaults to p; source now also cites 6.4, whose grammar puts p directly after v (other tags in any order), which is what makes 'sp before p' wrong.",
    },
    'email-authentication/dmarc-strict-dkim-alignment': {
      verdict: 'ok',
      fingerprint: 'd16a567b33f59757',
      note: 'Cue fixed in place: the key was the option most like the others in 34 of 35 option sets (rate 0.88). Distractors rebuilt so that three share the strict-SPF slip; stem now says SPF alignment stays at its default. Each option re-parsed under RFC 7489 by the key test.',
    },
    'email-authentication/dmarc-two-report-addresses': {
      verdict: 'ok',
      fingerprint: 'c5d39107c1eb854a',
      note: 'RFC 7489 6.3 and 6.4: one rua tag with a comma-separated list of URIs; a repeated tag is not the grammar.',
    },
    'email-authentication/dmarc-alignment-result': {
      verdict: 'ok',
      fingerprint: 'b0fbed46ab6c7d7e',
      note: 'RFC 7489 3.1.1, 3.1.2 and 4.2; the stem fixes organizational domains (everything registered under .com); key and each named slip recomputed by the key test.',
    },
    'email-authentication/dmarc-pct-fallback': {
      verdict: 'ok',
      fingerprint: 'dee7e322f23c1505',
      note: "RFC 7489 6.6.4: mail not selected under p=reject is treated as quarantine. Stem now says exactly pct % are selected, since the RFC's sampling makes the count an expectation otherwise.",
    },
    'email-authentication/dmarc-record-location': {
      verdict: 'ok',
      fingerprint: 'aeabd8a71e9115c5',
      note: 'RFC 7489 6.1: TXT at _dmarc.<domain>.',
    },
    'email-authentication/dmarc-external-report-destination': {
      verdict: 'ok',
      fingerprint: 'd08de1754a01a2ef',
      note: 'RFC 7489 7.1: v=DMARC1 at <domain>._report._dmarc.<destination>.',
    },
    'email-authentication/dmarc-organizational-fallback': {
      verdict: 'ok',
      fingerprint: 'ae90c026bd1fcfd8',
      note: 'RFC 7489 6.6.3 (fall back to the organizational domain) and 6.3 (sp applies to subdomains).',
    },
    'email-authentication/dmarc-third-party-dkim': {
      verdict: 'ok',
      fingerprint: 'c76c28ebe978623f',
      note: "RFC 7489 3.1.1: DKIM alignment compares d= with the From domain; adding the include leaves SPF on the provider's bounce domain, unaligned.",
    },
    'email-deliverability/gmail-bulk-threshold': {
      verdict: 'ok',
      fingerprint: '9a215139dbc446a4',
      note: 'Google sender guidelines: close to 5,000 or more messages to personal Gmail accounts within 24 hours.',
    },
    'email-deliverability/gmail-spam-rate-ceiling': {
      verdict: 'ok',
      fingerprint: '728bda73ce13a11a',
      note: "Google's guidelines now say keep the rate below 0.10 % and never reach 0.30 %, so 'below what rate must a sender stay' had two readings. Stem now asks for the ceiling never to be reached, not the lower rate; source updated.",
    },
    'email-deliverability/gmail-dmarc-minimum': {
      verdict: 'ok',
      fingerprint: '7559b5d8bf593d90',
      note: 'Google sender guidelines: bulk senders publish DMARC; the policy may be none.',
    },
    'email-deliverability/gmail-from-alignment': {
      verdict: 'ok',
      fingerprint: 'fbb830a3f8e04601',
      note: 'Google sender guidelines: the From domain aligns with the SPF or the DKIM domain.',
    },
    'email-deliverability/gmail-both-spf-and-dkim': {
      verdict: 'ok',
      fingerprint: '216962b5311cf07c',
      note: 'Google sender guidelines: all senders SPF or DKIM; bulk senders SPF and DKIM, plus DMARC.',
    },
    'email-deliverability/gmail-ptr-records': {
      verdict: 'ok',
      fingerprint: '85819c31901807a4',
      note: 'Google sender guidelines: valid forward and reverse DNS (PTR) for sending IPs.',
    },
    'email-deliverability/gmail-one-click-scope': {
      verdict: 'ok',
      fingerprint: 'eaf7f754617e877c',
      note: 'Google sender guidelines: marketing and subscribed messages support one-click unsubscribe.',
    },
    'email-deliverability/bulk-unsubscribe-two-days': {
      verdict: 'ok',
      fingerprint: 'f10be1f777e49a9b',
      note: 'Yahoo and Google (February 2024): honour unsubscribes within 2 days.',
    },
    'email-deliverability/rfc8058-headers': {
      verdict: 'ok',
      fingerprint: 'f4ca53921d31da40',
      note: 'RFC 8058 3.1 (the mail sender section) is right: one HTTPS URI in List-Unsubscribe and the single pair List-Unsubscribe=One-Click.',
    },
    'email-deliverability/rfc8058-no-redirect': {
      verdict: 'ok',
      fingerprint: '2ab949ed2144493a',
      note: 'RFC 8058 section 3: the sender must not answer the POST with an HTTPS redirect. The citation stays at section level: the subsection holding this sentence could not be settled from the sources at hand, and section 3 holds it either way.',
    },
    'email-deliverability/rfc8058-dkim-covers-headers': {
      verdict: 'ok',
      fingerprint: '5e72624a3c3e5c9f',
      note: 'RFC 8058 section 4: a valid DKIM signature covering both headers.',
    },
    'email-deliverability/rfc8058-opaque-token': {
      verdict: 'ok',
      fingerprint: '36ab7f238bc13ec1',
      note: 'RFC 8058 section 3: no cookies or authorization on the POST; the URI should hold a hard-to-forge component.',
    },
    'email-deliverability/bounce-permanent-5xx': {
      verdict: 'ok',
      fingerprint: '5036d13fef39c17b',
      note: 'RFC 5321 4.2.1 (5yz permanent) and RFC 3463 3.2 (X.1.1 bad destination mailbox).',
    },
    'email-deliverability/bounce-transient-4xx': {
      verdict: 'ok',
      fingerprint: 'b5958b47c88fb787',
      note: 'RFC 5321 4.2.1 (4yz transient) and RFC 3463 3.3 (X.2.2 mailbox full, a persistent transient failure).',
    },
    'email-deliverability/bounce-policy-block': {
      verdict: 'ok',
      fingerprint: 'fdf1b5c15b43a2da',
      note: 'RFC 3463 3.8 (X.7.1 delivery not authorized, message refused).',
    },
    'email-deliverability/warm-up-days': {
      verdict: 'ok',
      fingerprint: '0bf19c81d0072261',
      note: 'Key is the first day with start x 2^(n-1) at or above the target; recomputed by the key test.',
    },
    'email-deliverability/warm-up-new-domain': {
      verdict: 'ok',
      fingerprint: 'edb61479cb54c383',
      note: 'Google sender guidelines: raise volume slowly on a new domain or IP.',
    },
    'email-deliverability/gmail-no-gmail-from': {
      verdict: 'ok',
      fingerprint: 'dadf7979d9a38042',
      note: "Google sender guidelines: don't impersonate Gmail From headers; a gmail.com From sent through another provider cannot align with its SPF or DKIM, so it fails DMARC.",
    },
    'email-deliverability/yahoo-complaint-ceiling': {
      verdict: 'ok',
      fingerprint: '47750193687e4197',
      note: 'Yahoo sender requirements (February 2024): keep the complaint rate below 0.3 %.',
    },
    'email-metrics/delivery-rate': {
      verdict: 'ok',
      fingerprint: 'eb73392843946896',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/bounce-rate': {
      verdict: 'ok',
      fingerprint: 'cc3f8010560ba6d4',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/open-rate': {
      verdict: 'ok',
      fingerprint: '8a16b953ee2e319c',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/click-through-rate': {
      verdict: 'ok',
      fingerprint: 'ed84db0ba64a7f9d',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/click-to-open-rate': {
      verdict: 'ok',
      fingerprint: '3c03ead7a456fe83',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/apple-mpp-open-rate': {
      verdict: 'ok',
      fingerprint: '53979a13cf9fa31e',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/unsubscribe-rate': {
      verdict: 'ok',
      fingerprint: 'b3a2691f5600aa50',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/complaint-rate-ceiling': {
      verdict: 'ok',
      fingerprint: '559b0396e96b3d4d',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/revenue-per-email': {
      verdict: 'ok',
      fingerprint: '7cf9d383f5094b3d',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/conversion-rate': {
      verdict: 'ok',
      fingerprint: '02ff58a092e4b332',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/campaign-roi': {
      verdict: 'ok',
      fingerprint: 'd8819fc56da92078',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/list-growth-rate': {
      verdict: 'ok',
      fingerprint: 'd3eb511ad2ba8f63',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/list-size-after-hygiene': {
      verdict: 'ok',
      fingerprint: '6dcb7e8face41425',
      note: 'The stated suppression rule gives the key. The most-similar rule reaches about 0.6 because the counts sit close together; not a giveaway.',
    },
    'email-metrics/weighted-open-rate': {
      verdict: 'ok',
      fingerprint: 'e286e9a5ca273fff',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/complaints-allowed': {
      verdict: 'ok',
      fingerprint: '6627f08af16912ef',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-metrics/revenue-per-recipient-by-segment': {
      verdict: 'ok',
      fingerprint: '9bf125646a4d7e19',
      note: "Cue fixed in place: the engaged segment always earned more per email and its name was a letter longer than 'Lapsed', so the longest option was the key in 0.69 of draws. Either segment can now win (ranges overlap; a 2-cent gap at least), and the second segment is 'Dormant', as long as 'Engaged'. Recomputation updated to match.",
    },
    'email-metrics/average-order-value': {
      verdict: 'ok',
      fingerprint: '42803626b1cbec9c',
      note: 'Revenue over orders. The middle-value rule picks the key in about 0.69 of draws (every per-recipient slip is smaller, total revenue larger), but not in every draw, and no plausible larger slip exists; left as is.',
    },
    'email-metrics/list-churn-rate': {
      verdict: 'ok',
      fingerprint: '7873f14ccc71e502',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/ab-sample-size': {
      verdict: 'ok',
      fingerprint: '2dcbeba39466aea0',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/ab-two-proportion-z': {
      verdict: 'ok',
      fingerprint: '8104d854c04e7fd3',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/ab-relative-lift': {
      verdict: 'ok',
      fingerprint: '91a33ab88c04f27d',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/holdout-incremental-conversions': {
      verdict: 'ok',
      fingerprint: '9df38b3237ba0307',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/ab-winner-remainder': {
      verdict: 'ok',
      fingerprint: '0aa9c22a75e41530',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/p-value-meaning': {
      verdict: 'ok',
      fingerprint: '53e9bbe11d2762ff',
      note: "Single defensible key: the ASA statement's informal definition (the probability, under the model, of a result at least as extreme), with principles 2 and 5 for the distractors; source now names the definition.",
    },
    'email-testing-automation/mpp-subject-test-metric': {
      verdict: 'ok',
      fingerprint: '6618948b29fc58b8',
      note: 'Single defensible key: Apple MPP preloads remote content, so opens register without a reader; clicks or conversions are the metric a practitioner would use. No option offers opens restricted to non-MPP readers, the only other arguable choice.',
    },
    'email-testing-automation/holdout-random-assignment': {
      verdict: 'ok',
      fingerprint: 'ad8e4cc9ad53f51a',
      note: 'Single defensible key: only random assignment from the same audience makes the holdout a counterfactual; every distractor is a biased or confounded comparison.',
    },
    'email-testing-automation/ab-one-change': {
      verdict: 'ok',
      fingerprint: '3e0c2cc77bca955e',
      note: 'Single defensible key: with three changes the test compares two whole versions; it cannot attribute the win to one change, yet it is a valid comparison (the last distractor).',
    },
    'email-testing-automation/abandoned-cart-quiet-hours': {
      verdict: 'ok',
      fingerprint: 'f2197d65febe8c95',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/frequency-cap': {
      verdict: 'ok',
      fingerprint: '059447ee79d9898a',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/suppression-overlap': {
      verdict: 'ok',
      fingerprint: '538d9dd8675ded40',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/segment-union': {
      verdict: 'ok',
      fingerprint: '5962d13de11ee61a',
      note: 'Computed from the definition or rule the stem states; the key and every named slip recomputed by the key test.',
    },
    'email-testing-automation/welcome-flow-exit': {
      verdict: 'ok',
      fingerprint: '1e505e498529c5f6',
      note: "Key shortened ('Stop it: no reminders on days 3 or 7') because it was the longest option in about half the draws.",
    },
    'email-testing-automation/can-spam-preference-menu': {
      verdict: 'ok',
      fingerprint: '2a407ef942fe0002',
      note: 'FTC guide: a menu of choices must include stopping all commercial messages.',
    },
  },
}
