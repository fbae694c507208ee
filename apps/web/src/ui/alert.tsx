import type { ComponentChildren } from 'preact';

import { t } from '../i18n/es-CO';
import type { Advertencia } from './citas/model';
import { sinCodigosInternos } from './citas/model';
import { ListaCitas } from './citation-list';

type TipoAlerta = 'info' | 'exito' | 'advertencia' | 'error';

interface Props {
  tipo: TipoAlerta;
  titulo?: string;
  children?: ComponentChildren;
  /** Anunciar a lectores de pantalla al aparecer (errores de formularios, resultados). */
  anunciar?: boolean;
}

const PREFIJO = {
  info: 'alerta.info',
  exito: 'alerta.exito',
  advertencia: 'alerta.advertencia',
  error: 'alerta.error',
} as const;

/** Alerta con prefijo textual (la información nunca depende solo del color). */
export function Alerta({ tipo, titulo, children, anunciar = false }: Props) {
  const rol = anunciar ? (tipo === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div class={`alerta alerta-${tipo}`} role={rol}>
      <p class="alerta-titulo">
        <strong>{t(PREFIJO[tipo])}</strong> {titulo}
      </p>
      {children}
    </div>
  );
}

/** Advertencias del dominio, cada una con su fuente legal. */
export function ListaAdvertencias({ advertencias }: { advertencias: readonly Advertencia[] }) {
  if (advertencias.length === 0) return null;
  return (
    <div class="advertencias">
      {advertencias.map((a) => (
        <Alerta key={a.code} tipo="advertencia" titulo={sinCodigosInternos(a.message)}>
          <ListaCitas citas={a.citations} />
        </Alerta>
      ))}
    </div>
  );
}
