import { useEffect, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import type { Grupo } from './api';
import {
  ESTADOS,
  etiquetasGrupos,
  type Filtros,
  FILTROS_VACIOS,
  hayFiltros,
  ORIGENES,
} from './model';

/** The register's filters; applied on submit so typing does not fire a request per key. */
export function FormFiltros(props: {
  filtros: Filtros;
  grupos: readonly Grupo[];
  alAplicar: (f: Filtros) => void;
}) {
  const [borrador, setBorrador] = useState<Filtros>(props.filtros);
  // A chip changes the applied state: the form follows it.
  useEffect(() => setBorrador(props.filtros), [props.filtros]);
  const poner = (clave: keyof Filtros) => (valor: string) =>
    setBorrador((b) => ({ ...b, [clave]: valor }));
  const etiquetasGrupo = etiquetasGrupos(props.grupos, 'codigo', t('partOficina.cualquiera'));
  return (
    <form
      class="part-filtros"
      aria-label={t('partOficina.filtros')}
      onSubmit={(e) => {
        e.preventDefault();
        props.alAplicar(borrador);
      }}
    >
      <Selector
        id="filtro-estado"
        etiqueta={t('partOficina.estado')}
        valor={borrador.estado}
        opciones={['', ...ESTADOS]}
        etiquetas={{ '': t('partOficina.cualquiera') }}
        prefijo="partOficina.estado"
        alCambiar={poner('estado')}
      />
      <Selector
        id="filtro-origen"
        etiqueta={t('partOficina.origen')}
        valor={borrador.origen}
        opciones={['', ...ORIGENES]}
        etiquetas={{ '': t('partOficina.cualquiera') }}
        prefijo="partOficina.origen"
        alCambiar={poner('origen')}
      />
      <Selector
        id="filtro-grupo"
        etiqueta={t('partOficina.grupo')}
        valor={borrador.grupo}
        opciones={['', ...props.grupos.map((g) => g.codigo)]}
        etiquetas={etiquetasGrupo}
        alCambiar={poner('grupo')}
      />
      <Campo
        id="filtro-tema"
        etiqueta={t('partOficina.tema')}
        valor={borrador.tema}
        alCambiar={poner('tema')}
      />
      <Campo
        id="filtro-q"
        tipo="search"
        etiqueta={t('partOficina.q')}
        valor={borrador.q}
        alCambiar={poner('q')}
      />
      <div class="acciones">
        <Boton type="submit">{t('partOficina.aplicar')}</Boton>{' '}
        {hayFiltros(props.filtros) || hayFiltros(borrador) ? (
          <Boton variante="secundario" onClick={() => props.alAplicar(FILTROS_VACIOS)}>
            {t('partOficina.limpiar')}
          </Boton>
        ) : null}
      </div>
    </form>
  );
}
