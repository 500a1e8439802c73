import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `lean-six-sigma` test (Lean Six Sigma), read as a
 * Green Belt trainer and psychometrician against Montgomery's Introduction to Statistical Quality
 * Control (Appendix VI, factors for constructing variables control charts: confirmed, e.g. d2 =
 * 2.970, A2 = 0.337 for n = 9; the key test derives the constants again from the range
 * distribution), Nelson's tests for special causes (confirmed against published summaries: test 2
 * is nine points in a row on one side, test 3 six points steadily rising or falling, test 5 two
 * out of three beyond two sigma on one side), the 1.5-sigma shift convention (every stem states
 * it), Shingo's contact, fixed-value and motion-step poka-yoke methods, the
 * prevention-appraisal-failure cost model and the Kano categories. The AIAG MSA acceptance bands
 * are not used by any family (the gauge family computes %GRR only), so were not needed.
 *
 * Submitted: 131 families written (108 asked, 17 withheld by an `OVER_CUE_LIMIT` list and an
 * `asked()` filter, 6 more dropped by `.filter` calls). The list, the filter and the `.filter`
 * calls are gone. Now 118 families. Deleted (4, code and key-test twins removed): DPMO, the
 * moving-range UCL, the Pareto 80 % cut and process cycle efficiency, each still over 0.50 on
 * crossing out the longest and the most similar with their real slips (the key's figure is
 * rarely the longest and often the most similar); DPU, DPO, the sigma-level conversions, the
 * individuals-chart UCL and the Pareto cumulative share still test those topics. Nine categories
 * are now marked `distractorOnly` (offered only as wrong answers, no family of their own, so
 * nothing is withheld): business case, SIPOC suppliers, outputs and customers, prevention cost,
 * the test for equal variances, the u and X-bar and R charts, and gauge bias; as keys their
 * names stood out (0.52 to 0.58 on one rule). Restored (11 of the 17): Cpk, goal statement,
 * pilot design, control-plan reaction, np and c chart choice, charter scope, the Define phase,
 * the ratio scale, the two-proportion test and 5S standardize.
 *
 * Fixed in place. Coherence (all families): stems named a random industry beside an unrelated
 * case (a nurse at an electronics assembler, a press changeover at a hospital laboratory); the
 * client is now named without an industry. Ambiguity (4): np items offered the p chart and c
 * items the u chart as wrong, though both are valid there; fishbone's night-shift fatigue (People
 * or Methods) and two inspectors grading differently (Measurement or People) were replaced by an
 * untrained operator and a scale too coarse for the tolerance; the prevention case "qualifying a
 * new supplier" is filed as appraisal by some cost-of-quality sources and was replaced. Cues (5):
 * Cpk (two slips on both sides of the key), goal statement, pilot design, control-plan reaction
 * and the common-cause response (varied true wordings and more named mistakes). Kept after
 * judging: the Kano and fishbone cases left each state the defining behaviour, so one category
 * fits; the DMAIC-phase, SIPOC, data-scale and MSA cases each carry one category's marks.
 *
 * Cues (300 draws a family, final text): no family over 0.50; see the report for the worst
 * family and the rule means (cross out the longest and the most similar 0.34, the rest <= 0.25).
 */
export const LEAN_SIX_SIGMA_REVIEW: TestFamilyReview = {
  testId: 'lean-six-sigma',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'lss-define/lss-dmaic-phase-define': {
      verdict: 'ok',
      fingerprint: '700810774dd8ff1d',
      note: 'Restored from the author’s withheld list: under 0.50 on every rule once the list and filter went.',
    },
    'lss-define/lss-dmaic-phase-measure': {
      verdict: 'ok',
      fingerprint: 'a6dd532c9d9a871a',
    },
    'lss-define/lss-dmaic-phase-analyze': {
      verdict: 'ok',
      fingerprint: 'ceaf4b44311742eb',
    },
    'lss-define/lss-dmaic-phase-improve': {
      verdict: 'ok',
      fingerprint: '910905adbb53a54f',
    },
    'lss-define/lss-dmaic-phase-control': {
      verdict: 'ok',
      fingerprint: '534a65d03f6a2ac7',
    },
    'lss-define/lss-charter-section-problem-statement': {
      verdict: 'ok',
      fingerprint: 'a1da17e35cc76a1e',
    },
    'lss-define/lss-charter-section-goal-statement': {
      verdict: 'ok',
      fingerprint: '85a2cfd799b46973',
    },
    'lss-define/lss-charter-section-scope': {
      verdict: 'ok',
      fingerprint: '9dcbf9f187a5eed8',
      note: 'Restored from the author’s withheld list: under 0.50 on every rule once the list and filter went.',
    },
    'lss-define/lss-charter-section-milestones': {
      verdict: 'ok',
      fingerprint: 'cd1404543ed9690f',
    },
    'lss-define/lss-sipoc-inputs': {
      verdict: 'ok',
      fingerprint: '096493d01da2ac79',
    },
    'lss-define/lss-sipoc-process': {
      verdict: 'ok',
      fingerprint: 'b8025425f6c331f3',
    },
    'lss-define/lss-cost-of-quality-appraisal': {
      verdict: 'ok',
      fingerprint: '2b2ec989b9f37dea',
    },
    'lss-define/lss-cost-of-quality-internal-failure': {
      verdict: 'ok',
      fingerprint: '3eea94fce43b0635',
    },
    'lss-define/lss-cost-of-quality-external-failure': {
      verdict: 'ok',
      fingerprint: 'f55f15e8bf9c9aec',
    },
    'lss-define/lss-kano-must-be': {
      verdict: 'ok',
      fingerprint: '5b15cfefa31583bb',
    },
    'lss-define/lss-kano-one-dimensional': {
      verdict: 'ok',
      fingerprint: '0a2b711afa419331',
    },
    'lss-define/lss-kano-attractive': {
      verdict: 'ok',
      fingerprint: '218c7885af62d7df',
    },
    'lss-define/lss-kano-indifferent': {
      verdict: 'ok',
      fingerprint: 'ccf35acf0d4f1c32',
    },
    'lss-define/lss-copq-failure-costs': {
      verdict: 'ok',
      fingerprint: 'fe74d8736f31b4d2',
    },
    'lss-define/lss-problem-statement': {
      verdict: 'ok',
      fingerprint: '7fc6865a378c7832',
    },
    'lss-define/lss-goal-statement': {
      verdict: 'ok',
      fingerprint: '38cf1fb9a2eab747',
      note: 'Restored: a third key wording and two short named mistakes (no baseline, no target or date).',
    },
    'lss-measure/lss-dpu': {
      verdict: 'ok',
      fingerprint: '14220310e8b3aeef',
    },
    'lss-measure/lss-dpo': {
      verdict: 'ok',
      fingerprint: '0651c274611d0cd2',
    },
    'lss-measure/lss-first-pass-yield': {
      verdict: 'ok',
      fingerprint: 'f7a6cbdf6f93e2de',
    },
    'lss-measure/lss-rolled-throughput-yield': {
      verdict: 'ok',
      fingerprint: '22fdc557bd376839',
    },
    'lss-measure/lss-rty-from-dpu': {
      verdict: 'ok',
      fingerprint: '21982f6aab098141',
    },
    'lss-measure/lss-sigma-level-from-dpmo': {
      verdict: 'ok',
      fingerprint: 'b059805e31acc04e',
    },
    'lss-measure/lss-dpmo-from-sigma-level': {
      verdict: 'ok',
      fingerprint: 'ee2c6caa25e29525',
    },
    'lss-measure/lss-cp-from-rbar': {
      verdict: 'ok',
      fingerprint: '30264d5e0d330ea6',
    },
    'lss-measure/lss-cpk': {
      verdict: 'ok',
      fingerprint: 'b952f839f1df4a19',
      note: 'Restored: k and the tolerance over 3 sigma added as slips, so the key is no longer the middle value.',
    },
    'lss-measure/lss-ppk-vs-cpk': {
      verdict: 'ok',
      fingerprint: '70248843199ef9cf',
    },
    'lss-measure/lss-gage-rr-percent-study-variation': {
      verdict: 'ok',
      fingerprint: 'edd62416c2f0b0e8',
    },
    'lss-measure/lss-msa-linearity': {
      verdict: 'ok',
      fingerprint: 'e0413f6d1e51f5df',
    },
    'lss-measure/lss-msa-stability': {
      verdict: 'ok',
      fingerprint: '3748492fbf414dfc',
    },
    'lss-measure/lss-msa-repeatability': {
      verdict: 'ok',
      fingerprint: 'd23534aee906524c',
    },
    'lss-measure/lss-msa-reproducibility': {
      verdict: 'ok',
      fingerprint: 'ff680224e0ce8e28',
    },
    'lss-measure/lss-data-scale-nominal': {
      verdict: 'ok',
      fingerprint: '7ee7748ed6189e25',
    },
    'lss-measure/lss-data-scale-ordinal': {
      verdict: 'ok',
      fingerprint: '5461529a901f124e',
    },
    'lss-measure/lss-data-scale-interval': {
      verdict: 'ok',
      fingerprint: '0e5cc46fa4c02e7d',
    },
    'lss-measure/lss-data-scale-ratio': {
      verdict: 'ok',
      fingerprint: '6791c4e3b54fba21',
      note: 'Restored from the author’s withheld list: under 0.50 on every rule once the list and filter went.',
    },
    'lss-spc/lss-chart-choice-i-mr': {
      verdict: 'ok',
      fingerprint: 'ed8663a0afba9725',
    },
    'lss-spc/lss-chart-choice-x-bar-and-s': {
      verdict: 'ok',
      fingerprint: '051654d950486978',
    },
    'lss-spc/lss-chart-choice-p': {
      verdict: 'ok',
      fingerprint: '7805d15869980c96',
    },
    'lss-spc/lss-chart-choice-np': {
      verdict: 'ok',
      fingerprint: '9b6079b829f0e44d',
      note: 'Restored; a p chart, valid for constant subgroups too, is no longer offered as wrong.',
    },
    'lss-spc/lss-chart-choice-c': {
      verdict: 'ok',
      fingerprint: 'd2a6f2a3726dd390',
      note: 'Restored; a u chart, valid for a constant unit too, is no longer offered as wrong; a fourth name.',
    },
    'lss-spc/lss-xbar-chart-limit': {
      verdict: 'ok',
      fingerprint: '41a07309d167ae2e',
    },
    'lss-spc/lss-r-chart-ucl': {
      verdict: 'ok',
      fingerprint: 'edb068d48dca6f02',
    },
    'lss-spc/lss-sigma-from-rbar': {
      verdict: 'ok',
      fingerprint: '271a45a0d2c035a3',
    },
    'lss-spc/lss-individuals-chart-ucl': {
      verdict: 'ok',
      fingerprint: 'bac91796a1aa03e2',
    },
    'lss-spc/lss-p-chart-ucl': {
      verdict: 'ok',
      fingerprint: 'c3878c46db99a1cb',
    },
    'lss-spc/lss-np-chart-ucl': {
      verdict: 'ok',
      fingerprint: '3706c15ea718f032',
    },
    'lss-spc/lss-c-chart-ucl': {
      verdict: 'ok',
      fingerprint: '58d13703f71dd7ad',
    },
    'lss-spc/lss-u-chart-ucl': {
      verdict: 'ok',
      fingerprint: 'c1d849b7ab058922',
    },
    'lss-spc/lss-run-of-nine': {
      verdict: 'ok',
      fingerprint: 'b3588032451a5800',
    },
    'lss-spc/lss-two-of-three-beyond-two-sigma': {
      verdict: 'ok',
      fingerprint: 'aae37403451b9740',
    },
    'lss-spc/lss-special-cause-response': {
      verdict: 'ok',
      fingerprint: 'ece21cbd03a35b87',
    },
    'lss-spc/lss-common-cause-response': {
      verdict: 'ok',
      fingerprint: '669f10c963d9e44b',
      note: 'A third, short key wording: it crossed 0.50 on crossing out the longest and most similar.',
    },
    'lss-analyze/lss-fishbone-methods': {
      verdict: 'ok',
      fingerprint: '61b0dafd003b2704',
    },
    'lss-analyze/lss-fishbone-machines': {
      verdict: 'ok',
      fingerprint: 'ef33333ad29af967',
    },
    'lss-analyze/lss-fishbone-people': {
      verdict: 'ok',
      fingerprint: '57307cf710b039a4',
      note: 'Case rewritten: night-shift fatigue could be filed under Methods (the shift pattern).',
    },
    'lss-analyze/lss-fishbone-materials': {
      verdict: 'ok',
      fingerprint: 'b024e6a075974d6d',
    },
    'lss-analyze/lss-fishbone-measurement': {
      verdict: 'ok',
      fingerprint: '219cdbce44ea7be7',
      note: 'Case rewritten: two inspectors grading differently could be filed under People.',
    },
    'lss-analyze/lss-fishbone-environment': {
      verdict: 'ok',
      fingerprint: 'c826d93f58730ea1',
    },
    'lss-analyze/lss-test-choice-two-sample-t-test': {
      verdict: 'ok',
      fingerprint: '1094f377d2af8ff0',
    },
    'lss-analyze/lss-test-choice-paired-t-test': {
      verdict: 'ok',
      fingerprint: '57bac96d7252fcd6',
    },
    'lss-analyze/lss-test-choice-one-way-anova': {
      verdict: 'ok',
      fingerprint: '89841c2f4259b4de',
    },
    'lss-analyze/lss-test-choice-chi-square-test': {
      verdict: 'ok',
      fingerprint: '2dba58b35be31bfc',
    },
    'lss-analyze/lss-test-choice-two-proportion-test': {
      verdict: 'ok',
      fingerprint: '982f0aa1b8b58157',
      note: 'Restored from the author’s withheld list: under 0.50 on every rule once the list and filter went.',
    },
    'lss-analyze/lss-test-choice-simple-linear-regression': {
      verdict: 'ok',
      fingerprint: '672f778eb3202246',
    },
    'lss-analyze/lss-test-choice-mann-whitney-test': {
      verdict: 'ok',
      fingerprint: 'ef667189f6942f9d',
    },
    'lss-analyze/lss-test-choice-one-sample-t-test': {
      verdict: 'ok',
      fingerprint: '4741cf3ff63bb71c',
    },
    'lss-analyze/lss-pareto-top-three-share': {
      verdict: 'ok',
      fingerprint: '1fc4ef9f6d5fc280',
    },
    'lss-analyze/lss-regression-predict': {
      verdict: 'ok',
      fingerprint: '70423f996158f5d8',
    },
    'lss-analyze/lss-r-from-r-squared': {
      verdict: 'ok',
      fingerprint: 'da068e8a0b6f4236',
    },
    'lss-analyze/lss-pearson-r': {
      verdict: 'ok',
      fingerprint: 'c723e8a3265eb81f',
    },
    'lss-analyze/lss-confidence-interval-upper': {
      verdict: 'ok',
      fingerprint: '78ba897eed9ef322',
    },
    'lss-analyze/lss-p-value-decision': {
      verdict: 'ok',
      fingerprint: 'e694593741cd3b6f',
    },
    'lss-analyze/lss-correlation-not-causation': {
      verdict: 'ok',
      fingerprint: 'e1ca13e3121ec446',
    },
    'lss-lean/lss-takt-time': {
      verdict: 'ok',
      fingerprint: 'afc1f3bc5fad30a8',
    },
    'lss-lean/lss-littles-law-lead-time': {
      verdict: 'ok',
      fingerprint: '7b1f61bf49534ad2',
    },
    'lss-lean/lss-oee': {
      verdict: 'ok',
      fingerprint: '2d9f4d8c1149edf0',
    },
    'lss-lean/lss-kanban-count': {
      verdict: 'ok',
      fingerprint: 'efc86fc425eadef8',
    },
    'lss-lean/lss-operators-needed': {
      verdict: 'ok',
      fingerprint: 'bd2b6cc5d69d2adf',
    },
    'lss-lean/lss-bottleneck-output': {
      verdict: 'ok',
      fingerprint: '67e02766af819600',
    },
    'lss-lean/lss-smed-internal-time': {
      verdict: 'ok',
      fingerprint: 'dc05f71057664c0a',
    },
    'lss-lean/lss-line-balance-efficiency': {
      verdict: 'ok',
      fingerprint: '8a82673f87f740ff',
    },
    'lss-lean/lss-smed-external-task': {
      verdict: 'ok',
      fingerprint: 'e10d3df76389c90c',
    },
    'lss-lean/lss-smed-convert-internal': {
      verdict: 'ok',
      fingerprint: '6a57ffd636cd7dd6',
    },
    'lss-lean/lss-waste-transport': {
      verdict: 'ok',
      fingerprint: 'c3838174941635b8',
    },
    'lss-lean/lss-waste-inventory': {
      verdict: 'ok',
      fingerprint: '7cc2ae86a29f3352',
    },
    'lss-lean/lss-waste-motion': {
      verdict: 'ok',
      fingerprint: '322c76616085afd6',
    },
    'lss-lean/lss-waste-waiting': {
      verdict: 'ok',
      fingerprint: '5543882c8cf35acb',
    },
    'lss-lean/lss-waste-overproduction': {
      verdict: 'ok',
      fingerprint: '70a6cc436ef5a554',
    },
    'lss-lean/lss-waste-overprocessing': {
      verdict: 'ok',
      fingerprint: 'c5654a646c9bb9e8',
    },
    'lss-lean/lss-waste-defects': {
      verdict: 'ok',
      fingerprint: 'acb630ae351b3e33',
    },
    'lss-lean/lss-waste-skills': {
      verdict: 'ok',
      fingerprint: '5f598f379488f9d9',
    },
    'lss-lean/lss-five-s-sort': {
      verdict: 'ok',
      fingerprint: '34d2489ba94a67fb',
    },
    'lss-lean/lss-five-s-set-in-order': {
      verdict: 'ok',
      fingerprint: '5213cbe20db0c458',
    },
    'lss-lean/lss-five-s-shine': {
      verdict: 'ok',
      fingerprint: 'fee02451222b1ce8',
    },
    'lss-lean/lss-five-s-standardize': {
      verdict: 'ok',
      fingerprint: '06ba748936a97c1e',
      note: 'Restored from the author’s withheld list: under 0.50 on every rule once the list and filter went.',
    },
    'lss-lean/lss-five-s-sustain': {
      verdict: 'ok',
      fingerprint: '288c1c0a90a66e60',
    },
    'lss-lean/lss-lean-practice-heijunka': {
      verdict: 'ok',
      fingerprint: 'fefec7a9f8c1a32a',
    },
    'lss-lean/lss-lean-practice-jidoka': {
      verdict: 'ok',
      fingerprint: '37f6c6a5d18fa2bd',
    },
    'lss-lean/lss-lean-practice-andon': {
      verdict: 'ok',
      fingerprint: '292cba6fce60f2dc',
    },
    'lss-lean/lss-lean-practice-gemba': {
      verdict: 'ok',
      fingerprint: 'bc8e2a2bfff3adfd',
    },
    'lss-lean/lss-lean-practice-kaizen': {
      verdict: 'ok',
      fingerprint: '578b228381dade30',
    },
    'lss-lean/lss-lean-practice-standard-work': {
      verdict: 'ok',
      fingerprint: '781adc6a7fa76abc',
    },
    'lss-control/lss-poka-yoke-contact-method': {
      verdict: 'ok',
      fingerprint: '20331a45df5bb94f',
    },
    'lss-control/lss-poka-yoke-fixed-value-method': {
      verdict: 'ok',
      fingerprint: '1ae7a901bdea6bc5',
    },
    'lss-control/lss-poka-yoke-motion-step-method': {
      verdict: 'ok',
      fingerprint: 'a9c40c5b924a8f5d',
    },
    'lss-control/lss-poka-yoke-judgment-inspection': {
      verdict: 'ok',
      fingerprint: '498de01a940771f4',
    },
    'lss-control/lss-fmea-highest-rpn': {
      verdict: 'ok',
      fingerprint: '5baca8d3c794e959',
    },
    'lss-control/lss-fmea-rpn-after-action': {
      verdict: 'ok',
      fingerprint: 'bbaa2f9b4125f9ca',
    },
    'lss-control/lss-fmea-stated-priority-rule': {
      verdict: 'ok',
      fingerprint: '2ed198a6177ed30f',
    },
    'lss-control/lss-control-plan-reaction': {
      verdict: 'ok',
      fingerprint: '2ee672adf0e62839',
      note: 'Restored: key wordings long and short, and two named mistakes (control limits, the Analyze record).',
    },
    'lss-control/lss-pilot-design': {
      verdict: 'ok',
      fingerprint: '6db30eacd283a1a8',
      note: 'Restored: two key wordings in the distractors’ style and two named mistakes that share them (opinion, no baseline).',
    },
    'lss-control/lss-mistake-proofing-hierarchy': {
      verdict: 'ok',
      fingerprint: 'be60b4e0c226d628',
    },
    'lss-control/lss-handover-to-process-owner': {
      verdict: 'ok',
      fingerprint: '4016e06081e98ce3',
    },
  },
}
