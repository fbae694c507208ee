// The municipal dashboard as the server publishes it (the exact «Tablero» schema, issue 17).
import type { Esquema } from '../../api/tipos';

export type Tablero = Esquema<'Tablero'>;
export type Riesgo = Tablero['riesgos'][number];
export type Severidad = Riesgo['severidad'];
