/**
 * Decides whether a short text (a heading, a label, a link's text) names a person or an
 * organisation, or is a field label ("Telefone"), a page-section title ("Fale conosco") or a
 * sentence. Shared by both stages, so it stays small: word lists, no tables of names.
 */

export type LabelKind = 'name' | 'name-field' | 'field' | 'generic' | 'other';

/** Word lists (and tag lists) are written as one "a|b|c" string: the collector ships to every page it reads. */
export function words(list: string): Set<string> {
  return new Set(list.split('|'));
}

/** Section titles that describe the page, not whom to call: the page owner's contacts sit under them. */
const GENERIC = words(
  'fale conosco|contato|contatos|contate-nos|entre em contato|fale com a gente|' +
    'informacoes de contato|dados de contato|canais de atendimento|nossos contatos|contact|' +
    'contacts|contact us|get in touch|contact information|contact info|onde estamos|' +
    'localizacao|como chegar|endereco|enderecos|nosso endereco|sobre|sobre nos|' +
    'sobre a empresa|quem somos|a empresa|empresa|sobre mim|about|about us|about me|' +
    'redes sociais|siga-nos|atendimento|atendimento ao cliente|central de atendimento|central|' +
    'sac|recepcao|horario de atendimento|horarios|horario de funcionamento|links uteis|' +
    'institucional|newsletter|menu|mapa do site|ajuda|descricao|detalhes|equipe|nossa equipe|' +
    'our team|team|profissionais|corpo clinico|inicio|home|blog|noticias|experiencia|formacao|' +
    'resumo|perfil|comentarios|compartilhe|telefones uteis|escritorios|unidades|' +
    'nossas unidades|geral|central de ajuda|central de relacionamento|help|help center|' +
    'duvidas|duvidas gerais|informacoes|informacoes gerais|mais informacoes|general inquiries',
);

/** Labels that introduce the value itself ("Nome: Ana Souza"). */
const NAME_FIELDS = words('nome|name|nome completo|responsavel|anunciante|vendedor|vendedora|corretor|corretora|' + 'autor|autora|anunciado por|publicado por');

/** Words that label a value's kind, not its owner. */
const FIELD_WORDS = words(
  'tel|telefone|telefones|fone|fones|fax|cel|celular|celulares|movel|whatsapp|whats|zap|wpp|' +
    'e-mail|email|e-mails|emails|mail|site|website|endereco|end|cep|horario|horarios|ramal|' +
    'phone|telephone|mobile|cell|sms|skype|cnpj|cpf|crm|creci|oab|cau|pabx|plantao|numero|' +
    'contato|contatos|telefonico|ligacao|ligacoes|escritorio|fixo|recado|recados|residencial|' +
    'office|work|home|telemovel',
);

/** Calls to action: a heading or label that starts with one ("Envie uma mensagem") names nobody. */
const IMPERATIVES = words(
  'ligue|ligar|liga|chame|chamar|fale|falar|envie|enviar|escreva|mande|mandar|contate|' +
    'acesse|clique|agende|agendar|solicite|peca|call|contact|write|text|reach|send|visite|' +
    'confira|conheca|veja|saiba|faca|baixe|siga|conversar|chat|ver|mostrar|contrate|contratar|' +
    'solicitar|reserve|reservar|compre|comprar|marque|marcar|pedir',
);

/** Words that join a label to its value ("ligue para", "chame no"): never a name on their own. */
const CONNECTIVES = words('ou|e|pelo|pela|pelos|no|na|para|via|por|em|com|o|a|at|or|and|us|nos|the|aqui|nosso|nossa|' + 'seu|sua|mensagem|here|me|agora');

/** Lower-case particles inside names ("Maria da Silva", "Ludwig van Beethoven"). */
const PARTICLES = words('da|das|de|do|dos|e|di|du|van|von|del|la|le|y|&');

/** Titles and legal suffixes that do not change who is meant ("Dra. Ana Souza" is "Ana Souza"). */
const IGNORED_IN_KEY = words('dr|dra|sr|sra|prof|profa|ltda|sa|me|eireli|inc|llc|ltd');

const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 8;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-case without diacritics, for comparing words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Trims whitespace, bullets and the punctuation that glues a label to its value. */
export function cleanLabel(text: string): string {
  return collapse(text).replace(/^[\s\p{P}\p{S}]+(?=\p{L})|[\s:;,|·•–—\-–>]+$/gu, '');
}

/** A key under which different spellings of one name meet. */
export function nameKey(name: string): string {
  return fold(name)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((word) => word !== '' && !IGNORED_IN_KEY.has(word))
    .join(' ');
}

export function isFieldWord(word: string): boolean {
  return FIELD_WORDS.has(fold(word).replace(/\.$/, ''));
}

export function isConnective(word: string): boolean {
  return CONNECTIVES.has(fold(word));
}

export function isCallWord(word: string): boolean {
  return IMPERATIVES.has(fold(word)) || isConnective(word);
}

/** "Tel/Fax", "Celular e WhatsApp", "E-mail:" — every word names a kind of value. */
function isFieldLabel(folded: string): boolean {
  const words = folded.split(/\s*(?:\/|,|\s(?:e|ou|and|or)\s|\s)\s*/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => FIELD_WORDS.has(word.replace(/[.:]$/, '')));
}

/** Headlines and sentences: long runs of lower-case words. */
function isSentenceLike(words: string[]): boolean {
  const content = words.filter((word) => !PARTICLES.has(word.toLowerCase()) && word.length > 2);
  const lower = content.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 4 && lower > content.length - lower;
}

function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > MAX_NAME_LENGTH) return false;
  if (/[\p{N}@?!]|https?:|www\./u.test(text)) return false;
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS || isSentenceLike(words)) return false;
  return /^[\p{Lu}\p{Lt}]/u.test(text);
}

export function classifyLabel(text: string): LabelKind {
  const clean = cleanLabel(text);
  const folded = fold(clean);
  if (clean === '') return 'other';
  if (isFieldLabel(folded)) return 'field';
  if (NAME_FIELDS.has(folded)) return 'name-field';
  if (GENERIC.has(folded)) return 'generic';
  const firstWord = folded.split(' ')[0] ?? '';
  return looksLikeName(clean) && !IMPERATIVES.has(firstWord) ? 'name' : 'other';
}

/** "Mariana Costa", "Acme Tecnologia": two or more words, each capitalised but for particles. */
export function isProperName(text: string): boolean {
  const words = cleanLabel(text).split(' ');
  const capitalised = (word: string) => PARTICLES.has(word.toLowerCase()) || /^[\p{Lu}\p{Lt}]/u.test(word);
  return words.length >= 2 && words.every(capitalised) && classifyLabel(text) === 'name';
}

/** A name taken from running text: also refuses calls to action ("Ligue para", "Fale com Ana"). */
export function isInlineName(text: string): boolean {
  const first = text.split(' ')[0] ?? '';
  return classifyLabel(text) === 'name' && !isCallWord(first) && !isFieldWord(first);
}
