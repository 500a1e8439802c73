import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `translation-english-chinese` test (English →
 * Simplified Chinese as written in mainland China): 117 submitted, 116 after the review, all
 * `ok`. Each family was drawn several times and every key and distractor read as a mainland
 * translator would: is the key the natural standard written Chinese the stated context needs
 * (您 to a client, 你 to a friend, business-letter formulas), and is each distractor an error of
 * exactly the kind named and of no other kind. Dates, 万 and 亿 counts, yuan amounts and p.m. times
 * are recomputed by the key test from CLDR zh-CN through Intl, measure words from its table, and
 * the mechanical errors (half-width punctuation, spaces, 的/地/得, 二 for 两, 你 for 您) are
 * proved there to be exactly that change of the key.
 *
 * Deleted (1): `wan-for-a-population`, which asked the 万 question of `wan-for-tens-of-thousands`
 * with the same three errors (a count in 千, a tenth, ten times).
 *
 * Fixed in place (16 families) before the fingerprints were taken: one wrong key (`keyi-for-
 * permission`: two of three variants closed an A-not-A question with 吗); one key variant
 * ungrammatical in its punctuation (请您…？ in `nin-to-a-client-send-the-contract`, now each option
 * carries its own mark); five distractors a reader could defend or that carried a second error
 * (台 for cars and 张 for chairs, both heard as standard; 二位, the accepted exception with 位;
 * 有没有…吗 in three variants of the title-marks family; a calque that also dropped the if-clause),
 * each replaced by a plain error of the family's kind; one mistake name made exact (支付 or 付);
 * and option sets widened in nine cued families (best rule was up to 0.68, longest option in
 * `idiom-ball-in-your-court`).
 *
 * Cue rates over 300 draws a family, run after the last edit: no family gives a rule more than
 * 0.55, and 19 give one between 0.50 and 0.55, each under the 0.75 at which a family would be
 * judged cued and left for a form to dilute across families; rule means are at most 0.29 (cross
 * out the longest and the most similar), the others 0.25 or less.
 */
export const TRANSLATION_ENGLISH_CHINESE_REVIEW: TestFamilyReview = {
  testId: 'translation-english-chinese',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'tr-en-zh-conventions/curly-quotation-marks': {
      verdict: 'ok',
      fingerprint: 'e3e6c0b3fccf1f1e',
      note: 'Key “…” (mainland); straight quotes, 「」 (Taiwan and Hong Kong) and another sign each one error.',
    },
    'tr-en-zh-conventions/date-without-year-before-the-verb': {
      verdict: 'ok',
      fingerprint: '78f3a88fcd0e238a',
      note: 'Key 3月3日 with 将于 before 重新开业; day before month, date after the verb and 停业 (closes) each one error; 商店 and 本店 both neutral for "the shop".',
    },
    'tr-en-zh-conventions/enumeration-comma': {
      verdict: 'ok',
      fingerprint: 'e74ca188374fd380',
      note: 'Key 茶、咖啡和果汁; ， for 、, 、 before 和 (serial comma) and a changed item each one error.',
    },
    'tr-en-zh-conventions/full-date-year-month-day': {
      verdict: 'ok',
      fingerprint: '135cb29b5f712273',
      note: 'Key year-month-day with 年月日 (checked against Intl zh-CN by the key test); year last, day-month swapped and British day-month-year orders each a plain format error.',
    },
    'tr-en-zh-conventions/full-width-brackets': {
      verdict: 'ok',
      fingerprint: 'd86770a9abdbc356',
      note: 'Key （含增值税） in either position; half-width brackets, 不含 and 美元 each one error.',
    },
    'tr-en-zh-conventions/full-width-colon-and-exclamation': {
      verdict: 'ok',
      fingerprint: 'cc741b505bc8c6e6',
      note: 'Key full-width ： and ！ for a shop notice; half-width colon, half-width ! and 明天 each one error.',
    },
    'tr-en-zh-conventions/full-width-comma-and-stop': {
      verdict: 'ok',
      fingerprint: '53960f0f519c587d',
      note: 'Key all full-width; half-width comma, half-width stop and 自然日 for working days each one change of the key (mechanical ones proved by the key test).',
    },
    'tr-en-zh-conventions/middle-dot-in-foreign-names': {
      verdict: 'ok',
      fingerprint: 'cb76bdeda5b7f588',
      note: 'Names checked against the standard Xinhua transliterations by the key test; dot omitted, hyphen and surname first each one error.',
    },
    'tr-en-zh-conventions/no-spaces-between-words': {
      verdict: 'ok',
      fingerprint: 'bd6ed20aff18be15',
      note: 'Key without spaces; spaced version differs only by spaces (key test), 即将上市 and 下架 each one mistranslation.',
    },
    'tr-en-zh-conventions/pm-time-24-hour': {
      verdict: 'ok',
      fingerprint: '2ace9f43db040e19',
      note: 'Key 15:00 or 下午3时 (Intl zh-CN h23 form); 3:00 read as a.m., 3PM and 下午 with a 24-hour time each one error.',
    },
    'tr-en-zh-conventions/six-dot-ellipsis': {
      verdict: 'ok',
      fingerprint: 'c56183e839585aca',
      note: 'Key ……; single …, 。。。 and another action each one error. Most-similar rate 0.52, under the 0.75 cue line.',
    },
    'tr-en-zh-conventions/title-marks-for-a-book': {
      verdict: 'ok',
      fingerprint: 'c77f7417b9eae2d7',
      note: 'Titles checked (三体, 围城, 狼图腾 are the published Chinese titles); key 《》 with ？ and 您 to a client. Three distractor variants began 您有没有读过…吗, an A-not-A question closed by 吗 (a second error); replaced by 您看过, so quotation marks, < > and a half-width ？ are each the one error named.',
    },
    'tr-en-zh-conventions/wan-for-a-million': {
      verdict: 'ok',
      fingerprint: 'e161b607e87c3cae',
      note: 'Key 120万 etc. as CLDR zh-CN counts; 1.2百万, a tenth and ten times each one error; 截至…年底 correct for "by the end of".',
    },
    'tr-en-zh-conventions/wan-for-tens-of-thousands': {
      verdict: 'ok',
      fingerprint: '3d86217ccb9da370',
      note: 'Key 3.5万台 matches CLDR zh-CN compact; 35千 (not a Chinese count), 35万 (ten times) and the decimal comma each one error. Kept over the deleted population family.',
    },
    'tr-en-zh-conventions/yi-for-hundreds-of-millions': {
      verdict: 'ok',
      fingerprint: 'b25e20aa3c3fd751',
      note: 'Key 3.5亿元 as CLDR zh-CN counts; 350百万, ten times and 亿 read as 万 each one error.',
    },
    'tr-en-zh-conventions/yuan-after-the-amount': {
      verdict: 'ok',
      fingerprint: 'aa5350e4c2679c32',
      note: 'Key 80元 after 为 or 是; 元 before the figure, 美元 and ten times each one error; differs from the ¥ family in testing the position of 元 in running text.',
    },
    'tr-en-zh-conventions/yuan-sign-before-the-amount': {
      verdict: 'ok',
      fingerprint: '541943d65528fe32',
      note: 'Both ¥1,234.50 and 1,234.50元 accepted as keys (checked against Intl zh-CN CNY); ¥ after, decimal comma and a misread fen each one error.',
    },
    'tr-en-zh-grammar/ba-put-something-somewhere': {
      verdict: 'ok',
      fingerprint: '64b6bfdc7b278853',
      note: 'Key 把…放在桌子上; verb-object-place order, no 上, 被 and 椅子 each one error.',
    },
    'tr-en-zh-grammar/ba-with-a-result-cheng': {
      verdict: 'ok',
      fingerprint: '9834caae12cb74c5',
      note: 'Key 把…翻译成英文; 成 after the object without 把, no 成 and 中文 each one error.',
    },
    'tr-en-zh-grammar/bei-agent-before-the-verb': {
      verdict: 'ok',
      fingerprint: '00af91df33967066',
      note: 'Key 被同事误删了; agent after the verb, roles swapped and 保存 each one error.',
    },
    'tr-en-zh-grammar/bi-with-the-difference-after': {
      verdict: 'ok',
      fingerprint: 'a2cbe08ea7901338',
      note: 'Key 比去年高20%; difference before the adjective, English order and 低 each one error.',
    },
    'tr-en-zh-grammar/bi-without-hen': {
      verdict: 'ok',
      fingerprint: '93d99ad288b67da5',
      note: 'Key 比那款便宜; 很 after 比, English order and the comparison reversed each one error.',
    },
    'tr-en-zh-grammar/de-adverbial': {
      verdict: 'ok',
      fingerprint: 'd0e4445a5b24af5e',
      note: 'Key 仔细地核对 (or 仔细 without 地); 的 for 地, the adverb after the object and 删除 each one error.',
    },
    'tr-en-zh-grammar/de-of-degree': {
      verdict: 'ok',
      fingerprint: 'e78ae3ca36fd8e37',
      note: 'Key 说得很快; 的 and 地 for 得 (key test proves each a one-character change) and the adverb before the verb each one error.',
    },
    'tr-en-zh-grammar/duration-after-the-verb': {
      verdict: 'ok',
      fingerprint: '8dcba71d7a28c93d',
      note: 'Key 学了三年中文; duration first, 个年 and 英文 each one error.',
    },
    'tr-en-zh-grammar/frequency-after-the-verb': {
      verdict: 'ok',
      fingerprint: 'e433341aea3c8213',
      note: 'Key 每周去两次健身房; frequency after the object phrase, 二次 and the other period each one error.',
    },
    'tr-en-zh-grammar/guo-for-experience': {
      verdict: 'ok',
      fingerprint: '6fb294aba9574c2a',
      note: 'Key 去过…吗; 了, 着 and 过去 each one error.',
    },
    'tr-en-zh-grammar/hai-mei-not-yet': {
      verdict: 'ok',
      fingerprint: 'ae2d6bb1999e1413',
      note: 'Key 还没有处理; 没有…了, 还不 and 已经 each one error.',
    },
    'tr-en-zh-grammar/if-jiu-order': {
      verdict: 'ok',
      fingerprint: 'fd5426a894443ea0',
      note: 'Key 如果…，…就取消; if-clause after, 就 before the subject and 下雪 each one error.',
    },
    'tr-en-zh-grammar/keyi-for-permission': {
      verdict: 'ok',
      fingerprint: '349a4cd579e7d347',
      note: 'Wrong key fixed: two of its three variants were 我能不能…吗 and 我可不可以…吗, an A-not-A question closed by 吗, which is ungrammatical; the key is now 我可以/我能/请问我可以 用一下…吗. 会, 一下 after the object and 借走 each one error.',
    },
    'tr-en-zh-grammar/kuaiyao-le-about-to': {
      verdict: 'ok',
      fingerprint: '086768f02db8a382',
      note: 'Key 快要开了; no 了, 已经开了 and 到 each one error.',
    },
    'tr-en-zh-grammar/le-for-a-completed-action': {
      verdict: 'ok',
      fingerprint: '9a5cdc34280cca61',
      note: 'Key 已经…发给客户了 or 发给了客户; 已经 without 了 (incomplete as a completed action), progressive 在 and the 把 object swapped each one error.',
    },
    'tr-en-zh-grammar/le-ma-received': {
      verdict: 'ok',
      fingerprint: '7229231f67bd5629',
      note: 'Key 收到…了吗 or 是否已收到; 了没有吗, 呢 and an added 没 each one error.',
    },
    'tr-en-zh-grammar/measure-word-ba-for-chairs': {
      verdict: 'ok',
      fingerprint: '6e94e5d0d399d4b1',
      note: 'Key 把; 一张椅子 is attested standard usage, so the 张 distractor was defensible and is now 本 (books); 台, none and 会议室 each one error.',
    },
    'tr-en-zh-grammar/measure-word-ben-for-books': {
      verdict: 'ok',
      fingerprint: '57eab6bdaf31783d',
      note: 'Key 本 (measure table in the key test); 个, 张, none and 们 each one error.',
    },
    'tr-en-zh-grammar/measure-word-fen-for-contracts': {
      verdict: 'ok',
      fingerprint: '821760c2bd970625',
      note: 'Key 份; 只, 辆, none and 盖章 each one error.',
    },
    'tr-en-zh-grammar/measure-word-feng-for-letters': {
      verdict: 'ok',
      fingerprint: 'cac6dc02547cc58b',
      note: 'Key 封; 张, 条, none and 寄给 each one error.',
    },
    'tr-en-zh-grammar/measure-word-jia-for-companies': {
      verdict: 'ok',
      fingerprint: '2bad882728f1aa32',
      note: 'Key 家 (招标 and 投标 both fit the tender); 本, 条 and 退出 each one error.',
    },
    'tr-en-zh-grammar/measure-word-jian-for-shirts': {
      verdict: 'ok',
      fingerprint: 'd6aca595ff864291',
      note: 'Key 件; 条, 双, none and 卖 each one error.',
    },
    'tr-en-zh-grammar/measure-word-liang-for-cars': {
      verdict: 'ok',
      fingerprint: '0c49ec11ee6f70dc',
      note: 'Key 辆; 台 for cars is heard in speech (一台车), so that distractor was defensible and is now 架 (aircraft); 张 and 们 each one error.',
    },
    'tr-en-zh-grammar/measure-word-ming-for-engineers': {
      verdict: 'ok',
      fingerprint: 'f83529385b3e5253',
      note: 'Key 名; 们, 张, none and 辞退 each one error.',
    },
    'tr-en-zh-grammar/measure-word-tai-for-computers': {
      verdict: 'ok',
      fingerprint: 'ec425010d9b2a3ba',
      note: 'Key 两台; 二台, 张, none and 三 each one error.',
    },
    'tr-en-zh-grammar/measure-word-wei-for-guests': {
      verdict: 'ok',
      fingerprint: '2b06a9385b8ba285',
      note: 'Key 两位; 二位 is the accepted exception with 位 (您二位), so that distractor was defensible and is now the measure word omitted (两客人); 们, 本 and 办理退房 each one error.',
    },
    'tr-en-zh-grammar/measure-word-zhang-for-a-map-with-zhe': {
      verdict: 'ok',
      fingerprint: '9bfa0868e8e8ba36',
      note: 'Key 墙上挂着一张地图; 把, the measure after the noun and 过 each one error.',
    },
    'tr-en-zh-grammar/measure-word-zhang-for-tables': {
      verdict: 'ok',
      fingerprint: '27db51d205037d66',
      note: 'Key 张 for tables; 本, 辆 and none each one error.',
    },
    'tr-en-zh-grammar/mei-for-past-negation': {
      verdict: 'ok',
      fingerprint: '97977ca29e9187d7',
      note: 'Key 没(有)收到; 没有…了, 不 and 寄出 each one error.',
    },
    'tr-en-zh-grammar/meiyou-nama-not-as-as': {
      verdict: 'ok',
      fingerprint: '476fe756a6cba087',
      note: 'Key 没有…那么快; 不比 (no faster than, not "slower"), negation inside 比 and the adjective reversed each one error.',
    },
    'tr-en-zh-grammar/place-phrase-before-the-verb': {
      verdict: 'ok',
      fingerprint: '48640004ef8d4baf',
      note: 'Key 在北京的一家银行工作; 在 phrase after the verb, the places inverted and the other pronoun each one error.',
    },
    'tr-en-zh-grammar/potential-complement-bu-qing': {
      verdict: 'ok',
      fingerprint: '9eebaf1977dca982',
      note: 'Key 听不清楚; 不能听清楚, 不听清楚 and 看不清楚 each one error.',
    },
    'tr-en-zh-grammar/relative-clause-with-de-object': {
      verdict: 'ok',
      fingerprint: 'f84eb64d92f45050',
      note: 'Key 您发给我的报告; the clause after the noun, no 的 and the roles swapped each one error.',
    },
    'tr-en-zh-grammar/relative-clause-with-de-subject': {
      verdict: 'ok',
      fingerprint: 'eb7dc789bf757d69',
      note: 'Key 昨天打电话来的那位客户; 谁 calque, no 的 and 明天 each one error.',
    },
    'tr-en-zh-grammar/result-complement-wan': {
      verdict: 'ok',
      fingerprint: '824e60ea95efa2bd',
      note: 'Key 看完了; 看了 (no completion), 看到 and 完看 each one error.',
    },
    'tr-en-zh-grammar/separable-jianmian': {
      verdict: 'ok',
      fingerprint: 'e57e1065145ffc1d',
      note: 'Key 和客户见了面; 见面 with an object, 见面过 and 通了电话 each one error.',
    },
    'tr-en-zh-grammar/shi-de-for-a-past-detail': {
      verdict: 'ok',
      fingerprint: '037cb803dc80cf05',
      note: 'Key 是什么时候到…的; no 是…的 (reads as future), 了 inside 是…的 and 怎么 each one error.',
    },
    'tr-en-zh-grammar/shi-de-not-bei-for-a-neutral-passive': {
      verdict: 'ok',
      fingerprint: 'e1b056096b43a8a3',
      note: 'Key 是在中国制造的; 被, no 的 and 日本 each one error; 生产出来的 added to the key against the shortest-option rate (0.55).',
    },
    'tr-en-zh-grammar/suiran-danshi': {
      verdict: 'ok',
      fingerprint: 'c4e713203dd47963',
      note: 'Key 虽然…，但是…; 所以, 因为 and 很差 each one error.',
    },
    'tr-en-zh-grammar/time-phrase-before-the-verb': {
      verdict: 'ok',
      fingerprint: '53a464ed35482191',
      note: 'Key 明天下午三点 before the verb (key test checks the p.m. hour); time after the verb, small unit first and 上午 each one error.',
    },
    'tr-en-zh-grammar/you-for-there-is': {
      verdict: 'ok',
      fingerprint: 'b0280a3e8480bacb',
      note: 'Key 办公室里有三台打印机; English order, 是 for 有 and 把 each one error (办公区 for "office" in the distractors is itself acceptable, so one error each).',
    },
    'tr-en-zh-grammar/zhengzai-progressive': {
      verdict: 'ok',
      fingerprint: 'd6aaf79f86b52279',
      note: 'Key 正在测试; 正在…了, 已经…了 and 删除 each one error.',
    },
    'tr-en-zh-lexis/address-the-staff-jianghua': {
      verdict: 'ok',
      fingerprint: '506c71f49492bd79',
      note: 'Key 向全体员工讲话/致辞; 地址, 写信 and 解雇 each one error; longer variants of each distractor added against the longest-option rate (0.62).',
    },
    'tr-en-zh-lexis/annual-report-nianbao': {
      verdict: 'ok',
      fingerprint: '495eb83d07e48087',
      note: 'Key 年度报告; 年龄, 月度 and 年度预算 each one error.',
    },
    'tr-en-zh-lexis/app-yingyong-not-shenqing': {
      verdict: 'ok',
      fingerprint: '5e26c4bbb40528c6',
      note: 'Key 应用 for an app; 申请, 程序员 and 广告 each one error.',
    },
    'tr-en-zh-lexis/apply-for-a-visa-shenqing': {
      verdict: 'ok',
      fingerprint: '1363e8146ac071ce',
      note: 'Key 申请签证; 应用, 签名 for 签证 and 取消 each one error; kept beside job-application, which has other options and another object.',
    },
    'tr-en-zh-lexis/balance-yue': {
      verdict: 'ok',
      fingerprint: 'f3d46058f91c89c6',
      note: 'Key 账户余额不足/较低; 平衡, 密码 and 充足 each one error.',
    },
    'tr-en-zh-lexis/break-a-record-jilu': {
      verdict: 'ok',
      fingerprint: 'e8396e8e42645178',
      note: 'Key 打破了纪录 (纪录 for a best result, per the Xiandai Hanyu Cidian distinction); 记录, 破坏 and 保持 each one error.',
    },
    'tr-en-zh-lexis/catch-a-cold-ganmao': {
      verdict: 'ok',
      fingerprint: '10f458e2d5e9898c',
      note: 'Key 感冒了; 抓住了冷, 发烧 and 觉得冷 each one error.',
    },
    'tr-en-zh-lexis/chairman-dongshizhang': {
      verdict: 'ok',
      fingerprint: '73d4ac4d5e07391e',
      note: 'Key 董事长 for a company chairman; 椅子人, 总经理 and 秘书 each one error.',
    },
    'tr-en-zh-lexis/customer-service-kefu': {
      verdict: 'ok',
      fingerprint: 'f333ab76081928d9',
      note: 'Key 客服; 服役, 维修点 and 快递员 each one error.',
    },
    'tr-en-zh-lexis/deadline-jiezhi-riqi': {
      verdict: 'ok',
      fingerprint: 'd1e1607ad2656e52',
      note: 'Key 截止日期/最后期限; 死线 (slang), 开始日期 and 交付日期 each one error.',
    },
    'tr-en-zh-lexis/fill-in-the-form-tianxie': {
      verdict: 'ok',
      fingerprint: 'f70c5eb1bca1ae3d',
      note: 'Key 填写…表格; 充满, the homophone 表哥 and 打印 each one error.',
    },
    'tr-en-zh-lexis/free-shipping-mianfei': {
      verdict: 'ok',
      fingerprint: '022066992ab7978d',
      note: 'Key 免费送货/免运费/包邮; 自由, 免税 and 收取运费 each one error.',
    },
    'tr-en-zh-lexis/heavy-rain-dayu': {
      verdict: 'ok',
      fingerprint: 'c90b82a97f8db75f',
      note: 'Key 大雨; 重雨 calque, 小雨 and 大雪 each one error.',
    },
    'tr-en-zh-lexis/hot-topic-remen': {
      verdict: 'ok',
      fingerprint: 'd0a571a2542bb5a2',
      note: 'Key 热门话题/焦点话题/热议焦点; 热的话题, 冷门领域 and 热门歌曲 each one error; key variants without 热门 added against the most-similar rate (0.62).',
    },
    'tr-en-zh-lexis/human-resources-renli': {
      verdict: 'ok',
      fingerprint: '307f11664473c791',
      note: 'Key 人力资源部/人事部; 人类资源部, 财务部 and 人力资源局 each one error.',
    },
    'tr-en-zh-lexis/interest-lixi': {
      verdict: 'ok',
      fingerprint: '46fde73e8b188a00',
      note: 'Key 年利率/年息; 兴趣, 利润 and 税率 each one error.',
    },
    'tr-en-zh-lexis/job-application-shenqing': {
      verdict: 'ok',
      fingerprint: '52147030a64c0910',
      note: 'Key 申请…职位; 应用, 辞去 and 推荐 each one error.',
    },
    'tr-en-zh-lexis/learn-a-lesson-jiaoxun': {
      verdict: 'ok',
      fingerprint: '3ff878babe0370f0',
      note: 'Key 吸取了教训; 学了一课, 吸收 and 忘记 each one error.',
    },
    'tr-en-zh-lexis/make-a-decision-zuochu-jueding': {
      verdict: 'ok',
      fingerprint: 'a09c040cedfd0967',
      note: 'Key 作出/做出决定 (both accepted spellings); 制造决定, 采取决定 (采取 takes 措施) and 取消决定 each one error.',
    },
    'tr-en-zh-lexis/make-money-zhuanqian': {
      verdict: 'ok',
      fingerprint: '70c72d0a8245c58c',
      note: 'Key 赚钱/盈利; 做钱, 制造钱 and 亏钱 each one error.',
    },
    'tr-en-zh-lexis/open-an-account-kaihu': {
      verdict: 'ok',
      fingerprint: 'ed0938487431ee4e',
      note: 'Key 开户/开立账户; 打开账户, 关闭账户 and 开发票 each one error.',
    },
    'tr-en-zh-lexis/pay-attention-zhuyi': {
      verdict: 'ok',
      fingerprint: '7e90f59ff401086d',
      note: "Key 注意/留意/关注; 支付 or 付 calque, 付钱给 and 忽略 each one error; 多加留意 and 留意一下 added against the shortest-option rate (0.59), and the calque's name now covers 付.",
    },
    'tr-en-zh-lexis/raise-a-question-tichu': {
      verdict: 'ok',
      fingerprint: 'ea32bbc92c4b897d',
      note: 'Key 提出了同样的问题; 举起, 提高 and 回答 each one error; mirror of raise-prices, not a duplicate (other verb, other object).',
    },
    'tr-en-zh-lexis/raise-prices-tigao': {
      verdict: 'ok',
      fingerprint: 'fd717d84245fb051',
      note: 'Key 把价格提高5%; 举起, 提出 and 降低 each one error.',
    },
    'tr-en-zh-lexis/run-a-company-jingying': {
      verdict: 'ok',
      fingerprint: '6516b4ccddd19cff',
      note: 'Key 经营; 跑着, 创办 and 关闭 each one error.',
    },
    'tr-en-zh-lexis/shareholders-gudong': {
      verdict: 'ok',
      fingerprint: 'db54bb3d5cf58baf',
      note: 'Key 年度/临时股东大会; 分享者, 客户 and 董事 each one error.',
    },
    'tr-en-zh-lexis/sign-a-contract-qian': {
      verdict: 'ok',
      fingerprint: '549cce8dbb175e06',
      note: 'Key 签订/签署/签了合同; 签名了合同, 起草 and 解除 each one error.',
    },
    'tr-en-zh-lexis/strong-coffee-nong': {
      verdict: 'ok',
      fingerprint: '9bd702dee9475468',
      note: 'Key 浓咖啡/浓茶; 强, 淡 and 冰 each one error.',
    },
    'tr-en-zh-lexis/take-measures-caiqu-cuoshi': {
      verdict: 'ok',
      fingerprint: 'e247e4d9cd5b9da0',
      note: 'Key 采取措施; 拿了措施, 做措施 and 取消措施 each one error; answers vary with the city and the problem.',
    },
    'tr-en-zh-lexis/take-photos-paizhao': {
      verdict: 'ok',
      fingerprint: 'a05b94c7de82ff07',
      note: 'Key 禁止/不得/请勿拍照; 拿照片, 取照片 and 吸烟 each one error.',
    },
    'tr-en-zh-lexis/the-check-maidan': {
      verdict: 'ok',
      fingerprint: '8beb51a16daf01c7',
      note: 'Key 买单/结账; 支票, 检查 and 菜单 each one error.',
    },
    'tr-en-zh-lexis/trademark-shangbiao': {
      verdict: 'ok',
      fingerprint: '1dbdcbe8863c7034',
      note: 'Key 注册商标; 贸易标记, 商品 and 域名 each one error.',
    },
    'tr-en-zh-lexis/warranty-baoxiu': {
      verdict: 'ok',
      fingerprint: '8b23675658e246a7',
      note: 'Key 保修期; 保质期, 保险期 and 保证书 each one error.',
    },
    'tr-en-zh-register/apologise-for-the-inconvenience-jingqing': {
      verdict: 'ok',
      fingerprint: '0496c200ac62ae58',
      note: 'Key 不便之处，敬请谅解 family; English-order calque, 你 with 不好意思啦 and 敬请期待 each one error.',
    },
    'tr-en-zh-register/closing-cizhi-jingli': {
      verdict: 'ok',
      fingerprint: '1a2a109f9d906bd9',
      note: "Key 此致敬礼 or 顺颂商祺, the business-letter closings; calque, lovers' closing and a spoken goodbye each one error. Longer distractor variants added against the longest-option rate (0.55).",
    },
    'tr-en-zh-register/congratulations-on-your-promotion': {
      verdict: 'ok',
      fingerprint: '806715e1403dae4d',
      note: 'Key 恭喜您升职/荣升新职; 你, 推广 (marketing promotion) and 退休 each one error.',
    },
    'tr-en-zh-register/do-not-hesitate-to-contact-us': {
      verdict: 'ok',
      fingerprint: '3c0714cc633f33b6',
      note: 'Key 如有任何问题，请随时与我们联系; the calque variant that also dropped the if-clause (two errors) now keeps it (有任何问题，请不要犹豫联系我们); a spoken line and 请勿联系 each one error.',
    },
    'tr-en-zh-register/friend-ni-not-nin': {
      verdict: 'ok',
      fingerprint: '5f81d63ca9ee8a9f',
      note: 'Key 你 to a close friend (key test checks no 您); 您, 忙吗 (the question reversed) and 免费 each one error.',
    },
    'tr-en-zh-register/hello-everyone-dajia': {
      verdict: 'ok',
      fingerprint: '84f2f0b2042a9eb6',
      note: 'Key 大家好 or 各位同事，大家好 to a team; calque, 尊敬的先生 and 晚安 each one error.',
    },
    'tr-en-zh-register/idiom-ball-in-your-court': {
      verdict: 'ok',
      fingerprint: '396efccdc370ef18',
      note: 'Key "it is up to you now" with 您; the worst longest-option rate (0.68) was fixed by a short key (就看您的了) and longer literal, 你 and 与您无关 variants; each one error.',
    },
    'tr-en-zh-register/idiom-break-the-ice': {
      verdict: 'ok',
      fingerprint: 'ff593e75213808c4',
      note: 'Key 打破僵局/让大家放松下来/活跃气氛; 打破冰块 (ice cubes), 破釜沉舟 and 结束会议 each one error.',
    },
    'tr-en-zh-register/idiom-call-it-a-day': {
      verdict: 'ok',
      fingerprint: '4f069ffae13a65f0',
      note: 'Key 今天就到这里吧; literal 叫它一天, 加班 and 打电话 each one error.',
    },
    'tr-en-zh-register/idiom-cost-an-arm-and-a-leg': {
      verdict: 'ok',
      fingerprint: '49942e7df90b9b69',
      note: 'Key 花了一大笔钱/贵得要命; literal arm and leg, 很便宜 and an injury each one error.',
    },
    'tr-en-zh-register/idiom-hit-the-nail-on-the-head': {
      verdict: 'ok',
      fingerprint: '077a95b18f10bc01',
      note: 'Key 一针见血/说到了点子上 with 您; literal nail, 你 and 画龙点睛 each one error.',
    },
    'tr-en-zh-register/idiom-once-in-a-blue-moon': {
      verdict: 'ok',
      fingerprint: 'c6b311e0c7c3dadf',
      note: 'Key 很少/极少/难得来; literal blue moon, once a month, and "often or every day" (常来 added against the shortest-option rate 0.55) each one error.',
    },
    'tr-en-zh-register/idiom-piece-of-cake': {
      verdict: 'ok',
      fingerprint: '68b3ef89d628b96e',
      note: 'Key 小菜一碟/轻而易举; the cake kept, "very hard" and 画蛇添足 each one error.',
    },
    'tr-en-zh-register/idiom-spill-the-beans': {
      verdict: 'ok',
      fingerprint: '937d0c772f673eea',
      note: 'Key 泄露/透露…的秘密; beans kept, 打听 and 取消 each one error.',
    },
    'tr-en-zh-register/idiom-two-birds-one-stone': {
      verdict: 'ok',
      fingerprint: 'b70288bf8d7e0e78',
      note: 'Key 一举两得 or 一箭双雕, both standard; literal birds, 半途而废 and 三心二意 each one error.',
    },
    'tr-en-zh-register/idiom-under-the-weather': {
      verdict: 'ok',
      fingerprint: '453e992eea0ebf67',
      note: 'Key 有点不舒服; literal, a remark on the weather and "feeling well" each one error; 感觉很舒服 and 身体很舒服 added to the last against the least-similar rate (0.60).',
    },
    'tr-en-zh-register/look-forward-to-your-reply': {
      verdict: 'ok',
      fingerprint: '5878acc8b4b57500',
      note: 'Key 期待您的回复 or 盼复; calque 看向前, 你 and 付款 each one error.',
    },
    'tr-en-zh-register/nin-to-a-client-send-the-contract': {
      verdict: 'ok',
      fingerprint: '26ab2fb4c315704e',
      note: 'Key request with 您 (能否请您/请您/麻烦您); the bare request with 请您 ended in ？ was ungrammatical, so each option now carries its own punctuation (？ for a question, 。 otherwise); 你, a bare command and 发票 each one error.',
    },
    'tr-en-zh-register/please-confirm-by-friday-fanqing': {
      verdict: 'ok',
      fingerprint: '5687c702e22c13c8',
      note: 'Key 烦请…前确认 or 不胜感激; 欣赏 (admire), 你 and 以后 (after) each one error; 于周五前 renders "by".',
    },
    'tr-en-zh-register/please-find-attached-qing-chashou': {
      verdict: 'ok',
      fingerprint: 'c524d4d7ccedc3d7',
      note: 'Key 附上…请查收 (the standard email formula); 请找到 calque, 你看一下 and another document each one error.',
    },
    'tr-en-zh-register/salutation-zunjing-de': {
      verdict: 'ok',
      fingerprint: '9116a8f69fb04d82',
      note: 'Key 尊敬的王先生： (with or without 您好！) for a formal letter; 亲爱的老王, 嘿 and the other sex each one error; surnames and titles match the source.',
    },
    'tr-en-zh-register/sorry-to-bother-you-daraole': {
      verdict: 'ok',
      fingerprint: '1610f0a558f2da8c',
      note: 'Key 抱歉再次打扰您; 你, 麻烦事 calque and 欢迎再次光临 each one error.',
    },
    'tr-en-zh-register/thank-you-for-your-order-nin': {
      verdict: 'ok',
      fingerprint: 'cc0ddaf6d566ade5',
      note: 'Key 感谢您的订购 or 下单; 你, 命令 (order as command) and 询价 each one error. Most-similar rate 0.51.',
    },
    'tr-en-zh-register/wish-every-success-shunli': {
      verdict: 'ok',
      fingerprint: '95b001bcca05c4d6',
      note: 'Key 祝您项目顺利/圆满成功; 你, English-order calque and 早日康复 each one error.',
    },
  },
}
