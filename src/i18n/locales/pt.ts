import type { CoreStrings, QuizStrings, FactsStrings } from './es.js';

/** Portuguese (Brazilian usage). In Portuguese, "tráfico de pessoas" is trafficking in persons. */
export const ptCore: CoreStrings = {
  'line.name': 'Linha contra o tráfico de pessoas',
  'line.nameShort': 'Contra o tráfico',
  'line.pitch':
    'Você ou alguém que você conhece corre risco de tráfico de pessoas ou de trabalho forçado? Ligue para a linha gratuita e confidencial.',
  'line.pitchCompact': 'Linha gratuita e confidencial contra o tráfico de pessoas',
  'line.free': 'Gratuita',
  'line.confidential': 'Confidencial',
  'line.hours': '24 horas',
  'line.anonymous': 'Você pode ligar sem dizer seu nome',
  'line.operator': 'Atendimento: {{operator}}',
  'line.option': 'Escolha a opção {{option}}',
  'line.optionShort': 'opção {{option}}',
  'line.callTo': 'Ligar para',
  'line.call': 'Ligar para {{number}}',
  'line.immediate': 'Em perigo imediato, ligue para {{number}} ({{operator}})',
  'line.regionName': '{{name}} ({{index}} de {{count}})',
  'banner.dismiss': 'Fechar o aviso da linha',
  'exit.button': 'Saída rápida',
  'exit.buttonShort': 'Sair',
  'exit.hint': 'Ou pressione a tecla Shift 3 vezes',
  'exit.pressesLeft_one': 'Pressione Shift mais {{count}} vez para sair desta página',
  'exit.pressesLeft_other': 'Pressione Shift mais {{count}} vezes para sair desta página',
  'exit.expired': 'Saída rápida cancelada',
};

export const ptQuiz: QuizStrings = {
  'quiz.name': 'Autoavaliação privada sobre sinais de tráfico de pessoas e trabalho forçado',
  'quiz.intro':
    'Algumas perguntas de sim ou não, poucos minutos. Suas respostas não saem deste dispositivo: nada é enviado nem salvo. Não é uma avaliação jurídica.',
  'quiz.choosePath': 'O que descreve melhor a sua situação?',
  'quiz.progress': 'Pergunta {{current}} de {{total}}',
  'quiz.yes': 'Sim',
  'quiz.no': 'Não',
  'quiz.notSure': 'Não tenho certeza',
  'quiz.back': 'Voltar',
  'quiz.next': 'Próxima',
  'quiz.seeResult': 'Ver o resultado',
  'quiz.answerFirst': 'Escolha uma resposta para continuar.',
  'quiz.concerns': 'Respostas que chamam a atenção',
  'quiz.answerYes': 'Você respondeu "sim"',
  'quiz.answerNotSure': 'Você respondeu "não tenho certeza"',
  'quiz.restart': 'Começar de novo',
  'quiz.privacy': 'Nada do que você respondeu foi salvo ou enviado.',
};

export const ptFacts: FactsStrings = {
  'facts.name': 'Dados sobre o tráfico de pessoas no Peru',
  // Dates and numbers as Intl writes them in this language (a test compares the two): the fact
  // sheet formats them itself, since a page's first Intl formatter costs a long task.
  'facts.months': 'janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro',
  'facts.dateDay': '{{day}} de {{month}} de {{year}}',
  'facts.dateMonth': '{{month}} de {{year}}',
  'facts.groupSeparator': '.',
  'facts.decimalSeparator': ',',
  'facts.historicalIn': 'Dado histórico ({{date}})',
  'facts.attributed': 'Atribuído: {{attribution}}',
  'facts.date': 'Data: {{date}}',
  'facts.source_one': 'Fonte',
  'facts.source_other': 'Fontes',
  'facts.moreThan': 'mais de {{value}}',
  'facts.about': 'cerca de {{value}}',
  'facts.tier': 'Nível {{value}}',
  'facts.copy': 'Copiar com citação',
  'facts.copied': 'Copiado com a citação.',
  'facts.copiedShort': '✓ Copiado',
  'facts.copyFailedShort': 'Texto selecionado: copie-o',
  'facts.copyFailed': 'Não foi possível copiar. O texto ficou selecionado: copie com Ctrl+C ou com um toque longo.',
  'facts.footer': 'Kit de imprensa ct-awareness, versão {{version}}',
  'facts.fullKit': 'Ver o kit de imprensa completo',
  'facts.none': 'Não há dados para esta seleção.',
};
