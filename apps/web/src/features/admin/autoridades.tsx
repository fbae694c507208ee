import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import {
  agregarRevisor,
  type Autoridad,
  codigosDe,
  crearAutoridad,
  type CuentaCreada,
  guardarJurisdiccion,
  obtenerAutoridades,
} from './api';
import { CuentaLista, Seccion } from './comun';

function TarjetaAutoridad({
  autoridad,
  alCambiar,
}: {
  autoridad: Autoridad;
  alCambiar: () => void;
}) {
  const [codigos, setCodigos] = useState(autoridad.municipios.map((m) => m.codigo).join(', '));
  const [nombre, setNombre] = useState('');
  const [email, setEmail] = useState('');
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [creada, setCreada] = useState<CuentaCreada | null>(null);
  const id = autoridad.id;
  const guardar = async (e: Event) => {
    e.preventDefault();
    const r = await guardarJurisdiccion(id, codigosDe(codigos));
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    const trasladados = r.datos.trasladados.map(
      (x) => `${x.municipio} (${x.autoridad.toUpperCase()})`,
    );
    setMensaje({
      tipo: 'exito',
      texto:
        trasladados.length > 0
          ? t('admin.trasladados', { lista: trasladados.join(', ') })
          : t('equipo.hecho'),
    });
    alCambiar();
  };
  const revisor = async (e: Event) => {
    e.preventDefault();
    const r = await agregarRevisor(id, email, nombre);
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setCreada(r.datos);
    alCambiar();
  };
  return (
    <article class="tarjeta" aria-labelledby={`autoridad-${id}`}>
      <h3 id={`autoridad-${id}`}>
        {autoridad.sigla} — {autoridad.nombre}
      </h3>
      <p class="nota">
        {autoridad.municipios.map((m) => m.nombre).join(', ') || '—'} ·{' '}
        {autoridad.revisores === 1
          ? t('admin.revisorUno')
          : t('admin.revisores', { n: autoridad.revisores })}
      </p>
      {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
      <form onSubmit={(e) => void guardar(e)} noValidate>
        <Campo
          id={`jurisdiccion-${id}`}
          etiqueta={t('admin.jurisdiccion')}
          valor={codigos}
          alCambiar={setCodigos}
        />
        <Boton type="submit" variante="secundario">
          {t('admin.guardarJurisdiccion')}
        </Boton>
      </form>
      <form onSubmit={(e) => void revisor(e)} noValidate>
        <h4>{t('admin.agregarRevisor')}</h4>
        <Campo
          id={`revisor-nombre-${id}`}
          etiqueta={t('admin.nombre')}
          valor={nombre}
          alCambiar={setNombre}
        />
        <Campo
          id={`revisor-correo-${id}`}
          etiqueta={t('admin.correo')}
          tipo="email"
          valor={email}
          alCambiar={setEmail}
        />
        <Boton type="submit" variante="secundario">
          {t('admin.agregarRevisor')}
        </Boton>
      </form>
      {creada ? <CuentaLista creada={creada} /> : null}
    </article>
  );
}

function NuevaAutoridad({ alCrear }: { alCrear: () => void }) {
  const [sigla, setSigla] = useState('');
  const [nombre, setNombre] = useState('');
  const [error, setError] = useState<string | null>(null);
  const enviar = async (e: Event) => {
    e.preventDefault();
    const r = await crearAutoridad(sigla, nombre);
    if (!r.ok) return setError(r.error.mensaje);
    setError(null);
    setSigla('');
    setNombre('');
    alCrear();
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void enviar(e)} noValidate>
      <h3>{t('admin.nuevaAutoridad')}</h3>
      <Campo id="autoridad-sigla" etiqueta={t('admin.sigla')} valor={sigla} alCambiar={setSigla} />
      <Campo
        id="autoridad-nombre"
        etiqueta={t('admin.nombreAutoridad')}
        valor={nombre}
        alCambiar={setNombre}
      />
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <Boton type="submit" variante="secundario">
        {t('admin.registrar')}
      </Boton>
    </form>
  );
}

export function SeccionAutoridades() {
  const { recurso, recargar } = useRecurso((s) => obtenerAutoridades(s), []);
  return (
    <Seccion id="titulo-admin-autoridades" titulo={t('admin.autoridades')}>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok'
        ? recurso.datos.map((a) => (
            <TarjetaAutoridad key={a.id} autoridad={a} alCambiar={recargar} />
          ))
        : null}
      <NuevaAutoridad alCrear={recargar} />
    </Seccion>
  );
}
