import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, ruled } from './smm-text.js'

// Rules that are documented and stable: disclosure of paid partnerships under the FTC's
// Endorsement Guides (16 CFR Part 255) and its "Disclosures 101 for Social Media Influencers",
// and the UK CAP Code with the ASA/CMA influencer guidance; and accessible posts (alt text,
// camel-case hashtags, captions, emoji and styled Unicode, flashing content), as the W3C's
// guidance and the platforms' own help pages state them. Each item's rule is one the key
// test's table cites.

type Choice = readonly [says: string, text: string, mistake: string]
/** A documented-rule family: drawn stems and key wordings, the same rule every draw. */
const documented = (
  id: string,
  stems: readonly ((who: string) => string)[],
  keys: readonly string[],
  wrong: readonly Choice[],
): ScenarioFamily =>
  family(id, (rng) =>
    ruled(rng, {
      rule: id,
      stem: rng.pick(stems)(client(rng)),
      key: ['rule', rng.pick(keys)],
      wrong,
    }),
  )

export const DISCLOSURE_FAMILIES: readonly ScenarioFamily[] = [
  documented(
    'ftc-disclosure-placement',
    [
      (w) => `An influencer is paid by ${w} for an Instagram post. Under the FTC’s guidance for US audiences, where should the disclosure go?`,
      (w) => `A sponsored caption for ${w} runs to five lines. Following the FTC’s influencer guidance, where does “#ad” belong?`,
    ],
    [
      'At the start of the caption, visible without tapping “more”',
      'In the first words of the caption, before the “more” cut-off',
    ],
    [
      ['end', 'Among the hashtags at the end of the caption', 'buries it in a cluster of hashtags the FTC says people skip'],
      ['bio', 'Once in the profile bio, covering every post', 'relies on a bio statement the FTC says is not enough'],
      ['comment', 'In the first comment under the post', 'moves it where many viewers will not see it'],
      ['more', 'Anywhere in the caption, even after the “more” cut-off', 'hides it behind a click, which is not clear and conspicuous'],
    ],
  ),
  documented(
    'ftc-free-product-is-a-connection',
    [
      (w) => `${w[0]!.toUpperCase()}${w.slice(1)} sends a creator a free product, with no payment and no obligation to post. The creator posts a glowing review. Under the FTC Endorsement Guides, does the post need a disclosure?`,
      (w) => `A creator got a free month of ${w}’s service with no contract and reviews it. Must the review disclose that, under the FTC’s guides?`,
    ],
    [
      'Yes: a free product is a material connection to disclose',
      'Yes, the gift is a material connection the audience should know about',
    ],
    [
      ['money', 'No: only cash payment creates a connection to disclose', 'thinks only money counts as a material connection'],
      ['obligation', 'No: without an obligation to post, it is an unpaid opinion', 'thinks the lack of a contract removes the connection'],
      ['value', 'Only if the product is worth more than $100', 'invents a value threshold the guides do not have'],
      ['negative', 'Only if the review is favourable enough to influence sales', 'makes disclosure depend on the tone of the review'],
    ],
  ),
  documented(
    'ftc-clear-disclosure-wording',
    [
      () => 'Which disclosure in a sponsored post meets the FTC’s plain-words expectation?',
      (w) => `A creator asks you which tag to use on a paid post for ${w}, to follow the FTC’s influencer guidance. Which do you recommend?`,
    ],
    ['“#ad” or “Advertisement” at the start', '“Paid partnership with the brand” up front', '“Sponsored” at the start of the post'],
    [
      ['sp', '“#sp” at the end', 'uses an abbreviation the FTC names as unclear'],
      ['collab', '“#collab” among the hashtags', 'uses a vague tag the FTC says may not be understood'],
      ['thanks', '“Thanks, brand!” with no other label', 'thanks the brand without saying the post is paid'],
      ['ambassador', '“#ambassador” in the middle of the caption', 'uses a term that does not say the post is paid'],
    ],
  ),
  documented(
    'ftc-video-disclosure',
    [
      (w) => `A paid TikTok-style video for ${w} has spoken narration and a caption. Under the FTC’s guidance, how should the sponsorship be disclosed?`,
      () => 'A creator’s sponsored product video is watched with and without sound. What does FTC guidance say about disclosure?',
    ],
    [
      'In the video itself, both said and shown on screen',
      'Shown on screen and spoken in the video, not only in the description',
    ],
    [
      ['description', 'Only in the text description under the video', 'relies on text viewers may never open'],
      ['end', 'Once, at the very end of the video', 'puts it where viewers may have stopped watching'],
      ['platform', 'The platform’s paid-partnership label alone always suffices', 'treats the platform tool as automatically enough'],
      ['audio', 'Spoken once, without any on-screen text', 'misses viewers watching without sound'],
    ],
  ),
  documented(
    'ftc-employee-posts',
    [
      (w) => `An employee of ${w} posts from a personal account praising its new product. Under the FTC Endorsement Guides, what applies?`,
    ],
    [
      'The employee should disclose working for the company',
      'The post should say the poster works there',
    ],
    [
      ['personal', 'Nothing: a personal account is outside the guides', 'thinks personal accounts are exempt'],
      ['unpaid', 'Nothing, as long as the employee was not paid for the post', 'thinks only payment per post matters'],
      ['company', 'Only the company page must disclose, not the employee', 'puts the duty on the brand account alone'],
    ],
  ),
  documented(
    'asa-ad-label-uk',
    [
      (w) => `A UK influencer is paid by ${w} and the brand approves the caption. Under the CAP Code and the ASA’s influencer guide, what label does the post need?`,
      () => 'For a UK audience, a brand paid for a post and had control over its content. How must it be labelled, per the ASA’s guidance?',
    ],
    ['A clear “Ad” or “#ad” label up front', '“#ad” at the start, before anything else'],
    [
      ['gifted', '“Gifted” is enough', 'uses the label the guidance keeps for gifts without control or payment'],
      ['thanks', '“Thanks to the brand” at the end', 'credits the brand without flagging an ad'],
      ['spon', '“#spon” among the hashtags', 'uses an abbreviation the ASA finds unclear'],
      ['none', 'No label if the influencer genuinely likes it', 'thinks real enthusiasm removes the need to label'],
    ],
  ),
  documented(
    'asa-affiliate-links',
    [
      (w) => `A UK creator’s post includes an affiliate link to ${w}’s shop that earns commission. What does the ASA’s guidance say?`,
    ],
    ['The post is an ad and needs an upfront “#ad” label', 'It counts as advertising, so label it “Ad” clearly'],
    [
      ['link', 'Only the link needs marking, with a small asterisk', 'thinks a symbol on the link is enough'],
      ['no', 'No label: commission is not payment for the post', 'misses that affiliate commission makes it an ad'],
      ['gifted', 'Label it “Gifted”', 'uses the gift label for a commercial arrangement'],
    ],
  ),
]

export const ACCESSIBLE_POST_FAMILIES: readonly ScenarioFamily[] = [
  documented(
    'camel-case-hashtags',
    [
      (w) => `Which hashtag for ${w}’s campaign will a screen reader read most clearly?`,
      () => 'Which way of writing a multi-word hashtag is the accessible one?',
    ],
    ['#SmallBusinessSaturday', '#ShopLocalThisWeekend', '#WorldBookDayReads'],
    [
      ['lower', '#smallbusinesssaturday', 'runs words together in lower case, which screen readers garble'],
      ['upper', '#SMALLBUSINESSSATURDAY', 'uses capitals throughout, which some readers spell out letter by letter'],
      ['fancy', '#𝗦𝗺𝗮𝗹𝗹𝗕𝘂𝘀𝗶𝗻𝗲𝘀𝘀', 'uses styled Unicode letters that screen readers announce as symbols'],
      ['dots', '#small.business.saturday', 'adds punctuation, which breaks the hashtag'],
    ],
  ),
  documented(
    'alt-text-content',
    [
      (w) => `${w[0]!.toUpperCase()}${w.slice(1)} posts a photo of a new product on a table. Which alt text follows accessibility guidance?`,
      () => 'Which alt text is best for a product photo in a post?',
    ],
    [
      'Ceramic mug in sage green with a wide handle, on an oak table',
      'A sage-green ceramic mug with a wide handle on an oak table',
    ],
    [
      ['imageOf', 'Image of a mug', 'starts with “image of”, which the screen reader already announces, and says too little'],
      ['file', 'IMG_4021.jpg', 'leaves the file name as the description'],
      ['keywords', 'mug, mugs, coffee mug, best mug, gift mug', 'stuffs keywords instead of describing the image'],
      ['caption', 'Same as the caption', 'repeats the caption instead of describing what is seen'],
    ],
  ),
  documented(
    'decorative-emoji-placement',
    [
      () => 'How should emoji be used in a caption so it stays accessible?',
      (w) => `You are writing captions for ${w}. What is the accessible way to use emoji?`,
    ],
    ['Sparingly, at the end, never in place of words', 'A few at the end, not replacing words or between every word'],
    [
      ['clap', 'Between every word for emphasis 👏 like 👏 this', 'makes the screen reader read the emoji name after every word'],
      ['replace', 'In place of words, e.g. “I ❤️ 🍕”', 'replaces words with emoji read out by their names'],
      ['many', 'As many as fit: screen readers skip emoji', 'believes screen readers skip emoji, when they read each one'],
    ],
  ),
  documented(
    'video-captions',
    [
      (w) => `${w[0]!.toUpperCase()}${w.slice(1)} posts a talking-head video. What makes it accessible to deaf and hard-of-hearing viewers?`,
      () => 'What do accessibility guidelines expect for speech in a social video?',
    ],
    ['Accurate captions of the speech, auto-captions checked and corrected', 'Captions synchronised with the speech, reviewed for accuracy'],
    [
      ['auto', 'Automatic captions, as generated', 'trusts auto-captions without checking their errors'],
      ['caption', 'A summary of the video in the post text', 'replaces captions with a summary'],
      ['music', 'Background music turned down', 'fixes audio, not access for people who cannot hear it'],
      ['transcriptLater', 'A transcript sent on request', 'makes access depend on asking'],
    ],
  ),
  documented(
    'flashing-content',
    [
      () => 'Under WCAG 2.3.1, a short promotional clip may not flash more than how often?',
      (w) => `A strobe-effect video for ${w}: what WCAG limit on flashing applies?`,
    ],
    ['Three flashes in any one-second period', 'No more than three flashes in any second'],
    [
      ['five', 'Five flashes per second', 'uses a looser number than the guideline'],
      ['ten', 'Ten flashes in any one second', 'confuses the limit with a frame rate'],
      ['minute', 'Three flashes per minute', 'uses the wrong time window'],
      ['any', 'Any rate, if a warning is shown first', 'thinks a warning replaces the limit'],
    ],
  ),
  documented(
    'styled-unicode-text',
    [
      () => 'A client wants bold and italic text in a caption using a “fancy font” generator. What is the accessibility problem?',
    ],
    [
      'Screen readers read the styled characters as symbols or skip them',
      'The styled letters are math symbols to a screen reader, so the words are lost',
    ],
    [
      ['none', 'There is none if the letters look readable', 'judges by sight only'],
      ['search', 'Only that the post loses search ranking', 'names a side issue, not the access barrier'],
      ['length', 'Only that each letter counts as two characters', 'names the character count, not the access barrier'],
    ],
  ),
]
