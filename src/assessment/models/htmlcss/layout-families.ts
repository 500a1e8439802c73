import { family, type HtmlCssFamily } from './htmlcss-family.js'

/** Three equal empty items the flex and grid fixtures lay out. */
const ITEMS =
  '<div class="i" id="a">A</div><div class="i" id="b">B</div><div class="i" id="c">C</div>'

/**
 * Flexbox and grid layout (CSS Flexible Box Layout Level 1, CSS Grid Layout Level 2, CSS Box
 * Alignment Level 3): what a given set of declarations lays out, which axis a property works on,
 * how free space and track sizes are shared and where an item is placed. Each wrong option is a
 * declaration set written with the named misreading.
 */
export const LAYOUT_FAMILIES: readonly HtmlCssFamily[] = [
  family({
    id: 'centre-both-axes',
    stem: 'Which declarations on a 300×200px box centre its 50×50px child both horizontally and vertically?',
    shape: 'declarations',
    page: '<style>#p { width: 300px; height: 200px; @@ } #k { width: 50px; height: 50px }</style><div id="p"><div id="k"></div></div>',
    check: `const p = box('p'), k = box('k')
return k.left - p.left === 125 && k.top - p.top === 75`,
    key: 'display: grid; place-items: center',
    wrong: {
      'display: flex; justify-content: center': 'justify-content centres on the main axis only',
      'display: flex; align-items: center': 'align-items centres on the cross axis only',
      'display: block; text-align: center; vertical-align: middle':
        'text alignment moves inline content, not a block child',
      'display: grid; align-content: center':
        'align-content centres the rows vertically and leaves the item at the start horizontally',
    },
  }),
  family({
    id: 'auto-margin-pushes-last-item',
    stem: 'In a 300px-tall column flex container, which declaration on the last item pushes it to the bottom while the others stay at the top?',
    shape: 'declarations',
    page: `<style>#p { display: flex; flex-direction: column; height: 300px; width: 200px } .i { height: 20px; width: 50px } #c { @@ }</style><div id="p">${ITEMS}</div>`,
    check: `return box('c').bottom === box('p').bottom && box('c').left === box('p').left && box('b').top === 20`,
    key: 'margin-top: auto',
    wrong: {
      'align-self: flex-end': 'in a column the cross axis is horizontal, so the item moves right',
      'justify-self: end': 'justify-self is ignored on flex items',
      'vertical-align: bottom': 'vertical-align applies to inline and table cells, not flex items',
      'margin-bottom: auto': 'an auto bottom margin takes the space below the item, keeping it up',
    },
  }),
  family({
    id: 'flex-grow-shares-free-space',
    stem: 'In a 600px flex row, `.a` has `flex-basis: 0` and `.b` has `flex: 1 1 0`. Which declaration on `.a` makes it end up twice as wide as `.b`?',
    shape: 'declarations',
    page: '<style>#p { display: flex; width: 600px } #a { flex-basis: 0; @@ } #b { flex: 1 1 0 }</style><div id="p"><div id="a"></div><div id="b"></div></div>',
    check: `return box('a').width === 400 && box('b').width === 200`,
    key: 'flex-grow: 2',
    wrong: {
      'flex-shrink: 2': 'shrinking shares negative space; with none, only growing matters',
      'width: 66%': 'a set flex-basis takes the place of width',
      'order: 2': 'order moves the item, it does not size it',
      'max-width: 66.66%': 'a maximum does not make the item grow',
      'grid-column: span 2': 'grid placement does nothing in a flex container',
    },
  }),
  family({
    id: 'flex-one-equal-widths',
    stem: 'Three flex items hold texts of different lengths. Which declaration on each item makes them exactly equal in width across a 600px row?',
    shape: 'declarations',
    page: '<style>#p { display: flex; width: 600px } .i { @@ }</style><div id="p"><div class="i" id="a">A</div><div class="i" id="b">Bigger text</div><div class="i" id="c">Medium</div></div>',
    check: `return box('a').width === 200 && box('b').width === 200 && box('c').width === 200`,
    key: 'flex: 1',
    wrong: {
      'flex-grow: 1': 'with an auto basis each item starts from its content width before growing',
      'flex: auto': 'auto means a content-sized basis, so the longer text gets the wider item',
      'flex: initial': 'initial means no growing, so items keep their content widths',
      'justify-content: space-between':
        'justify-content goes on the container and spaces items without sizing them',
      'flex-basis: auto; flex-grow: 1':
        'with an auto basis each item starts from its content width before growing',
      'display: inline-block; width: auto':
        'flex items are blockified and keep their content widths',
    },
  }),
  family({
    id: 'flex-wrap',
    stem: 'Three 200px cards sit in a 500px flex row. Which declaration on the container moves the third card to a new line instead of shrinking the cards?',
    shape: 'declarations',
    page: `<style>#p { display: flex; width: 500px; @@ } .i { width: 200px; height: 20px }</style><div id="p">${ITEMS}</div>`,
    check: `return box('a').width === 200 && box('c').width === 200 && box('c').top > box('a').top`,
    key: 'flex-wrap: wrap',
    wrong: {
      'flex-flow: row': 'flex-flow row keeps nowrap, its default',
      'overflow: auto': 'scrolling the container does not wrap its items',
      'white-space: normal': 'white-space wraps text, not flex items',
      'align-content: flex-start': 'align-content places lines; it does not create them',
    },
  }),
  family({
    id: 'flex-item-min-width-zero',
    stem: 'In a 300px flex row, `.side` is a fixed 100px and `.main` holds a long unbreakable line, so `.main` overflows. Which declaration on `.main` lets it shrink to the remaining 200px?',
    shape: 'declarations',
    page: '<style>#p { display: flex; width: 300px } .side { flex: none; width: 100px } .main { @@ }</style><div id="p"><div class="side"></div><div class="main" id="m"><div style="white-space: nowrap">https://example.com/a/very/long/address/that/does/not/break</div></div></div>',
    check: `return box('m').width === 200`,
    key: 'min-width: 0',
    wrong: {
      'flex-shrink: 1': 'items already shrink by default; the automatic minimum stops them',
      'max-width: 100%': 'a cap of the full row still leaves room for the overflow',
      'overflow-wrap: anywhere': 'the line inside does not wrap, so nothing breaks',
      'flex-basis: 0': 'a zero basis still grows back to the automatic minimum',
    },
  }),
  family({
    id: 'gap-between-items-only',
    stem: 'Which declaration on a flex container puts 16px between neighbouring items and nothing before the first?',
    shape: 'declarations',
    page: `<style>#p { display: flex; width: 400px; @@ } .i { width: 50px; height: 20px }</style><div id="p">${ITEMS}</div>`,
    check: `return box('a').left === box('p').left && box('b').left - box('a').right === 16 && box('c').left - box('b').right === 16`,
    key: 'gap: 16px',
    wrong: {
      'justify-content: space-between':
        'space-between spreads all free space, however wide that makes the gaps',
      'padding-inline: 16px': 'padding adds space at the container’s edges, not between items',
      'row-gap: 16px': 'row-gap spaces lines, not items in a row',
      'margin: 16px': 'the container’s margin is outside it, not between its items',
    },
  }),
  family({
    id: 'align-items-stops-stretch',
    stem: 'In a flex row, a short button stretches to the height of the 100px image beside it. Which declaration on the container keeps each item at its own height, top-aligned?',
    shape: 'declarations',
    page: '<style>#p { display: flex; @@ } #img { width: 100px; height: 100px } #btn { font: 16px sans-serif }</style><div id="p"><div id="img"></div><button id="btn">Buy</button></div>',
    check: `return box('btn').height < 50 && box('btn').top === box('p').top`,
    key: 'align-items: flex-start',
    wrong: {
      'justify-content: flex-start': 'justify-content works on the main axis, across the row',
      'align-content: flex-start':
        'align-content places lines of a wrapping container, not items in one line',
      'vertical-align: top': 'vertical-align does not apply to flex items',
      'align-items: stretch': 'stretch is what makes the button as tall as the image',
    },
  }),
  family({
    id: 'row-reverse',
    stem: 'Which declaration on a 400px flex container shows items A, B, C in reverse order, starting from its right edge?',
    shape: 'declarations',
    page: `<style>#p { display: flex; width: 400px; @@ } .i { width: 50px; height: 20px }</style><div id="p">${ITEMS}</div>`,
    check: `return box('a').right === box('p').right && box('b').right === box('a').left && box('c').right === box('b').left`,
    key: 'flex-direction: row-reverse',
    wrong: {
      'justify-content: flex-end': 'flex-end moves the items to the right but keeps their order',
      'flex-wrap: wrap-reverse': 'wrap-reverse reverses the order of lines, not of items',
      'flex-direction: column-reverse': 'column-reverse stacks the items vertically',
      'order: -1': 'order on the container does nothing to its items',
      'flex-flow: wrap-reverse': 'wrap-reverse reverses the order of lines, not of items',
      'justify-content: flex-end; direction: ltr':
        'flex-end moves the items to the right but keeps their order',
    },
  }),
  family({
    id: 'order-moves-an-item-first',
    stem: 'Which declaration on the third flex item shows it first without changing the HTML?',
    shape: 'declarations',
    page: `<style>#p { display: flex } .i { width: 50px; height: 20px } #c { @@ }</style><div id="p">${ITEMS}</div>`,
    check: `return box('c').left === box('p').left && box('a').left > box('c').left`,
    key: 'order: -1',
    wrong: {
      'order: 1': 'items default to order 0, so order 1 goes after them',
      'z-index: -1': 'z-index changes painting, not position',
      'flex-direction: row-reverse': 'a container property does nothing on an item',
      'order: 0': 'zero is the default, so the item stays third',
    },
  }),
  family({
    id: 'repeat-fr-with-gap',
    stem: 'Which declarations on a 640px grid make three equal columns with 20px between them?',
    shape: 'declarations',
    page: `<style>#p { display: grid; width: 640px; @@ } .i { height: 20px }</style><div id="p">${ITEMS}</div>`,
    check: `return box('a').width === 200 && box('c').width === 200 && box('c').top === box('a').top && box('b').left - box('a').right === 20`,
    key: 'grid-template-columns: repeat(3, 1fr); gap: 20px',
    wrong: {
      'grid-template-columns: 33.33% 33.33% 33.33%; gap: 20px':
        'percent tracks take their share before the gaps, so the grid overflows',
      'grid-template-rows: repeat(3, 1fr); gap: 20px':
        'template rows make rows, so the items stack',
      'columns: 3; column-gap: 20px': 'multi-column properties are ignored on a grid container',
      'grid-template-columns: repeat(3, 200px 20px)':
        'a gap is not a track, so this makes six columns',
      'grid-template-columns: 1fr 1fr 1fr; grid-gap: 20px 0':
        'the first value of gap is the row gap',
      'display: flex; gap: 20px': 'flex items keep their content widths instead of sharing the row',
      'display: flex; column-gap: 20px; flex-wrap: wrap':
        'flex items keep their content widths instead of sharing the row',
    },
  }),
  family({
    id: 'span-two-columns',
    stem: 'In a grid of three 100px columns with no gaps, which declaration makes the first item two columns wide?',
    shape: 'declarations',
    page: `<style>#p { display: grid; grid-template-columns: repeat(3, 100px) } #a { @@ }</style><div id="p">${ITEMS}</div>`,
    check: `return box('a').width === 200`,
    key: 'grid-column: span 2',
    wrong: {
      'grid-column: 2': 'a single number is the start line; the item spans one column',
      'grid-column: 1 / 2': 'lines 1 to 2 enclose one column',
      'column-span: all': 'column-span belongs to multi-column layout',
      'grid-column-end: 2': 'ending at line 2 leaves a one-column item',
      'grid-column-start: 1; grid-column-end: 2': 'lines 1 to 2 enclose one column',
      'grid-template-columns: 200px': 'a template on an item does nothing',
    },
  }),
  family({
    id: 'negative-line-spans-all',
    stem: 'In a grid with an explicit set of columns, which declaration makes the footer span every column, however many there are?',
    shape: 'declarations',
    page: '<style>#p { display: grid; grid-template-columns: repeat(4, 100px) } #f { @@ }</style><div id="p"><div id="a">A</div><div id="f">Footer</div></div>',
    check: `return box('f').width === 400 && box('f').left === box('p').left`,
    key: 'grid-column: 1 / -1',
    wrong: {
      'grid-column: 1 / 3': 'ending at line 3 spans only two columns',
      'width: 100%': 'a percentage width is a share of the item’s own grid area',
      'grid-column: span 1 / -1': 'a span of one before the last line is only the last column',
      'grid-column: auto / -1': 'an auto start makes a one-column span at the end',
      'width: 100vw': 'vw is a share of the viewport, not of the grid',
      'justify-self: stretch; width: auto': 'stretching fills the item’s own column only',
    },
  }),
  family({
    id: 'auto-fit-minmax',
    stem: 'Cards must form as many columns at least 200px wide as fit, stretched to fill the row. Which declaration on the grid does that in both a 700px and a 450px container?',
    shape: 'declarations',
    page: '<style>.g { display: grid; @@ } .g div { height: 20px }</style><div class="g" style="width: 700px"><div id="a"></div><div id="b"></div><div id="c"></div><div id="d"></div></div><div class="g" style="width: 450px"><div id="e"></div><div id="f"></div><div id="h"></div></div>',
    check: `const near = (x, y) => Math.abs(x - y) < 0.5
return near(box('a').width, 700 / 3) && box('d').top > box('a').top && box('e').width === 225 && box('h').top > box('e').top`,
    key: 'grid-template-columns: repeat(auto-fit, minmax(200px, 1fr))',
    wrong: {
      'grid-template-columns: repeat(3, minmax(200px, 1fr))':
        'a fixed count of three overflows the narrow container',
      'grid-template-columns: repeat(auto-fill, 200px)':
        'fixed 200px tracks do not stretch to fill the row',
      'grid-template-columns: minmax(200px, 1fr)':
        'minmax alone makes one track, not as many as fit',
      'grid-template-columns: repeat(auto-fill, minmax(200px, 200px))':
        'a maximum of 200px stops the tracks stretching',
      'grid-template-columns: repeat(auto-fit, minmax(200px, max-content))':
        'empty cards have no content width, so the tracks stay at 200px',
    },
  }),
  family({
    id: 'template-areas',
    stem: 'The header, sidebar and main have `grid-area: head`, `side` and `main`. Which declaration puts the header across the top, the sidebar bottom left and the main area bottom right?',
    shape: 'declarations',
    page: '<style>#p { display: grid; grid-template-columns: 100px 300px; @@ } #h { grid-area: head } #s { grid-area: side } #m { grid-area: main }</style><div id="p"><div id="m">Main</div><div id="s">Side</div><div id="h">Head</div></div>',
    check: `const h = box('h'), s = box('s'), m = box('m')
return h.width === 400 && s.top > h.top && m.top === s.top && s.left < m.left`,
    key: 'grid-template-areas: "head head" "side main"',
    wrong: {
      'grid-template-areas: "head side" "head main"': 'each quoted string is a row, not a column',
      'grid-template-areas: "side main" "head head"': 'the first string is the top row',
      'grid-template-areas: "head head" "main side"': 'names within a row run from left to right',
      'grid-template-areas: "head main" "side main"':
        'each name fills the cells it is written in, so head takes only the top left',
    },
  }),
  family({
    id: 'fixed-and-fr-columns',
    stem: 'Which declaration on a 1000px grid makes a 200px sidebar column and a main column taking the rest?',
    shape: 'declarations',
    page: '<style>#p { display: grid; width: 1000px; @@ }</style><div id="p"><div id="s">Side</div><div id="m">Main</div></div>',
    check: `return box('s').width === 200 && box('m').width === 800 && box('m').top === box('s').top`,
    key: 'grid-template-columns: 200px 1fr',
    wrong: {
      'grid-template-columns: 200px 100%': 'a 100% track is the whole width, so the grid overflows',
      'grid-template-columns: 1fr 200px':
        'tracks are listed from left to right, so the sidebar is first',
      'grid-template-rows: 200px 1fr': 'template rows make rows, so the two stack',
      'grid-auto-columns: 200px 1fr':
        'auto columns size columns that placement creates, and placement fills rows',
      'grid-template: 200px / 1fr': 'grid-template lists rows before the slash',
      'grid-auto-flow: column; grid-template-rows: 200px 1fr':
        'two rows stack the items in one column',
    },
  }),
  family({
    id: 'justify-items-in-cells',
    stem: 'In a grid of two 200px columns, which declaration on the container centres each item horizontally inside its cell, at the item’s own width?',
    shape: 'declarations',
    page: '<style>#p { display: grid; grid-template-columns: 200px 200px; width: 400px; @@ }</style><div id="p"><span id="a">Alpha</span><span id="b">Beta</span></div>',
    check: `const a = box('a'), p = box('p')
return a.width < 200 && Math.abs(a.left + a.width / 2 - (p.left + 100)) < 0.5`,
    key: 'justify-items: center',
    wrong: {
      'justify-content: center': 'justify-content moves the tracks, and they already fill the grid',
      'align-items: center': 'align-items centres vertically',
      'text-align: center':
        'the items still stretch across their cells; only their text is centred',
      'place-content: center': 'place-content moves the tracks, and they already fill the grid',
      'align-content: center; text-align: center':
        'the items still stretch across their cells; only their text is centred',
    },
  }),
  family({
    id: 'auto-rows',
    stem: 'A two-column grid has no row template and gets four items. Which declaration makes every row it creates 100px tall?',
    shape: 'declarations',
    page: '<style>#p { display: grid; grid-template-columns: 1fr 1fr; @@ }</style><div id="p"><div id="a">A</div><div id="b">B</div><div id="c">C</div><div id="d">D</div></div>',
    check: `return box('a').height === 100 && box('d').height === 100`,
    key: 'grid-auto-rows: 100px',
    wrong: {
      'grid-template-rows: 100px': 'a template of one row sizes the first row only',
      'grid-auto-columns: 100px': 'auto columns size columns, not rows',
      'row-gap: 100px': 'row-gap spaces rows without sizing them',
      'height: 100px': 'the container’s height is shared by both rows',
      'grid-template-rows: repeat(1, 100px)': 'a template of one row sizes the first row only',
      'grid-auto-rows: auto; min-height: 100px':
        'a minimum height for the grid is shared by its rows',
    },
  }),
  family({
    id: 'align-self-one-item',
    stem: 'In a 200px-tall flex row with `align-items: flex-start`, which declaration on `.cta` alone puts it at the bottom?',
    shape: 'declarations',
    page: `<style>#p { display: flex; align-items: flex-start; height: 200px } .i { width: 50px; height: 20px } #c { @@ }</style><div id="p">${ITEMS.replace('id="c"', 'id="c" class="cta"')}</div>`,
    check: `return box('c').bottom === box('p').bottom && box('a').top === box('p').top`,
    key: 'align-self: flex-end',
    wrong: {
      'align-items: flex-end': 'align-items on an item does nothing; it is read from the container',
      'justify-self: end': 'justify-self is ignored in flex layout',
      'margin-bottom: auto': 'an auto bottom margin keeps the item at the top',
      'vertical-align: bottom': 'vertical-align does not apply to flex items',
      'align-self: baseline': 'baseline alignment lines up text, not bottom edges',
      'justify-content: flex-end': 'justify-content on an item does nothing',
    },
  }),
  family({
    id: 'flex-shrink-zero',
    stem: 'A 48px avatar squashes when the text beside it is long. Which declaration on the avatar keeps it 48px wide?',
    shape: 'declarations',
    page: '<style>#p { display: flex; width: 200px } #av { width: 48px; height: 48px; @@ } #t { width: 300px }</style><div id="p"><div id="av"></div><div id="t">A long name</div></div>',
    check: `return box('av').width === 48`,
    key: 'flex-shrink: 0',
    wrong: {
      'flex-grow: 0': 'grow stops it widening; shrinking still squashes it',
      'flex-basis: 48px': 'a basis is still shrunk when space runs out',
      'max-width: 48px': 'a cap does not stop shrinking below it',
      'min-width: auto': 'the automatic minimum of an empty box is zero',
    },
  }),
  family({
    id: 'inline-flex-button',
    stem: 'A button holds a 24px icon and a label. Which declarations centre the label on the icon vertically while the button stays in the line of text around it?',
    shape: 'declarations',
    page: '<style>#btn { @@ } #ic { display: inline-block; width: 24px; height: 24px } #lb { font: 12px/1 sans-serif }</style><p><span id="t">Press</span> <button id="btn"><span id="ic"></span><span id="lb">Save</span></button> now</p>',
    check: `const i = box('ic'), l = box('lb')
return Math.abs(i.top + i.height / 2 - (l.top + l.height / 2)) < 1 && box('btn').left > box('t').right`,
    key: 'display: inline-flex; align-items: center',
    wrong: {
      'display: flex; align-items: center': 'a flex container is block-level and starts a new line',
      'display: inline-block; align-items: center':
        'align-items does nothing outside flex and grid',
      'display: inline; justify-content: center':
        'justify-content works on the main axis, and only in a flex container',
      'display: inline-grid; justify-items: center':
        'an inline grid stacks icon and label in one column',
      'display: inline-block; vertical-align: middle':
        'vertical-align moves the button in the line, not its content',
    },
  }),
  family({
    id: 'grid-area-row-column',
    stem: 'In a grid of three 100px columns and 50px rows, which declaration puts `.feature` in row 2, column 3?',
    shape: 'declarations',
    page: '<style>#p { display: grid; grid-template-columns: repeat(3, 100px); grid-auto-rows: 50px } #f { @@ }</style><div id="p"><div id="a">A</div><div id="f">F</div></div>',
    check: `return box('f').left - box('p').left === 200 && box('f').top - box('p').top === 50 && box('f').width === 100`,
    key: 'grid-area: 2 / 3',
    wrong: {
      'grid-area: 3 / 2': 'grid-area starts with the row, then the column',
      'grid-area: 2 / 3 / 3 / 2':
        'the four values are row start, column start, row end, column end, not top, right, bottom, left',
      'grid-row: 3; grid-column: 2': 'swaps the row and the column',
      'grid-column: 3; grid-row: 3': 'the third row is not the second',
    },
  }),
  family({
    id: 'minmax-zero-fr',
    stem: 'Two `1fr` columns become unequal because one holds a long unbreakable line. Which declaration on the 400px grid keeps them exactly equal?',
    shape: 'declarations',
    page: '<style>#p { display: grid; width: 400px; @@ }</style><div id="p"><div id="a" style="white-space: nowrap">https://example.com/a/very/long/address/that/does/not/break</div><div id="b">B</div></div>',
    check: `return box('a').width === 200 && box('b').width === 200`,
    key: 'grid-template-columns: repeat(2, minmax(0, 1fr))',
    wrong: {
      'grid-template-columns: repeat(2, 1fr)':
        'a plain fr track has an automatic minimum, its content’s width',
      'grid-template-columns: repeat(2, auto)': 'auto tracks size to their content',
      'grid-template-columns: repeat(2, max-content)':
        'max-content tracks take their content’s full width',
      'grid-template-columns: repeat(2, minmax(max-content, 1fr))':
        'a max-content minimum lets the long line widen its column',
      'grid-template-columns: repeat(2, fit-content(200px))':
        'fit-content never goes below the content’s minimum width',
    },
  }),
]
