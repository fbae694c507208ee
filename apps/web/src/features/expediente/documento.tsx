import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { adjuntarARuta, guardarConclusiones, urlDocumento } from './api';
import type { Expediente } from './types';

function Descargas(props: { codigo: string; anio: number; puedeEditar: boolean }) {
  const [estado, setEstado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const adjuntar = async () => {
    const r = await adjuntarARuta(props.codigo, props.anio);
    setEstado(
      r.ok
        ? { tipo: 'exito', texto: t('expediente.adjuntado', { version: r.datos.version }) }
        : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  return (
    <>
      <p class="acciones-documento">
        <a
          class="boton boton-primario"
          href={urlDocumento(props.codigo, props.anio, { formato: 'docx' })}
          download
        >
          {t('expediente.descargarDocx')}
        </a>{' '}
        <a
          class="boton boton-secundario"
          href={urlDocumento(props.codigo, props.anio, { formato: 'pdf' })}
          download
        >
          {t('expediente.descargarPdf')}
        </a>{' '}
        <a
          class="boton boton-secundario"
          href={urlDocumento(props.codigo, props.anio, { formato: 'pdf', tipo: 'informe' })}
          download
        >
          {t('expediente.descargarInforme')}
        </a>
      </p>
      {props.puedeEditar ? (
        <p>
          <Boton variante="secundario" onClick={() => void adjuntar()}>
            {t('expediente.adjuntar')}
          </Boton>
        </p>
      ) : null}
      {estado ? <Alerta tipo={estado.tipo} titulo={estado.texto} anunciar /> : null}
    </>
  );
}

/** The office's conclusions for the DSE, the report's recipients and the generated downloads. */
export function SeccionDocumento(props: {
  codigo: string;
  expediente: Expediente;
  puedeEditar: boolean;
  documentos: boolean;
}) {
  const { anio, conclusiones, destinatarios } = props.expediente;
  const [textos, setTextos] = useState({
    conclusiones: conclusiones?.conclusiones ?? '',
    recomendaciones: conclusiones?.recomendaciones ?? '',
  });
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const guardar = async (e: Event) => {
    e.preventDefault();
    const r = await guardarConclusiones(props.codigo, anio, textos);
    setMensaje(
      r.ok
        ? { tipo: 'exito', texto: t('expediente.textosGuardados') }
        : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  return (
    <section aria-labelledby="titulo-documento">
      <h2 id="titulo-documento">
        {t('expediente.documento')} {anio}
      </h2>
      <p>{t('expediente.documentoIntro')}</p>
      <p>
        {t('expediente.destinatarios', { lista: destinatarios.etiquetas.join(', ') })}{' '}
        <span class="nota">{destinatarios.explicacion}</span>
      </p>
      <ListaCitas citas={destinatarios.citas} />
      <form onSubmit={(e) => void guardar(e)} class="formulario-expediente">
        <div class="campo">
          <label for="dse-conclusiones">{t('expediente.conclusiones')}</label>
          <textarea
            id="dse-conclusiones"
            rows={5}
            readOnly={!props.puedeEditar}
            value={textos.conclusiones}
            onInput={(e) => {
              const valor = e.currentTarget.value;
              setTextos((x) => ({ ...x, conclusiones: valor }));
            }}
          />
        </div>
        <div class="campo">
          <label for="dse-recomendaciones">{t('expediente.recomendaciones')}</label>
          <textarea
            id="dse-recomendaciones"
            rows={5}
            readOnly={!props.puedeEditar}
            value={textos.recomendaciones}
            onInput={(e) => {
              const valor = e.currentTarget.value;
              setTextos((x) => ({ ...x, recomendaciones: valor }));
            }}
          />
        </div>
        {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
        {props.puedeEditar ? <Boton type="submit">{t('expediente.guardarTextos')}</Boton> : null}
      </form>
      {props.documentos ? (
        <Descargas codigo={props.codigo} anio={anio} puedeEditar={props.puedeEditar} />
      ) : null}
    </section>
  );
}
