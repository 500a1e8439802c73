import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Reading copy tests and copy metrics as the experimentation literature teaches (fixed sample
 * sizes, one change per test, sample-ratio checks, confidence intervals): each wrong reading is
 * a named fallacy of test interpretation.
 */
export const TESTING_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'stopping-at-first-significance',
    stem: 'A headline test was planned for 20,000 visitors per arm. On day 2, at 3,000 per arm, the dashboard shows p = 0.04. What should you do?',
    frames: [
      '⟦Keep running to the planned sample; early peeks inflate false positives|Stop now and ship the winner, since p is below 0.05 and the lift looks large=stopping at the first significant peek inflates false positives|Stop now and run the test again from scratch to confirm=discards the planned design instead of finishing it|Double the planned sample so the result is twice as reliable=changes the design after seeing the data⟧',
    ],
  },
  {
    id: 'sample-ratio-mismatch',
    stem: 'A 50/50 email subject test delivered 10,000 emails to A and 9,000 to B. What comes first?',
    frames: [
      '⟦Find out why the split is off before trusting any result|Compare open rates as usual; the difference in size is harmless=ignores a sample ratio mismatch, a sign of a broken split|Discard 1,000 of A’s recipients at random to even the groups=hides the fault instead of finding it|Declare A the winner because more people received it=confuses reach with performance⟧',
    ],
  },
  {
    id: 'significant-but-trivial',
    stem: 'Over 60 million visitors, a new button label lifts conversion from 3.00 % to 3.01 %, with p = 0.02. What does that show?',
    frames: [
      '⟦The lift is probably real but may be too small to matter|The new label is a big win because the result is significant=confuses statistical significance with practical importance|The result must be an error, since the lift is tiny=a tiny lift can be real with a large sample|Nothing, since p-values only matter below 0.01=invents a stricter threshold to dismiss the result⟧',
    ],
  },
  {
    id: 'interval-includes-zero',
    stem: 'A test reports the relative lift of variant B as +2 %, with a 95 % confidence interval from −3 % to +7 %. What can you conclude?',
    frames: [
      '⟦The test has not shown that B differs from A|B beats A by 2 %=reads the point estimate as a proven lift|B is worse than A, since the interval goes below zero=reads the lower bound as the result|The two versions are proven to perform the same=reads no detected difference as proof of no difference⟧',
    ],
  },
  {
    id: 'one-change-per-test',
    stem: 'Variant B changed both the headline and the hero image, and B won clearly. What can you conclude about the headline?',
    frames: [
      '⟦Nothing on its own: the two changes are confounded|The new headline caused the lift=credits one of two changes made together|The headline made no difference, since the image is more visible=credits the other change without evidence|The headline caused half of the lift=splits the effect without evidence⟧',
    ],
  },
  {
    id: 'novelty-effect',
    stem: 'A bold new email design won its first week by a wide margin; in week three the margin has shrunk to nothing. What is the likely explanation?',
    frames: [
      '⟦A novelty effect: readers reacted to newness, not design|The test is broken, since real effects never change over time=assumes a real effect must be constant|The first week proves the design better; later weeks are noise=keeps the early result and dismisses later data|The audience has grown tired of email in general=an untestable cause that ignores the design change⟧',
    ],
  },
  {
    id: 'segment-fishing',
    stem: 'A landing-page test shows no overall difference. Of 20 segments checked afterwards, one (tablet users in Ohio) shows p = 0.04. What does that show?',
    frames: [
      '⟦A result chance alone would often produce; retest it|The variant works for tablet users in Ohio and should ship to them=treats one hit among many comparisons as a finding|The whole test is invalid because a segment differs=one chance difference does not invalidate a test|The variant should ship to everyone, since one segment won=generalises a chance segment result⟧',
    ],
  },
  {
    id: 'full-weekly-cycles',
    stem: 'A B2B landing-page test reaches its sample size on Wednesday of its first week. What should you do?',
    frames: [
      '⟦Keep it running until a full week is complete|Stop on Wednesday: the sample size is reached=weekday and weekend visitors may behave differently|Run for exactly 24 more hours to be safe=an arbitrary extension that still misses days|Restart on Monday and discard the first days=discards valid data instead of completing the cycle⟧',
    ],
  },
  {
    id: 'metric-chosen-before-test',
    stem: 'When should the success metric of a copy test be chosen?',
    frames: [
      '⟦Before the test starts, written down with the hypothesis|After the test, by picking the metric that moved most=choosing the metric after the fact finds spurious winners|Whenever the dashboard first shows a significant metric=lets chance pick the metric|It need not be chosen: every metric counts equally=many metrics make a chance winner almost certain⟧',
    ],
  },
  {
    id: 'open-rate-unreliable',
    stem: 'Since Apple Mail Privacy Protection (2021), which email metric is least reliable for judging a subject-line test?',
    frames: [
      '⟦Open rate|Click-through rate=clicks still need a real click|Unsubscribe rate=unsubscribes still need a real action|Conversion rate=conversions are recorded on the site, not by the mail client⟧',
    ],
  },
  {
    id: 'ctr-versus-conversions',
    stem: 'Ad headline A has the higher click-through rate; headline B brings more purchases per impression. The goal is sales. Which headline wins?',
    frames: [
      '⟦B, because it brings more purchases per impression|A, because it gets more clicks=optimises a proxy metric instead of the goal|Neither: click-through rate and sales cannot be compared=the comparison is per impression, which is valid|A, because more clicks will raise its Quality Score and later sales=speculates about later effects over the measured goal⟧',
    ],
  },
  {
    id: 'a-a-test-purpose',
    stem: 'What is an A/A test (both arms get the same copy) for?',
    frames: [
      '⟦Checking that the split and tracking work|Finding which of two identical versions converts better=identical versions have no true winner|Doubling the sample of a normal A/B test=an A/A test tests the tool, not copy|Measuring the novelty effect of new copy=an A/A test has no new copy⟧',
    ],
  },
  {
    id: 'underpowered-null',
    stem: 'A test with 200 visitors per arm finds no significant difference between two headlines. What does that show?',
    frames: [
      '⟦Little: 200 per arm is too few to detect a real difference|The headlines perform the same=reads no detected difference as proof of equal performance|The original headline is better, since the new one failed to win=treats failing to win as losing|Headlines do not affect conversion on this page=generalises one small test to all headlines⟧',
    ],
  },
  {
    id: 'ga4-bounce-rate',
    stem: 'How does Google Analytics 4 define bounce rate?',
    frames: [
      '⟦The share of sessions that were not engaged|The share of sessions with only one page view=the Universal Analytics definition, not GA4’s|The share of visitors who never return=confuses bounce rate with retention|The share of emails that could not be delivered=confuses web bounces with email bounces⟧',
    ],
  },
  {
    id: 'relative-versus-absolute-change',
    stem: 'Conversion rose from 2 % to 3 %. Which description is accurate?',
    frames: [
      '⟦Up 1 percentage point, a 50 % relative increase|Up 1 %=calls a percentage-point change a percent change|Up 50 percentage points=calls the relative change an absolute one|Up 33 %=divides by the new rate instead of the old⟧',
    ],
  },
  {
    id: 'holdout-for-email-impact',
    stem: 'How do you measure whether a welcome email series causes extra purchases?',
    frames: [
      '⟦Compare with a random group that gets no emails|Compare buyers who opened the emails with those who did not=openers differ from non-openers in ways other than the email|Count the purchases made after the emails were sent=ignores purchases that would have happened anyway|Ask customers in a survey whether the emails made them buy=self-reports are not a measure of causal effect⟧',
    ],
  },
  {
    id: 'many-variants-false-positives',
    stem: 'Five subject lines are each tested against a control at p < 0.05. One beats the control. What should you keep in mind?',
    frames: [
      '⟦Five comparisons raise the odds of a chance winner; retest it|A p-value below 0.05 means a 95 % chance the winner is real=misreads the p-value, and ignores the five comparisons|The more variants tested, the more reliable each result=more comparisons raise the chance of a false winner|Nothing: each comparison stands on its own=ignores the multiple-comparisons problem⟧',
    ],
  },
]
