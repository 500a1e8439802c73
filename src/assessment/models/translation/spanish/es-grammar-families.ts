import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Spanish (Spain): grammar that does not transfer word for word (ser and estar, mood,
 * aspect, agreement, the personal "a", impersonal and passive constructions). Each wrong option
 * holds one error a reviewer marks on sight; none rests on a regional variant. The errors sit
 * where the rule applies, so the options differ in one phrase.
 */
export const ES_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'estar-location-of-things',
    source: 'The ⟨files;invoices⟩ are on the shared server.',
    frame:
      '⟨Los archivos;Las facturas⟩ ⟦están en|son en=ser/estar: ser for the location of a thing (needs estar)|están sobre=wrong preposition: "on" rendered as "sobre" (on top of)|estaban en=wrong tense: present rendered as imperfect⟧ el servidor compartido.',
  },
  {
    id: 'estar-resulting-state',
    source: 'The ⟨door;shop⟩ is ⟨open;closed⟩ now.',
    frame:
      'Ahora ⟨la puerta;la tienda⟩ ⟦está ⟨abierta;cerrada⟩|es ⟨abierta;cerrada⟩=ser/estar: ser for a resulting state (needs estar)|está ⟨abierto;cerrado⟩=agreement: participle not feminine|estaba ⟨abierta;cerrada⟩=wrong tense: present rendered as imperfect|está ⟨abriéndose;cerrándose⟩=mistranslation: progressive "is opening/closing" for the state⟧.',
  },
  {
    id: 'ser-location-of-events',
    source: 'The ⟨concert;meeting⟩ is in the main hall.',
    frame:
      '⟨El concierto;La reunión⟩ ⟦es en|está en=ser/estar: estar for where an event takes place (needs ser)|fue en=wrong tense: present rendered as past|es por=wrong preposition: "por" (through, around) for where it takes place⟧ el salón principal.',
  },
  {
    id: 'subjunctive-after-querer-que',
    source: 'I want the ⟨team;lawyer⟩ to review the contract.',
    frame:
      'Quiero ⟦que ⟨el equipo;la abogada⟩ revise|que ⟨el equipo;la abogada⟩ revisa=mood: indicative where "querer que" needs the subjunctive|que ⟨el equipo;la abogada⟩ revisara=tense sequence: past subjunctive after a present|que ⟨el equipo;la abogada⟩ revisará=mood: future where "querer que" needs the subjunctive|⟨al equipo;a la abogada⟩ revisar=literal calque of "want someone to do"⟧ el contrato.',
  },
  {
    id: 'subjunctive-after-cuando-future',
    source: 'When the ⟨file;parcel⟩ arrives, we will start the work.',
    frame:
      'Cuando ⟦llegue|llegará=mood: future after "cuando" (a future time needs the subjunctive)|llegó=wrong tense: a past arrival for a future one|llegara=wrong tense: past subjunctive for a future arrival|llega=mood: present indicative after "cuando" for a future time⟧ ⟨el archivo;el paquete⟩, empezaremos el trabajo.',
  },
  {
    id: 'subjunctive-after-es-importante-que',
    source: 'It is important that the client ⟨signs;pays⟩ today.',
    frame:
      'Es importante que el cliente ⟦⟨firme;pague⟩|⟨firma;paga⟩=mood: indicative after "es importante que" (needs the subjunctive)|⟨firmará;pagará⟩=mood: future after "es importante que" (needs the subjunctive)|⟨firmara;pagara⟩=wrong tense: past subjunctive for a present requirement|⟨firmó;pagó⟩=wrong tense: past indicative for a present requirement⟧ hoy.',
  },
  {
    id: 'subjunctive-after-para-que',
    source: 'We are sending the invoice so that the client can ⟨pay;check⟩ it.',
    frame:
      'Enviamos la factura ⟦para que el cliente pueda|para que el cliente puede=mood: indicative after "para que" (needs the subjunctive)|para que el cliente podrá=mood: future after "para que" (needs the subjunctive)|para el cliente poder=literal calque: "para", a subject and an infinitive|para que el cliente pudo=wrong tense: past indicative for a purpose⟧ ⟨pagarla;revisarla⟩.',
  },
  {
    id: 'subjunctive-after-antes-de-que',
    source: 'Save your work before the ⟨meeting;session⟩ starts.',
    frame:
      'Guarde su trabajo ⟦antes de que empiece|antes de que empieza=mood: indicative after "antes de que" (needs the subjunctive)|antes de que empezará=mood: future after "antes de que" (needs the subjunctive)|hasta que empiece=mistranslation: "before" rendered as "until"|después de que empiece=mistranslation: "before" rendered as "after"⟧ ⟨la reunión;la sesión⟩.',
  },
  {
    id: 'preterite-for-completed-action',
    source: 'Yesterday I sent the ⟨report;quote⟩ at ten.',
    frame:
      'Ayer ⟦envié|enviaba=wrong aspect: imperfect for a completed action|envío=wrong tense: present "envío" for the past|enviaré=wrong tense: future for the past⟧ ⟨el informe;el presupuesto⟩ a las diez.',
  },
  {
    id: 'imperfect-for-background',
    source: 'While I was ⟨working;writing⟩, the phone rang.',
    frame:
      'Mientras ⟦⟨trabajaba;escribía⟩, sonó|⟨trabajé;escribí⟩, sonó=wrong aspect: preterite for the ongoing background action|⟨trabajaba;escribía⟩, suena=wrong tense: present for a past event|⟨trabajo;escribo⟩, sonó=wrong tense: present for the past background⟧ el teléfono.',
  },
  {
    id: 'acabar-de-for-have-just',
    source: 'I have just ⟨sent;signed⟩ the ⟨email;contract⟩.',
    frame:
      '⟦Acabo de|Acabé de=wrong tense: preterite "acabé de" means "I finished"|Acabo=omission: the preposition "de" of "acabar de"|Acabaré de=wrong tense: future "I will finish"|Acababa de=wrong tense: "I had just" for "I have just"⟧ ⟨enviar el correo;firmar el contrato⟩.',
  },
  {
    id: 'personal-a-before-person-object',
    source: 'We hired the ⟨designer;translator⟩ last week.',
    frame:
      '⟦Contratamos al|Contratamos el=omission: the personal "a" before a person as direct object|Contratábamos al=wrong aspect: imperfect for a completed action|Contrataremos al=wrong tense: future for the past⟧ ⟨diseñador;traductor⟩ la semana pasada.',
  },
  {
    id: 'para-for-deadline',
    source: 'The ⟨report;translation⟩ is for Friday.',
    frame:
      '⟨El informe;La traducción⟩ es ⟦para el viernes|por el viernes=wrong preposition: "por" for a deadline (needs "para")|para viernes=omission: the article before a weekday|para el Viernes=capitalisation: weekday capitalised|para el jueves=mistranslation: "Friday" rendered as "Thursday"⟧.',
  },
  {
    id: 'por-for-price-exchange',
    source: 'We paid 200 euros for the ⟨licence;course⟩.',
    frame:
      '⟦Pagamos 200 euros por|Pagamos 200 euros para=wrong preposition: "para" for a price paid in exchange (needs "por")|Pagamos €200 por=format: currency symbol before the amount|Pagaremos 200 euros por=wrong tense: past rendered as future|Pagamos 200 euro por=agreement: "euro" not made plural⟧ ⟨la licencia;el curso⟩.',
  },
  {
    id: 'masculine-nouns-in-ma',
    source: 'The new ⟨system;programme⟩ is faster.',
    frame:
      '⟦⟨El nuevo sistema;El nuevo programa⟩ es más rápido|⟨La nueva sistema;La nueva programa⟩ es más rápida=gender: a masculine noun in -ma treated as feminine|⟨El nuevo sistema;El nuevo programa⟩ es más rápida=agreement: feminine adjective for a masculine noun|⟨El nuevo sistema;El nuevo programa⟩ es el más rápido=mistranslation: comparative rendered as superlative|⟨El nuevo sistema;El nuevo programa⟩ es menos rápido=mistranslation: "faster" rendered as "less fast"⟧.',
  },
  {
    id: 'el-before-stressed-a',
    source: 'The ⟨water;classroom⟩ is very cold.',
    frame:
      '⟦⟨El agua;El aula⟩ está muy fría|⟨La agua;La aula⟩ está muy fría=article: "la" before a feminine noun starting with stressed a (needs "el")|⟨El agua;El aula⟩ está muy frío=agreement: adjective made masculine to match the article|⟨El agua;El aula⟩ está demasiado fría=mistranslation: "very" rendered as "too"|⟨El agua;El aula⟩ estaba muy fría=wrong tense: present rendered as imperfect⟧.',
  },
  {
    id: 'gustar-construction',
    source: 'The ⟨clients;users⟩ like the new design.',
    frame:
      '⟦A los ⟨clientes;usuarios⟩ les gusta|Los ⟨clientes;usuarios⟩ gustan=literal calque: "like" given the English subject and object|A los ⟨clientes;usuarios⟩ les gustan=agreement: "gustar" agrees with the people, not with what is liked|A los ⟨clientes;usuarios⟩ le gusta=agreement: singular "le" for plural people|A los ⟨clientes;usuarios⟩ les gustaba=wrong tense: present rendered as imperfect⟧ el nuevo diseño.',
  },
  {
    id: 'negative-concord',
    source: 'We did not receive any ⟨payment;message⟩.',
    frame:
      '⟦No recibimos ningún|Recibimos ningún=omission: the "no" Spanish needs before the verb when "ningún" follows|No recibimos algún=literal calque: "any" rendered as "algún" in a negative|No recibimos ninguno=form: "ninguno" not shortened before a masculine noun|No recibiremos ningún=wrong tense: past rendered as future⟧ ⟨pago;mensaje⟩.',
  },
  {
    id: 'reflexive-with-body-parts',
    source: 'The ⟨player;worker⟩ broke his arm.',
    frame:
      '⟨El jugador;El trabajador⟩ ⟦se rompió el brazo|rompió su brazo=literal calque: possessive for a body part (needs the reflexive and the article)|se romperá el brazo=wrong tense: past rendered as future|le rompió el brazo=wrong pronoun: "le" makes him break someone else\'s arm|se rompió la pierna=mistranslation: "arm" rendered as "leg"⟧.',
  },
  {
    id: 'hace-for-ago',
    source: 'The ⟨order;letter⟩ arrived three days ago.',
    frame:
      '⟨El pedido;La carta⟩ ⟦llegó hace tres días|llegó tres días hace=word order: "hace" placed after the period as English "ago"|llegó desde hace tres días=wrong preposition: "desde hace" (for an ongoing state)|llegaba hace tres días=wrong aspect: imperfect for a single arrival|llegó hace tres semanas=mistranslation: "days" rendered as "weeks"⟧.',
  },
  {
    id: 'mas-de-before-numbers',
    source: 'More than ⟨100 clients;50 people⟩ answered the survey.',
    frame:
      '⟦Más de ⟨100 clientes;50 personas⟩ respondieron|Más que ⟨100 clientes;50 personas⟩ respondieron=literal calque: "más que" before a number (needs "más de")|Menos de ⟨100 clientes;50 personas⟩ respondieron=mistranslation: "more than" rendered as "less than"|Más de ⟨100 clientes;50 personas⟩ responden=wrong tense: past rendered as present|Más de ⟨100 clientes;50 personas⟩ responderán=wrong tense: past rendered as future⟧ a la encuesta.',
  },
  {
    id: 'tan-como-comparison',
    source: 'The new ⟨printer;laptop⟩ is as fast as the old one.',
    frame:
      '⟨La nueva impresora;El nuevo portátil⟩ es ⟦tan ⟨rápida;rápido⟩ como|tan ⟨rápida;rápido⟩ que=wrong comparison: "tan … que" (so … that) for "as … as"|tanto ⟨rápida;rápido⟩ como=form: "tanto" not shortened to "tan" before an adjective|más ⟨rápida;rápido⟩ que=mistranslation: equality rendered as "faster than"|tan ⟨lenta;lento⟩ como=mistranslation: "fast" rendered as "slow"⟧ ⟨la antigua;el antiguo⟩.',
  },
  {
    id: 'pasiva-refleja',
    source: '⟨English;German⟩ is spoken in this office.',
    frame:
      'En esta oficina ⟦se habla ⟨inglés;alemán⟩|es hablado ⟨inglés;alemán⟩=literal calque: English periphrastic passive (needs the "se" passive)|se hablan ⟨inglés;alemán⟩=agreement: plural verb for a singular subject|se habla ⟨Inglés;Alemán⟩=capitalisation: language name capitalised|se hablaba ⟨inglés;alemán⟩=wrong tense: present rendered as imperfect⟧.',
  },
  {
    id: 'pasiva-refleja-agreement',
    source: '⟨Waiters;Drivers⟩ wanted for the summer season.',
    frame:
      '⟦Se necesitan|Se necesita=agreement: singular verb in a "se" passive with a plural subject|Se necesitaban=wrong tense: a current advertisement put in the past⟧ ⟨camareros;conductores⟩ ⟦para la temporada de verano|por la temporada de verano=wrong preposition: "por" for the period a job is for (needs "para")|para la temporada de invierno=mistranslation: "summer" rendered as "winter"⟧.',
  },
  {
    id: 'si-clause-imperfect-subjunctive',
    source: 'If the ⟨client;company⟩ had the budget, it would buy the licence.',
    frame:
      'Si ⟨el cliente;la empresa⟩ ⟦tuviera presupuesto, compraría|tendría presupuesto, compraría=mood: conditional after "si" (needs the imperfect subjunctive)|tiene presupuesto, compraría=tense sequence: present after "si" with a conditional|tuviera presupuesto, comprará=tense sequence: future after an imperfect subjunctive "si" clause⟧ la licencia.',
  },
  {
    id: 'se-lo-for-le-lo',
    source: '[About ⟨the key;the receipt⟩ the manager needed] I gave it to him yesterday.',
    frame:
      '⟦Se ⟨la di;lo di⟩|Le ⟨la di;lo di⟩=pronoun: "le" not changed to "se" before "lo/la"|Se ⟨lo di;la di⟩=gender: object pronoun does not match the noun|Se ⟨las di;los di⟩=number: plural pronoun for one thing|Se ⟨la doy;lo doy⟩=wrong tense: present for the past⟧ ayer.',
  },
  {
    id: 'infinitive-after-preposition',
    source: 'Before signing the ⟨contract;agreement⟩, the client read it carefully.',
    frame:
      '⟦Antes de firmar|Antes de firmando=literal calque: gerund after a preposition (needs the infinitive)|Después de firmar=mistranslation: "before" rendered as "after"|Antes de firmado=form: participle after a preposition|Antes firmando=literal calque: "before signing" without "de", with a gerund⟧ ⟨el contrato;el acuerdo⟩, el cliente lo leyó con atención.',
  },
  {
    id: 'infinitive-as-subject',
    source: '⟨Reading;Writing⟩ every day is important.',
    frame:
      '⟦⟨Leer;Escribir⟩ todos los días es importante|⟨Leyendo;Escribiendo⟩ todos los días es importante=literal calque: gerund as a subject (needs the infinitive)|⟨El leyendo;El escribiendo⟩ todos los días es importante=literal calque: an article and a gerund as a noun|⟨Leer;Escribir⟩ todos los días está importante=ser/estar: estar with an impersonal judgement (needs ser)|⟨Leer;Escribir⟩ todo el día es importante=mistranslation: "every day" rendered as "all day"⟧.',
  },
  {
    id: 'mixed-gender-plural-agreement',
    source: 'The ⟨tables and benches;chairs and desks⟩ are new.',
    frame:
      '⟨Las mesas y los bancos;Las sillas y los escritorios⟩ ⟦son nuevos|son nuevas=agreement: feminine plural for a mixed-gender group (needs masculine)|es nuevo=agreement: singular verb and adjective for two subjects|son viejos=mistranslation: "new" rendered as "old"|eran nuevos=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'hay-for-there-is',
    source: 'There are two ⟨errors;problems⟩ in the ⟨table;summary⟩.',
    frame:
      '⟦Hay|Están=literal calque: "there are" as "están" (existence needs "hay")|Hayan=form: subjunctive "hayan" for existential "hay"|Había=wrong tense: present rendered as imperfect|Son=literal calque: "there are" as "son"⟧ dos ⟨errores en la tabla;problemas en el resumen⟩.',
  },
  {
    id: 'impersonal-haber-singular',
    source: 'There were three ⟨mistakes;typos⟩ in the ⟨text;letter⟩.',
    frame:
      '⟦Había tres|Habían tres=agreement: impersonal "haber" made plural|Estaban tres=literal calque: "there were" as "estaban"|Hay tres=wrong tense: past rendered as present|Había trece=mistranslation: "three" rendered as "thirteen"⟧ ⟨errores en el texto;erratas en la carta⟩.',
  },
  {
    id: 'negative-tu-imperative',
    source: "[To a friend] Don't ⟨worry;forget⟩, I will call you tomorrow.",
    frame:
      '⟦⟨No te preocupes;No te olvides⟩|⟨No te preocupas;No te olvidas⟩=mood: indicative in a negative command (needs the subjunctive)|⟨No preocúpate;No olvídate⟩=form: affirmative imperative used with "no"|⟨No se preocupe;No se olvide⟩=register: usted command to a friend, then "te"|⟨No te preocupaste;No te olvidaste⟩=wrong tense: past for a command⟧, te llamaré mañana.',
  },
  {
    id: 'deber-vs-deber-de',
    source: 'The ⟨client;tenant⟩ must pay within 30 days.',
    frame:
      '⟨El cliente;El inquilino⟩ ⟦debe pagar en|debe de pagar en=wrong modal: "deber de" expresses likelihood, not obligation|debía pagar en=wrong tense: present obligation put in the past|puede pagar en=mistranslation: "must" rendered as "may"|debe pagar por=wrong preposition: "por" for a time limit⟧ un plazo de 30 días.',
  },
  {
    id: 'llevar-for-duration-until-now',
    source: 'We have been waiting for the ⟨delivery;answer⟩ for two weeks.',
    frame:
      '⟦Llevamos dos semanas esperando|Llevábamos dos semanas esperando=wrong tense: imperfect for a wait that continues now|Llevamos dos días esperando=mistranslation: "weeks" rendered as "days"|Llevamos dos semanas esperado=form: participle for the gerund after "llevar"|Llevaremos dos semanas esperando=wrong tense: future for a wait until now⟧ ⟨la entrega;la respuesta⟩.',
  },
  {
    id: 'relative-lo-que-for-what',
    source: 'This is what the ⟨client;director⟩ asked for.',
    frame:
      'Esto es ⟦lo que pidió|que pidió=omission: "lo" of "lo que" for "what"|qué pidió=literal calque: interrogative "qué" for relative "what"|lo que pide=wrong tense: past rendered as present|lo que preguntó=mistranslation: "ask for" rendered as "preguntar" (ask a question)⟧ ⟨el cliente;la directora⟩.',
  },
  {
    id: 'ser-for-identity-profession',
    source: 'My ⟨sister;cousin⟩ is an engineer.',
    frame:
      'Mi ⟨hermana;prima⟩ ⟦es ingeniera|está ingeniera=ser/estar: estar for a profession (needs ser)|es ingeniero=agreement: masculine profession for a woman|era ingeniera=wrong tense: present rendered as past|será ingeniera=wrong tense: present rendered as future⟧.',
  },
]
