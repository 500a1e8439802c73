import { scriptedModel } from './scripted-model.js'

const DAY = 86_400_000

/** Days between dates, adding business days, weekdays; the off-by-one of inclusive counting. */
export const dateArithmeticModel = scriptedModel({
  id: 'dates-arithmetic',
  title: 'Date arithmetic: days between, business days, weekdays',
  build: (rng) => {
    const y = rng.int(2024, 2029)
    const start = Date.UTC(y, rng.int(0, 11), rng.int(1, 28))
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
    const span = rng.int(10, 200)
    const end = start + span * DAY
    const showDate = `(t) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(t)`
    switch (rng.pick(['between', 'business', 'add'] as const)) {
      case 'between':
        return {
          stem: `How many days are there from ${iso(start)} to ${iso(end)}, counting both the first and the last day?`,
          source: `console.log((Date.parse('${iso(end)}') - Date.parse('${iso(start)}')) / ${DAY} + 1)`,
          mistakes: [
            `console.log((Date.parse('${iso(end)}') - Date.parse('${iso(start)}')) / ${DAY})`,
            `console.log((Date.parse('${iso(end)}') - Date.parse('${iso(start)}')) / ${DAY} - 1)`,
            `console.log(Math.round((Date.parse('${iso(end)}') - Date.parse('${iso(start)}')) / ${DAY} / 30) * 30)`,
          ],
        }
      case 'business': {
        const n = rng.int(3, 25)
        const src = (skipStart: boolean, weekend: readonly number[]) =>
          `const show = ${showDate}\nlet t = Date.parse('${iso(start)}')\nlet left = ${n}\n${skipStart ? '' : `if (![${weekend.join(', ')}].includes(new Date(t).getUTCDay())) left--\n`}while (left > 0) {\n  t += ${DAY}\n  if (![${weekend.join(', ')}].includes(new Date(t).getUTCDay())) left--\n}\nconsole.log(show(t))`
        return {
          stem: `A task starts on ${iso(start)} and takes ${n} business days (Monday to Friday, no holidays), the start date not counted. On which date is it due?`,
          source: src(true, [0, 6]),
          mistakes: [
            src(false, [0, 6]),
            src(true, [0]),
            `const show = ${showDate}\nconsole.log(show(Date.parse('${iso(start)}') + ${n} * ${DAY}))`,
          ],
        }
      }
      case 'add':
        return {
          stem: `Which date is ${span} days after ${iso(start)}?`,
          source: `const show = ${showDate}\nconsole.log(show(Date.parse('${iso(start)}') + ${span} * ${DAY}))`,
          mistakes: [
            `const show = ${showDate}\nconsole.log(show(Date.parse('${iso(start)}') + ${span - 1} * ${DAY}))`,
            `const show = ${showDate}\nconsole.log(show(Date.parse('${iso(start)}') + ${span + 1} * ${DAY}))`,
            `const show = ${showDate}\nconst d = new Date(Date.parse('${iso(start)}'))\nd.setUTCMonth(d.getUTCMonth() + Math.round(${span} / 30))\nconsole.log(show(d.getTime()))`,
          ],
        }
    }
  },
})
