export interface Membresia {
  municipio: { codigo: string; nombre: string; departamento: string };
  rol: string;
  rolEtiqueta: string;
}

export interface Sesion {
  usuario: { id: string; email: string; nombre: string; esAdministrador: boolean };
  membresias: Membresia[];
}
