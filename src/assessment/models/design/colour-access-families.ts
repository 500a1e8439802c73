import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Colour and accessible design under WCAG 2.2: contrast thresholds and their exceptions, colour
 * alone, focus, motion and the criteria new in 2.2. Contrast keys are computed in the tests with
 * the WCAG relative-luminance formula.
 */
export const COLOUR_ACCESS_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'contrast-body-text',
    stem: 'What contrast ratio does WCAG 2.2 Level AA require for body text?',
    frames: [
      '⟦At least 4.5:1|At least 3:1=3:1 is the minimum for large text and interface parts|At least 7:1=7:1 is the Level AAA minimum|At least 2:1=no WCAG criterion is that low⟧',
    ],
  },
  {
    id: 'contrast-large-text',
    stem: 'What counts as large text, which needs only 3:1 contrast at Level AA?',
    frames: [
      '⟦At least 18 pt (24 px), or 14 pt (about 18.7 px) bold|At least 12 pt (16 px), or any bold text=confuses large text with normal body size|At least 30 px, whatever the weight=invents a threshold with no bold rule|Any heading, whatever its size=size and weight decide, not the element⟧',
    ],
  },
  {
    id: 'contrast-non-text',
    stem: 'What contrast does WCAG 2.2 (1.4.11 Non-text Contrast) require for a text field’s border against its background?',
    frames: [
      '⟦At least 3:1|At least 4.5:1=4.5:1 is for body text, not interface parts|None: borders are decorative=a border that identifies the control is not decorative|At least 7:1=7:1 is the AAA text minimum⟧',
    ],
  },
  {
    id: 'grey-text-on-white',
    stem: 'Which grey for body text on a white (#FFFFFF) background meets WCAG 2.2 Level AA?',
    frames: [
      '⟦#767676|#777777=4.48:1 rounds to look like 4.5:1 but falls just short|#8A8A8A=3.45:1 meets only the large-text minimum|#999999=2.85:1 fails even the large-text minimum⟧',
    ],
  },
  {
    id: 'large-label-colour',
    stem: 'Which colour for 24 px bold text on white (#FFFFFF) meets WCAG 2.2 Level AA?',
    frames: [
      '⟦#43A047|#F57C00=a saturated orange looks strong but reaches only 2.70:1|#FFA000=amber looks bright but reaches only 2.04:1|#999999=a mid grey reaches only 2.85:1⟧',
    ],
  },
  {
    id: 'colour-not-alone',
    stem: 'Invalid form fields are shown with a red border only. Which fix meets WCAG 2.2 (1.4.1 Use of Color)?',
    frames: [
      '⟦Add an error icon and a text message to each invalid field|Use a brighter red=still colour alone|Make the border a darker red=a darker red is still colour alone|Turn the whole field background pink=still colour alone⟧',
    ],
  },
  {
    id: 'links-in-body-text',
    stem: 'Links sit inside paragraphs of body text. Which styling meets WCAG 2.2 without relying on colour alone?',
    frames: [
      '⟦Underlined links|Blue links with no underline, 1.5:1 against the body text=colour alone, with too little contrast against the surrounding text|Links in the same colour as the text, underlined only on hover=nothing marks the links until hovered|Links in a lighter shade of the body text colour=colour alone, and low contrast⟧',
    ],
  },
  {
    id: 'inactive-control-exemption',
    stem: 'Which text has no WCAG 2.2 contrast minimum?',
    frames: [
      '⟦The label of a disabled (inactive) button|Placeholder text in an input=placeholder text is text and needs the minimum|Light grey body text=body text needs 4.5:1|Text in a navigation link=link text needs the minimum⟧',
    ],
  },
  {
    id: 'logotype-exemption',
    stem: 'Which of these may fall below the WCAG 2.2 text contrast minimum?',
    frames: [
      '⟦Text that is part of a logo|A price on a product card=a price is ordinary text|Text on a call-to-action button=button text must meet the minimum|Footer copyright text=small print is still text⟧',
    ],
  },
  {
    id: 'focus-visible',
    stem: 'A style sheet has `:focus { outline: none; }` and nothing else for focus. Which WCAG 2.2 criterion does that fail?',
    frames: [
      '⟦2.4.7 Focus Visible|1.4.3 Contrast (Minimum)=that concerns text contrast|2.1.1 Keyboard=keyboard operation still works; the focus is only invisible|1.4.1 Use of Color=nothing here relies on colour⟧',
    ],
  },
  {
    id: 'focus-not-obscured',
    stem: 'A sticky footer covers the keyboard-focused link entirely. Which WCAG 2.2 criterion does that fail?',
    frames: [
      '⟦2.4.11 Focus Not Obscured (Minimum)|2.4.7 Focus Visible=the focus indicator is drawn but hidden under the footer|1.4.10 Reflow=reflow concerns narrow widths|2.5.8 Target Size (Minimum)=target size concerns pointer targets|1.4.13 Content on Hover or Focus=that concerns content that appears on hover or focus, such as tooltips⟧',
    ],
  },
  {
    id: 'placeholder-is-no-label',
    stem: 'Why is placeholder text a poor replacement for a visible label?',
    frames: [
      '⟦It disappears once the user types, taking the instruction with it|It cannot be styled at all=it can be styled|Screen readers never read it=many do; the problem is for everyone once it vanishes|It makes the form submit slower=it has no effect on submission⟧',
    ],
  },
  {
    id: 'common-colour-vision-deficiency',
    stem: 'Which colour pair is hardest to tell apart for the most common colour vision deficiencies?',
    frames: [
      '⟦Red and green|Blue and yellow=blue–yellow deficiency (tritan) is rare|Black and white=differs in lightness, seen by all|Blue and orange=a pair chosen for its safety in colour-blind palettes⟧',
    ],
  },
  {
    id: 'rgb-vs-cmyk',
    stem: 'A brand colour is needed for a website and for a printed brochure. Which colour models suit each?',
    frames: [
      '⟦RGB for the website; CMYK for the brochure|CMYK for both=screens display RGB, not CMYK|RGB for both=print presses use CMYK inks|CMYK for the website; RGB for the brochure=swaps the two⟧',
    ],
  },
  {
    id: 'srgb-for-web',
    stem: 'In which colour profile should photos be exported for the web?',
    frames: [
      '⟦sRGB|Adobe RGB=wide-gamut colours look dull where colour management is missing|CMYK=a print model, not for screens|ProPhoto RGB=a very wide gamut that looks wrong in unmanaged browsers⟧',
    ],
  },
  {
    id: 'pause-moving-content',
    stem: 'A homepage carousel moves automatically and keeps going for more than 5 seconds. What does WCAG 2.2 (2.2.2 Pause, Stop, Hide) require?',
    frames: [
      '⟦A way to pause, stop or hide it|Nothing, if the slides contain images only=the criterion covers any moving content shown with other content|A slower transition between slides=slower motion is still motion without a pause|Captions on every slide=captions do not stop the movement⟧',
    ],
  },
  {
    id: 'dragging-alternative',
    stem: 'A kanban board lets users move cards by dragging. What does WCAG 2.2 (2.5.7 Dragging Movements) require?',
    frames: [
      '⟦A way to move cards with single clicks or taps, such as a Move menu|A tooltip that explains how to drag cards between the columns of the board=explaining the drag does not remove the need to drag|Nothing, since dragging works with a mouse=ignores users who cannot drag|A keyboard shortcut only=the criterion asks for a single-pointer alternative|A longer drag distance to prevent accidents=does not remove the need to drag⟧',
    ],
  },
  {
    id: 'accessible-authentication',
    stem: 'A login page blocks pasting into the password field. Which WCAG 2.2 criterion does that work against?',
    frames: [
      '⟦3.3.8 Accessible Authentication (Minimum)|3.3.7 Redundant Entry=that concerns entering the same information twice|1.4.3 Contrast (Minimum)=contrast is unrelated to pasting|2.4.7 Focus Visible=focus visibility is unrelated to pasting⟧',
    ],
  },
  {
    id: 'redundant-entry',
    stem: 'A checkout asks for the delivery address again on the billing step, with no option to reuse it. Which WCAG 2.2 criterion does that fail?',
    frames: [
      '⟦3.3.7 Redundant Entry|3.3.8 Accessible Authentication (Minimum)=that concerns logging in|3.2.6 Consistent Help=that concerns where help is placed|1.3.5 Identify Input Purpose=autocomplete purpose is a different criterion⟧',
    ],
  },
  {
    id: 'consistent-help',
    stem: 'A contact link sits in the header on some pages and in the footer on others. Which WCAG 2.2 criterion does that fail?',
    frames: [
      '⟦3.2.6 Consistent Help|3.2.3 Consistent Navigation=that concerns repeated navigation menus|3.3.7 Redundant Entry=that concerns re-entering information|2.4.7 Focus Visible=unrelated to where help is placed⟧',
    ],
  },
  {
    id: 'contrast-ratio-formula',
    stem: 'How is a WCAG contrast ratio computed?',
    frames: [
      '⟦From relative luminance: (L1 + 0.05) / (L2 + 0.05)|From the difference between the two hues=hue is not part of the formula|From the difference between the two hex values=hex codes are not luminance|From the difference in HSL lightness=HSL lightness is not relative luminance⟧',
    ],
  },
]
