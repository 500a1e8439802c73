import { VariantError } from '../assemble-variant.js'
import { cents, client, count, dollars, down, family, money, pctOf, up } from './evp-text.js'

// Catering and food and beverage: guarantees and over-sets, billing on the greater of guarantee
// and actual, service charge and tax as the contract states them, F&B minimums, and quantities a
// caterer orders. Money is in integer cents, each percentage to the cent, half up.

export const CATERING_FAMILIES = [
  family('overset-on-guarantee', (rng) => {
    const g = rng.int(80, 600)
    const over = rng.pick([3, 5])
    if ((g * over) % 100 === 0) throw new VariantError('exact over-set')
    const key = g + up(g * over, 100)
    return {
      stem: `The banquet contract says: "The hotel will set ${over}% over the final guarantee, rounded up to the next whole cover, and bill the guarantee or the number served, whichever is greater." The final guarantee is ${count(g)}. How many covers will the hotel set?`,
      key: count(key),
      wrong: [
        [count(g), 'sets no over-set'],
        [count(g + down(g * over, 100)), 'rounds the over-set down'],
        [count(g + up(g * (over === 3 ? 5 : 3), 100)), 'uses the other common over-set rate'],
        [count(g + over), 'adds the percentage as covers'],
        [
          count(up(g * 100, 100 - over)),
          'grosses the guarantee up instead of adding the percentage',
        ],
      ],
      figures: { g, over },
    }
  }),
  family('bill-greater-of-guarantee-or-served', (rng) => {
    const g = rng.int(80, 400)
    const served = g + rng.pick([-1, 1]) * rng.int(3, 25)
    const price = cents(rng, 38, 95)
    const over = 3
    const set = g + up(g * over, 100)
    const v = rng.int(4, 12)
    const vp = cents(rng, 18, 30)
    const top = Math.max(g, served)
    const key = top * price + v * vp
    return {
      stem: `Dinner is ${money(price)} per person. The guarantee was ${count(g)}; the hotel set ${count(set)} covers (a ${over}% over-set) and ${count(served)} guests were served. The contract bills the guarantee or the number served, whichever is greater, and separately bills ${v} crew meals (band and photographers, not guests) at ${money(vp)} each. What is the meal charge before service charge and tax?`,
      key: money(key),
      wrong: [
        [money(served * price + v * vp), 'bills the number served alone'],
        [money(g * price + v * vp), 'bills the guarantee alone'],
        [money(set * price + v * vp), 'bills the covers set'],
        [money(Math.min(g, served) * price + v * vp), 'bills the lesser of the two'],
        [money(top * price), 'forgets the crew meals'],
        [money((top + v) * price), 'bills the crew meals at the dinner price'],
        [money(Math.max(g, served + v) * price), 'counts the crew among those served'],
      ],
      figures: { g, served, price, set, v, vp },
    }
  }),
  family('service-charge-then-tax-on-both', (rng) => {
    const fb = cents(rng, 4000, 30000)
    const sc = rng.pick([20, 22, 24, 25])
    const taxBp = rng.pick([600, 725, 825, 875, 1025])
    const svc = pctOf(fb, sc)
    const tax = Math.round(((fb + svc) * taxBp) / 10000)
    const key = fb + svc + tax
    const taxFb = Math.round((fb * taxBp) / 10000)
    return {
      stem: `The F&B subtotal on the banquet check is ${money(fb)}. The contract adds a ${sc}% service charge on F&B, and the ${(taxBp / 100).toFixed(2)}% sales tax applies to F&B and to the service charge. What is the check total?`,
      key: money(key),
      wrong: [
        [money(fb + svc + taxFb), 'taxes the F&B only, not the service charge'],
        [money(fb + svc), 'leaves the tax off'],
        [money(fb + taxFb), 'leaves the service charge off'],
        [money(fb + svc + Math.round((svc * taxBp) / 10000)), 'taxes the service charge only'],
      ],
      figures: { fb, sc, taxBp },
    }
  }),
  family('fnb-minimum-shortfall', (rng) => {
    const min = rng.int(15, 60) * 100000
    const spent = min - cents(rng, 500, 6000)
    const sc = rng.pick([22, 24])
    const key = min - spent
    return {
      stem: `The meeting-room contract has an F&B minimum of ${money(min)}, counted on food and beverage before service charge and tax; any shortfall is billed as a room rental fee with no service charge or tax. The banquet checks total ${money(spent)} in F&B, plus a ${sc}% service charge and tax. What room rental fee is billed?`,
      key: money(key),
      wrong: [
        [money(min), 'bills the whole minimum as rental'],
        [
          money(Math.max(0, min - spent - pctOf(spent, sc))),
          'counts the service charge toward the minimum',
        ],
        [money(key + pctOf(key, sc)), 'adds service charge to the shortfall'],
        [money(spent), 'bills the F&B spend as the fee'],
        [money(pctOf(min, sc)), 'bills the service charge on the minimum'],
      ],
      figures: { min, spent, sc },
    }
  }),
  family('guests-to-reach-minimum', (rng) => {
    const min = rng.int(8, 40) * 100000
    const price = dollars(rng, 45, 120)
    if (min % price === 0) throw new VariantError('exact')
    const sc = rng.pick([22, 24])
    const key = up(min, price)
    return {
      stem: `A restaurant buy-out requires a ${money(min)} food-and-beverage minimum, counted before its ${sc}% service charge and tax. The set menu is ${money(price)} per guest with no other F&B. What is the smallest number of guests that meets the minimum?`,
      key: count(key),
      wrong: [
        [count(down(min, price)), 'rounds down and falls short'],
        [count(up(min, price + pctOf(price, sc))), 'counts the service charge toward the minimum'],
        [count(up(min + pctOf(min, sc), price)), 'adds the service charge to the minimum'],
        [count(down(min, price + pctOf(price, sc))), 'counts the service charge and rounds down'],
        [
          count(up(min, price - pctOf(price, sc))),
          'takes the service charge out of the menu price',
        ],
        [count(up(up(min, price), 10) * 10), 'rounds the guests up to whole tables of 10'],
      ],
      figures: { min, price, sc },
    }
  }),
  family('hosted-bar-on-consumption', (rng) => {
    const guests = rng.int(60, 300)
    const hours = rng.int(2, 5)
    const drink = cents(rng, 7, 14)
    const drinks = guests * (2 + (hours - 1))
    const key = drinks * drink
    return {
      stem: `A hosted bar is billed on consumption at ${money(drink)} a drink. The caterer's planning rule: 2 drinks per guest in the first hour and 1 per guest in each hour after. Estimate the bar cost for ${count(guests)} guests over ${hours} hours (before service charge and tax).`,
      key: money(key),
      wrong: [
        [money(guests * hours * drink), 'allows one drink an hour throughout'],
        [money(guests * 2 * hours * drink), 'allows two drinks every hour'],
        [money(guests * (2 + hours) * drink), 'adds a drink for every hour, the first included'],
        [money(guests * 2 * drink), 'plans for the first hour only'],
        [money(guests * 3 * drink), 'plans the later hours as a single hour'],
        [money(guests * (hours - 1) * drink), 'leaves out the first hour'],
      ],
      figures: { guests, hours, drink },
    }
  }),
  family('coffee-gallons', (rng) => {
    const people = rng.int(60, 500)
    const cups = rng.pick([15, 20])
    const per = rng.pick([1.5, 2])
    const cupsTotal = people * per
    if (!Number.isInteger(cupsTotal) || cupsTotal % cups === 0) throw new VariantError('exact')
    const key = up(cupsTotal, cups)
    return {
      stem: `For the morning break the caterer plans ${per} cups of coffee per attendee, and sells coffee by the gallon, ${cups} cups to a gallon. How many gallons should be ordered for ${count(people)} attendees?`,
      key: `${count(key)} gallons`,
      wrong: [
        [`${count(down(cupsTotal, cups))} gallons`, 'rounds the gallons down'],
        [`${count(up(people, cups))} gallons`, 'plans one cup per attendee'],
        [`${count(up(cupsTotal, 16))} gallons`, 'takes a gallon as 16 cups'],
        [`${count(up(people * 2 * per, cups))} gallons`, 'counts each cup twice'],
        [
          `${count(up(cupsTotal, cups === 15 ? 20 : 15))} gallons`,
          'uses the other cups-per-gallon figure',
        ],
      ],
      figures: { people, cups, per: per * 10 },
    }
  }),
  family('hors-doeuvres-by-the-dozen', (rng) => {
    const guests = rng.int(50, 300)
    const hours = rng.int(2, 3)
    const first = rng.pick([5, 6])
    const after = rng.pick([3, 4])
    const pieces = guests * (first + (hours - 1) * after)
    if (pieces % 12 === 0) throw new VariantError('exact')
    const key = up(pieces, 12)
    return {
      stem: `A ${hours}-hour cocktail reception for ${count(guests)} guests: plan ${first} passed pieces per guest in the first hour and ${after} per guest in each later hour. Canapés are ordered by the dozen. How many dozen should be ordered?`,
      key: `${count(key)} dozen`,
      wrong: [
        [`${count(down(pieces, 12))} dozen`, 'rounds the dozens down'],
        [
          `${count(up(guests * first * hours, 12))} dozen`,
          'plans the first hour’s rate throughout',
        ],
        [`${count(up(guests * (first + after), 12))} dozen`, 'plans only one later hour'],
        [`${count(up(guests * first, 12))} dozen`, 'plans the first hour only'],
        [`${count(up(pieces, 10))} dozen`, 'divides by ten'],
      ],
      figures: { guests, hours, first, after },
    }
  }),
  family('server-labour-with-minimum-hours', (rng) => {
    const guests = rng.int(80, 400)
    const per = rng.pick([16, 20, 25])
    const hours = rng.int(2, 5)
    const minH = 4
    const rate = dollars(rng, 30, 55)
    const servers = up(guests, per)
    const key = servers * Math.max(hours, minH) * rate
    return {
      stem: `A plated dinner needs 1 server per ${per} guests (round up). Servers are billed at ${money(rate)} an hour each with a ${minH}-hour minimum per server. Service runs ${hours} hours for ${count(guests)} guests. What is the server labour charge?`,
      key: money(key),
      wrong: [
        [money(servers * hours * rate), 'ignores the 4-hour minimum'],
        [money(down(guests, per) * Math.max(hours, minH) * rate), 'rounds the servers down'],
        [money(servers * (hours + minH) * rate), 'adds the minimum on top of the hours worked'],
        [money(servers * minH * rate), 'bills every shift at the minimum'],
        [money(up(guests, 10) * Math.max(hours, minH) * rate), 'staffs one server per table of 10'],
        [
          money(down(guests, per) * hours * rate),
          'rounds the servers down and ignores the minimum',
        ],
        [money(up(guests, 8) * Math.max(hours, minH) * rate), 'staffs one server per table of 8'],
      ],
      figures: { guests, per, hours, rate },
    }
  }),
  family('bartenders-fee-waived-over-sales', (rng) => {
    const per = rng.pick([75, 100])
    const guests = rng.int(per * 2 + 1, per * 4)
    const fee = dollars(rng, 150, 250)
    const bars = up(guests, per)
    const threshold = dollars(rng, 400, 700)
    const sales = [
      cents(rng, 250, 900),
      cents(rng, 250, 900),
      cents(rng, 250, 900),
      cents(rng, 250, 900),
    ].slice(0, bars)
    const key = sales.filter((s) => s < threshold).length * fee
    return {
      stem: `The venue staffs 1 bartender per ${per} guests (round up), each at a ${money(fee)} fee, waived for any bar whose sales reach ${money(threshold)}. ${count(guests)} guests attend and the ${bars} bars sell ${sales.map(money).join(', ')}. What bartender fees are charged?`,
      key: money(key),
      wrong: [
        [
          money(sales.reduce((a, s) => a + Math.max(0, threshold - s), 0)),
          'bills each bar its shortfall against the threshold',
        ],
        [money(bars * fee), 'waives no fee'],
        [
          money(sales.filter((s) => s >= threshold).length * fee),
          'charges the bars that reached the threshold',
        ],
        [
          money(sales.reduce((a, b) => a + b, 0) >= threshold * bars ? 0 : bars * fee),
          'tests the bars’ total sales against the threshold',
        ],
        [money(down(guests, per) * fee), 'rounds the bartenders down and waives nothing'],
        [money(0), 'waives every fee'],
        [
          money(key + sales.reduce((a, s) => a + Math.max(0, threshold - s), 0)),
          'charges the fee and the shortfall on each bar that fell short',
        ],
        [
          money(sales.reduce((a, s) => a + (s < threshold ? Math.min(fee, threshold - s) : 0), 0)),
          'caps each short bar’s charge at its shortfall',
        ],
      ],
      figures: { guests, per, fee, threshold, sales: sales.join(',') },
    }
  }),
  family('wine-bottles-for-toast', (rng) => {
    const guests = rng.int(80, 400)
    const glasses = rng.pick([1, 2])
    const perBottle = rng.pick([5, 6])
    const corkage = dollars(rng, 15, 30)
    const bottles = up(guests * glasses, perBottle)
    if ((guests * glasses) % perBottle === 0) throw new VariantError('exact')
    const key = bottles * corkage
    return {
      stem: `The client brings their own sparkling wine for a toast, ${glasses} glass${glasses > 1 ? 'es' : ''} per guest for ${count(guests)} guests. A 750 ml bottle pours ${perBottle} glasses, and the venue charges ${money(corkage)} corkage per bottle opened; every bottle needed will be opened. What corkage will be charged?`,
      key: money(key),
      wrong: [
        [money(down(guests * glasses, perBottle) * corkage), 'rounds the bottles down'],
        [money(guests * corkage), 'charges corkage per guest'],
        [money(up(guests, perBottle) * corkage), 'plans one glass per guest'],
        [
          money(up(guests * glasses, perBottle === 5 ? 6 : 5) * corkage),
          'uses the other pour count',
        ],
        [money(up(guests * glasses, 4) * corkage), 'pours four glasses a bottle'],
      ],
      figures: { guests, glasses, perBottle, corkage },
    }
  }),
  family('late-additions-over-guarantee', (rng) => {
    const g = rng.int(100, 400)
    const added = rng.int(4, 20)
    const price = dollars(rng, 40, 90)
    const sur = rng.pick([10, 15, 20])
    const key = g * price + added * (price + pctOf(price, sur))
    return {
      stem: `After the guarantee of ${count(g)} at ${money(price)} per person was given, ${added} more guests were added. The contract: additions after the guarantee are served at the menu price plus a ${sur}% late surcharge per person. What is the meal charge before service charge and tax?`,
      key: money(key),
      wrong: [
        [money((g + added) * price), 'leaves out the late surcharge'],
        [money((g + added) * (price + pctOf(price, sur))), 'puts the surcharge on every guest'],
        [money(g * price + added * pctOf(price, sur)), 'bills the additions the surcharge only'],
        [money(g * price), 'bills only the guarantee'],
        [
          money(g * (price + pctOf(price, sur)) + added * price),
          'puts the surcharge on the guaranteed guests instead of the additions',
        ],
        [
          money((g + added) * price + added * (price + pctOf(price, sur))),
          'counts the additions in the guarantee and bills them again',
        ],
        [
          money(g * price + added * (price + sur * 100)),
          'reads the surcharge percentage as dollars',
        ],
      ],
      figures: { g, added, price, sur },
    }
  }),
  family('dietary-meals-rounded-up', (rng) => {
    const g = rng.int(100, 500)
    const veg = rng.pick([8, 12, 15])
    const gf = rng.pick([3, 5, 6])
    const v = up(g * veg, 100)
    const f = up(g * gf, 100)
    if ((g * veg) % 100 === 0 || (g * gf) % 100 === 0) throw new VariantError('exact')
    const key = g - v - f
    return {
      stem: `The guarantee is ${count(g)}. From past events the client plans ${veg}% vegetarian and ${gf}% gluten-free meals, each rounded up to whole meals; everyone else gets the standard entrée. How many standard entrées are ordered?`,
      key: count(key),
      wrong: [
        [count(g - down(g * veg, 100) - down(g * gf, 100)), 'rounds the special meals down'],
        [count(g - v), 'forgets the gluten-free meals'],
        [count(g - up(g * (veg + gf), 100) + 1), 'rounds the combined share and adds one back'],
        [count(g), 'orders a standard meal for everyone'],
        [count(v + f), 'gives the special meals instead'],
        [
          count(g - up(v, 10) * 10 - up(f, 10) * 10),
          'rounds each special count up to the next ten meals',
        ],
        [count(g - veg - gf), 'subtracts the percentages as meal counts'],
      ],
      figures: { g, veg, gf },
    }
  }),
  family('buffet-per-person-vs-plated', (rng) => {
    const g = rng.int(100, 400)
    const buffet = dollars(rng, 55, 90)
    const minBuffet = rng.pick([50, 75, 100])
    const plated = dollars(rng, 45, 80)
    const sur = dollars(rng, 5, 12)
    // Every drawn group is at or above the minimum, so no surcharge applies.
    const key = g * buffet
    return {
      stem: `A buffet is ${money(buffet)} per person for groups of ${minBuffet} or more; smaller groups pay a ${money(sur)} per person surcharge. A plated dinner would be ${money(plated)} per person. The client has chosen the buffet for ${count(g)} guests. What is the food charge before service charge and tax?`,
      key: money(key),
      wrong: [
        [money(g * (buffet + sur)), 'adds the small-group surcharge to a group over the minimum'],
        [money(g * plated), 'prices the plated dinner'],
        [money(minBuffet * buffet), 'bills the minimum group size'],
        [money((g - minBuffet) * buffet), 'bills only the guests above the minimum'],
        [money(g * (buffet - sur)), 'takes the surcharge off as a discount'],
      ],
      figures: { g, buffet, minBuffet, plated, sur },
    }
  }),
  family('taxable-service-charge-split', (rng) => {
    const fb = cents(rng, 3000, 20000)
    const sc = rng.pick([22, 24])
    const admin = rng.pick([6, 8, 9])
    const taxBp = rng.pick([600, 700, 800])
    const svc = pctOf(fb, sc)
    const adminPart = pctOf(fb, admin)
    // The contract: the service charge is taxable; of it, `admin` points are retained by the house.
    const tax = Math.round(((fb + svc) * taxBp) / 10000)
    const key = fb + svc + tax
    return {
      stem: `The banquet event order: F&B ${money(fb)}; a ${sc}% taxable service charge on F&B, of which ${admin} percentage points are an administrative fee kept by the hotel and the rest goes to staff; sales tax ${(taxBp / 100).toFixed(2)}% on F&B and the service charge. What does the client pay in total?`,
      key: money(key),
      wrong: [
        [
          money(fb + svc - adminPart + Math.round(((fb + svc - adminPart) * taxBp) / 10000)),
          'leaves the administrative fee out of the charge',
        ],
        [
          money(fb + svc + adminPart + Math.round(((fb + svc + adminPart) * taxBp) / 10000)),
          'adds the administrative fee on top of the service charge',
        ],
        [money(fb + svc + Math.round((fb * taxBp) / 10000)), 'taxes only the F&B'],
        [money(fb + svc), 'leaves the tax off'],
        [money(fb + Math.round((fb * taxBp) / 10000)), 'leaves the service charge off'],
      ],
      figures: { fb, sc, admin, taxBp },
    }
  }),
  family('meals-from-rsvp-no-show', (rng) => {
    const yes = rng.int(120, 600)
    const noShow = rng.pick([8, 10, 12, 15])
    const walkIn = rng.pick([2, 3, 5])
    const net = noShow - walkIn
    const key = up(yes * (100 - net), 100)
    if ((yes * (100 - net)) % 100 === 0) throw new VariantError('exact')
    return {
      stem: `${count(yes)} people have RSVP'd yes to ${client(rng)}'s free lunch. At this client's past lunches ${noShow}% of yes-RSVPs did not come, and walk-ins without an RSVP added ${walkIn}% of the yes count. The coordinator guarantees the forecast, rounded up. What guarantee is given?`,
      key: count(key),
      wrong: [
        [count(up(yes * (100 - noShow), 100)), 'forgets the walk-ins'],
        [count(yes), 'guarantees every yes-RSVP'],
        [count(down(yes * (100 - net), 100)), 'rounds the forecast down'],
        [
          count(up(yes * (100 - noShow - walkIn), 100)),
          'takes the walk-ins off instead of adding them',
        ],
        [count(up(yes * (100 + walkIn), 100)), 'adds the walk-ins but forgets the no-shows'],
      ],
      figures: { yes, noShow, walkIn },
    }
  }),
]
