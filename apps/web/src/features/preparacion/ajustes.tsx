import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { guardarAjustes } from './api';
import type { Preparacion } from './types';

/** Revision type, modality, suburban scale option, Plan de Desarrollo answer and stated area. */
export function Ajustes(props: { p: Preparacion; editable: boolean; alGuardar: () => void }) {
  const { p } = props;
  const [f, setF] = useState({
    tipoRevision: p.tipoRevision,
    modalidad: p.ajustes.modalidad,
    opcionSuburbano: p.ajustes.opcionSuburbano,
    planDesarrollo: p.ajustes.planDesarrollo,
    anioPrecios: String(p.ajustes.anioPrecios),
    areaKm2: '',
    areaFuente: '',
  });
  const [error, setError] = useState<string | null>(null);
  const cambiar = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const enviar = (e: Event) => {
    e.preventDefault();
    const area = f.areaKm2.trim() === '' ? null : Number(f.areaKm2.replace(',', '.'));
    void guardarAjustes(p.municipio.codigo, {
      tipoRevision: f.tipoRevision,
      modalidad: f.modalidad,
      opcionSuburbano: f.opcionSuburbano,
      planDesarrollo: f.planDesarrollo,
      anioPrecios: Number(f.anioPrecios),
      ...(area !== null ? { areaKm2: area, areaFuente: f.areaFuente } : {}),
      version: p.ajustes.version,
    }).then((r) => {
      if (r.ok) props.alGuardar();
      else setError(r.error.mensaje);
    });
  };
  return (
    <section class="tarjeta" aria-labelledby="titulo-ajustes">
      <h2 id="titulo-ajustes">{t('preparacion.ajustes')}</h2>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <form onSubmit={enviar} noValidate>
        <Selector
          id="prep-tipo"
          etiqueta={t('preparacion.tipoRevision')}
          valor={f.tipoRevision}
          opciones={p.tiposRevision.map((x) => x.id)}
          etiquetas={Object.fromEntries(p.tiposRevision.map((x) => [x.id, x.nombre]))}
          alCambiar={cambiar('tipoRevision')}
          deshabilitado={!props.editable}
        />
        <Selector
          id="prep-modalidad"
          etiqueta={t('preparacion.modalidad')}
          valor={f.modalidad}
          opciones={['concurso_meritos', 'convenio_interadministrativo', 'otra']}
          prefijo="preparacion.modalidad"
          alCambiar={cambiar('modalidad')}
          deshabilitado={!props.editable}
        />
        <Selector
          id="prep-suburbano"
          etiqueta={t('preparacion.suburbano')}
          valor={f.opcionSuburbano}
          opciones={['suburbano_1_5000', 'suburbano_1_25000']}
          prefijo="preparacion.suburbano"
          alCambiar={cambiar('opcionSuburbano')}
          deshabilitado={!props.editable}
        />
        <Selector
          id="prep-pd"
          etiqueta={t('preparacion.planDesarrollo')}
          valor={f.planDesarrollo}
          opciones={['si', 'no', 'no_sabe']}
          prefijo="preparacion.planDesarrollo"
          alCambiar={cambiar('planDesarrollo')}
          deshabilitado={!props.editable}
        />
        <Selector
          id="prep-anio-precios"
          etiqueta={t('preparacion.anioPrecios')}
          valor={f.anioPrecios}
          opciones={p.ajustes.aniosPrecios.map(String)}
          alCambiar={cambiar('anioPrecios')}
          deshabilitado={!props.editable}
        />
        <p class="nota">{t('preparacion.anioPreciosAyuda')}</p>
        {p.area === null && props.editable ? (
          <>
            <Campo
              id="prep-area"
              etiqueta={t('preparacion.areaKm2')}
              valor={f.areaKm2}
              alCambiar={cambiar('areaKm2')}
            />
            <Campo
              id="prep-area-fuente"
              etiqueta={t('preparacion.areaFuente')}
              valor={f.areaFuente}
              alCambiar={cambiar('areaFuente')}
            />
          </>
        ) : null}
        {props.editable ? (
          <button type="submit" class="boton boton-primario">
            {t('preparacion.guardar')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
