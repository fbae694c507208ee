import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { fechaHoraColombia } from '../../ui/formato/model';
import { subirEvidencia, urlArchivo } from './api';
import { formatearBytes, validarArchivo } from './model';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, Item } from './types';

// Lo que el servidor reconoce por contenido; el selector de archivos solo lo sugiere.
const TIPOS_ACEPTADOS = '.pdf,.docx,.xlsx,.zip,.png,.jpg,.jpeg,.tif,.tiff,.gpkg,.geojson,.json';

function FormularioSubida({ ctx, item }: { ctx: ContextoRuta; item: Item }) {
  const [subiendo, setSubiendo] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const id = `${item.id}-archivo`;

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const formulario = evento.currentTarget as HTMLFormElement;
    const entrada = formulario.elements.namedItem('archivo') as HTMLInputElement | null;
    const archivo = entrada?.files?.[0] ?? null;
    const problema = validarArchivo(archivo);
    if (problema || !archivo) {
      setMensaje({ tipo: 'error', texto: problema ?? t('ruta.evidencia.faltaArchivo') });
      return;
    }
    setSubiendo(true);
    setMensaje(null);
    const r = await subirEvidencia(
      { codigo: ctx.codigo, procesoId: ctx.proceso.id, itemId: item.id },
      archivo,
    );
    setSubiendo(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    formulario.reset();
    setMensaje({
      tipo: 'exito',
      texto: t('ruta.evidencia.subida', {
        nombre: r.datos.nombreArchivo,
        version: r.datos.version,
      }),
    });
    await ctx.refrescar();
  };

  return (
    <details class="plegable">
      <summary>
        {t('ruta.evidencia.subir')}
        <span class="visualmente-oculto"> {t('ruta.para', { nombre: item.nombre })}</span>
      </summary>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <label for={id}>{t('ruta.evidencia.archivo')}</label>
        <p id={`${id}-ayuda`} class="campo-ayuda">
          {t('ruta.evidencia.limite')}
        </p>
        <input
          id={id}
          name="archivo"
          type="file"
          accept={TIPOS_ACEPTADOS}
          required
          aria-describedby={`${id}-ayuda`}
          onChange={() => setMensaje(null)}
        />
        <button
          type="submit"
          class="boton boton-secundario"
          disabled={subiendo}
          aria-busy={subiendo ? 'true' : undefined}
        >
          {subiendo ? t('ruta.evidencia.subiendo') : t('ruta.evidencia.enviar')}
        </button>
      </form>
      <Resultado mensaje={mensaje} />
    </details>
  );
}

/** Evidencias del ítem (todas sus versiones, la más reciente primero) y formulario de subida. */
export function Evidencias({ ctx, item }: { ctx: ContextoRuta; item: Item }) {
  const lista = [...item.evidencias].sort((a, b) => b.version - a.version);
  return (
    <>
      {lista.length === 0 ? (
        <p class="nota">{t('ruta.evidencia.ninguna')}</p>
      ) : (
        <ul class="lista-compacta">
          {lista.map((e) => (
            <li key={e.id}>
              <a href={urlArchivo(ctx.codigo, e.id)} download={e.nombreArchivo}>
                {e.nombreArchivo}
              </a>{' '}
              <span class="nota">
                {t('ruta.evidencia.detalle', {
                  version: e.version,
                  tamano: formatearBytes(e.bytes),
                  quien: e.subidoPor,
                  cuando: fechaHoraColombia(e.subidoEn),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ctx.proceso.permisos.subirEvidencia ? <FormularioSubida ctx={ctx} item={item} /> : null}
    </>
  );
}
