/**
 * Questions to the seller's sales team about a product. Buyers ask through the contract;
 * everyone of the same account sees the account's questions; the sales team answers through
 * the backend's operator API ({@link answerQuestion}), as a CRM would.
 */
import {
  NotFoundError,
  ValidationError,
  type FieldError,
  type ProductQuestion,
  type ProductQuestionInput,
  type ProductQuestionQuery,
} from '../../commerce/index.js';
import type { BackendState, StoredQuestion } from '../state/state.js';
import type { Actor } from './actor.js';
import type { World } from './world.js';

/** Shortest and longest question, in characters after trimming. */
export const QUESTION_LENGTH = { min: 3, max: 2000 } as const;

/** Most questions one listing returns. */
export const QUESTION_PAGE = 200;

function questionsOf(state: BackendState): NonNullable<BackendState['questions']> {
  return (state.questions ??= { counter: 0, byId: {} });
}

function view(question: StoredQuestion): ProductQuestion {
  return { ...question, status: question.answer ? 'answered' : 'open' };
}

/**
 * Stores a question for the caller's account. Sending the same open question for the same
 * product again (a double click, a retry after a lost reply) returns the stored one.
 */
export function askQuestion(world: World, state: BackendState, actor: Actor, input: ProductQuestionInput): ProductQuestion {
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const text = input.text.trim();
  const fields: FieldError[] = [];
  const item = world.catalog.bySku.get(input.sku);
  if (!item) fields.push({ path: 'sku', message: t(`Unbekannte Artikelnummer ${input.sku}.`, `Unknown SKU ${input.sku}.`) });
  if (text.length < QUESTION_LENGTH.min || text.length > QUESTION_LENGTH.max) {
    fields.push({
      path: 'text',
      message: t(
        `Die Frage braucht ${QUESTION_LENGTH.min} bis ${QUESTION_LENGTH.max} Zeichen.`,
        `The question needs ${QUESTION_LENGTH.min} to ${QUESTION_LENGTH.max} characters.`,
      ),
    });
  }
  if (!item || fields.length > 0) throw new ValidationError(t('Die Frage kann nicht gesendet werden.', 'The question cannot be sent.'), fields);
  const store = questionsOf(state);
  const repeated = Object.values(store.byId).find(
    (q) => q.askedBy.userId === actor.user.id && q.accountId === actor.account.id && q.sku === input.sku && q.text === text && q.answer === null,
  );
  if (repeated) return view(repeated);
  const id = `q-${++store.counter}`;
  const question: StoredQuestion = {
    id,
    sku: item.sku,
    productName: item.name[actor.locale],
    text,
    askedAt: world.now().toISOString(),
    askedBy: { userId: actor.user.id, name: actor.user.name },
    accountId: actor.account.id,
    answer: null,
  };
  store.byId[id] = question;
  return view(question);
}

/** The caller's account's questions, newest first, optionally for one SKU. */
export function listQuestions(state: BackendState, actor: Actor, query: ProductQuestionQuery = {}): ProductQuestion[] {
  return Object.values(state.questions?.byId ?? {})
    .filter((q) => q.accountId === actor.account.id && (query.sku === undefined || q.sku === query.sku))
    .sort((a, b) => (a.askedAt === b.askedAt ? Number(b.id.slice(2)) - Number(a.id.slice(2)) : a.askedAt < b.askedAt ? 1 : -1))
    .slice(0, QUESTION_PAGE)
    .map(view);
}

/** The sales team's answer (operator API, not part of the buyer contract); answering again corrects it. */
export function answerQuestion(world: World, state: BackendState, id: string, text: string, answeredBy: string): ProductQuestion {
  const question = state.questions?.byId[id];
  if (!question) throw new NotFoundError(`No question ${id}.`);
  const answer = text.trim();
  if (answer.length === 0 || answer.length > QUESTION_LENGTH.max) {
    throw new ValidationError('The answer cannot be saved.', [{ path: 'text', message: `Give 1 to ${QUESTION_LENGTH.max} characters.` }]);
  }
  question.answer = { text: answer, answeredAt: world.now().toISOString(), answeredBy };
  return view(question);
}
