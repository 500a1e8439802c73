export { CATEGORIES, type Category, isCategory } from '../shared/index.js'
