import { editingModel } from '../editing/editing-model.js'
import { POLICY_REPLY_FAMILIES } from './policy-reply-families.js'

/** Which support reply applies a stated policy: each other reply a named misapplication. */
export const policyReplyModel = editingModel({
  id: 'support-policy-replies',
  title: 'Customer support: applying a policy in a reply',
  families: POLICY_REPLY_FAMILIES,
  companions: [],
})
