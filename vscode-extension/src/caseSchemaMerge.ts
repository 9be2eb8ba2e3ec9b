// Combines the case schemas of several rule packs (each from `safeguards schema <pack>`) into one JSON
// Schema for VS Code's JSON language service. Pure module: must not import `vscode` (tested with node).

/** The shape `safeguards schema` writes (docs/case-data.md); only what merging needs is typed. */
export interface CaseJsonSchema {
  title?: string;
  description?: string;
  properties: { schema: { enum: string[]; enumDescriptions?: string[] } } & Record<string, unknown>;
  /** One `{ if: { properties: { schema: { const: NAME } } }, then: ... }` per case schema. */
  allOf: { if: { properties: { schema: { const: string } } } }[];
  $defs: Record<string, unknown>;
  [key: string]: unknown;
}

export interface MergedSchema {
  schema: object;
  /** Case schema names defined by more than one pack: the first pack (in the order given) is used. */
  duplicates: { name: string; kept: string; ignored: string }[];
}

/** The schema served when no pack could be read: it checks nothing (the reason is logged and shown once). */
export function unavailableSchema(reason: string): object {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Safeguards case (no rule pack available)', description: reason };
}

/** One schema with the case alternatives of every pack, the first definition of each case name winning. */
export function mergeCaseSchemas(packs: { pack: string; schema: CaseJsonSchema }[]): MergedSchema {
  if (packs.length === 0) throw new Error('mergeCaseSchemas needs at least one pack');
  const base = structuredClone(packs[0].schema);
  const owner = new Map(base.allOf.map((c) => [c.if.properties.schema.const, packs[0].pack]));
  const duplicates: MergedSchema['duplicates'] = [];
  for (const { pack, schema } of packs.slice(1)) {
    for (const byCase of schema.allOf) {
      const name = byCase.if.properties.schema.const;
      const kept = owner.get(name);
      if (kept !== undefined) {
        duplicates.push({ name, kept, ignored: pack });
        continue;
      }
      owner.set(name, pack);
      base.allOf.push(structuredClone(byCase));
      base.properties.schema.enum.push(name);
      base.properties.schema.enumDescriptions?.push(schema.properties.schema.enumDescriptions?.[schema.properties.schema.enum.indexOf(name)] ?? name);
      // A case's definitions are named after it (`<case>.facts`, `<case>.event`); the time definitions are the same in every pack.
      for (const [key, value] of Object.entries(schema.$defs)) {
        if (key.startsWith(`${name}.`)) base.$defs[key] = structuredClone(value);
      }
    }
  }
  if (packs.length > 1) base.title = `A case for the Safeguards packs ${packs.map((p) => p.pack).join(', ')}`;
  return { schema: base, duplicates };
}

/** The rule folders to ask for a schema: those of the given .sg files, each once, in path order. */
export function packFolders(sgFiles: readonly string[], dirname: (file: string) => string): string[] {
  return [...new Set(sgFiles.map(dirname))].sort();
}
