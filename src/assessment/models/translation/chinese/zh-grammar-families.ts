import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Chinese (standard Chinese as written in mainland China, simplified characters):
 * grammar that does not transfer word for word (the measure word a noun takes after a number or
 * a demonstrative, 两 before a measure word, no plural 们 after a number, the aspect particles
 * 了, 过 and 着 and 正在, 没 for past negation, the 把 and 被 constructions, time and place
 * phrases before the verb, relative clauses closed by 的 before the noun, comparison with 比 and
 * 没有…那么, 是…的, the complements after 得 and of result and potential).
 */
export const ZH_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'measure-word-ben-for-books',
    source: 'We ordered ⟨3;5;8⟩ books for the library.',
    frame:
      '我们⟪给图书馆;为图书馆⟫⟪订了;订购了;一共订了⟫⟦⟨三;五;八⟩本书|⟨三;五;八⟩个书=measure word: the general 个 for 本 (bound volumes)|⟨三;五;八⟩张书=measure word: 张 (flat sheets) for 本|⟨三;五;八⟩书=measure word: omitted between the number and the noun|⟨三;五;八⟩本书们=number: plural 们 on a counted noun⟧。',
  },
  {
    id: 'measure-word-zhang-for-tables',
    source: 'The meeting room needs ⟨2;4;6⟩ more tables.',
    frame:
      '会议室⟪还需要;还要;还得添⟫⟦⟨两;四;六⟩张桌子|⟨两;四;六⟩本桌子=measure word: 本 (books) for 张 (flat surfaces)|⟨两;四;六⟩辆桌子=measure word: 辆 (vehicles) for 张|⟨两;四;六⟩桌子=measure word: omitted between the number and the noun⟧。',
  },
  {
    id: 'measure-word-liang-for-cars',
    source: 'The company bought ⟨3;5;10⟩ cars last year.',
    frame:
      '⟪公司去年;去年公司⟫⟪买了;购买了;购置了⟫⟦⟨三;五;十⟩辆汽车|⟨三;五;十⟩架汽车=measure word: 架 (aircraft) for 辆 (vehicles)|⟨三;五;十⟩张汽车=measure word: 张 (flat things) for 辆|⟨三;五;十⟩辆汽车们=number: plural 们 on a counted noun⟧。',
  },
  {
    id: 'measure-word-tai-for-computers',
    source: 'We need two ⟨computers;printers;servers⟩.',
    frame:
      '⟪我们;我们这边⟫⟪需要;还需要;得买⟫⟦两台⟨电脑;打印机;服务器⟩|二台⟨电脑;打印机;服务器⟩=form: 二 for 两 before a measure word|两张⟨电脑;打印机;服务器⟩=measure word: 张 (flat things) for 台 (machines)|两⟨电脑;打印机;服务器⟩=measure word: omitted between the number and the noun|三台⟨电脑;打印机;服务器⟩=mistranslation: "two" rendered as "three"⟧。',
  },
  {
    id: 'measure-word-feng-for-letters',
    source: 'I received ⟨3;4;6⟩ letters from the bank.',
    frame:
      '我⟦⟪收到了;收到⟫银行寄来的⟨三;四;六⟩封信|⟪收到了;收到⟫银行寄来的⟨三;四;六⟩张信=measure word: 张 (flat sheets) for 封 (letters)|⟪收到了;收到⟫银行寄来的⟨三;四;六⟩条信=measure word: 条 (long thin things) for 封|⟪收到了;收到⟫银行寄来的⟨三;四;六⟩信=measure word: omitted between the number and the noun|⟪寄给了;寄了⟫银行⟨三;四;六⟩封信=mistranslation: "received from" rendered as "sent to"⟧。',
  },
  {
    id: 'measure-word-jian-for-shirts',
    source: '⟨She;He;She⟩ bought ⟨2;3;5⟩ shirts online.',
    frame:
      '⟨她;他;她⟩⟪在网上;网上⟫⟦买了⟨两;三;五⟩件衬衫|买了⟨两;三;五⟩条衬衫=measure word: 条 (trousers, long things) for 件 (tops)|买了⟨两;三;五⟩双衬衫=measure word: 双 (pairs) for 件|买了⟨两;三;五⟩衬衫=measure word: omitted between the number and the noun|卖了⟨两;三;五⟩件衬衫=mistranslation: "bought" rendered as "sold"⟧。',
  },
  {
    id: 'measure-word-ba-for-chairs',
    source: 'Please bring ⟨2;4;6⟩ chairs to the office.',
    frame:
      '请⟦⟪拿;搬⟫⟨两;四;六⟩把椅子到办公室来|⟪拿;搬⟫⟨两;四;六⟩本椅子到办公室来=measure word: 本 (books) for 把 (chairs)|⟪拿;搬⟫⟨两;四;六⟩台椅子到办公室来=measure word: 台 (machines) for 把|⟪拿;搬⟫⟨两;四;六⟩椅子到办公室来=measure word: omitted between the number and the noun|⟪拿;搬⟫⟨两;四;六⟩把椅子到会议室来=mistranslation: "office" rendered as "meeting room"⟧。',
  },
  {
    id: 'measure-word-fen-for-contracts',
    source: 'Please sign these ⟨2;3;4⟩ contracts.',
    frame:
      '请⟪您;⟫⟦在这⟨两;三;四⟩份合同上签字|在这⟨两;三;四⟩只合同上签字=measure word: 只 (animals, one of a pair) for 份 (documents)|在这⟨两;三;四⟩辆合同上签字=measure word: 辆 (vehicles) for 份|在这⟨两;三;四⟩合同上签字=measure word: omitted between the number and the noun|在这⟨两;三;四⟩份合同上盖章=mistranslation: "sign" rendered as "stamp"⟧。',
  },
  {
    id: 'measure-word-jia-for-companies',
    source: '⟨3;5;7⟩ companies took part in the tender.',
    frame:
      '⟦⟪有;共有⟫⟨三;五;七⟩⟪家公司参加了;家企业参与了⟫⟪这次招标;招标⟫|⟪有;共有⟫⟨三;五;七⟩本企业参与了⟪这次投标;投标⟫=measure word: 本 (books) for 家 (companies)|⟪有;总共有⟫⟨三;五;七⟩条⟪公司参加了;企业参与了⟫⟪这次投标;招标⟫=measure word: 条 (long thin things) for 家|⟪有;总共有⟫⟨三;五;七⟩家⟪企业;公司⟫退出了⟪这次投标;招标⟫=mistranslation: "took part in" rendered as "withdrew from"⟧。',
  },
  {
    id: 'measure-word-ming-for-engineers',
    source: 'This year we hired ⟨5;8;12⟩ engineers.',
    frame:
      '⟪今年我们;我们今年⟫⟦⟪招了;招聘了;聘用了⟫⟨五;八;十二⟩名工程师|⟪招了;招聘了⟫⟨五;八;十二⟩名工程师们=number: plural 们 on a counted noun|⟪招了;招聘了⟫⟨五;八;十二⟩张工程师=measure word: 张 (flat things) for 名 (people by post)|⟪招了;招聘了⟫⟨五;八;十二⟩工程师=measure word: omitted between the number and the noun|⟪辞退了;解雇了⟫⟨五;八;十二⟩名工程师=mistranslation: "hired" rendered as "dismissed"⟧。',
  },
  {
    id: 'measure-word-wei-for-guests',
    source: 'Two guests are waiting in the lobby.',
    frame:
      '⟦⟪有两位客人;两位客人⟫⟪正在大厅;在大厅⟫等候|⟪有两客人;两客人⟫⟪正在大厅;在大厅⟫等候=measure word: omitted between the number and the noun|⟪有两位客人们;两位客人们⟫⟪正在大厅;在大厅⟫等候=number: plural 们 on a counted noun|⟪有两本客人;两本客人⟫⟪正在大厅;在大厅⟫等候=measure word: 本 (books) for 位 (people, politely)|⟪有两位客人;两位客人⟫⟪正在大厅;在大厅⟫办理退房=mistranslation: "waiting" rendered as "checking out"⟧。',
  },
  {
    id: 'measure-word-zhang-for-a-map-with-zhe',
    source: 'A map of the city hangs on the wall.',
    frame:
      '⟦墙上挂着一张⟪城市地图;本市地图;市区地图⟫|墙上挂着一把⟪城市地图;本市地图⟫=measure word: 把 (things with a handle) for 张|墙上挂着⟪城市地图;本市地图⟫一张=word order: the number and measure word after the noun|墙上挂过一张⟪城市地图;本市地图⟫=wrong aspect: 过 (once hung, no longer) for a lasting state⟧。',
  },
  {
    id: 'le-for-a-completed-action',
    source: 'I have already sent the ⟨invoice;quote;contract⟩ to the client.',
    frame:
      '我已经⟦⟪把⟨发票;报价单;合同⟩发给客户了;把⟨发票;报价单;合同⟩发给了客户⟫|把⟨发票;报价单;合同⟩发给客户=wrong aspect: no 了 for a completed action|⟪在把⟨发票;报价单;合同⟩发给客户;正在把⟨发票;报价单;合同⟩发给客户⟫=wrong aspect: progressive 在 or 正在 for a completed action|⟪把客户发给⟨发票;报价单;合同⟩了;把客户发给了⟨发票;报价单;合同⟩⟫=word order: the object of 把 and the recipient swapped⟧。',
  },
  {
    id: 'guo-for-experience',
    source: '[Email to a client] Have you ever been to ⟨Shanghai;Shenzhen;Chengdu⟩?',
    frame:
      '⟦您⟪以前;之前;⟫去过⟨上海;深圳;成都⟩吗|您⟪以前;之前;⟫去了⟨上海;深圳;成都⟩吗=wrong aspect: 了 (did you go this time) for 过 (ever been)|您⟪以前;之前;⟫去着⟨上海;深圳;成都⟩吗=wrong aspect: 着 (a lasting state) for 过|您⟪以前;之前;⟫过去⟨上海;深圳;成都⟩吗=word order: 过 before the verb (the aspect particle follows it)⟧？',
  },
  {
    id: 'mei-for-past-negation',
    source: 'We did not receive the ⟨payment;goods;samples⟩ last week.',
    frame:
      '⟪我们上周;上周我们⟫⟦⟪没有;没⟫收到⟨付款;货物;样品⟩|⟪没有;没⟫收到了⟨付款;货物;样品⟩=wrong aspect: 了 kept after 没有 (past negation drops it)|不收到⟨付款;货物;样品⟩=negation: 不 for a past event (needs 没)|⟪没有;没⟫寄出⟨付款;货物;样品⟩=mistranslation: "receive" rendered as "send"⟧。',
  },
  {
    id: 'hai-mei-not-yet',
    source: 'The ⟨invoice;order;refund⟩ has not been processed yet.',
    frame:
      '⟨这张发票;这个订单;这笔退款⟩⟦还没有⟪处理;得到处理;办理⟫|还没有⟪处理;得到处理⟫了=wrong aspect: 了 kept after 没有 (past negation drops it)|还不⟪处理;办理⟫=negation: 不 (will not) for 没 (has not yet)|已经⟪处理了;办理了⟫=mistranslation: "not yet" rendered as "already"⟧。',
  },
  {
    id: 'ba-put-something-somewhere',
    source: 'Please put the ⟨documents;samples;keys⟩ on the table.',
    frame:
      '请⟦把⟨文件;样品;钥匙⟩放在⟪桌子上;桌上⟫|放⟨文件;样品;钥匙⟩在⟪桌子上;桌上⟫=word order: the English verb–object–place order (needs 把)|把⟨文件;样品;钥匙⟩放在桌子=omission: the locative 上 after the place noun|被⟨文件;样品;钥匙⟩放在⟪桌子上;桌上⟫=voice: passive 被 for 把|把⟨文件;样品;钥匙⟩放在⟪椅子上;椅上⟫=mistranslation: "table" rendered as "chair"⟧。',
  },
  {
    id: 'ba-with-a-result-cheng',
    source: 'Please translate this ⟨paragraph;page;letter⟩ into English.',
    frame:
      '请⟦把这⟨段话;页内容;封信⟩⟪翻译成英文;译成英文⟫|⟪翻译;翻⟫这⟨段话;页内容;封信⟩成英语=word order: the result phrase with 成 after the object without 把|把这⟨段话;页内容;封信⟩⟪翻译英语;翻英语⟫=omission: the result complement 成|把这⟨段话;页内容;封信⟩⟪翻成中文;翻译成中文⟫=mistranslation: "into English" rendered as "into Chinese"⟧。',
  },
  {
    id: 'bei-agent-before-the-verb',
    source: 'The ⟨file;photo;spreadsheet⟩ was deleted by a colleague by mistake.',
    frame:
      '⟦那个⟨文件;照片;表格⟩被同事⟪误删了;不小心删了;删错了⟫|那个⟨文件;照片;表格⟩被⟪误删了;不小心删了⟫同事=word order: the agent after the verb (English by-phrase order)|同事被那个⟨文件;照片;表格⟩⟪误删了;不小心删了⟫=voice: agent and patient swapped|那个⟨文件;照片;表格⟩被同事⟪误存了;不小心保存了⟫=mistranslation: "deleted" rendered as "saved"⟧。',
  },
  {
    id: 'shi-de-not-bei-for-a-neutral-passive',
    source: 'This ⟨phone;machine;bag⟩ is made in China.',
    frame:
      '这⟨部手机;台机器;个包⟩⟦是在中国⟪制造;生产;生产出来⟫的|被在中国⟪生产出来;制造出来⟫=voice: the English passive calqued with 被|是在中国⟪生产出来;制造出来⟫=omission: the 的 that closes 是…的|是在日本⟪生产出来;制造⟫的=mistranslation: "China" rendered as "Japan"⟧。',
  },
  {
    id: 'time-phrase-before-the-verb',
    source: 'We will meet the client at ⟨3;4;5⟩ p.m. tomorrow.',
    frame:
      '我们⟦明天下午⟨三;四;五⟩点⟪和客户;跟客户;与客户⟫⟪见面;会面⟫|⟪跟客户;和客户⟫会面明天下午⟨三;四;五⟩点=word order: the time phrase after the verb|下午⟨三;四;五⟩点明天⟪跟客户;与客户⟫会面=word order: the smaller time unit before the larger|明天上午⟨三;四;五⟩点⟪跟客户;和客户⟫⟪会面;见面⟫=mistranslation: p.m. rendered as a.m.⟧。',
  },
  {
    id: 'place-phrase-before-the-verb',
    source: '⟨She;He⟩ works at a bank in ⟨Beijing;Shanghai⟩.',
    frame:
      '⟦⟨她;他⟩在⟨北京;上海⟩的一家银行⟪工作;上班⟫|⟨她;他⟩⟪工作;上班⟫在⟨北京;上海⟩的一家银行=word order: the 在 phrase after the verb|⟨她;他⟩在一家银行的⟨北京;上海⟩⟪工作;上班⟫=word order: the larger place after the smaller|⟨他;她⟩在⟨北京;上海⟩的一家银行⟪工作;上班⟫=pronoun: the third person of the other sex⟧。',
  },
  {
    id: 'relative-clause-with-de-subject',
    source: 'The client who called yesterday wants a quote.',
    frame:
      '⟦昨天打电话来的那位客户⟪想要一份报价;想要报价;需要一份报价⟫|那位客户谁昨天打电话来⟪想要一份报价;想要报价⟫=literal calque: "who" as the question word 谁 in a relative clause|昨天打电话来那位客户⟪想要一份报价;想要报价⟫=omission: the 的 that closes the relative clause|明天打电话来的那位客户⟪想要一份报价;想要报价⟫=mistranslation: "yesterday" rendered as "tomorrow"⟧。',
  },
  {
    id: 'relative-clause-with-de-object',
    source: 'The ⟨report;file;table⟩ that you sent me has an error.',
    frame:
      '⟦您发给我的⟨报告;文件;表格⟩⟪有一个错误;有一处错误;里有个错误⟫|⟨报告;文件;表格⟩您发给我的⟪有一个错误;有一处错误⟫=word order: the relative clause after the noun|您发给我⟨报告;文件;表格⟩⟪有一个错误;有一处错误⟫=omission: the 的 that closes the relative clause|我发给您的⟨报告;文件;表格⟩⟪有一个错误;有一处错误⟫=mistranslation: sender and recipient swapped⟧。',
  },
  {
    id: 'bi-without-hen',
    source: 'This model is ⟨cheaper;lighter;faster⟩ than that one.',
    frame:
      '⟪这款;这个型号⟫⟦比那款⟨便宜;轻;快⟩|比那个型号很⟨便宜;轻;快⟩=wrong comparison: 很 after 比 (needs 更 or nothing)|⟨便宜;轻;快⟩比那个型号=word order: the English "cheaper than" order|比⟪那个型号;那款⟫⟨贵;重;慢⟩=mistranslation: the comparison reversed⟧。',
  },
  {
    id: 'bi-with-the-difference-after',
    source: 'Sales this year are ⟨20;15;30⟩% higher than last year.',
    frame:
      '今年的⟪销售额;销量⟫⟦比去年高⟨20;15;30⟩%|比去年度⟨20;15;30⟩%高=word order: the difference before the adjective (it follows it)|高⟨20;15;30⟩%比去年度=word order: the English "higher than" order|比⟪去年度;去年⟫低⟨20;15;30⟩%=mistranslation: "higher" rendered as "lower"⟧。',
  },
  {
    id: 'meiyou-nama-not-as-as',
    source: 'The new version is not as ⟨fast;stable;simple⟩ as the old one.',
    frame:
      '新版本⟦没有旧版本那么⟨快;稳定;简单⟩|不比旧版本⟨快;稳定;简单⟩=wrong comparison: 不比 (no more … than) for "not as … as"|比旧版本不⟨快;稳定;简单⟩=wrong comparison: the negation inside a 比 comparison|没有旧版本那么⟨慢;不稳定;复杂⟩=mistranslation: the adjective reversed⟧。',
  },
  {
    id: 'shi-de-for-a-past-detail',
    source: '[Email to a client] When did you arrive in ⟨Beijing;Guangzhou;Hangzhou⟩?',
    frame:
      '⟦您是什么时候⟪到;抵达;来⟫⟨北京;广州;杭州⟩的|您什么时候⟪来;到达⟫⟨北京;广州;杭州⟩=wrong tense: no 是…的, read as an arrival still to come|您是什么时候⟪来;到达⟫了⟨北京;广州;杭州⟩的=wrong aspect: 了 inside 是…的|您是怎么⟪来;到达;到⟫⟨北京;广州;杭州⟩的=mistranslation: "when" rendered as "how"⟧？',
  },
  {
    id: 'duration-after-the-verb',
    source: 'I studied Chinese for ⟨3;2;5⟩ years.',
    frame:
      '我⟦⟪学了⟨三;两;五⟩年中文;学中文学了⟨三;两;五⟩年⟫|⟨三;两;五⟩年学了中文=word order: the duration before the verb|学了⟨三;两;五⟩个年中文=measure word: 个 with 年 (a measure word itself)|学了⟨三;两;五⟩年英文=mistranslation: "Chinese" rendered as "English"⟧。',
  },
  {
    id: 'frequency-after-the-verb',
    source: 'I go to the gym twice a ⟨week;month⟩.',
    frame:
      '我⟦每⟨周;月⟩⟪去两次健身房;去健身房两次;去两次健身中心⟫|⟪去健身房;去健身中心⟫每⟨周;月⟩两次=word order: the time phrase after the verb|每⟨周;月⟩⟪去二次健身中心;去健身中心二次;去二次健身房⟫=form: 二 for 两 before a measure word|每⟨月;周⟩⟪去两次健身中心;去健身中心两次⟫=mistranslation: the period of the other length⟧。',
  },
  {
    id: 'de-of-degree',
    source: '⟨She;He;She⟩ speaks Chinese very ⟨quickly;fluently;clearly⟩.',
    frame:
      '⟨她;他;她⟩⟦中文说得很⟨快;流利;清楚⟩|中文说的很⟨快;流利;清楚⟩=spelling: 的 for 得 (the complement of degree)|中文说地很⟨快;流利;清楚⟩=spelling: 地 for 得|中文很⟨快;流利;清楚⟩说=word order: the adverb before the verb (needs a complement with 得)⟧。',
  },
  {
    id: 'de-adverbial',
    source: 'Please check the ⟨data;figures;addresses⟩ carefully.',
    frame:
      '请⟦⟪仔细地;认真地;仔细⟫核对⟨数据;数字;地址⟩|仔细的核对⟨数据;数字;地址⟩=spelling: 的 for 地 (before a verb)|核对⟨数据;数字;地址⟩⟪仔细;认真⟫=word order: the adverb after the object|⟪仔细地;认真地⟫删除⟨数据;数字;地址⟩=mistranslation: "check" rendered as "delete"⟧。',
  },
  {
    id: 'if-jiu-order',
    source: 'If it rains tomorrow, the ⟨event;concert;match⟩ will be cancelled.',
    frame:
      '⟦⟪如果;假如⟫明天下雨，⟨活动;音乐会;比赛⟩就⟪取消;会取消⟫|⟨活动;音乐会;比赛⟩就⟪取消;会取消⟫，⟪要是;假如⟫明天下雨=word order: the if-clause after the main clause with 就|⟪要是;假如⟫明天下雨，就⟨活动;音乐会;比赛⟩⟪取消;会取消⟫=word order: 就 before the subject (it goes before the verb)|⟪要是;如果⟫明天下雪，⟨活动;音乐会;比赛⟩就⟪会取消;要取消⟫=mistranslation: "rains" rendered as "snows"⟧。',
  },
  {
    id: 'suiran-danshi',
    source: 'Although the price is ⟨high;higher⟩, the quality is very good.',
    frame:
      '⟦虽然价格⟨高;较高⟩，⟪但是;但⟫⟪质量很好;质量非常好⟫|虽然价格⟨高;较高⟩，所以⟪品质很好;质量不错⟫=wrong conjunction: 所以 (so) for 但是|因为价格⟨高;较高⟩，⟪但是;但⟫⟪品质很好;质量不错⟫=wrong conjunction: 因为 (because) for 虽然|虽然价格⟨高;较高⟩，⟪但是;但⟫⟪品质很差;质量很差⟫=mistranslation: "very good" rendered as "very poor"⟧。',
  },
  {
    id: 'le-ma-received',
    source: '[Email to a client] Did you receive my ⟨email;parcel;invoice⟩?',
    frame:
      '⟦⟪您收到我的⟨邮件;包裹;发票⟩了吗;我的⟨邮件;包裹;发票⟩您收到了吗;您是否已收到我的⟨邮件;包裹;发票⟩⟫|⟪您收到我的⟨邮件;包裹;发票⟩了没有吗;我的⟨邮件;包裹;发票⟩您收到了没有吗⟫=form: 吗 after a question already asked with 没有|⟪您收到我的⟨邮件;包裹;发票⟩了呢;我的⟨邮件;包裹;发票⟩您收到了呢⟫=form: 呢 for 吗 in a yes–no question|⟪您没收到我的⟨邮件;包裹;发票⟩吗;我的⟨邮件;包裹;发票⟩您没收到吗⟫=negation: a 没 the source does not have⟧？',
  },
  {
    id: 'you-for-there-is',
    source: 'There are ⟨3;4;5⟩ printers in the office.',
    frame:
      '⟦⟪办公室里有⟨三;四;五⟩台打印机;办公室里共有⟨三;四;五⟩台打印机;办公室有⟨三;四;五⟩台打印机⟫|⟪有⟨三;四;五⟩台打印机在办公区里;共有⟨三;四;五⟩台打印机在办公室里⟫=word order: the English "there is … in" order|⟪办公区里是⟨三;四;五⟩台打印机;办公区是⟨三;四;五⟩台打印机⟫=wrong verb: 是 for the existential 有|⟪办公区里有⟨三;四;五⟩把打印机;办公区共有⟨三;四;五⟩把打印机⟫=measure word: 把 (things with a handle) for 台 (machines)⟧。',
  },
  {
    id: 'zhengzai-progressive',
    source: 'We are currently testing the new ⟨version;app;website⟩.',
    frame:
      '我们⟦⟪正在;目前正在;现在正在⟫测试新⟨版本;应用;网站⟩|正在测试了新⟨版本;应用;网站⟩=wrong aspect: 了 with the progressive 正在|已经测试了新⟨版本;应用;网站⟩=wrong aspect: completed 已经…了 for an action in progress|⟪正在;目前正在⟫删除新⟨版本;应用;网站⟩=mistranslation: "testing" rendered as "deleting"⟧。',
  },
  {
    id: 'kuaiyao-le-about-to',
    source: 'The ⟨train;bus;ferry⟩ is about to leave.',
    frame:
      '⟨火车;大巴;渡轮⟩⟦⟪快要开了;马上就要开了;就要开了⟫|⟪快要开;马上就要开⟫=omission: the 了 that closes 快要 or 就要|已经开了=mistranslation: "about to leave" rendered as "has left"|⟪快要到了;马上就要到了⟫=mistranslation: "leave" rendered as "arrive"⟧。',
  },
  {
    id: 'separable-jianmian',
    source: 'I met the ⟨client;supplier;lawyer⟩ yesterday.',
    frame:
      '我昨天⟦⟪和;跟;与⟫⟨客户;供应商;律师⟩见了面|见面了⟨客户;供应商;律师⟩=wrong form: 见面 given an object (needs 和…见面)|⟪和;跟⟫⟨客户;供应商;律师⟩见面过=wrong form: 过 after the whole of 见面 (it goes inside: 见过面)|⟪和;跟⟫⟨客户;供应商;律师⟩通了电话=mistranslation: "met" rendered as "phoned"⟧。',
  },
  {
    id: 'result-complement-wan',
    source: 'I have finished reading the ⟨report;contract;manual⟩.',
    frame:
      '我⟦⟪已经看完了那份⟨报告;合同;手册⟩;已经把那份⟨报告;合同;手册⟩看完了⟫|已经看了那份⟨报告;合同;手册⟩=omission: the result complement 完 (only "read some of")|已经看到了那份⟨报告;合同;手册⟩=wrong form: 到 (caught sight of) for 完 (finished)|已经完看了那份⟨报告;合同;手册⟩=word order: 完 before the verb⟧。',
  },
  {
    id: 'potential-complement-bu-qing',
    source: "[Phone call with a client] I can't hear you clearly.",
    frame:
      '⟦我听不清楚您⟪说的话;的声音⟫|我不能听清楚您⟪说的话;的声音⟫=wrong modal: 不能 (not allowed) for the potential complement 听不清|我不听清楚您⟪说的话;的声音⟫=negation: 不 before the verb for the potential complement|我看不清楚您⟪说的话;的声音⟫=mistranslation: "hear" rendered as "see"⟧。',
  },
  {
    id: 'keyi-for-permission',
    source: '[To a client] May I use your ⟨phone;charger;pen⟩ for a moment?',
    frame:
      '⟦⟪我可以;我能;请问我可以⟫用一下您的⟨电话;充电器;笔⟩吗|我会用一下您的⟨电话;充电器;笔⟩吗=wrong modal: 会 (a learned skill) for 可以 (permission)|⟪我可以;请问我能⟫用您的⟨电话;充电器;笔⟩一下吗=word order: 一下 after the object (it follows the verb)|⟪请问我能;我可以⟫借走您的⟨电话;充电器;笔⟩吗=mistranslation: "use for a moment" rendered as "take away"⟧？',
  },
]
