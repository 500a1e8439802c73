import { family, type HtmlCssFamily } from './htmlcss-family.js'

/**
 * The box model, positioning and stacking (CSS Box Model, CSS Box Sizing, CSS Positioned Layout,
 * CSS 2 visual formatting and Appendix E painting order): how wide a box ends up, when margins
 * collapse, what percentages resolve against, which box an offset is measured from and which
 * element paints on top. Each wrong option is a declaration set that misreads one of those rules.
 */
export const BOX_FAMILIES: readonly HtmlCssFamily[] = [
  family({
    id: 'border-box-width',
    stem: '`.col` has `padding: 20px; border: 2px solid`. Which declarations make its rendered width exactly 300px, padding and border included?',
    shape: 'declarations',
    page: '<style>.col { padding: 20px; border: 2px solid; @@ }</style><div class="col" id="c">Column</div>',
    check: `return box('c').width === 300`,
    key: 'box-sizing: border-box; width: 300px',
    wrong: {
      'box-sizing: content-box; width: 300px':
        'content-box adds padding and border outside the width',
      'max-width: 300px': 'max-width caps the content box; padding and border are added outside it',
      'box-sizing: border-box; min-width: 300px': 'min-width lets a block fill its container',
      'width: calc(300px - 20px)':
        'subtracts the padding of one side and forgets the other and the borders',
    },
  }),
  family({
    id: 'sibling-margins-collapse',
    stem: 'Inside `.stack`, the first child has `margin-bottom: 30px` and the second `margin-top: 20px`. Which declarations on `.stack` keep the full 50px between them?',
    shape: 'declarations',
    page: '<style>.stack { @@ } #a { margin-bottom: 30px; height: 10px } #b { margin-top: 20px; height: 10px }</style><div class="stack"><div id="a"></div><div id="b"></div></div>',
    check: `return box('b').top - box('a').bottom === 50`,
    key: 'display: flex; flex-direction: column',
    wrong: {
      'overflow: hidden':
        'a new formatting context stops parent and child margins collapsing, not sibling margins',
      'display: flow-root':
        'flow-root stops margins collapsing through the parent, not between its children',
      'position: relative': 'positioning the parent changes nothing about its children’s margins',
      'border: 1px solid':
        'a border separates the parent’s margins from its children’s, not sibling margins',
      'display: block; padding: 1px 0; border-top: 1px solid':
        'the parent’s padding and border stop only parent and child margins collapsing',
      'overflow: hidden; display: flow-root; contain: layout':
        'formatting-context fixes stop margins collapsing through the parent, not between siblings',
    },
  }),
  family({
    id: 'parent-child-margin-collapse',
    stem: 'The heading’s `margin-top: 40px` escapes `.hero` and pushes the whole hero down. Which declaration on `.hero` keeps that margin inside it?',
    shape: 'declarations',
    page: '<style>.hero { background: #eee; @@ } #h { margin: 40px 0 0 }</style><div class="hero" id="hero"><h2 id="h">Welcome</h2></div>',
    check: `return box('h').top - box('hero').top === 40`,
    key: 'display: flow-root',
    wrong: {
      'position: relative': 'positioning does not start a new block formatting context',
      'box-sizing: border-box': 'box sizing changes how width is measured, not margin collapsing',
      'z-index: 1': 'z-index does nothing to margins, and nothing at all on a static box',
      'margin-top: 0': 'the hero’s own margin is already zero; the child’s margin still escapes',
    },
  }),
  family({
    id: 'percent-padding-uses-width',
    stem: '`.media` has `height: 0` inside a container 400px wide and 600px tall. Which declaration makes `.media` 200px tall?',
    shape: 'declarations',
    page: '<style>.wrap { width: 400px; height: 600px } .media { height: 0; @@ }</style><div class="wrap"><div class="media" id="m"></div></div>',
    check: `return box('m').height === 200`,
    key: 'padding-top: 50%',
    wrong: {
      'padding-top: 33.333%': 'vertical padding percentages resolve against the container’s height',
      'margin-top: 50%': 'a margin is outside the box, so the box stays zero tall',
      'padding-top: 50vw': 'vw is a share of the viewport, not of the container',
      'height: 50%': 'a percentage height resolves against the container’s width',
      'line-height: 200px': 'line height sizes lines of text, and an empty box has none',
      'height: auto; max-height: 200px': 'a maximum is not a size; the empty box stays zero tall',
    },
  }),
  family({
    id: 'percent-height-needs-definite-parent',
    stem: '`.child { height: 50% }` has no effect because its parent’s height is `auto`. Which declaration on the parent makes the child 150px tall?',
    shape: 'declarations',
    page: '<style>.parent { @@ } .child { height: 50% }</style><div class="parent"><div class="child" id="c"></div></div>',
    check: `return box('c').height === 150`,
    key: 'height: 300px',
    wrong: {
      'min-height: 300px': 'a percentage height does not resolve against a min-height',
      'max-height: 300px': 'a percentage height does not resolve against a max-height',
      'padding-top: 300px': 'padding does not give the content box a definite height',
      'line-height: 300px': 'line height sizes lines of text, not the containing block',
    },
  }),
  family({
    id: 'absolute-needs-positioned-ancestor',
    stem: 'The badge has `position: absolute; top: 0; right: 0` but lands in the page’s corner. Which declaration on `.card` puts it in the card’s top right corner?',
    shape: 'declarations',
    page: '<style>body { padding: 40px } .card { width: 200px; height: 100px; margin: 30px; @@ } .badge { position: absolute; top: 0; right: 0; width: 20px; height: 20px }</style><div class="card" id="card"><span class="badge" id="b"></span></div>',
    check: `return box('b').top === box('card').top && box('b').right === box('card').right`,
    key: 'position: relative',
    wrong: {
      'overflow: hidden': 'clipping does not make a box the containing block',
      'display: block': 'a block is not a containing block for absolute boxes unless positioned',
      'z-index: 1': 'z-index does not position a static box',
      'position: static': 'static is the default, which positioned descendants skip',
      'display: flex; align-items: flex-start':
        'a flex container is not a containing block for absolute boxes unless positioned',
      'isolation: isolate': 'a stacking context is not a containing block for absolute boxes',
    },
  }),
  family({
    id: 'transform-traps-fixed',
    stem: 'A `position: fixed; inset: 0` modal inside `.panel` fills only the panel instead of the viewport. Which declaration on `.panel` causes that?',
    shape: 'declarations',
    page: '<style>.panel { width: 300px; height: 200px; margin: 50px; @@ } .modal { position: fixed; inset: 0 }</style><div class="panel" id="p"><div class="modal" id="m"></div></div>',
    check: `return box('m').width === 300 && box('m').height === 200`,
    key: 'transform: translateX(0)',
    wrong: {
      'position: relative': 'a relative parent contains absolute boxes, not fixed ones',
      'overflow: hidden': 'clipping does not make a box the containing block of fixed boxes',
      'z-index: 10; position: relative':
        'a stacking context is not a containing block for fixed boxes',
      'display: flex': 'a flex container does not contain fixed descendants',
    },
  }),
  family({
    id: 'sticky-needs-an-inset',
    stem: 'A list header should stay at the top of its scrolling box `#sc` as the list scrolls. Which declarations on the header do that?',
    shape: 'declarations',
    page: '<style>#sc { height: 100px; overflow: auto; margin-top: 50px } #h { height: 20px; @@ }</style><div id="sc"><div id="h">Header</div><div style="height: 500px"></div></div>',
    check: `el('sc').scrollTop = 200
return box('h').top === box('sc').top`,
    key: 'position: sticky; top: 0',
    wrong: {
      'position: sticky': 'sticky with no top offset never sticks',
      'position: fixed; top: 0': 'fixed measures from the viewport, not the scrolling box',
      'position: relative; top: 0':
        'relative offsets move the box within the flow, which scrolls away',
      'position: absolute; top: 0':
        'absolute measures from the initial containing block, not the scrolling box',
      'position: sticky; bottom: 0':
        'a bottom offset sticks the box to the bottom edge, not the top',
      'position: fixed; inset: 0 0 auto': 'fixed measures from the viewport, not the scrolling box',
    },
  }),
  family({
    id: 'overflow-ancestor-stops-sticky',
    stem: 'A `position: sticky; top: 0` header inside `.wrap` should stay at the top as the page scrolls, but scrolls away. Which declaration on `.wrap` causes that?',
    shape: 'declarations',
    page: '<style>.wrap { @@ } #h { position: sticky; top: 0; height: 20px }</style><div class="wrap"><div id="h">Header</div><div style="height: 3000px"></div></div>',
    check: `window.scrollTo(0, 300)
return box('h').top < 0`,
    key: 'overflow: hidden',
    wrong: {
      'position: relative': 'a positioned ancestor does not change what a sticky box scrolls with',
      'z-index: 1': 'z-index does not change what a sticky box scrolls with',
      'display: flow-root': 'a new formatting context is not a scroll container',
      'overflow: visible': 'visible overflow does not make a scroll container',
    },
  }),
  family({
    id: 'stacking-context-traps-z-index',
    stem: 'A `.menu` with `position: absolute; z-index: 1000` inside `.header` paints under `.hero` (`position: relative; z-index: 2`), which follows the header. Which declarations on `.header` cause that?',
    shape: 'declarations',
    page: '<style>.header { height: 40px; @@ } .menu { position: absolute; z-index: 1000; top: 20px; left: 0; width: 200px; height: 100px; background: red } .hero { position: relative; z-index: 2; height: 200px; background: blue }</style><div class="header"><div class="menu" id="m"></div></div><div class="hero" id="hero"></div>',
    check: `return document.elementFromPoint(50, 80)?.id === 'hero'`,
    key: 'position: relative; z-index: 1',
    wrong: {
      'position: relative': 'a positioned box with z-index auto is no stacking context',
      'z-index: 1': 'z-index on a static block makes no stacking context',
      'opacity: 1': 'only an opacity below 1 makes a stacking context',
      'position: relative; z-index: auto': 'z-index auto makes no stacking context',
      'overflow: hidden':
        'clipping makes no stacking context, and a header that is not positioned does not clip the menu',
      'transform: none; will-change: auto':
        'no transform and no will-change make no stacking context',
    },
  }),
  family({
    id: 'inset-fills-containing-block',
    stem: 'Inside a `position: relative` card, which declarations make `.overlay` cover the card exactly?',
    shape: 'declarations',
    page: '<style>.card { position: relative; width: 240px; height: 160px; margin: 30px } .overlay { @@ }</style><div class="card" id="card"><div class="overlay" id="o"></div><p>Text</p></div>',
    check: `const o = box('o'), c = box('card')
return o.top === c.top && o.left === c.left && o.width === c.width && o.height === c.height`,
    key: 'position: absolute; inset: 0',
    wrong: {
      'position: absolute; width: 100%': 'an empty absolute box with auto height is zero tall',
      'position: fixed; inset: 0': 'fixed measures from the viewport, not the card',
      'position: relative; inset: 0': 'a relative box stays in the flow with its own size',
      'position: absolute; top: 0; left: 0': 'offsets place the box but do not size it',
      'position: absolute; inset: 100%': 'an inset of 100% pushes every edge past the opposite one',
      'position: sticky; inset: 0': 'a sticky box stays in the flow with its own size',
    },
  }),
  family({
    id: 'auto-margins-centre-a-block',
    stem: 'Which declarations centre a 600px-wide block horizontally in its 1000px parent?',
    shape: 'declarations',
    page: '<style>.parent { width: 1000px } .x { @@ }</style><div class="parent" id="p"><div class="x" id="x">Block</div></div>',
    check: `const x = box('x'), p = box('p')
return x.width === 600 && x.left - p.left === p.right - x.right`,
    key: 'width: 600px; margin: 0 auto',
    wrong: {
      'width: 600px; text-align: center': 'text-align centres inline content, not the block',
      'width: 600px; margin: auto 0':
        'the first value of margin is vertical, the second horizontal',
      'width: 600px; justify-content: center':
        'justify-content aligns a container’s items, not the box itself',
      'width: 600px; float: inline-end': 'floating moves the block to one side',
    },
  }),
  family({
    id: 'inline-block-takes-width',
    stem: 'A `<span class="tag">` ignores `width: 80px`. Which declaration makes the width apply while the tag stays on the same line as the text before it?',
    shape: 'declarations',
    page: '<style>.tag { width: 80px; @@ }</style><p><span id="t0">Tags:</span> <span class="tag" id="t">new</span></p>',
    check: `return box('t').width === 80 && Math.abs(box('t').top - box('t0').top) < 8`,
    key: 'display: inline-block',
    wrong: {
      'display: block': 'a block starts on a new line',
      'min-width: 80px': 'min-width does not apply to inline boxes either',
      'box-sizing: border-box': 'box sizing changes what width measures, not whether it applies',
      'display: inline': 'inline boxes ignore width',
    },
  }),
  family({
    id: 'outline-keeps-layout',
    stem: 'A 100×40px button needs a visible 3px focus ring that does not change its size or move its neighbours. Which declaration does that?',
    shape: 'declarations',
    page: '<style>#b { width: 100px; height: 40px; box-sizing: border-box; border: 0; padding: 0 } #b.ring { @@ }</style><button id="b" class="ring">Save</button>',
    check: `const b = box('b')
return b.width === 100 && b.height === 40 && css('b', 'outline-style') !== 'none' && parseFloat(css('b', 'outline-width')) === 3`,
    key: 'outline: 3px solid',
    wrong: {
      'border: 3px solid; box-sizing: content-box':
        'a border adds to the size of a content-box button',
      'outline: 3px': 'an outline with no style draws nothing',
      'padding: 3px; width: auto': 'padding changes the box, and draws no ring',
      'outline-width: 3px': 'a width alone leaves the outline style none',
    },
  }),
  family({
    id: 'transform-does-not-reflow',
    stem: 'Three 20px-tall blocks are stacked. Which declarations on the middle one move it up 10px without moving the block below it?',
    shape: 'declarations',
    page: '<style>#a, #b, #c { height: 20px } #b { @@ }</style><div id="a"></div><div id="b"></div><div id="c"></div>',
    check: `return box('b').top === 10 && box('c').top === 40`,
    key: 'transform: translateY(-10px)',
    wrong: {
      'margin-top: -10px': 'a negative margin pulls the following block up too',
      'top: -10px': 'offsets do nothing on a static box',
      'position: absolute; top: -10px':
        'absolute removes the box from the flow, so the next block moves up',
    },
  }),
  family({
    id: 'fixed-to-the-viewport',
    stem: 'A cookie bar must stay at the bottom of the viewport while the page scrolls. Which declarations do that?',
    shape: 'declarations',
    page: '<style>#bar { height: 40px; @@ }</style><div style="height: 3000px"></div><div id="bar">Cookies</div>',
    check: `window.scrollTo(0, 1000)
return box('bar').bottom === innerHeight`,
    key: 'position: fixed; bottom: 0',
    wrong: {
      'position: absolute; bottom: 0':
        'absolute measures from the initial containing block, which scrolls',
      'position: fixed; top: 100%':
        'top 100% puts the bar’s top edge at the viewport’s bottom, out of view',
      'position: relative; bottom: 0': 'a relative box stays where the flow puts it',
      'position: fixed; margin-bottom: 0': 'a fixed box with no offset stays where the flow put it',
      'position: absolute; bottom: 0; top: auto':
        'absolute measures from the initial containing block, which scrolls',
    },
  }),
  family({
    id: 'min-height-grows',
    stem: 'Cards must be at least 200px tall but grow with longer content. Which declaration does that?',
    shape: 'declarations',
    page: '<style>.card { @@ }</style><div class="card" id="s"><div style="height: 50px"></div></div><div class="card" id="l"><div style="height: 300px"></div></div>',
    check: `return box('s').height === 200 && box('l').height === 300`,
    key: 'min-height: 200px',
    wrong: {
      'height: 200px': 'a fixed height lets longer content overflow the card',
      'max-height: 200px': 'max-height caps the card instead of setting a floor',
      'height: 200px; overflow: auto': 'scrolling keeps the card at 200px instead of growing',
      'padding-bottom: 200px': 'padding adds to the content height instead of setting a floor',
    },
  }),
  family({
    id: 'aspect-ratio-order',
    stem: 'A 640px-wide video frame must keep a 16:9 shape. Which declaration does that?',
    shape: 'declarations',
    page: '<style>.wrap { width: 640px } .frame { width: 640px; @@ }</style><div class="wrap"><div class="frame" id="f"></div></div>',
    check: `return box('f').height === 360`,
    key: 'aspect-ratio: 16 / 9',
    wrong: {
      'aspect-ratio: 9 / 16': 'the ratio is width over height, not height over width',
      'height: 56.25%': 'a percentage height resolves against the parent’s height, which is auto',
      'height: 56.25vw': 'vw is a share of the viewport, not of the frame’s width',
      'aspect-ratio: 0.5625': 'writes the ratio as height over width, in decimal',
      'height: calc(56.25% + 0px)':
        'a percentage in calc() still resolves against the parent’s height, which is auto',
    },
  }),
  family({
    id: 'fluid-image',
    stem: 'An image with `width="400" height="200"` attributes must shrink to fit a 200px column without distortion and never grow past 400px in wider ones. Which declarations do that?',
    shape: 'declarations',
    page: `<style>img { @@ }</style><div style="width: 200px"><img id="n" width="400" height="200" alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='200'/%3E"></div><div style="width: 800px"><img id="w" width="400" height="200" alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='200'/%3E"></div>`,
    check: `const n = box('n'), w = box('w')
return n.width === 200 && n.height === 100 && w.width === 400 && w.height === 200`,
    key: 'max-width: 100%; height: auto',
    wrong: {
      'width: 100%; height: auto': 'width 100% also stretches the image in wide columns',
      'max-width: 100%': 'the height attribute keeps the image 200px tall, distorting it',
      'object-fit: contain':
        'object-fit fits the picture inside the box but does not resize the box',
      'width: auto; max-height: 100%': 'capping the height does not narrow the image',
      'width: 100%; max-width: 400px':
        'the height attribute still applies and distorts the narrow image',
      'width: 100%; height: auto; object-fit: contain':
        'width 100% also stretches the image in wide columns',
    },
  }),
]
