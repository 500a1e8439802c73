import { editingModel } from '../editing/editing-model.js'
import { HTML_ACCESSIBILITY_FAMILIES } from './accessibility-families.js'

/** Which version of two HTML elements is accessible: each other version a named WCAG failure. */
export const htmlAccessibilityModel = editingModel({
  id: 'html-accessibility',
  title: 'HTML: accessible markup',
  families: HTML_ACCESSIBILITY_FAMILIES,
  companions: HTML_ACCESSIBILITY_FAMILIES,
  stem: 'Which version of this markup has no WCAG 2 accessibility failure?',
  language: 'html',
})
