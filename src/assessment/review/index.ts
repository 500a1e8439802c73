export {
  advanceItem,
  MAX_REVIEW_NOTE,
  type ReviewStep,
  type ReviewStepRequest,
} from './advance-item.js'
export { type AssignReport, assignDrafts } from './assign-drafts.js'
export {
  MIN_RESPONSES_FOR_OPERATIONAL,
  operationalGate,
  optionsGate,
  REVIEW_STEPS,
  reviewGate,
} from './review-gates.js'
export {
  MAX_REVIEW_PAGE,
  type QueuedItem,
  REVIEW_STAGES,
  type ReviewQueue,
  type ReviewStage,
  reviewQueue,
} from './review-queue.js'
