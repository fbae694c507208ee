import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { importar } from './api';

type Tipo = 'mediciones' | 'proyectos' | 'ejecucion';

interface Problema {
  linea: number;
  mensaje: string;
}

const problemasDe = (detalles: unknown): Problema[] =>
  typeof detalles === 'object' &&
  detalles !== null &&
  'problemas' in detalles &&
  Array.isArray(detalles.problemas)
    ? (detalles.problemas as Problema[])
    : [];

/** Upload of measurements, projects or execution from CSV/Excel, with row-by-row problems. */
export function SeccionImportar(props: { codigo: string; alCambiar: () => void }) {
  const [tipo, setTipo] = useState<Tipo>('mediciones');
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const [resultado, setResultado] = useState<{
    ok: boolean;
    texto: string;
    problemas: Problema[];
  } | null>(null);
  const enviar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) return;
    setOcupado(true);
    const r = await importar(props.codigo, tipo, archivo);
    setOcupado(false);
    if (!r.ok)
      return setResultado({
        ok: false,
        texto: r.error.mensaje,
        problemas: problemasDe(r.detalles),
      });
    setResultado({ ok: true, texto: t('expediente.importarListo'), problemas: [] });
    props.alCambiar();
  };
  return (
    <form class="tarjeta formulario-expediente" onSubmit={(e) => void enviar(e)}>
      <h3>{t('expediente.importar')}</h3>
      <p>{t('expediente.importarIntro')}</p>
      <div class="campo">
        <label for="importar-tipo">{t('expediente.importarTipo')}</label>
        <select
          id="importar-tipo"
          value={tipo}
          onChange={(e) => setTipo(e.currentTarget.value as Tipo)}
        >
          <option value="mediciones">{t('expediente.importarMediciones')}</option>
          <option value="proyectos">{t('expediente.importarProyectos')}</option>
          <option value="ejecucion">{t('expediente.importarEjecucion')}</option>
        </select>
      </div>
      <div class="campo">
        <label for="importar-archivo">{t('expediente.importarArchivo')}</label>
        <input
          id="importar-archivo"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setArchivo(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      {resultado ? (
        <Alerta tipo={resultado.ok ? 'exito' : 'error'} titulo={resultado.texto} anunciar>
          {resultado.problemas.length > 0 ? (
            <ul>
              {resultado.problemas.slice(0, 10).map((p) => (
                <li key={`${p.linea}-${p.mensaje}`}>
                  {t('expediente.problemaFila', { linea: p.linea, mensaje: p.mensaje })}
                </li>
              ))}
            </ul>
          ) : null}
        </Alerta>
      ) : null}
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !archivo}>
        {t('expediente.importarBoton')}
      </Boton>
    </form>
  );
}
