import { family, type HtmlCssFamily } from './htmlcss-family.js'

/** A form whose submissions are recorded instead of sent, so a check can click and read them. */
const FORM = `<form id="f">@@</form><script>
window.submits = 0; window.resets = 0
document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); window.submits++ })
document.getElementById('f').addEventListener('reset', () => { window.resets++ })
</script>`

/** The value a form would send for a field name, or null when it sends none. */
const sent = (name: string) => `new FormData(el('f')).get('${name}')`

/**
 * Markup and forms (the WHATWG HTML Living Standard): content models and what the parser does to
 * markup that breaks them, label association, button types, input types and their validation,
 * what a form submits, and the elements that behave on their own without script. Each wrong
 * option is markup a developer writes with the named misreading; the browser's DOM, validity and
 * form data show it.
 */
export const MARKUP_FAMILIES: readonly HtmlCssFamily[] = [
  family({
    id: 'p-cannot-hold-blocks',
    stem: 'In a page that starts with `<!doctype html>`, which markup does the HTML parser keep exactly as written, with no element closed early or added?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `return el('w').innerHTML === option`,
    key: '<div><p>Intro</p><ul><li>One</li></ul></div>',
    wrong: {
      '<p>Intro<ul><li>One</li></ul></p>':
        'a list inside a paragraph closes the paragraph, and the stray end tag adds an empty one',
      '<p>Intro<div>More</div></p>': 'a div closes an open paragraph',
      '<p>Intro<p>More</p></p>':
        'a paragraph cannot contain another; the second start tag closes the first',
      '<p>Intro<h2>Title</h2></p>': 'a heading closes an open paragraph',
      '<p>Intro<table><tr><td>One</td></tr></table></p>': 'a table closes an open paragraph',
      '<p>Intro<blockquote>One</blockquote></p>': 'a blockquote closes an open paragraph',
    },
  }),
  family({
    id: 'links-do-not-nest',
    stem: 'A product card must be a single link wrapping both its title and a “Details” text. Which markup gives the DOM exactly that, as written?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `return el('w').innerHTML === option && el('w').querySelectorAll('a').length === 1`,
    key: '<a href="/p/1"><h3>Desk</h3><span>Details</span></a>',
    wrong: {
      '<a href="/p/1"><h3>Desk</h3><a href="/p/1#d">Details</a></a>':
        'a link inside a link is closed by the parser, leaving two siblings',
      '<a href="/p/1"><h3>Desk</h3></a><a href="/p/1">Details</a>':
        'two separate links are two tab stops, not one card link',
      '<a href="/p/1"><h3>Desk</h3><form><a>Details</a></form></a>':
        'a form in between does not let a link nest in a link',
    },
  }),
  family({
    id: 'table-caption',
    stem: 'Which markup gives the table the caption “Prices” as the DOM sees it (`table.caption`)?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `return el('w').querySelector('table')?.caption?.textContent === 'Prices'`,
    key: '<table><caption>Prices</caption><tr><td>9</td></tr></table>',
    wrong: {
      '<table><div>Prices</div><tr><td>9</td></tr></table>':
        'a div in a table is moved out before it by the parser',
      '<table title="Prices"><tr><td>9</td></tr></table>':
        'a title attribute is a tooltip, not a caption',
      '<table><tr><th>Prices</th></tr><tr><td>9</td></tr></table>':
        'a header cell labels a column, not the table',
      '<table><legend>Prices</legend><tr><td>9</td></tr></table>':
        'legend captions a fieldset; in a table it is moved out',
      '<table><tr><td>9</td></tr></table><figcaption>Prices</figcaption>':
        'figcaption captions a figure, not a table',
      '<table aria-label="Prices"><thead><tr><td>9</td></tr></thead></table>':
        'an accessible name is not a caption element',
    },
  }),
  family({
    id: 'label-for-matches-id',
    stem: 'Which markup associates the label with the email field, so clicking the label focuses the field?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
return input.labels.length === 1 && input.labels[0].textContent === 'Email'`,
    key: '<label for="email">Email</label> <input id="email" type="email">',
    wrong: {
      '<label for="email">Email</label> <input name="email" type="email">':
        'for matches the field’s id, not its name',
      '<label id="email">Email</label> <input type="email">':
        'an id on the label names the label, it does not point at the field',
      '<label>Email</label> <input id="email" type="email">':
        'a label neither pointing at nor wrapping a field labels nothing',
      '<span for="email">Email</span> <input id="email" type="email">':
        'for only associates a label element',
      '<label for="#email">Email</label> <input id="email" type="email">':
        'for takes an id, not a selector',
      '<input id="email" type="email" aria-label="Email"> <label>Email</label>':
        'an accessible name on the field does not tie the label to it',
    },
  }),
  family({
    id: 'label-wraps-checkbox',
    stem: 'Which markup makes a click on the text “Remember me” tick the checkbox?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const text = [...el('w').querySelectorAll('*')].find((e) => e.textContent.trim() === 'Remember me' && e.children.length <= 1)
text.click()
return el('w').querySelector('input').checked`,
    key: '<label><input type="checkbox" name="r"> Remember me</label>',
    wrong: {
      '<input type="checkbox" name="r"><label name="r">Remember me</label>':
        'a name attribute on a label associates nothing',
      '<input type="checkbox" id="r"><label aria-labelledby="r">Remember me</label>':
        'aria-labelledby names the label from the box, the reverse of association',
      '<span><input type="checkbox" title="Remember me"> Remember me</span>':
        'a title is a tooltip; a span gives the text no click behaviour',
      '<label for="r">Remember me</label> <input type="checkbox" name="r">':
        'for matches the field’s id, not its name',
      '<label><span>Remember me</span></label> <input type="checkbox" name="r">':
        'a label wrapping only text labels nothing',
    },
  }),
  family({
    id: 'button-type-button',
    stem: 'A “Preview” button inside a form runs a script and must neither submit nor reset the form. Which markup?',
    shape: 'html',
    page: FORM.replace('@@', '<input name="q" value="x">@@'),
    check: `el('f').lastElementChild.click()
return window.submits === 0 && window.resets === 0`,
    key: '<button type="button">Preview</button>',
    wrong: {
      '<button>Preview</button>': 'a button in a form submits it unless its type says otherwise',
      '<button type="reset">Preview</button>': 'a reset button clears the form',
      '<input type="submit" value="Preview">': 'a submit input submits the form',
      '<button role="button">Preview</button>':
        'a role changes what assistive technology announces, not the type',
      '<input type="image" alt="Preview" src="data:,">': 'an image input is a submit button',
      '<button type="submit" formnovalidate>Preview</button>':
        'formnovalidate skips validation but still submits',
    },
  }),
  family({
    id: 'email-input-validates',
    stem: 'Which field makes the browser itself reject `ana@` and accept `ana@example.com` on submit?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
input.value = 'ana@'
const rejects = !input.checkValidity()
input.value = 'ana@example.com'
return rejects && input.checkValidity()`,
    key: '<input type="email" name="contact">',
    wrong: {
      '<input type="text" name="contact" inputmode="email">':
        'inputmode only picks the on-screen keyboard',
      '<input type="text" name="contact" autocomplete="email">':
        'autocomplete only offers saved values',
      '<input type="text" name="email">': 'a field’s name does not validate its value',
      '<input type="url" name="contact">': 'a URL field rejects an email address as well',
      '<input type="text" name="contact" pattern=".+@">':
        'a pattern that ends at the at sign accepts an address with no domain',
    },
  }),
  family({
    id: 'number-step',
    stem: 'Which field accepts 0 to 5 in steps of 0.5 (2.5 is valid; 2.25 and 5.5 are not)?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
const valid = (v) => { input.value = v; return input.checkValidity() }
return valid('2.5') && valid('0') && !valid('2.25') && !valid('5.5')`,
    key: '<input type="number" min="0" max="5" step="0.5">',
    wrong: {
      '<input type="number" min="0" max="5">': 'the default step is 1, so 2.5 is rejected',
      '<input type="number" min="0" max="5" step="any">': 'step any accepts 2.25 too',
      '<input type="text" min="0" max="5" step="0.5">':
        'min, max and step do not apply to text fields',
      '<input type="range" min="0" max="5" step="0.5">':
        'a range snaps any value to a step instead of rejecting it',
      '<input type="number" min="0" max="5" inputmode="decimal">':
        'inputmode changes the keyboard; the default step of 1 still rejects 2.5',
    },
  }),
  family({
    id: 'preselected-option',
    stem: 'Which markup shows “Medium” chosen when the page loads?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `return el('w').querySelector('select').selectedOptions[0]?.textContent === 'Medium'`,
    key: '<select name="size"><option>Small</option><option selected>Medium</option></select>',
    wrong: {
      '<select name="size" value="Medium"><option>Small</option><option>Medium</option></select>':
        'a select element has no value attribute',
      '<select name="size"><option>Small</option><option checked>Medium</option></select>':
        'checked belongs to checkboxes and radio buttons',
      '<select name="size"><option>Small</option><option value="Medium" default>Medium</option></select>':
        'there is no default attribute; selected marks the choice',
    },
  }),
  family({
    id: 'radio-group-shares-name',
    stem: 'Which markup lets only one of the two plans be chosen at a time?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const [a, b] = el('w').querySelectorAll('input')
a.click(); b.click()
return !a.checked && b.checked`,
    key: '<label><input type="radio" name="plan" value="a"> A</label> <label><input type="radio" name="plan" value="b"> B</label>',
    wrong: {
      '<label><input type="radio" value="a"> A</label> <label><input type="radio" value="b"> B</label>':
        'radio buttons with no name form no group',
      '<label><input type="radio" name="plan-a"> A</label> <label><input type="radio" name="plan-b"> B</label>':
        'radio buttons form a group by sharing one name',
      '<input type="radio" id="plan" value="a"> <input type="radio" id="plan" value="b">':
        'ids do not group radio buttons, and must be unique',
      '<label><input type="checkbox" name="plan" value="a"> A</label> <label><input type="checkbox" name="plan" value="b"> B</label>':
        'checkboxes with one name are still independent',
      '<label><input type="radio" name="plan" value="a"> A</label> <label><input type="radio" value="b"> B</label>':
        'naming the first radio is not enough; each one needs the shared name',
      '<input type="radio" name="plan" value="a"> <input type="radio" value="b">':
        'naming the first radio is not enough; each one needs the shared name',
      '<input type="radio" name="plan-a"> <input type="radio" name="plan-b">':
        'radio buttons form a group by sharing one name',
      '<input type="radio" value="a"> <input type="radio" value="b">':
        'radio buttons with no name form no group',
      '<input type="checkbox" name="plan" value="a"> <input type="checkbox" name="plan" value="b">':
        'checkboxes with one name are still independent',
    },
  }),
  family({
    id: 'fieldset-disabled',
    stem: 'Which markup disables both fields (they match `:disabled`, cannot be edited and are not submitted) with a single attribute?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `return [...el('w').querySelectorAll('input')].every((i) => i.matches(':disabled'))`,
    key: '<fieldset disabled><input name="a"> <input name="b"></fieldset>',
    wrong: {
      '<div disabled><input name="a"> <input name="b"></div>': 'disabled on a div does nothing',
      '<fieldset readonly><input name="a"> <input name="b"></fieldset>':
        'readonly is not a fieldset attribute',
      '<fieldset aria-disabled="true"><input name="a"> <input name="b"></fieldset>':
        'aria-disabled tells assistive technology only; the fields still work',
      '<fieldset inert><input name="a"> <input name="b"></fieldset>':
        'inert blocks interaction but does not disable the fields',
      '<form disabled><input name="a"> <input name="b"></form>': 'disabled on a form does nothing',
      '<fieldset><legend disabled>Plan</legend><input name="a"> <input name="b"></fieldset>':
        'disabled on the legend does nothing; it goes on the fieldset',
      '<div inert><input name="a"> <input name="b"></div>':
        'inert blocks interaction but does not disable the fields',
      '<div aria-disabled="true"><input name="a"> <input name="b"></div>':
        'aria-disabled tells assistive technology only; the fields still work',
    },
  }),
  family({
    id: 'forms-do-not-nest',
    stem: 'A search box and a save form sit side by side. Which markup gives the page two forms with one field each?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const forms = el('w').querySelectorAll('form')
return forms.length === 2 && [...forms].every((f) => f.elements.length === 1)`,
    key: '<form action="/search"><input name="q"></form><form action="/save"><input name="n"></form>',
    wrong: {
      '<form action="/save"><input name="n"><form action="/search"><input name="q"></form></form>':
        'a form start tag inside a form is ignored, merging the fields',
      '<form action="/save"><input name="n"><div><form action="/search"><input name="q"></form></div></form>':
        'a wrapping div does not let a form nest in a form',
      '<form action="/save"><input name="n"><input name="q" formaction="/search"></form>':
        'formaction belongs on submit buttons and creates no second form',
      '<form action="/save"><input name="n"></form><input name="q" formaction="/search">':
        'formaction belongs on submit buttons and creates no form',
    },
  }),
  family({
    id: 'datalist-suggestions',
    stem: 'A city field must accept any text but suggest Paris and Lyon. Which markup?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
return input !== null && input.list !== null && input.list.options.length === 2`,
    key: '<input name="city" list="cities"><datalist id="cities"><option value="Paris"><option value="Lyon"></datalist>',
    wrong: {
      '<select name="city"><option>Paris</option><option>Lyon</option></select>':
        'a select allows only the listed values',
      '<input name="city" list="cities"><select id="cities"><option>Paris</option><option>Lyon</option></select>':
        'list must point at a datalist',
      '<input name="city" datalist="cities"><datalist id="cities"><option value="Paris"><option value="Lyon"></datalist>':
        'the attribute that links a field to its datalist is list',
    },
  }),
  family({
    id: 'required-rejects-empty',
    stem: 'Which field makes the browser refuse to submit the form while it is empty?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
input.value = ''
const refuses = !input.checkValidity()
input.value = 'x'
return refuses && input.checkValidity()`,
    key: '<input name="n" required>',
    wrong: {
      '<input name="n" aria-required="true">':
        'aria-required informs assistive technology but validates nothing',
      '<input name="n" pattern=".+">': 'a pattern is not checked against an empty value',
      '<input name="n" minlength="1">': 'minlength is not checked against an empty value',
      '<input name="n" min="1">': 'min does not apply to text fields',
      '<input name="n" placeholder="Required">': 'a placeholder is a hint, not a constraint',
    },
  }),
  family({
    id: 'checkbox-sends-name-and-value',
    stem: 'Which checkbox makes the form send `newsletter=yes` when it is ticked?',
    shape: 'html',
    page: FORM,
    check: `el('f').querySelector('input').checked = true
return ${sent('newsletter')} === 'yes'`,
    key: '<input type="checkbox" name="newsletter" value="yes">',
    wrong: {
      '<input type="checkbox" id="newsletter" value="yes">': 'a field without a name is not sent',
      '<input type="checkbox" name="newsletter">': 'without a value a ticked box sends on',
      '<input type="checkbox" name="yes" value="newsletter">':
        'the name is the key and the value is what is sent',
      '<input type="checkbox" name="newsletter" value="yes" disabled>':
        'a disabled box is never sent',
      '<input type="checkbox" name="newsletter" value="yes" form="other">':
        'a form attribute naming another form takes the box out of this one',
    },
  }),
  family({
    id: 'readonly-is-submitted',
    stem: 'A field shows the fixed reference A-17: users cannot edit it, and the form must send it as `ref`. Which markup?',
    shape: 'html',
    page: FORM,
    check: `const field = el('f').querySelector('input, output')
return field.matches(':read-only') && ${sent('ref')} === 'A-17'`,
    key: '<input name="ref" value="A-17" readonly>',
    wrong: {
      '<input name="ref" value="A-17" disabled>': 'disabled fields are not sent with the form',
      '<input value="A-17" readonly>': 'a field without a name is not sent',
      '<output name="ref">A-17</output>': 'an output element is never sent with the form',
      '<input name="ref" value="A-17" aria-readonly="true">':
        'aria-readonly tells assistive technology only; the field stays editable',
      '<input name="ref" value="A-17" contenteditable="false">':
        'contenteditable does not make a form field read-only',
    },
  }),
  family({
    id: 'href-makes-a-link-focusable',
    stem: 'Which element reaches keyboard focus without a tabindex and behaves as a link to /plans?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const target = el('w').firstElementChild
target.focus()
return document.activeElement === target && target.matches(':any-link')`,
    key: '<a href="/plans">Plans</a>',
    wrong: {
      '<a>Plans</a>': 'an a element without href is a placeholder and cannot take focus',
      '<span onclick="location.href=\'/plans\'">Plans</span>':
        'a click handler does not make a span focusable',
      '<div role="link">Plans</div>': 'a role changes what is announced, not focus or navigation',
      '<a name="plans">Plans</a>': 'a name makes an anchor target, not a link',
      '<button onclick="location.href=\'/plans\'">Plans</button>':
        'a button takes focus but is not a link to the address',
    },
  }),
  family({
    id: 'date-input',
    stem: 'Which field takes a calendar date only (no time) and drops a typed-in value that is not a date?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const input = el('w').querySelector('input')
input.value = '2026-12-04'
const keeps = input.value === '2026-12-04'
input.value = 'next Friday'
return keeps && input.value === ''`,
    key: '<input type="date" name="due">',
    wrong: {
      '<input type="datetime-local" name="due">': 'datetime-local needs a time as well as a date',
      '<input type="datetime" name="due">': 'the datetime type was dropped and falls back to text',
      '<input type="text" name="due" placeholder="YYYY-MM-DD">':
        'a placeholder shows a format but checks nothing',
    },
  }),
  family({
    id: 'tabindex-minus-one',
    stem: 'A message `div` must be focusable by script (`focus()`) but stay out of the Tab order. Which markup?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const target = el('w').firstElementChild
target.focus()
return document.activeElement === target && target.tabIndex < 0`,
    key: '<div tabindex="-1">Saved</div>',
    wrong: {
      '<div tabindex="0">Saved</div>': 'tabindex 0 adds the element to the Tab order',
      '<div focusable="true">Saved</div>': 'focusable is not an HTML attribute',
      '<div role="status">Saved</div>':
        'a status role announces changes but does not make the div focusable',
    },
  }),
  family({
    id: 'details-summary',
    stem: 'Which markup is a disclosure that opens its text when “Shipping” is clicked, with no script?',
    shape: 'html',
    page: '<div id="w">@@</div>',
    check: `const heading = [...el('w').querySelectorAll('*')].find((e) => e.textContent === 'Shipping')
heading.click()
const text = [...el('w').querySelectorAll('p')].find((e) => e.textContent === '3 to 5 days')
return text.checkVisibility()`,
    key: '<details><summary>Shipping</summary><p>3 to 5 days</p></details>',
    wrong: {
      '<details><h3>Shipping</h3><p>3 to 5 days</p></details>':
        'without a summary the browser adds its own, and the heading does not toggle',
      '<summary>Shipping</summary><p hidden>3 to 5 days</p>':
        'a summary outside details does nothing',
      '<div open><h3>Shipping</h3><p hidden>3 to 5 days</p></div>':
        'open only works on details and dialog',
      '<dialog><h3>Shipping</h3><p>3 to 5 days</p></dialog>':
        'a dialog opens only by script or a command',
      '<section aria-expanded="false"><h3>Shipping</h3><p hidden>3 to 5 days</p></section>':
        'aria-expanded announces a state; it opens nothing',
    },
  }),
]
