import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Russian (Russia): register (Вы or ты as the bracketed context in the source says,
 * the capital Вы to one reader of a letter or email and the lower-case вы to several), letter and
 * email formulas as Russian business correspondence writes them, and idioms rendered by meaning
 * with Russian set phrases.
 */
export const RU_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'salutation-uvazhaemyj',
    source: '[Formal letter] Dear ⟨Mr Ivanov;Ms Ivanova⟩,',
    frame:
      '⟦⟨Уважаемый господин Иванов;Уважаемая госпожа Иванова⟩⟪!;,⟫|⟨Дорогой Иванов;Дорогая Иванова⟩⟪!;,⟫=register: "дорогой" with a bare surname, over-familiar in a formal letter|⟨Уважаемая госпожа Иванова;Уважаемый господин Иванов⟩⟪!;,⟫=mistranslation: the addressee of the other sex|⟨Привет, господин Иванов;Привет, госпожа Иванова⟩⟪!;,⟫=register: the casual "привет" in a formal letter|⟨Уважаемый господин Иванова;Уважаемая госпожа Иванов⟩⟪!;,⟫=agreement: a surname of the other gender than the title⟧',
  },
  {
    id: 'closing-s-uvazheniem',
    source: '[Closing a formal letter] Yours sincerely,',
    frame:
      '⟦⟪С уважением;С глубоким уважением;С уважением и наилучшими пожеланиями⟫,|Ваш искренне,=literal calque: "Yours sincerely" word for word|⟪Целую;Обнимаю крепко⟫,=register: a closing between close friends in a formal letter|⟪Пока;До скорого⟫,=register: a spoken goodbye as a letter closing⟧',
  },
  {
    id: 'capital-vy-to-one-client',
    source: '[Email to a client, ⟨Mr Sokolov;Ms Sokolova⟩] Could you send me the signed contract?',
    frame:
      '⟦⟪Не могли бы Вы;Вы не могли бы⟫ ⟪прислать;отправить⟫ мне подписанный договор|⟪⟨Не мог бы ты;Не могла бы ты⟩;⟨Ты не мог бы;Ты не могла бы⟩⟫ ⟪прислать;отправить⟫ мне подписанный договор=register: "ты" to a client in a formal email|Не могли бы вы ⟪прислать;отправить⟫ мне подписанный договор=capitalisation: lower-case "вы" to one reader of a letter|⟪Не могли бы Вы;Вы не могли бы⟫ ⟪присылать;отправлять⟫ мне подписанный договор=wrong aspect: imperfective for one sending⟧?',
  },
  {
    id: 'thanks-for-the-order-blagodarim-vas',
    source: '[Email to a client, ⟨Mr Orlov;Ms Orlova⟩] Thank you for your order.',
    frame:
      '⟦⟪Благодарим Вас за заказ;Благодарим Вас за Ваш заказ;Спасибо за Ваш заказ;Благодарим Вас за покупку⟫|⟪Благодарим тебя за заказ;Спасибо за твой заказ⟫=register: "ты" to a client in a formal email|⟪Благодарим вас за заказ;Спасибо за ваш заказ⟫=capitalisation: lower-case "вы" to one reader of a letter|⟪Благодарим Вам за заказ;Благодарим Вам за Ваш заказ⟫=case: dative after "благодарить" (needs the accusative)|⟪Благодарим Вас за заказы;Спасибо за Ваши заказы⟫=number: plural for one order⟧.',
  },
  {
    id: 'lower-case-vy-to-a-team',
    source: '[Email to the whole project team] Thank you all for your hard work.',
    frame:
      '⟦⟪Спасибо всем вам;Благодарю всех вас;Спасибо вам всем⟫ за ⟪напряжённую работу;упорный труд⟫|⟪Спасибо всем Вам;Благодарю всех Вас;Спасибо Вам всем⟫ за ⟪напряжённую работу;упорный труд⟫=capitalisation: the capital "Вы" (for one reader) to a whole team|Благодарю всех вам за ⟪напряжённую работу;упорный труд⟫=case: dative after "благодарить" (needs the accusative)|⟪Спасибо всем вам;Благодарю всех вас⟫ за ⟪лёгкую работу;небольшую работу⟫=mistranslation: "hard work" rendered as "easy work"⟧.',
  },
  {
    id: 'ty-to-a-friend',
    source: '[Message to a close friend] Can you call me tonight?',
    frame:
      '⟦⟪Можешь;Ты можешь;Сможешь;Ты сможешь⟫ ⟪позвонить мне сегодня вечером;сегодня вечером мне позвонить;набрать меня сегодня вечером⟫|⟪Не могли бы Вы;Вы не могли бы⟫ ⟪позвонить мне сегодня вечером;сегодня вечером мне позвонить⟫=register: the formal "Вы" to a close friend|⟪Можешь;Ты можешь;Сможешь⟫ ⟪позвонить меня сегодня вечером;сегодня вечером меня позвонить⟫=case: accusative after "позвонить" (needs the dative)|⟪Можешь;Ты можешь;Сможешь⟫ ⟪позвонить мне сегодня утром;сегодня утром мне позвонить⟫=mistranslation: "tonight" rendered as "this morning"⟧?',
  },
  {
    id: 'please-find-attached',
    source: '[Email to a client] Please find attached the invoice for March.',
    frame:
      '⟦⟪Направляем Вам;Высылаем Вам;Во вложении направляем Вам⟫ счёт за март|Пожалуйста, найдите во вложении счёт за март=literal calque: "please find attached" as "найдите во вложении"|⟪Направляем тебе;Высылаем тебе⟫ счёт за март=register: "ты" to a client in a formal email|⟪Направляем Вам;Высылаем Вам⟫ счёт за марта=case: genitive after "за" (needs the accusative)|⟪Направляем Вам;Высылаем Вам⟫ счёт за май=mistranslation: "March" rendered as "May"⟧.',
  },
  {
    id: 'look-forward-to-your-reply',
    source: '[Email to a client] We look forward to your reply.',
    frame:
      '⟦⟪Ждём Вашего ответа;С нетерпением ждём Вашего ответа;Будем рады Вашему ответу⟫|Смотрим вперёд на Ваш ответ=literal calque: "look forward to" as "смотреть вперёд"|⟪Ждём твоего ответа;Будем рады твоему ответу⟫=register: "ты" to a client in a formal email|Будем рады Вашего ответа=case: genitive after "рады" (needs the dative)⟧.',
  },
  {
    id: 'apologise-for-the-inconvenience',
    source: '[Formal letter] We apologise for the inconvenience.',
    frame:
      '⟦⟪Приносим извинения;Приносим свои извинения;Просим прощения;Просим извинить нас⟫ за ⟪доставленные неудобства;причинённые неудобства;неудобства⟫|Извиняемся за ⟪доставленные неудобства;причинённые неудобства⟫=register: the colloquial "извиняемся" in a formal letter|⟪Приносим извинения;Приносим свои извинения⟫ для ⟪доставленных неудобств;причинённых неудобств⟫=wrong preposition: "для" for "за" after an apology|⟪Приносим благодарность;Выражаем благодарность⟫ за ⟪доставленные неудобства;причинённые неудобства⟫=mistranslation: "apologise" rendered as "thank"⟧.',
  },
  {
    id: 'do-not-hesitate-to-contact-us',
    source: '[Email to a client] If you have any questions, do not hesitate to contact us.',
    frame:
      '⟦Если у Вас ⟪возникнут вопросы;появятся вопросы⟫, ⟪обращайтесь к нам;свяжитесь с нами;пишите нам⟫|Если у Вас ⟪возникнут вопросы;появятся вопросы⟫, не колебайтесь связаться с нами=literal calque: "do not hesitate" as "не колебайтесь"|Если у тебя ⟪возникнут вопросы;появятся вопросы⟫, ⟪обращайся к нам;свяжись с нами⟫=register: "ты" to a client in a formal email|Если у Вас ⟪возникнут вопросы;появятся вопросы⟫, ⟪обращайтесь к ним;свяжитесь с ними⟫=pronoun: "us" rendered as "them"⟧.',
  },
  {
    id: 'out-of-office',
    source: '[Automatic reply] I am out of the office until ⟨Monday;Tuesday;Friday⟩.',
    frame:
      '⟦⟪Меня не будет в офисе;Я буду отсутствовать в офисе⟫ до ⟨понедельника;вторника;пятницы⟩|Я есть вне офиса до ⟨понедельника;вторника;пятницы⟩=literal calque: "I am out of the office" as "я есть вне офиса"|⟪Меня не будет в офисе;Я буду отсутствовать в офисе⟫ до ⟨понедельник;вторник;пятница⟩=case: nominative after "до" (needs the genitive)|⟪Меня не будет в офисе;Я буду отсутствовать в офисе⟫ после ⟨понедельника;вторника;пятницы⟩=mistranslation: "until" rendered as "after"⟧.',
  },
  {
    id: 'thanks-a-lot-to-a-friend',
    source: '[Message to a close friend] Thanks a lot for your help!',
    frame:
      '⟦⟪Огромное спасибо;Спасибо большое;Большое спасибо⟫ за ⟪помощь;твою помощь⟫|Спасибо много за ⟪помощь;твою помощь⟫=literal calque: "thanks a lot" as "спасибо много"|⟪Выражаю Вам благодарность;Благодарю Вас⟫ за ⟪помощь;Вашу помощь⟫=register: the formal "Вы" to a close friend|⟪Огромное спасибо;Большое спасибо⟫ за ⟪совет;твой совет⟫=mistranslation: "help" rendered as "advice"⟧!',
  },
  {
    id: 'idiom-raining-cats-and-dogs',
    source: 'It is raining cats and dogs.',
    frame:
      '⟦⟪Льёт как из ведра;Дождь льёт как из ведра;На улице проливной дождь⟫|⟪Идёт дождь из кошек и собак;Льёт кошками и собаками⟫=idiom translated literally|⟪Идёт небольшой дождь;На улице слегка моросит⟫=mistranslation: a downpour rendered as a light rain|⟪Льёт как из ведро;Дождь льёт как из ведро⟫=case: nominative after "из" (needs the genitive)⟧.',
  },
  {
    id: 'idiom-break-the-ice',
    source: 'A joke helped break the ice at the meeting.',
    frame:
      '⟦⟪Шутка помогла разрядить обстановку;Шутка помогла растопить лёд⟫ на встрече|Шутка помогла сломать лёд на встрече=idiom translated literally|⟪Шутка помогли разрядить обстановку;Шутка помогли растопить лёд⟫ на встрече=agreement: plural verb for the singular "шутка"|⟪Шутка помешала разрядить обстановку;Шутка помешала растопить лёд⟫ на встрече=mistranslation: "helped" rendered as "prevented"⟧.',
  },
  {
    id: 'idiom-piece-of-cake',
    source: 'This task is a piece of cake.',
    frame:
      '⟦⟪Эта задача;Такая задача⟫ — ⟪проще простого;пара пустяков;сущий пустяк⟫|⟪Эта задача;Такая задача⟫ — кусок торта=idiom translated literally|⟪Эта задача;Такая задача⟫ — ⟪сплошная головная боль;настоящая головоломка⟫=mistranslation: "easy" rendered as its opposite|Этот задача — ⟪проще простого;пара пустяков⟫=agreement: masculine "этот" for the feminine "задача"⟧.',
  },
  {
    id: 'idiom-arm-and-a-leg',
    source: 'This laptop costs an arm and a leg.',
    frame:
      '⟦Этот ноутбук стоит ⟪целое состояние;бешеных денег;баснословных денег⟫|Этот ноутбук стоит руку и ногу=idiom translated literally|Этот ноутбук стоит ⟪копейки;сущие копейки⟫=mistranslation: "very expensive" rendered as "very cheap"|Этот ноутбук стоят ⟪целое состояние;бешеных денег⟫=agreement: plural verb for a singular subject⟧.',
  },
  {
    id: 'idiom-once-in-a-blue-moon',
    source: 'We see each other once in a blue moon.',
    frame:
      'Мы ⟦видимся ⟪раз в сто лет;крайне редко;очень редко⟫|видимся раз в синюю луну=idiom translated literally|видимся ⟪каждый день;очень часто⟫=mistranslation: "rarely" rendered as "often"|видим ⟪раз в сто лет;крайне редко⟫=wrong verb: "видеть" without "-ся" (see something) for "видеться" (see each other)⟧.',
  },
  {
    id: 'idiom-two-birds-one-stone',
    source: 'This way we kill two birds with one stone.',
    frame:
      '⟪Так;Таким образом;Так что⟫ ⟦мы ⟪убьём двух зайцев;убьём сразу двух зайцев;одним выстрелом убьём двух зайцев⟫|мы ⟪убьём двух птиц одним камнем;убьём сразу двух птиц одним камнем⟫=idiom translated literally|мы ⟪убьём два зайца;убьём сразу два зайца⟫=case: inanimate accusative "два зайца" for the animate "двух зайцев"|мы ⟪упустим двух зайцев;упустим сразу двух зайцев⟫=mistranslation: "kill" rendered as "let slip"⟧.',
  },
  {
    id: 'idiom-on-the-same-page',
    source: 'Let’s make sure we are on the same page.',
    frame:
      '⟦Давайте убедимся, что мы ⟪одинаково понимаем задачу;понимаем друг друга;смотрим на задачу одинаково⟫|Давайте убедимся, что мы на одной странице=idiom translated literally|Давайте убедимся что мы ⟪одинаково понимаем задачу;понимаем друг друга⟫=punctuation: no comma before "что"|Давайте убедимся, что мы ⟪по-разному понимаем задачу;не понимаем друг друга⟫=mistranslation: agreement rendered as disagreement⟧.',
  },
  {
    id: 'idiom-keep-me-posted',
    source: '[Email to a client] Please keep me posted.',
    frame:
      '⟦⟪Пожалуйста, держите меня в курсе;Держите меня, пожалуйста, в курсе событий;Пожалуйста, держите меня в курсе дела⟫|⟪Пожалуйста, держите меня отправленным;Держите меня, пожалуйста, отправленным⟫=idiom translated literally|Ты, пожалуйста, держи меня в курсе=register: "ты" to a client in a formal email|⟪Пожалуйста, держите меня в курсах;Держите меня, пожалуйста, в курсах⟫=number: plural "в курсах" in a fixed singular phrase⟧.',
  },
]
