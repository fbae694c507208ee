import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Campo } from '../../ui/campo';
import { obtenerTerminos } from './api';
import type { BloqueTerminos, Terminos as TerminosDatos } from './types';

function Bloque({ b }: { b: BloqueTerminos }) {
  if (b.kind === 'heading') return b.level === 1 ? <h3>{b.text}</h3> : <h4>{b.text}</h4>;
  if (b.kind === 'paragraph') return <p>{b.text}</p>;
  if (b.kind === 'list')
    return (
      <ul>
        {b.items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    );
  return (
    <div class="tabla-desplazable" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {b.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {b.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Generates the terms of reference and shows them (every required product with its basis). */
export function Terminos({ codigo }: { codigo: string }) {
  const [datos, setDatos] = useState<TerminosDatos | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const [equipo, setEquipo] = useState('');
  const generar = () => {
    setOcupado(true);
    void obtenerTerminos(codigo, equipo.replace(/\s+/g, '')).then((r) => {
      setOcupado(false);
      if (r.ok) setDatos(r.datos);
      else setError(r.error.mensaje);
    });
  };
  const doc = datos?.terminos;
  const archivo = `/api/v1/municipios/${encodeURIComponent(codigo)}/preparacion/terminos-referencia`;
  const consulta = equipo.trim() ? `?equipo=${encodeURIComponent(equipo.replace(/\s+/g, ''))}` : '';
  return (
    <section class="tarjeta" aria-labelledby="titulo-terminos">
      <h2 id="titulo-terminos">{t('preparacion.terminos')}</h2>
      <Campo
        id="terminos-equipo"
        etiqueta={t('preparacion.equipo')}
        ayuda={t('preparacion.equipoAyuda')}
        valor={equipo}
        alCambiar={setEquipo}
        opcional
      />
      <button type="button" class="boton boton-primario" onClick={generar} disabled={ocupado}>
        {t('preparacion.generar')}
      </button>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      {datos && !doc ? (
        <Alerta tipo="advertencia" titulo={t('preparacion.faltanDatos')}>
          <ul>
            {datos.faltantes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alerta>
      ) : null}
      {doc ? (
        <article class="documento-generado" aria-label={doc.title}>
          <p>
            <strong>{doc.subtitle}</strong> —{' '}
            {t('preparacion.productos', { n: doc.products.length })}
          </p>
          <p class="enlaces-descarga">
            <a href={`${archivo}/docx${consulta}`} download>
              {t('preparacion.descargarDocx')}
            </a>{' '}
            ·{' '}
            <a href={`${archivo}/pdf${consulta}`} download>
              {t('preparacion.descargarPdf')}
            </a>
          </p>
          {doc.blocks.map((b, i) => (
            <Bloque key={i} b={b} />
          ))}
        </article>
      ) : null}
    </section>
  );
}
