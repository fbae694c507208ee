import { useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { radicarAnteConcejo } from './api';
import { etiquetaEstadoProceso, faltantesDeDetalles } from './model';
import type { ContextoRuta, Faltante, Proceso } from './types';

function ListaFaltantes({ faltantes }: { faltantes: readonly Faltante[] }) {
  return (
    <ul class="faltantes">
      {faltantes.map((f) => (
        <li key={f.requisito}>
          {f.mensaje}
          <ListaCitas citas={f.citas} />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  ctx: ContextoRuta;
  alRadicar: (p: Proceso) => void;
}

/** "Radicación ante el Concejo": solo se habilita cuando se cumplen los requisitos legales. */
export function Compuerta({ ctx, alRadicar }: Props) {
  const { proceso } = ctx;
  const { compuerta, permisos } = proceso;
  const [confirmando, setConfirmando] = useState(false);
  const [enviando, setEnviando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [faltantes409, setFaltantes409] = useState<Faltante[] | null>(null);
  const confirmar = useRef<HTMLButtonElement>(null);

  const pedirConfirmacion = () => {
    setConfirmando(true);
    window.setTimeout(() => confirmar.current?.focus(), 0);
  };

  const radicar = async () => {
    setEnviando(true);
    setError(null);
    const r = await radicarAnteConcejo(ctx.codigo, proceso.id);
    setEnviando(false);
    setConfirmando(false);
    if (r.ok) {
      setFaltantes409(null);
      alRadicar(r.datos);
      return;
    }
    setError(r.error.mensaje);
    if (r.estado === 409 && r.error.codigo === 'requisitos_faltantes') {
      setFaltantes409(faltantesDeDetalles(r.detalles));
      void ctx.refrescar();
    }
  };

  let contenido;
  if (proceso.estado !== 'en_curso') {
    contenido = (
      <Alerta
        tipo="exito"
        titulo={t('ruta.compuerta.yaRadicado', { estado: etiquetaEstadoProceso(proceso.estado) })}
      />
    );
  } else if (compuerta.ok) {
    contenido = (
      <>
        <Alerta tipo="exito" titulo={t('ruta.compuerta.listo')} />
        {!permisos.radicar ? <p>{t('ruta.compuerta.sinPermiso')}</p> : null}
        {permisos.radicar && !confirmando ? (
          <Boton onClick={pedirConfirmacion}>{t('ruta.compuerta.radicar')}</Boton>
        ) : null}
        {permisos.radicar && confirmando ? (
          <div class="confirmacion">
            <p class="destacado">{t('ruta.compuerta.confirmarTexto')}</p>
            <div class="acciones">
              <button
                type="button"
                ref={confirmar}
                class="boton boton-primario"
                onClick={() => void radicar()}
                aria-busy={enviando ? 'true' : undefined}
                disabled={enviando}
              >
                {enviando ? t('ruta.compuerta.radicando') : t('ruta.compuerta.confirmar')}
              </button>
              <Boton
                variante="secundario"
                onClick={() => setConfirmando(false)}
                disabled={enviando}
              >
                {t('ruta.cancelar')}
              </Boton>
            </div>
          </div>
        ) : null}
      </>
    );
  } else {
    contenido = (
      <Alerta
        tipo="advertencia"
        titulo={t('ruta.compuerta.faltan', { n: compuerta.faltantes.length })}
      >
        <ListaFaltantes faltantes={compuerta.faltantes} />
      </Alerta>
    );
  }

  return (
    <section aria-labelledby="titulo-compuerta" class="tarjeta">
      <h2 id="titulo-compuerta">{t('ruta.compuerta.titulo')}</h2>
      <p>{t('ruta.compuerta.intro')}</p>
      {contenido}
      <div role="alert">
        {error ? (
          <Alerta tipo="error" titulo={error}>
            {faltantes409 && faltantes409.length > 0 ? (
              <ListaFaltantes faltantes={faltantes409} />
            ) : null}
          </Alerta>
        ) : null}
      </div>
      <ListaAdvertencias advertencias={compuerta.advertencias} />
    </section>
  );
}
