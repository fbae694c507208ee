import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';

const role = (rol: unknown) => ROLE_LABELS[rol as MunicipalRole] ?? String(rol);

/** One line of the team's history as the team page shows it, in plain Spanish. */
export function describeTeamEvent(accion: string, detalle: Record<string, unknown>): string {
  const email = typeof detalle.email === 'string' ? detalle.email : '';
  switch (accion) {
    case 'equipo.invitar':
      return `Invitó a ${email} como ${role(detalle.rol)}.`;
    case 'equipo.reenviar':
      return `Reenvió la invitación de ${email}.`;
    case 'equipo.revocar':
      return `Revocó la invitación de ${email}.`;
    case 'equipo.aceptar':
      return `${email} aceptó la invitación como ${role(detalle.rol)}.`;
    case 'equipo.cambiar_rol':
      return `Cambió el rol de ${email} de ${role(detalle.de)} a ${role(detalle.a)}.`;
    case 'equipo.retirar':
      return `Retiró a ${email} del equipo.`;
    case 'equipo.otorgar':
      return `La administración de la plataforma dio a ${email} el rol ${role(detalle.rol)}.`;
    case 'equipo.quitar':
      return `La administración de la plataforma quitó a ${email} el rol ${role(detalle.rol)}.`;
    default:
      return accion;
  }
}
