/**
 * The shape of one policy event in data/events.json. Every entry must name its source
 * (an http(s) address) and quote the page that was read; a date that could not be
 * checked is marked verified: false with a note saying what is unconfirmed.
 */
import { z } from 'zod';

export const ACTORS = ['US', 'MX', 'GT', 'HN', 'SV', 'bilateral'] as const;
/** 'request': one side asked the other (see `asked`); 'commitment': one side undertook to act; 'proposal': a plan put forward, not in force. */
export const KINDS = ['policy-start', 'policy-end', 'deployment', 'agreement', 'request', 'commitment', 'delivery', 'proposal'] as const;
export type Actor = (typeof ACTORS)[number];
export type Kind = (typeof KINDS)[number];

/** Each kind in words, English and Spanish: what a Spanish table prints beside the code (--kind takes the code). */
export const KIND_WORDS: Record<Kind, { en: string; es: string }> = {
  'policy-start': { en: 'policy start', es: 'inicio de política' },
  'policy-end': { en: 'policy end', es: 'fin de política' },
  deployment: { en: 'deployment', es: 'despliegue' },
  agreement: { en: 'agreement', es: 'acuerdo' },
  request: { en: 'request', es: 'solicitud' },
  commitment: { en: 'commitment', es: 'compromiso' },
  delivery: { en: 'delivery', es: 'entrega' },
  proposal: { en: 'proposal', es: 'propuesta' },
};

/** A calendar date that exists (2021-02-30 does not). */
export const isoDate = z.string().refine((s) => {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'must be a real date written YYYY-MM-DD');

const address = z.string().regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be an http(s) address');
const text = z.string().trim().min(1);
const bilingual = z.object({ en: text, es: text }).strict();
/** The project's own words (a note): English and Spanish, so a plain string (English only) is refused. */
const noteText = z.string({ error: 'must be the note written in this language' }).trim().min(1);
const bilingualNote = z
  .object({ en: noteText, es: noteText }, { error: (iss) => (iss.code === 'invalid_type' ? 'must be { "en": ..., "es": ... }: a note in English only needs its Spanish too' : undefined) })
  .strict();

const figure = z
  .object({
    value: z.number().finite(),
    unit: text,
    what: bilingual,
    /** The source's own words for the figure. */
    quote: text,
    url: address,
  })
  .strict();

export const eventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    date: isoDate,
    /** 'month' when only the month is established (date is then the 1st). */
    datePrecision: z.enum(['day', 'month']).default('day'),
    endDate: isoDate.optional(),
    /** When it was announced or signed, if not the day it took effect. */
    announced: isoDate.optional(),
    actor: z.enum(ACTORS),
    kind: z.enum(KINDS),
    title: bilingual,
    description: bilingual,
    source: z
      .object({
        publisher: bilingual,
        /** The document's own title, quoted as published, never translated. */
        title: text,
        /** The language the title is written in, so a face can say "(título original en inglés)". */
        title_lang: z.enum(['en', 'es']),
        citation: text.optional(),
        url: address,
        /** False when the primary document's own address was not read and this page quotes or cites it. */
        primary: z.boolean(),
      })
      .strict(),
    evidence: z.object({ url: address, quote: z.string().trim().min(10), note: bilingualNote.optional() }).strict(),
    figures: z.array(figure).default([]),
    /** For a request or a commitment: who asked (or undertook) and of (or to) whom. */
    asked: z.object({ by: z.enum(ACTORS), of: z.enum(ACTORS) }).strict().optional(),
    verified: z.boolean(),
    note: bilingualNote.optional(),
    related: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.endDate && e.endDate < e.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `ends (${e.endDate}) before it starts (${e.date})` });
    if (!e.verified && !e.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'an unverified entry needs a note saying what is unconfirmed' });
    if (e.kind === 'request' && !e.asked) ctx.addIssue({ code: 'custom', path: ['asked'], message: 'a request says who asked whom: asked: { by, of }' });
    if (e.datePrecision === 'month' && !e.date.endsWith('-01')) ctx.addIssue({ code: 'custom', path: ['date'], message: 'a month-precision date is the first of the month' });
  });

export const eventsFileSchema = z.object({ about: text, events: z.array(z.unknown()) }).strict();

export type PolicyEvent = z.infer<typeof eventSchema>;
