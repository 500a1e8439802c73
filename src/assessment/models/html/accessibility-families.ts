import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Accessible markup: each family one WCAG 2 failure an automated audit can find in the markup
 * alone (so the tests can judge every option with axe-core in a browser). Failures that need a
 * person's judgement (a meaningless alt text, a vague link) are left to authored items.
 */
export const HTML_ACCESSIBILITY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'image-text-alternative',
    frames: [
      '<img src="⟨chart;sales;trend⟩.png" ⟦alt="Sales rose 20 % in ⟨May;June⟩"|^=an informative image with no text alternative⟧>',
    ],
  },
  {
    id: 'form-field-label',
    frames: [
      '<label ⟦for="email"|for="e-mail"=a label whose for names no field id|^=a label with no for beside its field, so it labels nothing⟧>Email</label> <input id="email" type="email">',
    ],
  },
  {
    id: 'icon-button-name',
    frames: [
      '<button type="button" ⟦aria-label="⟨Close;Dismiss⟩"|^=an icon-only button with no accessible name⟧><svg aria-hidden="true" width="16" height="16"></svg></button>',
    ],
  },
  {
    id: 'icon-link-name',
    frames: [
      '<a href="/⟨cart;basket⟩" ⟦aria-label="Shopping cart"|^=an icon-only link with no accessible name⟧><img src="cart.svg" alt=""></a>',
    ],
  },
  {
    id: 'list-items',
    frames: [
      '<ul>⟦<li>⟨Home;Pricing⟩</li>|<div>⟨Home;Pricing⟩</div>=a list child that is not a list item|<span>⟨Home;Pricing⟩</span>=a list child that is not a list item⟧<li>Contact</li></ul>',
    ],
  },
  {
    id: 'aria-state-values',
    frames: [
      '<button type="button" aria-expanded="⟦false|no=an ARIA state given a word it does not allow (true or false)|closed=an ARIA state given a word it does not allow (true or false)⟧">Menu</button>',
    ],
  },
  {
    id: 'positive-tabindex',
    frames: [
      '<button type="button"⟦^| tabindex="⟨2;3;5⟩"=a positive tabindex that takes the control out of the reading order⟧>Save</button>',
    ],
  },
  {
    id: 'valid-aria-role',
    frames: [
      '<div ⟦role="button"|role="buton"=a misspelled ARIA role|role="clickable"=an ARIA role that does not exist⟧ tabindex="0">⟨Save;Send⟩</div>',
    ],
  },
  {
    id: 'frame-title',
    frames: [
      '<iframe src="/⟨map;video⟩.html" ⟦title="Office map"|^=an embedded frame with no title⟧></iframe>',
    ],
  },
  {
    id: 'empty-heading',
    frames: ['<h2>⟦⟨Pricing;Our team;Contact us⟩|^=an empty heading⟧</h2>'],
  },
  {
    id: 'hidden-focusable',
    frames: [
      '<div aria-hidden="true">⟦<span>Advertisement</span>|<a href="/offer">Advertisement</a>=a focusable link inside content hidden from assistive technology⟧</div>',
    ],
  },
  {
    id: 'nested-interactive',
    frames: [
      '<button type="button">⟦Buy now|<a href="/buy">Buy now</a>=a link nested inside a button⟧</button>',
    ],
  },
  {
    id: 'role-img-name',
    frames: [
      '<div role="img" ⟦aria-label="Rated ⟨four;five⟩ out of five"|^=an element with role img and no accessible name⟧></div>',
    ],
  },
  {
    id: 'svg-img-name',
    frames: [
      '<svg role="img" ⟦aria-label="⟨Company;Brand⟩ logo"|^=an svg with role img and no accessible name⟧ width="40" height="40"></svg>',
    ],
  },
  {
    id: 'progressbar-name',
    frames: [
      '<div role="progressbar" aria-valuenow="⟨40;75⟩" aria-valuemin="0" aria-valuemax="100" ⟦aria-label="Upload"|^=a progress bar with no accessible name⟧></div>',
    ],
  },
  {
    id: 'image-button-alt',
    frames: [
      '<input type="image" src="⟨go;search⟩.png" ⟦alt="Search"|^=an image button with no text alternative⟧>',
    ],
  },
  {
    id: 'select-label',
    frames: [
      '<label ⟦for="size"|for="sizes"=a label whose for names no field id⟧>Size</label> <select id="size"><option>S</option><option>M</option></select>',
    ],
  },
]
