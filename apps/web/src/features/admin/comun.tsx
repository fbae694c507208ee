import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { EnlaceUnaVez } from '../../ui/enlace-una-vez';
import type { CuentaCreada, Pagina } from './api';

/** A search box whose query runs on the server (1,122 municipalities, thousands of accounts). */
export function Buscador(props: { id: string; etiqueta: string; alBuscar: (q: string) => void }) {
  const [q, setQ] = useState('');
  return (
    <form
      class="buscador"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        props.alBuscar(q);
      }}
    >
      <Campo id={props.id} etiqueta={props.etiqueta} tipo="search" valor={q} alCambiar={setQ} />
      <Boton type="submit" variante="secundario">
        {t('admin.buscar')}
      </Boton>
    </form>
  );
}

export function Paginador(props: { pagina: Pagina; alIr: (n: number) => void }) {
  const paginas = Math.max(1, Math.ceil(props.pagina.total / props.pagina.porPagina));
  return (
    <p class="paginador">
      <span role="status">
        {props.pagina.total === 1
          ? t('admin.resultadoUno')
          : t('admin.resultados', {
              total: props.pagina.total,
              pagina: props.pagina.pagina,
              paginas,
            })}
      </span>{' '}
      <Boton
        variante="secundario"
        disabled={props.pagina.pagina <= 1}
        onClick={() => props.alIr(props.pagina.pagina - 1)}
      >
        {t('admin.anterior')}
      </Boton>{' '}
      <Boton
        variante="secundario"
        disabled={props.pagina.pagina >= paginas}
        onClick={() => props.alIr(props.pagina.pagina + 1)}
      >
        {t('admin.siguiente')}
      </Boton>
    </p>
  );
}

/** What creating an account produced: ready, already existing, and the link to hand over. */
export function CuentaLista({ creada }: { creada: CuentaCreada }) {
  return (
    <>
      <Alerta
        tipo="exito"
        titulo={
          creada.cuentaNueva
            ? t('admin.cuentaCreada', { email: creada.email })
            : t('admin.cuentaExistia', { email: creada.email })
        }
        anunciar
      />
      {creada.aviso ? <Alerta tipo="advertencia" titulo={creada.aviso} /> : null}
      {creada.enlace ? (
        <EnlaceUnaVez
          id={`enlace-${creada.usuarioId}`}
          explicacion={t('admin.enlaceUnaVez')}
          enlace={creada.enlace}
        />
      ) : null}
    </>
  );
}

export function Seccion(props: { id: string; titulo: string; children: ComponentChildren }) {
  return (
    <section class="seccion-admin" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.titulo}</h2>
      {props.children}
    </section>
  );
}
