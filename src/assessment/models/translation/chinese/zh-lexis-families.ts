import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Chinese: calques that render an English verb or adjective by its first dictionary
 * sense (each wrong reading a real Chinese word of another meaning), collocations Chinese builds
 * with another verb or adjective than English, and set business terms.
 */
export const ZH_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'make-a-decision-zuochu-jueding',
    source: 'The board will make a decision ⟨next week;this month;on Friday⟩.',
    frame:
      '董事会将于⟨下周;本月;周五⟩⟦⟪作出决定;做出决定;作出决议⟫|制造决定=literal calque: "make" as 制造 (manufacture)|采取决定=wrong verb: 采取 (which takes 措施) for 作出|取消决定=mistranslation: "make" rendered as "cancel"⟧。',
  },
  {
    id: 'take-measures-caiqu-cuoshi',
    source: 'The city has taken measures to reduce ⟨traffic;pollution;noise⟩.',
    frame:
      '⟪该市;市政府⟫已⟦采取措施|拿了措施=literal calque: "take" as 拿 (pick up)|做措施=wrong verb: 做 (do) for 采取 with 措施|取消措施=mistranslation: "taken" rendered as "cancelled"⟧⟪减少;降低⟫⟨交通拥堵;污染;噪音⟩。',
  },
  {
    id: 'raise-a-question-tichu',
    source: 'Several ⟨customers;readers;users⟩ raised the same question.',
    frame:
      '⟪好几位;有几位⟫⟨客户;读者;用户⟩⟦提出了同样的问题|举起了同样的问题=literal calque: "raise" as 举起 (lift up)|提高了同样的问题=wrong verb: 提高 (raise a level) for 提出|回答了同样的问题=mistranslation: "raised" rendered as "answered"⟧。',
  },
  {
    id: 'raise-prices-tigao',
    source: 'The supplier will raise prices by ⟨5;8;10⟩% next year.',
    frame:
      '供应商明年将⟦把价格提高⟨5;8;10⟩%|把价格举起⟨5;8;10⟩%=literal calque: "raise" as 举起 (lift up)|把价格提出⟨5;8;10⟩%=wrong verb: 提出 (raise a question) for 提高|把价格降低⟨5;8;10⟩%=mistranslation: "raise" rendered as "lower"⟧。',
  },
  {
    id: 'pay-attention-zhuyi',
    source: 'Please pay attention to the ⟨safety instructions;deadline;dosage⟩.',
    frame:
      '请⟦⟪注意;留意;关注;多加留意;留意一下⟫⟨安全说明;截止日期;用量⟩|⟪支付注意;付注意;务必支付注意⟫⟨安全说明;截止日期;用量⟩=literal calque: "pay" as 支付 or 付 (pay money)|⟪付钱给;务必付钱给⟫⟨安全说明;截止日期;用量⟩=literal calque: "pay" as 付钱 (hand over money)|⟪忽略;忽视;不必注意⟫⟨安全说明;截止日期;用量⟩=mistranslation: "pay attention to" rendered as "ignore"⟧。',
  },
  {
    id: 'take-photos-paizhao',
    source: 'Visitors may not take photos in the ⟨museum;factory;gallery⟩.',
    frame:
      '⟨博物馆;工厂;展厅⟩内⟦⟪禁止拍照;不得拍照;请勿拍照⟫|⟪禁止拿照片;请勿拿照片⟫=literal calque: "take" as 拿 (carry)|⟪禁止取照片;不得取照片⟫=literal calque: "take" as 取 (collect prints)|⟪禁止吸烟;不得吸烟⟫=mistranslation: "take photos" rendered as "smoke"⟧。',
  },
  {
    id: 'heavy-rain-dayu',
    source: 'Heavy rain is expected ⟨tomorrow;tonight;this weekend⟩.',
    frame:
      '⟨明天;今晚;本周末⟩⟪预计;预计将⟫⟪有;会有⟫⟦大雨|重雨=literal calque: "heavy" as 重 (weighty)|小雨=mistranslation: "heavy" rendered as "light"|大雪=mistranslation: "rain" rendered as "snow"⟧。',
  },
  {
    id: 'strong-coffee-nong',
    source: "I'd like a strong ⟨coffee;tea⟩, please.",
    frame:
      '⟪请给我;麻烦给我⟫一杯⟦浓⟨咖啡;茶⟩|强⟨咖啡;茶⟩=literal calque: "strong" as 强 (powerful)|淡⟨咖啡;茶⟩=mistranslation: "strong" rendered as "weak"|冰⟨咖啡;茶⟩=mistranslation: "strong" rendered as "iced"⟧。',
  },
  {
    id: 'catch-a-cold-ganmao',
    source: '⟨My colleague;My manager⟩ caught a cold and is off today.',
    frame:
      '⟨我同事;我的经理⟩⟦⟪感冒了;着凉感冒了⟫|抓住了冷=literal calque: "catch a cold" word for word|⟪发烧了;发高烧了⟫=mistranslation: "a cold" rendered as "a fever"|⟪觉得冷;觉得很冷⟫=mistranslation: "caught a cold" rendered as "feels cold"⟧，今天⟪请假了;没来上班⟫。',
  },
  {
    id: 'break-a-record-jilu',
    source: 'Our online sales broke the record ⟨in March;in May;last month⟩.',
    frame:
      '⟨三月;五月;上个月⟩我们的⟪线上销售额;网上销售额⟫⟦打破了纪录|打破了记录=spelling: 记录 (a written record, minutes) for 纪录 (a best result)|破坏了纪录=wrong verb: 破坏 (damage) for 打破|保持了纪录=mistranslation: "broke" rendered as "held"⟧。',
  },
  {
    id: 'hot-topic-remen',
    source: 'Artificial intelligence is a hot topic ⟨this year;in the industry;at the conference⟩.',
    frame:
      '人工智能是⟨今年的;业内的;本次大会的⟩⟦⟪热门话题;热议焦点;焦点话题;一大热门话题⟫|⟪热的话题;一个热的话题⟫=literal calque: "hot" as 热的 (high temperature)|⟪冷门领域;一个冷门领域⟫=mistranslation: "hot topic" rendered as "niche field"|⟪热门歌曲;一首热门的歌曲⟫=mistranslation: "topic" rendered as "song"⟧。',
  },
  {
    id: 'sign-a-contract-qian',
    source: 'The two companies signed the contract ⟨yesterday;on Monday;last week⟩.',
    frame:
      '两家公司⟨昨天;周一;上周⟩⟦⟪签订了;签署了;签了⟫合同|签名了合同=wrong verb: 签名 (write one\'s name) given the contract as its object|起草了合同=mistranslation: "signed" rendered as "drafted"|解除了合同=mistranslation: "signed" rendered as "terminated"⟧。',
  },
  {
    id: 'deadline-jiezhi-riqi',
    source: 'The deadline for applications is ⟨Friday;the end of the month;15 May⟩.',
    frame:
      '申请的⟦⟪截止日期;最后期限⟫|死线=literal calque: "deadline" as 死线 (dead line), slang not written in business texts|开始日期=mistranslation: "deadline" rendered as "start date"|交付日期=mistranslation: "deadline" rendered as "delivery date"⟧是⟨周五;月底;5月15日⟩。',
  },
  {
    id: 'free-shipping-mianfei',
    source: 'Free shipping on orders over ⟨99;199;299⟩ yuan.',
    frame:
      '订单满⟨99;199;299⟩元⟦⟪即可免费送货;可享免运费;即可包邮;包邮⟫|⟪即可自由送货;可自由送货⟫=false friend: 自由 is "free" as in liberty|⟪即可免税;可享免税⟫=mistranslation: "free shipping" rendered as "tax-free"|⟪需收取运费;即收取运费⟫=mistranslation: "free" rendered as "charged"⟧。',
  },
  {
    id: 'open-an-account-kaihu',
    source: 'You can open an account at any ⟨branch;of our branches⟩.',
    frame:
      '您可以在⟪任何一家;任意一家⟫⟨网点;我行网点⟩⟦⟪开户;开立账户;开设账户⟫|打开账户=literal calque: "open" as 打开 (open a lid or a file)|关闭账户=mistranslation: "open" rendered as "close"|开发票=mistranslation: "open an account" rendered as "issue an invoice"⟧。',
  },
  {
    id: 'run-a-company-jingying',
    source: '⟨Her;His⟩ father runs a small company.',
    frame:
      '⟨她;他⟩父亲⟦⟪经营着;经营⟫一家小公司|跑着一家小公司=literal calque: "run" as 跑 (run on foot)|⟪创办了;开办了⟫一家小公司=mistranslation: "runs" rendered as "founded"|⟪关闭了;关掉了⟫一家小公司=mistranslation: "runs" rendered as "closed"⟧。',
  },
  {
    id: 'fill-in-the-form-tianxie',
    source: 'Please fill in the ⟨registration;application;customs⟩ form.',
    frame:
      '⟦⟪请填写;请填好;麻烦您填写⟫⟨登记;申请;报关⟩表格|⟪麻烦您充满;请充满⟫⟨登记;申请;报关⟩表格=literal calque: "fill" as 充满 (fill up, be full of)|⟪麻烦;请⟫填写⟨登记;申请;报关⟩表哥=spelling: 表哥 (a cousin), a homophone of 表格|⟪麻烦您打印;请打印⟫⟨登记;申请;报关⟩表格=mistranslation: "fill in" rendered as "print"⟧。',
  },
  {
    id: 'make-money-zhuanqian',
    source: 'The shop started to make money in its ⟨second;third⟩ year.',
    frame:
      '这家店⟪从第⟨二;三⟩年开始;从第⟨二;三⟩年起;在第⟨二;三⟩年开始⟫⟦⟪赚钱;盈利⟫|做钱=literal calque: "make" as 做 (do)|制造钱=literal calque: "make" as 制造 (manufacture), read as forging money|亏钱=mistranslation: "make money" rendered as "lose money"⟧。',
  },
  {
    id: 'learn-a-lesson-jiaoxun',
    source: 'We have learned a lesson from this ⟨mistake;incident;delay⟩.',
    frame:
      '我们⟪从这次;已从这次⟫⟨错误;事故;延误⟩中⟦吸取了教训|学了一课=literal calque: "learn a lesson" as attending a class|吸收了教训=wrong verb: 吸收 (absorb nutrients) for 吸取|忘记了教训=mistranslation: "learned" rendered as "forgot"⟧。',
  },
  {
    id: 'apply-for-a-visa-shenqing',
    source: 'You must apply for a visa ⟨two weeks;one month⟩ before travelling.',
    frame:
      '⟦您⟪必须;需要⟫在出行前⟨两周;一个月⟩申请签证|您务必在出行前⟨两周;一个月⟩应用签证=false friend: 应用 is "apply" a method or tool|您⟪务必;需要⟫在出发前⟨两周;一个月⟩申请签名=mistranslation: 签名 (signature) for 签证 (visa)|您⟪务必;必须⟫在出发前⟨两周;一个月⟩取消签证=mistranslation: "apply for" rendered as "cancel"⟧。',
  },
  {
    id: 'app-yingyong-not-shenqing',
    source: 'Download our ⟨new;free;official⟩ app to track your order.',
    frame:
      '⟪下载;请下载⟫我们的⟨新;免费;官方⟩⟦应用|申请=false friend: 申请 is an application for a visa or a post|程序员=mistranslation: "app" rendered as "programmer"|广告=mistranslation: "app" rendered as "advertisement"⟧，⟪跟踪;追踪;查询⟫您的订单。',
  },
  {
    id: 'job-application-shenqing',
    source:
      '[Email to a candidate] Thank you for your application for the ⟨designer;accountant;translator⟩ position.',
    frame:
      '感谢您⟦申请⟨设计师;会计;翻译⟩⟪职位;一职⟫|应用⟨设计师;会计;翻译⟩⟪职位;一职⟫=false friend: 应用 is "apply" a method or tool|辞去⟨设计师;会计;翻译⟩⟪职位;一职⟫=mistranslation: "applying for" rendered as "resigning from"|推荐⟨设计师;会计;翻译⟩⟪职位;一职⟫=mistranslation: "application" rendered as "recommendation"⟧。',
  },
  {
    id: 'the-check-maidan',
    source: '[In a restaurant] Could we have the check, please?',
    frame:
      '⟪服务员，;你好，⟫⟦⟪我们买单;我们结账;请给我们结账⟫|请给我们支票=false friend: 支票 is a bank cheque|请给我们检查=literal calque: "check" as 检查 (inspect)|请给我们菜单=mistranslation: "the check" rendered as "the menu"⟧。',
  },
  {
    id: 'interest-lixi',
    source: 'The loan carries ⟨4;5;6⟩% interest a year.',
    frame:
      '这笔贷款的⟦⟪年利率为;年息为;年利率是⟫⟨4;5;6⟩%|年兴趣⟪是;达⟫⟨4;5;6⟩%=false friend: 兴趣 is "interest" as curiosity|年利润⟪是;达⟫⟨4;5;6⟩%=mistranslation: "interest" rendered as "profit"|年税率⟪是;为⟫⟨4;5;6⟩%=mistranslation: "interest" rendered as "tax rate"⟧。',
  },
  {
    id: 'balance-yue',
    source: 'Your account balance is low.',
    frame:
      '⟪您的;您⟫⟦账户余额⟪不足;较低;偏低⟫|账户平衡⟪不足;较低⟫=false friend: 平衡 is "balance" as equilibrium|账户密码⟪不足;较低⟫=mistranslation: "balance" rendered as "password"|账户余额⟪充足;很多⟫=mistranslation: "low" rendered as "ample"⟧。',
  },
  {
    id: 'chairman-dongshizhang',
    source: 'The chairman of ⟨the company;the group⟩ will attend the ceremony.',
    frame:
      '⟨公司;集团⟩⟦董事长|椅子人=literal calque: "chairman" as chair plus man|总经理=mistranslation: "chairman" rendered as "general manager"|秘书=mistranslation: "chairman" rendered as "secretary"⟧⟪将出席;将会出席;会出席⟫仪式。',
  },
  {
    id: 'human-resources-renli',
    source: 'Please send your CV to the Human Resources Department.',
    frame:
      '请将您的简历⟪发送;发⟫⟪至;到;给⟫⟦⟪人力资源部;人事部;人力资源部门⟫|人类资源部=literal calque: "human" as 人类 (mankind)|财务部=mistranslation: "Human Resources" rendered as "Finance"|人力资源局=mistranslation: a company department rendered as a government bureau⟧。',
  },
  {
    id: 'shareholders-gudong',
    source: 'The ⟨annual;general;extraordinary⟩ meeting of shareholders will be held in May.',
    frame:
      '⟨年度;全体;临时⟩⟦股东大会|分享者大会=literal calque: "share" as 分享 (share with others)|客户大会=mistranslation: "shareholders" rendered as "customers"|董事大会=mistranslation: "shareholders" rendered as "directors"⟧将于5月召开。',
  },
  {
    id: 'trademark-shangbiao',
    source: 'This logo is our registered trademark.',
    frame:
      '⟪这个;该⟫标志是⟪我们的;我公司的;本公司的⟫⟦注册商标|注册贸易标记=literal calque: "trademark" as trade plus mark|注册商品=mistranslation: "trademark" rendered as "goods"|注册域名=mistranslation: "trademark" rendered as "domain name"⟧。',
  },
  {
    id: 'warranty-baoxiu',
    source:
      'The ⟨washing machine;fridge;laptop⟩ comes with a ⟨two-year;three-year;one-year⟩ warranty.',
    frame:
      '⟨洗衣机;冰箱;笔记本电脑⟩⟦⟪保修期为⟨两;三;一⟩年;保修期⟨两;三;一⟩年;享受⟨两;三;一⟩年保修⟫|保质期为⟨两;三;一⟩年=mistranslation: "warranty" rendered as "shelf life"|保险期为⟨两;三;一⟩年=mistranslation: "warranty" rendered as "insurance cover"|保证书为⟨两;三;一⟩年=literal calque: "warranty" as a written pledge⟧。',
  },
  {
    id: 'address-the-staff-jianghua',
    source: 'The ⟨CEO;president;founder⟩ will address the staff at 10 a.m.',
    frame:
      '⟨首席执行官;总裁;创始人⟩将于上午10点⟦向全体员工⟪讲话;发表讲话;致辞⟫|⟪给全体员工地址;给全体员工发送地址⟫=false friend: 地址 is "address" as a postal address|⟪向全体员工写信;给全体员工写一封公开信⟫=mistranslation: "address" rendered as "write to"|⟪解雇全体员工;宣布解雇全体员工⟫=mistranslation: "address" rendered as "dismiss"⟧。',
  },
  {
    id: 'customer-service-kefu',
    source: 'Please contact customer service if the ⟨parcel;item;order⟩ is damaged.',
    frame:
      '如果⟨包裹;商品;订单⟩⟪有损坏;受损⟫，请⟪联系;联络⟫⟦⟪客服;客服部门;客户服务中心⟫|顾客服役=false friend: 服役 is "service" as military service|售后维修点=mistranslation: "customer service" rendered as "repair shop"|快递员=mistranslation: "customer service" rendered as "the courier"⟧。',
  },
  {
    id: 'annual-report-nianbao',
    source: 'The company published its annual report for ⟨2025;2024⟩.',
    frame:
      '⟪公司;该公司⟫⟪发布了;公布了⟫⟨2025;2024⟩⟦年度报告|年龄报告=mistranslation: 年龄 (age) for 年度 (year)|月度报告=mistranslation: "annual" rendered as "monthly"|年度预算=mistranslation: "report" rendered as "budget"⟧。',
  },
]
