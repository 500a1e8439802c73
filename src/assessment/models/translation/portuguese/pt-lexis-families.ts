import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Portuguese (Brazil): long-documented false friends (each wrong reading a real
 * Portuguese word of another meaning) and verb–noun collocations Portuguese builds with another
 * verb than English.
 */
export const PT_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-na-verdade',
    source: 'Actually, the deadline is Friday.',
    frame:
      '⟦⟪Na verdade;Na realidade⟫|Atualmente=false friend: "atualmente" means "currently"|Obviamente=mistranslation: "actually" rendered as "obviously"|Em teoria=mistranslation: "actually" rendered as "in theory"⟧, o prazo ⟪é;vence na⟫ sexta-feira.',
  },
  {
    id: 'eventually-no-fim',
    source: 'Eventually, the client accepted the proposal.',
    frame:
      '⟦⟪No fim;Por fim;Finalmente⟫|Eventualmente=false friend: "eventualmente" means "occasionally, possibly"|No início=mistranslation: "eventually" rendered as "at first"|Evidentemente=mistranslation: "evidentemente" means "evidently"⟧, o cliente ⟪aceitou;concordou com⟫ a proposta.',
  },
  {
    id: 'library-biblioteca',
    source: 'I borrowed this book from the library last week.',
    frame:
      '⟪Peguei este livro emprestado;Peguei emprestado este livro⟫ ⟦na biblioteca|na livraria=false friend: "livraria" means "bookshop"|no arquivo=mistranslation: "library" rendered as "archive"|na bibliografia=mistranslation: "bibliografia" means "reading list"⟧ ⟪na semana passada;semana passada⟫.',
  },
  {
    id: 'pretend-fingir',
    source: 'According to the police, the witness pretended to be ill.',
    frame:
      '⟪Segundo a polícia;De acordo com a polícia⟫, a testemunha ⟦⟪fingiu estar doente;fingiu que estava doente⟫|pretendeu estar doente=false friend: "pretender" means "intend"|fingiu estar contente=mistranslation: "ill" rendered as "happy"|fingirá estar doente=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'push-empurrar',
    source: 'Push the door gently.',
    frame:
      '⟦Empurre a porta ⟪com cuidado;delicadamente⟫|Puxe a porta ⟪com cuidado;delicadamente⟫=false friend: "puxar" means "pull"|Empurre a porta com força=mistranslation: "gently" rendered as "hard"|Empurre o porta ⟪com cuidado;delicadamente⟫=gender: masculine "o" for "a porta"⟧.',
  },
  {
    id: 'exquisite-requintado',
    source: 'The dinner at the hotel was exquisite.',
    frame:
      '⟪O jantar no hotel;O jantar do hotel⟫ foi ⟦⟪requintado;primoroso⟫|esquisito=false friend: "esquisito" means "strange"|requintada=agreement: feminine adjective for "o jantar"|exaustivo=mistranslation: "exquisite" rendered as "exhausting"⟧.',
  },
  {
    id: 'parents-pais',
    source: 'The pupils came with their parents.',
    frame:
      '⟪Os alunos;Os estudantes⟫ vieram com ⟦os pais|os parentes=false friend: "parentes" means "relatives"|os padres=false friend: "padres" means "priests"|as pais=gender: feminine article for "os pais"|os avós=mistranslation: "avós" means "grandparents"⟧.',
  },
  {
    id: 'college-faculdade',
    source: 'My daughter is in college.',
    frame:
      '⟪Minha filha;A minha filha⟫ ⟦está na faculdade|está no colégio=false friend: "colégio" means "secondary school"|está no faculdade=gender: masculine "no" for "a faculdade"|é na faculdade=ser/estar: "ser" for where someone is|está na escola primária=mistranslation: "college" rendered as "primary school"⟧.',
  },
  {
    id: 'sensible-sensato',
    source: 'It was a sensible decision.',
    frame:
      '⟪Foi uma decisão;Essa foi uma decisão⟫ ⟦⟪sensata;razoável⟫|sensível=false friend: "sensível" means "sensitive"|sensacional=mistranslation: "sensible" rendered as "sensational"|insensata=mistranslation: "sensible" rendered as "senseless"⟧.',
  },
  {
    id: 'resume-retomar',
    source: 'The meeting will resume at two.',
    frame:
      'A reunião ⟦será ⟪retomada;reiniciada⟫|será resumida=false friend: "resumir" means "summarise"|será retomado=agreement: masculine participle for "a reunião"|foi retomada=wrong tense: future rendered as past⟧ ⟪às duas;às 14h⟫.',
  },
  {
    id: 'realise-perceber',
    source: 'I realised the mistake too late.',
    frame:
      '⟦⟪Percebi;Notei⟫ o erro tarde demais|Realizei o erro tarde demais=false friend: "realizar" means "carry out"|⟪Percebi;Notei⟫ o erro cedo demais=mistranslation: "too late" rendered as "too early"|Percebo o erro tarde demais=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'attend-comparecer',
    source: 'The director attended the meeting this morning.',
    frame:
      'O diretor ⟦⟪compareceu à;participou da⟫ reunião|atendeu a reunião=false friend: "atender" means "serve, answer"|compareceu a reunião=accent: no crase after "comparecer a" before "a reunião"|comparecerá à reunião=wrong tense: past rendered as future⟧ ⟪hoje de manhã;hoje cedo⟫.',
  },
  {
    id: 'costume-fantasia',
    source: 'The children wore costumes to the party.',
    frame:
      'As crianças ⟦⟪usaram;vestiram⟫ fantasias|usaram costumes=false friend: "costumes" means "customs, habits"|usaram uniformes=mistranslation: "costumes" rendered as "uniforms"|usarão fantasias=wrong tense: past rendered as future⟧ ⟪na festa;para a festa⟫.',
  },
  {
    id: 'data-dados',
    source: 'The data are stored on the server.',
    frame:
      '⟦Os dados ⟪ficam;estão⟫ armazenados|As datas ⟪ficam;estão⟫ armazenadas=false friend: "datas" means "calendar dates"|Os dados ⟪ficam;estão⟫ armazenadas=agreement: feminine participle for "os dados"|Os dados ficavam armazenados=wrong tense: present rendered as past⟧ no servidor.',
  },
  {
    id: 'prejudice-preconceito',
    source: 'The campaign fights prejudice at work.',
    frame:
      'A campanha ⟦combate o preconceito|combate o prejuízo=false friend: "prejuízo" means "loss, damage"|combate a preconceito=gender: feminine "a" for "o preconceito"|combateu o preconceito=wrong tense: present rendered as past|apoia o preconceito=mistranslation: "fights" rendered as "supports"⟧ ⟪no trabalho;no ambiente de trabalho⟫.',
  },
  {
    id: 'novel-romance',
    source: 'She is writing a novel about her childhood.',
    frame:
      'Ela está escrevendo ⟦um romance|uma novela=false friend: "novela" means "soap opera" in Brazil|uma romance=gender: feminine "uma" for "o romance"|um conto=mistranslation: "conto" means "short story"⟧ ⟪sobre a infância dela;sobre sua infância⟫.',
  },
  {
    id: 'support-apoiar',
    source: 'According to the minutes, the board supports the project.',
    frame:
      '⟪Segundo a ata;De acordo com a ata⟫, a diretoria ⟦apoia o projeto|suporta o projeto=false friend: "suportar" means "put up with, bear"|apoia a projeto=gender: feminine "a" for "o projeto"|apoiava o projeto=wrong tense: present rendered as past|apoiam o projeto=agreement: plural verb for "a diretoria"⟧.',
  },
  {
    id: 'lecture-palestra',
    source: 'The lecture starts at nine.',
    frame:
      '⟦A palestra começa|A leitura começa=false friend: "leitura" means "reading"|O leitor começa=false friend: "leitor" means "reader"|A palestra começam=agreement: plural verb for a singular subject|A palestra começou=wrong tense: present rendered as past⟧ ⟪às nove;às 9h⟫.',
  },
  {
    id: 'argument-discussao',
    source: 'The partners had an argument about money.',
    frame:
      'Os sócios ⟦tiveram uma discussão|tiveram um argumento=false friend: "argumento" means "line of reasoning"|tiveram um discussão=gender: masculine "um" for "a discussão"|terão uma discussão=wrong tense: past rendered as future⟧ ⟪por causa de dinheiro;por dinheiro⟫.',
  },
  {
    id: 'fabric-tecido',
    source: 'This fabric is made in Portugal.',
    frame:
      '⟦Este tecido é ⟪fabricado;produzido⟫ em Portugal|Esta fábrica é ⟪fabricada;produzida⟫ em Portugal=false friend: "fábrica" means "factory"|Este tecido é ⟪fabricado;produzido⟫ no Portugal=article: "Portugal" takes no article|Este tecido é ⟪fabricado;produzido⟫ na Espanha=mistranslation: "Portugal" rendered as "Spain"⟧.',
  },
  {
    id: 'exit-saida',
    source: 'The exit is on the left.',
    frame:
      '⟦A saída ⟪fica;está⟫ à esquerda|O êxito ⟪fica;está⟫ à esquerda=false friend: "êxito" means "success"|A saída ⟪fica;está⟫ à direita=mistranslation: "left" rendered as "right"|A saída ⟪fica;está⟫ a esquerda=accent: no crase in "à esquerda"⟧.',
  },
  {
    id: 'mayor-prefeito',
    source: 'The mayor opened the new school this morning.',
    frame:
      '⟦O prefeito inaugurou a nova escola|O maior inaugurou a nova escola=false friend: "maior" means "bigger, largest"|O governador inaugurou a nova escola=mistranslation: "mayor" rendered as "governor"|O prefeito inaugurou o nova escola=gender: masculine "o" for "a escola"|O prefeito inaugura a nova escola=wrong tense: past rendered as present⟧ ⟪hoje de manhã;hoje cedo⟫.',
  },
  {
    id: 'expert-especialista',
    source: 'We hired a tax expert last month.',
    frame:
      '⟦Contratamos um especialista em impostos|Contratamos um esperto em impostos=false friend: "esperto" means "clever, sly"|Contratamos um especialista em taxas=false friend: "taxas" means "fees, rates"|Contrataremos um especialista em impostos=wrong tense: past rendered as future⟧ ⟪no mês passado;mês passado⟫.',
  },
  {
    id: 'retired-aposentado',
    source: 'My father is retired.',
    frame:
      '⟪Meu pai;O meu pai⟫ ⟦⟪é;está⟫ aposentado|⟪é;está⟫ retirado=false friend: "retirado" means "withdrawn, secluded"|⟪é;está⟫ aposentada=agreement: feminine adjective for a man|era aposentado=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'sympathetic-compreensivo',
    source: 'According to the patients, the doctor was very sympathetic.',
    frame:
      '⟪Segundo os pacientes;De acordo com os pacientes⟫, o médico foi muito ⟦compreensivo|simpático=false friend: "simpático" means "friendly, likeable"|compreensível=false friend: "compreensível" means "understandable"|compreensiva=agreement: feminine adjective for "o médico"⟧.',
  },
  {
    id: 'comprehensive-abrangente',
    source: 'According to the client, the report is comprehensive.',
    frame:
      '⟪Segundo o cliente;De acordo com o cliente⟫, o relatório é ⟦⟪abrangente;completo⟫|compreensivo=false friend: "compreensivo" means "understanding"|compreensível=false friend: "compreensível" means "understandable"|superficial=mistranslation: "comprehensive" rendered as "superficial"⟧.',
  },
  {
    id: 'make-a-decision-tomar',
    source: 'We need to make a decision today.',
    frame:
      '⟦Precisamos tomar uma decisão|Precisamos fazer uma decisão=literal calque: "make a decision" with "fazer"|Precisamos tomar um decisão=gender: masculine "um" for "a decisão"|Precisávamos tomar uma decisão=wrong tense: present rendered as past⟧ ⟪hoje;hoje mesmo⟫.',
  },
  {
    id: 'pay-attention-prestar',
    source: 'Please pay attention to the details.',
    frame:
      '⟪Por favor;Por gentileza⟫, ⟦preste atenção aos detalhes|pague atenção aos detalhes=literal calque: "pay attention" with "pagar"|preste atenção às detalhes=gender: feminine "às" for "os detalhes"|preste atenção ao detalhe=number: singular for "the details"⟧.',
  },
  {
    id: 'take-a-photo-tirar',
    source: 'Excuse me, can I take a photo?',
    frame:
      '⟪Com licença;Desculpe⟫, posso ⟦tirar uma foto|tomar uma foto=literal calque: "take a photo" with "tomar"|levar uma foto=literal calque: "take" as "carry away"|tirar um foto=gender: masculine "um" for "a foto"⟧?',
  },
  {
    id: 'take-place-realizar-se',
    source: 'This year the conference will take place in May.',
    frame:
      '⟪Este ano;Neste ano⟫, a conferência ⟦⟪será realizada;acontecerá⟫ em maio|tomará lugar em maio=literal calque: "take place" with "tomar lugar"|será realizado em maio=agreement: masculine participle for "a conferência"|aconteceu em maio=wrong tense: future rendered as past⟧.',
  },
  {
    id: 'make-mistakes-cometer',
    source: 'Everyone makes mistakes at work.',
    frame:
      'Todo mundo ⟦comete erros|faz erros=literal calque: "make mistakes" with "fazer"|cometem erros=agreement: plural verb for "todo mundo"|cometeu erros=wrong tense: present rendered as past⟧ ⟪no trabalho;no serviço⟫.',
  },
  {
    id: 'ask-a-question-fazer',
    source: 'Excuse me, may I ask a question?',
    frame:
      '⟪Com licença;Desculpe⟫, posso ⟦fazer uma pergunta|perguntar uma pergunta=literal calque: "ask a question" with "perguntar"|pedir uma pergunta=wrong verb: "pedir" means "request"|fazer um pergunta=gender: masculine "um" for "a pergunta"⟧?',
  },
  {
    id: 'call-ligar-para',
    source: 'I will phone the client tomorrow morning.',
    frame:
      '⟦⟪Vou ligar;Ligarei⟫ para o cliente ⟪amanhã de manhã;amanhã pela manhã⟫|Vou chamar o cliente ⟪amanhã de manhã;amanhã pela manhã⟫=wrong verb: "chamar" means "summon", not "phone"|Vou ligar o cliente ⟪amanhã de manhã;amanhã pela manhã⟫=omission: the "para" after "ligar" (reads as "switch the client on")|Liguei para o cliente ⟪amanhã de manhã;amanhã pela manhã⟫=wrong tense: future rendered as past⟧.',
  },
  {
    id: 'take-a-break-pausa',
    source: 'Let us take a ten-minute break.',
    frame:
      'Vamos ⟦fazer uma pausa|tomar uma pausa=literal calque: "take a break" with "tomar"|fazer uma quebra=literal calque: "break" as "quebra" (breakage)|fazer um pausa=gender: masculine "um" for "a pausa"⟧ ⟪de dez minutos;de 10 minutos⟫.',
  },
  {
    id: 'heavy-rain-chuva-forte',
    source: 'Heavy rain is expected tomorrow.',
    frame:
      '⟦Está prevista chuva forte|Está prevista chuva pesada=literal calque: "heavy rain" as "chuva pesada"|Está prevista chuva fraca=mistranslation: "heavy" rendered as "light"|Estava prevista chuva forte=wrong tense: present rendered as past⟧ ⟪para amanhã;amanhã⟫.',
  },
  {
    id: 'policy-politica',
    source: 'Before signing up, read our privacy policy.',
    frame:
      '⟪Antes de se cadastrar;Antes de fazer o cadastro⟫, leia ⟦nossa política de privacidade|nossa polícia de privacidade=false friend: "polícia" means "police"|nossa apólice de privacidade=false friend: "apólice" means "insurance policy (the document)"|nosso política de privacidade=gender: masculine "nosso" for "a política"⟧.',
  },
  {
    id: 'physician-medica',
    source: 'She is a physician at a hospital in Recife.',
    frame:
      'Ela ⟦é médica|é física=false friend: "física" means "physicist"|é médico=agreement: masculine noun for a woman|está médica=ser/estar: "estar" for a profession⟧ ⟪num;em um⟫ hospital ⟪em;de⟫ Recife.',
  },
  {
    id: 'magazine-revista',
    source: 'I read it in a magazine.',
    frame:
      'Li isso ⟦⟪numa;em uma⟫ revista|num magazine=false friend: "magazine" means "department store" in Brazil|num jornal=mistranslation: "jornal" means "newspaper"|⟪numa;em uma⟫ revisão=false friend: "revisão" means "review, revision"⟧.',
  },
  {
    id: 'notice-aviso',
    source: 'We received a notice from the bank this morning.',
    frame:
      '⟦Recebemos um aviso do banco|Recebemos uma notícia do banco=false friend: "notícia" means "piece of news"|Recebemos um aviso da banco=gender: feminine "da" for "o banco"|Receberemos um aviso do banco=wrong tense: past rendered as future⟧ ⟪hoje de manhã;hoje cedo⟫.',
  },
  {
    id: 'scholarship-bolsa',
    source: 'This year she won a scholarship.',
    frame:
      '⟪Este ano;Neste ano⟫, ela ganhou ⟦uma bolsa de estudos|uma escolaridade=false friend: "escolaridade" means "level of schooling"|um bolsa de estudos=gender: masculine "um" for "a bolsa"|uma bolsa de valores=mistranslation: "bolsa de valores" means "stock exchange"⟧.',
  },
  {
    id: 'income-tax-imposto',
    source: 'Income tax is due in April every year.',
    frame:
      '⟦O imposto de renda vence em abril|A taxa de renda vence em abril=false friend: "taxa" means "fee, rate"|O imposto de renda venceu em abril=wrong tense: present rendered as past|O imposto de renda vence em agosto=mistranslation: "April" rendered as "August"⟧ ⟪todo ano;todos os anos⟫.',
  },
]
