import { bp, CENTS, dol, frac, usd, worked } from './ustx-text.js'

// Income on a 1040 and its schedules. The slips are losses or gains netted in the wrong order or
// not at all, the $3,000 or $1,500 limit misapplied, tax-exempt income left out of provisional
// income or Social Security taxed at the wrong tier, dividends or distributions put in the wrong
// box, disallowed costs deducted on Schedule C or allowed ones missed, and excluded pay counted
// in wages (or the reverse).

const money = usd(2)

export const INCOME_FAMILIES = [
  worked('capital-loss-carryover-on-a-separate-return', (rng) => {
    const g = rng.int(10, 50) * 100
    const l = rng.int(120, 250) * 100
    const c0 = rng.int(15, 60) * 100
    const L = l + c0 - g
    return {
      stem: `For 2025 a client filing married filing separately has a net short-term gain of ${dol(g)}, a net long-term loss of ${dol(l)} and a long-term capital loss carryover from 2024 of ${dol(c0)}. Net capital losses are deductible against other income up to $3,000 a year ($1,500 married filing separately); the rest carries over. What capital loss carries over to 2026, ${CENTS}?`,
      show: money,
      figures: { g, l, c0 },
      key: frac(L - 1500),
      wrong: [
        [frac(L - 3000), 'deducts the $3,000 limit'],
        [frac(l - g - 1500), 'leaves out the 2024 carryover'],
        [frac(L - 6000), 'deducts $3,000 for each spouse'],
        [frac(L), 'deducts none of the loss'],
        [frac(l + c0 - 1500), 'does not net the short-term gain'],
        [frac(l + c0), 'neither nets the gain nor deducts the loss'],
      ],
    }
  }),
  worked('net-capital-gain-after-netting', (rng) => {
    const a = rng.int(10, 40) * 100
    const b = rng.int(50, 90) * 100
    const c = rng.int(200, 400) * 100
    const d = rng.int(20, 80) * 100
    return {
      stem: `A client’s 2025 Form 8949 shows short-term gains of ${dol(a)} and short-term losses of ${dol(b)}, and long-term gains of ${dol(c)} and long-term losses of ${dol(d)}. Short-term items are netted together and long-term items together, and then a net short-term loss offsets the net long-term gain. What is her net capital gain (the long-term gain that gets the preferential rates), ${CENTS}?`,
      show: money,
      figures: { a, b, c, d },
      key: frac(c - d - (b - a)),
      wrong: [
        [frac(c - d - b), 'takes the short-term losses without the gains'],
        [frac(c - d - b - a), 'subtracts the short-term gains as well'],
        [frac(c - d - (b - a) - 3000), 'also takes the $3,000 loss deduction'],
        [frac(c - d), 'leaves out the short-term loss'],
        [frac(c), 'counts only the long-term gains'],
        [frac(c - (b - a)), 'leaves out the long-term losses'],
      ],
    }
  }),
  worked('taxable-social-security-at-the-50%-tier', (rng) => {
    const SS = rng.int(160, 240) * 100
    const T = rng.int(5, 20) * 100
    const PI = rng.int(325, 339) * 100
    const O = PI - T - SS / 2
    return {
      stem: `A single retiree received ${dol(SS)} of Social Security in 2025, plus ${dol(O)} of pension and taxable interest and ${dol(T)} of tax-exempt interest. Provisional income is other income plus tax-exempt interest plus half the benefits. For a single filer, the taxable part is the lesser of half the benefits and half the provisional income over $25,000, when provisional income is not over $34,000 (the joint figures are $32,000 and $44,000). How much of his Social Security is taxable, ${CENTS}?`,
      show: money,
      figures: { SS, T, O },
      key: frac(PI - 25000, 2),
      wrong: [
        [frac(PI - T - 25000, 2), 'leaves out the tax-exempt interest'],
        [frac(PI - 32000, 2), 'uses the joint $32,000 base'],
        [frac(PI - 25000, 4), 'takes half of half the excess'],
        [frac(PI + SS / 2 - 25000, 2), 'counts all the benefits in provisional income'],
        [frac(SS, 2), 'takes half the benefits'],
        [bp(SS, 8500), 'takes 85% of the benefits'],
      ],
    }
  }),
  worked('taxable-social-security-at-the-85%-tier', (rng) => {
    const SS = rng.int(300, 420) * 100
    const T = rng.int(10, 40) * 100
    const PI = rng.int(500, 600) * 100
    const O = PI - T - SS / 2
    const key = (PI - 44000) * 85 + 600000
    const single = Math.min((PI - 34000) * 85 + Math.min(450000, SS * 50), SS * 85)
    return {
      stem: `A married couple filing jointly received ${dol(SS)} of Social Security in 2025, plus ${dol(O)} of pensions, wages and taxable interest and ${dol(T)} of tax-exempt interest. Provisional income is other income plus tax-exempt interest plus half the benefits. Above $44,000 of provisional income, the taxable part is the lesser of 85% of the benefits, and 85% of provisional income over $44,000 plus the lesser of $6,000 and half the benefits (the single figures are $25,000, $34,000 and $4,500). How much of their Social Security is taxable, ${CENTS}?`,
      show: money,
      figures: { SS, T, O },
      key: frac(key, 100),
      wrong: [
        [frac((PI - 44000) * 85, 100), 'leaves out the $6,000'],
        [frac(key - T * 85, 100), 'leaves out the tax-exempt interest'],
        [frac(PI - 32000, 2), 'stays on the 50% tier'],
        [frac(single, 100), 'uses the single base amounts'],
        [bp(SS, 8500), 'takes 85% of the benefits'],
        [frac((PI - 32000) * 85, 100), 'takes 85% from the $32,000 base'],
      ],
    }
  }),
  worked('dividends-for-the-preferential-rates', (rng) => {
    const a = rng.int(40, 120) * 100
    const q = rng.int(25, 35) * 100
    const H = rng.int(3, 12) * 100
    const cg = rng.int(5, 20) * 100
    return {
      stem: `A client’s 2025 Form 1099-DIV shows total ordinary dividends (box 1a) of ${dol(a)}, qualified dividends (box 1b) of ${dol(q)} and capital gain distributions (box 2a) of ${dol(cg)}. Of the box 1b amount, ${dol(H)} came from shares she held for only 40 days around the ex-dividend date, so those dividends fail the 61-day holding period and are not qualified. How much goes into the qualified dividend and capital gain tax worksheet as qualified dividends plus capital gain distributions, ${CENTS}?`,
      show: money,
      figures: { a, q, H, cg },
      key: frac(q - H + cg),
      wrong: [
        [frac(q - H), 'leaves out the capital gain distributions'],
        [frac(q), 'takes box 1b alone'],
        [frac(q - 2 * H + cg), 'takes the short-held dividends off box 1b and off the total again'],
        [frac(q + cg), 'keeps the short-held dividends as qualified'],
        [frac(a + cg), 'treats all ordinary dividends as qualified'],
        [frac(a - H + cg), 'treats box 1a as qualified, less the short-held dividends'],
      ],
    }
  }),
  worked('schedule-c-net-profit', (rng) => {
    const G = rng.int(600, 1200) * 100
    const Rt = rng.int(5, 30) * 100
    const Cg = rng.int(100, 250) * 100
    const A = rng.int(10, 40) * 100
    const S = rng.int(10, 40) * 100
    const M = rng.int(10, 40) * 100
    const E = rng.int(5, 20) * 100
    const Hi = rng.int(40, 90) * 100
    return {
      stem: `A sole proprietor’s 2025 books show gross receipts of ${dol(G)}, returns and allowances of ${dol(Rt)}, cost of goods sold of ${dol(Cg)}, advertising of ${dol(A)}, supplies of ${dol(S)}, business meals with clients of ${dol(M)}, tickets to a ball game with clients of ${dol(E)} and her own health insurance premiums of ${dol(Hi)}. Business meals are 50% deductible, entertainment is not deductible, and a sole proprietor’s own health insurance is an adjustment on Schedule 1, not a Schedule C expense. What is her Schedule C net profit, ${CENTS}?`,
      show: money,
      figures: { G, Rt, Cg, A, S, M, E, Hi },
      key: frac(G - Rt - Cg - A - S - M / 2),
      wrong: [
        [frac(G - Rt - Cg - A - S - M), 'deducts all the meals'],
        [frac(G - Rt - Cg - A - S - M / 2 - E), 'deducts the ball game tickets'],
        [frac(G - Rt - Cg - A - S - M / 2 - Hi), 'deducts her health insurance'],
        [frac(G - Rt - Cg - A - S), 'disallows all the meals'],
        [frac(G - Cg - A - S - M / 2), 'leaves out the returns and allowances'],
        [frac(G - Rt - A - S - M / 2), 'leaves out the cost of goods sold'],
      ],
    }
  }),
  worked('car-expense-at-the-standard-mileage-rate', (rng) => {
    const B = rng.int(40, 180) * 100
    const C = rng.int(20, 60) * 100
    const Pr = rng.int(6, 30) * 10
    const Gs = rng.int(100, 300) * 10
    return {
      stem: `A self-employed plumber drove her van ${dol(B).slice(1)} business miles in 2025, plus ${dol(C).slice(1)} miles commuting from home to her regular workshop; she paid ${dol(Pr)} of business parking and tolls and ${dol(Gs)} for fuel. She uses the 2025 standard mileage rate of 70 cents a mile (it was 67 cents in 2024), which covers fuel; business parking and tolls are deducted on top, and commuting is not business mileage. What is her car expense on Schedule C, ${CENTS}?`,
      show: money,
      figures: { B, C, Pr, Gs },
      key: frac(B * 70 + Pr * 100, 100),
      wrong: [
        [frac(B * 67 + Pr * 100, 100), 'uses the 2024 rate of 67 cents'],
        [frac(B * 70, 100), 'leaves out the parking and tolls'],
        [frac(B * 67, 100), 'uses 67 cents and leaves out the parking and tolls'],
        [frac((B + C) * 70 + Pr * 100, 100), 'counts the commuting miles'],
        [frac(B * 70 + Pr * 100 + Gs * 100, 100), 'adds the fuel as well'],
        [frac((B + C) * 70 + Pr * 100 + Gs * 100, 100), 'counts the commuting and adds the fuel'],
      ],
    }
  }),
  worked('home-office-by-the-regular-method', (rng) => {
    const a = rng.int(15, 40) * 10
    const h = rng.int(150, 300) * 10
    const I = rng.int(80, 160) * 100
    const U = rng.int(30, 60) * 100
    const P = rng.int(3, 12) * 100
    const K = rng.int(10, 40) * 100
    const share = (x: number) => frac(x * a, h)
    const ind = I + U
    return {
      stem: `A freelance designer uses ${a} square feet of her ${h}-square-foot home regularly and exclusively for her business. For 2025 the home’s mortgage interest and real estate taxes were ${dol(I)} and its utilities and insurance ${dol(U)}; she paid ${dol(P)} to repaint the office alone and ${dol(K)} to repair the kitchen. Costs of the whole home are deducted in the office’s share of the floor area, costs of the office alone in full and costs of other rooms not at all. Assuming her business income covers it and ignoring depreciation, what is her home office deduction (Form 8829), ${CENTS}?`,
      show: money,
      figures: { a, h, I, U, P, K },
      key: frac(ind * a + P * h, h),
      wrong: [
        [share(ind + P), 'takes the painting in the office’s share only'],
        [frac(U * a + P * h, h), 'leaves out the interest and taxes'],
        [share(ind), 'leaves out the painting'],
        [frac((ind + K) * a + P * h, h), 'adds the kitchen repair in the office’s share'],
        [frac(ind * a + (P + K) * h, h), 'deducts the kitchen repair in full'],
        [
          frac(ind * a + P * (h - a), h - a),
          'divides by the rest of the home’s area, not the whole',
        ],
      ],
    }
  }),
  worked('taxable-interest-on-schedule-b', (rng) => {
    const Bk = rng.int(5, 40) * 100
    const Cb = rng.int(10, 40) * 100
    const Tr = rng.int(10, 40) * 100
    const Sm = rng.int(10, 30) * 100
    const Mu = rng.int(5, 25) * 100
    const Ac = rng.int(1, 4) * 50
    return {
      stem: `For 2025 a client received bank interest of ${dol(Bk)}, corporate bond interest of ${dol(Cb)}, US Treasury note interest of ${dol(Tr)}, interest of ${dol(Sm)} on a seller-financed mortgage from the buyer of her old house and municipal bond interest of ${dol(Mu)}. When she bought the corporate bond between interest dates she paid the seller ${dol(Ac)} of accrued interest, which is subtracted on Schedule B. Treasury interest is taxable federally (only exempt from state tax); municipal bond interest is exempt. What is her taxable interest on Form 1040 line 2b, ${CENTS}?`,
      show: money,
      figures: { Bk, Cb, Tr, Sm, Mu, Ac },
      key: frac(Bk + Cb + Tr + Sm - Ac),
      wrong: [
        [frac(Bk + Cb + Sm - Ac), 'treats the Treasury interest as exempt'],
        [frac(Bk + Cb + Tr - Ac), 'leaves out the seller-financed mortgage interest'],
        [
          frac(Bk + Cb + Sm - Ac - Ac),
          'leaves out the Treasury interest and subtracts the accrued interest twice',
        ],
        [frac(Bk + Cb + Tr + Sm), 'does not subtract the accrued interest'],
        [frac(Bk + Cb + Tr + Sm - Ac + Mu), 'adds the municipal interest'],
        [frac(Bk + Cb + Tr + Sm + Ac), 'adds the accrued interest instead of subtracting it'],
      ],
    }
  }),
  worked('wages-in-box-1', (rng) => {
    const G = rng.int(500, 1200) * 100
    const K = rng.int(30, 120) * 100
    const H = rng.int(15, 60) * 100
    const Hs = rng.int(10, 40) * 100
    const Rk = rng.int(10, 50) * 100
    const Fi = rng.int(35, 90) * 100
    return {
      stem: `An employee’s 2025 gross pay was ${dol(G)}, from which ${dol(Fi)} of Social Security and Medicare tax was withheld. Through payroll she deferred ${dol(K)} to a traditional 401(k), ${dol(Rk)} to a Roth 401(k), paid ${dol(H)} of health premiums under a section 125 cafeteria plan and put ${dol(Hs)} into her HSA through the cafeteria plan. Traditional 401(k) deferrals, cafeteria plan premiums and cafeteria plan HSA contributions are left out of box 1 wages; Roth deferrals are not. What should box 1 of her W-2 show, ${CENTS}?`,
      show: money,
      figures: { G, K, H, Hs, Rk, Fi },
      key: frac(G - K - H - Hs),
      wrong: [
        [frac(G - K - H - Hs - Rk), 'also takes out the Roth deferrals'],
        [frac(G - K - H - Hs - Rk - Fi), 'also takes out the Roth deferrals and the FICA withheld'],
        [frac(G - K - H - Hs - Fi), 'takes out the FICA withheld'],
        [frac(G - H - Hs), 'leaves the 401(k) deferral in (box 5 Medicare wages)'],
        [frac(G - K - H), 'leaves the HSA contribution in'],
        [frac(G - K), 'leaves the cafeteria plan amounts in'],
      ],
    }
  }),
  worked('which-receipts-are-income', (rng) => {
    const W = rng.int(300, 600) * 100
    const U = rng.int(20, 60) * 100
    const Al = rng.int(60, 120) * 100
    const Cs = rng.int(40, 100) * 100
    const Gf = rng.int(20, 100) * 100
    const J = rng.int(2, 8) * 50
    const Lp = rng.int(100, 300) * 100
    return {
      stem: `In 2025 a client received wages of ${dol(W)}, unemployment compensation of ${dol(U)}, alimony of ${dol(Al)} under a divorce decree of 2016 (never modified), child support of ${dol(Cs)}, a gift of ${dol(Gf)} from her father, jury duty pay of ${dol(J)} and ${dol(Lp)} of life insurance proceeds on her late mother’s death. Alimony under a decree made before 2019 is taxable to the recipient; child support, gifts and life insurance death proceeds are not income. What is her total income on Form 1040, ${CENTS}?`,
      show: money,
      figures: { W, U, Al, Cs, Gf, J, Lp },
      key: frac(W + U + Al + J),
      wrong: [
        [frac(W + U + J), 'treats the alimony as not taxable, as for post-2018 decrees'],
        [frac(W + Al + J), 'leaves out the unemployment compensation'],
        [frac(W + J), 'leaves out the unemployment and the alimony'],
        [frac(W + U + Al + J + Cs), 'adds the child support'],
        [frac(W + U + Al + J + Gf), 'adds the gift'],
        [
          frac(W + U + Al + J + Cs + Gf + Lp),
          'adds child support, the gift and the life insurance',
        ],
      ],
    }
  }),
  worked('gross-receipts-from-1099-forms', (rng) => {
    const N = rng.int(200, 500) * 100
    const K = rng.int(150, 300) * 100
    const Ov = rng.int(20, 60) * 100
    const Pp = rng.int(10, 40) * 100
    const Ch = rng.int(10, 50) * 100
    return {
      stem: `A freelance photographer’s 2025 Forms 1099-NEC total ${dol(N)}. A payment platform’s Form 1099-K reports ${dol(K)}, of which ${dol(Ov)} is from clients who also sent her a 1099-NEC for the same work and ${dol(Pp)} is from selling her own used household furniture at a loss (not business income). She also took ${dol(Ch)} in cash and checks with no form. What are her gross receipts on Schedule C, ${CENTS}?`,
      show: money,
      figures: { N, K, Ov, Pp, Ch },
      key: frac(N + K - Ov - Pp + Ch),
      wrong: [
        [frac(N + K - Ov - Pp), 'leaves out the cash and checks'],
        [frac(N + Ch), 'leaves out the 1099-K'],
        [frac(N + K - 2 * Ov - Pp + Ch), 'takes the overlap off twice'],
        [frac(N + K - Pp + Ch), 'counts the overlap twice'],
        [frac(N + K - Ov + Ch), 'counts the furniture sales'],
        [frac(N + K + Ch), 'adds every form in full'],
      ],
    }
  }),
  worked('gain-on-shares-with-reinvested-dividends', (rng) => {
    const Pc = rng.int(200, 400) * 100
    const sc = rng.int(5, 20) * 10
    const cost = rng.int(80, 150) * 100
    const bc = rng.int(5, 20) * 10
    const Rd = rng.int(15, 50) * 100
    const Nd = rng.int(5, 15) * 100
    const Cd = rng.int(5, 20) * 100
    const basis = cost + bc + Rd - Nd
    return {
      stem: `In 2025 a client sold mutual fund shares for ${dol(Pc)}, paying a ${dol(sc)} commission. She bought them for ${dol(cost)} plus a ${dol(bc)} commission, later reinvested ${dol(Rd)} of dividends (taxed in their years) in more shares, received ${dol(Nd)} of nondividend distributions (return of capital, which reduces basis) and took ${dol(Cd)} of other dividends in cash. What is her gain on the sale, ${CENTS}?`,
      show: money,
      figures: { Pc, sc, cost, bc, Rd, Nd, Cd },
      key: frac(Pc - sc - basis),
      wrong: [
        [frac(Pc - sc - basis - Nd), 'does not reduce basis by the return of capital'],
        [frac(Pc - sc - basis - 2 * Nd), 'adds the return of capital to basis'],
        [frac(Pc - sc - basis - Cd), 'adds the cash dividends to basis too'],
        [frac(Pc - sc - basis + Rd), 'leaves the reinvested dividends out of basis'],
        [frac(Pc - basis), 'leaves out the selling commission'],
        [frac(Pc - sc - basis + bc + Rd), 'takes the bare purchase price as basis'],
      ],
    }
  }),
  worked('canceled-debt-of-an-insolvent-client', (rng) => {
    const C = rng.int(300, 500) * 100
    const x = rng.int(150, 250) * 100
    const Ra = rng.int(20, 60) * 100
    const Cr = rng.int(40, 80) * 100
    const Cc = Cr + rng.int(60, 120) * 100
    const Ot = rng.int(300, 500) * 100
    const A = Ra + Cr + Ot
    const Lo = A - x
    const L = Lo + C
    const ins = L - A
    return {
      stem: `A card issuer canceled ${dol(C)} of a client’s credit card debt in 2025. Just before the cancellation her liabilities were ${dol(L)} (including the canceled debt) and her assets, at fair market value, were a retirement account worth ${dol(Ra)}, a car worth ${dol(Cr)} (bought for ${dol(Cc)}) and other assets of ${dol(Ot)}. Canceled debt is excluded from income up to the amount by which liabilities exceed the fair market value of all assets, retirement accounts included, just before the cancellation. How much of the canceled debt is taxable, ${CENTS}?`,
      show: money,
      figures: { C, Lo, Ra, Cr, Cc, Ot },
      key: frac(C - ins),
      wrong: [
        [frac(C - ins - Ra), 'leaves the retirement account out of the assets'],
        [frac(C - ins - Cr), 'leaves the car out of the assets'],
        [frac(C - ins - Ra - Cr), 'leaves out the retirement account and the car'],
        [frac(C), 'ignores the insolvency'],
        [frac(C - (Lo - A)), 'leaves the canceled debt out of the liabilities'],
        [frac(C - ins + (Cc - Cr)), 'values the car at what she paid'],
      ],
    }
  }),
  worked('gain-on-the-sale-of-a-main-home', (rng) => {
    const Sp = rng.int(900, 1300) * 1000
    const Sc = rng.int(40, 80) * 1000
    const Cost = rng.int(250, 350) * 1000
    const Im = rng.int(40, 90) * 1000
    const Rp = rng.int(5, 20) * 1000
    const g = Sp - Sc - Cost - Im
    return {
      stem: `A single client sold the home she had owned and lived in for 12 years in 2025 for ${dol(Sp)}, paying ${dol(Sc)} of selling costs. She bought it for ${dol(Cost)}, added a ${dol(Im)} room addition and spent ${dol(Rp)} over the years on repainting and repairs (repairs do not add to basis). Up to $250,000 of gain on a main home is excluded for a single filer ($500,000 on a joint return). What is her taxable gain, ${CENTS}?`,
      show: money,
      figures: { Sp, Sc, Cost, Im, Rp },
      key: frac(g - 250000),
      wrong: [
        [frac(g - 250000 - Rp), 'adds the repairs to basis'],
        [frac(g - 500000), 'takes the joint $500,000 exclusion'],
        [frac(g - 500000 - Rp), 'takes the joint exclusion and adds the repairs to basis'],
        [frac(g + Im - 250000), 'leaves out the room addition'],
        [frac(g + Sc - 250000), 'leaves out the selling costs'],
        [frac(g + Sc + Im - 250000), 'leaves out the selling costs and the addition'],
      ],
    }
  }),
]
