import './cartografia.css';

import { useMemo, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { SeccionAnalisis } from './analisis';
import { type Capa, obtenerCapas } from './api';
import { ImportarCapa } from './importar';
import { ListaCapas } from './lista-capas';
import { type EntradaLeyenda, leyenda } from './model';
import { TablaCapa } from './tabla-capa';
import { Visor } from './visor';

/** Roles que construyen la cartografía (contrato §3): importan, publican y analizan. */
const ESCRIBEN = new Set(['alcaldia', 'planeacion', 'consultor']);

export function PaginaCartografia({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const municipio = membresiaEn(sesion, codigo)?.municipio.nombre ?? codigo;
  useTitulo(t('carto.titulo', { municipio }));
  const escribe =
    Boolean(sesion?.usuario.esAdministrador) ||
    (sesion?.membresias ?? []).some((m) => m.municipio.codigo === codigo && ESCRIBEN.has(m.rol));
  const { recurso, recargar } = useRecurso((s) => obtenerCapas(codigo, s), [codigo]);
  const ultimo = useRef<Capa[] | null>(null);
  if (recurso.estado === 'ok') ultimo.current = recurso.datos.capas;
  const capas = ultimo.current;
  const [ocultas, setOcultas] = useState<ReadonlySet<string>>(new Set());
  const [filtros, setFiltros] = useState<Readonly<Record<string, string>>>({});
  const leyendas = useMemo(() => {
    const m = new Map<string, EntradaLeyenda[]>();
    (capas ?? []).forEach((c, i) => m.set(c.id, leyenda(c, i)));
    return m;
  }, [capas]);

  if (recurso.estado === 'error' && !capas)
    return <ErrorCarga error={recurso.error} recargar={recargar} />;
  if (!capas) return <Cargando />;
  const visibles = capas.filter((c) => !ocultas.has(c.id));
  const alternar = (id: string) =>
    setOcultas((o) => {
      const n = new Set(o);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <div class="carto">
      <h1>{t('carto.titulo', { municipio })}</h1>
      <p class="carto-no-imprimir">{t('carto.intro')}</p>
      {capas.length === 0 ? <p>{t('carto.sinCapas')}</p> : null}
      <ListaCapas
        codigo={codigo}
        capas={capas}
        leyendas={leyendas}
        ocultas={ocultas}
        alAlternar={alternar}
        filtros={filtros}
        alFiltrar={(id, v) => setFiltros((f) => ({ ...f, [id]: v }))}
        escribe={escribe}
        alCambiar={recargar}
      />
      <Visor
        codigo={codigo}
        titulo={t('carto.titulo', { municipio })}
        capas={visibles}
        leyendas={leyendas}
        filtros={filtros}
      />
      {capas.length > 0 ? (
        <TablaCapa
          codigo={codigo}
          capas={capas}
          filtros={filtros}
          alFiltrar={(id, v) => setFiltros((f) => ({ ...f, [id]: v }))}
        />
      ) : null}
      {escribe ? <ImportarCapa codigo={codigo} alImportar={recargar} /> : null}
      <SeccionAnalisis codigo={codigo} capas={capas} escribe={escribe} />
    </div>
  );
}
