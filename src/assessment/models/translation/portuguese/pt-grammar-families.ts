import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Portuguese (Brazilian Portuguese, the written standard): grammar that does not
 * transfer word for word (ser and estar, the future subjunctive after "quando" and "se", the
 * present subjunctive after conjunctions and verbs of wishing, preterite and imperfect, the
 * personal infinitive, impersonal "haver" and "fazer", contractions and the crase, verb
 * complements, clitic placement after "não").
 */
export const PT_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'estar-for-a-passing-state',
    source: '[A customer complaining] The coffee is cold.',
    frame:
      'O café ⟦está frio|é frio=ser/estar: "ser" for a passing state|está fria=agreement: feminine adjective for "o café"|estava frio=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'ser-for-a-profession',
    source: 'My brother is an engineer.',
    frame:
      '⟪Meu irmão;O meu irmão⟫ ⟦é engenheiro|está engenheiro=ser/estar: "estar" for a profession|é engenheira=agreement: feminine noun for a man|era engenheiro=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'future-subjunctive-after-quando',
    source: 'When the client arrives, let me know.',
    frame:
      'Quando o cliente ⟦chegar|chega=mood: present indicative after "quando" for a future event (needs the future subjunctive)|chegará=mood: future indicative after "quando" (needs the future subjunctive)|chegue=mood: present subjunctive after "quando" (needs the future subjunctive)|chegou=wrong tense: a future arrival rendered as past⟧, ⟪avise-me;me avise⟫.',
  },
  {
    id: 'future-subjunctive-after-se',
    source: 'If the client pays tomorrow, we will ship the order.',
    frame:
      'Se o cliente ⟦pagar amanhã, enviaremos|pague amanhã, enviaremos=mood: present subjunctive after "se" (needs the future subjunctive)|pagará amanhã, enviaremos=mood: future indicative after "se" (needs the future subjunctive)|pagasse amanhã, enviaremos=tense sequence: imperfect subjunctive with a future main clause|pagar amanhã, enviávamos=wrong tense: future rendered as imperfect⟧ o pedido.',
  },
  {
    id: 'subjunctive-after-embora',
    source: 'Although the price is high, we accept the offer.',
    frame:
      'Embora o preço ⟦seja alto|é alto=mood: indicative after "embora" (needs the subjunctive)|será alto=mood: future indicative after "embora" (needs the subjunctive)|seja alta=agreement: feminine adjective for "o preço"|fosse alto=wrong tense: "is" rendered as past (reads as an offer already accepted)⟧, aceitamos a proposta.',
  },
  {
    id: 'subjunctive-after-para-que',
    source: 'We are sending the invoice so that the client can pay it.',
    frame:
      'Estamos enviando a fatura ⟦para que o cliente possa pagá-la|para que o cliente pode pagá-la=mood: indicative after "para que" (needs the subjunctive)|para que o cliente possa pagá-lo=agreement: masculine "lo" for "a fatura"|para que o cliente pudesse pagá-la=tense sequence: past subjunctive after a present main clause|para que o cliente poderá pagá-la=mood: future indicative after "para que" (needs the subjunctive)⟧.',
  },
  {
    id: 'subjunctive-after-espero-que',
    source: 'I hope you like the proposal.',
    frame:
      'Espero que você ⟦goste da proposta|gosta da proposta=mood: indicative after "espero que" (needs the subjunctive)|goste a proposta=omission: the "de" that "gostar" takes|gostará da proposta=mood: future indicative after "espero que" (needs the subjunctive)|goste do proposta=gender: masculine "do" for "a proposta"⟧.',
  },
  {
    id: 'ha-for-ago',
    source: 'The parcel arrived two days ago.',
    frame:
      'O pacote chegou ⟦há dois dias|a dois dias=spelling: "a" (distance, time ahead) for "há" (time elapsed)|há dois dias atrás=addition: "atrás" repeats the "há" of elapsed time|daqui a dois dias=mistranslation: "two days ago" rendered as "in two days"|por dois dias=wrong preposition: "por" gives a duration, not a point in the past⟧.',
  },
  {
    id: 'present-with-ha-for-duration',
    source: 'I have been living in São Paulo for three years.',
    frame:
      '⟦⟪Moro;Vivo⟫ em São Paulo há três anos|Morei em São Paulo por três anos=literal calque: "have lived … for" (reads as a period now over)|⟪Moro;Vivo⟫ em São Paulo a três anos=spelling: "a" for "há" (time elapsed)|⟪Moro;Vivo⟫ a São Paulo há três anos=wrong preposition: "a" for where one lives (needs "em")|⟪Moro;Vivo⟫ em São Paulo há três meses=mistranslation: "years" rendered as "months"⟧.',
  },
  {
    id: 'impersonal-haver',
    source: 'There were many problems in the system.',
    frame:
      '⟦⟪Havia;Houve⟫ muitos problemas|Haviam muitos problemas=agreement: impersonal "haver" made plural|Houveram muitos problemas=agreement: impersonal "haver" made plural|Há muitos problemas=wrong tense: past rendered as present|⟪Havia;Houve⟫ muitas problemas=gender: feminine "muitas" for "problemas"⟧ no sistema.',
  },
  {
    id: 'impersonal-fazer',
    source: 'It has been two years since the company was founded.',
    frame:
      '⟦⟪Faz;Há⟫ dois anos que a empresa foi fundada|Fazem dois anos que a empresa foi fundada=agreement: impersonal "fazer" made plural|⟪Faz;Há⟫ dois anos que a empresa foi fundado=agreement: masculine participle for "a empresa"|⟪Faz;Há⟫ dois anos que a empresa está fundada=ser/estar: "estar" for the passive of an event|⟪Faz;Há⟫ dois meses que a empresa foi fundada=mistranslation: "years" rendered as "months"⟧.',
  },
  {
    id: 'masculine-nouns-in-ma',
    source: 'The ⟨problem;theme⟩ is complex.',
    frame:
      '⟦⟨O problema;O tema⟩ é complexo|⟨A problema;A tema⟩ é complexo=gender: a masculine noun in -ma given a feminine article|⟨O problema;O tema⟩ é complexa=agreement: feminine adjective for a masculine noun|⟨Os problemas;Os temas⟩ são complexos=number: plural for a singular noun|⟨O problema;O tema⟩ era complexo=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'feminine-analise',
    source: 'The analysis was quick.',
    frame:
      '⟦A análise foi rápida|A análise foi rápido=agreement: masculine adjective for "a análise"|O análise foi rápido=gender: "análise" treated as masculine|A análise é rápida=wrong tense: past rendered as present|A análise foi rapidamente=form: adverb for the adjective⟧.',
  },
  {
    id: 'contraction-em-a',
    source: 'The keys are on the table.',
    frame:
      'As chaves ⟦estão ⟪na mesa;em cima da mesa⟫|estão em a mesa=form: "em a" not contracted to "na"|são na mesa=ser/estar: "ser" for where something is|estão no mesa=gender: masculine "no" for "a mesa"|estão sob a mesa=mistranslation: "on" rendered as "under"⟧.',
  },
  {
    id: 'crase-before-feminine-destination',
    source: 'I am going to the meeting now.',
    frame:
      'Vou ⟦à reunião|a reunião=accent: no crase where the preposition "a" meets the article "a"|ao reunião=gender: masculine "ao" for "a reunião"|na reunião=wrong preposition: "em" after "ir" (the written standard needs "a")|há reunião=spelling: the verb "há" for the preposition⟧ agora.',
  },
  {
    id: 'no-crase-before-masculine',
    source: 'We sent the proposal to the director.',
    frame:
      'Enviamos a proposta ⟦⟪ao diretor;para o diretor⟫|à diretor=accent: crase before a masculine noun|o diretor=omission: the preposition "a" before the one it was sent to|aos diretores=number: plural for one director⟧.',
  },
  {
    id: 'para-for-a-recipient',
    source: 'This gift is for you.',
    frame:
      '⟦Este presente é para você|Este presente é por você=wrong preposition: "por" (on behalf of, because of) for a recipient|Esta presente é para você=gender: feminine "esta" for "o presente"|Este presente era para você=wrong tense: present rendered as past|Este presente é pra você=register: colloquial "pra" in writing⟧.',
  },
  {
    id: 'por-for-means',
    source: 'We will send the contract by email.',
    frame:
      '⟦⟪Enviaremos;Vamos enviar⟫ o contrato por e-mail|⟪Enviaremos;Vamos enviar⟫ o contrato para e-mail=wrong preposition: "para" (towards) for the means|⟪Enviaremos;Vamos enviar⟫ o contrato com e-mail=wrong preposition: "com" (together with) for the means|Enviávamos o contrato por e-mail=wrong tense: future rendered as imperfect|⟪Enviaremos;Vamos enviar⟫ a contrato por e-mail=gender: feminine "a" for "o contrato"⟧.',
  },
  {
    id: 'preterite-for-already',
    source: 'I have already sent the report.',
    frame:
      '⟦Já enviei o relatório|Já tenho enviado o relatório=wrong aspect: "tenho enviado" is an action repeated until now|Já enviava o relatório=wrong aspect: imperfect for a completed action|Ainda não enviei o relatório=negation: "already" rendered as "not yet"|Já enviei a relatório=gender: feminine "a" for "o relatório"⟧.',
  },
  {
    id: 'imperfect-for-background',
    source: 'When I was a child, I lived in Salvador.',
    frame:
      'Quando ⟦eu era criança, morava em Salvador|eu fui criança, morava em Salvador=wrong aspect: preterite "fui" for a background state|eu estava criança, morava em Salvador=ser/estar: "estar" for a stage of life|eu era criança, moro em Salvador=wrong tense: past rendered as present|eu era criança, morava a Salvador=wrong preposition: "a" for where one lives (needs "em")⟧.',
  },
  {
    id: 'preterite-for-a-single-event',
    source: 'Yesterday the director signed the contract.',
    frame:
      'Ontem o diretor ⟦assinou o contrato|assinava o contrato=wrong aspect: imperfect for a single completed action|assina o contrato=wrong tense: past rendered as present|assinou a contrato=gender: feminine "a" for "o contrato"|tem assinado o contrato=wrong aspect: "tem assinado" is an action repeated until now⟧.',
  },
  {
    id: 'personal-infinitive-or-subjunctive',
    source: 'It is important for the employees to read the manual.',
    frame:
      'É importante ⟦⟪que os funcionários leiam;os funcionários lerem⟫|que os funcionários leem=mood: indicative after "é importante que" (needs the subjunctive)|os funcionários ler=agreement: uninflected infinitive after its own plural subject (needs "lerem")|que os funcionários leram=mood: preterite "leram" for the subjunctive "leiam"|que o funcionário leiam=number: singular subject with a plural verb⟧ o manual.',
  },
  {
    id: 'assistir-a-with-crase',
    source: 'We watched the presentation.',
    frame:
      '⟦Assistimos à apresentação|Assistimos a apresentação=accent: no crase after "assistir a" (to watch) before "a apresentação"|Assistimos na apresentação=wrong preposition: "em" after "assistir" (needs "a")|Assistiremos à apresentação=wrong tense: past rendered as future|Assistimos ao apresentação=gender: masculine "ao" for "a apresentação"⟧.',
  },
  {
    id: 'nao-before-nada',
    source: 'The client did not say anything.',
    frame:
      'O cliente ⟦não ⟪disse;falou⟫ nada|⟪disse;falou⟫ nada=negation: "não" dropped before "nada" (reads as a positive statement)|não ⟪disse;falou⟫ algo=negation: "algo" where a negative sentence needs "nada"|não diz nada=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'proclisis-after-nao',
    source: 'He did not tell me the price.',
    frame:
      'Ele ⟦não me disse o preço|não disse-me o preço=pronoun: enclisis after "não", which draws the pronoun before the verb|não lhe disse o preço=pronoun: "lhe" (to him, to her) for "me"|não me diz o preço=wrong tense: past rendered as present|me não disse o preço=word order: pronoun before "não"⟧.',
  },
  {
    id: 'masculine-plural-for-mixed-nouns',
    source: 'The prices and the conditions are new.',
    frame:
      'Os preços e as condições ⟦são novos|são novas=agreement: feminine plural for a masculine and a feminine noun together|é novo=agreement: singular verb and adjective for two subjects|eram novos=wrong tense: present rendered as past|são nova=agreement: singular adjective for two nouns⟧.',
  },
  {
    id: 'maior-not-mais-grande',
    source: 'This office is bigger than the old one.',
    frame:
      'Este escritório é ⟦maior ⟪que;do que⟫ o antigo|mais grande ⟪que;do que⟫ o antigo=form: "mais grande" for the comparative "maior"|menor ⟪que;do que⟫ o antigo=mistranslation: "bigger" rendered as "smaller"|maior como o antigo=wrong comparison: "como" (as) for "que"|maior ⟪que;do que⟫ a antiga=gender: feminine "a antiga" for "o escritório"⟧.',
  },
  {
    id: 'melhor-not-mais-bom',
    source: 'The result was better than expected.',
    frame:
      'O resultado ⟦foi melhor ⟪do que;que⟫ o esperado|foi mais bom ⟪do que;que⟫ o esperado=form: "mais bom" for the comparative "melhor"|foi pior ⟪do que;que⟫ o esperado=mistranslation: "better" rendered as "worse"|foi melhor como o esperado=wrong comparison: "como" (as) for "do que"|é melhor ⟪do que;que⟫ o esperado=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'passive-agreement',
    source: 'The reports were sent yesterday.',
    frame:
      'Os relatórios ⟦foram enviados|foi enviado=agreement: singular verb and participle for "os relatórios"|foram enviadas=agreement: feminine participle for "os relatórios"|serão enviados=wrong tense: past rendered as future|foram envios=form: the noun "envios" for the participle⟧ ontem.',
  },
  {
    id: 'se-passive-agreement',
    source: '[Sign] Apartments for rent.',
    frame:
      '⟦Alugam-se apartamentos|Aluga-se apartamentos=agreement: "se" passive verb not agreeing with the plural subject|Alugam-se apartamento=number: singular "apartamento" for "apartments"|Vendem-se apartamentos=mistranslation: "for rent" rendered as "for sale"⟧.',
  },
  {
    id: 'ter-for-age',
    source: 'The company is ten years old.',
    frame:
      'A empresa ⟦tem dez anos|é dez anos velha=literal calque: "is … years old" with "ser" and "velha"|tem dez anos velha=addition: "velha" kept after "tem … anos"|tinha dez anos=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'depender-de',
    source: 'It depends on the budget.',
    frame:
      '⟦Depende do orçamento|Depende no orçamento=wrong preposition: "em" after "depender" (needs "de")|Depende sobre o orçamento=literal calque: "depends on" with "sobre"|Dependia do orçamento=wrong tense: present rendered as past|Depende da orçamento=gender: feminine "da" for "o orçamento"⟧.',
  },
  {
    id: 'cujo-without-article',
    source: 'The client whose contract expired called this morning.',
    frame:
      'O cliente ⟦cujo contrato venceu|cujo o contrato venceu=article: an article after "cujo"|que o contrato dele venceu=relative pronoun: "que … dele" for "cujo"|cuja contrato venceu=agreement: feminine "cuja" for "contrato"|cujo contrato vence=wrong tense: past rendered as present⟧ ligou hoje de manhã.',
  },
  {
    id: 'gerund-for-progressive',
    source: 'I am reading the report right now.',
    frame:
      '⟦Estou lendo o relatório|Estou a ler o relatório=form: the European "estar a" with an infinitive in a Brazilian text (needs the gerund)|Estava lendo o relatório=wrong tense: present rendered as past|Estou lendo a relatório=gender: feminine "a" for "o relatório"|Sou lendo o relatório=ser/estar: "ser" for the progressive⟧ agora mesmo.',
  },
  {
    id: 'unreal-condition',
    source: 'If I were you, I would accept the offer.',
    frame:
      'Se eu ⟦fosse você, aceitaria|era você, aceitaria=mood: imperfect indicative in an unreal condition|for você, aceitaria=mood: future subjunctive in an unreal condition|fosse você, aceitarei=tense sequence: future after an unreal "se" clause|seria você, aceitaria=mood: conditional after "se"⟧ a proposta.',
  },
  {
    id: 'present-subjunctive-after-caso',
    source: 'In case the order is delayed, we will let you know.',
    frame:
      'Caso o pedido ⟦atrase|atrasar=mood: future subjunctive after "caso" (needs the present subjunctive)|atrasa=mood: indicative after "caso" (needs the subjunctive)|atrasará=mood: future indicative after "caso" (needs the subjunctive)|atrasou=wrong tense: a possible delay rendered as past⟧, ⟪avisaremos você;entraremos em contato⟫.',
  },
  {
    id: 'subjunctive-after-talvez',
    source: 'Perhaps the client is right.',
    frame:
      'Talvez o cliente ⟦⟪tenha razão;esteja certo⟫|tem razão=mood: indicative after a "talvez" that comes first|está certo=mood: indicative after a "talvez" that comes first|seja certo=ser/estar: "ser certo" (to be certain, fixed) for being right⟧.',
  },
  {
    id: 'subjunctive-after-antes-que',
    source: 'Call me before the client leaves.',
    frame:
      '⟪Ligue para mim;Ligue-me⟫ ⟦antes que o cliente saia|antes que o cliente sai=mood: indicative after "antes que" (needs the subjunctive)|antes que o cliente sair=mood: future subjunctive after "antes que" (needs the present subjunctive)|depois que o cliente sair=mistranslation: "before" rendered as "after"|antes que o cliente saiu=wrong tense: a future event rendered as past⟧.',
  },
  {
    id: 'object-pronoun-o',
    source: 'I saw him at the meeting.',
    frame:
      '⟦Eu o vi na reunião|Eu vi ele na reunião=pronoun: subject form "ele" as a direct object (colloquial)|Eu lhe vi na reunião=pronoun: indirect "lhe" for a direct object|Eu a vi na reunião=gender: "a" (her) for "him"|Eu o vejo na reunião=wrong tense: past rendered as present⟧.',
  },
]
