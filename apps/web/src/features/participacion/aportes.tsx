import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { hoyIso } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { listarGrupos } from './api';
import { ChipsEstado } from './chips';
import { DetalleAporte } from './detalle';
import { FormFiltros } from './filtros';
import { TablaAportes } from './lista';
import { type Filtros, FILTROS_VACIOS } from './model';
import { RegistrarAporte } from './registrar-form';
import { useListaAportes } from './use-lista';

/** «Aportes»: the register with its counts, filters, pages, one aporte's detail and actions. */
export function PestanaAportes({ codigo }: { codigo: string }) {
  const [filtros, setFiltros] = useState<Filtros>(FILTROS_VACIOS);
  const { lista, cargarMas, actualizarFila, recargar } = useListaAportes(codigo, filtros);
  const grupos = useRecurso((s) => listarGrupos(codigo, s), [codigo]);
  const [elegido, setElegido] = useState<string | null>(null);
  const [registrando, setRegistrando] = useState(false);
  const hoy = hoyIso(new Date());
  const listaGrupos = grupos.recurso.estado === 'ok' ? grupos.recurso.datos.grupos : [];

  const cerrar = () => {
    const id = elegido;
    setElegido(null);
    if (id) requestAnimationFrame(() => document.getElementById(`aporte-${id}`)?.focus());
  };

  return (
    <>
      <p>
        <Boton
          variante={registrando ? 'secundario' : 'primario'}
          aria-expanded={registrando}
          aria-controls="registrar-aporte"
          onClick={() => setRegistrando((r) => !r)}
        >
          {t('partOficina.registrar')}
        </Boton>
      </p>
      {registrando ? (
        <RegistrarAporte
          codigo={codigo}
          hoy={hoy}
          alRegistrar={recargar}
          alCerrar={() => setRegistrando(false)}
        />
      ) : null}
      <ChipsEstado
        porEstado={lista.porEstado}
        actual={filtros.estado}
        alElegir={(estado) => setFiltros((f) => ({ ...f, estado }))}
      />
      <FormFiltros filtros={filtros} grupos={listaGrupos} alAplicar={setFiltros} />
      <h2 id="titulo-lista-aportes">{t('partOficina.lista')}</h2>
      {lista.error ? <ErrorCarga error={lista.error} recargar={recargar} /> : null}
      {lista.filas.length === 0 && lista.cargando ? <Cargando /> : null}
      {lista.filas.length === 0 && !lista.cargando && !lista.error ? (
        <p>{t('partOficina.vacio')}</p>
      ) : null}
      {lista.filas.length > 0 ? (
        <>
          <p class="nota" role="status">
            {t('partOficina.mostrando', { n: lista.filas.length })}
          </p>
          <TablaAportes filas={lista.filas} elegido={elegido} hoy={hoy} alElegir={setElegido} />
        </>
      ) : null}
      {lista.siguiente ? (
        <p>
          <Boton
            variante="secundario"
            ocupado={lista.cargando}
            disabled={lista.cargando}
            onClick={() => void cargarMas()}
          >
            {t('partOficina.cargarMas')}
          </Boton>
        </p>
      ) : null}
      {elegido ? (
        <DetalleAporte
          key={elegido}
          codigo={codigo}
          id={elegido}
          hoy={hoy}
          grupos={listaGrupos}
          alCargar={(d) => void actualizarFila(d)}
          alCambiarGrupos={grupos.recargar}
          alCambiarVarios={recargar}
          alCerrar={cerrar}
        />
      ) : null}
    </>
  );
}
