import { useState } from 'preact/hooks';

import { pedir } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';

/** Kinds of bank documents the API takes (bank-routes.ts); «sentencia» is shown as «Fallo». */
export const TIPOS_DOCUMENTO_CASO = ['terminos_referencia', 'acta', 'sentencia', 'otro'] as const;
export const ETIQUETA_DOCUMENTO_CASO: Record<string, string> = {
  terminos_referencia: 'Términos de referencia',
  acta: 'Acta',
  sentencia: 'Fallo',
  otro: 'Otro',
};

/**
 * Attaches a document (ToR, acta, ruling…) to a bank case: advisors and administrators only. The
 * server checks the file like La Ruta's evidence and answers in Spanish when it refuses it.
 */
export function DocumentoCaso(props: { codigo: string; casoId: string; alGuardar: () => void }) {
  const [tipo, setTipo] = useState<string>('terminos_referencia');
  const [titulo, setTitulo] = useState('');
  const [archivo, setArchivo] = useState<File | null>(null);
  const [aviso, setAviso] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const id = `doc-${props.casoId}`;
  const enviar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) {
      setAviso({ tipo: 'error', texto: t('banco.documentoFalta') });
      return;
    }
    const formulario = new FormData();
    formulario.append('tipo', tipo);
    if (titulo.trim()) formulario.append('titulo', titulo.trim());
    formulario.append('archivo', archivo);
    const r = await pedir<{ titulo: string }>(
      `/api/v1/municipios/${encodeURIComponent(props.codigo)}/banco/${props.casoId}/documentos`,
      { metodo: 'POST', formulario },
    );
    if (!r.ok) {
      setAviso({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    setAviso({ tipo: 'exito', texto: t('banco.documentoGuardado', { titulo: r.datos.titulo }) });
    setTitulo('');
    props.alGuardar();
  };
  return (
    <details>
      <summary>{t('banco.documentoAgregar')}</summary>
      {aviso ? <Alerta tipo={aviso.tipo} titulo={aviso.texto} anunciar /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Selector
          id={`${id}-tipo`}
          etiqueta={t('banco.documentoTipo')}
          valor={tipo}
          opciones={TIPOS_DOCUMENTO_CASO}
          etiquetas={ETIQUETA_DOCUMENTO_CASO}
          alCambiar={setTipo}
        />
        <Campo
          id={`${id}-titulo`}
          etiqueta={t('banco.documentoTitulo')}
          valor={titulo}
          alCambiar={setTitulo}
          opcional
        />
        <div class="campo">
          <label for={`${id}-archivo`}>{t('banco.documentoArchivo')}</label>
          <input
            id={`${id}-archivo`}
            type="file"
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.zip"
            onChange={(e) => setArchivo(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" class="boton boton-secundario">
          {t('banco.documentoGuardar')}
        </button>
      </form>
    </details>
  );
}

/** The case's documents: a download link for each stored file (public once published). */
export function ListaDocumentosCaso(props: {
  casoId: string;
  documentos: Array<{ tipo: string; titulo: string; sha256?: string }>;
  descargables: boolean;
}) {
  if (props.documentos.length === 0) return null;
  return (
    <ul aria-label={t('banco.documentos')}>
      {props.documentos.map((d, i) => (
        <li key={i}>
          {ETIQUETA_DOCUMENTO_CASO[d.tipo] ?? d.tipo}:{' '}
          {d.sha256 && props.descargables ? (
            <a href={`/api/v1/banco/casos/${props.casoId}/documentos/${i}`} download>
              {d.titulo}
            </a>
          ) : (
            d.titulo
          )}
        </li>
      ))}
    </ul>
  );
}
