import type { VNode } from 'preact';

import { AdminPage } from '../features/admin/admin-page';
import { AutodiagnosticoPage } from '../features/autodiagnostico/autodiagnostico-page';
import { AvisosPage } from '../features/avisos/avisos-page';
import { CalculadoraPage } from '../features/calculadora/calculadora-page';
import { CartografiaPage } from '../features/cartografia/cartografia-page';
import { CuentaPage } from '../features/cuenta/cuenta-page';
import { EnlaceCuentaPage } from '../features/cuenta/enlace-page';
import { InvitacionPage } from '../features/cuenta/invitacion-page';
import { MisMunicipiosPage } from '../features/cuenta/mis-municipios';
import { SolicitudPage } from '../features/cuenta/solicitud-page';
import { EquipoPage } from '../features/equipo/equipo-page';
import { EstadoPotPage } from '../features/estado-pot/estado-pot-page';
import { ExpedientePage } from '../features/expediente/expediente-page';
import { SeguimientoPage } from '../features/expediente/seguimiento-page';
import { InicioPage } from '../features/inicio/inicio-page';
import { MunicipioPage } from '../features/municipio/municipio-page';
import { NoEncontradaPage } from '../features/no-encontrada/not-found-page';
import { PanoramaPage } from '../features/panorama/panorama-page';
import { ConfirmarAportePage } from '../features/participa/confirmar-page';
import { ParticipaPage } from '../features/participa/participa-page';
import { SeguimientoAportePage } from '../features/participa/seguimiento-page';
import { BancoPage } from '../features/preparacion/banco-page';
import { PreparacionPage } from '../features/preparacion/preparacion-page';
import { RutaPage } from '../features/ruta/ruta-page';
import { IngresarPage } from '../features/sesion/ingresar-page';
import { RequiereSesion } from '../features/sesion/requiere-sesion';
import { TableroPage } from '../features/tablero/tablero-page';
import { paginaDiferida } from '../ui/pagina-diferida';
import type { Parametros } from './model';
import { coincidirRuta } from './model';

interface Ruta {
  patron: string;
  vista: (p: Parametros) => VNode;
}

const codigo = (p: Parametros) => p['codigo'] ?? '';

/** The office's participation page is downloaded when opened (bench `paginas`). */
const ParticipacionPage = paginaDiferida(() =>
  import('../features/participacion/participacion-page').then((m) => m.ParticipacionPage),
);

const RUTAS: readonly Ruta[] = [
  { patron: '/', vista: () => <InicioPage /> },
  { patron: '/ingresar', vista: () => <IngresarPage /> },
  { patron: '/cuenta/enlace', vista: () => <EnlaceCuentaPage /> },
  { patron: '/cuenta/invitacion', vista: () => <InvitacionPage /> },
  { patron: '/cuenta/restablecer', vista: () => <SolicitudPage tipo="restablecer" /> },
  { patron: '/cuenta/registro', vista: () => <SolicitudPage tipo="registro" /> },
  {
    patron: '/cuenta',
    vista: () => (
      <RequiereSesion>
        <CuentaPage />
      </RequiereSesion>
    ),
  },
  {
    patron: '/mis-municipios',
    vista: () => (
      <RequiereSesion>
        <MisMunicipiosPage />
      </RequiereSesion>
    ),
  },
  {
    patron: '/admin',
    vista: () => (
      <RequiereSesion>
        <AdminPage />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/equipo',
    vista: (p) => (
      <RequiereSesion>
        <EquipoPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/cartografia',
    vista: (p) => (
      <RequiereSesion>
        <CartografiaPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/participacion',
    vista: (p) => (
      <RequiereSesion>
        <ParticipacionPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  { patron: '/calculadora', vista: () => <CalculadoraPage /> },
  { patron: '/panorama', vista: () => <PanoramaPage /> },
  {
    patron: '/m/:codigo',
    vista: (p) => (
      <RequiereSesion>
        <MunicipioPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/estado-pot',
    vista: (p) => (
      <RequiereSesion>
        <EstadoPotPage key={codigo(p)} codigo={codigo(p)} publico={false} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/ruta',
    vista: (p) => (
      <RequiereSesion>
        <RutaPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/tablero',
    vista: (p) => (
      <RequiereSesion>
        <TableroPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/autodiagnostico',
    vista: (p) => (
      <RequiereSesion>
        <AutodiagnosticoPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/preparacion',
    vista: (p) => (
      <RequiereSesion>
        <PreparacionPage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  { patron: '/banco', vista: () => <BancoPage /> },
  {
    patron: '/avisos',
    vista: () => (
      <RequiereSesion>
        <AvisosPage />
      </RequiereSesion>
    ),
  },
  {
    patron: '/seguimiento',
    vista: () => (
      <RequiereSesion>
        <SeguimientoPage />
      </RequiereSesion>
    ),
  },
  {
    patron: '/m/:codigo/expediente',
    vista: (p) => (
      <RequiereSesion>
        <ExpedientePage key={codigo(p)} codigo={codigo(p)} />
      </RequiereSesion>
    ),
  },
  {
    patron: '/publico/:codigo/estado-pot',
    vista: (p) => <EstadoPotPage key={codigo(p)} codigo={codigo(p)} publico />,
  },
  {
    patron: '/publico/:codigo/participa/confirmar',
    vista: (p) => <ConfirmarAportePage key={codigo(p)} codigo={codigo(p)} />,
  },
  {
    patron: '/publico/:codigo/participa/seguimiento',
    vista: (p) => <SeguimientoAportePage key={codigo(p)} codigo={codigo(p)} />,
  },
  {
    patron: '/publico/:codigo/participa',
    vista: (p) => <ParticipaPage key={codigo(p)} codigo={codigo(p)} />,
  },
];

export function resolverVista(ruta: string): VNode {
  for (const r of RUTAS) {
    const parametros = coincidirRuta(r.patron, ruta);
    if (parametros) return r.vista(parametros);
  }
  return <NoEncontradaPage ruta={ruta} />;
}
