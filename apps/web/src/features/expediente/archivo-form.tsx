import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { guardarDocumentoConArchivo } from './api';
import type { EntradaArchivo } from './types';

const TIPOS = ['documento', 'estudio', 'cartografia', 'informe', 'acta', 'otro'] as const;
const ETIQUETAS_TIPO: Record<(typeof TIPOS)[number], string> = {
  documento: 'Documento',
  estudio: 'Estudio',
  cartografia: 'Cartografía',
  informe: 'Informe',
  acta: 'Acta',
  otro: 'Otro',
};

/**
 * Registers a document of the archivo técnico with its file, or a new version of one already in
 * the list (the earlier version and its file stay). The server checks the file as La Ruta's
 * evidence and answers in Spanish when it refuses it.
 */
export function FormularioArchivo(props: {
  codigo: string;
  series: readonly EntradaArchivo[];
  alGuardar: () => void;
}) {
  const [f, setF] = useState({ tipo: 'documento', titulo: '', fecha: '', serie: '' });
  const [archivo, setArchivo] = useState<File | null>(null);
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const cambiar = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const enviar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) {
      setMensaje({ tipo: 'error', texto: t('expediente.archivoArchivo') });
      return;
    }
    setOcupado(true);
    const r = await guardarDocumentoConArchivo(props.codigo, f, archivo);
    setOcupado(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    setMensaje({ tipo: 'exito', texto: t('expediente.archivoGuardado') });
    props.alGuardar();
  };
  const series = props.series.filter((s) => s.origen === 'archivo' && s.serie);
  return (
    <details class="tarjeta">
      <summary>{t('expediente.archivoNuevo')}</summary>
      {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Selector
          id="archivo-serie"
          etiqueta={t('expediente.archivoSerie')}
          valor={f.serie}
          opciones={['', ...series.map((s) => s.serie!)]}
          etiquetas={{
            '': t('expediente.archivoSerieNinguna'),
            ...Object.fromEntries(series.map((s) => [s.serie!, `${s.titulo} (v${s.version})`])),
          }}
          alCambiar={cambiar('serie')}
        />
        <Selector
          id="archivo-tipo"
          etiqueta={t('expediente.archivoTipo')}
          valor={f.tipo}
          opciones={TIPOS}
          etiquetas={ETIQUETAS_TIPO}
          alCambiar={cambiar('tipo')}
        />
        <Campo
          id="archivo-titulo"
          etiqueta={t('expediente.archivoTitulo')}
          valor={f.titulo}
          alCambiar={cambiar('titulo')}
        />
        <Campo
          id="archivo-fecha"
          tipo="date"
          etiqueta={t('expediente.archivoFecha')}
          valor={f.fecha}
          alCambiar={cambiar('fecha')}
        />
        <div class="campo">
          <label for="archivo-archivo">{t('expediente.archivoArchivo')}</label>
          <input
            id="archivo-archivo"
            type="file"
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.tif,.tiff,.zip,.geojson,.gpkg"
            onChange={(e) => setArchivo(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <Boton type="submit" ocupado={ocupado}>
          {t('expediente.archivoGuardar')}
        </Boton>
      </form>
    </details>
  );
}
