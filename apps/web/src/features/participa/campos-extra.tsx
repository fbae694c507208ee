import type { Ref } from 'preact';

import { t } from '../../i18n/es-CO';
import { Campo } from '../../ui/campo';
import type { DocumentoPublico } from './model';

export interface Referencia {
  documento: string;
  articulo: string;
  capa: string;
}

interface PropsReferencia {
  valor: Referencia;
  documentos: readonly DocumentoPublico[];
  alCambiar: (r: Referencia) => void;
}

/** A qué documento, artículo o capa se refiere el aporte (todo opcional). */
export function CamposReferencia({ valor, documentos, alCambiar }: PropsReferencia) {
  return (
    <fieldset class="campo">
      <legend>{t('participa.referencia')}</legend>
      {documentos.length > 0 ? (
        <div class="campo">
          <label for="aporte-documento">{t('participa.documento')}</label>
          <select
            id="aporte-documento"
            value={valor.documento}
            onChange={(e) => alCambiar({ ...valor, documento: e.currentTarget.value })}
          >
            <option value="">{t('participa.ningunDocumento')}</option>
            {documentos.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.titulo} (${t('participa.documentoVersion', { version: d.version })})`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Campo
        id="aporte-articulo"
        etiqueta={t('participa.articulo')}
        ayuda={t('participa.articuloAyuda')}
        valor={valor.articulo}
        alCambiar={(articulo) => alCambiar({ ...valor, articulo })}
        opcional
      />
      <Campo
        id="aporte-capa"
        etiqueta={t('participa.capa')}
        ayuda={t('participa.capaAyuda')}
        valor={valor.capa}
        alCambiar={(capa) => alCambiar({ ...valor, capa })}
        opcional
      />
    </fieldset>
  );
}

interface PropsAdjuntos {
  entrada: Ref<HTMLInputElement>;
  demasiados: boolean;
  alCambiar: (cantidad: number) => void;
}

/** Hasta 3 archivos; el servidor los revisa como las evidencias (tipo, tamaño, contenido). */
export function CampoAdjuntos({ entrada, demasiados, alCambiar }: PropsAdjuntos) {
  return (
    <div class="campo">
      <label for="aporte-adjuntos">
        {t('participa.adjuntos')}
        <span class="campo-opcional"> {t('campo.opcional')}</span>
      </label>
      <p id="aporte-adjuntos-ayuda" class="campo-ayuda">
        {t('participa.adjuntosAyuda')}
      </p>
      <input
        ref={entrada}
        id="aporte-adjuntos"
        name="adjuntos"
        type="file"
        multiple
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.tif,.tiff,.geojson,.json"
        aria-describedby="aporte-adjuntos-ayuda"
        aria-invalid={demasiados ? 'true' : undefined}
        onChange={(e) => alCambiar(e.currentTarget.files?.length ?? 0)}
      />
      {demasiados ? (
        <p class="campo-ayuda participa-error" role="alert">
          {t('participa.demasiadosAdjuntos')}
        </p>
      ) : null}
    </div>
  );
}
