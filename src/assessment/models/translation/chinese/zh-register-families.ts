import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Chinese (mainland China): register (您 or 你 as the bracketed context in the source
 * says, 您 to a client and 你 to a friend, 大家 or 各位 to a team), letter and email formulas as
 * Chinese business correspondence writes them (尊敬的, 敬请, 此致敬礼, 请查收, 如有任何问题), and
 * English idioms rendered by meaning, with a Chinese set phrase where one fits.
 */
export const ZH_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'salutation-zunjing-de',
    source: '[Formal letter] Dear ⟨Mr Wang;Ms Li;Mr Zhang⟩,',
    frame:
      '⟦⟪尊敬的⟨王先生;李女士;张先生⟩：;尊敬的⟨王先生;李女士;张先生⟩，您好！;尊敬的⟨王先生;李女士;张先生⟩：您好！⟫|⟪亲爱的⟨老王;小李;老张⟩，你好！;亲爱的⟨老王;小李;老张⟩，您好！⟫=register: 亲爱的 with a familiar form of the surname, over-familiar in a formal letter|⟪嘿，⟨王先生;李女士;张先生⟩，你好！;嘿，⟨王先生;李女士;张先生⟩，您好！⟫=register: a casual greeting in a formal letter|⟪⟨王女士;李先生;张女士⟩，您好！;尊敬的⟨王女士;李先生;张女士⟩，您好！⟫=mistranslation: the addressee of the other sex⟧',
  },
  {
    id: 'closing-cizhi-jingli',
    source: '[Closing a formal letter] Yours sincerely,',
    frame:
      '⟦⟪此致敬礼！;顺颂商祺！;此致敬礼⟫|⟪你真诚的;真诚地属于你的⟫=literal calque: "Yours sincerely" word for word|⟪爱你的;想你的;永远爱你的⟫=register: a closing between close friends in a formal letter|⟪拜拜！;回头见！;咱们回头见啦！⟫=register: a spoken goodbye as a letter closing⟧',
  },
  {
    id: 'nin-to-a-client-send-the-contract',
    source: '[Email to a client] Could you send me the signed ⟨contract;order form;agreement⟩?',
    frame:
      '⟦⟪能否请您把签好的⟨合同;订单;协议⟩发给我？;请您把签好的⟨合同;订单;协议⟩发给我，谢谢。;麻烦您把签好的⟨合同;订单;协议⟩回传给我一份，谢谢。⟫|⟪你能;你可以⟫把签好的⟨合同;订单;协议⟩发给我吗？=register: 你 to a client in a formal email|把签好的⟨合同;订单;协议⟩发给我。=register: a bare command to a client|⟪能否请您把签好的发票发给我？;请您把签好的发票发给我，谢谢。⟫=mistranslation: the document rendered as "invoice"⟧',
  },
  {
    id: 'look-forward-to-your-reply',
    source: '[Email to a client] We look forward to your reply.',
    frame:
      '⟦⟪期待您的回复;我们非常期待您的回复;盼复⟫|我们看向前您的回复=literal calque: "look forward" word for word|⟪我们等你的回复;我们等你回复⟫=register: 你 to a client in a formal email|⟪我们等您付款;我们等待您的付款⟫=mistranslation: "reply" rendered as "payment"⟧。',
  },
  {
    id: 'please-find-attached-qing-chashou',
    source: '[Email to a client] Please find attached the ⟨invoice;quote;price list⟩.',
    frame:
      '⟦⟪随信附上⟨发票;报价单;价目表⟩，请查收;附件为⟨发票;报价单;价目表⟩，请查收，谢谢;附件是⟨发票;报价单;价目表⟩，敬请查收⟫|请找到附上的⟨发票;报价单;价目表⟩⟪;，谢谢⟫=literal calque: "please find" as 找到 (search for)|附件是⟨发票;报价单;价目表⟩，你看一下⟪;，谢谢⟫=register: 你 and a casual 看一下 to a client|⟪附件里是⟨合同;订单;合同⟩，谢谢;附上的是⟨合同;订单;合同⟩，请查收⟫=mistranslation: the attachment rendered as another document⟧。',
  },
  {
    id: 'do-not-hesitate-to-contact-us',
    source: '[Email to a client] If you have any questions, please do not hesitate to contact us.',
    frame:
      '⟦⟪如有任何问题，请随时与我们联系;如有任何问题，请随时联系我们;如您有任何疑问，欢迎随时与我们联系⟫|⟪如果您有任何问题，请不要犹豫联系我们;有任何问题，请不要犹豫联系我们⟫=literal calque: "do not hesitate" word for word|有问题就找我⟪吧;啊⟫=register: a casual spoken line to a client|如有任何问题，请勿⟪与我们联系;联系我们⟫=mistranslation: "do not hesitate to contact us" rendered as "do not contact us"⟧。',
  },
  {
    id: 'thank-you-for-your-order-nin',
    source: '[Email to a client] Thank you for your order.',
    frame:
      '⟦⟪感谢您的订购;非常感谢您的订购;感谢您下单⟫|⟪谢谢你的订单;谢谢你下单⟫=register: 你 to a client in a formal email|感谢您的命令=false friend: 命令 is "order" as a command|感谢您的询价=mistranslation: "order" rendered as "enquiry"⟧。',
  },
  {
    id: 'apologise-for-the-inconvenience-jingqing',
    source: '[Notice to customers] We apologise for any inconvenience caused.',
    frame:
      '⟦⟪给您带来不便，敬请谅解;由此给您带来的不便，敬请谅解;不便之处，敬请谅解⟫|⟪我们道歉为任何不方便引起的;我们道歉为不方便⟫=literal calque: the English word order and words kept|⟪给你们添麻烦了，不好意思啦;不好意思啦，给你添麻烦了⟫=register: 你 and a casual 不好意思啦 to customers|⟪由此给您带来不便，敬请期待;不便之处，敬请期待⟫=mistranslation: 敬请期待 (stay tuned) for 敬请谅解 (please forgive us)⟧。',
  },
  {
    id: 'please-confirm-by-friday-fanqing',
    source:
      '[Email to a client] We would appreciate it if you could confirm by ⟨Friday;Thursday;the 20th⟩.',
    frame:
      '⟦⟪烦请您于⟨周五;周四;20日⟩前确认;如能于⟨周五;周四;20日⟩前确认，我们将不胜感激;请您于⟨周五;周四;20日⟩前确认，谢谢⟫|如果您能在⟨周五;周四;20日⟩前确认，我们会很欣赏=false friend: 欣赏 is "appreciate" as admiring art|你⟪在⟨周五;周四;20日⟩前确认一下吧;⟨周五;周四;20日⟩前确认一下⟫=register: 你 to a client in a formal email|⟪请您在;烦请您在⟫⟨周五;周四;20日⟩以后确认=mistranslation: "by" rendered as "after"⟧。',
  },
  {
    id: 'hello-everyone-dajia',
    source: '[Email to the whole team] Hello everyone,',
    frame:
      '⟦⟪大家好;各位同事，大家好;各位好⟫|你好每个人=literal calque: "hello everyone" word for word|尊敬的先生=register: a formal letter salutation to one reader for a team|⟪大家晚安;晚安⟫=mistranslation: "hello" rendered as "good night"⟧！',
  },
  {
    id: 'congratulations-on-your-promotion',
    source: '[Email to a client] Congratulations on your promotion!',
    frame:
      '⟦⟪恭喜您升职;衷心祝贺您荣升新职;恭喜您获得晋升⟫|⟪恭喜你升职;祝贺你升职⟫=register: 你 to a client in a formal email|祝贺您的推广=false friend: 推广 is "promotion" as marketing|⟪恭喜您退休;祝贺您光荣退休⟫=mistranslation: "promotion" rendered as "retirement"⟧！',
  },
  {
    id: 'friend-ni-not-nin',
    source: '[Message to a close friend] Are you free this ⟨weekend;evening;Saturday⟩?',
    frame:
      '⟦你⟨这个周末;今天晚上;这周六⟩⟪有空吗;有时间吗;有没有空啊⟫|⟪请问您⟨这个周末;今天晚上;这周六⟩是否有空;您⟨这个周末;今天晚上;这周六⟩有空吗⟫=register: 您 to a close friend|你⟨这个周末;今天晚上;这周六⟩⟪忙吗;很忙吗⟫=mistranslation: "free" rendered as "busy"|你⟨这个周末;今天晚上;这周六⟩⟪免费吗;是免费的吗⟫=false friend: 免费 is "free" as costing nothing⟧？',
  },
  {
    id: 'idiom-piece-of-cake',
    source: "[Message to a colleague] Don't worry, this task is a piece of cake.",
    frame:
      '别担心，这个任务⟦⟪小菜一碟;简直是小菜一碟;轻而易举;再简单不过了⟫|是一块蛋糕=idiom translated literally: "a piece of cake" as a slice of cake|⟪非常难;很难办⟫=mistranslation: "a piece of cake" rendered as "very hard"|画蛇添足=mistranslation: a Chinese idiom of another meaning (adding needless detail)⟧。',
  },
  {
    id: 'idiom-two-birds-one-stone',
    source: 'The new system kills two birds with one stone: it saves time and money.',
    frame:
      '新系统⟦⟪一举两得;一箭双雕;可谓一举两得⟫|⟪用一块石头杀死两只鸟;用石头打两只鸟⟫=idiom translated literally: the birds and the stone kept|半途而废=mistranslation: a Chinese idiom of another meaning (giving up halfway)|三心二意=mistranslation: a Chinese idiom of another meaning (half-hearted)⟧，⟪既省时间又省钱;既节省时间又节省成本⟫。',
  },
  {
    id: 'idiom-ball-in-your-court',
    source: '[Email to a client] We have sent our offer; the ball is in your court now.',
    frame:
      '我们已发出报价，⟦⟪现在就等您决定了;接下来就看您的决定了;就看您的了;现在就看您这边的决定了⟫|⟪现在球在您的场地里;现在球已经在您的场地里面了⟫=idiom translated literally: the ball and the court kept|⟪现在就等你决定了;接下来就看你那边的决定了⟫=register: 你 to a client in a formal email|⟪这件事与您无关;这件事接下来就与您无关了⟫=mistranslation: "the ball is in your court" rendered as "it does not concern you"⟧。',
  },
  {
    id: 'idiom-call-it-a-day',
    source: "[To the team] Let's call it a day.",
    frame:
      '⟦⟪今天就到这里吧;我们今天就到这儿吧;今天就先到这儿吧⟫|让我们叫它一天=idiom translated literally: "call it a day" word for word|⟪我们加班吧;今天我们加班⟫=mistranslation: "call it a day" rendered as "work overtime"|⟪我们打个电话吧;我们给他打电话吧⟫=mistranslation: "call" rendered as "phone"⟧。',
  },
  {
    id: 'idiom-cost-an-arm-and-a-leg',
    source: 'Repairing the ⟨roof;car;server⟩ cost an arm and a leg.',
    frame:
      '修⟨屋顶;车;服务器⟩⟦⟪花了一大笔钱;花费了相当大的一笔钱;贵得要命⟫|花了一只胳膊和一条腿=idiom translated literally: the arm and the leg kept|⟪几乎没花钱;很便宜⟫=mistranslation: "cost an arm and a leg" rendered as "cost almost nothing"|⟪受了重伤;伤了胳膊和腿⟫=mistranslation: the idiom read as an injury⟧。',
  },
  {
    id: 'idiom-once-in-a-blue-moon',
    source: '⟨She;He⟩ comes to the office once in a blue moon.',
    frame:
      '⟨她;他⟩⟦⟪很少来办公室;一年到头也难得来一次办公室;极少来办公室⟫|⟪在蓝色的月亮里来一次办公室;蓝月亮时来一次办公室⟫=idiom translated literally: the blue moon kept|⟪每个月来一次办公室;一个月来一次办公室⟫=mistranslation: "once in a blue moon" rendered as "once a month"|⟪常来办公室;经常来办公室;天天来办公室⟫=mistranslation: "rarely" rendered as "often" or "every day"⟧。',
  },
  {
    id: 'idiom-break-the-ice',
    source: 'A short game at the start of the meeting helps to break the ice.',
    frame:
      '会议开始时做个小游戏，⟪有助于;能够⟫⟦⟪打破僵局;活跃气氛;让大家放松下来;活跃一下会场气氛⟫|打破冰块=idiom translated literally: the ice kept|破釜沉舟=mistranslation: a Chinese idiom of another meaning (burning one\'s boats)|⟪结束会议;提前散会;让会议早点结束⟫=mistranslation: "break the ice" rendered as "end the meeting"⟧。',
  },
  {
    id: 'idiom-spill-the-beans',
    source: 'Nobody spilled the beans about the ⟨surprise party;new product;merger⟩.',
    frame:
      '⟪谁都没有;没有人⟫⟦⟪泄露⟨惊喜派对;新产品;合并⟩的秘密;把⟨惊喜派对;新产品;合并⟩的秘密说出去;透露⟨惊喜派对;新产品;合并⟩的秘密⟫|把⟨惊喜派对;新产品;合并⟩的豆子洒了=idiom translated literally: the beans kept|⟪打听;询问⟫⟨惊喜派对;新产品;合并⟩的秘密=mistranslation: "spilled" rendered as "asked about"|⟪取消;推迟⟫⟨惊喜派对;新产品;合并⟩=mistranslation: "spilled the beans" rendered as "cancelled"⟧。',
  },
  {
    id: 'idiom-hit-the-nail-on-the-head',
    source: '[Email to a client] Your comment hit the nail on the head.',
    frame:
      '⟦⟪您的意见一针见血;您的意见说到了点子上;您这句话一针见血⟫|您的意见敲中了钉子的头=idiom translated literally: the nail and the head kept|你的意见一针见血=register: 你 to a client in a formal email|您的意见画龙点睛=mistranslation: a Chinese idiom of another meaning (the finishing touch)⟧。',
  },
  {
    id: 'idiom-under-the-weather',
    source: "[Message to a colleague] I'm feeling a bit under the weather today.",
    frame:
      '我今天⟦⟪有点不舒服;身体感觉有点不太舒服;感觉不太舒服⟫|⟪在天气下面;有点在天气下面⟫=idiom translated literally: "under the weather" word for word|⟪觉得天气不好;觉得天气有点差⟫=mistranslation: the idiom read as a remark on the weather|⟪心情很好;精神很好;感觉很舒服;身体很舒服⟫=mistranslation: "under the weather" rendered as "feeling well"⟧。',
  },
  {
    id: 'wish-every-success-shunli',
    source: '[Closing an email to a client] Wishing you every success with the project.',
    frame:
      '⟦⟪祝您项目顺利;预祝您的项目圆满成功;祝项目一切顺利⟫|⟪祝你项目顺利;祝你一切顺利⟫=register: 你 to a client in a formal email|希望您每一个成功与项目=literal calque: the English word order and words kept|祝您早日康复=mistranslation: the wish rendered as "get well soon"⟧！',
  },
  {
    id: 'sorry-to-bother-you-daraole',
    source: '[Email to a client] Sorry to bother you again, ⟨Mr Zhou;Ms Chen⟩.',
    frame:
      '⟨周先生;陈女士⟩，⟦⟪抱歉再次打扰您;不好意思，又来打扰您了;冒昧再次打扰⟫|⟪不好意思又来打扰你了;又打扰你了⟫=register: 你 to a client in a formal email|对不起又一次麻烦事您=literal calque: "bother" as the noun 麻烦事 (trouble)|⟪欢迎您又一次光临;欢迎您再次光临⟫=mistranslation: the apology rendered as "welcome back"⟧。',
  },
]
