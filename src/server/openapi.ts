import type { ParamSpec } from './params.js';
import type { Route } from './routes.js';
import { MAX_POST_BYTES, MAX_POST_RECORDS } from './ingest-body.js';

const nullable = (type: string) => ({ type: [type, 'null'] });
const str = { type: 'string' };
const int = { type: 'integer' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const array = (items: object) => ({ type: 'array', items });
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const pageOf = (item: string) => object({ total: int, limit: int, offset: int, items: array(ref(item)) });

const ARTICLE_REF = { id: str, title: nullable('string'), outlet: nullable('string'), published: nullable('string') };
const SPAN = { start: int, end: int };

/** Response shapes, for readers of the description (the handlers return these). */
const SCHEMAS = {
  Error: object({ error: object({ status: int, message: str }) }),
  ArticleRef: object(ARTICLE_REF),
  ArticleSummary: object({
    ...ARTICLE_REF, language: nullable('string'), authors: array(str), snippet: str, notArticle: nullable('string'),
    eventDate: nullable('string'), quotes: int,
  }),
  ArticlePage: pageOf('ArticleSummary'),
  Quote: object({
    id: str, article: ref('ArticleRef'), text: str, ...SPAN, direct: { type: 'boolean' }, speaker: nullable('string'),
    speakerAsWritten: nullable('string'), speakerEntity: nullable('string'), cue: nullable('string'), date: nullable('string'),
  }),
  QuotePage: pageOf('Quote'),
  Article: {
    description: 'The export contract\'s article (see README), with its quotes and the entities it mentions. Offsets index into `text`.',
    ...object({
      ...ARTICLE_REF, source: str, url: nullable('string'), authors: array(str), language: nullable('string'), text: str,
      removed: array(object({ text: str, reason: str })), notArticle: nullable('string'), warnings: array(str),
      extra: { type: 'object' }, eventDate: nullable('string'),
      times: array(object({ text: str, ...SPAN, value: str, type: str })),
      mentions: array(object({ entity: nullable('string'), text: str, ...SPAN, type: str })),
      quotes: array(ref('Quote')),
      entities: array(object({ id: str, name: str, type: str, mentions: int })),
      event: {
        description: 'The event the article sits in (null until the event stage placed it); `copyOf` names the article it repeats.',
        oneOf: [object({ id: str, title: nullable('string'), date: nullable('string'), storyline: ref('StorylineRef'), copyOf: { oneOf: [ref('ArticleRef'), { type: 'null' }] } }), { type: 'null' }],
      },
    }),
  },
  Entity: object({ id: str, name: str, type: str, aliases: array(str), roles: array(str), articles: int, quotes: int }),
  EntityPage: pageOf('Entity'),
  EntityDetail: object({ entity: ref('Entity'), articles: array(ref('ArticleRef')), quotes: array(ref('Quote')), events: array(ref('Event')) }),
  StorylineRef: object({ id: str, title: nullable('string') }),
  Event: {
    description: '`independent` counts the articles that are not near-copies of another.',
    ...object({ id: str, title: nullable('string'), date: nullable('string'), storyline: ref('StorylineRef'), articles: int, independent: int, outlets: array(str), quotes: int }),
  },
  EventPage: pageOf('Event'),
  EventDetail: object({
    event: { allOf: [ref('Event'), object({ summary: nullable('string') })] },
    articles: array(object({ ...ARTICLE_REF, copyOf: { oneOf: [ref('ArticleRef'), { type: 'null' }] }, score: { type: 'number' } })),
    timeline: array(ref('Event')),
    ledger: array(object({ speaker: str, entity: nullable('string'), quotes: int, outlets: array(object({ outlet: nullable('string'), quotes: array(ref('Quote')) })) })),
    unattributed: array(ref('Quote')),
  }),
  Storyline: object({ id: str, title: nullable('string'), events: int, articles: int, first: nullable('string'), last: nullable('string') }),
  StorylinePage: pageOf('Storyline'),
  StorylineDetail: object({ storyline: ref('Storyline'), events: array(ref('Event')) }),
  Stats: object({
    articles: int,
    outlets: array(object({ value: str, count: int })),
    languages: array(object({ value: str, count: int })),
    firstPublished: nullable('string'), lastPublished: nullable('string'),
    entities: object({ PER: int, ORG: int, LOC: int, MISC: int }), quotes: int, events: int,
  }),
  IngestReport: { description: 'What `corroborate ingest` reports.', type: 'object' },
};

function schemaOf(spec: ParamSpec): object {
  if (spec.type === 'integer') return { type: 'integer', default: spec.default, minimum: spec.minimum, maximum: spec.maximum };
  if (spec.type === 'date') return { type: 'string', format: 'date' };
  return { type: 'string', maxLength: spec.maxLength, ...(spec.enum ? { enum: spec.enum } : {}) };
}

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'Error', content: { 'application/json': { schema: ref('Error') } } }]));

/** The OpenAPI 3.1 description of the API, built from the same route and parameter data the server runs on. */
export function openApiDocument(routes: readonly Route[], version: string): object {
  const paths: Record<string, object> = {};
  for (const r of routes) {
    const parameters = [
      ...Object.entries(r.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: str })),
      ...Object.entries(r.query).map(([name, spec]) => ({ name, in: 'query', required: false, description: spec.description, schema: schemaOf(spec) })),
    ];
    paths[r.path] = {
      get: {
        summary: r.summary, parameters,
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref(r.response) } } }, ...errors(400, ...(r.pathParams ? [404] : [])) },
      },
    };
  }
  const articles = paths['/api/articles'] as Record<string, object>;
  articles['post'] = {
    summary: `Ingest articles: one JSON record or an array (up to ${MAX_POST_RECORDS}), or one HTML page. Only when the server has a token, sent as \`Authorization: Bearer TOKEN\`.`,
    security: [{ bearer: [] }],
    parameters: [
      { name: 'id', in: 'query', required: false, description: 'For an HTML page: the id to store it under.', schema: str },
      { name: 'url', in: 'query', required: false, description: 'For an HTML page: its URL.', schema: str },
    ],
    requestBody: {
      required: true,
      description: `At most ${MAX_POST_BYTES} bytes. Records carry \`id\`, \`url\`, \`title\`, \`text\` or \`html\`, \`published\`, \`outlet\`, \`authors\`.`,
      content: { 'application/json': { schema: { oneOf: [{ type: 'object' }, array({ type: 'object' })] } }, 'text/html': { schema: str } },
    },
    responses: {
      '200': { description: 'The ingest report', content: { 'application/json': { schema: ref('IngestReport') } } },
      ...errors(400, 401, 403, 413, 415),
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Corroborate API', version, description: 'Read-only JSON over a Corroborate store; errors are `{"error": {"status", "message"}}`.' },
    paths,
    components: { schemas: SCHEMAS, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
