import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { type CollectionInfo, readPublic } from './collections';
import { categoryFieldFor } from './layer-rows';

type JsonType = 'string' | 'number' | 'integer' | 'boolean';

const LIMITES: Record<string, { type: JsonType; title: string }> = {
  codigo: { type: 'string', title: 'Código DANE del municipio' },
  nombre: { type: 'string', title: 'Nombre del municipio' },
  departamento: { type: 'string', title: 'Departamento' },
};

/**
 * The properties that filter /items by equality (OGC API – Features Part 1, §7.15.5), as the
 * JSON Schema of Part 3's queryables: clients such as QGIS then send the filter to the server.
 */
export async function queryables(deps: Deps, info: CollectionInfo, self: string) {
  let properties: Record<string, { type: JsonType; title: string }> = LIMITES;
  if (info.ref.kind === 'capa') {
    const { codigo, capaId } = info.ref;
    const rows = await readPublic(deps, async (tx) =>
      rowsOf<{ k: string; t: string }>(
        await tx.execute(sql`SELECT DISTINCT e.key AS k, jsonb_typeof(e.value) AS t
          FROM capa_entidades, jsonb_each(atributos) AS e
          WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid AND jsonb_typeof(e.value) <> 'null'
          ORDER BY 1`),
      ),
    );
    const category = categoryFieldFor(rows.map((r) => r.k));
    properties = { [category]: { type: 'string', title: 'Categoría normalizada por el perfil' } };
    for (const { k, t } of rows) {
      const type: JsonType = t === 'number' ? 'number' : t === 'boolean' ? 'boolean' : 'string';
      const seen = properties[k];
      properties[k] = { type: seen && seen.type !== type ? 'string' : type, title: k };
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2019-09/schema',
    $id: self,
    type: 'object',
    title: info.title,
    properties,
    additionalProperties: false,
  };
}
