import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Russian (standard Russian as written in Russia): grammar that does not transfer word
 * for word (perfective and imperfective aspect, the case a verb, preposition or numeral governs,
 * the genitive singular after 2, 3 and 4 and the genitive plural from 5, past tenses agreeing
 * with the subject's gender, verbs of motion, "свой", double negation, no articles and no
 * progressive, and the word order that puts new information last).
 */
export const RU_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'perfective-for-a-finished-result',
    source: '⟨Anna;Ivan⟩ has already translated the contract. Here it is.',
    frame:
      '⟨Анна;Иван⟩ ⟦уже ⟨перевела;перевёл⟩ ⟪договор;этот договор⟫|уже ⟨переводила;переводил⟩ ⟪договор;этот договор⟫=wrong aspect: imperfective for a finished result|уже ⟨перевёл;перевела⟩ ⟪договор;этот договор⟫=agreement: the past-tense ending of the other gender|уже ⟨перевела;перевёл⟩ ⟪договора;этого договора⟫=case: genitive for the accusative object|ещё не ⟨перевела;перевёл⟩ ⟪договор;этот договор⟫=mistranslation: "already" rendered as "not yet"⟧. ⟪Вот он;Вот он, пожалуйста⟫.',
  },
  {
    id: 'imperfective-for-a-habit',
    source: 'Every Monday ⟨Anna;Ivan⟩ sends the client a report.',
    frame:
      '⟪Каждый понедельник;По понедельникам⟫ ⟨Анна;Иван⟩ ⟦отправляет ⟪клиенту отчёт;отчёт клиенту⟫|отправит ⟪клиенту отчёт;отчёт клиенту⟫=wrong aspect: a perfective verb (future in meaning) for a habit|отправляет ⟪клиента отчёт;отчёт клиента⟫=case: genitive "клиента" for the dative recipient|⟨отправляла;отправлял⟩ ⟪клиенту отчёт;отчёт клиенту⟫=wrong tense: present rendered as past|отправляет ⟪клиенту отчёта;отчёта клиенту⟫=case: genitive "отчёта" for the accusative object⟧.',
  },
  {
    id: 'genitive-singular-after-two-to-four',
    source: 'The folder contains ⟨2;3;4⟩ files.',
    frame:
      '⟦⟪В папке;В этой папке;В папке сейчас⟫ ⟨2;3;4⟩ файла|⟪В папке;В этой папке⟫ ⟨2;3;4⟩ файлов=case: genitive plural after 2, 3 or 4 (needs the genitive singular)|⟪В папке;В этой папке;В папке сейчас⟫ ⟨2;3;4⟩ файлы=case: nominative plural after 2, 3 or 4 (needs the genitive singular)|⟪В папку;В эту папку⟫ ⟨2;3;4⟩ файла=case: accusative "в папку" (into) for the location "в папке"|⟪В папке;В этой папке;В папке сейчас⟫ ⟨2;3;4⟩ файл=case: nominative singular after 2, 3 or 4 (needs the genitive singular)⟧.',
  },
  {
    id: 'genitive-plural-from-five',
    source: 'The folder contains ⟨5;12;27⟩ files.',
    frame:
      '⟦⟪В папке;В этой папке;В папке сейчас⟫ ⟨5;12;27⟩ файлов|⟪В папке;В этой папке⟫ ⟨5;12;27⟩ файла=case: genitive singular after a number from five (needs the genitive plural)|⟪В папке;В этой папке;В папке сейчас⟫ ⟨5;12;27⟩ файлы=case: nominative plural after a number from five (needs the genitive plural)|⟪В папке;В этой папке⟫ ⟨5;12;27⟩ файл=case: nominative singular after a number from five (needs the genitive plural)⟧.',
  },
  {
    id: 'nominative-singular-after-one',
    source: 'The report has ⟨21;31;101⟩ pages.',
    frame:
      '⟦⟪В отчёте;В этом отчёте;В готовом отчёте⟫ ⟨21;31;101⟩ страница|⟪В отчёте;В этом отчёте⟫ ⟨21;31;101⟩ страниц=case: genitive plural after a number ending in 1 (needs the nominative singular)|⟪В отчёте;В этом отчёте;В готовом отчёте⟫ ⟨21;31;101⟩ страницы=case: genitive singular after a number ending in 1 (needs the nominative singular)|⟪В отчёт;В этот отчёт⟫ ⟨21;31;101⟩ страница=case: accusative "в отчёт" (into) for the location "в отчёте"⟧.',
  },
  {
    id: 'teens-take-the-genitive-plural',
    source: 'The trip lasts ⟨11;12;14⟩ days.',
    frame:
      '⟪Поездка длится;Поездка продлится;Поездка займёт⟫ ⟦⟨11;12;14⟩ дней|⟨11;12;14⟩ дня=case: genitive singular after a teen number (only 2, 3 and 4 outside the teens take it)|⟨11;12;14⟩ день=case: nominative singular after a teen number (needs the genitive plural)|⟨11;12;14⟩ недель=mistranslation: "days" rendered as "weeks"⟧.',
  },
  {
    id: 'dva-dve-gender',
    source: 'We ordered two ⟨tables;lamps;chairs⟩ for the office.',
    frame:
      'Мы ⟪заказали;купили;приобрели⟫ ⟦⟨два стола;две лампы;два стула⟩|⟨две стола;два лампы;две стула⟩=agreement: "два" or "две" of the other gender|⟨два столов;две ламп;два стульев⟩=case: genitive plural after "два" or "две" (needs the genitive singular)|⟨три стола;три лампы;три стула⟩=mistranslation: "two" rendered as "three"⟧ ⟪для офиса;в офис;для нашего офиса⟫.',
  },
  {
    id: 'past-tense-gender-of-the-noun',
    source: 'The ⟨parcel;letter;invoice⟩ arrived yesterday.',
    frame:
      '⟦⟪⟨Посылка пришла;Письмо пришло;Счёт пришёл⟩ вчера;Вчера ⟨пришла посылка;пришло письмо;пришёл счёт⟩⟫|⟪⟨Посылка пришёл;Письмо пришла;Счёт пришло⟩ вчера;Вчера ⟨пришёл посылка;пришла письмо;пришло счёт⟩⟫=agreement: past tense of another gender than the noun\'s|⟪⟨Посылки пришли;Письма пришли;Счета пришли⟩ вчера;Вчера ⟨пришли посылки;пришли письма;пришли счета⟩⟫=number: plural for one item|⟨Посылка пришла;Письмо пришло;Счёт пришёл⟩ сегодня=mistranslation: "yesterday" rendered as "today"⟧.',
  },
  {
    id: 'edet-for-travel-by-transport',
    source: 'Tomorrow ⟨Anna;Ivan⟩ is going to Kazan by train.',
    frame:
      'Завтра ⟨Анна;Иван⟩ ⟦⟪едет;поедет;отправится⟫ в Казань ⟪на поезде;поездом⟫|⟪идёт;пойдёт⟫ в Казань ⟪на поезде;поездом⟫=wrong verb: "идти" (on foot) for travel by train|⟪едет;поедет;отправится⟫ в Казани ⟪на поезде;поездом⟫=case: prepositional "в Казани" (at) for the destination|⟪летит;полетит⟫ в Казань ⟪на самолёте;самолётом⟫=mistranslation: "by train" rendered as flying|⟨ехала;ехал⟩ в Казань ⟪на поезде;поездом⟫=wrong tense: a planned trip rendered as past⟧.',
  },
  {
    id: 'khodit-for-a-repeated-round-trip',
    source: '⟨Anna;Ivan⟩ goes to the gym three times a week.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟪три раза в неделю ходит в спортзал;ходит в спортзал три раза в неделю;ходит в спортзал трижды в неделю⟫|⟪три раза в неделю идёт в спортзал;идёт в спортзал три раза в неделю⟫=wrong verb: one-way "идти" for a repeated round trip|⟪три раза в неделю ходит в спортзале;ходит в спортзале три раза в неделю⟫=case: prepositional (where) for the destination|⟪три раза в неделю ⟨ходила;ходил⟩ в спортзал;⟨ходила;ходил⟩ в спортзал три раза в неделю⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'prefix-pri-for-arrival',
    source: 'The guests have already arrived.',
    frame:
      '⟦⟪Гости уже пришли;Гости уже приехали;Гости уже здесь⟫|⟪Гости уже ушли;Гости уже уехали⟫=wrong prefix: "у-" (have left) for "при-" (have arrived)|⟪Гости уже пришёл;Гости уже приехал⟫=agreement: singular verb for a plural subject|⟪Гости уже приходят;Гости уже приезжают⟫=wrong aspect: imperfective "are arriving" for a completed arrival|⟪Гости ещё не пришли;Гости ещё не приехали⟫=mistranslation: "already" rendered as "not yet"⟧.',
  },
  {
    id: 'na-for-events-and-some-places',
    source: 'Our director is at ⟨a conference;the post office;the factory⟩ right now.',
    frame:
      '⟪Наш директор сейчас;Сейчас наш директор⟫ ⟦на ⟨конференции;почте;заводе⟩|в ⟨конференции;почте;заводе⟩=wrong preposition: "в" where Russian says "на"|на ⟨конференцию;почту;завод⟩=case: accusative (destination) for a location|⟪был;находился⟫ на ⟨конференции;почте;заводе⟩=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'prepositional-after-v-for-a-city',
    source: 'Our office is in ⟨Kazan;Samara;Tver⟩.',
    frame:
      '⟪Наш офис;Офис компании⟫ ⟦⟪находится;расположен⟫ в ⟨Казани;Самаре;Твери⟩|⟪находится;расположен⟫ в ⟨Казань;Самара;Тверь⟩=case: the base form of the city after "в" (a location needs the prepositional)|⟪находится;расположен⟫ на ⟨Казани;Самаре;Твери⟩=wrong preposition: "на" for a city|⟪находился;был расположен⟫ в ⟨Казани;Самаре;Твери⟩=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'no-article-for-a',
    source: 'We are looking for a new ⟨translator;designer;accountant⟩ for our team.',
    frame:
      '⟦⟪Мы ищем;Мы подыскиваем⟫ нового ⟨переводчика;дизайнера;бухгалтера⟩|⟪Мы ищем;Мы подыскиваем⟫ одного нового ⟨переводчика;дизайнера;бухгалтера⟩=addition: the English article "a" rendered as "одного" (one)|⟪Мы ищем;Мы подыскиваем⟫ новый ⟨переводчик;дизайнер;бухгалтер⟩=case: nominative for an animate accusative object (needs the genitive form)|⟪Мы ищем;Мы подыскиваем⟫ новых ⟨переводчиков;дизайнеров;бухгалтеров⟩=number: plural for "a new"|⟪Мы искали;Мы подыскивали⟫ нового ⟨переводчика;дизайнера;бухгалтера⟩=wrong tense: present rendered as past⟧ ⟪в нашу команду;в команду⟫.',
  },
  {
    id: 'no-progressive-present',
    source: '⟨Anna;Ivan⟩ is working on the translation right now.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟪сейчас работает над переводом;прямо сейчас работает над переводом;в данный момент занимается переводом⟫|⟪сейчас работает на переводе;прямо сейчас работает на переводе⟫=wrong preposition: "на" (at a workplace) for "над" (work on)|⟪сейчас работает над перевод;прямо сейчас работает над перевод⟫=case: accusative after "над" (needs the instrumental)|⟪сейчас ⟨работала;работал⟩ над переводом;в тот момент ⟨работала;работал⟩ над переводом⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'present-for-a-duration-up-to-now',
    source: '⟨Anna;Ivan⟩ has been living in Kazan for three years.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟪живёт в Казани уже три года;уже три года живёт в Казани;живёт в Казани три года;три года как живёт в Казани⟫|⟪⟨жила;жил⟩ в Казани три года;три года ⟨жила;жил⟩ в Казани⟫=literal calque: the English perfect as a past tense (reads as a period now over)|⟪живёт в Казани уже три лет;уже три лет живёт в Казани⟫=case: genitive plural after "три" (needs the genitive singular "года")|⟪живёт в Казани уже три месяца;уже три месяца живёт в Казани⟫=mistranslation: "years" rendered as "months"|⟪живёт в Казань уже три года;уже три года живёт в Казань⟫=case: accusative "в Казань" (into) for the location⟧.',
  },
  {
    id: 'ago-nazad',
    source: 'The bank called two days ago.',
    frame:
      '⟦⟪Из банка позвонили два дня назад;Два дня назад позвонили из банка;Из банка звонили два дня назад⟫|⟪Из банка позвонили два дня спустя;Два дня спустя позвонили из банка⟫=mistranslation: "ago" rendered as "later"|⟪Из банка позвонят через два дня;Через два дня позвонят из банка⟫=mistranslation: "two days ago" rendered as "in two days"|⟪Из банка позвонили два дней назад;Два дней назад позвонили из банка⟫=case: genitive plural after "два" (needs the genitive singular)|⟪Из банка позвонили две дня назад;Две дня назад позвонили из банка⟫=agreement: feminine "две" with the masculine "день"⟧.',
  },
  {
    id: 'comparative-chem-or-genitive',
    source: 'This offer is cheaper than the previous one.',
    frame:
      'Это предложение ⟦⟪дешевле предыдущего;дешевле, чем предыдущее⟫|дешевле, чем предыдущего=case: genitive after "чем" (it takes the nominative)|дешевле предыдущее=case: nominative without "чем" (needs the genitive)|⟪дороже предыдущего;дороже, чем предыдущее⟫=mistranslation: "cheaper" rendered as "more expensive"⟧.',
  },
  {
    id: 'kotoryj-gender-and-case',
    source: 'The ⟨report;presentation;letter⟩ that we are preparing will be ready tomorrow.',
    frame:
      '⟨Отчёт;Презентация;Письмо⟩, ⟦⟨который;которую;которое⟩ мы ⟪готовим;сейчас готовим⟫|⟨которого;которой;которого⟩ мы ⟪готовим;сейчас готовим⟫=case: genitive relative pronoun for the object of "готовить"|⟨которое;которое;которую⟩ мы ⟪готовим;сейчас готовим⟫=agreement: relative pronoun of another gender than its noun|⟨который;которую;которое⟩ мы ⟪готовили;уже подготовили⟫=wrong tense: present rendered as past⟧, ⟪будет ⟨готов;готова;готово⟩ завтра;завтра будет ⟨готов;готова;готово⟩⟫.',
  },
  {
    id: 'nravitsya-with-a-dative-experiencer',
    source: '⟨Anna;Ivan⟩ likes the new design.',
    frame:
      '⟦⟪⟨Анне;Ивану⟩ нравится новый дизайн;Новый дизайн ⟨Анне;Ивану⟩ нравится;⟨Анне;Ивану⟩ очень нравится новый дизайн⟫|⟪⟨Анна;Иван⟩ нравится новый дизайн;Новый дизайн ⟨Анна;Иван⟩ нравится⟫=case: nominative for the dative of the one who likes|⟪⟨Анне;Ивану⟩ нравятся новый дизайн;Новый дизайн ⟨Анне;Ивану⟩ нравятся⟫=agreement: plural verb for a singular subject|⟪⟨Анне;Ивану⟩ не нравится новый дизайн;Новый дизайн ⟨Анне;Ивану⟩ не нравится⟫=negation: a "не" the source does not have⟧.',
  },
  {
    id: 'genitive-after-net',
    source: 'There is no ⟨printer;internet;paper⟩ in the office.',
    frame:
      '⟦⟪В офисе нет;В офисе сейчас нет⟫ ⟨принтера;интернета;бумаги⟩|⟪В офисе нет;В офисе сейчас нет⟫ ⟨принтер;интернет;бумага⟩=case: nominative after "нет" (needs the genitive)|В офисе не есть ⟨принтер;интернет;бумага⟩=literal calque: "there is no" as "не есть"|⟪В офисе есть;В офисе сейчас есть⟫ ⟨принтер;интернет;бумага⟩=negation: "no" dropped|В офисе не было ⟨принтера;интернета;бумаги⟩=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'dolzhen-agreement-and-aspect',
    source: '⟨Anna;Ivan⟩ must send the invoice today.',
    frame:
      '⟦⟪⟨Анна должна;Иван должен⟩ сегодня отправить счёт;Сегодня ⟨Анна должна;Иван должен⟩ выслать счёт;⟨Анна должна;Иван должен⟩ сегодня выслать счёт⟫|⟪⟨Анна должен;Иван должна⟩ сегодня отправить счёт;Сегодня ⟨Анна должен;Иван должна⟩ отправить счёт⟫=agreement: "должен" of the other gender|⟪⟨Анна должна;Иван должен⟩ сегодня отправлять счёт;⟨Анна должна;Иван должен⟩ сегодня высылать счёт;Сегодня ⟨Анна должна;Иван должен⟩ отправлять счёт⟫=wrong aspect: imperfective for one action to be done today|⟪⟨Анна может;Иван может⟩ сегодня отправить счёт;Сегодня ⟨Анна может;Иван может⟩ отправить счёт⟫=wrong modal: "must" rendered as "can"|⟪⟨Анна должна;Иван должен⟩ сегодня отправить счёта;Сегодня ⟨Анна должна;Иван должен⟩ отправить счёта⟫=case: genitive for the accusative object⟧.',
  },
  {
    id: 'conditional-would-like',
    source: "⟨Anna;Ivan⟩ would like to order a taxi for six o'clock.",
    frame:
      '⟨Анна;Иван⟩ ⟦⟪⟨хотела;хотел⟩ бы заказать такси;⟨хотела;хотел⟩ бы вызвать такси⟫ на шесть часов|⟪⟨хотел;хотела⟩ бы заказать такси;⟨хотел;хотела⟩ бы вызвать такси⟫ на шесть часов=agreement: the conditional of the other gender|⟪⟨хотела;хотел⟩ бы заказывать такси;⟨хотела;хотел⟩ бы вызывать такси⟫ на шесть часов=wrong aspect: imperfective for one order|⟪⟨хотела;хотел⟩ бы заказать такси;⟨хотела;хотел⟩ бы вызвать такси⟫ на шесть минут=mistranslation: "six o\'clock" rendered as "six minutes"⟧.',
  },
  {
    id: 'reflexive-sya',
    source: 'The meeting starts at ten.',
    frame:
      '⟦⟪Встреча начинается в десять;Встреча начнётся в десять;Совещание начинается в десять⟫|⟪Встреча начинает в десять;Совещание начинает в десять⟫=omission: the reflexive "-ся" of an intransitive "начинаться"|⟪Встреча заканчивается в десять;Совещание заканчивается в десять⟫=mistranslation: "starts" rendered as "ends"|⟪Встреча начинается в десяти;Совещание начинается в десяти⟫=case: prepositional for the clock time (needs the accusative)|⟪Встреча началась в десять;Совещание началось в десять⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'polzovatsya-takes-the-instrumental',
    source: 'We use ⟨this program;this method;this template⟩ every day.',
    frame:
      'Мы ⟪каждый день;ежедневно⟫ ⟦⟪пользуемся ⟨этой программой;этим методом;этим шаблоном⟩;используем ⟨эту программу;этот метод;этот шаблон⟩⟫|пользуемся ⟨эту программу;этот метод;этот шаблон⟩=case: accusative after "пользоваться" (needs the instrumental)|используем ⟨этой программой;этим методом;этим шаблоном⟩=case: instrumental after "использовать" (needs the accusative)|⟪пользовались ⟨этой программой;этим методом;этим шаблоном⟩;использовали ⟨эту программу;этот метод;этот шаблон⟩⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'pomogat-takes-the-dative',
    source: 'The app helps ⟨users;students;drivers⟩ save time.',
    frame:
      '⟪Приложение;Это приложение;Наше приложение⟫ ⟦помогает ⟨пользователям;студентам;водителям⟩ ⟪экономить время;сэкономить время;экономить своё время⟫|помогает ⟨пользователей;студентов;водителей⟩ ⟪экономить время;сэкономить время⟫=case: accusative after "помогать" (needs the dative)|помогло ⟨пользователям;студентам;водителям⟩ ⟪сэкономить время;экономить время⟫=wrong tense: present rendered as past|помогает ⟨пользователям;студентам;водителям⟩ ⟪тратить время;терять время⟫=mistranslation: "save" rendered as "waste"|мешает ⟨пользователям;студентам;водителям⟩ ⟪экономить время;сэкономить время⟫=mistranslation: "helps" rendered as "hinders"⟧.',
  },
  {
    id: 'zvonit-takes-the-dative',
    source: 'Please call ⟨the client;the manager;the supplier⟩ tomorrow.',
    frame:
      '⟦⟪Позвоните, пожалуйста, ⟨клиенту;менеджеру;поставщику⟩ завтра;Пожалуйста, позвоните завтра ⟨клиенту;менеджеру;поставщику⟩;Завтра, пожалуйста, позвоните ⟨клиенту;менеджеру;поставщику⟩⟫|⟪Позвоните, пожалуйста, ⟨клиента;менеджера;поставщика⟩ завтра;Пожалуйста, позвоните завтра ⟨клиента;менеджера;поставщика⟩⟫=case: accusative after "звонить" (needs the dative)|⟪Позвоните, пожалуйста, к ⟨клиенту;менеджеру;поставщику⟩ завтра;Пожалуйста, позвоните завтра к ⟨клиенту;менеджеру;поставщику⟩⟫=wrong preposition: "к" before the one called|⟪Позвоните, пожалуйста, ⟨клиенту;менеджеру;поставщику⟩ сегодня;Пожалуйста, позвоните сегодня ⟨клиенту;менеджеру;поставщику⟩⟫=mistranslation: "tomorrow" rendered as "today"⟧.',
  },
  {
    id: 'imperfective-after-nachat',
    source: 'We will start translating the website next week.',
    frame:
      '⟦⟪Мы начнём переводить сайт на следующей неделе;На следующей неделе мы начнём переводить сайт;Переводить сайт мы начнём на следующей неделе⟫|⟪Мы начнём перевести сайт на следующей неделе;На следующей неделе мы начнём перевести сайт⟫=wrong aspect: perfective infinitive after "начать" (it takes the imperfective)|⟪Мы начнём переводить сайт на следующую неделю;На следующую неделю мы начнём переводить сайт⟫=case: accusative "на следующую неделю" (for next week) for the time when|⟪Мы начали переводить сайт на прошлой неделе;На прошлой неделе мы начали переводить сайт⟫=mistranslation: "next week" rendered as "last week"|⟪Мы закончим переводить сайт на следующей неделе;На следующей неделе мы закончим переводить сайт⟫=mistranslation: "start" rendered as "finish"⟧.',
  },
  {
    id: 'perfective-future-for-one-sending',
    source: 'We will send you the file tomorrow.',
    frame:
      '⟦⟪Мы отправим вам файл завтра;Мы пришлём вам файл завтра;Завтра мы отправим вам файл⟫|⟪Мы будем отправлять вам файл завтра;Завтра мы будем отправлять вам файл⟫=wrong aspect: imperfective future for one sending|⟪Мы отправим вас файл завтра;Завтра мы пришлём вас файл⟫=case: accusative "вас" for the dative recipient|⟪Мы отправим вам файлы завтра;Завтра мы пришлём вам файлы⟫=number: plural for one file⟧.',
  },
  {
    id: 'poprosit-not-sprosit',
    source: 'The bank asked us to send a copy of the contract.',
    frame:
      'Банк ⟦попросил нас ⟪прислать;отправить;направить⟫ копию договора|спросил нас ⟪прислать;отправить⟫ копию договора=wrong verb: "спросить" (ask a question) for "попросить" (request)|попросил нам ⟪прислать;отправить⟫ копию договора=case: dative for the accusative "нас"|попросил нас ⟪прислать;отправить⟫ копию договор=case: nominative "договор" for the genitive "договора"|попросил нас ⟪прислать;отправить⟫ оригинал договора=mistranslation: "a copy" rendered as "the original"⟧.',
  },
  {
    id: 'future-after-esli',
    source: 'If the bank agrees, we will sign the contract on Monday.',
    frame:
      'Если банк ⟦согласится, мы ⟪подпишем договор в понедельник;подпишем договор уже в понедельник;в понедельник подпишем договор⟫|согласился бы, мы ⟪подписали бы договор в понедельник;в понедельник подписали бы договор⟫=mood: the unreal conditional for a real condition|согласится, мы ⟪подпишем договор в понедельнике;в понедельнике подпишем договор⟫=case: prepositional for the weekday (needs the accusative)|согласится, мы ⟪подпишем договор во вторник;во вторник подпишем договор⟫=mistranslation: "Monday" rendered as "Tuesday"⟧.',
  },
  {
    id: 'svoj-for-the-subjects-own',
    source: '⟨Anna;Ivan⟩ sent ⟨her;his⟩ report to the manager.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟨отправила;отправил⟩ ⟪свой отчёт руководителю;руководителю свой отчёт;свой отчёт начальнику⟫|⟨отправила;отправил⟩ ⟪⟨её;его⟩ отчёт руководителю;руководителю ⟨её;его⟩ отчёт⟫=pronoun: "её" or "его" (someone else\'s) for the subject\'s own "свой"|⟨отправил;отправила⟩ ⟪свой отчёт руководителю;руководителю свой отчёт;свой отчёт начальнику⟫=agreement: the past-tense ending of the other gender|⟨отправила;отправил⟩ ⟪свой отчёт руководителя;руководителя свой отчёт⟫=case: genitive for the dative recipient⟧.',
  },
  {
    id: 'short-adjective-agreement',
    source: 'The ⟨room;hall;office⟩ is free tomorrow.',
    frame:
      '⟪Завтра;Завтра весь день⟫ ⟦⟨комната свободна;зал свободен;кабинет свободен⟩|⟨комната свободен;зал свободна;кабинет свободна⟩=agreement: short adjective of another gender than the noun|⟨комната занята;зал занят;кабинет занят⟩=mistranslation: "free" rendered as "occupied"|⟨комната бесплатна;зал бесплатен;кабинет бесплатен⟩=mistranslation: "free" (available) rendered as "free of charge"|⟨комнаты свободны;залы свободны;кабинеты свободны⟩=number: plural for one room⟧.',
  },
  {
    id: 'passive-with-sya',
    source: 'The documents are checked every day.',
    frame:
      '⟦⟪Документы проверяются каждый день;Документы проверяют каждый день;Документы ежедневно проверяются⟫|Документы есть проверены каждый день=literal calque: "are checked" as "есть" and a participle|⟪Документы проверяется каждый день;Документы ежедневно проверяется⟫=agreement: singular verb for a plural subject|⟪Документы проверялись каждый день;Документы ежедневно проверялись⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'double-negation-nikto',
    source: 'Nobody has called ⟨today;this morning⟩.',
    frame:
      '⟦⟪Никто не звонил ⟨сегодня;сегодня утром⟩;⟨Сегодня;Сегодня утром⟩ никто не звонил⟫|⟪Никто звонил ⟨сегодня;сегодня утром⟩;⟨Сегодня;Сегодня утром⟩ никто звонил⟫=negation: the "не" Russian needs after "никто"|⟪Никто не звонили ⟨сегодня;сегодня утром⟩;⟨Сегодня;Сегодня утром⟩ никто не звонили⟫=agreement: plural verb after "никто"|⟪Все звонили ⟨сегодня;сегодня утром⟩;⟨Сегодня;Сегодня утром⟩ все звонили⟫=mistranslation: "nobody" rendered as "everybody"⟧.',
  },
  {
    id: 'double-negation-nichego',
    source: 'We have not received anything from the supplier.',
    frame:
      '⟦⟪Мы ничего не получили от поставщика;От поставщика мы ничего не получили;От поставщика мы пока ничего не получили⟫|⟪Мы ничего получили от поставщика;От поставщика мы ничего получили⟫=negation: the "не" Russian needs with "ничего"|⟪Мы не получили что-нибудь от поставщика;От поставщика мы не получили что-нибудь⟫=literal calque: "not … anything" as "не … что-нибудь"|⟪Мы ничего не получили от поставщику;От поставщику мы ничего не получили⟫=case: dative after "от" (needs the genitive)⟧.',
  },
]
