import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `gdpr` test (GDPR and data protection), read as
 * a data-protection practitioner with the Regulation, the ePrivacy Directive, Regulation 1182/71
 * and the EDPB guidelines at hand: 98 submitted, 98 kept, none deleted. Each family was drawn
 * and read (stem, key, every distractor and its named mistake), every key checked against the
 * article its stem names, and the date, time and fine keys worked again on drawn cases (the key
 * test's second calendar and Art. 83 tiers agree). Fixed in place (29 families) before the
 * fingerprints were taken. Deadlines (6 families): a month or week counted to the same date that
 * falls on a Saturday or Sunday runs to the next working day (1182/71 Art. 3(4)), which the stems
 * did not say, so the access, extended, extension-notice, refusal, Art. 14 and prior-consultation
 * keys are now drawn to end on a weekday off the EU-wide fixed holidays, and the key test checks
 * it; the 72-hour breach clocks run through weekends as periods in hours do. The "counts the day
 * of receipt as day one" distractors always sat one day before the key, nudge-shaped; replaced by
 * 90-day and four-week counts and the 72-hour breach clock (the prior-consultation slip of weeks
 * into months is renamed as rounding). EDPB readings and dated facts (4):
 * consent withdrawal without swapping bases and availability breaches now name the EDPB reading in
 * the stem (the processor clock, remote access, cookie refusal and the accountant already did);
 * the transfer-assessment stem states no adequacy decision, and the US framework stem keys on
 * the July 2023 decision being in force. DPO (1): the stem sets national law aside (Art. 37(4)).
 * Stems (4): CCTV drawn for operators who would monitor public places, cookie exemption for shops
 * with baskets, a DPIA client that has a DPO, monthly processing worded once. Mistake names (5):
 * child age (the default-16 name only where it fits), identity refusal, two-part portability
 * error, joint-controller "both", deletion as storage limitation. Wording (6): options reworded to
 * read as answers (club and clinic for any client, thief, waiting, later consent, managers' files).
 * Cues (2 families fixed for a cue alone, remote access and DPO independence): four families
 * crossed 0.50 during the fixes (public notice 1.00 most similar after a first rewording,
 * extension notice 0.56 most similar until its dates dropped the weekday, remote access 0.53 and
 * DPO independence 0.51 on crossing out the longest and most similar) and were fixed; now no
 * family is over 0.50 on any rule (worst 0.49) and every rule's mean is at most 0.33 (300 draws
 * a family). Two families (staff instructions, already reworded, and telling subjects) drew a
 * fifth named mistake after the guessing test put the security model at 0.41 on crossing out
 * the longest and most similar; it is under 0.40 again.
 */
export const GDPR_REVIEW: TestFamilyReview = {
  testId: 'gdpr',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'gdpr-bases/tax-records-basis': {
      verdict: 'ok',
      fingerprint: 'b70e26f0441d260e',
      note: 'retention required by tax law rests on Art. 6(1)(c); contract, consent, legitimate interests and public task each a named wrong basis',
    },
    'gdpr-bases/delivery-address-basis': {
      verdict: 'ok',
      fingerprint: '5f1da16fe1c6437e',
      note: 'delivery address is necessary for the contract, Art. 6(1)(b) (EDPB 2/2019); consent, legitimate interests, legal obligation and vital interests named mistakes',
    },
    'gdpr-bases/vital-interests-basis': {
      verdict: 'ok',
      fingerprint: '35e3b17f089955ad',
      note: 'disclosure to paramedics for an unconscious member is Art. 6(1)(d); the legitimate-interest distractor reworded (the drawn places are not all clubs)',
    },
    'gdpr-bases/fraud-prevention-basis': {
      verdict: 'ok',
      fingerprint: '12b70dd679143c74',
      note: 'fraud screening no law requires rests on legitimate interests after balancing (Recital 47); stem says no law requires it, so legal obligation is wrong',
    },
    'gdpr-bases/public-authority-legitimate-interests': {
      verdict: 'ok',
      fingerprint: 'fbda9061fcc6cd5d',
      note: 'Art. 6(1) last subparagraph bars authorities from legitimate interests for their tasks; key and the consent/DPO distractors checked',
    },
    'gdpr-bases/consent-condition-of-service': {
      verdict: 'ok',
      fingerprint: 'da0ff58c04d7bde4',
      note: 'consent to a sale the service does not need, made a condition of sign-up, is not free (Art. 7(4), Recital 43); the "never open to consent" distractor overstates it',
    },
    'gdpr-bases/consent-proof': {
      verdict: 'ok',
      fingerprint: '8b33fd04a0f0d20c',
      note: 'Art. 7(1) burden on the controller; processor, regulator, data subject and "no proof" are named mistakes',
    },
    'gdpr-bases/consent-bundled-in-terms': {
      verdict: 'ok',
      fingerprint: '71732f3257c1252a',
      note: 'Art. 7(2) clearly distinguishable request; invented formalities named',
    },
    'gdpr-bases/employee-consent': {
      verdict: 'ok',
      fingerprint: '8e08058b9ce4915f',
      note: 'Recital 43 and EDPB 05/2020 on imbalance of power; each distractor an invented rule, named',
    },
    'gdpr-bases/child-consent-age': {
      verdict: 'ok',
      fingerprint: '0cbd962a176c80f1',
      note: 'key by the state-set age (13-16) against the drawn user age, both branches checked; mistake names fixed: the default-16 name only where the user is under 16, otherwise "asks a parent whenever the user is a minor"; the regulator option now reads "The supervisory authority’s"; after review the school-consent distractor was reworded so it no longer opens with "Both", which the option linter reads as "both of the above" (fingerprint refreshed)',
    },
    'gdpr-bases/explicit-consent-health': {
      verdict: 'ok',
      fingerprint: '08a750becf761156',
      note: 'Art. 9(2)(a) explicit consent on top of an Art. 6 basis; stem rules out 9(2)(h) (not a health professional)',
    },
    'gdpr-bases/special-category-identify': {
      verdict: 'ok',
      fingerprint: '8e5afe3b16d8b733',
      note: 'each key is in Art. 9(1) (union membership, data revealing religion, biometrics to identify); criminal convictions correctly Art. 10, financial and identity data not special',
    },
    'gdpr-bases/employment-law-condition': {
      verdict: 'ok',
      fingerprint: '1c7f9aa4e3a5fa51',
      note: 'statutory sick pay health data under Art. 9(2)(b); consent, LI, made public and vital interests named',
    },
    'gdpr-bases/made-public-condition': {
      verdict: 'ok',
      fingerprint: 'b9fc2ac4942c6b88',
      note: 'party membership on an official public profile is manifestly made public, Art. 9(2)(e); absolute-ban and consent-only distractors named',
    },
    'gdpr-bases/criminal-data-check': {
      verdict: 'ok',
      fingerprint: 'cc2456068e96e071',
      note: 'Art. 10: official control or Union/member-state law with safeguards (a comprehensive register only under official control); Art. 9 and Art. 6 substitutes named',
    },
    'gdpr-bases/compatible-further-use': {
      verdict: 'ok',
      fingerprint: '05dd7dc9ddb2cdcf',
      note: 'Art. 6(4) compatibility test when a new purpose is not consented; distractors named',
    },
    'gdpr-bases/withdraw-then-other-basis': {
      verdict: 'ok',
      fingerprint: '8216a3131ecf987c',
      note: 'no swap to legitimate interests after withdrawal follows EDPB 05/2020 (paras 121-123), now stated in the stem; distractors named',
    },
    'gdpr-bases/legitimate-interests-test': {
      verdict: 'ok',
      fingerprint: 'e0d536bb84d1d7b6',
      note: 'three-part test (purpose, necessity, balancing) per EDPB 1/2024 and CJEU case law; distractors named',
    },
    'gdpr-bases/health-care-condition': {
      verdict: 'ok',
      fingerprint: '671e301678fae952',
      note: 'treatment notes by professionals under secrecy: Art. 9(2)(h) with 9(3); the legitimate-interest distractor reworded (not every draw is a clinic)',
    },
    'gdpr-rights/access-reply-date': {
      verdict: 'ok',
      fingerprint: '52a861e1ba18c2bb',
      note: 'one month to the same date (1182/71 Art. 3(2)(c)), drawn so the key is a weekday and no EU-wide fixed holiday (a weekend end would move to the next working day); 30-day, four-week, 40-day and 20-working-day slips named; the key test now also checks the weekday',
    },
    'gdpr-rights/access-extended-date': {
      verdict: 'ok',
      fingerprint: '0ec49c8a2a688ffb',
      note: 'three months from receipt; the day-one distractor (always one day before the key, nudge-shaped) replaced by a 90-day count; key drawn on a weekday',
    },
    'gdpr-rights/extension-notice-date': {
      verdict: 'ok',
      fingerprint: '4ef9e1f079ed528f',
      note: 'notice of extension within one month (Art. 12(3)); the day-one distractor (always one day before the key) replaced by four-week, 60-day and 90-day counts; dates now shown without weekday like the other date families, so the key no longer shares its weekday with the four-week slips (was 0.54-0.56 most similar, now under 0.45); key drawn on a weekday',
    },
    'gdpr-rights/refusal-notice-date': {
      verdict: 'ok',
      fingerprint: '46ce1aed0dfc1838',
      note: 'Art. 12(4) one month; key drawn on a weekday; 28, 30, 31-day and ten-working-day slips named',
    },
    'gdpr-rights/indirect-notice-date': {
      verdict: 'ok',
      fingerprint: '75c25c27cfdbfd38',
      note: 'Art. 14(3): one month or first communication if sooner, both branches checked; month date drawn on a weekday',
    },
    'gdpr-rights/manifestly-excessive': {
      verdict: 'ok',
      fingerprint: 'd20dcb4d61baa390',
      note: 'Art. 12(5) fee or refusal with the burden on the controller; distractors named',
    },
    'gdpr-rights/identity-doubt': {
      verdict: 'ok',
      fingerprint: 'bf5f36d2085485cf',
      note: 'Art. 12(6) additional information; "Refuse outright" renamed for the refusal it is (was named as a form requirement)',
    },
    'gdpr-rights/further-copies-fee': {
      verdict: 'ok',
      fingerprint: 'f27288f7a71418e0',
      note: 'Art. 15(3) reasonable fee on administrative costs for further copies; distractors named',
    },
    'gdpr-rights/access-content': {
      verdict: 'ok',
      fingerprint: '3092f66edf6c6c97',
      note: 'Art. 15(1)(a)-(h) information besides the copy; distractors named',
    },
    'gdpr-rights/access-third-party-data': {
      verdict: 'ok',
      fingerprint: 'baba2cbad2a67fa1',
      note: 'Art. 15(4) and EDPB 01/2022: redact others, not refuse entirely; distractors named',
    },
    'gdpr-rights/erasure-versus-tax-law': {
      verdict: 'ok',
      fingerprint: '9d0454182477a9cb',
      note: 'Art. 17(3)(b) legal obligation keeps the invoices only; over-retention distractor named',
    },
    'gdpr-rights/erasure-after-withdrawal': {
      verdict: 'ok',
      fingerprint: '7e707bc765386787',
      note: 'Art. 17(1)(b) and 17(2) reasonable steps to inform controllers of published data; distractors named',
    },
    'gdpr-rights/restriction-while-contested': {
      verdict: 'ok',
      fingerprint: '7903fd51b37e5673',
      note: 'Art. 18(1)(a) restriction during accuracy check, storage only; distractors named',
    },
    'gdpr-rights/notify-recipients': {
      verdict: 'ok',
      fingerprint: '653d7e69d86da570',
      note: 'Art. 19 unless impossible or disproportionate; distractors named',
    },
    'gdpr-rights/portability-basis': {
      verdict: 'ok',
      fingerprint: '7f0f46c9d62d6692',
      note: 'Art. 20(1)(a)-(b): consent or contract, automated; CCTV on legitimate interests not covered; "Yes, on paper" renamed for both its errors',
    },
    'gdpr-rights/portability-format': {
      verdict: 'ok',
      fingerprint: 'ff66d7934fa4e5f9',
      note: 'structured, commonly used, machine-readable; distractors each miss one attribute',
    },
    'gdpr-rights/objection-legitimate-interests': {
      verdict: 'ok',
      fingerprint: 'd2583e4991b0fde1',
      note: 'Art. 21(1) compelling legitimate grounds vs 21(3) absolute for marketing; distractors named',
    },
    'gdpr-rights/automated-decision': {
      verdict: 'ok',
      fingerprint: 'da88ff64cab23d4b',
      note: 'Art. 22(3) human intervention, point of view, contest; distractors named',
    },
    'gdpr-rights/notice-at-collection': {
      verdict: 'ok',
      fingerprint: 'fe3b1b7b3e3eec80',
      note: 'Art. 13(1) at the time of obtaining; Art. 14 periods named as the confusion',
    },
    'gdpr-rights/notice-retention-item': {
      verdict: 'ok',
      fingerprint: 'dd5eafb1beb6fad5',
      note: 'Art. 13(2)(a) period or criteria; distractors invented disclosures, named',
    },
    'gdpr-rights/indirect-disproportionate': {
      verdict: 'ok',
      fingerprint: '24d5e0ce1995076e',
      note: 'Art. 14(5)(b) with making information public; distractors named',
    },
    'gdpr-rights/reply-by-email': {
      verdict: 'ok',
      fingerprint: 'e8f9545131a0e74a',
      note: 'Art. 12(3) last sentence: electronic where requested electronically unless otherwise asked; distractors named',
    },
    'gdpr-rights/rectification-timing': {
      verdict: 'ok',
      fingerprint: '64f191a9ef68ad27',
      note: 'Art. 16 without undue delay; month and 72-hour periods named as confusions',
    },
    'gdpr-rights/objection-brought-to-attention': {
      verdict: 'ok',
      fingerprint: '2efce1a05317c3d3',
      note: 'Art. 21(4) explicitly, clearly and separately at the latest at first communication; distractors named',
    },
    'gdpr-roles/payroll-bureau-role': {
      verdict: 'ok',
      fingerprint: 'f39ede4553edcdf0',
      note: 'bureau acting exactly on instructions is a processor (Art. 4(8), EDPB 07/2020); distractors named',
    },
    'gdpr-roles/accountant-own-purposes': {
      verdict: 'ok',
      fingerprint: '2c8f56a6fe05eed9',
      note: 'EDPB 07/2020 example: an accountant under professional rules deciding how is usually a controller; the stem names the guidelines and says "usually"',
    },
    'gdpr-roles/joint-controllers-arrangement': {
      verdict: 'ok',
      fingerprint: 'e413bffaabd91710',
      note: 'Art. 26(1) arrangement; Art. 28 contract named as the role confusion',
    },
    'gdpr-roles/joint-controllers-rights': {
      verdict: 'ok',
      fingerprint: 'e946130e029f6897',
      note: 'Art. 26(3) rights against each controller; the "both" option renamed (was a form-requirement name)',
    },
    'gdpr-roles/processor-contract-audits': {
      verdict: 'ok',
      fingerprint: 'd5ada70f5758215e',
      note: 'Art. 28(3)(h) audits by the controller or its mandated auditor; distractors named',
    },
    'gdpr-roles/processor-own-purposes': {
      verdict: 'ok',
      fingerprint: '939ba790144c5381',
      note: 'Art. 28(10) processor becomes controller for its own purposes; distractors named',
    },
    'gdpr-roles/sub-processor-objection': {
      verdict: 'ok',
      fingerprint: 'c04a27525511d98d',
      note: 'Art. 28(2) prior information and chance to object under general authorisation; distractors named',
    },
    'gdpr-roles/sub-processor-flow-down': {
      verdict: 'ok',
      fingerprint: '60e03689d08f5b76',
      note: 'Art. 28(4) same data protection obligations; distractors named',
    },
    'gdpr-roles/records-small-firm-regular': {
      verdict: 'ok',
      fingerprint: '32c07a7af310bcb3',
      note: 'Art. 30(5) exemption lost for non-occasional processing (WP29/EDPB position paper); stem reworded ("processes its payroll every month", not "runs its monthly payroll every month")',
    },
    'gdpr-roles/records-processor-content': {
      verdict: 'ok',
      fingerprint: '678d43bbc3bac7c4',
      note: 'Art. 30(2)(a)-(d); distractors named',
    },
    'gdpr-roles/records-on-request': {
      verdict: 'ok',
      fingerprint: '71578ca2c371fbd6',
      note: 'Art. 30(4) available on request; distractors named',
    },
    'gdpr-roles/dpo-needed': {
      verdict: 'ok',
      fingerprint: '2d886355b1258b29',
      note: 'Art. 37(1)(a)-(c) keys (public authority, large-scale monitoring, large-scale special data; Recital 91 single doctor not large scale); the stem now sets aside national law requiring more (Art. 37(4), e.g. the German 20-person rule), so the bakery is wrong under the stated rule',
    },
    'gdpr-roles/dpo-independence': {
      verdict: 'ok',
      fingerprint: '36bcaacaf550714f',
      note: 'Art. 38(6) conflict of interests for a manager deciding purposes, 38(3) reporting to top management; key now "Not here" since the stem settles the conflict; added a training distractor (was 0.51 on crossing out the longest and most similar)',
    },
    'gdpr-roles/by-default-settings': {
      verdict: 'ok',
      fingerprint: 'a596acff806f17c6',
      note: 'Art. 25(2) last sentence: not accessible to an indefinite number by default; distractors named',
    },
    'gdpr-roles/eu-representative': {
      verdict: 'ok',
      fingerprint: '764cfeb09597e0cc',
      note: 'Art. 3(2)(a) targeting and Art. 27(1), (3); "usually" covers the 27(2) occasional exception; the stem says regularly',
    },
    'gdpr-roles/processor-passes-request': {
      verdict: 'ok',
      fingerprint: 'ff62c89be3f3da1a',
      note: 'Art. 28(3)(e) assistance, controller answers; distractors named',
    },
    'gdpr-roles/records-controller-content': {
      verdict: 'ok',
      fingerprint: 'e775e33d9ca1d777',
      note: 'Art. 30(1)(f) envisaged erasure time limits where possible; distractors named',
    },
    'gdpr-security/breach-72-hours': {
      verdict: 'ok',
      fingerprint: 'ae800a7ab0f489e5',
      note: '72 hours from awareness, running through weekends (1182/71 Art. 3(4) does not move periods in hours), recomputed by the key test; attack-start, 24-hour, working-day and midnight-start slips named',
    },
    'gdpr-security/processor-told-controller': {
      verdict: 'ok',
      fingerprint: 'c66a5ee9a6ae8ae9',
      note: 'controller aware when the processor tells it (EDPB 9/2022), stated in the stem as the EDPB reading; processor-found clock named',
    },
    'gdpr-security/late-notification-reasons': {
      verdict: 'ok',
      fingerprint: '760b3d4e42d31505',
      note: 'Art. 33(1) reasons for delay; distractors named',
    },
    'gdpr-security/phased-notification': {
      verdict: 'ok',
      fingerprint: '79cf912f0ab620d0',
      note: 'Art. 33(4) information in phases; distractors named',
    },
    'gdpr-security/notification-content': {
      verdict: 'ok',
      fingerprint: 'ec75f7664b169baf',
      note: 'Art. 33(3)(a) approximate numbers; distractors named',
    },
    'gdpr-security/document-every-breach': {
      verdict: 'ok',
      fingerprint: '421ff8a65765b313',
      note: 'Art. 33(5) documentation of every breach; distractors named',
    },
    'gdpr-security/availability-breach': {
      verdict: 'ok',
      fingerprint: 'fe5186fc694f2beb',
      note: 'temporary loss of availability is a breach per EDPB 9/2022 and 01/2021; the stem now says "as the EDPB reads it"',
    },
    'gdpr-security/tell-subjects-high-risk': {
      verdict: 'ok',
      fingerprint: 'd200c9406ddc4cba',
      note: "Art. 34(1)-(2) without undue delay, clear and plain language; added a 72-hour distractor (the authority deadline applied to subjects) for the security model's cross-out rate",
    },
    'gdpr-security/encrypted-device-exception': {
      verdict: 'ok',
      fingerprint: '72af292389203ff2',
      note: 'Art. 34(3)(a) unintelligible data with the key safe; the thief option reworded to read naturally',
    },
    'gdpr-security/public-communication': {
      verdict: 'ok',
      fingerprint: 'b241329d914c147a',
      note: 'Art. 34(3)(c) public communication equally effective; the waiting option reworded and renamed (the first rewording made the key 1.00 most similar; final wording under 0.45)',
    },
    'gdpr-security/security-measures': {
      verdict: 'ok',
      fingerprint: '6409d8307c84d8d2',
      note: 'Art. 32(1)(a) names pseudonymisation and encryption; the deletion distractor renamed (storage limitation, not the breach deadline)',
    },
    'gdpr-security/security-appropriate': {
      verdict: 'ok',
      fingerprint: 'abf24abe6aa2112c',
      note: 'Art. 32(1) risk-based; distractors named',
    },
    'gdpr-security/dpia-cctv-public': {
      verdict: 'ok',
      fingerprint: 'd23799b7cb8be659',
      note: 'Art. 35(3)(c) large-scale monitoring of a public area; the stem now draws operators who could run such cameras (was any client, e.g. a pet-grooming salon monitoring a transport hub)',
    },
    'gdpr-security/dpia-profiling-legal-effect': {
      verdict: 'ok',
      fingerprint: '7b4a792188886942',
      note: 'Art. 35(3)(a); distractors named',
    },
    'gdpr-security/dpia-who-does-it': {
      verdict: 'ok',
      fingerprint: '78abc65091d17e8d',
      note: 'Art. 35(1)-(2) controller seeks the DPO’s advice where designated; the stem now says the client has a DPO',
    },
    'gdpr-security/prior-consultation-reply': {
      verdict: 'ok',
      fingerprint: 'bb08de8d973d1284',
      note: 'Art. 36(2) eight weeks, extendable by six, both branches checked; key drawn on a weekday; the months distractor renamed (rounds the weeks to whole months)',
    },
    'gdpr-security/prior-consultation-trigger': {
      verdict: 'ok',
      fingerprint: 'ade8c9af9cbc603f',
      note: 'Art. 36(1) only where residual risk is high (Recital 94); distractors named',
    },
    'gdpr-security/staff-act-on-instructions': {
      verdict: 'ok',
      fingerprint: '151709ca004e7f9a',
      note: 'Art. 32(4); the managers option given an object ("files"); added a staff-consent distractor so the security model stays under 0.40 on crossing out the longest and most similar (the guessing test found 0.41)',
    },
    'gdpr-security/dpia-review': {
      verdict: 'ok',
      fingerprint: '5c5e6c3f274b3b4a',
      note: 'Art. 35(11) review at least on a change of risk; distractors named',
    },
    'gdpr-transfers/transfer-adequate-country': {
      verdict: 'ok',
      fingerprint: '52c3200599d93704',
      note: 'the stem states the adequacy decision, so the key does not rest on the list’s date; Art. 45(1) no further authorisation; distractors named',
    },
    'gdpr-transfers/transfer-sccs-processor': {
      verdict: 'ok',
      fingerprint: 'f65f58e815cec80e',
      note: '2021 SCCs module two (controller to processor); stem states no adequacy; distractors named',
    },
    'gdpr-transfers/transfer-impact-assessment': {
      verdict: 'ok',
      fingerprint: '17042bb84ed3261a',
      note: 'Schrems II and EDPB 01/2020 transfer assessment; the stem now states the country has no adequacy decision',
    },
    'gdpr-transfers/transfer-remote-access': {
      verdict: 'ok',
      fingerprint: '1aff41f8731f4bd8',
      note: 'remote access by a separate importer is a transfer (EDPB 05/2021), stated as the EDPB reading; added an NDA distractor and a fuller key (was 0.53 on crossing out the longest and most similar, now under 0.50)',
    },
    'gdpr-transfers/transfer-occasional-derogation': {
      verdict: 'ok',
      fingerprint: 'aaac344eecf11de6',
      note: 'Art. 49(1)(b) for one booking; systematic reuse named as the stretch',
    },
    'gdpr-transfers/transfer-group-bcr': {
      verdict: 'ok',
      fingerprint: 'f6381d098d4ee0c1',
      note: 'Art. 47 BCRs for intra-group transfers; distractors named',
    },
    'gdpr-transfers/transfer-foreign-order': {
      verdict: 'ok',
      fingerprint: 'b49a1c4ef6057c14',
      note: 'Art. 48 foreign judgment alone is no ground absent an international agreement; distractors named',
    },
    'gdpr-transfers/cookies-analytics-consent': {
      verdict: 'ok',
      fingerprint: '8378d3db5aeaa98a',
      note: 'ePrivacy Art. 5(3) prior consent for third-party analytics; the "later" option reworded to read as an answer',
    },
    'gdpr-transfers/cookies-strictly-necessary': {
      verdict: 'ok',
      fingerprint: '88e274373b9567db',
      note: 'Art. 5(3) strictly necessary exemption (WP29 04/2012); the stem now draws shops, so a basket, login or load-balancing cookie fits the site',
    },
    'gdpr-transfers/cookies-pre-ticked': {
      verdict: 'ok',
      fingerprint: 'ed4d16984482c198',
      note: 'Planet49 (C-673/17) pre-ticked box is not consent; distractors named',
    },
    'gdpr-transfers/cookies-reject-button': {
      verdict: 'ok',
      fingerprint: '7154f94fc7bca344',
      note: 'refusal as easy as acceptance from the EDPB cookie-banner taskforce report, named in the stem with Art. 7(3); distractors named',
    },
    'gdpr-transfers/email-soft-opt-in': {
      verdict: 'ok',
      fingerprint: '2a8fd2144386899e',
      note: 'ePrivacy Art. 13(2) existing-customer soft opt-in, opt-out at collection and in each message; distractors named',
    },
    'gdpr-transfers/email-cold-consumers': {
      verdict: 'ok',
      fingerprint: '82519d6b7a84f21c',
      note: 'Art. 13(1) prior consent for natural persons; distractors named',
    },
    'gdpr-transfers/fine-upper-tier-cap': {
      verdict: 'ok',
      fingerprint: 'e5dcfed6d55e7b7f',
      note: 'Art. 83(5) max of EUR 20m and 4 % of worldwide turnover, recomputed on draws either side of EUR 500m; profit and lower-tier slips named',
    },
    'gdpr-transfers/fine-lower-tier-cap': {
      verdict: 'ok',
      fingerprint: 'e798ad6f4ddf59bf',
      note: 'Art. 83(4) for Arts 28, 30, 33; recomputed either side of EUR 500m turnover',
    },
    'gdpr-transfers/fine-linked-infringements': {
      verdict: 'ok',
      fingerprint: 'a6f289b42c52369f',
      note: 'Art. 83(3) capped by the gravest infringement; adding caps and shares named',
    },
    'gdpr-transfers/fine-tier-by-article': {
      verdict: 'ok',
      fingerprint: '382cd876a4cd90e1',
      note: 'each drawn article checked against Art. 83(4)/(5) lists (15, 44, 9 upper; 37, 35, 32 lower); distractors named',
    },
    'gdpr-transfers/transfer-us-framework': {
      verdict: 'ok',
      fingerprint: '9bb99e978f05371d',
      note: 'DPF adequacy (Commission decision of 10 July 2023) covers certified recipients only; the stem now says "with that decision in force" so the key does not depend on later events; both branches checked',
    },
    'gdpr-transfers/fine-factors': {
      verdict: 'ok',
      fingerprint: '16ad0f01619c8909',
      note: 'Art. 83(2)(a) nature, gravity and duration; distractors named',
    },
  },
}
