import { useRef, useState } from 'preact/hooks';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { formatearEntero } from '../../ui/formato/model';
import type { RespuestaBusqueda } from './api';
import { buscarMunicipios } from './api';
import { consultaValida, resumirBusqueda, rutaEstadoPublico } from './model';

type Estado =
  | { fase: 'inicial' }
  | { fase: 'buscando' }
  | { fase: 'error'; mensaje: string }
  | { fase: 'listo'; q: string; respuesta: RespuestaBusqueda };

function Resultados({ q, respuesta }: { q: string; respuesta: RespuestaBusqueda }) {
  const resumen = resumirBusqueda(q, respuesta.municipios.length, respuesta.total);
  return (
    <>
      <p role="status">{t(resumen.clave, resumen.variables)}</p>
      {respuesta.municipios.length > 0 ? (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption>{t('busqueda.tabla')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('busqueda.colMunicipio')}</th>
                <th scope="col">{t('busqueda.colDepartamento')}</th>
                <th scope="col">{t('busqueda.colCodigo')}</th>
                <th scope="col">{t('busqueda.colTipo')}</th>
                <th scope="col" class="numero">
                  {t('busqueda.colPoblacion')}
                </th>
              </tr>
            </thead>
            <tbody>
              {respuesta.municipios.map((m) => (
                <tr key={m.codigo}>
                  <th scope="row">
                    <Enlace href={rutaEstadoPublico(m.codigo)}>{m.nombre}</Enlace>
                  </th>
                  <td>{m.departamento}</td>
                  <td>{m.codigo}</td>
                  <td>{m.tipo}</td>
                  <td class="numero">
                    {formatearEntero(m.poblacion)} ({m.anioPoblacion})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** Búsqueda pública de municipios (sin sesión). Busca al enviar, no en cada tecla: ahorra datos. */
export function BuscadorMunicipios() {
  const [q, setQ] = useState('');
  const [estado, setEstado] = useState<Estado>({ fase: 'inicial' });
  const [aviso, setAviso] = useState<string | null>(null);
  const control = useRef<AbortController | null>(null);

  const buscar = async (evento: Event) => {
    evento.preventDefault();
    if (!consultaValida(q)) {
      setAviso(t('busqueda.corta'));
      return;
    }
    setAviso(null);
    control.current?.abort();
    const actual = new AbortController();
    control.current = actual;
    setEstado({ fase: 'buscando' });
    const r = await buscarMunicipios(q.trim(), actual.signal);
    if (actual.signal.aborted) return;
    setEstado(
      r.ok ? { fase: 'listo', q, respuesta: r.datos } : { fase: 'error', mensaje: r.error.mensaje },
    );
  };

  return (
    <div class="buscador">
      <form role="search" onSubmit={(e) => void buscar(e)} class="buscador-form" noValidate>
        <div class="campo">
          <label for="buscar-municipio">{t('busqueda.etiqueta')}</label>
          <p id="buscar-municipio-ayuda" class="campo-ayuda">
            {t('busqueda.ayuda')}
          </p>
          <div class="fila-campo">
            <input
              id="buscar-municipio"
              type="search"
              value={q}
              autocomplete="off"
              aria-describedby="buscar-municipio-ayuda"
              aria-invalid={aviso ? 'true' : undefined}
              onInput={(e) => setQ(e.currentTarget.value)}
            />
            <Boton type="submit" ocupado={estado.fase === 'buscando'}>
              {t('busqueda.boton')}
            </Boton>
          </div>
        </div>
      </form>
      {aviso ? <Alerta tipo="info" titulo={aviso} anunciar /> : null}
      {estado.fase === 'buscando' ? <p role="status">{t('busqueda.buscando')}</p> : null}
      {estado.fase === 'error' ? <Alerta tipo="error" titulo={estado.mensaje} anunciar /> : null}
      {estado.fase === 'listo' ? <Resultados q={estado.q} respuesta={estado.respuesta} /> : null}
    </div>
  );
}
