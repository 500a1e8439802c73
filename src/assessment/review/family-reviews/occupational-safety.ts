import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `occupational-safety` test's 75 families (15 risk, 15 incident
 * statistics, 15 exposure, 15 fire and first aid, 15 equipment; it had 80), read as a
 * health-and-safety practitioner and as a guessing candidate, under a short deadline after the
 * author stopped at theirs.
 *
 * What was drawn: every family read in source with its stem, key and every declared named
 * mistake, and the key of each worked by the stated rule; the key test (second route in BigInt,
 * natural logarithms and Julian days) re-derives every key and declared mistake and was changed
 * with each mistake added, replaced or removed; every changed family was measured again by the
 * cue script. The families were not each drawn and worked by hand for several draws.
 *
 * Wrong keys found: none. Every stem states the rule, scale, band, base, cap, interval and
 * rounding its key depends on (checked family by family).
 *
 * Deleted (cued above 0.50 with no quick real fix, or with a weak mistake): sales-to-pay-for-an-
 * injury (longest option 0.66), scaffold-bay-materials-allowance (most similar 0.64),
 * ladder-length-for-access (most similar 0.61), exit-width-to-clear-in-time (its "doubles the
 * width for a blocked exit" applies a discount the stem never states; 0.52) and
 * vibration-time-to-action-value ("uses a one-hour reference period" is no practitioner's
 * reading). Risk kept all 15, so nothing needed replacing there.
 *
 * Named mistakes added on the thin side (each with its line in the key test's second route):
 * risk-reduction-percent, the severity change only and the likelihood and severity reductions
 * added (offered only while the sum is below 100 %); accident-ratio-estimate, dividing by the 641
 * events of the whole ratio; fault-tree-top-event, the AND gate taken as its likelier input;
 * ltifr-per-million-hours, first-aid cases counted as lost time and restricted duty on the
 * 200,000 base; days-away-calendar-count, whole weeks away only; incidence-per-1000, a
 * 10,000-worker base (replacing "the lower headcount", which always equalled the start or end
 * headcount mistake and was never shown); hand-arm-vibration-a8, magnitude × hours of use;
 * hand-arm-vibration-two-tools, the partials averaged and the magnitudes added over the total
 * time; next-fire-drill-date, the drill's own month counted as the first; ladder-foot-distance,
 * the 1 m extension taken off the height (heights now 4.0–7.0 m, so the key is not the one
 * three-digit option); two-leg-sling-leg-tension, the angle read as the included angle.
 * extinguishers-per-floor lost "two on every floor" (low side crowded, key the middle value).
 *
 * Weak mistakes judged: "scales the time by the ratio of the levels" (permitted time) replaced by
 * counting only whole exchange-rate steps; "counts 30 working days" kept, relabelled as six
 * calendar weeks (30 working days from a weekday is exactly 42 days); the sling moment-share pair
 * kept, renamed as what a rigger actually does wrong: reading the distance from sling A as the
 * offset of the centre of gravity from mid-span (W/2 ± W·x/span), one toward A and one away.
 * The thorough-examination goods item is now "a workshop goods hoist" (a pallet truck hoist is
 * no common item).
 *
 * Cue rates at 300 draws: before (the author's last measurement, and this review's first run at
 * the author's last commit), 16 families above 0.50, the highest sales-to-pay-for-an-injury
 * 0.66 (longest option), then scaffold-bay 0.64, days-away-calendar 0.64, ladder-length 0.61
 * (edge-protection-post-count and days-away-cap-per-case were already 0.32 and 0.38 after the
 * author's last commit); 28 over 0.45 (rule means: middle value 0.32, most similar 0.25). After:
 * none above 0.50: the highest are mixture-additive-index, first-aiders-on-each-shift and
 * corridor-detector-count at 0.50 (unchanged families), then 0.49; 13 over 0.45 (rule means:
 * middle value 0.32, cross out 0.26, most similar 0.24); each changed family measured alone:
 * risk-reduction 0.38, accident-ratio 0.35, fault-tree 0.32, ltifr 0.38, days-away-calendar
 * 0.40, incidence 0.48, hand-arm-vibration-a8 0.39, two-tools 0.39, fire drill 0.32,
 * extinguishers 0.46, ladder-foot 0.30, two-leg sling 0.39, permitted time 0.39, uneven sling
 * 0.34.
 *
 * Facts confirmed against published sources: OSHA's derating for A-weighted measurements,
 * protected level = dB(A) − (NRR − 7) ÷ 2 (the 7 dB spectral correction for dB(A), then the 50 %
 * field derating, as OSHA's Technical Manual gives it); HSE's suggested first-aid numbers (low
 * hazard: under 25 an appointed person, 25–50 one first-aider, over 50 one per 100 employed or
 * part thereof; higher hazard: one per 50 or part thereof over 50). The author's tiered table is
 * NOT HSE's: it gives one first-aider for the first 50 and one more per 100 or part above 50
 * (HSE's current table gives one per 100 or part for all over 50). It is kept because the stem
 * states it in full as the client's own table and the key follows it alone; a reader who
 * recalls HSE's table instead is answering a different question. Known to the reviewer and not
 * looked up in this review: Bird's 1 : 10 : 30 : 600 ratio (1969, serious : minor : property
 * damage : near miss); LOLER regulation 9(3) (people-lifting equipment and accessories at least
 * every 6 months, other lifting equipment every 12, or per an examination scheme); HSG140's
 * 50 litres of highly flammable liquid in a workroom; BS 5973 duty ratings 1.5–3.0 kN/m²
 * (family deleted); the OSHA dose, TWA (16.61 and 13.29) and 180-day cap; the HSE
 * action value 2.5 m/s²; LEEA's 1.4/1.0 two-leg uniform-load factors; WAHR's 470 mm gap;
 * the revised NIOSH equation; Brief and Scala; BS 5839-1's 15 m/7.5 m corridor rule; and the
 * chain 4, wire rope 5, webbing 7 design factors. Each stem states the figure its key uses.
 */
export const OCCUPATIONAL_SAFETY_REVIEW: TestFamilyReview = {
  testId: 'occupational-safety',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'ohs-risk/hazards-in-high-band': { verdict: 'ok', fingerprint: 'f94f1fd92dffeeab' },
    'ohs-risk/residual-score-after-controls': { verdict: 'ok', fingerprint: 'f7e8ebf538662f45' },
    'ohs-risk/risk-reduction-percent': { verdict: 'ok', fingerprint: '30bcc9232593ccc4' },
    'ohs-risk/rpn-after-action': { verdict: 'ok', fingerprint: 'ac2fb3879f87a7a1' },
    'ohs-risk/control-net-annual-benefit': { verdict: 'ok', fingerprint: 'e1acd4e7fe77edbe' },
    'ohs-risk/payback-months-of-control': { verdict: 'ok', fingerprint: 'b696550496b823a1' },
    'ohs-risk/fine-kinney-score': { verdict: 'ok', fingerprint: 'eec6a8d339991d1a' },
    'ohs-risk/risk-assessment-review-due': { verdict: 'ok', fingerprint: 'a02061c29edd6631' },
    'ohs-risk/chance-of-an-incident-in-n-tasks': { verdict: 'ok', fingerprint: '9210bcdaacce1773' },
    'ohs-risk/accident-ratio-estimate': { verdict: 'ok', fingerprint: 'fa9a6f0b863e7106' },
    'ohs-risk/grossly-disproportionate-spend': { verdict: 'ok', fingerprint: '06c695f554040175' },
    'ohs-risk/two-controls-combined-reduction': { verdict: 'ok', fingerprint: '6b6bd238a84022c1' },
    'ohs-risk/score-from-frequency-bands': { verdict: 'ok', fingerprint: '7afc3fe9450f9efb' },
    'ohs-risk/engineering-against-ppe-over-years': {
      verdict: 'ok',
      fingerprint: 'bee1a90d65e37c87',
    },
    'ohs-risk/fault-tree-top-event': { verdict: 'ok', fingerprint: '8ffd7df9af8150ea' },
    'ohs-stats/trir-on-200000-hours': { verdict: 'ok', fingerprint: 'c5ee050990886db2' },
    'ohs-stats/dart-rate-counts-cases': { verdict: 'ok', fingerprint: '4e55c2690688a4a7' },
    'ohs-stats/ltifr-per-million-hours': { verdict: 'ok', fingerprint: '0f86c34a2f0a10ae' },
    'ohs-stats/severity-rate-counts-days': { verdict: 'ok', fingerprint: '1755c7060a40f075' },
    'ohs-stats/trir-hours-from-headcount': { verdict: 'ok', fingerprint: '753a9de0f25ef8dc' },
    'ohs-stats/days-away-calendar-count': { verdict: 'ok', fingerprint: 'd9309a3f791f2571' },
    'ohs-stats/days-away-cap-per-case': { verdict: 'ok', fingerprint: '510b32a63b5ecda2' },
    'ohs-stats/recordable-cases-from-log': { verdict: 'ok', fingerprint: 'd748735f47b5f170' },
    'ohs-stats/most-recordables-for-a-target-rate': {
      verdict: 'ok',
      fingerprint: '5a8b81fdefec1b31',
    },
    'ohs-stats/rate-change-percent': { verdict: 'ok', fingerprint: '57a872ed6fa773c8' },
    'ohs-stats/average-days-per-lost-time-case': { verdict: 'ok', fingerprint: '50222cae6272b5d0' },
    'ohs-stats/incidence-per-1000-average-workers': {
      verdict: 'ok',
      fingerprint: '4e1dc9811c241b8c',
    },
    'ohs-stats/combined-rate-of-two-sites': { verdict: 'ok', fingerprint: '5cc8f441321423db' },
    'ohs-stats/premium-with-experience-modifier': {
      verdict: 'ok',
      fingerprint: '3cba6a4297f9ca0d',
    },
    'ohs-stats/osha-300a-average-employees': { verdict: 'ok', fingerprint: '8633729a030433a4' },
    'ohs-exposure/osha-noise-dose': { verdict: 'ok', fingerprint: '9b94c21c085882b2' },
    'ohs-exposure/lex-8h-over-a-long-shift': { verdict: 'ok', fingerprint: '4cbdab2f305428c0' },
    'ohs-exposure/adding-machine-noise-levels': { verdict: 'ok', fingerprint: '2ddca42be75372f9' },
    'ohs-exposure/permitted-time-at-a-level': { verdict: 'ok', fingerprint: 'f5353bd11e956da8' },
    'ohs-exposure/twa-from-a-dosimeter-dose': { verdict: 'ok', fingerprint: '77167f6d77ba7e54' },
    'ohs-exposure/chemical-8h-twa-with-unsampled-time': {
      verdict: 'ok',
      fingerprint: '67d789e91b37948e',
    },
    'ohs-exposure/brief-scala-limit-for-long-shift': {
      verdict: 'ok',
      fingerprint: '3e718b5ee96b562d',
    },
    'ohs-exposure/mixture-additive-index': { verdict: 'ok', fingerprint: '91b46748ca7b3cb2' },
    'ohs-exposure/niosh-lifting-index': { verdict: 'ok', fingerprint: '0590e40fdb21d91b' },
    'ohs-exposure/wbgt-index-in-or-out-of-sun': { verdict: 'ok', fingerprint: '3a8ce98cff3a7064' },
    'ohs-exposure/hand-arm-vibration-a8': { verdict: 'ok', fingerprint: 'a1b70fa69f54265a' },
    'ohs-exposure/hand-arm-vibration-two-tools': { verdict: 'ok', fingerprint: '08ded8da7efc9615' },
    'ohs-exposure/ear-protector-derated-nrr': { verdict: 'ok', fingerprint: '8ea0e42416beda35' },
    'ohs-exposure/ppm-to-mg-per-cubic-metre': { verdict: 'ok', fingerprint: '1e28830d00d18e51' },
    'ohs-exposure/noise-at-a-new-distance': { verdict: 'ok', fingerprint: 'c8df828057452c8d' },
    'ohs-fire/travel-distance-along-the-route': { verdict: 'ok', fingerprint: '28ad887efea214dd' },
    'ohs-fire/exit-width-with-largest-exit-discounted': {
      verdict: 'ok',
      fingerprint: 'eb1ca679607a6300',
    },
    'ohs-fire/occupant-capacity-from-floor-space': {
      verdict: 'ok',
      fingerprint: '5816ba6a94f9e9c5',
    },
    'ohs-fire/capacity-limited-by-exits': { verdict: 'ok', fingerprint: 'af937e2a6ac0eed7' },
    'ohs-fire/first-aiders-on-each-shift': { verdict: 'ok', fingerprint: '08b01d0a223a6fa9' },
    'ohs-fire/first-aiders-from-a-tiered-table': { verdict: 'ok', fingerprint: '645b6d0f4c00cefb' },
    'ohs-fire/extinguishers-per-floor': { verdict: 'ok', fingerprint: 'aefbc2633e5947bb' },
    'ohs-fire/evacuation-time-travel-and-queue': { verdict: 'ok', fingerprint: 'c36b0648f45b74c4' },
    'ohs-fire/aset-rset-safety-margin': { verdict: 'ok', fingerprint: '236daad48a61b224' },
    'ohs-fire/fire-load-density': { verdict: 'ok', fingerprint: 'cc7985f7205f8fe9' },
    'ohs-fire/next-fire-drill-date': { verdict: 'ok', fingerprint: '7a62c5be06c86c80' },
    'ohs-fire/defibrillator-round-trip-time': { verdict: 'ok', fingerprint: 'f4970b5377ff9a51' },
    'ohs-fire/flammable-liquid-over-the-limit': { verdict: 'ok', fingerprint: '9c2f5d83b8a7d310' },
    'ohs-fire/direct-distance-margin': { verdict: 'ok', fingerprint: '146628e68821b5ca' },
    'ohs-fire/corridor-detector-count': { verdict: 'ok', fingerprint: '8d83d2743ab2e605' },
    'ohs-equipment/ladder-foot-distance': { verdict: 'ok', fingerprint: 'bb8a8092fb7b1f43' },
    'ohs-equipment/ladder-angle-from-measurements': {
      verdict: 'ok',
      fingerprint: 'd125081b65011b0b',
    },
    'ohs-equipment/two-leg-sling-leg-tension': { verdict: 'ok', fingerprint: 'a775750cc4891ea4' },
    'ohs-equipment/sling-mode-factor-from-a-table': {
      verdict: 'ok',
      fingerprint: 'e8cdbb4b02ecb8ac',
    },
    'ohs-equipment/guardrail-intermediate-rails': {
      verdict: 'ok',
      fingerprint: '1f773a2abdbecd9b',
    },
    'ohs-equipment/scaffold-inspection-due': { verdict: 'ok', fingerprint: 'fd28bba00a516b9b' },
    'ohs-equipment/thorough-examination-interval': {
      verdict: 'ok',
      fingerprint: '87393cc3e8accaa1',
    },
    'ohs-equipment/fall-clearance-needed': { verdict: 'ok', fingerprint: '90b1f0df121fa11c' },
    'ohs-equipment/hoist-people-allowed': { verdict: 'ok', fingerprint: 'f3d0086dfef2e0f8' },
    'ohs-equipment/working-load-limit-from-breaking-load': {
      verdict: 'ok',
      fingerprint: '3e779937f9d9ed91',
    },
    'ohs-equipment/forklift-capacity-at-longer-load-centre': {
      verdict: 'ok',
      fingerprint: '5fc815ec9e458e5a',
    },
    'ohs-equipment/mobile-tower-height-limit': { verdict: 'ok', fingerprint: 'a57c589289279073' },
    'ohs-equipment/uneven-sling-leg-loads': { verdict: 'ok', fingerprint: 'e1411c06445292aa' },
    'ohs-equipment/edge-protection-post-count': { verdict: 'ok', fingerprint: '4880c4e77cc2a16a' },
    'ohs-equipment/group-lockout-padlocks': { verdict: 'ok', fingerprint: '0df668348a9e41c5' },
  },
}
