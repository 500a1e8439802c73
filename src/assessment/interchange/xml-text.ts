/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\r', '&#13;')
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Decodes the five named entities and numeric character references, in one pass. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole
    const code =
      name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** 1-based line of the first occurrence of `needle` in `text` (1 when absent). */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from)
  if (at < 0) return 1
  return text.slice(0, at).split('\n').length
}

/** The QTI 3.0 namespace and the response-processing template for right/wrong scoring. */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
export const MATCH_CORRECT =
  'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml'
