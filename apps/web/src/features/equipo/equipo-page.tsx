import { useRef } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { type Equipo, obtenerEquipo } from './api';
import { InvitarForm } from './invitar-form';
import { Historial, TablaInvitaciones, TablaMiembros } from './tablas';

/** /m/:codigo/equipo — the alcaldía and the planning office bring their people in. */
export function EquipoPage({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const municipio = membresiaEn(sesion, codigo)?.municipio.nombre ?? codigo;
  useTitulo(t('equipo.titulo', { municipio }));
  const { recurso, recargar } = useRecurso((s) => obtenerEquipo(codigo, s), [codigo]);
  // While a change reloads the team, the page keeps what it showed (and its messages).
  const ultimo = useRef<Equipo | null>(null);
  if (recurso.estado === 'ok') ultimo.current = recurso.datos;
  const equipo = ultimo.current;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  if (!equipo) return <Cargando />;
  return (
    <>
      <h1>{t('equipo.titulo', { municipio })}</h1>
      <p>{t('equipo.intro')}</p>
      <InvitarForm codigo={codigo} roles={equipo.rolesInvitables} alInvitar={recargar} />
      <TablaInvitaciones codigo={codigo} invitaciones={equipo.invitaciones} alCambiar={recargar} />
      <TablaMiembros codigo={codigo} equipo={equipo} alCambiar={recargar} />
      <Historial historial={equipo.historial} />
    </>
  );
}
