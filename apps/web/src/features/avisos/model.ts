export interface Aviso {
  municipio: { codigo: string; nombre: string; departamento: string };
  tipo: 'vencido' | 'proximo';
  titulo: string;
  venceEl: string;
  enlace: string;
}

/** Overdue first (oldest first), then what falls due soon (soonest first). */
export function agruparAvisos(avisos: readonly Aviso[]) {
  const porFecha = (a: Aviso, b: Aviso) => a.venceEl.localeCompare(b.venceEl);
  return {
    vencidos: avisos.filter((a) => a.tipo === 'vencido').sort(porFecha),
    proximos: avisos.filter((a) => a.tipo === 'proximo').sort(porFecha),
  };
}
