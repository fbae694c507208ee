import { describe, expect, it } from 'vitest';

import { agruparAvisos, type Aviso } from './model';

const aviso = (tipo: Aviso['tipo'], venceEl: string): Aviso => ({
  municipio: { codigo: '25899', nombre: 'Zipaquirá', departamento: 'Cundinamarca' },
  tipo,
  titulo: `Concepto del CTP ${venceEl}`,
  venceEl,
  enlace: '/m/25899/ruta',
});

describe('avisos en la aplicación', () => {
  it('separa vencidos de próximos y ordena cada grupo por fecha', () => {
    const { vencidos, proximos } = agruparAvisos([
      aviso('proximo', '2026-03-20'),
      aviso('vencido', '2026-02-10'),
      aviso('proximo', '2026-03-05'),
      aviso('vencido', '2026-01-15'),
    ]);
    expect(vencidos.map((a) => a.venceEl)).toEqual(['2026-01-15', '2026-02-10']);
    expect(proximos.map((a) => a.venceEl)).toEqual(['2026-03-05', '2026-03-20']);
  });
});
