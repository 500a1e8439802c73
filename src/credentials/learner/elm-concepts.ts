/**
 * Concepts of the EU controlled vocabularies that the ELM export names. The EDC SHACL shapes
 * check each concept's scheme, so every concept carries its scheme.
 */

type Obj = Record<string, unknown>

export function concept(id: string, label: string, scheme: string): Obj {
  return {
    id,
    type: 'Concept',
    inScheme: { id: scheme, type: 'ConceptScheme' },
    prefLabel: { en: label },
  }
}

/** The EDC "Generic" credential profile the EU's own micro-credential sample uses. */
export const genericProfile = () =>
  concept(
    'http://data.europa.eu/snb/credential/e34929035b',
    'Generic',
    'http://data.europa.eu/snb/credential/25831c2',
  )

export const english = () =>
  concept(
    'http://publications.europa.eu/resource/authority/language/ENG',
    'English',
    'http://publications.europa.eu/resource/authority/language',
  )

export const unsupervisedWithoutId = () =>
  concept(
    'http://data.europa.eu/snb/supervision-verification/c598449d64',
    'Unsupervised without ID Verification',
    'http://data.europa.eu/snb/supervision-verification/25831c2',
  )

/** Every SkillSignal test is taken, and learnt for, online (Annex I "form of participation"). */
export const onlineMode = () =>
  concept(
    'http://data.europa.eu/snb/learning-assessment/920fbb3cbe',
    'Online',
    'http://data.europa.eu/snb/learning-assessment/25831c2',
  )

/** Learning outside formal education and training, certified by a test (the EU sample's value). */
export const nonFormalLearning = () =>
  concept(
    'http://data.europa.eu/snb/learning-setting/e207a81fc7',
    'non-formal learning',
    'http://data.europa.eu/snb/learning-setting/25831c2',
  )

export const ects = () =>
  concept(
    'http://data.europa.eu/snb/education-credit/6fcec5c5af',
    'European Credit Transfer System',
    'http://data.europa.eu/snb/education-credit/25831c2',
  )

export const eqfLevel = (level: number) =>
  concept(
    `http://data.europa.eu/snb/eqf/${level}`,
    `Level ${level}`,
    'http://data.europa.eu/snb/eqf/25831c2',
  )

export const pngFile = () =>
  concept(
    'http://publications.europa.eu/resource/authority/file-type/PNG',
    'PNG',
    'http://publications.europa.eu/resource/authority/file-type',
  )

export const base64Encoding = () =>
  concept(
    'http://data.europa.eu/snb/encoding/6146cde7dd',
    'base64',
    'http://data.europa.eu/snb/encoding/25831c2',
  )
