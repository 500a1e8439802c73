import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, ruled, type Wordings } from './smm-text.js'

// Rules that are documented and stable: disclosure of paid partnerships under the FTC's
// Endorsement Guides (16 CFR Part 255) and its "Disclosures 101 for Social Media Influencers",
// and the UK CAP Code with the ASA/CMA influencer guidance; and accessible posts (alt text,
// camel-case hashtags, captions, emoji and styled Unicode, flashing content), as the W3C's
// guidance and the platforms' own help pages state them. Each item's rule is one the key
// test's table cites.

type Choice = readonly [says: string, text: Wordings, mistake: string]
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
      (w) =>
        `An influencer is paid by ${w} for an Instagram post. Under the FTC’s guidance for US audiences, where should the disclosure go?`,
      (w) =>
        `A sponsored caption for ${w} runs to five lines. Following the FTC’s influencer guidance, where does “#ad” belong?`,
    ],
    [
      'At the start of the caption',
      'In the first words of the caption, before the “more” cut-off, so no one has to tap to see it',
    ],
    [
      [
        'end',
        'Among the hashtags at the end of the caption',
        'buries it in a cluster of hashtags the FTC says people skip',
      ],
      ['bio', 'Once in the profile bio', 'relies on a bio statement the FTC says is not enough'],
      [
        'comment',
        'In the first comment under the post, pinned so that followers who open the comments see it',
        'moves it where many viewers will not see it',
      ],
      [
        'more',
        'Anywhere in the caption',
        'allows it behind the “more” cut-off, which is not clear and conspicuous',
      ],
      [
        'image',
        'In small grey text in a corner of the image, matching the brand’s style guide',
        'makes it easy to miss, which the FTC warns against',
      ],
    ],
  ),
  documented(
    'ftc-free-product-is-a-connection',
    [
      (w) =>
        `${w[0]!.toUpperCase()}${w.slice(1)} sends a creator a free product, with no payment and no obligation to post. The creator posts a glowing review. Under the FTC Endorsement Guides, does the post need a disclosure?`,
      (w) =>
        `A creator got a free month of ${w}’s service with no contract and reviews it. Must the review disclose that, under the FTC’s guides?`,
    ],
    [
      'Yes: a free product is a material connection',
      'Yes, the gift is a material connection that the audience should be told about, even with no obligation to post',
    ],
    [
      [
        'money',
        'No: only cash payment creates a connection to disclose',
        'thinks only money counts as a material connection',
      ],
      [
        'obligation',
        'No, without an obligation to post',
        'thinks the lack of a contract removes the connection',
      ],
      [
        'value',
        'Only if the product is expensive',
        'thinks a cheap gift is too small to count, which the guides do not say',
      ],
      [
        'negative',
        'Only if the review is favourable enough that it could influence other people’s purchases',
        'makes disclosure depend on the tone of the review',
      ],
      [
        'followers',
        'Only if the creator has a large following',
        'invents a follower threshold the guides do not have',
      ],
    ],
  ),
  documented(
    'ftc-clear-disclosure-wording',
    [
      () => 'Which disclosure in a sponsored post meets the FTC’s plain-words expectation?',
      (w) =>
        `A creator asks you which tag to use on a paid post for ${w}, to follow the FTC’s influencer guidance. Which do you recommend?`,
    ],
    [
      '“#ad” at the start',
      '“Paid partnership with the brand”, placed up front',
      '“Sponsored” as the first word of the post',
    ],
    [
      ['sp', '“#sp” at the end', 'uses an abbreviation the FTC names as unclear'],
      [
        'collab',
        '“#collab” among the hashtags',
        'uses a vague tag the FTC says may not be understood',
      ],
      ['thanks', '“Thanks, brand!”', 'thanks the brand without saying the post is paid'],
      [
        'ambassador',
        '“#ambassador” in the middle of the caption, after the product details',
        'uses a term that does not say the post is paid',
      ],
      ['spon', '“#spon”', 'uses an abbreviation the FTC names as unclear'],
    ],
  ),
  documented(
    'ftc-video-disclosure',
    [
      (w) =>
        `A paid short video for ${w} has spoken narration and a caption. Under the FTC’s guidance, how should the sponsorship be disclosed?`,
      () =>
        'A creator’s sponsored product video is watched with and without sound. What does FTC guidance say about disclosure?',
    ],
    [
      'In the video, said and shown',
      'Shown on screen and spoken in the video itself, not only in the description below it',
    ],
    [
      [
        'description',
        'Only in the text description under the video',
        'relies on text viewers may never open',
      ],
      ['end', 'Once, at the very end', 'puts it where viewers may have stopped watching'],
      [
        'platform',
        'The platform’s paid-partnership label alone, which always suffices on its own',
        'treats the platform tool as automatically enough',
      ],
      ['audio', 'Spoken once, no on-screen text', 'misses viewers watching without sound'],
      ['hashtag', 'A #sponsored hashtag in the description', 'leaves it out of the video itself'],
    ],
  ),
  documented(
    'ftc-employee-posts',
    [
      (w) =>
        `An employee of ${w} posts from a personal account praising its new product. Under the FTC Endorsement Guides, what applies?`,
    ],
    [
      'They should disclose working for the company',
      'The post should make clear that the poster works there',
    ],
    [
      [
        'personal',
        'Nothing: a personal account is outside the guides',
        'thinks personal accounts are exempt',
      ],
      [
        'unpaid',
        'Nothing, as long as the employee was not paid for this particular post',
        'thinks only payment per post matters',
      ],
      [
        'company',
        'Only the company page must disclose',
        'puts the duty on the brand account alone',
      ],
      [
        'bio',
        'Listing the employer in the bio is enough',
        'relies on a bio the FTC says may be missed',
      ],
    ],
  ),
  documented(
    'asa-ad-label-uk',
    [
      (w) =>
        `A UK influencer is paid by ${w} and the brand approves the caption. Under the CAP Code and the ASA’s influencer guide, what label does the post need?`,
      () =>
        'For a UK audience, a brand paid for a post and had control over its content. How must it be labelled, per the ASA’s guidance?',
    ],
    [
      'A clear “Ad” label up front',
      '“#ad” at the very start of the post, before anything else is said',
    ],
    [
      [
        'gifted',
        '“Gifted” is enough',
        'uses the label the guidance keeps for gifts without control or payment',
      ],
      [
        'thanks',
        '“Thanks to the brand for having me” at the end',
        'credits the brand without flagging an ad',
      ],
      ['spon', '“#spon” among the hashtags', 'uses an abbreviation the ASA finds unclear'],
      [
        'none',
        'No label if the influencer genuinely likes the product and would have posted anyway',
        'thinks real enthusiasm removes the need to label',
      ],
      ['bio', 'A note in the bio', 'relies on a bio statement'],
    ],
  ),
  documented(
    'asa-affiliate-links',
    [
      (w) =>
        `A UK creator’s post includes an affiliate link to ${w}’s shop that earns commission. What does the ASA’s guidance say?`,
    ],
    [
      'It is an ad: label it “#ad” up front',
      'It counts as advertising: label it “Ad”',
      'It counts as advertising, so it needs a clear “Ad” label at the start of the post',
    ],
    [
      [
        'link',
        [
          'Mark the link with an asterisk',
          'Only the link itself needs marking, with an asterisk after it that explains nothing',
        ],
        'thinks a symbol on the link is enough',
      ],
      [
        'no',
        [
          'No label: commission is not payment',
          'No label is needed, because a commission on sales is not payment for the post itself',
        ],
        'misses that affiliate commission makes it an ad',
      ],
      [
        'gifted',
        ['Label it “Gifted”', 'Label the post “Gifted”, as for a product the brand sent for free'],
        'uses the gift label for a commercial arrangement',
      ],
      [
        'disclaimer',
        [
          'A disclaimer on the creator’s website',
          'A general disclaimer on the creator’s website about earning from links is enough',
        ],
        'puts the disclosure where the audience will not see it',
      ],
      [
        'end',
        [
          '“#aff” at the end',
          'A short “#aff” tag at the end of the caption, among the other hashtags',
        ],
        'uses an abbreviation people may not understand, where it is easy to miss',
      ],
    ],
  ),
]

export const ACCESSIBLE_POST_FAMILIES: readonly ScenarioFamily[] = [
  family('camel-case-hashtags', (rng) => {
    const words = rng.pick([
      ['Small', 'Business', 'Saturday'],
      ['Shop', 'Local', 'This', 'Weekend'],
      ['World', 'Book', 'Day', 'Reads'],
      ['Plant', 'Based', 'Bakes'],
    ])
    const camel = `#${words.join('')}`
    return ruled(rng, {
      rule: 'camel-case-hashtags',
      stem: `Which way of writing the hashtag for ${client(rng)}’s campaign will a screen reader read most clearly?`,
      key: ['rule', camel],
      wrong: [
        [
          'lower',
          camel.toLowerCase(),
          'runs words together in lower case, which screen readers garble',
        ],
        [
          'upper',
          camel.toUpperCase(),
          'uses capitals throughout, which some readers spell out letter by letter',
        ],
        [
          'first',
          `#${words[0]}${words.slice(1).join('').toLowerCase()}`,
          'capitalises only the first word, so the rest run together',
        ],
        [
          'underscore',
          `#${words.join('_').toLowerCase()}_official_tag`,
          'adds an extra suffix in lower case with underscores, which makes it longer to hear',
        ],
        ['dots', `#${words.join('.').toLowerCase()}`, 'adds punctuation, which breaks the hashtag'],
        [
          'hyphen',
          `#${words.join('-')}`,
          'joins the words with hyphens, which end the hashtag at the first one',
        ],
      ],
    })
  }),
  documented(
    'alt-text-content',
    [
      (w) =>
        `${w[0]!.toUpperCase()}${w.slice(1)} posts a photo of a new product on a table. Which alt text follows accessibility guidance?`,
      () => 'Which alt text is best for a product photo in a post?',
    ],
    [
      'Sage-green mug with a wide handle on an oak table',
      'A ceramic mug in sage green, with a wide handle, standing on a light oak table by a window',
    ],
    [
      [
        'cta',
        'Tap to shop the new collection now',
        'writes a call to action instead of describing the image',
      ],
      ['file', 'IMG_4021.jpg', 'leaves the file name as the description'],
      [
        'keywords',
        'mug, mugs, coffee mug, best mug, gift mug, ceramic mug, green mug, mug sale',
        'stuffs keywords instead of describing the image',
      ],
      ['caption', 'Same as the caption', 'repeats the caption instead of describing what is seen'],
      [
        'photoBy',
        'Photo by our studio team for the spring collection launch',
        'credits the photo instead of describing it',
      ],
    ],
  ),
  documented(
    'decorative-emoji-placement',
    [
      () => 'How should emoji be used in a caption so it stays accessible?',
      (w) => `You are writing captions for ${w}. What is the accessible way to use emoji?`,
    ],
    [
      'Few, at the end',
      'A few, placed at the end of the text',
      'A small number, placed at the end of the text and never standing in for words',
    ],
    [
      [
        'clap',
        ['Between every word', 'Between every word for emphasis, as in “Book 👏 your 👏 class”'],
        'makes the screen reader read the emoji name after every word',
      ],
      [
        'replace',
        ['In place of words', 'In place of words, e.g. “I ❤️ 🍕”, to save characters'],
        'replaces words with emoji read out by their names',
      ],
      [
        'many',
        ['As many as fit', 'As many as fit: screen readers skip emoji, so they cost nothing'],
        'believes screen readers skip emoji, when they read each one',
      ],
      [
        'bullets',
        ['One before every line', 'As bullet points before every line of a list, one per line'],
        'adds an emoji name before every line',
      ],
      [
        'start',
        ['A row of them first', 'A row of several emoji at the very start, to catch the eye'],
        'makes listeners sit through emoji names before the message',
      ],
    ],
  ),
  documented(
    'video-captions',
    [
      (w) =>
        `${w[0]!.toUpperCase()}${w.slice(1)} posts a talking-head video. What makes it accessible to deaf and hard-of-hearing viewers?`,
      () => 'What do accessibility guidelines expect for speech in a social video?',
    ],
    [
      'Accurate, synchronised captions',
      'Captions of the speech, with any automatic captions checked and corrected for accuracy',
    ],
    [
      [
        'auto',
        'Automatic captions, as generated',
        'trusts auto-captions without checking their errors',
      ],
      ['caption', 'A summary of the video in the post text', 'replaces captions with a summary'],
      [
        'music',
        'The background music turned down so the speech is easier to hear',
        'fixes audio, not access for people who cannot hear it',
      ],
      ['transcriptLater', 'A transcript on request', 'makes access depend on asking'],
    ],
  ),
  documented(
    'flashing-content',
    [
      () => 'Under WCAG 2.3.1, a short promotional clip may not flash more than how often?',
      (w) => `A strobe-effect video for ${w}: what WCAG limit on flashing applies?`,
    ],
    [
      'Three flashes in any one second',
      'No more than three flashes in any one-second period (or below the flash thresholds)',
    ],
    [
      ['five', 'Five flashes per second', 'uses a looser number than the guideline'],
      ['ten', 'Ten flashes a second', 'confuses the limit with a frame rate'],
      [
        'minute',
        'Three flashes per minute, counted over the whole clip',
        'uses the wrong time window',
      ],
      ['any', 'Any rate, if a warning is shown first', 'thinks a warning replaces the limit'],
    ],
  ),
  documented(
    'styled-unicode-text',
    [
      () =>
        'A client wants bold and italic text in a caption using a “fancy font” generator. What is the accessibility problem?',
    ],
    [
      'Screen readers read them as symbols',
      'The letters are mathematical symbols to a screen reader',
      'The styled letters are mathematical symbols to a screen reader, so the words are lost or spelled out',
    ],
    [
      [
        'none',
        ['None, if it looks readable', 'None, as long as the letters look readable on screen'],
        'judges by sight only',
      ],
      [
        'search',
        [
          'Only some lost search ranking',
          'Only that the post loses some search ranking on the platform',
        ],
        'names a side issue, not the access barrier',
      ],
      [
        'length',
        [
          'Only the extra characters',
          'Only that each styled letter counts as two characters towards the limit',
        ],
        'names the character count, not the access barrier',
      ],
      [
        'color',
        ['Bold text is low in contrast', 'Bold and italic letters are too low in colour contrast'],
        'confuses weight with colour contrast',
      ],
      [
        'translate',
        [
          'Only that auto-translate skips it',
          'Only that automatic translation leaves the styled words untranslated',
        ],
        'names a side issue, not the access barrier',
      ],
    ],
  ),
]
