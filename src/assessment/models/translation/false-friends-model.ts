import { editingModel } from '../editing/editing-model.js'
import { FALSE_FRIEND_FAMILIES } from './false-friend-families.js'

/** Which English translation of a short source is accurate: each other one a false friend taken at face value. */
export const falseFriendsModel = editingModel({
  id: 'tr-false-friends',
  title: 'Translation into English: false friends',
  families: FALSE_FRIEND_FAMILIES,
  companions: [],
})
