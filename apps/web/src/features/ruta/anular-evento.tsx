import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { fechaLarga } from '../../ui/formato/model';
import { anularEvento } from './api';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, Evento } from './types';

/**
 * Annul an event with its reason, or correct its date: the wrong record stays in the history,
 * marked, and a corrected one takes its place (issue 12). Nothing recorded is ever erased.
 */
export function AnularEvento({ ctx, evento }: { ctx: ContextoRuta; evento: Evento }) {
  const [motivo, setMotivo] = useState('');
  const [fecha, setFecha] = useState('');
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const [enviando, setEnviando] = useState(false);
  const id = `anular-${evento.id}`;
  const enviar = async (corregir: boolean) => {
    if (motivo.trim().length < 5) {
      setMensaje({ tipo: 'error', texto: t('ruta.eventos.faltaMotivo') });
      return;
    }
    setEnviando(true);
    const r = await anularEvento(
      { codigo: ctx.codigo, procesoId: ctx.proceso.id, eventoId: evento.id },
      corregir ? { motivo, correccion: { fecha } } : { motivo },
    );
    setEnviando(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    setMensaje({
      tipo: 'exito',
      texto: corregir ? t('ruta.eventos.corregidoOk') : t('ruta.eventos.anuladoOk'),
    });
    await ctx.refrescar();
  };
  return (
    <details class="anular-evento">
      <summary>
        {t('ruta.eventos.anularTitulo')}
        <span class="visualmente-oculto">
          {' '}
          {t('ruta.eventos.anularDe', { evento: evento.etiqueta, fecha: fechaLarga(evento.fecha) })}
        </span>
      </summary>
      <div class="campo">
        <label for={`${id}-motivo`}>{t('ruta.eventos.motivo')}</label>
        <textarea
          id={`${id}-motivo`}
          rows={2}
          value={motivo}
          onInput={(e) => setMotivo(e.currentTarget.value)}
        />
      </div>
      <div class="campo">
        <label for={`${id}-fecha`}>{t('ruta.eventos.fechaCorrecta')}</label>
        <input
          id={`${id}-fecha`}
          type="date"
          pattern={'\\d{4}-\\d{2}-\\d{2}'}
          value={fecha}
          onInput={(e) => setFecha(e.currentTarget.value)}
        />
      </div>
      <div class="acciones">
        <button
          type="button"
          class="boton boton-secundario"
          disabled={enviando}
          onClick={() => void enviar(false)}
        >
          {t('ruta.eventos.botonAnular')}
        </button>
        <button
          type="button"
          class="boton boton-secundario"
          disabled={enviando || fecha === ''}
          onClick={() => void enviar(true)}
        >
          {t('ruta.eventos.botonCorregir')}
        </button>
      </div>
      <Resultado mensaje={mensaje} />
    </details>
  );
}
