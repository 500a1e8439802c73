import { family, type HtmlCssFamily } from './htmlcss-family.js'

/** Computed `green`, the colour every cascade fixture asks for. */
const GREEN = `css(ID, 'color') === 'rgb(0, 128, 0)'`
const green = (id: string) => `return ${GREEN.replace('ID', `'${id}'`)}`

/**
 * Selectors, specificity and the cascade (Selectors Level 4, CSS Cascading and Inheritance
 * Level 5): which elements a selector matches, which rule wins between origins, layers,
 * importance and specificity, and which values are inherited. Each wrong option is a selector or
 * rule a developer with the named misreading writes.
 */
export const CASCADE_FAMILIES: readonly HtmlCssFamily[] = [
  family({
    id: 'child-combinator',
    stem: 'Which selector matches only the `li` elements that are direct children of `ul.menu`, not the items of lists nested inside them?',
    shape: 'selector',
    page: '<ul class="menu" id="m"><li id="a">A<ul><li id="b">B</li></ul></li><li id="c">C</li></ul><li id="d">D</li>',
    check: `return ids(option) === 'a c'`,
    key: 'ul.menu > li',
    wrong: {
      'ul.menu li': 'the descendant combinator also matches items of nested lists',
      'ul.menu + li': 'the plus sign matches the sibling right after the list, not its children',
      'li > ul.menu': 'reads the child combinator as pointing from child to parent',
      'ul.menu li:first-child': 'first-child picks the first item of every nested list as well',
    },
  }),
  family({
    id: 'adjacent-sibling',
    stem: 'Which selector matches only the paragraph that comes immediately after each `h2`?',
    shape: 'selector',
    page: '<section><h2 id="h">Title</h2><p id="p1">One</p><p id="p2">Two</p></section><p id="p3">Three</p>',
    check: `return ids(option) === 'p1'`,
    key: 'h2 + p',
    wrong: {
      'h2 > p': 'a child combinator needs the paragraph inside the heading',
      'h2 p': 'the descendant combinator looks inside the heading, not after it',
      'p:first-child': 'the heading is the first child, so no paragraph is',
      'h2, p': 'a comma lists two selectors and matches every heading and paragraph',
    },
  }),
  family({
    id: 'id-outweighs-classes',
    stem: 'The stylesheet ends with `#intro { color: red }`. Which selector, in a rule `{ color: green }` placed before it, still makes `<p id="intro" class="lead">` green?',
    shape: 'selector',
    page: '<style>@@ { color: green } #intro { color: red }</style><p id="intro" class="lead">Text</p>',
    check: green('intro'),
    key: 'p#intro.lead',
    wrong: {
      '.lead.lead.lead': 'counts three classes as outweighing one id',
      'body p.lead': 'counts type selectors and a class as outweighing an id',
      ':where(#intro)': 'where() keeps the specificity of the id inside it',
      'p[id="intro"]': 'an attribute selector on id counts as an id selector',
      'html body p.lead.lead': 'counts many type selectors and classes as outweighing an id',
      ':where(#intro).lead': 'where() keeps the id weight of its argument',
    },
  }),
  family({
    id: 'is-takes-its-most-specific-argument',
    stem: 'A later rule is `.card .title { color: red }`. Which selector, in a rule `{ color: green }` placed before it, still makes the `h3.title` inside `<div class="card" id="c">` green?',
    shape: 'selector',
    page: '<style>@@ { color: green } .card .title { color: red }</style><div class="card" id="c"><h3 class="title" id="t">Title</h3></div>',
    check: `return el('t').matches(option) && ${GREEN.replace('ID', "'t'")}`,
    key: ':is(#c, .x) .title',
    wrong: {
      ':where(#c) .title':
        'where() adds no specificity, so the later rule wins the tie on its class',
      '.card > .title': 'a child combinator adds no specificity, so the later rule wins the tie',
      'div.card h3': 'counts type selectors in the class column',
      '.card :not(.x)': 'not() adds only its argument, a class, so the later rule wins the tie',
      ':is(.card, .box) > .title':
        'is() adds up all its arguments instead of taking the most specific one',
    },
  }),
  family({
    id: 'where-zeroes-specificity',
    stem: 'A reset rule `{ color: red }` comes after `.btn { color: green }` in the stylesheet. Which selector for the reset still matches the toolbar button but lets the earlier `.btn` rule win?',
    shape: 'selector',
    page: '<style>.btn { color: green } @@ { color: red }</style><div class="toolbar"><button class="btn" id="b">Go</button></div>',
    check: `return el('b').matches(option) && ${GREEN.replace('ID', "'b'")}`,
    key: ':where(.toolbar button)',
    wrong: {
      ':is(.toolbar button)': 'is() takes the specificity of its argument, unlike where()',
      '.toolbar button': 'a class and a type outweigh the single class of .btn',
      '.toolbar :where(button)':
        'where() zeroes only its own argument; the class outside still counts',
      'button:not(.link)': 'not() counts its class argument, so the reset outweighs .btn',
      '.toolbar > button:where(.btn)':
        'where() zeroes only its own argument; the class and type outside still count',
      ':is(div.toolbar button, .btn)': 'is() takes the specificity of its most specific argument',
    },
  }),
  family({
    id: 'important-beats-inline-style',
    stem: 'The link is `<a href="/plans" style="color: red">` and its markup cannot change. Which stylesheet rule makes it green?',
    shape: 'rule',
    page: '<style>@@</style><nav id="nav"><a id="a" class="nav-link" href="/plans" style="color: red">Plans</a></nav>',
    check: green('a'),
    key: 'a { color: green !important }',
    wrong: {
      '#nav a { color: green }': 'an id selector outranks a style attribute',
      '#nav > a.nav-link[href] { color: green }': 'enough specificity outranks a style attribute',
      'a:link { color: green; }': 'a pseudo-class outranks a style attribute',
    },
  }),
  family({
    id: 'unlayered-beats-layers',
    stem: 'The page declares `@layer base, components;` and `@layer components { .btn { color: red } }`. Which rule, added after them, makes the button green?',
    shape: 'rule',
    page: '<style>@layer base, components; @layer components { .btn { color: red } } @@</style><button class="btn" id="b">Buy</button>',
    check: green('b'),
    key: ':where(.btn) { color: green }',
    wrong: {
      '@layer base { #b { color: green } }':
        'compares specificity across layers instead of layer order first',
      '@layer base { .btn { color: green } }':
        'a rule later in the source wins even inside an earlier-declared layer',
      '@layer components { :where(.btn) { color: green } }':
        'inside one layer, zero specificity loses to the class of .btn',
    },
  }),
  family({
    id: 'important-reverses-layer-order',
    stem: 'An unlayered rule `.note { color: red }` follows the slot below. Which rule, in that slot, makes `<p class="note" id="n">` green?',
    shape: 'rule',
    page: '<style>@@ .note { color: red }</style><p class="note" id="n">Note</p>',
    check: green('n'),
    key: '@layer base { .note { color: green !important } }',
    wrong: {
      '@layer base { #n { color: green } }':
        'a layered rule with higher specificity beats an unlayered one',
      '.note { color: green }': 'of two equal rules the earlier one wins',
      ':where(#n) { color: green }': 'where() keeps the specificity of the id inside it',
      '@layer theme { html body .note { color: green } }':
        'a layered rule with enough specificity beats an unlayered one',
      '@layer overrides { .note { color: green; } }':
        'a layer declared last outranks unlayered styles',
      '@layer reset, base; @layer base { html body .note { color: green } }':
        'a layered rule with enough specificity beats an unlayered one',
    },
  }),
  family({
    id: 'inherited-property',
    stem: 'Which declaration on `.card` is inherited, so its child `<p>` computes the same value?',
    shape: 'declarations',
    page: '<style>.card { @@ }</style><div class="card" id="card"><p id="p">Text</p></div>',
    check: `const property = option.slice(0, option.indexOf(':')).trim()
return css('p', property) === css('card', property)`,
    key: 'line-height: 2',
    wrong: {
      'border: 1px solid navy': 'borders are not inherited; each box draws its own',
      'background-color: navy':
        'a background shows through but is not inherited; the child stays transparent',
      'padding-left: 1em': 'box spacing is not inherited',
      'text-decoration-line: underline':
        'decorations are drawn across descendants but not inherited by them',
    },
  }),
  family({
    id: 'inherit-keyword',
    stem: 'Inside `<p style="color: rgb(120, 0, 0)">`, the link should take the paragraph’s colour instead of the browser’s link blue. Which declaration for the link does that?',
    shape: 'declarations',
    page: '<style>#a { @@ }</style><p id="p" style="color: rgb(120, 0, 0)">See <a id="a" href="#x">the plans</a></p>',
    check: `return css('a', 'color') === css('p', 'color')`,
    key: 'color: inherit',
    wrong: {
      'color: initial': 'initial is the property’s default value, not the parent’s',
      'color: revert': 'revert rolls back to the browser’s own link colour',
      'text-decoration: inherit': 'inherit applies only to the property it is given for',
      'all: revert': 'revert rolls back to the browser’s own link colour',
      'text-decoration-color: inherit':
        'inheriting the underline colour leaves the text colour as it was',
    },
  }),
  family({
    id: 'not-pseudo-class',
    stem: 'Which selector matches every `li` of the list except the one with class `done`?',
    shape: 'selector',
    page: '<ul id="u"><li id="a" class="done">A</li><li id="b">B</li><li id="c" class="todo">C</li></ul>',
    check: `return ids(option) === 'b c'`,
    key: 'li:not(.done)',
    wrong: {
      'li :not(.done)': 'the space makes not() match descendants of each li',
      ':not(.done)': 'without a type it also matches html, body and the list',
      'li.todo': 'tests for another class instead of the absence of done',
      'li:not(li)': 'negates the element type instead of the class',
    },
  }),
  family({
    id: 'nth-child-odd',
    stem: 'Which selector stripes rows 1, 3 and 5 of a five-row table body?',
    shape: 'selector',
    page: '<table><tbody id="b"><tr id="r1"><td>1</td></tr><tr id="r2"><td>2</td></tr><tr id="r3"><td>3</td></tr><tr id="r4"><td>4</td></tr><tr id="r5"><td>5</td></tr></tbody></table>',
    check: `return ids(option) === 'r1 r3 r5'`,
    key: 'tbody tr:nth-child(odd)',
    wrong: {
      'tr:nth-child(2n)': 'counts from zero, so 2n is read as rows 1, 3 and 5',
      'tbody tr:nth-child(2)': 'nth-child(2) is the second row only, not every other row',
      'tbody > :nth-child(n+1)': 'n+1 matches every row from the first on',
      'tbody tr:nth-of-type(even)': 'even rows are 2 and 4, not 1, 3 and 5',
    },
  }),
  family({
    id: 'first-of-type',
    stem: 'In `<article><h2>…</h2><p>…</p><p>…</p></article>`, which selector matches only the first paragraph?',
    shape: 'selector',
    page: '<article id="art"><h2 id="h">Title</h2><p id="p1">One</p><p id="p2">Two</p></article>',
    check: `return ids(option) === 'p1'`,
    key: 'article p:first-of-type',
    wrong: {
      'article p:first-child': 'first-child counts the heading, so no paragraph matches',
      'article > p + p': 'the plus sign picks the paragraph after another paragraph',
      'article:first-child p':
        'first-child applies to the article, which is its parent’s first child',
      'article p:nth-of-type(2)':
        'nth-of-type counts only paragraphs, so 2 is the second paragraph',
      'article > h2:first-child + p + p':
        'two plus signs step past the first paragraph to the second',
    },
  }),
  family({
    id: 'attribute-ends-with',
    stem: 'Which selector matches links whose `href` ends in `.pdf`?',
    shape: 'selector',
    page: '<a id="a" href="/files/report.pdf">Report</a><a id="b" href="/pdf-guide.html">Guide</a><a id="c" href="/x.pdf.html">Page</a><a id="d" href="/prices.pdf">Prices</a>',
    check: `return ids(option) === 'a d'`,
    key: 'a[href$=".pdf"]',
    wrong: {
      'a[href*="pdf"]': 'asterisk-equals matches pdf anywhere in the address',
      'a[href^=".pdf"]': 'caret-equals tests how the value starts, not how it ends',
      'a[href=".pdf"]': 'a plain equals sign needs the whole value to be .pdf',
      'a[type="pdf"]': 'the type attribute is a hint the author writes, not the file extension',
      'a[download][href$="pdf"]': 'links to PDFs need not carry a download attribute',
    },
  }),
  family({
    id: 'has-parent',
    stem: 'Which selector matches each `.card` that contains an image?',
    shape: 'selector',
    page: '<div class="card" id="c1"><img id="i1" alt=""></div><div class="card" id="c2"><p>Text</p></div><div class="card" id="c3"><figure><img id="i3" alt=""></figure></div>',
    check: `return ids(option) === 'c1 c3'`,
    key: '.card:has(img)',
    wrong: {
      '.card img': 'matches the images themselves, not the cards',
      '.card:has(> img)': 'the child combinator inside has() misses the image inside a figure',
      'img + .card': 'matches a card right after an image, not around one',
      '.card:is(img)': 'is() tests the card itself against img',
    },
  }),
  family({
    id: 'checked-state',
    stem: 'A script ticks the checkbox. Which selector then matches the `label` that directly follows the ticked checkbox?',
    shape: 'selector',
    page: '<input type="checkbox" id="c"><label id="l" for="c">Remember me</label><input type="checkbox" id="d"><label id="m" for="d">News</label>',
    check: `el('c').checked = true
return ids(option) === 'l'`,
    key: 'input:checked + label',
    wrong: {
      'input[checked] + label':
        'the checked attribute is only the initial state, not the current one',
      'label:checked': 'a label is never checked; only the control is',
      'input:checked > label': 'the label follows the input; it is not inside it',
      'input:focus + label': 'ticking by script does not focus the box',
      'label:has(input:checked)': 'has() looks inside the label, where the checkbox is not',
      'input:default + label': 'default matches boxes ticked in the markup, not by script',
      'label:has(+ input:checked)':
        'has() with a plus sign looks at what follows the label, not what precedes it',
    },
  }),
  family({
    id: 'inheritance-loses-to-any-rule',
    stem: 'A reset sets `* { color: black }`. Which rule makes the text of the `<p>` inside `.card` blue?',
    shape: 'rule',
    page: '<style>* { color: black } @@</style><div class="card" id="card"><p id="p">Text</p></div>',
    check: `return css('p', 'color') === 'rgb(0, 0, 255)'`,
    key: '.card p { color: blue }',
    wrong: {
      '.card { color: blue }': 'an inherited value beats a rule that targets the element',
      '#card { color: blue }': 'an id on the parent outranks the rule that matches the child',
      '.card { color: blue !important }': 'importance is inherited along with the value',
    },
  }),
  family({
    id: 'compound-classes',
    stem: 'Which selector matches only elements that have both the class `btn` and the class `primary`?',
    shape: 'selector',
    page: '<button id="a" class="btn primary">A</button><button id="b" class="btn"><span id="c" class="primary">C</span></button><button id="d" class="btn-primary">D</button><button id="e" class="primary">E</button>',
    check: `return ids(option) === 'a'`,
    key: '.btn.primary',
    wrong: {
      '.btn .primary': 'a space matches a .primary element inside a .btn',
      '.btn, .primary': 'a comma matches elements with either class',
      '.btn-primary': 'a hyphenated name is a different class',
      '[class="primary"]': 'an equals sign compares the whole class attribute',
    },
  }),
  family({
    id: 'generated-content',
    stem: 'Which rule shows the text “New ” before the content of every `.item` without changing the HTML?',
    shape: 'rule',
    page: '<style>@@</style><p class="item" id="i">Plans</p>',
    check: `return getComputedStyle(el('i'), '::before').content === '"New "'`,
    key: '.item::before { content: "New " }',
    wrong: {
      '.item::after { content: "New " }': 'after puts the text at the end of the content',
      '.item:first-child { content: "New " }':
        'content makes text only on before and after pseudo-elements',
      '.item::before { display: inline }': 'a before box exists only when it has content',
      '.item::before { content: attr(data-new) }':
        'attr() reads an attribute the element does not have',
      '.item::marker { content: "New " }': 'a marker belongs to list items only',
    },
  }),
  family({
    id: 'custom-property-fallback',
    stem: 'No rule defines `--accent`. Which declaration for the link still makes it `rebeccapurple`?',
    shape: 'declarations',
    page: '<style>#a { @@ }</style><p style="color: black"><a id="a" href="#x">Link</a></p>',
    check: `return css('a', 'color') === 'rgb(102, 51, 153)'`,
    key: 'color: var(--accent, rebeccapurple)',
    wrong: {
      'color: rebeccapurple; color: var(--accent)':
        'an undefined variable falls back to the earlier declaration',
      '--accent: rebeccapurple': 'defining the variable does not set the colour',
      'color: var(--accent), rebeccapurple': 'a fallback goes inside the var() parentheses',
    },
  }),
]
