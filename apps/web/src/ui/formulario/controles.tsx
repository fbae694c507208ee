// Text area and file input with the same head (label, «opcional», help) as `Campo`.
import { idAyuda, Rotulo } from './rotulo';

export function AreaTexto(props: {
  id: string;
  etiqueta: string;
  valor: string;
  alCambiar: (v: string) => void;
  ayuda?: string;
  requerido?: boolean;
  opcional?: boolean;
}) {
  return (
    <div class="campo">
      <Rotulo {...props} />
      <textarea
        id={props.id}
        rows={4}
        value={props.valor}
        required={props.requerido}
        aria-describedby={idAyuda(props.id, props.ayuda)}
        onInput={(e) => props.alCambiar(e.currentTarget.value)}
      />
    </div>
  );
}

export function CampoArchivo(props: {
  id: string;
  etiqueta: string;
  aceptar: string;
  alCambiar: (f: File | null) => void;
  ayuda?: string;
  opcional?: boolean;
  /** Cambia la clave para vaciar el campo tras un envío. */
  ronda?: number;
}) {
  return (
    <div class="campo">
      <Rotulo {...props} />
      <input
        key={props.ronda ?? 0}
        id={props.id}
        type="file"
        accept={props.aceptar}
        aria-describedby={idAyuda(props.id, props.ayuda)}
        onChange={(e) => props.alCambiar(e.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
