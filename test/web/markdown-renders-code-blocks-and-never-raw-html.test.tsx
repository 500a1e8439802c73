import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ItemImages, Markdown } from '../../src/web/markdown.js'

const html = (source: string, inline = false) =>
  renderToStaticMarkup(<Markdown source={source} inline={inline} />)

describe('Markdown of item stems and options', () => {
  it('renders fenced code as a pre block with its language, keeping the code verbatim', () => {
    const out = html(
      'What does this print?\n\n```js\nconst a = [1, 2] // **not bold**\nconsole.log(a < 3)\n```',
    )
    expect(out).toBe(
      '<div class="markdown"><p>What does this print?</p>' +
        '<pre class="code" data-language="js" tabindex="0"><code>const a = [1, 2] // **not bold**\nconsole.log(a &lt; 3)</code></pre></div>',
    )
  })

  it('escapes HTML in text, inline code and code blocks instead of rendering it', () => {
    const attack = '<img src=x onerror=alert(1)> `<script>x</script>`\n\n```\n</code><b>x</b>\n```'
    const out = html(attack)
    expect(out).not.toMatch(/<img|<script|<b>/)
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(out).toContain('<code>&lt;script&gt;x&lt;/script&gt;</code>')
    expect(out).toContain('&lt;/code&gt;&lt;b&gt;x&lt;/b&gt;')
  })

  it('renders strong, emphasis, lists and line breaks', () => {
    expect(html('**Bold** and _em_\nnext')).toBe(
      '<div class="markdown"><p><strong>Bold</strong> and <em>em</em><br/>next</p></div>',
    )
    expect(html('- one\n- `two`\n\n1. first\n2. second')).toBe(
      '<div class="markdown"><ul><li>one</li><li><code>two</code></li></ul>' +
        '<ol><li>first</li><li>second</li></ol></div>',
    )
  })

  it('renders a one-line option inline, without a paragraph', () => {
    expect(html('`582-7074`', true)).toBe('<code>582-7074</code>')
  })

  it('draws the spaces at the ends of a code span, so options differing only by them look different', () => {
    expect(html('`a `', true)).toBe(
      '<code>a<span class="code-space" title="a space">␣</span></code>',
    )
    expect(html('`a`', true)).toBe('<code>a</code>')
    // CommonMark: one space at each end is padding, dropped when both ends have one.
    expect(html('` a `', true)).toBe('<code>a</code>')
  })

  it("shows an item's image from the address the page gives, and its alt text without one", () => {
    const source = 'Which chart?\n\n![Monthly sales](images/sales.png)'
    expect(html(source)).toContain('[image: Monthly sales]')
    const shown = renderToStaticMarkup(
      <ItemImages.Provider value={(path) => `/admin/items/i1/assets/${path}`}>
        <Markdown source={source} />
      </ItemImages.Provider>,
    )
    expect(shown).toContain(
      '<img class="item-image" src="/admin/items/i1/assets/images/sales.png" alt="Monthly sales"/>',
    )
  })
})
