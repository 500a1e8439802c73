import type { UsageFamily } from '../editing/editing-model.js'

/**
 * A family keyed to a document rather than to a computation: `source` names the section of the
 * Scrum Guide (November 2020) or the Agile Manifesto value or principle its key is read from, so
 * a reviewer can check the key against that text and nothing else.
 */
export interface SourcedFamily extends UsageFamily {
  readonly source: string
}

/**
 * The stem prefix of the Scrum Guide families whose key the Guide states: the edition decides
 * wording that changed in 2020. Refinement families that apply INVEST or a splitting practice
 * name the Guide only for what it says and leaves to the team, since it mentions neither.
 */
export const SCRUM_GUIDE = 'According to the Scrum Guide (November 2020 edition),'

/** The stem prefix of every Manifesto family. */
export const MANIFESTO = 'According to the Manifesto for Agile Software Development (2001),'
