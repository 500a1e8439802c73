import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `project-management` test (freelance project
 * management: critical path, PERT, links, levelling, earned value, reserves, risk responses,
 * RACI, change control, scope, communication and contract types), read against the PMBOK Guide
 * 6th ed. (PDM, three-point estimating, resource optimisation, compression, Table 7-1 earned
 * value, reserves, §10.1.2.4 communication methods, §12.1.1.4 contract types), the 7th ed.
 * performance domains and the PMI Lexicon: 102 submitted, 102 kept, none deleted. Every family
 * was drawn and each stem, key and named mistake read once; the key test works every numeric
 * key and slip again by a second implementation (path enumeration for CPM, Intl printing).
 *
 * Facts checked with the search tool (secondary sources; the PMBOK text itself is not stored):
 * one Accountable per task in a RACI chart (Wikipedia, Responsibility assignment matrix); a
 * milestone has zero duration (PMI-style glossaries and exam references agree); CV% = CV / EV
 * (SAS EVM glossary; Microsoft Project CV% field, (BCWP − ACWP) / BCWP); the FPIF point of total
 * assumption PTA = (ceiling − target price) / buyer share + target cost (pmzilla, quoting
 * Wikipedia; pmclounge); communication channels n(n − 1) / 2 with n counting the project manager
 * (several PMP references). Section numbers (§6.2.3.3, §9.1.2.2, §7.2.2.6, §7.4.2.2 and the
 * rest) could not be confirmed by search; they match the reviewer’s reading of the 6th edition
 * and were left as cited.
 *
 * Fixed in place (16 families): wording that let a key depend on a day-numbering convention (the
 * finish-to-finish lag, where day-0 and day-1 counting give answers a day apart; the
 * finish-to-start lag stem made explicit too); a variance shown in days; grammar ("a
 * opportunity" in four families, "In the a … risk register" in two); the T&M not-to-exceed that
 * bound in every draw; thin-side named slips added to seven numeric families. No wrong key found.
 *
 * NOT operational: 22 families keep a cue over 0.50 at 300 draws (verdict `cue`, listed with
 * their rule and rate), 17 of them numeric keys found by the middle value. The slips now lie on
 * both sides of those keys; the remaining cue comes from the shared distractor choice, which
 * refuses most variants whose numeric key is extreme (its length or likeness place strays), so
 * the key is a middle rank about three draws in four (cost baseline: ranks 21/87/69/23 of 200).
 * A change weighting the rank more heavily in assemble-variant.ts was tried and reverted (no
 * gain, and shared by every aiming model). The test is withheld after review until these are
 * rewritten (for example asking for a quantity whose slips fall mostly far from the key, or a
 * per-family shape that keeps the key extreme half the time) and reviewed again.
 */
export const PROJECT_MANAGEMENT_REVIEW: TestFamilyReview = {
  testId: 'project-management',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'pjm-schedule/cpm-project-duration': {
      verdict: 'ok',
      fingerprint: 'c1f045e918d8a58c',
    },
    'pjm-schedule/cpm-early-start': {
      verdict: 'cue',
      fingerprint: '2f3353f51754b66f',
      note: 'Added the slip "takes the latest predecessor’s early start, not its early finish" (below the key). Still cued at 300 draws: middle value 0.59. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/cpm-early-finish': {
      verdict: 'cue',
      fingerprint: '0fb7d2337988accd',
      note: 'Added the slip "starts it at the latest predecessor’s early start, not its finish" (below the key). Still cued at 300 draws: middle value 0.53. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/cpm-late-finish': {
      verdict: 'ok',
      fingerprint: '26fc08ab19d9b376',
    },
    'pjm-schedule/cpm-late-start': {
      verdict: 'ok',
      fingerprint: '9d180f51f32472c3',
    },
    'pjm-schedule/cpm-total-float': {
      verdict: 'cue',
      fingerprint: '5ede03eed508df6c',
      note: 'Still cued at 300 draws: middle value 0.52. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/cpm-free-float': {
      verdict: 'cue',
      fingerprint: '0f8c5065ed5b0819',
      note: 'Still cued at 300 draws: middle value 0.57. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/cpm-critical-activities': {
      verdict: 'ok',
      fingerprint: '70b2051247bdd97f',
    },
    'pjm-schedule/cpm-delay-within-total-float': {
      verdict: 'ok',
      fingerprint: 'c17fa9e4a0e1b747',
    },
    'pjm-schedule/cpm-delay-beyond-total-float': {
      verdict: 'cue',
      fingerprint: '55fb3ebd2f48ab69',
      note: 'Still cued at 300 draws: middle value 0.61. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/pert-expected-duration': {
      verdict: 'ok',
      fingerprint: 'fe94129d67663a32',
    },
    'pjm-schedule/pert-standard-deviation': {
      verdict: 'ok',
      fingerprint: 'b4cc7df458d3ac85',
    },
    'pjm-schedule/pert-variance': {
      verdict: 'cue',
      fingerprint: '4ccf0d081f7ac1f8',
      note: 'Options were printed in days for a variance; now days² (new days2 format, also in the key test). Still cued at 300 draws: middle value 0.53. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/pert-path-standard-deviation': {
      verdict: 'cue',
      fingerprint: '43ee019c30f28f8a',
      note: 'Still cued at 300 draws: middle value 0.62. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/pert-two-sigma-range': {
      verdict: 'ok',
      fingerprint: 'acc4e4790118f7e8',
    },
    'pjm-schedule/lag-finish-to-start': {
      verdict: 'cue',
      fingerprint: '403b2d6d77b2fe41',
      note: 'Stem now states A’s finish day (no start-of-day/end-of-day ambiguity); next-day slip (a day added after A’s finish) added above the key. Still cued at 300 draws: middle value 0.55. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/lag-start-to-start': {
      verdict: 'cue',
      fingerprint: '1efa83e7d1f98cca',
      note: 'Still cued at 300 draws: middle value 0.57. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/lag-finish-to-finish': {
      verdict: 'cue',
      fingerprint: '1ae450014e92b9d4',
      note: 'Stem now states A’s finish day: with only a start day and a duration the finish-to-finish answer differed by one day between the day-0 and day-1 conventions; next-day slip added above the key. Still cued at 300 draws: middle value 0.52. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/lead-finish-to-start': {
      verdict: 'cue',
      fingerprint: 'c31a6b5e36f87121',
      note: 'Added the slip that reads the link as finish-to-finish (B ends, not starts, the lead before A’s finish), below the key. Still cued at 300 draws: middle value 0.53. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-schedule/resource-levelling-end-date': {
      verdict: 'ok',
      fingerprint: '9f1671ce534d5d4e',
    },
    'pjm-schedule/levelling-can-move-critical-path': {
      verdict: 'ok',
      fingerprint: '57e77175ae0af0a8',
    },
    'pjm-schedule/smoothing-stays-within-float': {
      verdict: 'ok',
      fingerprint: 'f558369c05832f15',
    },
    'pjm-schedule/crashing-adds-cost': {
      verdict: 'ok',
      fingerprint: '2fcc6b657b8f9a65',
    },
    'pjm-schedule/fast-tracking-adds-rework-risk': {
      verdict: 'ok',
      fingerprint: '3eb10a30689aa68a',
    },
    'pjm-schedule/crashing-off-critical-path-saves-nothing': {
      verdict: 'cue',
      fingerprint: '3be31e979e90ecdc',
      note: 'Was 1.00 before the author’s rewrite; still 0.59 on the cross-out-longest-and-most-similar rule. Still cued at 300 draws: cross out the longest and the most similar 0.59.',
    },
    'pjm-schedule/critical-path-is-longest': {
      verdict: 'ok',
      fingerprint: '6cfc0f3d56112da7',
    },
    'pjm-schedule/negative-float-means-behind': {
      verdict: 'cue',
      fingerprint: '313cae3c9ccb8426',
      note: 'Still cued at 300 draws: cross out the longest and the most similar 0.51.',
    },
    'pjm-schedule/finish-to-start-most-common': {
      verdict: 'ok',
      fingerprint: '088e05598d92715b',
    },
    'pjm-schedule/start-to-finish-meaning': {
      verdict: 'ok',
      fingerprint: 'ddbe2a0653ce5ff3',
    },
    'pjm-schedule/milestone-zero-duration': {
      verdict: 'ok',
      fingerprint: 'fa1c812a6d6b1e49',
    },
    'pjm-schedule/discretionary-dependency': {
      verdict: 'ok',
      fingerprint: '688aee1bd0c888cd',
    },
    'pjm-cost/evm-earned-value-from-percent': {
      verdict: 'ok',
      fingerprint: '2247479779a34977',
    },
    'pjm-cost/evm-cost-variance': {
      verdict: 'ok',
      fingerprint: 'd9ef5e3d54102da5',
    },
    'pjm-cost/evm-schedule-variance': {
      verdict: 'ok',
      fingerprint: 'bbddc84c4c6c3232',
    },
    'pjm-cost/evm-cpi': {
      verdict: 'ok',
      fingerprint: 'f05f877e04bf4f03',
    },
    'pjm-cost/evm-spi': {
      verdict: 'ok',
      fingerprint: '8b8dbf85d7973cf5',
    },
    'pjm-cost/evm-eac-typical': {
      verdict: 'ok',
      fingerprint: '38d11a1c5fb82256',
    },
    'pjm-cost/evm-eac-atypical': {
      verdict: 'ok',
      fingerprint: 'de2afdec5b02d104',
    },
    'pjm-cost/evm-eac-cpi-and-spi': {
      verdict: 'ok',
      fingerprint: '7f7c08b758cc986d',
    },
    'pjm-cost/evm-eac-bottom-up': {
      verdict: 'ok',
      fingerprint: '2dd441a805cda48b',
    },
    'pjm-cost/evm-etc-typical': {
      verdict: 'ok',
      fingerprint: '07655270415efe87',
    },
    'pjm-cost/evm-variance-at-completion': {
      verdict: 'ok',
      fingerprint: '01ba7d243bf7ef6c',
    },
    'pjm-cost/evm-tcpi-to-bac': {
      verdict: 'ok',
      fingerprint: 'c9bcc46f918b9ccf',
    },
    'pjm-cost/evm-tcpi-to-eac': {
      verdict: 'ok',
      fingerprint: '443af31108db570c',
    },
    'pjm-cost/evm-percent-complete': {
      verdict: 'ok',
      fingerprint: '8bff502347663317',
    },
    'pjm-cost/evm-cost-variance-percent': {
      verdict: 'ok',
      fingerprint: 'dc962d6924d509d6',
    },
    'pjm-cost/evm-status-reading': {
      verdict: 'ok',
      fingerprint: 'd8cf826dffd21f78',
    },
    'pjm-cost/cost-baseline-with-contingency': {
      verdict: 'cue',
      fingerprint: 'cbdb7c3ea6306d44',
      note: 'Management reserve now drawn larger than the contingency (the swap slip lies above the key in every draw); contingency-taken-out slip added below. Still cued at 300 draws: middle value 0.61. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-cost/project-budget-with-reserves': {
      verdict: 'ok',
      fingerprint: 'd0a5ff4b90fcf55d',
    },
    'pjm-cost/management-reserve-needs-baseline-change': {
      verdict: 'ok',
      fingerprint: '1dddead7763dbc81',
    },
    'pjm-cost/eac-typical-assumption': {
      verdict: 'ok',
      fingerprint: '916321ae6e83543e',
    },
    'pjm-cost/tcpi-above-one-is-harder': {
      verdict: 'ok',
      fingerprint: '47f89fffc8348486',
    },
    'pjm-cost/sv-is-zero-at-completion': {
      verdict: 'ok',
      fingerprint: '8c1c227a7002bead',
    },
    'pjm-risk/risk-contingency-from-emv': {
      verdict: 'ok',
      fingerprint: '0434704313343ab6',
    },
    'pjm-risk/risk-net-emv-threats-and-opportunities': {
      verdict: 'ok',
      fingerprint: '181f1bc6ac78ea2c',
    },
    'pjm-risk/risk-mitigation-worth-it': {
      verdict: 'ok',
      fingerprint: 'bb65325c61ab3fe8',
    },
    'pjm-risk/risk-decision-tree': {
      verdict: 'cue',
      fingerprint: '9b3a49cd1652e05f',
      note: 'Still cued at 300 draws: middle value 0.55. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-risk/risk-probability-impact-ranking': {
      verdict: 'ok',
      fingerprint: 'c08a3a039db7a7bc',
      note: 'Grammar: "In the a city council’s … risk register" now "In the risk register of …".',
    },
    'pjm-risk/threat-avoid': {
      verdict: 'ok',
      fingerprint: 'f7d64b8390e848ec',
    },
    'pjm-risk/threat-transfer': {
      verdict: 'ok',
      fingerprint: 'fe753ef071324fa5',
    },
    'pjm-risk/threat-mitigate': {
      verdict: 'ok',
      fingerprint: '617f79deef29783b',
    },
    'pjm-risk/threat-accept': {
      verdict: 'ok',
      fingerprint: 'c31a558a7b42e91b',
    },
    'pjm-risk/threat-escalate': {
      verdict: 'ok',
      fingerprint: '50ecad89674833cd',
    },
    'pjm-risk/opportunity-exploit': {
      verdict: 'ok',
      fingerprint: '066f0b406703f801',
      note: 'Grammar: "a opportunity" now "an opportunity". Was 1.00 before the author’s rewrite; no rule over 0.50 now.',
    },
    'pjm-risk/opportunity-share': {
      verdict: 'ok',
      fingerprint: 'e3ac07a0e1f0e0b7',
      note: 'Grammar: "a opportunity" now "an opportunity". Was 1.00 before the author’s rewrite; no rule over 0.50 now.',
    },
    'pjm-risk/opportunity-enhance': {
      verdict: 'ok',
      fingerprint: '5b67472fbfb695f7',
      note: 'Grammar: "a opportunity" now "an opportunity". Was 1.00 before the author’s rewrite; no rule over 0.50 now.',
    },
    'pjm-risk/opportunity-accept': {
      verdict: 'ok',
      fingerprint: 'dcfad073d226a3ff',
      note: 'Grammar: "a opportunity" now "an opportunity". Was 1.00 before the author’s rewrite; no rule over 0.50 now.',
    },
    'pjm-risk/risk-owner': {
      verdict: 'ok',
      fingerprint: '4699392879ee7fdc',
      note: 'Grammar: "In the a … risk register" now "In the risk register of …".',
    },
    'pjm-risk/secondary-risk': {
      verdict: 'ok',
      fingerprint: '5ef5be17c445de13',
    },
    'pjm-risk/residual-risk': {
      verdict: 'cue',
      fingerprint: 'cea22a7166f1f092',
      note: 'Still cued at 300 draws: most similar to the others 0.51.',
    },
    'pjm-risk/workaround-unplanned': {
      verdict: 'ok',
      fingerprint: 'a093fe2ac7006152',
    },
    'pjm-risk/issue-versus-risk': {
      verdict: 'cue',
      fingerprint: '0d5899984fa25462',
      note: 'Still cued at 300 draws: longest option 0.53.',
    },
    'pjm-risk/management-reserve-for-unknown-unknowns': {
      verdict: 'ok',
      fingerprint: '6b9666da805c3a62',
    },
    'pjm-risk/risk-threshold': {
      verdict: 'ok',
      fingerprint: 'e6d41ea909cf717f',
    },
    'pjm-govern/raci-broken-row': {
      verdict: 'ok',
      fingerprint: '8254f903c70d7b94',
    },
    'pjm-govern/raci-who-decides': {
      verdict: 'ok',
      fingerprint: 'c619b0428ae8d5b2',
    },
    'pjm-govern/raci-one-accountable': {
      verdict: 'cue',
      fingerprint: '1c0493241ec3c9b4',
      note: 'Still cued at 300 draws: least similar to the others 0.51.',
    },
    'pjm-govern/change-request-route': {
      verdict: 'ok',
      fingerprint: '31127f7e4ab3d708',
    },
    'pjm-govern/change-impact-first': {
      verdict: 'ok',
      fingerprint: '28abd6c59ba6f561',
    },
    'pjm-govern/who-approves-change': {
      verdict: 'ok',
      fingerprint: '10b6946e67c8e441',
    },
    'pjm-govern/baseline-changes-only-by-approval': {
      verdict: 'ok',
      fingerprint: '1153b640bd3a40db',
    },
    'pjm-govern/scope-baseline-contents': {
      verdict: 'ok',
      fingerprint: '93bc38eaa49ff8cc',
    },
    'pjm-govern/performance-measurement-baseline': {
      verdict: 'ok',
      fingerprint: '16257af53f1ed639',
    },
    'pjm-govern/validate-scope-versus-control-quality': {
      verdict: 'ok',
      fingerprint: 'ecc638538de39cb1',
    },
    'pjm-govern/scope-creep': {
      verdict: 'cue',
      fingerprint: '1a7d80db3b53b98f',
      note: 'Still cued at 300 draws: shortest option 0.54.',
    },
    'pjm-govern/gold-plating': {
      verdict: 'ok',
      fingerprint: 'f277963c5736b078',
    },
    'pjm-govern/wbs-100-percent-rule': {
      verdict: 'ok',
      fingerprint: 'ea4cf5e80a0ecabf',
    },
    'pjm-govern/work-package-lowest-level': {
      verdict: 'ok',
      fingerprint: 'f6159d4898ea83de',
    },
    'pjm-govern/performance-domains-7th': {
      verdict: 'ok',
      fingerprint: '49062a717b32b5fa',
    },
    'pjm-deal/channels-count': {
      verdict: 'ok',
      fingerprint: 'e605fa69b5db7b12',
    },
    'pjm-deal/channels-added': {
      verdict: 'ok',
      fingerprint: '3184b80178365b37',
    },
    'pjm-deal/tm-invoice': {
      verdict: 'cue',
      fingerprint: '243461b920d85138',
      note: 'The not-to-exceed value was always 90 % of the bill, so the key was always the cap; now it binds in half the draws (factor 0.85/0.9/1.15/1.25) and the "pays the NTE as a fixed price" slip is added. Still cued at 300 draws: middle value 0.52. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-deal/cpff-final-price': {
      verdict: 'cue',
      fingerprint: '2250e30a88a002eb',
      note: 'Still cued at 300 draws: middle value 0.59. Slips lie on both sides, but variants whose numeric key is extreme are mostly refused for a stray length or likeness place, so the key ends in the middle about three draws in four.',
    },
    'pjm-deal/cpif-fee': {
      verdict: 'ok',
      fingerprint: '568fd5ee2ad8df17',
    },
    'pjm-deal/fpif-point-of-total-assumption': {
      verdict: 'ok',
      fingerprint: '94c8fea9b7f9e58b',
    },
    'pjm-deal/ffp-seller-bears-risk': {
      verdict: 'ok',
      fingerprint: '587ceee5edffe518',
    },
    'pjm-deal/cpff-buyer-bears-risk': {
      verdict: 'ok',
      fingerprint: 'adfa31d654b5ee75',
    },
    'pjm-deal/tm-for-undefined-scope': {
      verdict: 'ok',
      fingerprint: 'c700fccd071402c7',
    },
    'pjm-deal/ffp-when-scope-defined': {
      verdict: 'ok',
      fingerprint: '1dc099f81a4f6b6c',
    },
    'pjm-deal/communication-push': {
      verdict: 'ok',
      fingerprint: 'cf5ab5dc49fd115f',
    },
    'pjm-deal/communication-pull': {
      verdict: 'cue',
      fingerprint: '51749a9944458942',
      note: 'Still cued at 300 draws: shortest option 0.51.',
    },
    'pjm-deal/communication-interactive': {
      verdict: 'ok',
      fingerprint: '9815cafdbce63ef3',
    },
  },
}
