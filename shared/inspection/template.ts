/**
 * Inspection templates as versioned data (design §7): sections of items, each item with a
 * kind, a label in every language and the standards it comes from. A released template
 * version is never edited; a change is a new version, and every inspection names the id,
 * version and content hash it used, so it reads the same after the template moves on.
 */
import { z } from 'zod';
import { canonicalJson, RESERVED_KEYS } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/hash';
import { LEGAL_REGIMES } from '../ledger/coreEventTypes';
import { INSPECTION_CATEGORIES } from './categories';
import { INDICATOR_IDS } from './indicatorDefinitions';
import { citationSchema } from './sources';
import { localizedTextSchema } from './text';
import { checkItemRules, checkTemplateIds } from './templateRules';

/** What an item asks for: a rating, a measured number with a unit, a count, or free text. */
export const ITEM_KINDS = ['assessment', 'number', 'count', 'text'] as const;
/** One of ITEM_KINDS. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Template, section and item ids: lowercase ASCII tokens such as `water.storage_clean`. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
/** Longest template, section or item id. */
export const TEMPLATE_ID_MAX_CHARS = 64;
/** Highest template version number. */
export const TEMPLATE_MAX_VERSION = 1_000_000;
/** Most sections in one template. */
export const TEMPLATE_MAX_SECTIONS = 100;
/** Most items in one section. */
export const SECTION_MAX_ITEMS = 200;
/** Most sources one item may cite. */
export const ITEM_MAX_SOURCES = 10;
/** Longest label or title, per language. */
export const LABEL_MAX_CHARS = 500;
/** Longest guidance text, per language. */
export const GUIDANCE_MAX_CHARS = 2000;
/** Longest unit, per language. */
export const UNIT_MAX_CHARS = 40;

/**
 * An id. Reserved JavaScript member names are refused because item ids become keys of
 * answer maps, where `constructor` would read an inherited member.
 */
export const templateIdSchema = z
  .string()
  .min(1)
  .max(TEMPLATE_ID_MAX_CHARS)
  .regex(TEMPLATE_ID_PATTERN)
  .refine((id) => !RESERVED_KEYS.has(id), { message: 'must not be a reserved name' });

/** One checklist item. Kind-specific rules are in templateRules.ts. */
export const templateItemSchema = z
  .strictObject({
    id: templateIdSchema,
    kind: z.enum(ITEM_KINDS),
    label: localizedTextSchema(LABEL_MAX_CHARS),
    guidance: localizedTextSchema(GUIDANCE_MAX_CHARS).optional(),
    source: z.array(citationSchema).min(1).max(ITEM_MAX_SOURCES),
    unit: localizedTextSchema(UNIT_MAX_CHARS).optional(),
    better: z.enum(['higher', 'lower']).optional(),
    indicator: z.enum(INDICATOR_IDS).optional(),
    appliesTo: z.array(z.enum(LEGAL_REGIMES)).min(1).max(LEGAL_REGIMES.length).optional(),
  })
  .superRefine(checkItemRules);
/** One checklist item. */
export type TemplateItem = z.infer<typeof templateItemSchema>;

/** A section: items under one category of domain.md §3.2. */
export const templateSectionSchema = z.strictObject({
  id: templateIdSchema,
  category: z.enum(INSPECTION_CATEGORIES),
  title: localizedTextSchema(LABEL_MAX_CHARS),
  items: z.array(templateItemSchema).min(1).max(SECTION_MAX_ITEMS),
});
/** A section of a template. */
export type TemplateSection = z.infer<typeof templateSectionSchema>;

/** A whole template, with unique section and item ids. */
export const templateSchema = z
  .strictObject({
    id: templateIdSchema,
    version: z.number().int().min(1).max(TEMPLATE_MAX_VERSION),
    title: localizedTextSchema(LABEL_MAX_CHARS),
    sections: z.array(templateSectionSchema).min(1).max(TEMPLATE_MAX_SECTIONS),
  })
  .superRefine(checkTemplateIds);
/** A whole template. */
export type Template = z.infer<typeof templateSchema>;

/** Which template an inspection used: id, version and the SHA-256 of its canonical JSON. */
export const templateRefSchema = z.strictObject({
  id: templateIdSchema,
  version: z.number().int().min(1).max(TEMPLATE_MAX_VERSION),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
/** Which template an inspection used. */
export type TemplateRef = z.infer<typeof templateRefSchema>;

/** One of the legal regimes of coreEventTypes. */
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

/** An item with the section and category it sits in. */
export type LocatedItem = { readonly item: TemplateItem; readonly section: TemplateSection };

/**
 * Lowercase hex SHA-256 of the template's RFC 8785 canonical JSON: two templates with the
 * same id and version but different content (two organisations' files) never get confused.
 */
export function templateContentHash(template: Template): string {
  return sha256Hex(canonicalJson(template));
}

/** The reference an inspection stores for the template it used. */
export function templateRefOf(template: Template): TemplateRef {
  return { id: template.id, version: template.version, contentHash: templateContentHash(template) };
}

/** Every item of a template in order, with its section. */
export function templateItems(template: Template): LocatedItem[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ item, section })));
}

/** The items of a template by id. */
export function itemsById(template: Template): ReadonlyMap<string, LocatedItem> {
  return new Map(templateItems(template).map((located) => [located.item.id, located]));
}

/**
 * Whether an item applies under a facility's legal regime (domain.md §0.1: GC III/IV
 * items only in international armed conflict, and so on). Items without `appliesTo`
 * apply everywhere; so does every item when the regime is not known.
 */
export function isItemApplicable(item: TemplateItem, regime: LegalRegime | undefined): boolean {
  return regime === undefined || item.appliesTo === undefined || item.appliesTo.includes(regime);
}
